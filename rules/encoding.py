"""Encoding artefacts (NL6xx): mojibake, HTML entities, invisible and lost characters.

Every rule here starts from a cheap test for the characters it is about (``"&" in
text``, one compiled character class) and does real work only where that test found
something: ftfy, the slow part, runs on one suspicious word at a time and its results
are cached per word.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from functools import lru_cache
from html.entities import html5 as _HTML5_ENTITIES

import regex

from newslint import Applicability, Category, Diagnostic, Document, Edit, Fix, FixAvailability, Rule, patterns

from ._text import data_lines, english_share, is_english, line_around, utf8

# ------------------------------------------------------------------ shared prefilter

# Every character NL603, NL604 and NL605 look for. One look per document tells them
# all whether there is anything to do, without a scan for the character class: in
# UTF-8 the C0 controls and DEL are bytes of their own (one ``bytes.translate`` keeps
# just those), the C1 controls and the soft hyphen are C2 and a byte of 80..9F or AD,
# and the other six are looked up one by one (``char in text``, a ``memchr`` in C).
# The first two are looked for only when the gate's byte classes (below) hold a "z".
_C0_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_C2_CHARS = "".join(chr(c) for c in range(0x80, 0xA0)) + "\u00ad"
_OTHER_RARE = "\u200b\u200c\u200d\u2060\u200e\u200f\ufeff\ufffd"
#: The bidirectional controls: embeddings and overrides with their pop (U+202A..U+202E)
#: and isolates with theirs (U+2066..U+2069), which copy-paste from social media wraps
#: around handles, hashtags and phone numbers, and the Arabic letter mark (U+061C).
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
#: The invisible operators of mathematical markup (function application, invisible
#: times, separator and plus), which extraction from MathML-laden pages leaves in words.
_INVISIBLE_OPERATORS = "\u2061\u2062\u2063\u2064"
#: Invisible characters of other kinds: the Mongolian vowel separator (U+180E), the
#: bidirectional controls and the invisible operators.
_OTHER_INVISIBLE = "\u180e" + _BIDI_CONTROLS + _INVISIBLE_OPERATORS
_OTHER_RARE += "\u180e"
#: How the bidirectional controls and invisible operators are looked for, each as
#: cheaply as it can be. The left-to-right embedding (U+202A) as a character, a ``memchr``
#: of a low byte rare in text ("*"); the isolates, the invisible operators and the
#: word joiner (E2 81 A0..A9, low bytes "`", "a".."i") by the byte 81 of their UTF-8, rare
#: in text ("Á", "Ł" ...), each of the first few checked for the E2 before it (in a text
#: with many, Cyrillic or CJK, each character is looked for instead). The right-to-left
#: embedding U+202B, the pop U+202C, the overrides (U+202D, U+202E) and the Arabic letter
#: mark (U+061C), rarer still in left-to-right text, only in a text that holds one of
#: those or a directional mark (U+200E, U+200F): copy-paste that leaves one leaves the
#: others.
_FORMAT_OPENERS = "\u202a"
_OVERRIDES = tuple((c.encode()[-1:], c.encode(), c) for c in "\u202d\u202e")
_FORMAT_E2_81 = tuple((c.encode(), c) for c in "\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069")


def _holds_e2_81(text: str, data: bytes, at: int = 0) -> bool:
    """Whether the text holds one of U+2060..U+2069 (E2 81 A0..A9) at or after byte
    ``at`` of its UTF-8 ``data``: might, for a text with no E2 before an 81 among its
    first few."""
    at = data.find(b"\x81", at)  # a memchr for each 81 ("Ł" is C5 81)
    for _ in range(4):
        if at <= 0:
            return False
        if data[at - 1] == 0xE2:
            return True
        at = data.find(b"\x81", at + 1)
    if at <= 0:
        return False
    # Many 81s: Cyrillic ("с" is D1 81) or CJK text, whose letters' low bytes are not
    # ASCII letters: there a search for each character skips along.
    return any(c in text for c in _E2_81_CHARS)


_E2_81_CHARS = "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"


def format_controls(document: Document) -> frozenset[str]:
    """The bidirectional controls and invisible operators the text holds (computed once,
    for NL603 alone: the other rules do not look for them)."""
    return document.memo("encoding.format_controls", _format_controls)


def _format_controls(document: Document) -> frozenset[str]:
    text = document.text
    if text.isascii():
        return frozenset()
    data = utf8(document)
    found = {c for c in _FORMAT_OPENERS if c in text}
    if _holds_e2_81(text, data):
        found.update(c for whole, c in _FORMAT_E2_81 if whole in data)
    if found or "\u200e" in text or "\u200f" in text:
        # The rarer ones, in a text that holds another directional character: the pop,
        # the overrides (by a byte of their UTF-8 rare in text, AD and AE: their low
        # bytes, "-" and ".", are common) and the Arabic letter mark.
        found.update(c for low, whole, c in _OVERRIDES if low in data and whole in data)
        found.update(c for c in "\u202b\u202c\u061c" if c in text)
    return frozenset(found)


_ALL_BUT_C0_CONTROLS = bytes(b for b in range(256) if chr(b) not in _C0_CONTROLS)


def rare_characters(document: Document) -> frozenset[str]:
    """The control, invisible and replacement characters the text holds, but for the
    bidirectional controls and invisible operators (``format_controls``)."""
    return document.memo("encoding.rare", _rare_characters)


def _rare_characters(document: Document) -> frozenset[str]:
    text = document.text
    found = {c for c in _OTHER_RARE if c in text}
    if b"z" in _byte_classes(document):  # the C0 controls and C2 are among the "z" bytes
        data = utf8(document)
        found.update(chr(b) for b in data.translate(None, _ALL_BUT_C0_CONTROLS))
        if _holds_c1_or_soft_hyphen(data):  # not only "\u00a0", "©", "°" ...
            found.update(c for c in _C2_CHARS if c in text)
    return frozenset(found)


#: The C1 controls and the soft hyphen are C2 followed by 80..9F or AD: "Ck" here.
_C1_PAIRS = bytes(
    ord("C") if byte == 0xC2 else ord("k") if 0x80 <= byte < 0xA0 or byte == 0xAD else ord("x") for byte in range(256)
)
#: How many C2 bytes ``_holds_c1_or_soft_hyphen`` reads the next byte of, one by one.
_MAX_C2_LOOKED_AT = 16


def _holds_c1_or_soft_hyphen(data: bytes) -> bool:
    """Whether the UTF-8 ``data`` holds a C1 control or the soft hyphen: a C2 followed
    by a byte of 80..9F or AD. Most texts hold a few C2 ("\u00a0", "©", "°"): each is
    found by a ``memchr`` and the byte after it read. (A search for "Ck" in the
    translated text is slow, its "k" standing for every 80..9F byte of the curly quotes
    and dashes; a text with many C2 is left to it all the same.)"""
    at = data.find(b"\xc2")
    for _ in range(_MAX_C2_LOOKED_AT):
        if at < 0:
            return False
        following = data[at + 1]  # (a C2 always has a continuation byte, 80..BF, after it)
        if following < 0xA0 or following == 0xAD:
            return True
        at = data.find(b"\xc2", at + 2)
    return at >= 0 and b"Ck" in data.translate(_C1_PAIRS)


# --------------------------------------------------------------------------- mojibake

# UTF-8 written as bytes and read back one byte per character (Latin-1 or Windows-1252)
# turns every multi-byte sequence into a lead character U+00C2..U+00F4 ("Â".."ô")
# followed by continuation characters: U+0080..U+00BF, or the Windows-1252 characters
# that stand at bytes 0x80..0x9F ("€", "™", "’", "œ" ...). Read as Windows-1251, the
# lead bytes 0xD0/0xD1 of Cyrillic become "Р"/"С" followed by Windows-1251's own
# characters for 0x80..0xBF. Correct text almost never has such a pair; ftfy decides.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CP1251_HIGH = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕї"
_MOJIBAKE_LEADS = "".join(chr(c) for c in range(0xC2, 0xF5)) + "РС"
_MOJIBAKE_FOLLOWERS = frozenset("".join(chr(c) for c in range(0x80, 0xC0)) + _CP1252_HIGH + _CP1251_HIGH)


def _code_page_pairs(encoding: str, leads: bytes) -> dict[str, frozenset[str]]:
    """``{lead: followers}`` of UTF-8 read as ``encoding``: each lead byte's character,
    with the characters the continuation bytes 0x80..0xBF become."""
    followers = frozenset(bytes([b]).decode(encoding, "ignore") for b in range(0x80, 0xC0)) - {""}
    return {bytes([b]).decode(encoding): followers for b in leads}


# UTF-8 read as the other single-byte code pages ftfy can undo: MacRoman ("José" reads
# "Jos√©", "it’s" reads "it‚Äôs"), code page 437 ("Jos├⌐", "┼ü" for "Ł") and
# Windows-1250 ("JosĂ©", "DvoĹ™Ăˇk"), and Windows-1251's reading of the punctuation
# lead E2 ("вЂ™" for "’"). Only the leads of the commonest UTF-8 sequences (C2..C5:
# Latin-1 and Latin Extended-A; E2: quotes, dashes, "€") are looked for, and only those
# the family's gate sees cheaply (MacRoman's "√", "‚"; Windows-1250's "Ă", "Ĺ";
# code page 437's box-drawing leads "├", "┼" are not), each with its
# own code page's followers, and only where the lead is not a letter of the language
# that code page serves ("Ă" is Romanian, but "Ă" before "©" or "ˇ" is not): ftfy decides.
_OTHER_PAGE_PAIRS: dict[str, frozenset[str]] = {
    **_code_page_pairs("mac_roman", b"\xc3\xe2"),
    **_code_page_pairs("cp1250", b"\xc3\xc5"),
    "в": frozenset("Ђ"),
}

# Readings ftfy does not undo: UTF-8 read as Windows-1251 or KOI8-R ("José" reads
# "JosГ©" or "Josц╘", "’" reads "вЂ™" or "Б─≥"), and the code page 437 and MacRoman
# readings its heuristics pass over ("itΓÇÖs", "S√£o"). A lead byte's character
# followed by one to three continuation characters of the same code page, among ASCII
# letters, is re-encoded and decoded as UTF-8 here, and kept only when that succeeds
# and gives Latin letters or punctuation. The followers leave out the letters of the
# page's own script, so Russian "её" (KOI8-R C5 A3) or Ukrainian "Гі" is never a pair.
def _fallback_page(encoding: str, leads: bytes, script_letters) -> tuple[str, str, str, str]:
    """``(encoding, leads, followers, all followers)``: the followers that may start a
    hint leave out the letters of the page's own script."""
    lead_chars = "".join(bytes([b]).decode(encoding) for b in leads)
    every = "".join(c for c in (bytes([b]).decode(encoding, "ignore") for b in range(0x80, 0xC0)) if c)
    followers = "".join(c for c in every if not script_letters.match(c))
    return encoding, lead_chars, followers, every


