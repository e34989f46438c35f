"""Quotes under block labels ("Quote:"), after a named person's colon, under a role label,
and an interview whose speakers' names stand on lines of their own."""

from __future__ import annotations

from .drafting import Drafts

_D = Drafts("2026-03-02", heading="Overnight attack on the port")


def test_quote_label_takes_the_person_the_paragraph_before_opens_on() -> None:
    text = ("Harbour cranes were hit overnight, officials said.\n\n"
            "Petra Lindholm, head of the regional administration, said on Telegram that "
            "crews were still at work.\n\n"
            'Quote: "Four people were hurt. Two of them are in hospital."\n')
    assert _D.speakers(text)["Four people were hur"] == "Petra Lindholm"


def test_quote_from_label_names_its_own_speaker() -> None:
    text = ("Harbour cranes were hit overnight.\n\n"
            'Quote from the Coast Guard: "Two patrol boats were sent to the pier at dawn."\n')
    assert _D.speakers(text)["Two patrol boats wer"] == "Coast Guard"


def test_person_named_right_before_the_colon_says_the_quote() -> None:
    text = ("Update at noon. Statement from the task force spokesperson Capt. Ilse Varga: "
            '"We can confirm that two sailors were hurt when the drone struck the pier."\n')
    assert _D.speakers(text)["We can confirm that "] == "Ilse Varga"


def test_line_label_ending_on_a_role_is_the_speaker() -> None:
    text = ("Forwarded\n"
            "Port authority spokesman: the harbour is closed and ships "
            '"will not be allowed to dock until the search ends"\n')
    assert _D.speakers(text)["will not be allowed "] == "Port authority spokesman"


_INTERVIEW = """Markus Feld:
Good evening. A drone hit the port overnight. Colonel Ruth Okafor joins me now.

Col. Ruth Okafor (Ret.):
Thanks for having me on the programme this evening.

Markus Feld:
Why did the defences miss it?

Col. Ruth Okafor (Ret.):
A small drone flying low over water is very hard to see on radar until late.

Markus Feld:
What should the navy do now?

Col. Ruth Okafor (Ret.):
Put more short-range guns on the piers and keep them manned at night.
"""


def test_interview_names_on_own_lines_give_the_guest_each_answer() -> None:
    speakers = _D.speakers(_INTERVIEW)
    assert speakers["A small drone flying"] == "Ruth Okafor"
    assert speakers["Put more short-range"] == "Ruth Okafor"


def test_interview_host_who_asks_is_a_person_but_not_quoted() -> None:
    facts = _D.facts(_INTERVIEW)
    assert "Markus Feld" in {p.name for p in facts.people}
    assert "Markus Feld" not in {q.speaker for q in facts.quotes}


def test_one_heading_line_repeated_is_not_a_dialogue() -> None:
    text = ("Key Points:\nThe port was hit.\n\nKey Points:\nShips were moved away.\n")
    assert "Key Points" not in {p.name for p in _D.facts(text).people}


def test_per_source_before_a_colon_is_the_speaker() -> None:
    text = ("Movement is limited until Friday. Per the consulate travel notice: "
            '"Staff may not use the coast road except for essential trips."\n')
    assert _D.speakers(text)["Staff may not use th"].endswith("travel notice")


def test_people_name_the_sender_an_outlook_thread_writes_surname_first() -> None:
    text = ("From: Okoro, Jane <jane.okoro@example-gs.com>\nSent: Monday\nSubject: RE: alarm\n\n"
            "All, the alarm sounded twice overnight and the gate was shut.\n")
    assert "Jane Okoro" in _D.people(text)


def test_a_desk_mailbox_written_surname_first_is_no_one() -> None:
    text = ("From: Room, Watch <ops.watch@example-gs.com>\nSent: Monday\n\n"
            "All, the alarm sounded twice overnight and the gate was shut.\n")
    assert "Watch Room" not in _D.people(text)


def test_the_person_whose_office_speaks_is_a_person() -> None:
    text = ("Shells fell near the border.\n\n"
            "Parliament Speaker Tomas Ilvane's office said the shelling broke the truce.\n")
    assert _D.people(text).get("Tomas Ilvane") == "Parliament Speaker"


def test_a_town_mayors_office_names_no_person() -> None:
    text = "Sirens sounded.\n\nHarbourton Mayor's office said schools would open on Monday.\n"
    assert "Harbourton Mayor" not in _D.people(text)


def test_company_short_name_saying_something_is_no_person() -> None:
    text = ("The field, run by Northcape Petroleum, was hit. Northcape said in a statement "
            "that it had stopped pumping.\n")
    assert "Northcape" not in " ".join(_D.people(text))


def test_name_with_a_lowercase_body_after_its_role_is_a_person() -> None:
    text = ("Cranes were hit overnight.\n\n"
            "Petra Lindholm, head of the regional administration, said crews were at work.\n")
    assert _D.people(text).get("Petra Lindholm") == "head of the regional administration"


def test_role_then_name_before_a_colon_and_quote_is_a_person() -> None:
    text = ('The drone fell short. Director of the PDA press office, Kemal Arslan: '
            '"It came in from the sea and hit nothing."\n')
    assert "Kemal Arslan" in _D.people(text)
    assert _D.speakers(text)["It came in from the "] == "Kemal Arslan"


def test_a_participle_before_a_lone_surname_is_no_given_name() -> None:
    text = ("Dan: Checking Farid now\n\n"
            "Dan: Farid says two cars were hit near the gate and nobody was hurt.\n")
    assert not any(name.startswith("Checking") for name in _D.people(text))
