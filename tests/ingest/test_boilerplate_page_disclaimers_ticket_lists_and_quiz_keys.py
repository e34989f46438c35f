"""Notices found on many kinds of page: a campus paper's disclaimer, an authors' views note
closing an affiliation line, a trial listing's note on acquittals and appeals, a vendor page's
export-control line, a quiz's instructions and source note, an event notice's tickets and
refunds list, a notice's signatory under its last paragraph; and a quiz's wrong options,
told from its answer key. Reporting that borrows their words stays unflagged. Every line is
written here."""

from tests.ingest.furniture import is_flagged, rules_over

from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.quiz_keys import keyed_questions

STORY = (
    "Two drones struck near the fuel depot at the northern airfield late on Monday, the "
    "garrison commander said, and a third was shot down over the perimeter.\n\n"
    "Repair crews worked through the night, and the runway reopened by mid-morning, a "
    "spokesman for the base told reporters.\n\n"
)


def _page(*lines: str) -> str:
    return STORY + "\n\n".join(lines) + "\n"


# ------------------------------------------------------------------ standing disclaimers


def test_campus_paper_disclaimer_is_flagged():
    line = (
        "The Ridge Courier is a student publication. Its content does not reflect the official "
        "views of the Naval Academy or the Department of the Navy."
    )
    assert rules_over(_page(line), line) == ["disclaimer"]


def test_content_not_official_views_line_is_flagged():
    line = "Its contents do not reflect the official views of the college or its trustees."
    assert rules_over(_page(line), line) == ["disclaimer"]


def test_a_story_about_a_statement_not_reflecting_views_stays():
    line = (
        "The ministry said the colonel's remarks did not reflect the official views of the "
        "government, and that he had been recalled."
    )
    assert not is_flagged(_page(line), line)


def test_authors_views_note_closing_an_affiliation_line_is_flagged_alone():
    affiliation = "2 Harbour Defence College, Portsmouth, UK; 3 Lindqvist Institute, Oslo."
    note = (
        "The views expressed are the authors' own and do not reflect those of the U.S. "
        "Department of the Navy."
    )
    text = _page(affiliation + " " + note)
    spans = [text[f.start : f.end] for f in classify(text) if f.rule == "disclaimer"]
    assert spans == [note]


def test_trial_listing_note_on_acquittals_is_flagged():
    line = (
        "A finding of not guilty is an acquittal. Sentences are listed as adjudged and may be "
        "reduced on review or appeal."
    )
    assert rules_over(_page(line), line) == ["disclaimer"]


def test_a_sentence_read_out_in_court_stays():
    line = (
        "The judge sentenced the sergeant to two years, a sentence that is subject to review "
        "by the convening authority, the Army said."
    )
    assert not is_flagged(_page(line), line)


def test_export_control_line_is_flagged():
    line = (
        "This page contains no export-controlled technical data. Full test reports are on the "
        "partner portal."
    )
    assert rules_over(_page(line), line) == ["export control notice"]


def test_a_story_about_export_controlled_files_stays():
    line = (
        "Prosecutors said the drives contained export-controlled technical data on the "
        "missile's seeker, and the engineer was charged."
    )
    assert not is_flagged(_page(line), line)


# ------------------------------------------------------------------ quiz furniture


def test_quiz_instructions_and_source_note_are_flagged():
    how = "Ten questions on the month at sea. Choose an answer for each and check your score."
    source = "The questions are drawn from this month's coverage in the Harbour Ledger."
    text = _page(how, source)
    assert rules_over(text, how) == ["quiz instructions"]
    assert rules_over(text, source) == ["source note"]


QUIZ = (
    "WEEKLY QUIZ\n\n"
    "1. Which port did the frigate leave on Tuesday?\n\n"
    "- A. Duqm\n\n- B. Salalah\n\n- C. Jebel Ali\n\n- D. Aqaba\n\n"
    "2. How many drones did the crew shoot down?\n\n"
    "- A. Two\n\n- B. Four\n\n- C. Six\n\n"
    "Answer key\n\n"
    "1. B. The frigate left Salalah on Tuesday for a patrol of the Gulf of Aden.\n\n"
    "2. C. The crew shot down six drones, the navy said.\n"
)


def test_quiz_wrong_options_are_flagged_and_the_right_ones_stay():
    for wrong in ("- A. Duqm", "- C. Jebel Ali", "- D. Aqaba", "- A. Two", "- B. Four"):
        assert rules_over(QUIZ, wrong) == ["quiz wrong option"], wrong
    for kept in (
        "- B. Salalah",
        "- C. Six",
        "1. Which port did the frigate leave on Tuesday?",
        "2. C. The crew shot down six drones, the navy said.",
    ):
        assert not is_flagged(QUIZ, kept), kept


def test_key_on_one_line_tells_the_options_too():
    text = QUIZ.split("Answer key")[0] + "Answers: 1-B, 2-C\n"
    assert rules_over(text, "- D. Aqaba") == ["quiz wrong option"]
    assert not is_flagged(text, "- B. Salalah")


def test_options_without_a_key_for_every_question_stay():
    text = QUIZ.replace("2. C. The crew", "The crew")
    assert not is_flagged(text, "- D. Aqaba")


def test_lettered_list_in_a_story_without_a_key_stays():
    text = _page(
        "Which way will the review go?",
        "- A. Harden the shelters",
        "- B. Disperse the aircraft",
        "- C. Buy more interceptors",
        "The review is due in the spring, and its answer will shape next year's "
        "budget request, the officials said.",
    )
    assert not is_flagged(text, "- A. Harden the shelters")


# ------------------------------------------------------------------ tickets and signatories


def test_tickets_and_refunds_list_is_flagged():
    items = [
        "Tickets & refunds",
        "- Shows on base are free for service members and their families.",
        "- If you paid for a $30 streaming pass, you will be refunded within 10 days.",
        "- Questions: help@example.org or 1-800-555-0100.",
    ]
    text = _page(*items)
    for line in items:
        assert rules_over(text, line) == ["ticket notice"], line


def test_a_refunds_subhead_over_reporting_stays():
    lines = [
        "Refunds",
        "- Two airlines said they would refund fares on flights cancelled after the strike.",
        "- A third carrier resumed flights to the city on Friday.",
    ]
    text = _page(*lines)
    for line in lines:
        assert not is_flagged(text, line), line


def test_signatory_under_the_last_paragraph_is_flagged():
    line = "Prof. Mara Lindqvist, Head of the Data Unit"
    text = STORY + line + "\n"
    assert rules_over(text, line) == ["signature"]


def test_a_name_inside_the_story_is_no_signatory():
    line = "Mara Lindqvist, Head of the Data Unit"
    text = "A short heading\n\n" + line + "\n\n" + STORY
    assert not is_flagged(text, line)


def test_the_extractor_reads_each_keyed_questions_stem_options_and_key_here():
    text = (
        "1. Which port shut on Monday?\nA. North Quay\nB. South Quay\n"
        "2. How many boats sank?\nA. Two\nB. Four\n"
        "Answer key\n1. B. The south quay shut on Monday.\n2. A. Two boats sank.\n"
    )
    quiz = keyed_questions(text)
    assert sorted(quiz) == [1, 2]
    stem, options, item, letter = quiz[1]
    assert text[stem[0] : stem[1]].startswith("1. Which port")
    assert options == {"A": "North Quay", "B": "South Quay"}
    assert text[item[0] : item[1]].startswith("1. B. The south quay")
    assert letter == "B"
    assert keyed_questions(text.replace("Answer key", "Notes")) == {}
