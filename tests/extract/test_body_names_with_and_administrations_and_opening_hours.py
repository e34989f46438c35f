"""A utility's legal name joins its trades with "and" ("Water and Sewage Corporation Ltd."); a
state body may end in "Administration"; a guide's "Open daily 08:00" opens no body. Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-10", "Regional security brief")


def _organizations(text: str) -> set[str]:
    return {o.name for o in DRAFTS.facts(text).organizations}


def test_a_legal_name_keeps_its_trades_joined_by_and():
    got = _organizations("Customers may call Dunmore Water and Sewage Corporation Ltd. at any "
                         "hour about the outage.")
    assert "Dunmore Water and Sewage Corporation Ltd" in got
    assert "Sewage Corporation Ltd" not in got


def test_a_general_administration_is_a_body():
    got = _organizations("The General Administration of Customs will inspect every container "
                         "leaving through the north gate.")
    assert "General Administration of Customs" in got


def test_opening_hours_open_no_body():
    got = _organizations("The museum in the old fort is worth an hour. Open daily 09:00-17:00. "
                         "Entry is free.")
    assert "Open" not in got
