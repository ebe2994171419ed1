"""Text facts several rule families share: is this English prose, where are the quotes.

Rules written for English must stay silent on other languages rather than misfire, so
families ask ``is_english(document)`` before applying English-only patterns.
"""

from __future__ import annotations

import regex

from newslint import Document

# The most frequent English function words: a closed class, for rules that judge
# whether one line reads as English (a caption on a Portuguese page, say).
ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a in is that for it as was with be by on not he she they his her
    are this at from or an but have has had were which their its been said also who
    will would there more than after when into about over we our you your i""".split()
)

_QUOTED = regex.compile(r"“[^“”]*”|\"[^\"\n]*\"|«[^«»]*»|„[^„“”]*[“”]")


# The most frequent English function words, padded so that counting them in a
# space-joined sample counts whole words.
_COMMON_ENGLISH = tuple(f" {w} " for w in """the of and to in is that for was with on as it he said are by at
    from has""".split())


def english_share(text: str, sample: int = 2500) -> float:
    """Share of the words in the first ``sample`` characters that are the commonest English
    function words. English prose runs at 0.15-0.30; German, Italian, Portuguese and
    Indonesian pages stay under 0.04, other scripts at 0."""
    tokens = text[:sample].lower().split()
    if not tokens:
        return 0.0
    joined = " " + " ".join(tokens) + " "
    return sum(joined.count(word) for word in _COMMON_ENGLISH) / len(tokens)


def _is_english(document: Document) -> bool:
    # Counting with str.count keeps this in C: it runs once per document, for every rule
    # family that needs it, so it must cost far less than the rules themselves.
    return english_share(document.text) >= 0.07


def is_english(document: Document) -> bool:
    """Whether the document reads as English prose (computed once per document)."""
    return document.memo("text.is_english", _is_english)


def quoted_spans(document: Document) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation in the document, quote marks included."""
    return document.memo("text.quoted_spans", lambda d: [m.span() for m in _QUOTED.finditer(d.text)])


def inside_quote(document: Document, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in quoted_spans(document))
