"""The built-in Python rules, through the rule-author helpers of ``newslint.testing``.

(NL101 lives in ``rules/boilerplate.toml``; its examples run in test_packs.py.)
"""

from __future__ import annotations

import pytest

from newslint import Applicability, Category, FixAvailability, get_rule
from newslint.registry import validate_rule
from newslint.testing import assert_fires, assert_fixes, assert_passes

# -- NL201 pipe-separated-credit -------------------------------------------------------


def test_nl201_metadata():
    rule = get_rule("NL201")
    assert rule.name == "pipe-separated-credit"
    assert rule.category is Category.CREDIT
    assert rule.fix_availability is FixAvailability.ALWAYS
    validate_rule(rule)


@pytest.mark.parametrize(
    "line",
    [
        "Sergey Alimov | Moment | Getty Images",
        "Chip Somodevilla | Getty Images News | Getty Images",
        "John Smith | AFP",
        "Carlos Barria | REUTERS",
        "Jean-Luc de la Croix | EPA-EFE",
        "J. R. Smith | Associated Press",
        "Ahmad Al-Rubaye | AFP | Getty Images",
        "Maria Alimova | E+ | Getty Images",
        "Андрей Иванов | AFP",
    ],
)
def test_nl201_fires_on_credit_lines(line):
    text = f"The minister spoke on Monday.\n\n{line}\n\nShe said the plan would work."
    (diagnostic,) = assert_fires("NL201", text, count=1, span=line)
    assert diagnostic.line == 3 and diagnostic.column == 1
    assert diagnostic.fix is not None
    assert diagnostic.fix.applicability is Applicability.SAFE
    assert diagnostic.fix.message == "Delete the credit line"


def test_nl201_span_excludes_surrounding_whitespace():
    assert_fires("NL201", "Intro.\n   John Smith | AFP  \nOutro.", span="John Smith | AFP")


def test_nl201_counts_each_credit_line():
    text = "John Smith | AFP\n\nStory text here.\n\nJane Doe | Moment | Getty Images"
    assert_fires("NL201", text, count=2, span="John Smith | AFP")


@pytest.mark.parametrize(
    "text",
    [
        "Getty Images",
        "John Smith | Unknown Agency",  # the last segment is not an agency
        "He told reporters | AFP",  # prose, not a name
        "The photo (Sergey Alimov | Getty Images) shows the square.",
        "Anna Bell | Tom Kerr | Li Wei | Sam Poe | Getty Images",  # five segments
        "Sergey Alimov | Moment | Getty Images | extra words here",
        "A Very Long Name With Too Many Words | AFP",  # seven words is not a name
        "Prices rose | and fell | Reuters",
        "",
        "Plain article text without pipes.",
    ],
)
def test_nl201_does_not_fire(text):
    assert_passes("NL201", text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a paragraph of its own, between two others
        (
            "The Kremlin said it has no intention of abandoning Iran.\n\n"
            "Sergey Alimov | Moment | Getty Images\n\n"
            "Iran is under pressure.",
            "The Kremlin said it has no intention of abandoning Iran.\n\nIran is under pressure.",
        ),
        # a line inside a paragraph
        ("First line.\nJohn Smith | AFP\nSecond line.", "First line.\nSecond line."),
        # the first and the last paragraph
        ("John Smith | AFP\n\nStory.", "Story."),
        ("Story.\n\nJohn Smith | AFP\n", "Story.\n"),
        ("Story.\n\nJohn Smith | AFP", "Story."),
        # CRLF text stays CRLF
        ("Story.\r\n\r\nJohn Smith | AFP\r\n\r\nMore.\r\n", "Story.\r\n\r\nMore.\r\n"),
        # two credits in a row
        ("Story.\n\nJohn Smith | AFP\n\nJane Doe | Reuters\n\nMore.", "Story.\n\nMore."),
        ("Story.\nJohn Smith | AFP\nJane Doe | Reuters\nMore.", "Story.\nMore."),
        # the only line
        ("John Smith | AFP", ""),
    ],
)
def test_nl201_fixes(text, expected):
    assert_fixes("NL201", text, expected)


# -- NL501 duplicated-punctuation ------------------------------------------------------


def test_nl501_metadata():
    rule = get_rule("duplicated-punctuation")
    assert rule.code == "NL501"
    assert rule.category is Category.PUNCTUATION
    assert rule.fix_availability is FixAvailability.ALWAYS
    validate_rule(rule)


