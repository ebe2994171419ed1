"""Punctuation artefacts (NL5xx): rules/punctuation.py.

NL501's original cases live in tests/test_builtin_rules.py; these cover what the family
added: marks that belong to names and titles, abbreviations, spaces before a mark,
brackets and quotes.
"""

from __future__ import annotations

import pytest

from newslint import Applicability, Category, get_rule
from newslint.registry import validate_rule
from newslint.testing import assert_fires, assert_fixes, assert_passes
from newslint.testing import in_english as english


@pytest.mark.parametrize("code", ["NL501", "NL502", "NL503", "NL504", "NL505"])
def test_metadata(code):
    rule = get_rule(code)
    assert rule.category is Category.PUNCTUATION
    validate_rule(rule)
    assert rule.preview is (code in ("NL503", "NL504", "NL505"))


# -- NL501 duplicated-punctuation ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span",
    [
        ("The deal was signed by Acme Corp.. and its partner.", ".."),
        ("She said the admiration is mutual..\n\nThen she left.", ".."),
        ("In Ohio,, Kentucky and Utah they voted.", ",,"),
        ("He's in custody;; we have her.", ";;"),
        ("Why would he do that?. Nobody knew.", "?."),
        ("The ferry left on time that morning?. Nobody knew.", "?."),  # a statement closed twice
        ("So the harbour would close for good?.", "?."),
        ("It rose again, , and then fell.", ", ,"),
        ("It was the highest level., and it fell.", ".,"),
        ("Wow!, he said.", "!,"),
        ("He played well!. served well, and won.", "!."),  # the sentence goes on in lowercase
        ("Thought I did my part, played it., then left.", ".,"),  # a short word that is never abbreviated
        # a comma after a full stop that no abbreviation explains
        ("The memo was first seen by Reuters.,\n\nThe board met on Monday.", ".,"),  # ends its paragraph
        ('The league called it an "adverse turn"., and walked out.', ".,"),  # after a closing quote
        ("We see growth coming back in 2021., and then more.", ".,"),  # after a number
        ("Follow the fair on Instagram., and on the radio.", ".,"),  # a long capitalised word
        ("The talks moved from Paris., the host city, to Rome.", ".,"),  # a short word, in English
        ("그는 이 문제를 폭로했다., 그리고 떠났다.", ".,"),  # a script without case
        # a full stop or comma after a question or exclamation mark
        ("She reached Lima by way of Quito and Bogota?. From there she flew on.", "?."),
        ("He has been out of work since March 2017?. He said so himself.", "?."),
        ('"The ice may be a little thinner there?."\n\nThe survey came later.', "?."),
        ('"We got him, we got him!," the officers called on the radio.', "!,"),
        ("The index here is in the very poor band!.\n\nMore will follow.", "!."),
        ("So, is it really true?, Do we have one here?", "?,"),
        ("The board signed the “interim” deal?. Then it left.", "?."),
        ("The fares rose sharply (by a third)!. Then they fell.", "!."),
        # after "!", a word the text also writes without the mark
        ("The ferry services!. The services run daily.", "!."),
        # at the end of a paragraph, a capitalised word the text writes with its mark
        # only there
        ("Few companies have fallen as far as Yahoo!.\n\nIts rivals rose.", "!."),
        # a doubled comma after an abbreviation's period
        ("It was signed with Brelco Inc.,, and more.", ",,"),
        ("“It was signed with Brelco Inc.,,” he said.", ",,"),
    ],
)
def test_nl501_fires(text, span):
    assert_fires("NL501", text, count=1, span=span)


