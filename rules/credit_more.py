"""Photo credits the shape grammar of ``_credit_shapes`` leaves to layout (NL210-NL219).

The credit rules (NL201-NL205) read a credit's words: names, agencies, outlets. The
rules here read where a credit stands and what labels it:

* NL210 a picture label ("Photo:", "Foto:", "Фото:") and a short source after it, in
  any language, whatever the source's words ("Фото: личный архив автора");
* NL211 the same label alone on its line, its source on the next line;
* NL212 a short name line that closes a two-line paragraph under a caption
  sentence: the picture's source, in pages whose extractor keeps one line per block.

Lines the credit grammar already reports (``credit_scan``) are left to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import groupby

import regex

from newslint import Applicability, Category, Diagnostic, Document, FixAvailability, Line, Rule, patterns

from ._credit_gate import PICTURE_WORD, label_candidates, may_close_two_line_paragraph, may_hold_credit
from ._credit_shapes import _read_list, credit_scan
from ._text import is_english, plain_lines

SAFE, UNSAFE = Applicability.SAFE, Applicability.UNSAFE



@lru_cache(maxsize=1)
def _label_pattern() -> patterns.BoundedPattern:
    """A picture label at the start of a line, then its colon: group ``value`` is what
    follows the colon (maybe nothing)."""
    labels = sorted((n for n in _read_list("credit_labels.txt") if PICTURE_WORD.search(n)), key=len, reverse=True)
    alternation = "|".join(regex.escape(n).replace(r"\ ", r"\h+") for n in labels)
    return patterns.compile(
        rf"[^\S\n]*[(\[]?[^\S\n]*(?i:{alternation})[^\S\n]*[:：][^\S\n]*(?P<value>[^\n]*?)[)\]]?[^\S\n]*"
    )


#: The value of a credit: a few words, no sentence of prose.
_MAX_WORDS = 12
# (A full stop after a lone capital is an initial, "J. Silva", not a sentence's end.)
_SENTENCE_BREAK = patterns.compile(r"(?:(?<!(?:^|[^\p{L}])\p{Lu})\.|[!?…])[\"”’')\]]*\h+\p{Lu}|[!?]$")


def _source(value: str) -> bool:
    """Whether ``value`` reads as the source of a picture: one to twelve words, no
    sentence break, no full stop after a long phrase (that is a caption)."""
    words = value.split()
    if not 1 <= len(words) <= _MAX_WORDS or len(value) > 100:
        return False
    if _SENTENCE_BREAK.search(value):
        return False
    if value.endswith(".") and len(words) > 6:
        return False
    return value[-1:] not in ",;:"


def _labelled(document: Document) -> tuple[list[Line], list[tuple[Line, Line]]]:
    """(lines holding a label and its source, (bare label line, source line) pairs)."""
    candidates = label_candidates(document)
    if not candidates:
        return [], []
    pattern = _label_pattern()
    taken = credit_scan(document).lines
    lines = document.lines
    whole: list[Line] = []
    split: list[tuple[Line, Line]] = []
    for index in candidates:
        line = lines[index]
        if line.index in taken:
            continue
        label = pattern.fullmatch(line.text)
        if label is None:
            continue
        value = label["value"].strip()
        if value:
            if _source(value):
                whole.append(line)
            continue
        after = next((l for l in lines[line.index + 1 : line.index + 3] if not l.is_blank), None)
        if after is not None and after.index not in taken and _source(after.text.strip()) and len(after.text.split()) <= 8:
            if not after.text.strip().endswith("."):
                split.append((line, after))
    return whole, split


def _found(document: Document) -> tuple[list[Line], list[tuple[Line, Line]]]:
    return document.memo("credit_more.labelled", _labelled)


class _Rule(Rule):
    category = Category.CREDIT
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_credit)


class PictureLabelCredit(_Rule):
    """## What it does
    Finds a line that is a picture label and the picture's source, in any language and
    whatever words the source uses: "Photo: family archive", "Foto: arquivo pessoal",
    "Фото: личный архив автора", "Image: courtesy of the museum".

    ## Why is this bad?
    The label and its source belong to a picture the extractor dropped; left alone on a
    line they interrupt the story.

    ## Example
    ```text
    The bakery opened in 1998.

    Foto: arquivo pessoal

    It now employs twelve people.
    ```

    ## Use instead
    ```text
    The bakery opened in 1998.

    It now employs twelve people.
    ```

    ## Fix safety
    Safe: the line must start with a picture label (a closed list of words for
    "photo", "picture", "image" and "credit" in several languages) and a colon, and
    what follows must be a few words without a sentence break, so no prose goes with
    it. A label followed by a caption sentence is not reported.
    """

    code = "NL210"
    name = "picture-label-credit"
    summary = "Photo credit: a picture label and its source"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for line in _found(document)[0]:
            yield self.report_lines(document, line, fix_message="Delete the credit line")


class SplitLabelCredit(_Rule):
    """## What it does
    Finds a picture label alone on its line ("Photo:", "Foto:", "Фото:") with the
    picture's source on the next line ("Lena Marsh", "личный архив автора").

    ## Why is this bad?
    Some extractors break the credit in two at the label. Both lines belong to a picture
    that was dropped, and neither is part of the story.

    ## Example
    ```text
    The bakery opened in 1998.

    Photo:
    family archive

    It now employs twelve people.
    ```

    ## Use instead
    ```text
    The bakery opened in 1998.

    It now employs twelve people.
    ```

    ## Fix safety
    Safe: the first line is nothing but the label, and the second at most eight words
    with no sentence end, so both lines are the credit.

    This rule is a preview (off by default): human-edited article bodies sometimes keep
    such split credits as part of the text (a profile's "Photo:" / "family archive"
    under each portrait), and the rule cannot tell those from a scraper's leftovers.
    """

    code = "NL211"
    name = "split-label-credit"
    summary = "Photo credit split over two lines at its label"
    preview = True

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for label, source in _found(document)[1]:
            yield self.report_lines(document, label, source, fix_message="Delete the credit lines")


# -- NL212: a source line under a caption ------------------------------------------------------

#: A short source: one to five capitalised words (or an agency-like token), no sentence
#: punctuation: "NASA Worldview", "Oceanic Research Institute", "City Archives".
_SOURCE_LINE = patterns.compile(
    r"\p{Lu}[\p{L}\p{N}'’.&-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|the|and|for|de|du|van|von|y|&))*"
    r"(?:[^\S\n]*[/,][^\S\n]*\p{Lu}[\p{L}\p{N}'’.&-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{N}'’.&-]*)*)*"
)
_CAPTION_END = patterns.compile(r"[.!?][\"”’')]*$")
#: A sentence that is about the picture is long enough to be one.
_MIN_CAPTION_WORDS = 6
_MAX_SOURCE_WORDS = 5
#: Share of a document's text lines that must stand alone (a blank line after each) for
#: its two-line paragraphs to mean something.
_ONE_LINE_BLOCKS = 0.7
_NOT_SOURCE = frozenset(
    """the a an this that these those it he she they we i you his her their our my your
    more read see share next previous related advertisement""".split()
)


def _source_line(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= _MAX_SOURCE_WORDS or len(text) > 60:
        return False
    if words[0].lower() in _NOT_SOURCE or _SOURCE_LINE.fullmatch(text) is None:
        return False
    return True


def _captioned_sources(document: Document) -> list[tuple[Line, Line]]:
    """(caption, source) pairs: two-line paragraphs, a sentence over a short
    capitalised name, in a document that otherwise keeps one line per paragraph."""
    if not may_close_two_line_paragraph(document):
        return []
    # The document's shape first, from the number of lines of each paragraph, counted
    # over the plain lines (``document.paragraphs`` builds every line): at least four
    # paragraphs, at most one in four of two lines, most of one line.
    sizes = [len(list(run)) for filled, run in groupby(map(bool, map(str.strip, plain_lines(document)))) if filled]
    pairs = sizes.count(2)
    if len(sizes) < 4 or not pairs or pairs * 4 > len(sizes) or sizes.count(1) < _ONE_LINE_BLOCKS * len(sizes):
        return []
    if not is_english(document):
        return []
    pairs = [p for p in document.paragraphs if p.last_line == p.first_line + 1]
    lines = document.lines
    taken = credit_scan(document).lines
    found = []
    for paragraph in pairs:
        caption, source = lines[paragraph.first_line], lines[paragraph.last_line]
        if source.index in taken:
            continue
        top, bottom = caption.text.strip(), source.text.strip()
        if len(top.split()) < _MIN_CAPTION_WORDS or _CAPTION_END.search(top) is None:
            continue
        if _source_line(bottom):
            found.append((caption, source))
    return found


class SourceUnderCaption(_Rule):
    """## What it does
    Finds the source line of a picture kept under its caption: a paragraph of two lines,
    a sentence and then one to five capitalised words without punctuation ("Harbour
    Archive", "NASA Earth Observatory"), in a document whose other paragraphs are
    single lines.

    ## Why is this bad?
    The line names who supplied a picture the extractor dropped; it is not part of the
    story.

    ## Example
    ```text
    The storm reached the coast on Monday and tore the roofs from houses in three towns.

    Satellite images show the eye of the storm over the bay.
    Coastal Weather Service

    Ferries stayed in port for two days, and the schools were closed.

    The weather service said it was the strongest storm of the decade.
    ```

    ## Use instead
    ```text
    The storm reached the coast on Monday and tore the roofs from houses in three towns.

    Satellite images show the eye of the storm over the bay.

    Ferries stayed in port for two days, and the schools were closed.

    The weather service said it was the strongest storm of the decade.
    ```

    ## Fix safety
    Unsafe: the line is known as a credit by its place (closing a two-line paragraph
    under a sentence, where every other paragraph is one line) and its shape (a short
    run of capitalised words); a short line that ends a paragraph could, rarely, be a
    signature. Only English documents are checked, and only documents with at most one
    two-line paragraph in four.
    """

    code = "NL212"
    name = "source-under-caption"
    summary = "Photo credit: a picture's source under its caption"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for _, source in document.memo("credit_more.captioned", _captioned_sources):
            yield self.report_lines(document, source, applicability=UNSAFE, fix_message="Delete the source line")


RULES = [PictureLabelCredit, SplitLabelCredit, SourceUnderCaption]
