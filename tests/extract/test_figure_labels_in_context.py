"""A figure's label says what is counted plus where and when its clause says so, and the
BLUF's force level is the one held now, not a past or planned one."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

DRAFTS = Drafts("2027-02-10", "Posture update")


def _labels(text: str) -> dict[float, str]:
    return {f.value: f.label for f in DRAFTS.facts(text).figures}


def _force_level(text: str) -> str:
    body = f"Posture update\n\n{text}\n"
    article = Article(text=body, boilerplate=[], headline="Posture update", outlet="", byline="",
                      published="2027-02-10", url="", path="", format="txt", warnings=[])
    points = draft_briefing(article, published="2027-02-10").narrative.key_points
    return next((p for p in points if p.startswith("Force level")), "")


def test_a_label_names_the_country_its_clause_places_the_count_in():
    labels = _labels("About 3,100 Dutch troops are stationed in Lithuania and about 700 in "
                     "Estonia, a ministry spokesman said.")
    assert labels[3100].startswith("About 3,100 Dutch troops") and "in Lithuania" in labels[3100]
    assert labels[700].startswith("about 700") and "in Estonia" in labels[700]
    assert "Lithuania" not in labels[700]


def test_a_label_keeps_the_period_its_clause_gives_a_count():
    labels = _labels("The navy kept some 1,800 sailors in the Aegean and about 600 in Crete "
                     "for most of the last decade, though the count in Crete rose to about "
                     "1,000 in early 2025.")
    assert labels[1800] == "some 1,800 sailors in the Aegean, last decade"
    assert labels[600].endswith(", last decade")
    assert labels[1000] == "about 1,000 sailors in Crete, early 2025"


def test_the_date_after_a_change_belongs_to_the_new_count_only():
    labels = _labels("The garrison is to shrink from about 2,600 soldiers to about 1,200 by "
                     "Nov. 15.")
    assert "Nov" not in labels[2600]
    assert labels[1200].endswith("by Nov. 15")


def test_a_label_says_where_goods_were_sent():
    labels = _labels("About 450 pallets of spare parts were flown to Romania last week, the "
                     "logistics command said.")
    assert labels[450].startswith("About 450 pallets") and "to Romania" in labels[450]


def test_a_country_adjective_is_not_read_as_the_place():
    labels = _labels("The ministry said 40 trucks were handed to Moldovan border guards.")
    assert "Moldovan" not in labels[40]


def test_a_distance_label_stays_the_distance():
    labels = _labels("The convoy stopped 35 kilometres in front of the Kherson bridge.")
    assert labels[35] == "35 kilometres"


def test_a_label_without_place_or_time_is_the_amount_alone():
    assert _labels("Rescuers pulled 14 people from the rubble.")[14] == "14 people"


def test_force_level_prefers_the_level_held_now_over_a_larger_past_one():
    level = _force_level(
        "About 1,600 Canadian soldiers are now based in Latvia, officials said.\n\n"
        "Canada had some 2,900 soldiers in Latvia for much of the past decade.")
    assert "1,600" in level and "2,900" not in level


def test_force_level_never_shows_a_planned_level():
    level = _force_level(
        "Roughly 2,400 Italian troops are currently deployed in Lebanon.\n\n"
        "Under the plan, the contingent would grow to about 3,800 by the end of June.")
    assert "2,400" in level and "3,800" not in level


def test_force_level_takes_a_past_level_when_the_report_gives_no_other():
    level = _force_level("In 2019 the alliance had about 5,500 troops in Kosovo.")
    assert "5,500" in level


def test_a_place_that_opens_the_sentence_places_the_count():
    labels = _labels("In Norway, about 900 Marines train each winter near the coast.")
    assert labels[900].startswith("about 900 Marines") and "in Norway" in labels[900]


def test_the_date_of_an_announcement_is_not_the_date_of_the_count():
    labels = _labels("About 1,300 troops stay under a pact signed in March that expires by "
                     "June 2028.")
    assert "March" not in labels[1300] and "2028" not in labels[1300]


def test_a_count_the_plan_would_reach_is_labelled_planned():
    labels = _labels("Under the new plan the brigade would shrink to about 1,900 soldiers.")
    assert labels[1900].endswith(", planned")


def test_a_label_keeps_every_place_of_a_list_not_only_the_first():
    labels = _labels("Proxy groups have mounted more than 60 raids on allied outposts in Libya, "
                     "Chad and Niger since March. Officials counted 9 raids in Mali and Niger.")
    assert labels[60] == "more than 60 raids in Libya, Chad and Niger, since March"
    assert labels[9] == "9 raids in Mali and Niger"


def test_a_label_keeps_an_area_as_written_and_not_the_launchers_place():
    labels = _labels("Air defence units in the AFRICOM area of responsibility fired 212 "
                     "interceptors against drones launched by rebel groups in Sudan and Chad.")
    assert labels[212] == "212 interceptors in the AFRICOM area of responsibility"


def test_a_label_keeps_the_place_of_those_wounded_by_debris():
    labels = _labels("Three farmers were wounded by debris in Ruwaished. Two drones launched "
                     "by the rebels at a ferry in the Gulf of Sidra were downed.")
    assert labels[3] == "Three farmers in Ruwaished"
    assert labels[2] == "Two drones in the Gulf of Sidra"


def test_a_label_gives_both_ends_of_a_span_of_time():
    labels = _labels("The rebels fired more than 90 rockets between October and early March.")
    assert labels[90] == "more than 90 rockets, October–early March"


def test_a_duration_takes_no_place_from_the_units_before_it():
    labels = _labels("Four units in Tobruk were found faulty and would be fixed within two weeks.")
    assert labels[2] == "two weeks"
