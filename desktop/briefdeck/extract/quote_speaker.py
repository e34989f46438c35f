"""Where a quote's speaker is said, in the words around its marks.

In order: the words after the quote (", NAME said" / "said NAME"), the words before it ("NAME
said:" / "wrote on Twitter:" / "and he added that"), the attribution closing the sentence
(", the monitor added."), an "according to" in the same sentence, or the sentence before that
opened a statement or paraphrase. A pronoun just before the verb is its subject ('for what he
called "..."'); a label after a verb of calling is the caller's words, not the one called's.
"""

from __future__ import annotations

import re

from briefdeck.extract.institutions import INSTITUTION
from briefdeck.extract.known_organizations import KNOWN_RE, known_organization
from briefdeck.extract.military_named_before import military_named_before
from briefdeck.extract.named_before import LOOKBACK, Speakers, tidy_speaker
from briefdeck.extract.platform_speakers import ON_PLATFORM
from briefdeck.extract.quote_pasted import pasted_label
from briefdeck.extract.quote_patterns import (
    ABBR_DOT,
    ACCORDING_RE,
    BARE_SOURCES,
    BODY_NOUN,
    CAPITAL_RUN,
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
    PRONOUNS,
    QUOTE_RE,
    SENTENCE_TAIL_RE,
    SPEAKERISH,
    SUBJECT_VERB_RE,
    VERB,
    VERB_FIRST_RE,
    WHO_FIRST_RE,
)
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
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^\"“”;]{2,100}?)\s+as\s+saying\b"
                        r"(?=[^\"“”]*$)")
# The start of the last clause joined before a verb: ", but two of the officials said".
_LAST_CLAUSE = re.compile(r"(?:,\s+(?:but|and|while|whereas|although|though)|;)\s+(?=[^,;]*$)")
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

# A line led by who speaks, then a colon, as live pages and slides write it: 'Army: "..."',
# '06:35 | Army: "..."' (after the entry's time), 'Rescue medic Jane Roe, at the scene: "..."'
# (an aside after the name), 'Army: jets struck launchers and "..."' (its words paraphrased).
# A note in brackets may stand before the colon: 'Army (translated): "..."', 'X (via Telegram):'.
_LINE_LABEL = re.compile(r"[ \t]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:(?:[|–—]|--?)\s*)?)?"
                         r"(?P<who>[A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&()-]+){0,5}?)"
                         r"(?:,[ \t]+[^,:\"“”\n]{1,50})?(?:[ \t]+\([^()\n]{1,30}\))?:[ \t]+")
# Labels that head a line but name no one: "Note:", "Update:", "Breaking:".
_NOT_A_LABEL = re.compile(r"(?i)(?:note|notes|update|updated|breaking|summary|background|context|"
                          r"analysis|source|sources|quote|correction|warning|alert|key|related|"
                          r"watch|read|photo|video|comment|assessment|bottom\s+line|editor['’]s"
                          r"\s+note|q|a)$")


# A label that ends on a speaking role names its speaker as the text describes them.
_ROLE_LABEL_END = re.compile(r"\b(?:spokes(?:man|woman|person)|ministry|official)$")


# What a label's speaker issued, after its name: "CJTF-OIR statement:", "IRI claim:".
_LABEL_ISSUED = re.compile(r"(?<=\w)\s+(?:statement|post|release|claim|readout|communiqu[eé])$")
# A label's topic after the one who speaks: "POTUS on the strikes:" (a pool report's way).
_LABEL_TOPIC = re.compile(r"\s+on\s+(?:the\s+|his\s+|her\s+)?[a-z][\w\s'’-]*$")


