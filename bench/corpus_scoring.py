"""Matching drafted facts to the hand-written expected ones, kind by kind, and scoring them.

Used by bench/extraction_quality.py; the rules are described in tests/extract/corpus/README.md.
Facts may be model objects or plain dicts (the tests feed dicts).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from briefdeck.model.facts import FACT_KINDS

KINDS = tuple(FACT_KINDS)  # the briefing's fact lists, in the model's order
PLACED_KM = 25.0  # a place is "placed" when its coordinates are this close to the truth
NAME_RATIO = 85  # rapidfuzz ratio (0-100) above which two normalised names are the same

# ---------------------------------------------------------------- normalising words


def norm(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: 'Ain al-Asad' -> 'ain al asad'."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\bu\.\s?s\.", "us", text)
    text = re.sub(r"\bu\.\s?k\.", "uk", text)
    text = re.sub(r"[\u2018\u2019\u02bc']", "", text)  # apostrophes join: Qa'im -> qaim
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


def names_match(got: str, expected: list[str]) -> bool:
    """True when `got` is one of the expected spellings, allowing small spelling slips and
    extra words around a name of two or more words ('Marine Gen. Frank McKenzie')."""
    a = norm(got)
    if not a:
        return False
    for name in expected:
        b = norm(name)
        if not b:
            continue
        if a == b or fuzz.ratio(a, b) >= NAME_RATIO:
            return True
        shorter = a if len(a) < len(b) else b
        if len(shorter.split()) >= 2 and fuzz.token_set_ratio(a, b) >= 95:
            return True
    return False


def surname_match(got: str, expected: str) -> bool:
    """Speakers: the expected surname (last word) is a word of the drafted speaker, or the
    two names are fuzzily the same."""
    a, b = norm(got), norm(expected)
    if not a or not b:
        return False
    return (b.split()[-1] in a.split() or names_match(got, [expected])
            or _initials_of(expected, got) or _initials_of(got, expected))


_MINOR = frozenset({"of", "the", "and", "for", "al", "el"})


def _initials_of(short: str, long: str) -> bool:
    """Is short the initials of long ("IDF" of "Israel Defense Forces")? A body quoted by
    its name or its acronym is one speaker."""
    short = short.strip()
    words = [w for w in re.findall(r"[A-Za-z]+", long) if w.lower() not in _MINOR]
    return (short.isupper() and 2 <= len(short) <= 6 and len(words) >= 2
            and "".join(w[0] for w in words).upper() == short)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


# Units that name the same thing; the first word is the canonical one.
UNIT_GROUPS = [
    [
        "troop",
        "soldier",
        "personnel",
        "service member",
        "servicemember",
        "force",
        "marine",
        "sailor",
        "airman",
        "airmen",
        "service personnel",
        "staff",
    ],
    ["usd", "dollar", "us dollar", "$"],
    ["gbp", "pound", "pounds", "£"],
    ["eur", "euro", "euros", "€"],
    ["km", "kilometer", "kilometre"],
    ["m", "meter", "metre"],  # "40 meters" drafted as its symbol
    ["nautical mile", "nm", "nmi"],  # before "mile": "55 NM" and "55 nautical miles" are one
    ["mile", "mi"],
    ["drone", "uav", "uas", "unmanned aerial vehicle", "unmanned aerial system",
     "unmanned aircraft system", "one way attack drone"],
    ["missile", "ballistic missile", "cruise missile"],
    ["rocket"],
    [
        "people",
        "person",
        "civilian",
        "casualty",
        "casualties",
        "dead",
        "killed",
        "wounded",
        "injured",  # the report's own word: writers of the expected files used both
        "hurt",
        "other",
    ],
    ["percent", "%", "per cent"],
    ["bpd", "barrels per day", "barrels a day", "b/d"],  # oil output: one unit, three spellings
]


def _singular(phrase: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in phrase.split())


# Nouns of happenings: "rocket attacks" counts attacks, not rockets, so the weapon before such a
# head does not reduce the unit to the weapon's group ("20 rocket attacks" ~ "20 attacks").
_EVENT_HEADS = {"attack", "strike", "launche", "salvo", "barrage", "raid", "sortie", "incident"}


# A toll word after the noun says what happened to those counted, not what is counted.
_TOLL_TAILS = {"killed", "wounded", "injured", "dead", "hurt"}


def canonical_unit(unit: str) -> str:
    raw = (unit or "").strip().lower()
    if raw in ("$", "%", "£", "€"):
        raw = {"$": "usd", "%": "percent", "£": "gbp", "€": "eur"}[raw]
    elif raw[:2] in ("$ ", "£ ", "€ ", "% "):  # "$ a barrel": a price per barrel in dollars;
        # "% of hull value": a percentage of what the writer named
        raw = {"$": "usd", "£": "gbp", "€": "eur", "%": "percent"}[raw[0]] + raw[1:]
    words = f" {_singular(norm(raw))} "
    if words.split() and words.split()[-1] in _EVENT_HEADS:
        return words.strip()
    if len(words.split()) > 1 and words.split()[-1] in _TOLL_TAILS:
        words = words.rsplit(" ", 2)[0] + " "  # "seafarers killed" counts seafarers
    for group in UNIT_GROUPS:
        for synonym in group:
            # a one-letter symbol is the unit only alone: "m", not the M of "Iskander-M"
            if len(synonym) == 1 and synonym.isalpha() and words.strip() != synonym:
                continue
            if f" {_singular(norm(synonym))} " in words:
                return group[0]
    return words.strip()


def units_compatible(got: str, expected: str) -> bool:
    if not norm(expected):
        return True
    a, b = canonical_unit(got), canonical_unit(expected)
    if not a:
        return False
    return a == b or set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())


# ---------------------------------------------------------------- one matcher per kind


@dataclass
class Context:
    """What some matchers need beyond the fact itself: the article text."""

    text: str = ""


def _attr(fact: Any, name: str, default: Any = None) -> Any:
    if isinstance(fact, dict):
        return fact.get(name, default)
    return getattr(fact, name, default)


def _span_text(fact: Any, ctx: Context) -> str:
    prov = _attr(fact, "provenance")
    if prov is None:
        return ""
    return ctx.text[_attr(prov, "start", 0) : _attr(prov, "end", 0)]


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def match_place(got: Any, exp: dict, ctx: Context) -> bool:
    return names_match(_attr(got, "name", ""), [exp["name"], *exp.get("aliases", [])])


def is_placed(got: Any, exp: dict) -> bool:
    lat, lon = _attr(got, "lat"), _attr(got, "lon")
    if lat is None or lon is None or exp.get("lat") is None:
        return False
    return haversine_km(lat, lon, exp["lat"], exp["lon"]) <= PLACED_KM


def match_figure(got: Any, exp: dict, ctx: Context) -> bool:
    return (
        _same_number(_attr(got, "value"), exp["value"])
        and _same_number(_attr(got, "value_high"), exp.get("value_high"))
        and units_compatible(_attr(got, "unit", ""), exp.get("unit", ""))
    )


def _count(fact: Any, name: str) -> int:
    """Killed or wounded of a drafted event: the field, else the sum of its casualty rows;
    'not given' counts as 0 (an article that names no dead has none to extract)."""
    value = _attr(fact, name)
    if value is None:
        rows = _attr(fact, "casualties") or []
        value = sum(_attr(r, name, 0) or 0 for r in rows)
    return int(value or 0)


def match_event(got: Any, exp: dict, ctx: Context) -> bool:
    dates = {exp.get("date") or "", *exp.get("date_ok", [])}  # date_ok: other fair readings
    return (
        (_attr(got, "date") or "") in dates
        and _count(got, "killed") == int(exp.get("killed") or 0)
        and _count(got, "wounded") == int(exp.get("wounded") or 0)
    )


def match_named(got: Any, exp: dict, ctx: Context) -> bool:
    """By its name or by any spelling the drafted fact records ("Government of Iraq" with the
    alias "Iraqi government" is the Iraqi government)."""
    wanted = [exp["name"], *exp.get("aliases", [])]
    return any(names_match(name, wanted)
               for name in [_attr(got, "name", ""), *(_attr(got, "aliases") or [])])


def match_quote(got: Any, exp: dict, ctx: Context) -> bool:
    text = norm(_attr(got, "text", ""))
    start = norm(exp["starts_with"])
    return (
        bool(start)
        and text.startswith(start)
        and surname_match(_attr(got, "speaker", ""), exp["speaker"])
    )


def _source_count(kind: str | None, count: int | None) -> int | None:
    """Only anonymous officials come in unknown numbers ('officials said'); a named person, a
    spokesperson, a document or an outlet is one source whether or not the count says so."""
    return 1 if count is None and kind != "anonymous official" else count


def match_attribution(got: Any, exp: dict, ctx: Context) -> bool:
    kind = _attr(got, "kind")
    if kind != exp["kind"]:
        return False
    if _source_count(kind, _attr(got, "count")) != _source_count(kind, exp.get("count")):
        return False
    phrase = norm(exp.get("contains") or "")
    if not phrase:
        return True
    return any(
        fuzz.partial_ratio(phrase, norm(t)) >= 90
        for t in (_attr(got, "text", ""), _span_text(got, ctx))
        if t
    )


MATCHERS = {
    "places": match_place,
    "figures": match_figure,
    "events": match_event,
    "systems": match_named,
    "organizations": match_named,
    "people": match_named,
    "quotes": match_quote,
    "attributions": match_attribution,
}


def describe(kind: str, fact: Any) -> str:
    """One short line naming a fact, for --verbose."""
    a = lambda n: _attr(fact, n)  # noqa: E731
    if kind == "places":
        return f"{a('name')} ({a('lat')}, {a('lon')})"
    if kind == "figures":
        high = f"-{a('value_high')}" if a("value_high") is not None else ""
        return f"{a('value')}{high} {a('unit')} [{a('qualifier')}]"
    if kind == "events":
        return (
            f"{a('date')} {a('kind')} at {a('place')} killed={a('killed')} wounded={a('wounded')}"
        )
    if kind == "quotes":
        start = a("starts_with") or (a("text") or "")[:50]
        return f"{a('speaker')}: {start!r}"
    if kind == "attributions":
        return f"{a('kind')} x{a('count')} {(a('contains') or a('text') or '')[:60]!r}"
    return str(a("name"))


# ---------------------------------------------------------------- scoring


@dataclass
class KindScore:
    expected: int = 0
    found: int = 0  # expected facts matched by some drafted fact
    drafted: int = 0
    correct: int = 0  # drafted facts that match some expected fact
    placed: int = 0  # places only: found and within PLACED_KM
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def add(self, other: KindScore) -> None:
        for name in ("expected", "found", "drafted", "correct", "placed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float | None:
        return self.found / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.drafted if self.drafted else None


def score_kind(
    kind: str,
    drafted: list[Any],
    expected: list[dict],
    text: str = "",
    tolerated: list[dict] | None = None,
) -> KindScore:
    """Match drafted facts of one kind to the expected ones. Drafted facts that match no
    expected fact but a tolerated one (right but not worth asking for: 'Iraq', a byline) are
    left out of precision altogether."""
    ctx, matcher = Context(text), MATCHERS[kind]
    hit = [False] * len(drafted)
    score = KindScore(expected=len(expected))
    for exp in expected:
        matches = [i for i, got in enumerate(drafted) if matcher(got, exp, ctx)]
        for i in matches:
            hit[i] = True
        if not matches:
            score.misses.append(describe(kind, exp))
            continue
        score.found += 1
        if kind == "places" and any(is_placed(drafted[i], exp) for i in matches):
            score.placed += 1
        elif kind == "places":
            score.misses.append("not placed: " + describe(kind, exp))
    for got, ok in zip(drafted, hit, strict=True):
        if ok:
            score.drafted += 1
            score.correct += 1
        elif not any(matcher(got, t, ctx) for t in tolerated or []):
            score.drafted += 1
            score.false.append(describe(kind, got))
    return score


def boilerplate_status(text: str, spans: list[tuple[int, int]], lines: list[str]) -> list[str]:
    """For each expected boilerplate line: 'flagged' when every occurrence lies inside the
    flagged spans (adjacent spans joined), 'removed' when reading dropped it from the text
    (as good as flagged), else 'missed'."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    result = []
    for line in lines:
        where = [m.start() for m in re.finditer(re.escape(line), text)]
        if not where:
            result.append("removed")
        elif all(any(s <= w and w + len(line) <= e for s, e in merged) for w in where):
            result.append("flagged")
        else:
            result.append("missed")
    return result
