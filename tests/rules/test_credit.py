"""Credit rules (NL2xx): firing, non-firing and fixed examples. Names are invented."""

from __future__ import annotations

import pytest

from newslint.testing import assert_fires, assert_fixes, assert_one_of, assert_passes, linter_for

BEFORE = "The minister arrived late on Monday.\n\n"
AFTER = "\n\nTalks are expected to resume next week.\n"


def wrap(line: str) -> str:
    return BEFORE + line + AFTER


def assert_no_credit(line: str) -> None:
    """No credit rule reports ``line`` put between two paragraphs."""
    for code in ("NL201", "NL202", "NL203", "NL204", "NL205"):
        assert_passes(code, wrap(line))


# -- NL201 pipe-separated-credit -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Marta Kowalczyk | Moment | Getty Images",
        "Ravi Subramanian | Reuters",
        "Contributor | Getty Images News | Getty Images",
        "Pool | Getty Images News | Getty Images",
        "Jorge Almeida Afp | Getty Images",
        "Kim Soo-hyun | Bloomberg | Getty Images",
        "Émile Durand-Lefèvre | E+ | Getty Images",
    ],
)
def test_pipe_credit_fires(line):
    assert_fires("NL201", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Home | World | Business",  # a menu, not a credit
        "Price | Availability | Getty Images sold the rights last year",
        "Q3 revenue | 12% | Reuters",
        "The Kremlin said it would respond | Reuters",
    ],
)
def test_pipe_credit_passes(line):
    assert_passes("NL201", wrap(line))


def test_pipe_credit_fix_deletes_line():
    assert_fixes("NL201", wrap("Marta Kowalczyk | Moment | Getty Images"), BEFORE + AFTER.lstrip("\n"))


# -- NL202 labelled-credit -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Tomasz Wierzbicki/AP",
        "Picture: Aoife Brennan/PA Wire",
        "Credit: Lukas Brandt/Shutterstock",
        "Photograph: AFP via Getty Images",
        "(Photo by Nadia Karimi/AFP via Getty Images)",
        "Photo by Jonas Eklund on Unsplash",
        "Image source, Getty Images",
        "Image copyright Getty Images",
        "Image copyright",
        "Credit... Paulo Ferreira/The New York Times",
        "Courtesy of the Okonkwo family",
        "Courtesy Acme Robotics",
        "Foto: dpa",
        "Handout",
        "Supplied",  # the Australian and New Zealand papers' credit for a picture given to them
        "(Supplied)",
        "File photo",
        "Elena V. Sorokina Submitted photo",
        "(Image: © ESA/Hubble/J. Doe)",
        "Main image credit: Getty",
        "(Photo credit should read ODILE MARCHETTI/AFP via Getty Images)",  # AFP's wording
        "Photo by Odile Marchetti/Shutterstock (14432871b)",  # the library's frame number
    ],
)
def test_labelled_credit_fires(line):
    assert_fires("NL202", wrap(line), count=1)


@pytest.mark.parametrize(
    "line",
    [
        "Photos",
        "Photo Gallery",
        "Video Highlights",
        "File",
        "Staff",
        "Supplied by the family",
        # The site's notice of its own text (NL112's), not a picture's credit.
        "Copyright © 2024 The Harbour Courier",
        "Copyright 2019 Reuters",
        "Image 1 of 12",
        "Cover image: an artist's impression of the new bridge at night",
        "Photo: the fire spread to three buildings before dawn",
    ],
)
def test_labelled_credit_passes(line):
    assert_passes("NL202", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "File photo: Anadolu",
        "File picture: Xinhua News",
        "Kremlin handout",
        "Presidential Office handout",
        "Photo: Yonhap News Agency",
    ],
)
def test_labelled_and_stock_credit_fire_on_other_wordings(line):
    assert_one_of(("NL202", "NL203"), wrap(line), span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Composite: Harbour Design/AFP",
        "© 2017 Lena Marsh",
        "© 2021 Kaito Mori/Kyodo",
        "Ines Moura/Getty Images for the Porto Film Festival",
    ],
)
def test_credit_fires_on_composite_year_and_sponsor_shapes(line):
    assert_one_of(("NL202", "NL203"), wrap(line), span=line)


@pytest.mark.parametrize(
    "line",
    [
        # a whole credit with a full stop after it
        "Image source, Anadolu Agency.",
        "Courtesy of Sato Ren.",
        "Ines Moura for The Harbour Gazette.",
        "Tomás Ortega - AFP.",
        "Kaito Mori VIA Xinhua.",
        "Lena Marsh | Yonhap.",
        "HANDOUT.",
        # upper case
        "INES MOURA FOR THE HARBOUR GAZETTE",
        "KAITO MORI/GETTY IMAGES FOR GLOBAL CITIZEN",
        "(HANDOUT)",
    ],
)
def test_credit_fires_with_a_full_stop_or_in_upper_case(line):
    assert_one_of(("NL201", "NL202", "NL203", "NL204"), wrap(line), span=line)


@pytest.mark.parametrize(
    "line",
    [
        "He worked for Reuters.",
        "She joined the agency.",
        "Courtesy of the museum, entry is free.",
        "Reuters could not verify the images.",
    ],
)
def test_short_sentences_ending_like_a_credit_pass(line):
    for code in ("NL201", "NL202", "NL203", "NL204"):
        assert_passes(code, wrap(line))


