"""The HTML corpus report, loaded in a real headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

from newslint.cli import main

DIRTY = "Harbour news\n\nMarta Lindqvist | Moment | Getty Images\n\nThe ferry runs. .\n\nLeave a Comment\n"
CREDIT_ONLY = "Port story\n\nAnna Berg | Moment | Getty Images\n\nShips <b>dock</b> here.\n"
CLEAN = "A quiet day at the harbour.\n\nNothing else happened.\n"


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    message = "no Chromium found: the HTML report was not tested in a browser (apt-get install chromium)"
    warnings.warn(message)
    pytest.skip(message)


def _chromium(browser: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    profile.mkdir()
    return subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120,
    )


@pytest.fixture
def report(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newslint.toml").write_text("")
    records = [{"id": "a", "text": DIRTY}, {"id": "b", "text": CLEAN}, {"id": "c", "text": CREDIT_ONLY},
               {"id": "d", "text": DIRTY.replace("ferry", "tram")}]
    (tmp_path / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    main(["check", "--format", "json", "-o", "expected.json", "corpus.jsonl"])
    main(["check", "--format", "html", "-o", "report.html", "corpus.jsonl"])
    capsys.readouterr()
    return tmp_path / "report.html", json.loads((tmp_path / "expected.json").read_text())


def test_report_is_self_contained(report):
    path, _ = report
    page = path.read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "the report must not load anything"


def test_counts_shown_in_the_browser_match_the_diagnostics(report, tmp_path):
    browser = _browser()
    path, expected = report
    result = _chromium(browser, tmp_path, "--dump-dom", path.as_uri())
    dom = result.stdout
    assert "<article" in dom, result.stderr[-2000:]

    def number(element_id: str) -> int:
        return int(re.search(rf'id="{element_id}">(\d+)<', dom).group(1))

    assert number("total-diagnostics") == len(expected)
    assert number("total-documents") == 4
    flagged = {d["document"] for d in expected}
    assert number("flagged-documents") == len(flagged)
    per_rule = {}
    for d in expected:
        per_rule[d["code"]] = per_rule.get(d["code"], 0) + 1
    bars = dict(re.findall(r'<g class="bar" data-label="(NL\d{3}) [^"]*" data-value="(\d+)"', dom))
    assert {code: int(value) for code, value in bars.items()} == per_rule
    articles = re.findall(r'<article class="doc" data-name="corpus\.jsonl\[(\w)\]"[^>]*data-count="(\d+)"', dom)
    assert {name: int(count) for name, count in articles} == {
        doc: sum(1 for d in expected if d["document"] == doc) for doc in flagged
    }
    # The script ran: every listed document is shown.
    assert number("shown") == len(flagged)
    assert dom.count("<mark") >= len(expected)


def test_filters_hide_documents(report, tmp_path):
    browser = _browser()
    path, expected = report
    result = _chromium(browser, tmp_path, "--dump-dom", path.as_uri() + "#rule=NL101")
    dom = result.stdout
    with_nl101 = {d["document"] for d in expected if d["code"] == "NL101"}
    assert int(re.search(r'id="shown">(\d+)<', dom).group(1)) == len(with_nl101)
    hidden = re.findall(r'<article class="doc hidden" data-name="corpus\.jsonl\[(\w)\]"', dom)
    assert set(hidden) == {d["document"] for d in expected} - with_nl101


def test_screenshot(report, tmp_path):
    browser = _browser()
    path, _ = report
    shot = tmp_path / "report.png"
    _chromium(browser, tmp_path, "--window-size=1200,1400", f"--screenshot={shot}", path.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank image