#: MacRoman's leads: "¬" (C2), "√" (C3), "ƒ" (C4), "≈" (C5), "∆" (C6), "·" (E1, Vietnamese
#: letters), "‚" (E2) and the Apple logo U+F8FF (F0, emoji).
_MAC_ROMAN_LEADS = b"\xc2\xc3\xc4\xc5\xc6\xe1\xe2\xf0"
def _central_european_page(encoding: str) -> tuple[str, str, str, str]:
    """Windows-1250's and ISO-8859-2's readings of the Latin leads C3 ("Ă") and C5
    ("Ĺ"), which ftfy passes over when the follower is a letter ("naĂŻve", "ZĂĽrich",
    "cafĂŠ"): a capital "Ă" or "Ĺ" inside a word before another accented letter. "Ş" and
    "ş" are left out, as Romanian writes "Ă" before them ("PĂŞUNE"); a pair stands
    alone only before a follower that is no letter."""
    page, leads, followers, every = _fallback_page(encoding, b"\xc3\xc5", patterns.compile(r"\p{Latin}"))
    every = every.replace("Ş", "").replace("ş", "")
    return page, leads, followers, every


_FALLBACK_PAGES = (
    _fallback_page("cp1251", b"\xc2\xc3\xc4\xc5\xe2", patterns.compile(r"\p{Cyrillic}")),
    _fallback_page("koi8_r", b"\xc2\xc3\xc4\xc5\xe2", patterns.compile(r"\p{Cyrillic}")),
    _fallback_page("cp437", b"\xe2", patterns.compile(r"\p{Greek}")),
    _fallback_page("mac_roman", _MAC_ROMAN_LEADS, patterns.compile(r"\p{Greek}")),
    _central_european_page("cp1250"),
    _central_european_page("iso8859_2"),
)
#: A word's stretch of such pairs and ASCII letters, which must hold a hint: a lead
#: before a follower that is not a letter of the page's script ("Гє" comes along with
#: "Г±" in "NГєГ±ez", but "Гі" alone is Ukrainian), or a pair next to an ASCII letter
#: ("MГјller": Russian words do not mix in Latin letters).
_FALLBACK_SEGMENTS = tuple(
    (
        encoding,
        patterns.compile(
            rf"(?:[A-Za-z]|[{regex.escape(leads)}][{regex.escape(every)}]{{1,3}})*"
            rf"(?:[{regex.escape(leads)}][{regex.escape(followers)}][{regex.escape(every)}]{{0,2}}"
            rf"|(?<=[A-Za-z])[{regex.escape(leads)}][{regex.escape(every)}]{{1,3}}"
            rf"|[{regex.escape(leads)}][{regex.escape(every)}]{{1,3}}(?=[A-Za-z]))"
            rf"(?:[A-Za-z]|[{regex.escape(leads)}][{regex.escape(every)}]{{1,3}})*"
        ),
    )
    for encoding, leads, followers, every in _FALLBACK_PAGES
)
# Windows-1252 read by ftfy's own heuristics is mostly undone by ftfy; where they pass
# over a word ("Brandâ„¢", "Åžtefan", "Å¢urcanu") the same segments are tried on
# Windows-1252 (its five undefined bytes kept as the C1 characters a sloppy decoder
# makes), with no hint pattern of its own: its leads and followers are NL601's.
def _sloppy_1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_SLOPPY_1252_BYTES = {_sloppy_1252(b): b for b in range(256)}
_CP1252_LEADS = "".join(_sloppy_1252(b) for b in range(0xC2, 0xF5))
_CP1252_EVERY = "".join(_sloppy_1252(b) for b in range(0x80, 0xC0))
_CP1252_FOLLOWERS = "".join(c for c in _CP1252_EVERY if not c.isalpha())
_FALLBACK_SEGMENTS += (
    (
        "sloppy-windows-1252",
        patterns.compile(
            rf"(?:[A-Za-z]|[{regex.escape(_CP1252_LEADS)}][{regex.escape(_CP1252_EVERY)}]{{1,3}})*"
            rf"(?:[{regex.escape(_CP1252_LEADS)}][{regex.escape(_CP1252_FOLLOWERS)}][{regex.escape(_CP1252_EVERY)}]{{0,2}}"
            rf"|(?<=[A-Za-z])[{regex.escape(_CP1252_LEADS)}][{regex.escape(_CP1252_EVERY)}]{{1,3}}"
            rf"|[{regex.escape(_CP1252_LEADS)}][{regex.escape(_CP1252_EVERY)}]{{1,3}}(?=[A-Za-z])"
            # An emoji's lead (F0) before two or three followers, letters or not ("ðŸ™").
            rf"|ð[{regex.escape(_CP1252_EVERY)}]{{2,3}})"
            rf"(?:[A-Za-z]|[{regex.escape(_CP1252_LEADS)}][{regex.escape(_CP1252_EVERY)}]{{1,3}})*"
        ),
    ),
)


_SEGMENTS_BY_PAGE = dict(_FALLBACK_SEGMENTS)


