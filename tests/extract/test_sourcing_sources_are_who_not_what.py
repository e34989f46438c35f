"""A source is who speaks: a log's office, not its entry; a channel, not a letter's title."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.sourcing_caps_relays import caps_relays
from briefdeck.ingest.article import Article


def _sources(text: str) -> list[tuple[str, str]]:
    facts = draft_briefing(Article(text=text), published="2026-03-04").facts
    return [(f.kind, f.text) for f in facts.attributions]


def test_a_capitals_log_entry_names_its_office_not_what_it_reports():
    text = (
        "SHIFT LOG - SOUTH GATE\n"
        "04:12:30  PER TOC SIRENS ACTIVE, SHELTER IN PLACE\n"
        "04:20:00  PER 77 MSG 2 PTS TREATED AT CLINIC\n"
    )
    found = [text[s:e] for s, e, _, _ in caps_relays(text)]
    assert found == ["PER TOC", "PER 77 MSG"]


def test_a_capitals_log_claim_names_the_group_alone():
    text = "05:00:00  PER TOC PRESS REPORTS OF BLUE RIVER FRONT CLAIMING THE RAID ONLINE\n"
    found = [text[s:e] for s, e, _, _ in caps_relays(text)]
    assert "BLUE RIVER FRONT" in found
    assert not any("CLAIMING" in t for t in found)


LETTER = (
    "ORCHARD VIEW APARTMENTS\n\n"
    "RESIDENTS' NOTICE No. 3\n\n"
    "Tuesday, 3 March 2026, 18:30\n\n"
    "Dear Residents,\n\n"
    "The water supply to blocks C and D will be cut overnight while the pump is replaced. "
    "The city water board said the work should be finished by six in the morning.\n"
)


def test_a_numbered_title_over_a_dated_letter_is_no_channel():
    sources = _sources(LETTER)
    assert not any("NOTICE" in text for _, text in sources)


def test_a_channel_named_over_its_post_stamp_still_speaks():
    text = (
        "Posts collected overnight:\n\n"
        "Harbour Brigade (official channel)\n"
        "Tue 3 Mar, 22:10\n"
        "Our fighters struck the depot near the old pier.\n\n"
        "Harbour Brigade (official channel)\n"
        "Tue 3 Mar, 23:40\n"
        "A second strike hit the same depot.\n"
    )
    assert ("spokesperson", "Harbour Brigade (official channel)") in _sources(text)
