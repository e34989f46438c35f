"""Undoable edits. Each command only calls Briefing edit methods; QUndoStack.push() runs redo()
at once, so state changes only inside redo()/undo(), and views learn of them from the model."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from briefdeck.gui.theme import KIND_NOUNS
from briefdeck.model.briefing import Briefing
from briefdeck.model.facts import Fact


class _SetField(QUndoCommand):
    """One field set to a value; undo puts the old value back. The command keeps its own
    copies of both, so later edits of the objects it was given cannot change what it restores."""

    def __init__(self, text: str, value: Any, old: Any) -> None:
        super().__init__(text)
        self.value, self.old = copy.deepcopy(value), copy.deepcopy(old)

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._set(copy.deepcopy(self.value))

    def undo(self) -> None:
        self._set(copy.deepcopy(self.old))


class SetFactField(_SetField):
    def __init__(self, briefing: Briefing, kind: str, fact_id: str, field: str, value: Any,
                 text: str | None = None) -> None:
        super().__init__(text or f"Edit {KIND_NOUNS.get(kind, kind)} {field}", value,
                         getattr(briefing.fact(kind, fact_id), field))
        self.briefing, self.kind, self.fact_id, self.field = briefing, kind, fact_id, field

    def _set(self, value: Any) -> None:
        self.briefing.set_fact_field(self.kind, self.fact_id, self.field, value)


class InsertFact(QUndoCommand):
    def __init__(self, briefing: Briefing, kind: str, fact: Fact, index: int | None = None,
                 text: str | None = None) -> None:
        super().__init__(text or f"New {KIND_NOUNS.get(kind, kind)}")
        self.briefing, self.kind, self.fact, self.index = briefing, kind, fact, index

    def redo(self) -> None:
        self.index = self.briefing.insert_fact(self.kind, self.fact, self.index)

    def undo(self) -> None:
        self.briefing.remove_fact(self.kind, self.fact.id)


class RemoveFact(QUndoCommand):
    def __init__(self, briefing: Briefing, kind: str, fact_id: str,
                 text: str | None = None) -> None:
        super().__init__(text or f"Delete {KIND_NOUNS.get(kind, kind)}")
        self.briefing, self.kind, self.fact_id = briefing, kind, fact_id
        self.index: int | None = None
        self.fact: Fact | None = None

    def redo(self) -> None:
        self.index, self.fact = self.briefing.remove_fact(self.kind, self.fact_id)

    def undo(self) -> None:
        assert self.fact is not None
        self.briefing.insert_fact(self.kind, self.fact, self.index)


class _SetRecordField(QUndoCommand):
    area = ""

    def __init__(self, briefing: Briefing, field: str, value: Any, text: str | None = None) -> None:
        super().__init__(text or f"Edit {self.area} {field.replace('_', ' ')}")
        self.briefing, self.field = briefing, field
        self.value = copy.deepcopy(value)
        self.old = copy.deepcopy(getattr(getattr(briefing, self.area), field))

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._set(copy.deepcopy(self.value))

    def undo(self) -> None:
        self._set(copy.deepcopy(self.old))


class SetMeta(_SetRecordField):
    area = "meta"

    def _set(self, value: Any) -> None:
        self.briefing.set_meta(self.field, value)


class SetNarrative(_SetRecordField):
    area = "narrative"

    def _set(self, value: Any) -> None:
        self.briefing.set_narrative(self.field, value)


class SetSourceField(_SetField):
    def __init__(self, briefing: Briefing, source_id: str, field: str, value: Any,
                 text: str | None = None) -> None:
        source = briefing.source(source_id)
        if source is None:
            raise KeyError(f"no source with id {source_id!r}")
        super().__init__(text or f"Edit source {field}", value, getattr(source, field))
        self.briefing, self.source_id, self.field = briefing, source_id, field

    def _set(self, value: Any) -> None:
        self.briefing.set_source_field(self.source_id, self.field, value)
