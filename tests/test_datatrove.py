"""newslint's datatrove steps, run in real datatrove pipelines (LocalPipelineExecutor with
2 tasks and 2 worker processes over sharded JSONL; RayPipelineExecutor on a local Ray)."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSONL reader and writer need it

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402
from datatrove.utils.stats import MetricStats  # noqa: E402

import newslint  # noqa: E402
from newslint import Category, Diagnostic, Edit, Fix, FixAvailability, Rule  # noqa: E402
from newslint.integrations import datatrove as integration  # noqa: E402
from newslint.integrations.datatrove import NewslintFilter, NewslintFormatter  # noqa: E402

# Invented articles. The clean ones are plain prose that no rule should flag; each dirty one
# carries known scraping debris.
CLEAN = {
    "clean-library": (
        "The regional library reopened on Monday after a two-year renovation that added a reading "
        "garden and a wing for children.\n\nMore than 600 visitors came through the doors in the "
        "first hour, the head librarian said."
    ),
    "clean-bakery": (
        "A bakery on Mill Street has won the county prize for rye bread for the third year running."
        "\n\nThe owners said they would spend the prize money on a second oven."
    ),
    "clean-rail": (
        "Night trains between the two capitals will run again from April, the rail operator "
        "announced on Tuesday.\n\nTickets go on sale next week."
    ),
}
DIRTY = {
    # NL201: a photo credit line
    "dirty-credit": (
        "Fishermen in the northern bay say the cod season was the shortest in a decade.\n\n"
        "Jonas Berg | Moment | Getty Images\n\n"
        "The fisheries office will publish its own count in June."
    ),
    # NL501 twice: duplicated punctuation (the most frequent rule of this document)
    "dirty-punct": (
        "The old bridge will close for repairs in March. . Drivers are asked to use the ring road,, "
        "the council said.\n\nWork is expected to last six weeks."
    ),
    # NL101: a comment prompt at the end
    "dirty-comment": (
        "The town's only cinema will show films outdoors this summer.\n\nThe first screening is on "
        "the first Friday of July.\n\nLeave a Comment"
    ),
    # NL201 once and NL501 once: a tie, broken by the first found (the credit line)
    "dirty-mixed": (
        "Hikers were rescued from the ridge late on Sunday.\n\nAnna Kowalski | AFP\n\n"
        "The mountain service said the weather had turned quickly. ."
    ),
}
ARTICLES = CLEAN | DIRTY
# The rules the dirty articles were written for. Tests that pin exact counts select these, so
# rules added to newslint later cannot change what they expect.
KNOWN = ("NL101", "NL201", "NL501")
SHARDS = [
    ["clean-library", "dirty-credit", "dirty-punct"],
    ["clean-bakery", "dirty-comment", "clean-rail", "dirty-mixed"],
]
EXPECTED_REASON = {
    "dirty-credit": "NL201_pipe-separated-credit",
    "dirty-punct": "NL501_duplicated-punctuation",
    "dirty-comment": "NL101_comment-prompt",
    "dirty-mixed": "NL201_pipe-separated-credit",
}
FILTER_NAME = "🔻 - FILTER: 📰 newslint"
FORMATTER_NAME = "✂️ - FORMAT: 📰 newslint fix"


# -- helpers --------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two JSONL shards of the articles (with an extra field that must survive)."""
    folder = tmp_path / "input"
    folder.mkdir()
    for index, ids in enumerate(SHARDS):
        with open(folder / f"shard-{index}.jsonl", "w", encoding="utf-8") as handle:
            for doc_id in ids:
                handle.write(json.dumps({"id": doc_id, "text": ARTICLES[doc_id], "source": f"shard-{index}"}) + "\n")
    return folder


def run_local(corpus: Path, tmp_path: Path, *steps, name: str = "run") -> Path:
    """Run ``JsonlReader(corpus) -> *steps -> JsonlWriter`` with 2 tasks on 2 workers;
    return the run's folder (``out/``, ``logs/``)."""
    base = tmp_path / name
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(corpus), glob_pattern="*.jsonl"),
            *steps,
            JsonlWriter(str(base / "out"), output_filename="${rank}.jsonl", compression=None),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(base / "logs"),
    ).run()
    return base