@pytest.mark.parametrize("name", ["Yusuf al-Hashimi", "Laila el-Amin", "Jean d'Arcy", "van der Berg Anke", "de la Cruz Rosa"])
@pytest.mark.parametrize("shape", ["{}/AFP", "Photo: {}/EPA", "{} | Reuters", "{} Via Reuters", "(AP Photo/{})", "XINHUA/{}"])
def test_credit_fires_on_names_with_particles(name, shape):
    line = shape.format(name)
    assert_one_of(("NL201", "NL202", "NL203"), wrap(line), span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Lena Marsh/The New York Times", "Kaito Mori/Redux", "INES MOURA/PA", "Photo by: Lena Marsh",
        # An outlet written as a brand, in no list: two capitals or more in one word.
        "Jason Cipriani/ZDNet", "Mara Holt/CNET", "Ines Duarte/WTOP", "Tomás Ruiz/NewsCorp",
        # "The" and capitalised words, in no list.
        "Kenji Watanabe / The Harbour Courier", "Kenji Watanabe/The Daily Ledger",
        # A label and an owner whose article is in lower case.
        "Photo courtesy of the Harbour Museum", "Courtesy of the Harbour Museum",
    ],
)
def test_credit_fires_on_outlet_and_collection_after_a_slash(line):
    assert_one_of(("NL202", "NL203"), wrap(line), span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Politics/The New York Times", "Read More/The Guardian", "Sign Up/Moment", "Kaito/Redux",
        # Brand-shaped words after a slash that are not a name and an outlet.
        "Middle East/North Africa", "Sales and Marketing/HR", "Kaito/NPR", "Jason Cipriani/Zdnet",
        "Read More/CNET", "The Big Story/NPR",
        "Opinion / The Big Story", "News and Views / The Harbour Courier", "the Harbour Museum",
        "Courtesy of the museum, visitors can see the boats.",
    ],
)
def test_credit_passes_on_menus_with_an_outlet(line):
    for code in ("NL202", "NL203"):
        assert_passes(code, wrap(line))


def test_credit_passes_on_particles_in_prose():
    for line in ("de la semana/AFP", "as Reuters reported", "an AFP photographer"):
        for code in ("NL201", "NL202", "NL203"):
            assert_passes(code, wrap(line))


def test_glued_photo_by_credit():
    line = "Helena Sousa and Rui Matos in 2004. Photo by Kaito Mori-Lenz"
    found = assert_fires("NL205", wrap(line), count=1)
    assert wrap(line)[found[0].start : found[0].end] == "Photo by Kaito Mori-Lenz"
    assert_passes("NL205", wrap("The council met on Monday to approve the plan. Written by Lena Marsh"))


def test_glued_credit_handed_on_by_a_wire():
    line = "Rescuers search the rubble in Wajima, Japan, January 3, 2024. KYODO via REUTERS"
    found = assert_fires("NL205", wrap(line), count=1)
    assert wrap(line)[found[0].start : found[0].end] == "KYODO via REUTERS"
    assert_passes("NL205", wrap("The ministry said the border would reopen next week. PTI"))


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 The Daily Planet",  # the site's own notice
        "© 2019 Acme Interactive Inc. All Rights Reserved.",
        "© 2020 Reuters",
        "Ines Moura/Getty Images for the first time",
        "Composite: a map of the region before the flood",
    ],
)
def test_credit_passes_on_notices_and_sentences(line):
    for code in ("NL202", "NL203"):
        assert_passes(code, wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "handout",  # a lone lower-case word
        "File photo: a protester waves a flag outside the court",  # a caption behind the label
    ],
)
def test_stock_credit_passes_on_other_lines(line):
    for code in ("NL202", "NL203"):
        assert_passes(code, wrap(line))


def test_labelled_credit_fix():
    assert_fixes("NL202", wrap("Photo: Tomasz Wierzbicki/AP"), BEFORE + AFTER.lstrip("\n"))


# -- NL203 agency-credit ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Dmitri Volkov Via Reuters",
        "REUTERS/Hannah Obi",
        "Amira Haddad/AFP",
        "Jean-Luc de la Serra/AFP",
        "Nguyễn Văn An/Reuters",
        "Владимир Смирнов/ТАСС",
        "Samuel Okoro, Associated Press",
        "Bryn Tallis, AP",
        "Chidi Nwosu Associated Press",
        "(AP Photo/Lars Lindqvist)",
        "(AP Photo/Lars Lindqvist, File)",
        "© Ingrid Holm / EPA",
        "Getty Images",
        "AFP/Getty Images",
        "Priya Nair/Hindustan Times/Getty Images",
        "K. R. Desai / AP file",
        "Win McNamee/Getty Images",
        "Reuters file photo",
        "Ana Paula Dos Santos Via Anadolu Agency",
        "Mira Holt/Getty Images for Netflix",
        "Mira Holt/The Washington Post via Getty Images",
    ],
)
def test_agency_credit_fires(line):
    assert_fires("NL203", wrap(line), count=1)


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported on Tuesday that talks had stalled.",
        "according to Getty Images",
        "Why I Left Reuters",
        "Harrisburg, PA",
        "Kevin Reuters",
        "Trump Sues CNN",
        "The Apple Store",
        "Die elektronische Patientenakte (ePA)",
        "© 2019 Example Media Inc. All rights reserved.",
        "Reuters/Ipsos Poll Shows Senator Ahead",
        "NASA Administrator Dana Whitfield",
        "Reuters Institute Digital News Report",
        "Former Reuters Photographer Wins Award",
        "By Mira Holt, Reuters",
    ],
)
def test_agency_credit_passes(line):
    assert_passes("NL203", wrap(line))


def test_copyright_notice_at_the_end_is_not_a_picture_credit():
    assert_passes("NL203", BEFORE + "© Reuters\n")
    assert_fires("NL203", wrap("© Reuters"))
    assert_fires("NL203", BEFORE + "© Ingrid Holm / EPA\n")


def test_agency_credit_fix():
    assert_fixes("NL203", wrap("Dmitri Volkov Via Reuters"), BEFORE + AFTER.lstrip("\n"))


