"""The linter: rule runs, suppression, ignores, the fix loop and internal diagnostics."""

from __future__ import annotations

import dataclasses
import time

import pytest
import regex

import newslint
from newslint import Applicability, Category, Edit, Fix, Linter, RegistrationError, Settings
from newslint.engine import INTERNAL_RULES, MAX_FIX_PASSES, apply_fixes
from newslint.model import Diagnostic

CREDIT = "Sergey Alimov | Moment | Getty Images"
#: The built-in rules these tests exercise (rules added later must not change them).
BUILTIN = ["NL101", "NL201", "NL501"]


def _builtin(config=None, **kwargs) -> Linter:
    kwargs.setdefault("select", BUILTIN)
    return Linter(config, **kwargs)


# -- rules made for these tests --------------------------------------------------------


def _finditer_rule(make_rule, pattern, *, fix=None, code="NL981", name=None, flags=0, **attributes):
    """A rule reporting every match of ``pattern``; ``fix(match) -> Fix | None``."""
    compiled = regex.compile(pattern, flags)

    def check(self, document):
        for match in compiled.finditer(document.text):
            yield self.diagnostic(document, match.start(), match.end(), fix=fix(match) if fix else None)

    return make_rule(check, code=code, name=name or f"rule-{code.lower()}", **attributes)


@pytest.fixture
def grow_rule(make_rule):
    """A pathological rule: its fix always inserts one more character, so fixing never
    converges."""

    def check(self, document):
        yield self.diagnostic(document, 0, 0, fix=Fix.safe("Grow", Edit(0, 0, "x")))

    return make_rule(check, code="NL991", name="always-grows")


@pytest.fixture
def crashing_rule(make_rule):
    def check(self, document):
        raise RuntimeError("boom")

    return make_rule(check, code="NL992", name="always-crashes")


# -- checking --------------------------------------------------------------------------


def test_check_reports_builtin_rules_sorted():
    text = f"It rose. .\n\n{CREDIT}\n\nLeave a Comment\n\nThen,, it fell. ."
    found = _builtin().check(text)
    assert [d.code for d in found] == ["NL501", "NL201", "NL101", "NL501", "NL501"]
    assert [d.sort_key for d in found] == sorted(d.sort_key for d in found)
    credit = found[1]
    assert text[credit.start : credit.end] == CREDIT
    assert (credit.line, credit.column, credit.end_line, credit.end_column) == (3, 1, 3, len(CREDIT) + 1)
    assert credit.rule == "pipe-separated-credit"
    assert credit.category is Category.CREDIT


def test_path_and_record_are_carried_by_diagnostics():
    (diagnostic,) = _builtin().check("a,, b", path="story.txt", record_id="rec-7")
    assert (diagnostic.path, diagnostic.document) == ("story.txt", "rec-7")
    assert diagnostic.to_dict()["document"] == "rec-7"


def test_clean_text_has_no_diagnostics():
    assert Linter().check("A clean sentence.\n\nAnother one.\n") == []
    assert Linter().check("") == []


def test_select_ignore_extend_select_on_the_linter():
    text = f"It rose. .\n\n{CREDIT}"
    assert [d.code for d in Linter(select=["NL201"]).check(text)] == ["NL201"]
    assert [d.code for d in Linter(select=BUILTIN, ignore=["credit"]).check(text)] == ["NL501"]
    assert [d.code for d in Linter(select=["NL201"], extend_select=["NL501"]).check(text)] == ["NL501", "NL201"]
    # An explicit select starts afresh (as ruff's --select does): the configuration's
    # ignore refined the configuration's selection, not this one.
    linter = Linter({"select": ["NL101"], "ignore": ["NL201"]}, select=["NL201", "NL501"], ignore=["NL501"])
    assert [r.code for r in linter.rules] == ["NL201"]
    linter = Linter({"select": ["NL101"], "ignore": ["NL201"]}, select=["NL201", "NL501"])
    assert [r.code for r in linter.rules] == ["NL201", "NL501"]
    # Without one, ignore adds to the configuration's ignores.
    linter = Linter({"ignore": ["NL201"]}, ignore=["NL501"])
    assert "NL201" not in [r.code for r in linter.rules] and "NL501" not in [r.code for r in linter.rules]


