"""A briefing transcript's labelled turns ("GEN. ROE: ..."): the words after a speaker's label are
theirs, unquoted, so they are read apart from quotation marks."""

from __future__ import annotations

import re

from briefdeck.extract.committee_turns import committee_turns
from briefdeck.extract.court_people import court_role
from briefdeck.extract.debate_turns import debate_turns
from briefdeck.extract.guest_turns import guest_turns
from briefdeck.extract.hearing_turns import hearing_turns
from briefdeck.extract.named_label_turns import named_label_turns
from briefdeck.extract.own_line_speakers import header_turns
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.person_patterns import JOURNALIST_ROLE
from briefdeck.extract.sentences import Document
from briefdeck.extract.un_record_turns import un_turns

# How a guest spoke, in brackets after the label: "JANE ROE (through interpreter):",
# "(via telephone)", "(translated)", "(in Arabic)": the words are still the guest's own.
ASIDE = (r"\((?i:(?:through|via|with)\s+(?:an?\s+)?(?:interpreter|translator|translation)|"
         r"(?:via|by|on)\s+(?:the\s+)?(?:tele)?phone|via\s+video(?:\s*link)?|translated|"
         r"interpreted|in\s+[a-z]+)\)")
# A transcript's speaker label: "GEN. JANE ROE:" or "MR. DOE:" opening a paragraph, in capitals.
# The words after it are that speaker's own, unquoted; "Q:" (a reporter) is not a label.
_LABEL = re.compile(r"(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+)?"  # its time stamp first, maybe
                    r"(?P<label>(?:[A-Z][A-Z'’.-]*\s+){0,5}[A-Z][A-Z'’-]{2,})"
                    # a broadcast's first turn adds the role: "JANE ROE (RET.), ANALYST:"
                    r"(?:[ \t]+\((?:RET|RES)\.?\))?(?:[ \t]+" + ASIDE + r")?"
                    r"(?:,[ \t]+(?P<role>[A-Z][A-Z0-9 .,'’&/()-]{2,80}?))?:\s+(?=\S)")
# (Both cheap tests read a line's start as "\n": far quicker to scan for than "^" with re.M.)
# ("Speaker 1:", the numbered label below, is counted with them.)
_LABEL_CHEAP = re.compile(r"\n(?:[A-Z][A-Z'’.,() -]{1,100}(?:\([a-z][a-z ]{2,30}\))?|"
                          r"(?:Speaker|SPEAKER) \d{1,2}):\s")
# A recording's transcript stamps each turn and writes its speaker as the text does:
# "[00:03:15] Al-Obaidi: ..." is a turn when the label is someone the text names.
_STAMPED = re.compile(r"\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+"
                      r"(?P<label>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}):\s+(?=\S)")
_STAMPED_CHEAP = re.compile(
    r"\n\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+[A-Z][\w'’. -]{1,40}:\s")
# A recording's transcript that cannot name its speakers numbers them: "Speaker 1: ...",
# "[00:04:10] SPEAKER 2: ...". The text may name one later ("Speaker 1 was later identified as
# Jane Roe", "Speaker 2 (Jane Roe)"); else the label is the speaker as the text gives it.
_NUMBERED = re.compile(r"(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+)?"
                       r"(?P<label>(?:Speaker|SPEAKER)\s+\d{1,2}):\s+(?=\S)")
# What links a numbered label to a name after it: "is", "was later identified as", "(", "—".
_NAMED_AS = r"\b(?!:)\s*(?:[,(—–=-]\s*|(?:is|was|being)\s+(?:later\s+)?(?:identified\s+as\s+)?" \
            r"|identified\s+as\s+)"


# An interview labels its guest by initials ("JR: ..."), once the text has named them in full.
_INITIALS = re.compile(r"(?P<label>[A-Z]{2,3}):\s+(?=\S)")


