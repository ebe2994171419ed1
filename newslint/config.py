"""Settings: ``[tool.newslint]`` in ``pyproject.toml`` or a ``newslint.toml``.

As with ruff, each checked file uses the nearest configuration found from its own folder
upwards (stdin: from the working folder); in one folder ``newslint.toml`` wins over
``pyproject.toml``, and a ``pyproject.toml`` without ``[tool.newslint]`` is passed over.
Relative paths in a configuration are relative to the folder holding it.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path, PurePosixPath

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("newslint.toml", "pyproject.toml")
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "__pycache__", "node_modules",
    "build", "dist", "site-packages", ".mypy_cache", ".pytest_cache", ".ruff_cache",
)


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    """Resolved settings. Field names are the TOML keys with ``-`` turned into ``_``."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    per_record_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    unsafe_fixes: bool = False
    preview: bool = False
    plugins: tuple[str, ...] = ()
    rule_packs: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    text_field: str = "text"
    id_field: str = "id"
    #: Share of a document that fixes may delete in one run before they are withheld (NL004).
    max_fix_deletion: float = 0.5
    #: The file these settings were read from, and the folder relative paths start at.
    source: str | None = field(default=None, compare=False)
    root: str = field(default_factory=os.getcwd)

    # -- path matching --------------------------------------------------------------

    def relative(self, path: str | os.PathLike) -> str:
        """``path`` relative to the settings' folder, in POSIX form (as written in globs)."""
        absolute = os.path.abspath(path)
        try:
            relative = os.path.relpath(absolute, self.root)
        except ValueError:  # another drive on Windows
            return Path(absolute).as_posix()
        return Path(relative).as_posix() if not relative.startswith("..") else Path(absolute).as_posix()

    def is_excluded(self, path: str | os.PathLike) -> bool:
        relative = PurePosixPath(self.relative(path))
        for pattern in self.exclude + self.extend_exclude:
            if _glob_matches(relative, pattern):
                return True
        return False

    def file_ignores(self, path: str | None) -> tuple[str, ...]:
        """Selectors ignored for ``path`` by ``per-file-ignores``."""
        if path is None:
            return ()
        relative = PurePosixPath(self.relative(path))
        return tuple(s for pattern, selectors in self.per_file_ignores if _glob_matches(relative, pattern) for s in selectors)

    def record_ignores(self, record_id: str | None) -> tuple[str, ...]:
        if record_id is None:
            return ()
        return tuple(
            s
            for pattern, selectors in self.per_record_ignores
            if pattern == record_id or fnmatch.fnmatchcase(record_id, pattern)
            for s in selectors
        )


def _glob_matches(relative: PurePosixPath, pattern: str) -> bool:
    """ruff-like matching: a pattern with a slash matches the relative path (``**``
    spanning folders); one without matches any single path component or the name."""
    pattern = pattern.strip().rstrip("/")
    if "/" in pattern:
        pattern = pattern.removeprefix("./")
        text = relative.as_posix()
        if fnmatch.fnmatchcase(text, pattern):
            return True
        # "dir/**" covers everything below dir; "**/x" covers x anywhere.
        if pattern.endswith("/**") and (text == pattern[:-3] or text.startswith(pattern[:-2])):
            return True
        if pattern.startswith("**/") and _glob_matches(relative, pattern[3:]):
            return True
        return any(fnmatch.fnmatchcase("/".join(relative.parts[i:]), pattern) for i in range(1, len(relative.parts)))
    return any(fnmatch.fnmatchcase(part, pattern) for part in relative.parts)


# -- reading ------------------------------------------------------------------------

_LIST_KEYS = ("select", "ignore", "extend-select", "exclude", "extend-exclude", "plugins", "rule-packs", "allow")
_BOOL_KEYS = ("unsafe-fixes", "preview", "force-exclude")
_STR_KEYS = ("text-field", "id-field")
_TABLE_KEYS = ("per-file-ignores", "per-record-ignores")
_SHARE_KEYS = ("max-fix-deletion",)
KNOWN_KEYS = frozenset(_LIST_KEYS + _BOOL_KEYS + _STR_KEYS + _TABLE_KEYS + _SHARE_KEYS)


