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

Every program carries the day it was last used. A file is read whole at start-up, so
programs no run asks for any more (patterns of an older newslint, of a plugin since
removed) would slow every start: a program unused for ``EXPIRY_DAYS`` is dropped at the
next save, and a run rewrites the file when it finds such programs, or when it uses one
not marked as used for ``REFRESH_DAYS`` (so the file is rewritten about once a week,
not on every run).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import threading
import time
from pathlib import Path
from types import ModuleType

import regex

#: The file's layout: {key: (day last used, arguments)}.
FILE_LAYOUT = "v2"
#: A file holding more programs than this is started afresh rather than merged into.
MAX_PROGRAMS = 4096
#: A program no run has used for this many days is dropped at the next save.
EXPIRY_DAYS = 30
#: A run that uses a program last marked as used this many days ago rewrites the file,
#: to mark it again (before it expires).
REFRESH_DAYS = 7

_CHECKSUM_BYTES = 16

#: (pattern source, flags, ``regex.DEFAULT_VERSION``): what a compiled program depends on.
Key = tuple[str, int, int]
#: What the file keeps for each key: the day (since the epoch) the program was last
#: used, and the arguments of ``regex``'s core.
Entry = tuple[int, tuple]


def today() -> int:
    """Days since the epoch (a module function, so that tests can move the clock)."""
    return int(time.time() // 86400)

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
        self._programs: dict[Key, Entry] | None = None  # read from the file when first needed
        self._unsaved: dict[Key, tuple] = {}  # compiled by this process since the last save
        self._used: set[Key] = set()  # rebuilt from the file by this process
        self._today = today()
        self._rewrite = False  # the file holds expired programs, or marks to renew
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
        # The layout's number is in the name, so that a newslint of another layout (an
        # older one in a pre-commit environment, say) keeps its own file instead of
        # finding this one unreadable and both rewriting it on every run.
        name = f"regex-programs-{FILE_LAYOUT}-{regex.__version__}-{core.MAGIC}-{sys.implementation.cache_tag}.marshal"
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
        entry = self._loaded().get(key)
        if entry is not None:
            day, arguments = entry
            try:
                pattern = self._core.compile(*arguments)
            except Exception:  # noqa: BLE001 - a stale entry is compiled afresh below
                pass
            else:
                self.rebuilt += 1
                if day != self._today:
                    self._used.add(key)
                    if day <= self._today - REFRESH_DAYS:
                        self._rewrite = True
                return pattern
        pattern, arguments = self._compile_recording(source, flags)
        self.compiled += 1
        if arguments is not None:
            with self._lock:
                self._unsaved[key] = arguments
                self._loaded()[key] = (self._today, arguments)
        return pattern

    def save(self) -> None:
        """Write what this process compiled since the last save, merged with what the
        file holds now (another process may have added to it), with the day marks of
        the programs it used renewed and expired programs dropped; only when there is
        something new, expired or to renew. Never raises."""
        if not (self._unsaved or self._rewrite) or self.path is None:
            return
        with self._lock:
            day = self._today
            on_disk = self._read()
            for key in self._used & on_disk.keys():
                on_disk[key] = (day, on_disk[key][1])
            new = {key: (day, arguments) for key, arguments in self._unsaved.items()}
            if len(on_disk) + len(new) > MAX_PROGRAMS:
                on_disk = {}
            merged = {key: entry for key, entry in {**on_disk, **new}.items() if entry[0] > day - EXPIRY_DAYS}
            try:
                self._write(marshal.dumps(merged))
            except (OSError, ValueError):
                # Read-only home, full disk: the next run compiles again, that is all.
                self.path = None
                return
            self._programs = {**self._loaded(), **merged}
            self._unsaved = {}
            self._used = set()
            self._rewrite = False

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

    def _loaded(self) -> dict[Key, Entry]:
        if self._programs is None:
            self._programs = self._read()
            expired = self._today - EXPIRY_DAYS
            self._rewrite = self._rewrite or any(day <= expired for day, _ in self._programs.values())
        return self._programs

    def _read(self) -> dict[Key, Entry]:
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
        if not isinstance(programs, dict) or not all(_is_entry(entry) for entry in programs.values()):
            return {}  # not a file of this layout (an older newslint's): replaced at the next save
        return programs

    def _write(self, payload: bytes) -> None:
        replace_atomically(self.path, hashlib.blake2b(payload, digest_size=_CHECKSUM_BYTES).digest() + payload)


def replace_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` as the file ``path`` (making its folder): readers, another
    newslint process among them, see the old file or the new one, never half of one."""
    import tempfile  # only a run that writes a cache needs it

    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def _is_entry(entry: object) -> bool:
    return isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], int) and isinstance(entry[1], tuple)
