"""Chrome worded otherwise (NL1xx): the same kinds of page furniture in other words and
other typography -- a curled apostrophe, a dash between a label and a headline, an appeal
for donations, the browser's notification prompt, the audio player, the app's pitch, the
outlet's events. Every fixture is invented; each group has firing examples, prose that
mentions the same things, and a fixed text.
"""

from __future__ import annotations

import pytest

from newslint.testing import assert_fires, assert_fixes

from .chrome_lines import BODY, END, between, boilerplate_on



FIRES = [
    # A curled apostrophe reads as a straight one, in labels and in composed prompts.
    ("Don’t Miss", "NL109"),
    ("Editor’s picks", "NL109"),
    ("Don’t miss out — sign up for our newsletter today", "NL104"),
    ("What’s your take? Comment below", "NL116"),
    # NL108: a read-more label, a dash (or ">>"), the other story's headline.
    ("SEE ALSO — Ferry operator cuts winter timetable", "NL108"),
    ("Read also - Museum reopens its east wing", "NL108"),
    ("MUST READ >> Eight questions about the tram extension", "NL108"),
    ("Also – Quarry plan returns to planning committee", "NL108"),
    ("Related link - School meals budget doubles", "NL108"),
    ("CHECK OUT | Where to eat near the new arena", "NL108"),
    ("Full story", "NL108"),
    ("Read on", "NL108"),
    ("Keep reading below", "NL108"),
    ("See the full article here", "NL108"),
    # NL109: box labels in other words.
    ("More stories like this", "NL109"),
    ("Elsewhere on Riverside Gazette", "NL109"),
    ("Previously on the Coastal Courier", "NL109"),
    ("See related", "NL109"),
    ("Also in the news", "NL109"),
    ("Related headlines", "NL109"),
    ("Recommended video:", "NL109"),
    ("Top picks for you", "NL109"),
    ("MORE NEWS: Ferry operator cuts winter timetable", "NL108"),
    ("Top stories this morning", "NL109"),
    ("Latest from the newsroom", "NL109"),
    ("Stories we think you will enjoy", "NL109"),
    ("Continue reading the full story", "NL108"),
    # NL103: a lead before the follow prompt.
    ("For more updates, follow us on Threads", "NL103"),
    ("Instagram: @riversidegazette", "NL103"),
    ("Stay connected on social media", "NL103"),
    ("Let's connect on LinkedIn", "NL103"),
    ("Follow the Riverside Gazette: Facebook | Instagram", "NL103"),
    ("Join our community of readers", "NL103"),
    ("You can also follow us on Mastodon", "NL103"),
    # NL104: the mailing list with what it brings, the digest by e-mail, a lead-in.
    ("Join our mailing list for the latest local headlines", "NL104"),
    ("Get the week's five best long reads by email", "NL104"),
    ("Get the news first — join our email list", "NL104"),
    ("The month's best features, every Friday in your inbox", "NL104"),
    # NL105: appeals for money, offers, log-in providers.
    ("Please consider supporting our reporting", "NL105"),
    ("Support the Riverside Gazette today", "NL105"),
    ("If you value our coverage, please support us.", "NL105"),
    ("Help us keep local journalism free", "NL105"),
    ("Readers like you make our newsroom possible.", "NL105"),
    ("Your support keeps local reporting alive.", "NL105"),
    ("Make a monthly gift", "NL105"),
    ("Buy us a coffee", "NL105"),
    ("Digital subscription from $2", "NL105"),
    ("Donate to the Coastal Courier", "NL105"),
    ("Keep local journalism alive. Donate today.", "NL105"),
    ("Unlock unlimited access", "NL105"),
    ("Try 14 days free", "NL105"),
    ("Join today for unlimited digital access", "NL105"),
    ("Subscriptions from $3 per month", "NL105"),
    ("Sign in with Apple", "NL105"),
    ("Get full access to the Riverside Gazette", "NL105"),
    ("Continue reading for free by signing up", "NL105"),
    ("Sign up to read this story", "NL105"),
    ("Log in using your email", "NL105"),
    # NL106: ad labels.
    ("PAID PROMOTION", "NL106"),
    ("This is an advertisement", "NL106"),
    ("Sponsored stories by Outbrain", "NL106"),
    ("Advertisement. Scroll to continue reading.", "NL106"),
    # NL111: a cookie notice naming its kind of cookie; the banner's other button.
    ("We use essential cookies to make our site work.", "NL111"),
    ("Continue without accepting", "NL111"),
    ("Save preferences", "NL111"),
    ("By clicking any link on this page you are giving your consent for us to set cookies.", "NL111"),
    # NL113: reading time, the audio player, the printer, corrections, link notes.
    ("4 min. read", "NL113"),
    ("Read in 3 minutes", "NL113"),
    ("Estimated reading time: about 7 min", "NL113"),
    ("Press play to listen to this article", "NL113"),
    ("Voiced by artificial intelligence.", "NL113"),
    ("Hear this story", "NL113"),
    ("Scroll down for more stories", "NL113"),
    ("Follow this topic", "NL113"),
    ("Printer-friendly version", "NL113"),
    ("Add to favourites", "NL113"),
    ("Request a correction", "NL113"),
    ("Flag an error", "NL113"),
    ("Report a problem with this article", "NL113"),
    ("Did we get something wrong? Let us know", "NL113"),
    ("These are external links and will open in a new window", "NL113"),
    ("Opens in a new tab", "NL113"),
    # NL114: a tag line's other labels.
    ("Categorized under: Transport, Housing", "NL114"),
    ("Filed under", "NL114"),
    # NL102: a share count after the word.
    ("Share 0", "NL102"),
    ("Shares (31)", "NL102"),
    # NL116, NL101: the comment box in other words.
    ("Be the first to comment on this story", "NL101"),
    ("Join the discussion (4)", "NL101"),
    ("No comments have been posted yet", "NL101"),
    ("Start a conversation", "NL101"),
    ("Comment policy", "NL116"),
    # A blog's comment section and entry footer.
    ("One thought on “Why the ferry timetable changed”", "NL116"),
    ("17 thoughts on “Why the ferry timetable changed”", "NL116"),
    ("Please log in using one of these methods to post your comment:", "NL116"),
    ("Notify me of new posts via email.", "NL116"),
    ("An error has occurred; the feed is probably down. Try again later.", "NL113"),
    # NL117: the browser's notification prompt, the app, the podcast, the events.
    ("Turn on browser notifications for breaking news", "NL117"),
    ("Would you like to receive push notifications?", "NL117"),
    ("Get notified when we publish a new story", "NL117"),
    ("Scan the code to download our app", "NL117"),
    ("Read it first in our app", "NL117"),
    ("Stay up to date with our free news app", "NL117"),
    ("Switch to the app", "NL117"),
    ("Listen to more stories on the Soundline app", "NL113"),
    ("Subscribe wherever you get your podcasts", "NL117"),
    ("Find our podcast wherever you listen", "NL117"),
    ("Register now for our free webinar on pensions", "NL117"),
    ("Join us live on Friday at noon for a Q&A with our editors", "NL117"),
    ("RSVP for our virtual town hall", "NL117"),
    ("Watch the panel on demand", "NL117"),
    ("Book your seat today", "NL117"),
    ("Early-bird tickets on sale now", "NL117"),
    ("Tickets are on sale now!", "NL117"),
]


