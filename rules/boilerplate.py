"""Site chrome left in article text as whole lines (NL1xx).

Every rule here reports whole lines and offers to delete them. The lines are classified
once per document (``_classify``, kept in the document's memo) and each rule reports its
own class, so adding a rule costs no extra pass over the text. The classifier tries only
the lines ``_boilerplate_scan`` lists with cheap string tests (on a document of prose,
none), and the rules share one gate, ``_has_chrome``: a document without chrome costs
the family that scan, not a call per rule. How the classes are worded is in
``_boilerplate_patterns``; this module holds the logic: which matches count, the
structural rules (a block of headlines under a "Related" heading), and fix safety.

What a line is, as far as its text alone tells (``_label``, ``_notice``,
``_contained_label``, ``_accept_label_text``), is cached by the line's text: a site's
chrome recurs on every page, and its regexes are the costly part of a line's test. The
classifier adds what depends on the document (a line's neighbours, its language).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from newslint import Applicability, Category, Diagnostic, Document, Edit, Fix, FixAvailability, Line, Rule, patterns

from . import _boilerplate_patterns as P
from . import _boilerplate_scan as S
from ._text import is_english, plain_lines

SAFE, UNSAFE = Applicability.SAFE, Applicability.UNSAFE

# -- notices: sentences found from a keyword ------------------------------------------------

_SENTENCE_END = patterns.compile(r"(?<=[.!?…])[\"”’')\]]*\s+(?=\S)")
#: A note the editors signed as such ("Disclosure: the author owns shares ...") is part
#: of the story even when it reads like a template notice.
_EDITORS_NOTE = patterns.compile(r"\W*(?:disclosure|disclaimer|editor'?s'? note|note|correction|update)\s*:", regex.IGNORECASE)
_REPORTED = patterns.compile(
    r"\b(?:said|says|told|according to|asked|added|urged|wrote|noted|stated|explained|announced|argued|insisted|ruled|tweeted|posted"
    r"|joked|quipped|replied|remarked|warned|advised|recalled|admitted|conceded|demanded|found|showed|revealed)\b(?<!\botherwise\h+noted)",
    regex.IGNORECASE,
)

#: A call-to-action verb opening a sentence.
_CTA = (
    r"(?:sign[ -]?up|subscribe|register|join|get|receive|stay|keep|let|start|never miss|don'?t miss|"
    r"want|need|click|tap|enter|find out|discover|be the first|download|follow|like|support|donate|"
    r"become|check out|listen|read|see|watch|sign in|log in|learn)"
)

_NET = P.networks()


def _compile(pattern: str) -> P.Alternatives:
    # A notice's pattern is an alternation of its wordings, searched one by one
    # (``P.Alternatives``): the same matches, in a fraction of the time.
    return P.Alternatives(P.spaced(pattern), regex.IGNORECASE)


# Each notice: code, keywords (lowercase; one must occur in the document), a pattern that
# must be found in the line, and the longest line it may be.
#: Not followed by the verb of a sentence the words are the subject of: a footer's words
#: written about ("All rights reserved is a phrase ...", "© 1968 is stamped on the print").
_NOT_A_SUBJECT = r"(?! (?:is|was|are|were|means|meant|has|have|had|appears?|appeared|remains?|becomes?|became)\b)"
_NOTICES: list[tuple[str, tuple[str, ...], P.Alternatives, int]] = [
    (
        # Cookie banners speak for the site ("we use cookies") or give orders ("Accept
        # all cookies"); prose about cookies ("regulators said sites must let users
        # reject cookies") does neither at the start of a sentence.
        "NL111",
        ("cookie", "privacy"),
        _compile(
            r"\b(?:we|this (?:web)?site|our (?:web)?site|the (?:web)?site|our (?:partners|vendors|advertisers))(?: (?:and|&) (?:our|selected|trusted|its) (?:partners|third parties|vendors|advertisers))?"
            r" (?:uses?|is using|may use|stores?|sets?|places?|collects?|relies on|depends on|employs|utili[sz]es)"
            r" (?:(?:strictly )?(?:necessary|essential|functional|analytics?|analytical|performance|advertising|marketing|tracking|third-party|first-party|session|some|a few|small files called) )?cookies"
            r"|\bwe(?:'d|’d| would) (?:love|like|want) to use cookies"
            r"|\b(?:consent|agree)\w* to (?:the|our) (?:use|placement|storing|storage) of cookies"
            r"|\byou can (?:change|update|manage|withdraw|adjust)[^.!?\n]{0,30}\b(?:cookie|consent|privacy) (?:settings|preferences|choices)"
            r"|(?:^|[.!?…] )(?:some|these|certain|essential|necessary) cookies are (?:necessary|essential|required|needed|strictly)"
            r"|(?:^|[.!?…] )(?:click|tap|select|press) [“\"'‘]?(?:accept|agree|allow|ok)\b"
            r"|(?:^|[.!?…] )cookies help us"
            # (Not the question asked of the reader, then prose about it: "Accept cookies?
            # The question now appears on almost every European website.")
            r"|(?:^|[.!?…] )(?:accept|allow|reject|manage|decline|enable)(?: all)? cookies(?!\? (?-i:\p{Lu})[^\n]{30,}[.!]\W*$)"
            r"|(?:^|[.!?…] )(?:strictly )?(?:necessary|non-necessary|functional|analytics?|performance|advertising) cookies (?:are|help|allow|may)"
            r"|(?:by|if you) continu\w* (?:to )?(?:brows\w*|use|using|visit\w*|navigat\w*)[^.!?\n]{0,60}\b(?:cookies?|agree|consent|privacy|terms)"
            r"|\bby using (?:this|our) (?:web)?site\b[^.!?\n]{0,60}\b(?:cookies?|agree|consent|privacy|terms)"
            r"|(?:^|[.!?…] )by clicking\b[^.!?\n]{0,60}\byou (?:are )?(?:giving|give|agree|consent|accept)\w*\b[^.!?\n]{0,60}\bcookies"
            r"|\bour use of cookies|\bthe use of cookies (?:on|by) (?:this|our)"
            r"|your privacy is important to us|(?:review|read|updated|update) (?:to )?our privacy (?:policy|notice)"
            r"|^privacy (?:overview|settings|preferences|center|centre)"
            r"|privacy (?:policy|notice) ?[|·•] ?terms"
            # a sign-up form's consent box, which names the privacy policy it agrees to
            r"|(?:^|[.!?…] )i (?:agree|consent) to the (?:processing|collection|use|storage) of my (?:personal )?(?:data|information)"
        ),
        700,
    ),
    (
        "NL112",
        ("©", "copyright", "reserved", "may not be", "privacy"),
        _compile(
            # (not a sign and a year that a sentence is about: "© 1968 is stamped on the print")
            r"(?:©|ⓒ|\(c\)|copyright)[^\n]{0,6}?(?:19|20)\d\d" + _NOT_A_SUBJECT +
            r"|^(?:©|ⓒ) ?(?:(?-i:\p{Lu})[\w'’&.-]*,? ){1,5}(?:19|20)\d\d(?: ?[-–] ?(?:19|20)\d\d)?\W*$"
            # The sign without a year, before the outlet's name and what the outlet is,
            # opening the line: "© The Daily Courier, a Northern Media newspaper", "©
            # Harbour Media Ltd". (The sign and a name alone, "© Reuters", is a photo's
            # credit: the credit family's.)
            r"|^(?:©|ⓒ)(?: copyright)?\x20?(?:the )?(?-i:\p{Lu}\p{Ll})[^\n©]{0,60}?\b(?:newspapers?|publications?|media|group|ltd|limited|inc|llc|plc"
            r"|pty|corp|corporation|publishing|publishers|holdings|network|licensors|company|published by|registered in|part of)\b[^\n©]{0,60}$"
            # The word, or "(c)", before a company's name: "(c) Valley Courier Publishing Co."
            r"|^(?:\(c\)|copyright)(?: ©)? (?:the )?(?:(?-i:\p{Lu})[\w'’&.-]*,? ){1,5}"
            r"(?-i:Ltd|Limited|Inc|LLC|plc|PLC|Co|Corp|Corporation|Group|Media|Publishing|Publications|Newspapers?|Holdings|Pty Ltd)\.?\W*$"
            r"|\bcopyright (?:of|by|belongs to) (?-i:\p{Lu})|^all (?:material|content|articles?)s? (?:©|copyright)"
            r"|copyright (?:(?-i:\p{Lu})\S* ){1,4}(?:19|20)\d\d"
            r"|copyright (?:©|ⓒ|@)"
            # (not the phrase as the subject of a sentence: "All rights reserved is a phrase ...";
            # nor asked about: "All rights reserved? Not quite. The estate ...")
            r"|all rights? reserved(?!\?)" + _NOT_A_SUBJECT +
            r"|\b(?:this|the|our) (?:material|content|article|story)\b[^.!?\n]{0,40} (?:may|must) not be (?:reproduced|published|republished|redistributed|copied|broadcast)"
            r"|constitutes? (?:your )?acceptance of (?:our|the|these)"
        ),
        300,
    ),
    (
        # The page template's other fine print, in the site's voice: delayed market data
        # and who supplies it, the outlet's standards, disclaimers that the page is for
        # information only, and a feed's footer.
        "NL112",
        # Few words, each searched for in every document: a supplier's credit without a
        # delay ("Real-time quotes provided by ...") is found only next to one.
        ("delayed", "market data", "our standards", "informational", "information only", "substitute for professional",
         "appeared first on"),
        _compile(
            r"(?:^|[.!?…] )(?:stock |all )?(?:quotes|prices|data|market data|quotes and data)(?: are| is)? delayed (?:by )?(?:at least )?\d+ ?(?:minutes|mins?)\b"
            r"|(?:^|[.!?…] )(?:market|real-time|stock|fund|index) (?:data|quotes|prices)(?: and [^.!?\n]{1,30})? (?:provided|powered|supplied|delivered) by"
            r"|^our standards ?:"
            r"|(?:^|[.!?…] )(?:the |all )?(?:information|content|material|materials) (?:provided |contained |published |presented )?(?:on|in|at) this (?:web)?site\b[^.!?\n]{0,120}\b(?:informational|substitute for professional)"
            r"|(?:^|[.!?…] )this (?:article|content|post|page|story|material|information|site|website) (?:is|was) (?:provided |published |intended )?(?:solely |only )?for (?:general )?(?:informational(?: purposes)?|information) only"
            r"|\bnot (?:intended|meant) (?:to be |as )?a substitute for professional (?:medical )?(?:advice|care)"
            # A blog's feed footer: "The post <title> appeared first on <site>."
            r"|^the post (?-i:[\p{Lu}\p{N}“\"‘'])[^\n]{0,300}? appeared first on (?:(?-i:\p{Lu})|[\w-]+\.[a-z]{2,})[^\n]{0,100}$"
        ),
        700,
    ),
    (
        # A call to action ("Sign up", "Get", "Join" ...) aimed at a newsletter or the
        # reader's inbox, or the inbox promise itself.
        "NL104",
        ("newsletter", "inbox"),
        _compile(
            # (not a sentence that sends the reader to a telephone, a post box or a desk:
            # "Subscribe to the parish newsletter by calling the clerk.")
            rf"(?:^|[.!?…] )(?:(?:please|simply|just|now|so|and|or|then|why not) )?{_CTA}\b"
            r"(?![^.!?\n]*\b(?:by|when) (?:calling|phoning|ringing|writing to|post|visiting|calling in)\b)"
            r"[^.!?\n]*?\b(?:newsletters?|inbox|letterbox|mailbox|e-?mail (?:alerts|updates|list))"
            r"|\b(?:delivered|straight|direct(?:ly)?|right) (?:to|in|into|through) your (?:inbox|letterbox|mailbox|door)"
            r"|(?:^|[.!?…] )(?:get|receive) [^.!?\n]{1,50} (?:in|to|into) your inbox"
            # The sign-up box's labels glued before its pitch by the extractor:
            # "Newsletter Privacy Policy Get top news in your inbox daily".
            r"|^(?:(?-i:\p{Lu})[\w&'’.-]* ){0,3}(?:(?:newsletters?|privacy(?: policy| notice)?|terms(?: of (?:use|service))?|cookie policy|sign ?up|subscribe|e-?mail(?: address)?)[ |:·•]+){1,4}"
            r"(?:get|receive|sign up|subscribe)\b[^.!?\n]{1,60}\b(?:inbox|e-?mails?)\b"
            r"|^i (?:agree|consent|would like)\b[^\n]*\b(?:newsletters?|e-?mails?)"
            r"|\b(?:let|have) our [^.!?\n]{0,30} (?:meet|hit|land in) your inbox"
            r"|^[^,.!?\n—–]{1,60}+(?:,| [—–]) (?:sent |delivered )?(?:straight |right |directly )?(?:in|to|into) your inbox(?: (?:every|each|by|before) [^.!?\n]{1,20})?\W*$"
            r"|^[^,.!?\n—–]{1,60}+(?:,| [—–]) (?:every|each) \w+(?: \w+)? (?:in|to|into) your inbox\W*$"
        ),
        320,
    ),
    (
        # The paper's standing invitation to write to it, under every opinion piece: "We'd
        # like to hear what you think about this or any of our articles", "X is committed
        # to publishing a diversity of letters to the editor", "Here's our email: letters@".
        "NL117",
        ("hear what you think", "letters to the editor"),
        _compile(
            r"(?:^|[.!?…] )we(?:'d|’d| would)? (?:like|love|want) to hear what you think (?:about|of|on) (?:this|the|our|any of our|this or any of our) [^.!?\n]{0,30}\b(?:articles?|stories|story|pieces?|coverage)\b"
            r"|\b(?:is|are) committed to publishing [^.!?\n]{0,40}\bletters to the editor"
            r"|(?:^|[.!?…] )letters to the editor (?:can|may|should|must) be (?:sent|submitted|e-?mailed|addressed) (?:to|via|at|through|online|by)"
        ),
        400,
    ),
    (
        "NL103",
        ("follow",),
        _compile(
            # (after a lead: "For more news, follow us on ...", "You can also find us on ...")
            rf"(?:^|[.!?…] )(?:for (?:more|the latest|updates|breaking)[^,.!?\n]{{0,30}}, |you can (?:also )?|please (?:also )?|and )?"
            rf"(?:follow|like|find|connect with) (?:him|her|them|us|me|@[\w.]+|(?-i:\p{{Lu}})[\w'’.-]*(?: (?-i:\p{{Lu}})[\w'’.-]*){{0,5}}) "
            rf"(?:on|at|via) (?:the )?{_NET}\b"
        ),
        320,
    ),
    (
        # An affiliate disclosure speaks for the site ("we", "this post", "X may earn").
        "NL107",
        ("commission", "affiliate"),
        _compile(
            r"^(?=[^\n]*\b(?:we|us|our|this (?:post|article|page|story|site)|(?:may|might|could) (?:earn|receive|get))\b)"
            r"[^\n]*?\b(?:affiliate (?:links?|partnerships?|commission|programs?)"
            r"|(?:earn|receive|get|make)s? (?:a |an )?(?:small )?(?:affiliate )?commission"
            r"|(?:get|receive|earn) a share of (?:the )?sales?"
            r"|(?:may|might) be compensated)"
        ),
        400,
    ),
    (
        "NL105",
        ("subscri", "support"),
        _compile(
            r"^[^.!?\n]{0,50}\bwith an? (?:digital |paid |premium )?(?:subscription|membership)\W*$"
            # (Not a press or a shop of that name, before what it is: "Subscribe Now, a
            # small press in Bristol, has ..."; nor the label before a sentence of prose
            # in lowercase: "Support us: the appeal, on the charity's website, raised ...")
            r"|(?:^|[.!?…] )(?:subscribe (?:to (?:our|us|(?:the |a )?(?-i:\p{Lu}))|now(?!,? (?:a|an) )|today)"
            r"|support (?:us(?!: (?-i:\p{Ll})[^\n]{20,}[.!?]\W*$)|our|independent|quality|(?:the )?(?-i:\p{Lu})\w+ (?:and|so|by|today|now|with))"
            r"|donate (?:to us|now|today)|become a (?:member|subscriber|supporter|patron)|click here to (?:support|subscribe|donate)"
            r"|(?:please )?(?:check|tick|select) the (?:opt-in |consent )?box\b)"
            # An appeal for money in the site's voice: "If you value our reporting, please
            # support us", "Your support keeps local news alive".
            r"|(?:^|[.!?…] )if you (?:value|enjoy|appreciate|like|rely on|found) (?:our|this|the) [^.!?\n]{1,40},? (?:please )?(?:consider )?"
            r"(?:support(?:ing)?|donat(?:e|ing)|subscrib(?:e|ing)|becom(?:e|ing) a (?:member|subscriber|supporter))\b"
            r"|(?:^|[.!?…] )your (?:donation|gift|contribution|support|membership|subscription) (?:makes|keeps|helps|funds|powers|supports|sustains) (?:this|our|local|independent|it)\b"
            # The paywall's own words: "To continue reading this article, please subscribe",
            # "The rest of this story is available to subscribers".
            r"|(?:^|[.!?…] )to (?:continue reading|keep reading|read (?:the (?:full|rest of the|whole)|this|more)) ?(?:article|story|piece)?\b[^.!?\n]{0,40}\b(?:subscribe|subscription|become a subscriber)"
            r"|(?:^|[.!?…] )(?:the rest of (?:this|the)|the full|this) (?:article|story|content|piece)\b[^.!?\n]{0,20}\b(?:is |are )?(?:available|reserved|exclusive|only) (?:to|for) (?:paid |digital |premium )?(?:subscribers|members)"
        ),
        220,
    ),
    (
        # The comment form's notices, in the site's voice: "your comment", "our
        # community guidelines"; not prose about a platform's community standards.
        "NL116",
        ("comment", "community"),
        _compile(
            # In the site's voice, opening a notice ("Your comment is awaiting moderation",
            # "As you comment, please be respectful"); not "... when your comment is
            # expressing a concern" or "indicate nits when you comment" inside prose.
            r"(?:^|[.!?…] )your comment (?:will|contains|has|is|must|may)\b"
            r"|(?:^|[.!?…] )(?:please )?(?:(?:be|stay|remain|keep it) \w+ )?(?:as|when) (?:you comment|commenting)\b"
            r"|\bcomments? (?:are|will be) moderated"
            r"|\b(?:our|please (?:read|review|see|follow|respect)(?: our| the)?) (?:comment|commenting|submission|community) (?:policy|guidelines|standards|rules)"
            r"|^(?:community|comment|commenting) (?:rules|guidelines|standards) apply"
            r"|\bplease (?:keep|be) (?:your )?comments?"
            r"|\b(?:you are|you're) commenting using"
            r"|\bpost limit reached"
            # The moderators' rules: "A user comment will be deleted if it:", "any
            # comments posted can be edited".
            r"|\b(?:user |reader |readers' |your |any )?comments? (?:posted |submitted |published )?(?:will|may|can|might) be (?:deleted|removed|rejected|edited|hidden|blocked|moderated)\b"
            # ... or stated as which comments are refused, the whole line: "Comments that
            # are abusive or off-topic will not be published (by the moderators)." (Prose
            # goes on: "..., the company said.")
            r"|^comments? (?:that|which|containing|with)\b[^.!?\n]{0,120}\b(?:will|shall) (?:not|never) be (?:published|approved|posted|accepted|displayed)(?: by (?:the |a |our )?moderators?)?[.!]?$"
            r"|^comments?\b[^.!?\n]{0,120}\b(?:approved|rejected|removed|deleted) by (?:the |a |our )moderators?[.!]?$"
        ),
        400,
    ),
    (
        "NL117",
        ("click",),
        _compile(
            r"(?:^|[.!?…] )(?:click|tap) (?:here|the (?:link|button|image|photo)|on (?:the|this) (?:link|image|button))"
            r"|\bplease (?:click|tap) (?:here|the (?:link|button))\b"
            r"|\bby clicking here\b"
            r"|(?:^|[.!?…] )(?:download|get|install) (?:the|our) (?:[^\s.!?]+ ){0,3}app\b"
        ),
        220,
    ),
    (
        # A press release's standing paragraph about its issuer, reprinted under the story:
        # the company named, what it is ("a global provider of ...", "headquartered in
        # ..."), then named again (or "the company") with its seat, staff or founding
        # ("Acme is a global provider of ... Acme is headquartered in ..."). A story's
        # background paragraph can read the same: the classifier asks, besides, that it
        # stand at the text's end or under an "About <name>" heading (``_about_placed``).
        "NL112",
        ("headquartered", "employs"),
        _compile(
            r"^(?:about (?-i:\p{Lu})[\w&'’.-]+(?: (?-i:\p{Lu})[\w&'’.-]+){0,3} ?[:.—–-] )?"
            r"(?P<issuer>(?P<first>(?-i:\p{Lu})[\w&'’-]+)[\w&'’.-]*(?: (?-i:\p{Lu})[\w&'’.-]+){0,3})(?: \([^)\n]{1,40}\))?,? is (?:a|an|the|one of the) [^.!?\n]{0,160}?"
            r"\b(?:provider|developer|maker|manufacturer|company|leader|supplier|distributor|operator|firm|organi[sz]ation|platform|specialist)s?\b"
            r"[^\n]*?[.!?] (?:(?P=issuer)|(?P=first)|the company|it|founded in)\b[^\n]*?\b(?:headquartered|employs)\b"
            r"|^(?P<seat>(?-i:\p{Lu})[\w&'’.-]+(?: (?-i:\p{Lu})[\w&'’.-]+){0,3}) is headquartered in [^.!?\n]{1,80}[^\n]*?[.!?] (?P=seat)\b"
        ),
        700,
    ),
]
_ABOUT_SHAPE = len(_NOTICES) - 1

#: The notices above are English phrases; those below are the same notices in the other
#: languages of the press, tried on any line (``_notice``). Each is a legal formula or
#: the site speaking to the reader with a closed class of words (the site, "we", its
#: subscribers, the reader's account), not a topic: an article about cookies or
#: subscriptions reports what others said ("disse", "sagte", "сообщил" are not needed:
#: the patterns hold the site's first person or an imperative).
_FOREIGN_FROM = len(_NOTICES)
_NOTICES += [
    (
        # The copyright formula: "Todos os direitos reservados", "Все права защищены".
        # (Not the Korean and Japanese press's "무단전재 및 재배포 금지": its pages keep
        # it under the story, as they keep the reporter's address.)
        "NL112",
        ("direitos", "права", "rechte", "diritti", "riproduzione", "hak cipta"),
        _compile(
            r"\b(?:todos os direitos reservados|todos los derechos reservados|все права защищены|alle rechte vorbehalten"
            r"|tutti i diritti (?:sono )?riservati|riproduzione riservata|hak cipta dilindungi|tous droits réservés)"
        ),
        300,
    ),
    (
        # The paywall: the content is for subscribers or members only, or the reader is
        # told to subscribe or log in to go on.
        "NL105",
        ("assinant", "assine", "одпис", "abonn", "abbonat", "langgan",
         "구독", "회원", "会員", "購読", "login", "ойдит", "ойти", "melden", "einlogg", "accedi", "masuk",
         "로그인", "ログイン", "entre com", "entre na"),
        _compile(
            r"(?:exclusiv[oa]|dispon[ií]vel|disponible|reservad[oa]) (?:apenas |solo |sólo |só )?(?:para|a) (?:os |los )?(?:assinantes|suscriptores)"
            r"|(?:^|[.!?…] )(?:assine|suscr[ií]bete|(?:jetzt )?abonnieren(?: sie)?|abbonati|berlanggananlah|berlangganan) (?:para|und|per|untuk|agora|ya|jetzt|ora|sekarang)\b"
            r"|(?:^|[.!?…] )(?:já é assinante|ya eres suscriptor|sie sind bereits abonnent|sei già abbonato|sudah berlangganan|уже подписаны)"
            r"|(?:доступ\w* )?только (?:для )?подписчик|(?:^|[.!?…] )(?:оформите|оформить) подписку"
            r"|nur für (?:abonnenten|abonnentinnen)|riservat[oa] agli abbonati|khusus (?:untuk )?pelanggan"
            r"|유료\h?(?:회원|구독자?)\h?전용|구독하고|이미 구독|구독자\h?전용|会員限定(?:記事|の記事|コンテンツ|です)|有料会員(?:限定|登録|になる|の方)|購読者限定|会員登録が必要"
            r"|(?:^|[.!?…] )entre (?:com|na) (?:a )?(?:sua )?conta"
            r"|(?:^|[.!?…] )(?:faça|fazer|efetue) (?:o )?login|(?:^|[.!?…] )войдите(?:,| в| через| на)|(?:^|[.!?…] )войти через"
            r"|(?:^|[.!?…] )(?:bitte )?melden sie sich an|(?:^|[.!?…] )(?:anmelden|einloggen) (?:mit|über|und)\b"
            r"|(?:^|[.!?…] )accedi (?:per|con|al tuo)\b|(?:^|[.!?…] )(?:silakan )?login untuk|(?:^|[.!?…] )masuk (?:dengan|ke) akun"
            r"|로그인(?:이 필요|하세요|하고|하시면|\h?후)|ログイン(?:して|が必要|すると)"
        ),
        220,
    ),
    (
        # The comment section's rules, stated as which comments the moderators refuse,
        # the whole line: "Comentários ofensivos não serão aprovados pelo moderador",
        # "I commenti che violano le regole saranno rimossi". A moderation verb, not
        # "published" (a minister's "comentários" may be published in the news).
        "NL116",
        # (The scan lowers ASCII letters only: a Cyrillic keyword leaves out its capital.)
        ("comentário", "comentari", "kommentar", "commenti", "омментари", "komentar"),
        _compile(
            r"^(?:\p{Lu}+:\h*)?(?:(?:os|los|die|i|все) )?(?:comentários|comentarios|kommentare|commenti|комментарии|komentar)\b[^.!?\n]{0,150}"
            r"(?:\b(?:não |no )?(?:serão|serán) (?:aprovados|aprobados|moderados|removidos|eliminados|excluídos|apagados|borrados)"
            r"|\bwerden (?:nicht )?(?:freigeschaltet|moderiert|gelöscht|entfernt)"
            r"|\b(?:non )?(?:saranno|verranno) (?:moderati|approvati|rimossi|cancellati)"
            r"|\b(?:не )?будут (?:удалены|промодерированы|одобрены)"
            r"|\bakan (?:dihapus|dimoderasi))"
            r"[^.!?\n]{0,40}[.!]?$"
        ),
        300,
    ),
    (
        # A cookie banner: the site says it uses cookies, or a button accepts them.
        "NL111",
        ("cookie", "쿠키", "クッキー"),
        _compile(
            r"(?:^|[.!?…] )(?:este (?:site|sitio|portal)|o site|nosso site|usamos|utilizamos|wir (?:verwenden|nutzen|setzen)|diese (?:website|seite) (?:verwendet|nutzt)"
            r"|мы используем|(?:этот |наш )?сайт использует|questo sito (?:web )?(?:utilizza|usa)|utilizziamo|usiamo|situs ini menggunakan|kami menggunakan"
            r"|ce site utilise|nous utilisons)\b[^.!?\n]{0,40}cookie"
            r"|(?:^|[.!?…] )(?:aceitar|aceptar|accetta|accetto|akzeptieren|alle cookies akzeptieren|принять|terima|accepter)\b[^.!?\n]{0,20}cookie"
            r"|^(?:aceitar|aceptar|accetta|accetto|alle|принять|terima|accepter)?\h?(?:(?:todos os|todas las|tutti i|все|semua|tous les)\h)?cookies?\b(?:-?einstellungen| settings)?\W*$"
            r"|^cookie-(?:einstellungen|richtlinie|hinweis)\W*$|^alle cookies (?:akzeptieren|zulassen|ablehnen)\W*$"
            r"|쿠키(?:를|가|\h){0,2}(?:사용|설정|정책|허용|동의)|クッキー(?:を|の)(?:使用|利用|設定)"
        ),
        300,
    ),
]

#: What the scan for notice lines needs to know of each: its keywords and longest line.
_NOTICE_SHAPES = S.NoticeShapes(((keywords, longest) for _, keywords, _, longest in _NOTICES), _FOREIGN_FROM)

#: What may stand before a notice's first word on its line: spacing, bullets, arrows,
#: emoji, brackets; not a quote mark (a quotation is not a notice) nor the "(" or "©"
#: of a copyright line.
_LINE_LEAD = patterns.compile(r"[^\p{L}\p{N}\"“„«'‘’©ⓒ(]*")

#: A quotation within one line. (The document-wide spans of ``_text.quoted_spans`` run
#: on across lines when one quote mark is missing, and would hide a whole footer.)
_QUOTATION = patterns.compile(r"“[^“”\n]*”|\"[^\"\n]*\"|«[^«»\n]*»|„[^„“”\n]*[“”]")


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quotation of its line, or the line opens
    with a quote mark (a quotation that goes on past the line)."""
    if text.lstrip()[:1] in "\"“„«":
        return True
    return any(m.start() <= start and end <= m.end() for m in _QUOTATION.finditer(text))


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_OTHER_LETTER = patterns.compile(r"(?![\x00-\x7f])\p{L}")


