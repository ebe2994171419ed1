"""Encoding rules (NL6xx): firing, non-firing and fixed examples for each rule."""

from __future__ import annotations

import pytest

from newslint.api import Linter
from newslint.model import Applicability
from newslint.testing import assert_fires, assert_fixes, assert_passes

ENGLISH = (
    "The council said on Monday that it would review the plan for the new bridge, "
    "and that the work was expected to start in the spring after a vote by the members. "
)
GERMAN = (
    "Die Stadt hat am Montag mitgeteilt, dass der Plan für die neue Brücke geprüft wird "
    "und die Arbeiten im Frühjahr beginnen sollen, wenn der Rat zustimmt. "
)


# --------------------------------------------------------------------------- NL601


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Lenaâ€™s shop reopened.", "Lena’s shop reopened."),  # cp1252 reading
        ("Lenaâ\x80\x99s shop reopened.", "Lena’s shop reopened."),  # Latin-1 reading
        ("The CafÃ© Nord menu.", "The Café Nord menu."),
        ("It costs Â£5 today.", "It costs £5 today."),
        ("Ã‰cole", "École"),
        ("She said â€œnoâ€\x9d twice.", "She said “no” twice."),
        ("ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "Привет мир"),  # Cyrillic read as cp1252
        ("РџСЂРёРІРµС‚", "Привет"),  # Cyrillic read as cp1251
        ("Classifica\u00c3\u00a7\u00c3\u00a3o final", "Classificação final"),
        # UTF-8 read as other code pages: MacRoman, code page 437, Windows-1250/1251, KOI8-R.
        ("Ines Mart√≠n‚Äôs goal", "Ines Martín’s goal"),
        ("S√£o Vicente harbour", "São Vicente harbour"),
        ("the clubΓÇÖs plan", "the club’s plan"),
        ("Lenka DvoĹ™Ăˇkov√° said", "Lenka Dvořáková said"),
        ("Renata NГєГ±ez and JosГ© Ruiz", "Renata Núñez and José Ruiz"),
        ("the coach Hans MГјller of SГЈo Paulo", "the coach Hans Müller of São Paulo"),  # page letters inside a Latin word
        ("Ana said that itвЂ™s over", "Ana said that it’s over"),  # (Cyrillic readings: English text only)
        ("Pierre Lefц╗vre said that he was fine", "Pierre Lefèvre said that he was fine"),
        ("the coachБ─≥s plan", "the coach’s plan"),
        # Windows-1252 readings ftfy's heuristics pass over: undone by the same segments.
        ("the Brandâ„¢ range", "the Brand™ range"),
        ("coach Åžtefan Å¢urcanu said", "coach Ştefan Ţurcanu said"),
        # MacRoman's other leads: "ƒ", "≈", "∆", "·" (Vietnamese) and U+F8FF (emoji).
        # ("ƒ", "≈", "∆" are looked for in a text the gate opened: here by "°".)
        ("Grzegorz Brzƒôczek and ≈ûtefan at 20 °C", "Grzegorz Brzęczek and Ştefan at 20 °C"),
        ("Tr·∫ßn Th·ªã H∆∞∆°ng spoke", "Trần Thị Hương spoke"),
        ("the Brand‚Ñ¢ range", "the Brand™ range"),
        ("what a night \uf8ffüëè\uf8ffüèΩ", "what a night 👏🏽"),
        ("3 √ó 4 metres", "3 × 4 metres"),
        ("the rzÄ…d of Poland", "the rząd of Poland"),  # Windows-1252, which ftfy leaves
        # A no-break space read as "Â\u00a0", its second half then made a plain space.
        ("The priceÂ is high.", "The price\u00a0is high."),
        ("he said.Â The vote", "he said.\u00a0The vote"),
        ("the 5Â km race", "the 5\u00a0km race"),
    ],
)
def test_mojibake_is_repaired(broken, fixed):
    assert_fires("NL601", broken)
    assert_fixes("NL601", broken, fixed)


def test_mojibake_is_reported_on_the_changed_characters_only():
    found = assert_fires("NL601", "Lenaâ€™s shop", count=1, span="â€™")
    assert found[0].fix.applicability is Applicability.SAFE
    assert "Windows-1252" in found[0].message


