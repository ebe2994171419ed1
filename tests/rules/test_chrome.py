"""Tests of the layout rules for site chrome (NL130-NL135, rules/chrome.py).

Every fixture is invented for these tests (no corpus text): pages built the way templates
lay out recommendation widgets, tickers and comment sections, the traps that look alike
(an article's own sub-headings, lists, bylines), and fixed texts.
"""

from __future__ import annotations

import pytest

from newslint import check
from newslint.testing import assert_fires, assert_fixes, assert_passes, check_doc_example
from newslint_rules.chrome import RULES

# English prose around the fixtures, so that the English-only rules are switched on.
LEAD = (
    "The council approved the new harbour plan on Monday after a long debate, and the mayor said "
    "that the work would start in the spring.\n\n"
    "Residents of the old town had asked for the plan for years, and many of them were in the hall "
    "when the vote was taken."
)
TAIL = "The first ships are expected to use the new quay in the autumn of next year."


def page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def reported(code: str, text: str) -> list[str]:
    return [text[d.start : d.end] for d in check(text, select=[code])]


# -- NL130 kicker-teasers ----------------------------------------------------------------------

KICKERS = page(
    LEAD,
    "RAIL CHAOS",
    "Commuters stranded as strike spreads to the north",
    "‘WE LOST EVERYTHING’",
    "Family tells of night the river burst its banks",
    "FARM FEUD",
    "Brothers settle row over land after ten years",
    TAIL,
)


def test_kicker_teasers_fire_on_every_card_line():
    assert reported("NL130", KICKERS) == [
        "RAIL CHAOS",
        "Commuters stranded as strike spreads to the north",
        "‘WE LOST EVERYTHING’",
        "Family tells of night the river burst its banks",
        "FARM FEUD",
        "Brothers settle row over land after ten years",
    ]


def test_kicker_teasers_take_each_cards_teaser_sentence():
    text = page(
        LEAD,
        "HIGH WATER",
        "The Towns That Keep Flooding",
        "Engineers say the old dykes were never built for storms like the ones of the last decade.",
        "LAST ORDERS",
        "Why Village Pubs Are Closing",
        "Rising costs and fewer visitors have shut one pub a week across the county this year.",
    )
    found = reported("NL130", text)
    assert len(found) == 6
    assert found[2].startswith("Engineers say")


def test_kicker_teasers_fix_deletes_the_cards():
    assert_fixes("NL130", KICKERS, page(LEAD, TAIL), unsafe=True)


def test_kicker_teasers_need_two_cards_in_a_row():
    # One capitalised sub-heading over a headline-shaped line is an article's own layout.
    assert_passes("NL130", page(LEAD, "WHAT HAPPENS NEXT", "The plan goes to the regional board", TAIL))


def test_kicker_teasers_leave_capitalised_sub_headings_over_prose():
    text = page(
        LEAD,
        "THE VOTE",
        "The motion passed by twelve votes to nine after the opposition walked out.",
        "THE COST",
        "The plan will cost the town four million over five years, the treasurer said.",
        TAIL,
    )
    assert_passes("NL130", text)


def test_kicker_teasers_are_english_only():
    text = page(
        "Die Stadt hat den Plan am Montag beschlossen, und die Arbeiten sollen im Frühjahr beginnen.",
        "STREIK IM NORDEN",
        "Pendler sitzen fest, weil der Streik sich ausweitet",
        "STREIT UM DEN HOF",
        "Brüder beenden nach zehn Jahren den Streit um das Land",
    )
    assert_passes("NL130", text)


# -- NL131 story-cards -------------------------------------------------------------------------

DASH_CARDS = page(
    LEAD,
    "\n".join(
        [
            "-",
            "Harbour ferry fares to rise in May",
            "Operators blame the cost of fuel for the increase",
            "-",
            "Library opens a new reading room",
            "The room is named after a local poet",
            "-",
            "Bus route 12 to be rerouted",
            "Works on the bridge close the old road for a month",
            "-",
        ]
    ),
)


