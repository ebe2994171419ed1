"""Value types: Edit, Fix, Applicability, Category, Diagnostic."""

from __future__ import annotations

import json

import pytest

from newslint.model import Applicability, Category, Diagnostic, Edit, Fix, FixResult

# -- Edit ------------------------------------------------------------------------------


@pytest.mark.parametrize("start, end", [(-1, 0), (-1, -1), (5, 4), (1, 0)])
def test_edit_rejects_invalid_ranges(start, end):
    with pytest.raises(ValueError, match="invalid edit range"):
        Edit(start, end)


@pytest.mark.parametrize("start, end", [(0, 0), (0, 1), (3, 3), (2, 10)])
def test_edit_accepts_valid_ranges(start, end):
    edit = Edit(start, end, "x")
    assert (edit.start, edit.end, edit.content) == (start, end, "x")


def test_edit_default_content_deletes():
    assert Edit(1, 2).content == ""


def test_edit_is_frozen():
    edit = Edit(0, 1)
    with pytest.raises(AttributeError):
        edit.start = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((0, 5), (3, 8), True),  # partial overlap
        ((0, 5), (1, 2), True),  # containment
        ((0, 5), (0, 5), True),  # identical
        ((0, 5), (5, 8), False),  # adjacent: touching ends do not overlap
        ((0, 5), (6, 8), False),  # disjoint
        ((4, 4), (4, 4), True),  # two insertions at one point: order would be arbitrary
        ((3, 3), (0, 5), True),  # an insertion strictly inside a replaced range
        ((5, 5), (0, 5), False),  # an insertion right after a range
        ((0, 0), (0, 5), False),  # an insertion right before a range
        ((2, 2), (4, 4), False),  # insertions at different points
    ],
)
def test_edit_overlaps_is_symmetric_and_correct(a, b, expected):
    first, second = Edit(*a), Edit(*b)
    assert first.overlaps(second) is expected
    assert second.overlaps(first) is expected


def test_edit_to_dict():
    assert Edit(2, 4, "ab").to_dict() == {"start": 2, "end": 4, "content": "ab"}


# -- Fix -------------------------------------------------------------------------------


def test_fix_sorts_its_edits():
    fix = Fix.safe("m", Edit(10, 12), Edit(0, 1, "a"), Edit(5, 5, "b"))
    assert [(e.start, e.end) for e in fix.edits] == [(0, 1), (5, 5), (10, 12)]
    assert isinstance(fix.edits, tuple)
    assert fix.start == 0
    assert fix.end == 12


def test_fix_end_is_the_furthest_edit_end():
    fix = Fix.safe("m", Edit(0, 20), Edit(25, 26))
    assert fix.end == 26
    # an insertion after a long edit
    fix = Fix.unsafe("m", Edit(0, 20), Edit(20, 20, "x"))
    assert (fix.start, fix.end) == (0, 20)


@pytest.mark.parametrize(
    "edits",
    [
        (Edit(0, 5), Edit(3, 8)),
        (Edit(3, 8), Edit(0, 5)),  # given out of order: still detected after sorting
        (Edit(0, 10), Edit(2, 3), Edit(12, 13)),
        (Edit(4, 4, "a"), Edit(4, 4, "b")),  # two insertions at one point
        (Edit(0, 10), Edit(5, 5, "x")),
    ],
)
def test_fix_rejects_overlapping_edits(edits):
    with pytest.raises(ValueError, match="overlap"):
        Fix(edits, Applicability.SAFE, "m")


def test_fix_accepts_adjacent_edits():
    fix = Fix.safe("m", Edit(5, 8), Edit(0, 5), Edit(8, 8, "x"))
    assert [(e.start, e.end) for e in fix.edits] == [(0, 5), (5, 8), (8, 8)]


def test_fix_needs_an_edit():
    with pytest.raises(ValueError, match="at least one edit"):
        Fix((), Applicability.SAFE, "m")


def test_fix_constructors_set_applicability():
    assert Fix.safe("m", Edit(0, 1)).applicability is Applicability.SAFE
    assert Fix.unsafe("m", Edit(0, 1)).applicability is Applicability.UNSAFE
    assert Fix.safe("hello", Edit(0, 1)).message == "hello"