def test_timings_are_recorded_per_rule_once_a_clock_is_set():
    linter = Linter(select=["NL501"])
    linter.check("a,, b")
    assert not linter.timings  # untimed by default: the clock reads cost time
    linter.clock = time.perf_counter
    linter.check("a,, b")
    assert set(linter.timings) == {"NL501"}
    assert linter.timings["NL501"] >= 0


# -- gates -----------------------------------------------------------------------------


def _gate_counting(calls: list, needle: str = "zebra"):
    def gate(document):
        calls.append(document.text)
        return needle in document.text

    return gate


def test_a_closed_gate_skips_its_rules(make_rule):
    calls: list[str] = []
    rule_class = _finditer_rule(make_rule, "a", gate=staticmethod(_gate_counting(calls)))
    linter = Linter(rules=[rule_class], select=["NL981"])
    assert linter.check("a cat") == []  # the rule would report "a", but the gate is closed
    assert [d.code for d in linter.check("a zebra")] == ["NL981", "NL981"]
    assert calls == ["a cat", "a zebra"]


def test_rules_sharing_a_gate_share_one_call_per_document(make_rule):
    calls: list[str] = []
    gate = _gate_counting(calls)
    first = _finditer_rule(make_rule, "zebra", code="NL981", gate=staticmethod(gate))
    second = _finditer_rule(make_rule, "zebra", code="NL982", gate=gate)  # a plain function works too
    linter = Linter(rules=[first, second], select=["NL981", "NL982"])
    assert [d.code for d in linter.check("one zebra")] == ["NL981", "NL982"]
    assert linter.check("no stripes") == []
    assert calls == ["one zebra", "no stripes"]


def test_a_failing_gate_lets_its_rules_run(make_rule):
    def gate(document):
        raise ValueError("broken gate")

    rule_class = _finditer_rule(make_rule, "zebra", gate=staticmethod(gate))
    linter = Linter(rules=[rule_class], select=["NL981"])
    assert [d.code for d in linter.check("a zebra")] == ["NL981"]


def test_a_gate_on_an_instance_is_used(make_rule):
    rule = _finditer_rule(make_rule, "a")()
    rule.gate = lambda document: False
    assert Linter(rules=[rule], select=["NL981"]).check("a zebra") == []


def test_a_gates_time_is_charged_to_its_first_rule(make_rule):
    rule_class = _finditer_rule(make_rule, "a", gate=staticmethod(lambda document: False))
    linter = Linter(rules=[rule_class], select=["NL981"])
    linter.clock = time.perf_counter
    linter.check("a cat")
    assert set(linter.timings) == {"NL981"}


# -- runtime rules ---------------------------------------------------------------------


def test_runtime_rule_is_registered_and_selected(make_rule):
    rule_class = _finditer_rule(make_rule, "zebra")
    linter = Linter(rules=[rule_class])
    rule = linter.registry.get("NL981")
    assert isinstance(rule, rule_class)
    assert rule.origin == "runtime"
    assert "NL981" in [r.code for r in linter.rules]
    assert [d.code for d in linter.check("a zebra, b")] == ["NL981"]
    # built-in rules are still there
    assert [d.code for d in linter.check("a zebra,, b")] == ["NL981", "NL501"]


def test_runtime_rule_instance_keeps_its_origin(make_rule):
    rule = _finditer_rule(make_rule, "zebra")()
    rule.origin = "my-tests"
    linter = Linter(rules=[rule], select=["NL981"])
    assert linter.registry.get("NL981") is rule
    assert rule.origin == "my-tests"


