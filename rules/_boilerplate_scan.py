"""Which lines the boilerplate family (NL1xx) has to look at, found with cheap tests.

Chrome is a whole short line ("Share on Facebook"), or a notice line of a few
sentences holding a tell-tale word ("cookie", "newsletter"), or a thread of comment
headers ("fan1987 says:"). Most documents are paragraphs of prose with none of these,
and on them the family must cost a few string operations, not a pass per rule. ``scan``
lists, once per document, the lines the classifier (``boilerplate._classify``) must
try; when it lists none, the classifier finds nothing, and the family's gate rules the
document out.

Every list is a superset of the lines the classifier tried before it had this module,
and the classifier applies to each line the same tests as before: the findings are the
same, only the lines that could not match are no longer tried.

Tests on words are made on the lowercased text (``lowered``): its UTF-8 bytes, their
ASCII letters lowercased (``bytes.lower``, one C pass), read back as Latin-1, one
character a byte. A substring test on that ``str`` finds an ASCII word exactly where
one on the bytes would, and costs less to call: ``bytes.__contains__`` takes its
argument through the buffer protocol, about 0.15 µs a call, as much as the search
itself on a paragraph, and the scan makes some thirty of them per document. That is
exact for ASCII words unless the text holds one of the three characters that
lowercase to, or match case-insensitively, an ASCII letter (``_CASE_SPECIALS``): such a
text, and a text with "\\r" line breaks, takes the slow, line-by-line path.

Where the cost goes: on a text of prose, nearly all of it is in ``_notices``, one
substring search per keyword over the text without its lines of reported speech (in
news, two thirds of it): some 0.35 µs each on a news story, which no other C test
beats (an alternation of them in ``regex`` costs twice as much). So there are as few
as can be: keywords that share a substring rare in prose are looked for after it
(``_SCREENS``), and in a long text each is looked for in the lines short enough for
its notice only (``_within_reach``). Contained words are looked for in the short lines
alone, and a short line's first word is read once per line text (``_label_key``,
cached: a site's labels recur on every page), from an ASCII line with ``str.lstrip``,
not the regex.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from newslint import Document, Line

from . import _boilerplate_patterns as P
from ._layout import LABEL, SHORT, short_lines
from ._text import is_english, plain_lines, utf8

#: "İ" lowercases to "i" and a combining dot, the Kelvin sign "K" to "k", and the long
#: "ſ" matches "s" in a case-insensitive pattern: with one of them in the text, the
#: ASCII-lowercased bytes would miss a word that ``str.lower`` or a pattern would find.
_CASE_SPECIALS = ("\u0130", "\u212a", "\u017f")

#: A line holding this (lowercased) reports speech: ``boilerplate._REPORTED`` finds
#: "said" between two spaces, and a notice is never such a line.
_REPORTS_SPEECH = " said "


#: Substrings that several keywords share and that few texts of prose hold: a keyword
#: holding one is looked for only in a text that holds it, so that one search rules out
#: the group ("comm": "comment", "community", "commission").
_SCREENS = ("comm", "information", "letters")


class NoticeShapes:
    """The notice shapes the classifier tries (``((keywords, longest line), ...)``: each
    notice's lowercase keywords, one of which its line must hold, and the longest line it
    may be), with what the scan needs of them worked out once, not per document."""

    __slots__ = ("shapes", "ascii", "screened", "other", "shapes_of", "reaches", "foreign", "foreign_other")

    def __init__(self, shapes, foreign_from: int | None = None) -> None:
        self.shapes: tuple[tuple[tuple[str, ...], int], ...] = tuple((tuple(k), n) for k, n in shapes)
        reach: dict[str, int] = {}
        places: dict[str, list[int]] = {}
        # The shapes from ``foreign_from`` on are notices in other languages than English:
        # their own keywords are looked for only in a document that is not English
        # (``foreign``), so that an English text pays nothing for them.
        foreign_from = len(self.shapes) if foreign_from is None else foreign_from
        english_keywords = {keyword for keywords, _ in self.shapes[:foreign_from] for keyword in keywords}
        foreign_reach: dict[str, int] = {}
        for shape, (keywords, longest) in enumerate(self.shapes):
            for keyword in keywords:
                places.setdefault(keyword, []).append(shape)
                if shape >= foreign_from and keyword not in english_keywords:
                    foreign_reach[keyword] = max(foreign_reach.get(keyword, 0), longest)
                else:
                    reach[keyword] = max(reach.get(keyword, 0), longest)
        #: The foreign shapes' own ASCII keywords, as ``(keyword, needle, longest)``.
        foreign = [(keyword, keyword.encode().decode("latin-1"), longest) for keyword, longest in foreign_reach.items()]
        self.foreign = tuple(entry for entry in foreign if entry[0].isascii())
        #: The others by the first byte of their UTF-8 form (a script's lead byte: one
        #: search rules out all the keywords of a script the text does not use).
        leads: dict[str, list] = {}
        for entry in foreign:
            if not entry[0].isascii():
                leads.setdefault(entry[1][0], []).append(entry)
        self.foreign_other = tuple((lead, tuple(group)) for lead, group in leads.items())
        # Every keyword once, as ``(keyword, what to look for in ``lowered``, the longest
        # line a notice holding it may be)``: the ASCII ones, then the others, whose
        # UTF-8 bytes are looked for (read as Latin-1, as ``lowered`` reads them). A
        # keyword outside ASCII ("©") is looked for in the text first: one character of
        # ``str`` is found at memchr speed, where its bytes are searched for like a word.
        entries = [(keyword, keyword.encode().decode("latin-1"), longest) for keyword, longest in reach.items()]
        ascii_entries = [entry for entry in entries if entry[0].isascii()]
        #: ``(screen, its keywords' entries, their longest reach)``, for the screens two
        #: keywords share at least.
        self.screened = tuple(
            (screen, group, max(entry[2] for entry in group)) for screen in _SCREENS
            if len(group := tuple(entry for entry in ascii_entries if screen in entry[0])) >= 2
        )
        screened = {entry for _, group, _ in self.screened for entry in group}
        #: The lengths the ASCII keywords' lines may have, ascending.
        self.reaches = tuple(sorted({entry[2] for entry in ascii_entries} | set(foreign_reach.values())))
        self.ascii = tuple(entry for entry in ascii_entries if entry not in screened)
        self.other = tuple(entry for entry in entries if not entry[0].isascii())
        #: The shapes (by index) each keyword belongs to.
        self.shapes_of: dict[str, tuple[int, ...]] = {keyword: tuple(indices) for keyword, indices in places.items()}


class Scan(NamedTuple):
    """The lines the classifier must try, by kind (line indices, in order)."""

    #: ``(index, first word)`` of the short lines whose first word (or "#" for a digit)
    #: files a label (``P.label_keys``).
    labels: list[tuple[int, str]]
    #: For each contained label (``P.label_table()[1]``), the short lines holding its word.
    contained: list[list[int]]
    #: Lines that may be a reader comment's header (holding "says:" or "rating:"), or
    #: None when the classifier does not look for a comment thread.
    headers: list[int] | None
    #: For each notice shape, the lines within its length holding one of its keywords
    #: and not reporting speech; or an empty list when no shape has a line.
    notices: list[list[int]]
    #: Short lines that may head a box of other stories' headlines in words no label
    #: lists ("Sport headlines", "Hot topics"): a word of ``BOX_WORDS``, and three short
    #: lines after it.
    boxes: list[int]

    def empty(self) -> bool:
        return (
            not self.labels
            and self.headers is None
            and not any(self.notices)
            and not any(self.contained)
            and not self.boxes
        )


def scan(document: Document, shapes: NoticeShapes) -> Scan:
    """The lines of ``document`` the classifier must try (computed once; always called
    with the classifier's notice shapes)."""
    return document.memo("boilerplate.scan", lambda d: _scan(d, shapes))


def lowered(document: Document) -> str | None:
    """The text's UTF-8 bytes with their ASCII letters lowercased, read as Latin-1 (one
    character a byte, lines split at "\\n" as ``plain_lines`` splits them); or None when
    the text takes the exact path (see the module's docstring). Computed once."""
    return document.memo("boilerplate.lowered", _lowered)


def _lowered(document: Document) -> str | None:
    text = document.text
    if "\r" in text or (not text.isascii() and any(map(text.__contains__, _CASE_SPECIALS))):
        return None
    # Latin-1 decodes a byte to one character in a copy (no UTF-8 decoding work).
    return utf8(document).lower().decode("latin-1")


def _scan(document: Document, shapes: NoticeShapes) -> Scan:
    lowered_text = lowered(document)
    headers = _comment_headers(document, lowered_text)
    notices = _notices(document, lowered_text, shapes)
    if not short_lines(document):
        # Labels, contained labels and a box's label are short lines: a text of
        # paragraphs alone (a third of news stories) has none to list.
        return Scan([], [[] for _ in P.label_table()[1]], headers, notices, [])
    return Scan(_labels(document), _contained(document), headers, notices, _boxes(document))


# -- boxes of other stories: a label over short lines ----------------------------------------

#: The words of a label over a box of other stories, a closed class: a label is made of
#: them and of a section's or the site's name ("More World news", "Latest Sport",
#: "Readers' favourites", "From the archive", "Before you go").
BOX_WORDS = frozenset(
    """more latest top popular trending recommended related picks pick choice reads reading read stories news
    headlines videos highlights favourites favorites spotlight missed miss also elsewhere archive explore exploring
    new topics shared viewed around catch before worth just""".split()
)
#: The same words in the other languages of the press (a closed class: "news",
#: "articles", "most read", "popular", "related", "recommended"; not "other", "latest"
#: or "main", which head the story's own lists: "Altri risultati", "Главное"): a box's
#: label in another language holds one of them ("Outras notícias", "Другие новости",
#: "Weitere Nachrichten", "Berita lainnya").
FOREIGN_BOX_WORDS = frozenset(
    """notícias noticias matérias artigos artículos lidas leídas populares relacionadas relacionados recomendados
    новости новостей статьи материалы популярное популярные читаемое
    nachrichten meldungen artikel beiträge meistgelesen meistgelesene empfehlungen
    notizie articoli letti lette correlati consigliati popolari
    berita terpopuler terkait populer pilihan
    actualités articles lus""".split()
)
#: Words of such labels in scripts written without spaces, found inside the label
#: ("주요뉴스", "関連ニュース", "人気記事").
CJK_BOX_WORDS = ("뉴스", "기사", "記事", "ニュース", "新闻", "新聞", "おすすめ", "人気", "랭킹")
#: At most this many words in a box's label.
BOX_LABEL_WORDS = 6
#: At least this many short lines after the label (the headlines the box must hold).
BOX_MIN_ITEMS = 3


def box_word(words: list[str], text: str, english: bool = True) -> bool:
    """Whether a label's lowercase ``words`` (of line ``text``) hold a word of a box's
    label in another language, or (``english``) in English."""
    bare = [word.strip(".,:;!?'’\"“”()[]|»›•-") for word in words]
    return (
        (english and not BOX_WORDS.isdisjoint(bare))
        or not FOREIGN_BOX_WORDS.isdisjoint(bare)
        or (not text.isascii() and any(word in text for word in CJK_BOX_WORDS))
    )


def _boxes(document: Document) -> list[int]:
    # A box of other stories under a label no pattern lists is known by its place: after
    # the story, with no line of prose after it (``boilerplate._ends_text``). So only the
    # label lines after the text's last line of prose (or too long for a label) are
    # tried; most texts end with a paragraph, and then there are none. (The box stands
    # after the story, not over it: a line of prose must come before it.)
    plain = plain_lines(document)
    last = len(plain) - 1
    while last >= 0:
        text = plain[last]
        if len(text) > _PROSE and (_prose(text) or len(text.strip()) > P.MAX_LABEL):
            break
        last -= 1
    if last < 0 or last >= len(plain) - BOX_MIN_ITEMS - 1:
        return []
    # Every line after ``last`` is short (or blank): the labels among them are read off
    # the text's lines, counting the non-blank lines after each.
    found = []
    after = 0  # non-blank lines after the current one
    for index in range(len(plain) - 1, last, -1):
        text = plain[index].strip()
        if not text:
            continue
        if after >= BOX_MIN_ITEMS and len(text) <= LABEL:
            words = text.lower().split()
            if len(words) <= BOX_LABEL_WORDS and box_word(words, text):
                found.append(index)
        after += 1
    found.reverse()
    return found


#: A line of prose: longer than this, and closed by a sentence's end.
_PROSE = 80


def _prose(text: str) -> bool:
    text = text.rstrip()
    return len(text) > _PROSE and text.rstrip("\"”’')").endswith((".", "!", "?"))


# -- Lines -------------------------------------------------------------------------------------


def line(document: Document, index: int) -> Line:
    """``document.lines[index]``, built alone: a document has few lines to report, and
    building all its lines costs more than finding each of them."""
    return document.line(index)


def holds(text: str, char: str, count: int) -> bool:
    """Whether ``text`` holds ``char`` at least ``count`` times: ``str.find`` skips to
    each at memchr speed, where ``str.count`` reads every character (and most texts of
    prose hold no colon at all)."""
    position = -1
    for _ in range(count):
        position = text.find(char, position + 1)
        if position == -1:
            return False
    return True


# -- labels: short lines filed under their first word ----------------------------------------


def _labels(document: Document) -> list[tuple[int, str]]:
    # Lines as Document has them ("\r" and "\r\n" end a line too): ``plain_lines`` and
    # ``short_lines`` split the same way.
    # ``SHORT_LINE`` wants at most ``MAX_LABEL`` characters after the indentation; a
    # line that is longer once stripped of all its whitespace is longer still then.
    plain = plain_lines(document)
    short = short_lines(document)
    if SHORT > P.MAX_LABEL:
        short = [(index, stripped) for index, stripped in short if len(stripped) <= P.MAX_LABEL]
    return [(index, key) for index, _ in short if (key := _label_key(plain[index])) is not None]


@lru_cache(maxsize=8192)
def _label_key(text: str) -> str | None:
    """The first word (``P.SHORT_LINE_ALONE``'s group 1, lowercased, or "#" for a digit)
    of a short line (``text``), when it files a label (``P.label_keys``); else None.
    (Cached: the answer depends on the line alone, and a site's labels recur on every
    page.)"""
    keys = P.label_keys()
    stripped = text.strip()
    if stripped == text and text[0].isalpha():
        # The common case, without the regex: a line without spaces around it, no
        # longer than a label, that starts with its first word, which runs to the
        # first space. (Every letter of ``str.isalpha`` is one of ``\p{L}``: the
        # pattern would read the same word.)
        word = text.partition(" ")[0]
        if word.isalpha():
            word = word.lower()
            return word if word in keys else None
    lowered = text.lower()
    if lowered.isascii():
        word = _ascii_label_word(lowered)
    elif len(lowered) == len(text):
        match = P.SHORT_LINE_ALONE.match(lowered)
        word = None if match is None else match.group(1) or "#"
    else:
        # "İ" lengthens the text when lowercased: read the line as it is, lowercase
        # the word alone (lowercasing keeps every other character's category).
        match = P.SHORT_LINE_ALONE.match(text)
        word = None if match is None else (match.group(1) or "#").lower()
    if word is not None and "’" in word:
        word = word.replace("’", "'")  # (the keys spell the apostrophe straight too)
    return word if word in keys else None


#: ASCII characters that are neither letters nor digits: ``P.DECOR`` in ASCII.
_ASCII_DECOR = "".join(chr(code) for code in range(128) if not chr(code).isalnum())
#: What a label's first word is made of in lowercase ASCII: ``[\\p{L}\\p{M}'’]``.
_ASCII_WORD = "abcdefghijklmnopqrstuvwxyz'"


def _ascii_label_word(line: str) -> str | None:
    """``P.SHORT_LINE_ALONE``'s word (group 1, or "#" for a digit) in one lowercased ASCII
    line, or None where it does not match; read with ``str.lstrip``, which costs a
    fraction of a regex call. (In ASCII, ``\\h`` is a space or a tab, ``\\p{L}`` a letter,
    ``\\p{N}`` a digit, and ``\\p{M}`` nothing.)"""
    rest = line.lstrip(" \t")
    if not 0 < len(rest) <= P.MAX_LABEL:
        return None
    body = rest.lstrip(_ASCII_DECOR)
    if not body:
        return None
    if body[0].isdigit():
        return "#" if len(body) <= 36 else None
    return body[: len(body) - len(body.lstrip(_ASCII_WORD))]


@lru_cache(maxsize=1)
def _contained_words() -> tuple[tuple[tuple[str, bool], ...], tuple[int, ...]]:
    """The words of the contained labels (``P.label_table()[1]``), each once, as ``(word,
    whether it has no case to fold)``; and for each label, its word's place."""
    words: list[str] = []
    for _, word in P.label_table()[1]:
        if word not in words:
            words.append(word)
    return (
        tuple((word, word.lower() == word.upper()) for word in words),
        tuple(words.index(word) for _, word in P.label_table()[1]),
    )


def _contained(document: Document) -> list[list[int]]:
    """For each contained label, the indices of the lines of at most ``MAX_LABEL``
    characters (stripped) that hold its word (lowercase) once lowercased; each word looked
    for once (several labels may be filed under one word)."""
    words, places = _contained_words()
    longest = P.MAX_LABEL
    short = short_lines(document)
    # The short lines, together (and lowercased): a word no short line holds is ruled out
    # by one substring test on them, which are a fraction of the text. (``str.lower``
    # maps each character alone, so no word can be made across the line breaks.)
    short_text = "\n".join([stripped for _, stripped in short])
    short_lowered = None
    found = []
    for word, caseless in words:
        if caseless:  # "]", "@": no case to fold
            if word not in short_text:
                found.append([])
                continue
            found.append([index for index, stripped in short if len(stripped) <= longest and word in stripped])
            continue
        if short_lowered is None:
            short_lowered = short_text.lower()
        if word not in short_lowered:
            found.append([])
            continue
        found.append([index for index, stripped in short if len(stripped) <= longest and word in stripped.lower()])
    return [found[place] for place in places]


# -- notices: lines holding a keyword -----------------------------------------------------------


def _three_thes(lowered: str) -> bool:
    """Whether the lowercase text holds " the " three times (found at memchr speed)."""
    at = -1
    for _ in range(3):
        at = lowered.find(" the ", at + 1)
        if at == -1:
            return False
    return True


def _notices(document: Document, lowered: str | None, shapes: NoticeShapes) -> list[list[int]]:
    plain = plain_lines(document)
    if lowered is None:
        # The exact reading, one line at a time.
        return [
            [
                index for index, text in enumerate(plain)
                if len(text.strip()) <= longest and any(keyword in text.lower() for keyword in keywords)
            ]
            for keywords, longest in shapes.shapes
        ]
    # One substring test per keyword, on the text without the lines that report speech
    # (in news, most lines of prose): on most documents that is all.
    unreported = _without_reported_lines(lowered)
    within = None
    if len(unreported) <= _BY_LENGTH:
        present = [entry for entry in shapes.ascii if entry[1] in unreported]
        for screen, group, _ in shapes.screened:
            if screen in unreported:
                present += [entry for entry in group if entry[1] in unreported]
    else:
        # A long text: each keyword is looked for in the lines short enough for it.
        within = _within_reach(unreported, plain, shapes.reaches)
        present = [entry for entry in shapes.ascii if entry[1] in within[entry[2]]]
        for screen, group, reach in shapes.screened:
            if screen in within[reach]:
                present += [entry for entry in group if entry[1] in within[entry[2]]]
    if shapes.other:
        text = document.text
        present += [entry for entry in shapes.other if entry[0] in text and entry[1] in unreported]
    if (shapes.foreign or shapes.foreign_other) and not _three_thes(unreported):
        # The notices in other languages: in a long text, in the lines short enough for
        # them only. (A text with three "the" is English, as a rule, and pays nothing
        # for them; whether the document is English is asked only when one is there.)
        foreign = [entry for entry in shapes.foreign if entry[1] in (unreported if within is None else within[entry[2]])]
        for lead, group in shapes.foreign_other:
            if lead in unreported:
                foreign += [entry for entry in group if entry[1] in (unreported if within is None else within[entry[2]])]
        if foreign and not is_english(document):
            present += foreign
    if not present:
        return []
    # The lines holding each keyword, found in ``unreported``: it keeps every line break
    # (a line that reports speech is left empty), so line numbers are the text's, and
    # no line found there reports speech.
    hits: dict[str, list[int]] = {}
    reach: dict[int, int] = {}  # line -> its length, stripped
    for keyword, needle, longest in present:
        rows = []
        position = unreported.find(needle)
        row = counted = 0  # ``row`` line breaks come before offset ``counted``
        while position != -1:
            row += unreported.count("\n", counted, position)
            counted = position
            length = reach.get(row)
            if length is None:
                length = reach[row] = len(plain[row].strip())
            if length <= longest:
                rows.append(row)
            # Go on from the next line: this one is listed (or left out) already.
            end = unreported.find("\n", position)
            if end == -1:
                break
            position = unreported.find(needle, end + 1)
        if rows:
            hits[keyword] = rows
    if not hits:
        return []
    # Each shape's lines, from the keywords found (most texts find one): the others
    # have none.
    found: dict[int, list[list[int]]] = {}
    shapes_of = shapes.shapes_of
    for keyword, rows in hits.items():
        for shape in shapes_of[keyword]:
            found.setdefault(shape, []).append(rows)
    notices: list[list[int]] = [[] for _ in shapes.shapes]
    for shape, lists in found.items():
        longest = shapes.shapes[shape][1]
        if len(lists) == 1 and max(map(reach.__getitem__, lists[0])) <= longest:
            notices[shape] = lists[0]  # in order, each line once already
        else:
            notices[shape] = sorted({row for rows in lists for row in rows if reach[row] <= longest})
    return notices


#: Beyond this many characters of text without reported speech, the keywords are looked
#: for by line length (``_within_reach``): in a long text, many lines are paragraphs too
#: long for most notices, and leaving them out of most searches pays for sorting the
#: lines; in a short one it does not.
_BY_LENGTH = 2000


def _within_reach(unreported: str, plain: list[str], reaches: tuple[int, ...]) -> dict[int, str]:
    """For each length in ``reaches`` (ascending), the lines of ``unreported`` (the
    lowercased text without its reported speech) that are at most that long once
    stripped, as ``plain`` has them, joined by line breaks."""
    shorter: dict[int, list[str]] = {reach: [] for reach in reaches}
    # ``unreported`` keeps every line break: its lines are the text's (those that report
    # speech left empty, and so left out here).
    for line, text in zip(unreported.split("\n"), plain):
        if line:
            length = len(text.strip())
            for reach in reaches:
                if length <= reach:
                    shorter[reach].append(line)
                    break
    within: dict[int, str] = {}
    lines: list[str] = []
    for reach in reaches:
        lines += shorter[reach]
        within[reach] = "\n".join(lines)
    return within


def _without_reported_lines(lowered: str) -> str:
    """``lowered`` without the lines holding ``_REPORTS_SPEECH`` (each left empty, so
    that no word is made of two lines)."""
    find, rfind = lowered.find, lowered.rfind
    position = find(_REPORTS_SPEECH)
    if position == -1:
        return lowered
    parts = []
    keep = parts.append
    start = 0
    while position != -1:
        keep(lowered[start : rfind("\n", 0, position) + 1])
        start = find("\n", position)
        if start == -1:
            start = len(lowered)
            break
        position = find(_REPORTS_SPEECH, start)
    keep(lowered[start:])
    return "".join(parts)


# -- readers' comments: header lines ---------------------------------------------------------------


def _comment_headers(document: Document, lowered: str | None) -> list[int] | None:
    text = document.text
    # A cheap bound first: three headers hold three colons. (Looked for in ``lowered``
    # where there is one: one byte a character, it is searched at memchr speed.)
    if not holds(text if lowered is None else lowered, ":", 3):
        return None
    if lowered is not None:
        # Every header holds one of these ("fan1987 says:", "Rating: 1 vote").
        if "says:" not in lowered and "rating:" not in lowered:
            return None
    else:
        folded = text.lower()
        if len(folded) == len(text) and "says:" not in folded and "rating:" not in folded:
            return None
    plain = plain_lines(document)
    if lowered is None:
        return list(range(len(plain)))
    found = []
    for index, line_text in enumerate(plain):
        if ":" in line_text:
            line_text = line_text.lower()
            if "says:" in line_text or "rating:" in line_text:
                found.append(index)
    return found
