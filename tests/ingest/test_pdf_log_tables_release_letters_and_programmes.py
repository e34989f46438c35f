"""A PDF table whose cells wrap read a row to a line (a duty log's entry, a programme's rite
beside its officiant); a records office's release letter, the form it encloses and a
ceremony programme flag their furniture and keep their content. The PDFs are generated here;
every line is written for the test."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from briefdeck.ingest.boilerplate import find_boilerplate
from briefdeck.ingest.pdf import pdf_to_text, reflow

ENTRIES = [
    (
        "1",
        "0700",
        ["Took over the desk. Gate 3 closed for repairs,", "traffic via Gate 1."],
        ["Logged"],
    ),
    (
        "2",
        "1410",
        ["Tower reports two rockets landed near the", "fuel farm, no damage seen."],
        ["Told ops chief,", "fire crew"],
    ),
    ("3", "1422", ["Sirens off. Headcount started."], ["Broadcast"]),
    (
        "4",
        "1505",
        ["Headcount done: one guard hurt by glass,", "treated at the aid station."],
        ["Reported up"],
    ),
    ("5", "1900", ["Handed over to the night desk."], ["Logged"]),
]


def _log_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 8)
    c.drawString(60, 700, "OFFICER'S DESK LOG")
    for x, head in zip((60, 94, 130, 400), ("NO.", "TIME", "ENTRY", "ACTION"), strict=True):
        c.drawString(x, 680, head)
    y = 660
    for number, time, entry, action in ENTRIES:
        c.drawString(60, y, number)
        c.drawString(94, y, time)
        for k, line in enumerate(entry):
            c.drawString(130, y - 10 * k, line)
        for k, line in enumerate(action):
            c.drawString(400, y - 10 * k, line)
        y -= 10 * max(len(entry), len(action)) + 8
    c.drawString(60, y - 10, "Checked by the duty officer at the end of the shift, all correct.")
    c.save()
    return buf.getvalue()


RITES = [
    ("Prelude", ""),
    ("Opening Hymn", "Station Choir"),
    ("Welcome", "Mayor Ilse Brandt"),
    ("Reading", "Captain Tomas Vree"),
    ("Silence", ""),
    ("Wreath Laying", "Chief Ana Lutz"),
    ("Tribute", "Sergeant Olaf Rinn"),
    ("Names of the Fallen", "Lieutenant Eva Morr"),
    ("Closing Prayer", "Pastor Jon Dahl"),
    ("Blessing", "Pastor Jon Dahl"),
    ("Anthem", ""),
    ("Last Post", ""),
]


def _programme_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(230, 620, "ORDER OF SERVICE")
    c.setFont("Helvetica", 10)
    for k, (rite, who) in enumerate(RITES):
        c.drawString(82, 600 - 17 * k, rite)
        if who:
            c.drawString(282, 600 - 17 * k, who)
    c.save()
    return buf.getvalue()


def test_a_log_entry_that_wraps_is_read_as_one_line_with_its_time():
    text = pdf_to_text(_log_pdf(), "log.pdf").text
    lines = text.split("\n\n")
    assert (
        "2\t1410\tTower reports two rockets landed near the fuel farm, no damage seen.\t"
        "Told ops chief, fire crew"
    ) in lines
    assert "NO.\tTIME\tENTRY\tACTION" in lines
    assert "5\t1900\tHanded over to the night desk.\tLogged" in lines


def test_a_programme_read_as_two_columns_keeps_each_rite_beside_its_officiant():
    text = pdf_to_text(_programme_pdf(), "programme.pdf").text
    lines = text.split("\n\n")
    assert "Welcome\tMayor Ilse Brandt" in lines
    assert (
        lines.index("Prelude")
        < lines.index("Opening Hymn\tStation Choir")
        < lines.index("Last Post")
    )


def test_the_rites_are_flagged_and_the_officiants_are_not():
    text = pdf_to_text(_programme_pdf(), "programme.pdf").text
    spans = find_boilerplate(text)

    def flagged(part: str) -> bool:
        at = text.index(part)
        return any(a <= at and at + len(part) <= b for a, b in spans)

    assert flagged("ORDER OF SERVICE") and flagged("Wreath Laying") and flagged("Last Post")
    assert not flagged("Chief Ana Lutz") and not flagged("Pastor Jon Dahl")


def test_a_page_of_prose_beside_a_short_sidebar_is_no_table():
    page = "\n".join(
        ["Notes", "Costs", "Roads"]
        + ["The council met on Tuesday and agreed to repair the bridge before the rains came."] * 6
    )
    assert "\t" not in reflow(page)


def test_an_epigraph_with_its_verse_is_not_run_into_the_credit_below_it():
    body = [
        "She served with the harbour police for eleven years before joining the unit and",
        "was known to every crew on the quay for the coffee she brought on night shifts.",
        "Her family asks that gifts go to the seamen's mission in place of flowers, and",
        "thanks the crews who searched the water through the night for their kindness.",
        "",
    ]
    page = "\n".join(
        body
        + [
            "\u201cBlessed are the peacemakers, for they are called.\u201d Matthew 5:9",
            "Programme prepared by the parish office and the town band.",
        ]
    )
    assert "\n\nProgramme prepared by" in reflow(page)


OPENING = (
    "Two drones struck a fuel depot outside the port on Sunday night, wounding three "
    "workers, the provincial governor said."
)
CLOSING = (
    "Repairs to the depot's pumps are expected to take a week, the operator said in a "
    "statement on Monday."
)


def _flagged(line: str) -> bool:
    text = "\n\n".join((OPENING, line, CLOSING))
    at = text.index(line)
    return any(a <= at and at + len(line) <= b for a, b in find_boilerplate(text))


@pytest.mark.parametrize(
    "line",
    [
        "400 HARBOR ROAD, PORT ELLIS AIR STATION, VA 23601",
        "You may appeal this determination within 60 days of the date of this letter by writing "
        "to the agency's appeals office.",
        "Sincerely,",
        "Enclosures (2): desk log, 3-4 May (2 pages); map extract",
        "For use of this form, see the standing orders; the proponent is the operations cell.",
        "PAGE NO. 2 NO. OF PAGES 3",
        "TYPED NAME AND GRADE OF OFFICER ON DUTY: withheld SIGNATURE: withheld",
        "XX FORM 12, JAN 1990 PREVIOUS EDITIONS ARE OBSOLETE.",
        "ITEM\tTIME\tEVENTS AND MESSAGES\tACTION TAKEN",
        "Please silence your mobile phones for the length of the service.",
        "A reception will follow in the community hall.",
        "Programme prepared by the parish office and the town band.",
        "\u201cBlessed are the peacemakers.\u201d Matthew 5:9",
    ],
)
def test_release_letter_form_and_programme_furniture_is_flagged(line):
    assert _flagged(line)


@pytest.mark.parametrize(
    "line",
    [
        "The guard said he would appeal the decision within 30 days, his lawyer told reporters.",
        "Date\tTown\tKilled\tWounded",
        "Please help the families of the three workers wounded in the attack, the mayor said.",
        "\u201cWe will rebuild the depot,\u201d the governor said on Monday.",
    ],
)
def test_story_lines_that_look_like_it_are_kept(line):
    assert not _flagged(line)