@pytest.mark.parametrize(
    "text",
    [
        "Names like Chime, Varo and even booyah!. Yes, the mark is part of the name.",
        "The mark is part of the name. Like Yahoo!. Cutting edge, I know.",
        "He wrote two novels (The Final Reflection and How Much for Just the Planet?, both praised).",
        "It was sold by Acme Inc., the maker.",
        "Trade between the U.S., China and Japan grew.",
        "Bring plates, cups, etc., and some food.",
        "Add 2 tbsp., then stir.",
        "The index .DJI rose 0.5%.",
        "And then... nothing.",
        "They watched Who Framed Roger Rabbit?. Then they slept.",  # a title
        "The site is called whatnow?.com and it is new.",
        "The stall sold cakes, bread and even booyah!. The name has the mark.",
        # short abbreviations before a comma
        "The study by Lind et al., published in May, found it.",
        "The box is 12 in., and weighs 3 oz., the label says.",
        "Buy bread, milk, eggs, etc., and go home.",
        # short capitalised abbreviations, numbers with a point, titles ending in "?"
        "Police in Fresno, Calif., said the road was closed.",
        "It reopened on Sept., the 4th, said Gen., later Adm., Ortiz Jr., of the Navy.",
        "The study appeared in Proc. Natl. Acad. Sci., the journal, and in J. Physiol., too.",
        (  # not English
            "Il dottore Rossi e il Sig., secondo quanto riferito dalla segreteria, sono arrivati "
            "con un certo ritardo alla riunione della giunta comunale di ieri sera."
        ),
        "The parts came from Acme Corp., the maker, and Zeta Ltd., its rival.",
        "The patch moves the tool to version 4.10., the notes say.",
        "They watched Dude, Where's My Car?. Then they slept.",
        "He wrote “How Much for Just the Planet?,” a comic novel.",
        "The quiz show Are You Smarter Than a Fifth Grader?, hosted by him, ended.",
        "Use `a..z` for the range, or main..topic for the commits.",
        "We tried booyah!. Then booyah! again, and booyah!s everywhere.",  # a name with its "!"
        "They waited . . . for hours. Then... nothing.",
        # a name's own "!" ending a paragraph, the text writing the name with it elsewhere
        "Yahoo! Finance still has users.\n\nFew companies have fallen as far as Yahoo!.",
    ],
)
def test_nl501_does_not_fire(text):
    assert_passes("NL501", text)


def test_nl501_fixes():
    assert_fixes("NL501", "The deal was signed by Acme Corp.. and its partner.", "The deal was signed by Acme Corp. and its partner.")
    assert_fixes("NL501", "It rose again, , and then fell.", "It rose again, and then fell.")
    assert_fixes("NL501", "It went via Quito and Bogota?. Then on.", "It went via Quito and Bogota? Then on.")
    assert_fixes("NL501", "It was seen by Reuters.,\n\nNext.", "It was seen by Reuters.\n\nNext.")


# -- NL502 space-before-punctuation ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("The plume was just bright enough to be detected from Earth .", " ."),
        ("“I like our situation,” Mr. Trump said on Nov . 8.", " ."),
        ("The probe will visit Europa , which has an ocean.", " ,"),
        ("Can it really fly ? Nobody knows.", " ?"),
        ("It was a report from the bank  .\n\nThe next paragraph.", "  ."),
        # before the closing quote the mark stands in
        ("“Not gonna lie, the banjo drives me nuts ,” she laughed.", " ,"),
        ("“It just clicked .” The singer, who phoned in, said more.", " ."),
        ("“He asked, ‘So you will do the review ?’” the clerk said.", " ?"),  # two closing quotes
        # a colon a sentence goes on from
        ("People across the county are talking about it : the lake is dry.", " :"),
        ("He added : “The town must not be forced to move.”", " :"),
    ],
)
def test_nl502_fires(sentence, span):
    (diagnostic,) = assert_fires("NL502", english(sentence), count=1, span=span)
    assert diagnostic.fix.applicability is Applicability.SAFE


@pytest.mark.parametrize(
    "sentence",
    [
        "The rate rose by .5 points.",
        "The index .DJI fell, and the .SPX rose.",
        "And so on ...",
        "He paused . . . and went on.",
        "VIP : 60,000 won",
        "He smiled :) and left.",
        "It ended — . Then it began.",
        "Visit example.com for more.",
        'To stage every change, type "git add -u ." in the shell.',  # a command
        'Press the " ," key twice.',  # a mark quoted on its own
        "Photo Credit : PTI File Photo",  # a label
        "Tickets for the final go on sale soon : https://example.com/tickets",
        "The new box sets for the whole range of songs : 12 discs",
    ],
)
def test_nl502_does_not_fire(sentence):
    assert_passes("NL502", english(sentence))


def test_nl502_leaves_french_spacing_alone():
    text = "Le ministre a parlé mardi. Pourquoi ? Parce que les négociations avancent bien ; il est optimiste ! Il a dit : nous verrons bien."
    assert_passes("NL502", text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The French minister told reporters: « Nous ne céderons pas ! »",
        "« Pourquoi ? » asked the headline in Le Monde, above a photograph of the empty square.",
        "The coach was blunt: « Nous avons joué ; ils ont gagné », he said after the match.",
    ],
)
def test_nl502_leaves_french_spacing_inside_guillemets_in_an_english_story(sentence):
    assert_passes("NL502", english(sentence))


def test_nl502_still_fires_after_the_guillemets_close():
    text = english("He said « non », and the talks ended ; nobody knows what comes next.")
    assert_fires("NL502", text, count=1, span=" ;")


