"""Calls to action recognised by their grammar (NL1xx), not by a list of phrases.

A prompt of the page is an imperative verb with an object of the site (its newsletter,
comments, app, cookies, account, an ad slot), a button's noun phrase, or a question to
the reader followed by such a prompt. Every fixture is invented; each group has firing
examples in several wordings and shapes (bullets, arrows, emoji, case), prose traps that
mention the same things, and fixed texts.
"""

from __future__ import annotations

import pytest

from newslint import check
from newslint.testing import assert_fires, assert_fixes

from .chrome_lines import BODY, END, between, boilerplate_on



FIRES = [
    # NL116: the comment box's state, calls to comment in other words than NL101's, a
    # question before the call.
    ("Comments are closed for this story", "NL116"),
    ("Commenting has been disabled", "NL116"),
    ("Have your say", "NL116"),
    ("Sound off in the comments below", "NL116"),
    ("Log in to comment", "NL116"),
    ("You must be logged in to post a comment", "NL116"),
    ("What's your view? Comment below", "NL116"),
    ("Got an opinion? Share your views in the comments", "NL116"),
    ("View 4 replies", "NL116"),
    ("Discussion (7)", "NL116"),
    # NL102: the story as the object of a sharing verb.
    ("Gift this article", "NL102"),
    ("Send this story to a friend", "NL102"),
    ("Post on Bluesky", "NL102"),
    ("Copy link to article", "NL102"),
    ("Link copied to clipboard", "NL102"),
    ("Shares: 245", "NL102"),
    # NL103: follow prompts with a list of networks, a channel, a verb other than "follow".
    ("Connect: Mastodon / Instagram / TikTok", "NL103"),
    ("Join our Telegram channel for live updates", "NL103"),
    ("Keep up with us on Threads", "NL103"),
    ("Follow us for more updates", "NL103"),
    # NL104: what is delivered to the inbox, the form's labels, a lead-in before the call.
    ("Get the evening briefing delivered to your inbox", "NL104"),
    ("Receive the headlines each day by email", "NL104"),
    ("Please enter a valid email address", "NL104"),
    ("By signing up, you agree to our terms", "NL104"),
    ("Want more stories like this? Join our mailing list", "NL104"),
    ("Stay informed. Sign up for our newsletter.", "NL104"),
    ("The best of the Ledger, straight to your inbox", "NL104"),
    ("Our free newsletter, delivered every Sunday", "NL104"),
    # NL105: offers of access, prices, notices that the story is for subscribers.
    ("Get unlimited digital access for $1", "NL105"),
    ("Subscribe from just £2 a week", "NL105"),
    ("Only subscribers can read this article", "NL105"),
    ("This article is exclusive to subscribers", "NL105"),
    ("Continue reading with a digital subscription", "NL105"),
    ("Don't have an account? Register", "NL105"),
    ("Try 1 month for $1", "NL105"),
    ("Upgrade to premium", "NL105"),
    # NL106: the ad slot's controls and its sponsor.
    ("Advertisement · Scroll to continue", "NL106"),
    ("Story continues after the ad", "NL106"),
    ("Remove ads", "NL106"),
    ("Brought to you by Northfield Motors", "NL106"),
    ("Paid partner content", "NL106"),
    ("Recommended by Outbrain", "NL106"),
    # NL108 and NL109: other stories' links and headings in other words.
    ("Up next: Rain returns for the weekend", "NL108"),
    ("Also read → Budget gap widens at county hall", "NL108"),
    ("Also on City Pulse: Ten places to eat near the market", "NL108"),
    ("Stories you may have missed", "NL109"),
    ("What others are reading", "NL109"),
    ("Also in Business", "NL109"),
    # NL111: the cookie banner's buttons and sentences.
    ("Reject non-essential cookies", "NL111"),
    ("Accept and close", "NL111"),
    ("Manage cookie preferences", "NL111"),
    ("We and our partners use cookies to personalise content and ads.", "NL111"),
    ("This website stores cookies on your computer.", "NL111"),
    ("You can change your cookie settings at any time.", "NL111"),
    # NL112: copyright without the usual "©" and year at its start.
    ("© The Harbour Ledger 2024", "NL112"),
    ("(c) 2022 The Valley Herald", "NL112"),
    ("Reproduction without permission is prohibited.", "NL112"),
    ("No part of this publication may be reproduced without permission", "NL112"),
    # NL113: the audio player, text size, menu toggles.
    ("Listen to this story", "NL113"),
    ("Increase text size", "NL113"),
    ("Toggle menu", "NL113"),
    ("Estimated reading time: 4 minutes", "NL113"),
    # NL117: apps and notifications.
    ("Available on the App Store and Google Play", "NL117"),
    ("Read this story in our app", "NL117"),
    ("Install our app for the latest news", "NL117"),
    ("Turn on breaking news notifications", "NL117"),
    # More of the same grammar: other verbs, objects and separators.
    ("Sign up: The Week in Review", "NL104"),
    ("Get our daily news roundup", "NL104"),
    ("Enter email address", "NL104"),
    ("Tag us on Instagram @citypulse", "NL103"),
    ("Follow our Instagram for behind-the-scenes content", "NL103"),
    ("Become a paying subscriber", "NL105"),
    ("Unlock all articles for $2 a month", "NL105"),
    ("Go ad-free with a subscription", "NL105"),
    ("Advertisement (scroll down to continue reading)", "NL106"),
    ("Sponsored by our partners", "NL106"),
    ("Accept necessary only", "NL111"),
    ("We and our 200 partners store and access information on your device.", "NL111"),
    ("You can withdraw your consent at any time.", "NL111"),
    ("Click to email a link to a friend", "NL102"),
    ("Read our full coverage", "NL108"),
    ("LATEST: Police close motorway", "NL108"),
    # a long headline that asks a question (no full stop): still another story's
    ("Previously: Who will pay for the new bridge over the river, and when will it open?", "NL108"),
    ("Also: Why the council keeps rejecting plans for the old library site on Park Road?", "NL108"),
    ("Top Stories Today", "NL109"),
    ("Join the discussion below", "NL116"),
    ("You must log in to comment", "NL116"),
    ("Sort by: Newest", "NL116"),
    ("All material © The Daily Lantern", "NL112"),
    # Shapes of real pages: a magazine "through your door", prev/next with a section name,
    # the sign-up form's opt-in box, an affiliate note that speaks of a share of the sale.
    ("Get Harbour Boating Weekly delivered through your door every week", "NL104"),
    ("Previous Garden News -", "NL113"),
    ("- Next Travel Stories", "NL113"),
    ("Please tick the opt-in box to confirm that you want to subscribe.", "NL105"),
    ("If you buy something through this post, the Ledger may get a share of the sale.", "NL107"),
    ("Sign up for our free Evening Edition", "NL104"),
    ("Want the news before anyone else? Get our alerts", "NL104"),
    ("Join us on Telegram for breaking news", "NL103"),
    ("We're on WhatsApp! Follow our channel", "NL103"),
    ("Unlimited access for $4.99/month", "NL105"),
    ("Show 3 more replies", "NL116"),
    ("Tweet this article", "NL102"),
    # The same kinds of chrome in other wordings: a comment call with its story, the
    # reader's voice in the debate, tap and click controls, a gallery with its count, the
    # player pointing at itself, a live blog's controls, a tip line, the author box, a
    # breadcrumb, a reading list, the story continuing past an ad, single footer links.
    ("Have your say on this story", "NL116"),
    ("Add your voice to the debate", "NL116"),
    ("Tap to expand", "NL117"),
    ("Click here to zoom", "NL117"),
    ("Open gallery (8 photos)", "NL113"),
    ("Watch the video above", "NL113"),
    ("Audio version of this article", "NL113"),
    ("Follow live updates", "NL113"),
    ("Show key events only", "NL113"),
    ("Please turn on JavaScript", "NL113"),
    ("Send us your story", "NL117"),
    ("Contact the newsroom", "NL117"),
    ("More by this author", "NL108"),
    ("Follow the author", "NL103"),
    ("You are here: Home > News > Local", "NL113"),
    ("Add to reading list", "NL102"),
    ("The article continues below", "NL106"),
    ("Advertise with us", "NL112"),
    ("Sitemap", "NL112"),
    ("Your email address will not be published. Required fields are marked *", "NL116"),
    ("You've read 3 of 5 free articles this month", "NL105"),
    ("Donate now", "NL105"),
    ("Make a contribution", "NL105"),
    ("Page 2 of 3", "NL113"),
    ("Filed in: Politics", "NL114"),
    ("Also on Valley Gazette:", "NL109"),
]


