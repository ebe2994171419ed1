"""Properties that hold for any text (hypothesis): checking never fails and locates
diagnostics consistently; fixing is idempotent and changes only what fixes say."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import Applicability, Category, Document, Edit, Fix, FixAvailability, Linter, Rule
from newslint.engine import apply_fixes, rule_gate

FRAGMENTS = [
    "The minister said the plan would work.",
    "Prices rose 5% on Monday",
    "He declined to leave a comment.",
    "Sergey Alimov | Moment | Getty Images",
    "John Smith | AFP",
    "A B | Moment | Getty Images",
    "Leave a Comment",
    "» View all 23 comments",
    "Join the conversation",
    ". .",
    ",,",
    ";;",
    "?.",
    "...",
    ". . .",
    "…",
    "1..10",
    "Inc.,",
    "std::vector",
    " | ",
    "|",
    "Getty Images",
    "<p>",
    "</p>",
    "<div class=\"x\">",
    "&nbsp;",
    "<!-- newslint: disable -->",
    "<!-- newslint: enable -->",
    "<!-- newslint: disable=NL501 -->",
    "<!-- newslint: enable=NL501 -->",
    "<!-- newslint: disable=bogus -->",
    "<!--",
    "-->",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    "é",
    "😀",
    "\u2028",
    "\x0c",
]

def _rule_test_examples() -> list[str]:
    """Every string the rule tests and the rule packs use as an example: the texts rule
    authors thought of, firing and not, recombined below into new documents."""
    import ast
    from pathlib import Path

    from newslint.packs import load_pack

    root = Path(__file__).resolve().parent
    found: set[str] = set()
    for path in sorted((root / "rules").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 4 <= len(node.value) <= 600:
                found.add(node.value)
    for pack in sorted((root.parent / "rules").glob("*.toml")):
        found.update(example.text for rule in load_pack(pack) for example in rule.examples)
    return sorted(found)


RULE_EXAMPLES = _rule_test_examples()

article_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(RULE_EXAMPLES), st.text(max_size=8)), max_size=25
).map("".join)
# Whole articles: paragraphs taken from the rule tests' examples, joined as a scraper would.
example_article = st.lists(st.sampled_from(RULE_EXAMPLES), min_size=1, max_size=12).flatmap(
    lambda paragraphs: st.sampled_from(["\n\n", "\n", "\r\n\r\n"]).map(lambda sep: sep.join(paragraphs))
)
any_text = st.one_of(st.text(), article_text, example_article)

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class CollapseSpaces(Rule):
    """## What it does
    Finds runs of two or more spaces.

    ## Why is this bad?
    They are debris of removed markup.

    ## Example
    ```text
    a  b
    ```

    ## Use instead
    ```text
    a b
    ```

    ## Fix safety
    Unsafe: spacing can be deliberate.
    """

    code = "NL791"
    name = "space-run"
    category = Category.WHITESPACE
    summary = "Run of spaces"
    fix_availability = FixAvailability.ALWAYS
    _RUN = regex.compile(" {2,}")

    def check(self, document):
        for match in self._RUN.finditer(document.text):
            yield self.diagnostic(
                document, match.start(), match.end(), fix=Fix.unsafe("Collapse", Edit(match.start(), match.end(), " "))
            )


# The fix loop's own properties are tested with max-fix-deletion off (1.0): a withheld
# run keeps fixable diagnostics on purpose. Withholding is tested on its own below.
NO_LIMIT = {"max-fix-deletion": 1.0}
LINTER = Linter(NO_LIMIT)  # every registered rule: none may fail on any text
#: The built-in rules whose fixes are all deletions.
DELETING = Linter(NO_LIMIT, select=["NL101", "NL201", "NL501"])
WITH_UNSAFE = Linter(NO_LIMIT, rules=[CollapseSpaces])
WITH_LIMIT = Linter()


def _assert_well_formed(text: str, diagnostics) -> None:
    document = Document(text)
    for d in diagnostics:
        assert 0 <= d.start <= d.end <= len(text), d
        assert (d.line, d.column) == document.position(d.start), d
        assert (d.end_line, d.end_column) == document.position(d.end), d
        assert d.line <= d.end_line
        if d.fix is not None:
            for edit in d.fix.edits:
                assert 0 <= edit.start <= edit.end <= len(text), d
    keys = [d.sort_key for d in diagnostics]
    assert keys == sorted(keys)


def _is_subsequence(small: str, big: str) -> bool:
    remaining = iter(big)
    return all(char in remaining for char in small)


@PROPERTY_SETTINGS
@given(any_text)
def test_check_never_raises_and_locates_consistently(text):
    diagnostics = LINTER.check(text)
    _assert_well_formed(text, diagnostics)
    # no rule failed, and the run is deterministic
    assert "NL002" not in [d.code for d in diagnostics]
    assert LINTER.check(text) == diagnostics
    assert WITH_LIMIT.check(text) == diagnostics


@PROPERTY_SETTINGS
@given(any_text)
def test_check_with_a_runtime_rule_is_well_formed(text):
    _assert_well_formed(text, WITH_UNSAFE.check(text, path="x.txt", record_id="r"))


@PROPERTY_SETTINGS
@given(any_text)
def test_fix_is_idempotent_safe(text):
    result = LINTER.fix(text)
    assert "NL001" not in [d.code for d in result.remaining]
    _assert_well_formed(result.text, result.remaining)
    again = LINTER.fix(result.text)
    assert again.text == result.text
    assert not again.changed
    # what remains has no safe fix left that would change the text
    assert apply_fixes(result.text, [d for d in result.remaining if d.fix and d.fix.applicability is Applicability.SAFE])[1] == []


@PROPERTY_SETTINGS
@given(any_text)
def test_fix_is_idempotent_unsafe(text):
    result = WITH_UNSAFE.fix(text, unsafe=True)
    assert "NL001" not in [d.code for d in result.remaining]
    assert WITH_UNSAFE.fix(result.text, unsafe=True).text == result.text
    assert "NL791" not in [d.code for d in result.remaining]  # every run collapsed (or suppressed)
    # safe-only fixing of the unsafe result changes nothing either
    assert WITH_UNSAFE.fix(result.text).text == result.text


@PROPERTY_SETTINGS
@given(any_text)
def test_fix_with_the_deletion_limit_is_idempotent(text):
    for unsafe in (False, True):
        result = WITH_LIMIT.fix(text, unsafe=unsafe)
        assert WITH_LIMIT.fix(result.text, unsafe=unsafe).text == result.text
        if "NL004" in [d.code for d in result.remaining]:
            assert result.text == text and not result.applied


@PROPERTY_SETTINGS
@given(any_text)
def test_builtin_safe_fixes_only_delete(text):
    result = DELETING.fix(text)
    assert _is_subsequence(result.text, text)
    if not any(d.fix and d.fix.applicability is Applicability.SAFE for d in DELETING.check(text)):
        assert result.text == text
        assert not result.changed


def _apply_independently(text: str, edits: list[Edit]) -> str:
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.content + text[edit.end :]
    return text


def _deletions_joined(edits: list[Edit]) -> list[Edit]:
    """The deletions among ``edits`` that overlap or touch, as one deletion each."""
    joined: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if joined and not edit.content and not joined[-1].content and edit.start <= joined[-1].end:
            joined[-1] = Edit(joined[-1].start, max(joined[-1].end, edit.end))
        else:
            joined.append(edit)
    return joined


_BLANK = " \t\r\n\f\v"


@PROPERTY_SETTINGS
@given(any_text)
def test_safe_fixes_change_only_their_edit_ranges(text):
    diagnostics = WITH_UNSAFE.check(text)
    safe = [d for d in diagnostics if d.fix is not None and d.fix.applicability.allowed_by(Applicability.SAFE)]
    fixed, used = apply_fixes(text, safe)
    assert all(d.fix.applicability is Applicability.SAFE for d in used)
    assert all(any(d is s for s in safe) for d in used)
    edits = [edit for d in used for edit in d.fix.edits if text[edit.start : edit.end] != edit.content]
    for i, edit in enumerate(edits):
        for other in edits[i + 1 :]:
            # Only deletions may overlap: their union goes.
            assert not edit.overlaps(other) or not (edit.content or other.content)
    # Everything outside the applied edits is kept, in order, and nothing else changes,
    # but for the blank lines before deletions that end the text (they separated the
    # text from them).
    expected = _apply_independently(text, _deletions_joined(edits))
    if fixed != expected:
        assert fixed.rstrip(_BLANK) == expected.rstrip(_BLANK) and len(fixed) < len(expected)
    # The full loop agrees with the first pass where it starts.
    if not used:
        assert WITH_UNSAFE.fix(text).text == text


# -- gates ------------------------------------------------------------------------------
# A rule's gate (Rule.gate) lets the engine skip the rule on a document; it may only
# close when the rule would have reported nothing there.

ALL_RULES = Linter(NO_LIMIT, select=["ALL"], preview=True).rules
GATED = [(rule, rule_gate(rule)) for rule in ALL_RULES if rule_gate(rule) is not None]


def _assert_gates_hide_nothing(text: str) -> None:
    for rule, gate in GATED:
        document = Document(text)
        if not gate(document):
            assert list(rule.check(Document(text))) == [], f"{rule.code}'s gate closed on a text it reports: {text!r}"


def test_gates_hide_no_finding_on_the_rule_tests_examples():
    assert len(GATED) >= 50, "the built-in families have gates"
    for text in RULE_EXAMPLES:
        _assert_gates_hide_nothing(text)
        _assert_gates_hide_nothing(f"The council met on Monday.\n\n{text}\n\nThe vote was close.")


@PROPERTY_SETTINGS
@given(any_text)
def test_gates_hide_no_finding(text):
    _assert_gates_hide_nothing(text)


def _found(linter: Linter, text: str) -> list[tuple[str, int, int]]:
    return sorted((d.code, d.line, d.column) for d in linter.check(text))


def test_crlf_line_ends_find_what_lf_line_ends_find():
    # A file saved on Windows is the same article: every rule must find the same things
    # in it, on the same lines and columns.
    linter = Linter(NO_LIMIT, select=["ALL"], preview=True)
    differ = []
    for example in RULE_EXAMPLES:
        if "\r" in example:
            continue
        text = f"The council met on Monday.\n\n{example}\n\nThe vote was close.\n"
        if _found(linter, text) != _found(linter, text.replace("\n", "\r\n")):
            differ.append(example)
    assert not differ, f"{len(differ)} examples read differently with CRLF, e.g. {differ[:3]!r}"
