"""The BLUF's first words in new formats: threads, press conferences, notes, fact boxes,
court complaints."""

from briefdeck.extract.lede_complaint import complaint_lede
from briefdeck.extract.lede_formats import (
    figure_above,
    notes_title,
    past_counter,
    past_label,
    shorthand,
    speaker_turns,
    thread_frame,
    unrelated_programme,
)


def test_a_threads_post_counter_is_skipped_and_its_framing_is_no_news():
    text = "3/7 A strike hit a house in Khiam overnight, killing two people."
    assert text[past_counter(text, 0, len(text)):].startswith("A strike hit")
    assert thread_frame("Thread on the night's strikes and the toll so far.")
    assert not thread_frame("The army said two soldiers were hurt.")


def test_a_press_conference_is_told_by_its_repeated_speaker_labels():
    text = ("Spokesman Ali Hassan: Good morning, and welcome to our weekly briefing.\n\n"
            "Reuters: Was the base hit by the rockets on Sunday night?\n\n"
            "Spokesman Ali Hassan: Two rockets fell near it and nobody was hurt.\n")
    assert speaker_turns(text, len(text))
    assert not speaker_turns("Area North: Alpha, Beta\nArea North: Gamma\nArea South: Delta\n", 60)


def test_a_long_role_before_the_speakers_name_is_still_the_label():
    text = "Deputy Foreign Ministry Spokesperson Rafid al-Hamdani: Two drones hit the base.\n"
    assert text[past_label(text, 0, len(text)):].startswith("Two drones")


def test_notebook_shorthand_and_notes_titles_are_no_bluf():
    assert shorthand("0210L -> impacts near the flightline, per fixer")
    assert shorthand("per PAO: 2x UAS downed")
    assert not shorthand("Two drones were shot down near the airport on Monday.")
    assert notes_title("Gulf desk - working notes, week 3")
    assert not notes_title("Drones hit base in eastern Syria")


def test_a_fact_boxs_figure_above_its_caption_is_kept():
    text = "BY THE NUMBERS\n\n27\n\nrockets intercepted over the base since June"
    assert figure_above(text, text.index("rockets")) == "27"
    assert figure_above("Headline\n\nThe army said", 10) == ""


def test_an_unrelated_visit_is_no_outlook():
    news = "Two drones targeted the air base on Saturday night, wounding a contractor."
    assert unrelated_programme("The minister will pay an official visit to Oslo next week.", news)
    assert not unrelated_programme("The cabinet will discuss the drone attack on Monday.",
                                   "A drone attack hit the airport.")


def test_a_complaint_says_who_sues_whom_over_which_attack():
    text = ("UNITED STATES DISTRICT COURT\n\nJANE ROE, individually;\n\nJOHN ROE,\n\n"
            "Plaintiffs,\n\nv.\n\nTHE REPUBLIC OF NOWHERE; ITS ARMY,\n\nDefendants.\n\n"
            "1. This is an action for wrongful death arising from the rocket attack on Camp "
            "Sample on May 2, 2026, in which Jim Roe was killed.\n")
    assert complaint_lede(text) == ("Jane Roe and other plaintiffs sue the Republic of Nowhere "
                                    "and others over the rocket attack on Camp Sample on May 2, "
                                    "2026, in which Jim Roe was killed.")
