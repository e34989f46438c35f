"""The extraction-quality scorer (bench/corpus_scoring.py) and the hand-written corpus it reads.

Matcher tests use tiny synthetic facts (plain dicts); corpus tests check that every expected
file is well formed and that the strings it points at really are in its article.
"""

from __future__ import annotations

import html
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import get_args

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "extract" / "corpus"
HELDOUT = REPO / "tests" / "extract" / "heldout"  # never tuned on: bench/heldout_quality.py
SEED_DIR = REPO / ".." / "shared" / "seed"
sys.path.insert(0, str(REPO / "bench"))

from corpus_scoring import (  # noqa: E402
    KINDS,
    boilerplate_status,
    canonical_unit,
    haversine_km,
    norm,
    score_kind,
    units_compatible,
)

from briefdeck.model.facts import AttributionKind, EventKind, PlaceRole, Qualifier  # noqa: E402

EXPECTED_FILES = sorted(CORPUS.glob("*.expected.json"))
HELDOUT_FILES = sorted(HELDOUT.glob("*.expected.json"))

TAJI = {"name": "Camp Taji", "aliases": ["Taji"], "lat": 33.5233, "lon": 44.2567}


# ---------------------------------------------------------------- places


def test_place_30_km_off_is_found_but_not_placed():
    drafted = [{"name": "Taji", "lat": 33.5233 + 0.27, "lon": 44.2567}]  # 0.27 deg ~ 30 km north
    assert 29 < haversine_km(33.5233, 44.2567, 33.7933, 44.2567) < 31
    score = score_kind("places", drafted, [TAJI])
    assert (score.found, score.placed) == (1, 0)
    assert score.misses == ["not placed: Camp Taji (33.5233, 44.2567)"]


def test_place_10_km_off_is_placed():
    drafted = [{"name": "Camp Taji", "lat": 33.6133, "lon": 44.2567}]
    score = score_kind("places", drafted, [TAJI])
    assert (score.found, score.placed) == (1, 1)


def test_place_without_coordinates_is_found_but_not_placed():
    score = score_kind("places", [{"name": "Camp Taji", "lat": None, "lon": None}], [TAJI])
    assert (score.found, score.placed) == (1, 0)


def test_place_spelling_variants_match_by_alias_or_fuzzily():
    asad = {"name": "Ain al-Asad Air Base", "aliases": ["Al Asad"], "lat": 33.79, "lon": 42.44}
    for spelling in ("Ain al Asad Air Base", "AIN AL-ASSAD AIR BASE", "Al-Asad"):
        assert score_kind("places", [{"name": spelling}], [asad]).found == 1, spelling
    assert score_kind("places", [{"name": "Al Udeid"}], [asad]).found == 0


def test_precision_counts_false_facts():
    drafted = [{"name": "Camp Taji", "lat": 33.52, "lon": 44.26}, {"name": "Qamishli"}]
    score = score_kind("places", drafted, [TAJI])
    assert (score.recall, score.precision) == (1.0, 0.5)
    assert score.false == ["Qamishli (None, None)"]


def test_duplicate_of_a_right_fact_is_not_a_false_fact():
    drafted = [{"name": "Camp Taji"}, {"name": "Taji"}]
    assert score_kind("places", drafted, [TAJI]).precision == 1.0


def test_tolerated_fact_is_left_out_of_precision():
    drafted = [{"name": "Camp Taji"}, {"name": "Iraq"}, {"name": "Qamishli"}]
    score = score_kind("places", drafted, [TAJI], tolerated=[{"name": "Iraq"}])
    assert (score.drafted, score.correct, score.precision) == (2, 1, 0.5)


def test_missing_kind_scores_zero_recall_and_no_precision():
    score = score_kind("people", [], [{"name": "Frank McKenzie"}])
    assert (score.recall, score.precision, score.misses) == (0.0, None, ["Frank McKenzie"])


# ---------------------------------------------------------------- figures


