"""Structure of the article as a whole (NL9xx): repeated paragraphs, truncation,
empty articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import getitem, itemgetter, methodcaller, sub
from typing import NamedTuple

import regex

from newslint import Applicability, Category, Diagnostic, Document, Edit, Fix, FixAvailability, Rule, patterns

from ._text import data_lines, is_english, plain_lines, spacing


_NO_SPACE_CHAR = patterns.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_WORD = patterns.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-]*")


def _word_count(text: str) -> float:
    """Words in ``text``; in scripts written without spaces (Chinese, Japanese, Thai)
    every two characters count as a word."""
    no_space = len(_NO_SPACE_CHAR.findall(text))
    if not no_space:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_NO_SPACE_CHAR.sub(" ", text))) + no_space / 2


class _RawLines:
    """The document's lines as plain strings, split once and shared by the structure
    rules, with the facts they need computed on first use. Scanning plain strings
    is much cheaper than building ``document.lines``, which is only built for a
    document with something to report.

    The family's gate asks for the three facts of every document (most articles have
    none of them): each is found by the cheapest pass that keeps it exact, and when
    the gate opens it leaves this object to the rules, which find the facts kept."""

    # Plain slots rather than ``cached_property``, whose first use takes a lock: the
    # gate asks for every fact of every document.
    __slots__ = (
        "document", "lines", "_repeated", "_marker_lines", "_ellipsis_lines", "_long_lines", "_spaced", "_title_lines", "_near",
    )

    def __init__(self, document: Document):
        self.document = document
        self.lines = plain_lines(document)  # (shared with the credit rules)
        self._repeated: dict[str, int] | None = None
        self._marker_lines: list[int] | None = None
        self._ellipsis_lines: list[int] | None = None
        #: The lines of at least ``_MIN_REPEAT_SCAN`` characters (listed by the same pass).
        self._long_lines: list[str] | None = None
        self._spaced: bool | None = None
        self._title_lines: _TitleLines | None = None
        self._near: bool | None = None

    @property
    def spaced(self) -> bool:
        """Whether the text holds two spaces, a no-break space or a tab: only then may
        two lines differ in nothing but their spacing once stripped."""
        if self._spaced is None:
            self._spaced = any(spacing(self.document))  # (shared with the whitespace gate)
        return self._spaced

    def offset(self, index: int) -> int:
        return self.document.line_starts[index]

    @property
    def repeated(self) -> dict[str, int]:
        """Stripped lines (long enough to matter) that occur more than once, with
        their number of occurrences."""
        if self._repeated is None:
            self._repeated = self._find_repeated()
        return self._repeated

    def _find_repeated(self) -> dict[str, int]:
        """Keyed by the line as ``key`` gives it: in a text with uneven spacing, with its
        spacing normalised, so that a copy that differs only in spacing (a doubled
        space, a no-break space, a tab) repeats."""
        if not self.spaced:
            if self._long_lines is None:
                self._scan_line_ends()
            keys = list(map(str.strip, self._long_lines))
            if len(set(map(len, keys))) == len(keys):
                return {}  # keys of different lengths differ: settled without hashing a line
            if len(set(keys)) == len(keys):
                return {}
            return {key: count for key, count in Counter(keys).items() if count > 1}
        # Lines that differ once all their spaces are gone differ once their spacing
        # is normalised: only the lines that collide without their spaces (their
        # ``_bare`` text) are normalised and compared. Lines whose bare texts differ in
        # length differ, and the lengths are counted in C without making the texts (taking
        # the spaces out of a whole text costs tens of microseconds): only the lines of
        # a length that recurs are made bare.
        text = self.document.text
        lines = self.lines
        indexes = [index for index, line in enumerate(lines) if len(line) >= _MIN_REPEAT_SCAN]
        long_lines = [lines[index] for index in indexes]
        sizes = list(map(sub, map(len, long_lines), map(_COUNT_SPACES, long_lines)))
        if "\u00a0" in text:
            sizes = list(map(sub, sizes, map(_COUNT_NO_BREAK_SPACES, long_lines)))
        if "\t" in text:
            sizes = list(map(sub, sizes, map(_COUNT_TABS, long_lines)))
        if len(set(sizes)) == len(sizes):
            return {}
        recurring = {size for size, count in Counter(sizes).items() if count > 1}
        indexes = [index for index, size in zip(indexes, sizes) if size in recurring]
        bare_keys = [_bare(lines[index]) for index in indexes]
        if len(set(bare_keys)) == len(bare_keys):
            return {}
        colliding = {key for key, count in Counter(bare_keys).items() if count > 1}
        keys = [_key(lines[index]) for index, key in zip(indexes, bare_keys) if key in colliding]
        return {key: count for key, count in Counter(keys).items() if count > 1}

    @property
    def near(self) -> bool:
        """Whether two lines (long enough to matter) start alike and one starts with
        the other (``_heads_collide``): a copy that was cut short, had text glued to its
        end or its quotes changed starts as its original does."""
        if self._near is None:
            lines = [line.strip() for line in self.lines if len(line) >= _MIN_REPEAT_SCAN]
            self._near = _heads_collide(list(map(_core, lines)), lines)
        return self._near

    def key(self, line: str) -> str:
        """A line as ``repeated`` keys it."""
        if self.spaced and ("  " in line or "\u00a0" in line or "\t" in line):
            return _key(line)
        return line.strip()

    def keys(self) -> list[str]:
        """Every line as ``key`` gives it (stripped in C when the text is evenly spaced)."""
        if self.spaced:
            # (``key`` of each line, its tests made here: a call of the method and of
            # ``spaced`` for every line cost more than the tests.)
            key = _key
            return [key(line) if "  " in line or "\u00a0" in line or "\t" in line else line.strip() for line in self.lines]
        return list(map(str.strip, self.lines))

    @property
    def marker_lines(self) -> list[int]:
        """Lines that may hold a truncation marker (confirmed by NL902's patterns)."""
        if self._marker_lines is None:
            self._scan_line_ends()
        return self._marker_lines

    def _scan_line_ends(self) -> None:
        """One pass over the lines with text (empty lines, half the lines of most
        articles, are left out in C) for the two facts read at a line's end: the lines
        ending in an ellipsis (``ellipsis_lines``), and those that may hold a marker: a
        line's tail holding an English needle, or a short line that is a foreign phrase
        once stripped of its decoration (``marker_lines``); and the lines long enough to
        be compared for repeats (``repeated``)."""
        foreign = _foreign_continue_phrases()
        ellipsis_lines = []
        marker_lines = []
        long_lines = []
        for index, line in compress(enumerate(self.lines), self.lines):
            if line.rstrip().endswith(_ELLIPSES):
                ellipsis_lines.append(index)
            if len(line) >= _MIN_REPEAT_SCAN:
                long_lines.append(line)
            tail = line[-_MARKER_REACH:]
            if (
                ("ead" in tail or "EAD" in tail or "ontinu" in tail or "ONTINU" in tail or "+" in tail or "]" in tail
                 or "runcated" in tail or (line[-1] in _OTHER_MARKER_LAST and line.endswith(_OTHER_MARKER_ENDS)))
                and _holds_marker_needle(tail)
            ):
                marker_lines.append(index)
            elif len(line) <= _MAX_FOREIGN_MARKER_LINE:
                # (``_is_foreign_marker``, its usual answer made here: a key already
                # single-spaced is a phrase of the list as it is, or not at all.)
                key = line.strip(_DECORATION).lower()
                if key in foreign or (
                    (not key.isprintable() or "  " in key) and _is_foreign_marker(line, foreign)
                ):
                    marker_lines.append(index)
        self._ellipsis_lines = ellipsis_lines
        self._marker_lines = marker_lines
        self._long_lines = long_lines

    @property
    def title_lines(self) -> _TitleLines:
        """The lines NL905 and NL906 look at."""
        if self._title_lines is None:
            self._title_lines = _find_title_lines(self.lines)
        return self._title_lines

    @property
    def ellipsis_lines(self) -> list[int]:
        """Lines ending in one of ``_ELLIPSES`` (before any trailing whitespace)."""
        if self._ellipsis_lines is None:
            self._scan_line_ends()
        return self._ellipsis_lines


#: Where a line's head is read: past a first character that may be an opening quote
#: (straight in one copy, curly in the other), for as many characters as a
#: substantial paragraph's first words take.
_HEAD = slice(1, 33)


def _heads_collide(keys: list[str], lines: list[str]) -> bool:
    """Whether two of ``keys`` (``lines`` as ``_core`` gives them) that are not equal
    lines have the same ``_HEAD`` (tested in C) and one starts with the other: the
    mark of a copy cut short, with text glued to its end, with other quotes, or of a
    wrapped paragraph's first line. (Sentences that open alike and go on differently
    do not; equal lines are ``repeated``.)"""
    heads = list(map(getitem, keys, repeat(_HEAD)))
    if len(set(heads)) == len(heads):
        return False
    # Copies stand a few paragraphs apart at most (a wrapped original takes a line
    # each): a head is compared with the last line before it that had it.
    last_seen: dict[str, int] = {}
    for index, head in enumerate(heads):
        before = last_seen.get(head)
        last_seen[head] = index
        if before is None or index - before >= _NEAR_LINES:
            continue
        if lines[before] == lines[index]:
            continue  # an exact repeat (``repeated``)
        shorter, longer = sorted((keys[before], keys[index]), key=len)
        if shorter == longer:
            return True  # the same words: other quotes, another final stop
        if longer.startswith(shorter):
            return True  # cut short (maybe with an ellipsis), or with text added
    return False


#: How many lines (long enough to matter) on a copy's first line may stand from its
#: original's.
_NEAR_LINES = 10


def _core(text: str) -> str:
    """``text`` as copies are compared: spacing collapsed, quotes straight, without a
    final full stop, ellipsis or closing quote."""
    text = " ".join(text.split())
    if not text.isascii():
        for curly, straight in _CURLY_QUOTES:
            if curly in text:
                text = text.replace(curly, straight)
    return text.rstrip(" .…\"'")


def _raw_lines(document: Document) -> _RawLines:
    return document.memo("structure.raw_lines", _RawLines)


def may_hold_structure_problem(document: Document) -> bool:
    """The gate of NL901-NL903, NL905 and NL906. A truncated paragraph ends in an
    ellipsis, a marker sits on a line holding an English needle or a foreign phrase, a
    duplicate paragraph repeats a line, and a glued title ends a line of text that does
    not end like a sentence (with the mark ``_TitleLines`` asks for): without such
    lines these rules report nothing. The lines are
    the rules' own facts, asked cheapest first; a clean article keeps nothing, and
    when the gate opens the rules start from what it found."""
    raw = _RawLines(document)
    raw._scan_line_ends()  # (the ellipsis lines and the marker lines, in one pass)
    if raw._ellipsis_lines or raw._marker_lines or raw.repeated or any(raw.title_lines):
        document.memo("structure.raw_lines", lambda _: raw)
        return True
    return False


_ELLIPSES = ("...", "…", "[…]", "[...]")
_EXCERPT_MARKERS = frozenset(("[…]", "[...]"))
# An English marker holds one of these (in any of the usual cases) and sits in the
# last _MARKER_REACH characters of its line.
_MARKER_NEEDLES = (
    "eading", "ead the ", "ead The ", "ead full", "ead Full",
    "EADING", "EAD THE ", "EAD FULL",
    "ontinues", "ONTINUES", "ontinued", "ONTINUED", "chars]", "chars)", "characters]", "characters)",
    "ead more at", "ead more on", "ead More at", "ead More on", "EAD MORE AT", "EAD MORE ON",
    "(more…", "(more...", "ull story", "ull article", "ULL STORY", "ULL ARTICLE",
)
_MARKER_REACH = 90
#: How the markers found by their line's end, not by a needle, end: "(more…)", "View
#: full story", "Full story »", "… read more". (One ``endswith`` per line.)
_OTHER_MARKER_ENDS = (
    "…)", "...)", "ull story", "ull Story", "ULL STORY", "ull article", "ull Article", "ULL ARTICLE", "»", "→", "›",
    "read more", "Read more", "Read More", "READ MORE",
)
#: Their last characters, tested first (a line's last character is rarely one of them).
_OTHER_MARKER_LAST = frozenset(end[-1] for end in _OTHER_MARKER_ENDS)


def _holds_marker_needle(tail: str) -> bool:
    """Whether ``tail`` holds one of ``_MARKER_NEEDLES``: a few ``in`` tests, grouped
    by the stem the needles share ("ead", "EAD"), each far cheaper than a pattern's
    search over the same characters."""
    if "ead" in tail and (
        "eading" in tail or "ead the " in tail or "ead The " in tail or "ead full" in tail or "ead Full" in tail
        or "ead more at" in tail or "ead more on" in tail or "ead More at" in tail or "ead More on" in tail
    ):
        return True
    if "EAD" in tail and (
        "EADING" in tail or "EAD THE " in tail or "EAD FULL" in tail or "EAD MORE AT" in tail or "EAD MORE ON" in tail
    ):
        return True
    if tail.endswith(_OTHER_MARKER_ENDS):
        return True
    if "ull " in tail or "ULL " in tail:
        if "ull story" in tail or "ull article" in tail or "ULL STORY" in tail or "ULL ARTICLE" in tail:
            return True
    if "(more…" in tail or "(more..." in tail:
        return True
    if "ontinue" in tail or "ONTINUE" in tail:
        return "ontinues" in tail or "ONTINUES" in tail or "ontinued" in tail or "ONTINUED" in tail
    # (NewsAPI's count: "[+1234 chars]", "(+1234 characters)", and the bracketed count
    # other feeds write without the "+", "… [1234 chars]"; in parentheses only with
    # the "+", as "(280 characters)" is prose.)
    if "chars]" in tail or "characters]" in tail or "runcated]" in tail or "runcated)" in tail:
        return True
    return "+" in tail and ("chars)" in tail or "characters)" in tail)


# Lines shorter than this are not compared when looking for repeats: a substantial
# paragraph is longer, unless it is hard-wrapped into very short lines.
_MIN_REPEAT_SCAN = 24
# A line holding a foreign marker and its decoration has at most this many characters.
_MAX_FOREIGN_MARKER_LINE = 60
# What may surround a whole-line marker: spacing, arrows, brackets, bullets.
_DECORATION = " \t\u00a0\u200b»«›‹>→←.…:;,-–—|•*·()[]{}!?\"'“”‘’"


# -- NL901 ---------------------------------------------------------------------------

#: A repeated paragraph or line is reported only when it is substantial: at least this
#: many words (two no-space-script characters counting as one word) and this many
#: characters. Short repeated lines ("Advertisement", "Share", table cells, list
#: labels) are page furniture or legitimate repetition, not a duplicated paragraph.
MIN_DUPLICATE_WORDS = 8
MIN_DUPLICATE_CHARS = 40
#: The later copy is reported only when at most this many paragraphs (or lines, in a
#: text without blank lines) stand between the two copies. Extraction duplicates a
#: block next to itself (a teaser repeating the lead, a block emitted twice); the same
#: text far apart is a recurring item the article repeats on purpose (an interview's
#: recurring question, a meal plan's recurring recipe).
MAX_DUPLICATE_GAP = 3


def _near(gap: int, occurrences: int, recurring_between) -> bool:
    """Whether a copy ``gap`` blocks after the previous one is a duplicate. Next to
    each other, always. A few blocks apart, only when the text occurs exactly twice
    and the blocks between the copies occur once: text that recurs, or that alternates
    with recurring blocks, is a pattern of the article (a meal plan repeating the same
    meals and instructions, an interview's recurring question)."""
    if gap == 0:
        return True
    return gap <= MAX_DUPLICATE_GAP and occurrences == 2 and not recurring_between()


def _key(text: str) -> str:
    return " ".join(text.split())


def _bare(line: str) -> str:
    """``line`` without its spaces, no-break spaces and tabs: lines that differ so differ
    once their spacing is normalised (``_key``)."""
    return line.replace(" ", "").replace("\u00a0", "").replace("\t", "")


#: How many spaces, no-break spaces and tabs a line holds (``len(_bare(line))`` is its
#: length less these), as functions ``map`` calls from C.
_COUNT_SPACES = methodcaller("count", " ")
_COUNT_NO_BREAK_SPACES = methodcaller("count", "\u00a0")
_COUNT_TABS = methodcaller("count", "\t")



def _substantial(key: str) -> bool:
    return len(key) >= MIN_DUPLICATE_CHARS and _word_count(key) >= MIN_DUPLICATE_WORDS


def _quoted_twice(stripped: list[str], blocks: list[tuple[int, int]], earlier: int, later: int) -> bool:
    """Whether blocks ``earlier`` and ``later`` are one stanza of several lines, each copy
    introduced by a paragraph that ends in a colon: a review quoting a chorus where it
    comes back ("The chorus comes back:" ... "And the last refrain:"), not a block the
    page emitted twice."""
    for number in (earlier, later):
        first, last = blocks[number]
        if last == first or number == 0 or not stripped[blocks[number - 1][1]].endswith(":"):
            return False
    return True


class DuplicateParagraph(Rule):
    """## What it does
    Finds a paragraph that repeats, word for word, a paragraph shortly before it (at
    most three paragraphs earlier), and reports the later copy. Spacing does not count:
    a copy with a doubled space, a no-break space or a trailing space is still a copy.
    In text without blank lines between paragraphs, lines are compared the same way.

    ## Why is this bad?
    Extractors emit the same block twice when a page repeats it (a teaser that
    restates the lead, a pull-quote, a block present in two layouts of the page). The
    reader sees the same paragraph twice, and the duplicate skews any statistics or
    training done on the text.

    ## Example
    ```text
    The council approved the budget on Tuesday after a three-hour debate.

    The council approved the budget on Tuesday after a three-hour debate.

    The vote was 7 to 2.
    ```

    ## Use instead
    ```text
    The council approved the budget on Tuesday after a three-hour debate.

    The vote was 7 to 2.
    ```

    ## Fix safety
    Safe: the later copy is deleted and the first one kept, so no text is lost. Only
    substantial paragraphs count (at least 8 words and 40 characters; in Chinese or
    Japanese two characters count as a word): a repeated short line such as
    "Advertisement" or "Share" is boilerplate, and repeated list items or table cells
    are legitimate. Copies far apart (more than three paragraphs between them) are
    left alone: articles repeat an interview question or a recipe on purpose.
    """

    code = "NL901"
    name = "duplicate-paragraph"
    category = Category.STRUCTURE
    summary = "Paragraph repeated verbatim"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_structure_problem)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        raw = _raw_lines(document)
        repeated = raw.repeated
        if not repeated:
            return  # a repeated paragraph repeats its lines
        lines = raw.lines
        stripped = raw.keys()  # (keyed as ``repeated`` is)
        blocks = _blocks(stripped)
        flagged: set[int] = set()
        reports: list[tuple[int, int, int]] = []  # (first line, last line, original line)

        def recurring(indexes) -> bool:
            return any(stripped[index] in repeated for index in indexes)

        # Paragraphs (blank-line separated). A paragraph may also repeat one line of a
        # paragraph shortly before it (a list item, a line of a block) as a block of
        # its own; the gap is still counted in paragraphs.
        recent: dict[str, tuple[int, int]] = {}
        for number, (first, last) in enumerate(blocks):
            head = stripped[first]
            if head in repeated:
                key = _key(" ".join(stripped[first : last + 1]))
                earlier = recent.get(key)
                if (
                    len(key) >= MIN_DUPLICATE_CHARS
                    and earlier is not None
                    and _near(
                        number - earlier[0] - 1,
                        repeated[head],
                        lambda: recurring(blocks[b][0] for b in range(earlier[0] + 1, number)),
                    )
                    and _substantial(key)
                    and not _quoted_twice(stripped, blocks, earlier[0], number)
                ):
                    reports.append((first, last, earlier[1]))
                    flagged.update(range(first, last + 1))
                    continue  # the first copy stays the reference
                if earlier is not None and _quoted_twice(stripped, blocks, earlier[0], number):
                    flagged.update(range(first, last + 1))  # (nor its lines one by one)
                    continue
                recent[key] = (number, first)
            if last > first:
                for index in range(first, last + 1):
                    if stripped[index] in repeated:
                        recent[_key(stripped[index])] = (number, index)
        # Lines, for text that puts one block a line without blank lines between.
        if any(last > first for first, last in blocks):
            text_lines = [index for index, line in enumerate(stripped) if line]
            recent_lines: dict[str, int] = {}
            for position, index in enumerate(text_lines):
                line = stripped[index]
                if index in flagged or line not in repeated:
                    continue
                key = _key(line)
                earlier_position = recent_lines.get(key)
                recent_lines[key] = position
                if (
                    len(key) >= MIN_DUPLICATE_CHARS
                    and earlier_position is not None
                    and _near(
                        position - earlier_position - 1,
                        repeated[line],
                        lambda: recurring(text_lines[earlier_position + 1 : position]),
                    )
                    and _substantial(key)
                ):
                    recent_lines[key] = earlier_position
                    reports.append((index, index, text_lines[earlier_position]))
                    flagged.add(index)
        document_lines = document.lines if reports else []
        for first, last, original in sorted(reports):
            copy = "\n".join(line.strip() for line in lines[first : last + 1])
            exact = copy == "\n".join(line.strip() for line in lines[original : original + last - first + 1])
            spacing_note = "" if exact else "; only its spacing differs"
            yield self.report_lines(
                document,
                document_lines[first],
                document_lines[last],
                message=f"{self.summary} (first copy on line {original + 1}{spacing_note})",
                fix_message="Delete the later copy",
            )