def test_runtime_rule_does_not_leak_into_other_linters(make_rule):
    Linter(rules=[_finditer_rule(make_rule, "zebra")])
    assert Linter().registry.get("NL981") is None
    assert newslint.check("a zebra") == []


def test_invalid_runtime_rule_is_rejected(make_rule):
    with pytest.raises(RegistrationError, match="kebab-case"):
        Linter(rules=[make_rule(name="Bad_Name")])
    with pytest.raises(RegistrationError, match="duplicate 'NL501'"):
        Linter(rules=[make_rule(code="NL501", category=Category.PUNCTUATION, name="dup")])


# -- rule failures (NL002) -------------------------------------------------------------


def test_crashing_rule_yields_nl002_and_others_still_report(crashing_rule):
    linter = Linter(rules=[crashing_rule], select=["NL501", "NL992", "NL201"])
    text = f"Intro,, here.\n\n{CREDIT}"
    found = linter.check(text)
    assert sorted(d.code for d in found) == ["NL002", "NL201", "NL501"]
    (failure,) = [d for d in found if d.code == "NL002"]
    assert failure.rule == INTERNAL_RULES["NL002"][0]
    assert failure.category is Category.INTERNAL
    assert "NL992" in failure.message and "always-crashes" in failure.message
    assert "RuntimeError: boom" in failure.message
    assert (failure.start, failure.end, failure.line, failure.column) == (0, 0, 1, 1)
    assert failure.fix is None


def test_crash_after_some_findings_drops_them(make_rule):
    def check(self, document):
        yield self.diagnostic(document, 0, 1)
        raise ValueError("half way")

    linter = Linter(rules=[make_rule(check)], select=["NL981"])
    assert [d.code for d in linter.check("abc")] == ["NL002"]


@pytest.mark.parametrize(
    "bad",
    [
        lambda self, document: [None],
        lambda self, document: ["NL981"],
        lambda self, document: [dataclasses.replace(self.diagnostic(document, 0, 0), end=len(document.text) + 5)],
        lambda self, document: [dataclasses.replace(self.diagnostic(document, 2, 2), start=3)],
    ],
)
def test_malformed_findings_yield_nl002(make_rule, bad):
    linter = Linter(rules=[make_rule(bad)], select=["NL981", "NL501"])
    found = linter.check("abc,, d")
    assert [d.code for d in found] == ["NL002", "NL501"]
    assert "NL981" in found[0].message


def test_fix_edit_outside_the_text_yields_nl002(make_rule):
    def check(self, document):
        yield self.diagnostic(document, 0, 1, fix=Fix.safe("far", Edit(0, len(document.text) + 3)))

    linter = Linter(rules=[make_rule(check)], select=["NL981"])
    assert [d.code for d in linter.check("abc")] == ["NL002"]


def test_crashing_rule_does_not_stop_fixing(crashing_rule):
    linter = Linter(rules=[crashing_rule], select=["NL501", "NL992"])
    result = linter.fix("a,, b")
    assert result.text == "a, b"
    assert [d.code for d in result.remaining] == ["NL002"]


# -- the fix loop ----------------------------------------------------------------------


def test_fix_applies_safe_fixes_and_converges():
    text = f"It rose. .\n\n{CREDIT}\n\nThen,,,, it fell.\n\nLeave a Comment\n"
    result = _builtin().fix(text)
    assert result.text == "It rose.\n\nThen, it fell.\n"
    assert result.remaining == []
    assert result.changed
    codes = [d.code for d in result.applied]
    # ". ." takes one fix; ",,,," takes two fixes in the first pass and one in the second.
    assert codes.count("NL501") == 4
    assert "NL201" in codes and "NL101" in codes
    again = _builtin().fix(result.text)
    assert again.text == result.text
    assert not again.changed


def test_fix_of_clean_text_changes_nothing():
    result = _builtin().fix("Nothing to see.\n")
    assert result.text == "Nothing to see.\n"
    assert result.applied == [] and result.remaining == []
    assert not result.changed


