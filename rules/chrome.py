"""Site chrome recognised by its layout (NL130-NL149).

The boilerplate family (``boilerplate.py``) finds chrome by its wording: a label, a call
to action, a notice. The rules here find the chrome that has no tell-tale words -- other
stories' headlines and teasers, a site's section label above the headline -- by how the
page template lays it out: a stack of cards of the same shape, a kicker in capitals over
each headline, a separator line between teasers. One card proves nothing (an article has
sub-headings); a run of them, each built the same way, is a recommendation widget.

Every rule here starts from the short lines of the text (``_layout.short_lines``, one
pass shared by the layout rules) and looks at the neighbours of the few that may play a
part, so documents without the shape cost next to nothing. The rules share one gate,
``_has_layout_shape``, which asks each rule's first cheap questions; NL133, which works
from the boilerplate rules' findings, shares theirs.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, count

import regex

from newslint import Applicability, Category, Diagnostic, Document, FixAvailability, Line, Rule, patterns

from ._boilerplate_scan import holds
from ._boilerplate_scan import line as _line
from ._boilerplate_scan import lowered as _lowered
from ._credit_shapes import credit_lines
from ._layout import label_lines as _label_lines
from ._layout import non_blank as _non_blank
from ._layout import short_lines as _short_lines
from ._text import is_english, plain_lines
from .boilerplate import _found as _boilerplate_found
from .boilerplate import _has_chrome as _boilerplate_gate
from .caption import caption_findings

UNSAFE = Applicability.UNSAFE

# -- shapes of one line ---------------------------------------------------------------------

#: A kicker: a few words in capitals over a headline ("TIME TRAVELLER", "'NOT GUILTY'",
#: "DIGG PICKS | AFFILIATE"), alone on its line. No lower-case letter at all.
_KICKER = patterns.compile(r"[‘'\"“]?\p{Lu}[\p{Lu}\p{N}'’‘\-–,.!?&|:%$ ]{1,58}[’'\"”]?")
#: A headline: three to 25 words, not closed by a sentence's full stop, comma or colon,
#: with lower-case letters (a line in capitals is a kicker or a shout, not a headline).
_HEADLINE_START = patterns.compile(r"[‘'\"“(\[]?\h*(?:\p{Lu}|\p{N}[\p{N},.]*\h+[‘'\"“]?\p{Lu}|\p{N}+\p{L})")
_HEADLINE_BAD_END = patterns.compile(r"(?:[,;:]|(?<![.…])\.)$")
#: A sentence: ends with a full stop (or ! ?) and its closing quote or bracket.
_SENTENCE_END = patterns.compile(r"[.!?…][\"”’')\]]*$")


def _headline(text: str) -> bool:
    words = text.split()
    return (
        3 <= len(words) <= 25
        and len(text) <= 160
        and _HEADLINE_START.match(text) is not None
        and _HEADLINE_BAD_END.search(text) is None
        and any(ch.islower() for ch in text)
    )


@lru_cache(maxsize=4096)
def _kicker(text: str) -> bool:
    # (Cached: the answer depends on the line alone, and a site's kickers and labels
    # recur on every page; the layout gate asks it of every label line in capitals.)
    return len(text.split()) <= 9 and _KICKER.fullmatch(text) is not None


#: Where one sentence ends and the next begins.
_SENTENCE_BREAK = patterns.compile(r"[.!?…][\"”’')\]]*\h+[\"“‘']?\p{Lu}")


def _teaser(text: str) -> bool:
    """The standfirst under another story's headline: one paragraph of one to four
    sentences (sometimes cut short by the template), not a list item."""
    words = len(text.split())
    return 6 <= words <= 90 and (_SENTENCE_END.search(text) is not None or _SENTENCE_BREAK.search(text) is not None)


def _blank(text: str) -> bool:
    """Whether a line's text is blank (``Line.is_blank``)."""
    return not text or text.isspace()


def _next_index(texts: list[str], index: int) -> int | None:
    """The index of the nearest non-blank line after ``index`` (``texts``: the
    document's ``plain_lines``): ``_next_text`` without building ``Line`` objects."""
    for following in range(index + 1, len(texts)):
        if not _blank(texts[following]):
            return following
    return None


def _next_text(lines: list[Line], index: int) -> Line | None:
    """The nearest non-blank line after ``index``."""
    for line in lines[index + 1 :]:
        if not line.is_blank:
            return line
    return None


# -- NL130: kicker cards -----------------------------------------------------------------------

#: At least this many cards in a row make a recommendation widget.
_MIN_CARDS = 2


def _kicker_lines(document: Document) -> list[int]:
    """Label lines without a lower-case letter: the kickers a run of cards needs two of."""
    return [index for index, text in _label_lines(document) if text.upper() == text]


def _may_hold_kicker_cards(document: Document) -> bool:
    """Whether two label lines are shaped as kickers, as a run of cards needs."""
    kickers = [text for _, text in _label_lines(document) if text.upper() == text]
    return len(kickers) >= _MIN_CARDS and sum(1 for text in kickers if _kicker(text)) >= _MIN_CARDS


