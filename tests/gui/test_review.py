"""Reviewing by keyboard in the facts table: A accepts, R rejects, U reopens, J/K move."""

from PySide6.QtCore import Qt

from briefdeck.gui.fact_table_model import FACT_ID_ROLE


def _view(window, kind="places"):
    window.facts.select_fact(kind, window.facts.models[kind].fact_at(0).id)
    view = window.facts.views[kind]
    view.setFocus()
    return view


def test_accept_key_accepts_and_moves_to_the_next_fact(window, briefing, qtbot):
    view = _view(window)
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert briefing.fact("places", "pl-1").status == "accepted"
    assert window.facts.current_fact_id() == "pl-2"


def test_keyboard_review_can_be_undone(window, briefing, qtbot):
    view = _view(window)
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert briefing.fact("places", "pl-1").status == "rejected"
    assert window.document.stack.undoText().startswith("Reject place pl-1")
    window.document.stack.undo()
    assert briefing.fact("places", "pl-1").status == "draft"


def test_left_to_review_counts_drafts_of_every_kind(window, briefing, qtbot):
    drafts = sum(1 for _, f in briefing.all_facts() if f.status == "draft")
    assert window.facts.left.text() == f"{drafts} left to review"
    qtbot.keyClick(_view(window), Qt.Key.Key_A)
    assert window.facts.left.text() == f"{drafts - 1} left to review"


def test_to_review_filter_hides_reviewed_facts_and_keeps_the_place(window, briefing, qtbot):
    window.facts.set_filter("To review")
    view = _view(window)
    qtbot.keyClick(view, Qt.Key.Key_J)  # to pl-2
    qtbot.keyClick(view, Qt.Key.Key_A)
    rows = [view.model().index(r, 0).data(FACT_ID_ROLE) for r in range(view.model().rowCount())]
    assert rows == ["pl-1", "pl-3", "pl-4"]
    assert window.facts.current_fact_id() == "pl-3"


def test_j_and_k_move_between_facts_without_editing(window, briefing, qtbot):
    view = _view(window)
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert window.facts.current_fact_id() == "pl-2"
    assert window.document.stack.count() == 0


def test_u_key_reopens_a_reviewed_fact(window, briefing, qtbot):
    view = _view(window)
    qtbot.keyClick(view, Qt.Key.Key_A)
    qtbot.keyClick(view, Qt.Key.Key_K)
    qtbot.keyClick(view, Qt.Key.Key_U)
    assert briefing.fact("places", "pl-1").status == "draft"


def test_rejected_facts_lose_their_highlight_in_the_article(window, briefing, qtbot):
    assert window.source.fact_at(briefing.fact("places", "pl-1").provenance.start) is not None
    qtbot.keyClick(_view(window), Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.source.fact_at(
        briefing.fact("places", "pl-1").provenance.start) is None, timeout=1000)
