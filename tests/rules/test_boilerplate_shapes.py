"""Chrome recognised by its object, whatever the verb (NL1xx): a short imperative line whose
object is the site's own thing (its comments, its account on a network, its e-mail, its
newsroom, its player) is a button or a prompt of the page; the same verb with another
object ("Follow the money", "Check your tyres") is a headline or a sentence. Every
fixture is invented."""

from __future__ import annotations

import pytest

from newslint import check
from newslint.testing import assert_fires, assert_fixes

BODY = "The harbour board met on Thursday to discuss the dredging contract."
END = "A decision is expected before the end of the month."


def between(line: str) -> str:
    return f"{BODY}\n\n{line}\n\n{END}"


def boilerplate_on(text: str, line: str) -> list:
    start = text.index(line)
    end = start + len(line)
    return [d for d in check(text, select=["boilerplate"]) if d.start < end and d.end > start]


FIRES = [
    # Comments: any verb, the comment box as the object at the line's end.
    ("Leave your thoughts in the comments", "NL116"),
    ("Tell us what you reckon in the comments", "NL116"),
    ("Post your view in the comment section", "NL116"),
    ("Scroll down to comment", "NL116"),
    ("Weigh in on this story", "NL116"),
    ("Reply to this thread", "NL116"),
    ("Log in to leave a comment", "NL116"),
    ("Sort comments by: Newest", "NL116"),
    ("What do you make of this? Let us know in the comments", "NL116"),
    ("What's your verdict? Have your say below", "NL116"),
    ("See 12 more comments", "NL101"),
    ("18 comments on this article", "NL101"),
    ("Most liked comments", "NL116"),
    ("Open comments panel", "NL101"),
    ("No comments yet. Be the first!", "NL101"),
    # The site's account on a network: "our"/"us" and the network at the end.
    ("Hit follow on our TikTok", "NL103"),
    ("Like our Facebook page for more", "NL103"),
    ("Be part of our community on Telegram", "NL103"),
    ("Follow our newsroom on Facebook for live updates", "NL103"),
    ("Add us as a preferred source on Google", "NL103"),
    # The site's e-mail: any verb, "our ... email/newsletter/briefing" as the object.
    ("Join 50,000 readers who get our daily email", "NL104"),
    ("Start your day with the Bulletin, our morning email", "NL104"),
    ("Our free newsletter lands every Friday", "NL104"),
    ("The Weekly Wrap: sign up now", "NL104"),
    ("Check your inbox to confirm your subscription", "NL104"),
    ("Get the best of The Observer delivered weekly", "NL104"),
    ("Sign up for breaking news emails", "NL104"),
    ("You're all signed up", "NL104"),
    ("The best of our journalism, sent to your inbox", "NL104"),
    # Paywall and account.
    ("You've hit your article limit", "NL105"),
    ("Already subscribed? Log in here", "NL105"),
    ("Get 50% off your first year", "NL105"),
    ("This article is for paying subscribers", "NL105"),
    # Share buttons.
    ("Tweet it", "NL102"),
    ("Pin this image", "NL102"),
    ("Give this article", "NL102"),
    ("Share with your network", "NL102"),
    # The newsroom as the object: tips, contacts.
    ("Send your pictures and videos to our team", "NL117"),
    ("Share your story with us", "NL117"),
    ("Submit a news tip", "NL117"),
    ("Email the newsroom", "NL117"),
    ("Contact the reporter", "NL117"),
    ("Tip off our reporters", "NL117"),
    ("Learn more about our coverage", "NL117"),
    ("Find out more", "NL117"),
    ("We're on WhatsApp! Tap here to join", "NL117"),
    # The player, the gallery and the live blog's controls.
    ("Press play to listen", "NL113"),
    ("Unmute", "NL113"),
    ("Watch the full interview", "NL113"),
    ("Now playing: Morning bulletin", "NL113"),
    ("Swipe for more photos", "NL113"),
    ("Tap to view gallery", "NL117"),
    ("Expand image", "NL113"),
    ("Show latest updates", "NL113"),
    ("3 new updates", "NL113"),
    ("New posts available", "NL113"),
    ("Auto-refresh on", "NL113"),
    ("Jump to latest", "NL113"),
    ("Report an issue", "NL113"),
    # The author box.
    ("About the author", "NL108"),
    ("More by Lena Marsh", "NL108"),
    ("All stories by Priya Das", "NL108"),
    ("View author profile", "NL108"),
    # Other stories, the ad slot, the cookie banner, the footer, the tags.
    ("Now read: Why the river is rising", "NL108"),
    ("In pictures: The winter storm", "NL108"),
    ("More coverage: The budget in full", "NL108"),
    ("Latest from The Ledger", "NL109"),
    ("Trending in Business", "NL109"),
    ("Around the region", "NL109"),
    ("Why this ad?", "NL106"),
    ("I accept", "NL111"),
    ("Contact us", "NL112"),
    ("Our editorial standards", "NL112"),
    ("Why you can trust us", "NL112"),
    ("Posted in News", "NL114"),
    ("Filed under Politics, Health", "NL114"),
]


