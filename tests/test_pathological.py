"""No rule is super-linear: on pathological text (long runs of one character, of
punctuation, of spaces, deeply repeated tags ...), ten times the input costs a rule at
most about twelve times the time.

Times come from the linter's own per-rule accounting, best of a few runs, with a small
absolute allowance so that rules taking microseconds do not fail on timer noise.
"""

from __future__ import annotations

import gc
import time

import pytest

from newslint import Linter
from newslint.markdown import syntax_regions

#: Each maker returns a text of about ``n`` units of one pathological shape.
SHAPES = {
    "one-letter": lambda n: "a" * n,
    "one-letter-lines": lambda n: "a\n" * n,
    "spaces": lambda n: "word" + " " * n + "word",
    "blank-lines": lambda n: "Text.\n" + "\n" * n + "More.",
    "periods": lambda n: "." * n,
    "spaced-periods": lambda n: ". " * n,
    "commas": lambda n: "a," * n,
    "mixed-punctuation": lambda n: "?!.,;:" * (n // 6),
    "quotes": lambda n: "“\"'" * (n // 3),
    "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "nested-tags": lambda n: "<div>" * (n // 10) + "text" + "</div>" * (n // 10),
    "open-tags": lambda n: "<a href=\"x\"" * (n // 12),
    "shortcodes": lambda n: "[caption id=\"1\"]" * (n // 16),
    "templates": lambda n: "{{" * (n // 2),
    "entities": lambda n: "&amp" * (n // 4),
    "pipes": lambda n: "Name | " * (n // 7) + "Getty Images",
    "capitals": lambda n: "Saint. " * (n // 7),
    "doubled-words": lambda n: "the " * (n // 4),
    "function-words": lambda n: "for of " * (n // 7),
    "hyphens": lambda n: "inter- " * (n // 7),
    "mojibake": lambda n: "Ã©â€™" * (n // 5),
    "invisible": lambda n: "a\u200b" * (n // 2),
    "one-long-paragraph": lambda n: "The council met on Monday and said the plan was sound " * (n // 54),
    "short-lines": lambda n: "Share\n" * (n // 6),
    "title-lines": lambda n: "Another Story Headline Here\n" * (n // 28),
    "tabs-in-one-line": lambda n: "the council said\tthat " * (n // 22),
    "escapes": lambda n: r'the mayor\u2019s \"plan\" said.\n' * (n // 30),
}

BASE = 20_000
GROWTH = 10
ALLOWED = 12.0
SLACK = 0.02  # seconds


@pytest.fixture(scope="module")
def linter() -> Linter:
    linter = Linter(select=["ALL"], preview=True)
    # CPU time of this thread: other work on the machine does not inflate it.
    linter.clock = time.thread_time
    return linter


def _best_times(linter: Linter, text: str, repeat: int = 3) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(repeat):
        linter.timings.clear()
        linter.check(text)
        for code, seconds in linter.timings.items():
            best[code] = min(seconds, best.get(code, float("inf")))
    return best


def _too_slow(small: dict[str, float], large: dict[str, float]) -> dict[str, tuple[float, float]]:
    return {
        code: (small.get(code, 0.0), large[code])
        for code in large
        if large[code] > ALLOWED * small.get(code, 0.0) + SLACK
    }


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_no_rule_is_super_linear(linter, shape):
    make = SHAPES[shape]
    linter.check(make(100))  # warm caches and lazy imports
    started = time.perf_counter()
    slow = _too_slow(_best_times(linter, make(BASE)), _best_times(linter, make(BASE * GROWTH)))
    if slow:
        # A busy machine (other processes evicting the caches) can slow one series of
        # runs: a rule is blamed only if a second, longer series agrees.
        slow = _too_slow(_best_times(linter, make(BASE), repeat=5), _best_times(linter, make(BASE * GROWTH), repeat=5))
    assert time.perf_counter() - started < 240, "pathological input took minutes"
    assert not slow, f"super-linear on {shape!r}: " + ", ".join(
        f"{code} {a * 1000:.1f} ms -> {b * 1000:.1f} ms" for code, (a, b) in slow.items()
    )


MARKDOWN_SHAPES = {
    "fences": lambda n: "```\n" * (n // 4),
    "unclosed-fences": lambda n: "````\n" + "```\n" * (n // 4),
    "backticks": lambda n: "`` " + "` " * (n // 2),
    "table-rows": lambda n: "| a  b |\n" * (n // 9),
    "one-table-row": lambda n: "| " + "a  " * (n // 3) + "|",
    "indented-blocks": lambda n: "    x\n\n" * (n // 7),
    "hard-breaks": lambda n: "a  \n" * (n // 4),
    "front-matter": lambda n: "---\n" + "a: b\n" * (n // 5),
}


def _best_syntax_time(text: str, repeat: int = 3) -> float:
    # With the cyclic collector off, as the engine runs the scan (``Linter.check``): late
    # in a test run the heap is large, and one full collection landing in the larger
    # text's timing made it look super-linear.
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.thread_time()
            syntax_regions(text)
            best = min(best, time.thread_time() - started)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("shape", sorted(MARKDOWN_SHAPES))
def test_markdown_syntax_scan_is_not_super_linear(shape):
    make = MARKDOWN_SHAPES[shape]
    small, large = _best_syntax_time(make(BASE)), _best_syntax_time(make(BASE * GROWTH))
    if large > ALLOWED * small + SLACK:
        small, large = _best_syntax_time(make(BASE), 5), _best_syntax_time(make(BASE * GROWTH), 5)
    assert large <= ALLOWED * small + SLACK, f"{shape}: {small * 1000:.1f} ms -> {large * 1000:.1f} ms"