def test_nl502_leaves_a_house_style_alone():
    text = english("The senator from Yobe North , Ahmad Lawan , on Tuesday moved a motion , and it passed .")
    assert_passes("NL502", text)


def test_nl502_fixes():
    text = english("It was just enough to be detected from Earth .")
    assert_fixes("NL502", text, english("It was just enough to be detected from Earth."))
    text = english("He added : “The town must stay ,” she said.")
    assert_fixes("NL502", text, english("He added: “The town must stay,” she said."))


def test_nl502_house_style_counts_only_marks_before_a_space():
    # Marks spaced before a closing quote are dropped links, not a habit: all reported.
    text = english("“It was bliss .” Then “it was over ,” he said of “the show .” Later, more.")
    assert_fires("NL502", text, count=3)


# -- NL503 unbalanced-brackets (preview) ----------------------------------------------------


@pytest.mark.parametrize(
    "text, span",
    [
        ("The summit (held in Kazan drew leaders from 20 countries.", "("),
        ("The summit held in Kazan) drew leaders.", ")"),
        ("A cup of rice [or (for toast] a slice of bread.", "("),
        # a letter's ")" inside a line, no series of markers
        ("The plan was a) never tested, the report said.", ")"),
    ],
)
def test_nl503_fires(text, span):
    assert_fires("NL503", text, count=1, span=span)


@pytest.mark.parametrize(
    "text",
    [
        "The summit (held in Kazan) drew leaders [from 20 countries].",
        "1) Star Wars set\n2) Racing track (electric)\n3) Puzzle",
        "a) the first\nb) the second",
        "Items: 21) Fishing game 22) Doctor game",
        "He smiled :) and left; she frowned :(",
        "Items: a) a coat; b) a hat; c) gloves.",
        "The opening (on one line) and\n\nthe next paragraph (balanced).",
    ],
)
def test_nl503_does_not_fire(text):
    assert_passes("NL503", text)


# -- NL504 unbalanced-quotes (preview) ------------------------------------------------------


@pytest.mark.parametrize(
    "text, span",
    [
        ("“We will deepen our alliance, Peskov said on Tuesday.\n\nHe did not say more.", "“"),
        ("We will deepen our alliance,” Peskov said on Tuesday.", "”"),
        ('He said: "We will deepen our alliance.\n\nThe next day he left.', '"'),
        ("Lindner sprach von einem „Haushalt der Verantwortung.\n\nKritik kam von den Ländern.", "„"),
    ],
)
def test_nl504_fires(text, span):
    assert_fires("NL504", text, count=1, span=span)


@pytest.mark.parametrize(
    "text",
    [
        "“We will deepen our alliance,” Peskov said.",
        "“The first paragraph of a long quote runs on.\n\n“The second one closes it,” she said.",
        '"The first paragraph of a long quote runs on.\n\n"The second one closes it," she said.',
        'The 65" TV costs $549.',
        'It has a 2.5" drive and a 13" screen.',
        '[caption id="attachment_7734" align="aligncenter" width="640"] The pier at dawn.',
        # a quotation closed right after a year (four digits are no inches)
        'The show opens with Lange\'s "Migrant Mother, 1936". Visitors then walk on.',
        # German and Polish quotations open with the low mark
        "Lindner sprach von einem „Haushalt der Verantwortung“. Kritik kam von den Ländern.",
        "„To krok w dobrym kierunku” – powiedział poseł Jan Kowalski.",
        "Er sagte „ja“, und sie fragte: “Why?”",
    ],
)
def test_nl504_does_not_fire(text):
    assert_passes("NL504", text)


# -- NL505 mixed-quotes (preview) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span",
    [
        ('“The end of the year is a popular time to buy," she said.', '“The end of the year is a popular time to buy,"'),
        ('"Open the door! We are coming in!” an officer shouts.', '"Open the door! We are coming in!”'),
    ],
)
def test_nl505_fires(text, span):
    assert_fires("NL505", text, count=1, span=span)


@pytest.mark.parametrize(
    "text",
    [
        "“The end of the year is a popular time to buy,” she said.",
        '"The end of the year is a popular time to buy," she said.',
        '“It works,” she said of the 65" screen.',
    ],
)
def test_nl505_does_not_fire(text):
    assert_passes("NL505", text)


# -- the family's gate (NL501, NL502) ------------------------------------------------------

from newslint import Document  # noqa: E402
from newslint_rules.punctuation import _may_hold_artefacts  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Thursday. It carries 4,000 passengers a day; fares rose 3.5%.",
        "“Why?” she asked. “Because!” he said: no more.",
        "",
    ],
)
def test_gate_stays_shut_on_clean_prose(text):
    assert not _may_hold_artefacts(Document(text))