def _may_hold_near_copy(document: Document) -> bool:
    """NL907's gate: a near copy starts as its original does (``_RawLines.near``)."""
    return _raw_lines(document).near


class NearDuplicateParagraph(Rule):
    """## What it does
    Finds a paragraph that repeats one shortly before it (at most three paragraphs
    earlier) in all but what extraction changes: its quotes (straight in one copy,
    curly in the other), its line breaks (one copy wrapped), its final full stop, its
    end (the copy cut short, maybe with an ellipsis), or a short text glued to its end
    (a credit, a label). Copies that differ only in spacing are NL901's.

    ## Why is this bad?
    Feeds and pages repeat a block in two versions (a teaser cut from the lead, the
    lead again with its picture credit glued on, the same paragraph from two
    templates with different quotes). The reader sees the paragraph twice.

    ## Example
    ```text
    The council approved the budget on Tuesday after a three-hour debate.

    The council approved the budget on Tuesday after a three-hour…
    ```

    ## Use instead
    ```text
    The council approved the budget on Tuesday after a three-hour debate.
    ```

    ## Fix safety
    The later copy is deleted and the first one kept. Safe when the copy holds no
    word the first one lacks (same words, or cut short); unsafe when a short text was
    glued to the copy (at most 12 words and 100 characters: more is a paragraph that
    goes on), which the deletion also removes. Copies are compared with their spacing
    collapsed, their quotes straight and their final full stop, closing quote or
    ellipsis dropped; a cut copy keeps at least half of its original and ends at a word
    (or with an ellipsis); both must be substantial (8 words and 40 characters).
    Copies far apart, and paragraphs alternating with recurring blocks, are left
    alone, as NL901 leaves them.

    This is a preview rule, off by default: looking for copies that are not equal
    costs a pass over the start of every line of every document, which the default
    rules do not pay for a shape rare in extraction output. Select it by code
    (``--select NL907``) or turn on ``preview``.
    """

    code = "NL907"
    name = "near-duplicate-paragraph"
    category = Category.STRUCTURE
    summary = "Paragraph repeated with small changes"
    fix_availability = FixAvailability.ALWAYS
    preview = True
    gate = staticmethod(_may_hold_near_copy)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        raw = _raw_lines(document)
        if not raw.near:
            return
        lines = raw.lines
        repeated = raw.repeated
        stripped = raw.keys()
        blocks = _blocks(stripped)
        # (A block whose first line repeats exactly is NL901's to judge.)
        judged = {first for first, _ in blocks if stripped[first] in repeated}
        found = _near_copies(lines, blocks, judged)
        document_lines = document.lines if found else []
        for first, last, original, kind in sorted(found):
            yield self.report_lines(
                document,
                document_lines[first],
                document_lines[last],
                applicability=Applicability.UNSAFE if kind == "added" else Applicability.SAFE,
                message=f"{self.summary} (first copy on line {original + 1}{_NEAR_NOTES[kind]})",
                fix_message="Delete the later copy",
            )


