"""The text facts several families share (rules/_text.py): where the quotations are."""

from __future__ import annotations

import pytest

from newslint import Document
from newslint_rules._text import inside_quote, quoted_spans


def test_quoted_spans_are_each_quotation_with_its_marks():
    text = 'He said “yes” and she said "no".'
    assert [text[a:b] for a, b in quoted_spans(Document(text))] == ["“yes”", '"no"']


def test_a_quotation_over_paragraphs_is_one_span():
    # Each paragraph of a continued quotation opens with a mark; only the last closes.
    text = "He said: “These rioters are criminals.\n\n“Others must answer too,” he added. Then he left."
    (span,) = quoted_spans(Document(text))
    assert text[span[0] : span[1]].endswith("too,”")
    assert inside_quote(Document(text), text.index("criminals"), text.index("criminals") + 9)
    assert not inside_quote(Document(text), text.index("Then"), text.index("Then") + 4)


@pytest.mark.parametrize("word, inside", [("met", False), ("late", True), ("home", False)])
def test_inside_quote(word, inside):
    text = "They met. “We are late,” she said, and went home."
    start = text.index(word)
    assert inside_quote(Document(text), start, start + len(word)) is inside


def test_a_span_across_a_quotation_mark_is_not_inside():
    text = "“We are late,” she said."
    assert not inside_quote(Document(text), text.index("late"), text.index("she") + 3)


def test_data_lines_are_the_entries_without_comments_or_blanks():
    from newslint_rules._text import data_lines

    places = data_lines("translation_places.txt")
    assert "Kuala Lumpur" in places and "South Africa" in places
    assert all(line == line.strip() and line and not line.startswith("#") for line in places)
