"""The report's own statement of what is happening: its lede, cleaned, and its expectations.

The lede (the first body sentence, after any dateline) is usually what an analyst would put at
the top: cleaned of the dateline, clock times and the trailing "officials said", its main
clause is the spine of the BLUF. Sentences that say what will happen ("will", "plans to",
"is expected to", "in the coming days") feed the outlook.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.hearing_turns import _PROCEDURAL as _PROCEDURAL
from briefdeck.extract.lede_filters import (
    ANONYMOUS,
    LATE_UPDATE,
    NAMED_PERSON,
    RECOVERY,
    RESUME_QUESTION,
    anchor_lead_in,
    has_verb,
    room_colour,
    tells_news,
    title_line,
    unlabelled,
    writers_plan,
    writers_scene,
)
from briefdeck.extract.lede_furniture import (
    GREETING,
    LETTERS_PAGE,
    SETTING_THEN_NEWS,
    dateline_only,
    document_name,
    logistics_blocks,
    method_note,
    own_voice,
    past_history,
    programme,
    quote_tail,
    salutation,
    subject_line,
    table_row,
    without_notes,
)
from briefdeck.extract.lede_outlook_section import JUDGED, outlook_section
from briefdeck.extract.lede_trim import INVOCATION, shorter
from briefdeck.extract.lowered import lowered
from briefdeck.extract.place_page_lines import DATELINE_LEAD
from briefdeck.extract.sentences import Document, Sentence
from briefdeck.ingest.metadata import HEADER_FIELD

MIN_WORDS = 12  # shorter lines near the top are bylines, dates and desk names
SHORT_NOTE = 30  # sentences: a pasted note, whose lede may be short
LONG = 35  # words: a longer lede is cut at its last loose clause
# A lede that leans on what came before is a sub-headline, not the story's opening.
ANAPHORIC = re.compile(r"^(?:The\s+(?:move|decision|plan|shift|step|change)|This|That|These|"
                       r"Those|It|They|He|She)\b")
QUOTE_OPEN = re.compile(r"^[\"“‘']")
CLOCK = re.compile(r",?\s*(?:at\s+)?(?:approximately|about|around)?\s*\d{1,2}:\d\d\s*"
                   r"[ap]\.?m\.?(?:\s*\([^)]{1,30}\))?", re.I)
AGENCY = re.compile(r"\s*\((?:Reuters|AP|AFP|[A-Z][a-z]+line|Wire)\)")
# ", three U.S. officials said", ", according to a statement from ...", up to the end.
ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:according\s+to\b[^;]*|(?!(?:but|and|that|while)\b)(?:[\w.'’-]+\s+){1,8}?"
    r"(?:said|says|say|told\s+\w+|reported|announced|confirmed)"
    r"(?:\s+(?:on\s+)?\w+day|\s+in\s+a\s+statement)?(?:,[^;]*)?)$"
)
# The sourcing itself at the head of that tail, without what runs on after it: a toll keeps
# who gave it (", according to SANA", ", the army said"), not the background after them.
ATTRIBUTION_CORE = re.compile(
    r",\s*(?:according\s+to\b[^;,]*|(?:[\w.'’-]+\s+){1,8}?"
    r"(?:said|says|say|told\s+\w+|reported|announced|confirmed)"
    r"(?:\s+(?:on\s+)?\w+day|\s+in\s+a\s+statement)?)"
)
# "... a further attack. b.": the next list item's letter caught at a sentence's end.
LIST_MARK_TAIL = re.compile(r"(?<=[a-z)])\.\s+\(?[a-h]\)?$")
# "... could be deployed.6": a footnote's number set after the closing mark.
FOOTNOTE_TAIL = re.compile(r"(?<=[a-z)”’\"])[.!?]\d{1,3}$")
# "BRISCOE: Meredith, a senior U.S. official tells me ...": a speaker turning to the anchor.
ADDRESSED = re.compile(r"(?:[A-Z][A-Z'’. -]{1,40}:\s+)?(?:(?:But|And|So|Well)\s+)?"
                       r"([A-Z][a-z]+),\s+(?=[a-z]|I\s)")
NON_RESTRICTIVE = re.compile(r",\s+which\s+[^,]{3,80},\s*")
# A toll or a count is never an aside: ", which killed 13 people, including two children, ..."
TOLL = re.compile(r"\b(?:kill|wound|injur|dead|died|casualt)", re.I)
# A chat's reply that opens a message ("Correct. our head of mission ...") and a link pasted
# before the words ("<https://...> - shelling on ..."): neither is part of the sentence.
CHAT_OPENING = re.compile(r"^(?:(?:Correct|Yes|Agreed|Noted|Ok(?:ay)?|Thanks|Confirmed|"
                          r"Roger|Copy|(?:Good\s+)?(?:morning|afternoon|evening)(?:\s+all|"
                          r"\s+everyone|\s+team)?|(?:Hi|Hello|Hey)\s+(?:all|everyone|team))"
                          r"[.!,]\s+|<?https?://\S+?>?\s*(?:[-–—:]\s+|$))", re.I)
# What opens a spoken or logged line but is no part of its sentence: a speaker's label
# ("SORENSEN: ", "MR. KIRBY: "), a list word ("Second, "), a pool report's stamp
# ("10:42 a.m. -- ").
SPEAKER_LABEL = re.compile(r"(?:(?:MR|MS|MRS|DR)\.\s+)?[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}"
                           r"(?:\s+\([^)\n]{1,40}\))?:\s+(?=[A-Z0-9\"“])")
# A verbatim record's turn in title case ("Mr. Brenner: ", "The President: ", "Ms. Roe
# (Ireland): "): the speaker's label, not the words.
RECORD_LABEL = re.compile(r"(?:The\s+(?:Acting\s+)?President|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+"
                          r"(?:[A-Z][a-z]+\s+)?[A-Z][A-Za-z'’-]+(?:\s+\([^)\n]{1,70}\))?"
                          r"(?:\s+\(spoke\s+in\s+[A-Z][a-z]+\))?)[ \t]*:\s+(?=[A-Z0-9\"“])")
LIST_WORD = re.compile(r"(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth|Fifth|Finally|"
                       r"Lastly|Next|Also|Plus)\s*,\s+(?=\S)")
STAMP_OPENING = re.compile(r"\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:--|—|–)\s*", re.I)
LOOSE_CLAUSE = re.compile(r",\s+(?:even\s+as|as|while|the\s+latest|marking|"
                          r"which|who|where)\b")
CONTENT = re.compile(r"[A-Za-z][\w'’-]+")
STOP = frozenset("""the a an and or of in on at to for from with as by into over after amid
    across is are was were be been says said will its their his her this that these those
    than more most some new how why what who""".split())
EXPECTS = re.compile(
    r"\b(?:will|won't|is\s+expected\s+to|are\s+expected\s+to|expects?\s+to|plans?\s+to|"
    r"planned\s+to|is\s+set\s+to|are\s+set\s+to|intends?\s+to|calls?\s+for|to\s+remain|"
    r"in\s+the\s+coming\s+(?:days|weeks|months)|later\s+this\s+(?:year|month|week)|"
    r"next\s+(?:week|month|year)|by\s+the\s+end\s+of|until\s+at\s+least|"
    r"(?:is|are)\s+(?:weighing|considering|mulling)|(?:has|have)\s+(?:\w+\s+)?asked|"
    r"no\s+decision)\b", re.I)
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
# A dateline in title case ("Washington — ", "Amman, May 9 (Petra) -- ", "(CNN) — "): up to
# three capitalised words, the agency in brackets, and a dash that sets them off, at the start
# of a line, before a capital ("Iran — which backs the militias — denied it" opens with an
# aside, not a dateline).
# (a plain hyphen sets a dateline off only after the agency's brackets: "Doha, November 18
# (QNA) - The State ...")
TITLE_DATELINE = re.compile(r"(?:(?:[A-Z][a-z'’.-]+\s){0,2}[A-Z][a-z'’.-]+"
                            r"(?:,\s[A-Z][\w.’' ]{1,30}?)?)?(?:(?:\s?\([^)\n]{1,30}\)){0,2}"
                            r"\s(?:—|–|--)|(?:\s?\([^)\n]{1,30}\)){1,2}\s-)\s+(?=[A-Z0-9\"“])")
# Lines at the top that open no story: "Nov. 7 | Issued: ...", a transcript's "LT. COL. X:" or
# its "Good afternoon", a promo's "Follow our live coverage".
NOT_A_LEDE = re.compile(r"[^\n]*\s\|\s|[A-Z][A-Z.' -]{3,}:\s|Good\s(?:morning|afternoon|evening)\b|"
                        r"\[?\d{1,2}:\d\d(?::\d\d)?\]?\s|"  # a recording's time stamp
                        r"(?:Follow|Watch|Listen|Read|Sign\s+up|Subscribe|Click|Download)\b")
# "To summarize the incidents ...": a memo's statement of purpose, not the news; "To ask the
# Secretary of State ...": a parliamentary question, whose answer is the news.
PURPOSE_OPEN = re.compile(r"To\s+(?:summari[sz]e|inform|provide|update|outline|describe|assess|"
                          r"report|request|present|brief|document|review|ask)\b")
FIRST_PERSON = re.compile(r"(?:^|\s)(?:I|I'll|I’ll|I'm|I’m|I've|I’ve)\s")  # a speaker, not a report
# "Um, let's keep this short", "it's been, um, a busy month": speech, not a lede
SPOKEN_FILLER = re.compile(r"(?:^|.*?,\s)(?:[Uu]h|[Uu]m|[Uu]hm|[Ee]rm?|Hmm|Ah)\b|"
                           r"(?:So|OK|Okay|Alright|Right|Well),\s")
# An alert or an advisory speaks to its reader ("alerts are expected in your area"): advice to
# the reader, not the report of what happened.
TO_THE_READER = re.compile(r"\b(?:your|you)\b", re.I)
QUOTED = re.compile(r"[\"“][^\"”\n]*[\"”]")  # a quotation's words are the speaker's, not advice
# A letter's courtesy formula ("have the honour to transmit herewith the report"): the news is
# in what it transmits.
COURTESY = re.compile(r"\bha(?:ve|s) the hono(?:u)?r to\b")
# A speaker's aside ("Look, we have about 2,500 troops ..."): talk, not the report's outlook.
SPOKEN_ASIDE = re.compile(r"(?:>+\s*)?(?:[A-Z][A-Z'’. -]{1,40}:\s+)?"
                          r"(?:Look|Listen|Frankly|Honestly|Um|Uh|Hey),\s", re.I)
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
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


def _words(text: str) -> set[str]:
    return {w.casefold()[:5] for w in CONTENT.findall(text) if w.casefold() not in STOP}


def _dateline(text: str, sent: Sentence) -> re.Match[str] | None:
    """The dateline that opens a sentence: in capitals anywhere, in title case at a line's start."""
    m = DATELINE_LEAD.match(text, sent.start, sent.end)
    if m or (sent.start and text[sent.start - 1] != "\n"):
        return m
    return TITLE_DATELINE.match(text, sent.start, sent.end)


