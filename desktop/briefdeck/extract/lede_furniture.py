"""Lines at a document's top that no reader would put first in a briefing.

Formats other than news stories open on furniture that reads like a sentence:
- a dateline on its own line ("Riyadh, Monday 20 Jumada al-Akhirah 1448 AH corresponding to
  30 November 2026"): a place and a date, no news;
- a journal article's authors and history ("... Received 12 May 2026; Accepted 3 October
  2026; Published online ... Abstract: ..."): the abstract after them is the paper's news;
- a speech's salutation ("Secretary X, General Y, distinguished guests ...: good morning.");
- a data set's method note ("Each row is one attack, checked against ...", "We log ..."), or
  a notebook's note on its own outputs;
- an event's logistics: a media advisory's WHO/WHEN/WHERE/WHY blocks and its programme
  ("X and Y will speak.", "Media should arrive by 9:15", "the ceremony will move indoors");
- colour about the setting before the news ("The stated purpose of the spray was ..., but
  POTUS opened with the strikes"): the clause after "but" is the news;
- a letters page: readers' opinions; only a letter's plain statement of fact is news;
- a document's name over its text ("Statement of the Official Spokesman ... on ...");
- a translator's bracketed note inside the lede ("[literally ...]") is left out;
- a table's row (cells set off by tabs), and the tail of a quotation the sentence splitter
  cut off from its opening mark: neither is the report's own sentence.
"""

from __future__ import annotations

import re

from briefdeck.extract.lede_filters import tells_news

