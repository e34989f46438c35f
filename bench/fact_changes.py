"""Which drafted facts changed across the corpus between two trees or two moments.

A rule that lifts one article's score can quietly change facts in others; the per-kind scores
hide that, this shows it. `dump` writes every corpus article's drafted facts (without ids,
review statuses or spans, which move with any edit), its BLUF and key points, and what reading
found (headline, outlet, byline, date, boilerplate count) to JSON. `compare` prints, per article
and kind, each fact only in the first dump (-) and each only in the second (+).

    python bench/fact_changes.py dump before.json [--only NAME] [--corpus DIR]
    ... change a rule ...
    python bench/fact_changes.py dump after.json
    python bench/fact_changes.py compare before.json after.json [--kinds events] [--only NAME]

Read every line of the comparison: each change should be better or neutral.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_scoring import KINDS  # noqa: E402
from extraction_quality import CORPUS, corpus_cases, read  # noqa: E402

# Kept whole: compared as one value rather than fact by fact.
_WHOLE = ("narrative", "reading", "error")
_UNSTABLE = ("id", "status", "spans", "span")


def _fact_line(fact) -> str:
    data = fact.model_dump() if hasattr(fact, "model_dump") else dict(fact)
    for key in _UNSTABLE:
        data.pop(key, None)
    return json.dumps(data, sort_keys=True, default=str)


def draft_one(case: tuple[Path, dict]) -> tuple[str, dict]:
    """One article's drafted facts as sorted lines per kind (an error is recorded, not raised)."""
    from briefdeck.extract import draft_briefing

    path, expected = case
    out: dict[str, list[str]] = {}
    try:
        article = read(path)
        briefing = draft_briefing(article, published=expected.get("published"))
        for kind in KINDS:
            out[kind] = sorted(_fact_line(f) for f in getattr(briefing.facts, kind))
        story = briefing.narrative
        out["narrative"] = [story.bluf, *story.key_points, story.outlook]
        source = briefing.sources[0] if briefing.sources else None
        out["reading"] = [
            str(getattr(article, name, "") or "")
            for name in ("headline", "outlet", "byline", "published")
        ] + [str(len(source.boilerplate) if source else 0)]
    except Exception as exc:  # noqa: BLE001 - a crash is itself a change worth seeing
        out["error"] = [repr(exc)]
    return path.name, out


def dump(out: Path, corpus: Path, only: str) -> int:
    cases = [case for case in corpus_cases(corpus) if only in case[0].name]
    workers = max(1, min(len(cases), os.cpu_count() or 1))
    with Pool(workers) as pool:
        drafted = dict(pool.map(draft_one, cases, chunksize=4))
    out.write_text(json.dumps(drafted, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(drafted)} articles -> {out}")
    return 0


def changes(before: dict, after: dict, kinds: set[str] | None, only: str) -> list[str]:
    lines: list[str] = []
    for name in sorted(set(before) | set(after)):
        if only not in name:
            continue
        old, new = before.get(name, {}), after.get(name, {})
        for kind in sorted(set(old) | set(new)):
            if kinds and kind not in kinds:
                continue
            was, now = old.get(kind, []), new.get(kind, [])
            if kind in _WHOLE:
                if was != now:
                    lines.append(f"== {name} [{kind}]\n  - {was}\n  + {now}")
                continue
            lines += [f"== {name} [{kind}] - {fact}" for fact in was if fact not in now]
            lines += [f"== {name} [{kind}] + {fact}" for fact in now if fact not in was]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="draft every corpus article and write its facts to JSON")
    d.add_argument("out", type=Path)
    d.add_argument("--corpus", type=Path, default=CORPUS)
    d.add_argument("--only", default="", help="articles whose file name contains this")
    c = sub.add_parser("compare", help="print the facts that differ between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--kinds", default="", help="comma-separated kinds, e.g. events,places")
    c.add_argument("--only", default="", help="articles whose file name contains this")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.out, args.corpus, args.only)
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    kinds = {k for k in args.kinds.split(",") if k} or None
    lines = changes(before, after, kinds, args.only)
    print("\n".join(lines))
    print(f"differences: {len(lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
