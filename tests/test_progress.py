"""The progress line: shown on a terminal for large inputs, silent otherwise."""

from __future__ import annotations

import io

from newslint.progress import Progress
from newslint.runner import Tally, UnitResult


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _result(documents: int, size: int) -> UnitResult:
    return UnitResult(tally=Tally(documents=documents), size=size)


def test_silent_when_not_a_terminal(tmp_path):
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * (20 << 20))
    stream = io.StringIO()
    progress = Progress.maybe([str(big)], stream=stream)
    progress.update(_result(5, 100))
    progress.close()
    assert stream.getvalue() == ""


def test_silent_for_small_inputs_and_when_disabled(tmp_path):
    small = tmp_path / "small.txt"
    small.write_text("x")
    stream = Terminal()
    Progress.maybe([str(small)], stream=stream).update(_result(1, 1))
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * (20 << 20))
    Progress.maybe([str(big)], stream=stream, enabled=False).update(_result(1, 1))
    assert stream.getvalue() == ""


def test_shows_documents_rate_and_eta_on_a_terminal(tmp_path):
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * (20 << 20))
    stream = Terminal()
    progress = Progress.maybe([str(big)], stream=stream)
    assert isinstance(progress, Progress)
    progress.update(_result(1500, 10 << 20))
    line = progress.line(progress.started + 2.0)
    assert line.startswith("newslint: 1,500 documents, 10.5 MB, 5.2 MB/s [##########..........] 50%")
    assert "ETA 0:02" in line
    assert "1,500 documents" in stream.getvalue()
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_no_eta_when_the_size_is_unknown():
    progress = Progress(None, Terminal())
    progress.update(_result(3, 1000))
    assert "ETA" not in progress.line(progress.started + 1.0)
