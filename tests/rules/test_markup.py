"""Markup rules (NL801-NL804): firing, non-firing and fixed examples."""

from __future__ import annotations

import pytest

from newslint.api import Linter
from newslint.testing import assert_fires, assert_fixes, assert_passes

# -- NL801 html-tag ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("<p>The mayor spoke on Tuesday.", "<p>"),
        ("The mayor spoke on Tuesday.</p>", "</p>"),
        ("The mayor spoke <br> on Tuesday.", "<br>"),
        ("The mayor spoke <br/> on Tuesday.", "<br/>"),
        ("The mayor spoke <BR /> on Tuesday.", "<BR />"),
        ('<div class="story-text">The mayor spoke on Tuesday.', '<div class="story-text">'),
        ('See <a href="https://example.org/x">the report</a> for details.', '<a href="https://example.org/x">'),
        ('Before <img src="/a.jpg" alt="Harbour"> after.', '<img src="/a.jpg" alt="Harbour">'),
        ("<strong>Lead sentence of the story.", "<strong>"),
        ("Text <script>var x = 1 < 2;</script> more text.", "<script>var x = 1 < 2;</script>"),
        ('<amp-img src="a.jpg" width="4"></amp-img> The port reopened.', '<amp-img src="a.jpg" width="4">'),
        ("Unchecked <input type=checkbox checked> box.", "<input type=checkbox checked>"),
        ("the essential chemical </i> elements of life", "</i>"),  # not a mention: no determiner
        ("Officials said that <br> a NASA spacecraft could land.", "<br>"),
        ("Officials said the <br> of the agency had resigned.", "<br>"),  # a break, never written about
        ("Prices rose and <p> in the capital fares fell.", "<p>"),  # "and" is no article
        ("Prices rose in <p> elements of the budget.", "<p>"),  # "elements" of something else
        ("Prices rose and <br> the fares fell.", "<br>"),  # no tag written about on the line
        ("Use <strong> for emphasis.\nPrices rose and <p>.", "<p>"),  # the mention is on another line
        ('The port reopened. <div class=\\"story-text\\">', '<div class=\\"story-text\\">'),  # JSON-escaped
        ("Fares rose. <SPAN STYLE='color:red'>", "<SPAN STYLE='color:red'>"),
        ("The mayor spoke on Tuesday.</ p>", "</ p>"),  # spaced by machine translation
        ("The mayor spoke < /strong> on Tuesday.", "< /strong>"),
        ("The mayor spoke on Tuesday.< / div>", "< / div>"),
        ("The mayor spoke <br / > on Tuesday.", "<br / >"),
    ],
)
def test_html_tag_fires(text, span):
    assert_fires("NL801", text, span=span)


@pytest.mark.parametrize(
    "text",
    [
        "I <3 this city, she said.",
        "If a < b and c > d, the rule holds.",
        "if x <b and y> then it fails",  # bare words are not HTML boolean attributes
        "Write to <john@example.com> for a copy.",
        "The link is <https://example.org/page>.",
        "The troupe staged <The Palace: Tale of a Clown> last week.",
        "Her film <Time> won the prize.",  # title case, no attributes: a title
        "The <div> tag groups content.",  # a mention of the tag, not debris
        "Wrap each line in a <p> element and an <img> tag.",
        'Use the "<br>" element for line breaks.',
        "Wrap it in `<p>` and move on.",  # code span
        "```html\n<p>Hello</p>\n```",  # fenced code block
        "The arrow <- points left and -> right.",
        "<!-- newslint: disable=NL101 -->",
        "If a < /x> b holds, the bound is tight.",  # spaced: only a real element's closing tag
        "The score was 3 < 5 / 2 > 1 by the end.",
        "The error came from a single missing closing </div>, the engineers said.",  # a mention
        "Browsers close it at the matching </p> anyway.",
        "Remember the old <blink> tag and the humble <marquee> element?",
        "Every web page has a <head> section, which the reader never sees.",
        "A developer noticed that the <title> of the page still read “Untitled document”.",
        "The instructions tell users to put the <h1> heading first.",
        "The old manual told typists to wrap titles in <i> tags.",
        "Use <strong> for emphasis, the guide says.",
        "Use <strong> for emphasis, the guide says, not <b>.",
        "The old manual told typists to wrap titles in <i> tags and never to use <u>.",
        "Every web page has a <head> section, which the reader never sees, and a <body>, which is the page.",
    ],
)
def test_html_tag_passes(text):
    assert_passes("NL801", text)


