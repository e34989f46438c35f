"""Sourcing and quotes in records and notes: a hearing's exhibits described as reports or a
body's statement, a person's letter read out, an outlet carrying a group's statement, a body's
description of those hit, a toll updated at a clock time, the wording a note rejects, the name
set after a spokesman's office, lettered batteries, a court's caption and a chaplain's label."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.terse_sourcing import terse_sources
from briefdeck.ingest.article import Article


def _draft(text: str):
    return draft_briefing(Article(text=text, path="t.txt", format="txt"), published="2026-06-12")


def _sourcing(text: str) -> set[tuple[str, str]]:
    return {(a.text, a.kind) for a in _draft(text).facts.attributions}


_HEARING = (
    "Hearing record\n\nMS. PARK: On May 3, 2026, a drone hit a fuel depot at Camp Vale in "
    "eastern Syria. Exhibit 9 is the Army's damage report on that drone. Exhibit 9-B, the "
    "amended casualty report, lists three soldiers wounded. Exhibit 10, a CENTCOM press "
    "statement, is offered for context.\n\nMS. PARK: Staff Sergeant Lee Moran was at the depot. "
    "Her letter says, and I quote, I cannot sleep through a storm any more.\n"
)


def test_exhibits_described_as_reports_are_documents_and_a_statement_speaks():
    found = _sourcing(_HEARING)
    assert ("Exhibit 9 is the Army's damage report", "document") in found
    assert ("Exhibit 9-B, the amended casualty report", "document") in found
    assert ("Exhibit 10, a CENTCOM press statement", "spokesperson") in found


def test_a_persons_letter_read_out_is_her_own_voice():
    assert ("Her letter says, and I quote", "other") in _sourcing(_HEARING)


_NOTE = (
    "# My notes\n\n- The answer says the group denied the rocket fire. Wrong. Al-Manar [3] "
    'carries a Hezbollah statement claiming it: "a unit of the resistance fired a salvo of '
    'rockets at an enemy barracks near Metula". I checked the page.\n'
    "- The toll in [1] is old. The ministry updated it at 09:10: 3 killed, 7 wounded.\n"
    "- A strike killed two men whom the Israel Defense Forces described as Hezbollah "
    "operatives.\n"
)


def test_an_outlet_carrying_a_groups_statement_gives_the_group_its_words():
    b = _draft(_NOTE)
    assert ("carries a Hezbollah statement", "spokesperson") in {
        (a.text, a.kind) for a in b.facts.attributions
    }
    assert [q.speaker for q in b.facts.quotes] == ["Hezbollah"]


def test_a_bodys_description_and_a_timed_update_are_sourcing():
    found = _sourcing(_NOTE)
    assert ("The ministry updated it at 09:10", "spokesperson") in found
    assert (
        "whom the Israel Defense Forces described as Hezbollah operatives",
        "spokesperson",
    ) in found


def test_the_wording_a_note_rejects_is_no_quote():
    text = (
        "Pasted answer\n\nLate on Friday, jets struck a depot near Tyre.\n\nMy notes\n\n"
        'The army says the strike came at 21:10 on Thursday, so it is 4 June, not "late on '
        'Friday". The rest holds.\n'
    )
    assert not [q for q in _draft(text).facts.quotes if q.text == "late on Friday"]


def test_the_same_words_quoted_twice_stay_a_quote():
    text = (
        'Jane Roe said the battery fired "more than 50" rounds in May.\n\nLater she said the '
        'count was 44, not "more than 50," because some launches were logged twice.\n'
    )
    assert len([q for q in _draft(text).facts.quotes if q.text == "more than 50"]) == 2


def test_the_name_after_the_spokesmans_office_speaks():
    text = (
        "Drones hit a tanker off Hodeidah on Monday, the coast guard said.\n\nThe rebels' "
        "military spokesman, Brig. Gen. Omar al-Karimi, claimed the attack in a televised "
        'speech, calling the tanker "a ship of a firm that trades with the enemy ports".\n'
    )
    assert [q.speaker for q in _draft(text).facts.quotes] == ["Omar al-Karimi"]


def test_first_reports_name_the_outlet_in_brackets_not_a_body():
    text = "First reports (Rudaw) said two guards were hurt at the gate.\n"
    assert _sourcing(text) == {("First reports (Rudaw) said", "other outlet")}
    assert terse_sources(text, None)[0][2] == "other outlet"


def test_lettered_batteries_are_bodies_and_size_classes_are_not():
    text = (
        "The battalion's Bravo Battery moved to Erbil on May 2, 2026, and Charlie Company "
        "stayed in Kuwait.\n\nOf the 30 Capesize and Panamax units fixed this week, 20 went via "
        "the Cape.\n"
    )
    names = {o.name for o in _draft(text).facts.organizations}
    assert {"Bravo Battery", "Charlie Company"} <= names
    assert not [n for n in names if "Panamax" in n]


def test_a_courts_caption_names_the_court_not_its_division():
    text = (
        "IN THE UNITED STATES DISTRICT COURT\n\nFOR THE WESTERN DISTRICT OF TEXAS\n\n"
        "Austin Division\n\nUNITED STATES OF AMERICA v. JOHN DOE\n\nTRANSCRIPT OF HEARING\n\n"
        "THE COURT: The defendant admitted shipping 20 drone engines to Iraq in 2025.\n"
    )
    names = {o.name for o in _draft(text).facts.organizations}
    assert "United States District Court for the Western District of Texas" in names
    assert "Austin Division" not in names


def test_a_chaplains_label_is_no_sourcing():
    text = (
        "Town hall transcript\n\nLt. Col. Ana Reyes, the battalion commander, spoke by video. "
        "Capt. Ben Holt, the battalion chaplain, also spoke.\n\nREYES: Two soldiers were "
        "wounded at Erbil on Sunday, May 3, 2026. Both are back on duty.\n\nHOLT: It is fine "
        "to feel afraid this week. My door is open day and night.\n"
    )
    labels = [a.text for a in _draft(text).facts.attributions]
    assert "REYES" in labels and "HOLT" not in labels


def test_a_company_officer_on_its_own_page_and_a_regulators_bulletin():
    text = (
        "Travel alert\n\nFlights to Erbil are suspended until Friday. The European Union "
        "Aviation Safety Agency updated its conflict zone bulletin for Iraq on Thursday.\n\n"
        "“We will not fly there until the risk has come down,” said Jane Roe, our chief "
        "operating officer.\n"
    )
    found = _sourcing(text)
    assert ("said Jane Roe, our chief operating officer", "named official") in found
    assert ("updated its conflict zone bulletin for Iraq", "document") in found


def test_a_countrys_ministry_named_by_its_statement_is_a_body():
    text = "The move was confirmed by a Qatari defence ministry statement on May 4, 2026.\n"
    assert "Qatari defence ministry" in {o.name for o in _draft(text).facts.organizations}


def test_a_ship_manager_named_in_one_word_is_a_company_not_a_person():
    facts = _draft(
        "Athens-based Corvina Shipmanagement said the bulk carrier was hit by a drone off Mokha "
        "on Tuesday. Corvina Shipmanagement told reporters that two crew were hurt."
    ).facts
    assert "Corvina Shipmanagement" in {o.name for o in facts.organizations}
    assert "Corvina Shipmanagement" not in {p.name for p in facts.people}
