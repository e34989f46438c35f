"""Figures in records and memos: field lines, unit and building codes, shares "in ten", a unit's
running count of engagements, stays counted in nights, first reports set after the count."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _figures(text: str) -> list[tuple[float, str]]:
    briefing = draft_briefing(Article(text=text), published="2026-12-01")
    return [(f.value, f.unit) for f in briefing.facts.figures]


def test_a_record_field_counts_what_its_label_names() -> None:
    got = _figures(
        "Case No: QX-11-0042      Priority: 2        Agency: FIRE\n"
        "UAS: 3 (2 IMPACT, 1 DOWNED)   Patients: 5   Fatalities: 0\n"
        "Disposition: CLOSED\n"
    )
    assert (3.0, "UAS") in got and (5.0, "patients") in got
    assert not any(unit == "fatalities" for _, unit in got)
    assert not any(value == 2.0 and unit.lower() == "agency" for value, unit in got)


def test_a_record_counter_and_a_singular_label_count_nothing() -> None:
    got = _figures(
        "Exported by: kmoss | Export time: 2026-11-02 10:00 | Records: 7\nRockets: 4 | Sector: 9\n"
    )
    assert (4.0, "rockets") in got
    assert not any(value in (7.0, 9.0) for value, _ in got)


def test_a_wing_number_before_several_sets_of_initials_is_no_count() -> None:
    got = _figures(
        "02:10  PER 517 EMDG 2ND PT ARRIVED\n02:40  PER 517 AEW/PA STATEMENT OUT\n"
        "03:00  M-4: 2 PTS. PT1 STABLE, TAKEN TO 517 EMDG\n"
    )
    assert not any(value == 517.0 for value, _ in got)
    assert (2.0, "patients") in got


def test_building_and_pole_codes_are_no_counts() -> None:
    got = _figures(
        "The rocket landed between the 715 motor pool and the fence, about 30 meters away. "
        "Speakers on pole 4C stayed silent. Amplifier on 4C lost power."
    )
    assert (30.0, "m") in got
    assert not any(value in (715.0, 4.0) for value, _ in got)


def test_a_share_in_ten_is_one_figure() -> None:
    got = _figures("Eight in ten volunteers trust the new shelters.")
    assert (8.0, "in ten") in got
    assert not any(value == 10.0 for value, _ in got)


def test_a_part_of_our_whole_counts_the_whole_noun() -> None:
    got = _figures("The poll shows that 97 of our 130 medics answered it.")
    assert (97.0, "medics") in got and (130.0, "medics") in got


def test_a_crews_running_count_of_engagements_is_a_tally() -> None:
    got = _figures("It was our sixth engagement since the battery arrived in the Gulf.")
    assert (6.0, "engagements") in got


def test_a_weapon_listed_after_a_sides_weapons_is_counted() -> None:
    got = _figures("The frigate downed three Houthi attack drones and one cruise missile.")
    assert (3.0, "drones") in got and (1.0, "missile") in got


def test_stays_paid_for_are_counted_in_nights() -> None:
    got = _figures("The fund covered 2,310 nights of lodging near the hospital this year.")
    assert (2310.0, "nights of lodging") in got


def test_a_generator_rating_is_power_not_a_count() -> None:
    got = _figures("A 400 kW generator was hit by fragments.")
    assert (400.0, "kW") in got
    assert not any(unit == "generator" for _, unit in got)


def test_a_first_report_told_after_the_count_is_left_out() -> None:
    got = _figures(
        "Four guards and one driver were hurt; the first reports that night counted three wounded."
    )
    assert (4.0, "guards") in got
    assert not any(value == 3.0 for value, _ in got)


def test_a_logs_estimated_percentage() -> None:
    got = _figures("05:10  E-9 OVERHAUL DONE. EST 40 PCT OF HANGAR 7 DESTROYED\n")
    assert (40.0, "%") in got
