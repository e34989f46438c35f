"""Boilerplate rules for the furniture of official records, data reports and letters: a
printed record's page markers and provenance line, an exhibit's label and the pointer to it,
a transcript's "not an official record" note, a figure's title, a data project's note on its
method, a typed signature and a site's name over its press-release section.
"""

from __future__ import annotations

from briefdeck.ingest.check_boxes import RULES as _CHECK_BOXES
from briefdeck.ingest.git_logs import RULES as _GIT_LOG
from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # "[[Page S4128]]", "[Pages H2201-H2203]", "[Page 14]": a printed record's page marker.
    _rule("page number", r"^\[{1,2}pages? [A-Z]{0,2}\d{1,5}(?:\s*[-–]\s*[A-Z]{0,2}\d{1,5})?"
          r"\]{1,2}$", 3, hints=("page",)),
    # "[Senate]", "[House of Representatives]": the chamber whose proceedings follow.
    _rule("section label", r"^\[(?:Senate|House(?: of Representatives)?|Extensions of Remarks|"
          r"Daily Digest)\]$", 4, flags=0, hints=("[",)),
    # "From the Journal Online through the Printing Office [www.example.gov]": where the text
    # was taken from, closed by the site's address in brackets.
    _rule("source note", r"^(?:from|via|taken from|retrieved from) (?:the )?[A-Z].{2,140}"
          r"(?:\[(?:https?://)?www\.[\w.-]+\]|\((?:https?://)?www\.[\w.-]+\))$", 30,
          hints=("www.",)),
    # "(See exhibit 1.)", "(See Figure 2)": a pointer to material printed elsewhere.
    _rule("cross-reference", r"^\((?:see|refer to) (?:the )?(?:exhibits?|attachments?|"
          r"enclosures?|annex(?:es)?|appendix|appendices|figures?|fig\.|charts?|maps?|graphics?)"
          r" [\w.-]{1,5}\.?\)$", 6, hints=("see", "refer")),
    # "Exhibit 1", "Attachment B": the label over a document printed with the record.
    _rule("section label", r"^(?:exhibit|attachment|enclosure)\s+(?:\d{1,3}|[A-Z]|[IVX]{1,4})"
          r"\.?$", 2, hints=("exhibit", "attachment", "enclosure")),
    # "For information media. Not an official record.": a transcript's or summary's standing note.
    _rule("disclaimer", r"\bnot an official (?:record|document|transcript)\b|"
          r"^for (?:the )?information (?:of the )?media\b", 15, hints=("official", "information")),
    # "Figure 1: Attacks by month, 2025 Source: ...": a chart's title and its source line.
    _rule("figure caption", r"^(?:figure|fig\.|chart|graph|map|infographic)\s+\d{1,2}[a-z]?"
          r"\s*[:.–—-]\s+\S", 60, hints=("fig", "chart", "graph", "map")),
    # "The Monitor collects data on ... figures may be revised ...": a data project's note
    # on its own method, printed under every report.
    _rule("methodology note", r"^(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5} "
          r"(?:collects|compiles|codes|aggregates|gathers) (?:its )?(?:data|information|reports|"
          r"events)\b.{0,800}\b(?:preliminary|revised|as of|estimates?)\b", 150,
          hints=("collects", "compiles", "codes", "aggregates", "gathers")),
    # "Links to original sources are archived and available on request."
    _rule("source note", r"^links? to (?:the |all )?(?:original |primary )?sources? (?:are|is) "
          r"(?:archived|available|kept)\b[^\"“”]{0,80}$", 16, hints=("source",)),
    # "/s/ Jo Ames": a typed signature under a letter.
    _rule("signature", r"^/s/\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}$", 6, flags=0,
          hints=("/s/",)),
    # "Ministry of Defence | Press Releases": the site's name over its press-release section.
    # (a name of two words or more: "Newsroom | Press Releases" is a menu)
    _rule("masthead", r"^[A-Z][\w.&'’-]*(?: [\w.&'’-]+){1,7} \| (?:[\w&,'’ -]{0,40} )?"
          r"(?:press releases?|newsroom|press room|media cent(?:re|er)|news cent(?:re|er)|"
          r"press office|news releases?)$", 12,
          hints=("press", "newsroom", "media cent", "news cent", "news release")),
    # "* *** *": a row of stars (and spaces) between the text and its closing note; a
    # printed report's "*  *  *  *  *  *  *" marking text left out of an excerpt.
    _rule("separator", r"^(?=(?:[^*]*\*){3})[*\s]+$", 15, hints=("*",)),
    # "[EXCERPT: pages 84-86 and 231. Prepared by the Committee staff for" / "distribution;
    # not an official print.]": a printed report's note on the pages it is an excerpt of,
    # which may run on to a second line.
    _rule("excerpt note", r"^\[(?:excerpts?|extracts?)(?: from)?\s*:", 40,
          hints=("[excerpt", "[extract")),
    _rule("disclaimer", r"\bnot an official print(?:ing)?\b[^\n]{0,40}\]$", 15,
          hints=("official print",)),
    # The furniture of a military order (OPORD, FRAGO, WARNORD) round its five paragraphs:
    # "Copy 4 of 12 copies", "Time Zone Used Throughout the Order: Charlie (UTC+3)",
    # "Task Organization: No change.", the closing "ACKNOWLEDGE: ..." and "ANNEXES: ..." lines.
    # The order's headquarters, date-time group and title are its metadata, kept.
    _rule("copy number", r"^copy (?:no\.? ?)?\d{1,4} of \d{1,4} copies\.?$", 8,
          hints=("copies",)),
    _rule("order furniture", r"^time zone used throughout the (?:order|plan|annex)\b", 15,
          hints=("time zone",)),
    _rule("order furniture", r"^task organi[sz]ation\s*:\s*(?:no change|omitted|unchanged|"
          r"see annex [A-Z])\.?$", 8, hints=("task organi",)),
    _rule("order furniture", r"^(?:ACKNOWLEDGE|ANNEX(?:ES)?)(?::\s|\.?$)", 40, flags=0,
          hints=("acknowledge", "annex")),
    # "Support our work", "... is funded by donations from readers like you. Donate now": an
    # appeal for money in a box beside or under the story.
    _rule("subscribe", r"^support (?:our|independent) (?:work|journalism|reporting|newsroom)\b|"
          r"\b(?:is|are) (?:funded|supported|made possible) by (?:donations|contributions|"
          r"the support) (?:from|of) (?:our )?readers\b|\bdonate now$", 60,
          hints=("support", "funded", "donate")),
    # "A still from the video of the launch. Source: Telegram": a picture's caption closed by
    # where it came from, with no full stop after it (a sentence would have one).
    _rule("photo caption or credit", r"[.!?)”\"’]\s+Source:\s*[A-Z][\w.&'’ -]{1,60}$", 80,
          flags=0, hints=("source:",)),
    # "Number of views: 1,284": the page's own counter.
    _rule("page counter", r"^(?:number of |total )?(?:views|readers|reads|visits)\s*:\s*"
          r"[\d,.]+\s*[km]?$", 5, hints=("view", "read", "visit")),
) + _GIT_LOG + _CHECK_BOXES  # a git log's heads (git_logs), a form's unticked boxes
# fmt: on