@pytest.mark.parametrize("line, code", FIRES)
def test_chrome_worded_otherwise_fires(line, code):
    assert_fires(code, between(line), span=line)


PROSE = [
    "The app was downloaded 3 million times in its first week, the company said.",
    "He subscribed to the theory that markets always recover.",
    "Readers who donated to the fund received a letter of thanks from the mayor.",
    "The podcast, which she started in 2019, now has half a million listeners.",
    "Notifications from the app kept him awake at night, he said.",
    "The paper issued a correction after a reader pointed out the error.",
    "The webinar drew more than 400 participants from 30 countries.",
    "Tickets for the concert sold out within minutes, organisers said.",
    "Tickets are on sale now at the box office, organisers said.",
    # A society's newsletter, to be had by telephone.
    "Subscribe to the parish newsletter by calling the clerk.",
    # The closing sentence of an event's story, with its verb.
    "Tickets are on sale now.",
    "More — much more — will be needed before the winter.",
    "Also - and this matters - the vote was close.",
    "Register for the marathon",
    "The link opens in a new window of opportunity for the team.",
    "\"Our app is available on Android,\" she said.",
    "The app is available on Android and iPhone, the company said.",
    "We use some cookies in the recipe, she said.",
    "You can also follow the trail on foot.",
    "Read by the author, the audiobook runs nine hours.",
    "Support for the measure fell to 41 percent, a poll found.",
    "Your support means the world to us, the coach told the fans.",
    "Members voted to save the old clubhouse.",
    "Previously on the show, the host said the season would be short.",
    "One thought on the matter was clear to everyone in the room.",
    "No comments on “that”, he said.",
    "Related costs",
    "The top stories this hour were the storm and the vote.",
    "Instagram: the company said it would appeal.",
    "Check out |option-name| for more settings.",
    "A donation of $5 million was made by the family, the hospital said.",
    "Donate now or lose the hospital, campaigners warn",
    # A read-more label before a sentence of prose: a travel tip, a standfirst.
    "Don't miss: the covered market on the north side of the river, where vendors sell cheese.",
    "Video: it is now the main way young people get their news, a survey published on Monday found.",
    # A live blog's entry under its label: a long sentence, ended as one.
    "Latest: Rescue teams have reached the second group of hikers, who are said to be cold but uninjured.",
    # A briefing's "Also:" before a long sentence; a press named like a prompt; the
    # banner's question and the label of an appeal, each before prose about them.
    "Also: The mayor will give evidence to the committee next week.",
    "Previously: The council had rejected two earlier plans for the site, in 2019 and again in 2021.",
    "Subscribe Now, a small press in Bristol, has published 40 poetry pamphlets since 2015.",
    "Accept cookies? The question now appears on almost every European website.",
    "Support us: the appeal, on the charity's website, raised £1m in a week.",
    "All rights reserved is a phrase that appears at the bottom of most contracts, but few authors read that far.",
    "© 1968 is stamped on the back of the print, along with the photographer's address.",
    # The footer's phrase asked about, before the answer.
    "All rights reserved? Not quite. The author's estate has agreed that schools may perform the play free of charge.",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_about_the_same_things_passes(line):
    assert boilerplate_on(line) == []


#: A page in another language: its paragraphs, and its chrome in its own words.
PT_BODY = ("A câmara aprovou na terça-feira o orçamento para o próximo ano, depois de um longo debate "
           "sobre as obras no porto da cidade.")
PT_END = "No fim, a votação foi apertada, com sete votos a favor e seis contra."


@pytest.mark.parametrize("line, code", [
    ("Leia também: Prefeitura anuncia novo plano para o porto", "NL108"),
    ("Lesen Sie auch: Neuer Plan für den Hafen", "NL108"),
    ("Leggi anche — Nuovo piano per il porto", "NL108"),
    ("Lee también: Nuevo plan para el puerto", "NL108"),
    ("Читайте также: Новый план для порта", "NL108"),
    ("À lire aussi : Nouveau plan pour le port", "NL108"),
    ("3 minutos de leitura", "NL113"),
    ("Temps de lecture : 4 min", "NL113"),
    ("Baixe o nosso aplicativo", "NL117"),
    ("Scarica la nostra app", "NL117"),
    ("Téléchargez notre application", "NL117"),
    ("Ative as notificações", "NL117"),
    ("Benachrichtigungen aktivieren", "NL117"),
    ("Ouça este artigo", "NL113"),
    ("Artikel anhören", "NL113"),
    ("Signaler une erreur", "NL113"),
    ("Fehler melden", "NL113"),
    ("Lo más leído", "NL109"),
    ("Les plus lus", "NL109"),
    ("Themen: Politik, Wirtschaft", "NL114"),
])
def test_chrome_of_pages_in_other_languages_fires(line, code):
    assert_fires(code, f"{PT_BODY}\n\n{PT_BODY}\n\n{line}\n\n{PT_END}\n\n{PT_END}", span=line)


def test_fix_deletes_the_appeal_and_the_reading_time():
    text = f"{BODY}\n\n5 min. read\n\nPlease consider supporting our reporting\n\n{END}"
    assert_fixes("NL113", text, f"{BODY}\n\nPlease consider supporting our reporting\n\n{END}")
    assert_fixes("NL105", text, f"{BODY}\n\n5 min. read\n\n{END}")


def test_fix_deletes_a_dashed_read_more_link():
    text = f"{BODY}\n\nSEE ALSO — Ferry operator cuts winter timetable\n\n{END}"
    assert_fixes("NL108", text, f"{BODY}\n\n{END}")
