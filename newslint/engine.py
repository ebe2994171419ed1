"""The linter: runs the selected rules over a document, filters what the configuration
suppresses, and applies fixes until the text is stable.

Nothing here imports the CLI or the formatters (a test enforces it).
"""

from __future__ import annotations

import gc
import inspect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from .config import ConfigError, Settings, load_settings, settings_from_mapping
from .document import Document
from .markdown import is_markdown, starts_inside, syntax_regions
from .model import Applicability, Category, Diagnostic, Edit, Fix, FixResult
from .plugins.host import PluginProblem, load_rules
from .registry import RuleRegistry, SelectorError
from .rule import Rule, locate

#: Passes of the fix loop before it gives up and reports NL001.
MAX_FIX_PASSES = 12
#: Deletions shorter than this are never withheld by ``max-fix-deletion``: in a headline
#: or a snippet, one credit line is half the text, and that is still a correct fix.
MIN_WITHHELD_DELETION = 200

# Engine diagnostics: they are about the run, not the text, and cannot be deselected.
INTERNAL_RULES = {
    "NL001": ("fix-not-converged", "Fixes did not converge; the text may still hold fixable artefacts"),
    "NL002": ("rule-failed", "A rule raised an error on this document; its findings are missing"),
    "NL003": ("invalid-suppression", "A newslint suppression comment names an unknown rule selector"),
    "NL004": ("fix-withheld", "Fixes withheld: together they would delete too much of the document"),
    "NL005": ("rule-timeout", "A rule's pattern ran out of time on this document; its findings are missing"),
}

_SUPPRESSION = regex.compile(r"<!--\s*newslint:\s*(disable|enable)(?:\s*=\s*([^>]*?))?\s*-->", regex.IGNORECASE)


def internal_diagnostic(document: Document, code: str, start: int = 0, end: int = 0, detail: str = "") -> Diagnostic:
    name, message = INTERNAL_RULES[code]
    return locate(document, code, name, Category.INTERNAL, f"{message}: {detail}" if detail else message, start, end)


def rule_gate(rule: Rule):
    """The rule's gate function (see ``Rule.gate``), as one object whatever the rule
    instance: a plain function set on the class is read from the class, not bound."""
    gate = vars(rule).get("gate")
    if gate is None:
        gate = inspect.getattr_static(type(rule), "gate", None)
        if isinstance(gate, staticmethod):
            gate = gate.__func__
    return gate


def _group_by_gate(rules: list[Rule]) -> list[tuple[object, list[Rule]]]:
    """The rules grouped by gate, each group in the order of its first rule; ungated
    rules are each their own group."""
    groups: dict[object, list[Rule]] = {}
    order: list[tuple[object, list[Rule]]] = []
    for rule in rules:
        gate = rule_gate(rule)
        if gate is None:
            order.append((None, [rule]))
        elif gate in groups:
            groups[gate].append(rule)
        else:
            groups[gate] = [rule]
            order.append((gate, groups[gate]))
    return order


def coerce_settings(config: Settings | Mapping | str | Path | None) -> Settings:
    """Accept settings as an object, a ``[tool.newslint]``-shaped mapping or a file path."""
    if config is None:
        return Settings()
    if isinstance(config, Settings):
        return config
    if isinstance(config, (str, Path)):
        return load_settings(config)
    if isinstance(config, Mapping):
        return settings_from_mapping(config)
    raise TypeError(f"config must be Settings, a mapping or a path, not {type(config).__name__}")


