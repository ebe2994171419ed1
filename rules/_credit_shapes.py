"""How photo credits are written, shared by the credit (NL2xx) and caption (NL3xx) rules.

A credit names who made or supplied a picture: a photographer, a collection, an agency
or an outlet, joined by a few conventional separators (``|``, ``/``, ``,``, ``via``,
``for``), sometimes behind a label (``Photo:``, ``Credit...``, ``Image source,``) or a
``©``. This module recognises those shapes; the word lists are data files next to it:

* ``photo_agencies.txt``: agencies, wire services and picture libraries (strong evidence);
* ``credit_collections.txt``: collections and roles that are also ordinary words
  ("Moment", "Pool", "Staff", "Handout"): accepted only in a credit's slots;
* ``credit_outlets.txt``: newspapers, broadcasters and institutions ("for The Outlet");
* ``credit_labels.txt``: the words that label a credit ("Photo", "Image source", "Foto").
* ``credit_sources.txt``: source labels, wire phrases and archive words in sections
  ("SOURCE:", "wire services", "личный архив"), read by NL213 and NL214.

``credit_scan(document)`` finds the lines that are nothing but a credit and the credits
stuck to the end of a line of other text; it is computed once per document
(``Document.memo``) and shared by both families. It parses only the lines that pass a
few cheap tests (``credit_candidates``), which is also the credit rules' gate: most
documents have none. The grammar is a
few ``regex`` patterns; the lists are looked up in Python sets (a pattern holding every
agency name is slow to compile and to match).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from newslint import Document, patterns

from ._text import data_lines, plain_lines


# -- word lists ---------------------------------------------------------------------------



@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """Casefolded entries of one of the data files."""
    return frozenset(n.casefold() for n in data_lines(name))


def _trie(words: set[str]) -> str:
    """One regex alternation for many literals, factored as a trie so that matching
    does not try every name at every position."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        singles, branches = [], []
        for ch in sorted(k for k in node if k):
            sub = build(node[ch])
            if sub:
                branches.append(regex.escape(ch) + sub)
            else:
                singles.append(regex.escape(ch))
        if singles:
            branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # "(?:x|)" rather than "(?:x)?": the regex module keeps bookkeeping for every
        # repeat in a pattern on every match, and a trie would have hundreds of them.
        return f"(?:{body}|)" if ends else body

    return build(root)


# -- the grammar --------------------------------------------------------------------------

_SP = r"[ \t\u00a0]+"
_OSP = r"[ \t\u00a0]*"
_END = r"(?![\p{L}\p{N}])"
# A capitalised word of a name: Sergey, O'Neil, Dyer-Bennet, McDermid, ALIMOV, J., Jr.
# (and the collection "E+"), or run-together initials: J.R., J.-P.
# A library or agency written with digits counts as a word too: Westend61, News1, 123RF;
# and a stock library by its domain: Shutterstock.com.
_CAP = (
    r"(?:\p{Lu}\.(?:-?\p{Lu}\.)++|\p{Lu}[\p{L}\p{M}'’]*+(?:-\p{L}[\p{L}\p{M}'’]*+)*+\p{N}{0,3}+(?:\.com(?![\p{L}\p{N}]))?+[.+]?+"
    r"|\p{N}{1,4}+\p{Lu}{2}[\p{Lu}\p{N}]*+)"
)
# A brand written in camel case: iFixit, eBay.
_CAMEL = r"\p{Ll}{1,3}\p{Lu}[\p{L}]*+"
# Lower-case particles inside names: Vincent van Gogh, Ricardo de la Fuente, Faisal bin Ali.
_PARTICLE = r"(?:de|da|di|do|dos|das|del|della|der|den|van|von|la|le|du|al|el|bin|ibn|y|ter|ten|zu|af|av|e)"
# A name word behind a lower-case particle joined to it: Yusuf al-Hashimi, Laila el-Amin,
# Jean d'Arcy.
_JOINED_PARTICLE = r"(?:al|el|ad|an|ar|as|at|az|ash|abu|bin|ibn|d|l|da|de|di|du|del|della)[-'’]\p{Lu}[\p{L}\p{M}'’]*+(?:-\p{L}[\p{L}\p{M}'’]*+)*+"
_NAMEWORD = (
    rf"(?:(?!(?:Via|VIA|FOR)\b){_CAP}|{_CAMEL}|{_JOINED_PARTICLE}"
    rf"|{_PARTICLE}(?={_SP}(?:{_PARTICLE}{_SP})?\p{{Lu}}))"
)
# The first word of a name; a family name first may open with its particles ("van der
# Berg Anke", "de la Cruz Rosa").
_FIRST_NAMEWORD = rf"(?:{_CAP}|{_CAMEL}|{_JOINED_PARTICLE}|{_PARTICLE}{_SP}(?:{_PARTICLE}{_SP})?\p{{Lu}}[\p{{L}}\p{{M}}'’-]*+)"
_NAME = rf"(?>{_FIRST_NAMEWORD}(?:{_SP}{_NAMEWORD}){{0,5}})"
# The same without commitment, where a name is followed by capitalised role words
# ("Christopher Tays Submitted photo").
_NAME_FREE = rf"{_FIRST_NAMEWORD}(?:{_SP}{_NAMEWORD}){{0,5}}"


def _names_regex(names: list[str]) -> str:
    """A case-insensitive trie of ``names``, ending at a word boundary."""
    return "(?i:" + _trie({n.casefold() for n in names}) + ")" + _END


# Labels that are a credit by themselves: they may stand alone ("Image copyright") or
# be followed by a name after a plain space ("Image copyright Getty Images",
# "Courtesy Google"). Other labels need a real separator ("Photo: ...", "Photo by ...").
_SELF_CREDIT_LABEL = patterns.compile(r"(?i)copyright|courtesy|source|quelle|источник|\w \w*credit")


# Capitalised words that start headlines and sentences but not names: a run of
# capitalised words holding one of them is a title, not a photographer.
_NOT_NAME_WORDS = frozenset(
    """a the and or but nor of in on at to for from with without by about after before
    over under into onto up down out off is are was were be been being has have had does
    did would could should might must shall not no yes this that these those here there
    what who whom whose which when where why how i we you he she it they my our your his
    her its their me us him them new top best more most all some any every each says tells
    told asks asked wins gets makes takes goes sees shows reveals revealed launches
    launched""".split()
)
# ("Win", "Said", "Will", "May" and "An" are also names: Win McNamee, Said Khatib,
# Nguyen Van An.)

_WORDS = patterns.compile(r"[\p{L}'’]+")
# Words of a name, leaving out initials ("Elizabeth A. Burton": "A." is not the article).
_NAME_WORDS = patterns.compile(r"[\p{L}'’]{2,}|\b\p{L}\b(?!\.)")


def _names_are_names(text: str, allowed: frozenset[str] = frozenset()) -> bool:
    return not any(
        w.casefold() in _NOT_NAME_WORDS and w.casefold() not in allowed for w in _NAME_WORDS.findall(text)
    )


# Words that join the parts of a credit ("Name/Getty Images for Netflix",
# "Name/The Washington Post via Getty Images") rather than make a headline.
_JOINERS = frozenset("for via and of on at by from the".split())
_ROLE_WORDS = frozenset("file photo pool handout stock".split())


@lru_cache(maxsize=None)
def _pattern(kind: str) -> patterns.BoundedPattern:
    """One of the credit grammar's patterns (see ``_grammar``), compiled when first
    needed: "stock" and "assignment" are tried only on a few lines."""
    return patterns.compile(_grammar()[kind])


