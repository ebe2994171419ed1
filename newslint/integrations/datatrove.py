"""newslint as `datatrove <https://github.com/huggingface/datatrove>`_ pipeline steps.

``pip install 'newslint[datatrove]'``, then::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newslint.integrations.datatrove import NewslintFilter, NewslintFormatter

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("corpus/"),
            NewslintFormatter(),                  # apply safe fixes
            NewslintFilter(drop_on=["credit"]),   # then drop what still has a photo credit
            JsonlWriter("clean/"),
        ],
        tasks=8,
        logging_dir="logs/newslint",
    ).run()

``NewslintFilter`` drops (or, with ``annotate_only=True``, annotates) documents that hold
diagnostics; ``NewslintFormatter`` applies fixes to ``doc.text``. Both count what they saw
per rule in datatrove's stats (``logging_dir/stats.json``).

datatrove pickles pipeline steps to send them to its workers (processes, Slurm jobs, Ray
actors). A step therefore stores only its arguments; the ``Linter`` is built on first use,
once per worker process, and shared by every step with the same rule selection there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.formatters.base import BaseFormatter
except ImportError as error:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        f"newslint.integrations.datatrove needs datatrove, which could not be imported ({error}). "
        "Install it with: pip install 'newslint[datatrove]'",
        name=getattr(error, "name", None),
    ) from error

from .. import patterns
from ..config import ConfigError, Settings
from ..engine import Linter, coerce_settings
from ..model import Category, Diagnostic
from ..registry import SelectorError
from ..rule import Rule

__all__ = ["NewslintFilter", "NewslintFormatter"]

ConfigLike = Settings | Mapping | str | Path | None


@lru_cache(maxsize=16)
def _shared_linter(
    settings: Settings,
    select: tuple[str, ...] | None,
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    rules: tuple,
) -> Linter:
    """One Linter per rule selection and process: loading and compiling rules costs more
    than checking a short article, and datatrove may run many tasks in one worker."""
    return Linter(settings, select=select, ignore=ignore, extend_select=extend_select, rules=rules)


def _selectors(value: Iterable[str] | str | None) -> tuple[str, ...] | None:
    """Selectors as a tuple; a string may hold several, comma-separated (as on the CLI)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    return tuple(s.strip() for s in value if s.strip())


def _record_id(doc: Document) -> str | None:
    return None if doc.id is None else str(doc.id)


def diagnostic_record(diagnostic: Diagnostic) -> dict:
    """``Diagnostic.to_dict()`` without ``path`` (a datatrove document has no path;
    ``document`` is the document's id): the shape stored in ``doc.metadata``."""
    data = diagnostic.to_dict()
    del data["path"]
    return data


def _keep_compiled_patterns() -> None:
    # An executor's worker may end without running atexit: keep what this task compiled
    # for the next task and the next run (``newslint.program_cache``).
    patterns.programs.save()


class _LinterStep:
    """What both steps share: the rule selection, and the Linter built from it lazily."""

    def _configure(self, config, select, ignore, extend_select, rules) -> None:
        # Resolve the configuration here (a file is read once, in the driver); Settings is a
        # frozen dataclass, so it pickles and the workers need no access to the file.
        self.settings: Settings = coerce_settings(config)
        self.select = _selectors(select)
        self.ignore = _selectors(ignore) or ()
        self.extend_select = _selectors(extend_select) or ()
        self.rules: tuple[Rule | type[Rule], ...] = tuple(rules)
        # Fail now, in the driver, on a bad selector or configuration. The Linter is cached
        # for this process but not kept on the step (executors serialise the step's fields).
        self._build_linter()

    def _build_linter(self) -> Linter:
        return _shared_linter(self.settings, self.select, self.ignore, self.extend_select, self.rules)

    @property
    def linter(self) -> Linter:
        linter = self.__dict__.get("_linter")
        if linter is None:
            linter = self.__dict__["_linter"] = self._build_linter()
        return linter

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        yield from super().run(data, rank, world_size)
        _keep_compiled_patterns()

    def __getstate__(self) -> dict:
        # Never ship a Linter to a worker: it is rebuilt (or found in the cache) there.
        state = dict(self.__dict__)
        state.pop("_linter", None)
        state.pop("_drop_codes", None)
        return state


