"""Compiled patterns kept on disk (``newslint.program_cache``): a pattern rebuilt from
the cache behaves exactly as one compiled afresh, and a cache that is missing, damaged
or unwritable never stops a run."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from newslint import program_cache as cache_module
from newslint.program_cache import ProgramCache, cache_directory

#: Patterns with the features the rules use: case folding, named groups and DEFINE
#: calls, look-behind, Unicode properties, possessive and atomic groups, verbose mode,
#: back-references, inline scoped flags.
SAMPLES = [
    (r"\b(?P<word>\p{Lu}\p{Ll}+)\.\h+(?P<next>\p{Lu}\w+)", 0),
    (r"(?(DEFINE)(?P<net>Facebook|X|LinkedIn))share\h+on\h+(?&net)", regex.IGNORECASE),
    (r"(?<=\d)\s*(?:am|pm)\b", regex.IGNORECASE),
    (r"(?x) ^ \h*+ (?>[-*•]\h+)? (?P<label> read \h+ more ) \h* $", regex.IGNORECASE | regex.MULTILINE),
    (r"\b(\w+)\s+\1\b", 0),
    (r"(?i:photo)\h*:\h*(?-i:\p{Lu})[^\n]{1,40}", 0),
    (r"[^\p{L}\p{N}\n]*(?:sign[ -]?up|subscribe)\h+(?:for|to)\h+our\h+newsletter", regex.IGNORECASE),
]
TEXTS = [
    "Saint. Petersburg was cold. Share on Facebook. SHARE ON linkedin",
    "Doors open at 9 am and close at 5PM; the the end.",
    "  • Read more  \nphoto: Jane Doe/AP\nPHOTO: jane\nSign up for our newsletter",
    "Ünal. Özdemir met İstanbul officials; ſhare on X",
]


def _behaviour(pattern: regex.Pattern) -> list:
    return [
        [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)] for text in TEXTS
    ] + [pattern.groupindex, pattern.flags, pattern.pattern]


def _warm(path: Path) -> ProgramCache:
    cold = ProgramCache(path)
    for source, flags in SAMPLES:
        cold.compile(source, flags)
    cold.save()
    return ProgramCache(path)


@pytest.mark.parametrize(("source", "flags"), SAMPLES)
def test_a_rebuilt_pattern_behaves_as_one_compiled_afresh(tmp_path, source, flags):
    warm = _warm(tmp_path / "programs")
    rebuilt = warm.compile(source, flags)
    assert (warm.rebuilt, warm.compiled) == (1, 0)
    assert _behaviour(rebuilt) == _behaviour(regex.compile(source, flags))


def test_a_rebuilt_pattern_keeps_its_time_bound(tmp_path):
    # Catastrophic backtracking even for the regex module: words, then a digit never found.
    catastrophic = r"(?:\w+\s?)*\d"
    first = ProgramCache(tmp_path / "programs")
    first.compile(catastrophic)
    first.save()
    warm = ProgramCache(tmp_path / "programs")
    pattern = warm.compile(catastrophic)
    assert warm.rebuilt == 1
    with pytest.raises(TimeoutError):
        pattern.search("word " * 2_000, timeout=0.05)


_LINT_IN_A_FRESH_PROCESS = """
import json, sys
from pathlib import Path
from newslint import Linter, patterns
text = Path(sys.argv[1]).read_text(encoding="utf-8")
found = [d.to_json() for d in Linter(select=["ALL"], preview=True).check(text)]
print(json.dumps({"found": found, "rebuilt": patterns.programs.rebuilt, "compiled": patterns.programs.compiled}))
"""


def _lint_in_a_fresh_process(article: Path, cache: Path) -> dict:
    environment = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache), "PYTHONHASHSEED": "random"}
    done = subprocess.run(
        [sys.executable, "-c", _LINT_IN_A_FRESH_PROCESS, str(article)], capture_output=True, text=True, env=environment
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def article(tmp_path) -> Path:
    """The bundled example with more artefacts, so that most rule families reach their
    patterns."""
    text = Path(__file__).resolve().parents[1].joinpath("examples", "article.txt").read_text(encoding="utf-8")
    text += "\n\nSaint. Petersburg and the the UN Security of. Council.\n\nShare on Facebook\n\nPhoto: Jane Doe/AP\n"
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_rules_find_the_same_with_a_cold_and_a_warm_cache(article, tmp_path):
    """Every pattern the rules reach on an artefact-rich text, rebuilt from the cache in
    a new process, gives the same diagnostics as compiled afresh."""
    cold = _lint_in_a_fresh_process(article, tmp_path / "cache")
    warm = _lint_in_a_fresh_process(article, tmp_path / "cache")
    assert cold["compiled"] > 20 and cold["rebuilt"] == 0
    assert warm["rebuilt"] == cold["compiled"] and warm["compiled"] == 0
    assert cold["found"] == warm["found"] and len(cold["found"]) > 5


_EVERY_PATTERN_SOURCE = """
import gc, importlib, json, pkgutil, sys
import newslint_rules
from newslint import Linter, patterns
from newslint_rules import _boilerplate_patterns

