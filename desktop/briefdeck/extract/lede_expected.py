"""The outlook: up to two sentences of what the report expects to happen.

Sentences that say what will happen ("will", "plans to", "is expected to", "in the coming
days") feed it, time-bound ones and pending decisions first; a report's own OUTLOOK section
leads when it judges how likely. Not a quotation, a speaker's aside, a chair's procedure, an
event's programme, nor a recovery a later casualty update supersedes.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.bench_turns import benchs_turn
from briefdeck.extract.hearing_turns import _PROCEDURAL as _PROCEDURAL
from briefdeck.extract.lede_captions import corrected_figure
from briefdeck.extract.lede_clause import clean_clause
from briefdeck.extract.lede_filters import LATE_UPDATE, RECOVERY, writers_plan
from briefdeck.extract.lede_form_lines import field_value, readers_addressed
from briefdeck.extract.lede_formats import unrelated_programme
from briefdeck.extract.lede_furniture import LETTERS_PAGE, logistics_blocks, own_voice, programme
from briefdeck.extract.lede_openings import QUOTE_OPEN, _dateline
from briefdeck.extract.lede_outlook_section import JUDGED, outlook_section
from briefdeck.extract.lede_outlook_voice import NUMBERED, voiced
from briefdeck.extract.lowered import lowered
from briefdeck.extract.place_role_asked import asked
from briefdeck.extract.sentences import Document, Sentence

# "BRISCOE: Meredith, a senior U.S. official tells me ...": a speaker turning to the anchor.
ADDRESSED = re.compile(r"(?:[A-Z][A-Z'’. -]{1,40}:\s+)?(?:(?:But|And|So|Well)\s+)?"
                       r"([A-Z][a-z]+),\s+(?=[a-z]|I\s)")
EXPECTS = re.compile(
    r"\b(?:will|won't|is\s+expected\s+to|are\s+expected\s+to|expects?\s+to|plans?\s+to|"
    r"planned\s+to|is\s+set\s+to|are\s+set\s+to|intends?\s+to|calls?\s+for|to\s+remain|"
    r"in\s+the\s+coming\s+(?:days|weeks|months)|later\s+this\s+(?:year|month|week)|"
    r"next\s+(?:week|month|year)|by\s+the\s+end\s+of|until\s+at\s+least|"
    r"(?:is|are)\s+(?:weighing|considering|mulling)|(?:has|have)\s+(?:\w+\s+)?asked|"
    r"no\s+decision|until\s+further\s+notice)\b", re.I)
# A decision pending or an ask outstanding ("is weighing strikes", "has asked for a second
# Patriot battery"): what comes next turns on it, so it leads the outlook with dated plans.
# (an ask still open: "has asked", not "had asked ... earlier this year" nor a family's "has
# asked for privacy" nor members' "have asked whether")
PENDING = re.compile(r"\b(?:(?:is|are)\s+(?:weighing|considering|mulling)|(?:has|have)\s+"
                     r"(?:\w+\s+)?asked(?!\s+(?:whether|if|about|for\s+privacy|not\s+to))|"
                     r"no\s+decision)\b", re.I)
_PENDING_HINT = re.compile("weigh|consider|mull|asked|decision")  # (before PENDING's scan)
HORIZON = re.compile(r"\b(?:in\s+the\s+coming|later\s+this|next\s+(?:week|month|year)|"
                     r"by\s+the\s+end\s+of|until\s+at\s+least|(?:by|until|in)\s+(?:January|"
                     r"February|March|April|May|June|July|August|September|October|November|"
                     r"December|the\s+summer|the\s+spring|the\s+autumn|the\s+fall))\b", re.I)
# A speaker's aside ("Look, we have about 2,500 troops ..."): talk, not the report's outlook.
SPOKEN_ASIDE = re.compile(r"(?:>+\s*)?(?:[A-Z][A-Z'’. -]{1,40}:\s+)?"
                          r"(?:Look|Listen|Frankly|Honestly|Um|Uh|Hey),\s", re.I)
NEGATED = re.compile(r"\b(?:will\s+not|won't|would\s+not|not\s+(?:expected|planned))\b", re.I)


# EXPECTS without re.I, for the lower-cased copy of the text (a case-blind scan of every
# sentence costs several times as much).
_EXPECTS_LOWER = word_gated(re.compile(EXPECTS.pattern))


def _expects(text: str, sent: Sentence) -> bool:
    low = lowered(text)
    if low is None or sent.start and (text[sent.start - 1].isalnum() or
                                      text[sent.start - 1] == "_"):
        return EXPECTS.search(sent.text) is not None  # (a word runs on before the sentence)
    return _EXPECTS_LOWER.search(low, sent.start, sent.end) is not None


# "The Minister for the Armed Forces (Ruth Callender): ...", "Ms Roe (Seat) (Lab): ...": the
# label a record of a debate puts before each turn.
# (the words a chair's or a member's courtesy holds: the cheap test before _PROCEDURAL)
# (lower case, matched against the lowered sentence, as _PROCEDURAL ignores case)
_CHAIR_WORDS = ("committee", "speaker", "thank", "yield", "recogni", "permission", "order",
                "witness", "record", "joined", "summar", "good ", "objection", "grateful",
                "recess", "adjourn")
TURN_LABEL = re.compile(r"[A-Z][^:\n]{2,120}\)[ \t]*:\s+")


HURT = re.compile(r"\b(?:kill|wound|injur|hurt|dead|died|casualt)", re.I)


# A sentence EXPECTS found only for its "has asked"/"have asked" (PENDING turned it down).
_ASKED_ONLY = re.compile(r"(?is)(?!.*\b(?:will|won't|expect|plans?\s+to|planned\s+to|set\s+to|"
                         r"intends?|calls?\s+for|to\s+remain|coming|later\s+this|next|by\s+"
                         r"the\s+end|until\s+at|weighing|considering|mulling|no\s+decision))"
                         r".*\b(?:has|have)\s+(?:\w+\s+)?asked\b")


def _casualty_update(doc: Document) -> int:
    """Where the last update on the casualties starts (a late update, a 'now says' with a
    toll), or -1."""
    low = lowered(doc.text) or doc.text.lower()
    starts = [s.start for s in doc.sentences]
    last = -1
    for word in ("update", "now say", "correction"):  # (found by str.find, not a regex scan)
        at = low.find(word)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            sent = doc.sentences[i] if i >= 0 else None
            if sent is not None and sent.start > last and LATE_UPDATE.search(sent.text) \
                    and HURT.search(sent.text):
                last = sent.start
            at = low.find(word, at + len(word))
    return last


def _speaks(text: str, name: str) -> bool:
    """Does a transcript's turn label name them ("MEREDITH COLVILLE, CNN ANCHOR: ...")?"""
    return re.search(rf"(?m)^{name.upper()}\b[^:\n]{{0,60}}:", text) is not None


