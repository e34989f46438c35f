from briefdeck.compose.title_words import display_title


def test_a_short_word_the_report_writes_in_lower_case_is_title_cased():
    text = "HARBOR GUARD UNIT - WEEKLY LOG\nA clerk assigned to the task force reported a leak."
    assert display_title("TASK FORCE HARBOR - WEEKLY LOG", text) == "Task Force Harbor - Weekly Log"


def test_a_short_acronym_never_written_in_lower_case_stays_in_capitals():
    text = "The clerk filed the report with the desk at noon."
    assert display_title("PMO DESK REPORT", text) == "PMO Desk Report"
