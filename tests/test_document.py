"""Document: lines, paragraphs, positions and the range that deletes a block of lines."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.document import Document

# -- lines -----------------------------------------------------------------------------


def _lines(text):
    return [(line.text, line.start, line.end, line.next_start) for line in Document(text).lines]


def test_lines_lf():
    assert _lines("ab\ncd\n") == [("ab", 0, 2, 3), ("cd", 3, 5, 6), ("", 6, 6, 6)]


def test_lines_crlf_terminator_is_one_break():
    assert _lines("ab\r\ncd") == [("ab", 0, 2, 4), ("cd", 4, 6, 6)]


def test_lines_cr_only():
    assert _lines("ab\rcd\r") == [("ab", 0, 2, 3), ("cd", 3, 5, 6), ("", 6, 6, 6)]


def test_lines_mixed_terminators():
    assert [t for t, *_ in _lines("a\nb\r\nc\rd")] == ["a", "b", "c", "d"]
    # "\n\r" is two breaks (LF, then CR), not one.
    assert [t for t, *_ in _lines("a\n\rb")] == ["a", "", "b"]


def test_lines_without_final_newline():
    assert _lines("ab\ncd") == [("ab", 0, 2, 3), ("cd", 3, 5, 5)]


def test_lines_of_empty_text():
    assert _lines("") == [("", 0, 0, 0)]


def test_line_fields():
    document = Document("one\n  \ntwo")
    lines = document.lines
    assert [line.index for line in lines] == [0, 1, 2]
    assert [line.number for line in lines] == [1, 2, 3]
    assert [line.is_blank for line in lines] == [False, True, False]
    for line in lines:
        assert document.text[line.start : line.end] == line.text


def test_lines_reassemble_the_text():
    text = "a\r\nb\n\rc\r\n\r\nd"
    document = Document(text)
    rebuilt = "".join(text[line.start : line.next_start] for line in document.lines)
    assert rebuilt == text


# -- paragraphs ------------------------------------------------------------------------


def test_paragraphs_split_on_blank_lines():
    text = "One.\nStill one.\n\nTwo.\n \t \nThree.\n"
    paragraphs = Document(text).paragraphs
    assert [p.text for p in paragraphs] == ["One.\nStill one.", "Two.", "Three."]
    assert [(p.first_line, p.last_line) for p in paragraphs] == [(0, 1), (3, 3), (5, 5)]
    assert [p.index for p in paragraphs] == [0, 1, 2]
    for p in paragraphs:
        assert text[p.start : p.end] == p.text


def test_paragraphs_with_leading_and_trailing_blank_lines():
    text = "\n\nOnly.\n\n\n"
    (paragraph,) = Document(text).paragraphs
    assert paragraph.text == "Only."
    assert (paragraph.start, paragraph.end) == (2, 7)


def test_paragraphs_crlf():
    text = "A\r\nB\r\n\r\nC"
    assert [p.text for p in Document(text).paragraphs] == ["A\r\nB", "C"]


def test_no_paragraphs_in_blank_text():
    assert Document("").paragraphs == []
    assert Document("\n \n\t\n").paragraphs == []


def test_paragraph_of_and_neighbours():
    document = Document("A\nB\n\nC\n\n\nD")
    lines = document.lines
    assert document.paragraph_of(lines[1]).text == "A\nB"
    assert document.paragraph_of(lines[2]) is None
    assert document.paragraph_of(lines[6]).text == "D"
    before, after = document.neighbour_lines(3)
    assert (before.text, after.text) == ("B", "D")
    assert document.neighbour_lines(0) == (None, lines[1])
    assert document.neighbour_lines(6)[1] is None


# -- positions -------------------------------------------------------------------------


def test_position_is_one_based():
    document = Document("ab\ncd")
    assert document.position(0) == (1, 1)
    assert document.position(1) == (1, 2)
    assert document.position(2) == (1, 3)  # on the terminator: still line 1
    assert document.position(3) == (2, 1)
    assert document.position(5) == (2, 3)  # end of text


def test_position_crlf_and_cr():
    document = Document("ab\r\ncd\ref")
    assert document.position(2) == (1, 3)
    assert document.position(3) == (1, 4)  # the LF of CRLF is on line 1
    assert document.position(4) == (2, 1)
    assert document.position(7) == (3, 1)


def test_position_counts_code_points():
    document = Document("é😀x\nyz")
    assert document.position(2) == (1, 3)
    assert document.position(5) == (2, 2)


def test_position_after_trailing_newline():
    document = Document("a\n")
    assert document.position(2) == (2, 1)


def test_line_at():
    document = Document("ab\n\ncd")
    assert document.line_at(0).index == 0
    assert document.line_at(2).index == 0
    assert document.line_at(3).index == 1
    assert document.line_at(4).index == 2
    assert document.line_at(6).index == 2


# -- line_block_removal ----------------------------------------------------------------


def _remove(text: str, first: int, last: int | None = None) -> str:
    document = Document(text)
    start, end = document.line_block_removal(first, first if last is None else last)
    assert 0 <= start <= end <= len(text)
    return text[:start] + text[end:]


@pytest.mark.parametrize(
    "text, first, last, expected",
    [
        # inside a paragraph: the following lines take the block's place
        ("A\nB\nC", 1, 1, "A\nC"),
        ("A\nB\nC\nD", 1, 2, "A\nD"),
        # first line of a paragraph followed by more lines
        ("A\nB\nC", 0, 0, "B\nC"),
        ("X\n\nA\nB", 2, 2, "X\n\nB"),
        # end of a paragraph (more paragraphs follow)
        ("A\nB\n\nC", 1, 1, "A\n\nC"),
        # end of a paragraph that ends the document
        ("A\nB\nC", 2, 2, "A\nB"),
        ("A\nB\nC\n", 2, 2, "A\nB\n"),
        ("X\n\nA\nB\n", 3, 3, "X\n\nA\n"),
        # a whole paragraph between two others
        ("A\n\nB\n\nC", 2, 2, "A\n\nC"),
        ("A\n\nB1\nB2\n\nC", 2, 3, "A\n\nC"),
        ("A\n\n\nB\n\nC", 3, 3, "A\n\n\nC"),  # the separator before it stays
        ("A\n\n  \nB\n\nC\n", 3, 3, "A\n\n  \nC\n"),
        # the first paragraph
        ("A\n\nB", 0, 0, "B"),
        ("A1\nA2\n\nB\n", 0, 1, "B\n"),
        # the last paragraph, without and with a trailing newline
        ("A\n\nB", 2, 2, "A"),
        ("A\n\nB\n", 2, 2, "A\n"),
        ("A\n\nB1\nB2", 2, 3, "A"),
        ("A\n\nB\n\n", 2, 2, "A\n\n"),
        # the only paragraph
        ("A", 0, 0, ""),
        ("A\n", 0, 0, ""),
        ("A\nB", 0, 1, ""),
        ("\nA", 1, 1, ""),  # blank lines around it go too: the text is gone
        ("\n\nA\n\n", 2, 2, ""),
        # CRLF text keeps CRLF and leaves no stray CR or LF
        ("A\r\nB\r\nC", 1, 1, "A\r\nC"),
        ("A\r\nB\r\n\r\nC", 1, 1, "A\r\n\r\nC"),
        ("A\r\n\r\nB\r\n\r\nC", 2, 2, "A\r\n\r\nC"),
        ("A\r\n\r\nB", 0, 0, "B"),
        ("A\r\n\r\nB", 2, 2, "A"),
        ("A\r\n\r\nB\r\n", 2, 2, "A\r\n"),
        ("A\r\n", 0, 0, ""),
        # CR-only text
        ("A\r\rB\r\rC", 2, 2, "A\r\rC"),
        ("A\r\rB", 2, 2, "A"),
    ],
)
def test_line_block_removal(text, first, last, expected):
    assert _remove(text, first, last) == expected


def _blank_runs(text: str) -> list[int]:
    """Lengths of the maximal runs of blank lines (the empty line after a final
    terminator counts, as in Document.lines)."""
    runs, current = [], 0
    for line in Document(text).lines:
        if line.is_blank:
            current += 1
        else:
            if current:
                runs.append(current)
            current = 0
    if current:
        runs.append(current)
    return runs


def _non_blank(text: str) -> list[str]:
    return [line.text for line in Document(text).lines if not line.is_blank]


_LINE = st.sampled_from(["a", "bb", "c c", "", "", " ", "\t"])
_TERMINATOR = st.sampled_from(["\n", "\n", "\r\n", "\r"])


@st.composite
def _documents_with_block(draw):
    """A document and a block to delete: some lines of one paragraph, or all of it."""
    parts = draw(st.lists(st.tuples(_LINE, _TERMINATOR), min_size=1, max_size=12))
    text = "".join(line + end for line, end in parts)
    if draw(st.booleans()):
        text = text[: -len(parts[-1][1])]  # no final terminator
    document = Document(text)
    paragraphs = document.paragraphs
    if not paragraphs:
        text += "x"
        document = Document(text)
        paragraphs = document.paragraphs
    paragraph = draw(st.sampled_from(paragraphs))
    if draw(st.booleans()):
        first, last = paragraph.first_line, paragraph.last_line
    else:
        first = draw(st.integers(paragraph.first_line, paragraph.last_line))
        last = draw(st.integers(first, paragraph.last_line))
    return text, first, last


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents_with_block())
def test_line_block_removal_invariants(case):
    text, first, last = case
    document = Document(text)
    removed = [line.text for line in document.lines[first : last + 1]]
    after = _remove(text, first, last)

    # Exactly the block's lines vanish; every other line of text survives, in order.
    kept = [line.text for line in document.lines if not line.is_blank and not first <= line.index <= last]
    assert _non_blank(after) == kept, (text, first, last, after)
    assert all(r.strip() for r in removed)

    if not kept:
        # Deleting all the text leaves nothing: no stray blank lines or terminators.
        assert after == "", (text, first, last, after)
        return
    # No new run of blank lines: every run left was already there.
    assert set(_blank_runs(after)) <= set(_blank_runs(text)), (text, first, last, after)
    # No dangling terminator: the text starts and ends as it did.
    assert Document(after).lines[0].is_blank <= Document(text).lines[0].is_blank, (text, first, last, after)
    assert after.endswith(("\n", "\r")) <= text.endswith(("\n", "\r")), (text, first, last, after)


def test_lines_and_paragraphs_are_computed_once_and_kept():
    document = Document("one\n\ntwo")
    lines, paragraphs = document.lines, document.paragraphs
    assert document.lines is lines and document.paragraphs is paragraphs
    assert {"lines", "paragraphs"} <= set(vars(document))


@pytest.mark.parametrize("text", ["one\n\ntwo\nthree", "one\r\n\r\ntwo\rthree\n", "", "\n", "no break"])
def test_line_starts_and_single_lines_match_lines(text):
    alone = Document(text)
    singles = [alone.line(index) for index in range(len(alone.line_starts))]
    built = Document(text).lines
    assert singles == built
    assert alone.line_starts == [line.start for line in built]
