"""Force sizes told by "it" or "that figure", a place that "has" so many, posture tables read
from PDFs, two-word nouns, and systems named by a designation the lists do not know."""

from tests.extract.drafting import Drafts

D = Drafts("2026-11-22", "Test note")


def test_a_force_that_it_says_dropped_counts_troops():
    got = D.figures("The US keeps 2,600 troops in Iraq. In Syria it has dropped from around "
                    "1,800 to fewer than 700, spread across a few sites.")
    assert (1800.0, "troops") in got and (700.0, "troops") in got


def test_it_is_expected_to_drop_below_counts_the_force_told_before():
    got = D.figures("There are 1,900 troops in Syria. It is expected to drop below 1,200 "
                    "by the summer.")
    assert (1200.0, "troops") in got


def test_that_figure_of_a_force_counts_the_force_but_not_a_toll():
    assert (400.0, "soldiers") in D.figures(
        "The move leaves about 1,300 soldiers in the north. Under the deal, that figure is "
        "due to fall below 400 by May.")
    assert (6.0, "officials") not in D.figures(
        "Two officials were hurt. Medics later raised that figure to six.")


def test_a_quoted_goal_in_a_country_counts_troops():
    got = D.figures("The Pentagon has 2,400 troops there. An aide says the goal is "
                    "\"fewer than 600\" in Syria by next year.")
    assert (600.0, "troops") in got


def test_a_place_that_has_so_many_counts_what_the_sentence_before_placed():
    got = D.figures("Kuwait hosts 12,000 troops. Some 8,000 are at Al Udeid in Qatar. "
                    "Bahrain, home to a fleet, has about 7,000. Jordan, where a drone wounded "
                    "more than 30 people, has around 2,900.")
    assert (7000.0, "troops") in got and (2900.0, "troops") in got


def test_staff_officers_are_one_noun():
    assert (7.0, "staff officers") in D.figures("In addition, 7 Belgian staff officers "
                                                "serve with the mission in Baghdad.")


def test_a_posture_table_with_blank_lines_a_wrapped_header_and_hedged_cells():
    table = ("Table 1. Troops at selected sites\n\nCountry\tSite\tReported US\n\npersonnel\n\n"
             "Qatar\tAl Udeid\tabout 8,000\n\nKuwait\tArifjan; Camp\t11,000-11,500\n\n"
             "Buehring\n\nBahrain\tNSA Bahrain\t6,000\n\nSource: press reports.")
    got = {(f.value, f.value_high, f.qualifier) for f in D.facts(table).figures
           if "personnel" in f.unit}
    assert {(8000.0, None, "about"), (11000.0, 11500.0, "range"), (6000.0, None, "exact")} <= got


def test_a_chinese_ship_class_by_its_type_number_is_a_system():
    assert "Type 055 destroyer" in D.systems("Warships shadowed a group led by Type 055 "
                                             "destroyers east of the island.")
    assert "Type 23 frigate" in D.systems("The navy sent a Type 23 frigate to the strait.")


def test_a_type_that_is_no_ship_class_is_no_system():
    assert not D.systems("Type 2 diabetes rates rose. Type 1 errors were rare.")


def test_a_brand_in_capitals_before_its_kit_is_a_system():
    got = D.systems("The firm will deliver 10 fixed-site STORMGATE systems and 6 "
                    "vehicle-mounted STORMGATE-V units to the ministry.")
    assert "STORMGATE" in got and "STORMGATE-V" in got


def test_commands_and_page_markings_in_capitals_are_no_brand():
    assert not D.systems("CENTCOM systems were reviewed. UNCLASSIFIED units were listed.")


def test_a_laser_system_by_its_make_is_a_system():
    assert "Sky Lance" in D.systems("Qatar bought Chinese-made Sky Lance laser systems.")


def test_a_designator_after_a_named_system_is_its_own_system():
    got = D.systems("A Patriot PAC-2 interceptor costs about $3 million.")
    assert "Patriot" in got and "PAC-2" in got
