"""An office's own materials read into located pieces: the sentences of reports (.docx, .md) and of
notes pasted from chat groups (.txt), and the rows of ledgers (.xlsx, .csv) and report tables.

Every piece keeps where it came from (``三月月報.docx 第12段``, ``台賬.xlsx 第9行``) and when
(the row's date, the message's time, else the month of the file). Headers and file names give the
unit, the period and the topic. A file that cannot be read is reported by name; the rest are read.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from assistant.core.clean import redecode, visible
from assistant.core.dates import When, read_date
from assistant.core.errors import InputError
from assistant.core.files import reason
from assistant.core.periods import Period, parse_period
from assistant.core.progress import Progress
from assistant.core.script import to_simplified
from assistant.core.text import SENTENCE_END
from assistant.extract.chatlog import looks_like_chat, read_chat
from assistant.extract.lines import generic_heading, is_plan, part_of_heading, plan_document, set_apart
from assistant.extract.pieces import Material, Piece, Place, ReadProblem, clean_sentences, match_text
from assistant.extract.tables import read_grid, read_sheet
from assistant.facts.categories import match_name
from assistant.facts.model import canonical_key
from assistant.io.plain import MAX_TEXT_BYTES
from assistant.io.readers import read_source
from assistant.io.word import body_blocks, frame_blocks, heading_level, nested_tables, open_docx, table_rows
from assistant.io.word_numbering import Numbering
from assistant.summary.layout import SYMBOL_MARKS, WORK_PART_TITLE, match_marker, plain_line
from assistant.summary.nodes import classify_heading
from assistant.summary.tree import BRACKET_HEADING

MATERIAL_SUFFIXES = (".docx", ".txt", ".md", ".markdown", ".xlsx", ".csv")

# documents an office keeps that the reader cannot open: named as skipped, with what to do
_OTHER_DOCUMENTS = {
    ".doc": "舊版 Word 文檔（.doc）",
    ".wps": "WPS 文字文檔（.wps）",
    ".xls": "舊版 Excel 表格（.xls）",
    ".et": "WPS 表格（.et）",
    ".pdf": "PDF 文件",
    ".rtf": "RTF 文檔",
    ".odt": "OpenDocument 文檔（.odt）",
    ".ods": "OpenDocument 表格（.ods）",
    ".pptx": "演示文稿（.pptx）",
    ".ppt": "演示文稿（.ppt）",
    ".dps": "WPS 演示（.dps）",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted Office files, and old .doc/.xls
_TITLE_WORDS = re.compile(
    r"要点|工作计划|工作安排|工作思路|月报|周报|季报|年报|简报|总结|汇报|报告|台账|记录|纪录|情况|统计"
)
_ORG = (
    # (a Taiwan 里辦公處 or 鄉公所, a community association: the hostile pass of round 88)
    r"里办公处|里办事处|乡公所|镇公所|区公所|社区发展协会"
    r"|社区居民委员会|居民委员会|居委会|社区卫生服务中心|社区|街道办事处|街道|物业服务中心|物业管理处"
    r"|物业服务有限公司|物业公司|物业|小区|村民委员会|村委会"
    r"|村(?=20[0-9]{2}|[0-9]{1,2}月|[一二三四五六七八九十]{1,2}月|上半年|下半年|第|全年|年度|工作|村务|$)"
)
_COMMUNITY_RE = re.compile(rf"^(?!关于|开展|做好|加强|推进)(?P<name>[\u4e00-\u9fff]{{1,16}}?(?:{_ORG}))")
_INSTITUTION_AFTER = re.compile(
    r"社区卫生服务(?:中心|站)|卫生服务(?:中心|站)|卫生院|物业服务(?:中心|有限公司)|物业管理处|物业公司"
)
_TOPIC_RE = re.compile(r"(?:年度?|月份?|季度|半年)(?P<topic>[\u4e00-\u9fff]{2,6}?)工作(?:" + _TITLE_WORDS.pattern + ")")
_PERIOD_WORDS = re.compile(r"^.*(?:季度|半年|月份?|年度?)")
# A signature: the office's name alone, or a date alone
SIGNATURE = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,20}}(?:{_ORG}|办公室|党委|党支部|公司))$|^(?:20[0-9]{{2}}\s*年)?[0-9]{{1,2}}\s*月[0-9]{{1,2}}\s*日$"
    r"|^[\u4e00-\u9fff]{2,20}\s*[（(](?:盖章|印章|签章|章)[）)]$"  # 社會事務科（蓋章）
)
_SUPERIORS_RE = re.compile(r"在(?P<names>[^，。；,;]{2,40}?)的(?:正确|坚强|大力|精心|悉心)?(?:领导|指导|关心|支持)")
_KEY_VALUE = re.compile(r"(?:^|\s)(?:报送|填报|呈报|上报)?(?P<key>[\u4e00-\u9fff]{2,4})[:：]\s*(?P<value>\S[^\s:：]*)")
_RESULTS_HEADING = re.compile(r"成效|成果|成绩|亮点|效果")
# 「5月15日（星期四）　值班人：王德明　天氣：陰」: a day's header in a log, with its fields
_DAY_HEADER = re.compile(
    r"^(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日\s*(?:[（(](?:星期|周)[一二三四五六日天][）)])?\s*(?:[^\s:：，。]{1,6}[:：][^\s]*\s*)*$"
)
_MEETING_DAY = re.compile(r"^(?:会议)?(?:时间|日期)[:：]")
_CAPTION_MONTH = re.compile(r"(?<![0-9])([0-9]{1,2})月份?(?![0-9])")
_LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,8}[:：]")


# ---------------------------------------------------------------------------- files
_OTHERS_NAMED = 5  # files that are no material named before 等 N 個
MAX_FOLDER_DEPTH = 32  # folders below a material folder; an office's own are a few deep


def material_files(paths: Iterable[Path]) -> Iterator[Path | ReadProblem]:
    """The readable-looking files under ``paths``; what cannot be used is a problem by name."""
    for path in paths:
        try:
            exists, is_dir = path.exists(), path.is_dir()
        except OSError as exc:  # a name too long for the system, say
            yield ReadProblem(str(path), f"無法讀取（{reason(exc)}）")
            continue
        if not exists:
            yield ReadProblem(str(path), "路徑不存在")
        elif is_dir:
            too_deep: list[Path] = []
            links: list[ReadProblem] = []
            files = [p for p in _files_under(path, too_deep, links) if not p.name.startswith(("~$", "."))]
            found = sorted(p for p in files if p.suffix.lower() in MATERIAL_SUFFIXES)
            yield from links
            # a document in a format we cannot read is named, not passed over (issue 21: a .doc in a
            # folder was skipped without a word), and the run ends 1 as for any file it could not open (the README;
            # the hostile pass of round 88); photos and scripts beside the materials are not documents
            for p in sorted(p for p in files if p.suffix.lower() in _OTHER_DOCUMENTS):
                what = _OTHER_DOCUMENTS[p.suffix.lower()]
                yield ReadProblem(
                    readable_name(p.name), f"{what}，讀不了，已跳過；請另存為 .docx、.xlsx 或 .txt 後再試"
                )
            # the rest (photos, scripts, a helper's expected answers) are not read either: said once, by
            # name, so that nobody wonders why a file left no item (the fifteenth session's last read)
            others = [p for p in files if p.suffix.lower() not in MATERIAL_SUFFIXES + tuple(_OTHER_DOCUMENTS)]
            if others:
                names = "、".join(readable_name(p.name) for p in sorted(others)[:_OTHERS_NAMED])
                more = "等" if len(others) > _OTHERS_NAMED else ""
                yield ReadProblem(
                    readable_name(path.name),
                    f"沒有讀取 {len(others)} 個不是材料的文件（照片、程序之類）：{names}{more}",
                    True,
                )
            if too_deep:
                more = f"（另有 {len(too_deep) - 1} 個同樣的文件夾）" if len(too_deep) > 1 else ""
                yield ReadProblem(
                    str(too_deep[0]),
                    f"文件夾嵌套超過 {MAX_FOLDER_DEPTH} 層，裡面的文件沒有讀取{more}；請把材料移到層級淺一些的文件夾後再試",
                )
            elif not found:
                yield ReadProblem(str(path), "文件夾中沒有 .docx、.txt、.md、.xlsx 或 .csv 文件")
            yield from found
        elif path.suffix.lower() not in MATERIAL_SUFFIXES:
            yield ReadProblem(
                path.name, f"不支持的文件類型「{path.suffix or '無擴展名'}」（支持 {'、'.join(MATERIAL_SUFFIXES)}）"
            )
        elif not path.is_file():  # a FIFO or a device would block the read or never end
            yield ReadProblem(
                readable_name(path.name), "不是普通文件（管道、設備之類），沒有讀取；請提供保存在磁盤上的文件"
            )
        else:
            yield path


def _files_under(folder: Path, too_deep: list[Path], links: list[ReadProblem]) -> Iterator[Path]:
    """The files under ``folder``, as ``rglob("*")`` and ``is_file`` give them (folders linked to
    are not entered, folders that cannot be listed are passed over), but without recursion, which
    a folder nested a thousand deep exhausted; folders below ``MAX_FOLDER_DEPTH`` go to
    ``too_deep`` unread. A file link whose target is outside ``folder`` (附件.txt -> /etc/passwd)
    or nowhere is not read: nothing outside the folder the user named reaches the facts."""
    try:
        root = folder.resolve(strict=True)
    except (OSError, RuntimeError):
        return
    stack = [(folder, 0)]
    while stack:
        current, depth = stack.pop()
        try:
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError:
            continue
        for entry in listed:
            try:
                is_file, is_dir = entry.is_file(), entry.is_dir(follow_symlinks=False)
            except OSError:  # a link that loops back on itself, say
                is_file = is_dir = False
            if entry.is_symlink() and not is_dir:
                problem = _link_problem(current / entry.name, root, is_file)
                if problem is not None:
                    if Path(entry.name).suffix.lower() in MATERIAL_SUFFIXES:
                        links.append(problem)
                    continue
            if is_file:
                yield current / entry.name
            elif is_dir and depth + 1 >= MAX_FOLDER_DEPTH:
                too_deep.append(current / entry.name)
            elif is_dir:
                stack.append((current / entry.name, depth + 1))


def _link_problem(link: Path, root: Path, is_file: bool) -> ReadProblem | None:
    """Why a linked file is not read, or None when it points at a file inside ``root``."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling, or a loop
        return ReadProblem(str(link), "是一個指向不存在文件的鏈接，沒有讀取；請把真正的文件放進文件夾")
    if not is_file or not target.is_relative_to(root):
        return ReadProblem(str(link), "是一個指向所選文件夾之外的鏈接，沒有讀取；如需使用，請把文件本身複製到文件夾中")
    return None