def _english_line(text: str) -> bool:
    """Whether a line may be English: the notice patterns are English phrases, and an
    English banner on a page in another language is chrome too, so the test is on the
    line, not on the document: most of its letters must be Latin."""
    # Letters counted in C: the ASCII ones by deleting them from the ASCII part, the
    # others (``\p{L}`` outside ASCII) by the regex, only when there are any.
    ascii_part = text.encode("ascii", "ignore")
    latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    letters = latin if len(ascii_part) == len(text) else latin + len(_OTHER_LETTER.findall(text))
    return letters > 0 and latin >= 0.8 * letters


#: Words of page furniture, to tell whether each sentence of a flagged line is chrome
#: (then deleting the line is safe) or whether other text would go with it (unsafe).
_ANY_CUE = patterns.compile(
    r"newsletter|inbox|subscri|sign(?:ing)? ?up|sign in|log ?in|register|account|cookie|privacy|terms|policy|consent"
    r"|agree|click|tap here|learn more|more information|for more|thank|\bhere\b|follow|share|comment|commission"
    r"|affiliate|rights reserved|copyright|©|advert|sponsor|\bapp\b|download|e-?mail|website|\bsite\b|moderat"
    r"|notification|alert|deliver|support|donat|member"
    r"|delayed|quotes|market data|real-time|standards|informational|information only|purposes only|advice"
    r"|appeared first on|letters to the editor|\btips\b|hear what you think",
    regex.IGNORECASE,
)


