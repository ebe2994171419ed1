"""Structure rules (NL901-NL904): firing, non-firing and fixed examples."""

from __future__ import annotations

import pytest

from newslint.testing import assert_fires, assert_fixes, assert_passes

LEAD = "The harbour authority approved the new ferry timetable on Tuesday after a long debate."
OTHER = "Ferries will leave every forty minutes from the north pier, officials said."
THIRD = "The change takes effect next month and covers all weekend crossings."
FOURTH = "Operators had asked for the change since the spring, citing rising demand."
FIFTH = "Passenger groups welcomed the decision but warned about higher fares."

# -- NL901 duplicate-paragraph -------------------------------------------------------------


def test_duplicate_paragraph_next_to_itself():
    text = f"{LEAD}\n\n{LEAD}\n\n{OTHER}"
    found = assert_fires("NL901", text, count=1)
    assert found[0].line == 3  # the later copy is the one reported
    assert "line 1" in found[0].message


def test_duplicate_paragraph_one_paragraph_apart():
    assert_fires("NL901", f"{LEAD}\n\n{OTHER}\n\n{LEAD}\n\n{THIRD}", count=1)


def test_duplicate_line_in_text_without_blank_lines():
    assert_fires("NL901", f"{LEAD}\n{LEAD}\n{OTHER}", count=1)


def test_duplicate_of_a_line_inside_an_earlier_paragraph():
    lines = "\n".join(
        [
            "Aug. 4 -- Riverside Music Centre, Springfield, OH",
            "Aug. 8 -- Harbour Casino Amphitheatre - Lakeside, Tinley Park, IL",
            "Aug. 14 -- Grand Hall Arena, Rivertown, MO",
        ]
    )
    text = f"Tour dates:\n\n{lines}\n\nAug. 8 -- Harbour Casino Amphitheatre - Lakeside, Tinley Park, IL"
    assert_fires("NL901", text, count=1, span="Aug. 8 -- Harbour Casino Amphitheatre - Lakeside, Tinley Park, IL")


def test_duplicate_paragraph_in_japanese():
    sentence = "しかし、今回の事件のように、権利者の意思に基づくことなく、もとの商品に改造を加えて販売した場合は、商標権侵害と判断されます。"
    assert_fires("NL901", f"{sentence}\n\n{sentence}", count=1)


@pytest.mark.parametrize(
    "text",
    [
        # Short repeated lines are boilerplate or legitimate list items.
        f"{LEAD}\n\nAdvertisement\n\n{OTHER}\n\nAdvertisement\n\n{THIRD}",
        "Eat 1–2 hours after your workout\n\nDay 1\n\nEat 1–2 hours after your workout",
        # Far apart: a recurring element of the article.
        f"{LEAD}\n\n{OTHER}\n\n{THIRD}\n\n{FOURTH}\n\n{FIFTH}\n\n{LEAD}",
        # Recurring three times: an interview's recurring question.
        f"{LEAD}\n\n{OTHER}\n\n{LEAD}\n\n{THIRD}\n\n{LEAD}",
        # Alternating with a recurring block: a meal plan.
        (
            "Asparagus and eggs with one cup of sweet potato and a teaspoon of olive oil\n\n"
            "Drink within 30 minutes after your workout session\n\n"
            "Asparagus and eggs with one cup of sweet potato and a teaspoon of olive oil\n\n"
            "Tuna salad with two cups of greens and a tablespoon of lemon dressing\n\n"
            "Drink within 30 minutes after your workout session"
        ),
        # Not verbatim.
        f"{LEAD}\n\n{LEAD.replace('Tuesday', 'Wednesday')}",
    ],
)
def test_duplicate_paragraph_passes(text):
    assert_passes("NL901", text)


CHORUS = "Hold the line, hold the line, even when it bends\nEven when the line is breaking and the night is long\nHold the line"


def test_chorus_quoted_twice_passes():
    # A review quotes the chorus where it comes back, each copy introduced by a colon.
    text = f"The chorus goes:\n\n{CHORUS}\n\nThe verse is quieter.\n\nAnd the last refrain:\n\n{CHORUS}\n\nIt ends there."
    assert_passes("NL901", text)