def test_fix_to_dict():
    fix = Fix.unsafe("Drop it", Edit(4, 6), Edit(0, 1, "A"))
    assert fix.to_dict() == {
        "applicability": "unsafe",
        "message": "Drop it",
        "edits": [{"start": 0, "end": 1, "content": "A"}, {"start": 4, "end": 6, "content": ""}],
    }


# -- Applicability ---------------------------------------------------------------------


def test_applicability_ordering():
    safe, unsafe = Applicability.SAFE, Applicability.UNSAFE
    assert safe.rank > unsafe.rank
    # The SAFE threshold (plain --fix) lets only safe fixes through.
    assert safe.allowed_by(safe)
    assert not unsafe.allowed_by(safe)
    # The UNSAFE threshold (--unsafe-fixes) lets both through.
    assert safe.allowed_by(unsafe)
    assert unsafe.allowed_by(unsafe)


def test_applicability_values():
    assert str(Applicability.SAFE) == "safe"
    assert str(Applicability.UNSAFE) == "unsafe"
    assert Applicability("unsafe") is Applicability.UNSAFE


# -- Category --------------------------------------------------------------------------


def test_category_digits_round_trip():
    digits = [category.digit for category in Category]
    assert digits == list(range(10))
    for category in Category:
        assert Category.from_digit(category.digit) is category
    assert Category.INTERNAL.digit == 0
    assert Category.CREDIT.digit == 2
    assert Category.PUNCTUATION.digit == 5
    assert str(Category.CREDIT) == "credit"


# -- Diagnostic ------------------------------------------------------------------------

DIAGNOSTIC_KEYS = {
    "path", "document", "code", "rule", "category", "message", "line", "column",
    "end_line", "end_column", "start", "end", "fix",
}


def _diagnostic(**overrides) -> Diagnostic:
    values = dict(
        code="NL201",
        rule="pipe-separated-credit",
        category=Category.CREDIT,
        message="Photo credit",
        start=3,
        end=9,
        line=2,
        column=1,
        end_line=2,
        end_column=7,
    )
    values.update(overrides)
    return Diagnostic(**values)


def test_diagnostic_to_dict_without_fix():
    data = _diagnostic(path="a.md", document="rec-1").to_dict()
    assert set(data) == DIAGNOSTIC_KEYS
    assert data == {
        "path": "a.md",
        "document": "rec-1",
        "code": "NL201",
        "rule": "pipe-separated-credit",
        "category": "credit",
        "message": "Photo credit",
        "line": 2,
        "column": 1,
        "end_line": 2,
        "end_column": 7,
        "start": 3,
        "end": 9,
        "fix": None,
    }
    # The category is a plain string in the JSON, not an enum member.
    assert type(data["category"]) is str
    json.dumps(data)


def test_diagnostic_to_dict_with_fix():
    fix = Fix.safe("Delete the credit line", Edit(3, 10))
    data = _diagnostic(fix=fix).to_dict()
    assert set(data) == DIAGNOSTIC_KEYS
    assert data["path"] is None and data["document"] is None
    assert data["fix"] == {
        "applicability": "safe",
        "message": "Delete the credit line",
        "edits": [{"start": 3, "end": 10, "content": ""}],
    }
    assert set(data["fix"]) == {"applicability", "message", "edits"}
    assert set(data["fix"]["edits"][0]) == {"start", "end", "content"}
    assert json.loads(json.dumps(data)) == data


def test_diagnostic_to_json_is_one_line_keeping_non_ascii():
    diagnostic = _diagnostic(fix=Fix.safe("Delete “it”", Edit(3, 10, "é\n")))
    encoded = diagnostic.to_json()
    assert "\n" not in encoded and "“it”" in encoded
    assert json.loads(encoded) == diagnostic.to_dict()


def test_diagnostic_sort_key_orders_by_position_then_code():
    a = _diagnostic(start=5, end=6, code="NL501")
    b = _diagnostic(start=5, end=6, code="NL201")
    c = _diagnostic(start=1, end=9, code="NL501")
    d = _diagnostic(start=5, end=5, code="NL501")
    assert sorted([a, b, c, d], key=lambda x: x.sort_key) == [c, d, b, a]


def test_fix_result_changed():
    assert not FixResult("x").changed
    assert FixResult("x", applied=[_diagnostic()]).changed