# A feature opens on a scene ("The drone came in low from the south-west, a little after 11 p.m.
# last Thursday."): no name, place or count in it, only the day and the hour. The news is in
# the paragraphs after the scene's.
_NAMED = re.compile(r"(?<!^)(?<![.!?]\s)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                    r"Saturday|Sunday|January|February|March|April|May|June|July|August|"
                    r"September|October|November|December|I)\b)[A-Z]")
_NOT_CLOCK_DIGIT = re.compile(r"\d(?!\d*(?::\d\d)?\s*[ap]\.?m\b)")
_SCENE_OPEN = re.compile(r"(?:The|A|An|It|They|He|She)\s")
# What a scene never holds: a count in words, someone saying it, harm done ("The military
# said it shot down two drones" is news told plainly, not a scene).
_NEWS_WORDS = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"dozens?|hundreds?|thousands?|said|says|told|reported|announced|"
                         r"confirmed|claimed|shot\s+down|intercepted|killed|killing|wounded|"
                         r"injured|dead|died|destroyed)\b", re.I)


def _scene(words: str) -> bool:
    return _SCENE_OPEN.match(words) is not None and _NAMED.search(words) is None and \
        _NOT_CLOCK_DIGIT.search(words) is None and _NEWS_WORDS.search(words) is None


