"""Batch export: many inputs into one folder, keeping going past a bad one."""

import subprocess
import sys

from pypdf import PdfReader

from briefdeck.paths import assets_dir


def test_batch_export_keeps_going_past_a_bad_file_and_reports_it(tmp_path):
    good_article = tmp_path / "wire.txt"
    good_article.write_text(
        "Rockets hit Camp Taji\n\nBAGHDAD (Reuters) - Three rockets struck Camp Taji north of "
        "Baghdad on Saturday, wounding two soldiers, officials said.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    demo = assets_dir() / "demo.briefing.json"
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefdeck",
            "export",
            str(good_article),
            str(empty),
            str(demo),
            "--out-dir",
            str(out),
            "--jobs",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "demo.pdf",
        "demo.pptx",
        "wire.pdf",
        "wire.pptx",
    ]
    assert len(PdfReader(str(out / "demo.pdf")).pages) == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("briefdeck: error:")]
    assert len(errors) == 1 and "empty.txt" in errors[0]
    assert "2 of 3 inputs exported" in result.stderr
    assert "Traceback" not in result.stderr
