"""The article panel: highlights follow the facts, clicks select them, selections make facts."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from briefdeck.gui.source_panel import Utf16Offsets


def _point_of(window, index):
    text = window.source.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(index)
    rect = text.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


def test_clicking_a_highlight_selects_its_fact(window, briefing, qtbot):
    start = briefing.fact("events", "ev-1").provenance.start
    text = window.source.text
    text.centerCursor()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(window, start + 2))
    assert window.facts.current_kind() == "events"
    assert window.facts.current_fact_id() == "ev-1"


def test_selecting_a_fact_shows_its_words_in_the_form(window, briefing):
    window.facts.select_fact("quotes", "qu-1")
    assert "We will keep advising" in window.form.words.text()


def test_new_fact_from_selection_takes_the_span_as_provenance(window, briefing):
    words = "Kirkuk"
    start = briefing.sources[0].text.index(words)
    window.source.new_fact_requested.emit("places", "src-1", start, start + len(words))
    place = briefing.facts.places[-1]
    assert place.name == "Kirkuk"
    assert (place.provenance.start, place.provenance.end) == (start, start + len(words))
    assert briefing.span_text(place) == "Kirkuk"
    assert window.facts.current_fact_id() == place.id
    window.document.stack.undo()
    assert all(p.name != "Kirkuk" for p in briefing.facts.places)


def test_new_figure_from_selection_reads_its_number():
    from sample import sample_briefing

    from briefdeck.gui.new_fact import fact_from_span

    b = sample_briefing()
    text = b.sources[0].text
    start = text.index("11 March")
    figure = fact_from_span(b, "figures", "src-1", start, start + 2)
    assert figure.value == 11.0 and figure.id == "fg-3"


def test_boilerplate_is_greyed_and_not_a_fact(window, briefing):
    span = briefing.sources[0].boilerplate[0]
    assert window.source.fact_at(span.start + 1) is None
    formats = [s for s in window.source.text.extraSelections()
               if s.cursor.selectionStart() == span.start]
    assert formats and formats[0].format.fontItalic()


def test_text_positions_count_utf16_units_past_wide_characters():
    offsets = Utf16Offsets("a😀b😀c")
    assert [offsets.to_qt(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [offsets.from_qt(q) for q in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]


def test_highlights_are_redrawn_for_a_review_but_not_for_a_latitude(window, briefing, qtbot):
    from briefdeck.gui.commands import SetFactField

    panel = window.source
    calls = []
    panel._refresh_timer.timeout.connect(lambda: calls.append(1))
    window.document.stack.push(SetFactField(briefing, "places", "pl-3", "lat", 36.0))
    qtbot.wait(80)
    assert calls == []  # a big briefing's highlights are not rebuilt for a map edit
    window.document.stack.push(SetFactField(briefing, "places", "pl-3", "status", "rejected"))
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    assert not any(fid == "pl-3" for *_, fid in panel.spans)  # rejected: no longer marked


def test_new_place_from_selection_is_placed_from_the_gazetteer():
    from sample import sample_briefing

    from briefdeck.gui.new_fact import fact_from_span

    b = sample_briefing()
    b.sources[0].text += " Convoys later reached the Ain al-Asad air base and Zzyzxville."
    text = b.sources[0].text
    start = text.index("Ain al-Asad")
    place = fact_from_span(b, "places", "src-1", start, start + len("Ain al-Asad air base"))
    assert place.kind == "installation" and place.country == "Iraq"
    assert abs(place.lat - 33.79) < 0.1 and place.precision == "installation"
    start = text.index("Zzyzxville")
    unknown = fact_from_span(b, "places", "src-1", start, start + len("Zzyzxville"))
    assert unknown.lat is None and unknown.precision == "unknown"


def test_an_emoji_no_font_draws_shows_no_empty_box_and_keeps_the_positions(window):
    from briefdeck.gui.theme import drawable_text

    article = "📌 Pinned by dana.kovac ✅ convoy hit near Amuda 🇸🇾 on Monday"
    view = window.source.text
    view.set_source_text(article)
    shown = view.toPlainText()
    assert drawable_text(shown, view.font()) == shown  # every character has a glyph somewhere
    start = article.index("Amuda")  # a fact's span, in the article's code points
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(start))
    cursor.setPosition(view.offsets.to_qt(start + 5), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Amuda"


def test_text_views_fall_back_to_an_installed_emoji_font(qapp, monkeypatch):
    from PySide6.QtGui import QFont, QFontDatabase

    from briefdeck.gui import theme

    installed = next(f for f in QFontDatabase.families() if f != "DejaVu Serif")
    monkeypatch.setattr(theme, "SYMBOL_FONTS", ("No Such Emoji Font", installed))
    font = theme.with_symbol_fallback(QFont("DejaVu Serif"))
    assert font.families() == ["DejaVu Serif", installed]
    assert theme.with_symbol_fallback(font).families() == ["DejaVu Serif", installed]


def test_grading_the_source_is_an_undoable_edit_the_list_follows(window, briefing):
    grade = window.source.grade
    assert grade.currentData() == "B" and grade.isEnabled()
    grade.activated.emit(grade.findData("D"))
    assert briefing.sources[0].reliability == "D"
    assert window.document.stack.undoText() == "Grade source D"
    window.document.stack.undo()
    assert briefing.sources[0].reliability == "B" and grade.currentData() == "B"
    grade.activated.emit(grade.findData(""))
    assert briefing.sources[0].reliability == ""
    assert grade.currentText() == "Not yet graded"


def test_a_wheel_passing_over_the_grade_list_does_not_regrade_the_source(window, briefing):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    grade = window.source.grade
    window.source.text.setFocus()
    event = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(grade, event)
    assert briefing.sources[0].reliability == "B"
    assert not window.document.stack.canUndo()