def by_initials(people: PeopleIndex, label: str) -> str | None:
    """The one person the text names whose initials the label is ("JR" for Jane Roe)."""
    names = {p.name for p in people.by_key.values()
             if "".join(w[0] for w in p.name.split() if w[0].isupper()) == label}
    return names.pop() if len(names) == 1 else None


# A turn runs on, unlabelled, into the paragraphs below it ("MR. ROE: Good afternoon." /
# "The strikes began ..."), until a label or a reporter's "Q" opens the next turn. A paragraph
# that ends on no sentence ("END 1:02 P.M. EST") or is short ends the turn.
# ("AUDIENCE MEMBER (spouse, Bravo Battery):": who asks, described in brackets, is a label too)
_ANY_LABEL = re.compile(r"(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+)?(?:Q\b|QUESTION\b|"
                        r"[A-Z][\w'’.-]*(?:[ \t]+[\w'’.()-]+){0,2}(?:[ \t]+\([^()\n]{1,60}\))?"
                        r"[ \t]*:)")
# ... nor does the chair's handing on the floor ("We have time for a couple more. Let me go to
# the phones."): a short paragraph of it is no statement.
_CHAIRING = re.compile(r"\b(?:time\s+for\s+(?:a\s+couple|one|two|a\s+few)\s+more|go\s+to\s+the\s+"
                       r"phones|(?:take|last|next)\s+(?:a\s+few\s+|one\s+more\s+|your\s+)?"
                       r"questions?)\b", re.I)
_SPOKEN_END = re.compile(r"[.!?…\"”’)\]-]$")
_MIN_RUN_ON_WORDS = 6


def _continues(doc: Document, start: int, end: int) -> bool:
    body = doc.text[start:end].rstrip()
    return _SPOKEN_END.search(body) is not None and "\n" not in body and \
        _ANY_LABEL.match(body) is None and len(body.split()) >= _MIN_RUN_ON_WORDS and \
        doc.is_reporting(start, start + 1) and not (
            len(body) < 160 and _CHAIRING.search(body))


def _numbered_name(doc: Document, people: PeopleIndex, label: str) -> str:
    """The person the text says a numbered label is, else the label as written."""
    for m in re.finditer(re.escape(label) + _NAMED_AS, doc.text, re.I):
        person = people.mention_at(m.end(), m.end() + 60)
        if person and person[0] - m.end() <= 4:
            return person[2]
    return label.title()


def _named_only_in_talk(doc: Document, people: PeopleIndex, name: str) -> bool:
    """Whether a stamped label's person is first named inside a stamped turn ("I'm Jane Roe,
    and with me is John Doe"), not where the page says who is on the recording."""
    person = people.by_key.get(name.casefold())
    if person is None:
        return False
    line = doc.text.rfind("\n", 0, person.start) + 1
    return _STAMPED.match(doc.text, line) is not None or \
        _NUMBERED.match(doc.text, line) is not None


# A show's host greets the audience ("welcome back to The Daily Brief", "welcome to the
# podcast"); a guest's "welcome to the new normal" names no show.
_WELCOMES = re.compile(r"\b[Ww]elcome\s+(?:back\s+)?to\s+(?:(?:the|this|our)\s+)?(?:show|"
                       r"program|programme|podcast|episode|broadcast|[A-Z])")


def _without_hosts(found: list[tuple[int, int, str, int, str]]
                   ) -> list[tuple[int, int, str, int, str]]:
    """The one who asks (an interviewer, a host, most of whose turns are questions) is no
    source: their turns are left out, and so are those of the one who welcomes listeners
    to the show (the host's intro and sponsor reads are no one's statement)."""
    turns: dict[str, int] = {}
    asked: dict[str, int] = {}
    hosts = {t[4] for t in found if "elcome" in t[2] and _WELCOMES.search(t[2])}
    if hosts:
        found = [t for t in found if t[4] not in hosts]
    for t in found:
        turns[t[4]] = turns.get(t[4], 0) + 1
        if t[2].endswith("?"):
            asked[t[4]] = asked.get(t[4], 0) + 1
    return [t for t in found if 2 * asked.get(t[4], 0) < turns[t[4]]]


