"""Where a quote's speaker is said, in the words around its marks.

In order: the words after the quote (", NAME said" / "said NAME"), the words before it ("NAME
said:" / "wrote on Twitter:" / "and he added that"), the attribution closing the sentence
(", the monitor added."), an "according to" in the same sentence, or the sentence before that
opened a statement or paraphrase. A pronoun just before the verb is its subject ('for what he
called "..."'); a label after a verb of calling is the caller's words, not the one called's.
"""

from __future__ import annotations

import re

from briefdeck.extract.chat_quotes import wording_label_speaker
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.last_quote_before import last_quote_before
from briefdeck.extract.military_named_before import military_named_before
from briefdeck.extract.named_before import Speakers, tidy_speaker
from briefdeck.extract.quote_callers import CALLING, PASSIVE_AUX, caller_of
from briefdeck.extract.quote_line_labels import labelled_quote, line_label
from briefdeck.extract.quote_nested_reports import _nested_reporter
from briefdeck.extract.quote_pasted import pasted_label
from briefdeck.extract.quote_patterns import (
    ABBR_DOT,
    ACCORDING_RE,
    BARE_SOURCES,
    CLAUSE_SUBJECT_RE,
    CONTINUES,
    INTRO,
    LEAD_ARTICLE,
    LEAD_IN,
    NAMED_NEXT_RE,
    NOT_SPEAKER_START,
    PARAPHRASE_LEAD,
    PHRASE_GOES_ON,
    POST_ASIDE,
    POST_LABEL,
    PRONOUN_BEFORE_VERB,
    QUOTE_RE,
    SENTENCE_TAIL_RE,
    SPEAKERISH,
    SUBJECT_VERB_RE,
    VERB,
    VERB_FIRST_RE,
    WHO_FIRST_RE,
)
from briefdeck.extract.quote_subject_first import medium_passed_on
from briefdeck.extract.quote_translated import translated_speaker
from briefdeck.extract.script_cues import piece_voice
from briefdeck.extract.sentences import Document
from briefdeck.extract.speaker_resolution import resolve_speaker

# A line that says whose statement follows: "Statement by the Army Spokesperson, Col. X:".
_STATEMENT_BY = re.compile(r"(?:Joint\s+)?(?:Statement|Remarks|Message|Comment)s?\s+(?:issued\s+)?"
                           r"by\s+(?:the\s+)?(?P<who>[^:\n\"“”]{2,120}?)\s*:\s*$")
# A date or place opening a clause after a colon: ": on Feb. 2, the group claimed".
_CLAUSE_DATE = re.compile(r"\s*(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ate|[Ee]arly)\s+[^,\"“”]{3,30},\s*")

# "quoted a senior official, speaking anonymously, as saying": the one quoted is the speaker.
# So too "quotes ministry spokesman X giving 21 killed, "..."": the figures and words are X's.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^\"“”;]{2,100}?)\s+(?:as\s+saying|"
                        r"giving)\b(?=[^\"“”]*$)")
# The start of the last clause joined before a verb: ", but two of the officials said".
_LAST_CLAUSE = re.compile(r"(?:,\s+(?:but|and|while|whereas|although|though)|;)\s+(?=[^,;]*$)")