class Linter:
    """A reusable linter: rules are loaded, selected and compiled once.

    ``select`` replaces the configuration's selection, ``ignore`` and ``extend_select``
    add to it (as on ruff's command line). ``rules`` registers extra rules for this
    linter only, without packaging a plugin.
    """

    def __init__(
        self,
        config: Settings | Mapping | str | Path | None = None,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        extend_select: Iterable[str] = (),
        rules: Iterable[Rule | type[Rule]] = (),
        preview: bool | None = None,
    ):
        self.settings = settings = coerce_settings(config)
        loaded = load_rules(settings.plugins, settings.rule_packs)
        self.problems: tuple[PluginProblem, ...] = loaded.problems
        registry = loaded.registry
        extra = [r() if isinstance(r, type) else r for r in rules]
        if extra:
            registry = RuleRegistry(list(registry))
            for rule in extra:
                rule.origin = rule.origin or "runtime"
                registry.register(rule)
        self.registry = registry
        preview = settings.preview if preview is None else preview
        try:
            # As in ruff, an explicit selection starts afresh: the configuration's ignore
            # and extend-select refined the configuration's own selection, not this one.
            if select is None:
                select, ignore, extend_select = settings.select, [*settings.ignore, *ignore], [
                    *settings.extend_select, *extend_select]
            self.rules: list[Rule] = registry.select(select, list(ignore), list(extend_select), preview=preview)
            for _, selectors in settings.per_file_ignores + settings.per_record_ignores:
                registry.validate_selectors(selectors)
        except SelectorError as error:
            raise ConfigError(f"{settings.source or 'configuration'}: {error}") from None
        self._allow = []
        for pattern in settings.allow:
            try:
                self._allow.append(regex.compile(pattern))
            except regex.error as error:
                raise ConfigError(f"{settings.source or 'configuration'}: bad 'allow' pattern {pattern!r}: {error}") from None
        self._ignore_cache: dict[str | None, frozenset[str]] = {}
        self._gated = _group_by_gate(self.rules)
        #: Seconds spent in each rule (by code) while ``clock`` was set.
        self.timings: Counter[str] = Counter()
        #: The clock ``timings`` are read from, or None (the default) to time nothing:
        #: two clock reads per rule cost about 5% of a run. ``--statistics`` sets
        #: ``time.perf_counter``; tests that compare timings under load, ``time.thread_time``.
        self.clock: Callable[[], float] | None = None

    # -- checking -------------------------------------------------------------------

    def check(self, text: str, *, path: str | None = None, record_id: str | None = None) -> list[Diagnostic]:
        return self.check_document(Document(text, path, record_id))

    def check_document(self, document: Document) -> list[Diagnostic]:
        # Rules build many small acyclic objects (lines, matches, tuples): the cyclic
        # collector has nothing to reclaim among them, yet its passes over them make a
        # document of many short lines cost more than linear time. It runs between
        # documents instead.
        if not gc.isenabled():
            return self._check_document(document)
        gc.disable()
        try:
            return self._check_document(document)
        finally:
            gc.enable()

    def _check_document(self, document: Document) -> list[Diagnostic]:
        ignored = self._ignored_codes(document)
        found: list[Diagnostic] = []
        timings, clock = self.timings, self.clock
        for gate, rules in self._gated:
            if gate is not None:
                if clock is not None:
                    began = clock()
                try:
                    may_fire = gate(document)
                except Exception:  # noqa: BLE001 - a gate only saves time: when it fails, the rules run and speak for themselves
                    may_fire = True
                if clock is not None:
                    # A gate's time is charged to the first rule it guards.
                    timings[rules[0].code] += clock() - began
                if not may_fire:
                    continue
            for rule in rules:
                if rule.code in ignored:
                    continue
                if clock is not None:
                    began = clock()
                try:
                    # All or nothing: a rule that fails half way reports none of its findings.
                    findings = list(rule.check(document))
                    for finding in findings:
                        _validate_finding(document, finding)
                except TimeoutError as error:
                    # A bounded pattern (newslint.patterns) gave up on this document.
                    found.append(internal_diagnostic(document, "NL005", detail=f"{rule.code} ({rule.name}): {error}"))
                except Exception as error:  # noqa: BLE001 - one bad rule must not stop the run
                    found.append(
                        internal_diagnostic(
                            document, "NL002", detail=f"{rule.code} ({rule.name}): {type(error).__name__}: {error}"
                        )
                    )
                else:
                    found.extend(findings)
                if clock is not None:
                    timings[rule.code] += clock() - began
        found = self._suppress(document, found)
        found.sort(key=lambda d: d.sort_key)
        return found

    def _ignored_codes(self, document: Document) -> frozenset[str]:
        """Codes that per-file-ignores and per-record-ignores switch off for ``document``.
        The file's part is cached by path; records are looked up only when configured."""
        codes = self._ignore_cache.get(document.path)
        if codes is None:
            selectors = self.settings.file_ignores(document.path)
            codes = self.registry.matcher(selectors) if selectors else frozenset()
            if len(self._ignore_cache) < 4096:
                self._ignore_cache[document.path] = codes
        if self.settings.per_record_ignores and document.record_id is not None:
            selectors = self.settings.record_ignores(document.record_id)
            if selectors:
                codes = codes | self.registry.matcher(selectors)
        return codes

    def _suppress(self, document: Document, found: list[Diagnostic]) -> list[Diagnostic]:
        # Engine diagnostics are about the run, not the text: nothing suppresses them.
        internal = [d for d in found if d.category is Category.INTERNAL]
        found = [d for d in found if d.category is not Category.INTERNAL]
        if self._allow and found:
            allowed = [m.span() for pattern in self._allow for m in pattern.finditer(document.text)]
            if allowed:
                found = [d for d in found if not any(_overlaps(d.start, d.end, a, b) for a, b in allowed)]
        if found and is_markdown(document.path):
            try:
                regions = syntax_regions(document.text)
            except TimeoutError as error:
                # Reporting the syntax too is better than dropping findings at random.
                regions = []
                internal.append(internal_diagnostic(document, "NL005", detail=f"Markdown syntax scan: {error}"))
            if regions:
                starts = [start for start, _ in regions]
                found = [d for d in found if not starts_inside(regions, starts, d.start)]
        # ("<" alone is found several times faster than "<!--", and most texts have none)
        if "<" in document.text and "<!--" in document.text:
            regions, problems = self._suppressed_regions(document)
            found = [d for d in found if not any(r.start <= d.start < r.end and r.covers(d.code) for r in regions)]
            found.extend(problems)
        return internal + found

    def _suppressed_regions(self, document: Document) -> tuple[list[_Suppression], list[Diagnostic]]:
        """Regions between ``<!-- newslint: disable[=...] -->`` and ``enable[=...]``
        comments, each with the state in force there."""
        regions, problems = [], []
        state = _Suppression(0, 0, False, frozenset(), frozenset())
        for match in _SUPPRESSION.finditer(document.text):
            selectors = [s.strip() for s in (match.group(2) or "").split(",") if s.strip()]
            try:
                codes = self.registry.matcher(selectors) if selectors else None
            except SelectorError as error:
                problems.append(internal_diagnostic(document, "NL003", match.start(), match.end(), str(error)))
                continue
            if state.active:
                regions.append(state.ending_at(match.start()))
            state = state.after(match.group(1).lower() == "disable", codes, match.end())
        if state.active:
            regions.append(state.ending_at(len(document.text) + 1))
        return regions, problems

    # -- fixing ---------------------------------------------------------------------

    def fix(
        self, text: str, *, unsafe: bool | None = None, path: str | None = None, record_id: str | None = None
    ) -> FixResult:
        """Apply fixes (safe ones, or unsafe ones too) until none applies, re-linting
        after each pass. ``fix(fix(x).text).text == fix(x).text``."""
        unsafe = self.settings.unsafe_fixes if unsafe is None else unsafe
        result = self._fix_loop(text, unsafe, path, record_id)
        limit = self.settings.max_fix_deletion
        removed = len(text) - len(result.text)
        if result.applied and removed >= MIN_WITHHELD_DELETION and removed > limit * len(text):
            # A scraper's debris is a small part of an article; fixes that would take more
            # than the limit more likely misread the document than clean it. Keep it whole.
            diagnostics = self.check(text, path=path, record_id=record_id)
            codes = ", ".join(sorted({d.code for d in result.applied}))
            detail = f"{removed / len(text):.0%} of the text by {codes}, over the limit of {limit:.0%} (max-fix-deletion)"
            withheld = internal_diagnostic(Document(text, path, record_id), "NL004", detail=detail)
            return FixResult(text, [], [withheld, *diagnostics])
        return result

    def _fix_loop(self, text: str, unsafe: bool, path: str | None, record_id: str | None) -> FixResult:
        threshold = Applicability.UNSAFE if unsafe else Applicability.SAFE
        applied: list[Diagnostic] = []
        current = text
        for _ in range(MAX_FIX_PASSES):
            diagnostics = self.check(current, path=path, record_id=record_id)
            candidates = [d for d in diagnostics if d.fix is not None and d.fix.applicability.allowed_by(threshold)]
            updated, used = apply_fixes(current, candidates)
            if not used:
                return FixResult(current, applied, diagnostics)
            applied.extend(used)
            current = updated
        diagnostics = self.check(current, path=path, record_id=record_id)
        candidates = [d for d in diagnostics if d.fix is not None and d.fix.applicability.allowed_by(threshold)]
        # Only fixes that would still change the text mean the loop did not converge.
        stuck = sorted({d.code for d in apply_fixes(current, candidates)[1]})
        if stuck:
            document = Document(current, path, record_id)
            diagnostics.insert(
                0, internal_diagnostic(document, "NL001", detail=f"still fixable after {MAX_FIX_PASSES} passes: {', '.join(stuck)}")
            )
        return FixResult(current, applied, diagnostics)