# A label is a speaker when it names someone the text names, or opens with a title: live
# blogs' "UPDATE:" or "BREAKING:" are no one.
_LABEL_TITLE = re.compile(r"^(?:MR|MS|MRS|DR|GEN|LT|COL|ADM|MAJ|CAPT|CDR|CMDR|BRIG|SGT|SEC|"
                          r"SECRETARY|AMBASSADOR|AMB|SPOKES\w*|MINISTER|PRESIDENT|SENATOR|"
                          r"SEN|REP|GOV|GOVERNOR|GENERAL|ADMIRAL|COLONEL|MAJOR|CAPTAIN)\b")


# Briefings written up in sentence case label turns "Spokesperson: ..." and "Question: ...": a
# role label is a speaker only where reporters' turns alternate with it; the role resolves to the
# person the transcript names with that title ("Jane Roe, Spokesperson for ..."), else stays.
_REPORTER_TURN = re.compile(r"^(?:Question|Q|Reporter)\s*:\s", re.M)
# ("Deputy Spokesperson:": the deputy who briefs that day, as the transcript names them)
_ROLE_LABEL = re.compile(r"(?P<label>(?:(?:Principal\s+)?Deputy\s+|Acting\s+|Associate\s+|"
                         r"Assistant\s+)?(?:Spokes(?:person|man|woman)|Moderator|Secretary|"
                         r"Minister|Ambassador|Governor|Mayor|Commander|President|"
                         r"Chair(?:man|woman)?)):\s+(?=\S)")
_MIN_TURN_WORDS = 4  # "Edie, please." hands the floor over; it says nothing
# A turn that only keeps the floor ("Sure.", "Thanks, all.", "Next. (Laughter.) Yes, Sam.")
# says nothing: every sentence of it is a few words, with no number, once stage directions
# in brackets are set aside.
_STAGE_DIRECTION = re.compile(r"\([^()]{1,40}\)")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s+|$)")
_SHORT_SENTENCE_WORDS = 4


def _floor_only(body: str) -> bool:
    if len(body) > 120 or any(c.isdigit() for c in body):
        return False
    bare = _STAGE_DIRECTION.sub(" ", body) if "(" in body else body
    return all(len(part.split()) <= _SHORT_SENTENCE_WORDS for part in _SENTENCE_END.split(bare))


# A turn that only puts a question ("Mr. Roe, do you wish to speak?") or runs the proceedings
# ("You have fourteen days to note an appeal. We are adjourned.") states nothing: the chair's
# or the bench's procedure, no one's statement.
_PROCEDURE = re.compile(r"\b(?:we\s+are\s+(?:adjourned|in\s+recess)|(?:court|hearing|meeting)"
                        r"\s+is\s+(?:adjourned|in\s+recess)|to\s+note\s+an\s+appeal|right\s+to\s+appeal|"
                        r"please\s+be\s+seated|call\s+your\s+(?:first|next)\s+witness)\b", re.I)
_PROCEDURE_CHARS = 160
_TITLE_STOP = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Gen|Col|Maj|Capt|Sgt|Lt|St)\.")  # no sentence end


def _procedure(body: str) -> bool:
    if len(body) >= _PROCEDURE_CHARS:
        return False
    if body.endswith("?") and len(_SENTENCE_END.findall(_TITLE_STOP.sub("", body))) <= 1:
        return True  # one question, put to someone
    return _PROCEDURE.search(body) is not None


