"""The one-page read-ahead's outline: what goes on the page and how much each fact matters.

Pure data, no reportlab. The PDF writer measures the page and keeps the heaviest facts that
fit, then shows them in reading order (events by date, then places, systems, figures, quotes).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from briefdeck.charts import ChartSet, build_charts
from briefdeck.charts.event_names import summary_words, table_row, what_happened_where
from briefdeck.charts.unworded_lines import unworded
from briefdeck.compose.coordinates import without_coordinates
from briefdeck.compose.dtg import dtg
from briefdeck.compose.figure_words import bare_words, figure_words_in
from briefdeck.compose.notes import sentence_around
from briefdeck.compose.portion_marks import portion_mark
from briefdeck.compose.quote_words import quote_words
from briefdeck.compose.selection import Selection, select_facts
from briefdeck.compose.shouted_lines import drafted_names, sentence_cased
from briefdeck.compose.situation_points import (
    figure_line,
    says_nothing_alone,
    situation_choice,
    told_fuller,
)
from briefdeck.compose.source_names import shown_headline, source_name
from briefdeck.compose.source_status import status_words
from briefdeck.compose.table_cells import cell_figure
from briefdeck.compose.title_words import shown_title
from briefdeck.compose.told_above import told_above
from briefdeck.compose.working_remarks import working_remark
from briefdeck.extract.lede_clause import leans_on_earlier
from briefdeck.extract.party_words import party_word
from briefdeck.model.briefing import Briefing
from briefdeck.model.date_words import day_label as day_label  # re-exported
from briefdeck.model.date_words import event_date_label as event_date_label  # re-exported
from briefdeck.model.date_words import source_date_label
from briefdeck.model.grades import grade_mark
from briefdeck.model.marking import banner_text
from briefdeck.model.tolls import claim_words, toll_words

MAP_ASPECT = 1.25  # width / height of the page's map box; the chart spec is framed for it

# Weights: trimming drops the lightest first. Events that hurt people, on a known date, matter
# most; places where forces move or were attacked; systems in place or on their way; figures;
# quotes. Context-only places and systems come last.
_ROLE_WEIGHT = {"attack target": 82, "withdrawal": 80, "reinforcement": 80, "mentioned": 15}
_POSTURE_WEIGHT = {
    "deployed": 76, "arriving": 76, "used by adversary": 58, "requested": 52, "mentioned": 20,
}
_ROLE_WORDS = {
    "withdrawal": "forces leaving",
    "reinforcement": "reinforced",
    "attack target": "attacked",
    "mentioned": "mentioned",
}
_KIND_ORDER = ("events", "places", "systems", "figures", "quotes")


@dataclass(frozen=True)
class KeyFact:
    fact_id: str
    kind: str  # fact list name: events, places, systems, figures, quotes
    mark: str  # portion mark: U, CUI, C, S, TS
    lead: str  # the opening words, set in bold: a date, a name, a number
    text: str  # the rest of the line, plain text (the writer escapes it)
    weight: int  # importance; the page keeps the heaviest facts that fit
    order: tuple[Any, ...]  # reading-order key among the facts kept
    grade: str = ""  # admiralty grade, source reliability + credibility: "B2"
    # between the bold lead and the text: a dash, or the sentence's own space or comma when the
    # text goes on from the lead ('Three crew members were hurt', not '... members — were hurt')
    joiner: str = " \u2014 "


@dataclass(frozen=True)
class SourceLine:
    outlet: str
    headline: str
    published: str  # "16 Mar 2020" or ""
    reliability: str  # A-F, or "" when not yet graded
    status: str = ""  # 'the source is marked DRAFT - FOR REVIEW ONLY', or ""


@dataclass(frozen=True)
class PageOutline:
    banner: str  # classification banner, with "// DRAFT" when drafts are shown
    marking: str  # highest portion mark on the page
    draft: bool
    title: str
    as_of: str  # date-time group, "161800ZMAR20"
    prepared_by: str
    bluf: str
    key_points: tuple[str, ...]
    outlook: str
    facts: tuple[KeyFact, ...]  # most important first
    charts: ChartSet
    chart: str  # the chart beside the map: "timeline", "figures" or "" (none)
    sources: tuple[SourceLine, ...]

    def reading_order(self, kept: list[KeyFact] | tuple[KeyFact, ...]) -> list[KeyFact]:
        return sorted(kept, key=lambda f: f.order)


def page_outline(briefing: Briefing, include_drafts: bool = False, *,
                 map_aspect: float = MAP_ASPECT, charts: ChartSet | None = None) -> PageOutline:
    selection = select_facts(briefing, include_drafts)
    if charts is None:
        charts = build_charts(briefing, include_drafts, selection=selection, aspect=map_aspect)
    meta, story = briefing.meta, briefing.narrative
    facts = rank_facts(briefing, selection)
    # (a quote that took a figure's line tells that figure: rank_facts gave it the figure's rank)
    figures = [f for f in facts if f.kind == "figures" or
               (f.kind == "quotes" and f.weight > _QUOTE_WEIGHT)]
    points, telling = situation_choice([p.strip() for p in story.key_points if p.strip()],
                                       [figure_line(f.lead, f.text) for f in figures])
    # a figure whose drafted point went for it stands first, so a page short of room keeps it
    pinned = [figures[i] for i in sorted(telling)]
    facts = pinned + [f for f in facts if all(f is not p for p in pinned)]
    above = [shown_title(briefing), story.bluf]  # a figure's line that is one of them again
    facts = [f for f in facts if f.kind != "figures" or not (
        told_above(f.text, above) or told_above(f"{f.lead}{f.joiner}{f.text}", above))]
    facts = _cased(briefing, selection, facts)
    return PageOutline(
        banner=banner_text(selection.marking, draft=selection.draft),
        marking=selection.marking,
        draft=selection.draft,
        title=shown_title(briefing),
        as_of=dtg(meta.as_of),
        prepared_by=meta.prepared_by.strip(),
        bluf=story.bluf.strip(),
        key_points=tuple(points),
        outlook=story.outlook.strip(),
        facts=tuple(facts),
        charts=charts,
        chart=_chart_choice(charts),
        sources=tuple(
            SourceLine(source_name(s), shown_headline(s),
                       source_date_label(s.published, s.issue_month),
                       s.reliability, status_words(s.text))
            for s in briefing.sources
        ),
    )


def _cased(briefing: Briefing, selection: Selection, facts: list[KeyFact]) -> list[KeyFact]:
    """A figure's or a quote's line from a log in capitals, in sentence case."""
    sources = {s.id: s.text or "" for s in briefing.sources}
    texts = {f.id: sources.get(f.provenance.source, "") for kind in ("figures", "quotes")
             for f in selection.of(kind) if f.provenance is not None}
    names = drafted_names(briefing)
    return [replace(f, lead=sentence_cased(f.lead, texts[f.fact_id], drafted=names),
                    text=sentence_cased(f.text, texts[f.fact_id], opening=f.joiner == " \u2014 ",
                                        drafted=names))
            if f.fact_id in texts else f for f in facts]


def _goes_on(said: Any) -> str:
    """The words between a figure's lead and its text when the text is the rest of the
    lead's own sentence (the lead opens it), else the dash."""
    clause = said.clause.removeprefix("\u2026")
    if said.rest or not said.context or not clause.casefold().startswith(said.lead.casefold()):
        return " \u2014 "
    after = clause[len(said.lead):]
    gap = after[:len(after) - len(after.lstrip(" ,"))]
    return gap if gap.strip() else " "