def _kicker_cards(document: Document) -> list[Line]:
    """Lines of runs of at least two cards "KICKER / Headline [/ teaser]" that follow one
    another: other stories' teasers in a tabloid's recommendation widget. (Lines are
    handled by index and text; a ``Line`` is made for the lines found only.)"""
    kickers = _kicker_lines(document)
    if len(kickers) < _MIN_CARDS:
        return []
    texts = plain_lines(document)
    cards: list[tuple[int, int]] = []
    for kicker in kickers:
        if not _kicker(texts[kicker].strip()):
            continue
        headline = _next_index(texts, kicker)
        if headline is None or not _headline(texts[headline].strip()):
            continue
        cards.append((kicker, headline))
    found: list[int] = []
    run: list[tuple[int, int, int | None]] = []

    def close() -> None:
        if len(run) >= _MIN_CARDS:
            for kicker, headline, teaser in run:
                found.extend(index for index in (kicker, headline, teaser) if index is not None)

    for kicker, headline in cards:
        if run:
            _, last_headline, _ = run[-1]
            after = _next_index(texts, last_headline)
            if after is not None and after == kicker:
                run.append((kicker, headline, None))
                continue
            if after is not None and _teaser(texts[after].strip()):
                following = _next_index(texts, after)
                if following is not None and following == kicker:
                    previous = run[-1]
                    run[-1] = (previous[0], previous[1], after)
                    run.append((kicker, headline, None))
                    continue
        close()
        run = [(kicker, headline, None)]
    # The last card's teaser, when the cards before it had one each.
    if len(run) >= _MIN_CARDS and all(teaser is not None for _, _, teaser in run[:-1]):
        after = _next_index(texts, run[-1][1])
        if after is not None and _teaser(texts[after].strip()):
            run[-1] = (run[-1][0], run[-1][1], after)
    close()
    if found and not is_english(document):
        return []
    return [_line(document, index) for index in found]


# -- shared per-document data ---------------------------------------------------------------


def _claimed(document: Document) -> set[int]:
    """Indices of the lines the wording rules already report (boilerplate, credit,
    caption): a line the layout rules should not report again, nor read as a headline."""
    def compute(document: Document) -> set[int]:
        claimed = {line.index for taken in _boilerplate_found(document).values() for line, _ in taken}
        claimed.update(credit_lines(document))
        claimed.update(document.line_at(start).index for start in caption_findings(document))
        return claimed

    return document.memo("chrome.claimed", compute)


# -- NL131: stacked story cards -----------------------------------------------------------------

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_TIME = r"\d{1,2}[:.]\d\d(?:\h*[ap]\.?m\.?)?(?:\h*[A-Z]{2,4})?"
_DATE = (
    rf"(?:{_WEEKDAY},?\h+)?(?:{_MONTH}\h+\d{{1,2}}(?:st|nd|rd|th)?,?\h+\d{{4}}|\d{{1,2}}\h+{_MONTH},?\h+\d{{4}}"
    r"|\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?Z?)?|\d{1,2}/\d{1,2}/\d{2,4})"
)
#: A line that is only a date (and a time): a card's dateline.
_DATE_LINE = patterns.compile(
    rf"[^\w\n]*(?:{_TIME}\h*[,|·-]?\h*)?{_DATE}(?:\h*[,|·-]?\h*(?:at\h+)?{_TIME})?[^\w\n]*", regex.IGNORECASE
)
#: A line that is only a visible separator mark ("-", "•", "|").
_MARK_LINE = patterns.compile(r"[^\p{L}\p{N}\s\p{Cf}]{1,3}")
#: A person's name alone on a line: two to four capitalised words ("Dana K. Whitfield").
_NAME_LINE = patterns.compile(r"(?:\p{Lu}[\p{L}'’.-]*\h+){1,3}\p{Lu}[\p{L}'’-]*")
_NOT_NAME = frozenset(
    """the of and to a in is for on with at by from as it its his her their our your new how why
    what who when where this that these those news more read top best""".split()
)


def _name(text: str) -> bool:
    return (
        len(text) <= 40
        and _NAME_LINE.fullmatch(text) is not None
        and not any(word.lower() in _NOT_NAME for word in text.split())
    )


def _card_class(text: str) -> str:
    """The part a line can play in a story card: M(ark), D(ate), N(ame), H(eadline),
    T(easer) or O(ther)."""
    if len(text) <= 3 and _MARK_LINE.fullmatch(text):
        return "M"
    if len(text) <= 60 and _DATE_LINE.fullmatch(text):
        return "D"
    if _name(text):
        return "N"
    if _headline(text):
        return "H"
    if _teaser(text):
        return "T"
    return "O"


#: At least this many separators, evenly spaced, make a stack of cards.
_MIN_SEPARATORS = 3
_CARD_LINES = frozenset("HTND")


def _separator_candidates(document: Document) -> list[tuple[int, str]]:
    """The label lines that may separate cards, or none when no stack can be found.
    Every stack repeats one of its separators (the same mark, date or byline twice): a
    text without a repeated short line has none."""
    candidates = [entry for entry in _label_lines(document) if len(entry[1]) <= 40]
    if len(candidates) < _MIN_SEPARATORS or len({text for _, text in candidates}) == len(candidates):
        return []
    return candidates


