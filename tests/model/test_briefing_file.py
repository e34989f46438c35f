"""Saving and loading NAME.briefing.json: round trip, and bad files named by field and reason."""

import json
import os

import pytest

from briefdeck.errors import BriefdeckError, BriefingFormatError
from briefdeck.model import (
    SCHEMA_VERSION,
    Briefing,
    Casualties,
    Event,
    Figure,
    Place,
    Provenance,
    Quote,
    Source,
    io,
)

ARTICLE = "Rockets struck Camp Taji on Wednesday. Officials said two soldiers died."


def sample_briefing() -> Briefing:
    b = Briefing()
    b.set_meta("title", "Rocket fire at Taji")
    b.set_meta("as_of", "2020-03-16T12:00:00+00:00")
    b.sources.append(Source(text=ARTICLE, outlet="Test Wire", published="2020-03-16"))
    b.insert_fact(
        "places",
        Place(
            id="pl-1",
            name="Camp Taji",
            kind="installation",
            country="Iraq",
            lat=33.52,
            lon=44.26,
            role="attack target",
            provenance=Provenance(start=15, end=24),
            status="accepted",
        ),
    )
    b.insert_fact(
        "events",
        Event(
            id="ev-1",
            date="2020-03-11",
            date_precision="day",
            date_text="on Wednesday",
            kind="attack",
            place="Camp Taji",
            killed=2,
            casualties=[Casualties(party="U.S.", killed=2)],
        ),
    )
    b.insert_fact("figures", Figure(id="fg-1", value=2, unit="soldiers", text="two soldiers"))
    b.insert_fact(
        "quotes", Quote(id="qu-1", speaker="A spokesperson", text="We will respond — «soon».")
    )
    b.set_narrative("key_points", ["Two killed at Taji", "Ā ī ḩ ‘quoted’"])
    return b


def test_briefing_survives_save_and_load_unchanged(tmp_path):
    original = sample_briefing()
    path = tmp_path / "taji.briefing.json"
    io.save(original, path)
    again = io.load(path)
    assert again == original
    assert again.span_text(again.fact("places", "pl-1")) == "Camp Taji"
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_saved_file_is_stable_for_diffing(tmp_path):
    a, b = tmp_path / "a.briefing.json", tmp_path / "b.briefing.json"
    io.save(sample_briefing(), a)
    io.save(io.load(a), b)
    assert a.read_bytes() == b.read_bytes()


def _write(tmp_path, data) -> str:
    path = tmp_path / "bad.briefing.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def _good_dict() -> dict:
    return io.to_dict(sample_briefing())


@pytest.mark.parametrize(
    "mutate, field, reason",
    [
        (
            lambda d: d["facts"]["places"][0].update(lat=123.0),
            "facts.places[0].lat",
            "less than or equal to 90",
        ),
        (
            lambda d: d["facts"]["events"][0].update(date="2020-02-30"),
            "facts.events[0].date",
            "not a date",
        ),
        (
            lambda d: d["facts"]["events"][0].update(killed=-1),
            "facts.events[0].killed",
            "greater than or equal to 0",
        ),
        (
            lambda d: d["facts"]["places"][0].update(status="maybe"),
            "facts.places[0].status",
            "draft",
        ),
        (
            lambda d: d["facts"]["places"][0].pop("name"),
            "facts.places[0].name",
            "required field is missing",
        ),
        (
            lambda d: d["meta"].update(classification="SORTA SECRET"),
            "meta.classification",
            "unknown classification",
        ),
        (
            lambda d: d["facts"]["places"][0].update(colour="red"),
            "facts.places[0].colour",
            "unknown field",
        ),
        (
            lambda d: d.update(schema_version=SCHEMA_VERSION + 1),
            "schema_version",
            "newer than this briefdeck",
        ),
        (lambda d: d.pop("schema_version"), "schema_version", "missing"),
        (
            lambda d: d["facts"]["places"].append(dict(d["facts"]["places"][0])),
            "facts.places[1].id",
            "duplicate id",
        ),
    ],
)
def test_bad_briefing_file_names_the_field_and_the_reason(tmp_path, mutate, field, reason):
    data = _good_dict()
    mutate(data)
    with pytest.raises(BriefingFormatError) as info:
        io.load(_write(tmp_path, data))
    assert info.value.field == field
    assert reason in info.value.reason


@pytest.mark.parametrize(
    "content, reason",
    [
        ("", "not valid JSON"),
        ('{"schema_version": 1, "meta": {', "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ("\x00\x01garbage", "not valid JSON"),
    ],
)
def test_truncated_or_foreign_file_is_reported_not_crashed(tmp_path, content, reason):
    with pytest.raises(BriefingFormatError, match=reason):
        io.load(_write(tmp_path, content))


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(BriefingFormatError, match="cannot read"):
        io.load(tmp_path / "nope.briefing.json")


def test_failed_save_leaves_the_previous_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "keep.briefing.json"
    io.save(sample_briefing(), path)
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    changed = sample_briefing()
    changed.set_meta("title", "Something else")
    with pytest.raises(BriefdeckError, match="No space left"):
        io.save(changed, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.briefing.json"]


def test_save_into_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(BriefdeckError, match="does not exist"):
        io.save(sample_briefing(), tmp_path / "no" / "such.briefing.json")
