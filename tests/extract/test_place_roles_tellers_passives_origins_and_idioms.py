"""A role cue counts only for the place it is about: not for the seat of whoever confirms the
news, not past a passive cue's own target into the next clause, not for where weapons came
from, not for the hospital town the wounded were taken to. A drone that got through at a base
attacked it; a passive cue names where it happened ("struck by a drone near X"); the evidence
for a role is the sentence that gave it; a mourning idiom's city is no place of the report; a
header's name stops before "Aboard"; an expert's party stays in the description. Sentences are
our own."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Air defence update")


def _places(text: str) -> dict:
    return {p.name: p for p in DRAFTS.facts(text).places}


def _roles(text: str) -> dict[str, str]:
    return {name: p.role for name, p in _places(text).items()}


def test_the_command_that_confirmed_the_wounded_does_not_make_its_city_a_target():
    roles = _roles("A contractor was wounded by debris at the camp near Erbil, the army's "
                   "operations command in Stuttgart confirmed on Monday.")
    assert roles.get("Stuttgart") != "attack target"
    assert roles.get("Erbil") == "attack target"


def test_a_passive_hit_does_not_reach_a_region_in_the_next_clause():
    roles = _roles("Kirkuk has been struck nine times since spring, and with troops gathering "
                   "in the Kurdistan Region the army wants more cover.")
    assert roles.get("Kurdistan Region") != "attack target"


def test_a_passive_hit_still_names_where_it_happened():
    roles = _roles("A fuel truck was struck by a drone near Tikrit on Sunday.")
    assert roles.get("Tikrit") == "attack target"


def test_drones_coming_out_of_a_country_are_no_withdrawal_from_it():
    roles = _roles("Most of the rockets were coming out of Syria, the colonel said.")
    assert roles.get("Syria") != "withdrawal"
    roles = _roles("The drones coming out of Iraq flew low along the border.")
    assert roles.get("Iraq") != "withdrawal"


def test_troops_pulling_out_of_a_country_still_withdraw():
    roles = _roles("The battalion will pull out of Syria by the end of the year.")
    assert roles.get("Syria") == "withdrawal"


def test_a_drone_that_got_through_at_a_base_attacked_it():
    roles = _roles("One drone got through at Tal Tamr on Friday and hit a barracks.")
    assert roles.get("Tal Tamr") == "attack target"


def test_aid_getting_through_attacks_nothing():
    roles = _roles("The first convoy of food finally got through to Tal Tamr on Friday.")
    assert roles.get("Tal Tamr") != "attack target"


def test_a_place_role_points_at_the_sentence_that_gave_it():
    text = ("Every radar we keep in Jordan is one we lack elsewhere. Two missiles were aimed "
            "at Jordan last week.")
    jordan = _places(text)["Jordan"]
    body = f"{DRAFTS.heading}\n\n{text}\n"  # as the drafts read it
    assert jordan.role == "attack target"
    assert body[jordan.provenance.start:].startswith("Jordan last week")


def test_a_city_in_a_martyrdom_idiom_is_no_place_of_the_report():
    places = _places('Hezbollah mourned the fighter, "who died as a martyr on the road to '
                     'Jerusalem", after a strike on Khiam.')
    assert "Jerusalem" not in places
    assert "Khiam" in places


def test_a_header_name_stops_before_aboard_and_keeps_the_principal_grade():
    people = DRAFTS.people("Press Gaggle by Principal Deputy Press Secretary Dana Mireaux "
                           "Aboard Air Force One En Route Miami, Florida\n")
    assert people == {"Dana Mireaux": "Principal Deputy Press Secretary"}


def test_an_experts_party_stays_in_the_description():
    people = DRAFTS.people("Social Democratic Party defence expert Jonas Keppler said the "
                           "plan was unclear. Green Party defence expert Ilse Varga said it "
                           "was late.\n")
    assert people.get("Jonas Keppler") == "Social Democratic Party defence expert"
    assert people.get("Ilse Varga") == "Green Party defence expert"


def test_the_town_of_the_hospital_the_wounded_were_taken_to_was_not_attacked():
    roles = _roles("Two guards were wounded at the checkpoint near Hajin and taken to a hospital "
                   "in Mayadin.")
    assert roles.get("Mayadin") != "attack target"
    assert roles.get("Hajin") == "attack target"
    roles = _roles("A soldier who was wounded in the raid died at Kirkuk General Hospital.")
    assert roles.get("Kirkuk") != "attack target"
