"""Punctuation artefacts (NL5xx).

Marks that no editor would write: two sentence marks in a row (``level. .``), a space
before a period or comma (``Earth .``), a bracket or quotation mark that is never closed,
and a quotation opened in one quote style and closed in another. The scans start with
a literal or a one-character class, so they skip through a document quickly.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newslint import Category, Diagnostic, Document, Edit, Fix, FixAvailability, Rule, patterns

from ._text import ENGLISH_FUNCTION_WORDS, RE_SPACE, RE_WORD, LazyEnglish, is_english, utf8

# -- the family's gate ---------------------------------------------------------------------


#: A bit per byte of the UTF-8 text, for the gate: bit 0 for a space, a tab or a mark
#: (what may come before a reported mark), bit 1 for a mark (what is reported), and
#: bit 6 for a space alone (what NL502 asks for before a mark).
_GATE_BITS = bytes(3 if chr(b) in ".,;:!?" else 0x41 if b == 0x20 else 1 if b == 0x09 else 0 for b in range(256))


def _may_hold_artefacts(document: Document) -> bool:
    """The gate of NL501 and NL502: False when no sentence mark follows a space, a tab
    or another mark, which clean prose never has ("word. Word", "word, word").

    Sound because every run NL501 reports ends with a mark right after the first mark
    or after the spaces and tabs between them, and every mark NL502 reports stands
    right after a space.

    The classified bytes are read as one big integer (in C, where two substring
    searches of them cost twice as much), the first byte highest. Shifted up by seven
    bits, each byte's bit 1 lands on bit 0 of the byte before it (and nothing else
    lands on a bit that is set: bit 0 on bit 7 of its own byte, bit 6 on bit 5 of the
    byte before), so the AND of the two is non-zero exactly where a space, tab or mark
    comes right before a mark. The integer is kept for NL502 where the gate opens."""
    bits = _gate_bits(document)
    if bits & (bits << 7):
        document.memo("punctuation.bits", lambda _: bits)
        return True
    return False


def _gate_bits(document: Document) -> int:
    return int.from_bytes(utf8(document).translate(_GATE_BITS), "big")


def _space_before_mark(document: Document) -> bool:
    """Whether a mark stands right after a space (" ." and the like), from the gate's
    integer: shifted up by 13 bits, each byte's bit 1 (a mark) lands on bit 6 (a space)
    of the byte before it; bit 0 lands on bit 5 of the byte before and bit 6 on bit 3
    of the byte two before, which no byte sets. (A search for the pair in the
    translated text is slow: spaces are everywhere in it.)"""
    bits = document.memo("punctuation.bits", _gate_bits)
    return bool(bits & (bits << 13))


# -- NL501 duplicated punctuation ------------------------------------------------------------

# A sentence mark, spaces or tabs, and a second mark. Found from the second mark: each
# pattern starts with that literal character, which the engine finds at memchr speed
# (a scan that starts with a character class tests every position), and looks behind
# it for the rest, capturing the first mark and the gap.
_STACKED_BEFORE = tuple(
    patterns.compile(rf"{regex.escape(second)}(?<=(?P<first>[.!?,;:])(?P<gap>[ \t]*){regex.escape(second)})")
    for second in ".,;:"
)
# Lowercase abbreviations of four letters or more that take a comma after their period
# ("2 tbsp., salt"); shorter ones ("etc.,", "a.m.,", "e.g.,") are skipped by length.
_LONG_ABBREVIATIONS = frozenset(
    """approx incl excl govt dept corp misc assoc tbsp mins secs hrs yrs mths wks cont resp
    ibid orig esp sept nov dec jan feb aug oct natl intl univ estd tele abbr attn cert cond
    corr exec hist intro mgmt pref ques spec subj temp prev sect chap trans illus repr publ
    comp vols nos pers mfrs mfgs""".split()
)
_WORD_BEFORE = patterns.compile(r"[\p{L}\p{Nl}\p{No}]+$")
#: Short lowercase words that are never abbreviated, so that "it., the" is a stacked
#: run: the short English function words (not "in", the inch's abbreviation) and a few
#: more pronouns, particles and common words. (Other short words, "etc", "vs", "al",
#: "oz", "no", may be abbreviations before a comma.)
_SHORT_WORDS = frozenset(word for word in ENGLISH_FUNCTION_WORDS if len(word) < 4 and word != "in") | frozenset(
    """us me him out off up down nor so yet did do can may now too why how
    all any few one two new old day way man men got let say see saw use own""".split()
)
# A question that a translation closed twice: "Why would he do that?."
# (Written for ``regex``'s case folding the way ``re`` matched it: "ı" counts as "i".)
_QUESTION_START = patterns.compile(
    (
        r"(?:why|what|how|who|whom|whose|where|when|which|is|are|was|were|do|does|did|can|could"
        r"|would|will|should|shall|may|might|must|have|has|had|isn't|aren't|don't|doesn't|didn't"
        r"|won't|wouldn't|can't|couldn't|shouldn't)"
    ).replace("i", "[iı]")
    + rf"(?![{RE_WORD}])",
    regex.IGNORECASE,
)
_SENTENCE_END = patterns.compile(rf"[.!?][\"'”’)\]]*[{RE_SPACE}]+")


def _sentence_before(text: str, mark: int) -> str:
    """The text of the sentence that the mark at ``mark`` closes (bounded look-back)."""
    floor = max(0, mark - 300)
    start = floor
    for boundary in _SENTENCE_END.finditer(text, floor, mark):
        start = boundary.end()
    start = max(start, text.rfind("\n", floor, mark) + 1)
    return text[start:mark].lstrip(" \t\"'“‘(")


def _closes_its_own_sentence(text: str, mark: int) -> bool:
    """Whether a ``?`` or ``!`` at ``mark`` ends a sentence of its own, so that a second
    mark after it is a stacked one: a question that opens with a question word ("Was it
    again?."), an interjection that is the sentence's first word ("Wow!, he said"). A
    mark glued to a word in mid-sentence belongs to a name or a title: "Like Yahoo!.",
    "How Much for Just the Planet?, both"."""
    sentence = _sentence_before(text, mark)
    if text[mark] == "?":
        return bool(_QUESTION_START.match(sentence))
    return bool(sentence) and not any(c.isspace() for c in sentence)


def _closes_a_plain_word(text: str, mark: int, end: int) -> bool:
    """Whether the ``?`` at ``mark``, with a full stop after it that ends the run at
    ``end``, follows a lowercase word and stands before a space or the end of the
    text: "the time to grieve?. We", "had he known?." A title that ends in the mark is
    capitalised ("Who Framed Roger Rabbit?."), and a URL or a file name goes on after
    the full stop. (Not for "!": brands spell themselves in lowercase with one,
    "booyah!.")"""
    if end < len(text) and not text[end].isspace():
        return False
    word = _WORD_BEFORE.search(text, max(0, mark - 30), mark)
    return word is not None and word.group().islower() and (word.start() == 0 or text[word.start() - 1] in " \t\n")


#: Closing quotation marks and brackets, which may stand between a run and the end of
#: its paragraph, or between a word and the first mark of a run.
_CLOSERS = "”’\"')]"
_DIGITS_BEFORE = patterns.compile(r"(?<![\p{L}\p{N}.,])\p{Nd}{2,}$")
# A capitalised word with its period, and a space: what stands before the next word of
# a chain of abbreviations (a journal's name in a citation).
_AFTER_ABBREVIATION = patterns.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{L}{0,5}\. $")
#: Capitalised abbreviations of six letters or more ("Messrs., the partners").
_LONG_CAPITALISED_ABBREVIATIONS = frozenset({"messrs", "assocs"})
#: A capitalised word that opens a question: in a capitalised run before a "?", the
#: mark of a title ("Who Framed Roger Rabbit?", "Dude, Where's My Car?").
_TITLE_QUESTION = patterns.compile(
    r"(?:why|what|how|who|whom|whose|where|when|which|whatever|is|are|was|were|do|does|did|can|could"
    r"|would|will|should|shall|may|might|must|have|has|had|wanna|guess)(?:['’]\w+)?"
)


def _written_without_mark(text: str, mark: int) -> bool:
    """Whether the word right before the mark at ``mark`` occurs elsewhere in the text
    as a whole word not followed by that mark: a plain word ("the new services!. The
    services"), not a name that carries its "!" ("booyah!")."""
    word = _WORD_BEFORE.search(text, max(0, mark - 30), mark)
    if word is None or len(word.group()) < 3:
        return False
    length = len(text)
    return any(
        end == length or (not text[end].isalnum() and text[end] != text[mark])
        for end in _other_word_starts(text, word.group(), word.start())
    )


def _other_word_starts(text: str, needle: str, skip: int) -> Iterator[int]:
    """Where each occurrence of ``needle`` that opens a word ends, but the one at ``skip``."""
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        if at != skip and (at == 0 or not text[at - 1].isalnum()):
            yield end
        at = text.find(needle, end)


def _written_with_mark(text: str, mark: int) -> bool:
    """Whether the capitalised word right before the mark at ``mark`` occurs elsewhere in
    the text with that mark inside a sentence, a word after it on the same line ("Yahoo!
    Finance", "Jeopardy! has"): the mark is the name's own."""
    word = _WORD_BEFORE.search(text, max(0, mark - 30), mark)
    if word is None or len(word.group()) < 2 or not word.group()[0].isupper():
        return False
    return any(
        text[end : end + 1] in (" ", "\t") and text[end + 1 : end + 2].isalnum()
        for end in _other_word_starts(text, word.group() + text[mark], word.start())
    )


def _ends_paragraph(text: str, end: int) -> bool:
    """Whether only closing quotes or brackets and spaces stand between ``end`` and the
    end of its paragraph (a blank line or the end of the text): a run there ends the
    paragraph, where no second mark belongs. (At the end of a line that the paragraph
    goes on after, a hard-wrapped one, a comma is where it belongs: "e.g.,\n".)"""
    length = len(text)
    while end < length and text[end] in _CLOSERS:
        end += 1
    while end < length and text[end] in " \t":
        end += 1
    if end == length:
        return True
    if text[end] not in "\r\n":
        return False
    end += 2 if text.startswith("\r\n", end) else 1
    while end < length and text[end] in " \t":
        end += 1
    return end == length or text[end] in "\r\n"


def _in_a_title(text: str, mark: int) -> bool:
    """Whether the capitalised words right before the ``?`` at ``mark`` (with the
    function words a title holds) include a capitalised question word: the ``?`` is a
    title's ("They watched Who Framed Roger Rabbit?. Then")."""
    words = _sentence_before(text, mark).split()[-10:]
    for word in reversed(words):
        word = word.strip("“‘\"'(,")
        if not word:
            continue
        if word[0].isupper():
            if _TITLE_QUESTION.fullmatch(word.casefold()):
                return True
        elif word not in ENGLISH_FUNCTION_WORDS:
            return False  # a lowercase content word: the capitalised run ends
    return False


def _question_closed_twice(text: str, mark: int, end: int) -> bool:
    """Whether the ``?`` at ``mark``, with a full stop after it that ends the run at
    ``end`` before a space, closes a statement about a name or a number rather than a
    title: "via Moscow and Paris?. From there", "in December 2018?. The". A title that
    ends in the mark opens with a question word ("Who Framed Roger Rabbit?.")."""
    if end < len(text) and not text[end].isspace():
        return False  # a URL or a file name goes on after the full stop
    before = text[mark - 1] if mark else ""
    if before.isdigit():
        return _DIGITS_BEFORE.search(text, max(0, mark - 12), mark) is not None
    word = _WORD_BEFORE.search(text, max(0, mark - 30), mark)
    if word is None or word.start() == 0 or text[word.start() - 1] not in " \t":
        return False
    found = word.group()
    if not any(char.isupper() or char.islower() for char in found):
        return True  # a script without case: "했다?. 그는"
    return found[0].isupper() and not _in_a_title(text, mark)


#: Abbreviations that take a comma after their period in any position.
_LATIN_ABBREVIATION = patterns.compile(r"(?<![\p{L}\p{N}])(?:e\.g|i\.e|etc|et al|cf|viz|vs)$", regex.IGNORECASE)

#: English abbreviations written capitalised, of five letters or fewer, that take a
#: comma after their period: titles, company forms, months and days, streets, US
#: states (AP style), references. A short capitalised word not listed here is a word,
#: in English, and a comma after its period a stacked mark ("from Paris., the").
_SHORT_CAPITALISED_ABBREVIATIONS = frozenset(
    """co jr sr st mt ft no dr mr mrs ms mme mlle inc ltd corp bros plc pty cie ste gov sen rep
    reps sens rev gen gens col maj sgt cpl pvt adm cmdr capt lieut lt supt hon esq prof dept
    univ assn assoc inst intl natl govt jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun ave rd ln ct pl sq hwy pkwy blvd
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss
    mo mont neb nev okla ore pa penn tenn tex va vt wash wis wisc wyo dak
    vol vols fig figs ch chap sec sect art para ed eds ph op cf vs approx est ref nos pp
    ibid cap no nr abs pte sdn bhd brig comdr rt fr bldg apt dist twp mgr msgr pres atty insp
    det ofc cpt dir hosp""".split()
)


def _period_before_comma(text: str, start: int, end: int, english: object = False) -> bool:
    """Whether the full stop at ``start``, with a comma (or a semicolon or a colon) right
    after it, is a stacked mark rather than an abbreviation's period ("Inc., the", "U.S.,
    China", "etc.,", "p.m.;")."""
    if _LATIN_ABBREVIATION.search(text, max(0, start - 8), start):
        return False  # "e.g.,", "i.e.,", "etc.,", "et al.,", wherever they stand
    if _ends_paragraph(text, end):
        return True  # a comma ends no paragraph: "reported by Reuters.,"
    before = text[start - 1] if start else ""
    if before in _CLOSERS and not (before in "\"'" and (start < 2 or not text[start - 2].isalnum())):
        # after a closing quote or bracket: 'an "adverse development".,' (a straight
        # quote after a space or a bracket opens a quotation: 'default: ".,w,b"')
        return True
    if before.isdigit():
        return _DIGITS_BEFORE.search(text, max(0, start - 12), start) is not None  # "in 2020., now"
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is None or len(word.group()) < 2:
        return False
    found = word.group()
    if text[word.start() - 1 : word.start()] == ".":
        return False  # "U.S.,", "a.m.,"
    if found.islower():
        if len(found) < 4 and found not in _SHORT_WORDS:
            return False  # "etc.,", "vs.,", "et al.,", "5 oz.,": short abbreviations
        return found not in _LONG_ABBREVIATIONS
    if not any(char.isupper() or char.islower() for char in found):
        return True  # a script without case, which abbreviates without a period
    if _AFTER_ABBREVIATION.search(text, max(0, word.start() - 12), word.start()):
        return False  # a chain of abbreviations: "Proc. Natl. Acad. Sci., 101", "J. Physiol.,"
    # A capitalised or all-capitals word of six letters or more: "by Twitter., and".
    # Shorter ones may be abbreviations ("Calif., police", "Corp., the", "Ltd.,"): in
    # English, a capitalised one that is not a known abbreviation is a word ("from
    # Paris., the"); other languages abbreviate other words ("Dott.,", "Str.,").
    folded = found.casefold()
    if len(found) < 6:
        return (
            found[1:].islower()
            and folded not in _SHORT_CAPITALISED_ABBREVIATIONS
            and folded not in _LONG_ABBREVIATIONS
            and bool(english)
        )
    return (
        (found[1:].islower() or found.isupper())
        and folded not in _LONG_ABBREVIATIONS
        and folded not in _LONG_CAPITALISED_ABBREVIATIONS
    )


def _byte_map(**groups: str) -> bytes:
    """A ``bytes.translate`` table: each byte of a group's characters becomes the
    group's name, every other byte "x"."""
    table = bytearray(b"x" * 256)
    for name, chars in groups.items():
        for char in chars:
            table[ord(char)] = ord(name)
    return bytes(table)


# Cheap exact tests on the UTF-8 text, where the ASCII marks and spaces are bytes of
# their own: most texts have no mark after spaces and no space before a mark, and skip
# the scans below. The marks that can end a run ("m") and those that can only start one:
_STACK_BYTES = _byte_map(m=".,;:", q="!?")


def _may_stack(document: Document) -> bool:
    """Whether the text may hold a stacked run: with spaces and tabs deleted, a mark
    followed by a mark that can end one."""
    squeezed = utf8(document).translate(_STACK_BYTES, b" \t")
    return b"mm" in squeezed or b"qm" in squeezed


def _stacked_marks(text: str) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, first, gap, second)`` of each mark followed (after spaces or tabs)
    by a second one, in order: every match of ``[.!?,;:][ \\t]*[.,;:]`` that starts at
    a mark, overlapping ones included ("Inc.,," holds ".," and ",,"; the caller takes
    them without overlap). Each mark starts at most one such run, found from its
    second mark."""
    return sorted(
        (match.start("first"), match.end(), match["first"], match["gap"], match.group())
        for pattern in _STACKED_BEFORE
        for match in pattern.finditer(text)
    )


def _next_character(text: str, position: int) -> str:
    """The first character at or after ``position`` that is not a space or tab. Walks
    instead of slicing: a slice of the rest of the text per mark made long runs of
    marks quadratic."""
    length = len(text)
    while position < length and text[position] in " \t":
        position += 1
    return text[position] if position < length else ""


def _is_duplicate(text: str, start: int, end: int, first: str, gap: str, second: str, english: object = False) -> bool:
    before = text[start - 1] if start else ""
    after = _next_character(text, end)
    if first == "." and before in (".", "…"):
        return False  # the tail of an ellipsis followed by a mark: "so..., then"
    if second == "." and after in (".", "…"):
        return False  # the head of an ellipsis, spaced or not: ". . ." or "?..."
    if second == "." and gap and end < len(text) and text[end].isalnum():
        return False  # a dot that opens a name after a mark and a space: "(e.g., .gitignore)"
    if first in "!?" and not gap:
        if _closes_its_own_sentence(text, start):
            return True
        if _ends_paragraph(text, end):
            # "in the poor category!.\n", 'a little warmer?."\n'; not a name that the text
            # also writes with its mark inside a sentence: "... as Yahoo!.", after "Yahoo!
            # Finance and Yahoo! Mail still have users".
            return not (second == "." and _written_with_mark(text, start))
        closer = text[end] if end < len(text) else ""
        if closer in "”’\"":
            # Inside a quotation, before its closing mark: "we got her!,” officers said".
            # (A title in quotes, capitalised, may take a comma after its own mark.)
            if second == ".":
                return True
            word = _WORD_BEFORE.search(text, max(0, start - 30), start)
            return word is not None and word.group().islower()
        if second == "." and start and text[start - 1] in _CLOSERS and (end == len(text) or text[end].isspace()):
            return True  # after a quotation or an aside: 'the “interim” deal?. The', '(in 2019)!. It'
        if second != ".":
            # A comma after a question, before the next sentence: "is it true?, Do we".
            # (A title takes a comma before lowercase: "Just the Planet?, both".)
            if first != "?" or not after.isupper() or end == len(text) or text[end] not in " \t":
                return False
            return not _in_a_title(text, start)
        if first == "?" and _question_closed_twice(text, start, end):
            return True
        if not _closes_a_plain_word(text, start, end):
            return False
        # After "!", only where the sentence plainly goes on in lowercase ("played well!.
        # served well"), or where the word is one the text also writes without the mark:
        # a brand spelt in lowercase with its own "!" may end a sentence ("and even
        # booyah!. Yes, the mark is part of the name"), but carries it everywhere.
        return first == "?" or after.islower() or _written_without_mark(text, start)
    if first == "." and second in ",;:" and not gap:
        # An abbreviation before a comma, a semicolon or a colon ("Inc., the", "U.S.,
        # China", "etc., and", "Kane Jr.; Editing by", "3:45 p.m.: The road"), unless the
        # word is a plain one that takes no abbreviation period: "the level., and".
        return _period_before_comma(text, start, end, english)
    if first == second == "." and not gap and before.isalnum() and end < len(text) and text[end] == after:
        if after.isdigit() or after.islower():
            return False  # a range: "1..10", "a..z", "main..topic"
    if first == second == ":" and not gap and after and not text[end].isspace():
        return False  # "std::vector", "::1"
    return True


class DuplicatedPunctuation(Rule):
    """## What it does
    Finds a sentence mark followed by a second one, as in ``level. .``, ``said,,``,
    ``again..``, ``note;;``, ``then, ,`` or a question closed twice (``Why did he?.``):
    the debris of a sentence that was cut and rejoined. A full stop before a comma is
    reported where no abbreviation explains it: at the end of a paragraph, after a
    closing quote or bracket, a number, a plain lowercase word, a capitalised word of
    six letters or more (in English, of any length, unless it is a known abbreviation
    such as ``Calif.``, ``Corp.`` or ``Sept.``), or a word of a script without case
    (``by Reuters.,``, ``in 2021., and``, ``from Paris., the``). A second mark after
    ``?`` or ``!`` is reported at the end of a paragraph, before the closing quote of a
    quotation (``we got him!,”``; a comma only after a lowercase word), after a closing
    quote or bracket, and after ``?`` when the full stop follows a number or a name
    outside a title (``via Quito and Bogota?. From``) or a comma comes before the next
    sentence (``true?, Do we``).

    ## Why is this bad?
    Extraction that splices text nodes, or translation that re-punctuates a sentence,
    leaves doubled marks that no editor would write. They break sentence splitting and
    are an obvious sign of unclean text.

    ## Example
    ```text
    They could cooperate, potentially on a military level. .
    ```

    ## Use instead
    ```text
    They could cooperate, potentially on a military level.
    ```

    ## Fix safety
    Safe: the fix keeps the first mark and deletes the second and the spaces before it.
    Not reported: ellipses (``...``, ``. . .``, ``…``), ranges (``1..10``, ``a..z``), an
    abbreviation before a comma, a semicolon or a colon (``Inc.,``, ``U.S.,``, ``etc.,``,
    ``Jr.;``, ``p.m.:``, ``Calif.,``: short
    capitalised words may be abbreviations; a doubled comma after one, ``Inc.,,``, is
    reported), ``::`` inside a token, a title that ends in ``?`` (its capitalised words
    hold a question word: ``Who Framed Roger Rabbit?.``, ``Dude, Where's My Car?.``),
    and a ``?`` or ``!`` that belongs to a name or title (``Like Yahoo!.``, ``How Much
    for Just the Planet?, both``): a mark after ``?`` is reported when the sentence
    opens as a question, a mark after ``!`` when the ``!`` closes an interjection, and
    a full stop after ``?`` when the ``?`` follows a plain lowercase word and the full
    stop ends the sentence (``the time to grieve?. We``), and after ``!`` when the
    sentence goes on in lowercase (``played well!. served well``) or the text also
    writes the word without the mark (a name such as ``booyah!`` carries it everywhere).
    """

    code = "NL501"
    gate = staticmethod(_may_hold_artefacts)
    name = "duplicated-punctuation"
    category = Category.PUNCTUATION
    summary = "Duplicated punctuation"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        if not _may_stack(document):
            return
        covered = 0
        reopened = -1
        english = LazyEnglish(document)
        for start, end, first, gap, second in _stacked_marks(text):
            # Runs are taken left to right without overlap, as one scan would find them
            # (". . ." is one run and an ellipsis), except after an abbreviation's period
            # let pass before another mark, when that mark is doubled: the ",," of
            # "Inc.,," is judged on its own (not the ",;" of a list of marks, '[.,;:]').
            if start < covered and not (start == reopened and first == second):
                continue
            if not _is_duplicate(text, start, end, first, gap, second, english):
                covered = end
                reopened = end - 1 if first == "." and second != "." else -1
                continue
            covered = end
            marks = text[start:end]
            fix = Fix.safe(f"Keep only {first!r}", Edit(start + 1, end))
            yield self.diagnostic(document, start, end, message=f"Duplicated punctuation {marks!r}", fix=fix)


# -- NL502 space before punctuation ------------------------------------------------------------

# Spaces, then a period, comma, semicolon, question or exclamation mark that ends a
# word's clause: followed by whitespace or the end of the text. ".5", ".DJI", " ..." and
# " :)" are not followed by whitespace and so never match.
# One pattern per mark, starting with the mark (a literal: found at memchr speed, where
# a pattern starting with the space would stop at every word) and looking behind it
# for the space.
_SPACED_MARKS = tuple(
    patterns.compile(rf"{regex.escape(mark)}(?<= {regex.escape(mark)})(?=[{RE_SPACE}”’\"]|\Z)") for mark in ".,;?!"
)
# A colon after a space in a sentence: one space, after a lowercase word, before a word
# or an opening quote ("he added : “We will"). Labels and tables space their colons
# after a capitalised label or before a number ("VIP : 60,000", "Photo Credit : PTI").
# (Led by the literal colon, found at memchr speed like the marks above; the word
# before it is checked on the few colons found.)
_SPACED_COLON = patterns.compile(r":(?<= :)(?= [\p{L}“\"‘])")
_LOWERCASE_WORD_BEFORE = patterns.compile(rf"(?<![{RE_WORD}\-/.])\p{{Ll}}+ \Z")
#: A spaced colon is reported only after this many words of its line: a sentence, not a
#: label ("Ticket details : here").
_COLON_SENTENCE_WORDS = 4
_URL_START = patterns.compile(r" (?:https?|www|ftp)\b", regex.IGNORECASE)
#: Characters of code, not of a sentence, before a spaced colon on its line.
_CODE_MARKS = frozenset("(){}[];=?&/<>")
_WORD_END = patterns.compile(rf"[{RE_WORD}%)\]\"”’]")
# Marks that French (and other) typography spaces on purpose: English documents only.
_SPACED_IN_OTHER_LANGUAGES = frozenset(";?!:")


def _spaced_colons(text: str) -> list[int]:
    """Offsets of the colons that a sentence spaces by accident (``_SPACED_COLON``):
    after four words or more of the line, not before a URL."""
    found = []
    for match in _SPACED_COLON.finditer(text):
        at = match.start()
        if not _LOWERCASE_WORD_BEFORE.search(text, max(0, at - 40), at):
            continue  # a label or a table: "VIP : 60,000", "Photo Credit : PTI"
        line_start = text.rfind("\n", 0, at) + 1
        if any(char in _CODE_MARKS for char in text[line_start:at]):
            continue  # a line of code: "for (const auto& item : items)", "x ? a : b"
        words = len(text[max(line_start, at - 200) : at].split())
        if words < _COLON_SENTENCE_WORDS and not (words >= 2 and text[at + 2 : at + 3] in "“\""):
            continue  # (a quotation opens after a shorter lead: 'He added : “We')
        if _URL_START.match(text, at + 1):
            continue
        found.append(at)
    return found
def _inside_guillemets(text: str, at: int) -> bool:
    """Whether the mark at ``at`` stands inside a quotation in guillemets opened in its
    paragraph: French (and other languages) quoted in an English story keep their own
    typography, a space before ``;``, ``?``, ``!`` and ``:`` (« Nous ne céderons pas ! »)."""
    start = text.rfind("\n\n", 0, at) + 1
    opening = text.rfind("«", start, at)
    return opening >= 0 and text.rfind("»", opening, at) < 0


# A page that spaces its marks this often does so by house style, not by accident.
_HOUSE_STYLE = 3


class SpaceBeforePunctuation(Rule):
    """## What it does
    Finds spaces between a word and the period or comma that follows it: ``from Earth .``,
    ``Nov . 8``, ``Europa , which``, also before the closing quote the mark stands in
    (``drives me nuts ,” she said``). In English documents a space before ``;``, ``?``
    and ``!`` is reported too, and one space before a colon that a sentence goes on
    from (``he added : “We will``: a lowercase word before it, four words or more of
    the line before it, or two before an opening quote, and a word or an opening quote
    after it).

    ## Why is this bad?
    Extractors that drop an inline element (a link, a footnote marker, a tooltip) keep
    the spaces around it, so the mark that followed the element is left standing alone.
    No style guide puts a space before a period or comma.

    ## Example
    ```text
    It was only just enough to be detected from Earth .
    ```

    ## Use instead
    ```text
    It was only just enough to be detected from Earth.
    ```

    ## Fix safety
    Safe: the fix deletes the spaces, no character of prose. Not reported: a spaced
    ellipsis (``and so on ...``, ``. . .``), decimals and tickers (``.5``, ``.DJI``), a
    colon of a label or a table (``VIP : 60,000``, ``Photo Credit : PTI``), a mark
    quoted on its own (``type " ,"``) or a full stop in straight quotes (a command:
    ``"git add ."``), the French spacing of ``;``, ``?``, ``!`` and ``:`` in non-English
    documents and inside guillemets (``« Nous ne céderons pas ! »``), and documents that space their marks (before a space) three times or
    more, where the spacing is the house style rather than a slip.
    """

    code = "NL502"
    gate = staticmethod(_may_hold_artefacts)
    name = "space-before-punctuation"
    category = Category.PUNCTUATION
    summary = "Space before a punctuation mark"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        found = []
        spaced = 0
        english = None
        # Each match is a space and a mark: matches of different marks never overlap,
        # so their offsets in order are what one scan for " [.,;?!:]" would find. (The
        # scans run only where a mark follows a space.)
        if not _space_before_mark(document):
            return  # no mark right after a space
        marks = [match.start() for pattern in _SPACED_MARKS for match in pattern.finditer(text)]
        marks += _spaced_colons(text)
        if not marks:
            return
        marks.sort()
        for at in marks:
            start, mark, after = at - 1, text[at], at + 1
            while start and text[start - 1] in " \t":
                start -= 1
            if not start or not _WORD_END.match(text[start - 1]):
                continue  # no word before the spaces: a bullet, a dash, a line start
            closer = text[after : after + 1]
            if closer in ("”", "’", '"'):
                rest = after + 1 + (text[after + 1 : after + 2] in ("”", "’", '"'))
                if rest < len(text) and not text[rest].isspace():
                    continue  # a mark inside a token, before a quote: 'x ."y'

                if not text[start - 1].isalnum():
                    continue  # a mark quoted on its own: 'type " ." here', "the ‘ ,’ key"
                if closer == '"' and mark == ".":
                    continue  # a command quoted in straight quotes: '"git add -u ."'
            if mark == "." and text[after : after + 2] in (" .", ".."):
                continue  # a spaced ellipsis ". . ."
            if mark in _SPACED_IN_OTHER_LANGUAGES:
                if _inside_guillemets(text, at):
                    continue  # French quoted in its own typography: « Nous ne céderons pas ! »
                if english is None:
                    english = is_english(document)
                if not english:
                    continue
            found.append((start, after, mark))
            # (Only marks before a space count towards the house style: a mark spaced
            # before a closing quote is the trace of a dropped element, not a habit.)
            if closer not in ("”", "’", '"'):
                spaced += 1
                if spaced >= _HOUSE_STYLE:
                    return
        for start, end, mark in found:
            fix = Fix.safe("Delete the space before the mark", Edit(start, end - 1))
            yield self.diagnostic(document, start, end, message=f"Space before {mark!r}", fix=fix)


# -- NL503 unbalanced brackets ---------------------------------------------------------------

_BRACKET = patterns.compile(r"[()\[\]]")
_PAIRS = {")": "(", "]": "["}
# Brackets that are not part of a pair: list markers ("1)" anywhere after a space,
# "b)" or "iv)" opening a line) and emoticons (":)", ";-(").
_LIST_MARKER = patterns.compile(
    rf"(?:^[ \t]*(?:[A-Za-z]|[ivxIVX]{{1,4}})|(?:^|(?<=[{RE_SPACE}]))\d{{1,3}})\)(?=[{RE_SPACE}]|\Z)", regex.MULTILINE
)
_EMOTICON = patterns.compile(rf"(?:^|(?<=[{RE_SPACE}]))[:;=][-^']?[()\[\]]", regex.MULTILINE)
# A letter's marker inside a line ("Items: a) a coat; b) a hat; c) gloves."): counted as
# a marker when the paragraph runs a series of them, "a)" and then "b)".
_INLINE_LETTER_MARKER = patterns.compile(rf"(?<=[{RE_SPACE}])([a-z])\)(?=[{RE_SPACE}])")


def _letter_series(text: str, start: int, end: int) -> set[int]:
    """Offsets of the ")" of inline letter markers that run a series in the paragraph."""
    markers = [(m.end() - 1, m.group(1)) for m in _INLINE_LETTER_MARKER.finditer(text, start, end)]
    letters = {letter for _, letter in markers}
    if not any(chr(ord(letter) + 1) in letters for letter in letters):
        return set()
    return {offset for offset, _ in markers}


def _unmatched_brackets(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Offsets of the brackets in ``text[start:end]`` that have no partner."""
    skip = {m.end() - 1 for m in _LIST_MARKER.finditer(text, start, end)}
    skip |= {m.end() - 1 for m in _EMOTICON.finditer(text, start, end)}
    if ")" in text[start:end]:
        skip |= _letter_series(text, start, end)
    stack: list[tuple[int, str]] = []
    unmatched: list[tuple[int, str]] = []
    for match in _BRACKET.finditer(text, start, end):
        offset, mark = match.start(), match.group()
        if offset in skip:
            continue
        if mark in "([":
            stack.append((offset, mark))
        elif stack and stack[-1][1] == _PAIRS[mark]:
            stack.pop()
        elif any(opener == _PAIRS[mark] for _, opener in stack):
            # "(a [b) c]": close down to the partner, the brackets in between are unmatched
            while stack[-1][1] != _PAIRS[mark]:
                unmatched.append(stack.pop())
            stack.pop()
        else:
            unmatched.append((offset, mark))
    return sorted(unmatched + stack)


class UnbalancedBrackets(Rule):
    """## What it does
    Finds a parenthesis or square bracket that is opened and never closed in its
    paragraph, or closed without having been opened: ``the meeting (in Moscow said``.

    ## Why is this bad?
    Extractors that drop an inline element (a link, a caption inside parentheses, a
    footnote) or split a paragraph in two leave half of a bracket pair behind. The
    reader cannot tell where the aside ends.

    ## Example
    ```text
    The summit (held in Kazan drew leaders from 20 countries.
    ```

    ## Use instead
    ```text
    The summit (held in Kazan) drew leaders from 20 countries.
    ```

    ## Fix safety
    No fix: where the missing half belongs cannot be known. List markers (``1)``,
    ``b)`` opening a line, a series ``a) ... b)`` inside one) and emoticons (``:)``) are
    not counted. Preview: real article text has
    unmatched brackets of its own (recipes, product lists), so the rule is off by default.
    """

    code = "NL503"
    name = "unbalanced-brackets"
    category = Category.PUNCTUATION
    summary = "Unbalanced bracket in a paragraph"
    fix_availability = FixAvailability.NEVER
    preview = True

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        if text.count("(") == text.count(")") and text.count("[") == text.count("]"):
            return  # balanced overall: a paragraph's extra half is almost never cancelled
        for paragraph in document.paragraphs:
            chunk = paragraph.text
            if chunk.count("(") == chunk.count(")") and chunk.count("[") == chunk.count("]"):
                continue
            for offset, mark in _unmatched_brackets(text, paragraph.start, paragraph.end):
                state = "never closed" if mark in "([" else "never opened"
                yield self.diagnostic(document, offset, offset + 1, message=f"Bracket {mark!r} {state} in its paragraph")


# -- NL504 unbalanced quotation marks ---------------------------------------------------------

# An inch mark after a number of one to three digits ('a 12" screen', '2.5"'): four
# digits are a year, which a quotation may close after ('"Migrant Mother, 1936".'), and
# a number that a quote opens is quoted ('width="640"').
_INCH = patterns.compile(r"(?<=(?<![\d\"'=])\d{1,3})\"")
_STRAIGHT_QUOTE = patterns.compile(r"\"")


def _curly_quote_counts(chunk: str) -> tuple[int, int]:
    """How many curly quotations ``chunk`` opens and closes. German and Polish open with
    the low mark "„" and close with "“" (German: „so“) or "”" (Polish: „tak”), so a "“"
    after a "„" closes it rather than opening a quotation of its own."""
    low, left, right = chunk.count("„"), chunk.count("“"), chunk.count("”")
    closed_by_left = min(low, left)  # German pairs
    return low + left - 2 * closed_by_left, right


class UnbalancedQuotes(Rule):
    """## What it does
    Finds a paragraph whose curly quotation marks do not pair up (an opening ``“`` never
    closed, or a closing ``”`` never opened), or that has an odd number of straight
    ``"`` marks. A quotation that runs on into the next paragraph is left alone: by
    convention the paragraph has no closing mark and the next one opens with ``“``.
    German and Polish quotations („so“, „tak”) open with the low mark and are paired
    as such.

    ## Why is this bad?
    A quotation mark left without its partner means a sentence was cut, two paragraphs
    were merged, or a quote was spliced out: the reader can no longer tell who is
    speaking.

    ## Example
    ```text
    “We will deepen our alliance, Peskov said on Tuesday.
    ```

    ## Use instead
    ```text
    “We will deepen our alliance,” Peskov said on Tuesday.
    ```

    ## Fix safety
    No fix: the missing mark's place cannot be known. Inch marks (``65" TV``) are not
    counted. Preview: news paragraphs legitimately open quotations that continue in the
    next paragraph, and human-edited text often mixes quote styles, so the rule is off
    by default.
    """

    code = "NL504"
    name = "unbalanced-quotes"
    category = Category.PUNCTUATION
    summary = "Unbalanced quotation marks in a paragraph"
    fix_availability = FixAvailability.NEVER
    preview = True

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        if "“" not in text and "”" not in text and "„" not in text and '"' not in text:
            return
        paragraphs = document.paragraphs
        for index, paragraph in enumerate(paragraphs):
            chunk = paragraph.text
            opened, closed = _curly_quote_counts(chunk)
            if opened > closed:
                following = paragraphs[index + 1].text.lstrip() if index + 1 < len(paragraphs) else ""
                if not following.startswith(("“", "„", '"')):
                    last = max(chunk.rfind("“"), chunk.rfind("„"))
                    offset = paragraph.start + last
                    mark = chunk[last]
                    yield self.diagnostic(document, offset, offset + 1, message=f"Quotation mark '{mark}' never closed in its paragraph")
            elif closed > opened:
                offset = paragraph.start + chunk.find("”")
                yield self.diagnostic(document, offset, offset + 1, message="Quotation mark '”' never opened in its paragraph")
            straight = [m.start() for m in _STRAIGHT_QUOTE.finditer(chunk)]
            inches = {m.start() for m in _INCH.finditer(chunk)}
            straight = [offset for offset in straight if offset not in inches]
            if len(straight) % 2:
                following = paragraphs[index + 1].text.lstrip() if index + 1 < len(paragraphs) else ""
                if chunk.lstrip().startswith('"') and following.startswith('"'):
                    continue  # a quotation running on into the next paragraph
                offset = paragraph.start + straight[-1]
                yield self.diagnostic(document, offset, offset + 1, message="Odd number of '\"' marks in the paragraph")


# -- NL505 mixed quotation marks -----------------------------------------------------------

# A quotation opened in one style and closed in the other, within one line.
_MIXED_QUOTES = patterns.compile(
    rf"“[^“”\"\n]{{1,600}}\"(?![{RE_WORD}])|(?:^|(?<=[{RE_SPACE}(\[]))\"[^“”\"\n]{{1,600}}”", regex.MULTILINE
)


class MixedQuotes(Rule):
    """## What it does
    Finds a quotation opened with a curly mark and closed with a straight one, or the
    reverse: ``“This collaboration is not directed at anyone," he said``.

    ## Why is this bad?
    Mixed marks come from text pasted together from two sources or from an extractor
    that normalises some quotes and not others. Tools that pair quotes (to find who said
    what) then mis-pair every quotation after it.

    ## Example
    ```text
    “The end of the year is a popular time to buy," she said.
    ```

    ## Use instead
    ```text
    “The end of the year is a popular time to buy,” she said.
    ```

    ## Fix safety
    No fix: which style the document means to use is a choice for a person. Preview:
    human-edited news text often mixes styles itself, so the rule is off by default.
    """

    code = "NL505"
    name = "mixed-quotes"
    category = Category.PUNCTUATION
    summary = "Quotation opened and closed with different quote styles"
    fix_availability = FixAvailability.NEVER
    preview = True

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        if '"' not in text or ("“" not in text and "”" not in text):
            return
        for match in _MIXED_QUOTES.finditer(text):
            yield self.diagnostic(document, match.start(), match.end())


RULES = [DuplicatedPunctuation, SpaceBeforePunctuation, UnbalancedBrackets, UnbalancedQuotes, MixedQuotes]
