"""Per-document facts the layout rules share (chrome.py, credit_more.py, caption_more.py).

Most of those rules look first at the short lines of a text -- labels, bylines,
datelines, separators, ticker lines -- and only then at their neighbours. Listing the
short lines costs one pass of plain string operations over the text, so it is done once
per document (``Document.memo``) and shared.
"""

from __future__ import annotations

from newslint import Document, Line

#: Longest line (stripped of its indentation) listed by ``short_lines``.
SHORT = 120


def _short_lines(document: Document) -> list[tuple[int, str]]:
    out = []
    for index, line in enumerate(document.text.split("\n")):
        if len(line) <= SHORT or len(line.strip()) <= SHORT:
            stripped = line.strip()
            if stripped:
                out.append((index, stripped))
    return out


def short_lines(document: Document) -> list[tuple[int, str]]:
    """``(line index, stripped text)`` of every non-blank line of at most ``SHORT``
    characters, in order. (Line indices follow ``Document.lines``; a text with other line
    breaks than "\\n" is split the same way by both.)"""
    if "\r" in document.text:
        return document.memo(
            "layout.short_lines",
            lambda d: [(l.index, l.text.strip()) for l in d.lines if not l.is_blank and len(l.text.strip()) <= SHORT],
        )
    return document.memo("layout.short_lines", _short_lines)


def non_blank(document: Document) -> list[Line]:
    """The non-blank lines of the text, in order."""
    return document.memo("layout.non_blank", lambda d: [line for line in d.lines if not line.is_blank])
