"""A deck's notes pages and a quiz's answer key are each read once, by the flagging and the
extractor alike: the inputs on which their two readings used to differ."""

from tests.ingest.furniture import is_flagged, rules_over

from briefdeck.ingest import article_from_text as read_text
from briefdeck.ingest.quiz_keys import keyed_questions
from briefdeck.ingest.speaker_notes import (
    in_slide_text_block,
    is_notes_export,
    is_notes_label,
    slide_records,
    slide_text_blocks,
)


def _flagged(article, line: str) -> bool:
    start = article.text.index(line)
    return article.is_boilerplate(start, start + len(line))


# ------------------------------------------------------------------ notes pages

ONE_SLIDE = """Harbour brief.pptx

Slide 1 of 1
Title: Harbour brief
Slide text:
- Coast guard: 2 sailors hurt (Mon)
Footer: Example Desk | Internal
Speaker notes:
On Monday the coast guard said two sailors were hurt when a patrol boat ran aground. [click]
"""


def test_a_one_slide_deck_numbered_one_of_one_is_a_notes_export():
    assert is_notes_export(ONE_SLIDE)
    (start, end, notes), *more = slide_records(ONE_SLIDE)
    assert not more
    assert ONE_SLIDE[start:].startswith("Slide 1 of 1")
    assert ONE_SLIDE[notes:].startswith("Speaker notes:")
    assert in_slide_text_block(ONE_SLIDE, ONE_SLIDE.index("Coast guard: 2 sailors"))
    article = read_text(ONE_SLIDE)
    for furniture in ("Slide 1 of 1", "Speaker notes:", "Footer: Example Desk | Internal"):
        assert _flagged(article, furniture), furniture
    assert not _flagged(article, "On Monday the coast guard said two sailors were hurt")


def test_a_lone_counter_short_of_its_deck_is_no_notes_export():
    text = (
        "Slide 1 of 3\nA crane lifts a patrol boat out of the water.\nNotes: photos by the desk\n"
    )
    assert not is_notes_export(text)
    assert slide_records(text) == []


TWO_LABELS = """Slide 1 of 2
Title: Strait
Slide text:
- Navy: 3 drones downed (Tue)
Speaker's notes:
On Tuesday the navy said its ships downed three drones. [click]

Slide 2 of 2
Title: Border
Slide text:
- Army: 1 soldier hurt (Wed)
Presenter notes:
On Wednesday the army said one soldier was hurt by shelling. [pause]
"""


def test_speakers_notes_and_presenter_notes_label_the_notes_for_both_readings():
    for label in ("Speaker's notes:", "Presenter notes:"):
        at = TWO_LABELS.index(label)
        assert is_notes_label(TWO_LABELS, at, at + len(label)), label
    notes = [TWO_LABELS[n:].split("\n", 1)[0] for _, _, n in slide_records(TWO_LABELS)]
    assert notes == ["Speaker's notes:", "Presenter notes:"]
    article = read_text(TWO_LABELS)
    for furniture in ("Speaker's notes:", "Presenter notes:", "[click]", "[pause]"):
        assert _flagged(article, furniture), furniture
    assert not _flagged(article, "On Tuesday the navy said its ships downed three drones.")
    assert not in_slide_text_block(TWO_LABELS, TWO_LABELS.index("On Tuesday the navy"))


def test_counters_spelt_slide_3_slash_12_head_the_slides_records():
    text = TWO_LABELS.replace("Slide 1 of 2", "Slide 1/2").replace("Slide 2 of 2", "Slide 2/2")
    starts = [text[s:].split("\n", 1)[0] for s, _, _ in slide_records(text)]
    assert starts == ["Slide 1/2", "Slide 2/2"]
    assert _flagged(read_text(text), "Slide 2/2")


def test_slide_text_with_no_counter_or_no_notes_label_is_no_notes_export():
    no_counter = "Title: Strait\nSlide text:\n- Navy: 3 drones downed\nSpeaker notes:\nSaid so.\n"
    assert slide_text_blocks(no_counter) == ()
    no_notes = "\n".join(line for line in TWO_LABELS.split("\n") if not line.endswith("notes:"))
    assert slide_records(no_notes) == []


# ------------------------------------------------------------------ quiz keys

NO_QUESTION_MARK = (
    "WEEKLY QUIZ\n\n"
    "1. Name the harbour the navy closed to shipping on Monday\n\n"
    "- A. North Quay\n\n- B. South Quay\n\n- C. East Basin\n\n"
    "2. Give the number of patrol boats that ran aground in the storm\n\n"
    "- A. Two boats\n\n- B. Four boats\n\n- C. Six boats\n\n"
    "Answer key\n\n"
    "1. B. The navy closed the south quay on Monday after divers found a mine.\n\n"
    "2. C. Six patrol boats ran aground in the storm, the coast guard said.\n"
)


def test_a_question_without_a_question_mark_still_asks_over_its_options():
    for wrong in ("- A. North Quay", "- C. East Basin", "- A. Two boats", "- B. Four boats"):
        assert rules_over(NO_QUESTION_MARK, wrong) == ["quiz wrong option"], wrong
    for right in ("- B. South Quay", "- C. Six boats"):
        assert not is_flagged(NO_QUESTION_MARK, right), right
    quiz = keyed_questions(NO_QUESTION_MARK)
    assert sorted(quiz) == [1, 2]
    stem, options, _, letter = quiz[1]
    assert NO_QUESTION_MARK[stem[0] : stem[1]].startswith("1. Name the harbour")
    assert options["B"] == "South Quay" and letter == "B"


def test_a_stem_on_two_lines_is_read_by_the_flagging_too():
    text = NO_QUESTION_MARK.replace(
        "1. Name the harbour the navy closed to shipping on Monday",
        "1. On Monday the navy closed a harbour to shipping.\n\nWhich one?",
    )
    assert rules_over(text, "- A. North Quay") == ["quiz wrong option"]
    assert not is_flagged(text, "- B. South Quay")


def test_a_key_that_leaves_a_question_unanswered_is_no_key_for_either_reading():
    text = NO_QUESTION_MARK.replace("2. C. Six patrol", "Six patrol")
    assert keyed_questions(text) == {}
    assert not is_flagged(text, "- A. North Quay")


def test_a_bare_key_under_a_key_heading_is_read_by_the_extractor_too():
    text = (
        "1) Which port shut on Monday?\nA) North Quay\nB) South Quay\n"
        "2) How many boats sank?\nA) Two\nB) Four\n"
        "Key\n1. B\n2. A\n"
    )
    quiz = keyed_questions(text)
    assert {n: q[3] for n, q in quiz.items()} == {1: "B", 2: "A"}
    assert text[quiz[1][2][0] : quiz[1][2][1]].startswith("1. B")


def test_a_key_heading_over_no_quiz_gives_way_to_the_answer_key_below():
    text = "Key\n\nRed dots: strikes reported this week\n\n" + NO_QUESTION_MARK
    assert rules_over(text, "- A. North Quay") == ["quiz wrong option"]
    assert sorted(keyed_questions(text)) == [1, 2]
