"""A git log read as its files' new text; a Federal Register rule's legal frame, a report
form's check boxes and instructions, a master's protest: their furniture flagged."""

from __future__ import annotations

import time

from briefdeck.ingest import article_from_text
from briefdeck.ingest.check_boxes import ticked_first
from briefdeck.ingest.git_logs import git_log_to_text, looks_like_git_log
from briefdeck.ingest.wiki_diffs import REMOVED_MARK

LOG = """$ git log -p -2 data/events.csv
commit 1111111aaaaaaa2222222bbbbbbb3333333ccccc (HEAD -> main)
Author: Jo Ames <jo@example.org>
Date:   Tue Mar 2 10:00:00 2027 +0000

    Raise the toll of the depot fire

    Signed-off-by: Jo Ames <jo@example.org>

 data/events.csv | 3 ++-
 1 file changed, 2 insertions(+), 1 deletion(-)

diff --git a/data/events.csv b/data/events.csv
index 1234567..89abcde 100644
--- a/data/events.csv
+++ b/data/events.csv
@@ -7,2 +7,3 @@ ref,day,town,killed,injured
 R-7,2027-02-20,Alpha Town,0,0
-R-8,2027-02-25,Beta Town,0,1
+R-8,2027-02-25,Beta Town,2,3
+R-9,2027-03-01,Gamma Town,0,0

commit 4444444ddddddd5555555eeeeeee6666666fffff
Author: Ed Roe <ed@example.org>
Date:   Mon Mar 1 09:00:00 2027 +0000

    Add the depot fire

diff --git a/data/events.csv b/data/events.csv
index 0000001..1234567 100644
--- a/data/events.csv
+++ b/data/events.csv
@@ -7,1 +7,2 @@ ref,day,town,killed,injured
 R-7,2027-02-20,Alpha Town,0,0
+R-8,2027-02-25,Beta Town,0,1
"""


def _flagged(article, line: str) -> bool:
    at = article.text.index(line)
    return article.is_boilerplate(at, at + len(line))


def test_a_git_log_is_read_as_the_files_new_rows_with_the_old_ones_marked() -> None:
    assert looks_like_git_log(LOG)
    text, hints = git_log_to_text(LOG)
    lines = text.split("\n")
    assert "R-8,2027-02-25,Beta Town,2,3" in lines  # the added row, without its "+"
    assert REMOVED_MARK + "R-8,2027-02-25,Beta Town,0,1" in lines  # removed in the newer
    # the older commit added the row the newer one removed: no longer in the file
    assert lines.count(REMOVED_MARK + "R-8,2027-02-25,Beta Town,0,1") == 2
    assert "R-8,2027-02-25,Beta Town,0,1" not in lines
    # the hunk header's column names stand on a line of their own over the rows
    at = lines.index("@@ -7,2 +7,3 @@")
    assert lines[at + 1] == "ref,day,town,killed,injured"
    assert hints == {
        "byline": "Jo Ames",
        "published": "Tue Mar 2 10:00:00 2027 +0000",
        "headline": "Raise the toll of the depot fire",
    }


def test_a_git_logs_furniture_is_flagged_and_its_rows_are_not() -> None:
    article = article_from_text(LOG)
    assert article.published == "2027-03-02"
    for line in (
        "$ git log -p -2 data/events.csv",
        "commit 4444444ddddddd5555555eeeeeee6666666fffff",
        "Signed-off-by: Jo Ames <jo@example.org>",
        "data/events.csv | 3 ++-",
        "1 file changed, 2 insertions(+), 1 deletion(-)",
        "index 1234567..89abcde 100644",
        "--- a/data/events.csv",
        "+++ b/data/events.csv",
        "@@ -7,2 +7,3 @@",
        REMOVED_MARK + "R-8,2027-02-25,Beta Town,0,1",
    ):
        assert _flagged(article, line), line
    assert not _flagged(article, "R-8,2027-02-25,Beta Town,2,3")
    assert not _flagged(article, "ref,day,town,killed,injured")


def test_a_hunk_header_whose_context_is_a_data_row_is_left_as_printed() -> None:
    log = LOG.replace(
        "@@ -7,1 +7,2 @@ ref,day,town,killed,injured", "@@ -7,1 +7,2 @@ R-6,2027-02-19,Delta,0,0"
    )
    text, _ = git_log_to_text(log)
    assert "@@ -7,1 +7,2 @@ R-6,2027-02-19,Delta,0,0" in text.split("\n")


