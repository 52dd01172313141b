"""Preferences ▸ Language: follow the system, or English, or Japanese."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QWidget

from ui.i18n import SETTING, SYSTEM, chosen_language, install_translators, system_language, tr

#: Each language is offered in its own name.
NAMES = {"en": "English", "ja": "日本語"}


class LanguageTab(QWidget):
    """The interface language; the window changes to it when Preferences closes with OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.setAccessibleName(tr("Preferences", "Interface language"))
        system = NAMES[system_language()]
        self.language.addItem(tr("Preferences", "As the system ({language})").format(
            language=system), SYSTEM)  # fmt: skip
        for code, name in NAMES.items():
            self.language.addItem(name, code)
        note = QLabel(
            tr(
                "Preferences",
                "Menus, dialogs, messages and dates. Names follow the language: "
                "family name first in Japanese.",
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("Preferences", "&Language:"), self.language)
        form.addRow(note)

    def load(self, settings: QSettings) -> None:
        value = str(settings.value(SETTING, SYSTEM, type=str) or SYSTEM)
        self.language.setCurrentIndex(max(self.language.findData(value), 0))

    def save(self, settings: QSettings) -> None:
        before = chosen_language(settings)
        settings.setValue(SETTING, self.language.currentData())
        after = chosen_language(settings)
        app = QApplication.instance()
        if after != before and app is not None:
            install_translators(app, after)  # open windows hear LanguageChange and follow
