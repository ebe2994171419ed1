"""Patterns of the boilerplate family (NL1xx): how page chrome is worded.

Chrome comes in two shapes, and ``boilerplate.py`` looks for each in its own way:

* **labels** -- a line that is nothing but a button, heading or link label ("Share on
  Facebook", "Related Stories", "Advertisement", "Skip to content"). One fast regex
  (``SHORT_LINE``) finds the short lines and their first word; a line is then tried only
  against the few patterns filed under that word (``LABELS``, ``label_table``), or looked
  up whole in the closed-class tables (``exact_labels``: advertisement labels and
  related-story headings in several languages; section and network names). So a hundred
  patterns cost one dictionary look-up per short line.
* **notices** -- a line of a few sentences that is a call to action or a site notice
  ("Sign up for our newsletter to get ... in your inbox", "This website uses cookies
  ..."). They are patterns in ``boilerplate.py``, tried only on lines that hold one of
  their keywords.

Patterns are written with a single space where any run of spaces or tabs may stand
(``spaced`` turns it into ``\\h+``, and ``" ?"`` into ``\\h*``, so that no pattern
crosses a line break), with ``<NET>`` (one social network), ``<NETS>`` (a list of them),
``<ITEM>`` (one share button) and ``<HANDLE>`` (an @handle) as placeholders. Closed
classes live in ``boilerplate_*.txt`` next to this module.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from newslint import patterns

from ._text import data_lines


#: A run of spaces or tabs (never a line break).
SP = r"\h+"
#: What may surround a label on its line: spacing, bullets, brackets, arrows, quotes.
DECOR = r"[^\p{L}\p{N}\n]*"
#: Longest line, in characters, that can be a label.
MAX_LABEL = 160


def read_list(name: str) -> list[tuple[str, bool]]:
    """``(entry, marked)`` from a data file: one entry a line, ``#`` comments, and an
    optional trailing `` *`` that marks an entry (its meaning is the file's)."""
    entries = []
    for line in data_lines(name):
        marked = line.endswith(" *")
        entries.append((line[:-2].strip() if marked else line, marked))
    return entries


def alternation(phrases) -> str:
    """Literal phrases as one group, longest first; inner spaces match any spacing.
    Ties are in alphabetical order, so that the pattern is the same text in every
    process (compiled patterns are cached by their text)."""
    escaped = sorted({SP.join(regex.escape(w) for w in p.split()) for p in phrases}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(escaped) + ")"


@lru_cache(maxsize=1)
def networks() -> str:
    """Every network name as one alternation."""
    return alternation(name for name, _ in read_list("boilerplate_social_networks.txt"))


def spaced(pattern: str) -> str:
    """``pattern`` with each space outside a character class standing for a run of
    spaces (``" ?"``: an optional run), never for a line break."""
    out = []
    in_class = escaped = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                out.append("[^")
                i += 2
                if pattern[i : i + 1] == "]":
                    out.append("]")
                    i += 1
                continue
        elif char == " ":
            if pattern[i + 1 : i + 2] == "?":
                out.append(r"\h*")
                i += 2
                continue
            out.append(SP)
            i += 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level (outside every group and
    character class): ``"a|(b|c)|[|]"`` -> ``["a", "(b|c)", "[|]"]``. Joined by "|",
    they give the pattern back. (For patterns without inline global flags.)"""
    alternatives, start, depth = [], 0, 0
    in_class = escaped = False
    class_start = -1
    for at, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            # A "]" first in a class ("[]x]", "[^]x]") is one of its characters.
            if char == "]" and at > class_start + 1 and pattern[class_start + 1 : at] != "^":
                in_class = False
        elif char == "[":
            in_class, class_start = True, at
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:at])
            start = at + 1
    alternatives.append(pattern[start:])
    return alternatives


class Alternatives:
    """A pattern whose ``search`` tries its top-level alternatives one at a time and
    returns what the whole pattern's ``search`` would: the match that starts first, and
    of those starting there the first alternative's (each alternative's match is the
    one the whole pattern finds when it takes that branch at that place).

    The ``regex`` module tries a top-level alternation at every position of the text,
    each branch in turn, without the shortcuts it takes for one branch alone (a branch
    anchored at "^" is tried only there; one that opens with a literal or a class is
    looked for): on the lines the scan gives the notices, the subscription notice's
    alternatives one by one cost a third of its alternation, the cookie notice's a
    quarter, the others' about the same."""

    __slots__ = ("source", "alternatives")

    def __init__(self, source: str, flags: int) -> None:
        self.source = source
        self.alternatives = tuple(patterns.compile(branch, flags) for branch in top_level_alternatives(source))

    def search(self, text: str):
        found = None
        for alternative in self.alternatives:
            match = alternative.search(text)
            if match is not None and (found is None or match.start() < found.start()):
                found = match
                if not match.start():
                    break  # no later branch starts sooner, and a tie goes to this one
        return found


_HANDLE = r"\(?@[\w.]+\)?"


def _p(pattern: str) -> str:
    """Spacing applied, and the placeholders turned into calls of the named sub-patterns
    (``_callees``)."""
    return (
        spaced(pattern)
        .replace("<NETS>", "(?&nets)")
        .replace("<NET>", "(?&net)")
        .replace("<ITEM>", "(?&item)")
        .replace("<HANDLE>", _HANDLE)
    )


@lru_cache(maxsize=1)
def _callees() -> tuple[tuple[str, str], ...]:
    """The named sub-patterns that label patterns call (``_p`` turns the placeholders into
    ``(?&net)``, ``(?&neth)``, ``(?&nets)``, ``(?&item)``), each as the group that stands
    in for the call, in the compiled pattern (``_group_pattern``).

    They were once ``(?(DEFINE) ...)`` groups, called by name, which compile faster (the
    long list of networks once per pattern); but ``regex`` runs a called group several
    times slower than the same group written in place: on the short lines that open with
    a share word or a network's name, mostly prose ("Shares in the group rose ..."), the
    share buttons' pattern took some 60 µs a line, a tenth of that with the groups in
    place. Compiling the two patterns that call them costs some 35 ms more, once: the
    compiled programs are kept on disk (``newslint.program_cache``). (A call in ``regex``
    backtracks like the group in place: the same lines match.)"""
    net = f"(?:{networks()})"
    neth = rf"(?:{net}(?:{SP}{_HANDLE})?)"
    nets = rf"(?:{neth}(?:(?:{DECOR}(?:and|or|&){SP}|[^\p{{L}}\p{{N}}\n]+){neth})*)"
    item = "(?:" + spaced(_SHARE_ITEM).replace("<NET>", net) + ")"
    return (("(?&nets)", nets), ("(?&neth)", neth), ("(?&net)", net), ("(?&item)", item))


# -- labels: a whole line ----------------------------------------------------------------
# Each entry: (rule code, first words, pattern). The pattern must match the whole line
# apart from DECOR at both ends. "First words" are the lowercase words a matching line
# can start with: the scan reads each short line's first word and tries only the entries
# filed under it. "#" files an entry under lines that start with a digit, "<NET>" under
# every network's first word; "=word" files it under lines that merely contain "word"
# (for labels whose first word can be anything, such as "The Daily Brief Newsletter").

_SHARE_ITEM = (
    r"(?:share|sharing)(?: (?:this|the|article|story|news|post|entry|page|link|url|video|gallery|photo|image"
    r"|on|to|via|with|by|it|with a friend|permalink|panel|buttons?))*"
    r"|tweet(?: (?:this|it))?(?: (?:article|story|post))?|retweet|e-?mail(?: this)?(?: (?:article|story|page|link))?"
    r"|print(?: this)?(?: (?:article|story|page))?|pin(?: (?:it|this(?: (?:image|photo|picture|story|article))?))?|copy(?: the)? (?:link|url)"
    r"|get short url|short url|permalink|like this(?: (?:article|story|post))?|like loading|sharing is caring"
    r"|save (?:for later|article|story|this (?:article|story))"
    r"|addthis sharing buttons(?: more)?|(?:open|close) share panel|share all sharing options(?: for:[^\n]*)?"
    r"|\d[\d.,]*[km]? shares?|shares?(?: ?\(\d[\d.,]*[km]?\)| \d[\d.,]*[km]?)|shares|<NET>|social(?: media| networks?)"
    # The widget's button for the other networks, after the first item ("... Share to
    # Email Email Share to More More"): no line starts with it (``_SHARE_FIRST``).
    r"|more(?: options)?"
)
_SHARE_FIRST = "share sharing tweet retweet email e mail print pin copy get short permalink like addthis open close save shares # <NET>"

_LEGAL_LINKS = (
    r"privacy (?:policy|notice|statement|settings)|privacy (?:&|and) cookies?(?: policy)?|terms (?:of (?:use|service)|(?:and|&) conditions)|cookie (?:policy|settings|preferences)"
    r"|user agreement|ad ?choices|do not sell my (?:personal )?info(?:rmation)?|community (?:rules|guidelines|standards)"
)
_FOOTER_LINKS = r"contact us|about us|advertise(?: with us)?|careers|site ?map|help|faq|accessibility|corrections|rss|newsletters|subscribe"
_LEGAL_FIRST = "privacy terms cookie user ad adchoices do community"
_FOOTER_FIRST = "contact about advertise careers site sitemap help faq accessibility corrections rss newsletters subscribe"

#: Top-level domains that end a site name written as a label ("On Chron.com: ...").
_DOMAIN = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|co|uk|in|de|ru|io|tv|news|au|ca|it|br|jp|kr|id)"

#: What a newsletter brings (the last word of its object) and how often (``<NEWS>``,
#: ``<CADENCE>`` in the patterns below).
_NEWS = (r"(?:stories|headlines|news|reads|briefing|digest|round-?up|roundup|updates|alerts|picks|highlights|analysis|journalism"
         r")")
_CADENCE = (
    r"(?:(?:every|each) (?:single )?(?:morning|evening|night|day|weekday|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:morning|evening|night))?|daily|weekly|nightly|(?:five|six|seven|[5-7]) days a week|(?:in your inbox )?by \d{1,2} ?(?:am|a\.m\.))"
)

#: The page's buttons, as the extractor glues them on one line (``<BUTTON>``), and their
#: first words.
_BUTTON = (
    r"(?:subscribe|(?:log|sign) ?(?:in|out)|sign ?up|register|create (?:an |your )?account|my account|comments?|share(?: (?:this|article|story))?"
    r"|save(?: (?:article|story|for later))?|listen(?: to (?:this )?(?:article|story))?|print|e-?mail|read more|related (?:stories|articles|content)"
    r"|advertisement|skip (?:advert|ad|advertisement)|about us|contact(?: us)?|advertise(?: with us)?|careers|newsletters?|privacy(?: policy| notice)?"
    r"|terms(?: of (?:use|service)| (?:and|&) conditions)?|cookie (?:policy|settings)|menu|search|gift (?:article|this article)|copy link|reply|report)"
)
_BUTTON_FIRST = (
    "subscribe log login logout sign signin signup register create my comment comments share save listen print email e read related "
    "advertisement skip about contact advertise careers newsletter newsletters privacy terms cookie menu search gift copy reply report"
)

#: The verbs a page's buttons and prompts open with (the first words the object-driven
#: calls to action below are filed under).
_CTA_VERBS = (
    "follow like join find connect add hit tap click subscribe sign get receive start check leave tell let share post "
    "write drop see view read open load show sort weigh log be stay keep catch watch listen send submit email e contact "
    "message call reach report give gift pin save swipe press play pause mute unmute replay autoplay stop jump learn "
    "discover expand enlarge zoom scroll tip talk chat hang tune"
)

#: After "Also" or "Previously", a long sentence that ends with a full stop: a briefing's
#: paragraph ("Also: The mayor will give evidence to the committee next week.",
#: "Previously: The council had rejected two earlier plans ..."), not a link: another
#: story's headline ends in no full stop.
_BRIEFING_SENTENCE = r"(?! ?[:：] ?(?-i:\p{Lu})[^\n]{40,}[.!][\"'”’)]*\h*$)"
_READ_MORE_LABEL = (
    r"(?:(?:now )?read(?: (?:more|also|next|this|on|this next))?|also read|more(?: (?:news|stories|headlines|coverage))?|see (?:more|also)|also(?: see)?"
    + _BRIEFING_SENTENCE
    + r"|related(?: [^\s:]+){0,2}"
    r"|watch(?: (?:more|live|now))?|listen(?: to this)?|recommended(?: reading| for you)?|don'?t miss|must read|previously"
    + _BRIEFING_SENTENCE
    + r"|further reading"
    r"|icymi|in case you missed it|editor'?s picks?|top story|more on this(?: story| topic)?|more (?:from|on|in) [^\s:]+(?: [^\s:]+){0,2}"
    r"|video|photos|gallery|podcast|audio|(?:in )?pictures|related links?|read the (?:full )?story"
    r"|on <DOMAIN>|also on <DOMAIN>)"
)
#: The labels of ``_READ_MORE_LABEL`` that a dash may follow before the other story's
#: headline ("SEE ALSO — Council approves ...", "Read also - ..."): not those that open a
#: sentence of prose with a dash ("More — much more — ...", "Video - shot on ..."). And
#: "check out", before any separator, only with a headline's capital after it (not
#: documentation's "Check out |option-name| for ...").
_READ_MORE_DASHED = (
    r"(?:(?:now )?read(?: (?:more|also|next|this))?|also(?: read| see)?|see (?:more|also)|related(?: (?:story|stories|articles?|links?|coverage|reading))?"
    r"|recommended(?: reading)?|don'?t miss|must[- ]read|previously|further reading|icymi|in case you missed it|editor'?s picks?"
    r"|more on this(?: story| topic)?|read the (?:full )?story|watch|listen)"
)

