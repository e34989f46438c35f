"""Furniture of picture libraries and agency pages: captions closed by a record id or a
service's credit, a picture's details block (date taken, location, hometown, counters), reuse
terms, a site's acronym beside its full name, a breadcrumb ending in the headline, a caption
closed by its agency, text size controls, an outlet's pitch under the story, a maritime
warning's standing advice. Reporting that borrows their words stays unflagged. Every line is
written here."""

import pytest
from tests.ingest.furniture import rules_over as _rules_over

OPENING = (
    "Engineers reopened the coastal road on Wednesday, three days after shelling cut it near "
    "the fishing port, a provincial spokesman said."
)
MIDDLE = (
    "The road links two garrison towns, and its closure had forced supply trucks onto a "
    "mountain track that floods in the rainy season."
)
CLOSING = (
    "Repairs to a damaged culvert will take another week, and convoys will move only in "
    "daylight until then, officials said."
)

FURNITURE = [
    (
        "photo caption or credit",
        "Sgt. Mara Quinn guides a forklift onto a cargo plane at a desert airfield, March 2, "
        "2026. (U.S. Air National Guard photo by Staff Sgt. Ivo Brandt) "
        "(VIRIN: 260302-F-ZZ123-0042)",
    ),
    (
        "photo caption or credit",
        "Sailors haul a mooring line aboard a supply ship. (Navy photo by Petty Officer Lin Cho)",
    ),
    ("photo caption or credit", "Firefighters at a burnt warehouse near the docks on Monday (AFP)"),
    ("time stamp", "Date Taken: 03.02.2026"),
    ("media details", "Hometown: SPRINGFIELD, OHIO, US"),
    ("page counter", "Web Views: 1,208"),
    ("page counter", "Downloads: 3"),
    ("licence", "PUBLIC DOMAIN"),
    (
        "licence",
        "This work, Airmen load relief cargo, must comply with the restrictions shown on "
        "https://pictures.example.mil/terms.",
    ),
    ("navigation", "Home / Stories / Airmen load relief cargo for flood-hit towns"),
    ("page controls", "A+ a-"),
    ("page controls", "A- A A+"),
    (
        "standing advice",
        "Masters are advised to keep a continuous watch and to report suspicious approaches "
        "to the coordination centre.",
    ),
    (
        "standing advice",
        "Vessels should maintain the recommended speed and consult the latest industry "
        "guidance before entering the strait.",
    ),
]

SENTENCES = [
    "The photo by a local resident showed smoke over the port, the army said.",
    "Location of the strike was not disclosed, a military spokesman said.",
    "The ministry said views on the plan were divided, and downloads of its app rose.",
    "Public domain records show the company was registered in 2019, investigators said.",
    "Home to 40,000 people, the town was shelled twice on Sunday, officials said.",
    "Vessels are advised to avoid the area, the maritime agency said on Tuesday.",
    "Ships must report to the navy before entering the strait, according to the new rules.",
    "The coastguard said it rescued nine fishermen on Monday (Reuters reported the same).",
    "Rescuers pulled two men from the rubble, the civil defence agency said (AFP).",
]


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, MIDDLE, CLOSING))



@pytest.mark.parametrize(("category", "line"), FURNITURE)
def test_picture_page_part_is_flagged_with_its_category(category, line):
    assert _rules_over(_article(line), line) == [category]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_that_borrows_picture_page_words_is_not_boilerplate(sentence):
    assert _rules_over(_article(sentence), sentence) == []


def test_a_location_line_inside_a_picture_details_block_is_flagged():
    block = (
        "Date Taken: 03.02.2026\nStory ID: 77120\nLocation: KANDAHAR, AF\n"
        "Hometown: RENO, NEVADA, US"
    )
    text = _article(block)
    assert _rules_over(text, "Location: KANDAHAR, AF") == ["media details"]


def test_a_location_line_in_a_report_is_not_flagged():
    text = _article("Location: 12 km north of the port\nTime: about 0400 local")
    assert _rules_over(text, "Location: 12 km north of the port") == []


def test_a_sites_acronym_beside_its_full_name_above_the_story_is_the_masthead():
    text = "NHRC - National Harbour Research Council\n\n" + _article()
    assert _rules_over(text, "NHRC - National Harbour Research Council") == ["masthead"]
    text = "CSRO | Centre for Strategic Risk Observation\n\n" + _article()
    assert _rules_over(text, "CSRO | Centre for Strategic Risk Observation") == ["masthead"]


def test_an_acronym_with_a_headline_is_not_a_masthead():
    line = "NATO - Allies pledge more air defence for the eastern flank"
    assert _rules_over(line + "\n\n" + _article(), line) == []


def test_a_list_of_names_between_bars_under_a_related_heading_is_flagged():
    units = "3rd Engineer Battalion, 9th Brigade | 41st Signal Company | Joint Task Force North"
    text = _article() + "\n\nRelated units\n" + units
    assert _rules_over(text, units) == ["other stories"]


def test_an_outlets_pitch_after_the_story_is_flagged():
    pitch = (
        "The Harbour Ledger delivers independent and in-depth coverage of the ports, shipping "
        "and security of the region."
    )
    assert _rules_over(_article() + "\n\n" + pitch, pitch) == ["author bio"]


def test_two_section_names_joined_above_the_story_are_a_section_label():
    text = "World & Politics\n\nStorm cuts power to naval base\n\n" + _article()
    assert _rules_over(text, "World & Politics") == ["navigation"]
    assert _rules_over(text, "Storm cuts power to naval base") == []
