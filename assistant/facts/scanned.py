"""A paper ledger read by OCR and pasted (heldout55's 党支部, round 34's readers): the letters and
signs a scanner reads for digits (2l6人, l.2万元, 2〇24年 are 216人, 1.2万元, 2024年), 己 for 已
before a verb, and a digit it could not read (l口人: a gap to fill, not a figure). Its page numbers
and lines broken mid-word are put right where a block is split into items (core/clean.py)."""

from __future__ import annotations

import re

# a run of digits with the letters and signs OCR puts for them, standing apart from any word of Latin
# letters (not ISO9001, not Wi-Fi); at least one real digit in it
_RUN = re.compile(r"(?<![A-Za-z0-9lIO〇])(?=[0-9lIO〇.]*[0-9])[0-9lIO〇]+(?:\.[0-9lIO〇]+)?(?![A-Za-z0-9lIO〇])")
# a letter run that stands for a figure before a unit (l20户 … but also l口人 with its unreadable digit)
# (only a run with a scanner's letter in it, or 口 between digits: not 充电口160个, not 一家3口人)
# (2口5人: a digit between two; not 2口3处, two wells in three places)
_UNREAD = re.compile(
    r"(?<![A-Za-z])(?:[0-9]*[lI][0-9lI]*口[0-9lI口]*(?=[人户名个次件份元万吨条块处])|[0-9]+口[0-9]+(?=[人名]))"
)
_SELF = re.compile(r"(?<![自知利异克律守舍])己(?=[全经完发录答办上下开更整落实报交建成到])|(?<=[均都已])己")


_DIGITS = str.maketrans("lIO〇", "1100")
_COUNTER = re.compile(r"[人户名个次件份元万吨条块处间栋辆台套场期批张盏年]")


def _reads_as_digits(m: re.Match[str], text: str) -> bool:
    """Whether a run's letters stand for digits: fewer than its digits (2l6, l20; not O2O), or as many
    with a counter after it (l1块); a letter at its end only before a counter (3l人; 每户5l is litres)."""
    run = m.group(0)
    letters = sum(1 for c in run if c in "lIO")
    digits = sum(1 for c in run if c.isdigit() or c == "〇")
    counted = bool(_COUNTER.match(text, m.end()))
    if run[-1] in "lIO" and not counted and not (len(run) > 1 and run[-2] == "."):
        return False
    return letters < digits or (letters == digits and counted)


def rescanned(text: str) -> tuple[str, list[str]]:
    """``text`` with OCR's digit look-alikes read as digits, and what was changed."""
    changes: list[str] = []
    if _UNREAD.search(text):
        text = _UNREAD.sub("【待补：看不清的数字】", text)
        changes.append("掃描件裡看不清的數字寫成了【待補】，請對照原件填上")

    def digits(m: re.Match[str]) -> str:
        return m.group(0).translate(_DIGITS)

    read = _RUN.sub(lambda m: digits(m) if _reads_as_digits(m, text) else m.group(0), text)
    if read != text:
        changes.append("掃描件把數字認成了字母或〇（2l6 → 216），已按數字寫")
        text = read
    said = _SELF.sub("已", text)
    if said != text:
        changes.append("掃描件的「己」按「已」寫")
        text = said
    return text, changes
