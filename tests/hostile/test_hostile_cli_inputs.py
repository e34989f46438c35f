"""Hostile article files through the real CLI and the Python API: each one either works or
fails with exactly one clear 'briefdeck: error:' line, never hangs, never leaves a partial or
unwanted output file. (Unit-level reading of each format is tested under tests/ingest.)"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_kit import (
    assert_clean_failure,
    assert_one_page_pdf,
    assert_success,
    assert_valid_deck,
    leftovers,
    run_cli,
)

from briefdeck.errors import BriefdeckError
from briefdeck.model import io as briefing_io

# Own words: a short report that gives the extractor something to find.
REPORT = (
    "Rockets hit the airfield at Camp Sierra near Baghdad on 4 March 2021, wounding two "
    "soldiers, officials said. About 600 troops will leave the camp by June, the coalition "
    "said in a statement.\n\n"
    "The Northern Brigade moved a radar battery to Erbil the following week.\n"
)
ARABIC = "سقطت صواريخ على القاعدة الجوية قرب بغداد صباح الخميس ولم يصب أحد بأذى."
SCRIPT_MARK = "SCRIPT-RAN-4411"
IFRAME_MARK = "IFRAME-TEXT-9902"


def _utf16(path: Path) -> None:
    path.write_bytes(REPORT.encode("utf-16"))  # with a BOM, as Windows Notepad saves it


def _cp1252(path: Path) -> None:
    text = "\u201cWe are staying,\u201d the colonel\u2019s aide said. " + REPORT
    path.write_bytes(text.encode("cp1252"))


def _mixed_newlines(path: Path) -> None:
    lines = REPORT.split("\n")
    path.write_bytes(("\r\n".join(lines[:2]) + "\r" + "\n".join(lines[2:])).encode())


def _control_chars(path: Path) -> None:
    dirty = REPORT.replace("Rockets", "Rock\x00ets\x01").replace("coalition", "coal\x1b[31mition")
    path.write_bytes(("\x07\x0b" + dirty + "\x00" * 3).encode())


def _arabic(path: Path) -> None:
    path.write_text(f"{ARABIC}\n\n{REPORT}\n{ARABIC}\n", encoding="utf-8")


def _long_lines(path: Path) -> None:
    long_word = "x" * 10_000
    long_line = " ".join(["convoy"] * 1700)  # over 10,000 characters of words
    path.write_text(f"{long_line}\n{REPORT}{long_word}\n{long_word} Erbil.\n", encoding="utf-8")


def _hostile_html(path: Path) -> None:
    path.write_text(
        f"""<!DOCTYPE html [
<!ENTITY leak SYSTEM "file:///etc/passwd">
<!ENTITY remote SYSTEM "http://192.0.2.1/entity.xml">
]>
<html><head><title>Rockets hit Camp Sierra</title>
<script>document.write("{SCRIPT_MARK}")</script>
<script src="http://192.0.2.1/evil.js"></script>
<link rel="stylesheet" href="http://192.0.2.1/style.css">
<style>body {{ background: url(http://192.0.2.1/bg.png) }}</style>
</head><body onload="alert(1)">
<iframe src="http://192.0.2.1/frame"><p>{IFRAME_MARK}</p></iframe>
<article><h1>Rockets hit Camp Sierra</h1>
{"".join(f"<p>{p}</p>" for p in REPORT.split(chr(10)) if p)}
<p>&leak; &remote; <img src="http://192.0.2.1/pixel.gif" onerror="alert(2)"></p>
</article></body></html>""",
        encoding="utf-8",
    )


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _whitespace(path: Path) -> None:
    path.write_bytes(b" \t\r\n\n   \r\n")


def _junk(path: Path) -> None:
    path.write_bytes(random.Random(11).randbytes(64_000))


def _scanned_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.rect(72, 72, 400, 500, fill=1)  # an "image" of a page: shapes, no text layer
    page.save()


def _zip_bomb_docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(64):  # 64 MB of zeros: a few dozen KB on disk
                member.write(b"\0" * 2**20)


def _not_a_zip_docx(path: Path) -> None:
    path.write_text("Saved as text and renamed to .docx by mistake.", encoding="utf-8")


def _truncated_docx(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<w:document/>" * 200)
    path.write_bytes(buffer.getvalue()[:150])  # the zip's directory is cut off


# name, writer, None when it must work, else words the error line must contain
WORKS: list[tuple[str, Callable[[Path], None]]] = [
    ("utf16.txt", _utf16),
    ("cp1252.txt", _cp1252),
    ("mixed-newlines.txt", _mixed_newlines),
    ("control-chars.txt", _control_chars),
    ("arabic.txt", _arabic),
    ("long-lines.txt", _long_lines),
    ("hostile.html", _hostile_html),
]
FAILS: list[tuple[str, Callable[[Path], None], tuple[str, ...]]] = [
    ("empty.txt", _empty, ("empty",)),
    ("whitespace.md", _whitespace, ("empty",)),
    ("junk.txt", _junk, ("binary",)),
    ("junk.html", _junk, ("binary",)),
    ("scan.pdf", _scanned_pdf, ("no text layer",)),
    ("bomb.docx", _zip_bomb_docx, ("zip bomb",)),
    ("notzip.docx", _not_a_zip_docx, ("not a Word document",)),
    ("cut.docx", _truncated_docx, ("cut.docx",)),
]


def _source_text(briefing_path: Path) -> str:
    return briefing_io.load(briefing_path).sources[0].text


@pytest.mark.parametrize(("name", "make"), WORKS, ids=[w[0] for w in WORKS])
def test_awkward_but_readable_article_is_drafted_and_exported(tmp_path, name, make):
    article = tmp_path / name
    make(article)
    out = tmp_path / "out"
    out.mkdir()
    drafted = out / "draft.briefing.json"

    assert_success(run_cli("extract", str(article), "-o", str(drafted)))
    text = _source_text(drafted)
    assert "About 600 troops" in text
    assert not any(ord(c) < 32 and c not in "\t\n" for c in text)  # no NUL, ESC, CR ...
    assert "\r" not in text
    if name == "cp1252.txt":
        assert "\u201cWe are staying,\u201d" in text and "colonel\u2019s" in text
    if name == "arabic.txt":
        assert ARABIC in text
    if name == "hostile.html":
        for leaked in (SCRIPT_MARK, IFRAME_MARK, "root:", "alert("):
            assert leaked not in text

    deck, page = out / "x.pptx", out / "x.pdf"
    assert_success(run_cli("export", str(drafted), "--pptx", str(deck), "--pdf", str(page)))
    assert_valid_deck(deck)
    assert_one_page_pdf(page)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(("name", "make", "words"), FAILS, ids=[f[0] for f in FAILS])
def test_unreadable_article_is_one_error_line_and_writes_nothing(tmp_path, name, make, words):
    article = tmp_path / name
    make(article)
    out = tmp_path / "out"
    out.mkdir()

    outcome = run_cli(
        "export", str(article), "--pptx", str(out / "x.pptx"), "--pdf", str(out / "x.pdf")
    )
    assert_clean_failure(outcome, name, *words)
    assert list(out.iterdir()) == []

    outcome = run_cli("extract", str(article), "-o", str(out / "x.briefing.json"))
    assert_clean_failure(outcome, name, *words)
    assert list(out.iterdir()) == []


def _fifty_megabytes(path: Path) -> None:
    """Varied sentences (not one repeated line) so the extractor would have real work."""
    rng = random.Random(3)
    places = ("Camp Sierra", "Erbil", "Baghdad", "Harbor Point", "Kilo Crossing")
    lines = [
        f"Unit {n} moved {rng.randint(10, 5000)} troops from {rng.choice(places)} to "
        f"{rng.choice(places)} on {rng.randint(1, 28)} March 2021, officials said.\n"
        + ("\n" if n % 8 == 0 else "")
        for n in range(12_000)
    ]
    chunk = "".join(lines)  # about 1 MB
    with path.open("w", encoding="utf-8") as f:
        for part in range(50 * 2**20 // len(chunk) + 1):
            f.write(f"Part {part}.\n\n{chunk}")
    assert path.stat().st_size >= 50 * 2**20


def test_fifty_megabyte_text_finishes_quickly_with_a_result_or_one_clear_line(tmp_path):
    article = tmp_path / "huge.txt"
    _fifty_megabytes(article)
    out = tmp_path / "out"
    out.mkdir()
    deck, page = out / "x.pptx", out / "x.pdf"

    outcome = run_cli("export", str(article), "--pptx", str(deck), "--pdf", str(page))

    assert outcome.seconds < 60
    assert leftovers(tmp_path) == []
    if outcome.code == 0:
        assert_success(outcome)
        assert_valid_deck(deck)
        assert_one_page_pdf(page)
    else:
        assert_clean_failure(outcome, "huge.txt")
        assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [(n, m, ()) for n, m in WORKS] + FAILS,
    ids=[w[0] for w in WORKS] + [f[0] for f in FAILS],
)
def test_python_api_gives_a_briefing_or_a_briefdeck_error(tmp_path, name, make, words):
    from briefdeck.export import write_pdf, write_pptx
    from briefdeck.extract import draft_briefing
    from briefdeck.ingest import read_article

    article = tmp_path / name
    make(article)
    out = tmp_path / "out"
    out.mkdir()
    try:
        briefing = draft_briefing(read_article(article))
    except BriefdeckError as exc:  # anything else is a bug and fails the test
        assert words, f"{name} should have been read: {exc}"
        assert all(w.lower() in str(exc).lower() for w in words), exc
        assert "\n" not in str(exc)
        return
    assert not words, f"{name} should have been refused"
    write_pptx(briefing, out / "x.pptx", include_drafts=True)
    write_pdf(briefing, out / "x.pdf", include_drafts=True)
    assert sorted(p.name for p in out.iterdir()) == ["x.pdf", "x.pptx"]
    assert_valid_deck(out / "x.pptx")
    assert_one_page_pdf(out / "x.pdf")


def test_drafting_refuses_an_article_past_the_limit_before_working(monkeypatch):
    import briefdeck.extract as extract
    from briefdeck.errors import InputError
    from briefdeck.ingest import article_from_text

    article = article_from_text(REPORT * 20, name="long.txt")
    monkeypatch.setattr(extract, "MAX_DRAFT_CHARS", len(article.text) - 1)
    monkeypatch.setattr(extract, "analyse", lambda *a, **k: pytest.fail("drafted anyway"))
    with pytest.raises(InputError, match="too long to draft"):
        extract.draft_briefing(article)


def test_run_on_sentence_of_thousands_of_figures_and_attributions_is_drafted_quickly(tmp_path):
    """One 'sentence' with 40,000 bare numbers and 30,000 attributions: the per-sentence
    look-ups must not rescan the sentence for each item (that took minutes)."""
    article = tmp_path / "run-on.txt"
    numbers = " ".join(str(n) for n in range(40_000))
    article.write_text(f"{REPORT}\n{numbers} " + "officials said, " * 30_000 + "\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()

    outcome = run_cli("extract", str(article), "-o", str(out / "x.briefing.json"))

    assert_success(outcome)
    drafted = briefing_io.load(out / "x.briefing.json")
    # The same words of sourcing said again are one way the report sources its claims.
    sourced = [a for a in drafted.facts.attributions if "officials said" in a.text]
    assert sourced and all(a.kind == "anonymous official" for a in sourced)
    assert leftovers(tmp_path) == []


def test_speaker_note_of_a_run_on_sentence_quotes_the_fact_not_the_opening(tmp_path):
    from hostile_kit import full_briefing
    from pptx import Presentation

    from briefdeck.model import Quote
    from briefdeck.model.facts import Provenance

    b = full_briefing()
    run_on = "and the convoy kept rolling " * 2000  # no full stop for 56,000 characters
    text = b.sources[0].text + " " + run_on + "ZULU-WORDS here " + run_on
    b.set_source_field("src-1", "text", text)
    at = text.index("ZULU-WORDS")
    b.insert_fact(
        "quotes",
        Quote(
            id="qu-z",
            status="accepted",
            speaker="a driver",
            text="ZULU-WORDS here",
            provenance=Provenance(source="src-1", start=at, end=at + 15),
        ),
    )
    write_pptx_path = tmp_path / "x.pptx"
    from briefdeck.export import write_pptx

    write_pptx(b, write_pptx_path)
    notes = [
        s.notes_slide.notes_text_frame.text
        for s in Presentation(str(write_pptx_path)).slides
        if s.has_notes_slide and "ZULU-WORDS" in s.notes_slide.notes_text_frame.text
    ]
    assert notes
    for note in notes:
        evidence = note.split("ZULU-WORDS", 1)[1]  # what follows the bullet: its source
        assert "ZULU-WORDS" in evidence  # the note quotes the words, from their sentence
        assert "Engineers began" not in evidence  # not the document's opening
        assert len(note) < 20_000
