"""newslint's speed and memory, measured against baselines in the same run.

    python benchmarks/run.py                 # ~30 MB corpus, every measurement
    python benchmarks/run.py --mb 5 --quick  # a smaller, faster run

It builds a synthetic JSONL corpus from invented article text (clean paragraphs with a
share of typical scraping artefacts), then prints one table:

* a plain Python pass that only decodes the JSONL and splits each text into lines
  (the floor: nothing can lint faster than it reads);
* ``ftfy.fix_text`` on the same documents;
* the default rules in one process through the library (``Linter.check``);
* ``newslint check`` with ``--jobs 1`` and ``--jobs 2`` (whole command, output to /dev/null);
* peak RSS of ``newslint check --jobs 1`` at two corpus sizes 10x apart;
* start-up: ``newslint check`` on one small file, with the compiled patterns cached (as
  from the second run on) and without (``--no-cache``, as on a first run);
* datatrove's FineWeb quality chain on the same documents, when datatrove is installed.

Ratios are what matter (they are stable across machines); the targets are printed beside them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Sentences with slots: documents are assembled from them so that no two paragraphs of a
# document repeat (real articles don't) and the corpus is not a handful of strings that a
# cache could remember.
SENTENCES = [
    "The {body} voted on {day} to keep the {thing} in service for at least another {n} years.",
    "The decision ends a dispute that had divided the {place} districts since the spring.",
    "The line carries about {n},000 passengers a day between {place} and the island suburbs.",
    "Its operator had warned that rising fuel costs would force it to stop by the end of the year.",
    "“We heard from nurses, students and shop owners who have no other way to get to work,” said {name}.",
    "{name}, who proposed the subsidy, said the vote was closer than expected.",
    "The agreement caps fares for residents and pays for {n} electric boats.",
    "The operator expects to launch them in 20{n} after sea trials in the northern channel.",
    "Analysts said the decision could set a precedent for other coastal towns in {place}.",
    "Small lines have closed one after another over the past decade, according to a study by {name}.",
    "Opposition members argued that the money would be better spent on bridge repairs.",
    "Engineers have called the work urgent since a survey found cracks in {n} of its piers.",
    "The mayor, who abstained, said she would ask the regional government to share the cost.",
    "{name} told reporters on {day} that talks with the unions would resume next week.",
    "The {body} has not said how it will pay for the plan after {n} years.",
    "Residents of {place} packed the public gallery, and some cheered when the result was read out.",
    "A spokesman for the ministry said it was studying the proposal and would respond by {day}.",
    "The company reported a profit of {n} million euros, up from a loss a year earlier.",
    "Shares in the group rose {n} percent in early trading before falling back.",
    "It is the third time in {n} years that the {body} has been asked to rescue the {thing}.",
    "Critics say the subsidy rewards an operator that failed to modernise its fleet.",
    "Supporters point out that the {thing} is the only link to {place} in winter.",
    "Police said {n} people had been detained after scuffles outside the town hall.",
    "The report, published on {day}, found that emissions in {place} fell for the first time.",
    "{name} said the figures showed the policy was working, but warned against complacency.",
    "Weather forecasters expect storms to close the harbour for several days this month.",
]
SLOTS = {
    "body": ["city council", "regional assembly", "port authority", "transport board", "district court"],
    "thing": ["harbour ferry", "night bus", "cable car", "river shuttle", "coastal railway"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "March 3", "October 12"],
    "place": ["Oldtown", "Westhaven", "São Brás", "Kirkwall", "Nørrebro", "Eastbay", "Łódź"],
    "name": ["Amira Haddad", "Jean-Luc Moreau", "Dr. K. O’Neill", "Ana María de la Vega",
             "Søren Kierkegaard", "Li Wei", "Oluwaseun Adeyemi", "Mary-Kate van der Berg"],
}
ARTEFACTS = [
    "{photographer} | Moment | Getty Images",
    "Leave a Comment",
    "Sign up for our daily newsletter",
    "The ferry leaves the old pier at dawn, March {n}, 2025",
    "It was a long meeting. .",
    "Prices rose by {n}&nbsp;percent in the quarter.",
    "The mayorâ€™s office declined to comment.",
    "<p>The vote was close.</p>",
    "READ MORE: Bridge repairs delayed again in {place}",
    "Share this article",
    "He said the the plan was sound.",
]
#: Documents the library is run on before it is timed (see ``time_library``).
WARM_UP_DOCUMENTS = 200

PHOTOGRAPHERS = ["Marta Lindqvist", "Sergey Alimov", "J. P. Okafor", "Hiroko Tanaka"]
_SLOT = re.compile(r"\{(\w+)\}")


def _fill(template: str, rng: random.Random) -> str:
    def slot(match: re.Match) -> str:
        key = match.group(1)
        if key == "n":
            return str(rng.randint(2, 99))
        if key == "photographer":
            return rng.choice(PHOTOGRAPHERS)
        return rng.choice(SLOTS[key])

    return _SLOT.sub(slot, template)


def _article(rng: random.Random) -> str:
    paragraphs: list[str] = []
    for _ in range(rng.randint(4, 14)):
        sentences = rng.sample(SENTENCES, rng.randint(2, 4))
        paragraph = " ".join(_fill(sentence, rng) for sentence in sentences)
        if paragraph not in paragraphs:
            paragraphs.append(paragraph)
    for _ in range(rng.choice((0, 0, 1, 2))):
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), _fill(rng.choice(ARTEFACTS), rng))
    return "\n\n".join(paragraphs)


def build_corpus(path: Path, megabytes: float, seed: int = 7) -> int:
    """Write about ``megabytes`` of JSONL; return the number of documents."""
    rng = random.Random(seed)
    target = int(megabytes * 1e6)
    written = documents = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target:
            record = {"id": f"doc-{documents}", "text": _article(rng)}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            documents += 1
    return documents


def _texts(path: Path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)["text"]


def time_plain_pass(path: Path) -> float:
    started = time.perf_counter()
    lines = 0
    for text in _texts(path):
        lines += len(text.split("\n"))
    return time.perf_counter() - started


def time_ftfy(path: Path) -> float:
    import ftfy

    started = time.perf_counter()
    for text in _texts(path):
        ftfy.fix_text(text)
    return time.perf_counter() - started


def time_library(path: Path) -> float:
    from newslint import Linter

    linter = Linter()
    # Steady state, as ftfy is timed: what the rules load on first need (ftfy itself, the
    # compiled patterns a kind of document reaches) is loaded before the clock starts.
    for text in itertools.islice(_texts(path), WARM_UP_DOCUMENTS):
        linter.check(text)
    started = time.perf_counter()
    for text in _texts(path):
        linter.check(text)
    return time.perf_counter() - started


def time_datatrove(path: Path) -> float | None:
    try:
        from datatrove.data import Document
        from datatrove.pipeline.filters import (
            C4QualityFilter,
            FineWebQualityFilter,
            GopherQualityFilter,
            GopherRepetitionFilter,
        )
    except ImportError:
        return None
    steps = [GopherRepetitionFilter(), GopherQualityFilter(), C4QualityFilter(filter_no_terminal_punct=False),
             FineWebQualityFilter()]
    documents = [Document(text=text, id=str(i)) for i, text in enumerate(_texts(path))]
    started = time.perf_counter()
    try:
        for document in documents:
            for step in steps:
                if step.filter(document) is not True:
                    break
    except ImportError as error:  # its word tokenizer needs spaCy, which is not a datatrove dependency
        print(f"datatrove chain skipped: {error}", file=sys.stderr)
        return None
    return time.perf_counter() - started


# Peak RSS from /proc (VmHWM, this process image only): getrusage's ru_maxrss would also
# count the benchmark process the command was forked from, which holds the corpus.
_RSS_PROBE = (
    "import sys\n"
    "from newslint.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
    "print(peak, file=sys.stderr)\n"
)


def run_command(args: list[str], probe_rss: bool = False) -> tuple[float, int | None]:
    """Wall time of ``newslint ARGS`` (stdout discarded) and, if asked, its peak RSS in kB."""
    command = [sys.executable, "-c", _RSS_PROBE, *args] if probe_rss else [sys.executable, "-m", "newslint", *args]
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"newslint failed ({result.returncode}): {result.stderr[-500:]}")
    rss = int(result.stderr.strip().splitlines()[-1]) if probe_rss else None
    return elapsed, rss


def best_of(repeat: int, measure) -> float:
    return min(measure() for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30.0, help="size of the main corpus (default 30)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per timing; the best is kept")
    parser.add_argument("--quick", action="store_true", help="skip the 10x memory comparison")
    parser.add_argument("--keep", help="folder to keep the corpora in")
    args = parser.parse_args()

    folder = Path(args.keep or tempfile.mkdtemp(prefix="newslint-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.jsonl"
    documents = build_corpus(corpus, args.mb)
    size_mb = corpus.stat().st_size / 1e6
    print(f"corpus: {documents:,} documents, {size_mb:.1f} MB ({corpus})\n")

    rows = []

    def row(name: str, seconds: float | None, note: str = "") -> None:
        if seconds is None:
            rows.append((name, None, None, None, note))
            return
        rows.append((name, seconds, size_mb / seconds, documents / seconds, note))

    plain = best_of(args.repeat, lambda: time_plain_pass(corpus))
    row("plain pass (decode + split lines)", plain)
    ftfy_seconds = best_of(1, lambda: time_ftfy(corpus))
    row("ftfy.fix_text", ftfy_seconds)
    library = best_of(args.repeat, lambda: time_library(corpus))
    row("newslint rules, one process (library)", library,
        f"{plain / library:.3f}x plain (target >= 0.10), {ftfy_seconds / library:.1f}x ftfy (target >= 3)")
    jobs1 = best_of(args.repeat, lambda: run_command(["check", "--format", "json", "--jobs", "1", str(corpus)])[0])
    row("newslint check --jobs 1", jobs1)
    jobs2 = best_of(args.repeat, lambda: run_command(["check", "--format", "json", "--jobs", "2", str(corpus)])[0])
    row("newslint check --jobs 2", jobs2, f"{jobs1 / jobs2:.2f}x --jobs 1 (target >= 1.7 on 2 cores)")
    datatrove = time_datatrove(corpus) if size_mb <= 5 or os.environ.get("NEWSLINT_BENCH_DATATROVE") else None
    if datatrove is None:
        small = folder / "small.jsonl"
        build_corpus(small, min(args.mb, 2.0))
        small_time = time_datatrove(small)
        if small_time is not None:
            # datatrove is ~100x slower; time it on a 2 MB slice and scale.
            scale = corpus.stat().st_size / small.stat().st_size
            datatrove = small_time * scale
    row("datatrove FineWeb chain", datatrove,
        "not installed" if datatrove is None else f"newslint library is {datatrove / library:.0f}x faster")

    print(f"{'measurement':44} {'seconds':>9} {'MB/s':>9} {'docs/s':>10}  notes")
    for name, seconds, mbps, dps, note in rows:
        if seconds is None:
            print(f"{name:44} {'-':>9} {'-':>9} {'-':>10}  {note}")
        else:
            print(f"{name:44} {seconds:9.3f} {mbps:9.2f} {dps:10,.0f}  {note}")

    small_file = folder / "article.txt"
    small_file.write_text(_article(random.Random(1)), encoding="utf-8")
    startup = best_of(5, lambda: run_command(["check", str(small_file)])[0])
    first_run = best_of(5, lambda: run_command(["check", "--no-cache", str(small_file)])[0])
    print(f"\nstart-up (newslint check on one small file): {startup:.3f} s (target < 0.3 s); "
          f"{first_run:.3f} s compiling its patterns afresh (--no-cache, as on a first run)")

    if not args.quick:
        small_corpus = folder / "corpus-small.jsonl"
        build_corpus(small_corpus, args.mb / 10)
        _, rss_small = run_command(["check", "--format", "json", "--jobs", "1", str(small_corpus)], probe_rss=True)
        _, rss_large = run_command(["check", "--format", "json", "--jobs", "1", str(corpus)], probe_rss=True)
        print(f"peak RSS, --jobs 1: {rss_small / 1024:.1f} MB at {args.mb / 10:.1f} MB of input, "
              f"{rss_large / 1024:.1f} MB at {args.mb:.1f} MB ({rss_large / rss_small:.2f}x; target <= 1.2x)")


if __name__ == "__main__":
    main()
