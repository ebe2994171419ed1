"""Which lines the boilerplate family (NL1xx) has to look at, found with cheap tests.

Chrome is a whole short line ("Share on Facebook"), or a notice line of a few
sentences holding a tell-tale word ("cookie", "newsletter"), or a thread of comment
headers ("fan1987 says:"). Most documents are paragraphs of prose with none of these,
and on them the family must cost a few string operations, not a pass per rule. This
module lists, once per document, the lines the classifier (``boilerplate._classify``)
must try; when it lists none, the family's gate rules the document out.

Every list is a superset of the lines the classifier tried before it had this module,
and the classifier applies to each line the same tests as before: the findings are the
same, only the lines that could not match are no longer tried.

Tests on words are made on the lowercased text, in UTF-8 (``bytes.lower`` lowercases
ASCII letters in one C pass, and a substring test on bytes is as fast as on ``str``).
That is exact for ASCII words unless the text holds one of the three characters that
lowercase to, or match case-insensitively, an ASCII letter (``_CASE_SPECIALS``): such a
text takes the slow, line-by-line path.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import accumulate

from newslint import Document, Line

from . import _boilerplate_patterns as P
from ._layout import short_lines
from ._text import plain_lines, utf8

#: "İ" lowercases to "i" and a combining dot, the Kelvin sign "K" to "k", and the long
#: "ſ" matches "s" in a case-insensitive pattern: with one of them in the text, the
#: ASCII-lowercased bytes would miss a word that ``str.lower`` or a pattern would find.
_CASE_SPECIALS = ("\u0130", "\u212a", "\u017f")


def _case_safe(document: Document) -> bool:
    text = document.text
    return text.isascii() or not any(char in text for char in _CASE_SPECIALS)


def case_safe(document: Document) -> bool:
    """Whether the ASCII-lowercased UTF-8 text finds every ASCII word that
    ``text.lower()`` finds (no character of ``_CASE_SPECIALS`` in the text)."""
    return document.memo("boilerplate.case_safe", _case_safe)


def _lowered_bytes(document: Document) -> bytes:
    return utf8(document).lower()


def lowered_bytes(document: Document) -> bytes:
    """The text in UTF-8 with its ASCII letters lowercased (see ``case_safe``)."""
    return document.memo("boilerplate.lowered_bytes", _lowered_bytes)


def _has_cr(document: Document) -> bool:
    return "\r" in document.text


def has_cr(document: Document) -> bool:
    """Whether the text uses "\\r" in its line breaks: its lines are then ``Document``'s,
    not the pieces between "\\n", and the byte-level searches do not apply."""
    return document.memo("boilerplate.has_cr", _has_cr)


def _line_starts(document: Document) -> list[int]:
    if has_cr(document):
        return [line.start for line in document.lines]
    # Each line starts one past the end of the one before: running sums of len + 1.
    starts = list(accumulate(map((1).__add__, map(len, plain_lines(document))), initial=0))
    starts.pop()
    return starts


def line_start(document: Document, index: int) -> int:
    """Where line ``index`` starts in the text."""
    return document.memo("boilerplate.line_starts", _line_starts)[index]


def line(document: Document, index: int) -> Line:
    """``document.lines[index]``, built alone: a document has few lines to report, and
    building all its lines costs more than finding each of them."""
    return document.line_at(line_start(document, index))


# -- labels: short lines filed under their first word ----------------------------------------


def _label_candidates(document: Document) -> list[tuple[int, str]]:
    keys = P.label_keys()
    if has_cr(document):
        # "\r" breaks lines for Document but not for ``SHORT_LINE``, which reads a line
        # as the text between two "\n": keep its exact reading of such a text.
        lowered = document.text.lower()
        if len(lowered) != len(document.text):
            lowered = None
        found = []
        for match in P.short_lines(document.text if lowered is None else lowered):
            word = match.group(1) or "#"
            if lowered is None:
                word = word.lower()
            if word in keys:
                found.append((document.line_at(match.start()).index, word))
        return found
    # ``SHORT_LINE`` wants at most ``MAX_LABEL`` characters after the indentation; a
    # line that is longer once stripped of all its whitespace is longer still then.
    plain = plain_lines(document)
    alone = P.SHORT_LINE_ALONE.match
    longest = P.MAX_LABEL
    found = []
    for index, stripped in short_lines(document):
        if len(stripped) > longest:
            continue
        text = plain[index]
        if len(text) <= longest and text[:1].isalpha():
            # The common case, without the regex: a line that starts with its first
            # word, which runs to the first space. (Every letter of ``str.isalpha`` is
            # one of ``\p{L}``, so the pattern would read the same word.)
            word = text.partition(" ")[0]
            if word.isalpha():
                word = word.lower()
                if word in keys:
                    found.append((index, word))
                continue
        lowered = text.lower()
        if len(lowered) == len(text):
            match = alone(lowered)
            word = None if match is None else match.group(1) or "#"
        else:
            # "İ" lengthens the text when lowercased: read the line as it is, lowercase
            # the word alone (lowercasing keeps every other character's category).
            match = alone(text)
            word = None if match is None else (match.group(1) or "#").lower()
        if word in keys:
            found.append((index, word))
    return found


def label_candidates(document: Document) -> list[tuple[int, str]]:
    """``(line index, first word)`` of each line that ``SHORT_LINE`` reads as short and
    whose first word (or "#" for a digit) is one of ``label_keys``, in order: the only
    lines the label tables can say anything about."""
    return document.memo("boilerplate.label_candidates", _label_candidates)


def short_lines_holding(document: Document, word: str) -> list[int]:
    """Indices of the lines of at most ``MAX_LABEL`` characters (stripped) that hold
    ``word`` (lowercase) once lowercased."""
    if word.lower() == word.upper():  # "]", "@": no case to fold
        if word not in document.text:
            return []
        return [index for index, stripped in short_lines(document) if len(stripped) <= P.MAX_LABEL and word in stripped]
    if case_safe(document) and word.isascii() and word.encode() not in lowered_bytes(document):
        return []
    return [
        index for index, stripped in short_lines(document)
        if len(stripped) <= P.MAX_LABEL and word in stripped.lower()
    ]


# -- notices: lines holding a keyword -----------------------------------------------------------


def notice_candidates(document: Document, shapes: tuple[tuple[tuple[str, ...], int], ...]) -> list[list[int]]:
    """For each notice shape ``(keywords, longest)``, the indices of the lines of at most
    ``longest`` characters (stripped) that hold one of the keywords (lowercase, without
    a line break) once lowercased, in order, leaving out lines that report speech
    (" said "), which the classifier never takes for a notice (``_REPORTED``); or an
    empty list when no shape has a line. Always called with the same shapes (the
    classifier's)."""
    return document.memo("boilerplate.notice_candidates", lambda d: _notice_candidates(d, shapes))


#: A line holding this (lowercased) reports speech: ``boilerplate._REPORTED`` finds
#: "said" between two spaces, and a notice is never such a line.
_REPORTS_SPEECH = b" said "


@lru_cache(maxsize=4)
def _keywords(shapes) -> tuple[tuple[str, bytes, int], ...]:
    """Every keyword of the shapes, once: ``(keyword, UTF-8 keyword, the longest line a
    notice holding it may be)``."""
    reach: dict[str, int] = {}
    for keywords, longest in shapes:
        for keyword in keywords:
            reach[keyword] = max(reach.get(keyword, 0), longest)
    return tuple((keyword, keyword.encode(), longest) for keyword, longest in reach.items())


def _notice_candidates(document: Document, shapes) -> list[list[int]]:
    plain = plain_lines(document)
    if has_cr(document) or not case_safe(document):
        # The exact reading, one line at a time.
        return [
            [
                index for index, text in enumerate(plain)
                if len(text.strip()) <= longest and any(keyword in text.lower() for keyword in keywords)
            ]
            for keywords, longest in shapes
        ]
    # One substring test per keyword, on the text without the lines that report speech
    # (in news, most lines of prose): on most documents that is all.
    lowered = lowered_bytes(document)
    unreported = _without_reported_lines(lowered)
    present = [entry for entry in _keywords(shapes) if entry[1] in unreported]
    if not present:
        return _NO_NOTICES
    pieces = lowered.split(b"\n")
    hits: dict[str, list[int]] = {}
    for keyword, needle, longest in present:
        lines = []
        position = lowered.find(needle)
        row = counted = 0  # ``row`` line breaks come before offset ``counted``
        while position != -1:
            row += lowered.count(b"\n", counted, position)
            counted = position
            if len(plain[row].strip()) <= longest and _REPORTS_SPEECH not in pieces[row]:
                lines.append(row)
            # Go on from the next line: this one is listed (or left out) already.
            end = lowered.find(b"\n", position)
            if end == -1:
                break
            position = lowered.find(needle, end + 1)
        if lines:
            hits[keyword] = lines
    if not hits:
        return _NO_NOTICES
    return [
        sorted({index for keyword in keywords for index in hits.get(keyword, ()) if len(plain[index].strip()) <= longest})
        for keywords, longest in shapes
    ]


def _without_reported_lines(lowered: bytes) -> bytes:
    """``lowered`` without the lines holding ``_REPORTS_SPEECH`` (their line breaks
    kept, so that no word is made of two lines)."""
    position = lowered.find(_REPORTS_SPEECH)
    if position == -1:
        return lowered
    parts = []
    start = 0
    while position != -1:
        parts.append(lowered[start : lowered.rfind(b"\n", 0, position) + 1])
        start = lowered.find(b"\n", position)
        if start == -1:
            start = len(lowered)
            break
        position = lowered.find(_REPORTS_SPEECH, start)
    parts.append(lowered[start:])
    return b"".join(parts)


#: No candidate line for any notice (shared: the classifier only reads it).
_NO_NOTICES: list[list[int]] = []  # noqa: RUF012


# -- readers' comments: header lines ---------------------------------------------------------------


def _may_hold_comment_thread(document: Document) -> bool:
    if case_safe(document):
        lowered = lowered_bytes(document)
        return b"says:" in lowered or b"votes" in lowered
    lowered = document.text.lower()
    return len(lowered) != len(document.text) or "says:" in lowered or "votes" in lowered


def comment_header_candidates(document: Document) -> list[int] | None:
    """Indices of the lines that may be a reader comment's header (they hold "says:" or
    "rating:"), or None when the classifier does not look for a comment thread (the
    text holds neither "says:" nor "votes")."""
    return document.memo("boilerplate.comment_headers", _comment_header_candidates)


def _comment_header_candidates(document: Document) -> list[int] | None:
    # A cheap bound first: three headers hold three colons.
    if document.text.count(":") < 3 or not _may_hold_comment_thread(document):
        return None
    plain = plain_lines(document)
    if not case_safe(document):
        return list(range(len(plain)))
    found = []
    for index, text in enumerate(plain):
        if ":" in text:
            lowered = text.lower()
            if "says:" in lowered or "rating:" in lowered:
                found.append(index)
    return found


# -- every candidate ------------------------------------------------------------------------------


def any_label_or_thread(document: Document) -> bool:
    """Whether the classifier has a short line to try (filed under its first word, or
    holding a word of the contained labels) or three comment headers."""
    if label_candidates(document):
        return True
    if any(short_lines_holding(document, word) for _, word in P.label_table()[1]):
        return True
    headers = comment_header_candidates(document)
    return headers is not None and len(headers) >= 3
