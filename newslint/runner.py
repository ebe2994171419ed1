"""Running the linter over inputs, in one process or many.

The work is cut into units (a text file, or a chunk of a JSONL file's lines), each unit is
linted by a pure function, and the results come back in unit order, so the output of
``--jobs N`` is byte-identical to ``--jobs 1``. At most a few units are in flight at once,
so memory stays flat however large the corpus is.
"""

from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import patterns
from .config import Settings
from .engine import Linter
from .model import Applicability, Diagnostic
from .sources import InputError, TextEncoding, decode_text, parse_record, read_text_file, replace_text

if TYPE_CHECKING:
    from concurrent.futures import Executor

#: Bytes of JSONL lines per unit: large enough to amortise the hand-over to a worker,
#: small enough to keep every core busy and memory flat.
CHUNK_BYTES = 1 << 18
#: The smallest unit the end of a file is cut into (see ``jsonl_units``).
MIN_CHUNK_BYTES = 1 << 14
#: Units handed to each worker ahead of the one it is linting: enough that it never waits.
FED_PER_JOB = 2
#: Units a worker may run ahead of the output (their results wait to be written in order).
HELD_PER_JOB = 8
#: Inputs from this size on are a corpus: they are linted on every core by default.
PARALLEL_FROM_BYTES = 1 << 20