def test_stanza_repeated_without_its_introductions_fires():
    text = f"The chorus goes:\n\n{CHORUS}\n\nThe verse is quieter.\n\n{CHORUS}\n\nIt ends there."
    assert_fires("NL901", text, count=1)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (f"{LEAD}\n\n{LEAD}\n\n{OTHER}", f"{LEAD}\n\n{OTHER}"),
        (f"{LEAD}\n\n{OTHER}\n\n{LEAD}", f"{LEAD}\n\n{OTHER}"),
        (f"{LEAD}\n{LEAD}\n{OTHER}", f"{LEAD}\n{OTHER}"),
        (f"{LEAD}\n{OTHER}\n\n{LEAD}\n{OTHER}\n\n{THIRD}", f"{LEAD}\n{OTHER}\n\n{THIRD}"),
    ],
)
def test_duplicate_paragraph_fixes(text, fixed):
    assert_fixes("NL901", text, fixed)


# -- NL902 truncation-marker ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (f"{LEAD}\n\nContinue reading", "Continue reading"),
        (f"{LEAD}\n\nContinue reading the main story", "Continue reading the main story"),
        (f"{LEAD}\n\nCONTINUE READING BELOW", "CONTINUE READING BELOW"),
        (f"{LEAD}\n\n» Read the full story at the Daily Example", "» Read the full story at the Daily Example"),
        (f"{LEAD}\n\nTo read the full article", "To read the full article"),
        (f"{LEAD}\n\nStory continues below advertisement", None),
        (f"{LEAD} Continue reading →", "Continue reading →"),
        ("Ferry operators said the timetable would change… [+2841 chars]", "[+2841 chars]"),
        ("Ferry operators said the timetable would change… [2841 chars]", "[2841 chars]"),
        (f"{LEAD}\n\n[1,204 characters]", "[1,204 characters]"),
        ("Ferry operators said the timetable would change… [truncated]", "[truncated]"),
        (f"{LEAD}\n\n(truncated)", "(truncated)"),
        (f"{LEAD}\n\nWeiterlesen", "Weiterlesen"),
        (f"{LEAD}\n\nЧитать далее", "Читать далее"),
        (f"{LEAD}\n\nSaiba mais", "Saiba mais"),
        (f"{LEAD}\n\nПодробнее", "Подробнее"),
        (f"{LEAD}\n\nBaca selengkapnya", "Baca selengkapnya"),
        (f"{LEAD}\n\n기사 더보기", "기사 더보기"),
    ],
)
def test_truncation_marker_fires(text, span):
    if span is None:
        assert_fires("NL902", text)
    else:
        assert_fires("NL902", text, span=span)


@pytest.mark.parametrize(
    "text",
    [
        "He urged voters to keep reading the fine print of the ballot measure.",
        "Continue reading glasses are on sale at the pharmacy, the advert said.",
        "She read the full report twice before the hearing.",
        "Readers who continue reading past the headline are rare, the study found.",
        "The chars] token is odd.",
        "Posts were capped at 280 characters (280 characters) on the new plan.",
        "The limit [of 280 characters] was lifted in 2017, the company said.",
        "The log (truncated) showed the fault, the engineers said on Monday.",  # not at a line end
    ],
)
def test_truncation_marker_passes(text):
    assert_passes("NL902", text)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (f"{LEAD}\n\nContinue reading the main story\n\n{OTHER}", f"{LEAD}\n\n{OTHER}"),
        (f"{LEAD} Continue reading", LEAD),
        ("Ferry operators said the timetable would change… [+2841 chars]", "Ferry operators said the timetable would change…"),
        (f"{LEAD}\n\n[+120 chars]", LEAD),
        ("Ferry operators said the timetable would change… [2841 chars]", "Ferry operators said the timetable would change…"),
    ],
)
def test_truncation_marker_fixes(text, fixed):
    assert_fixes("NL902", text, fixed)


# -- NL903 truncated-paragraph ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (f"{LEAD}\n\nThe ministry said the new rules would apply to all importers and that the...", "the..."),
        (f"{LEAD}\n\nRegulators said the new settlements in the contested northern territories are…", "are…"),
        (f"{LEAD}\n\nAn engineer pleaded guilty to fraud in the case. Jonas Ellery, 41,...", "41,..."),
        (f"{LEAD}\n\nThe board said the ferry routes would be reviewed again next year […]", "[…]"),
        (f"{LEAD}\n\nThe board said the ferry routes would be reviewed again next[…]", "[…]"),
        (f"{LEAD}\n\nThe board said it would review the timetable and the uncertainty of …", "of …"),
        (f"{LEAD}\n\nThe board said the ferry routes would be reviewed next year. We …", "We …"),
    ],
)
def test_truncated_paragraph_fires(text, span):
    assert_fires("NL903", text, span=span)


