"""Numbers that label a paragraph or a class of goods, or score a risk, count nothing."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _figures(text: str) -> list[tuple[float, float | None, str]]:
    briefing = draft_briefing(Article(text=text), published="2026-12-01")
    return [(f.value, f.value_high, f.unit) for f in briefing.facts.figures]


def test_a_numbered_paragraph_run_into_the_text_is_no_count() -> None:
    got = _figures("3.1 The north quay is closed. Ferries will dock at night only. 3.2 Ferries "
                   "waiting offshore shall keep at least 2 nautical miles from the breakwater.")
    assert not any(value in (3.1, 3.2) for value, _, _ in got)
    assert (2.0, None, "nautical miles") in got


def test_classes_of_goods_named_by_number_are_no_count() -> None:
    got = _figures("Tankers with Class 2.1 and 3 cargo berth at night.")
    assert not any(value in (2.1, 3.0) for value, _, _ in got)


def test_a_risk_score_and_its_band_are_no_count() -> None:
    got = _figures("Score = Likelihood x Impact. 1-4 LOW, 5-9 MEDIUM, 10-25 HIGH.\n\n"
                   "R-7\tFlooding of the depot\t3\t4\t12 HIGH\tSite Lead\tSandbags; pumps\n")
    assert not any(value in (1.0, 5.0, 10.0, 12.0) for value, _, _ in got)


def test_a_count_followed_by_a_plain_high_word_stays() -> None:
    got = _figures("Guards reported 14 high-speed boats near the jetty.")
    assert any(value == 14.0 for value, _, _ in got)
