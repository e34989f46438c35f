"""Fact field values <-> the text shown in tables and forms, and a dry-run validation so a bad
entry is refused with the model's reason before any undo command is pushed."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal

from pydantic import ValidationError

EDITABLE_SKIP = {"id", "provenance", "casualties"}  # edited elsewhere, or not as plain text


def field_annotation(model_cls: type, field: str) -> Any:
    return model_cls.model_fields[field].annotation


def choices(model_cls: type, field: str) -> tuple[str, ...] | None:
    """The allowed values of a Literal field (None for free fields)."""
    ann = field_annotation(model_cls, field)
    if typing.get_origin(ann) is Literal:
        return tuple(str(a) for a in typing.get_args(ann))
    return None


def _optional(ann: Any) -> bool:
    origin = typing.get_origin(ann)
    return origin in (typing.Union, types.UnionType) and type(None) in typing.get_args(ann)


def _is_list(ann: Any) -> bool:
    return typing.get_origin(ann) is list


def _is_number(ann: Any) -> bool:
    args = typing.get_args(ann) if _optional(ann) else (ann,)
    return any(a in (int, float) for a in args)


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:g}"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def edit_text(value: Any) -> str:
    """Like display(), but round-trips (no thousands separators)."""
    if isinstance(value, float):
        return f"{value:.10g}"
    return display(value)


def parse(model_cls: type, field: str, text: Any) -> Any:
    """Text typed by the analyst -> a value for the field (validated later by the model)."""
    if not isinstance(text, str):
        return text
    ann = field_annotation(model_cls, field)
    stripped = text.strip()
    if _is_list(ann):
        return [part.strip() for part in stripped.split(";") if part.strip()]
    if stripped == "" and _optional(ann):
        return None
    if _is_number(ann):
        return stripped.replace(",", "")
    return text


def checked(fact: Any, field: str, value: Any) -> Any:
    """The value the model would store for `field`, or ValueError with the model's reason.
    Works on a shallow copy so the fact itself is untouched."""
    if field not in type(fact).model_fields or field == "id":
        raise ValueError(f"no editable field {field!r}")
    probe = fact.model_copy()
    try:
        setattr(probe, field, parse(type(fact), field, value))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ValueError(str(first["msg"]).removeprefix("Value error, ")) from None
    return getattr(probe, field)
