"""Every workshop email exists in English and German with the same placeholders: a German
exhibition's customers never get a half-translated message or a template error at sending."""

from __future__ import annotations

import pytest

from pos_desktop.adapters.email_templates import EmailTemplates

VALUES = {
    "name": "Ada",
    "title": "Latte art",
    "starts": "2026-05-04 14:00",
    "minutes": "45",
    "room": "Stage B",
    "expires": "2026-05-04 12:30",
    "code": "C-1234",
    "reason": "ill",
    "filename": "certificate-LATTE.pdf",
    "shop": "Bean Booth",
    "exhibition": "Coffee Fair",
    "footer": "",
}


@pytest.mark.parametrize("name", ["seat_offer", "certificate", "workshop_cancelled", "reminder"])
def test_workshop_emails_are_in_german_and_english(name: str) -> None:
    templates = EmailTemplates()
    english = templates.render(name, "en", VALUES, raw={"logo": ""})
    german = templates.render(name, "de", VALUES, raw={"logo": ""})
    assert (english.language, german.language) == ("en", "de")
    assert german.subject != english.subject
    assert "Latte art" in german.subject
    assert german.text.startswith("Hallo Ada,")
    assert "Coffee Fair" in german.html