@dataclass(frozen=True)
class RunOptions:
    """What every unit is linted with (shared by all workers of a run)."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    preview: bool | None = None
    fixing: bool = False
    unsafe: bool | None = None
    # The formatter shows source lines. Only a document with diagnostics keeps its text:
    # with workers, every text kept is sent back through a pipe.
    keep_text: bool = False
    encode_json: bool = False  # the formatter takes diagnostics as JSON (Diagnostic.to_json)
    encoding: str = "utf-8"
    time_rules: bool = False  # --statistics: record each rule's time (Linter.clock)


@dataclass(frozen=True)
class TextUnit:
    path: str
    shown: str
    settings: Settings
    data: bytes | None = None  # stdin's bytes; files are read by the worker


@dataclass(frozen=True)
class JsonlUnit:
    shown: str
    settings: Settings
    #: The unit's lines; None when the worker reads them from ``path`` itself.
    data: bytes | None
    first_line: int
    #: Where the unit's lines lie in a plain file, when ``data`` is None: handing a worker
    #: a file position costs nothing, handing it the bytes costs the process that writes
    #: the output a copy of the corpus through a pipe.
    path: str | None = None
    offset: int = 0
    length: int = 0


@dataclass
class DocResult:
    """One document's outcome. ``text`` is the text the diagnostics point into (the fixed
    text when fixing), kept only when the formatter needs it. When the formatter takes
    the diagnostics as JSON, ``encoded`` holds them and ``diagnostics`` is empty: a
    diagnostic object costs ten times its JSON to send back from a worker."""

    path: str
    record_id: str | None
    record_line: int | None
    diagnostics: list[Diagnostic]
    text: str | None = None
    original: str | None = None
    fixed: str | None = None
    applied: int = 0
    #: The diagnostics as JSON, when the run's formatter takes them so.
    encoded: list[str] | None = None


@dataclass
class Tally:
    """What the run's summary and ``--statistics`` count, for the documents of a unit:
    counted where they are linted, so that the diagnostics themselves need not travel."""

    documents: int = 0
    remaining: int = 0
    fixable_safe: int = 0
    fixable_unsafe: int = 0
    counts: Counter = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)
    fixable: set[str] = field(default_factory=set)

    def add(self, diagnostics: list[Diagnostic]) -> None:
        self.documents += 1
        self.remaining += len(diagnostics)
        for d in diagnostics:
            self.counts[d.code] += 1
            self.names[d.code] = d.rule
            if d.fix is not None:
                self.fixable.add(d.code)
                if d.fix.applicability is Applicability.SAFE:
                    self.fixable_safe += 1
                else:
                    self.fixable_unsafe += 1

    def merge(self, other: Tally) -> None:
        self.documents += other.documents
        self.remaining += other.remaining
        self.fixable_safe += other.fixable_safe
        self.fixable_unsafe += other.fixable_unsafe
        self.counts.update(other.counts)
        self.names.update(other.names)
        self.fixable |= other.fixable


@dataclass
class UnitResult:
    #: The documents with something to report or write (a JSONL unit leaves out the
    #: rest: ``tally`` counts them).
    documents: list[DocResult] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: For JSONL units when fixing: the unit's lines as they must be written back.
    output: bytes | None = None
    #: For text units: how to write the fixed text back.
    encoding: TextEncoding | None = None
    path: str | None = None
    rule_seconds: dict[str, float] = field(default_factory=dict)
    problems: tuple = ()
    size: int = 0  # input bytes the unit covered (for progress)


# -- the worker side ------------------------------------------------------------------

_options = RunOptions()
_linters: dict[Settings, Linter] = {}
_last: list = [None, None]  # the last (settings, linter) pair _linter returned


_preparing_process: list = [None]  # the process whose run ``_prepare`` set up last


def _init_worker(options: RunOptions) -> None:
    global _options
    if os.getpid() != _preparing_process[0] and options == _options and _linters:
        # A worker forked from the process that prepared this run: the linters it built
        # came with the fork (each costs about 60 ms to build: the rules' modules, packs
        # and plugin hooks).
        return
    _options = options
    _linters.clear()
    _last[:] = [None, None]


def _prepare(options: RunOptions, linters: dict[Settings, Linter]) -> None:
    """Make ``linters`` (built by the caller with ``options``) the ones the units of
    this run use, in this process and in the workers forked from it. Nothing of an
    earlier run in this process is kept."""
    _preparing_process[0] = os.getpid()
    _init_worker(options)
    for settings, linter in linters.items():
        if options.time_rules:
            linter.clock = time.perf_counter
        _linters[settings] = linter


def _linter(settings: Settings) -> Linter:
    # Every record of a unit shares one Settings object: hashing it per record (a frozen
    # dataclass of a dozen fields) would cost more than the dictionary saves.
    if settings is _last[0]:
        return _last[1]
    linter = _linters.get(settings)
    if linter is None:
        o = _options
        linter = Linter(settings, select=o.select, ignore=o.ignore, extend_select=o.extend_select, preview=o.preview)
        if o.time_rules:
            linter.clock = time.perf_counter
        _linters[settings] = linter
    _last[:] = [settings, linter]
    return linter


def _lint(
    settings: Settings, text: str, path: str, record_id: str | None, record_line: int | None, tally: Tally
) -> DocResult:
    linter = _linter(settings)
    o = _options
    if o.fixing:
        unsafe = settings.unsafe_fixes if o.unsafe is None else o.unsafe
        result = linter.fix(text, unsafe=unsafe, path=path, record_id=record_id)
        changed = result.text != text
        outcome = DocResult(path, record_id, record_line, result.remaining,
                            text=result.text if o.keep_text and result.remaining else None,
                            original=text if changed else None,
                            fixed=result.text if changed else None,
                            applied=len(result.applied) if changed else 0)
    else:
        diagnostics = linter.check(text, path=path, record_id=record_id)
        outcome = DocResult(path, record_id, record_line, diagnostics, text=text if o.keep_text and diagnostics else None)
    tally.add(outcome.diagnostics)
    if o.encode_json:
        outcome.encoded = [d.to_json() for d in outcome.diagnostics]
        outcome.diagnostics = []
    return outcome


def run_unit(unit: TextUnit | JsonlUnit) -> UnitResult:
    """Lint one unit. Never raises for bad input: problems come back as ``errors``."""
    out = UnitResult()
    linters_before = {id(l): dict(l.timings) for l in _linters.values()}
    if isinstance(unit, TextUnit):
        try:
            if unit.data is None:
                text, how = read_text_file(unit.path, _options.encoding)
            else:
                text, how = decode_text(unit.data, unit.shown, _options.encoding)
        except InputError as error:
            out.errors.append(str(error))
            return out
        if not text:
            out.warnings.append(f"{unit.shown}: empty file")
        out.documents.append(_lint(unit.settings, text, unit.shown, None, None, out.tally))
        out.encoding, out.path = how, unit.path
        out.size = len(text)
    else:
        data = unit.data if unit.data is not None else _read_range(unit)
        if data is None:
            out.errors.append(f"{unit.shown}: changed while being read (lines {unit.first_line} and after)")
            return out
        out.size = len(data)
        settings = unit.settings
        pieces = [] if _options.fixing else None
        for offset, raw in enumerate(data.splitlines(keepends=True)):
            record = parse_record(unit.first_line + offset, raw, unit.shown, settings.text_field, settings.id_field)
            fixed = None
            if record.error:
                out.errors.append(record.error)
            elif not record.is_blank:
                document = _lint(settings, record.text, unit.shown, record.record_id, record.number, out.tally)
                fixed = document.fixed
                if fixed is not None or document.diagnostics or document.encoded:
                    out.documents.append(document)
            if pieces is not None:
                pieces.append(raw if fixed is None else replace_text(record, fixed, settings.text_field))
        if pieces is not None:
            out.output = b"".join(pieces)
    linter = _linters.get(unit.settings)
    if linter is not None:
        before = linters_before.get(id(linter), {})
        out.rule_seconds = {code: seconds - before.get(code, 0.0) for code, seconds in linter.timings.items()}
        out.problems = linter.problems
    # A worker process ends without running atexit: what it compiled is kept now.
    patterns.programs.save()
    return out


# -- the coordinating side ------------------------------------------------------------


def _read_range(unit: JsonlUnit) -> bytes | None:
    """The unit's bytes, read from its file; None if the file no longer holds them."""
    try:
        with open(unit.path, "rb") as handle:
            handle.seek(unit.offset)
            data = handle.read(unit.length)
    except OSError:
        return None
    return data if len(data) == unit.length else None


