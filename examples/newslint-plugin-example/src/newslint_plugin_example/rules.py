"""The plugin's Python rule: a leftover "Click here to ..." / "Tap to ..." line (NL190).

A Python rule is worth writing when a regular expression alone cannot say precisely
enough what to flag. Here the line must be a call to action *and nothing else*: an
imperative of clicking or tapping, a UI action from a closed list and a short object,
with no second clause. A how-to article's "Tap to select the photo, then press Send."
is prose and must stay, which is easier to decide in code than in one pattern.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint import Category, Diagnostic, Document, FixAvailability, Rule

# Bullets, arrows, brackets and symbols that templates put around a button label
# ("» Click here to subscribe", "[Tap to expand]", "Read more →"). Quote marks are left
# out on purpose: a quoted call to action is someone's words, reported in the article.
_EDGE = r"[\s\p{Ps}\p{Pe}\p{Pd}\p{S}*•·:!.…»›]*"
_QUOTE_START = regex.compile(r"""^\s*["'“‘„«‹「『]""")

_VERB = r"(?:click|tap|press|swipe(?:\s+(?:up|down|left|right))?)"
_THING = r"(?:image|photo|picture|video|link|button|icon|arrow|banner|headline)"
_TARGET = rf"(?:here|below|above|(?:on\s+)?(?:the|this)\s+{_THING})"
# What a button does when pressed. A closed list: an open "to <anything>" would flag
# instructions such as "Tap to select the photo you want".
_ACTION = (
    r"(?:read|view|watch|see|enlarge|expand|play|listen|download|subscribe|sign\s+(?:up|in)"
    r"|register|follow|share|learn|continue|unmute|zoom|open|load|donate|join|explore|browse"
    r"|comment|vote|reveal|show|print|email|visit|return|go\s+back|find\s+out)"
)
_PROMPT = regex.compile(
    rf"""
    ^{_EDGE}
    {_VERB}
    (?:\s+{_TARGET})?
    (?:
        \s+(?:to|and)\s+{_ACTION}\b(?P<rest>[^,;]*?)  # Click here to read the full story
      | \s+for\s+(?P<rest>[^,;]+?)                   # Tap here for more
      | (?<=here)                                     # Click here (alone)
    )
    {_EDGE}$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# After the action, a short object at most: "the full story", "more photos".
_MAX_REST_WORDS = 6
_SENTENCE_BREAK = regex.compile(r"[.!?…]\s+\S")
_VERB_STEMS = ("click", "tap", "press", "swipe")


def _may_hold_a_prompt(document: Document) -> bool:
    """The rule's gate: no prompt without one of its verbs. Most articles have none, and
    this test (in C) lets newslint skip the line-by-line pass on them."""
    lowered = document.text.lower()
    return any(stem in lowered for stem in _VERB_STEMS)


class ClickHerePrompt(Rule):
    """## What it does
    Finds lines that are only a call to action left by the page's widgets: "Click here to
    read more", "Tap to expand", "Click the image to enlarge", "Swipe up for more",
    "Click here".

    ## Why is this bad?
    The line is the label of a link or a button whose target the scraper did not keep.
    In the text it points at nothing, and it interrupts the article between two
    paragraphs with an instruction to the reader of a web page.

    ## Example
    ```text
    The council approved the budget on Tuesday.

    Click here to read the full report »

    The vote was 7 to 2.
    ```

    ## Use instead
    ```text
    The council approved the budget on Tuesday.

    The vote was 7 to 2.
    ```

    ## Fix safety
    Deleting the line is safe: the rule fires only when the whole line, apart from
    bullets, arrows and brackets, is the prompt: "click", "tap", "press" or "swipe", an
    optional target ("here", "the image"), then either "to" and a UI action from a closed
    list ("read", "view", "expand", "subscribe", ...) or "for" and a short object, with at
    most six more words and no comma or second sentence. Quoted lines
    (``"Click here to subscribe," the banner said.``) and instructions in how-to
    articles whose action is not a UI one ("Tap to select the photo you want to send.")
    are not flagged.
    """

    code = "NL190"
    name = "click-here-prompt"
    category = Category.BOILERPLATE
    summary = "Call-to-action line left by a link or button (\"Click here to ...\")"
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(_may_hold_a_prompt)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for line in document.lines:
            if line.is_blank or _QUOTE_START.match(line.text):
                continue
            match = _PROMPT.match(line.text)
            if match is None:
                continue
            rest = match["rest"] or ""
            if len(rest.split()) > _MAX_REST_WORDS or _SENTENCE_BREAK.search(rest):
                continue
            yield self.report_lines(document, line, fix_message="Delete the call to action")


RULES = [ClickHerePrompt]
