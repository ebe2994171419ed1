"""Markdown files: their syntax (front matter, code, table padding, hard breaks) is not
prose, so nothing is reported in it; the same text in a .txt file is linted whole."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint import Document, Linter
from newslint.markdown import is_markdown, syntax_regions

LEAD = "The council voted on Tuesday to keep the ferry running for another ten years."
TAIL = "The decision ends a dispute that had divided the harbour districts since spring."


def codes(text: str, path: str) -> list[str]:
    return [d.code for d in Linter().check(text, path=path)]


def test_markdown_suffixes():
    assert is_markdown("notes/post.md") and is_markdown("POST.MARKDOWN")
    assert not is_markdown("post.txt") and not is_markdown(None) and not is_markdown("md")
    assert Document("x", "a.md").is_markdown and not Document("x", "a.txt").is_markdown


FRONT_MATTER = f"---\ntitle: The the harbour\ntags: [transport, local]\nimage: \"Photo: Ana Ruiz/AP\"\n---\n\n{LEAD}\n"


def test_front_matter_is_metadata_in_markdown_only():
    assert codes(FRONT_MATTER, "post.md") == []
    assert {"NL404", "NL114"} <= set(codes(FRONT_MATTER, "post.txt"))


def test_a_thematic_break_later_in_the_file_is_not_front_matter():
    text = f"{LEAD}\n\n---\n\nSubscribe to our newsletter\n\n---\n\n{TAIL}\n"
    assert "NL104" in codes(text, "post.md")


CODE = (
    f"{LEAD}\n\n```\nx  =  1\nif a..b: print('the the')   \nSubscribe to our newsletter\n```\n\n"
    f"~~~\nLeave a comment\n~~~\n\nRun `echo level. .` to see it.\n\n{TAIL}\n"
)


def test_code_blocks_and_spans_are_verbatim_in_markdown():
    assert codes(CODE, "post.md") == []
    found = Linter().check(CODE, path="post.txt")
    assert {"NL701", "NL501", "NL702", "NL104", "NL101"} <= {d.code for d in found}
    assert any(d.code == "NL501" and d.line == 13 for d in found)  # the code span


def test_an_unclosed_fence_runs_to_the_end_of_the_file():
    assert codes(f"{LEAD}\n\n```\nLeave a comment\n", "post.md") == []


def test_indented_code_block_but_not_a_list_items_continuation():
    code = f"{LEAD}\n\n    Follow us on Twitter\n    x  =  2\n\n{TAIL}\n"
    assert codes(code, "post.md") == []
    continued = f"{LEAD}\n\n- The first point\n\n    Follow us on Twitter\n\n{TAIL}\n"
    assert "NL103" in codes(continued, "post.md")


def test_a_file_indented_throughout_is_indented_text_not_code():
    text = f"    {LEAD}\n\n    Follow us on Twitter\n\n    {TAIL}\n"
    assert "NL103" in codes(text, "post.md")


def test_table_padding_is_alignment_but_the_cells_are_prose():
    table = f"{LEAD}\n\n| Route | Daily passengers |\n|-------|------------------|\n| North | 4,000            |\n\n{TAIL}\n"
    assert codes(table, "post.md") == []
    assert "NL701" in codes(table, "post.txt")
    cell = f"{LEAD}\n\n| Route | Note |\n|---|---|\n| North | ran past the the old pier |\n\n{TAIL}\n"
    assert "NL404" in codes(cell, "post.md")


def test_hard_line_break_is_markdown_trailing_spaces_at_a_paragraphs_end_are_not():
    text = f"{LEAD}  \n{TAIL}\n\nThe mayor abstained.  \n"
    found = Linter().check(text, path="post.md")
    assert [(d.code, d.line) for d in found] == [("NL702", 4)]
    assert [d.line for d in Linter().check(text, path="post.txt") if d.code == "NL702"] == [1, 4]


def test_prose_outside_the_syntax_is_still_linted():
    text = f"{FRONT_MATTER}\nSergey Alimov | Moment | Getty Images\n\n{TAIL}\n"
    assert codes(text, "post.md") == ["NL201"]


def test_fix_leaves_front_matter_and_code_alone():
    text = f"{FRONT_MATTER}\n```\nx  =  1\n```\n\nIt rose on a military level. .\n"
    result = Linter().fix(text, path="post.md")
    assert result.text == text.replace("level. .", "level.")


@given(st.text(alphabet="-+`~|\\ \tab\n.", max_size=200))
def test_regions_are_sorted_disjoint_and_inside_the_text(text):
    regions = syntax_regions(text)
    assert all(0 <= start < end <= len(text) for start, end in regions)
    assert all(first[1] < second[0] for first, second in zip(regions, regions[1:]))


@pytest.mark.parametrize("text", ["", "\n", "---", "---\n", "```", "| |", "a  \nb"])
def test_regions_of_small_texts(text):
    assert all(0 <= start < end <= len(text) for start, end in syntax_regions(text))


def test_a_syntax_scan_out_of_time_reports_everything_and_says_so(monkeypatch):
    import newslint.engine

    def out_of_time(text):
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(newslint.engine, "syntax_regions", out_of_time)
    found = [d.code for d in Linter().check(FRONT_MATTER, path="post.md")]
    assert "NL005" in found and "NL404" in found


@pytest.mark.parametrize("text", [FRONT_MATTER, CODE, f"{LEAD}\n\n    Follow us on Twitter\n\n{TAIL}\n"])
def test_crlf_markdown_reads_the_same(text):
    assert codes(text.replace("\n", "\r\n"), "post.md") == []


def test_crlf_table_padding_and_hard_break():
    text = f"{LEAD}  \n{TAIL}\n\n| Route | Daily passengers |\n|-------|------------------|\n| North | 4,000            |\n"
    assert codes(text.replace("\n", "\r\n"), "post.md") == []


def test_a_wrapped_markdown_paragraph_is_the_authors_layout():
    wrapped = (
        "The council voted on Tuesday to keep the ferry running for another ten years, ending a\n"
        "dispute that had divided the harbour districts since the spring, when the operator\n"
        "warned that it would stop by the end of the year without a subsidy from the city.\n"
    )
    assert codes(wrapped, "post.md") == []
    assert {"NL704"} <= set(codes(wrapped, "post.txt"))
    assert "NL706" in codes("Oil fell after sources told Reuters that Russia is\nunlikely to agree to cuts.\n", "a.txt")
    assert codes("Oil fell after sources told Reuters that Russia is\nunlikely to agree to cuts.\n", "a.md") == []
