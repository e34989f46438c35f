"""Oversize input is refused early and cheaply, with its size and the limit in one line."""

import time

import pytest

import briefdeck.ingest as ingest
from briefdeck import cli
from briefdeck.errors import InputError
from briefdeck.ingest import article_from_text, limits, read_article

PARAGRAPH = (
    "Engineers from the bridging company laid a second span across the canal on Tuesday, "
    "and supply trucks began to cross before nightfall, a brigade spokesman said.\n\n"
)


def _refusal(path) -> str:
    with pytest.raises(InputError) as err:
        read_article(path)
    return str(err.value)


def _sparse_file(path, size: int, head: bytes = PARAGRAPH.encode()) -> None:
    """A file of `size` bytes on disk at once: the head written, the rest a hole."""
    with path.open("wb") as f:
        f.write(head)
        f.truncate(size)


def _no_work(monkeypatch) -> None:
    """Fail the test if the text is decoded or searched for boilerplate."""
    monkeypatch.setattr(ingest, "decode", lambda *a, **k: pytest.fail("decoded anyway"))
    monkeypatch.setattr(
        ingest, "find_boilerplate", lambda *a, **k: pytest.fail("classified anyway")
    )


def test_article_limit_is_the_drafting_limit():
    from briefdeck.extract import MAX_DRAFT_CHARS

    assert limits.MAX_ARTICLE_CHARS == MAX_DRAFT_CHARS
    # any encoding of the longest draftable text fits: at most 4 bytes a character
    assert limits.MAX_TEXT_BYTES >= 4 * limits.MAX_ARTICLE_CHARS
    assert limits.MAX_HTML_BYTES > limits.MAX_TEXT_BYTES  # markup weighs more than words


def test_fifty_megabyte_text_file_is_refused_by_its_size_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "dump.txt"
    _sparse_file(path, 50 * limits.MB)
    _no_work(monkeypatch)
    started = time.perf_counter()
    message = _refusal(path)
    assert time.perf_counter() - started < 0.5
    assert message.startswith(f"{path}: too large (50 MB; ")
    assert "the limit for a text file is 4.0 MB" in message
    assert "1,000,000 characters" in message
    assert "\n" not in message


@pytest.mark.parametrize("suffix", [".md", ".markdown", ".text", ".log"])
def test_every_plain_text_suffix_has_the_text_limit(tmp_path, monkeypatch, suffix):
    path = tmp_path / f"notes{suffix}"
    _sparse_file(path, limits.MAX_TEXT_BYTES + 1)
    _no_work(monkeypatch)
    assert "the limit for a text file" in _refusal(path)


def test_web_page_gets_room_for_its_markup(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 2_000)
    monkeypatch.setattr(limits, "MAX_HTML_BYTES", 50_000)
    page = "<!doctype html><html><body><article>" + "<p>" + PARAGRAPH * 10 + "</p>"
    page += "<script>var tracking = 1;</script>" * 200 + "</article></body></html>"
    for name in ("page.html", "page-saved-as.txt"):  # a page saved under a text suffix too
        path = tmp_path / name
        path.write_text(page, encoding="utf-8")
        assert 2_000 < path.stat().st_size < 50_000
        assert "bridging company" in read_article(path).text


def test_web_page_past_its_byte_limit_is_refused_unread(tmp_path, monkeypatch):
    path = tmp_path / "saved.html"
    _sparse_file(path, limits.MAX_HTML_BYTES + 1, b"<!doctype html><html><body><p>Hi</p>")
    _no_work(monkeypatch)
    assert "the limit for a web page is 16 MB" in _refusal(path)


def test_pdf_or_word_file_past_its_byte_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 10_000)
    path = tmp_path / "report.pdf"
    _sparse_file(path, 20_000, b"%PDF-1.7\n")
    assert "too large (20,000 bytes; the limit for a PDF or Word file is 10,000 bytes)" in (
        _refusal(path)
    )


def test_text_past_the_article_limit_is_refused_before_boilerplate(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 1_000)
    monkeypatch.setattr(
        ingest, "find_boilerplate", lambda *a, **k: pytest.fail("classified anyway")
    )
    path = tmp_path / "long.txt"
    path.write_text(PARAGRAPH * 20, encoding="utf-8")
    message = _refusal(path)
    chars = len((PARAGRAPH * 20).strip())
    assert f"too long ({chars:,} characters of text; the limit is 1,000)" in message


def test_text_at_the_article_limit_is_read(tmp_path, monkeypatch):
    text = (PARAGRAPH * 8).strip()
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", len(text))
    path = tmp_path / "exact.txt"
    path.write_text(text, encoding="utf-8")
    assert read_article(path).text == text


