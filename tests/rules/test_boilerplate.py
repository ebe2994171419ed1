"""Tests of the boilerplate family (NL1xx): site chrome left as whole lines.

Every fixture is invented for these tests (no corpus text): firing examples in several
wordings, the precision traps (prose that mentions the same words), and fixed texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import Applicability, Linter, check
from newslint.packs import load_pack
from newslint.testing import assert_fires, assert_fixes, assert_passes, check_pack_examples

from .chrome_lines import BODY, END, between

import newslint_rules

PACK = Path(newslint_rules.__file__).with_name("boilerplate.toml")


@pytest.mark.parametrize("rule", load_pack(PACK), ids=lambda r: r.code)
def test_pack_examples(rule):
    check_pack_examples(rule)


def test_seed_comment_prompt_and_headline_untouched():
    text = "Russia says it will not abandon its ally as it faces retaliation\n\nThe Kremlin said so.\n\nLeave a Comment"
    found = [d for d in check(text, select=["boilerplate"])]
    assert [d.line for d in found] == [5]


# -- NL101 comment-prompt -------------------------------------------------------------


@pytest.mark.parametrize("line", ["Leave a Reply", "Show Comments", "Comments (12)", "» View all 7 comments", "Be the first to comment"])
def test_comment_prompt_fires(line):
    assert_fires("NL101", between(line))


@pytest.mark.parametrize("line", [
    "Residents can leave a comment at the town hall until Friday.",
    "Comments made by the minister drew criticism.",
    "Reply to all questions, the judge ordered.",
    "Let us know what you think of the plan, the mayor told residents.",
])
def test_comment_prompt_passes(line):
    assert_passes("NL101", between(line))


def test_comment_prompt_fix():
    assert_fixes("NL101", f"{BODY}\n\nLeave a Reply\n", f"{BODY}\n")


# -- NL102 share-buttons ---------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Share on Facebook",
    "Tweet",
    "Share this: Facebook Twitter Email",
    "Share on: Facebook | WhatsApp | Reddit",
    "Sharing is caring!",
    "Enjoyed this article? Share it with your friends!",
])
def test_share_buttons_fire(line):
    assert_fires("NL102", between(line))


@pytest.mark.parametrize("line", [
    "Mail",  # a network name that is also an ordinary word
    "Shares in the company fell 4 percent on Tuesday.",
    "She shared the video on Facebook, where it was seen a million times.",
    "Facebook said it would appeal the ruling.",
])
def test_share_buttons_pass(line):
    assert_passes("NL102", between(line))


def test_lone_network_needs_chrome_next_to_it():
    # Alone among prose, "Pinterest" may be a sub-heading of a review of social apps.
    assert_passes("NL102", between("Pinterest"))
    column = f"{BODY}\n\nFacebook\n\nPinterest\n\nEmail\n\n{END}"
    assert_fires("NL102", column, count=3)


def test_share_buttons_fix_inside_paragraph():
    assert_fixes("NL102", f"{BODY}\nShare on Twitter\n{END}", f"{BODY}\n{END}")


# -- NL103 social-follow-prompt ------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Like us on Facebook",
    "Follow us on Twitter and Instagram",
    "Follow The Daily Courier on Facebook, Twitter (@dailycourier) and YouTube.",
    "Subscribe to our YouTube channel",
    "Follow us @harbourdesk",
])
def test_follow_prompt_fires(line):
    assert_fires("NL103", between(line))


def test_follow_prompt_in_author_bio_is_unsafe():
    text = between("Dana Fenwick covers courts for the Courier. Follow her on Twitter @danafen.")
    [diagnostic] = assert_fires("NL103", text)
    assert diagnostic.fix.applicability is Applicability.UNSAFE


@pytest.mark.parametrize("line", [
    "Police followed the suspect on foot for two miles.",
    "“Follow us on Twitter,” the protesters chanted outside the embassy.",
    "Fans who follow the band on Instagram saw the post first, she said.",
])
def test_follow_prompt_passes(line):
    assert_passes("NL103", between(line))


# -- NL104 newsletter-prompt ----------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Sign up for our morning newsletter",
    "Get the best of the week delivered straight to your inbox.",
    "Newsletter: sign up here",
    "The Daily Brief Newsletter",
    "Want more? Join the Weekend Reads newsletter.",
    "Thanks for signing up!",
])
def test_newsletter_prompt_fires(line):
    assert_fires("NL104", between(line))


@pytest.mark.parametrize("line", [
    "The newsletter, founded in 1998, has 40,000 readers, its editor said.",
    "Sign up for the streaming bundle using the same email as your old account",
    "Phishing messages landed in thousands of inboxes last week.",
])
def test_newsletter_prompt_passes(line):
    assert_passes("NL104", between(line))


def test_newsletter_prompt_fix():
    assert_fixes("NL104", between("Sign up for our morning newsletter"), f"{BODY}\n\n{END}")


# -- NL105 subscription-prompt --------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Subscribe",
    "Sign In",
    "Subscribers only: unlock this story",
    "Subscribe now for unlimited digital access",
    "Already a subscriber? Log in",
    "Support the Gazette and make a difference for readers.",
])
def test_subscription_prompt_fires(line):
    assert_fires("NL105", between(line))


@pytest.mark.parametrize("line", [
    "Subscribers to the service will pay $5 a month from June.",
    "The union said it would support the strike.",
])
def test_subscription_prompt_passes(line):
    assert_passes("NL105", between(line))


# -- NL106 advertisement-label --------------------------------------------------------


@pytest.mark.parametrize("line", ["Advertisement", "ADVERTISEMENT", "- Advert -", "Story continues below advertisement",
                                  "Scroll to continue with content", "Anzeige", "Publicidade"])
def test_advertisement_label_fires(line):
    assert_fires("NL106", between(line))


@pytest.mark.parametrize("line", [
    "Advertisement spending rose 8 percent last year.",
    "The ad was pulled after complaints.",
    "{{ advertisement }}",  # template syntax: the markup rules report it
    # Inside a sentence, the word is prose.
    "The pier closed on Monday. Advertisement revenue fell sharply.",
    "He works in ads. ADVERTISING is his passion, he said.",
    "The pier closed on Monday and the advertisement ran anyway.",
])
def test_advertisement_label_passes(line):
    assert_passes("NL106", between(line))


def test_advertisement_label_fix():
    assert_fixes("NL106", between("ADVERTISEMENT"), f"{BODY}\n\n{END}")


@pytest.mark.parametrize(("glued", "fixed"), [
    ("The pier closed on Monday. ADVERTISEMENT The mayor spoke.", "The pier closed on Monday. The mayor spoke."),
    ("The pier closed on Monday.” Advertisement “We will rebuild.”", "The pier closed on Monday.” “We will rebuild.”"),
    ("The pier closed on Monday.Advertisement\nThe mayor spoke.", "The pier closed on Monday.\nThe mayor spoke."),
    ("The pier closed. Story continues below advertisement The mayor spoke.", "The pier closed. The mayor spoke."),
])
def test_an_ad_label_glued_between_sentences_fires_and_goes(glued, fixed):
    found = assert_fires("NL106", between(glued), count=1)
    assert between(glued)[found[0].start : found[0].end] in ("ADVERTISEMENT", "Advertisement", "Story continues below advertisement")
    assert_fixes("NL106", between(glued), between(fixed))


# -- NL107 affiliate-disclosure -------------------------------------------------------


def test_affiliate_disclosure_fires():
    assert_fires("NL107", between("We may earn a small commission if you buy something through links on this page."))
    assert_fires("NL107", between("Gadget Weekly has affiliate partnerships, so we may earn a commission on purchases."))


@pytest.mark.parametrize("line", [
    "Disclosure: the author may earn a commission from the products reviewed here.",
    "The agents earn a commission of 6 percent on each sale, the report said.",
])
def test_affiliate_disclosure_passes(line):
    assert_passes("NL107", between(line))


# -- NL108 read-more-link -------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "READ MORE: Harbour ferry service to resume in June",
    "Related: Ten things to know about the new tax",
    "[Related: Storm damage tops estimates]",
    "See also: Council election results",
    "On NorthTimes.com: Mayor unveils bike lanes",
    "Also on example.org Court rejects appeal",
    "Read more",
    "Continue reading the main story",
])
def test_read_more_fires(line):
    assert_fires("NL108", between(line))


@pytest.mark.parametrize("line", [
    "More than 2,000 people attended the rally.",
    "Also, the airport will close a runway in May.",
    "Read the report for yourself, the minister told critics.",
])
def test_read_more_passes(line):
    assert_passes("NL108", between(line))


# -- NL109 related-heading and NL110 related-headlines -------------------------------


RELATED = (
    f"{BODY}\n\nRelated Stories\n\nStorm closes mountain pass for a week\n\n"
    "Council votes to raise parking fees\n\nWhy the new stadium is already too small?\n\n"
    "The bridge reopens in spring after two years of repairs, engineers said."
)


@pytest.mark.parametrize("line", ["Related Stories", "More from Sports", "Most Popular", "You may also like...", "Trending Now", "関連記事", "Leia também"])
def test_related_heading_fires(line):
    assert_fires("NL109", between(line))


@pytest.mark.parametrize("line", ["More from the interview was released on Friday.", "Most of the residents left."])
def test_related_heading_passes(line):
    assert_passes("NL109", between(line))


def test_related_headlines_block():
    found = assert_fires("NL110", RELATED, count=3)
    assert {RELATED[d.start:d.end] for d in found} == {
        "Storm closes mountain pass for a week",
        "Council votes to raise parking fees",
        "Why the new stadium is already too small?",
    }
    assert all(d.fix.applicability is Applicability.UNSAFE for d in found)


def test_related_headlines_stop_at_prose_and_lists():
    text = (f"{BODY}\n\nRelated Stories\n\n1 tsp ground cinnamon\n\n2 cups of flour\n\n{END}")
    assert_passes("NL110", text)
    assert_passes("NL110", f"{BODY}\n\nStorm closes mountain pass for a week\n\n{END}")


def test_related_block_fix():
    assert_fixes(
        "NL110", RELATED,
        f"{BODY}\n\nRelated Stories\n\nThe bridge reopens in spring after two years of repairs, engineers said.",
        unsafe=True,
    )


# -- NL111 cookie-notice --------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "We use cookies to give you the best experience. By continuing to browse, you agree to our use of cookies.",
    "Accept all cookies",
    "This site uses cookies to analyse traffic.",
    "Privacy Overview",
    # a sign-up form's consent box
    "I agree to the processing of my personal data to create an account, in line with the Privacy Policy.",
])
def test_cookie_notice_fires(line):
    assert_fires("NL111", between(line))


@pytest.mark.parametrize("line", [
    "Bake the cookies for twelve minutes until golden.",
    "Regulators said the company used cookies to track users without consent, according to the filing.",
    "Patients must write \"I agree to the processing of my data\" on the form, the privacy regulator said.",
])
def test_cookie_notice_passes(line):
    assert_passes("NL111", between(line))


# -- NL112 copyright-notice -----------------------------------------------------------


@pytest.mark.parametrize("line", [
    "© 2024 Harbour Media Group. All rights reserved.",
    "Copyright © 2021 Example Press",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Privacy Policy | Terms of Use | Contact Us",
])
def test_copyright_notice_fires(line):
    assert_fires("NL112", between(line))


@pytest.mark.parametrize("line", [
    "© Harbour Photo Agency",  # a photo credit: the credit rules' business
    "The band sued over the copyright of the 1998 song, the court heard.",
])
def test_copyright_notice_passes(line):
    assert_passes("NL112", between(line))


@pytest.mark.parametrize("line", [
    "Quotes delayed at least 15 minutes. Real-time quotes provided by Example Exchange.",
    "Stock prices are delayed by 20 minutes.",
    "Market data powered by Example Data and Harbour Financial.",
    "Our Standards: The Harbour Press Trust Principles.",
    "The information provided on this website is for informational purposes only.",
    "This article is for informational purposes only and does not constitute financial advice.",
    "The content on this site is not intended to be a substitute for professional medical advice.",
    "• This page is for general information only.",
    "The post Council approves budget appeared first on Harbour News.",
    "The post Ferry strike ends appeared first on harbournews.com.",
])
def test_the_templates_fine_print_fires(line):
    """Fine print of the page template other than a copyright: delayed market data and
    its supplier, the outlet's standards, disclaimers that the page only informs."""
    assert_fires("NL112", between(line))
    assert_fixes("NL112", between(line), between("").replace("\n\n\n\n", "\n\n"))