def read_materials(paths: Iterable[Path], progress: Progress | None = None) -> tuple[list[Material], list[ReadProblem]]:
    """Every material under ``paths``; the files that could not be read, each with the reason.
    A file that fails in a way the readers did not foresee is named like any other: one bad file
    never ends the run."""
    found = list(material_files(paths))
    files = [p for p in found if isinstance(p, Path)]
    problems = [p for p in found if isinstance(p, ReadProblem)]
    materials: list[Material] = []
    for n, path in enumerate(files):
        if progress:
            progress(path.name, n, len(files))
        try:
            material = read_material(path)
        except InputError as exc:
            if isinstance(exc.__cause__, csv.Error):  # in Chinese, not in the csv module's words
                problems.append(ReadProblem(readable_name(path.name), _unforeseen(path, exc.__cause__)))
                continue
            said = exc.message.removeprefix(str(path)).removeprefix(path.name).lstrip("：: ")  # named once
            said = said or exc.message
            problems.append(ReadProblem(readable_name(path.name), f"{said}；{exc.hint}" if exc.hint else said))
            continue
        except Exception as exc:  # any failure of one file is that file's problem, named
            problems.append(ReadProblem(readable_name(path.name), _unforeseen(path, exc)))
            continue
        if not material.pieces:
            problems.append(ReadProblem(readable_name(path.name), "沒有讀到任何內容（文件是空的？）"))
            continue
        materials.append(material)
    if progress:
        progress("", len(files), len(files))
    return materials, problems