def test_story_cards_fire_on_dash_separated_cards():
    found = reported("NL131", DASH_CARDS)
    assert "Harbour ferry fares to rise in May" in found
    assert "Works on the bridge close the old road for a month" in found
    assert "-" in found


def test_story_cards_fire_on_cards_signed_by_bylines():
    text = page(
        LEAD,
        "Harbour ferry fares to rise in May\nOperators blame the cost of fuel for the increase\nDana Whitfield",
        "Library opens a new reading room\nThe room is named after a local poet\nOmar Castell",
        "Bus route 12 to be rerouted\nWorks on the bridge close the old road for a month\nDana Whitfield",
        "Council to review parking charges\nTraders say the charges keep visitors away\nDana Whitfield",
    )
    found = reported("NL131", text)
    assert "Omar Castell" in found and "Council to review parking charges" in found


def test_story_cards_fire_on_cards_with_a_dateline():
    cards = []
    for headline, author in (
        ("Harbour ferry fares to rise in May", "Dana Whitfield"),
        ("Library opens a new reading room", "Omar Castell"),
        ("Bus route 12 to be rerouted", "Ines Marlow"),
        ("Council to review parking charges", "Omar Castell"),
    ):
        cards.append(f"{headline}\n{author}\nTuesday March 5, 2024\nThe story in one sentence, as the widget shows it.")
    found = reported("NL131", page(LEAD, *cards))
    assert "Library opens a new reading room" in found
    assert found.count("Tuesday March 5, 2024") >= 3


def test_story_cards_fix_deletes_the_stack():
    assert_fixes("NL131", DASH_CARDS, LEAD, unsafe=True)


def test_story_cards_leave_a_list_of_events_with_distinct_dates():
    text = page(
        LEAD,
        "\n".join(
            [
                "March 3, 2024",
                "Public meeting on the harbour plan",
                "March 10, 2024",
                "Exhibition of the designs in the library",
                "March 17, 2024",
                "Final vote of the council",
            ]
        ),
        TAIL,
    )
    assert_passes("NL131", text)


def test_story_cards_leave_an_article_with_bylined_quotes():
    # A name under each of two quotes is not a stack: the same byline must sign two cards.
    text = page(
        LEAD,
        "We waited ten years for this plan\nMarta Ilves",
        "Nobody asked the fishermen what they need\nKarl Umbreit",
        TAIL,
    )
    assert_passes("NL131", text)


# -- NL132 section-label -----------------------------------------------------------------------


def test_section_label_fires_above_the_headline():
    text = page("Science", "Comet's tail seen from the southern hemisphere", LEAD)
    assert_fires("NL132", text, count=1, span="Science")


def test_section_label_fires_on_a_label_and_a_kicker():
    text = page("Tech News", "STORM DAMAGE", "Power cut leaves thousands without heating", LEAD)
    assert reported("NL132", text) == ["Tech News", "STORM DAMAGE"]


def test_section_label_fix_keeps_the_headline():
    text = page("World", "Ferry talks collapse after a night of bargaining", LEAD)
    assert_fixes("NL132", text, page("Ferry talks collapse after a night of bargaining", LEAD), unsafe=True)


@pytest.mark.parametrize(
    "first",
    [
        "Staff Reports\n\nPolice arrested six people on Monday during a search of a house in the north of the town.",
        "Claim\n\nThe mayor owns three houses on the harbour front.",
        "Russia says it will not abandon its ally as it faces retaliation",
        "BRUSSELS, Belgium\n\nMinisters met on Tuesday to discuss the budget.",
    ],
)
def test_section_label_leaves_headlines_bylines_and_datelines(first):
    assert_passes("NL132", page(first, LEAD))


