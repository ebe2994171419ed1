"""Layering: the engine never depends on the front end (CLI, formatters).

The engine is every module under ``newslint/`` except the front end: ``cli.py``,
``__main__.py``, ``sources.py`` (reading files and JSONL for the CLI) and the
``formatters`` package. The built-in rules (``rules/``) are engine-side too.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "newslint"
RULES = REPO / "rules"

FRONT_END_FILES = {"cli.py", "__main__.py", "sources.py"}
FRONT_END_PACKAGES = {"formatters"}
FORBIDDEN = ("newslint.cli", "newslint.formatters", "newslint.__main__")


def _module_name(path: Path, root: Path, package: str) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([package, *parts])


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Absolute names of every module ``source`` imports (``from x import y`` counts as
    both ``x`` and ``x.y``), relative imports resolved against ``module``, plus literal
    ``importlib.import_module("...")`` / ``__import__("...")`` calls."""
    names: set[str] = set()
    package_parts = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package_parts[: len(package_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                target = node.args[0].value
                if target.startswith(".") and len(node.args) > 1:
                    continue  # relative to a runtime package argument: not resolvable here
                names.add(target)
    return names


def _forbidden(names: set[str]) -> set[str]:
    return {n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)}


def _engine_modules() -> list[Path]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in FRONT_END_PACKAGES or (len(relative.parts) == 1 and relative.name in FRONT_END_FILES):
            continue
        modules.append(path)
    return modules


# -- the scanner itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, module, is_package, expected",
    [
        ("import newslint.cli", "newslint.engine", False, {"newslint.cli"}),
        ("from newslint import cli", "newslint.engine", False, {"newslint.cli"}),
        ("from . import cli", "newslint.engine", False, {"newslint.cli"}),
        ("from .cli import main", "newslint.api", False, {"newslint.cli"}),
        ("from ..formatters.json import JsonFormatter", "newslint.plugins.host", False, {"newslint.formatters.json"}),
        ("from .formatters import get", "newslint", True, {"newslint.formatters"}),
        ("import importlib\nimportlib.import_module('newslint.formatters.text')", "newslint.api", False,
         {"newslint.formatters.text"}),
        ("from newslint.model import Edit", "newslint.engine", False, set()),
        ("from .model import Edit\nimport regex", "newslint.engine", False, set()),
        ("from ..registry import RuleRegistry", "newslint.plugins.host", False, set()),
        ("from newslint import Rule, Category", "newslint_rules.credit", False, set()),
    ],
)
def test_scanner_resolves_imports(source, module, is_package, expected):
    names = imported_modules(source, module, is_package)
    assert expected <= names, names
    assert bool(_forbidden(names)) is bool(expected), names


def test_engine_modules_are_found():
    names = {p.relative_to(PACKAGE).as_posix() for p in _engine_modules()}
    for expected in ("engine.py", "model.py", "document.py", "rule.py", "registry.py", "packs.py", "config.py",
                     "api.py", "testing.py", "__init__.py", "plugins/host.py", "plugins/hookspecs.py"):
        assert expected in names
    assert "cli.py" not in names and "__main__.py" not in names
    assert not any(n.startswith("formatters/") for n in names)


# -- the rule ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", _engine_modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_engine_module_does_not_import_the_front_end(path):
    module = _module_name(path, PACKAGE, "newslint")
    names = imported_modules(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
    assert not _forbidden(names), f"{path.relative_to(REPO)} imports {sorted(_forbidden(names))}"


@pytest.mark.parametrize("path", sorted(RULES.rglob("*.py")), ids=lambda p: p.relative_to(RULES).as_posix())
def test_builtin_rules_do_not_import_the_front_end(path):
    module = _module_name(path, RULES, "newslint_rules")
    names = imported_modules(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
    assert not _forbidden(names), f"{path.relative_to(REPO)} imports {sorted(_forbidden(names))}"


def test_importing_the_engine_loads_no_front_end_module():
    script = (
        "import json, sys\n"
        "import newslint.engine\n"
        "before = sorted(sys.modules)\n"
        "from newslint import Linter, check, fix, get_rule\n"
        "Linter().check('It rose. .\\n\\nJohn Smith | AFP')\n"
        "fix('a,, b'); get_rule('NL201')\n"
        "import newslint.testing\n"
        "print(json.dumps([before, sorted(sys.modules)]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=str(REPO), timeout=120
    )
    assert result.returncode == 0, result.stderr
    before, after = json.loads(result.stdout.strip().splitlines()[-1])
    assert "newslint.engine" in before
    assert "newslint_rules" in after  # the built-in rules were loaded through the plugin host
    for modules in (before, after):
        loaded = [m for m in modules if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]
        assert loaded == []
