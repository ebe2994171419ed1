"""Tests of the credit rules by label and place (NL210-NL212, rules/credit_more.py).

Every fixture is invented for these tests (no corpus text): credits behind picture labels
in several languages, a label split from its source, a source line under a caption, and
the traps that look alike (captions behind a label, prose, sub-headings, signatures).
"""

from __future__ import annotations

import pytest

from newslint.testing import assert_fires, assert_fixes, assert_one_of, assert_passes, check_doc_example
from newslint_rules.credit_more import RULES

LEAD = (
    "The bakery on the corner opened in 1998, and the family still runs it from the same "
    "small kitchen behind the shop."
)
TAIL = "It now employs twelve people and sells bread to three villages."


def wrap(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{TAIL}"


# -- NL210 picture-label-credit ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Foto: arquivo pessoal",
        "Фото: семейный архив героини",
        "Foto: archivo de la familia",
        "(Image: mirkovski / Getty Images)",
        "Bild: privat",
        "Photo credit: courtesy of the bakery",
    ],
)
def test_picture_label_credit_fires(line):
    assert_fires("NL210", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        # A caption behind the label is a sentence, not a source.
        "Photo: The baker and her son load the oven before dawn. The shop opens at six.",
        "Image: A queue forms outside the shop on a Saturday morning as the first loaves come out",
        # Prose that starts with a label word.
        "Photographers lined the street as the mayor cut the ribbon.",
        "Pictures of the old shop hang on every wall.",
        # Labels of other things.
        "Video: how the bread is made",
        "Price: two euros a loaf",
    ],
)
def test_picture_label_credit_passes(line):
    assert_passes("NL210", wrap(line))


def test_picture_label_credit_leaves_credits_the_grammar_reports():
    # "Photo: Name/AP" is NL202's; NL210 takes only what the credit grammar leaves.
    assert_passes("NL210", wrap("Photo: Tomasz Wierzbicki/AP"))


def test_picture_label_credit_fix_deletes_the_line():
    assert_fixes("NL210", wrap("Foto: arquivo pessoal"), f"{LEAD}\n\n{TAIL}")


# -- NL211 split-label-credit (preview) --------------------------------------------------------


def test_split_label_credit_fires_on_label_and_next_line():
    text = wrap("Фото:\nсемейный архив героини")
    found = assert_fires("NL211", text, count=1)
    assert text[found[0].start : found[0].end] == "Фото:\nсемейный архив героини"


@pytest.mark.parametrize(
    "block",
    [
        "Photo:\nThe baker and her son load the oven before dawn, as they have done every day since 1998.",
        "Photo:\nThe oven.",
        "Notes:\nfamily archive",
    ],
)
def test_split_label_credit_passes(block):
    assert_passes("NL211", wrap(block))


def test_split_label_credit_fix_deletes_both_lines():
    assert_fixes("NL211", wrap("Photo:\n\nfamily archive"), f"{LEAD}\n\n{TAIL}")


def test_split_label_credit_is_a_preview_rule():
    from newslint import check

    assert not [d for d in check(wrap("Фото:\nсемейный архив героини")) if d.code == "NL211"]


# -- NL212 source-under-caption ----------------------------------------------------------------

ARTICLE = [
    "The storm reached the coast on Monday night, and the wind tore roofs from houses in three towns.",
    "Ferries stayed in port for two days, and the schools were closed on Tuesday.",
    "The national weather service said the storm was the strongest of the decade.",
    "Repairs to the harbour wall will take most of the winter, the council said.",
    "Insurers expect thousands of claims from home owners along the coast.",
]
CAPTIONED = "\n\n".join(
    ARTICLE[:2]
    + ["Satellite images show the eye of the storm over the bay on Monday.\nCoastal Weather Service"]
    + ARTICLE[2:]
)


def test_source_under_caption_fires():
    assert_fires("NL212", CAPTIONED, count=1, span="Coastal Weather Service")


def test_source_under_caption_fix_deletes_the_source_line():
    fixed = "\n\n".join(
        ARTICLE[:2] + ["Satellite images show the eye of the storm over the bay on Monday."] + ARTICLE[2:]
    )
    assert_fixes("NL212", CAPTIONED, fixed, unsafe=True)


@pytest.mark.parametrize(
    "block",
    [
        # A sub-heading over the next paragraph, in a text whose blocks are single lines.
        "What happens next",
        # A short caption-less line pair: the first line is no sentence.
        "Storm damage\nCoastal Weather Service",
        # A signature under a letter starts with a pronoun-free name but closes a
        # paragraph of lowercase words: the second line is not capitalised words only.
        "Satellite images show the eye of the storm over the bay on Monday.\nsee more pictures below",
    ],
)
def test_source_under_caption_passes(block):
    text = "\n\n".join(ARTICLE[:2] + [block] + ARTICLE[2:])
    assert_passes("NL212", text)


