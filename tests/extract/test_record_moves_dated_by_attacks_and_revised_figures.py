"""A record's packed sentence: a move told as a noun takes no day from the attack named after
it; a later report that revised the figure of the hurt replaces the first count."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.event_record_attack_days import moves_dated_by_attacks
from briefdeck.ingest.article import Article
from briefdeck.model import Event, Provenance

_MEMO = (
    "CONTRACT CHANGE NOTICE 12\n\n"
    "This change closes the laundry at Camp Taji following the withdrawal of coalition troops "
    "from the camp, and repairs the kitchen at Al Asad damaged in the rocket attack of "
    "9 March 2026.\n"
)


def _events(text: str):
    return draft_briefing(Article(text=text), published="2026-03-20").facts.events


def test_a_move_takes_no_day_from_the_attack_named_after_it() -> None:
    moves = [e for e in _events(_MEMO) if e.kind in ("withdrawal", "handover", "deployment")]
    assert not [e for e in moves if e.date == "2026-03-09"]


def test_a_move_whose_own_clause_names_the_day_stays() -> None:
    text = "The troops withdrew from the camp on 9 March 2026, a week after the attack of 2 March."
    start = text.index("withdrew")
    move = Event(id="ev-0", date="2026-03-09", date_precision="day", date_text="9 March 2026",
                 kind="withdrawal", provenance=Provenance(start=start, end=text.index(",")))
    assert moves_dated_by_attacks(text, [move]) == [move]
    dated_later = move.model_copy(update={"date_text": "2 March",
                                          "provenance": Provenance(start=start, end=start + 8)})
    assert moves_dated_by_attacks(text, [dated_later]) == []


def test_a_revised_figure_of_the_hurt_is_read_as_the_new_count() -> None:
    text = ("The first notice reported two drivers injured. "
            "A later report revised the figure to four drivers.")
    start = text.index("A later")
    got = [(c.kind, c.count) for c in find_casualties(text, start, len(text))]
    assert got == [("wounded", 4)]