@pytest.mark.parametrize("line", [
    "Trading in the shares was delayed by 30 minutes after the glitch.",
    "Our standards of living have fallen for a decade.",
    "Doctors warn the app is no substitute for professional medical advice.",
    "The museum's website is for information about opening hours.",
    "The exchange sells market data to banks and funds.",
    "“This report is for informational purposes only,” the ministry's note read.",
    "The post office appeared first on the list of closures.",
    "The post of mayor appeared first on Monday's agenda.",
])
def test_prose_about_data_standards_or_advice_is_not_fine_print(line):
    assert_passes("NL112", between(line))


# -- NL113 page-navigation ------------------------------------------------------------


@pytest.mark.parametrize("line", ["Skip to content", "Back to top", "← Previous Story", "Image 3 of 12", "1 / 9", "Loading...", "Reading time: 4 minutes"])
def test_page_navigation_fires(line):
    assert_fires("NL113", between(line))


@pytest.mark.parametrize("line", ["He went back to the top of the hill.", "24/7", "[/caption]"])
def test_page_navigation_passes(line):
    assert_passes("NL113", between(line))


@pytest.mark.parametrize("line", [
    "Your browser does not support the video tag.",
    "Your web browser doesn't support iframes",
    "To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video",
    "To watch this clip, you need to accept cookies.",
    "Sorry, this video isn't available any more.",
    "We're sorry, this feature is currently unavailable.",
    "This content is not available due to your privacy preferences.",
    "Loading video...",
    "JavaScript is disabled in your browser.",
    "Something went wrong. Please try again later.",
    "There was a problem loading the player. Please try again.",
])
def test_what_a_player_shows_in_place_of_its_content_fires(line):
    assert_fires("NL113", between(line))
    assert_fixes("NL113", between(line), f"{BODY}\n\n{END}")


