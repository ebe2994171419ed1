"""Whitespace artefacts (NL7xx): doubled and trailing spaces, blank-line runs, hard
wraps and words split by a hyphen.

Decisions this family makes (and documents in each rule):

* Indentation is not an error: extractors such as Readability.js indent every line,
  and a line made only of spaces counts as a blank line. No rule reports spaces at
  the start of a line.
* NBSP (U+00A0): a single no-break space between two words is typography ("10 km",
  "Mr. Smith") and is never flagged. A no-break space in a run with other spaces is
  doubled spacing; at the end of a line it is trailing whitespace; a line of them is
  a blank line.
* Two spaces after a full stop: a document that separates its sentences with two
  spaces throughout follows the typewriter convention, and those gaps are left alone;
  anywhere else two spaces between words are an artefact.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import getitem, itemgetter
from typing import NamedTuple

import regex

from newslint import Category, Diagnostic, Document, Edit, Fix, FixAvailability, Line, Rule, patterns

from ._text import RE_SPACE, LazyEnglish, data_lines, english_share, is_english, plain_lines, spacing


def _word_list(name: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in data_lines(name))


@lru_cache(maxsize=1)
def glue_words() -> frozenset[str]:
    """English words that cannot end a sentence (``whitespace_glue_words.txt``)."""
    return _word_list("whitespace_glue_words.txt")


#: No glue word is longer (``whitespace_glue_words.txt``; a test checks it).
_LONGEST_GLUE_WORD = 9


@lru_cache(maxsize=1)
def suspension_words() -> frozenset[str]:
    """Words that may follow a suspended hyphen (``whitespace_suspension_words.txt``)."""
    return _word_list("whitespace_suspension_words.txt")


# Horizontal whitespace: every Unicode space except the line terminators.
_HSPACE = r"[^\S\r\n]"
# The same as the standard library's ``re`` has it (its ``\s`` also holds U+001C..U+001F),
# for the scans written for ``re``: ``_RE_HSPACE`` is ``re``'s ``[^\S\r\n]``,
# ``_RE_NON_LF_SPACE`` its ``[^\S\n]``.
_RE_HSPACE = r"[\t\x0b\x0c\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
#: Every character ``str.isspace`` accepts except the line terminators "\r" and "\n"
#: (the test file checks the list against the Unicode database).
HSPACE_CHARS = "\t\x0b\x0c\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_RE_NON_LF_SPACE = r"[\t\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_LIST_MARKER = patterns.compile(r"\s*(?:[-*+•·–—▪►]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s*")

# Speed: ``str.find`` is faster than any pattern; ``regex`` is fastest where a pattern
# starts with a literal line break and looks behind it. The hot scans of this module
# pick whichever is fastest for their shape.

# ---------------------------------------------------------------------- the family's gate

# A line break that some rule of the family starts from: one with text on both sides
# (a wrap, a split word), one after horizontal whitespace (trailing whitespace, a
# blank line of spaces) or the first of three in a row (a run of blank lines).
# (``_holds_newline_artefact`` asks this of a text's lines, in C; the pattern states it,
# and the tests hold the two together.)
_NEWLINE_ARTEFACT = patterns.compile(rf"\n(?:(?<=[^\n]\n)(?=[^\n])|(?<={_RE_NON_LF_SPACE}\n)|(?=\n\n))")
_LAST_CHARACTER = itemgetter(-1)
#: How many hyphens the gate looks behind, one by one, before it lets NL705 decide.
_MAX_HYPHENS_LOOKED_AT = 40


def _hyphen_before_space(text: str) -> bool:
    """Whether some hyphen is followed by whitespace or a line break, as every split
    word (NL705) is. Hyphens are few in prose: each is found by ``str.find``. The
    Unicode hyphen (U+2010), the soft hyphen (U+00AD) and the not sign (U+00AC) of PDF
    and OCR text are rarer still: a text without them answers at once."""
    if not text.isascii() and ("\u2010" in text or "\u00ad" in text or "\u00ac" in text):
        return True  # (``isascii`` reads a flag of the string: an ASCII text skips the scans)
    at = -1
    for _ in range(_MAX_HYPHENS_LOOKED_AT):
        at = text.find("-", at + 1)
        if at < 0:
            return False
        if text[at + 1 : at + 2].isspace():
            return True
    return True  # a text full of hyphens: NL705's own scan decides


def _line_breaks_are_clean(document: Document) -> bool:
    """Whether no line break is one a rule of the family starts from (see
    ``_NEWLINE_ARTEFACT``), for a text whose line breaks are all "\\n".

    Most articles are paragraphs separated by one blank line: their lines alternate
    text, "", text, "" ... In such a text every break has a break on one side and text
    on the other, so none is inside a paragraph and no three are in a row; a break
    follows whitespace only where a paragraph line ends in whitespace. Those are tests
    on the shared list of lines, in C; any other shape is left to the pattern."""
    lines = plain_lines(document)
    paragraphs, separators = lines[0::2], lines[1::2]
    if any(separators) or not all(paragraphs):
        return not _holds_newline_artefact(lines)
    return not any(map(str.isspace, map(_LAST_CHARACTER, paragraphs)))


_LAST_CHARACTERS = slice(-1, None)


def _holds_newline_artefact(lines: list[str]) -> bool:
    """Whether ``_NEWLINE_ARTEFACT`` matches the text whose "\\n"-split ``lines`` are
    given, asked of the lines in C rather than by the pattern's scan of the text: a
    break with text on both sides is two lines with text in a row; three breaks in a
    row are two empty lines in a row, neither the first line nor the last; a break
    after whitespace ends a line, not the last, whose last character is a space
    (``str.isspace``, which is ``_RE_NON_LF_SPACE`` for a line without a line feed)."""
    with_text = bytes(map(bool, lines))  # 1 for a line with text, 0 for an empty one
    if b"\x01\x01" in with_text or b"\x00\x00" in with_text[1:-1]:
        return True
    return any(map(str.isspace, map(getitem, lines[:-1], repeat(_LAST_CHARACTERS))))


class _Shapes(NamedTuple):
    """Which rules of the family a document may concern: the shape each starts from."""

    #: Two spaces or a no-break space (NL701).
    spaces: bool
    #: A tab (NL701).
    tab: bool
    #: A hyphen before whitespace (NL705).
    hyphen: bool
    #: A carriage return, whitespace at the end of the text, or a line break inside a
    #: paragraph, after whitespace or in a run of three (NL702, NL703, NL704, NL706).
    breaks: bool


def _find_shapes(document: Document) -> _Shapes:
    text = document.text
    spaces, tab = spacing(document)
    return _Shapes(
        spaces=spaces,
        tab=tab,
        hyphen=_hyphen_before_space(text),
        breaks="\r" in text or (bool(text) and text[-1] in HSPACE_CHARS) or not _line_breaks_are_clean(document),
    )


def _shapes(document: Document) -> _Shapes:
    """The document's shapes, found once (by the gate, or by the first rule asking)."""
    return document.memo("whitespace.shapes", _find_shapes)


def may_hold_whitespace_artefact(document: Document) -> bool:
    """The gate of NL701-NL706: each rule starts from a shape that a clean paragraph
    does not have (``_Shapes``): NL701 needs two spaces, a no-break space or a tab; NL702
    whitespace before a line break or at the end of the text; NL703 three line breaks
    with only whitespace between them; NL704 and NL706 a line break with text on both
    sides; NL705 a hyphen before whitespace. Carriage returns are rare enough to let
    the rules decide. Most articles have none of the shapes and keep nothing; when
    the gate opens, each rule asks the kept shapes whether its own is there."""
    shapes = _find_shapes(document)
    if not any(shapes):
        return False
    document.memo("whitespace.shapes", lambda _: shapes)
    return True


# ------------------------------------------------------------------------ doubled spaces