LABELS: list[tuple[str, str, str]] = [
    # -- NL102 share buttons: a row of share items ("Share on Facebook", "Share this:
    # Facebook Twitter Email", "Tweet"); a lone ambiguous network name is refused in code.
    ("NL102", _SHARE_FIRST, r"<ITEM>(?:[^\p{L}\p{N}\n]+<ITEM>)*"),
    ("NL102", "like liked enjoy enjoyed love loved share",
     r"(?:(?:liked?|enjoy(?:ed)?|loved?) this (?:story|article|post|video)\? ?)?share (?:it|this(?: (?:story|article|post|news))?) with (?:a friend|your friends|friends|others)[^\n]{0,30}"),
    # -- NL103 follow / like prompts aimed at the site's social accounts.
    ("NL103", "follow like find join friend add connect subscribe watch check",
     r"(?:follow|like|find|join|friend|add|connect with|subscribe to|watch|check) us(?: (?:on|at|via|in))?(?: <NETS>| social (?:media|networks?))?(?: <HANDLE>)?"
     r"(?: for (?:more|the latest|breaking|updates|news|live)[^\n]{0,30})?"),
    ("NL103", "follow like find connect subscribe join keep stay",
     r"(?:follow|like|find|connect with|subscribe to|join|keep up with|stay (?:connected|in touch|up to date) with) (?:[^\s:]+ ){0,6}?(?:on|at|via|in) (?:the )?<NETS>(?: <HANDLE>)?"),
    # A network's name, a colon and the site's handle: "Instagram: @harbourledger".
    ("NL103", "<NET>", r"<NET> ?[:：] ?<HANDLE>(?: ?[|·•,/] ?<NET> ?[:：] ?<HANDLE>)*"),
    ("NL103", "stay let's let’s lets", r"(?:stay (?:connected|in touch)|let'?s connect) (?:with us )?(?:on|via) (?:social media|social networks|<NETS>)"),
    ("NL103", "follow", r"follow (?:us|(?:the )?(?-i:\p{Lu})[\w'’.&-]*(?: (?-i:\p{Lu})[\w'’.&-]*){0,3})(?: on)? ?[:：] ?<NETS>"),
    ("NL103", "follow subscribe like join",
     r"(?:follow|subscribe to|like|join) (?:our|the|my|[^\s:]+) (?:[^\s:]+ ){0,2}?<NET> (?:channel|page|account|feed|profile|group)"),
    # The site's own community: "Join our reader forums to keep talking about the news".
    ("NL103", "join",
     r"join (?:our (?:[^\s:]+ ){0,3}?(?:community(?: of (?:readers|subscribers|members|supporters|listeners))?|forums?|discussion groups?|channel|broadcast channel)|(?:our|the) (?:[^\s:]+ ){0,2}?(?:forums?|discord(?: server)?|subreddit"
     r"|(?:whatsapp|telegram|signal) (?:group|channel|community)))(?: (?:to|and|for|on|today|now|here)[^\n]{0,100}|[.!])?"),
    ("NL103", "follow",
     r"follow (?:[^\s:]+ ){0,4}?on|follow <HANDLE>(?: on <NETS>)?"
     r"(?: for (?:more|the latest|breaking news|updates|news|live updates)[^\n]{0,30})?"),
    # -- NL104 newsletter and e-mail sign-up labels.
    ("NL104", "=newsletter",
     r"(?:[^\s:]+ ){0,3}newsletters?(?: ?:)?(?: (?:sign[ -]?up|signup|subscribe)(?: here| now)?)?"
     r"|(?:our|the|a) (?:free )?(?:[^\s:]+ ){0,2}newsletter,? (?:delivered|sent|out|published) [^\n]{1,30}"
     # The sign-up form's instruction: "Please fill in the form to subscribe to our newsletter"
     r"|(?:please,? )?(?:fill (?:in |out )?(?:the|this|our) form|enter your (?:e-?mail(?: address)?|details)|click (?:here|below))"
     r" (?:to|and) (?:subscribe|sign up|register) (?:to|for) (?:our|the|a) (?:free )?(?:[^\s:]+ ){0,2}newsletters?[.!]?"),
    ("NL104", "=sign up", r"(?-i:[\p{Lu}\p{N}])[^\n:|—–]{1,40} ?[:|—–-] ?sign up(?: (?:now|here|today|for free))?[.!]?"
     # The pitch, then the button: "Our editors' picks, every weekday. Sign up free."
     # "Keep up with the latest from the Ledger: sign up for our emails".
     r"|(?-i:[\p{Lu}\p{N}])[^\n:|—–.!?]{1,60}(?:[.!?]|:) sign up(?: (?:free|for free|now|here|today|(?:for|to) our (?:free )?[^\n.!?]{1,40}))[.!]?"),
    ("NL104", "sign signup subscribe register join",
     r"(?:sign[ -]?up|subscribe|register|join)(?: (?:for|to|now|here|today))*(?: (?:our|the|my|a))?(?: (?:free|daily|weekly|morning|evening|breaking))*"
     r"(?: [^\s:]+){0,3}? (?:newsletters?|e-?mails|e-?mail (?:list|alerts|updates)|mailing list|bulletin|alerts|notifications|updates)(?: (?:here|now|today|below|(?:on|about) this (?:topic|story|subject|author)))?"
     r"(?: (?:for|to get) (?:exclusive|more|the latest|the best|free|our|daily|weekly|breaking)[^\n.!?]{0,40})?[.!]?"),
    ("NL104", "breaking news email e daily", r"(?:breaking news|news|e-?mail|daily) (?:alerts|e-?mails|updates)"),
    ("NL104", "email e thanks thank you you're you’re you've you’ve there",
     r"e-?mail me|thanks?(?: you)? for (?:signing up|subscribing|registering)(?:[.!] [^\n]{1,100}|[.!])?"
     r"|you(?:'re|’re| are| have| ve|'ve|’ve) (?:now )?(?:all )?(?:successfully |succesfully )?(?:subscribed|signed up)[.!]?(?: [^\n]{0,60})?"
     r"|there was an error processing your (?:subscription|request|sign[ -]?up)"),
    # What the sign-up form says once it is sent: "Please check your inbox to confirm
    # your subscription", "An email with an activation link has been sent to your email
    # address", "We've sent you a confirmation email".
    ("NL104", "please check confirm activate verify an a the one we we've we’ve",
     r"(?:please )?(?:check|open) your (?:inbox|e-?mails?)(?: (?:now|and|to|for)[^\n]{0,30})?"
     r" (?:to )?(?:confirm|complete|verify|activate|finish) your (?:subscription|registration|sign[ -]?up|account|e-?mail(?: address)?)[^\n]{0,60}"
     r"|(?:please )?(?:confirm|activate|verify) your (?:subscription|registration|sign[ -]?up|e-?mail address)(?:[ .,!][^\n]{0,100})?"
     r"|(?:(?:an?|the|one) (?:more )?)?(?:confirmation |activation |verification )?(?:e-?mail|message|link)"
     r"(?: with (?:an? )?(?:activation|confirmation|verification) link)? has (?:just )?been sent to (?:you|your (?:e-?mail(?: address)?|inbox))[^\n]{0,100}"
     r"|we(?:'ve|’ve| have)? (?:just )?sent (?:you )?(?:an? )?(?:confirmation |activation |verification )(?:e-?mail|link)[^\n]{0,100}"),
    # -- NL105 paywall, subscription and account prompts.
    ("NL105", "subscribe sign register",
     r"subscribe(?: (?:now|today|here))?"
     r"|(?:subscribe|sign up|register)(?: now| today)? (?:for|to get|and get) (?:unlimited|full|digital|complete|free)[^\n]{0,60}"),
    ("NL105", "sign log login logout register signup",
     r"(?:sign|log) ?(?:in|out|on)(?: here| now| or (?:subscribe|register|sign up|create an account))?|login|logout|register(?: now| here| for free)?|sign[ -]?up(?: now| here| for free| today)?"
     r"|(?:(?:sign|log) ?(?:in|on|up)|login) (?:with|using|via) (?:google|facebook|apple|microsoft|linkedin|x|twitter|(?:your |an? )?(?:e-?mail|account|password|social account))"),
    ("NL105", "create my account registerclose",
     r"create (?:an |a |your )?(?:free )?account(?: to [^\n]{1,40})?|my account|account settings(?: log ?out)?|registerclose"),
    ("NL105", "you you've this", r"you(?:['’]ve| have) (?:read|reached|used|hit) (?:all )?(?:of )?(?:your|the)[^\n]{0,40}\b(?:articles?|stories|limit)[^\n]{0,40}"
     r"|you have \d+ free (?:articles?|stories)[^\n]{0,40}"
     r"|you(?:['’]ve| have) read \d+ (?:of|out of) (?:your )?\d+ (?:free )?(?:articles?|stories)[^\n]{0,40}|this (?:article|story|content) is (?:for|available to|reserved for) (?:subscribers|members)(?: only)?[^\n]{0,40}"),
    ("NL105", "subscriber subscribers already unlock subscribe sign log register get start try become click you",
     r"subscribers? only[^\n]{0,80}|subscriber exclusive[^\n]{0,60}"
     r"|already (?:a |an )?(?:subscriber|member|registered|have an account)[^\n]{0,80}"
     r"|unlock (?:this|the|full) (?:story|article|content)[^\n]{0,40}"
     r"|(?:subscribe|sign in|log in|sign up|register) to (?:continue|read|keep reading|unlock|access)[^\n]{0,60}"
     r"|(?:get|start|try) (?:your )?(?:unlimited access|free trial|digital access)[^\n]{0,60}"
     r"|become a (?:paying |paid |digital |premium )?(?:member|subscriber|patron|supporter)(?: (?:today|now|here|of (?:our|this) [^\n]{1,30}|for [^\n]{1,40}|to [^\n]{1,50}|and [^\n]{1,50}|from [^\n]{1,30}"
     r"|of [^\n]{1,40}? (?:from|for) (?:just |only )?[$£€]\h?\d[^\n]{0,30}))?"
     r"|click here to (?:subscribe|support|register|sign up|donate)[^\n]{0,60}"
     r"|you(?:'ve| have) reached (?:your|the) (?:limit|maximum)[^\n]{0,80}"),
    # -- NL106 advertisement labels: the closed list is data, the "continues below" shape a pattern.
    ("NL106", "story article text content post advertisement advert ad continue scroll",
     r"(?:story|article|text|content|post) continues? (?:below|after)(?: (?:the|this))? (?:ad|advertisement|advert|sponsor message)"
     r"|(?:advertisement|advert|ad) (?:[-–—:] )?(?:scroll|story|article|continue)[^\n]{0,40}"
     r"|continue reading below(?: advertisement)?|scroll (?:down )?to continue(?: with content| reading)?"),
    ("NL106", "sponsored presented powered paid", r"(?:sponsored|presented|powered|paid for) by (?-i:\p{Lu})[^\n]{0,40}"),
    # -- NL108 read-more links: a label, a separator, then another story's headline
    # ("READ MORE: ...", "Related: ...", "On Chron.com: ..."), or the bare label.
    ("NL108", "now read also more see related watch listen recommended don't dont must previously further icymi in editor's editors top on video photos gallery podcast audio pictures check",
     # (Not a sentence in lowercase after it: "Don't miss: the covered market, where
     # vendors sell cheese.", "Video: it is now how the young get their news, a survey found.")
     rf"{_READ_MORE_LABEL}(?: ?[:：|»›>])+ ?(?!\h*(?:$|https?://))(?!(?-i:\h*\p{{Ll}}[^\n]*[.!?][\"'”’)]*\h*$))[^\n]*"),
    ("NL108", "also", r"also on <DOMAIN> [^\n]+"),
    # The same link on pages in other languages: the press's closed class of "read also"
    # labels, a separator, the headline ("Leia também: ...", "Lesen Sie auch: ...",
    # "Читайте также: ...", "À lire aussi : ...").
    ("NL108", "leia veja saiba lesen lies siehe leggi vedi lee lea ver vea читайте читай смотрите à lire voir baca",
     r"(?:leia (?:também|mais)|veja (?:também|mais)|saiba mais|lesen sie (?:auch|mehr)|lies auch|siehe auch|leggi (?:anche|pure|di più)|vedi anche"
     r"|(?:lee|lea) (?:también|más)|ver también|vea también|читайте (?:также|тоже|ещё|еще)|читай также|смотрите также|(?:à )?lire aussi|(?:à )?voir aussi|baca juga)"
     r"(?: ?[:：|»›>]| [-–—]) ?[^\n]+"),
    # The same label before a dash, then the headline (a capital or a figure opens it).
    ("NL108", "now read also see related recommended don't dont must previously further icymi in editor's editors more check watch listen",
     r"(?:<DASHED> (?:[-–—]|>>)|check (?:this )?out ?(?:[:|»›>-]|>>)) (?-i:[\p{Lu}\p{N}“\"‘'])[^\n]*"),
    # An aggregator's link back to where it copied the story from.
    ("NL108", "source original", r"source link|(?:original|source) (?:article|story|post)(?: link)?"),
    # A headline link tagged with its kind in capitals: "Storm hits coast [VIDEO]".
    ("NL108", "=]", r"[^\n]{12,150}?[^.\s] ?\[ ?(?-i:VIDEO|PICS|PICTURES|PHOTOS|GALLERY|INSIGHT|REACTION|ANALYSIS|LATEST|LIVE|POLL|REVEAL|EXCLUSIVE|UPDATE|WATCH|MAP|EXPLAINED) ?\]\W*"),
    ("NL108", "read # continue keep click see watch view full",
     r"\d*(?:read|view) (?:more|the full (?:story|article|report|interview)|full (?:story|article)|the rest(?: of [^\n]{1,30})?)(?: (?:here|»|on [^\n]{1,40}))?"
     r"|continue reading(?: the main story| this (?:article|story)| the (?:full )?(?:article|story)| here)?|keep reading(?: below| here)?|click here to read more"
     r"|full story|read on|(?:see|read) the full (?:story|article)(?: here)?"
     r"|(?:read|see|watch) more (?:on|at|from) [^\n]{1,40} by clicking here"),
    # -- NL109 headings over a list of other stories.
    ("NL109", "related",
     r"related(?: (?:stories|story|articles?|coverage|content|posts?|links|reading|news|videos?|items|searches|galleries|information|reads|headlines|reports|features)"
     r"(?: (?:from|on|in|about) (?-i:[\p{Lu}\p{N}])[^\n]{0,40})?)?"),
    ("NL109", "more other latest recent top popular trending featured recommended similar further editors editors' must",
     r"(?:more|other|latest|recent|top|popular|trending|featured|recommended|similar|further|editors'? picks|must-read) (?:[^\s:]+ ){0,2}?"
     r"(?:stories|articles|news|posts|headlines|videos|reads|reading|coverage)(?: (?:from|on|in|about) [^\n]{1,40}| like this(?: one)?"
     r"| (?:that )?you (?:may|might|could|will|'ll|’ll) (?:also )?(?:like|enjoy|love|have missed))?"),
    ("NL109", "suggested", r"suggested (?:reading|reads|for you|stories|articles|content|videos)"),
    ("NL109", "stories articles posts videos reads",
     r"(?:stories|articles|posts|videos|reads) (?:that )?(?:we think )?you(?: (?:may|might|could|will|would)|'ll|’ll) (?:also )?(?:like|enjoy|love)"),
    ("NL109", "more", r"more (?:from|in|on) (?:(?-i:[\p{Lu}\p{N}])|this |our |the )(?:[^\s:]+ ){0,3}[^\s:]+|more(?= ?:)|more like this|more for you"),
    # The same "more from <section>" in the other languages of the press: "Mais de
    # Esportes", "Mehr aus Sport", "Más en Deportes", "Altro da Sport", "Plus de Sport".
    # The section is capitalised, so "Mais de 200 feridos" is no label.
    ("NL109", "mais mehr más mas altro plus", r"(?:mais (?:de|em|sobre|do|da)|mehr (?:aus|von|zum|zur|zu)|m[aá]s (?:de|en|sobre)|altro (?:da|su|di)|plus (?:de|sur)) (?-i:\p{Lu})[^\s:\d]*(?: [^\s:\d]+){0,2}"),
    ("NL109", "most", r"most (?:popular|read|viewed|shared|e-?mailed|commented|recent|watched)(?: (?:in|on|this|now|today|right now|stories|articles|news|posts)[^\n]{0,30})?"),
    ("NL109", "popular recent trending",
     r"popular (?:on|in|this|now|stories|articles|posts|right now|today)(?: [^\n]{1,30})?|trending(?: (?:now|stories|today|topics|news|(?:on|in) [^\n]{1,30}))?"
     r"|(?:popular|recent|trending) this week"),
    ("NL109", "you we", r"(?:you|we) (?:may|might|will|would) (?:also )?(?:like|enjoy|be interested(?: in)?|love)[^\n]{0,20}|we recommend|you might have missed"),
    ("NL109", "recommended editor's editors editor don't dont what read up next also elsewhere previously see further in around from promoted sponsored partner latest breaking top on",
     r"recommended(?: (?:for you|stories|reading|articles|videos?|posts))?|(?:top )?picks for you|top picks"
     r"|editor'?s'? (?:picks?|choice)|don'?t miss(?: this| these)?|what to read next|read (?:next|this next)|up next|next up(?: in [^\n]{1,30})?"
     r"|(?:also|elsewhere|previously) on (?:(?:our|this) (?:site|website|network)|(?:the )?(?-i:\p{Lu})[\w.'’&-]*(?: (?-i:\p{Lu})[\w.'’&-]*){0,3}|[^\s:]+)"
     r"|see (?:also|related)|further reading|in other news|around the web|from the web|from (?:our|the) partners|also in the news"
     r"|(?:promoted|sponsored|partner) (?:stories|content|links|posts)"
     r"|(?:latest|breaking|top) (?:news|stories|headlines|videos)(?: (?:from|in|on) [^\n]{1,30}| this (?:hour|morning|afternoon|evening|week)| today| right now)?"
     r"|latest (?:from|in|on) (?:(?-i:\p{Lu})[^\n]{0,30}|(?:the|our) (?:newsroom|news ?desk|site|website))"
     r"|on our radar|also on this (?:topic|story|subject)"),
    # -- NL112 footer links to the site's legal pages; alone, only the links no article
    # uses as a heading.
    ("NL112", "advertise about site sitemap contact corrections our editorial why",
     r"advertise with us|about us|site ?map|contact us|(?:our )?(?:corrections|ethics|editorial|complaints) (?:policy|standards|guidelines)|why you can trust us"),
    ("NL112", f"{_LEGAL_FIRST} {_FOOTER_FIRST}",
     r"(?:<LEGAL>)(?:(?: ?[|•·/,] ?| )(?:<LEGAL>|<FOOTER>))*|(?:<FOOTER>)(?:(?: ?[|•·/,] ?| )(?:<LEGAL>|<FOOTER>))+"),
    # The comment section in other words than NL101's pattern lists (kept here, filed by
    # first word, so that clean text does not pay for them): its state ("Comments are
    # closed"), its log-in notice, calls to comment ("Have your say", "Sound off below"),
    # and the same call after a question to the reader ("What's your view? Comment below").
    ("NL116", "comments comment commenting discussion conversation",
     r"(?:comments?|commenting|discussion|conversation)(?: (?:for|on) this (?:article|story|post))?"
     r" (?:is|are|has been|have been) (?:now )?(?:closed|disabled|turned off|unavailable|switched off)(?: (?:for|on) this (?:article|story|post))?"
     r"|comment (?:now|below|here)|(?:conversation|discussion) ?\(\d+\)|(?:comments?|commenting) (?:policy|guidelines|rules)"),
    # The comment list's heading with its count: "Readers' comments (12)", "43 comments"
    # (this one as the end of a prompt: "Join the conversation: 43 comments").
    ("NL116", "readers' reader's readers reader user users users' user's visitor visitors visitors' visitor's",
     r"(?:readers?|users?|visitors?)(?:['’]s?|['’])? comments?(?: ?\(\d+\)| \d+)?"),
    # The comment form's own notice (WordPress and others print it over the form).
    ("NL116", "your", r"your (?:email|e-mail)(?: address)? will (?:not|never) be (?:published|shared|displayed)[^\n]{0,80}"),
    ("NL116", "have sound discuss debate tell let log sign you sort weigh #",
     r"have your say(?: (?:in (?:the|our) comments?(?: (?:below|section))?|below|here|on this (?:story|article|post|issue)))?|sound off(?: in the comments)?(?: below)?"
     r"|(?:discuss|debate) this (?:article|story|post)"
     r"|(?:tell|let) us(?: know)?(?: your (?:thoughts|views|opinions?))? (?:in the comments(?: (?:below|section))?|below|here)"
     r"|(?:tell|let) us(?: know)? your (?:thoughts|views|opinions?)"
     r"|(?:log|sign) ?in to (?:(?:leave|post|add|write|see|read|view) (?:a |your )?)?(?:comments?|reply|replies|join the (?:conversation|discussion))(?: to (?:this|the|a) (?:comment|thread|post|story|article))?"
     r"|weigh in(?: (?:on this (?:story|article|post|debate)|below|here|in the comments))?"
     r"|you (?:must|need to|have to) (?:be (?:logged|signed) in|(?:log|sign) ?in|be an? (?:subscriber|member|registered user)) to (?:post a )?(?:comment|reply)|\d+ responses?"
     r"|\d[\d,]* (?:comments?|replies)"
     r"|sort (?:comments )?by ?:? (?:newest|oldest|best|top|popular|most \w+)"),
    ("NL116", "add share post write submit drop be reply view show see read load hide join start weigh",
     r"(?:add|share|post|write|submit|drop) (?:a |an |your |the )?(?:own )?(?:views?|opinions?|voice|take)"
     r"(?: (?:below|here|now|in the comments(?: (?:below|section))?|to the (?:debate|conversation|discussion)(?: below)?))?"
     r"|(?:add|share|post|write|submit|drop) (?:a |an |your |the )?(?:own )?(?:thoughts|comments?|reply|response) in the comments(?: (?:below|section))?"
     r"|(?:join|start) the (?:conversation|discussion|debate) (?:below|here|in the comments)"
     r"|be the first to (?:reply|respond|share your (?:thoughts|opinion|views?))|reply to this (?:story|article|post|comment|thread|discussion|conversation)"
     r"|(?:view|show|see|read|load|hide) (?:all |more )?(?:\d+ )?(?:more )?(?:replies|responses)"),
    # An affiliate note that does not say "commission" or "affiliate" (the notice's
    # keywords): "If you buy something through this post, we may get a share of the sale".
    ("NL107", "if",
     r"if you (?:buy|purchase|shop|click)[^\n]{0,80}\b(?:may|might|could|will) (?:get|earn|receive) (?:a share|a portion|a cut|a small fee|compensation)[^\n]{0,60}"),
    # Copyright lines without a "©" or "copyright": "(c) 2022 Name", a ban on copying.
    ("NL112", "c reproduction republication redistribution unauthorised unauthorized any copying reuse retransmission no",
     r"\(c\) ?(?:(?:19|20)\d\d[^\n]{0,80}|(?:(?-i:\p{Lu})[\w'’&.-]*,? ){1,5}(?:19|20)\d\d)"
     r"|(?:(?:unauthori[sz]ed|any) )?(?:reproduction|republication|redistribution|copying|reuse|retransmission)"
     r"(?:,? (?:or|and) (?:reproduction|republication|redistribution|copying|reuse|distribution|retransmission))*"
     r"(?: (?:of|from) (?:this|the|our|any) (?:content|material|article|story|site|publication)s?)?"
     r"(?: (?:without|in whole or in part)[^\n]{0,60}?)? (?:is|are) (?:strictly |expressly )?(?:prohibited|forbidden|not permitted)[^\n]{0,80}"
     r"|no part of (?:this|the|our) (?:publication|article|site|website|material|content|story|page)s? may be "
     r"(?:reproduced|republished|copied|redistributed|transmitted|stored|used)[^\n]{0,80}"),
    # -- NL117 click prompts, podcast and app links given as a label and an address.
    ("NL117", "download get install try open scan switch stay read", r"(?:download|get|install|try) (?:the|our) (?:free )?(?:[^\s:]+ ){0,3}(?:app|podcast)(?: (?:now|today|here|for free))?|open in (?:the )?app"
     # The app's pitch in the site's voice: "Scan to download our app", "Read it first in
     # our app".
     r"|(?:scan|click|tap)(?: here| the code)? to (?:download|get|install) (?:our|the) (?:free |new |mobile )*(?:[^\s:]+ )?app[.!]?|switch to (?:the|our) app"
     r"|(?:read|get|see) (?:it|this|them|the news|breaking news|our stories) first (?:in|on|with) (?:our|the) (?:[^\s:]+ )?app[.!]?"
     r"|stay (?:informed|updated|connected|up to date|in the know) with (?:our|the) (?:free |new |mobile |news )*app[.!]?"),
    # The page's question to the reader about its own stories, left without the button
    # it led to: "Want more stories like this?", "Enjoyed this article?", "Want to read more?".
    ("NL117", "want like liked love loved enjoy enjoyed enjoying looking interested did",
     r"(?:did you )?(?:want|like|liked|love|loved|enjoy|enjoyed|enjoying|looking for|interested in) (?:reading )?(?:more |other )?"
     r"(?:(?:stories|articles|news|content|posts|reads|coverage)(?: like this(?: one)?)?|this (?:article|story|post|piece|read|content))\?"
     r"|want to (?:read|see) more\?"),
    # The page's feedback widget: "Was this article helpful? Yes No", "Rate this story".
    ("NL117", "was did how rate",
     r"(?:was|did you find) this (?:article|story|page|post|information|content) (?:helpful|useful|interesting|informative)\?(?: (?:yes|no)(?: (?:yes|no))?)?"
     r"|was this helpful\?(?: (?:yes|no)(?: (?:yes|no))?)?|how (?:helpful|useful) was this (?:article|story|page|post)\?|rate this (?:article|story|post|page)"),
    ("NL117", "click tap", r"(?:click|tap) here(?: (?:for|to) (?:more|read|see|view|watch|learn|find)[^\n]{0,40})?"
     r"|(?:click|tap)(?: here)? to (?:enlarge|expand|play|view|zoom|read more|see (?:more|larger|full))"),
    ("NL117", "listen download subscribe itunes spotify stitcher rss apple google watch",
     r"(?:(?:listen|download|subscribe|itunes|spotify|stitcher|rss|apple podcasts|google podcasts|watch)(?: (?:on|at|via) [^\s:]+)? ?: ?https?://\S+ ?)+"),
    # The outlet's own audio: "How to listen to The Tennis Podcast", "Listen to the Morning
    # Show live at 8:00 weekdays - or listen back here.", "Listen to Newsbeat live at 12:45".
    ("NL117", "listen how tune",
     r"(?:how to )?(?:listen|tune in) (?:to|on) (?:the |our |this |today's )?(?:[^\s:]+ ){0,4}?"
     r"(?:podcasts?|show|episodes?|programme|program|radio|broadcast)(?: (?:live|here|now|again|back|on|at|every|each|weekdays|daily)(?: [^\n]{0,60})?)?[.!]?"
     # A programme by its name alone, with its air time: "Listen to Newsbeat live at 12:45".
     r"|(?:listen|tune in) (?:to|on) (?:[^\s:]+ ){1,4}?live (?:at \d|weekdays|daily|every (?:day|weekday|morning|evening|night|\w+day))(?:[^\n]{0,60})?[.!]?"),
    # -- NL113 skip links, back-to-top, previous/next, gallery and player controls.
    ("NL113", "skip", r"skip to (?:the )?(?:main )?(?:content|navigation|main menu|menu|search|footer|article)"),
    ("NL113", "back return go scroll jump",
     r"scroll (?:down )?for more(?: (?:stories|news|articles|headlines))?"
     r"|(?:back|return|go|scroll) to (?:the )?(?:top(?: of (?:the )?page)?|home(?: ?page)?|gallery|article|story|main menu|news|previous page|homepage)"
     r"|jump to (?:the )?(?:comments|navigation|content|section|main content)"),
    ("NL113", "previous prev next newer older browse",
     r"(?:previous|prev|next|newer|older) (?:post|article|story|entry|page|item|slide|image|photo)s?(?: [^\n]{0,12})?"
     r"|(?:previous|next) (?:[\w-]+ ){1,2}(?:news|posts?|articles?|stor(?:y|ies)|entry)"
     r"|previous|prev|next|older|newer|browse all (?:posts|stories|articles)"),
    ("NL113", "view see show open photo",
     r"(?:view|see|show|open) (?:the )?(?:full |all )?(?:gallery|photos|images|slideshow|photo gallery)(?: \((?:\d+|\d+ (?:photos|images|pictures))\))?"
     r"|view all(?: \(\d+\))?|photo gallery"),
    ("NL113", "image photo picture slide page #", r"(?:image|photo|picture|slide|page) \d+ (?:of|/)(?: /)? ?\d+|\d+ (?:of|/) \d+"),
    ("NL113", "enlarge hide show toggle this please enable turn switch activate you loading watch listen play",
     r"enlarge (?:this )?(?:image|photo|picture)|(?:hide|show|toggle) caption"
     r"|this slideshow requires javascript\.?|(?:please )?(?:enable|turn on|switch on|activate) javascript(?: to [^\n]{1,60})?"
     r"|you will be redirected[^\n]{0,80}"
     r"|loading(?: content| comments| \.\.\.)?|(?:watch|listen) live|(?:play|watch) video"
     r"|listen to (?:this|the) (?:article|story)(?: [^\n]{0,20})?"),
    # The newsroom's requests to readers: a tip ("Have a news tip? Email us at ..."),
    # a correction ("Spotted a mistake? Let us know", "Report an error").
    ("NL117", "have got do know send share tell contact",
     r"(?:(?:have|got|do you have) (?:a |any )?(?:news )?(?:tips?|story(?: idea)?|story to (?:share|tell))"
     r"|know (?:something|a story|about a story) (?:we should|that we should)[^\n?]{0,30})\??"
     r"(?: (?:(?:email|e-mail|contact|call|message|tell|send|text|write to|reach|get in touch)[^\n]{0,80}))?"
     r"|(?:send|share|submit|email|e-mail) (?:us )?(?:your |a )?(?:news )?(?:tips?|story tips?|story ideas?)"
     r"(?: (?:to|at|with|via) (?:us\b|our\b|the (?:newsroom|news ?desk|editors?)\b|[^\s@]+@)[^\n]{0,60})?"
     r"|(?:send|tell) us your (?:story|stories|news|photos|pictures|videos|footage)(?: (?:to|at|via) [^\n]{1,60})?"
     r"|contact (?:the |our )?(?:newsroom|news ?desk|editorial team|editors)(?: (?:at|on|via) [^\n]{1,60})?"),
    ("NL113", "report submit suggest spotted found see notice noticed send request flag did",
     r"did we get (?:something|anything|this|it) wrong\?(?: (?:let us know|tell us|contact us|email us)[^\n]{0,40})?"
     r"|(?:report|submit|suggest|send us|request|flag) (?:an? )?(?:error|correction|typo|mistake|fix|issue|problem)(?: or (?:an? )?(?:error|correction|typo|mistake))?(?: (?:in|on|with) this (?:article|story|page))?"
     r"|(?:spotted|spot|found|see|notice|noticed) (?:an? )?(?:(?:spelling|grammar|grammatical|factual) )?(?:or (?:spelling|grammar|grammatical|factual) )?(?:mistake|error|typo)s?(?: in (?:this|our|the) (?:article|story|text))?\??"
     r"(?: (?:let us know|tell us|report it|contact us|email us|(?:please )?(?:select|highlight|include)|press)[^\n]{0,60})?"),
    # What a player or a widget shows in place of what it could not load: "Your browser
    # does not support the video tag", "To view this video please enable JavaScript ...".
    ("NL113", "your to this sorry we're we’re we loading javascript something an there video content media oops",
     r"your (?:web )?browser (?:does not|doesn't|doesn’t|cannot|can't|can’t) (?:support|play|display|show) [^\n]{1,80}"
     r"|to (?:view|watch|play|see) this (?:video|content|media|clip|embed|graphic|interactive|map|chart),?"
     r" (?:please |you (?:will )?(?:need|must|have) to )?(?:enable|turn on|allow|accept|upgrade|update|switch|use a)[^\n]{0,120}"
     r"|(?:(?:sorry|we're sorry|we’re sorry|oops),? )?(?:this|the) (?:video|content|media|clip|embed|player|feature)"
     r" (?:is|isn't|isn’t|is not|was|has) (?:currently |no longer |not )?(?:available|unavailable|supported|been removed)"
     r"(?: any ?more)?(?: (?:in|for) your (?:region|country|location|browser))?(?: at (?:this|the) (?:time|moment))?"
     r"(?:[.!] (?:please )?try again(?: later)?)?"
     r"|(?:this )?(?:video|content|media) (?:is )?(?:not available|unavailable|blocked) (?:in your (?:region|country|location)|due to your (?:privacy|cookie|consent) (?:preferences|settings|choices))[^\n]{0,60}"
     r"|loading (?:the )?(?:video|player|audio|media|map|graphic|interactive)(?:\.\.\.|…)?"
     r"|javascript is (?:disabled|required|not enabled|turned off)[^\n]{0,80}"
     r"|(?:something went wrong|an error (?:has )?occurred|there was (?:a problem|an error)(?: loading [^\n]{1,30})?)[.!,;]?"
     r"(?: the (?:feed|page|video|content|widget|server) (?:is|may be) (?:probably |temporarily |currently )?(?:down|unavailable)[.;])? (?:please )?(?:try again|refresh|reload)[^\n]{0,30}"),
    ("NL113", "close menu search home print video image caption expand collapse show less toggle open don't dont get short top",
     r"close(?: this)?(?: (?:window|box|banner|dialog|pop-?up|overlay|panel))?|menu|search|home|print|top|video|image|caption|expand|collapse|show (?:more|less)|less|toggle navigation|open menu"
     r"|don'?t show (?:this )?again|(?:get )?short url"),
    ("NL113", "home", r"home(?: [›>»/|] ?[^\n]+)"),
    # The same buttons on pages in other languages (closed classes of imperatives): the
    # app ("Baixe o nosso aplicativo", "Scarica la nostra app"), the audio player
    # ("Ouça este artigo", "Artikel anhören"), notifications, the error report.
    ("NL117", "baixe descarga descargue scarica téléchargez telecharger télécharger скачайте скачать jetzt laden lade unduh",
     r"(?:baixe|descarga|descargue|scarica|téléchargez|télécharger|скачайте|скачать|(?:jetzt )?(?:laden sie|lade)|unduh)"
     r"(?: (?:o|a|la|le|l'|die|unsere?n?|nosso|nossa|nuestra|nuestro|la nostra|il nostro|notre|наше|aplikasi))* ?(?:aplicativo|app|aplicación|applicazione|application|приложение|aplikasi)(?: [^\n]{0,40})?"
     r"|(?:jetzt )?(?:die |unsere )?app (?:herunterladen|laden)"),
    ("NL113", "ouça ouvir escucha escuchar ascolta ascoltare écouter écoutez artikel слушать послушать",
     r"(?:ouça|ouvir|escucha|escuchar|ascolta|ascoltare|écouter|écoutez|слушать|послушать) (?:este |esta |o |el |la |l'|l’|cet |cette |le |questo |quest'|статью)?(?:artigo|notícia|artículo|noticia|articolo|article|статью)"
     r"|artikel (?:anhören|vorlesen lassen|teilen|drucken|merken)"),
    ("NL117", "ative ativar activa activar attiva attivare activer activez benachrichtigungen включить включите",
     r"(?:ative|ativar|activa|activar|attiva|attivare|activer|activez|включить|включите) (?:as |las |le |les |)?(?:notificações|notificaciones|notifiche|notifications|уведомления)(?: [^\n]{0,40})?"
     r"|benachrichtigungen (?:aktivieren|einschalten|erlauben)"),
    ("NL113", "reportar signaler segnala segnalare fehler informar сообщить",
     r"(?:reportar|signaler|segnala|segnalare|informar|сообщить об) (?:um |une |un |)?(?:erro|erreur|errore|error|ошибке)|fehler melden"),
    # The printer's and the reading list's buttons: "Printer-friendly version", "Add to
    # favourites", "Remove from reading list".
    # The audio player's own words: "Press play to listen to this article", "Listen to
    # more stories on the Noa app", "Voiced by artificial intelligence."
    ("NL113", "press hear listen voiced narrated",
     r"press play to (?:listen|hear)(?: to)? (?:this|the) (?:article|story)|hear this (?:article|story)"
     r"|listen to more (?:stories|articles)(?: like this)? (?:on|in|with) (?:the |our )?(?:[^\s:]+ ){0,2}app|(?:voiced|narrated|read) by (?:artificial intelligence|ai|an ai voice|a synthetic voice)[.!]?"),
    ("NL113", "follow", r"follow (?:this )?(?:topic|author|tag|series)"),
    # The podcast's call to subscribe: "Subscribe wherever you get your podcasts".
    ("NL117", "subscribe listen follow find",
     r"(?:subscribe|listen|follow)(?: (?:to|on) [^\n]{1,40}?)?,? (?:wherever|where) you (?:get|listen to|find) (?:your )?podcasts[.!]?"
     r"|find (?:our|the|this) (?:[^\s:]+ )?podcast (?:wherever you (?:listen|get your podcasts)|on [^\n]{1,40})[.!]?"),
    ("NL113", "print printer add remove",
     r"print(?:er)?[- ]?friendly(?: (?:version|page|format|pdf))?|add to (?:my )?(?:favou?rites|bookmarks)|remove from (?:my )?(?:favou?rites|bookmarks|reading list|saved(?: (?:articles|stories|items))?|my list)"),
    # A note on the page's links: "These are external links and will open in a new window".
    ("NL113", "=in a new", r"(?:(?:these|this|the following) (?:are|is an?) )?(?:external )?links?(?: (?:and|which|that))? (?:will )?opens? in a new (?:browser )?(?:window|tab)|opens? in a new (?:window|tab)"),
    # The promotion of the outlet's own events: "Register now for our free webinar", "Book
    # your tickets now", "Watch the webinar on demand".
    ("NL117", "register sign rsvp book reserve join watch get buy grab tickets early",
     r"(?:register|sign up|rsvp|book|enrol|enroll)(?: now| today| here)?(?: (?:for|to)(?: our| this| the)?| to join (?:our|this|the)) (?:free )?(?:[^\s:]+ ){0,3}?"
     r"(?:webinars?|events?|summit|conference|masterclass|town hall|workshop|live ?stream|panel discussion)(?: (?:on|about|with|at|in) [^\n]{1,50})?[.!]?"
     r"|join (?:us|our (?:experts|editors|reporters|journalists)) (?:live )?[^\n]{0,40}?\bfor (?:a|an|our|the) (?:free )?(?:live |online |virtual )?(?:webinar|event|q&a|briefing|live ?stream|conversation)(?: (?:on|about|with) [^\n]{1,50})?[.!]?"
     r"|join (?:our|this|the) (?:free )?(?:live |online |virtual )(?:webinar|event|q&a|briefing)[.!]?"
     r"|watch the (?:webinar|event|panel|livestream|live stream)(?: recording)? (?:on demand|again|here|now)[.!]?"
     r"|(?:book|get|buy|reserve|grab) your (?:tickets?|seats?|spot|place)(?: (?:now|today|here|online))?[.!]?|reserve (?:a|your) (?:spot|place|seat)(?: (?:now|today|here))?[.!]?"
     # (a sentence with its verb, "Tickets are on sale now.", closes an event's story:
     # only the promotion's exclamation is chrome with it)
     r"|(?:early[- ]bird )?tickets (?:(?:on sale|available) now[.!]?|are (?:on sale|available) now!)"),
    # The page's buttons glued on one line by the extractor, without separators: "Comments
    # Share Save", "Subscribe Log in Register", "About Us Contact Advertise Careers". Two
    # at least, every word one of a closed class of buttons.
    ("NL113", _BUTTON_FIRST, r"<BUTTON>(?:(?: ?[|·•/] ?| )<BUTTON>)+"),
    # The page's time stamps alone on a line: "Updated 5 minutes ago", "Published:
    # March 12, 2024 10:32 AM", "2019-11-19T12:48:14Z" (a date in prose has a sentence).
    ("NL113", "updated published posted last first modified just #",
     r"(?:(?:last |first )?(?:updated|published|posted|modified)(?: on| at)? ?:? ?)?"
     r"(?:\d{1,3} (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|just now|an? (?:minute|hour|day|week) ago"
     r"|\d{4}-\d\d-\d\d(?:[t ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?)"
     r"|(?:last |first )?(?:updated|published|posted|modified)(?: on| at)? ?:? ?"
     # a date and a time: names of months and days, numbers, "at", am/pm and a zone
     r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? )"
     r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|at|[ap]\.?m\.?"
     r"|\d[\d:./-]*(?:st|nd|rd|th)?|[ ,])+(?:[a-z]{2,4})?"),
    ("NL113", "you", r"you are here ?:? ?(?:home|news)\b[^\n]{0,80}"),
    ("NL113", "reading read tempo lesezeit время tiempo # approx approximate estimated temps",
     r"(?:(?:approx\.?|approximate|estimated) )?(?:reading time|read time|time to read|tempo de leitura|tempo di lettura|lesezeit|время чтения|tiempo de lectura)(?: ?:)?(?: (?:approx\.? |about |around )?\d+ ?\w+\.?)?"
     r"|(?:about |approx\.? |around )?(?:an? )?\d+[- ]?min(?:ute)?s?\.? read|read in (?:about |under )?\d+ (?:min(?:ute)?s?)\.?"
     r"|temps de lecture(?: ?:)?(?: \d+ ?\w+\.?)?|\d+ (?:minutos?|minuti|minuten|minutes|min\.?|минут\w*) (?:de leitura|de lectura|di lettura|de lecture|чтения|lesezeit)"),
    # -- NL119 contact lines: an e-mail address or a social profile, alone on the line.
    ("NL119", "=@", r"(?:(?-i:\p{Lu})[\w'’.-]*(?: (?-i:\p{Lu})[\w'’.-]*){0,3} )?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})"),
    ("NL119", "twitter facebook instagram linkedin www https http",
     r"(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube)\.com/(?:in/)?[\w.@-]+/?"),
    # -- Calls to action, by their grammar: an imperative verb (or a button's noun) and an
    # object of the site (its newsletter, app, comments, cookies, account, an ad slot),
    # rather than one phrase per site. Entries filed under the verb; the object decides
    # the code.
    ("NL104", "get receive have",
     r"(?:get|receive|have) (?:[^\s:]+ ){0,6}?(?:delivered|sent|e-?mailed|brought) (?:straight |directly |right )?(?:to|in|into|through) "
     r"(?:your (?:inbox|phone|mailbox|device|e-?mail|door|letterbox|doorstep)|you)(?: (?:every|each|daily|weekly) ?[^\n]{0,20})?"
     r"|(?:get|receive) (?:[^\s:]+ ){1,7}?(?:by|via|in an?) e-?mail(?: (?:every|each|daily|weekly)[^\n]{0,20})?"
     r"|(?:get|receive) (?:our|the) (?:free )?(?:daily |weekly |morning |evening |nightly )?(?:[^\s:]+ ){0,2}?(?:e-?mails?|digest|briefing|bulletin|round-?up|alerts|newsletters?)"
     r"|get (?:e-?mail|news|breaking news) (?:updates|alerts)(?: (?:from|on|about) [^\n]{1,50})?"
     r"|get (?:it|them|these|this|the (?:news|headlines|best)) (?:delivered|sent|e-?mailed)(?: (?:every|each|daily|weekly)[^\n]{0,20})?"),
    ("NL104", "enter type provide confirm please your email e invalid sign",
     r"(?:please )?(?:enter|type|provide|confirm)(?: your| a valid| an?)? e-?mail(?: address)?(?: (?:here|below|to (?:get|receive|sign up|subscribe)[^\n]{0,40}))?"
     r"|your e-?mail(?: address)?|e-?mail address(?: (?:sign ?up|subscribe|submit))?|e-?mail (?:sign ?up|subscribe)|(?:invalid|valid) e-?mail(?: address)?(?: required)?|sign me up"),
    ("NL104", "by",
     r"by (?:signing up|subscribing|registering|entering your e-?mail|clicking [^\n]{1,24}),? you (?:agree|consent|accept|acknowledge)[^\n]{0,100}"),
    ("NL104", "sign subscribe register",
     r"(?:sign ?up|subscribe) ?: (?-i:[\p{Lu}\p{N}])[^\n]{1,50}|(?:sign ?up|subscribe|register) below"
     r"|(?:sign ?up|subscribe)(?: now| today)? (?:to|for) our (?:free )?(?-i:\p{Lu})[^\n]{0,40}"
     r"|(?:sign ?up|subscribe|register)(?: now| today| here)? (?:to|for) (?:our|the|a) (?:free )?(?:daily |weekly |morning |evening |nightly )?"
     r"(?:[^\s:]+ ){0,2}?(?:e-?mails?|digest|briefing|bulletin|round-?up|e-?mail (?:list|updates|alerts))(?:,? [^\n]{0,40})?"
     r"|(?:sign ?up|subscribe|register)(?: now| today| here)?(?: (?:to|for) [^\n]{1,40}?)? to (?:get|receive) "
     r"(?:our|the latest|the best|free|breaking|daily|weekly|all the|more|news|updates|alerts)[^\n]{0,50}"),
    # Paywall: an offer of access or a price, a notice that the story is for subscribers.
    ("NL105", "get unlock start try enjoy gain go save",
     r"(?:get|save|enjoy) (?:\d+ ?%|half) off (?:your (?:first|subscription|membership)|an? (?:subscription|membership)|(?:digital |annual )?(?:subscriptions?|memberships?))[^\n]{0,30}"),
    ("NL103", "add", r"add (?:us|[^\n]{1,30}) as a (?:preferred|trusted) source(?: on google(?: news)?)?"),
    ("NL105", "get unlock start try enjoy gain go",
     r"go (?:ad-free|premium|unlimited|digital)(?: with (?:a |an |our )?(?:subscription|membership|[^\n]{1,20}))?(?: (?:today|now))?"),
    ("NL105", "get unlock start try enjoy gain unlimited full digital premium",
     r"(?:get|unlock|start|try|enjoy|gain)(?: (?:your|an?|the))?(?: (?:free|unlimited|full|digital|premium|complete|instant|all-access|ad-free))+"
     r" (?:digital )?(?:access|trial|subscription)(?: (?:to (?:this|our|all(?: of)? our|the full|every|unlimited) [^\n]{1,40}|to (?:the )?(?-i:\p{Lu})[^\n]{1,40}"
     r"|for (?:just |only )?[$£€]\h?\d[^\n]{0,30}|for \d+ (?:days|weeks|months)[^\n]{0,20}|now|today|here"
     r"|to [^\n]{1,40}? for (?:just |only )?(?:[$£€]\h?\d[^\n]{0,20}|\d+p\b[^\n]{0,20})))?"
     r"|get \d+ (?:weeks?|months?|years?) (?:for|of [^\n,]{1,20} for) (?:just |only )?(?:[$£€]\h?\d[\d.,]*|free)(?: [^\n,]{1,20})?"
     r"|(?:get|gain) access (?:now|today|here)|(?:unlimited|full|digital|premium) access (?:for|from) (?:just |only )?[$£€]\h?\d[^\n]{0,30}|unlock (?:all|every|unlimited) (?:articles|stories|content|access)(?: [^\n]{0,40})?"),
    ("NL105", "only paid subscribers members start begin upgrade renew this try log sign donate give contribute chip subscribe make",
     r"(?:only )?(?:paid )?(?:subscribers|members) can (?:read|access|view|see|continue|unlock)[^\n]{0,50}"
     r"|(?:start|begin|renew|manage) (?:your|a) (?:free |digital |paid |premium )?(?:subscription|membership)(?: (?:today|now|here))?"
     r"|upgrade (?:to (?:premium|plus|pro|a paid [^\n]{1,20}|(?:a )?(?:full|digital|premium) [^\n]{1,20})|your (?:subscription|account|plan|membership))(?: [^\n]{0,30})?"
     r"|this is (?:a |an )?(?:premium|exclusive|subscriber|members?|paid)(?:[- ]only)? (?:content|article|story|feature)"
     r"|(?:try|get|start)(?: \d+| one| your first) (?:weeks?|months?|years?) (?:for|of [^\n,]{1,20} for) (?:just |only )?(?:[$£€]\h?\d[\d.,]*|free)(?: [^\n,]{1,20})?"
     r"|(?:log|sign) ?in to (?:your|my) account|(?:donate|give|contribute|chip in)(?: now| today)? (?:to support|to|and support) "
     r"(?:us|our|independent|local|quality|this)[^\n]{0,40}|subscribe (?:and|&) save[^\n]{0,30}"
     # the donation button alone: "Donate now", "Make a contribution"
     r"|(?:donate|contribute)(?: now| today| here)?|make a (?:one-off |one-time |monthly )?(?:contribution|donation)(?: (?:now|today))?"),
    # The appeal for money in the site's voice: "Please consider supporting our
    # journalism", "Readers like you make our reporting possible", "Donate to the Ledger".
    ("NL105", "support supporting please help readers supporters donors make give donate buy",
     r"(?:please )?(?:consider )?support(?:ing)? (?:our|this|local|independent|quality|public-interest|nonprofit|non-profit) (?:[^\s:]+ )?"
     r"(?:journalism|reporting|work|newsroom|coverage|news|mission)(?: (?:today|now|here))?[.!]?"
     r"|support (?:the )?(?-i:\p{Lu})[\w'’.&-]*(?: (?-i:\p{Lu})[\w'’.&-]*){0,3} (?:today|now)[.!]?"
     r"|help us (?:keep|make) (?:our |local |this |the )?(?:journalism|news|reporting|coverage|site|website|work) (?:free|open|alive|going|independent|available)(?: (?:for|to) [^\n]{1,30})?[.!]?"
     r"|(?:readers|people|supporters|members|donors|subscribers) like you (?:make|keep|help|power|fund|support) (?:our|this|it|local|independent) [^\n]{1,40}[.!]?"
     r"|make a (?:one-time |one-off |monthly |recurring |tax-deductible |year-end )?gift(?: (?:now|today))?|(?:please )?(?:give|donate) (?:monthly|today|now|once)[.!]?"
     r"|please (?:donate|give|contribute)[.!]?|buy (?:us|me) a coffee[.!]?|donate to (?:us|the (?-i:\p{Lu})|our |(?-i:\p{Lu}))[^\n]{0,40}"),
    ("NL105", "subscribe join subscriptions subscription digital access try unlock",
     r"(?:subscribe|join)(?: now| today)? (?:from|for) (?:just |only |as little as )?[$£€]\h?\d[^\n]{0,40}"
     r"|(?:join|subscribe)(?: now| today)? for (?:unlimited|full|digital|complete) (?:digital )?access[^\n]{0,30}"
     r"|unlock unlimited (?:reading|access|articles|stories)[^\n]{0,30}"
     r"|try (?:\d+|one|two|three|four) (?:days?|weeks?|months?) (?:for )?free[^\n]{0,30}"
     r"|(?:digital |print |annual |monthly )?subscriptions? (?:start|starts|from) (?:at |from )?(?:just |only )?(?:[$£€]\h?\d[\d.,]*|\d+p)[^\n]{0,30}"
     r"|access (?:all|every|unlimited) (?:of )?our [^\n]{1,40}? (?:for|from) (?:just |only )?(?:[$£€]\h?\d[\d.,]*|\d+p)[^\n]{0,30}"
     r"|(?:subscribe|join) now and save[^\n]{0,30}"),
    ("NL105", "only just #",
     r"(?:only |just )?[$£€]\h?\d[\d.,]* (?:for (?:the first|your first|\d+)(?: (?:\d+|two|three|four|six|twelve))? (?:weeks?|months?|years?)|(?:a|per) (?:week|month|year))[^\n]{0,30}"),
    ("NL105", "member members subscriber subscribers premium exclusive paid",
     r"(?:paid |premium )?(?:members|subscribers) only|premium (?:content|article|story)|(?:subscriber|member)s?[- ]only(?: (?:content|article|story))?"
     r"|exclusive (?:for|to) (?:paid |digital )?(?:subscribers|members)"),
    ("NL105", "this",
     r"this (?:article|story|content|post|feature|page) is (?:exclusive(?:ly)?|(?:only |exclusively )?available(?: exclusively| only)?|reserved|only|for) (?:to |for )?(?:our )?"
     r"(?:paid |paying |premium |digital )?(?:subscribers|members)(?: only)?[^\n]{0,40}"),
    ("NL105", "continue keep read",
     r"(?:continue|keep) reading (?:with (?:a|an|your) [^\n]{1,40}|for free(?: by (?:registering|signing up|subscribing|logging in|signing in))?|your article[^\n]{0,60}|for (?:just |only )?[$£€]\h?\d[^\n]{0,30})"
     r"|read without (?:limits?|restrictions)(?: [^\n]{0,30})?"
     r"|read (?:the full|this|the rest of this|the whole) (?:article|story) (?:with|for) (?:a|an|free|just|only) [^\n]{1,50}"),
    ("NL105", "please log sign login to",
     r"(?:please )?(?:log|sign) ?in(?: or (?:register|sign up|subscribe|create an account))? to (?:continue|read|keep reading|view|access|unlock)[^\n]{0,40}"
     r"|to (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in|register)[^\n]{0,30}"),
    ("NL105", "join sign register",
     r"join (?:[^\s:]+ ){0,3}?(?:now|today|us) to (?:read|continue|keep reading|access|unlock)[^\n]{0,30}|(?:sign ?up|register) for (?:a |an |your )?(?:free )?account[^\n]{0,40}"),
    ("NL105", "access you've you're", r"access (?:all|every|unlimited) [^\n]{0,50}\b(?:for|from) (?:just |only )?[$£€]\h?\d[^\n]{0,30}"
     r"|you(?:'ve| have) reached (?:your|the) (?:free )?(?:article|story|monthly|page|reading)[^\n]{0,40}"),
    # Advertising slots: a control of the ad, the story "continuing" past it, a sponsor.
    ("NL106", "skip close remove hide report block ad advertisement advertorial in brought content from",
     r"(?:skip|close|remove|hide|report|block|mute) (?:this |the |all )?(?:ads?|adverts?|advertisements?)"
     r"|ad ?feedback|advertorial|ad choices"
     r"|(?:advertisement|advert|ad|advertising) ?[-–—:·|•/(.] ?(?:scroll|story|article|continue|text|content)[^\n]{0,40}"
     r"|in (?:partnership|association|collaboration) with (?-i:\p{Lu})[^\n]{0,40}|brought to you by (?-i:\p{Lu})[^\n]{0,40}"
     r"|(?:content|stories|links) from our (?:partners|sponsors|advertisers)"),
    ("NL106", "paid sponsored sponsor promoted featured partner advertiser advertising ad brand from recommended ads content presented powered brought",
     r"(?:paid |sponsored |promoted |featured )?(?:partner|sponsor|advertiser|advertising|ad|brand)(?:ed)? (?:content|message|post|story|stories|links|feature|disclosure|spotlight|articles?|videos?)"
     r"(?: by (?-i:\p{Lu})[\w&.'’-]*(?: (?-i:\p{Lu})[\w&.'’-]*){0,3})?"  # "Sponsored Links by Taboola"
     r"|(?:sponsored|presented|powered|brought to you) by (?:our|the) (?:partners|sponsors|advertisers)"
     r"|(?:promoted|sponsored) (?:links|stories|content|posts) by (?-i:\p{Lu})[\w&.'’-]*(?: (?-i:\p{Lu})[\w&.'’-]*){0,3}"
     r"|(?:featured|paid|trusted|official) (?:partner|sponsor)s?|from (?:our|the|a) (?:sponsors?|partners?|advertisers?)"
     r"|(?:recommended|ads|content|promoted|paid for|supported|underwritten) by (?-i:\p{Lu})[\w&.'’-]*(?: (?-i:\p{Lu})[\w&.'’-]*){0,3}"),
    ("NL106", "the story article text content post continue",
     r"(?:the )?(?:story|article|text|content|post) continues? (?:below|after)(?: (?:the|this))?(?: (?:ad|ads|advertisement|advert|advertising|sponsor message))?"
     r"|continue reading (?:below|after) (?:the |this )?(?:ad|advertisement|advert)"),
    # Cookie banners: their buttons, their headings, their settings links.
    ("NL111", "continue save", r"continue without (?:accepting|agreeing|consenting|consent)(?: cookies)?|save (?:my )?(?:cookie )?(?:preferences|settings|choices)(?: (?:and|&) (?:close|exit|continue))?"),
    ("NL111", "accept reject allow decline deny refuse agree i",
     r"i (?:accept|agree|consent)(?: to all)?|(?:accept|reject|allow|decline|deny|refuse)(?=[^\n]) (?:(?:all|selected|selection|necessary|essential|non-essential|optional|required)(?: cookies)?(?: only)?"
     r"|cookies)(?: (?:and|&) (?:close|continue|proceed))?|(?:accept|agree) (?:and|&) (?:close|continue|proceed)|allow selection"),
    ("NL111", "manage customise customize update change review edit set withdraw cookie cookies privacy consent your we you necessary essential strictly only do",
     r"(?:manage|customi[sz]e|update|change|review|edit|set)(?: your| my)?(?: (?:cookie|cookies|privacy|consent|data|ad))? (?:preferences|settings|options|choices|consent)"
     r"|(?:manage|customi[sz]e) (?:my |your )?cookies|(?:manage|change|update|review|withdraw) (?:my |your )?consent"
     r"|we and our (?:\d+ |trusted |selected )?(?:partners|vendors)[^\n]{0,120}"
     r"|you can (?:withdraw|change|update|manage)(?: your)? (?:consent|cookie (?:settings|preferences)|privacy (?:settings|preferences))[^\n]{0,40}"
     r"|(?:cookie|cookies|privacy|consent) (?:settings|preferences|consent|choices|notice|options)"
     r"|your (?:privacy|cookie|consent) (?:choices|options|settings|preferences)"
     r"|we (?:value|care about|respect|protect) your (?:privacy|data)|your privacy matters(?: to us)?"
     r"|(?:strictly )?(?:necessary|essential|required) cookies(?: only)?|only (?:necessary|essential|required) cookies"
     r"|cookies on (?:this|our) (?:site|website)|do not sell(?: or share)? my (?:personal )?info(?:rmation)?"),
    # Share buttons worded as a verb and the story as object.
    ("NL102", "send email e forward gift give share shares post pin recommend copy link copied bookmark save add",
     r"(?:send|e-?mail|forward|gift|give|recommend) (?:this|the|full) (?:article|story|page|post|link|video)(?: (?:to|with) [^\n]{1,20})?"
     r"|(?:send|e-?mail|forward|recommend) (?:this|it) (?:to|with) [^\n]{1,20}"
     r"|(?:send|e-?mail|forward)(?: it)?(?: to)? a (?:friend|colleague)"
     r"|share (?:it |this |the |full )?(?:article |story |post )?with (?:a |your )?(?:friends?|colleagues?|family|others|network|followers|contacts)"
     r"|share full (?:article|story)"
     r"|(?:post|pin|send|share)(?: it| this)? (?:on|to|via) <NET>(?: \([^)\n]{1,30}\))?"
     r"|copy (?:the )?(?:article |story |page )?(?:link|url)(?: (?:to|of) (?:the |this )?(?:article|story|page|clipboard))?|link copied(?: to clipboard)?"
     r"|(?:send|share) (?:by|via|in an?) (?:e-?mail|text|sms)|gift (?:this |the )?(?:article|story)|shares? ?: ?\d[\d.,]*[km]?"
     r"|bookmark(?: this)?(?: (?:article|story|page))?|save (?:to read later|for later|to (?:my |your )?(?:list|reading list))"
     r"|add (?:this (?:article|story) )?to (?:my |your )?(?:reading list|saved (?:articles|stories)|bookmarks)"),
    ("NL102", "click tap", r"(?:click|tap) to (?:share|e-?mail|print|tweet|pin|post|copy)[^\n]{0,50}"),
    # The share button and the follow prompt of pages in other languages: a closed class
    # of verbs ("Compartilhar no Facebook", "Condividi su Facebook", "Поделиться").
    ("NL102", "compartilhar compartilhe partilhar partilhe compartir comparte partager partagez partage teilen condividi"
     " condividere поделиться bagikan udostępnij delen dela 공유하기 シェアする",
     r"(?:compartilh(?:ar|e)|partilh(?:ar|e)|compart(?:ir|e)|partag(?:er|ez|e)|teilen|condividi(?:ere)?|поделиться|bagikan|udostępnij|delen|dela)"
     r"(?: (?:no|na|en|sur|auf|su|в|di|op|på|w) <NET>)?"
     r"(?: (?:(?:este|esta|esse|essa|cet|cette|dieses|diesen|questo|questa|ini|эту|ten|deze) )?"
     r"(?:artigo|artículo|article|artikel|articolo|notícia|noticia|nachricht|beitrag|notizia|berita|новость|статью|post|página|pagina|seite))?"
     r"|bagikan (?:artikel|berita|tulisan) ini|공유하기|シェアする"),
    ("NL103", "siga sigam síguenos suivez folgen folge seguici ikuti подписывайтесь",
     r"(?:siga-nos|sigam-nos|síguenos|suivez-nous|folgen sie uns|folge uns|seguici|ikuti kami)(?: (?:no|na|nas|nos|en|sur|auf|su|di|on) <NETS>)?"
     r"|подписывайтесь на (?:нас|наш (?:канал|telegram-канал|телеграм-канал)|наши (?:каналы|страницы))(?: (?:в|на) <NETS>)?"),
    ("NL104", "receba suscríbete suscribete suscríbase inscreva подпишитесь",
     r"receba (?:as |nossas )?(?:notícias|novidades)(?: [^\n]{0,20})? (?:no seu|em seu|por) e-?mail"
     r"|(?:suscr[ií]bete|suscr[ií]base|inscreva-se|подпишитесь) (?:a |al |à |em |na |no |на )?(?:nuestro |nossa |nosso |нашу )?(?:bolet[ií]n|informativo|рассылку)[^\n]{0,30}"),
    # WordPress's comment form, in the languages of the corpus's pages.
    ("NL116", "save salvar guarda",
     r"save my name,? e-?mail,? and website in this browser for the next time i comment\.?"
     r"|salvar meu nome,? e-?mail e site neste navegador para a próxima vez que eu comentar\.?"
     r"|guarda mi nombre,? correo electrónico y (?:sitio )?web en este navegador para la próxima vez que comente\.?"),
    # Follow prompts with a list of networks after a colon, or a channel.
    ("NL103", "follow stay connect find join social keep catch check tap click get subscribe tag watch listen share",
     r"(?:follow us|stay connected|connect(?: with us)?|find us|join us|social(?: media)?)(?: ?[:\-–—] ?| )<NETS>"
     r"|follow us(?: on social(?: media)?| for (?:more|the latest|updates|news)[^\n]{0,30})"
     r"|find us on social(?: media)?"
     r"|(?:join|follow|subscribe to) (?:our|the) <NET> (?:channel|group|community|page|account)(?: [^\n]{0,40})?"
     r"|(?:keep up|stay in touch|catch up|catch us|stay connected)(?: with us)? on <NETS>"
     r"|(?:stay (?:up to date|connected|updated|informed)|keep up to date) by following us on <NETS>"
     r"|(?:get|find|read) (?:the latest|more)[^\n]{0,30} on our <NET> (?:channel|page|account|feed)"
     r"|get (?:our|the latest|more|all our|breaking) (?:[^\s:]+ ){0,3}?(?:on|via) <NET>(?: (?:channel|group))?"
     r"|check out our <NET>(?: (?:page|channel|account|feed))?"
     r"|follow our (?:<NET> )?channel|follow our <NET>(?: (?:page|channel|account|feed))?(?: for [^\n]{1,40})?|(?:subscribe|tag us|watch us|find us|listen) on <NET>(?: <HANDLE>)?"
     r"|share your (?:photos|pictures|videos|stories|news tips) with us(?: on <NETS>)?"
     r"|(?:tap|click)(?: here)? to (?:follow|join) (?:us(?: on <NETS>)?|our [^\n]{0,30})"),
    # The author box: more of the author's stories, a follow button.
    ("NL108", "more", r"more (?:by|from) (?:this|the) (?:author|writer|reporter|columnist|contributor)"),
    ("NL103", "follow", r"follow (?:the |this )?(?:author|writer|reporter|columnist)(?: on <NETS>)?"),
    # Other stories: a label of the recommendation box, a link in other words.
    ("NL108", "keep suggested up next previous trending in also see earlier prior catch latest more further related",
     r"(?:keep reading|suggested reading|suggested|up next|next(?: (?:article|story|read|up))?|(?:previous|earlier|prior|more|further|related) coverage"
     r"|previously|trending(?: now)?|latest|in other news|also in the news|see|catch up|also on (?-i:\p{Lu})[^\s:]*(?: [^\s:]+){0,3})"
     # (Not a live blog's entry, a long sentence that ends as one: "Latest: Rescue teams
     # have reached the second group of hikers, who are said to be cold but uninjured.")
     r"(?: ?[:：|»›>→▶►])+ ?(?![^\n]{50,}[.!][\"'”’)]*\h*$)(?-i:[\p{Lu}\p{N}\"“‘'])[^\n]*"),
    ("NL108", "read also more see related watch", r"(?:read(?: (?:more|also|next))?|also read|see also|related(?: [^\s:]+)?)(?: ?[→▶►⟶–—])+ ?(?!\h*$)[^\n]*"
     r"|(?:more|watch|see more)(?: ?[→▶►⟶])+ ?(?!\h*$)[^\n]*"
     # (Not a pointer to the printed paper: "Read the full report of the meeting in
     # Thursday's paper." names no link.)
     r"|read (?:our|the) (?:full |latest |complete )?(?:coverage|report|analysis)"
     r"(?![^\n]*\bin (?:\p{L}+'s|this week's|next week's|the printed|the print|our print) (?:paper|edition|issue|magazine|supplement)\b)"
     r"(?: (?:of|on|here) [^\n]{0,40})?"
     r"|read more (?:about|from|on|in) [^\n]{1,60}|read the latest(?: (?:on|about|from|in) [^\n]{1,50})?|also read|read also"),
    ("NL109", "must in read from around more stories also explore discover picked chosen selected curated recommended you today's todays this our top popular latest trending featured editors articles picks reads videos what others other readers people everyone subscribers elsewhere news",
     r"must[- ]reads?|in case you missed it|read these next|(?:from )?around the (?:web|site|region|network|county|state)|(?:read )?more (?:top )?stories"
     r"|stories you (?:may|might) have missed|you (?:may|might) have missed|also of interest|(?:explore|discover) more(?: (?:stories|articles|news))?"
     r"|more to (?:explore|read|discover)|(?:picked|chosen|selected|curated) for you|recommended by (?:our )?editors"
     r"|also (?:in|on) (?-i:\p{Lu})[\w&.'’-]*(?: (?-i:\p{Lu})[\w&.'’-]*)?"
     r"|(?:today'?s |this week'?s |our )?(?:top|popular|latest|trending|featured|recommended|editors'?) (?:picks|stories|reads|articles|news|videos|headlines)"
     r"(?: (?:today|now|right now|this week))?"
     r"|(?:news|stories|articles|picks|reads|videos) (?:for you|we recommend|you (?:may|might) (?:like|enjoy|have missed))"
     r"|(?:what )?(?:others|other readers|readers|people|everyone|subscribers)(?: are| is| also)? (?:reading|read|viewed|liked|watched|enjoyed|watching)(?: (?:next|now|today))?"
     r"|elsewhere on (?:the |our )?(?:site|web|network)|popular|latest"),
    # Page controls: the audio player, text size, menu toggles, "load more".
    ("NL113", "listen play pause audio font text increase decrease change adjust larger smaller",
     r"listen(?: now| live)?|listen to (?:this |the )?(?:article|story|audio)(?: [^\n]{0,20})?|(?:play|pause) (?:audio|article|story|the article)"
     r"|audio version(?: of (?:this|the) (?:article|story))?|(?:font|text) size(?: (?:a|a\+|a-|a−|\+|-|−)){0,4}|(?:increase|decrease|change|adjust) (?:the )?(?:font|text) size|(?:larger|smaller) text"),
    # The player's pointer to itself ("Watch the video above") and a live blog's controls.
    ("NL113", "watch see view play follow get key show read",
     r"(?:watch|see|view|play) the (?:video|clip|footage|interview|report)(?: (?:above|below|here|now))?"
     r"|(?:view|see|open) (?:a |the )?(?:larger|bigger|full[- ]size|high[- ]resolution) (?:image|photo|picture|version)"
     r"|(?:follow|get|watch|read|see) (?:our |the )?live (?:updates|coverage|blog)|(?:show )?key events(?: only)?"),
    ("NL113", "go top continue skip toggle open close show hide load see view expand download estimated main audio zoom enter exit full fullscreen read #",
     r"go back|go to (?:the )?(?:comments|top|homepage|home)|top of (?:the )?page|continue to (?:the )?(?:article|story|site)"
     r"|skip (?:ad|advertisement|intro)|(?:toggle|open|close|show|hide) (?:the )?(?:menu|navigation|nav|sidebar|search)"
     r"|load more(?: (?:stories|articles|posts|news))?|see more|view more|show all(?: (?:stories|articles|posts|news|videos|photos))?|read less|expand (?:the )?(?:article|story|all)"
     r"|skip (?:to )?(?:the )?(?:main )?(?:navigation|nav|menu|content)|main menu|audio|zoom (?:in|out)|(?:enter |exit )?full ?screen|main (?:navigation|nav)"
     r"|open (?:the )?(?:image|photo|gallery|picture)|download (?:the |this )?pdf|estimated (?:reading|read) time ?:? \d+ ?\w+|\d+[- ]min(?:ute)?s?[ -]read"),
    # Apps and notifications.
    ("NL117", "available download get install try read continue open view",
     r"(?:available|download(?: it)?|get it)(?: now)? (?:on|from|in) (?:the )?(?:app store|google play|apple app store|play store)[^\n]{0,40}"
     r"|(?:read|continue|open|view)(?: (?:it|this(?: story| article)?|the (?:story|article)))? (?:in|on) (?:the |our )?(?:[^\s:]+ )?app"
     r"|open (?:the|our) (?:[^\s:]+ )?app|available (?:now )?(?:on|for) (?:ios|iphone|android)(?: (?:and|&) (?:ios|iphone|ipad|android))?"
     r"|(?:download|get|install|try) (?:the|our) (?:free )?(?:[^\s:]+ ){0,3}app (?:for|on) [^\n]{1,40}"
     r"|get (?:[^\s:]+ ){0,6}(?:with|on|in|from) our (?:free )?(?:[^\s:]+ )?app"),
    ("NL117", "enable turn allow get receive subscribe would",
     r"(?:enable|turn on|allow|get|activate|receive|subscribe to) (?:push |browser |desktop |breaking news |breaking-news |news )*(?:notifications|alerts)(?: on your (?:phone|device|desktop|browser))?"
     r"(?: (?:and|&) (?:special reports|exclusive offers|more|the latest(?: news)?|updates))?(?: (?:to get|for|about|from us|from (?-i:\p{Lu})) [^\n.!?]{1,40})?[.!]?"
     # The browser's prompt for the site's notifications, and its answers.
     r"|get (?:notified|an alert|alerts) (?:when (?:we|there|a new)|about (?:new|our|the latest|breaking)|for (?:new|this|our))[^\n.!?]{0,40}[.!]?"
     r"|would you like to (?:receive|get|turn on|enable) (?:push |browser |breaking news )?(?:notifications|alerts)(?: [^\n?]{1,40})?\?"),
    # -- NL114 tag and topic lists.
    # The same label on pages in other languages: "Themen: Politik, Wirtschaft", "Temas: ...".
    ("NL114", "themen schlagwörter schlagworte temas tópicos etiquetas argomenti thèmes sujets mots темы теги",
     r"(?:themen|schlagw(?:ö|oe)rter|schlagworte|temas|tópicos|etiquetas|argomenti|thèmes|sujets|mots-clés|темы|теги) ?:(?: [^\n]*)?"),
    ("NL114", "tag tags topic topics filed categories categorised categorized subjects keywords related tagged posted",
     r"(?:tags?|topics?|filed (?:under|in)|categories|categori[sz]ed (?:in|under|as)|subjects|keywords|related (?:tags|topics)|tagged(?: with)?|posted in) ?:(?: [^\n]*)?"
     r"|(?:related )?(?:tags|topics)|filed under|tags(?: #?(?-i:[\p{Lu}\p{N}])[^\s,]*,?){1,12}|(?:filed under|posted in) (?-i:[\p{Lu}\p{N}#])[\w&'’.-]*(?: (?:(?-i:[\p{Lu}\p{N}&])[\w&'’.-]*|and|of|the)){0,3}(?: ?[,|/•·] ?(?-i:[\p{Lu}\p{N}#])[\w&'’.-]*(?: (?:(?-i:[\p{Lu}\p{N}&])[\w&'’.-]*|and|of|the)){0,3}){0,10}"),
    # -- Calls to action by their object, whatever the verb: a short imperative line (its
    # first word one of the verbs of a page's buttons) whose object is the site's own
    # thing -- its comments, its account on a network, its e-mail, its newsroom -- at the
    # end of the line. The verb alone proves nothing ("Follow the money"); the object does.
    ("NL116", _CTA_VERBS,
     r"(?:[^\s.,;:!?]+ ){1,6}?(?:in|into|to|on|below|under|via) (?:the |our )?(?:comments?|comment (?:section|box|thread|form)|(?:discussion|conversation|debate|thread) below)"
     r"(?: (?:section|box|thread|form|panel))?(?: (?:below|here|now))?[.!]?"
     r"|(?:[^\s.,;:!?]+ ){1,4}?(?:a |your |the )?(?:comment|reply)(?: (?:below|here|now))?"
     r"|(?:[^\s.,;:!?]+ ){1,3}?to (?:comment|reply)"),
    ("NL103", _CTA_VERBS,
     r"(?=[^\n]*\b(?:us|our)\b)(?:[^\s.,;:!?]+ ){1,7}?(?:on|via|in|at|to) (?:our |the )?<NETS>"
     r"(?: (?:page|channel|account|feed|group|community|profile))?(?: (?:for|to) [^\n.!?]{1,30})?!?"
     r"|(?:[^\s.,;:!?]+ ){0,3}?our <NET> (?:page|channel|account|feed|group|community|profile)(?: (?:for|to) [^\n.!?]{1,30})?!?"),
    ("NL104", _CTA_VERBS,
     r"(?:(?:[^\s.,;:!?]+|\d[\d,.]*) ){1,8}?(?:our|the) (?:free |daily |weekly |weekday |weekend |morning |evening |nightly |monthly |breaking |(?-i:\p{Lu})[\w'’-]* ){0,3}"
     r"(?:e-?mails?|newsletters?|briefings?|digest|bulletins?|e-?mail (?:alerts|updates|list))"
     r"(?: (?:in your inbox|by e-?mail|every \w+|each \w+|here|now|today|below))?[.!]?"
     r"|check your (?:inbox|e-?mail)(?: (?:to|and) (?:confirm|verify|activate|complete) [^\n]{1,40}| for (?:a|the|our) (?:confirmation|verification|link)[^\n]{0,30})?[.!]?"
     r"|start your (?:day|morning|week|weekend) with [^\n]{1,50}\b(?:e-?mail|newsletter|briefing|digest|bulletin)s?[.!]?"
     r"|(?:get|receive) (?:the best of |the latest from |more from )?[^\n]{1,40} delivered (?:daily|weekly|every \w+|each \w+)[.!]?"),
    ("NL117", _CTA_VERBS,
     r"(?:(?:send|share|submit|e-?mail|tell) (?:us )?(?:your )?(?:[^\s.,;:!?]+ ){0,3}?(?:to|with) (?:us|our (?:team|newsroom|news ?desk|editors|reporters|journalists))"
     r"|(?:contact|e-?mail|message|call|write to|reach|tip off) (?:the |our |this )?(?:newsroom|news ?desk|(?:reporter|author|writer|journalist|editor)s?|editorial team)"
     r"|(?:submit|send|share) (?:an? |your )?(?:news |story )?(?:tip|idea|story idea|story|stories)s?)"
     r"(?: (?:at|on|via|by) [^\n]{1,50})?[.!]?"
     # A bare button of the page: "Learn more", "Find out more", "Click here to join".
     r"|(?:learn|find out|discover|see|read) more(?: about (?:us|our [^\n.,]{1,30}|this (?:story|topic|site)))?"
     r"|(?:click|tap)(?: here)? to (?!(?:share|e-?mail|print|tweet|pin|post|copy)\b|(?:follow|join) \S)[^\n.,]{1,50}|(?:click|tap) here for [^\n.,]{1,50}"),
    ("NL113", _CTA_VERBS,
     # The player's and the live blog's controls.
     r"(?:press |tap |click )?(?:play|pause|mute|unmute|replay|autoplay)(?: (?:video|audio|the video|to (?:listen|watch|play|hear)))?"
     r"|watch(?: the)? (?:now|full (?:video|clip|episode|interview)|the full (?:video|clip|episode|interview|report))"
     r"|(?:show|see|load|view|jump to)(?: the)? (?:latest|newest|new|all|\d+ new) (?:updates|posts|entries)?|jump to (?:the )?latest"
     r"|swipe (?:for|to see) (?:more|the next)(?: (?:photos|images|pictures|slides))?|(?:expand|enlarge|zoom) (?:the )?(?:image|photo|picture)"
     r"|(?:tap|click) to (?:view|open|see) (?:the )?(?:gallery|photos|images|slideshow)"),
    ("NL104", "our",
     r"our (?:free )?(?:daily |weekly |weekday |morning |evening |nightly )?(?:newsletter|e-?mail|briefing|digest|bulletin) (?:lands|arrives|comes out|goes out|is sent|hits inboxes|drops)[^\n.]{0,40}"),
    # A newsletter's pitch that never names it: a verb of getting (or "start your day
    # with"), the news it brings, and how often it comes ("Get the day's top stories and
    # the fun stuff, every morning", "The week's best reads, delivered every Sunday",
    # "Get Evening Edition, our digest of the day's news"). The cadence (or the
    # "our digest of" apposition) is what a line of the story does not end with.
    ("NL104", "get receive catch start",
     r"(?:get|receive|catch up on|start your (?:day|morning|week|weekend) with) (?:the |our |your |all the )?"
     r"(?:[^\s:]+ ){0,6}?<NEWS>(?: [^\n]{0,40}?)?,?"
     r" (?:(?:delivered|sent|e-?mailed|in your inbox|straight to your inbox|free),? ){0,2}<CADENCE>(?:,? (?:free|for free|in your inbox|straight to your inbox))?[.!]?"
     r"|(?:get|receive) [^\n,]{1,40}, (?:our|the) (?:free )?(?:daily |weekly |weekday |morning |evening |nightly )?"
     r"(?:digest|briefing|round-?up|newsletter|e-?mail|bulletin|summary|rundown) of [^\n]{1,50}"
     r"|start your (?:day|morning|week|weekend) with (?:[^\s:]+ ){0,6}?<NEWS>(?: [^\n.!?]{0,40})?[.!]?"
     ),
    # The same pitch without its verb, found by the word "delivered" in a short line (not
    # by its first word: "The", "Our", "Your" open many lines): "The week's best reads,
    # delivered every Sunday".
    ("NL104", "=delivered",
     r"(?:the|our|today's|today’s|this week's|this week’s|your) (?:[^\s:]+ ){0,6}?<NEWS>(?: [^\n]{0,40}?)?,?"
     r" delivered(?: free)?,? <CADENCE>(?:,? (?:free|for free))?[.!]?"),
    ("NL103", "our", r"our (?:news|channel|page|stories|updates|videos) (?:in|on) <NETS>"),
    ("NL116", "to", r"to (?:leave|post|add|write) (?:a |your )?(?:comment|reply),? (?:you (?:need|have|must) to|please) (?:log|sign) ?in[^\n]{0,20}"
     r"|to (?:comment|reply),? (?:you (?:need|have|must) to|please) (?:log|sign) ?in[^\n]{0,20}"),
    ("NL117", "write email e", r"(?:write to|e-?mail) us(?: ?:| at) ?[^\s@]+@[^\n]{1,50}|write to us"),
    # The page's standing invitation to write to the paper: a letter to the editor, the
    # reader's view of "this or any of our articles", an address of the newsroom's own
    # mailboxes (a closed class: letters@, tips@, newsroom@ ...).
    ("NL117", "submit send write email e mail letters we we'd we’d",
     r"(?:submit|send|write|e-?mail|mail) (?:us (?:an? |your )?letters?|(?:an? |your )?letters? to (?:the |our )?editors?)"
     # (after it, the site's own channel: "... at the address below" may be a contest's)
     r"(?: (?:(?:via|through|using|with|on) (?:our|this) [^\n]{1,40}|(?:at|to) [\w.+-]+@[^\n]{1,40}|by e-?mail|here|now|today|online|for publication))?[.!]?"
     r"|letters? to (?:the |our )?editors? (?:can|may|should|must) be (?:sent|submitted|e-?mailed|addressed|posted) (?:to|via|at|through|online|by)[^\n]{0,60}"
     r"|we(?:'d|’d| would)? (?:like|love|want) to hear (?:what you think|your (?:thoughts|views|opinions?|feedback)|from you)"
     r" (?:about|of|on) (?:this|the|our|any of our|this or any of our|this and any of our) (?:[^\s:]+ ){0,2}?"
     r"(?:articles?|stories|story|piece|pieces|coverage|reporting|journalism)[.!]?"
     r"|we welcome (?:your )?(?:feedback|comments|letters|views|thoughts)(?: (?:on|about) (?:this|our) (?:article|story|piece|coverage|reporting)"
     r"| (?:on|about) this (?:and|or) any other (?:subject|topic|story|article|issue))[.!]?"),
    ("NL117", "=@",
     r"(?:[^\n@]{0,80}?\b)?(?:e-?mail|send|write|contact|submit|reach|mail|tip)\b[^\n@]{0,50}?"
     r"\b(?:letters|news|tips?|newstips|opinion|editors?|feedback|newsroom|newsdesk|readers|corrections|views|stories)@[\w-]+(?:\.[\w-]+)+[.!]?"),
    # The digest's pitch by what it holds: "Get the day's big stories + the fun stuff you
    # love", "Every day we send an email with the top stories from the Ledger".
    ("NL104", "get receive every",
     r"(?:get|receive) (?:the day's|the day’s|today's|today’s|this week's|this week’s|the week's|the week’s|tonight's|tonight’s) (?:[^\s:]+ ){0,3}?<NEWS>"
     r"(?: (?:\+|and|&|plus) [^\n]{1,90})?"
     r"|(?:every (?:day|morning|evening|week|weekday) )?we (?:send|deliver|e-?mail) (?:you )?(?:an? |our )?(?:free )?(?:daily |weekly |morning |evening )?"
     r"(?:e-?mail|newsletter|digest|briefing)s?(?: (?:every|each) \w+)? with (?:the|our) (?:day's |day’s |week's |week’s )?"
     r"(?:top|best|latest|biggest|most important|must-read) <NEWS>[^\n]{0,40}"
     r"|(?:every (?:day|morning|evening|week|weekday) )?we (?:send|e-?mail) you (?:the|our) (?:day's |day’s |week's |week’s )?"
     r"(?:top|best|latest|biggest|most important|must-read) <NEWS>[^\n]{0,40}"),
    # Their thoughts in the comments: "Leave your thoughts below".
    ("NL116", "leave share post add drop give",
     r"(?:leave|share|post|add|drop|give) (?:us )?your (?:thoughts|views|opinions?|take)(?: (?:below|here|in the comments?(?: section)?(?: below)?))[.!]?"),
    ("NL104", "you we", r"you can unsubscribe (?:at )?any ?time[.!]?|we (?:use|will use) your (?:sign-?up|e-?mail(?: address)?|details|information) to [^\n]{1,100}"),
    ("NL116", "notify your name email e website comment",
     r"notify me of (?:follow-?up comments|new (?:comments|posts|replies))(?: (?:by|via) e-?mail)?[.!]?"
     r"|(?:your )?(?:name|e-?mail(?: address)?|website|comment)(?: ?\((?:required|optional|will not be published)\)| ?\*)|your comment"),
    # The comment list's heading as a blog prints it, with the story's title: "One
    # thought on “<title>”", "12 responses to “<title>”"; the form's log-in line.
    ("NL116", "please log sign",
     r"(?:please )?(?:log|sign) ?in (?:using|with) (?:one of these methods|[^\n]{1,40}?) to (?:post|leave|add|write|submit) (?:a |your )?comment ?[:.]?"),
    ("NL116", "=thought",
     r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?|comments?|repl(?:y|ies)|pingbacks?) (?:on|to) [“\"‘'«][^\n]{1,150}[”\"’'»]"),
    ("NL116", "most featured highlighted", r"(?:most (?:liked|popular|recent|recommended|upvoted|replied)|featured|highlighted) comments"),
    ("NL109", "topics stories news headlines top", r"(?:top )?(?:topics|stories|news|headlines) of the (?:day|week)"),
    ("NL106", "why", r"why (?:this|am i seeing this|these) ads?\??"),
    ("NL113", "now live latest new pinned auto refresh #",
     r"now playing(?: ?: ?[^\n]{1,50})?|live(?: (?:updates|coverage|blog|now))?(?: ?: ?latest updates)?|latest updates|(?:\d+ )?new (?:updates|posts)(?: (?:available|below))?"
     r"|pinned(?: post)?|auto-?refresh(?: (?:on|off))?|refresh|mute|unmute|replay|autoplay"),
    # The author box: who wrote it, the author's page and other stories.
    ("NL108", "about more all other latest view see author",
     r"about (?:the|this) (?:author|writer|reporter|contributor)s?|(?:more|all|other|latest) (?:stories |articles |posts |work |columns )?"
     r"(?:(?:by|from) this (?:author|writer|reporter|columnist)|by (?-i:\p{Lu})[\w'’-]+(?: (?-i:\p{Lu})[\w'’.-]*){1,2})"
     r"|(?:view|see) (?:the )?(?:full )?(?:author|writer|reporter)(?:'s|’s)? (?:profile|bio|page)|(?:view|see) (?:the )?full (?:profile|bio)|author (?:profile|bio|page)"),
]


