"""A plain (non-editable) install must carry the whole engine and every built-in rule."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed: {result.stderr[-2000:]}")
    (path,) = out.glob("newslint-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_holds_every_engine_module_and_rule_file(wheel):
    names = set(wheel.namelist())
    expected = {p.relative_to(ROOT).as_posix() for p in (ROOT / "newslint").rglob("*.py")}
    for folder_file in (ROOT / "rules").iterdir():
        if folder_file.suffix in (".py", ".toml", ".txt"):
            expected.add(f"newslint_rules/{folder_file.name}")
    missing = sorted(expected - names)
    assert not missing, f"not in the wheel: {missing}"


def test_wheel_declares_the_entry_point(wheel):
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "[newslint]\nbuiltin = newslint_rules" in text
    assert "newslint = newslint.cli:console_main" in text


def test_the_wheel_s_version_is_the_package_s(wheel):
    import newslint

    (metadata,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    versions = [line.split(":", 1)[1].strip() for line in wheel.read(metadata).decode().splitlines() if line.startswith("Version:")]
    assert versions == [newslint.__version__]