@pytest.mark.parametrize("line, code", FIRES)
def test_call_to_action_fires(line, code):
    assert_fires(code, between(line))


@pytest.mark.parametrize("decorate", [
    lambda s: "• " + s, lambda s: "→ " + s, lambda s: "📩 " + s, lambda s: "[" + s + "]", lambda s: s.upper(),
])
@pytest.mark.parametrize("line, code", [
    ("Support our journalism", "NL105"),
    ("Some cookies are necessary for the site to work.", "NL111"),
    ("Unauthorised reproduction is prohibited", "NL112"),
    ("Join thousands of readers who get our free newsletter", "NL104"),
])
def test_notices_behind_bullets_arrows_and_emoji(decorate, line, code):
    assert_fires(code, between(decorate(line)))


@pytest.mark.parametrize("line", [
    # Imperative headlines and sub-headings whose object is not the site.
    "Follow the money",
    "Sign up for Medicare before the deadline",
    "Stay safe in the heat",
    "Accept the result",
    "Reject the plan, union tells members",
    "Listen to the experts",
    "Catch up on sleep, doctors advise",
    "Donate blood this week, hospitals urge",
    "Become a member of the library for free",
    # Prose about the same things.
    "Beware of fake invoices sent to your inbox",
    "Cookies and cream: a summer recipe",
    "Apple's App Store faces new rules",
    "Sponsored by the state, the trip cost $2m.",
    "Advertising spending falls",
    "Members of the board",
    "Join the conversation about housing, the mayor urged residents.",
    "Have your say on the new bus routes at the town hall until Friday.",
    "Reproduction of the painting is prohibited by the museum, a guide explained.",
    # Calls to action that someone is reported to make.
    "Subscribe for $2 a month, the paper asks readers",
    "Get 3 months for free, the offer says",
    "Only subscribers can read the full report, the paper said.",
    # A pointer to the printed paper, no link.
    "Read the full report of the meeting in Thursday's paper.",
    "Read our full coverage in this week's edition.",
    "Go premium for a day, the brand's slogan says",
    "Sign up: the committee wants volunteers",
    "We and our partners met on Friday to sign the deal, the mayor said.",
    "Tag us on Instagram, the museum asks visitors",
    "The chain took a share of the sales, the court heard.",
    "Next week: the council votes again",
    "Sign up for our Saturday walks at the library desk, the club says",
    "We're on track to finish by May",
    # The same words in a sentence of the story.
    "Watch the video above the fold, the designer told her team.",
    "Contact the newsroom of the Ledger if you have seen the bird, the society said.",
    "Follow the author of the report, the detective said, and you will find the leak.",
    "About us, the neighbours knew very little.",
    "Key events of the week included the budget and the strike.",
    "Send us your story by post, the museum asks former workers.",
    "Donate now or lose the hospital, campaigners warn",
    "You have read 3 of the 5 reports, the auditor said.",
    # A label and a colon before a lower-case clause is prose, not a link.
    "Next: the playoffs",
    "Trending: a new kind of diet",
])
def test_prose_passes(line):
    assert boilerplate_on(line) == []