class NewslintFilter(_LinterStep, BaseFilter):
    """Drop documents that newslint flags, or annotate them.

    Args:
        select, ignore, extend_select: rule selectors (codes ``NL201``, prefixes ``NL2``, rule
            names, categories ``credit``, ``ALL``), as on the command line; a string may list
            several, comma-separated. ``select`` replaces the configuration's selection,
            the other two add to it. Default: every stable rule.
        config: a ``Settings``, a ``[tool.newslint]``-shaped dict, or the path of a
            ``newslint.toml`` / ``pyproject.toml`` (read once, when the step is made, so the
            workers do not need the file; plugins and rule packs it names must exist on
            them, at the same paths). ``per-record-ignores`` match the datatrove document
            id; ``per-file-ignores`` do not apply (a datatrove document has no path).
        rules: extra ``Rule`` classes registered for this step only (they must be importable
            by the workers, i.e. defined in a module, not in ``__main__`` of a notebook).
        drop_on: selectors of the diagnostics that count towards dropping (for example
            ``["credit", "NL101"]``). Default: every diagnostic of the selection. Engine
            diagnostics (``NL001``-``NL003``: a rule failed, a bad suppression comment) never
            count: they say something about the run, not about the text.
        max_per_1000_chars: drop a document only when it holds more than this many counted
            diagnostics per 1,000 characters. Default ``None``: one counted diagnostic is
            enough.
        annotate_only: keep every document and store its diagnostics (all of the selection,
            whatever ``drop_on`` says) in ``doc.metadata[metadata_key]``, as a list of
            ``Diagnostic.to_dict()`` without ``path`` (``[]`` for a clean document).
        metadata_key: the metadata key for the diagnostics. Dropped documents carry them
            too, so an ``exclusion_writer`` records why each one was dropped. ``None``: do
            not store them (not allowed with ``annotate_only``).
        exclusion_writer: a datatrove writer for the dropped documents.

    Stats (per task in ``logging_dir/stats/``, merged in ``logging_dir/stats.json``), next to
    datatrove's ``total``, ``forwarded`` and ``dropped``:

    - ``dropped_<CODE>_<rule-name>``: documents dropped, by the rule behind the drop (the
      counted rule with the most diagnostics in the document; on a tie, the one found
      first). With ``annotate_only`` the same counts are ``flagged_<CODE>_<rule-name>``,
      plus ``flagged`` for the total: the documents that would have been dropped.
    - ``diagnostics_<CODE>``: diagnostics of each rule (``total``), over how many
      documents (``n``), in every document checked, kept or not.
    """

    name = "📰 newslint"

    def __init__(
        self,
        select: Iterable[str] | str | None = None,
        ignore: Iterable[str] | str | None = None,
        config: ConfigLike = None,
        *,
        drop_on: Iterable[str] | str | None = None,
        max_per_1000_chars: float | None = None,
        annotate_only: bool = False,
        metadata_key: str | None = "newslint",
        exclusion_writer=None,
        extend_select: Iterable[str] | str | None = None,
        rules: Iterable[Rule | type[Rule]] = (),
    ):
        super().__init__(exclusion_writer)
        if annotate_only and not metadata_key:
            raise ValueError("annotate_only=True needs a metadata_key to store the diagnostics under")
        if max_per_1000_chars is not None and not max_per_1000_chars >= 0:
            raise ValueError(f"max_per_1000_chars must be a number >= 0, not {max_per_1000_chars!r}")
        self.drop_on = _selectors(drop_on)
        self.max_per_1000_chars = max_per_1000_chars
        self.annotate_only = annotate_only
        self.metadata_key = metadata_key
        self._configure(config, select, ignore, extend_select, rules)
        if self.drop_on is not None:
            try:  # validate drop_on now, in the driver
                self._build_linter().registry.matcher(self.drop_on)
            except SelectorError as error:
                raise ConfigError(f"drop_on: {error}") from None

    @property
    def drop_codes(self) -> frozenset[str] | None:
        """The codes ``drop_on`` covers (``None``: every rule of the selection)."""
        if self.drop_on is None:
            return None
        codes = self.__dict__.get("_drop_codes")
        if codes is None:
            codes = self.__dict__["_drop_codes"] = self.linter.registry.matcher(self.drop_on)
        return codes

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        # BaseFilter.run already times this call (track_time is not re-entrant).
        diagnostics = self.linter.check(doc.text, record_id=_record_id(doc))
        for code, count in Counter(d.code for d in diagnostics).items():
            self.stat_update(f"diagnostics_{code}", value=count)
        reason = self._drop_reason(doc.text, diagnostics)
        if self.annotate_only:
            doc.metadata[self.metadata_key] = [diagnostic_record(d) for d in diagnostics]
            if reason:
                self.stat_update("flagged", f"flagged_{reason}")
            return True
        if reason is None:
            return True
        if self.metadata_key:
            doc.metadata[self.metadata_key] = [diagnostic_record(d) for d in diagnostics]
        return False, reason

    def _drop_reason(self, text: str, diagnostics: list[Diagnostic]) -> str | None:
        """``CODE_rule-name`` of the rule that gets the document dropped, or ``None``."""
        codes = self.drop_codes
        counted = [
            d for d in diagnostics if d.category is not Category.INTERNAL and (codes is None or d.code in codes)
        ]
        if not counted:
            return None
        limit = self.max_per_1000_chars
        if limit is not None and text and len(counted) * 1000 / len(text) <= limit:
            return None
        # most_common keeps first-seen order among equal counts; diagnostics come sorted by position.
        code = Counter(d.code for d in counted).most_common(1)[0][0]
        rule = next(d.rule for d in counted if d.code == code)
        return f"{code}_{rule}"