def test_markdown_indented_code_is_skipped():
    linter = Linter(select=["NL801"])
    text = "Intro paragraph.\n\n    <div>code sample</div>\n\nOutro paragraph."
    assert not linter.check(text, path="notes.md")
    assert linter.check(text, path="notes.txt")  # indentation is not code outside Markdown


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The mayor spoke <br> on Tuesday.", "The mayor spoke on Tuesday."),
        ("The mayor spoke<br> on Tuesday.", "The mayor spoke on Tuesday."),
        ("The mayor spoke on Tuesday. </p>", "The mayor spoke on Tuesday."),
        ("The mayor spoke on Tuesday.</ p>", "The mayor spoke on Tuesday."),
        ("First line.<br>Second line.", "First line. Second line."),
        ("Inter<wbr>national", "International"),
        ('<div class="story-text">The mayor spoke.</div>', "The mayor spoke."),
        ("One.\n\n<p>\n\nTwo.", "One.\n\nTwo."),
        ("One.\n\n<p>&nbsp;</p>\n\nTwo.", "One.\n\nTwo."),
        ("One.\n\n</div></div>", "One."),
        ("Text <script>var x = 1;</script> more text.", "Text more text."),
        ("<p><strong>Bold start.</strong></p>", "Bold start."),
        ("日本語の文。<br>次の文。", "日本語の文。次の文。"),  # no space inserted between CJK sentences
    ],
)
def test_html_tag_fixes(text, fixed):
    assert_fixes("NL801", text, fixed)


# -- NL802 html-comment ----------------------------------------------------------------


def test_html_comment_fires():
    assert_fires("NL802", "The vote is on Friday. <!-- ad: mid-article -->", span="<!-- ad: mid-article -->")
    found = assert_fires("NL802", "Text.\n\n<!-- related stories -->\n\nMore.")
    assert "line" in found[0].message
    multi = "Before.\n\n<!--\nteaser block\n-->\n\nAfter."
    assert_fires("NL802", multi, span="<!--\nteaser block\n-->")


def test_html_comment_fires_on_the_halves_of_a_conditional_comment():
    # (a whole one, "<!--[if IE]> ... <![endif]-->", is one comment, which browsers hide)
    for half in ("<!--[if IE]>", "<!--[if lt IE 9]>", "<![endif]-->"):
        text = f"Text.\n\n{half}\n\nMore."
        assert_fires("NL802", text, count=1)
        assert_fixes("NL802", text, "Text.\n\nMore.")


def test_html_comment_ad_slot_message():
    found = assert_fires("NL802", "Text here. <!-- AdSlot top --> More text.")
    assert "Ad-slot" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "<!-- newslint: disable=NL101 -->\nLeave a Comment\n<!-- newslint: enable -->",
        "An arrow <-- points back.",
        "The tag <!--[if is written as a condition.",
        "Write `<!-- x -->` to hide it.",
    ],
)
def test_html_comment_passes(text):
    assert_passes("NL802", text)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The vote is on Friday. <!-- ad -->", "The vote is on Friday."),
        ("The vote <!-- x --> is on Friday.", "The vote is on Friday."),
        ("Before.\n\n<!--\nteaser block\n-->\n\nAfter.", "Before.\n\nAfter."),
    ],
)
def test_html_comment_fixes(text, fixed):
    assert_fixes("NL802", text, fixed)