def test_figure_needs_same_value_and_a_compatible_unit():
    exp = [{"value": 5200, "value_high": None, "unit": "troops"}]
    assert score_kind("figures", [{"value": 5200.0, "unit": "U.S. service members"}], exp).found
    assert score_kind("figures", [{"value": 5200, "unit": "personnel"}], exp).found
    assert not score_kind("figures", [{"value": 5200, "unit": "rockets"}], exp).found
    assert not score_kind("figures", [{"value": 5000, "unit": "troops"}], exp).found
    assert not score_kind("figures", [{"value": 5200, "unit": ""}], exp).found


def test_figure_range_needs_the_same_upper_end():
    exp = [{"value": 350, "value_high": 400, "unit": "troops"}]
    assert score_kind("figures", [{"value": 350, "value_high": 400, "unit": "troops"}], exp).found
    assert not score_kind("figures", [{"value": 350, "unit": "troops"}], exp).found
    assert not score_kind(
        "figures", [{"value": 350, "value_high": 450, "unit": "troops"}], exp
    ).found


def test_money_and_distance_units_have_one_name():
    assert canonical_unit("$") == canonical_unit("USD") == canonical_unit("dollars")
    assert canonical_unit("kilometers") == canonical_unit("km") == canonical_unit("kilometres")
    assert canonical_unit("km") != canonical_unit("miles")


def test_a_weapon_before_a_noun_of_happenings_does_not_make_the_unit_that_weapon():
    assert canonical_unit("rocket attacks") != canonical_unit("rockets")
    assert canonical_unit("drone strikes") != canonical_unit("drones")
    exp = [{"value": 20, "value_high": None, "unit": "rocket attacks"}]
    assert score_kind("figures", [{"value": 20.0, "unit": "attacks"}], exp).found
    assert score_kind("figures", [{"value": 20.0, "unit": "rocket attacks"}], exp).found


def test_a_toll_word_after_the_noun_leaves_the_noun_as_what_is_counted():
    assert units_compatible("seafarers", "seafarers killed")
    assert not units_compatible("seafarers killed", "rockets")
    assert canonical_unit("killed") == canonical_unit("people killed") == canonical_unit("dead")


def test_metres_match_their_symbol_but_not_kilometres():
    assert canonical_unit("m") == canonical_unit("meters") == canonical_unit("metres")
    assert canonical_unit("kilometers") != canonical_unit("m")
    assert canonical_unit("Tochka-U missiles") != canonical_unit("m")
    assert canonical_unit("Kh-101 M missiles") != canonical_unit("metres")
    exp = [{"value": 25, "value_high": None, "unit": "metres"}]
    assert score_kind("figures", [{"value": 25.0, "unit": "m"}], exp).found


# ---------------------------------------------------------------- events


def test_event_needs_same_date_and_casualties():
    exp = [{"date": "2020-03-11", "killed": 3, "wounded": None}]
    assert score_kind("events", [{"date": "2020-03-11", "killed": 3, "wounded": 0}], exp).found
    assert not score_kind("events", [{"date": "2020-03-12", "killed": 3}], exp).found
    assert not score_kind("events", [{"date": "2020-03-11", "killed": 2}], exp).found


def test_event_casualty_rows_count_when_totals_are_missing():
    drafted = [
        {
            "date": "2020-03-11",
            "killed": None,
            "wounded": None,
            "casualties": [{"party": "U.S.", "killed": 2}, {"party": "U.K.", "killed": 1}],
        }
    ]
    exp = [{"date": "2020-03-11", "killed": 3, "wounded": 0}]
    assert score_kind("events", drafted, exp).found == 1


def test_event_date_ok_lists_other_fair_readings():
    exp = [{"date": "2024-01", "date_ok": ["2024-01-03"], "killed": 3, "wounded": None}]
    assert score_kind("events", [{"date": "2024-01-03", "killed": 3}], exp).found
    assert score_kind("events", [{"date": "2024-01", "killed": 3}], exp).found
    assert not score_kind("events", [{"date": "2024-01-09", "killed": 3}], exp).found


# ---------------------------------------------------------------- quotes and sourcing