@pytest.mark.parametrize(
    "text",
    [
        # An ellipsis after a complete phrase.
        f"{LEAD}\n\nWe hope you enjoy getting to know him! Here is what he had to say…",
        f"{LEAD}\n\nThe bottom line ...",
        f"{LEAD}\n\nThe board said the ferry routes would be reviewed, but the price is right ...",
        # A quote trailing off, closed by its quotation mark.
        f"{LEAD}\n\n“I thought we would win, but then the...” she said, and stopped.",
        f"{LEAD}\n\n“I thought we would win, but then the…”",
        # Too short to be a paragraph: page furniture.
        f"{LEAD}\n\nYou may also be interested in...",
        # Not English: the function-word test does not apply.
        "A Câmara aprovou a proposta na terça-feira depois de um longo debate entre os deputados e a...",
    ],
)
def test_truncated_paragraph_passes(text):
    assert_passes("NL903", text)


def test_truncated_paragraph_has_no_fix():
    found = assert_fires("NL903", f"{LEAD}\n\nThe ministry said the new rules would apply to all importers and that the...")
    assert found[0].fix is None


# -- NL904 near-empty-article -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("", ""),
        ("   \n\n  ", ""),
        ("You will be redirected back to your article in 13 seconds", "You will be redirected back to your article in 13 seconds"),
        ("\n\nHeadline Of A Story\n\nBy Staff\n", "Headline Of A Story"),
    ],
)
def test_near_empty_article_fires(text, span):
    found = assert_fires("NL904", text, count=1, span=span)
    assert found[0].line == (1 if not text.strip() else 3 if text.startswith("\n\n") else 1)
    assert found[0].fix is None


@pytest.mark.parametrize(
    "text",
    [
        " ".join([LEAD, OTHER]),  # 26 words
        f"{LEAD}\n\n{OTHER}\n\n{THIRD}",
        # A short Japanese article: two characters count as one word.
        "先日、不正に改造したスマートフォンを販売したとして、商標法違反の疑いで男性が逮捕されたというニュースを耳にしました。",
    ],
)
def test_near_empty_article_passes(text):
    assert_passes("NL904", text)


def test_near_empty_article_reports_only_the_first_line():
    text = "Headline\n\nOne short line.\n\nAnother."
    found = assert_fires("NL904", text, count=1)
    assert found[0].line == found[0].end_line == 1


# -- the family's gate ------------------------------------------------------------------


def test_structure_gate_closes_on_a_clean_article():
    from newslint import Document
    from newslint_rules.structure import RULES, may_hold_structure_problem

    assert all(rule.gate is may_hold_structure_problem for rule in RULES if rule.code not in ("NL904", "NL907"))
    # "read" in prose, a short headline, repeated short lines: no finding, no reason to look.
    text = f"Council votes\n\n{LEAD} Leaders had already read it.\n\n{OTHER}\n\nShare\n\nShare\n\n{THIRD}"
    assert not may_hold_structure_problem(Document(text))


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD}\n\n{OTHER}\n\n{LEAD}",  # a repeated paragraph
        f"{LEAD}\n\n{OTHER} and the...",  # an ellipsis at the end of a line
        f"{LEAD}\n\n{OTHER}…",
        f"{LEAD} Continue Reading\n\n{OTHER}",  # an English needle, in any case
        f"{LEAD} CONTINUE READING\n\n{OTHER}",
        f"{LEAD}\n\nStory continues below\n\n{OTHER}",
        f"{LEAD} [+2841 chars]",
        f"{LEAD}\n\n» Weiterlesen\n\n{OTHER}",  # a foreign phrase on a short line
        f"{LEAD}\n\nЧитать далее\n\n{OTHER}",
    ],
)
def test_structure_gate_opens_on_each_kind_of_evidence(text):
    from newslint import Document
    from newslint_rules.structure import may_hold_structure_problem

    assert may_hold_structure_problem(Document(text))


def test_repeated_lines_of_equal_length_are_compared_by_text():
    from newslint import Document
    from newslint_rules.structure import may_hold_structure_problem

    # Two long lines of one length, not equal: the gate must look at their text.
    same_length = "The ferry will run every forty minutes from the pier."
    other = "The ferry will run every fifty minutes from the pier!"
    assert len(same_length) == len(other)
    assert not may_hold_structure_problem(Document(f"{same_length}\n\n{other}"))
    assert may_hold_structure_problem(Document(f"{same_length}\n\n  {same_length}"))