# -- NL803 shortcode ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('[caption id="attachment_512" align="alignnone" width="800"]', '[caption id="attachment_512" align="alignnone" width="800"]'),
        ("Harbour at dawn.[/caption]", "[/caption]"),
        ('[gallery ids="12,13,14"]', '[gallery ids="12,13,14"]'),
        ("[embed]https://video.example.org/v/77[/embed]", "[embed]https://video.example.org/v/77[/embed]"),
        ('The clip: [video width="640" mp4="clip.mp4"][/video] shows it.', '[video width="640" mp4="clip.mp4"]'),
        ("Prices rose. [ad] Shares fell.", "[ad]"),
        ("[button link=”https://shop.example/x” type=”big”] Order now[/button]", "[button link=”https://shop.example/x” type=”big”]"),
        ("Posted [timestamp]1574096160[/timestamp]", "[timestamp]1574096160[/timestamp]"),
        ("[pullquote]It was the best day.[/pullquote]", "[pullquote]"),
        ("See [url=https://example.org/r]the report[/url] here.", "[url=https://example.org/r]"),
        ("[tweet https://social.example/status/42]", "[tweet https://social.example/status/42]"),
        ("Prices rose.\n\n[ADVERTISEMENT]\n\nShares fell.", "[ADVERTISEMENT]"),
        ("It was [B]very[/B] late.", "[B]"),
        # A page builder's tags stacked without attributes, closed at the end.
        ("[vc_row][vc_column]The board met.[/vc_column][/vc_row]", "[vc_row]"),
    ],
)
def test_shortcode_fires(text, span):
    assert_fires("NL803", text, span=span)


def test_stacked_page_builder_tags_fire_each_and_fix_to_the_text():
    text = "[vc_row][vc_column][vc_column_text]The board met.[/vc_column_text][/vc_column][/vc_row]"
    assert_fires("NL803", text, count=6)
    assert_fixes("NL803", text, "The board met.")


def test_stacked_page_builder_tags_without_their_closings():
    text = "The board met.\n\n[vc_row][vc_column][vc_column_text]\n\nIt voted."
    assert_fixes("NL803", text, "The board met.\n\nIt voted.")
    # in a sentence, two bracketed snake-case names are notation
    assert_passes("NL803", "Use [my_var][other_var] in the template.")


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the plan was [sic] final.",
        "Growth slowed to 2% [1].",
        "[Reuters] The central bank held rates.",
        "[REUTERS] The central bank held rates.",
        "[Ad] Title case is prose.",
        "Bring [/ALL] of it.",
        "Lakers face the Nets tonight [VIDEO]",
        "My husband [actor Paul Brand] and I were frightened.",
        "It is [a] big one, he said.",
        "We get our shot [again], he said.",
        "Read [the report](https://example.org/report) first.",
        "See [video][1] for the clip.",
        "See [the report][ref] and [the data][ref2].",  # references, nothing closes them
        "Set [x = 3] in the formula.",
        "The array [n=3] has three items.",  # no closing tag: not BBCode
        "A [video of the crash] circulated online.",  # a known name, but prose inside
        # snake-case names inside a line: code and notation, not a page builder's tags
        "See the [`emitWarning()`][process_emit_warning] docs for details.",
        "Usage: jq [options] [jq_filter] [files]",
        "content = representations[media_type]",
    ],
)
def test_shortcode_passes(text):
    assert_passes("NL803", text)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            'The order matters.\n\n[caption id="attachment_512" align="alignnone" width="800"]\n\nTalks resume.',
            "The order matters.\n\nTalks resume.",
        ),
        ("The order matters.\n\n[/caption]\n\nTalks resume.", "The order matters.\n\nTalks resume."),
        ("Harbour at dawn.[/caption]", "Harbour at dawn."),
        ("Prices rose. [ad] Shares fell.", "Prices rose. Shares fell."),
        ("Intro.\n\n[embed]https://video.example.org/v/77[/embed]\n\nOutro.", "Intro.\n\nOutro."),
        ("[pullquote]It was the best day.[/pullquote]", "It was the best day."),
        ("See [url=https://example.org/r]the report[/url] here.", "See the report here."),
    ],
)
def test_shortcode_fixes(text, fixed):
    assert_fixes("NL803", text, fixed)