_NEAR_NOTES = {
    "same": "; only its quotes, line breaks or final punctuation differ",
    "cut": "; the copy is cut short",
    "added": "; the copy has text added at its end",
}
#: A copy cut short keeps at least this share of its original's characters.
MIN_CUT_SHARE = 0.5
#: Text glued to the end of a copy (a credit, a label) has at most this many words
#: and characters: more is a paragraph that goes on, not a copy.
MAX_ADDED_WORDS = 12
MAX_ADDED_CHARS = 100
_CURLY_QUOTES = (("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"))


def _near_copies(lines: list[str], blocks: list[tuple[int, int]], judged: set[int]) -> list[tuple[int, int, int, str]]:
    """Paragraphs that repeat one shortly before them in all but what extraction
    changes: ``(first line, last line, original's first line, kind)``, where ``kind``
    is "same" (the words are the same: the quotes, the line breaks or the final full
    stop differ), "cut" (the copy stops early: the original starts with it) or "added"
    (a short text is glued to the end of the copy: a credit, a label). Copies are
    compared with their spacing collapsed, their quotes made straight and their final
    full stop or ellipsis dropped, and only when their heads agree and no other
    paragraph shares the head (a recurring item is left alone). Blocks whose first
    line is in ``judged`` were judged by the exact comparison and are left to it."""
    cores: dict[int, tuple[str, bool]] = {}
    by_head: dict[str, list[int]] = {}
    heads: dict[int, str] = {}
    for number, (first, last) in enumerate(blocks):
        if len(lines[first]) < _MIN_REPEAT_SCAN and first == last:
            continue
        full = " ".join(lines[first : last + 1])
        core = _core(full)
        full = full.rstrip()
        if len(core) < MIN_DUPLICATE_CHARS:
            continue
        cores[number] = (core, full.endswith(("…", "...")))
        heads[number] = core[_HEAD]
        by_head.setdefault(heads[number], []).append(number)
    found = []
    for numbers in by_head.values():
        if len(numbers) < 2:
            continue
        for earlier, later in zip(numbers, numbers[1:]):
            gap = later - earlier - 1
            if gap > MAX_DUPLICATE_GAP or (gap and len(numbers) != 2):
                continue
            first, last = blocks[later]
            if first in judged:
                continue  # a copy the exact comparison judged
            if any(len(by_head.get(heads.get(b, ""), ())) > 1 for b in range(earlier + 1, later)):
                continue  # alternating with recurring blocks: a pattern of the article
            kind = _near_kind(cores[earlier], cores[later])
            if kind:
                found.append((first, last, blocks[earlier][0], kind))
    return found


