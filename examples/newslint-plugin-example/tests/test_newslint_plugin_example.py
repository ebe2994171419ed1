"""Tests of the example plugin, written the way a plugin's own suite would be.

They need the plugin *installed* (``pip install -e examples/newslint-plugin-example``,
or a regular install): newslint finds rules through entry points, so importing the
package is not enough. Without the installed plugin every test here is skipped, which
is what happens in newslint's own test run; ``tests/test_example_plugin.py`` in newslint
installs the plugin into a temporary folder and runs this file against it.
"""

from __future__ import annotations

import importlib.metadata

import pytest

plugin = pytest.importorskip("newslint_plugin_example", reason="newslint-plugin-example is not installed")
if not any(ep.name == "example" for ep in importlib.metadata.entry_points(group="newslint")):
    # Importable (a source tree on sys.path) but not installed: newslint cannot see it.
    pytest.skip("newslint-plugin-example is importable but its entry point is not installed", allow_module_level=True)

from newslint import Category, FixAvailability, Linter, check  # noqa: E402
from newslint.packs import load_pack  # noqa: E402
from newslint.rule import DOC_SECTIONS  # noqa: E402
from newslint.testing import assert_fires, assert_fixes, assert_passes, check_pack_examples  # noqa: E402

from newslint_plugin_example.rules import ClickHerePrompt  # noqa: E402


def test_plugin_loads_without_problems():
    linter = Linter()
    assert not [p for p in linter.problems if p.plugin.startswith("example")], linter.problems
    python_rule, pack_rule = linter.registry.get("NL190"), linter.registry.get("NL890")
    assert isinstance(python_rule, ClickHerePrompt)
    assert python_rule.origin == "example"
    assert pack_rule is not None and pack_rule.name == "media-shortcode-line"
    assert pack_rule.origin == "example (shortcodes.toml)"
    assert pack_rule.category is Category.MARKUP


def test_pack_file_is_installed_with_the_package():
    (path,) = plugin.PACKS
    assert path.is_file(), f"{path} missing: is it declared as package data?"
    assert [rule.code for rule in load_pack(path)] == ["NL890"]


def test_python_rule_declaration():
    rule = ClickHerePrompt()
    assert (rule.code, rule.name, rule.category) == ("NL190", "click-here-prompt", Category.BOILERPLATE)
    assert rule.fix_availability is FixAvailability.ALWAYS
    assert set(DOC_SECTIONS) <= set(rule.doc_sections())


@pytest.mark.parametrize(
    "line",
    [
        "Click here to read more",
        "Click here to read the full report »",
        "» Click here to subscribe",
        "[Tap to expand]",
        "Click the image to enlarge",
        "Swipe up for more",
        "Tap here to unmute.",
        "CLICK HERE FOR THE FULL STORY",
        "Click here",
    ],
)
def test_click_here_prompt_fires(line):
    text = f"The council approved the budget.\n\n{line}\n\nThe vote was 7 to 2."
    assert_fires("NL190", text, count=1, span=line)


@pytest.mark.parametrize(
    "text",
    [
        # Instructions in a how-to article: the action is not a UI one.
        "Tap to select the photo you want to send.",
        # Reported speech.
        '"Click here to subscribe," the banner said.',
        "He told readers to click here to read more.",
        # A prompt followed by prose on the same line.
        "Click here to read the full report, the ministry said.",
        "Click here to read more. The council said it would vote on Friday.",
        # Too long to be a button label.
        "Click here to see how every member of the council voted on the budget this week",
        # Not an action from the list ("showcase" is not "show").
        "Tap to showcase",
    ],
)
def test_click_here_prompt_passes(text):
    assert_passes("NL190", text)


def test_click_here_prompt_gate_opens_only_on_its_verbs():
    from newslint import Document

    assert ClickHerePrompt.gate(Document("The council approved the budget.\n\nCLICK HERE"))
    assert not ClickHerePrompt.gate(Document("The council approved the budget.\n\nRead the full report"))


def test_click_here_prompt_fix_deletes_the_line():
    assert_fixes(
        "NL190",
        "The council approved the budget.\n\nClick here to read the full report »\n\nThe vote was 7 to 2.",
        "The council approved the budget.\n\nThe vote was 7 to 2.",
    )
    assert_fixes("NL190", "First line.\nTap to expand\nSecond line.\n", "First line.\nSecond line.\n")


def test_click_here_prompt_selected_alone_by_code_name_and_prefix():
    text = "Click here to subscribe\n\nIt rose on a military level. ."
    assert [d.code for d in check(text, select=["NL190"])] == ["NL190"]
    assert [d.code for d in check(text, select=["click-here-prompt"])] == ["NL190"]
    assert "NL190" in [d.code for d in check(text, select=["NL1"])]
    assert "NL190" not in [d.code for d in check(text, select=["ALL"], ignore=["NL190"])]


@pytest.mark.parametrize("code", ["NL890"])
def test_pack_examples(code):
    rule = Linter().registry.get(code)
    assert len(rule.examples) >= 2
    check_pack_examples(rule)


def test_pack_rule_fires_on_a_gallery_shortcode():
    text = 'Thousands marched.\n\n[gallery ids="1,2,3" columns="3"]\n\nThe police estimated the crowd.'
    (diagnostic,) = assert_fires("NL890", text, span='[gallery ids="1,2,3" columns="3"]')
    assert diagnostic.fix is not None and diagnostic.fix.applicability.value == "safe"