def test_structure_gate_opens_on_a_title_line_with_the_mark_of_an_artefact():
    from newslint import Document
    from newslint_rules.structure import may_hold_structure_problem

    assert not may_hold_structure_problem(Document(f"Council votes on the new ferry timetable\n\n{LEAD}"))
    assert may_hold_structure_problem(Document(f"Council votes on the timetableCouncil votes on the timetable\n\n{LEAD}"))
    assert may_hold_structure_problem(Document(f"Council votes on the timetableMay 5, 2019\n\n{LEAD}"))


def test_near_empty_gate_opens_only_on_short_texts():
    from newslint import Document
    from newslint_rules.structure import NearEmptyArticle, may_be_short

    assert NearEmptyArticle.gate is may_be_short
    assert NearEmptyArticle.gate(Document("Redirecting you now"))
    assert not NearEmptyArticle.gate(Document("word " * 250))


def test_marker_lines_are_english_needles_and_foreign_phrases_in_order():
    from newslint import Document
    from newslint_rules.structure import _RawLines

    text = f"{LEAD} Continue reading\n\n» Lire la suite\n\n{OTHER}\n\nKeep Reading\n\nWeiterlesen"
    assert _RawLines(Document(text)).marker_lines == [0, 2, 6, 8]


def test_foreign_marker_with_doubled_space_is_found():
    # structure_continue_reading.txt promises any spacing between a phrase's words.
    assert_fires("NL902", f"{LEAD}\n\nLesen  Sie weiter\n\n{OTHER}")
    assert_fires("NL902", f"{LEAD}\n\nLesen\u00a0Sie weiter\n\n{OTHER}")


def test_marker_needles_are_found_by_their_literal_test():
    # _holds_marker_needle stands for the pattern the needles used to be: every needle
    # is found, in any position, and near misses are not.
    import regex

    from newslint_rules.structure import _MARKER_NEEDLES, _holds_marker_needle

    pattern = regex.compile(
        "eading|EADING|ead [Tt]he |EAD THE |ead [Ff]ull|EAD FULL|ontinues|ONTINUES|ontinued|ONTINUED|chars]|chars\\)"
    )
    for needle in _MARKER_NEEDLES:
        if needle.endswith(")"):
            # (A count in parentheses is looked for only after its "+": "(+12 chars)".)
            assert not _holds_marker_needle(needle)
            needle = f"(+12 {needle}"
        assert _holds_marker_needle(f"x {needle} y")
        assert _holds_marker_needle(needle)
    for near_miss in ["She said it was instead", "ead thE", "EAD the ", "ead full"[:-1], "continue", "chars}", "Read", ""]:
        assert bool(pattern.search(near_miss)) == _holds_marker_needle(near_miss) == False  # noqa: E712
    for text in ["Continue reading", "READ THE FULL STORY", "Story continues below", "[+123 chars]", "misleading",
                 "(continued)", "(+123 chars)"]:
        assert _holds_marker_needle(text) and pattern.search(text)



# -- other wordings ------------------------------------------------------------------


@pytest.mark.parametrize(
    "marker",
    [
        "Read the rest of this story on Harbour Daily.",
        "(continued)",
        "(Continued on page 4)",
        "Continued on next page",
        "To be continued",
        "(Story continues)",
        "This story continues at the link below.",
        "Article continues on page A6",
        "(+1234 chars)",
        "[+812 characters]",
        "Full story »",
        "See the full story",
        "View full article",
        "Continues below",
        "Continues after advertisement",
        "Читать дальше →",
        "Lees verder",
        "Czytaj dalej »",
        "Devamını oku",
        "Read more at tidewater-post.example.com",
        "Read more on www.harbourdaily.co.uk/news/ferries",
        "(more…)",
        "(more...)",
    ],
)
def test_truncation_markers_of_other_wordings_fire(marker):
    assert_fires("NL902", f"{LEAD}\n\n{marker}\n\n{OTHER}", span=marker)
    assert_fixes("NL902", f"{LEAD}\n\n{marker}\n\n{OTHER}", f"{LEAD}\n\n{OTHER}")


