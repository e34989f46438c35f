"""Words set out without quotation marks below the line that says whose they are.

Press releases give an officer's words as a paragraph of their own after "X said:", statements
follow "The following statement is attributable to ...:", posts follow "... in a post on X:",
and a list of claims follows "Attacks claimed by X:" (list_claimant).
"""

from __future__ import annotations

import re

from briefdeck.extract.named_before import Speakers
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.quote_patterns import LEAD_IN, VERB
from briefdeck.extract.sentences import Document
from briefdeck.extract.speaker_resolution import resolve_speaker
from briefdeck.ingest.speaker_notes import is_notes_label

# Press releases set a named officer's words as a paragraph of their own, without marks: after
# "Wing Commander Jane Roe, Officer Commanding X, said:", or after the paragraph that names them
# saying something when the words are in the first person ("We have ...", "My crews ...").
_FIRST_PERSON = re.compile(r"(?:I|We|My|Our|We['’]ve|We['’]re|I['’]m)\s")
_QUOTE_MARK = re.compile(r"[\"“”]")
# A numbered point of a resolution or statement ("First: ...", "Second: ..."), as translated
# statements set out what a body "affirms the following": a document's points, not speech.
_NUMBERED_POINT = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|"
                             r"Tenth)(?:ly)?\s*[:\-–]\s")


# A record's heading over its notes ("Work notes:", "Field notes"), no one saying them; and a
# note entry stamped with its date and time and signed by its writer ("[2026-05-02 10:20] Jane
# Roe: ..."): a log's entry, its writer's own record, no quotation.
_NOTES_HEADING = re.compile(r"[ \t]*[A-Z][a-z]+(?:[ \t][A-Za-z]+)?[ \t]+notes[ \t]*:\s*")
_STAMPED_ENTRY = re.compile(r"\s*\[(?:\d{4}-\d\d-\d\d[ T])?\d{1,2}:\d\d(?::\d\d)?\][ \t]*"
                            r"[^\n:]{2,40}:")


# A sentence that hands over to a post or statement set out below it, whatever its verb:
# "The ministry gave details in a statement on Telegram:"; its subject names the speaker.
_POST_LEAD = re.compile(r"\bin\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+)?(?:post|statement|"
                        r"message|tweet|update|video)\b[^.:\"“”]{0,40}:\s*$")
_HEAD_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?"
                        r"[A-Z][\w'’.-]*)*")


# A statement set out below the line that says whose it is: "The following statement is
# attributable to the Spokesperson for X:", "Statement by the Minister of Y:" (the spokesperson
# speaks for X: the words are X's).
_STATEMENT_BY = re.compile(r"\b[Ss]tatement\b[^.:\"“”]{0,40}?\b(?:attributable\s+to|by|from|of)\s+"
                           r"(?:the\s+)?(?:[Ss]pokes(?:person|man|woman)\s+for\s+(?:the\s+)?)?"
                           r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?"
                           r"[A-Z][\w'’.-]*){0,5})[^.:\"“”]{0,30}:\s*$")


# A sentence saying a body posted, before a short lead-in to the post ("Worth reading:"),
# after a thread's counter maybe: "7/9 UNIFIL posted this morning."
_POSTED = re.compile(r"(?:\d{1,2}/\d{1,2}\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
                     r"\s+(?:has\s+)?(?:posted|tweeted|wrote|shared|published|put\s+out)\b"
                     r"[^.:\"“”]{0,40}\.\s*$")


def _posted_before(doc: Document, at: int, p_start: int) -> re.Match[str] | None:
    """The sentence before the lead-in at `at`, in its paragraph, saying who posted."""
    i = doc.sentence_index(at) - 1
    prev = doc.sentences[i] if i >= 0 else None
    if prev is None or prev.start < p_start:
        return None
    return _POSTED.match(doc.text, prev.start, at)


