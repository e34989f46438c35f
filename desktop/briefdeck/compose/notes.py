"""Words for slides: a fact said in one line, its source sentence for the speaker notes, and
text made safe to put in a file (no control characters, one line, bounded length)."""

from __future__ import annotations

import re
from typing import Any

from briefdeck.compose.abbreviations import ABBREVIATION
from briefdeck.compose.coordinates import without_coordinates
from briefdeck.compose.figure_words import figure_words
from briefdeck.compose.printable_words import printable
from briefdeck.compose.source_names import source_name
from briefdeck.model.briefing import Briefing
from briefdeck.model.grades import CREDIBILITY, reliability_words
from briefdeck.model.tolls import event_toll, in_brackets

# C0/C1 controls and the non-characters XML refuses; tabs and newlines become spaces.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n\s*\n")
# "Calloway Global Services, Inc. (the "Company") issued ...": a company's suffix, no sentence
# end where a lower-case word or a bracket goes on (a sentence may end with "Inc." too)
_COMPANY = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Plc|plc|LLC|L\.L\.C|S\.A|N\.V)\.$")
MAX_TEXT = 2000  # a bullet or note line longer than this is cut: nobody reads it on a slide
MAX_SENTENCE = 600



def clean(text: object, limit: int = MAX_TEXT) -> str:
    """One line of plain text, safe for OOXML, at most `limit` characters."""
    value = printable(_CONTROL.sub("", str(text or "")))  # no emoji boxes on a slide
    value = _SPACE.sub(" ", value).strip()
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def system_where(place: str, briefing: Briefing | None = None) -> str:
    """' at Ain al Asad Air Base and Irbil Air Base', ' in Iraq': where a system is, 'in' a
    country or region the briefing's places name as such, 'at' a site."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if not parts:
        return ""
    coarse = {p.name for p in (briefing.facts.places if briefing is not None else [])
              if p.kind in ("country", "region", "province")}
    said = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return (" in " if all(p in coarse for p in parts) else " at ") + said


def describe(kind: str, fact: Any, briefing: Briefing | None = None) -> str:
    """The fact in one line, as a bullet says it (the briefing, when given, tells a system's
    country from its site)."""
    if kind == "places":
        where = ", ".join(x for x in (fact.kind if fact.kind != "other" else "", fact.country) if x)
        return f"{fact.name}" + (f" ({where})" if where else "") + f": {fact.role}"
    if kind == "figures":  # as written: the same words the one-pager leads with
        return figure_words(fact).bullet
    if kind == "events":
        when = fact.date_text or fact.date or "undated"
        what = without_coordinates(fact.summary) or fact.kind
        from briefdeck.charts.event_names import (  # (charts import compose)
            place_once,
            table_row,
            what_happened_where,
        )

        if table_row(what):  # a sheet's raw row: what happened where
            what = what_happened_where(fact)

        place = place_once(fact.place)
        where = f" at {place}" if place and place not in what else ""
        hurt = event_toll(fact)
        return f"{when}: {what}{where}" + (f" {in_brackets(hurt)}" if hurt else "")
    if kind == "systems":
        extra = ", ".join(x for x in (fact.category, fact.posture) if x and x != "mentioned")
        return f"{fact.name}" + (f" ({extra})" if extra else "") + system_where(fact.place,
                                                                                  briefing)
    if kind == "organizations":  # an alias that differs only in case tells the reader nothing
        other = [a for a in fact.aliases if a.casefold() != fact.name.casefold()]
        return fact.name + (f" ({', '.join(other)})" if other else "")
    if kind == "people":  # the organization once: not again when the title names it
        org = fact.organization if fact.organization.casefold() not in fact.title.casefold() else ""
        role = ", ".join(x for x in (fact.title, org) if x)
        return fact.name + (f", {role}" if role else "")
    if kind == "quotes":
        return f"“{fact.text}”" + (f" ({fact.speaker})" if fact.speaker else "")
    if kind == "attributions":
        return f"{fact.text} ({attribution_kind(fact.kind, fact.count)})"
    return str(getattr(fact, "id", fact))


_PLURAL = {"spokesperson": "spokespeople", "other": "other sources"}


def attribution_kind(kind: str, count: int | None) -> str:
    """'spokesperson', or '3 anonymous officials' when the phrase speaks for more than one."""
    if not count or count <= 1:
        return kind
    return f"{count} {_PLURAL.get(kind, kind + 's')}"


def finished_words(text: str, source_text: str, end: int) -> str:
    """A fact's words cut inside a word of its source ('staff relocat') end in an ellipsis."""
    if 0 < end < len(source_text) and source_text[end].isalnum() and source_text[end - 1].isalnum():
        return text.rstrip() + "…"
    return text




def split_sentences(text: str) -> list[str]:
    """Sentences of a narrative paragraph, not split after abbreviations such as 'U.S.'."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if out and piece[:1].strip() and (ABBREVIATION.search(out[-1].rstrip()) or
                                          _COMPANY.search(out[-1].rstrip()) and
                                          (piece[:1].islower() or piece[:1] in "([")):
            out[-1] = f"{out[-1].rstrip()} {piece}"
        else:
            out.append(piece)
    return out


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) holding text[start:end], widened to the nearest sentence ends."""
    left, right = sentence_bounds(text, start, end)
    return clean(text[left:right], MAX_SENTENCE)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence(s) holding text[start:end] begin and end."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    window = max(0, start - MAX_SENTENCE)
    # No sentence end in the window: a run-on sentence; start a little before the words
    # (from 0 it showed the document's opening instead, and cleaning it all was quadratic).
    left = 0 if window == 0 else start - MAX_SENTENCE // 4
    for match in _SENTENCE_END.finditer(text, window, start):
        if _ends_sentence(text, match.start()):
            left = match.end()
    right = min(len(text), end + MAX_SENTENCE)
    for match in _SENTENCE_END.finditer(text, end, right):
        if _ends_sentence(text, match.start()):
            right = match.start()
            break
    return left, right


def _ends_sentence(text: str, at: int) -> bool:
    return text[at - 1 : at] == "\n" or not ABBREVIATION.search(text[max(0, at - 12) : at])


def evidence(briefing: Briefing, kind: str, fact: Any) -> str:
    """Where a fact comes from, for the speaker notes: its source sentence and grades."""
    prov = fact.provenance
    source = briefing.source(prov.source) if prov else None
    if source is not None and source.text and prov is not None:
        words = "“" + sentence_around(source.text, prov.start, prov.end) + "”"
    else:
        own = clean(fact.note) if getattr(fact, "note", "") else ""
        words = clean(describe(kind, fact, briefing)) + (f". Analyst note: {own}" if own else "")
        words += " (source text not kept in the briefing)"
    grades = []
    if source is not None:
        grades.append(cite(source))
    if fact.credibility:
        grades.append(f"credibility {fact.credibility} ({CREDIBILITY[fact.credibility]})")
    return words + (f" [{'; '.join(grades)}]" if grades else "")


def source_when(source: Any) -> str:
    """The source's ISO day, or a monthly issue's month ('2026-12': no day is invented)."""
    return source.published or source.issue_month


def cite(source: Any) -> str:
    who = clean(source_name(source)) or "unnamed source"
    when = f", {source_when(source)}" if source_when(source) else ""
    return f"{who}{when}; {reliability_words(source.reliability)}"