@pytest.mark.parametrize("line, code", FIRES)
def test_chrome_by_its_object_fires(line, code):
    assert_fires(code, between(line))


@pytest.mark.parametrize("decorate", [
    lambda s: "• " + s, lambda s: "» " + s, lambda s: "| " + s + " |", lambda s: "👉 " + s, lambda s: s.upper(),
    lambda s: s + " ›",
])
@pytest.mark.parametrize("line, code", [
    ("Leave your thoughts in the comments", "NL116"),
    ("Like our Facebook page for more", "NL103"),
    ("Join 50,000 readers who get our daily email", "NL104"),
    ("Email the newsroom", "NL117"),
])
def test_decorated(decorate, line, code):
    assert_fires(code, between(decorate(line)))


@pytest.mark.parametrize("line", [
    # The same verbs with an object that is not the site's.
    "Follow the money",
    "Share prices fell sharply on Tuesday after the profit warning.",
    "Subscribe to the theory that markets are rational and you will be disappointed.",
    "Subscribe to the idea that work should be fun.",
    "Filed under pressure, the report contained several errors.",
    "Filed under seal, the documents remain secret.",
    "Posted in March, the letter was read by thousands.",
    "Keep an open mind about the comments made by the inspector.",
    "Leave the comments to the lawyers, the judge said.",
    "Share the load with your neighbours this winter.",
    "Start your day with a good breakfast",
    "Check your tyres before a long drive",
    "Check your inbox for fake invoices this month, police warn.",
    "Play resumed after the rain.",
    "Mute swans nest along the canal.",
    "Live music returns to the square",
    "About the author of the policy, little is known.",
    "More by luck than judgement, the team held on.",
    "Contact the reporter at the scene, the police officer said.",
    "Click here to find out why that headline is misleading, he joked.",
    "Press play on the nostalgia",
    "Show all your workings in the exam.",
    "Give this article a second reading, the professor told students.",
    "Add us to the list of critics, the union said.",
    "Why this ad campaign failed",
    "I accept the verdict.",
    "Get 50% off the price of a car? Unlikely.",
    "Report an issue to the ombudsman within six weeks.",
    "Join 500 runners who take part in the race every year.",
    "Follow our lead on this, the minister urged.",
    "Like our neighbours, we rely on the ferry.",
    "Send your letters to the editor at the address below.",
    "A A Milne wrote the book in 1926.",
    "Sign up for Medicare before the deadline, officials urged pensioners.",
])
def test_prose_with_the_same_words_passes(line):
    assert boilerplate_on(between(line), line) == []


def test_a_comment_prompt_is_reported_once():
    text = between("Click to load comments")
    assert [d.code for d in boilerplate_on(text, "Click to load comments")] == ["NL101"]


def test_fix_deletes_the_line():
    assert_fixes("NL116", between("Leave your thoughts in the comments"), f"{BODY}\n\n{END}")
    assert_fixes("NL103", f"{BODY}\n\n{END}\n\nLike our Facebook page for more", f"{BODY}\n\n{END}")
    assert_fixes("NL117", between("Email the newsroom"), f"{BODY}\n\n{END}")


@pytest.mark.parametrize("line, code", [
    ("Log in to reply to this comment", "NL116"),
    ("Share this article on social media", "NL102"),
    ("Sign up for our weekly roundup, delivered every Friday", "NL104"),
    ("Log in or subscribe", "NL105"),
    ("We care about your data, and we'd love to use cookies to make your experience better", "NL111"),
    ("Return to home page", "NL113"),
    ("Main Navigation", "NL113"),
    ("Watch live coverage", "NL113"),
    ("Send us your photos", "NL117"),
])
def test_more_wordings_fire(line, code):
    assert_fires(code, between(line))


