"""A progress line on stderr for long runs: documents done, MB/s and, when the total
size is known, the time left. Silent unless stderr is a terminal and the input is large."""

from __future__ import annotations

import os
import sys
import time

_LARGE_INPUT = 8 << 20  # bytes: below this a run is over before a bar helps
_EVERY = 0.2  # seconds between redraws


class Progress:
    def __init__(self, total_bytes: int | None, stream=None):
        self.total = total_bytes
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.drawn = 0.0
        self.documents = 0
        self.bytes = 0

    @classmethod
    def maybe(cls, paths: list[str], *, enabled: bool = True, stream=None) -> Progress | _Silent:
        stream = stream or sys.stderr
        if not enabled or not stream.isatty():
            return _Silent()
        total, known = 0, True
        for path in paths:
            if path == "-" or path.endswith(".gz"):
                known = False
                continue
            try:
                total += os.path.getsize(path)
            except OSError:
                pass
        if known and total < _LARGE_INPUT:
            return _Silent()
        return cls(total if known else None, stream)

    def update(self, result) -> None:
        self.documents += result.tally.documents
        self.bytes += result.size
        now = time.monotonic()
        if now - self.drawn >= _EVERY:
            self.drawn = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.bytes / elapsed / 1e6
        text = f"newslint: {self.documents:,} documents, {self.bytes / 1e6:,.1f} MB, {rate:,.1f} MB/s"
        if self.total:
            share = min(self.bytes / self.total, 1.0)
            left = (self.total - self.bytes) / (self.bytes / elapsed) if self.bytes else 0
            filled = int(share * 20)
            text += f" [{'#' * filled}{'.' * (20 - filled)}] {share:.0%}, ETA {int(left) // 60}:{int(left) % 60:02d}"
        return text

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


class _Silent:
    def update(self, result) -> None:
        pass

    def close(self) -> None:
        pass