def _line_label(text: str, start: int, para: tuple[int, int, int], speakers: Speakers,
                sent_start: int = -1) -> str:
    """The speaker a line's label names before its colon, when the quote follows it on the
    same line with no other quote between: a person named there, a known body, or a body
    written with its initials ("IDF"); else ''. A label may open a sentence inside the line
    too: 'The pool asked about strikes. POTUS: "..."'."""
    line = max(para[0], text.rfind("\n", 0, start) + 1)
    label = _LINE_LABEL.match(text, line, start)
    if not label and sent_start > line:
        label = _LINE_LABEL.match(text, sent_start, start)
    if not label or QUOTE_RE.search(text, label.end(), start) or \
            "\n" in text[label.end():start] or _NOT_A_LABEL.match(label.group("who")):
        return ""
    if ";" in text[label.end():start]:
        return ""  # 'Army: 14 killed; the ministry admits "two hurt"': a clause of its own
    who = ON_PLATFORM.sub("", label.group("who"))  # ("CJTF-OIR on X:": CJTF-OIR posted)
    who = _LABEL_TOPIC.sub("", who)
    who = _LABEL_ISSUED.sub("", who)  # ("CJTF-OIR statement:": CJTF-OIR's words)
    person = speakers.people.mention_at(label.start("who"), label.end("who"))
    if person:
        return person[2]
    if _ROLE_LABEL_END.search(who) and who[:1].isupper():
        return who  # 'Iraqi government spokesman: the PM ordered ... and "..."'
    if known_organization(who) or (re.search(r"\b[A-Z]{2,}\b", who) or
                                   " " in who and BODY_NOUN.search(who.split()[-1])) and \
            all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in who.split()):
        known = known_organization(who)
        if known and who.isupper() and known != who:
            return f"{known} ({who})"  # "CENTCOM:": named in full, as written too
        return known or who  # (or a body's name: "X Y Department", never
        # the bare noun of a headline's "Ministry:")
    if " " in who and who[:1].isupper() and BODY_NOUN.search(who.split()[-1]) and \
            _OWNED_BODY.fullmatch(who):
        return who  # 'KRG counter-terrorism directorate: a drone "..."': a body in lower case
    return ""


# A body in lower case after its owner, as a whole label: "Iraqi security forces".
_OWNED_BODY = re.compile(INSTITUTION)


# A second predicate with no subject of its own, just before the quote: '... but said that'.
_JOINED_PREDICATE = re.compile(rf"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?{VERB}"
                               r"(?:\s+that)?\s*[:,]?\s*$")
# A complement clause ('..., and that it would ...') goes on the first subject's words.
_NOT_A_SUBJECT = re.compile(r"(?i)(?:that|which|who|whom|whether|how|what|if|when|where|why|"
                            r"it|its|to)$")
# A subject ending on a passive's auxiliary ("their condition was described as"): no one.
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being)$")


# A wire's block labels ("Source: X, head of ...", then 'Quote: "..."' or 'Quote from the Air
# Force: "..."'): the label's own speaker, else the one the paragraph before opens on.
_QUOTE_LABEL = re.compile(r"[ \t]*Quote(?:[ \t]+(?:from|by)[ \t]+(?P<who>[^:\n\"“”]{2,80}))?"
                          r":[ \t]*$")
_SOURCE_LABEL = re.compile(r"Sources?:[ \t]+(?P<who>[^,;:\n\"“”]{2,80})")


# Nothing, or a note in brackets, between a name and its colon: "Jane Roe (translated):".
_BRACKET_NOTE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?")


# A clause that only names the source before a colon: "Per the embassy alert:".
_PER_LEAD = re.compile(r"(?:Per|According\s+to)\s+(?P<who>[^:,;\"“”\n]{2,80}?)\s*:\s*$")


def _labelled_quote(doc: Document, start: int, para: tuple[int, int, int],
                    speakers: Speakers) -> str:
    text = doc.text
    label = _QUOTE_LABEL.match(text, para[0], start)
    if not label:
        return ""
    if label.group("who"):
        who = label.group("who")
        return resolve_speaker(who, label.start("who"), label.end("who"), speakers) or \
            known_organization(LEAD_ARTICLE.sub("", who)) or tidy_speaker(who)
    i = doc.sentence_index(para[0]) - 1
    if i < 0:
        return ""
    prev = doc.sentences[i]
    first = i
    while first > 0 and doc.sentences[first - 1].paragraph == prev.paragraph:
        first -= 1
    a = doc.sentences[first].start
    person = speakers.people.mention_at(a, prev.end)
    if person:
        return person[2]
    source = _SOURCE_LABEL.match(text, a, prev.end)
    if source:
        who = source.group("who").strip()
        return resolve_speaker(who, source.start("who"), source.start("who") + len(who),
                               speakers)
    return ""


