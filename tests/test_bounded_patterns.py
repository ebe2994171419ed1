"""Every regex of the built-in rules runs with a time bound (``newslint.patterns``).

A raw ``re`` or ``regex`` pattern would search without the timeout, so one adversarial
document could stall a corpus run instead of costing a rule its findings (NL005).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
import regex

import newslint_rules
from newslint import Linter, patterns
from newslint.packs import PatternRule, load_pack

_RAW = (re.Pattern, regex.Pattern)
_MODULES = sorted(m.name for m in pkgutil.iter_modules(newslint_rules.__path__))
_SOURCES = sorted(Path(newslint_rules.__file__).resolve().parent.glob("*.py"))


def _raw_patterns(value, path: str, depth: int = 0):
    """``path`` of each raw compiled pattern in ``value``, looking inside tuples, lists,
    sets and dicts (a few levels deep: a list of tuples of patterns is common)."""
    if isinstance(value, _RAW):
        yield path
    elif depth < 4 and isinstance(value, (tuple, list, set, frozenset)):
        for index, item in enumerate(value):
            yield from _raw_patterns(item, f"{path}[{index}]", depth + 1)
    elif depth < 4 and isinstance(value, dict):
        for key, item in value.items():
            yield from _raw_patterns(key, f"{path} key {key!r}", depth + 1)
            yield from _raw_patterns(item, f"{path}[{key!r}]", depth + 1)


def _cached_builders(module):
    """Functions of ``module`` that build and cache values without arguments (the
    ``lru_cache`` builders of pattern tables)."""
    for name, value in vars(module).items():
        if not hasattr(value, "cache_info") or getattr(value, "__module__", None) != module.__name__:
            continue
        try:
            parameters = inspect.signature(value).parameters.values()
        except (TypeError, ValueError):
            continue
        if all(p.default is not inspect.Parameter.empty for p in parameters):
            yield name, value


def test_the_rules_package_has_modules():
    assert "boilerplate" in _MODULES and "_text" in _MODULES
    assert len(_SOURCES) == len(_MODULES) + 1  # and __init__.py


@pytest.mark.parametrize("name", _MODULES)
def test_module_level_patterns_are_bounded(name):
    module = importlib.import_module(f"{newslint_rules.__name__}.{name}")
    raw = [path for attr, value in vars(module).items() for path in _raw_patterns(value, f"{name}.{attr}")]
    assert raw == [], "compile these with newslint.patterns.compile"


@pytest.mark.parametrize("name", _MODULES)
def test_cached_pattern_tables_are_bounded(name):
    module = importlib.import_module(f"{newslint_rules.__name__}.{name}")
    raw = [path for attr, builder in _cached_builders(module) for path in _raw_patterns(builder(), f"{name}.{attr}()")]
    assert raw == [], "compile these with newslint.patterns.compile"


def test_the_checks_see_patterns_inside_containers():
    bounded = patterns.compile("a")
    assert list(_raw_patterns({"x": [("NL1", bounded)]}, "m")) == []
    assert list(_raw_patterns({"x": [("NL1", regex.compile("a"))]}, "m")) == ["m['x'][0][1]"]
    assert list(_raw_patterns((re.compile("a"),), "m")) == ["m[0]"]


# Compiling (or searching with a pattern string) through ``re`` or ``regex`` directly.
_DIRECT = re.compile(r"\b(?:re|regex)\.(?:compile|search|match|fullmatch|finditer|findall|sub|subn|split|splititer)\(")


@pytest.mark.parametrize("path", _SOURCES, ids=lambda p: p.name)
def test_rule_sources_compile_nothing_directly(path):
    calls = [
        f"{path.name}:{number}: {line.strip()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _DIRECT.search(line.split("#", 1)[0])
    ]
    assert calls == [], "use newslint.patterns.compile"


def test_source_check_finds_direct_calls():
    assert _DIRECT.search('_X = re.compile(r"a")') and _DIRECT.search("words = regex.findall(r'\\w+', s)")
    assert not _DIRECT.search("alternation = re.escape(word)") and not _DIRECT.search("patterns.compile(x)")


def test_pack_patterns_are_bounded():
    rules = load_pack(Path(newslint_rules.__file__).resolve().parent / "boilerplate.toml")
    assert rules and all(isinstance(rule.pattern, patterns.BoundedPattern) for rule in rules)
    registered = [rule for rule in Linter(preview=True).registry if isinstance(rule, PatternRule)]
    assert registered and all(isinstance(rule.pattern, patterns.BoundedPattern) for rule in registered)
