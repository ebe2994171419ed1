"""Image captions found by the label the page gives them (NL310-NL319).

Some templates print a picture's caption behind a label ("Image caption", "Caption")
that extractors keep as text: either alone on its line, with the caption on the next
line, or on one line with the picture's credit before it ("Image copyright Agency Image
caption A man waves ..."). The caption rules of ``caption.py`` read a caption's
wording; these rules read its label, so they work whatever the caption says.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import itemgetter

from newslint import Applicability, Category, Diagnostic, Document, FixAvailability, Line, Rule, patterns

from ._layout import short_lines

UNSAFE = Applicability.UNSAFE

#: A caption label alone on its line ("Image caption", "Caption:").
_BARE_LABEL = patterns.compile(r"[^\S\n]*(?:(?i:image|photo|picture|video)[^\S\n]+)?(?:[Cc]aption|CAPTION)[^\S\n]*:?[^\S\n]*")
#: A credit label and its source, then a caption label and the caption, on one line.
_CREDIT_THEN_CAPTION = patterns.compile(
    r"[^\S\n]*(?:Image|Photo|Picture)[^\S\n]+(?:copyright|source|credit)[,:]?[^\S\n]+(?P<credit>[^\n]{2,60}?)"
    r"[^\S\n]+(?:Image|Photo|Picture)[^\S\n]+caption[^\S\n]+(?P<caption>\S[^\n]*)"
)
#: Longest caption taken on its label's word.
_MAX_CAPTION_WORDS = 50


def _labelled(document: Document) -> tuple[list[tuple[Line, Line]], list[Line]]:
    """((bare caption label, the caption on the next line) pairs, credit-and-caption
    lines)."""
    candidates = [index for index, text in short_lines(document) if "aption" in text or "APTION" in text]
    if not candidates:
        return [], []
    lines = document.lines
    after_label: list[tuple[Line, Line]] = []
    glued: list[Line] = []
    for index in candidates:
        line = lines[index]
        if len(line.text) <= 40 and _BARE_LABEL.fullmatch(line.text):
            caption = next((l for l in lines[line.index + 1 : line.index + 4] if not l.is_blank), None)
            if caption is None or _BARE_LABEL.fullmatch(caption.text):
                continue
            words = len(caption.text.split())
            if 3 <= words <= _MAX_CAPTION_WORDS:
                after_label.append((line, caption))
        elif _CREDIT_THEN_CAPTION.fullmatch(line.text):
            glued.append(line)
    return after_label, glued


def may_hold_caption_label(document: Document) -> bool:
    """The gate of NL310-NL311: both need a caption label on a line, and every label
    they read ("caption", "Caption", "CAPTION") holds "aption" or "APTION", the test
    ``_labelled`` makes on each short line; a text without a short line holding either
    has no finding. The short lines are asked together, joined (neither word holds a
    line break): ``short_lines`` is shared with the layout families, which list them for
    most documents anyway, and they are a small part of most texts."""
    short = short_lines(document)
    if not short:
        return False
    joined = "\n".join(map(_TEXT, short))
    return "aption" in joined or "APTION" in joined


_TEXT = itemgetter(1)


def _found(document: Document) -> tuple[list[tuple[Line, Line]], list[Line]]:
    return document.memo("caption_more.labelled", _labelled)


class _Rule(Rule):
    category = Category.CAPTION
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_caption_label)


class CaptionUnderLabel(_Rule):
    """## What it does
    Finds the caption printed under a caption label that stands alone on its line
    ("Image caption", "Caption:"): the next line of text, when it has three to fifty
    words.

    ## Why is this bad?
    The caption describes a picture the extractor dropped; the label says so. Left in,
    it reads as a sentence out of place in the story.

    ## Example
    ```text
    The band plays in May.

    Image caption
    The singer on stage in Lisbon last year

    Tickets are on sale now.
    ```

    ## Use instead
    ```text
    The band plays in May.

    Tickets are on sale now.
    ```

    ## Fix safety
    Unsafe: the line is a caption by its label's word; a template could, rarely, put
    the label over other text. The fix deletes the label with the caption (NL301
    reports the label too): left alone, the label would take the next paragraph for
    its caption.
    """

    code = "NL310"
    name = "caption-under-label"
    summary = "Image caption under its caption label"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for label, caption in _found(document)[0]:
            # The label goes with its caption: left alone, it would take the next
            # paragraph for its caption.
            fix = self.delete_lines(document, label, caption, applicability=UNSAFE, message="Delete the caption and its label")
            start = caption.start + len(caption.text) - len(caption.text.lstrip())
            yield self.diagnostic(document, start, caption.start + len(caption.text.rstrip()), fix=fix)


class CreditAndCaptionLine(_Rule):
    """## What it does
    Finds a line that holds a picture's credit and its caption, each behind its label:
    "Image copyright Northfield Archive Image caption The old mill before the fire".

    ## Why is this bad?
    The whole line belongs to a picture the extractor dropped: its credit and its
    caption, run together.

    ## Example
    ```text
    The mill closed in 1968.

    Image copyright Northfield Archive Image caption The old mill before the fire

    It reopens as a museum.
    ```

    ## Use instead
    ```text
    The mill closed in 1968.

    It reopens as a museum.
    ```

    ## Fix safety
    Safe: the line must open with a credit label ("Image copyright", "Image source",
    "Photo credit") and hold a caption label after the source, so all of it is the
    picture's furniture.
    """

    code = "NL311"
    name = "credit-and-caption-line"
    summary = "Image credit and caption run together on one line"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for line in _found(document)[1]:
            yield self.report_lines(document, line, fix_message="Delete the credit and caption")


RULES = [CaptionUnderLabel, CreditAndCaptionLine]
