"""Assertions for rule authors (newslint's own tests and third-party plugins use them).

    from newslint.testing import assert_fires, assert_passes, assert_fixes

    def test_my_rule():
        assert_fires("XY123", "text that must be flagged")
        assert_passes("XY123", "text that must not be flagged")
        assert_fixes("XY123", "broken text", "fixed text")

Each helper runs only the named rule, so other rules cannot make a test pass or fail.
``assert_fixes`` also checks that fixing the fixed text changes nothing.
``check_doc_example(rule)`` checks that a rule's documented example is reported and fixed
into its "use instead" text; ``check_pack_examples`` runs a pack rule's declared examples.
"""

from __future__ import annotations

import inspect
import re
import textwrap
from collections.abc import Iterable
from pathlib import Path

from .api import Linter
from .model import Diagnostic
from .packs import PatternRule
from .rule import Rule

_linters: dict[tuple, Linter] = {}

#: English prose around a fixture, so that rules which only speak for English documents
#: recognise the language of a one-line example.
ENGLISH_CONTEXT = (
    "The minister said on Tuesday that the talks with the other side were going well and that he was hopeful."
)


def in_english(text: str) -> str:
    """``text`` as a paragraph between two paragraphs of English prose."""
    return f"{ENGLISH_CONTEXT}\n\n{text}\n\n{ENGLISH_CONTEXT}"


def linter_for(code: str, *, extra_rules: Iterable[Rule] = ()) -> Linter:
    key = (code, tuple(id(r) for r in extra_rules))
    if key not in _linters:
        _linters[key] = Linter(select=[code], rules=list(extra_rules))
    return _linters[key]


def _check_offsets(text: str, diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        assert 0 <= d.start <= d.end <= len(text), f"{d.code}: offsets {d.start}..{d.end} outside the text"
        if d.fix is not None:
            for edit in d.fix.edits:
                assert 0 <= edit.start <= edit.end <= len(text), f"{d.code}: fix edit outside the text"


def assert_fires(code: str, text: str, *, count: int | None = None, span: str | None = None,
                 linter: Linter | None = None) -> list[Diagnostic]:
    """``code`` reports on ``text`` (``count`` times; the first report covers ``span``)."""
    linter = linter or linter_for(code)
    found = [d for d in linter.check(text) if d.code == code]
    _check_offsets(text, found)
    assert found, f"{code} did not fire on {text!r}"
    if count is not None:
        assert len(found) == count, f"{code} fired {len(found)} times on {text!r}, expected {count}"
    if span is not None:
        assert text[found[0].start : found[0].end] == span, (
            f"{code} reported {text[found[0].start:found[0].end]!r}, expected {span!r}"
        )
    return found


def assert_one_of(codes: Iterable[str], text: str, *, span: str) -> Diagnostic:
    """Exactly one of the rules ``codes`` (each run alone) reports on ``text``, once,
    covering ``span``: for a line that a family's rules could each claim."""
    found = [d for code in codes for d in linter_for(code).check(text) if d.code == code]
    _check_offsets(text, found)
    assert len(found) == 1, f"{', '.join(d.code for d in found) or 'none of ' + ', '.join(codes)} fired on {text!r}"
    assert text[found[0].start : found[0].end] == span, (
        f"{found[0].code} reported {text[found[0].start:found[0].end]!r}, expected {span!r}"
    )
    return found[0]


def assert_passes(code: str, text: str, *, linter: Linter | None = None) -> None:
    """``code`` reports nothing on ``text``."""
    linter = linter or linter_for(code)
    found = [d for d in linter.check(text) if d.code == code]
    assert not found, f"{code} fired on {text!r}: " + "; ".join(
        f"{d.message} at {text[d.start:d.end]!r}" for d in found
    )


def assert_fixes(code: str, text: str, expected: str, *, unsafe: bool = False,
                 linter: Linter | None = None) -> None:
    """Fixing ``text`` with only ``code`` gives ``expected``, and fixing that again is a no-op."""
    linter = linter or linter_for(code)
    result = linter.fix(text, unsafe=unsafe)
    assert result.text == expected, f"{code} fixed {text!r} into {result.text!r}, expected {expected!r}"
    again = linter.fix(result.text, unsafe=unsafe)
    assert again.text == result.text, f"{code}: fixing the fixed text changed it again: {again.text!r}"


def check_pack_examples(rule: PatternRule) -> None:
    """Run every example a pack rule declares: those that must fire, those that must not,
    and the expected fixed text (all fixes applied, unsafe ones included)."""
    linter = Linter(select=[rule.code], rules=[] if _registered(rule) else [rule], preview=True)
    for example in rule.examples:
        if example.fires:
            assert_fires(rule.code, example.text, linter=linter)
        else:
            assert_passes(rule.code, example.text, linter=linter)
        if example.fixed is not None:
            assert_fixes(rule.code, example.text, example.fixed, unsafe=True, linter=linter)


def check_doc_example(rule: Rule | type[Rule], *, select: Iterable[str] | None = None) -> None:
    """The rule's documentation shows what it does: its first ``text`` block (the
    example) gets a diagnostic of the rule, and fixing it (unsafe fixes included) gives
    its second (use instead). ``select`` runs more rules than this one, for a rule that
    reads the findings of others."""
    blocks = re.findall(r"```text\n(.*?)```", inspect.getdoc(rule) or "", re.S)
    assert len(blocks) >= 2, f"{rule.code}: the doc needs an example and a use-instead text block"
    example, use_instead = (textwrap.dedent(block).strip("\n") for block in blocks[:2])
    linter = Linter(select=list(select) if select is not None else [rule.code], preview=True)
    assert rule.code in {d.code for d in linter.check(example)}, f"{rule.code}: its doc example is not reported"
    assert linter.fix(example, unsafe=True).text.strip("\n") == use_instead, f"{rule.code}: the fix is not the use-instead text"


def _registered(rule: Rule) -> bool:
    """Whether ``rule`` itself (the same pack's rule) is already registered. A registered
    namesake from another pack is not: the linter then reports the clash. "The same
    pack" means the same file or an identical copy of it (an installed ``rules/``)."""
    registered = Linter(select=[]).registry.get(rule.code)
    if registered is None or registered.name != rule.name:
        return False
    source, other = getattr(rule, "source", None), getattr(registered, "source", None)
    if source is None or other is None:
        return False
    source, other = Path(source), Path(other)
    return source.resolve() == other.resolve() or source.read_bytes() == other.read_bytes()
