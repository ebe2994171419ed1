"""RuleRegistry: what a rule must be to be registered, and how selectors resolve."""

from __future__ import annotations

import pytest

from newslint import Category, FixAvailability, Rule
from newslint.registry import RegistrationError, RuleRegistry, SelectorError, validate_rule
from newslint.rule import DOC_SECTIONS, split_doc_sections

# -- validation ------------------------------------------------------------------------


def _register(rule_class) -> RegistrationError:
    with pytest.raises(RegistrationError) as info:
        RuleRegistry().register(rule_class())
    return info.value


def test_a_valid_rule_registers(make_rule):
    registry = RuleRegistry()
    rule = registry.register(make_rule()())
    assert registry.get("NL981") is rule
    assert len(registry) == 1


@pytest.mark.parametrize("code", ["NL12", "XX123", "NL0123", "nl901", "NL 901", "NL9O1", "", "NL9812", "ZNL981"])
def test_rejects_bad_codes(make_rule, code):
    message = str(_register(make_rule(code=code, name="bad-code-rule")))
    assert "bad-code-rule" in message
    assert repr(code) in message
    assert "three digits" in message


def test_rejects_hundreds_digit_that_does_not_match_category(make_rule):
    message = str(_register(make_rule(code="NL301", name="wrong-digit", category=Category.CREDIT)))
    assert "NL301" in message and "wrong-digit" in message
    assert "hundreds digit" in message
    assert "'caption'" in message  # what the digit says
    assert "'credit'" in message  # what the rule declares


@pytest.mark.parametrize("category", ["photo-credit", None, 2, Category.INTERNAL])
def test_rejects_unknown_category(make_rule, category):
    message = str(_register(make_rule(code="NL201", name="odd-category", category=category)))
    assert "NL201" in message and "odd-category" in message
    assert "unknown category" in message
    assert "credit" in message  # lists the valid ones


def test_accepts_a_category_named_by_its_string(make_rule):
    rule = make_rule(code="NL201", name="string-category", category="credit")()
    RuleRegistry([rule])
    assert rule.category is Category.CREDIT


@pytest.mark.parametrize(
    "name", ["PipeCredit", "pipe_credit", "pipe--credit", "-pipe", "pipe-", "pipe credit", "", "2pipe", "pipé"]
)
def test_rejects_names_that_are_not_kebab_case(make_rule, name):
    message = str(_register(make_rule(name=name)))
    assert "NL981" in message
    assert "kebab-case" in message
    assert repr(name) in message


@pytest.mark.parametrize("name", ["credit", "punctuation", "all", "nl", "nl2", "nl901"])
def test_rejects_names_that_would_shadow_a_selector(make_rule, name):
    # A rule called "credit" would turn `select = ["credit"]` into a one-rule selection.
    message = str(_register(make_rule(name=name)))
    assert "NL981" in message
    assert repr(name) in message


def _doc_without(section: str, valid_doc: str) -> str:
    sections = split_doc_sections(valid_doc)
    assert set(sections) == set(DOC_SECTIONS)
    return "\n\n".join(f"## {title}\n{body}" for title, body in sections.items() if title != section)


@pytest.mark.parametrize("section", DOC_SECTIONS)
def test_rejects_doc_missing_a_section(make_rule, section):
    doc = _doc_without(section, make_rule().__doc__)
    message = str(_register(make_rule(__doc__=doc, name="undocumented")))
    assert "NL981" in message and "undocumented" in message
    assert repr(section) in message
    others = [s for s in DOC_SECTIONS if s != section]
    assert not any(repr(s) in message for s in others)


@pytest.mark.parametrize("section", DOC_SECTIONS)
def test_rejects_doc_with_an_empty_section(make_rule, section):
    doc = make_rule().__doc__.replace(f"## {section}\n", f"## {section}\n\n## Placeholder\n")
    assert doc != make_rule().__doc__
    message = str(_register(make_rule(__doc__=doc)))
    assert repr(section) in message


def test_rejects_rule_without_doc(make_rule):
    message = str(_register(make_rule(__doc__=None)))
    for section in DOC_SECTIONS:
        assert repr(section) in message


@pytest.mark.parametrize("summary", ["", "   ", "Two\nlines", None])
def test_rejects_bad_summary(make_rule, summary):
    message = str(_register(make_rule(summary=summary, name="bad-summary")))
    assert "bad-summary" in message
    assert "summary must be one non-empty line" in message


def test_rejects_bad_fix_availability(make_rule):
    message = str(_register(make_rule(fix_availability="always")))
    assert "fix_availability" in message


def test_rejects_rule_without_check(make_rule):
    class NoCheck(Rule):
        __doc__ = make_rule().__doc__
        code = "NL982"
        name = "no-check"
        category = Category.STRUCTURE
        summary = "Never checks"

    message = str(_register(NoCheck))
    assert "NL982" in message and "no-check" in message
    assert "check()" in message


def test_rejects_duplicate_code(make_rule):
    registry = RuleRegistry()
    first = make_rule(name="first-rule")()
    first.origin = "plugin-a"
    registry.register(first)
    second = make_rule(name="second-rule")()
    second.origin = "plugin-b"
    with pytest.raises(RegistrationError) as info:
        registry.register(second)
    message = str(info.value)
    assert "second-rule" in message and "first-rule" in message
    assert "plugin-a" in message and "plugin-b" in message
    assert "duplicate 'NL981'" in message
    assert registry.get("second-rule") is None
    assert len(registry) == 1


def test_rejects_duplicate_name(make_rule):
    registry = RuleRegistry([make_rule(code="NL981", name="same-name")()])
    with pytest.raises(RegistrationError) as info:
        registry.register(make_rule(code="NL982", name="same-name")())
    message = str(info.value)
    assert "NL982" in message and "NL981" in message
    assert "duplicate 'same-name'" in message
    assert registry.get("NL982") is None