def _all_chrome(text: str) -> bool:
    for sentence in _SENTENCE_END.split(text.strip()):
        if len(sentence.split()) > 4 and not _ANY_CUE.search(sentence):
            return False
    return True


# -- classification ---------------------------------------------------------------------

Found = dict  # code -> list[(Line, Applicability)]


_CALL = patterns.compile(r"[A-Za-z_]\(\)")


def _code_line(text: str) -> bool:
    """Whether ``text`` is a line of code or data that a page of documentation quotes
    ('"comment": {', 'close() {', '>>> print(x)', 'register: >'): its words are names in
    a program, not chrome. Chrome is words and the marks that separate them, never
    braces, backticks, a JSON key, a prompt or a call."""
    if "{" in text or "}" in text or "`" in text or '": ' in text or " = " in text or "==" in text:
        return True
    stripped = text.strip()
    return stripped.startswith(">>>") or stripped.endswith(": >") or ("()" in text and bool(_CALL.search(text)))


def _classify(document: Document) -> Found:
    """Every line of chrome in the document, by rule code. Only the lines that
    ``_boilerplate_scan`` lists are tried (on a document of prose, none), on their
    text: a ``Line`` is made for the lines found."""
    candidates = S.scan(document, _NOTICE_SHAPES)
    if candidates.empty():
        return {}  # a document of prose: nothing to try
    labels, contained, headers, notices, boxes = candidates
    texts = plain_lines(document)
    found: Found = {}
    taken: set[int] = set()

    def add(code: str, line: Line | int, applicability: Applicability = SAFE) -> None:
        index = line if isinstance(line, int) else line.index
        if index not in taken and not _code_line(texts[index]):
            taken.add(index)
            found.setdefault(code, []).append((S.line(document, index) if isinstance(line, int) else line, applicability))

    sections: list[Line] = []
    lone_networks: list[Line] = []
    for index, word in labels:
        section, network, code, codes, composed = _label(word, texts[index])
        if section:
            sections.append(S.line(document, index))
        if network:
            lone_networks.append(S.line(document, index))
        elif code == "#":
            if _counter(document, index):
                add("NL113", index, UNSAFE)
        elif code is not None:
            add(code, index)
        else:
            for code in codes:
                if code != "NL119" or is_english(document):
                    # (A reporter's address under the story is the custom of some
                    # languages' press.)
                    add(code, index)
                    break
            else:
                if composed is not None:
                    add(composed, index)
    for (code, _), holding in zip(P.label_table()[1], contained):
        for index in holding:
            if index in taken:
                continue
            if _contained_label(code, texts[index]) and _accept_label(code, texts[index], document):
                add(code, index)

    # (Each structural rule is asked only when it has something to start from.)
    if lone_networks:
        for line in _lone_network_columns(document, lone_networks, taken):
            add("NL102", line)
    for index in boxes:
        # A label in words no pattern lists is a box's heading only by the headlines
        # under it.
        if index not in taken and _box_label(texts[index]):
            heading = S.line(document, index)
            block = list(_headline_block(document, heading, taken))
            if len(block) >= S.BOX_MIN_ITEMS and all(_box_headline(line.text.strip()) for line in block) and _ends_text(texts, block[-1].index):
                add("NL109", heading, UNSAFE)
    if "NL109" in found:
        for heading, _ in list(found["NL109"]):
            for line in _headline_block(document, heading, taken):
                add("NL110", line, UNSAFE)
    if len(sections) >= 2:
        for line, applicability in _navigation_menus(document, taken, sections):
            add("NL115", line, applicability)
    if headers is not None:
        for line, applicability in _comment_thread(document, taken, headers):
            add("NL118", line, applicability)

    for shape, candidates in enumerate(notices):
        if candidates and shape >= _FOREIGN_FROM and is_english(document):
            continue  # (a keyword the English notices share: "cookie")
        code = _NOTICES[shape][0]
        for index in candidates:
            if index in taken:
                continue
            applicability = _notice(shape, texts[index])
            if applicability is not None:
                if shape == _ABOUT_SHAPE:
                    if not _about_placed(texts, index):
                        continue
                    applicability = UNSAFE  # (a paragraph of prose, if not the story's)
                add(code, index, applicability)
    for line, _ in list(found.get("NL116", ())):
        if texts[line.index].rstrip().endswith(":"):
            for index in _policy_list(texts, line.index, taken):
                add("NL116", index, UNSAFE)
    return found


