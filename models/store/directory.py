"""Organisations and people."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from models.entities import (
    Organisation,
    Person,
)
from models.store import rows
from models.store.base import StoreBase
from models.store.connection import translated


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like_prefix(text: str) -> str:
    return _like(text)[1:]


#: How well a person matches the typed text (0 best); see ``search_people``.
_NAMES = (
    "p.family_name",
    "p.given_name",
    "(p.given_name || ' ' || p.family_name)",
    "(p.family_name || ' ' || p.given_name)",
    "p.name_japanese",
    "replace(replace(p.name_japanese, ' ', ''), '　', '')",
)
_RANK = (
    "CASE WHEN "
    + " OR ".join(f"{n} = :exact COLLATE NOCASE" for n in _NAMES)
    + " THEN 0 WHEN "
    + " OR ".join(f"{n} LIKE :prefix ESCAPE '\\'" for n in _NAMES)
    + " THEN 1 WHEN "
    + " OR ".join(f"{n} LIKE :q ESCAPE '\\'" for n in _NAMES)
    + " THEN 2 ELSE 3 END"
)


class DirectoryStore(StoreBase):
    """Organisations and people, including bulk loads for imports."""

    # -- organisations -------------------------------------------------------

    def organisations(self) -> list[Organisation]:
        return [
            rows.organisation_from(r)
            for r in self._all("SELECT * FROM organisations ORDER BY name COLLATE NOCASE, id")
        ]

    def organisation(self, org_id: int) -> Organisation:
        row = self._one(
            "SELECT * FROM organisations WHERE id = ?",
            (org_id,),
            "such organisation",
            "organisations",
        )
        return rows.organisation_from(row)

    def organisation_named(self, name: str) -> Organisation | None:
        found = self._all(
            "SELECT * FROM organisations WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1",
            (name.strip(),),
        )
        return rows.organisation_from(found[0]) if found else None

    def insert_organisation(self, org: Organisation) -> Organisation:
        version = org.version + 1
        with self.atomic():
            new_id = self._insert(
                "organisations", {**rows.organisation_row(org), "version": version}
            )
            self._wrote("organisations", new_id, version)
        return replace(org, id=new_id, version=version)

    def update_organisation(self, org: Organisation) -> Organisation:
        """Write an organisation loaded at ``org.version`` (else :class:`StaleRecord`)."""
        assert org.id is not None
        with self.atomic():
            version = self._bump("organisations", org.id, org.version, org)
            self._update("organisations", rows.organisation_row(org), "organisation")
            self._wrote("organisations", org.id, version)
        return replace(org, version=version)

    def delete_organisation(self, org_id: int) -> None:
        self._delete("organisations", org_id, "organisation")

    def organisation_people_count(self, org_id: int) -> int:
        return int(self._scalar("SELECT count(*) FROM people WHERE organisation_id = ?", (org_id,)))

    def events_hosted_by(self, org_id: int) -> list[int]:
        return [
            r["event_id"]
            for r in self._all(
                "SELECT event_id FROM event_hosts WHERE organisation_id = ? ORDER BY event_id",
                (org_id,),
            )
        ]

    # -- people --------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone, sorted by family and given name (fast bulk path)."""
        columns = ", ".join(rows.PERSON_READ_COLUMNS)
        with translated(self.path):
            cursor = self.conn.execute(
                f"SELECT {columns} FROM people "
                "ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id"
            )
            return [rows.person_from_tuple(r) for r in cursor]

    def person(self, person_id: int) -> Person:
        row = self._one("SELECT * FROM people WHERE id = ?", (person_id,), "such person", "people")
        return rows.person_from(row)

    def people_by_ids(self, ids: Iterable[int]) -> list[Person]:
        wanted = list(dict.fromkeys(ids))
        found: dict[int, Person] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for r in self._all(f"SELECT * FROM people WHERE id IN ({marks})", chunk):
                found[r["id"]] = rows.person_from(r)
        return [found[i] for i in wanted if i in found]

    def insert_person(self, person: Person) -> Person:
        version = person.version + 1
        with self.atomic():
            new_id = self._insert("people", {**rows.person_row(person), "version": version})
            self._wrote("people", new_id, version)
        return replace(person, id=new_id, version=version)

    def insert_people(self, people: Sequence[Person]) -> list[Person]:
        """Many people in one transaction; returns them with their new ids."""
        ids = self.insert_people_bulk(people)
        return [
            replace(person, id=new_id, version=1)
            for person, new_id in zip(people, ids, strict=True)
        ]

    def update_person(self, person: Person) -> Person:
        """Write a person loaded at ``person.version`` (else :class:`StaleRecord`)."""
        assert person.id is not None
        with self.atomic():
            version = self._bump("people", person.id, person.version, person)
            self._update("people", rows.person_row(person), "person")
            self._wrote("people", person.id, version)
        return replace(person, version=version)

    def delete_person(self, person_id: int) -> None:
        """Delete a person; the events and delegations that named them change too."""
        with self.atomic():
            self.touch("events", self.events_referring_to_person(person_id))
            self.touch("delegations", self.delegations_of_person(person_id))
            self._delete("people", person_id, "person")

    def search_people(self, text: str, limit: int | None = None) -> list[Person]:
        """People whose name (Latin or Japanese), organisation or email contains ``text``.

        Best matches first: a name that is ``text`` exactly, then a name that
        starts with it, then a name containing it, then organisation or e-mail
        matches; alphabetical within each.  "Tanaka" lists Ms Tanaka before the
        staff of TANAKA Kikinzoku.
        """
        typed = text.strip()
        pattern = _like(typed)
        prefix = _like_prefix(typed)
        sql = (
            "SELECT p.* FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id "
            "WHERE p.family_name LIKE :q ESCAPE '\\' OR p.given_name LIKE :q ESCAPE '\\' "
            "OR (p.given_name || ' ' || p.family_name) LIKE :q ESCAPE '\\' "
            "OR (p.family_name || ' ' || p.given_name) LIKE :q ESCAPE '\\' "
            "OR p.name_japanese LIKE :q ESCAPE '\\' "
            "OR replace(p.name_japanese, ' ', '') LIKE :q ESCAPE '\\' "
            "OR replace(p.name_japanese, '　', '') LIKE :q ESCAPE '\\' "
            "OR p.email LIKE :q ESCAPE '\\' OR o.name LIKE :q ESCAPE '\\' "
            f"ORDER BY {_RANK + ', ' if typed else ''}"
            "p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.id"
        )
        params: dict[str, Any] = {"q": pattern, "exact": typed, "prefix": prefix}
        if limit is not None:
            sql += " LIMIT :limit"
            params["limit"] = limit
        with translated(self.path):
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [rows.person_from(dict(zip(names, r, strict=True))) for r in cursor]

    def events_of_person(self, person_id: int) -> list[int]:
        return [
            r["event_id"]
            for r in self._all(
                "SELECT pa.event_id FROM participations pa JOIN events e ON e.id = pa.event_id "
                "WHERE pa.person_id = ? ORDER BY e.starts_at, e.id",
                (person_id,),
            )
        ]

    def events_referring_to_person(self, person_id: int) -> list[int]:
        """Events the person attends, organises, hosts, speaks at or rides to."""
        return [
            r["id"]
            for r in self._all(
                "SELECT id FROM events WHERE organiser_id = :p OR host_contact_id = :p "
                "OR id IN (SELECT event_id FROM participations WHERE person_id = :p) "
                "OR id IN (SELECT event_id FROM agenda_items WHERE speaker_id = :p) "
                "OR id IN (SELECT l.event_id FROM transport_legs l JOIN leg_passengers lp "
                "          ON lp.leg_id = l.id WHERE lp.person_id = :p) "
                "ORDER BY starts_at, id",
                {"p": person_id},
            )
        ]

    def delegations_of_person(self, person_id: int) -> list[int]:
        return [
            r["id"]
            for r in self._all(
                "SELECT id FROM delegations WHERE head_id = :p OR id IN "
                "(SELECT delegation_id FROM delegation_members WHERE person_id = :p) ORDER BY id",
                {"p": person_id},
            )
        ]

    # -- bulk import of people (models.people_import) ---------------------------

    def insert_people_bulk(
        self, people: Sequence[Person], organisation_ids: Sequence[int | None] | None = None
    ) -> list[int]:
        """Insert many people with one statement; their new ids, in the order given.

        The fast path for imports of 100,000 rows: no entity is rebuilt and no
        query is made per row.  ``organisation_ids``, when given, says whom each
        person works for (imports match organisations by name and create the
        missing ones just before).  Run it inside :meth:`atomic` with the rest
        of the import so that a failure leaves nothing behind.
        """
        import operator

        columns = [c for c in rows.PERSON_COLUMNS if c != "id"]
        languages = columns.index("languages")
        organisation = columns.index("organisation_id")
        values_of = operator.attrgetter(*columns)  # Person's fields are named like its columns
        if organisation_ids is not None and len(organisation_ids) != len(people):
            raise ValueError("one organisation id per person, please")

        def values() -> Iterator[list[Any]]:
            for n, person in enumerate(people):
                values = list(values_of(person))
                values[languages] = ",".join(values[languages])
                if organisation_ids is not None:
                    values[organisation] = organisation_ids[n]
                yield values

        sql = (
            f"INSERT INTO people ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        )
        with self.atomic():
            before = int(self._scalar("SELECT coalesce(max(id), 0) FROM people"))
            pending = values()
            fresh = self._unremembered_id("people")
            first = next(pending, None) if fresh is not None else None
            if fresh is not None and first is not None:
                # the first above the ids a team's file remembers; the rest follow it
                before = fresh - 1
                self.conn.execute(
                    f"INSERT INTO people (id, {', '.join(columns)}) "
                    f"VALUES (?, {', '.join('?' for _ in columns)})",
                    [fresh, *first],
                )
            self.conn.executemany(sql, pending)
            cursor = self.conn.execute("SELECT id FROM people WHERE id > ? ORDER BY id", (before,))
            ids = [row[0] for row in cursor]
            for new_id in ids if self._journals or self.write_listeners else ():
                self._wrote("people", new_id, 1)
            return ids

    def people_emails(self) -> dict[str, tuple[int, str, str, str]]:
        """Everyone's e-mail address, case-folded → (person id, given name, family name,
        name in Japanese script), in one query."""
        found: dict[str, tuple[int, str, str, str]] = {}
        with translated(self.path):
            cursor = self.conn.execute(
                "SELECT id, email, given_name, family_name, name_japanese FROM people "
                "WHERE email != '' ORDER BY id"
            )
            for pid, email, given, family, japanese in cursor:
                found.setdefault(email.casefold(), (pid, given, family, japanese))
        return found

    # -- counts for the window's tables ------------------------------------------

    def people_per_organisation(self) -> dict[int, int]:
        """How many people work for each organisation (organisations with nobody left out)."""
        with translated(self.path):
            cursor = self.conn.execute(
                "SELECT organisation_id, count(*) FROM people "
                "WHERE organisation_id IS NOT NULL GROUP BY organisation_id"
            )
            return {int(org_id): int(n) for org_id, n in cursor}
