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


def _mail(headers: str, body: str) -> str:
    return ("From: Desk <desk@wire.example>\nTo: list@example.org\nSubject: Night update\n"
            "Date: Wed, 02 Dec 2026 05:00:00 +0000\nMIME-Version: 1.0\n" + headers + "\n\n"
            + body)


def test_a_quoted_printable_html_mail_is_read_as_a_mail_not_as_a_page():
    raw = _mail('Content-Type: text/html; charset="utf-8"\n'
                "Content-Transfer-Encoding: quoted-printable",
                "<html><body><p>Two rockets hit the depot=E2=80=99s fence late on Tuesday, =\n"
                "the garrison said.</p></body></html>\n")
    article = article_from_text(raw)
    assert "Two rockets hit the depot’s fence late on Tuesday, the garrison said." in article.text
    assert "=E2" not in article.text and article.headline == "Night update"
    assert article.published == "2026-12-02"


def test_an_unencoded_body_keeps_its_accents_and_curly_quotes():
    raw = _mail('Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit',
                "Gen. Zoé Marchetti said the battery’s radar was back on line.\n")
    assert "Gen. Zoé Marchetti said the battery’s radar was back on line." in \
        article_from_text(raw).text


def test_a_forwarded_message_attached_whole_is_read_after_the_note_over_it():
    inner = ("From: Ops <ops@base.example>\nSubject: Incident at the gate\n"
             "Date: Tue, 01 Dec 2026 22:10:00 +0000\nContent-Type: text/plain\n\n"
             "A drone fell inside the perimeter at 2140; no one was hurt.\n")
    raw = _mail('Content-Type: multipart/mixed; boundary="b1"',
                "--b1\nContent-Type: text/plain\n\nSee below.\n--b1\n"
                "Content-Type: message/rfc822\n\n" + inner + "--b1--\n")
    text = article_from_text(raw).text
    assert text.index("See below.") < text.index("A drone fell inside the perimeter at 2140")
    assert "Subject: Incident at the gate" in text


def test_the_words_only_in_an_attached_text_file_are_read():
    raw = _mail('Content-Type: multipart/mixed; boundary="b2"',
                "--b2\nContent-Type: text/plain; name=\"sitrep.txt\"\n"
                "Content-Disposition: attachment; filename=\"sitrep.txt\"\n"
                "Content-Transfer-Encoding: base64\n\n"
                + base64.encodebytes(b"Patrol ambushed near the crossing; two wounded.").decode()
                + "--b2--\n")
    assert "Patrol ambushed near the crossing; two wounded." in article_from_text(raw).text


def test_an_mbox_from_line_over_the_headers_is_still_a_mail():
    raw = "From desk@wire.example Wed Dec  2 05:00:00 2026\n" + QP_NEWSLETTER
    assert "=E2" not in article_from_text(raw).text


def test_a_malformed_message_is_read_as_plain_text_not_refused():
    raw = ('From: "\nSubject: Update\nMIME-Version: 1.0\nContent-Type: text/plain\n\n'
           "Sirens sounded at dawn over the port; nobody was hurt.\n")
    assert "Sirens sounded at dawn over the port" in article_from_text(raw).text


def test_a_message_of_thousands_of_parts_is_not_taken_apart():
    parts = "".join("--b3\nContent-Type: text/plain\n\nx\n" for _ in range(3000))
    raw = _mail('Content-Type: multipart/mixed; boundary="b3"',
                "Rockets were fired at the base overnight.\n" + parts + "--b3--\n")
    assert "Rockets were fired at the base overnight." in article_from_text(raw).text


def test_a_large_eml_with_an_attachment_is_read_for_its_text(tmp_path):
    attachment = base64.encodebytes(b"\x00" * (5 * 1024 * 1024)).decode()
    raw = _mail('Content-Type: multipart/mixed; boundary="b4"',
                "--b4\nContent-Type: text/plain\n\nPhotos of the debris are attached.\n"
                "--b4\nContent-Type: image/jpeg\nContent-Disposition: attachment\n"
                "Content-Transfer-Encoding: base64\n\n" + attachment + "--b4--\n")
    path = tmp_path / "debris.eml"
    path.write_text(raw, encoding="utf-8")
    article = read_article(path)
    assert "Photos of the debris are attached." in article.text
    assert len(article.text) < 2000
