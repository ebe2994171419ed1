"""The cached list of entry points says what ``importlib.metadata`` says, and forgets
it when the environment changes."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap

import pytest

from newslint.plugins import entry_points

GROUP = "newslint"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("NEWSLINT_NO_CACHE", raising=False)
    return folder / entry_points.FILE_NAME


def _metadata_answer(group: str = GROUP) -> list[tuple[str, str]]:
    return [(e.name, e.value) for e in importlib.metadata.entry_points(group=group)]


def _forbid_metadata(monkeypatch):
    def refuse(group):
        raise AssertionError("importlib.metadata was asked although the cache holds the answer")

    monkeypatch.setattr(entry_points, "_from_metadata", refuse)


def _distribution(folder, name: str, plugin: str) -> None:
    """A minimal installed distribution with one entry point of group newslint."""
    info = folder / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[newslint]\n{plugin} = {name}_module\n", encoding="utf-8")


def test_the_answer_is_importlib_metadata_s_and_is_kept(cache, monkeypatch):
    first = entry_points.entry_points(GROUP)
    assert first == _metadata_answer()
    assert ("builtin", "newslint_rules") in first
    assert cache.exists()
    _forbid_metadata(monkeypatch)
    assert entry_points.entry_points(GROUP) == first


def test_installing_a_distribution_changes_the_answer(cache, tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    before = entry_points.entry_points(GROUP)
    assert all(name != "added" for name, _ in before)
    _distribution(site, "nl_added", "added")
    after = entry_points.entry_points(GROUP)
    assert ("added", "nl_added_module") in after
    assert after == _metadata_answer()


def test_the_working_folder_counts_by_its_metadata_folders_only(cache, tmp_path, monkeypatch):
    work = tmp_path / "project"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setattr(sys, "path", ["", *sys.path])
    entry_points.entry_points(GROUP)
    (work / "output.txt").write_text("a run's output\n", encoding="utf-8")
    with monkeypatch.context() as inner:
        _forbid_metadata(inner)
        entry_points.entry_points(GROUP)  # the same key: no question asked
    _distribution(work, "nl_local", "local")
    assert ("local", "nl_local_module") in entry_points.entry_points(GROUP)


@pytest.mark.parametrize(
    "damage",
    [
        lambda key: b"",
        lambda key: b"{not json",
        lambda key: b"[1, 2]",
        lambda key: b"\xff\xfe",
        lambda key: json.dumps({key: [["only a name"]]}).encode(),
        lambda key: json.dumps({key: "builtin"}).encode(),
    ],
    ids=["empty", "not-json", "not-a-mapping", "not-utf8", "short-pair", "not-a-list"],
)
def test_a_damaged_cache_file_is_ignored_and_replaced(cache, damage):
    key = entry_points.environment_key(GROUP)
    cache.parent.mkdir(parents=True)
    cache.write_bytes(damage(key))
    assert entry_points.entry_points(GROUP) == _metadata_answer()
    assert json.loads(cache.read_bytes())[key] == [list(pair) for pair in _metadata_answer()]


def test_an_unwritable_cache_folder_still_answers(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker / "cache"))
    assert entry_points.entry_points(GROUP) == _metadata_answer()


def test_no_cache_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NEWSLINT_NO_CACHE", "1")
    assert entry_points.entry_points(GROUP) == _metadata_answer()
    assert not (tmp_path / "cache").exists()


def test_the_file_keeps_the_latest_environments_only(cache, monkeypatch):
    stale = {f"environment {n}": [] for n in range(entry_points.MAX_ENVIRONMENTS + 5)}
    cache.parent.mkdir(parents=True)
    cache.write_text(json.dumps(stale), encoding="utf-8")
    entry_points.entry_points(GROUP)
    kept = json.loads(cache.read_bytes())
    assert len(kept) == entry_points.MAX_ENVIRONMENTS
    assert list(kept)[-1] == entry_points.environment_key(GROUP)
    assert "environment 0" not in kept


def test_load_finds_what_the_value_names():
    assert entry_points.load("os.path:join") is os.path.join
    assert entry_points.load("os.path") is os.path
    assert entry_points.load("json:decoder.JSONDecoder [extra]") is json.decoder.JSONDecoder
    with pytest.raises(ValueError, match="malformed"):
        entry_points.load("not a value!")
    with pytest.raises(ModuleNotFoundError):
        entry_points.load("no_such_module_anywhere:thing")


def test_a_warm_start_does_not_import_importlib_metadata(tmp_path):
    environment = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    environment.pop("NEWSLINT_NO_CACHE", None)
    (tmp_path / "article.txt").write_text("A quiet sentence.\n", encoding="utf-8")
    probe = textwrap.dedent(
        """
        import sys
        bare = "importlib.metadata" in sys.modules
        from newslint.cli import main
        sys.argv = ["newslint", "check", "article.txt"]
        try:
            main()
        except SystemExit:
            pass
        print("BARE" if bare else ("IMPORTED" if "importlib.metadata" in sys.modules else "AVOIDED"))
        """
    )
    outcomes = [
        subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=environment, capture_output=True,
                       text=True, check=True).stdout.split()[-1]
        for _ in range(2)
    ]
    if outcomes[1] == "BARE":
        pytest.skip("this interpreter imports importlib.metadata at start-up (a .pth file)")
    assert outcomes == ["IMPORTED", "AVOIDED"]