def _first_words(spec: str) -> set[str]:
    words = set()
    for word in spec.split():
        if word == "<NET>":
            words.update(first_word(name) for name, _ in read_list("boilerplate_social_networks.txt"))
        else:
            words.add(word)
    return words


_WORD = patterns.compile(r"[\p{L}\p{N}][\p{L}\p{M}'’]*")


def first_word(text: str) -> str:
    match = _WORD.search(text)
    word = match.group().lower().replace("’", "'") if match else ""
    return "#" if word[:1].isdigit() else word


_EDGES = patterns.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
_SPACES = patterns.compile(r"\s+")


@lru_cache(maxsize=4096)
def normalised(text: str) -> str:
    """A label as the exact tables hold it: without DECOR at its ends, lowercase, with
    single spaces. (Cached: the same labels recur on every page of a site.)"""
    return _SPACES.sub(" ", _EDGES.sub("", text)).lower().replace("’", "'")


@lru_cache(maxsize=1)
def exact_labels() -> dict[str, str]:
    """Closed-class labels that make up a whole line, normalised -> rule code: looked up
    in a dictionary rather than matched, so the lists cost nothing to compile."""
    table = {}
    for name, code in (("boilerplate_ad_labels.txt", "NL106"), ("boilerplate_related_labels.txt", "NL109")):
        for entry, _ in read_list(name):
            table.setdefault(normalised(entry), code)
    return table


