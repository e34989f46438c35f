"""The event form edits who claims a toll, as an undoable command like any other field."""


def test_the_toll_claimant_is_an_undoable_form_field(window, briefing):
    window.facts.select_fact("events", "ev-1")
    editor = window.form.editors["toll_claimed_by"]
    editor.setText("Kataib Hezbollah")
    editor.editingFinished.emit()
    assert briefing.fact("events", "ev-1").toll_claimed_by == "Kataib Hezbollah"
    window.document.stack.undo()
    assert briefing.fact("events", "ev-1").toll_claimed_by == ""
    assert window.form.editors["toll_claimed_by"].text() == ""


def test_changing_a_claimed_tolls_count_says_the_claimant_still_goes_out_with_it(window,
                                                                                 briefing):
    window.facts.select_fact("events", "ev-1")
    form = window.form
    form.editors["toll_claimed_by"].setText("Kataib Hezbollah")
    form.editors["toll_claimed_by"].editingFinished.emit()
    form.editors["killed"].setText("2")
    form.editors["killed"].editingFinished.emit()
    hint = form.errors["toll_claimed_by"]
    assert not hint.isHidden() and "Kataib Hezbollah" in hint.text()
    assert briefing.fact("events", "ev-1").toll_claimed_by == "Kataib Hezbollah"  # not cleared