def test_overlapping_fixes_are_applied_over_several_passes(make_rule):
    # NL981 turns "ab" into "AB"; NL982 turns "bc" or "Bc" into "BC". On "abc" their
    # edits overlap, so the first pass applies NL981 only and the second NL982.
    upper = lambda match: Fix.safe("Upper-case", Edit(match.start(), match.end(), match.group().upper()))  # noqa: E731
    first = _finditer_rule(make_rule, "ab", fix=upper, code="NL981")
    second = _finditer_rule(make_rule, "[bB]c", fix=upper, code="NL982")
    linter = Linter(rules=[first, second], select=["NL9"])

    diagnostics = linter.check("abc")
    assert [d.code for d in diagnostics] == ["NL981", "NL982"]
    one_pass, used = apply_fixes("abc", diagnostics)
    assert one_pass == "ABc" and [d.code for d in used] == ["NL981"]

    result = linter.fix("abc")
    assert result.text == "ABC"
    assert [d.code for d in result.applied] == ["NL981", "NL982"]
    assert result.remaining == []


def test_unsafe_fixes_need_the_unsafe_threshold(make_rule):
    unsafe = lambda match: Fix.unsafe("Drop", Edit(match.start(), match.end()))  # noqa: E731
    rule = _finditer_rule(make_rule, r" \(maybe\)", fix=unsafe)
    linter = Linter(rules=[rule], select=["NL981", "NL501"])
    text = "It is (maybe) so,, yes."

    safe_only = linter.fix(text)
    assert safe_only.text == "It is (maybe) so, yes."
    assert [d.code for d in safe_only.applied] == ["NL501"]
    assert [d.code for d in safe_only.remaining] == ["NL981"]
    assert safe_only.remaining[0].fix.applicability is Applicability.UNSAFE

    with_unsafe = linter.fix(text, unsafe=True)
    assert with_unsafe.text == "It is so, yes."
    assert with_unsafe.remaining == []

    # the configuration's unsafe-fixes is the default, and an explicit argument wins
    configured = Linter(Settings(unsafe_fixes=True), rules=[rule], select=["NL981"])
    assert configured.fix(text).text == "It is so,, yes."
    assert configured.fix(text, unsafe=False).text == text


def test_non_converging_fix_yields_nl001(grow_rule):
    linter = Linter(rules=[grow_rule], select=["NL991"])
    result = linter.fix("abc")
    assert result.text == "x" * MAX_FIX_PASSES + "abc"
    assert len(result.applied) == MAX_FIX_PASSES
    assert [d.code for d in result.remaining] == ["NL001", "NL991"]
    stuck = result.remaining[0]
    assert stuck.category is Category.INTERNAL
    assert stuck.rule == "fix-not-converged"
    assert "NL991" in stuck.message and str(MAX_FIX_PASSES) in stuck.message
    assert stuck.fix is None


def test_oscillating_fixes_yield_nl001(make_rule):
    swap = lambda match: Fix.safe("Swap", Edit(match.start(), match.end(), "b" if match.group() == "a" else "a"))  # noqa: E731
    linter = Linter(rules=[_finditer_rule(make_rule, "^[ab]", fix=swap)], select=["NL981"])
    result = linter.fix("a!")
    assert result.remaining[0].code == "NL001"
    assert result.text in ("a!", "b!")


def test_convergence_on_the_last_pass_is_not_nl001(make_rule):
    # Needs exactly MAX_FIX_PASSES passes, then only offers a fix that changes nothing.
    def check(self, document):
        text = document.text
        if len(text) < MAX_FIX_PASSES:
            yield self.diagnostic(document, 0, 0, fix=Fix.safe("Grow", Edit(0, 0, "x")))
        else:
            yield self.diagnostic(document, 0, 1, fix=Fix.safe("Same", Edit(0, 1, text[0])))

    linter = Linter(rules=[make_rule(check)], select=["NL981"])
    result = linter.fix("")
    assert result.text == "x" * MAX_FIX_PASSES
    assert [d.code for d in result.remaining] == ["NL981"]