def _not_news(words: str) -> bool:
    """Words at a report's top that open no story."""
    # (a list of names or a masthead has no lower-case words; a question asks for the news, it
    # does not tell it; a sub-headline or who sat where is no sentence of news)
    return bool(ANAPHORIC.match(words) or QUOTE_OPEN.match(words) or words.startswith("By ")
                or PURPOSE_OPEN.match(words)
                or NOT_A_LEDE.match(words) or HEADER_FIELD.match(words)
                or FIRST_PERSON.search(words) or SPOKEN_FILLER.match(words)
                or TO_THE_READER.search(QUOTED.sub(" ", words)) or COURTESY.search(words)
                or len(LOWER_WORD.findall(words)) < 3
                or words.rstrip(" \"'”’)").endswith("?")
                or title_line(words) or room_colour(words) or writers_scene(words)
                or dateline_only(words) or salutation(words) or method_note(words)
                or table_row(words) or quote_tail(words) or document_name(words)
                or subject_line(words) or anchor_lead_in(words))


# What a title calls the document, not what it is about.
_GENRE = frozenset("brief repor updat summa trans diges bulle newsl morni daily weekl exhib "
                   "call".split())
LATER = 80  # sentences: how far a document of tables and labels is read for its first news


def later_lede(doc: Document, headline: str) -> tuple[Sentence | None, int]:
    """Past a document's furniture (a budget exhibit's table cells, a form's labels): the
    first sentence of news about what its title names, or (None, 0)."""
    told = _words(headline) - _GENRE  # ("Morning Security Brief": a brief is no topic)
    for sent in doc.sentences[12:LATER]:
        m = _dateline(doc.text, sent)
        start = m.end() if m else sent.start
        words = doc.text[start:sent.end]
        if MIN_WORDS <= len(words.split()) <= 80 and not _not_news(words) \
                and not _scene(words) and _words(words) & told:
            return sent, start
    return None, 0