# A place, then a weekday, a day's number or a month: the dateline's opening.
_PLACE_DATE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+(?:(?:Mon|Tues|Wednes|"
                         r"Thurs|Fri|Satur|Sun)day\b|\d{1,2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                         r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
_LOWER = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")
# The lower-case words a dateline may hold ("corresponding to", "al-Akhirah").
_DATE_WORDS = frozenset("corresponding coinciding equivalent equal to with of the on and in at "
                        "or".split())


def dateline_only(words: str) -> bool:
    """A line that gives only where and when ("Riyadh, Monday ... corresponding to 30
    November 2026")."""
    if _PLACE_DATE.match(words) is None:
        return False
    return all(w in _DATE_WORDS or w.startswith(("al-", "el-")) or len(w) <= 2
               for w in _LOWER.findall(_BRACKETED.sub(" ", words)))


# "Received 12 May 2026; Accepted 3 October 2026; Published online 1 December 2026
# Abstract:" (with what precedes it on the line: the authors and their affiliations)
_DAY = r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
PUBLICATION_HISTORY = re.compile(
    rf"\bReceived:?\s+(?:{_DAY})(?:[;,.]?\s+(?:Revised|Accepted|Published(?:\s+online)?|"
    rf"First\s+published)(?:\s+(?:in\s+)?(?:final\s+form|online))?:?\s+(?:{_DAY}))+[;,.]?\s*"
    r"(?:Abstract\s*[:.—–-]?\s*)?")


def past_history(text: str, start: int, end: int) -> int:
    """Where the words start past an article's authors and publication history, or start."""
    if "Received" not in text[start:end]:
        return start
    m = PUBLICATION_HISTORY.search(text, start, end)
    return m.end() if m and m.end() < end else start


# "distinguished guests", "ladies and gentlemen", "...: good morning.", "Thank you."
_SALUTATION = re.compile(r"\b(?:distinguished\s+guests|honou?red\s+guests|ladies\s+and\s+"
                         r"gentlemen|members\s+of\s+the\s+(?:press|media))\b|[:,]\s*good\s+"
                         r"(?:morning|afternoon|evening)\W*$|^thank\s+you\b", re.I)


def salutation(words: str) -> bool:
    # (a line that ends on a comma greets its reader: "Dear Mr. Secretary,", "The heroic
    # nation of Iran, the honourable fighters of the region,")
    # (not a sentence a hard line break cut after its comma: that one tells news)
    words = words.rstrip(" \t")
    return (words.endswith(",") and len(words.split()) <= 25 and not tells_news(words)) or \
        _SALUTATION.search(words) is not None


# A letter's or memo's subject line ("Re: Air and missile defense for ...", "Subject: ..."):
# what the letter is about, in a title's words, not what it says.
_SUBJECT_LINE = re.compile(r"(?:Re|RE|Subject|SUBJECT|Subj|SUBJ)\s*:\s")


def subject_line(words: str) -> bool:
    return _SUBJECT_LINE.match(words) is not None


# A letter's greeting line ("Dear Mr. Secretary,"): what follows is in the writers' own voice,
# and only their plain statement of fact is news.
GREETING = re.compile(r"(?m)^Dear\s+[A-Z][^\n]{0,60},?[ \t]*$")


# How a data set was made: "Each row is one attack", "We log the installation ...", "An
# incident is logged when ...", "This repository is maintained by ...".
_METHOD = re.compile(r"^(?:Each|Every)\s+(?:row|entry|record|line|column)\b|"
                     r"^(?:We|Where\s[^,]{1,40},\s+we)\s+(?:log|record|code|count|track|edit|"
                     r"list|include|exclude|update)\b|"
                     r"\b(?:repository|dataset|data\s+set|database)\s+is\s+(?:maintained|"
                     r"compiled|curated|built)\b|"
                     r"^[A-Z]\w*(?:\s+\w+){0,2}\s+(?:is|are)\s+(?:logged|coded|recorded|counted)"
                     r"\s+(?:when|as|for|if|only)\b|"
                     # a notebook's note on its own cells ("Numbers in the outputs are the
                     # log's; the commentary says which ones we stand behind")
                     r"\b(?:in|from)\s+the\s+(?:outputs?|cells?)\b|\b[Tt]his\s+notebook\b|"
                     r"\bthe\s+commentary\s+(?:says|notes|explains|tells)\b")


def method_note(words: str) -> bool:
    return _METHOD.search(words) is not None


# A media advisory's labelled blocks of logistics.
LOGISTICS_LABEL = re.compile(r"(?:WHO|WHAT|WHEN|WHERE|WHY)\s*:\s*$")
# The programme and the arrangements of an event: who speaks, when the press arrives.
_PROGRAMME = re.compile(r"\bwill\s+(?:speak|deliver\s+(?:remarks|the\s+keynote)|give\s+remarks|"
                        r"make\s+remarks|preside|officiate|be\s+available\s+for)\b|"
                        r"\bha(?:s|ve)\s+been\s+invited\b|"
                        r"\b(?:ceremony|event|reception|briefing|press\s+conference|"
                        r"news\s+conference|[Mm]edia|interviews?)\s+(?:will|should|must)\b")


def programme(words: str) -> bool:
    return _PROGRAMME.search(words) is not None


def logistics_blocks(sentences: list, text: str) -> set[int]:
    """ids of the sentences under a WHO:/WHAT:/WHEN:/WHERE:/WHY: label, up to the next heading."""
    skip: set[int] = set()
    inside = False
    for sent in sentences:
        words = sent.text.strip()
        if LOGISTICS_LABEL.match(words):
            inside = True
        elif len(words.split()) <= 3 and words[-1:] not in ".!?":
            inside = False  # the next heading ("BACKGROUND")
        elif inside:
            skip.add(id(sent))
    return skip


# "The stated purpose of the spray was ..., but POTUS opened with ...": the setting, then news.
SETTING_THEN_NEWS = re.compile(r"The\s+(?:stated\s+|official\s+)?(?:purpose|occasion|reason|"
                               r"subject|topic)\s+(?:of|for)\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+"
                               r"(?:was|had\s+been|is)\s+[^,;]{3,120},\s+but\s+(?=\S)")
# A letters page's headline.
LETTERS_PAGE = re.compile(r"(?:Letters?|Your\s+letters|Readers['’]?\s+letters|Mailbag)\b"
                          r"(?:\s+to\s+the\s+[Ee]ditor)?\s*[:|—–-]", re.I)
_OWN_VOICE = re.compile(r"(?:^|[^\w'’])(?:I|I'[a-z]+|I’[a-z]+|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|"
                        r"[Yy]ou|[Yy]our)(?![\w'’])")


def own_voice(words: str) -> bool:
    """A letter writer speaking for themselves ("I", "we", "our", "you")."""
    return _OWN_VOICE.search(words) is not None


# "Statement of the Official Spokesman ... on the interception of ...", "Readout of the
# Secretary's call with ...": the document's name over its text, with no closing mark.
# ("Statement No. 4 of the ... regarding ...": a numbered statement's title)
_DOCUMENT_NAME = re.compile(r"(?:Joint\s+)?(?:Statement|Press\s+[Rr]elease|Communiqu[eé]|Readout|"
                            r"Remarks|Transcript|Text|Fact\s+[Ss]heet)(?:\s+No\.?\s*\d+)?\s+"
                            r"(?:of|by|from|on|at|regarding|concerning)\s")


# "Transcript of the town hall held Thursday, 19 November, 1830-1945, Battalion Classroom,
# ...": a record's line on itself, when and where the meeting sat; a full stop makes it no news.
_RECORD_OF_MEETING = re.compile(r"(?:Transcript|Minutes|Record|Notes|Summary)\s+of\s+(?:the|a|an|"
                                r"this|today's|tonight's)\s+(?:[\w'’-]+\s+){0,6}?(?:held|"
                                r"convened|recorded|taken|conducted)\b")


def document_name(words: str) -> bool:
    words = words.rstrip()
    if words[:1] in "TMRNS" and _RECORD_OF_MEETING.match(words):
        return True
    return words[-1:] not in ".!?\"”" and _DOCUMENT_NAME.match(words) is not None


# A translator's or editor's note in square brackets inside the sentence ("[literally
# 'drones booby-trapped'; i.e. one-way attack drones]"): not the report's words.
# (not a wiki link "[[Shaddadi]]" nor a callout "[!summary]": those hold the words)
_NOTE = re.compile(r"\s*(?<!\[)\[(?![\[!])[^\[\]\n]{1,200}\](?!\])")


def without_notes(words: str) -> str:
    return _NOTE.sub("", words) if "[" in words else words


def table_row(words: str) -> bool:
    return words.count("\t") >= 2


def quote_tail(words: str) -> bool:
    """The end of a quotation whose opening mark is in an earlier sentence."""
    words = words.rstrip()
    if not words.endswith(("\"", "”")):
        return False
    return words.count("\"") % 2 == 1 or ("”" in words and "“" not in words)


# A legislature's print line: "December 3, 2026.--Committed to the Committee of the Whole House
# ... and ordered to be printed", "Mr. X, from the Committee on Y, submitted the following",
# "Read twice and referred to the Committee on ...": how the report was printed and sent on,
# not what it says.
_PRINT_LINE = re.compile(r"\b(?:ordered\s+to\s+be\s+printed|[Cc]ommitted\s+to\s+the\s+Committee|"
                         r"submitted\s+the\s+following|[Rr]ead\s+twice\s+and\s+referred|"
                         r"[Rr]eferred\s+to\s+the\s+Committee\s+on)\b")


def print_line(words: str) -> bool:
    return ("ommit" in words or "print" in words or "referred" in words
            or "submitted" in words) and _PRINT_LINE.search(words) is not None
