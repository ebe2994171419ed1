"""The entry points of a group, remembered between runs.

Finding them means reading the metadata of every installed distribution, and importing
``importlib.metadata`` (with the ``email``, ``zipfile`` and ``socket`` modules it pulls
in) is a tenth of the start-up of ``newslint check`` on one file, which pre-commit pays
on every commit. So, as stevedore does, the answer is kept in the cache folder under a
key made of the interpreter, ``sys.path`` and the modification time of every folder on
it. Installing or removing a distribution adds or removes its ``*.dist-info`` (or
``*.egg-info``) folder, which changes its parent folder's time and so the key; on any
other key ``importlib.metadata`` is asked, as it would be without a cache. The working
folder is the exception: its time changes with every file written there, so it counts
by the metadata folders it holds.

The file holds the answers for the last ``MAX_ENVIRONMENTS`` keys (a machine has several
virtual environments, a pre-commit one among them). It is written atomically; a file that
cannot be read or parsed is ignored, and one that cannot be written only makes the next
start slower. ``NEWSLINT_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import json
import os
import re
import sys
from functools import reduce
from importlib import import_module
from pathlib import Path

from ..program_cache import cache_directory, replace_atomically

#: The name of the cache file; the number is its layout.
FILE_NAME = "entry-points-v1.json"
#: Environments (keys) a cache file keeps answers for, the most recently used last.
MAX_ENVIRONMENTS = 32

#: ``importlib.metadata.EntryPoint.pattern``: ``module[.sub]:attr[.sub] [extras]``.
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


def _state(folder: str, working_folder: str) -> object:
    if folder == working_folder:
        # The folder a run starts in changes all the time (outputs, edits): its own
        # metadata folders are what count, not its time.
        try:
            with os.scandir(folder) as entries:
                return sorted(
                    [entry.name, entry.stat().st_mtime_ns]
                    for entry in entries
                    if entry.name.lower().endswith((".dist-info", ".egg-info"))
                )
        except OSError:
            return None
    try:
        return os.stat(folder).st_mtime_ns
    except OSError:
        return None


def environment_key(group: str) -> str:
    """What the entry points of ``group`` depend on: the interpreter and every folder it
    finds distributions in, with their modification times ("" on ``sys.path`` is the
    working folder, where a project's own ``*.egg-info`` may be)."""
    working_folder = os.getcwd()
    folders = [os.path.abspath(folder) for folder in sys.path]
    return json.dumps([group, sys.executable, sys.version, [[folder, _state(folder, working_folder)] for folder in folders]])


def _from_metadata(group: str) -> list[tuple[str, str]]:
    import importlib.metadata  # only when the cache cannot answer (see the docstring)

    return [(entry_point.name, entry_point.value) for entry_point in importlib.metadata.entry_points(group=group)]


def _cache_file() -> Path | None:
    if os.environ.get("NEWSLINT_NO_CACHE", "") not in ("", "0"):
        return None
    folder = cache_directory()
    return None if folder is None else folder / FILE_NAME


def _read(path: Path) -> dict[str, list]:
    try:
        answers = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return answers if isinstance(answers, dict) else {}


def _is_answer(answer: object) -> bool:
    return isinstance(answer, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(part, str) for part in pair) for pair in answer
    )


def entry_points(group: str) -> list[tuple[str, str]]:
    """(name, value) of every entry point of ``group``, in ``importlib.metadata``'s
    order, from the cache when the environment has not changed since it was kept."""
    path = _cache_file()
    if path is None:
        return _from_metadata(group)
    key = environment_key(group)
    answers = _read(path)
    answer = answers.get(key)
    if _is_answer(answer):
        return [(name, value) for name, value in answer]
    found = _from_metadata(group)
    answers.pop(key, None)
    answers[key] = [list(pair) for pair in found]
    kept = dict(list(answers.items())[-MAX_ENVIRONMENTS:])
    try:
        replace_atomically(path, json.dumps(kept).encode())
    except (OSError, ValueError):
        pass  # a read-only home: the next start asks importlib.metadata again
    return found


def load(value: str) -> object:
    """The object an entry point's value names, as ``EntryPoint.load`` finds it."""
    match = _VALUE.match(value)
    if match is None:
        raise ValueError(f"malformed entry point value {value!r}")
    module = import_module(match.group("module"))
    attributes = filter(None, (match.group("attr") or "").split("."))
    return reduce(getattr, attributes, module)