def _last_clause(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """`_LAST_CLAUSE.search(text, pos, endpos)`, tried only where it can match: at the last
    comma or semicolon (none may follow), not at each one (a run-on sentence stays linear)."""
    at = max(text.rfind(",", pos, endpos), text.rfind(";", pos, endpos))
    return _LAST_CLAUSE.match(text, at, endpos) if at >= 0 else None
# The speaker after '..." said': to the clause's end, keeping the dots of abbreviations ("a
# U.S. official", "a U.N. envoy", "Brig. Gen. X").
_VERB_FIRST_WHO = re.compile(rf"\s*((?:[^,;.]|{ABBR_DOT}){{2,80}})")


_RELAYED = re.compile(r"\breport(?:ed|s)$")
# After a quote, "as" and who put it so: ', as one official put it', ', as the minister said'.
_AS_PUT = re.compile(r"\s*[,—–-]?\s*as\s+(?P<who>[^,;:.!?\"“”]{2,60}?)\s+(?:has\s+)?"
                     r"(?:put\s+it|puts\s+it|said|says|noted|told\s+[\w.'’-]+(?:\s+[\w.'’-]+)?)"
                     r"(?=\s*[,.;!?]|\s*$)")
# 'had "dealt with" the second drone and warned ...': words ending in "and" before the verb
# are the object of the last verb, the verb after shares the sentence's own subject.
_ENDS_JOINED = re.compile(r"\s(?:and|but|or)$")
# After a quote that ends a sentence: the next one, maybe behind a footnote mark ("[14]").
_NEW_SENTENCE = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}(?=\s))*\s+[A-Z]")  # ('."8 The': a bare note)


# A predicate joined to the one an earlier quote of the sentence stands in, with no subject of
# its own: '... a company "...", and had been struck "..."' (an auxiliary or a past tense first,
# so "and the ministry called it" is not one).
_SHARED_PREDICATE = re.compile(r"[\"”’,\s]*(?:and|but)\s+(?:(?:(?:had|has|have|was|were|is|are)"
                               r"\s+(?:been\s+|not\s+)?)[a-z]+|[a-z]+ed)\b[^\"“”,;.:]{0,60}$")


def _quote_shared_before(text: str, sent_start: int, start: int) -> re.Match[str] | None:
    """The quote before the one at start (its opening mark) in the same sentence, when this
    one stands in a predicate joined to that one's clause; else None."""
    last = last_quote_before(text, sent_start, start)
    if last is None or start - last.end() > 70 or \
            not _SHARED_PREDICATE.match(text, last.end(), start):
        return None
    return last


# A second predicate with no subject of its own, just before the quote: '... but said that'.
_JOINED_PREDICATE = re.compile(rf"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?{VERB}"
                               r"(?:\s+that)?\s*[:,]?\s*$")
# A complement clause ('..., and that it would ...') goes on the first subject's words.
_NOT_A_SUBJECT = re.compile(r"(?i)(?:that|which|who|whom|whether|how|what|if|when|where|why|"
                            r"it|its|to)$")


_CLOSING_MARK = re.compile(r"[\w.,!?][\"”]")
# Nothing, or a note in brackets, between a name and its colon: "Jane Roe (translated):".
_BRACKET_NOTE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?")


# A clause that only names the source before a colon: "Per the embassy alert:".
_PER_LEAD = re.compile(r"(?:Per|According\s+to)\s+(?P<who>[^:,;\"“”\n]{2,80}?)\s*:\s*$")
# 'CENTCOM put out a line: "..."', 'The ministry issued a statement: "..."': the one who put
# it out (a chat's or a note's shorthand for a statement quoted).
_PUT_OUT_LEAD = re.compile(r"(?P<who>[A-Z][^:,;\"“”\n]{1,80}?)\s+(?:put\s+out|issued|released|"
                           r"sent\s+out|posted)\s+(?:a|an|its|their|the)\s+(?:[a-z]+\s+)?"
                           r"(?:line|statement|note|message|update|post|notice)\s*:\s*$")


def speaker_for(doc: Document, start: int, end: int, para: tuple[int, int, int],
                speakers: Speakers) -> str:
    """start/end: the quote including its marks."""
    speaker = _speaker_for(doc, start, end, para, speakers)
    return military_named_before(medium_passed_on(doc.text, speaker, start, speakers), doc.text,
                                 start)


