"""Broken, huge and adversarial input: a clear one-line error naming the file (and
record), the rest still processed, and never a damaged file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from newslint.cli import main

DIRTY = "Ferry news\n\nMarta Lindqvist | Moment | Getty Images\n\nThe ferry runs. .\n"
FIXED = "Ferry news\n\nThe ferry runs.\n"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newslint.toml").write_text("")
    (tmp_path / "good.txt").write_text(DIRTY)
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("newslint: error:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_invalid_utf8_names_the_byte_and_offers_encoding(workdir, capsys):
    (workdir / "latin.txt").write_bytes("Caf\xe9 news. .".encode("latin-1"))
    code, out, err = run(capsys, "check", "--format", "json", "latin.txt", "good.txt")
    assert code == 2
    line = one_error_line(err)
    assert line == "newslint: error: latin.txt: not valid utf-8 at byte 3 (pass --encoding to read it as another encoding)"
    assert {d["path"] for d in json.loads(out)} == {"good.txt"}  # the other file still ran
    code, out, _ = run(capsys, "check", "--format", "json", "--encoding", "latin-1", "latin.txt")
    assert code == 1 and [d["code"] for d in json.loads(out)] == ["NL501"]
    # Fixing it keeps its encoding: no byte is silently dropped or re-encoded.
    run(capsys, "check", "--fix", "--encoding", "latin-1", "latin.txt")
    assert (workdir / "latin.txt").read_bytes() == "Caf\xe9 news.".encode("latin-1")


def test_binary_file_is_refused(workdir, capsys):
    (workdir / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, err = run(capsys, "check", "image.txt", "good.txt")
    assert code == 2
    assert one_error_line(err) == "newslint: error: image.txt: binary file (holds NUL bytes); not checked"


def test_file_deleted_between_listing_and_reading(workdir, capsys, monkeypatch):
    from newslint import cli

    (workdir / "gone.txt").write_text(DIRTY)
    listed = cli.Checker.targets

    def targets_then_delete(self):
        found = list(listed(self))
        (workdir / "gone.txt").unlink()
        return iter(found)

    monkeypatch.setattr(cli.Checker, "targets", targets_then_delete)
    code, out, err = run(capsys, "check", "--format", "json", ".")
    assert code == 2
    assert one_error_line(err).startswith("newslint: error: ./gone.txt: cannot read: No such file or directory")
    assert {d["path"] for d in json.loads(out)} == {"good.txt"}


def test_unreadable_file(workdir, capsys, monkeypatch):
    from newslint import sources

    secret = workdir / "secret.txt"
    secret.write_text(DIRTY)
    secret.chmod(0)
    if os.geteuid() == 0:
        # root reads anything; make the read fail the way it does for everyone else.
        def guarded_open(path, *args, **kwargs):
            if str(path).endswith("secret.txt"):
                raise PermissionError(13, "Permission denied", str(path))
            return open(path, *args, **kwargs)

        monkeypatch.setattr(sources, "open", guarded_open, raising=False)
    code, out, err = run(capsys, "check", "--format", "json", "secret.txt", "good.txt")
    assert code == 2 and one_error_line(err) == "newslint: error: secret.txt: cannot read: Permission denied"
    assert {d["path"] for d in json.loads(out)} == {"good.txt"}


def test_empty_file_is_a_warning_not_an_error(workdir, capsys):
    (workdir / "empty.txt").write_text("")
    (workdir / "empty.jsonl").write_text("")
    code, out, err = run(capsys, "check", "--format", "json", "empty.txt", "empty.jsonl")
    assert code == 0 and json.loads(out) == []
    assert err.splitlines() == ["newslint: warning: empty.txt: empty file", "newslint: warning: empty.jsonl: empty file"]


def test_jsonl_record_problems_name_the_line(workdir, capsys):
    lines = [
        json.dumps({"id": "a", "text": DIRTY}),
        "not json at all",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": ["a", "list"]}),
        '{"id": "d", "text": "lone \\ud800 surrogate"}',
        json.dumps([1, 2]),
        json.dumps({"id": "e", "text": DIRTY}),
    ]
    (workdir / "corpus.jsonl").write_text("\n".join(lines) + "\n")
    code, out, err = run(capsys, "check", "--format", "json", "corpus.jsonl")
    assert code == 2
    errors = [line for line in err.splitlines() if line.startswith("newslint: error:")]
    assert [e.split(": ", 3)[2] for e in errors] == [f"corpus.jsonl:{n}" for n in (2, 3, 4, 5, 6)]
    assert "lone surrogate" in errors[3]
    assert {d["document"] for d in json.loads(out)} == {"a", "e"}


def test_a_20_mb_line_is_linted(workdir, capsys):
    sentence = "The ferry ran late again on Monday, the operator said. "
    huge = sentence * (20_000_000 // len(sentence)) + "Leave it. ."
    (workdir / "huge.txt").write_text(huge)
    (workdir / "huge.jsonl").write_text(json.dumps({"id": "big", "text": huge}) + "\n")
    started = time.perf_counter()
    code, out, err = run(capsys, "check", "--format", "json", "--jobs", "1", "huge.txt", "huge.jsonl")
    elapsed = time.perf_counter() - started
    assert code == 1, err
    found = json.loads(out)
    assert [(d["path"], d["code"]) for d in found] == [("huge.txt", "NL501"), ("huge.jsonl", "NL501")]
    assert elapsed < 120  # linear work; a quadratic rule would take hours


def test_symlink_loop_does_not_trap_the_walk(workdir, capsys):
    folder = workdir / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(DIRTY)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a link to itself
    code, out, err = run(capsys, "check", "--format", "json", "corpus")
    assert {d["path"] for d in json.loads(out)} == {"corpus/a.txt"}
    assert code == 2 and "corpus/self.txt: cannot read" in one_error_line(err)
    assert "newslint: warning: corpus/loop: symlink loop (back to corpus); not followed" in err.splitlines()


def test_a_symlink_to_a_folder_elsewhere_is_skipped_without_a_warning(workdir, capsys):
    (workdir / "corpus").mkdir()
    (workdir / "corpus" / "a.txt").write_text(DIRTY)
    (workdir / "elsewhere").mkdir()
    (workdir / "corpus" / "link").symlink_to(workdir / "elsewhere", target_is_directory=True)
    code, out, err = run(capsys, "check", "--format", "json", "corpus")
    assert code == 1 and {d["path"] for d in json.loads(out)} == {"corpus/a.txt"}
    assert "symlink" not in err


def test_read_only_file_under_fix(workdir, capsys):
    locked = workdir / "locked.txt"
    locked.write_text(DIRTY)
    locked.chmod(0o444)
    code, _, err = run(capsys, "check", "--fix", "locked.txt", "good.txt")
    assert code == 2
    assert one_error_line(err) == "newslint: error: locked.txt: file is read-only; not fixed"
    assert locked.read_text() == DIRTY
    assert (workdir / "good.txt").read_text() == FIXED


def test_full_disk_while_writing_leaves_the_original(workdir, capsys, monkeypatch):
    from newslint import sources

    corpus = workdir / "corpus.jsonl"
    original = "".join(json.dumps({"id": i, "text": DIRTY}) + "\n" for i in range(50)).encode()
    corpus.write_bytes(original)
    real_write = sources.AtomicFile.write
    calls = {"n": 0}

    def write_until_full(self, data):
        calls["n"] += 1
        if calls["n"] > 1:
            raise_full = OSError(28, "No space left on device")
            self.handle.write = lambda _data: (_ for _ in ()).throw(raise_full)
        return real_write(self, data)

    monkeypatch.setattr(sources.AtomicFile, "write", write_until_full)
    monkeypatch.setattr("newslint.runner.CHUNK_BYTES", 500)
    code, _, err = run(capsys, "check", "--fix", "--jobs", "1", "corpus.jsonl")
    assert code == 2
    assert "corpus.jsonl: cannot write the fixed file: No space left on device; the original is unchanged" in err
    assert corpus.read_bytes() == original
    assert sorted(p.name for p in workdir.iterdir()) == ["corpus.jsonl", "good.txt", "newslint.toml"]


def test_sigkill_during_fix_leaves_the_original_byte_identical(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for i in range(40_000):
            handle.write(json.dumps({"id": i, "text": DIRTY, "meta": {"n": i}}) + "\n")
    original = corpus.read_bytes()
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", "check", "--fix", "--jobs", "1", str(corpus)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path,
    )
    # Kill it once it is writing: its temporary file has appeared next to the corpus.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(tmp_path.glob(".corpus.jsonl.*.newslint-tmp")):
        if process.poll() is not None:
            pytest.fail("newslint finished before it could be killed; make the corpus larger")
        time.sleep(0.005)
    time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert corpus.read_bytes() == original