@lru_cache(maxsize=1)
def _grammar() -> dict[str, str]:
    labels = data_lines("credit_labels.txt")
    self_labels = [n for n in labels if _SELF_CREDIT_LABEL.search(n)]
    other_labels = [n for n in labels if not _SELF_CREDIT_LABEL.search(n)]
    # An outlet by its shape: "The" and one to four capitalised words.
    outlet_shape = rf"(?:The|THE){_SP}{_CAP}(?:{_SP}(?:{_CAP}|of|and|&)){{0,3}}"
    # After "for" in a credit the article may be lower case ("Name/Getty Images for the
    # Tribeca Festival"); the words after it must still be capitalised.
    for_outlet = rf"(?:The|THE|the){_SP}{_CAP}(?:{_SP}(?:{_CAP}|of|and|&)){{0,3}}"
    # "Courtesy of the Smith family", "Photo courtesy of the artist"
    owner = (
        rf"(?:the|The){_SP}(?:{_NAME}{_SP})?(?:family|artist|author|photographer|company|"
        r"museum|estate|team|club|university|police|department|school|organizers|organisers)"
    )
    # A source written in lower case ("dpa", "picture alliance", "(Image: getty )"); that
    # it is a known one is checked afterwards (``_lower_case_words_known``), which keeps
    # the word lists out of this pattern (compiling them into every slot is slow).
    lower = (
        r"\p{Ll}[\p{Ll}\p{N}+-]*+(?![\p{L}\p{N}])"
        r"(?:[ ](?!(?:via|for|and|from|on|at|by|of|courtesy|file|pool|photo|stock|handout)\b)"
        r"\p{Ll}[\p{Ll}-]*+(?![\p{L}\p{N}]))?"
    )
    # One slot of a credit: an owner, an outlet (its article may be lower case after a
    # label: "Courtesy of the Harbour Museum"), a name or a lower-case source.
    item = rf"(?:©{_OSP}(?:(?:19|20)\d\d{_SP})?)?(?>{owner}|{for_outlet}|{_NAME}|{lower})"
    # What joins the slots: "/", "|", ",", " - ", " via ", " for "...
    sep = (
        rf"(?:{_OSP}[/|;&]{_OSP}|{_OSP},{_OSP}|{_SP}[-–—·•]{_SP}|"
        rf"{_SP}(?:via|Via|VIA|for|FOR|and|from|on|at|by|of|courtesy of|Courtesy of){_SP})"
    )
    role = (
        r"(?:file|File|FILE|pool|Pool|POOL|handout|Handout|HANDOUT|photo|Photo|PHOTO|"
        r"file photo|File Photo|FILE PHOTO|stock|Stock)" + _END
    )
    body = (
        rf"{item}(?:{sep}{item}|{_SP}for{_SP}{for_outlet}){{0,6}}"
        rf"(?:(?:{_OSP},{_OSP}|{_SP}|{_OSP}/{_OSP}|{_OSP}[-–—]{_OSP}){role})?"
        # a picture library's number of the frame: "Name/Shutterstock (12345a)"
        rf"(?:{_SP}\(\d{{5,9}}\p{{Ll}}{{0,3}}\))?"
    )
    real_sep = (
        rf"{_OSP}(?::|：|\.\.\.|…|=|©){_OSP}|{_OSP},{_OSP}|{_SP}[-–—|]{_SP}|"
        rf"{_SP}(?:by|By|BY|courtesy of|Courtesy of|courtesy|via|from|de|por|di|von|of){_SP}|"
        rf"{_SP}(?:by|By|BY){_OSP}:{_OSP}|"
        # "Photo provided by Name", "Image supplied by the museum"
        rf"{_SP}(?:provided|supplied|submitted|contributed){_SP}by{_SP}|"
        # AFP's wording: "(Photo credit should read JIM WATSON/AFP via Getty Images)"
        rf"{_SP}should{_SP}read{_SP}"
    )
    # A label ("Photo:", "Image copyright") and the credit after it, or a bare credit.
    labelled_or_bare = (
        rf"(?:(?:©{_OSP})?(?:(?P<self_label>{_names_regex(self_labels)})(?:{real_sep}|{_SP}|{_OSP}:)?"
        rf"|(?P<label>{_names_regex(other_labels)})(?:{real_sep})))?"
        rf"(?P<body>{body})?"
    )
    photo_word = r"(?:Photo|PHOTO|photo|Photos|PHOTOS|Pictures?|PICTURE|pictures?|Images?|IMAGE|images?|Foto|FOTO)" + _END
    stock_word = (
        r"(?:Submitted|Contributed|Courtesy|Handout|HANDOUT|handout|File|FILE|Staff|Stock|Pool|POOL|"
        r"Provided|Supplied|Divulgação|DIVULGAÇÃO|Reprodução|REPRODUÇÃO)" + _END
    )
    kinds = {
        # "Handout", "File photo", "Name Submitted photo", "Handout via Reuters"
        "stock": rf"(?:(?P<name>{_NAME_FREE}){_OSP}[,/]?{_OSP})?{stock_word}"
        rf"(?:{_SP}{photo_word})?(?:{_SP}(?:via|Via|VIA){_SP}(?P<via>{_NAME}))?",
        # "Name for The Outlet"
        # "Name for The Outlet", "Name for NPR", "Name for the BBC"
        "assignment": rf"(?P<name>{_NAME}){_SP}(?:for|FOR){_SP}(?P<outlet>{outlet_shape}|(?:the{_SP})?{_NAME})",
        # "Photo: Name/AP", "Credit... Name/Outlet", "Image source, Agency", "Image copyright";
        # or, without a label, "Name Via Reuters", "REUTERS/Name", "Name, AP",
        # "(AP Photo/Name)", "© Name / Agency", "Getty Images"; also one segment of a
        # pipe-separated credit (one pattern: compiling the grammar twice is slow).
        "credit": labelled_or_bare,
    }
    wrap = (rf"[(\[]?{_OSP}(?:", rf"){_OSP}[)\]]?{_OSP}\.?")
    return {k: wrap[0] + v + wrap[1] for k, v in kinds.items()}


_LETTER = patterns.compile(r"\p{L}")
#: (A copyright sign is not part of the name it is glued to: "©ANSA 2024".)
_AGENCY_TOKEN = patterns.compile(r"[^\s/,|()\[\];:©]+")


def _find_agency(text: str) -> tuple[int, int] | None:
    """Where the first (longest) known agency name in ``text`` is, spelt the way credits
    spell it (as listed, upper, lower or title case), as word tokens. A set lookup per
    run of up to four words: cheaper than a regex holding every name."""
    spellings = _agency_spellings()
    tokens = [(m.start(), m.end(), m.group().rstrip(".")) for m in _AGENCY_TOKEN.finditer(text)]
    for i in range(len(tokens)):
        for n in (4, 3, 2, 1):
            if i + n > len(tokens):
                continue
            run = tokens[i : i + n]
            if " ".join(t[2] for t in run) in spellings:
                if all(text[a[1] : b[0]].isspace() for a, b in zip(run, run[1:])):
                    return run[0][0], run[0][0] + len(run[-1][2]) + (run[-1][0] - run[0][0])
    return None


_VIA = patterns.compile(r"[/,]|\b(?:via|Via|VIA)\b")
_VIA_WORD = patterns.compile(r"\b(?:via|Via|VIA)\b")
_STOCK_WORDS = frozenset(
    "submitted contributed courtesy handout file staff stock pool provided supplied divulgação reprodução".split()
)
#: Stock credits that stand alone on a line: "Handout", "Supplied", and the Portuguese
#: pages' "Divulgação" (a handout) and "Reprodução" (a picture reproduced from elsewhere).
_BARE_STOCK = ("handout", "supplied", "divulgação", "reprodução")
#: Labels that credit who handed a picture over, and need a name after "by".
_HANDED_BY = ("provided", "supplied")
_MAX_LINE = 160
#: Longest line that may be a wire source line ("Detroit News wire services").
_WIRE_LINE = 80


