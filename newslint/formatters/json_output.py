"""``json`` (one array) and ``jsonl`` (one object per line): the shape other tools consume.

Each object has exactly the keys ``path``, ``document``, ``code``, ``rule``,
``category``, ``message``, ``line``, ``column``, ``end_line``, ``end_column``,
``start``, ``end`` and ``fix`` (see ``Diagnostic.to_dict``).
"""

from __future__ import annotations

import json

from ..model import Diagnostic
from .base import Formatter, SourceInfo, Summary


def _encode(diagnostic: Diagnostic) -> str:
    return json.dumps(diagnostic.to_dict(), ensure_ascii=False)


class JsonFormatter(Formatter):
    _count = 0

    def begin(self) -> None:
        self.stream.write("[")

    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        for diagnostic in diagnostics:
            self.stream.write(",\n  " if self._count else "\n  ")
            self.stream.write(_encode(diagnostic))
            self._count += 1

    def end(self, summary: Summary) -> None:
        self.stream.write("\n]\n" if self._count else "]\n")


class JsonLinesFormatter(Formatter):
    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        for diagnostic in diagnostics:
            self.stream.write(_encode(diagnostic) + "\n")