@pytest.mark.parametrize("line", [
    "Your browser history is not private, experts warn.",
    "This video has been viewed two million times.",
    "Loading the trucks took three hours.",
    "Something went wrong at the plant.",
    "To view this video as a confession would be a mistake.",
    "There was a problem with the vote, and it was held again.",
])
def test_prose_about_browsers_videos_and_errors_passes(line):
    assert_passes("NL113", between(line))


# -- NL114 tag-list -------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Tags: budget, council, taxes", "Filed under: Politics |", "Topics", "Tags Harbour City Council"])
def test_tag_list_fires(line):
    assert_fires("NL114", between(line))


def test_tag_list_passes():
    assert_passes("NL114", between("Tags on the luggage were checked twice."))


# -- NL116 comment-policy -------------------------------------------------------------


def test_comment_policy():
    assert_fires("NL116", between("Your comment will be reviewed by a moderator before it appears."))
    assert_fires("NL116", between("Please read our community guidelines before posting."))
    assert_passes("NL116", between("The ministry said it would review each comment submitted by the public."))
    assert_fires("NL116", between("Be respectful when you comment."))
    assert_fires("NL116", between("Thanks! Your comment has been submitted."))
    # the same words inside prose
    assert_passes("NL116", between("Reviewers should be explicit when your comment is a blocking concern."))
    assert_passes("NL116", between("It helps to mark small points as such when you comment on a draft."))

    # The moderators' rules stated as which comments they refuse, the whole line.
    assert_fires("NL116", between("Comments that are abusive, off-topic or unreadable will not be published."))
    assert_fires("NL116", between("Comments containing links will not be approved by the moderators."))
    assert_fires("NL116", between("Comments with personal attacks are removed by our moderators."))
    # ... not a report of what happened to someone's comments
    assert_passes("NL116", between("Comments that the minister made in May will not be published, the ministry said."))
    assert_passes("NL116", between("Comments from the closed hearing will not be published until Friday."))


POLICY = (
    "A user comment will be deleted if it:\n\n"
    "does not correspond with the subject of the post;\n\n"
    "“floods” the discussion thread with a large number of irrelevant messages;\n\n"
    "contains links to viruses and malicious software."
)


def test_the_rules_listed_under_a_comment_policy_go_with_it():
    story = f"{BODY}\n\n{PROSE}"  # long enough that the fix deletes less than half of it
    text = f"{story}\n\n{POLICY}"
    found = assert_fires("NL116", text, count=4)
    assert [text[d.start : d.end][:12] for d in found] == ["A user comme", "does not cor", "“floods” the", "contains lin"]
    assert [d.fix.applicability for d in found] == [Applicability.SAFE] + [Applicability.UNSAFE] * 3
    assert_fixes("NL116", text, story, unsafe=True)


def test_a_list_under_other_headings_or_after_prose_is_not_a_policy():
    # The same clauses under a heading that is no notice of the comment section.
    listed = POLICY.replace("A user comment will be deleted if it:", "The tenant may be evicted if he:")
    assert_passes("NL116", f"{BODY}\n\n{listed}")
    # The list ends at the first line that is not a clause in lower case.
    text = f"{BODY}\n\n{POLICY.split(chr(10))[0]}\n\nThe council met again.\n\ncontains links to the minutes."
    assert len(assert_fires("NL116", text)) == 1


# -- NL117 click-prompt ---------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Click here for more information.", "GET THE NEWS APP BY CLICKING HERE", "Listen: https://pod.example.com/ep12",
    "If you no longer want us to keep your data, please click here to delete your account.",
])
def test_click_prompt_fires(line):
    assert_fires("NL117", between(line))


def test_click_prompt_passes():
    assert_passes("NL117", between("Users who clicked the link were asked for their passwords."))
    assert_passes("NL117", between("Users were told to click here and there until the page loaded, the report said."))


# -- language and quotation -----------------------------------------------------------


def test_non_english_prose_is_left_alone():
    text = "Die Regierung will die Steuer senken, sagte der Minister am Montag.\n\nMehr Informationen folgen am Dienstag."
    assert not check(text, select=["boilerplate"])


def test_fixes_are_idempotent_on_a_chrome_heavy_page():
    text = (
        "Skip to content\n\nHarbour ferry to resume service\n\nShare on Facebook\n\n"
        f"{BODY}\n\nADVERTISEMENT\n\n{END}\n\nRelated Stories\n\nStorm closes mountain pass for a week\n\n"
        "© 2024 Harbour Media Group. All rights reserved."
    )
    from newslint import fix

    once = fix(text, select=["boilerplate"], unsafe=True).text
    assert fix(once, select=["boilerplate"], unsafe=True).text == once
    assert once == f"Harbour ferry to resume service\n\n{BODY}\n\n{END}"


# -- NL115 navigation-menu ------------------------------------------------------------


MENU = "Home\n\nNews\n\nSports\n\nContact the Courier\n\nReal Estate\n\n" + BODY


def test_navigation_menu_fires_with_unsafe_site_items():
    found = {MENU[d.start:d.end]: d for d in check(MENU, select=["NL115", "NL113"])}
    assert set(found) == {"Home", "News", "Sports", "Contact the Courier", "Real Estate"}
    assert found["Contact the Courier"].code == "NL115"
    assert found["Contact the Courier"].fix.applicability is Applicability.UNSAFE
    assert found["Sports"].fix.applicability is Applicability.SAFE