def test_quote_matches_its_first_words_and_the_speakers_surname():
    exp = [{"speaker": "Marcus Delaney", "starts_with": "We are knocking down"}]
    got = {"speaker": "Rear Adm. Delaney", "text": "\u201cWe are  knocking down most of it.\u201d"}
    assert score_kind("quotes", [got], exp).found == 1
    wrong_speaker = {**got, "speaker": "Lauren Fitch"}
    assert score_kind("quotes", [wrong_speaker], exp).found == 0
    later_words = {**got, "text": "knocking down most of it"}
    assert score_kind("quotes", [later_words], exp).found == 0


def test_attribution_needs_kind_count_and_phrase():
    exp = [{"kind": "anonymous official", "count": 3, "contains": "three U.S. defense officials"}]
    good = {
        "kind": "anonymous official",
        "count": 3,
        "text": "according to three U.S. defense officials",
    }
    assert score_kind("attributions", [good], exp).found == 1
    assert score_kind("attributions", [{**good, "count": 2}], exp).found == 0
    assert score_kind("attributions", [{**good, "kind": "spokesperson"}], exp).found == 0
    assert score_kind("attributions", [{**good, "text": "officials said"}], exp).found == 0


def test_named_source_without_a_count_is_one_source():
    exp = [{"kind": "named official", "count": 1, "contains": "Frank McKenzie"}]
    got = {"kind": "named official", "count": None, "text": "according to Gen. Frank McKenzie"}
    assert score_kind("attributions", [got], exp).found == 1
    vague = [{"kind": "anonymous official", "count": None, "contains": "officials said"}]
    one = {"kind": "anonymous official", "count": 1, "text": "officials said"}
    assert score_kind("attributions", [one], vague).found == 0


def test_attribution_phrase_may_come_from_the_provenance_span():
    text = "The move, three U.S. defense officials said, was planned."
    start = text.index("three")
    got = {
        "kind": "anonymous official",
        "count": 3,
        "text": "officials",
        "provenance": {"start": start, "end": start + 28},
    }
    exp = [{"kind": "anonymous official", "count": 3, "contains": "three U.S. defense officials"}]
    assert score_kind("attributions", [got], exp, text=text).found == 1


# ---------------------------------------------------------------- boilerplate


def test_boilerplate_line_inside_joined_spans_is_flagged():
    text = "Download the app now\nBody text here."
    assert boilerplate_status(text, [(0, 9), (9, 21)], ["Download the app now"]) == ["flagged"]


def test_boilerplate_line_partly_outside_the_spans_is_missed():
    text = "Download the app now\nBody text here."
    assert boilerplate_status(text, [(0, 12)], ["Download the app now"]) == ["missed"]


def test_boilerplate_line_is_missed_when_one_of_its_copies_is_not_flagged():
    text = "Share\nBody.\nShare"
    assert boilerplate_status(text, [(0, 5)], ["Share"]) == ["missed"]


def test_boilerplate_line_dropped_by_reading_counts_as_removed():
    assert boilerplate_status("Body only.", [], ["Sign up for our newsletter"]) == ["removed"]


# ---------------------------------------------------------------- the corpus itself


def looks_like_mime(raw: str) -> bool:
    from briefdeck.ingest.mime import looks_like_mime as mime

    return mime(raw)


def _article_text(expected: dict, folder: Path = CORPUS) -> str | None:
    folder = SEED_DIR if expected.get("source") == "seed" else folder
    path = folder / expected["file"]
    if not path.exists():
        return None
    if path.suffix in (".pdf", ".docx"):  # binary documents: the text ingest reads from them
        from briefdeck.ingest import read_article

        return read_article(path).text
    data = path.read_bytes()
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:  # an old newsroom's Windows-1252: as ingest decodes it
        from briefdeck.ingest.text import decode

        raw = decode(data, path.name)
    from briefdeck.ingest.mojibake import repair  # UTF-8 once read as cp1252: as ingest repairs it

    raw = repair(raw)
    if path.suffix != ".html" and looks_like_mime(raw):  # a raw e-mail: read as its message
        from briefdeck.ingest import read_article

        return read_article(path).text
    return html.unescape(raw) if path.suffix == ".html" else raw


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return False
    return len(value) in (7, 10)


