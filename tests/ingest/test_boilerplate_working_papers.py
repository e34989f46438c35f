"""Furniture of working papers: an agency daybook's labels and desk notes, a Word draft's
control tables, a contract notice's fields, a family newsletter's calendar and phone tree,
an aggregator's cards, a memorial page's tributes and a notebook's code and outputs. The
reporting beside each stays unflagged."""

from tests.ingest.furniture import rules_over

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify

RULE = "=" * 60


def flagged(text: str, line: str) -> bool:
    return bool(rules_over(text, line))


# --- a news agency's daybook ------------------------------------------------------------

DAYBOOK = "\n".join(
    [
        "ACME AGENCY EUROPE DAYBOOK for Friday, March 6",
        "All times GMT unless noted. Items marked * are new since Thursday.",
        "Daybook entries are advisories for planning and are not for publication.",
        "",
        RULE,
        "FOLLOW-UPS",
        RULE,
        "",
        "*RURITANIA -- Shelling hits river port; two dead.",
        "Artillery fire struck the river port of Vella overnight, killing two dock workers and",
        "wounding five, the regional governor said on Friday morning.",
        "Coverage: Text, photo. Vella stringer filing through the morning; a picture",
        "package on the damaged cranes by noon.",
        "Editors: The governor's figures could not be checked independently.",
        "Please credit the regional administration for the toll.",
        "",
        "*BORDURIA -- Parliament debates border guard budget.",
        "Lawmakers in Szohod will vote on a larger budget for the border guard after a week",
        "of clashes along the frontier, the speaker's office said.",
        "",
        RULE,
        "LOOKING AHEAD",
        RULE,
    ]
)


def test_daybook_notes_section_labels_and_wrapped_note_lines_are_flagged():
    for line in (
        "All times GMT unless noted. Items marked * are new since Thursday.",
        "Daybook entries are advisories for planning and are not for publication.",
        "FOLLOW-UPS",
        "LOOKING AHEAD",
        "Coverage: Text, photo. Vella stringer filing through the morning; a picture",
        "package on the damaged cranes by noon.",
        "Editors: The governor's figures could not be checked independently.",
        "Please credit the regional administration for the toll.",
    ):
        assert flagged(DAYBOOK, line), line


def test_daybook_items_stay_reporting_and_a_note_stops_at_the_next_item():
    for line in (
        "*BORDURIA -- Parliament debates border guard budget.",
        "Artillery fire struck the river port of Vella overnight, killing two dock workers and",
        "wounding five, the regional governor said on Friday morning.",
        "Lawmakers in Szohod will vote on a larger budget for the border guard after a week",
    ):
        assert not flagged(DAYBOOK, line), line


def test_a_long_capitals_headline_between_rules_is_not_a_section_label():
    text = f"{RULE}\nRURITANIAN ARMY SHELLS THE VELLA RIVER PORT\n{RULE}\n\nTwo were killed."
    assert not flagged(text, "RURITANIAN ARMY SHELLS THE VELLA RIVER PORT")


def test_a_named_editor_and_an_ordinary_coverage_sentence_are_not_desk_notes():
    text = (
        "Editor: Jane Roe\n\n"
        "Coverage of the border clashes by state television has been limited, residents said."
    )
    assert not flagged(text, "Coverage of the border clashes by state television")


# --- a Word draft's control tables --------------------------------------------------------

DRAFT = "\n".join(
    [
        "Assessment: shelling of the Vella river port",
        "Document\tAssessment RX-01",
        "Version\t0.2",
        "Status\tDRAFT",
        "Author\tJ. Doe (Europe desk)",
        "Summary",
        "1. Artillery fire struck the river port of Vella overnight, killing two dock workers.",
        "Revision history",
        "Version\tDate\tBy\tChange",
        "0.1\t4 Mar 2026\tJ. Doe\tFirst draft",
        "0.2\t5 Mar 2026\tJ. Doe\tAdded the governor's toll",
    ]
)


def test_a_drafts_cover_table_and_revision_history_are_flagged():
    for line in (
        "Document\tAssessment RX-01",
        "Version\t0.2",
        "Status\tDRAFT",
        "Author\tJ. Doe (Europe desk)",
        "Revision history",
        "Version\tDate\tBy\tChange",
        "0.1\t4 Mar 2026\tJ. Doe\tFirst draft",
        "0.2\t5 Mar 2026\tJ. Doe\tAdded the governor's toll",
    ):
        assert flagged(DRAFT, line), line
    assert not flagged(DRAFT, "1. Artillery fire struck the river port of Vella overnight")


