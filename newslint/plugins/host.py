"""Loads plugins and builds the rule registry from what they provide.

Entry points of group ``newslint`` are loaded one at a time inside try/except (as
sqlfluff's host does), and every hook implementation is called on its own: a broken
plugin becomes a :class:`PluginProblem` naming it, and the others still run.
"""

from __future__ import annotations

import hashlib
import importlib.util
import inspect
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pluggy

from ..packs import PackError, load_pack
from ..registry import RegistrationError, RuleRegistry
from ..rule import Rule
from . import entry_points, hookspecs


@dataclass(frozen=True)
class PluginProblem:
    """A plugin, pack or rule that could not be used, and why."""

    plugin: str
    error: str

    def __str__(self) -> str:
        return f"plugin {self.plugin!r}: {self.error}"


@dataclass(frozen=True)
class LoadedRules:
    registry: RuleRegistry
    problems: tuple[PluginProblem, ...]


_lock = threading.Lock()


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


@lru_cache(maxsize=1)
def _entry_point_plugins() -> tuple[tuple[tuple[str, object], ...], tuple[PluginProblem, ...]]:
    plugins, problems = [], []
    seen: dict[str, str] = {}
    for name, value in entry_points.entry_points(hookspecs.PROJECT_NAME):
        if name in seen:
            problems.append(PluginProblem(name, f"entry point name also used by {seen[name]}; {value} was not loaded"))
            continue
        seen[name] = value
        try:
            plugins.append((name, entry_points.load(value)))
        except Exception as error:  # noqa: BLE001 - any failure of a third party's import
            problems.append(PluginProblem(name, f"failed to load: {_describe(error)}"))
    return tuple(plugins), tuple(problems)


def _import_local_plugin(path: Path) -> object:
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:12]
    module_name = f"newslint_local_plugin_{path.stem}_{digest}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module


def plugin_manager(local_plugins: tuple[str, ...] = ()) -> tuple[pluggy.PluginManager, list[PluginProblem]]:
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    plugins, problems = _entry_point_plugins()
    problems = list(problems)
    candidates = list(plugins)
    for raw in local_plugins:
        path = Path(raw)
        try:
            candidates.append((str(path), _import_local_plugin(path)))
        except Exception as error:  # noqa: BLE001
            problems.append(PluginProblem(str(path), f"failed to load: {_describe(error)}"))
    for name, plugin in candidates:
        try:
            if manager.get_plugin(name) is None and not manager.is_registered(plugin):
                manager.register(plugin, name=name)
        except Exception as error:  # noqa: BLE001 - pluggy rejects malformed hook implementations
            problems.append(PluginProblem(name, f"cannot be registered: {_describe(error)}"))
    return manager, problems


def _as_rule(item: object) -> Rule:
    if inspect.isclass(item) and issubclass(item, Rule):
        return item()
    if isinstance(item, Rule):
        return item
    raise RegistrationError(f"{item!r} is not a newslint Rule subclass or instance")


def _register(registry: RuleRegistry, rule: Rule, origin: str, problems: list[PluginProblem]) -> None:
    rule.origin = origin
    try:
        registry.register(rule)
    except RegistrationError as error:
        problems.append(PluginProblem(origin, str(error)))


def _call_each(hook, problems: list[PluginProblem]):
    """Yield (plugin name, results) for every implementation of ``hook``, each on its own:
    one that raises, or returns something other than a list, is reported and skipped."""
    # Registration order: built-ins and entry points first, so a later plugin cannot take
    # over a code that is already registered.
    for implementation in hook.get_hookimpls():
        try:
            result = implementation.function()
            if result is None:
                continue
            if not isinstance(result, (list, tuple)):
                raise TypeError(f"returned {type(result).__name__}, expected a list")
        except Exception as error:  # noqa: BLE001
            problems.append(PluginProblem(implementation.plugin_name, f"hook {hook.name} failed: {_describe(error)}"))
            continue
        yield implementation.plugin_name, list(result)


def _load_rules(local_plugins: tuple[str, ...], rule_packs: tuple[str, ...]) -> LoadedRules:
    manager, problems = plugin_manager(local_plugins)
    registry = RuleRegistry()
    for plugin_name, items in _call_each(manager.hook.newslint_rules, problems):
        for item in items:
            try:
                rule = _as_rule(item)
            except Exception as error:  # noqa: BLE001 - a rule whose constructor fails
                problems.append(PluginProblem(plugin_name, f"bad rule {item!r}: {_describe(error)}"))
                continue
            _register(registry, rule, plugin_name, problems)
    packs = list(_call_each(manager.hook.newslint_rule_packs, problems))
    packs.append(("config", list(rule_packs)))
    for plugin_name, paths in packs:
        for path in paths:
            try:
                pack_rules = load_pack(path, origin=plugin_name)
            except PackError as error:
                problems.append(PluginProblem(plugin_name, str(error)))
                continue
            except Exception as error:  # noqa: BLE001 - e.g. a hook that returned None as a path
                problems.append(PluginProblem(plugin_name, f"bad rule pack {path!r}: {_describe(error)}"))
                continue
            for rule in pack_rules:
                _register(registry, rule, f"{plugin_name} ({Path(path).name})", problems)
    return LoadedRules(registry, tuple(problems))


_cache: dict[tuple, LoadedRules] = {}


def load_rules(local_plugins=(), rule_packs=()) -> LoadedRules:
    """The registry for a set of local plugin files and extra packs (cached: rules are
    compiled once per process for each distinct set)."""
    key = (tuple(str(p) for p in local_plugins), tuple(str(p) for p in rule_packs))
    with _lock:
        if key not in _cache:
            _cache[key] = _load_rules(*key)
        return _cache[key]


def clear_cache() -> None:
    """Forget loaded plugins (tests that install a plugin package call this)."""
    with _lock:
        _cache.clear()
        _entry_point_plugins.cache_clear()