def test_corpus_has_at_least_eight_own_articles_and_the_seed_case():
    assert len(OWN_FILES) >= 8
    assert any(_load(p).get("source") == "seed" for p in EXPECTED_FILES)


@pytest.mark.parametrize("path", EXPECTED_FILES + HELDOUT_FILES, ids=lambda p: p.name)
def test_expected_file_is_well_formed(path: Path):
    exp = _load(path)
    assert _is_date(exp["published"]) and len(exp["published"]) == 10
    assert all(isinstance(line, str) and line for line in exp["boilerplate_lines"])
    for kind in KINDS:
        assert isinstance(exp[kind], list), kind
    for place in exp["places"]:
        assert place["name"] and isinstance(place["aliases"], list)
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
        assert place["role"] in get_args(PlaceRole)
    for fig in exp["figures"]:
        assert isinstance(fig["value"], int | float) and fig["unit"]
        assert fig["qualifier"] in get_args(Qualifier)
        assert fig["value_high"] is None or fig["value_high"] >= fig["value"]
        assert (fig["qualifier"] == "range") == (fig["value_high"] is not None)
    places = exp["places"] + exp.get("tolerated", {}).get("places", [])
    names = {norm(n) for p in places for n in [p["name"], *p.get("aliases", [])]}
    for event in exp["events"]:
        assert _is_date(event["date"]) and all(_is_date(d) for d in event.get("date_ok", []))
        assert event["kind"] in get_args(EventKind)
        assert not event["place"] or norm(event["place"]) in names, event["place"]
        for count in ("killed", "wounded"):
            assert event[count] is None or (isinstance(event[count], int) and event[count] >= 0)
    for kind in ("systems", "organizations", "people"):
        assert all(item["name"] for item in exp[kind])
    assert all(q["speaker"] and q["starts_with"] for q in exp["quotes"])
    for att in exp["attributions"]:
        assert att["kind"] in get_args(AttributionKind)
        assert att["count"] is None or att["count"] >= 1
    assert set(exp.get("tolerated", {})) <= set(KINDS)


@pytest.mark.parametrize("path", EXPECTED_FILES + HELDOUT_FILES, ids=lambda p: p.name)
def test_expected_strings_occur_in_their_article(path: Path):
    exp = _load(path)
    text = _article_text(exp, path.parent)
    if text is None:
        pytest.skip("seed article ../shared/seed/ not present")
    for line in exp["boilerplate_lines"]:
        assert line in text, line
    flat = norm(text)
    for quote in exp["quotes"]:
        assert norm(quote["starts_with"]) in flat, quote["starts_with"]
    for att in exp["attributions"]:
        assert norm(att["contains"]) in flat, att["contains"]


OWN_FILES = [p for p in EXPECTED_FILES if _load(p).get("source") != "seed"]


@pytest.mark.parametrize("path", OWN_FILES, ids=lambda p: p.name)
def test_own_articles_are_350_to_1100_words(path: Path):
    exp = _load(path)
    text = _article_text(exp)
    assert text is not None, f"{exp['file']} is missing from the corpus"
    # a held-out round joins the corpus as written: readouts, advisories and a live map's event
    # list run 350-400 words
    assert 350 <= _word_count(exp["file"], text) <= 1100


def _word_count(name: str, text: str) -> int:
    """Words of the story: a saved page counts only inside its <article> (or <main>) element,
    else its whole visible text (a live blog's <article> may hold only its summary box)."""
    if not name.endswith(".html"):
        return len(text.split())
    text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", text, flags=re.S)
    for tag in ("article", "main", "body"):
        if f"<{tag}" in text and f"</{tag}>" in text:
            inside = text[text.index(f"<{tag}") : text.index(f"</{tag}>")]
            words = len(re.sub(r"<[^>]+>", " ", inside).split())
            if words >= 300:
                return words
    return len(re.sub(r"<[^>]+>", " ", text).split())


