"""Photo credits the shape grammar of ``_credit_shapes`` leaves to layout (NL210-NL219).

The credit rules (NL201-NL205) read a credit's words: names, agencies, outlets. The
rules here read where a credit stands and what labels it:

* NL210 a picture label ("Photo:", "Foto:", "Фото:") and a short source after it, in
  any language, whatever the source's words ("Фото: личный архив автора");
* NL211 the same label alone on its line, its source on the next line;
* NL212 a short name line that closes a two-line paragraph under a caption
  sentence: the picture's source, in pages whose extractor keeps one line per block;
* NL213 a story's source line: a source label and a short source ("SOURCE: News
  agencies", "Fonte: Agência Brasil"), or a wire phrase alone on its line ("Detroit
  News wire services", "Staff and agencies");
* NL214 (preview) a private archive named alone on its line as a picture's source
  ("личный архив Name", "arquivo pessoal").

Lines the credit grammar already reports (``credit_scan``) are left to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import groupby

import regex

from newslint import Applicability, Category, Diagnostic, Document, FixAvailability, Line, Rule, patterns

from ._credit_gate import _SOURCE_FIRST, PICTURE_WORD, label_candidates, may_close_two_line_paragraph, may_hold_credit, may_name_an_archive
from ._credit_shapes import _find_agency, _is_outlet, credit_candidates, credit_scan, source_sections
from ._text import data_lines, is_english, plain_lines

SAFE, UNSAFE = Applicability.SAFE, Applicability.UNSAFE



@lru_cache(maxsize=1)
def _label_pattern() -> patterns.BoundedPattern:
    """A picture label at the start of a line, then its colon: group ``value`` is what
    follows the colon (maybe nothing)."""
    labels = sorted((n for n in data_lines("credit_labels.txt") if PICTURE_WORD.search(n)), key=len, reverse=True)
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
    more read see share next previous related advertisement yes no not there here""".split()
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


# -- NL213: a story's source line ----------------------------------------------------------------


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\h+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _source_patterns() -> tuple[patterns.BoundedPattern, patterns.BoundedPattern]:
    """(a source label and what follows its colon, a wire line)."""
    sections = source_sections()
    label = patterns.compile(
        rf"[^\S\n]*[(\[]?[^\S\n]*(?i:{_alternation(sections['label'])})[^\S\n]*[:：][^\S\n]*"
        r"(?P<value>[^\n]*?)[)\]]?[^\S\n]*"
    )
    # "Detroit News wire services", "News agencies", "Staff and agencies", "Com agências"
    outlet = r"(?:\p{Lu}[\p{L}\p{N}'’.&-]*\h+){1,4}"
    wire = patterns.compile(
        r"[^\S\n]*[(\[]?(?:[-–—]\h*)?(?:"
        rf"(?:(?i:{_alternation(sections['connector'])})\h+)?(?:{outlet})?(?i:{_alternation(sections['wire'])})"
        rf"|(?i:{_alternation(sections['connector'])})\h+(?i:{_alternation(sections['agencies'])})"
        r")\.?[)\]]?[^\S\n]*"
    )
    return label, wire


#: A comma before a lower-case word: a clause, not a list of sources ("Reuters, AFP").
_COMMA_LOWER = patterns.compile(r",\h*\p{Ll}")
_URL = patterns.compile(r"(?i)://|www\.|\.(?:com|org|net)\b")
#: The hour a table's figures were read, after the source's name: no wire's attribution.
_DATA_HOUR = patterns.compile(r",\h*(?:as\h+(?:of|at)\h+)?\p{N}{1,2}(?:[.:]\p{N}{2})?\h*(?:[ap]\.?m\.?\h*)?(?:UTC|GMT|BST|CET|ET|EST|EDT)$")


def _source_value(value: str, wire: patterns.BoundedPattern) -> bool:
    """Whether the text after a source label names a source: a few words without a
    sentence break, opening with a capital or a digit (or a known source in lower case,
    "dpa", "news agencies"), no link, and no full stop after prose."""
    if not _source(value) or _URL.search(value):
        return False
    known = _find_agency(value) is not None or _is_outlet(value) or wire.fullmatch(value) is not None
    if value[-1:] in ".!?" and not known:
        return False  # "Source: I cannot say more than that."
    if _DATA_HOUR.search(value):
        return False  # a data box's source and the hour it was read ("CoinMarketCap, 9am UTC")
    if not known:
        # a speaker's answer after a label ("Source: Yes, absolutely", "Source: We
        # never knew"), not "The Harbour Courier"
        words = value.split()
        first = words[0].strip(",").casefold()
        if first == "the":
            if len(words) < 2 or not words[1][:1].isupper():
                return False
        elif first in _NOT_SOURCE or _COMMA_LOWER.search(value):
            return False
    return value[:1].isupper() or value[:1].isdigit() or known


def _source_first(text: str) -> bool:
    return text.lstrip(" \t\u00a0([")[:1] in _SOURCE_FIRST