def _decode_lost_bytes(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 where a byte of an emoji (F0 9F ..), of a sign (E2 ..) or
    of a variation selector (EF B8 ..) was lost (a sloppy decoder, or a cleaner of C1
    characters, drops the bytes Windows-1252 leaves undefined: 81, 8D, 8F, 90, 9D): each
    such sequence becomes U+FFFD. None when anything else fails to decode."""
    out = []
    i = 0
    while i < len(data):
        try:
            out.append(data[i:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            j = i + error.start
            out.append(data[i:j].decode("utf-8"))
        lead = data[j]
        k = j + 1
        while k < len(data) and 0x80 <= data[k] < 0xC0 and k - j < 3:
            k += 1
        second = data[j + 1] if j + 1 < len(data) else 0
        if not (
            (lead == 0xF0 and second == 0x9F and k - j == 3)
            or (lead == 0xE2 and k - j == 2)
            or (lead == 0xEF and second == 0xB8 and k - j == 2)
        ):
            return None
        out.append("\ufffd")
        i = k
    return "".join(out)


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "sloppy-windows-1252":
        try:
            return bytes(_SLOPPY_1252_BYTES[c] for c in text)
        except KeyError:
            raise UnicodeEncodeError(encoding, text, 0, len(text), "not in the code page") from None
    return text.encode(encoding)


#: What the repaired characters may be: Latin letters, Latin-1 signs, punctuation,
#: currency and letterlike signs ("€", "™"), "×" and emoji. A Windows-1252 reading,
#: whose leads are accented letters themselves ("CAFÉ”" is not mojibake of "CAFɔ"),
#: must repair to the Latin letters of names (Latin-1, Extended-A and -B, Vietnamese)
#: and not to phonetic or other scripts' letters.
_REPAIRED = patterns.compile(
    r"(?:[\x00-\x7f\u00a0-\u00bf\u00d7\u2010-\u205e\u20a0-\u20cf\u2100-\u214f\u200d\ufe0f]"
    r"|\p{Latin}|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator})+"
)
_REPAIRED_1252 = patterns.compile(
    r"(?:[\x00-\x7f\u00a0-\u017f\u01a0\u01a1\u01af\u01b0\u0218-\u021b\u1e00-\u1eff\u2010-\u205e"
    r"\u20a0-\u20cf\u2100-\u214f\u200d\ufe0f\ufffd]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator})+"
)
#: Repaired characters that stand without a letter around them: Latin-1 signs ("½"),
#: "×", punctuation, "™", emoji.
_REPAIRED_SIGN = patterns.compile(r"[\u00a1-\u00bf\u00d7\u00f7\u2010-\u205e\u2100-\u214f\ufffd\p{Extended_Pictographic}]")
#: Where a fallback reading may start: any of their leads before any of their followers.
_ALL_LEADS = "[" + regex.escape("".join({c: 0 for _, leads, _, _ in _FALLBACK_PAGES for c in leads})) + "]"
_ALL_EVERY = "[" + regex.escape("".join({c: 0 for _, _, _, every in _FALLBACK_PAGES for c in every})) + "]"
_FALLBACK_HINT = patterns.compile(
    _ALL_LEADS + "[" + regex.escape("".join({c: 0 for _, _, followers, _ in _FALLBACK_PAGES for c in followers})) + "]"
    # A pair of letters of the page's script counts inside a Latin word ("MГјller").
    + "|(?<=[A-Za-z])" + _ALL_LEADS + _ALL_EVERY + "|" + _ALL_LEADS + _ALL_EVERY + "(?=[A-Za-z])"
)

#: What the gate looks for, as characters, for those leads: MacRoman's "√" and "‚",
#: which stand in its readings of accented letters and of curly quotes and dashes, so in
#: nearly every text it misread (each a ``memchr`` of a low byte rare in text). The
#: others open the gate by their first byte (``_OTHER_OPENING_BYTES``, C2, EF): "Ă" and
#: "Ĺ" (C4), the Cyrillic leads (D0, D1), "Γ" (CE), MacRoman's "¬", "·" (C2) and U+F8FF
#: (EF). MacRoman's "ƒ", "∆" and "≈" (Polish, Turkish and Vietnamese letters) are
#: looked for only in a text the gate opened, Cyrillic aside.
_OTHER_PAGE_GATE = ("√", "‚")


def _repair_other_pages(word: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The word with its first fallback reading undone, and the plan (as ftfy writes
    it), or the word unchanged and no plan. Windows-1250 and ISO-8859-2 place some
    letters at different bytes ("ĂĽ" is "ü" read as one and "å" read as the other): where
    both repair a word differently, the reading that gives the commoner letters wins."""
    for encoding, segment_pattern in _FALLBACK_SEGMENTS:
        fixed = _repair_with(word, encoding, segment_pattern)
        if fixed is None:
            continue
        if encoding in _CENTRAL_EUROPEAN:
            other = _CENTRAL_EUROPEAN[encoding]
            other_fixed = _repair_with(word, other, _SEGMENTS_BY_PAGE[other])
            if other_fixed is not None and other_fixed != fixed:
                if _letter_rank(other_fixed) < _letter_rank(fixed):
                    fixed, encoding = other_fixed, other
                # Which page it was is a guess ("StraĂźe" is "Straße" read as one, and
                # "Straüe" as the other): a step no encoding repair has makes the fix unsafe.
                return fixed, (("encode", encoding), ("decode", "utf-8"), ("apply", "guess_between_code_pages"))
        return fixed, (("encode", encoding), ("decode", "utf-8"))
    return word, ()


#: The two Central European pages, each with the other.
_CENTRAL_EUROPEAN = {"cp1250": "iso8859_2", "iso8859_2": "cp1250"}
#: Accented letters from commonest to rarest in the names and words news text holds.
_LETTER_ORDER = "éáíóúüöäñçèàãõâêôëïîûåøæœßýčšžřćłńśźżőűěůťďňľĺŕ"


def _letter_rank(text: str) -> int:
    """The sum of the ranks of ``text``'s non-ASCII characters in ``_LETTER_ORDER``
    (case folded; a character not in it ranks last)."""
    order = _LETTER_ORDER
    return sum(
        order.find(c.lower()) if order.find(c.lower()) >= 0 else len(order) + 10 for c in text if not c.isascii()
    )


def _repair_with(word: str, encoding: str, segment_pattern: patterns.BoundedPattern) -> str | None:
    """The word with ``encoding``'s reading undone on each of its segments, or None when
    no segment repairs."""
    repaired = []
    last = 0
    for segment in segment_pattern.finditer(word):
        text = segment.group()
        try:
            data = _encode(text, encoding)
            fixed = data.decode("utf-8")
        except UnicodeEncodeError:
            continue
        except UnicodeDecodeError:
            # Bytes lost on the way (the emoji of "ðŸ™", whose 8F is gone): flagged,
            # with U+FFFD where they were (an unsafe fix), in Windows-1252 only.
            fixed = _decode_lost_bytes(data) if encoding == "sloppy-windows-1252" else None
            if fixed is None:
                continue
        repaired_pattern = _REPAIRED_1252 if encoding == "sloppy-windows-1252" else _REPAIRED
        if fixed == text or not repaired_pattern.fullmatch(fixed) or fixed.isascii():
            continue
        if encoding == "sloppy-windows-1252" and text[-1] in "’”›»“‘«" and fixed[-1].isalpha():
            continue  # "GENÇ”", „BLÄ“: an accented capital before a closing quote
        if not any("a" <= c.lower() <= "z" for c in text) and _REPAIRED_SIGN.search(fixed) is None:
            continue  # "√π" alone: no letter around it, and no quote, dash or emoji repaired
        repaired.append(word[last : segment.start()] + fixed)
        last = segment.end()
    if repaired:
        return "".join(repaired) + word[last:]
    return None


# -------------------------------------------------------------------- the family's gate

# Every rule of the family needs a character that clean prose does not hold, and all but
# four of them show in the text's UTF-8 bytes: one ``bytes.translate`` sorts the bytes
# into the classes below, and a one-byte and a four-byte search of the result answer for
# the whole family. Curly quotes, dashes and accented letters (São, Søren, Łódź) fall in
# no class that opens the gate on its own: only a mojibake lead right before a mojibake
# follower does ("â€™", "Ã©").
_LEAD_BYTES = frozenset(char.encode()[0] for char in _MOJIBAKE_LEADS)
_FOLLOWER_BYTES = frozenset(char.encode()[0] for char in _MOJIBAKE_FOLLOWERS)
#: Bytes that open the gate by themselves: the C0 controls and DEL (NL605); "&" (NL602);
#: C2, the first byte of the C1 controls and the soft hyphen (NL603, NL605) and of the
#: followers U+0080..U+00BF; EF, the first byte of U+FEFF and U+FFFD (NL603, NL604); and
#: a byte that may start both a lead and a follower (D0, Cyrillic: "Р" before "ѓ").
_OPENING_BYTES = (
    frozenset(_C0_CONTROLS.encode()) | frozenset(b"&\xc2\xef") | (_LEAD_BYTES & _FOLLOWER_BYTES)
)
#: Bytes that open the gate for the other code pages' mojibake and U+180E: the first
#: bytes of "Ă"/"Ĺ" (C4, Latin Extended-A's first half), "Γ" (CE, Greek),
#: "ц" (D1, Cyrillic) and U+180E (E1). No byte of correct English text, and rare
#: in the news of other Latin-script languages.
_OTHER_OPENING_BYTES = frozenset(b"\xc4\xce\xd1\xe1")
_GATE_CLASSES = bytes(
    ord("z") if byte in _OPENING_BYTES or byte in _OTHER_OPENING_BYTES
    else ord("L") if byte in _LEAD_BYTES
    else ord("F") if byte in _FOLLOWER_BYTES
    else ord("c") if 0x80 <= byte < 0xC0
    else ord("x")
    for byte in range(256)
)
#: The invisible characters whose UTF-8 (E2 80 8B ...) shares its bytes with curly quotes
#: and dashes: looked for as characters (``memchr`` on a rare byte).
_INVISIBLE_E2 = "\u200b\u200c\u200d\u200e\u200f"  # U+2060 (E2 81 A0): ``_holds_e2_81``
#: Opening bytes that may also start a mojibake pair (C2, D0).
_OPENING_MOJIBAKE_BYTES = tuple(bytes([b]) for b in sorted(_OPENING_BYTES & (_LEAD_BYTES | _FOLLOWER_BYTES)))


def _byte_classes(document: Document) -> bytes:
    """The text's UTF-8 sorted by ``_GATE_CLASSES`` (computed once, shared)."""
    return document.memo("encoding.classes", lambda d: utf8(d).translate(_GATE_CLASSES))


def _may_hold_artefacts(document: Document) -> bool:
    """The family's gate: False when the text has no byte that opens the gate, no
    mojibake lead right before a follower and no invisible character, and so nothing
    any rule here could report.

    Sound because every lead character (U+00C2..U+00F4, "Р", "С") is two bytes long
    and every follower at least two: a hint of ``_mojibake_hints`` is a lead's first
    byte, one continuation byte, a follower's first byte and a continuation byte, which
    the classes turn into ``LcFc`` unless one of those bytes opens the gate anyway.
    (The fourth byte adds nothing to the test but speed: ``in`` skips along the text
    by the needle's length.) Every other character a rule looks for starts with an
    opening byte (or holds one of ``_OTHER_OPENING_BYTES``), is one of ``_INVISIBLE_E2``,
    is U+2060..U+2069 (``_holds_e2_81``), U+202A (``_FORMAT_OPENERS``), "Â" before
    a space (``_holds_lost_no_break_space``) or one of ``_OTHER_PAGE_GATE``. (The other
    embedding, the pop, the overrides and the Arabic letter mark are looked for only
    next to another directional character, MacRoman's other leads only where a "z"
    opened the gate.)"""
    classes = utf8(document).translate(_GATE_CLASSES)
    if b"z" in classes or b"LcFc" in classes:
        # The rules look again: kept for them (only now, where it will be used).
        document.memo("encoding.classes", lambda _: classes)
        return True
    text = document.text
    a, b, c, d, e = _INVISIBLE_E2
    if a in text or b in text or c in text or d in text or e in text:
        return True
    if text.isascii():
        return False
    # The left-to-right embedding, a search of a byte rare in text (the other
    # embedding, the overrides and a pop are reported only next to a directional
    # character), "Â" before a space, the isolates and invisible operators by their 81,
    # and MacRoman's "√" and "‚".
    if "\u202a" in text or _holds_lost_no_break_space(text):
        return True
    data = utf8(document)
    at = data.find(b"\x81")
    if at > 0:
        if data[at - 1] == 0xE2:
            return True
        at = data.find(b"\x81", at + 1)  # ("Łódź" holds one 81: no call for the rest)
        if at > 0 and _holds_e2_81(text, data, at):
            return True
    a, b = _OTHER_PAGE_GATE
    return a in text or b in text


def _may_hold_other_page_mojibake(document: Document) -> bool:
    """Whether a lead of ``_OTHER_PAGE_PAIRS`` or ``_FALLBACK_PAGES`` may be there
    (computed once)."""
    return document.memo("encoding.other_pages", _other_page_leads)


def _other_page_leads(document: Document) -> bool:
    data = utf8(document)
    if b"\xc4" in data or b"\xce" in data:
        return True  # Windows-1250's "Ă", "Ĺ"; code page 437's "Γ"
    if (b"\xd0" in data or b"\xd1" in data) and is_english(document):
        # The Cyrillic leads of Windows-1251 and KOI8-R, looked for in English text,
        # where Cyrillic is rare (a Russian page is not searched for Latin names read
        # as Cyrillic: a cost on every page, for a rare find).
        return True
    text = document.text
    if "√" in text or "‚" in text or "¬" in text or "\uf8ff" in text:
        return True  # MacRoman's
    if b"z" not in _byte_classes(document) or b"\xd0" in data or b"\xd1" in data:
        # Its other leads are looked for only where a "z" opened the gate, and not in
        # Cyrillic text (where their low bytes, "H" for "≈", are letters' too: a slow
        # search, for names misread in another script's text).
        return False
    if "ƒ" in text or "∆" in text or "≈" in text:
        return True
    # A middle dot is common in bylines ("3 min read · News"): MacRoman's "·" counts only
    # before the followers of Vietnamese letters (E1 BA, E1 BB: "·∫", "·ª").
    return "·" in text and ("·∫" in text or "·ª" in text)


def _may_hold_mojibake(document: Document) -> bool:
    """Whether ``_mojibake_hints`` may find anything (the gate's argument, for NL601
    alone: in a text opened by an "&" it saves the search for leads)."""
    if b"LcFc" in _byte_classes(document):
        return True
    data = utf8(document)
    if any(byte in data for byte in _OPENING_MOJIBAKE_BYTES) or _may_hold_other_page_mojibake(document):
        return True
    return _holds_lost_no_break_space(document.text)


def _holds_lost_no_break_space(text: str) -> bool:
    """Whether the text holds "Â" before a space: a no-break space (C2 A0) read as
    Windows-1252 ("Â\u00a0"), whose second half an extractor then made a plain space."""
    return "\u00c2" in text and "\u00c2 " in text


def _add_pairs(text: str, lead: str, followers, found: list[int]) -> None:
    """Append to ``found`` where ``lead`` stands before one of ``followers``."""
    at = text.find(lead)
    while at >= 0:
        if text[at + 1 : at + 2] in followers:
            found.append(at)
        at = text.find(lead, at + 1)


def _mojibake_hints(text: str, data: bytes, other_pages: bool = False) -> list[int]:
    """Offsets of each lead character followed by a continuation character, in order.
    Found from the lead characters a text holds (``str.find``, a ``memchr`` in C): most
    texts hold none, and this is several times faster than a scan for a character class.
    ``data`` is the text in UTF-8, where every character U+00C0..U+00FF starts with the
    byte C3: without it, only the Cyrillic leads can be there."""
    found: list[int] = []
    for lead in _MOJIBAKE_LEADS if b"\xc3" in data else "РС":
        _add_pairs(text, lead, _MOJIBAKE_FOLLOWERS, found)
    if _holds_lost_no_break_space(text):
        _add_pairs(text, "\u00c2", " ", found)  # a no-break space read as "Â" and a space
    if other_pages:
        for lead, followers in _OTHER_PAGE_PAIRS.items():
            _add_pairs(text, lead, followers, found)
        found.extend(match.start() for match in _FALLBACK_HINT.finditer(text))
        return sorted(set(found))
    found.sort()
    return found


_TOKEN_BREAK = " \t\r\n"


@lru_cache(maxsize=1)
def _ftfy():
    """ftfy and the configuration NL601 runs it with, imported on first use: most
    documents never need it, and importing it costs more than checking a document."""
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )
    return ftfy, config