@lru_cache(maxsize=1)
def _last_and_label_words() -> tuple[frozenset[str], frozenset[str]]:
    """Casefolded words that can close a credit line (the last word of an agency,
    collection or outlet, or a role such as "handout") and words that open a label: the
    cheap test that picks the lines worth parsing."""
    last = set()
    for file in ("photo_agencies.txt", "credit_collections.txt", "credit_outlets.txt"):
        for name in data_lines(file):
            last.add(name.casefold().replace("/", " ").split()[-1])
    last |= {name.casefold() + ".com" for name in data_lines("photo_agencies.txt") if " " not in name}
    last |= {"photo", "photos", "handout", "file", "copyright", "images", "image", "photograph", "picture", "pictures"}
    last |= _NEWS_WORDS  # "Name – Gulf News", "Name/The Harbour Courier"
    labels = {n.casefold().split()[0] for n in data_lines("credit_labels.txt")}
    return frozenset(last), frozenset(labels)


@lru_cache(maxsize=1)
def _wire_last_words() -> frozenset[str]:
    """Casefolded last words of the wire phrases of ``credit_sources.txt`` ("services",
    "agencies", "агентств"): a short line ending with one may be a source line (NL213)."""
    sources = source_sections()
    return frozenset(phrase.casefold().split()[-1] for phrase in sources["wire"] + sources["agencies"])


