"""A house rule registered at run time, with no package and no entry point.

    python examples/runtime_rule.py

Useful in a pipeline that needs one extra check for its own sources: write the rule
class next to the pipeline and hand it to ``Linter(rules=[...])``.
"""

from __future__ import annotations

import regex

from newslint import Category, FixAvailability, Linter, Rule


class WireSlugLine(Rule):
    """## What it does
    Finds the wire service's slug line left at the top of a story, such as
    ``(WIRE-DESK) 14:02 GMT``.

    ## Why is this bad?
    The slug is routing metadata for editors, not part of the article.

    ## Example
    ```text
    (WIRE-DESK) 14:02 GMT
    The council met on Monday.
    ```

    ## Use instead
    ```text
    The council met on Monday.
    ```

    ## Fix safety
    Safe: only a whole line of exactly this shape is deleted.
    """

    code = "NL195"
    name = "wire-slug-line"
    category = Category.BOILERPLATE
    summary = "Wire slug line"
    fix_availability = FixAvailability.ALWAYS
    _slug = regex.compile(r"\([A-Z][A-Z-]+\) \d{1,2}:\d{2} GMT")

    def check(self, document):
        for line in document.lines:
            if self._slug.fullmatch(line.text.strip()):
                yield self.report_lines(document, line, fix_message="Delete the slug line")


def main() -> None:
    linter = Linter(rules=[WireSlugLine], extend_select=["NL195"])
    text = "(WIRE-DESK) 14:02 GMT\nThe council met on Monday. .\n"
    for diagnostic in linter.check(text):
        print(f"{diagnostic.line}:{diagnostic.column} {diagnostic.code} {diagnostic.message}")
    print(repr(linter.fix(text).text))


if __name__ == "__main__":
    main()