def test_each_mojibake_word_is_its_own_diagnostic():
    assert_fires("NL601", "â€œbandit groupsâ€\x9d and â€”", count=3)


@pytest.mark.parametrize(
    "text",
    [
        "São Paulo, ATENÇÃO, NÃO, IRMÃ and CAPITÃ are Portuguese.",
        "The café’s naïve owner, Zoë’s pâté, déjà vu — voilà…",
        "Señor Müller’s château in Ðakovo; José’s très» bon",
        "Україні, Різдво, Сёмга, СССР» are Cyrillic words.",
        "Она сказала, что её брат Гімн знає; Гё, Д«Ё»",  # Cyrillic letters are no followers
        "The root √π ≈ 1.77 and ≈£5bn ƒ/2.8",  # maths signs with no letter around them
        "A table ├── src and ┼ cross, ΓΑΜΜΑ",
        "Plain ASCII text with no accents at all.",
        "Curly quotes “like these” and dashes – and — are fine.",
        "The sign read “GENÇ” and “CAFÉ” and “HÄ” in capitals.",  # an accented capital before a quote
        "Er sagte „BLÄ“ und »Ö« und ›Ü‹ im Büro.",  # German closing quotes
        "Le ministre a dit «CAFÉ» et «ÇA» ; la col·lecció, l’été.",
        "Prices ≈£5bn, ∆T = 3 K, ƒ/2.8 and 3·10⁻⁶ m, a \uf8ff Watch",
        "O ÂNGELO e a ÂNCORA; Ă, Â, B; Î și Â.",  # "Â" in words and lists, before no space
    ],
)
def test_correct_accented_text_is_not_mojibake(text):
    assert_passes("NL601", text)


@pytest.mark.parametrize("text", ["We won ðŸ™ðŸ™ tonight", "Great game ðŸ‘ðŸ½", "Love it â¤ï¸"])
def test_mojibake_of_an_emoji_that_lost_a_byte_gets_only_an_unsafe_fix(text):
    # A sloppy decoder (or a cleaner of C1 characters) dropped the emoji's 8D, 8F or 9D:
    # the word is mojibake, but what stood there cannot be told for sure.
    found = assert_fires("NL601", text)
    assert all(d.fix.applicability is Applicability.UNSAFE for d in found)
    assert all("\ufffd" in d.fix.edits[0].content for d in found)


@pytest.mark.parametrize(
    "text",
    [
        "Opened as Windows-1252, the UTF-8 bytes of é show up as Ã© and an apostrophe as â€™.",
        "A common symptom of a wrong encoding is \"CafÃ©\" for \"Café\".",
        "In the logs the name reads `JosÃ©` where José was meant.",  # inline code
    ],
)
def test_mojibake_quoted_in_prose_about_encodings_is_left_alone(text):
    assert_passes("NL601", text)


@pytest.mark.parametrize(
    "text",
    [
        # Both forms of the word quoted in the paragraph, without the words of encodings.
        'The file had turned every "café" in the menu into "cafÃ©", a classic sign of text saved in one format and read in another.',
        "Le logiciel écrivait « JosÃ© » au lieu de « José » sur les cartes d’électeur.",
    ],
)
def test_mojibake_quoted_beside_its_repaired_form_is_left_alone(text):
    assert_passes("NL601", text)


@pytest.mark.parametrize(
    "text",
    [
        'The "CafÃ©" opened on Tuesday.',  # quoted, but not beside "Café"
        'Café owners said the "CafÃ©" sign was new.',  # the repaired word, but unquoted
    ],
)
def test_quoted_mojibake_without_its_quoted_repair_still_fires(text):
    assert_fires("NL601", text)


def test_mojibake_inside_a_word_of_prose_about_encodings_is_still_mojibake():
    text = "The firm sells Unicode fonts, and Iranâ€™s buyers use the wrong encoding."
    assert_fires("NL601", text, count=1, span="â€™")


def test_mojibake_fix_never_uncurls_quotes_or_changes_width():
    # Only the mojibake word changes: curly quotes and full-width forms stay.
    assert_fixes("NL601", "“Quoted” ＡＢＣ and Lenaâ€™s", "“Quoted” ＡＢＣ and Lena’s")


