"""Regular expressions with a time bound, for rules.

``patterns.compile`` gives a pattern whose every search runs with the ``regex`` module's
``timeout``: text from the web is adversarial, and one pathological document must cost a
rule its findings on that document (the engine reports ``NL005``), not stall a corpus run.

    from newslint import patterns

    _CREDIT = patterns.compile(r"\\(Photo by [^)]+\\)")
    for match in _CREDIT.finditer(document.text): ...

The methods are the ``regex`` pattern's own, with ``timeout`` bound in; other attributes
(``pattern``, ``flags``, ``groupindex``) pass through.
"""

from __future__ import annotations

import functools

import regex

#: Seconds one search (or one whole ``finditer``) may take. Real documents need
#: milliseconds; the bound only stops runaway backtracking.
DEFAULT_TIMEOUT = 1.0

_BOUND_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer")


class BoundedPattern:
    """A compiled ``regex`` pattern whose searches carry a timeout."""

    __slots__ = ("_pattern", "timeout", *_BOUND_METHODS)

    def __init__(self, pattern: regex.Pattern, timeout: float):
        self._pattern = pattern
        self.timeout = timeout
        for name in _BOUND_METHODS:
            # functools.partial keeps the call in C: no Python frame per search.
            setattr(self, name, functools.partial(getattr(pattern, name), timeout=timeout))

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"patterns.compile({self._pattern.pattern!r}, timeout={self.timeout})"

    def __reduce__(self):
        # Rules travel to worker processes with their patterns: rebuild, timeout included.
        return (_rebuild, (self._pattern.pattern, self._pattern.flags, self.timeout))


@functools.lru_cache(maxsize=2048)
def compile(pattern: str, flags: int = 0, *, timeout: float = DEFAULT_TIMEOUT) -> BoundedPattern:  # noqa: A001
    """Compile ``pattern`` (``regex`` syntax) with every search bounded by ``timeout`` s."""
    return BoundedPattern(regex.compile(pattern, flags), timeout)


def _rebuild(pattern: str, flags: int, timeout: float) -> BoundedPattern:
    return compile(pattern, flags, timeout=timeout)
