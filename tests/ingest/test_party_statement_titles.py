"""A party's numbered statement titled in invective is briefed under a neutral title: the
issuer (by the initials the report uses) and the number; a plainly titled one keeps its own."""

from __future__ import annotations

from briefdeck.ingest import article_from_text

BODY = ("\n\nIssued by IRGC Public Relations, Tehran.\n\n"
        "The Corps announces that its drones struck two bases in Iraq at dawn today, "
        "Tuesday 1 December 2026.\n")


def test_an_invective_title_becomes_issuer_and_number():
    text = ("Statement No. 4 of the Islamic Revolution Guards Corps regarding the "
            "punishment of the American aggressor" + BODY)
    assert article_from_text(text).headline == "IRGC statement No. 4"


def test_the_issuer_stays_spelled_out_where_the_report_uses_no_initials():
    text = ("Statement No. 7 of the Southern Command regarding the criminal enemy's "
            "aggression\n\nThe Command announces that its drones struck a base on Monday.\n")
    assert article_from_text(text).headline == "Southern Command statement No. 7"


def test_a_plain_subject_keeps_the_statement_its_own_title():
    title = "Statement No. 2 of the Ministry of Defence on the drone attack at Harir"
    assert article_from_text(title + BODY).headline == title