def _speaker_for(doc: Document, start: int, end: int, para: tuple[int, int, int],
                 speakers: Speakers) -> str:
    text = doc.text
    if text[para[0]:para[0] + 1] == "(":
        voice = piece_voice(text, start, speakers.people)
        if voice:  # '(VOICE PIECE - ROE:) "..."': a broadcast script's piece, in her voice
            return voice
    line = max(para[0], text.rfind("\n", 0, start) + 1)
    pasted = pasted_label(text, line, start) if start - line > 4 else None
    if pasted:  # 'CENTCOM, pasted: "..."' in an analyst's note: the one the label names
        who = text[pasted[0]:pasted[1]]
        speaker = resolve_speaker(who, pasted[0], pasted[1], speakers) or tidy_speaker(who)
        if speaker:
            return speaker
    if ":" in text[max(para[0], start - 4):start]:
        worded = wording_label_speaker(doc, start, para, speakers)
        if worded:  # 'X claimed it on Telegram. Their wording: "..."': the one named before
            return worded
    if text.startswith("Quote", para[0]):
        labelled = labelled_quote(doc, start, para, speakers)
        if labelled:
            return labelled
    limit = min(para[1], end + 160)
    nxt = QUOTE_RE.search(text, end, limit)
    limit = nxt.start() if nxt else limit
    sent = doc.sentence_at(start) or doc.sentence_at(max(start - 1, 0))
    sent_end = sent.end if sent else limit
    if text[end - 2 : end - 1] == "." and _NEW_SENTENCE.match(text, end, end + 12) or \
            text[end:end + 1] == "." and _NEW_SENTENCE.match(text, end + 1, end + 13):
        limit = end  # '"... a message." The secretary said ...': a new sentence follows
        # (or '... were "no casualties". Its spokesman, X, said': the stop outside the marks)
    verb_first = VERB_FIRST_RE.match(text, end, limit)
    if verb_first:  # '..." said Rear Adm. Marcus Delaney, who'
        # A quote of two sentences: the splitter's sentence ends inside the marks, so the
        # speaker's clause is read to the end of the sentence the verb stands in.
        after = doc.sentence_at(verb_first.end())
        tail_end = min(limit, max(sent_end, after.end if after else 0, verb_first.end() + 1))
        person = speakers.people.mention_at(verb_first.end(), tail_end)
        if person:
            return person[2]
        who = _VERB_FIRST_WHO.match(text[verb_first.end():tail_end])
        if who:
            return resolve_speaker(who.group(1), verb_first.end(),
                                   verb_first.end() + len(who.group(0)), speakers)
    in_aside = sent is not None and _DASH_CLOSE.match(text, end, limit) is not None and \
        _dash_before(text, sent.start, start) > 0
    # ('Asked about X -- the ministry called it "..." -- Y said': the quote stands in the
    # aside, Y speaks the sentence's own words)
    named = NAMED_NEXT_RE.match(text, end, limit) if not in_aside else None
    if named:  # '..." Col. Harriet Vale, a spokeswoman for the coalition, told reporters'
        person = speakers.people.mention_at(named.end(), min(limit, named.end() + 60))
        if person and person[0] - named.end() <= 2:
            # (a long aside on who they are may stand before the verb: read to the
            # sentence's end, short of the next quote)
            own = doc.sentence_at(person[1])
            stop = min(para[1], person[1] + 200, own.end if own else limit)
            after = QUOTE_RE.search(text, person[1], stop)
            if SUBJECT_VERB_RE.search(text, person[1], after.start() if after else stop):
                return person[2]
    as_put = _AS_PUT.match(text, end, limit)
    if as_put:  # '"keep Jordan busy," as one official put it': the one who put it so
        speaker = resolve_speaker(as_put.group("who"), as_put.start("who"), as_put.end("who"),
                                  speakers)
        if speaker:
            return speaker
    who_first = WHO_FIRST_RE.match(text, end, limit)
    if who_first and _RELAYED.search(who_first.group(0)) and sent is not None and \
            SUBJECT_VERB_RE.search(text, sent.start, start) and \
            not QUOTE_RE.search(text, sent.start, start):
        # 'X condemned the raids as "...", the news agency reported': X speaks, the agency
        # relays (its attribution is read as such)
        who_first = None
    if who_first and in_aside:
        who_first = None
    if who_first and not NOT_SPEAKER_START.match(who_first.group("who")) and \
            not PHRASE_GOES_ON.match(who_first.group("who")) and \
            not _ENDS_JOINED.search(who_first.group("who")) and \
            SPEAKERISH.search(who_first.group("who")):  # '..." a Northway spokesperson said'
        who_start, who = who_first.start("who"), who_first.group("who")
        if CONTINUES.match(who) and "," in who:  # '"..." simulated targets near X, the
            cut = who.rindex(",") + 1  # ministry said': the last clause speaks
            who_start, who = who_start + cut, who[cut:]
        speaker = resolve_speaker(who, who_start, who_first.end("who"), speakers)
        if speaker:
            return speaker
    translated = translated_speaker(text, start, speakers)
    if translated:  # 'X spokesman Jane Roe, on state TV (our translation):' above the quote
        return translated
    if sent is not None and text[para[0]:start].strip() == "":
        # a quoted paragraph after 'Lt Col Jane Doe said:' on the line before
        i = doc.sentence_index(sent.start)
        prev = doc.sentences[i - 1] if i > 0 else None
        lead = LEAD_IN.search(prev.text) if prev is not None else None
        if lead and prev is not None:
            who_end = prev.start + lead.start()
            speaker = resolve_speaker(text[prev.start:who_end], prev.start, who_end, speakers)
            if speaker:
                return speaker
        by = _STATEMENT_BY.match(prev.text) if prev is not None and prev.text[:1] in "SRMC" \
            else None
        if by and prev is not None:  # "Statement by the army spokesman, Col. Jane Roe:"
            who_start = prev.start + by.start("who")
            who = by.group("who")
            cut = who.rfind(", ") + 2  # the name after the office, when there is one
            person = speakers.people.mention_at(who_start + cut, who_start + len(who)) if cut > 1 \
                else None
            speaker = person[2] if person else resolve_speaker(who, who_start, who_start + len(who),
                                                               speakers)
            if speaker:
                return speaker
    if text[max(para[0], start - 3):start].rstrip().endswith(":"):
        label = POST_LABEL.search(text, para[0], start + 1)
        if label and label.end() == start and POST_ASIDE.search(label.group("aside")):
            # 'Jane Roe (X, 3 May, 09:10): "..."': a post, clipped under its author
            speaker = resolve_speaker(label.group("who"), label.start("who"), label.end("who"),
                                      speakers)
            if speaker:
                return speaker
    before = _quote_shared_before(text, sent.start, start) if sent is not None else None
    if before is not None:  # '..., saying it was "...", and had been struck "...": the one
        # who said the first words says these
        return _speaker_for(doc, before.start(), before.end(), para, speakers)
    if sent is not None:
        head_start = sent.start
        intro = INTRO.match(text, head_start, start)
        if intro:
            head_start = intro.end()
        quoted_as = _QUOTED_AS.search(text, head_start, start) if "as say" in \
            text[head_start:start] or "giving" in text[head_start:start] else None
        if quoted_as and not QUOTE_RE.search(text, quoted_as.end(), start):
            # 'The paper quoted a senior official as saying: "..."': the one quoted speaks
            speaker = resolve_speaker(quoted_as.group("who"), quoted_as.start("who"),
                                      quoted_as.end("who"), speakers)
            if speaker:
                return speaker
        said = SUBJECT_VERB_RE.search(text, head_start, start)
        public = _PUBLIC_NESTED.search(text, said.end(), start) if said and \
            start - said.end() < 120 else None
        if public and not QUOTE_RE.search(text, said.end(), start):
            # 'Roe said residents described shells landing "every few minutes"': theirs
            return tidy_speaker(public.group("who"))
        stop = max(text.rfind(c, head_start, start) for c in "\"“”.;")  # (none after "which")
        which = _WHICH_SAID.search(text, head_start, start) if \
            text.find("which", max(head_start, stop + 1), start) >= 0 else None
        if which:  # 'as did the X Council, which said the region was "inseparable"'
            speaker = resolve_speaker(which.group("who"), which.start("who"), which.end("who"),
                                      speakers)
            if speaker:
                return speaker
        meeting = _MEETING_WHICH.match(text, head_start, start) if "which" in \
            text[head_start:start] else None
        if meeting:  # 'the X Council held a meeting ..., which praised the "..."': the body met
            speaker = resolve_speaker(meeting.group("who"), meeting.start("who"),
                                      meeting.end("who"), speakers)
            if speaker:
                return speaker
        calling = CALLING.search(text, max(head_start, start - 90), start)
        if calling:  # 'X, whom CENTCOM called a "..."': the one calling, not the one called
            speaker = caller_of(text, head_start, calling, speakers)
            if speaker:
                return speaker
        praised = _PRAISED.search(text, max(head_start, start - 90), start)
        if praised and not QUOTE_RE.search(text, head_start, praised.start()):
            # 'He commended the crews for their "steady nerve"': the one praising says it
            speaker = resolve_speaker(text[head_start:praised.start()], head_start,
                                      praised.start(), speakers)
            if speaker:
                return speaker
        semi = max(text.rfind(";", head_start, start), text.rfind(": ", head_start, start))
        if semi > head_start and SUBJECT_VERB_RE.search(text, semi + 1, start) and \
                not QUOTE_RE.search(text, head_start, start):
            head_start = semi + 1  # "X said ...; Y now says it is "...": the last clause's
            # ("Claims vary: on May 2, X claimed ...": the clause after the colon, its date
            # set aside)
            dated = _CLAUSE_DATE.match(text, head_start, start)
            head_start = dated.end() if dated else head_start
        later = _last_clause(text, head_start, start) if \
            QUOTE_RE.search(text, head_start, start) else None
        if later and QUOTE_RE.search(text, head_start, later.start()) and \
                not QUOTE_RE.search(text, later.end(), start) and \
                SUBJECT_VERB_RE.search(text, later.end(), start):
            # 'X voiced its "concern", and Y said it stood "with Z"': an earlier quote ends the
            # first clause; the clause after ", and" names this quote's speaker
            head_start = later.end()
        dash = _dash_before(text, head_start, start)
        if dash > 0 and SUBJECT_VERB_RE.search(text, dash, start):
            head_start = dash  # (the aside's own clause, or the one after it)
        verb = SUBJECT_VERB_RE.search(text, head_start, start)
        late = _last_clause(text, verb.end(), start) if verb and \
            start - verb.end() > 20 else None
        late_verb = SUBJECT_VERB_RE.search(text, late.end(), start) if late else None
        late_who = text[late.end():late_verb.start()].split() if late and late_verb else []
        if late_verb and 0 < len(late_who) <= 8 and not _NOT_A_SUBJECT.match(late_who[0]) \
                and not PASSIVE_AUX.search(" ".join(late_who)) and \
                not QUOTE_RE.search(text, head_start, start):
            # 'Officials have not said how many, but an adviser told X it would be "..."':
            # the clause the quote stands in has its own subject
            head_start, verb = late.end(), late_verb
        nested = _nested_reporter(text, verb.end(), start) if verb and \
            not QUOTE_RE.search(text, head_start, start) else None
        if nested:  # 'UKMTO said that the master had reported "...": the master's words
            speaker = resolve_speaker(text[nested[0]:nested[1]], nested[0], nested[1], speakers)
            if speaker:
                return speaker
        pronoun = PRONOUN_BEFORE_VERB.search(text, head_start, verb.start()) if verb else None
        if verb and pronoun and not QUOTE_RE.search(text, head_start, verb.start()):
            speaker = resolve_speaker(pronoun.group(0), pronoun.start(), verb.start(), speakers)
            if speaker:
                return speaker
        if verb and not QUOTE_RE.search(text, head_start, verb.start()):
            # 'Lauren Fitch told reporters the United States was "not looking ..."'
            subject_start = head_start
            joined = _last_clause(text, head_start, verb.start())
            if joined and SPEAKERISH.search(text, joined.end(), verb.start()):
                # 'X could not say whether Y had signed, but two officials said ...': the
                # clause the verb stands in has its own subject
                subject_start = joined.end()
            subject_end = _sources_end(text, subject_start, verb.start())
            # (a lone closing mark: the sentence opened inside the quote before, '..., it
            # works," said X, who led it. "...': its words are no subject)
            speaker = "" if _CLOSING_MARK.search(text, subject_start, subject_end) else \
                resolve_speaker(text[subject_start:subject_end], subject_start, subject_end,
                                speakers)
            if speaker:
                return speaker
        joined = _JOINED_PREDICATE.search(text, max(head_start, start - 40), start) if \
            verb and QUOTE_RE.search(text, head_start, verb.start()) else None
        if joined:  # 'Jane Roe conceded the delay was "regrettable" but said that "...": the
            # verb shares the sentence's subject, the person it opens on (no one else named)
            person = speakers.people.mention_at(head_start, joined.start())
            if person and text[head_start:person[0]].strip() == "" and \
                    speakers.people.mention_at(person[1], joined.start()) is None:
                return person[2]
        clause = CLAUSE_SUBJECT_RE.search(text, max(head_start, start - 80), start)
        if clause and SPEAKERISH.search(clause.group("who")) and \
                not NOT_SPEAKER_START.match(clause.group("who")):
            # '... on X, and he added that "patience has limits"': the clause's own subject
            speaker = resolve_speaker(clause.group("who"), clause.start("who"), clause.end("who"),
                                      speakers)
            if speaker:
                return speaker
        tail = SENTENCE_TAIL_RE.search(text, end, sent.end)
        if tail and not QUOTE_RE.search(text, end, tail.start()):
            # '... strikes that "targeted depots", a compound near the town, the monitor added.'
            speaker = resolve_speaker(tail.group("who"), tail.start("who"), tail.end("who"),
                                      speakers)
            if speaker:
                return speaker
        according = ACCORDING_RE.search(text, sent.start, sent.end)
        if according and not (according.start() < end and start < according.end()):
            return resolve_speaker(according.group("who"), according.start("who"),
                                   according.end("who"), speakers)
        if text[sent.start:start].strip() == "" and sent.start > para[0]:
            # 'X announce their responsibility for the strike. "...": a quote that is a
            # sentence of its own goes on the statement the sentence before opened
            i = doc.sentence_index(sent.start)
            prev = doc.sentences[i - 1] if i > 0 else None
            opened = _STATEMENT_OPENS.match(text, prev.start, prev.end) if prev is not None \
                and prev.start >= para[0] and not QUOTE_RE.search(text, prev.start, prev.end) \
                else None
            if opened:  # (a person by name, else the body's whole name, particles and all)
                person = speakers.people.mention_at(opened.start("who"), opened.end("who"))
                name = LEAD_ARTICLE.sub("", opened.group("who"))
                return person[2] if person else known_organization(name) or name
            lead = PARAPHRASE_LEAD.match(text, prev.start, prev.end) if prev is not None \
                and prev.start >= para[0] and not QUOTE_RE.search(text, prev.start, prev.end) \
                else None
            if lead:  # 'He said the range was longer. "..."': the one paraphrased goes on
                return resolve_speaker(lead.group("who"), lead.start("who"), lead.end("who"),
                                       speakers)
    if text[max(para[0], start - 3):start].rstrip().endswith(":") and sent is not None:
        # 'Per the embassy's alert: "..."', 'According to the ministry: "..."': the source
        per = _PER_LEAD.match(text, sent.start, start) or \
            _PUT_OUT_LEAD.match(text, sent.start, start)
        if per:
            who = per.group("who")
            return resolve_speaker(who, per.start("who"), per.end("who"), speakers) or \
                tidy_speaker(who)
    if text[max(para[0], start - 3):start].rstrip().endswith(":"):
        # 'Statement from the coalition's spokesperson Maj. Jane Roe: "..."': the person
        # named just before the colon says it
        colon = text.rindex(":", max(para[0], start - 3), start)
        person = speakers.people.mention_at(max(para[0], colon - 80), colon)
        if person and _BRACKET_NOTE.fullmatch(text, person[1], colon):  # ("(translated)")
            return person[2]
    if ": " in text[max(para[0], start - 200):start]:
        return line_label(text, start, para, speakers, sent.start if sent else -1)
    return ""


