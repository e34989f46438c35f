"""Quotes and who said them: the draft of an article's quotes.

Quoted words are read paragraph by paragraph, passing over those nobody says (names, titles,
cited works, labels: not_speech.py); each gets its speaker from the words around it
(quote_speaker.py), named as the text names it (speaker_resolution.py) against what it named
before (named_before.py). With no speaker of its own, a quote takes the one before it: a
speaker goes on within a sentence (', warning it would act "decisively"') and into the next
quote or paragraph. Posts, single-quoted shorthand, words set out below a lead-in without marks
(unmarked_quotes.py) and a transcript's labelled turns join them; pull quotes repeating the
body go. Quotes hard-wrapped over lines are read whole.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefdeck.extract.chat_quotes import app_notice_quote
from briefdeck.extract.embedded_posts import embedded_posts, signed_posts
from briefdeck.extract.forwarded_posts import forwarded_speaker
from briefdeck.extract.named_before import Speakers, tidy_speaker
from briefdeck.extract.named_captions import dash_cue_turns, super_speaker
from briefdeck.extract.not_speech import MID_SENTENCE, not_speech
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.person_patterns import reporter
from briefdeck.extract.prepared_lines import prepared_line
from briefdeck.extract.pull_quotes import without_pull_quotes
from briefdeck.extract.quote_note_labels import intro_line_speaker, note_label_speaker
from briefdeck.extract.quote_patterns import QUOTE_RE
from briefdeck.extract.quote_reference_fields import reference_quotations
from briefdeck.extract.quote_speaker import speaker_for
from briefdeck.extract.quoted_wording import wording_discussed
from briefdeck.extract.sentences import Document
from briefdeck.extract.single_quotes import single_quoted
from briefdeck.extract.sourcing_caps import caps_speaker
from briefdeck.extract.sourcing_set_off import account_owner
from briefdeck.extract.speaker_cited_owners import AND_SAYS, cited_owner
from briefdeck.extract.speaker_court import court_speaker
from briefdeck.extract.speaker_resolution import resolve_speaker
from briefdeck.extract.terse_sourcing import carried_statement_owner
from briefdeck.extract.transcript_turns import transcript_turns
from briefdeck.extract.unmarked_quotes import ITEM_CHARS, list_claimant, unmarked_quotes
from briefdeck.model import Provenance, Quote


@dataclass


class _Q:
    start: int
    end: int
    text: str
    paragraph: int
    speaker: str


# Letters of the scripts an English brief cannot quote: Greek and Cyrillic to Arabic and
# Persian, Hebrew, the Indic scripts, and East Asian ones.
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u08ff\u0900-\u0dff"
                           r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


# A verse cited by its book after it, as a statement's epigraph opens: '"And fight them ..."
# (Holy Quran, Surah al-Baqarah, verse 193)': scripture, no one's statement on the events.
_SCRIPTURE_CITED = re.compile(r"[\"”’.,]*\s*\((?:The\s+|Holy\s+|Noble\s+)*(?:Qur['’]?an|Koran|"
                              r"Surah?|Bible|Psalms?|Gospel|Book\s+of)\b")


# The same verse with its book, chapter and verse after it, bare: '"Greater love ..." John
# 15:13' (a memorial programme's or a eulogy's epigraph).
_VERSE_CITED = re.compile(r"[\"”’.,]*\s*[—–-]?\s*(?:[1-3]\s+)?(?:Genesis|Exodus|Deuteronomy|Joshua|"
                          r"Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Micah|Matthew|Mark|"
                          r"Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|Philippians|"
                          r"Timothy|Hebrews|James|Peter|Revelation|Surah?)\s+\d{1,3}:\d{1,3}\b")


def _other_script(words: str) -> bool:
    """A quote mostly in another script: a bilingual statement's original, whose English
    version the text gives beside it (or none the analyst could read)."""
    if words.isascii():
        return False
    return 2 * len(_OTHER_SCRIPT.findall(words)) > sum(c.isalpha() for c in words)


def _one_line(words: str) -> str:
    """Words hard-wrapped over lines, as one line (the provenance keeps the exact span)."""
    return re.sub(r"\s*\n\s*", " ", words) if "\n" in words else words



# Between two quotes of one sentence: its speaker goes on ("..., warning that ...").
_GOES_ON_SAYING = re.compile(r"[,.!?\s\"”’]*[^.!?\"“”]*\b(?:saying|adding|warning|calling|"
                             r"affirming|stressing|stating|indicating|confirming|"
                             r"describing|insisting|noting|vowing|claiming|accusing|urging)\b"
                             r"[^.!?\"“”]*")

# Between the halves of a quote its speaker says so: ',"' + ' she said, ' + '"'.
_SPLIT_BY_SPEAKER = re.compile(r"[,.!?]?[\"”]\s*(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)"
                               r"{0,3})\s+(?:said|says|added|adds|continued|went\s+on)\s*,\s*")


# In talk (a transcript, an interview) the next turn may say who spoke words only loosely
# attributed: '... said it was "a message." / X: That was a ministry official, ...'.
_THAT_WAS = re.compile(r"[.,!?\"”’\s]*(?:[A-Z][A-Z'’. -]{2,40}:\s+)?(?:That|This|It)\s+(?:was|is|"
                       r"were)\s+(?P<who>(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}(?:official|"
                       r"spokes(?:man|woman|person)|officer|commander|minister|source|adviser|"
                       r"diplomat|aide))\b(?!\s+(?:who|whom|that|of|in|at|for)\b)")


def _named_by_next_turn(text: str, q: _Q, people: PeopleIndex) -> str:
    """The one the words after quote q say spoke it ("That was a ministry official"), or ''."""
    at = text.find("That", q.end, q.end + 80)
    if at < 0 or (q.speaker and people.resolve(q.speaker)):
        return ""
    named = _THAT_WAS.match(text, q.end, at + 120)
    return tidy_speaker(named.group("who")) if named else ""


# A note pastes a quote as a line of its own, the next line naming whose words they are:
# '"U.S. forces conducted strikes ..."' / 'CENTCOM says F-15Es were used; ...'.
_NEXT_LINE_SAYS = re.compile(r"[\"”’]?[ \t]*\n(?:[ \t]*[-*•][ \t]+)?(?P<who>[A-Z][\w.'’&-]*"
                             r"(?:[ \t]+[A-Z][\w.'’&-]*){0,4})[ \t]+(?:says|said)\b")


def _named_by_next_line(text: str, q: _Q) -> str:
    """The body the line after a speakerless quote line names as speaking, or ''."""
    if q.speaker:
        return ""
    line_start = text.rfind("\n", 0, q.start) + 1
    if text[line_start:q.start].strip(" \t\"“-*•>"):
        return ""  # the quote is not the whole line
    named = _NEXT_LINE_SAYS.match(text, q.end, q.end + 80)
    return tidy_speaker(named.group("who")) if named else ""


def _paragraph_of(paras: list[tuple[int, int, int]], pos: int) -> int:
    i = bisect.bisect_right(paras, (pos, float("inf"), 0)) - 1
    return paras[i][2] if i >= 0 else 0


# "Thank you, press", "Good morning, everyone": a courtesy in quotation marks says nothing
_COURTESY = frozenset("thank thanks you press everyone everybody all folks good morning afternoon "
                      "evening night ladies and gentlemen sir ma'am ma’am".split())


def _courtesy_only(words: str) -> bool:
    said = [w.strip(",.!?;:—–-").casefold() for w in words.split()]
    return 0 < len(said) <= 4 and all(w in _COURTESY for w in said)


# What a translator's note says of the words it quotes, right before them: '[literally "..."]',
# '[the original uses "..."]', '[rendered as "..."]'. Only a marker next to the quoted words: a
# desk's '[Editor's note: the original statement said "..."]' reports what a source said.
_WORDING_NOTE = re.compile(
    r"(?i)\b(?:literally|lit\.|rendered(?:\s+\w+)?\s+as|translat\w*(?:\s+\w+)?\s+as"
    r"|transliterat\w*(?:\s+as)?|(?:the\s+)?original(?:\s+(?:word|wording|term|text|Arabic))?\s+(?:uses|reads|has|is|says|said)"
    r"|(?:the\s+)?(?:word|term|phrase)(?:\s+used)?|i\.\s?e\.|sic"
    r"|in\s+(?:the\s+)?Arabic(?:\s+original)?)\s*[:,]?\s*$")
_NOTE_WINDOW = 40  # characters before the opening mark a wording marker may take


def _in_brackets(text: str, para: tuple[int, int, int], start: int, end: int) -> bool:
    """Whether quoted words stand inside a translator's square-bracketed note on the wording
    (a desk's bracketed note that reports what a source said keeps its quotes)."""
    opened = text.rfind("[", para[0], start)
    if opened < 0 or text.rfind("]", opened, start) >= 0 or \
            not _WORDING_NOTE.search(text[max(opened + 1, start - _NOTE_WINDOW):start]):
        return False
    closed = text.find("]", end, para[1])
    return closed >= 0 and text.find("[", end, closed) < 0


def extract_quotes(doc: Document, people: PeopleIndex) -> list[Quote]:
    text = doc.text
    found: list[_Q] = []
    speakers = Speakers(doc, people)
    paras = doc.paragraph_spans
    order = {para: i for i, para in enumerate(paras)}
    for para in paras:
        for m in QUOTE_RE.finditer(text, para[0], para[1]):
            group = next(g for g in "abc" if m.group(g) is not None)
            start, end = m.start(group), m.end(group)
            inner = text[start:end]
            trimmed = inner.rstrip(" ,")
            end = start + len(trimmed)
            if not trimmed.strip() or not doc.is_reporting(start, start + 1):
                continue
            if not_speech(text, m, inner, trimmed, para) or _courtesy_only(trimmed) or \
                    app_notice_quote(text, m.start()) or \
                    wording_discussed(text, m.start(), m.end(), trimmed, para[0]):
                continue
            if "[" in text[para[0]:m.start()] and _in_brackets(text, para, m.start(), m.end()):
                continue  # a translator's or editor's note cites the wording: '[literally "..."]'
            sent = doc.sentence_at(m.start())
            speaker = cited_owner(text, sent.start if sent else para[0], m.start(), people)
            if not speaker and found and found[-1].speaker and found[-1].paragraph == para[2] \
                    and AND_SAYS.match(text, found[-1].end, m.start()):
                speaker = found[-1].speaker  # '"...," and says he "...": the same speaker
            if not speaker and found and found[-1].speaker and found[-1].paragraph == para[2] \
                    and _SPLIT_BY_SPEAKER.fullmatch(text, found[-1].end, m.start()):
                speaker = found[-1].speaker  # '"... It says X," she said, "and ..."': one
                # quote split by its speaker (the splitter may cut it where "It says" stands)
            speaker = speaker or speaker_for(doc, m.start(), m.end(), para, speakers) or \
                super_speaker(text, m.start()) or \
                note_label_speaker(text, m.start(), speakers) or \
                intro_line_speaker(text, m.start(), speakers)  # (a script's bite under its
            # name super; a note's label, "-> PAO 1215L:"; the line before, "Resident, X:")
            if not speaker:  # 'X carries a Y statement claiming it: "..."': Y's words
                sent = doc.sentence_at(m.start())
                speaker = carried_statement_owner(text, sent.start if sent else para[0],
                                                  m.start()) or caps_speaker(text, m.start()) \
                    or account_owner(text, sent.start if sent else para[0], m.start())
            if not speaker and found and found[-1].paragraph == para[2] and \
                    _GOES_ON_SAYING.fullmatch(text, found[-1].end, m.start()):
                speaker = found[-1].speaker  # '"...," the ministry said, warning it would act
                # "decisively"': the speaker goes on in the same sentence
            if not speaker and para[1] - para[0] < ITEM_CHARS and len(trimmed.split()) > 2:
                # (two words are a name in quotes: 'on the "Victoria base"')
                speaker = list_claimant(text, paras, order[para], speakers)
            if not speaker and len(trimmed.split()) <= 3 and \
                    not re.search(r"[.!?,]\s*$", inner) and text[m.end():m.end() + 1] != ",":
                continue  # scare quotes or a nickname nobody is said to say ("the fortress")
            if not speaker and found:
                prev = found[-1]
                opens_paragraph = text[para[0]:m.start()].strip() == ""
                if prev.paragraph == para[2] or (opens_paragraph and prev.paragraph == para[2] - 1):
                    speaker = prev.speaker
            if not speaker and prepared_line(text, para, m.start()):
                continue  # 'RESPONSE TO QUERY (RTQ)' / '"We are aware of reports ..."': a line
                # ready for use if asked, not yet anyone's statement
            if not speaker and len(trimmed.split()) <= 3 and inner.endswith(".") and \
                    MID_SENTENCE.search(text, max(0, m.start() - 3), m.start()):
                continue  # no one says it, the stop inside the marks: 'troops left "under
                # pressure."' (never a short sentence of its own, '"Not yet."')
            found.append(_Q(start, end, trimmed, para[2], speaker))
    posts = [_Q(s, e, words, _paragraph_of(paras, s), who) for s, e, words, who in
             embedded_posts(doc) + signed_posts(doc, people)
             if not any(q.start <= s < q.end or s <= q.start < e for q in found)]
    singles = [_Q(s, e, words, _paragraph_of(paras, s), tidy_speaker(who)
                  if who.split()[-1].islower()
                  else resolve_speaker(who, at, at + len(who), speakers) or tidy_speaker(who))
               for s, e, words, who, at in single_quoted(doc)]  # ("local news site": as given)
    unmarked = [_Q(*said) for said in unmarked_quotes(doc, people, paras, speakers)]
    cued = [_Q(s, e, words, number, people.resolve(who) or who) for s, e, words, number, who
            in dash_cue_turns(text, paras) if doc.is_reporting(s, s + 1)]
    cited = [_Q(s, e, words, _paragraph_of(paras, s), who)  # a wiki item's "quotation" fields
             for s, e, words, who in reference_quotations(text)
             if not any(q.start <= s < q.end for q in found)]
    found = sorted(found + posts + singles + unmarked + cued + cited, key=lambda q: q.start)
    labelled = [_Q(*turn) for turn in transcript_turns(doc, people, paras)
                if not reporter(people, turn[4])]  # (a live chat's correspondent
    # answers readers in her own reporting: the words she quotes inside are still quotes)
    if labelled:
        inside = [(q.start, q.end) for q in labelled]
        found = sorted([q for q in found if q.speaker and q.speaker not in {
            q2.speaker for q2 in labelled} or not any(s <= q.start < e for s, e in inside)]
                       + labelled, key=lambda q: q.start)
    found = [q for q in without_pull_quotes(found) if not _other_script(q.text) and not (
        "(" in text[q.end:q.end + 6] and _SCRIPTURE_CITED.match(text, q.end) or
        ":" in text[q.end:q.end + 30] and _VERSE_CITED.match(text, q.end))]
    for q in found:  # (a channel page's reposts: forwarded_posts.py)
        q.speaker = _named_by_next_turn(text, q, people) or _named_by_next_line(text, q) or \
            q.speaker or forwarded_speaker(text, q.start)
        q.speaker = court_speaker(people, q.speaker, q.start)  # "The Court stated": the judge
    return [
        Quote(id=f"qu-{i}", speaker=q.speaker, text=_one_line(q.text),
              provenance=Provenance(source="src-1", start=q.start, end=q.end))
        for i, q in enumerate(found, 1)
    ]