@pytest.mark.parametrize("marker", ["[…]", "[...]"])
def test_excerpt_marker_alone_at_the_end_fires_and_between_paragraphs_marks_an_omission(marker):
    assert_fires("NL902", f"{LEAD}\n\n{OTHER}\n\n{marker}\n", span=marker)
    assert_fixes("NL902", f"{LEAD}\n\n{OTHER}\n\n{marker}", f"{LEAD}\n\n{OTHER}")
    assert_passes("NL902", f"{LEAD}\n\n{marker}\n\n{OTHER}")


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD} The fighting continued on Monday.\n\n{OTHER}",
        f"{LEAD} This story continues on Broadway in May.\n\n{OTHER}",  # a sentence, not a link label
        f"{LEAD}\n\nTalks continued.\n\n{OTHER}",
        f"{LEAD} She read the rest of the report aloud.\n\n{OTHER}",
        f"{LEAD}\n\nThis article was first published by Harbour Daily. Read the original article.",  # syndication
        f"{LEAD} She never told the full story to the court.\n\n{OTHER}",
        f"{LEAD}\n\nThe full story of the crossing is told in her memoir.",
        f"{LEAD} The search continues below the old pier.\n\n{OTHER}",
        f"{LEAD} He counted 812 characters in the note.\n\n{OTHER}",
        f"{LEAD} Full story.\n\n{OTHER}",  # a label glued to a sentence is prose here
        f"{LEAD}\n\nRead the full story of the crossing in her memoir, out in May.",
    ],
)
def test_prose_with_the_words_is_not_a_marker(text):
    assert_passes("NL902", text)


@pytest.mark.parametrize("marker", ["(continued)", "(Story continues)", "[Continue reading]"])
def test_bracketed_marker_glued_to_a_paragraph_fires(marker):
    assert_fires("NL902", f"{LEAD} {marker}\n\n{OTHER}", span=marker)
    assert_fixes("NL902", f"{LEAD} {marker}\n\n{OTHER}", f"{LEAD}\n\n{OTHER}")


@pytest.mark.parametrize(
    "copy",
    [
        "The council approved the budget on Tuesday after a  three-hour debate.",  # doubled space
        "The council approved the budget on Tuesday after a\u00a0three-hour debate.",  # no-break space
        " The council approved the budget on Tuesday after a three-hour debate. ",
    ],
)
def test_copy_differing_only_in_spacing_is_a_duplicate(copy):
    original = "The council approved the budget on Tuesday after a three-hour debate."
    text = f"{original}\n\n{copy}\n\nThe vote was 7 to 2."
    found = assert_fires("NL901", text, count=1)
    assert ("spacing" in found[0].message) == (copy.strip() != original)  # the edges never counted
    assert_fixes("NL901", text, f"{original}\n\nThe vote was 7 to 2.")


def test_copy_differing_in_words_is_not_a_duplicate():
    original = "The council approved the budget on Tuesday after a three-hour debate."
    assert_passes("NL901", f"{original}\n\n{original.replace('three', 'four')}\n\nThe vote was 7 to 2.")


# -- NL905 glued-repeated-title ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Opinion | Ministers Are Racing to NowhereMinisters Are Racing to Nowhere", "Ministers Are Racing to Nowhere"),
        ("Bus fares rise 10 percent in MarchBus fares rise 10 percent in March", "Bus fares rise 10 percent in March"),
        ("The Future of Rent Is … You're LateThe Future of Rent Is … You're Late", "The Future of Rent Is … You're Late"),
        # Glued with one space, and a question as the title.
        ("Can the Ferry Service Survive Winter? Can the Ferry Service Survive Winter?",
         "Can the Ferry Service Survive Winter?"),
        ("Analysis: Harbour towns count the cost of the storm Harbour towns count the cost of the storm",
         "Harbour towns count the cost of the storm"),
        ("12 Soups to Make This AutumnAutumn 12 Soups to Make This Autumn", None),
    ],
)
def test_glued_repeated_title_fires(line, span):
    if span is None:
        assert_passes("NL905", f"{line}\n\n{LEAD}")
        return
    found = assert_fires("NL905", f"{line}\n\n{LEAD}\n\n{OTHER}", count=1, span=span)
    assert found[0].line == 1


def test_glued_repeated_title_between_paragraphs_fires():
    assert_fires("NL905", f"{LEAD}\n\nDrivers Face Delays on the Coast RoadDrivers Face Delays on the Coast Road\n\n{OTHER}",
                 count=1, span="Drivers Face Delays on the Coast Road")


