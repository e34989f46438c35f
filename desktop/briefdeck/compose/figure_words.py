"""How a figure is said on a slide and on the page: in the report's own words, never as a
value the extractor estimated from words ("a few dozen" is not "about 36"), and with the clause
it came from when the counted phrase alone says nothing ("Two German soldiers" -> "Two German
soldiers suffered light injuries"). One rule for the deck and the one-pager."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefdeck.compose.abbreviations import abbreviated
from briefdeck.compose.borrowed_verbs import tail_from_another_clause
from briefdeck.compose.figure_statements import (
    label_tail_only,
    locates_only,
    reads_whole,
    starts_with_verb,
)
from briefdeck.compose.forwarded_words import with_whose
from briefdeck.compose.key_fact_sentences import asked, table_cell, whole_sentence
from briefdeck.compose.numbers import number
from briefdeck.compose.wrapped_lines import wrapped_break
from briefdeck.model.quote_marks import balanced_quotes

_QUALIFIER_WORDS = {
    "about": "about", "at least": "at least", "up to": "up to",
    "more than": "more than", "fewer than": "fewer than",
}
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CURRENCY_SIGN = re.compile(r"[$€£¥₹]|\b(?:USD|EUR|GBP|dollars?|euros?|pounds?)\b", re.I)
# Where a clause starts or ends: a sentence end (a footnote number may follow the stop), a
# semicolon, a comma, a dash set off by spaces, a line break, an opening bracket, a table's
# cell edge (a tab: "2 x 122mm rockets" is its cell, not the row "... 0 0 CENTCOM"); on the left
# also a transcript's label ("DK: ", "MR. ROE: ", a reporter's "Q ") or a colon.
# (a line break before a word in lower case is a wrapped line, as a PDF's, not a stop)
_LEFT_STOP = re.compile(r"[.!?;](?<!\d\.(?=\d))[\d\"'”’)\]]*\s+|,\s+|\s[—–-]\s|:\s+|"
                        r"(?<=\n)Q:?\s+(?=[A-Z])|\t|"
                        r"\n(?![ \t]*[a-z])")
_ASIDE = re.compile(r"\s*\([^()]*\)")
# (on the right also a record's column gap before its next field's label: 'Patients: 4
# Fatalities: 0' is two fields, and the next one's words are no context of this one's count)
_RIGHT_STOP = re.compile(r"[.!?;](?<!\d\.(?=\d))(?:[\d\"'”’)\]]*\s|$)|,\s|\s[—–-]\s|"
                         r"\n(?![ \t]*[a-z])|\(|\t|"
                         r" {2,}(?=(?:[A-Z][\w/.-]*\s){0,2}[A-Z][\w/.-]*:\s)")
# what after a comma is still the count's: a condition ('if ...', 'unless ...') or who said
# it, the sentence's speaker ('two officials said', 'according to the ministry')
_KEPT_TAIL = re.compile(r"(?:if|unless|provided|assuming)\s|according\s+to\s|"
                        r"(?!(?:and|but|or|while|although|though|as|which|who|whom|when|after|"
                        r"before|where)\s)"
                        r"(?:[\w.'’-]+\s){1,7}(?:said|says|told|reported|confirmed|claimed)\b"
                        r"(?=[^,;]{0,80}[.!?](?:\s|$))")
# a clause that only sets the scope of the next one: 'Of the 53 wounded, 36 were men'
# (at a sentence's start: 'out of roughly 60 in the Army, and ...' scopes nothing after it)
_SCOPE_OPENER = re.compile(r"\s*(?:Of|Among|Out\s+of)\s")
# what may follow a trailing aside's figure before its clause ends: 'points', 'a year'
_SHORT_TAIL = re.compile(r"(?:\s+[\w%-]+){0,2}\s*(?:[.!?;,]|$)")
# a joining word left at the start of a clause cut from its sentence: '…and two more died'
# ('so far', 'so many' are not joiners: 'so far 60 troops have been hurt')
_JOINER = re.compile(r"(?:and|but|or|so(?!\s+(?:far|many|much|long|few|little)\b)|while|"
                     r"whereas)\s+(?=\S)")
# ... and one left at its end, where a page break or a lost line cut the sentence (in lower
# case only: 'Building A', 'Company A', 'Fort Wayne, IN' end in a name, not a dangling word)
_DANGLING = re.compile(r"\s+(?:and|but|or|of|to|the|a|an|with|by|from|in|on|at|as)$")
# what starts a line but is no word of it: a list mark, a post's counter ('8/9'), a
# footnote's number before a quoted headline ('2 "Five wounded, ...')
# ... or a paragraph's number ('1.4 A Kurdish official ...'), or a log entry's time stamp
# ('00:21:00  M-23 TRANSPORTING ...': when the line was logged, no word of what it says)
_LINE_MARKER = re.compile(r"^(?:[-*•▪–]\s+|\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=[A-Z(])|"
                          r"(?:\d{1,2}/\d{1,2}/\d{2,4}\s+)?\d{1,2}:\d{2}(?::\d{2})?Z?\s+"
                          r"(?!(?:[ap]\.?m\b|hrs?\b|hours\b|local\b|GMT\b|UTC\b))(?=\S)|"
                          r"\d{1,3}/\d{1,3}\s+|\d{1,3}\s+(?=[\"“]?(?:One|Two|Three|"
                          r"Four|Five|Six|Seven|Eight|Nine|Ten)\b))")
MAX_BEFORE, MAX_AFTER = 10, 12  # words kept either side of the counted phrase
MAX_SENTENCE_BEFORE = 16  # a sentence's subject, aside and verb, kept whole
_WINDOW = 400


@dataclass(frozen=True)
class FigureWords:
    lead: str  # the counted phrase as written: "a few dozen inquiries", "about US$4 million"
    rest: str  # what the label says beyond it: "near Taiz", or ""
    clause: str  # the source clause holding it, or "" (no source text, or it says no more)
    label: str = ""  # the whole label, tidied
    fragment: bool = False  # its words make no statement alone (a clause's tail, a table row)

    @property
    def bullet(self) -> str:
        """One line for a slide: the clause when the label says no more than the amount."""
        if self.fragment:
            return ""
        if not self.rest:
            return self.clause or self.lead
        if self.lead.casefold() in self.label.casefold():
            return self.label  # 'around 120 detainees near Taiz'
        return f"{self.label}: {self.lead}"  # the analyst's own label: 'Moving north: 1,200'


    @property
    def context(self) -> str:
        """The page's plain text after the bold lead."""
        if self.rest:
            return self.rest
        if not self.clause:
            return ""
        clause = self.clause.removeprefix("…")
        if clause.casefold().startswith(self.lead.casefold()):
            # 'Two German soldiers suffered light injuries': the lead is not said twice
            return clause[len(self.lead):].lstrip(" ,") or ""
        return self.clause