# --------------------------------------------------------------------------- NL602


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Procter &amp; Gamble", "Procter & Gamble"),
        ("It isn&#8217;t over", "It isn’t over"),
        ("It isn&#x2019;t over", "It isn’t over"),
        ("He said &quot;yes&quot;.", 'He said "yes".'),
        ("close to&nbsp;the river", "close to the river"),  # a plain space, not U+00A0
        ("close to&#160;the river", "close to the river"),
        ("a &mdash; b", "a — b"),
        ("&amp;quot;twice&amp;quot;", '"twice"'),  # escaped twice: one level per pass
        ("It isn&#8217t over", "It isn’t over"),  # the ";" lost
        ("a &#8212 b", "a — b"),
        ("It isn&#x2019t over", "It isn’t over"),
        ("close to&#160the river", "close to the river"),
    ],
)
def test_html_entity_is_decoded(broken, fixed):
    assert_fires("NL602", broken)
    assert_fixes("NL602", broken, fixed)


@pytest.mark.parametrize(
    "text",
    [
        "AT&T and R&D spending; Q&A sessions; B&Q; Johnson & Johnson",
        "Fish &chips; salt &vinegar",  # a name HTML does not define
        "Tom &ampersand Jerry",  # a name HTML does not define, without a semicolon
        "B &and C, X &not Y",  # names that are English words need their semicolon
        "See https://x.example/?q=1&copy=2 and ?lang=en&mdash",  # inside a URL
        "Search for ?a=1&b=2 in the logs",
        "Seed &#1 plays seed #2; colour &#xfg",  # one digit, or no hex digits
        "Example: set &ic and &nu, then read &gap from the list.",  # short names: options, not entities
        "To escape an ampersand, write `&amp;` instead of `&`; `&lt;div&gt;` shows a tag.",  # inline code
        "In HTML the template prints &amp;amp; when a value is escaped twice.",  # prose about HTML
        "Use the named reference &copy; inside HTML attributes only.",
        "A 31&degC day and a 4&times4 truck",  # short or English names before a letter or digit
    ],
)
def test_ampersand_in_prose_is_not_an_entity(text):
    assert_passes("NL602", text)


@pytest.mark.parametrize(
    "text",
    [
        # A reference quoted beside the character it stands for, in the same paragraph.
        'Readers who saw "&amp;" instead of "&" in our headlines on Monday were seeing a bug, since fixed.',
        "The site printed “&nbsp;” where a space “ ” belonged, and “&mdash;” for “—”.",
    ],
)
def test_reference_quoted_beside_its_character_is_left_alone(text):
    assert_passes("NL602", text)


@pytest.mark.parametrize(
    "text",
    [
        'He said "&quot;" and then "yes".',  # quoted, but its character is not
        'The sign read "Fish &amp; Chips" and "&" was all we saw.',  # not a quote of its own
    ],
)
def test_quoted_reference_without_its_quoted_character_still_fires(text):
    assert_fires("NL602", text)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Tom &amp Jerry", "Tom & Jerry"),  # a named reference that lost its ";"
        ("the end&mdash and more", "the end— and more"),
        ("the mayor&rsquos office", "the mayor’s office"),  # quote names before a letter
        ("It was &ldquo;fine&rdquo, she said", "It was “fine”, she said"),
        ("a&NBSP;gap, &MDASH; here", "a gap, — here"),  # upper-cased with the text
        ("the M&uumlnchen office", "the München office"),  # a letter's name before a letter
        ("caf&eacutes and the Fran&ccedilois case", "cafés and the François case"),
        ("the 2019&ndash2021 period, a fee of &euro30", "the 2019–2021 period, a fee of €30"),
        ("the &quotbest&quot deal", 'the "best" deal'),
        ("the 5&#0160;km and 5&#x000a0;km races", "the 5 km and 5 km races"),  # zeros before 160
        ("Procter &amp; Gamble said its HTML page was down.", "Procter & Gamble said its HTML page was down."),
    ],
)
def test_entity_of_other_shapes_is_expanded(broken, fixed):
    assert_fires("NL602", broken)
    assert_fixes("NL602", broken, fixed)


