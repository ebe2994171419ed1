"""Human formats: ``full`` (location, message, the source line with a caret underline
and the fix on offer) and ``concise`` (one line per diagnostic)."""

from __future__ import annotations

from ..document import Document
from ..model import Diagnostic
from .base import Formatter, SourceInfo, Summary

_MAX_SHOWN = 100  # characters of a long line shown around the span
_STYLES = {"bold": "1", "red": "31", "cyan": "36", "dim": "2", "yellow": "33", "green": "32"}


class _TextFormatter(Formatter):
    def style(self, text: str, *names: str) -> str:
        if not self.color:
            return text
        codes = ";".join(_STYLES[name] for name in names)
        return f"\x1b[{codes}m{text}\x1b[0m"

    def header(self, source: SourceInfo, d: Diagnostic) -> str:
        location = self.style(f"{source.label}:{d.line}:{d.column}:", "bold")
        return f"{location} {self.style(d.code, 'red', 'bold')} [{d.rule}] {d.message}"

    def end(self, summary: Summary) -> None:
        if summary.remaining == 0:
            message = "All checks passed!" if not summary.fixed else f"Fixed {summary.fixed}; nothing remains."
            self.stream.write(self.style(message, "green") + "\n")
            return
        noun = "diagnostic" if summary.remaining == 1 else "diagnostics"
        line = f"Found {summary.remaining} {noun}"
        details = []
        if summary.fixed:
            details.append(f"{summary.fixed} fixed")
        if summary.fixable_safe:
            details.append(f"{summary.fixable_safe} fixable with --fix")
        if summary.fixable_unsafe:
            details.append(f"{summary.fixable_unsafe} more with --fix --unsafe-fixes")
        if details:
            line += " (" + ", ".join(details) + ")"
        self.stream.write(line + ".\n")


class ConciseFormatter(_TextFormatter):
    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        for d in diagnostics:
            self.stream.write(self.header(source, d) + "\n")


class FullFormatter(_TextFormatter):
    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        lines = None
        for d in diagnostics:
            if lines is None:
                lines = [line.text for line in Document(text).lines]
            self.stream.write(self.header(source, d) + "\n")
            self.stream.write(self._snippet(lines, d))
            if d.fix is not None:
                self.stream.write(f"{'':{len(str(d.line)) + 1}}{self.style('=', 'cyan')} fix ({d.fix.applicability.value}): {d.fix.message}\n")
            self.stream.write("\n")

    def _snippet(self, lines: list[str], d: Diagnostic) -> str:
        source_line = lines[d.line - 1] if d.line - 1 < len(lines) else ""
        start = d.column - 1
        end = d.end_column - 1 if d.end_line == d.line else len(source_line)
        end = max(end, start + 1)
        shown_from = 0
        if len(source_line) > _MAX_SHOWN:
            shown_from = max(0, min(start - 20, len(source_line) - _MAX_SHOWN))
        shown = source_line[shown_from : shown_from + _MAX_SHOWN]
        prefix = "…" if shown_from else ""
        suffix = "…" if shown_from + _MAX_SHOWN < len(source_line) else ""
        caret_start = start - shown_from + len(prefix)
        caret_width = max(1, min(end, shown_from + _MAX_SHOWN) - start)
        gutter = " " * len(str(d.line))
        bar = self.style("|", "cyan")
        number = self.style(str(d.line), "cyan")
        underline = self.style("^" * caret_width, "red")
        return (
            f"{gutter} {bar}\n"
            f"{number} {bar} {prefix}{shown}{suffix}\n"
            f"{gutter} {bar} {' ' * caret_start}{underline}\n"
        )
