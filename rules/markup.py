"""Leftover markup (NL8xx): HTML tags and comments, shortcodes, template tags.

One scanner finds every markup item of a document once (shared by the four rules
through ``document.memo``); each rule reports the items of its kind. Whether an item
is debris is decided by its *shape*: an HTML tag must name a real element and carry
well-formed attributes, a shortcode needs ``key="value"`` attributes, a closing tag or
a known name, a template tag needs a ``{{ }}`` / ``{% %}`` pair around an expression.

Fixes delete the markup without touching prose:

* a line made only of markup (plus spaces and HTML entities) is deleted as a line,
  reported once by the rule of the first item on it;
* markup inside prose is deleted with the spaces that would otherwise be doubled
  (``word <br> word`` -> ``word word``); a block-level tag glued between two words
  (``one<br>two``) becomes a single space so the words stay apart.

Text inside code (fenced blocks and backtick spans anywhere, indented code blocks in
Markdown files) is never markup debris, and newslint's own suppression comments
(``<!-- newslint: disable=... -->``) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from newslint import Category, Diagnostic, Document, Edit, Fix, FixAvailability, Rule, patterns
from newslint.markdown import CODE_SPAN, FENCED_CODE, indented_code

from ._text import data_lines, line_around



def _read_names(filename: str) -> frozenset[str]:
    return frozenset(name.lower() for name in data_lines(filename))


@lru_cache(maxsize=1)
def html_elements() -> frozenset[str]:
    return _read_names("markup_html_elements.txt")


@lru_cache(maxsize=1)
def known_shortcodes() -> frozenset[str]:
    return _read_names("markup_shortcodes.txt")


# Attributes HTML allows without a value; any other bare word inside <...> means the
# brackets are prose ("if a <b and c> d"), not a tag.
_BOOLEAN_ATTRIBUTES = frozenset(
    """allowfullscreen async autofocus autoplay checked controls default defer disabled
    formnovalidate hidden inert ismap itemscope loop multiple muted nomodule novalidate
    open playsinline readonly required reversed selected amp noshade nowrap compact
    noresize""".split()
)

# Block-level elements: glued between two words, such a tag stood for a break.
_BLOCK_ELEMENTS = frozenset(
    """address article aside blockquote br caption center dd details dialog div dl dt
    embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr iframe img
    li main nav ol p picture pre section summary table tbody td tfoot th thead tr ul
    video audio""".split()
)

_SCAN = patterns.compile(
    r"""
    (?P<comment><!--(?P<cbody>.{0,4000}?)-->|<!--\[if[ ][^\]\n]{1,40}\]>|<!\[endif\]-->)
  | (?P<raw><(?i:(?P<rawname>script|style|noscript|iframe|svg|object))\b[^<>]{0,1000}>
        .{0,20000}?</(?i:(?P=rawname))\s*>)
  | (?P<decl><!(?i:doctype)\b[^<>\n]{0,200}>|<!\[CDATA\[(?:.{0,4000}?\]\]>)?|<\?xml\b[^<>\n]{0,200}\?>)
  | (?P<server><\?(?:php\b|=)[^\n]{0,500}?\?>|<%[=\#-]?[ ][^\n]{0,500}?[ ]-?%>)
  | (?P<tag><(?:[ ]?(?P<tclose>/)[ ]?|(?P<tspace>[ ]))?(?P<tname>[A-Za-z][A-Za-z0-9]*(?:[:-][A-Za-z0-9]+)*)
        (?P<tattrs>(?:\s+[^\s<>"'=/]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|“[^”\n]*”|\\"[^"\\\n]*\\"|(?:https?://|/)[^\s"'<>`]+|[^\s"'<>=`]+))?)*)
        \s*(?:(?P<tself>/)[ ]?)?>)
  | (?P<broken><(?P<bclose>/)?(?P<bname>[a-z][a-z0-9]*)
        (?P<battrs>(?:[ ]+[a-z][a-z-]*=(?:"[^"\n<>]*"|'[^'\n<>]*'))*[ ]+[a-z][a-z-]*=(?:"[^"\n<>]*"?|'[^'\n<>]*'?)|)
        [ ]*(?=\n|\r|\Z))
  | (?P<token>\[[a-z][a-z0-9_-]{1,40}(?::[a-z0-9][a-z0-9_-]{0,40}){1,3}\])
  | (?P<short>\[(?P<sclose>/)?(?P<sname>[A-Za-z][A-Za-z0-9_-]*)(?P<sattrs>(?:[\s=][^\[\]\n]{0,1000}?)?)\s*(?P<sself>/)?\])
  | (?P<tpl>\{\{\{?[^{}\n]{1,200}?\}?\}\}|\{%[^\n]{1,200}?%\}|\{\#[^\n]{1,200}?\#\}|\[%-?[ ][^\n]{1,200}?[ ]-?%\])
  | (?P<smarty>\{\$[a-z][a-z0-9_.]{2,60}(?:->[A-Za-z_]\w{0,40})?\})
  | (?P<ph>(?<=\$)(?P<pfix>\{)(?P<pname>[A-Za-z_][\w.:-]{0,60})\}
        |(?P<popen><<|\[\[|\[(?=[ ]))[ ]?(?P<pword>[A-Za-z][\w -]{0,40}?)[ ]?(?:>>|\]\]|\]))
  | (?P<joomla>\{(?P<jclose>/)?(?P<jname>[a-z][a-z_]{2,30})(?P<jargs>[ ][^{}\n]{1,200})?\})
  | (?P<marks>(?P<mopen>\{)(?P<mword>[A-Za-z][A-Za-z0-9_-]{0,40})(?P<mclose>\}))
  | (?P<js>(?<=\(\s{0,3}adsbygoogle\s{0,3}=\s{0,3}window\.adsbygoogle\s{0,3}\|\|\s{0,3})\[\]\s{0,3}\)\.push\(\s{0,3}\{\s{0,3}\}\s{0,3}\);?
        |(?<=_taboola\s{0,3}=\s{0,3}(?:window\.)?_taboola\s{0,3}\|\|\s{0,3})\[\];?
        |(?<=googletag\.cmd\.push\(\s{0,3}function\s{0,3}\(\)\s{0,3})\{[^{}\n]{0,400}\}\s{0,3}\)\s{0,3};?)
    """,
    regex.VERBOSE | regex.DOTALL,
)
# The head of an ad network's loader statement whose tail ``_SCAN``'s "js" found (a
# page's script text, kept by an extractor that dropped the <script> tags): Google
# AdSense's "(adsbygoogle = window.adsbygoogle || []).push({});", Google Publisher
# Tag's "googletag.cmd.push(function() { ... });", Taboola's "window._taboola =
# window._taboola || [];". A closed class of idioms, each naming its network.
_JS_HEAD = patterns.compile(
    r"(?:\(\s{0,3}adsbygoogle\s{0,3}=\s{0,3}window\.adsbygoogle\s{0,3}\|\|\s{0,3}"
    r"|(?:window\.)?_taboola\s{0,3}=\s{0,3}(?:window\.)?_taboola\s{0,3}\|\|\s{0,3}"
    r"|googletag\.cmd\.push\(\s{0,3}function\s{0,3}\(\)\s{0,3})\Z"
)
_ATTRIBUTE = patterns.compile(
    r"""([^\s<>"'=/]+)(\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|“[^”\n]*”|\\"[^"\\\n]*\\"|(?:https?://|/)[^\s"'<>`]+|[^\s"'<>=`]+))?"""
)
_ATTRIBUTE_NAME = patterns.compile(r"[A-Za-z_:@][\w:.\-@]*")
# key="value", key='value', key=”value” (WordPress curls the quotes) or key=value.
_SHORTCODE_ATTRIBUTE = patterns.compile(r"(?:^|\s)[a-z_][\w-]*\s*=\s*(?:[\"'“”″„]|[\w#])", regex.IGNORECASE)
_URL_ARGUMENT = patterns.compile(r"(?:https?://|www\.)[^\s\[\]]+")
_SHORTCODE_CONTENT_ID = patterns.compile(r"(?:https?://|www\.)[^\s\[\]]+|[\w.-]*\d[\w.-]*")
_AD_WORD = patterns.compile(
    r"(?<![\p{L}\d])(?:ads?|advert|adverts|advertisement|advertising|adsense|adslot|ad[_-]?(?:slot|unit|space|zone|block)|dfp)(?![\p{L}\d])",
    regex.IGNORECASE,
)
_LETTER = patterns.compile(r"\p{L}")
# What may stand between two markup items of one cluster, or fill a markup-only line.
_FILLER = patterns.compile(r"(?:[\s\u200b\u200c\u200d\u2060\ufeff]|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)*")
_NO_SPACE_SCRIPT = patterns.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_QUOTES_OPEN = "\"'“‘«`"
_QUOTES_CLOSE = "\"'”’»`"
_TALKED_ABOUT = patterns.compile(
    r"\s*(?:tags?|elements?|attributes?|sections?|headings?|containers?)\b", regex.IGNORECASE
)
# "the <title> of the page", "the <p> in a list item": an element named with an article,
# then where it belongs.
_BELONGS_AFTER = patterns.compile(r" (?:of|in) (?:the|a|an|each|every|your) ")
# "wrap titles in <i> tags", "Use <strong> for emphasis": an opening tag after a verb of
# writing markup or a preposition, then the tag's plural or what it is for.
_USE_BEFORE = patterns.compile(r"\b(?:[Uu]se|[Uu]sing|[Uu]sed|[Ww]rap(?:ped)?|in|with|into|between)\s+$")
_USE_AFTER = patterns.compile(r"\s+(?:(?:tags|elements)\b(?! of\b)|for (?:emphasis|bold|italics?|headings?|links?|paragraphs?|line breaks?)\b)")
# A line that writes about markup: a tag named as a tag ("<i> tags", "a <head> section")
# or by its use ("Use <strong> for emphasis"). Other bare tags of that line, after a
# word that names a choice ("not <b>", "to use <u>", "and a <body>,") are mentions too.
_LINE_WRITES_ABOUT_TAGS = patterns.compile(
    r"<[a-z][a-z0-9]*>\s+(?:tags?|elements?|sections?|headings?)\b|\b[Uu]se <[a-z][a-z0-9]*> for\b"
)
_CHOICE_BEFORE = patterns.compile(r"\b(?:not|use|or|and|an?|the)\s+$")
_CHOICE_AFTER = patterns.compile(r"[.,;:)]|\s*$|\s+(?:or|and|instead)\b")
_ARTICLE_BEFORE = patterns.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Ii]ts|[Tt]heir|[Yy]our)\s+$")
# Void elements that stand for a break: "that <br> a NASA spacecraft" is debris even
# between a determiner and an "of" ("the <br> of" is no element written about).
_BREAK_ELEMENTS = frozenset("br hr wbr".split())
# A determiner, then at most three words that describe markup as a thing written about
# ("the <div> tag", "a single missing closing </div>"): a closed class, so that "the
# essential chemical </i> elements" (a stray tag inside a scraped sentence) still counts.
_DETERMINER_BEFORE = patterns.compile(
    r"\b(?:the|a|an|this|that|each|every|its|their|your|our|one|and|or)\s+"
    r"(?:(?:single|lone|missing|stray|extra|unclosed|closing|opening|matching|empty|self-closing"
    r"|humble|old|obsolete|deprecated|infamous|familiar|final|first|last|same)\s+){0,3}$",
    regex.IGNORECASE,
)
# The words that, between a determiner and a tag, name the tag as a thing: "a missing
# closing </div>", "the opening <p>" (no "tag" needs to follow).
_TAG_SIDE_BEFORE = patterns.compile(
    r"\b(?:the|a|an|this|that|its|their|one)\s+(?:(?:single|lone|missing|stray|extra)\s+){0,2}"
    r"(?:closing|opening|matching|unclosed|self-closing)\s+$",
    regex.IGNORECASE,
)
# What a template tag is called when prose names it: "a {{template}} variable", "the
# {% block %} syntax".
_TEMPLATE_TALKED_ABOUT = patterns.compile(
    r"\s*(?:variables?|placeholders?|tags?|expressions?|syntax|blocks?|directives?|tokens?|braces)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Item:
    """One piece of markup: ``kind`` is the rule family member that owns it."""

    kind: str  # "tag", "comment", "shortcode", "template"
    start: int
    end: int
    name: str = ""
    separating: bool = True  # glued between two words, it stood for a break
    ad: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """What one item's rule reports: a span, a message detail and a fix."""

    item: Item
    start: int
    end: int
    fix: Fix
    whole_line: bool


# -- scanning ----------------------------------------------------------------------


def _code_regions(document: Document) -> list[tuple[int, int]]:
    """Code, where markup is content: fenced blocks and backtick spans in any text (a
    scraped page may quote code too), indented blocks in Markdown files."""
    text = document.text
    regions: list[tuple[int, int]] = []
    if "`" in text or "~~~" in text:
        regions.extend(m.span() for m in FENCED_CODE.finditer(text))
        if "`" in text:
            regions.extend(m.span() for m in CODE_SPAN.finditer(text))
    if document.is_markdown:
        regions.extend(indented_code(text))
    return regions


def _inside(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in regions)


def _valid_tag(text: str, match: regex.Match) -> Item | None:
    name = match["tname"]
    lower = name.lower()
    custom = ("-" in name or ":" in name) and name == lower
    if match.start("tname") - match.start() > 2 and lower not in html_elements():
        return None  # a closing tag spaced by a translator ("</ p>", "< /div>") names a real element
    if match["tspace"] and not _spaced_opening_tag(text, match, lower):
        return None
    if lower not in html_elements() and not custom:
        if _AD_WORD.fullmatch(name) and not (match["tattrs"] or "").strip() and (name == lower or name == name.upper()):
            # "<ad>", "</AD>", "<advertisement/>": an ad slot written as a tag.
            return Item("tag", match.start(), match.end(), lower, True, True)
        return None
    attributes = match["tattrs"] or ""
    has_value = "=" in attributes
    if name != lower and name != name.upper() and not has_value:
        return None  # "<Time>", "<Parasite>": a title in angle brackets, not a tag
    if match["tclose"]:
        if attributes.strip() or match["tself"]:
            return None
    elif attributes.strip():
        for attribute in _ATTRIBUTE.finditer(attributes):
            if not _ATTRIBUTE_NAME.fullmatch(attribute.group(1)):
                return None
            if attribute.group(2) is None and attribute.group(1).lower() not in _BOOLEAN_ATTRIBUTES:
                return None
    start, end = match.span()
    if start and end < len(text) and text[start - 1] in _QUOTES_OPEN and text[end] in _QUOTES_CLOSE:
        return None  # 'the "<br>" element': markup quoted as a word
    if lower not in _BREAK_ELEMENTS and (
        (_TALKED_ABOUT.match(text, end) and _DETERMINER_BEFORE.search(text, max(0, start - 60), start))
        or (_BELONGS_AFTER.match(text, end) and _ARTICLE_BEFORE.search(text, max(0, start - 8), start))
    ):
        return None  # "the <div> tag", "an <img> element", "the <title> of the page": a mention
    if not match["tclose"] and _USE_AFTER.match(text, end) and _USE_BEFORE.search(text, max(0, start - 10), start):
        return None  # "wrap titles in <i> tags", "Use <strong> for emphasis": a mention
    if (
        not match["tclose"]
        and not attributes.strip()
        and lower not in _BREAK_ELEMENTS
        and _CHOICE_BEFORE.search(text, max(0, start - 8), start)
        and _CHOICE_AFTER.match(text, end)
        and _LINE_WRITES_ABOUT_TAGS.search("".join(line_around(text, start, end)))
    ):
        return None  # "Use <strong> for emphasis, not <b>.": a mention beside another
    if _TAG_SIDE_BEFORE.search(text, max(0, start - 60), start):
        return None  # "a single missing closing </div>": a mention, not debris
    ad = bool(_AD_WORD.search(attributes)) if has_value else False
    return Item("tag", start, end, lower, lower in _BLOCK_ELEMENTS, ad)


def _spaced_opening_tag(text: str, match: regex.Match, name: str) -> bool:
    """Whether "< p >", an opening tag spaced by machine translation, is one: a real
    element without attributes, opening its line before a letter or the line's end, or
    ending its line after a finished sentence ("x < p > y" is a comparison)."""
    if name not in html_elements() or (match["tattrs"] or "").strip() or match["tself"]:
        return False
    before, after = line_around(text, match.start(), match.end())
    if not before.strip() and (not after.strip() or after[0].isalpha()):
        return True
    return not after.strip() and before.rstrip()[-1:] in _SENTENCE_END


def _valid_broken_tag(match: regex.Match) -> Item | None:
    """A tag cut off at the end of its line, its ">" lost: a closing tag of a real
    element ("</div"), or an opening one with an attribute whose value was cut
    (``<div class="body``, ``<a href="https://...``)."""
    if match["bname"] not in html_elements():
        return None
    attributes = match["battrs"]
    if match["bclose"]:
        if attributes:
            return None
    elif not attributes:
        return None
    return Item("tag", match.start(), match.end(), match["bname"], match["bname"] in _BLOCK_ELEMENTS, False)


def _valid_shortcode(text: str, match: regex.Match) -> Item | None:
    name = match["sname"]
    start, end = match.span()
    following = text[end : end + 1]
    if name != name.lower():
        # Shortcodes are lower case. An upper-case bracketed word is prose or a
        # label ("[REUTERS]", "[Reuters]", "[VIDEO]") unless it is an ad slot
        # ("[AD]", "[ADVERTISEMENT]", "[Advertisement]"; "[Ad]" opens prose) or one
        # tag of an upper-case pair ("[B]...[/B]").
        if name != name.upper():
            if (
                not match["sclose"]
                and not (match["sattrs"] or "").strip()
                and len(name) >= 6
                and name == name.capitalize()
                and _AD_WORD.fullmatch(name)
            ):
                return Item("shortcode", start, end, name.lower(), True, True)  # "[Advertisement]" (not "[Ad]")
            return None
        if match["sclose"]:
            if f"[{name}]" not in text[max(0, start - 2000) : start]:
                return None
        elif _SHOUTED_AD_PHRASE.fullmatch(match.group()):
            return Item("shortcode", start, end, name.lower(), True, True)  # "[INSERT AD HERE]"
        elif (match["sattrs"] or "").strip() or not _AD_WORD.fullmatch(name):
            if f"[/{name}]" not in text[end : end + 2000]:
                return None
        else:
            return Item("shortcode", start, end, name.lower(), True, True)  # "[AD]"
    if match["sclose"]:
        if match["sattrs"].strip() or match["sself"]:
            return None
        return Item("shortcode", start, end, name, True, bool(_AD_WORD.fullmatch(name)))
    attributes = match["sattrs"] or ""
    if attributes.startswith("="):
        # BBCode "[url=https://...]text[/url]": only with its closing tag, unless the
        # name is one of BBCode's own ("[color=red]", "[size=4]", "[font=Arial]").
        if f"[/{name}]" not in text[end : end + 2000] and name not in _BBCODE_VALUED:
            return None
    elif not attributes.strip() and (following == "(" or (following == "[" and text[end + 1 : end + 2] != "/")):
        # A Markdown link "[text](url)" or reference "[text][ref]", unless the page
        # builder's tags are stacked and closed later: "[vc_row][vc_column]...[/vc_row]",
        # or stacked without their closings: two snake-case names are no link text.
        if following == "(" or (text.find(f"[/{name}]", end) == -1 and not _stacked_snake_names(text, name, start, end)):
            return None
    elif attributes.strip():
        if not _SHORTCODE_ATTRIBUTE.search(attributes) and not (
            name in known_shortcodes() and _URL_ARGUMENT.fullmatch(attributes.strip())
        ):
            return None  # "[actor Ted Danson]": an editorial insertion
    elif name not in known_shortcodes() and text.find(f"[/{name}]", end) == -1:
        if not (("_" in name or "-" in name) and (_SNAKE_NAME.fullmatch(name) or _AD_SHORTCODE_NAME.fullmatch(name))):
            return None  # "[sic]", "[a]", "[again]"
        glued = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_)]")
        if not _AD_SHORTCODE_NAME.fullmatch(name) and (glued or not _at_a_line_edge(text, start, end)):
            # A snake-case name inside a line is code or notation, not a page builder's
            # tag: a subscript ("items[media_type]"), a Markdown reference ("[text][ref_id]"),
            # an optional argument ("cmd [options] [jq_filter]").
            return None
    if following == ":" and (start == 0 or text[start - 1] == "\n"):
        return None  # a Markdown reference definition "[name]: url"
    ad = (
        bool(_AD_WORD.fullmatch(name))
        or (("_" in name or "-" in name) and bool(_AD_SHORTCODE_NAME.fullmatch(name)))
        or bool(_AD_WORD.search(attributes))
    )
    # "[embed]https://...[/embed]", "[youtube]dQw4w9[/youtube]": the content is an
    # identifier that means nothing without the shortcode; it goes with it.
    closing = f"[/{name}]"
    close_at = text.find(closing, end, end + 600)
    if close_at > end:
        content = text[end:close_at]
        if _SHORTCODE_CONTENT_ID.fullmatch(content):
            end = close_at + len(closing)
    return Item("shortcode", start, end, name, True, ad)


def _stacked_snake_names(text: str, name: str, start: int, end: int) -> bool:
    """Whether the bracketed snake-case ``name`` (``text[start:end]``) opens its line, or
    follows another tag, glued to another bracketed snake-case name: "[vc_row][vc_column]",
    a page builder's stacked tags (in a sentence, "use [my_var][other_var]" is notation)."""
    if "_" not in name or not _SNAKE_NAME.fullmatch(name):
        return False
    before, after = line_around(text, start, end)
    if before.strip()[-1:] not in ("", "]"):
        # Glued after a finished sentence, the stack must end the line: "... in
        # May. [vc_row][vc_column]" (inside a sentence, "[my_var][other_var]" is notation).
        if before.rstrip()[-1:] not in _SENTENCE_END or not _TAG_RUN.fullmatch(after.rstrip()):
            return False
    close = text.find("]", end + 1, end + 60)
    following = text[end + 1 : close].split(" ", 1)[0] if close > 0 else ""
    return "_" in following and bool(_SNAKE_NAME.fullmatch(following))


def _at_a_line_edge(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens or ends its line (after or before spaces, or
    next to another bracketed tag: "[vc_row][vc_column]")."""
    before, after = line_around(text, start, end)
    before, after = before.strip(), after.rstrip()
    if not before or not after:
        return True
    return _TAG_RUN.fullmatch(before) is not None or _TAG_RUN.match(after) is not None


#: An ad slot's placeholder written as a bracketed phrase in capitals: "[INSERT AD
#: HERE]", "[AD PLACEHOLDER]", "[MID-ARTICLE AD]" (a few words, one of them an ad word;
#: "[AD]" alone is handled with the other one-word names; words of letters only: "[AD
#: 79]" is a year).
_SHOUTED_AD_PHRASE = patterns.compile(
    r"\[(?=[^\]]{0,40}(?<![\p{L}\d])(?:ADS?|ADVERT|ADVERTISEMENT|ADVERTISING|ADSENSE|DFP)(?![\p{L}\d]))"
    r"[A-Z][A-Z-]*(?:[ ](?:[A-Z][A-Z-]*|[-–:]))+\]"
)


_TAG_RUN = patterns.compile(r"(?:\[/?[a-z][a-z0-9_-]*\])+")
_SENTENCE_END = frozenset(".!?”\"’)")


# Shortcode names of ad slots: an ad word and a number or a slot word ("ad_1", "ad-slot",
# "ads_top"); "[ad-hoc]" is prose.
_AD_SHORTCODE_NAME = patterns.compile(
    r"(?:ads?|advert|advertisement|adsense|adslot|dfp)"
    r"(?:[_-](?:\d{1,3}|slot|unit|space|zone|block|top|bottom|inline|mid|middle|box|banner|container|placeholder|wrapper|insert|code|here))+"
)
# A page builder's or plugin's tag: a lower-case name with an underscore ("[vc_row]",
# "[fusion_builder_container]", "[related_posts]"): prose does not bracket such names.
_SNAKE_NAME = patterns.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
# The token types of Drupal's token system ("[node:title]", "[site:name]"): a closed class.
_DRUPAL_TOKEN_TYPES = frozenset(
    """node site user term current-date current-user current-page date comment file
    vocabulary menu-link random url request view account""".split()
)
# Joomla's content-plugin tags ("{loadposition ads}", "{module 93}"): a closed class.
# The first six are unambiguous alone; the others count with arguments or a closing tag.
_JOOMLA_TAGS_ALONE = frozenset("loadposition loadmodule loadmoduleid mospagebreak mosimage jcomments".split())
_JOOMLA_TAGS = _JOOMLA_TAGS_ALONE | frozenset(
    """module modulepos source tab tabs slider sliders rokbox jumi gallery youtube vimeo
    phocagallery sigplus avsplayer googlemaps""".split()
)
# What marks the inside of "<%= %>" or "<?= ?>" as code: a sigil, a call, an
# attribute access, or a keyword of the template language.
_SERVER_CODE = patterns.compile(r"[@$(_:=]|\w\.\w|\b(?:if|end|else|elsif|unless|each|do|yield|render|echo)\b")
# BBCode's tags that take a value ("[color=red]"): a closed class.
_BBCODE_VALUED = frozenset("color colour size font url email img quote align highlight".split())
_MARK_PARTNERS = {"%%": "%%", "{": "}"}
# What ``_SCAN`` leaves to a second pass, run only when the text holds its marks: the
# scan stops at every character an alternative may start with, and "!" and "%" are
# common in prose.
_RARE_SCAN = patterns.compile(
    r"""
    (?P<image>!\[[^\[\]\n]{0,300}\]\((?:https?://|/|www\.)[^\s()]{1,500}\))
  | (?P<marks>(?P<mopen>%%)(?P<mword>[A-Za-z][A-Za-z0-9_-]{0,40})(?P<mclose>%%))
    """,
    regex.VERBOSE,
)


def _valid_joomla(text: str, match: regex.Match) -> Item | None:
    name = match["jname"]
    if name not in _JOOMLA_TAGS:
        return None
    if match["jclose"]:
        if match["jargs"] or "{" + name not in text[max(0, match.start() - 4000) : match.start()]:
            return None
    elif name not in _JOOMLA_TAGS_ALONE and not match["jargs"] and "{/" + name + "}" not in text[match.end() : match.end() + 4000]:
        return None
    ad = bool(_AD_WORD.search((match["jargs"] or "").replace("_", " ")))
    return Item("template", match.start(), match.end(), name, True, ad)


def _valid_marks(text: str, match: regex.Match) -> Item | None:
    return _marks_item(text, match.start(), match.end(), match["mopen"], match["mclose"], match["mword"])


def _marks_item(text: str, start: int, end: int, opening: str, closing: str, word: str) -> Item | None:
    """A placeholder between doubled or template marks: "%%ad%%", "#{ad_slot}",
    "{AD_BLOCK}". The name must hold an ad word; between "%%" a name in capitals with
    an underscore counts too ("%%INLINE_PROMO%%"), and a lowercase variable name of
    three letters or more, as SEO plugins write their title templates ("%%title%%",
    "%%sitename%%", "%%primary_category%%")."""
    if _MARK_PARTNERS[opening] != closing:
        return None
    ad = bool(_AD_WORD.search(word.replace("_", " ").replace("-", " ")))
    if not ad and not (
        opening == "%%" and (_SHOUTED_IDENTIFIER.fullmatch(word) or _SEO_VARIABLE.fullmatch(word))
    ):
        return None
    if opening == "{" and start and text[start - 1] == "#":
        start -= 1  # Ruby's and CoffeeScript's "#{ad_slot}"
    return Item("template", start, end, "", True, ad)


def _valid_template(text: str, match: regex.Match) -> Item | None:
    body = match.group()
    if not _LETTER.search(body):
        return None  # "{{1}}", "{% %}": no expression
    start, end = match.span()
    if _TEMPLATE_TALKED_ABOUT.match(text, end) and _DETERMINER_BEFORE.search(text, max(0, start - 60), start):
        return None  # "a {{template}} variable": a mention, not debris
    inner = body.strip("{}%# ")
    return Item("template", match.start(), match.end(), "", True, bool(_AD_WORD.search(inner)))


def may_hold_markup(document: Document) -> bool:
    """The family's gate: every item the scanner finds starts with "<" (tags, comments,
    declarations, "<<AD>>"), "[" (shortcodes, "[[ad]]") or "{" (template tags,
    "${ad_slot}") or a doubled "%" ("%%ad%%"), and every ad-slot id stands on a line
    of one word with an underscore ("AD_SLOT_3"), so a text without any of these holds
    no markup, and the four rules report nothing. One-character searches, in C; most
    articles have none of them."""
    text = document.text
    # (A line of one word with an underscore may be an ad-slot id.)
    return _may_hold_bracketed(text) or ("_" in text and bool(_underscore_lines(text, first_only=True)))


def _may_hold_bracketed(text: str) -> bool:
    """Whether ``text`` may hold an item that starts with a bracket or a doubled "%"."""
    if "<" in text or "[" in text or "{" in text:
        return True
    return _followed_by(text, "%", "%")


#: The longest line ``_ad_identifiers`` reads as one identifier.
_MAX_IDENTIFIER_LINE = 120


def _underscore_lines(text: str, first_only: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of each short line of one word (no space inside) holding "_",
    as every ad-slot id ``_ad_identifiers`` reports does. (Searches for a character, in
    C; a search for a string, such as the "-ad-" of "div-gpt-ad-1", would cost the
    family a third of its time on prose, so ids joined by hyphens alone are not looked
    for.)"""
    lines = []
    at = text.find("_")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end - start <= _MAX_IDENTIFIER_LINE and " " not in text[start:end].strip():
            lines.append((start, end))
            if first_only:
                break
        at = text.find("_", end)
    return lines


# An identifier: letters and digits in segments joined by "_" or hyphens.
_IDENTIFIER = patterns.compile(r"[A-Za-z][A-Za-z0-9]*(?:(?:_+|--?)[A-Za-z0-9]+)+")
_SEGMENT_BREAK = patterns.compile(r"[_-]+")
# The segments that make an identifier an ad slot's: the ad words, and the ad networks
# whose widgets a page names by id (a closed class).
_AD_SEGMENT = patterns.compile(
    r"(?:ads?|adverts?|advertisement|advertising|adslot|adunit|adsense|adsbygoogle|dfp|doubleclick"
    r"|outbrain|taboola|teads|criteo)",
    regex.IGNORECASE,
)


def _ad_identifiers(text: str) -> list[Item]:
    """Lines made of one ad-slot identifier, the id of the element an ad or a widget
    was to fill: "ADVERTISEMENT_SLOT_3", "ad_unit_300x250", "OUTBRAIN_WIDGET_1",
    "div_gpt_ad_1578923440011_0". An ad word (or an ad network's name) must be one of
    its segments, and an underscore must join two of them ("ad-free", "Salah ad-Din"
    are words). Inside a line of prose such a name is an API's value ("the SIMPLE_AD
    type"), so only a line of its own counts."""
    found: list[Item] = []
    for line_start, line_end in _underscore_lines(text):
        item = _ad_identifier_line(text, line_start, line_end)
        if item is not None:
            found.append(item)
    return found


def _ad_identifier_line(text: str, line_start: int, line_end: int) -> Item | None:
    line = text[line_start:line_end]
    token = line.strip()
    if not token or "_" not in token or not _IDENTIFIER.fullmatch(token):
        return None
    segments = [segment.lower() for segment in _SEGMENT_BREAK.split(token)]
    if not any(_AD_SEGMENT.fullmatch(segment) for segment in segments):
        return None
    start = line_start + len(line) - len(line.lstrip())
    return Item("template", start, start + len(token), "ad-identifier", True, True)


def _followed_by(text: str, first: str, second: str) -> bool:
    """Whether ``first + second`` is in ``text``: found by looking after each ``first``
    (``str.find`` runs at memory speed for one character, and "%" or "!" stand a few
    times in a text, where a search for two characters costs a pass of its own)."""
    at = text.find(first)
    while at >= 0:
        if text.startswith(second, at + 1):
            return True
        at = text.find(first, at + 1)
    return False


# A title-template variable of an SEO plugin between "%%": "%%title%%", "%%sep%%",
# "%%primary_category%%" (no batch-file loop variable, "%%i", has a closing "%%").
_SEO_VARIABLE = patterns.compile(r"[a-z]{3,}(?:_[a-z0-9]+)*")
# A placeholder's name: an identifier in capitals with an underscore ("AD_SLOT_2").
_SHOUTED_IDENTIFIER = patterns.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


def _valid_placeholder(text: str, match: regex.Match) -> Item | None:
    """A placeholder the page template should have replaced: a name in "${ }"
    ("${ad_slot}"), or an ad-slot word or a name in capitals with an underscore
    between doubled or spaced brackets ("<<ADVERTISEMENT>>", "[[ad]]",
    "[ Advertisement ]", "<<AD_SLOT_2>>"). The closing marks must be the opening
    ones' partners."""
    start, end = match.span()
    group = match.group()
    if match["pfix"] is not None:
        ad = bool(_AD_WORD.search(match["pname"].replace("_", " ")))
        return Item("template", start - 1, end, "", True, ad)  # (from the "$" looked behind at)
    opening = match["popen"]
    closing = {"<<": ">>", "[[": "]]", "[": "]"}[opening]
    if not group.endswith(closing) or (closing == "]" and group.endswith("]]")):
        return None
    word = match["pword"].strip()
    ad = bool(_AD_WORD.fullmatch(word.replace("_", " ").split(" ")[0] if "_" in word else word))
    if opening == "[":
        if not ad or not group.startswith("[ ") or not group.endswith(" ]"):
            return None  # "[ Advertisement ]": an ad label spaced inside its brackets
    elif not ad and not _SHOUTED_IDENTIFIER.fullmatch(word):
        return None  # "<<Le Monde>>": quotation marks typed as doubled brackets
    # "<<<ADVERTISEMENT>>>", "[[[ad]]]": marks beyond the pair go with it, or the fix
    # would leave "<>" behind.
    while start > 0 and text[start - 1] == opening[0] and text[end : end + 1] == closing[-1]:
        start, end = start - 1, end + 1
    return Item("template", start, end, "", True, ad)


#: Inline HTML that Markdown has no syntax of its own for, and that authors of Markdown
#: write by hand (CommonMark passes raw HTML through): sub- and superscripts, keys,
#: highlights, abbreviations, insertions, small print, and a collapsed section.
_MARKDOWN_PHRASING = frozenset("sub sup kbd mark abbr ins small".split())
_MARKDOWN_SECTION = frozenset(("details", "summary"))
_BARE_TAG = patterns.compile(r"</?([a-z]+)[ ]?/?>")


def _markdown_html(document: Document, items: list[Item]) -> list[Item]:
    """``items`` without the inline HTML a Markdown file's author wrote: a phrasing
    element of ``_MARKDOWN_PHRASING`` closed on its line ("CO<sub>2</sub>",
    "<kbd>Ctrl</kbd>"), a ``<br>`` in a row of a table ("| 10:00<br>late Fridays |",
    where a table's cell has no other line break), and ``<details>``/``<summary>``,
    opened and closed in the file. Tags with attributes are a page's markup."""
    text = document.text
    kept = []
    for item in items:
        if item.kind == "tag":
            tag = text[item.start : item.end]
            bare = _BARE_TAG.fullmatch(tag)
            if bare is not None and bare.group(1) == item.name and _authored(text, item, tag):
                continue
        kept.append(item)
    return kept


def _authored(text: str, item: Item, tag: str) -> bool:
    name = item.name
    line_start, line_end = text.rfind("\n", 0, item.start) + 1, text.find("\n", item.end)
    line_end = len(text) if line_end < 0 else line_end
    if name == "br":
        row = text[line_start:line_end].strip()
        return row.startswith("|") and row.endswith("|")
    closing = tag.startswith("</")
    if name in _MARKDOWN_PHRASING:
        if closing:
            return f"<{name}>" in text[line_start : item.start]
        return f"</{name}>" in text[item.end : line_end]
    if name in _MARKDOWN_SECTION:
        if closing:
            return f"<{name}>" in text[: item.start]
        return f"</{name}>" in text[item.end :]
    return False


def _scan(document: Document) -> list[Item]:
    items = _scan_all(document)
    if items and document.is_markdown:
        return _markdown_html(document, items)
    return items


def _scan_all(document: Document) -> list[Item]:
    text = document.text
    identifiers = _ad_identifiers(text) if "_" in text else []
    if identifiers:
        regions = _code_regions(document)
        identifiers = [i for i in identifiers if not (regions and _inside(regions, i.start, i.end))]
    if not _may_hold_bracketed(text):
        return identifiers
    items = _scan_bracketed(document)
    if identifiers:
        items = sorted(
            items + [i for i in identifiers if not any(o.start < i.end and i.start < o.end for o in items)],
            key=lambda item: item.start,
        )
    return items


def _scan_bracketed(document: Document) -> list[Item]:
    text = document.text
    items: list[Item] = []
    consumed = 0
    regions = None
    for match in _SCAN.finditer(text):
        start = match.start()
        if start < consumed:
            continue
        # The outermost group closes last: it names the alternative that matched.
        kind = match.lastgroup
        if kind == "short":
            item = _valid_shortcode(text, match)
        elif kind == "tag":
            item = _valid_tag(text, match)
        elif kind == "comment":
            body = match["cbody"] or ""  # (none in a conditional comment's half, "<!--[if IE]>")
            if body.lstrip().lower().startswith("newslint:"):
                continue  # newslint's own suppression comment
            item = Item("comment", start, match.end(), "", True, bool(_AD_WORD.search(body)))
        elif kind == "raw":
            item = Item("tag", start, match.end(), match["rawname"].lower(), True, False)
        elif kind == "decl":
            item = Item("tag", start, match.end(), "!doctype", True, False)
        elif kind == "server":
            # "<?php echo $ad; ?>", "<%= @story.byline %>": server-side template code.
            code = match["server"]
            if not code.startswith("<?php") and not _SERVER_CODE.search(code, 2, len(code) - 2):
                continue  # "<% and %>": delimiters written about, with no code between
            item = Item("template", start, match.end(), "", True, bool(_AD_WORD.search(code)))
        elif kind == "broken":
            item = _valid_broken_tag(match)
        elif kind == "token":
            token_type = match["token"][1:].split(":", 1)[0]
            is_link_text = text[match.end() : match.end() + 1] in ("(", "[")  # "[node:timers](./timers.md)"
            item = (
                Item("template", start, match.end(), "", True, False)
                if token_type in _DRUPAL_TOKEN_TYPES and not is_link_text
                else None
            )
        elif kind == "joomla":
            item = _valid_joomla(text, match)
            if item is None and not match["jclose"] and not match["jargs"]:
                item = _marks_item(text, start, match.end(), "{", "}", match["jname"])  # "{ad_slot}"
        elif kind == "marks":
            item = _valid_marks(text, match)
        elif kind == "tpl":
            item = _valid_template(text, match)
        elif kind == "js":
            head = _JS_HEAD.search(text[max(0, start - 120) : start])
            if head is None:
                continue
            item = Item("tag", start - (len(head.string) - head.start()), match.end(), "script-remnant", True, True)
        elif kind == "smarty":
            # Smarty's "{$page_title}", "{$article.byline}": a variable the page
            # template should have printed (a lowercase name: "{$HOME}" is a shell's).
            item = Item("template", start, match.end(), "", True, bool(_AD_WORD.search(match.group().replace("_", " "))))
        else:
            item = _valid_placeholder(text, match)
        if item is None:
            continue
        if regions is None:
            regions = _code_regions(document)
        if regions and _inside(regions, item.start, item.end):
            continue
        items.append(item)
        consumed = item.end
    if _followed_by(text, "!", "[") or _followed_by(text, "%", "%"):
        rare = _scan_rare(document, items)
        if rare:
            if regions is None:
                regions = _code_regions(document)
            rare = [item for item in rare if not (regions and _inside(regions, item.start, item.end))]
            items = sorted(items + rare, key=lambda item: item.start)
    return items


def _scan_rare(document: Document, items: list[Item]) -> list[Item]:
    """The items of ``_RARE_SCAN`` that overlap none of ``items``: Markdown images
    (``![alt](https://...)``, outside Markdown files, whose own syntax they are) and
    placeholders between "%%"."""
    text = document.text
    markdown = document.is_markdown
    found = []
    for match in _RARE_SCAN.finditer(text):
        start, end = match.span()
        if any(item.start < end and start < item.end for item in items):
            continue
        if match["image"] is not None:
            if markdown:
                continue
            found.append(Item("tag", start, end, "markdown-image", True, False))
        else:
            item = _valid_marks(text, match)
            if item is not None:
                found.append(item)
    return found


# -- fixing ------------------------------------------------------------------------


def _clusters(text: str, items: list[Item]) -> Iterator[list[Item]]:
    """Runs of items separated only by spaces or entities on the same line."""
    cluster: list[Item] = []
    for item in items:
        if cluster:
            gap = text[cluster[-1].end : item.start]
            if "\n" not in gap and "\r" not in gap and _FILLER.fullmatch(gap):
                cluster.append(item)
                continue
            yield cluster
        cluster = [item]
    if cluster:
        yield cluster


def _is_space(char: str | None) -> bool:
    return char is None or char in " \t\u00a0"


def _plan(rule: Rule, document: Document) -> list[Report]:
    text = document.text
    reports: list[Report] = []
    for cluster in _clusters(text, document.memo("markup.items", _scan)):
        start, end = cluster[0].start, cluster[-1].end
        # The line around the cluster, found without building ``document.lines``
        # (a line ends at "\n", "\r\n" or "\r", as in ``Document``).
        line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
        line_end = min((i for i in (text.find("\n", end), text.find("\r", end)) if i >= 0), default=len(text))
        before, after = text[line_start:start], text[end:line_end]
        if _FILLER.fullmatch(before) and _FILLER.fullmatch(after):
            owner = cluster[0]
            first, last = document.line_at(start), document.line_at(max(start, end - 1))
            fix = rule.delete_lines(document, first, last, message="Delete the line of markup")
            reports.append(Report(owner, start, end, fix, True))
            continue
        left = text[start - 1] if start > line_start else None
        right = text[end] if end < line_end else None
        # Spaces between two items of the cluster go with the later item.
        edits = {
            id(item): Edit(previous.end if previous is not None and not text[previous.end : item.start].strip() else item.start, item.end)
            for previous, item in zip([None, *cluster[:-1]], cluster)
        }
        if _is_space(left) and _is_space(right):
            if right is None:
                # At the end of the line: the spaces before it go too.
                gap_start = start
                while gap_start > line_start and text[gap_start - 1] in " \t\u00a0":
                    gap_start -= 1
                edits[id(cluster[0])] = Edit(gap_start, cluster[0].end)
            else:
                gap_end = end
                while gap_end < line_end and text[gap_end] in " \t\u00a0":
                    gap_end += 1
                edits[id(cluster[-1])] = Edit(edits[id(cluster[-1])].start, gap_end)
        elif not _is_space(left) and not _is_space(right):
            separator = next((item for item in cluster if item.separating), None)
            if separator is not None and not _NO_SPACE_SCRIPT.match(left) and not _NO_SPACE_SCRIPT.match(right):
                edits[id(separator)] = Edit(edits[id(separator)].start, separator.end, " ")
        for item in cluster:
            edit = edits[id(item)]
            action = "Replace the markup with a space" if edit.content else "Delete the markup"
            reports.append(Report(item, item.start, item.end, Fix.safe(action, edit), False))
    return reports


def _plan_for(document: Document) -> list[Report]:
    return _plan(_FIXER, document)


def _snippet(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _MarkupRule(Rule):
    kind = ""
    category = Category.MARKUP
    fix_availability = FixAvailability.ALWAYS
    # One gate for the four rules: the engine asks it once per document.
    gate = staticmethod(may_hold_markup)

    def describe(self, item: Item, text: str) -> str:
        raise NotImplementedError

    def check(self, document: Document) -> Iterator[Diagnostic]:
        text = document.text
        for report in document.memo("markup.plan", _plan_for):
            if report.item.kind != self.kind:
                continue
            message = self.describe(report.item, text[report.item.start : report.item.end])
            if report.whole_line:
                message = f"{message} on a line of its own"
            yield self.diagnostic(document, report.start, report.end, message=message, fix=report.fix)


class HtmlTag(_MarkupRule):
    """## What it does
    Finds HTML tags left in the text: opening, closing and self-closing tags of real
    HTML elements (``<p>``, ``</div>``, ``<br/>``, ``<img src="...">``,
    ``<a href="...">``, and attributes quoted with escaped quotes as in scraped JSON,
    ``<div class=\\"body\\">``), whole ``<script>``/``<style>``/``<iframe>`` elements,
    ``<!DOCTYPE>``/``CDATA`` declarations (and a CDATA section's opener ``<![CDATA[``
    left without its end), tags cut off at the end of a line with their
    ``>`` lost (``</div``, ``<div class="body``: a real element, and for an opening tag
    an ``attribute="value`` at least), closing and self-closing tags that machine
    translation spaced out (``</ p>``, ``< /div>``, ``<br / >``, and ``< p >`` without
    attributes at a line's start or after its last sentence), the loader statements
    that ad networks' scripts leave when only the ``<script>`` tags were stripped
    (``(adsbygoogle = window.adsbygoogle || []).push({});``, ``googletag.cmd.push(function()
    { ... });``, ``window._taboola = window._taboola || [];``), and Markdown images (``![alt](https://...)``)
    in text that is not a Markdown file.

    ## Why is this bad?
    The extractor failed to strip the page's markup. Tags are noise in the text, break
    sentence and word statistics, and show that the cleaning step did not run.

    ## Example
    ```text
    <div class="article-body">The board met on Monday.</div>

    Analysts expect <br> further cuts.
    ```

    ## Use instead
    ```text
    The board met on Monday.

    Analysts expect further cuts.
    ```

    ## Fix safety
    Safe: only the tag is deleted (with the space it would leave doubled), or the
    whole line when it holds nothing but markup; a block tag glued between two words
    becomes a space. The element's text is kept, except inside ``<script>``,
    ``<style>`` and ``<iframe>``, whose content is code. Angle brackets that are not a
    tag are left alone: the name must be an HTML element written in lower or upper
    case (``<The Palace>`` or ``<Time>`` are titles; ``<ad>`` and ``<AD>`` are an ad
    slot written as a tag), bare words inside the brackets
    must be HTML boolean attributes (``a <b and c> d`` is prose), e-mail and URL
    brackets never match, and a tag quoted as a word or followed by "tag"/"element"
    (``the <div> tag``) is a mention, not debris. Backtick code and fenced blocks
    (and indented code blocks in Markdown files) are skipped.
    """

    code = "NL801"
    name = "html-tag"
    summary = "Leftover HTML tag"
    kind = "tag"

    def describe(self, item: Item, text: str) -> str:
        if item.name == "markdown-image":
            return f"Leftover Markdown image {_snippet(text)!r}"
        if item.name == "script-remnant":
            return f"Leftover ad script {_snippet(text)!r}"
        return f"Leftover HTML tag {_snippet(text)!r}"


class HtmlComment(_MarkupRule):
    """## What it does
    Finds HTML comments (``<!-- ... -->``) left in the text, including ad-slot
    markers such as ``<!-- ad -->`` or ``<!-- AdSlot: top -->``, and the halves of
    Internet Explorer's conditional comments (``<!--[if IE]>``, ``<![endif]-->``).

    ## Why is this bad?
    Comments are page-template notes and ad-slot anchors, never part of the article.
    They leak when an extractor serialises the DOM instead of its text.

    ## Example
    ```text
    The vote is expected on Friday. <!-- ad: mid-article -->

    <!-- related stories -->
    ```

    ## Use instead
    ```text
    The vote is expected on Friday.
    ```

    ## Fix safety
    Safe: the comment is deleted (with the space before it at the end of a line), or
    the whole line when it holds only markup. newslint's own suppression comments
    (``<!-- newslint: disable=... -->``) are not reported, and comments inside code
    spans or fenced blocks are skipped.
    """

    code = "NL802"
    name = "html-comment"
    summary = "Leftover HTML comment"
    kind = "comment"

    def describe(self, item: Item, text: str) -> str:
        if item.ad:
            return f"Ad-slot placeholder left as an HTML comment {_snippet(text)!r}"
        return f"Leftover HTML comment {_snippet(text)!r}"


class Shortcode(_MarkupRule):
    """## What it does
    Finds CMS shortcodes left in the text: ``[caption id="..." ...]``, ``[/caption]``,
    ``[embed]...[/embed]``, ``[gallery ids="..."]``, ``[video ...]``, ad slots such as
    ``[ad]``, ``[Advertisement]``, ``[ad_1]``, ``[ad-slot]`` or a bracketed phrase in
    capitals holding an ad word (``[INSERT AD HERE]``), page builders' and plugins' tags named in
    lower case with an underscore (``[vc_row]``, ``[et_pb_text]``,
    ``[related_posts]``; such a name counts alone only at a line's start or end, or
    next to another tag, and a stack of them glued after a paragraph's last sentence
    ends its line: inside a line it is code or notation, ``items[media_type]``,
    ``[text][ref_id]``, ``jq [options] [jq_filter]``), BBCode's valued tags (``[color=red]``, ``[size=4]``) and
    ``[quote]``, and any ``[name key="value"]`` or ``[/name]`` tag.

    ## Why is this bad?
    Shortcodes are instructions to the publishing system (WordPress and its plugins)
    that were exported as text instead of being rendered. They are meaningless to a
    reader.

    ## Example
    ```text
    The order is crucial for the airline.

    [caption id="attachment_4120" align="aligncenter" width="640"]

    Talks resume next week.[/caption]
    ```

    ## Use instead
    ```text
    The order is crucial for the airline.

    Talks resume next week.
    ```

    ## Fix safety
    Safe: the shortcode is deleted and its text kept; a line holding only shortcodes
    is deleted. When the content between an opening and a closing shortcode is a bare
    URL or identifier (``[embed]https://...[/embed]``) it goes with them, as it means
    nothing alone. Brackets in prose are not shortcodes: a bracketed word needs
    ``key="value"`` attributes, a matching ``[/name]`` or a known shortcode name
    (``markup_shortcodes.txt``), an ad-slot name (an ad word and a number or slot
    word: ``[ad-hoc]`` is prose) or an underscore in its name, and must be lower case,
    so ``[1]``, ``[sic]``, ``[Reuters]``, ``[again]`` and Markdown links
    ``[text](url)`` never match (a link's text is prose; the link is left alone).
    BBCode's one-letter tags alone (``[b]``, ``[i]``) are left alone: lists label
    items so.
    """

    code = "NL803"
    name = "shortcode"
    summary = "Leftover CMS shortcode"
    kind = "shortcode"

    def describe(self, item: Item, text: str) -> str:
        if item.ad:
            return f"Ad-slot placeholder left as a shortcode {_snippet(text)!r}"
        return f"Leftover shortcode {_snippet(text)!r}"


class TemplateTag(_MarkupRule):
    """## What it does
    Finds template-language tags left in the text: ``{{ ... }}`` (Mustache, Jinja,
    Liquid, Handlebars, including ``{{{ raw }}}``), ``{% ... %}``, ``{# ... #}`` and
    Template Toolkit's ``[% ... %]``,
    such as the ad-slot placeholders ``{{ad}}`` and ``{{ advertisement }}``, and the
    placeholders of other templating and ad systems: a name in ``${ }``
    (``${ad_slot}``), or an ad word or a capitalised name with an underscore between
    doubled or spaced brackets (``<<ADVERTISEMENT>>``, ``[[ad]]``,
    ``[ Advertisement ]``, ``<<AD_SLOT_2>>``), with any marks beyond the pair
    (``<<<ADVERTISEMENT>>>``). Also server-side template code (PHP ``<?php ... ?>``
    and ``<?= ... ?>``, ERB ``<%= ... %>``), Drupal tokens (``[node:title]``,
    ``[site:name]``: one of Drupal's token types, a colon and a name), Joomla's
    plugin tags (``{loadposition ads}``, ``{module 93}``), and ad-slot names between
    ``%%``, single braces or ``#{ }`` (``%%ad%%``, ``%%INLINE_AD%%``, ``{AD_BLOCK}``,
    ``#{ad_slot}``); the title-template variables of SEO plugins (``%%title%%``,
    ``%%sitename%%``) and Smarty's variables (``{$page_title}``); and, on a line of
    its own, the id of an ad slot or an ad network's widget (``ADVERTISEMENT_SLOT_3``,
    ``ad_unit_300x250``, ``OUTBRAIN_WIDGET_1``): an ad word or a network's name as one
    of its segments, and an underscore joining two of them. (Ids joined by hyphens
    alone, ``div-gpt-ad-1578923440011-0``, are not looked for: the search would cost
    the family a third of its time.)

    ## Why is this bad?
    The page template was not rendered: the placeholder stands where an ad, a
    widget or a variable should have been. It is not part of the article.

    ## Example
    ```text
    Get it at the store for $238.99

    {{ advertisement }}

    The monitor is 35% off.
    ```

    ## Use instead
    ```text
    Get it at the store for $238.99

    The monitor is 35% off.
    ```

    ## Fix safety
    Safe: the tag is deleted (a line holding only markup is deleted as a line). Only
    a balanced pair on one line with a word inside matches, so braces in prose or
    ``{{1}}`` are left alone; code spans and fenced blocks are skipped. Doubled
    brackets around other words are prose (``<<Le Monde>>`` typed for guillemets,
    ``[[Paris]]``). A word in single braces or between ``%%`` counts only when it
    names an ad slot (``{headline}``, ``50%%`` are left alone); Joomla tags only by
    their closed list of names, and ``{source}``-like ones only with arguments or a
    closing tag; ``[start:end]`` is no Drupal token. An ad-slot id counts only as a
    line of its own (inside prose, ``the SIMPLE_AD type`` is an API's value), and
    hyphenated words with an ad word (``ad-free``, ``Salah ad-Din``) are not ids.
    """

    code = "NL804"
    name = "template-tag"
    summary = "Leftover template tag"
    kind = "template"

    def describe(self, item: Item, text: str) -> str:
        if item.name == "ad-identifier":
            return f"Ad-slot placeholder left as text {_snippet(text)!r}"
        if item.ad:
            return f"Ad-slot placeholder left as a template tag {_snippet(text)!r}"
        return f"Leftover template tag {_snippet(text)!r}"


# The plan (fix edits) does not depend on which rule reports it; a plain instance of
# the base class builds the line-deletion fixes.
_FIXER = Rule()

RULES = [HtmlTag, HtmlComment, Shortcode, TemplateTag]