def _role_turns(doc: Document, people: PeopleIndex,
                paras: list[tuple[int, int, int]]) -> list[tuple[int, int, str, int, str]]:
    if len(_REPORTER_TURN.findall(doc.text)) < 2:
        return []
    found: list[tuple[int, int, str, int, str]] = []
    for start, end, number in paras:
        m = _ROLE_LABEL.match(doc.text, start, end)
        if not m or not doc.is_reporting(m.end(), m.end() + 1):
            continue
        body = doc.text[m.end():end].rstrip()
        if len(body.split()) < _MIN_TURN_WORDS:
            continue
        label = m.group("label")
        speaker = people.by_role(label, m.start()) or label
        found.append((m.end(), m.end() + len(body), body, number, speaker))
    return found


# An interview written up for the web puts each speaker's name on a line of its own, the answer
# in the paragraphs below: "Jane Roe (Ret.):" / "The honest answer is ...". Such a label is a
# turn when the text names that person and labels them so at least twice.
_OWN_LINE = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){0,6}[A-Z][\w'’-]+(?:[ \t]+\((?:Ret|RET|Res|RES)"
                       r"\.?\))?[ \t]*:[ \t]*$")
_OWN_LINE_CHEAP = re.compile(r"\n[A-Z][^\n:]{2,60}:[ \t]*\n")


def _own_line_turns(doc: Document, people: PeopleIndex,
                    paras: list[tuple[int, int, int]]) -> list[tuple[int, int, str, int, str]]:
    text = doc.text
    speaker = ""
    found: list[tuple[int, int, str, int, str]] = []
    labels: dict[str, int] = {}
    asked: dict[str, int] = {}  # turns ending on a question, by speaker
    last = ""
    for start, end, number in paras:
        line = text[start:end].rstrip()
        if len(line) <= 70 and _OWN_LINE.fullmatch(line):
            if speaker and last.endswith("?"):
                asked[speaker] = asked.get(speaker, 0) + 1
            person = people.mention_at(start, start + len(line))
            speaker = person[2] if person else ""
            if speaker:
                labels[speaker] = labels.get(speaker, 0) + 1
            continue
        last = line
        if "\n" in line and _OWN_LINE.fullmatch(line.split("\n", 1)[0]):
            speaker = ""  # (a label and words in one paragraph: read elsewhere)
        if not speaker or not doc.is_reporting(start, start + 1) or _floor_only(line):
            continue
        found.append((start, start + len(line), line, number, speaker))
    # The one who asks (the host, most of whose turns are questions) is not a source.
    return [t for t in found if labels.get(t[4], 0) >= 2 and
            2 * asked.get(t[4], 0) < labels[t[4]]]


def transcript_turns(doc: Document, people: PeopleIndex,
                     paras: list[tuple[int, int, int]]) -> list[tuple[int, int, str, int, str]]:
    """Labelled answers of a briefing transcript, each paragraph one quote from its substance:
    (start, end, words, paragraph number, speaker)."""
    out = []
    for start, end, body, number, speaker in _turns(doc, people, paras) or \
            guest_turns(doc, people):  # (a show's unlabelled turns: its introduced guest's)
        cut = from_substance(body, speaker)
        out.append((start + cut, end, body[cut:], number, speaker))
    return out


def _header_turns(doc: Document, paras: list[tuple[int, int, int]]
                  ) -> list[tuple[int, int, str, int, str]]:
    """Turns under a meeting tool's own-line speaker headers, courtesies and chairing lines
    that say nothing left out."""
    return [t for t in header_turns(doc.text, paras)
            if doc.is_reporting(t[0], t[0] + 1) and not _floor_only(t[2]) and not (
                len(t[2]) < 100 and _HANDING_OVER.search(t[2])) and not _opens_meeting(t[2])]


