"""The interface language: Qt's translation system with our own Japanese catalogue.

Every string the window shows is written ``tr("Context", "English text")``
(``pyside6-lupdate`` collects them into ``resources/i18n/*.ts``; see the
README).  :func:`install_translators` loads the compiled catalogue and Qt's
own Japanese strings (standard buttons, context menus of text fields, the
calendar pop-up).  The language follows the system unless Preferences ▸
Language says otherwise.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings

from models import locale_text
from models.locale_text import LANGUAGES
from resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

#: Qt's own strings that its Japanese catalogue lacks (Qt 6 added the mnemonics, its
#: catalogue kept the old forms): the file dialog Qt draws itself (no desktop's own, as on
#: a plain X session) would say "Look in:" and "Files of type:" in English.  Ours has them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

SETTING = "window/language"
SYSTEM = "system"
CATALOGUE = "delegation_desk"
#: Qt's own catalogues loaded beside ours.
QT_CATALOGUES = ("qtbase",)

_installed: list[QTranslator] = []
_current = "en"


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (``pyside6-lupdate -tr-function-alias translate+=tr``).

    With a count ``n``, ``%n`` becomes the number; English sources write their
    plural as ``clash(es)`` / ``event(s)``, resolved here when no catalogue
    translated them (Japanese has one form).
    """
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and ("(s)" in translated or "(es)" in translated):
        many = n != 1
        translated = translated.replace("(es)", "es" if many else "")
        translated = translated.replace("(s)", "s" if many else "")
    return translated


def system_language() -> str:
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def chosen_language(settings: QSettings) -> str:
    """The language Preferences names, or the system's: ``"en"`` or ``"ja"``."""
    value = str(settings.value(SETTING, SYSTEM, type=str) or SYSTEM)
    if value in LANGUAGES:
        return value
    return system_language()


def current_language() -> str:
    """The language the translators installed now give (``"en"`` without any)."""
    return _current


def span_text(start: datetime, end: datetime, zone: str) -> str:
    """An event's time span in the interface language (see :mod:`models.locale_text`)."""
    return locale_text.span(start, end, zone, _current)


def both_zones(value: datetime, venue_zone: str, other_zone: str) -> str:
    return locale_text.side_by_side(value, venue_zone, other_zone, _current)


def person_text(person: Any) -> str:
    """A person's Latin name as the interface language orders it: ``Ms Aiko Tanaka`` in
    English, ``Tanaka Aiko`` (family name first) in Japanese."""
    if _current == "ja":
        return locale_text.person_name(person.family_name, person.given_name, "ja")
    return str(person.display_name or person.family_name)


def full_name_text(person: Any) -> str:
    """A person's name in running text: ``Aiko Tanaka`` in English; in Japanese the
    Japanese form (``田中 愛子``), else the Latin name family name first (``Tanaka Aiko``)."""
    if _current == "ja":
        japanese = str(getattr(person, "name_japanese", "") or "")
        return locale_text.person_name(person.family_name, person.given_name, "ja", japanese)
    return str(person.full_name)


def qm_path(language: str):
    return resource_path("i18n", f"{CATALOGUE}_{language}.qm")


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Translate from now on into ``language``; False when its catalogue is missing.

    Windows built afterwards are in the new language; the main window is
    rebuilt by the caller when the language changes while it is open.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return True
    # imported here: an English window needs neither class (PySide builds a class's
    # Python type, with its enums, when it is first named)
    from PySide6.QtCore import QLibraryInfo, QTranslator

    ours = QTranslator(app)
    if not ours.load(str(qm_path(language))):
        return False
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES:
        qt_own = QTranslator(app)
        if qt_own.load(f"{name}_{language}", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    _current = language
    return True
