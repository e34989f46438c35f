"""The report's own statement of what is happening: its lede, cleaned, and its expectations.

The lede (the first body sentence, after any dateline) is usually what an analyst would put at
the top: cleaned of the dateline, clock times and the trailing "officials said", its main
clause is the spine of the BLUF. Sentences that say what will happen ("will", "plans to",
"is expected to", "in the coming days") feed the outlook (lede_expected.py); a sentence is made a
briefing sentence in lede_clause.py.
"""

from __future__ import annotations

import re

from briefdeck.extract.lede_answer_section import answer_start
from briefdeck.extract.lede_captions import (
    CORRECTIONS_TITLE,
    apparatus,
    kind_title,
    sworn_subject,
)
from briefdeck.extract.lede_claimed_acts import claims_told_act
from briefdeck.extract.lede_clause import (
    ATTRIBUTION_CORE,
    ATTRIBUTION_TAIL,
    _unnamed,
    clean_clause,
)
from briefdeck.extract.lede_clause import bare_opening as bare_opening
from briefdeck.extract.lede_complaint import complaint_lede
from briefdeck.extract.lede_dockets import docket_lede
from briefdeck.extract.lede_expected import EXPECTS, RESTATED_QUESTION
from briefdeck.extract.lede_expected import outlook as outlook
from briefdeck.extract.lede_filters import (
    RESUME_QUESTION,
    anchor_lead_in,
    has_verb,
    room_colour,
    tells_news,
    title_line,
    writers_scene,
)
from briefdeck.extract.lede_form_lines import (
    checkbox_item,
    form_field,
    issue_stamp,
    past_flash,
    readers_addressed,
)
from briefdeck.extract.lede_formats import (
    figure_above,
    notes_title,
    numbered_issue,
    past_counter,
    past_label,
    shorthand,
    speaker_turns,
    thread_frame,
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
    print_line,
    quote_tail,
    salutation,
    subject_line,
    table_row,
    without_notes,
)
from briefdeck.extract.lede_lists import agenda, roster, title_again
from briefdeck.extract.lede_openings import (
    QUOTE_OPEN,
    _dateline,
    past_joined_dateline,
    past_paragraph_number,
)
from briefdeck.extract.lede_orders import ordered_lede
from briefdeck.extract.lede_page_names import page_name
from briefdeck.extract.lede_pastes import past_paste_note, unlinked
from briefdeck.extract.lede_purpose_section import under_purpose_heading
from briefdeck.extract.lede_reposts import reposted
from briefdeck.extract.lede_sentencing import sentencing_lede
from briefdeck.extract.lede_series import latest_take
from briefdeck.extract.lede_taglines import meeting_record, tagline
from briefdeck.extract.lede_trim import INVOCATION
from briefdeck.extract.sentences import Document, Sentence
from briefdeck.ingest.chat_export_titles import chat_message
from briefdeck.ingest.metadata import HEADER_FIELD

MIN_WORDS = 12  # shorter lines near the top are bylines, dates and desk names
SHORT_NOTE = 30  # sentences: a pasted note, whose lede may be short
# A lede that leans on what came before is a sub-headline, not the story's opening.
ANAPHORIC = re.compile(r"^(?:The\s+(?:move|decision|plan|shift|step|change)|This|That|These|"
                       r"Those|It|They|He|She)\b")
CONTENT = re.compile(r"[A-Za-z][\w'’-]+")
STOP = frozenset("""the a an and or of in on at to for from with as by into over after amid
    across is are was were be been says said will its their his her this that these those
    than more most some new how why what who""".split())
# Lines at the top that open no story: "Nov. 7 | Issued: ...", a transcript's "LT. COL. X:" or
# its "Good afternoon", a promo's "Follow our live coverage".
NOT_A_LEDE = re.compile(r"[^\n]*\s\|\s|[A-Z][A-Z.' -]{3,}:\s|Good\s(?:morning|afternoon|evening)\b|"
                        r"\[?\d{1,2}:\d\d(?::\d\d)?\]?\s|"  # a recording's time stamp
                        r"(?:Follow|Watch|Listen|Read|Sign\s+up|Subscribe|Click|Download)\b")