@lru_cache(maxsize=1)
def source_sections() -> dict[str, list[str]]:
    """The sections of ``credit_sources.txt`` (``[label]``, ``[wire]``, ``[agencies]``,
    ``[connector]``, ``[archive]``, ``[owner]``): the closed classes of source lines."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for entry in data_lines("credit_sources.txt"):
        if entry.startswith("[") and entry.endswith("]"):
            current = sections.setdefault(entry[1:-1], [])
        else:
            current.append(entry)
    return sections


@lru_cache(maxsize=1)
def _agency_spellings() -> frozenset[str]:
    """How an agency name is written in a credit: as listed, in upper case, lower case
    or title case ("AFP", "Afp"; "Reuters", "REUTERS"; "NurPhoto", "Nurphoto")."""
    out = set()
    for name in data_lines("photo_agencies.txt"):
        out |= {name, name.upper(), name.lower(), name.title()}
        if " " not in name:
            out |= {name + ".com", name.lower() + ".com"}  # "Shutterstock.com"
    return frozenset(out)


_LOWER_WORD = patterns.compile(r"(?<![\p{L}\p{N}'’.-])\p{Ll}[\p{Ll}\p{N}+'’-]*(?![\p{L}\p{N}])")
_CONNECTORS = frozenset(
    """via for and from on at by of courtesy file pool photo photos stock handout the de da di por
    d l ad an ar as az ash abu ibn
    do dos das del della der den van von la le du al el bin ibn y ter ten zu af av e
    family artist author photographer company museum estate team club university police
    department school organizers organisers should read""".split()
)


_LOWER_TOKEN = patterns.compile(r"[\p{L}\p{N}+'’-]+")


@lru_cache(maxsize=1)
def _known_lower_words() -> frozenset[str]:
    words = set(_CONNECTORS)
    for file in ("photo_agencies.txt", "credit_collections.txt", "credit_outlets.txt", "credit_labels.txt"):
        for name in data_lines(file):
            words.update(_LOWER_TOKEN.findall(name.casefold()))
    return frozenset(words)


def _lower_case_words_known(text: str) -> bool:
    """Every lower-case word of a credit is a connector or part of a known source."""
    known = _known_lower_words()
    return all(w in known for w in _LOWER_WORD.findall(text))


def classify_credit(segment: str) -> str | None:
    """The shape of ``segment`` if the whole of it is a photo credit, else None:
    ``pipe``, ``labelled``, ``agency_photo``, ``copyright``, ``assignment``, ``stock``,
    ``agency_credit`` (names and an agency) or ``agency`` (nothing but agency names)."""
    kind = _classify_line(segment)
    return None if kind in _CONFIRMED_BETWEEN_PARAGRAPHS else kind


#: Credits known by their shape alone ("Name/Jam Press", "Name for CityNews"), which only
#: a line's neighbours can confirm (a menu's "Real Estate/Home Improvement", a heading's
#: "Big Changes for YouTube" look the same), and the kind each is between two paragraphs.
_CONFIRMED_BETWEEN_PARAGRAPHS = {"unknown_source": "agency_credit", "unknown_assignment": "assignment"}


@lru_cache(maxsize=4096)
def _classify_line(segment: str) -> str | None:
    """``classify_credit``, and ``unknown_source`` for a name and a source known by its
    shape alone ("Name/Jam Press"), which only a line's neighbours can confirm.
    (Cached: it depends on the segment alone, and credit lines recur across a corpus.)"""
    kind = _classify(segment)
    # The grammar lets a lower-case word fill a slot ("dpa", "picture alliance"); it
    # must be a known one, or a joiner ("via", "for", "courtesy of the family"). (The
    # "(c)" of a copyright is not one of its words.)
    words = segment.strip()
    if words.startswith(_LETTER_COPYRIGHT):
        words = words[4:]
    if kind is not None and kind not in ("assignment", "unknown_assignment", "stock") and not _lower_case_words_known(words):
        return None
    return kind


#: The licence of a picture after its credit: "(CC BY-SA 4.0)", "(CC0)", "(public domain)".
_LICENCE = patterns.compile(r"[ \t\u00a0]+\((?:CC[ -]?(?:0|BY)[^()]{0,24}|CC|[Pp]ublic [Dd]omain)\)$")
#: "(c) Name/Agency": the copyright sign typed as letters in brackets.
_LETTER_COPYRIGHT = ("(c) ", "(C) ", "(c)\u00a0", "(C)\u00a0")
#: "© Agency 2023", "© Name/Agency, 2021": a copyright's year after its holder.
_YEAR_AFTER = patterns.compile(r",?[ \t\u00a0]+(?:19|20)\d\d\.?$")
#: "Reuters photo by Name", "AFP picture by Name": an agency's picture and its photographer.
_AGENCY_PHOTO_BY = patterns.compile(
    r"(?P<agency>[^/|,;:()\[\]]{2,40}?)[ \t\u00a0]+(?:photos?|Photos?|PHOTOS?|pictures?|Pictures?|images?|Images?)"
    r"[ \t\u00a0]+(?:by|By|BY)[ \t\u00a0]+(?P<name>[^/|,;:()\[\]]{3,60})"
)


#: A company named with its legal form, the whole line in brackets: the handout credit
#: of a picture the company supplied ("(Walt Disney Co.)", "(Harbour Foods Ltd.)").
_COMPANY = patterns.compile(
    r"\(\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’.-]*|&|of|and)){0,4},?"
    r" (?:Co|Inc|Corp|Ltd|LLC|plc|PLC|GmbH|AG|S\.A|N\.V|L\.P)\.?\)"
)


def _classify(segment: str) -> str | None:
    text = segment.strip()
    if text[:1] == "(" and text[-1:] == ")" and _COMPANY.fullmatch(text) is not None:
        return "company"  # (a whole line only: ``_glued_in`` and ``_inline_at`` pass it by)
    if not 2 <= len(text) <= _MAX_LINE:
        return None
    if text[:3] in ("By ", "BY ", "by "):
        return None  # a byline: the story's author, not a picture's
    if text.startswith(_LETTER_COPYRIGHT):
        # "(c) Name/Agency": a list's third item has the same opening ("(c) the board
        # shall ..."), so the holder must be a known agency, with or without a name
        rest = text[4:]
        return "copyright" if _classify(rest) in ("agency", "agency_credit") and _find_agency(rest) else None
    if text[-1:] == ")" and text[:1] != "(":
        licence = _LICENCE.search(text)
        if licence is not None and licence.start() > 2:
            # "Name/Flickr (CC BY 2.0)": a credit and the licence of the picture
            kind = _classify(text[: licence.start()])
            if kind is not None:
                return kind
    if text[:1] == "©" and text[-1:].isdigit():
        year = _YEAR_AFTER.search(text)
        if year is not None and year.start() > 2:
            # "© Agency 2023": read without its year, and only an agency's (a site's own
            # notice has the shape too: "© Copyright Gazette Media 2018")
            holder = text[: year.start()]
            return "copyright" if _classify(holder) == "copyright" and _find_agency(holder) else None
    by = _AGENCY_PHOTO_BY.fullmatch(text) if " by " in text or " By " in text or " BY " in text else None
    if by is not None:
        agency = by["agency"]
        if _find_agency(agency) == (0, len(agency)) and _strict_name(by["name"]):
            return "agency_photo"  # "Reuters photo by Name"
    if text[0] in "/|" and text[1:2] in (" ", "\u00a0"):
        # "/ CBS News", "| Reuters": the tail of a credit or a byline that the extractor
        # split from its name
        rest = text[1:].strip().removeprefix("The ")
        return "agency_credit" if rest and (_is_outlet(rest) or _classify(rest) == "agency") else None
    if "|" in text:
        return "pipe" if _is_pipe_credit(text) else None
    if text[-1] == ")" and text[0] != "(":
        paren = _NAME_PAREN_AGENCY.fullmatch(text)
        if paren is not None and ":" in paren["name"]:
            # "Foto: Name (dpa)", "Photo: Name (Reuters)": a label, a name and the
            # agency in brackets
            agency = _find_agency(paren["agency"])
            if agency == (0, len(paren["agency"])) and _classify(paren["name"]) == "labelled":
                return "labelled"
        elif paren is not None:
            # "Name (AFP)": a photographer and the agency in brackets after the name; a
            # reporter's byline has the same shape, so only between two paragraphs of
            # prose (a byline stands under the headline)
            agency = _find_agency(paren["agency"])
            if agency == (0, len(paren["agency"])) and _strict_name(paren["name"]):
                return "unknown_source"
    bare = text.strip("()[] \t\u00a0")
    if bare[:2] in ("-/", "- ") and bare.lstrip("- ").startswith("/"):
        # "-/AFP", "(-/AFP)": the wire's mark for a picture whose photographer is not named
        kind = _classify(bare.lstrip("- ")[1:])
        return "agency_credit" if kind == "agency" else None
    head = text.lstrip("([© \t\u00a0").split(None, 1)
    first = head[0].split("/")[0].rstrip(":,.…)]").casefold() if head else ""
    casefolded = text.casefold()
    credit = _pattern("credit").fullmatch(text)
    if credit is not None and (credit["self_label"] or credit["label"]):
        if credit["label"] and credit["label"].casefold() in _HANDED_BY and not (
            credit["label"][:1].isupper() and credit["body"][:1].isupper()
        ):
            # "Supplied by the family": a name must follow ("Provided by Name"), and a
            # line opening "provided by ..." goes on with the sentence above it
            return None
        if credit["body"] is not None or credit["self_label"]:
            return "labelled"  # "Photo: Name/AP", "Image copyright" (not "Photo:" alone)
        credit = None
    if credit is not None and credit["body"] is not None and text.lstrip("([ ").startswith("©"):
        return "copyright"
    # (Each word is first looked for as a substring: most lines hold none of them.)
    if any(w in casefolded for w in _STOCK_WORDS) and any(w in _STOCK_WORDS for w in _WORDS.findall(casefolded)):
        match = _pattern("stock").fullmatch(text)
        if match is not None:
            name = match["name"]
            bare = name is None and len(text.split()) == 1 and first not in _BARE_STOCK
            # "Kremlin handout": the lower-case role only after its supplier's name.
            bare = bare or (name is None and text.lstrip("([ ")[:1].islower())
            via = match["via"] is None or match["via"].casefold() in word_list("photo_agencies.txt")
            if not bare and via and (name is None or _names_are_names(name)):
                return "stock"  # but not "File", "Staff" or "Pool" alone (menu words)
    if " for " in text or " FOR " in text:
        match = _pattern("assignment").fullmatch(text)
        if match is not None and len(match["name"].split()) >= 2 and _names_are_names(match["name"]):
            outlet = match["outlet"]
            if outlet.startswith(("The ", "THE ")) or _is_outlet(outlet):
                return "assignment"
            if outlet.startswith("the ") and _is_outlet(outlet[4:].lstrip()):
                return "assignment"  # "for the BBC": a known outlet after a lower-case article
            if _FOREIGN_OUTLET.fullmatch(outlet) or _CAMEL_BRAND.fullmatch(outlet) or _news_outlet(outlet):
                return "unknown_assignment"  # "for Le Quotidien", "for CityNews", "for Gulf News"
    if credit is None or credit["body"] is None:
        return None
    inner = text.strip("()[]. \t\u00a0")
    strong = _find_agency(inner)  # "(ePA)" is a German acronym, not the agency EPA
    if strong is None:
        if _ROLE_SLASH.fullmatch(inner):
            return "agency_credit"  # "Handout/Kremlin Press Office", "Pool/Harbour Times"
        return _name_for_outlet(inner) or _acronym_first(inner)
    after = inner[strong[1] :].lstrip()
    if strong[0] == 0 and after[:5].casefold() in ("photo", "foto") and not after[5:6].isalpha():
        return "agency_photo"  # "(AP Photo/Name)", "AFP PHOTO / Name": the agency opens it
    # A bare run of names must carry a real agency, and a title-cased headline
    # ("Why I Left Reuters") must not pass for a photographer's name.
    rest = (inner[: strong[0]] + " " + inner[strong[1] :]).strip(" ,/")
    if not _LETTER.search(rest.replace("via", "").replace("Via", "")):
        return "agency"  # "Getty Images", "REUTERS", "AFP/Getty Images"
    if not _names_are_names(rest, _JOINERS):
        return None
    if _VIA.search(inner) is None:
        # Without a separator the agency closes the credit ("Tom Davies Associated
        # Press", "Reuters file photo"); "NASA Administrator Bill Nelson" is a title,
        # "Kevin Reuters" a name.
        after = inner[strong[1] :].split()
        if any(w.casefold() not in _ROLE_WORDS for w in after):
            return None
        if after and not inner[: strong[0]].strip():
            return "agency"  # "Reuters file photo"
        if len(inner[: strong[0]].split()) < 2:
            return None
    return "agency_credit"


#: An outlet written as a brand: one word with two capitals or more (CNET, ZDNet, NPR,
#: BuzzFeed), which no first name or ordinary word is.
_BRAND = patterns.compile(r"\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*")
#: An outlet by its shape: "The" and one to four capitalised words ("The Harbour Courier").
_THE_OUTLET = patterns.compile(r"(?:The|THE) \p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|and|&)){0,3}")


#: "Name (AFP)": a name and an agency in brackets, nothing else.
_NAME_PAREN_AGENCY = patterns.compile(r"(?P<name>[^()/|,]+?)[ \t\u00a0]+\((?P<agency>[^()]{2,30})\)")
#: A handout's or a pool's picture and who issued it, whatever its name: the role and
#: the slash say it is a credit ("Handout/Kremlin Press Office", "POOL/Harbour Times";
#: "Pool" only in capitals: a hotel's "Pool/Spa" is not one).
_ROLE_SLASH = patterns.compile(
    r"(?:Handout|HANDOUT|POOL|Stringer|STRINGER|Str|STR)[ \t\u00a0]?/[ \t\u00a0]?"
    r"\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|and|the|for|de|&)){0,4}"
)
#: An outlet named with another language's article, as "The" names one in English:
#: "Le Quotidien", "Die Abendpost", "El Diario Sur", "Il Giornale".
_FOREIGN_OUTLET = patterns.compile(
    r"(?:Le|La|Les|L'|Der|Die|Das|El|Il|Lo|Het|De)[ ]?\p{Lu}[\p{L}'’&.-]*"
    r"(?: (?:\p{Lu}[\p{L}'’&.-]*|de|del|della|di|du|des|der|und|y|e|&)){0,3}"
)
#: An outlet written as a brand in mixed case, two capitals or more and a lower-case
#: letter: "CityNews", "BuzzFeed", "TechRadar" (not "MP" or "NYC", which end slogans).
_CAMEL_BRAND = patterns.compile(r"(?=[\p{L}\p{N}]*\p{Ll})" + _BRAND.source)


#: A source by its shape: one to three capitalised words ("Jam Press", "Kontinent").
_OWNER = patterns.compile(r"\p{Lu}[\p{L}'’&.-]{1,20}(?: \p{Lu}[\p{L}'’&.-]{1,20}){0,2}")
#: "Name Via Owner", the capitalised "Via" of a credit line (not "via Zoom" in prose).
_VIA_OWNER = patterns.compile(rf"(?P<name>[^/,|]+?)[ \t\u00a0]+(?:Via|VIA)[ \t\u00a0]+(?P<owner>{_OWNER.source})")
#: A word of a person's name written in full or as an initial: "Aiko", "O'Rourke",
#: "J.", "al-Khatib", "van" (not "OS", "TV" or "Real", which a title holds as well).
_STRICT_NAME_WORD = patterns.compile(
    r"\p{Lu}\.(?:-?\p{Lu}\.)*|\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]*)*|\p{Lu}['’]\p{Lu}\p{Ll}+"
)


def _strict_name(name: str) -> bool:
    """A photographer's name of two to four words, each a name word or a particle,
    with no common English word: the only evidence when the source is unknown."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not _names_are_names(name):
        return False
    return all(
        _STRICT_NAME_WORD.fullmatch(w) is not None or w in _CONNECTORS or (_JOINED.match(w) is not None)
        for w in words
    ) and any(_STRICT_NAME_WORD.fullmatch(w) for w in words[-1:])