def tidy_label(fig: Any) -> str:
    """The label without a lone quote mark and without a currency said twice
    ('a few dozen" inquiries' -> 'a few dozen inquiries'; 'about US$4 million USD' -> ...)."""
    label = balanced_quotes(fig.label or fig.text or "")
    text, unit = (fig.text or "").strip(), (fig.unit or "").strip()
    if text and unit and _CURRENCY_SIGN.search(text) and _CURRENCY_SIGN.fullmatch(unit):
        label = re.sub(rf"(?i)({re.escape(text)})\s+{re.escape(unit)}\b", r"\1", label, count=1)
    return " ".join(label.split())


def figure_amount(fig: Any) -> str:
    """'about 5,200 personnel', '200–300 troops': the value, for a figure written in numerals."""
    value = number(fig.value)
    if fig.qualifier == "range" and fig.value_high is not None:
        value = f"{value}\u2013{number(fig.value_high)}"
    words = _QUALIFIER_WORDS.get(fig.qualifier, "")
    return " ".join(p for p in (words, value, fig.unit) if p)


# A bare numeral (a table's cell: "1,412,556", "+300,000"), signed or grouped.
_BARE_NUMERAL = re.compile(r"([+\-\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")


def scaled_amount(fig: Any) -> str:
    """'+$300,000,000' for a figure whose words are a bare number other than its value: a
    cell of a table 'in thousands of dollars' reads '+300,000' and is worth $300,000,000. Its
    words alone would show a number 1,000 times too small, so it is said by its value; ''
    for a figure whose words are its value."""
    text = (fig.text or "").strip()
    found = _BARE_NUMERAL.fullmatch(text) if text and text[-1:].isdigit() else None
    if found is None or fig.value is None:
        return ""
    written = float((found.group(2) + (found.group(3) or "")).replace(",", ""))
    if written == 0 or written == abs(float(fig.value)):
        return ""
    sign = found.group(1).replace("\u2212", "-")
    unit = (fig.unit or "").strip()
    if unit.upper() == "USD":
        return f"{sign}${number(abs(float(fig.value)))}"
    return " ".join(p for p in (sign + number(abs(float(fig.value))), unit) if p)