def _separators(document: Document) -> tuple[dict[int, str], dict[str, int]] | None:
    """The separator lines by kind (``{line index: "M" | "D" | "N"}``) and how many
    counted, or None when no kind has enough of them for a stack (computed once: the
    layout gate asks first)."""
    return document.memo("chrome.separators", _find_separators)


def _find_separators(document: Document) -> tuple[dict[int, str], dict[str, int]] | None:
    candidates = _separator_candidates(document)
    if not candidates:
        return None
    kinds: dict[int, str] = {}
    names: dict[str, int] = {}
    for index, text in candidates:
        kind = _separator_kind(text)
        if kind is not None:
            kinds[index] = kind
            if kind == "N":
                names[text] = names.get(text, 0) + 1
    counts = {kind: sum(1 for k in kinds.values() if k == kind) for kind in "MDN"}
    if counts["N"] and max(names.values()) < 2:
        counts["N"] = 0  # bylines separate cards only when one signs two of them
    if max(counts.values(), default=0) < _MIN_SEPARATORS:
        return None
    return kinds, counts


@lru_cache(maxsize=4096)
def _separator_kind(text: str) -> str | None:
    """The kind of separator a label line (``text``, stripped) may be: "M" (a mark), "D"
    (a dateline) or "N" (a byline), or None. (Cached: the answer depends on the line
    alone, and a site's datelines, bylines and marks recur on every page; the layout
    gate asks it of most texts with a repeated label line.)"""
    if len(text) <= 3:
        if not any(ch.isalnum() for ch in text) and _MARK_LINE.fullmatch(text):
            return "M"
    elif text[-1].isdigit():
        if _DATE_LINE.fullmatch(text):
            return "D"
    elif text[0].isupper() and 1 <= text.count(" ") <= 3 and _name(text):
        return "N"
    return None


def _story_cards(document: Document) -> list[Line]:
    """Lines of stacks of other stories' cards: a separator of the same kind (a mark line,
    a dateline, a byline) recurring every two to five lines, at least three times, with
    a headline (or a byline and a teaser) between each two."""
    separators = _separators(document)
    if separators is None:
        return []
    kinds, counts = separators
    lines = _non_blank(document)
    position = {line.index: k for k, line in enumerate(lines)}
    texts = [line.text.strip() for line in lines]
    classes: dict[int, str] = {}

    def card_class(k: int) -> str:
        if k not in classes:
            classes[k] = kinds.get(lines[k].index) or _card_class(texts[k])
        return classes[k]

    hits: set[int] = set()
    for kind in "MDN":
        if counts[kind] < _MIN_SEPARATORS:
            continue
        separators = sorted(position[i] for i, k in kinds.items() if k == kind)
        for period in (2, 3, 4, 5):
            chain: list[int] = []
            for k in separators + [None]:
                if k is not None and chain and k - chain[-1] == period:
                    chain.append(k)
                    continue
                hits.update(_stack(chain, period, kind, texts, card_class))
                chain = [k] if k is not None else []
    if not hits or not is_english(document):
        return []
    return [lines[k] for k in sorted(hits)]


def _stack(chain: list[int], period: int, kind: str, texts: list[str], card_class) -> list[int]:
    """The positions (in the non-blank lines) of a stack of cards whose separators are at
    ``chain`` (evenly spaced by ``period``), or nothing if it is not one."""
    if len(chain) < _MIN_SEPARATORS:
        return []
    # The runs of separators with a card between each two.
    runs: list[list[int]] = [[chain[0]]]
    for a, b in zip(chain, chain[1:]):
        inside = [card_class(k) for k in range(a + 1, b)]
        card = all(c in _CARD_LINES for c in inside) and (
            "H" in inside or (kind == "D" and "N" in inside and "T" in inside)
        )
        if card:
            runs[-1].append(b)
        else:
            runs.append([b])
    found: list[int] = []
    for run in runs:
        # The separators repeat: the same mark, the same date, a byline signing two cards.
        if len(run) >= _MIN_SEPARATORS and len({texts[k] for k in run}) < len(run):
            found.extend(_extend(run, period, texts, card_class))
    return found


def _extend(run: list[int], period: int, texts: list[str], card_class) -> list[int]:
    first, last = run[0], run[-1]
    # The first card's lines before its separator, and the last card's after it, when
    # they play the same parts as in the card next to them.
    k = first - 1
    while k >= 0 and first - k < period and card_class(k) == card_class(k + period) and card_class(k) in _CARD_LINES:
        k -= 1
    first = k + 1
    k = last + 1
    while k < len(texts) and k - last < period and card_class(k) == card_class(k - period) and card_class(k) in _CARD_LINES:
        k += 1
    last = k - 1
    return list(range(first, last + 1))


# -- NL132: a section label over the headline --------------------------------------------------

#: A section label: one or two words (or a kicker in capitals of up to four), no
#: sentence punctuation, a letter first.
_SECTION_LABEL = patterns.compile(r"[\p{L}][\p{L}\p{N}.&'’+-]*(?:\h+[\p{L}\p{N}][\p{L}\p{N}.&'’+-]*)?")
_SECTION_END = patterns.compile(r"[.!?:,;]$")


