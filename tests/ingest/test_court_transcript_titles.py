"""A court transcript is titled by its case and its proceeding, not by the court's name."""

from briefdeck.ingest import article_from_text

TRANSCRIPT = (
    "IN THE UNITED STATES DISTRICT COURT\n\n"
    "FOR THE NORTHERN DISTRICT OF EXAMPLE\n\n"
    "Eastport Division\n\n"
    "UNITED STATES OF AMERICA,        )\n\n"
    ")   Criminal No. 3:26-cr-77\n\n"
    "v.                     )\n\n"
    ")   Eastport, Example\n\n"
    "JOHN PAUL O'MALLEY-REYES,       )   March 3, 2026\n\n"
    "Defendant.        )\n\n"
    "TRANSCRIPT OF PLEA HEARING\n\n"
    "BEFORE THE HONORABLE A. B. JUDGE\n\n"
    "THE COURT: Good morning. We are here on the plea agreement filed last week, counsel.\n"
)


def test_a_transcript_is_titled_by_its_case_and_proceeding():
    assert article_from_text(TRANSCRIPT, "plea.txt").headline == (
        "United States v. John Paul O'Malley-Reyes — Plea Hearing")


def test_a_transcript_without_a_readable_caption_keeps_the_proceeding():
    text = TRANSCRIPT.replace("v.                     )\n\n", "")
    assert article_from_text(text, "plea.txt").headline == "Transcript of Plea Hearing"