def _unforeseen(path: Path, exc: BaseException) -> str:
    """What to tell the user about a file a reader failed on unexpectedly, and what to do: the
    libraries underneath (python-docx, openpyxl, csv) raise their own errors on malformed files."""
    import traceback

    suffix = path.suffix.lower()
    if isinstance(exc, RecursionError):
        what = "文件內部結構嵌套過深，無法讀取"
    elif isinstance(exc, csv.Error):
        what = "CSV 中有一格內容過長，無法讀取" if "field limit" in str(exc) else "CSV 格式錯誤，無法讀取"
    elif suffix == ".docx" and any("table" in frame.filename for frame in traceback.extract_tb(exc.__traceback__)):
        what = "文件中的表格結構有誤（合併單元格或跨列設置不正確），無法讀取"
    else:
        what = "文件內容有誤，無法讀取"
    todo = {
        ".docx": "請用 Word 打開後另存為新的 .docx（表格有誤時可把表格複製到新文檔），再試",
        ".xlsx": "請用 Excel 打開後另存為新的 .xlsx，再試",
        ".csv": "請用 Excel 打開後另存為 CSV（UTF-8）或 .xlsx，再試",
    }.get(suffix, "請另存為 UTF-8 編碼的文本文件後再試")
    return f"{what}；{todo}"