# The chair's opening turn calls the roll, names the meeting and hands the floor to the first
# speaker ("OK, I think we've got everybody. This is the ops sync. J2, want to kick us off?"):
# housekeeping, no one's statement, however long its reminders run.
_OPENING = re.compile(r"\b(?:we(?:'ve|’ve|\s+have)\s+got\s+every(?:body|one)|"
                      r"every(?:body|one)(?:'s|’s|\s+is)\s+(?:here|on)|"
                      r"let(?:'s|’s)\s+(?:get\s+started|begin|kick\s+(?:it\s+)?off)|"
                      r"kick\s+(?:us|it|things)\s+off|"
                      r"this\s+is\s+the\s+(?:[\w-]+\s+){0,4}?(?:sync|meeting|call|huddle|"
                      r"stand-?up|update)\b)", re.I)


def _opens_meeting(body: str) -> bool:
    return body.endswith("?") and len(body) < 600 and len(_OPENING.findall(body)) >= 2


# A short paragraph that only hands the call on ("Jane will take you through the numbers.",
# "With that, I'll turn it over to John.") says nothing.
_HANDING_OVER = re.compile(r"\b(?:take|walk)\s+(?:you|us|everyone)\s+through\b|\b(?:hand|turn)\s+"
                           r"(?:it|things|the\s+call)\s+(?:back\s+)?(?:over\s+)?to\b")


def _turns(doc: Document, people: PeopleIndex,
           paras: list[tuple[int, int, int]]) -> list[tuple[int, int, str, int, str]]:
    hearing = hearing_turns(doc, people, paras)
    if hearing:
        return hearing  # "Chairman ROE. ...": a printed hearing's turns
    committee = committee_turns(doc, people, paras)
    if committee:
        return committee  # "Q112 Chair: ..." / "Jane Roe: ...": a committee's oral evidence
    debate = debate_turns(doc, paras) if ")" in doc.text else []
    if debate:
        return debate  # "Mr John Doe (Anytown) (Con): ...": a parliamentary debate's turns
    record = un_turns(doc, paras, people.resolve) if "President:" in doc.text else []
    if record:
        return record  # "Ms. Roe (Ireland): ...": a UN verbatim record's turns
    lines = "\n" + doc.text
    headed = _header_turns(doc, paras)
    if len(headed) >= 2:
        return headed
    if ":\n" in doc.text and len(_OWN_LINE_CHEAP.findall(lines)) >= 4:
        own = _own_line_turns(doc, people, paras)
        if len(own) >= 2:
            return own
    stamped = len(_STAMPED_CHEAP.findall(lines)) >= 2
    if not stamped and len(_LABEL_CHEAP.findall(lines)) < 2:
        # a transcript labels its speaker again and again (in sentence case: by name)
        return _role_turns(doc, people, paras) if "\nQ" in doc.text else [
            t for t in named_label_turns(doc, people, paras) if not _floor_only(t[2]) and
            not (len(t[2]) < 160 and _CHAIRING.search(t[2]))]  # ("I'll take your questions")
    found: list[tuple[int, int, str, int, str]] = []
    current = ""  # the speaker whose turn runs on into unlabelled paragraphs
    for start, end, number in paras:
        m = _NUMBERED.match(doc.text, start, end) or \
            _LABEL.match(doc.text, start, end) or (
            _STAMPED.match(doc.text, start, end) if stamped else None) or \
            _INITIALS.match(doc.text, start, end)
        if not m:
            if current and _continues(doc, start, end):
                body = doc.text[start:end].rstrip()
                found.append((start, start + len(body), body, number, current))
            else:
                current = ""
            continue
        current = ""
        if not doc.is_reporting(m.end(), m.end() + 1):
            continue
        label = " ".join(m.group("label").split())
        if m.re is _NUMBERED:
            body = doc.text[m.end():end].rstrip()
            if not _floor_only(body):
                found.append((m.end(), m.end() + len(body), body, number,
                              _numbered_name(doc, people, label)))
            continue
        role = m.group("role") if m.re is _LABEL else None  # (a stamped turn has none)
        if role and JOURNALIST_ROLE.search(role):
            continue  # the broadcaster's anchor or correspondent: not a source
        if m.re is _INITIALS:
            speaker = by_initials(people, label)
        else:
            speaker = people.resolve(label) or people.resolve(label.split()[-1].title()) or \
                court_role(label, doc.text, people.resolve)  # ("THE COURT": the judge)
        if speaker and m.re is _STAMPED and _named_only_in_talk(doc, people, speaker):
            continue  # (co-hosts who name each other aloud: their chat is no statement)
        if not speaker and (not label.isupper() or not _LABEL_TITLE.match(label)):
            continue  # ("Moderator:", "Translation note:" in sentence case: no one named)
        speaker = current = speaker or label.title()
        body = doc.text[m.end():end].rstrip()
        if m.re is _LABEL and _floor_only(body):
            continue
        found.append((m.end(), m.end() + len(body), body, number, speaker))
    # (after the hosts are known: their questions count in telling who asks)
    found = [t for t in _without_hosts(found) if not _procedure(t[2])]
    if len(found) >= 2:
        return found
    return _role_turns(doc, people, paras) if "\nQ" in doc.text else []