def test_indented_credit_line():
    text = BEFORE + "        Photo: Tomasz Wierzbicki/AP    " + AFTER
    assert_fires("NL202", text, span="Photo: Tomasz Wierzbicki/AP")


# -- NL204 assignment-credit -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Carmen Ortiz for The Washington Post",
        "Kwame Mensah for The Guardian",
        "Lena Fischer for NPR",
        "Tomás O'Brien for The Texas Tribune",
    ],
)
def test_assignment_credit_fires(line):
    assert_fires("NL204", wrap(line), count=1)


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for The Memories",
        "Meal Prep Menu for Eating Plan A",
        "Get it on Amazon for $19.99",
        "Sign up for The Daily newsletter",
        "He wrote for The Washington Post for a decade.",
    ],
)
def test_assignment_credit_passes(line):
    assert_passes("NL204", wrap(line))


def test_assignment_credit_fix():
    assert_fixes("NL204", wrap("Carmen Ortiz for The Washington Post"), BEFORE + AFTER.lstrip("\n"))


# -- NL205 glued-credit ----------------------------------------------------------------------

GLUED = [
    (
        "Workers repair a bridge in Porto, Portugal, March 3, 2021. REUTERS/Ana Lima",
        "REUTERS/Ana Lima",
        "Workers repair a bridge in Porto, Portugal, March 3, 2021.",
    ),
    (
        "A long queue forms outside a store in Leeds. (AP Photo/Owen Price)",
        "(AP Photo/Owen Price)",
        "A long queue forms outside a store in Leeds.",
    ),
    (
        "Residents wait for buses after the strike Credit: Getty - Contributor",
        "Credit: Getty - Contributor",
        "Residents wait for buses after the strike",
    ),
    (
        "Doctors examined the first patient in the spring.Credit: Vesti/The Siberian Times",
        "Credit: Vesti/The Siberian Times",
        "Doctors examined the first patient in the spring.",
    ),
    (
        "Troops remain in the country, years after the invasion [File: Reuters]",
        "[File: Reuters]",
        "Troops remain in the country, years after the invasion",
    ),
    (
        "The senator speaks at the Capitol on July 2, 2019. K. R. Desai / AP file",
        "K. R. Desai / AP file",
        "The senator speaks at the Capitol on July 2, 2019.",
    ),
]


@pytest.mark.parametrize("line,credit,fixed", GLUED)
def test_glued_credit_fires_on_the_credit_only(line, credit, fixed):
    assert_fires("NL205", wrap(line), count=1, span=credit)


@pytest.mark.parametrize("line,credit,fixed", GLUED)
def test_glued_credit_fix_keeps_the_sentence(line, credit, fixed):
    assert_fixes("NL205", wrap(line), wrap(fixed))


@pytest.mark.parametrize(
    "line",
    [
        "Why can't the singer perform her own songs? It's complicated [Bloomberg]",
        "Officials said the border would stay closed into the new year. PTI",
        "The agency said the figures were revised (Reuters)",
        "Reuters reported the deal, according to Getty Images, in May",
        "The law on electronic records (ePA) was passed in 2019 and took effect later",
        "He thanked the staff. They had worked through the night, via video link",
        # A quotation closed after its comma: the sentence goes on ("...," photographs by).
        'What: "Harbour Light," photographs by Ingrid Solberg',
        "The show, “Harbour Light,” photographs by Ingrid Solberg",
    ],
)
def test_glued_credit_passes(line):
    assert_passes("NL205", wrap(line))


def test_glued_credit_is_not_reported_on_whole_credit_lines():
    assert_passes("NL205", wrap("Photo: Tomasz Wierzbicki/AP"))


def test_seed_credit_lines(seed_text):
    found = {}
    for code in ("NL201", "NL202", "NL203", "NL204", "NL205"):
        for d in linter_for(code).check(seed_text):
            if d.code == code:
                found[d.line] = code
    assert found == {5: "NL201", 21: "NL203", 31: "NL201", 47: "NL201"}


@pytest.fixture
def seed_text():
    from pathlib import Path

    path = Path("/work/shared/seed/kremlin-iran-article.txt")
    if not path.exists():
        pytest.skip("seed article not available")
    return path.read_text(encoding="utf-8")


def test_crlf_document():
    text = "The minister arrived late.\r\n\r\nPhoto: Tomasz Wierzbicki/AP\r\n\r\nTalks resume next week.\r\n"
    assert_fires("NL202", text, span="Photo: Tomasz Wierzbicki/AP")
    assert_fixes("NL202", text, "The minister arrived late.\r\n\r\nTalks resume next week.\r\n")


def test_credit_at_the_start_and_end_of_a_document():
    assert_fires("NL201", "Marta Kowalczyk | Moment | Getty Images\n\nThe minister arrived late.\n")
    assert_fixes("NL203", "The minister arrived late.\n\nDmitri Volkov Via Reuters", "The minister arrived late.")


# -- the family's gate and the candidate lines ------------------------------------------------

from newslint import Document  # noqa: E402
from newslint_rules._credit_gate import (  # noqa: E402
    _label_candidates,
    _may_open_with_label,
    has_two_line_paragraph,
    label_candidates,
    may_close_two_line_paragraph,
    may_hold_credit,
)
from newslint_rules._credit_shapes import credit_candidates, credit_scan  # noqa: E402
from newslint_rules._layout import short_lines  # noqa: E402

PROSE = (
    "The council voted on Thursday to keep the ferry in service for another ten years, "
    "ending a dispute that had divided the waterfront since the spring.\n\n"
    "“We heard from nurses, students and shop owners,” said the mayor, who was elected by "
    "a wide margin in 2019.\n\n"
    "The line carries about 4,000 passengers a day between the island and the harbour.\n"
)


