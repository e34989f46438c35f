"""The facts a briefing is made of: one class per kind, each tied to its source span."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from briefdeck.model.marking import PortionMark

Status = Literal["draft", "accepted", "rejected"]
DatePrecision = Literal["day", "month", "year", "unknown"]


class Record(BaseModel):
    """Strict, self-validating record: unknown fields are errors, edits are re-validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=False)


class Span(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("end must not be before start")
        return self


class Provenance(Span):
    """Where a fact came from: a source id and the character span of its words."""

    source: str = "src-1"


class Fact(Record):
    id: str = Field(min_length=1)
    status: Status = "draft"
    provenance: Provenance | None = None
    marking: PortionMark = "U"
    credibility: int | None = Field(default=None, ge=1, le=6)
    note: str = ""


PlaceKind = Literal["installation", "city", "province", "region", "country", "other"]
PlaceRole = Literal["withdrawal", "reinforcement", "attack target", "mentioned"]
Precision = Literal["installation", "city", "province", "country", "unknown"]


class Place(Fact):
    name: str = Field(min_length=1)
    kind: PlaceKind = "other"
    country: str = ""
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    precision: Precision = "unknown"
    role: PlaceRole = "mentioned"


Qualifier = Literal["exact", "about", "at least", "up to", "more than", "fewer than", "range"]
# A toll is one number as worded: "at least 3 killed", "more than 40 wounded" (never a range).
TollQualifier = Literal["exact", "about", "at least", "up to", "more than", "fewer than"]


class Figure(Fact):
    # Finite only: JSON has no Infinity or NaN, and no chart can draw them.
    value: float = Field(allow_inf_nan=False)
    value_high: float | None = Field(default=None, allow_inf_nan=False)  # "range": upper end
    unit: str = ""  # what is counted or measured: "troops", "rockets", "USD", "km"
    qualifier: Qualifier = "exact"
    text: str = ""  # the words as written: "more than a dozen"
    label: str = ""  # short description for charts and bullets

    @model_validator(mode="after")
    def _range_ordered(self) -> Figure:
        if self.value_high is not None and self.value_high < self.value:
            raise ValueError("value_high must not be below value")
        return self


EventKind = Literal[
    "attack", "withdrawal", "handover", "deployment", "strike", "announcement", "other"
]


class Casualties(Record):
    party: str = Field(min_length=1)  # "U.S.", "U.K.", "Iraq", "civilian"
    killed: int = Field(default=0, ge=0)
    wounded: int = Field(default=0, ge=0)


class Event(Fact):
    date: str | None = None  # ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY by precision
    date_precision: DatePrecision = "unknown"
    date_text: str = ""  # the wording: "on Wednesday evening"
    kind: EventKind = "other"
    summary: str = ""
    place: str = ""
    weapons: list[str] = Field(default_factory=list)
    killed: int | None = Field(default=None, ge=0)
    killed_qualifier: TollQualifier = "exact"  # "at least": a slide must not firm it up
    wounded: int | None = Field(default=None, ge=0)
    wounded_qualifier: TollQualifier = "exact"
    casualties: list[Casualties] = Field(default_factory=list)
    # Who gives the toll when only a party to the fight does ("Kataib Hezbollah" for "the group
    # said four of its members were killed"): every rendering says "according to" it, never
    # the toll as fact (model/tolls.py). "" when the toll is the report's own or officials' word.
    toll_claimed_by: str = ""

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        from datetime import date

        if value in (None, ""):
            return None
        parts = value.split("-")
        try:
            if len(parts) == 3:
                date.fromisoformat(value)
            elif len(parts) == 2:
                date.fromisoformat(value + "-01")
            elif len(parts) == 1 and len(value) == 4:
                date.fromisoformat(value + "-01-01")
            else:
                raise ValueError
        except ValueError:
            raise ValueError(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
        return value


Posture = Literal["deployed", "arriving", "requested", "used by adversary", "mentioned"]


class System(Fact):
    """A weapon or piece of equipment. Its deployment state is `posture` ("deployed",
    "arriving" ...) because `status` is every fact's review status (draft/accepted/rejected)."""

    name: str = Field(min_length=1)
    category: str = ""  # "air defence", "rocket", "ballistic missile", "drone" ...
    posture: Posture = "mentioned"
    place: str = ""


class Organization(Fact):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class Person(Fact):
    name: str = Field(min_length=1)
    title: str = ""
    organization: str = ""


class Quote(Fact):
    speaker: str = ""
    text: str = Field(min_length=1)


AttributionKind = Literal[
    "named official", "anonymous official", "spokesperson", "document", "other outlet", "other"
]


class Attribution(Fact):
    text: str = Field(min_length=1)
    kind: AttributionKind = "other"
    count: int | None = Field(default=None, ge=0)


# The fact lists of a briefing, in the order they are shown; list name -> class, id prefix.
FACT_KINDS: dict[str, type[Fact]] = {
    "places": Place,
    "figures": Figure,
    "events": Event,
    "systems": System,
    "organizations": Organization,
    "people": Person,
    "quotes": Quote,
    "attributions": Attribution,
}
ID_PREFIX: dict[str, str] = {
    "places": "pl",
    "figures": "fg",
    "events": "ev",
    "systems": "sy",
    "organizations": "or",
    "people": "pe",
    "quotes": "qu",
    "attributions": "at",
}
