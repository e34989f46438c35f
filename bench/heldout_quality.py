"""Score fact extraction against the held-out articles in tests/extract/heldout/.

Same reading, drafting, matching and report as bench/extraction_quality.py (this only points
it at another folder), but over articles the extractor was never tuned on, so the figures are
an honest estimate of how it does on new reporting. Do not tune the extractor against these
articles: see tests/extract/heldout/README.md.

    python bench/heldout_quality.py [--only NAME] [--verbose] [--json OUT] [--traceback]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # extraction_quality sits beside this

import extraction_quality  # noqa: E402

HELDOUT = extraction_quality.REPO / "tests" / "extract" / "heldout"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if not any(HELDOUT.glob("*.expected.json")):
        print(f"no held-out articles in {HELDOUT}: the last round joined the tuning corpus; "
              "write the next one (see its README.md)")
        return 0
    return extraction_quality.main(["--corpus", str(HELDOUT), *args])


if __name__ == "__main__":
    sys.exit(main())