def rank_facts(briefing: Briefing, selection: Selection) -> list[KeyFact]:
    """The key-fact lines of the selection, heaviest first (ties keep reading order)."""
    reliability = {s.id: s.reliability for s in briefing.sources}
    found: list[KeyFact] = []
    # each figure's (or quote's) line, the sentence it came from, and where it stands in `found`
    told_lines: list[tuple[str, str, int]] = []
    for kind_no, kind in enumerate(_KIND_ORDER):
        for index, fact in enumerate(selection.of(kind)):
            if kind == "figures":  # in the report's words, with the clause it came from
                said = figure_words_in(briefing, fact)
                if fact.provenance is not None and (said.fragment or says_nothing_alone(
                        f"{said.lead} {said.context}")):
                    continue
                # (a particulars table's cells after the report's sentences: table_cells.py)
                lead, text, weight = said.lead, said.context, 50 if fact.label else 45
                within = (cell_figure(briefing, fact),)
                joiner = _goes_on(said)
            else:
                lead, text, weight, within = _describe(kind, fact)
                joiner = " \u2014 "
                if kind == "quotes":  # a fragment in the sentence that quotes it
                    text = quote_words(briefing, fact)
                    if fact.speaker and text.startswith(f"{lead} "):  # 'X claimed "..."'
                        text, joiner = text[len(lead) + 1:], " "
            key = KeyFact(fact_id=fact.id, kind=kind, mark=portion_mark(briefing, fact),
                          lead=lead, text=text,
                          weight=weight, order=(kind_no, *within, index),
                          grade=_grade(fact, reliability), joiner=joiner)
            where = _sentence_of(briefing, fact) if kind in ("figures", "quotes") else ""
            if where and kind == "quotes" and fact.speaker:
                # a figure's line all inside a quote of its sentence: the quote says it, and
                # whose words they are ('FOUR CREW HURT' once, under the speaker's name)
                said_by = _unquoted(f"{lead}{joiner}{text}")
                dropped = {id(found[place]) for seen, said_in, place in told_lines
                           if said_in == where and found[place].kind == "figures"
                           and _figure_said(found[place]) in said_by}
                if dropped:  # (the quote ranks as the figure did, so the page keeps it)
                    key = replace(key, weight=max([key.weight] + [
                        f.weight for f in found if id(f) in dropped]))
                    kept = [f for f in found if id(f) not in dropped]
                    moved = {id(f): n for n, f in enumerate(kept)}
                    told_lines = [(seen, said_in, moved[id(found[place])])
                                  for seen, said_in, place in told_lines
                                  if id(found[place]) not in dropped]
                    found = kept
            if where:
                # two figures (or quoted fragments) of one sentence, one's line all inside
                # the other's: one key fact, the fuller line where the first stood
                line = bare_words(text or lead)
                at = next((n for n, (seen, said_in, place) in enumerate(told_lines)
                           if said_in == where and (line in seen or seen in line)
                           and (kind != "quotes" or found[place].lead == key.lead)),
                          None)  # a quote's only with the same speaker's
                if at is not None:
                    seen, _, place = told_lines[at]
                    if len(line) > len(seen):
                        found[place] = replace(key, order=found[place].order)
                        told_lines[at] = (line, where, place)
                    continue
                told_lines.append((line, where, len(found)))
            found.append(key)
    found.sort(key=lambda f: (-f.weight, f.order))
    lines = [f"{f.lead} {f.text}" if f.kind == "figures" else "" for f in found]
    return [f for f, line in zip(found, lines, strict=True)
            if f.kind != "figures" or not told_fuller(line, lines)]