# A turn's words open on courtesies ("Yes sir. Good morning.", "Morning sir.") or on taking the
# floor ("Sir, can I jump in. Captain Roe, air defense."): its quote starts at the substance.
# (Only where two sentences or more follow: a greeting before one remark is left whole.)
_COURTESY_WORDS = frozenset(
    "yes yeah yep sir ma'am ma’am good morning afternoon evening hey hi hello everybody everyone "
    "all folks thanks thank you okay ok alright right sure great well".split())
# ... one of which greets, thanks or addresses: a bare "Sure." or "Right." answers, and stays
_GREETING_WORDS = frozenset(
    "sir ma'am ma’am morning afternoon evening hey hi hello everybody everyone folks thanks "
    "thank".split())
_TAKING_FLOOR = re.compile(r"\b(?:can|could|may)\s+I\s+(?:jump|come|chime|cut)\s+in\b|"
                           r"\bif\s+I\s+(?:may|could)\b|^(?:sorry|apologies)\b", re.I)
_SENTENCE = re.compile(r"[^.!?]+[.!?]+(?:\s+|$)")
_COURTESY_MAX_WORDS = 6


def _courtesy(sentence: str, speaker: str) -> bool:
    words = [w.strip(",.!?;:—–-").casefold() for w in sentence.split()]
    if len(words) > _COURTESY_MAX_WORDS:
        return False
    if all(w in _COURTESY_WORDS for w in words if w) and any(w in _GREETING_WORDS for w in words):
        return True
    if words[0] in _GREETING_WORDS and len(words) <= 3 and all(
            w[:1].isupper() for w in sentence.split()[1:]):
        return True  # "Thanks Rachel.", "Morning, Jane."
    if words[0] in _COURTESY_WORDS and any(w in _GREETING_WORDS for w in words) and all(
            w in _COURTESY_WORDS or w == "and" or raw[:1].isupper()
            for w, raw in zip(words[1:], sentence.split()[1:], strict=False)):
        return True  # "Thanks, Martin, and good morning.", "Good morning, Sheila."
    if _TAKING_FLOOR.search(sentence):
        return True
    # a self-introduction: "Captain Roe, air defense.", "Sorry, Jane from Acme."
    names = {w.casefold() for w in speaker.split() if len(w) > 2}
    return any(w in names for w in words)


def from_substance(body: str, speaker: str) -> int:
    """Where a turn's substance starts: after its opening courtesies, if two sentences or more
    follow them; else 0."""
    if len(body) < 60:
        return 0
    cut, skipped = 0, 0
    for m in _SENTENCE.finditer(body):
        if m.start() != cut or not _courtesy(m.group(0), speaker):
            break
        cut, skipped = m.end(), skipped + 1
    if not skipped or len(_SENTENCE.findall(body, cut)) < 2:
        return 0
    return cut