@lru_cache(maxsize=4096)
def _section_label(text: str) -> bool:
    # (Cached: the answer depends on the line alone, and a site's section labels recur
    # on every page; the layout gate asks it of the first line of most texts.)
    if len(text) > 30 or _SECTION_END.search(text):
        return False
    if _SECTION_LABEL.fullmatch(text) is not None:
        return True
    return len(text.split()) <= 4 and _KICKER.fullmatch(text) is not None


#: A line that is shaped as a headline but heads no story: an entry of a listing opened
#: by its clock time ("7pm: The Great Allotment Challenge (BBC Two)", "10.30pm Late
#: Kick-Off"), a date alone ("Friday 7 June"), a fact check's claim ("Claim: ..."), or a
#: reader's question of two sentences ("My car failed its MOT. Can I still drive it?").
#: Over them, a short first line is the title of a listing, a guide or a column ("TV
#: tonight", "Festival guide", "Motoring Q&A"), not the site's section.
_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\h+)?\p{N}{1,2}(?:st|nd|rd|th)?\h+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\h+\p{N}{4})?"
)
_NOT_A_HEADLINE = patterns.compile(
    r"\p{N}{1,2}(?:[.:]\p{N}{2})?\h*(?:[ap]\.?m\.?\b|:\h)"
    # A date alone, or opening an entry ("Monday 4 March: bright and cold").
    rf"|{_DATE}(?:$|,?\h*\p{{N}}{{1,2}}(?:[.:]\p{{N}}{{2}})?\h*[ap]\.?m\.?:|:\h)"
    r"|(?:Claim|Question|Q)\h*:\h"
    r"|[^.?!]+\p{Ll}\.\h+\p{Lu}[^.?!]*\?$"
    # An entry's details after a comma, at its end: a clock time ("The Detective's Wife,
    # Channel 4, 9pm"), a price ("Three-bedroom semi, Orchard Way, £285,000", "(Harbour
    # Press, £16.99)"), a date ("Westford Magistrates' Court, Monday 12 February").
    r"|[^\n]*,\h*(?:\p{N}{1,2}(?:[.:]\p{N}{2})?\h*[ap]\.?m\.?|[£$€]\p{N}[\p{N},.]*|"
    + _DATE
    + r")\)?$"
    # A sign of the zodiac and its dates ("Aries (21 March - 19 April)").
    r"|[^\n]*\(\p{N}{1,2}\h+\p{L}+\h*[-–]\h*\p{N}{1,2}\h+\p{L}+\)$"
    # The statute a public notice is given under ("Town and Country Planning Act 1990",
    # "Licensing Act 2003, section 17"): the notice's heading, not a story's headline.
    r"|(?:\p{Lu}[\p{L}'’-]*\h+(?:(?:and|of|the|for)\h+)?){1,8}(?:Act|ACT|Regulations|REGULATIONS|Order|ORDER)"
    r"\h+\p{N}{4}(?:,?\h+(?:[Ss]ection|SECTION|s\.)\h*\p{N}+\p{L}?)?$"
    # A notice under the surname in capitals ("SMITH, John Arthur, peacefully ...").
    r"|\p{Lu}{2,}(?:[-'’]\p{Lu}+)?,\h+\p{Lu}\p{Ll}"
)
#: A fixture: two teams either side of "v" ("Westford Town v Ellerby Rovers, 3pm").
_FIXTURE = patterns.compile(r"\p{Lu}[^\n]*\h(?:v|vs\.?)\h+\p{Lu}")
#: An entry of a fact box or a spec list: a short label, its colon and a value ("Market
#: capitalisation: $2.3 trillion", "Genre: Turn-based strategy"); three such lines in a
#: row, none a byline's or a timestamp's label, are a list, not a headline over its text.
_FACT_ENTRY = patterns.compile(r"[\p{Lu}\p{N}][\p{L}\p{N}'’&/()-]*(?:\h+[\p{L}\p{N}'’&/()-]+){0,3}:\h+\S[^\n]{0,60}")
_NOT_FACT_LABELS = frozenset(
    "by written posted published updated last date time source photo image credit".split()
)


def _fact_entry(text: str) -> bool:
    text = text.strip()
    if _FACT_ENTRY.fullmatch(text) is None:
        return False
    return text.split(None, 1)[0].rstrip(":").casefold() not in _NOT_FACT_LABELS


def _heads_a_listing(texts: list[str], index: int) -> bool:
    """Whether the headline-shaped line at ``index`` is the first entry of a listing, a
    dated programme, a fact check or a reader's question, not a headline: a section label
    is never set over those, and the short line above is the article's own title."""
    text = texts[index].strip()
    if _NOT_A_HEADLINE.match(text) is not None:
        return True
    if _fact_entry(text) and all(
        index + step < len(texts) and _fact_entry(texts[index + step]) for step in (1, 2)
    ):
        return True
    if _FIXTURE.match(text) is None:
        return False
    # A list of fixtures, one to a line: the next line is another.
    following = texts[index + 1].strip() if index + 1 < len(texts) else ""
    return _FIXTURE.match(following) is not None


