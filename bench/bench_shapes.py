"""How drafting grows on long documents of awkward shapes: a tab-separated incident table whose
rows carry no full stops (read as one long sentence), an interview of thousands of turns, a
run-on log of coordinates, a long table of attendees, a table whose header row repeats, and
hostile text (a line with a long run of blanks, Org notes with a long blank heading and a line
of unclosed file links), which are read from text, as pasted. For each shape, CPU seconds at
n, 2n and 4n units and the growth per doubling (near 2 is linear; near 4 quadratic). Prints
figures; not a timed test.

    python bench/bench_shapes.py [--rows 1000] [--shapes table,turns,coords]
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from briefdeck.extract import draft_briefing  # noqa: E402
from briefdeck.ingest import article_from_text  # noqa: E402
from briefdeck.ingest.article import Article  # noqa: E402


def table(n: int) -> str:
    head = "Date\tLocation\tProvince\tType\tKilled\tWounded\tSource"
    row = ("2026-11-{d:02d}\tErbil\tErbil\tRocket attack on Al-Asad Air Base near Hit and "
           "Baghdad\t0\t2\tCENTCOM")
    return "Tracker\n\n" + head + "\n" + "\n".join(row.format(d=1 + i % 28) for i in range(n))


def turns(n: int) -> str:
    return "Show\n\n>> Joining us now is Senator Jane Roe. Senator, welcome?\n" + "".join(
        f">> Senator, what about Erbil and Baghdad, question {i}?\n>> Look, the attack on Erbil "
        f"was a serious escalation and we must respond now {i}.\n" for i in range(n))


def coords(n: int) -> str:
    return "Log\n\n" + " ".join("33.290 44.260 Erbil 2 x 122mm rockets." for _ in range(n * 4))


def attendees(n: int) -> str:
    return "Minutes\n\nName\tRole\tOrganisation\n" + "".join(
        f"Jo Ames{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{chr(65 + i // 676 % 26)}\tChair\t"
        "Forum\n" for i in range(n))


def headers(n: int) -> str:
    return "Minutes\n\nA drone hit Erbil.\n\n" + "Name | Role\n" * n


def blanks(n: int) -> str:
    return "Log\n\nA drone hit Erbil." + " " * (n * 50) + "x\n"


_ORG = "#+TITLE: Notes\n#+AUTHOR: Jo Ames\n\n"


def org_blanks(n: int) -> str:
    return _ORG + "* TODO" + " \t" * (n * 25) + "Erbil :ops:\nA drone hit Erbil.\n"


def org_links(n: int) -> str:
    return _ORG + "[[file:x " * (n * 5) + "\n"


SHAPES = {"table": table, "turns": turns, "coords": coords, "attendees": attendees,
          "headers": headers, "blanks": blanks, "org_blanks": org_blanks, "org_links": org_links}
_PASTED = {"blanks", "org_blanks", "org_links"}  # read from text: the ingest is what is timed


def cpu_seconds(text: str, pasted: bool = False) -> float:
    if pasted:
        start = time.process_time()
        draft_briefing(article_from_text(text), published="2026-11-21")
        return time.process_time() - start
    article = Article(text=text, boilerplate=[], headline="x", outlet="", byline="",
                      published="2026-11-21", url="", path="", format="txt", warnings=[])
    start = time.process_time()
    draft_briefing(article, published="2026-11-21")
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000, help="units at the smallest size")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args()
    cpu_seconds(table(10))  # warm the gazetteer and patterns
    for name in args.shapes.split(","):
        sizes = [args.rows, args.rows * 2, args.rows * 4]
        times = []
        for n in sizes:
            text = SHAPES[name](n)
            times.append(cpu_seconds(text, name in _PASTED))
            print(f"{name:7} {n:6} units {len(text.split()):8,} words  {times[-1]:6.2f} s cpu")
        growth = [b / a for a, b in pairwise(times) if a > 0]
        print(f"{name:7} growth per doubling: " + ", ".join(f"{g:.2f}" for g in growth))


if __name__ == "__main__":
    main()
