"""Email subjects and bodies from the templates in ``resources/email/<language>/``.

Each message has ``<name>.txt`` (first line ``Subject: ...``, a blank line, then the plain-text
body) and ``<name>.html`` (the HTML body, placed into ``resources/email/layout.html`` with the
shop's name, logo and footer). Placeholders are ``${name}`` (``string.Template``): a shop owner
can reword a template without knowing Python, and a missing value fails loudly when the
template is loaded in the tests, not in a customer's inbox. Values are HTML-escaped in the HTML
part; ``raw`` values (ready-made fragments such as the logo tag) are not.

A language without a translation of a message falls back to English. Templates are read once
and kept, each turned into a ``str.format`` string with the same fields (and the HTML body put
into the layout's ``${content}`` beforehand): rendering is then one C call per part, cheap
enough to run inside a sale's and a registration's transaction. A template this conversion
cannot express exactly (an invalid ``$``) is kept as a ``Template``, which raises as before.

Threading: an instance may be shared by threads (its cache only ever gains complete entries).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Template

from pos_desktop import resources_dir

FALLBACK_LANGUAGE = "en"
SUBJECT_PREFIX = "Subject:"
#: Joins the texts escaped together (see escape_all); a text holding it is escaped alone.
_APART = "\x00"
#: The names the layout gets besides the message's values; a body using one of them is not
#: put into the layout ahead (it would read the layout's value instead of the caller's).
_PAGE_NAMES = frozenset({"content", "lang", "subject_html"})

Fill = Callable[[Mapping[str, str]], str]
#: Fills the page from the escaped values, the language used and the subject as HTML.
PageFill = Callable[[dict[str, str], str, str], str]


def escape_all(texts: Sequence[str]) -> list[str]:
    """``html.escape`` of each of ``texts``, done on them joined: five C replaces in all, not
    five per text (an email has a dozen values; escaping is the same character by character)."""
    escaped = html.escape(_APART.join(texts)).split(_APART)
    if len(escaped) != len(texts):  # a text held the joint itself
        return [html.escape(text) for text in texts]
    return escaped


@dataclass(frozen=True, slots=True)
class RenderedEmail:
    subject: str
    text: str
    html: str
    language: str  # the language actually used (after any fallback)


class TemplateMissing(LookupError):
    """No template of that name, not even in English: a packaging mistake."""


@dataclass(frozen=True, slots=True)
class _Message:
    """One message in one language, ready to fill: subject, plain text and the whole page."""

    subject: Fill
    text: Fill
    page: PageFill


class EmailTemplates:
    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder or resources_dir() / "email"
        self._cache: dict[tuple[str, str], _Message] = {}
        self._layout: str | None = None

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
        used, message = self._load(name, language)
        escaped = dict(zip(values, escape_all(list(values.values())), strict=True))
        if raw:
            escaped.update(raw)
        subject_html = message.subject(escaped)
        return RenderedEmail(
            " ".join(message.subject(values).split()),  # one line, whatever a value held
            message.text(values).strip() + "\n",
            message.page(escaped, used, subject_html),
            used,
        )

    def _load(self, name: str, language: str) -> tuple[str, _Message]:
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
                loaded = _Message(
                    _fill(first[len(SUBJECT_PREFIX) :].strip()),
                    _fill(body.lstrip("\n")),
                    _page(self._page(), htm.read_text(encoding="utf-8")),
                )
                self._cache[key] = loaded
                return lang, loaded
        raise TemplateMissing(f"no email template {name!r} in {self._folder}")

    def _page(self) -> str:
        if self._layout is None:
            self._layout = (self._folder / "layout.html").read_text(encoding="utf-8")
        return self._layout


def _fill(template: str) -> Fill:
    """What fills ``template``: its ``str.format`` twin, else the ``Template`` itself."""
    converted = _format_string(template)
    return converted[0].format_map if converted else Template(template).substitute


def _page(layout: str, body: str) -> PageFill:
    """What fills the page: the layout with the body in place of ``${content}``, one format
    string when that changes nothing; else as ``Template`` did it, the body then the layout."""
    inner = _format_string(body)
    if inner is not None and not inner[1] & _PAGE_NAMES:
        outer = _format_string(layout, content=inner[0])
        if outer is not None and "content" in outer[1]:
            page = outer[0]

            def fill(escaped: dict[str, str], lang: str, subject_html: str) -> str:
                return page.format_map(escaped | {"lang": lang, "subject_html": subject_html})

            return fill
    body_template, layout_template = Template(body), Template(layout)

    def fill_apart(escaped: dict[str, str], lang: str, subject_html: str) -> str:
        content = body_template.substitute(escaped)
        return layout_template.substitute(
            escaped, content=content, lang=lang, subject_html=subject_html
        )

    return fill_apart


def _format_string(template: str, **inline: str) -> tuple[str, frozenset[str]] | None:
    """``template`` (``string.Template`` syntax) as a ``str.format`` string and the names it
    reads; ``inline``: names replaced by a ready format string. ``None`` when the template
    holds an invalid placeholder (``Template`` raises ``ValueError`` for it when filled)."""
    pieces: list[str] = []
    names: set[str] = set()
    start = 0
    for match in Template.pattern.finditer(template):
        pieces.append(template[start : match.start()].replace("{", "{{").replace("}", "}}"))
        start = match.end()
        name = match.group("named") or match.group("braced")
        if match.group("escaped") is not None:
            pieces.append("$")
        elif name is None:
            return None
        else:
            names.add(name)
            pieces.append(inline[name] if name in inline else "{" + name + "}")
    pieces.append(template[start:].replace("{", "{{").replace("}", "}}"))
    return "".join(pieces), frozenset(names)
