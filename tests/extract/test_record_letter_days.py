"""Days in letters and notices: an incident the opening dated keeps that day when told again
under a heading; "On that date" is the day named just before, not one named later."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_LETTER = (
    "RIVERSIDE SCHOOL OF BASRA\n\n"
    "Notice to parents No. 3\n\n"
    "Dear Parents,\n\n"
    "Many of you heard two loud blasts near the port at about 22:10 last night. The school "
    "is about four kilometres from the port gate.\n\n"
    "What we know\n\n"
    "Police told us that a rocket struck a warehouse at the port and that two dock workers "
    "were wounded.\n\n"
    "Classes\n\n"
    "Classes run as usual today.\n"
)

_NOTICE = (
    "HARBOUR NOTICE\n\n"
    "This is the third incident near the harbour since 4 October. On that date two drones "
    "were shot down over the breakwater, and on 19 October a third drone was downed over the "
    "fuel quay. No one was hurt on either occasion.\n"
)


def _events(text: str, published: str):
    return draft_briefing(Article(text=text), published=published).facts.events


def test_an_incident_told_under_a_heading_takes_the_day_the_letters_opening_gave() -> None:
    got = [(e.date, e.wounded) for e in _events(_LETTER, "2026-11-12") if e.kind == "attack"]
    assert ("2026-11-11", 2) in got


def test_on_that_date_is_the_day_named_in_the_sentence_before() -> None:
    got = {e.date for e in _events(_NOTICE, "2026-10-25") if e.kind in ("attack", "strike")}
    assert got == {"2026-10-04", "2026-10-19"}