class NewslintFormatter(_LinterStep, BaseFormatter):
    """Apply newslint's fixes to ``doc.text``.

    Args:
        unsafe: apply unsafe fixes too. Default ``None``: as the configuration says
            (``unsafe-fixes``, false unless set), so ``NewslintFormatter()`` applies safe
            fixes only.
        select, ignore, extend_select, config, rules: the rule selection, as for
            ``NewslintFilter``.
        metadata_key: ``doc.metadata[metadata_key]`` gets the sorted codes of the rules whose
            fixes changed the text (``[]`` when nothing changed). ``None``: do not record.

    Stats, next to datatrove's ``total``: ``changed`` (documents whose text changed),
    ``fixed_<CODE>`` (fixes applied per rule: ``total`` fixes over ``n`` documents) and
    ``not_converged`` (documents still fixable after the fix loop gave up, ``NL001``).
    """

    name = "📰 newslint fix"

    def __init__(
        self,
        unsafe: bool | None = None,
        select: Iterable[str] | str | None = None,
        ignore: Iterable[str] | str | None = None,
        config: ConfigLike = None,
        *,
        metadata_key: str | None = "newslint_fixes",
        extend_select: Iterable[str] | str | None = None,
        rules: Iterable[Rule | type[Rule]] = (),
    ):
        super().__init__()
        self.unsafe = unsafe
        self.metadata_key = metadata_key
        self._configure(config, select, ignore, extend_select, rules)

    def format(self, text: str) -> str:
        """The fixed text (datatrove's ``BaseFormatter`` interface, for use outside ``run``)."""
        return self.linter.fix(text, unsafe=self.unsafe).text

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        # BaseFormatter.run hands format() only the text; fixing needs the document (its id
        # for per-record-ignores, its metadata for the record of what changed).
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                result = self.linter.fix(doc.text, unsafe=self.unsafe, record_id=_record_id(doc))
            fixed = Counter(d.code for d in result.applied)
            if result.text != doc.text:
                doc.text = result.text
                self.stat_update("changed")
            for code, count in fixed.items():
                self.stat_update(f"fixed_{code}", value=count)
            if any(d.code == "NL001" for d in result.remaining):
                self.stat_update("not_converged")
            if self.metadata_key:
                doc.metadata[self.metadata_key] = sorted(fixed)
            yield doc
        _keep_compiled_patterns()