def test_unsafe_only_non_convergence_is_not_reported_in_safe_mode(make_rule):
    def check(self, document):
        yield self.diagnostic(document, 0, 0, fix=Fix.unsafe("Grow", Edit(0, 0, "x")))

    linter = Linter(rules=[make_rule(check)], select=["NL981"])
    result = linter.fix("abc")
    assert result.text == "abc"
    assert [d.code for d in result.remaining] == ["NL981"]


def test_no_op_fix_does_not_loop(make_rule):
    def check(self, document):
        if document.text:
            yield self.diagnostic(document, 0, 1, fix=Fix.safe("Same", Edit(0, 1, document.text[0])))

    linter = Linter(rules=[make_rule(check)], select=["NL981"])
    result = linter.fix("abc")
    assert result.text == "abc"
    assert result.applied == []
    assert [d.code for d in result.remaining] == ["NL981"]


def test_apply_fixes_keeps_the_earlier_of_overlapping_fixes():
    def diag(code, *edits, applicability=Applicability.SAFE):
        return Diagnostic(code, "r", Category.STRUCTURE, "m", 0, 0, 1, 1, 1, 1, fix=Fix(edits, applicability, "m"))

    text = "0123456789"
    a = diag("NL982", Edit(2, 5, "X"))
    b = diag("NL981", Edit(4, 6, "Y"))  # overlaps a, starts later
    c = diag("NL983", Edit(0, 1, "Z"), Edit(8, 9))  # two edits, both clear of a
    d = diag("NL984", Edit(9, 12))  # beyond the end of the text: skipped
    e = diag("NL985", Edit(6, 7, "6"))  # a no-op
    result, used = apply_fixes(text, [b, d, e, a, c])
    assert result == "Z1X5679"
    assert [x.code for x in used] == ["NL983", "NL982"]
    assert apply_fixes(text, []) == (text, [])


def _deleting(code, *edits):
    return Diagnostic(code, "r", Category.STRUCTURE, "m", 0, 0, 1, 1, 1, 1, fix=Fix.safe("m", *edits))


def test_overlapping_deletions_delete_their_union_and_both_count():
    text = "0123456789"
    result, used = apply_fixes(text, [_deleting("NL981", Edit(2, 5)), _deleting("NL982", Edit(4, 7))])
    assert result == "01789" and sorted(d.code for d in used) == ["NL981", "NL982"]
    # A replacement still conflicts with a deletion over the same characters.
    result, used = apply_fixes(text, [_deleting("NL981", Edit(2, 5)), _deleting("NL982", Edit(4, 7, "X"))])
    assert result == "0156789" and [d.code for d in used] == ["NL981"]


def test_a_block_of_deleted_lines_at_the_end_takes_the_blank_lines_before_it():
    """Each line of a block goes as ``line_block_removal`` plans it alone: the last one
    with the line break before it, which the line before it took too. Joined, the block
    reaches the end of the text, and the blank lines that separated it go with it."""
    for end in ("", "\n", "\r\n"):
        text = f"Story.  \n\nRelated\n\nOne headline\n\nLast headline{end}"
        document = newslint.Document(text)
        blocks = [document.line_block_removal(index, index) for index in (2, 4, 6)]
        result, used = apply_fixes(text, [_deleting(f"NL98{i}", Edit(*block)) for i, block in enumerate(blocks)])
        assert result == f"Story.  {end}" and len(used) == 3
    # Inside the text, the joined deletions take nothing else.
    text = "Story.\n\nOne headline\n\nLast headline\n\nMore story."
    document = newslint.Document(text)
    blocks = [document.line_block_removal(index, index) for index in (2, 4)]
    assert apply_fixes(text, [_deleting("NL981", Edit(*b)) for b in blocks])[0] == "Story.\n\nMore story."


