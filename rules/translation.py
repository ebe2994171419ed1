"""Machine-translation and extraction glitches (NL4xx).

Each rule looks for a shape that English prose cannot take: a period that cuts a proper
name in two ("Saint. Petersburg"), a sentence that would end in a function word ("UN
Security of. Council"), two function words that cannot follow each other ("for of"), a
function word written twice ("the the"). The closed word classes they rely on live in
``translation_words.txt``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import eq
from typing import NamedTuple

import regex

from newslint import Category, Diagnostic, Document, Edit, Fix, FixAvailability, Rule, patterns

from ._text import RE_SPACE, RE_WORD, data_lines, inside_quote, is_english, line_around, utf8

# -- the document's words -------------------------------------------------------------

# Every byte of the UTF-8 text that is no ASCII letter becomes a space, capitals become
# lowercase: the words of the text, split in C.
_LOWERCASE_WORDS = bytes(
    byte if 0x61 <= byte <= 0x7A else byte + 0x20 if 0x41 <= byte <= 0x5A else 0x20 for byte in range(256)
)


def lowercase_words(document: Document) -> list[bytes]:
    """The document's words in ASCII lowercase (computed once, in C): its runs of ASCII
    letters, in order, every other character a separator ("Rio's café in 2019" ->
    ``[b"rio", b"s", b"caf", b"in"]``). Rules ask it whether two words of a closed class
    stand side by side (NL404's doublings, NL406's pairs): splitting the text costs about
    as much as the comparison, so it is done once for all of them. (Numbers are left
    out: as many more words to split for no rule's benefit; a pair parted by one, "from
    2010 to", is a candidate the rule's pattern then turns away.)"""
    return document.memo("translation.lowercase_words", _lowercase_words)


def _lowercase_words(document: Document) -> list[bytes]:
    return utf8(document).translate(_LOWERCASE_WORDS).split()


# -- word classes ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The ``[section]`` word lists of ``translation_words.txt``."""
    return _read_classes("translation_words.txt")


@lru_cache(maxsize=1)
def name_classes() -> dict[str, frozenset[str]]:
    """The ``[section]`` word lists of ``translation_names.txt``: the words NL401 reads as
    evidence of a cut name only in a context (after "the", after a title, in a list)."""
    return _read_classes("translation_names.txt")


@lru_cache(maxsize=1)
def place_name_cuts() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """The places of ``translation_places.txt`` by each place a period may cut them:
    ``(word before the cut, word after it)`` -> ``(words before, words after)`` of each
    name cut there ("Ho Chi. Minh City": ("Chi", "Minh") -> ("Ho Chi", "Minh City")).
    Only cuts between two capitalised words, and none before "City" or "Town"."""
    cuts: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for place in data_lines("translation_places.txt"):
        words = place.split()
        for index in range(1, len(words)):
            before, after = words[index - 1], words[index]
            if before[:1].isupper() and after[:1].isupper() and " ".join(words[index:]) not in ("City", "Town"):
                cuts.setdefault((before, after), []).append((" ".join(words[:index]), " ".join(words[index:])))
    return {pair: tuple(names) for pair, names in cuts.items()}


def _place_name_evidence(text: str, first: str, second: str, at: int, period: int) -> str | None:
    """Why ``first. second`` is a place's name cut by the period: the words around it
    spell a country, state or city of ``translation_places.txt`` ("Kuala. Lumpur")."""
    names = place_name_cuts().get((first, second))
    if names is None:
        return None
    end = at + len(first)
    for before, after in names:
        start = end - len(before)
        if text[start:end] == before and not text[start - 1 : start].isalpha() and text.startswith(after, period + 2):
            tail = text[period + 2 + len(after) : period + 3 + len(after)]
            if not tail.isalpha():
                return f"{before + ' ' + after!r} is the name of a place"
    return None


def _read_classes(filename: str) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in data_lines(filename):
        if line.startswith("[") and line.endswith("]"):
            current = classes.setdefault(line[1:-1], set())
            continue
        if current is None:
            raise ValueError(f"{filename}: words before the first [section]: {line!r}")
        current.update(line.split())
    return {name: frozenset(words) for name, words in classes.items()}


def _inflections(lemma: str) -> set[str]:
    """The regular inflections of an English verb: ``swear`` -> swears, sweared, swearing."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # drop -> dropped
    return forms


@lru_cache(maxsize=1)
def particle_verb_forms() -> frozenset[str]:
    return frozenset(form for lemma in word_classes()["particle-verbs"] for form in _inflections(lemma))


# -- NL401 period inside a name ------------------------------------------------------------


def _shared_endings(words: list[list[str]]) -> str:
    """An alternation of ``words`` (each a list of pattern atoms, one a letter: ``["[Tt]",
    "o"]``) that shares their endings: ``(?:(?:th|d)e|...)``. A look-behind, or a search
    from the right, matches a word from its last letter, so the engine rules out a whole
    group of words with one test where a plain alternation tries each word in turn. It
    matches the same strings as ``"|".join(words)``."""
    by_last: dict[str, list[list[str]]] = {}
    ends_here = False
    for word in words:
        if word:
            by_last.setdefault(word[-1], []).append(word[:-1])
        else:
            ends_here = True
    branches = [_shared_endings(rests) + last for last, rests in sorted(by_last.items())]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")

# A capitalised word, a period, one space, a capitalised letter: every sentence boundary
# between two names has this shape, so the candidates are tested for evidence below.
# ASCII capitals suffice for English. A hyphenated given name counts as one word
# ("Jean-Pierre. Moreau").
_NAME_BEFORE_PERIOD = r"(?<![\w.'’&-])(?:(?:[A-Z][a-z]+-)?[A-Z][a-z]+|[A-Z]{2,6})"
# NL402's shape: a function word, a period, a capital ("UN Security of. Council").
_FUNCTION_WORDS_BEFORE_PERIOD = (
    "the and of for to from with by at in on or a an into onto"
    # (and NL401's lowercase name particles: "Charles de. Gaulle", "Osama bin. Laden")
    " de da dos das du des del della di la le der von bin ibn al el au los las"
    # (and the particles that are English words, read only after "van": "van den. Heuvel")
    " den ten ter"
).split()
_FUNCTION_BEFORE_PERIOD = rf"(?<![A-Za-z'’-]){_shared_endings([[*word] for word in _FUNCTION_WORDS_BEFORE_PERIOD])}"
# A period, one or two short lowercase words, a capital: "Bank. of England", "Pieter.
# van der Berg", "Maria. de los Santos", where the words join two parts of a name
# (``_CONNECTORS``, each of them).
_LOWERCASE_AFTER_PERIOD = r"(?P<connector>[a-z]{1,5}(?: [a-z]{1,5})?) (?=[A-Z])"
_CONNECTORS = frozenset(
    "of and for the on at de del della da do dos das du des di la le los las von van der den ten ter zu y el al es bin ibn".split()
)
# Function words that a glitch splices with a period into a name ("Rio of. de Janeiro").
_STRAY_BEFORE_CONNECTOR = frozenset("of the and for to from with by at in on".split())
# NL405's shape: a short "sentence" after another one in the same line (". The “Global
# North” of the West."). It opens with a determiner (``_FRAGMENT_DETERMINERS``, after an
# optional quote mark) and a capitalised word: the look-ahead turns most sentences away
# before the scan to their period, which is left to the next match. The run up to it is
# possessive: it cannot hold a period, so it ends at the first one. (The determiners
# are written as a tree of their letters, "Th(?:e|is|...)": the engine tries fewer
# branches at each of the many sentences that open with "The".)
_FRAGMENT = (
    r"(?=[“\"‘']?(?:Th(?:e|is|at|ese|ose|eir)|An?|Its|H(?:is|er)|Our) [“\"‘']?\p{Lu})"
    r"[A-Z“\"‘'][^.!?:;\n]{2,90}+"
)
_FRAGMENT_END = rf"(?=\.(?:[{RE_SPACE}]|\Z))"
# Every shape that starts at a period and a space, in one scan: the engine skips to each
# ". " literal and tries the shapes there (a scan that starts with the word before the
# period would be tried at every capital). After the space stands either a lowercase
# connector (NL401's "Bank. of England"), or a capital after a capitalised word or a
# function word, read by a look-behind (NL401's "Saint. Petersburg", NL402's "Security
# of. Council"; the word is capitalised or lowercase, so at most one of the two fits),
# or neither word: each branch may hold a fragment (NL405) when a capital or a quote
# follows. No match holds another ". " (a fragment stops at its period), so every ". "
# is tried, as in a scan of each shape alone; the words the look-behind reads may
# overlap ("and Rachel. Stone. It" has a match after "Rachel" and one after "Stone").
_PERIOD_SHAPES = patterns.compile(
    r"\. (?:"
    + _LOWERCASE_AFTER_PERIOD
    + rf"|(?<=(?P<word>{_NAME_BEFORE_PERIOD}|{_FUNCTION_BEFORE_PERIOD})\. )(?=[A-Z])(?:(?P<fragment>{_FRAGMENT}){_FRAGMENT_END})?"
    + rf"|(?P<fragment>{_FRAGMENT}){_FRAGMENT_END})"
)
# The numbers of its groups, which ``_find_period_shapes`` reads by number: a group read
# by name costs a look-up in the pattern's table at each of the many matches.
_CONNECTOR_GROUP, _WORD_GROUP, _FRAGMENT_GROUP = 1, 2, 3
# After an exclamation mark, a fragment only (rare: searched apart).
_SHORT_SENTENCE_AFTER_EXCLAMATION = patterns.compile(rf"! (?P<fragment>{_FRAGMENT}){_FRAGMENT_END}")


class PeriodShapes(NamedTuple):
    """What the document holds at its periods (``_period_shapes``), each list in text order."""

    #: ``(start, end)`` of each capitalised word followed by a period, a space and a
    #: capital, that capital included (NL401).
    names: list[tuple[int, int]]
    #: The same for a function word (NL402).
    functions: list[tuple[int, int]]
    #: ``(period, connector)`` for each period followed by a connector and a capital (NL401).
    connectors: list[tuple[int, str]]
    #: The span of each short sentence after ". " or "! " that opens with a determiner (NL405).
    fragments: list[tuple[int, int]]


def _period_shapes(document: Document) -> PeriodShapes:
    """The shapes at the document's periods, from one scan shared by NL401, NL402 and
    NL405 (computed once)."""
    return document.memo("translation.period_shapes", _find_period_shapes)


def _find_period_shapes(document: Document) -> PeriodShapes:
    text = document.text
    names: list[tuple[int, int]] = []
    functions: list[tuple[int, int]] = []
    connectors: list[tuple[int, str]] = []
    fragments: list[tuple[int, int]] = []
    for match in _PERIOD_SHAPES.finditer(text):
        start = match.start(_WORD_GROUP)
        if start >= 0:
            # (a name starts with an ASCII capital, a function word in lowercase; the
            # pair ends with the capital after the space)
            (names if text[start] <= "Z" else functions).append((start, match.start() + 3))
        else:
            connector = match[_CONNECTOR_GROUP]
            if connector is not None:
                if connector in _CONNECTORS or _CONNECTORS.issuperset(connector.split(" ")):
                    connectors.append((match.start(), connector))
                continue
        if match.start(_FRAGMENT_GROUP) >= 0:
            fragments.append(match.span(_FRAGMENT_GROUP))
    # ("!" first: a single character is found by memchr, while "! " ends with the
    # commonest character and costs ten times more to look for.)
    if "!" in text and "! " in text:
        # (They cannot overlap the others: a fragment holds no sentence mark but the one
        # before it.)
        fragments.extend(match.span("fragment") for match in _SHORT_SENTENCE_AFTER_EXCLAMATION.finditer(text))
        fragments.sort()
    return PeriodShapes(names, functions, connectors, fragments)


def _period_pairs(document: Document) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of every capitalised word (NL401) and every function word (NL402)
    followed by a period, a space and a capital, that capital included, left to right
    (the words of two pairs may overlap: "Rachel. Stone. It")."""
    shapes = _period_shapes(document)
    return shapes.names, shapes.functions


def _after_periods(document: Document) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """``(period, connector)`` for each period followed by a connector and a capital
    ("Bank. of England"), and the span of each short sentence that opens with a
    determiner (NL405's fragments, also after "! "), in text order."""
    shapes = _period_shapes(document)
    return shapes.connectors, shapes.fragments


def _name_period_starts(text: str, name_spans: list[tuple[int, int]]) -> list[tuple[int, bool]]:
    """Where each name pair starts, left to right, and whether its second word is a
    one-word "sentence" between two periods ("and Rachel. Stone. It"): the second word
    of one pair that is the first of the next. ``name_spans`` holds every pair, left to
    right (``_period_pairs``); two pairs overlap only in that way (the one on the left
    ends with the capital the other starts with), so each pair is listed once, chained
    or not."""
    firsts = {start for start, _ in name_spans}
    return [(start, end - 1 in firsts) for start, end in name_spans]


_SECOND_WORD = patterns.compile(r"[A-Z][\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}])")


def _second_word(text: str, start: int) -> str | None:
    """What ``_SECOND_WORD`` matches at ``start``, or None. The common case, a capitalised
    run of ASCII letters and a space ("Police said"), is read without the pattern, which
    would match just that run (letters, then no letter, mark or digit): each pattern call
    costs about a microsecond of set-up, and NL401 asks this of most of its pairs."""
    word, space, _ = text[start : start + 24].partition(" ")
    if space and word.isascii() and word.isalpha() and word[0] <= "Z":
        return word
    match = _SECOND_WORD.match(text, start)
    return None if match is None else match.group()


_WORD = patterns.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*")
_CHUNK_FUNCTION_WORDS = frozenset("a an the of in on at to for by with from and de la le da do".split())
_LOOKBACK = 160
# A short all-capitals "sentence" after a question or a colon is an answer or a label
# ("The venue? Madison Square Garden."), not a name cut short.
_ANSWER_MARKS = frozenset("?:;")
# Name particles that are also capitalised nouns in German ("das große Los."): trusted
# in English documents only.
_NOUNS_ELSEWHERE = frozenset({"Los"})
_NOT_IN_NAME_RUN = patterns.compile(r"[^\p{L}\p{M}\p{N}\s,'’]")
# A list item's number or letter at the start of a line ("2. ", "(b) ", "iv. "): a run of
# capitalised words after it, closed by a period, is the item's run-in heading ("2. Grant
# of Copyright License. Subject to ..."), not the start of a name.
_LIST_MARKER = patterns.compile(r"[ \t]*\(?(?:[0-9]{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)][ \t]*")


# A match report's minute opening a line ("31' Chance for Villa.", "90+2' Goal!"): what
# follows is the minute's note, like a label's value, not the start of a name.
_MATCH_MINUTE = patterns.compile(r"[0-9]{1,3}(?:\+[0-9]{1,2})?['’′][ \t]")


def _after_list_marker(text: str, start: int) -> bool:
    """Whether the text from the start of its line up to ``start`` is a list marker."""
    line_start = text.rfind("\n", max(0, start - 12), start) + 1
    if line_start == 0 and start > 12:
        return False
    return _LIST_MARKER.fullmatch(text, line_start, start) is not None


# Where the sentence holding a position starts: after a sentence mark (and a closing
# quote or bracket) and a space, or at the start of a line when the line before ends a
# sentence or is blank. A single line break inside a sentence (hard wrap) is not one.
_BOUNDARIES = tuple(
    mark + closer + space for mark in ".!?:;" for closer in ("", "”", '"', "’", ")") for space in (" ", "\t")
)
# The last of them before a position, in one search from the right (no two of them
# start at the same offset, and the one that starts last also ends last).
_LAST_BOUNDARY = patterns.compile(r"[.!?:;][”\"’)]?[ \t]", regex.REVERSE)
_LINE_ENDS_SENTENCE = frozenset('.!?:"”')
_WORD_BEFORE_PERIOD = patterns.compile(r"(\p{L}[\p{L}\p{M}]*)\.$")
# A period, then a lowercase word that joins the parts of a name, then a capital:
# "Bank. of England". English connectors count in any language (no other language has
# them as words); name particles only in English documents ("Nr. der" is German).
_CONNECTORS_ANY_LANGUAGE = frozenset({"of", "and", "for", "the"})
# The first part of a hyphenated capitalised word before the period ("Anne-" of
# "Anne-Sophie. de Villiers"), after no letter, dot or hyphen.
_HYPHENATED_FIRST = patterns.compile(r"(?<![\p{L}\p{M}.'’&-])[A-Z][a-z]+-$")


def _sentence_start(text: str, pos: int) -> int:
    """Offset where the sentence that runs up to ``pos`` begins (bounded look-back).
    A period after an abbreviation or an initial ("Sept. 5", "W. Bush") is not a
    sentence boundary."""
    floor = max(0, pos - _LOOKBACK)
    abbreviations = word_classes()["abbreviations"]
    end = pos
    while True:
        boundary = _LAST_BOUNDARY.search(text, floor, end)
        best, length = (boundary.start(), len(boundary.group())) if boundary else (-1, 0)
        newline = text.rfind("\n", floor, end)
        while newline > best:
            before = text[floor:newline].rstrip(" \t\r")  # (a CRLF text's line ends in "\r")
            if not before or before[-1] in _LINE_ENDS_SENTENCE or before[-1] == "\n":
                best, length = newline, 1
                break
            newline = text.rfind("\n", floor, newline)
        if best < 0:
            return floor
        if text[best] == ".":
            word = _WORD_BEFORE_PERIOD.search(text, max(floor, best - 20), best + 1)
            if word and (len(word[1]) == 1 or word[1] in abbreviations):
                end = best
                continue
        start = best + length
        while start < pos and text[start] in " \t\r\n":
            start += 1
        return start


def _is_name_run(chunk: str, longest: int = 5) -> bool:
    """A "sentence" of two to five (``longest``) words that are all capitalised, numbers,
    name particles or titles ("Employee Steve", "In 2016, the South", "Tigers linebacker
    Okoro"): no verb, only a name's start."""
    if _NOT_IN_NAME_RUN.search(chunk):
        return False  # "Sept. 5 -- White River Amphitheatre": a listing, not a sentence
    words = _WORD.findall(chunk)
    if not 2 <= len(words) <= longest:
        return False
    roles = name_classes()["person-roles"]
    return all(w[0].isupper() or w[0].isdigit() or w in _CHUNK_FUNCTION_WORDS or w in roles for w in words)


_PREVIOUS_WORD = patterns.compile(r"([\p{L}\p{M}'’]+)[ \t]*$")
_NEXT_WORD = patterns.compile(r"[ \t]+([\p{L}\p{M}'’]+)")
_PREVIOUS_WORD_OR_COMMA = patterns.compile(r"([\p{L}\p{M}'’]+),?[ \t]*$")
_NEXT_WORD_OR_COMMA = patterns.compile(r",?[ \t]+([\p{L}\p{M}'’]+)")
# A closing quotation mark: a curly one, or a straight one right after a letter or mark.
def _next_sentence(text: str, start: int) -> str:
    """The text from ``start`` to the next sentence mark or line end (bounded)."""
    limit = min(len(text), start + 120)
    # (the first of the marks, each found in C)
    end = min(filter((-1).__ne__, map(text.find, _SENTENCE_ENDS, repeat(start), repeat(limit))), default=limit)
    return text[start:end]


_SENTENCE_ENDS = tuple(".!?;:\n")


_CLOSING_QUOTE = patterns.compile(r"(?:”|(?<=[\p{L}\p{N}.,!?'’])\")[ \t]*", regex.REVERSE)
_PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I", "You", "This", "That"})


def _splits_attribution(text: str, sentence_start: int, period: int, speech: frozenset[str]) -> bool:
    """The period cuts a quotation's attribution before its verb: ``“…,” Name, title at
    International Security. Department of X told CNBC``, ``“…,” the Harbour. Police
    said``. The "sentence" before the period opens with a closing quote and a
    capitalised name (or "the" and one) and has no speech verb; the next one has the
    verb."""
    quote = _CLOSING_QUOTE.search(text, max(0, sentence_start - 3), period)
    if not quote:
        return False
    head = text[quote.end() : period]
    if head.startswith("the ") and head[4:5].isupper():
        head = head[4:]  # ("“…,” the Harbour. Police said": a body named after "the")
    if not head[:1].isupper() or head.split(" ", 1)[0] in _PRONOUNS:
        return False
    if any(word in speech for word in _WORD.findall(head)):
        return False
    tail_end = text.find(".", period + 1, period + 200)
    tail = text[period + 1 : tail_end if tail_end > 0 else period + 200]
    return any(word in speech for word in _WORD.findall(tail))


def _written_together_in_prose(text: str, first: str, second: str, here: int) -> bool:
    """Whether the document writes ``first second`` as one name elsewhere, inside prose:
    next to at least one lowercase word ("the White House under"), not in a title-case
    headline where any two capitalised words meet ("... China Bigger Than ...")."""
    pair = f"{first} {second}"
    if pair not in text:
        return False  # (most pairs: answered without the generator)
    for start in _whole_words(text, pair):
        if start != here:
            # (a comma may stand between: "the actress, Kate Henshaw, who")
            before = _PREVIOUS_WORD_OR_COMMA.search(text, max(0, start - 40), start)
            after = _NEXT_WORD_OR_COMMA.match(text, start + len(pair))
            if (before and before[1][0].islower()) or (after and after[1][0].islower()):
                return True
    return False


def _whole_words(text: str, words: str) -> Iterator[int]:
    """Where ``words`` stands in ``text`` with no letter joined to either end, left to
    right (found with ``str.find``: most words stand a few times at most)."""
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        if not text[start - 1 : start].isalpha() and not text[end : end + 1].isalpha():
            yield start
        start = text.find(words, start + 1)


# Characters that start a sentence or a line: a run of words without them holds no
# sentence start (see ``_sentence_start``).
_SENTENCE_MARKS = frozenset(".!?:;\n\t")


def _holds_title(chunk: str) -> bool:
    """Whether ``chunk`` holds a lowercase title of a person ("quarterback", "diver")."""
    roles = name_classes()["person-roles"]
    return any(word in roles for word in chunk.split())


def _lowercase_word_before(text: str, at: int) -> bool:
    """Whether the sentence holding ``at`` has a lowercase word (not a name particle)
    before it, found without looking for the sentence's start: the words from that one
    to ``at`` are separated by spaces and hold no sentence mark or line break, so no
    sentence starts among them, and they sit within ``_LOOKBACK``. Such a sentence is
    more than the start of a name (``_is_name_run`` fails on it). Titles ("quarterback")
    are skipped like name particles."""
    if text[at - 1 : at] != " ":
        return False
    # (100 characters, well inside ``_LOOKBACK``: the look-back never cuts these words.
    # The first piece may be a word cut by the window: it is never looked at.)
    window = text[max(0, at - 100) : at - 1]
    roles = name_classes()["person-roles"]
    # One of the last few words decides most pairs: they are split off first, and the
    # rest of the window only when none of them does.
    last = window.rsplit(" ", _NEAR_WORDS)
    verdict = _telling_word(reversed(last[1:]), roles)
    if verdict is None and len(last) > _NEAR_WORDS:
        verdict = _telling_word(reversed(window.split(" ")[1:-_NEAR_WORDS]), roles)
    return bool(verdict)


_NEAR_WORDS = 4
#: The most words of a name run that follows a period as the next item of a list of names.
_LONGEST_LISTED_NAME = 8


def _telling_word(words: Iterator[str], roles: frozenset[str]) -> bool | None:
    """For ``_lowercase_word_before``, reading ``words`` from ``at`` backwards: True at
    a lowercase word (not a particle or title), False at a sentence mark, None when
    neither comes."""
    for word in words:
        if word.isalpha() and word.isascii() and word.islower():
            if word not in _CHUNK_FUNCTION_WORDS and word not in roles:
                return True
        elif not _SENTENCE_MARKS.isdisjoint(word):
            return False
    return None


def _may_split_attribution(stretch: str) -> bool:
    """Whether ``_splits_attribution`` could hold for a period at the end of ``stretch``,
    which holds the sentence before it and the three characters before that. It needs a
    closing quote there followed by a capital, the name of the speaker; the closing quote
    it finds is the last one. Straight quotes, closing or opening, are left to it."""
    if '"' in stretch:
        return True
    quote = stretch.rfind("”")
    if quote < 0:
        return False
    head = stretch[quote + 1 :].lstrip(" \t")
    return head[:1].isupper() or (head.startswith("the ") and head[4:5].isupper())


def _cut_name_evidence(
    text: str, first: str, second: str, at: int, period: int, speech: frozenset[str], chained: bool = False
) -> str | None:
    """Why ``first. second`` (``first`` at ``at``) is a name cut by a period, for a pair
    of ordinary capitalised words (English documents only), or None. When ``second`` is
    a one-word sentence (``chained``: "Small. Fast. Reliable.", "Proc. Nat. Conf.") the
    pieces are a slogan, a list or abbreviations, not sentences: only the document's
    other writing of the pair counts."""
    if _written_together_in_prose(text, first, second, at):
        return f"the document also writes {first + ' ' + second!r}"
    if _lone_name_after(text, second, at, period):
        return f"the sentence after the period is the one name {second!r}"
    if chained:
        return None
    # The sentence before the period starts no earlier than ``_LOOKBACK`` before it: a
    # quotation's attribution needs a closing quote in that stretch, and a name run needs
    # no lowercase word before ``first``. Most pairs have neither, and skip the search.
    if _lowercase_word_before(text, at):
        after = period + 2 + len(second)
        if text[after : after + 1] == " " and text[after + 1 : after + 2].isupper() and _rest_of_name_after(text, period + 2):
            return "the sentence after the period is only the end of a name"
        if not _may_split_attribution(text[max(0, at - _LOOKBACK - 3) : period]):
            return None
    start = _sentence_start(text, at)
    opener = text[max(0, start - 3) : start].rstrip()[-1:]
    chunk = text[start:period]
    if (
        start < at
        and first not in _CALENDAR_WORDS  # ("Until 30 September. Admission €14": a date)
        and (opener not in _ANSWER_MARKS or (opener == ":" and _holds_title(chunk)))
        and _is_name_run(chunk)
        and not _after_list_marker(text, start)
        and not _MATCH_MINUTE.match(chunk)
        and not _is_name_run(_next_sentence(text, period + 2), _LONGEST_LISTED_NAME)
    ):
        # (a name run followed by another one is a list of names:
        # "AirPods Pro. Sonos Move. Galaxy Note 10.", "... Joe Biden. Former Secretary of
        # State Hillary Clinton." (a listed name with its title may be longer than the
        # start of a name that a period cuts). After a colon, a run is an
        # answer or a label's value, "Venue: Madison Square Garden.", unless a title
        # shows it is a person's name cut short: "Results: Eastview sprinter Tobiah.")
        return "the sentence before the period is only the start of a name"
    if _splits_attribution(text, start, period, speech):
        return "the period cuts a quotation's attribution before its verb"
    return None


# Words that make a sentence of their own ("Again.", "Exactly.", "Why?"): answers,
# interjections and sentence adverbs, never a name's end.
_ONE_WORD_SENTENCES = frozenset(
    """Yes No Nope Yeah Yep Never Always Again Twice Once Exactly Really Seriously Indeed
    Absolutely Definitely Certainly Surely Maybe Perhaps Sure Right Wrong Correct True False
    Nothing Nobody Everything Everyone Done Enough Finally Thanks Okay Fine Good Great Wow
    Period Sorry Please Agreed Gone Over Anyway Still Now Today Tomorrow Yesterday Here
    There Why What How Who Where When Which""".split()
)


# Endings of the adjectives, adverbs and abstract nouns that make a one-word verdict
# ("Incredible.", "Stunning.", "Brilliant.", "Fantastic.", "Perfection."), which few
# names share.
_VERDICT_ENDINGS = (
    "ble", "ful", "ous", "ive", "ing", "ly", "less", "ish", "ant", "ent", "ic", "tion", "sion", "ness", "ment", "ism",
    "ship",
)


def _lone_name_after(text: str, second: str, at: int, period: int) -> bool:
    """Whether the "sentence" after the period is ``second`` alone, a name, after a
    sentence whose last word, capitalised after a lowercase word, opened that name:
    "running back Trey. Edmunds." (then the paragraph's end), "Kumar and Margarita.
    Kuritsyna. The duo ..." (then a word that opens sentences). News has no one-word
    sentence that is a name; the words that make one ("Again.", "Exactly.") are common
    words, which the document also writes in lowercase. An abbreviation's pieces are
    followed by more of them ("in Proc. Natl. Acad. Sci."), a slogan's by more words
    ("is Small. Fast. Reliable.")."""
    end = period + 2 + len(second)
    if text[end : end + 1] not in (".", "!", "?") or len(second) < 3 or not second[1:].islower():
        return False
    after = text[end + 1 : end + 2]
    if after == " ":
        following = text[end + 2 : end + 2 + longest_starter() + 1].split(" ", 1)[0]
        if following not in word_classes()["sentence-starters"] and following[:1] not in ("“", '"', "‘"):
            return False
    elif after not in ("", "\n", "\r"):
        return False
    if text[at - 1 : at] != " ":
        return False
    word_before = text[max(0, at - 30) : at - 1].rsplit(None, 1)[-1:]
    if not word_before or not (word_before[0].rstrip(",").isalpha() and word_before[0].islower()):
        return False
    if second in _ONE_WORD_SENTENCES or second in word_classes()["abbreviations"]:
        return False
    if second.endswith(_VERDICT_ENDINGS) and second not in name_classes()["institution-heads"]:
        return False  # "... scored by Kane. Unbelievable.": a verdict, not a name's end
    return _never_in_lowercase(text, second)


def _lone_mention_before_verb(text: str, second: str, period: int) -> bool:
    """Whether ``second``, after the period at ``period`` that follows a given name the
    document writes only there, is also written nowhere else (in any case) and is
    followed by a verb of ``clause-continuers``: "talks in Angela. Merkel would
    continue" -- a person named once, in full, cut in two. A surname that ends a sentence's subject elsewhere
    ("Maitlis asked") is a name the story goes on using, and is read by the evidence
    before this one."""
    end = period + 2 + len(second)
    following = _NEXT_LOWERCASE_WORD.match(text, end)
    if following is None or following[1] not in name_classes()["clause-continuers"]:
        return False
    return not _stands_elsewhere(text, second, end - len(second)) and _never_in_lowercase(text, second)


def _never_in_lowercase(text: str, word: str) -> bool:
    """Whether ``text`` never writes ``word`` in lowercase, as a name is never written."""
    return next(_whole_words(text, word.lower()), None) is None


def _rest_of_name_after(text: str, start: int) -> bool:
    """Whether the "sentence" from ``start`` is two to five capitalised words and no
    more, closed by a period, and not followed by another such run
    ("Health Organization. For ..."): no verb, only the end of a name."""
    dot = text.find(".", start, start + 100)
    if dot < 0 or not 2 <= len(text[start:dot].split()) <= 5:
        return False  # (the common case, answered without the patterns)
    rest = _next_sentence(text, start)
    end = start + len(rest)
    mark = text[end : end + 1]
    if mark != "." or text[end + 1 : end + 2] not in ("", " ", "\n", "\r"):
        return False  # ("... not Tor. Tweet Share Comment": sharing buttons end a line)
    return _is_name_run(rest) and not _is_name_run(_next_sentence(text, end + 2))


_DETERMINERS = frozenset({"the", "The", "a", "A", "an", "An"})
# "'s" that is "is", not a possessive: "That's Black." may end a sentence.
_CONTRACTIONS = frozenset("it that he she there what who here where let".split())
# An abbreviation in capitals between a determiner and an adjective: "the U.S. Supreme".
_CAPITALS_ABBREVIATION = patterns.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,4}")
# Two or more comma-separated full names of people before the word: "Laura Perez,
# David Kim, and ". Each item is two capitalised words; whose first words
# are given names is checked after.
_NAME_LIST = patterns.compile(
    r"((?:[A-Z][a-z]+ [A-Z][\p{L}\p{M}'’-]+(?:, |,? and |,? & )){2,})$", regex.REVERSE
)
_LIST_ITEM = patterns.compile(r"([A-Z][a-z]+) [A-Z]")


