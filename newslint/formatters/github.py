"""GitHub Actions workflow commands (``::error file=...::message``): annotations on
the pull request's files."""

from __future__ import annotations

from ..model import Diagnostic
from .base import Formatter, SourceInfo


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        for d in diagnostics:
            if source.record_line is not None:
                # A JSONL record is one line of the file: point at it, say where inside.
                line, end_line, column, end_column = source.record_line, source.record_line, 1, 1
                message = f"{d.code} [{d.rule}] {d.message} (record {source.record_id}, {d.line}:{d.column})"
            else:
                line, end_line, column, end_column = d.line, d.end_line, d.column, d.end_column
                message = f"{d.code} [{d.rule}] {d.message}"
            properties = ",".join(
                f"{key}={_escape_property(str(value))}"
                for key, value in (
                    ("title", f"newslint ({d.code})"),
                    ("file", source.path),
                    ("line", line),
                    ("col", column),
                    ("endLine", end_line),
                    ("endColumn", end_column),
                )
            )
            self.stream.write(f"::error {properties}::{_escape_data(message)}\n")
