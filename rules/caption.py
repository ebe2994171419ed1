"""Image captions left in the text (NL3xx).

A caption describes a picture rather than telling the story. Four kinds of evidence
find one, each a rule; a line is reported by the first that applies (NL301, then
NL302, then NL303, then NL304), so it is never reported twice:

* NL301 caption-phrase: the formulas of picture desks: "Aerial view of", "In this
  photo", "FILE PHOTO:", "Image caption", "(L)"/"(R)", ", left,", "pictured at",
  "is seen at", "poses for";
* NL302 dated-caption: a one-sentence description in the present tense that ends with
  a date and place ("Putin speaks with ... in Moscow, Russia, October 8, 2024.");
* NL303 caption-beside-credit: a short present-tense description right before a photo
  credit line, or before a credit glued to its own end, or a scene right under a
  credit line;
* NL304 unpunctuated-caption (preview): a present-tense scene without a final period,
  alone between two paragraphs of prose (its own scan and gate).

All four are English-only: each candidate line must read as English (captions in an
English sentence inserted into a Portuguese page count; Portuguese prose does not).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter, methodcaller
from typing import NamedTuple

import regex

from newslint import Applicability, Category, Diagnostic, Document, FixAvailability, Rule, patterns

from ._credit_shapes import CreditScan, classify_credit, credit_candidates, credit_scan, ends_with_year
from ._text import ENGLISH_FUNCTION_WORDS, RE_WORD, data_lines, is_english, plain_lines

# -- finding candidate lines fast ---------------------------------------------------------
# Each scan has a literal prefix, which the engine finds quickly; the candidates are
# then checked one by one with the precise patterns below.

# (The look-aheads only name the characters the alternatives start with: a cheap test
# that fails most positions before the alternatives are tried one by one.)
_SCAN_COMMA = patterns.compile(
    rf", (?=[12lrcfst])(?:(?:19|20)\d\d(?![{RE_WORD}])|(?:far |second |third |fourth )?(?:from )?(?:left|right|center|centre)(?![{RE_WORD}]))"
)
# Kinds of view a picture desk names ("Panoramic view of the harbour", "A night view of
# ..."): a closed class of photographic words, the way "Aerial view of" is made.
_VIEW_KINDS = (
    "Panoramic|Night|Nighttime|Night-time|Bird[’']s-eye|Birds-eye|Overhead|Drone|Satellite|Elevated|Wide"
    "|Close-up|Closeup|Interior|Exterior|Partial|Distant|High-angle"
)
_VIEW_OPENER = (
    rf"(?:An?[ ](?i:aerial|general|{_VIEW_KINDS})|Aerial|General|{_VIEW_KINDS})[ ]views?[ ](?:of|over|across|from|shows)\b"
)
_SCAN_OPENER = patterns.compile(
    r"\n[ \t\u00a0]*(?=A[ enrpu]|Ge|In|FI|Fi|Im|Ph|Pi|Ca|Ab|Be|To|Bo|Le|Ri|Sh|Ma|This |Ha|Fr|Un|Pa|Ni|Sa|Bi|Cl|Sc|Se|St|Vi|Il|Dr|\(F)"
    rf"(?:An? (?:[Aa]erial|[Gg]eneral|artist|(?:[{RE_WORD}'’-]+ ){{0,2}}(?:photo|image|picture|still|handout|grab|screenshot|views? of|view shows))"
    r"|From left|From [LR][- ]|Seen (?:here|above|below)|Left to right|Clockwise from|Undated|Panoramic view|Night view|Satellite view|Bird['’]?s-eye view"
    r"|(?:Photo|Picture|Image)s? (?:shows|released|provided|obtained|distributed|posted|shared|made)"

    r"|Aerial|General view|In this|FILE|File (?:[Pp]hoto|[Pp]icture|[Ii]mage)|(?:Image|Photo|Picture) caption"
    r"|(?:Picture|Photo|Image) taken |Caption|Pictured|Above:|Below:|Inset:|Top:|Bottom:|Left:|Right:|Shown:|Main (?:image|picture|photo)|(?:Image|Photo|Picture|Photograph) ?:"
    r"|Photo illustration|Illustration (?:photo|picture|image)|Drone (?:photo|picture|image|footage|video|shot)|Archive (?:photo|picture|image)|\((?:FILE|File)[ )]"
    r"|(?:Image|Screen|Frame|Video) ?grab|Screengrab|Still (?:image |frame )?(?:from|taken|of)"
    rf"|This (?:aerial|general) view|This (?:[{RE_WORD}-]+ ){{0,3}}(?:photo|image|picture|still|screenshot|handout|grab|screengrab)|Handout)"
)
_SCAN_POSITION = patterns.compile(
    r"\((?:L|R|C|L-R|R-L|(?:[Ff]rom )?(?:L to R|R to L|left to right|right to left)|[Ff]rom (?:L|R|left|right)|\d(?:st|nd|rd|th) [LR]|(?:far |second |third )?(?:left|right)|center|centre|front|back|top|bottom"
    r"|(?:in )?(?:red|blue|green|yellow|white|orange|purple))\)"
)
# A desk's dateline before its caption: "LONDON, ENGLAND - MARCH 12: ..." (place and
# date in capitals, then a colon) or "November 3, 2024, Kherson, Ukraine: ...". Not
# scanned for (a scan of every text would cost the family a twentieth of its speed):
# the caption it opens ends with its date ("... on March 12, 2024 in London, England.")
# or sits by its credit, which the scans find; ``_OPENER`` then reads it.
_DESK_DATELINE = patterns.compile(
    r"[ \t\u00a0]*(?:\p{Lu}[\p{Lu}.'’ -]{2,40}(?:, \p{Lu}[\p{Lu}.'’ -]{1,40})? [-–—] "
    r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.? \d{1,2} ?: "
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d\d?, (?:19|20)\d\d, \p{Lu}"
    # "Johannesburg, South Africa, 29 May 2024: ...": the place first, then the date
    r"|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})?, "
    r"(?:\d\d? (?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d\d?,) (?:19|20)\d\d: \p{Lu})"
)
#: What ``_DESK_DATELINE`` needs: its colon (two of its forms), or a month's name first.
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)
_SCAN_WORDS = patterns.compile(rf"p(?:ictured|hotographed|os(?:es|ing)|(?P<picture>hoto|icture))(?![{RE_WORD}])")
# "is seen", "are seen": found with str.find as " seen" and its space after it tested
# (a needle ending in a letter is skipped along the text faster than one ending in a
# space, the commonest character).
_SCAN_SEEN = " seen"

# -- the evidence ----------------------------------------------------------------------------

_OPENER = patterns.compile(
    r"""[ \t\u00a0]*(?:
      (?:An?[ ])?[Aa]erial[ ](?:view|photo|photograph|image|picture|shot)s?[ ](?:of|shows|taken[ ]on)\b
    | (?:A[ ])?[Gg]eneral[ ]view[ ](?:of|shows|taken[ ]on)\b | This[ ](?:aerial|general)[ ]view[ ]taken[ ]on\b
    | """ + _VIEW_OPENER + r"""
    | A[ ]view[ ]shows[ ](?!(?:that|how|what|why)\b)
    | (?:From[ ]left|Left[ ]to[ ]right|Clockwise[ ]from[ ](?:top[ ])?left)(?:[ ]to[ ]right)?[ ]?[,:]
    | From[ ](?:L-R|L[ ]to[ ]R|R-L|R[ ]to[ ]L)[ ]?[,:]
    | (?:Pictured|Seen[ ](?:here|above|below))[ ](?:is|are)[ ](?=(?:an?|the|\p{Lu}))
    | Seen[ ](?:here|above|below)[ ]?:[ ]
    | In[ ]this[ ](?:[\w’'.,-]+[ ]){0,6}?(?:photo|photograph|image|picture|handout|frame[ ]grab|still|
        screenshot|screen[ ]?grab|video[ ]grab|file)s?\b(?![-‐]|[ ](?:essay|essays|gallery|galleries|series|book|album|contest|competition|exhibition)\b)
    | FILE[ ](?:PHOTO|PICTURE|IMAGE)\b | FILE[ ][-–—] | File[ ](?:[Pp]hoto|[Pp]icture|[Ii]mage)s?[ ]?[:\-–—]
    | File[ ](?:[Pp]hoto|[Pp]icture|[Ii]mage)s?[ ](?:of|shows)\b | Archive[ ](?:[Pp]hoto|[Pp]icture|[Ii]mage)s?[ ]?[:\-–—]
    | \((?:FILE|File)(?:[ ](?:PHOTO|PICTURE|IMAGE|[Pp]hoto|[Pp]icture|[Ii]mage))?\)[ ]
    | (?:(?:An?|This)[ ])?(?:[Ss]creen[ ]?grab|[Ss]creengrab|[Ff]rame[ ]grab|[Vv]ideo[ ]grab|[Ii]mage[ ]grab
        |[Ss]till(?:[ ]image|[ ]frame)?)s?[ ](?:taken[ ])?(?:from|of)[ ](?:an?[ ]|the[ ])?(?:[\w’'-]+[ ]){0,2}?
        (?:video|footage|broadcast|livestream|clip)s?\b
    | (?:January|February|March|April|May|June|July|August|September|October|November|December)[ ]\d{1,2},[ ](?:19|20)\d\d,
        [ ]\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3}(?:,[ ]\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3})?:[ ](?=\p{Lu})
    | (?:(?:An?|This)[ ])?(?:[Ii]llustration|[Dd]rone|[Gg]eneral[ ]view|[Ss]atellite)[ ]
        (?:photo|photograph|picture|image|footage|video|shot)s?[ ](?:shows|taken|released)\b
    | (?P<wire_dateline>\p{Lu}[\p{Lu}.'’-]*(?:[ ]\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,[ ]\p{Lu}[\p{Lu}.'’-]*(?:[ ]\p{Lu}[\p{Lu}.'’-]*){0,3})?
        [ ][-–—][ ](?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER
        |JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?[ ]\d{1,2}[ ]?:[ ])
    | (?:Image|Photo|Picture)[ ]caption\b | Caption[ ]?: | Pictured[ ]?: | Pictured[ ](?:(?:above|below)(?![ ](?:the|an?|his|her|their|its|our|my)\b)|here|left|right)\b
    | (?:Above|Below|Inset|Top|Main[ ](?:image|picture|photo))[ ]?:[ ]
    | (?:Bottom|Left|Right|Shown)[ ]?:[ ](?=[“"‘']?\p{Lu})
    | (?:A[ ])?[Pp]hoto[ ]illustration[ ](?:of|shows)\b
    | Handout[ ](?:photo|picture|image)\b
    | (?:An?[ ])?[Uu]ndated[ ](?:handout[ ])?(?:photo|photograph|picture|image)s?[ ](?:of|shows)\b
    | (?:Picture|Photo|Image)[ ]taken[ ](?:on|in|at|with|from|by|during|near|inside|outside)\b
    | An?[ ]artist[’']s[ ](?:impression|illustration|rendering|concept|depiction)\b
    )""",
    regex.VERBOSE,
)
# "This satellite image from NASA's worldview satellite shows ...", "A handout photo
# released by the ministry ..." (tried only when a picture word opens the line).
_PICTURE_SHOWS = patterns.compile(
    r"""[ \t\u00a0]*(?:(?:This|A|An)[ ](?:[\w’'-]+[ ]){0,3}?(?:photo|photograph|image|picture|still|
        screenshot|screen[ ]grab|frame[ ]grab|video[ ]grab|handout)|(?:Photo|Picture|Image|Screen[ ]grab|Video[ ]grab))
        s?,?[ ](?:(?!(?:was|were|is|are|has|have|had|been|seen|reviewed|verified|viewed)\b)
        [\w’'-]+[ ]){0,6}?(?:shows(?![ ](?:are|were|is|was|and|or|will|would|have|had|can|could|for|of)\b)
        |taken|released|provided|made[ ]available|obtained|distributed|posted|shared|dated)\b""",
    regex.VERBOSE,
)
# "This photo, taken on her phone in 2012, is ...": a picture opener whose aside closes
# before a finite "is" or "was" (a caption's picture "shows").
_PICTURE_ASIDE_IS = patterns.compile(
    r"[ \t\u00a0]*(?:This|That|The|A|An)[ ](?:[\w’'-]+[ ]){0,3}?(?:photo|photograph|image|picture)s?,[ ]"
    r"(?:taken|released|posted|shared|dated)\b[^,;:]{0,80}?(?:,[^,;:]{0,40}?)?,[ ](?:is|was|are|were|has|had|will|would)\b"
)
_PICTURE_WORD = patterns.compile(r"(?i:photo|image|picture|still|screen|frame|handout|grab)")
# "Image: Jose Mourinho, left, has replaced ..." - a caption behind a credit label.
_LABELLED_SENTENCE = patterns.compile(r"[ \t\u00a0]*(?:Image|Photo|Picture|Photograph)[ ]?:[ ]+\S")
_POSITION = patterns.compile(
    r"\((?P<pos>L|R|C|L-R|R-L|(?:[Ff]rom )?(?:L to R|R to L|left to right|right to left)|[Ff]rom (?:L|R|left|right)|\d(?:st|nd|rd|th) [LR]|(?:far |second |third )?(?:left|right)|center|centre|front|back|top|bottom"
    r"|(?:in )?(?:red|blue|green|yellow|white|orange|purple))\)"
)
# "Ana Ruiz (left) talks with ...": a place spelt out after a name (a lone "(R)" may be
# a party's initial, "(left)" is not).
_NAMED_POSITION = patterns.compile(r"\p{Lu}[\p{L}.'’-]* \((?:far |second |third )?(?:left|right)\)")
# "In the photograph, Ana Ruiz (left) and her sister stand ...": a sentence of the story
# about a picture it describes (a caption says "In this photo", not "In the photograph,").
_ABOUT_THE_PICTURE = patterns.compile(
    r"(?:In|On) the (?:photograph|photo|picture|image|painting|portrait|snapshot|print|frame)s?, "
)
# "Coach Rui Alves (C) speaks to his players ...": a lone "(C)" between a name and the
# present-tense verb of a scene (not a copyright sign, which no verb follows).
_NAMED_CENTRE = patterns.compile(r"\p{Lu}[\p{L}.'’-]+ \(C\) [a-z]{3,}s (?:with|to|at|in|during|on|as|after|before|the|a|an|his|her|their)\b")
_COLOURS = frozenset("red blue green yellow white orange purple".split())
_COMMA_POSITION = patterns.compile(
    r"(?<=\p{Lu}[\p{L}.'’-]*|\))\s?, (?:far |second |third |fourth )?(?:from )?(?:left|right|center|centre)"
    r"(?: to right)?(?:,|\)|:| and\b)"
)
_PICTURED = patterns.compile(
    r"(?:, pictured\b|\(pictured\)|\b(?:is|are|was|were) pictured\b"
    r"|(?<=\p{Lu}[\p{L}'’-]+ )pictured (?:at|in|on|with|during|here|above|below|left|right|after|before|"
    r"while|outside|inside|alongside|leaving|arriving)\b)"
)
_SEEN = patterns.compile(
    r"\b(?:is|are) seen (?:at|in|on|during|with|outside|inside|near|after|before|while|walking|leaving|"
    r"arriving|standing|sitting|speaking|talking|holding|behind|through|here|in front|as (?:he|she|they|it) "
    r"|aboard|atop|beside|along|from above|from the air)"
)
# "..., in this handout picture released by the army.", "Name is shown in this undated
# photo provided by ...", "Name in a 2019 file photo.": the picture the caption is under,
# named in the caption (not "in this photo gallery" or "essay": a story's own feature;
# nor "in this photo session", an event).
_IN_PICTURE = patterns.compile(
    r"\bin (?:this|an?) (?:[\w'’-]+ ){0,3}?(?:photo|photograph|picture|image|handout|still|screen ?grab|screengrab"
    r"|frame grab|file photo)s?\b(?! (?:gallery|galleries|essay|series|book|story|album|contest|competition|exhibition|session|shoot|op|opportunity|booth|finish))"
)
# "The children, pictured with their teacher, raised £4,000 ...": the picture's aside
# closes and the story's own verb follows (a finite "is", an auxiliary, a modal or a past
# tense: "Smith, pictured, is due in court"), a sentence of prose.
_PICTURED_ASIDE = patterns.compile(r", pictured\b[^,.;:]{0,80}?, (?P<verb>[a-z]+)\b")
_STORY_VERBS_AFTER_ASIDE = frozenset("is are was were had has have will would could may might must should said".split())


def _pictured_aside_then_verb(core: str) -> bool:
    match = _PICTURED_ASIDE.search(core)
    if match is None:
        return False
    verb = match["verb"]
    return verb in _STORY_VERBS_AFTER_ASIDE or verb in _past_forms() or (verb.endswith("ed") and len(verb) > 4)


# "The Mahlangu family pictured outside their home in Soweto.": a noun, "pictured" and
# where; counted only in a line without any other verb.
_PICTURED_NOUN = patterns.compile(
    r"\b[a-z]{3,} pictured (?:at|in|on|outside|inside|with|during|near|beside|alongside)\b"
)
# "Name photographed at her home in ...", "Name, photographed in Lima on ...", "Name is
# photographed at ...", "Name seen at a rally in ...", "Name, seen here in 2019, ...": the
# participles of a portrait's caption after a name (or "is"), then where; counted only in
# a one-sentence line ending with its full stop (a headline has none: "Putin Seen at Rally").
_PHOTOGRAPHED = patterns.compile(
    r"(?:\b(?:is|are)[ ]photographed|,[ ]photographed|(?<=\p{Lu}[\p{L}'’-]+[ ])(?:photographed|seen))"
    r"[ ](?:at|in|on|during|with|outside|inside|near|beside|alongside|aboard|here)\b"
    r"|,[ ]seen[ ]here\b"
)
#: Where a caption's place follows its year ("12 March 2024 in London"): ``_DATED_END``.
_PLACE_AFTER_YEAR = (" in ", " at ", " near ", " outside ")
#: The words ``_PHOTOGRAPHED`` allows after "seen" and "photographed" (the scan's test).
_AFTER_NAME_SEEN = ("at ", "in ", "on ", "during ", "with ", "outside ", "inside ", "near ", "beside ", "alongside ", "aboard ", "here")
# "... is seen leaving the shop in footage released by police", "is seen on CCTV ...":
# footage the story cites (a caption names its own picture: "in this image from ...").
_SEEN_IN_FOOTAGE = patterns.compile(
    r"\b(?:in|on)[ ](?:(?:the|a|an|police|security|CCTV|dashcam|bodycam|mobile[ ]phone)[ ]){0,2}(?:footage|CCTV|video|camera)\b"
    r"(?![ ](?:screens?|walls?|monitors?|links?|calls?|grabs?|stills?))"  # "seen on a video screen at the stadium"
)
_POSES = patterns.compile(
    r"\b(?:poses|pose|posing) (?:for|with|during|at|in front|next to|beside|alongside|after|before|on|"
    r"outside|inside)\b"
)
# The wire's note before a caption ("EDITORS NOTE: ..."): the caption is what follows it.
_EDITORS_NOTE = patterns.compile(r"EDITOR(?:S|['’]S)? NOTE[ ]?:[ ]*")
# "... March 5, 2022. Picture taken with a drone." - a caption's closing formula.
_TAKEN = patterns.compile(r"(?<=[.!?])\s*(?:Picture|Photo|Image) taken\b[^\n]*$")

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|Jun\.|July?|Jul\.|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thurs\.|Fri\.|Sat\.|Sun\.)"
_PLACE = r"\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|del|of|am|upon|on))*"
# The end of a dated caption: "..., in Moscow, Russia, October 8, 2024." or "... on
# September 12, 2024." or "... during their meeting, October 11, 2024, in Ashgabat."
_DATED_END = patterns.compile(
    rf"(?:{_WEEKDAY},? )?(?:(?:{_MONTH} \d{{1,2}},?|\d{{1,2}} {_MONTH},?) (?:19|20)\d\d"
    # a desk's date in figures: "20.09.2022", "20/09/2022", "2022-09-20"
    r"|(?<![\d.,/-])(?P<figures>\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d/-]))"
    rf"(?:,? (?:in|at|near|outside) {_PLACE}(?:, {_PLACE}){{0,2}})?"
    # "..., on November 3, 2024, amid the war.": the circumstance AFP's desk adds after the date
    r"(?:, (?:amid|during|after|following) [^.,;:!?\n]{3,60})?\.?$"
)
# (Searched from the end: ``\W`` never matches a letter, so the one match is the last run
# of letters with nothing but non-word characters after it, from where the search may
# start, which a reverse search finds at once and a forward one after trying every
# character of the window.)
_WORD_BEFORE = patterns.compile(r"(\p{L}+)\W*$", regex.REVERSE)
# A date after these words is a deadline or a span, not the moment of a picture.
_NOT_PICTURE_DATE = frozenset(
    "until till through thru by before after since from starting beginning effective due and to "
    "between as expires ending ends is are was were be of".split()
)

_TOKEN = patterns.compile(r"\(\w+(?:-\w+)?\)|[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
_PRONOUN_START = frozenset("i we you he she it they there".split())
_FIRST_SECOND_PERSON = frozenset("me my mine we us our ours you your yours".split())
_TELLING = frozenset(
    """said says say told tells according reported reports asked asks added adds
    will would could should might must can may shall wo 'll""".split()
)
# What is to come, and the verbs of a schedule, not of a scene ("The trial begins ... on
# January 6, 2020."): in parts, each with words one of which every match of it holds
# (see ``_STORY_FACT_PARTS``).
_FUTURE_PHRASE_PARTS = (
    (
        ("due to", "set to", "expected to", "scheduled to", "going to", "likely to", "planned to"),
        r"\b(?:is|are) (?:due|set|expected|scheduled|going|likely|planned) to\b",
    ),
    (("to be",), r"\bto be\b"),
    (
        ("begin", "start", "end", "expire", "resume", "close", "take", "kick", "reopen"),
        r"\b(?:begins?|starts?|ends?|expires?|resumes?|closes?|takes? effect|kicks? off|reopens?)\b",
    ),
)
_FUTURE_PHRASES = patterns.compile("|".join(part for _, part in _FUTURE_PHRASE_PARTS))
# The facts of a story rather than the moment of a picture: a quantity ("more than
# 11,000 objects", "5.25 percent", "an average of"), a frequency ("50 minutes a day",
# "every summer"), a result ("beat Chelsea 2-1", "wins the final", "by 20 runs") or a
# death ("has died", "at the age of 91"); a state of a place, not a moment ("The museum
# houses ...", "The line connects ..."); what is to come ("ahead of next month's
# election"); a change or a span ("have risen by a third", "queue for hours"); a
# schedule ("The law comes into force ...", "The fair runs until ...", "Trains are
# cancelled on ...", "The vote is scheduled for 2028.").
#
# Each part comes with words one of which every match of the part holds: the parts
# joined are ``_STORY_FACTS``, whose search tries all of them at every character (tens
# of microseconds a line); ``_story_facts`` searches a part only in a text holding one
# of its words.
_STORY_FACT_PARTS = (
    ((" than ",), r"\b(?:more|fewer|less) than \d"),
    (("average",), r"\baverage\b"),
    (("cent",), r"\bper ?cent\b"),
    (("%",), r"\d%"),
    (("$", "€", "£", "¥"), r"[$€£¥]\d"),
    (("illion",), r"\b\d+(?:\.\d+)? (?:million|billion|trillion)\b"),
    ((" day", " week", " month", " year"), r"\b(?:a|per) (?:day|week|month|year)\b"),
    (("daily", "weekly", "monthly", "nightly", "yearly"), r"\b(?:daily|weekly|monthly|nightly|yearly)\b"),
    (
        ("sharply", "steadily", "rapidly", "slightly", "significantly", "dramatically"),
        r"\b(?:sharply|steadily|rapidly|slightly|significantly|dramatically)\b",
    ),
    (("every", "always", "often", "usually", "sometimes", "annually"), r"\b(?:every|always|often|usually|sometimes|annually)\b"),
    (("-",), r"(?<![\d.,:/-])\d{1,2}-\d{1,2}(?![\d.,:/-])"),
    (("by ",), r"\bby \d+ (?:runs|wickets|points|goals|votes|seconds)\b"),
    (("straight sets",), r"\bin straight sets\b"),
    (
        ("beat", "defeat", "win", "lose", "thrash", "edge"),
        r"\b(?:beats?|defeats?|wins?|loses?|thrash(?:es)?|edges?) (?:\p{Lu}|the (?:final|title|match|race|game|cup"
        r"|trophy|gold|championship|league|tie|series|[0-9]))",
    ),
    (("beat", "defeat", "win", "lose", "thrash"), r"\b(?:beats|defeats|wins|loses|thrashes)\b"),
    ((" died",), r"\b(?:has|have) died\b"),
    (("dies ",), r"\bdies (?:aged|at)\b"),
    (("at the age of",), r"\bat the age of\b"),
    (
        ("houses", "connects", "links", "overlooks", "borders", "spans", "contains", "employs"),
        r"\b(?:houses|connects|links|overlooks|borders|spans|contains|employs)\b",
    ),
    (("next ",), r"\bnext (?:week|month|year|season|spring|summer|autumn|fall|winter)\b"),
    (("by ",), r"\bby (?:a third|a quarter|half|\d[\d.,]* ?(?:percent|per cent|%))"),
    (("for ",), r"\bfor (?:hours|days|weeks|months|years|decades)\b"),
    ((" into ",), r"\bcomes? into (?:force|effect)\b"),
    (("run",), r"\bruns? (?:for|until|till|through|from)\b"),
    (
        ("cancel", "postponed", "suspended", "delayed", "due for", "set for", "expected for", "scheduled for", "planned for"),
        r"\b(?:is|are) (?:cancell?ed|canceled|postponed|suspended|delayed|(?:due|set|expected|scheduled|planned) for)\b",
    ),
)
_STORY_FACTS = patterns.compile("|".join(part for _, part in _STORY_FACT_PARTS))


_Parts = tuple[tuple[tuple[str, ...], patterns.BoundedPattern], ...]


def _compiled_parts(parts: tuple[tuple[tuple[str, ...], str], ...]) -> _Parts:
    return tuple((words, patterns.compile(part)) for words, part in parts)


_STORY_FACT_SEARCHES = _compiled_parts(_STORY_FACT_PARTS)
_FUTURE_PHRASE_SEARCHES = _compiled_parts(_FUTURE_PHRASE_PARTS)


def _found_in_parts(parts: _Parts, text: str) -> bool:
    """Whether one of the parts finds a match in ``text`` (as the parts joined would)."""
    for words, pattern in parts:
        if any(map(text.__contains__, words)) and pattern.search(text) is not None:
            return True
    return False


def _story_facts(text: str) -> bool:
    """Whether ``_STORY_FACTS`` finds a story's fact in ``text``."""
    return _found_in_parts(_STORY_FACT_SEARCHES, text)


def _future_phrases(text: str) -> bool:
    """Whether ``_FUTURE_PHRASES`` finds what is to come in ``text``."""
    return _found_in_parts(_FUTURE_PHRASE_SEARCHES, text)


_FUNCTION = ENGLISH_FUNCTION_WORDS | frozenset(
    """a an the of in on at to for from with by about as into onto over under after before
    during near past through across along around behind between beside while and or but
    nor his her its their our your my this that these those one two three four five six
    seven eight nine ten some many several all both each every other another such no not
    very also more most who which whose whom what where when why how than then there""".split()
)
_DETERMINERS = frozenset("the a an his her their its our this that these those".split())
# Words that follow a verb rather than a plural noun ("speaks with", "walks past").
_AFTER_VERB = frozenset(
    """with on at in during for to a an the his her their its past as into from after before
    up out off down over next near outside inside through across along toward towards onto
    upon about around behind beside by while under hands""".split()
)
_SENTENCE_BREAK = patterns.compile(r"(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|No|Co|Corp|Inc|Ltd|vs|U\.S|U\.K|Mt|Ft|Ave|Blvd|approx|est))[.!?][\"”’)]?\s+(?=[\"“‘(]?\p{Lu})")
_MAX_WORDS = 70
#: A place named right after its preposition ("in Lagos", "outside the Bundestag").
_PLACE_NAMED = patterns.compile(
    r"\b(?:in|at|near|outside|inside|during|past|through|behind|beside|along|across|outside of)[ ]"
    r"(?:the[ ]|a[ ]|an[ ])?\p{Lu}"
)
_SCENE = patterns.compile(
    r"\b(?:in|at|near|outside|inside|during|past|through|behind|beside|along|across|outside of)[ ]"
    r"(?:the[ ]|a[ ]|an[ ])?\p{Lu}"
    # "at the port of Lampedusa", "on the shore of Lake Malawi", "in central Buenos Aires"
    r"|\b(?:in|at|on|near|outside|inside|past|through|along)[ ](?:(?:the|a|an)[ ])?"
    r"(?:[a-z]+[ ]of[ ](?:the[ ])?|(?:central|downtown|northern|southern|eastern|western|old|rural)[ ])\p{Lu}"
)


@lru_cache(maxsize=1)
def _past_forms() -> frozenset[str]:
    return frozenset(data_lines("caption_past_tense.txt"))


@lru_cache(maxsize=1)
def _not_verbs() -> frozenset[str]:
    return frozenset(data_lines("caption_not_verbs.txt"))


@lru_cache(maxsize=1)
def _irregular_participles() -> frozenset[str]:
    return frozenset(data_lines("caption_participles.txt"))


def _participle(word: str) -> bool:
    """Whether ``word`` (lower case) is a past participle: "docked", "won", "taken"
    (not "been": "has been" is left to the past)."""
    if len(word) > 3 and word.endswith("ed") and word != "need":
        return True
    return word in _irregular_participles() or (word in _past_forms() and word not in ("was", "were", "did", "had"))


_LETTERS = patterns.compile(r"\p{L}+")


def _reads_english(text: str) -> bool:
    return _english_reading(text)[0]


def _english_reading(text: str) -> tuple[bool, int]:
    """Whether ``text`` reads as English, and, when it does not, how many function words
    all its words hold (which ``_analyse`` asks next of a line that does not: counted
    here once). The count is -1 when the text reads as English from a prefix."""
    # Most candidate lines are English and show two function words early: the words
    # before a space near the start (whole words, so the count is a part of the whole
    # text's) settle it without reading a long paragraph.
    for reach in (60, 200):
        if reach >= len(text):
            break  # (the whole text is read below: a prefix's words are some of its words)
        cut = text.rfind(" ", 0, reach)
        if cut > 0 and _function_word_hits(_LETTERS.findall(text[:cut].lower())) >= 2:
            return True, -1
    words = _LETTERS.findall(text.lower())
    hits = _function_word_hits(words)
    return hits >= 2 or (hits >= 1 and len(words) <= 8), hits


#: Captions are terse ("Name holds a sign near Gaza City, ..."): besides the commonest
#: function words, the English prepositions of a scene count (none is a word of the
#: other languages of news pages).
_SCENE_PREPOSITIONS = frozenset("near during outside inside past through behind beside while under".split())
_LINE_ENGLISH = ENGLISH_FUNCTION_WORDS | _SCENE_PREPOSITIONS


def _function_word_hits(words: list[str]) -> int:
    return sum(map(_LINE_ENGLISH.__contains__, words))


def _sentence_breaks(text: str, limit: int) -> int:
    """How many sentence breaks ``text`` holds, counted up to ``limit`` (the callers
    only ask whether there are more than one or two: no need to read on)."""
    count = 0
    for _ in _SENTENCE_BREAK.finditer(text):
        count += 1
        if count >= limit:
            break
    return count


#: Endings of words that are not a verb's bare form (a past tense, a participle, an
#: adverb, a noun or an adjective), for the plural-subject readings of ``_tenses``.
_NOT_A_BARE_VERB = ("ed", "ing", "ly", "s", "tion", "ment", "ness", "ity", "al", "ous", "tive", "sive")
_PLURALS_WITHOUT_S = frozenset(("People", "Police", "Children", "Men", "Women", "Passers-by", "Passersby"))


def _plural_head(word: str) -> bool:
    """A capitalised plural noun that can head a caption's subject ("Members",
    "Supporters", "People")."""
    if word in _PLURALS_WITHOUT_S:
        return True
    return (
        word[:1].isupper() and word[1:].islower() and len(word) > 3 and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s"))
    )


def _noun_after(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a lower-case content word (a noun after its adjective)."""
    return i < len(tokens) and tokens[i].isalpha() and tokens[i].islower() and tokens[i] not in _FUNCTION


def _tenses(tokens: list[str]) -> Iterator[str]:
    """The tense of each finite-looking verb, in order: a rough guess from word shapes
    and neighbours (a caption's main verb comes right after its subject: "Putin speaks",
    "People walk"), good enough to tell "speaks" from "spoke" and "signed"."""
    past = _past_forms()
    not_verbs = _not_verbs()
    participle_at = -1
    for i, token in enumerate(tokens[:25]):
        if i == participle_at or not token[:1].islower():
            continue
        prev = tokens[i - 1] if i else ""
        # (the next word as written, for its case; ``nxt`` lowered, for the word lists)
        raw_nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        nxt = raw_nxt.lower()
        after_subject = bool(prev) and (prev[:1].isupper() or prev.startswith("(") or prev.lower() not in _FUNCTION)
        if token in ("pictured", "shown", "seen", "photographed"):
            continue  # the participles of captions ("Name, pictured at ...")
        if prev.lower() in _PICTURE_NOUNS and nxt in _AFTER_PICTURE_PARTICIPLE:
            continue  # "A handout photo made available by ...", "Picture taken on ..."
        if token in ("is", "are"):
            yield "present"
        elif token in ("has", "have") and after_subject and _participle(nxt):
            # "The ship has docked at the port": the present perfect, which captions use
            # for a scene as they use the present ("has been" stays with the past).
            participle_at = i + 1
            yield "perfect"
        elif token in ("was", "were", "had", "did", "has", "have", "been"):
            yield "past"
        elif token in past and after_subject:
            yield "past"
        elif token.endswith("ed") and len(token) > 3 and nxt != "by" and (
            (prev[:1].isupper() and prev.lower() not in _FUNCTION) or (after_subject and nxt in _DETERMINERS)
        ):
            yield "past"  # "Putin signed ...", "colleagues used the ...", not "fires detected near"
        elif (
            token.endswith("s")
            and len(token) > 3
            and not token.endswith(("ss", "us", "is", "ous", "ics", "'s", "’s"))
            and token not in not_verbs
            and token not in _FUNCTION
            and after_subject
            and (
                nxt in _AFTER_VERB
                or raw_nxt[:1].isupper()
                or nxt.startswith("(")
                # "A woman sells fried fish ...": an article, a noun, the verb and its object
                or (
                    i == 2 and tokens[0] in ("A", "An", "The") and nxt.isalpha() and raw_nxt.islower()
                    and nxt not in _FUNCTION and nxt not in past
                    # ("sells fried fish": an "-ed" adjective before its noun)
                    and (not nxt.endswith("ed") or _noun_after(tokens, i + 2))
                )
            )
        ):
            yield "present"
        # "People walk past ...", "Supporters of Jo Park attend a rally": a plural
        # subject followed by the bare verb.
        elif (
            (
                (i == 1 and (prev.endswith("s") or prev in _PLURALS_WITHOUT_S))
                or (prev[:1].isupper() and nxt in _DETERMINERS)
            )
            and prev[:1].isupper()
            and token not in _FUNCTION
            and token not in past
            and not token.endswith(_NOT_A_BARE_VERB)
        ):
            yield "present"
        # "Members of the national team celebrate at ...": a plural head and its "of"
        # phrase (a few words, none a past tense), then the bare verb and a preposition
        # or a determiner.
        elif (
            3 <= i <= 7
            and tokens[1] == "of"
            and _plural_head(tokens[0])
            and prev.isalpha()
            and prev not in _FUNCTION
            and (nxt in _AFTER_VERB or nxt in _DETERMINERS)
            and token not in _FUNCTION
            and token not in past
            and token not in not_verbs
            and not token.endswith(_NOT_A_BARE_VERB)
            and not any(t.endswith("ed") or t in past for t in tokens[2:i])
        ):
            yield "present"
        # "Emergency workers work at ...", "Rescue teams search the ...": a plural noun
        # closing a short subject, then the bare verb and a preposition or a determiner.
        elif (
            2 <= i <= 3
            and tokens[0][:1].isupper()
            and prev[:1].islower()
            and len(prev) > 3
            # ("Riot police fire tear gas at ...": a plural without its "s")
            # ("Ukrainian servicemen unload aid ...": a plural in "-men")
            and (prev.endswith(("s", "men")) or prev.capitalize() in _PLURALS_WITHOUT_S)
            and not prev.endswith(("ss", "us", "is", "'s", "’s", "imen", "domen"))
            and prev not in not_verbs
            and prev not in _FUNCTION
            and all(t[:1].isupper() or t.lower() in _DETERMINERS for t in tokens[: i - 1])
            # ("Rescue workers clear debris": the verb's object may follow at once.)
            and (nxt in _AFTER_VERB or nxt in _DETERMINERS or (nxt.isalpha() and tokens[i + 1][:1].islower() and nxt not in _FUNCTION))
            and token not in _FUNCTION
            and token not in past
            and not token.endswith(_NOT_A_BARE_VERB)
        ):
            yield "present"


#: A participle after these words describes the picture ("photo made available by",
#: "image released on"), when one of ``_AFTER_PICTURE_PARTICIPLE`` follows it.
_PICTURE_NOUNS = frozenset("photo photograph picture image still handout screenshot grab footage video".split())
_AFTER_PICTURE_PARTICIPLE = frozenset("available by on in from at".split())


@dataclass(frozen=True, slots=True)
class CaptionFinding:
    code: str
    start: int
    end: int
    reason: str


_POSSESSIVE_START = frozenset("His Her Their Its Our My".split())
#: A subject pronoun right after the sentence's first comma.
_PRONOUN_AFTER_COMMA = patterns.compile(r"[^,\n]{1,80}, (?:he|she|they|we|it|I) \p{Ll}")
#: What a sign, a banner or a placard reads, in quotation marks.
_SIGN_WORDS = patterns.compile(r"(?<=\b(?:reading|reads) )(?:“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\")")


def _prose_signs(text: str, tokens: list[str]) -> bool:
    """Quotes, first or second person, reporting verbs, modals: the marks of a story's
    own sentences, which captions do not have. The words a sign or a banner shows are
    the picture's, not a quotation ("A man holds a placard reading “We want peace”")."""
    if ("“" in text or '"' in text) and ("reading " in text or "reads " in text):
        text = _SIGN_WORDS.sub(" ", text)
        tokens = _TOKEN.findall(text)
    if "“" in text or "”" in text or '"' in text or "?" in text or "!" in text or ";" in text:
        return True
    if tokens and (tokens[0].lower() in _PRONOUN_START or tokens[0] in _POSSESSIVE_START):
        return True  # ("His daughter runs the bakery ...": someone the story has named)
    if _PRONOUN_AFTER_COMMA.match(text):
        return True  # "A mother of three, she works nights at ...": the story's portrait
    # Modals and reporting verbs only in lower case: "May 11, 2019" is a date.
    if not _PERSON_FORMS.isdisjoint(tokens) or any(map(_TELLING.__contains__, map(_WITHOUT_FINAL_DOTS, tokens))):
        # ("the Rooikop mine" is a noun: read again without it)
        return "mine" not in tokens or any(
            (_first_or_second_person(t) and not _a_mine(tokens, i)) or t.rstrip(".") in _TELLING
            for i, t in enumerate(tokens)
        )
    return False


def _a_mine(tokens: list[str], i: int) -> bool:
    """"the Kusasalethu mine", "a coal mine": the noun, not the pronoun."""
    if tokens[i] != "mine" or not i:
        return False
    prev = tokens[i - 1]
    return prev in _DETERMINERS or prev[:1].isupper() or prev in ("coal", "gold", "copper", "salt", "land")


#: The tokens ``_first_or_second_person`` accepts ("I", "we", "We"; not "US", "Us"), for
#: a set's test of a whole line in C.
_PERSON_FORMS = frozenset({"I"} | _FIRST_SECOND_PERSON | {word.capitalize() for word in _FIRST_SECOND_PERSON} - {"Us"})
_WITHOUT_FINAL_DOTS = methodcaller("rstrip", ".")


def _first_or_second_person(token: str) -> bool:
    # "US" is the country, not "us".
    return token == "I" or token in _FIRST_SECOND_PERSON or (
        token.istitle() and token != "Us" and token.lower() in _FIRST_SECOND_PERSON
    )


#: The words of a view opener ("A general view of", "Aerial view over").
_VIEW_WORD = patterns.compile(r"\bviews?\b")


def _view_heading(core: str, opener: str) -> bool:
    """A sub-heading that borrows a view's words ("A general view of the economy"): a
    short line without a final mark, a name or a number after its opener; a caption's
    view names its place or its date ("Aerial view of Lisbon at dusk")."""
    if _VIEW_WORD.search(opener) is None or core[-1:] in ".!?":
        return False
    rest = core[len(core) - len(core.lstrip()) + len(opener) :].split()
    return len(rest) <= 6 and not any(word[:1].isupper() or word[:1].isdigit() for word in rest)


# "Durban, South Africa, 29 May 2024: ...": a desk's place, then its date, then a colon
# (tried only on a line with a colon early: the pattern backtracks over the names).
_PLACE_DATE_OPENER = patterns.compile(
    r"""[ \t\u00a0]*\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3}(?:,[ ]\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,3})?,[ ]
        (?:\d{1,2}[ ](?:January|February|March|April|May|June|July|August|September|October|November|December)
        |(?:January|February|March|April|May|June|July|August|September|October|November|December)[ ]\d{1,2},)
        [ ](?:19|20)\d\d:[ ](?=\p{Lu})""",
    regex.VERBOSE,
)


@lru_cache(maxsize=64)
def _opener(line: str) -> str | None:
    """A caption's opening formula ("Aerial view of", "In this photo", "FILE PHOTO:").
    (Kept for the last few lines: the analysis of a line asks it up to three times.)"""
    match = _OPENER.match(line)
    if match is None and ": " in line[:80]:
        match = _PLACE_DATE_OPENER.match(line)
    return None if match is None else match.group().strip()


def _picture_shows(line: str) -> str | None:
    """"This handout photo shows ...", "A satellite image released by ...": a caption's
    opening too, but one a story can also use ("A photo posted online shows ..."), so it
    counts only in a caption-shaped line."""
    if not _PICTURE_WORD.search(line, 0, 60):
        return None
    match = _PICTURE_SHOWS.match(line)
    if match is None:
        return None
    phrase = match.group().strip()
    if phrase[:1] in "IPS" and phrase.startswith(_PICTURES_OPENING):
        # "Images obtained by Reuters show the crowd ...": pictures the story reports
        # on; a caption is under one picture ("Image obtained by Reuters shows ...")
        return None
    return phrase


#: Plural picture nouns opening a sentence ("Images obtained by ...", "Photos posted ...").
_PICTURES_OPENING = ("Images ", "Photos ", "Pictures ", "Photographs ", "Screengrabs ", "Stills ")


#: "A view of" opens prose too ("A view of the sea opened up ..."): it counts only in a
#: short line without a final mark that places the scene ("... near Kherson").
_PLAIN_VIEW = patterns.compile(r"A[ ]view[ ]of[ ]")


def _plain_view(line: str) -> bool:
    line = line.strip()
    return (
        _PLAIN_VIEW.match(line) is not None
        and line[-1] not in ".!?…:;,"
        and len(line.split()) <= 20
        and _SCENE.search(line) is not None
    )


def _lists_in_prose(core: str, opener: str) -> bool:
    """"From left to right, the panel was split ...": the order of a story's sentence,
    told in the past, not the people of a picture named in order."""
    rest = _TOKEN.findall(core[core.find(opener) + len(opener) :])
    return not _STORY_TENSES.isdisjoint(_tenses(_main_clause(rest)))


#: The openers that name a picture's subject as a noun phrase ("An artist's impression
#: of", "A general view of", "Drone footage shows"), which a story's sentence can open with.
_NOUN_OPENERS = ("An artist", "A artist", "A general", "General view", "A view", "Aerial", "An aerial", "Drone",
                 "A drone", "Satellite", "A satellite", "Illustration", "An illustration", "File photos", "Photo illustration",
                 "A photo illustration", "Undated", "An undated", "File pictures", "File images")
_PLURAL_FILE_OPENERS = ("File photos", "File pictures", "File images")
#: A plural verb for plural pictures (a caption is under one picture: "File photo of ... shows").
_PLURAL_SHOW = patterns.compile(r"\b(?:show|showed)\b")
# ", the governor said,", ", the agency said in a statement": a speaker's attribution
# (not ", which officials said ...", a caption's own clause).
_ATTRIBUTION = patterns.compile(
    r",[ ](?!(?:which|who|where|that|as)\b)(?:(?:the|a|an|its|his|her|their)[ ])?(?:\p{L}+[ ]){0,2}?"
    r"(?:said|says|told[ ]reporters|reported)\b"
)


def _opener_in_story(core: str, opener: str) -> bool:
    """"An artist's impression of the stadium was unveiled on Tuesday", "A general view of
    the economy, the governor said, suggests ...": a noun-phrase opener that the story's
    own past-tense auxiliary, or a speaker's attribution, follows."""
    if not opener.startswith(_NOUN_OPENERS):
        return False
    if _ATTRIBUTION.search(core) is not None:
        return True
    if opener.startswith(_PLURAL_FILE_OPENERS) and _PLURAL_SHOW.search(core) is not None:
        return True  # "File photos of the building show it ...": pictures the story cites
    # (only an auxiliary counts: a participle after a name is a caption's "Jakarta shrouded")
    rest = _TOKEN.findall(core[core.find(opener) + len(opener) :])
    return not _STORY_AUXILIARIES.isdisjoint(_main_clause(rest))


_STORY_AUXILIARIES = frozenset("was were had will would".split())


#: After a label's or an opener's colon, a sentence about those very words ("Photo: a
#: word that, in the 1840s, meant ...", "Pictured left to right: that is the phrase every
#: sub-editor types ..."): the words are written about, not put over a picture. (A word
#: the picture shows is quoted or named after the noun: "Photo: the word 'Peace' is
#: painted on a wall".)
_LABEL_WRITTEN_ABOUT = patterns.compile(
    r"[^:\n]{1,40}:[ ]+(?:(?:that|this|it)[ ](?:is|was)[ ])?(?:a|an|the|one)[ ]"
    r"(?:\p{Ll}+[ ]){0,2}?(?:word|phrase|term|expression|formula|title|label)[ ]"
    r"(?![\"'“‘«\p{Lu}])"
)


#: A later sentence that names what the label introduced as the story's image or scene
#: ("Picture: a field of sunflowers, a burnt-out tank ... That is the image most readers
#: will remember"): the reader was asked to imagine it; a caption does not point back.
_NAMED_AS_IMAGE = patterns.compile(
    r"[.!?][ ]+(?:That|This)(?:[ ](?:is|was)|’s|'s)[ ]the[ ](?:image|picture|scene|sight)[ ]"
)


def _label_written_about(core: str) -> bool:
    if ": " not in core[:42]:
        return False
    return _LABEL_WRITTEN_ABOUT.match(core.lstrip()) is not None or _NAMED_AS_IMAGE.search(core) is not None


def _opening_phrase(core: str) -> str | None:
    """NL301's reason when ``core`` opens with a caption's formula (an opener, or a
    view placed in a scene): the only readings of ``_phrase`` open to a line of more
    than ``_MAX_WORDS`` tokens, which it reads without its tokens."""
    opener = _opener(core)
    if opener is not None and not _view_heading(core, opener) and not _label_written_about(core):
        if opener[:1] in "FL" and opener.startswith(("From left", "Left to right")) and _lists_in_prose(core, opener):
            return None
        if _opener_in_story(core, opener):
            return None
        return f"opens with {opener!r}"
    if _plain_view(core):
        return "opens with 'A view of' and places a scene, without a final mark"
    return None


def _phrase(core: str, tokens: list[str]) -> str | None:
    """NL301: the formulas of picture captions."""
    opening = _opening_phrase(core)
    if opening is not None:
        return opening
    if _LABELLED_SENTENCE.match(core) and classify_credit(core) is None and not _label_written_about(core):
        # "Image: Jose Mourinho, left, has replaced ..." but not a credit stuck to a
        # paragraph ("Photo: Name, STF / Associated PressThe sales slump ...").
        short = len(tokens) <= 40 and "/" not in core and "|" not in core and _sentence_breaks(core, 2) < 2
        if short and sum(1 for t in tokens if t[:1].islower()) >= 3:
            return "a caption behind a picture label"
    if "“" in core or "”" in core or '"' in core or len(tokens) > _MAX_WORDS:
        return None
    if _sentence_breaks(core, 2) >= 2:  # more than two sentences
        return None
    positions = [m["pos"] for m in _POSITION.finditer(core)]
    if positions:
        lefts = any(p == "L" or p.endswith((" L", "left")) for p in positions)
        rights = any(p == "R" or p.endswith((" R", "right")) for p in positions)
        strong = any(
            p in ("L-R", "R-L", "center", "centre", "front", "back", "top", "bottom")
            # ("(from left to right)" in lower case orders a list in prose)
            or (p.endswith((" to R", " to L", " to right", " to left")) and not p.startswith("from "))
            or p.startswith("From ") or p in ("from L", "from R", "from L to R", "from R to L")  # "(From L) Name, ..."
            or p[0].isdigit()
            or p.split()[-1] in _COLOURS  # "clusters are super hot (red)": a false-colour image
            for p in positions
        ) or (
            _NAMED_POSITION.search(core) is not None
            and not _prose_signs(core, tokens)
            and not _ABOUT_THE_PICTURE.match(core)
        )
        centre = positions == ["C"] and _NAMED_CENTRE.search(core) is not None and not _prose_signs(core, tokens)
        if (lefts and rights) or strong or ("C" in positions and (lefts or rights)) or centre:
            what = "colours" if any(p.split()[-1] in _COLOURS for p in positions) else "people's places"
            return f"marks {what} in the picture (" + ", ".join(f"({p})" for p in positions) + ")"
    if _COMMA_POSITION.search(core) and not _position_in_a_past_story(core):
        return "marks people's places in the picture (', left,')"
    # Weaker phrases: a story can say "the man pictured above" or "a photo posted online
    # shows"; they count only in a caption-shaped line (no quote, no past-tense verb in
    # the main clause).
    weak = _picture_shows(core)
    if weak and "handout" in weak.lower() and weak.endswith("shows") and not _prose_signs(core, tokens):
        # "This handout picture from the navy shows a ship stuck in ice": a desk's
        # handout, and what it shows may hold a participle ("stuck", "damaged").
        return f"opens with {weak!r}"
    if weak and _PICTURE_ASIDE_IS.match(core):
        # "This photo, taken on her phone in 2012, is the last picture of her father": the
        # picture is the story's subject, not the caption's opening.
        weak = None
    elif weak:
        weak = f"opens with {weak!r}"
    else:
        for pattern, what in ((_PICTURED, "pictured"), (_SEEN, "is seen"), (_POSES, "poses"), (_IN_PICTURE, "in this photo")):
            if pattern.search(core):
                if pattern is _PICTURED and _pictured_aside_then_verb(core):
                    continue
                if pattern is _SEEN and _SEEN_IN_FOOTAGE.search(core) is not None:
                    continue  # "The suspect is seen leaving the shop in footage released by police"
                weak = f"describes a picture ({what!r})"
                break
        else:
            if " pictured " in core and core.endswith(".") and _PICTURED_NOUN.search(core) and not list(_tenses(tokens)):
                weak = "describes a picture ('pictured', without a verb)"
            elif core.endswith(".") and _PHOTOGRAPHED.search(core) and not _sentence_breaks(core, 1):
                weak = "describes a picture ('photographed', 'seen' after a name)"
    # (The present perfect counts as the story's here: "Name, pictured, has denied ...".)
    if weak and not _prose_signs(core, tokens) and _STORY_TENSES.isdisjoint(_tenses(_main_clause(tokens))):
        return weak
    return None


def _position_in_a_past_story(core: str) -> bool:
    """"Ines Moura, left, and her sister ran the shop for thirty years. Clara died in
    March ...": a place in the picture beside a story told in the simple past over more
    than one sentence; a caption's scene is in the present ("..., left, talks with ...")
    or the present perfect ("..., left, has replaced ..."). (The place word is left out
    first: "left" reads as a past tense.)"""
    if not _sentence_breaks(core, 1):
        return False
    tokens = _TOKEN.findall(_COMMA_POSITION.sub(",", core))
    return set(_tenses(_main_clause(tokens))) == {"past"}


_STORY_TENSES = frozenset({"past", "perfect"})
#: The tenses of a caption's scene: the present, or the present perfect ("The ship has
#: docked at the port of Piraeus, May 2, 2021."), which a story does not stamp with a date.
_SCENE_TENSES = frozenset({"present", "perfect"})

_SUBORDINATE = frozenset("when where who whom whose which while after before because although since".split())


#: Words that open a clause of cause or time ("... as the new tax takes hold").
_CLAUSE_OPENERS = frozenset("as after when while because before until".split())


def _news_clause(tokens: list[str]) -> bool:
    """Whether the sentence adds a clause of its own with a present-tense verb ("Shoppers
    face higher prices as the new tax takes hold", "A mother waits for news after the
    ferry sinks off Crete"): news told with its cause, not a picture's moment."""
    not_verbs = _not_verbs()
    for i, token in enumerate(tokens):
        if i and token in _CLAUSE_OPENERS and i + 2 < len(tokens):
            rest = tokens[i + 1 : i + 6]
            if not (rest[0][:1].isupper() or rest[0] in _DETERMINERS):
                continue
            # (a verb in "-s" after the clause's subject: "the new tax takes hold")
            for j in range(1, len(rest)):
                word, prev = rest[j], rest[j - 1]
                if (
                    word.islower() and len(word) > 3 and word.endswith("s")
                    and not word.endswith(("ss", "us", "is", "'s", "’s"))
                    and word not in _FUNCTION and word not in not_verbs and prev not in _FUNCTION
                ):
                    return True
    return False


def _main_clause(tokens: list[str]) -> list[str]:
    """Tokens up to the first subordinating word ("..., when she was a congresswoman")."""
    for i, token in enumerate(tokens):
        if token in _SUBORDINATE:
            return tokens[:i]
    return tokens


def _dated(core: str, tokens: list[str], date_end=None) -> str | None:
    """NL302: one present-tense sentence ending with the date (and place) of a picture.
    ``date_end`` is ``_DATED_END``'s match in ``core`` when the caller has it."""
    if len(tokens) > _MAX_WORDS or len(tokens) < 6:
        return None
    match = date_end or _DATED_END.search(core, max(0, len(core) - 120))
    if match is None:
        return None
    body = core[: match.start()]
    word_before = _WORD_BEFORE.search(body, max(0, len(body) - 30))
    if word_before is not None and word_before.group(1).lower() in _NOT_PICTURE_DATE:
        return None
    if "—" in body or "@" in body or "http" in body or _prose_signs(core, tokens):
        return None
    if match["figures"] is not None and (_COMMA_PLACE.search(body) is None or not _STATES.isdisjoint(tokens)):
        # A date in figures closes a manual's sentence as often ("The release is
        # available in the repository on 2021-03-04."): a caption's names its place with
        # its country or region ("in Graz, Austria, 20.09.2022.") and acts, not "is".
        return None
    # (The scans last: they read the whole line.)
    if _sentence_breaks(core, 1) or _future_phrases(body):
        return None
    tenses = list(_tenses(tokens))
    if not tenses and _VIEW_START.match(core):
        reason = "a view of a place, stamped with a date"  # "A view of the port in Varna on May 2, 2021."
    elif not tenses and core.endswith(".") and _verbless_scene(body):
        # "The skyline of the docks at dusk in Hull, UK, on Tuesday, Nov. 5, 2024."
        reason = "a scene without a verb, stamped with a date"
    elif not tenses or tenses[0] not in _SCENE_TENSES or "past" in tenses:
        return None
    else:
        reason = "a present-tense description ending with a date"
    # (asked last, of the lines that would be reported: a story's facts)
    return None if _story_facts(body) else reason


#: A description of a view, without a verb ("A view of the port", "An exterior view of").
_VIEW_START = patterns.compile(r"(?:An?[ ](?:[\w’'-]+[ ]){0,2})?[Vv]iews?[ ](?:of|from|over|across)\b")


#: A portrait's caption: a name (two to four capitalised words, an initial, a particle),
#: its age perhaps, then who the person is in lower case ("Ana Ruiz, a nurse at the
#: city hospital", "Ana Ruiz, 52, chief economist at Harbour Bank", "Ana Ruiz, the
#: executive who is overseeing the service"), and nothing after it (no second comma).
_PORTRAIT = patterns.compile(
    r"\p{Lu}[\p{L}'’-]*\.?(?: (?:\p{Lu}[\p{L}'’-]*\.?|de|da|van|von|bin|al|el|la|le)){1,3}"
    r",(?: \d{1,3},)? (?:an?|the|who|whose|[a-z][a-z-]+) [^,;:!?()\[\]|\n]{4,140}?\.?"
)
#: Words that open the second half of a portrait caption and are not its appositive:
#: the story's connectives and its reporting ("Ana Ruiz, however, ...", "Ana Ruiz, said ...").
_NOT_APPOSITIVE = frozenset("and or but however though although said says told adds added who's".split())


def _portrait(core: str, tokens: list[str]) -> bool:
    """Whether ``core`` is a name and who the person is, without a verb of its own: the
    caption of a portrait. Its appositive is in lower case (a signature's "Staff
    Writer" or a heading is title-cased) and holds a content word; a verb may come only
    inside its relative clause ("the executive who is overseeing ...")."""
    if not 5 <= len(tokens) <= 30 or _PORTRAIT.fullmatch(core) is None:
        return False
    comma = core.index(",")
    rest = _TOKEN.findall(core[comma + 1 :])
    if rest and rest[0].isdigit():
        rest = rest[1:]
    if not rest or rest[0] in _NOT_APPOSITIVE:
        return False
    relative = next((i for i, word in enumerate(rest) if word in ("who", "whose", "which", "where")), len(rest))
    head = rest[:relative]
    if not any(word.isalpha() and word.islower() and word not in _FUNCTION for word in head or rest):
        return False
    if head and sum(1 for word in head[1:] if word[:1].isupper()) * 2 > len(head) - 1:
        return False  # a title-cased role ("Senior Writer at The Courier"): a signature
    # No verb of its own: a present, a past, an "-ed" word in the appositive itself.
    return not list(_tenses(head)) and not any(map(_verb_like, head)) and not _prose_signs(core, tokens)


def _beside_credit(core: str, tokens: list[str], glued: bool) -> str | None:
    """NL303: a short present-tense description just before a credit line (or the
    credit glued to its end), or a portrait's name and who the person is."""
    if _portrait(core, tokens) and not _story_facts(core):
        return "a name and who the person is, without a verb, right before a photo credit"
    if not core.rstrip().endswith("."):
        return _unpunctuated_beside_credit(core, tokens, glued=glued)
    if not 4 <= len(tokens) <= 50:
        return None
    if _prose_signs(core, tokens) or _sentence_breaks(core, 1) or _future_phrases(core):
        return None
    if " that " in core or _LABEL_START.match(core):
        return None  # "X recognizes that ...": a story's sentence; a live blog's "14.05:"
    if _COMMA_PLACE.search(core) is None and (
        _ON_WEEKDAY_END.search(core, max(0, len(core) - 60)) or _BARE_WEEKDAY.search(core)
    ):
        return None  # "Ministers meet in Brussels on Tuesday.": a schedule, not a picture
    date = _DATED_END.search(core, max(0, len(core) - 120))
    if date is not None:
        word_before = _WORD_BEFORE.search(core, max(0, date.start() - 30), date.start())
        if word_before is not None and word_before.group(1).lower() in _NOT_PICTURE_DATE:
            return None  # "runs in Edinburgh through August 26": a span, not a moment
    tenses = set(_tenses(tokens))
    if not tenses and not _verbless(core):
        return None
    if tenses and not tenses <= _SCENE_TENSES:
        return None  # a past verb somewhere: the story, not a picture's description
    # A picture shows someone or somewhere: a name after the first word, and a place;
    # or people named by what they are or do, acting in a place ("A man walks past a
    # mural.", "Protesters hold placards outside the embassy.").
    if tenses and (not any(t[:1].isupper() for t in tokens[1:]) or not _SCENE.search(core)) and not _people_scene(core, tokens):
        return None
    if _story_facts(core) or (_news_clause(tokens) and not _crowd_reacts(core, tokens)):
        return None  # (asked last, of the lines that would be reported)
    return "a description in the present tense (or without a verb) right before a photo credit"


_STATES = frozenset("is are has have isn't aren't isn’t aren’t".split())


#: People named by what they do ("supporters", "residents", "tourists", "relatives"):
#: the endings of agent nouns, and a few plurals without them.
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ives", "ians")
_PEOPLE_PLURALS = _PLURALS_WITHOUT_S | frozenset(("Fans", "Crowds", "Locals", "Families", "Friends", "Troops"))


#: People named by what they are, after "A", "An" or "The" ("A man", "An elderly couple").
_PEOPLE_NOUNS = frozenset("man woman boy girl child person couple family baby crowd".split())
#: A place named with an article after a preposition of place only ("outside the
#: embassy", "past a mural", "at a concert hall"): "in", "on" and "into" place ideas as
#: often ("a rise in the rates", "money into the fund").
_PLACE_WITH_ARTICLE = patterns.compile(
    r"\b(?:at|near|outside|inside|past|through|behind|beside|along|across|under|around) (?:a|an|the) [a-z]"
)


def _people_head(tokens: list[str]) -> int:
    """How many words name the people a scene shows at the start of ``tokens`` ("A man",
    "An elderly couple", "Protesters", "Rescue workers", "Members of a band"), or 0."""
    first = tokens[0]
    if first in ("A", "An", "The"):
        for i in (1, 2):
            word = tokens[i] if i < len(tokens) else ""
            if word in _PEOPLE_NOUNS or (word.islower() and word.endswith(("er", "or", "ist", "ant", "ent", "ian"))):
                return i + 1
            if not word.isalpha() or not word.islower() or word in _FUNCTION:
                return 0
        return 0
    for i, word in enumerate(tokens[:2]):
        if word in _PEOPLE_PLURALS or (word[:1].isupper() if i == 0 else word.islower()) and word.endswith(_PEOPLE_HEAD_ENDINGS):
            if i + 2 < len(tokens) and tokens[i + 1] == "of":
                # "Members of a band": the head's "of" phrase, two or three words
                return next((j for j in (i + 4, i + 5) if j < len(tokens) and tokens[j - 1].isalpha()), 0)
            return i + 1
        if i == 0 and not (word[:1].isupper() and word[1:].islower()):
            return 0
    return 0


def _may_open_with_people(line: str) -> bool:
    """The cheap test before ``_people_head``: "A", "An" or "The" first, or a plural of
    people among the first two words."""
    space = line.find(" ")
    first = line[:space]
    if first not in ("A", "An", "The") and first not in _PEOPLE_PLURALS and not first.endswith(_PEOPLE_HEAD_ENDINGS):
        # ("Rescue workers", "Riot police": a plural of people second)
        second = line[space + 1 : line.find(" ", space + 1)]
        if second not in _PEOPLE_LOWER_PLURALS and not (second.islower() and second.endswith(_PEOPLE_HEAD_ENDINGS)):
            return False
    return _people_head(line.split(None, 6)[:6]) > 0


_PEOPLE_HEAD_ENDINGS = (*_PEOPLE_ENDINGS, "men")
_PEOPLE_LOWER_PLURALS = frozenset(word.lower() for word in _PEOPLE_PLURALS)


def _people_scene(core: str, tokens: list[str]) -> bool:
    """Whether a sentence shows people in a place: the people first (``_people_head``),
    their present-tense verb right after them, and a place with its article ("A man walks
    past a mural.", "Protesters hold placards outside the embassy."), in twenty words at
    most."""
    if len(tokens) > 20 or _PLACE_WITH_ARTICLE.search(core) is None:
        return False
    head = _people_head(tokens)
    if not head or head >= len(tokens) - 2:
        return False
    if "than" in tokens or tokens[head + 1] == "to":
        return False  # a comparison; "head to", "want to" (a plan's verbs as often)
    tenses = list(_tenses(tokens[: head + 2]))
    return tenses[:1] == ["present"] and tokens[head] not in _STATES


def _crowd_reacts(core: str, tokens: list[str]) -> bool:
    """A gallery's caption: people react as something happens, in a named place ("Fans
    cheer as the team bus arrives at the stadium in Lima, Peru."). Its "as" clause has a
    verb of its own, as news told with its cause does ("Shoppers face higher prices as
    the new tax takes hold"); but here the main clause is only the people and their
    bare verb, without an object, and the place is spelt out with its country."""
    if len(tokens) < 6 or tokens[2] != "as" or tokens[1] in _FUNCTION or not tokens[1].isalpha():
        return False
    head, verb = tokens[0], tokens[1]
    if not (head in _PEOPLE_PLURALS or (head[:1].isupper() and head.endswith(_PEOPLE_ENDINGS))):
        return False
    if not verb.islower() or verb.endswith(_NOT_A_BARE_VERB) or verb in _past_forms():
        return False
    return _COMMA_PLACE.search(core) is not None


def _under_credit(core: str, tokens: list[str]) -> str | None:
    """NL303 for the line under a credit line: the same description as above one, but
    only a scene (a present-tense verb right after its subject and a named place, or
    names and where they are without a verb): the line under a credit is more often
    the story's next paragraph than a caption."""
    if _beside_credit(core, tokens, False) is None:
        return None
    first = tokens[0]
    if core[len(first) : len(first) + 1] == "," or (first.lower() in _FUNCTION and first.lower() not in _DETERMINERS):
        return None  # the story's connective ("Still, ...", "After receiving ...")
    if _HABITUAL.intersection(token.lower() for token in tokens):
        return None
    main = _main_clause(tokens)
    tenses = list(_tenses(main))
    if not tenses:
        return _verbless(core if core.endswith(".") else core + ".") and "names and a place without a verb, right under a photo credit" or None
    # An action in the present right after its subject, in a named place: "is", "are",
    # "has" (a state: "The base is located near ...") belong to the story.
    if tenses[0] != "present" or _COMMA_PLACE.search(core) is None or len(tokens) > 35:
        return None  # (its place named with its country or region: "in Accra, Ghana")
    if any(token in _STATES for token in main):
        return None
    if not core.endswith("."):
        return "a description without a final period right under a photo credit"
    return "a description in the present tense (or without a verb) right under a photo credit"


#: A sentence ending with a bare weekday ("... in Brussels on Tuesday."): a story's
#: schedule as often as a caption; beside a credit it counts only when the caption names
#: its place with its country ("in Lviv, Ukraine, on Saturday.").
_ON_WEEKDAY_END = patterns.compile(
    # (or before the plan's purpose: "Ministers meet in Brussels on Tuesday to agree the budget.")
    r"\b(?:on|next|this) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: to [a-z][^.,;:!?\n]{0,50})?\.$"
)
#: A weekday without a date after it, in the middle of the sentence ("Dock workers walk
#: out on Monday in a dispute over pay."): the news of the day, like the schedule above.
_BARE_WEEKDAY = patterns.compile(
    r"\b(?:on|next|this|last) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?!,? (?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
#: A live blog's time or label before its entry ("14.05: The minister arrives ...",
#: "Update: Police confirm ..."): not a caption beside a credit.
_LABEL_START = patterns.compile(r"(?:\d{1,2}[.:]\d\d\b|[\p{L}]+(?: [\p{L}]+)?:[ ])")


#: What a line may not end with to be read as a caption that lost its final period: a
#: mark of its own, or one that leaves it open (a quote, a dash, a bracket).
_NOT_UNPUNCTUATED_END = ".:;,!?…-–—\"”’')]"
#: The past forms of the story's own narration; a caption describes what the picture shows.
_NARRATING_PAST = frozenset({"was", "were", "had", "did"})


def _title_case(words: list[str]) -> bool:
    """Whether a line is written in title case: most of its words capitalised, and at
    most one lower-case word that is not a function word. (A caption full of names,
    "President Yoon Suk Yeol addresses the nation at the White House in Seoul", keeps
    its verb and nouns in lower case.)"""
    if sum(1 for word in words[1:] if word[:1].isupper()) * 2 <= len(words) - 1:
        return False
    return sum(1 for word in words[1:] if word[:1].islower() and word not in _FUNCTION) < 2


def _unpunctuated_beside_credit(core: str, tokens: list[str], *, glued: bool = False) -> str | None:
    """NL303 for a line without a final period right before a credit (pictures desks
    often leave the period out): a sentence-sized description (8 to 40 words) in
    sentence case. A title-cased line is a headline or a sub-heading; a byline, a line
    of fields ("|"), a labelled line (a colon: "READ MORE: ...", "please visit: ...") or
    a line of the story's own prose (quotes, reporting verbs, narration in the past, a
    story's facts), a request to the reader or an address is not a caption either; over
    a credit line (not ``glued`` to one) it must read as a scene (``_unpunctuated_scene``):
    a sentence-case headline sits over its picture's credit too."""
    stripped = core.rstrip()
    if not stripped or stripped[-1] in _NOT_UNPUNCTUATED_END or not 5 <= len(tokens) <= 40:
        return None
    if len(tokens) < 8 and not _people_scene(core, tokens):
        return None  # (shorter only when people act in a place: "A man walks past a mural")
    if "|" in core or ":" in core or tokens[0].lower() == "by" or not tokens[0][:1].isupper():
        return None  # a byline, a line of fields, a label ("READ MORE:") or an address
    if _prose_signs(core, tokens) or _sentence_breaks(core, 1) or _future_phrases(core):
        return None
    if _title_case(tokens):
        return None  # a headline or a sub-heading
    if any(token in _NARRATING_PAST for token in tokens):
        return None
    if "please" in tokens or any("@" in token or "." in token.strip(".") for token in tokens):
        return None  # a request to the reader, an address ("www.example.org", an e-mail)
    if _story_facts(core):
        return None
    if not glued and not _unpunctuated_scene(core, tokens):
        # A sentence-case headline or sub-heading over a picture's credit line ("Floods
        # force thousands from homes"); a credit glued to the line's end ("... lose its
        # autonomy (Image: Agency)") makes the line its caption whatever it says.
        return None
    return "a description without a final period right before a photo credit"


_QUESTION_WORDS = frozenset("why how what when where who which whose whom".split())


def _unpunctuated_scene(core: str, tokens: list[str]) -> bool:
    """Whether a line without its final period reads as a picture's scene, not as a
    headline in sentence case: names and where they are without a verb ("Riot police
    outside the parliament in Belgrade"), or a present-tense verb right after its
    subject, the articles a headline drops, and ten words with a place ("in Lagos",
    "at the port of Essaouira"), twelve without, or a place with its country ("in Tunis,
    Tunisia"); not a question's word first ("Why the bridge matters to ...")."""
    if _verbless(core + "."):
        return True
    if tokens[0].lower() in _QUESTION_WORDS:
        return False
    if _people_scene(core, tokens) and not _news_clause(tokens) and not _HABITUAL.intersection(t.lower() for t in tokens):
        return True  # "Workers repair a power line near the station": a headline drops the articles
    # (the main clause's: "..., where the ferry has docked since 1952" is the place's story)
    tenses = list(_tenses(_main_clause(tokens)))
    if not tenses or tenses[0] not in _SCENE_TENSES or "past" in tenses:
        return False
    if _PLACE_NAMED.search(core) is None and _COMMA_PLACE.search(core) is None and len(tokens) < 12:
        return False
    if _news_clause(tokens):
        return False  # "A mother waits for news of her son after the ferry sinks off Crete"
    lowered = [token.lower() for token in tokens]
    if _HABITUAL.intersection(lowered):
        return False
    comma_place = _COMMA_PLACE.search(core) is not None
    if not comma_place and not _ARTICLES.intersection(lowered):
        return False
    return len(tokens) >= 10 or comma_place


def _bare_caption(core: str, tokens: list[str]) -> str | None:
    """NL304: a caption that lost its final period, alone between two paragraphs: the
    shape NL303 reads beside a credit (8 to 40 words in sentence case, none of the
    story's marks), and what a picture shows: a present-tense (or present-perfect)
    verb right after its subject, a scene ("in Lagos", "outside the Bundestag"), no
    past tense, and the articles of a description (a headline drops them)."""
    if _unpunctuated_beside_credit(core, tokens) is None:
        return None
    if tokens[-1].lower() in _FUNCTION or " that " in core:
        return None  # a line cut in the middle of a sentence; a clause of the story
    # A headline or a sub-heading in sentence case ("Farmers protest against new tax
    # rules in Brussels") drops its articles and tells news, often what keeps
    # happening; a caption names one scene with its articles ("Supporters gather outside
    # the stadium in Tunis, Tunisia ahead of the final"). (A scene without a verb,
    # which ``_unpunctuated_beside_credit`` lets through, is one only beside a credit.)
    tenses = list(_tenses(tokens))
    if not tenses or tenses[0] not in _SCENE_TENSES or "past" in tenses or not _SCENE.search(core):
        return None
    return "a present-tense scene without a final period, alone between paragraphs"


_ARTICLES = frozenset({"a", "an", "the"})
_HABITUAL = frozenset("every each always often usually sometimes never still now again daily weekly yearly".split())
#: A time told as a narrator tells it, with an indefinite article ("on a cold Tuesday in
#: February", "on a grey morning"): a caption dates its picture ("on Tuesday", "May 4").
_NARRATED_TIME = patterns.compile(
    r"\b(?:on|one) an? (?:[a-z]+ ){0,2}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|day)\b"
)
#: "in Tunis, Tunisia": a place and its country or region, the way captions name it.
_COMMA_PLACE = patterns.compile(
    r"\b(?:in|at|on|near|outside|inside|through|across|along|past) (?:the )?"
    # ("at the port of Essaouira, Morocco", "in central Valparaiso, Chile")
    r"(?:(?:the |a |an )?[a-z]+ of (?:the )?|(?:central|downtown|northern|southern|eastern|western|old|rural) )?"
    r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*, \p{Lu}"
)


# "Neil Gaiman and John M. Ford in 2002.": names, then where or when, and no verb.
_NAMES_THEN_PLACE = patterns.compile(
    r"\p{Lu}[\p{L}.'’-]*(?:,? (?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|bin))*"
    r" (?:in|at|on|during|near|outside|inside) (?:the )?[\p{Lu}\p{N}][^.;:!?]{0,50}\."
)


# "Prime Minister Ana Ruiz during a visit to a school in Leeds.", "Protesters outside
# the ministry in Lisbon.": a picture desk's caption without a verb (names, then the
# occasion or the place, with a place's capital in it).
_NAMES_AT_OCCASION = patterns.compile(
    r"\p{Lu}[\p{L}.'’-]*(?:,? (?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|bin))*"
    r" (?:during|at|with|outside|inside|near|after|before|ahead of|on|in)"
    r" (?:an? |the |his |her |their |its )?[^.;:!?\n]{0,80}?\p{Lu}[^.;:!?\n]{0,60}\."
)


#: A scene named without a verb before its date: a noun phrase (a name, "A worker",
#: "The skyline"), then where it is ("at", "in", "during", "of" ...).
_SCENE_BEFORE_DATE = patterns.compile(
    r"(?:An?|The|\p{Lu}[\p{L}'’.-]*)(?:[ ][\p{L}'’.,-]+){0,5}?[ ]"
    r"(?:at|in|on|during|near|outside|inside|over|of|with|after)[ ][^;:!?\n]*"
)
#: Past forms spelt like the present ("hit", "cut"), which the tense guess cannot read.
_AMBIGUOUS_PAST = frozenset("hit cut put set quit shut spread cost hurt let read beat bet burst cast fit split".split())


def _verb_like(word: str) -> bool:
    return word[:1].islower() and (
        word in _past_forms() or word in _AMBIGUOUS_PAST or (word.endswith("ed") and len(word) > 3)
    )


def _verbless_scene(body: str) -> bool:
    """A description without a verb before a caption's date ("A worker on the production
    line at a factory in Hefei, China, on"): no word the tense guess may have missed (a
    past form, an "-ed" word, "hit"), and not opening with a participle ("Published on").
    The caller asks for a final period too: a source list's "Email interview with Name,
    spokesman for the agency, Oct. 30, 2019" has none."""
    if _SCENE_BEFORE_DATE.fullmatch(body.strip()) is None:
        return False
    words = _TOKEN.findall(body)
    first = words[0].lower() if words else ""
    if first.endswith("ed") or first in _past_forms():
        return False
    # (An "-ed" word right after an article is an adjective: "A damaged building seen
    # after shelling in Kharkiv, ...", "The flooded road to ...".)
    return not any(_verb_like(word) and words[i - 1] not in _ADJECTIVE_AFTER for i, word in enumerate(words))


#: The words after which an "-ed" word is an adjective before its noun.
_ADJECTIVE_AFTER = frozenset(("A", "An", "The", "a", "an", "the"))


def _verbless(core: str) -> bool:
    if _NAMES_THEN_PLACE.fullmatch(core) is not None:
        return True
    if _NAMES_AT_OCCASION.fullmatch(core) is None:
        return False
    # No verb the tense guess may have missed ("... during his speech promised ..."):
    # a past form or an "-ed" word in lower case.
    return not any(map(_verb_like, _TOKEN.findall(core)))


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


_PHRASE, _DATE, _BESIDE, _UNDER = 1, 2, 4, 8

_LAST_CHARACTER = itemgetter(slice(-1, None))
#: How a paragraph of the story ends (a line before or after an unpunctuated caption).
_PROSE_END = frozenset(".!?\"”’')")


def _stripped_lines(document: Document) -> list[str]:
    """The lines of ``plain_lines`` without their surrounding spaces (computed once)."""
    return document.memo("caption.stripped", lambda d: list(map(str.strip, plain_lines(d))))


def _bare_lines(stripped: list[str]) -> list[int]:
    """Indices of the lines that may be a caption without its final period standing
    alone (NL304): sentence-sized, capitalised, ending with a letter or a digit, its own
    paragraph between two paragraphs of prose (the line before ends a sentence, and is
    not the headline; the line after, if any, too). A line in a block of such lines
    (other stories' headlines, a list) or inside a wrapped paragraph is not one."""
    found: list[int] = []
    # The lines ending with a letter or a digit, found by maps that run in C (most lines
    # end with a mark, or are blank: "" ends with nothing alphanumeric).
    maybe = list(compress(count(), map(str.isalnum, map(_LAST_CHARACTER, stripped))))
    if not maybe:
        return found
    first = next((i for i, line in enumerate(stripped) if line), -1)
    size = len(stripped)
    for i in maybe:
        line = stripped[i]
        if not line[0].isupper() or ":" in line or "|" in line:
            continue
        # a portrait's caption, a name and who the person is ("Ana Ruiz, chief economist
        # at Harbour Bank": ``_portrait``), or a description (the cheap tests of
        # ``_unpunctuated_beside_credit`` and ``_bare_caption``: a sentence's size, and
        # the articles of a description)
        comma = line.find(", ", 0, 45)
        portrait = 20 <= len(line) <= 200 and comma > 0 and line[comma + 2 : comma + 3].islower() and 1 <= line.count(" ", 0, comma) <= 3
        if not portrait and (
            len(line) < 40 or len(line) > 300 or line.count(" ") < 7
            or not (" the " in line or " a " in line or " an " in line)
        ):
            continue
        if _title_case(line.split()):
            continue  # a heading
        before = i - 1
        while before >= 0 and not stripped[before]:
            before -= 1
        if before < 0 or stripped[before][-1] not in _PROSE_END:
            continue
        if before == first and stripped[before][-1] != ".":
            continue  # under the headline (which may end with "?" or a quote, not a period)
        after = i + 1
        while after < size and not stripped[after]:
            after += 1
        if after < size and (stripped[after][-1] not in _PROSE_END or not stripped[after].lstrip("“\"‘'(")[:1].isupper()):
            continue
        found.append(i)
    return found


def bare_caption_candidates(document: Document) -> list[int]:
    """The lines NL304 reads (computed once): its gate asks whether there are any."""
    return document.memo("caption.bare", lambda d: _bare_lines(_stripped_lines(d)))


def may_hold_bare_caption(document: Document) -> bool:
    """The gate of NL304: False when no line may be a caption without its period."""
    return bool(bare_caption_candidates(document))


def _untaken_english_lines(document: Document, candidates: list[int]) -> Iterator[tuple[int, str, str]]:
    """``(offset of the line, the line, its stripped text)`` of each candidate line that
    no other caption rule reports and that reads as English: where the caption rules
    that look at lone lines (NL304, NL305) start from."""
    taken = caption_findings(document) if may_hold_caption(document) else {}
    starts = document.line_starts
    text = document.text
    for index in candidates:
        start = starts[index]
        if start in taken:
            continue
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end]
        core = line.strip()
        if _reads_english(core):
            yield start, line, core


def _line_finding(code: str, start: int, line: str, reason: str) -> CaptionFinding:
    """A finding over ``line`` (at offset ``start``) without its surrounding spaces."""
    lead = len(line) - len(line.lstrip())
    return CaptionFinding(code, start + lead, start + len(line.rstrip()), reason)


def _bare_findings(document: Document) -> list[CaptionFinding]:
    """NL304's findings: the candidate lines that read as a caption, less those the
    other caption rules report."""
    found = []
    for start, line, core in _untaken_english_lines(document, bare_caption_candidates(document)):
        tokens = _TOKEN.findall(core)
        reason = _bare_caption(core, tokens)
        if not reason and _portrait(core, tokens) and not _story_facts(core):
            reason = "a name and who the person is, without a verb or a final period, alone between paragraphs"
        if reason:
            found.append(_line_finding("NL304", start, line, reason))
    return found

# How a line starts when ``_SCAN_OPENER`` can find an opener on it: the first words of
# its alternatives ("A ", "Image", "This "...), for ``str.startswith``.
_OPENER_HEADS = (
    "A ", "An ", "Aerial", "General view", "In this", "FILE", "File ", "Image", "Photo", "Picture", "Caption", "Seen ",
    "Above:", "Below:", "Inset:", "Top:", "Bottom:", "Left:", "Right:", "Shown:", "Main ", "This ", "Handout", "From left", "From L-", "From L ", "From R",
    "Left to right", "Clockwise from",
    "Undated", "Panoramic", "Night",
    "Satellite", "Bird", "Archive", "Illustration ", "Drone ", "(FILE", "(File", "Screen", "Still", "Frame", "Video",
)
# Tests of one line, as functions ``map`` calls from C (no Python frame per line): its
# first character (most lines, and every blank one, fail this cheaper test), then the
# heads. An indented line is let through and stripped before its heads are read.
_OPENER_FIRST_CHARACTERS = frozenset(head[0] for head in _OPENER_HEADS)
#: Every character ``str.isspace`` accepts (listed: scanning all of Unicode for them at
#: import took 0.15 s of every start-up; a test checks the list).
WHITESPACE = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_MAY_START_AN_OPENER = _OPENER_FIRST_CHARACTERS | WHITESPACE
_FIRST_CHARACTER = itemgetter(slice(0, 1))
_OPENS_LIKE_A_CAPTION = methodcaller("startswith", _OPENER_HEADS)


def _ends_with_iso_date(line: str) -> bool:
    """Whether ``line`` ends with a date written "2022-09-20" and a full stop."""
    return line[-4:-3] == "-" and line[-7:-6] == "-" and line[-11:-9] in ("19", "20") and line[-11:-1].replace("-", "").isdigit()


#: How long a line may be to be read for a year followed by its place (a caption's).
_YEAR_PLACE_LINE = 200


def _year_then_place(line: str) -> bool:
    """Whether a year (20xx) and where ("in", "at", "near", "outside") close ``line``, in
    its last 80 characters: a date written day first has no comma before its year ("...
    on 12 March 2024 in London, England."), which the scan for ", 2024" finds."""
    at = line.find(" 20", max(0, len(line) - 80))
    while at >= 0:
        if line.startswith(_PLACE_AFTER_YEAR, at + 5) and line[at + 3 : at + 5].isdigit():
            return True
        at = line.find(" 20", at + 3)
    return False


def _may_open_with_a_caption_formula(line: str) -> bool:
    """Whether ``_SCAN_OPENER`` finds an opener at the start of ``line`` (of
    ``plain_lines``): it needs the line break before it, and "\\n" + line is what it sees
    of the line in the text (or more, for a line ended by a lone "\\r"). Asked only of
    lines that start (after spaces) with an opener's first words: ``str.strip`` takes
    more than the spaces the scan allows, a wider test."""
    return _SCAN_OPENER.match("\n" + line) is not None


#: The heads of ``_OPENER_HEADS`` by their first two characters (every head has two or
#: more): a line's own first two characters fetch the few heads it may start with, in
#: one look-up rather than a comparison with every head.
_HEADS_BY_PREFIX: dict[str, tuple[str, ...]] = {}
for _head in _OPENER_HEADS:
    _HEADS_BY_PREFIX[_head[:2]] = _HEADS_BY_PREFIX.get(_head[:2], ()) + (_head,)
del _head


#: Prose starts with "A ", "An " and "This " too: the scan's openers there need one of
#: these words on the line ("A general view", "An aerial photo", "This handout picture"),
#: asked before the pattern (by the heads of those first two characters).
_PICTURE_WORDS_AFTER = {
    _HEADS_BY_PREFIX["A "]: ("erial", "eneral", "artist", "photo", "image", "picture", "still", "handout", "grab", "screenshot", "view"),
    _HEADS_BY_PREFIX["An"]: ("erial", "eneral", "artist", "photo", "image", "picture", "still", "handout", "grab", "screenshot", "view"),
    _HEADS_BY_PREFIX["Th"]: ("aerial", "general", "photo", "image", "picture", "still", "screenshot", "handout", "grab"),
}


#: How many of a line's first words (split at single spaces) may hold the picture word
#: of ``_PICTURE_WORDS_AFTER``: the scan's openers there allow two words between "A" or
#: "An" and the picture word, three between "This" and it, and neither the words nor the
#: picture word hold a space.
_WORDS_TO_PICTURE_WORD = {_HEADS_BY_PREFIX["A "]: 4, _HEADS_BY_PREFIX["An"]: 4, _HEADS_BY_PREFIX["Th"]: 5}


def _names_a_picture_early(line: str, heads: tuple[str, ...]) -> bool:
    """Whether a line starting with one of ``heads`` may open with a formula of the scan:
    always, unless it starts as prose does ("A ", "An ", "This "), when one of the
    ``_PICTURE_WORDS_AFTER`` must be among its first words (read there only, not along
    the whole line)."""
    words = _PICTURE_WORDS_AFTER.get(heads)
    if words is None:
        return True
    reach = _WORDS_TO_PICTURE_WORD[heads]
    return any(map(" ".join(line.split(" ", reach)[:reach]).__contains__, words))


def _opener_starts(document: Document) -> list[int]:
    """Where ``_SCAN_OPENER`` finds an opener: after each line break (its matches, as
    ``finditer`` lists them), then at the start of the text when its first 100
    characters open with one (``_marked_lines``)."""
    return _marked_lines(document)[0]


def _marked_lines(document: Document) -> tuple[list[int], list[int], list[int]]:
    """``(opener starts, year ends)``: where ``_SCAN_OPENER`` finds an opener (as
    ``_opener_starts`` says), and the start offsets of the lines that end with a year,
    maybe and a full stop ("... 12 September 2023.": ``_credit_shapes.ends_with_year``).
    Both are tests of a line's first and last characters, made in one pass over the
    lines with text (empty lines, half of most articles', are left out in C).

    A line is read for an opener only when it starts (after spaces) with an opener's
    first words: most documents have no such line and no opener. The pattern never
    reads past the end of the line it starts on (none of its parts matches a line
    break), so its match after the line break before a line is its match of "\\n" and
    the line, and its matches in the text never overlap: the lines it matches are where
    the text's matches are. A text with a "\\r" (where ``plain_lines`` splits on more than
    "\\n") is scanned whole."""
    lines = plain_lines(document)
    opening: list[int] = []
    year_ends: list[int] = []
    wrapped: list[int] = []
    heads_by_prefix = _HEADS_BY_PREFIX
    for index, line in compress(enumerate(lines), lines):
        # The heads the line's first two characters allow (the line itself starts with
        # one whenever its stripped text does), or, for an indented line, all of them.
        heads = heads_by_prefix.get(line[:2])
        if heads is not None:
            # (A line starting with a head starts with it once stripped too: it does not
            # start with a space.)
            if line.startswith(heads) and _names_a_picture_early(line, heads) and _may_open_with_a_caption_formula(line):
                opening.append(index)
        elif line[0] in WHITESPACE and _OPENS_LIKE_A_CAPTION(line.strip()) and _may_open_with_a_caption_formula(line):
            opening.append(index)
        last = line[-1]
        if last == ".":  # (most lines: a digit before the stop, or not a year)
            if line[-2:-1].isdigit():
                if ends_with_year(line) or _ends_with_iso_date(line):
                    year_ends.append(index)
            elif len(line) < _YEAR_PLACE_LINE and " 20" in line and _year_then_place(line):
                year_ends.append(index)  # "... on 12 March 2024 in London, England."
        elif last == ")":
            if line[0] == "(":
                wrapped.append(index)  # (a line set whole in parentheses, maybe)
        elif (last.isdigit() or last.isspace()) and ends_with_year(line):
            year_ends.append(index)
    if year_ends:
        line_starts = document.line_starts
        year_ends = [line_starts[index] for index in year_ends]
    if wrapped:
        line_starts = document.line_starts
        wrapped = [line_starts[index] for index in wrapped]
    if not opening:
        return opening, year_ends, wrapped
    text = document.text
    if "\r" in text:
        starts = [match.start() + 1 for match in _SCAN_OPENER.finditer(text)]
    else:
        line_starts = document.line_starts
        starts = [line_starts[i] for i in opening if i]
    if _SCAN_OPENER.match("\n" + text[:100]):
        starts.append(0)
    return starts, year_ends, wrapped


class _Candidates(NamedTuple):
    """What ``_find_candidates`` found: the gate asks whether there is any line, the
    analysis reads them."""

    #: line start -> [line end, which evidence to look for]
    lines: dict[int, list[int]]
    #: ``credit_scan``'s result (shared with the credit rules, whose gate has already
    #: listed the lines it parses), or None when the credit grammar has no candidate
    #: line (``credit_candidates``, shared with the credit rules' gate): the scan reads
    #: only those lines, and building it would cost every clean document
    #: ``line_starts``, which nothing else may need.
    scan: CreditScan | None


#: What most documents have: no candidate line (shared, not built for each).
_NO_CANDIDATES = _Candidates({}, None)


def _find_candidates(document: Document) -> _Candidates:
    """The lines worth a close look, and what to look for on each. Each scan runs only
    after a cheaper test that holds whenever it could find something (its first
    character, a line's first or last characters): on clean prose they cost a few
    searches of the text and a look at each line."""
    text = document.text
    candidates: dict[int, list[int]] = {}

    def add(offset: int, kind: int) -> None:
        start, end = _line_bounds(text, offset)
        entry = candidates.setdefault(start, [end, 0])
        entry[1] |= kind

    for match in _SCAN_COMMA.finditer(text):
        if match.group()[2].isdigit():
            # A year must be near the end of its line ("..., October 8, 2024, in Ashgabat.").
            if text.find("\n", match.end(), match.end() + 80) >= 0 or len(text) - match.end() < 80:
                add(match.start(), _DATE)
        else:
            add(match.start(), _PHRASE)
    if "(" in text:
        for match in _SCAN_POSITION.finditer(text):
            add(match.start(), _PHRASE)
    for match in _SCAN_WORDS.finditer(text):
        if match.group() == "photographed" and not text.startswith(_AFTER_NAME_SEEN, match.end() + 1):
            continue  # (only "photographed" and where: ``_PHOTOGRAPHED``)
        # ("photo", "picture": only in "..., in this handout picture", "in a file photo")
        if match["picture"] is None or _IN_PICTURE.search(text, max(0, match.start() - 50), match.end() + 16) is not None:
            add(match.start(), _PHRASE)
    at = text.find(_SCAN_SEEN)
    while at >= 0:
        if text[at + 5 : at + 6] != " ":
            at = text.find(_SCAN_SEEN, at + 5)  # (" seen" holds no other space: no " seen " starts inside it)
            continue
        if text[at - 1 : at] in ("s", "e"):  # "is seen", "are seen" (and "has seen", "have seen")
            add(at, _PHRASE)
        elif text.startswith(_AFTER_NAME_SEEN, at + 6) and text[text.rfind(" ", max(0, at - 30), at) + 1 : at][:1].isupper():
            add(at, _PHRASE)  # "Ana Ruiz seen at a rally ...": a name, then "seen" and where
        at = text.find(_SCAN_SEEN, at + 6)
    opener_starts, year_ends, wrapped = _marked_lines(document)
    for at in opener_starts:
        head = text[at : at + 200]
        if (
            _opener(head) is not None
            or _picture_shows(head)
            or _LABELLED_SENTENCE.match(head)
            or _plain_view(head.partition("\n")[0])
        ):
            add(at, _PHRASE)
    for at in year_ends:
        add(at, _DATE)
    if wrapped:
        _add_wrapped_lines(text, wrapped, add)
    scan = credit_scan(document) if credit_candidates(document) else None
    if scan is not None:
        _add_credit_neighbours(text, scan, add)
    if not candidates:
        return _NO_CANDIDATES
    return _Candidates(candidates, scan)


def _wrapped(core: str) -> str | None:
    """What a line set whole in parentheses holds ("(Fans cheer as the bus arrives in
    Lima, Peru, on May 2, 2024.)"), or None: the line's first "(" must close at its last
    character (not "(L-R) Name ... (R)", two asides of a caption)."""
    if len(core) < 14 or core[0] != "(" or core[-1] != ")":
        return None
    depth = 0
    for i, ch in enumerate(core):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return core[1:-1].strip() if i == len(core) - 1 else None
    return None


def _add_wrapped_lines(text: str, starts: list[int], add) -> None:
    """The lines set whole in parentheses, read as the caption inside them would be:
    for the date when it ends with a year, for the formula when it opens with one."""
    for at in starts:
        start, end = _line_bounds(text, at)
        inner = _wrapped(text[start:end].strip())
        if inner is not None:
            kind = _DATE if ends_with_year(inner) else 0
            if _SCAN_OPENER.match("\n" + inner):
                kind |= _PHRASE
            if kind:
                add(at, kind)


def _add_credit_neighbours(text: str, scan: CreditScan, add) -> None:
    """The lines beside the document's credits: the line before a credit line, the line
    after it, and what comes before a credit glued to the end of a line."""
    first_text = None
    for credit in scan.lines.values():
        before = credit.start - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        if before < 0:
            continue
        if first_text is None:
            first_text = len(text) - len(text.lstrip())
        if _line_bounds(text, before)[0] <= first_text:
            continue  # the first line is the headline
        add(before, _BESIDE)
        # Some desks print the credit over its caption: the line after a credit line
        # (read with more care: it is often the story's next paragraph).
        after = credit.end
        while after < len(text) and text[after].isspace():
            after += 1
        if after < len(text) and after - credit.end <= 4:
            add(after, _UNDER)
    if scan.glued:
        # A line that ends with a credit ("... in Lima. Photo: Name/AFP") is the credited
        # picture's caption when what comes before the credit reads as one (not the
        # first line, the headline).
        headline_end = text.find("\n", len(text) - len(text.lstrip()))
        for credit in scan.glued:
            if 0 <= headline_end < credit.cut:
                add(credit.cut, _BESIDE)


def _candidates(document: Document) -> _Candidates:
    return document.memo("caption.candidates", _find_candidates)


def may_hold_caption(document: Document) -> bool:
    """The gate of NL301-NL303: False when the document has no candidate line, so no
    rule of the family can report anything (``_analyse`` only reads candidates). The
    candidates are kept for ``_analyse``: a document that passes is not scanned twice."""
    return bool(_candidates(document).lines)


def _goes_on_below(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` is followed by a line that goes on with its
    sentence (its first letter in lower case): a wrapped line of prose ("... are seen at
    the install" / "destination without ..."), not a caption, which is a line of its own."""
    if text.startswith("\n", end):
        after = end + 1
    elif text.startswith("\r\n", end):
        after = end + 2
    else:
        return False
    return text[after : after + 40].lstrip(" \t")[:1].islower()


def _analyse(document: Document) -> dict[int, CaptionFinding]:
    """Caption findings keyed by the start offset of their line."""
    text = document.text
    candidates, scan = _candidates(document)
    if not candidates:
        return {}
    if scan is None:
        credit_starts: set[int] = set()
        glued_by_start: dict[int, int] = {}
    else:
        credit_starts = {c.start for c in scan.lines.values()}
        glued_by_start = {_line_bounds(text, m.cut)[0]: m.cut for m in scan.glued}
    findings: dict[int, CaptionFinding] = {}
    under: list[int] = []
    for start, (end, kinds) in candidates.items():
        line = text[start:end]
        lead = len(line) - len(line.lstrip())
        if start + lead in credit_starts or not line.strip() or _goes_on_below(text, end):
            continue
        core = text[start : glued_by_start.get(start, end)].strip()
        if core[:1] == "(":
            core = _wrapped(core) or core  # "(A man walks past ... on May 2, 2024.)"
        if kinds == _UNDER and (len(core) > 300 or ". " in core or not core[:1].isupper() or _SCENE.search(core) is None):
            continue  # (the cheap tests of ``_under_credit`` first: the story's paragraphs)
        note = _EDITORS_NOTE.match(core) if core[:3] == "EDI" else None
        if note is not None:
            core = core[note.end() :]  # "EDITORS NOTE: Name speaks ...": read the caption after it
        taken = _TAKEN.search(core) if " taken" in core else None
        if taken is not None:
            core = core[: taken.start()]
            kinds |= _PHRASE
        if (
            not kinds & _PHRASE and core[:1].isupper() and core[1:2].isalpha()
            and (":" in core or core.startswith(_MONTH_NAMES)) and _DESK_DATELINE.match(core)
        ):
            kinds |= _PHRASE  # "OSLO, NORWAY - MARCH 12: ..." (found by its date or credit)
        if kinds & _DATE and start not in glued_by_start:
            core = _without_trailing_credit(core)
        date_end = None
        if kinds == _DATE:
            date_end = _DATED_END.search(core, max(0, len(core) - 120))
            if date_end is None:
                continue  # the cheap test first: most years are not a caption's date
            if _opener(core):
                kinds |= _PHRASE  # "An exterior view of the exchange in Ankara, May 2, 2021."
        if len(core) < 12:
            continue
        if not kinds & _PHRASE and _surely_more_tokens_than(core, _MAX_WORDS if kinds & _DATE else _MAX_BESIDE_WORDS):
            continue  # a paragraph of the story: longer than any caption NL302 and NL303 read
        if not kinds & (_PHRASE | _DATE) and core[-1] != "." and (
            core[-1] in _NOT_UNPUNCTUATED_END or "|" in core or ":" in core
        ):
            continue  # (the first tests of ``_unpunctuated_beside_credit``, before the English test)
        # A terse caption full of names may show a single English function word; it is
        # read as one only in an English page (asked last: the page's test reads it).
        terse = False
        english, hits = _english_reading(core)
        if not (english or _opener(core)):
            if not kinds & _DATE or not hits:  # (the function words of all the line's words)
                continue
            kinds, terse = _DATE, True
        if kinds == _PHRASE and taken is None and _surely_more_tokens_than(core, _MAX_WORDS):
            # A paragraph of the story holding a picture word ("pictured", "is seen",
            # ", left,"): only a formula it opens with makes it a caption (``_phrase``
            # reads everything else in shorter lines), and tokenizing a long paragraph
            # costs tens of microseconds.
            reason = _opening_phrase(core)
            if reason:
                findings[start] = CaptionFinding("NL301", start + lead, start + len(line.rstrip()), reason)
            continue
        tokens = _TOKEN.findall(core)
        code, reason = "", None
        if kinds & _PHRASE:
            code, reason = "NL301", _phrase(core, tokens)
            if not reason and taken is not None and not _sentence_breaks(core, 1) and not _prose_signs(core, tokens):
                reason = f"ends with {taken.group().strip()[:20]!r}"
        if not reason and kinds & _DATE:
            code, reason = "NL302", _dated(core, tokens, date_end)
        if not reason and kinds & _BESIDE:
            code, reason = "NL303", _beside_credit(core, tokens, start in glued_by_start)
        if not reason and kinds & _UNDER and start not in glued_by_start:
            code, reason = "NL303", _under_credit(core, tokens)
            if reason:
                under.append(start)
        if reason and (not terse or is_english(document)):
            findings[start] = CaptionFinding(code, start + lead, start + len(line.rstrip()), reason)
    if under:
        _drop_story_under_captions(text, findings, under)
    return findings


#: The most tokens ``_beside_credit`` (and so ``_under_credit``) reads in a line.
_MAX_BESIDE_WORDS = 50


def _surely_more_tokens_than(core: str, limit: int) -> bool:
    """Whether ``core`` holds more than ``limit`` tokens (``_TOKEN``), told in C from its
    words of ASCII letters alone (each of them is one token) when they are that many:
    a paragraph of the story beside a credit or ending with a year is too long for the
    date and credit readings, and tokenizing it (and asking whether it is English) costs
    tens of microseconds. False when that count does not settle it."""
    if len(core) <= 2 * limit:
        return False  # (a word and its space each: too few characters for that many words)
    return sum(map(str.isalpha, filter(str.isascii, core.split()))) > limit


def _drop_story_under_captions(text: str, findings: dict[int, CaptionFinding], under: list[int]) -> None:
    """A credit between a caption and the story ("caption / credit / paragraph") is the
    caption's: the line under it is the story's, not a second caption."""
    for start in under:
        credit_line = _previous_line(text, start)
        above = _previous_line(text, credit_line) if credit_line >= 0 else -1
        if above >= 0 and above in findings:
            del findings[start]


def _previous_line(text: str, start: int) -> int:
    """The start of the last non-blank line before the line starting at ``start``, or -1."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return -1 if at < 0 else text.rfind("\n", 0, at) + 1


def _without_trailing_credit(core: str) -> str:
    """``core`` less a credit after its last sentence ("... in Derna on September 14,
    2023. AFP", "..., 4 November 2024. EPA-EFE/NAME"): a short tail the credit grammar
    reads as a credit, which its scan of glued credits may not take (a bare agency)."""
    cut = core.rfind(". ", max(0, len(core) - 70))
    if cut < 0:
        return core
    tail = core[cut + 2 :].strip()
    if not tail or len(tail) > 60 or classify_credit(tail) is None:
        return core
    return core[: cut + 1]


def caption_findings(document: Document) -> dict[int, CaptionFinding]:
    return document.memo("caption.findings", _analyse)


class _CaptionRule(Rule):
    category = Category.CAPTION
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_caption)

    def _findings(self, document: Document) -> Iterable[CaptionFinding]:
        """This rule's findings, in text order."""
        findings = sorted(caption_findings(document).values(), key=lambda f: f.start)
        return [finding for finding in findings if finding.code == self.code]

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for finding in self._findings(document):
            line = document.line_at(finding.start)
            yield self.report_lines(
                document,
                line,
                applicability=Applicability.UNSAFE,
                message=f"Image caption: {finding.reason}",
                fix_message="Delete the caption",
            )


class CaptionPhrase(_CaptionRule):
    """## What it does
    Finds lines written as image captions, recognised by the formulas picture desks
    use: an opening such as ``Aerial view of``, ``A general view of`` (or another
    kind of view a photographer names: ``Panoramic view of``, ``Night view of``, ``A
    drone view shows``; a plain ``A view of`` only in a short line without a final mark
    that places the scene: ``A view of the damaged bridge near Kherson``; ``A view
    shows`` and what it shows, not "that" or "how"), ``From left,``, ``Left to right:``,
    ``In this photo ...``, ``FILE PHOTO:``, ``Image caption``, ``Pictured:``, ``Above:``,
    ``Left:`` or ``Shown:`` before a capital, ``Photo illustration of``,
    ``This handout photo shows``, ``Photo released by ... shows``, ``A handout photo
    made available by ... shows``, ``A general view taken on`` a date, a bare ``Photo shows``
    (not "Photo shows are ..."), ``Undated photo of``,
    ``Picture taken in``, a still of a video (``A screen grab from a video ...``,
    ``Still from footage ...``, ``This frame grab from video ...``), a file picture
    (``File picture of``, ``Archive photo:``, ``(File photo)``), or a picture agency's
    dateline in capitals (``OSLO, NORWAY - MARCH 12:``: a story's dateline has no
    capitalised month and colon) or its date and place before a colon (``November 3,
    2024, Kherson, Ukraine:``, ``Durban, South Africa, 29 May 2024:``), read on a line
    found by its date or its credit; a desk's kind of picture (``Illustration picture
    shows``, ``Drone footage shows``, ``A general view picture shows``); people's places in the picture (``(L)`` and ``(R)``,
    ``(L-R)``, ``(L to R)``, ``(From L to R)``, ``(From L)``, ``From L-R:``, ``(2nd L)``, ``(far left)``,
    ``, left,``, ``, second from left,``, a spelt-out ``(left)`` after a name, or a lone
    ``(C)`` between a name and a scene's verb: ``Coach Rui Alves (C) speaks to ...``);
    ``Pictured is``, ``Seen here:``; or ``pictured at``, ``is seen at``, ``are seen aboard``, ``poses for``,
    the picture named after the scene (``..., in this handout picture released by the
    army.``, ``Name is shown in this undated photo``, ``Name in a 2019 file photo.``;
    not "in this photo gallery" or "essay")
    (and a noun ``pictured outside`` its place in a line without a verb: ``The Okafor
    family pictured outside their home in Enugu.``). A view's opener in a short line
    without a final mark, a name or a number after it (``A general view of the
    economy``) is a sub-heading, not a caption; and a line whose sentence goes on in
    lower case on the next line is a wrapped line of prose: a caption is a line of its
    own.

    ## Why is this bad?
    The caption describes a picture the scraper dropped. In the text it interrupts
    the story with a sentence about something the reader cannot see.

    ## Example
    ```text
    Russia says it will not abandon Iran

    Aerial view of Moscow Kremlin landmarks: St. Basil's Cathedral and Red Square

    The Kremlin said it has no intention of abandoning Iran.
    ```

    ## Use instead
    ```text
    Russia says it will not abandon Iran

    The Kremlin said it has no intention of abandoning Iran.
    ```

    ## Fix safety
    Unsafe: the fix deletes the whole line, and a story can use the same words
    ("the man pictured in the video"). Phrases in the middle of a line count only in a
    short line (at most two sentences, no quotation, no "I"/"we", no "said"); a lone
    "(R)" (a party label: "Gov. Kristi Noem (R)"), "is seen as" and "poses a threat"
    are not caption phrases.
    """

    code = "NL301"
    name = "caption-phrase"
    summary = "Image caption (a picture desk's formula)"


class DatedCaption(_CaptionRule):
    """## What it does
    Finds one-sentence lines that describe a scene in the present tense and end with
    the date (and often the place) the picture was taken, the way wire captions are
    written: ``Russian President Vladimir Putin speaks with Kremlin spokesman Dmitry
    Peskov during a summit in Moscow, Russia, October 8, 2024.``

    ## Why is this bad?
    A story tells a past event in the past tense; a caption describes the moment of
    its picture in the present tense and stamps it with a date. The present perfect
    counts as the present here ("The freighter has docked at the port of Varna, June 4,
    2021."): a story does not stamp a present-perfect sentence with a date. A view
    without a verb ("A view of the harbour in Split on May 3, 2022.", "The skyline of the
    docks at dusk in Hull, UK, on Tuesday, Nov. 5, 2024.", "A damaged building seen
    after shelling in Kharkiv, 4 April 2023.": an "-ed" word only right after an
    article, where it is an adjective) is one too, and so is a
    caption whose desk adds the circumstance after the date ("... in Kherson on November
    3, 2024, amid the war."). A wire's
    "EDITORS NOTE:" before the caption is read past, and so is
    a credit after it ("... on April 20, 2023. AFP"). The line belongs to a picture that
    is gone. The facts of a story are not a picture's moment, even with a date at the
    end: a quantity ("more than 9,000", "4.5 percent", "an average of"), a change or a
    span ("risen by a third", "for hours"), a frequency ("a day", "every", "weekly"), a
    result ("beat Braga 3-1", "wins the final", "by 20
    runs"), a death ("has died", "at the age of") or a schedule ("comes into force",
    "runs until", "is scheduled for", "are cancelled", "next month"); so is a place's
    state ("houses", "connects", "overlooks").

    ## Example
    ```text
    Leaders met for two days of talks.

    A delegate speaks during a news conference in Vienna, Austria, March 3, 2021.

    The talks ended without an agreement.
    ```

    ## Use instead
    ```text
    Leaders met for two days of talks.

    The talks ended without an agreement.
    ```

    ## Fix safety
    Unsafe: the fix deletes the line. The rule needs a single sentence, a date at its
    very end (not after "until", "by", "from"...), a present-tense main verb and no mark
    of the story's own voice (quotes, "said", "will", first person, a tweet's "— Name
    (@handle)"), but a present-tense sentence of the story could still match.
    """

    code = "NL302"
    name = "dated-caption"
    summary = "Image caption (a present-tense scene stamped with a date)"


class CaptionBesideCredit(_CaptionRule):
    """## What it does
    Finds a short present-tense description on the line right before a photo credit
    (``Burning crop stubble outside Delhi is sending smoke into the city.`` followed by
    ``Name/Agency/Getty Images``), or on the same line before a credit glued to it
    (``A man rides a bicycle through smog in New Delhi. (AP Photo/Name)``): the caption
    of the credited picture.

    ## Why is this bad?
    Captions sit next to their credit. Both belong to a picture the scraper dropped.

    ## Example
    ```text
    The city has struggled with smog for years.

    A man rides a bicycle through heavy smog in New Delhi.

    Jane Doe | AFP | Getty Images
    ```

    ## Use instead
    ```text
    The city has struggled with smog for years.
    ```

    A caption without a verb counts too: names, then where they are (``Helena Sousa and
    Rui Matos in 2004.``) or the occasion and its place (``Prime Minister Ana Ruiz during
    a visit to a school in Leeds.``), with no past form or "-ed" word in it.

    People without a name count when they act in a place: people named by what they
    are or do ("A man", "Protesters", "Members of a choir"), their present-tense verb
    right after them, and a place with its article after a preposition of place, in
    twenty words at most (``Protesters hold placards outside the embassy.``); "in", "on"
    and "into" place ideas as often ("Researchers expect a rise in the rates.").

    A portrait's caption counts too, with or without its final period: a name (and an
    age), then who the person is, in lower case and without a verb of its own (``Ana
    Ruiz, chief economist at Harbour Bank``, ``Ana Ruiz, the executive who is overseeing
    the new service``). A role in title case ("Ana Ruiz, Senior Writer") is a signature,
    and a second comma or a verb after the appositive makes the line the story's.

    A description that lost its final period (``Passengers wait at the old pier, where
    the ferry has docked since 1952`` above its credit) is reported too when it is
    sentence-sized (8 to 40 words) and in sentence case: a title-cased line there is a
    headline or a sub-heading. Above a credit on its own line it must also read as a
    scene (a present-tense verb right after its subject, the articles a headline drops
    unless it names its place with its country, and a named place or twelve words):
    "Floods force thousands from homes in southern Chile" is a headline over its
    picture's credit. People acting in a place with its article (see above) read as a
    scene at five words and more: "A vendor sells vegetables at a street market" keeps
    the articles a headline drops. Glued to a credit on the same line ("... lose its autonomy (Image:
    Agency)"), the line is the credited picture's caption whatever it says.

    A gallery's caption where people react as something happens counts beside a credit
    too (``Fans cheer as the team bus arrives at the stadium in Lima, Peru.``): people
    named by what they do, their bare verb without an object, "as", and a place with
    its country. News told with its cause stays silent ("Shoppers face higher prices as
    the new tax takes hold": an object, or a thing for subject).

    Some desks print the credit over the caption: the line right under a credit line is
    reported when it is a scene: one short sentence (at most 35 words) whose first verb
    is a present-tense action right after its subject ("A woman sells fried fish ..."),
    not "is", "are" or "has", naming its place with its country or region ("in Accra,
    Ghana", "at the port of Essaouira, Morocco"), or names and a place without a verb,
    not opening with a connective
    ("Still, ...", "After ..."). Not under the headline's credit (the line under it is
    the lead), nor under a caption's credit (the line under it is the story).

    ## Fix safety
    Unsafe: the fix deletes the line. Only a single sentence of at most 50 words, ending
    with a period, in the present tense and without quotes, "said", "that", modals or
    first person is reported (or, without its period, one of 8 to 40 words in sentence
    case, without narration in the past), and never the first line (the headline); one
    with a bare weekday (no date after it) only when it names its place with its country
    ("in Lutsk, Ukraine, on Saturday."): "Ministers meet in Brussels on Tuesday (to
    agree the budget)." is a schedule, "Dock workers walk out on Monday in a dispute
    over pay." the news of the day. The facts of a story (a quantity, a frequency, a result, a
    death, a schedule: see NL302) and a live blog's time or label ("14.05:", "Update:")
    are not a caption either; still, a short sentence of the story can sit beside a
    credit ("The river flows through the centre of Wroclaw.").
    """

    code = "NL303"
    name = "caption-beside-credit"
    summary = "Image caption (a description next to its photo credit)"


class UnpunctuatedCaption(_CaptionRule):
    """## What it does
    Finds a caption that lost its final period, standing alone between two paragraphs
    of the story: a sentence-sized line (8 to 40 words) in sentence case, with no
    mark at its end, whose main verb is in the present tense right after its subject and
    which names a scene (``Supporters gather outside the stadium in Cairo, Egypt ahead
    of the final``).

    ## Why is this bad?
    Picture desks often leave the period off a caption. Extracted with the page, it sits
    between the story's paragraphs, describing a picture that is no longer there.

    ## Example
    ```text
    The team arrived on Friday after a long flight.

    Supporters gather outside the stadium in Cairo, Egypt ahead of the final

    The match starts at eight.
    ```

    ## Use instead
    ```text
    The team arrived on Friday after a long flight.

    The match starts at eight.
    ```

    ## Fix safety
    Unsafe: the fix deletes the line. The line must be its own paragraph between two
    paragraphs that end a sentence (so never the headline, a dek under it, a block of
    other stories' headlines or a wrapped line), in sentence case (a title-cased line is
    a sub-heading), without quotes, reporting verbs, modals, first person, a colon or a
    past tense. It must hold an article ("a", "the": headlines drop them) and no word
    of habit ("every", "often"), and have ten words or name its place with a country or
    region ("in Tunis, Tunisia"). A sub-heading written as a full present-tense
    sentence could still match.

    A portrait's caption alone counts too: a name, then who the person is in lower case,
    without a verb of its own and without a second comma (``Ana Ruiz, chief economist at
    Harbour Bank``; see NL303). A feature's sub-heading naming its next speaker that way
    would match as well.

    This rule is a preview (off by default): a sentence-case sub-heading that reads
    like a scene cannot always be told from a caption, and the line scan it needs
    would cost the caption family about a tenth of its speed on every page.
    """

    code = "NL304"
    name = "unpunctuated-caption"
    summary = "Image caption (a scene without a final period, alone between paragraphs)"
    gate = staticmethod(may_hold_bare_caption)
    preview = True

    def _findings(self, document: Document) -> Iterable[CaptionFinding]:
        return document.memo("caption.bare_findings", _bare_findings)


class PlacedSceneCaption(_CaptionRule):
    """## What it does
    Finds a caption standing alone between two paragraphs of the story, without a date
    or a credit beside it: one short sentence whose first verb is a present-tense
    action right after its subject, ending with the place the way picture desks name
    it, a town and its country or region (``A woman sells fried fish from a roadside
    stall in Accra, Ghana.``).

    ## Why is this bad?
    Scrapers keep the caption of a picture they drop. Without its date or its credit,
    only its shape tells it from the story: the moment of a scene, in the present,
    placed in a town and its country.

    ## Example
    ```text
    Fish prices have doubled since the spring.

    A woman sells fried fish from a roadside stall in Accra, Ghana.

    Traders blame the cost of fuel.
    ```

    ## Use instead
    ```text
    Fish prices have doubled since the spring.

    Traders blame the cost of fuel.
    ```

    ## Fix safety
    Unsafe: the fix deletes the line. The line must be its own paragraph between two
    paragraphs that end a sentence (never the headline or the line under it), one
    sentence of 8 to 40 words ending with "in Town, Country." (or "at", "near",
    "outside"), whose first verb is an action in the present right after its subject
    (not "is", "are", "has"), without quotes, reporting verbs, modals, first person,
    "that", a story's facts (a quantity, a frequency, a result, a schedule) or a word of
    habit. A one-sentence paragraph of the story written that way ("Workers assemble
    panels at the plant in Hefei, Anhui province.") still matches.

    People acting in a place count too, without the town: people named by what they are
    or do ("A man", "Protesters", "Members of a band"), their present-tense verb right
    after them and a place with its article after a preposition of place, in twenty
    words at most (``Members of a band perform at a concert hall.``).

    This rule is a preview (off by default): it reads the shape of a sentence alone,
    and a story's present-tense sentence can have it.
    """

    code = "NL305"
    name = "placed-scene-caption"
    summary = "Image caption (a present-tense scene placed in a town and its country, alone between paragraphs)"
    gate = staticmethod(lambda document: bool(placed_scene_candidates(document)))
    preview = True

    def _findings(self, document: Document) -> Iterable[CaptionFinding]:
        return document.memo("caption.placed_findings", _placed_findings)


#: How a caption without its date ends: "in Accra, Ghana.", "near Rovigo, Italy."
_PLACED_END = patterns.compile(
    r"\b(?:in|at|near|outside) (?:the )?"
    r"(?:(?:the |a |an )?[a-z]+ of (?:the )?|(?:central|downtown|northern|southern|eastern|western|old|rural) )?"
    r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}(?: (?:province|region|state|county|district))?\.$"
)


def placed_scene_candidates(document: Document) -> list[int]:
    """The lines NL305 reads (computed once): a one-sentence paragraph that ends with a
    town and its country, between two paragraphs of prose, not the headline's."""
    return document.memo("caption.placed", lambda d: _placed_lines(_stripped_lines(d)))


def _placed_lines(stripped: list[str]) -> list[int]:
    found: list[int] = []
    first = -1
    size = len(stripped)
    for i, line in enumerate(stripped):
        if not line:
            continue
        if first < 0:
            first = i
            continue
        if line[-1] != "." or not 20 <= len(line) <= 300 or not line[0].isupper():
            continue
        if len(line) >= 40 and ", " in line and ". " not in line and _PLACED_END.search(line, max(0, len(line) - 90)):
            pass
        elif len(line) > 140 or not _may_open_with_people(line) or ". " in line or _PLACE_WITH_ARTICLE.search(line) is None:
            # (or people acting in a place named with its article, "Protesters hold
            # placards outside the embassy.", which ``_people_scene`` reads)
            continue
        before = i - 1
        while before >= 0 and not stripped[before]:
            before -= 1
        if before <= first or stripped[before][-1] not in _PROSE_END:
            continue  # the headline, or the line under it (the lead)
        after = i + 1
        while after < size and not stripped[after]:
            after += 1
        if after >= size or stripped[after][-1] not in _PROSE_END:
            continue
        found.append(i)
    return found


def _placed_findings(document: Document) -> list[CaptionFinding]:
    """NL305's findings: the lone lines that read as a scene placed in a town and its
    country, less those the other caption rules report."""
    found = []
    for start, line, core in _untaken_english_lines(document, placed_scene_candidates(document)):
        tokens = _TOKEN.findall(core)
        if not 5 <= len(tokens) <= 40 or _prose_signs(core, tokens) or " that " in core:
            continue
        if _sentence_breaks(core, 1) or _future_phrases(core) or _story_facts(core):
            continue
        if _LABEL_START.match(core) or _HABITUAL.intersection(t.lower() for t in tokens):
            continue
        if _NARRATED_TIME.search(core):
            continue  # "... at the harbour on a cold Tuesday in February": a narrator's time
        first = tokens[0]
        if first.lower() in _FUNCTION and first.lower() not in _DETERMINERS:
            continue  # "After ...", "In ..." : the story's clause first
        main = _main_clause(tokens)
        tenses = list(_tenses(main))
        if not tenses or tenses[0] != "present" or "past" in tenses or any(t in _STATES for t in main) or _news_clause(tokens):
            continue
        if _PLACED_END.search(core, max(0, len(core) - 90)) is not None and len(tokens) >= 8:
            reason = "a present-tense scene placed in a town and its country, alone between paragraphs"
        elif _people_scene(core, tokens):
            reason = "people acting in a place, in the present tense, alone between paragraphs"
        else:
            continue
        found.append(_line_finding("NL305", start, line, reason))
    return found


RULES = [CaptionPhrase, DatedCaption, CaptionBesideCredit, UnpunctuatedCaption, PlacedSceneCaption]
