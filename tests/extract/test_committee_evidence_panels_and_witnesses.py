"""A select committee's oral evidence (numbered questions, witnesses' answers under their names,
turns run together), a panel transcript labelled by bare names in capitals, witnesses named by
a given name and an age, and quote speakers in a video's time-coded transcript ("its words",
"And the force, X, said"). Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-10", heading="Evidence session")

_EVIDENCE = (
    "Members present: Ann Fairlie (Chair); Robert Quayle; Helen Dorsey.\n\n"
    "Witnesses\n\n"
    "I: Commodore Peter Lask, Head of Maritime Operations; and Joanna Prill, Director Middle "
    "East, Foreign Office.\n\n"
    "Q40 Chair: Good morning. What happened to the tanker?\n\n"
    "Commodore Lask: Thank you, Chair. Early on Sunday a drone struck the tanker near the strait "
    "and started a small fire that the crew put out within the hour.\n\n"
    "Q41 Robert Quayle: How many of our sailors are in the area? Joanna Prill: About 300, down "
    "from 500 last spring, and the number will fall again by the summer.\n\n"
    "Q42 Helen Dorsey: Are more escorts coming?\n\n"
    "Joanna Prill: We are sending another frigate, and I would be happy to write to the "
    "Committee with the dates.\n")


def test_a_committees_witnesses_answer_under_their_names_and_members_only_ask():
    quotes = [(q.speaker, q.text[:24]) for q in DRAFTS.facts(_EVIDENCE).quotes]
    assert ("Peter Lask", "Early on Sunday a drone ") in quotes  # the thanks set aside
    assert ("Joanna Prill", "About 300, down from 500") in quotes  # after the question, run on
    assert ("Joanna Prill", "We are sending another f") in quotes
    assert not any(who in ("Robert Quayle", "Helen Dorsey", "Ann Fairlie") for who, _ in quotes)


def test_a_committees_members_and_witnesses_are_people_and_a_region_is_no_name():
    people = DRAFTS.people(_EVIDENCE)
    assert people["Ann Fairlie"] == "Chair"
    assert people["Robert Quayle"] == people["Helen Dorsey"] == "Member of the committee"
    assert people["Joanna Prill"] == "Director Middle East, Foreign Office"
    assert "Middle East" not in people  # "Director Middle East": the office's region


def test_a_committees_members_asking_are_no_sources():
    words = [text for _kind, _count, text in DRAFTS.sources(_EVIDENCE)]
    assert not any("Quayle" in w or "Dorsey" in w for w in words)


_PANEL = (
    "MARY COLE: Welcome, everyone. Let me start with you, Ravi. What changed this month?\n\n"
    "RAVI SHANKAR: The launches moved south, and the crews are firing at night now, which "
    "makes the radars work much harder.\n\n"
    "MARY COLE: Lina, do you agree?\n\n"
    "LINA HADDAD: Mostly. The groups want the convoys to slow down, not to stop them.\n\n"
    "MARY COLE: And the cost?\n\n"
    "RAVI SHANKAR: Each interceptor costs far more than the drone it brings down.\n\n"
    "LINA HADDAD: And that gap is the whole point of the campaign for the groups.\n")


def test_a_panels_bare_name_labels_name_people_and_their_answers():
    people = DRAFTS.people(_PANEL)
    assert {"Mary Cole", "Ravi Shankar", "Lina Haddad"} <= set(people)
    quotes = [(q.speaker, q.text[:20]) for q in DRAFTS.facts(_PANEL).quotes]
    assert ("Lina Haddad", "Mostly. The groups w") in quotes
    assert not any(who == "Mary Cole" for who, _ in quotes)  # the moderator asks


def test_a_panels_moderator_is_no_source():
    assert not any("MARY COLE" in text for _kind, _count, text in DRAFTS.sources(_PANEL))


def test_a_witness_named_by_given_name_and_age_speaks_under_that_name():
    text = ("Mariam, 38, whose shop was destroyed, said the street was full that morning. "
            '"Nobody warned us, nobody at all," she said.\n\n'
            "In the harbour, Yusuf, 47, a crane driver, said the depot had been empty for days. "
            '"Only the night guards were there when it burned," he said.\n')
    speakers = DRAFTS.speakers(text)
    assert speakers["Nobody warned us, no"] == "Mariam"
    assert speakers["Only the night guard"] == "Yusuf"


def test_a_time_coded_transcript_keeps_its_speakers():
    text = ("0:20 Now, the Iraqi military put out a statement this morning.\n\n"
            '0:25 It says it hit "a weapons depot" – its words – which it named as Depot Nine.\n\n'
            '0:40 And the UN mission, UNMOC, said it was "gravely alarmed" by the strike.\n')
    speakers = DRAFTS.speakers(text)
    assert speakers["a weapons depot"] == "Iraqi military"  # (not the depot it named)
    assert speakers["gravely alarmed"] == "UNMOC"


def test_a_chat_lines_subject_that_acted_first_speaks_not_the_place_after():
    text = ('Our guard heard the blasts from Tal Baydar, said it was "like a door slamming '
            'twice" and then nothing.\n\n'
            'Also the ministry put out a line: "no damage to the pumping station". Nothing else.\n')
    speakers = DRAFTS.speakers(text)
    assert speakers["like a door slamming"] == "guard"
    assert speakers["no damage to the pum"] == "ministry"