def _space_runs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of two or more spaces (ordinary or no-break)
    between two non-space characters.

    No-break spaces are made ordinary spaces first (one character for one, so every
    run keeps its place); then each run starts where "  " is found, and the search
    resumes past it: one step per run, not per space of a long run of indentation nor
    per lone no-break space between words."""
    spaced = text.replace("\u00a0", " ")
    length = len(spaced)
    start = spaced.find("  ")
    while start >= 0:
        end = _space_run_end(spaced, start + 2)
        # (A run's neighbours are not spaces of either kind: the same in both texts.)
        if start > 0 and end < length and not spaced[start - 1].isspace() and not spaced[end].isspace():
            yield start, end
        start = spaced.find("  ", end)


def _space_run_end(text: str, at: int) -> int:
    """Where the run of spaces that goes on at ``at`` ends. Runs are mostly indentation,
    a dozen spaces or more: a window at a time is stripped in C, rather than walked one
    space at a time; the window doubles, so a run costs time in proportion to its
    length."""
    width = 16
    while True:
        window = text[at : at + width]
        rest = window.lstrip(" ")
        if rest or len(window) < width:
            return at + len(window) - len(rest)
        at += width
        width *= 2


# A tab (with any spaces around it) between two lowercase words, or after a comma: a
# sentence goes on across it. Tabs between a sentence and the next, or before a
# capital, separate the cells and blocks some extractors lay out with tabs.
_TAB_IN_SENTENCE = patterns.compile(r"\t(?<=[\p{Ll},] *\t)[ \t]*(?=\p{Ll})")
# A tab, with any spaces around it, between two characters of a line.
_TAB_RUN = patterns.compile(r"\t(?<=[^\s] *\t) *(?=[^\s])")
#: A line this many words long, with one tab in it, is a sentence, not a row of cells.
_LONE_TAB_LINE_WORDS = 6


def _lone_tabs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each tab (with the spaces around it) that stands alone in a
    line of prose: the only tab of a line of six words or more, between two lines
    without tabs, not after the end of a sentence before a capital (where extractors
    lay out blocks with tabs). Tables and indented blocks hold tabs on many lines."""
    judged_to = 0  # the end of the last line judged: each line is read once, at its first tab
    for match in _TAB_RUN.finditer(text):
        start, end = match.span()
        if start < judged_to:
            continue  # a second tab of a line already judged (which then holds two)
        while text[start - 1] == " ":
            start -= 1
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = judged_to = len(text) if line_end < 0 else line_end
        if text.count("\t", line_start, line_end) != 1:
            continue
        if len(text[line_start:line_end].split()) < _LONE_TAB_LINE_WORDS:
            continue
        if not _inside_a_sentence(text, line_start, start, end):
            continue
        before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        after = text.find("\n", line_end + 1)
        if "\t" in text[before:line_start] or "\t" in text[line_end : len(text) if after < 0 else after]:
            continue  # a neighbouring line holds a tab too: a table
        yield start, end


