"""Markdown syntax in a Markdown file: the spans that are not the article's prose.

A ``.md`` file holds more than the text a reader sees: a front-matter block of metadata,
code blocks and code spans shown verbatim, the spaces that align a table's columns, and
the spaces before a line's end that make a hard line break. None of them is
scraping debris, so the engine drops any diagnostic that starts in one (as textlint's
Markdown processor hands its rules only the prose). Plain-text files and JSONL records
are not Markdown: there two spaces before a line's end are trailing whitespace.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from . import patterns

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

# Front matter: a YAML (---) or TOML (+++) block that opens the file.
_FRONT_MATTER = patterns.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t\r]*\n.*?^(?P=fence)[ \t\r]*$", flags=regex.MULTILINE | regex.DOTALL
)
# A fenced code block, up to its closing fence or the end of the file.
FENCED_CODE = patterns.compile(
    r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}(?P=fence)[ \t\r]*$|\Z)", flags=regex.MULTILINE | regex.DOTALL
)
# A code span: backticks, text on one line, the same number of backticks.
CODE_SPAN = patterns.compile(r"(?<!`)(?P<ticks>`+)(?!`)[^\n]+?(?<!`)(?P=ticks)(?!`)")
# A table row, "| a | b |", and the runs of spaces that pad its cells.
_TABLE_ROW = patterns.compile(r"^[ \t]*\|[^\n]*\|[ \t\r]*$", flags=regex.MULTILINE)
_PADDING = patterns.compile(r"[ \t]{2,}")
# A hard line break inside a paragraph: two or more spaces, or a backslash, before the
# line's end (not trailing whitespace: the renderer turns it into a <br>).
_HARD_BREAK = patterns.compile(r"(?<=\S)(?:[ \t]{2,}|\\)\r?\n(?=[^\S\n]*\S)")
_LIST_ITEM = patterns.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]")


def is_markdown(path: str | None) -> bool:
    return bool(path) and path.lower().endswith(MARKDOWN_SUFFIXES)


def syntax_regions(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` spans of ``text`` that are Markdown
    syntax or verbatim content rather than prose."""
    regions: list[tuple[int, int]] = []
    front = _FRONT_MATTER.match(text) if text[:4].lstrip("\ufeff")[:3] in ("---", "+++") else None
    if front is not None:
        regions.append(front.span())
    if "```" in text or "~~~" in text:
        regions.extend(m.span() for m in FENCED_CODE.finditer(text))
    if "`" in text:
        regions.extend(m.span() for m in CODE_SPAN.finditer(text))
    regions.extend(indented_code(text))
    if "|" in text:
        for row in _TABLE_ROW.finditer(text):
            regions.extend(m.span() for m in _PADDING.finditer(text, row.start(), row.end()))
    if "  \n" in text or "\t\n" in text or "\\\n" in text or " \r\n" in text or "\\\r\n" in text:
        regions.extend(m.span() for m in _HARD_BREAK.finditer(text))
    return _merged(regions)


def indented_code(text: str) -> list[tuple[int, int]]:
    """Paragraphs whose every line is indented by four spaces or a tab, and that do not
    continue a list item. A file whose every paragraph is indented is indented text (as
    some extractors write it), not code."""
    paragraphs: list[tuple[int, int, list[str]]] = []
    current: list[str] = []
    start = offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            if not current:
                start = offset
            current.append(line)
        elif current:
            paragraphs.append((start, offset, current))
            current = []
        offset += len(line)
    if current:
        paragraphs.append((start, offset, current))
    found = []
    previous = ""
    for start, end, lines in paragraphs:
        if all(line.startswith(("    ", "\t")) for line in lines):
            if not _LIST_ITEM.match(previous):
                found.append((start, end))
        else:
            previous = lines[0]
    return [] if len(found) == len(paragraphs) else found


def _merged(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def starts_inside(regions: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether ``position`` falls in one of ``regions`` (``starts``: their start offsets)."""
    at = bisect_right(starts, position) - 1
    return at >= 0 and position < regions[at][1]
