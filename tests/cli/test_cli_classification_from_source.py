"""On the command line a briefing drafted from a marked article starts at the article's own US
level; --classification sets the banners as the analyst asks, lower too (and is warned)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pptx import Presentation

from briefdeck.model import io

TEXT = (
    "FOR OFFICIAL USE ONLY\nGate report\n\nA sentry post near Tikrit was fired on late on "
    "Tuesday, officials said. No one was hurt.\nFOR OFFICIAL USE ONLY\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefdeck", *args], capture_output=True, text=True, timeout=120
    )


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "gate.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _first_slide_text(path: Path) -> str:
    slide = Presentation(str(path)).slides[0]
    return " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def test_extract_starts_at_the_articles_marking_and_says_so(tmp_path):
    out = tmp_path / "g.briefing.json"
    done = run("extract", str(_article(tmp_path)), "--published", "2024-05-08", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "Source marked FOR OFFICIAL USE ONLY: banners set to CUI" in done.stderr
    assert io.load(out).meta.classification == "CUI"
    # the saved briefing exported again keeps its banner and has nothing new to say
    done = run("export", str(out), "--include-drafts", "--pptx", str(tmp_path / "g.pptx"))
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    assert "CUI" in _first_slide_text(tmp_path / "g.pptx")


def test_a_lower_classification_asked_for_is_honoured_and_warned(tmp_path):
    deck = tmp_path / "u.pptx"
    done = run(
        "export",
        str(_article(tmp_path)),
        "--published",
        "2024-05-08",
        "--include-drafts",
        "--classification",
        "UNCLASSIFIED",
        "--pptx",
        str(deck),
    )
    assert done.returncode == 0, done.stderr
    assert (
        "the source is marked FOR OFFICIAL USE ONLY; the briefing is marked UNCLASSIFIED"
        in done.stderr
    ) and "banners set" not in done.stderr
    text = _first_slide_text(deck)
    assert "UNCLASSIFIED" in text and "CUI" not in text


def test_batch_export_starts_each_input_at_its_marking_unless_asked(tmp_path):
    article = _article(tmp_path)
    done = run(
        "export",
        str(article),
        "--out-dir",
        str(tmp_path / "o"),
        "--formats",
        "pptx",
        "--include-drafts",
        "--published",
        "2024-05-08",
        "--classification",
        "s",
    )
    assert done.returncode == 0, done.stderr
    assert "SECRET" in _first_slide_text(tmp_path / "o" / "gate.pptx")
    assert "warning" not in done.stderr  # SECRET covers the source's FOUO


def test_an_unknown_classification_is_a_one_line_usage_error(tmp_path):
    done = run("extract", str(_article(tmp_path)), "--classification", "PURPLE")
    assert done.returncode == 2 and "unknown classification 'PURPLE'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