@pytest.mark.parametrize("line", [
    "All rights reserved for the elderly, the union demanded.",
    "Social media firms face new rules",
    "Send us your prayers, the family said.",
    "Watch live music every Friday at the Red Lion.",
])
def test_more_prose_passes(line):
    assert boilerplate_on(between(line), line) == []


STORY = (
    "The council met on Tuesday evening to discuss the proposals for the new bypass, which has "
    "divided residents for years."
)
HEADLINES = [
    "Storm batters northern coast overnight",
    "Rail strike called off after late talks",
    "Local baker crowned regional champion",
    "Ferry service suspended as winds rise",
]


@pytest.mark.parametrize("label", ["Sport headlines", "Elsewhere in Sport", "Hot topics", "Readers' favourites",
                                   "Before you go", "Just in", "What we're reading", "Worth a read"])
@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_box_of_headlines_under_a_label_no_pattern_lists(label, separator):
    """A label made of a box's words and names, over three headlines or more, after the
    story: the label is NL109, each headline NL110 (both unsafe: only the place tells)."""
    text = f"{STORY}\n\n{label}{separator}" + separator.join(HEADLINES)
    found = [d for d in check(text, select=["boilerplate"])]
    assert [d.code for d in found] == ["NL109"] + ["NL110"] * len(HEADLINES)
    assert all(d.fix.applicability.value == "unsafe" for d in found)


@pytest.mark.parametrize("text", [
    # A list of the story's own, with the story going on after it.
    f"{STORY}\n\nSport headlines\n\n" + "\n\n".join(HEADLINES) + f"\n\n{STORY}",
    # A label with words of its own: a list of the story's.
    f"{STORY}\n\nLatest developments\n\nPolice closed the road at 6am\n\nTwo people were taken to hospital\n\nThe fire service remains at the scene",
    f"{STORY}\n\nTop tips for walkers\n\nWear sturdy boots\n\nTake plenty of water with you\n\nTell someone where you are going",
    # Two headlines are not a box.
    f"{STORY}\n\nHot topics\n\n" + "\n\n".join(HEADLINES[:2]),
    # Over the story: the byline and the dateline under a name with "News" in it.
    "Valley News wire services\n\nPublished 11:11 PM EST Nov 19, 2019\n\nCouncil approves the bypass\n\nResidents react to the vote\n\n" + STORY,
])
def test_lists_that_are_not_a_box(text):
    assert [d.code for d in check(text, select=["NL109", "NL110"])] == []


def test_the_box_is_deleted():
    text = f"{STORY}\n\nHot topics\n\n" + "\n\n".join(HEADLINES)
    assert_fixes("NL109", text, f"{STORY}\n\n" + "\n\n".join(HEADLINES), unsafe=True)
    assert_fixes("NL110", text, f"{STORY}\n\nHot topics", unsafe=True)


@pytest.mark.parametrize("line, code", [
    # Chrome as machine translation words it.
    ("Join us in social networks", "NL103"),
    ("Our news in Telegram", "NL103"),
    ("Share the news", "NL102"),
    ("Share this news with friends", "NL102"),
    ("To leave a comment, you need to log in", "NL116"),
    ("You may be interested", "NL109"),
    ("Topics of the day", "NL109"),
    ("Write to us", "NL117"),
    ("Found a mistake? Select it and press Ctrl+Enter", "NL113"),
    # Other newsrooms' wordings.
    ("See a spelling or grammar error in our story? Please include the headline.", "NL113"),
    ("Report a typo or error", "NL113"),
    ("Watch live: Channel 4 News at 6", "NL108"),
    ("Have your say in our comments section", "NL116"),
    ("Get involved: send us your pictures", "NL117"),
    ("Email us: news@localpaper.example", "NL117"),
    ("You can unsubscribe at any time", "NL104"),
    ("We use your sign-up to provide content in ways you've consented to", "NL104"),
    ("❤️ Like this article", "NL102"),
])
def test_translated_and_other_newsrooms_wordings_fire(line, code):
    assert_fires(code, between(line))


