"""Messages that services raise, kept translatable: English text plus its template and values.

A service cannot know the language of whoever reads its error (the till's user, a script, the
log), so it says ``say("no invoice {number}", number=number)``: a ``Phrase`` that *is* the
English sentence (a ``str``: the CLI, logs, JSON and tests read it unchanged) and also keeps the
template and the values. The desktop app translates the template in the user's language and
fills in the values (``said`` in ui/i18n.py); a value that is itself a ``Phrase`` (a field name,
``line 3``) is translated too.

``pyside6-lupdate`` collects every ``say("...")`` into the UI catalogues (``make
translations``, docs/translations.md), so the template must be a literal string, placeholders
named, never an f-string.
"""

from __future__ import annotations

from typing import Any


class Phrase(str):
    """The English text of ``template`` filled with ``values``, remembering both."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Phrase:
        phrase = super().__new__(cls, template.format(**values) if values else template)
        phrase.template = template
        phrase.values = values
        return phrase

    def __reduce__(self) -> tuple[Any, ...]:
        return (Phrase, (self.template, self.values))


def say(template: str, /, **values: Any) -> Phrase:
    """A translatable message: ``template`` (English, literal, ``{named}`` placeholders)."""
    return Phrase(template, values)