def test_apply_fixes_rejects_a_fix_whose_edits_clash_with_an_accepted_one():
    def diag(code, *edits):
        return Diagnostic(code, "r", Category.STRUCTURE, "m", 0, 0, 1, 1, 1, 1, fix=Fix.safe("m", *edits))

    first = diag("NL981", Edit(0, 1, "A"), Edit(5, 6, "F"))
    # An insertion right before another fix's edit (5..5 before 5..6) does not clash.
    second = diag("NL982", Edit(2, 3, "C"), Edit(5, 5, "!"))
    result, used = apply_fixes("abcdefg", [first, second])
    assert result == "AbCde!Fg"
    third = diag("NL983", Edit(2, 3, "C"), Edit(5, 6, "G"))  # clashes with the first fix at 5..6
    result, used = apply_fixes("abcdefg", [first, third])
    assert result == "AbcdeFg"
    assert [d.code for d in used] == ["NL981"]


# -- suppression comments --------------------------------------------------------------


def test_disable_and_enable_one_rule():
    text = (
        "Before,, this.\n"
        "<!-- newslint: disable=NL501 -->\n"
        "Inside,, this.\n\n"
        f"{CREDIT}\n"
        "<!-- newslint: enable=NL501 -->\n"
        "After,, this."
    )
    found = _builtin().check(text)
    assert [(d.code, d.line) for d in found] == [("NL501", 1), ("NL201", 5), ("NL501", 7)]


def test_disable_without_enable_runs_to_the_end():
    text = "One,, two.\n<!-- newslint: disable=NL501 -->\nThree,, four.,,"
    assert [d.line for d in _builtin().check(text)] == [1]


def test_disable_everything():
    text = f"One,, two.\n\n<!-- newslint: disable -->\n{CREDIT}\nThree,, four.\n<!-- newslint: enable -->\nFive,, six."
    assert [(d.code, d.line) for d in _builtin().check(text)] == [("NL501", 1), ("NL501", 7)]


def test_enable_one_rule_inside_disable_all():
    text = (
        "<!-- newslint: disable -->\n"
        f"{CREDIT}\n"
        "One,, two.\n"
        "<!-- newslint: enable=NL501 -->\n"
        f"{CREDIT}\n"
        "Three,, four.\n"
        "<!-- newslint: disable=NL501 -->\n"
        "Five,, six.\n"
        "<!-- newslint: enable -->\n"
        f"{CREDIT}"
    )
    assert [(d.code, d.line) for d in _builtin().check(text)] == [("NL501", 6), ("NL201", 10)]


def test_suppression_selectors_are_selectors():
    text = "<!-- newslint: disable=credit, duplicated-punctuation -->\n" f"{CREDIT}\nOne,, two."
    assert _builtin().check(text) == []
    text = "<!-- newslint: disable=NL2 -->\n" f"{CREDIT}\nOne,, two."
    assert [d.code for d in _builtin().check(text)] == ["NL501"]


def test_suppression_comment_spelling_is_flexible():
    text = "<!--newslint:disable = NL501-->\nOne,, two."
    assert _builtin().check(text) == []
    text = "<!-- NEWSLINT: DISABLE=nl501 -->\nOne,, two."
    assert _builtin().check(text) == []


def test_unknown_selector_in_a_suppression_is_nl003():
    comment = "<!-- newslint: disable=NL9999 -->"
    text = f"One,, two.\n{comment}\nThree,, four."
    found = _builtin().check(text)
    assert [d.code for d in found] == ["NL501", "NL003", "NL501"]
    problem = found[1]
    assert text[problem.start : problem.end] == comment
    assert (problem.line, problem.column) == (2, 1)
    assert problem.category is Category.INTERNAL
    assert "NL9999" in problem.message


def test_unknown_selector_is_reported_in_clean_text():
    text = "A clean sentence.\n<!-- newslint: disable=bogus -->\nAnother."
    assert [d.code for d in _builtin().check(text)] == ["NL003"]