#: Words that name a news outlet by what it is (a closed class, in the languages of the
#: pages newslint reads): "Gulf News", "Premium Times", "New York Magazine", "Zeit
#: Online", "Middle East Eye", "Daily Maverick".
_NEWS_WORDS = frozenset(
    """news times post herald magazine radio tv television online media press daily journal
    tribune gazette gazeta zeitung wire globe observer chronicle review weekly monitor today
    insider telegraph mail courier express standard mirror guardian independent examiner
    inquirer register bulletin dispatch ledger sentinel record leader advertiser beacon
    digest channel network broadcasting eye nachrichten presse rundschau kurier tageblatt
    allgemeine noticias diário diario jornal giornale corriere stampa krant dagblad avisen
    tidende gazzetta nouvelles quotidien""".split()
)
#: A news outlet's name by its shape: one to four capitalised words, a news word last
#: (or "Daily" first).
_NEWS_NAME = patterns.compile(r"\p{Lu}[\p{L}'’.&-]*(?: (?:\p{Lu}[\p{L}'’.&-]*|of|and|&)){0,3}")


def _news_outlet(outlet: str) -> bool:
    if _NEWS_NAME.fullmatch(outlet) is None:
        return False
    words = outlet.casefold().split()
    return words[-1].strip(".") in _NEWS_WORDS or (words[0] == "daily" and len(words) > 1)


#: A spaced dash between a photographer and the outlet: "Name – Politico".
_DASH = patterns.compile(r"[ \t\u00a0]+[-–—][ \t\u00a0]+")


def _known_outlet(owner: str) -> bool:
    """A known outlet or collection, maybe behind "The" ("The Globe and Mail"), or one
    named by a news word ("Gulf News", "The Harbour Courier")."""
    folded = owner.casefold()
    outlets, collections = word_list("credit_outlets.txt"), word_list("credit_collections.txt")
    if folded in outlets or folded in collections or (folded.startswith("the ") and folded[4:] in outlets):
        return True
    return _news_outlet(owner.removeprefix("The ").removeprefix("the "))


def _name_for_outlet(inner: str) -> str | None:
    """"Name/The New York Times", "Name/Redux", "Name/ZDNet": a photographer's name of
    two words or more, a slash, and a known outlet or collection, an outlet written as a
    brand, or "The" and capitalised words (no agency: the outlet is the evidence).
    After a spaced dash only a known outlet counts ("Name – Politico"): "Author – The
    Title" is how a book is cited. A source by its shape alone ("Name/Jam Press", "Name
    Via Jam Press") is ``unknown_source``: ``credit_scan`` keeps it only between two
    paragraphs of prose (a menu's "Real Estate/Home Improvement" looks the same)."""
    name, slash, owner = inner.rpartition("/")
    if not slash:
        via = _VIA_OWNER.fullmatch(inner)
        if via is not None:
            # "Name Via Jam Press": a picture handed on by a source not in the lists
            name, owner = via["name"], via["owner"]
            return "unknown_source" if _names_are_names(owner) and _strict_name(name) else None
        dash = None
        for dash in _DASH.finditer(inner):
            pass  # the last spaced dash
        if dash is None:
            return None
        name, owner = inner[: dash.start()], inner[dash.end() :].strip()
        if not _known_outlet(owner):
            return None
    else:
        owner = owner.strip()
        known = _known_outlet(owner)
        brand = len(owner) <= 12 and _BRAND.fullmatch(owner) is not None
        if not (known or brand or _THE_OUTLET.fullmatch(owner)):
            # "Name/Jam Press": a source not in the lists, by its shape alone
            shaped = _OWNER.fullmatch(owner) is not None and _names_are_names(owner)
            return "unknown_source" if shaped and "/" not in name and _strict_name(name) else None
    if "/" in name or "," in name or _DASH.search(name):
        return None
    words = name.split()
    named = 2 <= len(words) <= 5 and all(map(_name_word, words)) and _names_are_names(name)
    return "agency_credit" if named else None


def _name_word(word: str) -> bool:
    """A word of a photographer's name: capitalised, a particle ("van", "de"), or a name
    joined to its particle ("al-Rashid", "d'Arcy")."""
    if word[:1].isupper() or word in _CONNECTORS:
        return True
    particle = _JOINED.match(word)
    return particle is not None and particle["particle"] in _CONNECTORS


_JOINED = patterns.compile(r"(?P<particle>\p{Ll}+)[-'’]\p{Lu}")


#: "MAP/Name Surname", "SPA PHOTO / Name Surname": an agency known by an acronym that is
#: also a word or a first name (``credit_collections.txt``), written in capitals, opening
#: the credit before a slash, and a photographer's name after it.
_ACRONYM_FIRST = patterns.compile(
    r"(?P<acronym>\p{Lu}{2,6})(?P<photo>[ \t\u00a0]+(?:PHOTO|Photo))?[ \t\u00a0]*/[ \t\u00a0]*(?P<name>[^/,|]+)"
)


def _acronym_first(inner: str) -> str | None:
    """"MAP/Name Surname" as ``agency_credit``, "SPA Photo/Name Surname" as
    ``agency_photo``; None for anything else."""
    match = _ACRONYM_FIRST.fullmatch(inner)
    if match is None or match["acronym"].casefold() not in word_list("credit_collections.txt"):
        return None
    name = match["name"].strip()
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(map(_name_word, words)):
        return None
    if _pattern("credit").fullmatch(name) is None or not _names_are_names(name):
        return None
    return "agency_photo" if match["photo"] else "agency_credit"


_PIPE = patterns.compile(r"[ \t\u00a0]*\|[ \t\u00a0]*")


def _is_pipe_credit(text: str) -> bool:
    """``Sergey Alimov | Moment | Getty Images``: two to four name-like segments, the last
    a known agency or collection."""
    segments = _PIPE.split(text.strip(" \t\u00a0()[]"))
    if not 2 <= len(segments) <= 4 or not all(segments):
        return False
    last = segments[-1].rstrip(". ").casefold()
    # "Name | AFP via Getty Images": the wire that handed the picture on closes it
    last = last.rpartition(" via ")[2]
    if last not in word_list("photo_agencies.txt") and last not in word_list("credit_collections.txt"):
        return False
    segment = _pattern("credit")
    for piece in segments:
        match = segment.fullmatch(piece)
        if match is None or match["body"] is None:
            return False
    return True