def test_page_with_too_much_visible_text_is_refused_before_the_story_is_sought(
    tmp_path, monkeypatch
):
    import trafilatura

    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 1_000)
    monkeypatch.setattr(
        trafilatura, "bare_extraction", lambda *a, **k: pytest.fail("story sought anyway")
    )
    script = "<script>" + "x" * 5_000 + "</script>"  # scripts are not text of the page
    path = tmp_path / "long.html"
    path.write_text(
        f"<html><head>{script}</head><body>{script}<p>{PARAGRAPH * 10}</p></body></html>",
        encoding="utf-8",
    )
    message = _refusal(path)
    assert "too long (the page holds 1,6" in message and "the limit is 1,000)" in message


def test_page_whose_scripts_pass_the_limit_but_not_its_text_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 1_000)
    script = "<script>" + "x" * 5_000 + "</script><style>p { color: red }</style>"
    path = tmp_path / "short.html"
    path.write_text(f"<html><body>{script}<p>{PARAGRAPH}</p></body></html>", "utf-8")
    assert "bridging company" in read_article(path).text


def _pdf(path, pages: int) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for number in range(pages):
        lines = pdf.beginText(72, 760)
        for row in range(10):
            lines.textLine(f"Page {number} line {row}: the convoy reached the depot at dawn.")
        pdf.drawText(lines)
        pdf.showPage()
    pdf.save()


def test_long_pdf_stops_at_the_page_that_passes_the_limit(tmp_path, monkeypatch):
    from pypdf import PageObject

    path = tmp_path / "report.pdf"
    _pdf(path, 40)
    read = []
    extract_text = PageObject.extract_text
    monkeypatch.setattr(
        PageObject, "extract_text", lambda page, *a, **k: read.append(1) or extract_text(page)
    )
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 2_000)  # about 4 pages
    message = _refusal(path)
    assert len(read) <= 6
    assert f"too long ({len(read)} of 40 pages already hold over 2," in message
    assert "the limit is 2,000)" in message


def test_pdf_under_the_limit_is_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "short.pdf"
    _pdf(path, 3)
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 10_000)
    assert "Page 2 line 9" in read_article(path).text


def _word_file(path, paragraphs: int) -> None:
    import docx

    document = docx.Document()
    for _ in range(paragraphs):
        document.add_paragraph(PARAGRAPH.strip())
    document.save(str(path))


def test_long_word_document_is_refused_before_its_paragraphs_are_read(tmp_path, monkeypatch):
    from docx.text.paragraph import Paragraph

    path = tmp_path / "digest.docx"
    _word_file(path, 300)
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 2_000)
    monkeypatch.setattr(Paragraph, "text", property(lambda p: pytest.fail("read anyway")))
    message = _refusal(path)
    chars = 300 * len(PARAGRAPH.strip())
    assert f"too long ({chars:,} characters of text; the limit is 2,000)" in message


def test_word_reading_stops_once_the_text_passes_the_limit(tmp_path, monkeypatch):
    from briefdeck.ingest import docx as word

    path = tmp_path / "digest.docx"
    _word_file(path, 300)
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 2_000)
    monkeypatch.setattr(word, "_check_length", lambda *a: None)  # as if the count missed it
    message = _refusal(path)
    assert "too long (over 2," in message and "the limit is 2,000)" in message


def test_pasted_text_past_its_limit_is_refused_at_once(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1_000)
    monkeypatch.setattr(ingest, "clean", lambda *a, **k: pytest.fail("cleaned anyway"))
    with pytest.raises(InputError) as err:
        article_from_text(PARAGRAPH * 20)
    assert f"too much text ({len(PARAGRAPH) * 20:,} characters; the limit" in str(err.value)


def test_pasted_html_gets_the_web_page_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1_000)
    page = "<html><body>" + "<p>" + PARAGRAPH + "</p>" + "<!-- tracking -->" * 100
    assert "bridging company" in article_from_text(page + "</body></html>").text


def test_cli_gives_one_line_and_status_1_and_keeps_the_old_output(tmp_path, capsys):
    article = tmp_path / "BIG.txt"
    _sparse_file(article, 50 * limits.MB)
    out = tmp_path / "kept.briefing.json"
    out.write_text('{"earlier": "work"}', encoding="utf-8")
    started = time.perf_counter()
    status = cli.main(["extract", str(article), "-o", str(out)])
    assert time.perf_counter() - started < 0.5
    assert status == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("briefdeck: error: ")
    assert "too large (50 MB" in err
    assert out.read_text(encoding="utf-8") == '{"earlier": "work"}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["BIG.txt", "kept.briefing.json"]


def test_pasted_bytes_past_the_largest_limit_are_refused_undecoded(monkeypatch):
    monkeypatch.setattr(limits, "MAX_HTML_BYTES", 1_000)
    _no_work(monkeypatch)
    data = (PARAGRAPH * 20).encode()
    with pytest.raises(InputError) as err:
        article_from_text(data)
    assert f"too large ({len(data):,} bytes; the limit for text is 1,000 bytes)" in str(err.value)