def test_a_broken_or_huge_git_log_does_not_hang() -> None:
    log = (
        "commit " + "a" * 40 + "\nAuthor: X <x@y>\n\ndiff --git a/f b/f\n@@ -1,999999999 +1,5 @@\n"
    )
    log += ("+" + "x," * 5000 + "\n") * 50
    started = time.perf_counter()
    article_from_text(log)
    assert time.perf_counter() - started < 5


FR = """Federal Register / Vol. 9, No. 1 / Monday, March 1, 2027 / Rules and Regulations

SUMMARY: This rule bars flights below FL300 over the region after drone attacks.

ADDRESSES: Send comments on docket FAA-2027-1 through the eRulemaking Portal.

Section 553(b)(3)(B) of title 5, United States Code, authorizes agencies to skip it.

List of Subjects in 14 CFR Part 91

Air transportation, Aircraft, Airports, Freight.

For the reasons stated above, the agency amends chapter I of title 14 as follows:

1. The authority citation for part 91 continues to read as follows:

Authority: 49 U.S.C. 106(f), 40101.

Issued in Washington, DC, under the authority of 49 U.S.C. 106(f).

[FR Doc. 2027-00001 Filed 2-26-27; 8:45 am]

BILLING CODE 4910-13-P
"""


def test_a_federal_register_rules_legal_frame_is_flagged_and_its_summary_kept() -> None:
    article = article_from_text(FR)
    for line in FR.split("\n")[4:]:
        if line:
            assert _flagged(article, line), line
    assert not _flagged(article, FR.split("\n")[2])


def test_a_forms_check_box_row_reads_as_the_ticked_answers() -> None:
    row = "Type\t\u2612 Drone strike \u2610 Shelling / IDF \u2610 IED"
    assert ticked_first(row) == ["Type\t\u2612 Drone strike", "\u2610 Shelling / IDF \u2610 IED"]
    note = "Suspended?\t\u2612 Yes \u2610 No - all road moves halted for 36 hours"
    assert ticked_first(note) == [
        "Suspended?\t\u2612 Yes - all road moves halted for 36 hours",
        "\u2610 No",
    ]
    assert ticked_first("\u2610 Yes \u2610 No") == ["\u2610 Yes \u2610 No"]
    assert ticked_first("no boxes here") == ["no boxes here"]
    text = "Report of the incident.\n\n" + "\n\n".join(ticked_first(row)) + "\n"
    article = article_from_text(text)
    assert _flagged(article, "\u2610 Shelling / IDF \u2610 IED")
    assert not _flagged(article, "Type\t\u2612 Drone strike")


def test_a_report_forms_instructions_are_flagged() -> None:
    text = (
        "SECURITY INCIDENT FORM\n\nSend within 6 hours of the event. Fields marked * are "
        "required.\n\nA rocket hit the warehouse yard on Monday and injured one guard.\n\n"
        "Do not write the names of victims on this form. The office keeps them.\n"
    )
    article = article_from_text(text)
    assert _flagged(article, "Send within 6 hours of the event. Fields marked * are required.")
    assert _flagged(
        article, "Do not write the names of victims on this form. The office keeps them."
    )
    assert not _flagged(article, "A rocket hit the warehouse yard on Monday and injured one guard.")


PROTEST = """M/V NORTHERN GULL
Owners: Gull Shipping SA, Piraeus, Greece
MASTER'S NOTE OF PROTEST
Deadweight\t41,200 t
Built\t2011, Some Yard
I, the undersigned Master, declare that a drone struck the vessel at anchor on 3 March 2027.
Date\tLT\tEvent
03 Mar\t0410\tDrone struck the forecastle. No injuries.
I hereby note and enter protest against all loss and damage, reserving my rights.
"""


def test_a_masters_protest_letterhead_particulars_and_formula_are_flagged() -> None:
    article = article_from_text(PROTEST)
    for line in (
        "Owners: Gull Shipping SA, Piraeus, Greece",
        "Deadweight\t41,200 t",
        "Built\t2011, Some Yard",
        "Date\tLT\tEvent",
        PROTEST.split("\n")[-2],
    ):
        assert _flagged(article, line), line
    assert not _flagged(article, "03 Mar\t0410\tDrone struck the forecastle. No injuries.")
