"""``json`` (one array) and ``jsonl`` (one object per line): the shape other tools consume.

Each object has exactly the keys ``path``, ``document``, ``code``, ``rule``,
``category``, ``message``, ``line``, ``column``, ``end_line``, ``end_column``,
``start``, ``end`` and ``fix`` (see ``Diagnostic.to_dict``).
"""

from __future__ import annotations

from ..model import Diagnostic
from .base import Formatter, SourceInfo, Summary


class JsonFormatter(Formatter):
    _count = 0
    #: Workers encode each diagnostic (``Diagnostic.to_json``): on several cores the
    #: process that writes the output then only writes.
    takes_encoded = True

    def begin(self) -> None:
        self.stream.write("[")

    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        self.report_encoded(source, [d.to_json() for d in diagnostics])

    def report_encoded(self, source: SourceInfo, encoded: list[str]) -> None:
        for line in encoded:
            self.stream.write(",\n  " if self._count else "\n  ")
            self.stream.write(line)
            self._count += 1

    def end(self, summary: Summary) -> None:
        self.stream.write("\n]\n" if self._count else "]\n")


class JsonLinesFormatter(Formatter):
    takes_encoded = True

    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        self.report_encoded(source, [d.to_json() for d in diagnostics])

    def report_encoded(self, source: SourceInfo, encoded: list[str]) -> None:
        for line in encoded:
            self.stream.write(line + "\n")
