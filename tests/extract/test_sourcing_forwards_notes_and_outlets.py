"""Sourcing in channel forwards, analysts' notes and talk pages, each rule on texts of our own:
a forwarded group's post is its own statement, a note's initials give way to the story's full
name, a negation is no body, the head of a press desk is an official, a site's staff member
is an unnamed official, a regional channel reporting is an outlet."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-11-30")
_sources = DRAFTS.sources


def test_a_group_forwarded_is_its_own_spokesperson_and_a_news_desk_an_outlet():
    text = (
        "Nov 25, 20:10\n\nForwarded from Northern Shield Brigades ☑️\n\nStatement\n\n"
        "Our fighters struck the occupation airfield with two drones tonight.\n\n"
        "9.1K\n\nNov 25, 21:00\n\nForwarded from Valley Defence Desk 🇮🇶\n\nPhoto\n\n"
        "A picture said to show debris from one drone lying in a field.\n\n8.0K\n"
    )
    found = {(kind, t) for kind, _, t in _sources(text)}
    assert ("spokesperson", "Forwarded from Northern Shield Brigades ☑️") in found
    assert ("other outlet", "Forwarded from Valley Defence Desk 🇮🇶") in found


def test_a_forwarded_post_that_names_its_speaker_needs_no_header():
    text = (
        "Nov 25, 23:10\n\nForwarded from River Security Cell\n\nThe River Security Cell "
        "denies reports that the airfield was hit and says both drones were downed.\n\n"
        "7.3K\n\nNov 26, 08:00\n\nForwarded from Hill Watch\n\nPhoto\n\n"
        'Hill Guard Command (translated): "Two drones were brought down at dawn."\n'
    )
    texts = [t for _, _, t in _sources(text)]
    assert not any(t.startswith("Forwarded from") for t in texts)
    assert any(t.startswith("The River Security Cell denies") for t in texts)


def test_a_notes_initials_give_way_to_the_full_name_in_the_clipped_story():
    # (initials the text or the known bodies tie to the full name)
    text = (
        "- Strike Sunday on a depot. CENTCOM says two buildings; the count is unclear.\n\n"
        "Depot struck near the border\n\n"
        "U.S. Central Command said one soldier was lightly hurt in the attack on Saturday "
        "night. The depot held rockets, it said.\n"
    )
    texts = [t for _, _, t in _sources(text)]
    assert "CENTCOM says" not in texts
    assert any(t.startswith("U.S. Central Command said") for t in texts)


def test_a_stressed_negation_is_no_body():
    text = "- Claim: the brigades on Telegram. The Valley Front has NOT claimed (yet).\n"
    assert not any(t.startswith("NOT") for _, _, t in _sources(text))


def test_the_head_of_a_forces_media_centre_is_an_official_and_a_think_tank_head_is_not():
    found = {
        t: kind
        for kind, _, t in _sources(
            "Karim Haddad, head of the Valley Guard media centre, said the patrols would go on.\n\n"
            "Jane Roe, head of research at the Harbour Center for Policy Studies, said the patrols "
            "would not last.\n"
        )
    }
    assert found["Karim Haddad, head of the Valley Guard media centre, said"] == "named official"
    assert (
        found["Jane Roe, head of research at the Harbour Center for Policy Studies, said"]
        == "other"
    )


def test_a_medical_official_at_a_named_hospital_is_an_unnamed_official():
    found = _sources(
        "A guard was also hurt by shrapnel, a medical official at Rawa hospital "
        "told us. Two more were treated and released.\n"
    )
    assert ("anonymous official", 1) in {(kind, count) for kind, count, _ in found}
    assert any("a medical official at Rawa hospital" in t for _, _, t in found)


def test_a_regional_channel_and_a_paper_without_its_article_report_as_outlets():
    found = {
        t: (kind, count)
        for kind, count, t in _sources(
            "Al Masirah reported strikes on the harbour cranes. Times of Israel reported that "
            "about a dozen jets took part.\n"
        )
    }
    assert found["Al Masirah reported"] == ("other outlet", 1)
    assert found["Times of Israel reported"][0] == "other outlet"


def test_a_monitor_putting_the_number_of_a_forces_dead_at_a_figure_sources_it():
    found = _sources(
        "The Coastal Rights Observatory, a monitor based abroad, put the number of "
        "militia dead at four, citing medics.\n"
    )
    assert any(t.startswith("The Coastal Rights Observatory") for _, _, t in found)
