"""Text files in the encodings people actually send, cleaned to NFC with \\n newlines."""

import codecs

import pytest

from briefdeck.ingest import read_article

STORY = (
    "Carrier leaves Naples\n\nThe carrier\u2019s crew said \u201cgoodbye\u201d to Naples "
    "on Friday \u2014 the caf\u00e9 owners near the pier waved from the quay.\n"
)


def _read(tmp_path, data: bytes, name: str = "story.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_article(path)


def test_cp1252_curly_quotes_are_decoded(tmp_path):
    article = _read(tmp_path, STORY.encode("cp1252"))
    assert "\u201cgoodbye\u201d" in article.text
    assert "carrier\u2019s" in article.text
    assert "caf\u00e9" in article.text
    assert any("cp1252" in w for w in article.warnings)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path, encoding):
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    article = _read(tmp_path, bom + STORY.encode(encoding))
    assert article.text == STORY.strip()


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    article = _read(tmp_path, codecs.BOM_UTF8 + STORY.encode("utf-8"))
    assert article.text.startswith("Carrier leaves Naples")
    assert "\ufeff" not in article.text
    assert article.headline == "Carrier leaves Naples"


def test_mixed_newlines_become_line_feeds(tmp_path):
    data = b"Ship docks\r\n\r\nFirst line of the story.\rSecond line.\nThird line.\r\n"
    article = _read(tmp_path, data)
    assert article.text == "Ship docks\n\nFirst line of the story.\nSecond line.\nThird line."


def test_nul_and_control_characters_are_removed_but_tabs_kept(tmp_path):
    data = b"Convoy\x00 reaches\x07 the\x1b border\n\nTroops\tand trucks crossed at\x0b dawn.\n"
    article = _read(tmp_path, data)
    assert article.text == "Convoy reaches the border\n\nTroops\tand trucks crossed at\n dawn."
    assert not any(ord(c) < 32 and c not in "\n\t" for c in article.text)


def test_text_is_nfc_normalised(tmp_path):
    decomposed = "Cafe\u0301 near the base reopened after the drills ended.\n"
    article = _read(tmp_path, decomposed.encode("utf-8"))
    assert "Caf\u00e9 near" in article.text


def test_markdown_in_cp1252_is_decoded_before_stripping(tmp_path):
    data = "# Drill ends\n\nThe admiral said \u201cwell done\u201d to the crews.\n".encode("cp1252")
    article = _read(tmp_path, data, "drill.md")
    assert article.text == "Drill ends\n\nThe admiral said \u201cwell done\u201d to the crews."


def test_html_page_in_windows_1252_uses_its_declared_charset(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"><title>Drill ends</title></head><body>'
        "<article><p>The admiral said \u201cwell done\u201d to the crews of all four "
        "ships as the exercise ended off the coast on Saturday afternoon.</p></article>"
        "</body></html>"
    )
    article = _read(tmp_path, page.encode("cp1252"), "drill.html")
    assert "\u201cwell done\u201d" in article.text
