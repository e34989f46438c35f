"""Furniture around a story: video titles with their running time, search placeholders, app
and translation-widget notes, an issuer's letterhead, a digest's title, coverage line,
disclaimer and pointer to the next issue, and a note on where a hearing's video may be found."""

from briefdeck.ingest.boilerplate import classify

_STORY = (
    "Border guards detained four smugglers near the river crossing late on Friday, officials said."
)


def _flagged(*lines: str) -> set[str]:
    text = "\n".join(lines) + "\n"
    return {text[f.start : f.end] for f in classify(text)}


def test_a_video_title_ending_in_its_running_time_is_a_caption():
    flagged = _flagged(
        "Convoy ambushed on the road to the U.N. compound 04:37",
        _STORY,
        "Governor briefs reporters after the blast 1:02:15",
        _STORY,
    )
    assert "Convoy ambushed on the road to the U.N. compound 04:37" in flagged
    assert "Governor briefs reporters after the blast 1:02:15" in flagged


def test_a_clock_time_after_at_or_from_and_a_sentence_with_a_time_are_not_captions():
    flagged = _flagged(
        _STORY,
        "Curfew across the northern districts from 22:00",
        "Sirens sounded in the port city at 03:40",
        "The first rocket landed in the square shortly after dawn, at 05:12",
        _STORY,
    )
    assert "Curfew across the northern districts from 22:00" not in flagged
    assert "Sirens sounded in the port city at 03:40" not in flagged
    assert "The first rocket landed in the square shortly after dawn, at 05:12" not in flagged


def test_a_search_box_placeholder_is_navigation():
    flagged = _flagged("Type to search", "Search...", _STORY)
    assert "Type to search" in flagged
    assert "Search..." in flagged


def test_an_app_promotion_naming_the_outlet_bare_is_flagged_but_not_a_story_about_apps():
    flagged = _flagged(
        _STORY,
        "Download Harbor Ledger app for the latest headlines from the coast",
        "Download Harbor Ledger app",
        "Get the Delta Courier mobile app",
        "Soldiers were told to delete the Signal app from their phones before the raid.",
    )
    assert "Download Harbor Ledger app for the latest headlines from the coast" in flagged
    assert "Download Harbor Ledger app" in flagged
    assert "Get the Delta Courier mobile app" in flagged
    assert (
        "Soldiers were told to delete the Signal app from their phones before the raid."
        not in flagged
    )


def test_a_machine_translation_widget_note_is_flagged_but_a_sentence_about_it_is_not():
    flagged = _flagged(
        "Powered by machine translation",
        "Automatic translation",
        _STORY,
        "Automated translation tools let the militia publish its claims in six languages.",
    )
    assert "Powered by machine translation" in flagged
    assert "Automatic translation" in flagged
    assert (
        "Automated translation tools let the militia publish its claims in six languages."
        not in flagged
    )


def test_an_issuers_letterhead_over_its_menu_or_desk_is_a_masthead_but_a_headline_is_not():
    flagged = _flagged(
        "Parliamentary Commission on Foreign Affairs and Defence",
        "Home | Sittings | Reports | Contact",
        "Reports",
        "Commission questions chiefs over border outposts",
        _STORY,
    )
    assert "Parliamentary Commission on Foreign Affairs and Defence" in flagged
    assert "Reports" in flagged  # the menu's item repeated over the headline: its section
    assert "Commission questions chiefs over border outposts" not in flagged

    flagged = _flagged(
        "REGIONAL SECURITY COMMAND - OPERATION SHARP LANTERN",
        "Press Office - Media Monitoring Cell",
        "WEEKLY MEDIA SUMMARY",
        "Drone downed near the northern airport",
        _STORY,
    )
    assert "REGIONAL SECURITY COMMAND - OPERATION SHARP LANTERN" in flagged
    assert "Press Office - Media Monitoring Cell" in flagged
    assert "WEEKLY MEDIA SUMMARY" in flagged
    assert "Drone downed near the northern airport" not in flagged


def test_a_headline_naming_a_ministry_over_the_byline_is_kept():
    flagged = _flagged(
        "Drones strike depot run by the Ministry of Energy",
        "By Lena Ortiz",
        _STORY,
    )
    assert "Drones strike depot run by the Ministry of Energy" not in flagged


def test_a_digests_coverage_line_disclaimer_and_next_issue_are_flagged():
    flagged = _flagged(
        "Monday, 4 March 2024 | Coverage: 0700 3 MAR - 0700 4 MAR (GMT)",
        "Items are quoted from open sources. Inclusion does not imply endorsement by the desk.",
        _STORY,
        "Next bulletin: Tuesday, 5 March 2024.",
    )
    assert "Monday, 4 March 2024 | Coverage: 0700 3 MAR - 0700 4 MAR (GMT)" in flagged
    assert (
        "Items are quoted from open sources. Inclusion does not imply endorsement by the desk."
        in flagged
    )
    assert "Next bulletin: Tuesday, 5 March 2024." in flagged


def test_a_note_on_where_the_recording_is_posted_is_flagged_but_reporting_on_a_video_is_not():
    flagged = _flagged(
        _STORY,
        "A recording of the session and the full transcript are available on the council's "
        "website.",
        "Video posted by the group showed the launcher being loaded.",
    )
    assert (
        "A recording of the session and the full transcript are available on the council's "
        "website." in flagged
    )
    assert "Video posted by the group showed the launcher being loaded." not in flagged