_QUOTE_WEIGHT = 40
_QUOTE_MARKS = str.maketrans("", "", "\"“”‘’")


def _unquoted(line: str) -> str:
    """A line's words without quote marks, for finding a figure's words inside a quote."""
    return bare_words(line.translate(_QUOTE_MARKS))


def _figure_said(line: KeyFact) -> str:
    """A figure line's words; its text alone when that already holds the amount."""
    said = _unquoted(line.text)
    return said if _unquoted(line.lead) in said else _unquoted(f"{line.lead} {line.text}")


def _sentence_of(briefing: Briefing, fact: Any) -> str:
    """The source sentence a fact came from ('' when the briefing did not keep its text)."""
    prov = fact.provenance
    source = briefing.source(prov.source) if prov is not None else None
    if source is None or not source.text:
        return ""
    return f"{prov.source}:{sentence_around(source.text, prov.start, prov.end)}"


def _describe(kind: str, fact: Any) -> tuple[str, str, int, tuple[Any, ...]]:
    """(lead, text, weight, reading-order key within its kind) for one fact."""
    if kind == "events":
        return _event(fact)
    if kind == "places":
        words = [_ROLE_WORDS.get(fact.role, fact.role)]
        where = ", ".join(p for p in (fact.kind if fact.kind != "other" else "", fact.country) if p)
        text = f"{words[0]} ({where})" if where else words[0]
        if fact.lat is None or fact.lon is None:
            text += "; not on the map"  # so the reader does not look for it there
        roles = list(_ROLE_WEIGHT)
        return fact.name, text, _ROLE_WEIGHT.get(fact.role, 15), (roles.index(fact.role),)
    if kind == "systems":
        parts = [p for p in (fact.posture, fact.category) if p and p != "mentioned"]
        text = ", ".join(parts) or "mentioned"
        if fact.place:
            text += f" \u2014 {fact.place}"
        postures = list(_POSTURE_WEIGHT)
        return fact.name, text, _POSTURE_WEIGHT.get(fact.posture, 20), (
            postures.index(fact.posture) if fact.posture in postures else len(postures),)
    # quotes (figures are told in their own words by rank_facts)
    lead = fact.speaker or "Unattributed"
    return lead, f"\u201c{fact.text}\u201d", _QUOTE_WEIGHT, ()


