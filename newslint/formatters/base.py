"""The formatter interface and what every formatter is told about the run."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from ..model import Diagnostic
from ..registry import RuleRegistry


@dataclass(frozen=True)
class SourceInfo:
    """Where a document came from: its path as shown to the user, and for a JSONL
    record its id and 1-based line number in the file."""

    path: str
    record_id: str | None = None
    record_line: int | None = None

    @property
    def label(self) -> str:
        return self.path if self.record_id is None else f"{self.path}[{self.record_id}]"


@dataclass
class Summary:
    remaining: int = 0
    fixed: int = 0
    fixable_safe: int = 0
    fixable_unsafe: int = 0
    documents: int = 0
    errors: int = 0


class Formatter:
    """Writes diagnostics to ``stream`` as they arrive."""

    #: Whether ``report_encoded`` takes each diagnostic as ``Diagnostic.to_json`` made it
    #: (in the worker processes, which then spare the writing process that work).
    takes_encoded = False

    def __init__(self, stream: TextIO, *, color: bool = False, registry: RuleRegistry | None = None):
        self.stream = stream
        self.color = color
        self.registry = registry

    def begin(self) -> None:
        pass

    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        """One document's diagnostics. Only documents with diagnostics are reported:
        ``end``'s summary counts every document checked."""
        raise NotImplementedError

    def report_encoded(self, source: SourceInfo, encoded: list[str]) -> None:
        raise NotImplementedError(f"{type(self).__name__} does not take encoded diagnostics")

    def end(self, summary: Summary) -> None:
        pass