# -- NL804 template-tag ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("{{ad}}", "{{ad}}"),
        ("Prices fell.\n\n{{ advertisement }}\n\nShares rose.", "{{ advertisement }}"),
        ("Hello {{ user.first_name | title }}, welcome.", "{{ user.first_name | title }}"),
        ("{% include 'promo.html' %}", "{% include 'promo.html' %}"),
        ("{{{ body_html }}}", "{{{ body_html }}}"),
        ("{# editor note #}", "{# editor note #}"),
    ],
)
def test_template_tag_fires(text, span):
    found = assert_fires("NL804", text, span=span)
    if "ad" in span and "user" not in span and "include" not in span:
        assert "Ad-slot" in found[0].message


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ferry runs hourly.\n\n<<AD_SLOT_3>>\n\nFares rise in May.", "<<AD_SLOT_3>>"),
        ("<<ADVERTISEMENT>>", "<<ADVERTISEMENT>>"),
        ("The ferry runs hourly. [[ad]]", "[[ad]]"),
        ("The ferry runs hourly. ${ad_slot}", "${ad_slot}"),
        ("[ Advertisement ]", "[ Advertisement ]"),
        ("<<AD>>", "<<AD>>"),
        ("The ferry runs hourly. <AD>", "<AD>"),
    ],
)
def test_ad_slot_placeholders_of_other_systems_fire(text, span):
    found = assert_fires("NL804" if span != "<AD>" else "NL801", text, count=1, span=span)
    assert "Ad-slot" in found[0].message or "Leftover" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "He called it <<Le Monde>> in his note.",
        "The wiki page [[Paris]] was edited.",
        "A ((nested)) aside, in the margin.",
        "## Heading of a section",
        "He bought [ sic ] the ferry.",
        "The ratio was 100%% wrong.",
    ],
)
def test_doubled_marks_in_prose_are_not_placeholders(text):
    for code in ("NL801", "NL804"):
        assert_passes(code, text)


def test_placeholder_fix_deletes_it():
    assert_fixes("NL804", "The ferry runs hourly. [[ad]] Fares rise.", "The ferry runs hourly. Fares rise.")
    assert_fixes("NL804", "The ferry runs hourly. ${ad_slot}", "The ferry runs hourly.")
    assert_fixes("NL804", "Intro.\n\n<<ADVERTISEMENT>>\n\nOutro.", "Intro.\n\nOutro.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ferry runs hourly.\n\n%%title%% %%sep%% %%sitename%%\n\nFares rise.", "%%title%% %%sep%% %%sitename%%"),
        ("The ferry runs hourly. %%primary_category%% Fares rise.", "%%primary_category%%"),
        ("The ferry runs hourly.\n\n{$page_title}\n\nFares rise.", "{$page_title}"),
        ("Filed by {$article.byline} in the harbour.", "{$article.byline}"),
    ],
)
def test_variables_of_seo_plugins_and_smarty_fire(text, span):
    assert_fires("NL804", text, span=span)


@pytest.mark.parametrize(
    "text",
    [
        "The batch file loops with %%i in (*.txt) and then %%a ends it.",  # no closing "%%"
        "Sales rose 50%% on the year, and 20%% more in May.",
        "The fee was %%x%% of the total, the memo said.",  # two letters: not a variable
        "Prices were {$5, $10} in the two shops.",
        "The path expands {$HOME} first, then {$N} in the loop.",  # shell-style, upper case
    ],
)
def test_percent_and_dollar_braces_in_prose_pass(text):
    assert_passes("NL804", text)


@pytest.mark.parametrize(
    "text",
    [
        "In the templating language, a {{template}} variable is replaced at render time.",
        "Forget the {% endblock %} tag and the page breaks, the tutorial warns.",
    ],
)
def test_template_tag_written_about_passes(text):
    assert_passes("NL804", text)