def _inside_a_sentence(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the tab between ``start`` and ``end`` (with at most one space beside it)
    stands inside a sentence of prose: before a
    lower-case word after a word, a figure or a mark ("rose 4.5%\tto", "a.m.\tfrom"),
    or between two words of a name with three words or more before it on the line
    ("The envoy, Dana\tHolt"). Elsewhere a tab sets off a term from its definition or
    a label from its value ("x\tA single character", "Wrong:\tint f()", "--role
    {role}\tVim: set the role"), a figure or the next block."""
    if end - start > 2 or any(char in _CODE_MARKS for char in text[line_start:start]):
        return False  # a column's gap (a tab and spaces), or a line of code or markup
    before, after = text[start - 1], text[end]
    words_before = len(text[line_start:start].split())
    if after.islower():
        return words_before >= 2 and (before.isalnum() or before in ",%.)”’\"'")
    return after.isupper() and before.isalpha() and words_before >= 3


#: Characters of code and markup, not of a sentence: a line holding one before its tab
#: is not prose ("prop_add({lnum})\tadd a property", " 22\tnoremap <unique>").
_CODE_MARKS = frozenset("{}<>[]=|*\\")


_SENTENCE_GAP = patterns.compile(r"[.!?][”’\"')\]]?( {1,2})(?=[\p{Lu}“‘\"(])")
_SENTENCE_END_BEFORE = patterns.compile(r"[.!?][”’\"')\]]?\Z")
_COLUMN_GAP = patterns.compile(rf"[^{RE_SPACE}] {{2,}}(?=[^{RE_SPACE}])")


def _two_space_sentences(document: Document) -> bool:
    """Whether the document separates its sentences with two spaces on purpose."""

    def compute(doc: Document) -> bool:
        single = double = 0
        for match in _SENTENCE_GAP.finditer(doc.text):
            if len(match.group(1)) == 2:
                double += 1
            else:
                single += 1
        return double >= 3 and double >= single

    return document.memo("whitespace.two_space_sentences", compute)


def _terminators(text: str) -> str:
    """The line terminator characters ``text`` holds: "\\n", "\\r", both or none."""
    return ("\n" if "\n" in text else "") + ("\r" if "\r" in text else "")


def _line_around(text: str, offset: int, terminators: str | None = None) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``offset`` (without its terminator).
    ``terminators`` is ``_terminators(text)``, when the caller knows it."""
    if terminators is None:
        terminators = _terminators(text)
    if len(terminators) < 2:
        # One kind of terminator (the common case): one search each way. A search
        # for a terminator the text lacks would run to its end for every line.
        mark = terminators or "\n"
        end = text.find(mark, offset)
        return text.rfind(mark, 0, offset) + 1, end if end >= 0 else len(text)
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    ends = [e for e in (text.find("\n", offset), text.find("\r", offset)) if e >= 0]
    return start, min(ends) if ends else len(text)


def _is_column_line(text: str, start: int, end: int, terminators: str) -> bool:
    """A row of a table laid out with spaces: two or more wide gaps, on this line and
    on the line before or after it; or a row of two columns, whose one wide gap ends at
    the same column as the one wide gap of the line before or after it ("Saturday 15:00
    Hull v Leeds" over "Sunday 14:00    Bristol City v Norwich")."""
    if not _has_two_column_gaps(text, start, end):
        column = _second_column(text, start, end)
        return column is not None and any(
            _second_column(text, a, b) == column for a, b in _neighbour_lines(text, start, end, terminators)
        )
    return any(_has_two_column_gaps(text, a, b) for a, b in _neighbour_lines(text, start, end, terminators))


def _second_column(text: str, start: int, end: int) -> int | None:
    """Where the second cell of a row of two columns starts, counted from the start of
    its line: the end of the line's only wide gap (None without exactly one)."""
    gaps = _COLUMN_GAP.findall(text, start, end)
    if len(gaps) != 1:
        return None
    match = _COLUMN_GAP.search(text, start, end)
    return match.end() - start


def _neighbour_lines(text: str, start: int, end: int, terminators: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines before and after the line at ``start..end``."""
    neighbours = []
    if start > 0:
        before = start - 2 if start >= 2 and text.startswith("\r\n", start - 2) else start - 1
        neighbours.append(_line_around(text, before, terminators))  # the line before
    if end < len(text):
        after = end + (2 if text.startswith("\r\n", end) else 1)
        neighbours.append(_line_around(text, after, terminators))  # the line after
    return neighbours


def _has_two_column_gaps(text: str, start: int, end: int) -> bool:
    # Two gaps hold two separate "  ": ``str.count`` (in C) settles most lines, which
    # hold one run of spaces, without the pattern's call.
    return text.count("  ", start, end) >= 2 and len(_COLUMN_GAP.findall(text, start, end)) >= 2


class DoubledSpace(Rule):
    """## What it does
    Finds two or more spaces between two words (or a word and a mark) inside a line.
    A run of spaces that mixes in no-break spaces counts too, and so does a tab (with
    or without spaces) between two lowercase words or after a comma, where the
    sentence goes on across it, or standing alone in a line of prose (the only tab of
    a line of six words or more, whose neighbouring lines hold none).

    ## Why is this bad?
    The gap is left by extraction that joined text nodes, by an ``&nbsp;`` next to a
    space, or by an edit that deleted a word. It is invisible in a browser but not in
    the text: it breaks phrase search, n-gram statistics and exact deduplication.

    ## Example
    ```text
    Getting Disney+ right will be a  key test of his mettle.
    ```

    ## Use instead
    ```text
    Getting Disney+ right will be a key test of his mettle.
    ```

    ## Fix safety
    Safe: the run becomes one space (one no-break space if the run was only no-break
    spaces); no character other than a space is touched. Not flagged: indentation at
    the start of a line (some extractors indent everything), the space after a list
    marker (``1.  Item``), rows of a table aligned with spaces (two or more wide gaps
    on this and a neighbouring line), two spaces after a full stop when the
    document uses that typewriter convention for most of its sentences, and a tab
    after the end of a sentence or before a capital (extractors lay out blocks and
    table cells with tabs).
    """

    code = "NL701"
    name = "doubled-space"
    category = Category.WHITESPACE
    summary = "Two or more spaces between words"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_whitespace_artefact)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        shapes = _shapes(document)
        text = document.text
        if shapes.spaces:
            yield from self._space_runs(document, text)
        if shapes.tab:
            found = []
            for match in _TAB_IN_SENTENCE.finditer(text):
                start, end = match.span()
                while text[start - 1] == " ":  # (the spaces before the tab go too)
                    start -= 1
                found.append((start, end))
            found = sorted(set(found) | set(_lone_tabs(text)))
            for start, end in found:
                fix = Fix.safe("Replace with one space", Edit(start, end, " "))
                yield self.diagnostic(document, start, end, message="Tab between two words of a sentence", fix=fix)

    def _space_runs(self, document: Document, text: str) -> Iterator[Diagnostic]:
        terminators = _terminators(text)
        column_lines: dict[int, bool] = {}  # by line start: a line may hold many runs
        for start, end in _space_runs(text):
            run = text[start:end]
            line_start, line_end = _line_around(text, start, terminators)
            # (A list marker is five characters at most, with whitespace around it: a
            # longer start of line is settled without the pattern's call.)
            if len(text[line_start:start].strip()) <= 5 and _LIST_MARKER.fullmatch(text, line_start, start):
                continue
            if (
                run == "  "
                and _SENTENCE_END_BEFORE.search(text, max(line_start, start - 3), start)
                and _two_space_sentences(document)
            ):
                continue
            column_line = column_lines.get(line_start)
            if column_line is None:
                column_line = column_lines[line_start] = _is_column_line(text, line_start, line_end, terminators)
            if column_line:
                continue
            replacement = " " if " " in run else "\u00a0"
            fix = Fix.safe("Replace with one space", Edit(start, end, replacement))
            yield self.diagnostic(document, start, end, message=f"{len(run)} spaces between words", fix=fix)


# -------------------------------------------------------------------- trailing whitespace

# Line breaks preceded by horizontal whitespace. ``regex`` finds the literal line break
# first and only then looks behind it, which is many times faster than scanning for
# the spaces.
_SPACE_BEFORE_LF = patterns.compile(r"\n(?<=[^\S\r\n]\n)")
_SPACE_BEFORE_CR = patterns.compile(r"\r(?<=[^\S\r\n]\r)")


def _is_hspace(char: str) -> bool:
    return char.isspace() and char not in "\r\n"


#: What ``regex`` matches with ``[^\S\r\n]`` (``_SPACE_BEFORE_LF``'s class): the
#: horizontal whitespace of ``str.isspace`` but U+001C..U+001F (the test file checks it).
_REGEX_HSPACE = frozenset(HSPACE_CHARS) - frozenset("\x1c\x1d\x1e\x1f")


def _space_before_lf(lines: list[str]) -> list[int]:
    """Offsets of the line feeds ``_SPACE_BEFORE_LF`` finds, in the text whose
    "\\n"-split ``lines`` are given: each ends a line, not the last, whose last
    character is in ``_REGEX_HSPACE``. The lines are tested in C, and offsets are summed
    only where some line is found."""
    ending_in_space = map(_REGEX_HSPACE.__contains__, map(getitem, lines[:-1], repeat(_LAST_CHARACTERS)))
    indexes = list(compress(count(), ending_in_space))
    if not indexes:
        return []
    # The line feed after line i follows the i + 1 first lines and i line feeds.
    text_before = list(accumulate(map(len, lines)))
    return [text_before[index] + index for index in indexes]


def _trailing_runs(text: str, lines: list[str] | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the whitespace that ends each line holding text. ``lines``
    is ``text.split("\\n")``, when the caller has it."""
    if "\r" in text:
        ends = [m.start() for m in _SPACE_BEFORE_LF.finditer(text)]
        ends = sorted(set(ends) | {m.start() for m in _SPACE_BEFORE_CR.finditer(text)})
    else:
        ends = _space_before_lf(text.split("\n") if lines is None else lines)
    if text and _is_hspace(text[-1]):
        ends.append(len(text))
    for end in ends:
        start = end - 1
        if start > 0 and _is_hspace(text[start - 1]):
            start = _hspace_run_start(text, end)
        if start > 0 and text[start - 1] not in "\r\n":
            yield start, end


def _hspace_run_start(text: str, end: int) -> int:
    """Where the run of horizontal whitespace ending at ``end`` starts. A long run
    (often a whole line of indentation) is stripped a window at a time, in C, rather
    than walked back one character at a time; the window doubles, so a run costs time
    in proportion to its length."""
    width = 16
    while True:
        window_start = max(0, end - width)
        kept = len(text[window_start:end].rstrip(HSPACE_CHARS))
        if kept or window_start == 0:
            return window_start + kept
        width *= 2


class TrailingWhitespace(Rule):
    """## What it does
    Finds spaces, tabs and no-break spaces at the end of a line that has text.

    ## Why is this bad?
    Trailing whitespace is invisible debris of extraction (a text node's closing
    space, an ``&nbsp;`` before ``<br>``). It makes lines that look equal compare
    unequal and pollutes diffs and deduplication.

    ## Example
    ```text
    Mayer was named chairman in 2018.␠␠
    ```

    ## Use instead
    ```text
    Mayer was named chairman in 2018.
    ```

    ## Fix safety
    Safe: only whitespace at the end of a line is deleted. A line that holds only
    whitespace is a blank line, not trailing whitespace: indentation-only lines from
    extractors that indent everything are left alone (NL703 collapses runs of them).
    """

    code = "NL702"
    name = "trailing-whitespace"
    category = Category.WHITESPACE
    summary = "Trailing whitespace"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_whitespace_artefact)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        if not _shapes(document).breaks:
            return
        text = document.text
        for start, end in _trailing_runs(text, None if "\r" in text else plain_lines(document)):
            fix = Fix.safe("Delete the trailing whitespace", Edit(start, end))
            yield self.diagnostic(document, start, end, fix=fix)


# ----------------------------------------------------------------------- blank-line runs

_TERMINATOR = patterns.compile(r"\r\n|\n|\r")
# (``_holds_blank_run`` asks this of a text's lines; the tests hold the two together.)
_BLANK_RUN_LF = patterns.compile(rf"\n{_RE_NON_LF_SPACE}*\n{_RE_NON_LF_SPACE}*\n")
# (A lone "\r" is a terminator only when no "\n" follows: "\r\n\r\n" is one blank line,
# not the three terminators "\r", "\n", "\r\n".)
_BLANK_RUN = patterns.compile(r"(\r\n|\n|\r(?!\n))(?:" + _HSPACE + r"*(?:\r\n|\n|\r(?!\n))){2,}")
# The same runs in a text without "\r": led by a literal line feed, which ``regex``
# finds far faster than the alternation of terminators.
_BLANK_RUN_IN_LF_TEXT = patterns.compile(r"(\n)(?:" + _HSPACE + r"*\n){2,}")


def _holds_blank_run(lines: list[str]) -> bool:
    """Whether ``_BLANK_RUN_LF`` matches the text whose "\\n"-split ``lines`` are given,
    asked of the lines in C rather than by the pattern's scan: three line breaks with
    only whitespace between them are two lines in a row, neither the first line nor the
    last, that ``str.strip`` empties (it strips ``_RE_NON_LF_SPACE``, for a line without
    a line feed)."""
    return b"\x00\x00" in bytes(map(bool, map(str.strip, lines)))[1:-1]


class BlankLineRun(Rule):
    """## What it does
    Finds two or more blank lines in a row (three or more line breaks between two
    lines of text), counting lines of only spaces as blank.

    ## Why is this bad?
    One blank line separates paragraphs; more are the holes left where the extractor
    dropped images, ads or empty containers. They make paragraph splitting
    unreliable and waste space.

    ## Example
    ```text
    The Kremlin said it would not abandon Iran.



    Iran is under pressure.
    ```

    ## Use instead
    ```text
    The Kremlin said it would not abandon Iran.

    Iran is under pressure.
    ```

    ## Fix safety
    Safe: only line breaks and whitespace between them are removed. Inside the text
    the run becomes one blank line; at the start of the text it is removed, and at
    the end it becomes a single line break. The indentation of the next line is kept.
    """

    code = "NL703"
    name = "blank-line-run"
    category = Category.WHITESPACE
    summary = "Run of blank lines"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_whitespace_artefact)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        crlf = "\r" in text
        if not _shapes(document).breaks or (not crlf and not _holds_blank_run(plain_lines(document))):
            return
        content_start = len(text) - len(text.lstrip())
        content_end = len(text.rstrip())
        for match in (_BLANK_RUN if crlf else _BLANK_RUN_IN_LF_TEXT).finditer(text):
            start, end = match.span()
            terminator = match.group(1)
            # (Without "\r", the terminators are the line feeds: counted in C.)
            count = (len(_TERMINATOR.findall(match.group())) if crlf else match.group().count("\n")) - 1
            if start >= content_end:
                edit = Edit(start, len(text), terminator) if content_end else Edit(0, len(text))
                message = f"{count} blank lines at the end of the text"
            elif end <= content_start:
                edit = Edit(0, end)
                count = len(_TERMINATOR.findall(text, 0, end)) if crlf else text.count("\n", 0, end)
                message = f"{count} blank lines at the start of the text"
            else:
                edit = Edit(start, end, terminator * 2)
                message = f"{count} blank lines in a row"
            yield self.diagnostic(document, start, end, message=message, fix=Fix.safe("Collapse to one blank line", edit))


# ------------------------------------------------------------------------------ hard wraps

# A line break between a line ending in a letter, digit or comma (and maybe spaces)
# and a line starting with a letter. ``regex`` finds the literal line feed first and
# checks around it, far faster than testing every character in Python.
# (A comma may be followed by the quotation mark it closes: "a decade,”\nsaid"; a
# curly closing quote may end the line: "the “interim”\ngovernment", and a curly
# opening quote may start the next: "the head of\n“the agency”".)
_BREAK_BEFORE_LETTER = patterns.compile(
    r"\n(?<=(?:[\p{L}\p{N},]|,[”\"’']|[\p{L}\p{N}][”’])[^\S\r\n]*\r?\n)(?=[^\S\r\n]*[“‘]?\p{L})"
)
_CR_BREAK_BEFORE_LETTER = patterns.compile(
    r"\r(?<=(?:[\p{L}\p{N},]|,[”\"’']|[\p{L}\p{N}][”’])[^\S\r\n]*\r)(?!\n)(?=[^\S\r\n]*[“‘]?\p{L})"
)


def _candidate_breaks(text: str) -> Iterator[int]:
    """Offsets of the line breaks that may fall inside a sentence, by a cheap character
    test run before any line is looked at: the line before ends in a letter, digit or
    comma, and the next line starts with a lowercase or caseless letter, or the line
    before ends in a lowercase English function word."""
    matches = list(_BREAK_BEFORE_LETTER.finditer(text))
    if "\r" in text:
        matches = sorted(matches + list(_CR_BREAK_BEFORE_LETTER.finditer(text)), key=lambda m: m.start())
    glue = None
    for match in matches:
        nxt = match.end()
        while text[nxt] in HSPACE_CHARS:
            nxt += 1
        if not text[nxt].isupper():
            yield match.start()
            continue
        end = match.start()
        while end > 0 and text[end - 1].isspace():  # (line terminators and spaces)
            end -= 1
        if text[end - 1].islower():
            # The word before the break, if it is short enough to be a glue word.
            word_start = end - 1
            while word_start > 0 and text[word_start - 1].isalpha() and end - word_start <= _LONGEST_GLUE_WORD:
                word_start -= 1
            if word_start > 0 and text[word_start - 1].isalpha():
                continue  # longer than any glue word
            glue = glue or glue_words()
            if text[word_start:end] in glue:
                yield match.start()


_WORD = patterns.compile(r"\S+")
_LAST_WORD = patterns.compile(r"[\p{L}\p{M}'’]+\Z")
_ENDS_IN_WORD = patterns.compile(r"(?:[\p{L}\p{M}\p{N},]|,[”\"’']|[\p{L}\p{N}][”’])\Z")
_STARTS_LOWER = patterns.compile(r"\p{Ll}")
_STARTS_WORD = patterns.compile(r"[“‘]?[\p{L}\p{N}]")
_STARTS_CASELESS = patterns.compile(r"\p{Lo}")
_ENDS_CASELESS = patterns.compile(r"\p{Lo}\Z")
_NOT_PROSE = patterns.compile(r"(?:[-*+•·–—▪►>#|]|\(?\d{1,3}[.)](?:\s|\Z)|\S*://|www\.|\S*@\S)")
_ALPHA_WORD = patterns.compile(r"[\p{L}\p{M}'’]+(?:-[\p{L}\p{M}'’]+)*(?:,[”\"’']?)?")
_DIGIT = patterns.compile(r"\d")
_PLAIN_NUMBER = patterns.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?%?")
_SENTENCE_END = patterns.compile(r"[.!?…][”’\"')\]]*\Z")
# A word (of words joined by single spaces) that starts with an uppercase or lowercase
# letter.
_CASED_WORD = patterns.compile(r"(?<![^ ])[\p{Lu}\p{Ll}][^ ]*")


def _cased_words(words: list[str]) -> list[str]:
    """The words (none holding whitespace) that start with an uppercase or lowercase
    letter, in order: one search of the words joined by spaces, where a pattern call
    per word costs more than the test itself."""
    return _CASED_WORD.findall(" ".join(words))


#: A short first line (two or three words) breaks a paragraph only when at least this
#: many words go on after it.
_MIN_REST_WORDS = 6
# A sentence opens with a capital, maybe after an opening quote or bracket.
_OPENS_SENTENCE = patterns.compile(r"[“‘\"'(\[]?\p{Lu}")


def _unquoted(word: str) -> str:
    """``word`` without the curly quotation marks around it: ``“interim”`` is a word
    a sentence goes on from."""
    return word.lstrip("“‘").rstrip("”") if word.endswith("”") else word


def _ends_in_lowercase_content_word(word: str) -> bool:
    return word[:1].islower() and word.isalpha() and word not in glue_words()


_MIN_WIDTH, _MAX_WIDTH = 50, 100
#: Narrower wraps (down to this width) need more evidence: four lines or more, and
#: half of the breaks or more inside a sentence (verse and lists are narrow too).
_MIN_NARROW_WIDTH = 30
_SHORT_BLOCK_LINE = 60
# A sentence left open at the end of a line: a word, a number, a closing bracket or
# quote, a comma (not a full stop, a colon, a dash).
_OPEN_SENTENCE_END = patterns.compile(r"[\p{L}\p{M}\p{N}%)’',]\Z")
#: A two-line paragraph is a split one only in a text of at least this many paragraphs,
#: of which at most this share (or one) have more than one line.
_MIN_SPLIT_PARAGRAPHS = 3
_MAX_SPLIT_SHARE = 0.2
# A paragraph of two lines between empty lines (or the text's ends).


class _LineShape:
    """What the wrap detector needs to know about a line, computed once."""

    __slots__ = ("line", "content", "stripped", "indent", "length", "first_word")

    def __init__(self, line: Line):
        self.line = line
        self.content = line.text.rstrip()
        self.stripped = self.content.lstrip()
        self.indent = len(self.content) - len(self.stripped)
        self.length = len(self.content)
        first = _WORD.match(self.stripped)
        self.first_word = first.group() if first else ""


class _WrapFinder:
    """Finds the hard wraps of one document, for NL704 (wrapped runs) and NL706 (lone
    breaks); computed once and shared through the document memo."""

    @staticmethod
    def _mid_sentence(a: _LineShape, b: _LineShape, english: bool, caseless: bool = False) -> bool:
        """The break between ``a`` and ``b`` falls inside a sentence. With ``caseless``,
        a letter of a script without case (Hangul, kana, Han, Thai ...) after a line
        ending in a letter counts too: such scripts give no lowercase signal."""
        if not a.stripped or not b.stripped or a.indent != b.indent:
            return False
        if "\t" in a.stripped or "\t" in b.stripped:
            return False  # rows of a table, whose cells a tab parts
        # (The comparison first: it is cheaper than the patterns and settles lists.)
        if a.first_word.casefold() == b.first_word.casefold() and (
            a.first_word == b.first_word or a.stripped.split(None, 2)[1:2] == b.stripped.split(None, 2)[1:2]
        ):
            # Parallel lines: a list. ("The council" / "the plan" is a sentence going on;
            # "In section 291" / "in section 292" are items.)
            return False
        if a.content.endswith("-") or _NOT_PROSE.match(b.stripped) or _NOT_PROSE.match(a.stripped):
            return False
        # (The patterns anchored at the end of the line are searched from the last few
        # characters a match can span: from the start of a long line, ``regex`` would try
        # every position of it.)
        content = a.content
        if _ENDS_IN_WORD.search(content, max(0, len(content) - 2)):
            if _STARTS_LOWER.match(b.stripped):
                return True
            if caseless and _STARTS_CASELESS.match(b.stripped) and _ENDS_CASELESS.search(content, max(0, len(content) - 1)):
                return True
        # An English function word as written ("IN" for Indiana or "A" in "Plan A"
        # can end a line) before a word: "Granollers and / Feliciano Lopez". (A last
        # word longer than any glue word is found cut short: a glue word neither.)
        last = _LAST_WORD.search(content, max(0, len(content) - _LONGEST_GLUE_WORD - 1))
        return (
            last is not None
            and last.group() in glue_words()
            and _STARTS_WORD.match(b.stripped) is not None
            and bool(english)
        )

    @staticmethod
    def _width_run(index: int, shape, line_count: int) -> tuple[int, int, int] | None:
        """The lines around the break after ``index`` that a fixed-width wrapper would
        have produced: ``(first, last, width)``, or None."""

        def usable(i: int) -> bool:
            if not 0 <= i < line_count:
                return False
            s = shape(i)
            return bool(s.stripped) and s.length <= _MAX_WIDTH and s.indent == shape(index).indent

        def forced(i: int) -> int:
            # The break after line i is forced if the next word would overflow the width.
            return shape(i).length + 1 + len(shape(i + 1).first_word)

        if not (usable(index) and usable(index + 1)):
            return None
        first, last = index, index + 1
        width = max(shape(first).length, shape(last).length)
        slack = forced(index)
        if slack <= width:
            return None
        grown = True
        while grown:
            grown = False
            if usable(first - 1):
                new_slack = min(slack, forced(first - 1))
                new_width = max(width, shape(first - 1).length)
                if new_slack > new_width:
                    first, width, slack, grown = first - 1, new_width, new_slack, True
            if usable(last + 1):
                new_slack = min(slack, forced(last))
                new_width = max(width, shape(last + 1).length)
                if new_slack > new_width:
                    last, width, slack, grown = last + 1, new_width, new_slack, True
        if last - first < 2 or not _MIN_NARROW_WIDTH <= width <= _MAX_WIDTH:
            return None
        if width < _MIN_WIDTH and last - first < 3:
            return None
        for i in range(first, last):
            s = shape(i)
            if s.length < 0.6 * width or len(s.stripped.split()) < 3:
                return None
        return first, last, width

    @staticmethod
    def _single_break_ok(document: Document, a: _LineShape, b: _LineShape, shape) -> bool:
        """A lone break is a wrap only between prose lines: the line before is a run of
        words ending in a word (not a headline in Title Case, not a dateline ending in
        a date or a time), and the line after goes on with words or ends the sentence
        (not a one-word label such as "share" or "most popular")."""
        words_a, words_b = a.stripped.split(), b.stripped.split()
        if "   " in a.stripped or "   " in b.stripped:
            return False
        goes_on_lower = _STARTS_LOWER.match(b.stripped) is not None
        if len(words_a) < 4 and not (
            # A paragraph's first few words alone on a line, the rest of the paragraph
            # going on in lowercase: "In the coming / weeks, South Dakotans will ...".
            len(words_a) >= 2
            and goes_on_lower
            and len(words_b) >= _MIN_REST_WORDS
            and _OPENS_SENTENCE.match(a.stripped)
            and _ALPHA_WORD.fullmatch(words_a[-1])
            and (a.line.index == 0 or document.lines[a.line.index - 1].is_blank)
        ):
            return False
        if not _ALPHA_WORD.fullmatch(_unquoted(words_a[-1])):
            # A number ends a line of prose only inside a sentence that goes on in
            # lowercase: "reached the border on May 16 / but was caught". Datelines
            # ("Updated 9:47 am, Nov. 20, 2019") are short and hold no function words.
            if not (
                _PLAIN_NUMBER.fullmatch(words_a[-1])
                and len(words_a) >= 8
                and _STARTS_LOWER.match(b.stripped)
                and sum(1 for w in words_a if w in glue_words()) >= 2
            ):
                return False
        elif len(words_a[-1]) <= 3 and _DIGIT.search(words_a[-2]):
            return False  # a dateline or a time: "11/19/2019 by", "9:47 am"
        if len(words_b) < 3 and not _SENTENCE_END.search(b.stripped):
            return False
        cased = _cased_words(words_a)
        if (
            len(cased) >= 3
            and sum(1 for w in cased if w[0].isupper()) >= 0.7 * len(cased)
            # (A headline does not end in a comma, nor on a lowercase word other than a
            # function word, before a line going on in lowercase: "Ambassador Gordon
            # Sondland, / the most ...", "Van Der Beek revealed / the news ...".)
            and not (goes_on_lower and (a.stripped.endswith(",") or _ends_in_lowercase_content_word(words_a[-1])))
            # (nor does it leave two content words in lowercase: "Last week State
            # Department official Dana Holt / revealed ...")
            and not (goes_on_lower and sum(map(_ends_in_lowercase_content_word, cased)) >= 2)
        ):
            return False  # a headline: "Syrian Forces Blocking Refugee Return"
        # The block of non-blank lines holding the break: three or more short lines
        # are verse, an address, a list or a table, whose breaks are meant.
        lines = document.lines
        first = a.line.index
        while first > 0 and not lines[first - 1].is_blank:
            first -= 1
        last = b.line.index
        while last + 1 < len(lines) and not lines[last + 1].is_blank:
            last += 1
        if last - first >= 2 and all(shape(i).length < _SHORT_BLOCK_LINE for i in range(first, last + 1)):
            return False
        return True

    @classmethod
    def find(cls, document: Document) -> tuple[list[tuple[list[_LineShape], int]], list[tuple[_LineShape, _LineShape]]]:
        """``(runs, breaks)``: each wrapped run as its lines and width, and each lone
        break inside a sentence as the two lines around it."""
        runs: list[tuple[list[_LineShape], int]] = []
        breaks: list[tuple[_LineShape, _LineShape]] = []
        if not _shapes(document).breaks:
            return runs, breaks  # no line break inside a paragraph
        seeds = list(_candidate_breaks(document.text))
        split = _split_paragraphs(document)
        if not seeds and not split:
            return runs, breaks
        lines = document.lines
        shapes: dict[int, _LineShape] = {}

        def shape(index: int) -> _LineShape:
            found = shapes.get(index)
            if found is None:
                found = shapes[index] = _LineShape(lines[index])
            return found

        english = LazyEnglish(document)
        covered: set[int] = set()  # indices of lines whose break (to the next) is taken
        upper = 0
        for offset in seeds:
            # The line the break ends, found by walking on from the last seed's line
            # (seeds come in order): linear, where a search per seed is not.
            while lines[upper].next_start <= offset:
                upper += 1
            if upper in covered or upper + 1 >= len(lines):
                continue
            a, b = shape(upper), shape(upper + 1)
            strong = cls._mid_sentence(a, b, english)
            if not strong and not cls._mid_sentence(a, b, english, caseless=True):
                continue
            run = cls._width_run(upper, shape, len(lines))
            if run is not None:
                first, last, width = run
                pairs = [(shape(i), shape(i + 1)) for i in range(first, last)]
                # In a caseless script there is no lowercase signal: ask for more
                # evidence, two breaks or more between letters and two thirds of all.
                caseless = sum(cls._mid_sentence(x, y, english, caseless=True) for x, y in pairs)
                if width < _MIN_WIDTH:
                    # Narrow: half of the breaks or more inside a sentence, in any script.
                    accepted = 2 * caseless >= len(pairs)
                else:
                    accepted = strong or (caseless >= 2 and 3 * caseless >= 2 * len(pairs))
                if accepted and _verse_after_colon(lines, first, last):
                    covered.update(range(first, last))  # verse the paragraph before introduces
                    continue
                if accepted:
                    covered.update(range(first, last))
                    runs.append(([shape(i) for i in range(first, last + 1)], width))
                    continue
            if strong and cls._single_break_ok(document, a, b, shape):
                covered.add(upper)
                breaks.append((a, b))
        for index in split if split and english else ():
            if index not in covered:
                breaks.append((shape(index), shape(index + 1)))
        breaks.sort(key=lambda pair: pair[0].line.index)
        return runs, breaks


def _verse_after_colon(lines, first: int, last: int) -> bool:
    """Whether lines ``first``..``last`` are a whole paragraph that never closes its
    sentence (its last line ends on a letter), after a paragraph ending in a colon: verse
    the story quotes line by line ("The second stanza runs on:" then long lines that end
    "... and the cold"). A wrapped paragraph of prose ends its last sentence."""
    if not lines[last].text.rstrip()[-1:].isalpha():
        return False
    if first > 0 and not lines[first - 1].is_blank:
        return False
    if last + 1 < len(lines) and not lines[last + 1].is_blank:
        return False
    before = first - 1
    while before >= 0 and lines[before].is_blank:
        before -= 1
    return before >= 0 and before < first - 1 and lines[before].text.rstrip().endswith(":")


def _split_paragraphs(document: Document) -> list[int]:
    """In a text that sets each paragraph on one line between empty lines, the index of
    the first line of each paragraph of exactly two lines that read as one sentence
    (``_reads_as_split_sentence``): one break the layout does not explain."""
    pairs = _two_line_paragraphs(document)
    if not pairs:
        return []
    lines = plain_lines(document)
    return [i for i in pairs if _reads_as_split_sentence(lines[i], lines[i + 1])]


def _two_line_paragraphs(document: Document) -> list[int]:
    """In a text that sets each paragraph on one line between empty lines (at least
    three, and at most one in five on two lines or more), the index of the first line
    of each paragraph of exactly two lines. Texts in another layout (a line per
    paragraph without empty lines, blocks of several lines) give none. The paragraphs
    are found by jumping from one empty line to the next (``list.index``, in C): a step
    per paragraph, not per line."""
    return document.memo("whitespace.two_line_paragraphs", _find_two_line_paragraphs)


def _find_two_line_paragraphs(document: Document) -> list[int]:
    lines = plain_lines(document)
    count = len(lines)
    # No more paragraphs than empty lines plus one: a bound on the blocks of several
    # lines the layout allows, known before the walk (which stops once it is passed).
    most = max(1, _MAX_SPLIT_SHARE * (lines.count("") + 1))
    paragraphs = several = 0
    pairs: list[int] = []  # the first line of each two-line paragraph
    start = 0
    while start < count:
        try:
            end = lines.index("", start)
        except ValueError:
            end = count
        if end > start:
            paragraphs += 1
            if end - start > 1:
                several += 1
                if several > most:
                    return []
                if end - start == 2:
                    pairs.append(start)
        start = end + 1
    if not pairs or paragraphs < _MIN_SPLIT_PARAGRAPHS or several > max(1, _MAX_SPLIT_SHARE * paragraphs):
        return []
    return pairs


def _reads_as_lowercase_split(first: str, second: str) -> bool:
    """In any language with letter case: the two lines of a split paragraph are one
    sentence broken between two lowercase words. The first is prose (six words or
    more) ending in a lowercase letter, the second (three words or more, not a labelled
    line) goes on in lowercase and closes the sentence."""
    a, b = first.rstrip(), second.rstrip()
    a_stripped, b_stripped = a.lstrip(), b.lstrip()
    if not a_stripped or not b_stripped or len(a) - len(a_stripped) != len(b) - len(b_stripped):
        return False  # a line of spaces, or not the same indentation
    if "\t" in a_stripped or "\t" in b_stripped:
        return False  # cells of a table, not a sentence
    if not a_stripped[-1].islower() or not b_stripped[0].islower():
        return False
    words_a, words_b = a_stripped.split(), b_stripped.split()
    if len(words_a) < 6 or len(words_b) < 3 or words_b[0].endswith(":"):
        return False
    if not _SENTENCE_END.search(b_stripped) or _NOT_PROSE.match(a_stripped) or _NOT_PROSE.match(b_stripped):
        return False
    return not any(_NOT_PROSE.match(word) for word in words_a[-1:] + words_b[:1])


#: After a first line this many words long, two words may close the sentence.
_LONG_SPLIT_LINE_WORDS = 10


def _reads_as_split_sentence(first: str, second: str) -> bool:
    """The two lines of a split paragraph read as one sentence broken in two: the
    first is a line of prose (six words or more, one of them an English function
    word, not a Title Case headline, not ending in a hashtag) that stops without
    closing its sentence, and the second goes on and closes it."""
    # (Every test must pass: the ones on words come first, being cheaper than a
    # pattern's call, and settle most pairs.)
    a, b = first.rstrip(), second.rstrip()
    a_stripped, b_stripped = a.lstrip(), b.lstrip()
    if len(a) - len(a_stripped) != len(b) - len(b_stripped):
        return False  # not the same indentation
    words_a, words_b = a_stripped.split(), b_stripped.split()
    if len(words_a) < 6 or words_a[-1][0] in "#@":
        return False
    if len(words_b) < (2 if len(words_a) >= _LONG_SPLIT_LINE_WORDS else 3):
        return False  # (two words close a long line's sentence: "... his Old / Trafford exit.")
    if words_b[0].endswith(":"):
        return False  # a labelled line: "A: It was.", "Mayor: We will."
    if a_stripped.endswith(",") and b_stripped[0].isupper() and len(a_stripped) < _SHORT_BLOCK_LINE:
        return False  # a couplet of verse: "Two roads diverged in a yellow wood, / And ..."
    glue = glue_words()
    if not any(word in glue for word in words_a):
        return False
    if not _OPEN_SENTENCE_END.search(a_stripped) or not _SENTENCE_END.search(b_stripped):
        return False
    if _NOT_PROSE.match(a_stripped) or _NOT_PROSE.match(b_stripped):
        return False
    # A headline or a title: every word that is not a function word is capitalised.
    cased = _cased_words([word.lstrip("(“‘\"'[") for word in words_a])
    content = [w for w in cased if w not in glue]
    return not content or sum(1 for w in content if w[0].isupper()) < 0.7 * len(content)


def _wraps(document: Document):
    return document.memo("whitespace.wraps", _WrapFinder.find)


def _join_edit(a: _LineShape, b: _LineShape) -> Edit:
    """Replace the line break between ``a`` and ``b`` (and the spaces around it) by a space."""
    return Edit(a.line.start + a.length, b.line.start + b.indent, " ")


class HardWrappedParagraph(Rule):
    """## What it does
    Finds a paragraph wrapped at a fixed width: three or more lines, each as full as
    the next word allows, broken in the middle of sentences, as e-mail, plain-text
    feeds and print sources lay text out.

    ## Why is this bad?
    The line breaks are not structure: they split sentences for every tool that reads
    lines, and a paragraph no longer is one line or one block.

    ## Example
    ```text
    The report says the Minneapolis ad agency Broadhead Co. came up
    with the campaign, and the state has paid the agency nearly
    $449,000 so far this year.
    ```

    ## Use instead
    ```text
    The report says the Minneapolis ad agency Broadhead Co. came up with the campaign, and the state has paid the agency nearly $449,000 so far this year.
    ```

    ## Fix safety
    Unsafe: the fix joins the lines with spaces, which is wrong if the breaks were
    meant. The rule fires only on three or more lines 50 to 100 characters wide (or
    four or more lines 30 to 49 wide, with half of the breaks or more inside a
    sentence: narrow verse and lists are left alone) with the same indentation,
    each broken only because its next word would not have fit (the mark of a
    wrapping program), and with at least one break inside a sentence:
    a word or comma before a lowercase word, or, in English, a line ending in an
    article, preposition or conjunction. In scripts without case (Hangul ...) two
    thirds of the breaks must fall between letters. Lists, URLs and lines starting
    with the same word are left alone; a break after a hyphen is left to NL705. A
    Markdown file (``.md``) is wrapped by its author, and rendered joined: not reported.
    """

    code = "NL704"
    name = "hard-wrapped-paragraph"
    category = Category.WHITESPACE
    summary = "Paragraph hard-wrapped at a fixed width"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_whitespace_artefact)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        if document.is_markdown:
            return  # a Markdown paragraph's line breaks are joined when it is rendered
        runs, _ = _wraps(document)
        for run, width in runs:
            edits = [_join_edit(x, y) for x, y in zip(run, run[1:]) if not x.content.endswith("-")]
            start = run[0].line.start + run[0].indent
            end = run[-1].line.start + run[-1].length
            fix = Fix.unsafe("Join the lines with spaces", *edits)
            message = f"Paragraph hard-wrapped at about {width} characters ({len(run)} lines)"
            yield self.diagnostic(document, start, end, message=message, fix=fix)


class LineBreakInSentence(Rule):
    """## What it does
    Finds a lone line break in the middle of a sentence, as in ``will sign\\nup for``
    or ``Granollers and\\nFeliciano Lopez``: the line goes on in lowercase, or, in
    English, ends in an article, preposition or conjunction.

    ## Why is this bad?
    A ``<br>`` the extractor turned into a line break, or one line of a wrap, splits
    the sentence in two for every tool that reads lines or paragraphs.

    ## Example
    ```text
    Oil fell after sources told Reuters that Russia is
    unlikely to agree to cut its oil output further next month.
    ```

    ## Use instead
    ```text
    Oil fell after sources told Reuters that Russia is unlikely to agree to cut its oil output further next month.
    ```

    ## Fix safety
    Unsafe: the fix joins the two lines with a space, which is wrong if the break was
    meant. Only breaks between prose lines are flagged: the line before has four
    words or more and ends in a word or a comma (with the quotation mark it may close:
    ``a decade,”\\nsaid``, ``an “interim”\\ngovernment``; not a Title Case headline, unless it ends in a comma or on
    a lowercase word that is not a function word before a line going on in lowercase:
    ``Director Elena Marsh,\\nthe official``; not a date or a time such as ``9:47
    am``), or is a paragraph's first two or three words, opening with a capital,
    before six words or more going on in lowercase (``In the coming\\nweeks, ...``),
    or, with eight words or more and two function words, in a
    number the next line goes on from in lowercase (``on May 16\\nbut was``; a year
    is not such a number), the line after has three words or more or ends the sentence
    (not a label such as ``share``). Lists and bullets, URLs, parallel lines starting
    with the same word (or the same two words in another case: ``In section 1`` /
    ``in section 2``), and blocks of three or more short lines (verse, addresses,
    tables) are left alone. Wrapped paragraphs are NL704's. English documents only: a
    lone break is weak evidence, and human-edited bodies in other languages keep some;
    in another language with letter case only a paragraph of exactly two lines in a
    text that sets each paragraph on one line (see below) is reported, when it breaks
    between two lowercase words, the first line having six words or more and the
    second three or more and closing the sentence.

    A break before a capitalised word, a number or a symbol (``with the producer\\nJohn
    Shanks``, ``between 18\\nto 25``) gives no such signal; it is flagged only in a text
    that sets each paragraph on one line between empty lines (at least three, and at
    most one in five on two lines or more), in a paragraph of exactly two lines that
    read as one sentence: the first is prose of six words or more with an English
    function word, not a Title Case headline nor ending in a hashtag, and stops without
    closing its sentence (on a word, a number, a comma or a closing bracket); the second
    has three words or more (two after a first line of ten words or more), does not open
    with a label (``A:``), and closes it. A short line ending in a comma before a
    capital is verse, not a split, and a line break inside a Markdown paragraph
    (``.md``) is a soft break, rendered as a space.
    """

    code = "NL706"
    name = "line-break-in-sentence"
    category = Category.WHITESPACE
    summary = "Line break in the middle of a sentence"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_whitespace_artefact)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        if document.is_markdown:
            return  # a soft line break of Markdown, which the renderer joins
        _, breaks = _wraps(document)  # (shared with NL704; asked first: most texts have none)
        if not breaks or not is_english(document):
            # A lone break is weak evidence; outside English there is no function-word
            # check to back it, and human-edited Indonesian and Italian bodies keep such
            # breaks on purpose: only a two-line paragraph in a text of one-line
            # paragraphs, broken between two lowercase words, is reported. (The
            # paragraphs are known once ``_wraps`` has run; the language is asked last.)
            breaks = self._lowercase_splits(document)
            if not breaks or is_english(document):
                return
        for a, b in breaks:
            last = _WORD.findall(a.stripped)[-1]
            start = a.line.start + a.length - len(last)
            end = b.line.start + b.indent + len(b.first_word)
            fix = Fix.unsafe("Join the lines with a space", _join_edit(a, b))
            message = f"Line break in the middle of a sentence: {last!r} / {b.first_word!r}"
            yield self.diagnostic(document, start, end, message=message, fix=fix)

    @staticmethod
    def _lowercase_splits(document: Document) -> list[tuple[_LineShape, _LineShape]]:
        if not _shapes(document).breaks:
            return []
        pairs = _two_line_paragraphs(document)
        if not pairs:
            return []
        lines = plain_lines(document)
        return [
            (_LineShape(document.lines[i]), _LineShape(document.lines[i + 1]))
            for i in pairs
            if _reads_as_lowercase_split(lines[i], lines[i + 1])
        ]


