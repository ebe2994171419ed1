"""A line of chrome put between two paragraphs of a story, as scrapers leave it: what the
boilerplate tests read their fixtures in."""

from __future__ import annotations

from newslint import check

BODY = "The council approved the new budget on Monday after a long debate."
END = "Officials said the vote would be repeated in the spring."


def between(line: str) -> str:
    return f"{BODY}\n\n{line}\n\n{END}"


def boilerplate_on(line: str) -> list:
    """The boilerplate diagnostics that touch ``line`` put between two paragraphs."""
    text = between(line)
    start = text.index(line)
    end = start + len(line)
    return [d for d in check(text, select=["boilerplate"]) if d.start < end and d.end > start]