def test_lead_in_alone_is_not_chrome():
    assert boilerplate_on("Want to go? The fair opens at noon.") == []
    assert boilerplate_on("Never miss a chance to see the comet") == []


def test_a_comment_prompt_is_reported_once():
    """NL101 lists a few prompts in its pattern; NL116 takes the other wordings, never the
    same line."""
    for line in ("Leave a Comment", "Comments are closed", "What do you think? Tell us below", "Sort by newest"):
        assert [d.code for d in boilerplate_on(line)] == ["NL101"], line


def test_fix_deletes_the_prompt():
    assert_fixes("NL104", f"{BODY}\n\nWant more stories like this? Join our mailing list\n\n{END}", f"{BODY}\n\n{END}")
    assert_fixes("NL116", f"{BODY}\n\nComments are closed for this story\n", f"{BODY}\n")
    assert_fixes("NL111", f"Accept and close\n\n{BODY}", BODY)


# -- Chrome made the same way in other words (newsletter pitches that never say
# "newsletter", the paper's invitation to write, glued buttons, copyright without a year).

PITCHES = [
    ("Get the day's top stories and the good news too, every morning", "NL104"),
    ("Receive our biggest headlines every weekday, free", "NL104"),
    ("Catch up on the week's news in ten minutes, every Friday", "NL104"),
    ("The month's best reads, delivered every Sunday", "NL104"),
    ("Start your morning with the stories the valley is talking about", "NL104"),
    ("Get Night Desk, our digest of the day's news", "NL104"),
    ("Our reporters' picks, every weekday. Sign up free.", "NL104"),
    ("Keep up with the latest from the Ledger: sign up for our emails", "NL104"),
    ("Email address Subscribe", "NL104"),
    ("Newsletter Privacy Policy Get top news in your inbox daily", "NL104"),
    ("Terms of Use | Subscribe: get the headlines in your inbox each day", "NL104"),
    # The paper's standing invitation to write to it.
    ("We'd like to hear what you think about this or any of our articles", "NL117"),
    ("We would love to hear your views on this story.", "NL117"),
    ("Want to respond to this article? Submit a letter to the editor", "NL117"),
    ("Letters to the editor can be emailed to our opinion desk", "NL117"),
    ("Got a tip? Email newsroom@harbourledger.example", "NL117"),
    ("Have your own take? Send it to letters@valleycourier.example", "NL117"),
    ("Got something to add? Leave your thoughts below", "NL116"),
    ("Join the discussion: share your views in the comments", "NL116"),
    ("Get today's big headlines + puzzles, recipes and more", "NL104"),
    ("Every morning we email you the top stories from the Crier.", "NL104"),
    ("Every day we send an email with the best stories from the Gazette.", "NL104"),
    ("The Crier is committed to publishing a range of letters to the editor. We'd like to hear what you think about this or any of our articles. And here's our email: letters@crier.example.", "NL117"),
    ("Email us a letter for publication", "NL117"),
    ("We welcome your letters on this and any other subject", "NL117"),
    # Buttons glued on one line, without separators.
    ("Comments Share Save", "NL113"),
    ("Subscribe Log in Register", "NL113"),
    ("About Us Contact Advertise Careers", "NL113"),
    ("Save article Listen Share", "NL113"),
    # Copyright without a year, paywall offers naming the outlet, follow prompts.
    ("© The Daily Courier, a Northern Media newspaper", "NL112"),
    ("© Lakeshore Herald Ltd", "NL112"),
    ("Copyright Pinecrest Gazette Publishing Co.", "NL112"),
    ("All content © Riverside Post unless otherwise noted", "NL112"),
    ("This story is available exclusively to subscribers", "NL105"),
    ("Become a member of the Gazette from $4 a month", "NL105"),
    ("Get full access to the Ledger for 99p", "NL105"),
    ("Only $3 for your first six months. Cancel anytime.", "NL105"),
    ("Keep up with the Crier on Instagram and Threads", "NL103"),
    ("This site relies on cookies to work properly.", "NL111"),
    # Other wordings of the comment box, the paywall, the follow prompt, the related box.
    ("Comments on this story are now closed", "NL116"),
    ("You need to be a subscriber to comment", "NL116"),
    ("Add your voice to the debate below", "NL116"),
    ("Chat with us in the comments", "NL116"),
    ("Visitors' comments (9)", "NL116"),
    ("Join the discussion: 17 comments", "NL116"),
    ("Keep reading for $2", "NL105"),
    ("Read without limits", "NL105"),
    ("Join the Ledger today to keep reading", "NL105"),
    ("Hang out with us on TikTok", "NL103"),
    ("Join our broadcast channel", "NL103"),
    ("Articles you might also enjoy", "NL109"),
    ("Suggested for you", "NL109"),
    ("Close this window", "NL113"),
]


