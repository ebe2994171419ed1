"""Declarative rule packs: loading, validation errors, scopes, fixes, and the data-driven
harness that runs the examples of every pack in the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint import Applicability, Category, Document, FixAvailability, Linter
from newslint.config import CONFIG_FILES
from newslint.engine import rule_gate
from newslint.packs import PackError, PatternRule, load_pack
from newslint.registry import RegistrationError, RuleRegistry, validate_rule
from newslint.rule import DOC_SECTIONS
from newslint.testing import check_pack_examples

REPO = Path(__file__).resolve().parents[1]

# -- writing packs ---------------------------------------------------------------------


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


def _pack_text(*specs: dict) -> str:
    out = ['[pack]\nname = "test-pack"\n']
    for spec in specs:
        out.append("[[rules]]")
        for key, value in spec.items():
            if key in ("doc", "examples") and value is not None and not isinstance(value, (str, bool)):
                continue
            out.append(f"{json.dumps(key)} = {_toml_value(value)}")
        if isinstance(spec.get("doc"), dict):
            out.append("[rules.doc]")
            out.extend(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in spec["doc"].items())
        for example in spec.get("examples") or []:
            out.append("[[rules.examples]]")
            out.extend(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in example.items())
        out.append("")
    return "\n".join(out)


DOC = {
    "what": "Finds foo.",
    "why": "Foo is debris.",
    "example": "```text\nfoo\n```",
    "use-instead": "```text\nbar\n```",
    "fix-safety": "Safe.",
}


def spec(**overrides) -> dict:
    base = {
        "code": "NL981",
        "name": "foo-line",
        "category": "structure",
        "summary": "A foo was found",
        "patterns": ["foo"],
        "doc": dict(DOC),
        "examples": [{"text": "a foo b"}, {"text": "a bar b", "fires": False}],
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


@pytest.fixture
def write_pack(tmp_path):
    counter = iter(range(1000))

    def write(*specs: dict, text: str | None = None) -> Path:
        path = tmp_path / f"pack{next(counter)}.toml"
        path.write_text(_pack_text(*specs) if text is None else text, encoding="utf-8")
        return path

    return write


def _rule(write_pack, **overrides) -> PatternRule:
    (rule,) = load_pack(write_pack(spec(**overrides)))
    return rule


def _linter(rule: PatternRule) -> Linter:
    return Linter(select=[rule.code], rules=[rule], preview=True)


def _check(rule, text):
    return [(text[d.start : d.end], d.code) for d in _linter(rule).check(text)]


def _fix(rule, text, *, unsafe=False):
    return _linter(rule).fix(text, unsafe=unsafe).text


# -- the built-in pack -----------------------------------------------------------------


def test_builtin_pack_loads():
    rules = load_pack(REPO / "rules" / "boilerplate.toml")
    assert [r.code for r in rules] == ["NL101"]
    (rule,) = rules
    assert rule.name == "comment-prompt"
    assert rule.category is Category.BOILERPLATE
    assert rule.fix_availability is FixAvailability.ALWAYS
    assert rule.scope in ("line", "paragraph", "document")
    assert any(e.fires for e in rule.examples) and any(not e.fires for e in rule.examples)
    validate_rule(rule)  # a pack rule satisfies the same contract as a Python rule
    assert set(rule.doc_sections()) == set(DOC_SECTIONS)


def test_builtin_pack_is_registered_with_its_origin():
    rule = Linter().registry.get("NL101")
    assert isinstance(rule, PatternRule)
    assert "boilerplate.toml" in rule.origin
    # The installed copy (site-packages, or this folder in an editable install) of rules/.
    assert Path(rule.source).name == "boilerplate.toml"
    assert Path(rule.source).read_bytes() == (REPO / "rules" / "boilerplate.toml").read_bytes()


def test_loaded_rule_has_its_declared_attributes(write_pack):
    rule = _rule(
        write_pack,
        applicability="unsafe",
        fix="delete-match",
        preview=True,
        **{"fix-message": "Drop the foo"},
    )
    assert rule.code == "NL981" and rule.name == "foo-line"
    assert rule.category is Category.STRUCTURE
    assert rule.applicability is Applicability.UNSAFE
    assert rule.fix_message == "Drop the foo"
    assert rule.preview is True
    assert rule.fix_availability is FixAvailability.ALWAYS
    assert _rule(write_pack).fix_availability is FixAvailability.NEVER
    sections = rule.doc_sections()
    assert sections["What it does"] == "Finds foo."
    assert sections["Fix safety"] == "Safe."
    RuleRegistry([rule])


def test_origin_defaults_to_the_path(write_pack):
    path = write_pack(spec())
    assert load_pack(path)[0].origin == str(path)
    assert load_pack(path, origin="my-plugin")[0].origin == "my-plugin"


# -- malformed packs -------------------------------------------------------------------


def _pack_error(write_pack, *specs, text=None) -> tuple[str, Path]:
    path = write_pack(*specs, text=text)
    with pytest.raises(PackError) as info:
        load_pack(path)
    return str(info.value), path


def _assert_names_file_and_rule(message: str, path: Path, code: str = "NL981"):
    assert str(path) in message, message
    assert code in message, message


@pytest.mark.parametrize(
    "overrides, problem",
    [
        ({"pattern": ["foo"]}, "unknown key(s): pattern"),
        ({"patterns": ["foo("]}, "bad pattern 'foo('"),
        ({"patterns": ["[a-"]}, "bad pattern"),
        ({"scope": "sentence"}, "'scope' must be one of line, paragraph, document"),
        ({"scope": "paragraph", "whole-line": True}, "'whole-line' needs scope = \"line\""),
        ({"scope": "document", "whole-line": True}, "'whole-line' needs scope"),
        ({"fix": "replace"}, "needs a 'replacement' string"),
        ({"fix": "replace", "replacement": 3}, "needs a 'replacement' string"),
        ({"fix": "rewrite"}, "'fix' must be one of"),
        ({"applicability": "maybe"}, "'applicability' must be one of"),
        ({"category": "gossip"}, "unknown category 'gossip'"),
        ({"whole-line": "yes"}, "'whole-line' must be true or false"),
        ({"preview": 1}, "'preview' must be true or false"),
        ({"ignore-case": "no"}, "'ignore-case' must be true or false"),
        ({"patterns": "foo"}, "'patterns' must be a list of non-empty strings"),
        ({"patterns": [""]}, "'patterns' must be a list of non-empty strings"),
        ({"phrases": ["ok", 3]}, "'phrases' must be a list of non-empty strings"),
        ({"patterns": []}, "needs 'patterns' or 'phrases'"),
        ({"summary": ""}, "'summary' must be a non-empty string"),
        ({"name": None}, "'name' must be a non-empty string"),
        ({"doc": None}, "needs a [rules.doc] table"),
        ({"doc": "Finds foo."}, "needs a [rules.doc] table"),
        ({"doc": {**DOC, "notes": "x"}}, "doc has unknown key(s) notes"),
        ({"examples": []}, "needs at least one example that fires and one that does not"),
        ({"examples": [{"text": "foo"}, {"text": "foo foo"}]}, "needs at least one example that fires and one that does not"),
        ({"examples": [{"text": "bar", "fires": False}]}, "needs at least one example that fires and one that does not"),
        ({"examples": [{"fires": True}, {"text": "bar", "fires": False}]}, "example #1 needs a 'text' string"),
        ({"examples": [{"text": "foo", "expected": "x"}, {"text": "bar", "fires": False}]}, "example #1 has unknown key(s): expected"),
        ({"examples": [{"text": "foo"}, {"text": "bar", "fires": "no"}]}, "'fires' must be true or false"),
        ({"examples": [{"text": "foo", "fixed": 1}, {"text": "bar", "fires": False}]}, "example #1: 'fixed' must be a string"),
        ({"needles": "foo"}, "'needles' must be a list of non-empty strings"),
        ({"needles": [""]}, "'needles' must be a list of non-empty strings"),
        ({"needles": ["bar"]}, "example #1 fires but holds none of the 'needles'"),
        ({"needles": ["FOO"], "ignore-case": False}, "example #1 fires but holds none of the 'needles'"),
        ({"max-line-length": 10}, "'max-line-length' narrows where 'needles' are looked for: it needs 'needles'"),
        ({"needles": ["foo"], "max-line-length": 0}, "'max-line-length' must be a positive whole number"),
        ({"needles": ["foo"], "max-line-length": True}, "'max-line-length' must be a positive whole number"),
        ({"needles": ["foo"], "max-line-length": "80"}, "'max-line-length' must be a positive whole number"),
        ({"needles": ["foo"], "max-line-length": 2}, "example #1 fires but holds no needle on a line of at most 2 characters"),
    ],
)
def test_malformed_rule_is_a_pack_error(write_pack, overrides, problem):
    message, path = _pack_error(write_pack, spec(**overrides))
    _assert_names_file_and_rule(message, path)
    assert problem in message


@pytest.mark.parametrize("key", list(DOC))
def test_missing_doc_key_is_a_pack_error(write_pack, key):
    doc = {k: v for k, v in DOC.items() if k != key}
    message, path = _pack_error(write_pack, spec(doc=doc))
    _assert_names_file_and_rule(message, path)
    assert f"doc lacks {key}" in message


def test_blank_doc_key_is_a_pack_error(write_pack):
    message, path = _pack_error(write_pack, spec(doc={**DOC, "why": "  "}))
    _assert_names_file_and_rule(message, path)
    assert "doc lacks why" in message


def test_error_names_the_failing_rule_among_several(write_pack):
    good = spec(code="NL981", name="good-rule")
    bad = spec(code="NL982", name="bad-rule", scope="nowhere")
    message, path = _pack_error(write_pack, good, bad)
    assert str(path) in message
    assert "rule #2 (NL982)" in message


def test_pack_file_problems(write_pack, tmp_path):
    message, path = _pack_error(write_pack, text="[[rules]\ncode = ")
    assert str(path) in message and "not valid TOML" in message

    message, path = _pack_error(write_pack, text='[pack]\nname = "x"\n')
    assert str(path) in message and "at least one [[rules]] table" in message

    message, path = _pack_error(write_pack, text=_pack_text(spec()) + '\n[extra]\nx = 1\n')
    assert str(path) in message and "unknown top-level key(s): extra" in message

    missing = tmp_path / "missing.toml"
    with pytest.raises(PackError, match="cannot read rule pack") as info:
        load_pack(missing)
    assert str(missing) in str(info.value)


def test_pack_rule_with_a_bad_code_fails_registration(write_pack):
    rule = _rule(write_pack, code="NL9")
    with pytest.raises(RegistrationError, match="three digits"):
        RuleRegistry([rule])
    rule = _rule(write_pack, code="NL201")  # category structure, digit says credit
    with pytest.raises(RegistrationError, match="hundreds digit"):
        RuleRegistry([rule])


# -- needles ---------------------------------------------------------------------------


def test_needles_skip_a_document_that_holds_none(write_pack):
    rule = _rule(write_pack, patterns=[r"f\w+"], needles=["fo", "fi"])
    assert _check(rule, "a FOO b fun") == [("FOO", "NL981"), ("fun", "NL981")]  # a needle opens the gate
    assert _check(rule, "a fun b") == []  # the pattern matches, but the rule is skipped
    assert not rule.gate(Document("a fun b"))
    assert rule.gate(Document("a fiction"))


def test_needles_follow_ignore_case(write_pack):
    rule = _rule(write_pack, needles=["foo"], **{"ignore-case": False})
    assert rule.gate(Document("a foo"))
    assert not rule.gate(Document("a FOO"))
    # Case-folded, not lower-cased: "ſ" (long s) is an "s" to a case-insensitive pattern.
    folding = _rule(write_pack, patterns=["sort"], needles=["sort"],
                    examples=[{"text": "sort"}, {"text": "bar", "fires": False}])
    assert _check(folding, "ſort") == [("ſort", "NL981")]


def test_needles_without_letters_are_found_in_the_text_as_it_is(write_pack):
    rule = _rule(write_pack, patterns=[r"\[x\]"], needles=["["], examples=[{"text": "[x]"}, {"text": "x", "fires": False}])
    assert rule.gate(Document("a [X] b"))
    document = Document("a X b")
    assert not rule.gate(document)
    assert "packs.casefolded" not in document._memo
    lettered = _rule(write_pack, needles=["foo"])
    lettered.gate(document)
    assert "packs.casefolded" in document._memo


def test_max_line_length_looks_for_needles_on_short_lines_only(write_pack):
    rule = _rule(write_pack, patterns=[r"(?m)^\h*foo$"], scope="document", needles=["foo"], **{"max-line-length": 8})
    long_line = "a paragraph that mentions foo and goes on for a while"
    assert not rule.gate(Document(long_line))
    assert _check(rule, long_line + "\n\nFOO") == [("FOO", "NL981")]
    # indentation (any horizontal space a pattern's \h takes) is not counted; "\r" is
    # part of a line, as a pattern sees it
    assert rule.gate(Document("intro\n" + " \t\u00a0\u180e" * 20 + "foo"))
    assert rule.gate(Document("12345678\r\nFoo\r\n"))
    assert not rule.gate(Document("1234567\r" + "foo"))
    # case is folded when the rule ignores it, only on the short lines
    document = Document("FOO\n" + long_line)
    assert rule.gate(document)
    assert "packs.casefolded" not in document._memo


def test_a_rule_without_needles_has_no_gate(write_pack):
    assert rule_gate(_rule(write_pack)) is None


# -- scopes ----------------------------------------------------------------------------


def test_line_scope_does_not_cross_lines(write_pack):
    rule = _rule(write_pack, patterns=[r"alpha\s+beta"])
    assert _check(rule, "x alpha beta y") == [("alpha beta", "NL981")]
    assert _check(rule, "alpha\nbeta") == []


def test_paragraph_scope_crosses_lines_not_paragraphs(write_pack):
    rule = _rule(write_pack, patterns=[r"alpha\s+beta"], scope="paragraph")
    text = "Intro.\n\nalpha\nbeta gamma"
    found = _linter(rule).check(text)
    assert [(text[d.start : d.end]) for d in found] == ["alpha\nbeta"]
    assert (found[0].line, found[0].column, found[0].end_line, found[0].end_column) == (3, 1, 4, 5)
    assert _check(rule, "alpha\n\nbeta") == []
    assert _check(rule, "alpha\n  \nbeta") == []


def test_document_scope_crosses_paragraphs(write_pack):
    rule = _rule(write_pack, patterns=[r"alpha\s+beta"], scope="document")
    assert _check(rule, "x\nalpha\n\nbeta") == [("alpha\n\nbeta", "NL981")]


def test_multiple_matches_per_line_are_reported(write_pack):
    rule = _rule(write_pack)
    assert _check(rule, "foo and foo\nfoo") == [("foo", "NL981")] * 3


def test_empty_matches_are_not_reported(write_pack):
    rule = _rule(write_pack, patterns=["x*"])
    assert _check(rule, "abc") == []
    assert _check(rule, "axxb") == [("xx", "NL981")]


def test_offsets_are_document_offsets(write_pack):
    rule = _rule(write_pack, scope="paragraph")
    text = "one\n\ntwo foo"
    (diagnostic,) = _linter(rule).check(text)
    assert (diagnostic.start, diagnostic.end) == (9, 12)
    assert (diagnostic.line, diagnostic.column) == (3, 5)


# -- whole-line ------------------------------------------------------------------------


def test_whole_line_fires_only_on_a_line_that_is_the_match(write_pack):
    rule = _rule(write_pack, phrases=["Read more"], patterns=None, **{"whole-line": True, "fix": "delete-line"})
    text = "Intro.\n\n  » Read more «  \n\nHe did not read more of it."
    found = _linter(rule).check(text)
    assert [text[d.start : d.end] for d in found] == ["» Read more «"]
    assert _fix(rule, text) == "Intro.\n\nHe did not read more of it."


def test_whole_line_without_fix_reports_without_fix(write_pack):
    rule = _rule(write_pack, **{"whole-line": True})
    (diagnostic,) = _linter(rule).check("a\nfoo\nb")
    assert diagnostic.fix is None


def test_whole_line_delete_paragraph_deletes_the_paragraph(write_pack):
    rule = _rule(write_pack, **{"whole-line": True, "fix": "delete-paragraph"})
    assert _fix(rule, "Keep.\n\nfoo\nand its caption\n\nKeep too.") == "Keep.\n\nKeep too."


def test_whole_line_replace_replaces_the_line(write_pack):
    rule = _rule(
        write_pack, patterns=[r"(?P<n>\d+) comments"], fix="replace", replacement=r"[\g<n>]", **{"whole-line": True}
    )
    assert _fix(rule, "A\n12 comments\nB") == "A\n[12]\nB"


# -- fixes -----------------------------------------------------------------------------


def test_fix_delete_line(write_pack):
    rule = _rule(write_pack, fix="delete-line")
    assert _fix(rule, "Keep.\nfoo here\nKeep too.") == "Keep.\nKeep too."
    assert _fix(rule, "Keep.\n\nfoo here\n\nKeep too.\n") == "Keep.\n\nKeep too.\n"
    assert _fix(rule, "Keep.\n\nfoo here") == "Keep."
    assert _linter(rule).check("x foo")[0].fix.message == "Delete the line"


def test_fix_delete_line_when_the_match_takes_the_terminator(write_pack):
    # The match ends where the next line starts: only the matched line may go.
    rule = _rule(write_pack, patterns=[r"foo\s*"], scope="paragraph", fix="delete-line")
    assert _fix(rule, "Keep.\nfoo\nKeep too.") == "Keep.\nKeep too."


def test_fix_delete_line_spanning_lines(write_pack):
    rule = _rule(write_pack, patterns=[r"foo\nbar"], scope="paragraph", fix="delete-line")
    assert _fix(rule, "Keep.\nfoo\nbar\nKeep too.") == "Keep.\nKeep too."


def test_fix_delete_paragraph(write_pack):
    rule = _rule(write_pack, scope="paragraph", fix="delete-paragraph")
    assert _fix(rule, "Keep.\n\nFirst line\nwith foo\nlast line\n\nKeep too.") == "Keep.\n\nKeep too."
    assert _fix(rule, "Keep.\n\nfoo\n") == "Keep.\n"
    assert _fix(rule, "foo\n\nKeep.") == "Keep."


def test_fix_delete_match(write_pack):
    rule = _rule(write_pack, patterns=[r"\s*\(foo\)"], fix="delete-match")
    assert _fix(rule, "He said (foo) no (foo).") == "He said no."


def test_fix_replace_with_group_reference(write_pack):
    rule = _rule(write_pack, patterns=[r"(\d+)\s+per\s?cent"], fix="replace", replacement=r"\1%")
    text = "It rose 5 per cent and 12 percent."
    (first, second) = _linter(rule).check(text)
    assert first.fix.edits[0].content == "5%"
    assert _fix(rule, text) == "It rose 5% and 12%."


def test_fix_replace_with_named_group(write_pack):
    rule = _rule(write_pack, patterns=[r"(?P<word>\w+) \(sic\)"], fix="replace", replacement=r"\g<word>")
    assert _fix(rule, "a teh (sic) b") == "a teh b"


def test_unsafe_pack_fix_needs_unsafe(write_pack):
    rule = _rule(write_pack, fix="delete-match", applicability="unsafe")
    assert _linter(rule).check("a foo")[0].fix.applicability is Applicability.UNSAFE
    assert _fix(rule, "a foo") == "a foo"
    assert _fix(rule, "a foo", unsafe=True) == "a "


def test_fix_message_default_and_override(write_pack):
    assert _linter(_rule(write_pack, fix="delete-match")).check("foo")[0].fix.message == "Apply the fix"
    rule = _rule(write_pack, fix="delete-match", **{"fix-message": "Drop it"})
    assert _linter(rule).check("foo")[0].fix.message == "Drop it"


def test_preview_pack_rule_needs_exact_selection(write_pack):
    rule = _rule(write_pack, preview=True)
    assert Linter(rules=[rule]).check("foo") == []
    assert Linter(select=["NL98"], rules=[rule]).check("foo") == []
    assert [d.code for d in Linter(select=["NL981"], rules=[rule]).check("foo")] == ["NL981"]
    assert [d.code for d in Linter(select=["NL98"], rules=[rule], preview=True).check("foo")] == ["NL981"]


# -- phrases and case ------------------------------------------------------------------


def test_phrases_are_literals_with_flexible_whitespace(write_pack):
    rule = _rule(write_pack, patterns=None, phrases=["U.S. News (daily)"], scope="paragraph")
    assert _check(rule, "see U.S.   News (daily) now") == [("U.S.   News (daily)", "NL981")]
    assert _check(rule, "U.S.\nNews\t(daily)") == [("U.S.\nNews\t(daily)", "NL981")]
    # The dots and parentheses are literal, not regex syntax.
    assert _check(rule, "UxSx News daily") == []
    assert _check(rule, "U.S. News daily") == []
    assert _check(rule, "U.S.News (daily)") == []


def test_phrases_and_patterns_combine(write_pack):
    rule = _rule(write_pack, patterns=[r"b+ar"], phrases=["c*d"])
    assert _check(rule, "bbar c*d cd ccd") == [("bbar", "NL981"), ("c*d", "NL981")]


def test_ignore_case_default_and_off(write_pack):
    rule = _rule(write_pack, phrases=["Leave now"])
    assert _check(rule, "LEAVE NOW and FOO") == [("LEAVE NOW", "NL981"), ("FOO", "NL981")]
    rule = _rule(write_pack, phrases=["Leave now"], **{"ignore-case": False})
    assert _check(rule, "LEAVE NOW and FOO") == []
    assert _check(rule, "Leave now and foo") == [("Leave now", "NL981"), ("foo", "NL981")]


# -- the testing helper on pack rules --------------------------------------------------


def test_check_pack_examples_catches_a_wrong_example(write_pack):
    rule = _rule(write_pack, examples=[{"text": "foo"}, {"text": "contains foo", "fires": False}])
    with pytest.raises(AssertionError, match="NL981 fired"):
        check_pack_examples(rule)
    rule = _rule(write_pack, fix="delete-match", examples=[{"text": "a foo", "fixed": "a foo"}, {"text": "b", "fires": False}])
    with pytest.raises(AssertionError, match="expected 'a foo'"):
        check_pack_examples(rule)
    rule = _rule(write_pack, fix="delete-match", examples=[{"text": "a foo", "fixed": "a "}, {"text": "b", "fires": False}])
    check_pack_examples(rule)


def test_check_pack_examples_runs_the_given_rule_not_a_namesake(write_pack):
    # A pack reusing a registered code (NL101 is built in) must not be tested silently
    # against the built-in rule: it is a clash, reported as one.
    rule = _rule(write_pack, code="NL101", name="my-prompt", category="boilerplate")
    with pytest.raises(RegistrationError, match="duplicate 'NL101'"):
        check_pack_examples(rule)


# -- every example of every pack in the repository -------------------------------------


def _pack_paths() -> list[Path]:
    """Every rule pack of the repository: ``rules/*.toml`` and ``examples/**/*.toml``,
    apart from configuration files and fixtures under a ``tests`` folder."""
    paths = sorted((REPO / "rules").glob("*.toml")) + sorted((REPO / "examples").glob("**/*.toml"))
    return [
        p
        for p in paths
        if p.name not in CONFIG_FILES and "tests" not in p.relative_to(REPO).parts
    ]


def _pack_cases():
    cases = []
    for path in _pack_paths():
        label = path.relative_to(REPO).as_posix()
        try:
            rules = load_pack(path)
        except PackError as error:
            cases.append(pytest.param(path, None, str(error), id=f"{label}:load"))
            continue
        cases.extend(pytest.param(path, rule.code, None, id=f"{label}:{rule.code}") for rule in rules)
    return cases


PACK_CASES = _pack_cases()


def test_the_harness_finds_the_builtin_pack():
    assert (REPO / "rules" / "boilerplate.toml") in _pack_paths()
    assert any(case.values[1] == "NL101" for case in PACK_CASES)


@pytest.mark.parametrize("path, code, load_error", PACK_CASES)
def test_pack_examples(path, code, load_error):
    if load_error is not None:
        pytest.fail(f"rule pack does not load: {load_error}")
    (rule,) = [r for r in load_pack(path) if r.code == code]
    check_pack_examples(rule)
