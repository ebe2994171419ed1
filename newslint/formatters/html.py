"""``html``: one self-contained report file for reviewing a corpus run by eye.

Totals per category and rule as bar charts, the distribution of diagnostics per document,
and a filterable list of flagged documents with every span highlighted next to its
message and fix. No network: styles, charts (inline SVG) and script are in the file.
Documents are spooled to a temporary file as they arrive, so memory stays flat; the list
shows the first ``MAX_DOCUMENTS`` flagged documents, the charts count everything.
"""

from __future__ import annotations

import html
import json
import tempfile
from collections import Counter

from .. import __version__
from ..model import Category, Diagnostic
from .base import Formatter, SourceInfo, Summary

MAX_DOCUMENTS = 2000
_BUCKETS = ((0, 0), (1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, None))
_COLOURS = {
    "internal": "#6b7280", "boilerplate": "#2563eb", "credit": "#d97706", "caption": "#7c3aed",
    "translation": "#059669", "punctuation": "#dc2626", "encoding": "#0891b2", "whitespace": "#65a30d",
    "markup": "#db2777", "structure": "#4b5563",
}

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#111;background:#f7f7f8}
header,main{max-width:1100px;margin:auto;padding:12px 20px}
h1{font-size:20px;margin:8px 0}h2{font-size:16px;margin:18px 0 6px}
.totals span{display:inline-block;margin-right:18px}.totals b{font-size:18px}
.charts{display:flex;flex-wrap:wrap;gap:24px}.chart{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px}
svg text{font:12px system-ui,sans-serif}
.filters{position:sticky;top:0;background:#f7f7f8;padding:8px 0;border-bottom:1px solid #ddd;z-index:1}
.filters input,.filters select{margin-right:10px;padding:3px}
article{background:#fff;border:1px solid #ddd;border-radius:6px;margin:10px 0;padding:8px 12px}
article h3{font-size:14px;margin:0 0 6px;font-family:ui-monospace,monospace}
pre{white-space:pre-wrap;word-wrap:break-word;font:13px/1.5 ui-monospace,monospace;background:#fafafa;padding:8px;
 max-height:420px;overflow:auto;border:1px solid #eee}
mark{border-radius:2px;padding:0 1px}ol.diags{margin:6px 0 0 0;padding-left:22px}ol.diags li{margin:2px 0}
code{font-family:ui-monospace,monospace}.fix{color:#555}.hidden{display:none}.note{color:#555}
"""

_SCRIPT = """
(function(){
  var q=document.getElementById('q'),cat=document.getElementById('cat'),rule=document.getElementById('rule'),
      fixable=document.getElementById('fixable'),shown=document.getElementById('shown');
  function apply(){
    var text=q.value.toLowerCase(),c=cat.value,r=rule.value,f=fixable.checked,n=0;
    document.querySelectorAll('article.doc').forEach(function(a){
      var ok=(!text||a.dataset.name.toLowerCase().indexOf(text)>=0)
        &&(!c||a.dataset.categories.split(' ').indexOf(c)>=0)
        &&(!r||a.dataset.rules.split(' ').indexOf(r)>=0)
        &&(!f||a.dataset.fixable==='1');
      a.classList.toggle('hidden',!ok);if(ok)n++;
    });
    shown.textContent=n;
  }
  [q,cat,rule,fixable].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply);});
  // A link can preset the filters: report.html#rule=NL201&category=credit&q=wire&fixable=1
  var preset=new URLSearchParams(location.hash.slice(1));
  if(preset.has('q'))q.value=preset.get('q');
  if(preset.has('category'))cat.value=preset.get('category');
  if(preset.has('rule'))rule.value=preset.get('rule');
  if(preset.has('fixable'))fixable.checked=preset.get('fixable')==='1';
  apply();
  // Long documents open scrolled to their first flagged span.
  document.querySelectorAll('article.doc pre').forEach(function(pre){
    var mark=pre.querySelector('mark');if(mark)pre.scrollTop=Math.max(0,mark.offsetTop-pre.offsetTop-40);
  });
})();
"""


def _colour(category: str) -> str:
    return _COLOURS.get(category, "#6b7280")


def _bar_chart(title: str, rows: list[tuple[str, int, str]], chart_id: str) -> str:
    """A horizontal bar chart: (label, value, colour) rows."""
    if not rows:
        return f'<div class="chart" id="{chart_id}"><b>{html.escape(title)}</b><p class="note">nothing found</p></div>'
    width, label_width, bar_height = 460, 210, 18
    top = max(value for _, value, _ in rows) or 1
    height = len(rows) * (bar_height + 4) + 24
    parts = [f'<div class="chart" id="{chart_id}"><svg width="{width}" height="{height}" role="img" '
             f'aria-label="{html.escape(title)}"><text x="0" y="14" font-weight="bold">{html.escape(title)}</text>']
    for index, (label, value, colour) in enumerate(rows):
        y = 24 + index * (bar_height + 4)
        length = max(1, round((width - label_width - 50) * value / top))
        parts.append(
            f'<g class="bar" data-label="{html.escape(label)}" data-value="{value}">'
            f'<text x="0" y="{y + 13}">{html.escape(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" fill="{colour}"></rect>'
            f'<text x="{label_width + length + 4}" y="{y + 13}">{value}</text></g>'
        )
    parts.append("</svg></div>")
    return "".join(parts)


def _highlight(text: str, diagnostics: list[Diagnostic]) -> str:
    """The text with each diagnostic's span in a <mark> (overlaps split into segments)."""
    cuts = {0, len(text)}
    for d in diagnostics:
        cuts.update((d.start, d.end))
    points = sorted(cuts)
    out = []
    empty_at: dict[int, list[Diagnostic]] = {}
    for d in diagnostics:
        if d.start == d.end:
            empty_at.setdefault(d.start, []).append(d)
    for start, end in zip(points, points[1:] + [None]):
        for d in empty_at.get(start, ()):
            out.append(f'<mark title="{html.escape(d.code + " " + d.message)}" '
                       f'style="background:{_colour(d.category.value)}55">&#x2038;</mark>')
        if end is None:
            break
        piece = html.escape(text[start:end])
        covering = [d for d in diagnostics if d.start <= start and end <= d.end and d.start < d.end]
        if covering:
            first = covering[0]
            title = "; ".join(f"{d.code} {d.message}" for d in covering)
            out.append(f'<mark data-codes="{" ".join(d.code for d in covering)}" title="{html.escape(title)}" '
                       f'style="background:{_colour(first.category.value)}33;outline:1px solid '
                       f'{_colour(first.category.value)}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


class HtmlFormatter(Formatter):
    def begin(self) -> None:
        self._by_rule: Counter[str] = Counter()
        self._by_category: Counter[str] = Counter()
        self._rule_names: dict[str, tuple[str, str]] = {}
        self._per_document: Counter[int] = Counter()  # flagged documents by their number of diagnostics
        self._listed = 0
        self._flagged = 0
        self._spool = tempfile.TemporaryFile("w+", encoding="utf-8")

    def report(self, source: SourceInfo, text: str, diagnostics: list[Diagnostic]) -> None:
        if not diagnostics:
            return
        self._per_document[len(diagnostics)] += 1
        self._flagged += 1
        for d in diagnostics:
            self._by_rule[d.code] += 1
            self._by_category[d.category.value] += 1
            self._rule_names[d.code] = (d.rule, d.category.value)
        if self._listed >= MAX_DOCUMENTS:
            return
        self._listed += 1
        name = source.label
        categories = " ".join(sorted({d.category.value for d in diagnostics}))
        codes = " ".join(sorted({d.code for d in diagnostics}))
        fixable = "1" if any(d.fix for d in diagnostics) else "0"
        items = []
        for d in diagnostics:
            fix = ""
            if d.fix is not None:
                edits = ", ".join(
                    f"{e.start}–{e.end} → {json.dumps(e.content, ensure_ascii=False)}" for e in d.fix.edits
                )
                fix = (f' <span class="fix">fix ({d.fix.applicability.value}): {html.escape(d.fix.message)}'
                       f" [{html.escape(edits)}]</span>")
            items.append(
                f'<li data-code="{d.code}" data-category="{d.category.value}">{d.line}:{d.column} '
                f'<code style="color:{_colour(d.category.value)}">{d.code}</code> [{html.escape(d.rule)}] '
                f"{html.escape(d.message)}{fix}</li>"
            )
        self._spool.write(
            f'<article class="doc" data-name="{html.escape(name)}" data-categories="{categories}" '
            f'data-rules="{codes}" data-fixable="{fixable}" data-count="{len(diagnostics)}">'
            f'<h3>{html.escape(name)} — <span class="count">{len(diagnostics)}</span> '
            f'diagnostic{"s" if len(diagnostics) != 1 else ""}</h3>'
            f"<pre>{_highlight(text, diagnostics)}</pre><ol class=\"diags\">{''.join(items)}</ol></article>\n"
        )

    def _distribution(self, documents: int) -> list[tuple[str, int, str]]:
        # (The run reports only flagged documents; the summary counts them all.)
        per_document = self._per_document + Counter({0: documents - self._flagged})
        rows = []
        for low, high in _BUCKETS:
            count = sum(n for k, n in per_document.items() if k >= low and (high is None or k <= high))
            label = str(low) if low == high else (f"{low}+" if high is None else f"{low}–{high}")
            rows.append((f"{label} per document", count, "#6b7280"))
        return rows

    def end(self, summary: Summary) -> None:
        total = sum(self._by_rule.values())
        categories = [c.value for c in Category if self._by_category.get(c.value)]
        category_rows = [(c, self._by_category[c], _colour(c)) for c in categories]
        rule_rows = [
            (f"{code} {self._rule_names[code][0]}", count, _colour(self._rule_names[code][1]))
            for code, count in sorted(self._by_rule.items(), key=lambda item: (-item[1], item[0]))
        ]
        w = self.stream.write
        w("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          f"<title>newslint report</title><style>{_STYLE}</style></head><body>\n<header>"
          f"<h1>newslint report</h1><div class=\"totals\">"
          f"<span>documents <b id=\"total-documents\">{summary.documents}</b></span>"
          f"<span>flagged <b id=\"flagged-documents\">{self._flagged}</b></span>"
          f"<span>diagnostics <b id=\"total-diagnostics\">{total}</b></span>"
          f"<span>fixed <b id=\"total-fixed\">{summary.fixed}</b></span>"
          f"<span class=\"note\">newslint {__version__}</span></div></header>\n<main>"
          "<h2>Totals</h2><div class=\"charts\">"
          + _bar_chart("Diagnostics per category", category_rows, "by-category")
          + _bar_chart("Diagnostics per rule", rule_rows, "by-rule")
          + _bar_chart("Documents by number of diagnostics", self._distribution(summary.documents), "per-document")
          + "</div>\n")
        options_c = "".join(f'<option value="{c}">{c}</option>' for c in categories)
        options_r = "".join(f'<option value="{code}">{code} {html.escape(self._rule_names[code][0])}</option>'
                            for code in sorted(self._by_rule))
        w("<h2>Flagged documents</h2><div class=\"filters\">"
          "<input id=\"q\" type=\"search\" placeholder=\"path or record id\">"
          f"<select id=\"cat\"><option value=\"\">all categories</option>{options_c}</select>"
          f"<select id=\"rule\"><option value=\"\">all rules</option>{options_r}</select>"
          "<label><input id=\"fixable\" type=\"checkbox\"> with a fix</label> "
          f"<span class=\"note\">showing <b id=\"shown\">{self._listed}</b> of "
          f"<b id=\"listed\">{self._listed}</b> listed"
          + (f" (the first {MAX_DOCUMENTS} of {self._flagged} flagged)" if self._flagged > self._listed else "")
          + "</span></div>\n")
        self._spool.seek(0)
        while chunk := self._spool.read(1 << 20):
            w(chunk)
        self._spool.close()
        w(f"</main><script>{_SCRIPT}</script></body></html>\n")