def speaker_for(doc: Document, start: int, end: int, para: tuple[int, int, int],
                speakers: Speakers) -> str:
    """start/end: the quote including its marks."""
    return military_named_before(_speaker_for(doc, start, end, para, speakers), doc.text,
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
    if text.startswith("Quote", para[0]):
        labelled = _labelled_quote(doc, start, para, speakers)
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
    if sent is not None:
        head_start = sent.start
        intro = INTRO.match(text, head_start, start)
        if intro:
            head_start = intro.end()
        quoted_as = _QUOTED_AS.search(text, head_start, start) if "as say" in \
            text[head_start:start] else None
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
        which = _WHICH_SAID.search(text, head_start, start)
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
        calling = _CALLING.search(text, max(head_start, start - 90), start)
        if calling:  # 'X, whom CENTCOM called a "..."': the one calling, not the one called
            speaker = _caller(text, head_start, calling, speakers)
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
        later = _LAST_CLAUSE.search(text, head_start, start) if \
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
        late = _LAST_CLAUSE.search(text, verb.end(), start) if verb and \
            start - verb.end() > 20 else None
        late_verb = SUBJECT_VERB_RE.search(text, late.end(), start) if late else None
        late_who = text[late.end():late_verb.start()].split() if late and late_verb else []
        if late_verb and 0 < len(late_who) <= 8 and not _NOT_A_SUBJECT.match(late_who[0]) \
                and not _PASSIVE_AUX.search(" ".join(late_who)) and \
                not QUOTE_RE.search(text, head_start, start):
            # 'Officials have not said how many, but an adviser told X it would be "..."':
            # the clause the quote stands in has its own subject
            head_start, verb = late.end(), late_verb
        pronoun = PRONOUN_BEFORE_VERB.search(text, head_start, verb.start()) if verb else None
        if verb and pronoun and not QUOTE_RE.search(text, head_start, verb.start()):
            speaker = resolve_speaker(pronoun.group(0), pronoun.start(), verb.start(), speakers)
            if speaker:
                return speaker
        if verb and not QUOTE_RE.search(text, head_start, verb.start()):
            # 'Lauren Fitch told reporters the United States was "not looking ..."'
            subject_start = head_start
            joined = _LAST_CLAUSE.search(text, head_start, verb.start())
            if joined and SPEAKERISH.search(text, joined.end(), verb.start()):
                # 'X could not say whether Y had signed, but two officials said ...': the
                # clause the verb stands in has its own subject
                subject_start = joined.end()
            subject_end = _sources_end(text, subject_start, verb.start())
            speaker = resolve_speaker(text[subject_start:subject_end], subject_start,
                                      subject_end, speakers)
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
        per = _PER_LEAD.match(text, sent.start, start)
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
        return _line_label(text, start, para, speakers, sent.start if sent else -1)
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
_WHICH_SAID = re.compile(r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*"
                         r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.-]*){0,6}),\s+which\s+(?:said|says|stated|added|warned)\b[^\"“”.;]{0,120}$")


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
# A quoted label right after a verb of calling or describing: 'whom the army called a "...",
# 'describing the test as "..."'. Its speaker is the subject of that verb, never the person or
# thing described (the verb's object, which may stand closer to the quote).
_CALLING = re.compile(
    r"\b(?<!so-)(?:(?P<finite>called|calls|named|termed|terms|labell?ed|labels|branded|"
    r"brands|dubbed|described|describes|characteri[sz]ed|characteri[sz]es|dismissed|dismisses|"
    r"denounced|denounces)|(?P<part>calling|describing|dismissing|"
    r"labell?ing|branding|terming|characteri[sz]ing))\b[^,.;:!?\"“”]{0,60}$")
# Where the calling verb's subject begins: after a relative word or a clause break.
# ("a claim the coalition dismissed as": the relative clause's subject after its noun)
_SUBJECT_START = re.compile(r"(?:[,;:]|\b(?:whom|which|who|that|what|and|but|while|as)\b|"
                            r"\b(?:an?|the)\s+(?:claim|allegation|account|version|report|"
                            r"statement)s?\b)\s*")
