"""Punctuation artefacts (NL5xx)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint import Category, Diagnostic, Document, Edit, Fix, FixAvailability, Rule

_STACKED = regex.compile(r"(?P<first>[.!?,;:])(?P<gap>[ \t]*)(?P<second>[.,;:])")


def _is_duplicate(text: str, match: regex.Match) -> bool:
    first, gap, second = match["first"], match["gap"], match["second"]
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end() :].lstrip(" \t")[:1]
    if first == "." and before in (".", "…"):
        return False  # the tail of an ellipsis followed by a mark: "so..., then"
    if second == "." and after in (".", "…"):
        return False  # the head of an ellipsis, spaced or not: ". . ." or "?..."
    if first == "." and second == "," and not gap:
        return False  # an abbreviation before a comma: "Inc., the company"
    if first == second == "." and not gap and before.isdigit() and after.isdigit():
        return False  # a range: "1..10"
    if first == second == ":" and not gap and after and not text[match.end()].isspace():
        return False  # "std::vector", "::1"
    return True


class DuplicatedPunctuation(Rule):
    """## What it does
    Finds a sentence mark followed by a second one, as in ``level. .``, ``said,,``,
    ``again?.`` or ``note;;``: the debris of a sentence that was cut and rejoined.

    ## Why is this bad?
    Extraction that splices text nodes, or translation that re-punctuates a sentence,
    leaves doubled marks that no editor would write. They break sentence splitting and
    are an obvious sign of unclean text.

    ## Example
    ```text
    They could cooperate, potentially on a military level. .
    ```

    ## Use instead
    ```text
    They could cooperate, potentially on a military level.
    ```

    ## Fix safety
    Safe: the fix keeps the first mark and deletes the second and the spaces before it.
    Ellipses (``...``, ``. . .``, ``…``), ranges (``1..10``), an abbreviation before a
    comma (``Inc.,``) and ``::`` inside a token are not flagged.
    """

    code = "NL501"
    name = "duplicated-punctuation"
    category = Category.PUNCTUATION
    summary = "Duplicated punctuation"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        for match in _STACKED.finditer(text):
            if not _is_duplicate(text, match):
                continue
            marks = match.group()
            fix = Fix.safe(f"Keep only {match['first']!r}", Edit(match.end("first"), match.end()))
            yield self.diagnostic(document, match.start(), match.end(), message=f"Duplicated punctuation {marks!r}", fix=fix)


RULES = [DuplicatedPunctuation]
