"""The same figure said twice in a report shows once on the slides and the one-pager."""

from __future__ import annotations

from briefdeck.compose.page import page_outline
from briefdeck.compose.selection import distinct_figures, select_facts
from briefdeck.model import Briefing, Figure
from briefdeck.model.briefing import Meta


def _fig(n: int, value: float, unit: str, label: str, qualifier: str = "exact") -> Figure:
    amount = " ".join(label.split()[:2 if qualifier != "exact" else 1])
    return Figure(id=f"fg-{n}", value=value, unit=unit, qualifier=qualifier, text=amount,
                  label=label)


def test_a_shorter_repeat_of_a_figure_is_dropped_and_the_fuller_label_kept():
    figs = [_fig(1, 3, "checkpoints", "three checkpoints"),
            _fig(2, 3, "checkpoints", "three checkpoints near Kupiansk")]
    kept = distinct_figures(figs)
    assert [f.label for f in kept] == ["three checkpoints near Kupiansk"]


def test_a_country_adjective_and_its_country_count_as_one_word():
    figs = [_fig(1, 2, "bridges", "two Ukrainian bridges"),
            _fig(2, 2, "bridges", "two bridges in eastern Ukraine")]
    assert len(distinct_figures(figs)) == 1


def test_one_amount_said_of_different_places_stays_twice():
    figs = [_fig(1, 800, "troops", "about 800 troops in Chad, now", "about"),
            _fig(2, 800, "troops", "about 800 troops in Niger, past year", "about")]
    assert len(distinct_figures(figs)) == 2


def test_different_amounts_are_never_merged():
    figs = [_fig(1, 5, "drones", "five drones"), _fig(2, 6, "drones", "six drones")]
    assert len(distinct_figures(figs)) == 2


def test_the_page_lists_a_repeated_figure_once():
    b = Briefing(meta=Meta(title="Border report"))
    b.insert_fact("figures", _fig(1, 4, "posts", "four posts"))
    b.insert_fact("figures", _fig(2, 4, "posts", "four border posts in Armenia"))
    assert len(select_facts(b, include_drafts=True).of("figures")) == 1
    facts = [f for f in page_outline(b, include_drafts=True).facts if f.kind == "figures"]
    assert [(f.lead, f.text) for f in facts] == [("four border posts", "in Armenia")]