def test_invalid_numeric_reference_is_flagged_without_fix():
    found = assert_fires("NL602", "a &#0; b", count=1)
    assert found[0].fix is None


# --------------------------------------------------------------------------- NL603


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("fifteen minu\u200btes of air", "fifteen minutes of air"),
        ("the \u200bdesign of the car", "the design of the car"),
        ("languages \u200b\u200bother than", "languages other than"),
        ("a word\u2060joined", "a wordjoined"),
        ("inside\ufefftext", "insidetext"),
        ("Latin\u200cletters", "Latinletters"),
        ("Latin\u200dletters", "Latinletters"),
        (ENGLISH + "multi-game suspen\u00adsions", ENGLISH + "multi-game suspensions"),
        (ENGLISH + "the \u00adferry", ENGLISH + "the ferry"),  # no hyphenation point at a word's start
        ("the ferry\u200e sailed at noon", "the ferry sailed at noon"),
        ("the \u200fferry sailed", "the ferry sailed"),
        ("the \u180eferry sailed", "the ferry sailed"),  # Mongolian vowel separator
        ("call \u202a+1 555 0100\u202c today", "call +1 555 0100 today"),  # bidi embedding and pop
        ("by \u202a@ferrywatch\u202c", "by @ferrywatch"),
        # The other bidirectional controls, in text without right-to-left letters.
        ("follow \u2068@harbourwatch\u2069 for updates", "follow @harbourwatch for updates"),  # isolates
        ("the \u202bnew\u202c \u2068terminal\u2069", "the new terminal"),  # right-to-left embedding
        # Overrides, a pop and the Arabic letter mark: next to another directional character.
        ("the \u202eterminal\u202c opened \u2066today\u2069", "the terminal opened today"),
        ("\u200ethe terminal\u202d opened", "the terminal opened"),
        ("the ferr\u2067y sailed", "the ferry sailed"),
        ("the \u061cferry \u200esailed", "the ferry sailed"),  # Arabic letter mark outside Arabic
        # The invisible operators of mathematical markup.
        ("the sched\u2062ule changed", "the schedule changed"),
        ("the \u2061ferry and \u2063the\u2064 bus", "the ferry and the bus"),
        # Soft hyphens at a word's end or before a sign that starts a token.
        (ENGLISH + "the volunteers\u00ad were thanked", ENGLISH + "the volunteers were thanked"),
        (ENGLISH + "the \u00ad#harbour tag", ENGLISH + "the #harbour tag"),
        # A zero-width space glued to a sentence mark or a closing quote.
        ("the ferry sailed,\u200b and the bus left", "the ferry sailed, and the bus left"),
        ("The ferry sailed at noon.\u200b\n\nThe bus left.", "The ferry sailed at noon.\n\nThe bus left."),
        ("“We sail at noon,”\u200b she said.", "“We sail at noon,” she said."),
    ],
)
def test_invisible_character_is_deleted(broken, fixed):
    assert_fires("NL603", broken)
    assert_fixes("NL603", broken, fixed)


@pytest.mark.parametrize(
    "text",
    [
        "Pride 🏳️\u200d🌈 and a family 👨\u200d👩\u200d👧 emoji",  # ZWJ sequences
        "می\u200cخواهم",  # Persian ZWNJ
        "क्\u200dष",  # Devanagari ZWJ
        "ภาษา\u200bไทย",  # Thai word separator
        "\ufeffA byte-order mark at the very start.",
        GERMAN + "Not\u00adfall\u00adda\u00adten\u00adsatz",  # German hyphenation hints
        "A line of its own:\n\n\u200b\n\nand words after final punctuation.\u2060\u2060\n",
        "The mayor of \u05ea\u05dc \u05d0\u05d1\u05d9\u05d1\u200f said on 12\u200e May that",  # Hebrew: marks order it
        "\u0645\u0631\u062d\u0628\u0627\u200e 2019",  # Arabic
        "\u202a\u0645\u0631\u062d\u0628\u0627\u202c said the sign",  # an embedding around Arabic
        "a pop\u202c with nothing to close",  # looked for only after an embedding or override
        "\u2067\u05e9\u05dc\u05d5\u05dd\u2069 means peace",  # an isolate around Hebrew
        "\u0627\u0644\u0639\u062f\u062f \u061c-5",  # the Arabic letter mark in Arabic text
        "an operator alone on a line:\n\n\u2062\n",
        ENGLISH + "a word split across a line\u00ad\nbreak",  # may mark a split at the break
        "\u182e\u1823\u1829\u180e\u1820",  # Mongolian
        GERMAN + "\u00adNot",
    ],
)
def test_legitimate_invisible_characters_are_left_alone(text):
    assert_passes("NL603", text)


