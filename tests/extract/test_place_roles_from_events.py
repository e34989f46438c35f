"""A town an attack is drafted at is that attack's target, though the cue is elsewhere."""

from __future__ import annotations

from types import SimpleNamespace

from tests.extract.drafting import Drafts

from briefdeck.extract.place_role_event_guards import named_for_else

DRAFTS = Drafts("2026-11-20", "Force protection update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.place) for e in DRAFTS.facts(text).events]


def test_a_town_an_attack_is_placed_at_in_the_sentence_before_is_its_target():
    text = ("Biggest one was Sunday night at Erbil in Iraq. Two drones hit the airport's fuel "
            "depot and wounded three contractors.")
    assert ("attack", "Erbil") in _events(text)
    assert _roles(text).get("Erbil") == "attack target"


def test_a_port_an_attack_is_measured_from_is_no_target():
    roles = _roles("A bulk carrier was struck by a missile on Monday about 60 nautical miles "
                   "southeast of Aden in Yemen, the agency said.")
    assert roles.get("Aden") != "attack target"


def test_the_town_of_a_hospital_treating_the_wounded_is_no_target():
    roles = _roles("A farmer hit by rocket fire in Metula in Israel on Tuesday has died of his "
                   "wounds, the Ziv Medical Center in Safed says.")
    assert roles.get("Safed") != "attack target"


def test_a_dateline_city_is_no_target_of_the_attack_it_reports():
    roles = _roles("WASHINGTON (AP) -- A drone attack on a U.S. outpost in Syria wounded two "
                   "soldiers on Monday, officials said.")
    assert roles.get("Washington") != "attack target"


def test_a_smuggling_drone_downed_near_a_town_is_no_attack_on_it():
    smuggling = ("Border guards shot down a drone carrying about two kilograms of crystal "
                 "methamphetamine near Ramtha in Jordan on Tuesday, the army said.")
    assert _roles(smuggling).get("Ramtha") != "attack target"
    armed = smuggling.replace("crystal methamphetamine", "explosives")
    assert _roles(armed).get("Ramtha") == "attack target"


def test_the_air_base_jets_launched_from_is_no_target():
    roles = _roles("Two F-16s at Siauliai Air Base in Lithuania launched on Tuesday after a drone "
                   "attack on Rezekne in Latvia, the alliance said.")
    assert roles.get("Siauliai Air Base") != "attack target"


def test_a_town_on_whose_outskirts_strikes_fell_is_their_target():
    text = ("Israeli airstrikes on the outskirts of Hermel in northern Bekaa on Sunday killed "
            "two people, Lebanese media reported.")
    assert _roles(text).get("Hermel") == "attack target"


def test_a_war_or_truce_the_attack_is_set_against_names_no_target():
    for text, name in (("attacks after the start of the war in Gaza in October", "Gaza"),
                       ("since it paused its campaign, following the Gaza ceasefire.", "Gaza")):
        start = text.index(name)
        mention = SimpleNamespace(start=start, end=start + len(name))
        assert named_for_else(text, mention)


def test_a_capital_named_as_the_government_is_no_target():
    roles = _roles("A mass-casualty attack like the one at Tower 22 in Jordan in January 2024 "
                   "could draw Washington into a wider conflict.")
    assert roles.get("Washington") != "attack target"


def test_a_town_named_after_the_site_it_locates_in_a_table_row_is_no_target():
    text = ("Date\tSite\tWhat\n16 Nov\tHarir AB, Erbil\tOWA UAS x1 shot down\n"
            "17 Nov\tErbil Air Base\tRocket attack\n")
    assert _roles(text).get("Erbil") != "attack target"


def test_a_place_left_exposed_is_no_withdrawal():
    roles = _roles("The coalition handed over Harir air base last week. Does that leave Erbil "
                   "more exposed to drones, the host asked.")
    assert roles.get("Erbil") != "withdrawal"
    assert _roles("U.S. troops will leave Erbil by March, officials said.").get("Erbil") == \
        "withdrawal"


def test_a_move_denied_is_no_withdrawal():
    roles = _roles("A U.S. defense official said on Tuesday that no Patriot battery is being "
                   "moved out of Erbil for now.")
    assert roles.get("Erbil") != "withdrawal"
    assert _roles("Officials said U.S. troops will not leave Erbil this year.").get("Erbil") \
        != "withdrawal"
