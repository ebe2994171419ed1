"""An example newslint plugin: one Python rule and one declarative rule pack.

newslint finds this module through the ``newslint`` entry-point group declared in this
package's ``pyproject.toml``::

    [project.entry-points.newslint]
    example = "newslint_plugin_example"

and calls the ``@hookimpl`` functions below. The entry point's name (``example``) is the
plugin's name in newslint's messages: problems are reported as ``plugin 'example': ...``
and each rule's ``origin`` is ``example`` (or ``example (shortcodes.toml)`` for pack
rules).
"""

from __future__ import annotations

from pathlib import Path

from newslint import hookimpl

from .rules import RULES

__version__ = "0.1.0"

#: The pack files shipped in this package (declared as package data in pyproject.toml).
PACKS = (Path(__file__).resolve().with_name("shortcodes.toml"),)


@hookimpl
def newslint_rules():
    """The plugin's Python rules: ``Rule`` subclasses (or instances)."""
    return list(RULES)


@hookimpl
def newslint_rule_packs():
    """The plugin's declarative rule packs: paths to TOML files."""
    return list(PACKS)
