"""The example plugin (examples/newslint-plugin-example) works as a real installed package.

The plugin is pip-installed once per session into a temporary folder (never into the
running environment), and every check runs in a subprocess whose ``PYTHONPATH`` starts
with that folder, so newslint discovers the plugin through its entry point exactly as it
would after ``pip install newslint-plugin-example``. Broken plugins are declared the same
way, with a hand-written ``*.dist-info`` folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PLUGIN_SOURCE = REPO / "examples" / "newslint-plugin-example"

SAMPLE = (
    "The council approved the budget on Tuesday.\n"
    "\n"
    "Click here to read the full report »\n"
    "\n"
    '[gallery ids="4411,4412" columns="2"]\n'
    "\n"
    "Leave a Comment\n"
    "\n"
    "The vote was 7 to 2. .\n"
)
SAMPLE_FIXED = "The council approved the budget on Tuesday.\n\nThe vote was 7 to 2.\n"


def _installed_in_this_environment() -> bool:
    try:
        metadata.distribution("newslint-plugin-example")
    except metadata.PackageNotFoundError:
        return False
    return True


#: Someone may have installed the example plugin where the tests run (pip install -e);
#: the tests that need it absent then know.
PLUGIN_IN_ENVIRONMENT = _installed_in_this_environment()


def _environment(*paths: Path) -> dict[str, str]:
    env = dict(os.environ)
    inherited = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([str(p) for p in paths] + inherited)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    for name in ("NO_COLOR", "PYTEST_ADDOPTS", "PYTEST_PLUGINS"):
        env.pop(name, None)
    return env


def _run(args: list[str], *paths: Path, cwd: Path, stdin: str | None = None, timeout: float = 120):
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(*paths),
        cwd=cwd,
        timeout=timeout,
    )


def _python_json(snippet: str, *paths: Path, cwd: Path):
    """Run a Python snippet that prints one JSON document; return it parsed."""
    result = _run(["-c", textwrap.dedent(snippet)], *paths, cwd=cwd)
    assert result.returncode == 0, f"snippet failed:\n{result.stdout}\n{result.stderr}"
    return json.loads(result.stdout)


def _setuptools_can_build_offline() -> bool:
    """The running environment's setuptools satisfies the plugin's build requirement
    (>= 77, which builds wheels without the `wheel` package), so pip need not fetch one."""
    try:
        major = int(re.match(r"\d+", metadata.version("setuptools")).group())
    except (metadata.PackageNotFoundError, AttributeError, ValueError):
        return False
    return major >= 77


@pytest.fixture(scope="session")
def plugin_site(tmp_path_factory) -> Path:
    """A folder holding the installed example plugin (package + dist-info)."""
    try:
        import pip  # noqa: F401
    except ImportError:
        pytest.skip("pip is not available to install the example plugin")
    base = tmp_path_factory.mktemp("example-plugin")
    # Build from a copy: setuptools writes build/ and *.egg-info next to the sources.
    source = base / "source"
    shutil.copytree(
        PLUGIN_SOURCE, source,
        ignore=shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__", ".pytest_cache"),
    )
    site = base / "site"
    command = [
        sys.executable, "-m", "pip", "install", "--no-deps", "--no-input", "--disable-pip-version-check",
        "--quiet", "--target", str(site), str(source),
    ]
    if _setuptools_can_build_offline():
        command.insert(4, "--no-build-isolation")
    # Otherwise pip builds in an isolated environment and fetches setuptools from the
    # package index (PyPI is reachable here, and pip's cache makes later runs quick).
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.fail(f"pip could not install the example plugin:\n{result.stdout}\n{result.stderr}")
    return site


@pytest.fixture(scope="session")
def workdir(tmp_path_factory) -> Path:
    """An empty working folder: no configuration file of the checkout applies."""
    return tmp_path_factory.mktemp("work")


# -- the installed package ------------------------------------------------------------


def test_install_ships_the_entry_point_and_the_pack_file(plugin_site):
    (dist_info,) = plugin_site.glob("newslint_plugin_example-*.dist-info")
    entry_points = (dist_info / "entry_points.txt").read_text(encoding="utf-8")
    assert re.search(r"^\[newslint\]\s*$", entry_points, re.MULTILINE), entry_points
    assert re.search(r"^example\s*=\s*newslint_plugin_example\s*$", entry_points, re.MULTILINE), entry_points
    package = plugin_site / "newslint_plugin_example"
    assert (package / "__init__.py").is_file()
    assert (package / "rules.py").is_file()
    # Package data: without it the pack would be missing from a non-editable install.
    assert (package / "shortcodes.toml").is_file()


# -- (1) registration -------------------------------------------------------------------


def test_plugin_rules_are_registered(plugin_site, workdir):
    data = _python_json(
        """
        import json
        from newslint import Linter
        linter = Linter()
        def describe(code):
            rule = linter.registry.get(code)
            return None if rule is None else {
                "name": rule.name, "category": rule.category.value, "origin": rule.origin,
                "class": type(rule).__module__ + "." + type(rule).__qualname__,
                "fix": rule.fix_availability.value,
            }
        print(json.dumps({
            "problems": [str(p) for p in linter.problems],
            "rules": {code: describe(code) for code in ("NL190", "NL890", "NL101", "NL201", "NL501")},
            "by_name": [linter.registry.get(n).code for n in ("click-here-prompt", "media-shortcode-line")],
            "selected_by_default": sorted(r.code for r in linter.rules),
        }))
        """,
        plugin_site,
        cwd=workdir,
    )
    assert data["problems"] == []
    rules = data["rules"]
    assert rules["NL190"] == {
        "name": "click-here-prompt", "category": "boilerplate", "origin": "example",
        "class": "newslint_plugin_example.rules.ClickHerePrompt", "fix": "always",
    }
    assert rules["NL890"] == {
        "name": "media-shortcode-line", "category": "markup", "origin": "example (shortcodes.toml)",
        "class": "newslint.packs.PatternRule", "fix": "always",
    }
    # The built-in rules are still there, from the built-in plugin.
    for code in ("NL101", "NL201", "NL501"):
        assert rules[code] is not None and rules[code]["origin"].startswith("builtin"), rules[code]
    assert data["by_name"] == ["NL190", "NL890"]
    assert {"NL190", "NL890", "NL101", "NL501"} <= set(data["selected_by_default"])


@pytest.mark.skipif(PLUGIN_IN_ENVIRONMENT, reason="the example plugin is installed in this environment")
def test_plugin_not_installed_means_no_plugin_rules(workdir):
    """The control for the test above: without the plugin's folder on the path, the
    same subprocess sees only the built-in rules."""
    data = _python_json(
        """
        import json
        from newslint import Linter
        registry = Linter().registry
        print(json.dumps([code for code in ("NL190", "NL890", "NL501") if code in registry]))
        """,
        cwd=workdir,
    )
    assert data == ["NL501"]


def test_cli_lists_and_documents_the_plugin_rules(plugin_site, workdir):
    listed = _run(["-m", "newslint", "rules", "--format", "json"], plugin_site, cwd=workdir)
    assert listed.returncode == 0, listed.stderr
    assert "warning" not in listed.stderr, listed.stderr
    rows = {row["code"]: row for row in json.loads(listed.stdout)}
    assert rows["NL190"]["name"] == "click-here-prompt"
    assert rows["NL190"]["origin"] == "example"
    assert rows["NL190"]["default"] is True
    assert rows["NL890"]["category"] == "markup"
    assert rows["NL890"]["origin"] == "example (shortcodes.toml)"
    assert "NL501" in rows

    shown = _run(["-m", "newslint", "rule", "click-here-prompt"], plugin_site, cwd=workdir)
    assert shown.returncode == 0, shown.stderr
    assert "# click-here-prompt (NL190)" in shown.stdout
    assert "Provided by: example." in shown.stdout
    for section in ("What it does", "Why is this bad?", "Example", "Use instead", "Fix safety"):
        assert f"## {section}" in shown.stdout


# -- (2) + (3) the rules fire and can be selected -------------------------------------------


def test_plugin_rules_fire_and_are_selectable(plugin_site, workdir):
    data = _python_json(
        f"""
        import json
        from newslint import Linter
        sample = {SAMPLE!r}
        def run(**options):
            return [(d.code, sample[d.start:d.end]) for d in Linter(**options).check(sample)]
        print(json.dumps({{
            "default": run(),
            "code": run(select=["NL190"]),
            "name": run(select=["click-here-prompt"]),
            "prefix": run(select=["NL19"]),
            "wide_prefix": sorted({{c for c, _ in run(select=["NL1"])}}),
            "plugin_and_builtins": run(select=["NL190", "NL890", "NL101", "NL501"]),
            "category": sorted({{c for c, _ in run(select=["markup"])}}),
            "pack_code": run(select=["NL890"]),
            "pack_name": run(select=["media-shortcode-line"]),
            "ignored": sorted({{c for c, _ in run(ignore=["NL190", "media-shortcode-line"])}}),
            "fixed": Linter(select=["NL190", "NL890", "NL101", "NL501"]).fix(sample).text,
            "fixed_190": Linter(select=["NL190"]).fix(sample).text,
        }}))
        """,
        plugin_site,
        cwd=workdir,
    )
    prompt = ("NL190", "Click here to read the full report »")
    shortcode = ("NL890", '[gallery ids="4411,4412" columns="2"]')
    assert prompt in [tuple(d) for d in data["default"]]
    assert shortcode in [tuple(d) for d in data["default"]]
    assert {c for c, _ in data["default"]} >= {"NL101", "NL501"}
    # Selected alone, by code, by name and by prefix: only the plugin's Python rule runs.
    for key in ("code", "name", "prefix"):
        assert [tuple(d) for d in data[key]] == [prompt], key
    assert {"NL101", "NL190"} <= set(data["wide_prefix"])
    assert all(code.startswith("NL1") for code in data["wide_prefix"]), data["wide_prefix"]
    assert sorted(c for c, _ in data["plugin_and_builtins"]) == ["NL101", "NL190", "NL501", "NL890"]
    assert "NL890" in data["category"] and "NL190" not in data["category"]
    # The pack rule, alone.
    for key in ("pack_code", "pack_name"):
        assert [tuple(d) for d in data[key]] == [shortcode], key
    assert "NL190" not in data["ignored"] and "NL890" not in data["ignored"] and "NL501" in data["ignored"]
    # Safe fixes of plugin and built-in rules together give the clean article.
    assert data["fixed"] == SAMPLE_FIXED
    assert data["fixed_190"] == SAMPLE.replace("Click here to read the full report »\n\n", "")


def test_cli_check_selects_the_plugin_rule(plugin_site, workdir):
    result = _run(
        ["-m", "newslint", "check", "-", "--select", "NL190", "--format", "json"],
        plugin_site, cwd=workdir, stdin=SAMPLE,
    )
    assert result.returncode == 1, result.stderr
    diagnostics = json.loads(result.stdout)
    assert [(d["code"], d["rule"], d["line"]) for d in diagnostics] == [("NL190", "click-here-prompt", 3)]
    assert diagnostics[0]["fix"]["applicability"] == "safe"


# -- (4) the plugin's own test suite ---------------------------------------------------------


def test_plugin_own_tests_pass_when_installed(plugin_site):
    result = _run(
        ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", str(PLUGIN_SOURCE / "tests")],
        plugin_site, cwd=REPO, timeout=180,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    summary = output.strip().splitlines()[-1]
    passed = re.search(r"(\d+) passed", summary)
    assert passed and int(passed.group(1)) >= 10, summary
    assert "skipped" not in summary and "failed" not in summary and "error" not in summary, summary


# -- broken plugins ------------------------------------------------------------------------


BROKEN_PACK = '''
[[rules]]
code = "NL990"
name = "broken-plugin-pack-rule"
category = "structure"
summary = "A pack rule shipped by a plugin whose other hook fails"
phrases = ["PACK RULE MARKER"]

[rules.doc]
what = "Finds the marker."
why = "It is a test."
example = "PACK RULE MARKER"
use-instead = "nothing"
fix-safety = "No fix."

[[rules.examples]]
text = "PACK RULE MARKER"

[[rules.examples]]
text = "nothing"
fires = false
'''


@pytest.fixture(scope="session")
def broken_site(tmp_path_factory) -> Path:
    """A folder declaring two broken plugins through a hand-written dist-info:
    ``broken-import`` (its module raises ImportError) and ``broken-hook`` (its
    ``newslint_rules`` raises; its ``newslint_rule_packs`` works)."""
    site = tmp_path_factory.mktemp("broken-plugins")
    (site / "nl_broken_import.py").write_text(
        'raise ImportError("nl_broken_import needs the libfoo bindings")\n', encoding="utf-8"
    )
    (site / "nl_broken_hook.py").write_text(
        textwrap.dedent(
            """
            from pathlib import Path

            from newslint import hookimpl


            @hookimpl
            def newslint_rules():
                raise RuntimeError("boom in newslint_rules")


            @hookimpl
            def newslint_rule_packs():
                return [Path(__file__).with_name("nl_broken_hook_pack.toml")]
            """
        ),
        encoding="utf-8",
    )
    (site / "nl_broken_hook_pack.toml").write_text(BROKEN_PACK, encoding="utf-8")
    dist_info = site / "newslint_broken_plugins-0.0.1.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: newslint-broken-plugins\nVersion: 0.0.1\n", encoding="utf-8"
    )
    (dist_info / "entry_points.txt").write_text(
        "[newslint]\nbroken-import = nl_broken_import\nbroken-hook = nl_broken_hook\n", encoding="utf-8"
    )
    return site


PROBLEMS_SNIPPET = """
import json
from newslint import Linter
linter = Linter()
text = "The vote was 7 to 2. .\\n\\nPACK RULE MARKER\\n\\nClick here to subscribe\\n"
print(json.dumps({
    "problems": [[p.plugin, p.error] for p in linter.problems],
    "codes": [d.code for d in linter.check(text)],
    "registered": [code for code in ("NL101", "NL190", "NL201", "NL501", "NL890", "NL990") if code in linter.registry],
}))
"""


def _problems_by_plugin(data) -> dict[str, str]:
    problems: dict[str, str] = {}
    for plugin, error in data["problems"]:
        assert plugin not in problems, f"{plugin} reported twice: {data['problems']}"
        problems[plugin] = error
    return problems


def test_broken_plugins_are_reported_and_builtin_rules_still_run(broken_site, workdir):
    data = _python_json(PROBLEMS_SNIPPET, broken_site, cwd=workdir)
    problems = _problems_by_plugin(data)
    assert set(problems) == {"broken-import", "broken-hook"}, data["problems"]
    assert problems["broken-import"].startswith("failed to load: ImportError")
    assert "nl_broken_import needs the libfoo bindings" in problems["broken-import"]
    assert "newslint_rules" in problems["broken-hook"]
    assert "RuntimeError: boom in newslint_rules" in problems["broken-hook"]
    # The built-in rules run; the failing hook does not hide its plugin's working pack.
    plugin = ["NL190"] if PLUGIN_IN_ENVIRONMENT else []
    plugin_pack = ["NL890"] if PLUGIN_IN_ENVIRONMENT else []
    assert data["registered"] == ["NL101", *plugin, "NL201", "NL501", *plugin_pack, "NL990"]
    assert "NL501" in data["codes"] and "NL990" in data["codes"]


def test_broken_plugins_do_not_stop_a_working_plugin(broken_site, plugin_site, workdir):
    data = _python_json(PROBLEMS_SNIPPET, broken_site, plugin_site, cwd=workdir)
    assert set(_problems_by_plugin(data)) == {"broken-import", "broken-hook"}
    assert data["registered"] == ["NL101", "NL190", "NL201", "NL501", "NL890", "NL990"]
    assert {"NL190", "NL501", "NL990"} <= set(data["codes"])


def test_cli_warns_about_broken_plugins(broken_site, workdir):
    result = _run(["-m", "newslint", "check", "-", "--format", "concise"], broken_site, cwd=workdir,
                  stdin="The vote was 7 to 2. .\n")
    assert result.returncode == 1, result.stderr
    assert "NL501" in result.stdout
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert any("'broken-import'" in line and "ImportError" in line for line in warnings), result.stderr
    assert any("'broken-hook'" in line and "boom in newslint_rules" in line for line in warnings), result.stderr
