"""Briefing -> DeckOutline: which slides, in which order, with which words, notes and
markings. Pure data (no python-pptx): the pptx writer only draws what this decides.

One idea per slide; text is measured here against the layout's boxes, so a slide whose
bullets do not fit at the smallest allowed size continues on the next slide."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from briefdeck.charts.spec import ChartSet
from briefdeck.compose import fit
from briefdeck.compose.dtg import dtg
from briefdeck.compose.figure_words import bare_words, figure_words_in
from briefdeck.compose.fit import Box, TextStyle
from briefdeck.compose.merged_bullets import fragments_merged, within_fuller
from briefdeck.compose.notes import (
    attribution_kind,
    cite,
    clean,
    describe,
    evidence,
    finished_words,
    source_when,
    split_sentences,
)
from briefdeck.compose.portion_marks import portion_mark
from briefdeck.compose.quote_words import opens_with_speaker, quote_words
from briefdeck.compose.selection import Selection
from briefdeck.compose.shouted_lines import drafted_names, sentence_cased
from briefdeck.compose.situation_points import (
    figure_line,
    says_nothing_alone,
    situation_points,
    told_fuller,
)
from briefdeck.compose.source_names import (
    as_person,
    name_key,
    same_source,
    shown_headline,
    source_name,
    who_says,
)
from briefdeck.compose.source_status import status_words
from briefdeck.compose.table_cells import cell_figure
from briefdeck.compose.title_words import shown_title
from briefdeck.compose.told_above import told_above
from briefdeck.model.briefing import Briefing
from briefdeck.model.marking import LEVELS, highest, mark_of

BODY_SIZES = (22.0, 20.0, 18.0, 16.0)
TITLE_SIZES = (30.0, 28.0, 26.0, 24.0)
COVER_SIZES = (40.0, 36.0, 32.0, 28.0)
COVER_LINE_SIZE = 20.0
COVER_LINE_SIZES = (20.0, 18.0, 16.0, 14.0)
COVER_LINE_GAP = 4.0  # points between cover lines at 20 pt (scaled with the size)
FOOTER_SIZE = 10.0
TIMELINE_PER_SLIDE = 8
BARS_PER_SLIDE = 12
NAMED = ("places", "systems", "organizations", "people")  # facts a narrative names
MAX_SUPPORT = 4
# (drafted by the tool unless the analyst rewrote it: the note claims no one's judgement)
NARRATIVE = ("From the briefing's narrative: a summary drafted from the report for the "
             "analyst to edit, not a single source sentence.")


@dataclass(frozen=True)
class DeckGeometry:
    """Text room on the layouts, in points inside the insets (the house 16:9 masters)."""

    title: Box = Box(873.6, 54.0)
    body: Box = Box(873.6, 378.0)
    cover_title: Box = Box(816.0, 100.8)
    cover_lines: Box = Box(816.0, 136.8)
    footer: Box = Box(640.0, 16.0)
    indent: float = 27.0  # hanging bullet indent of the body placeholder


@dataclass(frozen=True)
class Bullet:
    text: str
    mark: str  # portion mark: U, CUI, C, S, TS
    fact_ids: tuple[str, ...] = ()
    note: str = ""  # where it comes from, for the speaker notes

    @property
    def marked(self) -> str:
        return f"({self.mark}) {self.text}"


@dataclass(frozen=True)
class SlideOutline:
    kind: str  # title, bluf, situation, facts, actors, map, figures, timeline, systems ...
    title: str
    bullets: tuple[Bullet, ...] = ()
    chart: str | None = None  # "map", "figures" or "timeline"
    span: tuple[int, int] = (0, 0)  # which items of the chart this slide shows
    notes: str = ""
    marking: str = "U"  # highest portion mark of what the slide shows
    title_size: float = TITLE_SIZES[0]
    body_size: float = BODY_SIZES[0]
    lines: tuple[str, ...] = ()  # the title slide's lines under the title


@dataclass(frozen=True)
class DeckOutline:
    title: str
    author: str
    subject: str
    created: str  # ISO date-time the file properties carry (the briefing's as-of)
    marking: str  # overall: highest mark of everything shown
    draft: bool
    footer: str
    slides: tuple[SlideOutline, ...]
    charts: ChartSet
    warnings: tuple[str, ...] = ()
    keywords: str = ""


@dataclass
class _Composer:
    briefing: Briefing
    selection: Selection
    charts: ChartSet
    geometry: DeckGeometry
    slides: list[SlideOutline] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def floor(self) -> str:
        return mark_of(self.briefing.meta.classification)

    def fact_bullets(self, kind: str, facts: list[Any] | None = None) -> list[Bullet]:
        chosen = self.selection.of(kind) if facts is None else facts
        if kind == "figures":  # a particulars table's cells after the report's sentences
            chosen = sorted(chosen, key=lambda f: cell_figure(self.briefing, f))
        bullets = [Bullet(self.say(kind, f), portion_mark(self.briefing, f), (f.id,),
                          evidence(self.briefing, kind, f)) for f in chosen]
        if kind == "quotes":
            bullets = fragments_merged(bullets)
        if kind == "figures":  # (an analyst's own figure, with no source, is theirs to judge)
            bullets = [b for b, f in zip(bullets, chosen, strict=True)  # ('' for a fragment)
                       if f.provenance is None or b.text and not says_nothing_alone(b.text)]
            lines = [b.text for b in bullets]
            bullets = [b for b in bullets if not told_fuller(b.text, lines)]
            bullets = within_fuller(bullets, {f.id: figure_words_in(self.briefing, f).lead
                                               for f in chosen})
        return _merged(bullets, within=kind == "figures")

    def say(self, kind: str, fact: Any) -> str:
        """The fact's bullet: a figure in the report's words with the clause it came from;
        an attribution cut inside a word of its source ends in an ellipsis."""
        prov = fact.provenance
        source = self.briefing.source(prov.source) if prov is not None else None
        if kind == "figures":  # (a log's line in capitals in sentence case)
            return sentence_cased(clean(figure_words_in(self.briefing, fact).bullet),
                                  source.text if source is not None else "",
                                  drafted=drafted_names(self.briefing))
        if kind == "attributions" and prov is not None and source is not None and source.text:
            text = finished_words(clean(fact.text), source.text, prov.end)
            return clean(f"{text} ({attribution_kind(fact.kind, fact.count)})")
        if kind == "quotes":  # a fragment in the sentence that quotes it
            words = quote_words(self.briefing, fact)
            # (words that open with the speaker's name say who already)
            named = opens_with_speaker(words, fact.speaker or "")
            who = f" ({fact.speaker})" if fact.speaker and not named else ""
            return clean(sentence_cased(words, source.text if source is not None else "",
                                        drafted=drafted_names(self.briefing)) + who)
        return clean(describe(kind, fact, self.briefing))

    def narrative_bullets(self, texts: list[str]) -> list[Bullet]:
        return [Bullet(clean(t), self.floor, (), self.narrative_note(clean(t)))
                for t in texts if clean(t)]

    def narrative_note(self, text: str) -> str:
        """The analyst wrote it; still show the sources of the named things it mentions."""
        said = text.casefold()
        found = [
            f"{clean(describe(kind, f, self.briefing))}: {evidence(self.briefing, kind, f)}"
            for kind in NAMED for f in self.selection.of(kind)
            if len(f.name) > 2 and f.name.casefold() in said
            and highest([f.marking], self.floor) == self.floor  # notes never outrank the slide
        ][:MAX_SUPPORT]
        return NARRATIVE + "".join(f"\n      {line}" for line in found)

    def add_text(self, kind: str, title: str, bullets: list[Bullet]) -> None:
        """A bullet slide, continued on more slides when it does not fit at the smallest size."""
        if not bullets:
            return
        body, indent = self.geometry.body, self.geometry.indent
        style = TextStyle(BODY_SIZES[-1], indent=indent)  # its gap scales with the size
        chunks: list[list[Bullet]] = []
        rest = list(bullets)
        while rest:
            count = fit.take_fitting([b.marked for b in rest], body, style)
            if count == 0:  # one bullet alone is too long: cut it to what the box holds
                rest[0] = self.cut_bullet(rest[0], body, style, title)
                count = 1
            chunks.append(rest[:count])
            rest = rest[count:]
        chunks = self.balanced(chunks, body, style)
        for i, chunk in enumerate(chunks, 1):
            paragraphs = [b.marked for b in chunk]
            size = fit.fit_size(paragraphs, body, style, BODY_SIZES) or BODY_SIZES[-1]
            name = title if len(chunks) == 1 else f"{title} ({i} of {len(chunks)})"
            self.add(SlideOutline(kind, name, tuple(chunk), body_size=size,
                                  marking=self.mark(chunk), notes=notes_for(chunk)))

    @staticmethod
    def balanced(chunks: list[list[Bullet]], body: Box, style: TextStyle) -> list[list[Bullet]]:
        """The same slides with the bullets shared out evenly where they fit so: no
        "(2 of 2)" slide holding one bullet after a full one."""
        if len(chunks) < 2:
            return chunks
        bullets = [b for chunk in chunks for b in chunk]
        share, extra = divmod(len(bullets), len(chunks))
        even, at = [], 0
        for i in range(len(chunks)):
            size = share + (1 if i < extra else 0)
            even.append(bullets[at:at + size])
            at += size
        fits = all(fit.take_fitting([b.marked for b in part], body, style) == len(part)
                   for part in even)
        return even if fits else chunks

    def cut_bullet(self, bullet: Bullet, body: Box, style: TextStyle, title: str) -> Bullet:
        max_lines = max(1, int(body.height // (style.size * style.pitch)))
        prefix = f"({bullet.mark}) "
        cut = fit.truncate(bullet.marked, body.width, style, max_lines)
        self.warnings.append(f"shortened a long item on the '{title}' slide to fit")
        return replace(bullet, text=cut[len(prefix):] if cut.startswith(prefix) else cut)

    def add_chart(self, kind: str, title: str, chart: str, facts: list[tuple[str, Any]],
                  span: tuple[int, int] = (0, 0)) -> None:
        bullets = [Bullet(self.say(k, f), portion_mark(self.briefing, f), (f.id,),
                          evidence(self.briefing, k, f)) for k, f in facts]
        self.add(SlideOutline(kind, title, chart=chart, span=span, marking=self.mark(bullets),
                              notes=notes_for(bullets, "Shown on this slide:")))

    def mark(self, bullets: list[Bullet]) -> str:
        return highest([b.mark for b in bullets], self.floor)

    def add(self, slide: SlideOutline) -> None:
        """Fit the title on one line: shrink within bounds, then cut with an ellipsis."""
        box = self.geometry.title
        style = TextStyle(TITLE_SIZES[0], bold=True)
        title = clean(slide.title, 300) or "Untitled"
        size = fit.fit_size([title], box, style, TITLE_SIZES)
        if size is None:
            size = TITLE_SIZES[-1]
            title = fit.truncate(title, box.width, fit.at_size(style, size), 1)
        self.slides.append(replace(slide, title=title, title_size=size))


def _figure_lines(c: _Composer) -> list[str]:
    """The figures' lines as the page compares the points with them (the deck's slides keep
    every figure it shows, so nothing needs pinning here)."""
    said = [(f, figure_words_in(c.briefing, f)) for f in c.selection.of("figures")]
    return [figure_line(s.lead, s.context) for f, s in said
            if f.provenance is None or s.bullet and not says_nothing_alone(clean(s.bullet))]


def compose_deck(briefing: Briefing, selection: Selection, charts: ChartSet,
                 geometry: DeckGeometry | None = None) -> DeckOutline:
    """The deck for this briefing: cover, BLUF, situation, facts, map, charts, timeline,
    systems, quotes, outlook and sources, leaving out the slides there is nothing for."""
    c = _Composer(briefing, selection, charts, geometry or DeckGeometry())
    meta, story = briefing.meta, briefing.narrative
    c.slides.append(_cover(c))
    if clean(story.bluf):
        c.add_text("bluf", "Bottom line up front", c.narrative_bullets(_sentences(story.bluf)))
    else:
        c.warnings.append("the briefing has no BLUF yet, so the deck has no BLUF slide")
    facts = c.fact_bullets("figures")  # (not the title or the BLUF again)
    facts = [b for b in facts if not told_above(b.text, [shown_title(briefing), story.bluf])]
    if story.key_points:
        points = situation_points(list(story.key_points), _figure_lines(c))
        c.add_text("situation", "Situation", c.narrative_bullets(points))
    else:
        c.add_text("situation", "Situation", c.fact_bullets("events"))
    c.add_text("facts", "Key facts", facts)
    c.add_text("actors", "Actors", c.fact_bullets("organizations") + c.fact_bullets("people"))
    if not charts.map.empty:
        places = [("places", p) for p in selection.of("places")
                  if p.lat is not None and p.lon is not None]
        c.add_chart("map", charts.map.title, "map", places)
    _bar_slides(c)
    _timeline_slides(c)
    c.add_text("systems", "Systems and posture", c.fact_bullets("systems"))
    c.add_text("quotes", "In their words", c.fact_bullets("quotes"))
    if selection.questions:  # (the analyst may accept one to show it after all)
        many = selection.questions > 1
        c.warnings.append(f"{selection.questions} drafted quote{'s' if many else ''} left out "
                          f"as {'questions' if many else 'a question'} put to a speaker")
    if clean(story.outlook):
        c.add_text("outlook", "Outlook", c.narrative_bullets(_sentences(story.outlook)))
    c.add_text("sources", "Sources and reliability", _source_bullets(c))
    overall = highest([s.marking for s in c.slides], selection.marking)
    cover = replace(c.slides[0], marking=overall)
    slides = (cover, *c.slides[1:])
    source = briefing.sources[0] if briefing.sources else None
    return DeckOutline(
        title=clean(shown_title(briefing), 300) or "Untitled briefing",
        author=clean(meta.prepared_by, 200) or "briefdeck",
        subject=f"{LEVELS[overall]} briefing" + (f" from {clean(source_name(source))}"
                                                 if source else ""),
        created=meta.as_of or (f"{source.published}T00:00:00" if source and source.published
                               else "2000-01-01T00:00:00"),
        marking=overall,
        draft=selection.draft,
        footer=_footer(c),
        slides=slides,
        charts=charts,
        warnings=tuple(dict.fromkeys(c.warnings)),
        keywords=LEVELS[overall] + ("; DRAFT" if selection.draft else ""),
    )


def _cover(c: _Composer) -> SlideOutline:
    meta = c.briefing.meta
    box, style = c.geometry.cover_title, TextStyle(COVER_SIZES[0], bold=True)
    title = clean(shown_title(c.briefing), 300) or "Untitled briefing"
    size = fit.fit_size([title], box, style, COVER_SIZES)
    if size is None:
        size = COVER_SIZES[-1]
        lines = max(1, int(box.height // (size * style.pitch)))
        title = fit.truncate(title, box.width, fit.at_size(style, size), lines)
    level = LEVELS[c.selection.marking] + (" // DRAFT" if c.selection.draft else "")
    lines = [f"Classification: {level}"]
    if clean(meta.prepared_by):
        lines.append(f"Prepared by: {clean(meta.prepared_by, 200)}")
    lines.append(f"As of: {dtg(meta.as_of) or 'not set'}")
    if c.selection.draft:
        lines.append("DRAFT: includes facts not yet reviewed")
    room = c.geometry.cover_lines
    line_style = TextStyle(COVER_LINE_SIZE, gap=COVER_LINE_GAP)
    line_size = fit.fit_size(lines, room, line_style, COVER_LINE_SIZES) or COVER_LINE_SIZES[-1]
    line_style = fit.at_size(line_style, line_size)
    lines = [fit.truncate(x, room.width, line_style, 1) for x in lines]
    return SlideOutline("title", title, marking=c.selection.marking, title_size=size,
                        body_size=line_size, lines=tuple(lines),
                        notes=_cover_notes(c))


def _cover_notes(c: _Composer) -> str:
    sel = c.selection
    state = "includes DRAFT facts not yet reviewed" if sel.draft else "accepted facts only"
    lines = [f"This deck shows {sel.count} facts ({state})."]
    lines += [f"Source: {cite(s)}" + (f" - {clean(shown_headline(s))}" if shown_headline(s) else "")
              for s in c.briefing.sources]
    return "\n".join(lines)


def _bar_slides(c: _Composer) -> None:
    spec = c.charts.figures
    if spec.empty:
        return
    kind = "events" if spec.unit == "people" and spec.stacked else "figures"
    by_id = {f.id: f for f in c.selection.of(kind)}
    total = len(spec.categories)
    parts = range(0, total, BARS_PER_SLIDE)
    for n, start in enumerate(parts, 1):
        stop = min(total, start + BARS_PER_SLIDE)
        ids = spec.fact_ids[start:stop]
        facts = [(kind, by_id[i]) for i in ids if i in by_id]
        title = spec.title if len(parts) == 1 else f"{spec.title} ({n} of {len(parts)})"
        c.add_chart("figures", title, "figures", facts, (start, stop))


def _timeline_slides(c: _Composer) -> None:
    items = c.charts.timeline.items
    if not items:
        return
    by_id = {e.id: e for e in c.selection.of("events")}
    parts = range(0, len(items), TIMELINE_PER_SLIDE)
    for n, start in enumerate(parts, 1):
        stop = min(len(items), start + TIMELINE_PER_SLIDE)
        facts = [("events", by_id[i.fact_id]) for i in items[start:stop] if i.fact_id in by_id]
        title = c.charts.timeline.title
        title = title if len(parts) == 1 else f"{title} ({n} of {len(parts)})"
        c.add_chart("timeline", title, "timeline", facts, (start, stop))


def _source_bullets(c: _Composer) -> list[Bullet]:
    bullets = []
    for s in c.briefing.sources:
        head = f": {clean(shown_headline(s), 300)}" if shown_headline(s) else ""
        status = status_words(s.text)  # a draft under review says so (its facts may change)
        words = f"{cite(s)}{head}" + (f" ({status})" if status else "")
        if status:
            c.warnings.append(f"{status}: its facts may change before it is final")
        bullets.append(Bullet(words, c.floor, (), f"Source {s.id}: {clean(s.url) or 'no URL'}"))
    return bullets + _attribution_bullets(c)


def _attribution_bullets(c: _Composer) -> list[Bullet]:
    """Each source the report cites once: who it is (the body or person the attribution
    names), its kind and how many it speaks for; the same source cited again, or named more
    fully, is one line (the fuller name kept). A phrase that names no one is left out."""
    rows: list[tuple[str, str, int, list[Any]]] = []  # who, kind, count, facts
    for fact in c.selection.of("attributions"):
        who = clean(as_person(who_says(fact.text), c.selection.of("people")))
        if not who:
            continue
        key = name_key(who)
        at = next((i for i, (w, kind, _, _) in enumerate(rows) if kind == fact.kind
                   and same_source(key, name_key(w))), None)
        if at is None:
            rows.append((who, fact.kind, fact.count or 1, [fact]))
            continue
        w, kind, count, facts = rows[at]
        rows[at] = (max(w, who, key=len), kind, max(count, fact.count or 1), facts + [fact])
    return [Bullet(f"{who} ({attribution_kind(kind, count)})",
                   highest([portion_mark(c.briefing, f) for f in facts]),
                   tuple(f.id for f in facts),
                   "\n      ".join(evidence(c.briefing, "attributions", f) for f in facts))
            for who, kind, count, facts in rows]


def _footer(c: _Composer) -> str:
    """Who and when: the outlet, else the headline (a memo, a chat export), and the date."""
    outlets = [" ".join(filter(None, (clean(source_name(s, titled=True), 120), source_when(s))))
               for s in c.briefing.sources if clean(source_name(s))]
    parts = [f"Source: {'; '.join(outlets)}" if outlets else "Source: not recorded"]
    parts.append(f"As of {dtg(c.briefing.meta.as_of) or 'not set'}")
    text = " | ".join(parts)
    return fit.truncate(text, c.geometry.footer.width, TextStyle(FOOTER_SIZE), 1)


def _merged(bullets: list[Bullet], within: bool = False) -> list[Bullet]:
    """Facts said in the same words (two figures of one source clause) make one bullet; with
    `within`, so do figures of one sentence whose line is all inside another's (the longer
    line is kept)."""
    kept: list[Bullet] = []
    words: list[str] = []  # each kept bullet's words, compared as written
    for b in bullets:
        mine = bare_words(b.text)
        # (`within`: only lines from one source sentence, which their notes quote)
        at = next((i for i, w in enumerate(words) if w == mine or within and mine.strip()
                   and kept[i].note == b.note and (mine in w or w in mine)), None)
        if at is None:
            kept.append(b)
            words.append(mine)
            continue
        seen = kept[at]
        note = seen.note if b.note == seen.note else f"{seen.note}\n      {b.note}"
        text = max(seen.text, b.text, key=len)
        kept[at] = Bullet(text, highest([seen.mark, b.mark]), seen.fact_ids + b.fact_ids, note)
        words[at] = bare_words(text)
    return kept


def notes_for(bullets: list[Bullet], heading: str = "Where each point comes from:") -> str:
    if not bullets:
        return ""
    lines = [heading]
    for b in bullets:
        lines.append(f"- {b.marked}")
        if b.note:
            lines.append(f"    from: {b.note}")
    return "\n".join(lines)


def _sentences(text: str) -> list[str]:
    return [s for s in (clean(x) for x in split_sentences(text)) if s]