def test_seo_and_smarty_variables_are_deleted():
    assert_fixes("NL804", "The ferry runs hourly. %%title%% Fares rise.", "The ferry runs hourly. Fares rise.")
    assert_fixes("NL804", "Intro.\n\n{$page_title}\n\nOutro.", "Intro.\n\nOutro.")


@pytest.mark.parametrize(
    "slot",
    [
        "ADVERTISEMENT_SLOT_3",
        "AD_SLOT_TOP",
        "INLINE_AD_2",
        "ad_unit_300x250",
        "div_gpt_ad_1578923440011_0",
        "dfp-ad_inline1",
        "OUTBRAIN_WIDGET_1",
        "taboola_below_article",
    ],
)
def test_ad_slot_id_on_a_line_of_its_own_fires_and_is_deleted(slot):
    text = f"The ferry runs hourly.\n\n{slot}\n\nFares rise in May."
    found = assert_fires("NL804", text, count=1, span=slot)
    assert "Ad-slot" in found[0].message
    assert_fixes("NL804", text, "The ferry runs hourly.\n\nFares rise in May.")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry runs hourly.\n\nad-free\n\nFares rise in May.",  # a word
        "The ferry runs hourly.\n\nad-supported-content\n\nFares rise.",  # no underscore
        "The scholar Salah ad-Din wrote it.\n\nad-Din\n\nFares rise.",
        "The ferry runs hourly.\n\nad_ferry runs\n\nFares rise.",  # not one word
        "The model is GPT-4o-mini.\n\nGPT-4o-mini\n\nFares rise.",  # no ad word
        "Set the type to SIMPLE_AD_2 before the call, the docs say.",  # inside prose: an API's value
        "user_name\n\nThe column holds the name.",  # no ad word
        "```\nAD_SLOT_TOP\n```",  # code
    ],
)
def test_words_and_values_that_look_like_ad_slot_ids_pass(text):
    assert_passes("NL804", text)


@pytest.mark.parametrize("placeholder", ["<<<ADVERTISEMENT>>>", "[[[ad]]]", "<<<<AD_SLOT_2>>>>"])
def test_a_placeholder_in_more_marks_than_a_pair_goes_whole(placeholder):
    assert_fires("NL804", f"Intro.\n\n{placeholder}\n\nOutro.", count=1, span=placeholder)
    assert_fixes("NL804", f"Intro.\n\n{placeholder}\n\nOutro.", "Intro.\n\nOutro.")
    # Marks on one side only are not the placeholder's.
    assert_fires("NL804", "Intro. <<<AD>> Outro.", count=1, span="<<AD>>")


@pytest.mark.parametrize(
    "text",
    [
        "The set {1, 2} is finite.",
        "A value of {{1}} is a placeholder with no name.",
        "Use `{{ name }}` in the template.",
        "Braces { like these } are fine.",
    ],
)
def test_template_tag_passes(text):
    assert_passes("NL804", text)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Prices fell.\n\n{{ advertisement }}\n\nShares rose.", "Prices fell.\n\nShares rose."),
        ("Prices fell. {{ad}} Shares rose.", "Prices fell. Shares rose."),
        ("Prices fell.\n{{ad}}\nShares rose.", "Prices fell.\nShares rose."),
    ],
)
def test_template_tag_fixes(text, fixed):
    assert_fixes("NL804", text, fixed)


# -- the family together -----------------------------------------------------------------


def test_line_of_mixed_markup_is_reported_once_and_deleted():
    linter = Linter(select=["NL8"])
    text = 'Intro.\n\n<div class="ad"><!-- slot --></div> {{ad}}\n\nOutro.'
    found = linter.check(text)
    assert [d.code for d in found] == ["NL801"]  # the first item's rule owns the line
    assert linter.fix(text).text == "Intro.\n\nOutro."


def test_adjacent_items_of_different_kinds_leave_one_space():
    linter = Linter(select=["NL8"])
    assert linter.fix("The vote <br> <!-- x --> is on Friday.").text == "The vote is on Friday."


