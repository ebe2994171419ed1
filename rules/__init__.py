"""newslint's built-in rules, registered through the ``newslint`` entry-point group
exactly as a third-party rule pack would be (see ``pyproject.toml``).

One module per rule family holds the Python rules; ``*.toml`` files next to it are the
declarative packs. Find a rule from its code: ``newslint rule NL201`` prints its doc
and where it is defined.
"""

from __future__ import annotations

from pathlib import Path

from newslint.plugins import hookimpl

_HERE = Path(__file__).resolve().parent


@hookimpl
def newslint_rules():
    from . import credit, punctuation

    return [*credit.RULES, *punctuation.RULES]


@hookimpl
def newslint_rule_packs():
    return sorted(_HERE.glob("*.toml"))