@dataclass(frozen=True)
class _Suppression:
    """What is disabled from ``start`` to ``end``: everything (``all_rules``) but the
    ``exceptions``, plus the ``codes`` disabled one by one."""

    start: int
    end: int
    all_rules: bool
    codes: frozenset[str]
    exceptions: frozenset[str]

    @property
    def active(self) -> bool:
        return self.all_rules or bool(self.codes)

    def covers(self, code: str) -> bool:
        return (self.all_rules and code not in self.exceptions) or code in self.codes

    def ending_at(self, end: int) -> _Suppression:
        return replace(self, end=end)

    def after(self, disable: bool, codes: frozenset[str] | None, start: int) -> _Suppression:
        if codes is None:
            return _Suppression(start, start, disable, frozenset(), frozenset())
        if disable:
            return _Suppression(start, start, self.all_rules, self.codes | codes, self.exceptions - codes)
        return _Suppression(start, start, self.all_rules, self.codes - codes, self.exceptions | codes)


def _validate_finding(document: Document, finding: object) -> None:
    """Raise if a rule yielded something that is not a diagnostic located in ``document``
    (the caller turns it into NL002, as for a rule that raised)."""
    if not isinstance(finding, Diagnostic):
        raise TypeError(f"check() yielded {type(finding).__name__}, not a Diagnostic")
    size = len(document.text)
    if not 0 <= finding.start <= finding.end <= size:
        raise ValueError(f"diagnostic range {finding.start}..{finding.end} outside the text (length {size})")
    if finding.fix is not None and finding.fix.end > size:
        raise ValueError(f"fix edit ends at {finding.fix.end}, outside the text (length {size})")


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    if start == end:
        return other_start <= start <= other_end
    return start < other_end and other_start < end


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, list[Diagnostic]]:
    """Apply the fixes of ``diagnostics`` that do not conflict with an earlier one (in
    text order); return the new text and the diagnostics whose fixes were applied.
    Fixes that would not change the text are dropped so the loop cannot spin on them."""
    accepted: list[Edit] = []
    used: list[Diagnostic] = []
    for diagnostic in sorted(diagnostics, key=lambda d: (d.fix.start, d.fix.end, d.code)):
        fix: Fix = diagnostic.fix
        edits = [e for e in fix.edits if text[e.start : e.end] != e.content]
        if not edits or any(e.end > len(text) for e in edits):
            continue
        if any(_conflict(edit, other) for edit in edits for other in accepted):
            continue
        accepted.extend(edits)
        used.append(diagnostic)
    if not accepted:
        return text, []
    pieces, cursor = [], 0
    # An insertion at the point where another edit starts goes first (ties on start).
    for edit in _merge_deletions(text, sorted(accepted, key=lambda e: (e.start, e.end))):
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.content)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces), used