@lru_cache(maxsize=1)
def network_names() -> tuple[frozenset[str], frozenset[str]]:
    """(every network name, the names that may stand alone), normalised."""
    entries = read_list("boilerplate_social_networks.txt")
    return (frozenset(normalised(name) for name, _ in entries),
            frozenset(normalised(name) for name, marked in entries if not marked))


@lru_cache(maxsize=1)
def section_names() -> frozenset[str]:
    return frozenset(normalised(entry) for entry, _ in read_list("boilerplate_sections.txt"))


@lru_cache(maxsize=1)
def exact_first_words() -> frozenset[str]:
    """First words of every exact label, section name and network name."""
    every = [*exact_labels(), *section_names(), *network_names()[0]]
    return frozenset(first_word(entry) for entry in every)


#: Short lines (indentation aside: some extractors indent deeply), each with its first word (group 1, the key of the dispatch table) or a
#: digit (then group 1 is empty and the key is "#"; only lines of at most 40 characters:
#: counters and counted buttons are short, numbered list items often are not). Run on
#: the lowercased text with a line break put before it (``short_lines``): each match
#: starts at the line break before its line, a literal that the engine finds at memchr
#: speed, where a pattern starting with ``^`` is tried at every position. The
#: indentation and the length look-ahead are possessive: on a line that does not match,
#: the engine gives up at once instead of giving characters back one at a time to try
#: again (which could only fail again: the word starts at the first letter or digit).
_SHORT_LINE_BODY = rf"\h*+(?=[^\n]{{1,{MAX_LABEL}}}+$){DECOR}(?:(\p{{L}}[\p{{L}}\p{{M}}'’]*)|(?=[^\n]{{1,36}}+$)\p{{N}})"
SHORT_LINE = patterns.compile(rf"(?m)\n{_SHORT_LINE_BODY}")
#: ``SHORT_LINE`` for one line's text (without its terminator): the same test, for a
#: classifier that already knows which lines are short (``_boilerplate_scan``).
SHORT_LINE_ALONE = patterns.compile(_SHORT_LINE_BODY)