@pytest.mark.parametrize(
    "extra",
    [
        "",
        "Leave a Comment",  # chrome lines: no credit word, no credit mark
        "Sign up for our daily newsletter",
        "READ MORE: Bridge repairs delayed again in Oldtown",
        "He said the plan was sound.",
        "The ferry leaves the old pier at dawn, March 8, 2025",
    ],
)
def test_gate_stays_shut_on_prose_and_chrome(extra):
    document = Document(PROSE + "\n" + extra + "\n")
    assert not may_hold_credit(document)
    assert credit_candidates(document) == []


@pytest.mark.parametrize(
    "extra",
    [
        "Marta Kowalczyk | Moment | Getty Images",
        "Photo: Tomasz Wierzbicki/AP",
        "Dmitri Volkov Via Reuters",
        "Carlos Ferreira for The Washington Post",
        "Traders work on the floor of the exchange, November 18, 2019. REUTERS/Brendan McDermid",
        "Foto: arquivo pessoal",
        "Satellite images show the eye of the storm over the bay.\nCoastal Weather Service",
    ],
)
def test_gate_opens_on_every_kind_of_credit(extra):
    assert may_hold_credit(Document(PROSE + "\n" + extra + "\n"))


def test_candidates_are_the_lines_the_scan_parses():
    document = Document(wrap("  Photo: Tomasz Wierzbicki/AP  "))
    ((index, candidate),) = credit_candidates(document)
    assert (index, candidate.indent, candidate.text) == (2, 2, "Photo: Tomasz Wierzbicki/AP")
    assert candidate.whole
    match = credit_scan(document).lines[2]
    assert document.text[match.start : match.end] == "Photo: Tomasz Wierzbicki/AP"


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Traders at work, November 18, 2019.", True),
        ("Prices rose in 2023", True),
        ("Windows line ends, 2021.  ", True),
        ("No year here.", False),
        ("Not 1850.", False),
        ("20255", False),
        ("The end of 2019 .", False),
    ],
)
def test_a_line_ends_with_a_year(line, ends):
    from newslint_rules._credit_shapes import ends_with_year

    assert ends_with_year(line) is ends


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Lena Marsh\n\nNo label: here\n\n(Foto: dpa)\n\nBild:\nArchiv",
        "Time: 10:30\nPicture: a: b\n  Credit: EPA  \nx" + "y" * 200 + ": long line",
        "Фото: личный архив\n\nИсточник фото： ТАСС",  # a full-width colon: every short line
        "Photo: Lena Marsh\r\n\r\nImage: NASA\r\n",  # CR line breaks: as ``Document`` splits them
        "No colon at all",
    ],
)
def test_label_candidates_from_the_colons_are_the_short_lines_that_qualify(text):
    document = Document(text)
    expected = [index for index, line in short_lines(document) if _may_open_with_label(line)]
    assert _label_candidates(Document(text)) == expected
    assert label_candidates(Document(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One.\n\nTwo.\n\nThree.", False),
        ("One.\n\n\n\nTwo.", False),
        ("One.\nTwo.", True),
        ("One.\n\n\nTwo.\nThree.", True),
        ("One.\n \nTwo.", True),  # a line of spaces counts as text here: the test may only err on yes
        ("", False),
    ],
)
def test_two_line_paragraph(text, expected):
    assert has_two_line_paragraph(Document(text)) is expected


def test_two_line_close_wants_a_short_capitalised_last_line():
    caption = "Satellite images show the eye of the storm over the bay."
    assert may_close_two_line_paragraph(Document(f"Intro.\n\n{caption}\nCoastal Weather Service\n\nEnd."))
    assert not may_close_two_line_paragraph(Document(f"Intro.\n\n{caption}\nand then it rained.\n\nEnd."))
    assert not may_close_two_line_paragraph(Document(f"Intro.\n\n{caption}\n\nCoastal Weather Service"))


# -- other agencies, libraries and names (the same shapes, other words) ----------------------


@pytest.mark.parametrize("agency", ["Tanjug", "Kazinform", "Armenpress", "Prensa Latina", "Adnkronos", "Stocksy", "akg-images", "Bridgeman Images", "Everett Collection", "agefotostock"])
@pytest.mark.parametrize("shape", ["{name}/{agency}", "Photo: {name} / {agency}", "{name} | {agency}", "{name} via {agency}", "{agency}/{name}"])
def test_credit_fires_with_other_agencies_and_libraries(agency, shape):
    line = shape.format(name="Ilse Vandermeulen", agency=agency)
    assert_one_of(("NL201", "NL202", "NL203"), wrap(line), span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Dorota Kamińska/Westend61",  # an agency written with digits ends the line
        "Picture - Tae-yang Oh/News1",
        "Hwang Min-seo | 123RF",
        "MAP/Idriss Bennani",  # an acronym that is also a word, in capitals, before a slash
        "SPA PHOTO / Fahad Al-Otaibi",
        "Nasser bin Khalid/KUNA",
        "Tariq al-Masri/APA",  # a name joined to its particle, then a collection
        "-/AFP",  # the wire's mark for an unnamed photographer
        "Photo © Aurelie Fontaine",
        "Photo ©Kyodo",
        "Photographed by Ottilie Brandt-Lund",
        "Siobhán Ní Dhuibhir for the BBC",  # a known outlet after a lower-case article
    ],
)
def test_credit_fires_on_other_shapes_of_the_same_credits(line):
    assert_one_of(("NL201", "NL202", "NL203", "NL204"), wrap(line), span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Map",  # a library's acronym that is also a word is no credit alone
        "MAP/Legend",
        "SPA/Wellness Guide 2024",
        "Scranton, PA",
        "Dorota Kamińska, App",
        "Chapter 11",
        "Top 10",
        "Photographed by the river at dawn",
        "John Smith for the community",
        "Petra",
        "Granger/Smith House",
    ],
)
def test_credit_passes_on_words_that_look_like_the_new_agencies(line):
    assert_no_credit(line)