@pytest.mark.parametrize(
    "first",
    [
        "TV tonight\n\n7pm: The Great Allotment Challenge (BBC Two)\nThe four remaining growers face a marrow test.",
        "Saturday's fixtures\n\nWestford Town v Ellerby Rovers, 3pm\nMillbrook United v Harbour Athletic, 3pm",
        "Motoring Q&A\n\nMy car failed its MOT on a cracked windscreen. Can I still drive it?",
        'Fact check\n\nClaim: "Crime in Westford has doubled since 2019." (Leaflet, February)',
        "Festival guide\n\nFriday 7 June",
        "Weather\n\nMonday 4 March: bright and cold",
        "Listings\n\nFriday 7 June, 8pm: The Lanterns, Harbour Arts Centre",
        "TV choice\n\nThe Detective's Wife, Channel 4, 9pm",
        "Property\n\nThree-bedroom semi, Orchard Way, Ellerby, £285,000",
        "Book review\n\nThe Long Tide by Anna Marsh (Harbour Press, £16.99)",
        "Court round-up\n\nWestford Magistrates' Court, Monday 12 February",
        "Horoscopes\n\nAries (21 March - 19 April)",
        "Deaths\n\nSMITH, John Arthur, peacefully at home on 2 March, aged 84",
        # a public notice's kind over the statute it is given under
        "PUBLIC NOTICE\n\nTown and Country Planning Act 1990\n\nApplication No: 24/00412/FUL",
        "Public notice\n\nLicensing Act 2003, section 17",
        # a fact box or a spec list: a run of "Label: value" lines under its title
        "Key figures\n\nMarket capitalisation: $2.3 trillion\n24-hour trading volume: $96 billion\n"
        "Bitcoin dominance: 54.2%",
        "Game details\n\nTitle: Starfall Tactics\nGenre: Turn-based strategy\nPlatforms: PC, Nintendo Switch",
    ],
)
def test_section_label_leaves_the_title_of_a_listing_or_a_column(first):
    # A programme's clock time, a fixture list, a reader's question of two sentences, a
    # fact check's claim, a date alone: no headline, so the line above is the title.
    assert_passes("NL132", page(first, LEAD))


@pytest.mark.parametrize(
    "headline",
    [
        "Westford Town v Ellerby Rovers: late goal settles the derby",
        "Chapel conversion goes on the market for £545,000",
        "Storm to hit the coast on Friday 7 June, forecasters warn",
        "Online Safety Act 2023 comes into force for social media firms",
    ],
)
def test_section_label_still_fires_over_a_headline_with_a_match_a_price_or_a_date(headline):
    assert_fires("NL132", page("Sport", headline, LEAD), count=1, span="Sport")


def test_section_label_still_fires_over_a_headline_with_a_byline_and_a_timestamp():
    text = page("Business", "Markets: shares slide on rate fears\nBy: Jane Smith\nUpdated: 9am", LEAD)
    assert_fires("NL132", text, count=1, span="Business")


def test_section_label_only_at_the_top():
    assert_passes("NL132", page(LEAD, "Science", "Comet's tail seen from the southern hemisphere", TAIL))


# -- NL133 chrome-neighbour --------------------------------------------------------------------


def test_chrome_neighbour_fires_between_two_chrome_lines():
    text = page(LEAD, "Share on Facebook", "Our partners", "Sign up for our daily newsletter", TAIL)
    assert_fires("NL133", text, count=1, span="Our partners")


def test_chrome_neighbour_fires_on_a_label_before_chrome_at_the_top():
    text = page("Opinion", "Skip to content", "Share on Facebook", "Harbour plan approved at last", LEAD)
    assert "Opinion" in reported("NL133", text)


def test_chrome_neighbour_fires_on_a_short_run_between_chrome_lines():
    text = page(LEAD, "Share on Facebook", "1", "of", "12", "Sign up for our daily newsletter", TAIL)
    # ("12" next to a long line is a counter NL113 reports itself.)
    assert reported("NL133", text)[:2] == ["1", "of"]


def test_chrome_neighbour_leaves_a_run_of_longer_lines():
    text = page(LEAD, "Share on Facebook", "The quay opens in May", "Ships dock from June", "Sign up for our daily newsletter", TAIL)
    assert_passes("NL133", text)


def test_chrome_neighbour_fix_deletes_the_line():
    text = page(LEAD, "Share on Facebook", "Our partners", "Sign up for our daily newsletter", TAIL)
    fixed = page(LEAD, "Share on Facebook", "Sign up for our daily newsletter", TAIL)
    assert_fixes("NL133", text, fixed, unsafe=True)


