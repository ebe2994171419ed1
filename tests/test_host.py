"""The plugin host keeps going when a plugin misbehaves, and says which one did."""

from __future__ import annotations

import textwrap

from newslint import Linter
from newslint.plugins import host

GOOD_RULE = '''
from newslint import Category, Rule, hookimpl

class Shout(Rule):
    """## What it does
    x
    ## Why is this bad?
    x
    ## Example
    x
    ## Use instead
    x
    ## Fix safety
    x
    """
    code = "NL198"
    name = "shout-line"
    category = Category.BOILERPLATE
    summary = "Shouting"

    def check(self, document):
        for line in document.lines:
            if line.text.isupper():
                yield self.report_lines(document, line, applicability=None)
'''


def _plugin(tmp_path, name: str, body: str) -> str:
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(body))
    return str(path)


def _linter(*plugins: str) -> Linter:
    host.clear_cache()
    return Linter({"plugins": list(plugins)})


def test_local_plugin_rules_run(tmp_path):
    linter = _linter(_plugin(tmp_path, "good", GOOD_RULE + "\n@hookimpl\ndef newslint_rules():\n    return [Shout]\n"))
    assert linter.problems == ()
    assert [d.code for d in linter.check("quiet\nLOUD\n")] == ["NL198"]


def test_hook_returning_a_bare_class_is_reported_not_fatal(tmp_path):
    bad = _plugin(tmp_path, "bare", GOOD_RULE + "\n@hookimpl\ndef newslint_rules():\n    return Shout\n")
    linter = _linter(bad)
    assert len(linter.problems) == 1
    assert "newslint_rules failed: TypeError: returned type, expected a list" in str(linter.problems[0])
    assert bad in str(linter.problems[0])
    assert linter.registry.get("NL201") is not None  # the built-ins still load


def test_hook_that_raises_and_bad_pack_paths_are_reported(tmp_path):
    raising = _plugin(tmp_path, "raising", "from newslint import hookimpl\n@hookimpl\ndef newslint_rules():\n    raise RuntimeError('boom')\n")
    none_pack = _plugin(tmp_path, "nonepack", "from newslint import hookimpl\n@hookimpl\ndef newslint_rule_packs():\n    return [None]\n")
    broken_import = _plugin(tmp_path, "broken", "import no_such_module_anywhere\n")
    linter = _linter(raising, none_pack, broken_import)
    messages = "\n".join(str(p) for p in linter.problems)
    assert "RuntimeError: boom" in messages
    assert "bad rule pack None" in messages
    assert "failed to load: ModuleNotFoundError" in messages and "broken.py" in messages
    assert [d.code for d in linter.check("A | B | Getty Images")] == ["NL201"]


def test_invalid_and_duplicate_rules_are_skipped_with_a_reason(tmp_path):
    body = GOOD_RULE + textwrap.dedent('''
        class Clash(Shout):
            code = "NL201"
            name = "another-name"
            category = Category.CREDIT

        class NoDoc(Shout):
            """Just a sentence."""
            code = "NL197"
            name = "no-doc"

        @hookimpl
        def newslint_rules():
            return [Shout, Clash, NoDoc]
    ''')
    linter = _linter(_plugin(tmp_path, "mixed", body))
    messages = [str(p) for p in linter.problems]
    assert any("duplicate 'NL201'" in m for m in messages)
    assert any("NL197" in m and "doc lacks" in m for m in messages)
    assert linter.registry.get("NL198") is not None
    assert linter.registry.get("NL201").name == "pipe-separated-credit"
