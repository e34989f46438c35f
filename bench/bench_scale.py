"""How briefdeck scales: briefings of 100, 1,000 and 10,000 facts (all kinds, realistic
values, every fact tied to a span of a source text written for it). For each size, in its own
process: save, load, drafting a proportionally long article, deck and one-pager export, and
the process's peak memory; then the growth from one size to the next (x10 in facts: a ratio
near 10 is linear, near 100 quadratic). Prints figures; not a timed test.

    python bench/bench_scale.py [--sizes 100,1000,10000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = [  # name, kind, country, lat, lon
    ("Baghdad", "city", "Iraq", 33.31, 44.36),
    ("Erbil", "city", "Iraq", 36.19, 44.01),
    ("Basra", "city", "Iraq", 30.51, 47.78),
    ("Mosul", "city", "Iraq", 36.34, 43.13),
    ("Kirkuk", "city", "Iraq", 35.47, 44.39),
    ("Camp Sierra", "installation", "Iraq", 33.69, 44.25),
    ("Harbor Point", "installation", "Iraq", 30.55, 47.80),
    ("Kilo Crossing", "installation", "Syria", 34.45, 40.92),
    ("Anbar", "province", "Iraq", 33.40, 42.00),
    ("Kuwait City", "city", "Kuwait", 29.37, 47.98),
]
UNITS = ["troops", "rockets", "contractors", "vehicles", "drones", "advisers"]
SYSTEMS = [
    ("Patriot battery", "air defence"),
    ("C-RAM", "counter-rocket"),
    ("Katyusha rocket", "rocket"),
    ("Shahed drone", "drone"),
    ("HIMARS", "rocket"),
]
ORGS = [
    "Northern Brigade",
    "Coalition Joint Task Force",
    "Ministry of Defence",
    "Kataib Hezbollah",
    "Popular Mobilization Forces",
    "State Department",
]
PEOPLE = [
    ("Dana Reyes", "Colonel"),
    ("Sam Okafor", "spokesperson"),
    ("Lina Haddad", "minister"),
    ("Ari Novak", "General"),
]
EVENT_KINDS = ["attack", "withdrawal", "handover", "deployment", "strike", "announcement"]
ROLES = ["withdrawal", "reinforcement", "attack target", "mentioned"]


def _sentence(kind: str, n: int, rng: random.Random) -> tuple[str, str, dict]:
    """One own-words sentence per fact: (sentence, the words the fact spans, its fields)."""
    place = PLACES[n % len(PLACES)]
    day = f"2020-{1 + n % 12:02d}-{1 + n % 28:02d}"
    if kind == "places":
        words = place[0]
        fields = dict(
            name=place[0],
            kind=place[1],
            country=place[2],
            lat=place[3],
            lon=place[4],
            precision="city",
            role=ROLES[n % 4],
        )
        return f"Patrol {n} reported quiet streets in {words} overnight.", words, fields
    if kind == "figures":
        value, unit = rng.randint(2, 5000), UNITS[n % len(UNITS)]
        words = f"{value:,} {unit}"
        fields = dict(
            value=value,
            unit=unit,
            qualifier="about",
            text=f"about {words}",
            label=f"{unit.capitalize()} at {place[0]} (report {n})",
        )
        return f"About {words} were counted at {place[0]} in report {n}.", words, fields
    if kind == "events":
        killed, wounded = rng.choice((0, 0, 1, 2)), rng.choice((0, 1, 3))
        words = f"Rockets struck {place[0]}"
        fields = dict(
            date=day,
            date_precision="day",
            date_text=f"on {day}",
            kind=EVENT_KINDS[n % len(EVENT_KINDS)],
            place=place[0],
            summary=f"Rockets strike {place[0]} (incident {n})",
            weapons=["rocket"],
            killed=killed,
            wounded=wounded,
        )
        return f"{words} on {day} in incident {n}, officials said.", words, fields
    if kind == "systems":
        name, category = SYSTEMS[n % len(SYSTEMS)]
        fields = dict(name=name, category=category, posture="deployed", place=place[0])
        return f"A {name} was set up at {place[0]} for site {n}.", name, fields
    if kind == "organizations":
        name = ORGS[n % len(ORGS)]
        return f"The {name} issued statement {n} on the move.", name, dict(name=name)
    if kind == "people":
        name, title = PEOPLE[n % len(PEOPLE)]
        fields = dict(name=name, title=title, organization=ORGS[n % len(ORGS)])
        return f"{title} {name} spoke at briefing {n}.", name, fields
    if kind == "quotes":
        name = PEOPLE[n % len(PEOPLE)][0]
        words = f"We will keep site {n} open as long as it is needed"
        return f'"{words}," {name} said.', words, dict(text=words, speaker=name)
    words = "two officials said"
    fields = dict(text=words, kind="anonymous official", count=2)
    return f"The unit left post {n} before dawn, {words}.", words, fields


def build_briefing(count: int, seed: int = 7):  # -> Briefing
    """`count` accepted facts over all kinds, each spanning its own sentence of the source."""
    from briefdeck.model import FACT_KINDS, Briefing, Provenance, Source

    kinds = list(FACT_KINDS)
    from briefdeck.model.briefing import Meta, Narrative

    rng = random.Random(seed)
    parts: list[str] = []
    facts = []
    at = 0
    for n in range(count):
        kind = kinds[n % len(kinds)]
        sentence, words, fields = _sentence(kind, n, rng)
        start = at + sentence.index(words)
        prov = Provenance(source="src-1", start=start, end=start + len(words))
        facts.append(
            (
                kind,
                FACT_KINDS[kind](
                    id=f"{kind[:2]}-{n}", status="accepted", provenance=prov, **fields
                ),
            )
        )
        gap = "\n\n" if n % 6 == 5 else " "  # paragraphs of six sentences
        parts.append(sentence + gap)
        at += len(sentence) + len(gap)
    text = "".join(parts)
    b = Briefing(
        meta=Meta(
            title=f"Scale test: {count:,} facts",
            classification="UNCLASSIFIED",
            prepared_by="bench",
            as_of="2020-12-31T12:00:00+00:00",
        ),
        sources=[
            Source(
                id="src-1",
                outlet="Bench Wire",
                headline="Many facts",
                published="2020-12-31",
                text=text,
                reliability="C",
            )
        ],
        narrative=Narrative(
            bluf="Forces consolidate onto fewer bases while attacks go on.",
            key_points=["Bases close.", "Air defences arrive."],
            outlook="More moves are expected.",
        ),
    )
    for kind, fact in facts:
        b.facts_of(kind).append(fact)  # bulk build: no listeners yet, so no change events
    for place in b.facts.places:  # the spans really hold the fact's words
        assert text[place.provenance.start : place.provenance.end] == place.name, place.id
    return b


def measure(count: int) -> dict:
    """Run in a child process: every figure for one size."""
    from briefdeck.export import write_pdf, write_pptx
    from briefdeck.extract import draft_briefing
    from briefdeck.ingest import article_from_text
    from briefdeck.model import io

    row: dict = {"facts": count}
    briefing = build_briefing(count)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        # Warm up (gazetteer, fonts, masters load once per process): time the work, not that.
        small = build_briefing(16)
        draft_briefing(article_from_text(small.sources[0].text, "warm"), published="2020-12-31")
        write_pptx(small, out / "warm.pptx")
        write_pdf(small, out / "warm.pdf")
        start = time.perf_counter()
        io.save(briefing, out / "b.briefing.json")
        row["save"] = time.perf_counter() - start
        row["file_kb"] = (out / "b.briefing.json").stat().st_size / 1024
        start = time.perf_counter()
        loaded = io.load(out / "b.briefing.json")
        row["load"] = time.perf_counter() - start
        assert sum(1 for _ in loaded.all_facts()) == count

        # The source text is an article about as long as the briefing is big.
        article_text = briefing.sources[0].text
        start = time.perf_counter()
        draft = draft_briefing(article_from_text(article_text, "bench"), published="2020-12-31")
        row["extract"] = time.perf_counter() - start
        row["article_kb"] = len(article_text) / 1024
        row["drafted"] = sum(1 for _ in draft.all_facts())

        start = time.perf_counter()
        deck = write_pptx(loaded, out / "b.pptx")
        row["deck"] = time.perf_counter() - start
        row["slides"] = deck.pages
        start = time.perf_counter()
        write_pdf(loaded, out / "b.pdf")
        row["pdf"] = time.perf_counter() - start
    row["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return row


COLUMNS = [
    ("facts", "{:>7,}"),
    ("file_kb", "{:>8.0f}"),
    ("save", "{:>6.2f}"),
    ("load", "{:>6.2f}"),
    ("article_kb", "{:>7.0f}"),
    ("drafted", "{:>7,}"),
    ("extract", "{:>7.2f}"),
    ("slides", "{:>6,}"),
    ("deck", "{:>6.2f}"),
    ("pdf", "{:>5.2f}"),
    ("peak_mb", "{:>7.0f}"),
]
HEADS = {
    "facts": "facts",
    "file_kb": "file KB",
    "save": "save s",
    "load": "load s",
    "article_kb": "art KB",
    "drafted": "drafted",
    "extract": "draft s",
    "slides": "slides",
    "deck": "deck s",
    "pdf": "pdf s",
    "peak_mb": "peak MB",
}
GROWTH = ["save", "load", "extract", "deck", "pdf", "peak_mb"]


def _table(rows: list[dict]) -> str:
    widths = [len(fmt.format(0)) for _, fmt in COLUMNS]
    lines = ["  ".join(HEADS[k].rjust(w) for (k, _), w in zip(COLUMNS, widths, strict=True))]
    for row in rows:
        lines.append("  ".join(fmt.format(row[k]) for k, fmt in COLUMNS))
    for a, b in zip(rows, rows[1:], strict=False):
        scale = b["facts"] / a["facts"]
        ratios = ", ".join(f"{k} x{b[k] / a[k]:.1f}" if a[k] else f"{k} -" for k in GROWTH)
        lines.append(f"growth {a['facts']:,} -> {b['facts']:,} (x{scale:.0f} facts): {ratios}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child's size
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one)))
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode:
            print(f"{size} facts failed:\n{done.stderr[-2000:]}", file=sys.stderr)
            return 1
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"measured {size:,} facts", file=sys.stderr, flush=True)
    print(_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
