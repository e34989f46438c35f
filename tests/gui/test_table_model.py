"""The facts table adapter obeys Qt's model rules, through inserts, removals and resets."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from briefdeck.gui.bridge import ModelBridge
from briefdeck.gui.commands import InsertFact, RemoveFact, SetFactField
from briefdeck.gui.fact_table_model import FactTableModel
from briefdeck.model.facts import FACT_KINDS, Place


@pytest.mark.parametrize("kind", list(FACT_KINDS))
def test_facts_table_model_passes_the_model_tester(qtmodeltester, briefing, kind):
    bridge, stack = ModelBridge(), QUndoStack()
    bridge.attach(briefing)
    model = FactTableModel(kind, bridge, stack)
    qtmodeltester.check(model, force_py=True)


def test_model_tester_follows_row_inserts_and_removals(qtmodeltester, briefing):
    bridge, stack = ModelBridge(), QUndoStack()
    bridge.attach(briefing)
    model = FactTableModel("places", bridge, stack)
    qtmodeltester.check(model, force_py=True)
    stack.push(InsertFact(briefing, "places", Place(id="pl-9", name="Baghdad"), 1))
    assert model.rowCount() == 5 and model.fact_at(1).id == "pl-9"
    stack.push(RemoveFact(briefing, "places", "pl-1"))
    stack.push(SetFactField(briefing, "places", "pl-9", "role", "reinforcement"))
    assert _ids(model) == ["pl-9", "pl-2", "pl-3", "pl-4"]
    stack.undo()
    stack.undo()
    stack.undo()
    assert _ids(model) == ["pl-1", "pl-2", "pl-3", "pl-4"]


def _ids(model):
    return [model.fact_at(r).id for r in range(model.rowCount())]


def test_rows_show_the_facts_of_their_kind_only(briefing):
    bridge = ModelBridge()
    bridge.attach(briefing)
    model = FactTableModel("events", bridge, QUndoStack())
    assert model.rowCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Summary" in headers and "Killed" in headers


def test_an_open_toll_shows_its_qualifier_and_edits_as_a_number(briefing):
    bridge, stack = ModelBridge(), QUndoStack()
    bridge.attach(briefing)
    model = FactTableModel("events", bridge, stack)
    ev = model.fact_at(0)
    stack.push(SetFactField(briefing, "events", ev.id, "wounded", 40))
    stack.push(SetFactField(briefing, "events", ev.id, "wounded_qualifier", "more than"))
    column = [c.field for c in model.columns].index("wounded")
    index = model.index(0, column)
    assert model.data(index) == ">40"
    assert model.data(index, Qt.ItemDataRole.EditRole) == "40"
    stack.undo()  # the qualifier is one undoable edit of its own
    assert model.data(index) == "40"


def test_a_claimed_toll_names_its_claimant_in_the_table_as_the_slides_do(briefing):
    bridge, stack = ModelBridge(), QUndoStack()
    bridge.attach(briefing)
    model = FactTableModel("events", bridge, stack)
    ev = model.fact_at(0)
    stack.push(SetFactField(briefing, "events", ev.id, "killed", 4))
    stack.push(SetFactField(briefing, "events", ev.id, "toll_claimed_by", "Kataib Hezbollah"))
    index = model.index(0, [c.field for c in model.columns].index("killed"))
    assert model.data(index) == "4 (according to Kataib Hezbollah)"
    assert model.data(index, Qt.ItemDataRole.EditRole) == "4"  # still edits as a number
    assert "according to Kataib Hezbollah" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    stack.undo()
    assert model.data(index) == "4"
