"""Time draft_briefing: the seed warm, then 10k / 50k / 100k-word synthetic documents.

    python bench/bench_extract.py

Synthetic documents concatenate varied paragraphs (the test articles plus the seed when
present) with dates, places, figures and quotes, so every extractor does real work. Prints
seconds per size and the growth ratio 100k / 10k (10 means linear).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "extract"))
SEED = REPO / ".." / "shared" / "seed" / "iraq-troop-consolidation.txt"


def _paragraphs() -> list[str]:
    import articles as A  # the test articles, written for this project

    texts = [A.WIRE, A.PRESS_RELEASE, A.TIMELINE, A.QUOTES, A.WEB_PAGE]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    paras = [p for t in texts for p in t.split("\n\n") if len(p.split()) > 8]
    return paras


def synthetic(words: int) -> str:
    paras = _paragraphs()
    out: list[str] = []
    count = i = 0
    while count < words:
        para = paras[i % len(paras)]
        out.append(para)
        count += len(para.split())
        i += 1
    return "\n\n".join(out)


def timed(text: str, published: str = "2020-03-16") -> float:
    from briefdeck.extract import draft_briefing
    from briefdeck.ingest.article import Article

    start = time.perf_counter()
    draft_briefing(Article(text=text), published=published)
    return time.perf_counter() - start


def main() -> int:
    cold = timed("Rockets hit Camp Taji on Saturday.")
    print(f"first call (loads the gazetteer): {cold:.2f} s")
    if SEED.exists():
        seed = SEED.read_text(encoding="utf-8")
        runs = [timed(seed) for _ in range(5)]
        print(f"seed, warm (best of 5):           {min(runs) * 1000:.0f} ms")
    else:
        print("seed: ../shared/seed/ not present")
    sizes = (10_000, 50_000, 100_000)
    seconds = {}
    for n in sizes:
        text = synthetic(n)
        seconds[n] = timed(text)
        print(f"{n:>7,} words ({len(text):>9,} chars): {seconds[n]:.2f} s")
    print(f"growth 100k / 10k: {seconds[100_000] / seconds[10_000]:.1f} (10 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
