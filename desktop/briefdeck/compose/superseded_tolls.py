"""A toll the report has since raised is no key fact: the latest one is.

A wire's alert series tells one strike's toll three times as it rises ("three killed", then
"Six killed, 11 wounded", then "nine killed, 14 wounded"), and so does a live page or a story
updated in place. The event carries the latest toll; the earlier counts, shown beside it as
key facts, read as more deaths or as the facts of the day. A killed or wounded count gives way
when it is below the toll of an event of the briefing, that toll is said again as a count later
in the report, and no event's toll (nor a party's share of one, nor the sum of all) is that
count: a count of another strike, or a breakdown by victim group ("seven of the dead"), stays.
"""

from __future__ import annotations

import re
from typing import Any

from briefdeck.compose.key_fact_sentences import sentence_end, sentence_start

_KILLED_UNITS = frozenset({"killed", "dead", "deaths", "died", "fatalities", "lives"})
_WOUNDED_UNITS = frozenset({"wounded", "injured", "hurt", "injuries"})
# the measure of a count of people ('killing three people', 'nine people were killed')
_KILLED_WORD = re.compile(r"(?i)\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|lost their lives)\b")
_WOUNDED_WORD = re.compile(r"(?i)\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt)\b")
# a share of a toll, not a toll: 'seven of the dead', 'two of them', 'among the wounded'
_SHARE = re.compile(r"(?i)^\s*(?:of\s+(?:the|them|those|whom)\b|among\b)|"
                    r"\b(?:including|among(?:\s+them)?|of\s+the)\s*$")
_SINCE = re.compile(r"[^.;\n]{0,40}\bsince\b")
_NEAR = 30  # characters either side of a count of people where its measure is said
# a count of a party ('eight SDF members', 'three civilians') is a share or another incident's
# toll: only the toll's own words and a count of people at large are compared with the events
_PEOPLE = frozenset({"people", "persons"})


def _measure(fig: Any, text: str) -> str:
    """'killed', 'wounded', or '' when the figure is no count of the dead or the hurt."""
    unit = (fig.unit or "").casefold()
    if unit in _KILLED_UNITS:
        return "killed"
    if unit in _WOUNDED_UNITS:
        return "wounded"
    prov = fig.provenance
    if not text or prov is None or unit not in _PEOPLE:
        return ""
    lo, hi = sentence_start(text, prov.start), sentence_end(text, prov.end)
    before = text[max(lo, prov.start - _NEAR):prov.start]
    after = text[prov.end:min(hi, prov.end + _NEAR)]
    near = []  # (distance, measure) of the measure words around the count
    for word, measure in ((_KILLED_WORD, "killed"), (_WOUNDED_WORD, "wounded")):
        near += [(len(before) - m.end(), measure) for m in word.finditer(before)]
        near += [(m.start(), measure) for m in word.finditer(after)]
    return min(near)[1] if near else ""


def _a_share(fig: Any, text: str) -> bool:
    """A share of a toll, or a running count ('killed 24 people since Tuesday')."""
    prov = fig.provenance
    after = text[prov.end:prov.end + 20].split(",")[0]
    return _SINCE.match(text, prov.end) is not None or _SHARE.search(after) is not None or \
        _SHARE.search(text[max(0, prov.start - 20):prov.start]) is not None


def _sums(counts: list[int]) -> set[int]:
    """Every total of some of the counts (small ones: a wider count is no revision)."""
    reach = 1
    for count in counts:
        if 0 < count <= _SUM_MAX:
            reach |= reach << count
    reach &= (1 << (_SUM_MAX + 1)) - 1
    return {n for n in range(1, _SUM_MAX + 1) if reach >> n & 1}


_SUM_MAX = 500


def latest_tolls(briefing: Any, figures: list[Any], events: list[Any]) -> list[Any]:
    """The figures without the killed and wounded counts the report has since raised."""
    told: dict[str, set[int]] = {"killed": set(), "wounded": set()}  # every event's counts
    tolls: dict[str, set[int]] = {"killed": set(), "wounded": set()}  # the events' own tolls
    from briefdeck.charts.news import news_events  # (the charts package imports selection)

    news = {id(ev) for ev in news_events(events)}  # a toll years back revises nothing today
    for ev in events:
        for measure in told:
            count = getattr(ev, measure) or 0
            if count:
                told[measure].add(count)
                if id(ev) in news:
                    tolls[measure].add(count)
            told[measure].update(getattr(c, measure) for c in ev.casualties)
    if not tolls["killed"] and not tolls["wounded"]:
        return figures
    for measure in told:  # a total of several events ('five killed in a series of strikes')
        told[measure] |= _sums([getattr(ev, measure) or 0 for ev in events])
    said: list[tuple[Any, str, str]] = []  # (figure, measure, its source's text)
    for fig in figures:
        prov = fig.provenance
        source = briefing.source(prov.source) if prov is not None else None
        text = source.text if source is not None and source.text else ""
        said.append((fig, _measure(fig, text) if text else "", text))
    # the report's last word on each measure, per source: the toll it ends with
    last: dict[tuple[str, str], tuple[int, float]] = {}
    for fig, measure, text in said:
        # (a running count told after it, "more than 330 killed since the ceasefire", is no
        # later word on this toll: it would hide the revision told before it)
        if measure and not _a_share(fig, text):
            key, at = (fig.provenance.source, measure), fig.provenance.start
            if at >= last.get(key, (-1, 0.0))[0]:
                last[key] = (at, fig.value)
    dropped = set()
    for fig, measure, text in said:
        if not measure or fig.value != int(fig.value) or int(fig.value) in told[measure] \
                or _a_share(fig, text):
            continue
        at, latest = last.get((fig.provenance.source, measure), (-1, 0.0))
        # raised since: the report ends on a higher toll, the toll of one of its events
        if latest > fig.value and latest in tolls[measure] and \
                at >= sentence_end(text, fig.provenance.end):
            dropped.add(id(fig))
    return [f for f in figures if id(f) not in dropped]
