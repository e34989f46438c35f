"""A revised count that names no kind, force sizes told without a noun after the number,
formations counted inside a quote, handovers told by their ceremony, statements dated by a
relative day, and moves that are only planned.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_filters import planned_move
from briefdeck.extract.toll_updates import merge_tolls

from .drafting import Drafts, day_tolls, drafted_events

PUBLISHED = "2025-06-13"  # a Friday
_drafts = Drafts(PUBLISHED, heading="Test report")


def _events(text: str) -> list:
    return drafted_events(f"Test report\n\n{text}\n", PUBLISHED)


# --- a revised count of the hurt stays a count of the hurt -----------------------------------


def test_a_risen_count_after_only_wounded_replaces_the_wounded():
    text = ("A rocket struck the Green Zone outpost on June 10, and officials first said two "
            "contractors had been hurt.\n\nBy Thursday the embassy's count had risen to four, "
            "one of them with severe injuries.")
    assert day_tolls(_events(text)) == [("2025-06-10", 0, 4)]


def test_a_bare_total_after_deaths_is_still_a_toll_of_the_dead():
    known = [Casualty(0, 1, "killed", 3, "unspecified", "3")]
    later = [Casualty(5, 6, "killed", 7, "unspecified", "7", total=True, kind_unsaid=True)]
    assert [(c.kind, c.count) for c in merge_tolls(known, later)] == [("killed", 7)]


def test_a_bare_total_with_no_earlier_toll_counts_the_dead():
    later = [Casualty(5, 6, "killed", 7, "unspecified", "7", total=True, kind_unsaid=True)]
    assert [(c.kind, c.count) for c in merge_tolls([], later)] == [("killed", 7)]


def test_a_death_toll_that_rises_after_wounded_adds_the_dead():
    known = [Casualty(0, 1, "wounded", 6, "unspecified", "6")]
    later = [Casualty(5, 6, "killed", 2, "unspecified", "2", total=True)]
    assert sorted((c.kind, c.count) for c in merge_tolls(known, later)) == [
        ("killed", 2), ("wounded", 6)]


# --- a force sized without a noun after its number ------------------------------------------


def test_a_force_cut_from_one_size_to_another_counts_troops():
    figures = _drafts.figures("The ministry wants to trim its forces from about 5,200 to about "
                              "3,100 over two years.")
    assert (5200, "troops") in figures and (3100, "troops") in figures


def test_a_force_shrinking_to_a_range_keeps_the_upper_end():
    facts = _drafts.facts("Under the proposal, the force in Latvia would shrink to between "
                          "700 and 850, and the force in Estonia to about 300.")
    got = {(f.value, f.value_high, f.unit) for f in facts.figures}
    assert (700, 850, "troops") in got and (300, None, "troops") in got


def test_a_residual_force_of_a_size_counts_troops():
    assert (600, "troops") in _drafts.figures("A residual force of about 600 will stay at the "
                                              "northern airfield.")


def test_an_air_force_of_a_size_is_not_a_troop_count():
    figures = _drafts.figures("The air force of 40 years ago was smaller.")
    assert all(unit != "troops" for _, unit in figures)


# --- formations counted inside a quote --------------------------------------------------------


def test_small_counts_of_formations_in_a_quote_are_figures():
    figures = _drafts.figures('The general said that "three battalions have taken up positions '
                              'along the river, with artillery behind them".')
    assert (3, "battalions") in figures


def test_a_small_rhetorical_count_in_a_quote_stays_out():
    figures = _drafts.figures('The minister said that "there are two things we will never '
                              'accept in this negotiation".')
    assert figures == []


# --- a handover told by its ceremony ---------------------------------------------------------


def test_a_handover_ceremony_held_on_a_day_is_a_handover_that_day():
    events = _events("Bagram Air Base was the last coalition site in the province.\n\n"
                     "The army said the handover ceremony was held on Wednesday at the base "
                     "in Daman district, with senior officers attending.")
    assert [(e.date, e.kind) for e in events if e.kind == "handover"] == [
        ("2025-06-11", "handover")]
    assert "Bagram" in next(e.place for e in events if e.kind == "handover")


# --- a statement dated by a relative day -----------------------------------------------------


def test_a_statement_said_last_week_is_an_announcement_of_that_week():
    events = _events("The defence ministry said in a statement last week that talks on "
                     "basing rights had made progress.")
    assert [e.kind for e in events] == ["announcement"]
    assert events[0].date.startswith("2025-06")


# --- planned moves are not moves made --------------------------------------------------------


def test_a_participle_under_a_plan_is_not_a_withdrawal():
    events = _events("The alliance plans to halve its presence in the region by December, "
                     "pulling out of two airfields in the north, officials said.")
    assert [e for e in events if e.kind == "withdrawal"] == []


def test_a_document_calling_for_forces_to_leave_is_not_a_withdrawal():
    events = _events("The memo calls for the battalion to leave Camp Redstone by Aug. 31 and "
                     "to hand it over to local forces.")
    assert [e for e in events if e.kind in ("withdrawal", "handover")] == []


def test_a_participle_with_no_plan_word_is_still_a_move():
    text = "Troops began pulling out of Manbij on Tuesday."
    assert not planned_move(text, 0, text.index("pulling"))
    events = _events(text)
    assert [(e.date, e.kind) for e in events] == [("2025-06-10", "withdrawal")]


def test_a_drone_that_arrives_at_night_is_not_a_deployment():
    events = _events("A drone hit the depot near Kramatorsk on June 9. It came in low and "
                     "arrived at night from the east.")
    assert [e.kind for e in events] == ["attack"]


def test_a_move_under_way_after_a_plan_word_is_still_told():
    text = "The army, which plans to keep a small unit there, is pulling out of Manbij."
    assert not planned_move(text, 0, text.index("pulling"))
    text = "Having agreed a plan that will cut costs, the brigade began to withdraw from Afrin."
    assert not planned_move(text, 0, text.index("withdraw"))


def test_a_risen_count_in_the_same_sentence_replaces_the_wounded():
    text = ("A shell hit the depot outside Sloviansk on June 10, injuring three workers, and by "
            "Thursday the count had risen to six.")
    assert day_tolls(_events(text)) == [("2025-06-10", 0, 6)]


def test_a_risen_death_toll_in_the_same_sentence_replaces_the_dead():
    text = ("A shell hit the depot outside Sloviansk on June 10, killing two workers, and by "
            "Thursday the death toll had risen to four.")
    assert day_tolls(_events(text)) == [("2025-06-10", 4, 0)]



def test_a_participle_after_a_bare_modal_elsewhere_is_still_told():
    text = "The ministry said it would respond firmly, sending two frigates to the strait."
    assert not planned_move(text, 0, text.index("sending"))