def test_soft_hyphen_in_an_english_list_page_is_flagged():
    # A list-heavy English page fails the prose test of is_english, but it is not German.
    page = "Meal Plan\n\nBreakfast\n\nEat this before your workout\n\nWorkout Supplem\u00adent\n\nDrink it during the run"
    assert_fires("NL603", page, count=1)


# --------------------------------------------------------------------------- NL604


def test_replacement_character_is_flagged_without_a_fix():
    found = assert_fires("NL604", "the agency\ufffds report", count=1, span="\ufffd")
    assert found[0].fix is None
    assert_fixes("NL604", "the agency\ufffds report", "the agency\ufffds report")


def test_a_run_of_replacement_characters_is_one_diagnostic():
    found = assert_fires("NL604", "Seoul \ufffd\ufffd\ufffd news", count=1, span="\ufffd\ufffd\ufffd")
    assert "3" in found[0].message


def test_text_without_replacement_character_passes():
    assert_passes("NL604", "A question mark? And a box \u25a1 are fine.")


# --------------------------------------------------------------------------- NL605


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("The company\x92s shares", "The company’s shares"),  # cp1252 read as Latin-1
        ("fell\x97sharply", "fell—sharply"),
        ("\x93quoted\x94", "“quoted”"),
        ("\x1b[31mred\x1b[0m text", "red text"),  # terminal colour codes
        ("nul\x00byte", "nulbyte"),
        ("line\x0bbreak", "line break"),  # Word's manual line break between words
        ("end.\x0c", "end."),
    ],
)
def test_control_character_is_repaired(broken, fixed):
    assert_fires("NL605", broken)
    assert_fixes("NL605", broken, fixed)


def test_undefined_c1_control_gets_only_an_unsafe_deletion():
    found = assert_fires("NL605", "odd\x81char", count=1)
    assert found[0].fix.applicability is Applicability.UNSAFE


def test_tab_newline_and_carriage_return_are_not_controls():
    assert_passes("NL605", "a\tb\r\nc\nd")


def test_c1_inside_mojibake_is_left_to_nl601():
    text = "Bolton â\x80\x94 the adviser"
    assert_passes("NL605", text)
    assert_fires("NL601", text, count=1)


# ------------------------------------------------------------------ the family together


def test_encoding_family_is_silent_on_clean_multilingual_prose():
    linter = Linter(select=["encoding"])
    text = (
        ENGLISH + "\n\n" + GERMAN + "\n\nO São Paulo venceu. Привет! 안녕하세요. "
        "AT&T’s “offer” — 10\u00a0km — costs €5.\n"
    )
    assert linter.check(text) == []


# --------------------------------------------------------------------- the family's gate
# One test per document rules the family out of clean text; it must open wherever a rule
# of the family reports (tests/test_properties.py checks that on every rule example).

from newslint import Document  # noqa: E402
from newslint_rules.encoding import _may_hold_artefacts, _may_hold_mojibake  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        GERMAN,
        "O São Paulo venceu em Łódź, disse Søren Kierkegaard à “Folha”: it’s — 10 km.",
        "Renée said “déjà vu” — twice… 안녕하세요. 東京都",
    ],
)
def test_gate_stays_shut_on_clean_text(text):
    assert not _may_hold_artefacts(Document(text))