# "To summarize the incidents ...": a memo's statement of purpose, not the news; "To ask the
# Secretary of State ...": a parliamentary question, whose answer is the news.
PURPOSE_OPEN = re.compile(r"To\s+(?:summari[sz]e|inform|provide|update|outline|describe|assess|"
                          r"report|request|present|brief|document|review|ask)\b")
# "Pasted from WhatsApp group export ...", "Forwarded from the ops channel": the paster's note
# on where the text came from, not the news
PASTE_NOTE = re.compile(r"(?:Pasted|Copied|Forwarded|Exported|Clipped|Saved)\s+(?:from|out\s+of)\b|"
                        # "Typed up Tues 1 Dec for ...": the copyist's note on a diary
                        r"(?:Typed|Written|Copied)\s+(?:up|out)\b|Transcribed\b|"
                        # "DFAC rumor of the week: ...", "Rumour has it ...": hearsay, no lede
                        r"(?:[\w-]+\s+){0,2}?[Rr]umou?rs?\b(?:\s+of\s+the\s+\w+|\s+mill|"
                        r"\s+has\s+it)?\s*+(?::|is\s+that)|[Rr]umou?r\s+has\s+it\b")
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
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def _words(text: str) -> set[str]:
    return {w.casefold()[:5] for w in CONTENT.findall(text) if w.casefold() not in STOP}



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


# A scene caught in the moment it broke ("The guests were cutting the cake at the Vale Hotel
# when the alarm went off."): a name may set the stage, the news comes after it.
_CAUGHT_IN_MOMENT = re.compile(r"(?:The|A|An|They|He|She)\s[^.;:\n]{0,80}?\b(?:was|were)\s+"
                               r"\w+ing\b[^.;:\n]{0,160}?\bwhen\s+(?:the|a|an)\s")


def _scene(words: str) -> bool:
    if _NOT_CLOCK_DIGIT.search(words) is not None or _NEWS_WORDS.search(words) is not None:
        return False
    return _SCENE_OPEN.match(words) is not None and _NAMED.search(words) is None or \
        _CAUGHT_IN_MOMENT.match(words) is not None


def _not_news(words: str) -> bool:
    """Words at a report's top that open no story."""
    # (a list of names or a masthead has no lower-case words; a question asks for the news, it
    # does not tell it; a sub-headline or who sat where is no sentence of news)
    return bool(ANAPHORIC.match(words) or QUOTE_OPEN.match(words) or words.startswith("By ")
                or PURPOSE_OPEN.match(words) or RESTATED_QUESTION.match(words)
                or PASTE_NOTE.match(words)
                or NOT_A_LEDE.match(words) or HEADER_FIELD.match(words)
                or FIRST_PERSON.search(words) or SPOKEN_FILLER.match(words)
                or TO_THE_READER.search(QUOTED.sub(" ", words)) or COURTESY.search(words)
                or len(LOWER_WORD.findall(words)) < 3
                or words.rstrip(" \"'”’)").endswith("?")
                or title_line(words) or room_colour(words) or writers_scene(words)
                or dateline_only(words) or salutation(words) or method_note(words)
                or table_row(words) or quote_tail(words) or document_name(words)
                or subject_line(words) or anchor_lead_in(words) or thread_frame(words)
                or shorthand(words) or roster(words) or agenda(words)
                or form_field(words) or issue_stamp(words) or readers_addressed(words)
                or checkbox_item(words) or claims_told_act(words)
                or apparatus(words) or print_line(words)
                or tagline(words) or meeting_record(words))


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
                and not _scene(words) and _words(words) & told \
                and not under_purpose_heading(doc.text, sent.start):
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


