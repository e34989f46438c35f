"""Furniture of an e-mail newsletter: the greeting, the contents list, the newsletter's own
description, sponsors' notices, links to other outlets' headlines, the sign-off, the postal
address, the writer's job title and career note, an agency's wire code. Every line is
written here."""

import pytest

from briefdeck.ingest.boilerplate import classify, find_boilerplate

FURNITURE = [
    "Good afternoon and happy Friday. Here's what we're tracking this week.",
    "Welcome to The Harbour Wire, the Ledger's weekly briefing for readers who follow "
    "maritime security. Forward it to a colleague.",
    "PARTNER MESSAGE",
    "A message from our sponsor",
    "Meet the drone that never sleeps. See how Corvane Robotics keeps watch over ports. "
    "Learn more.",
    "Save the date: the Ledger Security Forum is March 3 in Tampa, Fla. Register now.",
    "That's all for this week. See you Monday!",
    "Harbour Ledger, 41 Quay Street, Portland, ME 04101",
    "Item ID: 4471209",
    "5512**3087",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_newsletter_furniture_is_flagged(line):
    flags = classify(line)
    assert flags and flags[0].start == 0 and flags[0].end == len(line)


REPORTING = [
    '"Good morning," the colonel said as the convoy left the gate.',
    "Refugees who cross the border at night must register here before dawn.",
    "The ministry said the depot at 41 Quay Street was empty when the drone hit.",
    "That is all the army would say about the raid on Tuesday.",
]


@pytest.mark.parametrize("line", REPORTING)
def test_reporting_that_resembles_newsletter_furniture_is_kept(line):
    assert classify("Soldiers crossed the river at dawn, officials said.\n" + line + "\n"
                    "The army said the operation would continue for several days.")[:1] == []


def test_contents_heading_takes_its_list_of_item_titles():
    text = (
        "Inside this issue:\n- Tanker seized off the cape\n- Border talks stall again\n\n"
        "The navy said on Monday that a tanker was seized off the cape by armed men.\n"
    )
    flagged = "".join(text[s:e] for s, e in find_boilerplate(text))
    assert "Border talks stall again" in flagged
    assert "navy said" not in flagged


def test_headlines_credited_to_outlets_form_a_link_list_with_their_heading():
    text = (
        "The navy said on Monday that a tanker was seized off the cape by armed men.\n\n"
        "Around the Gulf\n"
        "Port workers strike over unpaid wages, union says (Coastal Herald)\n"
        "Militia clashes leave two dead near the border (The Daily Star)\n\n"
        "The army said the operation would continue for several days and nights.\n"
    )
    flagged = "".join(text[s:e] for s, e in find_boilerplate(text))
    assert "Around the Gulf" in flagged and "two dead" in flagged
    assert "operation would continue" not in flagged


def test_one_line_ending_in_an_acronym_is_not_a_link_list():
    text = (
        "The navy said on Monday that a tanker was seized off the cape by armed men.\n"
        "Coordination office for humanitarian affairs (OCHA)\n"
        "The army said the operation would continue for several days and nights.\n"
    )
    assert find_boilerplate(text) == []


def test_writer_job_title_and_career_note_after_the_story_are_flagged():
    text = (
        "The navy said on Monday that a tanker was seized off the cape by armed men.\n\n"
        "The army said the operation would continue for several days and nights.\n\n"
        "Mara Olsen\nPentagon Correspondent\n"
        "Mara has reported on naval operations for twelve years, from ports in Asia and "
        "the Gulf.\n"
    )
    flagged = "".join(text[s:e] for s, e in find_boilerplate(text))
    assert "Pentagon Correspondent" in flagged and "twelve years" in flagged
    assert "operation would continue" not in flagged
