"""A PDF transcript's margin line numbers, a court record's and a town hall's furniture, and
a transcript's 'held <date>' line (short texts of our own)."""

from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.line_numbers import drop_margin_numbers
from briefdeck.ingest.transcripts import held_date


def _page(lines: list[str]) -> str:
    out = ["Case 2:25-cr-00100   Document 7   Filed 01/02/25   Page 2 of 3"]
    for n, line in enumerate(lines, 1):
        out += [str(n)] + ([line] if line else [])
    return "\n".join([*out, "Jane Q. Roe, RMR, CRR - Official Court Reporter", "2", ""])


def test_margin_numbers_are_left_out_and_turns_made_paragraphs():
    page = _page(
        [
            "     THE COURT: Be seated. The defendant bought at least",
            "12 pumps from a",
            "supplier in Ohio.",
            "     MR. POE: We ask for 30 months because the",
            "harm was real.",
            "",
            "CERTIFICATE OF REPORTER",
            "I, Jane Q. Roe, certify",
            "that the foregoing is a correct transcript.",
            "",
            "/s/ Jane Q. Roe",
        ]
    )
    text = drop_margin_numbers(page)
    assert (
        "THE COURT: Be seated. The defendant bought at least 12 pumps from a supplier in "
        "Ohio." in text
    )
    assert "\n\nMR. POE: We ask for 30 months because the harm was real.\n\n" in text
    assert "\n\nI, Jane Q. Roe, certify that" in text
    assert text.startswith("Jane Q. Roe, RMR, CRR - Official Court Reporter\n\n2\n\nCase ")
    assert " 3 " not in text.split("\n\n", 3)[3] and " 7 " not in text.split("\n\n", 3)[3]


def test_a_numbered_list_is_not_a_transcript_page():
    page = "\n".join(f"{n}\nItem {n}." for n in range(1, 5))
    assert drop_margin_numbers(page) == page
    assert drop_margin_numbers("no numbers here\n") == "no numbers here\n"


def _flagged(text: str) -> set[str]:
    return {text[f.start : f.end] for f in classify(text)}


def test_court_record_furniture_is_flagged():
    lines = [
        "Jane Q. Roe, RMR, CRR - Official Court Reporter",
        "Proceedings reported by machine stenography; transcript",
        "(Call to order of the court.)",
        "CERTIFICATE OF OFFICIAL REPORTER",
        "I, Jane Q. Roe, certify that the foregoing is a correct transcript from the record.",
        "/s/ Jane Q. Roe          January 2, 2025",
    ]
    story = "The defendant bought at least 12 pumps from a supplier in Ohio, prosecutors said."
    flagged = _flagged("\n\n".join([story, *lines]))
    assert all(any(line in f for f in flagged) for line in lines)
    assert not any(story in f for f in flagged)


def test_town_hall_housekeeping_in_labelled_turns_is_flagged():
    lines = [
        "ROE: Welcome. Restrooms are down the hall, and please silence your phones.",
        "ROE: Ma'am, the floor is yours.",
        "[Audio link from the base dropped at 1902 and was restored at 1904.]",
        "ROE: The next town hall is Tuesday, March 3, at 1800 here.",
        "DOE: The clinic has nurses on Monday from 0800. No appointment needed.",
    ]
    news = "DOE: Two of our soldiers were hurt on Friday and both are back on duty."
    flagged = _flagged("\n\n".join([news, *lines]))
    assert all(any(line in f for f in flagged) for line in lines)
    assert not any("soldiers were hurt" in f for f in flagged)


def test_a_transcript_is_published_the_day_it_was_held():
    blocks = [
        "Unit Family Meeting",
        "Transcript of the meeting held Monday, 2 March 2026, "
        "at Fort Example, with the commander by phone.",
    ]
    assert held_date(blocks) == "2026-03-02"
    assert held_date(["Unit Family Meeting", "Minutes are below."]) == ""