def test_navigation_menu_needs_section_names():
    # A list of short lines that are not a site's sections is the article's own list.
    text = "Meal 1\n\nMeal 2\n\nPre-workout snack\n\nEvening snack\n\n" + BODY
    assert_passes("NL115", text)
    # Two section names in a run of three is too short to be a menu.
    assert_passes("NL115", "Sports\n\nBusiness\n\nHarbour ferry\n\n" + BODY)


# -- NL118 reader-comments ------------------------------------------------------------


THREAD = (
    f"{BODY}\n\nfan1987 says:\n\nAbout time they fired him.\n\ngridiron guy says:\n\n"
    "He deserved another season.\n\nnorth_end says:\n\nAgreed."
)


def test_reader_comments():
    found = assert_fires("NL118", THREAD, count=6)
    by_text = {THREAD[d.start:d.end]: d.fix.applicability for d in found}
    assert by_text["fan1987 says:"] is Applicability.SAFE
    assert by_text["He deserved another season."] is Applicability.UNSAFE
    assert BODY not in by_text


def test_reader_comments_with_vote_counts_for_headers():
    # Singular counts only: the thread must be found without "votes" or "says:" anywhere.
    thread = f"{BODY}\n\nRating: 1 vote\n\nAbout time.\n\nRating: 0 vote\n\nAgreed.\n\nRating: 1 vote\n\nNo."
    found = assert_fires("NL118", thread)
    # (The vote counts themselves are NL101's.)
    assert [thread[d.start:d.end] for d in found] == ["About time.", "Agreed.", "No."]


def test_reader_comments_need_three_headers():
    assert_passes("NL118", f"{BODY}\n\nThe mayor says:\n\nWe will rebuild.\n\nHer deputy says:\n\nSoon.")


# -- NL113 counters and NL119 contact lines -------------------------------------------


def test_lone_number_is_a_counter_only_next_to_text():
    gallery = f"{BODY}\n\n6\n\nA long row of cars waits at a dealership outside the city on Sunday."
    [d] = assert_fires("NL113", gallery)
    assert d.fix.applicability is Applicability.UNSAFE
    table = "Goals\n\n12\n\nAssists\n\n7\n\nPoints\n\n19"
    assert_passes("NL113", table)


def test_contact_line():
    assert_fires("NL119", between("jane.doe@harbourcourier.com"))
    assert_fires("NL119", between("twitter.com/janedoe"))
    assert_fires("NL119", between("Jane Doe @janedoe"))
    assert_passes("NL119", between("Write to jane.doe@harbourcourier.com with your questions about the budget."))
    # Outside English text the reporter's address is part of the article by custom.
    assert_passes("NL119", "Die Regierung will die Steuer senken, sagte der Minister am Montag.\n\nreporter@zeitung.de")


def test_interview_quotes_are_not_a_comment_thread():
    text = (
        f"{BODY}\n\nSmith says: We will rebuild the pier.\n\nJones says: Not this year.\n\n"
        "Smith says: Then next year.\n\nThe pier closed in 2019 after a storm."
    )
    assert_passes("NL118", text)


# -- other wordings of the same chrome ------------------------------------------------


@pytest.mark.parametrize("line, code", [
    ("Create a free account to continue reading", "NL105"),
    ("You have read all of your free articles this month", "NL105"),
    ("This article is for subscribers only", "NL105"),
    ("Sign up for breaking news alerts", "NL104"),
    ("Sponsored by Harbour Bank", "NL106"),
    ("VIDEO: Storm floods the harbour road", "NL108"),
    ("Download our free news app", "NL117"),
    ("Filed under Politics, Transport", "NL114"),
    ("Listen to this article", "NL113"),
    ("Save for later", "NL102"),
    ("By using this site you agree to our use of cookies.", "NL111"),
    # The newsroom's calls for tips and corrections, a sponsored row naming its network.
    ("Have a news tip? Email us at tips@example.com.", "NL117"),
    ("Got a story? Contact our newsroom.", "NL117"),
    ("Do you have a story to share? Get in touch.", "NL117"),
    ("Send us your news tips at tips@example.com", "NL117"),
    ("Report an error", "NL113"),
    ("Spotted a mistake? Let us know.", "NL113"),
    ("Found an error in this article?", "NL113"),
    ("Sponsored Links by Taboola", "NL106"),
    ("Follow @harbournews for updates", "NL103"),
    # The paywall's own words, a link to the whole article.
    ("To continue reading this article, please subscribe.", "NL105"),
    ("To read the full story, become a subscriber today.", "NL105"),
    ("The rest of this story is available to subscribers.", "NL105"),
    ("This article is reserved for paid subscribers.", "NL105"),
    ("View full article", "NL108"),
    ("View the full story", "NL108"),
    ("Source link", "NL108"),
])
def test_other_wordings(line, code):
    assert_fires(code, between(line))


@pytest.mark.parametrize("line", [
    "Powered by batteries, the ferry crossed the bay in silence.",
    "You have read the report, the minister told reporters.",
    "Video of the crash was shared widely on Monday.",
    "Have a tip for the new barista? Leave it in the jar.",
    "Do you have a story to share with the jury?",
    "They spotted a mistake in the budget and sent it back.",
    "Send us a postcard.",
    "Follow the river for updates on the flood.",
    "Subscribers were told the rest of the season would be streamed.",
    "To continue reading, turn to page 4 of the printed guide.",
    "The full story is available to anyone who asks the archive.",
])
def test_other_wordings_prose_passes(line):
    assert not check(between(line), select=["boilerplate"])


# -- the scan behind the family's gate (rules/_boilerplate_scan.py) ---------------------------

from newslint import Document, patterns  # noqa: E402
from newslint_rules import _boilerplate_scan as scan  # noqa: E402
from newslint_rules import boilerplate  # noqa: E402

PROSE = (
    "The council approved the new budget on Monday after a long debate that ran late into the night, "
    "and officials said the vote would be repeated in the spring if the auditors found any error.\n\n"
    "Residents who had watched the debate from the gallery welcomed the decision and asked the council "
    "to publish the full accounts before the end of the month, the clerk told the meeting."
)


def _scan(text: str) -> scan.Scan:
    return scan.scan(Document(text), boilerplate._NOTICE_SHAPES)


def test_prose_gives_the_classifier_nothing_to_try():
    found = _scan(PROSE)
    assert found.empty()
    assert (found.labels, found.headers, found.notices) == ([], None, [])
    assert not boilerplate._has_chrome(Document(PROSE))


def test_the_gate_opens_on_chrome():
    assert boilerplate._has_chrome(Document(between("Share on Facebook")))
    assert boilerplate._has_chrome(Document(between("This website uses cookies to improve your experience.")))


