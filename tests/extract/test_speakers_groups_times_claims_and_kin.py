"""Who speaks a quote: a counted group with a clause on where it lives, not the town; the
subject after a time, never the time; the claimant of words a judge called false; a man's
letter after his grandmother was named, his; and a contract's quoted term is no one's quote."""

from tests.extract.drafting import Drafts

_D = Drafts("2026-12-10", heading="Report")


def test_a_counted_group_living_somewhere_speaks_not_the_place():
    said = _D.speakers("Two drivers who live in Corvalle told the desk they heard “at least "
                       "four” blasts.")
    assert said["at least four"] == "Two drivers"


def test_a_time_opening_the_subject_is_never_the_speaker():
    said = _D.speakers('The force first said nobody was hurt. On Friday it said that the drone '
                       'had "aimed at the post".')
    assert said["aimed at the post"] != "On Friday"


def test_words_a_claim_carried_are_the_claimants_not_the_judges():
    said = _D.speakers('A group of Dorn-aligned militias claimed the raid had caused "heavy '
                       'losses among the enemy," a claim the Army called "baseless."')
    assert said["heavy losses among t"] == "Dorn-aligned militias"


def test_he_after_a_woman_and_her_grandson_is_the_grandson():
    said = _D.speakers('Retired nurse Edda Mollin, who worked at the plant, has a grandson '
                       'serving abroad. He wrote to her after the raid, and she showed us the '
                       'letter. "We heard it first," he wrote.\n\n"I wept," Mollin said.')
    assert said["We heard it first"] == "Mollin's grandson"
    assert said["I wept"] == "Edda Mollin"


def test_a_term_a_clause_treats_as_something_is_no_quote():
    said = _D.speakers("Most contracts carry clauses that treat “acts of a foreign power” as a "
                       "cause beyond control.")
    assert not said


def test_a_group_saying_it_would_treat_someone_as_a_target_is_speaking():
    said = _D.speakers('The Dorn Brigade announced on Telegram that it would treat "any soldier '
                       'left after May" as a legitimate target.')
    assert said["any soldier left aft"] == "Dorn Brigade"