def test_credit_with_a_digit_agency_fix():
    assert_fixes("NL203", wrap("Dorota Kamińska/Westend61"), BEFORE + AFTER.lstrip("\n"))


def test_glued_credit_of_an_acronym_agency():
    line = "Rescuers search the rubble, March 3, 2024. SPA/Fahad Al-Otaibi"
    assert_fires("NL205", wrap(line), count=1, span="SPA/Fahad Al-Otaibi")


@pytest.mark.parametrize(
    "line",
    [
        "Divulgação",  # Portuguese pages' handout
        "Reprodução",
        "Shutterstock.com",  # a stock library by its domain
        "Odile Marchetti/Dreamstime.com",
        "Crédits : Odile Marchetti / AFP",
        "Screenshot: YouTube",
        "Screengrab: Odile Marchetti/Reuters",
        "(Credit Image: © Odile Marchetti/ZUMA Press Wire)",  # ZUMA's label
        "/ CBS News",  # the tail of a credit or byline split from its name
        "| Reuters",
        "/ The Associated Press",
    ],
)
def test_credit_fires_on_stock_words_domains_and_other_labels(line):
    assert_one_of(("NL201", "NL202", "NL203"), wrap(line), span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Divulgação do resultado na sexta-feira",
        "Screenshot: how to reset your password in three steps",
        "The credit should read as a warning, analysts said",
        "Photo by Odile Marchetti (2019)",
        "Visit example.com",
        "Shutterstock.com said its revenue rose",
        "/ and then it rained",
        "/ News",
    ],
)
def test_credit_passes_on_prose_with_the_new_words(line):
    assert_no_credit(line)


def test_zuma_credit_glued_to_its_caption():
    line = "A man walks past a mural in Lima. (Credit Image: © Odile Marchetti/ZUMA Press Wire)"
    assert_fires("NL205", wrap(line), count=1, span="(Credit Image: © Odile Marchetti/ZUMA Press Wire)")
    assert_no_credit("The credit image of the bank improved, analysts said.")


# -- other wordings of the same shapes (names, outlets and agencies invented or regional) ---


@pytest.mark.parametrize(
    "line",
    [
        "Fotó: Ilona Szentgyörgyi/MTI",  # a Hungarian label
        "Provided by Tamsin Okonkwo-Reyes",
        "Supplied by Harbour Museum Archives",
        "Photo provided by Dara O'Rourke",
        "Image supplied by Lucía de la Vega",
    ],
)
def test_labelled_credit_fires_on_other_labels(line):
    assert_fires("NL202", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Provided by law",  # a clause, not a credit
        "Provided",
        "Provided by the time the polls closed, most votes were counted",
    ],
)
def test_labelled_credit_passes_on_provided_in_prose(line):
    assert_no_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ilona Szentgyörgyi – Politico",  # a known outlet after a spaced dash
        "Pieter van der Meulen — The Globe and Mail",
        "Kateřina Nováková | AFP via Getty Images",  # the last slot handed on by a wire
        "(-/AFP)",
        "Omar al-Khatib - Associated Press",
    ],
)
def test_agency_credit_fires_on_dashes_and_wires(line):
    assert_one_of(("NL201", "NL203"), wrap(line), span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Donna Quill – The Glass Orchard",  # an author and a book, not an outlet
        "Pedro Alvarez — the striker who scored twice",
        "Jane Doe - CEO",
        "Monday – Friday",
    ],
)
def test_agency_credit_passes_on_dashes_in_titles(line):
    assert_no_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Aiko Hasegawa for Le Quotidien",  # an outlet named with another language's article
        "Mateusz Żółtowski for Die Abendpost",
        "Kwame Asante-Boateng for CityNews",  # a brand in mixed case
    ],
)
def test_assignment_credit_fires_on_other_outlets(line):
    assert_fires("NL204", LONG + line + "\n\n" + LONG, count=1, span=line)
    # an outlet known by its shape alone is confirmed by the paragraphs around it: a
    # heading over a short line or a document's underline ("Big Changes for YouTube")
    assert_passes("NL204", "Home\n\n" + line + "\n\nSport\n")
    assert_passes("NL204", line + "\n" + "=" * len(line) + "\n\nSee the list below.\n")


def test_a_sentence_going_on_with_provided_by_is_no_credit():
    assert_passes("NL202", "This file has been extended to take into account some extensions\n"
                           "provided by Turbo Pascal, Free Pascal Compiler and GNU Pascal Compiler.\n")
    assert_fires("NL202", LONG + "Provided by Lena Marsh" + "\n\n" + LONG, count=1)


@pytest.mark.parametrize("line", ["Maria Santos for Congress", "Jane Doe for MP", "Eric Adams for NYC"])
def test_assignment_credit_passes_on_slogans(line):
    assert_no_credit(line)


def test_copyright_of_an_agency_between_paragraphs_is_a_picture_credit():
    para = "The striking nurses returned to work on Monday after the union accepted a revised pay offer.\n\n"
    text = para + "© 2024 Kyodo News\n\n" + para
    assert_fires("NL203", text, count=1, span="© 2024 Kyodo News")
    # at the end of the page (or among short footer lines) it is the site's notice
    assert_passes("NL203", para + "© 2024 Kyodo News\n")
    assert_passes("NL203", para + "© 2024 Kyodo News\n\nAll rights reserved\n")
    assert_passes("NL203", para + "© 2024 The Daily Planet\n\n" + para)


