"""Places with namesakes abroad, counts that are no figure of the report, the model a text
names, and bodies named by their Arabic or possessive forms. Every sentence here is written
for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _facts(text: str):
    return draft_briefing(Article(text=text), published="2025-05-02").facts


def _places(text: str) -> dict[str, tuple]:
    return {p.name: (p.lat, p.lon) for p in _facts(text).places}


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in _facts(text).figures]


def _orgs(text: str) -> list[str]:
    return [o.name for o in _facts(text).organizations]


# --- places -------------------------------------------------------------------------

def test_a_capital_stays_the_capital_when_the_uk_is_named_elsewhere():
    text = ("A British officer said the UK would keep its jets in Cyprus for the time being. "
            "Drones later hit a base near Azraq in Jordan, where the air force keeps fighter "
            "jets and tankers, and the army said the damage to the runway was light.\n\n"
            "A researcher in Leeds said the question was whether Washington would send more "
            "air defences to Amman.")
    from briefdeck.geo.gazetteer import Gazetteer

    found = [m for m in Gazetteer.default().find_mentions(text) if m.matched_text == "Washington"]
    assert found and found[0].entry.country == "United States"


def test_the_namesake_town_wins_when_its_country_is_named_beside_it():
    text = "Police in Washington, a town in north-east England, closed a road in the UK."
    from briefdeck.geo.gazetteer import Gazetteer

    found = [m for m in Gazetteer.default().find_mentions(text) if m.matched_text == "Washington"]
    assert found and found[0].entry.country == "United Kingdom"


def test_a_capital_whose_reaction_is_weighed_is_no_place():
    places = _places("Analysts in Amman said the militias were probing whether Washington "
                     "would respond. Drones struck near Erbil on Monday.")
    assert "Washington" not in places and "Erbil" in places


def test_a_country_named_for_its_allies_is_no_place():
    places = _places("Jordan worries about being drawn into a war with Iran's allies. "
                     "A drone fell near Mafraq overnight.")
    assert "Iran" not in places and "Mafraq" in places


def test_a_district_name_shared_abroad_goes_to_the_one_by_the_other_places():
    near_baghdad = _places("Rockets fell near Baghdad airport and the Victory Base Complex. "
                           "A wounded guard was driven to Yarmouk for treatment.")
    near_damascus = _places("Shelling hit Yarmouk again, residents of Damascus said.")
    assert abs(near_baghdad["Yarmouk"][1] - 44.3) < 0.3
    assert abs(near_damascus["Yarmouk"][1] - 36.3) < 0.3


def test_two_names_of_one_base_joined_by_a_slash_are_one_place():
    places = _places("Militants said they sent drones at the Kharab al-Jir/Rmeilan base in "
                     "Hasakah province before dawn.")
    assert "Kharab al-Jir" in places and "Rmeilan base" not in places


def test_two_distant_bases_joined_by_a_slash_stay_two_places():
    places = _places("Rockets were fired at Erbil Air Base/Harir Air Base on Friday.")
    assert {"Erbil Air Base", "Harir Air Base"} <= set(places)


def test_kuwaits_port_at_shuaiba_is_placed():
    places = _places("The division's vehicles will sail home from the port at Shuaiba, "
                     "officials in Kuwait said.")
    assert "Shuaiba" in places and abs(places["Shuaiba"][0] - 29.04) < 0.1


def test_an_embassy_heading_its_alert_is_a_body_not_a_place():
    text = ("Demonstration Alert - U.S. Embassy Amman, Jordan (May 2, 2025)\n\n"
            "Location: Amman\n\nEvent: Protesters may gather near the embassy on Friday.\n")
    assert "U.S. Embassy Amman" in _orgs(text)
    assert "U.S. Embassy Amman" not in _places(text)


# --- figures ------------------------------------------------------------------------

def test_a_post_view_count_with_a_k_suffix_is_no_figure():
    figures = _figures("Channel update\n👁 18.4K\n\nThe group said it fired three rockets. "
                       "The clip drew 2.3M views.\n")
    assert all(unit.lower() not in ("k", "m", "views") for _, unit in figures)
    assert (3, "rockets") in figures


def test_a_distance_in_metres_written_with_m_and_approx():
    figures = _figures("A mortar round landed approx 200 m north of the clinic.")
    assert (200, "m") in figures


def test_an_adverb_after_the_counted_noun_ends_its_phrase():
    figures = _figures("Four Kurdish guards were slightly hurt in the blast.")
    assert (4, "guards") in figures


def test_the_superseded_count_of_a_correction_is_no_figure():
    figures = _figures("Correction: the number of drivers hurt is now four, not three.")
    assert all(value != 3 for value, _ in figures)


def test_the_channels_that_repeated_a_claim_are_no_figure():
    figures = _figures("Three pro-militia channels shared the video within an hour.")
    assert all("channel" not in unit for _, unit in figures)


# --- systems ------------------------------------------------------------------------

def test_the_tank_variant_the_text_names_is_kept():
    systems = [s.name for s in _facts(
        "The brigade arrived with 90 M1A2 SEPv3 Abrams tanks. Each Abrams crew then "
        "trained on the range.").systems]
    assert systems == ["M1A2 SEPv3 Abrams"]


def test_a_helicopter_variant_is_kept():
    systems = [s.name for s in _facts("Two AH-64E Apache helicopters flew top cover.").systems]
    assert "AH-64E Apache" in systems


# --- organizations ------------------------------------------------------------------

def test_an_arabic_named_armed_group_is_an_organization():
    orgs = _orgs("A little-known faction, Saraya Rijal al-Thaar, posted the footage. "
                 "Liwa Zainebiyoun fighters were seen nearby.")
    assert "Saraya Rijal al-Thaar" in orgs and "Liwa Zainebiyoun" in orgs


def test_a_possessive_after_a_known_body_does_not_make_a_longer_name():
    orgs = _orgs("The Department of State's Travel Advisory for Iraq is unchanged.")
    assert "State Department" in orgs
    assert not any("Advisory" in o for o in orgs)


def test_a_company_named_with_services_is_an_organization():
    orgs = _orgs("Guards employed by Northwind Security Services were moved to bunkers.")
    assert "Northwind Security Services" in orgs


def test_army_prepositioned_stocks_are_an_organization():
    orgs = _orgs("The brigade drew its Bradleys from Army Prepositioned Stock-2 in Poland.")
    assert "Army Prepositioned Stock" in orgs


def test_an_outlet_said_to_be_a_channel_is_an_organization():
    orgs = _orgs("Karwan News, a Telegram channel run by the militias, showed the launch.")
    assert "Karwan News" in orgs


def test_an_outlet_whose_tally_is_cited_is_an_organization():
    orgs = _orgs("Militias have fired on the base 30 times, according to a tally by Qadisiya "
                 "News.")
    assert "Qadisiya News" in orgs