def _is_determiner(word: str) -> bool:
    """``the``, ``a``, ``an``, or a possessive ("country's", "Russia’s")."""
    if word in _DETERMINERS:
        return True
    if word.endswith(("'s", "’s")) and len(word) > 2:
        return word[:-2].lower() not in _CONTRACTIONS
    return False


def _named_mid_sentence(text: str, word: str, here: int) -> bool:
    """Whether the capitalised ``word`` stands elsewhere in ``text`` inside a sentence
    (after a lowercase word or a comma, quotes aside: "with Lawson,", '," Lawson
    said'), where only a proper name is capitalised."""
    if not word[:1].isupper():
        return False
    for index in _whole_words(text, word):
        if abs(index - here) > len(word) + 40 and text[index - 1 : index] == " ":
            before = text[max(0, index - 4) : index].rstrip(" \t\"”’'")
            if before[-1:].islower() or before.endswith(","):
                return True
    return False


def _subject_elsewhere(text: str, word: str, here: int) -> bool:
    """Whether ``word`` (at ``here``) opens a sentence later in ``text`` as a person's
    surname does, before a verb of speech or an auxiliary ("Okonkwo has not said",
    ``_speaker_after``): the story goes on naming by the surname the person it named
    in full."""
    for index in _whole_words(text, word):
        if index > here and (text[index - 2 : index] == ". " or text[index - 1] == "\n"):
            if _speaker_after(text, word, index):
                return True
    return False