def test_chrome_neighbour_keeps_the_headline_between_menu_and_share_buttons():
    text = page("Skip to content", "Harbour ferry to resume service", "Share on Facebook", LEAD)
    assert_passes("NL133", text)


def test_chrome_neighbour_keeps_a_byline_after_chrome_at_the_top():
    assert_passes("NL133", page("Related Coverage", "Staff Reports", LEAD))


def test_chrome_neighbour_keeps_long_lines_and_source_addresses():
    long_line = "The harbour master said the quay would be finished before the first storms of the winter."
    assert_passes("NL133", page(LEAD, "Share on Facebook", long_line, "Sign up for our daily newsletter", TAIL))
    assert_passes("NL133", page(LEAD, TAIL, "Share on Twitter", "www.harbour-news.example.com"))


# -- NL134 comment-block ------------------------------------------------------------------------

COMMENTS = page(
    LEAD,
    TAIL,
    "Top Rated Comments",
    "Finally a plan that makes sense for the old town.",
    "I will believe it when I see the first ship.",
    "Read All Comments",
)


def test_comment_block_fires_between_heading_and_button():
    assert reported("NL134", COMMENTS) == [
        "Finally a plan that makes sense for the old town.",
        "I will believe it when I see the first ship.",
    ]


def test_comment_block_fix_deletes_the_comments():
    assert_fixes("NL134", COMMENTS, page(LEAD, TAIL, "Top Rated Comments", "Read All Comments"), unsafe=True)


def test_comment_block_needs_the_article_first():
    # A comment counter in the page header and a button under the story do not make the
    # story a comment.
    text = page("Comments", "Harbour plan approved", LEAD, TAIL, "View all comments")
    assert_passes("NL134", text)


def test_comment_block_needs_both_widget_lines():
    assert_passes("NL134", page(LEAD, TAIL, "Comments", "Nobody asked the fishermen."))


# -- NL135 timestamped-headlines ---------------------------------------------------------------

TICKER = "\n".join(
    [
        "14:32 Airline signs deal for thirty new jets",
        "14:20 Storm warning issued for the whole coast",
        "14:05 Central bank holds rates steady again",
    ]
)


def test_timestamped_headlines_fire_on_a_ticker():
    assert len(reported("NL135", page(LEAD, TICKER))) == 3


def test_timestamped_headlines_fix_deletes_the_ticker():
    assert_fixes("NL135", page(LEAD, TICKER), LEAD, unsafe=True)


def test_timestamped_headlines_leave_a_live_blog():
    blog = page(
        "14:32 The mayor has arrived at the town hall and is talking to reporters.",
        "14:20 Protesters gathered outside before the vote, police said.",
        "14:05 The session opened with a minute of silence.",
    )
    assert_passes("NL135", page(LEAD, blog))


def test_timestamped_headlines_leave_a_programme_whose_times_go_forward():
    programme = "\n".join(
        [
            "09:00 Registration and coffee",
            "09:30 Welcome from the festival director, Stuart Clarke",
            "10:00 Keynote by Amara Okafor of Google",
            "11:15 Panel: Can the north compete with London for tech talent?",
        ]
    )
    assert_passes("NL135", page(LEAD, programme))


def test_timestamped_headlines_fire_on_a_ticker_out_of_order():
    ticker = "14:32 Airline signs deal for thirty new jets\n14:40 Storm warning issued for the whole coast\n14:05 Central bank holds rates steady again"
    assert len(reported("NL135", page(LEAD, ticker))) == 3


def test_timestamped_headlines_need_three_in_a_row():
    text = page(LEAD, "14:32 Airline signs deal for thirty new jets", TAIL, "14:20 Storm warning issued for the coast")
    assert_passes("NL135", text)



# -- the documentation's examples --------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_doc_example_fires_and_fixes_to_use_instead(rule):
    # NL133 stands on the boilerplate rules' findings, which delete their own lines.
    check_doc_example(rule, select=["boilerplate"] if rule.code == "NL133" else None)