def readable_name(name: str) -> str:
    """A file name as people read it: bytes that were not UTF-8 (a zip made on Chinese Windows
    keeps its names in GBK) decoded as GB18030, else shown as escapes (\\xd4)."""
    return redecode(name) or visible(name)


def read_material(path: Path) -> Material:
    """One file, by its extension."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise InputError(f"{path.name}：無法讀取（{reason(exc)}）") from exc
    if size == 0:
        raise InputError(f"{path.name}：文件是空的")
    if size > MAX_TEXT_BYTES:
        raise InputError(f"{path.name}：文件過大（{size // 1024 // 1024} MB）")
    suffix = path.suffix.lower()
    if head == _OLE_MAGIC:
        raise InputError(
            f"{path.name}：文件已加密，或是舊版 Office 格式（.doc/.xls）",
            hint="請在 Word/Excel 中取消密碼，另存為 .docx/.xlsx 後再試",
        )
    material = Material(path, readable_name(path.name))
    if suffix == ".docx":
        _read_docx(path, material)
    elif suffix in (".xlsx", ".csv"):
        read_sheet(path, material, _read_header_line)
    else:
        _read_text(path, material)
    stem = Path(material.name).stem
    if plan_document(stem):  # 下半年工作要點: what it lists is to come
        for piece in material.pieces:
            if piece.section in ("work", "intro"):
                piece.section = "plans"
    named = parse_period(stem)  # the file name fills in what the header leaves out
    if named is not None:
        header = material.span or Period(None, ())
        material.span = Period(header.year or named.year, header.months or named.months)
    return material


# ---------------------------------------------------------------------------- headers
def _read_header_line(line: str, material: Material) -> bool:
    """Take unit, period and topic from a title or a ``報送單位：…`` line; True if it was one."""
    simp = to_simplified(line)
    pairs = [(canonical_key(m.group("key")), m.group("value")) for m in _KEY_VALUE.finditer(simp)]
    known = [(k, v) for k, v in pairs if k]
    if known and len(simp) <= 80:
        for key, value in known:
            start = simp.find(value)
            original = line[start : start + len(value)] if start >= 0 else value
            if key == "community" and material.community is None and len(original) >= 2:  # not 單位：元
                material.community = original
            elif key == "period" and material.span is None:
                material.span = parse_period(value)
        return True
    if len(simp) > 60 or SENTENCE_END.search(simp) or re.search(r"[，,：:]", simp) or not _TITLE_WORDS.search(simp):
        return False
    m = _COMMUNITY_RE.match(simp)
    if m and material.community is None:
        end = len(m.group("name"))
        more = _INSTITUTION_AFTER.match(simp, end)  # 桐蔭街道 + 社區衛生服務中心: the centre, not the 街道
        material.community = line[: more.end() if more else end]
    span = parse_period(simp)
    if span and material.span is None:
        material.span = span
    topic = _TOPIC_RE.search(simp)
    if topic and material.topic is None:
        bare = _PERIOD_WORDS.sub("", topic.group("topic"))
        end = topic.end("topic")
        material.topic = line[end - len(bare) : end] if len(bare) >= 2 else None
    return True


def superiors_in(sentence: str) -> list[str]:
    """``在桂川街道黨工委和創衛辦的指導下`` -> the two names."""
    simp = to_simplified(sentence)
    m = _SUPERIORS_RE.search(simp)
    if not m:
        return []
    start = m.start("names")
    names = sentence[start : start + len(m.group("names"))]
    return [n.strip() for n in re.split(r"和|及|与|與|、|，|以及", names) if len(n.strip()) >= 2]


# ---------------------------------------------------------------------------- reports
class _ReportReader:
    """Paragraphs in order: headings set the section and the category hint; sentences become pieces."""

    def __init__(self, material: Material) -> None:
        self.material = material
        self.base = "intro"
        self.part: str | None = None  # plans or topics, from a heading of minutes or plans
        self.heading = ""
        self.seen_heading = False
        self.line_of_work = ""  # a top heading that names a line of work
        self.mixed = False  # under a heading of problems and plans together
        self.planned = plan_document(Path(material.name).stem)  # 下半年工作要點: all it lists is to come
        self.day = When()  # a duty log's 「5月15日（星期四）　值班人：…」 dates the lines below it

    @property
    def section(self) -> str:
        return self.part or self.base

    def heading_line(self, title: str, top: bool) -> None:
        self.seen_heading = True
        self.day = When()
        simp = to_simplified(title)
        self.part = part_of_heading(title)
        # 存在問題和下一步打算: one heading over both; each sentence goes where it reads
        self.mixed = self.part == "plans" and bool(_PROBLEM_WORDS.search(simp))
        if top:
            role = classify_heading(title)[0]
            self.base = "results" if _RESULTS_HEADING.search(simp) and role == "work" else role
            self.heading = title if role == "work" and self.part is None else ""
            # 一、黨建工作 names a line of work its sub-headings (組織生活, 陣地建設) are parts of;
            # 一、主要工作 does not, and its sub-headings are the lines of work
            self.line_of_work = self.heading if self.heading and not generic_heading(self.heading) else ""
        else:
            self.heading = (self._sub_line(title) or self.line_of_work or title) if self.part is None else ""

    def _sub_line(self, title: str) -> str:
        """A sub-heading that is a line of work of its own (家庭醫生簽約服務 under 一、基本醫療服務):
        the vocabulary names it, and not as the top heading's line of work."""
        if not self.line_of_work:
            return ""
        own = match_name(title)
        top = match_name(self.line_of_work)
        return title if own is not None and (top is None or own.name != top.name) else ""

    def line(self, raw: str, where: str, level: int = 0) -> None:
        """One paragraph (or line) of a report; ``level`` is its Word or Markdown heading level."""
        text = raw.strip()
        if not text:
            return
        if self.part == "contents" and not _BULLET.match(text):  # the 要目 end where the articles begin
            self.part = None
        if level and level <= 2 and not self.seen_heading and _read_header_line(text, self.material):
            return
        marked = match_marker(text)
        if marked is not None and marked[0] in SYMBOL_MARKS and self.part == "contents":
            marked = None  # ● under 本期要目 lists the bulletin's articles: it heads nothing
        if level:
            self.heading_line(match_text(text), top=level <= 2 or (marked is not None and marked[1] <= 1))
            return
        rest = text[len(marked[2]) :].strip() if marked else text
        day = _DAY_HEADER.match(to_simplified(rest))
        if day:
            self.day = When(None, int(day.group("m")), int(day.group("d")))
            return
        if _MINUTES_PART.match(to_simplified(rest)):  # 會議內容, 會議決定 on lines of their own head the minutes' parts
            self.heading_line(rest, top=True)
            return
        if BRACKET_HEADING.match(rest):  # 【基本醫療】 on a line of its own: a line of work's heading, as 一、 would be
            self.heading_line(rest[1:-1].strip(), top=True)
            return
        if _LABEL_LINE.fullmatch(to_simplified(rest)):  # 議題： on a line of its own heads what follows
            self.heading_line(rest.rstrip(":："), top=False)
            return
        # 1、存在問題 or a bare 下一步打算 starts a part whatever its marker, as 一、 does
        part = not SENTENCE_END.search(rest) and len(rest) <= 40 and classify_heading(rest)[0] in ("problems", "plans")
        # 本月工作情況 on a line of its own (bold, no number): the work part begins, as 一、 would begin it
        work = not SENTENCE_END.search(rest) and len(rest) <= 12 and bool(WORK_PART_TITLE.match(to_simplified(rest)))
        if work:
            self.heading_line(rest, top=True)
            return
        if part or (marked and not SENTENCE_END.search(rest) and len(rest) <= 40):
            self.heading_line(rest, top=bool(part) or (marked is not None and marked[1] <= 1))
            return
        if not self.seen_heading and _read_header_line(text, self.material):
            return
        self.paragraph(rest, where, run_in=marked is not None)

    def paragraph(self, text: str, where: str, run_in: bool = False) -> None:
        """``run_in``: the line had a list mark (一、), so a short first sentence may be its heading."""
        section = self.section
        if section == "intro":
            self.material.superiors += [s for s in superiors_in(text) if s not in self.material.superiors]
        whole = set_apart(text) or {"topics": "meeting", "contents": "contents"}.get(section, "")
        if whole == "meeting" and self.material.held.month is None and _MEETING_DAY.match(to_simplified(text)):
            held = read_date(text)  # minutes report on what came before; their plans are of this date
            if held.month:
                self.material.held = held
        heading = self.heading
        sentences = clean_sentences(text)
        aspect = _ASPECT.match(to_simplified(sentences[0])) if sentences else None
        if aspect and aspect.end() < len(sentences[0]):  # 維修方面，5月共接獲…: the paragraph names its line of work
            heading, sentences[0] = sentences[0][: aspect.end("what")], sentences[0][aspect.end() :]
        prefix = ""
        for n, sentence in enumerate(sentences):
            if n == 0 and len(sentences) > 1 and not any(c.isdigit() for c in sentence):
                # 一是基本醫療平穩運行。… or 一、鞏固村道硬化成果。9月底前…: a run-in heading
                lead = _RUN_IN_LEAD.match(to_simplified(sentence))
                short = run_in and len(sentence) <= 14 and not set_apart(sentence)
                words = sentence[lead.start(1) :] if lead else sentence
                listed = section in ("plans", "problems") or self.planned
                if short and not lead and listed:
                    prefix = words + "，"  # 鞏固村道硬化成果，9月底前完成…: one plan
                    continue
                # 一是…。 among problems or plans is one of them, not a heading
                if (lead or short) and not listed and (not heading or generic_heading(heading)):
                    heading = words  # the category hint of the sentences after it
                    continue
            sentence, prefix = prefix + sentence, ""
            self.material.pieces.append(
                Piece(
                    sentence,
                    Place(self.material.name, where),
                    "sentence",
                    "problems" if self.mixed and not is_plan(sentence) else section,
                    self.day,
                    heading,
                    aside=whole or set_apart(sentence) or "",
                )
            )


