"""The pre-commit hooks, run by the real pre-commit against this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DIRTY = "Ferry news\n\nMarta Lindqvist | Moment | Getty Images\n\nThe ferry runs.\n"
CLEAN = "Ferry news\n\nThe ferry runs.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    pytest.importorskip("pre_commit")
    # One cache for the module: the hook environment (a virtualenv with newslint) is built once.
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def repo(tmp_path, pre_commit_home) -> tuple[Path, dict]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(pre_commit_home),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "NO_COLOR": "1",
    }
    env.pop("PRE_COMMIT", None)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, env=env)
    (tmp_path / "dirty.txt").write_text(DIRTY)
    (tmp_path / "clean.md").write_text(CLEAN)
    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "copied.txt").write_text(DIRTY)
    (tmp_path / "newslint.toml").write_text('extend-exclude = ["vendor"]\n')
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True, env=env)
    return tmp_path, env


def try_repo(repo_dir: Path, env: dict, hook: str, *files: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--verbose", "--files", *files],
        cwd=repo_dir, env=env, capture_output=True, text=True, timeout=600,
    )


def test_check_hook_fails_on_an_artefact_and_passes_clean_and_excluded_files(repo):
    repo_dir, env = repo
    result = try_repo(repo_dir, env, "newslint", "dirty.txt", "clean.md")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "dirty.txt:3:1: NL201 [pipe-separated-credit]" in result.stdout
    assert "clean.md" not in result.stdout.split("newslint", 1)[-1].split("Found")[0]
    result = try_repo(repo_dir, env, "newslint", "clean.md", "vendor/copied.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (repo_dir / "dirty.txt").read_text() == DIRTY


def test_fix_hook_repairs_the_file(repo):
    repo_dir, env = repo
    result = try_repo(repo_dir, env, "newslint-fix", "dirty.txt", "clean.md")
    # pre-commit fails a hook that modified files, so the user reviews the change.
    assert result.returncode == 1, result.stdout + result.stderr
    assert "files were modified by this hook" in result.stdout
    assert (repo_dir / "dirty.txt").read_text() == CLEAN
    assert (repo_dir / "clean.md").read_text() == CLEAN
    result = try_repo(repo_dir, env, "newslint", "dirty.txt")
    assert result.returncode == 0, result.stdout + result.stderr