def _resume_answers(top: list[Sentence]) -> set[int]:
    """The sentences answering a question about the post's duties or the nominee's
    qualifications, up to the next question: what the post is, not the news."""
    skip: set[int] = set()
    asked = False
    for sent in top:
        if sent.text.rstrip().endswith("?"):
            asked = RESUME_QUESTION.search(sent.text) is not None
        elif len(sent.text.split()) < 4 or title_line(sent.text):
            asked = False  # a heading or the next question's number
        elif asked:
            skip.add(id(sent))
    return skip


def lede(doc: Document, headline: str) -> tuple[Sentence | None, int]:
    """The lede sentence and where its words start (past any dateline), or (None, 0)."""
    top = doc.sentences[:12]
    # (a headline "Jordan – Coyote Block 2 ..." reads like a dateline: it is not the lede's)
    with_dateline = [s for s in top if (s.start == 0 or doc.text[s.start - 1] == "\n")
                     and s.text.strip() != headline.strip() and _dateline(doc.text, s)]
    scene_end = -1  # where an opening scene's paragraph ends: the lede comes after it
    # a short pasted note has no long opening sentence; a long text's short opening lines are
    # its chatter ("So, three things since last Tuesday.") or its furniture
    short_note = len(doc.sentences) <= SHORT_NOTE
    resume = _resume_answers(top) | logistics_blocks(top, doc.text)
    letters = LETTERS_PAGE.match(headline) is not None  # (readers' opinions, a fact or two)
    # a letter after its "Dear ...,": the writers introducing themselves is no news
    letter = GREETING.search(doc.text, 0, top[-1].end if top else 0) is not None
    for fewest in (MIN_WORDS, 6) if short_note else (MIN_WORDS,):
        for sent in with_dateline[:1] or top:
            if sent.start < scene_end or id(sent) in resume:
                continue
            m = _dateline(doc.text, sent)
            start = m.end() if m else sent.start
            if doc.text.startswith("A: ", start):
                start += 3  # a Q&A's answer label: the answer is the lede's words
            start = past_history(doc.text, start, sent.end)  # a paper's authors, dates
            if doc.text.startswith(("With ", "In the"), start):  # "With praise to God, ..."
                invocation = INVOCATION.match(doc.text, start, sent.end)
                start = invocation.end() if invocation else start
            words = doc.text[start:sent.end]
            if sent.text.strip() == headline.strip() or \
                    not fewest <= len(without_notes(words).split()) <= 80:
                continue
            setting = SETTING_THEN_NEWS.match(doc.text, start, sent.end)
            if setting:  # "The stated purpose of the spray was ..., but POTUS opened with ..."
                start = setting.end()
                words = doc.text[start:sent.end]
            if _not_news(words) or (letters or letter) and not tells_news(words) or \
                    letters and own_voice(words):
                continue
            if scene_end < 0 and _scene(words):
                end = doc.text.find("\n", sent.end)
                if end > 0 and doc.text[end:].strip():  # (a scene with news after it)
                    scene_end = end
                    continue
            return sent, start
    return None, 0