# -- per document ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CreditMatch:
    """A credit in a document: ``text[start:end]`` is the credit itself, on line
    ``line`` (0-based); ``kind`` is its shape (see ``classify_credit``). A glued credit
    ends a line of other text; ``cut`` is where deleting it starts (the spaces before
    it go too) and ``safe`` says whether that deletion is unambiguous."""

    start: int
    end: int
    kind: str
    line: int
    glued: bool = False
    cut: int = -1
    safe: bool = True


@dataclass(frozen=True, slots=True)
class CreditScan:
    lines: dict[int, CreditMatch]
    glued: list[CreditMatch]
    document: Document
    #: credits between two sentences of a paragraph (NL205's too; not a caption's sign)
    inline: tuple[CreditMatch, ...] = ()


# A line ending in one of these is prose, a prompt or a list item, never a credit.
_NOT_CREDIT_END = frozenset("!?,;:\"”“'’»«…-–—*#>=%$€£0123456789")
_SPACES = " \t\u00a0"
_DIGITS = "0123456789"
# Where a glued credit can begin: after a finished sentence ("2019. REUTERS/Name",
# "Austria.Leonhard Foeger / Reuters file") or at a credit label stuck to the text
# ("sought treatmentCredit: EPA").
# (A quotation closed after a comma does not end the sentence: 'What: "Harbour Light,"
# photographs by Name' goes on.)
_SENTENCE_BOUNDARY = (
    r"(?:[.!?…][\"”’)]?|(?<![,;])[\"”’])[ \t\u00a0]*(?=\S)"
    r"|(?<=[\p{Ll}\p{N})\]][ \t\u00a0]?)(?=(?:Credit|Photo|Image|Picture|Photograph|Foto)s?"
    r"(?:[ \t]credit)?[ \t]*(?::|\.\.\.|…))"
)
_BOUNDARY = patterns.compile(_SENTENCE_BOUNDARY + r"|(?P<sep>(?!))")
#: The same, and the boundaries of a credit joined to a caption without a full stop
#: (tried only on tails holding a spaced mark or a slash).
_WIDE_BOUNDARY = patterns.compile(
    _SENTENCE_BOUNDARY +
    # a caption and its credit joined by a spaced bar, dash or slash ("... March 3,
    # 2024 | Name/AFP", "... the harbour — Photo: Name"): the mark goes with the credit
    r"|(?<=[\p{L}\p{N}])(?P<sep>[ \t\u00a0]+(?:\||[-–—]|/)[ \t\u00a0]+)(?=\p{Lu}|\()"
    # an agency in capitals opening a credit after a space ("... 2024 REUTERS/Name",
    # "... Kyiv AFP PHOTO / Name")
    r"|(?<=[\p{L}\p{N}][ \t\u00a0])(?=\p{Lu}{2,}[\p{Lu}-]*(?:[ \t\u00a0]PHOTO)?[ \t\u00a0]?/[ \t\u00a0]?\p{Lu})"
)
_TAIL = 150
# A credit glued after a sentence is short; longer tails are not tried.
_GLUED_MAX = 90
# Glued credits whose shape leaves no doubt about where they begin; a bare agency or
# "Name, Agency" after a sentence could in principle be the sentence's last words.
_UNAMBIGUOUS = frozenset({"pipe", "labelled", "agency_photo", "copyright", "source"})
#: A source label and its value closing a paragraph: "Source: Eurostat", "SOURCE: World
#: Bank", "Sources: IMF, Statistics Norway", "Quelle: Statistisches Bundesamt".
_SOURCE_TAIL = patterns.compile(
    r"(?:Sources?|SOURCES?|Quelle|Fonte|Fuente|Источник)[ \t\u00a0]?:[ \t\u00a0]*"
    r"(?P<value>\p{Lu}[\p{L}\p{N}'’.&-]*(?:(?:,[ \t\u00a0]*|[ \t\u00a0]+)"
    r"(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\p{N}+|of|and|the|for|de|do|da|der|des|du|für|y|e|&)){0,7})"
)


def _glued_source(tail: str) -> bool:
    """Whether ``tail`` (after a finished sentence) is a source label and the name of a
    source: capitalised words, no sentence ("Source: the ministry said ..." is prose)."""
    match = _SOURCE_TAIL.fullmatch(tail)
    if match is None or match["value"].rstrip(".").endswith((" of", " and", " the", " for")):
        return False
    # a speaker's answer after the label ("Source: Yes, We Knew"), not a source's name
    return match["value"].split(None, 1)[0].strip(",").casefold() not in _NOT_NAME_WORDS


# Last characters that rule a line out at once (most prose ends with "." and is handled
# separately; whitespace-ending lines are stripped first).
_SKIP_END = _NOT_CREDIT_END | frozenset(".")


def _glued(text: str, start: int, index: int) -> CreditMatch | None:
    """A credit at the end of the line ``text`` (which starts at offset ``start``)."""
    found = _glued_in(text)
    if found is None:
        return None
    at, end, kind, cut, safe = found
    return CreditMatch(start + at, start + end, kind, index, True, start + cut, safe)


@lru_cache(maxsize=4096)
def _glued_in(text: str) -> tuple[int, int, str, int, bool] | None:
    """Where a credit glued to the end of ``text`` is: its start and end, its kind, where
    deleting it starts and whether that is safe (offsets in ``text``). (Cached: it
    depends on the line alone, and captions with credits recur across a corpus.)"""
    stripped = text.rstrip()
    end = len(stripped)
    if stripped[-1] in ")]":
        opener = "(" if stripped[-1] == ")" else "["
        open_at = stripped.rfind(opener, max(0, end - _TAIL))
        if open_at <= 0 or not stripped[:open_at].strip(_SPACES):
            return None
        kind = classify_credit(stripped[open_at:])
        if kind is None or kind in ("agency", "company"):
            # "[Bloomberg]", "(Reuters)": a source tag, not a picture credit; "... its
            # parent (Walt Disney Co.)": the company named in the sentence
            return None
        cut = len(stripped[:open_at].rstrip(_SPACES))
        return open_at, end, kind, cut, True
    tail_from = max(0, end - _GLUED_MAX)
    tail = stripped[tail_from:]
    if not (
        "/" in tail or "|" in tail or "©" in tail or ":" in tail or "…" in tail or "..." in tail
        or "via" in tail.casefold() or " by " in tail or _after_last_stop(tail)
    ):
        return None  # every glued credit shape has one of these marks ("Photo by Name" too)
    wide = "/" in tail or " | " in tail or " - " in tail or " – " in tail or " — " in tail
    for boundary in (_WIDE_BOUNDARY if wide else _BOUNDARY).finditer(stripped, tail_from):
        at = boundary.end()
        if at >= end or at == 0:
            continue
        kind = classify_credit(stripped[at:])
        if kind is None and not boundary["sep"] and _glued_source(stripped[at:]):
            kind = "source"  # "... rose by 4%. Source: Eurostat": a chart's source line, flattened
        if kind is None or (kind == "agency" and not _VIA_WORD.search(stripped[at:])):
            # "... into the US. PTI": the wire's signature, not a picture credit (but
            # "... 2019. KYODO via REUTERS" is one: a picture handed on by a wire)
            continue
        if kind == "agency_credit" and _only_agencies(stripped[at:]):
            continue  # "... the talks. Reuters, AFP": the story's sources, signed
        cut = len(stripped[: boundary.start() if boundary["sep"] else at].rstrip(_SPACES))
        if cut == 0:
            return None  # the whole line is the credit: not glued
        safe = kind in _UNAMBIGUOUS or ("/" in stripped[at:] and kind != "assignment")
        return at, end, kind, cut, safe
    return None


_LIST_SEP = patterns.compile(r"[ \t\u00a0]*(?:,|&|\band\b)[ \t\u00a0]*")


def _only_agencies(text: str) -> bool:
    """Whether ``text`` is a list of agencies and nothing else ("Reuters, AFP")."""
    spellings = _agency_spellings()
    return all(part.strip(" .") in spellings for part in _LIST_SEP.split(text))


