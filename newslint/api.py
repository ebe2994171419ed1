"""The library entry points: ``check``, ``fix``, ``get_rule`` and the ``Linter`` class."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from .config import Settings
from .engine import Linter, coerce_settings
from .model import Diagnostic, FixResult
from .rule import Rule

__all__ = ["Linter", "check", "fix", "get_rule"]

ConfigLike = Settings | Mapping | str | Path | None


@lru_cache(maxsize=32)
def _linter(settings: Settings, select: tuple[str, ...] | None, ignore: tuple[str, ...]) -> Linter:
    return Linter(settings, select=select, ignore=ignore)


def _cached_linter(config: ConfigLike, select: Iterable[str] | None, ignore: Iterable[str] | None) -> Linter:
    return _linter(
        coerce_settings(config),
        None if select is None else tuple(select),
        tuple(ignore or ()),
    )


def check(
    text: str,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config: ConfigLike = None,
    path: str | None = None,
    record_id: str | None = None,
) -> list[Diagnostic]:
    """Lint ``text`` and return its diagnostics, sorted by position."""
    return _cached_linter(config, select, ignore).check(text, path=path, record_id=record_id)


def fix(
    text: str,
    *,
    unsafe: bool = False,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config: ConfigLike = None,
    path: str | None = None,
    record_id: str | None = None,
) -> FixResult:
    """Apply safe fixes (and unsafe ones with ``unsafe=True``) until none applies."""
    return _cached_linter(config, select, ignore).fix(text, unsafe=unsafe, path=path, record_id=record_id)


def get_rule(code_or_name: str, *, config: ConfigLike = None) -> Rule:
    """The registered rule with this code or name (``KeyError`` if there is none)."""
    rule = _cached_linter(config, None, None).registry.get(code_or_name)
    if rule is None:
        raise KeyError(code_or_name)
    return rule
