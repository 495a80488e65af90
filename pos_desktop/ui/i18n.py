"""The UI's language: every visible text goes through ``tr``; a language is applied at once.

``tr(context, text)`` is ``QCoreApplication.translate``, short enough to wrap every literal;
``pyside6-lupdate`` extracts it with ``-tr-function-alias translate+=tr`` (see ``make
translations`` and docs/translations.md). English is the source: the text in the code, shown as
is when no catalogue is installed. Placeholders are named (``{number}``) and filled after the
translation, so a translator sees and may move them.

``apply_language`` swaps the app's translators (ours from resources/i18n/, Qt's own for its
standard buttons) and sets the number locales (domain/money.py: typed and shown as the
language writes them); widgets built afterwards speak it, which is why a change of language
builds the main window anew (ui/idle_lock.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pos_desktop import resources_dir
from pos_desktop.domain.languages import LANGUAGES, SOURCE_LANGUAGE, resolve_language
from pos_desktop.domain.money import set_display_locale, set_typing_locale
from pos_desktop.domain.payment_methods import PaymentMethod
from pos_desktop.domain.phrases import Phrase
from pos_desktop.domain.roles import Role

CATALOGUE_PREFIX = "pos_desktop_"

#: The translators installed now (kept referenced: Qt does not own them).
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def tr(context: str, text: str) -> str:
    """``text`` in the current language (``context``: the screen or widget it belongs to)."""
    return QCoreApplication.translate(context, text)


def said(text: str) -> str:
    """A service's message in the current language: a ``Phrase`` (domain/phrases.py) by its
    template, its values filled in (phrases among them translated too); other text as it is.

    A translation whose placeholders do not fit the values falls back to the English text: a
    translator's slip must not hide the message."""
    if not isinstance(text, Phrase):
        return text
    values = {k: said(v) if isinstance(v, Phrase) else v for k, v in text.values.items()}
    translated = QCoreApplication.translate("", text.template)
    try:
        return translated.format(**values) if values else translated
    except (KeyError, IndexError, ValueError):
        return str.__str__(text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks ``text`` for the catalogue without translating it (a constant made at import,
    before any language is chosen): translated where shown, ``tr(context, text)``."""
    return text


_ROLE_NAMES = {
    Role.CASHIER: QT_TRANSLATE_NOOP("Roles", "cashier"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "admin"),
}


def role_name(role: Role) -> str:
    return tr("Roles", _ROLE_NAMES[role])


_METHOD_NAMES = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("PaymentMethods", "cash"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("PaymentMethods", "card"),
}


def method_name(method: PaymentMethod) -> str:
    return tr("PaymentMethods", _METHOD_NAMES.get(method, method.value))


#: Stored values the screens show as they are: an invoice's, a workshop's and a transfer's
#: state, a customer's type. The database keeps the English word; people read their own.
_VALUES = frozenset(
    (
        QT_TRANSLATE_NOOP("Values", "draft"),
        QT_TRANSLATE_NOOP("Values", "issued"),
        QT_TRANSLATE_NOOP("Values", "voided"),
        QT_TRANSLATE_NOOP("Values", "published"),
        QT_TRANSLATE_NOOP("Values", "cancelled"),
        QT_TRANSLATE_NOOP("Values", "requested"),
        QT_TRANSLATE_NOOP("Values", "approved"),
        QT_TRANSLATE_NOOP("Values", "rejected"),
        QT_TRANSLATE_NOOP("Values", "sent"),
        QT_TRANSLATE_NOOP("Values", "received"),
        QT_TRANSLATE_NOOP("Values", "individual"),
        QT_TRANSLATE_NOOP("Values", "corporate"),
        QT_TRANSLATE_NOOP("Values", "creator"),
        QT_TRANSLATE_NOOP("Values", "press"),
        QT_TRANSLATE_NOOP("Values", "exhibitor"),
        QT_TRANSLATE_NOOP("Values", "partner"),
        QT_TRANSLATE_NOOP("Values", "vip"),
        QT_TRANSLATE_NOOP("Values", "other"),
    )
)


def value_name(value: str) -> str:
    """A stored value (``issued``, ``exhibitor``) in the user's language; one not in the list
    as it is."""
    return tr("Values", value) if value in _VALUES else value


def catalogue_dir() -> Path:
    return resources_dir() / "i18n"


def catalogue(code: str, suffix: str = ".qm") -> Path:
    return catalogue_dir() / f"{CATALOGUE_PREFIX}{code}{suffix}"


def current_language() -> str:
    return _current


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def apply_language(chosen: str) -> str:
    """Show the UI in ``chosen`` (a code of ``LANGUAGES``; ``""``: the system's, else English)
    from now on; returns the code applied. Numbers follow: typed and shown in its locale."""
    global _current  # noqa: PLW0603 - one language for the process: one person at the till
    code = resolve_language(chosen, QLocale.system().name())
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    if code != SOURCE_LANGUAGE and app is not None:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in ((catalogue_dir(), f"{CATALOGUE_PREFIX}{code}"), (qt_dir, "qtbase_")):
            translator = QTranslator()
            file = name if name.startswith(CATALOGUE_PREFIX) else f"{name}{code}"
            if translator.load(file, str(folder)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    # The chosen language's numbers ("12,50"); with no choice, the system's, as before.
    locale = code if chosen or code != SOURCE_LANGUAGE else QLocale.system().name()
    QLocale.setDefault(QLocale(locale) if chosen or code != SOURCE_LANGUAGE else QLocale.system())
    set_typing_locale(locale)
    set_display_locale(locale)
    _current = code
    return code
