"""People in an attendees' table and a lawsuit's parties; the chair who speaks in minutes;
a reporter's shorthand notes (labels before a quote, a line introducing the speaker, quoted
names and wording that no one says); a sentence-case press conference's labelled turns."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-01", "Minutes")


def test_an_attendees_table_gives_people_and_its_chair_speaks():
    facts = DRAFTS.facts(
        "Weekly Coordination Meeting - Minutes\n\n"
        "Attendees\n\nName\tOrganisation\tRole\n\n"
        "Petra Lindqvist\tRiver Aid Forum\tSafety Coordinator (chair)\n\n"
        "Omar Haddad\tCedar Relief\tLogistics Officer\n\n"
        "Apologies\tNorth Shelter Group\t-\n\n"
        "1. Security update\n\n"
        "Omar Haddad said the road north of the town was quiet this week. The chair said: "
        '"We will keep the risk level where it is until next Thursday."')
    people = {p.name: p.title for p in facts.people}
    assert "Petra Lindqvist" in people and "chair" in people["Petra Lindqvist"]
    assert people["Omar Haddad"] == "Logistics Officer, Cedar Relief"
    assert "Apologies" not in " ".join(people)
    assert {q.text[:10]: q.speaker for q in facts.quotes}["We will ke"] == "Petra Lindqvist"


def test_a_lawsuits_plaintiffs_are_people_apart_from_the_man_killed():
    facts = DRAFTS.facts(
        "3. Plaintiff Mary Tolland is the widow of Frank Tolland. Plaintiffs Owen Tolland and "
        "Ruth Tolland Baker are his adult children.\n\n"
        "4. Mr. Tolland, 48, worked at the base as a mechanic since 2024.")
    names = {p.name for p in facts.people}
    assert {"Mary Tolland", "Owen Tolland", "Ruth Tolland Baker"} <= names


def test_a_notes_labels_before_quotes_name_their_sources():
    facts = DRAFTS.facts(
        "Mon 23 Nov\n"
        ' - 1530L CJTF-OIR stmt (emailed): "no U.S. service members were hurt"\n'
        ' ?? confirm toll? -> PAO (on bg) 1215L: "aware of the local report, no change"\n'
        " ?? launchers? -- PAO: \"C-RAM engaged\", won't go further\n")
    speakers = {q.text[:10]: q.speaker for q in facts.quotes}
    assert "CJTF-OIR" in speakers["no U.S. se"]
    assert speakers["aware of t"] == "PAO"
    assert speakers["C-RAM enga"] == "PAO"


def test_a_line_ending_in_a_colon_introduces_the_one_quoted_below():
    facts = DRAFTS.facts(
        'Resident, shop owner, "Abu Karim", 60s, by phone:\n'
        ' "We heard two loud blasts and then the sirens started at the base."\n')
    assert {q.text[:10]: q.speaker for q in facts.quotes}["We heard t"] == "Abu Karim"


def test_quoted_group_names_and_a_notes_wording_are_no_quotes():
    facts = DRAFTS.facts(
        ' - claim on Telegram, "Saraya Awliya al-Dam in Iraq" (SAD) -> says "4 rockets"\n'
        ' - hospital source (anon) -> same 3 dead. OK to use "a local health official"\n'
        ' -> lede: toll now 3 dead. say "revised".\n')
    texts = {q.text for q in facts.quotes}
    assert not texts & {"Saraya Awliya al-Dam in Iraq", "a local health official", "revised"}


def test_a_sentence_case_press_conference_gives_the_spokespersons_turns():
    facts = DRAFTS.facts(
        "Spokesperson Nadia Farouk: Good afternoon. I will take your questions.\n\n"
        "AFP: Was anyone hurt in the drone attack on the base on Saturday?\n\n"
        "Spokesperson Nadia Farouk: According to the army, one drone fell inside the perimeter "
        "and caused no injuries. The investigation continues.\n\n"
        "Reuters: Will the ministry protest?\n\n"
        "Spokesperson Nadia Farouk: The ministry summoned the charge d'affaires yesterday. "
        '"We reject any strike on our territory," she said.')
    speakers = {q.text[:12]: q.speaker for q in facts.quotes}
    assert speakers["According to"] == "Nadia Farouk"
    assert speakers["The ministry"] == "Nadia Farouk"
    assert speakers["We reject an"] == "Nadia Farouk"
    assert not any(t.startswith(("Good afternoon", "Was anyone")) for t in speakers)
