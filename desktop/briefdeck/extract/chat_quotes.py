"""Quotes in a chat export's messages ("[11/29/26, 23:15] Jane Roe: ...").

A chat member pastes what others said and says whose words they are in the shorthand of a
message: a sentence naming the source, then a label for its wording ('X claimed it on
Telegram. Their wording: "..."', 'Coalition statement (CJTF-OIR) just out. Quote: "..."').
The source is the one the sentence before the label names, not the member who pasted it.
A reply repeats the message it answers under "> Replying to Name:", and the app's own
notices ('changed the group name to "..."') quote a name: neither is a new quote.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.named_before import Speakers, tidy_speaker
from briefdeck.extract.quote_patterns import QUOTE_RE, SUBJECT_VERB_RE
from briefdeck.extract.sentences import Document
from briefdeck.extract.speaker_resolution import resolve_speaker

# A chat message's stamp and author before its words: "[11/29/26, 23:15] Jane Roe: ",
# "[09:12] Jane Roe: ", "12/1/26, 08:02 - Jane Roe: " (WhatsApp's way).
CHAT_PREFIX = re.compile(
    r"[ \t]*(?:\[[^\]\n]{4,30}\]|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+"
    r"\d{1,2}:\d\d(?:[ \t]*[AaPp][Mm])?[ \t]+[-–])[ \t]*"
    r"[^:\n\"“”]{1,40}:[ \t]+"
)

# A sentence that only labels the wording below it: "Quote:", "Their wording:", "In its
# words:", "Verbatim:".
_WORDING_LABEL = re.compile(
    r"[ \t]*(?:Quote|Quoting|Verbatim|Wording|Exact\s+words|Full\s+text|"
    r"(?:Their|Its|His|Her|The)\s+(?:exact\s+)?(?:wording|words|text|"
    r"line)|In\s+(?:their|its|his|her)\s+(?:own\s+)?words)[ \t]*:[ \t]*$"
)

# A body's short name in brackets after its statement: "Coalition statement (CJTF-OIR)".
_BRACKETED_INITIALS = re.compile(r"\((?P<who>[A-Z][A-Z0-9-]{1,14})\)")
# A body named at the sentence's head, with what it issued: "Coalition statement just out".
_ISSUED_HEAD = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|in\s+|"
    r"for\s+)?[A-Z][\w'’.-]*){0,6})\s+(?:statement|post|release|readout|"
    r"communiqu[eé]|claim|update)\b"
)

# A reply's copy of the message it answers: "> Replying to Jane Roe: "..."".
_REPLY_LINE = re.compile(
    r"[ \t]*(?:>[ \t]*)?(?:↪[ \t]*)?(?:Replying\s+to|In\s+reply\s+to|"
    r"Reply\s+to|Quoting)\b[^\n\"“”]{0,60}$"
)
# The app's own notice of a rename: 'changed the group name to "..."', 'renamed the group'.
_RENAMED = re.compile(
    r"\b(?:changed|set)\s+the\s+(?:group|chat|channel|conversation)\s+"
    r"(?:name|subject|title|description)\s+to\s*$|\brenamed\s+the\s+"
    r"(?:group|chat|channel|conversation)(?:\s+to)?\s*$"
)

_HEAD_CHARS = 120  # a reply's or a notice's words before the quote


def app_notice_quote(text: str, start: int) -> bool:
    """Whether the quote opening at start (its mark) is a reply's copy of an earlier message
    or the name in an app's rename notice: no one's new words."""
    line = text.rfind("\n", max(0, start - _HEAD_CHARS - 1), start) + 1
    if start - line > _HEAD_CHARS or (line == 0 and start > _HEAD_CHARS):
        return False  # (a long line's quote: no notice; the search stays short)
    head = text[line:start]
    if ("eply" in head or "uoting" in head) and _REPLY_LINE.match(head):
        return True
    return ("renamed" in head or " to" in head) and _RENAMED.search(head) is not None


def _source_named(doc: Document, start: int, end: int, speakers: Speakers) -> str:
    """Who the sentence text[start:end] names as the source: a person, a body's bracketed
    initials, a body before what it issued, or the subject before a verb of saying."""
    text = doc.text
    chat = CHAT_PREFIX.match(text, start, end)
    if chat:
        start = chat.end()
    person = speakers.people.mention_at(start, end)
    if person:
        return person[2]
    issued = _ISSUED_HEAD.match(text, start, end)
    if issued:
        initials = _BRACKETED_INITIALS.search(text, issued.end(), min(end, issued.end() + 20))
        if initials:  # (named in full, as written too: "X Task Force (XTF)")
            short = initials.group("who")
            known = known_organization(short)
            return f"{known} ({short})" if known and known != short else short
        who = issued.group("who")
        return known_organization(re.sub(r"^[Tt]he\s+", "", who)) or tidy_speaker(who)
    verb = SUBJECT_VERB_RE.search(text, start, end)
    if verb and not QUOTE_RE.search(text, start, verb.start()):
        return resolve_speaker(text[start : verb.start()], start, verb.start(), speakers)
    return ""


def wording_label_speaker(
    doc: Document, start: int, para: tuple[int, int, int], speakers: Speakers
) -> str:
    """The speaker of a quote set after a wording label ('Their wording: "..."'), as the
    sentence before the label, in the same paragraph, names them; else ''."""
    text = doc.text
    sent = doc.sentence_at(start) or doc.sentence_at(max(start - 1, 0))
    if sent is None or not _WORDING_LABEL.fullmatch(text, sent.start, start):
        return ""
    i = doc.sentence_index(sent.start)
    prev = doc.sentences[i - 1] if i > 0 else None
    if prev is None or prev.start < para[0] or QUOTE_RE.search(text, prev.start, prev.end):
        return ""
    return _source_named(doc, prev.start, prev.end, speakers)
