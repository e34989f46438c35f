"""Slide wording for formats whose raw lines read as noise on a slide: log rows in capitals,
a staff paper's purpose line, a particulars table's cells, a family update, a docket."""

from briefdeck.charts.unworded_lines import unworded
from briefdeck.compose.table_cells import in_value_cell
from briefdeck.extract.lede_dockets import docket_lede
from briefdeck.extract.narrative_unnamed_points import names_no_one, unnamed_point


def test_a_log_row_in_capitals_is_no_label():
    assert unworded("LAST CONVOY OUT OF THE OUTPOST")
    assert unworded("SEE 3 OCT, 4X MORTARS, NO CAS")
    assert not unworded("ISIS fighters attacked a checkpoint near Hit")
    assert not unworded("IED")  # too short to be a shouted row


def test_a_papers_purpose_line_is_no_label():
    assert unworded("To inform the Director of the facts of the rocket attack on the camp")
    assert not unworded("Two rockets landed inside the camp")
    assert not unworded("Today a rocket hit the camp")


def test_a_particulars_table_cell_lies_between_headings():
    text = "Cover\n\nLimit\n\nUSD 2,000,000 per event\n\nExcess\n\nUSD 50,000 each\n\n1. Facts\n"
    assert in_value_cell(text, text.index("USD 2,000,000"))
    prose = "The camp was hit. Three were hurt.\nNo one was killed.\n"
    assert not in_value_cell(prose, prose.index("Three"))


def test_a_headline_under_a_kicker_is_no_cell():
    text = "World\nMilitia drone hits base, 4 hurt\n\nBy Staff\n\nBody text follows here.\n"
    assert not in_value_cell(text, text.index("4 hurt"))


def test_a_family_update_and_a_pronoun_opening_name_no_one():
    assert names_no_one("Dad flew home this morning")
    assert names_no_one("In their letter of 3 May they said the ship was safe")
    assert not names_no_one("Dad met General Smith in Erbil")
    assert not names_no_one("It is understood the frigate fired first")
    assert not names_no_one("The ministry said the toll rose")
    assert unnamed_point("other", "", "Dad flew home this morning")
    assert not unnamed_point("attack", "", "Dad flew home this morning")


def test_a_criminal_docket_says_it_is_a_criminal_case():
    text = (
        "          U.S. District Court\n    Southern District of Testland (Capital)\n"
        "    CRIMINAL DOCKET FOR CASE #: 1:26-cr-00001\n\n"
        "Case title: USA v. Doe et al                Date Filed: 01/02/2026\n\n"
        "Complaints                                  Disposition\n"
        "18:554 - Smuggling radio parts abroad\n\n"
        " 01/03/2026       Arrest of John Q. Doe. (Entered: 01/03/2026)\n"
        " 01/09/2026   7   ORDER OF DETENTION PENDING TRIAL as to John Q. Doe.\n"
    )
    lede = docket_lede(text)
    assert lede.startswith("Criminal case USA v. Doe et al (Southern District of Testland)")
    assert "smuggling radio parts abroad" in lede
    assert "John Q. Doe arrested and ordered detained pending trial" in lede
    assert docket_lede("Case title: nothing here\n") == ""
