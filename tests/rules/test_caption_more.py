"""Tests of the caption rules by label (NL310-NL311, rules/caption_more.py).

Every fixture is invented for these tests (no corpus text).
"""

from __future__ import annotations

import pytest

from newslint.testing import assert_fires, assert_fixes, assert_passes, check_doc_example
from newslint_rules.caption_more import RULES

LEAD = "The band will play three nights at the old theatre in May, the promoter said on Friday."
TAIL = "Tickets go on sale next week."


def wrap(block: str) -> str:
    return f"{LEAD}\n\n{block}\n\n{TAIL}"


# -- NL310 caption-under-label -----------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Image caption", "Caption:", "Photo caption", "  Image caption  "],
)
def test_caption_under_label_fires(label):
    text = wrap(f"{label}\nThe singer on stage in Lisbon last summer")
    assert_fires("NL310", text, count=1, span="The singer on stage in Lisbon last summer")


def test_caption_under_label_fires_across_a_blank_line():
    text = wrap("Image caption\n\n    The singer on stage in Lisbon last summer")
    assert_fires("NL310", text, count=1, span="The singer on stage in Lisbon last summer")


@pytest.mark.parametrize(
    "block",
    [
        # The label over a gallery button, not a caption.
        "Caption\nClose",
        # A sentence that mentions captions is no label.
        "The caption was wrong\nThe singer on stage in Lisbon last summer",
        "Captions were added to the video for the first time.",
    ],
)
def test_caption_under_label_passes(block):
    assert_passes("NL310", wrap(block))


def test_caption_under_label_fix_deletes_the_caption_and_its_label():
    text = wrap("Image caption\nThe singer on stage in Lisbon last summer")
    assert_fixes("NL310", text, f"{LEAD}\n\n{TAIL}", unsafe=True)


# -- NL311 credit-and-caption-line -------------------------------------------------------------

GLUED = "Image copyright Northfield Archive Image caption The old theatre before the fire of 1951"


def test_credit_and_caption_line_fires():
    assert_fires("NL311", wrap(GLUED), count=1, span=GLUED)


@pytest.mark.parametrize(
    "line",
    [
        "Image copyright Northfield Archive",
        "Image caption The old theatre before the fire of 1951",
        "The image copyright belongs to the archive, and the caption was written by the museum.",
    ],
)
def test_credit_and_caption_line_passes(line):
    assert_passes("NL311", wrap(line))


def test_credit_and_caption_line_fix_deletes_the_line():
    assert_fixes("NL311", wrap(GLUED), f"{LEAD}\n\n{TAIL}")



# -- the documentation's examples --------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_doc_example_fires_and_fixes_to_use_instead(rule):
    check_doc_example(rule)


# -- the gate -------------------------------------------------------------------------------------

from newslint import Document  # noqa: E402
from newslint_rules.caption_more import may_hold_caption_label  # noqa: E402


@pytest.mark.parametrize("block", ["Image caption\nThe singer on stage", "CAPTION:\nThe singer on stage"])
def test_gate_opens_on_a_caption_label(block):
    assert may_hold_caption_label(Document(wrap(block)))


def test_gate_rules_out_a_text_without_a_label():
    assert not may_hold_caption_label(Document(wrap("The singer on stage in Lisbon last summer")))


@pytest.mark.parametrize(
    "text, opens",
    [
        ("A long paragraph of the story that mentions the caption contest. " * 4, False),  # not a short line
        ("The story.\n\nIMAGE CAPTION\nThe singer on stage", True),
        ("The story.\n\n  Caption: the singer on stage  \n", True),
        ("", False),
        ("\n\n   \n", False),
    ],
)
def test_gate_reads_the_short_lines_only(text, opens):
    assert may_hold_caption_label(Document(text)) is opens
