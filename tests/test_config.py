"""Configuration: finding, reading and validating settings, and path/record matching."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newslint import Linter
from newslint import config as config_module
from newslint.config import (
    DEFAULT_EXCLUDE,
    ConfigError,
    Settings,
    SettingsResolver,
    find_config_file,
    load_settings,
    settings_from_mapping,
)
from newslint.engine import coerce_settings


@pytest.fixture(autouse=True)
def _fresh_config_lookup():
    """Config lookups are cached per folder; every test starts with empty caches."""
    config_module.find_config_file.cache_clear()
    config_module._config_file_in.cache_clear()
    yield
    config_module.find_config_file.cache_clear()
    config_module._config_file_in.cache_clear()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- reading one file ------------------------------------------------------------------


def test_pyproject_tool_table(tmp_path):
    path = _write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.newslint]\nselect = ["NL2"]\nignore = ["NL201"]\n'
        'unsafe-fixes = true\ntext-field = "body"\n\n'
        '[tool.newslint.per-file-ignores]\n"drafts/*.md" = ["NL5"]\n',
    )
    settings = load_settings(path)
    assert settings.select == ("NL2",)
    assert settings.ignore == ("NL201",)
    assert settings.unsafe_fixes is True
    assert settings.text_field == "body"
    assert settings.per_file_ignores == (("drafts/*.md", ("NL5",)),)
    assert settings.source == str(path)
    assert Path(settings.root) == tmp_path.resolve()


def test_newslint_toml_top_level_keys(tmp_path):
    path = _write(tmp_path / "newslint.toml", 'extend-select = ["NL9"]\npreview = true\nallow = ["Getty"]\n')
    settings = load_settings(path)
    assert settings.extend_select == ("NL9",)
    assert settings.preview is True
    assert settings.allow == ("Getty",)
    assert settings.select is None  # not given: every stable rule


def test_newslint_toml_with_tool_table(tmp_path):
    path = _write(tmp_path / "newslint.toml", '[tool.newslint]\nignore = ["NL501"]\n')
    assert load_settings(path).ignore == ("NL501",)


def test_defaults():
    settings = Settings()
    assert settings.select is None
    assert settings.ignore == () and settings.extend_select == ()
    assert settings.exclude == DEFAULT_EXCLUDE
    assert settings.unsafe_fixes is False and settings.preview is False
    assert (settings.text_field, settings.id_field) == ("text", "id")


def test_invalid_toml_names_the_file(tmp_path):
    path = _write(tmp_path / "newslint.toml", "select = [\n")
    with pytest.raises(ConfigError, match="not valid TOML") as info:
        load_settings(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "nope.toml")


def test_tool_newslint_must_be_a_table(tmp_path):
    path = _write(tmp_path / "pyproject.toml", '[tool]\nnewslint = "yes"\n')
    with pytest.raises(ConfigError, match=r"\[tool.newslint\] must be a table"):
        load_settings(path)


# -- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, suggestion",
    [
        ("selct", "select"),
        ("ignores", "ignore"),
        ("per-file-ignore", "per-file-ignores"),
        ("unsafe_fixes", "unsafe-fixes"),
        ("rule_packs", "rule-packs"),
        ("extend-selct", "extend-select"),
    ],
)
def test_unknown_key_suggests_the_known_one(tmp_path, key, suggestion):
    path = _write(tmp_path / "newslint.toml", f'{key} = []\n' if "fixes" not in key else f"{key} = true\n")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    message = str(info.value)
    assert str(path) in message
    assert repr(key) in message
    assert f"did you mean {suggestion!r}?" in message


def test_unknown_key_without_a_close_match_lists_known_keys():
    with pytest.raises(ConfigError) as info:
        settings_from_mapping({"zzzzzz": 1})
    assert "'zzzzzz'" in str(info.value)
    assert "known keys:" in str(info.value) and "select" in str(info.value)


@pytest.mark.parametrize(
    "data, key",
    [
        ({"select": "NL201"}, "select"),
        ({"ignore": ["NL201", 5]}, "ignore"),
        ({"extend-select": {"a": 1}}, "extend-select"),
        ({"exclude": "build"}, "exclude"),
        ({"plugins": [1]}, "plugins"),
        ({"rule-packs": "p.toml"}, "rule-packs"),
        ({"allow": "x"}, "allow"),
        ({"unsafe-fixes": "yes"}, "unsafe-fixes"),
        ({"preview": 1}, "preview"),
        ({"force-exclude": None}, "force-exclude"),
        ({"text-field": 3}, "text-field"),
        ({"id-field": ""}, "id-field"),
        ({"per-file-ignores": ["*.md"]}, "per-file-ignores"),
        ({"per-file-ignores": {"*.md": "NL201"}}, "per-file-ignores"),
        ({"per-record-ignores": {"rec-*": [1]}}, "per-record-ignores"),
    ],
)
def test_wrong_types_are_config_errors(data, key):
    with pytest.raises(ConfigError) as info:
        settings_from_mapping(data, source="cfg/newslint.toml", root="/tmp")
    message = str(info.value)
    assert "cfg/newslint.toml" in message
    assert repr(key) in message


def test_lists_become_tuples():
    settings = settings_from_mapping({"select": ["NL2"], "per-record-ignores": {"rec-*": ["NL5"]}})
    assert settings.select == ("NL2",)
    assert settings.per_record_ignores == (("rec-*", ("NL5",)),)
    hash(settings)  # settings are hashable (the API caches linters by them)


@pytest.mark.parametrize(
    "data",
    [
        {"select": ["NL2", "nope"]},
        {"ignore": ["NL99x"]},
        {"extend-select": ["credits"]},
        {"per-file-ignores": {"*.md": ["NL501", "bogus-rule"]}},
        {"per-record-ignores": {"rec-1": ["bogus-rule"]}},
    ],
)
def test_unknown_selectors_fail_when_a_linter_is_built(tmp_path, data):
    settings = settings_from_mapping(data, source=str(tmp_path / "newslint.toml"))
    with pytest.raises(ConfigError) as info:
        Linter(settings)
    message = str(info.value)
    assert str(tmp_path / "newslint.toml") in message
    assert "unknown rule selector" in message


def test_bad_allow_pattern_fails_when_a_linter_is_built():
    with pytest.raises(ConfigError, match="bad 'allow' pattern '\\(unclosed'"):
        Linter({"allow": ["(unclosed"]})


def test_known_selectors_build_a_linter():
    linter = Linter({"select": ["credit", "NL5"], "ignore": ["NL201"], "per-file-ignores": {"*.md": ["ALL"]}})
    codes = [r.code for r in linter.rules]
    assert "NL501" in codes and "NL201" not in codes and "NL101" not in codes
    assert all(code.startswith("NL5") or linter.registry.get(code).category.value == "credit" for code in codes)


# -- finding the configuration ---------------------------------------------------------


def test_nearest_configuration_wins(tmp_path):
    top = _write(tmp_path / "newslint.toml", 'select = ["NL1"]\n')
    inner = _write(tmp_path / "a" / "b" / "pyproject.toml", '[tool.newslint]\nselect = ["NL2"]\n')
    (tmp_path / "a" / "b" / "c").mkdir()
    (tmp_path / "other").mkdir()
    assert find_config_file(str(tmp_path / "a" / "b" / "c")) == str(inner)
    assert find_config_file(str(tmp_path / "a" / "b")) == str(inner)
    assert find_config_file(str(tmp_path / "a")) == str(top)
    assert find_config_file(str(tmp_path / "other")) == str(top)

    resolver = SettingsResolver()
    assert resolver.for_path(str(tmp_path / "a" / "b" / "c" / "story.txt")).select == ("NL2",)
    assert resolver.for_path(str(tmp_path / "other" / "story.txt")).select == ("NL1",)
    assert resolver.for_path(str(tmp_path / "story.txt")).select == ("NL1",)


def test_newslint_toml_beats_pyproject_in_the_same_folder(tmp_path):
    _write(tmp_path / "pyproject.toml", '[tool.newslint]\nselect = ["NL2"]\n')
    chosen = _write(tmp_path / "newslint.toml", 'select = ["NL5"]\n')
    assert find_config_file(str(tmp_path)) == str(chosen)
    assert SettingsResolver().for_path(str(tmp_path / "x.txt")).select == ("NL5",)


def test_pyproject_without_tool_newslint_is_skipped(tmp_path):
    top = _write(tmp_path / "newslint.toml", 'select = ["NL1"]\n')
    _write(tmp_path / "pkg" / "pyproject.toml", '[project]\nname = "pkg"\n\n[tool.black]\nline-length = 100\n')
    assert find_config_file(str(tmp_path / "pkg")) == str(top)
    assert SettingsResolver().for_path(str(tmp_path / "pkg" / "x.txt")).select == ("NL1",)


def test_pyproject_that_only_mentions_newslint_is_skipped(tmp_path):
    top = _write(tmp_path / "newslint.toml", 'select = ["NL1"]\n')
    _write(
        tmp_path / "pkg" / "pyproject.toml",
        '[project]\nname = "pkg"\n# lint settings live in [tool.newslint] upstairs\n'
        'dependencies = ["newslint"]\n[tool.newslint-extra]\nx = 1\n',
    )
    assert find_config_file(str(tmp_path / "pkg")) == str(top)


@pytest.mark.parametrize(
    "text",
    [
        '[tool.newslint]\nselect = ["NL5"]\n',
        '[tool]\nnewslint = { select = ["NL5"] }\n',
        'tool.newslint.select = ["NL5"]\n',
        '[tool.newslint.per-file-ignores]\n"*.md" = ["NL2"]\n',
    ],
)
def test_pyproject_with_tool_newslint_in_any_toml_form_is_found(tmp_path, text):
    _write(tmp_path / "newslint.toml", 'select = ["NL1"]\n')
    inner = _write(tmp_path / "pkg" / "pyproject.toml", text)
    assert find_config_file(str(tmp_path / "pkg")) == str(inner)


def test_broken_pyproject_mentioning_newslint_is_reported_not_skipped(tmp_path):
    _write(tmp_path / "newslint.toml", 'select = ["NL1"]\n')
    inner = _write(tmp_path / "pkg" / "pyproject.toml", '[tool.newslint]\nselect = ["NL5"\n')
    assert find_config_file(str(tmp_path / "pkg")) == str(inner)
    with pytest.raises(ConfigError, match="not valid TOML"):
        SettingsResolver().for_path(str(tmp_path / "pkg" / "x.txt"))


def test_no_configuration_gives_defaults(tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(config_module, "find_config_file", lambda folder: None)
    settings = SettingsResolver().for_path(str(tmp_path / "empty" / "x.txt"))
    assert settings == Settings(root=settings.root)
    assert settings.source is None


def test_stdin_uses_the_working_folder(tmp_path, monkeypatch):
    _write(tmp_path / "newslint.toml", 'select = ["NL5"]\n')
    monkeypatch.chdir(tmp_path)
    assert SettingsResolver().for_path(None).select == ("NL5",)
    assert SettingsResolver().for_path("-").select == ("NL5",)


def test_explicit_configuration_and_overrides(tmp_path):
    _write(tmp_path / "newslint.toml", 'select = ["NL1"]\n')
    explicit = _write(tmp_path / "elsewhere" / "custom.toml", 'select = ["NL2"]\n')
    resolver = SettingsResolver(str(explicit), overrides={"unsafe_fixes": True})
    settings = resolver.for_path(str(tmp_path / "x.txt"))
    assert settings.select == ("NL2",)
    assert settings.unsafe_fixes is True
    assert SettingsResolver(overrides={"preview": True}).for_path(str(tmp_path / "x.txt")).preview is True


def test_relative_paths_resolve_against_the_config_folder(tmp_path, monkeypatch):
    project = tmp_path / "project"
    path = _write(project / "newslint.toml", 'plugins = ["lint/plugin.py"]\nrule-packs = ["packs/extra.toml", "../shared.toml"]\n')
    monkeypatch.chdir(tmp_path)
    settings = load_settings(path)
    assert settings.plugins == (str((project / "lint" / "plugin.py").resolve()),)
    assert settings.rule_packs == (
        str((project / "packs" / "extra.toml").resolve()),
        str((tmp_path / "shared.toml").resolve()),
    )
    absolute = str((tmp_path / "abs.toml").resolve())
    assert settings_from_mapping({"rule-packs": [absolute]}, root=str(project)).rule_packs == (absolute,)


PACK = """
[[rules]]
code = "NL982"
name = "zebra-line"
category = "structure"
summary = "A zebra"
patterns = ["zebra"]
[rules.doc]
what = "w"
why = "w"
example = "e"
use-instead = "u"
fix-safety = "f"
[[rules.examples]]
text = "zebra"
[[rules.examples]]
text = "horse"
fires = false
"""


def test_relative_rule_pack_is_loaded_by_the_linter(tmp_path, monkeypatch):
    project = tmp_path / "project"
    _write(project / "packs" / "zebra.toml", PACK)
    config = _write(project / "newslint.toml", 'rule-packs = ["packs/zebra.toml"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    linter = Linter(str(config))
    assert not linter.problems
    assert [d.code for d in linter.check("A zebra.")] == ["NL982"]


def test_coerce_settings():
    settings = Settings(select=("NL2",))
    assert coerce_settings(settings) is settings
    assert coerce_settings(None) == Settings(root=coerce_settings(None).root)
    assert coerce_settings({"select": ["NL5"]}).select == ("NL5",)
    with pytest.raises(TypeError):
        coerce_settings(42)


def test_coerce_settings_from_a_path(tmp_path):
    path = _write(tmp_path / "newslint.toml", 'ignore = ["NL5"]\n')
    assert coerce_settings(path).ignore == ("NL5",)
    assert coerce_settings(str(path)).ignore == ("NL5",)


# -- exclude and per-file-ignores ------------------------------------------------------


def _settings(tmp_path, **values) -> Settings:
    return Settings(root=str(tmp_path), **values)


@pytest.mark.parametrize(
    "pattern, path, expected",
    [
        # without a slash: any single component (or the name)
        ("*.md", "a.md", True),
        ("*.md", "deep/er/a.md", True),
        ("*.md", "a.txt", False),
        ("drafts", "drafts/x.txt", True),
        ("drafts", "a/drafts/b/x.txt", True),
        ("drafts", "drafts2/x.txt", False),
        ("build/", "build/x.txt", True),
        # with a slash: the path relative to the configuration folder
        ("docs/*.md", "docs/a.md", True),
        ("docs/*.md", "other/a.md", False),
        ("./docs/*.md", "docs/a.md", True),
        ("docs/a.md", "docs/a.md", True),
        ("docs/a.md", "docs/b.md", False),
        # ** spans folders
        ("docs/**", "docs/a/b/c.md", True),
        ("docs/**", "docsx/a.md", False),
        ("**/tmp/*.txt", "a/b/tmp/x.txt", True),
        ("**/tmp/*.txt", "tmp/x.txt", True),
        ("**/tmp/*.txt", "a/b/temp/x.txt", False),
        ("**/*.md", "x/y/z.md", True),
        ("src/**/gen/*.txt", "src/a/b/gen/x.txt", True),
    ],
)
def test_exclude_glob_matching(tmp_path, pattern, path, expected):
    settings = _settings(tmp_path, exclude=(pattern,))
    assert settings.is_excluded(tmp_path / path) is expected
    assert settings.relative(tmp_path / path) == path


def test_default_excludes(tmp_path):
    settings = _settings(tmp_path)
    assert settings.is_excluded(tmp_path / ".venv" / "lib" / "x.txt")
    assert settings.is_excluded(tmp_path / "src" / "node_modules" / "x.txt")
    assert not settings.is_excluded(tmp_path / "articles" / "x.txt")


def test_extend_exclude_adds_to_exclude(tmp_path):
    settings = _settings(tmp_path, extend_exclude=("*.bak",))
    assert settings.is_excluded(tmp_path / "a.bak")
    assert settings.is_excluded(tmp_path / ".git" / "x")
    replaced = _settings(tmp_path, exclude=("*.bak",))
    assert not replaced.is_excluded(tmp_path / ".git" / "x")


def test_relative_path_is_taken_from_the_working_folder(tmp_path, monkeypatch):
    settings = _settings(tmp_path, exclude=("docs/*.md",))
    monkeypatch.chdir(tmp_path)
    assert settings.is_excluded("docs/a.md")
    assert not settings.is_excluded("a.md")


def test_per_file_ignores(tmp_path):
    settings = _settings(
        tmp_path,
        per_file_ignores=(("*.md", ("NL501",)), ("drafts/**", ("NL2", "NL101")), ("notes/a.txt", ("ALL",))),
    )
    assert settings.file_ignores(str(tmp_path / "x.md")) == ("NL501",)
    assert settings.file_ignores(str(tmp_path / "drafts" / "deep" / "x.md")) == ("NL501", "NL2", "NL101")
    assert settings.file_ignores(str(tmp_path / "notes" / "a.txt")) == ("ALL",)
    assert settings.file_ignores(str(tmp_path / "notes" / "b.txt")) == ()
    assert settings.file_ignores(None) == ()


def test_per_record_ignores_exact_and_glob(tmp_path):
    settings = _settings(
        tmp_path,
        per_record_ignores=(("rec-1", ("NL201",)), ("feed-*", ("NL5",)), ("item[3]", ("NL101",))),
    )
    assert settings.record_ignores("rec-1") == ("NL201",)
    assert settings.record_ignores("rec-10") == ()
    assert settings.record_ignores("feed-2024-01") == ("NL5",)
    assert settings.record_ignores("feed") == ()
    assert settings.record_ignores("item[3]") == ("NL101",)  # exact, although it looks like a glob
    assert settings.record_ignores("item3") == ("NL101",)  # and as a glob
    assert settings.record_ignores(None) == ()
    assert settings.record_ignores("FEED-1") == ()  # case-sensitive


def test_per_file_ignores_read_from_toml_match_relative_to_the_config(tmp_path, monkeypatch):
    path = _write(tmp_path / "newslint.toml", '[per-file-ignores]\n"drafts/*.txt" = ["NL501"]\n')
    monkeypatch.chdir(tmp_path.parent)
    settings = load_settings(path)
    assert settings.file_ignores(str(tmp_path / "drafts" / "a.txt")) == ("NL501",)
    assert settings.file_ignores(str(tmp_path / "a.txt")) == ()
    assert os.getcwd() != str(tmp_path)