def _statement(headline: str) -> bool:
    """A headline that reads as a statement of the news ("Pentagon spreads jets ..."), not a
    title in capitals ("DOD Identifies Army Casualties", "Weekly Risk Digest")."""
    # (a quotation for a title, '"The math is the enemy"', is a pull quote, not the news)
    return (len(headline.split()) >= 4 and len(LOWER_WORD.findall(headline)) >= 2
            and not QUOTE_OPEN.match(headline)
            and not headline.startswith("By ") and headline != "Untitled briefing"
            and "?" not in headline and ":" not in headline
            and not re.match(r"(?:How|Why|What|Who|When|Where|Inside|Analysis|Explainer)\b",
                             headline))


def _after_symbols(text: str) -> str:
    """Text from its first letter, digit or mark of punctuation: no leading emoji or symbol."""
    if text[:1].isalnum():
        return text  # (the usual opening: no symbol to look up)
    i = 0
    while i < len(text) and (text[i].isspace() or text[i] in "\ufe0f\u200d"
                             or unicodedata.category(text[i])[0] == "S"):
        i += 1
    return text[i:]


# The main clause's verb after an aside: "The committee, which ..., met on ..." closes up.
_VERB_NEXT = re.compile(r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|"
                        r"met|said|says|\w+ed)\b")


def _aside(m: re.Match[str]) -> str:
    """A ", which ...," aside out of a sentence, unless it holds the toll."""
    if TOLL.search(m.group()):
        return m.group()
    return " " if _VERB_NEXT.match(m.string, m.end()) else ", "


def bare_opening(text: str) -> str:
    """A line without what opens it but is no part of its sentence: a chat's reply or link, a
    speaker's label, a list word, a stamp (each once, in any order)."""
    for _ in range(4):
        m = (CHAT_OPENING.match(text) or SPEAKER_LABEL.match(text) or LIST_WORD.match(text)
             or STAMP_OPENING.match(text) or RECORD_LABEL.match(text))
        if not m:
            break
        text = text[m.end():]
    return unlabelled(text) if ":" in text or "(" in text[:2] else text


# A capitalised pair that names a body, not a person: "two White House officials", "State
# Department sources", "U.S. Central Command officials", "officials at the Defense Ministry".
_OFFICIALS_AFTER = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:officials?|sources?|diplomats?|"
                              r"aides?|people)\b")
_BODY_WORD = re.compile(r"\s(?:House|Department|Ministry|Office|Command|Council|Agency|Forces?|"
                        r"Army|Navy|Guard|Corps|Service|Administration|Authority|Government|"
                        r"Embassy|Committee|Mission|Headquarters|Staff)$")