def test_a_table_of_facts_in_tab_separated_rows_is_not_a_control_table():
    text = "\n".join(
        [
            "Attacks on the port this month:",
            "Date\tPlace\tKilled\tWounded",
            "4 Mar\tVella\t2\t5",
            "Town\tVella",
            "Killed\t2",
            "Wounded\t5",
        ]
    )
    for line in ("4 Mar\tVella\t2\t5", "Killed\t2", "Wounded\t5"):
        assert not flagged(text, line), line


# --- a contract notice ----------------------------------------------------------------------

NOTICE = "\n".join(
    [
        "Counter-drone kits for Vella port",
        "Notice ID: X12345Q0001",
        "Contract Opportunity Type: Solicitation (Original)",
        "Original Published Date: Mar 02, 2026 10:00 am EST",
        "Sub-tier: DEPT OF THE NAVY",
        "Office: NAVSUP FLC EXAMPLE",
        "Place of Performance: Vella, Ruritania",
        "Description",
        "The Navy intends to buy four counter-drone kits to protect the port after two drone "
        "attacks last month wounded three sailors.",
        "This notice does not commit the Government to award a contract.",
        "Attachment 1 - Statement of Work.pdf (210 KB) | Public | Mar 02, 2026",
        "Download All Attachments/Links",
        "Mar 02, 2026 10:00 am EST - Solicitation (Original)",
    ]
)


def test_a_contract_notices_fields_attachments_and_history_are_flagged():
    for line in (
        "Notice ID: X12345Q0001",
        "Contract Opportunity Type: Solicitation (Original)",
        "Original Published Date: Mar 02, 2026 10:00 am EST",
        "Sub-tier: DEPT OF THE NAVY",
        "Office: NAVSUP FLC EXAMPLE",
        "This notice does not commit the Government to award a contract.",
        "Attachment 1 - Statement of Work.pdf (210 KB) | Public | Mar 02, 2026",
        "Download All Attachments/Links",
        "Mar 02, 2026 10:00 am EST - Solicitation (Original)",
    ):
        assert flagged(NOTICE, line), line
    assert not flagged(NOTICE, "Place of Performance: Vella, Ruritania")
    assert not flagged(NOTICE, "The Navy intends to buy four counter-drone kits")


def test_an_office_label_away_from_notice_fields_is_kept():
    text = "Office: the governor's press office said the port would reopen on Monday."
    assert not flagged(text, text)


# --- a family newsletter ----------------------------------------------------------------------

NEWSLETTER = "\n".join(
    [
        "From the Commander",
        "Our soldiers at the river port came through the shelling safely; two local dock "
        "workers were killed and five wounded, and we grieve with their families.",
        "Upcoming Events",
        "Date",
        "Event",
        "Mar. 14",
        "Family picnic, 11 a.m.-2 p.m.",
        "Mar. 21",
        "Care-package drive",
        "Key Phone Numbers",
        "Rear Detachment",
        "(555) 555-0101",
        "Family Group Leader, Ann Roe",
        "(555) 555-0102",
        "Crisis Line",
        "Dial 988, then press 1",
        "The Army will never notify a family of a casualty by text message or social media.",
        "The Courier is an unofficial publication of the family group. Contents are not "
        "necessarily the official views of the Department of the Army.",
    ]
)


def test_a_newsletters_calendar_phone_tree_advice_and_disclaimer_are_flagged():
    for line in (
        "Upcoming Events",
        "Family picnic, 11 a.m.-2 p.m.",
        "Care-package drive",
        "Key Phone Numbers",
        "Rear Detachment",
        "(555) 555-0101",
        "Family Group Leader, Ann Roe",
        "Crisis Line",
        "Dial 988, then press 1",
        "The Army will never notify a family of a casualty by text message or social media.",
        "The Courier is an unofficial publication of the family group.",
    ):
        assert flagged(NEWSLETTER, line), line
    assert not flagged(NEWSLETTER, "Our soldiers at the river port came through the shelling")


def test_a_single_number_under_a_name_is_not_a_phone_tree():
    text = "Residents can reach the port authority at\n(555) 555-0101\nuntil Friday, it said."
    assert not flagged(text, "Residents can reach the port authority at")


# --- a news aggregator's story page -------------------------------------------------------------

AGGREGATOR = "\n".join(
    [
        "Shelling of the Vella river port",
        "Top coverage",
        "Vella Daily",
        "Two dock workers killed as shells hit Vella river port",
        "Artillery fire struck the port overnight, killing two and wounding five.",
        "3 hours ago",
        "The Ruritanian Herald",
        "Governor says port will reopen Monday",
        "2 hours ago",
        "Yesterday",
        "From the region",
        "Szohod Post",
        "Borduria denies firing on the port",
        "Yesterday",
        "View full coverage of this story",
        "Frequently asked questions",
        "What happened in Vella?",
        "Shells hit the river port overnight and killed two workers. Sources: Vella Daily, "
        "The Ruritanian Herald",
    ]
)