def _near_kind(earlier: tuple[str, bool], later: tuple[str, bool]) -> str:
    """How the later copy differs from the earlier one (see ``_near_copies``), or ""."""
    original, copy = earlier[0], later[0]
    if original == copy:
        return "same" if _substantial(copy) else ""
    if original.startswith(copy):
        cut_mid_word = later[1] and original[len(copy)] != " "
        if (original[len(copy)] in " ,;:" or cut_mid_word) and len(copy) >= MIN_CUT_SHARE * len(original):
            return "cut" if _substantial(copy) else ""
        return ""
    if copy.startswith(original) and copy[len(original)] in " .":
        added = copy[len(original) :].strip(" .")
        if added and len(added) <= MAX_ADDED_CHARS and len(added.split()) <= MAX_ADDED_WORDS:
            return "added" if _substantial(original) else ""
    return ""


def _blocks(stripped: list[str]) -> list[tuple[int, int]]:
    """``(first, last)`` line indexes of each run of non-blank lines."""
    blocks: list[tuple[int, int]] = []
    first = None
    for index, line in enumerate(stripped):
        if line:
            if first is None:
                first = index
        elif first is not None:
            blocks.append((first, index - 1))
            first = None
    if first is not None:
        blocks.append((first, len(stripped) - 1))
    return blocks