def test_seed_expectations_copy_no_sentences():
    # The seed's prose must not enter the repository: only fragments of a few words.
    seed = next(p for p in EXPECTED_FILES if _load(p).get("source") == "seed")
    exp = _load(seed)
    assert all(len(q["starts_with"].split()) <= 4 for q in exp["quotes"])
    assert all(len(line.split()) <= 7 for line in exp["boilerplate_lines"])
    assert all(len(a["contains"].split()) <= 5 for a in exp["attributions"])


def test_a_heldout_round_is_whole_and_apart_from_the_tuning_corpus():
    # Between rounds the folder holds only its README (the last round joined the corpus).
    assert (HELDOUT / "README.md").is_file()
    assert not HELDOUT_FILES or len(HELDOUT_FILES) >= 4
    tuned = {_load(p)["file"] for p in EXPECTED_FILES}
    assert not tuned & {_load(p)["file"] for p in HELDOUT_FILES}


@pytest.mark.parametrize("path", HELDOUT_FILES, ids=lambda p: p.name)
def test_heldout_articles_are_350_to_1100_words(path: Path):
    exp = _load(path)
    text = _article_text(exp, HELDOUT)
    assert text is not None, f"{exp['file']} is missing from the held-out folder"
    # as the corpus: short advisories, call readouts and event lists (350-400 words) too
    assert 350 <= _word_count(exp["file"], text) <= 1100


def _as_drafted(kind: str, item: dict) -> dict:
    """An expected fact dressed as a drafted one, as a perfect extractor would give it."""
    if kind == "quotes":
        return {"speaker": item["speaker"], "text": item["starts_with"] + " and so on."}
    if kind == "attributions":
        return {"kind": item["kind"], "count": item["count"], "text": item["contains"]}
    return item


@pytest.mark.parametrize("path", EXPECTED_FILES + HELDOUT_FILES, ids=lambda p: p.name)
def test_expected_facts_score_full_marks_against_themselves(path: Path):
    exp = _load(path)
    for kind in KINDS:
        drafted = [_as_drafted(kind, item) for item in exp[kind]]
        score = score_kind(kind, drafted, exp[kind])
        assert score.found == score.expected, (kind, score.misses)
        assert score.correct == score.drafted, (kind, score.false)
        if kind == "places":
            assert score.placed == score.expected


def test_model_facts_are_scored_like_dicts():
    from briefdeck.model.facts import Event, Place, Provenance

    place = Place(
        id="pl-1", name="Taji", lat=33.52, lon=44.25, provenance=Provenance(start=0, end=4)
    )
    event = Event(id="ev-1", date="2020-03-11", killed=3)
    assert score_kind("places", [place], [TAJI]).placed == 1
    assert score_kind("events", [event], [{"date": "2020-03-11", "killed": 3}]).found == 1


def test_an_extractor_failure_is_reported_for_that_article_only(monkeypatch):
    import types

    import extraction_quality

    def broken(article, published=None):
        raise RuntimeError("not written yet")

    monkeypatch.setitem(
        sys.modules, "briefdeck.extract", types.SimpleNamespace(draft_briefing=broken)
    )
    path = CORPUS / "wire-baghdad-airport-rockets.txt"
    result = extraction_quality.evaluate(path, _load(CORPUS / (path.stem + ".expected.json")))
    assert result.error == "RuntimeError: not written yet"
    assert result.scores["places"].recall == 0.0 and result.scores["places"].precision is None


def test_a_named_fact_matches_by_any_spelling_it_records():
    from corpus_scoring import match_named

    drafted = {"name": "Government of Iraq", "aliases": ["Iraqi government"]}
    assert match_named(drafted, {"name": "Iraqi government"}, None)
    assert not match_named({"name": "Government of Iraq"}, {"name": "Iraqi government"}, None)


def test_a_body_quoted_by_its_full_name_matches_a_speaker_given_by_its_acronym():
    from corpus_scoring import surname_match

    assert surname_match("Kenya Defence Forces", "KDF")
    assert surname_match("KDF", "Kenya Defence Forces")
    assert not surname_match("Kenya", "KDF")
    assert not surname_match("Kenya Defence Forces", "UNMISS")