@pytest.mark.parametrize("line", [
    "Write to us, the prisoner's letter began.",
    "Our news in brief: the bridge reopens on Monday.",
    "Share the news of your engagement with family first, etiquette experts say.",
    "Topics of the day included the budget and the war.",
    "You may be interested to know that the museum is free on Sundays.",
    "Get involved in local politics, the mayor told students.",
    "Like this story, the film has a happy ending.",
    "Have your say in the consultation before 5 May.",
])
def test_translated_wordings_prose_passes(line):
    assert boilerplate_on(between(line), line) == []


@pytest.mark.parametrize("line, code", [
    # The comment form's own labels.
    ("Your comment", "NL116"),
    ("Name (required)", "NL116"),
    ("Website (optional)", "NL116"),
    ("Notify me of follow-up comments by email", "NL116"),
    # Bare buttons of the page.
    ("Read the latest", "NL108"),
    ("Top ↑", "NL113"),
    ("View larger image", "NL113"),
    ("Watch the video", "NL113"),
    ("About this author", "NL108"),
])
def test_form_labels_and_bare_buttons_fire(line, code):
    assert_fires(code, between(line))


@pytest.mark.parametrize("line", [
    "Send a tip to the waiter if the service was good.",
    "Your comment about the dress was unkind, she told him.",
    "Name withheld at the request of the family.",
    "Watch the video evidence, the lawyer urged the jury.",
    "Top ↑ marks for the new design",
    "About this author's previous books, little is known.",
])
def test_form_and_button_words_in_prose_pass(line):
    assert boilerplate_on(between(line), line) == []


# -- Boxes of other stories in other languages, and cards with a kicker or byline line ------

FOREIGN_STORY = {
    "pt": "A câmara municipal aprovou na terça-feira o novo plano de transportes, depois de um longo debate.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Verkehrsplan für die Innenstadt beschlossen.",
    "ru": "Городской совет во вторник после долгих обсуждений утвердил новый транспортный план для центра.",
    "id": "Dewan kota pada Selasa menyetujui rencana transportasi baru setelah perdebatan yang panjang sekali.",
    "ko": "시의회는 화요일 긴 논의 끝에 도심 교통 계획을 승인했다고 밝혔다. 시행은 내년부터이며, 시는 이를 위해 올해 하반기에 예산을 추가로 편성하고 주민 설명회를 열 계획이라고 덧붙였다.",
}
FOREIGN_HEADLINES = {
    "pt": ["Ciclistas ganham nova faixa na avenida", "Feira do livro abre com recorde de público", "Temporal derruba árvores no litoral"],
    "de": ["Radfahrer bekommen eigene Spur am Ring", "Buchmesse startet mit Besucherrekord", "Sturm entwurzelt Bäume an der Küste"],
    "ru": ["Велосипедистам выделят отдельную полосу", "Книжная ярмарка открылась с рекордом", "Буря повалила деревья на побережье"],
    "id": ["Pesepeda dapat jalur khusus di jalan protokol", "Pameran buku dibuka dengan rekor pengunjung", "Badai tumbangkan pohon di pesisir"],
    "ko": ["자전거 전용차로 도심 구간 개통", "도서전 개막 첫날 관람객 최다", "강풍에 해안가 가로수 쓰러져"],
}


@pytest.mark.parametrize("lang, label", [
    ("pt", "Notícias em destaque"), ("pt", "Mais lidas hoje"), ("de", "Aktuelle Nachrichten"),
    ("de", "Beliebte Artikel"), ("ru", "Новости партнёров"), ("id", "Berita Populer"),
    ("ko", "오늘의 뉴스"), ("ko", "인기 기사 순위"),
])
def test_a_box_under_a_label_in_another_language(lang, label):
    """A short label holding a word of such labels in its language ("notícias",
    "Nachrichten", "новости", "뉴스"), over three headlines or more after the story; the
    headlines of a script without capitals count as headlines."""
    text = f"{FOREIGN_STORY[lang]}\n\n{label}\n\n" + "\n\n".join(FOREIGN_HEADLINES[lang])
    assert [d.code for d in check(text, select=["NL109", "NL110"])] == ["NL109"] + ["NL110"] * 3