#: A heading over a press release's paragraph about its issuer: "About Acme", "ABOUT ACME INC.:".
_ABOUT_HEADING = patterns.compile(r"\W*about\h+\p{Lu}[\w&'’.,-]*(?:\h+[\p{Lu}&][\w&'’.,-]*){0,4}\h*[:.]?\W*", regex.IGNORECASE)


def _about_placed(texts: list[str], index: int) -> bool:
    """Whether the paragraph about a company at ``index`` stands where a press release
    puts its issuer's: under an "About <name>" heading, or among the text's last lines
    (at most four lines of text after it: the media contact, the source, the link)."""
    before = next((texts[i] for i in range(index - 1, -1, -1) if texts[i].strip()), "")
    if _ABOUT_HEADING.fullmatch(before.strip()):
        return True
    return sum(1 for text in texts[index + 1 :] if text.strip()) <= 4


#: An item of a list of rules: a clause that goes on the sentence its heading opened, so
#: it opens in lower case (after a bullet or a quote mark) and ends with a clause's mark.
_POLICY_ITEM = patterns.compile(r"[^\p{L}\n]{0,4}\p{Ll}[^\n]{10,300}[;.,]")
_MAX_POLICY_ITEMS = 40


def _policy_list(texts: list[str], heading: int, taken: set[int]) -> Iterator[int]:
    """The items under a notice of the comment section that ends with a colon ("A user
    comment will be deleted if it:"): each a clause in lower case ("contains insults,
    threats to other users;"). The list ends at the first line that is not one."""
    count = 0
    for index in range(heading + 1, len(texts)):
        text = texts[index].strip()
        if not text:
            continue
        count += 1
        if count > _MAX_POLICY_ITEMS or index in taken or _POLICY_ITEM.fullmatch(text) is None:
            return
        yield index


@lru_cache(maxsize=4096)
def _notice(shape: int, text: str) -> Applicability | None:
    """How a line (``text``) holding a keyword of the ``shape``-th notice is reported as
    that notice, or None if it is not one. (Cached: the answer depends on the line
    alone, and a site's notices recur on every page.)"""
    _, _, pattern, _ = _NOTICES[shape]
    # A notice behind a bullet, an arrow or an emoji starts where its words do.
    lead = _LINE_LEAD.match(text).end()
    match = pattern.search(text[lead:] if lead else text)
    if match is None or _REPORTED.search(text) or _EDITORS_NOTE.match(text):
        return None
    if shape >= _FOREIGN_FROM:
        # In another language: safe when the notice is the whole line, or the line's
        # one sentence.
        if _quoted(text, lead + match.start(), lead + match.end()) or _FOREIGN_SPEECH.search(text):
            return None
        return SAFE if len(_SENTENCE_END.split(text.strip())) == 1 else UNSAFE
    if not _english_line(text):
        return None
    if _quoted(text, lead + match.start(), lead + match.end()):
        return None
    return SAFE if _all_chrome(text) else UNSAFE


