"""Text facts several rule families share: is this English prose, where are the quotes.

Rules written for English must stay silent on other languages rather than misfire, so
families ask ``is_english(document)`` before applying English-only patterns.
"""

from __future__ import annotations

import regex

from newslint import Document

# The most frequent English function words: closed class, enough to tell English prose
# from Portuguese, German, Italian, Russian, Korean or Japanese in a few hundred words.
ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a in is that for it as was with be by on not he she they his her
    are this at from or an but have has had were which their its been said also who
    will would there more than after when into about over we our you your i""".split()
)
_WORD = regex.compile(r"\p{L}+")
_LATIN_LETTER = regex.compile(r"[A-Za-z]")
_QUOTED = regex.compile(r"“[^“”]*”|\"[^\"\n]*\"|«[^«»]*»|„[^„“”]*[“”]")


def english_share(text: str, sample: int = 4000) -> float:
    """Share of the words in (a sample of) ``text`` that are English function words."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)


def _is_english(document: Document) -> bool:
    text = document.text
    if len(_LATIN_LETTER.findall(text[:2000])) < 0.5 * max(1, len(regex.findall(r"\p{L}", text[:2000]))):
        return False
    # English prose runs at 35-50% function words; other Latin-script languages share
    # few of these words ("a", "do", "in" and little else) and stay under 15%.
    return english_share(text) >= 0.2


def is_english(document: Document) -> bool:
    """Whether the document reads as English prose (computed once per document)."""
    return document.memo("text.is_english", _is_english)


def quoted_spans(document: Document) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation in the document, quote marks included."""
    return document.memo("text.quoted_spans", lambda d: [m.span() for m in _QUOTED.finditer(d.text)])


def inside_quote(document: Document, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in quoted_spans(document))
