"""A bill's negated bounds and paragraph numbers, its capitalised "Armed Forces" as whose
members are counted, and a company named in full only on its letterhead. Sentences written
for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-02", "Draft bill")


def test_not_fewer_than_is_a_lower_bound():
    figures = DRAFTS.facts("The outposts were shelled not fewer than 17 times, the office said.")
    assert [(f.value, f.qualifier) for f in figures.figures] == [(17.0, "at least")]


def test_not_more_than_is_an_upper_bound():
    figures = DRAFTS.facts("The plan keeps not more than 300 troops at the depot.")
    assert [(f.value, f.qualifier) for f in figures.figures] == [(300.0, "up to")]


def test_members_of_the_capitalised_armed_forces_name_the_body():
    figures = DRAFTS.figures("About 1,200 members of the Armed Forces serve at the airfield.")
    assert figures == [(1200.0, "members of the Armed Forces")]


def test_a_paragraph_number_opening_its_line_is_no_count():
    filler = "Some text between the paragraphs runs on, leaving the item before far behind. "
    text = ("(2) The depot holds 40 launchers.\n\n" + filler * 9 +
            "\n(3) FORM.--The report shall be unclassified.")
    assert [v for v, _ in DRAFTS.figures(text)] == [40.0]


def test_a_letterhead_company_is_named_in_full_with_the_storys_short_name():
    orgs = DRAFTS.organizations(
        "BLUEPINE DRILLING SERVICES\n\nSecurity alert\n\nTwo Bluepine rig workers were hurt "
        "when a drone struck the yard on Monday. The Bluepine Control Room was told at once.")
    assert "Bluepine Drilling Services" in orgs
    assert "Bluepine" in orgs["Bluepine Drilling Services"]
    assert "Bluepine Control Room" not in orgs


def test_one_additional_battery_is_a_deployment_counted():
    figures = DRAFTS.figures("The minister ordered one additional Patriot battery to the port.")
    assert figures == [(1.0, "battery")]


def test_even_one_battery_is_a_wish_not_a_count():
    assert DRAFTS.figures("Sending even one more battery would help, the envoy wrote.") == []


def test_a_bills_deadline_in_days_is_a_figure():
    figures = DRAFTS.figures("Not later than 60 days after enactment, the Secretary shall "
                             "submit a report.")
    assert figures == [(60.0, "days")]


def test_a_committees_letterhead_is_no_company():
    orgs = DRAFTS.organizations(
        "COMMITTEE ON ARMED SERVICES\n\nDear Secretary,\n\nThe Committee asks for a briefing "
        "on the drone attacks of last week.")
    assert "Committee On Armed Services" not in orgs


def test_from_one_battery_to_three_counts_batteries():
    figures = DRAFTS.figures("The mission at the camp has grown from one battery to three.")
    assert (3.0, "batteries") in figures
