"""Sourcing in shapes a forty-sixth round showed: a chat's lower-case bodies by initials
("ABC interior ministry statement calls it"), a contact at a place in lower case, people a
member knows, an office holder on an outlet, "per their ops desk", an export's group header;
a note's staff products ("The G1 casualty update of 4 MAR raised", "The JTF-N relief order
directs", "Initial damage assessment:"), a body's first report, a toll headed by its
source, a media office by its pronoun, an office holder by title after a quote, a claim's act
run into its sourcing; a tracker's position-signal column. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-03-06", heading="Regional report")
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


_CHAT = """Signal Desktop - chat export
Group: Harbour Watch (6 members)
Exported by: Sara Lind on 3/6/27, 09:00

[3/5/27, 21:02] Sara Lind: Port authority closed the north gate per their ops desk
[3/5/27, 21:10] Tomas Berg: NPSC counter-terrorism says two boats, one stopped at the breakwater
[3/5/27, 21:15] Ana Holm: Port director on Harbour24 just now: "minor damage to a crane"
[3/5/27, 21:40] Tomas Berg: Local contact at the terminal says a crane driver was hurt
[3/5/27, 22:05] Ana Holm: NRG interior ministry statement calls it a "criminal act"
[3/5/27, 22:30] Tomas Berg: two coast guard officers I know say the radar was down
[3/5/27, 23:00] Ana Holm: Coalition statement (JTF-N) just out. Nothing new
"""


def test_a_chats_lower_case_bodies_contacts_and_acquaintances():
    kinds = _kinds(_CHAT)
    assert kinds["per their ops desk"] == ("spokesperson", 1)
    assert kinds["NPSC counter-terrorism says"] == ("spokesperson", 1)
    assert kinds["Port director on Harbour24 just now:"] == ("spokesperson", 1)
    # the contact speaks, not the terminal he sits at
    assert kinds["Local contact at the terminal says"] == ("anonymous official", 1)
    assert "the terminal says" not in kinds
    assert kinds["NRG interior ministry statement calls"] == ("spokesperson", 1)
    assert kinds["two coast guard officers I know say"] == ("anonymous official", 2)
    assert kinds["Coalition statement (JTF-N) just out"] == ("spokesperson", 1)
    assert not any(words.startswith("Group:") for words in kinds)  # the export's header


def test_chat_shorthand_for_contacts_is_read_only_in_a_chat():
    text = "Two coast guard officers I know say the radar was down, a reader wrote on Monday.\n"
    assert "two coast guard officers I know say" not in _kinds(text)


def test_a_notes_staff_products_are_documents():
    kinds = _kinds(
        "3.1 The attack. The first TF Gate spot report listed one wounded. The G1 casualty "
        "update of 4 MAR raised this to three wounded. The JTF-N relief order directs "
        "the unit to leave the port by 30 APR.\n\n"
        "c. Initial damage assessment: 4 of 6 cranes damaged.\n"
    )
    assert kinds["The G1 casualty update of 4 MAR raised"] == ("document", 1)
    assert kinds["The JTF-N relief order directs"] == ("document", 1)
    assert kinds["Initial damage assessment"] == ("document", 1)
    assert not any(w.startswith("MAR") for w in kinds)  # no body named "MAR"


def test_a_bodys_report_toll_media_office_and_titled_holder_speak():
    kinds = _kinds(
        "NPSC's first report gave one guard killed. The port's owner reported two.\n\n"
        "Health Ministry first toll from Nordby strikes: 2 killed, 5 hurt.\n\n"
        "The Northern Front's toll is higher. Its media office says one of its fighters was "
        "killed.\n\n"
        '"We will answer this," said the NORTHCOM commander.\n'
    )
    assert kinds["NPSC's first report gave"] == ("spokesperson", 1)
    assert kinds["Health Ministry first toll from Nordby strikes"] == ("spokesperson", 1)
    assert kinds["Its media office says one of its fighters was killed"] == ("spokesperson", 1)
    assert kinds["said the NORTHCOM commander"] == ("spokesperson", 1)


def test_a_days_statement_is_no_body():
    kinds = _kinds("Monday's statement said the port was closed, the ministry said.\n")
    assert "Monday's statement said" not in kinds


def test_a_groups_claimed_act_and_denial_run_into_its_sourcing():
    kinds = _kinds(
        "The Northern Front said on Telegram that its fighters had targeted the port. The "
        'Harbour Guard said in a separate statement that it had "no part" in the attack.\n'
    )
    assert "The Northern Front said on Telegram that its fighters had targeted" in kinds
    assert "The Harbour Guard said in a separate statement that it had" in kinds


def test_a_trackers_signal_column_names_no_source():
    text = (
        "| Date | Callsign | Type | Source |\n\n|---|---|---|---|\n\n"
        "| 4 Mar | RCH101 | C-17A | MLAT |\n\n| 4 Mar | RCH102 | C-17A | ADS-B |\n\n"
        "| 5 Mar | RCH103 | C-5M | MLAT |\n\n"
        "The Army said the aircraft carried air defence equipment.\n"
    )
    kinds = _kinds(text)
    assert "MLAT" not in kinds and "ADS-B" not in kinds