def test_markup_free_prose_is_untouched():
    linter = Linter(select=["NL8"])
    text = (
        "The council met on Monday [local time] and voted 5 < 7 in favour.\n\n"
        "“We will act [swiftly],” the mayor said <in a statement>."
    )
    assert linter.check(text) == []


# -- the family's gate ------------------------------------------------------------------


def test_markup_gate_closes_on_prose_without_brackets_or_braces():
    from newslint import Document
    from newslint_rules.markup import RULES, may_hold_markup

    assert all(rule.gate is may_hold_markup for rule in RULES)
    assert not may_hold_markup(Document("The council met on Monday and voted 5 to 2 in favour."))
    # An underscore opens it only in a line of one word.
    assert not may_hold_markup(Document("See https://example.org/a_b for the council_vote details."))


@pytest.mark.parametrize(
    "text",
    ["Prices fell. <br>", "Prices fell. [ad]", "Prices fell. {{ad}}", "Prices fell. <<AD>>", "Prices fell. ${ad}",
     "Prices fell.\nAD_SLOT_2", "ad_slot_1", "Prices fell.\n  taboola_feed  \nMore."],
)
def test_markup_gate_opens_on_each_opening_character(text):
    from newslint import Document
    from newslint_rules.markup import may_hold_markup

    assert may_hold_markup(Document(text))


# -- markup of other systems ---------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        ("NL801", "The ferry was late. <div class=\"story-body", '<div class="story-body'),  # cut off at the end of a line
        ("NL801", "The ferry was late. <p class='lead'", "<p class='lead'"),
        ("NL801", "The ferry was late.</div", "</div"),
        ("NL801", "Intro.\n\n<hr noshade>\n\nOutro.", "<hr noshade>"),
        ("NL801", "Intro.\n\n![Crowds at the pier](https://img.example.net/a/b.jpg)\n\nOutro.", "![Crowds at the pier](https://img.example.net/a/b.jpg)"),
        ("NL801", "The pier reopened. ![](/uploads/2021/pier.png)", "![](/uploads/2021/pier.png)"),
        ("NL803", "Intro.\n\n[ad_1]\n\nOutro.", "[ad_1]"),
        ("NL803", "The pier reopened.[ad-slot]", "[ad-slot]"),
        ("NL803", "Intro.\n\n[vc_column_text]\n\nOutro.", "[vc_column_text]"),
        ("NL803", "Intro.\n\n[et_pb_section]\n\nOutro.", "[et_pb_section]"),
        ("NL803", "The pier reopened. [color=navy]", "[color=navy]"),
        ("NL803", "Intro.\n\n[quote]\n\nOutro.", "[quote]"),
        ("NL803", "Intro.\n\n[Advertisement]\n\nOutro.", "[Advertisement]"),  # an ad slot in title case
        ("NL803", "The pier reopened. [addtoany]", "[addtoany]"),  # a share plugin's tag
        ("NL804", "Intro.\n\n<?php echo $promo; ?>\n\nOutro.", "<?php echo $promo; ?>"),
        ("NL804", "Written by <%= @story.byline %> for us.", "<%= @story.byline %>"),
        ("NL804", "Written by <?= $author ?> for us.", "<?= $author ?>"),
        ("NL804", "Written by [node:author:name] for us.", "[node:author:name]"),
        ("NL804", "Intro.\n\n{loadposition inline_ads}\n\nOutro.", "{loadposition inline_ads}"),
        ("NL804", "Intro.\n\n{module 117}\n\nOutro.", "{module 117}"),
        ("NL804", "Intro.\n\n%%ad%%\n\nOutro.", "%%ad%%"),
        ("NL804", "The pier reopened. %%MID_ARTICLE_SLOT%%", "%%MID_ARTICLE_SLOT%%"),
        ("NL804", "Intro.\n\n{AD_BLOCK}\n\nOutro.", "{AD_BLOCK}"),
        ("NL804", "Intro.\n\n#{ad_slot}\n\nOutro.", "#{ad_slot}"),
    ],
)
def test_markup_of_other_systems_fires(code, text, span):
    assert_fires(code, text, span=span)