# 維修方面， / 社區服務方面，: a paragraph of a letter or a report that opens on its line of work
_ASPECT = re.compile(r"^(?![在从对一另这那各多])(?P<what>[\u4e00-\u9fff]{2,6}?)方面[，,]\s*")
_BULLET = re.compile(r"^[●•·◆◇■□▪▸►★☆\-*]|^[0-9一二三四五六七八九十]{1,2}[、.．]")
_PROBLEM_WORDS = re.compile(r"问题|不足|困难|短板|差距")
_RUN_IN_LEAD = re.compile(r"^[一二三四五六七八九十]是([^，,；;：:]{2,16})$")
_MINUTES_PART = re.compile(r"^(?:会议)?(?:议题|主要内容|内容|议程|决定|决议|议定事项|议定)$|^会议决定事项$")


def _read_docx(path: Path, material: Material) -> None:
    from docx.table import Table

    document = open_docx(path)
    numbering = Numbering(document)  # Word's automatic 一、 marks a report's headings
    reader = _ReportReader(material)
    paragraphs = tables = 0
    caption = ""
    for block in body_blocks(document):
        if isinstance(block, Table):
            month = _CAPTION_MONTH.search(to_simplified(caption))  # 表1 12月份報修工單分類統計
            when = When(None, int(month.group(1)), None) if month and 1 <= int(month.group(1)) <= 12 else None
            # a table inside a cell (a report laid out in a frame) is a table of its own, not text
            frame = frame_blocks(block)
            if frame is not None:  # a report laid out in a one-cell frame: read as the body is
                tables += 1
                where = f"表{tables}"
                for i, inner in enumerate(frame, 1):
                    if isinstance(inner, Table):
                        tables += 1
                        grid = table_rows(inner, path.name)
                        read_grid(
                            grid, material, f"表{tables}", reader.section, reader.heading, _read_header_line, when
                        )
                    elif inner.text.strip():
                        reader.line(
                            numbering.marker(inner) + inner.text.strip(), f"{where}第{i}段", heading_level(inner)
                        )
                caption = ""
                continue
            for table in (block, *nested_tables(block)):
                tables += 1
                grid = table_rows(table, path.name, nested=False)
                read_grid(grid, material, f"表{tables}", reader.section, reader.heading, _read_header_line, when)
            caption = ""
            continue
        marker = numbering.marker(block)
        text = block.text.strip()
        if not text:
            continue
        text = marker + text
        caption = text if set_apart(text) == "caption" else ""
        paragraphs += 1
        reader.line(text, f"第{paragraphs}段", heading_level(block))


def _read_text(path: Path, material: Material) -> None:
    source = read_source(path)
    lines = [line for line in source.text.split("\n") if line.strip()]
    if lines and sum(line.count("\t") >= 2 for line in lines) * 2 >= len(lines):
        # Excel's 「Unicode 文本」: a sheet saved as tab-separated UTF-16 text
        grid = [[cell.strip().strip('"') for cell in line.split("\t")] for line in source.text.split("\n")]
        read_grid(grid, material, "", "work", "", _read_header_line)
        return
    if source.fmt == "txt" and looks_like_chat(source.text):
        read_chat(source.text, material, source.line_offset, _read_header_line)
        return
    reader = _ReportReader(material)
    for i, raw in enumerate(source.text.split("\n"), 1 + source.line_offset):
        level, line = plain_line(raw)
        reader.line(line, f"第{i}行", level)
