"""Score fact extraction against the hand-written corpus in tests/extract/corpus/.

For each article: read it (briefdeck.ingest.read_article, or the raw text when ingest is not
there yet), draft a briefing (briefdeck.extract.draft_briefing) and match the drafted facts to
the expected ones, kind by kind. Prints recall and precision per kind per article and overall.

    python bench/extraction_quality.py [--only NAME] [--verbose] [--json OUT] [--corpus DIR]

Recall: share of expected facts matched by at least one drafted fact. Precision: share of
drafted facts that match at least one expected fact (a drafted duplicate of a right fact is
not counted against the extractor; a fact on the article's "tolerated" list is not counted at
all). The matching rules are in tests/extract/corpus/README.md.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import traceback
from dataclasses import asdict, dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

# A drafting stage that fails counts as an error here, not as a kind silently left empty.
os.environ.setdefault("BRIEFDECK_STRICT_DRAFT", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus_scoring sits beside this file

from corpus_scoring import (  # noqa: E402
    KINDS,
    PLACED_KM,
    KindScore,
    boilerplate_status,
    score_kind,
)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "extract" / "corpus"
SEED_DIR = REPO / ".." / "shared" / "seed"

# ---------------------------------------------------------------- running the corpus


class _TextOnly(HTMLParser):
    """Stand-in for ingest while it is missing: the visible text of an HTML file."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style") and self._skip > 0
        if tag in ("p", "div", "li", "h1", "h2", "h3", "figcaption", "br", "section", "tr"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def read(path: Path) -> Any:
    try:
        from briefdeck.ingest import read_article
    except ImportError:
        from briefdeck.ingest.article import Article

        raw = path.read_text(encoding="utf-8")
        if path.suffix.lower() in (".html", ".htm"):
            parser = _TextOnly()
            parser.feed(raw)
            raw = re.sub(r"\n\s*\n+", "\n\n", html.unescape("".join(parser.parts)))
        return Article(text=raw, path=str(path), format=path.suffix.lstrip(".") or "txt")
    return read_article(path)


def corpus_cases(corpus: Path = CORPUS) -> list[tuple[Path, dict]]:
    """(article path, expected) for every *.expected.json; seed cases point into
    ../shared/seed/ and are left out when it is absent."""
    cases = []
    for exp_path in sorted(corpus.glob("*.expected.json")):
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        folder = SEED_DIR if expected.get("source") == "seed" else corpus
        article = folder / expected["file"]
        if article.exists():
            cases.append((article, expected))
    return cases


@dataclass
class ArticleResult:
    file: str
    scores: dict[str, KindScore]
    boilerplate: tuple[int, int] = (0, 0)  # flagged or removed, expected
    removed: int = 0  # of those, lines reading dropped from the text
    missed_boilerplate: list[str] = field(default_factory=list)
    error: str = ""


def evaluate(path: Path, expected: dict) -> ArticleResult:
    result = ArticleResult(path.name, {k: KindScore() for k in KINDS})
    lines = expected.get("boilerplate_lines", [])
    result.boilerplate, result.missed_boilerplate = (0, len(lines)), list(lines)
    drafted: dict[str, list[Any]] = {k: [] for k in KINDS}
    text = ""
    try:
        article = read(path)
        text, spans = article.text, list(article.boilerplate)
        from briefdeck.extract import draft_briefing

        briefing = draft_briefing(article, published=expected.get("published"))
        drafted = {k: list(getattr(briefing.facts, k, []) or []) for k in KINDS}
        if briefing.sources and briefing.sources[0].boilerplate:
            spans = [(s.start, s.end) for s in briefing.sources[0].boilerplate]
    except Exception as exc:  # one broken article must not stop the run
        result.error = f"{type(exc).__name__}: {exc}"
        if "--traceback" in sys.argv:
            traceback.print_exc()
    for kind in KINDS:
        result.scores[kind] = score_kind(
            kind,
            drafted[kind],
            expected.get(kind, []),
            text,
            expected.get("tolerated", {}).get(kind, []),
        )
    if text:
        status = boilerplate_status(text, spans, lines)
        result.boilerplate = (sum(st != "missed" for st in status), len(lines))
        result.removed = status.count("removed")
        result.missed_boilerplate = [
            ln for ln, st in zip(lines, status, strict=True) if st == "missed"
        ]
    return result


def _pct(value: float | None) -> str:
    return "  -" if value is None else f"{round(100 * value):3d}"


def print_report(results: list[ArticleResult], verbose: bool) -> None:
    short = {"organizations": "orgs", "attributions": "attrib"}
    head = (
        f"{'article (recall/precision %)':34}"
        + "".join(f"{short.get(k, k):>10}" for k in KINDS)
        + f"{'placed':>8}{'boiler':>8}"
    )
    print(head)
    print("-" * len(head))
    total = {k: KindScore() for k in KINDS}
    flagged = expected_lines = removed = 0
    for res in results:
        cells = "".join(
            f"{_pct(res.scores[k].recall)}/{_pct(res.scores[k].precision)}".rjust(10) for k in KINDS
        )
        places = res.scores["places"]
        line = f"{res.file[:33]:34}{cells}{places.placed:>4}/{places.expected:<3}"
        print(line + f"{res.boilerplate[0]:>4}/{res.boilerplate[1]:<3}")
        if res.error:
            print(f"    ERROR: {res.error}")
        for k in KINDS:
            total[k].add(res.scores[k])
        flagged += res.boilerplate[0]
        removed += res.removed
        expected_lines += res.boilerplate[1]
        if verbose:
            for k in KINDS:
                for miss in res.scores[k].misses:
                    print(f"    miss  {k:13} {miss}")
                for false in res.scores[k].false:
                    print(f"    false {k:13} {false}")
            for line in res.missed_boilerplate:
                print(f"    boilerplate not flagged: {line!r}")
    print()
    print(
        f"{'overall':14}{'expected':>9}{'found':>7}{'recall':>8}{'drafted':>9}"
        f"{'correct':>9}{'precision':>10}"
    )
    for k in KINDS:
        s = total[k]
        print(
            f"{k:14}{s.expected:>9}{s.found:>7}{_pct(s.recall):>7}%{s.drafted:>9}"
            f"{s.correct:>9}{_pct(s.precision):>9}%"
        )
    p = total["places"]
    print(f"\nplaces placed within {PLACED_KM:g} km: {p.placed}/{p.expected}")
    print(f"boilerplate flagged {flagged}/{expected_lines} ({removed} of them removed by reading)")
    errors = sum(1 for r in results if r.error)
    print(f"articles: {len(results)}, with errors: {errors}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="score only articles whose file name contains this")
    parser.add_argument("--verbose", action="store_true", help="list misses and false facts")
    parser.add_argument("--json", metavar="OUT", help="also write the scores as JSON")
    parser.add_argument("--traceback", action="store_true", help="print extractor tracebacks")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.expected.json")
    args = parser.parse_args(argv)
    cases = [(p, e) for p, e in corpus_cases(args.corpus) if not args.only or args.only in p.name]
    if not cases:
        print("no corpus articles matched", file=sys.stderr)
        return 1
    results = [evaluate(path, expected) for path, expected in cases]
    print_report(results, args.verbose)
    if args.json:
        data = [
            {
                "file": r.file,
                "error": r.error,
                "boilerplate": list(r.boilerplate),
                "boilerplate_removed": r.removed,
                "boilerplate_missed": r.missed_boilerplate,
                "scores": {
                    k: {**asdict(s), "recall": s.recall, "precision": s.precision}
                    for k, s in r.scores.items()
                },
            }
            for r in results
        ]
        from briefdeck.files import atomic_write

        atomic_write(args.json, json.dumps(data, indent=2).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