def _names_person(sourcing: str) -> bool:
    """Whether the sourcing names a person ("according to John Kirby"), not only a body."""
    return any(not (_OFFICIALS_AFTER.match(sourcing, m.end()) or _BODY_WORD.search(m.group()))
               for m in NAMED_PERSON.finditer(sourcing))


def _unnamed(sourcing: str) -> bool:
    """Sourcing by unnamed officials (", according to three U.S. defense officials", "two
    White House officials said"): the claim rests on it, so it stays with the claim; a named
    person's word is cut with the rest of the tail."""
    return ANONYMOUS.search(sourcing) is not None and not _names_person(sourcing)


def clean_clause(text: str, limit: int = LONG) -> str:
    """A report's sentence as a briefing sentence: no clock time, agency, trailing sourcing or
    aside; cut at its last loose clause when long; ends with a full stop."""
    text = re.sub(r"^[-•*▪]\s+", "", " ".join(text.split()))  # a key-points bullet
    text = bare_opening(_after_symbols(text))  # a feed's "⚡️ Reports of ...": no words
    if ":" in text:  # (each pattern only where the mark it needs is: the cheap test first)
        text = CLOCK.sub("", text)
    if "(" in text:
        text = AGENCY.sub("", text)
    text = LIST_MARK_TAIL.sub("", FOOTNOTE_TAIL.sub("", text).rstrip(" ."))
    if "," in text:
        tail = ATTRIBUTION_TAIL.search(text)
        if tail:  # who gives a toll stays with it: "..., according to SANA"
            core = ATTRIBUTION_CORE.match(text, tail.start()) \
                if TOLL.search(text, 0, tail.start()) or _unnamed(tail.group()) else None
            text = text[: core.end() if core else tail.start()]
        text = NON_RESTRICTIVE.sub(_aside, text)
    if len(text.split()) > limit:
        text = shorter(text, limit)  # a date said twice, an operation's name, "At dawn on ..."
    if len(text.split()) > limit:
        cuts = [m.start() for m in LOOSE_CLAUSE.finditer(text)
                if len(text[: m.start()].split()) <= limit]
        # a cut never leaves the toll behind; a sentence a little long is better than no toll
        keeping = [c for c in cuts if not TOLL.search(text, c)] if TOLL.search(text) else cuts
        if keeping:
            text = text[: keeping[-1]]
        elif len(text.split()) > limit * 3 // 2 and cuts:
            text = text[: cuts[-1]]
    text = re.sub(r"^(?:On|In)\s+,\s*", "", text).strip(" ,;")
    # A question or an exclamation keeps its own mark: "... responsible?" takes no full stop.
    end = "" if text.endswith(("?", "!", "?\u201d", "?\"")) else "."
    return text[:1].upper() + text[1:] + end if text else ""


# A dek that explains ("How a drone ... led to U.S. strikes on six sites"): its words after
# "How" are the news.
HOW_DEK = re.compile(r"^How\s+(?=(?:a|an|the|[A-Z])\w*\s+[^?]*\b(?:led|forced|became|turned|"
                     r"sparked|drove|pushed|left|made)\b)(?![^\n]*\?$)")
SAID_WORDS = re.compile(r"\b(?:said|says|say|told|according\s+to|reported|claimed)\b")


def _sourced_next(doc: Document, sent: Sentence) -> str:
    """', according to three U.S. defense officials' when the lede states a plan flatly and
    a sentence after it on the same matter gives it to unnamed officials; else ''."""
    # (a plan stated flatly is someone's word: the nut graf after it says whose)
    if SAID_WORDS.search(sent.text) or not EXPECTS.search(sent.text):
        return ""
    i = next((k for k, s in enumerate(doc.sentences[:14]) if s is sent), None)
    if i is None:
        return ""
    told = _words(sent.text)
    for nxt in doc.sentences[i + 1:i + 3]:
        tail = ATTRIBUTION_TAIL.search(nxt.text.rstrip(" ."))
        if tail and _unnamed(tail.group()) and _words(nxt.text) & told:
            core = ATTRIBUTION_CORE.match(nxt.text.rstrip(" ."), tail.start())
            return core.group() if core else ""
    return ""