# -- NL902 ---------------------------------------------------------------------------


def _is_foreign_marker(line: str, foreign: frozenset[str]) -> bool:
    """Whether a short line, stripped of its decoration, is a foreign phrase of the list,
    however its words are spaced (the list's phrases are kept single-spaced)."""
    key = line.strip(_DECORATION).lower()
    if key in foreign:
        return True
    words = key.split()
    return len(words) > 1 and " ".join(words) in foreign


#: English link labels that mark a cut only as a line of their own: glued to a
#: sentence, or in a longer line, the words are prose ("the full story of the crossing").
_ENGLISH_LINE_MARKERS = (
    "full story", "full article", "see full story", "see the full story", "view full story",
    "view full article", "show full article", "show full story",
)


@lru_cache(maxsize=1)
def _foreign_continue_phrases() -> frozenset[str]:
    """The set phrases matched as a whole line: the foreign ones of
    ``structure_continue_reading.txt`` and ``_ENGLISH_LINE_MARKERS``."""
    phrases = (" ".join(line.split()).lower() for line in data_lines("structure_continue_reading.txt"))
    return frozenset(phrases) | frozenset(_ENGLISH_LINE_MARKERS)


_STORY = r"(?:story|article|post|report|piece|interview|review|text|release|column)"
_ENGLISH_MARKERS = (
    # "Continue reading", "Continue reading the main story", "Keep reading below",
    # "Continue reading on Medium"
    rf"(?:continue|keep)\s+reading(?:\s+(?:the\s+(?:main\s+|full\s+|rest\s+of\s+the\s+)?{_STORY}|this\s+{_STORY}|below|more|here|(?:at|on)\s+\S[^\n]{{0,60}}))?",
    # "Read the full story", "Click here to read the full article at Example News"
    rf"(?:(?:click|tap)\s+here\s+)?(?:to\s+)?read\s+(?:the\s+)?(?:full|whole|complete|entire|rest\s+of\s+the)\s+{_STORY}(?:\s+(?:here|below|(?:at|on)\s+\S[^\n]{{0,60}}))?",
    # "Story continues below", "Article continues after advertisement", "(Story
    # continues)", "This story continues at the link below", "Article continues on page 4"
    rf"(?:this\s+)?{_STORY}\s+continues(?:\s+(?:below|after)(?:\s+(?:the\s+|this\s+)?(?:advertisement|advert|ad))?"
    rf"|\s+(?:online|here|(?:at|on)\s+(?:the\s+link|our\s+(?:website|site)|the\s+(?:website|site|original\s+site)"
    rf"|page\s+[A-Z]?\d{{1,3}}|[\w.-]+\.(?:com|org|net|co\.uk|news)\b[^\s]*))(?:\s+below)?)?",
    # "Read the rest of this story on Example News" ("Read the original article" ends
    # syndicated articles whole: an attribution, not a cut)
    rf"(?:(?:click|tap)\s+here\s+)?(?:to\s+)?read\s+the\s+rest\s+of\s+(?:this|the)\s+{_STORY}(?:\s+(?:here|below|(?:at|on)\s+\S[^\n]{{0,60}}))?",
    # "Continues below", "Continues after advertisement"
    r"continues\s+(?:below|after\s+(?:the\s+|this\s+)?(?:advertisement|advert|ad))",
    # "(Continued on page 4)", "Continued on next page", "(continued)", "To be continued"
    r"(?:to\s+be\s+)?continued(?:\s+on\s+(?:the\s+)?(?:next\s+page|page\s+[A-Z]?\d{1,3}|[A-Z]?\d{1,3}))?",
    # "Read more at example.com", "Read more on www.example.co.uk/news": a link to the
    # rest, named by its address (not "read more on the subject")
    r"read\s+more\s+(?:at|on)\s+(?:https?://)?(?:www\.)?[a-z0-9-]{1,60}(?:\.[a-z0-9-]{1,60}){0,4}\.[a-z]{2,6}(?:/[^\s]{0,200})?",
    # WordPress's "more" link, "(more…)"
    r"\(more(?:…|\.\.\.)\)",
)
#: Link labels that mark a cut glued to the end of a paragraph too, after its last
#: sentence: "View full story", "Full story »" and "Read more »" (with their arrow:
#: "the full story" alone is prose), "… read more" (after the feed's ellipsis: "read
#: more" alone ends sentences).
_ENGLISH_TAIL_MARKERS = (
    rf"view\s+(?:the\s+)?full\s+{_STORY}",
    rf"full\s+{_STORY}(?=[ \t]*[»→›])",
    r"(?<=(?:…|\.\.\.)[ \t]{1,3})read\s+more",
    r"read\s+more(?=[ \t]*[»→›])",
)


@lru_cache(maxsize=1)
def _markers() -> tuple[patterns.BoundedPattern, patterns.BoundedPattern, patterns.BoundedPattern]:
    # Longest first (and a fixed order: compiled patterns are cached by their text).
    ordered = sorted(_foreign_continue_phrases(), key=lambda phrase: (-len(phrase), phrase))
    foreign = [r"\s+".join(regex.escape(word) for word in phrase.split()) for phrase in ordered]
    english = "(?:" + "|".join(_ENGLISH_MARKERS + _ENGLISH_TAIL_MARKERS) + ")"
    any_marker = "(?:" + "|".join(list(_ENGLISH_MARKERS) + foreign) + ")"
    decoration = r"[\p{P}\p{S}\t \u00a0]*"
    whole_line = patterns.compile(rf"{decoration}{any_marker}{decoration}", regex.IGNORECASE)
    # Glued to the end of a paragraph, after the end of its last sentence.
    tail = patterns.compile(
        rf"(?<=[.!?…”\"’)\]])(?P<cut>[ \t]+(?:{english}|\({english}\)|\[{english}\])[ \t]*(?:[.…»→›>]+)?[ \t]*)$",
        regex.IGNORECASE,
    )
    chars = patterns.compile(
        r"[ \t]*(?:\[\+?\s?\d[\d,.]*\s*(?:chars?|characters?)\]|\(\+\s?\d[\d,.]*\s*(?:chars?|characters?)\)"
        r"|(?:\[(?:…|\.\.\.)?[ ]?truncated\]|\((?:…|\.\.\.)?[ ]?truncated\))(?=[ \t]*$))",
        regex.IGNORECASE,
    )
    return whole_line, tail, chars


#: A teaser cut mid-sentence with its link label glued on: "... have even died due to
#: Read more" (a capital "Read" after a word in lowercase, at the line's end: no
#: sentence goes on like that; a cookie banner's "Accept Read More" is buttons).
_CUT_TEASER = patterns.compile(
    r"(?<=(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{Ll}\p{M}]{0,30}[,;:]?)(?P<cut>[ \t]+(?:Read[ \t]+(?:more|More)|READ[ \t]+MORE)[ \t]*(?:[.…»→›>]+)?[ \t]*)$"
)