def test_a_bad_suppression_does_not_break_the_others():
    text = "<!-- newslint: disable=nope -->\n<!-- newslint: disable=NL501 -->\nOne,, two."
    assert [d.code for d in _builtin().check(text)] == ["NL003"]


def test_suppression_applies_while_fixing():
    text = "<!-- newslint: disable=NL501 -->\nOne,, two.\n<!-- newslint: enable=NL501 -->\nThree,, four."
    assert _builtin().fix(text).text == text.replace("Three,, four.", "Three, four.")


# -- allow -----------------------------------------------------------------------------


def test_allow_drops_overlapping_diagnostics():
    text = f"Keep,, this.\n\n{CREDIT}\n\nBut not,, this."
    linter = _builtin({"allow": [r"Keep,, this", r"Alimov"]})
    assert [(d.code, d.line) for d in linter.check(text)] == [("NL501", 5)]
    assert _builtin({"allow": ["Kee"]}).check("Keep,, this.")[0].code == "NL501"  # touching is not overlapping


def test_allow_keeps_fixes_of_what_it_drops_away():
    linter = _builtin({"allow": [r"x,,"]})
    assert linter.fix("x,, y,, z").text == "x,, y, z"


def test_allow_does_not_hide_engine_diagnostics(crashing_rule):
    linter = _builtin({"allow": [r"^Intro"]}, rules=[crashing_rule], select=["NL992"])
    assert [d.code for d in linter.check("Intro text.")] == ["NL002"]


# -- per-file and per-record ignores ---------------------------------------------------


def test_per_file_ignores_with_a_path(tmp_path):
    settings = Settings(root=str(tmp_path), per_file_ignores=(("drafts/*.txt", ("NL5",)), ("*.md", ("credit",))))
    linter = Linter(settings, select=BUILTIN)
    text = f"One,, two.\n\n{CREDIT}"
    assert [d.code for d in linter.check(text, path=str(tmp_path / "drafts" / "a.txt"))] == ["NL201"]
    assert [d.code for d in linter.check(text, path=str(tmp_path / "notes.md"))] == ["NL501"]
    assert [d.code for d in linter.check(text, path=str(tmp_path / "a.txt"))] == ["NL501", "NL201"]
    assert [d.code for d in linter.check(text)] == ["NL501", "NL201"]
    # ignores apply to fixing too
    assert linter.fix(text, path=str(tmp_path / "drafts" / "a.txt")).text == "One,, two."


def test_per_record_ignores():
    linter = _builtin({"per-record-ignores": {"rec-1": ["NL501"], "feed-*": ["ALL"]}})
    text = "One,, two."
    assert linter.check(text, record_id="rec-1") == []
    assert linter.check(text, record_id="feed-9") == []
    assert [d.code for d in linter.check(text, record_id="rec-2")] == ["NL501"]


# -- the library API -------------------------------------------------------------------


def test_api_check_and_fix():
    text = "It rose on a military level. ."
    assert [d.code for d in newslint.check(text, select=BUILTIN)] == ["NL501"]
    assert newslint.check(text, select=["NL201"]) == []
    assert newslint.check(text, select=BUILTIN, ignore=["NL501"]) == []
    assert newslint.check(text, config={"select": BUILTIN, "ignore": ["punctuation"]}) == []
    assert newslint.fix(text, select=BUILTIN).text == "It rose on a military level."
    (found,) = newslint.check(text, select=BUILTIN, path="p.txt", record_id="r1")
    assert (found.path, found.document) == ("p.txt", "r1")


