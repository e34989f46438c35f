"""Article -> draft Briefing: facts of every kind, each tied to the words it came from.

    from briefdeck.extract import draft_briefing
    briefing = draft_briefing(article, published="2020-03-16")

Rule-based and offline: small named tables of patterns per fact kind (one module each), the
gazetteer from briefdeck.geo for places. Every fact is a draft for the analyst to accept.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from briefdeck.collector import collector_paused
from briefdeck.errors import InputError
from briefdeck.extract.attributions import extract_attributions
from briefdeck.extract.date_day_headings import headed_days
from briefdeck.extract.dates import DateMention, find_dates, parse_published
from briefdeck.extract.document_titles import own_title
from briefdeck.extract.earlier_arrivals import with_background_arrivals_deployed
from briefdeck.extract.events import draft_events
from briefdeck.extract.figures import extract_figures
from briefdeck.extract.issue_month_dates import issue_month_end, keep_month_dated
from briefdeck.extract.lede_series import latest_headline
from briefdeck.extract.narrative import draft_narrative
from briefdeck.extract.organizations import extract_organizations
from briefdeck.extract.party_run_tolls import mark_party_run_tolls
from briefdeck.extract.party_told_tolls import mark_party_told_tolls
from briefdeck.extract.people import PeopleIndex, find_people, people_facts
from briefdeck.extract.place_facts import extract_places
from briefdeck.extract.place_roles_from_events import roles_from_events
from briefdeck.extract.places import find_place_mentions
from briefdeck.extract.quotes import extract_quotes
from briefdeck.extract.recased import reading_copy
from briefdeck.extract.sentences import Document, build_document
from briefdeck.extract.systems import extract_systems, find_system_mentions
from briefdeck.ingest.metadata import HEADER_FIELD, OPEN_END, only_a_date
from briefdeck.model import Briefing, Span
from briefdeck.model.briefing import Facts, Meta, Narrative, Source

__all__ = ["draft_briefing", "analyse", "MAX_DRAFT_CHARS"]

# Drafting takes about 6 s and yields about 25,000 facts per million characters; a news
# article is some 10,000. Past this, the user gets a clear refusal instead of minutes of work.
MAX_DRAFT_CHARS = 1_000_000


# A wire desk's slug before a headline ("EXCLUSIVE-", "UPDATE 2-", "WRAPUP 1-") is routing,
# not part of the title a slide should carry.
_WIRE_SLUG = re.compile(r"^(?:EXCLUSIVE|UPDATE|WRAPUP|REFILE|CORRECTED|FACTBOX|ANALYSIS|"
                        r"EXPLAINER|INSIGHT|BREAKINGVIEWS)(?:\s+\d+)?\s*-\s*(?=\S)")


def _headline(article: Any, doc: Document) -> str:
    if getattr(article, "headline", ""):
        return _WIRE_SLUG.sub("", article.headline.strip())
    for sent in doc.sentences[:3]:  # a pasted text: its first short line without a full stop
        line = sent.text.strip()
        if 2 <= len(line.split()) <= 16 and not line.endswith((".", "?", "!", '"', "”", ":")) \
                and _whole_line(doc.text, sent.start, sent.end) and not OPEN_END.search(line) \
                and not HEADER_FIELD.match(line) and not _KICKER.match(line) \
                and not only_a_date(line):
            return _WIRE_SLUG.sub("", line)
    return "Untitled briefing"


# "AIR DEFENSE": a kicker over the headline, not the headline.
_KICKER = re.compile(r"^[A-Z]+(?:\s+[A-Z]+)?$")


def _whole_line(text: str, start: int, end: int) -> bool:
    """Does the sentence fill its line (a title), rather than end a longer one?"""
    before = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    return not text[before:start].strip() and not text[end:after if after >= 0 else None].strip()


def _dates(doc: Document, pub: date) -> list[DateMention]:
    found: list[DateMention] = []
    for sent in doc.sentences:
        found.extend(find_dates(doc.text, pub, sent.start, sent.end))
    return headed_days(doc, found, pub)  # an itinerary's "Sunday, November 22:" headings


_EXPLICIT_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _unresolve_relative_dates(events: list[Any]) -> None:
    """Without a publication date, "on Wednesday" or "in January" has no anchor: a wrong date
    on a slide is worse than none, so such events keep their wording but lose the date."""
    for event in events:
        if event.date and not _EXPLICIT_YEAR.search(event.date_text or ""):
            event.note = (
                f"publication date unknown: {event.date_text!r} left unresolved; "
                "set the publication date to date it"
            )
            event.date, event.date_precision = None, "unknown"


class _Stages:
    """Runs each drafting stage so that a fault in one (a report shaped like none before)
    costs the analyst that kind of fact, not the whole draft: the fault is kept as a problem
    to tell. BRIEFDECK_STRICT_DRAFT=1 (tests, benchmarks) lets it raise instead."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.strict = os.environ.get("BRIEFDECK_STRICT_DRAFT", "") not in ("", "0")

    def run(self, what: str, default: Any, step: Callable[..., Any], *args: Any) -> Any:
        if self.strict:
            return step(*args)
        try:
            return step(*args)
        except Exception as exc:  # noqa: BLE001 - told to the analyst, the rest still drafts
            self.problems.append(f"{what} could not be drafted ({type(exc).__name__}: "
                                 f"{str(exc)[:160]}); add them by hand or report the article")
            return default