class TruncationMarker(Rule):
    """## What it does
    Finds the markers a feed or a page leaves where an article was cut short:
    NewsAPI's ``[+1234 chars]`` (or ``(+1234 chars)``, ``[+1234 characters]``, and
    the bracketed count without its ``+`` other feeds write, ``… [1234 chars]``, and
    a feed's ``[truncated]`` or ``(truncated)`` at the end of a line),
    "Continue reading", "Continue reading the main story", "Read the full story",
    "Read the rest of this story on ...", "Story continues below", "Continues
    below", "This story continues at the link below", "(Continued on page 4)", "To be
    continued", "Read more at example.com" (a link named by its address), WordPress's
    "(more…)", as a line of their own or glued to the end of a paragraph (bare or in
    brackets); glued to a paragraph's end, "View full story", and "Full story" or
    "Read more" before an arrow (``»``, ``→``) or after the feed's ellipsis
    (``… read more``), or capitalised after a lowercase word, where a teaser was cut
    mid-sentence (``have even died due to Read more``); "Full story »", "See full story", "View full article" and the common
    equivalents in other languages ("Weiterlesen", "Lire la suite", "Читать дальше",
    "Czytaj dalej") as a line of their own; and WordPress's excerpt
    marker ``[…]`` on a line of its own at the end of the text (glued to a paragraph,
    NL903 reports it; between paragraphs it marks an omission).

    ## Why is this bad?
    The marker is a link label or a feed's truncation note, not part of the story,
    and it signals that the text is incomplete: the rest of the article is missing.

    ## Example
    ```text
    The agency said it would review the findings. Continue reading

    Officials declined to comment on the timeline… [+2841 chars]
    ```

    ## Use instead
    ```text
    The agency said it would review the findings.

    Officials declined to comment on the timeline…
    ```

    ## Fix safety
    Safe: only the marker is deleted (the whole line when the line is only the marker,
    otherwise the marker after the paragraph's last sentence), so no prose is lost.
    The text that was cut cannot be restored; the marker's removal does not pretend
    otherwise, and a paragraph cut mid-sentence is reported by NL903. A sentence that
    merely contains the words ("He urged voters to keep reading the fine print", "The
    fighting continued on Monday", "This story continues on Broadway in May") is
    not matched: the marker must fill the line or follow the end of a sentence, and a
    story "continues at" only a link, a site or a page. "Read the original article"
    is left alone: it closes syndicated articles that are whole.
    """

    code = "NL902"
    name = "truncation-marker"
    category = Category.STRUCTURE
    summary = "Truncation marker left where the article was cut"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_structure_problem)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        raw = _raw_lines(document)
        for index in raw.ellipsis_lines:
            # WordPress's excerpt marker on a line of its own, where the text stops:
            # "[…]", "[...]". (Between paragraphs it marks an omission in a quoted
            # document, or in a program's output, as editors write it.)
            if raw.lines[index].strip() in _EXCERPT_MARKERS and not any(map(str.strip, raw.lines[index + 1 :])):
                yield self._line_report(document, raw.offset(index), raw.lines[index])
        candidates = raw.marker_lines
        if not candidates:
            return
        whole_line, tail, chars = _markers()
        for index in candidates:
            offset, text = raw.offset(index), raw.lines[index]
            marks = list(chars.finditer(text))
            if marks:
                if not chars.sub("", text).strip():
                    yield self._line_report(document, offset, text)
                    continue
                for match in marks:
                    start = offset + match.start() + len(match.group()) - len(match.group().lstrip())
                    fix = Fix.safe("Delete the marker", Edit(offset + match.start(), offset + match.end()))
                    yield self.diagnostic(document, start, offset + match.end(),
                                          message=f"Truncation marker {match.group().strip()!r}", fix=fix)
                continue
            if whole_line.fullmatch(text.strip()):
                yield self._line_report(document, offset, text)
                continue
            match = tail.search(text, max(0, len(text) - _MARKER_REACH - 10))
            if match is None and text.rstrip().endswith(("more", "More", "MORE")):
                match = _CUT_TEASER.search(text, max(0, len(text) - _MARKER_REACH - 10))
            if match:
                marker = match.group("cut")
                start = offset + match.start("cut") + len(marker) - len(marker.lstrip())
                end = offset + match.start("cut") + len(marker.rstrip())
                fix = Fix.safe("Delete the marker", Edit(offset + match.start("cut"), offset + match.end("cut")))
                yield self.diagnostic(document, start, end,
                                      message=f"Truncation marker {' '.join(document.text[start:end].split())!r}", fix=fix)

    def _line_report(self, document: Document, offset: int, text: str) -> Diagnostic:
        line = document.line_at(offset)
        return self.report_lines(document, line, message=f"Truncation marker {' '.join(text.split())!r}",
                                 fix_message="Delete the marker line")


# -- NL903 ---------------------------------------------------------------------------

# Words a finished English sentence does not end on: articles, prepositions,
# conjunctions, auxiliaries, possessives (a closed class).
_DANGLING_WORDS = frozenset(
    """the a an of to in on at by for from with about into onto over under after before
    as and or but nor so yet that which who whom whose than because though although
    while if when where is are was were be been being has have had do does did will
    would shall should can could may might must its their his her our your my this
    these those it we they""".split()
)
# (A feed cuts where its length runs out: the ellipsis is glued to the last word or
# set after a space.)
_ELLIPSIS_END = patterns.compile(r"(?<![\p{L}\p{N}])(?P<word>[\p{L}\p{N}]+)(?P<comma>,?)[ \t]?(?P<mark>\.\.\.|…)\s*$")
_BRACKET_ELLIPSIS_END = patterns.compile(r"(?:[ \t]|(?<=[\p{L}\p{N},]))(?P<mark>\[(?:…|\.\.\.)\])\s*$")
#: A cut line must be long enough to be a paragraph: short lines ending in "..."
#: ("You may also like...", "Loading...") are page furniture, not truncated prose.
MIN_TRUNCATED_WORDS = 8


class TruncatedParagraph(Rule):
    """## What it does
    Finds a paragraph cut off mid-sentence and closed with an ellipsis: the ellipsis
    follows a word no English sentence ends on (an article, preposition, conjunction,
    auxiliary or subject pronoun: "the Palestinian territories are...", "It...", "the
    uncertainty of …") or a comma ("Raminder Singh, 41,..."), glued to it or after a
    space, or the paragraph ends with a WordPress excerpt marker ``[…]`` (glued to the
    last word or not).

    ## Why is this bad?
    Feeds and teaser blocks cut text at a fixed length. A cut paragraph is incomplete
    text that reads as if the writer stopped mid-thought; in a teaser block it is
    another story's summary rather than this article.

    ## Example
    ```text
    The ministry said the new rules, which take effect in March, would apply to all
    importers and that the...
    ```

    ## Use instead
    ```text
    The ministry said the new rules, which take effect in March, would apply to all
    importers.
    ```

    ## Fix safety
    No fix: the missing words cannot be restored, and deleting the paragraph could
    remove the only copy of its text. An ellipsis after a complete phrase ("Here is
    what he had to say…", "The bottom line ...") is not flagged, nor one followed by a
    closing quotation mark (a quote trailing off), nor a line shorter than 8 words.
    The function-word test is English, so it runs on English documents only; the
    ``[…]`` marker is checked in every language.
    """

    code = "NL903"
    name = "truncated-paragraph"
    category = Category.STRUCTURE
    summary = "Paragraph cut off mid-sentence with an ellipsis"
    fix_availability = FixAvailability.NEVER
    gate = staticmethod(may_hold_structure_problem)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        raw = _raw_lines(document)
        candidates = raw.ellipsis_lines
        if not candidates:
            return
        english = None
        for index in candidates:
            offset, text = raw.offset(index), raw.lines[index]
            if _word_count(text) < MIN_TRUNCATED_WORDS:
                continue
            match = _BRACKET_ELLIPSIS_END.search(text)
            if match:
                yield self.diagnostic(document, offset + match.start("mark"), offset + match.end("mark"),
                                      message="Paragraph cut off with an excerpt marker '[…]'")
                continue
            cut = max(0, len(text) - 80)
            offset, text = offset + cut, text[cut:]
            match = _ELLIPSIS_END.search(text)
            if not match or not (match["comma"] or match["word"].lower() in _DANGLING_WORDS):
                continue
            if match.start() and text[match.start() - 1] in "\"'“‘":
                continue  # "“It..." a word quoted on its own
            if english is None:
                english = is_english(document)
            if english:
                yield self.diagnostic(document, offset + match.start("word"), offset + match.end("mark"))