@pytest.mark.parametrize("text", [
    # "Main points" / "Other results": the story's own lists under words no box uses.
    f"{FOREIGN_STORY['ru']}\n\nГлавное о происшествии\n\nПожар начался около полуночи\n\nДорога перекрыта до самого утра\n\nПожарные работают на месте",
    f"{FOREIGN_STORY['pt']}\n\nOutros resultados\n\nFlamengo 2 Vasco 1\n\nSantos 0 Grêmio 3\n\nBahia 1 Ceará 1",
    # A box word, but the story goes on after the list.
    f"{FOREIGN_STORY['pt']}\n\nOutras notícias do dia\n\n" + "\n\n".join(FOREIGN_HEADLINES["pt"]) + f"\n\n{FOREIGN_STORY['pt']}",
    # A label of more than three words is a sub-heading of the story.
    f"{FOREIGN_STORY['de']}\n\nNachrichten aus dem Rathaus heute\n\n" + "\n\n".join(FOREIGN_HEADLINES["de"]),
])
def test_lists_in_another_language_that_are_not_a_box(text):
    assert [d.code for d in check(text, select=["NL109", "NL110"])] == []


@pytest.mark.parametrize("line", ["Mais de Esportes", "Mehr aus Wirtschaft", "Más en Deportes", "Altro da Cronaca"])
def test_more_from_a_section_in_another_language(line):
    assert_fires("NL109", between(line))


@pytest.mark.parametrize("line", ["Mais de 200 feridos", "Mais de cem pessoas", "Mehr zu tun"])
def test_more_of_something_else_passes(line):
    assert [d.code for d in check(between(line), select=["NL109"])] == []


@pytest.mark.parametrize("extra", ["Sport", "Jane Morrow", "By Jane Morrow", "김민수 기자"])
def test_a_kicker_or_byline_between_the_box_headlines(extra):
    """A card's short line (a section's name, a byline) between two headlines of a box is
    part of the box: the box goes on under it."""
    text = f"{STORY}\n\nRelated stories\n\n{HEADLINES[0]}\n\n{extra}\n\n{HEADLINES[1]}\n\n{extra}\n\n{HEADLINES[2]}"
    codes = [d.code for d in check(text, select=["NL109", "NL110"])]
    assert codes == ["NL109"] + ["NL110"] * 5


def test_a_short_line_before_prose_ends_the_box():
    text = f"{STORY}\n\nRelated stories\n\n{HEADLINES[0]}\n\nBackground\n\n{STORY}"
    assert [d.code for d in check(text, select=["NL109", "NL110"])] == ["NL109", "NL110"]


@pytest.mark.parametrize("headline", ["日本代表、親善試合で逆転勝ち", "• 週末は全国的に大雪の恐れ", "1. 대표팀, 평가전서 극적 역전승", "09:05 철도 파업 막판 철회"])
def test_uncased_headlines_under_a_heading(headline):
    text = f"{STORY}\n\n関連記事\n\n{headline}\n\n{headline}"
    assert [d.code for d in check(text, select=["NL109", "NL110"])] == ["NL109", "NL110", "NL110"]


@pytest.mark.parametrize("line", ["政府は昨年から検討を進めてきた。", "시행은 내년부터다.", "短い"])
def test_uncased_sentences_end_the_box(line):
    text = f"{STORY}\n\n関連記事\n\n{line}"
    assert [d.code for d in check(text, select=["NL109", "NL110"])] == ["NL109"]


def test_the_foreign_box_is_deleted():
    text = f"{FOREIGN_STORY['de']}\n\nAktuelle Nachrichten\n\n" + "\n\n".join(FOREIGN_HEADLINES["de"])
    assert_fixes("NL110", text, f"{FOREIGN_STORY['de']}\n\nAktuelle Nachrichten", unsafe=True)


# -- Notices in the other languages of the press -------------------------------------------
# (Looked for on a page that is not English.)

FOREIGN_BODY = "A câmara municipal aprovou na terça-feira o novo plano de transportes para o centro da cidade."
FOREIGN_END = "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, teilte die Stadt mit."


def foreign_between(line: str) -> str:
    return f"{FOREIGN_BODY}\n\n{line}\n\n{FOREIGN_END}"