def _event(ev: Any) -> tuple[str, str, int, tuple[Any, ...]]:
    killed, wounded, parties = _casualties(ev)
    # The report's "at least" stays with its own number; a sum of the parties is exact.
    hurt = toll_words(killed, ev.killed_qualifier if killed == ev.killed else "exact",
                      wounded, ev.wounded_qualifier if wounded == ev.wounded else "exact",
                      " and ")
    # (an INTSUM's "1.4 A Kurdish official ...": the paragraph number is not its words)
    text = without_coordinates(summary_words(ev.summary)) or ev.kind.capitalize()
    if working_remark(text) or table_row(text) or unworded(text) or \
            (leans_on_earlier(text) and ev.place):
        # 'Quick summary on ... for the client note', a sheet's raw row, a log's capitals
        # row, a paper's purpose line, 'Its aircraft struck ...' (whose?): what happened where
        text = what_happened_where(ev)
    if ev.place and not _names_place(text, ev.place):
        text += f" ({ev.place})"
    if hurt:
        # who was hurt and whose claim the toll is (when only a party to the fight gives it),
        # in one pair of brackets: "2 killed (PMF; according to X)"
        told = "; ".join(w for w in (parties, claim_words(ev.toll_claimed_by)) if w)
        text += "; " + hurt + (f" ({told})" if told else "")
    weight = 60 + (30 if hurt else 0) + (10 if ev.date else 0)
    lead = event_date_label(ev.date, ev.date_precision) or ev.date_text or "Undated"
    return lead, text, weight, (ev.date is None, ev.date or "")


def _names_place(text: str, place: str) -> bool:
    """Does the summary already name the place? ('Camp Taji' in '... hit Camp Taji')."""
    words = [w for w in place.replace(",", " ").split() if len(w) >= 4] or place.split()
    return bool(words) and words[0].casefold() in text.casefold()


def _casualties(ev: Any) -> tuple[int, int, str]:
    """Killed, wounded and 'U.S. 2, U.K. 1' by party; the parties' sum wins when given."""
    if ev.casualties:
        killed = sum(c.killed for c in ev.casualties)
        wounded = sum(c.wounded for c in ev.casualties)
        hurt = [c for c in ev.casualties if c.killed + c.wounded]
        if len(hurt) == 1:  # one party: its name is enough, the numbers are the totals
            # (and a party the report does not name says nothing: "2 killed", not "(unspecified)")
            parts = [party_word(hurt[0].party)] if _named_party(hurt[0].party) else []
        elif killed and wounded:  # each party's dead and wounded apart, so the parts add
            # up to the toll before them: '1 killed and 3 wounded (U.S.: 2 wounded)', never
            # 'U.S. 2' after '3 wounded'; the hurt the report gives no party say nothing (the
            # extractor's "unspecified" is its word, not the report's, and "others" may be of
            # a party named beside them)
            return max(killed, ev.killed or 0), max(wounded, ev.wounded or 0), "; ".join(
                f"{party_word(c.party)}: {toll_words(c.killed, 'exact', c.wounded, 'exact')}"
                for c in hurt if _named_party(c.party))
        else:  # ('3 wounded (U.S. 2)': the rest of the hurt the report gives no party)
            parts = [f"{party_word(c.party)} {c.killed + c.wounded}" for c in hurt
                     if _named_party(c.party)]
        return max(killed, ev.killed or 0), max(wounded, ev.wounded or 0), ", ".join(parts)
    return ev.killed or 0, ev.wounded or 0, ""


def _named_party(party: str) -> bool:
    return party.strip().casefold() not in ("", "unspecified", "unknown")


def _grade(fact: Any, reliability: dict[str, str]) -> str:
    if fact.credibility is None:
        return ""
    source = fact.provenance.source if fact.provenance else None
    return grade_mark(reliability.get(source, "") if source else "", fact.credibility)


def _chart_choice(charts: ChartSet) -> str:
    if len(charts.timeline.items) >= 2:
        return "timeline"
    if not charts.figures.empty:
        return "figures"
    return "timeline" if charts.timeline.items else ""