def short_lines(text: str):
    """The matches of ``SHORT_LINE`` in ``text``; ``match.start()`` is the offset of the
    line in ``text`` (the line break before it stands in for the start of the line)."""
    return SHORT_LINE.finditer("\n" + text)


# -- lead-ins: what comes before a call to action on the same line ----------------------
# A prompt is often two sentences: a question or a promise to the reader, then the button
# ("Want more stories like this? Join our mailing list", "Stay informed. Subscribe
# today."). The lead-in alone proves nothing; a line is chrome when each of its segments
# is a lead-in or a label and one at least is a label (``boilerplate._composed``).

LEAD_IN = (
    r"(?:want|need|like|love|enjoy(?:ed|ing)?|liked|loved|looking for|interested in|got|have|fancy|prefer|short on time) [^?\n]{0,60}\?"
    r"|already (?:a |an )?[^?\n]{1,40}\?"
    r"|(?:don'?t|do not) have (?:an? )?(?:account|subscription|login)[^?\n]{0,20}\?"
    r"|not (?:a |yet a )?(?:subscriber|member)(?: yet)?\?|new (?:here|reader|to [^?\n]{1,20})\?"
    r"|what(?: do you think| are your thoughts| did you think| do you make of| did you make of|(?:'s|’s| is) your (?:view|take|opinion|verdict|reaction|experience))[^?\n]{0,30}\?"
    r"|got (?:a view|an opinion|something to say|thoughts)[^?\n]{0,20}\?"
    r"|(?:join|enter) the (?:debate|conversation|discussion)"
    r"|(?:stay|keep) (?:informed|connected|updated|up to date|up-to-date|in the know|in touch|ahead|current)(?: [^\n]{0,40})?"
    r"|never miss (?:a|an|another|the) [^\n]{1,40}|don'?t miss (?:out|a thing|a story|a beat|another)[^\n]{0,30}"
    r"|be the first to (?:know|hear|find out)[^\n]{0,30}"
    r"|we(?:'re| are) (?:now )?on [\w ]{1,20}"
    r"|we(?:'d| would)? (?:want to|love to|like to) hear (?:from you|your [^\n]{1,20}|what you think)"
    r"|(?:your )?support matters|(?:support|fund|back) (?:local|independent|quality|our|public-interest) journalism"
    r"|(?:our|this) (?:journalism|reporting|work|site|website|content) is (?:free|and will (?:always )?(?:stay|remain|be) free)[^\n]{0,60}"
    r"|keep (?:local |independent )?(?:news|journalism|reporting) (?:alive|free|going|strong)|we rely on (?:readers|supporters|you|donations|members)[^\n]{0,40}"
    r"|thanks? (?:you )?for reading[^\n]{0,30}|get involved|it'?s free|it only takes a (?:minute|second|moment)|no spam(?:,? ever)?"
    r"|unsubscribe (?:at )?any ?time|free(?: of charge)?|start your (?:day|morning|week) [^\n]{0,50}"
    r"|[^\n]{1,50}\bdelivered (?:daily|weekly|nightly|weekdays?(?: \w+)?|every \w+|each \w+|to your inbox)"
    r"|get (?:the news|the headlines|the story|breaking news|it|them) first"
)
#: The words a line that opens with a lead-in starts with (a lead-in after the first
#: segment, "Sign up. It's free.", needs no key: the line is found by its first word).
LEAD_WORDS = frozenset(
    "want need like love enjoy enjoyed enjoying liked loved looking interested got have already don't dont what what's "
    "stay keep never be we we'd we're your support start".split()
)