@pytest.mark.parametrize("text, expected", [
    ("Share on Facebook", [(0, "share")]),
    ("   » Related Stories", [(0, "related")]),  # indentation and decoration: the regex reads it
    ("12", [(0, "#")]),
    ("Storm closes the mountain pass", []),  # "storm" files no label
    ("Share " + "x" * 200, []),  # too long for a label
])
def test_label_candidates(text, expected):
    assert _scan(text).labels == expected


def test_label_candidates_read_crlf_text_as_the_pattern_does():
    assert _scan("Body text here.\r\nShare on Facebook\r\n").labels == [(1, "share")]
    # A lone "\r" ends a line too (old Mac files): the label after it is found.
    assert _scan("Body text here.\rShare on Facebook").labels == [(1, "share")]
    assert_fires("NL102", "Body text here.\rShare on Facebook", span="Share on Facebook")


def test_short_lines_holding_a_word():
    words = [word for _, word in boilerplate.P.label_table()[1]]
    found = dict(zip(words, _scan(f"{BODY}\n\nThe Daily Brief NEWSLETTER\n\nTweet [VIDEO]").contained))
    assert found == {"newsletter": [2], "]": [4], "@": [], "sign up": [], "delivered": [], "in a new": [], "thought": []}


def _notice_lines(text: str) -> dict[str, list[int]]:
    candidates = _scan(text).notices
    return {code: lines for (code, *_), lines in zip(boilerplate._NOTICES, candidates) if lines}


def test_notice_candidates_hold_a_keyword_within_the_notice_length():
    assert _notice_lines(between("We use COOKIES to improve your experience.")) == {"NL111": [2]}
    # Too long for a subscription prompt (220 characters), short enough for a cookie banner.
    long_line = "Support our newsroom today. " + "word " * 50
    assert _notice_lines(between(long_line)) == {}


def test_notice_candidates_leave_out_reported_speech():
    assert _notice_lines(between("Subscribe now, the publisher said in a statement.")) == {}
    assert _notice_lines(between("Subscribe now, the publisher says.")) == {"NL105": [2]}
    assert _notice_lines("Subscribe now, the publisher said ") == {}


@pytest.mark.parametrize("special", ["\u0130", "\u212a", "\u017f"])
def test_texts_with_case_specials_take_the_exact_path(special):
    # "İ", the Kelvin sign and the long s lowercase to, or match, ASCII letters.
    assert _notice_lines(between(f"Cookies help us{special}")) == {"NL111": [2]}
    assert _notice_lines(between(f"Cooꝁies help us{special}")) == {}


def test_notice_candidates_in_crlf_text():
    assert _notice_lines("Body text.\r\n\r\nWe use cookies on this site.") == {"NL111": [2]}


def test_notice_shapes_screen_keywords_that_share_a_substring():
    shapes = scan.NoticeShapes([(("comment", "community", "cookie"), 300), (("commission", "cookie"), 400), (("©",), 300)])
    assert [(screen, [entry[0] for entry in group], reach) for screen, group, reach in shapes.screened] == [
        ("comm", ["comment", "community", "commission"], 400)
    ]
    assert shapes.reaches == (300, 400)
    assert [entry[0] for entry in shapes.ascii] == ["cookie"]  # the longest line of its two shapes
    assert shapes.ascii[0][2] == 400
    assert shapes.other == (("©", "\xc2\xa9", 300),)  # its UTF-8 bytes, read as Latin-1
    assert shapes.shapes_of == {"comment": (0,), "community": (0,), "cookie": (0, 1), "commission": (1,), "©": (2,)}
    # A screen only one keyword holds is no screen: the keyword is looked for itself.
    assert scan.NoticeShapes([(("information only", "comment"), 300)]).screened == ()


@pytest.mark.parametrize("line, code", [
    ("Please read our community guidelines before you post.", "NL116"),
    ("Comments are moderated.", "NL116"),
    ("We may earn a commission if you buy through links on this page.", "NL107"),
    ("This site is for informational purposes only.", "NL112"),
])
def test_screened_keywords_are_found(line, code):
    assert_fires(code, between(line), span=line)


def test_screened_keywords_need_the_whole_keyword():
    # "comm" and "information" alone are no keyword: nothing to try.
    assert _notice_lines(between("Please read our commons guidelines before you post.")) == {}
    assert _notice_lines(between("This information is provided by our partners.")) == {}


def test_lowered_text_is_the_utf8_bytes_lowercased_one_character_a_byte():
    assert scan.lowered(Document("Café: SHARE")) == "cafÃ©: share"
    assert scan.lowered(Document("one\r\ntwo")) is None  # "\r": the exact path
    assert scan.lowered(Document("Kelvin \u212a")) is None  # a character that folds to ASCII


def test_inline_ad_label_pre_test_on_the_lowered_text():
    assert boilerplate._find_inline_ad_labels(Document(PROSE)) == []
    glued = "The mayor spoke on Monday. ADVERTISEMENT The council voted."
    assert boilerplate._find_inline_ad_labels(Document(glued)) == [(26, 40)]
    # The exact path asks the text itself.
    assert boilerplate._find_inline_ad_labels(Document(glued + "\r\n")) == [(26, 40)]
    scroll = "It rained. Scroll to continue with content"
    assert boilerplate._find_inline_ad_labels(Document(scroll)) == [(10, len(scroll))]


def test_inline_ad_labels_are_looked_for_in_the_lines_holding_their_words():
    text = "A quiet day.\nThe mayor spoke. Advertisement The vote.\nNo label here.\nIt rained. Scroll to continue with content"
    second, last = text.index("The mayor"), text.index("It rained")
    assert boilerplate._lines_holding(text, boilerplate._AD_LABEL_WORDS) == [
        (second, text.index("\nNo label")),
        (last, len(text)),
    ]
    assert boilerplate._lines_holding(PROSE, boilerplate._AD_LABEL_WORDS) == []
    # Two words on one line: the line once.
    assert boilerplate._lines_holding("x ADVERTISING y dvertisement", boilerplate._AD_LABEL_WORDS) == [(0, 28)]
    # The pattern's look-behind sees the end of the sentence on the line before ...
    assert boilerplate._find_inline_ad_labels(Document("It rained.\nADVERTISEMENT The vote.")) == [
        m.span() for m in boilerplate._INLINE_AD_LABEL.finditer("It rained.\nADVERTISEMENT The vote.")
    ]
    # ... and a label that ends its line is found where the line ends.
    glued = "The mayor spoke. Advertisement\nThe council voted."
    assert boilerplate._find_inline_ad_labels(Document(glued)) == [(16, 30)]


