"""The ``newslint`` command: ``check``, ``rules`` and ``rule``.

Exit status: 0 nothing found (or everything fixed), 1 diagnostics remain, 2 usage,
configuration or input error.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TextIO

from . import __version__, patterns
from .config import ConfigError, SettingsResolver
from .engine import Linter
from .formatters import FORMATTERS, Formatter, SourceInfo, Summary
from .packs import PackError
from .registry import RegistrationError
from .progress import Progress
from .runner import RunOptions, Tally, TextUnit, default_jobs, jsonl_units, run_units
from .sources import (
    AtomicFile,
    InputError,
    display_path,
    encode_text,
    is_gzip,
    iter_files,
    kind_of,
    open_jsonl,
    write_text_file,
)

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


def _selectors(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newslint", description="A linter for scraped news text.")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check files, folders, JSONL corpora or stdin")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders ('-' for stdin); default: .")
    check.add_argument("--fix", action="store_true", help="apply safe fixes")
    check.add_argument("--unsafe-fixes", action="store_true", default=None, help="also apply unsafe fixes")
    check.add_argument("--no-unsafe-fixes", dest="unsafe_fixes", action="store_false")
    check.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    check.add_argument("--select", action="append", help="rules to run (codes, prefixes, names, categories, ALL)")
    check.add_argument("--ignore", action="append", help="rules to leave out")
    check.add_argument("--extend-select", action="append", help="rules to add to the selection")
    check.add_argument("--preview", action="store_true", default=None, help="include preview rules in broad selections")
    check.add_argument("--format", choices=sorted(FORMATTERS), default="full", help="output format (default: full)")
    check.add_argument("--statistics", action="store_true", help="show counts (and time) per rule instead of each diagnostic")
    check.add_argument("-o", "--output-file", help="write the report to this file")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when diagnostics remain")
    check.add_argument("--config", help="use this configuration file instead of discovering one")
    check.add_argument("--stdin-filename", help="the name of the file read from stdin (its kind and config)")
    check.add_argument("--text-field", help="JSONL field holding the text (default: text)")
    check.add_argument("--id-field", help="JSONL field holding the record id (default: id)")
    check.add_argument("--encoding", default="utf-8", help="encoding of text files without a BOM (default: utf-8)")
    check.add_argument("--force-exclude", action="store_true", default=None,
                       help="apply exclude patterns to files named on the command line too")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("-j", "--jobs", type=int, help="worker processes (default: all cores for a corpus, 1 for small inputs)")
    check.add_argument("--no-cache", action="store_true",
                       help="compile every pattern and look plugins up afresh, and keep neither on disk (also NEWSLINT_NO_CACHE=1)")

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("table", "json", "markdown"), default="table",
                       help="markdown: the rules index kept in docs/rules.md")
    rules.add_argument("--config", help="configuration file (for its plugins and rule packs)")

    rule = commands.add_parser("rule", help="show one rule's documentation")
    rule.add_argument("rule", metavar="CODE|NAME")
    rule.add_argument("--config", help="configuration file (for its plugins and rule packs)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return Checker(args).run()
        if args.command == "rules":
            return list_rules(args)
        if args.command == "rule":
            return show_rule(args)
        parser.print_help()
        return EXIT_ERROR
    except (ConfigError, PackError, RegistrationError, UsageError, InputError) as error:
        print(f"newslint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as command-line tools do.
        sys.stderr.close()
        return EXIT_ERROR


def console_main() -> int:
    """The ``newslint`` command: ``main`` on the command line's arguments, in a process
    that then exits."""
    code = main()
    # The interpreter's exit runs the cyclic collector over every object left (the rules'
    # tables and compiled patterns): 30-40 ms, a tenth of a small run, which pre-commit
    # pays on every commit. Nothing needs it: the output is flushed and every file this
    # run wrote is closed, so the objects are left to the end of the process.
    gc.freeze()
    return code


def _linter_for_listing(args) -> Linter:
    settings = SettingsResolver(args.config).for_path(None)
    linter = Linter(settings)
    _warn_problems(linter)
    return linter


def _warn_problems(linter: Linter) -> None:
    for problem in linter.problems:
        print(f"newslint: warning: {problem}", file=sys.stderr)


def list_rules(args) -> int:
    linter = _linter_for_listing(args)
    selected = {rule.code for rule in linter.rules}
    rows = []
    for rule in linter.registry:
        rows.append({
            "code": rule.code, "name": rule.name, "category": rule.category.value, "summary": rule.summary,
            "fix": rule.fix_availability.value, "preview": rule.preview, "default": rule.code in selected,
            "origin": rule.origin,
        })
    if args.format == "json":
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_CLEAN
    if args.format == "markdown":
        sys.stdout.write(rules_markdown(list(linter.registry), selected))
        return EXIT_CLEAN
    widths = {key: max(len(key), *(len(str(row[key])) for row in rows)) for key in ("code", "name", "category", "fix")}
    header = "  ".join(key.upper().ljust(widths[key]) for key in widths) + "  SUMMARY"
    print(header)
    for row in rows:
        flag = " (preview)" if row["preview"] else ""
        print("  ".join(str(row[key]).ljust(widths[key]) for key in widths) + f"  {row['summary']}{flag}")
    return EXIT_CLEAN


def rules_markdown(rules: list, default_codes: set[str]) -> str:
    """The rules index (``docs/rules.md``): one table per category, each rule with its
    name, message, fix, whether it runs by default, and where it is defined."""
    out = [
        "# Rules\n",
        "Generated by `newslint rules --format markdown` (a test checks it is current).",
        "`newslint rule CODE` prints a rule's full documentation.\n",
    ]
    by_category: dict[str, list] = {}
    for rule in sorted(rules, key=lambda r: r.code):
        by_category.setdefault(rule.category.value, []).append(rule)
    for category, members in by_category.items():
        out.append(f"## {category}\n")
        out.append("| code | name | message | fix | runs | defined in |")
        out.append("| --- | --- | --- | --- | --- | --- |")
        for rule in members:
            runs = "preview" if rule.preview else "default" if rule.code in default_codes else "on selection"
            where = _python_location(rule) or rule.origin
            summary = rule.summary.replace("|", "\\|")
            out.append(f"| {rule.code} | `{rule.name}` | {summary} | {rule.fix_availability.value} | {runs} | `{where}` |")
        out.append("")
    return "\n".join(out)


def show_rule(args) -> int:
    linter = _linter_for_listing(args)
    rule = linter.registry.get(args.rule)
    if rule is None:
        raise UsageError(f"no rule {args.rule!r} (see `newslint rules`)")
    print(f"# {rule.name} ({rule.code})\n")
    print(f"Category: {rule.category.value}. Fix: {rule.fix_availability.value}."
          + (" Preview rule (off unless selected)." if rule.preview else "")
          + f" Provided by: {rule.origin}."
          + (f" Defined in: {location}." if (location := _python_location(rule)) else "") + "\n")
    print(f"{rule.summary}\n")
    print(rule.doc)
    return EXIT_CLEAN


def _python_location(rule) -> str | None:
    """The class that defines a rule written in Python (``module.Class``), so a reader
    goes from its code to its source in one step; None for a pack rule, whose origin
    already names its file, and for the engine's own."""
    cls = type(rule)
    if cls.__module__.startswith("newslint."):
        return None
    return f"{cls.__module__}.{cls.__qualname__}"