@lru_cache(maxsize=1)
def lead_in() -> patterns.BoundedPattern:
    return patterns.compile(rf"{DECOR}(?:{spaced(LEAD_IN)}){DECOR}", regex.IGNORECASE)


@lru_cache(maxsize=1)
def label_keys() -> frozenset[str]:
    """Every first word (``SHORT_LINE`` group 1, or "#") that makes a short line worth a
    look: it files a label pattern, or starts an exact label, section or network name,
    or a lead-in."""
    return frozenset(label_table()[0]) | exact_first_words() | {"#"} | LEAD_WORDS


@lru_cache(maxsize=1)
def label_table() -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    """(first word -> [code], [(code, contained word)]).

    The entries of one code filed under one word are joined into one regex (``label_pattern``); a word's list
    holds the codes filed under it in the order of ``LABELS``, so a line goes to the
    first code whose pattern matches it."""
    words: dict[str, list[str]] = {}
    contained: list[tuple[str, str]] = []
    for code, first, _ in LABELS:
        if first.startswith("="):
            contained.append((code, first[1:]))
            continue
        for spelling in _spellings(first):
            codes = words.setdefault(spelling, [])
            if code not in codes:
                codes.append(code)
    return words, contained


def _spellings(first: str) -> set[str]:
    """The first words an entry's spec files it under, in both apostrophes."""
    return {spelling for word in _first_words(first) for spelling in (word, word.replace("'", "’"))}


