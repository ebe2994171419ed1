"""Hook specifications: what a newslint plugin may provide.

A plugin is any module or object with functions marked ``@hookimpl`` whose names match
the specifications below. Packages expose their plugin through the ``newslint``
entry-point group::

    [project.entry-points.newslint]
    my_rules = "my_package.plugin"

Every hook here is called on every plugin; results of many plugins are concatenated
(pluggy's default, never ``firstresult``), and the host calls each plugin's
implementation on its own so that one failing plugin cannot hide the others.
"""

from __future__ import annotations

import pluggy

PROJECT_NAME = "newslint"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def newslint_rules():
    """Return the Python rules this plugin provides.

    :return: a list of :class:`newslint.Rule` subclasses (instantiated with no arguments)
        or ready :class:`newslint.Rule` instances.

    Lists from all plugins are concatenated. Each rule is validated when it is
    registered (code ``NL`` + 3 digits whose hundreds digit matches its category,
    kebab-case name, one-line summary, a doc with the five sections); a rule that
    fails, or whose code or name is already taken, is reported with the plugin's name
    and skipped.
    """


@hookspec
def newslint_rule_packs():
    """Return paths of declarative rule packs (TOML files) this plugin provides.

    :return: a list of ``str`` or :class:`pathlib.Path`, absolute or relative to the
        working folder (plugins usually return paths next to their own module, e.g.
        ``Path(__file__).with_name("pack.toml")``).

    Lists from all plugins are concatenated; every rule of every pack is registered as
    if it came from ``newslint_rules``. A pack that does not load is reported with the
    plugin's name and skipped.
    """
