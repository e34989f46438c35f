"""Damaged or hostile briefing files through the real CLI: a clear line naming the field, no
output; or, where the values are odd but legal, a whole deck and a one-page PDF.
(Field-by-field validation is unit-tested in tests/model/test_briefing_file.py.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hostile_kit import (
    assert_clean_failure,
    assert_one_page_pdf,
    assert_success,
    assert_valid_deck,
    full_briefing,
    leftovers,
    run_cli,
)

from briefdeck.model import io

Data = dict[str, Any]


def _first(data: Data, kind: str) -> Data:
    return data["facts"][kind][0]


def _set(kind: str, field: str, value: Any) -> Callable[[Data], None]:
    def mutate(data: Data) -> None:
        _first(data, kind)[field] = value

    return mutate


def _newer(data: Data) -> None:
    data["schema_version"] += 1
    data["facts"]["drones"] = []  # what a newer version might add


REFUSED: list[tuple[str, Callable[[Data], None], tuple[str, ...]]] = [
    ("newer-schema", _newer, ("schema_version", "newer")),
    ("latitude-out-of-range", _set("places", "lat", 123.4), ("facts.places[0].lat",)),
    ("longitude-out-of-range", _set("places", "lon", -181), ("facts.places[0].lon",)),
    ("negative-killed", _set("events", "killed", -3), ("facts.events[0].killed",)),
    ("negative-count", _set("attributions", "count", -1), ("facts.attributions[0].count",)),
    ("february-30", _set("events", "date", "2020-02-30"), ("facts.events[0].date", "2020-02-30")),
    ("infinite-figure", _set("figures", "value", float("inf")), ("facts.figures[0].value",)),
    ("nan-latitude", _set("places", "lat", float("nan")), ("facts.places[0].lat",)),
    ("empty-place-name", _set("places", "name", ""), ("facts.places[0].name",)),
    ("unknown-status", _set("quotes", "status", "maybe"), ("facts.quotes[0].status",)),
    (
        "span-backwards",
        _set("people", "provenance", {"source": "src-1", "start": 9, "end": 2}),
        ("facts.people[0].provenance",),
    ),
]

# Odd but legal values: they must export, not crash (a regression guard for each).
ACCEPTED: list[tuple[str, Callable[[Data], None]]] = [
    (
        "events-years-apart",
        lambda d: (
            _set("events", "date", "0001-01-01")(d),
            d["facts"]["events"][1].update(date="9999-12"),
        ),
    ),
    (
        "huge-numbers",
        lambda d: (_set("figures", "value", 1e300)(d), _set("events", "killed", 10**18)(d)),
    ),
    ("negative-figure", _set("figures", "value", -250)),
    (
        "span-past-the-text",
        _set("places", "provenance", {"source": "src-1", "start": 10**9, "end": 10**9 + 4}),
    ),
    (
        "span-into-missing-source",
        _set("quotes", "provenance", {"source": "src-9", "start": 0, "end": 4}),
    ),
    ("no-sources", lambda d: d.update(sources=[])),
    ("no-facts", lambda d: d.update(facts={})),
    ("far-future-as-of", lambda d: d["meta"].update(as_of="9999-12-31T23:59:59+14:00")),
]


def _write(tmp_path: Path, mutate: Callable[[Data], None]) -> Path:
    data = io.to_dict(full_briefing())
    mutate(data)
    path = tmp_path / "in.briefing.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # json writes NaN/Infinity as-is
    return path


def _export(tmp_path: Path, source: Path):  # -> (Outcome, out folder)
    out = tmp_path / "out"
    out.mkdir()
    return run_cli(
        "export", str(source), "--pptx", str(out / "x.pptx"), "--pdf", str(out / "x.pdf")
    ), out


@pytest.mark.parametrize(("name", "mutate", "words"), REFUSED, ids=[r[0] for r in REFUSED])
def test_invalid_briefing_names_the_field_and_writes_nothing(tmp_path, name, mutate, words):
    outcome, out = _export(tmp_path, _write(tmp_path, mutate))
    assert_clean_failure(outcome, "in.briefing.json", *words)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(("name", "mutate"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_odd_but_legal_briefing_still_exports(tmp_path, name, mutate):
    outcome, out = _export(tmp_path, _write(tmp_path, mutate))
    assert_success(outcome)
    assert_valid_deck(out / "x.pptx")
    assert_one_page_pdf(out / "x.pdf")
    assert leftovers(tmp_path) == []


def _truncated(tmp_path: Path) -> bytes:
    whole = io.to_json(full_briefing()).encode()
    return whole[: len(whole) * 2 // 3]


DAMAGED: list[tuple[str, Callable[[Path], bytes], tuple[str, ...]]] = [
    ("truncated", _truncated, ("not valid JSON",)),
    ("empty", lambda p: b"", ("not valid JSON",)),
    ("not-utf8", lambda p: b'{"schema_version": 1, "meta": {"title": "\xff\xfe"}}', ("UTF-8",)),
    ("a-list", lambda p: b"[1, 2, 3]", ("JSON object",)),
    ("no-version", lambda p: b'{"meta": {}}', ("schema_version",)),
    ("deeply-nested", lambda p: b"[" * 100_000 + b"]" * 100_000, ()),
    ("binary", lambda p: bytes(range(256)) * 40, ()),
]


@pytest.mark.parametrize(("name", "make", "words"), DAMAGED, ids=[d[0] for d in DAMAGED])
def test_damaged_briefing_file_is_one_clear_line(tmp_path, name, make, words):
    source = tmp_path / "in.briefing.json"
    source.write_bytes(make(tmp_path))
    outcome, out = _export(tmp_path, source)
    assert_clean_failure(outcome, "in.briefing.json", *words)
    assert list(out.iterdir()) == []


def test_failed_export_leaves_the_previous_outputs_untouched(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    deck, page = out / "x.pptx", out / "x.pdf"
    deck.write_bytes(b"yesterday's deck")
    page.write_bytes(b"yesterday's page")
    source = _write(tmp_path, _set("places", "lat", 500))

    outcome = run_cli("export", str(source), "--pptx", str(deck), "--pdf", str(page))

    assert_clean_failure(outcome, "facts.places[0].lat")
    assert deck.read_bytes() == b"yesterday's deck"
    assert page.read_bytes() == b"yesterday's page"
    assert leftovers(tmp_path) == []
