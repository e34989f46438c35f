"""Bodies named in short or in passing: a bare embassy speaking and its security office, an
airline, the coalition's maritime information centre, the Kurdistan Regional Government as an
owner, and capitalised words that are no bodies. Every text is written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

_DRAFTS = Drafts("2026-12-07", heading="Test report")


def test_the_embassy_putting_out_a_statement_is_a_body():
    text = (
        "Rockets hit the camp near the embassy annex on Monday. The embassy put out a "
        "statement condemning the attack."
    )
    assert "embassy" in _DRAFTS.organizations(text)


def test_the_embassy_goes_by_the_name_the_report_gives_it():
    text = (
        "The British embassy in Amman did not comment. A spokesperson for the embassy had "
        "said last week that staff were safe."
    )
    orgs = _DRAFTS.organizations(text)
    assert "British embassy" in orgs and "embassy" not in orgs


def test_the_rso_in_an_embassy_text_is_the_regional_security_office():
    text = (
        "The embassy told staff to stay indoors. The final count from the RSO was two "
        "wounded guards."
    )
    assert _DRAFTS.organizations(text).get("Regional Security Office") == ["RSO"]


def test_rso_with_no_embassy_named_is_left_alone():
    text = "The range's RSO halted firing after the second misfire on Tuesday."
    assert "Regional Security Office" not in _DRAFTS.organizations(text)


def test_an_airline_cancelling_flights_is_a_body():
    text = "The airport stayed open, but Cedar Coast Airlines cancelled six flights on Monday."
    assert "Cedar Coast Airlines" in _DRAFTS.organizations(text)


def test_jmic_notes_are_a_body():
    text = "Using UKMTO and JMIC notes, the authors count 12 attacks on tankers in 2026."
    orgs = _DRAFTS.organizations(text)
    assert any("JMIC" in [name, *aliases] for name, aliases in orgs.items())


def test_the_krg_owning_a_ministry_is_a_body():
    text = "The Kurdistan Regional Government's Ministry of Water said the dam was undamaged."
    assert "Kurdistan Regional Government" in _DRAFTS.organizations(text)


def test_krg_before_its_counter_terrorism_body_is_only_the_owner():
    text = "KRG CTD said two drones were shot down near Harir on Monday."
    assert "Kurdistan Regional Government" not in _DRAFTS.organizations(text)


def test_a_clause_opener_before_militia_is_no_militia_name():
    text = (
        "Where militia claims and official statements could be compared, the claims were "
        "higher in 20 of 25 cases."
    )
    assert "Where" not in _DRAFTS.organizations(text)


def test_gulf_forces_are_several_states_not_one_body():
    text = "Interceptors fired by U.S. and Gulf forces cost more than $2 billion last year."
    assert "Gulf forces" not in _DRAFTS.organizations(text)
