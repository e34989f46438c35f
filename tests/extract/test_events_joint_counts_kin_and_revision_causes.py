"""Four shapes of toll telling: one count of the "killed and wounded" together is neither
kind's toll; "and her elderly father" adds one relative even with a word describing him; a
count in its own clause is no running tally because a second reported statement ("and that
the agency had logged 30 incidents since May") holds one; and the deaths that caused a
revision ("revised after two of the hurt died") are already in the newer toll."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-06-10"):
    return [(e.date, e.kind, e.killed, e.wounded) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def _counts(sentence: str):
    return [(c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence))]


def test_a_count_of_the_killed_and_wounded_together_is_no_toll():
    assert _counts("The group claimed that 20 enemy soldiers were killed and wounded in "
                   "the raid.") == []
    assert _counts("Nine guards were killed or injured at the gate.") == []


def test_a_count_of_the_killed_alone_still_counts():
    assert _counts("Nine guards were killed at the gate.") == [("killed", 9)]
    assert ("killed", 3) in _counts("Three guards were killed and two were wounded.")


def test_a_relative_with_a_describing_word_is_one_more():
    assert _counts("The shell hit a farmhouse, killing a man and his elderly mother.") == [
        ("killed", 2)]
    assert _counts("The shell hit a farmhouse, killing a man and his daughter.") == [
        ("killed", 2)]


def test_a_tally_in_a_second_reported_statement_leaves_the_count_alone():
    assert _counts("He said that mortars hit a school in the town on Sunday, killing four "
                   "people, and that the agency had logged 30 attacks in the district "
                   "since early May.") == [("killed", 4)]


def test_a_running_tally_in_the_counts_own_clause_is_still_dropped():
    assert _counts("Four people have been killed in attacks on the district since "
                   "early May.") == []


def test_deaths_that_caused_a_revision_are_not_counted_again():
    events = _events(
        "On 6 June, a rocket hit a bus station in Tal Afar, killing nine passengers and "
        "wounding 15, the envoy told the council. Initial reports had put the toll at six "
        "dead; it was raised after three of the wounded died in hospital.")
    assert ("2026-06-06", "attack", 9, 15) in events


def test_a_first_count_of_hurt_that_matches_the_newer_dead_and_hurt_is_the_same_people():
    events = _events(
        "On 7 June a missile struck a cargo ship off Aden. The operator said one sailor "
        "was killed and three were injured. Initial reports had said four injured and no "
        "deaths.")
    assert ("2026-06-07", "attack", 1, 3) in events


def test_a_first_count_with_dead_of_its_own_is_not_read_as_the_same_people():
    events = _events(
        "On 7 June a shell hit a house in Tikrit, killing a farmer. A first report had put "
        "the toll at one dead and one hurt.")
    assert ("2026-06-07", "attack", 1, 1) in events
