"""A warship known by its radio callsign is a system; a missile that hits a merchant ship is the
attacker's beside named air defences; a dataset's CSV weapon cell ("rocket x2") is a rocket of
its own row; "the three rockets" after rockets named uncounted is their first count."""

from __future__ import annotations

from .drafting import Drafts

_D = Drafts("2027-03-10", heading="Incident notes")


def test_a_warship_known_by_its_callsign_is_a_system():
    text = (
        "At 2210 a station calling itself Coalition Warship 12 hailed the tanker on channel 16 "
        "and told the master to turn north."
    )
    assert "Coalition Warship 12" in _D.systems(text)


def test_a_missile_that_hits_a_merchant_ship_is_kept_beside_named_air_defences():
    text = (
        "Two Patriot batteries reached the air base in Qaryat on March 6, officials said.\n\n"
        "A rebel missile hits a cargo ship off the coast of Marib on March 8, the owners said."
    )
    names = _D.systems(text)
    assert "Patriot" in names and "missiles" in names


def test_a_csv_weapon_cell_keeps_its_own_rockets_beside_a_named_calibre():
    text = (
        "Add the attack of 8 March: four 122mm rockets at Camp Tarrow.\n\n"
        " id,date,site,country,weapon,killed,wounded\n"
        " X-0101,2027-03-02,Camp Orvin,IQ,rocket x2,0,0\n"
        "+X-0102,2027-03-08,Camp Tarrow,IQ,rocket 122mm x4,0,1\n"
    )
    names = _D.systems(text)
    assert "122mm rockets" in names and "rockets" in names


def test_a_prose_rocket_beside_one_named_calibre_is_still_that_calibre():
    text = (
        "Militants fired four 122mm rockets at Camp Tarrow on March 8. The rocket attack "
        "wounded one guard, the police said."
    )
    assert _D.systems(text) == ["122mm rockets"]


def test_the_first_count_of_rockets_named_uncounted_is_a_figure():
    text = (
        "Militants fired rockets at the airport in Sarvan early on March 8. The three rockets "
        "fell in a field about 3 kilometres away, the police said."
    )
    assert (3.0, "rockets") in _D.figures(text)


def test_a_definite_count_told_before_is_still_no_new_figure():
    text = (
        "Three rockets were fired at the airport in Sarvan on March 8, the police said.\n\n"
        "Officers later found where the rockets were launched. The three rockets fell short."
    )
    assert _D.figures(text).count((3.0, "rockets")) == 1


def test_the_two_sides_are_no_count():
    text = "Officials of Sarvan and Marib met on March 8. The two sides agreed to meet again."
    assert (2.0, "sides") not in _D.figures(text)


def test_the_wounded_rest_of_a_single_death_borrowing_its_toll_word_is_no_figure():
    text = "One driver was killed and four were injured when rockets struck the depot in Sarvan."
    assert (4.0, "injured") not in _D.figures(text)


def test_a_tally_of_two_bare_counts_keeps_both_halves():
    text = "Two were killed and seven were injured in Sarvan, the governor said."
    figures = _D.figures(text)
    assert (2.0, "killed") in figures and (7.0, "injured") in figures