def _opens_with_label(document: Document) -> bool:
    """Whether the text opens with a label line shaped as a section label."""
    short = _label_lines(document)
    if not short:
        return False
    first, text = short[0]
    # Most texts open with a line of prose: that is one test, the pattern comes second.
    if first and not all(not line or line.isspace() for line in plain_lines(document)[:first]):
        return False
    return _section_label(text)


def _section_labels(document: Document) -> list[Line]:
    """The first lines of the text when they are a section label (or two) right above a
    headline-shaped line: the site's section name or a kicker over the title."""
    if not _opens_with_label(document):
        return []
    short = _label_lines(document)
    texts = plain_lines(document)  # (a ``Line`` is made for the lines found only)
    first = short[0][0]
    found = [first]
    after = _next_index(texts, first)
    if after is not None and _section_label(texts[after].strip()):
        found.append(after)
        after = _next_index(texts, after)
    if after is None or not _headline(texts[after].strip()) or _section_label(texts[after].strip()):
        return []
    if _heads_a_listing(texts, after):
        return []
    claimed = _claimed(document)
    if after in claimed:
        return []  # not a headline but a caption, a credit or chrome
    return [_line(document, index) for index in found if index not in claimed]


# -- NL133: a short line held by chrome on both sides -------------------------------------------

#: Longest line (in words) taken for chrome because of its neighbours.
_MAX_HELD_WORDS = 8
#: A web address or a domain name: the source line some articles end with.
_ADDRESS = patterns.compile(r"://|www\.|@|\w\.(?:com|org|net|gov|edu|co|uk|de|br|ru|in|au|ca)\b")
#: At the top of the text only a label is taken (a headline there is the article's own,
#: and a short line may be its byline or dateline): one word, or a counter.
_MAX_TOP_WORDS = 3


def _held_by_chrome(document: Document) -> list[Line]:
    """Short lines the boilerplate rules left alone but whose neighbours they took: both
    neighbours, or the only neighbour of the first or last line of the text. A web
    address ending the text is the source of the article, which some publishers keep;
    the first line of text after the chrome at the top is taken only if it is a label."""
    found = _boilerplate_found(document)
    if not found:
        return []
    chrome = {line.index for taken in found.values() for line, _ in taken}
    if not chrome:
        return []
    # Line indices and texts: a ``Line`` is made only for the lines held.
    texts = plain_lines(document)
    if not _short_line_by(texts, chrome):
        return []  # chrome among paragraphs of prose, as a rule
    # The non-blank lines (``str.strip`` leaves nothing of a blank one) and their places
    # among them, listed in C.
    lines = list(compress(count(), map(str.strip, texts)))
    position = dict(zip(lines, count()))
    last = len(lines) - 1
    # The first line that is not chrome is the headline, as a rule, even between a
    # menu and a row of share buttons: there only a label is taken.
    first_text = next((k for k, index in enumerate(lines) if index not in chrome), 0)
    held: list[int] = []
    chrome_places = sorted(position[i] for i in chrome)
    for k in sorted({place + step for place in chrome_places for step in (-1, 1)}):
        if not 0 <= k <= last or lines[k] in chrome:
            continue
        before = k > 0 and lines[k - 1] in chrome
        after = k < last and lines[k + 1] in chrome
        text = texts[lines[k]]
        # Words counted up to one past the most any test below allows: the neighbours
        # of chrome are mostly paragraphs of prose, not worth splitting whole.
        words = len(text.split(None, _MAX_HELD_WORDS))
        if k == first_text and (before or after):
            # A label: one word or a counter, not a byline or a dateline.
            ok = words == 1 or (words <= _MAX_TOP_WORDS and any(ch.isdigit() for ch in text))
        elif before and after:
            ok = words <= _MAX_HELD_WORDS
        elif k == last and before:
            ok = words <= _MAX_HELD_WORDS and _ADDRESS.search(text) is None
        else:
            ok = False
        if ok and last >= 2:
            held.append(lines[k])
    held.extend(_short_runs_between(lines, texts, chrome_places, first_text))
    return [_line(document, index) for index in sorted(set(held))]


def _short_line_by(texts: list[str], chrome: set[int]) -> bool:
    """Whether a line next to a chrome line (blank lines aside), not chrome itself, has
    at most ``_MAX_HELD_WORDS`` words: every line ``_held_by_chrome`` takes is one, and
    so is the first line of every short run it takes (``texts``: the document's
    ``plain_lines``; ``chrome``: the chrome lines' indices)."""
    number = len(texts)
    for index in chrome:
        for step in (-1, 1):
            neighbour = index + step
            while 0 <= neighbour < number and _blank(texts[neighbour]):
                neighbour += step
            if (
                0 <= neighbour < number
                and neighbour not in chrome
                and len(texts[neighbour].split(None, _MAX_HELD_WORDS)) <= _MAX_HELD_WORDS
            ):
                return True
    return False


#: A run of a few label-sized lines between two chrome lines ("1", "of", "23": a gallery
#: counter broken over lines).
_MAX_RUN = 4
_MAX_RUN_WORDS = 3