@pytest.mark.parametrize(
    "line",
    [
        # A word or a short phrase said twice is language.
        "Bora Bora",
        "It was very very cold on the pier that morning",
        "No, no, no, no, no",
        "Sing it again Sing it again",
        "Walla Walla Sweets Win the Cup",
        "New York, New York",
        "Duran Duran Play the Harbour Hall",
        # A chorus in lowercase, and a repeated phrase inside a sentence.
        "and we ran and ran all night all night long all night long",
        "He said the words again and again: we will stay, we will stay.",
        # The repeat is only the end of a longer sentence.
        "The mayor, who has spoken at every meeting since the spring and who says the plan will "
        "work, told reporters that the town will recover The town will recover",
        # Not identical: another case, another word.
        "Bus fares rise 10 percent in MarchBus Fares Rise 10 Percent in March",
        "Bus fares rise 10 percent in MarchBus fares rise 12 percent in March",
    ],
)
def test_glued_repeated_title_passes(line):
    assert_passes("NL905", f"{LEAD}\n\n{line}\n\n{OTHER}")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (f"Bus fares rise 10 percent in MarchBus fares rise 10 percent in March\n\n{LEAD}",
         f"Bus fares rise 10 percent in March\n\n{LEAD}"),
        (f"Opinion | Ministers Are Racing to Nowhere Ministers Are Racing to Nowhere  \n\n{LEAD}",
         f"Opinion | Ministers Are Racing to Nowhere  \n\n{LEAD}"),
    ],
)
def test_glued_repeated_title_fixes(text, fixed):
    assert_fixes("NL905", text, fixed)


# -- NL906 title-glued-to-date ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Meal Prep for a Busy WeekNovember 12, 2018", "November 12, 2018"),
        ("Morning BriefingNov. 20, 2019, 9:28 AM UTC", "Nov. 20, 2019, 9:28 AM UTC"),
        ("Keep19 November 2019 • 1:16pm", "19 November 2019 • 1:16pm"),
        ("Can the Tram Come Back?March 3, 2021", "March 3, 2021"),
        ("Harbour Works BeginUpdated: Oct. 2, 2019", "Updated: Oct. 2, 2019"),
        ("Harbour fees rise againjuly 4, 2019", None),
    ],
)
def test_title_glued_to_date_fires(line, span):
    if span is None:
        # (A month in lowercase is not a date.)
        assert_passes("NL906", f"{line}\n\n{LEAD}")
        return
    assert_fires("NL906", f"{line}\n\n{LEAD}", count=1, span=span)


@pytest.mark.parametrize(
    "line",
    [
        "Meal Prep for a Busy Week November 12, 2018",
        "The ferry last ran on November 12, 2018",
        "The ferry last ran on November 12, 2018.",
        "Published: Nov. 20, 2019",
        "The committee will meet againMarch 3",
    ],
)
def test_title_glued_to_date_passes(line):
    assert_passes("NL906", f"{line}\n\n{LEAD}")


def test_title_glued_to_date_fixes():
    assert_fixes("NL906", f"Meal Prep for a Busy WeekNovember 12, 2018\n\n{LEAD}",
                 f"Meal Prep for a Busy Week\nNovember 12, 2018\n\n{LEAD}", unsafe=True)


# -- NL907 near-duplicate-paragraph -----------------------------------------------------

QUOTED = "“We will not close the north pier,” the harbour master said, “whatever the budget says.”"


@pytest.mark.parametrize(
    ("copy", "note"),
    [
        (LEAD[:-1], "final punctuation"),  # the final full stop lost
        (QUOTED.replace("“", '"').replace("”", '"'), "quotes"),  # straight quotes in the copy
        (LEAD[:70] + "…", "cut short"),  # cut by a feed, with an ellipsis
        (LEAD[:60].rsplit(" ", 1)[0], "cut short"),  # cut at a word
        (LEAD + " Photo: Mira Okafor/Harbour Wire", "text added"),  # a credit glued on
    ],
)
def test_near_duplicate_paragraph_fires(copy, note):
    original = QUOTED if "harbour master" in copy else LEAD
    found = assert_fires("NL907", f"{original}\n\n{copy}\n\n{OTHER}", count=1, span=copy.strip())
    assert note in found[0].message and "line 1" in found[0].message


def test_near_duplicate_with_other_quotes_near_its_start_fires():
    curly = "“We’re not closing the north pier,” the harbour master said on the radio on Monday."
    straight = curly.replace("“", '"').replace("”", '"').replace("’", "'")
    assert_fires("NL907", f"{curly}\n\n{OTHER}\n\n{straight}", count=1, span=straight)


def test_near_duplicate_of_a_wrapped_paragraph_fires():
    wrapped = "The harbour authority approved the new ferry timetable\non Tuesday after a long debate."
    assert_fires("NL907", f"{wrapped}\n\n{OTHER}\n\n{LEAD}\n\n{THIRD}", count=1, span=LEAD)