# ---------------------------------------------------------------------- split hyphenation

# A hyphen followed by spaces, or by a line break, and a lowercase letter.
_HYPHEN_GAP = patterns.compile(
    rf"-(?:{_RE_HSPACE}+|{_RE_HSPACE}*(?:\r\n|\n|\r){_RE_HSPACE}*)(?=[\p{{L}}\p{{Nl}}\p{{No}}])"
)
# The same after the Unicode hyphen, a soft hyphen or the not sign that OCR and PDF
# extraction print for a line-end hyphen ("inter¬ national"), looked for only in a text
# that holds one (the scan above starts from a literal, which the engine finds fastest).
_OTHER_HYPHEN_GAP = patterns.compile(
    rf"[\u2010\u00ad\u00ac](?:{_RE_HSPACE}+|{_RE_HSPACE}*(?:\r\n|\n|\r){_RE_HSPACE}*)(?=[\p{{L}}\p{{Nl}}\p{{No}}])"
)
_HEAD = patterns.compile(r"[\p{L}\p{M}]+\Z")
_TAIL = patterns.compile(r"\p{Ll}[\p{L}\p{M}]*")


#: English function words that end almost no word, so that a hyphen and a space before
#: one are a dash before a new clause, not a split word: "in the spring- the board met".
#: (Not "it", "is", "her", "an", "at", "by" ...: "cred- it", "cris- is", "ot- her".)
_CLAUSE_WORDS = frozenset(
    "the which that they their there this with from were have been would said also who when into your she was had has".split()
)