def _conflict(edit: Edit, other: Edit) -> bool:
    """Whether two edits cannot both apply. Two deletions that overlap can: their union
    goes, and each rule's characters with it. (Deleting lines one after the other, the
    last line of a text takes the line break before it, which the line before it took
    too: refusing the second deletion would leave it to a next pass, where a block's
    last line may no longer be found without the lines above it.)"""
    if not edit.content and not other.content:
        return False
    return edit.overlaps(other)


_BLANK = " \t\r\n\f\v"


def _merge_deletions(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` (sorted) with overlapping or touching deletions joined into one.
    Joined deletions that reach the end of the text from the start of a line take the
    line breaks before them, as the deletion of a last paragraph does
    (``Document.line_block_removal``): the text does not end with the blank lines that
    separated it from them."""
    merged: list[Edit] = []
    joined: set[int] = set()  # positions in ``merged`` of joined deletions
    for edit in edits:
        last = merged[-1] if merged else None
        if last is not None and not edit.content and not last.content and edit.start <= last.end:
            if edit.end > last.end:
                merged[-1] = Edit(last.start, edit.end)
            joined.add(len(merged) - 1)
            continue
        merged.append(edit)
    tail = len(merged) - 1
    if tail in joined and not text[merged[tail].end :].strip(_BLANK):
        start, end = merged[tail].start, merged[tail].end
        if start > 0 and text[start - 1] in "\r\n":
            before = len(text[:start].rstrip(_BLANK))
            # The line before keeps its trailing spaces (from its line break on), and the
            # text what ends it after the deletion (its final line break).
            breaks = [text.find(mark, before, start) for mark in "\r\n"]
            merged[tail] = Edit(min(b for b in breaks if b != -1), end)
    return merged