@pytest.mark.parametrize(
    "text",
    [
        # Equal copies are NL901's.
        f"{LEAD}\n\n{LEAD}\n\n{OTHER}",
        # A paragraph that goes on: more than a glued label.
        f"{LEAD}\n\n{LEAD} {OTHER} {THIRD}",
        # Too little kept of the original, or too short to matter.
        f"{LEAD}\n\nThe harbour authority approved the new…",
        "The vote was close and tense.\n\nThe vote was close and tense",
        # Sentences that open alike and go on differently.
        f"{LEAD}\n\nThe harbour authority approved the new ferry fares on Friday after a short debate.",
        # Far apart.
        f"{LEAD}\n\n{OTHER}\n\n{THIRD}\n\n{FOURTH}\n\n{FIFTH}\n\n{LEAD[:-1]}",
        # Cut inside a word without an ellipsis: another word, not a cut.
        f"{LEAD}\n\n{LEAD[:63]}",
    ],
)
def test_near_duplicate_paragraph_passes(text):
    assert_passes("NL907", text)


@pytest.mark.parametrize(
    ("text", "fixed", "unsafe"),
    [
        (f"{LEAD}\n\n{LEAD[:70]}…\n\n{OTHER}", f"{LEAD}\n\n{OTHER}", False),
        (f"{LEAD}\n\n{LEAD} (Mira Okafor / Harbour Wire)\n\n{OTHER}", f"{LEAD}\n\n{OTHER}", True),
    ],
)
def test_near_duplicate_paragraph_fixes(text, fixed, unsafe):
    assert_fixes("NL907", text, fixed, unsafe=unsafe)


def test_near_duplicate_with_text_added_is_an_unsafe_fix():
    from newslint.testing import linter_for

    text = f"{LEAD}\n\n{LEAD} (Mira Okafor / Harbour Wire)\n\n{OTHER}"
    assert linter_for("NL907").fix(text, unsafe=False).text == text


@pytest.mark.parametrize("marker", ["[+812 characters]", "(+812 characters)", "Continues below"])
def test_other_wordings_glued_to_a_paragraph_fire(marker):
    assert_fires("NL902", f"{LEAD}\n\n{OTHER} {marker}", count=1, span=marker)
    assert_fixes("NL902", f"{LEAD}\n\n{OTHER} {marker}", f"{LEAD}\n\n{OTHER}")


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD} Continue reading\n\n» Lire la suite\n\n{OTHER}\n\nKeep Reading\n\nWeiterlesen",
        f"{LEAD}\n\nLesen  Sie weiter\n\nLesen\u00a0Sie weiter\n\n\tLire la suite\n\nLire\tla suite …\n\n{OTHER} [...]  ",
        f"{LEAD}…\n\n{OTHER}...\u2009\n\n[…]\n\nLoading..\n\n\u3000weiterlesen\n\nWEITERLESEN\n\n",
        "Windows lines…\r\nLire la suite\r\n\r\nThe end...",
        "",
    ],
)
def test_one_pass_over_line_ends_finds_what_each_test_alone_finds(text):
    from itertools import compress

    from newslint import Document
    from newslint_rules.structure import (
        _ELLIPSES, _MARKER_REACH, _MAX_FOREIGN_MARKER_LINE, _RawLines, _foreign_continue_phrases, _holds_marker_needle,
        _is_foreign_marker,
    )

    raw = _RawLines(Document(text))
    lines = raw.lines
    assert raw.ellipsis_lines == [index for index, line in enumerate(lines) if line.rstrip().endswith(_ELLIPSES)]
    foreign = _foreign_continue_phrases()
    assert raw.marker_lines == [
        index for index, line in compress(enumerate(lines), lines)
        if _holds_marker_needle(line[-_MARKER_REACH:])
        or (len(line) <= _MAX_FOREIGN_MARKER_LINE and _is_foreign_marker(line, foreign))
    ]


def test_nl905_reads_the_first_lines_of_text_however_many_blank_lines_part_them():
    title = "Bus fares rise in March"
    for first in ("Title.", "Title"):
        text = first + "\n" * 13 + title + title + "\n\nThe council voted on Monday to raise the fares from March.\n"
        assert_fires("NL905", text, count=1)


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD}\n\n{LEAD}  \n\n{OTHER}\u00a0\n\t{OTHER}\n\n",
        f"{LEAD}\n{LEAD}\n\n{OTHER}",  # evenly spaced
        "  \n\u00a0\n\t\nx  y\nx\u00a0y\nx\ty\n",
        "",
    ],
)
def test_keys_are_each_line_keyed_as_key_keys_it(text):
    from newslint import Document
    from newslint_rules.structure import _RawLines

    raw = _RawLines(Document(text))
    assert raw.keys() == [raw.key(line) for line in raw.lines]