# words that join a phrase, never a unit written out after the number
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or over per the to with".split())


def counted_phrase(fig: Any) -> tuple[str, str]:
    """(the counted phrase as written, what the label says after it)."""
    label = tidy_label(fig)
    scaled = scaled_amount(fig)
    if scaled:
        # (said by its value; the label's own amount, when it gives it, is not said twice)
        at = label.casefold().find(scaled.casefold())
        rest = label[:at] + label[at + len(scaled):] if at >= 0 else label
        return scaled, rest.strip(" ,;:-—–")
    text = balanced_quotes(fig.text or "").strip()
    unit = (fig.unit or "").strip()
    low = label.casefold()
    start = low.find(text.casefold()) if text else -1
    if start >= 0 and unit:
        found = re.compile(r"(?<![^\W\d_])" + re.escape(unit.casefold())).search(
            low, start + len(text))  # the unit at a word's start: 'm' of 'meters', not 'from'
        if found:
            cut = found.end()
            while cut < len(label) and label[cut].isalnum():  # 'kilometers' for unit 'km'
                cut += 1
            return label[start:cut].strip(), label[cut:].strip(" ,;:-—–")
    if start >= 0 and text:
        cut = start + len(text)
        if not (_CURRENCY_SIGN.search(text) or not unit or unit.casefold() in text.casefold()):
            # the unit written out another way ('roughly 60 kilometers' for km): its next word
            word = re.match(r"\s+[^\W\d_][\w-]*", label[cut:])
            # (a small word is no unit: "EST 60 PCT OF BLDG" has its unit written already)
            cut += word.end() if word and word.group().strip().casefold() not in _SMALL_WORDS \
                else 0
        return label[start:cut], label[cut:].strip(" ,;:-—–")
    # The label does not hold the words: it is the analyst's own ('Soldiers moving north').
    if not text or _NUMERAL.fullmatch(text.replace(" ", "")):
        written = figure_amount(fig)
    else:
        written = text if (not unit or unit.casefold() in text.casefold()
                           or _CURRENCY_SIGN.search(text)) else f"{text} {unit}"
    said = label if label.casefold() != written.casefold() and label != (fig.text or "") else ""
    return written, said


# A portion mark ("(U)", "(S//NF)") is the source's marking of a paragraph, not its words: the
# slide gives the figure's own mark; one inside the words would read as part of the count.
_PORTION_MARK = re.compile(r"\((?:U|C|S|TS|CUI|FOUO)(?://?[A-Z0-9][A-Z0-9 ,/-]*)?\)\s*")


