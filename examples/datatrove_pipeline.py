"""Clean a sharded JSONL corpus with newslint inside a datatrove pipeline.

    pip install 'newslint[datatrove]'
    python examples/datatrove_pipeline.py                        # on a small demo corpus
    python examples/datatrove_pipeline.py CORPUS_DIR -o OUT_DIR  # on *.jsonl(.gz) in CORPUS_DIR
    python examples/datatrove_pipeline.py --ray                  # the same on a local Ray instance

The pipeline reads every JSONL shard, applies newslint's safe fixes (NewslintFormatter), drops
the documents that still hold a diagnostic (NewslintFilter; they go to OUT_DIR/rejected with
their diagnostics and the rule that dropped them) and writes the rest to OUT_DIR/clean.
datatrove's logs and stats, with newslint's counts per rule, end up in OUT_DIR/logs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from newslint.integrations.datatrove import NewslintFilter, NewslintFormatter

DEMO = [
    [
        {"id": "ferry", "text": (Path(__file__).with_name("article.txt")).read_text(encoding="utf-8")},
        {"id": "library", "text": "The regional library reopened on Monday after a two-year renovation.\n\n"
         "More than 600 visitors came through the doors in the first hour, the head librarian said."},
    ],
    [
        {"id": "bridge", "text": "The old bridge will close for repairs in March. . Drivers are asked to use "
         "the ring road,, the council said."},
        {"id": "bay", "text": "Fishermen say the cod season was the shortest in a decade.\n\n"
         "Jonas Berg | Moment | Getty Images\n\nThe fisheries office will publish its own count in June."},
        {"id": "hikers", "text": "Hikers were rescued from the ridge late on Sunday, the mountain service said."},
    ],
]


def write_demo_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index, records in enumerate(DEMO):
        with open(folder / f"shard-{index}.jsonl", "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def build_pipeline(corpus: Path, out: Path) -> list:
    return [
        JsonlReader(str(corpus), glob_pattern="*.jsonl*"),
        # Safe fixes only; NewslintFormatter(unsafe=True) would apply the unsafe ones too.
        NewslintFormatter(),
        # Drop what fixing could not clean. Other choices: drop_on=["credit", "NL101"],
        # max_per_1000_chars=2.0, or annotate_only=True to keep everything and look later.
        NewslintFilter(
            exclusion_writer=JsonlWriter(str(out / "rejected"), output_filename="${rank}.jsonl", compression=None),
        ),
        JsonlWriter(str(out / "clean"), output_filename="${rank}.jsonl", compression=None),
    ]


def print_summary(logs: Path) -> None:
    for step in json.loads((logs / "stats.json").read_text()):
        if "newslint" not in step["name"]:
            continue
        counters = {k: (v["total"] if isinstance(v, dict) else v) for k, v in step["stats"].items()}
        print(step["name"])
        for key in sorted(counters):
            if key != "doc_len":
                print(f"    {key}: {counters[key]:g}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="folder of JSONL shards (default: a demo corpus)")
    parser.add_argument("-o", "--out", type=Path, help="output folder (default: a new temporary folder)")
    parser.add_argument("--tasks", type=int, default=2, help="datatrove tasks (shards of the input files)")
    parser.add_argument("--workers", type=int, default=2, help="tasks run at the same time")
    parser.add_argument("--ray", action="store_true", help="run on a local Ray instance (RayPipelineExecutor)")
    args = parser.parse_args(argv)

    out = args.out or Path(tempfile.mkdtemp(prefix="newslint-datatrove-"))
    corpus = args.corpus
    if corpus is None:
        corpus = out / "demo-corpus"
        write_demo_corpus(corpus)
    pipeline = build_pipeline(corpus, out)
    logs = out / "logs"

    if args.ray:
        import ray
        from datatrove.executor.ray import RayPipelineExecutor

        ray.init(address="local", num_cpus=args.workers, include_dashboard=False)
        try:
            RayPipelineExecutor(
                pipeline, tasks=args.tasks, workers=args.workers, cpus_per_task=1, mem_per_cpu_gb=0.5,
                logging_dir=str(logs),
            ).run()
        finally:
            ray.shutdown()
    else:
        LocalPipelineExecutor(pipeline, tasks=args.tasks, workers=args.workers, logging_dir=str(logs)).run()

    print_summary(logs)
    print(f"clean documents: {out / 'clean'}\nrejected documents: {out / 'rejected'}\nlogs and stats: {logs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