# "The requester asks: (a) how many ...; (c) what coverage will remain": a request for
# information restated over its answer asks what will be; it expects nothing.
RESTATED_QUESTION = re.compile(r"(?:The\s+)?(?:requester|requestor|customer|tasker|question)\s+"
                               r"(?:asks|asked|is)\b|\w+\s+asks:", re.I)


def outlook(doc: Document, skip: Sentence | None, limit: int = 2, words_most: int = 60,
            headline: str = "") -> str:
    """Up to two sentences of what the report expects to happen, time-bound ones first."""
    section = outlook_section(doc, EXPECTS, words_most, skip)
    if section and JUDGED.search(section):  # the report's own OUTLOOK section judges it
        return section
    # (a section that only expects gives way to the report's judgement of how likely found
    # elsewhere: "It is likely that the campaign will continue ...")
    told = _expected(doc, skip, limit, words_most, headline)
    return told if not section or JUDGED.search(told) else section


def _expected(doc: Document, skip: Sentence | None, limit: int, words_most: int,
              headline: str) -> str:
    """Up to two sentences of what the report expects, read from the whole of it."""
    found: list[tuple[int, int, str]] = []
    update = _casualty_update(doc)
    logistics = logistics_blocks(doc.sentences[:40], doc.text)  # an advisory's WHO/WHEN/...
    letters = LETTERS_PAGE.match(headline) is not None
    news = skip.text if skip is not None else headline
    for i, sent in enumerate(doc.sentences):
        words = sent.text
        if sent.start < update and RECOVERY.search(words):
            continue  # a later update on the hurt supersedes it
        if sent is skip or QUOTE_OPEN.match(words) or "”" in words or '"' in words:
            continue
        if SPOKEN_ASIDE.match(words) or id(sent) in logistics or letters and own_voice(words):
            continue  # (a reader's "we plan to stay" is their opinion, not a plan)
        if ", not " in words and corrected_figure(words):
            continue  # a correction's "will pay $4.2 million, not $42 million": no outlook
        if field_value(doc.text, sent.start):
            continue  # a form's "Effective:" value: when the notice applies, no expectation
        if readers_addressed(words):
            continue  # a column's greeting: "..., this has been a month none of us will forget
        if not _expects(doc.text, sent) or NEGATED.search(words) or len(words.split()) < 8:
            continue
        if benchs_turn(doc.text, sent.start):
            continue  # a judge's "I will give the exhibit little weight": the court's procedure
        if asked(doc.text, sent.start, sent.end) or RESTATED_QUESTION.match(words):
            continue  # a question ("Will the attack change the timetable?") expects nothing
        if "asked" in words and _ASKED_ONLY.match(words) and not PENDING.search(words):
            continue  # "asked" without an ask still open: no expectation
        m = _dateline(doc.text, sent)
        start = m.end() if m else sent.start
        label = TURN_LABEL.match(doc.text, start, sent.end) if "):" in words else None
        if label:  # a debate's or hearing's turn: its words, not the speaker's label
            start = label.end()
        addressed = ADDRESSED.match(doc.text, start, sent.end)
        if addressed and _speaks(doc.text, addressed.group(1)):
            start = addressed.end()  # the anchor's name is no part of what is expected
        numbered = NUMBERED.match(doc.text, start, sent.end)
        if numbered:  # a summary's "2.2 Local media ...": its number is no word of it
            start = numbered.end()
        lower = words.lower()
        if any(w in lower for w in _CHAIR_WORDS) and _PROCEDURAL.match(doc.text, start, sent.end):
            continue  # "With permission, Mr Speaker, I will make a statement", "will recess"
        clause = clean_clause(doc.text[start:sent.end], limit=40)
        if programme(clause) or unrelated_programme(clause, news):
            continue  # an event's programme ("X and Y will speak"), not what comes next
        if "ll " in clause:  # "...; will send a separate report": the writer's plan, cut
            kept = writers_plan(clause)
            clause = clean_clause(kept) if kept != clause else clause
        if clause and EXPECTS.search(clause):  # not only in the sourcing cut away
            clause = voiced(doc.text, sent.start, clause)  # a speaker's "I think": whose
            if clause is None:
                continue
            soon = HORIZON.search(words) or _PENDING_HINT.search(lower) and PENDING.search(words)
            found.append((0 if soon else 1, i, clause))
    chosen: list[tuple[int, int, str]] = []
    for item in sorted(found):
        if len(chosen) < limit and (not chosen or sum(
                len(c.split()) for _, _, c in chosen) + len(item[2].split()) <= words_most):
            chosen.append(item)
    return " ".join(c for _, _, c in sorted(chosen, key=lambda f: f[1]))
