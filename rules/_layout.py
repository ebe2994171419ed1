"""Per-document facts the layout rules share (chrome.py, credit_more.py, caption_more.py).

Most of those rules look first at the short lines of a text -- labels, bylines,
datelines, separators, ticker lines -- and only then at their neighbours. Listing the
short lines costs one pass of plain string operations over the text, so it is done once
per document (``Document.memo``) and shared.
"""

from __future__ import annotations

from newslint import Document, Line

from ._text import plain_lines

#: Longest line (stripped of its indentation) listed by ``short_lines``.
SHORT = 160


def _short_lines(document: Document) -> list[tuple[int, str]]:
    # ``str.strip`` returns the line itself when there is nothing to strip, so mapping
    # it over every line costs little; the comprehension does the rest. (A line is blank,
    # for ``Document.lines``, exactly when it strips to nothing.)
    return [(i, s) for i, s in enumerate(map(str.strip, plain_lines(document))) if s and len(s) <= SHORT]


def short_lines(document: Document) -> list[tuple[int, str]]:
    """``(line index, stripped text)`` of every non-blank line of at most ``SHORT``
    characters, in order. (Line indices follow ``Document.lines``, as ``plain_lines``
    does, whatever the line breaks.)"""
    return document.memo("layout.short_lines", _short_lines)


#: Longest line listed by ``label_lines``.
LABEL = 60


def label_lines(document: Document) -> list[tuple[int, str]]:
    """The lines of ``short_lines`` of at most ``LABEL`` characters: labels, bylines,
    datelines, separators, kickers."""
    return document.memo("layout.label_lines", lambda d: [(i, s) for i, s in short_lines(d) if len(s) <= LABEL])


def non_blank(document: Document) -> list[Line]:
    """The non-blank lines of the text, in order."""
    return document.memo("layout.non_blank", lambda d: [line for line in d.lines if not line.is_blank])
