"""Clean a JSONL corpus through the library: one reusable Linter, fixes applied record by
record, a report of what changed, and records that still look dirty set aside.

    python examples/clean_corpus.py IN.jsonl OUT.jsonl [REJECTS.jsonl]

The input is streamed; memory does not grow with the corpus.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from newslint import Linter, check


def clean(source: str, target: str, rejects: str | None = None) -> Counter:
    linter = Linter()  # rules are loaded and compiled once, then reused for every record
    applied: Counter = Counter()
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out, \
            open(rejects or "/dev/null", "w", encoding="utf-8") as rejected:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            result = linter.fix(record["text"], unsafe=True, record_id=str(record.get("id")))
            applied.update(d.code for d in result.applied)
            record["text"] = result.text
            # Whatever has no fix (a translation glitch, say) is left for a person to look at.
            if result.remaining:
                record["newslint"] = [d.to_dict() for d in result.remaining]
                rejected.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return applied


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    # The one-shot function is there too, for a quick look at a single text:
    print("example:", [d.code for d in check("It rose on a military level. .")])
    for code, count in clean(*sys.argv[1:]).most_common():
        print(f"{count:6d}  {code}")
