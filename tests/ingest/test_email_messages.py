"""A raw e-mail message, saved as .eml or as text with its MIME headers, is read as the
message: quoted-printable and base64 bodies decoded, boundaries gone, subject and date kept.
Messages written for these tests."""

from __future__ import annotations

import base64

from briefdeck.ingest import article_from_text, read_article

QP_NEWSLETTER = (
    "From: Harbour Watch Brief <brief@harbourwatch.example>\n"
    "To: subscriber@example.org\n"
    "Subject: Harbour Watch: drones over the northern terminal\n"
    "Date: Tue, 24 Nov 2026 06:05:00 +0000\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/alternative; boundary="==sep=="\n'
    "\n"
    "--==sep==\n"
    'Content-Type: text/plain; charset="utf-8"\n'
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "The port authority said two drones were shot down over the northern termina=\n"
    "l late on Monday =E2=80=94 the third such night this month. =E2=80=9CWe are =\n"
    "watching every approach,=E2=80=9D the harbour master=E2=80=99s office said.\n"
    "\n"
    "--==sep==\n"
    'Content-Type: text/html; charset="utf-8"\n'
    "\n"
    "<p>The port authority said two drones were shot down.</p>\n"
    "--==sep==--\n"
)


def test_a_quoted_printable_newsletter_reads_as_its_words():
    article = article_from_text(QP_NEWSLETTER)
    text = article.text
    assert "northern terminal late on Monday — the third such night" in text
    assert "“We are watching every approach,” the harbour master’s office said." in text
    assert "=E2" not in text and "--==sep==" not in text and "Content-Type" not in text
    assert article.headline == "Harbour Watch: drones over the northern terminal"
    assert article.published == "2026-11-24"
    assert article.format == "email"


def test_the_message_header_lines_are_kept_and_marked_as_boilerplate():
    article = article_from_text(QP_NEWSLETTER)
    start = article.text.index("From: Harbour Watch Brief")
    assert article.is_boilerplate(start, start + 10)
    story = article.text.index("The port authority")
    assert not article.is_boilerplate(story, story + 10)


def test_a_saved_eml_with_only_an_html_part_is_read_as_a_page(tmp_path):
    page = ("<html><body><nav>Home | World | Sport</nav><article><h1>Convoy hit near the "
            "crossing</h1><p>A roadside bomb struck a supply convoy near the border crossing "
            "on Sunday, wounding three drivers, the interior ministry said.</p></article>"
            "</body></html>")
    raw = ("From: desk@wire.example\nTo: list@example.org\nSubject: Convoy hit\n"
           "Date: Mon, 30 Nov 2026 09:00:00 +0300\nMIME-Version: 1.0\n"
           "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
           + base64.encodebytes(page.encode()).decode())
    path = tmp_path / "alert.eml"
    path.write_text(raw, encoding="utf-8")
    article = read_article(path)
    assert "wounding three drivers, the interior ministry said." in article.text
    assert "<p>" not in article.text and "PGh0bWw" not in article.text
    assert article.published == "2026-11-30"


def test_a_report_that_only_mentions_mime_headers_is_left_as_written():
    text = ("Analysts noted that the leaked file carried the line Content-Type: text/plain "
            "and a forged date.\n\nThe ministry denied the report on Friday.")
    assert article_from_text(text).text.startswith("Analysts noted that the leaked file")


def test_a_message_with_an_unknown_charset_is_still_read():
    raw = ("From: a@example.org\nSubject: Update\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=x-no-such-charset\n"
           "Content-Transfer-Encoding: quoted-printable\n\n"
           "Sirens sounded in the north at dawn; no injuries were reported.=\n\n")
    article = article_from_text(raw)
    assert "Sirens sounded in the north at dawn; no injuries were reported." in article.text


def test_a_newsletters_by_the_numbers_heading_is_no_byline():
    from briefdeck.ingest.line_kinds import is_byline

    assert not is_byline("BY THE NUMBERS") and not is_byline("By the numbers")
    assert is_byline("By The Associated Press") and is_byline("BY ANA FLORES")
    text = ("Gulf Brief: a busy week at sea\n\nBY THE NUMBERS\n\n"
            "Four tankers were boarded and two drones were shot down near the strait this "
            "week, the navy said on Friday.")
    assert article_from_text(text).byline == ""