@pytest.mark.parametrize(
    "text",
    [
        "The ratio was [start:end] in the slice notation.",  # no Drupal token type
        "Fill in {headline} and {source} before you send it.",  # words in braces
        "Prices fell 50%% and rose again.",
        "Items [a], [b] and [c] were listed; see [i] below.",  # list labels
        "It was an [ad-hoc] decision.",
        "The wire said [Reuters] and [Video] in the header.",  # title-case labels that are no ad
        "If a < b and c <d",  # no attribute: prose
        "Read [the ruling](https://courts.example.gov/r.pdf) in full.",  # a link's text is prose
        "Use {{1}} and 100% effort.",
        "He typed <% and %> as delimiters",  # no code between
        "It mocks the functions in [node:timers](./timers.md) for tests.",  # a link's text
    ],
)
def test_markup_of_other_systems_passes(text):
    assert not [d for d in Linter(select=["markup"]).check(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Inline HTML that Markdown has no syntax of its own for, written by the author.
        "CO<sub>2</sub> reached 424 ppm; the ice lost 1,000 km<sup>2</sup> a year.",
        "Press <kbd>Ctrl</kbd> + <kbd>F</kbd> to search the table.",
        "| Museum | Hours |\n|---|---|\n| Tate | 10:00–18:00<br>late Fridays |",
        "Results below.\n\n<details>\n<summary>Full results</summary>\n\nAtlantic: 52%.\n\n</details>\n\nTurnout was 64%.",
    ],
)
def test_markdown_inline_html_is_left_alone_in_markdown_files(text):
    assert not Linter(select=["NL801"]).check(text, path="notes.md")
    assert Linter(select=["NL801"]).check(text, path="notes.txt")  # scraped text: debris


@pytest.mark.parametrize(
    "text",
    [
        "CO<sub>2 reached 424 ppm.",  # an opening tag without its closing one
        "The minister<br>said on Monday that the budget would pass.",  # a break outside a table row
        '<div class="byline">By Ana Ruiz</div>',  # an element Markdown writes itself or never needs
        '<sup class="ref">1</sup> See the notes.',  # attributes: a page's markup
    ],
)
def test_other_html_in_markdown_files_still_fires(text):
    assert Linter(select=["NL801"]).check(text, path="notes.md")


def test_markdown_image_is_left_alone_in_markdown_files():
    text = "Intro.\n\n![Pier](https://img.example.net/a.jpg)\n\nOutro."
    assert not Linter(select=["NL801"]).check(text, path="notes.md")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The ferry was late. <div class=\"story-body\n\nNext.", "The ferry was late.\n\nNext."),
        ("Intro.\n\n[ad_1]\n\nOutro.", "Intro.\n\nOutro."),
        ("Written by <%= @story.byline %> for us.", "Written by for us."),
        ("The pier reopened. %%MID_ARTICLE_SLOT%%", "The pier reopened."),
        ("Intro.\n\n![](https://img.example.net/a.jpg)\n\nOutro.", "Intro.\n\nOutro."),
    ],
)
def test_markup_of_other_systems_is_deleted(text, fixed):
    assert_fixes("markup", text, fixed, linter=Linter(select=["markup"]))


# -- other shapes: CDATA openers, shouted ad placeholders, glued page-builder stacks --


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The pier reopened.\n\n<![CDATA[\n\nFerries resumed.", "The pier reopened.\n\nFerries resumed."),
        ("<![CDATA[The pier reopened on Monday.", "The pier reopened on Monday."),
    ],
)
def test_a_cdata_opener_left_alone_fires(text, fixed):
    assert_fires("NL801", text, span="<![CDATA[")
    assert_fixes("NL801", text, fixed)


def test_cdata_in_code_passes():
    assert_passes("NL801", "Wrap the script in `<![CDATA[` and close it after the last line.")


