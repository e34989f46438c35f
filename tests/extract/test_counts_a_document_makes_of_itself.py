"""A page's reference counts, an association's dues and a sources list are no figures."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _figures(text: str) -> list[tuple[float, str]]:
    briefing = draft_briefing(Article(text=text), published="2026-12-01")
    return [(f.value, f.unit) for f in briefing.facts.figures]


def test_a_knowledge_page_counting_its_references_and_entries_is_no_figure() -> None:
    got = _figures("number of injured\n\n9\n\n3 references\n\nSitelinks\n\nWikipedia (4 entries)\n")
    assert not any(unit in ("references", "entries") for _, unit in got)


def test_members_dues_are_no_figure() -> None:
    got = _figures("## Club notes\n\nYearly dues of $25 are payable by March 1. The depot fire "
                   "cost the county $40,000 in repairs.")
    assert (25.0, "USD") not in got
    assert (40000.0, "USD") in got


def test_people_in_a_sources_section_are_no_figure() -> None:
    got = _figures("1. Summary\n\nA drone struck the grain silo; 4 workers were hurt.\n\n"
                   "2. Sources consulted\n\nThree farm workers living nearby; one police "
                   "officer (not for attribution).\n\n3. Outlook\n\nMore strikes are likely.")
    assert (3.0, "workers") not in got and (3.0, "farm workers") not in got
    assert any(value == 4.0 for value, _ in got)


def test_speakers_named_by_where_they_live_are_no_figure() -> None:
    got = _figures("Three drivers who live near the depot told our team they heard a blast.")
    assert not any(value == 3.0 for value, _ in got)


def test_the_wounded_told_by_their_injuries_are_no_new_count() -> None:
    got = _figures("Five crew members were wounded. They are in hospital in Salalah. Two of them "
                   "have burns and three have fractures.")
    assert (5.0, "crew members") in got
    assert not any(value in (2.0, 3.0) for value, _ in got)


def test_the_dead_a_body_mourns_are_counted_though_it_speaks_after() -> None:
    got = _figures('The ministry mourned "four guards who died defending the gate" and said '
                   'an inquiry had begun.')
    assert (4.0, "guards") in got