def test_long_texts_look_for_each_keyword_in_the_lines_short_enough_for_it():
    paragraph = "The harbour board met again on Tuesday to weigh the cost of the new quay. " * 5
    long_text = "\n\n".join([paragraph] * 8)
    assert len(long_text) > scan._BY_LENGTH
    # A keyword in a paragraph too long for its notice: no line to try.
    assert _notice_lines(long_text + "\n\nSupport " + paragraph) == {}
    # A short line holding one is found, among the paragraphs as among a few lines.
    assert _notice_lines(long_text + "\n\nSupport our newsroom today.") == {"NL105": [16]}
    assert _notice_lines(long_text + "\n\nPlease read our community guidelines.") == {"NL116": [16]}
    assert _notice_lines(long_text + "\n\nWe use cookies.\n\n" + paragraph) == {"NL111": [16]}


def test_within_reach():
    unreported = "short line\n\n" + "x" * 250 + "\n\nmiddle"
    plain = ["Short line", "", "X" * 250, "He said so.", "  Middle  "]
    assert scan._within_reach(unreported, plain, (220, 300)) == {
        220: "short line\nmiddle",
        300: "short line\nmiddle\n" + "x" * 250,
    }


def test_without_reported_lines():
    lowered = "first line\nhe said it\nlast line said \nend"
    assert scan._without_reported_lines(lowered) == "first line\n\n\nend"  # each left empty
    assert scan._without_reported_lines("no speech here") == "no speech here"


def test_comment_header_candidates():
    assert _scan(f"{BODY}\n\nNotes: one: two: three").headers is None
    thread = "fan1987 says:\n\nAbout time.\n\nRating: 3 votes\n\nnorth_end says:\n\nAgreed."
    assert _scan(thread).headers == [0, 4, 6]
    assert _scan(thread.replace("\n", "\r\n")).headers == list(range(9))  # every line: the slow path


def test_line_is_the_document_line():
    document = Document("one\n\ntwo three\nfour")
    assert [scan.line(document, index) for index in range(4)] == document.lines
    crlf = Document("one\r\n\r\ntwo\rfour")
    assert [scan.line(crlf, index) for index in range(len(crlf.lines))] == crlf.lines


@pytest.mark.parametrize("text, english", [
    ("We use cookies", True),
    ("Wir verwenden Cookies für Ihre Erfahrung", True),  # mostly Latin letters
    ("Мы используем cookies", False),
    ("123 ... !!!", False),
    ("Café société crème brûlée", False),  # six letters of 22 outside ASCII
    ("Café au lait with the morning paper", True),
])
def test_english_line(text, english):
    assert boilerplate._english_line(text) is english
    # The same as counting with the patterns, as it once did.
    letters = len(patterns.compile(r"\p{L}").findall(text))
    assert english is (letters > 0 and len(patterns.compile(r"[A-Za-z]").findall(text)) >= 0.8 * letters)


# Every prompt of NL101 starts with one of the letters its pattern checks first.
COMMENT_PROMPTS = [
    "Leave a Comment", "Post your reply", "Add a comment", "Write a comment", "Submit a comment",
    "Drop a comment", "Share your thoughts", "2 Leave a comment", "Click to view comments",
    "Tap to load comments", "View all comments", "Show comments", "See comments", "Read comments",
    "Load more comments", "Hide comments", "Open comments", "Close comments", "12 Comments",
    "Replies (3)", "No comments yet", "Zero comments", "Comments are closed", "Top rated comments",
    "Join the conversation", "Start the discussion", "Be the first to comment", "Comment on this story",
    "Tell us what you think", "Let us know what you think", "Tell us what you think of this article.",
    "What do you think? Let us know",
    "Rating: 3 votes", "Reply", "Report abuse", "Sort by newest", "Newest first", "Oldest first",
]


@pytest.mark.parametrize("line", COMMENT_PROMPTS)
def test_comment_prompt_first_letters(line):
    assert_fires("NL101", between(line))


NL101 = next(rule for rule in load_pack(PACK) if rule.code == "NL101")


@pytest.mark.parametrize("text", [
    *(between(line) for line in COMMENT_PROMPTS),
    *(f"{BODY}\n\n  \t{line.upper()}  \n" for line in COMMENT_PROMPTS),
    *(example.text for example in NL101.examples if example.fires),
    between("-" * 100 + " Leave a Comment"),  # 116 characters
])
def test_comment_prompt_gate_lets_every_prompt_through(text):
    # the pack's needles, looked for on lines of at most 120 characters
    assert list(NL101.check(Document(text)))
    assert NL101.gate(Document(text))


@pytest.mark.parametrize("text", [
    PROSE,
    f"{END}\n\nThe council will weigh the plan again.",  # a short line without a word
    f"{END}\n\n" + "-" * 110 + " Leave a Comment",  # a prompt's word, on a line too long for one
    f"{END} Readers left {len(END)} comments and replies under the story, the paper said.",  # a paragraph
])
def test_comment_prompt_gate_rules_out(text):
    assert not list(NL101.check(Document(text)))
    assert not NL101.gate(Document(text))


@pytest.mark.parametrize("text", [
    "Leave a comment\r\n",  # a pattern's line runs to "\n"
    "\u017fort by newest",  # "ſ" folds to "s" in the pattern and in the needles' case folding
])
def test_comment_prompt_gate_lets_the_exact_cases_through(text):
    assert NL101.gate(Document(text))
    assert list(NL101.check(Document(text)))


# -- label patterns are compiled per first word --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "You've used all your free articles",  # first word "you've", with its apostrophe
        "You’ve used all your free articles",
        "Subscriber-only content",  # first word "subscriber", singular
        "Member-only story",
    ],
)
def test_a_label_is_found_under_the_first_word_its_line_starts_with(line):
    # Each label pattern holds only the entries filed under the line's first word: an
    # entry must list every first word its lines can have.
    assert_fires("NL105", f"The council met on Monday.\n\n{line}\n\nIt voted on the plan.")


def test_label_patterns_hold_only_their_words_entries():
    from newslint_rules import _boilerplate_patterns as P

    assert any("used" in pattern.source for pattern in P.label_pattern("NL105", "you've"))
    assert not any("used" in pattern.source for pattern in P.label_pattern("NL105", "subscriber"))


def test_a_share_row_may_end_with_the_widgets_more_button():
    row = "Share to LinkedIn LinkedIn Share to Facebook Facebook Share to Email Email Share to More More"
    assert_fires("NL102", f"The council met on Monday.\n\n{row}\n\nIt voted on the plan.")


@pytest.mark.parametrize("line", ["More", "Share more stories with your friends", "More of the same, said the mayor"])
def test_more_is_no_share_button_by_itself(line):
    assert_passes("NL102", f"The council met on Monday.\n\n{line}\n\nIt voted on the plan.")


