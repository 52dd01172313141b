"""Editors for people and organisations."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from models.entities import COUNTRY_NAMES, Organisation, OrgKind, Person
from models.errors import ValidationError
from ui.dialogs.base import RecordDialog
from ui.i18n import tr
from ui.session import Session

#: Nationalities written in words, as the CSV import accepts them ("India" is IN).
_NATIONALITY_WORDS = {name.casefold(): code for code, name in COUNTRY_NAMES.items()} | {
    "japanese": "JP", "日本": "JP", "indian": "IN", "インド": "IN",
}  # fmt: skip


def nationality_code(text: str) -> str:
    """``India`` → ``IN``; a code or anything else as typed (validation judges it)."""
    return _NATIONALITY_WORDS.get(text.strip().casefold(), text)


class PersonDialog(RecordDialog):
    """Add or edit a person; both name forms, organisation, contact and needs."""

    def __init__(
        self, session: Session, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "Edit person" if person else "Add person", parent)
        self.original = person
        p = person or Person(family_name="")
        self.family_name = self.line("&Family name:", p.family_name)
        self.given_name = self.line("&Given name:", p.given_name)
        self.name_japanese = self.line(
            "&Japanese name:", p.name_japanese, "kanji or kana, e.g. 山田 太郎"
        )
        self.honorific = self.line("&Honorific:", p.honorific, "Mr, Ms, Dr, H.E., Shri …")
        self.position = self.line("&Position:", p.position)
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName("Organisation")
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItem("(none)", None)
        for org in session.desk.organisations():
            self.organisation.addItem(org.name, org.id)
        completer = self.organisation.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        found = self.organisation.findData(p.organisation_id)
        self.organisation.setCurrentIndex(max(found, 0))
        self.form.addRow("&Organisation:", self.organisation)
        self.email = self.line("&Email:", p.email, "name@example.org")
        self.phone = self.line("P&hone:", p.phone)
        self.nationality = self.line("&Nationality:", p.nationality, "two letters: JP, IN …")
        self.languages = self.line("&Languages:", ", ".join(p.languages), "ja, en, hi")
        self.dietary = self.line("&Dietary needs:", p.dietary)
        self.accessibility = self.line("&Accessibility:", p.accessibility)
        self.notes = self.text_box("No&tes:", p.notes)
        self.family_name.setFocus()

    def _organisation_id(self) -> int | None:
        """The organisation named in the box; a name that is none of them is refused
        (it was once dropped silently), with the organisations it could mean."""
        text = self.organisation.currentText().strip()
        if not text or text == self.organisation.itemText(0):
            return None
        index = self.organisation.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            folded = text.casefold()
            near = [
                self.organisation.itemText(i)
                for i in range(1, self.organisation.count())
                if folded in self.organisation.itemText(i).casefold()
            ]
            if near:
                problem = tr("Records", "There is no organisation “{typed}”: did you mean {names}?")
                names = ", ".join(f"“{n}”" for n in near[:3])
                raise ValidationError([problem.format(typed=text, names=names)])
            problem = tr(
                "Records",
                "There is no organisation “{typed}”: add it on the Organisations page first, "
                "or leave the box empty.",
            )
            raise ValidationError([problem.format(typed=text)])
        value = self.organisation.itemData(index)
        return int(value) if value is not None else None

    def record(self) -> Person:
        base = self.original or Person(family_name="")
        languages = tuple(
            part.strip() for part in self.languages.text().replace(";", ",").split(",")
            if part.strip()
        )  # fmt: skip
        return replace(
            base,
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            name_japanese=self.name_japanese.text(),
            honorific=self.honorific.text().strip(),
            position=self.position.text().strip(),
            organisation_id=self._organisation_id(),
            email=self.email.text(),
            phone=self.phone.text().strip(),
            nationality=nationality_code(self.nationality.text()),
            languages=languages,
            dietary=self.dietary.text().strip(),
            accessibility=self.accessibility.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )


class OrganisationDialog(RecordDialog):
    """Add or edit an organisation."""

    def __init__(
        self, session: Session, org: Organisation | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "Edit organisation" if org else "Add organisation", parent)
        self.original = org
        o = org or Organisation(name="")
        self.name = self.line("&Name:", o.name)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName("Kind")
        for kind in OrgKind:
            self.kind.addItem(kind.value.capitalize(), kind)
        self.kind.setCurrentIndex(self.kind.findData(o.kind))
        self.form.addRow("&Kind:", self.kind)
        self.country = self.line("&Country:", o.country, "two letters: JP, IN …")
        self.sector = self.line("&Sector:", o.sector)
        self.website = self.line("&Website:", o.website, "https://…")
        self.profile = self.text_box("&Profile:", o.profile)
        self.profile.setFixedHeight(110)

    def record(self) -> Organisation:
        base = self.original or Organisation(name="")
        return replace(
            base,
            name=self.name.text(),
            kind=OrgKind(self.kind.currentData()),
            country=self.country.text(),
            sector=self.sector.text().strip(),
            website=self.website.text().strip(),
            profile=self.profile.toPlainText().strip(),
        )