def _in_chat_message(text: str, sent: Sentence) -> bool:
    """Is the sentence a stamped message of a chat export ("[11/29/26, 23:15] Name: ...")?
    A member's word in the chat (often hearsay, soon corrected) is no report's lede."""
    line = text.rfind("\n", 0, sent.start) + 1
    return text.startswith("[", line) and chat_message(text[line:line + 40])


def _in_table_row(text: str, sent: Sentence) -> bool:
    """Is the sentence a cell of a pipe table's row ("| 10 | 2026-12-01 | ... |")?"""
    line = text.rfind("\n", 0, sent.start) + 1
    return text.startswith("|", line) or text.startswith("| ", sent.start)


def lede(doc: Document, headline: str) -> tuple[Sentence | None, int]:
    """The lede sentence and where its words start (past any dateline), or (None, 0)."""
    latest = latest_take(doc.text)  # a wire series: the latest take's lede supersedes
    first = doc.sentence_index(latest) if latest > 0 else 0
    if first and doc.sentences[first].start < latest:
        first += 1
    answer = answer_start(doc.text) if not first else -1  # a paper's "SHORT ANSWER (BLUF)"
    if answer > 0:
        first = doc.sentence_index(answer) + 1
    top = doc.sentences[first:first + 12]
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
    # a transcript's greeting and opening announcements are no news: its lede tells some
    transcript = bool(top) and speaker_turns(doc.text, top[-1].end)
    told_first = with_dateline[:1] or top
    if with_dateline and _scene(_past_dateline(doc.text, with_dateline[0])):
        # (a dateline over a scene: the news is in the sentences after it)
        told_first = [s for s in top if s.start >= with_dateline[0].start]
    for fewest in (MIN_WORDS, 6) if short_note else (MIN_WORDS,):
        for sent in told_first:
            if sent.start < scene_end or id(sent) in resume or _in_table_row(doc.text, sent) \
                    or reposted(doc.text, sent.start) or _in_chat_message(doc.text, sent) \
                    or under_purpose_heading(doc.text, sent.start):
                continue
            m = _dateline(doc.text, sent)
            start = past_counter(doc.text, m.end() if m else sent.start, sent.end)
            start = past_flash(doc.text, start, sent.end)  # "🚨 BREAKING | "
            if transcript:
                start = past_label(doc.text, start, sent.end)
            if doc.text.startswith("A: ", start):
                start += 3  # a Q&A's answer label: the answer is the lede's words
            start = past_history(doc.text, start, sent.end)  # a paper's authors, dates
            start = past_paste_note(doc.text, start, sent.end)  # "Archive link ...: "
            start = past_joined_dateline(doc.text, start, sent.end)  # a dek joined to it
            start = past_paragraph_number(doc.text, start, sent.end)  # "1.1 At dawn ..."
            if doc.text.startswith(("With ", "In the"), start):  # "With praise to God, ..."
                invocation = INVOCATION.match(doc.text, start, sent.end)
                start = invocation.end() if invocation else start
            words = doc.text[start:sent.end]
            if len(words) > 600 and words[:1].islower() and words.count(".") < 3:
                break  # a machine transcript, unpunctuated: none of its "sentences" is a lede
            if sent.text.strip() == headline.strip() or title_again(words, headline) or \
                    not fewest <= len(without_notes(words).split()) <= 80:
                continue
            setting = SETTING_THEN_NEWS.match(doc.text, start, sent.end)
            if setting:  # "The stated purpose of the spray was ..., but POTUS opened with ..."
                start = setting.end()
                words = doc.text[start:sent.end]
            if _not_news(words) or (letters or letter or transcript) and not tells_news(words) or \
                    letters and own_voice(words):
                continue
            if scene_end < 0 and _scene(words):
                end = doc.text.find("\n", sent.end)
                if end > 0 and doc.text[end:].strip():  # (a scene with news after it)
                    scene_end = end
                    continue
            return sent, start
    return None, 0


