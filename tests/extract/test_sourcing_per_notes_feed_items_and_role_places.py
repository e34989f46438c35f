"""Sourcing in shapes analysts' notes and live maps use: "per X" in brackets, after a dash or
opening a line; a body's release or alert speaking for it; a feed's unclosed item lines, which
are no headlines; a body labelled at the head of a list or feed item; a bare "Police source";
and the place an office holder's title belongs to. Sentences are our own."""

from __future__ import annotations

from briefdeck.extract.attribution_kinds import classify, count_of
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.sourcing_role_owners import role_owner

from .drafting import Drafts

DRAFTS = Drafts("2027-02-10", heading="Regional report")
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


def test_per_a_source_in_brackets_or_after_a_dash_cites_it():
    text = "- A fuel truck burned at the gate (per Interior Ministry statement, 4 May)."
    assert _kinds(text) == {"per Interior Ministry statement": ("spokesperson", 1)}
    text = "- Two guards hurt at the depot - per the provincial police."
    assert _kinds(text) == {"per the provincial police": ("spokesperson", 1)}


def test_per_opening_a_line_cites_the_notice():
    text = 'Per the consulate\'s travel alert: "Avoid the coast road after dark."'
    assert _kinds(text) == {"Per the consulate's travel alert": ("spokesperson", 1)}


def test_per_a_rate_or_a_unit_is_no_source():
    assert _kinds("Diesel rose to $4 per litre (per day of queueing).") == {}
    assert _kinds("Output fell 3 per cent. Per capita income fell too.") == {}


def test_per_a_monitor_is_another_source():
    text = "- Seven fighters died in the ambush (per the Conflict Monitor)."
    assert _kinds(text) == {"per the Conflict Monitor": ("other", 1)}


def test_a_bodys_release_or_alert_speaks_for_it():
    people = PeopleIndex([])
    assert classify("a Navy press release", people) == ("spokesperson", 1)
    assert classify("the embassy security alert", people) == ("spokesperson", 1)


def test_a_bare_singular_source_is_one_source():
    assert count_of("Police source") == 1
    assert count_of("Iraqi military official") == 1
    assert count_of("Police sources") is None


_FEED = """Tuesday, 9 March 2027

1 hour ago

10:05

Coast Guard says a smuggling boat capsized off Jask, 3 missing

2 hours ago

09:12

Border Police: two smugglers detained near the Zurbatiyah crossing

3 hours ago

08:40

Shelling reported near Kupiansk. Regional Administration: a school was hit, no casualties

4 hours ago

07:55

Flooding closes the ring road; no injuries
"""


def test_a_feeds_unclosed_item_lines_are_read_as_items():
    kinds = _kinds(_FEED)
    assert kinds["Coast Guard says"] == ("spokesperson", 1)


def test_a_body_labelled_at_the_head_of_a_feed_item_or_its_sentence_is_a_source():
    starts = [words.split(":")[0] for words in _kinds(_FEED) if ":" in words]
    assert "Border Police" in starts and "Regional Administration" in starts


def test_a_label_naming_a_place_or_a_note_is_no_source():
    text = ("- Kuwait: schools close for two days after the alert.\n"
            "- Update: no new launches seen.\n")
    assert _kinds(text) == {}


def test_a_live_blog_headline_over_its_entry_is_still_a_headline():
    text = _FEED.replace(
        "Flooding closes the ring road; no injuries\n",
        "Ministry says the ring road is closed\n\nThe transport ministry said on Tuesday that "
        "the ring road around the city would stay closed until the water receded.\n")
    assert "Ministry says" not in _kinds(text)


def test_a_titles_place_and_a_spoke_to_lead_belong_to_the_sourcing():
    text = "Speaking to Radio Dijla, Hit district mayor Karim Saleh said the bridge held."
    assert list(_kinds(text)) == ["Speaking to Radio Dijla, Hit district mayor Karim Saleh said"]
    text = "White Nile State Governor Omar Bashir, who toured the camp, said food ran short."
    assert list(_kinds(text))[0].startswith("White Nile State Governor Omar Bashir")


def test_an_opening_word_is_no_part_of_a_titles_place():
    text = "Yesterday Governor Nour said it."
    start = text.index("Governor")
    assert role_owner(text, start) == start
    text = "The Anbar governor said it."
    assert role_owner(text, text.index("governor")) == text.index("Anbar")


def test_an_outlet_quoting_a_source_cites_it_as_citing_does():
    text = "The agency ran the story at noon, quoting a border guard officer."
    assert _kinds(text)["quoting a border guard officer"] == ("anonymous official", 1)


def test_per_the_lines_own_label_is_the_same_source_again():
    text = "- Border Police: two smugglers held at the fence overnight (per Border Police).\n"
    assert [words for words in _kinds(text) if "per " in words] == []


def test_a_capitalised_flag_heading_a_bullet_is_no_source():
    from briefdeck.extract.sourcing_item_labels import item_labels
    text = ("Morning notes\n- UPDATE: the convoy reached the crossing after dark\n"
            "- BREAKING: two rockets fell near the airport perimeter\n")
    assert item_labels(text, []) == []