@pytest.mark.parametrize(
    "text",
    [
        "The café’s owner",  # a lead right before a follower: ftfy decides (and repairs nothing)
        "Привет",  # Cyrillic starts with D0, the first byte of the leads "Р" and "С"
    ],
)
def test_gate_opens_on_correct_text_that_only_ftfy_can_clear(text):
    assert _may_hold_artefacts(Document(text))
    assert Linter(select=["encoding"]).check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Iranâ€™s president",  # lead, continuation byte, follower from E2
        "CondÃ© Nast",  # follower U+00A9 starts with C2
        "РџСЂРёРІРµС‚",  # Windows-1251 mojibake of Cyrillic: D0 leads
        "Procter &amp; Gamble",
        "minu\u200btes",
        "the \u202aferry",
        "the \u180eferry",
        "Jos√© ruiz",
        "Jos√© ruiz ‚Äô",
        "itΓÇÖs",
        "Josц╘ ruiz",
        "JosГ© ruiz",
        "JosĂ© ruiz",
        "the ferry\u200e sailed",
        "the ferry\u200f sailed",
        "co\u00adoperate",
        "\ufeffText",
        "the NYAG\ufffds questions",
        "bell\x07 rings",
        "company\x92s shares",
        "sÃ\u00a0o",
        "&#8217;",
    ],
)
def test_gate_opens_on_every_kind_of_artefact(text):
    assert _may_hold_artefacts(Document(text))


def test_mojibake_test_ignores_what_opens_the_gate_for_other_rules():
    assert not _may_hold_mojibake(Document("Procter &amp; Gamble’s café"))
    assert _may_hold_mojibake(Document("Iranâ€™s café"))
    assert _may_hold_mojibake(Document("sÃ\u00a0o"))  # a lead before U+00A0 (Windows-1252 "à")
    assert _may_hold_mojibake(Document("10\u00a0km"))  # a C2 byte: looked at closely


def test_rare_characters_are_found_whatever_opened_the_gate():
    from newslint_rules.encoding import rare_characters

    assert rare_characters(Document("10\u00a0km, © 2024, 5\u00a0°C")) == frozenset()
    assert rare_characters(Document("10\u00a0km\x92s co\u00adop\x07")) == {"\x92", "\u00ad", "\x07"}
    assert rare_characters(Document("minu\u200btes \ufffd")) == {"\u200b", "\ufffd"}


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("plain text", False),
        ("10\u00a0km, © 2024, 5\u00a0°C «quoted»", False),  # C2 before A0..BF only
        ("Iran\x92s", True),  # a C1 control
        ("co\u00adop", True),  # the soft hyphen (C2 AD)
        ("\x80", True),
        ("\u00a0" * 40, False),  # more C2 than are read one by one: the translated search
        ("\u00a0" * 40 + "\x9f", True),
        ("\u00a0" * 15 + "\x85", True),  # the last one read one by one
        ("\u00a0" * 16 + "\x85", True),  # the first one left to the search
        ("“curly” — quotes’", False),  # E2 80 9C ...: continuation bytes of 80..9F, no C2
    ],
)
def test_c1_or_soft_hyphen_is_found_from_each_c2(text, holds):
    from newslint_rules.encoding import _C1_PAIRS, _holds_c1_or_soft_hyphen

    data = text.encode("utf-8", "surrogatepass")
    assert _holds_c1_or_soft_hyphen(data) is holds
    assert (b"Ck" in data.translate(_C1_PAIRS)) is holds  # what it stands for


# -- NL606 escape-sequence ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The mayor\\u2019s office said it would look again.", "The mayor’s office said it would look again."),
        ("\\u201cWe will not give up,\\u201d she said.", "“We will not give up,” she said."),
        ("What a win!\\ud83d\\ude00 the coach wrote.", "What a win!😀 the coach wrote."),
        ('He said \\"we will not give up\\" after the vote.', 'He said "we will not give up" after the vote.'),
        ("The mayor said it\\'s too early to tell how the vote will go.", "The mayor said it's too early to tell how the vote will go."),
        ("Read it at https:\\/\\/example.com\\/story today.", "Read it at https://example.com/story today."),
    ],
)
def test_nl606_restores_an_escaped_character(text, fixed):
    assert_fires("NL606", text)
    assert_fixes("NL606", text, fixed)


