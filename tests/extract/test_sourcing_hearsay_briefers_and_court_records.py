"""Second-hand sourcing in a diary (the set and an owner-less office are no sources; a colleague
glossed by first name), briefers of a delegation, a command's unnamed head, a unit by its noun,
court records, a denial after a long "which" clause, dated statements and outlets an entry was
taken from, performers in a line-up."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _draft(text: str):
    return draft_briefing(Article(text=text), published="2026-12-01")


def _kinds(facts):
    return {a.text: (a.kind, a.count) for a in facts.attributions}


DIARY = """Fri 27 Nov

Lunch with Mo (Mo Harlan, our shift supervisor). His version: two trucks hit, nobody hurt. \
"Could have been worse," Mo said.

The radio said the consulate put out a statement, Mo read it out: the consulate "regrets this \
incident" and thanks the police. Mo says the office told him nothing changes for the crews.

Sat 28 Nov

Karl showed me a Telegram post from some new crew calling itself Liwa al-Nasr al-Jadid that \
says it did it. Supervisor's brief: official count from the RSO is 2 hurt, not none.
"""


def test_a_diary_names_bodies_in_plain_words_and_the_set_is_no_source():
    facts = _draft(DIARY).facts
    kinds = _kinds(facts)
    assert not any(t.lower().startswith(("the radio", "the office")) for t in kinds)
    assert kinds.get("the consulate put out a statement") == ("spokesperson", 1)
    assert any(
        t.startswith("a Telegram post from some new crew calling itself Liwa")
        and k == ("spokesperson", 1)
        for t, k in kinds.items()
    )
    assert kinds.get("official count from the RSO") == ("spokesperson", 1)
    assert any(q.speaker == "consulate" for q in facts.quotes if q.text.startswith("regrets"))


def test_a_colleague_glossed_by_first_name_is_a_person_and_speaks_by_it():
    facts = _draft(DIARY).facts
    assert any(p.name == "Mo Harlan" and p.title == "shift supervisor" for p in facts.people)
    assert any(a.text.startswith("Mo Harlan, our shift supervisor") for a in facts.attributions)
    assert any(q.speaker == "Mo Harlan" for q in facts.quotes if q.text.startswith("Could"))


TRIP = """Monday

The delegation met the commander of the Example Fleet (EXFLT). The EXFLT commander said the \
pace could not last. On Nov. 3 the frigate fired two missiles, and briefers said the ship had \
used most of its load. Briefers said two allied ships had arrived.

A U.S. Example Command planner briefed the strikes of Nov. 5 on radar sites. Col. Jane Roe, \
commander of the 99th Example Wing, briefed the attack on the airfield. The wing first \
reported one airman hurt. The Minister briefed the Secretary on the talks.
"""


def test_briefers_a_commands_head_and_a_unit_by_its_noun():
    kinds = _kinds(_draft(TRIP).facts)
    assert kinds.get("The EXFLT commander said") == ("spokesperson", 1)
    assert kinds.get("briefers said") == ("anonymous official", None)
    assert not any(t == "Briefers said" and k[0] == "spokesperson" for t, k in kinds.items())
    assert any(
        t.startswith("A U.S. Example Command planner briefed") and k == ("anonymous official", 1)
        for t, k in kinds.items()
    )
    assert any(
        t.startswith("Col. Jane Roe, commander of the 99th Example Wing, briefed")
        and k[0] == "named official"
        for t, k in kinds.items()
    )
    assert kinds.get("The wing first reported") == ("spokesperson", 1)
    assert not any("Minister briefed" in t for t in kinds)


def test_who_was_briefed_is_no_source():
    kinds = _kinds(_draft("Lt. Col. Dan Poe was briefed the attack by staff on Monday.\n").facts)
    assert not any("briefed" in t for t in kinds)


COURT = """Specialist Example Doe, 1st Example Battalion. The stipulation of fact in the case \
records that three drones hit the camp and that five soldiers were wounded, not the two first \
announced by Combined Joint Task Force-Operation Example the next day.

The Example Brigades, which U.S. officials have long blamed for past raids, denied any role. \
First reports spoke of one soldier hurt. One battery commander described the debris as \
"rain you cannot stop."
"""


def test_court_records_first_announcers_denials_and_an_officers_description():
    kinds = _kinds(_draft(COURT).facts)
    assert any(
        t.startswith("The stipulation of fact in the case records") and k[0] == "document"
        for t, k in kinds.items()
    )
    assert any(
        t.startswith("first announced by Combined Joint Task Force-Operation Example")
        and k[0] == "spokesperson"
        for t, k in kinds.items()
    )
    assert any(
        t.startswith("The Example Brigades, which U.S. officials") and k[0] == "spokesperson"
        for t, k in kinds.items()
    )
    assert not any(
        t.startswith("First reports") and k[0] == "spokesperson" for t, k in kinds.items()
    )
    assert any(
        t.startswith("One battery commander described") and k == ("anonymous official", 1)
        for t, k in kinds.items()
    )


def test_a_dated_statement_and_an_entry_taken_from_an_outlet():
    text = (
        "Row 4. The Ministry of Public Health's statement of 2 May gave two killed. "
        "The strike was entered twice: once from the ministry's figures and once from "
        "NNA, which gave another spelling.\n"
    )
    kinds = _kinds(_draft(text).facts)
    assert any(
        t.startswith("The Ministry of Public Health's statement of 2 May gave")
        and k[0] == "spokesperson"
        for t, k in kinds.items()
    )
    assert kinds.get("once from NNA") == ("other outlet", 1)


def test_performers_in_a_line_up_are_people():
    text = (
        "Singer Ana Vell, comedian Rob Tarrant and a rock band were due to play at the base "
        "on Friday, the tour said.\n"
    )
    people = {p.name: p.title for p in _draft(text).facts.people}
    assert people.get("Rob Tarrant") == "comedian"