GLUED_OTHER = [
    ("The hall was full by noon. Bild: Henrike Voss", "Bild: Henrike Voss"),
    ("The hall was full by noon.Video: Storyful", "Video: Storyful"),
    ("The hall was full by noon. Illustration by Aiko Hasegawa", "Illustration by Aiko Hasegawa"),
    ("“We will be back,” she said.” Courtesy Radio Nord", "Courtesy Radio Nord"),
    ("The hall was full by noon. Provided by Tamsin Okonkwo-Reyes", "Provided by Tamsin Okonkwo-Reyes"),
]


@pytest.mark.parametrize("line,credit", GLUED_OTHER)
def test_glued_credit_fires_on_labels_without_a_slash(line, credit):
    assert_fires("NL205", wrap(line), count=1, span=credit)
    assert_fixes("NL205", wrap(line), wrap(line[: line.index(credit)].rstrip()))


@pytest.mark.parametrize(
    "line,credit",
    [
        ("Rescuers searched the rubble. Omar al-Khatib, Associated Press", "Omar al-Khatib, Associated Press"),
        ("Rescuers searched the rubble. Aiko Hasegawa for The Harbour Courier", "Aiko Hasegawa for The Harbour Courier"),
    ],
)
def test_glued_name_and_outlet_credit_gets_an_unsafe_fix(line, credit):
    assert_fires("NL205", wrap(line), count=1, span=credit)
    assert_fixes("NL205", wrap(line), wrap(line[: line.index(credit)].rstrip()), unsafe=True)


@pytest.mark.parametrize(
    "line",
    [
        "He met Dr. Jane Smith, a surgeon, and her team",
        "The talks ended. Paris, France and Berlin, Germany",
        "She thanked the staff. Reuters, AFP",
        "The vote is due. Maria Santos for Congress",
        "Lt. Col. Jane Smith, U.S. Army",
        "Customers can pay in cash and/or by card, 24/7",
    ],
)
def test_glued_credit_passes_on_commas_and_for_in_prose(line):
    assert_passes("NL205", wrap(line))


LONG = "The striking nurses returned to work on Monday after the union accepted a revised pay offer.\n\n"


@pytest.mark.parametrize(
    "line",
    ["Tomasz Wierzbicki/Kontinent", "Aiko Hasegawa / Harbour Pictures", "Dara O'Rourke Via Kontinent"],
)
def test_credit_to_an_unlisted_source_between_paragraphs(line):
    assert_fires("NL203", LONG + line + "\n\n" + LONG, count=1, span=line)
    # among short lines (a menu, a list of tags) the same shape is not a credit
    assert_passes("NL203", "Home\n\n" + line + "\n\nSport\n")


@pytest.mark.parametrize(
    "line",
    [
        "Mac OS/Windows",
        "Omar Khan via Zoom",  # a lower-case "via" in prose
        "Tom Smith/The end of an era began",
        "A Tale/Two Cities",
    ],
)
def test_unlisted_source_shape_passes_on_other_lines(line):
    assert_no_credit(line)
    assert_passes("NL203", LONG + line + "\n\n" + LONG)


def test_unlisted_source_is_not_a_glued_credit():
    assert_passes("NL205", wrap("Rescuers searched the rubble. Real Estate/Home Improvement"))


@pytest.mark.parametrize(
    "caption,joiner,credit",
    [
        ("Firefighters battle a blaze on Sunday, March 3, 2024", " | ", "Tomasz Wierzbicki/AFP"),
        ("Firefighters battle a blaze on Sunday", " — ", "Photo: Aiko Hasegawa/EPA"),
        ("Firefighters battle a blaze on Sunday", " - ", "Omar al-Khatib | Reuters"),
        ("Firefighters battle a blaze on Sunday", " / ", "Xinhua/Li Wei"),
        ("Firefighters battle a blaze on Sunday, March 3, 2024", " ", "REUTERS/Tomasz Wierzbicki"),
        ("Firefighters battle a blaze in Kyiv", " ", "AFP PHOTO / Li Wei"),
    ],
)
def test_glued_credit_after_a_caption_without_a_full_stop(caption, joiner, credit):
    line = caption + joiner + credit
    assert_fires("NL205", wrap(line), count=1, span=credit)
    assert_fixes("NL205", wrap(line), wrap(caption))


@pytest.mark.parametrize(
    "line",
    [
        "Storm hits the coast | Reuters",  # a headline and its source
        "Storm hits the coast - The Harbour Courier",
        "Politics / World / Europe",
        "The deal between the US/UK partners was signed",
        "Final score 2 - 1",
        "Climate talks stall — Reuters, AFP",
    ],
)
def test_glued_credit_passes_on_headlines_and_breadcrumbs(line):
    assert_passes("NL205", wrap(line))


@pytest.mark.parametrize(
    "line,source",
    [
        ("Unemployment rose to 6.1% in May. Source: Eurostat", "Source: Eurostat"),
        ("Unemployment rose in May.Source: National Statistics Office", "Source: National Statistics Office"),
        ("Exports fell for a third month. SOURCE: World Bank, IMF", "SOURCE: World Bank, IMF"),
    ],
)
def test_glued_source_under_a_chart(line, source):
    assert_fires("NL205", wrap(line), count=1, span=source)
    assert_fixes("NL205", wrap(line), wrap(line[: line.index(source)].rstrip()))


@pytest.mark.parametrize(
    "line",
    [
        "Exports fell for a third month. Source: the ministry said it would publish more",
        "Exports fell for a third month. Source: Yes, We Knew",
        "Prices rose by 4% over the year (Source: Eurostat)",  # the writer's own citation
        "Exports fell for a third month. Source: Bureau of",
    ],
)
def test_glued_source_passes_on_prose(line):
    assert_passes("NL205", wrap(line))


