"""`--jobs N` gives the same output, in the same order, as `--jobs 1`."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from newslint import runner
from newslint.cli import main

DIRTY = "Harbour news\n\nMarta Lindqvist | Moment | Getty Images\n\nThe ferry runs. .\n\nLeave a Comment\n"
CLEAN = "A quiet day at the harbour.\n\nNothing else happened.\n"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newslint.toml").write_text("")
    # Small units, so even this corpus is cut into many chunks spread over the workers.
    monkeypatch.setattr(runner, "CHUNK_BYTES", 700)
    with open(tmp_path / "corpus.jsonl", "w", encoding="utf-8") as handle:
        for number in range(120):
            text = DIRTY.replace("ferry", f"ferry {number}") if number % 3 else CLEAN
            handle.write(json.dumps({"id": f"r{number}", "text": text, "n": number}) + "\n")
        handle.write("{broken\n")
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(6):
        (folder / f"a{number}.txt").write_text(DIRTY if number % 2 else CLEAN)
    return tmp_path


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "jsonl", "sarif", "github"])
def test_every_format_is_identical_with_two_jobs(corpus, capsys, fmt):
    outputs = []
    for jobs in ("1", "2"):
        code = main(["check", "--format", fmt, "--jobs", jobs, "corpus.jsonl", "articles"])
        captured = capsys.readouterr()
        outputs.append((code, captured.out, captured.err))
    assert outputs[0] == outputs[1]
    code, out, err = outputs[0]
    assert code == 2  # the broken record
    assert "corpus.jsonl:121: record is not valid JSON" in err
    assert out.count("NL201") >= 80 + 3


def test_fix_with_two_jobs_writes_the_same_files(corpus, capsys):
    shutil.copytree(corpus / "articles", corpus / "articles2")
    shutil.copy(corpus / "corpus.jsonl", corpus / "corpus2.jsonl")
    main(["check", "--fix", "--jobs", "1", "corpus.jsonl", "articles"])
    main(["check", "--fix", "--jobs", "2", "corpus2.jsonl", "articles2"])
    capsys.readouterr()
    assert (corpus / "corpus.jsonl").read_bytes() == (corpus / "corpus2.jsonl").read_bytes()
    for number in range(6):
        assert (corpus / "articles" / f"a{number}.txt").read_text() == (corpus / "articles2" / f"a{number}.txt").read_text()
    records = (corpus / "corpus2.jsonl").read_text().splitlines()
    assert len(records) == 121 and records[-1] == "{broken"
    assert json.loads(records[1])["text"] == "Harbour news\n\nThe ferry 1 runs.\n"
    assert [json.loads(r)["n"] for r in records[:-1]] == list(range(120))


def test_a_unit_sends_back_what_is_reported_and_counts_the_rest(tmp_path):
    # What a worker sends back is pickled, and so read again by the process that writes
    # the output: a record with nothing to report is only counted, and diagnostics the
    # formatter takes as JSON travel as JSON alone.
    from newslint import Settings
    from newslint.runner import RunOptions

    data = "".join(json.dumps({"id": i, "text": DIRTY if i % 4 == 0 else CLEAN}) + "\n" for i in range(20)).encode()
    settings = Settings()
    for encode_json in (False, True):
        runner._prepare(RunOptions(encode_json=encode_json), {})
        result = runner.run_unit(runner.JsonlUnit("c.jsonl", settings, data, 1))
        assert [d.record_id for d in result.documents] == ["0", "4", "8", "12", "16"]
        assert result.tally.documents == 20
        per_document = [len(d.encoded) if encode_json else len(d.diagnostics) for d in result.documents]
        assert result.tally.remaining == sum(per_document) >= 5 * 3
        assert result.tally.counts["NL201"] == 5 and result.tally.names["NL201"] == "pipe-separated-credit"
        assert "NL201" in result.tally.fixable
        assert result.tally.fixable_safe + result.tally.fixable_unsafe <= result.tally.remaining
        assert all(not d.diagnostics for d in result.documents) is encode_json


def test_chunks_cover_every_line_once(monkeypatch):
    import io

    monkeypatch.setattr(runner, "CHUNK_BYTES", 1000)
    data = b"".join(b'{"id": %d, "text": "x"}\n' % i for i in range(500)) + b'{"id": "last", "text": "no newline"}'
    units = list(runner.jsonl_units(io.BytesIO(data), "c.jsonl", None))
    assert len(units) > 5
    assert b"".join(u.data for u in units) == data
    assert [u.first_line for u in units] == [1 + sum(v.data.count(b"\n") for v in units[:i]) for i in range(len(units))]


def test_the_end_of_a_file_is_cut_finer_for_several_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "CHUNK_BYTES", 4000)
    monkeypatch.setattr(runner, "MIN_CHUNK_BYTES", 300)
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"".join(b'{"id": %d, "text": "a line of text"}\n' % i for i in range(1000)))
    with open(path, "rb") as handle:
        units = list(runner.jsonl_units(handle, "c.jsonl", None, by_reference=str(path), workers=2))
    with open(path, "rb") as handle:
        alone = list(runner.jsonl_units(handle, "c.jsonl", None, by_reference=str(path)))
    lengths = [unit.length for unit in units]
    assert sum(lengths) == path.stat().st_size
    assert [unit.offset for unit in units] == [sum(lengths[:i]) for i in range(len(units))]
    assert max(lengths) <= 4000 + 40 and min(lengths[:-1]) >= 300 - 40  # (whole lines of 38 bytes)
    assert lengths[-3] < lengths[len(lengths) // 3]  # finer towards the end
    assert len(units) > len(alone) and all(3960 <= unit.length <= 4040 for unit in alone[:-1])


def test_a_slow_unit_holds_back_the_output_not_the_workers(monkeypatch):
    # The first unit is slow: the workers go on with the next ones meanwhile (it waits
    # until the eighth has started), and the results still come in order.
    import threading
    from concurrent.futures import ThreadPoolExecutor

    eighth_started = threading.Event()
    waited: list[bool] = []

    def lint(unit):
        if unit == 0:
            waited.append(eighth_started.wait(timeout=5))
        if unit == 7:
            eighth_started.set()
        return unit

    monkeypatch.setattr(runner, "run_unit", lint)
    with ThreadPoolExecutor(max_workers=2) as executor:
        assert list(runner._ordered(executor, iter(range(40)), 2)) == list(range(40))
    assert waited == [True]


def test_default_jobs(tmp_path):
    small = tmp_path / "small.txt"
    small.write_text("x")
    assert runner.default_jobs([str(small)]) == 1
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * runner.PARALLEL_FROM_BYTES)
    assert runner.default_jobs([str(big)]) == (os.cpu_count() or 1)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_formatters_write_the_same_from_diagnostics_and_from_their_encoding(fmt):
    import io

    from newslint import Linter
    from newslint.formatters import FORMATTERS, SourceInfo

    diagnostics = Linter().check("Leave a Comment\n\nIt rained. .", path="a.txt")
    assert diagnostics
    outputs = []
    for encoded in (False, True):
        stream = io.StringIO()
        formatter = FORMATTERS[fmt](stream)
        formatter.begin()
        source = SourceInfo("a.txt", None, None)
        if encoded:
            formatter.report_encoded(source, [d.to_json() for d in diagnostics])
        else:
            formatter.report(source, "", diagnostics)
        formatter.end(None)
        outputs.append(stream.getvalue())
    assert outputs[0] == outputs[1]
    assert outputs[0].count('"code"') == len(diagnostics)


def test_units_by_reference_point_at_the_same_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "CHUNK_BYTES", 1000)
    data = b"".join(b'{"id": %d, "text": "x"}\n' % i for i in range(300)) + b'{"id": "last", "text": "end"}'
    path = tmp_path / "c.jsonl"
    path.write_bytes(data)
    with open(path, "rb") as handle:
        by_value = list(runner.jsonl_units(handle, "c.jsonl", None))
    with open(path, "rb") as handle:
        by_reference = list(runner.jsonl_units(handle, "c.jsonl", None, by_reference=str(path)))
    assert all(unit.data is None for unit in by_reference)
    assert [runner._read_range(unit) for unit in by_reference] == [unit.data for unit in by_value]
    assert [unit.first_line for unit in by_reference] == [unit.first_line for unit in by_value]


def test_a_file_cut_short_under_a_worker_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": 1, "text": "x"}\n' * 10)
    with open(path, "rb") as handle:
        (unit,) = runner.jsonl_units(handle, "c.jsonl", None, by_reference=str(path))
    path.write_bytes(b'{"id": 1, "text": "x"}\n')  # the file shrank after it was cut into units
    result = runner.run_unit(unit)
    assert result.documents == []
    assert result.errors == ["c.jsonl: changed while being read (lines 1 and after)"]


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_forked_workers_use_the_linter_the_run_built(tmp_path, monkeypatch):
    # The parent builds its linter anyway; forked workers take it instead of building
    # their own. A linter made to find only "harbour" (NL101 deselected, a marker) shows
    # which linter the workers used.
    from newslint import Linter, Settings
    from newslint.runner import RunOptions

    monkeypatch.setattr(runner, "CHUNK_BYTES", 200)
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "Leave a Comment\n\nNews."}) + "\n" for i in range(40)))
    settings = Settings()
    options = RunOptions(select=("NL1",))
    marker = Linter(settings, select=["NL201"])  # not what the options select: NL101 would fire
    with open(path, "rb") as handle:
        units = list(runner.jsonl_units(handle, "c.jsonl", settings))
    results = list(runner.run_units(units, options, 2, {settings: marker}))
    assert sum(r.tally.documents for r in results) == 40
    assert not any(r.documents for r in results)  # none had anything to report
    # a later run with the same options keeps nothing of it, in one process or in two
    for jobs in (1, 2):
        results = list(runner.run_units(units, options, jobs))
        assert sum(len(r.documents) for r in results) == 40
        assert all(doc.diagnostics for r in results for doc in r.documents)
