"""Numbers that count nothing, one kind per module: a reference into the document, a date or
a time, a name or a position, page furniture, wording that counts nothing new; and the figure
finder still asks them all."""

from __future__ import annotations

from briefdeck.extract.not_figure_dates import a_date_or_time
from briefdeck.extract.not_figure_furniture import page_furniture
from briefdeck.extract.not_figure_names import a_name_or_position
from briefdeck.extract.not_figure_references import reference
from briefdeck.extract.not_figure_wording import counts_nothing_new
from briefdeck.extract.not_figures import excluded
from briefdeck.extract.numbers import find_quantities


def _q(text: str, written: str):
    return next(q for q in find_quantities(text) if q.text == written)


def test_each_kind_of_non_figure_is_told_by_its_own_module():
    text = "See note [17]. A woman aged 62 saw it at 0600Z near Tower 22; file is 44.6 MB."
    end = len(text)
    assert reference(text, _q(text, "17"), 0)
    assert counts_nothing_new(text, _q(text, "62"), 0, end)
    assert a_date_or_time(text, _q(text, "0600"), 0, end)
    assert a_name_or_position(text, _q(text, "22"), 0, end)
    assert page_furniture(text, _q(text, "44.6"), end)
    assert all(excluded(text, _q(text, n), 0, end, []) for n in ("17", "62", "0600", "22"))


def test_a_count_is_none_of_them():
    text = "Militants fired 14 rockets at the base."
    q = _q(text, "14")
    assert not excluded(text, q, 0, len(text), [])
