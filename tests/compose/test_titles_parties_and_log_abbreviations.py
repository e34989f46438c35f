"""A title in capitals shows title-cased (acronyms kept); a casualty table's row heading reads
as a common noun in the count's number; a log's 'est.' and a statement's '(para. 4)' end no
key fact."""

from __future__ import annotations

from briefdeck.compose.key_fact_sentences import sentence_end, sentence_start
from briefdeck.compose.title_words import display_title
from briefdeck.extract.party_words import party_people, party_word


def test_a_title_in_capitals_shows_title_cased_with_its_acronyms():
    body = "The FOIA office found one page of the duty log."
    assert (
        display_title("SWORN NOTE OF THE SKIPPER'S VOYAGE", body)
        == "Sworn Note of the Skipper's Voyage"
    )
    assert (
        display_title("FOIA REQUEST AB-12-0001: DA FORM 99", body)
        == "FOIA Request AB-12-0001: DA Form 99"
    )
    assert (
        display_title("PART B - WHAT HAPPENED AT U.S. SITE", body)
        == "Part B - What Happened at U.S. Site"
    )
    assert display_title("Drones hit a depot", body) == "Drones hit a depot"
    assert display_title("AFP", body) == "AFP"


def test_a_table_heading_party_reads_as_a_common_noun_in_the_counts_number():
    assert party_people("Civilians", 1) == "civilian"
    assert party_people("Civilians", 3) == "civilians"
    assert party_people("civilian", 2) == "civilians"
    assert party_people("U.S. contractor", 2) == "U.S. contractors"
    assert party_people("Field staff", 2) == "Field staff"
    assert party_people("Syria", 2) == "Syrians"
    assert party_people("Syrian Democratic Forces", 2) == "Syrian Democratic Forces"
    assert party_word("Civilians") == "civilians"
    assert party_word("SDF") == "SDF"


def test_a_logs_estimate_and_a_paragraph_reference_end_no_sentence():
    row = "Radar reports two tracks from the north, est. 9 km out. Alarm sounded."
    at = row.index("9 km")
    assert (
        row[sentence_start(row, at) : sentence_end(row, at + 4)]
        == "Radar reports two tracks from the north, est. 9 km out."
    )
    said = "Roll call taken. Two hands hurt (para. 6). Fire out."
    at = said.index("Two")
    assert (
        said[sentence_start(said, at) : sentence_end(said, at + 3)] == "Two hands hurt (para. 6)."
    )
