"""Formats whose lines are records: a photo agency's caption feed, a radio net's log, a
crowdfunding page, and a committee staff memo's closing lines (short texts of our own)."""

from __future__ import annotations

from briefdeck.ingest import article_from_text
from briefdeck.ingest.caption_feeds import replaced_items
from briefdeck.ingest.line_kinds import article_lines
from briefdeck.ingest.radio_logs import log_rows

FEED = """NORTHWIND PICTURES :: AFRICA FEED :: caption export
Feed: NWP-AF | Exported: 05 Mar 2027 08:00 GMT | Items: 2
==========

[1] SLUG: PORT-FIRE/
Ref: NWP20270304-0101 | Transmitted: 04 Mar 2027 09:00 GMT | Priority: 2
Headline: Fire at a fuel depot in Port Selva
Caption: PORT SELVA - Firefighters spray a burning tank at a fuel depot in Port Selva on Thursday.
The harbour authority said two workers were hurt.
Credit: Ana Ruiz/NWP
Restrictions: NO SALES. MANDATORY CREDIT.
City: Port Selva | Country: Selvania | Date created: 2027-03-04

ADVISORY - ELIMINATE: NWP20270303-0999. Wrong date in caption.

[2] SLUG: PORT-FIRE/ (ADDS toll)
Ref: NWP20270304-0177 | Transmitted: 04 Mar 2027 17:30 GMT | Priority: 1
REPLACES: NWP20270304-0101
Headline: Fire at a fuel depot in Port Selva
Caption: PORT SELVA - Smoke rises over the depot on Thursday.
The harbour authority later said three workers were hurt.
Credit: Ana Ruiz/NWP
Restrictions: NO SALES. MANDATORY CREDIT.
City: Port Selva | Country: Selvania | Date created: 2027-03-04

==========
End of export. 2 items.
(c) 2027 Northwind Pictures.
"""


def _flagged(article, line: str) -> bool:
    start = article.text.index(line)
    return any(s <= start and start + len(line) <= e for s, e in article.boilerplate)


def _touched(article, line: str) -> bool:
    start = article.text.index(line)
    return any(s < start + len(line) and start < e for s, e in article.boilerplate)


def test_a_caption_feed_keeps_its_captions_and_headlines_as_text() -> None:
    article = article_from_text(FEED)
    for line in FEED.splitlines():
        if line.startswith(("Caption:", "Headline:")):
            body = line.split(":", 1)[1].strip()
            assert not _touched(article, body), body
    assert article.headline == "Fire at a fuel depot in Port Selva"


def test_a_caption_feed_flags_its_fields_header_advisory_and_footer() -> None:
    article = article_from_text(FEED)
    for line in (
        "NORTHWIND PICTURES :: AFRICA FEED :: caption export",
        "Feed: NWP-AF | Exported: 05 Mar 2027 08:00 GMT | Items: 2",
        "[2] SLUG: PORT-FIRE/ (ADDS toll)",
        "Ref: NWP20270304-0177 | Transmitted: 04 Mar 2027 17:30 GMT | Priority: 1",
        "REPLACES: NWP20270304-0101",
        "Restrictions: NO SALES. MANDATORY CREDIT.",
        "City: Port Selva | Country: Selvania | Date created: 2027-03-04",
        "ADVISORY - ELIMINATE: NWP20270303-0999. Wrong date in caption.",
        "End of export. 2 items.",
    ):
        assert _flagged(article, line), line
    # the caption's label is flagged, so the caption opens on its dateline
    label = article.text.index("Caption: PORT SELVA - Smoke")
    assert any(s <= label and label + 8 <= e for s, e in article.boilerplate)


def test_an_update_names_the_item_it_replaces() -> None:
    assert replaced_items(FEED) == [("NWP20270304-0101", "NWP20270304-0177")]


def test_a_page_with_one_slug_is_no_feed() -> None:
    text = (
        "Caption: A photo of the harbour.\nSLUG: HARBOUR/\n\n"
        "The harbour reopened on Monday after a storm, the port authority said."
    )
    article = article_from_text(text)
    assert not _touched(article, "The harbour reopened on Monday")


LOG = """UNCLASSIFIED
1-5 CAV - SQUADRON COMMAND NET - RTO LOG
NCS: SABER TOC | PRI: SABER CMD 1
LOG PERIOD: 301900C JAN 27 - 310700C JAN 27
RTO: SPC A. BELL
TIME(C) | FROM | TO | MESSAGE | ACTION/INIT
1900 | SABER TOC | ALL | RADIO CHECK, OVER. | NET OPEN /AB
2210 | BLADE 11 | SABER TOC | CONTACT SMALL ARMS 2 KM N OF CHECKPOINT 4. NO CAS. OVER. | ROGER /AB
2330 | SABER TOC | ALL | SHIFT CHANGE. | /AB
0140 | BLADE 11 | SABER TOC | CONTACT BROKEN. 1X VEHICLE DAMAGED. OVER. | ROGER /AB
0700 | SABER TOC | ALL | LOG CLOSED. | /AB
REVIEWED: CPT J. MOSS, 310705C JAN 27
UNCLASSIFIED
"""