# Unnamed sources placed where they are: "Two security sources in Anbar told". The sources
# speak, the place only says where they serve (it is no speaker of its own).
_SOURCES_PLACED = re.compile(r"\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                             r"(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")


def _sources_end(text: str, start: int, end: int) -> int:
    """Where a subject's words end, short of the place its unnamed sources are in."""
    placed = _SOURCES_PLACED.search(text, start, end) if "sources " in text[start:end] or \
        "officials " in text[start:end] else None
    if placed and BARE_SOURCES.match(text[start:placed.start()].strip()):
        return placed.start()
    return end


# A dash aside inside a sentence ("-- ... --", "— ... —"): a dash closing the aside right
# after the quote, and the last dash before it (_dash_before).
_DASH_CLOSE = re.compile(r"\s*(?:--|—|–)\s")


def _dash_before(text: str, start: int, end: int) -> int:
    """Where the words after the last spaced dash in [start, end) begin, or -1."""
    best = -1
    for dash in (" -- ", " — ", " – "):
        at = text.rfind(dash, start, end)
        if at > best:
            best = at + len(dash)
    return best


# A sentence that opens on a body announcing or claiming: "The X Brigades announce their
# responsibility for ...", "The group claimed the attack ..." (its emoji or bullet first).
_STATEMENT_OPENS = re.compile(r"[^\w\"“”]{0,6}(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+"
                              r"(?:the\s+)?|in\s+|al-)?[A-Z][\w'’.-]*){0,6})\s+(?:has\s+|have\s+)?"
                              r"(?:announced?|announces|claimed|claims?|declared?|declares)\b")


# A body speaking in a relative clause just before the quote: "..., the X Council, which said".
# ("..., the X Office, which calls the attack, "...": the body calling it so says it)
_WHICH_SAID = re.compile(r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*"
                         r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.-]*){0,6}),\s+which\s+"
                         r"(?:said|says|stated|added|warned|calls|called|describes|described|"
                         r"terms|termed)\b[^\"“”.;]{0,120}$")


# A body's meeting that speaks in a relative clause: "The X Council held its weekly session,
# chaired by Y, which stressed the "..."" (official agencies' style): the body that met.
_MEETING_WHICH = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?|for\s+)?[A-Z][\w'’.-]*){0,6})"
    r"\s+(?:held|convened|concluded|opened)\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:meeting|session|conference|summit)\b[^;\"“”]{0,160}?,\s+which\s+")


# Members of the public whose words a speaker relays: "she said residents described".
_PUBLIC_NESTED = re.compile(
    r"\b(?P<who>(?:[a-z]+\s+)?(?:residents|witnesses|villagers|locals|survivors|"
    r"eyewitnesses)(?:\s+(?:of|in|from)\s+[A-Z][\w'’-]*)?)\s+(?:described|said|told|"
    r"recalled|spoke\s+of)\b")


# Praise with the praised quality quoted: 'She thanked the crews for their "quick work"'.
_PRAISED = re.compile(r"\b(?:praised|complimented|commended|thanked|hailed|lauded|"
                      r"congratulated|praises|commends|thanks|hails)\b[^\"“”.;:]{0,60}?"
                      r"\bfor\s+(?:their|its|his|her|the)\s+$")


