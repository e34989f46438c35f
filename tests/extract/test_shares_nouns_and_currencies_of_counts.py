"""Hedged shares, the noun of a changed count, and currencies named by their country."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _figures(text: str) -> list[tuple[float, str, str]]:
    briefing = draft_briefing(Article(text=text), published="2026-12-01")
    return [(f.value, f.unit, f.label) for f in briefing.facts.figures]


def test_a_hedged_share_counts_no_whole() -> None:
    got = _figures("The survey found that fewer than one in five rural clinics had a generator.")
    assert not any(value == 5.0 for value, _, _ in got)


def test_a_changed_count_takes_the_noun_before_it() -> None:
    got = _figures("Mitigation: patrol days cut from 6 to 2 a week on the coast road.")
    assert any(value == 6.0 and unit.startswith("patrol days") for value, unit, _ in got)
    assert any(value == 2.0 and unit.startswith("patrol days") for value, unit, _ in got)


def test_a_change_with_its_noun_after_keeps_that_noun() -> None:
    got = _figures("The wing had cut tanker jets from 9 to four aircraft by June.")
    assert any(value == 9.0 and unit == "aircraft" for value, unit, _ in got)


def test_a_currency_named_by_its_country_is_written_by_its_code() -> None:
    got = _figures("The cabinet agreed to pay 40 million Jordanian dinars to the farmers.")
    assert (40000000.0, "JOD", "40 million Jordanian dinars") in got


def test_a_bare_currency_stays_as_written() -> None:
    got = _figures("The council set aside 300 million dinars for repairs to the bridge.")
    assert any(value == 300000000.0 and unit == "dinars" for value, unit, _ in got)