def _short_runs_between(lines: list[int], texts: list[str], chrome_places: list[int], first_text: int) -> list[int]:
    """Indices of the runs of two to four short lines between two chrome lines, after
    the first line of text (``lines``: the indices of the non-blank lines;
    ``chrome_places``: the chrome lines' places among them, in order)."""
    runs: list[int] = []
    previous = None
    for k in chrome_places:
        if previous is not None and 2 <= k - previous - 1 <= _MAX_RUN and previous + 1 > first_text:
            run = lines[previous + 1 : k]
            if all(len(texts[item].split()) <= _MAX_RUN_WORDS for item in run):
                runs.extend(run)
        previous = k
    return runs


# -- NL134: readers' comments between the comment section's heading and its button -------------

#: The heading of the comment section ("Comments", "Top Rated Comments", "Reader comments").
_COMMENTS_HEADING = patterns.compile(
    r"[^\p{L}\n]*(?:(?:top|best|most|highest|featured|latest|recent|newest|reader'?s?'?|rated|liked|popular)\h+){0,2}"
    r"comments[^\p{L}\n]*",
    regex.IGNORECASE,
)
#: The button under the comments that opens the rest of them.
_COMMENTS_MORE = patterns.compile(
    r"[^\p{L}\n]*(?:read|view|see|show|load|open)\h+(?:all|more)(?:\h+\d+)?\h+comments[^\p{L}\n]*", regex.IGNORECASE
)
#: Most comments shown between a heading and its button.
_MAX_COMMENT_LINES = 40
#: Lines of text the article must have before its comment section.
_MIN_ARTICLE_LINES = 3


def _comment_buttons(document: Document) -> list[int]:
    """Label lines that may be the comment section's heading or its button."""
    return [index for index, text in _label_lines(document) if "omments" in text or "OMMENTS" in text]


def _comment_blocks(document: Document) -> list[Line]:
    """The lines between the comment section's heading and its "read all comments"
    button (both reported by the comment-prompt rule, NL101), after the article."""
    candidates = _comment_buttons(document)
    if len(candidates) < 2:
        return []
    prompts = [document.lines[index] for index in candidates]
    lines = _non_blank(document)
    position = {line.index: k for k, line in enumerate(lines)}
    block: list[Line] = []
    for opener, closer in zip(prompts, prompts[1:]):
        if not _COMMENTS_HEADING.fullmatch(opener.text) or not _COMMENTS_MORE.fullmatch(closer.text):
            continue
        first, last = position[opener.index] + 1, position[closer.index]
        if position[opener.index] < _MIN_ARTICLE_LINES or not 0 < last - first <= _MAX_COMMENT_LINES:
            continue
        block.extend(lines[first:last])
    return block


# -- NL135: a news ticker: headlines stamped with the time ------------------------------------

#: A line that opens with a clock time and a capital ("14:32 Airline signs deal").
_STAMP = patterns.compile(r"\h*\d{1,2}:\d\d\h+(?P<rest>\S.*)")
#: A ticker is at least this many stamped headlines in a row.
_MIN_TICKER = 3


def _stamped_lines(document: Document) -> list[int]:
    """Short lines that open with a clock time ("14:32 ...")."""
    return [index for index, text in _short_lines(document) if text[:1].isdigit() and ":" in text[1:3]]


def _ticker(document: Document) -> list[Line]:
    """Runs of at least three lines in a row, each a clock time and a headline (no
    sentence's full stop): the site's "latest news" ticker."""
    candidates = _stamped_lines(document)
    if len(candidates) < _MIN_TICKER:
        return []
    lines = document.lines
    stamped: list[Line] = []
    for index in candidates:
        line = lines[index]
        match = _STAMP.fullmatch(line.text)
        if match is not None and _headline(match["rest"].strip()):
            stamped.append(line)
    found: list[Line] = []
    run: list[Line] = []
    for line in stamped + [None]:
        if line is not None and run and _next_text(lines, run[-1].index) == line:
            run.append(line)
            continue
        if len(run) >= _MIN_TICKER and not _ascending(run):
            found.extend(run)
        run = [line] if line is not None else []
    return found


def _ascending(run: list[Line]) -> bool:
    """Whether the clock times of ``run`` go forward line by line: a programme or a
    timeline ("09:00 Registration", "09:30 Welcome", "10:00 Keynote"). A ticker lists
    the latest story first, its times going back ("14:32 ...", "14:20 ...")."""
    times = []
    for line in run:
        hours, _, minutes = line.text.strip().partition(" ")[0].partition(":")
        times.append((int(hours), int(minutes[:2])))
    return all(earlier < later for earlier, later in zip(times, times[1:]))


def _has_layout_shape(document: Document) -> bool:
    """The gate of the layout rules but NL133: False when none of them can find
    anything, because the text lacks what each needs first: two label lines shaped as
    kickers (NL130), three separator lines of one kind with one repeated (NL131), a
    first line shaped as a section label (NL132), two label lines naming comments
    (NL134), three short lines opening with a clock time (NL135). A text of prose
    paragraphs has no label line at all, and costs the one look at its short lines
    that other families share."""
    if not _short_lines(document):
        return False
    # Each stamped line of a ticker holds a colon: a few finds in C rule out most texts,
    # where looking at the short lines would take a Python pass. (In the boilerplate
    # scan's lowercased text where it made one: one byte a character, searched faster.)
    lowered = _lowered(document)
    colons = holds(document.text if lowered is None else lowered, ":", _MIN_TICKER)
    if colons and len(_stamped_lines(document)) >= _MIN_TICKER:
        return True
    labels = _label_lines(document)
    if len(labels) < 2:
        # Kicker cards, separators and comment buttons come two or more to a text (the
        # comment buttons are looked for in the label lines, not in the whole text).
        return bool(labels) and _opens_with_label(document)
    return (
        _opens_with_label(document)
        or _may_hold_kicker_cards(document)
        or _separators(document) is not None
        or len(_comment_buttons(document)) >= 2
    )


