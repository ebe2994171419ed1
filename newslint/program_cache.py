"""Compiled ``regex`` programs, kept on disk between runs.

``regex`` compiles a pattern in Python: it parses the pattern, optimises it and lowers
it to a program of integers, which its C core (``_regex.compile``) turns into a pattern
object. For the patterns of newslint's rules that costs about 0.2 s per process on a
corpus run, as long as linting a few megabytes, and every worker process and every
pre-commit run pays it again. The program is plain data, so ``ProgramCache`` keeps the
arguments ``regex`` hands its core and rebuilds a pattern from them in microseconds.

Those arguments are ``regex``'s private interface, so the cache guards every step:
- the file is named by the ``regex`` version, its core's magic number and the Python
  version, so no other ``regex`` reads it;
- a file that fails its checksum or does not load is ignored, and replaced at the next
  save;
- when ``regex`` is not laid out as this module expects, patterns are compiled the
  ordinary way and nothing is kept.

The file lives in ``$NEWSLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/newslint``, else
``~/.cache/newslint``. ``NEWSLINT_NO_CACHE=1`` (or ``newslint check --no-cache``) turns
it off. A cache that cannot be written only makes the next run slower: it never stops a
run.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import threading
from pathlib import Path
from types import ModuleType

import regex

#: A file holding more programs than this is started afresh rather than merged into:
#: programs of patterns that a newer newslint no longer has would otherwise pile up.
MAX_PROGRAMS = 4096

_CHECKSUM_BYTES = 16

#: (pattern source, flags, ``regex.DEFAULT_VERSION``): what a compiled program depends on.
Key = tuple[str, int, int]

#: One swap of ``regex``'s core at a time (see ``ProgramCache._compile_recording``).
_swapping = threading.Lock()


def cache_directory() -> Path | None:
    """Where the cache file lives, as the environment says; None when there is no home
    to keep it in (a relative "~" would put it in whatever folder newslint runs in)."""
    chosen = os.environ.get("NEWSLINT_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    return Path(base) / "newslint"


def _compiling_module() -> ModuleType | None:
    """The module whose global ``_regex`` (the C core) ``regex.compile`` calls, or None
    when this ``regex`` is not laid out that way."""
    module = sys.modules.get(getattr(regex.compile, "__module__", ""))
    core = getattr(module, "_regex", None)
    if core is None or not callable(getattr(core, "compile", None)) or not hasattr(core, "MAGIC"):
        return None
    return module


class _Recorder:
    """Stands in for ``regex``'s C core while one pattern compiles, to keep the
    arguments the core is given. Only this thread's call is kept: another thread
    compiling at the same moment passes through untouched."""

    def __init__(self, core: ModuleType):
        self._core = core
        self._thread = threading.get_ident()
        self.arguments: tuple | None = None

    def compile(self, *arguments):
        if threading.get_ident() == self._thread:
            self.arguments = arguments
        return self._core.compile(*arguments)

    def __getattr__(self, name: str):
        return getattr(self._core, name)


class ProgramCache:
    """Compiles patterns, rebuilding those compiled in an earlier run from the cache
    file at ``path`` (None: compile only, keep nothing)."""

    def __init__(self, path: Path | None):
        self._module = _compiling_module() if path is not None else None
        self.path = path if self._module is not None else None
        self._core = None if self._module is None else self._module._regex
        self._programs: dict[Key, tuple] | None = None  # read from the file when first needed
        self._unsaved: dict[Key, tuple] = {}  # compiled by this process since the last save
        self._lock = threading.Lock()
        #: Patterns rebuilt from the cache, and compiled afresh, in this process.
        self.rebuilt = self.compiled = 0

    @classmethod
    def from_environment(cls) -> ProgramCache:
        if os.environ.get("NEWSLINT_NO_CACHE", "") not in ("", "0"):
            return cls(None)
        core = getattr(_compiling_module(), "_regex", None)
        folder = cache_directory()
        if core is None or folder is None:
            return cls(None)
        name = f"regex-programs-{regex.__version__}-{core.MAGIC}-{sys.implementation.cache_tag}.marshal"
        return cls(folder / name)

    def turn_off(self) -> None:
        """Compile every pattern afresh from now on, and keep nothing."""
        self.path = self._module = self._core = None

    def compile(self, source: str, flags: int = 0) -> regex.Pattern:
        """``regex.compile(source, flags)``, rebuilt from the cache when it holds it."""
        if self._module is None:
            self.compiled += 1
            return regex.compile(source, flags)
        key = (source, int(flags), int(regex.DEFAULT_VERSION))
        arguments = self._loaded().get(key)
        if arguments is not None:
            try:
                pattern = self._core.compile(*arguments)
            except Exception:  # noqa: BLE001 - a stale entry is compiled afresh below
                pass
            else:
                self.rebuilt += 1
                return pattern
        pattern, arguments = self._compile_recording(source, flags)
        self.compiled += 1
        if arguments is not None:
            with self._lock:
                self._loaded()[key] = self._unsaved[key] = arguments
        return pattern

    def save(self) -> None:
        """Write what this process compiled since the last save, merged with what the
        file holds now (another process may have added to it). Never raises."""
        if not self._unsaved or self.path is None:
            return
        with self._lock:
            on_disk = self._read()
            new = self._unsaved
            merged = {**on_disk, **new} if len(on_disk) + len(new) <= MAX_PROGRAMS else dict(new)
            try:
                self._write(marshal.dumps(merged))
            except (OSError, ValueError):
                # Read-only home, full disk: the next run compiles again, that is all.
                self.path = None
                return
            self._programs = {**self._loaded(), **merged}
            self._unsaved = {}

    # -- inside ------------------------------------------------------------------------

    def _compile_recording(self, source: str, flags: int) -> tuple[regex.Pattern, tuple | None]:
        module, core = self._module, self._core
        recorder = _Recorder(core)
        with _swapping:
            module._regex = recorder
            try:
                # Past regex's own cache, so that its core is called and seen.
                pattern = regex.compile(source, flags, cache_pattern=False)
            except TypeError:
                pattern = None
            finally:
                module._regex = core
        if pattern is None:  # a ``regex`` without ``cache_pattern``: keep nothing
            self.turn_off()
            return regex.compile(source, flags), None
        arguments = recorder.arguments
        if arguments is None or arguments[0] != source or arguments[1] & regex.LOCALE:
            # (A locale-dependent pattern is compiled for the locale of the moment.)
            return pattern, None
        # Flags come as ``RegexFlag``; marshal keeps plain values only.
        arguments = tuple(int(value) if isinstance(value, int) else value for value in arguments)
        try:
            marshal.dumps(arguments)
        except ValueError:
            return pattern, None
        return pattern, arguments

    def _loaded(self) -> dict[Key, tuple]:
        if self._programs is None:
            self._programs = self._read()
        return self._programs

    def _read(self) -> dict[Key, tuple]:
        if self.path is None:
            return {}
        try:
            data = self.path.read_bytes()
        except OSError:
            return {}
        checksum, payload = data[:_CHECKSUM_BYTES], data[_CHECKSUM_BYTES:]
        if hashlib.blake2b(payload, digest_size=_CHECKSUM_BYTES).digest() != checksum:
            return {}
        try:
            programs = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return {}
        return programs if isinstance(programs, dict) else {}

    def _write(self, payload: bytes) -> None:
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(hashlib.blake2b(payload, digest_size=_CHECKSUM_BYTES).digest())
                handle.write(payload)
            # Readers see the old file or the new one, never half of one.
            os.replace(temporary, self.path)
        except BaseException:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            raise
