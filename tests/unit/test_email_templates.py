"""Email templates filled through their ``str.format`` twins say exactly what
``string.Template`` said, and fail where it failed."""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path
from string import Template

import pytest

from pos_desktop.adapters.email_templates import EmailTemplates, escape_all

LAYOUT = (
    '<html lang="${lang}"><title>${subject_html}</title>{ $$ }${logo}<b>${shop}</b>\n${content}\n'
)
#: Subject, plain text and HTML body of each message.
MESSAGES = {
    "plain": (
        "Order ${number} {at} ${shop}",
        "Hi ${name},\n{x} $$5 ${total}\n\n",
        "<p>${name}</p>",
    ),
    # A body reading a name the layout also fills is filled apart, as before.
    "reads_lang": ("${number}", "${name}", "<p lang='${lang}'>${name} {y}</p>"),
}
VALUES = {
    "number": "A-1",
    "shop": "Ma & Pa's <Shop>",
    "name": 'Zoë "Z" \x00 ${name} {0}',
    "total": "1.234,50\u00a0€",
    "lang": "theirs",
}


def written(folder: Path) -> EmailTemplates:
    (folder / "en").mkdir()
    (folder / "layout.html").write_text(LAYOUT, encoding="utf-8")
    for name, (subject, text, body) in MESSAGES.items():
        (folder / "en" / f"{name}.txt").write_text(
            f"Subject: {subject}\n\n{text}", encoding="utf-8"
        )
        (folder / "en" / f"{name}.html").write_text(body, encoding="utf-8")
    return EmailTemplates(folder)


def as_template_did(name: str, values: Mapping[str, str], raw: Mapping[str, str]) -> list[str]:
    subject, text, body = (Template(part) for part in MESSAGES[name])
    escaped = {k: html.escape(v) for k, v in values.items()} | dict(raw)
    page = Template(LAYOUT).substitute(
        escaped,
        content=body.substitute(escaped),
        lang="en",
        subject_html=Template(MESSAGES[name][0]).substitute(escaped),
    )
    subject_line = " ".join(subject.substitute(values).split())
    return [subject_line, text.substitute(values).strip() + "\n", page]


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_a_message_is_what_template_wrote(tmp_path: Path, name: str) -> None:
    templates = written(tmp_path)
    raw = {"logo": "<img src='{logo}'>"}
    for language in ("en", "de"):  # German falls back to English
        rendered = templates.render(name, language, VALUES, raw=raw)
        assert [rendered.subject, rendered.text, rendered.html] == as_template_did(
            name, VALUES, raw
        )
        assert rendered.language == "en"


def test_a_missing_value_and_a_stray_dollar_fail_as_before(tmp_path: Path) -> None:
    templates = written(tmp_path)
    with pytest.raises(KeyError):
        templates.render("plain", "en", {k: v for k, v in VALUES.items() if k != "total"})
    (tmp_path / "en" / "stray.txt").write_text("Subject: costs $ 5\n\nbody", encoding="utf-8")
    (tmp_path / "en" / "stray.html").write_text("<p>body</p>", encoding="utf-8")
    with pytest.raises(ValueError, match="Invalid placeholder"):
        templates.render("stray", "en", VALUES, raw={"logo": ""})


def test_texts_escaped_together_are_each_escaped() -> None:
    texts = ["a & b", "", "<x>", 'it\'s "q"', "nul \x00 inside", "plain"]
    assert escape_all(texts) == [html.escape(text) for text in texts]
    assert escape_all(texts[:4]) == [html.escape(text) for text in texts[:4]]
    assert escape_all([]) == []
