"""Editors for people and organisations."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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

#: The kinds of organisation, as the dialog names them.
ORG_KINDS = {
    OrgKind.GOVERNMENT: QT_TRANSLATE_NOOP("Records", "Government"),
    OrgKind.COMPANY: QT_TRANSLATE_NOOP("Records", "Company"),
    OrgKind.INVESTOR: QT_TRANSLATE_NOOP("Records", "Investor"),
    OrgKind.AGENCY: QT_TRANSLATE_NOOP("Records", "Agency"),
    OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("Records", "Association"),
}


def nationality_code(text: str) -> str:
    """``India`` → ``IN``; a code or anything else as typed (validation judges it)."""
    return _NATIONALITY_WORDS.get(text.strip().casefold(), text)


class PersonDialog(RecordDialog):
    """Add or edit a person; both name forms, organisation, contact and needs."""

    def __init__(
        self, session: Session, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            session, tr("Records", "Edit person") if person else tr("Records", "Add person"), parent
        )
        self.original = person
        p = person or Person(family_name="")
        self.family_name = self.line(tr("Records", "&Family name:"), p.family_name)
        self.given_name = self.line(tr("Records", "&Given name:"), p.given_name)
        self.name_japanese = self.line(
            tr("Records", "&Japanese name:"),
            p.name_japanese,
            tr("Records", "kanji or kana, e.g. 山田 太郎"),
        )
        self.honorific = self.line(
            tr("Records", "Honor&ific:"), p.honorific, tr("Records", "Mr, Ms, Dr, H.E., Shri …")
        )
        self.position = self.line(tr("Records", "&Position:"), p.position)
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(tr("Records", "Organisation"))
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItem(tr("Records", "(none)"), None)
        for org in session.desk.organisations():
            self.organisation.addItem(org.name, org.id)
        completer = self.organisation.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        found = self.organisation.findData(p.organisation_id)
        self.organisation.setCurrentIndex(max(found, 0))
        self.form.addRow(tr("Records", "&Organisation:"), self.organisation)
        self.email = self.line(tr("Records", "&Email:"), p.email, "name@example.org")
        self.phone = self.line(tr("Records", "P&hone:"), p.phone)
        self.nationality = self.line(
            tr("Records", "&Nationality:"), p.nationality, tr("Records", "two letters: JP, IN …")
        )
        self.languages = self.line(
            tr("Records", "&Languages:"), ", ".join(p.languages), "ja, en, hi"
        )
        self.dietary = self.line(tr("Records", "&Dietary needs:"), p.dietary)
        self.accessibility = self.line(tr("Records", "&Accessibility:"), p.accessibility)
        self.notes = self.text_box(tr("Records", "No&tes:"), p.notes)
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
        super().__init__(
            session,
            tr("Records", "Edit organisation") if org else tr("Records", "Add organisation"),
            parent,
        )
        self.original = org
        o = org or Organisation(name="")
        self.name = self.line(tr("Records", "&Name:"), o.name)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Records", "Kind"))
        for kind in OrgKind:
            self.kind.addItem(tr("Records", ORG_KINDS.get(kind, kind.value)), kind)
        self.kind.setCurrentIndex(self.kind.findData(o.kind))
        self.form.addRow(tr("Records", "&Kind:"), self.kind)
        self.country = self.line(
            tr("Records", "&Country:"), o.country, tr("Records", "two letters: JP, IN …")
        )
        self.sector = self.line(tr("Records", "&Sector:"), o.sector)
        self.website = self.line(tr("Records", "&Website:"), o.website, "https://…")
        self.profile = self.text_box(tr("Records", "&Profile:"), o.profile)
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
