"""A quote's speaker named by a label before a colon, not by a sentence.

Live pages, slides and pool reports head a line with who speaks ('Army: "..."', '06:35 |
CENTCOM: "..."', 'POTUS on the strikes: "..."'), and wires set a quote under block labels
('Source: X, head of ...' then 'Quote: "..."'). The label is the only attribution, so the
speaker is the person or body it names; labels that name no one ("Note:", "Update:") are not.
"""

from __future__ import annotations

import re

from briefdeck.extract.institutions import INSTITUTION
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.named_before import Speakers, tidy_speaker
from briefdeck.extract.platform_speakers import ON_PLATFORM
from briefdeck.extract.quote_patterns import BODY_NOUN, LEAD_ARTICLE, QUOTE_RE
from briefdeck.extract.sentences import Document
from briefdeck.extract.speaker_resolution import resolve_speaker

# A line led by who speaks, then a colon, as live pages and slides write it: 'Army: "..."',
# '06:35 | Army: "..."' (after the entry's time), 'Rescue medic Jane Roe, at the scene: "..."'
# (an aside after the name), 'Army: jets struck launchers and "..."' (its words paraphrased).
# A note in brackets may stand before the colon: 'Army (translated): "..."', 'X (via Telegram):'.
# (in a chat export the label follows the message's stamp and author: "[11/29/26, 23:15] Jane
# Roe: Airport director on TV just now: "..."": the label, not the member pasting, speaks)
_LINE_LABEL = re.compile(r"[ \t]*(?:\[\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d\d"
                         r"(?:[ \t]*[AaPp][Mm])?\][ \t]+[^:\n\"“”]{1,40}:[ \t]+"
                         r"(?=[^:\"“”\n]{2,80}:))?"
                         r"[ \t]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:(?:[|–—]|--?)\s*)?)?"
                         r"(?P<who>[A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&()-]+){0,7}?)"
                         r"(?:,[ \t]+[^,:\"“”\n]{1,50})?(?:[ \t]+\([^()\n]{1,30}\))?:[ \t]+")


# Labels that head a line but name no one: "Note:", "Update:", "Breaking:".
_NOT_A_LABEL = re.compile(r"(?i)(?:note|notes|update|updated|breaking|summary|background|context|"
                          r"analysis|source|sources|quote|correction|warning|alert|key|related|"
                          r"watch|read|photo|video|comment|assessment|bottom\s+line|editor['’]s"
                          r"\s+note|q|a)$")


# A label that ends on a speaking role names its speaker as the text describes them.
_ROLE_LABEL_END = re.compile(r"\b(?:spokes(?:man|woman|person)|ministry|officials?|director|"
                             r"governor|mayor|commander|chief|head|master|captain)$")
# When and where a label's speaker said it, after the speaker: "Airport director on
# Kurdistan24 just now:" (the channel they spoke on, then the chat's "just now").
_LABEL_WHEN = re.compile(r"\s+(?:just\s+now|this\s+(?:morning|afternoon|evening)|tonight|"
                         r"earlier(?:\s+today)?|(?:a\s+few\s+)?(?:minutes|moments)\s+ago)$")