# -- credits between two sentences of a paragraph ---------------------------------------------

FIRST = "Police closed the bridge for most of the afternoon while divers searched the river."
SECOND = "Negotiators from both sides met late into the night but failed to agree."


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Tomasz Wierzbicki/AFP",
        "Tomasz Wierzbicki/Bloomberg",
        "(AP Photo/Aiko Hasegawa)",
        "Foto: Henrike Voss/dpa",
        "Aiko Hasegawa/Anadolu via Getty Images",
        "(Photo by Aiko Hasegawa/NurPhoto via Getty Images)",
        "Dara O'Rourke/The New York Times",
        "Omar al-Khatib | Reuters",
        "Kim Soo-hyun | Moment | Getty Images",
    ],
)
def test_credit_between_two_sentences(credit):
    line = f"{FIRST} {credit} {SECOND}"
    assert_fires("NL205", wrap(line), count=1, span=credit)
    assert_fixes("NL205", wrap(line), wrap(f"{FIRST} {SECOND}"))


@pytest.mark.parametrize(
    "line",
    [
        f"{FIRST} Customers can pay in cash and/or by card. {SECOND}",
        f"{FIRST} The limit is 30 km/h Near the school it is lower. {SECOND}",
        f"{FIRST} The Reuters/Ipsos poll found most voters backed the plan. {SECOND}",
        f"{FIRST} Reuters/Ipsos The survey of adults found most backed the plan. {SECOND}",
        f"{FIRST} XINHUA/Li Wei Police said the bridge would reopen. {SECOND}",  # where would the name end?
        f"{FIRST} Reuters | AFP The talks resumed on Monday after a pause. {SECOND}",
        # bars in a text without a slash: a menu, a score line, a table's cells
        f"{FIRST} Home | World | Business The talks resumed on Monday after a pause. {SECOND}",
        f"{FIRST} The final score was Harbour 2 | Vale 1 After the match the coach spoke. {SECOND}",
    ],
)
def test_slashes_between_sentences_in_prose_pass(line):
    assert_passes("NL205", wrap(line))


def test_credit_between_sentences_and_a_second_one_glued_after_it():
    line = "An unsold car sits at a dealership in Littleton, Colo. (AP Photo/Dana Ruiz) Photo: Dana Ruiz, STF / Associated Press"
    assert_fires("NL205", wrap(line), count=2)
    assert_fixes("NL205", wrap(line), wrap("An unsold car sits at a dealership in Littleton, Colo."))


def test_credit_between_sentences_stops_before_a_dash():
    line = f"{FIRST} Jaafar Haddad / AFP — The United States said it would respond. {SECOND}"
    assert_passes("NL205", wrap(line))


@pytest.mark.parametrize("line", ["Handout/Kremlin Press Office", "POOL/Harbour Times", "Str/Kontinent"])
def test_role_and_slash_credit_whatever_the_source(line):
    assert_fires("NL203", wrap(line), count=1, span=line)


@pytest.mark.parametrize("line", ["Pool/Spa Opening Hours", "Handout/the ministry said"])
def test_role_and_slash_passes_on_other_lines(line):
    assert_no_credit(line)


@pytest.mark.parametrize("line", ["Aiko Hasegawa (AFP)", "Dara O'Rourke (Agence France-Presse)"])
def test_name_and_agency_in_brackets_between_paragraphs(line):
    assert_fires("NL203", LONG + line + "\n\n" + LONG, count=1, span=line)
    # under a headline it is a reporter's byline
    assert_passes("NL203", "Ferry strike ends\n\n" + line + "\n\n" + LONG)


@pytest.mark.parametrize("line", ["Aiko Hasegawa · Reuters", "Aiko Hasegawa • AFP", "Supplied image", "Handout picture"])
def test_credit_with_a_middle_dot_or_a_stock_picture_word(line):
    assert_one_of(("NL202", "NL203"), wrap(line), span=line)


@pytest.mark.parametrize("line", ["Boris Johnson (Conservative)", "Jane Smith (left)", "Home • News • World"])
def test_brackets_and_dots_pass_on_other_lines(line):
    assert_no_credit(line)
    assert_passes("NL203", LONG + line + "\n\n" + LONG)


def test_credit_between_sentences_in_a_crlf_document():
    line = f"{FIRST} Photo: Tomasz Wierzbicki/AFP {SECOND}"
    text = wrap(line).replace("\n", "\r\n")
    assert_fires("NL205", text, count=1, span="Photo: Tomasz Wierzbicki/AFP")
    assert_fixes("NL205", text, wrap(f"{FIRST} {SECOND}").replace("\n", "\r\n"))


@pytest.mark.parametrize(
    "line",
    [
        "Aiko Hasegawa for Gulf News",  # an outlet named by a news word
        "Tomasz Wierzbicki for Middle East Eye",
        "Kwame Asante-Boateng for Daily Maverick",
    ],
)
def test_assignment_credit_fires_on_outlets_named_by_a_news_word(line):
    assert_fires("NL204", LONG + line + "\n\n" + LONG, count=1, span=line)
    assert_passes("NL204", "Home\n\n" + line + "\n\nSport\n")


@pytest.mark.parametrize("line", ["Aiko Hasegawa – Gulf News", "Kim Soo-hyun — The Harbour Courier", "Dara O'Rourke/Zeit Online"])
def test_agency_credit_fires_on_outlets_named_by_a_news_word(line):
    assert_fires("NL203", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line", ["Tom Jones for Star Wars", "Jane Doe for Mayor", "Tom Wolfe – The Right Stuff", "Mark Twain — The Adventures of Tom Sawyer"]
)
def test_news_word_outlets_pass_on_titles_and_slogans(line):
    assert_no_credit(line)