#: A line that reports speech in another language (a closed class of verbs of saying):
#: a quotation of a notice, not the notice.
_FOREIGN_SPEECH = patterns.compile(
    r"\b(?:disse|afirmou|declarou|dijo|afirmó|sagte|erklärte|ha detto|ha dichiarato|kata|ujar|mengatakan|a déclaré|a dit)\b"
    r"|(?:сказал|заявил|сообщил)\w*|(?:라고|고) (?:말했|밝혔)|と(?:述べ|語っ|話し)",
    regex.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _contained_label(code: str, text: str) -> bool:
    """Whether a line (``text``) holding one of ``code``'s contained words is wholly its
    label. (Cached: the answer depends on the line alone, none of the patterns looking
    outside it, and labels recur on every page of a site.)"""
    pattern = P.label_pattern(code, None)[0]  # (one group: the code's contained-word entries)
    return pattern.fullmatch(text) is not None


@lru_cache(maxsize=8192)
def _label(word: str, text: str) -> tuple[bool, bool, str | None, tuple[str, ...], str | None]:
    """What a short line (``text``) filed under its first word (``word``) is, as far as its
    text tells: whether it is a section name and whether a network name alone (a share
    button or a menu item only by its neighbours); the code of its exact label, or "#"
    for a lone number (a counter only by its neighbours); the codes whose label it is,
    in order (NL119's holds only in English); the code of the prompt it composes, when
    it could be asked for. (Cached: the answer depends on the line alone, and labels
    recur on every page of a site.)"""
    section = False
    if word in P.exact_first_words():
        label = P.normalised(text)
        section = label in P.section_names()
        if label in P.network_names()[0]:
            return section, True, None, (), None
        code = P.exact_labels().get(label)
        if code is not None and not _MARKUP.search(text):
            return section, False, code, (), None
    if word == "#" and _LONE_NUMBER.fullmatch(text):
        return section, False, "#", (), None
    codes: tuple[str, ...] = ()
    if P.label_table()[0].get(word):
        codes = tuple(code for code in P.label_codes(word, text) if _accept_label_text(code, text))
    composed = None
    # A composed prompt is tried on a line no label code took (NL119 may fail by the
    # document's language).
    if all(code == "NL119" for code in codes) and word in _composed_words() and _has_segments(text):
        composed = _composed(text)
    return section, False, None, codes, composed


#: At most this many lines follow one heading.
_MAX_BLOCK = 40
_HEADLINE_END = patterns.compile(r"(?:[^.,;:]|\.\.\.|…)$")
_QUOTE_START = patterns.compile(r"^[\"“„«]")
_HEADLINE_START = patterns.compile(r"[‘'\[(•·*\p{So}-]*\h*(?:\p{Lu}|\d[\d,.]*\h+[‘']?\p{Lu})")
#: A tabloid kicker over a headline: a few words in capitals ("TIME TRAVELLER").
_KICKER = patterns.compile(r"[‘'\"“]?\p{Lu}[\p{Lu}\d'’\-]*(?:\h+[\p{Lu}\d'’\-]+){0,5}[’'\"”!?]?")
_TEASER_END = patterns.compile(r"(?:\.\.\.|…)$")
#: A headline in a script without capitals (Japanese, Korean, Chinese): after a bullet,
#: a number or a time, six to 80 characters of which the first is a letter of one of
#: those scripts, and no sentence's end ("。", ".", "!", "?"). (A quotation mark may
#: close it: '기상청 "주말 전국에 폭설"'.)
_UNCASED_HEADLINE = patterns.compile(
    r"(?:[•·*\p{So}-]\h*|\d{1,2}[.)]?\h+|\d{1,2}:\d\d\h+)?"
    r"(?=[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}])[^\n]{5,79}(?<![。．.!?！？])"
)


def _headline_block(document: Document, heading: Line, taken: set[int]) -> Iterator[Line]:
    """The lines under a related-stories heading that read as other stories' headlines:
    short, without a sentence's final period, not opening a quotation; or a teaser cut
    off with an ellipsis. The block ends at the first line that reads as prose."""
    texts = plain_lines(document)  # (a ``Line`` is made for the lines found only)
    count = 0
    for index in range(heading.index + 1, len(texts)):
        text = texts[index].strip()
        if not text:
            continue
        count += 1
        if count > _MAX_BLOCK:
            return
        if index in taken:
            continue
        if _headline_like(text) or _KICKER.fullmatch(text) or (len(text) <= 400 and _TEASER_END.search(text)):
            yield S.line(document, index)
            continue
        if _card_line(text) and _next_headline(texts, index):
            # A card's kicker or byline between two headlines ("Sport", "Jane Morrow",
            # "김민수 기자"): known by the headline under it.
            yield S.line(document, index)
            continue
        return


#: A card's short line: one to four words, no sentence punctuation, no digits (not a
#: figure of a list of results).
_CARD_LINE = patterns.compile(r"[^\p{L}\n]{0,3}\p{L}[\p{L}'’.\-]*(?:\h+[\p{L}'’.\-]+){0,3}")


def _card_line(text: str) -> bool:
    return len(text) <= 40 and _CARD_LINE.fullmatch(text) is not None and not text.endswith(".")


def _next_headline(texts: list[str], index: int) -> bool:
    """Whether the next non-blank line after ``index`` is a headline."""
    for text in texts[index + 1 : index + 4]:
        text = text.strip()
        if text:
            return _headline_like(text)
    return False


#: A box's label: capitalised, a few words, no sentence punctuation at its end (a colon
#: may close it).
_BOX_LABEL = patterns.compile(r"[^\p{L}\p{N}\n]*\p{Lu}[^\n]*[^.,;!?\s]")


#: A time or a date in figures: a dateline or a timestamp, not another story's headline.
_CLOCK = patterns.compile(r"\d:\d\d|\d{1,2}/\d{1,2}/\d{2,4}")


def _box_headline(text: str) -> bool:
    return _headline_like(text) and _CLOCK.search(text) is None


def _ends_text(texts: list[str], index: int) -> bool:
    """Whether no line of prose follows line ``index``: a box under a label no pattern
    lists is known by its place after the story (a list inside the story, "Latest
    developments" over three facts, goes on with the story's paragraphs)."""
    return all(len(text.strip()) <= P.MAX_LABEL and not S._prose(text) for text in texts[index + 1 :])


#: The other words a box's label is made of, besides ``BOX_WORDS`` and names (a closed
#: class): "Don't miss these", "What we're reading", "Today's highlights".
_BOX_LABEL_WORDS = frozenset(
    """the a an of in on from for to at with and or up out our your you we we're what what's whats these this
    that don't dont today's todays week's this week now right here other others hot readers readers' people go keep
    you're you'll may might also like""".split()
)
_LABEL_WORD_EDGES = ".,:;!?'’\"“”()[]|»›•-"


def _box_label(text: str) -> bool:
    """A box's label: capitalised, a few words, no sentence's end, every word a word of
    such labels or a name ("More World news", "Sport headlines"; not "Top tips for
    walkers" nor "Latest developments", which head lists of the story's own); or a
    label in another language (``_foreign_box_label``)."""
    text = text.strip()
    return (_english_line(text) and _english_box_label(text)) or _foreign_box_label(text)


def _english_box_label(text: str) -> bool:
    if _BOX_LABEL.fullmatch(text) is None or _QUOTE_START.match(text) is not None:
        return False
    for word in text.split():
        bare = word.strip(_LABEL_WORD_EDGES)
        lower = bare.lower().replace("’", "'")
        if not bare or bare[0].isupper() and not text.isupper() or lower in S.BOX_WORDS or lower in _BOX_LABEL_WORDS:
            continue
        return False
    return True


#: A box's label in another language: a letter first (a capital, or a letter of a
#: script without capitals), at most 40 characters, no sentence punctuation at its end.
_FOREIGN_BOX_LABEL = patterns.compile(r"[^\p{L}\p{N}\n]{0,3}(?:\p{Lu}|\p{Lo})[^\n]{0,38}[^.,;!?。\s]")


def _foreign_box_label(text: str) -> bool:
    """A box's label in another language than English ("Outras notícias", "Другие
    новости", "추천 기사"): short, at most three words, one of them a word of such
    labels (a closed class, ``S.FOREIGN_BOX_WORDS``)."""
    words = text.lower().split()
    return (
        len(words) <= 3
        and _FOREIGN_BOX_LABEL.fullmatch(text) is not None
        and _QUOTE_START.match(text) is None
        and S.box_word(words, text, english=False)
    )


def _headline_like(text: str) -> bool:
    """A headline: three to 25 words, at most 160 characters, opening with a capital
    (or a number and a capitalised word: "15 Amazing Images of Stars", not "1 tsp
    cinnamon"), not opening a quotation, not closed by a sentence's period."""
    words = text.split()
    if _UNCASED_HEADLINE.fullmatch(text) is not None:
        return True
    return (
        len(text) <= 160
        and 3 <= len(words) <= 25
        and _HEADLINE_START.match(text) is not None
        and _HEADLINE_END.search(text) is not None
        and _QUOTE_START.match(text) is None
    )


_MENU_END = patterns.compile(r"[.,;:!?]$")
_MIN_MENU = 4


def _menu_item(line: Line) -> bool:
    """At most four words and 40 characters, and no sentence punctuation at the end."""
    text = line.text.strip()
    return bool(text) and len(text) <= 40 and len(text.split()) <= 4 and not _MENU_END.search(text)


def _navigation_menus(document: Document, taken: set[int], sections: list[Line]) -> Iterator[tuple[Line, Applicability]]:
    """Runs of at least four short label lines (blank lines between them allowed) of which
    at least half are section names ("Sports", "Real Estate") or lines another rule of
    this family already took, two at least being section names: the site's menu. Its other
    items ("Contact Chron") go with it, unsafely, since only their neighbours tell."""
    if len(sections) < 2:
        return
    lines = document.lines
    section_index = {line.index for line in sections}
    seen: set[int] = set()
    for section in sections:
        if section.index in seen:
            continue
        run = [section]
        for step in (-1, 1):
            index = section.index + step
            while 0 <= index < len(lines):
                line = lines[index]
                if not line.is_blank:
                    if not _menu_item(line):
                        break
                    run.append(line)
                index += step
        seen.update(line.index for line in run)
        named = sum(1 for line in run if line.index in section_index)
        known = sum(1 for line in run if line.index in section_index or line.index in taken)
        if len(run) >= _MIN_MENU and named >= 2 and 2 * known >= len(run):
            for item in sorted(run, key=lambda l: l.index):
                if item.index not in taken:
                    yield item, SAFE if item.index in section_index else UNSAFE


#: The header of a reader's comment: a user name and "says:", or the comment's vote count.
_COMMENT_HEADER = patterns.compile(r"\h*(?:[^\s]+(?:\h+[^\s]+){0,3}\h+says:|rating:\h*\d+\h+votes?)(?:\h*[^\n]*)?", regex.IGNORECASE)
#: A header alone on its line (a vote count may carry the next user's name or a date).
_COMMENT_HEADER_ONLY = patterns.compile(r"\h*(?:[^\s]+(?:\h+[^\s]+){0,3}\h+says:\h*|rating:\h*\d+\h+votes?[^\n]{0,40})", regex.IGNORECASE)
_USER_HEADER = patterns.compile(r"\h*(?-i:[\p{Ll}\d_][\w.-]*|[\w.-]*[\d_][\w.-]*)\h+says:", regex.IGNORECASE)
_VOTE_COUNT = patterns.compile(r"[^\p{L}\p{N}\n]*rating:\h*\d+\h+votes?[^\p{L}\p{N}\n]*", regex.IGNORECASE)
_MIN_HEADERS = 3
_AFTER_LAST = 3


def _comment_thread(document: Document, taken: set[int], candidates: list[int]) -> Iterator[tuple[Line, Applicability]]:
    """A thread of readers' comments: from the first comment header to the last (and a few
    lines after it), when at least three headers stand alone on their lines or name users.
    Headers go safely; the comments' text unsafely, since nothing but its place tells it
    from the article's. ``candidates`` are the lines that may be headers
    (``_boilerplate_scan.Scan.headers``)."""
    if len(candidates) < _MIN_HEADERS:
        return
    texts = plain_lines(document)
    headers = [
        index for index in candidates
        if (len(texts[index]) <= 300 and _COMMENT_HEADER.fullmatch(texts[index])) or _USER_HEADER.match(texts[index])
    ]
    # Comment widgets put the header on a line of its own, or name a user ("fan_1987
    # says: ..."); an interview that quotes "Smith says: ..." three times does neither.
    clear = sum(
        1 for index in headers
        if _COMMENT_HEADER_ONLY.fullmatch(texts[index]) or _USER_HEADER.match(texts[index])
    )
    if clear < _MIN_HEADERS:
        return
    lines = document.lines
    after = 0
    for line in lines[headers[0] :]:
        if line.is_blank or line.index in taken:
            continue
        if line.index > headers[-1]:
            after += 1
            if after > _AFTER_LAST:
                return
        if _VOTE_COUNT.fullmatch(line.text):
            continue  # NL101 reports a bare vote count
        yield line, SAFE if _COMMENT_HEADER_ONLY.fullmatch(line.text) else UNSAFE


_TERMINAL = patterns.compile(r"(?<![.…])[.!?]$")
#: Template syntax ("[/caption]", "{{ad}}", "<div>"): the markup rules' business.
_MARKUP = patterns.compile(r"\{\{|\}\}|\{%|\[/|\[[a-z_]+[\h=\]]|</?[A-Za-z]")




#: A number alone on its line: a gallery or share counter, or a table cell or list
#: number split from its text, so its deletion is offered as unsafe.
_LONE_NUMBER = patterns.compile(r"\h*\d{1,4}\h*")


def _lone_network_columns(document: Document, lone: list[Line], taken: set[int]) -> Iterator[Line]:
    """A network's name alone on a line ("Facebook") is a share button when it stands in
    a column of such names (one of them unambiguous: "Mail" or "Line" alone prove
    nothing) or next to other chrome. Alone among prose it may be the article's own
    sub-heading (a review of social apps), so it is left alone."""
    if not lone:
        return
    lines = document.lines
    lone_index = {line.index: line for line in lone}
    done: set[int] = set()
    for line in lone:
        if line.index in done:
            continue
        column = [line]
        for step in (-1, 1):
            current = line
            while True:
                neighbour = _neighbours(lines, current)[0 if step < 0 else 1]
                if neighbour is None or neighbour.index not in lone_index:
                    break
                column.append(neighbour)
                current = neighbour
        done.update(item.index for item in column)
        edges = {n.index for item in column for n in _neighbours(lines, item) if n is not None}
        alone = P.network_names()[1]
        unambiguous = any(P.normalised(item.text) in alone for item in column)
        if edges & taken or (len(column) >= 2 and unambiguous):
            yield from sorted(column, key=lambda item: item.index)


def _neighbours(lines: list[Line], line: Line) -> tuple[Line | None, Line | None]:
    """The nearest non-blank lines before and after ``line``."""
    result = []
    for step in (-1, 1):
        index = line.index + step
        while 0 <= index < len(lines) and lines[index].is_blank:
            index += step
        result.append(lines[index] if 0 <= index < len(lines) else None)
    return result[0], result[1]


def _counter(document: Document, index: int) -> bool:
    """A lone number (on line ``index``) is a counter (of a gallery, of shares) unless
    both its neighbours are short too: then it is a cell of a table or a list split one
    item a line. (The neighbours are read from ``plain_lines``: no ``Line`` is made.)"""
    texts = plain_lines(document)
    for step in (-1, 1):
        neighbour = index + step
        while 0 <= neighbour < len(texts) and (not texts[neighbour] or texts[neighbour].isspace()):
            neighbour += step
        if 0 <= neighbour < len(texts) and len(texts[neighbour].split()) > 3:
            return True
    return False


@lru_cache(maxsize=1)
def _comment_prompt() -> patterns.BoundedPattern:
    """NL101's pattern (``boilerplate.toml``): the comment prompts it reports are not
    reported again as NL116."""
    from pathlib import Path

    from newslint.packs import load_pack

    return next(rule for rule in load_pack(Path(__file__).with_name("boilerplate.toml")) if rule.code == "NL101").pattern


def _accept_cta(text: str) -> bool:
    """Whether a line that matches a call to action's label is not prose reporting it:
    "Subscribe for $2 a month, the paper asks readers". (Not asked of read-more links:
    "READ MORE: Minister says ..." quotes another story's headline.)"""
    return _MARKUP.search(text) is None and _REPORTED.search(text) is None and _ATTRIBUTED.search(text) is None


def _accept_label(code: str, text: str, document: Document) -> bool:
    """Whether a line (``text``) that matches ``code``'s label pattern is reported."""
    if not _accept_label_text(code, text):
        return False
    if code == "NL119" and not is_english(document):
        # A reporter's address under the story is the custom of some languages' press.
        return False
    return True


@lru_cache(maxsize=4096)
def _accept_label_text(code: str, text: str) -> bool:
    """``_accept_label``'s tests of the line alone. (Cached: the answer depends on the
    line, and labels recur on every page of a site.)"""
    if _MARKUP.search(text):
        return False
    if code in _CTA_CODES and not _accept_cta(text):
        return False
    if code in _NOT_NL101 and _comment_prompt().search(text):
        return False  # NL101's ("Click to load comments")
    if code == "NL109" and _TERMINAL.search(text.strip()):
        return False
    return True


#: The codes whose labels NL101's pattern may also match: a line NL101 reports is theirs.
_NOT_NL101 = frozenset({"NL113", "NL116", "NL117"})


#: A clause that attributes what came before to someone: ", the paper asks readers".
_ATTRIBUTED = patterns.compile(
    r",\h+(?!(?:and|or|but|plus)\b)(?:[\p{L}'’.-]+\h+){1,4}(?:says|asks|asked|urges|tells|warns|warned|writes|adds|notes|claims|claimed|promises|promised"
    r"|insists|reports|reported|explains|suggests|suggested)\b",
    regex.IGNORECASE,
)

#: Where one segment of a prompt ends: a sentence's end, a colon, or a dash or bar
#: between spaces ("Want more? Sign up", "Never miss a story: get our alerts").
_SEGMENT_MARKS = ("? ", ". ", ": ", "! ", "… ", " - ", " – ", " — ", " | ", "?\t", ".\t")


@lru_cache(maxsize=1)
def _composed_words() -> frozenset[str]:
    """The first words a composed prompt may start with: a lead-in's, or a call to
    action's (``_composed`` asks the label table of the first segment's word)."""
    table = P.label_table()[0]
    return P.LEAD_WORDS | frozenset(word for word, codes in table.items() if _CTA_CODES.intersection(codes))


def _has_segments(text: str) -> bool:
    """Whether ``text`` may hold two segments (a cheap test before ``_SEGMENT_BREAK``)."""
    return any(mark in text for mark in _SEGMENT_MARKS)

_SEGMENT_BREAK = patterns.compile(r"(?<=[?!.…:])\h+|\h+[—–|-]\h+")
#: The codes of calls to action: a lead-in may stand before them.
_CTA_CODES = frozenset({"NL102", "NL103", "NL104", "NL105", "NL106", "NL111", "NL116", "NL117"})


@lru_cache(maxsize=4096)
def _composed(text: str) -> str | None:
    """The code of a line made of two to four segments, each a lead-in (a question or a
    promise to the reader: ``P.LEAD_IN``) or a call-to-action label, one at least being
    a label: "Want more stories like this? Join our mailing list". None otherwise.
    (Cached: the answer depends on the line alone, and prompts recur on every page.)"""
    text = text.replace("’", "'")  # (as ``P.label_codes`` reads a label)
    parts = [part for part in _SEGMENT_BREAK.split(text.strip()) if part]
    if not 2 <= len(parts) <= 4:
        return None
    table = P.label_table()[0]
    lead_in = P.lead_in()
    code = lead_code = None
    for part in parts:
        word = P.first_word(part)
        codes = [c for c in (P.label_codes(word, part) if word in table else ()) if c in _CTA_CODES and _accept_cta(part)]
        if codes:
            # A lead-in that is a label too ("Want more stories like this?") gives the
            # line its code only when no other label does: the button after it tells
            # what the prompt is for ("... Join our mailing list").
            if lead_in.fullmatch(part) is None:
                code = code or codes[0]
            else:
                lead_code = lead_code or codes[0]
        elif lead_in.fullmatch(part) is None:
            return None
    code = code or lead_code
    if code == "NL116" and _comment_prompt().search(text):
        return None  # NL101's
    return code


def _found(document: Document) -> Found:
    return document.memo("boilerplate.found", _classify)


def _has_chrome(document: Document) -> bool:
    """The gate of the family (and of NL133, which needs its findings): whether
    ``_classify`` finds anything. That is the whole work of the family, done once and
    kept; but the classifier only tries the lines ``_boilerplate_scan`` lists (a short
    line filed under its first word, a line within a notice's length holding one of its
    keywords, comment headers), and on a document of prose that list is empty after a
    few substring tests on the text. Exact, so sound."""
    return bool(_found(document))


class _ChromeLineRule(Rule):
    """Reports the lines ``_classify`` gave to this rule's code."""

    category = Category.BOILERPLATE
    gate = staticmethod(_has_chrome)
    fix_availability = FixAvailability.ALWAYS
    fix_message = "Delete the line"

    def check(self, document: Document) -> list[Diagnostic]:
        # A list, not a generator: the engine calls every rule of the family on each
        # document with chrome, and most have nothing to report there.
        taken = _found(document).get(self.code)
        if not taken:
            return []
        report, fix_message = self.report_lines, self.fix_message
        return [report(document, line, applicability=applicability, fix_message=fix_message) for line, applicability in taken]


class ShareButtons(_ChromeLineRule):
    """## What it does
    Finds lines that are a row of share buttons: "Share on Facebook", "Tweet",
    "Share this: Facebook Twitter Email", "Sharing is caring!", and a sharing verb with
    the story as its object: "Gift this article", "Send this story to a friend",
    "Copy link to article", "Click to share on X", "Post on Bluesky", and the share
    verbs of pages in other languages ("Compartilhar no Facebook", "Partager cet
    article", "Поделиться").

    ## Why is this bad?
    The labels belong to the page's sharing widget, not to the story. Scrapers keep
    them because the widget sits inside the article's container.

    ## Example
    ```text
    The council approved the budget on Monday.

    Share on Facebook

    The vote was close.
    ```

    ## Use instead
    ```text
    The council approved the budget on Monday.

    The vote was close.
    ```

    ## Fix safety
    Safe: the whole line must be share items (share verbs, network names, share counts)
    and separators, so deleting it removes no prose. A lone network name that is also an
    ordinary word ("Mail", "Line") is not reported.
    """

    code = "NL102"
    name = "share-buttons"
    summary = "Share-button labels left by the page's sharing widget"
    fix_message = "Delete the share buttons"


class SocialFollowPrompt(_ChromeLineRule):
    """## What it does
    Finds lines that ask the reader to follow or like the site (or its author) on a
    social network: "Follow us on Twitter and Facebook", "Like us on Facebook",
    "Subscribe to our YouTube channel", "... Follow her on Twitter @handle.", and the
    same call with another verb or a list of networks: "Join our Telegram channel for
    live updates", "Keep up with us on Threads", "Keep up with the Crier on Instagram",
    "Hang out with us on TikTok", "Join our broadcast channel", "Connect: Mastodon /
    Instagram"; any
    button verb whose object is the site's own account ("us"/"our" and a network at
    the end: "Hit follow on our TikTok", "Like our Facebook page for more"), and the
    site's own community ("Join our reader forums", "Join the Discord server"), and the
    same prompts on pages in other languages ("Siga-nos no Instagram", "Suivez-nous sur
    Twitter"); after a lead ("For more news, follow us on Threads", "You can also follow
    us on Bluesky"), a network and the site's handle ("Instagram: @theledger"), "Stay
    connected on social media".

    ## Why is this bad?
    It is a call to action from the page template, not part of the story.

    ## Example
    ```text
    The festival runs until Sunday.

    Follow us on Instagram @citydesk
    ```

    ## Use instead
    ```text
    The festival runs until Sunday.
    ```

    ## Fix safety
    Safe when the whole line is the prompt (or every sentence of it is page furniture);
    unsafe when the prompt ends a line that holds other text, such as an author's bio,
    since that text goes with it.
    """

    code = "NL103"
    name = "social-follow-prompt"
    summary = "Prompt to follow the site on a social network"
    fix_message = "Delete the follow prompt"


class NewsletterPrompt(_ChromeLineRule):
    """## What it does
    Finds newsletter and e-mail sign-up prompts: "Sign up for our daily newsletter",
    "Get the latest headlines delivered to your inbox", "Newsletter: sign up here",
    "Receive the headlines each day by email", the sign-up form's labels ("Please enter a
    valid email address", "By signing up, you agree ..."), a prompt after a question
    or promise to the reader ("Want more stories like this? Join our mailing list"), and
    any button verb whose object is the site's e-mail ("Join 50,000 readers who get our
    daily email", "The Weekly Wrap: sign up now", "Check your inbox to confirm your
    subscription"), and what the form says once it is sent ("An email with an activation
    link has been sent to your email address", "Please verify your email address").
    A digest's pitch that never names the newsletter is found by its shape: a verb of
    getting, the news it brings and how often ("Get the day's top stories and the fun
    stuff, every morning", "The week's best reads, delivered every Sunday", "Get Night
    Desk, our digest of the day's news", "Every day we send an email with the top
    stories"); so are the sign-up box's labels glued before its pitch ("Newsletter
    Privacy Policy Get top news in your inbox daily").

    ## Why is this bad?
    The prompt is a sign-up form's label, not part of the article.

    ## Example
    ```text
    Prices rose for the third month.

    Sign up to our free newsletter for the top stories every morning
    ```

    ## Use instead
    ```text
    Prices rose for the third month.
    ```

    ## Fix safety
    Safe when every sentence of the line is a call to action or a notice; unsafe when the
    line also holds a sentence with no such cue.
    """

    code = "NL104"
    name = "newsletter-prompt"
    summary = "Newsletter or e-mail sign-up prompt"
    fix_message = "Delete the sign-up prompt"


class SubscriptionPrompt(_ChromeLineRule):
    """## What it does
    Finds paywall, subscription, donation and account prompts: "Subscribe",
    "Subscribers only: unlock this story", "Subscribe now for unlimited access",
    "Sign In", "Already a subscriber? Log in", offers of access and prices ("Get unlimited
    digital access for $1", "Try 1 month for $1", "Get full access to the Ledger for
    99p", "Become a member of the Gazette from $4 a month", "Keep reading for $2", "Read
    without limits", "Join the Ledger today to keep reading"), and notices that the story is for
    subscribers ("Only subscribers can read this article", "The rest of this story is
    available to subscribers", "To continue reading this article, please subscribe"). A
    call to action that a
    sentence reports ("..., the paper asks readers") is not a prompt. On a page in
    another language, the paywall's and the log-in form's formulas ("Conteúdo
    exclusivo para assinantes", "Материал доступен только подписчикам", "Jetzt
    abonnieren und weiterlesen", "Accedi con Google", "로그인 후 이용하세요", "有料会員限定").
    The appeal for money in the site's voice is one too: "Please consider supporting our
    journalism", "If you value our reporting, please support us", "Readers like you make
    our reporting possible", "Your support keeps local news alive", "Make a one-time
    gift", "Donate to the Ledger"; and the log-in providers ("Sign in with Google").

    ## Why is this bad?
    The prompt is part of the paywall or the account menu, not of the story.

    ## Example
    ```text
    The museum reopens in May.

    Subscribe now for unlimited access
    ```

    ## Use instead
    ```text
    The museum reopens in May.
    ```

    ## Fix safety
    Safe when the whole line is the prompt; unsafe when it also holds a sentence with no
    call-to-action cue.
    """

    code = "NL105"
    name = "subscription-prompt"
    summary = "Paywall, subscription or log-in prompt"
    fix_message = "Delete the subscription prompt"


#: An ad slot's label glued between two sentences of a paragraph ("... on Monday.
#: ADVERTISEMENT The mayor said ..."): after a sentence's end, before the next sentence's
#: capital or the end of the line. Case matters: "Advertisement revenue fell" is prose.
_INLINE_AD_LABEL = patterns.compile(
    r"(?<=[.!?…][”\"’')\]]?)(?P<space>[ \t]?)"
    r"(?:ADVERTISEMENT|Advertisement|ADVERTISING|(?:Story|Article) continues below(?: (?:the|this))? advertisement"
    r"|Scroll to continue with content)"
    r"(?=[ \t]+[“\"‘']?\p{Lu}|[ \t\r]*$)",
    regex.MULTILINE,
)


def _inline_ad_labels(document: Document) -> list[tuple[int, int]]:
    """Spans of the ad labels glued inside lines of text (computed once), each with the
    space before it."""
    return document.memo("boilerplate.inline_ad_labels", _find_inline_ad_labels)


def _find_inline_ad_labels(document: Document) -> list[tuple[int, int]]:
    text = document.text
    # Every label holds one of ``_AD_LABEL_WORDS``: most texts are ruled out by two
    # substring tests on the text lowercased by the family's scan, or, where it takes
    # the exact path, by three on the text.
    lowered = S.lowered(document)
    if lowered is not None:
        if "advertis" not in lowered and "continue with" not in lowered:
            return []
    elif not any(map(text.__contains__, _AD_LABEL_WORDS)):
        return []
    # The pattern, whose look-behind comes first, is tried at every position: over a
    # whole text, some 0.1 ms. A label lies within one line and holds one of
    # ``_AD_LABEL_WORDS`` as it is written, so the pattern runs on those lines only.
    # (Its look-behind still sees the text before the line, and a line's end, where
    # the search stops, is where ``$`` matches in the whole text too.)
    finditer = _INLINE_AD_LABEL.finditer
    return [match.span() for start, end in _lines_holding(text, _AD_LABEL_WORDS) for match in finditer(text, start, end)]


#: Every label ``_INLINE_AD_LABEL`` finds holds one of these, in this case.
_AD_LABEL_WORDS = ("dvertisement", "ADVERTIS", "continue with")


def _lines_holding(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` (split at "\\n", the end before it) that
    holds one of ``needles`` (none holding a line break), in order."""
    starts = set()
    find, rfind = text.find, text.rfind
    for needle in needles:
        position = find(needle)
        while position != -1:
            starts.add(rfind("\n", 0, position) + 1)
            end = find("\n", position)
            if end == -1:
                break
            position = find(needle, end + 1)
    lines = []
    for start in sorted(starts):
        end = find("\n", start)
        lines.append((start, len(text) if end == -1 else end))
    return lines


def _may_hold_an_ad_label(document: Document) -> bool:
    """NL106's gate: a line of chrome found by the family, or an ad label inside a line."""
    return _has_chrome(document) or bool(_inline_ad_labels(document))


class AdvertisementLabel(_ChromeLineRule):
    """## What it does
    Finds lines that only label an advertising slot: "Advertisement", "ADVERTISEMENT",
    "Sponsored content", "Story continues below advertisement", "Scroll to continue with
    content", and the same label in other languages ("Anzeige", "Publicidade", "Реклама");
    the ad slot's controls ("Skip ad", "Why am I seeing this ad?") and its sponsor
    ("Brought to you by Northfield Motors", "Paid partner content", "Sponsored Links by
    Taboola", "Promoted links by Outbrain", "Paid promotion"). Also the English label glued between two sentences of a paragraph ("...
    on Monday. ADVERTISEMENT The mayor said ...").

    ## Why is this bad?
    The ad itself was dropped; its label stays behind in the middle of the story.

    ## Example
    ```text
    The plant will close next year.

    Advertisement

    Workers were told on Friday.
    ```

    ## Use instead
    ```text
    The plant will close next year.

    Workers were told on Friday.
    ```

    ## Fix safety
    Safe: the whole line must be the label; inside a line, the label goes with the space
    before it, and only between a sentence's end and the next sentence's capital.
    """

    code = "NL106"
    name = "advertisement-label"
    summary = "Advertisement label left where an ad slot was"
    fix_message = "Delete the advertisement label"
    gate = staticmethod(_may_hold_an_ad_label)

    def check(self, document: Document) -> list[Diagnostic]:
        found = super().check(document) if _has_chrome(document) else []
        for start, end in _inline_ad_labels(document):
            label = start + (document.text[start] in " \t")
            found.append(
                self.diagnostic(document, label, end, fix=Fix.safe(self.fix_message, Edit(start, end)))
            )
        return found


class AffiliateDisclosure(_ChromeLineRule):
    """## What it does
    Finds the site's affiliate-link disclosure: "We may earn a commission if you buy
    through links in this article", "... has affiliate partnerships ...", "If you buy
    something through this post, we may get a share of the sale".

    ## Why is this bad?
    It is a legal notice from the page template, repeated on every shopping story.

    ## Example
    ```text
    If you click a link and buy something, we may earn a small commission.

    The headphones cost $99.
    ```

    ## Use instead
    ```text
    The headphones cost $99.
    ```

    ## Fix safety
    Safe when every sentence of the line is a notice; unsafe otherwise. Lines that report
    speech ("said", "according to") are not reported.
    """

    code = "NL107"
    name = "affiliate-disclosure"
    summary = "Affiliate-link disclosure from the page template"
    fix_message = "Delete the disclosure"


class ReadMoreLink(_ChromeLineRule):
    """## What it does
    Finds links to other stories: a label such as "Read more", "READ MORE:", "Related:",
    "See also:", "Also on site.com", "Up next:", "Also read →", "Now read:", "In pictures:"
    followed by another story's headline, the author box ("About the author", "More by
    <name>", "View author profile"), or the label alone ("Read more", "View full article", an
    aggregator's "Source link", "Full story", "Read on"); a dash or ">>" may stand for the
    separator when a headline's capital follows it ("SEE ALSO — Ferry timetable cut",
    "Read also - ..."); and the same label on pages in other languages ("Leia também:",
    "Lesen Sie auch:", "Читайте также:", "À lire aussi :"). (After the less certain labels -- "Next:",
    "See:", "Trending:" -- the headline must start with a capital or a digit: "Next: the
    playoffs" is a sentence.)

    ## Why is this bad?
    The line points to a different article; left in the text it reads as a stray
    headline in the middle of the story.

    ## Example
    ```text
    The strike entered its third week.

    READ MORE: Union leaders meet ministers

    Talks resume on Monday.
    ```

    ## Use instead
    ```text
    The strike entered its third week.

    Talks resume on Monday.
    ```

    ## Fix safety
    Safe: the line must start with the label and its separator, so everything on it is
    the link.
    """

    code = "NL108"
    name = "read-more-link"
    summary = "Link to another story (read more / related)"
    fix_message = "Delete the link"


class RelatedHeading(_ChromeLineRule):
    """## What it does
    Finds headings of lists of other stories: "Related Stories", "More from Sports",
    "Most Popular", "You may also like", "Trending", "関連記事", "Leia também",
    "Stories you may have missed", "What others are reading", "Top stories today",
    "Trending in Business", "Latest from The Ledger", "Around the region", "Articles you
    might also enjoy", "Suggested for you", "More stories like this", "Elsewhere on The
    Ledger", "Related headlines", "Mais de
    Esportes", "Mehr aus Sport"; and, after the story, a label in other words that three
    headlines or more follow, when each of its words is a word of such labels or a name
    ("Sport headlines", "Hot topics", "Before you go"), or, in another language, when it
    has at most three words and one is a word of such labels ("Notícias em destaque",
    "Beliebte Artikel", "오늘의 뉴스"): that one is known by the box under it, and its
    deletion is unsafe.

    ## Why is this bad?
    The heading belongs to a recommendation box, not to the story.

    ## Example
    ```text
    The bridge reopens in spring.

    Related Stories
    ```

    ## Use instead
    ```text
    The bridge reopens in spring.
    ```

    ## Fix safety
    Safe: the whole line must be the heading, with no sentence punctuation at its end.
    Unsafe for a label in other words, known by the headlines under it and its place
    (after the story, with no paragraph of prose after the box).
    """

    code = "NL109"
    name = "related-heading"
    summary = "Heading of a list of other stories"
    fix_message = "Delete the heading"


class RelatedHeadlines(_ChromeLineRule):
    """## What it does
    Finds the other stories' headlines listed under a related-stories heading (the
    heading itself is NL109): the run of short lines without a final period that follows
    "Related Stories", "More from Sports", "Most Popular" and the like, up to the first
    line that reads as prose. A headline in a script without capitals counts (Japanese,
    Korean), and so does a card's kicker or byline line between two headlines ("Sport",
    "By Jane Morrow").

    ## Why is this bad?
    The headlines belong to a recommendation box. Left in, they read as a string of
    unrelated sentences before or after the story.

    ## Example
    ```text
    Related Stories

    Storm closes mountain pass

    Council votes to raise parking fees

    The bridge reopens in spring after two years of repairs.
    ```

    ## Use instead
    ```text
    The bridge reopens in spring after two years of repairs.
    ```

    ## Fix safety
    Unsafe: a short line without a final period after such a heading is almost always
    another story's headline, but it could be a sub-heading of the article itself.
    """

    code = "NL110"
    name = "related-headlines"
    summary = "Headline of another story, listed under a related-stories heading"
    fix_message = "Delete the headline"


class NavigationMenu(_ChromeLineRule):
    """## What it does
    Finds the site's menu: a run of at least four short label lines ("Sports",
    "Business", "Real Estate", "Contact Us") of which at least half are section names or
    other page furniture.

    ## Why is this bad?
    The menu is navigation, not text; some extractors keep it as a column of one-word
    lines before or after the story.

    ## Example
    ```text
    News

    Sports

    Business

    Real Estate

    The city council met on Monday.
    ```

    ## Use instead
    ```text
    The city council met on Monday.
    ```

    ## Fix safety
    Safe for the lines that are section names; unsafe for the other items of the run
    (a site's own labels such as "Contact the Courier"), which are known to be menu items
    only by their neighbours.
    """

    code = "NL115"
    name = "navigation-menu"
    summary = "Item of the site's navigation menu"
    fix_message = "Delete the menu item"


class ReaderComments(_ChromeLineRule):
    """## What it does
    Finds a thread of readers' comments kept under (or instead of) the story: the run of
    lines from the first to the last of at least three comment headers ("username
    says:", "Rating: 12 Votes").

    ## Why is this bad?
    The comments are other people's text, not the article's; kept in, they read as
    unattributed opinions.

    ## Example
    ```text
    The coach was fired on Monday.

    fan1987 says:

    About time.

    gridironguy says:

    He deserved another season.

    north_end says:

    Agreed.
    ```

    ## Use instead
    ```text
    The coach was fired on Monday.
    ```

    ## Fix safety
    Safe for the header lines; unsafe for the comments' text, which only its place between
    headers tells from the article's.
    """

    code = "NL118"
    name = "reader-comments"
    summary = "Reader comment kept from the page's comment thread"
    fix_message = "Delete the comment line"


class ContactLine(_ChromeLineRule):
    """## What it does
    Finds a line that is only an e-mail address or a social-media profile (with at most
    a name before it): "jane.doe@example.com", "twitter.com/janedoe", "Jane Doe @janedoe".

    ## Why is this bad?
    It is the author's contact box from the page template, not text of the story.

    ## Example
    ```text
    The museum reopens in May.

    jane.doe@example.com
    ```

    ## Use instead
    ```text
    The museum reopens in May.
    ```

    ## Fix safety
    Safe: the whole line is the address. Only English documents are checked; in the
    press of some languages the reporter's address closes the article by custom.
    """

    code = "NL119"
    name = "contact-line"
    summary = "Author's e-mail address or social profile alone on a line"
    fix_message = "Delete the contact line"


class CookieNotice(_ChromeLineRule):
    """## What it does
    Finds cookie banners and privacy notices: "We use cookies to improve your
    experience", "Accept Cookies", "By continuing to browse you agree ...", the banner's
    buttons and links ("Reject all", "Accept and close", "Manage cookie preferences"),
    and its other sentences ("We and our partners use cookies ...", "You can change your
    cookie settings at any time.", "We use essential cookies to ...", "By clicking any
    link on this page you are giving your consent ... cookies", "Continue without
    accepting"), also behind a bullet or an emoji; on a page in
    another language, the site saying it uses cookies ("Este site usa cookies",
    "Мы используем файлы cookie", "Diese Website verwendet Cookies") and the buttons
    ("Alle Cookies akzeptieren", "Accetta tutti i cookie").

    ## Why is this bad?
    The consent banner is page chrome; it says nothing about the story.

    ## Example
    ```text
    Rain is expected on Sunday.

    This website uses cookies to ensure you get the best experience.
    ```

    ## Use instead
    ```text
    Rain is expected on Sunday.
    ```

    ## Fix safety
    Safe when every sentence of the line is a notice; unsafe when the line also holds
    another sentence. Lines in quotation marks or with reported speech are not reported.
    """

    code = "NL111"
    name = "cookie-notice"
    summary = "Cookie or privacy notice from the page template"
    fix_message = "Delete the notice"


class CopyrightNotice(_ChromeLineRule):
    """## What it does
    Finds the site's copyright and terms footer: "© 2019 Example Media. All rights
    reserved.", "This material may not be published, broadcast, rewritten or
    redistributed.", "Use of this site constitutes acceptance of our Terms",
    "(c) 2022 Example Herald", "© Example Ledger 2024", "Reproduction without
    permission is prohibited.", the formula on a page in another language ("Todos os direitos
    reservados", "Все права защищены", "Alle Rechte vorbehalten"), and the template's other fine print in the site's voice:
    delayed market data and its supplier ("Quotes delayed at least 15 minutes",
    "Market data provided by ..."), the outlet's standards ("Our Standards: ..."), and
    disclaimers that the page only informs ("This article is for informational purposes
    only", "... not intended to be a substitute for professional medical advice"), and a
    blog feed's footer ("The post <title> appeared first on <site>."). Without a year,
    the sign opening the line before the outlet and what the outlet is ("© The Daily
    Courier, a Northern Media newspaper", "© Lakeshore Herald Ltd"), or the word
    before a company's name ("Copyright Pinecrest Gazette Publishing Co."); the sign
    and a name alone ("© Reuters") is a photo's credit, left to the credit family.
    A press release's standing paragraph about its issuer ("Acme is a global provider of
    ... Acme is headquartered in ...": the company named, what it is, then named again
    with its seat, staff or founding) is reported where a release puts it, under an
    "About <name>" heading or among the text's last lines, and its deletion is unsafe
    (a story's background paragraph can read the same).

    ## Why is this bad?
    The footer belongs to the page, not to the story.

    ## Example
    ```text
    The match ended in a draw.

    © 2024 Example Media Ltd. All rights reserved.
    ```

    ## Use instead
    ```text
    The match ended in a draw.
    ```

    ## Fix safety
    Safe when every sentence of the line is a notice; unsafe otherwise. A photo credit
    such as "© Agency" (no year, no rights clause) is left to the credit rules.
    """

    code = "NL112"
    name = "copyright-notice"
    summary = "Copyright or terms footer from the page template"
    fix_message = "Delete the footer"


class PageNavigation(_ChromeLineRule):
    """## What it does
    Finds navigation and player controls: "Skip to content", "Back to top",
    "Previous post", "Image 1 of 9", "1 / 23", "Enlarge image", "Loading...", "Home",
    "Listen to this story", "Increase text size", "Toggle menu", "Close this window", "5 min read", the
    page's time stamps alone on a line ("Updated 5 minutes ago", "Published: 18 Nov 2019
    9:38 pm", "2019-11-19T12:48:14Z"; an editor's note with words is prose), the
    player's and the live blog's buttons ("Press play to listen", "Unmute", "Now
    playing", "3 new updates", "Jump to latest", "Swipe for more photos"), a
    breadcrumb ("You are here: Home > News"), a gallery's button ("Open gallery (8
    photos)"), the player pointing at itself ("Watch the video above"), a live blog's
    controls ("Follow live updates", "Show key events only"), and what
    a player or a widget shows in place of what it could not load ("Your browser does
    not support the video tag", "To view this video please enable JavaScript ...",
    "Sorry, this video isn't available any more", "Something went wrong. Please try
    again later."), and the newsroom's request for corrections ("Spotted a mistake? Let
    us know", "Report an error", "Request a correction", "Did we get something wrong?"),
    the reading time in other words ("4 min. read", "Read in 3 minutes", "Temps de
    lecture : 4 min"), the audio player's own words ("Press play to listen to this
    article", "Voiced by artificial intelligence", "Ouça este artigo"), the printer's
    and the favourites' buttons ("Printer-friendly version", "Add to favourites"), a
    note on the page's links ("These are external links and will open in a new
    window"), "Follow this topic", "Scroll down for more", the error report of other
    languages ("Signaler une erreur", "Fehler melden"), and the page's buttons glued on one line by the
    extractor without separators ("Comments Share Save", "Subscribe Log in Register",
    "About Us Contact Advertise Careers": two at least, every one of a closed class).

    ## Why is this bad?
    The labels are links and buttons of the page, not text of the story; a fallback
    message stands for a player or a widget the scraper could not run.

    ## Example
    ```text
    Skip to content

    The mayor resigned on Tuesday.
    ```

    ## Use instead
    ```text
    The mayor resigned on Tuesday.
    ```

    ## Fix safety
    Safe: the whole line must be the control's label.
    """

    code = "NL113"
    name = "page-navigation"
    summary = "Navigation or media-player control label"
    fix_message = "Delete the navigation label"


class TagList(_ChromeLineRule):
    """## What it does
    Finds the list of tags or topics filed under the story: "Tags: budget, council",
    "Filed under: Politics |", "Topics", "Categorized in: Opinion", and the same label
    on pages in other languages ("Themen: Politik, Wirtschaft", "Temas: ...").

    ## Why is this bad?
    The tags are links of the page's taxonomy, not part of the story.

    ## Example
    ```text
    The ferry resumes service in June.

    Tags: ferries, transport
    ```

    ## Use instead
    ```text
    The ferry resumes service in June.
    ```

    ## Fix safety
    Safe: the line must start with the tag label and its colon (or be the label alone).
    """

    code = "NL114"
    name = "tag-list"
    summary = "List of tags or topics of the page"
    fix_message = "Delete the tag list"


class CommentPolicy(_ChromeLineRule):
    """## What it does
    Finds the comment section's notices: "Your comment will be reviewed by the
    moderator", "As you comment, please be respectful", "Community guidelines",
    "Comments are closed for this story", "Log in to comment"; and its calls to comment
    in other words than the few that NL101 lists: "Have your say", "Sound off in the
    comments below", "Share your views in the comments", "What's your view? Comment
    below", "View 4 replies", and any button verb with the comment box as its object at
    the line's end ("Leave your thoughts in the comments", "Scroll down to comment",
    "Weigh in on this story", "Leave your thoughts below", "Add your voice to the debate
    below", "Chat with us in the comments"), the list's heading with its count
    ("Readers' comments (12)"; after a prompt: "Join the discussion: 17 comments"), and
    who may comment ("You need to be a subscriber to comment"), a blog's heading over its
    comments with the story's title ("One thought on “<title>”"), its form's log-in
    line ("Please log in using one of these methods to post your comment:"), "Comment
    policy". (They are found here, from the line's first word, so that
    text without them costs nothing; NL101 is one pattern tried on every short line.)
    A notice that ends with a colon ("A user comment will be deleted if it:") takes the
    rules listed under it, each a clause in lower case ("contains insults, threats to
    other users;"), as far as the list goes (their deletion is unsafe).

    ## Why is this bad?
    The notice belongs to the comment form under the story, not to the story.

    ## Example
    ```text
    The trial opens in March.

    Comments are moderated and will appear after approval.
    ```

    ## Use instead
    ```text
    The trial opens in March.
    ```

    ## Fix safety
    Safe when every sentence of the line is a notice; unsafe otherwise.
    """

    code = "NL116"
    name = "comment-policy"
    summary = "Notice of the comment section"
    fix_message = "Delete the notice"


class ClickPrompt(_ChromeLineRule):
    """## What it does
    Finds generic calls to action that point at the page: "Click here for more
    information", "Get the news app by clicking here", "Download our app", "Read this
    story in our app", "Available on the App Store and Google Play", "Turn on breaking
    news notifications", and the newsroom's call for tips ("Have a news tip? Email us at
    ...", "Send us your story ideas", "Contact the newsroom"), any button verb with the
    newsroom as its object ("Email the reporter", "Send your pictures to our team",
    "Tip off our reporters"), a bare button ("Learn more", "Find out more", "Click here
    to join"), "Tap to expand", "Download the podcast", the page's feedback widget
    ("Was this article helpful? Yes No", "Rate this story"), and its question about its
    own stories left without the button it led to ("Want more stories like this?",
    "Enjoyed this article?"), and the paper's standing invitation to write to it ("We'd
    like to hear what you think about this or any of our articles", "Submit a letter to
    the editor", "Letters to the editor can be sent to ...", an address of one of the
    newsroom's mailboxes: "Got a tip? Email tips@..."). Also the browser's
    notification prompt ("Enable browser notifications for breaking news", "Would you
    like to receive notifications?", "Get notified when we publish"), the app's pitch
    ("Scan to download our app", "Read it first in our app", "Baixe o nosso
    aplicativo"), the podcast's ("Subscribe wherever you get your podcasts"), and the
    outlet's own events ("Register now for our free webinar", "Join us live on Thursday
    for a Q&A", "Book your tickets now", "Early bird tickets on sale now").

    ## Why is this bad?
    The sentence is addressed to a reader of the web page; the link it points at is gone.

    ## Example
    ```text
    Tickets go on sale on Friday.

    Click here for more information.
    ```

    ## Use instead
    ```text
    Tickets go on sale on Friday.
    ```

    ## Fix safety
    Safe when every sentence of the line is a call to action or notice; unsafe otherwise.
    """

    code = "NL117"
    name = "click-prompt"
    summary = "Call to action pointing at the web page"
    fix_message = "Delete the call to action"


RULES = [
    ShareButtons,
    SocialFollowPrompt,
    NewsletterPrompt,
    SubscriptionPrompt,
    AdvertisementLabel,
    AffiliateDisclosure,
    ReadMoreLink,
    RelatedHeading,
    RelatedHeadlines,
    NavigationMenu,
    ReaderComments,
    ContactLine,
    CookieNotice,
    CopyrightNotice,
    PageNavigation,
    TagList,
    CommentPolicy,
    ClickPrompt,
]
