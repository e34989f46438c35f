"""Who claims an event's toll: saved and read back, and an older file (which could not say)
reads with no claimant and saves as the current version."""

import json

from briefdeck.model import SCHEMA_VERSION, Briefing, Event, io
from briefdeck.model.tolls import event_toll


def test_a_claimant_survives_a_save_and_load(tmp_path):
    b = Briefing()
    b.facts.events.append(Event(id="ev-1", killed=4, toll_claimed_by="Kataib Hezbollah"))
    path = io.save(b, tmp_path / "x.briefing.json")
    assert io.load(path).facts.events[0].toll_claimed_by == "Kataib Hezbollah"


def test_a_version_2_file_reads_with_no_claimant_and_saves_as_the_current_version(tmp_path):
    b = Briefing()
    b.facts.events.append(Event(id="ev-1", killed=4))
    data = io.to_dict(b)
    data["schema_version"] = 2
    del data["facts"]["events"][0]["toll_claimed_by"]
    path = tmp_path / "old.briefing.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    briefing = io.load(path)
    assert briefing.facts.events[0].toll_claimed_by == ""
    io.save(briefing, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION >= 3


def test_a_claimed_toll_says_whose_claim_it_is():
    ev = Event(id="ev-1", killed=4, toll_claimed_by="Kataib Hezbollah")
    assert event_toll(ev) == "4 killed (according to Kataib Hezbollah)"
    assert event_toll(Event(id="ev-2", killed=4)) == "4 killed"