@pytest.mark.parametrize(
    "line",
    [
        "Please, fill in the form to subscribe to our newsletter.",
        "Enter your email to sign up for the Morning Brief newsletter",
        "You have successfully subscribed. Thank you!",
    ],
)
def test_sign_up_form_instructions_and_confirmations(line):
    assert_fires("NL104", f"The council met on Monday.\n\n{line}\n\nIt voted on the plan.")


def test_a_sentence_reporting_the_sign_up_form_is_prose():
    line = "He said readers could fill in the form to subscribe to the newsletter."
    assert_passes("NL104", f"The council met on Monday.\n\n{line}\n\nIt voted on the plan.")


def test_an_alerts_prompt_may_name_what_else_it_sends():
    assert_fires("NL117", "The council met on Monday.\n\nGet breaking news alerts and special reports.\n\nIt voted on the plan.")
    assert_passes("NL117", "The council met on Monday.\n\nGet news alerts and then decide what to do\n\nIt voted on the plan.")


@pytest.mark.parametrize(
    "line",
    ["How to listen to The Harbour Podcast", "Listen to the Morning Show live at 8:00 weekdays - or listen back here.",
     "Tune in to the show every Friday at noon.", "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.",
     "Tune in to Morning Edition live weekdays"],
)
def test_a_prompt_to_the_outlets_own_audio(line):
    assert_fires("NL117", f"The council met on Monday.\n\n{line}\n\nIt voted on the plan.")


@pytest.mark.parametrize(
    "line",
    ["Listen to the radio broadcast of the debate, she said.", "Listen to what people say about the show.",
     "How to listen to your body after a marathon", "Listen to them live at the festival this summer.",
     "Listen to the band live on tour next year."],
)
def test_listening_in_prose_or_headlines_is_no_prompt(line):
    assert_passes("NL117", f"The council met on Monday.\n\n{line}\n\nIt voted on the plan.")


# -- helpers of the fast paths ------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "share:", "read more: the story", "  >> related", "\tdon't miss", "12", "12 of 40 photos in this gallery, see all",
    "--", "", "   ", "a" * 161, " " * 5 + "b" * 156, "x:y", "(c) 2024", "'quoted'", "e-mail us",
])
def test_ascii_label_word_reads_as_short_line_alone(line):
    match = boilerplate.P.SHORT_LINE_ALONE.match(line)
    assert scan._ascii_label_word(line) == (None if match is None else match.group(1) or "#")


def test_ascii_label_word_fires_and_passes():
    assert scan._ascii_label_word("share: facebook") == "share"
    assert scan._ascii_label_word("-> don't miss") == "don't"
    assert scan._ascii_label_word("3 comments") == "#"
    assert scan._ascii_label_word("...") is None  # no word at all
    assert scan._ascii_label_word("1" + " x" * 20) is None  # a number opens only a short line


@pytest.mark.parametrize("line", [
    "Share this article", "  Read more: the story", "\tRelated", "12", "\u0130stanbul news", "Él dijo", "Share\u00a0this",
    "the story continues below", "The mayor spoke", "\u2022 Follow us on X", "zzz unknown",
])
def test_label_key_is_the_short_lines_first_word_when_it_files_a_label(line):
    match = boilerplate.P.SHORT_LINE_ALONE.match(line.lower() if len(line.lower()) == len(line) else line)
    word = None if match is None else (match.group(1) or "#").lower()
    assert scan._label_key(line) == (word if word in boilerplate.P.label_keys() else None)


def test_label_key_fires_and_passes():
    assert scan._label_key("Share this article") == "share"
    assert scan._label_key("  Read more: the story") == "read"
    assert scan._label_key("zzz unknown") is None  # no label starts so


def test_a_text_of_paragraphs_alone_lists_no_short_line():
    paragraph = "Sign up for our newsletter, the mayor urged residents, as the council met again. " * 3
    text = "\n\n".join([paragraph.strip()] * 4)
    found = scan.scan(Document(text), boilerplate._NOTICE_SHAPES)
    assert found.labels == [] and found.boxes == [] and not any(found.contained)
    assert len(found.contained) == len(boilerplate.P.label_table()[1])
    # A short line: the labels are read.
    found = scan.scan(Document(text + "\n\nSign up for our newsletter"), boilerplate._NOTICE_SHAPES)
    assert found.labels == [(8, "sign")] and any(found.contained)


def test_holds():
    assert scan.holds("a: b: c:", ":", 3)
    assert not scan.holds("a: b: c", ":", 3)
    assert not scan.holds("", ":", 1)


def test_notice_verdict_is_the_lines():
    cookie = next(shape for shape, notice in enumerate(boilerplate._NOTICES) if notice[0] == "NL111")
    assert boilerplate._notice(cookie, "We use cookies to improve your experience.") is Applicability.SAFE
    assert boilerplate._notice(cookie, "We use cookies, the regulator said.") is None  # reported speech
    assert boilerplate._notice(cookie, "Cookies are baked daily.") is None  # not a notice


def test_notice_candidates_skip_reported_lines_but_keep_their_numbers():
    text = "He said the newsletter was late.\n\nSign up for our newsletter\n\nThe newsletter is free, she said on Monday."
    assert _notice_lines(text) == {"NL104": [2]}


def test_contained_words_are_looked_for_in_the_short_lines_only():
    long_line = "The newsletter " + "word " * 40  # longer than a label
    words = [word for _, word in boilerplate.P.label_table()[1]]
    assert dict(zip(words, _scan(f"{BODY}\n\n{long_line}").contained))["newsletter"] == []
    assert dict(zip(words, _scan(f"{BODY}\n\nNEWSLETTER").contained))["newsletter"] == [2]


def test_contained_label_and_label_text_verdicts():
    assert boilerplate._contained_label("NL108", "Storm closes the mountain pass [VIDEO]")
    assert not boilerplate._contained_label("NL108", "See the footage [below]")
    assert boilerplate._accept_label_text("NL109", "Related Stories")
    assert not boilerplate._accept_label_text("NL109", "Related stories are below.")  # a sentence


def test_label_verdict_of_a_line():
    section, network, code, codes, composed = boilerplate._label("share", "Share on Facebook")
    assert (section, network, code, codes) == (False, False, None, ("NL102",))
    assert boilerplate._label("facebook", "Facebook")[1]  # a network alone: by its neighbours
    assert boilerplate._label("#", "12")[2] == "#"  # a lone number: by its neighbours
    assert boilerplate._label("advertisement", "Advertisement")[2] == "NL106"  # an exact label
    assert boilerplate._label("storm", "Storm closes the pass") == (False, False, None, (), None)