@dataclass
class _Totals:
    summary: Summary = field(default_factory=Summary)
    tally: Tally = field(default_factory=Tally)
    rule_seconds: Counter = field(default_factory=Counter)
    would_change: int = 0


@dataclass
class _Pending:
    """What the coordinating process must remember about a unit until its result is back."""

    path: str
    kind: str  # "text" or "jsonl"
    stdin: bool = False
    last: bool = True  # the last unit of its file
    data: bytes | None = None  # stdin's text, echoed as it was when nothing changes


class Checker:
    """One ``newslint check`` run: lists the inputs, has them linted (in ``--jobs``
    processes), and reports, writes fixes and counts in input order."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        if args.diff and args.fix:
            raise UsageError("--diff shows what --fix would do; use one of them")
        if args.jobs is not None and args.jobs < 1:
            raise UsageError("--jobs must be at least 1")
        if args.no_cache:
            patterns.programs.turn_off()
            # Workers started afresh (not forked) read the environment, not this process.
            os.environ["NEWSLINT_NO_CACHE"] = "1"
        overrides = {}
        for key in ("text_field", "id_field", "force_exclude"):
            if getattr(args, key) is not None:
                overrides[key] = getattr(args, key)
        self.resolver = SettingsResolver(args.config, overrides)
        select = _selectors(args.select)
        self.options = RunOptions(
            select=None if select is None else tuple(select),
            ignore=tuple(_selectors(args.ignore) or ()),
            extend_select=tuple(_selectors(args.extend_select) or ()),
            preview=args.preview,
            fixing=bool(args.fix or args.diff),
            unsafe=args.unsafe_fixes,
            keep_text=args.format in ("full", "html") and not args.statistics,
            encode_json=FORMATTERS[args.format].takes_encoded and not args.statistics and not args.diff,
            encoding=args.encoding,
            time_rules=args.statistics,
        )
        self.totals = _Totals()
        self.jobs = 1
        self.warned: set = set()
        self._pending: deque[_Pending] = deque()
        self._jsonl_out: AtomicFile | None = None
        self._jsonl_changed = False

    def error(self, message: str) -> None:
        self.totals.summary.errors += 1
        print(f"newslint: error: {message}", file=sys.stderr)

    def warn_problems(self, problems) -> None:
        for problem in problems:
            if problem not in self.warned:
                self.warned.add(problem)
                print(f"newslint: warning: {problem}", file=sys.stderr)

    def _warn_loop(self, link: str, target: str) -> None:
        self.warn_problems([f"{display_path(link)}: symlink loop (back to {display_path(target)}); not followed"])

    def targets(self) -> Iterator[str]:
        for raw in self.args.paths or ["."]:
            if raw == "-":
                yield "-"
            elif os.path.isdir(raw):
                yield from iter_files(raw, lambda p: self.resolver.for_path(p).is_excluded(p), self._warn_loop)
            elif os.path.exists(raw) or os.path.islink(raw):
                settings = self.resolver.for_path(raw)
                if settings.force_exclude and settings.is_excluded(raw):
                    continue
                yield raw
            else:
                self.error(f"{raw}: no such file or folder")

    def units(self, targets: list[str]) -> Iterator:
        """Work units in input order; what each one is is queued in ``_pending``."""
        for target in targets:
            stdin = target == "-"
            name = (self.args.stdin_filename or "-") if stdin else target
            settings = self.resolver.for_path(None if stdin else target)
            shown = name if stdin else display_path(target)
            if kind_of(name) == "jsonl":
                try:
                    handle = io.BytesIO(sys.stdin.buffer.read()) if stdin else open_jsonl(target)
                except InputError as error:
                    self.error(str(error))
                    continue
                # Workers in other processes read a plain file's lines themselves.
                by_reference = target if self.jobs > 1 and not stdin and not is_gzip(target) else None
                with handle:
                    previous = None
                    for unit in jsonl_units(handle, shown, settings, by_reference=by_reference, workers=self.jobs):
                        if previous is not None:
                            self._pending.append(_Pending(target, "jsonl", stdin, last=False))
                            yield previous
                        previous = unit
                    if previous is not None:
                        self._pending.append(_Pending(target, "jsonl", stdin, last=True))
                        yield previous
                    else:
                        print(f"newslint: warning: {shown}: empty file", file=sys.stderr)
            else:
                data = sys.stdin.buffer.read() if stdin else None
                self._pending.append(_Pending(name, "text", stdin, data=data))
                yield TextUnit(target, shown, settings, data)

    # -- the run ------------------------------------------------------------------

    def run(self) -> int:
        args = self.args
        # Rules load (and plugin problems show) before any input is read.
        root_settings = self.resolver.for_path(None)
        linter = Linter(root_settings, select=self.options.select, ignore=self.options.ignore,
                        extend_select=self.options.extend_select, preview=self.options.preview)
        self.warn_problems(linter.problems)
        targets = list(self.targets())
        self.jobs = jobs = args.jobs or default_jobs([t for t in targets if t != "-"])
        stream, close = self._open_output()
        color = {"always": True, "never": False}.get(args.color, stream.isatty() and "NO_COLOR" not in os.environ)
        formatter = FORMATTERS[args.format](stream, color=color, registry=linter.registry)
        progress = Progress.maybe(targets, enabled=not args.statistics and args.format != "json")
        started = time.perf_counter()
        try:
            if not args.statistics and not args.diff:
                formatter.begin()
            for result in run_units(self.units(targets), self.options, jobs, {root_settings: linter}):
                self.take(self._pending.popleft(), result, formatter)
                progress.update(result)
            if args.statistics:
                self._print_statistics(stream, time.perf_counter() - started)
            elif not args.diff:
                formatter.end(self._summary())
        finally:
            progress.close()
            if self._jsonl_out is not None:
                self._jsonl_out.discard()
            if close:
                stream.close()
        summary = self._summary()
        if summary.errors:
            return EXIT_ERROR
        if args.diff:
            return EXIT_FOUND if self.totals.would_change and not args.exit_zero else EXIT_CLEAN
        return EXIT_FOUND if summary.remaining and not args.exit_zero else EXIT_CLEAN

    def _open_output(self) -> tuple[TextIO, bool]:
        if self.args.output_file:
            try:
                return open(self.args.output_file, "w", encoding="utf-8", newline="\n"), True
            except OSError as error:
                raise UsageError(f"{self.args.output_file}: cannot write: {error.strerror or error}") from None
        if self.args.fix and "-" in (self.args.paths or []):
            return sys.stderr, False  # stdout carries the fixed text
        return sys.stdout, False

    def take(self, pending: _Pending, result, formatter: Formatter) -> None:
        """Report one unit's result, and write what it fixed."""
        self.warn_problems(result.problems)
        self.totals.rule_seconds.update(result.rule_seconds)
        self.totals.tally.merge(result.tally)
        for message in result.errors:
            self.error(message)
        for message in result.warnings:
            print(f"newslint: warning: {message}", file=sys.stderr)
        for document in result.documents:
            self._report(document, formatter)
        if not self.args.fix:
            return
        try:
            if pending.kind == "text":
                self._write_text(pending, result)
            else:
                self._write_jsonl(pending, result)
        except InputError as error:
            self.error(str(error))

    def _report(self, document, formatter: Formatter) -> None:
        source = SourceInfo(document.path, document.record_id, document.record_line)
        if document.fixed is not None:
            if self.args.diff:
                self.totals.would_change += 1
                self._print_diff(source, document.original, document.fixed)
            else:
                self.totals.summary.fixed += document.applied
        if not self.args.statistics and not self.args.diff:
            if document.encoded:
                formatter.report_encoded(source, document.encoded)
            elif document.diagnostics:
                formatter.report(source, document.text or "", document.diagnostics)

    def _summary(self) -> Summary:
        """The run's summary, with what the units counted."""
        summary, tally = self.totals.summary, self.totals.tally
        summary.documents, summary.remaining = tally.documents, tally.remaining
        summary.fixable_safe, summary.fixable_unsafe = tally.fixable_safe, tally.fixable_unsafe
        return summary

    def _write_text(self, pending: _Pending, result) -> None:
        fixed = result.documents[0].fixed if result.documents else None
        if pending.stdin and not result.documents:
            return
        if pending.stdin:
            if fixed is None:
                sys.stdout.buffer.write(pending.data)
            else:
                sys.stdout.buffer.write(encode_text(fixed, result.encoding, pending.path))
            sys.stdout.flush()
        elif fixed is not None:
            write_text_file(result.path, fixed, result.encoding)

    def _write_jsonl(self, pending: _Pending, result) -> None:
        if pending.stdin:
            sys.stdout.buffer.write(result.output or b"")
            if pending.last:
                sys.stdout.flush()
            return
        if self._jsonl_out is None:
            self._jsonl_out = AtomicFile(pending.path)
            self._jsonl_changed = False
        self._jsonl_out.write(result.output or b"")
        self._jsonl_changed = self._jsonl_changed or any(d.fixed is not None for d in result.documents)
        if pending.last:
            out, self._jsonl_out = self._jsonl_out, None
            if self._jsonl_changed:
                out.commit()
            else:
                out.discard()  # nothing changed: the original keeps its bytes and mtime

    def _print_diff(self, source: SourceInfo, before: str, after: str) -> None:
        import difflib  # only --diff needs it: kept off the start-up of every run

        # As git writes them: "a/tmp/x.txt" for "/tmp/x.txt", not "a//tmp/x.txt".
        label = source.label.lstrip("/")
        diff = difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{label}", f"b/{label}"
        )
        for line in diff:
            sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")

    # -- statistics -----------------------------------------------------------------

    def _print_statistics(self, stream: TextIO, elapsed: float) -> None:
        timings, tally = self.totals.rule_seconds, self.totals.tally
        rows = [
            {"code": code, "name": tally.names[code], "count": count, "fixable": code in tally.fixable,
             "seconds": round(timings.get(code, 0.0), 6)}
            for code, count in sorted(tally.counts.items(), key=lambda item: (-item[1], item[0]))
        ]
        if self.args.format in ("json", "jsonl", "sarif"):
            json.dump({"diagnostics": rows, "rule_seconds": {c: round(s, 6) for c, s in sorted(timings.items())},
                       "seconds": round(elapsed, 6), "documents": tally.documents}, stream, indent=2)
            stream.write("\n")
            return
        width = max([len(str(r["count"])) for r in rows] + [5])
        for row in rows:
            marker = "[*]" if row["fixable"] else "[ ]"
            stream.write(f"{row['count']:>{width}}  {row['code']}  {marker} {row['name']}\n")
        if timings:
            stream.write(f"\nTime per rule ({tally.documents} documents, {elapsed:.3f} s in all):\n")
            for code, seconds in timings.most_common():
                stream.write(f"{seconds:>10.4f} s  {code}\n")