@pytest.mark.parametrize(
    "text",
    [
        "a military level. .",
        "said,, then",
        "again?. Nobody",
        "from Earth .",
        "Europa , which",
        "note\t;",
        "And then... nothing.",  # an ellipsis opens it; NL501 then leaves it alone
        "“Ça va ?” (French spacing: NL502 decides)",
    ],
)
def test_gate_opens_where_a_mark_follows_a_space_or_a_mark(text):
    assert _may_hold_artefacts(Document(text))


#: What ``_space_before_mark`` stands for: a space right before one of the marks, "sm"
#: once the text's bytes are mapped.
_SPACED_BYTES = bytes(ord("s") if b == 0x20 else ord("m") if chr(b) in ".,;?!:" else ord("x") for b in range(256))
_MARKS_AND_SPACES = " \t.,;:!?a\u00e9\u2019\n"


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("from Earth .", True),
        ("Europa , which", True),
        ("he added : “We", True),
        ("note\t;", False),  # a tab is no space here
        ("level. .", True),
        ("clean prose. Word, word; word: word!", False),
        ("", False),
        (" .", True),  # at the start of the text
        ("é .", True),
        ("’ ,", True),
    ],
)
def test_space_before_mark_reads_the_gate_integer(text, spaced):
    from newslint_rules.punctuation import _space_before_mark

    document = Document(text)
    _may_hold_artefacts(document)  # (which keeps the integer where it opens)
    assert _space_before_mark(document) is spaced
    assert _space_before_mark(Document(text)) is spaced  # without the gate asked first


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_MARKS_AND_SPACES, max_size=30) | st.text(max_size=30))
def test_space_before_mark_is_the_byte_pair_search(text):
    from newslint_rules.punctuation import _space_before_mark

    data = text.encode("utf-8", "surrogatepass")
    assert _space_before_mark(Document(text)) is (b"sm" in data.translate(_SPACED_BYTES))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_MARKS_AND_SPACES, max_size=30) | st.text(max_size=30))
def test_gate_is_a_mark_after_a_space_tab_or_mark(text):
    """The gate's integer says what a search of the bytes would: its bit for a space
    alone changes nothing of its answer."""
    marks = ".,;:!?"
    pairs = any(a in " \t" + marks and b in marks for a, b in zip(text, text[1:]))
    assert _may_hold_artefacts(Document(text)) is pairs


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviation's comma at the end of a line the paragraph goes on after, or
        # of a paragraph a list follows
        "The council will review the services, e.g.,\nthe night bus and the ferry, this year.",
        "See the box model of the page, e.g.,\n\n    https://example.com/box-model",
        "The tools (e.g., .gitignore and .editorconfig) are read first.",
        # a straight quote that opens a value, and a list of marks in code
        'The default is ".,w,b,u" for the search path.',
        "Split the line at any of '[.,;]' and keep the pieces.",
    ],
)
def test_nl501_leaves_abbreviations_and_lists_of_marks(text):
    assert_passes("NL501", text)


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by Marta Lind Jr.; Editing by O.K. Berg)",
        "Polls close at 8 p.m.; first results are due at midnight.",
        "Update, 3:45 p.m.: The coast road has now reopened.",
        "The filing names Harbour Holdings Inc.; its lawyers declined to comment.",
    ],
)
def test_nl501_leaves_an_abbreviation_before_a_semicolon_or_a_colon(text):
    assert_passes("NL501", english(text))


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The council agreed on the level.; the mayor left early.", "The council agreed on the level. the mayor left early."),
        ("They met on the terrace.: nobody came.", "They met on the terrace. nobody came."),
    ],
)
def test_nl501_reads_a_plain_word_s_period_before_a_semicolon_or_a_colon(text, fixed):
    assert_fires("NL501", english(text), count=1)
    assert_fixes("NL501", english(text), english(fixed))


def test_nl501_still_reads_a_doubled_comma_after_an_abbreviation():
    assert_fires("NL501", "The firm, Harbour Holdings Inc.,, said on Monday it would appeal.", count=1)


@pytest.mark.parametrize(
    "text",
    [
        "  for (const std::string& error : result->errors()) {",
        "      depth: options.depth === null ? null : options.depth - 1,",
        "// Prints: 2 bytes : ab",
    ],
)
def test_nl502_leaves_a_spaced_colon_in_a_line_of_code(text):
    assert_passes("NL502", text)
