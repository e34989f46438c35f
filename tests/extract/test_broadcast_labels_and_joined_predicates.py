"""Broadcast and briefing transcripts whose labels carry name and role in capitals ("JANE ROE,
MINISTRY SPOKESPERSON:"), a header naming the briefer in full ("Jane Roe, Spokesperson") whom
the turns label by surname, turns that only keep the floor; a quote after "but said that"
sharing the sentence's subject; "the consortium" named by apposition; lower-case high offices
before a name; "Consulate General X" as an office."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Evening bulletin")


def _facts(text: str):
    return DRAFTS.facts(text)


_BROADCAST = (
    "EVENING NEWS HOUR\n\n"
    "TOM ABERNATHY, NETWORK ANCHOR: Good evening. We start tonight at the port, where a "
    "fire broke out after a missile strike. Our reporter is there.\n\n"
    "SUSAN PELL, NETWORK CORRESPONDENT: Tom, the fire is out now, but the damage to the "
    "eastern docks is heavy and crews are still searching the warehouses.\n\n"
    "ABERNATHY: Who fired it?\n\n"
    "PELL: Nobody has said so far, though suspicion falls on the militia in the hills.\n\n"
    "HAROLD QUINTERO, HARBOUR AUTHORITY SPOKESMAN: Our first task is to reopen the berths "
    "for food shipments, and we expect that to take about a week.\n\n"
    "UNIDENTIFIED FEMALE: When will the docks reopen?\n\n"
    "QUINTERO: We will not put a date on it until the engineers have checked every crane.\n\n"
    "GEN. MARTIN OSGOOD (RET.), NETWORK MILITARY ANALYST: Ports like this one are very hard "
    "to defend against a single low missile, whatever is deployed around them.\n")


def test_a_capitals_label_with_a_role_names_a_person_and_their_turns_are_quotes():
    facts = _facts(_BROADCAST)
    people = {p.name: p.title for p in facts.people}
    assert "Harold Quintero" in people
    assert "Spokesman" in people["Harold Quintero"]
    assert "Martin Osgood" in people
    said = {q.text[:20]: q.speaker for q in facts.quotes}
    assert said["Our first task is to"] == "Harold Quintero"
    assert said["We will not put a da"] == "Harold Quintero"  # the surname label alone
    assert said["Ports like this one "] == "Martin Osgood"


def test_a_broadcasters_anchor_and_correspondent_are_not_sources():
    facts = _facts(_BROADCAST)
    assert not any(p.name in ("Tom Abernathy", "Susan Pell") for p in facts.people)
    assert not any(q.text.startswith(("Good evening", "Tom, the fire", "Nobody has said",
                                      "When will")) for q in facts.quotes)


_BRIEFING = (
    "Ministry of Foreign Affairs\n"
    "Daily Press Briefing\n"
    "Rosalind Tembo, Deputy Spokesperson\n"
    "Capital City\n\n"
    "MS. TEMBO: Good morning. I have one announcement and then I will take questions.\n\n"
    "The minister will travel to the border region tomorrow to meet the monitoring team.\n\n"
    "QUESTION: Was anyone hurt in the shelling overnight?\n\n"
    "MS. TEMBO: Two guards at the crossing were lightly hurt, and both have been treated.\n\n"
    "QUESTION: Can I follow up -\n\n"
    "MS. TEMBO: Of course. (Laughter.) Go on, Priya.\n\n"
    "QUESTION: Will the crossing close?\n\n"
    "MS. TEMBO: Certainly.\n\n"
    "MS. TEMBO: Thank you all.\n")


def test_a_briefing_header_names_the_briefer_whose_surname_labels_the_turns():
    facts = _facts(_BRIEFING)
    people = {p.name: p.title for p in facts.people}
    assert "Rosalind Tembo" in people
    assert "Spokesperson" in people["Rosalind Tembo"]
    said = {q.text[:20]: q.speaker for q in facts.quotes}
    assert said["Two guards at the cr"] == "Rosalind Tembo"


def test_a_name_and_role_line_is_nobody_without_turns_labelled_by_that_surname():
    facts = _facts("Harbour news\nGareth Lowe, Chief Reporter\n\nThe ferry resumed service on "
                   "Monday after the storm, the operator said in a short notice.\n")
    assert not any(p.name == "Gareth Lowe" for p in facts.people)


def test_turns_that_only_keep_the_floor_are_not_quotes():
    texts = [q.text for q in _facts(_BRIEFING).quotes]
    assert not any(t.startswith(("Of course", "Certainly", "Thank you all")) for t in texts)
    assert any(t.startswith("Two guards") for t in texts)


def test_a_quote_after_but_said_that_goes_to_the_person_the_sentence_opens_on():
    facts = _facts(
        "Dr Clara Venn of the Harbour Institute told the panel that \"a patrol boat is no "
        "answer to a swarm\". Commodore Piers Hallam, head of coastal operations, conceded "
        "that the response had been \"slow\" but said that \"the crews did everything they "
        "were asked to do\".")
    said = {q.text[:12]: q.speaker for q in facts.quotes}
    assert said["the crews di"] == "Piers Hallam"
    assert said["a patrol boa"] == "Clara Venn"


def test_the_consortium_speaking_is_the_body_set_beside_that_noun_before():
    facts = _facts(
        "Granite Oil, the consortium that runs the Vesta field with partners Tarn Energy and "
        "Kessel Petroleum, said output had been cut. \"Our staff are unharmed and we are "
        "assessing the pipeline,\" the consortium said on Friday.")
    said = {q.text[:10]: q.speaker for q in facts.quotes}
    assert said["Our staff "] == "Granite Oil"


def test_a_high_office_in_lower_case_before_a_full_name_titles_a_person():
    facts = _facts("Talks stalled on Monday. The Ruritanian prime minister Anton Belak "
                   "ordered an inquiry into the blast, his office said.")
    people = {p.name: p.title for p in facts.people}
    assert "prime minister" in people.get("Anton Belak", "")


def test_consulate_general_before_a_city_is_an_office_not_a_general():
    facts = _facts("Staff were withdrawn from the embassy and from Consulate General Westport "
                   "on Tuesday, the ministry said.")
    assert not any(p.name == "Westport" for p in facts.people)