def _label_body(pattern: str) -> str:
    body = pattern.replace("<LEGAL>", _LEGAL_LINKS).replace("<FOOTER>", _FOOTER_LINKS)
    body = body.replace("<DASHED>", _READ_MORE_DASHED).replace("<NEWS>", _NEWS).replace("<CADENCE>", _CADENCE).replace("<BUTTON>", _BUTTON)
    return _p(body).replace("<DOMAIN>", _DOMAIN)


def _calls_defines(pattern: str) -> bool:
    return "<NET" in pattern or "<ITEM>" in pattern


@lru_cache(maxsize=1)
def _label_groups() -> dict[tuple[str, str | None], tuple[tuple[int, ...], ...]]:
    """(code, first word) -> the groups of ``LABELS`` entries (by index) to try on a line
    that starts with the word: each entry of the code filed under it alone, except that
    a code's entries calling the named sub-patterns (the networks: ``_callees``) make one
    group, so that the long network list is compiled once per code. (code, None) -> the one group of the
    code's entries filed by a contained word."""
    shared: dict[tuple[str, bool], list[int]] = {}  # (code, by a contained word) -> entries
    for index, (code, first, pattern) in enumerate(LABELS):
        if first.startswith("=") or _calls_defines(pattern):
            shared.setdefault((code, first.startswith("=")), []).append(index)
    groups: dict[tuple[str, str | None], list[tuple[int, ...]]] = {}
    for index, (code, first, pattern) in enumerate(LABELS):
        by_content = first.startswith("=")
        group = tuple(shared[code, by_content]) if by_content or _calls_defines(pattern) else (index,)
        for word in (None,) if by_content else _spellings(first):
            members = groups.setdefault((code, word), [])
            if group not in members:
                members.append(group)
    return {where: tuple(members) for where, members in groups.items()}


