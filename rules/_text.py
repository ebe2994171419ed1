"""Text facts several rule families share: is this English prose, where are the quotes.

Rules written for English must stay silent on other languages rather than misfire, so
families ask ``is_english(document)`` before applying English-only patterns.
"""

from __future__ import annotations

from bisect import bisect_right

from itertools import islice
from operator import eq
from pathlib import Path

from newslint import Document, patterns

# The most frequent English function words: a closed class, for rules that judge
# whether one line reads as English (a caption on a Portuguese page, say).
ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a in is that for it as was with be by on not he she they his her
    are this at from or an but have has had were which their its been said also who
    will would there more than after when into about over we our you your i""".split()
)

#: The standard library's ``\w`` and ``\s``, as the inside of a character class, for
#: patterns that moved from ``re`` to ``regex`` (``newslint.patterns``): the ``regex``
#: module's own ``\w`` adds combining marks and leaves out "²" and "½", and its ``\s``
#: leaves out U+001C..U+001F, so ``[RE_WORD]`` and ``[RE_SPACE]`` keep what ``re`` matched
#: (exactly, for every character Python's Unicode database assigns).
RE_WORD = r"\p{L}\p{N}_"
RE_SPACE = r"\s\x1c-\x1f"

# (A quotation that runs over paragraphs opens each of them with a quote mark and closes
# only the last: "“These rioters ... acts.\n\n“Others ... ”" is one quotation.)
_QUOTED = patterns.compile(r"“(?:[^“”]|(?<=\n)“)*”|\"[^\"\n]*\"|«[^«»]*»|„[^„“”]*[“”]")


# The most frequent English function words, padded so that counting them in a
# space-joined sample counts whole words.
_COMMON_ENGLISH = tuple(f" {w} " for w in """the of and to in is that for was with on as it he said are by at
    from has""".split())


_COMMON_ENGLISH_WORDS = frozenset(word.strip() for word in _COMMON_ENGLISH)


def english_share(text: str, sample: int = 2500) -> float:
    """Share of the words in the first ``sample`` characters that are the commonest English
    function words. English prose runs at 0.15-0.30; German, Italian, Portuguese and
    Indonesian pages stay under 0.04, other scripts at 0."""
    tokens = text[:sample].lower().split()
    if not tokens:
        return 0.0
    if any(map(eq, tokens, islice(tokens, 1, None))):
        # The share is defined by counting " word " in the space-joined sample, where two
        # equal words in a row share a space and so count once ("the the"): rare, and
        # counted that way here.
        joined = " " + " ".join(tokens) + " "
        return sum(joined.count(word) for word in _COMMON_ENGLISH) / len(tokens)
    # Otherwise each occurrence is one token: counted in C, without the 20 scans.
    return sum(map(_COMMON_ENGLISH_WORDS.__contains__, tokens)) / len(tokens)


def _is_english(document: Document) -> bool:
    # Counting with str.count keeps this in C: it runs once per document, for every rule
    # family that needs it, so it must cost far less than the rules themselves.
    return english_share(document.text) >= 0.07


def is_english(document: Document) -> bool:
    """Whether the document reads as English prose (computed once per document)."""
    return document.memo("text.is_english", _is_english)


#: How far ``line_around`` reads each side of a position.
LINE_REACH = 200


def line_around(text: str, start: int, end: int, reach: int = LINE_REACH) -> tuple[str, str]:
    """The text of the line before ``start`` and after ``end`` (``text[start:end]`` lying
    on one line), each read no further than ``reach`` characters: a bound, so that a rule
    asking for many positions of one long line does not read the whole line each time."""
    before = text[max(0, start - reach) : start].rpartition("\n")[2]
    after = text[end : end + reach].partition("\n")[0]
    return before, after


class LazyEnglish:
    """``is_english(document)``, asked only when the object is tested for truth: a rule
    passes it down to the few places that need the language (most documents reach none)."""

    __slots__ = ("document",)

    def __init__(self, document: Document):
        self.document = document

    def __bool__(self) -> bool:
        return is_english(self.document)


def plain_lines(document: Document) -> list[str]:
    """The texts of the document's lines (as ``document.lines`` has them), computed once
    and shared: from ``str.split`` when the text only uses "\\n" (the common case, and
    much cheaper than building ``Line`` objects)."""
    return document.memo("text.plain_lines", _plain_lines)


def _plain_lines(document: Document) -> list[str]:
    text = document.text
    if "\r" in text:  # rare: let Document decide what a line is
        return [line.text for line in document.lines]
    return text.split("\n")


def spacing(document: Document) -> tuple[bool, bool]:
    """Whether the text holds two spaces in a row or a no-break space, and whether it
    holds a tab (computed once: the search for two spaces is a pass over the text, and
    the whitespace rules' gate and the structure rules' duplicate check both ask)."""
    return document.memo("text.spacing", _spacing)


def _spacing(document: Document) -> tuple[bool, bool]:
    text = document.text
    return "  " in text or "\u00a0" in text, "\t" in text


def utf8(document: Document) -> bytes:
    """The text in UTF-8 (lone surrogates kept as their three bytes), computed once:
    byte-level tests (``bytes.translate``, a byte's presence) are the cheapest way to
    ask about ASCII characters, which no other character's encoding contains."""
    return document.memo("text.utf8", _utf8)


def _utf8(document: Document) -> bytes:
    return document.text.encode("utf-8", "surrogatepass")


def data_lines(filename: str) -> list[str]:
    """The entries of one of the built-in rules' data files (next to this module): one
    a line, stripped, without blank lines and "#" comment lines."""
    text = Path(__file__).with_name(filename).read_text(encoding="utf-8")
    return [line for line in map(str.strip, text.splitlines()) if line and not line.startswith("#")]


def quoted_spans(document: Document) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation in the document, quote marks included."""
    return document.memo("text.quoted_spans", lambda d: [m.span() for m in _QUOTED.finditer(d.text)])


def inside_quote(document: Document, start: int, end: int) -> bool:
    """Whether ``document.text[start:end]`` lies inside one quotation of
    ``quoted_spans`` (found by bisection: the spans are in order and disjoint)."""
    spans = quoted_spans(document)
    at = bisect_right(spans, (start, len(document.text) + 1)) - 1
    return at >= 0 and end <= spans[at][1]
