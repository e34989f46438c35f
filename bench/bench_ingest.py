"""How long reading an article takes: the seed warm (target < 20 ms), generated texts of
25k/50k/100k words (target < 1 s for 100k, growing linearly) and HTML pages. Prints figures;
not a timed test.

    python bench/bench_ingest.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from briefdeck.ingest import read_article

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / ".." / "shared" / "seed" / "iraq-troop-consolidation.txt"

SENTENCES = (
    "Officials said the brigade would move north within the month.",
    "A convoy of forty trucks crossed the river at dawn on Tuesday.",
    "The ministry did not say how many advisers would remain at the base.",
    "Two rockets struck near the airfield, causing no injuries, a spokesman said.",
    "Engineers have begun building shelters for the new air-defence battery.",
    "The command declined to give a timetable for the move.",
)
FURNITURE = (
    "Advertisement",
    "Share this article",
    "Related: Navy trims shipbuilding plan",
    "Photo: Dana Ruiz / Reuters",
    "Sign up for our newsletter",
)


def generated_text(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs, count = ["Brigade moves north as drills end", "By Ana Flores", "March 3, 2021"], 0
    while count < words:
        if rng.random() < 0.05:
            paragraphs.append(rng.choice(FURNITURE))
        para = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 6)))
        paragraphs.append(para)
        count += len(para.split())
    return "\n\n".join(paragraphs) + "\n"


def html_page(words: int) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in generated_text(words).split("\n\n")[3:])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Brigade moves north as drills end | Harbor Ledger</title>
<meta property="og:site_name" content="Harbor Ledger">
<meta property="article:published_time" content="2021-03-03"><script>var x = 1;</script>
</head><body><header><nav><a href="/">Home</a> | <a href="/w">World</a></nav></header>
<article><h1>Brigade moves north as drills end</h1>{body}</article>
<aside><h3>Most read</h3><ul><li>Army picks depot site</li></ul></aside>
<footer>&copy; 2021 Harbor Ledger</footer></body></html>"""


def timed(path: Path, repeat: int) -> tuple[float, int]:
    read_article(path)  # warm: imports and regex compilation are not the figure
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        article = read_article(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, len(article.text.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat

    if SEED.is_file():
        ms, words = timed(SEED, max(repeat, 20))
        print(f"seed article (warm)        {ms:8.1f} ms   {words:>7} words   target < 20 ms")
    else:
        print("seed article: ../shared/seed/ not present, skipped")

    with tempfile.TemporaryDirectory() as tmp:
        per_word = []
        for words in (25_000, 50_000, 100_000):
            path = Path(tmp) / f"gen-{words}.txt"
            path.write_text(generated_text(words), encoding="utf-8")
            ms, got = timed(path, repeat)
            per_word.append(ms / got * 1000)
            target = "   target < 1000 ms" if words == 100_000 else ""
            print(f"generated text {words:>7} w  {ms:8.1f} ms   {got:>7} words{target}")
        print(f"  growth: {' / '.join(f'{p:.2f}' for p in per_word)} µs per word (flat = linear)")

        for words in (2_000, 20_000):
            path = Path(tmp) / f"page-{words}.html"
            path.write_text(html_page(words), encoding="utf-8")
            ms, got = timed(path, repeat)
            print(f"HTML page {words:>7} w       {ms:8.1f} ms   {got:>7} words")


if __name__ == "__main__":
    main()