def jsonl_units(
    handle, shown: str, settings: Settings, *, by_reference: str | None = None, workers: int = 1
) -> Iterator[JsonlUnit]:
    """Cut a JSONL stream into units of whole lines, reading it once, a chunk at a time.
    With ``by_reference`` (the path of the plain file ``handle`` reads), the units hold
    where their lines are instead of the lines; and for several ``workers``, the units
    get smaller towards the end of the file, so that the workers finish together (the
    last of equal units may leave one worker linting it alone)."""
    line_number = 1
    offset = 0
    carry = b""
    size = os.fstat(handle.fileno()).st_size if by_reference is not None and workers > 1 else None

    def unit(data: bytes) -> JsonlUnit:
        if by_reference is None:
            return JsonlUnit(shown, settings, data, line_number)
        return JsonlUnit(shown, settings, None, line_number, by_reference, offset, len(data))

    while True:
        wanted = CHUNK_BYTES
        if size is not None:
            unread = size - offset - len(carry)
            wanted = max(MIN_CHUNK_BYTES, min(CHUNK_BYTES, unread // (2 * workers)))
        block = handle.read(wanted)
        if not block:
            break
        block = carry + block
        cut = block.rfind(b"\n") + 1
        if cut == 0:
            carry = block  # one line longer than a chunk: keep reading until it ends
            continue
        data, carry = block[:cut], block[cut:]
        yield unit(data)
        line_number += data.count(b"\n")
        offset += len(data)
    if carry:
        yield unit(carry)


def _ordered(executor: Executor, units: Iterable, jobs: int) -> Iterator[UnitResult]:
    """The results of ``units`` in their order. Every worker is kept fed while an earlier
    unit is still being linted: a unit slower than the ones after it holds back only the
    output, not the workers (up to ``HELD_PER_JOB`` units a worker, which bounds the
    memory the waiting results take)."""
    from concurrent.futures import FIRST_COMPLETED, wait

    units = iter(units)
    pending: deque = deque()  # submitted, in unit order, until yielded
    running: set = set()  # submitted and not yet done
    more = True
    while more or pending:
        while more and len(running) < FED_PER_JOB * jobs and len(pending) < HELD_PER_JOB * jobs:
            unit = next(units, None)
            if unit is None:
                more = False
                break
            future = executor.submit(run_unit, unit)
            pending.append(future)
            running.add(future)
        if pending and not pending[0].done():
            _, running = wait(running, return_when=FIRST_COMPLETED)
        else:
            running = {future for future in running if not future.done()}
        while pending and pending[0].done():
            yield pending.popleft().result()


def run_units(
    units: Iterable, options: RunOptions, jobs: int, linters: dict[Settings, Linter] | None = None
) -> Iterator[UnitResult]:
    """Results of ``units`` in their order, linted in ``jobs`` processes. ``linters``:
    linters already built with ``options`` for some settings, used instead of new ones."""
    _prepare(options, linters or {})
    if jobs <= 1:
        for unit in units:
            yield run_unit(unit)
        return
    # Imported here: a run in one process (pre-commit's, on a few files) never needs them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    # fork starts workers with newslint already imported and its rules compiled.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(options,)) as executor:
        yield from _ordered(executor, units, jobs)


def default_jobs(paths: list[str]) -> int:
    """All cores for a corpus; one process for a small input, where starting workers
    would cost more than it saves."""
    total = 0
    for path in paths:
        try:
            total += os.path.getsize(path)
        except OSError:
            continue
        if total >= PARALLEL_FROM_BYTES:
            return os.cpu_count() or 1
    return 1