def test_api_fix_unsafe(tmp_path):
    pack = tmp_path / "pack.toml"
    pack.write_text(
        '[[rules]]\ncode = "NL791"\nname = "tab-run"\ncategory = "whitespace"\nsummary = "Tabs"\n'
        'patterns = ["\\t+"]\nfix = "replace"\nreplacement = " "\napplicability = "unsafe"\n'
        '[rules.doc]\nwhat = "w"\nwhy = "w"\nexample = "e"\nuse-instead = "u"\nfix-safety = "f"\n'
        '[[rules.examples]]\ntext = "a\\tb"\n[[rules.examples]]\ntext = "a b"\nfires = false\n',
        encoding="utf-8",
    )
    config = {"rule-packs": [str(pack)], "select": ["NL791"]}
    assert newslint.fix("a\t\tb", config=config).text == "a\t\tb"
    assert newslint.fix("a\t\tb", config=config, unsafe=True).text == "a b"


def test_api_get_rule():
    rule = newslint.get_rule("NL201")
    assert rule.name == "pipe-separated-credit"
    assert newslint.get_rule("duplicated-punctuation").code == "NL501"
    assert newslint.get_rule("nl101").code == "NL101"
    with pytest.raises(KeyError):
        newslint.get_rule("NL999")


def test_api_caches_linters():
    from newslint import api

    api._linter.cache_clear()
    newslint.check("x", select=["NL5"])
    newslint.check("y", select=["NL5"])
    assert api._linter.cache_info().hits >= 1


# -- fixes may not delete most of a document ----------------------------------------------


def test_fixes_that_would_delete_most_of_a_document_are_withheld():
    credits = "\n\n".join(f"Reporter {name} | Moment | Getty Images" for name in "ABCDEFGHIJ")
    text = "Ferry news.\n\n" + credits + "\n"
    linter = Linter(select=["NL201"])
    result = linter.fix(text)
    assert result.text == text
    assert result.applied == []
    assert result.remaining[0].code == "NL004"
    assert "over the limit of 50%" in result.remaining[0].message and "NL201" in result.remaining[0].message
    assert [d.code for d in result.remaining[1:]] == ["NL201"] * 10
    # A higher limit lets them through.
    relaxed = Linter({"max-fix-deletion": 0.99}, select=["NL201"]).fix(text)
    assert relaxed.text == "Ferry news.\n"


def test_small_deletions_are_never_withheld():
    text = "Story.\n\nAnna Berg | Moment | Getty Images"
    assert Linter(select=["NL201"]).fix(text).text == "Story."


@pytest.mark.parametrize("value", [1.5, -0.1, "half", True])
def test_max_fix_deletion_must_be_a_share(value):
    from newslint.config import ConfigError, settings_from_mapping

    with pytest.raises(ConfigError, match="'max-fix-deletion' must be a number from 0 to 1"):
        settings_from_mapping({"max-fix-deletion": value})


# -- a pattern that runs out of time costs its rule the document, not the run ------------


def test_rule_timeout_is_reported_and_the_run_goes_on(make_rule):
    import pickle

    from newslint import patterns

    # Catastrophic backtracking even for the regex module: words, then a digit never found.
    slow = patterns.compile(r"(?:\w+\s?)*\d", timeout=0.05)
    assert pickle.loads(pickle.dumps(slow)).timeout == 0.05

    def check(self, document):
        for match in slow.finditer(document.text):
            yield self.diagnostic(document, match.start(), match.end())

    rule = make_rule(check, code="NL986", name="slow-rule")
    linter = Linter(select=["NL986", "NL501"], rules=[rule])
    text = "word " * 2_000 + "\n\nIt rose. ."
    found = linter.check(text)
    assert [d.code for d in found] == ["NL005", "NL501"]
    assert "NL986 (slow-rule)" in found[0].message and "timed out" in found[0].message
    assert found[0].category.value == "internal"


def test_timings_are_read_from_the_linters_clock():
    ticks = iter(range(0, 1000, 5))
    linter = Linter(select=["NL501"])
    linter.clock = lambda: next(ticks)
    linter.check("a,, b")
    assert linter.timings["NL501"] > 0 and linter.timings["NL501"] % 5 == 0
