"""A service's message reaches the till in its user's language and scripts in English.

Services raise ``say(...)`` phrases (domain/phrases.py); the CLI and the log read the English
text, the desktop app translates the template and fills in the values (ui/i18n.py ``said``).
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from pos_desktop.domain.errors import FieldProblem, NotFound, ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.ui.i18n import apply_language, said
from pos_desktop.ui.widgets.customer_form import problem_text
from pos_desktop.ui.widgets.message_bar import MessageBar, describe_error


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    apply_language("de")
    yield
    apply_language("")


def test_a_phrase_is_its_english_sentence_for_scripts_and_logs() -> None:
    phrase = say("no invoice {number!r} (of {count})", number="B-1", count=3)
    assert phrase == "no invoice 'B-1' (of 3)"
    assert str(NotFound(phrase)) == "no invoice 'B-1' (of 3)"
    copied = pickle.loads(pickle.dumps(phrase))
    assert (copied, copied.template, copied.values) == (phrase, phrase.template, phrase.values)


def test_a_problem_inside_a_line_keeps_the_english_cli_form() -> None:
    error = ValidationError.single(say("unit price"), say("must not be negative")).prefixed(
        say("line {number}", number=3)
    )
    assert str(error) == "line 3: unit price: must not be negative"


@pytest.mark.usefixtures("german")
def test_a_german_till_reads_a_services_error_in_german() -> None:
    error = NotFound(say("no customer with code {code}", code="7KQ2MXRA"))
    assert describe_error(error) == "kein Kunde mit dem Code 7KQ2MXRA"
    assert str(error) == "no customer with code 7KQ2MXRA"


def test_english_is_the_text_itself(qapp: QApplication) -> None:
    assert describe_error(NotFound(say("no customer with code {code}", code="X"))) == (
        "no customer with code X"
    )
    assert said("plain text, not a phrase {x}") == "plain text, not a phrase {x}"


def _catalogue(folder: Path, entries: dict[str, str]) -> QTranslator:
    messages = "".join(
        f"<message><source>{source}</source><translation>{text}</translation></message>"
        for source, text in entries.items()
    )
    ts_file, qm_file = folder / "slip.ts", folder / "slip.qm"
    ts_file.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        f"<context><name></name>{messages}</context></TS>",
        encoding="utf-8",
    )
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = [
        str(beside) if beside.exists() else "pyside6-lrelease",
        "-silent",
        str(ts_file),
        "-qm",
        str(qm_file),
    ]
    subprocess.run(lrelease, check=True)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    return translator


def test_a_translators_slip_shows_the_english_message_not_nothing(
    qapp: QApplication, tmp_path: Path
) -> None:
    translator = _catalogue(
        tmp_path,
        {"{count} seats left in {title}": "{anzahl} Plätze frei", "seats": "Plätze"},
    )
    QCoreApplication.installTranslator(translator)
    try:
        phrase = say("{count} seats left in {title}", count=2, title="Latte art")
        assert said(phrase) == "2 seats left in Latte art"
        assert said(say("seats")) == "Plätze"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("german")
def test_a_customer_forms_problem_reads_with_its_german_label() -> None:
    """Next to the field a bare "is required" takes the field's label, both in German."""
    problem = FieldProblem("job title", say("is required"))
    assert problem_text(problem) == "Position ist erforderlich"
    assert str(problem) == "job title: is required"  # what the CLI prints


@pytest.mark.usefixtures("german")
def test_a_phrase_handed_to_the_message_bar_reads_in_german() -> None:
    bar = MessageBar()
    bar.show_message(say("no customer with code {code}", code="7KQ2MXRA"))
    assert bar.text() == "kein Kunde mit dem Code 7KQ2MXRA"
