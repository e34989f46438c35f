"""A team chat's export (its header, pinned label, reactions, day dividers, closing line), a
paper's glossary box, a travel advisory's checklist under "If you decide to travel to X:", a
circular's no-liability paragraph, a translation credit, and a committee report's cover title
repeated as the running head of its pages."""

from tests.ingest.furniture import rules_over

from briefdeck.ingest.boilerplate import classify

CHAT = """#harbour-ops | Relief Works workspace
Exported by j.okafor on Mar 3, 2027 | 14 members | Topic: port security, staff moves.

📌 Pinned by j.okafor
Curfew for all staff in Port Vella from 20:00.
:white_check_mark: 9  :eyes: 2

--- Monday, March 2 ---

j.okafor  8:10 AM
two mortar rounds hit the fuel depot at Port Vella overnight, 3 guards wounded per police
:pray: 4
👍 3

End of #harbour-ops export. Older messages are in the previous file.
"""


def test_a_team_chat_exports_own_lines_are_flagged_and_the_messages_kept():
    for line in (
        "#harbour-ops | Relief Works workspace",
        "Exported by j.okafor on Mar 3, 2027 | 14 members | Topic: port security, staff moves.",
        "📌 Pinned by j.okafor",
        ":white_check_mark: 9  :eyes: 2",
        ":pray: 4",
        "--- Monday, March 2 ---",
        "End of #harbour-ops export. Older messages are in the previous file.",
    ):
        assert rules_over(CHAT, line) == ["chat export note"], line
    assert rules_over(CHAT, "👍 3")  # a reaction in emoji: flagged (as counts, perhaps)
    assert rules_over(CHAT, "Curfew for all staff in Port Vella from 20:00.") == []
    assert rules_over(CHAT, "two mortar rounds hit the fuel depot") == []


def test_a_day_divider_stays_in_the_text_for_the_reader_to_date_by():
    flagged = [f for f in classify(CHAT) if CHAT[f.start : f.end] == "--- Monday, March 2 ---"]
    assert flagged  # flagged, not cut: the text still holds the day


def test_a_dashed_section_heading_that_is_no_day_is_not_a_divider():
    text = "Mortars hit the depot on Monday, police said.\n\n--- Section 2 ---\n\nMore to come."
    assert rules_over(text, "--- Section 2 ---") == []


STORY = (
    "A navy frigate fired warning flares at two fast boats near the Vella Strait on Tuesday, "
    "the defence ministry said.\n\n"
)
GLOSSARY = (
    "Explained\n\n"
    "Vella Strait: the narrow channel between Vella island and the mainland.\n\n"
    "Escort mission: warships sent to protect merchant convoys since 2009.\n\n"
)


def test_a_glossary_box_and_its_heading_are_flagged():
    text = STORY + GLOSSARY + "The ministry said no one was hurt in the encounter on Tuesday."
    for line in ("Explained", "Vella Strait: the narrow channel", "Escort mission: warships"):
        assert rules_over(text, line) == ["glossary"], line
    assert rules_over(text, "The ministry said no one was hurt") == []


def test_a_lone_label_line_under_explained_is_not_a_glossary():
    text = STORY + "Explained\n\nUpdate: the frigate returned to port on Wednesday.\n\nMore soon."
    assert rules_over(text, "Update: the frigate returned") == []


ADVISORY = (
    "Do not travel to Ruritania due to armed conflict.\n\n"
    "On March 2, 2027, rockets struck near Port Vella International Airport.\n\n"
    "Read the Safety and Security section on the country information page.\n\n"
    "If you decide to travel to Ruritania:\n\n"
    "- Draft a will and designate insurance beneficiaries.\n"
    "- Follow the Department of State on Facebook and X.\n"
    "- Review the Country Security Report for Ruritania.\n"
)


def test_an_advisorys_checklist_under_if_you_decide_to_travel_is_standing_advice():
    for line in (
        "Read the Safety and Security section on the country information page.",
        "If you decide to travel to Ruritania:",
        "- Draft a will and designate insurance beneficiaries.",
        "- Follow the Department of State on Facebook and X.",
        "- Review the Country Security Report for Ruritania.",
    ):
        assert rules_over(ADVISORY, line) == ["security advice"], line
    assert rules_over(ADVISORY, "On March 2, 2027, rockets struck") == []


def test_a_circulars_no_liability_paragraph_is_a_disclaimer_but_a_denial_is_news():
    notice = (
        "This circular is issued by the Vella Underwriters Association for the information of "
        "its members. Neither the Association nor its committees accepts any responsibility or "
        "liability for any loss arising from reliance on it."
    )
    denial = "The militia said it accepts no responsibility for the attack on the depot."
    text = STORY + denial + "\n\n" + notice
    assert rules_over(text, notice) == ["disclaimer"]
    assert rules_over(text, denial) == []


def test_a_translation_credit_on_its_own_line_is_flagged():
    for credit in (
        "Quotes from Ruritanian originally; translated by THE VELLA HERALD.",
        "Translated from the Ruritanian by Ana Petrov",
    ):
        text = STORY + credit + "\n\nRelated Articles"
        assert rules_over(text, credit) == ["translation notice"], credit


def test_a_committee_reports_cover_title_repeated_as_running_head_is_front_matter():
    page = "\n".join(
        f"{n}. The committee heard that drones struck near the base on {n} March, and that "
        "the ministry has not yet replaced the damaged radar at the site." for n in range(1, 10)
    )
    text = (
        "House of Commons\nHarbour Committee\nPort security in Ruritania\n"
        "Second Report of Session 2026–27\nHC 45\n"
        f"Port security in Ruritania\n8\n{page}\n"
        f"Port security in Ruritania\n9\n{page}\n"
    )
    assert all(f.rule == "report front matter" for f in classify(text) if f.start == 0)
    assert rules_over(text, "Port security in Ruritania") == ["report front matter"]
    assert rules_over(text, "Harbour Committee") == []  # who wrote it: an organisation


def test_a_series_label_naming_the_running_heads_series_is_furniture():
    body = "\n".join(
        f"Claim {n}: the group said its fighters attacked an army post near Vella on {n} May, "
        "killing two soldiers, a claim the army has not confirmed." for n in range(1, 4)
    )
    head = "Harbour Monitor Group | Militant Watch"
    text = (
        f"{head}\nPage 1 of 2\nMilitant Watch - Red Hand\nRed Hand Claims Raid Near Vella\n"
        f"{body}\n{head}\nPage 2 of 2\n{body}\n"
    )
    assert rules_over(text, "Militant Watch - Red Hand") == ["running header or footer"]
    assert rules_over(text, "Red Hand Claims Raid Near Vella") == []