def test_source_under_caption_needs_single_line_paragraphs():
    # In a text hard-wrapped into many-line paragraphs, a short last line means nothing.
    wrapped = "\n\n".join(
        [
            "The storm reached the coast on Monday night,\nand the wind tore roofs from houses.",
            "Ferries stayed in port for two days,\nand the schools were closed.",
            "Satellite images show the eye of the storm over the bay on Monday.\nCoastal Weather Service",
            "The weather service said the storm was strong,\nthe strongest of the decade.",
            "Repairs will take most of the winter,\nthe council said.",
        ]
    )
    assert_passes("NL212", wrapped)


def test_source_under_caption_is_english_only():
    text = "\n\n".join(
        [
            "O temporal chegou à costa na segunda-feira e arrancou telhados em três cidades.",
            "As balsas ficaram no porto durante dois dias e as escolas fecharam.",
            "Imagens de satélite mostram o olho da tempestade sobre a baía.\nServiço Meteorológico Costeiro",
            "Os reparos no muro do porto vão levar quase todo o inverno, disse a câmara.",
            "As seguradoras esperam milhares de pedidos dos moradores da costa.",
        ]
    )
    assert_passes("NL212", text)



# -- the documentation's examples --------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_doc_example_fires_and_fixes_to_use_instead(rule):
    check_doc_example(rule)


# -- NL213 source-line -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "SOURCE: Harbour Radio News",
        "Source: news agencies",
        "SOURCES: Reuters, AFP",
        "Fonte: Agência Brasil",
        "Fuente: Agencia EFE",
        "Quelle: dpa",
        "Fonti: Ansa",
        "Источник: ТАСС",
        "Source : Statistics Bureau, 2023",
        "Lakeside Gazette wire services",
        "News agencies",
        "Staff and agencies",
        "From wire reports",
        "(With inputs from agencies)",
        "Com agências",
        "Con información de agencias",
        "по материалам агентств",
    ],
)
def test_source_line_fires(line):
    # ("Quelle" also labels a picture credit: NL202 may claim the line first)
    assert_one_of(("NL202", "NL213"), wrap(line), span=line.strip())


def test_source_label_alone_over_a_known_source_fires_on_both_lines():
    text = f"{LEAD}\n\n    SOURCE:\n    News agencies\n"
    assert_fires("NL213", text, count=2)


@pytest.mark.parametrize(
    "line",
    [
        "Source: the ministry said it would not comment on the report",  # prose after a label
        "Source: I cannot say more than that.",
        "Source: Yes, absolutely",  # a speaker's answer in a transcript
        "Source: We were never told",
        "Source: https://example.org/data.csv",
        "Sources:",
        "Federal agencies",  # no wire phrase: a heading
        "Agencies",
        "The agencies said the wire services were down.",
        "Source code",
        "Fonte: segundo o ministério, a obra termina em março. O prazo foi adiado.",
        "Die Agenturen meldeten am Abend neue Zahlen.",
        # a data box's source and the hour its figures were read: no wire's attribution
        "Source: CoinMarketCap, 9am UTC",
        "Source: London Stock Exchange, 16:30 GMT",
    ],
)
def test_source_line_passes(line):
    assert_passes("NL213", wrap(line))


def test_source_label_alone_over_prose_passes():
    assert_passes("NL213", f"{LEAD}\n\nSource:\nthe officials we spoke to asked not to be named\n")


def test_source_line_fix():
    assert_fixes("NL213", wrap("SOURCE: News agencies"), f"{LEAD}\n\n{TAIL}")


# -- NL214 archive-credit (preview) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "личный архив Веры Соколовой",
        "Личный архив автора",
        "из семейного архива Петровых",
        "arquivo pessoal",
        "Arquivo pessoal de Ana Souza",
        "archivio di famiglia",
        "Privatarchiv",
        "archives personnelles de Claire Dubois",
        "personal archive of Lena Marsh",
        "Family archive",
    ],
)
def test_archive_credit_fires(line):
    assert_fires("NL214", wrap(line), count=1, span=line)


@pytest.mark.parametrize(
    "line",
    [
        "Она хранит личный архив в старом шкафу.",
        "The family archive was opened to researchers in 2019.",
        "personal archive of the city council and its minutes",
        "Archive",
        "O arquivo pessoal do escritor foi doado à biblioteca.",
    ],
)
def test_archive_credit_passes(line):
    assert_passes("NL214", wrap(line))


def test_archive_credit_fix():
    assert_fixes("NL214", wrap("личный архив Веры Соколовой"), f"{LEAD}\n\n{TAIL}")


def test_archive_credit_is_preview():
    from newslint_rules.credit_more import ArchiveCredit, SourceLine

    assert ArchiveCredit.preview and not SourceLine.preview