@pytest.mark.parametrize(
    "line",
    ['"tags": {},', '    "comment": {', "comments: >", ">>> print share", "  close() {", "share = True", "`Print`"],
)
def test_a_line_of_code_or_data_is_not_chrome(line):
    # Documentation quotes programs whose names are chrome's words: braces, a JSON key,
    # a prompt, a call or an assignment make the line code.
    found = [d for d in Linter(select=["NL1"]).check(between(line)) if d.line == 3]
    assert found == [], [d.code for d in found]


def test_the_same_words_without_code_marks_are_chrome():
    assert_fires("NL114", between("Tags: transport, local"))
    assert_fires("NL102", between("Print"))


@pytest.mark.parametrize("line, code", [
    ("Updated 5 minutes ago", "NL113"),
    ("Published: 18 Nov 2019 9:38 pm", "NL113"),
    ("Posted on Nov. 5, 2019 at 3:45 p.m.", "NL113"),
    ("Last updated: 12/03/2024", "NL113"),
    ("2019-11-19T12:48:14Z", "NL113"),
    ("Was this article helpful? Yes No", "NL117"),
    ("Rate this story", "NL117"),
    ("Download the podcast", "NL117"),
    ("Also on our site", "NL109"),
    # the page's question about its own stories, without the button it led to
    ("Want more stories like this?", "NL117"),
    ("Enjoyed this article?", "NL117"),
    ("Did you enjoy this story?", "NL117"),
    ("Looking for more news like this?", "NL117"),
    ("Want to read more?", "NL117"),
    # what the sign-up form says once it is sent
    ("Please check your inbox to confirm your subscription.", "NL104"),
    ("An email with an activation link has just been sent to your email address.", "NL104"),
    ("We've sent you a confirmation email. Click the link to finish signing up.", "NL104"),
    ("Please verify your email address to complete your registration.", "NL104"),
    ("Thanks for signing up! Check your email to complete your registration.", "NL104"),
    # the site's own community
    ("Join our reader forums to keep talking about the news.", "NL103"),
    ("Join the Discord server", "NL103"),
    ("Font size A A A", "NL113"),
    # pages in other languages: share buttons, follow prompts, sign-up labels (closed classes)
    ("Compartilhar no Facebook", "NL102"),
    ("Condividi su Facebook", "NL102"),
    ("Partager cet article", "NL102"),
    ("Поделиться", "NL102"),
    ("Bagikan artikel ini", "NL102"),
    ("Siga-nos no Instagram", "NL103"),
    ("Suivez-nous sur Twitter", "NL103"),
    ("Подписывайтесь на наш канал в Telegram", "NL103"),
    ("Receba as notícias no seu e-mail", "NL104"),
    ("Suscríbete a nuestro boletín", "NL104"),
    ("Save my name, email, and website in this browser for the next time I comment.", "NL116"),
    ("Lea también", "NL109"),
])
def test_page_stamps_feedback_widgets_and_more_labels(line, code):
    assert_fires(code, between(line), count=1)


@pytest.mark.parametrize("line", [
    "Updated Tuesday with new figures from the ministry.",  # an editor's note is prose
    "First published in 1851, the paper grew into a national title.",
    "The report was published March 12 after a long delay.",
    "Was this the right decision? Nobody on the council is sure.",
    "Want more? The council says there is no money left.",
    "Did you enjoy the concert?",
    "Looking for more news about the ferry, residents called the town hall.",
    "Check your email settings before you open an attachment from a stranger.",
    "The bank says it will never ask you to verify your account by email.",
    "A letter has been sent to every household in the district.",
    "Join the European Community, the referendum's posters said.",
    "Join our team of volunteers at the harbour on Saturday.",
    "O governo vai compartilhar os dados com os estados, disse o ministro.",
    "Partager les coûts entre les communes est la proposition du rapport.",
    "Teilen Sie uns Ihre Meinung mit, sagte der Bürgermeister.",
])
def test_stamp_and_feedback_words_in_prose_pass(line):
    found = [d.code for d in check(between(line)) if d.line == 3]
    assert found == []


# -- notices' patterns, searched one alternative at a time -------------------------------------

import regex  # noqa: E402

from newslint_rules import _boilerplate_patterns as patterns_module  # noqa: E402


@pytest.mark.parametrize("pattern, alternatives", [
    ("a|b", ["a", "b"]),
    ("a", ["a"]),
    ("(?:a|b)c|d", ["(?:a|b)c", "d"]),
    (r"[|]|\||x", ["[|]", r"\|", "x"]),
    ("[]|]|[^]|]|y", ["[]|]", "[^]|]", "y"]),  # a "]" first in a class is one of its characters
    ("(?-i:A|B)|^c$|", ["(?-i:A|B)", "^c$", ""]),
])
def test_top_level_alternatives(pattern, alternatives):
    assert patterns_module.top_level_alternatives(pattern) == alternatives
    assert "|".join(alternatives) == pattern


@pytest.mark.parametrize("pattern", [r"b\w*|a\w*", r"ab|a", r"a|ab", r"^x|y", r"(?:^|[.!] )we|cookies?", r"nothing|here"])
@pytest.mark.parametrize("text", ["ab abc", "xa b", "yes, we use cookies. we do", "no match at all", ""])
def test_alternatives_search_as_the_whole_pattern(pattern, text):
    # The first match to start, and at a tie the first alternative's: what the whole
    # alternation finds.
    whole = patterns.compile(pattern, regex.IGNORECASE).search(text)
    one_by_one = patterns_module.Alternatives(pattern, regex.IGNORECASE).search(text)
    assert (whole is None and one_by_one is None) or whole.span() == one_by_one.span()


def test_notice_patterns_are_searched_one_alternative_at_a_time():
    # Each notice's pattern is the alternation of its wordings: the same matches, found
    # alternative by alternative.
    for code, _, pattern, _ in boilerplate._NOTICES:
        assert isinstance(pattern, patterns_module.Alternatives)
        whole = patterns.compile(pattern.source, regex.IGNORECASE)
        for line in [
            "We use cookies to improve your experience.", "Accept all cookies", "© 2024 Example Media. All rights reserved.",
            "Sign up for our newsletter to get the news in your inbox.", "Follow us on Twitter",
            "We may earn a commission if you buy through our links.", "Support our journalism today.",
            "Your comment is awaiting moderation.", "Click here to read more.", PROSE,
            "Supporters point out that the railway is the only link in winter. Subscribe now for more.",
        ]:
            expected = whole.search(line)
            found = pattern.search(line)
            assert (expected is None and found is None) or expected.span() == found.span(), (code, line)
