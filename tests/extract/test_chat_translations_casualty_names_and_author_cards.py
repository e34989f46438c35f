"""A chat's "Translation:" message speaks as the body whose statement the message above said was
out; a casualty named in passing after the group they belong to, and a militant named by the
kunya he was known by, are people; a blog's "Written by" card names its author;
a congressman's seat after the party's letter is no person."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-03-02", "Chats and monitors")

CHAT = (
    "[02/03/26, 07:05] Jo Marsh: Border Guard Command statement out: https://example.org/77\n"
    "[02/03/26, 07:06] Jo Marsh: Translation: \"four mortar rounds fell near the northern post "
    "at dawn and caused no casualties.\" Nothing else yet\n"
    "[02/03/26, 07:09] Lee Dunn: thanks Jo\n")


def test_a_chat_translation_speaks_as_the_statement_the_message_above_named():
    quotes = DRAFTS.facts(CHAT).quotes
    said = [q for q in quotes if q.text.startswith("four mortar rounds")]
    assert said and said[0].speaker == "Border Guard Command"


def test_a_translation_with_no_statement_named_above_has_no_invented_speaker():
    chat = ("[02/03/26, 07:05] Jo Marsh: heard loud bangs near the post\n"
            "[02/03/26, 07:06] Jo Marsh: Translation: \"four mortar rounds fell near the "
            "northern post at dawn.\"\n")
    said = [q for q in DRAFTS.facts(chat).quotes if q.text.startswith("four mortar")]
    assert not said or said[0].speaker != "Jo Marsh"


def test_a_wounded_civilian_named_in_passing_is_a_person():
    text = ("A drone struck a car near the village on Monday. One of the two wounded civilians, "
            "Dilan Xelil, succumbed to his wounds at dawn in the city hospital.\n")
    assert "Dilan Xelil" in [p.name for p in DRAFTS.facts(text).people]


def test_a_leader_known_by_his_kunya_is_a_person():
    text = ("The dead include a local leader who was known as \u201cAbu Salem al-Shami\u201d "
            "and ran the group's finances in the area, the monitor said.\n")
    assert "Abu Salem al-Shami" in [p.name for p in DRAFTS.facts(text).people]


def test_a_blog_author_card_names_a_person():
    text = ("Drone debris near the airport\n\nLate on Saturday two drones flew towards the "
            "airport and were shot down.\n\n## Written by Mara Quill\n\n1.1K Followers\n")
    assert "Mara Quill" in [p.name for p in DRAFTS.facts(text).people]


def test_a_party_letter_and_state_after_a_congressman_is_no_person():
    text = ("Rep. Dana Roe, R-Texas, a member of the House Armed Services Committee, said the "
            "troops were exposed.\n")
    names = [p.name for p in DRAFTS.facts(text).people]
    assert "Dana Roe" in names and "Texas" not in names