# 'the missile was new, KCNA said, describing ...': the participle's subject says the verb
# ("the ministry denied any role, calling the claims ...": so does a denial's).
_SAID_BEFORE = re.compile(r"(?:^|[,;])\s*(?P<who>[^,;]{2,60}?)\s+(?:said|says|added|adds|stated|"
                          r"claimed|reported|wrote|announced|denied|denies|rejected|rejects|"
                          r"condemned|condemns|published|posted|issued)\b[^,;]{0,80},?\s*$")
_VERB_LED = re.compile(r"(?:said|says|added|stated|claimed|claims|reported|announced|denied|"
                       r"denies|rejected|condemned|accused|blamed|warned|vowed|issued)\b")
# 'X, the largest faction, denied in a statement that it was involved, describing ...': the
# predicate follows the aside straight away (its subject is found before the first comma).
_VERB_AFTER_ASIDE = re.compile(r"[,;]\s*(?P<who>(?:said|stated|claimed|denied|rejected|"
                               r"condemned|announced|warned)\b[^,;]{0,80}),?\s*$")
_BODY_REFERENCE = re.compile(r"^[Tt]he\s+(?:[a-z-]+\s+)?(?:service|agency|ministry|command|"
                             r"military|army|group|movement|militia|office|force)$")
_SPOKE_AFTER = re.compile(r"\s*(?:,[^,]{1,40},\s*)?(?:said|says|stated|announced|claimed|"
                          r"reported|told|added)\b")


_NOTE_MARKS = re.compile(r"(?:\[\d{1,3}\])+\s*")


def _caller(text: str, head_start: int, calling: re.Match[str], speakers: Speakers) -> str:
    """The subject of a verb of calling or describing, resolved to a speaker, or ''."""
    verb_at = calling.start()
    if calling.group("part"):
        said = _SAID_BEFORE.search(text[head_start:verb_at])  # ("^": the sentence's start)
        if not said:
            said = _VERB_AFTER_ASIDE.search(text[head_start:verb_at])
        if not said:
            return ""
        a, b = head_start + said.start("who"), head_start + said.end("who")
        if _VERB_LED.match(said.group("who")):
            # 'X, an umbrella group, claimed the attacks in statements posted online, calling
            # ...': the clause after the aside is the predicate; its subject opens the sentence
            comma = text.find(",", head_start, a)
            if comma < 0:
                return ""
            a, b = head_start, comma
        return resolve_speaker(text[a:b], a, b, speakers)
    breaks = list(_SUBJECT_START.finditer(text, max(head_start, verb_at - 80), verb_at))
    a = breaks[-1].end() if breaks else head_start
    note = _NOTE_MARKS.match(text, a, verb_at)  # ';[11] the group named': a footnote's mark
    a = note.end() if note else a
    who = text[a:verb_at].strip()
    if not who or len(who.split()) > 8 or _PASSIVE_AUX.search(who):
        return ""  # 'their condition was described as "stable"': no one named calls it so
    if who.split()[0].lower() in PRONOUNS:
        # 'Hamas praised what it called ...': the pronoun is the sentence's subject, when that
        # opens with a known body or a person; else read as before
        intro = INTRO.match(text, head_start, verb_at)  # ("Meanwhile, the ministry ...")
        subject_at = intro.end() if intro else head_start
        if who.split()[0].lower() in ("he", "she"):
            # 'IRGC spokesman Gen. X told reporters ... what he called': the person the
            # sentence opens on, not the body in his title
            verb = SUBJECT_VERB_RE.search(text, subject_at, verb_at)
            person = speakers.people.mention_at(subject_at, verb.start()) if verb else None
            if person:
                return person[2]
        run = CAPITAL_RUN.match(text, subject_at, verb_at)
        if not run:
            return ""
        person = speakers.people.mention_at(run.start(), run.end())
        name = LEAD_ARTICLE.sub("", run.group(0))
        return person[2] if person else known_organization(name) or (
            name if BODY_NOUN.search(name) else "")
    if _BODY_REFERENCE.match(who):  # "whom the security service described as": the body
        for m in reversed(list(KNOWN_RE.finditer(text, max(0, a - LOOKBACK), a))):
            if _SPOKE_AFTER.match(text, m.end()):  # that last spoke before
                return known_organization(m.group(0)) or m.group(0)
    return resolve_speaker(who, a, a + len(who), speakers)