def _named_after_another_word(text: str, word: str, first: str, here: int) -> bool:
    """Whether ``word`` (at ``here``, after the period) stands elsewhere in ``text``
    right after a capitalised word other than ``first`` and than a title ("Speaker Nancy
    Pelosi" in a text that later reads "President Trump. Pelosi said"): the document
    gives that person another first name, so ``first`` is not the first half of the
    name but the end of a sentence about someone else. (A title or an honorific, "Coach
    Vasko", "Mr. Vasko", is how a story names the same person again.)"""
    titles = _titles()
    for index in _whole_words(text, word):
        if index != here and text[index - 1 : index] == " ":
            previous = text[text.rfind(" ", max(0, index - 40), index - 1) + 1 : index - 1]
            if previous[:1].isupper() and previous[-1:].isalpha() and previous != first and previous.lower() not in titles:
                return True
    return False


def _stands_elsewhere(text: str, word: str, here: int) -> bool:
    """Whether ``word`` stands as a whole word anywhere in ``text`` but at ``here``."""
    return any(index != here for index in _whole_words(text, word))


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """The capitalised words ``_name_word_evidence`` looks at: the others have none."""
    classes = name_classes()
    return (
        classes["name-adjectives"] | classes["adjectives-inside-names"] | classes["compass-words"] | classes["given-names"]
    )


def _name_word_evidence(text: str, first: str, second: str, at: int) -> str | None:
    """Why the capitalised ``first`` (at ``at``) cannot end a sentence, from its word
    class and the words before it, or None. Each class needs its context: an adjective
    that opens names after a determiner ("the Supreme."), a compass point after a
    preposition of place ("in North."), a given name after a title, an age or a list of
    people's full names ("striker Daniel.", "15-year-old Megan.", "Laura Perez,
    David Kim, and Rachel.")."""
    classes = name_classes()
    adjective = first in classes["name-adjectives"] or first in classes["adjectives-inside-names"]
    compass = first in classes["compass-words"]
    given = first in classes["given-names"]
    if not (adjective or compass or given) or text[at - 1 : at] not in (" ", "\n"):
        return None
    words = text[max(0, at - 60) : at].split()[1:]  # (the first piece may be cut)
    if not words:
        return None
    previous = words[-1]
    if adjective:
        if len(words) >= 2 and _CAPITALS_ABBREVIATION.fullmatch(previous):
            previous = words[-2]
        if _is_determiner(previous) and first in classes["name-adjectives"]:
            return f"{first!r} opens a name and needs a noun after {previous!r}"
        if previous in ("of", "for") and len(words) >= 2 and words[-2][:1].isupper() and words[-2].isalpha():
            # "the Agency for Nuclear. Safety", "the Ministry of Economic. Development":
            # inside a name, after its head and a connector, the adjective needs its noun
            return f"{first!r} after {words[-2] + ' ' + previous!r} needs a noun: the name goes on"
        return None
    if compass:
        compass_points = classes["compass-words"]
        if any(word.strip(",;") in compass_points for word in words[-4:-1]):
            return None  # "from East to West."
        if previous in classes["place-prepositions"]:
            return f"{first!r} after {previous!r} opens a place name"
        if previous in _COORDINATED_PLACE_PREPOSITIONS and _COORDINATED_PLACE.match(text, at + len(first) + 2):
            # "a model for North. America and Europe": the second word is coordinated
            # with another name, as places are
            return f"{first!r} after {previous!r} opens a place name coordinated with another"
        return None
    if previous in classes["person-roles"]:
        return f"a given name after {previous!r} is the start of a full name"
    if not _stands_elsewhere(text, first, at) and previous not in classes["given-name-alone"]:
        # News names a person in full once, then by the surname: a given name that the
        # document never writes again, before a word that it uses as a name inside its
        # sentences, is a full name cut in two ("Kate. Henshaw, looking" and "Henshaw
        # said"). A given name alone may end a sentence ("kept pressing Andrew. Maitlis
        # asked"), but then the next word is not the surname the story goes on using.
        if _named_mid_sentence(text, second, at) or _subject_elsewhere(text, second, at + len(first) + 2):
            return f"{first!r} is a given name the document writes only here, and {second!r} a name it uses again"
        if _lone_mention_before_verb(text, second, at + len(first)):
            return f"{first!r} and {second!r} are written only here, and a verb follows: one name, mentioned once"
    if previous.endswith("-year-old") and _named_mid_sentence(text, second, at):
        # (a child is often named by the given name alone, "said 12-year-old Emily.":
        # the word after the period must be a name the document uses again)
        return f"a given name after {previous!r} is the start of a full name"
    names = _NAME_LIST.search(text, max(0, at - 120), at)
    if names:
        given_names = classes["given-names"] | classes["given-names-also-surnames"]
        people = sum(item in given_names for item in _LIST_ITEM.findall(names[1]))
        if people >= 2:
            return "a given name alone at the end of a list of full names"
    return None


# Titles of people that ``person-roles`` leaves out because they also name things or
# actions ("coach", "center", "end"): here they count only with the evidence of
# ``_titled_name_evidence``.
_MORE_TITLES = frozenset("coach manager president director chief secretary center guard end back tackle".split())


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The lowercase titles ``_titled_name_evidence`` reads before a name."""
    return name_classes()["person-roles"] | _MORE_TITLES


def _titled_name_evidence(text: str, first: str, second: str, at: int) -> str | None:
    """A person's title, a capitalised word the document writes nowhere else, a period,
    then a word it uses as a name inside its sentences: "defensive end Myles. Garrett"
    and "Garrett was ejected". News names a person in full once, then by the surname;
    a surname after a title ("said coach Smith.") is the later mention, so the document
    writes it again."""
    if text[at - 1 : at] != " ":
        return None
    previous = text[text.rfind(" ", max(0, at - 30), at - 1) + 1 : at - 1]
    if previous not in _titles() or _stands_elsewhere(text, first, at):
        return None
    if (
        _named_mid_sentence(text, second, at) or _subject_elsewhere(text, second, at + len(first) + 2)
    ) and not _named_after_another_word(text, second, first, at + len(first) + 2):
        return f"after {previous!r}, {first!r} is written only here and {second!r} is a name the document uses again"
    if _speaker_after(text, second, at + len(first) + 2) and _first_mention(text, second, at):
        # ("President Trump." may end a sentence before another person the story has
        # named, "Pelosi said": only a surname the document has not written before
        # counts, a full name's second half)
        return f"after {previous!r}, {first!r} is written only here and {second!r} is the subject of a verb"
    return None


def _lone_word_sentence_evidence(text: str, first: str, second: str, at: int) -> str | None:
    """Why ``first. second`` is a person's name cut in two when ``first`` is a "sentence"
    of its own (at a line's start, after another sentence or after an abbreviated title:
    "... the contracts. Annika. Eze, who chairs the panel", "Dr. Rashid. Okonkwo said"):
    a name that the document writes only there and never in lowercase, before a word
    that opens a clause as a person's surname (``_speaker_after``). News has no
    one-word sentence that is a name; the words that make one ("Again.", "Exactly.",
    "Unbelievable.") are common words or verdicts."""
    if len(first) < 3 or not first[1:].islower() or first in _ONE_WORD_SENTENCES or first.endswith(_VERDICT_ENDINGS):
        return None
    if text[at - 2 : at] == ". ":
        # (after a period: the end of a sentence, its last word in lowercase, or an
        # abbreviated title; not an initial or another capitalised word, "Rachel. Stone.")
        before = text[max(0, at - 12) : at - 2].rsplit(None, 1)[-1:]
        if not before or not (before[0].islower() or before[0] in word_classes()["abbreviations"]):
            return None
    second_at = at + len(first) + 2
    if not (
        (_speaker_after(text, second, second_at) or (_line_start(text, at) and _past_tense_after(text, second, second_at)))
        and _first_mention(text, second, at)
    ):
        return None  # ("The rain stopped. Silence. Reyes said nothing.": Reyes, named before)
    if _stands_elsewhere(text, first, at) or not _never_in_lowercase(text, first):
        return None
    return f"{first!r} stands alone as a sentence, written only here, and {second!r} opens a clause as a surname"


def _line_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a line."""
    return at == 0 or text[at - 1] == "\n"


def _past_tense_after(text: str, second: str, start: int) -> bool:
    """Whether ``second`` (at ``start``) is followed by a regular past tense ("Brekke
    declined"), as a surname opening a clause is; not a plural ("Officials declined")
    nor a word the document writes in lowercase."""
    if second.endswith("s"):
        return False
    following = _NEXT_LOWERCASE_WORD.match(text, start + len(second))
    return following is not None and _is_participle(following[1]) and _never_in_lowercase(text, second)


# Capitalised titles that stand before a person's name ("President Donald Trump").
# Left out: those that are also names or bands (Prince, King, Queen), and Judge, Coach,
# General (also common nouns or surnames).
_TITLES_BEFORE_NAMES = frozenset(
    """President Senator Governor Mayor Minister Chancellor Premier Ambassador Secretary
    Commissioner Sheriff Chairman Chairwoman Professor Pope Sergeant Colonel Lieutenant
    Bishop Cardinal Rabbi Sheikh""".split()
)
# Words after which a title is a role, which may end a sentence ("elected President.",
# "ran for Mayor.", "as President and CEO.", "the Minister."): articles, possessives,
# copulas, "as", "for", "and", "or" and the adjectives of a role. (A participle, the
# other such word, "named", "appointed", "crowned", is any word in "-ed".)
_BEFORE_A_ROLE = frozenset(
    """the a an as for and or his her their its our my your be been being was is were are
    become becomes became becoming remain remains remaining stay stays vice acting interim
    former deputy incoming outgoing then future first new next""".split()
)


def _cut_title_evidence(text: str, first: str, second: str, at: int, end: int) -> str | None:
    """Why the title ``first`` (at ``at``) before the period opens a name: after a
    lowercase word that does not make it a role ("In each case, President. Trump tied",
    "under President. Donald Trump's announcement"), before a name of two words, a
    possessive, a verb of speech or a name the document writes again (``second`` ends
    at ``end``). A sentence ends in a
    bare title only as a role: "was elected President.", "as President and CEO."."""
    previous = text[max(0, at - 30) : at].rstrip(" ").rsplit(None, 1)[-1:]
    if not previous:
        return None
    word = previous[0].rstrip(",")
    if not (word.isalpha() and word.islower()) or word in _BEFORE_A_ROLE or word.endswith("ed"):
        return None
    if not _never_in_lowercase(text, second):
        return None
    after = text[end : end + 2]
    if not (
        (after[:1] == " " and after[1:2].isupper())
        or (after[:1] in ("'", "’") and text[end + 1 : end + 2] == "s")
        or _speaker_after(text, second, end - len(second))
        or _stands_elsewhere(text, second, end - len(second))
    ):
        return None
    return f"{first!r} after {word!r} is a title before a name, not a role that ends a sentence"


# An auxiliary after a comma: "..., who subbed for Devan. Dubnyk, was strong" -- a
# clause that closes after the period, its verb parted from the sentence's subject.
_COMMA_AUXILIARY = patterns.compile(r", (?:was|were|is|are|has|have|had|will|would|could|can|should|did|does)\b")


def _closing_comma_evidence(text: str, second: str, at: int, end: int) -> str | None:
    """Why ``second`` (ending at ``end``), then a comma and an auxiliary, cannot open a
    sentence: no sentence parts its subject from its verb with one comma ("Dubnyk, was
    strong"), but a comma that closes an apposition or a relative clause does, and that
    clause opened before the period ("His mother, Queen. Elizabeth, was said to ...",
    "Stalock, who replaced Devan. Dubnyk, looked ..."). Only when a comma stands in the
    sentence before the period, the document never writes ``second`` in lowercase, and a
    lowercase word stands right before ``first`` or the comma does."""
    if _COMMA_AUXILIARY.match(text, end) is None:
        return None
    previous = text[max(0, at - 30) : at].rstrip(" ").rsplit(None, 1)[-1:]
    if not previous or not (previous[0].islower() or previous[0].endswith(",")):
        return None
    if "," not in text[_sentence_start(text, at) : at] or not _never_in_lowercase(text, second):
        return None
    return f"the comma after {second!r} closes a clause that opens before the period"


# Capitalised words that open a sentence before "that" ("Something that ...", "Everyone
# that ..."), and the nouns of time that "that" may point at after a name ("Okafor that
# day scored twice").
_OPEN_BEFORE_THAT = frozenset(
    "Something Anything Everything Nothing Someone Anyone Everyone Somebody Anybody Everybody Nobody Much".split()
)
_TIME_AFTER_THAT = frozenset("same day days night evening morning afternoon week month year season time summer winter".split())


# Verbs that take a person or a body and a clause with "that" ("told the board that"):
# the name between them is their object.
_TELLING_VERBS = frozenset(
    """tell tells telling told assure assures assuring assured inform informs informing informed
    warn warns warning warned remind reminds reminding reminded convince convinces convincing
    convinced persuade persuades persuading persuaded notify notifies notifying notified
    advise advises advising advised promise promises promising promised""".split()
)