def figure_words(fig: Any, source_text: str = "") -> FigureWords:
    """The figure as the deck's bullet and the page's line both say it."""
    lead, rest = counted_phrase(fig)
    if rest and not rest.strip(" \"'“”‘’.,;:-"):
        rest = ""
    clause = ""
    prov = getattr(fig, "provenance", None)
    label = _PORTION_MARK.sub("", tidy_label(fig))
    located = source_text and prov is not None and 0 <= prov.start < prov.end <= len(source_text)
    if located and locates_only(fig.unit, source_text, _phrase_end(source_text, prov.start,
                                                                   lead)):
        # only where something is: the bare distance, which no key-fact line keeps
        return FigureWords(figure_amount(fig).replace("nautical miles", "nm"), "", "", label)
    if located and rest and tail_from_another_clause(
            source_text, _phrase_end(source_text, prov.start, lead), rest):
        rest = ""  # "11 interceptors (fired since it) arrived in ...": the figure's own clause
    # the extractor's label (amount, where, when) gives way to a clause that says it whole
    built = rest and label.casefold().startswith(lead.casefold()) and label_tail_only(rest)
    if located and (not rest or built):
        clause = _PORTION_MARK.sub("", source_clause(source_text, prov.start, prov.end, lead))
        if " ".join(clause.casefold().rstrip(".!?").split()) == " ".join(lead.casefold().split()) \
                or not any(c.isalpha() for c in clause):
            clause = ""  # (the lead again, or a bare number: a value cell says nothing more)
        if not clause and not rest:
            clause = _breakdown_line(source_text, prov.start, _phrase_end(source_text,
                                                                          prov.start, lead))
        if built:
            clause, rest = (clause, "") if reads_whole(clause, lead, rest) else ("", rest)
    if located and asked(source_text, prov.end):  # a question put tells no fact
        return FigureWords(lead, rest, "", label, fragment=True)
    if located:
        cell = table_cell(source_text, prov.start, prov.end)
        if cell is not None and not reads_whole(source_text[cell[0]:cell[1]], lead):
            # a row's cells are no sentence: a figure is a key fact in its own cell's words
            return FigureWords(lead, rest, "", label, fragment=True)
        if cell is not None or clause.startswith("…") or _inside_list(clause, lead):
            # cut from its sentence (or in a cell): the sentence, or no key fact
            phrase_end = _phrase_end(source_text, prov.start, lead)
            stop = _right_stop(source_text, max(prov.end, phrase_end))
            clause_end = stop.start() if stop else min(len(source_text), phrase_end + _WINDOW)
            clause = _PORTION_MARK.sub("", whole_sentence(source_text, prov.start, prov.end,
                                                          clause_end, cell))
            if not clause:
                return FigureWords(lead, rest, "", label, fragment=True)
            rest = ""
    if not rest and not clause:
        rest = _said_before(label, lead)
    if located and clause:  # a forwarded post's words are its channel's
        clause = with_whose(clause, source_text, prov.start)
    return FigureWords(lead, _PORTION_MARK.sub("", rest), clause, label)


def _inside_list(clause: str, lead: str) -> bool:
    """Does the figure stand inside a bracket the clause opens before it and leaves open
    ('Hurt: 3 (two medics, …' is a breakdown's part, said whole by its sentence)?"""
    at = clause.casefold().find(lead.casefold())
    return at > 0 and clause.count("(", 0, at) > clause.count(")", 0, at)


# a breakdown's line: '- killed: 2 civilian workers' (what happened, then who)
_BREAKDOWN_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-*•▪–][ \t]+)?([a-z][a-z ]{2,20}:[ \t]*)$")


def _breakdown_line(text: str, start: int, end: int) -> str:
    """'killed: 2 civilian workers' for a count that is a breakdown line's whole entry."""
    head = _BREAKDOWN_HEAD.search(text, max(0, start - 30), start)
    return " ".join((head.group(1) + text[start:end]).split()) if head else ""