_UTF8_DECODINGS = {"utf-8", "utf-8-variants"}


@lru_cache(maxsize=4096)
def _repair_word(word: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """ftfy's encoding repair of one word: the fixed word and the plan it followed."""
    ftfy, config = _ftfy()
    fixed, plan = ftfy.fix_encoding_and_explain(word, config)
    if fixed == word and word.endswith("\u00c2 ") and len(word) > 2 and (word[-3].isdigit() or word[-3].islower()):
        # "5Â km": ftfy passes over a lost no-break space after a digit; no word of
        # correct text ends in "Â" after a digit or a lower-case letter.
        return word[:-2] + "\u00a0", (("encode", "latin-1"), ("transcode", "restore_byte_a0"), ("decode", "utf-8"))
    if fixed == word:
        return _repair_other_pages(word)
    return fixed, tuple(tuple(step) for step in plan or ())


def _is_encoding_repair(plan: tuple[tuple[str, str], ...]) -> bool:
    """True when every step of ftfy's plan re-decodes bytes as UTF-8: an encoding
    repair, not a guess (lossy replacement, C1 remapping)."""
    if not plan:
        return False
    for action, detail in plan:
        if action == "encode":
            continue
        if action == "decode" and detail in _UTF8_DECODINGS:
            continue
        if action == "transcode" and detail == "restore_byte_a0":
            continue
        if action == "apply" and detail == "decode_inconsistent_utf8":
            continue
        return False
    return True


_ENCODING_NAMES = {
    "latin-1": "Latin-1",
    "macroman": "MacRoman",
    "mac_roman": "MacRoman",
    "cp437": "code page 437",
    "cp1251": "Windows-1251",
    "koi8_r": "KOI8-R",
    "cp1250": "Windows-1250",
    "iso8859_2": "ISO-8859-2",
}


def _source_encoding(plan: tuple[tuple[str, str], ...]) -> str:
    for action, detail in plan:
        if action == "encode":
            name = detail.replace("sloppy-", "")
            return _ENCODING_NAMES.get(name, name.replace("windows", "Windows").replace("iso", "ISO"))
    return "a single-byte encoding"


def _strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` without the quote marks and final punctuation at its edges."""
    while start < end and text[start] in _OPENING_QUOTES:
        start += 1
    while end > start and text[end - 1] in _CLOSING_QUOTES + ".,;:!?)":
        end -= 1
    return start, end


def _word_bounds(text: str, index: int) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, index) for ch in _TOKEN_BREAK) + 1
    ends = [e for e in (text.find(ch, index) for ch in _TOKEN_BREAK) if e >= 0]
    return start, min(ends) if ends else len(text)


def _mojibake_spans(document: Document) -> list[tuple[int, int, str, tuple]]:
    """``(start, end, replacement, plan)`` for each word ftfy repairs, narrowed to the
    characters that change. Shared by NL601 and NL605 (which leaves these alone)."""
    text = document.text
    found = []
    if not _may_hold_mojibake(document):
        return found
    covered = -1
    for hint in _mojibake_hints(text, utf8(document), _may_hold_other_page_mojibake(document)):
        if hint < covered:
            continue
        start, end = _word_bounds(text, hint)
        covered = end
        if text[end - 1 : end + 1] == "\u00c2 ":
            end += 1  # "priceÂ is": the space is the no-break space's second half
        word = text[start:end]
        fixed, plan = _repair_word(word)
        if fixed == word:
            continue
        # The smallest edit: drop the prefix and suffix the two spellings share.
        head = 0
        limit = min(len(word), len(fixed))
        while head < limit and word[head] == fixed[head]:
            head += 1
        tail = 0
        while tail < limit - head and word[-1 - tail] == fixed[-1 - tail]:
            tail += 1
        found.append((start + head, end - tail, fixed[head : len(fixed) - tail], plan))
    return found


def mojibake_spans(document: Document) -> list[tuple[int, int, str, tuple]]:
    return document.memo("encoding.mojibake", _mojibake_spans)


#: Words of prose about character encodings, where mojibake is quoted as an example.
_ENCODING_TALK = patterns.compile(
    r"(?i)\b(?:utf-?(?:8|16)|unicode|mojibake|latin-?1|iso[- ]?8859(?:-[0-9]+)?|(?:windows|cp)-?125[0-9]"
    r"|code ?page|charset|character set|byte sequences?|bytes [0-9a-f]{2}\b|(?:wrong|character) encoding"
    r"|(?:en|de)cod(?:ed|ing) as)\b"
)
_QUOTE_MARKS = "\"'“”‘’«»`([{"


def _mentioned(text: str, start: int, end: int) -> bool:
    """Whether the mojibake at ``start..end`` stands as an example would: a token of its
    own (a final punctuation mark aside) or a token in quotes ("CafÃ©"), not the inside
    of a word of the prose ("Iranâ€™s")."""
    token_start, token_end = _word_bounds(text, start)
    token = text[token_start:token_end]
    if token[:1] in _QUOTE_MARKS:
        return True
    return token.rstrip(".,;:!?)]}\"'”’»").lstrip() == text[start:end]
_OPENING_QUOTES = "\"'“‘«„‚‹»"
_CLOSING_QUOTES = "\"'”’»“‘›«"
_QUOTE_PADDING = " \u00a0\u202f"


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` is the whole of a quotation (French padding allowed:
    « JosÃ© »)."""
    before = start - 1
    if before >= 0 and text[before] in _QUOTE_PADDING:
        before -= 1
    after = end + 1 if end < len(text) and text[end] in _QUOTE_PADDING else end
    return before >= 0 and text[before] in _OPENING_QUOTES and after < len(text) and text[after] in _CLOSING_QUOTES


def _quoted_beside(document: Document, start: int, end: int, original: str, repaired: str) -> bool:
    """Whether ``original`` at ``start..end`` is quoted on its own and ``repaired`` is
    quoted on its own in the same paragraph: the text writes both forms, as prose about
    a misreading does ('every "café" became "cafÃ©"', '"&amp;" instead of "&"'). A page
    that was misread misreads the word everywhere: it does not quote its right form."""
    text = document.text
    if not repaired or not _quoted(text, start, end):
        return False
    first = text.rfind("\n\n", 0, start) + 1
    last = text.find("\n\n", end)
    last = len(text) if last < 0 else last
    at = text.find(repaired, first, last)
    while at >= 0:
        if _quoted(text, at, at + len(repaired)) and text[at : at + len(original)] != original:
            return True
        at = text.find(repaired, at + 1, last)
    return False


#: Words of prose about HTML escaping, where a character reference is quoted as an example.
_MARKUP_TALK = patterns.compile(
    r"(?i)\b(?:html|xhtml|xml|sgml|entity|entities|character references?|unescap(?:e|ed|es|ing)|ampersand)\b"
)


_TALK_STEMS = {
    _ENCODING_TALK.source: (
        "utf", "unicode", "mojibake", "latin", "8859", "125", "code", "charset", "character set", "byte", "encod", "decod"
    ),
    _MARKUP_TALK.source: ("html", "xml", "entit", "reference", "unescap", "ampersand"),
}


def _paragraph_mentions(document: Document, start: int, end: int, pattern: patterns.BoundedPattern) -> bool:
    """Whether the paragraph around ``start..end`` holds a match of ``pattern``
    (computed once per paragraph)."""
    text = document.text
    first = text.rfind("\n\n", 0, start) + 1
    last = text.find("\n\n", end)
    last = len(text) if last < 0 else last
    cache = document.memo("encoding.paragraph_talk", lambda _: {})
    key = (first, pattern.source)
    if key not in cache:
        # A cheap test first: the words' stems, in the lower-cased paragraph.
        lowered = text[first:last].lower()
        cache[key] = any(stem in lowered for stem in _TALK_STEMS[pattern.source]) and (
            pattern.search(text, first, last) is not None
        )
    return cache[key]


class Mojibake(Rule):
    """## What it does
    Finds mojibake: UTF-8 text that was decoded with the wrong encoding somewhere
    between the site and the scraper, so that ``Iran’s`` reads ``Iranâ€™s``, ``Condé``
    reads ``CondÃ©`` and Cyrillic turns into ``ÐŸÑ€Ð¸``. A cheap pattern finds the
    lead-and-continuation character pairs such a misreading produces; ftfy then checks
    each word holding one and reports the word only where it repairs it. Besides
    Latin-1 and Windows-1252, the readings of MacRoman (``Jos√©``, ``it‚Äôs``), code
    page 437 (``Jos├⌐``, ``itΓÇÖs``), Windows-1250 (``DvoĹ™Ăˇk``, ``naĂŻve``) and
    ISO-8859-2 (``cafĂŠ``, ``ZĂźrich``; where the two read a word differently, the
    reading that gives the commoner letters is offered, as an unsafe fix), Windows-1251
    (``JosГ©``, ``itвЂ™s``) and KOI8-R (``Josц╘``, ``itБ─≥s``) are found; where ftfy
    does not undo them, the word's stretch of such pairs is re-encoded and decoded as
    UTF-8 directly, and kept only when that gives Latin letters or punctuation. The
    same is done for the Windows-1252 readings ftfy's heuristics pass over
    (``Brandâ„¢``, ``Åžtefan``, ``rzÄ…d``) and for MacRoman's readings of Polish,
    Turkish and Vietnamese letters and of emoji (``Brzƒôczek``, ``H∆∞∆°ng``,
    ``\uf8ffüòÄ``). An emoji that lost a byte on the way (``ðŸ™``: a sloppy decoder
    or a cleaner of C1 characters dropped its ``8F``) is reported too. Mojibake quoted
    in Markdown inline code, or in a paragraph about character encodings ("UTF-8
    read as Windows-1252 shows é as Ã©"), is an example, and is left alone. A no-break
    space read as Windows-1252 whose second half an extractor made a plain space
    (``priceÂ is``, ``5Â km``) is found too, and its no-break space restored.

    ## Why is this bad?
    The words are unreadable and unsearchable, and a model trained on them learns the
    garbage as spelling. Mojibake also hides the real characters from every other rule.

    ## Example
    ```text
    Iranâ€™s president met CondÃ© Nast executives.
    ```

    ## Use instead
    ```text
    Iran’s president met Condé Nast executives.
    ```

    ## Fix safety
    Safe when ftfy's plan is an encoding repair: the word is encoded back to the bytes
    it came from (Latin-1, Windows-1252, Windows-1251 ...) and decoded as UTF-8, which
    restores the characters that were there. ftfy runs with quote uncurling, width
    folding, ligature splitting and normalisation off, so nothing else changes. When
    ftfy has to guess (bytes were lost and it would insert U+FFFD, or it only remaps
    C1 characters), the fix is offered as unsafe; so is U+FFFD in place of an emoji that
    lost a byte, and a word Windows-1250 and ISO-8859-2 read differently (which of the
    two it was is a guess: "StraĂźe" is "Straße" in one and "Straüe" in the other). Correct accented text (``São``,
    ``café’s``, ``pâte``) is left alone because ftfy finds nothing to repair, and
    Russian or Ukrainian words are never read as KOI8-R or Windows-1251 mojibake: a
    pair must have a follower that is not a Cyrillic letter (``её`` is a word, ``ц╘``
    is not), nor is an accented capital before a closing quote (``„BLÄ“``).
    """

    code = "NL601"
    gate = staticmethod(_may_hold_artefacts)
    name = "mojibake"
    category = Category.ENCODING
    summary = "Mojibake: UTF-8 text decoded with the wrong encoding"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        code = "`" in document.text  # Markdown inline code may quote mojibake
        for start, end, replacement, plan in mojibake_spans(document):
            if (code and _in_inline_code(document.text, start, end)) or (
                _mentioned(document.text, start, end) and _paragraph_mentions(document, start, end, _ENCODING_TALK)
            ):
                continue  # "the byte sequence Ã© stands for é": an example, not an artefact
            word_start, word_end = _word_bounds(document.text, start)
            word_start, word_end = _strip_quotes(document.text, word_start, word_end)
            if word_start <= start and end <= word_end and _quoted_beside(
                document, word_start, word_end, document.text[word_start:word_end],
                document.text[word_start:start] + replacement + document.text[end:word_end],
            ):
                continue  # 'every "café" became "cafÃ©"': both forms quoted, an example
            original = document.text[start:end]
            source = _source_encoding(plan)
            safe = _is_encoding_repair(plan) and replacement.count("\ufffd") <= original.count("\ufffd")
            message = f"Mojibake {original!r} should read {replacement!r} (UTF-8 decoded as {source})"
            if safe:
                fix = Fix.safe(f"Repair the encoding: {replacement!r}", Edit(start, end, replacement))
            else:
                fix = Fix.unsafe(f"Replace with ftfy's guess {replacement!r}", Edit(start, end, replacement))
            yield self.diagnostic(document, start, end, message=message, fix=fix)


# ----------------------------------------------------------------------- HTML entities

# A numeric reference may lose its ";" (HTML still decodes "&#8217s"): without it, it
# takes two digits or more and ends where its digits do.
_ENTITY = patterns.compile(
    r"&(?:#(?:[0-9]{1,7};|[0-9]{2,7}(?![0-9])|[xX][0-9a-fA-F]{1,6};|[xX][0-9a-fA-F]{2,6}(?![0-9a-fA-F]))"
    r"|([A-Za-z][A-Za-z0-9]{1,31});"
    r"|(rsquo|lsquo|rdquo|ldquo|sbquo|bdquo|quot|mdash|ndash|hellip|nbsp|euro|pound)(?=[\p{L}\p{N}])"
    r"|((?:[A-Za-z]{1,2}(?:acute|grave|circ|tilde|uml|ring|cedil|slash|lig)|szlig|thorn)(?=\p{L}))"
    r"|([a-z][a-z0-9]{1,31})(?=[\s,.:!?)\]”’\"']|$)"
    # Spaced by machine translation: "& nbsp;", "& #8217;", "&# 8217;" (the commonest
    # names only, with their ";")
    r"|(?:[ ]\#[ ]?|\#[ ])([0-9]{2,7};|[xX][0-9a-fA-F]{2,6};)"
    r"|[ ](nbsp|amp|quot|apos|lt|gt|rsquo|lsquo|rdquo|ldquo|ndash|mdash|hellip);)"
)
#: Entity names that are also English words or common abbreviations: without their
#: ";" they are read as text ("B &and C" is a typo, not an entity).
_BARE_WORDS = frozenset("and or not in int ni sub sup cap cup sum prod part lang rang le ge ne sim star top bot smile phone female male sung flat sharp natural loz check cross".split())
#: The only names of fewer than four letters read as entities without their ";": the
#: others ("&ic", "&nu", "&gap") are more often an option of a program or an abbreviation.
_SHORT_BARE_NAMES = frozenset({"amp", "lt", "gt", "reg", "deg"})
_NO_BREAK_SPACE_ENTITIES = {"&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&#Xa0;", "&#XA0;", "&NonBreakingSpace;"}


def _entity_replacement(entity: str) -> str:
    if not entity.endswith(";"):
        entity += ";"  # a numeric reference that lost its ";"
    decoded = html.unescape(entity)
    if entity in _NO_BREAK_SPACE_ENTITIES or (decoded == "\u00a0" and entity.startswith("&#")):
        # An escaped no-break space in scraped text stood for an ordinary word space
        # (however many zeros its number has: "&#0160;", "&#x00A0;").
        return " "
    return decoded


def _in_inline_code(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` stands between two backticks of its line (Markdown code)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text.count("`", line_start, start) % 2 == 1 and "`" in text[end:line_end]


_TOKEN_EDGE = " \t\n\"'“”‘’«»()[]"


def _joins_names(text: str, start: int, end: int) -> bool:
    """Whether the reference stands between two capitalised words: used, not mentioned
    ("Procter &amp; Gamble")."""
    before = text[max(0, start - 32) : start].split()
    after = text[end : end + 32].split()
    return bool(before and after and before[-1][:1].isupper() and after[0][:1].isupper())


_ESCAPED_REFERENCE = patterns.compile(r"#?[A-Za-z0-9]{2,31};")


def _standalone(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` is a token of its own: spaces, quotes or brackets around it
    (a final punctuation mark aside), not inside a word ("AT&amp;T"). An ``&amp;`` takes
    the reference it escapes along ("&amp;amp;")."""
    if text[start:end] == "&amp;":
        escaped = _ESCAPED_REFERENCE.match(text, end)
        if escaped is not None:
            end = escaped.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if after in ".,;:!?" and (end + 1 == len(text) or text[end + 1] in _TOKEN_EDGE):
        after = " "
    return before in _TOKEN_EDGE and after in _TOKEN_EDGE


class HtmlEntity(Rule):
    """## What it does
    Finds HTML character references left unexpanded in the text: named (``&amp;``,
    ``&quot;``, ``&nbsp;``), decimal (``&#8217;``) and hexadecimal (``&#x2019;``).
    Only complete references count: the name must be one HTML defines and the
    reference must end with ``;``, so ``AT&T``, ``R&D`` and ``Q&A`` in prose are not
    flagged. A numeric reference that lost its ``;`` (``isn&#8217t``) is still one:
    browsers decode it, and prose never puts digits after ``&#``. So is a lower-case
    name of two letters or more that lost its ``;`` before a space or a punctuation
    mark (``Tom &amp Jerry``, ``the end&mdash and``) or, for the names of quotes,
    dashes, the ellipsis and the no-break space, before a letter (``it&rsquos``,
    ``war&mdashand``), unless the name is an English
    word (``&and``, ``&not``) or the ``&`` follows a sign (``?a=1&copy=2``, a URL); so
    is the name of an accented letter before a letter (``M&uumlnchen``, as browsers
    read it) and the name of a dash or currency sign before a digit (``2019&ndash2021``,
    ``&euro30``); a name upper-cased with its text (``&NBSP;``, ``&MDASH;``); and a
    numeric reference or a common name (quotes, dashes, the ellipsis, the no-break
    space, ``&amp;``, ``&lt;``, ``&gt;``) that machine translation spaced out
    (``& nbsp;``, ``& #8217;``, ``&# 8217;``). A
    reference quoted as an example is left alone: in Markdown inline code
    (```&amp;```), or standing alone in a paragraph about HTML ("write &amp;amp; when
    ...") unless it joins two capitalised words (``Procter &amp; Gamble``).

    ## Why is this bad?
    The page's HTML was extracted without decoding its character references, or was
    escaped twice. Readers see ``isn&#8217;t`` instead of ``isn’t``, and every
    search for the word fails.

    ## Example
    ```text
    Procter &amp; Gamble isn&#8217;t expected to&nbsp;comment.
    ```

    ## Use instead
    ```text
    Procter & Gamble isn’t expected to comment.
    ```

    ## Fix safety
    Safe: the reference is replaced by the character it encodes, as
    ``html.unescape`` does, except that a no-break space (``&nbsp;``, ``&#160;``)
    becomes an ordinary space, which is what it stood for between words. A reference
    escaped twice (``&amp;quot;``) is decoded one level per fix pass. A numeric
    reference to no valid character is reported without a fix.
    """

    code = "NL602"
    gate = staticmethod(_may_hold_artefacts)
    name = "html-entity"
    category = Category.ENCODING
    summary = "Unexpanded HTML character reference"
    fix_availability = FixAvailability.SOMETIMES

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        if "&" not in text:
            return
        code = "`" in text  # Markdown inline code may quote a reference
        for match in _ENTITY.finditer(text):
            entity = match.group()
            name = match.group(1)
            bare = match.group(4) or match.group(3) or match.group(2)
            if match.group(5) or match.group(6):
                # "& #8217;", "& nbsp;": a reference that machine translation spaced out
                entity = "&#" + match.group(5) if match.group(5) else "&" + match.group(6) + ";"
            elif bare is not None:
                # "&amp Co", "&mdash and": a named reference that lost its ";", before a
                # space or a punctuation mark (never "=", as in a URL's "&lang=en").
                if bare + ";" not in _HTML5_ENTITIES or bare in _BARE_WORDS:
                    continue
                if len(bare) < 4 and bare not in _SHORT_BARE_NAMES:
                    continue  # "&ic", "&nu", "&map": code and abbreviations, more often than entities
                at = match.start()
                if at and not (text[at - 1].isspace() or text[at - 1].isalnum()):
                    continue  # "?a=1&copy": inside a URL or code
                token_start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
                if any(sign in text[token_start:at] for sign in "=/?"):
                    continue  # "?lang=en&mdash": a URL's parameters
                entity += ";"
            elif name is not None and name + ";" not in _HTML5_ENTITIES:
                if not (name.isupper() and len(name) > 2 and name.lower() + ";" in _HTML5_ENTITIES):
                    continue
                entity = entity.lower()  # "&NBSP;", "&MDASH;": a name upper-cased with the text
            start, end = match.span()
            if (code and _in_inline_code(text, start, end)) or (
                _standalone(text, start, end)
                and not _joins_names(text, start, end)
                and _paragraph_mentions(document, start, end, _MARKUP_TALK)
            ):
                continue  # "write `&amp;` for &", "the entity &copy; in HTML": an example
            replacement = _entity_replacement(entity)
            if _quoted_beside(document, start, end, match.group(), replacement):
                continue  # '"&amp;" instead of "&"': both forms quoted, an example
            entity = match.group()
            if "\ufffd" in replacement and entity not in ("&#65533;", "&#xfffd;", "&#xFFFD;"):
                yield self.diagnostic(document, start, end, message=f"HTML character reference {entity} names no valid character")
                continue
            fix = Fix.safe(f"Replace with {replacement!r}", Edit(start, end, replacement))
            yield self.diagnostic(
                document, start, end, message=f"HTML character reference {entity} should be {replacement!r}", fix=fix
            )


# ---------------------------------------------------------------- invisible characters

_INVISIBLE_CHARS = frozenset("\u200b\u200c\u200d\u2060\u200e\u200f\ufeff\u00ad" + _OTHER_INVISIBLE)
#: The directional marks and controls: they order right-to-left text, and do nothing
#: elsewhere.
_DIRECTION_MARKS = frozenset("\u200e\u200f" + _BIDI_CONTROLS)
_MONGOLIAN = patterns.compile(r"\p{Mongolian}")
_RIGHT_TO_LEFT = patterns.compile(r"[\p{Hebrew}\p{Arabic}\p{Syriac}\p{Thaana}\p{Nko}\p{Samaritan}\p{Mandaic}]")
_WORD_CHAR = patterns.compile(r"[\p{L}\p{M}\p{N}]")
# Scripts in which ZWJ and ZWNJ do real work: they select joining forms (Arabic,
# Persian, Urdu, Syriac ...) or conjuncts (Devanagari and the other Brahmic scripts).
_JOINING_SCRIPT = patterns.compile(
    r"[\p{Arabic}\p{Syriac}\p{Thaana}\p{Nko}\p{Mongolian}\p{Mandaic}\p{Devanagari}\p{Bengali}"
    r"\p{Gurmukhi}\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}"
    r"\p{Tibetan}\p{Myanmar}\p{Khmer}\p{Thai}\p{Lao}\p{Hebrew}]"
)
# Scripts written without spaces, where U+200B marks the word breaks on purpose.
_UNSPACED_SCRIPT = patterns.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]")
# What a ZWJ legitimately glues: emoji, their variation selector and skin tones.
_EMOJI_PART = patterns.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u20e3\p{Regional_Indicator}]")
_NAMES = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark",
    "\u00ad": "soft hyphen",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u180e": "Mongolian vowel separator",
    "\u202a": "left-to-right embedding",
    "\u202b": "right-to-left embedding",
    "\u202c": "pop directional formatting",
    "\u202d": "left-to-right override",
    "\u202e": "right-to-left override",
    "\u2066": "left-to-right isolate",
    "\u2067": "right-to-left isolate",
    "\u2068": "first strong isolate",
    "\u2069": "pop directional isolate",
    "\u061c": "Arabic letter mark",
    "\u2061": "function application",
    "\u2062": "invisible times",
    "\u2063": "invisible separator",
    "\u2064": "invisible plus",
}


@lru_cache(maxsize=1)
def _hyphenating_function_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_lines("encoding_hyphenating_languages.txt"))


_LATIN_WORD = patterns.compile(r"\p{L}+")


def _soft_hyphens_are_debris(document: Document) -> bool:
    """English text, where a soft hyphen has no business, as opposed to German, Dutch,
    Nordic ... text, which uses it for hyphenation hints. ``is_english`` wants prose;
    a list-heavy English page (a menu, a recipe) is accepted when English function
    words still clearly outnumber those of the hyphenating languages."""

    def compute(doc: Document) -> bool:
        if is_english(doc):
            return True
        sample = doc.text[:4000].lower()
        words = _LATIN_WORD.findall(sample)
        if not words:
            return False
        foreign = sum(1 for w in words if w in _hyphenating_function_words()) / len(words)
        return english_share(sample) >= 0.025 and foreign < 0.02

    return document.memo("encoding.soft_hyphens_are_debris", compute)


def _holds_right_to_left(document: Document) -> bool:
    """Whether the text holds a letter of a right-to-left script (the Arabic letter
    mark, of the Arabic script itself, does not count)."""
    text = document.text
    if "\u061c" in text:
        text = text.replace("\u061c", "")
    return _RIGHT_TO_LEFT.search(text) is not None


def _matches(pattern: patterns.BoundedPattern, char: str) -> bool:
    return bool(char) and pattern.match(char) is not None


#: The invisible characters reported after a sentence mark or a closing quote, and
#: those marks: a zero-width space there pads nothing a writer typed.
_GLUED_AFTER_MARK = frozenset("\u200b")
_SENTENCE_MARKS_AND_CLOSERS = frozenset(".,;:!?”’\")]")


def _invisible_is_artefact(document: Document, run: str, before: str, after: str, at_start: bool) -> bool:
    kinds = set(run)
    # Next to a letter or digit, or at the start of a token ("@handle", "+44 ..."), the
    # character splits or pads a word.
    touches_word = (
        _matches(_WORD_CHAR, before)
        or _matches(_WORD_CHAR, after)
        or ((not before or before.isspace()) and bool(after) and not after.isspace())
    )
    if kinds & _DIRECTION_MARKS:
        # A directional mark orders right-to-left text against the text around it; in
        # a text without a letter of a right-to-left script it orders nothing.
        if document.memo("encoding.right_to_left", _holds_right_to_left):
            return False
    if not kinds.isdisjoint(_BIDI_CONTROLS):
        return True  # an embedding, isolate or pop in left-to-right text: it orders nothing
    if "\u180e" in kinds and (_matches(_MONGOLIAN, before) or _matches(_MONGOLIAN, after)):
        return False  # Mongolian: the separator selects a vowel's form
    if "\ufeff" in kinds:
        # A byte-order mark opens a file; inside the text it has no business.
        return not (at_start and kinds == {"\ufeff"})
    if "\u200d" in kinds and (_matches(_EMOJI_PART, before) or _matches(_EMOJI_PART, after)):
        return False  # an emoji ZWJ sequence: 🏳️‍🌈
    if kinds & {"\u200c", "\u200d"} and (_matches(_JOINING_SCRIPT, before) or _matches(_JOINING_SCRIPT, after)):
        return False  # Persian, Hindi ...: the joiner shapes the letters
    if "\u200b" in kinds and _matches(_UNSPACED_SCRIPT, before) and _matches(_UNSPACED_SCRIPT, after):
        return False  # Thai, Khmer ...: U+200B is the word separator
    if kinds == {"\u00ad"}:
        # Soft hyphens are legitimate hyphenation hints in German (and other) text;
        # inside an English word, or at either edge of a word or a token ("#tag",
        # where it hints at nothing), they are debris. One before a line break (or at
        # the end of the text) may still mark a word split across the break: left alone.
        if not after or after in "\r\n":
            return False
        return touches_word and _soft_hyphens_are_debris(document)
    if "\u00ad" in kinds and not _soft_hyphens_are_debris(document):
        return False
    # Next to a letter or digit the character splits or pads a word; alone on a line
    # it changes no word and is left alone. Glued to a sentence mark or a closing quote
    # ("said,\u200b the", "in May.\u200b"), a zero-width space is the debris of an
    # editor's markup too: it breaks nothing but was never typed. (A word joiner there
    # may keep a mark from starting a line.)
    return touches_word or (
        kinds <= _GLUED_AFTER_MARK and bool(before) and before in _SENTENCE_MARKS_AND_CLOSERS
    )


def _runs(text: str, chars) -> list[tuple[int, int]]:
    """``(start, end)`` of each maximal run of ``chars`` in ``text``, in order: found from
    each character's occurrences (``str.find``, a ``memchr``), where a scan of the text
    for a character class would test every character."""
    positions = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            positions.append(at)
            at = text.find(char, at + 1)
    positions.sort()
    runs: list[tuple[int, int]] = []
    for at in positions:
        if runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], at + 1)
        else:
            runs.append((at, at + 1))
    return runs


class InvisibleCharacter(Rule):
    """## What it does
    Finds invisible format characters inside or at the edge of a word or token
    (``@handle``, ``+44 ...``): zero-width space (U+200B), zero-width non-joiner and
    joiner (U+200C, U+200D), word joiner (U+2060), the invisible operators of
    mathematical markup (U+2061..U+2064), the Mongolian vowel separator (U+180E)
    outside Mongolian, a byte-order mark inside the text (U+FEFF), in a text without
    right-to-left letters the left-to-right and right-to-left marks (U+200E, U+200F),
    the Arabic letter mark (U+061C) and every bidirectional control: embeddings,
    overrides and isolates with their pops (U+202A..U+202E, U+2066..U+2069, as
    copy-paste from social media leaves around handles and phone numbers, reported
    wherever they stand; the right-to-left embedding, the pop, the overrides and the
    Arabic letter mark only in a text holding another directional character, as
    copy-paste leaves them together),
    and, in English text, soft hyphens (U+00AD).

    ## Why is this bad?
    They come from CMS editors, copy-paste and hyphenation scripts, and the text looks
    normal to a reader, but ``minu\\u200btes`` is not the word ``minutes``: search,
    spell-checking, tokenisers and deduplication all treat it as a different string.

    ## Example
    ```text
    It charges Rs 299 for fifteen minu\\u200btes of pure air.
    ```

    ## Use instead
    ```text
    It charges Rs 299 for fifteen minutes of pure air.
    ```

    ## Fix safety
    Safe: the characters are invisible, so deleting them changes no visible text.
    Legitimate uses are not flagged: a ZWJ inside an emoji sequence (🏳️‍🌈), ZWJ and
    ZWNJ next to Arabic-script or Brahmic letters (Persian, Urdu, Hindi ...), U+200B
    between Thai, Lao, Khmer, Myanmar or Tibetan letters (their word separator), a BOM
    at the very start of the text, U+180E next to Mongolian letters, directional marks
    and controls in a text holding Hebrew, Arabic
    or another right-to-left script (where they order the text), and soft hyphens
    outside English documents (German text uses them as hyphenation hints). A character that touches no letter or digit
    (alone on a line) splits no word and is left alone, except a zero-width space glued
    to a sentence mark or a closing quote (``said,\u200b the``, ``in May.\u200b``),
    which no writer typed.
    """

    code = "NL603"
    gate = staticmethod(_may_hold_artefacts)
    name = "invisible-character"
    category = Category.ENCODING
    summary = "Invisible format character inside a word"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        present = (rare_characters(document) & _INVISIBLE_CHARS) | format_controls(document)
        if not present:
            return
        for start, end in _runs(text, present):
            run = text[start:end]
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if not _invisible_is_artefact(document, run, before, after, start == 0):
                continue
            names = ", ".join(dict.fromkeys(f"U+{ord(c):04X} {_NAMES[c]}" for c in run))
            fix = Fix.safe("Delete the invisible character" + ("s" if len(run) > 1 else ""), Edit(start, end))
            yield self.diagnostic(document, start, end, message=f"Invisible character in text: {names}", fix=fix)


# --------------------------------------------------------------- replacement character


class ReplacementCharacter(Rule):
    """## What it does
    Finds U+FFFD REPLACEMENT CHARACTER (``�``), which a decoder writes where it met
    bytes it could not decode.

    ## Why is this bad?
    A character of the original text is gone: a quote mark, a dash, an accented
    letter. The sentence reads ``the NYAG�s questions`` and no tool can tell for sure
    what stood there.

    ## Example
    ```text
    According to Reuters, the NYAG�s questions include the lease deals.
    ```

    ## Use instead
    ```text
    According to Reuters, the NYAG’s questions include the lease deals.
    ```

    ## Fix safety
    No fix: the lost character cannot be recovered from the text. Re-fetch or
    re-decode the source, or correct it by hand.
    """

    code = "NL604"
    gate = staticmethod(_may_hold_artefacts)
    name = "replacement-character"
    category = Category.ENCODING
    summary = "Replacement character U+FFFD: a character was lost in decoding"
    fix_availability = FixAvailability.NEVER

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        if "\ufffd" not in rare_characters(document):
            return
        for start, end in _runs(text, "\ufffd"):
            count = end - start
            message = self.summary if count == 1 else f"{count} replacement characters U+FFFD: characters were lost in decoding"
            yield self.diagnostic(document, start, end, message=message)


# ------------------------------------------------------------------ control characters

_CONTROL = patterns.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|[\x80-\x9f]+|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_NOT_CONTROL = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd" + _OTHER_INVISIBLE)
_SEPARATORS = set("\x0b\x0c\x1c\x1d\x1e\x1f")


def _control_runs(text: str, chars: frozenset[str]) -> list:
    """The matches of ``_CONTROL`` in ``text``, in order. Every match starts at one of
    the control characters ``chars`` the text holds, and one starts at each of them that
    an earlier match does not cover: so they are found by matching at the next such
    character (``str.find``), where a scan would test every character of the text."""
    following = {char: text.find(char) for char in chars}
    following = {char: at for char, at in following.items() if at >= 0}
    found = []
    while following:
        at = min(following.values())
        match = _CONTROL.match(text, at)
        if match is not None:
            found.append(match)
        end = match.end() if match is not None else at + 1
        for char, position in list(following.items()):
            if position < end:
                position = text.find(char, end)
                if position < 0:
                    del following[char]
                else:
                    following[char] = position
    return found


def _cp1252(char: str) -> str | None:
    try:
        return bytes([ord(char)]).decode("cp1252")
    except UnicodeDecodeError:
        return None


class ControlCharacter(Rule):
    """## What it does
    Finds control characters in the text other than tab, line feed and carriage
    return: C0 controls (NUL, ESC and terminal colour codes, vertical tab, form
    feed ...), DEL, and C1 controls (U+0080..U+009F).

    ## Why is this bad?
    Control characters are not text. C1 controls in web text are nearly always
    Windows-1252 punctuation decoded as Latin-1 (``\\x92`` was ``’``, ``\\x97`` was
    ``—``); C0 controls are binary debris, terminal escapes or Word's manual line
    break (vertical tab). They break JSON and XML consumers and display as boxes.

    ## Example
    ```text
    The company\\x92s shares fell\\x97sharply.
    ```

    ## Use instead
    ```text
    The company’s shares fell—sharply.
    ```

    ## Fix safety
    Safe. A C1 control that is a Windows-1252 character becomes that character (the
    same repair ftfy's ``fix_c1_controls`` makes). A terminal escape sequence and other
    C0 controls are deleted. Separators (vertical tab, form feed, U+001C..U+001F)
    become a space between two words and are deleted elsewhere. The five C1 codes that
    Windows-1252 leaves undefined are only flagged, with an unsafe deletion. C1
    characters inside a word that NL601 repairs as mojibake are left to NL601.
    """

    code = "NL605"
    gate = staticmethod(_may_hold_artefacts)
    name = "control-character"
    category = Category.ENCODING
    summary = "Control character in text"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        present = rare_characters(document) - _NOT_CONTROL
        if not present:
            return
        matches = _control_runs(text, present)
        mojibake = None
        for match in matches:
            start, end = match.span()
            run = match.group()
            if run[0] == "\x1b" and len(run) > 1 and run[1] == "[":
                fix = Fix.safe("Delete the terminal escape sequence", Edit(start, end))
                yield self.diagnostic(document, start, end, message=f"Terminal escape sequence {run!r}", fix=fix)
                continue
            if any("\x80" <= c <= "\x9f" for c in run):
                if mojibake is None:
                    mojibake = mojibake_spans(document)
                if any(a < end and start < b for a, b, _, _ in mojibake):
                    continue
            yield self._report(document, start, end, run)

    def _report(self, document: Document, start: int, end: int, run: str) -> Diagnostic:
        text = document.text
        codes = ", ".join(f"U+{ord(c):04X}" for c in run)
        if all("\x80" <= c <= "\x9f" for c in run):
            decoded = [_cp1252(c) for c in run]
            if all(decoded):
                replacement = "".join(decoded)
                fix = Fix.safe(f"Replace with {replacement!r} (Windows-1252)", Edit(start, end, replacement))
                return self.diagnostic(
                    document, start, end, fix=fix,
                    message=f"C1 control character {codes}: Windows-1252 {replacement!r} decoded as Latin-1",
                )
            fix = Fix.unsafe("Delete the control character", Edit(start, end))
            return self.diagnostic(document, start, end, message=f"C1 control character {codes}", fix=fix)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if any(c in _SEPARATORS for c in run) and not before.isspace() and not after.isspace():
            fix = Fix.safe("Replace with a space", Edit(start, end, " "))
        else:
            fix = Fix.safe("Delete the control character", Edit(start, end))
        return self.diagnostic(document, start, end, message=f"Control character {codes} in text", fix=fix)


# ------------------------------------------------------------------ escape sequences

# A text encoded twice (JSON inside JSON, a string literal printed with its escapes)
# keeps the escapes as text. Each shape is read where prose holds it, not code:
# - "\u2019" (a character by its code, or a surrogate pair), touching a letter or a
#   curly quote on one side at least ("mayor\u2019s", "\u201cWe"); one between spaces
#   or straight quotes ('"\u00e9"') is how a text about escapes writes one;
# - a quotation whose both marks are escaped ('he said \"we will\" on'), and an
#   escaped apostrophe inside a word ("it\'s");
# - "\n" (one or more, maybe with "\r") after a sentence's end and before a capital or
#   a quote: a line break ("Monday.\n\nIt voted"), not "C:\new" or "hello\n" in code;
# - "\/" in a web address ("https:\/\/example.com\/story").
_ESCAPE = patterns.compile(
    r"(?P<unicode>\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4})"
    r"|(?<=\s|^)(?P<quotation>\\\"(?=[\p{L}\p{N}])[^\"\\\n]{1,300}?(?<=[\p{L}\p{N}.,!?])\\\")(?=[\s.,;:!?)]|$)"
    r"|(?<=\p{L})(?P<apostrophe>\\')(?=\p{L})"
    r"|(?<=[.!?”’])(?P<newline>(?:\\r)?\\n(?:(?:\\r)?\\n)*)(?=[ \t]*(?:[\p{Lu}“‘]|\"\p{L}))"
    r"|(?<=https?:)(?P<slash>\\/\\/[^\s\"<>]*)"
)
#: Characters of code around an escape: a line holding one is left alone.
_ESCAPE_CODE_MARKS = frozenset("{}[]=<>;`|")
#: Fewest words on an escape's line (within reach) for it to be a line of prose.
_ESCAPE_LINE_WORDS = 5


def _may_hold_escape(document: Document) -> bool:
    """The gate of NL606: every escape starts with a backslash, which prose has none of."""
    return "\\" in document.text


def _escape_line_is_prose(text: str, start: int, end: int) -> bool:
    """Whether the line around the escape (up to 200 characters each side) is prose: five
    words or more, no mark of code, no doubled backslash (a Windows path, an escape
    quoted as an example) and no escaped key of JSON ('\\"Effect\\": ')."""
    before, after = line_around(text, start, end)
    around = before + " " + after
    if "\\\\" in around or '\\":' in around or "\\\\" in text[max(0, start - 1) : end + 1]:
        return False
    return len(around.split()) >= _ESCAPE_LINE_WORDS and not any(char in _ESCAPE_CODE_MARKS for char in around)


def _unicode_escape(escape: str) -> str | None:
    """The character a "\\uXXXX" escape (or a surrogate pair of two) stands for; None for
    a lone surrogate or a control character, which no text means to hold."""
    units = [int(part, 16) for part in escape.split("\\u")[1:]]
    if len(units) == 2:
        char = chr(0x10000 + ((units[0] - 0xD800) << 10) + (units[1] - 0xDC00))
    else:
        char = chr(units[0])
        if 0xD800 <= units[0] <= 0xDFFF:
            return None
    return char if char.isprintable() or char.isspace() else None


class EscapeSequence(Rule):
    """## What it does
    Finds escape sequences left in the text as characters: a character written by its
    code (``mayor\\u2019s``, ``\\u201cWe will\\u201d``), an escaped quote (``he said
    \\"no\\"``), line breaks written as ``\\n`` between sentences (``Monday.\\n\\nIt
    voted``) and escaped slashes in a web address (``https:\\/\\/example.com``).

    ## Why is this bad?
    The text was encoded twice, as JSON inside JSON or as a string literal printed with
    its escapes, and then decoded once. Readers see backslashes and codes where a quote
    mark, an apostrophe or a paragraph break should be; search and models see words
    glued to codes ("mayor\\u2019s" is not "mayor’s").

    ## Example
    ```text
    The mayor\\u2019s office said it would \\"look again\\" at the plan.
    ```

    ## Use instead
    ```text
    The mayor’s office said it would "look again" at the plan.
    ```

    ## Fix safety
    Safe for a character code, an escaped quote and escaped slashes: each becomes the
    character it stands for. Unsafe for ``\\n``, which becomes a line break and changes
    the layout of the text. Read only on a line of prose: five words or more, and no
    code (braces, brackets, ``=``, ``;``, angle brackets, backticks, an escaped JSON key
    ``\\"name\\":``) or doubled backslash (a Windows path, an escape quoted as an
    example). A character code standing alone between spaces is how a text about escapes
    writes one, and is not reported either.
    """

    code = "NL606"
    gate = staticmethod(_may_hold_escape)
    name = "escape-sequence"
    category = Category.ENCODING
    summary = "Escape sequence left as text"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        for match in _ESCAPE.finditer(text):
            start, end = match.span()
            if not _escape_line_is_prose(text, start, end):
                continue
            escape = match.group()
            if match["unicode"]:
                before = text[start - 1] if start else " "
                after = text[end] if end < len(text) else " "
                if (before.isspace() or before in "\"'") and (after.isspace() or after in "\"'"):
                    continue  # 'write "\u00e9" for é': an escape quoted in a text about escapes
                char = _unicode_escape(escape)
                if char is None:
                    continue
                fix = Fix.safe(f"Replace with {char!r}", Edit(start, end, char))
            elif match["quotation"]:
                edits = (Edit(start, start + 1), Edit(end - 2, end - 1))
                yield self.diagnostic(
                    document, start, end, message="Quotation marks escaped as '\\\"' left as text",
                    fix=Fix(edits, Applicability.SAFE, "Drop the backslashes"),
                )
                continue
            elif match["apostrophe"]:
                fix = Fix.safe("Replace with \"'\"", Edit(start, end, "'"))
            elif match["newline"]:
                breaks = escape.replace("\\r", "").replace("\\n", "\n")
                fix = Fix.unsafe("Replace with line breaks", Edit(start, end, breaks))
            else:
                fix = Fix.safe("Replace '\\/' with '/'", Edit(start, end, escape.replace("\\/", "/")))
            yield self.diagnostic(document, start, end, message=f"Escape sequence '{escape[:24]}' left as text", fix=fix)


RULES = [Mojibake, HtmlEntity, InvisibleCharacter, ReplacementCharacter, ControlCharacter, EscapeSequence]
