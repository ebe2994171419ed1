"""Photo and video credits (NL2xx).

All credit rules share one scan of the document (``_credit_shapes.credit_scan``): it
finds the lines that are nothing but a credit and the credits glued to the end of a
line, and tells their shapes apart. Each rule here reports the shapes it owns.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint import Applicability, Category, Diagnostic, Document, Edit, Fix, FixAvailability, Rule, patterns

from ._credit_gate import may_hold_credit
from ._credit_shapes import CreditMatch, _find_agency, _is_outlet, _names_are_names, credit_scan, photo_agencies  # noqa: F401  (re-exported)

#: A copyright sign and a year opening a credit ("© 2017 Lena Marsh").
_COPYRIGHT_YEAR = patterns.compile(r"[(\[]?\s*©\s*(?:19|20)\d\d\b")
#: A copyright sign, its holder and the year after it ("© Kyodo News 2024").
_COPYRIGHT_YEAR_AFTER = patterns.compile(r"[(\[]?\s*©\s*(?P<owner>[^/]+?),?\s+(?:19|20)\d\d\.?[)\]]?")
#: The word "Copyright" and a year ("Copyright © 2024 The Daily Planet").
_COPYRIGHT_WORD_YEAR = patterns.compile(r"[(\[]?\s*(?i:copyright)\s*(?:©\s*)?(?:19|20)\d\d\b")


def _a_sites_own_notice(owner: str) -> bool:
    """Whether ``owner``, after "© year", is a site or an agency giving notice of its own
    text ("The Daily Planet", "Bloomberg L.P.", "Acme Interactive Inc. All Rights
    Reserved.") rather than a photographer ("Lena Marsh")."""
    owner = owner.strip(" .)]")
    if owner.startswith(("The ", "THE ")) or _find_agency(owner) is not None or _is_outlet(owner):
        return True
    return len(owner.split()) > 4 or not _names_are_names(owner)


#: A line of the story: long enough to be a paragraph, not a footer's line.
_PARAGRAPH = 80


def _agency_between_paragraphs(document: Document, match: CreditMatch, owner: str) -> bool:
    """Whether ``owner`` (after "© year") is nothing but an agency's name and its line
    stands between two paragraphs of prose: "© 2024 Kyodo News" under a picture in the
    middle of a story, not the footer that closes a page."""
    owner = owner.strip(" .)]")
    found = _find_agency(owner)
    if found is None or found != (0, len(owner)):
        return False
    before = document.text[: match.start].rstrip().rpartition("\n")[2]
    after = document.text[match.end :].lstrip().partition("\n")[0]
    return len(before) >= _PARAGRAPH and len(after) >= _PARAGRAPH


class _CreditLineRule(Rule):
    """Reports whole credit lines of the shapes in ``kinds``; deleting them is safe."""

    category = Category.CREDIT
    fix_availability = FixAvailability.ALWAYS
    gate = staticmethod(may_hold_credit)
    kinds: frozenset[str] = frozenset()

    def check(self, document: Document) -> Iterator[Diagnostic]:
        lines = credit_scan(document).lines
        if not lines:
            return
        for index, match in sorted(lines.items()):
            if match.kind in self.kinds and self.accept(document, match):
                line = document.line_at(match.start)  # the line ``index`` (without building them all)
                yield self.report_lines(document, line, fix_message="Delete the credit line")

    def accept(self, document: Document, match: CreditMatch) -> bool:
        return True


class PipeSeparatedCredit(_CreditLineRule):
    """## What it does
    Finds lines that are a photo credit in the pipe-separated form picture desks use:
    photographer, collection and agency, as in ``Sergey Alimov | Moment | Getty Images``
    or ``Ahmed Saleh | Reuters``.

    ## Why is this bad?
    The credit belongs to an image the scraper dropped. Left in the text it reads as a
    stray line of names between paragraphs, and it teaches models that articles contain
    agency names at random places.

    ## Example
    ```text
    The Kremlin said it has no intention of abandoning Iran.

    Sergey Alimov | Moment | Getty Images

    Iran is under pressure as its proxies are under heavy attack.
    ```

    ## Use instead
    ```text
    The Kremlin said it has no intention of abandoning Iran.

    Iran is under pressure as its proxies are under heavy attack.
    ```

    ## Fix safety
    Deleting the line is safe: the rule fires only when the whole line is two to four
    short name-like segments separated by `` | `` and the last one is a known photo
    agency or collection (``rules/photo_agencies.txt``, ``rules/credit_collections.txt``),
    so no prose is removed.
    """

    code = "NL201"
    name = "pipe-separated-credit"
    summary = "Photo credit line (photographer | collection | agency)"
    kinds = frozenset({"pipe"})


class LabelledCredit(_CreditLineRule):
    """## What it does
    Finds lines that are a labelled picture credit: ``Photo: Name/AP``,
    ``Picture: Name/Agency``, ``Credit: Name/Shutterstock``, ``Photograph: AFP via Getty``,
    ``(Photo by Name/AFP via Getty Images)``, ``Photo by Name on Unsplash``,
    ``Image source, Agency``, ``Image copyright Getty Images``, ``Credit... Name/Outlet``,
    ``Courtesy of Name``, ``Photo courtesy of the Harbour Museum``,
    ``Composite: Studio/Agency``, ``File photo: Agency``,
    ``Foto: dpa``, and the stock credits ``Handout``, ``Supplied``, ``Kremlin handout``,
    ``Foto: Name (dpa)`` (the agency in brackets after the name),
    ``File photo``, ``Supplied image``, ``Name Submitted photo``, ``Staff photo by Name``
    and the Portuguese pages' ``Divulgação``
    and ``Reprodução``, and ``Screenshot: YouTube``; the label may be joined to the
    credit by ``©`` ("Photo © Name") or ``by`` ("Photographed by Name", "Photo provided
    by Name"). Labels come in several languages (``Foto:``, ``Bild:``, ``Fotó:``,
    ``Crédit photo :``). ``Provided by`` and ``Supplied by`` count only before a
    capitalised name ("Provided by Lena Marsh", not "Supplied by the family").

    ## Why is this bad?
    The label and the names belong to a picture that is no longer there. In the text
    they are a line of noise between paragraphs.

    ## Example
    ```text
    The senator spoke for an hour.

    Photo: Samuel Adeyemi/AP

    Her bill passed on Thursday.
    ```

    ## Use instead
    ```text
    The senator spoke for an hour.

    Her bill passed on Thursday.
    ```

    ## Fix safety
    Deleting the line is safe: the whole line must be a credit label (a closed list,
    ``rules/credit_labels.txt``) followed only by names, agencies and the separators
    credits use (``/``, ``,``, ``via``, ``by``, ``on``); a label followed by a sentence
    ("Cover image: an artist's impression of ...") is not a credit and is left alone,
    nor is a site's notice of its own text ("Copyright © 2024 The Daily Planet", NL112).
    """

    code = "NL202"
    name = "labelled-credit"
    summary = "Photo credit line (Photo: / Credit: / Image source ...)"
    kinds = frozenset({"labelled", "stock"})

    def accept(self, document: Document, match: CreditMatch) -> bool:
        # "Copyright © 2024 The Daily Planet" is the site's notice (NL112's), as "© 2024
        # The Daily Planet" is; "Copyright 2017 Lena Marsh" is a photographer's credit.
        credit = document.text[match.start : match.end]
        year = _COPYRIGHT_WORD_YEAR.match(credit)
        return year is None or "/" in credit or not _a_sites_own_notice(credit[year.end() :])


class AgencyCredit(_CreditLineRule):
    """## What it does
    Finds lines that credit a picture to a photographer and an agency without a label:
    ``Sergei Ilnitsky Via Reuters``, ``REUTERS/Brendan McDermid``, ``Name/AFP``,
    ``Al Goldis, Associated Press``, ``(AP Photo/Name)``, ``© Name / Agency``,
    ``© 2017 Name``, ``Name/Getty Images for the Festival``, ``Name/The New York Times``
    (a known outlet or collection after a slash), ``Name/ZDNet`` (an outlet written as a
    brand: one word with two capitals or more, after a name of two words), ``Name / The
    Harbour Courier`` ("The" and capitalised words), ``Name – Politico`` (only a known
    outlet after a spaced dash: "Author – The Title" cites a book), ``© 2024 Kyodo
    News`` or ``© Kyodo News 2024`` between two paragraphs (an agency alone beside
    its year, mid-story), ``(c) Name/Agency`` (the sign typed as letters, before a
    known agency only: "(c)" opens a list's third item too), ``Reuters photo by Name``
    (a known agency, "photo by" and a photographer's name), ``(Walt Disney Co.)`` (a
    company's handout: a line of nothing but a company with its legal form, in brackets),
    and any of these with the picture's licence after it (``Name/Flickr (CC BY 2.0)``),
    ``Name/Jam Press`` or ``Name Via Jam Press`` between two paragraphs of prose (a
    source not in the lists, known by its shape: a person's name of two to four words,
    then one to three capitalised words; among short lines this is a menu's "Real
    Estate/Home Improvement" and is left alone), ``Handout/Kremlin Press Office`` (a
    handout's, a stringer's or a pool's role and a slash, whatever the source),
    ``Name (AFP)`` between two paragraphs of prose (under a headline it is a byline),
    ``Name · Reuters`` or ``Name • AFP`` (a middle dot or a bullet between), or a line
    that is nothing but agency names (``Getty Images``, ``AFP/Getty Images``), or the
    wire's mark for an unnamed photographer (``-/AFP``). Agencies include national
    agencies and picture libraries, some written with digits (``Westend61``,
    ``News1``); an agency known by an acronym that is also a word (``MAP``, ``SPA``,
    ``rules/credit_collections.txt``) counts only in capitals before a slash and a
    photographer's name (``MAP/Name Surname``, ``SPA PHOTO / Name``).

    ## Why is this bad?
    The credit belongs to a picture the scraper dropped; in the text it is a stray line
    of names.

    ## Example
    ```text
    The summit opened on Tuesday.

    Sergei Ilnitsky Via Reuters

    Leaders are expected to sign a declaration.
    ```

    ## Use instead
    ```text
    The summit opened on Tuesday.

    Leaders are expected to sign a declaration.
    ```

    ## Fix safety
    Deleting the line is safe: the line must consist only of names and a known agency
    (``rules/photo_agencies.txt``) joined the way credits join them. Title-cased lines
    holding common words ("Why I Left Reuters") are not names and are left alone, and
    a lone ``© Name`` on the last line is the article's own copyright notice, not a
    picture credit; nor is ``© 2024 The Outlet``, nor ``© 2024`` and an agency except
    alone on a line between two long paragraphs (a ``© year Name`` line is a
    photographer's credit).
    """

    code = "NL203"
    name = "agency-credit"
    summary = "Photo credit line (photographer and agency)"
    kinds = frozenset({"agency_credit", "agency", "agency_photo", "copyright", "company"})

    def accept(self, document: Document, match: CreditMatch) -> bool:
        if match.kind != "copyright":
            return True
        credit = document.text[match.start : match.end]
        year = _COPYRIGHT_YEAR.match(credit)
        if year is not None and "/" not in credit and _a_sites_own_notice(credit[year.end() :]):
            # "© 2024 The Daily Planet", "© 2019 Bloomberg L.P.": a site's or an agency's
            # notice of its own text; "© 2017 Lena Marsh" is a photographer's. But an
            # agency alone between two paragraphs of the story credits a picture.
            return _agency_between_paragraphs(document, match, credit[year.end() :])
        after = _COPYRIGHT_YEAR_AFTER.fullmatch(credit)
        if after is not None:
            # "© Kyodo News 2024": the year after the agency, as above
            return _agency_between_paragraphs(document, match, after["owner"])
        # "© Reuters" or "© Regan" closing the article is its copyright notice.
        return "/" in credit or bool(document.text[match.end :].strip())


class AssignmentCredit(_CreditLineRule):
    """## What it does
    Finds lines that credit a photographer working for an outlet:
    ``Carlos Ferreira for The Washington Post``, ``Name for NPR``, ``Name for the
    BBC`` (a known outlet after a lower-case article), ``Name for Le Quotidien`` (an
    outlet named with another language's article), ``Name for CityNews`` (a brand in
    mixed case with two capitals).

    ## Why is this bad?
    It is the credit of a picture the scraper dropped, left between paragraphs.

    ## Example
    ```text
    The band will tour next year.

    Carlos Ferreira for The Washington Post

    Tickets go on sale on Friday.
    ```

    ## Use instead
    ```text
    The band will tour next year.

    Tickets go on sale on Friday.
    ```

    ## Fix safety
    Deleting the line is safe: the line must be a name of two to six capitalised
    words without common English words, then ``for``, then an outlet (a known one,
    ``The`` or another language's article and capitalised words, or a mixed-case
    brand), and nothing else: "Maria Santos for Congress" or "Name for NYC" (a
    slogan) are left alone.
    """

    code = "NL204"
    name = "assignment-credit"
    summary = "Photo credit line (photographer for outlet)"
    kinds = frozenset({"assignment"})


class GluedCredit(Rule):
    """## What it does
    Finds a picture credit stuck to the end of a line of other text, usually a caption:
    ``... in Littleton, Colo. (AP Photo/David Zalubowski)``,
    ``... November 18, 2019. REUTERS/Brendan McDermid``,
    ``... sought treatmentCredit: EPA``, ``... in 2001 [File: Reuters]``,
    ``... January 3, 2024. KYODO via REUTERS``; after a finished sentence also labels
    without a slash (``... said. Bild: Name``, ``... Illustration by Name``,
    ``... Courtesy Name``), ``... Name, Agency`` and ``... Name for The Outlet``; and
    after a caption without a full stop, a credit joined by a spaced bar, dash or slash
    (``... March 3, 2024 | Name/AFP``, ``... on Sunday — Photo: Name``; the mark goes
    too) or opening with an agency in capitals (``... 2024 REUTERS/Name``); and a
    chart's source line flattened into the paragraph after a finished sentence (``...
    rose by 4%. Source: Eurostat``: a source label and capitalised names only). It
    also finds a credit left between two sentences of a paragraph (``... the river.
    Photo: Name/AFP Negotiators met ...``, ``... (AP Photo/Name) The mayor ...``): a
    sentence ends just before it, it holds a slash or a bar and is not a mere list of
    agencies ("Reuters | AFP"), it ends with a known agency, collection or outlet or a
    closing bracket, and a capitalised sentence goes on after it ("AGENCY/Name" is left
    alone there: where would the name end?).

    ## Why is this bad?
    The credit is not part of the sentence it ends; it was joined to it when the
    scraper flattened a figure.

    ## Example
    ```text
    Traders work on the floor of the exchange, November 18, 2019. REUTERS/Brendan McDermid
    ```

    ## Use instead
    ```text
    Traders work on the floor of the exchange, November 18, 2019.
    ```

    ## Fix safety
    The fix deletes the credit and the spaces before it, nothing else. It is safe when
    the credit's start is unambiguous: a bracketed credit, a labelled one (``Credit:``,
    ``Photo:``), one with ``©`` or a ``/`` between name and agency. A credit that is
    only "Name, Agency" after a sentence gets an unsafe fix, since the name could in
    principle end the sentence. Bare agency names after a sentence ("... the US. PTI")
    or in brackets ("[Bloomberg]"), and lists of agencies ("... the talks. Reuters,
    AFP"), are the story's source, not a picture credit, and are not reported (but
    agencies joined by "via" are a picture handed on by a wire). "Name for The Outlet"
    after a sentence gets an unsafe fix too. A source in brackets ("... rose 4%
    (Source: Eurostat)") is the writer's own citation and is left alone.
    """

    code = "NL205"
    name = "glued-credit"
    category = Category.CREDIT
    gate = staticmethod(may_hold_credit)
    summary = "Photo credit glued to the end of a line"
    fix_availability = FixAvailability.ALWAYS

    def check(self, document: Document) -> Iterator[Diagnostic]:
        scan = credit_scan(document)
        for match in sorted((*scan.glued, *scan.inline), key=lambda m: m.start):
            applicability = Applicability.SAFE if match.safe else Applicability.UNSAFE
            fix = Fix((Edit(match.cut, match.end),), applicability, "Delete the credit")
            yield self.diagnostic(document, match.start, match.end, fix=fix)


RULES = [PipeSeparatedCredit, LabelledCredit, AgencyCredit, AssignmentCredit, GluedCredit]