def _said_before(label: str, lead: str) -> str:
    """What the label says before a bare count when nothing after it does: 'Total US WIA
    since 14 SEP: 32' -> 'Total US WIA since 14 SEP'. A line must say what is counted."""
    at = label.casefold().rfind(lead.casefold()) if lead else -1
    if at <= 0 or label[at + len(lead):].strip(" .;,"):
        return ""
    before = label[:at].strip(" ,;:-—–=")
    return before if any(c.isalpha() for c in before) else ""


def figure_words_in(briefing: Any, fig: Any) -> FigureWords:
    """figure_words with the figure's own source text, when the briefing kept it."""
    prov = getattr(fig, "provenance", None)
    source = briefing.source(prov.source) if prov is not None else None
    return figure_words(fig, source.text if source is not None and source.text else "")


def source_clause(text: str, start: int, end: int, lead: str = "") -> str:
    """The clause of the source around text[start:end] (the figure's words), cut to a few
    words either side with an ellipsis; the counted phrase is widened past the span first.
    A bracketed aside before the figure is left out ('launchers (PAC-2 ...) in some 20')."""
    end = min(len(text), max(end, _phrase_end(text, start, lead)))
    lo = max(0, start - _WINDOW)
    left_window = _ASIDE.sub(lambda m: " " * len(m.group()), text[lo:start])
    # ("Since Oct. 1 my crews ...", "after 1 a.m. We ...": no stop at an abbreviation's dot;
    # a line break just before the figure is a wrapped line when the figure's words are in
    # lower case, as the lookahead inside the window cannot see)
    stops = [m for m in _LEFT_STOP.finditer(left_window)
             if not abbreviated(left_window, m.start())
             and not (m.group() == "\n" and (text[lo + m.end():lo + m.end() + 1].islower()
                                             or wrapped_break(text, lo + m.start())))]
    before = left_window[stops[-1].end():] if stops else left_window
    if (stops and stops[-1].group().startswith(",") and len(before.split()) < 2
            and _SHORT_TAIL.match(text, end)):
        # ('…down 60 basis points' says down from what: the clause it trails is kept too)
        before = left_window[stops[-2].end():] if len(stops) > 1 else left_window
    stop = _right_stop(text, end)
    if stop is not None and stop.group().startswith(",") and _SCOPE_OPENER.match(before or
                                                                                  text[start:end]):
        stop = _right_stop(text, stop.end())  # ('Of the 53 wounded,' says nothing alone)
    most_after = MAX_AFTER
    while stop is not None and stop.group().startswith(",") and _KEPT_TAIL.match(text,
                                                                                stop.end()):
        # a condition or the speaker after a comma belongs to the count ('3 wounded, if the
        # two are not the same'; '... were wounded, two officials said'): without it, a
        # hedged count or one side's count reads as a plain fact
        stop = _right_stop(text, stop.end())
        most_after = 2 * MAX_AFTER  # (and room for it)
    after = text[end:stop.start() if stop else min(len(text), end + _WINDOW)]
    whole_sentence = False
    if stops and stops[-1].group().startswith(",") and starts_with_verb(
            left_window[stops[-1].end():].lstrip()):
        # the subject stands before an aside set off by commas: the sentence from its start
        opening = next((m for m in reversed(stops) if not m.group().startswith(",")), None)
        sentence = text[lo + (opening.end() if opening else 0):start]
        if len(sentence.split()) <= MAX_SENTENCE_BEFORE and sentence[:1].isupper():
            before, whole_sentence = sentence, True
    elif stops and stops[-1].group().startswith(",") and \
            left_window[stops[-1].end():][:1].isupper():
        # a comma a few words into the sentence splits its subject or its opening, not two
        # clauses ('A Counter-Rocket, Artillery and Mortar system destroyed two'): from its start
        # (one word before it is a sentence's link, 'Also,', 'However,', and stays out; words
        # in lower case after it, 'On Saturday, two drones', go to the whole sentence below)
        at = len(stops) - 1
        if at == 0 or not stops[at - 1].group().startswith(","):
            opening_end = stops[at - 1].end() if at else 0
            opening = left_window[opening_end:stops[at].start()]
            sentence = text[lo + opening_end:start]
            if (at or lo == 0) and 2 <= len(opening.split()) <= 3 and sentence[:1].isupper() \
                    and len(sentence.split()) <= MAX_SENTENCE_BEFORE:
                before = sentence  # (a long one is cut, and read whole below)
    before_words = list(re.finditer(r"\S+", before))
    after_words = list(re.finditer(r"\S+", after))
    cut_before = len(before_words) > MAX_BEFORE and not whole_sentence
    cut_after = len(after_words) > most_after
    if cut_before:
        before = before[before_words[-MAX_BEFORE].start():]
    if cut_after:
        after = after[:after_words[most_after - 1].end()]
    if (stop is not None and stop.group()[0] in _ENDS and not (cut_before or cut_after)
            and not (before + text[start:end]).lstrip()[:1].islower()
            and (stop.group()[0] != ";" or _opens_sentence(stops, lo, whole_sentence))):
        # a clause read whole to its sentence's end ends as the sentence does ('... in
        # Hodeidah.'; one that opens its sentence and ends at a semicolon reads whole too)
        # (a closing quote or bracket stays; a footnote's number after the stop goes)
        after += _ENDS[stop.group()[0]] + "".join(c for c in stop.group()[1:] if c in _CLOSERS)
    words = " ".join(balanced_quotes(before + text[start:end] + after).split()).strip(" ,;:")
    words = _LINE_MARKER.sub("", words)
    if not words:
        return ""
    if cut_before or words[:1].islower():  # it starts inside a sentence: say so
        joiner = _JOINER.match(words)
        words = "…" + (words[joiner.end():] if joiner else words)
    dangling = _DANGLING.search(words)
    if dangling and not cut_after:  # '…killing two crew members and' -> '…members…'
        words, cut_after = words[:dangling.start()].rstrip(" ,;:"), True
    if cut_after:
        words += "…"
    return words