def test_a_net_log_keeps_its_traffic_and_flags_its_bookkeeping() -> None:
    article = article_from_text(LOG)
    for line in (
        "2210 | BLADE 11 | SABER TOC | CONTACT SMALL ARMS",
        "0140 | BLADE 11 | SABER TOC | CONTACT BROKEN.",
    ):
        assert not _touched(article, line), line
    for line in (
        "NCS: SABER TOC | PRI: SABER CMD 1",
        "RTO: SPC A. BELL",
        "TIME(C) | FROM | TO | MESSAGE | ACTION/INIT",
        "1900 | SABER TOC | ALL | RADIO CHECK, OVER. | NET OPEN /AB",
        "2330 | SABER TOC | ALL | SHIFT CHANGE. | /AB",
        "REVIEWED: CPT J. MOSS, 310705C JAN 27",
    ):
        assert _flagged(article, line), line
    # the title names the unit and the period dates the log: both left to the reader
    assert not _flagged(article, "1-5 CAV - SQUADRON COMMAND NET - RTO LOG")
    assert not _flagged(article, "LOG PERIOD: 301900C JAN 27 - 310700C JAN 27")


def test_a_net_logs_rows_are_dated_from_its_period_past_midnight() -> None:
    rows = log_rows(LOG, article_lines(LOG))
    assert [(r.time, r.day, r.sender) for r in rows][1:4] == [
        ("2210", "2027-01-30", "BLADE 11"),
        ("2330", "2027-01-30", "SABER TOC"),
        ("0140", "2027-01-31", "BLADE 11"),
    ]
    assert rows[1].message.startswith("CONTACT SMALL ARMS")


FUNDRAISER = """HelpFund
Search   Donate   Start   Sign in
Start a HelpFund
Help Lena get home after the depot fire
$12,300 raised of $20,000 goal
150 donations
Donate now
Tom Berg is organizing this fundraiser on behalf of Lena Berg.
Created March 6, 2027
Medical, Illness & Healing
My sister Lena was working at the depot when the fire started. She has burns to both arms.
The company said three workers were taken to hospital.
Words of support (40)
Jo and Sam Reed
$200 · 3 d
Stay strong, Lena.
Anonymous
$50 · 1 d
Donations (150)
Pat Lowe $20 · 2 d
Report fundraiser
(c) 2027 HelpFund   Terms   Privacy
"""


def test_a_fundraiser_flags_its_counters_and_donors_but_keeps_the_story() -> None:
    article = article_from_text(FUNDRAISER)
    assert not _touched(article, "My sister Lena was working at the depot")
    assert not _touched(article, "The company said three workers were taken to hospital.")
    for line in (
        "Search   Donate   Start   Sign in",
        "$12,300 raised of $20,000 goal",
        "150 donations",
        "Medical, Illness & Healing",
        "Words of support (40)",
        "$200 · 3 d",
        "Stay strong, Lena.",
        "Pat Lowe $20 · 2 d",
        "Report fundraiser",
    ):
        assert _flagged(article, line), line
    assert article.headline == "Help Lena get home after the depot fire"


def test_a_staff_memos_contacts_and_disclaimer_are_furniture() -> None:
    text = (
        "MEMORANDUM\nTO: Members\nFROM: Staff\nRE: Hearing on depot safety\n\nBACKGROUND\n"
        "A fire at a fuel depot injured three workers on March 4, the harbour authority said.\n"
        "Witness\tPosition\nDr. Ana Ruiz\tChief Inspector\n"
        "STAFF CONTACTS\n"
        "Questions about this memorandum may be directed to Jo Reed (5-1234).\n"
        "This memorandum was prepared by committee staff and has not been reviewed by "
        "Members of the committee.\n"
    )
    article = article_from_text(text)
    for line in (
        "Witness\tPosition",
        "STAFF CONTACTS",
        "Questions about this memorandum may be directed to Jo Reed (5-1234).",
        "This memorandum was prepared by committee staff",
    ):
        assert _flagged(article, line), line
    assert not _touched(article, "A fire at a fuel depot injured three workers")
    assert not _touched(article, "Dr. Ana Ruiz\tChief Inspector")


def test_hostile_feed_and_log_lines_do_not_hang() -> None:
    long_row = "0100 | " + "A" * 50_000 + " | B | " + "x|" * 20_000
    text = (
        "TIME | FROM | TO | MESSAGE\n"
        + "\n".join([long_row] * 4)
        + "\n[1] SLUG: "
        + "Caption: " * 5000
        + "\n[2] SLUG: x\n$5 · 3 d raised " * 200
    )
    article_from_text(text)
