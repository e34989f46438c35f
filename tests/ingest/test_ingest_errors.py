"""Files that cannot be read give one clear InputError, never a traceback."""

import io
import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefdeck.errors import InputError
from briefdeck.ingest import article_from_text, limits, read_article


def _fails(path, *words):
    with pytest.raises(InputError) as err:
        read_article(path)
    message = str(err.value)
    assert str(path) in message
    for word in words:
        assert word in message, message
    return message


def test_missing_file(tmp_path):
    _fails(tmp_path / "nowhere.txt", "no such file")


def test_directory(tmp_path):
    _fails(tmp_path, "folder")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_or_whitespace_file(tmp_path, data):
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    _fails(path, "empty")


def test_binary_junk(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(random.Random(7).randbytes(5000))
    _fails(path, "binary")


def test_too_large_text_file(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1000)
    path = tmp_path / "long.txt"
    path.write_text("The convoy moved north. " * 100, encoding="utf-8")
    _fails(path, "too large")


def test_too_much_pasted_text(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1000)
    with pytest.raises(InputError, match="too much text"):
        article_from_text("The convoy moved north. " * 100)


def test_empty_pasted_text():
    with pytest.raises(InputError, match="pasted: the file is empty|pasted: .*empty"):
        article_from_text(" \n\n ")


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("This was saved as plain text with the wrong name.", encoding="utf-8")
    _fails(path, "not a Word document")


def test_zip_without_a_word_document(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a word file")
    _fails(path, "word/document.xml")


def test_zip_bomb_docx_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.docx"
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(limits.MAX_DOCX_XML_BYTES // len(chunk) + 4):
                member.write(chunk)
    assert path.stat().st_size < 1024 * 1024  # small on disk, huge once unpacked
    _fails(path, "zip bomb")


def test_unreadable_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without an xref\n")
    _fails(path, "PDF")


def test_pdf_suffix_without_pdf_content(tmp_path):
    path = tmp_path / "renamed.pdf"
    path.write_text("plain words, not a PDF", encoding="utf-8")
    _fails(path, "not a PDF")


def test_pdf_without_text_layer(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(72, 72, 300, 200, fill=1)
    page.line(72, 400, 500, 600)
    page.save()
    _fails(path, "no text layer (scanned?)")


def test_old_word_document(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _fails(path, "Word 97-2003")


_SUFFIXES = [".txt", ".md", ".html", ".pdf", ".docx", ".bin"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(_SUFFIXES))
def test_any_bytes_give_an_article_or_an_input_error(tmp_path, data, suffix):
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    try:
        article = read_article(path)
    except InputError:
        return
    assert article.text.strip()


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=2000))
def test_any_pasted_text_gives_an_article_or_an_input_error(text):
    try:
        article = article_from_text(text)
    except InputError:
        return
    assert article.text.strip()
    assert all(0 <= s < e <= len(article.text) for s, e in article.boilerplate)


def test_zip_bytes_pasted_under_a_text_name_are_explained(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("a.txt", "x")
    path = tmp_path / "archive.txt"
    path.write_bytes(buffer.getvalue())
    _fails(path, "not a Word document")
