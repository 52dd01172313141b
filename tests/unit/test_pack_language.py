"""Packs in Japanese: headings, dates, markings and page numbers from the Japanese catalogue."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_pack_data import Ids, build_programme, pdf_pages

from exports.briefing.build import render_delegation_pack, render_event_pack, render_itinerary
from main import main
from models.clock import FixedClock
from models.entities import Programme
from models.services import Desk
from models.store import Store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Programme, Ids, Path]:
    path = tmp_path_factory.mktemp("ja") / "p.db"
    desk = Desk(Store.open(path), FixedClock(NOW))
    ids = build_programme(desk)
    programme = desk.programme()
    desk.close()
    return programme, ids, path


def flat(data: bytes) -> list[str]:
    return [" ".join(page.split()) for page in pdf_pages(data)]


def test_a_confidential_meeting_in_japanese(sample: tuple[Programme, Ids, Path]) -> None:
    programme, ids, _ = sample
    pages = flat(render_event_pack(programme, ids.closed_door, now=NOW, language="ja"))
    cover = pages[0]
    assert "ブリーフィング資料 · 非公開会合" in cover
    assert "New Delhi · 2026年12月1日" in cover
    assert "12月1日(火) 15:00 IST (インド) · 18:30 JST (日本)" in cover
    assert "印刷 2026年11月30日(月) 17:30 IST" in cover
    text = " ".join(pages)
    for heading in ("1 議事次第", "2 目的", "3 出席者", "4 出席団体", "5 会場", "6 連絡先"):
        assert heading in text
    for number, page in enumerate(pages, start=1):
        assert page.count("機密") >= 2, number  # header and footer
        assert f"{number} / {len(pages)} ページ" in page
    assert "CONFIDENTIAL" not in text and "Agenda" not in text


def test_a_restricted_delegation_pack_and_an_itinerary_in_japanese(
    sample: tuple[Programme, Ids, Path],
) -> None:
    programme, ids, _ = sample
    text = " ".join(flat(render_delegation_pack(programme, ids.japan, now=NOW, language="ja")))
    assert "代表団ブリーフィング資料" in text and "1 代表団員" in text
    assert "一日の概要: 2026年12月1日(火)" in text
    assert "団長" in text
    itinerary = " ".join(flat(render_itinerary(programme, ids.tanaka, now=NOW, language="ja")))
    assert "個人日程: Dr Aiko Tanaka" in itinerary
    assert "2026年12月2日(水)" in itinerary
    assert "取扱注意" in itinerary or "機密" in itinerary


def test_the_command_line_takes_the_language(
    sample: tuple[Programme, Ids, Path], tmp_path: Path
) -> None:
    _, ids, path = sample
    out = tmp_path / "ja.pdf"
    code = main(["pack", "--db", str(path), "--event", str(ids.site_visit), "--language", "ja",
                 "-o", str(out)])  # fmt: skip
    assert code == 0
    assert "視察：集合場所・移動・安全" in " ".join(flat(out.read_bytes()))
