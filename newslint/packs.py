"""Declarative rule packs: rules written as TOML data instead of Python.

A pack file holds ``[[rules]]`` tables. Each rule has a code, name, category, summary,
regex ``patterns`` and/or literal ``phrases`` (compiled together into one pattern), a
``scope`` (``line``, ``paragraph`` or ``document``), an optional fix and ``examples``
that the test suite runs. The format is documented in ``docs/rule-packs.md``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from . import patterns
from .document import Document
from .model import Applicability, Category, Diagnostic, Edit, Fix, FixAvailability
from .rule import Rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

SCOPES = ("line", "paragraph", "document")
FIX_KINDS = ("none", "delete-line", "delete-paragraph", "delete-match", "replace")
_DOC_KEYS = {
    "what": "What it does",
    "why": "Why is this bad?",
    "example": "Example",
    "use-instead": "Use instead",
    "fix-safety": "Fix safety",
}
_RULE_KEYS = {
    "code", "name", "category", "summary", "scope", "whole-line", "patterns", "phrases",
    "ignore-case", "fix", "replacement", "applicability", "fix-message", "preview", "doc",
    "examples", "needles", "max-line-length",
}
_EXAMPLE_KEYS = {"text", "fires", "fixed"}
# What may surround a whole-line match: spacing, bullets, brackets and closing marks
# that page templates put around a button label ("» Leave a comment", "(Share)").
_LINE_DECORATION = r"[\s\p{P}\p{S}]*"


class PackError(ValueError):
    """A rule pack that cannot be loaded; the message names the file and the rule."""


@dataclass(frozen=True)
class PackExample:
    text: str
    fires: bool = True
    fixed: str | None = None


class PatternRule(Rule):
    """A rule built from a pack's data; see ``newslint.packs``."""

    def __init__(self, spec: dict, source: str):
        self.source = source
        self.code = spec["code"]
        self.name = spec["name"]
        self.category = spec["category"]
        self.summary = spec["summary"]
        self.scope = spec["scope"]
        self.whole_line = spec["whole-line"]
        self.fix_kind = spec["fix"]
        self.replacement = spec.get("replacement", "")
        self.applicability = spec["applicability"]
        self.fix_message = spec["fix-message"]
        self.preview = spec["preview"]
        self.ignore_case = spec["ignore-case"]
        self.fix_availability = FixAvailability.NEVER if self.fix_kind == "none" else FixAvailability.ALWAYS
        self.examples = spec["examples"]
        self._doc = "\n\n".join(f"## {title}\n\n{spec['doc'][key].strip()}" for key, title in _DOC_KEYS.items())
        self.pattern = spec["compiled"]
        self.needles = spec["needles"]
        self.max_line_length = spec["max-line-length"]
        # Needles without letters ("[", "{{") are found in the text as it is: folding the
        # case of a whole document costs more than the searches.
        self._caseless_needles = not any(char.isalpha() for needle in self.needles for char in needle)
        if self.needles:
            self.gate = self._holds_a_needle if self.max_line_length is None else self._holds_a_needle_on_a_short_line

    def _holds_a_needle(self, document: Document) -> bool:
        """The gate of a rule with ``needles``: the rule cannot match a text holding none."""
        if not self.ignore_case or self._caseless_needles:
            return any(needle in document.text for needle in self.needles)
        folded = document.memo("packs.casefolded", _casefolded)
        return any(needle in folded for needle in self.needles)

    def _holds_a_needle_on_a_short_line(self, document: Document) -> bool:
        """The gate of a rule with ``needles`` and ``max-line-length``: the rule cannot
        match a text none of whose short lines holds a needle. (Most lines of an article
        are paragraphs, longer than a button label: the needles are looked for in a few
        lines, where a word like "comment" is not found in every article's prose.)"""
        longest = self.max_line_length
        lines = document.memo(f"packs.short_lines.{longest}", lambda d: _short_lines(d.text, longest))
        if self.ignore_case and not self._caseless_needles:
            lines = document.memo(f"packs.short_lines_casefolded.{longest}", lambda _: lines.casefold())
        return any(needle in lines for needle in self.needles)

    @property
    def doc(self) -> str:
        return self._doc

    def check(self, document: Document) -> Iterator[Diagnostic]:
        if self.scope == "document":
            yield from self._matches(document, document.text, 0)
        elif self.scope == "paragraph":
            for paragraph in document.paragraphs:
                yield from self._matches(document, paragraph.text, paragraph.start)
        else:
            for line in document.lines:
                if not line.is_blank:
                    yield from self._matches(document, line.text, line.start)

    def _matches(self, document: Document, text: str, offset: int) -> Iterator[Diagnostic]:
        for match in self.pattern.finditer(text):
            if self.whole_line:
                line = document.line_at(offset)
                if self.fix_kind in ("none", "delete-line", "delete-match"):
                    # The match is the whole line: deleting it is deleting the line.
                    yield self.report_lines(
                        document,
                        line,
                        applicability=None if self.fix_kind == "none" else self.applicability,
                        fix_message=self.fix_message,
                    )
                else:
                    start, end = offset + match.start(), offset + match.end()
                    report = self.report_lines(document, line, applicability=None)
                    yield replace(report, fix=self._fix(document, match, start, end))
                continue
            start, end = offset + match.start(), offset + match.end()
            if start == end:
                continue
            yield self.diagnostic(document, start, end, fix=self._fix(document, match, start, end))

    def _fix(self, document: Document, match: regex.Match, start: int, end: int) -> Fix | None:
        kind = self.fix_kind
        if kind == "none":
            return None
        if kind == "delete-match":
            edit = Edit(start, end)
        elif kind == "replace":
            edit = Edit(start, end, match.expand(self.replacement))
        else:
            # ``end`` is exclusive: a match that takes its line's terminator ends on that line.
            first = document.line_at(start)
            last = document.line_at(max(start, end - 1))
            if kind == "delete-paragraph":
                first_paragraph, last_paragraph = document.paragraph_of(first), document.paragraph_of(last)
                if first_paragraph is not None:
                    first = document.lines[first_paragraph.first_line]
                if last_paragraph is not None:
                    last = document.lines[last_paragraph.last_line]
            edit = Edit(*document.line_block_removal(first.index, last.index))
        return Fix((edit,), self.applicability, self.fix_message)


