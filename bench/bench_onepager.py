"""Time the one-page read-ahead: cold (first call: fonts, map borders) and warm.

    python bench/bench_onepager.py [BRIEFING.json] [--runs N]

Uses the demo briefing by default (the seed article's facts). Prints milliseconds; the target
is a warm one-pager under 100 ms."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefdeck.export.pdf import render_pdf, write_pdf
from briefdeck.model import load
from briefdeck.paths import assets_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("briefing", nargs="?", default=str(assets_dir() / "demo.briefing.json"))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    briefing = load(args.briefing)

    start = time.perf_counter()
    data, report = render_pdf(briefing)
    cold = (time.perf_counter() - start) * 1000
    print(f"briefing: {args.briefing}")
    print(f"cold render (fonts, borders, imports): {cold:7.1f} ms, {len(data):,} bytes")
    for warning in report.warnings:
        print(f"  warning: {warning}")

    for paper in ("letter", "a4"):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            render_pdf(briefing, paper=paper)
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"warm render {paper:6}: median {statistics.median(times):6.1f} ms, "
            f"min {min(times):6.1f} ms over {args.runs} runs"
        )

    with tempfile.TemporaryDirectory() as folder:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            write_pdf(briefing, Path(folder) / "read-ahead.pdf")
            times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    print(f"warm write_pdf (atomic, fsync): median {median:6.1f} ms")
    print("target: warm one-pager < 100 ms:", "met" if median < 100 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
