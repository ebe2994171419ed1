"""The table of known rules, the checks a rule must pass to enter it, and selectors.

A selector names rules the way ruff's do: a code (``NL201``), a code prefix (``NL2``,
``NL``), a rule name (``pipe-credit``), a category (``credit``) or ``ALL``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from .model import Category, FixAvailability
from .rule import CODE_PATTERN, DOC_SECTIONS, NAME_PATTERN, Rule

_CATEGORY_NAMES = {category.value: category for category in Category}
# Names a rule cannot take because `get` would resolve them before the selector they spell.
_PREFIX_LIKE = regex.compile(r"nl[0-9]*")


class RegistrationError(ValueError):
    """A rule that cannot be registered: bad code, name, category or doc, or a duplicate."""


class SelectorError(ValueError):
    """A selector that names no rule, prefix or category."""


def validate_rule(rule: Rule) -> None:
    """Raise RegistrationError naming the rule and what is wrong with it."""
    label = f"rule {rule.code or '?'} ({rule.name or type(rule).__name__}) from {rule.origin or 'unknown origin'}"
    if not isinstance(rule.code, str) or not CODE_PATTERN.fullmatch(rule.code):
        raise RegistrationError(f"{label}: code {rule.code!r} is not 'NL' followed by three digits")
    if isinstance(rule.category, str) and not isinstance(rule.category, Category) and rule.category in _CATEGORY_NAMES:
        rule.category = _CATEGORY_NAMES[rule.category]  # "credit" is as clear as Category.CREDIT
    if not isinstance(rule.category, Category) or rule.category is Category.INTERNAL:
        raise RegistrationError(
            f"{label}: unknown category {rule.category!r}; expected one of "
            + ", ".join(c.value for c in Category if c is not Category.INTERNAL)
        )
    if int(rule.code[2]) != rule.category.digit:
        raise RegistrationError(
            f"{label}: the hundreds digit of {rule.code} says category "
            f"{Category.from_digit(int(rule.code[2])).value!r}, but the rule declares {rule.category.value!r}"
        )
    if not isinstance(rule.name, str) or not NAME_PATTERN.fullmatch(rule.name):
        raise RegistrationError(f"{label}: name {rule.name!r} is not kebab-case")
    if rule.name in _CATEGORY_NAMES or rule.name == "all" or _PREFIX_LIKE.fullmatch(rule.name):
        raise RegistrationError(
            f"{label}: name {rule.name!r} is taken by a selector (a category, ALL or a code prefix)"
        )
    if not isinstance(rule.summary, str) or not rule.summary.strip() or "\n" in rule.summary:
        raise RegistrationError(f"{label}: summary must be one non-empty line")
    if not isinstance(rule.fix_availability, FixAvailability):
        raise RegistrationError(f"{label}: fix_availability must be a FixAvailability")
    sections = rule.doc_sections()
    missing = [name for name in DOC_SECTIONS if not sections.get(name)]
    if missing:
        raise RegistrationError(f"{label}: doc lacks the section(s) " + ", ".join(repr(m) for m in missing))
    if type(rule).check is Rule.check:
        raise RegistrationError(f"{label}: does not implement check()")


class RuleRegistry:
    """Every rule newslint knows, by code and by name."""

    def __init__(self, rules: Iterable[Rule] = ()):
        self._by_code: dict[str, Rule] = {}
        self._by_name: dict[str, Rule] = {}
        for rule in rules:
            self.register(rule)

    def register(self, rule: Rule) -> Rule:
        validate_rule(rule)
        for table, key in ((self._by_code, rule.code), (self._by_name, rule.name)):
            if key in table:
                other = table[key]
                raise RegistrationError(
                    f"rule {rule.code} ({rule.name}) from {rule.origin or 'unknown origin'} clashes with "
                    f"{other.code} ({other.name}) from {other.origin or 'unknown origin'}: duplicate {key!r}"
                )
        self._by_code[rule.code] = rule
        self._by_name[rule.name] = rule
        return rule

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._by_code.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._by_code)

    def __contains__(self, code_or_name: str) -> bool:
        return self.get(code_or_name) is not None

    def get(self, code_or_name: str) -> Rule | None:
        key = code_or_name.strip()
        return self._by_code.get(key.upper()) or self._by_name.get(key.lower())

    def resolve(self, selector: str, *, preview: bool = False) -> list[Rule]:
        """The rules a selector names. Broad selectors skip preview rules unless
        ``preview``; an exact code or name always selects its rule."""
        text = selector.strip()
        exact = self.get(text)
        if exact is not None:
            return [exact]
        upper = text.upper()
        if upper == "ALL":
            matched = list(self)
        elif text.lower() in _CATEGORY_NAMES:
            category = _CATEGORY_NAMES[text.lower()]
            matched = [r for r in self if r.category is category]
        elif _PREFIX_LIKE.fullmatch(text.lower()) and len(text) < 5:
            matched = [r for r in self if r.code.startswith(upper)]
        else:
            raise SelectorError(f"unknown rule selector {selector!r} (expected a code, prefix, rule name, category or ALL)")
        return [r for r in matched if preview or not r.preview]

    def validate_selectors(self, selectors: Iterable[str]) -> None:
        for selector in selectors:
            self.resolve(selector, preview=True)

    def select(
        self,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        extend_select: Iterable[str] = (),
        *,
        preview: bool = False,
    ) -> list[Rule]:
        """``select`` (default: every stable rule) plus ``extend_select``, minus ``ignore``."""
        chosen: dict[str, Rule] = {}
        for selector in ["ALL"] if select is None else select:
            chosen.update((r.code, r) for r in self.resolve(selector, preview=preview))
        for selector in extend_select:
            chosen.update((r.code, r) for r in self.resolve(selector, preview=preview))
        for selector in ignore:
            for rule in self.resolve(selector, preview=True):
                chosen.pop(rule.code, None)
        return sorted(chosen.values(), key=lambda r: r.code)

    def matcher(self, selectors: Iterable[str]) -> frozenset[str]:
        """The codes a list of selectors covers, preview rules included (for ignores)."""
        codes: set[str] = set()
        for selector in selectors:
            codes.update(r.code for r in self.resolve(selector, preview=True))
        return frozenset(codes)
