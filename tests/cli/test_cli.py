"""The command line as a user runs it: real processes, real files, one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from briefdeck.model import io


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefdeck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def _deck_text(path: Path) -> str:
    prs = Presentation(str(path))
    parts = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
    return "\n".join(parts)


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_extract_writes_a_draft_briefing_of_the_seed(tmp_path, seed_path):
    out = tmp_path / "seed.briefing.json"
    result = run("extract", str(seed_path), "--published", "2020-03-16", "-o", str(out))
    assert result.returncode == 0, result.stderr
    briefing = io.load(out)
    assert briefing.sources[0].published == "2020-03-16"
    names = {p.name for p in briefing.facts.places}
    assert any("Taji" in n for n in names)
    assert all(f.status == "draft" for _, f in briefing.all_facts())
    text = briefing.sources[0].text
    for _, fact in briefing.all_facts():
        assert fact.provenance is not None
        assert 0 <= fact.provenance.start < fact.provenance.end <= len(text)


def test_extract_without_output_prints_json(seed_path):
    result = run("extract", str(seed_path), "--published", "2020-03-16")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema_version"] >= 1


def test_export_of_the_seed_writes_a_deck_and_a_one_page_pdf(tmp_path, seed_path):
    deck, page = tmp_path / "x.pptx", tmp_path / "x.pdf"
    result = run("export", str(seed_path), "--pptx", str(deck), "--pdf", str(page))
    assert result.returncode == 0, result.stderr
    prs = Presentation(str(deck))
    assert prs.slide_width * 9 == prs.slide_height * 16
    assert len(prs.slides) >= 4
    assert any(shape.has_chart for slide in prs.slides for shape in slide.shapes)
    assert "DRAFT" in _deck_text(deck)  # nothing was reviewed, so the deck says so
    reader = PdfReader(str(page))
    assert len(reader.pages) == 1
    # The drafted BLUF is on the page (compared word for word, ignoring line breaks).
    draft = io.from_json(run("extract", str(seed_path)).stdout)
    bluf_start = " ".join(draft.narrative.bluf.split()[:6])
    assert bluf_start and bluf_start in _squash(reader.pages[0].extract_text())


def test_demo_writes_briefing_deck_and_one_pager(tmp_path):
    out = tmp_path / "d"
    result = run("demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    demo = io.load(out / "demo.briefing.json")
    deck_text = _squash(_deck_text(out / "demo.pptx"))
    assert " ".join(demo.narrative.bluf.split()[:8]) in deck_text
    assert "UNCLASSIFIED" in deck_text
    assert "DRAFT" not in deck_text  # the demo is reviewed
    reader = PdfReader(str(out / "demo.pdf"))
    assert len(reader.pages) == 1
    assert " ".join(demo.narrative.bluf.split()[:6]) in _squash(reader.pages[0].extract_text())


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", "no-such-file.txt"], "no-such-file.txt"),
        (["export", "no-such.briefing.json", "--pdf", "o.pdf"], "cannot read"),
        (["export", "whatever.txt"], "nothing to write"),
        (["export", "in.txt", "--pptx", "wrong.pdf"], "expected a file name ending in .pptx"),
        (["extract", "in.txt", "--published", "16/03/2020"], "not a date"),
    ],
)
def test_errors_are_one_line_and_a_nonzero_exit(tmp_path, args, message):
    (tmp_path / "in.txt").write_text("Rockets hit Camp Taji on Saturday.", encoding="utf-8")
    result = run(*args, cwd=tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briefdeck: error:") and message in lines[0]
    assert "Traceback" not in result.stderr


def test_malformed_briefing_is_named_by_field(tmp_path):
    bad = tmp_path / "bad.briefing.json"
    data = io.to_dict(
        io.load(Path(__file__).resolve().parents[2] / "assets" / "demo.briefing.json")
    )
    data["facts"]["places"][0]["lat"] = "north"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = run("export", str(bad), "--pdf", str(tmp_path / "o.pdf"))
    assert result.returncode != 0
    assert "facts.places[0].lat" in result.stderr
    assert not (tmp_path / "o.pdf").exists()


def test_extract_and_export_warn_when_the_source_is_marked_above_the_briefing(tmp_path):
    article = tmp_path / "digest.txt"
    article.write_text("OFFICIAL-SENSITIVE\nConvoy delayed near Erbil\n\nOfficials said a "
                       "convoy was delayed near Erbil on Monday.\nOFFICIAL-SENSITIVE\n",
                       encoding="utf-8")
    done = run("extract", str(article), "--published", "2024-05-08",
               "-o", str(tmp_path / "d.briefing.json"))
    assert done.returncode == 0
    assert "source is marked OFFICIAL-SENSITIVE" in done.stderr
    done = run("export", str(article), "--published", "2024-05-08", "--include-drafts",
               "--pdf", str(tmp_path / "d.pdf"))
    assert done.returncode == 0 and "check the classification" in done.stderr


def test_extract_drafts_an_ungraded_source_unless_a_grade_is_given(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text("Rockets hit Camp Taji on Saturday, officials said.\n", encoding="utf-8")
    plain, graded = tmp_path / "plain.briefing.json", tmp_path / "graded.briefing.json"
    assert run("extract", str(article), "-o", str(plain)).returncode == 0
    assert run("extract", str(article), "--source-grade", "B", "-o", str(graded)).returncode == 0
    assert io.load(plain).sources[0].reliability == ""
    assert io.load(graded).sources[0].reliability == "B"
    refused = run("extract", str(article), "--source-grade", "G")
    assert refused.returncode != 0 and "invalid choice" in refused.stderr