def _reference_repeated(lines: list[str]) -> dict[str, int]:
    """The repeated lines of a spaced text, the plain way: lines of 24 characters or
    more whose texts without spaces, no-break spaces and tabs collide, keyed by their
    normalised spacing, those keys counted."""
    from collections import Counter

    from newslint_rules.structure import _key

    long_lines = [line for line in lines if len(line) >= 24]
    bare = [line.replace(" ", "").replace("\u00a0", "").replace("\t", "") for line in long_lines]
    colliding = {key for key, count in Counter(bare).items() if count > 1}
    keys = [_key(line) for line, key in zip(long_lines, bare) if key in colliding]
    return {key: count for key, count in Counter(keys).items() if count > 1}


_SPACED_PIECES = ["The ferry", "leaves", "at noon", " ", "  ", "\u00a0", "\t", "\u2009", "\n", "\n\n", "x", "xx", "."]


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD}\n\n{LEAD}  \n\n{OTHER}\u00a0\n\t{OTHER}\n\n",
        f"{LEAD}  \n\n{LEAD.replace(' ', '')}\n\n{OTHER}",  # the same bare text, other words
        f"{LEAD}\u2009x\n\n{LEAD} x\n\n{LEAD}\u2009 x\n\n{LEAD}\u00a0\u2009x",  # a thin space is kept in the bare text
        "Windows  lines, long enough to count\r\nWindows lines, long enough to count\r\n",
    ],
)
def test_repeated_lines_of_a_spaced_text_are_found_as_the_plain_way_finds_them(text):
    from newslint import Document
    from newslint_rules.structure import _RawLines

    raw = _RawLines(Document(text))
    assert raw.spaced
    assert raw.repeated == _reference_repeated(raw.lines)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPACED_PIECES), max_size=40).map("".join))
def test_repeated_lines_agree_with_the_plain_way(text):
    from newslint import Document
    from newslint_rules.structure import _RawLines

    raw = _RawLines(Document(text + "  "))  # (spaced)
    assert raw.repeated == _reference_repeated(raw.lines)


@pytest.mark.parametrize(
    "marker",
    [
        "Read more at tidewater-post.example.com",
        "(more…)",
        "View full story",
        "View the full article",
        "Full story »",
        "Read More »",
        "read more →",
    ],
)
def test_link_labels_glued_to_a_paragraph_end_fire_and_are_deleted(marker):
    assert_fires("NL902", f"{LEAD} {marker}\n\n{OTHER}", span=marker)
    assert_fixes("NL902", f"{LEAD} {marker}\n\n{OTHER}", f"{LEAD}\n\n{OTHER}")


def test_read_more_after_the_feeds_ellipsis_is_a_marker():
    text = "The council said the review of the ferry contract would take months... read more\n\n" + OTHER
    assert_fires("NL902", text, span="read more")
    assert_fixes("NL902", text, "The council said the review of the ferry contract would take months...\n\n" + OTHER)


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD} She wanted to read more.\n\n{OTHER}",
        f"{LEAD} Residents can read more on the subject at the library.\n\n{OTHER}",
        f"{LEAD} Read more.\n\n{OTHER}",
        f"{LEAD} The exhibition tells the full story.\n\n{OTHER}",
        f"{LEAD} Critics wanted the full story of the crossing\n\n{OTHER}",
        f"{LEAD} Read more about the plans in our guide.\n\n{OTHER}",
        f"{LEAD} (More to come.)\n\n{OTHER}",
    ],
)
def test_read_more_and_full_story_in_prose_pass(text):
    assert_passes("NL902", text)


def test_read_more_glued_to_a_teaser_cut_mid_sentence_fires():
    text = f"{LEAD}\n\nHundreds of ferry passengers were stranded overnight due to Read more\n\n{OTHER}"
    assert_fires("NL902", text, span="Read more")
    assert_fixes(
        "NL902", text, f"{LEAD}\n\nHundreds of ferry passengers were stranded overnight due to\n\n{OTHER}"
    )
    assert_passes("NL902", f"{LEAD}\n\nShe told the children to read more\n\n{OTHER}")
    assert_passes("NL902", f"{LEAD}\n\nWe use cookies on this site. Accept Read More\n\n{OTHER}")
