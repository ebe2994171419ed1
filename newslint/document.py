"""A document split once into lines and paragraphs, shared by every rule.

Line terminators are kept out of line text but kept in the document: a CRLF file stays
CRLF because no rule ever rewrites a terminator it did not mean to delete.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, count
from operator import add
from typing import NamedTuple

import regex

from .markdown import is_markdown

_TERMINATOR = regex.compile(r"\r\n|\n|\r")


class Line(NamedTuple):
    """One line: ``text`` is ``document.text[start:end]``; ``next_start`` is where the
    following line begins (``end`` plus the terminator's length). A named tuple, not a
    dataclass: every document makes dozens of these, and tuples are made fastest."""

    index: int
    start: int
    end: int
    next_start: int
    text: str
    #: Empty or only whitespace.
    is_blank: bool

    @property
    def number(self) -> int:
        return self.index + 1


#: ``Line`` from a tuple of its fields, called from C (``map``): no Python frame per line.
_make_line = partial(tuple.__new__, Line)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A maximal run of non-blank lines; ``text`` spans from the first line's start
    to the last line's end (inner terminators included)."""

    index: int
    first_line: int
    last_line: int
    start: int
    end: int
    text: str


class cached_property:  # noqa: N801 - named after the functools one it stands in for
    """``functools.cached_property`` without its lock: on Python 3.11 the lock costs about a
    microsecond on every first access, and every document is new (3.12 dropped the lock)."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


_MISSING = object()


class Document:
    """The text of one file or one JSONL record, with where it came from."""

    __slots__ = ("text", "path", "record_id", "_memo", "__dict__")

    def __init__(self, text: str, path: str | None = None, record_id: str | None = None):
        self.text = text
        self.path = path
        self.record_id = record_id
        self._memo: dict = {}

    def memo(self, key: str, compute):
        """Derived data several rules share (a language guess, quoted spans): computed
        on first use, then kept with the document. ``key`` should name the owner."""
        # Rules ask for the same data many times per document: one look-up when it is
        # there. (A missing key is asked for with ``get``: raising and catching KeyError
        # for each of the twenty or so keys a document computes cost more.)
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            value = self._memo[key] = compute(self)
        return value

    @property
    def is_markdown(self) -> bool:
        """Whether the document is a Markdown file (by its path's suffix), whose syntax
        (code, front matter, line breaks inside a paragraph) is not the article's prose."""
        return is_markdown(self.path)

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, record_id={self.record_id!r}, chars={len(self.text)})"

    @cached_property
    def lines(self) -> list[Line]:
        text = self.text
        lines: list[Line] = []
        start = 0
        if "\r" not in text:
            # The common case, without a regex: split and count, building the lines in C
            # (every rule that reports a line needs them; most documents have some).
            pieces = text.split("\n")
            starts = self.line_starts
            next_starts = starts[1:]
            next_starts.append(len(text))  # the last line has no terminator
            blank = [not piece or piece.isspace() for piece in pieces]
            fields = zip(count(), starts, map(add, starts, map(len, pieces)), next_starts, pieces, blank)
            return list(map(_make_line, fields))
        for match in _TERMINATOR.finditer(text):
            piece = text[start : match.start()]
            lines.append(Line(len(lines), start, match.start(), match.end(), piece, not piece or piece.isspace()))
            start = match.end()
        piece = text[start:]
        lines.append(Line(len(lines), start, len(text), len(text), piece, not piece or piece.isspace()))
        return lines

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        paragraphs: list[Paragraph] = []
        first = None
        lines = self.lines
        for line in lines:
            if line.is_blank:
                if first is not None:
                    paragraphs.append(self._paragraph(len(paragraphs), first, line.index - 1))
                    first = None
            elif first is None:
                first = line.index
        if first is not None:
            paragraphs.append(self._paragraph(len(paragraphs), first, len(lines) - 1))
        return paragraphs

    def _paragraph(self, index: int, first: int, last: int) -> Paragraph:
        start, end = self.lines[first].start, self.lines[last].end
        return Paragraph(index, first, last, start, end, self.text[start:end])

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line starts (``lines[i].start``). Found without building ``lines``
        when the text only uses "\\n": positions and single lines (``line``) are then had
        without a ``Line`` for every line of the document, which rules that scan plain
        strings and report few lines rely on."""
        text = self.text
        if "\r" in text:
            return [line.start for line in self.lines]
        # Each line starts one past the end of the one before: running sums of len + 1.
        lengths = map(len, text.split("\n"))
        starts = list(accumulate(map((1).__add__, lengths), initial=0))
        starts.pop()  # the sum after the last line starts no line
        return starts

    def line_at(self, offset: int) -> Line:
        """The line holding ``offset`` (an offset on a terminator belongs to its line)."""
        starts = self.line_starts
        index = bisect_right(starts, offset) - 1
        if index < 0:
            index += len(starts)  # as ``lines[-1]`` would
        return self.line(index)

    def line(self, index: int) -> Line:
        """``lines[index]`` (0 <= index < number of lines), built alone when ``lines`` is
        not built yet."""
        lines = self.__dict__.get("lines")
        if lines is not None:
            return lines[index]
        # Only "\n" terminators here (``line_starts`` builds ``lines`` otherwise): the
        # one line, as ``lines`` would hold it.
        starts = self.line_starts
        start = starts[index]
        if index + 1 < len(starts):
            next_start = starts[index + 1]
            end = next_start - 1
        else:
            end = next_start = len(self.text)
        piece = self.text[start:end]
        return _make_line((index, start, end, next_start, piece, not piece or piece.isspace()))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        starts = self.line_starts
        index = bisect_right(starts, offset) - 1
        if index < 0:
            index += len(starts)  # as ``lines[-1]`` would
        return index + 1, offset - starts[index] + 1

    def paragraph_of(self, line: Line) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.first_line <= line.index <= paragraph.last_line:
                return paragraph
        return None

    def neighbour_lines(self, line_index: int) -> tuple[Line | None, Line | None]:
        """The nearest non-blank lines before and after ``line_index``."""
        before = next((l for l in reversed(self.lines[:line_index]) if not l.is_blank), None)
        after = next((l for l in self.lines[line_index + 1 :] if not l.is_blank), None)
        return before, after

    def line_block_removal(self, first: int, last: int) -> tuple[int, int]:
        """The range to delete so that lines ``first..last`` vanish without leaving a run of
        blank lines or a dangling terminator behind.

        A block inside a paragraph goes with its own terminators; a whole paragraph goes
        with the blank lines after it, so the separator before it is the one that stays,
        except at the end of the document, where the separator before it goes instead.
        A block holding all the text there is takes the whole text with it.
        """
        number = len(self.line_starts)
        if not 0 <= first <= last < number:
            return self._line_block_removal(first, last)
        # The same as ``_line_block_removal`` below, with the lines around the block made
        # one at a time: most documents need no other ``Line``.
        line = self.line
        block_first, block_last = line(first), line(last)
        if last + 1 < number and not line(last + 1).is_blank:
            return block_first.start, block_last.next_start
        if first > 0 and not line(first - 1).is_blank:
            return line(first - 1).end, block_last.end
        next_text = next((l for l in map(line, range(last + 1, number)) if not l.is_blank), None)
        if next_text is not None:
            return block_first.start, next_text.start
        prev_text = next((l for l in map(line, range(first - 1, -1, -1)) if not l.is_blank), None)
        if prev_text is not None:
            return prev_text.end, block_last.end
        return 0, len(self.text)

    def _line_block_removal(self, first: int, last: int) -> tuple[int, int]:
        """``line_block_removal`` over ``lines``, whatever ``first`` and ``last`` are."""
        lines = self.lines
        block_first, block_last = lines[first], lines[last]
        if last + 1 < len(lines) and not lines[last + 1].is_blank:
            # Lines of the same paragraph follow and take the block's place.
            return block_first.start, block_last.next_start
        if first > 0 and not lines[first - 1].is_blank:
            # The block ends its paragraph: its last terminator now ends the line before.
            return lines[first - 1].end, block_last.end
        next_text = next((l for l in lines[last + 1 :] if not l.is_blank), None)
        if next_text is not None:
            return block_first.start, next_text.start
        prev_text = next((l for l in reversed(lines[:first]) if not l.is_blank), None)
        if prev_text is not None:
            return prev_text.end, block_last.end
        # The block is all the text there is: the blank lines around it go too, or they
        # would be left as a run of blank lines (or a lone terminator) in an empty text.
        return 0, len(self.text)
