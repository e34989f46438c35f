"""Warships named after cities, a sea's part, a helper's given name, a book's imprint, and
bodies: read advice, numbered escort forces, a ministry speaking through its spokesman."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-12-04", heading="Test report")


def _places(text: str) -> dict[str, tuple]:
    return {p.name: (p.lat, p.lon) for p in DRAFTS.facts(text).places}


def _orgs(text: str) -> list[str]:
    return [o.name for o in DRAFTS.facts(text).organizations]


def test_a_warship_named_after_a_city_is_no_place_in_china():
    places = _places("The navy's destroyer Zibo and the frigate Linyi sailed from Zhanjiang "
                     "in China. Later the Zibo fired its gun at a drone off Djibouti.")
    assert "Zibo" not in places and "Linyi" not in places
    assert "Zhanjiang" in places


def test_the_port_a_ship_is_named_after_stays_a_place():
    places = _places("The frigate Linyi was built in China. Officials in Linyi, a city in "
                     "Shandong, celebrated.")
    assert "Linyi" in places


def test_the_southern_red_sea_is_placed_off_yemen_not_at_the_seas_middle():
    places = _places("A missile struck a container ship in the southern Red Sea on Monday, "
                     "the Houthis said from Yemen.")
    lat, lon = places["Red Sea"]
    assert lat < 16.5 and lon > 41


def test_the_red_sea_without_a_part_keeps_its_middle():
    lat, _ = _places("Navies patrol the Red Sea, officials in Egypt said.")["Red Sea"]
    assert lat > 18


def test_a_driver_introduced_by_his_role_is_no_town():
    places = _places("Strikes hit Qamishli in Syria. Our driver Ahmad says the two men were "
                     "fighters from Amuda, not civilians.")
    assert "Ahmad" not in places and "Qamishli" in places


def test_a_books_place_of_publication_is_no_place_of_the_report():
    places = _places("Saudi Arabia fields Patriot batteries near Riyadh.\n\nNotes\n\n- The "
                     "Military Balance 2026 (Abingdon: Routledge for the IISS, 2026), p. 3.")
    assert "Abingdon" not in places and "Riyadh" in places


def test_villages_of_the_khabur_and_quneitra_are_placed():
    places = _places("Shelling hit Um al-Keif and Tal Shamiram near Tal Tamr in Syria. Israeli "
                     "strikes hit Jubata al-Khashab in Quneitra and Khan al-Sheeh near Damascus.")
    assert {"Um al-Keif", "Tal Shamiram", "Jubata al-Khashab", "Khan al-Sheeh"} <= set(places)


def test_liman_is_the_galilee_kibbutz_beside_nahariya_and_ukraines_town_beside_ukraine():
    assert _places("A rocket fell near Liman, north of Nahariya in Israel.")["Liman"][0] < 34
    assert _places("Russian troops pushed towards Liman in Ukraine's Donetsk region.")[
        "Liman"][0] > 45


def test_advice_to_read_a_section_is_no_body():
    orgs = _orgs("Iraq remains dangerous.\n\nRead the Safety and Security section on the "
                 "country information page.\n\nReview the Country Security Report for Iraq.")
    assert not [o for o in orgs if o.startswith(("Read", "Review"))]


def test_a_numbered_escort_task_force_in_lower_case_is_a_body():
    orgs = _orgs("The destroyer, part of the navy's 48th escort task force, shot down a drone "
                 "over the Gulf of Aden.")
    assert "48th escort task force" in orgs


def test_a_ministry_speaking_through_its_spokesman_is_a_body():
    orgs = _orgs("Asked on Friday, Chinese defence ministry spokesman Jiang Bin said the task "
                 "force had acted lawfully. The Houthi-run health ministry initially said six "
                 "people were killed.")
    assert "Chinese defence ministry" in orgs and "Houthi-run health ministry" in orgs


def test_think_tanks_aid_funds_and_ngo_platforms_are_known_bodies():
    orgs = _orgs("IISS estimates suggest stocks are low. Aid went to Damascus through the Qatar "
                 "Fund for Development. INSO flash just came in; ANHA reporting 2 killed; the "
                 "asayish contact told him more.")
    assert {"IISS", "Qatar Fund for Development", "INSO", "ANHA", "Asayish"} <= set(orgs)
