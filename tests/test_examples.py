"""The library examples under examples/ run and do what their docs say."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DIRTY = "Harbour news\n\nMarta Lindqvist | Moment | Getty Images\n\nThe ferry runs. .\n"


def test_runtime_rule_example():
    result = subprocess.run([sys.executable, str(EXAMPLES / "runtime_rule.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "1:1 NL195 Wire slug line"
    assert lines[-1] == repr("The council met on Monday.\n")


def test_clean_corpus_example(tmp_path):
    source = tmp_path / "in.jsonl"
    records = [{"id": 1, "text": DIRTY, "lang": "en"}, {"id": 2, "text": "Quiet day.\n"}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    result = subprocess.run([sys.executable, str(EXAMPLES / "clean_corpus.py"), str(source), str(out), str(rejects)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    cleaned = [json.loads(line) for line in out.read_text().splitlines()]
    assert cleaned[0] == {"id": 1, "text": "Harbour news\n\nThe ferry runs.\n", "lang": "en"}
    assert cleaned[1]["text"] == "Quiet day.\n"
    assert "NL201" in result.stdout and "NL501" in result.stdout
    assert rejects.read_text() == ""


def test_example_article_has_the_artefacts_the_readme_promises():
    result = subprocess.run([sys.executable, "-m", "newslint", "check", "--format", "json",
                             str(EXAMPLES / "article.txt")], capture_output=True, text=True)
    found = {d["category"] for d in json.loads(result.stdout)}
    assert {"caption", "credit", "punctuation", "boilerplate"} <= found
    assert result.returncode == 1