_LABEL_CHANNEL = re.compile(r"\s+(?:on|to)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
# A count before unnamed sources, and the outlet that relays them, after: neither speaks.
_LABEL_COUNT = re.compile(r"^(?:Two|Three|Four|Several|Some|Both)\s+"
                          r"(?=\S+\s+officials\b|officials\b)")
_LABEL_RELAYED = re.compile(r"\s+(?:quoted|cited)\s+(?:by|in)\s+[\w.'’ -]+$")


# What a label's speaker issued, after its name: "CJTF-OIR statement:", "IRI claim:".
_LABEL_ISSUED = re.compile(r"(?<=\w)\s+(?:statement|post|release|claim|readout|communiqu[eé])$")


# A label's topic after the one who speaks: "POTUS on the strikes:" (a pool report's way).
_LABEL_TOPIC = re.compile(r"\s+on\s+(?:the\s+|his\s+|her\s+)?[a-z][\w\s'’-]*$")


def line_label(text: str, start: int, para: tuple[int, int, int], speakers: Speakers,
               sent_start: int = -1) -> str:
    """The speaker a line's label names before its colon, when the quote follows it on the
    same line with no other quote between: a person named there, a known body, or a body
    written with its initials ("IDF"); else ''. A label may open a sentence inside the line
    too: 'The pool asked about strikes. POTUS: "..."'."""
    line = max(para[0], text.rfind("\n", 0, start) + 1)
    label = _LINE_LABEL.match(text, line, start)
    if sent_start > line and (not label or ": " in text[label.end():start]):
        # (a sentence's own label nearer the quote wins: 'SOHR: five killed. Defense official
        # quoted by AP: "two to three"')
        label = _LINE_LABEL.match(text, sent_start, start) or label
    if not label or QUOTE_RE.search(text, label.end(), start) or \
            "\n" in text[label.end():start] or _NOT_A_LABEL.match(label.group("who")):
        return ""
    if ";" in text[label.end():start]:
        return ""  # 'Army: 14 killed; the ministry admits "two hurt"': a clause of its own
    who = ON_PLATFORM.sub("", label.group("who"))  # ("CJTF-OIR on X:": CJTF-OIR posted)
    who = _LABEL_TOPIC.sub("", who)
    if " " in who and who.split()[0][:1].isupper():  # ("Airport director on X just now:")
        bare = _LABEL_CHANNEL.sub("", _LABEL_WHEN.sub("", who))
        who = bare if _ROLE_LABEL_END.search(bare) else who
    who = _LABEL_ISSUED.sub("", who)  # ("CJTF-OIR statement:": CJTF-OIR's words)
    who = _LABEL_RELAYED.sub("", _LABEL_COUNT.sub("", who))  # ("Two US officials:", "Defense
    # official quoted by AP:": the officials speak, the outlet relays)
    person = speakers.people.mention_at(label.start("who"), label.end("who"))
    if person:
        return person[2]
    one = _ONE_OF.match(who)
    if one:  # 'One of the diplomats: "..."': one of the sources just counted
        return _one_of(text, label.start("who"), one.group("noun"))
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


# One of the sources a sentence before counted: "two Gulf diplomats ... One of the diplomats:"
_ONE_OF = re.compile(r"One\s+of\s+(?:the|them|those)\s+(?P<noun>officials|diplomats|sources|"
                     r"officers|commanders|aides|residents|witnesses)$")


def _one_of(text: str, start: int, noun: str) -> str:
    """The speaker as the last count before described them ("Gulf diplomat" after "two Gulf
    diplomats"), else the noun alone ("diplomat")."""
    last = None
    counted = re.compile(r"\b(?!(?:Two|Three|Four|Five|Several|Some|Both|The|One)\b)"
                         r"(?P<adj>[A-Z][\w.-]*)\s+" + noun + r"\b")
    for found in counted.finditer(text, max(0, start - 400), start):
        last = found
    return f"{last.group('adj')} {noun[:-1]}" if last else noun[:-1]


# A body in lower case after its owner, as a whole label: "Iraqi security forces".
_OWNED_BODY = re.compile(INSTITUTION)


# A wire's block labels ("Source: X, head of ...", then 'Quote: "..."' or 'Quote from the Air
# Force: "..."'): the label's own speaker, else the one the paragraph before opens on.
_QUOTE_LABEL = re.compile(r"[ \t]*Quote(?:[ \t]+(?:from|by)[ \t]+(?P<who>[^:\n\"“”]{2,80}))?"
                          r":[ \t]*$")


_SOURCE_LABEL = re.compile(r"Sources?:[ \t]+(?P<who>[^,;:\n\"“”]{2,80})")


def labelled_quote(doc: Document, start: int, para: tuple[int, int, int],
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
