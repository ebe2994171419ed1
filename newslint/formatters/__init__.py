"""Output formats. Each formatter streams: ``begin``, one ``report`` per document,
``end`` with the run's summary. Nothing in the engine imports this package."""

from __future__ import annotations

from .base import Formatter, SourceInfo, Summary
from .github import GithubFormatter
from .html import HtmlFormatter
from .json_output import JsonFormatter, JsonLinesFormatter
from .sarif import SarifFormatter
from .text import ConciseFormatter, FullFormatter

FORMATTERS: dict[str, type[Formatter]] = {
    "full": FullFormatter,
    "concise": ConciseFormatter,
    "json": JsonFormatter,
    "jsonl": JsonLinesFormatter,
    "sarif": SarifFormatter,
    "github": GithubFormatter,
    "html": HtmlFormatter,
}

__all__ = ["FORMATTERS", "Formatter", "SourceInfo", "Summary"]
