"""How long the deck export takes: the seed deck warm (target < 150 ms) and a briefing of 500
facts (target < 5 s). Prints figures; not a timed test.

    python bench/bench_deck.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefdeck.export.pptx import render_pptx
from briefdeck.model.briefing import Briefing
from briefdeck.model.facts import FACT_KINDS, Event, Figure, Organization, Place, Quote, System
from briefdeck.model.io import load
from briefdeck.paths import assets_dir

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / ".." / "shared" / "seed" / "iraq-troop-consolidation.txt"
ROLES = ("withdrawal", "reinforcement", "attack target", "mentioned")
KINDS = ("attack", "strike", "withdrawal", "deployment", "announcement")


def seed_briefing() -> tuple[str, Briefing]:
    """The seed article's draft when extraction is available, else the demo briefing."""
    if SEED.is_file():
        try:
            from briefdeck.extract import draft_briefing
            from briefdeck.ingest import read_article

            return "seed article (drafts)", draft_briefing(read_article(SEED))
        except Exception as exc:  # extraction is someone else's moving part; say and go on
            print(f"(seed extraction unavailable: {exc}; using the demo briefing)")
    return "demo briefing", load(assets_dir() / "demo.briefing.json")


def big_briefing(count: int = 500, seed: int = 7) -> Briefing:
    """`count` accepted facts spread over the kinds, with made-up names and numbers."""
    rng = random.Random(seed)
    b = load(assets_dir() / "demo.briefing.json")
    for kind in FACT_KINDS:
        b.facts_of(kind).clear()
    makers = [
        lambda n: (
            "places",
            Place(
                id=f"pl-{n}",
                name=f"Outpost {n}",
                kind="installation",
                country="Iraq",
                lat=rng.uniform(30, 37),
                lon=rng.uniform(39, 48),
                role=rng.choice(ROLES),
            ),
        ),
        lambda n: (
            "figures",
            Figure(
                id=f"fg-{n}",
                value=rng.randint(1, 5000),
                unit="troops",
                label=f"Troops at site {n} by the end of the month",
            ),
        ),
        lambda n: (
            "events",
            Event(
                id=f"ev-{n}",
                date=f"2020-0{rng.randint(1, 6)}-1{rng.randint(0, 9)}",
                date_precision="day",
                kind=rng.choice(KINDS),
                summary=f"Incident {n} reported near a coalition site",
                killed=rng.choice((0, 0, 1, 2)),
                wounded=rng.choice((0, 1, 3)),
            ),
        ),
        lambda n: (
            "systems",
            System(
                id=f"sy-{n}",
                name=f"System {n}",
                category="air defence",
                posture="deployed",
                place=f"Outpost {n}",
            ),
        ),
        lambda n: ("organizations", Organization(id=f"or-{n}", name=f"Unit {n}")),
        lambda n: (
            "quotes",
            Quote(id=f"qu-{n}", speaker="an official", text=f"We are watching site {n} closely"),
        ),
    ]
    for n in range(1, count + 1):
        kind, fact = makers[n % len(makers)](n)
        fact.status = "accepted"
        b.insert_fact(kind, fact)
    return b


def timed(briefing: Briefing, repeat: int, theme: str = "staff") -> tuple[float, float, int]:
    """(first run, median of warm runs) in seconds, and the slide count."""
    start = time.perf_counter()
    data, outline = render_pptx(briefing, theme=theme)
    first = time.perf_counter() - start
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        data, outline = render_pptx(briefing, theme=theme)
        runs.append(time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as folder:  # the file write itself, for completeness
        (Path(folder) / "deck.pptx").write_bytes(data)
    return first, statistics.median(runs), len(outline.slides)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    name, seed = seed_briefing()
    first, warm, slides = timed(seed, args.repeat)
    print(
        f"{name}: {slides} slides, first {first * 1000:.0f} ms, warm median "
        f"{warm * 1000:.0f} ms (target < 150 ms)"
    )
    big = big_briefing()
    first, warm, slides = timed(big, max(1, args.repeat // 2))
    print(
        f"500 facts: {slides} slides, first {first:.2f} s, warm median {warm:.2f} s (target < 5 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
