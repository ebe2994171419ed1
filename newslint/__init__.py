"""newslint: a linter for scraped news text.

    >>> from newslint import check, fix
    >>> [d.code for d in check("It rose on a military level. .")]
    ['NL501']
    >>> fix("It rose on a military level. .").text
    'It rose on a military level.'
"""

from __future__ import annotations

from .config import ConfigError, Settings, load_settings
from .document import Document, Line, Paragraph
from .model import Applicability, Category, Diagnostic, Edit, Fix, FixAvailability, FixResult
from .plugins import hookimpl
from .registry import RegistrationError, RuleRegistry, SelectorError
from .rule import Rule

#: The one place the version is written: ``pyproject.toml`` reads it from here, and
#: reading it here costs nothing (asking ``importlib.metadata`` costs 50 ms at start-up).
__version__ = "0.1.0"

__all__ = [
    "Applicability", "Category", "ConfigError", "Diagnostic", "Document", "Edit", "Fix",
    "FixAvailability", "FixResult", "Line", "Linter", "Paragraph", "RegistrationError", "Rule",
    "RuleRegistry", "SelectorError", "Settings", "check", "fix", "get_rule", "hookimpl",
    "load_settings", "__version__",
]


def __getattr__(name: str):
    # The engine imports the plugin host, which imports rule modules that import this
    # package: resolving these lazily keeps `from newslint import Rule` cycle-free.
    if name in ("Linter", "check", "fix", "get_rule"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")
