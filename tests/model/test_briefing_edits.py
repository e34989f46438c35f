"""Edits go through the Briefing's methods, are validated, and are announced to listeners."""

import threading

import pytest

from briefdeck.model import Briefing, Figure, Place


def briefing_with_a_place() -> Briefing:
    b = Briefing()
    b.insert_fact("places", Place(id="pl-1", name="Irbil", lat=36.2, lon=44.0))
    return b


def test_setting_a_field_returns_the_old_value_and_announces_the_change():
    b = briefing_with_a_place()
    seen = []
    b.subscribe(seen.append)
    old = b.set_fact_field("places", "pl-1", "name", "Erbil")
    assert old == "Irbil"
    assert b.fact("places", "pl-1").name == "Erbil"
    assert [(c.area, c.action, c.id, c.field) for c in seen] == [("places", "set", "pl-1", "name")]


def test_invalid_value_is_refused_and_leaves_the_fact_unchanged():
    b = briefing_with_a_place()
    with pytest.raises(ValueError, match="lat"):
        b.set_fact_field("places", "pl-1", "lat", 95.0)
    assert b.fact("places", "pl-1").lat == 36.2


def test_ids_are_never_reused_after_removal():
    b = briefing_with_a_place()
    b.insert_fact("places", Place(id=b.new_id("places"), name="Baghdad"))
    b.remove_fact("places", "pl-2")
    assert b.new_id("places") == "pl-2"
    b.insert_fact("places", Place(id="pl-7", name="Mosul"))
    assert b.new_id("places") == "pl-8"


def test_removed_fact_can_be_put_back_where_it_was():
    b = briefing_with_a_place()
    b.insert_fact("places", Place(id="pl-2", name="Baghdad"))
    index, fact = b.remove_fact("places", "pl-1")
    b.insert_fact("places", fact, index)
    assert [f.name for f in b.facts.places] == ["Irbil", "Baghdad"]


def test_duplicate_ids_and_wrong_kinds_are_refused():
    b = briefing_with_a_place()
    with pytest.raises(ValueError, match="exists already"):
        b.insert_fact("places", Place(id="pl-1", name="Again"))
    with pytest.raises(TypeError):
        b.insert_fact("places", Figure(id="fg-1", value=3))


def test_figure_range_must_run_upwards():
    with pytest.raises(ValueError):
        Figure(id="fg-1", value=5200, value_high=3000, qualifier="range")


def test_a_deep_copy_is_a_new_document_without_the_originals_listeners():
    b = briefing_with_a_place()
    seen = []
    b.subscribe(seen.append)
    b.subscribe(_ViewHoldingALock())  # like a Qt view: cannot itself be deep-copied
    copy = b.model_copy(deep=True)
    copy.set_fact_field("places", "pl-1", "name", "Arbil")
    assert seen == [] and b.fact("places", "pl-1").name == "Irbil"
    assert len(b._listeners) == 2


class _ViewHoldingALock:
    def __init__(self) -> None:
        self.lock = threading.Lock()

    def __call__(self, change) -> None:
        pass
