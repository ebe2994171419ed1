"""Shared, generic fixtures for newslint's tests (keep this file small)."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

# Compiled patterns are kept in a folder of this test session, never in the user's cache
# (set before newslint is imported; the subprocesses the tests start inherit it).
_PROGRAM_CACHE = tempfile.mkdtemp(prefix="newslint-test-cache-")
os.environ["NEWSLINT_CACHE_DIR"] = _PROGRAM_CACHE
os.environ.pop("NEWSLINT_NO_CACHE", None)

from newslint import Category, FixAvailability, Rule  # noqa: E402

VALID_DOC = """## What it does
Finds a thing.

## Why is this bad?
Because it is.

## Example
```text
bad
```

## Use instead
```text
good
```

## Fix safety
Safe.
"""


@pytest.fixture
def make_rule():
    """Build a valid Rule subclass: ``make_rule(check, code=..., name=..., ...)``.

    ``check`` is a function ``(rule, document) -> iterable of Diagnostic`` (default:
    reports nothing); any class
    attribute (``code``, ``name``, ``category``, ``summary``, ``preview``,
    ``fix_availability``, ``__doc__``) can be overridden by keyword.
    """

    def factory(check=None, **attributes):
        namespace = {
            "__doc__": VALID_DOC,
            "code": "NL981",
            "name": "test-rule",
            "category": Category.STRUCTURE,
            "summary": "A rule made by a test",
            "fix_availability": FixAvailability.SOMETIMES,
        }
        namespace.update(attributes)
        namespace["check"] = check if check is not None else (lambda self, document: iter(()))
        return type("TestRule_" + namespace["code"], (Rule,), namespace)

    return factory


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_PROGRAM_CACHE, ignore_errors=True)