def load_pack(path: str | Path, origin: str = "") -> list[PatternRule]:
    """Read, validate and compile every rule of one pack file."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise PackError(f"{path}: cannot read rule pack: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise PackError(f"{path}: not valid TOML: {error}") from None
    unknown = set(data) - {"pack", "rules"}
    if unknown:
        raise PackError(f"{path}: unknown top-level key(s): {', '.join(sorted(unknown))}")
    specs = data.get("rules")
    if not isinstance(specs, list) or not specs:
        raise PackError(f"{path}: a pack needs at least one [[rules]] table")
    rules = []
    for index, spec in enumerate(specs, 1):
        label = f"{path}: rule #{index} ({spec.get('code', '?') if isinstance(spec, dict) else '?'})"
        rule = PatternRule(_normalise_spec(spec, label), str(path))
        rule.origin = origin or str(path)
        rules.append(rule)
    return rules


def _normalise_spec(spec: object, label: str) -> dict:
    if not isinstance(spec, dict):
        raise PackError(f"{label}: each [[rules]] entry must be a table")
    unknown = set(spec) - _RULE_KEYS
    if unknown:
        raise PackError(f"{label}: unknown key(s): {', '.join(sorted(unknown))}")
    for key in ("code", "name", "category", "summary"):
        if not isinstance(spec.get(key), str) or not spec[key].strip():
            raise PackError(f"{label}: '{key}' must be a non-empty string")
    out = dict(spec)
    try:
        out["category"] = Category(spec["category"])
    except ValueError:
        raise PackError(f"{label}: unknown category {spec['category']!r}") from None
    out["scope"] = _choice(spec, "scope", SCOPES, "line", label)
    out["fix"] = _choice(spec, "fix", FIX_KINDS, "none", label)
    out["applicability"] = Applicability(_choice(spec, "applicability", ("safe", "unsafe"), "safe", label))
    out["whole-line"] = _boolean(spec, "whole-line", False, label)
    out["preview"] = _boolean(spec, "preview", False, label)
    out["fix-message"] = spec.get("fix-message", "Delete the line" if out["fix"] == "delete-line" else "Apply the fix")
    if out["whole-line"] and out["scope"] != "line":
        raise PackError(f"{label}: 'whole-line' needs scope = \"line\"")
    if out["fix"] == "replace" and not isinstance(spec.get("replacement"), str):
        raise PackError(f"{label}: fix = \"replace\" needs a 'replacement' string")
    doc = spec.get("doc")
    if not isinstance(doc, dict):
        raise PackError(f"{label}: needs a [rules.doc] table with {', '.join(_DOC_KEYS)}")
    missing = [key for key in _DOC_KEYS if not isinstance(doc.get(key), str) or not doc[key].strip()]
    if missing or set(doc) - set(_DOC_KEYS):
        problem = f"lacks {', '.join(missing)}" if missing else f"has unknown key(s) {', '.join(sorted(set(doc) - set(_DOC_KEYS)))}"
        raise PackError(f"{label}: doc {problem}")
    out["ignore-case"] = _boolean(spec, "ignore-case", True, label)
    out["compiled"] = _compile(spec, out["whole-line"], out["ignore-case"], label)
    out["examples"] = _examples(spec.get("examples", []), label)
    out["needles"] = _needles(spec, out, label)
    out["max-line-length"] = _max_line_length(spec, out, label)
    return out


def _casefolded(document: Document) -> str:
    return document.text.casefold()


#: What a pattern's ``\h`` matches: the indentation ``max-line-length`` does not count.
_HORIZONTAL_SPACE = " \t\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _short_lines(text: str, longest: int) -> str:
    """The lines of ``text`` (as a pattern sees them: split at "\n" only) at most
    ``longest`` characters long after their indentation, indentation dropped, one a line."""
    short = []
    for line in text.split("\n"):
        if len(line) > longest:
            if line[0] not in _HORIZONTAL_SPACE:
                continue
            line = line.lstrip(_HORIZONTAL_SPACE)
            if len(line) > longest:
                continue
        short.append(line)
    return "\n".join(short)


def _needles(spec: dict, out: dict, label: str) -> tuple[str, ...]:
    """The rule's ``needles`` (case-folded when the rule ignores case), checked against its
    examples: a needle list that an example contradicts would hide findings."""
    needles = spec.get("needles", [])
    if not isinstance(needles, list) or not all(isinstance(n, str) and n for n in needles):
        raise PackError(f"{label}: 'needles' must be a list of non-empty strings")
    if out["ignore-case"]:
        needles = [needle.casefold() for needle in needles]
    for number, example in enumerate(out["examples"], 1):
        if not example.fires or not needles:
            continue
        text = example.text.casefold() if out["ignore-case"] else example.text
        if not any(needle in text for needle in needles):
            raise PackError(f"{label}: example #{number} fires but holds none of the 'needles'")
    return tuple(needles)


def _max_line_length(spec: dict, out: dict, label: str) -> int | None:
    """The rule's ``max-line-length``: the longest line (indentation not counted) a match
    can lie on, which narrows where ``needles`` are looked for. Checked against the
    examples, as the needles are."""
    longest = spec.get("max-line-length")
    if longest is None:
        return None
    if not isinstance(longest, int) or isinstance(longest, bool) or longest < 1:
        raise PackError(f"{label}: 'max-line-length' must be a positive whole number")
    if not out["needles"]:
        raise PackError(f"{label}: 'max-line-length' narrows where 'needles' are looked for: it needs 'needles'")
    for number, example in enumerate(out["examples"], 1):
        if not example.fires:
            continue
        lines = _short_lines(example.text, longest)
        if out["ignore-case"]:
            lines = lines.casefold()
        if not any(needle in lines for needle in out["needles"]):
            raise PackError(f"{label}: example #{number} fires but holds no needle on a line of at most {longest} characters")
    return longest


def _compile(spec: dict, whole_line: bool, ignore_case: bool, label: str) -> patterns.BoundedPattern:
    sources = spec.get("patterns", [])
    phrases = spec.get("phrases", [])
    for key, value in (("patterns", sources), ("phrases", phrases)):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise PackError(f"{label}: '{key}' must be a list of non-empty strings")
    if not sources and not phrases:
        raise PackError(f"{label}: needs 'patterns' or 'phrases'")
    for pattern in sources:
        try:
            patterns.compile(pattern).compiled()
        except regex.error as error:
            raise PackError(f"{label}: bad pattern {pattern!r}: {error}") from None
    # Phrases are literal text; any run of spaces in them matches any run of whitespace.
    alternatives = list(sources) + [r"\s+".join(regex.escape(w) for w in p.split()) for p in phrases]
    body = "|".join(f"(?:{a})" for a in alternatives)
    if whole_line:
        body = rf"^{_LINE_DECORATION}(?:{body}){_LINE_DECORATION}$"
    flags = regex.IGNORECASE if ignore_case else 0
    return patterns.compile(body, flags)


def _examples(raw: object, label: str) -> list[PackExample]:
    if not isinstance(raw, list):
        raise PackError(f"{label}: 'examples' must be an array of tables")
    examples = []
    for number, example in enumerate(raw, 1):
        if not isinstance(example, dict) or not isinstance(example.get("text"), str):
            raise PackError(f"{label}: example #{number} needs a 'text' string")
        unknown = set(example) - _EXAMPLE_KEYS
        if unknown:
            raise PackError(f"{label}: example #{number} has unknown key(s): {', '.join(sorted(unknown))}")
        fixed = example.get("fixed")
        if fixed is not None and not isinstance(fixed, str):
            raise PackError(f"{label}: example #{number}: 'fixed' must be a string")
        examples.append(PackExample(example["text"], _boolean(example, "fires", True, label), fixed))
    if not any(e.fires for e in examples) or not any(not e.fires for e in examples):
        raise PackError(f"{label}: needs at least one example that fires and one that does not")
    return examples


def _choice(spec: dict, key: str, allowed: tuple[str, ...], default: str, label: str) -> str:
    value = spec.get(key, default)
    if value not in allowed:
        raise PackError(f"{label}: '{key}' must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _boolean(spec: dict, key: str, default: bool, label: str) -> bool:
    value = spec.get(key, default)
    if not isinstance(value, bool):
        raise PackError(f"{label}: '{key}' must be true or false")
    return value