def _name_before_that_evidence(text: str, second: str, at: int, end: int) -> str | None:
    """Why ``second`` (ending at ``end``), followed by "that", cannot open a sentence:
    "Residents told the Coastal. Guard that the road had been closed", "assured analyst
    Ilse. Marchetti that". A verb of telling, a name and "that" make one clause (the
    name is the verb's object), so the period cut the name. Only when such a verb
    stands in the three words before the period's word, and the document never writes
    ``second`` in lowercase (a noun: "Something that ..."). An imperative that takes
    "that" ("... returns a List. Note that ...") has no verb of telling before it."""
    if second in _OPEN_BEFORE_THAT or text[at - 1 : at] != " ":
        return None
    following = _NEXT_LOWERCASE_WORD.match(text, end + 5)
    if following is not None and following[1] in _TIME_AFTER_THAT:
        return None  # "Okafor that day scored twice"
    words = text[max(0, at - 40) : at - 1].split()[-3:]
    if not any(word in _TELLING_VERBS for word in words) or not _SENTENCE_MARKS.isdisjoint("".join(words)):
        return None
    if not _never_in_lowercase(text, second):
        return None
    return f"{second!r} cannot open a sentence before 'that': the name goes on after the period"


# What follows a person's name as the subject of a clause ("Okonkwo said", "Okonkwo
# has", "Okonkwo, who"): a verb of speech or an auxiliary.
_SPEAKER_VERBS = frozenset("was is has had will would could can should may might must did does".split())
_SPEAKER_AFTER = patterns.compile(r"(?:,[ \t]+(?:who|whose)|[ \t]+([a-z]+))\b")


def _first_mention(text: str, word: str, before: int) -> bool:
    """Whether the document does not write ``word`` before ``before``: a full name's
    second half, where the story first names the person."""
    return next(_whole_words(text[:before], word), None) is None


def _speaker_after(text: str, second: str, start: int) -> bool:
    """Whether ``second`` (at ``start``) reads as a person's surname opening a clause:
    a verb of speech or an auxiliary follows it, or ", who"; the document never writes
    it in lowercase, and it does not end in "s" ("Officials said", "Analysts say" open
    sentences with a plural noun, which no surname after a title needs to be
    reported)."""
    if second.endswith("s"):
        return False
    following = _SPEAKER_AFTER.match(text, start + len(second))
    if following is None:
        return False
    verb = following[1]
    if not (verb is None or verb == "that" or verb in word_classes()["speech-verbs"] or verb in _SPEAKER_VERBS):
        return False
    return _never_in_lowercase(text, second)  # (last: it reads the whole text)


_NEXT_LOWERCASE_WORD = patterns.compile(r" ([a-z]+)\b")
# After these a compass point may be a team ("scored for North."): it opens a place name
# only when the next word is coordinated with another name ("North. America and Europe").
_COORDINATED_PLACE_PREPOSITIONS = frozenset({"for", "from", "of"})
_COORDINATED_PLACE = patterns.compile(r"[A-Z][a-z]+ (?:and|or) [A-Z][a-z]+\b")


def _head_noun_evidence(text: str, second: str, end: int, at: int) -> str | None:
    """Why ``second``, the noun that ends an institution's name ("Committee"), cannot
    open the sentence after the period: bare, before a verb or a preposition
    ("Committee in the inquiry"), it is the end of the name, not a subject. Nor can
    it bare in the possessive ("Department’s earlier proposals"), after a lowercase
    word in the sentence before the period ("drew on the Justice. Department’s")."""
    following = _NEXT_LOWERCASE_WORD.match(text, end)
    if not following:
        if (
            text[end : end + 1] in ("'", "’")
            and text[end + 1 : end + 2] == "s"
            and not text[end + 2 : end + 3].isalnum()
            and _lowercase_word_before(text, at)
        ):
            return f"{second!r} cannot open a sentence bare in the possessive"
        return None
    word = following[1]
    if word in name_classes()["clause-continuers"]:
        return f"{second!r} cannot open a sentence without 'the' before {word!r}"
    if word == "to" and _NEXT_LOWERCASE_WORD.match(text, following.end()):
        # "met near the Security. Council to discuss": only a headline opens with a bare
        # noun and an infinitive ("Committee to Protect Journalists" is a name)
        return f"{second!r} cannot open a sentence before 'to' and a verb"
    # "Bridge on Thursday", "Bank and its rivals": a day after "on", a determiner after
    # "and" ("Bank and insurance stocks" coordinates two nouns before a third: left out).
    # A past tense before a determiner is a verb with its object: "Desert raised its".
    after = _NEXT_WORD.match(text, following.end())
    if after and (
        (after[1] in _AFTER_CONNECTOR.get(word, ()) and (word != "for" or _NEXT_LOWERCASE_WORD.match(text, after.end())))
        or (len(word) > 4 and word.endswith("ed") and after[1] in _OBJECT_STARTS)
        or (word == "and" and (after[1] in _NUMBER_WORDS or _is_participle(after[1])))
    ):
        # ("Council and two other members", "Tribunal and sent to the committee": a
        # number or a second verb coordinated with the one before the name)
        return f"{second!r} cannot open a sentence without 'the' before {word + ' ' + after[1]!r}"
    return None


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten several".split())