def spine(doc: Document, headline: str) -> tuple[str, Sentence | None]:
    """The BLUF's first sentence: the lede when it is about what the headline says (or the
    headline only names the page), else a headline that reads as a statement, else nothing."""
    sent, start = lede(doc, headline)
    # A document's name: its news is further on (not a digest's "Brief: Somalia and
    # Mozambique", whose topics no one later sentence speaks for).
    if sent is None and title_line(headline) and ":" not in headline:
        sent, start = later_lede(doc, headline)
    headline = headline.strip()
    # (not a table's first row, nor a document's name: "Statement No. 4 of the ... regarding")
    statement = _statement(headline) and not table_row(headline) and not document_name(headline)
    absent = headline in ("", "Untitled briefing") or headline.startswith("By ") or \
        headline.isupper() or len(headline.split()) < 4  # a paste without a headline
    # A name for the page ("DOD Identifies Army Casualties", "Weekly Risk Digest"), not a
    # feature's "Under Fire: How ..." or a question: the lede is the news.
    titled = len(LOWER_WORD.findall(headline)) < 2 and not re.search(r"[:?]", headline)
    # ("72 hours on the Euphrates", "Fewer boots, bigger bills": a name, the lede tells it)
    verbless = statement and not has_verb(headline)
    if sent is not None and (absent or titled or
                             verbless and tells_news(doc.text[start:sent.end]) or
                             _words(doc.text[start:sent.end]) & _words(headline)):
        said = _sourced_next(doc, sent)
        words = HOW_DEK.sub("", doc.text[start:sent.end], count=1)  # "How a drone led to..."
        words = without_notes(words)  # a translator's "[literally ...]"
        told = clean_clause(words)
        if said and told.endswith("."):  # a flat dek the next sentence gives to officials
            told = told[:-1] + said + "."
        return told[:1].upper() + told[1:], sent
    if statement and not verbless:
        return clean_clause(headline), None
    return "", None


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


def outlook(doc: Document, skip: Sentence | None, limit: int = 2, words_most: int = 60,
            headline: str = "") -> str:
    """Up to two sentences of what the report expects to happen, time-bound ones first."""
    section = outlook_section(doc, EXPECTS, words_most)
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
    for i, sent in enumerate(doc.sentences):
        words = sent.text
        if sent.start < update and RECOVERY.search(words):
            continue  # a later update on the hurt supersedes it
        if sent is skip or QUOTE_OPEN.match(words) or "”" in words or '"' in words:
            continue
        if SPOKEN_ASIDE.match(words) or id(sent) in logistics or letters and own_voice(words):
            continue  # (a reader's "we plan to stay" is their opinion, not a plan)
        if not _expects(doc.text, sent) or NEGATED.search(words) or len(words.split()) < 8:
            continue
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
        lower = words.lower()
        if any(w in lower for w in _CHAIR_WORDS) and _PROCEDURAL.match(doc.text, start, sent.end):
            continue  # "With permission, Mr Speaker, I will make a statement", "will recess"
        clause = clean_clause(doc.text[start:sent.end], limit=40)
        if programme(clause):
            continue  # an event's programme ("X and Y will speak"), not what comes next
        if "ll " in clause:  # "...; will send a separate report": the writer's plan, cut
            kept = writers_plan(clause)
            clause = clean_clause(kept) if kept != clause else clause
        if clause and EXPECTS.search(clause):  # not only in the sourcing cut away
            soon = HORIZON.search(words) or _PENDING_HINT.search(lower) and PENDING.search(words)
            found.append((0 if soon else 1, i, clause))
    chosen: list[tuple[int, int, str]] = []
    for item in sorted(found):
        if len(chosen) < limit and (not chosen or sum(
                len(c.split()) for _, _, c in chosen) + len(item[2].split()) <= words_most):
            chosen.append(item)
    return " ".join(c for _, _, c in sorted(chosen, key=lambda f: f[1]))