class _LayoutRule(Rule):
    """Reports the lines its ``find`` returns, one diagnostic a line, and offers
    (unsafely) to delete them.

    The lines of a widget are known only together: once some are gone, the rest no
    longer looks like a stack of cards. So each line's fix deletes the whole run of
    found lines it belongs to (lines next to each other, blank lines aside), and a
    single fixing pass removes the widget entirely."""

    category = Category.BOILERPLATE
    fix_availability = FixAvailability.ALWAYS
    fix_message = "Delete the line"
    applicability = UNSAFE
    gate = staticmethod(_has_layout_shape)

    def find(self, document: Document) -> list[Line]:
        raise NotImplementedError

    def check(self, document: Document) -> Iterator[Diagnostic]:
        found = self.find(document)
        if not found:
            return
        claimed = _claimed(document)
        for run in _runs(document, found):
            if len(run) == 1:
                fix = self.delete_lines(document, run[0], applicability=self.applicability, message=self.fix_message)
            else:
                message = f"{self.fix_message} and the {len(run) - 1} other lines of its block"
                fix = self.delete_lines(document, run[0], run[-1], applicability=self.applicability, message=message)
            for line in run:
                if line.index in claimed:
                    continue  # reported by a rule that knows what it is
                start = line.start + len(line.text) - len(line.text.lstrip())
                end = line.start + len(line.text.rstrip())
                yield self.diagnostic(document, start, end, fix=fix)


def _runs(document: Document, found: list[Line]) -> list[list[Line]]:
    """``found`` (in order) cut into runs of lines that follow one another, blank lines
    aside."""
    texts = plain_lines(document)
    runs: list[list[Line]] = []
    for line in sorted(found, key=lambda l: l.index):
        if runs:
            last = runs[-1][-1]
            if line.index > last.index and all(_blank(text) for text in texts[last.index + 1 : line.index]):
                runs[-1].append(line)
                continue
        runs.append([line])
    return runs


class KickerTeasers(_LayoutRule):
    """## What it does
    Finds a run of other stories' teasers laid out as cards: a kicker in capitals
    ("TIME TRAVELLER", "'NOT GUILTY'"), the headline under it, and sometimes one teaser
    sentence, repeated card after card ("RAIL CHAOS / Commuters stranded as strike
    spreads / EYE ON THE BALL / Striker signs three-year deal").

    ## Why is this bad?
    The cards are a recommendation widget of the page template. Extractors keep them
    between or after the article's paragraphs, where they read as unrelated headlines.

    ## Example
    ```text
    The council approved the plan on Monday.

    RAIL CHAOS

    Commuters stranded as strike spreads to the north

    FAMILY FEUD

    Brothers settle row over farm after ten years

    Work starts in the spring.
    ```

    ## Use instead
    ```text
    The council approved the plan on Monday.

    Work starts in the spring.
    ```

    ## Fix safety
    Unsafe: at least two cards must follow one another, each a line in capitals over a
    headline-shaped line, but an article can (rarely) be built of capitalised
    sub-headings over one-line paragraphs without a full stop. Only English documents
    are checked.
    """

    code = "NL130"
    name = "kicker-teasers"
    summary = "Other stories' teasers (kicker in capitals over a headline)"
    fix_message = "Delete the teaser"

    def find(self, document: Document) -> list[Line]:
        return document.memo("chrome.kicker_cards", _kicker_cards)


class StoryCards(_LayoutRule):
    """## What it does
    Finds a stack of other stories' cards: each a headline (or a byline and a teaser)
    and a separator that recurs at the same place in every card -- a line with only a
    mark ("-", "•"), the same dateline, or the byline of a writer who signs several
    cards -- at least three times in a row, every two to five lines.

    ## Why is this bad?
    The cards are the page's "more stories" widget. Extractors keep it under the
    article, where it reads as a list of unrelated headlines and bylines.

    ## Example
    ```text
    The mayor will decide next week.

    Harbour ferry fares to rise in May
    Dana Whitfield
    March 3, 2024

    Library opens new reading room
    Omar Castell
    March 3, 2024

    Bus route 12 to be rerouted
    Dana Whitfield
    March 2, 2024
    ```

    ## Use instead
    ```text
    The mayor will decide next week.
    ```

    ## Fix safety
    Unsafe: the stack is found from its layout alone (evenly spaced, repeated
    separators, headline-shaped lines between them); an article built the same way (a
    list of events, each with its date) would be deleted with it. Only English
    documents are checked.
    """

    code = "NL131"
    name = "story-cards"
    summary = "Other stories' cards (headline, byline, date) stacked under the article"
    fix_message = "Delete the card line"

    def find(self, document: Document) -> list[Line]:
        return document.memo("chrome.story_cards", _story_cards)