sys.path.insert(0, sys.argv[1])
from test_bounded_patterns import _cached_builders

Linter(select=["ALL"], preview=True)  # the rule modules and the packs
# Every pattern table a rule module builds without arguments, and every label group.
for info in pkgutil.iter_modules(newslint_rules.__path__):
    module = importlib.import_module(f"newslint_rules.{info.name}")
    for _, builder in list(_cached_builders(module)):
        builder()
for groups in _boilerplate_patterns._label_groups().values():
    for entries in groups:
        _boilerplate_patterns._group_pattern(entries)
print(json.dumps(sorted({o.source for o in gc.get_objects() if isinstance(o, patterns.BoundedPattern)})))
"""


def test_the_rules_build_the_same_pattern_texts_in_every_process():
    """Patterns are cached by their text: one built from a set's order (which changes
    with the hash seed) would miss the cache in every new process, and pile up in it."""
    sources = []
    for seed in ("1", "2", "3"):
        done = subprocess.run(
            [sys.executable, "-c", _EVERY_PATTERN_SOURCE, str(Path(__file__).parent)], capture_output=True, text=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "NEWSLINT_NO_CACHE": "1"},
        )
        assert done.returncode == 0, done.stderr
        sources.append(json.loads(done.stdout))
    assert len(sources[0]) > 250
    assert sources[0] == sources[1] == sources[2]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-10],  # cut short
        lambda data: data[:20] + bytes([data[20] ^ 0xFF]) + data[21:],  # one byte changed
        lambda data: b"",
        lambda data: b"\x00" * 64,
    ],
    ids=["truncated", "flipped-byte", "empty", "zeros"],
)
def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path, damage):
    path = tmp_path / "programs"
    _warm(path)
    path.write_bytes(damage(path.read_bytes()))
    cache = ProgramCache(path)
    source, flags = SAMPLES[0]
    assert _behaviour(cache.compile(source, flags)) == _behaviour(regex.compile(source, flags))
    assert (cache.rebuilt, cache.compiled) == (0, 1)
    cache.save()
    again = ProgramCache(path)
    again.compile(source, flags)
    assert again.rebuilt == 1


def test_an_unwritable_cache_never_stops_a_run(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = ProgramCache(blocker / "programs")  # its folder cannot be made
    source, flags = SAMPLES[1]
    assert _behaviour(cache.compile(source, flags)) == _behaviour(regex.compile(source, flags))
    cache.save()  # does not raise
    assert cache.path is None  # and does not try again
    assert cache.compile(*SAMPLES[2]).pattern == SAMPLES[2][0]


def test_two_processes_saving_to_one_file_keep_both_sets(tmp_path):
    path = tmp_path / "programs"
    first, second = ProgramCache(path), ProgramCache(path)
    first.compile(*SAMPLES[0])
    second.compile(*SAMPLES[1])
    first.save()
    second.save()
    merged = ProgramCache(path)
    merged.compile(*SAMPLES[0])
    merged.compile(*SAMPLES[1])
    assert merged.rebuilt == 2


def test_a_full_cache_file_is_started_afresh(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "MAX_PROGRAMS", 3)
    path = tmp_path / "programs"
    old = ProgramCache(path)
    for sample in SAMPLES[:3]:
        old.compile(*sample)
    old.save()
    new = ProgramCache(path)
    new.compile(*SAMPLES[3])
    new.save()
    reader = ProgramCache(path)
    reader.compile(*SAMPLES[3])
    reader.compile(*SAMPLES[0])
    assert (reader.rebuilt, reader.compiled) == (1, 1)


def _days_later(monkeypatch, days: int) -> None:
    now = cache_module.today()
    monkeypatch.setattr(cache_module, "today", lambda: now + days)


def test_a_program_no_run_uses_expires(tmp_path, monkeypatch):
    path = tmp_path / "programs"
    _warm(path)  # every sample, used on day 0
    size_before = path.stat().st_size
    # Day 20: a run uses the first sample only; the file is not rewritten for it...
    _days_later(monkeypatch, 20)
    recent = ProgramCache(path)
    recent.compile(*SAMPLES[0])
    recent.save()
    assert path.stat().st_size == size_before
    # ...but its mark is renewed when a run also compiles something new.
    recent.compile(r"[a-z]+\d", 0)
    recent.save()
    # Day 35: the samples unused since day 0 have expired; the first one has not.
    _days_later(monkeypatch, 35)
    later = ProgramCache(path)
    later.compile(*SAMPLES[0])
    later.compile(r"[a-z]+\d", 0)
    assert (later.rebuilt, later.compiled) == (2, 0)
    later.save()  # rewrites: the file holds expired programs
    assert path.stat().st_size < size_before
    reader = ProgramCache(path)
    for sample in SAMPLES:
        reader.compile(*sample)
    assert (reader.rebuilt, reader.compiled) == (1, len(SAMPLES) - 1)


def test_a_program_in_use_is_renewed_before_it_expires(tmp_path, monkeypatch):
    path = tmp_path / "programs"
    _warm(path)
    for day in (8, 16, 24, 32, 40):  # runs a week or so apart, compiling nothing new
        _days_later(monkeypatch, day)
        run = ProgramCache(path)
        for sample in SAMPLES:
            run.compile(*sample)
        assert run.compiled == 0, day
        run.save()


def test_a_cache_file_of_another_layout_is_replaced(tmp_path):
    path = tmp_path / "programs"
    payload = marshal.dumps({(SAMPLES[0][0], 0, 0): ("not", "an", "entry")})
    path.write_bytes(hashlib.blake2b(payload, digest_size=16).digest() + payload)
    cache = ProgramCache(path)
    cache.compile(*SAMPLES[0])
    assert (cache.rebuilt, cache.compiled) == (0, 1)
    cache.save()
    again = ProgramCache(path)
    again.compile(*SAMPLES[0])
    assert again.rebuilt == 1


@pytest.mark.parametrize(("source", "flags"), [(r"\w+", regex.LOCALE), (r"(?L)\w+", 0)])
def test_a_locale_dependent_pattern_is_never_kept(tmp_path, source, flags):
    cache = ProgramCache(tmp_path / "programs")
    assert cache.compile(source, flags).match("word").group() == "word"
    cache.save()
    assert not (tmp_path / "programs").exists()


def test_a_pattern_regex_cannot_compile_raises_as_usual(tmp_path):
    cache = ProgramCache(tmp_path / "programs")
    with pytest.raises(regex.error):
        cache.compile(r"(unbalanced")
    cache.save()
    assert not (tmp_path / "programs").exists()  # nothing new to keep


def test_without_a_home_there_is_no_cache(monkeypatch):
    for name in ("NEWSLINT_CACHE_DIR", "XDG_CACHE_HOME", "NEWSLINT_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cache_module.os.path, "expanduser", lambda path: path)  # no home: "~" stays
    assert cache_directory() is None
    assert ProgramCache.from_environment().path is None


def test_a_regex_without_cache_pattern_compiles_and_keeps_nothing(tmp_path, monkeypatch):
    real_compile = regex.compile

    def old_compile(pattern, flags=0, **kwargs):
        if "cache_pattern" in kwargs:
            raise TypeError("compile() got an unexpected keyword argument 'cache_pattern'")
        return real_compile(pattern, flags, **kwargs)

    cache = ProgramCache(tmp_path / "programs")
    module = cache._module
    monkeypatch.setattr(cache_module.regex, "compile", old_compile)
    assert cache.compile(*SAMPLES[0]).pattern == SAMPLES[0][0]
    assert module._regex.__class__.__name__ != "_Recorder"  # regex's core is given back
    assert cache.path is None
    cache.save()
    assert not (tmp_path / "programs").exists()


def test_the_environment_chooses_the_folder_or_turns_the_cache_off(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_directory() == tmp_path / "xdg" / "newslint"
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "mine"))
    assert ProgramCache.from_environment().path.parent == tmp_path / "mine"
    assert regex.__version__ in ProgramCache.from_environment().path.name
    monkeypatch.setenv("NEWSLINT_NO_CACHE", "1")
    off = ProgramCache.from_environment()
    assert off.path is None
    off.compile(*SAMPLES[0])
    off.save()
    assert not (tmp_path / "mine").exists()


def _run_check(arguments: list[str], environment: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "json", *arguments],
        capture_output=True, text=True, env={**os.environ, **environment},
    )


def test_the_cli_keeps_programs_from_its_workers_and_reports_the_same(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": str(i), "text": f"Story {i}.\n\nShare on Facebook\n\nSaint. Petersburg is cold."} for i in range(40)]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    environment = {"NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    cold = _run_check(["--jobs", "2", str(corpus)], environment)
    files = list((tmp_path / "cache").glob("regex-programs-*"))
    assert len(files) == 1 and not list((tmp_path / "cache").glob(".*.tmp"))
    warm = _run_check(["--jobs", "2", str(corpus)], environment)
    uncached = _run_check(["--no-cache", str(corpus)], {"NEWSLINT_CACHE_DIR": str(tmp_path / "unused")})
    assert cold.returncode == warm.returncode == uncached.returncode == 1
    assert json.loads(cold.stdout) == json.loads(warm.stdout) == json.loads(uncached.stdout)
    assert len(json.loads(cold.stdout)) >= 80
    assert not (tmp_path / "unused").exists()