#: The suspension words an English text writes after a suspended hyphen ("pre- and
#: post-war", "19th- to 20th-century"), and the one-letter ones of other languages
#: (kept everywhere: "a" or "e" after "- " is no half of a word). In an English text the
#: other languages' conjunctions are word endings: "releas- ed", "nation- al",
#: "narrati- ve", "betwe- en", "Meanwh- ile".
_ENGLISH_SUSPENSION_WORDS = frozenset(
    "and or nor to through thru till until versus vs as than of".split()
)


#: The share of English function words above which a text is English throughout, not
#: a page in another language with English words in it (``is_english``'s bar is lower).
_PLAINLY_ENGLISH = 0.2


def _foreign_word_here(document: Document, folded_tail: str, start: int, end: int) -> bool:
    """Whether another language's conjunction after a hyphen gap at ``start..end`` is a
    word ending: the text, and the lines around the gap, are plainly English, and the
    text uses the word nowhere else ("releas- ed", "betwe- en"; not a German sentence
    quoted in an English text, "kennen- und schaetzen")."""
    if not document.memo("whitespace.plainly_english", lambda d: english_share(d.text) >= _PLAINLY_ENGLISH):
        return False
    text = document.text
    first = text.rfind("\n", 0, max(0, start - 1)) + 1
    last = text.find("\n", end)
    if english_share(text[first : len(text) if last < 0 else last]) < _PLAINLY_ENGLISH:
        return False
    text = document.memo("whitespace.casefolded", lambda d: d.text.casefold())
    return _word_count(text, folded_tail) <= 1


