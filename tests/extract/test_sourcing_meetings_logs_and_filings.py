"""Sourcing in a non-attributed meeting summary, a radio log in capitals, a first-person
fundraiser, an adjuster's report and a court docket (round 49's shapes, in new words)."""

from __future__ import annotations

from tests.extract.drafting import Drafts

D = Drafts("2026-12-02", heading="Summary of the meeting")


def _kinds(text: str) -> set[tuple[str, int | None]]:
    return {(kind, count) for kind, count, _ in D.sources(text)}


def test_unnamed_participants_of_a_meeting_under_the_rule_are_unnamed_sources():
    text = (
        "The workshop was held under the Chatham House Rule. One participant, a retired "
        "naval officer, said the ports were exposed. Three participants from academia said "
        "budgets were short. Several participants argued for more radars. A Dutch "
        "participant noted that stocks were low."
    )
    found = D.sources(text)
    assert ("anonymous official", 1, "One participant, a retired naval officer, said") in found
    assert ("anonymous official", 3, "Three participants from academia said") in found
    assert ("anonymous official", None, "Several participants argued") in found
    assert ("anonymous official", 1, "A Dutch participant noted") in found


def test_participants_of_a_named_meeting_are_not_read_without_its_rule():
    text = "Several participants argued for more radars at the talks in Vienna."
    assert not any("participants" in t for _, _, t in D.sources(text))


def test_a_statement_with_its_time_before_the_verb_and_a_claim_told_as_a_noun():
    found = D.sources(
        "The navy said one sailor was hurt; a Greek statement the following "
        "day added that two more were hurt. Talks turned to the Houthis' claim "
        "of a missile attack on Eilat."
    )
    texts = [t for _, _, t in found]
    assert "a Greek statement the following day added" in texts
    assert "the Houthis' claim of a missile attack on Eilat" in texts


def test_a_capitals_log_header_is_no_source_but_a_claim_in_its_column_is():
    text = (
        "NCS: BRAVO TOC (CAMP X) | PRI: BRAVO CMD 1 | ALT: BRAVO CMD 2\n"
        "LOG PERIOD: 101800C JAN 27 - 110800C JAN 27\n"
        "RTO: SPC J. DOE (TO 110000C)\n"
        "0300 | BRAVO S2 | BRAVO TOC | SOME GROUP CLAIMED ON TELEGRAM A ROCKET ATTACK ON "
        '"THE ENEMY CAMP." OVER. | INFO /JD\n'
        "0400 | BRAVO QRF | BRAVO TOC | LOCAL POLICE REPORT 3X SUSPECTS HELD, OVER. | /JD\n"
        "0500 | BRAVO TOC | ALL | LOG CLOSED. | /JD\n"
        "0600 | BRAVO TOC | ALL | SHIFT CHANGE. SGT R. ROE HAS THE NET FROM HERE. | /JD\n"
        "0700 | BRAVO TOC | ALL | RADIO CHECK, ALL STATIONS LOUD AND CLEAR. | /JD\n"
        "REVIEWED: CPT A. BLACK, BATTLE CAPTAIN, 110805C JAN 27\n"
    )
    texts = [t for _, _, t in D.sources(text)]
    assert not any(t.startswith(("NCS", "LOG PERIOD", "RTO", "REVIEWED")) for t in texts)
    assert "SOME GROUP CLAIMED" in texts and "LOCAL POLICE REPORT" in texts
    assert D.speakers(text).get("THE ENEMY CAMP.") == "SOME GROUP"


def test_a_relative_who_told_the_writer_and_a_firm_by_its_short_name():
    text = (
        "My older sister Ruth Ellery is a mechanic. She works for Copperline Services, a firm "
        'that runs clinics. "The blast threw me across the room," she told me by phone. '
        "Copperline said in a statement that it would pay her bills."
    )
    assert "Copperline" not in D.people(text)
    assert D.people(text).get("Ruth Ellery") == "sister"
    found = D.sources(text)
    # (the one who told the writer is counted once: at the pronoun, or at her name)
    assert [t for kind, _, t in found if kind == "other"] in (
        ["she told me by phone"],
        ["Ruth Ellery"],
    )
    assert ("spokesperson", 1, "Copperline said in a statement") in found
    assert D.speakers(text)["The blast threw me a"] == "Ruth Ellery"


def test_a_country_manager_named_with_a_courtesy_title_speaks_as_an_official():
    text = (
        "We met the Insured's country manager, Ms Lena Voss, on site. According to the "
        'Insured\'s incident log, the fire began at night. "We asked twice," Ms Voss told us.'
    )
    found = D.sources(text)
    assert ("document", 1, "According to the Insured's incident log") in found
    assert any(kind == "named official" and "Voss told" in t for kind, _, t in found)


def test_a_docket_court_and_prosecutor_speak_as_named_officials():
    text = (
        "Minute Entry for proceedings held before Magistrate Judge Paul Q. Ferris: hearing "
        "held. AUSA Nora B. Kell; defence present. AUSA Kell proffered that the parts "
        'matched. The Court stated on the record that the case is "plainly strong."'
    )
    found = D.sources(text)
    assert any(kind == "named official" and t.endswith("Kell proffered") for kind, _, t in found)
    assert ("named official", 1, "The Court stated on the record") in found or any(
        kind == "named official" and t.startswith("The Court stated") for kind, _, t in found
    )
    assert D.speakers(text)["plainly strong."] == "Paul Q. Ferris"
    assert "Nora B. Kell" in D.people(text)


def test_a_base_warning_system_is_no_source():
    text = "- Giant Voice announced shelter in place at 2300.\n- Sirens warned of a drone."
    assert not D.sources(text)