@pytest.mark.parametrize("line, code", [
    # The copyright formula.
    ("© 2021 Gazeta do Porto. Todos os direitos reservados.", "NL112"),
    ("Все права защищены", "NL112"),
    ("© Weserbote 2022 – Alle Rechte vorbehalten", "NL112"),
    ("Riproduzione riservata", "NL112"),
    # The paywall and the log-in prompt.
    ("Reportagem exclusiva para assinantes", "NL105"),
    ("Материал доступен только подписчикам", "NL105"),
    ("Jetzt abonnieren und weiterlesen", "NL105"),
    ("Contenuto riservato agli abbonati", "NL105"),
    ("Berita ini khusus untuk pelanggan", "NL105"),
    ("이 기사는 유료회원 전용입니다", "NL105"),
    ("この記事は有料会員限定です", "NL105"),
    ("Faça login para ler a matéria", "NL105"),
    ("Войдите через почту", "NL105"),
    ("Bitte melden Sie sich an", "NL105"),
    ("Accedi con Google", "NL105"),
    ("로그인 후 이용하세요", "NL105"),
    ("ログインしてご覧ください", "NL105"),
    # The cookie banner.
    ("Este site usa cookies para lembrar suas preferências.", "NL111"),
    ("Мы используем файлы cookie, чтобы сайт работал лучше.", "NL111"),
    ("Diese Website verwendet Cookies.", "NL111"),
    ("Alle Cookies akzeptieren", "NL111"),
    ("Questo sito utilizza cookie tecnici.", "NL111"),
    ("Situs ini menggunakan cookie.", "NL111"),
    ("이 사이트는 쿠키를 사용합니다.", "NL111"),
    ("当サイトはクッキーを使用しています。", "NL111"),
    # The comment box.
    ("Deixe seu comentário", "NL101"),
    ("Comentários (4)", "NL101"),
    ("Напишите комментарий", "NL101"),
    ("Комментарии 9", "NL101"),
    ("Kommentar verfassen", "NL101"),
    ("Scrivi un commento", "NL101"),
    ("Tulis komentar", "NL101"),
    ("Seja o primeiro a comentar", "NL101"),
    ("댓글 달기", "NL101"),
    ("コメントを書く", "NL101"),
    # The comment section's rules: which comments the moderators refuse.
    ("AVISO: Comentários ofensivos ou fora do tema não serão aprovados pelo moderador.", "NL116"),
    ("Los comentarios que incluyan insultos serán eliminados.", "NL116"),
    ("Kommentare mit Beleidigungen werden nicht freigeschaltet.", "NL116"),
    ("I commenti che violano le regole della comunità saranno rimossi.", "NL116"),
    ("Комментарии, содержащие оскорбления, будут удалены.", "NL116"),
    ("Komentar yang mengandung unsur SARA akan dihapus.", "NL116"),
])
def test_notices_in_other_languages(line, code):
    assert_fires(code, foreign_between(line))


def test_notices_in_other_languages_on_an_english_page_pass():
    """An English page is not read for them (a text with three "the" is not asked)."""
    line = "Diese Website verwendet Cookies."
    assert boilerplate_on(between(line), line) == []


@pytest.mark.parametrize("line", [
    # Prose about the same things: what someone said, or the reader's world, not the site's.
    "O ministro disse que todos os direitos reservados aos trabalhadores serão mantidos.",
    "Der Verlag sagte, die Zahl der Abonnenten sei gestiegen.",
    "Die Datenschützer kritisieren, dass viele Websites Cookies ohne Zustimmung setzen.",
    "Мы используем эти данные только для исследований, сказал директор.",
    "Комментарии экспертов разошлись: одни поддержали решение, другие нет.",
    "Gli abbonati al servizio potranno vedere le partite gratis.",
    "Pelanggan listrik diminta menghemat energi.",
    "구독자 수가 100만 명을 넘어섰다고 회사 측은 밝혔다.",
    "댓글 조작 의혹에 대해 경찰이 수사에 착수했다.",
    "会員限定のイベントは来月開催される予定だ。",
    "コメント欄には多くの批判が寄せられた。",
    "Die Kommentare im Netz waren überwiegend positiv.",
    "Accedi al servizio tramite SPID, spiega il Comune.",
    # Remarks someone made, published or removed: not the comment section's rules.
    "Os comentários do ministro serão publicados amanhã no diário oficial.",
    "Los comentarios del presidente fueron eliminados de la transcripción, dijo el portavoz.",
    "Die Kommentare des Ministers werden im Protokoll festgehalten.",
    # The Korean press's copyright line is kept under the story, as its pages do.
    "<저작권자 ⓒ 서해신문, 무단전재 및 재배포 금지>",
])
def test_prose_in_other_languages_passes(line):
    assert boilerplate_on(foreign_between(line), line) == []


def test_a_foreign_notice_is_deleted():
    assert_fixes("NL112", foreign_between("Todos os direitos reservados"), f"{FOREIGN_BODY}\n\n{FOREIGN_END}")