@lru_cache(maxsize=1)
def _lower_case_sources() -> frozenset[str]:
    """Agencies written in lower case, as they write themselves ("dpa", "epd", "laif")."""
    return frozenset(name for name in data_lines("photo_agencies.txt") if name.islower() and " " not in name)


def _inline_lines(text: str) -> list[int]:
    """Indices of the lines holding a credit between two sentences: found from the
    slashes and bars of ``text`` (``str.find``), without a pass over every line."""
    found: list[int] = []
    index = counted = 0  # the number of the line starting at ``counted``
    for mark in "/|" if "|" in text else "/":
        at = text.find(mark)
        while at >= 0:
            if mark == "/":
                # a credit's slash has a capital next to it ("Name/AFP", "REUTERS/Name"),
                # unlike a link's, a date's or "and/or"
                if not (
                    text[at + 1 : at + 3].lstrip()[:1].isupper()
                    or text[at - 1 : at].isupper()
                    or (text[at + 1 : at + 20].split(None, 1) or [""])[0].rstrip(".,") in _lower_case_sources()
                ):
                    at = text.find(mark, at + 1)
                    continue
            elif text[at - 1 : at + 2] != " | ":
                at = text.find(mark, at + 1)
                continue
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            if end < 0:
                end = len(text)
            if end - start > 60:
                if _inline_in(text[start:end]):
                    if start < counted:
                        index, counted = 0, 0  # (the second mark starts over)
                    index += text.count("\n", counted, start)
                    counted = start
                    found.append(index)
            at = text.find(mark, end)
    return sorted(set(found))


#: The joins of a credit's slots, read as a list's commas ("AFP/Getty Images").
_INLINE_JOINS = patterns.compile(r"[ \t\u00a0]*(?:[/|]|\bvia\b)[ \t\u00a0]*")
#: Where a sentence ends inside a line, and the next one starts.
_STOP = patterns.compile(r"[.!?][\"”’)]?[ \t\u00a0]+")
#: Kinds an inline credit may have: its start and end are certain (a label, a slash or a
#: bar, an agency closing it), unlike "Name, Agency" or "Name for The Outlet".
_INLINE_KINDS = frozenset({"labelled", "pipe", "agency_credit", "agency_photo"})
#: After an inline credit the story goes on: a capitalised word and more text (or a
#: quotation opening with one).
_SENTENCE_ON = patterns.compile(r"[ \t\u00a0]+(?=\p{Lu}[\p{Ll}'’ ]|\p{Lu}\p{Lu}+[ ,]|[“\"‘]\p{Lu}[\p{Ll}'’ ])")


@lru_cache(maxsize=4096)
def _inline_in(line: str) -> tuple[tuple[int, int, str, int], ...]:
    """Credits standing between two sentences of ``line`` ("... the bridge. Photo:
    Name/AFP The mayor said ..."): (start, end, kind, where deleting it starts: the
    spaces before it go too). A credit
    qualifies when a sentence ends just before it, it holds a slash or a bar, it ends
    with a known agency, collection or outlet or a closing bracket, and a capitalised
    sentence follows it. (Cached: it depends on the line alone.)"""
    found: list[tuple[int, int, str, int]] = []
    last_words = _last_and_label_words()[0]
    done = 0
    for mark in ("/", " | "):
        at = line.find(mark)
        while at >= 0:
            if at >= done:
                credit = _inline_at(line, at, last_words)
                if credit is not None:
                    found.append(credit)
                    done = credit[1]
            at = line.find(mark, at + 1)
    return tuple(sorted(found))


def _inline_at(line: str, slash: int, last_words: frozenset[str]) -> tuple[int, int, str, int] | None:
    head = line[max(0, slash - 80) : slash]
    stops = list(_STOP.finditer(head))
    if not stops:
        return None
    start = slash - len(head) + stops[-1].end()
    if len(line[start:slash].split()) > 7:
        return None
    # candidate ends, longest first: before a space that opens a capitalised sentence
    ends = [m for m in _SENTENCE_ON.finditer(line, slash + 1, min(len(line), slash + 80))]
    for m in reversed(ends):
        end = m.start()
        segment = line[start:end]
        last = segment.rsplit(None, 1)[-1].rpartition("/")[2]
        if not (last.endswith(")") and segment.startswith("(")) and last.strip(".,").casefold() not in last_words:
            continue
        if len(line) - m.end() < 20:
            continue  # the line ends soon after: a glued credit or a caption's tail
        if _DASH.search(segment):
            continue  # "... Name / AFP — The United States ...": a dash there is the prose's
        kind = classify_credit(segment)
        if kind not in _INLINE_KINDS or _only_agencies(_INLINE_JOINS.sub(", ", segment.strip("()"))):
            continue  # "... the talks. Reuters | AFP The ...": sources, no one's picture
        return start, end, kind, len(line[:start].rstrip(_SPACES))
    return None


def _is_outlet(name: str) -> bool:
    folded = name.casefold()
    return folded in word_list("credit_outlets.txt") or folded in word_list("photo_agencies.txt")


