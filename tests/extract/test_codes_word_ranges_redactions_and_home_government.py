"""Numbers inside codes and slashed dates, "five or six" ranges, a group's noun before its
count, patient counts by condition, deployments and supplies that last; redacted units,
officers' posts, a ship with and without its prefix, the home government acting."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _facts(text):
    return draft_briefing(Article(text=text + "\n"), published="2026-11-20").facts


def _figures(text):
    return [(f.value, f.value_high, f.unit) for f in _facts(text).figures]


def test_redaction_codes_regulations_and_slashed_dates_are_no_figures():
    got = _figures("DATE: 11/10/26   WRITER: SMITH\n\nAn AR 15-6 inquiry named SPC (b)(6), "
                   "and the battery fired 12 interceptors.")
    assert [v for v, _, _ in got] == [12.0]


def test_five_or_six_is_a_range_but_a_list_of_numbers_is_not():
    assert (5.0, 6.0, "flights a week") in _figures(
        'Radars now track "five or six" suspicious flights a week.')
    assert (4.0, None, "drones") in _figures("Guards saw two, three or four drones.")


def test_the_adjectives_and_the_day_after_a_count_are_not_what_it_counts():
    assert (2.0, None, "tracks") in _figures("The radar saw two low, slow tracks to the east.")
    assert (13.0, None, "wounded") in _figures(  # (a handful would be the event's toll)
        "Two guards were killed and 13 wounded late Monday near the post.")
    assert (11.0, None, "staff") in _figures(
        "The charity runs the ward with 11 international and 160 local staff.")


def test_a_crew_of_a_size_counts_the_crew():
    assert (21.0, None, "crew") in _figures("The crew of 21 fought the fire for hours.")


def test_patients_counted_by_condition_keep_the_condition():
    got = _figures("Medics treated 2 seriously hurt and 12 lightly hurt people.")
    assert (2.0, None, "seriously hurt") in got and (12.0, None, "lightly hurt") in got


def test_a_deployment_length_and_days_of_fuel_are_figures():
    assert (9.0, 12.0, "months") in _figures("The unit expects to stay nine to 12 months.")
    assert (10.0, None, "days") in _figures("The generators have about ten days of fuel left.")


def test_a_redacted_unit_and_an_officers_post_are_no_organizations():
    names = [o.name for o in _facts(
        "Killed: SPC (b)(6), 1st Battalion, (b)(6) Infantry Regiment. The Army Chief of Staff "
        "visited the base.").organizations]
    assert not [n for n in names if "Battalion" in n or "Regiment" in n or "Chief" in n]


def test_a_hospital_that_has_announced_a_death_is_a_body():
    names = [o.name for o in _facts("Ziv Medical Center has announced the death of a man.")
             .organizations]
    assert "Ziv Medical Center" in names


def test_a_merchant_ship_with_and_without_its_prefix_is_one_system():
    systems = [s.name for s in _facts(
        "A missile hit the bulk carrier Kestrel Bay. The master of MV Kestrel Bay said the crew "
        "was safe.").systems]
    assert len([s for s in systems if "Kestrel" in s]) == 1


def test_counter_uas_initials_name_the_counter_uas_systems():
    systems = [s.name for s in _facts("C-UAS systems engaged two drones over the base.").systems]
    assert "counter-UAS systems" in systems


def test_the_united_states_acting_is_no_place_but_one_flown_to_is():
    acting = _facts("Officials said the United States would respond to the drone attack.")
    assert "United States" not in [p.name for p in acting.places]
    flown = _facts("Two wounded soldiers were flown back to the United States on Friday.")
    assert "United States" in [p.name for p in flown.places]