@pytest.mark.parametrize(("line", "code"), PITCHES)
def test_chrome_in_other_words_fires(line, code):
    assert [d.code for d in boilerplate_on(line)] == [code], line


@pytest.mark.parametrize("line", [
    "The council said it will send a newsletter to every household explaining the new bin schedule.",
    "Residents get the latest updates from the fire service every morning on local radio.",
    "Get the facts before you vote, the campaign group urged.",
    "The morning briefing at the White House was cancelled.",
    "Start your morning with a glass of water and a short walk.",
    "We'd like to hear from anyone who saw the crash, police said in a statement.",
    "We would like to hear your views on the new bus routes, the council wrote to residents.",
    "He told readers to write a letter to their MP about the proposal.",
    "Send a letter to the council before Friday.",
    "Send your letters to the editor at the address below.",
    "Every morning we send our children to the school by the river.",
    "We email you the results of the test within a week, the clinic said.",
    "Get today's weather before you leave home.",
    "Letters can be sent to the council at the town hall.",
    "Read the news every morning.",
    "Catch up on sleep every weekend, doctors say.",
    "The papers, delivered every morning by boys on bicycles.",
    "Close the window at night to keep the heat in.",
    "Talk to your doctor before changing medication.",
    "Join us to celebrate the harvest on Saturday.",
    "Other stories from the trial were harder to hear.",
    "Readers can contact the charity at help@charity.example for advice.",
    "The Daily Courier, a Northern Media newspaper, first reported the story on Tuesday.",
    "Copyright lawyers say the ruling could affect thousands of artists.",
    "Copyright Office officials declined to comment.",
    "Search and rescue teams were called to the beach.",
    "Share prices fell sharply on Monday.",
    "Become a member of the council for a year",
    "The website uses cookies to track users across the web, researchers found.",
    "Subscribers to the streaming service will pay $2 more a month from June.",
])
def test_story_lines_about_the_same_things_pass(line):
    assert boilerplate_on(line) == []


