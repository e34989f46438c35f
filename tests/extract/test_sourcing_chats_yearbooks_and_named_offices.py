"""Sourcing in shapes a thirty-seventh round showed: a team chat's shorthand ("X reporting",
"X now says", "X just put out a statement", "X flash just came in", "X on Telegram:", an
unnamed contact), a yearbook cited by its title, a body's estimates and a dated ministry paper,
"official figures", a glossary entry that is no claim, a party's spokesperson on a field, an
office written out before an honorific, a spokesman whose name follows, and a person cited
again by a shorter name. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-10", heading="Regional report")
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


_CHAT = """#ops-north | Relief workspace

--- Monday, February 8 ---

lena.k  6:40 AM
morning. a truck was hit near the ring road last night. KNAX reporting 3 guards killed
    omar.r  6:52 AM
    police contact told him it was a mortar, not a drone
    lena.k  7:01 AM
    Interior MoD just put out a statement saying "two attackers detained"

omar.r  9:15 AM
NSO flash just came in: shelling south of the bridge, 2 civ hurt. Harbour Monitor now says 1 killed
    lena.k  9:30 AM
    Northern Command on Telegram: no damage to the depot
    omar.r  9:31 AM
    Sami says the road is open again
"""


def test_a_chats_shorthand_names_its_sources():
    kinds = _kinds(_CHAT)
    assert kinds["KNAX reporting"] == ("other outlet", 1)  # "is reporting": the press
    # (the unnamed contact's sourcing, with or without the colleague told)
    assert (kinds.get("police contact told him") or kinds.get("police contact told")) == \
        ("anonymous official", 1)
    assert kinds["Interior MoD just put out a statement"] == ("spokesperson", 1)
    assert kinds["NSO flash just came in"] == ("document", 1)
    assert kinds["Harbour Monitor now says"] == ("other", 1)
    assert kinds["Northern Command on Telegram:"] == ("spokesperson", 1)
    assert not any("Sami" in words for words in kinds)  # a colleague passing news on


def test_chat_shorthand_is_read_only_in_a_chat():
    text = "KNAX reporting 3 guards killed in the north, the agency's feed showed on Monday.\n"
    assert "KNAX reporting" not in _kinds(text)


def test_a_yearbook_by_its_title_and_a_bodys_estimates_are_documents():
    kinds = _kinds("The region fields 40 batteries, according to The Defence Almanac 2027.\n\n"
                   "RDSI estimates suggest that stocks have fallen by a third.\n")
    assert kinds["according to The Defence Almanac 2027"] == ("document", 1)
    assert any(kind == "document" and words.startswith("RDSI estimates")
               for words, (kind, _count) in kinds.items())


def test_a_dated_ministry_paper_the_outlet_reviewed_is_a_document():
    kinds = _kinds("A ministry paper from March, which the Courier has reviewed, lists the gaps "
                   "in the camp's defences.")
    assert [kind for kind, _count in kinds.values()] == ["document"]


def test_official_figures_are_a_document_not_an_official():
    assert _kinds("Some 300 ships passed last month, according to official figures.") == {
        "according to official figures": ("document", 1)}


def test_a_glossary_entry_is_no_claim():
    text = ("Explained\n\nHouthis: a Yemeni movement, also called Ansar Allah, that holds the "
            "capital.\n\nHezbollah: a Lebanese group and party with an armed wing.\n")
    assert _sources(text) == []


def test_a_partys_spokesperson_on_a_field_is_a_named_official():
    kinds = _kinds("Critics were less sure. Green Party defense expert Anna Krüger said the "
                   "goals had never been set.")
    assert kinds == {"Green Party defense expert Anna Krüger said": ("named official", 1)}


def test_an_office_written_out_before_an_honorific_names_an_official():
    text = ("Doha, March 3 (QNA) - Official Spokesperson for the Ministry of Foreign Affairs "
            "Dr. Khalid bin Ahmed Al Fahad said that Qatar is following events. Later, "
            "Dr. Al Fahad said the talks would go on.")
    kinds = _kinds(text)
    assert [(k, c) for k, c in kinds.values()] == [("named official", 1)]
    assert next(iter(kinds)).endswith("Dr. Khalid bin Ahmed Al Fahad said")


def test_a_spokesman_whose_name_follows_is_a_named_official():
    kinds = _kinds("Both soldiers were back on duty by Friday, according to a spokesman for the "
                   "command, Lieutenant Colonel Jonas Weber.")
    assert kinds == {"according to a spokesman for the command, Lieutenant Colonel Jonas Weber":
                     ("named official", 1)}


def test_initials_in_a_chat_speakers_name_are_no_sentence_end():
    chat = _CHAT + "\nlena.k  10:02 AM\nU.S. Embassy says all staff accounted for\n"
    assert _kinds(chat)["U.S. Embassy says"] == ("spokesperson", 1)


def test_an_odd_statement_line_in_a_chat_costs_no_other_source():
    chat = _CHAT + "\nlena.k  10:05 AM\nStatement from the Ministry. : none yet\n"
    assert _kinds(chat)["KNAX reporting"] == ("other outlet", 1)


def test_a_log_line_whose_claim_opens_with_the_group_is_still_a_claim():
    text = ("Hamas: the group fired 20 rockets at the coast overnight.\n\n"
            "CENTCOM: a militia drone struck the outpost at dawn.\n")
    assert len(_sources(text)) == 2
