"""Edits go through undo commands on the Briefing; undo and redo restore it exactly."""

from PySide6.QtCore import Qt

from briefdeck.gui.fact_table_model import FACT_ID_ROLE


def _cell(window, kind, fact_id, field):
    model = window.facts.models[kind]
    row = model.row_of(fact_id)
    column = [c.field for c in model.columns].index(field)
    return model, model.index(row, column)


def test_editing_a_cell_pushes_a_command_and_undo_restores_the_value(window, briefing):
    model, index = _cell(window, "places", "pl-2", "name")
    assert model.setData(index, "Qayyarah Airfield West", Qt.ItemDataRole.EditRole)
    assert briefing.fact("places", "pl-2").name == "Qayyarah Airfield West"
    assert window.document.stack.count() == 1
    window.document.stack.undo()
    assert briefing.fact("places", "pl-2").name == "Qayyarah West"
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Qayyarah West"


def test_redo_reapplies_the_edit(window, briefing):
    model, index = _cell(window, "events", "ev-1", "killed")
    model.setData(index, "4", Qt.ItemDataRole.EditRole)
    assert briefing.fact("events", "ev-1").killed == 4
    window.document.stack.undo()
    assert briefing.fact("events", "ev-1").killed == 3
    window.document.stack.redo()
    assert briefing.fact("events", "ev-1").killed == 4


def test_clearing_an_optional_number_stores_none(window, briefing):
    model, index = _cell(window, "places", "pl-1", "lat")
    assert model.setData(index, "", Qt.ItemDataRole.EditRole)
    assert briefing.fact("places", "pl-1").lat is None


def test_invalid_cell_value_is_refused_without_a_command(window, briefing):
    model, index = _cell(window, "places", "pl-1", "lat")
    assert not model.setData(index, "123", Qt.ItemDataRole.EditRole)  # beyond 90 degrees
    assert briefing.fact("places", "pl-1").lat == 34.37
    assert window.document.stack.count() == 0
    assert "Lat" in model.last_error


def test_unchanged_value_pushes_nothing(window):
    model, index = _cell(window, "places", "pl-1", "name")
    assert model.setData(index, "al-Qaim", Qt.ItemDataRole.EditRole)
    assert window.document.stack.count() == 0


def test_list_fields_are_edited_as_semicolon_separated_text(briefing):
    from briefdeck.gui import values

    fact = briefing.fact("events", "ev-1")
    assert values.checked(fact, "weapons", "rockets; mortars ;") == ["rockets", "mortars"]
    assert fact.weapons == ["rockets"]  # the dry run leaves the fact alone


def test_delete_and_undo_brings_the_fact_back_in_place(window, briefing, qtbot):
    window.facts.select_fact("places", "pl-2")
    window.facts.delete_fact()
    assert [p.id for p in briefing.facts.places] == ["pl-1", "pl-3", "pl-4"]
    assert window.facts.models["places"].rowCount() == 3
    window.document.stack.undo()
    assert [p.id for p in briefing.facts.places] == ["pl-1", "pl-2", "pl-3", "pl-4"]
    view = window.facts.views["places"]
    assert view.model().index(1, 0).data(FACT_ID_ROLE) == "pl-2"


def test_add_creates_a_blank_fact_that_undo_removes(window, briefing):
    window.facts.tabs.setCurrentIndex(5)  # people
    window.facts.add_fact()
    assert [p.id for p in briefing.facts.people] == ["pe-1"]
    assert window.facts.current_fact_id() == "pe-1"
    window.document.stack.undo()
    assert briefing.facts.people == []


def test_views_follow_the_new_briefing_not_the_old_one(window, briefing):
    from sample import sample_briefing

    fresh = sample_briefing()
    window.set_briefing(fresh)
    briefing.set_fact_field("places", "pl-1", "name", "Old document")
    assert window.facts.models["places"].fact_at(0).name == "al-Qaim"
    assert window.document.stack.count() == 0