# -- NL904 ---------------------------------------------------------------------------

#: An article with fewer words than this (two no-space-script characters counting as
#: one word) is reported as near-empty. No news article is this short; a text this
#: short is a headline, a cookie notice or a redirect message that the extractor
#: returned instead of the article.
MIN_ARTICLE_WORDS = 20
#: A text of this many characters or more holds well over 20 words in every script
#: (junk such as one long URL is not what NL904 is about): the rule's gate and quick exit.
_SHORT_TEXT = 1000


def may_be_short(document: Document) -> bool:
    """NL904's gate: the rule reports only texts under ``_SHORT_TEXT`` characters (its
    own first test), so a longer text is ruled out by its length alone."""
    return len(document.text) < _SHORT_TEXT


class NearEmptyArticle(Rule):
    """## What it does
    Reports a document that is empty, or that has fewer than 20 words (in Chinese or
    Japanese, two characters count as a word): the extractor returned a headline, a
    consent notice or a redirect message instead of an article.

    ## Why is this bad?
    An empty or near-empty extraction is a failed extraction. Keeping it adds a
    document with no article text to the corpus; it should be re-scraped or dropped.

    ## Example
    ```text
    You will be redirected back to your article in 13 seconds
    ```

    ## Use instead
    The article's text, extracted again; or drop the document.

    ## Fix safety
    No fix: the missing article cannot be produced from what is there. The report
    points at the first line of text (at the start of an empty document) so that it
    does not cover lines of a real article: an article of 20 words or more is never
    reported.

    This is a preview rule, off by default: newslint is also run on snippets (a
    paragraph on standard input, a test string), where a short text is not a failed
    extraction. Select it by code (``--select NL904``) or turn on ``preview`` when
    linting a corpus of whole articles.
    """

    code = "NL904"
    name = "near-empty-article"
    category = Category.STRUCTURE
    summary = "Empty or near-empty article"
    fix_availability = FixAvailability.NEVER
    preview = True
    gate = staticmethod(may_be_short)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        if len(text) >= _SHORT_TEXT:
            return
        words = _word_count(text)
        if words >= MIN_ARTICLE_WORDS:
            return
        first = next((line for line in document.lines if not line.is_blank), None)
        if first is None:
            yield self.diagnostic(document, 0, 0, message="Empty article: the document has no text")
            return
        start = first.start + len(first.text) - len(first.text.lstrip())
        end = first.start + len(first.text.rstrip())
        count = int(words)
        yield self.diagnostic(
            document, start, end,
            message=f"Near-empty article: {count} word{'s' if count != 1 else ''} (fewer than {MIN_ARTICLE_WORDS})",
        )


# -- NL905 ---------------------------------------------------------------------------

# Lines ending in one of these are sentences or quotations, not titles: NL905 and NL906
# look only at the other lines (a title ends in a word, a number, "?", "!" or "…").
_SENTENCE_ENDS = tuple(".,;:\"”)]'’»")
_SENTENCE_END_CHARS = frozenset(_SENTENCE_ENDS)
#: A glued title is a short line: at most this many characters.
MAX_GLUED_TITLE_LINE = 300
#: The repeated title has at least this many words and characters when glued with no
#: space (the joint then shows: "…to NowhereMinisters …"), and at least
#: ``MIN_SPACED_REPEAT_WORDS`` words and ``MIN_SPACED_REPEAT_CHARS`` characters when
#: glued with one space, where a short phrase said twice is language ("very very",
#: "Bora Bora", a chorus).
MIN_GLUED_REPEAT_WORDS = 3
MIN_GLUED_REPEAT_CHARS = 15
MIN_SPACED_REPEAT_WORDS = 4
MIN_SPACED_REPEAT_CHARS = 20
#: What may stand before the first copy: a section label ("Opinion | ") of at most
#: this many words.
MAX_TITLE_PREFIX_WORDS = 6


class _TitleLines(NamedTuple):
    """The lines NL905 and NL906 look at, by index."""

    #: Lines whose last characters occur twice (a repeat ends where its first copy ends).
    repeats: list[int]
    #: Lines ending in a date glued to the text before it (``_GLUED_DATE``), asked
    #: only of lines ending in a digit or a time and naming a month near the end.
    dates: list[int]


def _find_title_lines(lines: list[str]) -> _TitleLines:
    """Of the first ``TITLE_LINES`` lines of text, those that may be a title with an
    artefact: not too long, not ending like a sentence, and with the mark each rule
    starts from (the cheapest tests first: most are a headline with no mark, or the
    first paragraph)."""
    # The lines the loop below reads, however many empty lines stand between them.
    head = islice(filter(None, lines), TITLE_LINES)
    if _SENTENCE_END_CHARS.issuperset(map(_last_character, head)):
        return _NO_TITLE_LINES  # every first line ends like a sentence (found in C)
    repeats: list[int] = []
    dates: list[int] = []
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > TITLE_LINES:
            break
        if line[-1].isspace():
            line = line.rstrip()
            if not line:
                continue
        if len(line) > MAX_GLUED_TITLE_LINE or line[-1] in _SENTENCE_END_CHARS:
            continue
        if len(line) >= 2 * MIN_GLUED_REPEAT_CHARS and line.count(line[-_REPEAT_PROBE:]) > 1:
            repeats.append(index)
        if (
            (line[-1].isdigit() or ":" in line[-_TIME_REACH:])
            and _holds_date_joint(line[-_DATE_REACH:])
            and _GLUED_DATE.search(line, max(0, len(line) - _DATE_REACH - 12))
        ):
            dates.append(index)
    if not repeats and not dates:
        return _NO_TITLE_LINES
    return _TitleLines(repeats, dates)


_NO_TITLE_LINES = _TitleLines([], [])
_last_character = itemgetter(-1)
#: A page's title and byline come first: NL905 and NL906 look at the first this many
#: lines of text.
TITLE_LINES = 6
#: A repeated title has at least this many characters: its last ones occur twice.
_REPEAT_PROBE = 10
#: A time a glued date ends with ("…, 9:28 AM UTC") has its colon this near the end,
#: and the month of the date is this near.
_TIME_REACH = 16
_DATE_REACH = 48
_DATE_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
               "Updated", "Published", "Posted", "Last")


