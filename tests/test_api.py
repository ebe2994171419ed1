"""The library surface other pipelines import."""

from __future__ import annotations

import pytest

import newslint
from newslint import Category, Diagnostic, FixResult, Linter, Rule, check, fix, get_rule

DIRTY = "Story.\n\nAnna Berg | Moment | Getty Images\n\nIt rose. .\n"


def test_check_and_fix_top_level():
    diagnostics = check(DIRTY)
    assert [d.code for d in diagnostics] == ["NL201", "NL501"]
    assert all(isinstance(d, Diagnostic) for d in diagnostics)
    result = fix(DIRTY)
    assert isinstance(result, FixResult)
    assert result.text == "Story.\n\nIt rose.\n"
    assert [d.code for d in result.applied] == ["NL201", "NL501"] and result.remaining == []
    assert result.changed


def test_selection_arguments():
    assert [d.code for d in check(DIRTY, select=["punctuation"])] == ["NL501"]
    assert [d.code for d in check(DIRTY, ignore=["NL5"])] == ["NL201"]
    assert [d.code for d in check(DIRTY, config={"ignore": ["credit"]})] == ["NL501"]


def test_rules_importable_by_code():
    from newslint.rules import NL201, all_rules

    assert NL201 is get_rule("NL201") is get_rule("pipe-separated-credit")
    assert NL201.category is Category.CREDIT
    assert {"NL101", "NL201", "NL501"} <= {rule.code for rule in all_rules()}
    with pytest.raises(ImportError):
        from newslint.rules import NL999  # noqa: F401
    with pytest.raises(KeyError):
        get_rule("no-such-rule")


def test_reusable_linter_with_a_runtime_rule():
    class Shouting(Rule):
        """## What it does
        Finds lines in capitals.
        ## Why is this bad?
        Page furniture shouts.
        ## Example
        `SUBSCRIBE`
        ## Use instead
        Nothing.
        ## Fix safety
        No fix.
        """

        code = "NL199"
        name = "shouting-line"
        category = Category.BOILERPLATE
        summary = "Line in capitals"

        def check(self, document):
            for line in document.lines:
                if line.text.isupper():
                    yield self.report_lines(document, line, applicability=None)

    linter = Linter(select=["NL199"], rules=[Shouting])
    found = linter.check("Quiet.\nSUBSCRIBE NOW\n", record_id="r1")
    assert [(d.code, d.line, d.document) for d in found] == [("NL199", 2, "r1")]
    # The runtime rule belongs to that linter only.
    assert newslint.Linter().registry.get("NL199") is None
