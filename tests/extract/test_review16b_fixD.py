"""A second guest ends the first one's interview; a speech's "standing with us" is no guest;
a place that only locates a struck ship's owner is no target; a long tracker's late rows
still have their header."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-21", "Evening news")


def test_a_second_guest_brought_on_is_not_quoted_as_the_first():
    show = (">>> GOOD EVENING. A DRONE HIT AN OUTPOST IN SYRIA TODAY.\n"
            ">> Joining us now is Senator Mara Quill of the Armed Services Committee. "
            "Senator, should the troops stay in Syria?\n"
            ">> I believe the job is unfinished and our soldiers need much better defenses.\n"
            ">> Let's bring in another view. Retired Admiral Pete Gorse is here with me. "
            "Admiral, your thoughts?\n"
            ">> Honestly, every last one of those soldiers should come home before winter.\n"
            ">> Senator Quill, thank you.\n")
    speakers = DRAFTS.speakers(show)
    assert speakers.get("I believe the job is") == "Mara Quill"
    assert speakers.get("Honestly, every last") != "Mara Quill"
    assert speakers.get("every last one of tho") != "Mara Quill"


def test_people_standing_with_a_speaker_are_no_source():
    sources = DRAFTS.sources("We honor everyone who serves at this airfield. Standing with us "
                             "are Kurdish Peshmerga Forces who guard it each night. A drone "
                             "hit the airfield on Friday, officials said.\n")
    assert not any("Peshmerga" in t for _, _, t in sources)


def test_a_place_that_locates_a_struck_ships_owner_is_no_target():
    facts = DRAFTS.facts("Houthi missiles struck a Panama-flagged tanker owned by a trading "
                         "firm in Ashdod, the group claimed.\n")
    roles = {p.name: p.role for p in facts.places}
    assert roles.get("Ashdod") != "attack target"


def test_a_place_in_a_row_far_below_the_trackers_header_is_its_target():
    rows = "".join(f"2026-10-{d % 28 + 1:02d}\t-\tConvoy moved, nothing to report\t0\t0\tLog\n"
                   for d in range(120))
    text = ("Incident tracker\n\nDate\tLocation\tType\tKilled\tWounded\tSource\n" + rows
            + "2026-11-20\tErbil\tDrone attack\t0\t3\tDoD\n")
    assert len(rows) > 4500
    roles = {p.name: p.role for p in DRAFTS.facts(text).places}
    assert roles.get("Erbil") == "attack target"