def unmarked_quotes(doc: Document, people: PeopleIndex, paras: list[tuple[int, int, int]],
                    speakers: Speakers) -> list[tuple[int, int, str, int, str]]:
    """Paragraphs of words set out below a lead-in that names their speaker, each as (start,
    end, words, paragraph number, speaker)."""
    text = doc.text
    found: list[tuple[int, int, str, int, str]] = []
    for i, ((p_start, p_end, p_num), (q_start, q_end, number)) in enumerate(
            zip(paras, paras[1:], strict=False)):
        if number != p_num + 1 or _QUOTE_MARK.search(text, q_start, q_end) or \
                len(text[q_start:q_end].split()) < 5 or _NUMBERED_POINT.match(text, q_start):
            continue
        last = doc.sentence_at(max(p_end - 1, p_start))
        if last is None or is_notes_label(text, p_start, p_end) or \
                _NOTES_HEADING.fullmatch(text, last.start, p_end) or \
                _STAMPED_ENTRY.match(text, q_start):
            continue  # (a slide's "Speaker notes:" label: the presenter's words below it; a
            # ticket's "Work notes:" heading, its entries stamped "[2026-05-02 10:20] Name:")
        # (a lead-in ends on a colon or a dash: most paragraphs are passed over without a scan)
        tail = text[last.start:p_end].rstrip()
        lead = LEAD_IN.search(text, last.start, p_end) if tail.endswith((":", "—", "–", "-")) \
            else None
        post = _POST_LEAD.search(text, last.start, p_end) if not lead and \
            tail.endswith(":") else None
        head = _HEAD_NAME.match(text, last.start, p_end) if post else None
        issued_by = _STATEMENT_BY.search(text, last.start, p_end) if not lead and not post and \
            text[last.start:p_end].rstrip().endswith(":") else None
        if issued_by:  # "The following statement is attributable to the Spokesperson for X:"
            speaker = resolve_speaker(issued_by.group("who"), issued_by.start("who"),
                                      issued_by.end("who"), speakers)
        elif lead:
            speaker = resolve_speaker(text[last.start:lead.start()], last.start, lead.start(),
                                      speakers)
        elif head:  # "X has given more detail in a post on X:", the post below
            speaker = resolve_speaker(head.group(0), head.start(), head.end(), speakers)
        elif tail.endswith(":") and last.start > p_start and \
                (posted := _posted_before(doc, last.start, p_start)):
            # "UNIFIL posted this morning. Worth reading in full:", its post set out below
            speaker = resolve_speaker(posted.group("who"), posted.start("who"),
                                      posted.end("who"), speakers)
        elif _FIRST_PERSON.match(text, q_start) and last.start == p_start and \
                re.search(rf"\b{VERB}\b", text[last.start:p_end]):
            # one sentence opening with the named person, who says something
            person = people.mention_at(p_start, min(p_end, p_start + 120))
            speaker = person[2] if person and person[0] == p_start else ""
        else:
            continue
        signer = _signer(text, paras[i + 2], people) if i + 2 < len(paras) and \
            text[paras[i + 2][0]:paras[i + 2][0] + 1] in "—–" else ""
        speaker = signer or speaker  # 'a spokesman wrote:', the post, '— Col. Jane Roe': Roe
        if speaker:
            body = text[q_start:q_end].rstrip()
            found.append((q_start, q_start + len(body), body, number, speaker))
    return found

# The line a pasted post or letter is signed with, under it: "— Lt Col Jane Roe (@roe_idf)".
_SIGNED = re.compile(r"[—–][ \t]*(?P<name>[A-Z][^\n()@—–]{1,60}?)[ \t]*(?:\(@\w{2,30}\)[ \t]*)?$",
                     re.M)


def _signer(text: str, para: tuple[int, int, int], people: PeopleIndex) -> str:
    """The person a signature paragraph names, or ''."""
    signed = _SIGNED.match(text, para[0], para[1])
    person = people.mention_at(signed.start("name"), signed.end("name")) if signed else None
    return person[2] if person else ""


# A list's items (short paragraphs, their marks maybe gone with the Markdown) and the lead-in
# that names whose claims, statements or posts the list sets out: "Attacks claimed by X:".
ITEM_CHARS = 400
_LISTED_BY = re.compile(r"\b(?:claimed|issued|announced|published|posted|reported)\s+by\s+"
                        r"(?:the\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+(?:of\s+|in\s+|for\s+)?"
                        r"[A-Z][\w'’.-]*){0,5})")


def list_claimant(text: str, paras: list[tuple[int, int, int]], i: int,
                  speakers: Speakers) -> str:
    """The body whose claims a list sets out, named in the lead-in above paras[i], or ''."""
    for j in range(i - 1, max(-1, i - 16), -1):
        start, end, _ = paras[j]
        if not text[start:end].rstrip().endswith(":"):
            if end - start < ITEM_CHARS:
                continue  # an item before this one
            return ""
        by = _LISTED_BY.search(text, start, end)
        if not by:
            return ""
        return resolve_speaker(by.group("who"), by.start("who"), by.end("who"), speakers)
    return ""
