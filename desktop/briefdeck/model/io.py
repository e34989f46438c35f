"""Reading and writing `NAME.briefing.json`: validated on load (naming the bad field), saved
atomically, and stable on disk so that users can diff two versions of a briefing."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from briefdeck.collector import collector_paused
from briefdeck.errors import BriefingFormatError
from briefdeck.files import atomic_write
from briefdeck.model.briefing import SCHEMA_VERSION, Briefing
from briefdeck.model.facts import FACT_KINDS

SUFFIX = ".briefing.json"
MAX_BYTES = 200 * 1024 * 1024  # a briefing is text; anything larger is not one of ours


def to_dict(briefing: Briefing) -> dict[str, Any]:
    return briefing.model_dump(mode="json")


def to_json(briefing: Briefing) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n"


def from_dict(data: Any, path: str | None = None) -> Briefing:
    if not isinstance(data, dict):
        raise BriefingFormatError("", "a briefing must be a JSON object", path)
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BriefingFormatError("schema_version", "missing or not a whole number", path)
    if version > SCHEMA_VERSION:
        raise BriefingFormatError(
            "schema_version",
            f"version {version} is newer than this briefdeck reads ({SCHEMA_VERSION}); "
            "update briefdeck to open it",
            path,
        )
    if version < 1:
        raise BriefingFormatError(
            "schema_version", f"version {version} is not a valid version", path
        )
    if version == 1:
        data = _from_version_1(data)
    elif version < SCHEMA_VERSION:
        data = _from_version_2(data)
    try:
        with collector_paused():
            briefing = Briefing.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = _field_path(err["loc"])
        raise BriefingFormatError(field, _reason(err), path) from None
    _check_unique_ids(briefing, path)
    return briefing


def _from_version_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had no way to grade a source, so its "F" was the default, not a judgement:
    it reads as not yet graded (the slides then say so instead of "cannot be judged")."""
    sources = data.get("sources")
    if isinstance(sources, list):
        sources = [{**s, "reliability": ""} if isinstance(s, dict)
                   and s.get("reliability") == "F" else s for s in sources]
        data = {**data, "sources": sources}
    return {**data, "schema_version": SCHEMA_VERSION}


def _from_version_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 could not say who claims a toll: its events read with no claimant (as they
    were shown); versions 2 and 3 could not date a source by its month alone: their sources
    read with none. The file is saved as the current version from then on."""
    return {**data, "schema_version": SCHEMA_VERSION}


def _check_unique_ids(briefing: Briefing, path: str | None) -> None:
    """Edits find facts by id: two facts with one id would let an edit land on the wrong one."""
    for kind in FACT_KINDS:
        seen: set[str] = set()
        for i, fact in enumerate(briefing.facts_of(kind)):
            if fact.id in seen:
                raise BriefingFormatError(
                    f"facts.{kind}[{i}].id", f"duplicate id {fact.id!r}", path
                )
            seen.add(fact.id)


def from_json(text: str, path: str | None = None) -> Briefing:
    try:
        with collector_paused():
            data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefingFormatError(
            "", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", path
        ) from None
    except RecursionError:
        raise BriefingFormatError("", "JSON nested too deeply", path) from None
    return from_dict(data, path)


def load(path: str | os.PathLike[str]) -> Briefing:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise BriefingFormatError(
                "", f"file is {size // 2**20} MB; too large for a briefing", str(p)
            )
        raw = p.read_bytes()
    except OSError as exc:
        raise BriefingFormatError("", f"cannot read: {exc.strerror or exc}", str(p)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefingFormatError("", f"not UTF-8 text (byte {exc.start})", str(p)) from None
    return from_json(text, str(p))


def save(briefing: Briefing, path: str | os.PathLike[str]) -> Path:
    """Save atomically: the previous file stays whole if anything fails."""
    return atomic_write(path, to_json(briefing).encode("utf-8"))




def _field_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _reason(err: Any) -> str:  # pydantic ErrorDetails
    kind = err.get("type", "")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field"
    msg = str(err.get("msg", "invalid value"))
    return msg.removeprefix("Value error, ")