@pytest.mark.parametrize("placeholder", ["[INSERT AD HERE]", "[AD PLACEHOLDER]", "[MID-ARTICLE AD]", "[ADVERTISEMENT - CONTINUE READING]"])
def test_shouted_ad_placeholder_fires(placeholder):
    text = f"The pier reopened.\n\n{placeholder}\n\nFerries resumed."
    assert_fires("NL803", text, span=placeholder)
    assert_fixes("NL803", text, "The pier reopened.\n\nFerries resumed.")


@pytest.mark.parametrize(
    "text",
    [
        "[BREAKING NEWS] The pier reopened.",
        "He said [THE ADMINISTRATION] would decide.",
        "[LAUGHTER AND APPLAUSE]",
        "Pompeii was buried [AD 79] by the eruption.",  # an era, not an ad
        "The code reads `[INSERT AD HERE]` in the template.",
    ],
)
def test_shouted_bracketed_phrases_without_an_ad_word_pass(text):
    assert_passes("NL803", text)


def test_page_builder_stack_glued_after_the_last_sentence_fires():
    text = "The pier reopened on Monday. [vc_row][vc_column]\n\nFerries resumed."
    assert_fires("NL803", text, span="[vc_row]")
    assert_fixes("NL803", text, "The pier reopened on Monday.\n\nFerries resumed.")
    # not inside a sentence, nor before more text on the line
    assert_passes("NL803", "Use [my_var][other_var] in the template.")
    assert_passes("NL803", "It ends here. [my_var][other_var] then goes on.")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "The pier reopened.\n\n(adsbygoogle = window.adsbygoogle || []).push({});\n\nFerries resumed.",
            "The pier reopened.\n\nFerries resumed.",
        ),
        (
            "The pier reopened. googletag.cmd.push(function() { googletag.display('div-gpt-ad-77-0'); });\n\nFerries resumed.",
            "The pier reopened.\n\nFerries resumed.",
        ),
        (
            "The pier reopened.\n\nwindow._taboola = window._taboola || [];\n\nFerries resumed.",
            "The pier reopened.\n\nFerries resumed.",
        ),
    ],
)
def test_ad_loader_script_left_without_its_tags_fires(text, fixed):
    assert_fires("NL801", text)
    assert_fixes("NL801", text, fixed)


@pytest.mark.parametrize(
    "text",
    [
        "Call `(adsbygoogle = window.adsbygoogle || []).push({});` once per ad unit.",
        "The list starts empty: items = items || [];",
        "cmd.push(function() { run(); });",
    ],
)
def test_scripts_that_are_not_ad_loaders_or_are_quoted_as_code_pass(text):
    assert_passes("NL801", text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("< p >Local traders were pleased.", "< p >"),
        ("The pier reopened.\n\n< div >\n\nFerries resumed.", "< div >"),
        ("Local traders were pleased.< p >", "< p >"),
        ('See <a href=https://example.org/a?b=1&c=2>the plan</a>.', "<a href=https://example.org/a?b=1&c=2>"),
    ],
)
def test_spaced_opening_tags_and_unquoted_addresses_fire(text, span):
    assert_fires("NL801", text, span=span)


@pytest.mark.parametrize(
    "text",
    [
        "If x < p > y the loop stops.",
        "< p > is how a spaced tag looks",  # (a space after the tag, not a letter)
        "< foo >Local traders were pleased.",  # not an element
        '< p class="x" >Local traders were pleased.',
    ],
)
def test_spaced_brackets_that_are_not_a_tag_pass(text):
    assert_passes("NL801", text)


def test_template_toolkit_directive_fires():
    text = "The pier reopened.\n\n[% INCLUDE ad_slot %]\n\nFerries resumed."
    assert_fires("NL804", text, span="[% INCLUDE ad_slot %]")
    assert_fixes("NL804", text, "The pier reopened.\n\nFerries resumed.")
    assert_passes("NL804", "Growth was 5 [%] in the table.")
