"""Records that are no prose: a dispatch narrative in capitals relays its sources with "PER"
and quotes a released statement; a ticket export keeps stamped work notes (no quotes, an
officer's note a source), a pasted statement under a bare heading, and people in its fields
with their roles; a memo heads with its writer's post; a plan names who holds which post."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.field_people import field_people
from briefdeck.extract.people_in_posts import people_in_posts
from briefdeck.extract.sourcing_caps_relays import caps_relays, caps_released_speaker
from briefdeck.extract.sourcing_stamped_notes import stamped_notes
from briefdeck.ingest.article import Article


def _draft(text: str):
    return draft_briefing(Article(text=text), published="2026-12-03")


def _said(text: str, facts: list) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in facts]


DISPATCH = (
    "INCIDENT LOG - NORTH RAMP\n"
    "21:10:05  PER BDOC ROCKET ALARM, ALL UNITS SHELTER\n"
    "21:14:40  PER 412 MDG 2 PTS WALKED IN, MINOR\n"
    "21:30:00  PER BDOC OPEN-SOURCE REPORTS OF THE VALLEY BRIGADE CLAIMING THE ATTACK "
    "ON TELEGRAM. UNVERIFIED\n"
    '22:05:00  PER 412 AEW/PA WING STATEMENT RELEASED: "TWO AIRMEN WERE HURT AND ARE '
    'RECEIVING CARE."\n'
    "22:40:00  PER 412 AEW/PA NORTHLAND MOD STATEMENT VIA NNA SAYS ITS GUNS FIRED AT "
    "A DRONE\n"
    "23:00:00  PER DAY SHIFT ROSTER, CREWS SWAP AT 0600\n"
)


def test_a_capitals_log_relays_each_office_once_and_the_sources_it_passes_on():
    found = [(DISPATCH[s:e], kind) for s, e, kind, _ in caps_relays(DISPATCH)]
    # the office is the source, not the entry it gives ("ROCKET ALARM" is no one's name)
    assert ("PER BDOC", "spokesperson") in found
    assert ("PER 412 MDG", "spokesperson") in found
    assert not any(t.startswith("THE ") for t, _ in found)  # (no name: "THE ...")
    assert ("PER 412 AEW/PA", "spokesperson") in found
    assert ("NORTHLAND MOD STATEMENT VIA NNA SAYS", "spokesperson") in found
    assert sum(t.startswith("PER BDOC") for t, _ in found) == 1  # BDOC again: one source
    assert not any("DAY SHIFT" in t for t, _ in found)  # "PER DAY": a rate, no office


def test_a_capitals_log_claim_names_the_group_claiming():
    text = (
        "02:45:00  PER BDOC MEDIA REPORTS OF RED HAND GROUP CLAIMING THE STRIKE ON "
        "TELEGRAM. UNVERIFIED\n"
    )
    found = [text[s:e] for s, e, _, _ in caps_relays(text)]
    assert "RED HAND GROUP" in found  # the group, not its claim
    assert "PER BDOC" in found


def test_a_statement_a_capitals_entry_quotes_is_the_wing_s():
    at = DISPATCH.index('"TWO AIRMEN')
    assert caps_released_speaker(DISPATCH, at) == "412 AEW/PA Wing"
    quotes = _draft(DISPATCH).facts.quotes
    assert [q.speaker for q in quotes if q.text.startswith("TWO AIRMEN")] == ["412 AEW/PA Wing"]


TICKET = (
    "Ticket: INC0000123\n"
    "Title: Power out in Zone 3 after the alert\n"
    "Requester: Mara Quist (Norvell Systems site lead) | Location: Camp Dorn, Zone 3\n"
    "Incident Commander: Asst Chief P. Hollis (BC-1)\n"
    "Assignee: Jonah Field\n"
    "Work notes:\n"
    "  [2026-11-30 01:10] Jonah Field: Cannot reach the hut. Zone 3 closed. Security says one "
    "drone fell near the depot.\n"
    "  [2026-11-30 09:15] MAJ Orla Venn: Confirmed. A second soldier reported to the clinic "
    "this morning with a cut hand.\n"
    "  Auto: Email sent to requester.\n\n"
    "Ticket: REQ0000456\n"
    "Description:\n"
    "  Please put the statement below on the page.\n"
    "  Statement (as released 2026-11-30 14:00):\n"
    "  A drone struck an open area of Camp Dorn late on Nov. 29. Two soldiers had minor cuts.\n"
    "Work notes:\n"
    "  [2026-12-01 10:00] Jonah Field: Posted. A group claimed the attack on Telegram; U.S. "
    "officials have not confirmed who sent the drone.\n"
)


def test_stamped_work_notes_are_no_quotes_and_an_officer_s_note_is_a_source():
    briefing = _draft(TICKET)
    assert not [q for q in briefing.facts.quotes if q.text.startswith("[2026")]
    said = _said(TICKET, briefing.facts.attributions)
    assert any(k == "named official" and t.startswith("MAJ Orla Venn: Confirmed.") for k, t in said)
    assert not any(t.startswith("soldier reported") for _, t in said)  # he went to the clinic
    assert ("spokesperson", "Statement (as released 2026-11-30 14:00)") in said
    assert ("anonymous official", "U.S. officials have not confirmed who sent the drone") in said
    assert [
        t for s, e, k, _ in stamped_notes(TICKET) for t in [TICKET[s:e]] if "Jonah" in t
    ] == []  # a technician's note: the record itself


def test_a_record_s_fields_name_people_with_their_roles():
    people = {name: title for name, title, _, _ in field_people(TICKET)}
    assert people == {
        "Mara Quist": "Norvell Systems site lead",
        "P. Hollis": "Asst Chief, incident commander (BC-1)",
    }
    assert "Jonah Field" not in people  # an assignee with no role: the record's clerk
    names = {p.name for p in _draft(TICKET).facts.people}
    assert {"Mara Quist", "P. Hollis", "Orla Venn"} <= names
    assert not list(field_people("Location: Camp Dorn (Zone 3)\n"))


def test_a_memo_s_head_and_a_plan_s_post_holders_are_people():
    memo = (
        "TO: Ana Reyes, Country Director\nFROM: Tomas Ruiz, Staff Welfare Manager\n"
        "DATE: 4 December 2026\n\n1. Actions\n\nFrom Monday the team works from the port "
        "office. Lina Sayegh, the security focal point for the north, will review this "
        "each week.\n"
    )
    people = {name: title for name, title, _, _ in field_people(memo)}
    assert people == {"Ana Reyes": "Country Director", "Tomas Ruiz": "Staff Welfare Manager"}
    posts = list(people_in_posts(memo))
    assert [(n, t) for n, t, _, _ in posts] == [
        ("Lina Sayegh", "security focal point for the north")
    ]


def test_a_navy_lieutenant_in_capitals_is_titled():
    text = (
        'The ship shot down two drones on Thursday. "We had a minute to act," said LT '
        "Mira Solis, the watch officer.\n"
    )
    briefing = _draft(text)
    assert [p.name for p in briefing.facts.people] == ["Mira Solis"]
    assert _said(text, briefing.facts.attributions) == [
        ("named official", "said LT Mira Solis, the watch officer")
    ]