# -- other spellings of a copyright, an agency's "photo by", a staff photo --------------------------

LONG_BEFORE = "The minister arrived late on Monday for the talks, which had been delayed twice already this year.\n\n"
LONG_AFTER = "\n\nTalks are expected to resume next week in the capital, officials from both delegations said.\n"


@pytest.mark.parametrize(
    "line",
    [
        "(c) Lena Holt/Reuters",  # the copyright sign typed as letters
        "(C) Kenji Mori/dpa",
        "© Lena Holt/EPA, 2021",  # the year after the holder
        "Reuters photo by Lena Holt",  # an agency's picture and its photographer
        "Anadolu Agency picture by Kenji Mori",
    ],
)
def test_agency_credit_fires_on_other_spellings(line):
    assert_fires("NL203", wrap(line), count=1, span=line)


def test_agency_alone_before_its_year_fires_between_paragraphs_only():
    assert_fires("NL203", LONG_BEFORE + "© Kyodo News 2024" + LONG_AFTER, count=1)
    assert_passes("NL203", "Talks resumed on Monday.\n\n© Kyodo News 2024\n")


@pytest.mark.parametrize(
    "line",
    [
        "(c) the board shall publish its accounts",  # a list's third item
        "(c) Lena Holt",  # no agency after the letters
        "© Copyright Gazette Media 2018",  # a site's own notice
        "© Lena Holt 2023",
        "The company photo by the river",
    ],
)
def test_other_spellings_pass_on_other_lines(line):
    assert_no_credit(line)


@pytest.mark.parametrize("line", ["Staff photo by Lena Holt", "Submitted photo by Kenji Mori"])
def test_staff_photo_by_fires(line):
    assert_fires("NL202", wrap(line), count=1, span=line)


# -- a company's handout: its name and legal form in brackets, alone on a line ---------------------


@pytest.mark.parametrize("line", ["(Walt Disney Co.)", "(Harbour Foods Ltd.)", "(Nordlicht Energie GmbH)", "(Acme Widgets, Inc.)"])
def test_company_handout_line_fires(line):
    assert_fires("NL203", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "The deal was approved by its parent (Walt Disney Co.)",  # the company named in a sentence
        "(the company)",
        "(Walt Disney)",  # no legal form: a name in brackets
        "(Harbour Foods Ltd. and its subsidiaries)",
    ],
)
def test_company_handout_passes_on_other_lines(line):
    assert_no_credit(line)


@pytest.mark.parametrize("line", ["Foto: Lena Holt (dpa)", "Photo: Kofi Mensah (Reuters)"])
def test_labelled_credit_with_the_agency_in_brackets_fires(line):
    assert_fires("NL202", wrap(line), count=1, span=line)


@pytest.mark.parametrize("line", ["Note: Lena Holt (Reuters)", "Photo: the river at dawn (Reuters)"])
def test_label_name_and_brackets_pass_on_other_lines(line):
    assert_no_credit(line)


@pytest.mark.parametrize("credit", ["Photo: Tomasz Wierzbicki/AFP", "Aiko Hasegawa/Anadolu via Getty Images"])
def test_credit_before_a_quotation_fires(credit):
    # the next sentence opens with a quotation mark
    line = f"{FIRST} {credit} “We will not give up,” the mayor said on Monday evening."
    assert_fires("NL205", wrap(line), count=1, span=credit)


@pytest.mark.parametrize("line", ["Lena Holt/Flickr (CC BY 2.0)", "Photo: Kofi Mensah/Wikimedia Commons (CC BY-SA 4.0)"])
def test_credit_with_the_picture_licence_fires(line):
    found = [d for code in ("NL202", "NL203") for d in linter_for(code).check(wrap(line)) if d.code == code]
    assert len(found) == 1 and wrap(line)[found[0].start : found[0].end] == line


@pytest.mark.parametrize("line", ["The river at dawn (CC BY 2.0)", "Lena Holt (CC0)"])
def test_licence_after_other_words_passes(line):
    assert_no_credit(line)


# -- labels of other languages' press (session 11): Finnish, Polish, Czech, Hungarian ----


@pytest.mark.parametrize(
    "line",
    ["Kuva: Ilkka Virtanen/Lehtikuva", "Zdjęcie: Tadeusz Wrona", "Snímek: Jana Dvořáková/ČTK", "Kép: Kovács Eszter"],
)
def test_labelled_credit_other_languages_fires(line):
    assert_fires("NL202", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Kuva on otettu kesällä.",  # a Finnish sentence opening with the word, no colon
        "Zdjęcie pokazuje zniszczony most.",
    ],
)
def test_label_words_in_other_languages_prose_pass(line):
    assert_passes("NL202", wrap(line))


def test_labelled_credit_other_languages_fix_deletes_the_line():
    assert_fixes("NL202", wrap("Kuva: Ilkka Virtanen/Lehtikuva"), BEFORE + AFTER.lstrip("\n"))


@pytest.mark.parametrize("line", ["©ANSA 2024", "©Zuma Press 2019"])
def test_copyright_sign_glued_to_agency_and_year_fires(line):
    # the sign written against the holder's name, as "© Kyodo News 2024" with its space
    assert_fires("NL203", LONG_BEFORE + line + LONG_AFTER, count=1, span=line)


@pytest.mark.parametrize("line", ["©Harbour Gazette 2024", "©Westbrook Media Group 2019"])
def test_copyright_sign_glued_to_a_site_and_year_passes(line):
    assert_passes("NL203", LONG_BEFORE + line + LONG_AFTER)