@lru_cache(maxsize=None)
def _group_pattern(entries: tuple[int, ...]) -> patterns.BoundedPattern:
    """The pattern of one group of ``_label_groups``: the alternation of its entries.
    Compiled when first needed: compiling every entry costs more than checking many
    short articles, and a corpus shows few of the words."""
    body = "|".join(_label_body(LABELS[index][2]) for index in entries)
    if "(?&" in body:
        for call, group in _callees():
            body = body.replace(call, group)
    return patterns.compile(rf"{DECOR}(?:{body}){DECOR}", regex.IGNORECASE)


def label_pattern(code: str, word: str | None) -> list[patterns.BoundedPattern]:
    """The patterns of ``code`` to try on a line whose first word is ``word`` (or, for
    None, on a line holding one of the code's contained words)."""
    return [_group_pattern(key) for key in _label_groups().get((code, word), ())]


@lru_cache(maxsize=8192)
def label_codes(word: str, line: str) -> tuple[str, ...]:
    """The codes filed under ``word`` whose label pattern matches the whole of ``line``,
    in the order they are tried. A pattern sees nothing outside the line (none looks
    behind its start), so the answer depends on the line's text alone, and is cached:
    the same labels recur on every page of a site."""
    # The patterns spell the apostrophe straight; a page's typography may curl it ("Don’t
    # miss", "Editor’s picks"): one character for another, so the offsets do not move.
    line = line.replace("’", "'")
    return tuple(
        code for code in label_table()[0].get(word, ()) if any(p.fullmatch(line) for p in label_pattern(code, word))
    )