def test_nl606_reads_line_breaks_written_as_escapes_only_unsafely():
    text = "The council met on Monday.\\n\\nIt voted to keep the ferry."
    (diagnostic,) = assert_fires("NL606", text, count=1)
    assert diagnostic.fix.applicability is Applicability.UNSAFE
    assert_fixes("NL606", text, "The council met on Monday.\n\nIt voted to keep the ferry.", unsafe=True)


@pytest.mark.parametrize(
    "text",
    [
        "Save the file in C:\\new\\reports before the meeting.",  # a Windows path
        "The files are in C:\\\\Users\\\\mayor\\\\notes.",
        'printf("hello\\n"); return 0;',  # code
        "In JSON, write \\u00e9 for the letter é.",  # an escape quoted in a text about escapes
        'Write "\\u00ff" to store the character 255 in the file.',
        'The command :args \\"foo works like :args without an argument.',  # one escaped quote
        'A "\\n" inside a string is not seen as a line break by the parser.',
        "Use the pattern \\d+ to match the numbers.",
        "The council met on Monday.\\nit was late.",  # a lowercase line after: not a break
        'The config reads {"name": \\"ferry\\"} at start.',
    ],
)
def test_nl606_leaves_paths_code_and_escapes_quoted_as_examples(text):
    assert_passes("NL606", text)


# -- Windows-1250 and ISO-8859-2 readings with a letter after the lead -----------------


@pytest.mark.parametrize(
    ("broken", "fixed", "safe"),
    [
        ("The chef was naĂŻve about the rent.", "The chef was naïve about the rent.", True),  # Windows-1250
        ("Flights to SĂŁo Paulo resumed.", "Flights to São Paulo resumed.", True),
        # The two pages read these differently ("ĂĽ" is "ü" in one, "å" in the other):
        # the commoner letter is taken, and the fix, a guess, is unsafe.
        ("The bank moved to ZĂĽrich last year.", "The bank moved to Zürich last year.", False),
        ("The cafĂŠ on the quay reopened.", "The café on the quay reopened.", False),  # ISO-8859-2
        ("The bank moved to ZĂźrich last year.", "The bank moved to Zürich last year.", False),
    ],
)
def test_central_european_readings_of_accented_letters_fire(broken, fixed, safe):
    assert_fires("NL601", broken)
    assert_fixes("NL601", broken, fixed, unsafe=True)
    assert_fixes("NL601", broken, fixed if safe else broken)


def test_a_word_the_two_central_european_pages_read_differently_is_not_fixed_safely():
    # "StraĂźe" is "Straße" read as Windows-1250 and "Straüe" as ISO-8859-2.
    broken = "The office on Hauptstraße moved to BahnhofstraĂźe in May."
    assert_fires("NL601", broken)
    assert_fixes("NL601", broken, broken)


@pytest.mark.parametrize(
    "text",
    [
        "MINISTERUL EDUCAŢIEI ŞI ÎNVĂŢĂMÂNTULUI a anunţat că PĂŞUNEA ŞI PĂDUREA sunt protejate.",
        "ŞCOALĂ nouă în BRĂILA, CĂLĂRAŞI şi SĂLAJ, FĂRĂ ÎNDOIALĂ.",
        "W ŁODZI i ŻYRARDOWIE ŻÓŁĆ. ČEŠTINA a SLOVENČINA, ĽUBOŠ a STĹP.",
    ],
)
def test_romanian_and_central_european_capitals_pass(text):
    assert_passes("NL601", text)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("The pier& nbsp;reopened on Monday.", "The pier reopened on Monday."),
        ("The port& #8217;s owner agreed.", "The port’s owner agreed."),
        ("The port&# 8217;s owner agreed.", "The port’s owner agreed."),
        ("The owner & quot;agreed& quot; to sell.", 'The owner "agreed" to sell.'),
    ],
)
def test_references_spaced_by_machine_translation_fire(broken, fixed):
    assert_fires("NL602", broken)
    assert_fixes("NL602", broken, fixed)


@pytest.mark.parametrize("text", ["Johnson & Johnson; R& D; Q& A.", "Tom & #1 fan; AT& T.", "Fish & chips; beer & wine;"])
def test_ampersands_before_a_space_in_prose_pass(text):
    assert_passes("NL602", text)
