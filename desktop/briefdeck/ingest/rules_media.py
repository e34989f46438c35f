"""Boilerplate rules for episode pages, transcripts, monitoring products and reference pages:
a podcast's player, tagline, credits and sponsor reads; a transcript's markers and notes on
its editing; a monitor's desk sign-off; a search page's result count; a wiki's page notes.
"""

from __future__ import annotations

import re

from briefdeck.ingest.rules import Rule, _rule

# "A podcast from the Defense Forum": the show's tagline under its title.
TAGLINE = re.compile(
    r"^an? (?:(?:weekly|daily|monthly) )?(?:podcast|newsletter|show|series|video series|"
    r"programme|program|production) (?:from|by) (?:the )?[A-Z][^.!?]{2,60}$",
    re.IGNORECASE,
)

# fmt: off
RULES: tuple[Rule, ...] = (
    # "Skip next section Why now?", "Jump to search": a page's skip links for screen readers.
    _rule("navigation", r"^skip (?:next|previous|this) section\b.{0,90}$|^(?:jump to (?:the )?"
          r"(?:navigation|search|content|main content|top)\s*){1,3}$", 16, hints=("skip", "jump")),
    # "From Wikipedia, the free encyclopedia": a wiki's strapline over every article.
    _rule("masthead", r"^from [\w ]{2,30}, the free (?:encyclopa?edia|dictionary)$", 8,
          hints=("free ",)),
    # "This page was last edited on 2 May 2025, at 10:01 (UTC).": a page's revision note.
    _rule("page notes", r"^this (?:page|article|entry) was last (?:edited|modified|revised|"
          r"reviewed) on\b.{0,60}$", 16, hints=("last ",)),
    # "Back to search results", "Showing 1 - 10 of 42 results for ...": a search page's frame.
    _rule("navigation", r"^(?:back to (?:the )?(?:search )?results|(?:showing|displaying) "
          r"(?:results? )?\d[\d,]*\s*(?:[-–]|to)\s*\d[\d,]*\s+of\s+(?:about\s+)?\d[\d,]*\s+"
          r"(?:results?|items?|records?|matches)\b.{0,160})$", 40, hints=("result", "showing",
          "displaying")),
    # "Report a problem with this page": a site's feedback link.
    # "Yes this page is useful", "No this page is not useful": the feedback form's answers.
    _rule("page feedback", r"^report (?:a problem|an issue|an error|a mistake|a fault)(?: (?:with|"
          r"on) this (?:page|article))?$|^(?:yes|no),? this (?:page|article|story) (?:is|was) "
          r"(?:not )?(?:useful|helpful)$", 8, hints=("report", "useful", "helpful")),
    # "Written questions, answers and statements": the name of a parliament's record service.
    _rule("masthead", r"^written (?:questions|answers|statements)(?:(?:,| and| &) (?:questions|"
          r"answers|statements)){1,2}$", 6, hints=("written",)),
    # "Question for Ministry of Defence": the label over each question in the record.
    _rule("record label", r"^question for (?:the )?(?:ministry|department|secretary|minister|"
          r"office|treasury|cabinet|home office|foreign)\b[\w ,&'’-]{0,60}$", 9, in_prose=False,
          hints=("question for",)),
    # The tagline under a show's title (TAGLINE above).
    _rule("masthead", TAGLINE.pattern, 12, in_prose=False,
          hints=("podcast", "newsletter", "show", "series", "program", "production")),
    # "▶ Play episode  ↓ Download (41 MB)  Share": an audio player's buttons.
    _rule("audio player", r"^(?:[▶►⏵]\s*)?(?:play|listen)(?: (?:episode|now|audio|video|"
          r"the episode))?\s+.{0,60}\b(?:download|share|subscribe|embed)\b.{0,40}$", 14,
          in_prose=False, hints=("play", "listen")),
    # "SHOW NOTES", "SPONSOR": an episode page's section labels.
    _rule("podcast furniture", r"^(?:show|episode) notes\s*:?$", 3, hints=("notes",)),
    _rule("advertisement", r"^(?:(?:our|today's|this (?:week's|episode's)) )?sponsors?\s*:?$", 3,
          hints=("sponsor",)),
    # "This episode was produced by Jo Ames. Music by ...": a show's production credits.
    _rule("credits", r"\b(?:this|the|today's|this week's) (?:episode|podcast|show|programme) "
          r"(?:was|is) (?:produced|edited|mixed|engineered)(?: and (?:produced|edited|mixed|"
          r"engineered))? by\b|^music by\b", 40, hints=("produced", "edited by", "mixed by",
          "engineered by", "music by")),
    # "This episode is brought to you by ...", "Use code DEFENSE for 20% off": a sponsor read,
    # also when the host reads it inside the transcript.
    _rule("advertisement", r"^(?i:(?:this|today's) (?:episode|show|podcast|newsletter|issue|"
          r"edition|segment|programme|program) is (?:brought to you|sponsored|supported|"
          r"presented|made possible|underwritten) by\b)|"
          r"(?i:\bcode) [A-Z][A-Z0-9]{2,}\b.{0,80}?\b\d{1,2}\s?% off\b", 60, flags=0,
          hints=("brought to you", "sponsored by", "% off", "made possible by", "underwritten by",
                 "supported by", "presented by")),
    # A show's outro: "please subscribe wherever you get your podcasts", "leave us a rating",
    # "You can find show notes at ...", "Views are the hosts' own.", "X is an independent
    # production." (the speaker's prefix in a transcript is taken off before these rules).
    _rule("podcast furniture", r"\b(?:subscribe|follow)\b[^.!?]{0,40}\bwherever you (?:get|"
          r"listen to|find) (?:your )?podcasts\b|\b(?:leave|give) us an? (?:(?:five|5)[- ]star )?"
          r"(?:rating|review)\b|\brate,? (?:and|&) review\b|"
          r"^(?:and )?(?:you(?: can| will|'ll|’ll) )?find (?:the |our |all the )?(?:show|episode) "
          r"notes\b.{0,80}$|\b(?:views|opinions) (?:expressed )?(?:here )?are (?:the |our |their )?"
          r"(?:own )?(?:hosts?|guests?|speakers?|presenters?)['’]? own\b|"
          r"^(?:[A-Z][\w'’&-]* ){1,5}is an independent (?:production|podcast)\b", 40,
          hints=("podcasts", "rating", "review", "notes", "' own", "’ own", "'s own", "’s own",
                 "independent production", "independent podcast")),
    # "Transcript auto-generated by X. May contain errors.": the note on a machine transcript.
    _rule("transcript furniture", r"^(?:this )?(?:transcript|captions?) (?:was |is |has been )?"
          r"(?:auto(?:matically)?[- ]?generated|machine[- ]generated|generated automatically)\b"
          r"|^(?:auto(?:matically)?|machine)[- ]generated (?:transcript|captions?)\b", 25,
          hints=("generated",)),
    # "Transcript edited for clarity.", "This interview has been condensed and edited.".
    _rule("transcript furniture", r"^(?:this |the )?(?:transcript|interview|conversation|"
          r"episode)(?: has been| was| is| have been)? (?:lightly )?(?:edited|condensed)"
          r"(?: and (?:edited|condensed))?(?: for (?:length|clarity|brevity)(?: and "
          r"(?:length|clarity|brevity))?)?\b[^\"“”]{0,120}$", 25, hints=("edited", "condensed")),
    # "[Begins]", "[Transcript excerpt ends]", "[End of recording]": a transcript's markers.
    # "[Excerpt: Sections IV-VI, pages 12-13]": the note on which part of a document this is.
    _rule("transcript furniture", r"^\[\s*(?:(?:(?:the )?(?:transcript|excerpt|recording|"
          r"broadcast|statement|text|video|audio|remarks|briefing)(?: excerpt)? )?(?:begins|"
          r"ends|starts|ended|concludes)|end (?:of )?(?:the )?(?:transcript|excerpt|recording|"
          r"broadcast|statement|text|remarks|briefing))\s*\.?\s*\]$|"
          r"^\[\s*excerpt(?:s|ed)?\s*(?::|from|of)\s*[^\]]{1,80}\]$", 16, hints=("[",)),
    # "Full transcript available to members.": the paywall under an excerpt.
    _rule("subscribe", r"^(?:the )?full (?:transcript|episode|interview|text|recording|story|"
          r"article|report|video)s? (?:is |are )?(?:available|open|free) (?:only )?(?:to|for) "
          r"(?:paying |premium |paid )?(?:members|subscribers|supporters|patrons)\b.{0,60}$",
          16, hints=("full ",)),
    # "(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)", "(CROSSTALK)": a broadcast transcript's stage
    # markers in capitals, in round or square brackets, alone on their line.
    _rule("transcript furniture", r"^[(\[](?:(?:BEGIN|END|START) (?:OF )?"
          r"(?:VIDEO ?TAPE|VIDEO(?: CLIP)?|"
          r"AUDIO(?: CLIP)?|SOUND ?BITE|CLIP|LIVE FEED|PRE-?TAPED|TAPE)|COMMERCIAL BREAK|BREAK|"
          r"CROSSTALK|LAUGHTER|APPLAUSE|INAUDIBLE|OFF[- ]MIC(?:K|ROPHONE)?|MUSIC|"
          r"NEWS BREAK|STATION BREAK|VIDEO CLIP|AUDIO CLIP)[)\]]$", 6, flags=0, hints=("(", "[")),
    # "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM ...": a broadcaster's
    # standing note over a transcript made on deadline.
    _rule("transcript furniture", r"^(?:this is a rush transcript\b|this (?:copy|transcript) may "
          r"not be in its final form\b|(?:[\w-]+ )?transcripts are (?:created|produced) on a rush "
          r"deadline\b)", 60, hints=("rush transcript", "final form", "rush deadline")),
    # "(The briefing was concluded at 2:11 p.m.)", "(Whereupon, the hearing was adjourned.)":
    # the record's note that the proceedings began or ended.
    _rule("transcript furniture", r"^\((?:whereupon,? )?(?:the )?(?:briefing|press briefing|press "
          r"conference|news conference|hearing|meeting|session|call|interview|remarks|event|"
          r"proceedings|committee|subcommittee|house|senate)(?: was| were)? (?:concluded|ended|"
          r"adjourned|began|begins|ends|concludes|recessed|called to order)\b[^()]{0,60}\)\.?$",
          20, hints=("concluded", "ended", "adjourned", "began", "begins", "ends", "recessed",
                     "called to order")),
    # "Monitor: Baghdad desk (AB/CD). Next digest: 9 May.": a monitoring desk's sign-off.
    _rule("sign-off", r"^(?:monitor(?:ed by)?|compiled by|prepared by|monitoring)\s*:\s*"
          r"[^\"“”]{0,80}\b(?:desk|team|unit)\b|\bnext [\w ]{0,40}(?:digest|update|report|"
          r"summary|briefing|bulletin|issue|edition)\s*:\s*\d{1,2} [A-Z][a-z]+ \d{4}\.?$", 30,
          hints=("monitor", "compiled", "prepared", "next ")),
    # "Gulf Media Service | Translation": a monitoring product's label.
    _rule("masthead", r"^(?:[A-Z][\w'’&-]*\s){1,5}(?:Service|Desk|Unit|Monitoring)\s*[|·•]\s*"
          r"(?:Translation|Transcript|Summary|Digest|Report|Briefing|Bulletin|Monitoring)$", 10,
          flags=0, hints=("|", "·", "•")),
)
# fmt: on

