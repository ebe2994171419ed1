"""The value types every part of newslint speaks: categories, edits, fixes, diagnostics.

Offsets are 0-based code points into the document text (Python string indices),
end-exclusive. Line and column numbers are 1-based and also count code points.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field


class Category(str, enum.Enum):
    """What kind of artefact a rule finds; the hundreds digit of a rule code names it."""

    INTERNAL = "internal"
    BOILERPLATE = "boilerplate"
    CREDIT = "credit"
    CAPTION = "caption"
    TRANSLATION = "translation"
    PUNCTUATION = "punctuation"
    ENCODING = "encoding"
    WHITESPACE = "whitespace"
    MARKUP = "markup"
    STRUCTURE = "structure"

    @property
    def digit(self) -> int:
        return _CATEGORY_DIGITS[self]

    @classmethod
    def from_digit(cls, digit: int) -> Category:
        return _DIGIT_CATEGORIES[digit]

    def __str__(self) -> str:
        return self.value


_CATEGORY_DIGITS = {category: index for index, category in enumerate(Category)}
_DIGIT_CATEGORIES = {index: category for category, index in _CATEGORY_DIGITS.items()}


class Applicability(str, enum.Enum):
    """How far a fix can be trusted. Ordered: SAFE is applied by `--fix`, UNSAFE needs
    `--unsafe-fixes` because it may change meaning or drop real prose."""

    UNSAFE = "unsafe"
    SAFE = "safe"

    @property
    def rank(self) -> int:
        return 1 if self is Applicability.SAFE else 0

    def allowed_by(self, threshold: Applicability) -> bool:
        return self.rank >= threshold.rank

    def __str__(self) -> str:
        return self.value


class FixAvailability(str, enum.Enum):
    """Whether a rule's diagnostics carry a fix."""

    NEVER = "never"
    SOMETIMES = "sometimes"
    ALWAYS = "always"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``content`` (an empty content deletes)."""

    start: int
    end: int
    content: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid edit range {self.start}..{self.end}")

    def overlaps(self, other: Edit) -> bool:
        # Two insertions at the same point conflict too: their order would be arbitrary.
        if self.start == self.end == other.start == other.end:
            return True
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "content": self.content}


@dataclass(frozen=True, slots=True)
class Fix:
    """Non-overlapping edits that are applied together, or not at all."""

    edits: tuple[Edit, ...]
    applicability: Applicability
    message: str

    def __post_init__(self) -> None:
        edits = tuple(sorted(self.edits, key=lambda e: (e.start, e.end)))
        for before, after in zip(edits, edits[1:]):
            if before.overlaps(after):
                raise ValueError(f"fix edits overlap: {before} and {after}")
        if not edits:
            raise ValueError("a fix needs at least one edit")
        object.__setattr__(self, "edits", edits)

    @classmethod
    def safe(cls, message: str, *edits: Edit) -> Fix:
        return cls(edits, Applicability.SAFE, message)

    @classmethod
    def unsafe(cls, message: str, *edits: Edit) -> Fix:
        return cls(edits, Applicability.UNSAFE, message)

    @property
    def start(self) -> int:
        return self.edits[0].start

    @property
    def end(self) -> int:
        return max(edit.end for edit in self.edits)

    def to_dict(self) -> dict:
        return {
            "applicability": self.applicability.value,
            "message": self.message,
            "edits": [edit.to_dict() for edit in self.edits],
        }


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding, located in one document."""

    code: str
    rule: str
    category: Category
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    fix: Fix | None = None
    path: str | None = None
    document: str | None = None

    @property
    def sort_key(self) -> tuple:
        return (self.start, self.end, self.code)

    def to_dict(self) -> dict:
        """The stable JSON shape other tools consume (see `--format json`)."""
        return {
            "path": self.path,
            "document": self.document,
            "code": self.code,
            "rule": self.rule,
            "category": self.category.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "fix": None if self.fix is None else self.fix.to_dict(),
        }

    def to_json(self) -> str:
        """``to_dict`` as one line of JSON (non-ASCII characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class FixResult:
    """What `fix` returns: the fixed text, the diagnostics whose fixes were applied
    (located in the text they were found in), and the diagnostics that remain in the
    fixed text."""

    text: str
    applied: list[Diagnostic] = field(default_factory=list)
    remaining: list[Diagnostic] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.applied)
