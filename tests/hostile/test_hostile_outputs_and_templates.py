"""Hostile templates and awkward output names through the real CLI: one clear line, no
partial file; or, for a legal name, a written file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hostile_kit import (
    assert_clean_failure,
    assert_one_page_pdf,
    assert_success,
    full_briefing,
    leftovers,
    run_cli,
)

from briefdeck.model import io


@pytest.fixture
def briefing_file(tmp_path) -> Path:
    path = tmp_path / "in.briefing.json"
    io.save(full_briefing(), path)
    return path


def _text_as_pptx(path: Path) -> None:
    path.write_text("a slide master, honestly", encoding="utf-8")


def _cut_pptx(path: Path) -> None:
    real = Path(__file__).resolve().parents[2] / "templates" / "staff.pptx"
    if not real.is_file():
        pytest.skip("templates/staff.pptx not present")
    path.write_bytes(real.read_bytes()[:4000])


def _zip_bomb_pptx(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("ppt/presentation.xml", "w", force_zip64=True) as member:
            for _ in range(400):  # 400 MB of spaces, under 1 MB on disk
                member.write(b" " * 2**20)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_text_as_pptx, ("cannot be opened",)),
        (_cut_pptx, ("cannot be opened",)),
        (_zip_bomb_pptx, ("zip bomb",)),
    ],
    ids=["text", "truncated", "zip-bomb"],
)
def test_hostile_template_is_one_clear_line_and_writes_nothing(
    tmp_path, briefing_file, make, words
):
    template = tmp_path / "house.pptx"
    make(template)
    out = tmp_path / "out"
    out.mkdir()
    outcome = run_cli(
        "export", str(briefing_file), "--pptx", str(out / "x.pptx"), "--template", str(template)
    )
    assert_clean_failure(outcome, "house.pptx", *words)
    assert list(out.iterdir()) == []


def test_output_name_near_the_file_system_limit_is_written(tmp_path, briefing_file):
    target = tmp_path / ("d" * 240 + ".pdf")  # 244 bytes: legal, leaves no room for padding
    assert_success(run_cli("export", str(briefing_file), "--pdf", str(target)))
    assert_one_page_pdf(target)
    assert leftovers(tmp_path) == []


def test_output_name_past_the_file_system_limit_is_one_clear_line(tmp_path, briefing_file):
    target = tmp_path / ("d" * 300 + ".pdf")
    outcome = run_cli("export", str(briefing_file), "--pdf", str(target))
    assert_clean_failure(outcome, "File name too long")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("name", ["ملخص الإحاطة.pdf", "brief; rm -rf ~.pdf", "-x.pdf", " .pdf"])
def test_unusual_but_legal_output_names_are_written_as_given(tmp_path, briefing_file, name):
    assert_success(run_cli("export", str(briefing_file), "--pdf", f"./{name}", cwd=tmp_path))
    assert_one_page_pdf(tmp_path / name)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "in.briefing.json"])


def test_batch_into_a_file_posing_as_the_output_folder_is_one_clear_line(tmp_path, briefing_file):
    blocker = tmp_path / "decks"
    blocker.write_bytes(b"not a folder")
    outcome = run_cli("export", str(briefing_file), "--out-dir", str(blocker))
    assert_clean_failure(outcome, "decks")
    assert blocker.read_bytes() == b"not a folder"
    assert leftovers(tmp_path) == []


def test_batch_of_hostile_and_good_inputs_writes_the_good_and_names_the_bad(
    tmp_path, briefing_file
):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "cut.briefing.json").write_text('{"schema_version": 1, "meta": {', "utf-8")
    out = tmp_path / "out"
    outcome = run_cli(
        "export",
        str(briefing_file),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "cut.briefing.json"),
        "--out-dir",
        str(out),
        "--jobs",
        "2",
    )
    assert outcome.code != 0 and "Traceback" not in outcome.stderr
    errors = outcome.error_lines
    assert len(errors) == 2, outcome.stderr
    assert any("empty.txt" in e for e in errors) and any("cut.briefing.json" in e for e in errors)
    assert sorted(p.name for p in out.iterdir()) == ["in.pdf", "in.pptx"]
    assert leftovers(tmp_path) == []