def test_fix_deletes_pitch_and_footer():
    assert_fixes("NL104", between("Get the day's top stories and the good news too, every morning"), f"{BODY}\n\n{END}")
    assert_fixes("NL117", between("Want to respond to this article? Submit a letter to the editor"), f"{BODY}\n\n{END}")
    assert_fixes("NL112", f"{BODY}\n\n© The Daily Courier, a Northern Media newspaper\n", f"{BODY}\n")


ABOUT = (
    "Quillon Systems is a global provider of billing software for utilities. "
    "Quillon is headquartered in Leeds and employs 900 people."
)


def test_press_release_about_paragraph_at_the_end():
    text = f"{BODY}\n\n{END}\n\n{ABOUT}\n"
    found = [d for d in check(text, select=["NL112"])]
    assert [text[d.start : d.end] for d in found] == [ABOUT]
    assert found[0].fix.applicability.name == "UNSAFE"


def test_press_release_about_paragraph_under_its_heading():
    text = f"{BODY}\n\nAbout Quillon\n\n{ABOUT}\n\n{END}\n\n{END}\n\n{END}\n\n{END}\n\n{END}"
    assert [d.code for d in check(text, select=["NL112"])] == ["NL112"]
    held = f"{BODY}\n\nOrvane Ltd is a leading maker of ferry engines. Orvane is headquartered in Bergen and employs 400 people.\n"
    assert [d.code for d in check(held, select=["NL112"])] == ["NL112"]


def test_company_background_inside_the_story_passes():
    # The same two sentences in the middle of a story, or with a reporting verb.
    text = f"{BODY}\n\n{ABOUT}\n\n{END}\n\n{END}\n\n{END}\n\n{END}\n\n{END}"
    assert check(text, select=["NL112"]) == []
    said = f"{BODY}\n\nQuillon is headquartered in Leeds. Quillon said it would hire 50 people.\n"
    assert check(said, select=["NL112"]) == []
    other = f"{BODY}\n\nQuillon is a global provider of billing software. Analysts expect its shares to rise.\n"
    assert check(other, select=["NL112"]) == []


def test_fix_deletes_the_about_paragraph_as_unsafe():
    assert_fixes("NL112", f"{BODY}\n\n{ABOUT}\n", f"{BODY}\n", unsafe=True)
