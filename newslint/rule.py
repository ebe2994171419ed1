"""The interface a rule implements, and the helpers it uses to report and fix.

A rule is a small class: its docstring is its documentation (the five sections below,
as Markdown ``##`` headings), its class attributes declare what it is, and ``check``
yields diagnostics for one document. Rules know this module, ``model`` and
``document``; the engine knows no rule.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable

import regex

from .document import Document, Line
from .model import Applicability, Category, Diagnostic, Edit, Fix, FixAvailability

DOC_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead", "Fix safety")

CODE_PATTERN = regex.compile(r"NL[0-9]{3}")
NAME_PATTERN = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_SECTION_HEADING = regex.compile(r"^##\s+(.+?)\s*$", regex.MULTILINE)


class Rule:
    """Base class of every rule. Subclasses set the class attributes and ``check``."""

    code: str = ""
    name: str = ""
    category: Category = Category.INTERNAL
    summary: str = ""
    fix_availability: FixAvailability = FixAvailability.NEVER
    #: Preview rules are left out of prefix, category and ``ALL`` selections; they run only
    #: when selected by exact code or name, or with ``preview = true``.
    preview: bool = False
    #: Filled in by the plugin host: which plugin (or pack file) provided the rule.
    origin: str = ""
    #: A cheap test of a whole document (``str`` methods, a byte's presence), or None.
    #: When it returns False the rule could not report anything, and the engine does not
    #: call ``check``. Rules that share one gate function share one call per document, so
    #: a family gives all its rules the same function: most documents are clean, and on
    #: them most families should cost one test, not one pass per rule. Set it on the class
    #: as a plain function or a ``staticmethod``.
    gate: Callable[[Document], bool] | None = None

    @property
    def doc(self) -> str:
        # getdoc() inherits: a variant of a rule (a subclass with other codes) keeps its doc.
        return inspect.getdoc(type(self)) or ""

    def doc_sections(self) -> dict[str, str]:
        return split_doc_sections(self.doc)

    def check(self, document: Document) -> Iterable[Diagnostic]:
        raise NotImplementedError

    # -- helpers for subclasses -------------------------------------------------------

    def diagnostic(
        self,
        document: Document,
        start: int,
        end: int,
        *,
        message: str | None = None,
        fix: Fix | None = None,
    ) -> Diagnostic:
        return locate(document, self.code, self.name, self.category, message or self.summary, start, end, fix)

    def delete_lines(
        self,
        document: Document,
        first: Line,
        last: Line | None = None,
        *,
        applicability: Applicability = Applicability.SAFE,
        message: str = "Delete the line",
    ) -> Fix:
        start, end = document.line_block_removal(first.index, (last or first).index)
        return Fix((Edit(start, end),), applicability, message)

    def report_lines(
        self,
        document: Document,
        first: Line,
        last: Line | None = None,
        *,
        applicability: Applicability | None = Applicability.SAFE,
        message: str | None = None,
        fix_message: str = "Delete the line",
    ) -> Diagnostic:
        """Report lines ``first..last`` (their text, without the surrounding whitespace)
        and, unless ``applicability`` is None, offer to delete them."""
        last = last or first
        start = first.start + (len(first.text) - len(first.text.lstrip()))
        end = max(start, last.end - (len(last.text) - len(last.text.rstrip())))
        fix = None
        if applicability is not None:
            fix = self.delete_lines(document, first, last, applicability=applicability, message=fix_message)
        return self.diagnostic(document, start, end, message=message, fix=fix)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code} {self.name}>"


def locate(
    document: Document,
    code: str,
    name: str,
    category: Category,
    message: str,
    start: int,
    end: int,
    fix: Fix | None = None,
) -> Diagnostic:
    """A diagnostic for ``document[start:end]``, with its line and column numbers."""
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    return Diagnostic(
        code=code,
        rule=name,
        category=category,
        message=message,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        fix=fix,
        path=document.path,
        document=document.record_id,
    )


def split_doc_sections(doc: str) -> dict[str, str]:
    """``{"What it does": "...", ...}`` from a Markdown doc with ``## Section`` headings."""
    headings = list(_SECTION_HEADING.finditer(doc))
    sections = {}
    for heading, following in zip(headings, headings[1:] + [None]):
        body_end = following.start() if following else len(doc)
        sections[heading.group(1)] = doc[heading.end() : body_end].strip()
    return sections

