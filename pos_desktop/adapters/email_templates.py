"""Email subjects and bodies from the templates in ``resources/email/<language>/``.

Each message has ``<name>.txt`` (first line ``Subject: ...``, a blank line, then the plain-text
body) and ``<name>.html`` (the HTML body, placed into ``resources/email/layout.html`` with the
shop's name, logo and footer). Placeholders are ``${name}`` (``string.Template``): a shop owner
can reword a template without knowing Python, and a missing value fails loudly when the
template is loaded in the tests, not in a customer's inbox. Values are HTML-escaped in the HTML
part; ``raw`` values (ready-made fragments such as the logo tag) are not.

A language without a translation of a message falls back to English. Templates are read once
and kept: rendering is string substitution (microseconds), cheap enough to run inside the
registration's transaction.

Threading: an instance may be shared by threads (its cache only ever gains complete entries).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Template

from pos_desktop import resources_dir

FALLBACK_LANGUAGE = "en"
SUBJECT_PREFIX = "Subject:"


@dataclass(frozen=True, slots=True)
class RenderedEmail:
    subject: str
    text: str
    html: str
    language: str  # the language actually used (after any fallback)


class TemplateMissing(LookupError):
    """No template of that name, not even in English: a packaging mistake."""


class EmailTemplates:
    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder or resources_dir() / "email"
        self._cache: dict[tuple[str, str], tuple[Template, Template, Template]] = {}
        self._layout: Template | None = None

    def languages(self) -> list[str]:
        return sorted(p.name for p in self._folder.iterdir() if p.is_dir())

    def render(
        self,
        name: str,
        language: str,
        values: Mapping[str, str],
        *,
        raw: Mapping[str, str] | None = None,
    ) -> RenderedEmail:
        used, (subject, text, body) = self._load(name, language)
        escaped = {k: html.escape(v) for k, v in values.items()}
        escaped.update(raw or {})
        content = body.substitute(escaped)
        page = self._page().substitute(
            escaped, content=content, lang=used, subject_html=subject.substitute(escaped)
        )
        return RenderedEmail(
            " ".join(subject.substitute(values).split()),  # one line, whatever a value held
            text.substitute(values).strip() + "\n",
            page,
            used,
        )

    def _load(self, name: str, language: str) -> tuple[str, tuple[Template, Template, Template]]:
        for lang in (language, FALLBACK_LANGUAGE):
            key = (lang, name)
            if key in self._cache:
                return lang, self._cache[key]
            folder = self._folder / lang
            txt, htm = folder / f"{name}.txt", folder / f"{name}.html"
            if txt.is_file() and htm.is_file():
                first, _, body = txt.read_text(encoding="utf-8").partition("\n")
                if not first.startswith(SUBJECT_PREFIX):
                    raise TemplateMissing(f"{txt}: the first line must be 'Subject: ...'")
                loaded = (
                    Template(first[len(SUBJECT_PREFIX) :].strip()),
                    Template(body.lstrip("\n")),
                    Template(htm.read_text(encoding="utf-8")),
                )
                self._cache[key] = loaded
                return lang, loaded
        raise TemplateMissing(f"no email template {name!r} in {self._folder}")

    def _page(self) -> Template:
        if self._layout is None:
            self._layout = Template((self._folder / "layout.html").read_text(encoding="utf-8"))
        return self._layout