def _is_participle(word: str) -> bool:
    """A regular past participle ("sent" aside): lowercase, five letters or more, ending
    in "-ed" but not "-eed" (nouns: "speed", "breed")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed") and word.islower()


# The capitalised words after the second one that may still belong to the name, with
# the connectors inside names ("Institute of Technology in"), up to a lowercase word.
_CAPITALISED_RUN = patterns.compile(r"(?: (?:of |for |and |on )?[A-Z][a-z]+){0,4}(?= [a-z]|, |['’]s\b|\.(?:[ \t\r\n]|\Z))")
# Bodies that stand bare for one institution ("Union", "Navy"): the end of a name only
# after "the" and an adjective ("the African. Union would").
_CONNECTOR_IN_NAME = patterns.compile(r" (?:of|for|and|on) [A-Z]")
_BARE_BODIES = frozenset("Union Navy Army Senate Parliament Government Congress".split())
# Nouns that ``institution-heads`` leaves out because, alone, they open sentences
# ("Navy won", "Society has changed"), but that end an institution's name as the last
# word of a run of capitalised words, which news writes after "the" ("the Coastal
# Defence Guard had"). Not "Police", "Force", "Service", "School", "Trust": news names
# some such bodies bare ("Thames Valley Police said", "Border Force said", "United
# Parcel Service said", "Harvard Business School said").
_RUN_HEADS = _BARE_BODIES | frozenset("Guard Society".split())
# The words before a name's first word, back to a determiner: all capitalised ("the
# Maritime Safety" before "Board").
_CAPITALISED_BACK_TO_DETERMINER = patterns.compile(r"(?<![\p{L}\p{M}'’])(\S+)(?: [A-Z][A-Za-z]+){0,3} $")


# "According to" and the name's first words before ``at``: no headline and no name
# run, but a clause, as after a lowercase word ("According to the Anti-Corruption.
# Office, ...": the sentence before the period has none).
_ACCORDING_BEFORE = patterns.compile(r"(?<![\p{L}])According to (?:the )?(?:[A-Z][\p{L}'’-]* ){0,4}$")


def _clause_before(text: str, at: int) -> bool:
    """``_lowercase_word_before``, or "According to" opening the sentence before ``at``."""
    return _lowercase_word_before(text, at) or _ACCORDING_BEFORE.search(text, max(0, at - 90), at) is not None


def _the_opens_cut_name(text: str, at: int, period: int) -> bool:
    """Whether the words from a determiner to the period at ``period`` read as the start
    of an institution's name ("the Northern. Water Company, ..."): a determiner opens
    them, a lowercase word stands before them in the sentence, and the word before the
    period is no plural (places named after "the", "the Netherlands.", "the Balkans.",
    end sentences)."""
    if text[period - 1 : period] == "s" and text[period - 2 : period] not in ("ss", "us", "is"):
        return False
    return _determiner_opens_run(text, at) and _clause_before(text, at)


# Acronyms of countries and unions, after which a sentence ends as after a place's name.
_PLACE_ACRONYMS = frozenset("US USA UK UAE EU GB NZ DRC PRC ROK DPRK ASEAN".split())


def _determiner_opens_run(text: str, at: int) -> bool:
    """Whether a determiner stands before the name word at ``at``, with at most three
    capitalised words between ("the Home. Office", "the Maritime Safety. Board")."""
    match = _CAPITALISED_BACK_TO_DETERMINER.search(text, max(0, at - 60), at)
    return match is not None and _is_determiner(match[1])


def _name_run_head_evidence(text: str, at: int, second: str, end: int, acronym: bool = False) -> str | None:
    """Why the "sentence" after the period, capitalised words that hold the noun of an
    institution ("Management Office stayed strong", "Institute of Technology in"),
    cannot open a sentence: bare, without "the", before a verb or a preposition, it is
    the end of a name cut in two. Only when a lowercase word stands before ``first`` in
    its sentence (the run is not a headline's). The noun alone counts only after "the"
    and ``first`` ("the Home. Office declined"), or, when it is an institution's, before
    a comma or a period ("the Intelligence. Committee, ...", "the Gandaki. Province.")."""
    heads = name_classes()["institution-heads"]
    if acronym and not text[end + 1 : end + 2].isupper():
        return None  # (after an acronym, a run of capitalised words only: "the UN. Human Rights Council")
    if text[end : end + 1] in (",", ".") and text[end + 1 : end + 2] in ("", " ", "\n", "\r") and second in heads:
        if _determiner_opens_run(text, at) and _clause_before(text, at):
            return f"{second!r} cannot stand alone without 'the' before {text[end]!r}"
        return None
    if text[end : end + 1] != " ":
        return None
    if text[end + 1 : end + 2].islower():
        # (the cheap tests first: most pairs fail them)
        if not (second in heads or second in _BARE_BODIES):
            return None
    if text[end + 1 : end + 2].islower() and not _CONNECTOR_IN_NAME.match(text, end):
        previous = text[max(0, at - 30) : at].split()[-1:]
        if not (previous and _is_determiner(previous[0])):
            return None
        words, run_end = [second], end
    else:
        run = _CAPITALISED_RUN.match(text, end)
        if run is None:
            return None
        words = [second, *(w for w in run.group().split() if w[0].isupper())]
        if len(words) == 1 or not (any(word in heads for word in words) or words[-1] in _RUN_HEADS):
            return None
        run_end = run.end()
    following = _NEXT_LOWERCASE_WORD.match(text, run_end)
    if following is None:
        if len(words) < 2 or not (text.startswith(", ", run_end) or text[run_end : run_end + 1] in ("'", "’", ".")):
            return None
        # (only after "the" and the name's first part: a company is named bare,
        # "... in Detroit. Ford Motor Company, which ...", and a place named after "the"
        # ends sentences, "... moved to the Netherlands. Philips Lighting Company, the")
        if not _the_opens_cut_name(text, at, end - len(second) - 2):
            return None
        if text[run_end] == ".":
            # "to meet the ECB. Governing Council.": the run closes the sentence, after
            # "the" and the name's first part
            if words[-1] in heads and _determiner_opens_run(text, at):
                return f"{' '.join(words)!r} cannot stand alone without 'the' before '.'"
            return None
        if text[run_end] == ",":
            # "According to the IMF. Executive Board, the ...": a bare name of an
            # institution does not open a sentence before a comma either
            return f"{' '.join(words)!r} cannot open a sentence without 'the' before ','"
        closing = _head_noun_evidence(text, words[-1], run_end, at)  # ("Board’s")
        return None if closing is None else f"{' '.join(words)!r}: {closing}"
    if not _clause_before(text, at):
        return None
    if len(words) >= 2 and words[0] not in heads and not _the_opens_cut_name(text, at, end - len(second) - 2):
        # A company's name opens a sentence bare ("... in Detroit. Ford Motor Company
        # said"): a run of names is the end of a cut one only after "the" and its start.
        return None
    word = following[1]
    # (a past tense too: a name of two words or after "the", bare, does not take a
    # participle: "Fair Trade Commission opened an inquiry")
    if not (word in name_classes()["clause-continuers"] or (len(word) > 4 and word.endswith("ed"))):
        if len(words) >= 2 and word in ("and", "for", "to") and _the_opens_cut_name(text, at, end - len(second) - 2):
            # "the UN. Human Rights Council and two other groups", "... Board for the
            # delay": what follows the run's last noun, read as for one noun alone
            closing = _head_noun_evidence(text, words[-1], run_end, at)
            return None if closing is None else f"{' '.join(words)!r}: {closing}"
        return None
    return f"{' '.join(words)!r} cannot open a sentence without 'the' before {word!r}"


# No name ends in a day or a month: "Closed on Monday. Museum will reopen in May." is a
# notice written without articles.
_CALENDAR_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split()
)
_DETERMINERS_AFTER_AND = frozenset("the a an its his her their our other".split())
# What follows a past tense that has an object or a clause ("raised its", "surprised
# many", "warned of", "ruled that"), which a participle before a noun does not
# ("Court appointed lawyers").
_OBJECT_STARTS = _DETERMINERS_AFTER_AND | frozenset(
    "many some several most both each every no these those more all that of against about".split()
)
_AFTER_CONNECTOR = {
    "on": frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
    "and": _DETERMINERS_AFTER_AND,
    # "University at Buffalo" continues a name; "Center at a ceremony" cannot
    "at": frozenset("a an its his her their our".split()),
    # "Board for the delay", "Council on the matter": "for" and "on" continue a name
    # before a capital ("Center for Disease Control"), not before a determiner and a
    # lowercase word (``_head_noun_evidence`` asks for that word)
    "for": _DETERMINERS_AFTER_AND,
}


def _has_sentence_break(document: Document) -> bool:
    """The gate of NL401: it looks at a period followed by a space."""
    return ". " in document.text


def _has_function_word_period(document: Document) -> bool:
    """The gate of NL402: False when the text has no function word before a period, a
    space and a capital (``_period_pairs``, the scan NL401 shares, which the rule reads
    and nothing else). Clean prose has none, and the rule is not called."""
    return ". " in document.text and bool(_period_pairs(document)[1])


@lru_cache(maxsize=1)
def longest_starter() -> int:
    """The length of the longest sentence-starter. (No starter is a name suffix, so a
    pair whose second word opens sentences is never reported.)"""
    return max(map(len, word_classes()["sentence-starters"]))


# Lowercase particles inside names, which no English sentence ends in ("Charles de.
# Gaulle", "Rio de. Janeiro", "Juan de la. Cruz", "Ursula von der. Leyen", "Osama bin.
# Laden", "Port au. Prince"), and those that may stand before them in one name ("van
# der", "de la").
# Left out: "van", "den", "ten", "do" (English words: "a Ford van.", "at ten."; see
# ``_PARTICLES_AFTER_VAN``).
_NAME_PARTICLES = frozenset("de da dos das du des del della di la le der von bin ibn al el au los las".split())
_PARTICLES_BEFORE = _NAME_PARTICLES | {"van", "y"}
# Dutch particles that are English words ("in his den.", "at ten."): a name's only
# after "van" ("Joost van den. Heuvel", "Jan van ter. Horst").
_PARTICLES_AFTER_VAN = frozenset({"den", "ten", "ter"})
_WORD_BEFORE_PARTICLE = patterns.compile(r"(?<![\p{L}\p{M}'’./-])(\p{L}[\p{L}\p{M}'’-]*)[ \t]+$")


def _particle_cut(text: str, at: int, period: int) -> str | None:
    """Why the particle at ``at`` (before the period) lies inside a name: the word
    before it is capitalised or another particle, and a capitalised word that does not
    open sentences follows ("Charles de. Gaulle"), not "et al." nor a path."""
    particle = text[at:period]
    before = _WORD_BEFORE_PARTICLE.search(text, max(0, at - 40), at)
    if before is None:
        return None
    word = before[1]
    if word == "et" or word == particle or not (word[:1].isupper() or word in _PARTICLES_BEFORE):
        return None  # "Smith et al. The", "ooh la la. Fans", "in der. Die" (another language)
    second = _second_word(text, period + 2)
    if second is None or second in word_classes()["sentence-starters"]:
        return None
    return f"{particle!r} joins the parts of a name and cannot end a sentence"


class PeriodInsideName(Rule):
    """## What it does
    Finds a period between two capitalised words that belong to one proper name:
    ``Saint. Petersburg``, ``the Supreme. Court``, ``Ricky Stenhouse. Jr.``. Most such
    pairs are ordinary sentence boundaries, so the rule reports one only with evidence
    that the name was cut: the first word is a name particle that never ends a sentence
    (``Saint``, ``San``, ``Los``, ``Hong``, ``New``...), the second is a name suffix
    (``Jr``, ``III``), the words around the period spell a country, state or city
    (``Kuala. Lumpur``, ``Saudi. Arabia``; ``translation_places.txt``), the same two
    words stand together elsewhere in the document, the
    "sentence" before the period is only the start of a name ("Employee Steve.",
    "Tigers linebacker Okoro."), the period cuts a quotation's attribution before its
    verb ("..., researcher at International Security. Department of X told CNBC", '“…,”
    the Harbour. Police said'), or
    the first word cannot end a sentence where it stands: an adjective that opens names
    after "the" or a possessive ("the Supreme. Court") or after a capitalised word and
    "of" or "for" ("the Agency for Nuclear. Safety"; there also one that is a noun
    elsewhere: "the Office for National. Statistics"), a compass point after "in" or
    "across" ("across South. Asia"), or after "for", "from", "of" when the next word is
    coordinated with another name ("for North. America and Europe"), a given name after
    a title ("striker
    Daniel."), after an age when the next word is a name the document uses again
    ("15-year-old Megan. Lawson"), closing a list of people's full names ("Laura
    Perez, David Kim, and Rachel. Stone"), or written nowhere else in the document
    before a surname that it goes on using ("Andrey. Rublev" and "Rublev had played";
    not after a word that names people by the given name alone, "his son Marcus."), or
    before a word written nowhere else, in any case, and a verb ("talks with Kenji.
    Watanabe had stalled": a person named once, in full), or
    the article "The" after a lowercase word ("did not respond to The. Hill's
    request"). The word classes live in
    ``translation_names.txt``. The second word counts too when it is a noun that ends
    an institution's name and, bare, stands before a verb, an adverb or a preposition,
    which no sentence can open with ("House Armed Services. Committee in a closed
    session", "the Film. Festival last week", "Trust. Bank and its rivals", "the
    Security. Council to discuss", "the Defence. Ministry for the delay"), or stands in
    the possessive after a lowercase word ("drew on the Justice. Department’s plan"). So does
    what follows the period when it cannot be a sentence: only two to five capitalised
    words closed by a period ("by the World. Health Organization. For ..."), one
    capitalised word that the document never writes in lowercase, closed by a mark
    before the paragraph's end or a word that opens sentences, when the word before the
    period follows a lowercase word ("running back Trey. Edmunds.", "on the Tibetan.
    Plateau."; not a verdict or an answer: "Unbelievable.", "Again."), or
    capitalised words holding such a noun, bare, before a verb or a preposition ("the
    Debt. Management Office stayed", "the Indian. Institute of Technology in", or
    ending in a noun that only alone opens sentences: "the Coastal. Defence Guard
    had"; the noun alone after "the" and a word: "the Home. Office declined", "the
    African. Union would", or before a comma or a period after "the" and capitalised
    words: "the Intelligence. Committee, ...", "the Maritime Safety. Board."; a run of
    two or more also before a comma, a possessive, or "and", "for", "to" as the noun
    alone, or a period, when "the" opens the name and no plural ends the sentence
    before the cut: "the IMF. Executive Board, the ...", "the Regional. Transport
    Agency’s", "to meet the ECB. Governing Council."; companies are named bare, "...
    in Detroit. Ford Motor Company, which", and places after "the" end sentences, "the
    Netherlands."), and a
    person's title before a word the document writes only there and a name it uses
    again, inside a sentence or opening a later one before a verb of speech or an
    auxiliary ("defensive end Myles. Garrett" and "..., said Garrett" or "Garrett was
    ejected"), or
    a surname that opens a clause: never written in lowercase,
    not a plural, before a verb of speech, an auxiliary, ", who" or "that"
    ("spokeswoman Nkechi. Adebayo said"). So does a one-word "sentence" (after another
    sentence, at a line's start or after "Dr.") that the document writes only there and
    never in lowercase, not an interjection or a verdict, before such a surname
    ("... the contracts. Tavita. Leota, who chairs the panel"; at a line's start also
    before a regular past tense: "Halvard. Brekke declined"); in both, the surname
    must be one the document has not written before. So does a name after a verb
    of telling before "that", which makes the name the verb's object ("told the
    Coastal. Patrol that the road", "assured analyst Ilse. Marchetti that"), and a name
    whose comma and auxiliary after the period close a clause opened before it ("His
    mother, Queen. Ingeborg, was said ..."). A capitalised title
    before the period ("President", "Minister") after a lowercase word that does not
    make it a role ("under President. Halima Okoro's plan"; not "elected President.",
    "as CEO.", "the Minister.") counts before a full name, a possessive, a verb of
    speech or a name the document writes again.
    A period followed by one or two lowercase words that join the parts of a name ("Bank. of
    England", "Digital Imaging. and Communications", "Ana. de Souza", "Pieter. van der
    Berg", "Bank. of the West", also after a hyphenated given name, "Anne-Sophie. de
    Villiers", or a particle cut from the next one, "Maria de. los Santos") is reported
    without more evidence: no sentence opens in lowercase. So is a function word and a
    period spliced in before such a word ("Rio of. de Janeiro", "Gulf the. of Mexico"),
    and a lowercase name particle before the period, after a capitalised word or
    another particle and before a capitalised word that does not open sentences
    ("Charles de. Gaulle", "Juan de la. Cruz", "Ursula von der. Leyen", "Osama bin.
    Laden", "Port au. Prince"): no English sentence ends in "de." or "bin." ("van"
    and "do" are English words and are left, "den", "ten" and "ter" count only after
    "van": "Joost van den. Heuvel"; "et al." is left too).
    An acronym before the period ("the UN. Human Rights Council had agreed") counts only
    with such a run after it, and a country's or a union's never: "the EU." and "the
    UK." end many sentences.

    ## Why is this bad?
    Machine translation and sentence-splitting extractors insert a period inside
    multi-word names. The text then has two broken sentences instead of one, and the
    name is lost to anyone searching or counting it.

    ## Example
    ```text
    Putin met the officials in Saint. Petersburg on September 12.
    ```

    ## Use instead
    ```text
    Putin met the officials in Saint Petersburg on September 12.
    ```

    ## Fix safety
    Unsafe: the fix drops the period (and a function word spliced in with it: "Rio of.
    de Janeiro" becomes "Rio de Janeiro"). The evidence makes a cut name very likely, but the
    period could still end a sentence whose last word is a name. Abbreviations
    (``St. Basil’s``, ``Mr. Smith``, ``Nov. 8``) and initials are never reported, and the
    rule runs on English documents only (German capitalises every noun). A hyphenated
    first word ("Jean-Pierre. Moreau") is weighed like a plain one.
    """

    code = "NL401"
    name = "period-inside-name"
    category = Category.TRANSLATION
    summary = "Period inside a proper name"
    gate = staticmethod(_has_sentence_break)
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        shapes = _period_shapes(document)
        names, functions, connectors = shapes.names, shapes.functions, shapes.connectors
        if functions:
            yield from self._particle_before_period(document, functions)
        if not (names or connectors):
            return  # (most documents with a period: no pair to weigh)
        text = document.text
        # German capitalises every noun and other languages end sentences in their own
        # words: elsewhere only the closed classes (name particles and suffixes) count.
        english: list[bool] = []

        def _english() -> bool:
            if not english:
                english.append(is_english(document))
            return english[0]

        if names:
            yield from self._cut_names(document, text, names, _english)
        if connectors:
            yield from self._connector_after_period(document, connectors, _english)

    def _particle_before_period(self, document: Document, functions) -> Iterator[Diagnostic]:
        """A lowercase name particle before the period ("Charles de. Gaulle")."""
        text = document.text
        for start, end in functions:
            period = end - 3
            particle = text[start:period]
            if particle not in _NAME_PARTICLES and not (
                particle in _PARTICLES_AFTER_VAN and text[max(0, start - 4) : start] == "van "
            ):
                continue
            reason = _particle_cut(text, start, period)
            if reason is None or not is_english(document):
                continue
            name = _WORD_BEFORE_PARTICLE.search(text, max(0, start - 40), start)
            second_end = period + 2 + len(_second_word(text, period + 2))
            yield self.diagnostic(
                document, name.start(1), second_end,
                message=f"Period inside a proper name {text[name.start(1) : second_end]!r}: {reason}",
                fix=Fix.unsafe("Drop the period", Edit(period, period + 1)),
            )

    def _cut_names(self, document: Document, text: str, names, _english) -> Iterator[Diagnostic]:
        """The pairs of capitalised words around a period (``_period_pairs``) that
        evidence shows to be one name."""
        classes = word_classes()
        prefixes, suffixes = classes["name-prefixes"], classes["name-suffixes"]
        abbreviations, starters = classes["abbreviations"], classes["sentence-starters"]
        speech = classes["speech-verbs"]
        starter_span = longest_starter() + 1
        name_words = _name_words()
        heads = name_classes()["institution-heads"]
        titles = _titles()
        place_cuts = place_name_cuts()
        chained: dict[int, bool] | None = None
        for at, end in names:
            period = end - 3  # (the pair ends with the capital after ". ")
            first = text[at:period]
            if first in abbreviations:
                continue
            # Most other pairs are a sentence boundary before a word that opens sentences
            # ("Moreau. The"): such a word followed by a space is the second word as
            # ``_SECOND_WORD`` reads it, and rules the pair out (whatever the first).
            if text[period + 2 : period + 2 + starter_span].split(" ", 1)[0] in starters:
                continue
            if first.isupper():
                # An acronym ("the UN. Human Rights Council said"): "the EU." ends many
                # sentences, so only a bare run of capitalised words holding an
                # institution's noun before a verb is evidence that the name goes on
                # (not after a country's: "... in the UK. Barclays Bank said").
                if first in _PLACE_ACRONYMS or not text[period + 3 : period + 4].islower():
                    continue  # (and the second word must be a capitalised word, not "IMF. ECB")
                second = _second_word(text, period + 2)
                if second is None or second in starters:
                    continue
                second_end = period + 2 + len(second)
                reason = _name_run_head_evidence(text, at, second, second_end, acronym=True)
                if reason is None or not _english():
                    continue
                yield self.diagnostic(
                    document, at, second_end,
                    message=f"Period inside a proper name {first + '. ' + second!r}: {reason}",
                    fix=Fix.unsafe("Drop the period", Edit(period, period + 1)),
                )
                continue
            second = _second_word(text, period + 2)
            if second is None:
                continue
            second_end = period + 2 + len(second)
            if first in prefixes and second not in starters and (first not in _NOUNS_ELSEWHERE or _english()):
                reason = f"{first!r} begins a name and cannot end a sentence"
            elif second in suffixes:
                reason = f"{second!r} ends a name and cannot start a sentence"
            elif first == "The" and _LOWERCASE_WORD_BEFORE.search(text, max(0, at - 30), at) and _english():
                # "respond to The. Hill's request": no sentence ends in its article
                reason = "a sentence cannot end in 'The'"
            elif second in starters:
                continue
            else:
                # The evidence first, the language only for a pair that has some: most
                # pairs are plain sentence boundaries, and the language costs more.
                reason = None
                if (first, second) in place_cuts:
                    reason = _place_name_evidence(text, first, second, at, period)
                if reason is None:
                    if chained is None:  # (asked for the few pairs that get this far)
                        chained = dict(_name_period_starts(text, names))
                    reason = _cut_name_evidence(text, first, second, at, period, speech, chained[at])
                if reason is None and first in name_words:
                    reason = _name_word_evidence(text, first, second, at)
                if reason is None and second in heads and first not in _CALENDAR_WORDS:
                    reason = _head_noun_evidence(text, second, second_end, at)
                if (
                    reason is None
                    and (second in heads or second in _BARE_BODIES or text[second_end + 1 : second_end + 2].isupper())
                    and first not in _CALENDAR_WORDS
                ):
                    reason = _name_run_head_evidence(text, at, second, second_end)
                if (
                    reason is None
                    and text[at - 2 : at - 1].islower()
                    and text[text.rfind(" ", max(0, at - 30), at - 1) + 1 : at - 1] in titles
                    and (first not in name_words or first in name_classes()["adjectives-inside-names"])
                ):
                    reason = _titled_name_evidence(text, first, second, at)
                if reason is None and (at == 0 or text[at - 1] == "\n" or text[at - 2 : at] == ". "):
                    reason = _lone_word_sentence_evidence(text, first, second, at)
                if reason is None and first in _TITLES_BEFORE_NAMES:
                    reason = _cut_title_evidence(text, first, second, at, second_end)
                if reason is None and text.startswith(", ", second_end) and first not in _CALENDAR_WORDS:
                    reason = _closing_comma_evidence(text, second, at, second_end)
                if reason is None and text.startswith(" that ", second_end) and first not in _CALENDAR_WORDS:
                    reason = _name_before_that_evidence(text, second, at, second_end)
                if reason is None or not _english():
                    continue
            fix = Fix.unsafe("Drop the period", Edit(period, period + 1))
            yield self.diagnostic(
                document, at, second_end,
                message=f"Period inside a proper name {first + '. ' + second!r}: {reason}", fix=fix,
            )

    def _connector_after_period(self, document: Document, connectors, english) -> Iterator[Diagnostic]:
        """``Bank. of England``, ``Digital Imaging. and Communications``: a capitalised
        word (not an abbreviation), a period, then a lowercase word that joins two parts
        of a name (``connectors``, from ``_after_periods``). No sentence opens in
        lowercase, so the period cut the name before its connector."""
        text = document.text
        abbreviations = word_classes()["abbreviations"]
        for period, connector in connectors:
            word = _WORD_BEFORE_PERIOD.search(text, max(0, period - 30), period + 1)
            if word is None:
                continue
            first = word[1]
            at = word.start()
            fix = Fix.unsafe("Drop the period", Edit(period, period + 1))
            if first in _STRAY_BEFORE_CONNECTOR:
                # "Rio of. de Janeiro", "Gulf the. of Mexico": a function word and a
                # period spliced into a name before its connector. The word goes too.
                name = _NAME_BEFORE.search(text, max(0, at - 40), at)
                if name is None or name[1] in abbreviations:
                    continue
                if first not in _ANY_LANGUAGE and not english():
                    continue
                fix = Fix.unsafe(f"Delete {' ' + first + '.'!r}", Edit(name.end(1), period + 1))
                at = name.start()
            elif first in _PARTICLES_BEFORE and connector.split(" ", 1)[0] in _NAME_PARTICLES | _PARTICLES_AFTER_VAN:
                # "Maria de. los Santos", "Pieter van. der Berg": a particle, cut from the
                # next one, after a capitalised word (a name's first part)
                name = _NAME_BEFORE.search(text, max(0, at - 40), at)
                if name is None or name[1] in abbreviations or name[1] in word_classes()["sentence-starters"] or not english():
                    continue
                at = name.start()
            elif not ("A" <= first[0] <= "Z" and first[1:].isalpha() and first[1:].islower()):
                continue  # "etc. and", "U.S. and": no capitalised word before the period
            elif first in abbreviations:
                continue  # "Co. and": an abbreviation
            elif at and (text[at - 1].isalnum() or text[at - 1] in ".'’&-"):
                # "AT&T. of": a piece of an abbreviation; but a hyphenated given name is
                # a word ("Anne-Sophie. de Villiers")
                hyphenated = _HYPHENATED_FIRST.search(text, max(0, at - 30), at)
                if hyphenated is None:
                    continue
                at = hyphenated.start()
            if not _CONNECTORS_ANY_LANGUAGE.issuperset(connector.split(" ")) and not english():
                continue  # "Nr. der": German abbreviations are not listed
            end = period + len(connector) + 3  # (the capital after the connector)
            following = _SECOND_WORD.match(text, end)
            if following:
                end = following.end()
            yield self.diagnostic(
                document, at, end,
                message=f"Period inside a proper name {text[at:end]!r}: no sentence opens with a lowercase {connector!r}",
                fix=fix,
            )


# -- NL402 sentence ending in a function word -----------------------------------------------

# "the." and "and." never end an English sentence. "of.", "for." and the other
# prepositions do ("what it is made of."), but not right after a capitalised word
# inside a name: "UN Security of. Council", "Center for. Disease".
# (``_FUNCTION_BEFORE_PERIOD``, beside NL401's shape: ``_PERIOD_SHAPES`` finds both.)
_NAME_BEFORE = patterns.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’]*) $")
_LOWERCASE_WORD_BEFORE = patterns.compile(r"(?<![\p{L}\p{M}'’-])\p{Ll}+ $")
# In other languages "in", "an", "to" are words of their own; "of", "the" and "and" are not.
_ANY_LANGUAGE = frozenset({"of", "the", "and"})
# Words that open a clause and never continue a name: after "of." or "from." one of them
# starts the next sentence, and the preposition was stranded at the end of the one
# before ("not the shell that you started Vim from. When you ..."), which English allows.
_CLAUSE_OPENERS = frozenset(
    """The This That These Those It He She They We You I Its His Her Their Our My Your
    When While If But So Then There What Who Why How Where Which Meanwhile However Instead
    Although Though Because Unless Until Once""".split()
)


class FunctionWordPeriod(Rule):
    """## What it does
    Finds a period after a function word that cannot end a sentence, followed by a
    capitalised word: ``UN Security of. Council``, ``in the. Supreme Court``,
    ``Bank for. International Settlements``, ``North a. America``. A sentence never ends in "the." or "and.";
    it may end in "of." or "for." ("what it is made of."), so those are reported only
    between two capitalised words, inside a name, and not before a word that opens a
    clause ("the shell you started Vim from. When you ..." strands a preposition at
    the end of a sentence, which English allows).

    ## Why is this bad?
    Machine translation garbles long names and splices a preposition and a period into
    them. The name is broken and the text reads as two sentences, the first one
    ungrammatical.

    ## Example
    ```text
    A call against the hierarchy sanctioned by the UN Security of. Council.
    ```

    ## Use instead
    ```text
    A call against the hierarchy sanctioned by the UN Security Council.
    ```

    ## Fix safety
    Unsafe. Between two capitalised words, "of." is deleted with its space ("UN Security
    Council") unless the document also writes the name with "of" ("Bank of America"),
    in which case only the period goes; "a." and "an." are deleted with their space; after "the", "and" and the other prepositions
    only the period is dropped. Either way the right repair can need words the glitch
    lost. A capitalised word at the start of a sentence ("Sort of. The") is not a name
    and is skipped. In non-English documents only "of.", "the." and "and." are checked.
    """

    code = "NL402"
    name = "function-word-period"
    category = Category.TRANSLATION
    summary = "Sentence ends in a function word: a period inside a name"
    gate = staticmethod(_has_function_word_period)
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        english = None
        classes = word_classes()
        heads, starters = classes["quantifier-heads"], classes["sentence-starters"]
        for match_start, match_end in _period_pairs(document)[1]:
            period = match_end - 3
            word = text[match_start:period]
            if word in _NAME_PARTICLES or word in _PARTICLES_AFTER_VAN:
                continue  # "Charles de. Gaulle", "Joost van den. Heuvel": NL401's
            start = match_start
            fix = Fix.unsafe("Drop the period", Edit(period, period + 1))
            if word not in ("the", "and"):
                name = _NAME_BEFORE.search(text, max(0, start - 40), start)
                if name is None:
                    continue  # "what it is made of. The": an ordinary sentence end
                if word not in _ANY_LANGUAGE:
                    # (asked after the name: the language costs more, and most of these
                    # words end an ordinary sentence)
                    if english is None:
                        english = is_english(document)
                    if not english:
                        continue
                following = _SECOND_WORD.match(text, period + 2)
                next_word = following.group() if following else ""
                if next_word in _CLAUSE_OPENERS:
                    continue  # "the shell you started Vim from. When you ...": a stranded preposition
                start = name.start()
                if start == 0 or _sentence_start(text, start) == start:
                    # A sentence's first word: "Sort of. The ..." is English, "Nintendo
                    # of. Switch" is not. Skip the words that make one-word-and-"of."
                    # sentences and any sentence-opening word after the period.
                    if name[1] in heads or next_word in starters:
                        continue
                if word in ("a", "an") or (word == "of" and f"{name[1]} of {next_word}" not in text):
                    # "Security of. Council", "North a. America": the word and its period
                    # are the intrusion.
                    fix = Fix.unsafe(f"Delete {' ' + word + '.'!r}", Edit(name.end(1), period + 1))
            yield self.diagnostic(
                document, start, period,
                message=f"A sentence cannot end in {word + '.'!r}: a period inside a name", fix=fix,
            )


# -- NL403 stray function word -----------------------------------------------------------

# A preposition or article directly followed by "of" (or an article by an article):
# English has no such sequence, apart from the idioms excluded after it.
_PREPOSITIONS_BEFORE_OF = (
    "to|for|from|with|by|at|on|into|onto|upon|toward|towards|via|during|without|within|against"
    "|across|among|amongst|between|through|throughout|under|about|per"
    "|in|over|after|before|behind|beneath|beside|despite|near|above|below|beyond|since|until"
    "|till|unlike|amid|amidst|around"
)
# Particles of a verb made a noun: "the swearing in of", "the switching on of", "the
# handing over of", "the bringing about of". After a determiner and an "-ing" word the
# pair is grammatical.
_PARTICLES_BEFORE_OF = frozenset("in on over about through around across by".split())
_GERUND_BEFORE = patterns.compile(
    r"(?i:the|a|an|this|that|his|her|its|their|our|my|your)[ \t]+[a-z]+ing[ \t]+$"
)
# Articles are matched in lowercase only (and "The"): "Vitamin A of", "Plan A of" are letters.
# Prepositions in lowercase or with a capital first letter ("According to of", "In of
# 2016"): spelled out per word, which the engine matches faster than a case-blind group.
# Searched right to left, anchored on the literal " of", with the words' endings shared
# (``_shared_endings``: the engine reads each word from its last letter).
_STRAY_FIRST_WORDS = [[f"[{word[0].upper()}{word[0]}]", *word[1:]] for word in _PREPOSITIONS_BEFORE_OF.split("|")] + [
    ["[Tt]", "h", "e"], ["a"], ["a", "n"]
]
# (The two words may stand on two lines of one hard-wrapped paragraph: "responsible for"
# at a line's end, "of the port" opening the next.)
_STRAY = patterns.compile(rf"\b{_shared_endings(_STRAY_FIRST_WORDS)}(?:[ \t]+|[ \t]*\r?\n[ \t]*)of\b", regex.REVERSE)
_IDIOM_AFTER_OF = patterns.compile(r"[ \t]+(?:course|late|old|sorts)\b")


class StrayFunctionWord(Rule):
    """## What it does
    Finds two function words that cannot follow each other: a preposition or an article
    directly followed by "of" (``responsible for of security``, ``according to of a
    paper``, ``rescued by of police``, ``found in of a drawer``, ``reopen after of the
    works``, ``the of``). English has no such sequence. Prepositions that form
    grammatical pairs with "of" ("out of", "as of", "because of", "outside of", "off of",
    "than of") are not in the list.

    ## Why is this bad?
    Machine translation leaves a word of the source construction behind ("for of" from a
    genitive), and splicing extractors join fragments of two sentences. The sentence
    no longer parses.

    ## Example
    ```text
    He met officials responsible for of security.
    ```

    ## Use instead
    ```text
    He met officials responsible for security.
    ```

    ## Fix safety
    No fix: either word may be the intruder ("responsible for security" or "responsible
    of security"), so the choice is left to a person. Not reported: "of course", "of
    late", "of old" after a preposition ("with of course the usual caveats"), the last
    part of a compound ("the add-on of", "a walk-through of"), a particle after a verb
    made a noun ("the swearing in of", "the handing over of", "a check in of the
    files", "an abrupt scale in of the group") and a capital letter used as a name
    ("Vitamin A of").
    """

    code = "NL403"
    name = "stray-function-word"
    category = Category.TRANSLATION
    summary = "Two function words that cannot follow each other"
    fix_availability = FixAvailability.NEVER

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        if " of" not in text and "\tof" not in text and "\nof" not in text:
            return
        for match in reversed(list(_STRAY.finditer(text))):
            start, end = match.span()
            if text[start - 1 : start] in ("-", "'", "’") or text[end : end + 1] in ("-", "'", "’"):
                continue  # "the add-on of", "a walk-through of": a compound's last part
            if _IDIOM_AFTER_OF.match(text, end):
                continue  # "with of course the usual caveats"
            first = text[start : end - 2].rstrip().lower()
            if first in _PARTICLES_BEFORE_OF and _GERUND_BEFORE.search(text, max(0, start - 40), start):
                continue  # "the swearing in of the cabinet": a particle verb made a noun
            if first == "in":
                before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
                if before and (before[1].lower() in particle_verb_forms() or before[1].endswith("ing")):
                    continue  # "the check in of the files", "a scale in of the group": a noun
            pair = " ".join(match.group().split())
            yield self.diagnostic(
                document, start, end,
                message=f"Two function words that cannot follow each other: {pair!r}",
            )


# -- NL404 doubled word ----------------------------------------------------------------------

# Function words that are never grammatical twice in a row: deleting one copy is safe.
_ALWAYS_SINGLE = (
    "the|a|an|of|and|or|but|nor|than|into|onto|as|my|your|our|their|its|his|been|would|could|should"
    "|be|this|these|those|we|they|which|whom|whose|when|if"
    "|who|because|while|whether|although|though|unless|until|also|during|among|upon"
)
# Prepositions that can end a clause ("the man I talked to", "sworn in") and so, rarely,
# meet themselves: "what it comes down to to ...". Reported, fixed only unsafely.
_STRANDABLE = "to|for|from|with|by|at|in|on|about|through|without|against|between|after"
# "it" is never grammatical twice, but a run-on sentence ("I love it it is great") needs
# a stop, not a deletion: fixed only unsafely too.
_RUN_ON = "it"
# Copulas, grammatical twice only after a clause that names what they equate: "what it
# is is", "the thing is is" (speech). Reported elsewhere, fixed only unsafely.
_COPULAS = "is|was|are|were|has|have"
# Modals and auxiliaries, never grammatical twice after their subject pronoun ("they will
# will", "we have have"), but twice elsewhere: "the will will be read", "what they are
# are", "the can can be recycled". Reported only after a subject pronoun.
_AFTER_SUBJECT = "will|can|may|might|must|shall|do|does|did"
_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
_AFTER_SUBJECT_SET = frozenset(_AFTER_SUBJECT.split("|"))
_MODALS = frozenset("will can may might must shall".split())  # (after a pronoun, safe to fix)
_DOUBLED_WORDS = (_ALWAYS_SINGLE + "|" + _STRANDABLE + "|" + _COPULAS + "|" + _RUN_ON + "|" + _AFTER_SUBJECT).split("|")
# Words before a doubled copula that make it grammatical: "what it is is", "all it was
# was", "the problem is is".
_COPULA_SUBJECTS = frozenset(
    """what whatever who whoever where how why all thing things problem question point
    issue reason truth fact trouble idea""".split()
)
# Words that cannot open the object of the preposition they follow: after "sworn in" a
# second "in" starts a phrase ("in January"), but "moved in in with" doubles the particle.
_NOT_AN_OBJECT = frozenset(
    """in on at by to for with from of as into onto about when while whether if because
    although though unless whereas""".split()
)
# Verbs whose particle is "by" ("stop by", "get by"): after them a second "by" may open
# a phrase ("dropped by by noon"). After any other verb ("caught by by police", a
# passive) it cannot.
_BY_VERBS = frozenset(
    """stand stands stood standing stop stops stopped stopping come comes came coming drop drops
    dropped dropping pass passes passed passing go goes went gone going get gets got getting
    swing swings swung swinging abide abides abided abiding live lives lived living stick sticks
    stuck sticking""".split()
)
# Verbs whose "on" is a preposition, never a particle: it takes their object, so a
# second "on" cannot follow ("depends on on how"), unless the object moved before the
# verb ("what it depends on on the day", ``_WH_BEFORE``).
_ON_VERB_FORMS = frozenset(form for lemma in ("depend", "rely", "focus", "dwell", "hinge", "insist") for form in _inflections(lemma)) | {
    "relies", "relied", "focussed", "focussing"
}
_WH_BEFORE = patterns.compile(r"(?i:\b(?:what|which|who|whom|whose|where|how|that)\b)[^.!?;:\n]*$")
# A particle before the doubled preposition means a phrasal verb ("weighed in on on").
_PARTICLES = frozenset("in on out up down off over back away around through".split())
_ALWAYS_SINGLE_SET = frozenset(_ALWAYS_SINGLE.split("|"))
_COPULAS_SET = frozenset(_COPULAS.split("|"))
# Words whose two capitalised copies opening a sentence are a doubling ("In In 2019"):
# not "The" ("The The", a band) nor "My" ("My My, Hey Hey"), whose pairs name things.
_TITLE_DOUBLED = frozenset(_DOUBLED_WORDS) - {"the", "my"}


@lru_cache(maxsize=None)
def _doubled(word: str) -> patterns.BoundedPattern:
    """``word`` written twice on one line: after a space, separated by one space, and
    not followed by a letter, digit, apostrophe or hyphen ("of of the", not "a aim").
    A capitalised first copy ("The the" opening a sentence) is searched by
    ``_doubled_capitalised``. One literal pattern per word, which the engine finds
    without stopping at every space as one pattern for all the words would (and without
    a capture group, which would keep it from using the literal)."""
    return patterns.compile(
        rf" {regex.escape(word)}(?: |[ \t]*\r?\n[ \t]*){regex.escape(word)}(?![{RE_WORD}'’-])"
    )


@lru_cache(maxsize=None)
def _doubled_title(word: str) -> patterns.BoundedPattern:
    """``Word Word`` opening a sentence (at a line's start or after a sentence mark),
    before a lowercase word or a number: "In In 2019, ...". (Before a capital or a
    mark the two are a title or a name: "My My, Hey Hey".)"""
    title = regex.escape(word[0].upper() + word[1:])
    return patterns.compile(rf"(?:^|(?<=[.!?][”\"’)]?[ \t]))[ \t]*{title} {title}(?= [\p{{Ll}}\p{{N}}])", regex.MULTILINE)


@lru_cache(maxsize=None)
def _doubled_capitalised(word: str) -> patterns.BoundedPattern:
    """``Word word``: a capitalised copy, at a word's start, then a lowercase one ("The
    the council voted"). Two capitalised copies are a name ("The The", a band)."""
    capitalised = regex.escape(word[0].upper() + word[1:])
    return patterns.compile(rf"(?<![{RE_WORD}'’-]){capitalised} {regex.escape(word)}(?![{RE_WORD}'’-])")


# Words whose capitalised copy is a name's last word ("The Who", "Doctor Who"): only
# their two lowercase copies are searched.
_NAMED_CAPITALISED = frozenset({"who"})
_DOUBLED_WORDS_BYTES = frozenset(word.encode() for word in _DOUBLED_WORDS)


def _doubled_candidates(words: list[bytes]) -> set[str]:
    """The words of the list that a text may hold doubled, from its ``lowercase_words``.
    A doubling always leaves two equal words side by side in them: its copies are ASCII
    words with no ASCII letter joined to either end (the patterns ask for a space, a
    line break or no word character there), and only spaces, tabs and line breaks part
    them. Most texts have none."""
    # (one pass in C: each word equal to the next, kept when it is on the list)
    doubled = _DOUBLED_WORDS_BYTES.intersection(compress(words, map(eq, words, islice(words, 1, None))))
    return {word.decode() for word in doubled}


def _doubled_words(document: Document) -> list[tuple[int, int, str]]:
    """``(start of the first copy, end of the second, word)`` of each doubling in the
    text, in order.
    Doublings of different words never overlap (the only space inside one is followed
    by its own word), so each candidate word's matches, merged by offset, are what one
    scan for all the words would find."""
    text = document.text
    found = []
    for word in _document_doubled_candidates(document):
        found.extend((match.start() + 1, match.end(), word) for match in _doubled(word).finditer(text))
        title = f"{word[0].upper()}{word[1:]}"
        if word in _NAMED_CAPITALISED:
            continue  # "The Who who played", "Doctor Who who": a name before the word
        if f"{title} {word}" in text:
            found.extend((match.start(), match.end(), word) for match in _doubled_capitalised(word).finditer(text))
        if f"{title} {title} " in text and word in _TITLE_DOUBLED:
            found.extend((match.end() - 2 * len(word) - 1, match.end(), word) for match in _doubled_title(word).finditer(text))
    found.sort()
    return found


def _document_doubled_candidates(document: Document) -> set[str]:
    """``_doubled_candidates`` of the document's text (computed once: the gate and the
    rule both ask)."""
    return document.memo("translation.doubled_candidates", _find_doubled_candidates)


def _find_doubled_candidates(document: Document) -> set[str]:
    return _doubled_candidates(lowercase_words(document))


def _may_hold_doubled_word(document: Document) -> bool:
    """The gate of NL404: False when no word of the list stands twice side by side in
    the text's ``lowercase_words`` (``_doubled_candidates``), which every doubling the
    rule searches for does. Most texts have none, and the rule is not
    called."""
    return bool(_document_doubled_candidates(document))


_WORDS_BEFORE = patterns.compile(r"[^.!?;:\n]{0,80}$")
# The signature under an embedded tweet: "— Name (@handle) November 19, 2019".
_TWEET_SIGNATURE = patterns.compile(r"^[ \t]*[—–-][ \t]*[^\n]{1,80}\(@\w{1,30}\)[^\n]{0,40}\d{4}[ \t\r]*$", regex.MULTILINE)
# How far above its signature a tweet's text may stand: 280 characters and a link.
_TWEET_REACH = 600


def _tweet_signatures(document: Document) -> list[int]:
    """Where each embedded tweet's signature line starts (computed once)."""
    return document.memo(
        "translation.tweet_signatures",
        lambda d: [m.start() for m in _TWEET_SIGNATURE.finditer(d.text)] if "(@" in d.text else [],
    )


def _in_embedded_tweet(document: Document, position: int) -> bool:
    """Whether ``position`` is in the text of an embedded tweet: a signature stands
    below it, within a tweet's reach, and no blank line parts them but the one that
    may stand over the signature (the article's paragraph above the tweet is prose)."""
    signatures = _tweet_signatures(document)
    after = bisect_right(signatures, position)
    if after == len(signatures) or signatures[after] - position > _TWEET_REACH:
        return False
    return _BLANK_LINE.search(document.text[position : signatures[after]].rstrip()) is None


_BLANK_LINE = patterns.compile(r"\n[ \t\r]*\n")



def _copula_equates(text: str, start: int) -> bool:
    """Whether a doubled copula at ``start`` follows a clause that names what it equates
    ("what it is is", "all it was was", "the problem is is"), which makes it grammatical."""
    clause = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    # (the clause of the copula only: "who oppose it, though there is is no sign")
    words = clause.group().lower().rsplit(",", 1)[-1].split() if clause else []
    words = words[-8:]
    for index, word in enumerate(words):
        word = word.strip("\"“”'’")
        if word in _COPULA_SUBJECTS:
            if index and words[index - 1] in _PREPOSITIONS_BEFORE_WH:
                continue  # "depends on how the system is is primed": no subject clause
            return True
    return False


_TWO_WORDS_BEFORE = patterns.compile(r"([\p{L}'’]+) ([\p{L}'’]+) \Z")
# Words that open a clause, after which a subject pronoun starts it afresh ("and they
# have have") rather than a clause naming a noun's object ("the tools we have have").
_CONJUNCTIONS_BEFORE_SUBJECT = frozenset(
    "and but or nor so yet that because if when while although though since as where whether than then once".split()
)


def _object_clause_before(text: str, start: int) -> bool:
    """Whether the doubled auxiliary at ``start`` follows a noun and a subject pronoun:
    a clause that names the noun's object ("the functions we have have been annotated",
    "the people they were were kind"), whose verb is the first copy."""
    words = _TWO_WORDS_BEFORE.search(text, max(0, start - 60), start)
    if words is None or words[2].lower() not in _SUBJECT_PRONOUNS:
        return False
    noun = words[1]
    return noun.islower() and noun not in _CONJUNCTIONS_BEFORE_SUBJECT


#: Characters of code and markup: a doubling on a line holding one is not prose
#: (":iab if if ()<Left>"; not "=", which a Reuters instrument code holds, "US30YT=RR",
#: nor "|", which parts a table's cells).
_CODE_MARKS = frozenset("<>{}\\")


def _in_a_line_of_prose(text: str, start: int, first_end: int) -> bool:
    """Whether the doubling's first copy stands in a line of prose: after a word on its
    line, or opening a line of three words or more (not a list of keywords, one to a
    line: "when" / "when"), and with no mark of code or markup near it on the line."""
    before, after = line_around(text, start, first_end)
    if not before.strip() and len(after.split()) < 2:
        return False
    return _CODE_MARKS.isdisjoint(before) and _CODE_MARKS.isdisjoint(after)


# A wh-clause after one of these is an object, not the subject a doubled copula equates.
_PREPOSITIONS_BEFORE_WH = frozenset("on of about in to for with by at from into over".split())


class DoubledWord(Rule):
    """## What it does
    Finds a function word written twice in a row: ``the the``, ``of of``, ``to to``,
    ``a a``, ``which which``, also across a line break inside a paragraph when the second
    copy is lowercase (a line ending in ``of the``, the next one opening with ``the
    damage``), and two capitalised copies opening a sentence before a lowercase word or
    a number (``In In 2019``).

    ## Why is this bad?
    Extraction that joins text nodes, or editing in a CMS, repeats a word at the seam.
    Readers and models see a typo that the original page did not have.

    ## Example
    ```text
    He described the scale of of the damage.
    ```

    ## Use instead
    ```text
    He described the scale of the damage.
    ```

    ## Fix safety
    The fix deletes the second copy (across a line break, the second copy and the space
    after it: the line break stays). It is safe for articles, conjunctions,
    possessives, demonstratives, "we", "they", "of", "which", "whom", "whose", "when",
    "if", "who", "because", "while", "whether", "although", "though", "unless",
    "until", "also", "during", "among", "upon" and "be", "been", "would", "could",
    "should", which are never grammatical twice ("Who who" is not searched: "The Who
    who played"); unsafe for "it it" (a run-on sentence needs a stop).
    Prepositions that can end a clause (``to``, ``in``, ``on``, ``at``, ``for``,
    ``about``, ``through``, ``without``, ``against``, ``between``, ``after``...) can
    meet themselves legitimately ("the person I talked to to ask"), so their fix is
    unsafe, and "in in", "on on", "at at" after a particle verb ("sworn in in January",
    "weighed in on on Monday") are not reported unless another preposition or a
    conjunction follows ("moved in in with", "factor in in when"); "by by" only after a
    verb whose particle is "by" ("stopped by by noon", not "caught by by police"), and a
    capitalised word inside a sentence is a name, not a verb ("the Magic Box in in
    Madrid"); after a verb whose "on" is a preposition ("depends on on how") "on on" is
    reported unless a wh-word or "that" earlier in the sentence took the object ("what
    it depends on on the day"). "is is", "was was", "are are", "were were", "has has"
    and "have have" are reported, with an unsafe fix, except after a
    clause that names what they equate ("what it is is", "all it was was", "the problem
    is is"), in the copula's own clause (not before a comma) and not after a preposition
    ("depends on how it is is set up"; "what they are are", "those who have have").
    Modals and "do" ("will", "can", "may", "did"...) are reported only after their
    subject pronoun ("they will will", safe to fix for a modal, unsafe for "do"), never
    after a noun ("the will will be read", "the can can be recycled"). Inside a quotation (between quotation marks in
    its paragraph) every fix is unsafe: the words are somebody's, and a person decides.
    An embedded tweet (above its "— Name (@handle) date" signature) is not checked: it
    is reproduced as its author posted it, so a doubling there is the author's. Only
    closed-class words are checked: "had had" and "that that" are
    grammatical and never reported, and "you you", "no no", "so so", "there there" are
    not in the list ("if I told you you had", "a so so result"). A capitalised first
    copy ("The the council") is reported; two capitalised copies only opening a
    sentence before a lowercase word or a number, and never "The The" (a band) or "My
    My". Words on different lines are compared only inside a paragraph and with the
    second copy in lowercase (a heading and its paragraph are not), and copies parted
    by a comma are not ("the, the" is how speech is transcribed).
    """

    code = "NL404"
    name = "doubled-word"
    category = Category.TRANSLATION
    summary = "Doubled word"
    gate = staticmethod(_may_hold_doubled_word)
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        particle_verbs = None
        for start, end, word in _doubled_words(document):
            first_end = start + len(word)
            if word in ("in", "on", "at", "by"):
                if particle_verbs is None:
                    particle_verbs = particle_verb_forms()
                before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
                previous = before[1].lower() if before else ""
                if before and before[1][:1].isupper() and _sentence_start(text, before.start()) != before.start():
                    previous = ""  # "the Magic Box in in Madrid": a name, no verb
                verbs = _BY_VERBS if word == "by" else particle_verbs
                # After a particle verb the second copy may open a phrase: "sworn in in
                # January"; after a bare particle "in" and "on" may: "moved back in in
                # 2019", "weighed in on on Monday" ("called off at at" may not).
                if word == "on" and previous in _ON_VERB_FORMS and not _WH_BEFORE.search(text, max(0, start - 80), start):
                    pass  # "depends on on how": "on" takes the verb's object, which cannot be "on ..."
                elif previous in verbs or (previous in _PARTICLES and word in ("in", "on")):
                    following = _NEXT_WORD.match(text, end)
                    if not (following and following[1] in _NOT_AN_OBJECT):
                        continue
                    # "moved in in with": no phrase can start with "in with"
            elif word in _COPULAS_SET and (_copula_equates(text, start) or _object_clause_before(text, start)):
                continue  # "what it is is", "all it was was", "the tools we have have been"
            elif word in _AFTER_SUBJECT_SET:
                before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
                if not (before and before[1].lower() in _SUBJECT_PRONOUNS) or _copula_equates(text, start):
                    continue  # "the will will be read", "what they are are"
            if _in_embedded_tweet(document, start):
                # A tweet is shown as its author posted it, typos and all: neither
                # extraction nor translation doubled the word, and no one may mend it.
                continue
            if not _in_a_line_of_prose(text, start, first_end):
                continue
            edit = Edit(first_end, end)
            if "\n" in text[first_end:end]:
                # (across a line break: the second copy goes with the space after it, and
                # the line break stays)
                second = end - len(word)
                edit = Edit(second, end + 1 if text[end : end + 1] == " " else end)
            message = f"Delete the second {word!r}"
            # A quotation is somebody's words (a translated one may still hold the
            # glitch): reported, and a person decides.
            # (asked only when the fix could be safe: the quotations of a document take
            # a scan of its whole text)
            safe = (word in _ALWAYS_SINGLE_SET or word in _MODALS) and not inside_quote(document, start, end)
            fix = Fix.safe(message, edit) if safe else Fix.unsafe(message, edit)
            yield self.diagnostic(document, start, end, message=f"Doubled word {text[start:end]!r}", fix=fix)


# -- NL405 verbless fragment -----------------------------------------------------

def _has_short_fragment(document: Document) -> bool:
    """The gate of NL405: False when no short sentence after a period or an exclamation
    mark opens with a determiner (``_period_shapes``, the scan NL401 and NL402 share,
    whose fragments are all the rule reads). Clean prose has none, and the rule is not
    called."""
    text = document.text
    return (". " in text or "! " in text) and bool(_period_shapes(document).fragments)


_FRAGMENT_WORD = patterns.compile(rf"[{RE_WORD}][{RE_WORD}'’\-]*")
_FRAGMENT_DETERMINERS = frozenset("The A An This That These Those Its Their His Her Our".split())
_FRAGMENT_FUNCTION_WORDS = frozenset(
    "of the a an and or in on at for to from with by as its their his her our your my".split()
)


class VerblessFragment(Rule):
    """## What it does
    Finds a short "sentence" inside a paragraph that has no verb and is made only of
    capitalised words and function words: ``... in contrast to the industrialized one.
    The “Global North” of the West.`` Such a fragment is usually a phrase that
    translation or sentence splitting cut off from the sentence it belonged to.

    ## Why is this bad?
    A noun phrase standing as a sentence reads as a glitch and loses the relation it had
    with the sentence it came from.

    ## Example
    ```text
    The bloc includes countries of the “Global South”, in contrast to the industrialized one. The “Global North” of the West.
    ```

    ## Use instead
    ```text
    The bloc includes countries of the “Global South”, in contrast to the industrialized “Global North” of the West.
    ```

    ## Fix safety
    No fix: the fragment has to be rejoined by hand. Without a part-of-speech tagger "no
    verb" is approximated by "no lowercase word other than a function word", so the rule
    asks more of the shape: the fragment opens with a determiner and a capitalised word
    (a noun phrase: "The Mayor of the City."), which rules out imperatives, lists of names,
    credits and release notes ("Enter Lugg, Instacart and DoorDash.", "Photo by Name.",
    "Implemented for Win32."). It runs on English documents only, and skips fragments
    that follow a question or a colon ("The reason? The economy."), hold a figure, or sit
    inside a quotation. It finds nothing in 41 MB of English documentation nor in the
    clean news bodies it was measured on.
    """

    code = "NL405"
    name = "verbless-fragment"
    category = Category.TRANSLATION
    summary = "Verbless sentence fragment"
    gate = staticmethod(_has_short_fragment)
    fix_availability = FixAvailability.NEVER

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        starters = word_classes()["name-prefixes"]
        for start, end in _after_periods(document)[1]:
            space = start - 1
            fragment = text[start:end]
            before = text[space - 2 : space - 1] if space > 1 else ""
            if not (before.islower() or before in "\"”’)"):
                continue  # an abbreviation or an initial ("U.S. The", "J. Smith"), or a line start
            if not _FRAGMENT_FUNCTION_WORDS.issuperset(filter(str.isalpha, filter(str.islower, fragment.split()))):
                # A lowercase content word ("said"), seen without the word pattern, which
                # costs more than all of this: a run of letters between spaces is one of
                # its words, and such a word outside the function words rules the
                # fragment out below. Most short sentences go here.
                continue
            words = _FRAGMENT_WORD.findall(fragment)
            if not 3 <= len(words) <= 10:
                continue
            lowercase = [w for w in words if not w[0].isupper() and not w[0].isdigit()]
            if not lowercase or any(w not in _FRAGMENT_FUNCTION_WORDS for w in lowercase):
                continue  # a lowercase content word: most likely a verb is there
            if len(words) - len(lowercase) < 2 or words[0] in starters:
                continue
            if words[0] not in _FRAGMENT_DETERMINERS:
                # A noun phrase left as a sentence opens with its determiner ("The
                # “Global North” of the West."); other short capitalised sentences are
                # imperatives, lists of names, credits or release notes ("Enter Lugg,
                # Instacart and DoorDash.", "Photo by Name.", "Implemented for Win32.").
                continue
            if any(w[0].isdigit() for w in words):
                continue  # a date or a figure: a dateline or a caption's tail, not a lost phrase
            if fragment.count("“") != fragment.count("”") or fragment.count('"') % 2:
                continue  # the fragment opens or closes a quotation
            if not is_english(document):
                return  # asked last: most documents have no candidate, and the language costs more
            yield self.diagnostic(document, start, end + 1)  # (with its period)



# -- NL406 stray preposition pair (preview) ----------------------------------------------------

# Prepositions that only take an object: never a verb's particle ("in", "on", "by",
# "about", "over", "up" are), never a conjunction ("for" opening a clause is excused
# below). After one of them another preposition or a subject pronoun cannot follow
# unless the first one ends its clause, its object moved before it (``_may_be_stranded``).
_OBJECT_PREPOSITIONS = (
    "for|with|from|at|into|onto|during|against|among|amongst|toward|towards|upon|via|despite|amid|amidst"
    "|of|to|without|between"
)
_SECOND_PREPOSITIONS = (
    "to|for|with|from|by|in|on|into|onto|during|against|among|amongst|toward|towards|upon|via|despite"
    "|amid|amidst|without|within|through|after|before|since|until|he|she|we|they"
)
# After an article: a preposition that only takes an object, another article, a
# conjunction ("the with security", "a the report", "the and"); "in" and "on" after
# "a"/"an" only ("the in crowd", "the on switch" are English).
_AFTER_ARTICLE = (
    "to|for|from|with|by|at|into|onto|during|against|among|amongst|toward|towards|upon|despite|amid|amidst"
    "|without|between|the|an?|and|or|but|nor"
)
# Pairs that English makes: "from within", "from across", "to between 5 and 7", "until
# after", "since before".
_GRAMMATICAL_PAIRS = frozenset(
    [("from", w) for w in "within across behind under among amongst between before after over near".split()]
    + [("to", w) for w in "between after before within".split()]
    + [("between", w) for w in "he she we they".split()]  # "between he and his wife" (hypercorrect, common)
)
# Words before "of" that make "of" + preposition grammatical: "instead of after".
_COMPOUND_OF = patterns.compile(r"(?i:instead|ahead|because|out|inside|outside|regardless|short)\s+$")
# Where a preposition may end its clause, its object moved before it ("the people I work
# with for their help", "which Emirates is opting for by", "the rules the league will
# abide by at present"): a wh-word or "that" before it, an auxiliary (a passive, a
# perfect, a modal), a subject pronoun or "to" right before its verb.
_GAP_WORDS = frozenset("who whom whose which what whatever where wherever how why".split())
_GAP_AUXILIARIES = frozenset(
    """is are was were be been being am get gets got gotten getting had has have having will would can
    could should may might must did do does shall""".split()
)
_GAP_SUBJECTS = frozenset("i you he she it we they".split())
_CLAUSE_BEFORE = patterns.compile(r"(?:[^.,;:!?()\"“”—–\n]|\n(?![ \t\r]*\n)){0,120}$")
_CLAUSE_WORD = patterns.compile(r"[\p{L}\p{M}\p{N}'’]+")
_DETERMINERS_BEFORE_NOUN = frozenset("the a an his her its their our my your this these those every each".split())
# What may stand right before a clause's first word ("" at the start of the text).
_CLAUSE_MARKS = frozenset(("", *".,;:!?—–"))
# Words after an article and a function word that make the pair a name for something:
# a keyword in documentation ("the for loop", "the with statement", "the at sign"), a
# list ("the to do list", "the to and fro", "the for and against"), a Latin phrase.
_NAMING_NOUNS = frozenset(
    """loop loops keyword keywords operator operators clause clauses sign symbol field fields tag attribute
    flag construct block expression variable header parameter argument address gate do be and or
    priori posteriori fortiori cappella capella""".split()
)
_BY_NOUNS = frozenset("election elections product products law laws line lines pass word stander".split())


#: Past participles that do not end in "ed", which a particle may follow before an agent
#: or a phrase ("paid for by", "spoken to by", "thought of as", "sent to in error").
_IRREGULAR_PARTICIPLES = frozenset(
    """paid made said sold built held brought bought taught thought caught sent spent lent left kept
    known shown given taken done seen written chosen spoken told found meant put set cut hit run won
    lost heard read led fed met sought dealt felt laid shot struck stuck swept thrown understood
    undertaken overseen overtaken forgotten forgiven hidden ridden driven eaten fallen grown drawn
    worn torn sworn born borne gotten got begun sung rung drunk sunk shut split spread quit bid""".split()
)
_LONGEST_IRREGULAR = max(map(len, _IRREGULAR_PARTICIPLES))
_BY_AGENT = patterns.compile(r"[\p{L}]+[ \t]+by\b")


def _may_be_stranded(text: str, start: int) -> bool:
    """Whether the preposition at ``start`` may end its clause, its object moved before
    it, rather than open a phrase whose object a stray word split."""
    before = text[max(0, start - 20) : start].rstrip(" \t")
    if before.endswith("ed"):
        return True  # "agreed to in writing", "acted upon by": a participle's particle
    last = before[-(_LONGEST_IRREGULAR + 1) :].lower().split()
    if last and last[-1] in _IRREGULAR_PARTICIPLES and _BY_AGENT.match(text, start):
        # "Paid for by the taxpayer", "spoken to by police": the same, irregular, before
        # its agent (not "met with to Tomasz Wirth": a past tense, and a stray word)
        return True
    clause = _CLAUSE_BEFORE.search(text, max(0, start - 120), start).group()
    words = [word.lower() for word in _CLAUSE_WORD.findall(clause)]
    if any(word in _GAP_WORDS for word in words[-6:]) or "that" in words[-4:]:
        return True
    if any(word in _DETERMINERS_BEFORE_NOUN for word in words[-3:-1]):
        return False  # "the talks with to", "a long meeting with they": a noun's preposition
    if any(word in _GAP_AUXILIARIES for word in words[-4:-1]):
        return True  # "the rival he had lost to", "the fee was paid for"
    # "the people I work with", "nothing to write with", "worth fighting for"
    return len(words) >= 2 and (words[-2] in _GAP_SUBJECTS or words[-2] in ("to", "worth"))


# Which word may open a pair and which may close one, as bits: 1 a preposition before a
# preposition or a pronoun, 2 "the" before what cannot follow an article, 4 "a"/"an"
# before the same or "in"/"on". NL406's gate reads them over the document's words.
_PAIR_OPENERS: dict[bytes, int] = {}
_PAIR_CLOSERS: dict[bytes, int] = {}
for _words, _bit, _table in (
    (_OBJECT_PREPOSITIONS, 1, _PAIR_OPENERS), ("the", 2, _PAIR_OPENERS), ("a|an", 4, _PAIR_OPENERS),
    (_SECOND_PREPOSITIONS, 1, _PAIR_CLOSERS), (_AFTER_ARTICLE.replace("|the|an?", "|a|an"), 2, _PAIR_CLOSERS),
    (_AFTER_ARTICLE.replace("|an?", "|a|an") + "|in|on", 4, _PAIR_CLOSERS),
):
    for _word in _words.split("|"):
        _table[_word.encode()] = _table.get(_word.encode(), 0) | _bit
# Every pair of an opener and a closer that share a bit: the pairs of neighbouring words
# (``lowercase_words``) the rule looks for.
_PREPOSITION_PAIRS = frozenset(
    (first, second) for first, opens in _PAIR_OPENERS.items() for second, closes in _PAIR_CLOSERS.items() if opens & closes
)


def _pair_candidates(document: Document) -> list[tuple[bytes, bytes]]:
    """The neighbouring words of the document (punctuation blanked, capitals lowered)
    that may make a pair NL406 looks for (computed once). Every pair the rule reports is
    two such words: most texts have none."""
    return document.memo("translation.pair_candidates", _find_pair_candidates)


def _find_pair_candidates(document: Document) -> list[tuple[bytes, bytes]]:
    words = lowercase_words(document)
    # (one pass in C: ``zip`` reuses its tuple once the set has let it go, so each pair
    # of neighbours costs a hash and a probe)
    return sorted(_PREPOSITION_PAIRS.intersection(zip(words, islice(words, 1, None))))


def _may_hold_pair(document: Document) -> bool:
    """The gate of NL406 (``_pair_candidates``)."""
    return bool(_pair_candidates(document))


@lru_cache(maxsize=None)
def _pair_pattern(first: bytes, second: bytes) -> patterns.BoundedPattern:
    """``first second`` as whole words, the first one capitalised or not, one pattern a
    pair (a literal the engine finds fast, as NL404's doublings). Not next to a mark of
    code, where the words are names ("points_to for", "$a to", '"a to "z', "the for()
    loop", "<Leader>a or"), and parted by spaces only (a tab parts a table's cells)."""
    word, after = first.decode(), second.decode()
    return patterns.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’.:/_$\\\"<>-])[{word[0].upper()}{word[0]}]{regex.escape(word[1:])} +"
        rf"{regex.escape(after)}(?![\p{{L}}\p{{M}}\p{{N}}'’:/&._(-])"
    )


class StrayPrepositionPair(Rule):
    """## What it does
    Finds two function words that cannot follow each other, beyond NL403's "... of": a
    preposition that only takes an object directly followed by another preposition or
    a subject pronoun (``talks with to the minister``, ``responsible for with
    security``, ``a report from during the war``, ``according to he``), and an article
    directly followed by a preposition, another article or a conjunction (``the with
    security``, ``according to a the report``, ``the and``).

    ## Why is this bad?
    Machine translation leaves a word of the source construction behind, and splicing
    extractors join fragments of two sentences. The sentence no longer parses.

    ## Example
    ```text
    He held talks with to the minister on Friday.
    ```

    ## Use instead
    ```text
    He held talks with the minister on Friday.
    ```

    ## Fix safety
    No fix: either word may be the intruder, so the choice is left to a person.

    English lets a preposition end its clause, its object moved before it ("the people
    I work with for their help", "what the fee was paid for in the end", "both of whom
    she has had feuds with in the past"), so a pair is not reported after a wh-word or
    "that", an auxiliary (a passive, a perfect, a modal), a subject pronoun or "to"
    before the verb, nor after a participle ("agreed to in writing"). Not reported
    either: pairs English makes ("from within", "from across", "to between 5 and 7",
    "until after", "instead of after", "for at least"), "for" opening a clause (a
    conjunction), a capitalised second word (a headline), a word that a keyword or a
    list names after an article ("the for loop", "the with statement", "the to do
    list", "the to and fro", "the by election", "from a to z") and "in" and "on" after
    "the" ("the in crowd"). Nor are pairs next to a mark of code ("$a to", "points_to
    for", "the for() loop"), parted by a tab (a table's cells), the letter "a" used as a
    name ("the a register" in a document that quotes the letter, "a or A", "for a in
    range(3)"), and "instead of" across a line break. Read in English documents only.

    Preview: on 44 MB of documentation (manuals, API references) it reports 27 pairs,
    11 of them real glitches of the source ("Useful to for indent scripts"), the others
    letters, keywords and code names in running text ("the a mark", "for in source
    builds", "nextTick for before exit"); and it adds 10 to 50% to the family's time
    on the measurement corpora. Clean news bodies and the dev corpus's body lines hold
    none of its pairs.
    """

    code = "NL406"
    name = "stray-preposition-pair"
    category = Category.TRANSLATION
    summary = "A preposition or article before a word that cannot follow it"
    fix_availability = FixAvailability.NEVER
    preview = True
    gate = staticmethod(_may_hold_pair)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        english = None
        matches = sorted(
            (match.span() for first, second in _pair_candidates(document) for match in _pair_pattern(first, second).finditer(text))
        )
        for start, end in matches:
            first, second = text[start:end].split()
            following = _NEXT_TOKEN.match(text, end)
            next_word = following[1] if following else ""
            if first == "A" and second not in ("the", "an"):
                continue  # "A to Z", "A and B": a letter
            if first == "a" and second in ("or", "and", "to") and _LETTER_AFTER.match(text, end):
                continue  # "a or A", "branch a or branch b": a letter, named with another
            if first == "a" and second == "in" and text[max(0, start - 4) : start].lower() == "for ":
                continue  # "for a in range(3)": a loop's variable
            if second in ("a", "an") and _LETTER_NAMED.search(text):
                continue  # "the a register", "just an a": the document names the letter
            if first.lower() in ("the", "a", "an"):
                article, after = first.lower(), second
                if article == after:
                    continue  # "the the": NL404's
                lower_next = next_word.lower()
                if lower_next in _NAMING_NOUNS or (len(next_word) == 1 and next_word not in "aAI"):
                    continue  # "the for loop", "the to do list", "from a to z"
                if (after == "with" and lower_next in ("statement", "statements")) or (
                    after == "by" and lower_next in _BY_NOUNS
                ):
                    continue  # "the with statement", "the by election"
            else:
                lower = first.lower()
                if not next_word:
                    continue  # "it belongs to he;", "all sorts of in & out": no phrase follows
                if lower == second or (lower, second) in _GRAMMATICAL_PAIRS:
                    continue  # "to to" is NL404's; "from within"
                if first[0].isupper() and _sentence_start(text, start) != start:
                    continue  # (a capitalised preposition inside a sentence: a headline)
                if second == "to" and not (
                    next_word[:1].isupper() or next_word[:1].isdigit() or next_word.lower() in _DETERMINERS_AFTER_TO
                ):
                    continue  # "chosen from to best align": "to" opening an infinitive
                if second in _GAP_SUBJECTS and (next_word.lower() == "who" or lower == "for"):
                    continue  # "to he who waits", "for he was tired"
                if lower == "for" and text[max(0, start - 8) : start].rstrip(" \t\r\n")[-1:] in _CLAUSE_MARKS:
                    continue  # "..., for in politics there is no honour": a conjunction
                if lower == "of" and _COMPOUND_OF.search(text, max(0, start - 20), start):
                    continue  # "instead of after the question"
                if _may_be_stranded(text, start):
                    continue  # "the people I work with for their help"
            if english is None:
                english = is_english(document)
            if not english:
                return
            yield self.diagnostic(
                document, start, end,
                message=f"Two function words that cannot follow each other: {first + ' ' + second!r}",
            )


_NEXT_TOKEN = patterns.compile(r"[ \t]+([\p{L}\p{M}\p{N}'’]+)")
# A single letter within the next word or two: "a or A", "a or branch b" (not the
# article "a" nor "I": "able a to apprehend a suspect").
_LETTER_AFTER = patterns.compile(r"(?:[ \t]+[\p{L}'’]+)?[ \t]+(?![aI](?![\p{L}\p{M}\p{N}'’]))\p{L}(?![\p{L}\p{M}\p{N}'’])")
# The letter "a" written as a symbol: quoted, in back quotes, or after "$".
_LETTER_NAMED = patterns.compile(r"[\"'‘“`$]a[\"'’”`]|\$a\b")
# Words after "to" that show it opens a noun phrase, not an infinitive.
_DETERMINERS_AFTER_TO = frozenset("the a an his her its their our my your this these those that every each some any no".split())

RULES = [PeriodInsideName, FunctionWordPeriod, StrayFunctionWord, DoubledWord, VerblessFragment, StrayPrepositionPair]
