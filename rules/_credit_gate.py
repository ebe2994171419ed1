"""The credit family's gate (NL201-NL205, NL210-NL212): one cheap test per document.

Most documents hold no credit, and their lines show it at once: prose lines end with a
full stop after a long sentence, or with a mark no credit ends with. The gate opens
only when one of the family's three kinds of evidence may be there:

* a line the credit grammar would parse (``credit_candidates``: NL201-NL205);
* a short line opening with a picture label and a colon (NL210, NL211);
* a short capitalised line closing a paragraph of two lines (NL212);
* a source label (NL213, found with the picture labels) or a line ending with a wire
  phrase (found with the credit candidates);
and NL214 (preview), which reads only documents holding an archive word, has a gate
of its own (``may_name_an_archive``): a run without it pays nothing for it.

The same tests start the rules' own work, so a rule never finds what its gate missed.
"""

from __future__ import annotations

from itertools import islice

from newslint import Document, patterns

from ._credit_shapes import credit_candidates
from ._layout import SHORT, label_lines, short_lines
from ._text import plain_lines

#: Words of a picture label (the credit labels of ``credit_labels.txt`` that name a
#: picture or its credit, not "Video", "File" or "Copyright").
PICTURE_WORD = patterns.compile(r"(?i)photo|pic|imag|immag|foto|фото|bild|credit|crédit|courtesy|источник|kuva|zdjęci|snímek|kép")
#: Words of a source label ("SOURCE:", "Fonte:", "Quelle:", "Источник:"; NL213), casefolded,
#: and their first letters.
_SOURCE_WORDS = ("source", "fonte", "fonti", "fuente", "quelle", "источник")
_SOURCE_FIRST = frozenset("SsFfQqИи")
#: First characters of a line that may open with a picture or source label (the cheap test).
_LABEL_FIRST = frozenset("PpIiFfФфBbCcИиSsQqKkZz([")


def label_candidates(document: Document) -> list[int]:
    """Indices of the short lines that open with a picture or source label and have a
    colon in their first 40 characters: the only lines NL210, NL211 and NL213 parse."""
    text = document.text
    if ":" not in text and "：" not in text:
        return []  # every label ends with a colon
    return document.memo("credit.label_candidates", _label_candidates)


def _label_candidates(document: Document) -> list[int]:
    text = document.text
    if "\r" in text or "：" in text:
        return [index for index, line in short_lines(document) if _may_open_with_label(line)]
    # Only the lines holding a colon can qualify, and most documents have few of them:
    # found from the colons (``str.find``), without a pass over every line.
    found = []
    index = counted = 0  # the number of the line starting at ``counted``
    at = text.find(":")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        line = text[start:end].strip()
        if len(line) <= SHORT and _may_open_with_label(line):
            index += text.count("\n", counted, start)
            counted = start
            found.append(index)
        at = text.find(":", end)
    return found


def _may_open_with_label(line: str) -> bool:
    """Whether a stripped line may open with a picture or source label and its colon."""
    return (
        line[0] in _LABEL_FIRST
        and (":" in line[:40] or "：" in line[:40])
        and _label_word(line.lstrip("(["))
    )


def _label_word(head: str) -> bool:
    """Whether ``head`` opens with a picture word or a source label's word."""
    if PICTURE_WORD.match(head) is not None:
        return True
    return head[:1] in _SOURCE_FIRST and head[:8].casefold().startswith(_SOURCE_WORDS)


def has_two_line_paragraph(document: Document) -> bool:
    """Whether two lines that are not empty stand next to each other (lines of spaces
    count as not empty here: the test may say yes where there is no such paragraph,
    never no where there is one)."""
    lines = plain_lines(document)
    if not any(lines[1::2]) or not any(lines[::2]):
        return False  # every other line is empty: paragraphs of one line (the common case)
    return any(map(all, zip(lines, islice(lines, 1, None))))


def _blank(text: str) -> bool:
    return not text or text.isspace()


def _two_line_close(lines: list[str], index: int, text: str) -> bool:
    """Whether line ``index`` (``text``, stripped) may close a two-line paragraph as a
    source line: short, capitalised, under a line of text that follows a blank line."""
    if len(text) > 60 or not text[0].isupper() or index < 2:
        return False
    above, top = lines[index - 1], lines[index - 2]
    return _blank(top) and not _blank(above) and (index + 1 == len(lines) or _blank(lines[index + 1]))


def may_close_two_line_paragraph(document: Document) -> bool:
    """Whether a short capitalised line closes a paragraph of two lines: the only
    lines NL212 may report (the cheap test before the paragraphs are looked at)."""
    if not has_two_line_paragraph(document):
        return False
    return document.memo("credit.two_line_close", _may_close)


def _may_close(document: Document) -> bool:
    lines = plain_lines(document)
    return any(_two_line_close(lines, index, text) for index, text in label_lines(document) if text[0].isupper())


def may_hold_credit(document: Document) -> bool:
    """The credit family's gate: False when no line may be parsed as a credit, no line
    opens with a picture label and no short line closes a paragraph of two lines, and
    so nothing any of the family's rules could report."""
    return (
        bool(credit_candidates(document))
        or bool(label_candidates(document))
        or may_close_two_line_paragraph(document)
    )


# The stems of the archive words of ``credit_sources.txt`` (``[archive]``): "личный
# архив", "arquivo pessoal", "acervo pessoal", "archivio personale", "Privatarchiv",
# "personal archive" (the cheap test before NL214 reads the lines).
def may_name_an_archive(document: Document) -> bool:
    """Whether the text holds an archive word: the only documents NL214 reads (NL214's
    own gate: the family's gate does not pay for a preview rule)."""
    text = document.text
    return "rchiv" in text or "rquivo" in text or "cervo" in text or "рхив" in text