def analyse(article: Any, published: str | None = None) -> dict[str, Any]:
    """Every intermediate result (for tests and the benchmark): document, mentions, facts,
    and the problems met drafting them."""
    text = article.text
    pub_text = published or getattr(article, "published", "") or ""
    issue_end = None if pub_text else issue_month_end(article)  # "Issue 12 | December 2026"
    pub = parse_published(pub_text) or issue_end or date.today()
    undated_source = parse_published(pub_text) is None
    # (a text in capitals is read through a recased copy: same offsets, source shown as written)
    doc = build_document(reading_copy(text), list(getattr(article, "boilerplate", []) or []))
    stage = _Stages()
    dates = stage.run("dates", [], _dates, doc, pub)
    place_mentions = stage.run("places", [], find_place_mentions, doc)
    names = {m.name.casefold() for m in place_mentions}
    system_mentions = stage.run("systems", [], find_system_mentions, doc)
    people = stage.run("people", PeopleIndex([], doc), find_people, doc,
                       lambda n: n.casefold() in names)
    places = stage.run("places", [], extract_places, place_mentions)
    figures = stage.run("figures", [], extract_figures, doc,
                        [(d.start, d.end) for d in dates if d.precision != "offset"])
    events = stage.run("events", [], draft_events, doc, dates, place_mentions,
                       system_mentions, pub)
    if undated_source and issue_end:
        keep_month_dated(events, issue_end, _EXPLICIT_YEAR)
    elif undated_source:
        _unresolve_relative_dates(events)
    places = stage.run("place roles", places, roles_from_events, places, events, place_mentions,
                       doc)
    systems = stage.run("systems", [], extract_systems, doc, system_mentions, place_mentions)
    # an air defence told as there before the news is deployed, not arriving
    systems = stage.run("air defences arrived before the news", systems,
                        with_background_arrivals_deployed, systems, events, doc)
    attributions = stage.run("attributions", [], extract_attributions, doc, people)
    facts = Facts(
        places=places,
        figures=figures,
        events=events,
        systems=systems,
        organizations=stage.run("organizations", [], extract_organizations, doc),
        people=stage.run("people", [], people_facts, people),
        quotes=stage.run("quotes", [], extract_quotes, doc, people),
        attributions=attributions,
    )
    # an alert series is titled by its last take's headline
    headline = stage.run("the title", "", latest_headline, text) or _headline(article, doc)
    headline = own_title(text, headline) or headline  # a trip report's subject, a deck's title
    stage.run("tolls a side's body gives", None, mark_party_run_tolls, doc, facts, place_mentions)
    stage.run("tolls an armed group gives", None, mark_party_told_tolls, doc, facts, place_mentions)
    narrative = stage.run("the BLUF and key points", Narrative(), draft_narrative, doc,
                          headline, facts, place_mentions)
    return {
        "problems": stage.problems,
        "document": doc,
        "dates": dates,
        "place_mentions": place_mentions,
        "system_mentions": system_mentions,
        "people": people,
        "facts": facts,
        "headline": headline,
        "published": pub_text if parse_published(pub_text) else "",
        "narrative": narrative,
    }


def draft_briefing(article: Any, published: str | None = None) -> Briefing:
    """Draft a briefing from an Article (briefdeck.ingest): all facts 'draft', provenance
    spans into article.text, sources[0] the article itself."""
    if len(article.text) > MAX_DRAFT_CHARS:
        name = getattr(article, "path", "") or "the article"
        raise InputError(
            f"{name}: too long to draft a briefing from ({len(article.text):,} characters; "
            f"the limit is {MAX_DRAFT_CHARS:,}); split it into parts"
        )
    with collector_paused():  # a long article makes many small objects and no cycles
        return _drafted(article, analyse(article, published))


def _drafted(article: Any, parts: dict[str, Any]) -> Briefing:
    doc: Document = parts["document"]
    source = Source(
        id="src-1",
        outlet=getattr(article, "outlet", "") or "",
        headline=parts["headline"],
        byline=getattr(article, "byline", "") or "",
        published=parts["published"][:10],
        issue_month="" if parts["published"] else getattr(article, "issue_month", "") or "",
        url=getattr(article, "url", "") or "",
        text=article.text,
        boilerplate=[Span(start=s, end=e) for s, e in doc.skipped],
    )
    briefing = Briefing(
        meta=Meta(
            title=parts["headline"], as_of=datetime.now(UTC).replace(microsecond=0).isoformat()
        ),
        sources=[source],
        narrative=parts["narrative"],
        facts=parts["facts"],
    )
    briefing.drafting_problems.extend(parts["problems"])
    briefing.start_at_source_marking()  # the banner starts at the source's own marking
    return briefing
