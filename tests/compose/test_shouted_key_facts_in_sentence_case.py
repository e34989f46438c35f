"""Key facts taken from a log typed in capitals read in sentence case; shorthand, acronyms and
a line with lower-case words stay as written. Lines written for these tests."""

from __future__ import annotations

from briefdeck.compose.shouted_lines import sentence_cased

LOG = ("Incident No: LWF-31-0042   Agency: FIRE/EMS\n"
       "Notes typed by the duty officer at Lowford Fire, who also called the KFR desk.\n"
       "02:10  E-4 ON SCENE. ROOF OF STORE 7 DOWN\n")


def test_a_log_line_in_capitals_reads_in_sentence_case() -> None:
    assert sentence_cased("FIRE OUT. EST 40 PCT OF BLDG 7 DESTROYED", LOG) == \
        "Fire out. EST 40 PCT of BLDG 7 destroyed"


def test_a_quoted_statement_in_capitals_reads_as_a_sentence() -> None:
    assert sentence_cased("\u201cTHREE WORKERS ARE RECEIVING CARE.\u201d", LOG) == \
        "\u201cThree workers are receiving care.\u201d"


def test_acronyms_and_the_writers_forms_stay_in_capitals() -> None:
    assert sentence_cased("PER KFR DESK C-RAM ENGAGED 2ND DRONE. U.S. TROOPS SHELTERED", LOG) \
        == "Per KFR desk C-RAM engaged 2ND drone. U.S. troops sheltered"


def test_a_name_the_report_writes_capitalised_keeps_its_capital() -> None:
    assert sentence_cased("CREWS FROM LOWFORD FIRE STAYED ON SCENE", LOG) == \
        "Crews from Lowford Fire stayed on scene"


def test_a_line_with_lower_case_words_is_shown_as_written() -> None:
    assert sentence_cased("Three workers hurt at the DEPOT", LOG) == \
        "Three workers hurt at the DEPOT"


def test_the_rest_of_a_line_after_its_lead_is_not_capitalised() -> None:
    assert sentence_cased("WORKERS WERE HURT IN THE BLAZE", LOG, opening=False) == \
        "workers were hurt in the blaze"
