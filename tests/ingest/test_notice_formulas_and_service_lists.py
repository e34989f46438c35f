"""The standing formulas of notices, advisories, agents' reports and client alerts, and the
service lists under their headings, are furniture; the reporting round them is not."""

import pytest
from tests.ingest.furniture import is_flagged, rules_over

NEWS = (
    "A fuel barge caught fire at the Elmgate quay late on Monday, and two dock workers were "
    "taken to hospital with burns, the port authority said on Tuesday."
)


def _page(*lines: str) -> str:
    return "\n\n".join([NEWS, *lines, NEWS.replace("Monday", "Sunday")])


@pytest.mark.parametrize(
    "line",
    [
        "This statement was issued in Lorish and Pallic. In case of any difference, the Lorish "
        "text prevails.",
        "This notice is also available in Lorish and Pallic on our website.",
        "If you have questions about this alert, please contact the authors or your usual "
        "Fenwick Marr adviser.",
        "Score = Likelihood x Impact (1-5 each). 1-6 LOW, 8-12 MEDIUM, 15-25 HIGH.",
        "Unchanged entries (E-1, E-4) are carried over from version 2.3 and are not "
        "reproduced here.",
        "Agents are requested to acknowledge receipt of this notice and to pass it on.",
        "Issued by: Capt. Ora Venn, Harbour Master, Elmgate",
        "- End of Notice -",
        "*** END OF BULLETIN ***",
        "Please find below our second report on the vessel's call. Report No. 1 is superseded.",
        "We remain at your disposal for any further information.",
        "With our deepest sympathy,",
        "This report is given in good faith on the information available to us. E&OE.",
        "This advisory contains personal information protected by law. If you received it by "
        "mistake, please delete it.",
        "Agency Licence No. AB-77-2031 | 4th Floor, Quay House, Elmgate",
        "To receive service notices by SMS, send the word QUAY to 0300-555-0100.",
        "The Elmgate Monitor is independent and funded by readers. Support our work",
        "Annual dues of $20 are due March 1. Make checks payable to the club treasurer.",
        "We note with sorrow the passing of these members since our last issue: Ada Pell "
        "(1970-2004); Rob Dane (1981-2012).",
        "Serving Elmgate, Ashby and the Fenmoor villages",
        "Elmgate Water and Drainage Company Ltd. | Customer Service Division",
        "ELMGATE SHIPPING AGENCY L.L.C. - PORT ELM",
    ],
)
def test_a_notice_formula_is_furniture(line):
    assert is_flagged(_page(line), line)


def test_a_letters_private_and_confidential_mark_is_a_handling_mark():
    mark = "PRIVATE AND CONFIDENTIAL - FOR THE FAMILIES OF THE CREW OF MV ELM STAR"
    text = "\n\n".join(["ELM CREWING SERVICES", mark, "Dear Families,", NEWS])
    assert "protective marking" in rules_over(text, mark)


def test_the_news_round_the_formulas_is_kept():
    text = _page("With our deepest sympathy,", "- End of Notice -")
    assert not is_flagged(text, NEWS)


@pytest.mark.parametrize(
    "line",
    [
        "The agency said it would remain at the quay until the fire was out.",
        "Serving soldiers were among the injured, the army said.",
        "Dues owed by the shipping line were paid on Friday, the harbour master said.",
    ],
)
def test_reporting_that_shares_a_formulas_words_is_kept(line):
    assert not is_flagged(_page(line), line)


def test_a_numbered_family_assistance_section_is_furniture():
    items = [
        "- Wages continue to be paid in full until each crew member is home.",
        "- The welfare office offers counselling; call the hotline 1400.",
        "- Families may visit our office on weekdays. Please bring an ID.",
    ]
    text = _page("4. Family assistance", *items)
    assert all(is_flagged(text, line) for line in ["4. Family assistance", *items])


def test_a_how_to_help_us_list_is_furniture():
    items = [
        "- Keep taps closed when supply returns.",
        "- Report leaks to the service line.",
    ]
    text = _page("HOW TO HELP US", *items)
    assert all(is_flagged(text, line) for line in ["HOW TO HELP US", *items])


def test_a_review_history_heading_goes_with_its_table():
    table = ["Version\tDate\tChange\tBy", "1.0\t3 Mar 2031\tFirst issue\tA. Pell",
             "1.1\t9 Mar 2031\tEntry E-4 added\tA. Pell"]
    text = _page("Review history", *table)
    assert "revision history" in rules_over(text, "Review history")


@pytest.mark.parametrize(
    "line",
    ["No description defined", "Wikipedia (3 entries)"],
)
def test_a_knowledge_base_items_empty_fields_and_counts_are_chrome(line):
    assert is_flagged(_page("Statements", line), line)


def test_a_no_description_cell_in_a_labels_table_is_chrome():
    row = "| Pallic | Elmgate-Feuer | No description defined |  |"
    text = _page("| Language | Label | Description |", "|---|---|---|", row)
    assert is_flagged(text, "No description defined")


def test_an_entrys_closing_update_stamp_is_furniture_but_the_entry_is_not():
    entry = "- Elmgate Airport, 6 km west of the old town. Flights resumed on Friday."
    text = _page(entry + " (updated Mar 2031)",
                 "Advisories: the ministry's advice is unchanged. (Information last updated 4 "
                 "Mar 2031)")
    assert is_flagged(text, "(updated Mar 2031)")
    assert is_flagged(text, "(Information last updated 4 Mar 2031)")
    assert not is_flagged(text, entry)
