"""Every ``say(...)`` in the code can be collected and filled in.

lupdate only collects a template written as one literal string, and a placeholder without its
value (or a value without its placeholder) breaks the message at run time, possibly on a rare
error path no test reaches; so every call is checked here by reading the code.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pos_desktop"
#: Modules that call this ``say`` (the UI has callbacks of that name that show a text).
IMPORT = "from pos_desktop.domain.phrases import say"


def _problem(call: ast.Call) -> str | None:
    if len(call.args) != 1:
        return "takes one template and keyword values"
    template = call.args[0]
    if not isinstance(template, ast.Constant) or not isinstance(template.value, str):
        return "the template is not one literal string (lupdate would not collect it)"
    if any(keyword.arg is None for keyword in call.keywords):
        return None  # ``**values``: read by a person, not here
    names = {
        field.split(".")[0].split("[")[0]
        for _text, field, _spec, _conversion in string.Formatter().parse(template.value)
        if field is not None
    }
    given = {keyword.arg for keyword in call.keywords}
    if names != given:
        return f"placeholders {sorted(names)} but values {sorted(str(g) for g in given)}"
    return None


def test_every_say_has_a_literal_template_and_a_value_for_each_placeholder() -> None:
    calls, problems = 0, []
    for path in sorted(PACKAGE.rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        if IMPORT not in code:
            continue
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say":
                calls += 1
                if (problem := _problem(node)) is not None:
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {problem}")
    assert calls > 100  # the walk found the services' messages
    assert problems == []
