"""The benchmark runs end to end on a small corpus and prints every row (its numbers are
for people to read; here only that it still works)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmark_prints_every_measurement(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--mb", "0.2", "--quick", "--repeat", "1",
         "--keep", str(tmp_path)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    for name in ("plain pass (decode + split lines)", "ftfy.fix_text", "newslint rules, one process (library)",
                 "newslint check --jobs 1", "newslint check --jobs 2"):
        row = next((line for line in out.splitlines() if line.startswith(name)), None)
        assert row is not None, f"no row {name!r} in:\n{out}"
        seconds, mb_per_second = (float(value.replace(",", "")) for value in row[len(name):].split()[:2])
        assert seconds > 0 and mb_per_second > 0, row
    assert re.search(r"[\d.]+x ftfy \(target >= 3\)", out), out
    assert re.search(r"start-up \(newslint check on one small file\): [\d.]+ s", out), out
    assert (tmp_path / "corpus.jsonl").stat().st_size > 100_000
