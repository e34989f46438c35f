"""The first slide's lines (session 23 leftovers): a record's line on itself is no lede, a
toll counted by a body one side runs is that side's claim, and a key point never restates an
attack's weapons, a claimed count or one unit's strength as a figure or a force level."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _briefing(text: str, headline: str = "Test report"):
    return draft_briefing(Article(text=text, headline=headline, path="t.txt", format="txt"),
                          published="2026-11-24")


def test_a_records_line_on_when_and_where_the_meeting_sat_is_no_lede():
    text = ("Minutes of the briefing held Monday, 23 November 2026, 0900-1000, Room 4, "
            "Camp Example, with the commander by phone from the base.\n\n"
            "COLONEL ASH: Early on Sunday, a drone struck the fuel depot at Camp Example and "
            "two soldiers were wounded by shrapnel.\n\n"
            "COLONEL ASH: Both soldiers are in stable condition and back with their unit.\n")
    bluf = _briefing(text, "Garrison family briefing").narrative.bluf
    assert not bluf.startswith("Minutes of")


def test_a_toll_a_sides_ministry_gives_is_told_as_its_claim():
    text = ("U.S. aircraft struck two radar sites near Hodeidah on Monday night. The "
            "Houthi-run health ministry said four people were killed and seven wounded in "
            "the strikes on Hodeidah.\n")
    b = _briefing(text)
    tolled = [e for e in b.facts.events if e.killed]
    assert tolled and tolled[0].toll_claimed_by == "the Houthi-run health ministry"
    point = next(p for p in b.narrative.key_points if "4 killed" in p)
    assert point.endswith("(according to the Houthi-run health ministry).")


def test_a_toll_a_neutral_ministry_gives_is_no_claim():
    text = ("A drone struck a market near Kirkuk on Monday. The provincial health ministry "
            "said four people were killed and seven wounded in Kirkuk.\n")
    tolled = [e for e in _briefing(text).facts.events if e.killed]
    assert tolled and tolled[0].toll_claimed_by == ""


def test_the_count_of_an_attacks_drones_is_no_key_point():
    text = ("Drones attacked the air base at Ali Al Salem on Monday, wounding three soldiers.\n\n"
            "The command said later that six one-way attack drones were launched from the "
            "north; five were shot down.\n")
    points = _briefing(text).narrative.key_points
    assert not any(p.startswith("Figure:") and "drones" in p for p in points)


def test_a_battery_crew_is_no_force_level():
    text = ("A drone struck the air base at Erbil on Monday, wounding two soldiers.\n\n"
            "Patriot battery moved from the western base to Erbil last week. About 120 "
            "soldiers. Radar and launchers seen on imagery.\n")
    points = _briefing(text).narrative.key_points
    assert not any(p.startswith("Force level") for p in points)


def test_a_force_in_the_country_is_still_a_force_level():
    text = ("A drone struck the air base at Erbil on Monday, wounding two soldiers. There "
            "are about 2,500 U.S. troops in Iraq now.\n")
    points = _briefing(text).narrative.key_points
    assert any(p.startswith("Force level: about 2,500") for p in points)