def _holds_date_joint(tail: str) -> bool:
    """Whether ``tail`` holds a month's name (or "Updated") glued to the character
    before it, or after a day glued to a letter ("Save19 November"): ``_GLUED_DATE``'s
    joint, found with ``str.find`` before the pattern is asked."""
    for stem in _DATE_STEMS:
        at = tail.find(stem, 1)
        while at > 0:
            if tail[at - 1] != " ":
                return True
            day = at - 1
            while day > 0 and tail[day - 1].isdigit():
                day -= 1
            if 0 < day < at - 1 and not tail[day - 1].isspace():
                return True
            at = tail.find(stem, at + 1)
    return False


def _glued_repeat(line: str) -> tuple[int, int, int] | None:
    """``(glue start, second copy start, end)`` when ``line`` (stripped) ends in a text
    that also ends the text just before it, glued with no space or one space: a title
    followed by the same title. The repeated text starts a word (after the start of the
    line or a short section label), opens with a capital or a digit, and is long
    enough (see ``MIN_GLUED_REPEAT_WORDS``)."""
    n = len(line)
    words = line.split()
    if len(words) < 2 * MIN_GLUED_REPEAT_WORDS - 1:
        return None
    last = words[-1]
    # Where the first copy may end: after an earlier occurrence of the line's last
    # word (glued to the next copy's first word, so found inside a word too).
    at = line.rfind(last, 0, n - len(last))
    while at >= 0:
        end_first = at + len(last)
        for glue in ("", " "):
            second = end_first + len(glue)
            size = n - second
            if size < 1 or line[end_first:second] != glue:
                continue
            first = end_first - size
            if first < 0 or line[first:end_first] != line[second:]:
                continue
            repeat_text = line[second:]
            if not (repeat_text[0].isupper() or repeat_text[0].isdigit()):
                continue
            if first and line[first - 1].isalnum():
                continue  # the first copy does not start a word
            count_words = len(repeat_text.split())
            if glue:
                if count_words < MIN_SPACED_REPEAT_WORDS or size < MIN_SPACED_REPEAT_CHARS:
                    continue
            elif count_words < MIN_GLUED_REPEAT_WORDS or size < MIN_GLUED_REPEAT_CHARS:
                continue
            if len(line[:first].split()) > MAX_TITLE_PREFIX_WORDS:
                continue
            return end_first, second, n
        at = line.rfind(last, 0, at)
    return None


class GluedRepeatedTitle(Rule):
    """## What it does
    Finds a line that ends with the same text twice in a row, glued with no space or
    with one space, as in ``Opinion | Ministers Are Racing to NowhereMinisters Are
    Racing to Nowhere``: the extractor joined the page's title and its ``<h1>``
    heading, which repeat each other. A section label may stand before the first copy.

    ## Why is this bad?
    The reader sees the headline twice on one line, and the glued joint
    ("NowhereMinisters") makes a word that does not exist, which breaks search and
    every word count.

    ## Example
    ```text
    Bus fares rise 10 percent in MarchBus fares rise 10 percent in March

    The city's transport board approved the increase on Monday.
    ```

    ## Use instead
    ```text
    Bus fares rise 10 percent in March

    The city's transport board approved the increase on Monday.
    ```

    ## Fix safety
    Safe: the second copy (and the space before it) is deleted, and it is reported only
    when the two copies are identical, so no text is lost. Only a short line (at most
    300 characters) among the first six lines of text (where a page's title is) that
    does not end like a sentence counts, the repeated text opens
    with a capital or a digit and starts a word, and at most six words stand before it.
    A short phrase said twice is language, not a glued title: the repeat needs three
    words and 15 characters when glued with no space, four words and 20 characters
    when set after a space ("very very", "Bora Bora", "no, no, no" and a chorus line
    are left alone).
    """

    code = "NL905"
    name = "glued-repeated-title"
    category = Category.STRUCTURE
    summary = "Title repeated glued to itself"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_structure_problem)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        indexes = _raw_lines(document).title_lines.repeats
        lines = plain_lines(document)
        for index in indexes:
            raw = lines[index]
            text = raw.strip()
            found = _glued_repeat(text)
            if found is None:
                continue
            offset = document.line_starts[index] + len(raw) - len(raw.lstrip())
            glue_start, start, end = (offset + value for value in found)
            fix = Fix.safe("Delete the second copy", Edit(glue_start, end))
            yield self.diagnostic(
                document, start, end,
                message=f"Title repeated glued to itself: {document.text[start:end]!r}", fix=fix,
            )


# -- NL906 ---------------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_TIME = r"(?:(?:,?\s+(?:at\s+)?|\s*[•|·]\s*)\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
# A date (with its time, maybe after "Updated:") glued to the end of a line's text: a
# lowercase letter, or the end of a title ("?", "!"), then the date with no space.
_GLUED_DATE = patterns.compile(
    rf"(?<=[\p{{Ll}}?!])(?P<date>(?:(?:Updated|Published|Posted|Last\s+updated)(?::\s*|\s+(?:on\s+)?))?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}){_TIME})\s*\Z"
)


class TitleGluedToDate(Rule):
    """## What it does
    Finds a line whose text runs into a date with no space, as in ``Meal Prep for a
    Busy WeekNovember 12, 2018``, ``Morning BriefingNov. 20, 2019, 9:28 AM UTC`` or
    ``Harbour Works BeginUpdated: Oct. 2, 2019``: the
    extractor joined a title (or a label) and the byline's date.

    ## Why is this bad?
    The title and the date are two pieces of the page, not one line of text, and the
    joint ("WeekNovember") makes a word that does not exist.

    ## Example
    ```text
    Meal Prep for a Busy WeekNovember 12, 2018
    ```

    ## Use instead
    ```text
    Meal Prep for a Busy Week
    November 12, 2018
    ```

    ## Fix safety
    Unsafe: a line break is put between the text and the date, which keeps every
    character; whether the date belongs in the article at all is not decided. The
    date must be a whole one (a month name, a day and a four-digit year, maybe a time)
    and end the line, glued to a lowercase letter or to the "?" or "!" ending a title,
    on a short line among the first six lines of text (where the title and the byline
    are).
    """

    code = "NL906"
    name = "title-glued-to-date"
    category = Category.STRUCTURE
    summary = "Title glued to a date"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_structure_problem)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        indexes = _raw_lines(document).title_lines.dates
        lines = plain_lines(document)
        for index in indexes:
            line = lines[index]
            match = _GLUED_DATE.search(line, max(0, len(line) - _DATE_REACH - 12))
            if match is None:
                continue
            offset = document.line_starts[index]
            start, end = offset + match.start("date"), offset + match.end("date")
            fix = Fix.unsafe("Put the date on a line of its own", Edit(start, start, "\n"))
            yield self.diagnostic(document, start, end, message=f"Title glued to a date: {match['date']!r}", fix=fix)


RULES = [
    DuplicateParagraph, TruncationMarker, TruncatedParagraph, NearEmptyArticle, GluedRepeatedTitle, TitleGluedToDate,
    NearDuplicateParagraph,
]
