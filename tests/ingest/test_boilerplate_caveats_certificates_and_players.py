"""Issuers' stock caveats (transcript disclaimers, holdings disclosures, a prosecutor's
reminders, a pool's quote check, rounding notes), a certificate's engraved formula, a video
player, a wiki page's banner and labels; reporting that borrows their words left alone. And
the dates of such copies: never the authority a certificate cites, a wiki page's last edit.
Sentences are ours."""

from __future__ import annotations

import pytest

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import find_boilerplate

OPENING = ("Two rockets struck a fuel depot near the airfield on Tuesday night, wounding a "
           "guard, the provincial police said.")
CLOSING = ("Repairs to the depot's pumps began on Wednesday and should take a week, the "
           "airfield's manager told reporters.")


def _flagged(line: str, text: str = "") -> bool:
    text = text or "\n\n".join((OPENING, line, CLOSING))
    start = text.index(line)
    return any(a <= start and start + len(line) <= b for a, b in find_boilerplate(text))


@pytest.mark.parametrize("line", [
    "This document is a transcript of the analyst call produced for Harbor Street Research.",
    "We try hard, but there may be errors, omissions, or inaccuracies in this transcript.",
    "Harbor Street Research has no position in any of the stocks mentioned.",
    "Prepared Remarks:",
    "Questions & Answers",
    "[Operator signoff]",
    "[END OF TRANSCRIPT]",
    "Duration: 47 minutes",
    "Segment length: 6:15",
    "More KXR analysis",
    "All quarterly call transcripts",
    "A federal judge will determine any sentence after considering the sentencing guidelines.",
    "A complaint is merely an allegation, and the defendant is presumed innocent.",
    "Quotes are from the pooler's notes; please check against the official transcript.",
    "This pool report is provided as a courtesy to member outlets.",
    "Pool archive: https://pool.example.org/reports",
    "Please consider the environment before printing this message.",
    "Note: Figures may not sum to totals due to rounding.",
    "Info: This page is restricted. Share findings only through the ops cell.",
    "Labels: after-action rocket-attack depot",
    "Like · Be the first to like this",
    "TO ALL WHO SHALL SEE THESE PRESENTS, GREETING:",
    "THIS IS TO CERTIFY THAT THE SECRETARY OF THE ARMY",
    "AUTHORIZED BY ACT OF CONGRESS, 9 JULY 1918",
    "HAS AWARDED",
    "GIVEN UNDER MY HAND IN THE CITY OF BAGHDAD THIS 4TH DAY OF",
    "PERMANENT ORDER 101-044 | HEADQUARTERS, 1ST SUSTAINMENT BRIGADE",
    "March 2027 | Vol. 9, Issue 3",
    "Closed captioning is available on this video.",
    "Logo of a lighthouse over waves.",
    "Correction",
])
def test_stock_caveats_and_formula_lines_are_flagged(line):
    assert _flagged(line)


@pytest.mark.parametrize("line", [
    "The company said it had no position on the proposed merger of the two suppliers.",
    "Prosecutors said the allegations were merely the start of a wider inquiry into the firm.",
    "The committee asked the ministry to check its figures against the audit before the vote.",
    "A correction to the toll was issued on Thursday after two guards were found alive.",
    "Officers were authorized by the governor to close the road for three days, police said.",
    "The logo of the militia was painted on the wall of the depot, witnesses said.",
])
def test_reporting_with_the_same_words_is_not_flagged(line):
    assert not _flagged(line)


def test_a_player_and_its_video_title_are_flagged_above_the_story():
    text = "\n\n".join(("Now Playing", "Guard's family speaks after depot attack", OPENING,
                        CLOSING))
    assert _flagged("Now Playing", text)
    assert _flagged("Guard's family speaks after depot attack", text)


def test_a_capital_kicker_over_a_headline_and_byline_further_down_is_flagged():
    text = "\n\n".join((OPENING, CLOSING, "AROUND THE BRIGADE",
                        "Depot guards honored for quick response",
                        "By Staff Sgt. Jo Ames, Brigade Public Affairs", OPENING))
    assert _flagged("AROUND THE BRIGADE", text)
    assert not _flagged("Depot guards honored for quick response", text)


def test_the_office_line_under_for_immediate_release_is_flagged():
    text = "\n\n".join(("Press Release", "Man Charged With Shipping Rocket Parts",
                        "Tuesday, May 4, 2027", "For Immediate Release",
                        "Office of Public Affairs", OPENING, CLOSING))
    assert _flagged("Office of Public Affairs", text)


def test_a_certificate_is_not_dated_by_the_authority_it_cites():
    text = "\n\n".join(("THE DEPOT LEDGER | Newsletter of the 9th Sustainment Brigade",
                        "THIS IS TO CERTIFY THAT", "AUTHORIZED BY EXECUTIVE ORDER, 24 AUGUST 1962",
                        "HAS AWARDED", "THE ARMY COMMENDATION MEDAL",
                        "On 3 March 2025 the depot came under rocket fire. " + OPENING, CLOSING))
    assert article_from_text(text).published != "1962-08-24"


def test_an_old_date_in_a_story_about_old_events_is_kept():
    text = "\n\n".join(("Veterans recall a depot raid", "24 August 1962",
                        "On 20 August 1962 rockets struck the depot. " + OPENING, CLOSING))
    assert article_from_text(text).published == "1962-08-24"


def test_a_wiki_page_is_dated_by_its_last_update():
    page = (
        "<!doctype html><html><head><title>LL-27-003 Depot rocket attack</title></head><body>"
        "<div class='page-metadata'>Created by CPT Jo Ames, last updated by MAJ Li Wei on "
        "Mar 09, 2027 · 3 min read</div><div class='content'>"
        f"<p>{OPENING} {CLOSING}</p><p>{CLOSING} {OPENING}</p></div>"
        "<div class='comment'><div class='date'>Mar 05, 2027</div><p>Pumps are fixed.</p></div>"
        "</body></html>"
    )
    assert article_from_text(page).published == "2027-03-09"


def test_a_lawyer_quoted_on_the_charges_and_a_report_on_errors_are_reporting():
    from briefdeck.ingest import article_from_text

    lawyer = ("The charges are merely allegations, defense attorney Jo Roe told reporters "
              "outside the courthouse on Friday.")
    audit = ("The inspector general warned that there may be errors, omissions or "
             "inaccuracies in the casualty database the command keeps.")
    text = "Contractor charged over drone parts\n\n" + lawyer + "\n\n" + audit + "\n"
    article = article_from_text(text)
    for line in (lawyer, audit):
        start = article.text.index(line)
        assert not article.is_boilerplate(start, start + len(line)), line


def test_a_date_still_to_come_does_not_make_the_pages_date_stale():
    from briefdeck.ingest import article_from_text

    text = ("Army extends the air defence contract\n\n12 March 2024\n\n"
            "The Army extended the interceptor contract on Monday; deliveries run through "
            "30 September 2045 under the new terms, officials said.\n")
    assert article_from_text(text).published == "2024-03-12"
