"""SARIF 2.1.0, for code-scanning dashboards. Results are streamed; the tool section
(with the rules that were reported) is written after them, which JSON allows."""

from __future__ import annotations

import json

from .. import __version__
from ..model import Diagnostic
from .base import Formatter, SourceInfo, Summary

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


class SarifFormatter(Formatter):
    _count = 0

    def begin(self) -> None:
        self._rules: dict[str, Diagnostic] = {}
        self.stream.write(f'{{"$schema": {json.dumps(SCHEMA_URI)}, "version": "2.1.0", "runs": [{{"results": [')

    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        for d in diagnostics:
            self._rules.setdefault(d.code, d)
            self.stream.write(",\n" if self._count else "\n")
            self.stream.write(json.dumps(self._result(source, d), ensure_ascii=False))
            self._count += 1

    def _result(self, source: SourceInfo, d: Diagnostic) -> dict:
        if source.record_line is not None:
            region = {"startLine": source.record_line}
        else:
            region = {"startLine": d.line, "startColumn": d.column, "endLine": d.end_line, "endColumn": d.end_column,
                      "charOffset": d.start, "charLength": d.end - d.start}
        result = {
            "ruleId": d.code,
            "level": "error" if d.category.value == "internal" else "warning",
            "message": {"text": d.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": source.path}, "region": region}}],
            "properties": {"rule": d.rule, "category": d.category.value, "line": d.line, "column": d.column,
                           "start": d.start, "end": d.end},
        }
        if source.record_id is not None:
            result["properties"]["document"] = source.record_id
        if d.fix is not None:
            result["properties"]["fixApplicability"] = d.fix.applicability.value
            if source.record_line is None:
                result["fixes"] = [{
                    "description": {"text": d.fix.message},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": source.path},
                        "replacements": [
                            {"deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start},
                             "insertedContent": {"text": e.content}}
                            for e in d.fix.edits
                        ],
                    }],
                }]
        return result

    def _rule_descriptors(self) -> list[dict]:
        descriptors = []
        for code, seen in sorted(self._rules.items()):
            rule = self.registry.get(code) if self.registry else None
            descriptor = {"id": code, "name": seen.rule, "shortDescription": {"text": rule.summary if rule else seen.message},
                          "properties": {"category": seen.category.value}}
            if rule is not None:
                descriptor["fullDescription"] = {"text": rule.doc_sections().get("What it does", rule.summary)}
                descriptor["help"] = {"text": rule.doc, "markdown": rule.doc}
            descriptors.append(descriptor)
        return descriptors

    def end(self, summary: Summary) -> None:
        driver = {"name": "newslint", "version": __version__,
                  "rules": self._rule_descriptors()}
        self.stream.write(f'\n], "tool": {{"driver": {json.dumps(driver, ensure_ascii=False)}}}}}]}}\n')