def test_validate_rule_names_unknown_origin(make_rule):
    with pytest.raises(RegistrationError, match="unknown origin"):
        validate_rule(make_rule(code="NL1")())
    rule = make_rule(code="NL1")()
    rule.origin = "my-plugin"
    with pytest.raises(RegistrationError, match="my-plugin"):
        validate_rule(rule)


# -- lookup and selectors --------------------------------------------------------------


@pytest.fixture
def registry(make_rule):
    return RuleRegistry(
        [
            make_rule(code="NL501", name="doubled-marks", category=Category.PUNCTUATION)(),
            make_rule(code="NL201", name="pipe-credit", category=Category.CREDIT)(),
            make_rule(code="NL202", name="preview-credit", category=Category.CREDIT, preview=True)(),
            make_rule(code="NL211", name="other-credit", category=Category.CREDIT)(),
            make_rule(code="NL101", name="comment-prompt", category=Category.BOILERPLATE)(),
        ]
    )


def _codes(rules):
    return [rule.code for rule in rules]


def test_iteration_is_sorted_by_code(registry):
    assert _codes(registry) == ["NL101", "NL201", "NL202", "NL211", "NL501"]
    assert len(registry) == 5


def test_get_by_code_or_name(registry):
    assert registry.get("NL201").name == "pipe-credit"
    assert registry.get("nl201").name == "pipe-credit"
    assert registry.get(" pipe-credit ").code == "NL201"
    assert registry.get("PIPE-CREDIT").code == "NL201"
    assert registry.get("NL999") is None
    assert "NL501" in registry and "doubled-marks" in registry
    assert "NL999" not in registry


@pytest.mark.parametrize(
    "selector, expected",
    [
        ("NL201", ["NL201"]),
        ("nl201", ["NL201"]),
        ("pipe-credit", ["NL201"]),
        ("NL2", ["NL201", "NL211"]),
        ("NL20", ["NL201"]),
        ("NL21", ["NL211"]),
        ("NL", ["NL101", "NL201", "NL211", "NL501"]),
        ("credit", ["NL201", "NL211"]),
        ("CREDIT", ["NL201", "NL211"]),
        ("punctuation", ["NL501"]),
        ("encoding", []),  # a real category with no rules yet
        ("ALL", ["NL101", "NL201", "NL211", "NL501"]),
        ("all", ["NL101", "NL201", "NL211", "NL501"]),
    ],
)
def test_resolve(registry, selector, expected):
    assert _codes(registry.resolve(selector)) == expected


@pytest.mark.parametrize("selector", ["NL999", "NL2015", "NL2x", "nope", "pipe", "XX2", "", "credits", "NL-2"])
def test_unknown_selector_is_an_error(registry, selector):
    with pytest.raises(SelectorError) as info:
        registry.resolve(selector)
    assert repr(selector) in str(info.value)
    with pytest.raises(SelectorError):
        registry.validate_selectors(["NL201", selector])


def test_preview_rules_need_an_exact_selector_or_preview(registry):
    assert _codes(registry.resolve("NL202")) == ["NL202"]
    assert _codes(registry.resolve("preview-credit")) == ["NL202"]
    for broad in ("NL2", "NL20", "credit", "ALL", "NL"):
        assert "NL202" not in _codes(registry.resolve(broad)), broad
        assert "NL202" in _codes(registry.resolve(broad, preview=True)), broad


def test_select_defaults_to_every_stable_rule(registry):
    assert _codes(registry.select()) == ["NL101", "NL201", "NL211", "NL501"]
    assert _codes(registry.select(preview=True)) == ["NL101", "NL201", "NL202", "NL211", "NL501"]


def test_select_empty_selects_nothing(registry):
    assert registry.select([]) == []
    assert _codes(registry.select([], extend_select=["NL5"])) == ["NL501"]


def test_select_replaces_the_default(registry):
    assert _codes(registry.select(["credit"])) == ["NL201", "NL211"]
    assert _codes(registry.select(["NL501", "NL101"])) == ["NL101", "NL501"]


def test_ignore_removes_from_the_selection(registry):
    assert _codes(registry.select(["NL2"], ignore=["NL211"])) == ["NL201"]
    assert _codes(registry.select(None, ignore=["credit"])) == ["NL101", "NL501"]
    # ignore wins over select, and a broad ignore covers preview rules too
    assert registry.select(["NL201"], ignore=["NL201"]) == []
    assert _codes(registry.select(["NL202", "NL501"], ignore=["NL2"])) == ["NL501"]


def test_extend_select_adds_to_the_selection(registry):
    assert _codes(registry.select(["NL1"], extend_select=["NL5"])) == ["NL101", "NL501"]
    assert _codes(registry.select(["NL1"], extend_select=["NL202"])) == ["NL101", "NL202"]
    assert _codes(registry.select(["NL1"], extend_select=["credit"], ignore=["NL201"])) == ["NL101", "NL211"]


def test_select_validates_every_selector(registry):
    with pytest.raises(SelectorError):
        registry.select(["NL201", "bogus"])
    with pytest.raises(SelectorError):
        registry.select(ignore=["bogus"])
    with pytest.raises(SelectorError):
        registry.select(extend_select=["bogus"])


def test_matcher_covers_preview_rules(registry):
    assert registry.matcher(["credit"]) == frozenset({"NL201", "NL202", "NL211"})
    assert registry.matcher([]) == frozenset()
    with pytest.raises(SelectorError):
        registry.matcher(["bogus"])


def test_fix_availability_default_is_never():
    assert Rule.fix_availability is FixAvailability.NEVER