class SectionLabel(_LayoutRule):
    """## What it does
    Finds the site's section label (or a kicker) on the first line, right above the
    headline: "World", "Tech News", "U.S. news", "ROYAL ROW".

    ## Why is this bad?
    The label is a link of the site's navigation, printed over every story of the
    section; it is not part of the article, and left in it reads as a one-word title.

    ## Example
    ```text
    Science

    Comet's tail seen from the southern hemisphere

    Astronomers in Chile photographed the comet on Tuesday.
    ```

    ## Use instead
    ```text
    Comet's tail seen from the southern hemisphere

    Astronomers in Chile photographed the comet on Tuesday.
    ```

    ## Fix safety
    Unsafe: only the first line (or the first two) of the text is reported, when it is
    one or two words (or a few words in capitals) without punctuation and the next line
    is shaped like a headline; a very short title over a subtitle would look the same.
    """

    code = "NL132"
    name = "section-label"
    summary = "Section label of the site above the headline"
    fix_message = "Delete the section label"

    def find(self, document: Document) -> list[Line]:
        return document.memo("chrome.section_labels", _section_labels)


class ChromeNeighbour(_LayoutRule):
    """## What it does
    Finds a short line (at most eight words) that the boilerplate rules did not name but
    that sits between two lines they reported, or ends the text right after one:
    "Disclaimer" between a share row and a terms notice, "Sorry!" between two sign-up
    messages; or a run of two to four lines of at most three words there (a gallery
    counter broken over lines: "1", "of", "12"). At the top of the text, where the article's headline, byline and dateline
    stand, only a label of one word or a counter is taken ("Opinion", "3 min").

    ## Why is this bad?
    Page chrome comes in blocks; a line inside such a block is part of the same
    template, whatever its words.

    ## Example
    ```text
    The plant closes in June.

    Share on Facebook
    Our partners
    Subscribe to our newsletter
    ```

    ## Use instead
    ```text
    The plant closes in June.
    ```

    (NL102 and NL104 report the share row and the sign-up prompt.)

    ## Fix safety
    Unsafe: the line is known as chrome by its neighbours only.
    """

    code = "NL133"
    name = "chrome-neighbour"
    summary = "Short line inside a block of page chrome"
    fix_message = "Delete the line"
    # Its lines are held by the boilerplate rules' findings: where they have nothing to
    # look at, neither has it.
    gate = staticmethod(_boilerplate_gate)

    def find(self, document: Document) -> list[Line]:
        return document.memo("chrome.held", _held_by_chrome)


class CommentBlock(_LayoutRule):
    """## What it does
    Finds readers' comments kept under the article: the lines between the comment
    section's heading ("Comments", "Top Rated Comments") and the button that opens the
    rest of them ("Read All Comments", "View more comments"), when the heading comes
    after the article's first lines.

    ## Why is this bad?
    The comments are other people's text, not the article's; kept in, they read as
    unattributed opinions at the end of the story.

    ## Example
    ```text
    The new model goes on sale in March.

    It has a larger screen and a new keyboard.

    Prices start at the same level as last year's.

    Top Comments

    Finally a proper keyboard.

    I will wait for the next one.

    Read All Comments
    ```

    ## Use instead
    ```text
    The new model goes on sale in March.

    It has a larger screen and a new keyboard.

    Prices start at the same level as last year's.

    Top Comments

    Read All Comments
    ```

    (NL101 reports the heading and the button themselves.)

    ## Fix safety
    Unsafe: the comments are known by their place only, between the two buttons of the
    comment widget.
    """

    code = "NL134"
    name = "comment-block"
    summary = "Reader comment between the comment section's heading and its button"
    fix_message = "Delete the comment"

    def find(self, document: Document) -> list[Line]:
        return document.memo("chrome.comment_blocks", _comment_blocks)


class TimestampedHeadlines(_LayoutRule):
    """## What it does
    Finds the site's news ticker: three or more lines in a row, each a clock time and
    another story's headline ("14:32 Airline signs deal for thirty jets"). A run whose
    times go forward line by line is a programme or a timeline ("09:00 Registration",
    "09:30 Welcome"), not a ticker, which lists the latest story first.

    ## Why is this bad?
    The ticker lists the site's latest stories; it is not part of the article.

    ## Example
    ```text
    The talks ended without a deal.

    14:32 Airline signs deal for thirty jets
    14:20 Storm warning issued for the coast
    14:05 Central bank holds rates steady
    ```

    ## Use instead
    ```text
    The talks ended without a deal.
    ```

    ## Fix safety
    Unsafe: a live blog could (rarely) list time-stamped headings with no text between
    them. Entries of a live blog that carry text are not headline-shaped and are not
    reported.
    """

    code = "NL135"
    name = "timestamped-headlines"
    summary = "Other stories' headlines stamped with the time (a news ticker)"
    fix_message = "Delete the ticker line"

    def find(self, document: Document) -> list[Line]:
        return document.memo("chrome.ticker", _ticker)


RULES = [KickerTeasers, StoryCards, SectionLabel, ChromeNeighbour, CommentBlock, TimestampedHeadlines]
