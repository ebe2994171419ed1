"""Whitespace rules (NL7xx): firing, non-firing and fixed examples for each rule."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from newslint.api import Linter
from newslint.model import Applicability
from newslint.testing import assert_fires, assert_fixes, assert_passes

SEED = Path("/work/shared/seed/kremlin-iran-article.txt")


# --------------------------------------------------------------------------- NL701


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("will be a  key test", "will be a key test"),
        ("the icy   shell", "the icy shell"),
        ("for  comment.", "for comment."),
        ("Row 8 0  0 0 0", "Row 8 0 0 0 0"),  # one gap in a table row is still a gap
        ("category. \u00a0First", "category. First"),  # a space and an NBSP
        ("x\u00a0\u00a0y", "x\u00a0y"),
        ("End.  Next one. And more. Again here.", "End. Next one. And more. Again here."),
        ("interest on consumer\tdeposits", "interest on consumer deposits"),  # a tab in a sentence
        ("find meaningful \t work, and", "find meaningful work, and"),
        ("the ferry,\tthe bus", "the ferry, the bus"),
        # a lone tab in a line of prose, whatever stands around it
        ("Revenue at the port rose 4.5%\tto 1,200 units.", "Revenue at the port rose 4.5% to 1,200 units."),
        ("The envoy, Dana\tHolt, spoke on Monday.", "The envoy, Dana Holt, spoke on Monday."),
        ("The ferry left at 10:30 a.m.\tfrom the old pier.", "The ferry left at 10:30 a.m. from the old pier."),
    ],
)
def test_doubled_space_becomes_one(broken, fixed):
    assert_fires("NL701", broken)
    assert_fixes("NL701", broken, fixed)


@pytest.mark.parametrize(
    "text",
    [
        "    Indented by the extractor\n        and more so",
        "1.  First item\n2.  Second item",
        "Team       Pts    Wins\nEagles     12     3\nHawks      10     2",
        "End.  Next one.  And more.  Again here.  It is a habit.",  # house style
        "10\u00a0km and Mr.\u00a0Smith",  # one NBSP is typography
        "trailing spaces are another rule  \nnext",
        "over WiFi anyways.\tGet it on Amazon for $67.77\tAlso at the store",  # tabs between blocks
        "\tindented by a tab\n\t\tand more so",
        "Name\tPoints\nEagles\t12",
        "The first ferry of the day left.\tThe second one waited at the pier.",  # between sentences
        "Harbour office opening hours in the summer\tMonday to Friday\n"
        "Ferry office opening hours in the summer\tMonday to Saturday",  # a table of two columns
        "Port\tPier\tOpening hours of the office\tPhone number",  # a row of cells
        "First ferry from the main pier on weekdays —\t06:45",  # a figure set off by a tab
    ],
)
def test_doubled_space_traps(text):
    assert_passes("NL701", text)


@pytest.mark.parametrize(
    "text",
    [
        # Two columns laid out with spaces: one gap a line, its end at the same column.
        "Fixtures for the weekend:\n\nSaturday 15:00  Hull v Leeds\nSaturday 17:30  Derby v Stoke\n"
        "Sunday 14:00    Bristol City v Norwich\n\nAll kick-off times are UK time.",
        "Capital    Population\nLisbon     545,000\nPorto      232,000",
    ],
)
def test_doubled_space_leaves_rows_of_two_aligned_columns(text):
    assert_passes("NL701", text)


@pytest.mark.parametrize(
    "text",
    [
        # One gap a line, not at the same column: gaps in wrapped prose.
        "The ferry will be a  key test for the port\nand the council has said it  will pay.",
        "Saturday 15:00  Hull v Leeds\nSaturday 17:30 Derby  v Stoke",
        "Saturday 15:00  Hull v Leeds",  # a line alone
    ],
)
def test_doubled_space_in_unaligned_rows_still_fires(text):
    assert_fires("NL701", text)


# --------------------------------------------------------------------------- NL702


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("He left. \n\nShe stayed.", "He left.\n\nShe stayed."),
        ("one\t\ntwo", "one\ntwo"),
        ("one \u00a0\ntwo", "one\ntwo"),
        ("the last line   ", "the last line"),
        ("crlf  \r\nline", "crlf\r\nline"),
    ],
)
def test_trailing_whitespace_is_deleted(broken, fixed):
    assert_fires("NL702", broken, count=1)
    assert_fixes("NL702", broken, fixed)


def test_whitespace_only_lines_and_indentation_are_not_trailing_whitespace():
    assert_passes("NL702", "    First paragraph.\n        \n    Second paragraph.")


def test_the_seed_article_has_no_whitespace_artefacts():
    linter = Linter(select=["whitespace", "encoding"])
    assert linter.check(SEED.read_text(encoding="utf-8")) == []


# --------------------------------------------------------------------------- NL703


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("One.\n\n\nTwo.", "One.\n\nTwo."),
        ("One.\n\n\n\n\n\nTwo.", "One.\n\nTwo."),
        ("One.\n   \n\t\n  Two.", "One.\n\n  Two."),  # whitespace-only lines are blank
        ("One.\r\n\r\n\r\nTwo.", "One.\r\n\r\nTwo."),
        ("\n\n\nOne.", "One."),
        ("One.\n\n\n\n", "One.\n"),
    ],
)
def test_blank_line_run_collapses(broken, fixed):
    assert_fires("NL703", broken, count=1)
    assert_fixes("NL703", broken, fixed)


def test_one_blank_line_is_fine():
    assert_passes("NL703", "One.\n\nTwo.\n   \nThree.")


def test_two_blank_lines_between_text_fire():
    assert_fires("NL703", "One.\n\n   \nThree.", count=1)


# ------------------------------------------------------------------ NL704 and NL706


WRAPPED = (
    "The unprecedented resolution and scale allowed the researchers to\n"
    "gather key insights into our own universe's past, revealing how\n"
    "various oddly shaped galaxies morphed themselves into being and how\n"
    "stellar explosions triggered this galactic evolution."
)


def test_width_wrapped_paragraph_is_joined():
    found = assert_fires("NL704", WRAPPED, count=1)
    assert found[0].fix.applicability is Applicability.UNSAFE
    assert "4 lines" in found[0].message
    assert_fixes("NL704", WRAPPED, WRAPPED.replace("\n", " "), unsafe=True)


def test_width_wrapped_paragraph_between_other_paragraphs_keeps_their_breaks():
    text = "A first paragraph on its own line.\n\n" + WRAPPED + "\n\nA last paragraph."
    assert_fixes("NL704", text, text.replace(WRAPPED, WRAPPED.replace("\n", " ")), unsafe=True)


NARROW = (
    "The harbour board met on Tuesday and agreed to keep the night ferry running through "
    "the winter, although two of its members said the service lost money in every month "
    "of the year and would have to be reviewed again in the spring."
)


@pytest.mark.parametrize("width", [32, 40, 46])
def test_narrow_wrap_of_four_lines_or_more_is_joined(width):
    wrapped = textwrap.fill(NARROW, width=width)
    assert wrapped.count("\n") >= 3
    assert_fires("NL704", wrapped, count=1)
    assert_fixes("NL704", wrapped, NARROW, unsafe=True)


@pytest.mark.parametrize(
    "text",
    [
        # Three narrow lines: too little to tell a wrap from a short block.
        "The harbour board met on Tuesday\nand agreed to keep the night\nferry running through winter.",
        # Verse: narrow lines, most starting a new clause with a capital.
        "I wandered lonely as a cloud\nThat floats on high over vales\nWhen all at once I saw a crowd\n"
        "A host of golden daffodils\nBeside the lake, beneath the trees",
    ],
)
def test_narrow_blocks_that_are_not_wraps(text):
    assert_passes("NL704", text)


KOREAN = (
    "여기에 여주인공을 연기하는 배우 역시 주목할 만한 연기를 보여준다. 사실 이 드라마에서 그녀는 "
    "독보적으로 움직였다. 시어머니를 연기한 배우는 그녀의 매력을 보여주기에는 작품에서 생각보다 비중이 "
    "그리 크지 않다. 남자주인공 역의 배우는 그냥 듬직한 모습만 보여주면 이 드라마에서의 역할이 끝난다. "
    "진정한 주인공을 연기한 배우는 다소 심심했다."
)


def test_caseless_script_wrap_is_found_from_breaks_between_letters():
    # Hangul has no lowercase: the run is found because most breaks fall between letters.
    wrapped = textwrap.fill(KOREAN, width=52)
    assert wrapped.count("\n") >= 3
    assert_fires("NL704", wrapped, count=1)
    assert_fixes("NL704", wrapped, KOREAN, unsafe=True)


def test_caseless_lines_that_end_sentences_are_not_a_wrap():
    # Three lines, each a whole sentence: no break falls between two letters.
    lines = "\n".join(sentence.strip() + "." for sentence in KOREAN.split(".")[:3])
    assert_passes("NL704", lines)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            "Oil fell after sources told Reuters that Russia is\nunlikely to agree to further cuts.",
            "Oil fell after sources told Reuters that Russia is unlikely to agree to further cuts.",
        ),
        (
            "Rafael Nadal kept the hopes alive, then Marcel Granollers and\nFeliciano Lopez completed the comeback.",
            "Rafael Nadal kept the hopes alive, then Marcel Granollers and Feliciano Lopez completed the comeback.",
        ),
        (
            "Shares closed in New York on Tuesday  \nat $185.25, up 0.35% on the day.",
            "Shares closed in New York on Tuesday at $185.25, up 0.35% on the day.",
        ),
        (
            "From there he tried to cross into the country on May 16\nbut was stopped at the border, he said.",
            "From there he tried to cross into the country on May 16 but was stopped at the border, he said.",
        ),
        (
            "“We have waited for this ferry for a decade,”\nsaid a baker who lives near the old harbour.",
            "“We have waited for this ferry for a decade,” said a baker who lives near the old harbour.",
        ),
        (
            "The council’s finance committee approved\nthe plan by seven votes to two on Monday.",
            "The council’s finance committee approved the plan by seven votes to two on Monday.",
        ),
    ],
)
def test_single_break_inside_a_sentence_is_joined(broken, fixed):
    found = assert_fires("NL706", broken, count=1)
    assert found[0].fix.applicability is Applicability.UNSAFE
    assert_passes("NL704", broken)  # one break is not a wrapped paragraph
    assert_fixes("NL706", broken, fixed, unsafe=True)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # A paragraph's first words alone on a line, the rest going on in lowercase.
        (
            "In the coming\nweeks, ferry passengers will see the new timetable on every pier.",
            "In the coming weeks, ferry passengers will see the new timetable on every pier.",
        ),
        (
            "“We know we have\narrived late, but the crew had a lot of confidence in the boat,” she said.",
            "“We know we have arrived late, but the crew had a lot of confidence in the boat,” she said.",
        ),
        # A line of capitalised names that ends in a comma, or on a lowercase word, is
        # not a headline when the sentence goes on in lowercase.
        (
            "HARBOURTON (Wire) — Port Director Elena Marsh,\nthe official who signed the lease, will testify today.",
            "HARBOURTON (Wire) — Port Director Elena Marsh, the official who signed the lease, will testify today.",
        ),
        (
            "Port Director Elena Marsh revealed\nthe new fares in a video posted late on Monday evening.",
            "Port Director Elena Marsh revealed the new fares in a video posted late on Monday evening.",
        ),
        # Two content words in lowercase: a sentence, not a Title Case headline.
        (
            "Last week Harbour Board official Dana Holt\nrevealed the new fares to the ferry committee.",
            "Last week Harbour Board official Dana Holt revealed the new fares to the ferry committee.",
        ),
    ],
)
def test_break_after_a_short_first_line_or_a_line_of_names_is_joined(broken, fixed):
    text = f"The ferry service said on Tuesday that it was ready.\n\n{broken}"
    assert_fires("NL706", text, count=1)
    assert_fixes("NL706", text, f"The ferry service said on Tuesday that it was ready.\n\n{fixed}", unsafe=True)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # A quoted word ends the line and the sentence goes on in lowercase.
        (
            "The council named an “interim”\ngovernment for the harbour district on Monday.",
            "The council named an “interim” government for the harbour district on Monday.",
        ),
        # A function word ends the line and a quotation opens the next.
        (
            "The harbour master described the storm as one of\n“the worst in living memory” for the town.",
            "The harbour master described the storm as one of “the worst in living memory” for the town.",
        ),
    ],
)
def test_break_next_to_a_curly_quote_is_joined(broken, fixed):
    assert_fires("NL706", broken, count=1)
    assert_fixes("NL706", broken, fixed, unsafe=True)


@pytest.mark.parametrize(
    "text",
    [
        # A quoted sentence ends the line.
        "The harbour master said: “We are closed.”\nthe ferry company did not reply to questions on Monday.",
        # A quotation ends the line and a capitalised line follows.
        "The council named it the “Harbour Plan”\nThe Harbour Plan covers every pier in the district.",
    ],
)
def test_break_next_to_a_curly_quote_traps(text):
    assert_passes("NL706", text)


@pytest.mark.parametrize(
    "text",
    [
        # A short line inside a paragraph, or followed by too little, or one word.
        "The ferry service said on Tuesday that it was ready.\nIn the coming\nweeks, ferry passengers will see it.",
        "The ferry service said on Tuesday that it was ready.\n\nIn the coming\nweeks, we will see.",
        "The ferry service said on Tuesday that it was ready.\n\nUpdated\nthree hours ago by the harbour desk staff",
        # A short label in lowercase, a headline before a capital.
        "The ferry service said on Tuesday that it was ready.\n\nmore stories\nabout the harbour and its ferries this week",
        "The ferry service said on Tuesday that it was ready.\n\nHarbour Fares Rise Again\nThe ferry service said on Tuesday.",
        # Verse: short lines.
        "The ferry service said on Tuesday that it was ready.\n\nRoses are red\nviolets are blue",
    ],
)
def test_short_first_line_traps(text):
    assert_passes("NL706", text)


@pytest.mark.parametrize(
    "text",
    [
        "Arrowhead bottled water\nbaby carrier\nhealthy snack bars\ncamera",  # a list
        "Whose woods these are I think I know,\nHis house is in the village though;",  # verse
        "Flos Showroom\ncorso Monforte, 15, Milan",  # an address
        "- first item in the list\n- second item in the list",
        "In section 291 of the social code - the patient file\nin section 292 of the social code - the case file",
        "Syrian Forces Blocking Refugee Return In The South\nshare",  # a headline, a label
        "Published Nov 20, 2019 at 9:47 am\ntwo weeks in a row the team ran well.",  # a dateline
        "Posted by the editor of the site on 20 November 2019\nin the news section of the page.",  # a year
        "Ferry tickets on sale, gate 16\nbut not on Sundays.",  # a short line
        "See the full list of products at our store\nhttp://example.com/list",
        "The first paragraph ends here.\nThe second paragraph starts here.",
        "1) Lego Star Wars Bombardiere della Resistenza\nhttp://amzn.to/abc",
        "Venue tour: July 26 -- Arts Center, Saratoga Springs, NY\n"
        "July 30 -- Music Center, Noblesville, IN\nAug. 2 -- Music Theatre, Clarkston, MI",
    ],
)
def test_hard_wrap_traps(text):
    assert_passes("NL704", text)
    assert_passes("NL706", text)


VERSE_RUNNING_ON = (
    "The poem's second stanza is almost all one sentence, running over the line breaks:\n\n"
    "and the river that carried the timber down from the hills in the spring of the year\n"
    "when the mill still turned and my father still walked to it in the dark before dawn\n"
    "and came home smelling of sawdust and oil and the cold\n\n"
    "It is the longest sentence in the book."
)


def test_verse_quoted_after_a_colon_is_not_a_wrap():
    assert_passes("NL704", VERSE_RUNNING_ON)
    assert_passes("NL706", VERSE_RUNNING_ON)


def test_wrapped_prose_after_a_colon_still_fires():
    # The same lines closing their sentence: a wrapped paragraph of prose.
    assert_fires("NL704", VERSE_RUNNING_ON.replace("and the cold\n", "and the cold.\n"), count=1)


_PARAGRAPHS = [
    "The ferry company said on Monday that it would add two crossings a day from March.",
    "Passenger numbers have risen by a third since the bridge closed for repairs last year.",
    "A spokeswoman for the council said the timetable would be reviewed in the autumn.",
    "Local traders welcomed the news, saying the summer season had been the worst in years.",
]


def _with_split(split: str) -> str:
    return "\n\n".join([_PARAGRAPHS[0], _PARAGRAPHS[1], split, _PARAGRAPHS[2], _PARAGRAPHS[3]])


@pytest.mark.parametrize(
    "split",
    [
        # Before a capitalised word, a number or a symbol: no lowercase signal, but the
        # paragraph is the only one of the text set on two lines, and it is one sentence.
        "Earlier this month the quartet went into the studio with the producer\nMarta Ilves to record four songs.",
        "Among the respondents aged between 18\nto 25 years old, the share of daily readers did not change.",
        "The company raised new money from an investor worth up to\n$9 billion, the filing shows.",
        "The index of leading shares fell, while the broader Ostrava\nComposite index rose slightly.",
        # two words close the sentence of a long first line
        "He has coached clubs in Spain and Portugal since he left the harbour club at Old\nQuay Park.",
    ],
)
def test_a_paragraph_split_in_two_in_a_one_line_per_paragraph_text(split):
    text = _with_split(split)
    found = assert_fires("NL706", text, count=1)
    assert found[0].fix.applicability is Applicability.UNSAFE
    assert_fixes("NL706", text, text.replace(split, split.replace("\n", " ")), unsafe=True)


@pytest.mark.parametrize(
    "split",
    [
        "Harbour Plan Wins Approval From The Regional Council\nThe vote was close.",  # a headline
        "Get the Harbour Pass for Free (Upgrade to Gold for $4.99/mo)\nThis offer is sponsored by us.",
        "We were paid to write this post, all views are our own. #sponsored #ad\nWhen you live here it is easy.",
        "The ferry company said on Monday that it would add crossings.\nThe council agreed.",  # two sentences
        "The timetable, which was drawn up by the council, lists the following\nMonday and Tuesday",  # no end
        "Ferry times:\nMonday to Friday, every hour on the hour.",
        "Q: What did you think of the new ferry timetable for the winter\nA: It suits me well.",  # an interview
        "The ferry crossed the grey and quiet sea,\nAnd no one on the pier could see.",  # verse
        "The council met on Monday to discuss ferry fares\nHarbour Street.",  # a short first line
    ],
)
def test_a_two_line_paragraph_that_is_not_a_split_sentence(split):
    assert_passes("NL706", _with_split(split))


def test_two_line_paragraphs_are_the_layout_of_a_text_that_has_many():
    split = "Earlier this month the quartet went into the studio with the producer\nMarta Ilves to record."
    other = "The ferry company said on Monday that it would add two crossings a day\nFrom March, the fares rise."
    text = "\n\n".join([split, other, split.replace("quartet", "trio"), _PARAGRAPHS[0]])
    assert_passes("NL706", text)


def test_a_wrapped_paragraph_is_not_also_reported_as_lone_breaks():
    assert_passes("NL706", WRAPPED)


# --------------------------------------------------------------------------- NL705


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("over a long inves- tigation.", "over a long investigation."),
        ("thousands of emp- loyees", "thousands of employees"),
        ("the whole set- timana", "the whole settimana"),
        ("an inter-\nnational deal", "an international deal"),
        ("a so- called deal, the so-called plan", "a so-called deal, the so-called plan"),
        # a split that leaves a conjunction, where the text spells the word joined
        ("a few thous- and teachers came; a thousand more watched", "a few thousand teachers came; a thousand more watched"),
        # in English text, another language's conjunction after the gap ends a word
        ("The council releas- ed the report on Monday, and the mayor read it.",
         "The council released the report on Monday, and the mayor read it."),
        ("It was a nation- al scandal, and the minister resigned on the day.",
         "It was a national scandal, and the minister resigned on the day."),
        ("The ferry sails betwe-\nen the two islands, and the fares are low.",
         "The ferry sails between the two islands, and the fares are low."),
    ],
)
def test_split_hyphenation_is_joined(broken, fixed):
    found = assert_fires("NL705", broken, count=1)
    assert found[0].fix.applicability is Applicability.UNSAFE
    assert_fixes("NL705", broken, fixed, unsafe=True)


@pytest.mark.parametrize(
    "text",
    [
        "pre- and post-war Europe",
        "19th- and 20th-century art",
        "local- and cloud-based processing",
        "two- to three-year terms",
        "Wachstums- und Entwicklungstreiber",
        "Sport- oder Schmerztagebuch",
        "w- what did you say",  # a stammer
        "The plan- which nobody liked -was the plan which won.",  # a dash between words
        "A dash - like this - is not a split.",
        "COVID- 19 cases",
        "the mid- to late 1990s",
        "The work would start in the spring- the board said so.",  # a dash before a clause
        "over- or underpaid staff, and the pre- and postwar years",
        "Die Wachstums- und Entwicklungstreiber der Branche sind in diesem Jahr stark gewesen.",
        "Les secteurs public- et privé ont signé l'accord de la semaine dernière.",
        "Una crisi economica- e sociale che il governo non ha previsto per niente.",
        # a German sentence quoted in an English text
        ("The editor has many fans, and this is what one of them wrote about it in a letter.\n"
         "Schon bei Nutzung wird der Benutzer die Vorzuege dieses Editors kennen- und schaetzenlernen.\n"
         "Translated: even a new user will quickly get to know and like the editor."),
    ],
)
def test_split_hyphenation_traps(text):
    assert_passes("NL705", text)


# ------------------------------------------------------------------ the family together


def test_whitespace_fixes_are_idempotent_together():
    text = "A  b. \n\n\n\nThe inves- tigation went on and\nFeliciano Lopez won the match today.\n"
    linter = Linter(select=["whitespace"])
    once = linter.fix(text, unsafe=True).text
    assert once == "A b.\n\nThe investigation went on and Feliciano Lopez won the match today.\n"
    assert linter.fix(once, unsafe=True).text == once


def test_crlf_text_is_handled_like_lf_text():
    # one blank line between paragraphs is no run, whatever the terminator
    for terminator in ("\r\n", "\r"):
        assert_passes("NL703", f"One.{terminator * 2}Two.{terminator}")
        assert_fires("NL703", f"One.{terminator * 3}Two.{terminator}", count=1)
    crlf = WRAPPED.replace("\n", "\r\n")
    assert_fires("NL704", crlf, count=1)
    assert_fixes("NL704", crlf, WRAPPED.replace("\n", " "), unsafe=True)
    lone = "Oil fell after sources told Reuters that Russia is\r\nunlikely to agree to further cuts."
    assert_fixes("NL706", lone, lone.replace("\r\n", " "), unsafe=True)
    assert_passes("NL701", "Name    Pts    Wins\r\nJohn    12     3\r\nMary    10     2")


# ------------------------------------------------------------------ properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    ["word", "Word", "and", "the", "inves-", "tigation", ".", ",", " ", "  ", "\t", "\u00a0", "\n", "\n\n", "\n \n\n", "\r\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_safe_whitespace_fixes_only_touch_whitespace_and_are_stable(text):
    linter = Linter(select=["whitespace"])
    fixed = linter.fix(text).text
    assert "".join(fixed.split()) == "".join(text.split())
    assert linter.fix(fixed).text == fixed
    unsafe = linter.fix(text, unsafe=True).text
    assert linter.fix(unsafe, unsafe=True).text == unsafe


def test_lone_break_is_left_alone_outside_english():
    indonesian = (
        "Kami menyampaikan bahwa pemerintah daerah akan membangun jembatan baru di desa itu\n"
        "pada tahun depan, kata kepala dinas kepada wartawan di kantornya.\n"
    )
    assert_passes("NL706", indonesian)


# ------------------------------------------------------------------ the family's gate and scans

CLEAN_PROSE = (
    "The council voted on Thursday to keep the ferry in service for another ten years.\n\n"
    "The line carries about 4,000 passengers a day, and its well-known operator had warned "
    "that costs would force it to stop.\n\n"
    "“We will find the money,” the mayor said."
)


def test_whitespace_gate_closes_on_paragraphs_of_clean_prose():
    from newslint import Document
    from newslint_rules.whitespace import RULES, may_hold_whitespace_artefact

    assert all(rule.gate is may_hold_whitespace_artefact for rule in RULES)
    assert not may_hold_whitespace_artefact(Document(CLEAN_PROSE))
    assert not may_hold_whitespace_artefact(Document(CLEAN_PROSE + "\n"))  # a final line break
    assert not may_hold_whitespace_artefact(Document("One line, with a well-known hyphen."))


@pytest.mark.parametrize(
    "artefact",
    [
        "a  key test",  # NL701
        "a\u00a0\u00a0key test",
        "in 2018. \n\nNext",  # NL702, before a break
        "in 2018.\u3000\n\nNext",
        "in 2018.\t",  # NL702, at the end of the text
        "in 2018.\n\n\nNext",  # NL703
        "in 2018.\n \n\nNext",
        "in 2018.\n\n\x1c\n\nNext",  # (a separator the standard library calls a space)
        "Russia is\nunlikely to agree",  # NL704, NL706
        "Granollers and\n\nFeliciano\nLopez",
        "a long inves- tigation",  # NL705
        "a long inves-\ntigation",
        "in 2018.\r\nNext",  # carriage returns: the rules decide
    ],
)
def test_whitespace_gate_opens_on_each_shape(artefact):
    from newslint import Document
    from newslint_rules.whitespace import may_hold_whitespace_artefact

    assert may_hold_whitespace_artefact(Document(f"{CLEAN_PROSE}\n\n{artefact}"))
    assert may_hold_whitespace_artefact(Document(artefact))


def test_whitespace_gate_lets_a_text_full_of_hyphens_through():
    from newslint import Document
    from newslint_rules.whitespace import may_hold_whitespace_artefact

    assert may_hold_whitespace_artefact(Document("well-known " * 10 + "x" + "-y" * 100))


def test_hspace_chars_are_the_unicode_spaces_other_than_line_terminators():
    import sys

    from newslint_rules.whitespace import HSPACE_CHARS

    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() and chr(c) not in "\r\n"}
    assert set(HSPACE_CHARS) == spaces


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("a  b", [(1, 3)]),
        ("a \u00a0b c\u00a0 d", [(1, 3), (6, 8)]),  # mixed runs
        ("a\u00a0b\u00a0c", []),  # lone no-break spaces are typography
        ("a" + " " * 40 + "b", [(1, 41)]),  # one run, however long
        ("  indented  line  ", [(10, 12)]),  # not at the start or end of the text
        ("a  \tb", []),  # a tab next to the run: not between two words
        ("a\n  b  c", [(5, 7)]),
    ],
)
def test_space_runs(text, runs):
    from newslint_rules.whitespace import _space_runs

    assert list(_space_runs(text)) == runs


@pytest.mark.parametrize(
    ("text", "at", "end"),
    [
        ("a  b", 3, 3),  # no space at ``at``: the run ends there
        ("a   b", 3, 4),
        ("a" + " " * 15 + "b", 3, 16),  # inside the first window
        ("a" + " " * 16 + "b", 1, 17),  # a window of spaces exactly, then the letter
        ("a" + " " * 100 + "b", 3, 101),  # over several doubling windows
        ("a" + " " * 40, 3, 41),  # to the end of the text
        ("a   ", 4, 4),  # at the end of the text
        ("a  \tb", 3, 3),  # a tab ends the run of spaces
    ],
)
def test_space_run_end(text, at, end):
    from newslint_rules.whitespace import _space_run_end

    assert _space_run_end(text, at) == end


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("word \nnext", [(4, 5)]),
        ("word" + " " * 30 + "\nnext", [(4, 34)]),  # a long run, stripped at once
        ("word \t\u3000\r\nnext", [(4, 7)]),
        ("      \nnext", []),  # a line of only whitespace is a blank line
        ("a\n      \nb \u00a0", [(10, 12)]),
        ("a\r    \rb", []),
    ],
)
def test_trailing_runs(text, runs):
    from newslint_rules.whitespace import _trailing_runs

    assert list(_trailing_runs(text)) == runs


@pytest.mark.parametrize("text", ["one\ntwo  three\nfour", "one\r\ntwo  three\r\nfour", "one\rtwo  three\rfour"])
def test_line_around_finds_the_line_for_every_terminator(text):
    from newslint_rules.whitespace import _line_around

    start, end = _line_around(text, text.index("  "))
    assert text[start:end] == "two  three"


def test_no_glue_word_is_longer_than_the_bound_the_break_scan_uses():
    from newslint_rules.whitespace import _LONGEST_GLUE_WORD, glue_words

    assert max(map(len, glue_words())) <= _LONGEST_GLUE_WORD


_LONG_PROSE = "The council met on Tuesday to discuss the budget for the coming year " * 8


@pytest.mark.parametrize(
    ("first", "second", "english", "caseless", "inside"),
    [
        (_LONG_PROSE + "and", "Feliciano Lopez won.", True, False, True),  # a glue word ends a long line
        (_LONG_PROSE + "and", "Feliciano Lopez won.", False, False, False),  # (English only)
        (_LONG_PROSE + "handlebars", "Feliciano Lopez won.", True, False, False),  # a long last word
        (_LONG_PROSE + "withstanding", "Feliciano Lopez won.", True, False, False),  # ends like a glue word
        (_LONG_PROSE + "budget,", "which rose again.", True, False, True),  # a comma before lowercase
        (_LONG_PROSE + "the “interim”", "government said.", True, False, True),  # a closing quote
        (_LONG_PROSE + "a decade,”", "said the minister.", True, False, True),
        (_LONG_PROSE + "year.", "which rose again.", True, False, False),  # a full stop
        (_LONG_PROSE + "café", "which rose again.", True, False, True),
        (_LONG_PROSE + "cafe\u0301", "which rose again.", True, False, True),  # a combining mark last
        ("서울에서 열린 회의에서 " * 10 + "정부는", "새로운 계획을 발표했다", False, True, True),  # caseless
        ("서울에서 열린 회의에서 " * 10 + "정부는", "새로운 계획을 발표했다", False, False, False),
    ],
)
def test_mid_sentence_reads_only_the_end_of_a_long_line(first, second, english, caseless, inside):
    """The end-anchored patterns are searched from the last characters of the line only:
    the answers are those of a search of the whole line."""
    from newslint import Document
    from newslint_rules.whitespace import _LineShape, _WrapFinder

    lines = Document(first + "\n" + second).lines
    a, b = _LineShape(lines[0]), _LineShape(lines[1])
    assert _WrapFinder._mid_sentence(a, b, english, caseless) is inside


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("She met the\nPresident on Monday", 1),  # a glue word before a capital
        ("She met them including\nPresident Smith", 1),  # the longest glue word
        ("She met the nonincluding\nPresident Smith", 0),  # a longer word that ends like one
        ("Share on Twitter\nMost Popular", 0),
        ("Oil fell after Russia is\nunlikely to agree", 1),  # a lowercase next line
    ],
)
def test_candidate_breaks(text, count):
    from newslint_rules.whitespace import _candidate_breaks

    assert len(list(_candidate_breaks(text))) == count


def test_blank_runs_are_the_same_in_lf_and_mixed_texts():
    from newslint_rules.whitespace import _BLANK_RUN, _BLANK_RUN_IN_LF_TEXT

    text = "a\n\n\nb\n \n\t\n\nc\n\nd\n\n\n"
    assert [m.span() for m in _BLANK_RUN_IN_LF_TEXT.finditer(text)] == [m.span() for m in _BLANK_RUN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "end", "start"),
    [
        ("word   ", 7, 4),
        ("word" + " \t" * 100, 204, 4),  # longer than the first windows
        ("      ", 6, 0),  # whitespace from the start of the text
        ("a\r" + " " * 50, 52, 2),  # stops at a line terminator
    ],
)
def test_hspace_run_start(text, end, start):
    from newslint_rules.whitespace import _hspace_run_start

    assert _hspace_run_start(text, end) == start


@pytest.mark.parametrize(
    ("text", "terminators"),
    [("one two", ""), ("one\ntwo", "\n"), ("one\rtwo", "\r"), ("one\r\ntwo", "\n\r")],
)
def test_line_around_with_the_terminators_the_text_holds(text, terminators):
    from newslint_rules.whitespace import _line_around, _terminators

    assert _terminators(text) == terminators
    for offset in range(len(text) + 1):
        assert _line_around(text, offset, terminators) == _line_around(text, offset)
    assert _line_around(text, len(text), terminators)[1] == len(text)


@pytest.mark.parametrize(
    ("text", "shapes"),
    [
        (CLEAN_PROSE, (False, False, False, False)),
        (CLEAN_PROSE.replace(" to keep", "  to keep"), (True, False, False, False)),
        (CLEAN_PROSE.replace("ten years", "ten\u00a0years"), (True, False, False, False)),  # (lone: NL701 decides)
        (CLEAN_PROSE.replace("ten years", "ten\tyears"), (False, True, False, False)),
        (CLEAN_PROSE.replace("well-known", "well- known"), (False, False, True, False)),
        (CLEAN_PROSE.replace("ten years.", "ten years. "), (False, False, False, True)),
        (CLEAN_PROSE.replace("The line", "The\nline"), (False, False, False, True)),
        (CLEAN_PROSE.replace("\n\n", "\n\n\n", 1), (False, False, False, True)),
        (CLEAN_PROSE.replace("\n\n", "\r\n\r\n"), (False, False, False, True)),
    ],
)
def test_whitespace_shapes_tell_which_rules_may_report(text, shapes):
    from newslint import Document
    from newslint_rules.whitespace import _find_shapes

    assert tuple(_find_shapes(Document(text))) == shapes


def test_cased_words_are_the_words_starting_with_a_cased_letter():
    from newslint_rules.whitespace import _cased_words

    words = ["Syrian", "forces", "“Blocking", "", "42", "Éclair", "ß-test", "中国", "x", "(Return"]
    assert _cased_words(words) == ["Syrian", "forces", "Éclair", "ß-test", "x"]
    assert _cased_words([]) == []
    assert _cased_words(["", "", "7", "—"]) == []


@pytest.mark.parametrize(
    "text",
    ["", "a", "a\nb", "a\n\nb", "a\n\n\nb", "\n\n\n", "a \nb", "a\n\n", "\n\na", "a\u3000\n\nb", "a\x1c\n\nb",
     "a\n \nb", "a\n\n \n\nb", "a\n\nb\n\nc\u00a0", "a\n\nb \n\nc", "\n", "\n\n", " \n"],
)
def test_newline_artefact_asked_of_lines_agrees_with_its_pattern(text):
    from newslint_rules.whitespace import _NEWLINE_ARTEFACT, _holds_newline_artefact

    assert _holds_newline_artefact(text.split("\n")) == (_NEWLINE_ARTEFACT.search(text) is not None)


def test_newline_artefact_asked_of_lines_agrees_on_random_texts():
    import random

    from newslint_rules.whitespace import _NEWLINE_ARTEFACT, _holds_newline_artefact

    rng = random.Random(7)
    alphabet = ["\n", "\n", "a", " ", "\t", "\u00a0", "\x1c", "\u3000", "\x85"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert _holds_newline_artefact(text.split("\n")) == (_NEWLINE_ARTEFACT.search(text) is not None), repr(text)


def test_blank_run_asked_of_lines_agrees_with_its_pattern():
    import random

    from newslint_rules.whitespace import _BLANK_RUN_LF, _holds_blank_run

    rng = random.Random(11)
    alphabet = ["\n", "\n", "a", " ", "\t", "\u00a0", "\x1c", "\u3000", "\x85"]
    texts = ["", "a\n\nb", "a\n\n\nb", "a\n \n\t\nb", "\n\n\n", "\n\n", "a\n\n \n"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    for text in texts:
        assert _holds_blank_run(text.split("\n")) == (_BLANK_RUN_LF.search(text) is not None), repr(text)


def test_regex_hspace_is_what_the_trailing_space_pattern_matches():
    import sys

    import regex

    from newslint_rules.whitespace import _REGEX_HSPACE

    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(regex.findall(r"[^\S\r\n]", every_character)) == _REGEX_HSPACE


def test_space_before_lf_asked_of_lines_agrees_with_its_pattern():
    import random

    from newslint_rules.whitespace import _SPACE_BEFORE_LF, _space_before_lf

    rng = random.Random(5)
    alphabet = ["\n", "\n", "a", " ", "\t", "\u00a0", "\x1c", "\u3000", "\x85"]
    texts = ["", "a \nb", "a\n \n", " \n", "a\t\n\u00a0\nb ", "a\x1c\nb"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(5000)]
    for text in texts:
        assert _space_before_lf(text.split("\n")) == [m.start() for m in _SPACE_BEFORE_LF.finditer(text)], repr(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Name    Age    City", True), ("Name    Age", False), ("one  two", False), ("a    b", False),
     ("    indented  then  gaps", True), ("x        y", False), ("", False)],
)
def test_two_column_gaps(line, expected):
    from newslint_rules.whitespace import _COLUMN_GAP, _has_two_column_gaps

    assert _has_two_column_gaps(line, 0, len(line)) == expected == (len(_COLUMN_GAP.findall(line)) >= 2)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("It was a long inves\u2010 tigation by the board.", "It was a long investigation by the board."),  # U+2010
        ("It was a long inves\u00ad tigation by the board.", "It was a long investigation by the board."),  # soft hyphen
        ("It was a long inves\u2010\ntigation by the board.", "It was a long investigation by the board."),
        ("It was a long inves\u00ac tigation by the board.", "It was a long investigation by the board."),  # OCR's not sign
        ("It was a long inves\u00ac\ntigation by the board.", "It was a long investigation by the board."),
    ],
)
def test_split_with_other_hyphens_is_joined(text, fixed):
    assert_fires("NL705", text)
    assert_fixes("NL705", text, fixed, unsafe=True)


@pytest.mark.parametrize(
    "text",
    [
        "Both pre\u2010 and post-war homes were sold.",
        "Wachstums\u00ad und Entwicklungstreiber",
        "The rule reads p \u00ac q in logic notation.",  # a not sign after a space: logic
        "Both pre\u00ac and post-war homes were sold.",
    ],
)
def test_suspended_other_hyphens_are_not_splits(text):
    assert_passes("NL705", text)


# ------------------------------------------ NL706 outside English: a split one-line paragraph

_PT_PARAGRAPHS = [
    "O conselho aprovou o novo orçamento depois de um longo debate na terça-feira à noite.",
    "Os moradores do vale pediam estradas melhores e uma segunda ponte havia muitos anos.",
    "Os críticos disseram que o plano deixou de fora as aldeias menores da costa norte.",
]


def test_non_english_split_paragraph_between_lowercase_words_is_joined():
    broken = "Um porta-voz disse que as obras devem começar na primavera, segundo o\nplano aprovado pela câmara."
    text = "\n\n".join([*_PT_PARAGRAPHS[:2], broken, _PT_PARAGRAPHS[2]])
    assert_fires("NL706", text, count=1)
    assert_fixes("NL706", text, text.replace("o\nplano", "o plano"), unsafe=True)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Um porta-voz disse que as obras devem começar na primavera, segundo o\nPlano Diretor da câmara.",  # a capital
        "Um porta-voz disse que as obras devem começar na primavera, segundo o\nplano aprovado pela",  # not closed
        "Um porta-voz disse que as obras\ndevem começar",  # short lines
    ],
)
def test_non_english_split_paragraph_traps(paragraph):
    text = "\n\n".join([*_PT_PARAGRAPHS[:2], paragraph, _PT_PARAGRAPHS[2]])
    assert_passes("NL706", text)


def test_non_english_text_of_multi_line_paragraphs_keeps_its_breaks():
    # Paragraphs of several lines are this text's layout: a break is not a slip.
    lines = [p.replace(" uma ", "\numa ").replace(" o plano", "\no plano") for p in _PT_PARAGRAPHS]
    text = "\n\n".join([*lines, "Um porta-voz disse que as obras devem começar na primavera, segundo o\nplano aprovado."])
    assert_passes("NL706", text)


def test_non_english_layout_of_space_lines_is_no_split():
    text = "\n\n".join([*_PT_PARAGRAPHS, "  \n  ", "   \nplano aprovado pela câmara municipal ontem."])
    assert_passes("NL706", text)


@pytest.mark.parametrize(
    "text",
    [
        # a tab that sets off a term, a label, a line number or a column is layout
        "x\tA single character, with no special meaning at all in a pattern.",
        "*usr_40.txt*\tFor Vim version 9.0. Last change: 2022 Mar 18 in the docs.",
        " 22\tnoremap <unique> <script> <Plug>TypecorrAdd; <SID>Add here",
        "2. Inside a class definition\t     Methods or constants defined in the class body",
        "prop_add({lnum}, {col}, {props})\tadd a text property to the current line",
    ],
)
def test_nl701_leaves_a_tab_that_lays_out_a_line(text):
    assert_passes("NL701", text)


def test_nl706_leaves_the_rows_of_a_table():
    table = (
        "The table lists the letters with their codes and names, as the standard gives them.\n"
        "\u01ef\tez\t01EF\t0495\tLATIN SMALL LETTER EZH WITH CARON\n"
        "\u01f0\tj<\t01F0\t0496\tLATIN SMALL LETTER J WITH CARON\n"
        "\u01f4\tG'\t01F4\t0500\tLATIN CAPITAL LETTER G WITH ACUTE\n"
    )
    assert_passes("NL706", table)