# -- the layout rules' gate ----------------------------------------------------------------------------

from newslint import Document  # noqa: E402
from newslint_rules import chrome  # noqa: E402


def test_layout_gate_rules_out_prose():
    assert not chrome._has_layout_shape(Document(page(LEAD, TAIL)))


def test_layout_gate_opens_on_each_shape():
    assert chrome._has_layout_shape(Document(KICKERS))
    ticker = page(LEAD, "14:32 Airline signs deal for thirty jets\n14:20 Storm warning issued for the coast\n"
                  "14:05 Central bank holds rates steady")
    assert chrome._has_layout_shape(Document(ticker))
    assert chrome._has_layout_shape(Document(page("Science", "Comet's tail seen from the south", LEAD)))
    comments = page(LEAD, "Top Comments", "Finally.", "Read All Comments")
    assert chrome._has_layout_shape(Document(comments))
    cards = page(LEAD, "Ferry fares rise", "-", "Library opens", "-", "Bus route moves", "-")
    assert chrome._has_layout_shape(Document(cards))


def test_layout_gate_needs_two_label_lines_but_for_a_section_label_or_a_ticker():
    # One label line: only a section label opening the text can start a layout shape.
    assert not chrome._has_layout_shape(Document(page(LEAD, "Top Comments", TAIL)))
    assert chrome._has_layout_shape(Document(page("Science", "Comet's tail seen from the south", LEAD)))
    # Colons elsewhere in the text do not make a ticker.
    assert not chrome._has_layout_shape(Document(page(LEAD + " Note: one: two: three.", TAIL)))


def test_next_index_skips_blank_lines():
    texts = ["one", "", "  ", "two", "\t"]
    assert chrome._next_index(texts, 0) == 3
    assert chrome._next_index(texts, 3) is None


def test_runs_cut_at_a_line_of_text():
    document = Document("a\n\nb\nc\n\nd")
    lines = [document.line(index) for index in (0, 2, 5)]
    assert [[line.index for line in run] for run in chrome._runs(document, lines)] == [[0, 2], [5]]


def test_short_line_by_chrome():
    prose = "A paragraph of prose that runs on for many more than eight words in all."
    texts = [prose, "", "Share on Facebook", "", "Our partners", "Sign up for our daily newsletter"]
    assert chrome._short_line_by(texts, {2})  # "Our partners", after the blank line
    assert chrome._short_line_by(texts, {0})  # the prose line's neighbour: "Share on Facebook"
    # Chrome next to prose and to chrome only.
    assert not chrome._short_line_by([prose, "", "Share on Facebook", "Tweet", "", prose], {2, 3})
    assert not chrome._short_line_by(["One two three four five six seven eight nine", "Share"], {1})
    assert chrome._short_line_by(["One two three four five six seven eight", "Share"], {1})


def test_chrome_neighbour_leaves_chrome_among_prose():
    long_line = "The harbour master said the quay would be finished before the first storms of the winter."
    assert_passes("NL133", page(LEAD, long_line, "Share on Facebook", long_line, TAIL))


def test_layout_gate_counts_colons_in_the_lowered_text_or_the_text():
    ticker = "14:32 Airline signs deal for thirty jets\n14:20 Storm warning issued for the coast\n" \
             "14:05 Central bank holds rates steady"
    assert chrome._has_layout_shape(Document(page(LEAD, ticker)))
    # "\r" line breaks: the exact path, on the text itself.
    assert chrome._has_layout_shape(Document(page(LEAD, ticker).replace("\n", "\r\n")))


def test_separator_kind_of_one_label_line():
    from newslint_rules.chrome import _separator_kind

    assert _separator_kind("•") == "M"
    assert _separator_kind("March 3, 2024") == "D"
    assert _separator_kind("Dana K. Whitfield") == "N"
    # Not separators: a word, a number, a headline, a name-like line of common words.
    assert _separator_kind("ab") is None
    assert _separator_kind("Page 2") is None
    assert _separator_kind("Storm closes mountain pass") is None
    assert _separator_kind("Read More") is None
