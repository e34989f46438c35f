"""An event's weapons are those that attacked, a denied report is no event, a disaster is no
attack, and a quoted post or a campaign's pause recalled tells no happening of its own.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-03-12"  # a Thursday


def _events(text: str):
    return drafted_events(text, PUBLISHED)


def test_weapons_kept_at_the_struck_site_are_not_the_strikes_weapons():
    text = ("Jets hit militia depots\n\n"
            "On March 10, air strikes hit two warehouses near Tal Afar that a local militia "
            "used to store rockets and drones, officials said.\n")
    strikes = [e for e in _events(text) if e.kind == "strike"]
    assert strikes and not any({"rockets", "drones"} & set(e.weapons) for e in strikes)


def test_launchers_a_strike_hit_are_its_target_not_its_weapon():
    text = ("Border flare-up\n\n"
            "On March 10, Israeli aircraft struck militia rocket launchers near Marjayoun, "
            "the army said.\n")
    strikes = [e for e in _events(text) if e.kind == "strike"]
    assert strikes and all("rocket launchers" not in e.weapons for e in strikes)


def test_drones_a_strike_destroyed_are_not_the_strikes_weapon():
    text = ("Coastal raid\n\n"
            "On March 10, U.S. forces destroyed three Houthi drones and a radar near Midi "
            "before they could be launched, the command said.\n")
    strikes = [e for e in _events(text) if e.kind == "strike"]
    assert strikes and all("drones" not in e.weapons for e in strikes)


def test_an_intercepted_missile_is_still_the_attacks_weapon():
    text = ("Missile over the coast\n\n"
            "On March 10, air defences intercepted and destroyed a ballistic missile fired "
            "at the port of Jizan, the ministry said.\n")
    attacks = [e for e in _events(text) if e.kind == "attack"]
    assert attacks and any("ballistic missiles" in e.weapons for e in attacks)


def test_a_campaign_recalled_by_its_weapon_lends_none_to_the_attack():
    text = ("Base shelled\n\n"
            "Rocket fire against Camp Dwyer on March 10 was the first rocket attack on the "
            "camp since the drone campaign began in January.\n")
    attacks = [e for e in _events(text) if e.kind == "attack"]
    assert attacks and all("drones" not in e.weapons for e in attacks)


def test_a_report_the_teller_denies_drafts_no_strike_and_no_dead():
    text = ("Statement of the General Command\n\n"
            "The Command also denies the report carried by foreign media on March 9 that a "
            "senior officer was killed in an air strike near Deir Hafer. This report is false.\n")
    assert not any(e.date == "2026-03-09" and e.killed for e in _events(text))


def test_an_earthquake_that_kills_is_no_attack():
    text = ("World briefs\n\n"
            "A magnitude 5.8 earthquake strikes the Cusco region on March 10, killing three "
            "people and damaging dozens of homes.\n")
    assert not any(e.kind in ("attack", "strike") for e in _events(text))


def test_a_quoted_caption_under_check_is_no_attack():
    text = ("Fact check: old footage\n\n"
            "\"BREAKING: Balad is burning. Iran's missiles hit the American base tonight, dozens "
            "of soldiers killed, Washington is hiding the dead,\" reads the caption of a clip "
            "shared on Facebook on March 10, 2026. The footage is from a 2019 exercise.\n")
    assert not any(e.kind == "attack" for e in _events(text))


def test_a_campaign_paused_in_a_past_month_dates_no_attack_then():
    text = ("Shipping note\n\n"
            "A cargo ship was hit by a missile off Mokha on March 10.\n\n"
            "- The attack on the cargo ship is the first confirmed strike on a merchant vessel "
            "in the Red Sea since the group paused its naval campaign in November 2025, "
            "following the Gaza truce.\n")
    assert not any(e.date == "2025-11" for e in _events(text))


def test_two_tellings_of_one_attack_at_a_site_are_one_event_with_the_toll():
    text = ("Episode 12: the night at Rmelan\n\n"
            "Host Ann Lee talks with analyst Bo Kim about Sunday night's attack on U.S. troops "
            "at Rmelan in northeast Syria, and what is left of the air defence umbrella over "
            "Erbil.\n\n"
            "BO KIM: So, late Sunday, three one-way attack drones came in toward Rmelan, one of "
            "the last U.S. sites in Hasakah province. The third got through, and three soldiers "
            "were wounded.\n")
    sunday = [e for e in _events(text) if e.date == "2026-03-08" and e.kind == "attack"]
    assert len(sunday) == 1 and sunday[0].wounded == 3