def _after_scene(doc: Document, sent: Sentence) -> bool:
    """Does the lede come after an opening scene? A feature's headline then teases the scene
    (the match, the wedding), and the news told after it is the lede all the same."""
    i = doc.sentence_index(sent.start)
    return any(_scene(_past_dateline(doc.text, s)) for s in doc.sentences[max(0, i - 12):i])


def _past_dateline(text: str, sent: Sentence) -> str:
    m = _dateline(text, sent)
    return text[m.end() if m else sent.start:sent.end].strip()


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



# A dek that explains ("How a drone ... led to U.S. strikes on six sites"): its words after
# "How" are the news.
HOW_DEK = re.compile(r"^How\s+(?=(?:a|an|the|[A-Z])\w*\s+[^?]*\b(?:led|forced|became|turned|"
                     r"sparked|drove|pushed|left|made)\b)(?![^\n]*\?$)")
# "(a) Eleven drones ...": the letter of an answer's item is no word of the BLUF
ITEM_LETTER = re.compile(r"^\([a-h]\)\s+(?=[A-Z0-9])")
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
    # a court complaint: who sues whom over what; a criminal docket: the case and its charge
    sued = complaint_lede(doc.text) or docket_lede(doc.text)
    if sued:
        return sued, None
    sentenced = sentencing_lede(doc.text, headline)  # a sentencing: the sentence pronounced
    if sentenced:
        return sentenced, None
    ordered = ordered_lede(doc.text)  # a decision: its order, not the attacks it recounts
    if ordered:
        return ordered, None
    sworn = sworn_subject(doc.text)  # "I, the undersigned, ... state ... concerning X"
    if sworn:
        return sworn, None
    sent, start = lede(doc, headline)
    if sent is not None and CORRECTIONS_TITLE.match(headline):  # its incidents, not its errors
        sent, start = None, 0
    # A document's name: its news is further on (not a digest's "Brief: Somalia and
    # Mozambique", whose topics no one later sentence speaks for).
    if sent is None and title_line(headline) and ":" not in headline:
        sent, start = later_lede(doc, headline)
    headline = headline.strip()
    # (not a table's first row, nor a document's name: "Statement No. 4 of the ... regarding")
    statement = _statement(headline) and not table_row(headline) and not kind_title(headline) \
        and \
        not document_name(headline) and not notes_title(headline)
    absent = headline in ("", "Untitled briefing") or headline.startswith("By ") or \
        headline.isupper() or len(headline.split()) < 4  # a paste without a headline
    # A name for the page ("DOD Identifies Army Casualties", "Weekly Risk Digest"), not a
    # feature's "Under Fire: How ..." or a question: the lede is the news.
    titled = len(LOWER_WORD.findall(headline)) < 2 and not re.search(r"[:?]", headline) or \
        notes_title(headline) or \
        numbered_issue(headline) or \
        page_name(headline)  # ("NE Syria / border - working notes, wk 48", "... No. 7",
    # "X Programme: Security Risk Register")
    # ("72 hours on the Euphrates", "Fewer boots, bigger bills": a name, the lede tells it)
    verbless = statement and not has_verb(headline)
    if sent is not None and (absent or titled or
                             (verbless or _after_scene(doc, sent)) and
                             tells_news(doc.text[start:sent.end]) or
                             _words(doc.text[start:sent.end]) & _words(headline)):
        said = _sourced_next(doc, sent)
        words = HOW_DEK.sub("", doc.text[start:sent.end], count=1)  # "How a drone led to..."
        words = without_notes(unlinked(words))  # a translator's "[literally ...]", "[[Page]]"
        told = ITEM_LETTER.sub("", clean_clause(words), count=1)  # an answer's "(a) "
        figure = figure_above(doc.text, start)  # a fact box's "41" over its caption
        if figure and not told[:1].isdigit():
            told = f"{figure} {told[:1].lower()}{told[1:]}"
        if said and told.endswith("."):  # a flat dek the next sentence gives to officials
            told = told[:-1] + said + "."
        return told[:1].upper() + told[1:], sent
    if statement and not verbless:
        return clean_clause(headline), None
    return "", None