@pytest.mark.parametrize(
    "text, span",
    [
        ("They could cooperate, potentially on a military level. .", ". ."),
        ("He said,, that it was over.", ",,"),
        ("Was it again?. Nobody knew.", "?."),
        ("Take note;; then leave.", ";;"),
        ("It ended.. Then it began.", ".."),
        ("Two things: ; first", ": ;"),
        ("A list,\t, with a tab", ",\t,"),
        ("Words!, more words", "!,"),
    ],
)
def test_nl501_fires(text, span):
    (diagnostic,) = assert_fires("NL501", text, count=1, span=span)
    assert repr(span) in diagnostic.message
    assert diagnostic.fix.applicability is Applicability.SAFE


@pytest.mark.parametrize(
    "text",
    [
        "Wait...",
        "He paused. . . and went on.",
        "So..., then we left.",
        "Really?... No.",
        "Acme Inc., the company, said so.",
        "Pages 1..10 are missing.",
        "Use std::vector here.",
        "The address is ::1 today.",
        "Wow!! Really?! Yes.",
        "A normal sentence. Another one, with a comma; and a semicolon: done.",
        "e.g., this one",
        "…, and more",
        "",
    ],
)
def test_nl501_does_not_fire(text):
    assert_passes("NL501", text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It rose on a military level. .", "It rose on a military level."),
        ("He said,, that it was over.", "He said, that it was over."),
        ("Was it again?. Nobody knew.", "Was it again? Nobody knew."),
        ("Take note;;;; then leave.", "Take note; then leave."),  # takes several passes
        ("A,,,,,,,,, B", "A, B"),
        ("One. .\r\nTwo,,\r\n", "One.\r\nTwo,\r\n"),
        ("Wait... fine. .", "Wait... fine."),
    ],
)
def test_nl501_fixes(text, expected):
    assert_fixes("NL501", text, expected)


def test_nl501_reports_each_occurrence_with_positions():
    text = "One. .\nTwo,, three;;"
    found = assert_fires("NL501", text, count=3)
    assert [(d.line, d.column, d.end_line, d.end_column) for d in found] == [(1, 4, 1, 7), (2, 4, 2, 6), (2, 12, 2, 14)]


# -- the helpers themselves fail when they should --------------------------------------


def test_assert_fires_fails_on_clean_text():
    with pytest.raises(AssertionError, match="NL501 did not fire"):
        assert_fires("NL501", "Clean text.")
    with pytest.raises(AssertionError, match="fired 1 times"):
        assert_fires("NL501", "a,, b", count=2)
    with pytest.raises(AssertionError, match="expected 'x'"):
        assert_fires("NL501", "a,, b", span="x")


def test_assert_passes_fails_when_the_rule_fires():
    with pytest.raises(AssertionError, match="NL501 fired"):
        assert_passes("NL501", "a,, b")


def test_assert_fixes_fails_on_a_wrong_expectation():
    with pytest.raises(AssertionError, match="expected 'a,, b'"):
        assert_fixes("NL501", "a,, b", "a,, b")


def test_helpers_run_only_the_named_rule():
    # The credit line would make NL201 fire; assert_passes on NL501 must ignore it.
    assert_passes("NL501", "John Smith | AFP")
    assert_fixes("NL501", "John Smith | AFP\n\nA,, b", "John Smith | AFP\n\nA, b")


# -- gates --------------------------------------------------------------------------------

CLEAN_PROSE = "\n\n".join([
    "The council voted on Thursday to keep the ferry in service for another ten years, ending a "
    "dispute that had divided the waterfront since the spring.",
    # Curly quotes, accented names and currency signs are ordinary in clean news.
    "“We heard from nurses, students and shop owners who have no other way to get to work,” said "
    "Søren Kierkegaard, who proposed the subsidy in Łódź.",
    "Shares in the group rose 4.5% in early trading before falling back. The company, which employs "
    "12,000 people, reported a profit of €62 million.",
])


def test_every_family_rules_itself_out_of_clean_prose_with_its_gate():
    """On clean prose, the families cost one cheap test each: that is what makes a clean
    corpus fast to lint (benchmarks/run.py measures it). The translation rules read prose
    itself: their gate only rules out a text without a sentence break."""
    from newslint import Document, Linter
    from newslint.engine import rule_gate

    rules = Linter().rules
    gated = [rule for rule in rules if rule_gate(rule) is not None]
    assert {rule.category for rule in gated} >= set(Category) - {Category.INTERNAL, Category.TRANSLATION}
    assert len(gated) >= len(rules) - 8
    opened = sorted({rule.code for rule in gated if rule_gate(rule)(Document(CLEAN_PROSE))})
    assert [code for code in opened if not code.startswith("NL4")] == []
    assert not any(rule_gate(rule)(Document("Share this article")) for rule in gated if rule.code.startswith("NL4"))
    assert Linter().check(CLEAN_PROSE) == []