def _assignment_like(line: str) -> bool:
    """Whether ``line`` may be "Name for The Outlet" (checked cheaply, before the grammar)."""
    at = line.find(" for ")
    if at < 0:
        at = line.find(" FOR ")
    if at < 0:
        return False
    outlet = line[at + 5 :].strip(" .")
    if len(outlet) <= 40 and outlet[:1].isupper():
        if _FOREIGN_OUTLET.fullmatch(outlet) or _CAMEL_BRAND.fullmatch(outlet) or _news_outlet(outlet):
            return True
    outlet = outlet.casefold()
    return outlet.startswith("the ") or outlet in word_list("credit_outlets.txt") or outlet in word_list(
        "photo_agencies.txt"
    )


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A line that passed the cheap tests: ``text`` is the line without its indentation
    (``indent`` characters) and trailing spaces; ``whole`` says it may be nothing but a
    credit, ``glued`` that it may end with one, ``wire`` that it ends with a wire phrase's
    last word ("Detroit News wire services": NL213's, never parsed as a credit)."""

    indent: int
    text: str
    whole: bool
    glued: bool
    wire: bool = False
    inline: bool = False


def _whole_credit_words(line: str) -> bool:
    """Whether ``line`` ends with the last word of an agency, a collection, an outlet or
    a role, opens with a credit label, or reads "Name for Outlet" or "Name via Agency"
    (the words a whole credit line shows, tried on a short line that ends a sentence)."""
    if not line:
        return False
    last_words, labels = _last_and_label_words()
    return (
        line.rsplit(None, 1)[-1].strip("().[]").casefold() in last_words
        or line.split(None, 1)[0].lstrip("([").rstrip(":,.…").casefold() in labels
        or _assignment_like(line)
    ) and (line[0].isupper() or line[0] in "([©")


@lru_cache(maxsize=4096)
def _candidate(line: str) -> _Candidate | None:
    """``line`` as a candidate, or None when no credit can be in it: prose, a prompt or
    a list item, a link, or a line without any of the words and marks credits are made
    of. (Cached: it depends on the line alone, and chrome lines recur across a corpus.)"""
    last = line[-1]
    if last in _SKIP_END and not (last.isdigit() or (last == "." and (len(line) <= 100 or line[-2:-1].isdigit()))):
        return None
    if last.isspace():
        line = line.rstrip()
        if not line:
            return None
        last = line[-1]
    if last in _NOT_CREDIT_END and not (last.isdigit() and (_ends_with_digit_source(line) or line.lstrip()[:1] == "©")):
        return None
    indent = 0
    if line[0].isspace():  # indented by the extractor
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        line = stripped
    size = len(line)
    if last == "." and (size > 100 or not ("/" in line or "©" in line or " by " in line or "|" in line)):
        # A sentence, unless a short line with a credit mark ("Photo by X.") or a
        # credit with a full stop after it ("Image source, AFP.", "Name for The Outlet.").
        if size > 100:
            return None
        bare = line.rstrip(". ")
        whole = _whole_credit_words(bare)
        wire = size <= _WIRE_LINE and bool(bare) and bare.rsplit(None, 1)[-1].casefold() in _wire_last_words()
        if not (whole or wire):
            return None
        return _Candidate(indent, line, whole, False, wire)
    tail = line[-_TAIL:]
    if "://" in tail or "www." in tail:
        return None  # a link, not a credit
    marked = "|" in tail or "©" in tail or "/" in tail
    last_words, labels = _last_and_label_words()
    last_word = line[-40:].rsplit(None, 1)[-1].strip("().[]").casefold()
    whole = size <= _MAX_LINE and (
        marked
        or "via" in line
        or "Via" in line
        or last_word in last_words
        or line[:40].split(None, 1)[0].lstrip("([").rstrip(":,.…").casefold() in labels
        or _assignment_like(line)
        # "Agency photo by Name"
        or (" by " in line and ("hoto" in line or "icture" in line or "mage" in line))
        # "(Walt Disney Co.)": a company's handout
        or (line[0] == "(" and last == ")" and size <= 60)
    )
    glued = size >= 30 and (
        marked or last in ")]" or "redit" in tail or "hoto" in tail or "mage" in tail or "icture" in tail
        or " via " in tail[-40:] or " VIA " in tail[-40:] or " Via " in tail[-40:]
        or _after_last_stop(tail[-_GLUED_MAX:])
    )
    wire = size <= _WIRE_LINE and last_word in _wire_last_words()
    if whole or glued or wire:
        return _Candidate(indent, line, whole, glued, wire)
    return None


def _after_last_stop(end: str) -> bool:
    """Whether the text after the last sentence mark of ``end`` (a line's last
    characters) is short and holds a credit's mark without a slash: "... said. Bild:
    Name", "... Name, Agency", "... Name for The Outlet", "... Illustration by Name",
    "... Courtesy Name", "... on Sunday — Name, Agency"."""
    stop = max(
        end.rfind("."), end.rfind("?"), end.rfind("!"), end.rfind("”"), end.rfind('"'),
        end.rfind(" – "), end.rfind(" — "), end.rfind(" - "),
    )
    if stop < 0 or len(end) - stop > 70:
        return False
    after = end[stop:]
    return ":" in after or ", " in after or " for " in after or " by " in after or "ourtesy" in after


@lru_cache(maxsize=1)
def _digit_sources() -> frozenset[str]:
    """Casefolded last words of agencies and collections that end with a digit
    ("Westend61", "News1", "Photo12")."""
    return frozenset(w for w in _last_and_label_words()[0] if w[-1:].isdigit())


def _ends_with_digit_source(line: str) -> bool:
    """Whether ``line`` ends with an agency written with digits: the only lines ending
    with a digit that may be credits."""
    return line[-12:].replace("/", " ").replace("|", " ").rsplit(None, 1)[-1].lstrip("([").casefold() in _digit_sources()


def _candidates(document: Document) -> list[tuple[int, _Candidate]]:
    parts = plain_lines(document)
    # Most lines are prose: empty, or ending with a mark no credit ends with, or ending a
    # sentence of more than 100 characters. One comprehension drops them (exactly as
    # ``_candidate`` would), so that it sees a few lines of a document.
    not_end = _NOT_CREDIT_END
    maybe = [
        i
        for i, line in enumerate(parts)
        if line
        and (
            (last := line[-1]) not in not_end
            # "Name/Westend61": a digit after a letter may end an agency's name
            or (last in _DIGITS and line.rstrip(_DIGITS)[-1:].isalpha() and _ends_with_digit_source(line))
            # "© Agency 2023": a copyright's year closes it
            or (last in _DIGITS and line.lstrip()[:1] == "©")
        )
        and (last != "." or len(line) <= 100 or line[0].isspace())
    ]
    found = []
    for index in maybe:
        candidate = _candidate(parts[index])
        if candidate is not None:
            found.append((index, candidate))
    # Credits between two sentences of a paragraph hold a slash (or a bar): only the
    # documents holding one, and their long lines holding one, are read for them
    # (``_inline_in``, cached per line).
    text = document.text
    if "/" not in text and "|" not in text:
        return found  # (most documents; one-character tests are much the cheaper)
    if "\r" in text:  # rare: the lines as ``Document`` has them
        inline = [
            i for i, line in enumerate(parts) if len(line) > 60 and ("/" in line or " | " in line) and _inline_in(line)
        ]
    else:
        inline = _inline_lines(text)
    if inline:
        taken = {i for i, _ in found}
        found.extend((i, _Candidate(0, parts[i], False, False, inline=True)) for i in inline if i not in taken)
        found.sort(key=lambda pair: pair[0])
        if taken & set(inline):
            found = [(i, replace(c, inline=True) if i in inline else c) for i, c in found]
    return found


def credit_candidates(document: Document) -> list[tuple[int, _Candidate]]:
    """The lines (index and candidate) that may hold a credit, computed once and
    shared: the credit rules' gate asks whether there are any, ``credit_scan`` parses
    them."""
    return document.memo("credit.candidates", _candidates)


def ends_with_year(line: str) -> bool:
    """Whether ``line`` ends with a year (19xx or 20xx), maybe a full stop and spaces."""
    last = line[-1]
    if last.isspace():
        line = line.rstrip()
        if not line:
            return False
        last = line[-1]
    if last == ".":
        year = line[-5:-1]
    elif last.isdigit():
        year = line[-4:]
    else:
        return False
    return year[:2] in ("19", "20") and year.isdigit()


def _scan(document: Document) -> CreditScan:
    found: dict[int, CreditMatch] = {}
    glued: list[CreditMatch] = []
    inline: list[CreditMatch] = []
    starts = document.line_starts
    for index, candidate in credit_candidates(document):
        line = candidate.text
        start = starts[index] + candidate.indent
        size = len(line)
        if candidate.whole:
            kind = _classify_line(line)
            if kind in _CONFIRMED_BETWEEN_PARAGRAPHS:
                between = _between_paragraphs(plain_lines(document), index)
                kind = _CONFIRMED_BETWEEN_PARAGRAPHS[kind] if between else None
            if kind is not None:
                found[index] = CreditMatch(start, start + size, kind, index)
                continue
        if candidate.glued:
            match = _glued(line, start, index)
            if match is not None:
                glued.append(match)
        if candidate.inline:
            raw = starts[index]
            for at, end, kind, cut in _inline_in(plain_lines(document)[index]):
                if not any(m.start <= raw + at < m.end for m in glued[-1:]):
                    inline.append(CreditMatch(raw + at, raw + end, kind, index, True, raw + cut, True))
    return CreditScan(found, glued, document, tuple(inline))


#: A line of a story's prose: long enough to be a paragraph, not a menu's line.
_PARAGRAPH = 80


def _between_paragraphs(lines: list[str], index: int) -> bool:
    """Whether the nearest lines with text above and below line ``index`` (blank lines
    between them allowed) are paragraphs of prose: where a dropped picture's credit
    stands in a story, unlike a menu's or a tag list's line."""
    above = next((l for l in reversed(lines[max(0, index - 3) : index]) if l.strip()), "")
    below = next((l for l in lines[index + 1 : index + 4] if l.strip()), "")
    return len(above.strip()) >= _PARAGRAPH and len(below.strip()) >= _PARAGRAPH


def credit_scan(document: Document) -> CreditScan:
    """Credit lines and glued credits of ``document`` (computed once, shared)."""
    return document.memo("credit.scan", _scan)


def credit_lines(document: Document) -> dict[int, CreditMatch]:
    """The lines (by index) that hold nothing but a photo credit."""
    return credit_scan(document).lines


def photo_agencies() -> frozenset[str]:
    """Casefolded names from ``photo_agencies.txt`` (a closed class, kept as data)."""
    return word_list("photo_agencies.txt")
