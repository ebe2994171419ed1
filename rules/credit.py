"""Photo and video credits (NL2xx)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import regex

from newslint import Category, Diagnostic, Document, FixAvailability, Rule


@lru_cache(maxsize=1)
def photo_agencies() -> frozenset[str]:
    """Casefolded names from ``photo_agencies.txt`` (a closed class, kept as data)."""
    path = Path(__file__).with_name("photo_agencies.txt")
    names = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(name.casefold() for name in names if name and not name.startswith("#"))


_PIPE = regex.compile(r"\s+\|\s+")
# A credit segment is a short run of name-like words: capitalised words (any script),
# initials ("J."), particles ("de", "van", "al-"), all-caps agencies ("AFP", "EPA-EFE").
_NAME_WORD = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.|(?:de|da|di|del|der|den|van|von|la|le|al|el|bin|ibn|y|du|dos|das|st\.?)|[\p{L}]*\+|via|for|/)",
)
_MAX_SEGMENT_WORDS = 6


def _is_name_like(segment: str) -> bool:
    words = segment.split()
    return 0 < len(words) <= _MAX_SEGMENT_WORDS and all(_NAME_WORD.fullmatch(word) for word in words)


class PipeSeparatedCredit(Rule):
    """## What it does
    Finds lines that are a photo credit in the pipe-separated form picture desks use:
    photographer, collection and agency, as in ``Sergey Alimov | Moment | Getty Images``.

    ## Why is this bad?
    The credit belongs to an image the scraper dropped. Left in the text it reads as a
    stray line of names between paragraphs, and it teaches models that articles contain
    agency names at random places.

    ## Example
    ```text
    The Kremlin said it has no intention of abandoning Iran.

    Sergey Alimov | Moment | Getty Images

    Iran is under pressure as its proxies are under heavy attack.
    ```

    ## Use instead
    ```text
    The Kremlin said it has no intention of abandoning Iran.

    Iran is under pressure as its proxies are under heavy attack.
    ```

    ## Fix safety
    Deleting the line is safe: the rule fires only when the whole line is two to four
    short name-like segments separated by `` | `` and the last one is a known photo
    agency or collection, so no prose is removed.
    """

    code = "NL201"
    name = "pipe-separated-credit"
    category = Category.CREDIT
    summary = "Photo credit line (photographer | collection | agency)"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        agencies = photo_agencies()
        for line in document.lines:
            text = line.text
            if "|" not in text:
                continue
            segments = _PIPE.split(text.strip())
            if not 2 <= len(segments) <= 4:
                continue
            if segments[-1].casefold() not in agencies:
                continue
            if all(_is_name_like(segment) for segment in segments):
                yield self.report_lines(document, line, fix_message="Delete the credit line")


RULES = [PipeSeparatedCredit]