_TIMESTAMP = re.compile(r"^\(?(\d{1,2}):(\d{2})(?::(\d{2}))?\)?\s*[-–—:]?\s+\S")
_CHAPTERS = 3  # the fewest timestamped titles that make a chapter list
_CHAPTER_WORDS = 16


def _seconds(m: re.Match[str]) -> int:
    a, b, c = (int(g) if g else 0 for g in m.groups())
    return (a * 3600 + b * 60 + c) if m.group(3) else (a * 60 + b)


def chapter_runs(texts: list[str], words: list[int]) -> list[int]:
    """'00:00 Intro', '02:14 The strike', '09:40 Counting the wounded': an episode's chapter
    list, timestamps rising from zero, each a title (no full stop), none a sentence. A live
    blog's times do not start at zero, so its entries are never taken for chapters."""
    out: list[int] = []
    i = 0
    while i < len(texts):
        m = _TIMESTAMP.match(texts[i]) if texts[i][:1] in "0(" else None
        if not m or _seconds(m) != 0:
            i += 1
            continue
        run, last, j = [i], 0, i + 1
        while j < len(texts):
            n = _TIMESTAMP.match(texts[j]) if texts[j][:1].isdigit() else None
            if not n or _seconds(n) <= last or words[j] > _CHAPTER_WORDS:
                break
            if texts[j].endswith("."):
                break
            last = _seconds(n)
            run.append(j)
            j += 1
        if len(run) >= _CHAPTERS:
            out.extend(run)
        i = j
    return out


# "HASC, 17 March 2027": a committee's initials and the hearing's date, a page's running foot.
_INITIALS_DATE = re.compile(
    r"^[A-Z]{2,8},? (?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|"
    r"\d{1,2}/\d{1,2}/\d{2,4})$"
)
# "Posture Statement of General Jo Ames, USA, Commander, USCENTCOM": the witness's name and
# post, repeated on each page of the testimony (the title at the top is not repeated here).
_STATEMENT_HEAD = re.compile(
    r"^(?:[A-Z][\w-]+ ){0,2}(?:Statement|Testimony|Remarks) of (?:[A-Z][\w.'’-]*\.? ){1,6}"
    r"[A-Z][\w.'’-]+, [^.!?\"“”]{2,100}$"
)


def is_running_head(text: str, beside_furniture: bool) -> bool:
    """A testimony's running head or foot, met again below the start of the text. Initials
    and a date alone could be a city's dateline over an item: only beside other furniture."""
    return bool(_STATEMENT_HEAD.match(text) or (beside_furniture and _INITIALS_DATE.match(text)))
