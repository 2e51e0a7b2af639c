"""What an office's materials are read into: located pieces (a sentence of a report or a note, a
row of a ledger or a table) and the materials that hold them; shared by the readers (materials,
tables) and the steps after them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.dates import When
from assistant.core.periods import Period
from assistant.core.text import split_sentences
from assistant.summary.layout import SYMBOL_MARKS, match_marker


@dataclass(frozen=True)
class Place:
    """Where a piece is: a file and a paragraph, line, or table row."""

    file: str
    where: str

    def __str__(self) -> str:
        return f"{self.file} {self.where}"


@dataclass
class Piece:
    """One sentence of a report or a note, or one row of a ledger or a table."""

    text: str  # the sentence as written (cleaned), or the row's cells in order
    place: Place
    kind: str  # "sentence" | "row"
    section: str = "work"  # work | results | problems | plans | intro
    when: When = field(default_factory=When)
    heading: str = ""  # the nearest sub-heading or a ledger's category: a hint for the category
    cells: dict[str, str] = field(default_factory=dict)  # rows: date, category, activity, place, quantity, unit…
    note: bool = False  # from a chat-group note (a message may announce as well as report)
    aside: str = ""  # why it is not an item (a key of lines.REASONS): a 聯繫電話, a notice…
    details: list[Piece] = field(default_factory=list)  # the rows a total stands for (a ledger's days under its 小計)


@dataclass
class Material:
    path: Path
    name: str
    pieces: list[Piece] = field(default_factory=list)
    span: Period | None = None
    community: str | None = None
    topic: str | None = None
    superiors: list[str] = field(default_factory=list)
    held: When = field(default_factory=When)  # the day minutes were held (會議時間), when no period is named


@dataclass(frozen=True)
class ReadProblem:
    name: str
    message: str
    skipped: bool = False  # a document beside the materials in a format not read: named, the run goes on


def match_text(text: str) -> str:
    """A heading without its number marker."""
    marked = match_marker(text)
    if marked is not None and marked[0] in SYMBOL_MARKS:  # ● is a bullet to extract: kept as written
        return text
    return text[len(marked[2]) :].strip() if marked else text


def clean_sentences(text: str) -> list[str]:
    """Sentences of a paragraph without list markers and end marks."""
    out = []
    for sentence in split_sentences(text):
        part = match_text(sentence).strip(" 。；;，,！？!?")
        if part:
            out.append(part)
    return out
