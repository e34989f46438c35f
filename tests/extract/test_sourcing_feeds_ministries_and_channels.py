"""Sourcing in these shapes: a live feed's item lines, found in one place (live_feeds.py) for
both the events reader and the sourcing scan; a monitor set as a line's label is a monitor,
and a label whose line cites the same body again is counted once, at the citation; a
ministry named in lower case by what it runs; a body that "put out a statement"; a statement
read on a group's channels; a source one "heard from"; an unnamed spokesman or source telling
in the present, as feeds do; "the agency" after a named news agency is that agency again.
Sentences are our own."""

from __future__ import annotations

from briefdeck.extract import event_memory, live_feeds

from .drafting import Drafts

DRAFTS = Drafts("2027-03-09", heading="Regional report")
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


def _feed() -> str:
    return (
        "Border map\n\nTuesday, 9 March 2027\n\n"
        "1 hour ago\n\n15:10\n\n"
        "Shelling on a farm road east of Varnik, two shepherds wounded\n\n"
        "3 hours ago\n\n13:02\n\n"
        "Coast Guard Command: a fishing boat seized off Lotsa with four crew aboard\n\n"
        "5 hours ago\n\n11:45\n\n"
        "Drone seen over the power plant near Dalsk, no damage reported\n\n"
        "Get alerts on your phone\n"
    )


def test_the_feed_items_are_found_once_for_events_and_sourcing():
    text = _feed()
    lines = [text[s:e] for s, e in live_feeds.feed_item_lines(text)]
    assert lines[0] == "Shelling on a farm road east of Varnik, two shepherds wounded"
    assert lines[1].startswith("Coast Guard Command: a fishing boat")
    assert len(lines) == 3
    # the events reader reads the same items
    assert event_memory.feed_entries is live_feeds.feed_entries


def test_a_story_that_gives_clock_times_has_no_feed_items():
    text = ("Clashes near the dam\n\nAt 07:15 a shell hit the depot. At 07:50 crews arrived.\n\n"
            "Engineers met at 10:00 and again at 13:30 to assess the damage, they said.\n")
    assert live_feeds.feed_item_lines(text) == []


def test_a_body_labelling_a_feed_item_is_its_source():
    kinds = _kinds(_feed())
    assert any(w.startswith("Coast Guard Command") and k == ("spokesperson", 1)
               for w, k in kinds.items())


def test_a_monitor_labelling_a_line_is_a_monitor_not_a_spokesperson():
    text = ("Week in review\n\nSOHR: 7 fighters died in clashes near the river crossing on "
            "Friday.\n\nIraqi Army: the convoy reached the border post without incident.\n")
    kinds = _kinds(text)
    assert [k for w, k in kinds.items() if w.startswith("SOHR")] == [("other", 1)]
    assert [k for w, k in kinds.items() if w.startswith("Iraqi Army")] == [("spokesperson", 1)]


def test_a_label_whose_line_cites_the_same_body_is_counted_at_the_citation():
    text = ("Notes\n\nCENTCOM: 3 depots struck overnight by F-15Es (per CENTCOM release "
            "7-301).\n")
    kinds = _kinds(text)
    assert not any(w.startswith("CENTCOM:") for w in kinds)
    assert any("CENTCOM release" in w for w in kinds)


def test_a_ministry_named_in_lower_case_by_what_it_runs_speaks():
    text = ("Two pipelines were damaged on Sunday, the Delta Region's ministry of water and "
            "electricity said, adding that repairs had begun. The ministry of antiquities said "
            "a museum roof had also been hit.")
    kinds = _kinds(text)
    assert kinds["the Delta Region's ministry of water and electricity said"] == ("spokesperson", 1)
    assert kinds["The ministry of antiquities said"] == ("spokesperson", 1)


def test_a_ministry_and_another_body_are_not_run_into_one_name():
    text = "The ministry of defence and the army said the range was closed."
    assert not any(w.startswith("The ministry of defence and the army") for w in _kinds(text))


def test_a_body_that_put_out_a_statement_is_its_source():
    text = ("The Northern Operations Command put out a statement at noon saying a launcher "
            "had been found in an orchard.")
    assert _kinds(text)["The Northern Operations Command put out"] == ("spokesperson", 1)


def test_putting_out_a_fire_is_no_statement():
    text = "The Border Guard put out a fire near the crossing on Monday."
    assert not _kinds(text)


def test_a_statement_on_a_groups_channels_is_the_groups():
    text = ("Overnight, a statement on the Harbour Brigades Telegram channels claimed three "
            "drones against the depot.")
    assert _kinds(text)["a statement on the Harbour Brigades Telegram channels"] == (
        "spokesperson", 1)


def test_a_source_one_heard_from_is_an_unnamed_source():
    text = ("One of our drivers heard from a customs source at the crossing that the trucks "
            "had been turned back.")
    assert _kinds(text)["a customs source"] == ("anonymous official", 1)


def test_an_unnamed_spokesman_or_source_may_tell_in_the_present():
    kinds = _kinds("The rebel military spokesman claims the group downed a drone near Tarsa.")
    assert kinds["The rebel military spokesman claims"] == ("spokesperson", 1)
    kinds = _kinds("A security source confirms the second drone was shot down over the lake.")
    assert kinds["A security source confirms"] == ("anonymous official", 1)


def test_the_agency_after_a_named_news_agency_is_that_agency_again():
    text = ("A shell hit a school in Varnik, the State News Agency reported. The agency said a "
            "second shell hit a bakery minutes later.")
    kinds = _kinds(text)
    assert "The agency said" not in kinds
    assert any("State News Agency" in w for w in kinds)
