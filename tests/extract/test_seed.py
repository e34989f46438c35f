"""The seed article (NBC News, published 2020-03-16): facts checked by hand."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

from .conftest import km

SEED = (Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"
        / "iraq-troop-consolidation.txt")


@lru_cache(maxsize=1)
def seed():
    if not SEED.exists():
        pytest.skip("seed article ../shared/seed/ not present")
    return draft_briefing(Article(text=SEED.read_text(encoding="utf-8")), published="2020-03-16")


# name -> (lat, lon) of the real place
SEED_PLACES = {
    "al-Qaim": (34.38, 41.09),
    "Qayyarah Airfield West": (35.77, 43.12),
    "K-1 Air Base": (35.51, 44.28),
    "Kirkuk": (35.47, 44.39),
    "Mosul": (36.34, 43.12),
    "Ain al Asad Air Base": (33.79, 42.44),
    "Irbil Air Base": (36.24, 43.96),
    "Camp Taji": (33.52, 44.26),
    "Al Taqaddum Air Base": (33.34, 43.60),
    "Baghdad": (33.34, 44.40),
    "Iraq": (33.0, 43.7),
    "Iran": (32.5, 54.3),
}


@pytest.mark.parametrize("name", sorted(SEED_PLACES))
def test_seed_place_is_found_and_placed(name):
    places = {p.name: p for p in seed().facts.places}
    assert name in places, sorted(places)
    lat, lon = SEED_PLACES[name]
    tolerance = 300 if places[name].kind == "country" else 25
    assert km(places[name].lat, places[name].lon, lat, lon) < tolerance


def test_seed_syrian_border_is_syria():
    assert "Syria" in {p.name for p in seed().facts.places}


def test_seed_roles_of_bases():
    roles = {p.name: p.role for p in seed().facts.places}
    assert roles["al-Qaim"] == roles["Qayyarah Airfield West"] == "withdrawal"
    assert roles["K-1 Air Base"] == "withdrawal"
    assert roles["Ain al Asad Air Base"] == "reinforcement"
    assert roles["Camp Taji"] == "attack target"
    assert roles["Mosul"] == "mentioned"  # only locates Qayyarah


def test_seed_one_place_per_distinct_place():
    names = [p.name for p in seed().facts.places]
    assert len(names) == len(set(names))


def test_seed_wednesday_attack_killed_three():
    events = {e.date: e for e in seed().facts.events}
    wednesday = events["2020-03-11"]
    assert wednesday.kind == "attack" and wednesday.place == "Camp Taji"
    assert wednesday.killed == 3
    assert {c.party: c.killed for c in wednesday.casualties} == {"U.S.": 2, "U.K.": 1}
    assert any("Katyusha" in w for w in wednesday.weapons)


def test_seed_saturday_attack_wounded_five():
    saturday = {e.date: e for e in seed().facts.events}["2020-03-14"]
    assert saturday.wounded == 5
    assert {c.party: c.wounded for c in saturday.casualties} == {"U.S.": 3, "Iraq": 2}


def test_seed_earlier_events_by_month():
    events = seed().facts.events
    january = [e for e in events if e.date == "2020-01"]
    assert any("Ain al Asad" in e.place and "ballistic missiles" in e.weapons for e in january)
    assert any("Soleimani" in e.summary for e in january)
    december = [e for e in events if e.date == "2019-12"]
    assert december and "Embassy" in december[0].place


def test_seed_figures():
    figures = {(f.value, f.unit, f.qualifier) for f in seed().facts.figures}
    assert (5200, "personnel", "about") in figures
    assert (25, "rockets", "exact") in figures
    assert any(f.text == "hundreds" and f.unit == "troops" for f in seed().facts.figures)
    assert any(f.text == "several thousand" for f in seed().facts.figures)


def test_seed_codes_and_ranks_are_not_figures():
    texts = {f.text for f in seed().facts.figures}
    assert not texts & {"1", "11", "107", "2019", "26"}  # K-1, IE 11, 107 mm, dates
    assert not any("star" in f.label for f in seed().facts.figures)


def test_seed_systems_and_postures():
    systems = {s.name: s for s in seed().facts.systems}
    assert systems["Patriot"].posture == "arriving"
    assert systems["C-RAM"].posture in ("deployed", "arriving")
    assert systems["107 mm Katyusha rockets"].posture == "used by adversary"
    assert "ballistic missiles" in systems
    assert len([n for n in systems if "Patriot" in n]) == 1


def test_seed_people_with_titles():
    people = {p.name: p for p in seed().facts.people}
    assert people["Frank McKenzie"].title == "Marine Gen., commander of U.S. Central Command"
    assert "Maj. Gen." in people["Qassem Soleimani"].title


def test_seed_organizations_merge_aliases():
    orgs = {o.name: set(o.aliases) for o in seed().facts.organizations}
    assert {"ISIS", "Daesh"} <= orgs["Islamic State"]
    assert "Pentagon" in orgs["Department of Defense"]
    assert "Operation Inherent Resolve" in orgs[
        "Combined Joint Task Force Operation Inherent Resolve"]


def test_seed_quotes_are_the_spokespersons():
    quotes = seed().facts.quotes
    assert len(quotes) >= 2
    assert all(q.speaker == "spokesperson for Operation Inherent Resolve" for q in quotes[:2])


def test_seed_attributions():
    found = {a.text: a for a in seed().facts.attributions}
    three = found["according to three U.S. defense officials"]
    assert (three.kind, three.count) == ("anonymous official", 3)
    one = found["according to a defense official"]
    assert (one.kind, one.count) == ("anonymous official", 1)


def test_seed_caption_and_page_junk_give_no_facts():
    briefing = seed()
    text = briefing.sources[0].text
    caption = text.index("A soldier sits atop")
    for _, fact in briefing.all_facts():
        assert not (caption <= fact.provenance.start < text.index("\n", caption))
    assert "Qamishli" not in {p.name for p in briefing.facts.places}


def test_seed_every_span_is_the_words():
    briefing = seed()
    text = briefing.sources[0].text
    places = {p.name: text[p.provenance.start:p.provenance.end] for p in briefing.facts.places}
    assert places["Camp Taji"] == "Camp Taji"
    for figure in briefing.facts.figures:
        assert text[figure.provenance.start:figure.provenance.end] == figure.text


def test_seed_bluf_names_withdrawal_and_air_defences():
    bluf = seed().narrative.bluf
    assert "al-Qaim" in bluf and "Patriot" in bluf and "C-RAM" in bluf
    assert 3 <= len(seed().narrative.key_points) <= 5