def _source_lines(document: Document) -> list[Line]:
    """The lines that are a story's source: a label and its value, a bare label over a
    known source, and wire lines. (Read from the plain lines: most documents have no
    such line, and building every ``Line`` would cost more than the search.)"""
    labels = [i for i in label_candidates(document) if _source_first(plain_lines(document)[i])]
    wires = [(i, c) for i, c in credit_candidates(document) if c.wire]
    if not labels and not wires:
        return []  # (most documents the family's gate lets through)
    label, wire = _source_patterns()
    texts = plain_lines(document)
    taken = credit_scan(document).lines
    found: set[int] = set()
    for index in labels:
        if index in taken:
            continue
        match = label.fullmatch(texts[index])
        if match is None:
            continue
        value = match["value"].strip()
        if value:
            if _source_value(value, wire):
                found.add(index)
            continue
        # "SOURCE:" alone, its source on the next line: both go, when the source is a
        # known agency or outlet or a wire phrase ("News agencies").
        after = next((i for i in range(index + 1, min(index + 3, len(texts))) if texts[i].strip()), None)
        if after is None or after in taken:
            continue
        source = texts[after].strip()
        if len(source.split()) <= 6 and (
            wire.fullmatch(source) is not None or _find_agency(source) is not None or _is_outlet(source)
        ) and _source(source):
            found.update((index, after))
    for index, candidate in wires:
        if index not in taken and index not in found and wire.fullmatch(candidate.text):
            found.add(index)
    return [document.line(index) for index in sorted(found)]


class SourceLine(_Rule):
    """## What it does
    Finds a line that names where the story came from, left at its end or under its
    headline: a source label and a short source ("SOURCE: News agencies", "Source: Al
    Jazeera", "Fonte: Agência Brasil", "Quelle: dpa", "Источник: ТАСС"), a bare label
    over a known source on the next line, or a wire phrase alone on its line ("Detroit
    News wire services", "News agencies", "Staff and agencies", "Com agências").

    ## Why is this bad?
    The line belongs to the page's furniture (the attribution box of a wire story), not
    to the article; in the text it is a stray fragment.

    ## Example
    ```text
    More than 2,000 civilians were killed in the fighting this year, the mission said.

    SOURCE: News agencies
    ```

    ## Use instead
    ```text
    More than 2,000 civilians were killed in the fighting this year, the mission said.
    ```

    ## Fix safety
    Safe: the line must be a source label (a closed list in seven languages) and at
    most twelve words without a sentence break, opening with a capital or naming a known
    source, or a wire phrase from a closed list (``rules/credit_sources.txt``) with at
    most an outlet's capitalised name before it. A label followed by a sentence
    ("Source: the ministry said it would ...") is left alone.
    """

    code = "NL213"
    name = "source-line"
    summary = "A story's source line (SOURCE: News agencies / wire services)"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for line in document.memo("credit_more.sources", _source_lines):
            yield self.report_lines(document, line, fix_message="Delete the source line")


# -- NL214: a private archive as a picture's source -----------------------------------------------


@lru_cache(maxsize=1)
def _archive_pattern() -> patterns.BoundedPattern:
    sections = source_sections()
    # whose archive: a name of one to four capitalised words ("Марии Алтынбаевой",
    # "de Ana Souza") or a lower-case owner ("автора", "da família")
    particle = r"(?:of|de|do|da|dos|das|di|del|della|la|van|von|der|des|du)"
    name = (
        rf"(?:{particle}\h+)?\p{{Lu}}[\p{{L}}'’.-]*"
        rf"(?:\h+(?:{particle}\h+){{0,2}}\p{{Lu}}[\p{{L}}'’.-]*){{0,3}}"
    )
    return patterns.compile(
        r"[^\S\n]*[(\[]?[^\S\n]*"
        rf"(?i:{_alternation(sections['archive'])})"
        rf"(?:\h+(?:{name}|(?i:{_alternation(sections['owner'])})))?"
        r"[)\]]?[^\S\n]*"
    )


def _archive_lines(document: Document) -> list[Line]:
    pattern = _archive_pattern()
    taken = credit_scan(document).lines
    return [
        line
        for line in document.lines
        if not line.is_blank and len(line.text) <= 100 and line.index not in taken and pattern.fullmatch(line.text)
    ]


class ArchiveCredit(_Rule):
    """## What it does
    Finds a line that is nothing but a private archive named as a picture's source,
    without a label: "личный архив Name" (the personal archive of a named person),
    "arquivo pessoal", "archivio di famiglia", "Privatarchiv", "family archive".

    ## Why is this bad?
    It is the credit of a portrait the extractor dropped (the label "Photo:" often
    went to a line of its own, or was lost); between paragraphs it reads as a fragment.

    ## Example
    ```text
    She moved to the city in 2015 and opened her first studio a year later.

    personal archive of Lena Marsh

    Today she teaches three classes a week.
    ```

    ## Use instead
    ```text
    She moved to the city in 2015 and opened her first studio a year later.

    Today she teaches three classes a week.
    ```

    ## Fix safety
    Safe: the whole line must be an archive phrase from a closed list
    (``rules/credit_sources.txt``, seven languages) and at most a name of four
    capitalised words or an owner word after it, so no prose goes with it.

    This rule is a preview (off by default): human-edited article bodies sometimes keep
    such credits under each portrait of a profile, and the rule cannot tell those from a
    scraper's leftovers.
    """

    code = "NL214"
    name = "archive-credit"
    summary = "Photo credit: a private archive named as a picture's source"
    preview = True
    gate = staticmethod(may_name_an_archive)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for line in document.memo("credit_more.archives", _archive_lines):
            yield self.report_lines(document, line, fix_message="Delete the credit line")


RULES = [PictureLabelCredit, SplitLabelCredit, SourceUnderCaption, SourceLine, ArchiveCredit]
