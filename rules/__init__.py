"""newslint's built-in rules, registered through the ``newslint`` entry-point group
exactly as a third-party rule pack would be (see ``pyproject.toml``).

One module per rule family holds the Python rules (its ``RULES`` list); ``*.toml`` files
next to it are the declarative packs. Find a rule from its code:
``newslint rule NL201`` prints its doc and where it is defined.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from newslint.plugins import hookimpl

_HERE = Path(__file__).resolve().parent


@hookimpl
def newslint_rules():
    rules = []
    for module_info in sorted(pkgutil.iter_modules([str(_HERE)]), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        rules.extend(getattr(module, "RULES", ()))
    return rules


@hookimpl
def newslint_rule_packs():
    return sorted(_HERE.glob("*.toml"))
