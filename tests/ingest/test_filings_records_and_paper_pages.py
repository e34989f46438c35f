"""Pages that are no news story but carry one: a securities filing, a user-edited occurrence
record, a preprint's landing page, a Q&A site's question and a corrections column. Each is
dated by its own stamp (the filing day, the last revision, the version shown), its form's
furniture is flagged, and what it reports stays content."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.furniture import is_flagged, read_page


def _html(body: str, title: str = "Page", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><main>{body}</main></body></html>"
    )


_FILING = _html(
    "<div class='banner'>Filing index · Form 8-K · Filed 2031-03-12 · Accession No. "
    "0009990001-31-000004</div>"
    "<p>UNITED STATES</p><p>SECURITIES AND EXCHANGE COMMISSION</p><p>FORM 8-K</p>"
    "<p>CURRENT REPORT</p>"
    "<p>Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934</p>"
    "<p>Date of Report (Date of earliest event reported): March 9, 2031</p>"
    "<p>HARLOW FIELD SERVICES, INC.</p>"
    "<p>(Exact name of registrant as specified in its charter)</p>"
    "<p>400 Quarry Lane, Suite 12, Dover, Delaware 19901</p>"
    "<p>(Address of principal executive offices) (Zip Code)</p>"
    "<p>Registrant's telephone number, including area code: (302) 555-0101</p>"
    "<p>☐ Written communications pursuant to Rule 425 under the Securities Act "
    "(17 CFR 230.425)</p>"
    "<table><tr><td>Title of each class</td><td>Trading Symbol(s)</td>"
    "<td>Name of each exchange on which registered</td></tr>"
    "<tr><td>Common Stock, par value $0.01 per share</td><td>HFSI</td>"
    "<td>Nasdaq Global Market</td></tr></table>"
    "<p>Emerging growth company ☐</p>"
    "<p>Item 8.01 Other Events.</p>"
    "<p>On March 9, 2031, two mortar rounds struck a fuel depot that a subsidiary of the "
    "Company runs near the Falcon Ridge outpost. One employee was wounded and the depot "
    "was closed for two days while engineers checked the tanks.</p>"
    "<p>(d) Exhibits. 99.1 Press release dated March 10, 2031. 104 Cover Page Interactive "
    "Data File (embedded within the Inline XBRL document).</p>"
    "<p>SIGNATURES</p>"
    "<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant "
    "has duly caused this report to be signed on its behalf by the undersigned hereunto duly "
    "authorized.</p>"
    "<p>Date: March 12, 2031</p><p>By: /s/ Ada K. Morrow</p>"
    "<p>Ada K. Morrow, Senior Vice President and General Counsel</p>",
    title="hfsi-20310309.htm",
)


def test_a_filing_is_dated_by_its_filing_day_not_its_event_day(tmp_path: Path) -> None:
    article = read_page(tmp_path, "filing.html", _FILING)
    assert article.published == "2031-03-12"


def test_a_filing_cover_exhibit_index_and_signature_are_furniture(tmp_path: Path) -> None:
    text = read_page(tmp_path, "filing.html", _FILING).text
    for line in (
        "SECURITIES AND EXCHANGE COMMISSION",
        "CURRENT REPORT",
        "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934",
        "(Exact name of registrant as specified in its charter)",
        "400 Quarry Lane, Suite 12, Dover, Delaware 19901",
        "(Address of principal executive offices) (Zip Code)",
        "Registrant's telephone number, including area code: (302) 555-0101",
        "☐ Written communications pursuant to Rule 425",
        "Title of each class",
        "Common Stock, par value $0.01 per share",
        "Emerging growth company",
        "(d) Exhibits. 99.1 Press release",
        "the registrant has duly caused this report",
        "By: /s/ Ada K. Morrow",
        "Ada K. Morrow, Senior Vice President and General Counsel",
    ):
        assert is_flagged(text, line), line
    assert not is_flagged(text, "On March 9, 2031, two mortar rounds struck a fuel depot")


def test_a_street_address_in_a_sentence_is_no_furniture() -> None:
    text = (
        "Police said the parcel was left at 400 Quarry Lane, Suite 12, Dover, Delaware 19901 "
        "on Monday morning, and the building was cleared for three hours.\n"
    )
    assert not is_flagged(text, "Police said the parcel")


_RECORD = _html(
    "<h1>Hostile action, Tuesday 4 March 2031</h1>"
    "<p>This information is added by users of SkyLog. It is not checked by SkyLog staff.</p>"
    "<table><tr><td>Date:</td><td>Tuesday 4 March 2031</td></tr>"
    "<tr><td>Type:</td><td>Ilyushin Il-76</td></tr></table>"
    "<p>Narrative:</p>"
    "<p>A rocket struck the cargo ramp of the airfield late in the evening and damaged a "
    "parked freighter. Two loaders were wounded, the airport authority said the next day.</p>"
    "<p>No images yet. Add your photo of this occurrence.</p>"
    "<h2>Revision history:</h2>"
    "<table><tr><td>Date/time</td><td>Contributor</td><td>Updates</td></tr>"
    "<tr><td>05-Mar-2031 08:10</td><td>planespotter9</td><td>Added</td></tr>"
    "<tr><td>07-Mar-2031 16:45</td><td>SL-editor</td><td>Updated [Narrative]</td></tr>"
    "</table>"
    "<p>The SkyLog database is a user-edited database. Information may be incomplete.</p>",
    title="SkyLog occurrence",
)


def test_a_user_edited_record_is_dated_by_its_last_revision(tmp_path: Path) -> None:
    assert read_page(tmp_path, "record.html", _RECORD).published == "2031-03-07"


def test_a_user_edited_records_notices_are_furniture(tmp_path: Path) -> None:
    text = read_page(tmp_path, "record.html", _RECORD).text
    for line in (
        "This information is added by users of SkyLog.",
        "No images yet. Add your photo of this occurrence.",
        "Revision history:",
        "The SkyLog database is a user-edited database.",
    ):
        assert is_flagged(text, line), line
    assert not is_flagged(text, "A rocket struck the cargo ramp")


def _preprint(view_links: str = "<a>View version 1</a>") -> str:
    return _html(
        "<div class='notice'>This is a preprint; it has not been peer reviewed.</div>"
        "<h1>Counting interceptors: a dataset of naval engagements</h1>"
        "<p class='dates'>Posted: 3 February 2031 · Version 2: 20 February 2031</p>"
        f"<div class='buttons'>{view_links}</div>"
        "<section class='abstract'><h2>Abstract</h2><p>We count the missiles and drones "
        "fired at shipping in the strait over two years and the interceptors warships used "
        "against them, from navy statements and port records.</p><p>Warships destroyed most "
        "of the threats that came within range, at a cost that fell when guns were used "
        "against the slower drones.</p></section>"
        "<section class='comments-authors'><h2>Author comments on this version</h2>"
        "<p>Version 2 adds the attack on the tanker Marlow Bay on 14 February 2031, in which "
        "one sailor was killed, the ship's owner said.</p></section>"
        "<section class='keywords'><p>License: CC BY 4.0</p></section>"
        "<section class='cite'><h2>How to cite</h2><p>Quill, A., and Baro, T. (2031). Counting "
        "interceptors. PaperServe. https://doi.org/10.99999/ps.2031.0042.v2</p></section>"
        "<p class='comments'>0 comments · Log in to comment</p>",
        title="Counting interceptors | PaperServe",
    )


def test_a_preprint_is_dated_by_the_version_it_shows(tmp_path: Path) -> None:
    assert read_page(tmp_path, "paper.html", _preprint()).published == "2031-02-20"
    # a page that links to version 2 as another page shows an earlier version
    shown = read_page(tmp_path, "paper1.html", _preprint("<a>View version 2</a>"))
    assert shown.published == "2031-02-03"


def test_a_preprints_author_comments_are_read_and_its_furniture_flagged(
    tmp_path: Path,
) -> None:
    text = read_page(tmp_path, "paper.html", _preprint()).text
    assert "Marlow Bay" in text  # the authors' own note on the version, kept
    assert not is_flagged(text, "Version 2 adds the attack on the tanker Marlow Bay")
    for line in (
        "This is a preprint; it has not been peer reviewed.",
        "License: CC BY 4.0",
        "How to cite",
        "Quill, A., and Baro, T. (2031). Counting interceptors.",
    ):
        assert is_flagged(text, line), line


def test_a_study_not_peer_reviewed_in_a_story_stays_content() -> None:
    text = (
        "The study, which has not been peer reviewed, found that warships fired about 400 "
        "interceptors at drones and missiles over two years.\n"
    )
    assert not is_flagged(text, "The study, which has not been peer reviewed")


def test_a_qa_pages_controls_are_furniture() -> None:
    text = (
        "\n\n".join(
            (
                "Did the coastal battery fire at the drones over the port?",
                "A local channel claims that the battery fired twelve missiles on Friday night.",
                "3 Answers",
                "Sorted by: Highest score (default)",
                "No. The port authority said the drones were brought down by guns, and the "
                "battery's crew were on leave that week.",
                "Your Answer",
                "Thanks for contributing an answer to Fact Check Exchange! Please be sure to "
                "answer the question.",
                "Not the answer you're looking for? Browse other questions tagged drones ports or "
                "ask your own question.",
            )
        )
        + "\n"
    )
    for line in (
        "3 Answers",
        "Sorted by: Highest score (default)",
        "Your Answer",
        "Thanks for contributing an answer",
        "Not the answer you're looking for?",
    ):
        assert is_flagged(text, line), line
    assert not is_flagged(text, "No. The port authority said")


def test_a_corrections_columns_standing_policy_is_furniture() -> None:
    text = (
        "\n\n".join(
            (
                "Corrections",
                "The Ledger corrects errors of fact as soon as they are brought to our attention.",
                "This column lists the corrections made to stories in print and online this week.",
                "An article on Monday about a rocket attack on the river base gave the wrong "
                "toll. Two soldiers were wounded, not three.",
            )
        )
        + "\n"
    )
    assert is_flagged(text, "The Ledger corrects errors of fact")
    assert is_flagged(text, "This column lists the corrections")
    assert not is_flagged(text, "An article on Monday about a rocket attack")


def test_a_filings_event_date_field_is_not_its_date_as_text(tmp_path: Path) -> None:
    text = "\n\n".join(
        (
            "FORM 8-K",
            "CURRENT REPORT",
            "Date of Report (Date of earliest event reported): March 9, 2031",
            "HARLOW FIELD SERVICES, INC.",
            "Item 8.01 Other Events.",
            "Two mortar rounds struck a fuel depot the Company runs near the Falcon Ridge "
            "outpost. One employee was wounded.",
        )
    )
    path = tmp_path / "filing.txt"
    path.write_text(text + "\n", encoding="utf-8")
    from briefdeck.ingest import read_article

    assert read_article(path).published != "2031-03-09"
