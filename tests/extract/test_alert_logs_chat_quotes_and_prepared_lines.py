"""An alert service's labels, quotes pasted into chat messages, a guidance's holding line, a
source list's headline, a report of a report; places named for a government, in a release
marking, where a correspondent reports from, and a suburb's municipalities."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-21", "Security log")

_ALERTS = (
    "#01 | 20/11/2026 21:40 | SMS | ALERT\n"
    "KESTREL ALERT: Evacuation warnings issued for two blocks in the southern suburbs. Avoid "
    "the coast road. Reply 1 if safe.\n"
    "Reply STOP to opt out.\n\n"
    "#02 | 20/11/2026 22:30 | SMS | UPDATE\n"
    "KESTREL UPDATE: Three strikes reported near the stadium. Stay indoors tonight.\n"
    "Reply STOP to opt out.\n\n"
    "#03 | 21/11/2026 01:10 | SMS | UPDATE\n"
    "KESTREL UPDATE: Ministry toll now 4 killed, 9 wounded. No staff affected.\n"
    "Reply STOP to opt out.\n\n"
    "#04 | 21/11/2026 06:15 | SMS | ALERT\n"
    "KESTREL ALERT: Coast road closed again by the army this morning.\n"
    "Reply STOP to opt out.\n"
)


def test_an_alert_services_labels_are_no_people_and_its_texts_no_quotes():
    facts = DRAFTS.facts(_ALERTS)
    assert not [p.name for p in facts.people if "Kestrel" in p.name]
    assert not [q.text for q in facts.quotes]


def test_an_adviser_who_assesses_that_speaks_the_quote():
    speakers = DRAFTS.speakers(
        'Our risk adviser in the capital, Marwan Sfeir, assesses that "more raids are likely '
        'before dawn, but the warnings have come first so far."'
    )
    assert speakers["more raids are likel"] == "Marwan Sfeir"


_CHAT = (
    "[11/29/26, 21:02] Tomas Berg: Loud bangs near the port\n"
    '[11/29/26, 21:10] Ana Kovac: Harbour master on Channel Nine just now: "two boats hit, '
    'no one hurt." Early days\n'
    "[11/29/26, 21:20] Ana Kovac: The Western Front Brigades claimed it on Telegram. Their "
    'wording: "a blessed strike on the enemy harbour"\n'
    "[11/29/26, 21:31] Tomas Berg:\n"
    '> Replying to Ana Kovac: "a blessed strike on the enemy harbour"\n'
    "Is that channel the real one?\n"
    '[11/29/26, 22:05] Ana Kovac: Navy statement (NAVCENT) just out. Quote: "Two sailors '
    'sustained minor injuries and have returned to duty."\n'
    '[11/30/26, 08:00] Tomas Berg changed the group name to "Port Cell - harbour strike".\n'
)


def test_a_chat_message_gives_pasted_words_to_the_source_it_names_before_them():
    speakers = DRAFTS.speakers(_CHAT)
    assert speakers["two boats hit, no on"] == "Harbour master"
    assert speakers["a blessed strike on "] == "Western Front Brigades"
    assert "NAVCENT" in speakers["Two sailors sustaine"]


def test_a_replys_copy_and_a_group_rename_are_no_quotes():
    quotes = [q.text for q in DRAFTS.facts(_CHAT).quotes]
    assert quotes.count("a blessed strike on the enemy harbour") == 1
    assert not [q for q in quotes if q.startswith("Port Cell")]


def test_a_holding_line_under_a_response_to_query_heading_is_no_quote():
    quotes = [
        q.text
        for q in DRAFTS.facts(
            "4. BACKGROUND\n\nU.S. aircraft struck four launch sites overnight.\n\n"
            "5. RESPONSE TO QUERY (RTQ), FOR USE UNTIL RELEASE\n\n"
            '"We are aware of the reports. We have nothing further to add at this time."\n\n'
            "6. POINTS OF CONTACT\n"
        ).quotes
    ]
    assert not [q for q in quotes if q.startswith("We are aware")]


def test_a_source_lists_headline_with_a_military_date_is_no_quote():
    quotes = [
        q.text
        for q in DRAFTS.facts(
            "5. SOURCES\n\n[S1] Unit spot reports, 03-25 NOV 26\n\n"
            '[S2] Reuters, "Rockets hit border post near the dam, officials say," 23 NOV 26\n\n'
            "[S3] Ministry statement, 24 NOV 26\n"
        ).quotes
    ]
    assert not [q for q in quotes if q.startswith("Rockets hit border")]


def test_the_one_whose_report_is_quoted_speaks_not_the_body_relaying_it():
    speakers = DRAFTS.speakers(
        "The maritime security centre said in its first notice that the master had reported "
        '"a loud blast close to the bow" and that the crew were safe.'
    )
    assert speakers["a loud blast close t"] == "master"


def _places(text: str) -> list[str]:
    return [p.name for p in DRAFTS.facts(text).places]


def test_a_capital_owning_its_government_is_no_place():
    places = _places(
        "Rockets hit the Qasr depot near al-Qaim on Friday. Baghdad's government "
        'spokesman called the strike "a violation of sovereignty."'
    )
    assert "Baghdad" not in places
    assert "al-Qaim" in places


def test_the_countries_of_a_release_marking_are_no_places():
    places = _places(
        "Three drones struck Tower 22 on Sunday night.\n\n"
        "Do not release to the public without approval. REL TO USA, JOR on request."
    )
    assert "USA" not in places and "United States" not in places


def test_where_a_correspondent_reports_from_is_a_place():
    assert "Marjayoun" in _places(
        "Israeli strikes hit villages in south Lebanon overnight, the health ministry says. "
        "Nadia Karam reports from Marjayoun."
    )


def test_the_southern_suburbs_municipalities_are_places():
    places = _places(
        "Evacuation warnings were issued for buildings in Haret Hreik and Burj "
        "al-Barajneh, in Beirut's southern suburbs, before the strikes."
    )
    assert "Haret Hreik" in places and "Burj al-Barajneh" in places
