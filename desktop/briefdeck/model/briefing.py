"""The Briefing document: meta, sources, narrative and facts, with edit methods that announce
each change so views (and undo commands) never poke at the lists directly."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import Field, PrivateAttr, field_validator

from briefdeck.model.facts import (
    FACT_KINDS,
    ID_PREFIX,
    Attribution,
    Event,
    Fact,
    Figure,
    Organization,
    Person,
    Place,
    Quote,
    Record,
    Span,
    System,
)
from briefdeck.model.grades import UNGRADED, Reliability
from briefdeck.model.marking import (
    LEVELS,
    PortionMark,
    drafted_classification,
    highest,
    mark_of,
)

# 2: a source's reliability may be "" (not yet graded), the new default
# 3: an event may say who claims its toll (toll_claimed_by), "" when nobody is named
# 4: a source may be dated by its month alone (issue_month), "" otherwise
SCHEMA_VERSION = 4


class Meta(Record):
    title: str = "Untitled briefing"
    classification: str = "UNCLASSIFIED"
    prepared_by: str = ""
    as_of: str = ""  # ISO 8601 date-time, shown as a date-time group (DTG)

    @field_validator("classification")
    @classmethod
    def _known_level(cls, value: str) -> str:
        mark_of(value)  # raises ValueError naming the allowed levels
        return value.strip().upper()

    @field_validator("as_of")
    @classmethod
    def _iso_datetime(cls, value: str) -> str:
        from datetime import datetime

        if value:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value!r} is not an ISO 8601 date-time") from None
        return value


class Source(Record):
    id: str = "src-1"
    outlet: str = ""
    headline: str = ""
    byline: str = ""
    published: str = ""  # ISO date, YYYY-MM-DD
    # YYYY-MM when the source is dated by its month alone ("Issue 12 | December 2026"): no
    # day is invented for it; "" when published is known or nothing is
    issue_month: str = ""
    url: str = ""
    text: str = ""
    boilerplate: list[Span] = Field(default_factory=list)
    reliability: Reliability = UNGRADED  # the analyst grades it (A-F)

    @field_validator("published")
    @classmethod
    def _iso_date(cls, value: str) -> str:
        from datetime import date

        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None
        return value

    @field_validator("issue_month")
    @classmethod
    def _iso_month(cls, value: str) -> str:
        if value and not re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])", value):
            raise ValueError(f"{value!r} is not a month (YYYY-MM)")
        return value


class Narrative(Record):
    bluf: str = ""
    key_points: list[str] = Field(default_factory=list)
    outlook: str = ""


class Facts(Record):
    places: list[Place] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    systems: list[System] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)


@dataclass(frozen=True)
class Change:
    """What changed: area is 'meta', 'narrative', 'sources' or a fact list name."""

    area: str
    action: Literal["set", "insert", "remove", "reset"]
    id: str | None = None
    field: str | None = None


Listener = Callable[[Change], None]
_ID_NUMBER = re.compile(r"-(\d+)$")


class Briefing(Record):
    schema_version: int = SCHEMA_VERSION
    meta: Meta = Field(default_factory=Meta)
    sources: list[Source] = Field(default_factory=list)
    narrative: Narrative = Field(default_factory=Narrative)
    facts: Facts = Field(default_factory=Facts)
    _listeners: list[Listener] = PrivateAttr(default_factory=list)
    # What went wrong while drafting it, told to the analyst on opening; never saved.
    _drafting_problems: list[str] = PrivateAttr(default_factory=list)

    # The banner the draft was raised to from its source's own marking ('CUI'), "" when it was
    # not: told to the analyst on drafting; never saved, so a reopened briefing is left as it is.
    _classification_from_source: str = PrivateAttr(default="")

    @property
    def drafting_problems(self) -> list[str]:
        return self._drafting_problems

    def start_at_source_marking(self) -> None:
        """Start a drafted briefing's classification at the most restrictive US level its
        source marks (FOUO -> CUI, SECRET//NOFORN -> SECRET), never lowering it: a banner
        below the source's own is the analyst's decision, never the draft's."""
        if not self.sources:
            return
        raised = LEVELS[
            highest([drafted_classification(self.sources[0].text)], floor=self.meta.classification)
        ]
        if raised != self.meta.classification:
            self.meta.classification = raised
            self._classification_from_source = raised

    @property
    def classification_from_source(self) -> bool:
        """Whether the banners were set from the source's marking and are still at that level
        (the analyst has not changed the classification since)."""
        return (
            bool(self._classification_from_source)
            and self._classification_from_source == self.meta.classification
        )

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Briefing:
        # A copy is a new document: its views subscribe anew (listeners may be Qt objects).
        listeners, self._listeners = self._listeners, []
        try:
            return super().__deepcopy__(memo)
        finally:
            self._listeners = listeners

    # -- observing ----------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- reading --------------------------------------------------------------------------
    def facts_of(self, kind: str) -> list[Any]:
        if kind not in FACT_KINDS:
            raise KeyError(f"unknown fact kind {kind!r}")
        return getattr(self.facts, kind)

    def all_facts(self) -> Iterator[tuple[str, Fact]]:
        for kind in FACT_KINDS:
            for fact in self.facts_of(kind):
                yield kind, fact

    def index_of(self, kind: str, fact_id: str) -> int:
        for i, fact in enumerate(self.facts_of(kind)):
            if fact.id == fact_id:
                return i
        raise KeyError(f"no {kind} fact with id {fact_id!r}")

    def fact(self, kind: str, fact_id: str) -> Any:
        return self.facts_of(kind)[self.index_of(kind, fact_id)]

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def span_text(self, fact: Fact) -> str:
        """The source words a fact was drawn from ('' when it has no provenance)."""
        prov = fact.provenance
        src = self.source(prov.source) if prov else None
        return src.text[prov.start : prov.end] if (src and prov) else ""

    def new_id(self, kind: str) -> str:
        highest = 0
        for fact in self.facts_of(kind):
            match = _ID_NUMBER.search(fact.id)
            if match:
                highest = max(highest, int(match.group(1)))
        return f"{ID_PREFIX[kind]}-{highest + 1}"

    # -- editing: the only ways views and commands change a briefing ------------------------
    def insert_fact(self, kind: str, fact: Fact, index: int | None = None) -> int:
        cls = FACT_KINDS[kind]
        if not isinstance(fact, cls):
            raise TypeError(f"{kind} holds {cls.__name__} facts, not {type(fact).__name__}")
        items = self.facts_of(kind)
        if any(f.id == fact.id for f in items):
            raise ValueError(f"a {kind} fact with id {fact.id!r} exists already")
        index = len(items) if index is None else max(0, min(index, len(items)))
        items.insert(index, fact)
        self._emit(Change(kind, "insert", fact.id))
        return index

    def remove_fact(self, kind: str, fact_id: str) -> tuple[int, Fact]:
        index = self.index_of(kind, fact_id)
        fact = self.facts_of(kind).pop(index)
        self._emit(Change(kind, "remove", fact_id))
        return index, fact

    def set_fact_field(self, kind: str, fact_id: str, field: str, value: Any) -> Any:
        """Set one field (validated; raises ValueError with the reason). Returns the old value."""
        fact = self.fact(kind, fact_id)
        if field == "id" or field not in type(fact).model_fields:
            raise ValueError(f"{kind} facts have no editable field {field!r}")
        old = getattr(fact, field)
        _validated_set(fact, field, value)
        self._emit(Change(kind, "set", fact_id, field))
        return old

    def set_meta(self, field: str, value: Any) -> Any:
        old = getattr(self.meta, field)
        _validated_set(self.meta, field, value)
        self._emit(Change("meta", "set", None, field))
        return old

    def set_narrative(self, field: str, value: Any) -> Any:
        old = getattr(self.narrative, field)
        _validated_set(self.narrative, field, value)
        self._emit(Change("narrative", "set", None, field))
        return old

    def set_source_field(self, source_id: str, field: str, value: Any) -> Any:
        src = self.source(source_id)
        if src is None:
            raise KeyError(f"no source with id {source_id!r}")
        old = getattr(src, field)
        _validated_set(src, field, value)
        self._emit(Change("sources", "set", source_id, field))
        return old


def _validated_set(record: Record, field: str, value: Any) -> None:
    """setattr with the model's validation, reporting the reason as a plain ValueError."""
    from pydantic import ValidationError

    try:
        setattr(record, field, value)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ValueError(f"{field}: {first['msg']}") from None


def marking_floor(briefing: Briefing) -> PortionMark:
    return mark_of(briefing.meta.classification)  # type: ignore[return-value]
