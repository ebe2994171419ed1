"""Regular expressions with a time bound, for rules.

``patterns.compile`` gives a pattern whose every search runs with the ``regex`` module's
``timeout``: text from the web is adversarial, and one pathological document must cost a
rule its findings on that document (the engine reports ``NL005``), not stall a corpus run.

    from newslint import patterns

    _CREDIT = patterns.compile(r"\\(Photo by [^)]+\\)")
    for match in _CREDIT.finditer(document.text): ...

The methods are the ``regex`` pattern's own, with ``timeout`` bound in; other attributes
(``pattern``, ``flags``, ``groupindex``) pass through.

Compiled programs are kept on disk between runs (``ProgramCache``): ``regex`` compiles
in Python, and the patterns one corpus run reaches take about 0.2 s to compile, paid
again by every worker process and every pre-commit run.
"""

from __future__ import annotations

import atexit
import functools

import regex

from .program_cache import ProgramCache

#: The process's cache of compiled programs (see ``program_cache``).
programs = ProgramCache.from_environment()
# Worker processes end without atexit: the runner saves after each unit it lints.
atexit.register(programs.save)

#: Seconds one search (or one whole ``finditer``) may take. Real documents need
#: milliseconds; the bound only stops runaway backtracking.
DEFAULT_TIMEOUT = 1.0

_BOUND_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer")


class BoundedPattern:
    """A ``regex`` pattern whose searches carry a timeout, compiled on first use.

    The ``regex`` module compiles in Python, slowly; a rule module holds dozens of
    patterns, and a short document reaches few of them. Compiling when a pattern is first
    searched keeps start-up (pre-commit runs newslint on every commit) off that cost."""

    __slots__ = ("source", "flags", "timeout", "_pattern", *_BOUND_METHODS)

    def __init__(self, source: str, flags: int, timeout: float):
        self.source, self.flags, self.timeout, self._pattern = source, flags, timeout, None
        for name in _BOUND_METHODS:
            setattr(self, name, functools.partial(self._first_call, name))

    def compiled(self) -> regex.Pattern:
        """The underlying ``regex`` pattern (compiled now if it was not yet)."""
        if self._pattern is None:
            self._pattern = pattern = programs.compile(self.source, self.flags)
            for name in _BOUND_METHODS:
                # functools.partial keeps the call in C: no Python frame per search.
                setattr(self, name, functools.partial(getattr(pattern, name), timeout=self.timeout))
        return self._pattern

    def _first_call(self, name: str, *args, **kwargs):
        self.compiled()
        return getattr(self, name)(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"patterns.compile({self.source!r}, timeout={self.timeout})"

    def __reduce__(self):
        # Rules travel to worker processes with their patterns: rebuild, timeout included.
        return (_rebuild, (self.source, self.flags, self.timeout))


@functools.lru_cache(maxsize=2048)
def compile(pattern: str, flags: int = 0, *, timeout: float = DEFAULT_TIMEOUT) -> BoundedPattern:  # noqa: A001
    """A pattern (``regex`` syntax) whose every search is bounded by ``timeout`` seconds.
    It is compiled on first use; call ``.compiled()`` to compile (and check) it now."""
    return BoundedPattern(pattern, flags, timeout)


def _rebuild(pattern: str, flags: int, timeout: float) -> BoundedPattern:
    return compile(pattern, flags, timeout=timeout)