def _word_count(folded: str, word: str) -> int:
    """How often ``word`` occurs as a whole word in the casefolded text ``folded``."""
    word = word.casefold()
    count = 0
    at = folded.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
            count += 1
        at = folded.find(word, at + 1)
    return count


class SplitHyphenation(Rule):
    """## What it does
    Finds a word split by hyphenation and left split: a hyphen, then a space or a line
    break, then the rest of the word in lowercase, as in ``inter- national``,
    ``emp- loyees`` or ``inves-\\ntigation``, with an ASCII hyphen, the Unicode hyphen
    U+2010 or a soft hyphen U+00AD (PDF text keeps either at the line end), or the not
    sign U+00AC that OCR and some PDF extractors print for a line-end hyphen
    (``inter¬ national``).

    ## Why is this bad?
    The split comes from print or PDF layout that hyphenated the word at a line end,
    with the line break later turned into a space or kept. Neither half is a word, so
    search, spell-checking and every word count miss it.

    ## Example
    ```text
    It would keep him off-balance over the course of a long inves- tigation.
    ```

    ## Use instead
    ```text
    It would keep him off-balance over the course of a long investigation.
    ```

    ## Fix safety
    Unsafe: the fix joins the halves and drops the hyphen, or keeps it when the
    document spells the word with a hyphen elsewhere (``so-called``), and a hyphen
    that was meant cannot be told apart in every case. Suspended hyphens are not
    splits: ``pre- and post-war``, ``19th- to 20th-century``, ``Wachstums- und
    Entwicklungstreiber`` (the word after the gap is a conjunction or a range word,
    and the document does not spell the joined word elsewhere, as it spells
    ``thousand`` beside ``thous- and``; in a plainly English text only the English ones
    count, unless the text uses the word elsewhere, so ``releas- ed``, ``nation- al``
    and ``betwe- en`` are splits),
    and neither are stammers (``w- what``) or a hyphen used as a dash between two
    words the document also uses on their own, or before an English function word
    that ends almost no word (``the spring- the board met``), unless the document
    also has the joined word.
    """

    code = "NL705"
    name = "split-hyphenation"
    category = Category.WHITESPACE
    summary = "Word split by a hyphen and a space or line break"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_whitespace_artefact)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        if not _shapes(document).hyphen:
            return
        text = document.text
        gaps = _HYPHEN_GAP.finditer(text)
        if not text.isascii() and ("\u2010" in text or "\u00ad" in text or "\u00ac" in text):
            gaps = sorted((*gaps, *_OTHER_HYPHEN_GAP.finditer(text)), key=lambda gap: gap.start())
        for gap in gaps:
            split = self._split_at(text, gap)
            if split is None:
                continue
            head_start, head, tail = split
            replacement = self._joint(document, head, tail, head_start, gap.end() + len(tail))
            if replacement is None:
                continue
            end = gap.end() + len(tail)
            if replacement and text[gap.start()] != "-":
                replacement = text[gap.start()]  # the document's own hyphen (U+2010)
                if replacement in "\u00ad\u00ac":
                    replacement = ""  # a soft hyphen or a not sign only ever marked a break
            if replacement:
                message = f"Hyphenated word split: {head}- {tail} (the text spells it {head}-{tail})"
            else:
                message = f"Word split by hyphenation: {head}- {tail}"
            fix = Fix.unsafe(f"Join as {head + replacement + tail!r}", Edit(gap.start(), gap.end(), replacement))
            yield self.diagnostic(document, head_start, end, message=message, fix=fix)

    @staticmethod
    def _split_at(text: str, gap: regex.Match) -> tuple[int, str, str] | None:
        """``(head start, head, tail)`` around a hyphen gap, or None when the hyphen does
        not follow a word or the next word is not lowercase."""
        start = gap.start()
        if not start or not text[start - 1].isalpha():
            return None
        head = _HEAD.search(text, max(0, start - 40), start)
        tail = _TAIL.match(text, gap.end())
        if head is None or tail is None:
            return None
        head_start = head.start()
        if head_start and (text[head_start - 1].isdigit() or text[head_start - 1] == "_"):
            return None  # "19th- to ...", "x2- ..." are not words
        return head_start, head.group(), tail.group()

    @staticmethod
    def _joint(document: Document, head: str, tail: str, start: int = 0, end: int = 0) -> str | None:
        """What goes between head and tail: ``""`` (a split word), ``"-"`` (a split
        hyphenated word), or None (not a split)."""
        folded_head, folded_tail = head.casefold(), tail.casefold()
        if folded_tail in suspension_words() and not (
            folded_tail not in _ENGLISH_SUSPENSION_WORDS
            and len(folded_tail) > 1
            and _foreign_word_here(document, folded_tail, start, end)
        ):
            # A suspended hyphen ("pre- and post-war"), unless the document spells the
            # joined word elsewhere, in lowercase: "a few thous- and teachers" beside
            # "a thousand". (The text as written: suspended hyphens are common in
            # German, and casefolding the whole text for each would cost more.)
            return "" if _word_count(document.text, folded_head + folded_tail) > 0 else None
        if folded_tail.startswith(folded_head):
            return None  # a stammer: "w- what"
        text = document.memo("whitespace.casefolded", lambda d: d.text.casefold())
        joined = _word_count(text, head + tail) > 0
        if folded_tail in _CLAUSE_WORDS and not joined:
            return None  # a hyphen used as a dash before a clause: "the spring- the board"
        if joined:
            return ""
        if _word_count(text, f"{head}-{tail}") > 0:
            return "-"
        # The split itself counts once for each half: more means they stand alone too,
        # and a hyphen between two such words is a dash: "the plan- which".
        if _word_count(text, head) > 1 and _word_count(text, tail) > 1:
            return None
        return ""


RULES = [DoubledSpace, TrailingWhitespace, BlankLineRun, HardWrappedParagraph, SplitHyphenation, LineBreakInSentence]
