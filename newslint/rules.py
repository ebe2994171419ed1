"""Every registered rule, importable by code: ``from newslint.rules import NL201``.

The names resolve through the plugin host (built-in and installed plugin rules alike), so
this module knows no rule itself. ``all_rules()`` lists them.
"""

from __future__ import annotations

from .rule import CODE_PATTERN, Rule


def all_rules() -> list[Rule]:
    from .api import _cached_linter

    return list(_cached_linter(None, None, None).registry)


def __getattr__(name: str) -> Rule:
    if CODE_PATTERN.fullmatch(name):
        from .api import get_rule

        try:
            return get_rule(name)
        except KeyError:
            pass
    raise AttributeError(f"module 'newslint.rules' has no rule or attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(["all_rules", *(rule.code for rule in all_rules())])