def read_output(folder: Path) -> dict[str, dict]:
    records = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            records[record["id"]] = record
    return records


def step_stats(logs: Path, step_name: str, stats_file: str = "stats.json") -> dict[str, float]:
    """The merged stats of one step, as ``{counter: total}``."""
    (entry,) = [s for s in json.loads((logs / stats_file).read_text()) if s["name"] == step_name]
    return {key: MetricStats.from_dict(value).total for key, value in entry["stats"].items()}


def assert_both_tasks_did_work(logs: Path, step_name: str) -> None:
    """Each of the 2 tasks (one per shard) wrote its own stats and saw documents."""
    for rank, ids in enumerate(SHARDS):
        assert step_stats(logs, step_name, f"stats/{rank:05d}.json")["total"] == len(ids)


def oracle_flagged(**kwargs) -> set[str]:
    """The articles newslint itself flags with this selection (non-engine diagnostics)."""
    return {
        doc_id
        for doc_id, text in ARTICLES.items()
        if any(d.category is not Category.INTERNAL for d in newslint.check(text, **kwargs))
    }


# -- importing --------------------------------------------------------------------------


def test_importing_newslint_does_not_import_datatrove():
    code = (
        "import sys, newslint, newslint.api, newslint.cli, newslint.integrations\n"
        "newslint.check('x')\n"
        "assert 'datatrove' not in sys.modules, 'datatrove was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_integration_without_datatrove_says_how_to_install_it():
    code = (
        "import sys\n"
        "sys.modules['datatrove'] = None  # as if it were not installed\n"
        "import newslint.integrations.datatrove\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError:"), last
    assert "pip install 'newslint[datatrove]'" in last


# -- NewslintFilter in a LocalPipelineExecutor -----------------------------------------------


def test_default_filter_drops_every_flagged_document(corpus, tmp_path):
    """``NewslintFilter()``: every document with a diagnostic of the default selection goes.
    Checked against ``newslint.check`` itself, so rules added later do not break it."""
    flagged = oracle_flagged()
    assert set(DIRTY) <= flagged and set(CLEAN) - flagged  # the invented corpus is what it claims
    rejected = tmp_path / "rejected"
    run = run_local(
        corpus,
        tmp_path,
        NewslintFilter(
            exclusion_writer=JsonlWriter(str(rejected), output_filename="${rank}.jsonl", compression=None)
        ),
    )

    kept = read_output(run / "out")
    assert set(kept) == set(ARTICLES) - flagged
    for doc_id, record in kept.items():
        assert record["text"] == ARTICLES[doc_id]
        assert record["metadata"]["source"] in ("shard-0", "shard-1")  # other fields survive
        assert "newslint" not in record["metadata"]  # kept documents are not annotated

    # The exclusion writer gets each dropped document with its reason and its diagnostics.
    dropped = read_output(rejected)
    assert set(dropped) == flagged
    expected_counts: Counter[str] = Counter()
    for doc_id, record in dropped.items():
        found = newslint.check(ARTICLES[doc_id], record_id=doc_id)
        expected_counts.update(d.code for d in found)
        assert record["metadata"]["filter_reason"] in {f"{d.code}_{d.rule}" for d in found}
        diagnostics = record["metadata"]["newslint"]
        assert [d["code"] for d in diagnostics] == [d.code for d in found]
        assert all("path" not in d and d["document"] == doc_id for d in diagnostics)

    stats = step_stats(run / "logs", FILTER_NAME)
    assert stats["total"] == len(ARTICLES)
    assert stats["forwarded"] == len(ARTICLES) - len(flagged)
    assert stats["dropped"] == len(flagged)
    assert sum(v for k, v in stats.items() if k.startswith("dropped_")) == len(flagged)
    assert {k: v for k, v in stats.items() if k.startswith("diagnostics_")} == {
        f"diagnostics_{code}": count for code, count in expected_counts.items()
    }
    assert_both_tasks_did_work(run / "logs", FILTER_NAME)


def test_filter_reports_a_reason_per_rule(corpus, tmp_path):
    rejected = tmp_path / "rejected"
    run = run_local(
        corpus,
        tmp_path,
        NewslintFilter(
            select=KNOWN,
            exclusion_writer=JsonlWriter(str(rejected), output_filename="${rank}.jsonl", compression=None),
        ),
    )

    assert set(read_output(run / "out")) == set(CLEAN)
    dropped = read_output(rejected)
    assert {doc_id: r["metadata"]["filter_reason"] for doc_id, r in dropped.items()} == EXPECTED_REASON
    stats = step_stats(run / "logs", FILTER_NAME)
    assert stats["dropped"] == len(DIRTY)
    assert stats["dropped_NL201_pipe-separated-credit"] == 2
    assert stats["dropped_NL501_duplicated-punctuation"] == 1
    assert stats["dropped_NL101_comment-prompt"] == 1
    # Diagnostics per rule over all documents: NL501 twice in one, once in another.
    assert stats["diagnostics_NL501"] == 3
    assert stats["diagnostics_NL201"] == 2
    assert stats["diagnostics_NL101"] == 1
    assert_both_tasks_did_work(run / "logs", FILTER_NAME)


def test_filter_drops_only_on_chosen_selectors(corpus, tmp_path):
    run = run_local(corpus, tmp_path, NewslintFilter(select=KNOWN, drop_on=["credit", "comment-prompt"]))

    kept = read_output(run / "out")
    assert set(kept) == set(CLEAN) | {"dirty-punct"}
    stats = step_stats(run / "logs", FILTER_NAME)
    assert stats["dropped"] == 3
    # dirty-mixed has as many NL501 as NL201 diagnostics, but only NL201 counts here.
    assert stats["dropped_NL201_pipe-separated-credit"] == 2
    assert stats["dropped_NL101_comment-prompt"] == 1
    assert "dropped_NL501_duplicated-punctuation" not in stats
    assert stats["diagnostics_NL501"] == 3  # still counted, though it drops nothing


def test_annotate_only_keeps_everything_and_stores_the_diagnostics(corpus, tmp_path):
    selection = ["NL201", "NL501"]
    run = run_local(corpus, tmp_path, NewslintFilter(annotate_only=True, select=selection))

    kept = read_output(run / "out")
    assert set(kept) == set(ARTICLES)
    for doc_id, record in kept.items():
        expected = [d.to_dict() for d in newslint.check(ARTICLES[doc_id], select=selection, record_id=doc_id)]
        for item in expected:
            del item["path"]
        assert record["metadata"]["newslint"] == expected
        assert record["text"] == ARTICLES[doc_id]
    # Spot-check the JSON shape against the known debris.
    (credit,) = kept["dirty-credit"]["metadata"]["newslint"]
    assert credit["code"] == "NL201" and credit["category"] == "credit" and credit["line"] == 3
    assert ARTICLES["dirty-credit"][credit["start"] : credit["end"]] == "Jonas Berg | Moment | Getty Images"
    assert credit["fix"]["applicability"] == "safe"
    assert kept["dirty-comment"]["metadata"]["newslint"] == []  # NL101 is not selected
    assert kept["clean-rail"]["metadata"]["newslint"] == []

    stats = step_stats(run / "logs", FILTER_NAME)
    assert stats["forwarded"] == len(ARTICLES)
    assert "dropped" not in stats
    assert stats["flagged"] == 3
    assert stats["flagged_NL201_pipe-separated-credit"] == 2
    assert stats["flagged_NL501_duplicated-punctuation"] == 1
    assert "diagnostics_NL101" not in stats
    assert_both_tasks_did_work(run / "logs", FILTER_NAME)


# -- NewslintFormatter in a LocalPipelineExecutor ----------------------------------------


def test_default_formatter_applies_the_safe_fixes(corpus, tmp_path):
    run = run_local(corpus, tmp_path, NewslintFormatter())

    out = read_output(run / "out")
    assert set(out) == set(ARTICLES)
    changed = 0
    for doc_id, record in out.items():
        result = newslint.fix(ARTICLES[doc_id], record_id=doc_id)
        assert record["text"] == result.text
        assert record["metadata"]["newslint_fixes"] == sorted({d.code for d in result.applied})
        changed += result.text != ARTICLES[doc_id]
    assert changed >= len(DIRTY)
    assert step_stats(run / "logs", FORMATTER_NAME)["changed"] == changed


def test_formatter_fixes_the_text_and_records_the_rules(corpus, tmp_path):
    run = run_local(corpus, tmp_path, NewslintFormatter(select=KNOWN), NewslintFilter(annotate_only=True, select=KNOWN))

    out = read_output(run / "out")
    assert set(out) == set(ARTICLES)
    for record in out.values():
        assert record["metadata"]["newslint"] == []  # nothing left to report after fixing
    assert out["dirty-credit"]["text"] == (
        "Fishermen in the northern bay say the cod season was the shortest in a decade.\n\n"
        "The fisheries office will publish its own count in June."
    )
    assert out["dirty-punct"]["text"] == (
        "The old bridge will close for repairs in March. Drivers are asked to use the ring road, "
        "the council said.\n\nWork is expected to last six weeks."
    )
    assert out["dirty-comment"]["text"].endswith("the first Friday of July.")
    assert out["dirty-mixed"]["metadata"]["newslint_fixes"] == ["NL201", "NL501"]
    assert out["dirty-punct"]["metadata"]["newslint_fixes"] == ["NL501"]
    for doc_id in CLEAN:
        assert out[doc_id]["text"] == ARTICLES[doc_id]
        assert out[doc_id]["metadata"]["newslint_fixes"] == []

    stats = step_stats(run / "logs", FORMATTER_NAME)
    assert stats["total"] == len(ARTICLES)
    assert stats["changed"] == len(DIRTY)
    assert stats["fixed_NL501"] == 3
    assert stats["fixed_NL201"] == 2
    assert stats["fixed_NL101"] == 1
    assert "not_converged" not in stats
    assert step_stats(run / "logs", FILTER_NAME).get("flagged", 0) == 0
    assert_both_tasks_did_work(run / "logs", FORMATTER_NAME)


def test_the_example_pipeline_runs(tmp_path):
    example = Path(__file__).resolve().parent.parent / "examples" / "datatrove_pipeline.py"
    result = subprocess.run(
        [sys.executable, str(example), "-o", str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out, rejected = read_output(tmp_path / "clean"), read_output(tmp_path / "rejected")
    # Every document ends up in exactly one place (the bundled article.txt may gain
    # unfixable findings as rules are added, so where "ferry" goes is not pinned here).
    assert sorted([*out, *rejected]) == ["bay", "bridge", "ferry", "hikers", "library"]
    assert out["bridge"]["text"] == "The old bridge will close for repairs in March. Drivers are asked to use the ring road, the council said."
    assert "Getty Images" not in out["bay"]["text"] and "Getty Images" not in out["ferry"]["text"]
    assert "fixed_NL201: 2" in result.stdout


# -- the steps without an executor (fast) -------------------------------------------------------


def run_step(step, *docs: Document) -> list[Document]:
    return list(step.run(iter(docs)))


def doc(doc_id: str, text: str | None = None) -> Document:
    return Document(text=ARTICLES[doc_id] if text is None else text, id=doc_id)


def test_threshold_per_1000_characters():
    text = ARTICLES["dirty-punct"]  # two NL501 diagnostics
    density = 2 * 1000 / len(text)
    at_limit = NewslintFilter(select=KNOWN, max_per_1000_chars=density)
    below = NewslintFilter(select=KNOWN, max_per_1000_chars=density - 0.01)
    assert run_step(at_limit, doc("dirty-punct")) != []  # not more than the limit: kept
    assert run_step(below, doc("dirty-punct")) == []
    assert below.stats["dropped_NL501_duplicated-punctuation"].total == 1
    # The same two diagnostics in a text ten times longer fall under the limit.
    long_text = text + ("\n\nThe council thanked residents for their patience." * 30)
    assert run_step(below, doc("long", long_text)) != []


def test_the_reason_is_the_rule_with_most_diagnostics():
    text = "Hikers were rescued.\n\nAnna Kowalski | AFP\n\nThe weather turned,, and then it snowed. ."
    step = NewslintFilter(select=KNOWN)
    assert run_step(step, doc("x", text)) == []
    assert step.stats["dropped_NL501_duplicated-punctuation"].total == 1
    assert "dropped_NL201_pipe-separated-credit" not in step.stats.stats


def test_engine_diagnostics_never_drop_a_document():
    def boom(self, document):
        raise RuntimeError("broken rule")

    broken = type(
        "BrokenRule", (Rule,),
        {
            "__doc__": newslint.get_rule("NL501").__doc__, "code": "NL999", "name": "broken-rule",
            "category": Category.STRUCTURE, "summary": "Always fails", "check": boom,
            "fix_availability": FixAvailability.NEVER,
        },
    )
    step = NewslintFilter(select=["NL999"], rules=[broken])
    kept = run_step(step, doc("clean-bakery"))
    assert [d.id for d in kept] == ["clean-bakery"]
    assert step.stats["diagnostics_NL002"].total == 1
    assert step.stats["dropped"].total == 0


def test_per_record_ignores_match_the_document_id():
    step = NewslintFilter(select=KNOWN, config={"per-record-ignores": {"dirty-cr*": ["credit"]}})
    kept = run_step(step, doc("dirty-credit"), doc("dirty-mixed"))
    assert [d.id for d in kept] == ["dirty-credit"]


def test_selectors_are_validated_when_the_step_is_made():
    with pytest.raises(newslint.ConfigError, match="nonsense"):
        NewslintFilter(select=["nonsense"])
    with pytest.raises(newslint.ConfigError, match="drop_on: .*nonsense"):
        NewslintFilter(drop_on="credit,nonsense")
    with pytest.raises(ValueError, match="metadata_key"):
        NewslintFilter(annotate_only=True, metadata_key=None)
    with pytest.raises(newslint.ConfigError):
        NewslintFormatter(config={"selct": ["ALL"]})


class UnsafeShout(Rule):
    """## What it does
    Finds "BREAKING:" prefixes.

    ## Why is this bad?
    Headline chrome.

    ## Example
    ```text
    BREAKING: it rained
    ```

    ## Use instead
    ```text
    it rained
    ```

    ## Fix safety
    Unsafe: it may be part of a quote.
    """

    code = "NL998"
    name = "breaking-prefix"
    category = Category.STRUCTURE
    summary = "BREAKING prefix"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document):
        start = document.text.find("BREAKING: ")
        if start >= 0:
            yield self.diagnostic(document, start, start + 10, fix=Fix.unsafe("Drop it", Edit(start, start + 10)))


def test_formatter_applies_unsafe_fixes_only_when_asked():
    text = "BREAKING: the dam held.. Residents returned home."
    safe = NewslintFormatter(rules=[UnsafeShout])
    (fixed,) = run_step(safe, doc("x", text))
    assert fixed.text == "BREAKING: the dam held. Residents returned home."
    assert fixed.metadata["newslint_fixes"] == ["NL501"]

    unsafe = NewslintFormatter(unsafe=True, rules=[UnsafeShout], metadata_key="fixes")
    (fixed,) = run_step(unsafe, doc("x", text))
    assert fixed.text == "the dam held. Residents returned home."
    assert fixed.metadata == {"fixes": ["NL501", "NL998"]}
    assert unsafe.stats["fixed_NL998"].total == 1
    assert unsafe.format(text) == "the dam held. Residents returned home."
    (quiet,) = run_step(NewslintFormatter(metadata_key=None), doc("x", text))
    assert quiet.metadata == {} and quiet.text == "BREAKING: the dam held. Residents returned home."
    # The configuration's unsafe-fixes is the default.
    configured = NewslintFormatter(config={"unsafe-fixes": True}, rules=[UnsafeShout])
    assert configured.format(text) == "the dam held. Residents returned home."


def test_steps_pickle_without_a_linter_and_share_one_per_process():
    step = NewslintFilter(drop_on=["credit"])
    run_step(step, doc("dirty-credit"))  # builds and caches the linter on the step
    assert "_linter" in step.__dict__
    payload = pickle.dumps(step)
    assert b"newslint.engine" not in payload  # no Linter (nor its compiled rules) inside
    assert len(payload) < 4000
    clone = pickle.loads(payload)
    assert "_linter" not in clone.__dict__
    assert run_step(clone, doc("dirty-credit"), doc("dirty-punct"))[0].id == "dirty-punct"
    # Every step with the same selection in this process uses the same Linter.
    assert clone.linter is step.linter is NewslintFilter(drop_on=["NL101"]).linter
    assert NewslintFormatter(select=["credit"]).linter is not step.linter
    assert integration._shared_linter.cache_info().currsize >= 2


# -- Ray --------------------------------------------------------------------------------


# datatrove 0.10 passes Ray options that Ray 2.60 deprecates; not ours to fix.
@pytest.mark.filterwarnings("ignore:placement_group:DeprecationWarning")
def test_ray_pipeline_executor(corpus, tmp_path, monkeypatch):
    ray = pytest.importorskip("ray")
    RayPipelineExecutor = pytest.importorskip("datatrove.executor.ray").RayPipelineExecutor  # datatrove >= 0.5

    # A local, throwaway Ray instance: no dashboard, no token written to the home folder.
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    monkeypatch.setenv("RAY_USAGE_STATS_ENABLED", "0")
    began = time.monotonic()
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, object_store_memory=100 * 1024**2)
    try:
        RayPipelineExecutor(
            pipeline=[
                JsonlReader(str(corpus), glob_pattern="*.jsonl"),
                NewslintFormatter(select=["NL501"]),
                NewslintFilter(select=KNOWN),
                JsonlWriter(str(tmp_path / "out"), output_filename="${rank}.jsonl", compression=None),
            ],
            tasks=2,
            workers=2,
            cpus_per_task=1,
            mem_per_cpu_gb=0.5,
            logging_dir=str(tmp_path / "logs"),
        ).run()
    finally:
        ray.shutdown()
    elapsed = time.monotonic() - began

    out = read_output(tmp_path / "out")
    # Punctuation was fixed first, so only the credit and comment debris gets documents dropped.
    assert set(out) == set(CLEAN) | {"dirty-punct"}
    assert out["dirty-punct"]["metadata"]["newslint_fixes"] == ["NL501"]
    assert ". ." not in out["dirty-punct"]["text"]
    stats = step_stats(tmp_path / "logs", FILTER_NAME)
    assert stats["dropped_NL201_pipe-separated-credit"] == 2
    assert stats["dropped_NL101_comment-prompt"] == 1
    assert step_stats(tmp_path / "logs", FORMATTER_NAME)["fixed_NL501"] == 3
    assert_both_tasks_did_work(tmp_path / "logs", FORMATTER_NAME)
    assert elapsed < 120, f"the Ray run took {elapsed:.0f}s"


@pytest.mark.parametrize("make_step", [NewslintFilter, NewslintFormatter], ids=["filter", "formatter"])
def test_a_step_keeps_what_its_task_compiled(make_step, tmp_path, monkeypatch):
    """An executor's worker may end without running atexit, so each step saves the
    patterns its task compiled when the task's documents run out."""
    from newslint import patterns
    from newslint.program_cache import ProgramCache

    programs = ProgramCache(tmp_path / "programs")
    monkeypatch.setattr(patterns, "programs", programs)
    pattern = patterns.BoundedPattern(r"(?i)step\h+(?P<n>\d+)", 0, 1.0)  # compiled through ``programs``
    pattern.search("Step 1")
    assert not (tmp_path / "programs").exists()
    kept = run_step(make_step(), doc("1", "A plain sentence."))
    assert len(kept) == 1
    assert (tmp_path / "programs").exists()
    reader = ProgramCache(tmp_path / "programs")
    reader.compile(r"(?i)step\h+(?P<n>\d+)")
    assert (reader.rebuilt, reader.compiled) == (1, 0)
