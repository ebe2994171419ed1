"""The ``newslint`` command: ``check``, ``rules`` and ``rule``.

Exit status: 0 nothing found (or everything fixed), 1 diagnostics remain, 2 usage,
configuration or input error.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TextIO

from . import __version__
from .config import ConfigError, Settings, SettingsResolver
from .engine import Linter
from .formatters import FORMATTERS, Formatter, SourceInfo, Summary
from .model import Applicability, Diagnostic
from .packs import PackError
from .registry import RegistrationError
from .sources import (
    InputError,
    atomic_write,
    decode_text,
    display_path,
    encode_text,
    iter_files,
    iter_records,
    kind_of,
    open_jsonl,
    parse_record,
    read_text_file,
    replace_text,
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

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("table", "json"), default="table")
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
    widths = {key: max(len(key), *(len(str(row[key])) for row in rows)) for key in ("code", "name", "category", "fix")}
    header = "  ".join(key.upper().ljust(widths[key]) for key in widths) + "  SUMMARY"
    print(header)
    for row in rows:
        flag = " (preview)" if row["preview"] else ""
        print("  ".join(str(row[key]).ljust(widths[key]) for key in widths) + f"  {row['summary']}{flag}")
    return EXIT_CLEAN


def show_rule(args) -> int:
    linter = _linter_for_listing(args)
    rule = linter.registry.get(args.rule)
    if rule is None:
        raise UsageError(f"no rule {args.rule!r} (see `newslint rules`)")
    print(f"# {rule.name} ({rule.code})\n")
    print(f"Category: {rule.category.value}. Fix: {rule.fix_availability.value}."
          + (" Preview rule (off unless selected)." if rule.preview else "")
          + f" Provided by: {rule.origin}.\n")
    print(f"{rule.summary}\n")
    print(rule.doc)
    return EXIT_CLEAN


@dataclass
class _Totals:
    summary: Summary = field(default_factory=Summary)
    counts: Counter = field(default_factory=Counter)
    names: dict = field(default_factory=dict)
    fixable: set = field(default_factory=set)
    would_change: int = 0


class Checker:
    """One ``newslint check`` run."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        if args.diff and args.fix:
            raise UsageError("--diff shows what --fix would do; use one of them")
        overrides = {}
        for key in ("text_field", "id_field", "force_exclude"):
            if getattr(args, key) is not None:
                overrides[key] = getattr(args, key)
        self.resolver = SettingsResolver(args.config, overrides)
        self.select = _selectors(args.select)
        self.ignore = _selectors(args.ignore) or []
        self.extend_select = _selectors(args.extend_select) or []
        self.linters: dict[Settings, Linter] = {}
        self.totals = _Totals()
        self.fixing = args.fix or args.diff

    # -- set-up -----------------------------------------------------------------

    def linter(self, settings: Settings) -> Linter:
        linter = self.linters.get(settings)
        if linter is None:
            linter = Linter(settings, select=self.select, ignore=self.ignore, extend_select=self.extend_select,
                            preview=self.args.preview)
            _warn_problems(linter)
            self.linters[settings] = linter
        return linter

    def unsafe(self, settings: Settings) -> bool:
        return settings.unsafe_fixes if self.args.unsafe_fixes is None else self.args.unsafe_fixes

    def error(self, message: str) -> None:
        self.totals.summary.errors += 1
        print(f"newslint: error: {message}", file=sys.stderr)

    def targets(self) -> Iterator[str]:
        for raw in self.args.paths or ["."]:
            if raw == "-":
                yield "-"
            elif os.path.isdir(raw):
                yield from iter_files(raw, lambda p: self.resolver.for_path(p).is_excluded(p))
            elif os.path.exists(raw) or os.path.islink(raw):
                settings = self.resolver.for_path(raw)
                if settings.force_exclude and settings.is_excluded(raw):
                    continue
                yield raw
            else:
                self.error(f"{raw}: no such file or folder")

    # -- the run ------------------------------------------------------------------

    def run(self) -> int:
        args = self.args
        stream, close = self._open_output()
        color = {"always": True, "never": False}.get(args.color, stream.isatty() and "NO_COLOR" not in os.environ)
        started = time.perf_counter()
        formatter = FORMATTERS[args.format](stream, color=color, registry=self.linter(self.resolver.for_path(None)).registry)
        try:
            if not args.statistics and not args.diff:
                formatter.begin()
            for target in self.targets():
                try:
                    self.check_target(target, formatter)
                except InputError as error:
                    self.error(str(error))
            if args.statistics:
                self._print_statistics(stream, time.perf_counter() - started)
            elif not args.diff:
                formatter.end(self.totals.summary)
        finally:
            if close:
                stream.close()
        summary = self.totals.summary
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

    def check_target(self, target: str, formatter: Formatter) -> None:
        if target == "-":
            name = self.args.stdin_filename or "-"
            settings = self.resolver.for_path(None)
            data = sys.stdin.buffer.read()
            if kind_of(name) == "jsonl":
                self._check_jsonl_stdin(name, data, settings, formatter)
            else:
                text, how = decode_text(data, name, self.args.encoding)
                fixed = self.check_document(SourceInfo(name), text, settings, formatter)
                if self.args.fix:
                    sys.stdout.buffer.write(encode_text(fixed if fixed is not None else text, how, name))
                    sys.stdout.flush()
            return
        settings = self.resolver.for_path(target)
        kind = kind_of(target) or "text"
        if kind == "jsonl":
            self.check_jsonl(target, settings, formatter)
            return
        text, how = read_text_file(target, self.args.encoding)
        shown = display_path(target)
        fixed = self.check_document(SourceInfo(shown), text, settings, formatter)
        if fixed is not None and self.args.fix:
            write_text_file(target, fixed, how)

    def check_document(self, source: SourceInfo, text: str, settings: Settings, formatter: Formatter) -> str | None:
        """Lint (and, when fixing, fix) one document; report it; return the fixed text
        when it changed."""
        linter = self.linter(settings)
        summary = self.totals.summary
        summary.documents += 1
        fixed = None
        if self.fixing:
            result = linter.fix(text, unsafe=self.unsafe(settings), path=source.path, record_id=source.record_id)
            diagnostics = result.remaining
            if result.text != text:
                fixed = result.text
                if self.args.diff:
                    self.totals.would_change += 1
                    self._print_diff(source, text, fixed)
                else:
                    summary.fixed += len(result.applied)
            shown_text = result.text
        else:
            diagnostics = linter.check(text, path=source.path, record_id=source.record_id)
            shown_text = text
        self._count(diagnostics, settings)
        if not self.args.statistics and not self.args.diff:
            formatter.report(source, shown_text, diagnostics)
        return fixed

    def _count(self, diagnostics: list[Diagnostic], settings: Settings) -> None:
        summary, totals = self.totals.summary, self.totals
        summary.remaining += len(diagnostics)
        for d in diagnostics:
            totals.counts[d.code] += 1
            totals.names[d.code] = d.rule
            if d.fix is not None:
                totals.fixable.add(d.code)
                if d.fix.applicability is Applicability.SAFE:
                    summary.fixable_safe += 1
                else:
                    summary.fixable_unsafe += 1

    def _print_diff(self, source: SourceInfo, before: str, after: str) -> None:
        label = source.label
        diff = difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{label}", f"b/{label}"
        )
        for line in diff:
            sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")

    # -- JSONL ----------------------------------------------------------------------

    def check_jsonl(self, path: str, settings: Settings, formatter: Formatter) -> None:
        shown = display_path(path)
        with open_jsonl(path) as handle:
            records = iter_records(handle, shown, settings.text_field, settings.id_field)
            if not self.args.fix:
                for record in records:
                    self._check_record(record, shown, settings, formatter)
                return

            def write_fixed(output) -> bool:
                changed = False
                for record in records:
                    fixed = self._check_record(record, shown, settings, formatter)
                    if fixed is None:
                        output.write(record.raw)
                    else:
                        changed = True
                        output.write(replace_text(record, fixed, settings.text_field))
                return changed

            atomic_write(path, write_fixed)

    def _check_record(self, record, shown: str, settings: Settings, formatter: Formatter) -> str | None:
        if record.is_blank:
            return None
        if record.error:
            self.error(record.error)
            return None
        return self.check_document(SourceInfo(shown, record.record_id, record.number), record.text, settings, formatter)

    def _check_jsonl_stdin(self, name: str, data: bytes, settings: Settings, formatter: Formatter) -> None:
        lines = data.splitlines(keepends=True)
        for number, raw in enumerate(lines, 1):
            record = parse_record(number, raw, name, settings.text_field, settings.id_field)
            fixed = self._check_record(record, name, settings, formatter)
            if self.args.fix:
                sys.stdout.buffer.write(raw if fixed is None else replace_text(record, fixed, settings.text_field))
        sys.stdout.flush()

    # -- statistics -----------------------------------------------------------------

    def _print_statistics(self, stream: TextIO, elapsed: float) -> None:
        timings: Counter = Counter()
        for linter in self.linters.values():
            timings.update(linter.timings)
        rows = [
            {"code": code, "name": self.totals.names[code], "count": count, "fixable": code in self.totals.fixable,
             "seconds": round(timings.get(code, 0.0), 6)}
            for code, count in sorted(self.totals.counts.items(), key=lambda item: (-item[1], item[0]))
        ]
        if self.args.format in ("json", "jsonl", "sarif"):
            json.dump({"diagnostics": rows, "rule_seconds": {c: round(s, 6) for c, s in sorted(timings.items())},
                       "seconds": round(elapsed, 6), "documents": self.totals.summary.documents}, stream, indent=2)
            stream.write("\n")
            return
        width = max([len(str(r["count"])) for r in rows] + [5])
        for row in rows:
            marker = "[*]" if row["fixable"] else "[ ]"
            stream.write(f"{row['count']:>{width}}  {row['code']}  {marker} {row['name']}\n")
        if timings:
            stream.write(f"\nTime per rule ({self.totals.summary.documents} documents, {elapsed:.3f} s in all):\n")
            names = {rule.code: rule.name for linter in self.linters.values() for rule in linter.rules}
            for code, seconds in timings.most_common():
                stream.write(f"{seconds:>10.4f} s  {code}  {names.get(code, '')}\n")
