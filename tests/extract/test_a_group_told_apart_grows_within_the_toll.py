"""A group counted apart ("also hurt") whose own count later grows ("raised that number to
three, saying a third sailor had been diagnosed with ...") grows within the whole toll; a
named base (and its country) between a count and its verb; colleagues are people counted."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _counts(text: str):
    return [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]


def _tolled(text: str):
    events = draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published="2026-11-04"
    ).facts.events
    return [(e.date, e.wounded) for e in events if e.killed or e.wounded]


def test_colleagues_at_a_named_base_in_its_country_are_counted():
    assert _counts("Three of our colleagues at Kestrel Air Base in Ruritania were hurt.") == \
        [("wounded", 3)]
    assert _counts("Two colleagues were injured on Monday.") == [("wounded", 2)]


def test_a_later_diagnosis_numbered_by_its_ordinal_is_one_more_hurt():
    text = "Later a third sailor had been diagnosed with a concussion."
    found = find_casualties(text, 0, len(text))
    assert [(c.kind, c.count, c.ordinal) for c in found] == [("wounded", 3, True)]
    # a diagnosis of something with no "with": no toll
    assert _counts("A third sailor had been diagnosed.") == []


def test_a_raised_count_of_the_group_told_apart_keeps_the_rest():
    text = (
        "Two of our engineers at Kestrel Air Base in Ruritania were injured late Sunday when "
        "rockets struck the base. The navy said Monday that two sailors were also hurt. "
        "On Tuesday it raised that number to three, saying a third sailor had been "
        "diagnosed with a concussion."
    )
    assert _tolled(text) == [("2026-11-01", 5)]
