"""Parts of a count, correction tables one cell a line, affiliation numbers, court sentences."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _figures(text: str) -> list[tuple[float, str]]:
    briefing = draft_briefing(Article(text=text), published="2026-12-01")
    return [(f.value, f.unit) for f in briefing.facts.figures]


def test_sizes_of_groups_after_a_colon_count_what_came_in_groups() -> None:
    got = _figures(
        "The dataset holds 200 raids. Raids came in two waves: 120 in the spring "
        "and 60 in the autumn, with 20 in between."
    )
    assert (120.0, "raids") in got and (60.0, "raids") in got
    assert not any(unit == "waves" and value > 2 for value, unit in got)


def test_parts_told_by_their_means_keep_the_means() -> None:
    got = _figures("We count 30 attacks on shipping: 20 with cruise missiles and ten with drones.")
    assert (20.0, "attacks with cruise missiles") in got
    assert (10.0, "attacks with drones") in got


def test_attacks_counted_by_outcome() -> None:
    got = _figures("Of the 90 attacks logged, twelve attacks caused casualties.")
    assert (12.0, "attacks causing casualties") in got


def test_affiliation_numbers_are_no_counts() -> None:
    got = _figures(
        "Ana Ruiz2, Tom Berg3\n\n2 Northgate Institute for Policy, Lisbon, "
        "Portugal; 3 Royal Signals School, Blandford, UK\n\nWe studied 40 drones."
    )
    assert (40.0, "drones") in got
    assert not any(value in (2.0, 3.0) for value, _ in got)


def test_a_speaker_described_is_no_count() -> None:
    got = _figures("One platoon sergeant described the noise as a lawnmower overhead.")
    assert got == []


def test_corrected_column_of_a_one_cell_a_line_table() -> None:
    text = (
        "Corrected totals\n\nMeasure\n\nAs printed\n\nCorrected\n\n"
        "Rockets recorded\n\n52\n\n50\n\nPeople wounded\n\n14\n\n17\n\n"
        "of whom children\n\n3\n\n4\n\nThe totals above replace the printed ones."
    )
    got = _figures(text)
    assert (50.0, "rockets recorded") in got and (17.0, "people wounded") in got
    assert (4.0, "children") in got
    assert not any(value in (52.0, 14.0, 3.0) for value, _ in got)


def test_court_martial_confinement_is_a_figure() -> None:
    got = _figures(
        "The sergeant was sentenced by a general court-martial.\n\nSentence: "
        "confinement for 30 months and a bad-conduct discharge."
    )
    assert (30.0, "months") in got


def test_more_times_after_an_attack_verb_counts_attacks() -> None:
    got = _figures(
        "Militias attacked the bases at least 80 times last winter, and about 25 "
        "more times after the truce ended."
    )
    assert (25.0, "attacks") in got


def test_lettered_quiz_options_are_no_counts() -> None:
    text = (
        "2. How many sailors did the navy say were hurt?\n\n- A. Two\n\n- B. Five\n\n"
        "- C. Eight\n\n- D. Twelve\n\nAnswer key\n\n2. B. The navy said five sailors were hurt."
    )
    got = _figures(text)
    assert not any(value in (2.0, 8.0, 12.0) for value, _ in got)


def test_the_whole_a_part_is_taken_from_is_a_first_count() -> None:
    got = _figures("Kuwait said its air defenses shot down two of the three drones.")
    assert (3.0, "drones") in got


def test_a_toll_told_again_as_a_whole_stays_out() -> None:
    got = _figures(
        "Rockets hit the camp, wounding three soldiers. One of the three wounded "
        "soldiers was flown to Germany."
    )
    assert [value for value, _ in got].count(3.0) <= 1


def test_part_of_a_toll_by_its_injury_is_the_events() -> None:
    got = _figures(
        "On Wednesday the command said five had been treated, three of them for concussions."
    )
    assert not any(value == 3.0 for value, _ in got)


def test_options_with_a_noun_are_choices_but_a_lettered_list_of_sentences_counts() -> None:
    quiz = (
        "3. How many drones were launched?\n\n- A. 4 drones\n\n- B. 6 drones\n\n"
        "- C. 9 drones\n\nKey: 6 drones were launched."
    )
    assert _figures(quiz) == [(6.0, "drones")]
    listed = "Timeline:\n\nA. 4 drones hit the base.\n\nB. 6 rockets landed later.\n\nC. 9 hurt."
    assert (6.0, "rockets") in _figures(listed)