def test_an_aggregators_labels_outlet_names_stamps_and_source_lists_are_flagged():
    for line in (
        "Top coverage",
        "Vella Daily",
        "The Ruritanian Herald",
        "From the region",
        "Szohod Post",
        "Yesterday",
        "View full coverage of this story",
        "Frequently asked questions",
        "Sources: Vella Daily, The Ruritanian Herald",
    ):
        assert flagged(AGGREGATOR, line), line
    for line in (
        "Two dock workers killed as shells hit Vella river port",
        "Shells hit the river port overnight and killed two workers.",
    ):
        assert not flagged(AGGREGATOR, line), line


def test_a_story_with_one_stamp_keeps_its_opening_lines():
    text = "Vella Harbour Board\nShells hit Vella port\nTwo were killed overnight.\n3 hours ago"
    assert not flagged(text, "Vella Harbour Board")


# --- a memorial page's tributes --------------------------------------------------------------

MEMORIAL = "\n".join(
    [
        "Sgt. John Roe",
        "Sgt. John Roe, 31, of Springfield, died on March 4 when artillery fire struck the "
        "river port of Vella, where his unit guarded the fuel depot, the Army said in a "
        "statement on Thursday.",
        "Tributes (12)",
        "Rest easy, brother. We held the line at Vella because of you.",
        "From his old team in Springfield. We will never forget.",
    ]
)


def test_a_memorials_counted_tributes_heading_and_tributes_are_flagged():
    for line in (
        "Tributes (12)",
        "Rest easy, brother. We held the line at Vella because of you.",
        "From his old team in Springfield. We will never forget.",
    ):
        assert flagged(MEMORIAL, line), line
    assert not flagged(MEMORIAL, "Sgt. John Roe, 31, of Springfield, died on March 4")


def test_a_tributes_tab_above_the_story_does_not_take_the_story():
    text = "Tributes (12)\n" + MEMORIAL.split("\n", 1)[1].split("\nTributes")[0]
    assert not flagged(text, "Sgt. John Roe, 31, of Springfield, died on March 4")


# --- a notebook exported to Markdown -------------------------------------------------------------

NOTEBOOK = """# port_incidents.ipynb

## 1. Load

We count the shelling incidents at the river port this month.

```python
import pandas as pd
from pathlib import Path

df = pd.read_csv(Path("data/port_log.csv"), parse_dates=["date"])
# TODO: add the March rows
df[["date", "place", "killed"]]
```

```
         date   place  killed
0  2026-03-04   Vella       2
```

**Commentary.** The log's two dead at Vella on March 4 match the governor's toll.

```python
df.plot(kind="bar")
```

```
<Axes: xlabel='date'>
```

## 2. Notes

Summary
"""


def test_a_notebooks_code_and_printed_outputs_are_flagged_and_commentary_kept():
    article = article_from_text(NOTEBOOK, "port_incidents.md")
    text = article.text
    flags = classify(text)

    def covered(line: str) -> bool:
        start = text.index(line)
        return any(f.start <= start and start + len(line) <= f.end for f in flags)

    for line in (
        "import pandas as pd",
        "from pathlib import Path",
        'df = pd.read_csv(Path("data/port_log.csv"), parse_dates=["date"])',
        "# TODO: add the March rows",
        'df[["date", "place", "killed"]]',
        "0  2026-03-04   Vella       2",
        'df.plot(kind="bar")',
        "<Axes: xlabel='date'>",
    ):
        assert covered(line), line
    assert not covered("The log's two dead at Vella on March 4")
    assert not covered("We count the shelling incidents")


def test_a_one_word_heading_after_code_is_not_its_output():
    text = "import pandas as pd\nimport numpy as np\n\nVella\n\nThe log shows two dead."
    assert "code output" not in rules_over(text, "Vella")


def test_a_notebooks_column_names_are_not_drafted_as_quotes():
    from briefdeck.extract import draft_briefing

    article = article_from_text(NOTEBOOK, "port_incidents.md")
    quotes = draft_briefing(article, published="2026-03-06").facts.quotes
    assert not [q for q in quotes if q.text in ("date", "place", "killed")]


def test_wiki_headings_and_note_marks_are_not_code():
    text = "Background[edit]\nNotes[1]\nAttacks[edit]\n\nShells hit the port, killing two."
    assert not flagged(text, "Background[edit]")
    assert not flagged(text, "Notes[1]")


def test_hostile_lines_do_not_hang_the_new_rules():
    junk = "(" * 5000 + "\n" + "Coverage: Text " + "x " * 3000 + "\n" + "a\t" * 2000
    junk += "\nTributes (3)\n" + "word " * 100 + "\n" + "1 hours ago\n" * 50
    junk += "\nSources: " + "A, " * 3000 + "B\n" + "import x\n" + "y = f(" * 200
    classify(junk)