def settings_from_mapping(data: Mapping, *, source: str | None = None, root: str | None = None) -> Settings:
    """Validate a ``[tool.newslint]``-shaped mapping; unknown keys are errors."""
    where = source or "configuration"
    root = root or (str(Path(source).resolve().parent) if source else os.getcwd())
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        hint = _did_you_mean(unknown[0])
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}{hint}")
    values: dict = {}
    for key in _LIST_KEYS:
        if key in data:
            value = data[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: {key!r} must be a list of strings")
            values[key.replace("-", "_")] = tuple(value)
    for key in _BOOL_KEYS:
        if key in data:
            if not isinstance(data[key], bool):
                raise ConfigError(f"{where}: {key!r} must be true or false")
            values[key.replace("-", "_")] = data[key]
    for key in _STR_KEYS:
        if key in data:
            if not isinstance(data[key], str) or not data[key]:
                raise ConfigError(f"{where}: {key!r} must be a non-empty string")
            values[key.replace("-", "_")] = data[key]
    for key in _SHARE_KEYS:
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ConfigError(f"{where}: {key!r} must be a number from 0 to 1 (a share of the document)")
            values[key.replace("-", "_")] = float(value)
    for key in _TABLE_KEYS:
        if key in data:
            table = data[key]
            if not isinstance(table, Mapping) or not all(
                isinstance(v, list) and all(isinstance(s, str) for s in v) for v in table.values()
            ):
                raise ConfigError(f"{where}: {key!r} must map patterns to lists of selectors")
            values[key.replace("-", "_")] = tuple((str(k), tuple(v)) for k, v in table.items())
    for key in ("plugins", "rule_packs"):
        if key in values:
            values[key] = tuple(str((Path(root) / p).resolve()) for p in values[key])
    return Settings(**values, source=source, root=root)


def _did_you_mean(key: str) -> str:
    import difflib

    close = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1)
    return f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(sorted(KNOWN_KEYS))})"


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def load_settings(path: str | os.PathLike) -> Settings:
    """Settings from one file: a ``newslint.toml`` (keys at top level, or under
    ``[tool.newslint]``) or a ``pyproject.toml`` (its ``[tool.newslint]`` table)."""
    path = Path(path)
    data = _read_toml(path)
    if path.name == "pyproject.toml" or "tool" in data:
        data = data.get("tool", {}).get("newslint", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.newslint] must be a table")
    return settings_from_mapping(data, source=str(path), root=str(path.resolve().parent))


def _has_newslint_table(pyproject: str) -> bool:
    """Whether a pyproject.toml has a ``tool.newslint`` table, in any TOML spelling
    (``[tool.newslint]``, ``[tool] newslint = {...}``, dotted keys). A file that does
    not parse counts, so that reading it reports the error instead of skipping it."""
    try:
        with open(pyproject, "rb") as handle:
            raw = handle.read()
    except OSError:
        return False
    if b"newslint" not in raw:
        return False
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True
    tool = data.get("tool")
    return isinstance(tool, dict) and "newslint" in tool


@lru_cache(maxsize=1024)
def _config_file_in(folder: str) -> str | None:
    for name in CONFIG_FILES:
        candidate = os.path.join(folder, name)
        if not os.path.isfile(candidate):
            continue
        if name == "pyproject.toml" and not _has_newslint_table(candidate):
            continue
        return candidate
    return None


@lru_cache(maxsize=1024)
def find_config_file(folder: str) -> str | None:
    """The nearest configuration file at or above ``folder``."""
    current = os.path.abspath(folder)
    while True:
        found = _config_file_in(current)
        if found:
            return found
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


class SettingsResolver:
    """Settings for each checked path: an explicit ``--config`` file, or the nearest one."""

    def __init__(self, explicit: str | None = None, overrides: Mapping | None = None):
        self._explicit = load_settings(explicit) if explicit else None
        self._overrides = dict(overrides or {})
        self._loaded: dict[str | None, Settings] = {}

    def for_path(self, path: str | None) -> Settings:
        if self._explicit is not None:
            return self._apply(self._explicit)
        folder = os.getcwd() if path is None or path == "-" else os.path.dirname(os.path.abspath(path))
        source = find_config_file(folder)
        if source not in self._loaded:
            base = load_settings(source) if source else Settings()
            self._loaded[source] = self._apply(base)
        return self._loaded[source]

    def _apply(self, settings: Settings) -> Settings:
        return replace(settings, **self._overrides) if self._overrides else settings