_ENDS = {".": ".", "!": "!", "?": "?", ";": "."}  # a sentence's stop, as the key fact ends
_CLOSERS = frozenset("\"'”’)]")


def _opens_sentence(stops: list[re.Match[str]], lo: int, whole_sentence: bool) -> bool:
    """Does the clause start where its sentence does (after a full stop, a line break or the
    text's start)?"""
    if whole_sentence:
        return True
    if not stops:
        return lo == 0
    return stops[-1].group()[0] in ".!?\n"


def _right_stop(text: str, at: int) -> re.Match[str] | None:
    return next((m for m in _RIGHT_STOP.finditer(text, at, min(len(text), at + _WINDOW))
                 if not abbreviated(text, m.start())
                 and not (m.group() == "\n" and wrapped_break(text, m.start()))), None)


def _phrase_end(text: str, start: int, lead: str) -> int:
    """Where the counted phrase ends in the source: 'Two' at `start` -> after 'soldiers'."""
    if not lead:
        return start
    want = [w.strip("\"'“”") for w in lead.split()]
    at = start
    for word in want:
        # (a wrapped line's break may stand between two words, a blank line may not: in a
        # table of one cell a line, "3" / "" / "People wounded" is the next row's head)
        match = re.compile(r"[ \t\"'“”]*+(?:\n[ \t\"'“”]*+)?" + re.escape(word),
                           re.I).match(text, at)
        if not match:
            break
        at = match.end()
    return at



def bare_words(text: str) -> str:
    """A line's words for comparing two lines, no ellipses, case, spacing or commas after
    words: ' two drones ' (spaced at both ends, so 'two drones' is not found within
    'twenty-two drones'; '…killing 14 civilians…' is within '…killing 14 civilians, among')."""
    return " " + " ".join(_AFTER_WORD.sub(" ", text.replace("…", " ")).casefold().split()) + " "


_AFTER_WORD = re.compile(r"[,;:.!?](?=\s|$)")
