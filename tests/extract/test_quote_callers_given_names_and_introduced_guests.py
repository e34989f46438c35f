"""Who says a quoted label: 'what he called "..."' is the person the sentence opens on, not the
body in his title; 'a claim the ministry dismissed as "..."' is the ministry's word; a
spokesman who "boasted" the words says them. A country's name that is also a given name opens
a full name after a title ("defence minister Israel Roe"). Hosts and guests a recording names
only aloud ("I'm Jane Roe", "with me is John Doe") are people, and their chat is no quote."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-09-14", "Wire")


def _quotes(text: str) -> dict[str, str]:
    return {q.text.rstrip(".,"): q.speaker for q in DRAFTS.facts(text).quotes}


def test_what_he_called_is_the_named_person_not_the_body_in_his_title():
    text = ("NAVCOM spokesman Captain Aldo Verhoeven told reporters in Brest that the navy had "
            "\"no part\" in the raid by what he called \"rogue contractors,\" echoing an "
            "earlier statement.\n")
    assert _quotes(text)["rogue contractors"] == "Aldo Verhoeven"


def test_a_claim_dismissed_as_a_word_is_the_dismissers_word():
    text = ("The rebels' spokesman said on their television channel that the raid had hit "
            "\"army depots\" in Marvin, a claim the defence ministry dismissed as \"fiction.\"\n")
    quotes = _quotes(text)
    assert quotes["fiction"].lower().endswith("ministry")
    assert "spokesman" in quotes["army depots"]


def test_a_spokesman_who_boasted_says_the_words_not_the_source_closing_the_sentence():
    text = ("The rebels understand this well. Their spokesman has often boasted that the group "
            "can keep fighting \"for a decade,\" and launches have risen since May, according "
            "to the ministry.\n")
    assert _quotes(text)["for a decade"] == "Their spokesman"


def test_a_country_name_that_is_a_given_name_opens_a_name_after_a_title():
    text = ("Israel's defense minister Israel Gorodetsky said on Sunday that the army would "
            "respond. Israel did not say when.\n")
    names = [p.name for p in DRAFTS.facts(text).people]
    assert names == ["Israel Gorodetsky"]


PODCAST = (
    "THE HARBOUR WATCH\nEpisode 12: \"Mines and Money\"\n\n"
    "[00:00:03] Speaker 1: Hello and welcome back to The Harbour Watch. I'm Petra Lindgren, "
    "and with me as always is Tomas Okereke. Tomas, a quiet week?\n\n"
    "[00:00:10] Tomas Okereke: Not really. Two mines were found off Berbera on Tuesday, and "
    "the navy cleared both of them by Thursday.\n\n"
    "[00:00:21] Petra Lindgren: And the insurers noticed straight away.\n\n"
    "[00:00:25] Tomas Okereke: They did. Premiums doubled within a day, which is fast even "
    "for them, and two carriers paused sailings.\n\n"
    "[00:00:40] Petra Lindgren: Later we are joined by Dr Amara Quist of the Gulf Shipping "
    "Institute, who tracks those premiums.\n")


def test_hosts_and_guests_named_only_aloud_are_people():
    people = {p.name: p.title for p in DRAFTS.facts(PODCAST).people}
    assert {"Petra Lindgren", "Tomas Okereke", "Amara Quist"} <= set(people)
    assert people["Amara Quist"] == "Gulf Shipping Institute"


def test_turns_of_hosts_named_only_aloud_are_no_quotes():
    assert not [q for q in DRAFTS.facts(PODCAST).quotes if q.speaker == "Tomas Okereke"]


def test_a_name_that_runs_on_into_a_sentence_is_no_introduction():
    text = "\"I'm Not Surprised At All,\" the headline read, over a photo of the harbour.\n"
    assert not DRAFTS.facts(text).people
