"""Caption rules (NL3xx): firing, non-firing and fixed examples. Names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import patterns
from newslint.testing import assert_fires, assert_fixes, assert_one_of, assert_passes, linter_for

BEFORE = "Lawmakers debated the budget for a third day.\n\n"
AFTER = "\n\nA vote is expected before the end of the month.\n"


def wrap(line: str) -> str:
    return BEFORE + line + AFTER


# -- NL301 caption-phrase --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Aerial view of Lisbon landmarks at dusk",
        "An aerial view shows flooded fields near Ghent, Belgium.",
        "A general view of the parliament building in Oslo on March 2, 2021.",
        "In this pool photo released by the presidency, the two leaders walk to the podium.",
        "In this Sunday, Nov. 10, 2019, photograph, unsold cars sit at a dealership in Denver.",
        "FILE PHOTO: Traders work on the floor of the exchange in Frankfurt, Germany.",
        "Image caption The singer has sold millions of records worldwide",
        "Above: A coworking space in Austin, Texas.",
        "Pictured: the new terminal at the airport",
        "This handout photo released by the navy shows the damaged ship.",
        "Mayor Ines Correia (R) greets Governor Paul Hart (L) at the ceremony.",
        "Team members pose with the trophy (L-R) after the final.",
        "Coach Dana Whitfield, left, talks with Lee Morgan before the game.",
        "Olivia Brandt, pictured at the festival in 2017, when she was a student.",
        "The former minister is seen outside the court in Madrid.",
        "Fans are seen on a video screen during the match in Lisbon.",
        "The winner poses for photographers after the race in Monaco.",
        "The centres of the clusters are very hot (red), while cooler gas glows (in blue).",
        "Image: Coach Dana Whitfield, left, has replaced Lee Morgan as manager",
        "An artist's impression of the probe approaching the moon.",
        # A plain "A view of" placing a scene, without a final mark.
        "A view of the damaged bridge near Kherson",
        "A view of the old town in Dubrovnik at sunset",
        # Places and labels of other desks.
        "Mayor Lena Ortiz, second from left, cuts the ribbon at the harbour in Oslo.",
        "Left: Mayor Lena Ortiz at the opening. Right: The new ferry.",
        "Shown: The new ferry at the harbour in Oslo",
        "Photo illustration of the new ferry",
    ],
)
def test_caption_phrase_fires(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Settlements are seen as one of the most difficult issues in the conflict.",
        "The plan poses a threat to the region's water supply, critics said.",
        "South Dakota Gov. Lena Moss (R) is defending the state's new campaign.",
        "“I was pictured at the party, but I left early,” she said.",
        "Olivia Brandt, pictured, has denied the claims.",
        "Police released a photo of the suspect, pictured above, on Monday.",
        "A photo of the suspect was released on Monday.",
        "The man pictured in the video was arrested on Tuesday.",
        "Turn left, then right, at the end of the street.",
        "In this article we look at the new rules.",
        "In 2019, the company moved its headquarters to Austin.",
        "Die Teilnehmer posieren mit dem Pokal in Berlin.",
        "A view of the future",
        "A view of Europe in crisis",
        "A view of the sea opened up as we climbed near Split.",
        "Left: the river rose overnight, officials said.",
        "Right now the council is busy.",
        "Shown are the results of the vote.",
        "Right: 12 per cent, up from 9.",
        # The picture's aside closes and the story's own verb follows ("..., raised").
        "The children, pictured with their teacher on the last day of term, raised £4,000 for the hospital.",
        "The pupils, pictured in their new uniforms, collected 300 books for the library.",
        "The actress, pictured at the premiere in May, is expected to attend.",
        "Smith, pictured, is due in court on Monday.",
        "The couple, pictured on their wedding day in 1962, are celebrating their anniversary.",
        "This photo, taken on her phone in 2012, is the last picture of her father.",
        "The photograph, taken in Warsaw in 1938, was found in a drawer after her death.",
        # "above" governs a place ("above the fireplace"), not the page's picture.
        "Pictured above the fireplace is a portrait of the founder, painted in 1911 by an artist.",
        # An opener's noun phrase that the story's own past-tense verb or a speaker's
        # attribution follows: a sentence of prose.
        "An artist's impression of the new stadium was unveiled on Tuesday; construction begins next year.",
        "An artist's impression of the new terminal was published by the council on Friday.",
        "A general view of the economy, the governor said, suggests a soft landing is still possible.",
        "Drone footage shows the extent of the flooding, the agency said in a statement.",
        # "In this photo essay", "In this image-obsessed age": not the picture above.
        "In this photo essay, our correspondent documents a year in the life of a village school.",
        "In this image-obsessed age, the author argues, privacy has become a luxury.",
    ],
)
def test_caption_phrase_passes(line):
    assert_passes("NL301", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        # A label or an opener before a colon, then a sentence about those very words.
        "Photo: a word that, in the 1840s, meant something new to the readers of the papers.",
        "Pictured left to right: that is the phrase every sub-editor types a thousand times a year, says a new guide.",
        "Image: the word comes from the Latin imago, and it once meant a death mask.",
        # "Picture:" as the reader's imagining, which the next sentence names as an image.
        "Picture: a field of sunflowers, a burnt-out tank, and a single soldier walking towards the horizon. "
        "That is the image most readers will remember from the war's first summer.",
        "Picture: a village hall, a cake stall and a queue of people. This was the scene on Saturday in Hebden.",
    ],
)
def test_label_written_about_passes(line):
    assert_passes("NL301", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "Photo: the word 'Peace' is painted on a wall in Kyiv",
        "Pictured left to right: Ana Ruiz, Ines Moura and Lee Morgan",
        "Image: a protester holds a flag outside parliament in Tbilisi",
        "Picture: a soldier walks towards the horizon near Kherson. The image was taken in June.",
    ],
)
def test_label_before_a_scene_still_fires(line):
    assert_fires("NL301", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        # ', left,' in a story told in the past, over more than one sentence.
        "Ines Moura, left, and her sister Clara ran the shop together for thirty years. Clara died in March; Ines keeps it open six days a week.",
        "Lee Morgan, right, and his brother founded the firm in 1989. It now employs 300 people.",
    ],
)
def test_comma_position_in_a_story_told_in_the_past_passes(line):
    assert_passes("NL301", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "Ines Moura, left, and her sister Clara ran the shop together for thirty years.",  # one sentence
        "Coach Dana Whitfield, left, talks with Lee Morgan. The two met in 2019.",  # the scene in the present
        "Jose Mourinho, left, has replaced Mauricio Pochettino as manager. He was sacked on Tuesday.",
    ],
)
def test_comma_position_in_a_caption_still_fires(line):
    assert_fires("NL301", wrap(line))


def test_caption_phrase_fix_is_unsafe():
    text = wrap("Aerial view of Lisbon landmarks at dusk")
    assert_fixes("NL301", text, text)  # nothing changes without unsafe fixes
    assert_fixes("NL301", text, BEFORE + AFTER.lstrip("\n"), unsafe=True)


# -- NL302 dated-caption ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "President Ana Ruiz speaks with aides during a summit in Quito, Ecuador, October 8, 2024.",
        "Pedro Alves looks on during an event in Porto on May 11, 2019.",
        "People walk past a mural in Nairobi, Kenya, June 3, 2022.",
        "Minister Hugo Lenz arrives for a summit in Vienna, Austria, Tuesday, Nov. 19, 2019.",
        "A cyclist rides past a closed fuel plant in El Alto, Bolivia, November 19, 2019.",
        "Leader Omar Kane shakes hands with Mia Roth during their meeting, April 2, 2023, in Dakar.",
        # A plural subject and a bare verb ending like an adjective ("-ive"): drive, arrive.
        "Vehicles drive past a billboard in Lagos, Nigeria, February 23, 2019.",
        "Delegates arrive for talks in Geneva, Switzerland, May 2, 2022.",
        # A plural head with its "of" phrase before the bare verb.
        "Members of the national team celebrate at the stadium in Doha, Qatar, December 18, 2022.",
        "Supporters of the ruling party gather outside the court in Lima, Peru, March 2, 2023.",
    ],
)
def test_dated_caption_fires(line):
    assert_fires("NL302", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "President Ana Ruiz spoke with aides during a summit in Quito, Ecuador, on October 8, 2024.",
        "The new rules take effect in California on January 1, 2020.",
        "The exhibition runs in Amsterdam until January 19, 2020.",
        "Tickets go on sale in Denver from March 3, 2020.",
        "We will meet the delegates in Geneva on May 5, 2021.",
        "— Lena Moss (@lenamoss) November 18, 2019",
        "“He speaks for all of us,” she said in Rome on June 2, 2019.",
        "Das Parlament tagt in Berlin am 3. Mai 2019.",
        "The deadline for applications is March 1, 2020.",
        "The trial begins in Manhattan federal court on January 6, 2020.",
        "The agreement expires in Geneva on December 31, 2025.",
        "Massive protests continue in Rome until March 3, 2020.",
        "Negotiators expect a deal in Geneva by May 2, 2022.",
        "Members of the committee voted on the plan in Doha, Qatar, December 18, 2022.",
        "Members of the public attended the hearing in Lima, Peru, March 2, 2023.",
    ],
)
def test_dated_caption_passes(line):
    assert_passes("NL302", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        # the present perfect of a scene, stamped with a date
        "The freighter has docked at the port of Varna, Bulgaria, on June 4, 2021.",
        "The research vessel has anchored off Tromsø, 9 October 2022.",
        "Striker Ade Okonjo has scored the opening goal in Lagos on Saturday, Feb. 3, 2024.",
        # a terse caption of names with a single English function word
        "Mateo de la Vega speaks in Kharkiv region, Ukraine, September 13, 2017.",
        "Chancellor Ilse Brenner holds a sign near Gaza City, 11 August 2023.",
        # a plural noun closing the subject, then the bare verb
        "Emergency workers work at the site of a landslide in Quito, Ecuador, June 3, 2022.",
        "Rescue teams search the rubble in Hatay, Turkey, February 8, 2023.",
        "Emergency workers clear debris in Cairo, Egypt on June 2, 2017.",
        "Ukrainian servicemen unload aid from a truck in Kyiv on 7 June 2021.",  # a plural in "-men"
        # the wire's note before the caption
        "EDITORS NOTE: A man listens to a question in Seoul, May 3, 2021.",
        # "Jun." and "Jul.", abbreviated as some desks do
        "Ana Ruiz rides a bicycle along the seafront in Gdansk Jun. 4, 2023.",
        "Tomas Berg waves to supporters in Bergen, Norway, Jul. 14, 2021.",
    ],
)
def test_dated_caption_fires_on_other_wordings(line):
    assert_fires("NL302", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "The company has said it will appeal the ruling in Paris on May 5, 2021.",
        "The minister has been questioned by police in Oslo on March 2, 2022.",
        "Ms Brenner had signed the order in Berlin on 11 August 2023.",
        "Editor's note: This story has been updated to correct the date of the vote.",
        "EDITORS NOTE: The ministry said the vote would be held in Seoul on May 3, 2021.",
        "Die Rettungskräfte suchen in Hatay, Türkei, am 8. Februar 2023.",
    ],
)
def test_dated_caption_passes_on_other_wordings(line):
    assert_passes("NL302", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "A view of the parliament building in Tallinn on March 3, 2021.",
        "View of the old town from the castle in Prague, June 5, 2019.",
    ],
)
def test_dated_view_without_a_verb_fires(line):
    assert_fires("NL302", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        # an "-ed" word right after an article is an adjective, not a verb
        "A damaged building seen after shelling in Kharkiv, Ukraine, 4 April 2023.",
        "The flooded road to the airport in Dhaka, Bangladesh, on January 20, 2021.",
    ],
)
def test_dated_scene_with_an_adjective_in_ed_fires(line):
    assert_fires("NL302", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "The embattled president resigned in Lima on March 3, 2022.",
        "A damaged building collapsed in Lima on March 3, 2022.",
    ],
)
def test_dated_story_sentence_with_an_adjective_in_ed_passes(line):
    assert_passes("NL302", wrap(line))


def test_dated_line_opening_with_a_view_kind_is_a_caption_phrase():
    line = "An exterior view of the stock exchange in Ankara on August 3, 2021."
    assert_fires("NL301", wrap(line), count=1, span=line)
    assert_passes("NL302", wrap("A view of the future was presented in Geneva on March 3, 2021."))




def test_perfect_caption_beside_credit():
    line = "The ferry has docked at the harbour in Split."
    assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Panoramic view of the Porto skyline at night",
        "A night view of Valletta harbour",
        "Bird's-eye view of Tartu old town",
        "Satellite view of the dam near Kakhovka",
        "From left, Ines Moura, Tom Berg and Sato Ren attend a meeting in Lima, Peru.",
    ],
)
def test_view_and_order_openers_fire(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Undated handout photo of the suspect released by police in Osaka.",
        "An undated photo of the singer in concert in Dublin.",
        "A screen grab taken from a video shows the fire at the plant near Rouen.",
        "Photo released by the navy shows the frigate near Toulon.",
        # the desk's bare formula, without a determiner
        "Photo shows the aftermath of the explosion at the factory.",
        "Image shows a newly described species of tree frog.",
        "Left to right: coach Ivo Petrov, captain Lena Holm and owner Raj Patel",
        "Clockwise from top left: the old pier, the lighthouse and the harbour office.",
    ],
)
def test_undated_and_released_picture_openers_fire(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Ines Moura (far left) and Tom Berg (far right) attend the summit in Lima.",
        "Ines Moura (left) talks with Tom Berg in Lima.",
        "File Photo: Ines Moura speaks in Lima.",
        "In this photo, Ines Moura (left) talks with Tom Berg in Lima.",  # the desk's "this"
    ],
)
def test_spelt_out_places_and_file_photo_fire(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "The Labour Party (left) and the Tories are level in the polls, the survey said.",
        "Turn the knob (left) to open the valve.",
        "Gov. Ines Moura (R) signed the bill on Tuesday.",
        # the story describing a picture it names
        "In the photograph, Ines Moura (left) and her sister stand at the bar of the family pub.",
    ],
)
def test_spelt_out_places_pass_on_prose(line):
    assert_passes("NL301", wrap(line))




@pytest.mark.parametrize(
    "line",
    [
        "Photo shoots are expensive in Paris these days, the agency said.",
        "Photos shared on social media showed smoke over the city, but officials denied it.",
        "Undated records show the mill was built before 1800.",
        # "shows" as a noun: exhibitions of photographs
        "Photo shows are popular.",
        "Photo shows and film screenings are planned for the weekend, the organisers said.",
    ],
)
def test_picture_openers_pass_on_prose(line):
    assert_passes("NL301", wrap(line))




@pytest.mark.parametrize(
    "line",
    [
        "The view of the harbour from the hill is what draws the tourists.",
        "A different view of the budget",
        "Their view of the Porto skyline changed after the fire.",
        "From left-wing parties to the far right, everyone backs the budget.",
    ],
)
def test_view_and_order_openers_pass_on_prose(line):
    assert_passes("NL301", wrap(line))


def test_picture_taken_opens_a_caption():
    line = "Picture taken in Dhaka on January 23, 2017."
    assert_fires("NL301", wrap(line), count=1, span=line)
    assert_passes("NL301", wrap("The picture taken at the border was shared widely, officials said."))


def test_picture_taken_closing_a_terse_caption():
    line = "Mateo de la Vega speaks in Kharkiv region, Ukraine, September 13, 2017. Picture taken with a drone."
    assert_one_of(("NL301", "NL302"), wrap(line), span=line)


def test_dated_caption_without_glued_credit():
    line = "Traders work on the floor in London, Britain, March 3, 2021. REUTERS/Ana Lima"
    assert_fires("NL302", wrap(line), span=line)


# -- NL303 caption-beside-credit ----------------------------------------------------------------

CREDIT = "\n\nMarta Kowalczyk | Moment | Getty Images"


@pytest.mark.parametrize(
    "line",
    [
        "Burning crop waste outside of Lahore is sending smoke into the city.",
        "A man rides a bicycle through thick smog in New Delhi.",
        "Helena Sousa and Rui Matos in 2004.",
    ],
)
def test_caption_beside_credit_fires(line):
    assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Burning crop waste outside of Lahore is sending smoke into the city.",
        "A man rides a bicycle through thick smog in New Delhi.",
    ],
)
def test_caption_beside_credit_needs_the_credit(line):
    assert_passes("NL303", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "A man rides a bicycle through thick smog in New Delhi. (AP Photo/Tomás Ortega)",
        "Ines Moura loads crates into her van outside a market in Faro. Photo: Kaito Mori/AFP",
    ],
)
def test_caption_before_a_glued_credit_fires(line):
    found = assert_fires("NL303", wrap(line), count=1)
    assert wrap(line)[found[0].start : found[0].end] == line


def test_story_sentence_before_a_glued_credit_passes():
    assert_passes("NL303", wrap("The minister resigned on Tuesday after the vote. Photo: Kaito Mori/AFP"))




@pytest.mark.parametrize(
    "line",
    [
        "The ceremony is due to be held at the stock exchange in Hong Kong next Tuesday.",
        "The incident comes after two patients were quarantined at a hospital in Beijing.",
        "Plague is transmitted between animals and humans; by the bite of infected fleas.",
        "Coach Ray Lin recognizes that his team's hopes are slim after the loss in Denver.",
        "Cook said the admiration is mutual.",
        "It is unclear if the smaller model will follow suit in Europe.",
        "Be sure to visit the park on Facebook, Twitter, and Instagram.",
        "Researchers in Oslo used the telescope to study the moon.",
        "The festival runs in Edinburgh through August 26, 2019.",
    ],
)
def test_caption_beside_credit_passes_on_prose(line):
    assert_passes("NL303", BEFORE + line + CREDIT + AFTER)


@pytest.mark.parametrize(
    "line",
    [
        "Commuters queue for the first tram of the day at the depot, which has stood there since 1911",
        "Volunteers sort donated coats in the church hall before the winter appeal",
    ],
)
def test_caption_without_its_period_beside_credit_fires(line):
    found = assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)
    assert "without a final period" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        "Why The Harbour Ferry Still Matters To The Island Towns",  # a title-cased sub-heading
        "Volunteers sort coats",  # too short to tell from a heading
        "By Marta Kowalczyk and Jonas Weber in Vienna for the newsroom",  # a byline
        "For more details on the appeal and how to give, please visit www.example.org",  # a request
        "READ MORE: Volunteers sort donated coats in the church hall",  # a label
        "Volunteers sorted the coats while the hall was still closed to visitors",  # narration
        "“We sort donated coats in the church hall every winter,” the vicar says",  # a quotation
    ],
)
def test_caption_without_its_period_passes_on_other_lines(line):
    assert_passes("NL303", BEFORE + line + CREDIT + AFTER)


def test_headline_before_credit_is_not_a_caption():
    text = "Minister Hugo Lenz arrives in Vienna for talks.\n\n" + CREDIT.lstrip("\n") + AFTER
    assert_passes("NL303", text)


def test_caption_beside_credit_fix_is_unsafe():
    line = "A man rides a bicycle through thick smog in New Delhi."
    text = BEFORE + line + CREDIT + AFTER
    assert_fixes("NL303", text, BEFORE + CREDIT.lstrip("\n") + AFTER, unsafe=True)


# -- one report per line, and the seed article -------------------------------------------------


def test_a_line_is_reported_by_one_caption_rule_only():
    line = "Leader Omar Kane (R) shakes hands with Mia Roth (L) in Dakar, April 2, 2023."
    text = BEFORE + line + CREDIT + AFTER
    codes = [d.code for code in ("NL301", "NL302", "NL303") for d in linter_for(code).check(text) if d.code == code]
    assert codes == ["NL301"]


def test_seed_captions():
    path = Path("/work/shared/seed/kremlin-iran-article.txt")
    if not path.exists():
        pytest.skip("seed article not available")
    text = path.read_text(encoding="utf-8")
    found = {}
    for code in ("NL301", "NL302", "NL303"):
        for d in linter_for(code).check(text):
            if d.code == code:
                found[d.line] = code
    assert found == {3: "NL301", 19: "NL302", 29: "NL301", 45: "NL301"}


def test_caption_in_a_non_english_page_is_found_but_local_prose_is_not():
    page = "O ministro chegou atrasado na segunda-feira.\n\n{}\n\nA votação deve acontecer em breve.\n"
    caption = "People walk past a mural in Nairobi, Kenya, June 3, 2022."
    assert_fires("NL302", page.format(caption), span=caption)
    assert_passes("NL302", page.format("Pessoas caminham em Nairobi, Quênia, 3 de junho de 2022."))


# -- the gate and the candidate search ---------------------------------------------------------

from newslint import Document  # noqa: E402
from newslint_rules import caption  # noqa: E402

PROSE = (
    "The council voted on Thursday to keep the ferry in service for another ten years, ending a "
    "dispute that had divided the waterfront since the spring, the mayor said.\n\n"
    "The line carries about 4,000 passengers a day, and its operator had warned that rising costs "
    "would force it to stop by the end of the year."
)


def test_gate_rules_out_clean_prose():
    assert not caption.may_hold_caption(Document(PROSE))


@pytest.mark.parametrize(
    "line",
    [
        "Coach Dana Whitfield, left, talks with Lee Morgan.",  # a comma position
        "Mayor Ines Correia (R) greets Governor Paul Hart (L).",  # a bracketed position
        "Olivia Brandt, pictured at the festival.",  # a picture word
        "The winner poses for photographers.",
        "The former minister is seen outside the court.",
        "Aerial view of Lisbon landmarks at dusk",  # an opener at a line start
        "    In this photo released by the navy, the ship sails.",  # indented
        "A delegate speaks in Vienna, Austria, March 3, 2021.",  # a year at a line's end
        "Jane Doe | AFP | Getty Images",  # a credit line
        "Photo by Jane Doe.",  # a short line ending in a period, with a credit's mark
    ],
)
def test_gate_opens_on_each_kind_of_candidate(line):
    document = Document(PROSE + "\n\n" + line + "\n\n" + PROSE)
    assert caption.may_hold_caption(document)


def test_gate_opens_on_an_opener_in_the_first_line():
    assert caption.may_hold_caption(Document("FILE PHOTO: Traders work on the floor.\n\n" + PROSE))


def test_gate_keeps_its_candidates_for_the_analysis():
    document = Document(PROSE + "\n\nThe winner poses for photographers after the race in Monaco.\n")
    assert caption.may_hold_caption(document)
    assert document.memo("caption.candidates", lambda d: None) is caption._candidates(document)
    assert [f.code for f in caption.caption_findings(document).values()] == ["NL301"]


def test_caption_candidates_read_the_credit_scan_the_credit_rules_share():
    from newslint_rules._credit_shapes import credit_scan

    prose = Document(PROSE + "\nIt was a long meeting.")
    assert caption._candidates(prose).scan is None
    assert "credit.scan" not in prose._memo  # no credit candidate: no scan
    document = Document(PROSE + "\n\nJane Doe | AFP")
    assert caption._candidates(document).scan is credit_scan(document)  # one scan per document, not two
    assert caption._candidates(document).scan.lines


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (PROSE, []),
        (PROSE + "\nIt ended in 2020.", ["It ended in 2020."]),
        (
            PROSE + "\n\nA delegate speaks in Vienna, Austria, March 3, 2021.  \n\nMore.",
            ["A delegate speaks in Vienna, Austria, March 3, 2021.  "],
        ),
        ("Seen in 1999\nThe end of 2019 .\n  \n2024\nNot 1850.\nPage 12.\n20255\n", ["Seen in 1999", "2024"]),
        ("Windows line ends, 2021.\r\nNext 2020\r\n\r\nLast", ["Windows line ends, 2021.", "Next 2020"]),
    ],
)
def test_year_ends_are_the_lines_ending_with_a_year(text, lines):
    document = Document(text)
    starts = caption._marked_lines(document)[1]
    assert [document.line_at(start).text for start in starts] == lines
    assert starts == _reference_year_ends(Document(text))


def _reference_year_ends(document: Document) -> list[int]:
    """The start offsets of the lines ending with a year, the plain way: what
    ``caption._marked_lines`` finds in its one pass over the lines."""
    from newslint_rules._credit_shapes import ends_with_year

    return [line.start for line in document.lines if line.text and ends_with_year(line.text)]


def test_year_ends_leave_line_starts_unbuilt_without_one():
    document = Document(PROSE + "\n\nPage 12.")
    assert caption._marked_lines(document)[1] == []
    assert "line_starts" not in document.__dict__
    document = Document(PROSE + "\n\nA delegate speaks in Vienna, Austria, March 3, 2021.")
    assert caption._marked_lines(document)[1] == [len(PROSE) + 2]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Aerial view of Moscow", True),
        ("  A general view of the stadium", True),
        ("This handout photo shows the ship", True),
        ("A spokesman for the ministry said it was studying the proposal.", False),
        ("Image quality matters to the jury.", False),
    ],
)
def test_line_may_open_with_a_caption_formula(line, expected):
    # (asked only of lines that start with one of the openers' first words)
    assert line.strip().startswith(caption._OPENER_HEADS)
    assert caption._may_open_with_a_caption_formula(line) is expected


# -- NL304 unpunctuated-caption -------------------------------------------------------------------

PARA_BEFORE = "The ferry company said on Monday that it would keep the winter timetable.\n\n"
PARA_AFTER = "\n\nPassengers will be able to buy tickets online from next week.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Supporters gather outside the stadium in Tunis, Tunisia ahead of the final",
        "Smoke rises over the harbour in Split after the fire at the shipyard",
        "Pope Lucian holds a candle during a vigil in Manila, Philippines",
        "The cargo ship has docked at the port in Varna after the storm",
        # a caption full of names is not title case: its verb and nouns are lower case
        "South Korean President Han Min-seo addresses the nation at the Blue House in Seoul",
    ],
)
def test_unpunctuated_caption_fires(line):
    assert_fires("NL304", PARA_BEFORE + line + PARA_AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "text",
    [
        # under the headline
        "Ferry strike ends after two weeks\n\nSupporters gather outside the stadium in Tunis, Tunisia ahead of the final"
        + PARA_AFTER,
        # a title-cased sub-heading
        PARA_BEFORE + "Supporters Gather Outside The Stadium In Tunis Ahead Of The Final" + PARA_AFTER,
        # a block of other stories' headlines
        PARA_BEFORE + "Supporters gather outside the stadium in Tunis ahead of the final\n\n"
        "Ferry workers end their strike in Split after two weeks" + PARA_AFTER,
        # a wrapped line of a paragraph
        PARA_BEFORE + "Supporters gather outside the stadium in Tunis, Tunisia ahead of the\nfinal on Sunday." + PARA_AFTER,
        # narration in the past, a quotation, a verbless line
        PARA_BEFORE + "Supporters gathered outside the stadium in Tunis ahead of the final" + PARA_AFTER,
        PARA_BEFORE + "“Supporters gather outside the stadium in Tunis every week,” he says" + PARA_AFTER,
        PARA_BEFORE + "The old town square in Tunis during the festival of lights" + PARA_AFTER,
        # a line of German prose
        PARA_BEFORE + "Anhänger versammeln sich vor dem Stadion in Tunis vor dem Finale" + PARA_AFTER,
        # sub-headings and other stories' headlines in sentence case: no article, or a habit
        PARA_BEFORE + "Farmers protest against new tax rules in Brussels" + PARA_AFTER,
        PARA_BEFORE + "Oil workers strike in Nigeria over unpaid wages" + PARA_AFTER,
        PARA_BEFORE + "Tourists flock to the beaches in Portugal every summer" + PARA_AFTER,
    ],
)
def test_unpunctuated_caption_passes(text):
    assert_passes("NL304", text)


@pytest.mark.parametrize(
    "line",
    ["Ines Moura, chief economist at Harbour Bank", "Kofi Mensah, the engineer who is overseeing the new bridge"],
)
def test_unpunctuated_portrait_caption_alone_fires(line):
    found = assert_fires("NL304", PARA_BEFORE + line + PARA_AFTER, count=1, span=line)
    assert "who the person is" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        "Ines Moura, Senior Writer",  # a signature
        "Ines Moura, Kofi Mensah and Lea Berg",  # names
        "Ines Moura, the mayor, said the plan would work",  # the story's sentence
    ],
)
def test_unpunctuated_portrait_caption_alone_passes(line):
    assert_passes("NL304", PARA_BEFORE + line + PARA_AFTER)


def test_unpunctuated_caption_fix_is_unsafe():
    line = "Supporters gather outside the stadium in Tunis, Tunisia ahead of the final"
    assert_fixes("NL304", PARA_BEFORE + line + PARA_AFTER, PARA_BEFORE + PARA_AFTER.lstrip("\n"), unsafe=True)


def test_every_opener_head_passes_the_first_character_test():
    assert all(head[:1] in caption._OPENER_FIRST_CHARACTERS for head in caption._OPENER_HEADS)
    assert "" not in caption._OPENER_FIRST_CHARACTERS  # a blank line fails it at once


@pytest.mark.parametrize(
    "line, opens",
    [
        ("\tAerial view of the port at dawn", True),  # indented: the heads are read stripped
        ("\u00a0In this photo released by the navy, the ship sails.", True),
        ("The council voted in this photo session.", False),
        ("", False),
    ],
)
def test_candidate_scan_finds_openers_behind_the_first_character_test(line, opens):
    document = Document(PROSE + "\n\n" + line + "\n\n" + PROSE)
    lines = caption._candidates(document).lines
    start = len(PROSE) + 2
    assert (start in lines and lines[start][1] & caption._PHRASE != 0) is opens


def test_the_listed_whitespace_is_every_character_isspace_accepts():
    from newslint_rules.caption import WHITESPACE

    assert WHITESPACE == frozenset(c for c in map(chr, range(0x110000)) if c.isspace())


@pytest.mark.parametrize(
    "text",
    [
        PROSE + "\n\nAerial view of the port at dawn\n\n" + PROSE,
        "In this photo released by the navy, the ship sails.\n\n" + PROSE + "\n  A general view of the stadium\n",
        PROSE + "\r\n\r\nAerial view of the port\r\n" + PROSE + "\rFILE PHOTO: The ship\r",  # "\r": the whole text is scanned
        "\n\nPhoto illustration of a phone\n\nImage caption A man waves\n\nThis handout photo shows the ship",
        "A spokesman said so.\n\nA " + "x" * 120 + " photo of the port",  # opening words, no opener
        PROSE,
        "",
    ],
)
def test_opener_starts_are_where_the_scan_of_the_text_finds_openers(text):
    expected = [match.start() + 1 for match in caption._SCAN_OPENER.finditer(text)]
    if caption._SCAN_OPENER.match("\n" + text[:100]):
        expected.append(0)
    assert caption._opener_starts(Document(text)) == expected


# -- other desks' openers: an agency's capitalised dateline, screen grabs, file pictures ------


@pytest.mark.parametrize(
    "line",
    [
        # A picture agency's dateline (place and date in capitals, a colon), whatever follows.
        "OSLO, NORWAY - MARCH 12: A general view of the harbour from the fortress on March 12, 2024 in Oslo, Norway.",
        "PORTO, PORTUGAL - JUNE 03: Fans of the home side ahead of the cup final at the stadium on June 03, 2024 in Porto, Portugal.",
        # Screen grabs and stills of a video.
        "A screen grab from a video posted by the army shows a convoy crossing a bridge.",
        "Screengrab taken from a video released on social media shows the burning depot.",
        "Still from footage released by the coast guard shows the rescue of the crew.",
        "This frame grab from video shows rescuers carrying a child in Aleppo.",
        "Image grab from video footage shows smoke over the airport.",
        "In this screengrab from video, Ilse Varga addresses the court in Szeged.",
        # File pictures, however the desk labels them.
        "File picture of the Rhine at low water near Kaub, Germany.",
        "File image of the central bank building in Vienna.",
        "Archive photo: Nadia Haddou addresses delegates at a party conference in Lyon in 2019.",
        "(File photo) Passengers board a train at the central station in Utrecht.",
        "(FILE) Prime Minister Ana Ruiz arrives for a summit in Brussels, Belgium, 18 April 2024.",
        # A view "taken on" its date; a handout "made available by" its source.
        "A general view taken on November 3, 2024 shows the port of Gabes.",
        "This aerial view taken on October 30, 2024 shows cars piled up in a street in Alzira.",
        "A handout photo made available by the palace press office shows the king meeting envoys in Rabat.",
        # A desk's date and place before a colon.
        "November 3, 2024, Kherson, Ukraine: Rescuers work at the site of a damaged school.",
        "May 30, 2024, San Jose: Voters queue outside a school.",
    ],
)
def test_other_desks_openers_fire(line):
    assert_fires("NL301", wrap(line), count=1, span=line)
    assert_fires("NL301", wrap(line + "\n(Photo by Jo Marsh/Getty Images)"), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        # A story's dateline: no month in capitals and colon.
        "WASHINGTON (Reuters) - The Senate voted on Tuesday to approve the spending bill.",
        "LONDON, March 12 (Reuters) - Britain's economy grew faster than expected in January.",
        "LONDON, ENGLAND - The government is expected to announce a new housing plan next week.",
        "NAIROBI, Kenya — Protesters returned to the streets of the capital on Thursday.",
        # A still or a file of something else.
        "Still from the start, the team never looked like losing.",
        "Still, the video of the attack was shared widely.",
        "File photos are kept in the archive for ten years.",
        "The screen grab was shared thousands of times, officials said.",
        "Archive photos show the mill before the fire, the museum said.",
        "File photos of the building show it before the extension was added in 1998.",
        # Someone "seen" in footage the story cites (not "in this image from the footage").
        "The suspect is seen leaving the shop in footage released by police on Monday.",
        "The driver is seen on CCTV running a red light moments before the crash.",
        "March 12, 2024: The court rules on the appeal.",
        "A photo made available by the museum went viral, the curator said.",
        "This general view of the case is shared by most judges.",
        "May 30, 2024, was the hottest day on record.",
    ],
)
def test_other_desks_openers_pass(line):
    assert_passes("NL301", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "SAN JOSE, COSTA RICA - NOV. 4: Voters queue at a school in San Jose.",
        "LYON, FRANCE – OCTOBER 19: Coach Dana Whitfield during the match at the stadium in Lyon, France. Lyon lost the game.",
    ],
)
def test_agency_dateline_caption_beside_its_credit_fires(line):
    # Not ending with its date, the line is found by its credit (a scan of every text
    # for the dateline would cost too much).
    assert_fires("NL301", BEFORE + line + "\n(Photo by Jo Marsh/Getty Images)" + AFTER, count=1, span=line)
    assert_fires("NL301", wrap(line + " (Photo by Jo Marsh/Getty Images)"), count=1)


def test_agency_dateline_caption_fix_deletes_the_line():
    line = "OSLO, NORWAY - MARCH 12: A general view of the harbour on March 12, 2024 in Oslo, Norway."
    assert_fixes("NL301", wrap(line), BEFORE + AFTER.lstrip("\n"), unsafe=True)


@pytest.mark.parametrize(
    "line",
    [
        # A desk's caption without a verb: names, then the occasion and its place.
        "Prime Minister Ana Ruiz during a visit to a school in Leeds.",
        "Health Secretary Lena Moss with nurses at the general hospital in Derby.",
        "Oskar Wirth at the party congress in Essen last summer.",
        "Marta Kovac and Idris Obi at the signing of the agreement in Geneva last year.",
    ],
)
def test_verbless_caption_beside_credit_fires(line):
    assert_fires("NL303", BEFORE + line + "\n\n(Jo Marsh/PA)" + AFTER, count=1, span=line)
    assert_fires("NL303", wrap(line + " (Jo Marsh/PA)"), count=1)


@pytest.mark.parametrize(
    "line",
    [
        "Prime Minister Ana Ruiz during his speech promised more money for schools.",
        "Prime Minister Ana Ruiz during a visit to a school in Leeds.",  # no credit: not NL303's
    ],
)
def test_verbless_caption_beside_credit_passes(line):
    credit = "\n\n(Jo Marsh/PA)" if "promised" in line else ""
    assert_passes("NL303", BEFORE + line + credit + AFTER)


@pytest.mark.parametrize(
    "line",
    [
        # A scene without a verb, stamped with its date.
        "The skyline of the docks at dusk in Hull, UK, on Tuesday, Nov. 5, 2024.",
        "A worker on the assembly line at a battery plant in Pecs, Hungary, on Thursday, Sept. 26, 2024.",
        "Floodwaters in the town of Altenahr, Germany, July 15, 2021.",
        # The circumstance a desk adds after the date.
        "A woman walks past a burnt-out bus in Kherson on November 3, 2024, amid the war.",
        "Residents wade through a flooded street in Alzira on October 31, 2024, after heavy rain.",
    ],
)
def test_dated_caption_fires_on_desk_shapes(line):
    assert_fires("NL302", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Published on Tuesday, Nov. 5, 2024, in Washington.",
        "Last modified 12 March 2024.",
        "The storm hit the coast of Leyte, Philippines, on November 3, 2024.",
        "The rally in Tbilisi turned violent on November 3, 2024.",
        "The team trains in Doha, Qatar, December 17, 2022, before its final match.",
        "The storm hit the coast on November 3, 2024, after days of warnings.",
    ],
)
def test_dated_caption_passes_on_desk_shapes(line):
    assert_passes("NL302", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "People queue for bread at a bakery in Omdurman on April 20, 2023. AFP",
        "Fans celebrate in Izmir, Turkey, March 31, 2024. Reuters",
        "Snow has covered the streets of the old town in Tartu, Estonia, on January 8, 2024. AFP",
    ],
)
def test_dated_caption_with_a_bare_agency_after_it_fires(line):
    assert_fires("NL302", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "He joined the agency on April 20, 2023. Reuters later named him bureau chief.",
        "Fans celebrate in Izmir, Turkey, March 31, 2024. The party won the city.",
    ],
)
def test_dated_caption_with_a_sentence_after_it_passes(line):
    assert_passes("NL302", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "Ministers meet in Brussels on Tuesday.",
        "The trial continues in Leeds on Monday.",
    ],
)
def test_schedule_ending_with_a_weekday_beside_a_credit_passes(line):
    assert_passes("NL303", BEFORE + line + "\n\nREUTERS/Jo Marsh" + AFTER)
    assert_passes("NL303", wrap(line + " (AP Photo/Jo Marsh)"))


def test_caption_ending_with_a_weekday_and_its_country_beside_a_credit_fires():
    line = "Soldiers carry the coffin of a comrade during a funeral in Lutsk, Ukraine, on Saturday."
    assert_fires("NL303", BEFORE + line + "\n\nREUTERS/Jo Marsh" + AFTER, count=1, span=line)


# -- other desks' captions, and what stays silent beside a credit -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        # A sentence-case headline or sub-heading right above a picture's credit.
        "Floods drive families from their homes in the south of Chile",
        "Police fire water cannon at marchers in Valparaiso",
        "Rising fuel costs squeeze small bakers in the north",
        "Why the old tramline matters to the people of Porto",
        "A teacher holds the key to the town's reading revival",
        # A live blog's entry, a statistic, a result, an obituary, a schedule.
        "11.20: The mayor arrives at the town hall in Ghent.",
        "Update: Firefighters confirm the road near Tarbes is closed.",
        "Commuters in Lyon spend an average of 40 minutes a day on buses.",
        "The gallery in Turin holds more than 9,000 drawings from the period.",
        "Visitors crowd the Ponte Vecchio in Florence every August.",
        "Lisbon beat Braga 3-1 at the Alvalade on Sunday.",
        "Hanna Berg, the Swedish poet, has died in Uppsala at the age of 88.",
        "Councillors meet in Leuven on Thursday to approve the budget.",
        "The summit opens in Riga on May 4 and runs for three days.",
        "The new toll comes into force in Oslo on 1 March 2026.",
        "The next regional vote in Tyrol is scheduled for 2028.",
        "Dock workers in Rotterdam walk out on Monday in a dispute over pay.",
        "Prices in the market in Dhaka, Bangladesh, have risen by a third since May.",
        # News told with its cause or its time: a second clause with its own verb.
        "Shoppers in Lisbon face higher prices as the new tax takes hold.",
        "A mother waits for news of her son after the ferry sinks off Crete",
        # Someone the story has named, a place's state, what is to come.
        "His daughter runs the family bakery in Ghent, Belgium.",
        "The museum houses a collection of old maps in Seville, Spain.",
        "The ruling party holds a rally in Kumasi, Ghana, ahead of next month's vote.",
    ],
)
def test_headlines_and_story_lines_beside_a_credit_pass(line):
    for code in ("NL301", "NL302", "NL303"):
        assert_passes(code, BEFORE + line + CREDIT + AFTER)


@pytest.mark.parametrize(
    "line",
    [
        "Sports results: Lisbon beat Braga 3-1 in Lisbon, Portugal, May 4, 2025.",
        "Gent defeats Mechelen in a penalty shoot-out in Ghent, Belgium, April 6, 2025.",
        "Interest rates stand at 4.5 percent in Norway, as of March 6, 2025.",
        "Retired judge Ola Dahl has died in Bergen, Norway, on March 2, 2025.",
        "The new toll comes into force in Oslo, Norway, on March 1, 2026.",
        "Kenya's Jo Mutai wins the marathon in Berlin, Germany, September 28, 2025.",
    ],
)
def test_story_facts_with_a_date_are_not_a_dated_caption(line):
    assert_passes("NL302", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        # Without its period, a caption keeps a scene's shape: a verb after its subject,
        # its articles and a place.
        "Riot police fire tear gas at marchers in central Valparaiso, Chile",
        "A worker cleans the glass roof of the old station in Antwerp",
        "Fishermen unload their catch at the port of Essaouira, Morocco",
    ],
)
def test_unpunctuated_scene_beside_a_credit_fires(line):
    assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Miners queue for their shift at the Rooikop mine near Carletonville, South Africa, on 8 March 2024.",
        "Relatives of missing sailors gather at the port of Lampedusa, Italy.",
        "A man walks past a shuttered shop in central Buenos Aires.",
    ],
)
def test_caption_placed_by_a_place_of_a_city_beside_a_credit_fires(line):
    assert_one_of(("NL302", "NL303"), BEFORE + line + CREDIT + AFTER, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "(L to R) Ines Prado, Kofi Amoah and Lars Holm look at plans for the new bridge.",
        "(From L to R) Jurors Emi Sato, Rafael Lima and Nadia Bakr arrive in Cannes.",
        "From L-R: Coach Pavel Novak, captain Tomas Ruzicka and forward Jan Blaha pose with the cup.",
        "Pictured is the damaged railway bridge outside Kyiv.",
        "Seen here: the new cable car over the river in Medellin.",
        "The Okafor family pictured outside their home in Enugu.",
    ],
)
def test_more_desk_formulas_fire(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "A general view of the economy",
        "An aerial view of the budget",
        "The suspect pictured in the footage was arrested on Monday.",
        "The documents pictured in the report show that the plan was changed.",
        "Seen here, the decision looks different.",
        "Inflation is seen rising to 3 percent next year.",
    ],
)
def test_more_desk_formulas_pass_on_headings_and_prose(line):
    assert_passes("NL301", wrap(line))


def test_more_desk_formula_fix_deletes_the_line():
    line = "(L to R) Ines Prado, Kofi Amoah and Lars Holm look at plans for the new bridge."
    assert_fixes("NL301", wrap(line), BEFORE + AFTER.lstrip("\n"), unsafe=True)


# -- a caption under its credit -----------------------------------------------------------------

UNDER = "Budget talks drag on\n\nLawmakers debated the budget for a third day.\n\nPhoto: Ines Prado/Lusa\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Fishermen unload their catch at the port of Essaouira, Morocco.",
        "A woman sells fried fish from a roadside stall in Accra, Ghana.",
        "Chancellor Jonas Reuter and President Amina Diallo at the Elysee Palace in Paris.",
        "A worker cleans the glass roof of the old station in Antwerp, Belgium",
    ],
)
def test_caption_under_its_credit_fires(line):
    found = assert_fires("NL303", UNDER + line + AFTER, count=1, span=line)
    assert "under a photo credit" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        # The story's next paragraph: a state, a connective, a habit, a past tense.
        "The old base is strategically located near the Iraqi border.",
        "Still, this isn't the first time the slogan has gone wrong in Tyrol.",
        "After receiving a lifeline from investors, the firm is cutting jobs at its office in Lyon.",
        "The podcast is produced weekly throughout the year in London.",
        "Commuters in Lyon spend an average of 40 minutes a day on buses.",
        "Ministers met in Brussels to agree the budget.",
        "Floods force thousands from homes in southern Chile",
        # Its place without its country: as often the story's next paragraph.
        "A worker cleans the glass roof of the old station in Antwerp.",
        "Dock workers in Rotterdam walk out on Monday in a dispute over pay.",
        "A mother of three, she works nights at a hospital in Leeds, England.",
        "Visitors queue for hours to enter the museum in Florence, Italy.",
    ],
)
def test_story_under_a_credit_passes(line):
    assert_passes("NL303", UNDER + line + AFTER)


def test_story_under_a_caption_and_its_credit_passes():
    caption = "Fishermen unload their catch at the port of Essaouira, Morocco."
    story = "Dockers unload the ferries at the port of Tangier, Morocco."
    text = BEFORE + caption + "\n\nPhoto: Ines Prado/Lusa\n\n" + story + AFTER
    found = assert_fires("NL303", text, count=1, span=caption)
    assert "before" in found[0].message or "right before" in found[0].message


def test_lead_under_the_headline_and_its_credit_passes():
    # A credit right under the headline is its picture's; the line under it is the lead.
    line = "Fishermen unload their catch at the port of Essaouira, Morocco."
    assert_passes("NL303", "Budget talks drag on\n\nPhoto: Ines Prado/Lusa\n\n" + line + AFTER)


def test_caption_under_its_credit_fix_deletes_the_line():
    line = "A woman sells fried fish from a roadside stall in Accra, Ghana."
    assert_fixes("NL303", UNDER + line + AFTER, UNDER + AFTER.lstrip("\n"), unsafe=True)


@pytest.mark.parametrize(
    "line",
    [
        "Durban, South Africa, 29 May 2024: Voters queue outside a polling station in Umlazi.",
        "Illustration picture shows the flag of the European Union and a gas pipe.",
        "Drone footage shows a landslide that buried a road in Wayanad, Kerala.",
        "A general view picture shows the skyline of Jakarta shrouded in smog.",
    ],
)
def test_desk_datelines_and_picture_kinds_fire(line):
    assert_fires("NL301", BEFORE + line + CREDIT + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "A supporter holds a banner reading “We want peace” during a rally in Nairobi.",
        "Passers-by walk past the closed embassy in Kampala, Uganda.",
    ],
)
def test_banner_words_and_irregular_plurals_beside_a_credit_fire(line):
    assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "“We want peace,” a supporter said during a rally in Nairobi.",
        "Drone pilots say the rules are too strict.",
        "Illustration is a craft that takes years to learn.",
        "Durban, the port city, is busy on 29 May 2024.",
    ],
)
def test_banner_words_and_picture_kinds_pass_on_prose(line):
    for code in ("NL301", "NL303"):
        assert_passes(code, BEFORE + line + CREDIT + AFTER)


# -- NL305 placed-scene-caption (preview) ------------------------------------------------------

HEAD = "Budget talks drag on\n\nLawmakers debated the budget for a third day.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "A woman sells fried fish from a roadside stall in Accra, Ghana.",
        "People walk past a closed bank branch in Beirut, Lebanon.",
        "Volunteers fill sandbags on the banks of the river in Wroclaw, Poland.",
    ],
)
def test_placed_scene_caption_fires(line):
    assert_fires("NL305", HEAD + line + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "text",
    [
        # Under the headline: the lead.
        "Budget talks drag on\n\nA woman sells fried fish from a roadside stall in Accra, Ghana.\n\nMore follows.\n",
        # The story's own sentences: a state, a fact, the past, a habit, a quotation.
        HEAD + "The company is based at a business park in Leeds, England." + AFTER,
        HEAD + "The company employs 2,000 people at its plant in Hefei, China." + AFTER,
        HEAD + "A woman sold fried fish from a roadside stall in Accra, Ghana." + AFTER,
        HEAD + "Tourists visit the bridge every summer in Prague, Czech Republic." + AFTER,
        HEAD + "“We sell fish here,” a woman says at her stall in Accra, Ghana." + AFTER,
        HEAD + "After the storm, families return to their homes in Tampere, Finland." + AFTER,
        HEAD + "His daughter runs the family bakery in Ghent, Belgium." + AFTER,
        HEAD + "The new line connects the airport with the centre in Lisbon, Portugal." + AFTER,
        # No country or region after the town: too often the story's.
        HEAD + "A woman sells fried fish from a roadside stall in Accra." + AFTER,
        # The last line of the page.
        HEAD + "A woman sells fried fish from a roadside stall in Accra, Ghana.\n",
    ],
)
def test_placed_scene_caption_passes(text):
    assert_passes("NL305", text)


@pytest.mark.parametrize(
    "line",
    [
        "Members of a band perform at a concert hall.",
        "Protesters hold placards outside the embassy.",
        "A man walks past a mural.",
    ],
)
def test_people_scene_alone_fires_in_preview(line):
    found = assert_fires("NL305", HEAD + line + AFTER, count=1, span=line)
    assert "people acting in a place" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        "Researchers expect a rise in the rates.",
        "Voters head to the polls across the state.",
        "Teachers are on strike outside the ministry.",
        "Workers earn less than the minimum wage at the plant.",
        "Residents say the water at the beach is unsafe.",
        # A narrator's time, not a caption's date.
        "Fishermen unload the catch at the harbour on a cold Tuesday in February.",
        "Fishermen unload the catch at the harbour in Tromso, Norway, on a grey morning.",
    ],
)
def test_people_scene_alone_passes_on_the_story(line):
    assert_passes("NL305", HEAD + line + AFTER)


def test_placed_scene_caption_fix_is_unsafe():
    line = "A woman sells fried fish from a roadside stall in Accra, Ghana."
    assert_fixes("NL305", HEAD + line + AFTER, HEAD + AFTER.lstrip("\n"), unsafe=True)


def test_lone_centre_mark_before_a_scene_verb_fires():
    line = "Coach Rui Alves (C) speaks to his players during a training session in Porto."
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright Nordlys Media (C) 2024. All rights reserved.",
        "Section (C) of the act covers harbour dues.",
        "“Coach Rui Alves (C) speaks to his players every day,” the club said.",
    ],
)
def test_lone_centre_mark_passes_elsewhere(line):
    assert_passes("NL301", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "This handout picture from the Chilean navy shows a ship stuck in ice off Antarctica.",
        "Mourners carry a coffin through the streets of Galway, Ireland, on Friday.",
    ],
)
def test_handout_with_a_participle_and_a_place_through_its_streets_fire(line):
    assert_one_of(("NL301", "NL303"), BEFORE + line + CREDIT + AFTER, span=line)


def test_handout_shows_in_the_story_voice_passes():
    assert_passes("NL301", wrap("A handout photo released by the navy shows, officials said, that the ship was damaged."))


# -- the story's facts, searched part by part ---------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_FACT_PIECES = [
    word for words, _ in caption._STORY_FACT_PARTS for word in words
] + ["more", "fewer", "less", "per", "a", "has", "have", "is", "are", "the", "final", "comes", "force", "until",
     "12", "3", "1.5", "million", "Chelsea", "aged", "half", "%", "-", " ", " ", ".", ",", "sets", "in", "wins", "due"]


@pytest.mark.parametrize(
    "text, fact",
    [
        ("More than 11,000 objects are on show in the museum.", False),
        ("The museum holds more than 11,000 objects.", True),
        ("Rates rose 5.25 percent in May.", True),
        ("Rates rose 5.25 per cent in May.", True),
        ("Shares fell 5% on Monday.", True),
        ("Tickets cost $40 at the door.", True),
        ("The league spent 3.5 billion on players.", True),
        ("She walks 50 minutes a day.", True),
        ("A woman walks her dog along the beach at dawn.", False),
        ("Porto beat Braga 3-1 in the final.", True),
        ("The team wins the final in Rome.", True),
        ("The singer has died at the age of 91.", True),
        ("The bridge connects the two banks of the river.", True),
        ("The vote is scheduled for 2028.", True),
        ("Trains are cancelled on Sunday.", True),
        ("The fair runs until August.", True),
        ("The law comes into force in May.", True),
        ("Prices have risen by a third.", True),
        ("People queue for hours outside the embassy.", True),
        ("Farmers gather outside parliament in Lisbon, Portugal.", False),
    ],
)
def test_story_facts_are_found_part_by_part(text, fact):
    assert caption._story_facts(text) is fact
    assert (caption._STORY_FACTS.search(text) is not None) is fact


def test_story_fact_parts_make_the_whole_pattern():
    assert caption._STORY_FACTS.source == "|".join(part for _, part in caption._STORY_FACT_PARTS)
    # every part's words are written as its pattern matches them (case and all)
    for words, part in caption._STORY_FACT_PARTS:
        assert words and all(words)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FACT_PIECES), max_size=14).map(" ".join))
def test_story_facts_agree_with_the_whole_pattern(text):
    assert caption._story_facts(text) is (caption._STORY_FACTS.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        PROSE + "\n\nA delegate speaks in Vienna, Austria, March 3, 2021.  \n\nAerial view of the port\n",
        "Seen in 1999\nThe end of 2019 .\n  \n2024\nNot 1850.\nPage 12.\n20255\n  In this photo, a ship.\n",
        "Windows line ends, 2021.\r\nNext 2020\r\n\r\nFILE PHOTO: the ship\r\nLast",
        "(A tram passes a bakery in Gdansk, May 2, 2024.)\n\nText (with an aside)\n(File photo)\n( )",
        "",
    ],
)
def test_marked_lines_are_the_openers_and_the_year_ends(text):
    openers, year_ends, wrapped = caption._marked_lines(Document(text))
    assert year_ends == _reference_year_ends(Document(text))
    assert wrapped == [at for at in Document(text).line_starts if text.startswith("(", at) and text[at:].split("\n")[0].rstrip("\r").endswith(")")]
    expected = [match.start() + 1 for match in caption._SCAN_OPENER.finditer(text)]
    if caption._SCAN_OPENER.match("\n" + text[:100]):
        expected.append(0)
    assert openers == expected


def test_heads_by_prefix_hold_every_head_once():
    heads = [head for group in caption._HEADS_BY_PREFIX.values() for head in group]
    assert sorted(heads) == sorted(caption._OPENER_HEADS)
    assert all(head[:2] == prefix for prefix, group in caption._HEADS_BY_PREFIX.items() for head in group)


def test_future_phrase_parts_make_the_whole_pattern():
    assert caption._FUTURE_PHRASES.source == "|".join(part for _, part in caption._FUTURE_PHRASE_PARTS)


_FUTURE_PIECES = [word for words, _ in caption._FUTURE_PHRASE_PARTS for word in words] + [
    "is", "are", "to", "be", "effect", "off", "s", "the", "trial", "weekend", " ", "-", "."
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FUTURE_PIECES), max_size=10).map(" ".join))
def test_future_phrases_agree_with_the_whole_pattern(text):
    assert caption._future_phrases(text) is (caption._FUTURE_PHRASES.search(text) is not None)


@pytest.mark.parametrize(
    "text, future",
    [
        ("The trial begins in Lisbon on January 6, 2020.", True),
        ("The vote is due to take place in May.", True),
        ("A man walks past the stadium in Porto.", False),
        ("Fans spend the weekend outside the stadium.", False),
    ],
)
def test_future_phrases(text, future):
    assert caption._future_phrases(text) is future


def test_person_forms_are_what_first_or_second_person_accepts():
    words = ["I", "i", "US", "Us", "uS", "us", "We", "WE", "we", "Mine", "mine", "MINE", "You", "your", "Yours", "Me",
             "My", "Our", "Ours", "they", "Maine", "\u212aay"]
    for word in words:
        assert (word in caption._PERSON_FORMS) is caption._first_or_second_person(word), word


@pytest.mark.parametrize(
    "text, start",
    [
        ("A delegate speaks in Vienna on", 0),
        ("... until", 0),
        ("Seen at the port,  ", 5),
        ("Name_1 2021", 0),
        ("é\u0301tude —", 0),
        ("", 0),
        ("word word", 7),
    ],
)
def test_word_before_is_the_last_run_of_letters(text, start):
    # The reverse search finds what a forward search of the same pattern finds.
    forward = patterns.compile(r"(\p{L}+)\W*$")
    for pos in range(len(text) + 1):
        expected = forward.search(text, pos)
        found = caption._WORD_BEFORE.search(text, pos)
        assert (found and (found.span(), found.group(1))) == (expected and (expected.span(), expected.group(1)))


@pytest.mark.parametrize("limit", [3, 50, 70])
@pytest.mark.parametrize(
    "text",
    [
        PROSE,
        " ".join([PROSE] * 4),
        "word " * 200,
        "— " * 300,
        "(_) " * 120,
        "Ünïcödé wörds ünd mörè " * 40,
        "a" * 500,
        "",
    ],
)
def test_surely_more_tokens_than_never_says_more_than_there_are(text, limit):
    if caption._surely_more_tokens_than(text, limit):
        assert len(caption._TOKEN.findall(text)) > limit


def test_surely_more_tokens_than_settles_a_long_paragraph():
    assert caption._surely_more_tokens_than(" ".join([PROSE] * 6), 70)


@pytest.mark.parametrize(
    "line",
    [
        "OSLO, NORWAY - MARCH 12: A general view of the harbour.",
        "November 3, 2024, Kherson, Ukraine: Residents queue for water.",
        "Johannesburg, South Africa, 29 May 2024: Voters queue outside a school.",
        "LONDON, ENGLAND - JANUARYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY 12 : A view.",
        "A man walks past the stadium in Porto, Portugal.",
        "March 3, 2021 was the day the talks ended.",
    ],
)
def test_desk_dateline_needs_a_colon_or_a_month_first(line):
    if caption._DESK_DATELINE.match(line):
        assert ":" in line or line.startswith(caption._MONTH_NAMES)


_OPENER_PIECES = ["A", "An", "This", "In", "this", "aerial", "Aerial", "general", "artist", "photo", "image", "handout",
                  "picture", "still", "screenshot", "grab", "screengrab", "view", "views", "of", "the", "port", "spokesman",
                  "said", "FILE", "PHOTO:", "'s", "-", "\n", "\n", "\n\n", " ", "\t", "\u00a0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_OPENER_PIECES), max_size=16).map(" ".join))
def test_opener_starts_agree_with_the_scan_of_the_text(text):
    expected = [match.start() + 1 for match in caption._SCAN_OPENER.finditer(text)]
    if caption._SCAN_OPENER.match("\n" + text[:100]):
        expected.append(0)
    assert caption._opener_starts(Document(text)) == expected


@pytest.mark.parametrize(
    "line, opens",
    [
        ("A spokesman for the ministry said the port would reopen.", False),
        ("A drone photo of the port at dawn", True),
        ("An aerial view of the harbour", True),
        ("This handout picture shows the ship", True),
        ("This is the port.", False),
    ],
)
def test_article_lines_are_asked_for_a_picture_word_first(line, opens):
    assert (caption._opener_starts(Document(PROSE + "\n\n" + line)) != []) is opens


@pytest.mark.parametrize(
    "text",
    ["Short line", "A man walks past the old pier in Porto, Portugal, at dawn.", "x" * 61, "o de " * 30 + "the end",
     "Der Mann geht am alten Pier in Porto vorbei, am frühen Morgen des Tages, " * 4 + "the and of"],
)
def test_reads_english_reads_the_whole_of_a_short_line_at_once(text):
    words = caption._LETTERS.findall(text.lower())
    hits = caption._function_word_hits(words)
    whole = hits >= 2 or (hits >= 1 and len(words) <= 8)
    prefixes = any(
        text.rfind(" ", 0, reach) > 0
        and caption._function_word_hits(caption._LETTERS.findall(text[: text.rfind(" ", 0, reach)].lower())) >= 2
        for reach in (60, 200)
    )
    assert caption._reads_english(text) is (prefixes or whole)


def test_a_line_beside_a_credit_ending_with_a_colon_is_no_caption():
    text = PROSE + "\n\nSee the pictures of the fire below:\n\nJane Doe | AFP\n\n" + PROSE
    assert_passes("NL303", text)


# -- a caption set whole in parentheses; "(From L)" ------------------------------------------


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("(A tram passes a closed bakery in Gdansk, Poland, on March 4, 2024.)", "NL302"),
        ("(Dockers unload sacks of coffee at the port of Mombasa, Kenya, Friday, Feb. 9, 2024.)", "NL302"),
        ("(Hikers rest by a glacier lake near Zermatt on 14 August 2024.)", "NL302"),
        ("(FILE PHOTO: A barge moves along the Rhine near Kaub, Germany, July 2, 2023.)", "NL301"),
        ("(A general view of the harbour in Valletta, Malta.)", "NL301"),
    ],
)
def test_caption_in_parentheses_fires(line, code):
    assert_fires(code, wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "(The vote was moved to March 4, 2024.)",
        "(This story was first published on March 4, 2024.)",
        "(Reporting by Ines Prado; Editing by Kofi Amoah)",
        "(A tram passes a bakery in Gdansk) and (a bus stops in Sopot on March 4, 2024.)",
        "(Corrects the date of the vote to March 4, 2024)",
    ],
)
def test_story_lines_in_parentheses_pass(line):
    for code in ("NL301", "NL302", "NL303"):
        assert_passes(code, wrap(line))


def test_caption_in_parentheses_fix_deletes_the_line():
    line = "(A tram passes a closed bakery in Gdansk, Poland, on March 4, 2024.)"
    assert_fixes("NL302", wrap(line), BEFORE + AFTER.lstrip("\n"), unsafe=True)


@pytest.mark.parametrize(
    "line",
    [
        "(From L) Mayors Ines Prado, Kofi Amoah and Lars Holm pose for a photo in Ghent.",
        "(From left) Jurors Emi Sato and Rafael Lima arrive for the screening in Cannes.",
    ],
)
def test_from_one_side_fires(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


def test_from_one_side_in_prose_passes():
    assert_passes("NL301", wrap("Prices rose (from left to right on the chart) through the spring, the bank said."))


# -- a gallery's caption: people react as something happens -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Supporters cheer as the results are read out at a hotel in Harare, Zimbabwe.",
        "Residents watch as a crane lifts the old bell tower in Brno, Czech Republic.",
        "Fans celebrate as the final whistle blows at the stadium in Rosario, Argentina.",
    ],
)
def test_crowd_reacting_beside_a_credit_fires(line):
    assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        # news told with its cause: an object in the main clause, a thing for subject,
        # or no country after the place
        "Shoppers face higher prices as the new tax takes hold in Lima, Peru.",
        "Prices rise as the new tax takes hold in Lima, Peru.",
        "Supporters cheer as the party takes the lead in Harare.",
    ],
)
def test_news_with_its_cause_beside_a_credit_passes(line):
    assert_passes("NL303", BEFORE + line + CREDIT + AFTER)


def test_text_opening_with_a_parenthesis_ends():
    # (a text whose first line opens with "(" and no later line does)
    assert_passes("NL302", "(Updated at noon)\n\nLawmakers debated the budget for a third day.\n")
    line = "(A tram passes a closed bakery in Gdansk, Poland, on March 4, 2024.)"
    assert_fires("NL302", line + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Migrants are seen aboard a fishing boat off Lampedusa.",
        "Protesters are seen outside the court in Tbilisi.",
        "A flooded vineyard is seen from above near Bordeaux.",
    ],
)
def test_seen_in_the_picture_fires(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Rates are seen rising again next year, analysts said.",
        "Such deals are seen across the industry as a turning point.",
        "Few changes are seen along the lines the minister proposed, critics were told.",
    ],
)
def test_seen_in_prose_passes(line):
    assert_passes("NL301", wrap(line))


def test_an_order_spelt_out_in_prose_is_no_place_in_a_picture():
    text = "The editor shows the buffer list.\n\nThe flags that can appear are these (from left to right):\n\nu Buffer is unlisted\n"
    assert_passes("NL301", text)


def test_a_wrapped_line_of_prose_is_no_caption():
    text = (
        "Files are copied once at install time.\n\n"
        "* Changes to the source of the symbolic link are seen at the install\n"
        "  destination without having to re-run the install.\n"
    )
    assert_passes("NL301", text)
    # the same words on a line of their own are read as before
    assert_fires("NL301", "Files are copied once.\n\nRescuers are seen at the site in Kyiv, Ukraine.\n\nThe end.\n")


def _reference_seen_starts(text: str) -> list[int]:
    """Where the scan for "is seen" / "are seen" adds a line: each " seen " found from
    the left (the next search after its end) after an "s" or an "e"."""
    found = []
    at = text.find(" seen ")
    while at >= 0:
        if text[at - 1 : at] in ("s", "e"):
            found.append(at)
        at = text.find(" seen ", at + 6)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "A man is seen seen at the port.\nThey are seen\nseen here, unseen there, is seen",
        " seen is seen  are seen, has seen the port",
        "is seenseen seen seen ",
        "",
    ],
)
def test_seen_scan_finds_each_seen_phrase_as_a_search_for_the_whole_phrase_would(text):
    from newslint_rules.caption import _PHRASE

    document = Document(text)
    expected = {caption._line_bounds(text, at)[0] for at in _reference_seen_starts(text)}
    lines = caption._find_candidates(document).lines
    assert {start for start, (_, kinds) in lines.items() if kinds & _PHRASE} >= expected
    # and nothing else adds a line to these texts
    assert set(lines) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["is", "are", " seen", "seen", " ", "  ", "\n", "s", "e", "x"]), max_size=20).map("".join))
def test_seen_scan_agrees_with_a_search_for_the_whole_phrase(text):
    expected = {caption._line_bounds(text, at)[0] for at in _reference_seen_starts(text)}
    assert set(caption._find_candidates(Document(text)).lines) == expected


@pytest.mark.parametrize(
    "line, early",
    [
        ("A big red photo of the port", True),
        ("An aerial view of the port", True),
        ("This undated handout picture shows a ship", True),
        ("This one more very old picture shows a ship", False),  # too far for the scan
        ("A very very long photo of the port", False),
        ("A spokesman said the photo was taken in May", False),  # (the scan's "A ... photo" is near)
        ("Aerial photos of the port", True),  # other heads need no picture word
    ],
)
def test_a_picture_word_is_looked_for_among_the_first_words(line, early):
    heads = caption._HEADS_BY_PREFIX[line[:2]]
    assert caption._names_a_picture_early(line, heads) is early
    if not early:
        assert caption._SCAN_OPENER.match("\n" + line) is None


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["A", "An", "This"]),
    st.lists(st.sampled_from(_OPENER_PIECES[4:] + ["very", "big", "", "  "]), max_size=8).map(" ".join),
)
def test_a_line_the_scan_opens_names_a_picture_early(head, rest):
    line = f"{head} {rest}"
    heads = caption._HEADS_BY_PREFIX.get(line[:2])
    if heads is not None and line.startswith(heads) and caption._SCAN_OPENER.match("\n" + line):
        assert caption._names_a_picture_early(line, heads)


_LONG_STORY = " ".join(["The council met again on Tuesday and the mayor spoke to the press about the budget"] * 6) + "."


@pytest.mark.parametrize(
    "core",
    [
        "In this photo taken on May 2, the " + _LONG_STORY,
        "Aerial view of the port, where " + _LONG_STORY,
        "A view of the harbour at dusk in Hull " + _LONG_STORY,
        "Image: Jose Mourinho, left, said " + _LONG_STORY,
        "The mayor, pictured, said " + _LONG_STORY,
        "Protesters are seen near the hall (L) and " + _LONG_STORY,
    ],
)
def test_a_long_line_reads_as_a_caption_only_by_its_opening_formula(core):
    assert caption._surely_more_tokens_than(core, caption._MAX_WORDS)
    assert caption._phrase(core, caption._TOKEN.findall(core)) == caption._opening_phrase(core)


def test_a_long_paragraph_holding_a_picture_word_is_not_a_caption_unless_it_opens_like_one():
    assert_passes("NL301", f"{PROSE}\n\nThe mayor, pictured, said {_LONG_STORY}\n\n{PROSE}")
    assert_fires("NL301", f"{PROSE}\n\nIn this photo taken on May 2, the {_LONG_STORY}\n\n{PROSE}", count=1)


_LONG_PIECES = _OPENER_PIECES + ["pictured", "seen", "is", "left", ",", "Image:", "(L)", "(R)", "mayor", "said", "“", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LONG_PIECES), min_size=60, max_size=120).map(" ".join))
def test_phrase_of_a_long_line_is_its_opening_phrase(core):
    if caption._surely_more_tokens_than(core, caption._MAX_WORDS):
        assert caption._phrase(core, caption._TOKEN.findall(core)) == caption._opening_phrase(core)


@pytest.mark.parametrize(
    "text",
    [
        "A man walks past the bakery in Gdansk, May 2, 2024.",
        "Um homem passa pela padaria em Gdansk, 2 de maio de 2024.",
        "Name Name, Name Name and Name in Gdansk, May 2, 2024.",
        "Der Bürgermeister und the Rat in Berlin, 2. Mai 2024, " + "Wörter " * 40,
        "",
    ],
)
def test_english_reading_counts_the_function_words_of_a_line_that_does_not_read_as_english(text):
    english, hits = caption._english_reading(text)
    assert english is caption._reads_english(text)
    if not english:
        assert hits == caption._function_word_hits(caption._LETTERS.findall(text.lower()))


# -- the tense guess reads the next word's case as written ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Lena Vogt greets Pope Leo in Rome.",
        "Maria Lopez meets Prime Minister Aiko Sato at the summit in Osaka.",
    ],
)
def test_present_verb_before_a_name_is_read_as_present(line):
    # ("greets" before "Pope": the next word's capital was tested after lowering it)
    assert list(caption._tenses(caption._TOKEN.findall(line)))[:1] == ["present"]
    assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)


def test_present_verb_before_a_name_passes_without_a_credit():
    assert_passes("NL303", wrap("Lena Vogt greets Pope Leo in Rome."))


# -- a portrait's caption: a name and who the person is, beside a credit ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ines Moura, the company executive who is overseeing the new service",
        "Ines Moura, chief economist at Harbour Bank",
        "Kofi Mensah, 52, a nurse at the city hospital.",
        "Kofi Mensah, whose bakery was destroyed in the fire",
        "Dr. Lea van Dijk, professor of geology at the state university",
    ],
)
def test_portrait_caption_beside_credit_fires(line):
    found = assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)
    assert "who the person is" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        "Ines Moura, Senior Writer at The Courier",  # a signature: its role title-cased
        "Ines Moura, however, disagreed with the plan.",  # the story's connective
        "Ines Moura, the mayor, said the plan would work.",  # the appositive, then a verb
        "Ines Moura, a nurse, works nights at the city hospital.",
        "Ines Moura, Kofi Mensah and Lea Berg",  # a list of names
        "Ines Moura, who led the talks, resigned in March.",
    ],
)
def test_portrait_caption_passes_on_other_lines(line):
    assert_passes("NL303", BEFORE + line + CREDIT + AFTER)


def test_portrait_caption_needs_the_credit():
    assert_passes("NL303", wrap("Ines Moura, chief economist at Harbour Bank"))


# -- people in a place, without a name, beside a credit ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "A man walks past a mural.",
        "Protesters hold placards outside the embassy.",
        "Members of a choir perform at a concert hall.",
        "Fishermen unload their catch at the harbour.",
        "An elderly couple waits for a bus outside the station.",
    ],
)
def test_people_scene_beside_credit_fires(line):
    assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Researchers expect a rise in the rates.",  # an idea "in", not a place
        "Investors pour money into the fund.",
        "Voters head to the polls across the state.",  # a plan's "to"
        "Workers earn less than the minimum wage at the plant.",  # a comparison
        "The company builds its engines at a plant near the border.",  # not people
        "Teachers are on strike outside the ministry.",  # a state, not an action
    ],
)
def test_people_scene_passes_on_the_story_beside_credit(line):
    assert_passes("NL303", BEFORE + line + CREDIT + AFTER)


def test_people_scene_needs_the_credit():
    assert_passes("NL303", wrap("Protesters hold placards outside the embassy."))


def test_portrait_caption_over_a_company_handout_fires():
    line = "Ines Moura, the executive who is overseeing the new streaming service"
    assert_fires("NL303", BEFORE + line + "\n\n(Harbour Media Co.)" + AFTER, count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "A drone view shows the burnt hillside near Kraków, Poland.",
        "A night view shows the harbour of Split.",
        "A view shows damaged buildings in the old town of Mosul.",
    ],
)
def test_view_shows_opens_a_caption(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize("line", ["A view shows that most voters disagree with the plan.", "A view shows how the city has grown since 1990."])
def test_view_shows_a_finding_passes(line):
    assert_passes("NL301", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "A damaged tank lies in a field near Kupiansk, in this picture obtained from social media.",
        "Ines Moura is shown in this undated handout photo.",
        "Kofi Mensah attends a rally in Accra, in this file photo.",
        "Ines Moura in a 2019 file photo.",
    ],
)
def test_picture_named_after_the_scene_fires(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Readers can see more of the damage in this photo gallery.",
        "The senator was photographed in this image from 2015, the paper said.",
        "Our reporter spent a year working on the stories in this photo essay.",
    ],
)
def test_picture_named_in_the_story_passes(line):
    assert_passes("NL301", wrap(line))


@pytest.mark.parametrize(
    "line",
    ["A vendor sells vegetables at a street market", "Workers repair a power line near the station"],
)
def test_people_scene_without_its_period_beside_credit_fires(line):
    found = assert_fires("NL303", BEFORE + line + CREDIT + AFTER, count=1, span=line)
    assert "without a final period" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        "Workers strike at car plant",  # a headline drops its articles
        "Teachers rally outside the ministry every week",  # a habit
        "Farmers protest against new tax rules in Brussels",
    ],
)
def test_people_headline_without_its_period_beside_credit_passes(line):
    assert_passes("NL303", BEFORE + line + CREDIT + AFTER)


# -- held-out shapes (session 11): portraits "photographed"/"seen" after a name, dates in
# figures, and the story's own "From left to right, ..." and "Images obtained by ..." ----


@pytest.mark.parametrize(
    "line",
    [
        "Coach Teodor Varga photographed at the training ground in Pécs, Hungary.",
        "Minister Ilse Brandvold is photographed at her office in Bergen.",
        "Ilse Brandvold, photographed in Bergen on March 4, 2022.",
        "Teodor Varga seen at a campaign event in Pécs.",
        "Teodor Varga, seen here in Pécs in 2019, denies the charges.",
    ],
)
def test_portrait_photographed_or_seen_fires(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Varga Seen at Rally in Pécs",  # a headline: title case, no full stop
        "The letter, photographed by a neighbour, shows the mayor knew about the plan.",
        "He was photographed at the scene by a neighbour.",
        "Brandvold is seen as the favourite to lead the party.",
        "“We photographed everything at the site,” Varga said.",
    ],
)
def test_photographed_in_the_story_passes(line):
    assert_passes("NL301", wrap(line))


def test_portrait_photographed_fix_deletes_the_line():
    line = "Coach Teodor Varga photographed at the training ground in Pécs, Hungary."
    assert_fixes("NL301", wrap(line), BEFORE + AFTER.lstrip("\n"), unsafe=True)


@pytest.mark.parametrize(
    "line",
    [
        "Ilse Brandvold speaks at a news conference in Bergen, Norway, 2022-09-20.",
        "Dock workers load containers onto a ship in Pécs, Hungary, 20.09.2022.",
        "Ilse Brandvold greets supporters in Bergen, Norway, on 20/09/2022.",
        "Ilse Brandvold greets supporters in Bergen, Norway, 20 Sept, 2022.",
    ],
)
def test_dated_caption_with_date_in_figures_fires(line):
    assert_fires("NL302", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "The latest version is available in the repository on 2021-03-04.",
        "This document is current as of 2021-03-04.",
        "The list of fixes is in the changelog, Version 2, 2021-03-04.",
    ],
)
def test_date_in_figures_in_prose_passes(line):
    assert_passes("NL302", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "From left to right, the panel was split on the question of funding.",
        "Images obtained by the broadcaster show the crowd in the square.",
        "Photos posted online show the damaged bridge near the border.",
    ],
)
def test_story_order_and_reported_pictures_pass(line):
    assert_passes("NL301", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "From left, Ilse Brandvold, Teodor Varga and a guest attend a briefing in Bergen.",
        "Image obtained by the broadcaster shows the crowd in the square in Bergen.",
    ],
)
def test_caption_order_and_one_picture_still_fire(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Ilse Brandvold speaks during a news conference on 12 March 2024 in Bergen, Norway.",
        "Riot police stand guard outside the ministry 13 June 2026 in Pécs.",
    ],
)
def test_dated_caption_day_first_then_place_fires(line):
    assert_fires("NL302", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "The company was founded in March 2014 in Bergen.",
        "Brandvold said the talks would resume on 12 March 2024 in Bergen.",
        "Tickets are on sale until 12 March 2024 in Bergen.",
    ],
)
def test_day_first_date_then_place_in_prose_passes(line):
    assert_passes("NL302", wrap(line))


@pytest.mark.parametrize(
    "line",
    [
        "A screenshot from the video shows Ilse Brandvold speaking in Bergen.",
        "This picture, taken on March 4, shows the harbour in Bergen.",
    ],
)
def test_picture_shows_with_screenshot_or_aside_fires(line):
    assert_fires("NL301", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "A screenshot of the email was shared with reporters.",
        "This photo, which went viral, was taken by a tourist.",
        "A screenshot shows the message sent to staff, which was seen by the paper.",
    ],
)
def test_picture_shows_in_the_story_passes(line):
    assert_passes("NL301", wrap(line))
