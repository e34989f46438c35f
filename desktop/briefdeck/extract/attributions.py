"""Attributions: how the report sources its claims.

"according to three U.S. defense officials" is an anonymous official source counted three times;
"a spokesperson said in a statement" or "Iran's foreign ministry said" a spokesperson; "The
Washington Post reported" another outlet; "according to a memo seen by Reuters" a document;
"McKenzie said" a named official; "the Syrian Observatory for Human Rights said" or a named
shepherd or a former official another source. Analyses and newsletters add: documents that
speak ("an assessment reviewed by the Post warns"), sources in the passive ("I'm told by two
diplomats"), two sources joined ("the officials and a congressional aide"), an unnamed office
holder ("the regional governor said"), the unnamed press ("a Syrian opposition outlet
reported") and a group's channel ("a Telegram channel close to X posted") or a body's own
account ("the Border Guards' official account shared"). Commentators who claim ("Russian
milbloggers claimed", "two insurance brokers said") are other sources; a named person who speaks
only as "she said" is counted at their name, and a role set after a name ("said Jane Roe, a
senior fellow at X") is part of the sourcing. A later "the officials said" or "the assessment
estimates" repeats a source already counted, as do the same words again and a body named again
("CENTCOM" after "U.S. Central Command said"). Live blogs speak in the present ("the hospital
says", "an official tells The Times"); bodies speak through what they report, verify or
assess, and through a stated position ("gave a different account, saying"); unnamed residents
or witnesses are another source; words inside a quotation are the speaker's, not the report's.
Where each is found: the phrases that name a source (sourcing_patterns.py), sources cited
after "according to" or "citing" (cited_sources.py), named people (named_speakers.py),
unnamed officials and the public (unnamed_sources.py), institutions (bodies_speaking.py),
their statements, posts and claims (body_statements.py), the press and documents
(press_sources.py), speakers a text's layout names (labelled_speakers.py), a team chat's
shorthand (chat_sources.py), a broadcast's name captions (sourcing_name_captions.py), a note's
labels before pasted words (sourcing_quote_labels.py), office holders whose names a release
redacted (sourcing_redacted_names.py); each source
counted once (sourcing_draft.py); what kind each is (attribution_kinds.py). The scans run in
a fixed order: a sourcing found first holds its words against a later, overlapping one.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.bodies_speaking import _BODY_VERB as _BODY_VERB
from briefdeck.extract.bodies_speaking import bodies_speak, body_count, ship_firm
from briefdeck.extract.body_statements import (
    attributable,
    opening_and_channels,
    said_on_channels,
    statement_lead,
    statements_and_claims,
    statements_put_out,
)
from briefdeck.extract.chat_sources import chat_overrides, chat_sources, colleagues_passing_on
from briefdeck.extract.cited_sources import according_to, citing, quoted_and_declined
from briefdeck.extract.designated_documents import designated_documents
from briefdeck.extract.joined_sources import joined_sources
from briefdeck.extract.labelled_speakers import laid_out_speakers, speaker_label
from briefdeck.extract.live_feeds import feed_item_lines
from briefdeck.extract.meeting_participants import meeting_participants
from briefdeck.extract.named_speakers import identified_as, named_people
from briefdeck.extract.own_correspondents import own_correspondents
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.press_sources import _DATA_NOUN as _DATA_NOUN
from briefdeck.extract.press_sources import _OUTLET_VERB as _OUTLET_VERB
from briefdeck.extract.press_sources import _TOLD_NAME as _TOLD_NAME
from briefdeck.extract.press_sources import (
    agency_initials,
    carriers,
    data_counts,
    initials_as_outlets,
    outlets_reporting,
    own_outlets,
    press_and_documents,
    seen_reports,
    source_lines,
    told_bodies,
)
from briefdeck.extract.self_named_sources import self_named_sources
from briefdeck.extract.sentences import Document
from briefdeck.extract.shorthand_sourcing import logged_sources
from briefdeck.extract.sourcing_acted_and_said import acted_and_said
from briefdeck.extract.sourcing_background import on_background
from briefdeck.extract.sourcing_bodies_word import bodies_word
from briefdeck.extract.sourcing_broadcast import broadcast_sources, cut_off
from briefdeck.extract.sourcing_bulletins import bulletins
from briefdeck.extract.sourcing_caps import caps_sources
from briefdeck.extract.sourcing_claimed_acts import to_claimed_act
from briefdeck.extract.sourcing_claims_answered import claims_answered
from briefdeck.extract.sourcing_comes_from import sources_it_comes_from
from briefdeck.extract.sourcing_court_papers import court_papers
from briefdeck.extract.sourcing_dated_subjects import dated_subjects
from briefdeck.extract.sourcing_documents import DATA_RE as DATA_RE
from briefdeck.extract.sourcing_draft import SourcingDraft, canonical
from briefdeck.extract.sourcing_drawn_from import drawn_from
from briefdeck.extract.sourcing_exhibits import exhibits
from briefdeck.extract.sourcing_issued_notices import issued_notices
from briefdeck.extract.sourcing_item_labels import item_labels, line_labels
from briefdeck.extract.sourcing_late_scans import late_sources
from briefdeck.extract.sourcing_later_statements import later_statements
from briefdeck.extract.sourcing_log_lines import drops_full_stops, log_labels
from briefdeck.extract.sourcing_missions_and_firms import missions_and_firms
from briefdeck.extract.sourcing_name_captions import captioned_again, name_captions
from briefdeck.extract.sourcing_named_after import named_after
from briefdeck.extract.sourcing_next_of_kin import next_of_kin
from briefdeck.extract.sourcing_notes import noted_documents
from briefdeck.extract.sourcing_offices_after import craft_firms_said, office_after
from briefdeck.extract.sourcing_owned_statements import owned_statements
from briefdeck.extract.sourcing_papers_cited import cited_papers
from briefdeck.extract.sourcing_patterns import ANY_VERB
from briefdeck.extract.sourcing_press import OUTLET_RE as OUTLET_RE
from briefdeck.extract.sourcing_press import PRESS_WORD
from briefdeck.extract.sourcing_pronoun_statements import pronoun_statements
from briefdeck.extract.sourcing_quote_labels import quote_labels
from briefdeck.extract.sourcing_reactions import reaction_end
from briefdeck.extract.sourcing_redacted_names import redacted_office_holders
from briefdeck.extract.sourcing_reference_lines import reference_lines
from briefdeck.extract.sourcing_repeats import named_again
from briefdeck.extract.sourcing_report_voice import mission_voice, own_voice, rests_on
from briefdeck.extract.sourcing_role_owners import role_owner
from briefdeck.extract.sourcing_said_that import nested_governments
from briefdeck.extract.sourcing_set_off import set_off_sources, tolls_and_apposed_bodies
from briefdeck.extract.sourcing_ship_masters import master_speaks, ship_masters
from briefdeck.extract.sourcing_staff_documents import staff_documents
from briefdeck.extract.sourcing_statement_givers import statement_givers
from briefdeck.extract.sourcing_statement_heads import statement_heads
from briefdeck.extract.sourcing_statement_reactions import told_through_statement
from briefdeck.extract.sourcing_table_columns import table_sources
from briefdeck.extract.sourcing_tails import assessed_origin, tail_end
from briefdeck.extract.sourcing_titles import titled_start
from briefdeck.extract.sourcing_told_writer import told_the_writer
from briefdeck.extract.sourcing_unnamed_by_request import unnamed_by_request
from briefdeck.extract.sourcing_unnamed_officials import SAID_RE as SAID_RE
from briefdeck.extract.sourcing_wrapped_lines import joined_lines, written_back
from briefdeck.extract.standfirsts import standfirsts
from briefdeck.extract.terse_sourcing import terse_sources
from briefdeck.extract.titled_names import said_office_name
from briefdeck.extract.told_each_other import told_a_person
from briefdeck.extract.unnamed_sources import _BOUNDARY as _BOUNDARY
from briefdeck.extract.unnamed_sources import _SOURCE_AT as _SOURCE_AT
from briefdeck.extract.unnamed_sources import passive_and_told, unnamed_officials
from briefdeck.model import Attribution, Provenance

# (the tests of the scans' shortcuts read these here, as they always have)
_canonical = canonical
_told_bodies = told_bodies

_LINE_BREAK = re.compile(r"\s*\n\s*")


# A singular body with no article, in the present: "Medical group says 24 killed ..." is a
# headline's or a standfirst's grammar, never a story sentence's.
_BARE_SUBJECT = re.compile(r"(?!(?:The|This|That|Its|Their|His|Her|A|An|One|Another|Each)\b)"
                           r"(?:[A-Z][a-z]+\s+)?(?i:group|ministry|agency|official|monitor|army|"
                           r"military|hospital|watchdog|charity|militia|government)\s+"
                           r"(?:says|warns|claims)\b")
_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")  # a numbered item's heading: "2. Army says ..."


# "arrived from Fort Bliss per Army statement": a note's "per" mid-clause, before a name
_MID_PER = re.compile(r"[a-z] per (?:the |an? )?[A-Z]")


def _in_item(items: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(items, (start, 1 << 62)) - 1
    return i >= 0 and items[i][0] <= start and end <= items[i][1]


def _headline_says(sent_text: str, feed: bool = False) -> bool:
    """'Pentagon says second carrier on its way': a headline repeats the story's sourcing."""
    line = sent_text.strip()
    if line[:1].isdigit():
        line = _ITEM_NUMBER.sub("", line)
    if ("says" in line or "warns" in line or "claims" in line) and _BARE_SUBJECT.match(line):
        return True  # (the cheap tests first: this runs on every sentence)
    if feed:
        return False
    ends = (".", "!", "?", '"', "”", ":", ")", "]")  # "]": a footnote mark ends a sentence
    return not line.endswith(ends) and len(line.split()) <= 30 \
        and _HEADLINE_VERB.search(line) is not None and not _FOOTNOTED.search(line)


# a footnote's number set after the full stop, as a PDF's superscript reads: "in press reports.5"
_FOOTNOTED = re.compile(r"[a-z][.!?][\"”’)]?\d{1,3}$")
_HEADLINE_VERB = re.compile(r"\b(?:says?|warns?|claims|reports?|tells|confirms|denies|adds)\b")


# Who was told, and how, when the listener is an office the source answers to (a house of
# parliament, a committee, an inspector general, auditors): "told the House in a written
# answer on 2 May", "told the DoD OIG". Outlets and "reporters" only listen: left out.
_LISTENER = re.compile(
    r"\s+(?:the\s+)?(?P<who>(?:(?:[A-Z][\w.-]*|[a-z]+)\s+){0,3}?(?:House(?:\s+of\s+[A-Z][a-z]+)?|"
    r"Senate|Commons|Lords|Congress|Parliament|parliament|[Cc]ommittee|Inspector\s+General|"
    r"OIG|IG|GAO|auditors|lawmakers|legislators|senators|MPs))(?![\w'’&-])"
    r"(?:\s+in\s+(?:an?|its|the)\s+(?:written\s+|parliamentary\s+)?(?:answer|reply|response|"
    r"letter|statement|briefing|submission|hearing)(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
    r"\s+on\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)?)?")


def _to_listener(text: str, end: int, limit: int) -> int:
    """A sourcing that ends on "told" (or "informed") reaches its listener (not past the next
    sourcing)."""
    if text[end - 4:end] != "told" and text[end - 8:end] != "informed":
        return end  # ("officials have informed the Committee": the same listener)
    listener = _LISTENER.match(text, end, limit)
    return listener.end() if listener else end


# A body that reports its own record: "the centre said it received a report", "the force
# said it had recorded 40 violations": what it holds is part of the sourcing.
_OWN_RECORD = re.compile(r"\s+(?:that\s+)?it\s+(?:had\s+|has\s+)?(?:received|recorded|"
                         r"observed|documented|registered|logged|detected|tracked|monitored)\b"
                         # ("it had received a report": the report it holds)
                         r"(?:(?<=received)\s+(?:a|an|several|multiple)\s+reports?\b)?")


def _to_record(text: str, end: int, limit: int) -> int:
    """A sourcing that ends on "said" reaches the body's own record after it."""
    if text[end - 4:end] not in ("said", "says") or text[end:end + 3] not in (" it", " th"):
        return end
    record = _OWN_RECORD.match(text, end, limit)
    return record.end() if record else end


# A group's record of claims, not a sourcing of this report's: "X, a coalition of militias,
# has claimed a string of attacks on US bases this month" (background, no claim it carries).
_CLAIMED_RECORD = re.compile(r"\s+(?:responsibility\s+for\s+)?(?:a\s+(?:string|series|spate|"
                             r"wave|number|run)\s+of|dozens\s+of|scores\s+of|hundreds\s+of|"
                             r"numerous|many|several|multiple|most\s+of\s+the|"
                             # "has claimed at least six attacks on bases since ..."
                             r"(?:at\s+least|more\s+than|over|some|nearly)\s+(?:\d+|two|three|"
                             r"four|five|six|seven|eight|nine|ten|a\s+dozen))\s+(?:[\w-]+\s+)?"
                             r"(?:attacks|strikes|operations)\b"
                             # "have claimed to have shot down more than 20 MQ-9s"
                             r"|\s+to\s+have\s+(?:shot\s+down|downed|hit|struck|attacked|carried\s+"
                             r"out|launched)\s+(?:at\s+least|more\s+than|over|dozens\s+of|scores\s+of|"
                             r"hundreds\s+of)\s")


_HAS_CLAIMED = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?claimed$")


def _claims_record(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a group's record of past claims ("has claimed a string of
    attacks"): a perfect tense over many attacks."""
    return text[end - 7:end] == "claimed" and \
        _HAS_CLAIMED.search(text, max(start, end - 30), end) is not None and \
        _CLAIMED_RECORD.match(text, end) is not None


# An intelligence summary's word on its source's record, no new sourcing: "Source has reported
# reliably on movements before"; and the asker of a numbered question in an evidence session
# ("Q117 Jane Roe: And the RAF?"), who asks and sources nothing.
_RELIABLY = re.compile(r"\s+(?:reliably|accurately)\b")
_QUESTION_NUMBER = re.compile(r"\bQ\d{1,4}\s+$")


def _no_sourcing(text: str, start: int, end: int) -> bool:
    return _RELIABLY.match(text, end) is not None or \
        text[start - 1:start] == " " and _QUESTION_NUMBER.search(text, max(0, start - 8),
                                                                 start) is not None


# A body reporting on its own people: "the SDF said in a statement that its fighters had been
# hit", "the PMF said four of its members were killed", "the army said its air defences had
# shot down": its own losses and its defence are part of the sourcing, as its record is.
_OWN_PEOPLE = re.compile(r"\s+(?:that\s+)?(?:(?:one|two|three|four|five|six|\d+)\s+of\s+)?"
                         r"(?:its|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:fighters|members|forces|"
                         r"troops|soldiers|defen[cs]es|patrols|personnel|men|units|peacekeepers|"
                         r"staff|crew|guards)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+|were\s+|"
                         # (its losses and its defence, not what it did: "its fighters
                         # targeted X" is a claim the sourcing stops before)
                         r"was\s+)?(?:hit|killed|wounded|injured|hurt|shot\s+down|intercepted|"
                         r"downed)\b")


def _to_own_people(text: str, end: int, limit: int) -> int:
    """A body's sourcing that ends on its verb or its statement reaches its own people."""
    if text[end - 4:end] not in ("said", "says", "ment"):
        return end
    after = text[end:end + 30]
    if "its " not in after and "their " not in after:
        return end
    own = _OWN_PEOPLE.match(text, end, limit)
    return own.end() if own else end


def _press_cue(low: str) -> bool:
    """PRESS_WORD needs one of these ("newspaper" holds "news"): a cheap test first (an `or`
    chain of `in` tests costs half what any() over a tuple does)."""
    return "news" in low or "outlet" in low or "broadcaster" in low or "daily" in low or \
        "tv" in low or "television" in low or "radio" in low or "tabloid" in low or \
        "weekly" in low


# A bulletin reads its headlines first ("The headlines: officials say ... Israel says ..."),
# each a summary of an item read in full after it with its own sourcing.
_HEADLINES = re.compile(r"\b(?:[Tt]he\s+)?(?:main\s+|top\s+)?(?:[Hh]eadlines|HEADLINES):")


def _headlines_read(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of headlines: from the cue to its paragraph's end."""
    if "eadlines:" not in text and "HEADLINES:" not in text:
        return []
    runs = []
    for m in _HEADLINES.finditer(text):
        end = text.find("\n\n", m.end())
        runs.append((m.end(), end if end >= 0 else len(text)))
    return runs


# A source denied: "claims that no other source confirms", "none of the officials said".
_NO_SOURCE = re.compile(r"(?:[Nn]o|[Nn]obody|[Nn]either|[Nn]one[ \t]+of[ \t]+the)[ \t]+"
                        r"(?:other[ \t]+|outside[ \t]+|independent[ \t]+)?"
                        r"(?:sources?|officials?|outlets?)\b")


# A ship named after what it is: "the bulk carrier Hanna Sky reported an explosion against her
# hull" tells what befell the ship (a platform, as a weapon is), no source the report cites.
_VESSEL_BEFORE = re.compile(r"\b(?:bulk\s+carrier|tanker|vessel|ship|freighter|frigate|destroyer|"
                            r"MV|M/V|MT|M/T)\s+$")


# A base's or a town's warning system announces, it is no source: "Giant Voice announced
# shelter in place", "sirens warned of ...".
_WARNING_SYSTEM = re.compile(r"(?:[Tt]he\s+)?(?:(?:base|installation)\s+)?(?:Giant\s+Voice|"
                             r"[Ss]irens?|[Ll]oudspeakers?|[Pp]ublic[ -]address(?:\s+system)?|"
                             r"[Tt]annoy|"
                             r"[Mm]ass\s+[Nn]otification(?:\s+[Ss]ystem)?)\b")


def extract_attributions(doc: Document, people: PeopleIndex,
                         joined: bool = False) -> list[Attribution]:
    copy = None if joined else joined_lines(doc, people)  # hard-wrapped: its lines joined, once
    if copy:
        return written_back(extract_attributions(copy[0], copy[1], joined=True), copy[2])
    text = doc.text
    d = SourcingDraft(doc, people, own_outlets(text), told_bodies(text))
    labelled = laid_out_speakers(d, doc)
    # a live feed's item lines drop the full stop a story sentence ends on: there an
    # unclosed line is an item, no headline
    items = feed_item_lines(text)
    headlines = _headlines_read(text) + standfirsts(text)
    log = drops_full_stops(text)  # a log's unclosed lines are its items, no headlines
    before = this = 0  # where the sentence before this one starts, and this one
    for sent in doc.sentences:
        before, this = this, sent.start
        if headlines and any(s < sent.end and sent.start < e for s, e in headlines):
            continue  # a bulletin's headlines, a standfirst: they repeat the story's sourcing
        # (a table's row is no log item: "PMF says 3 martyrs" in a cell repeats its source
        # column)
        if _headline_says(sent.text, log and "\t" not in sent.text or bool(items) and
                          _in_item(items, sent.start, sent.end)):
            continue
        if labelled:
            speaker_label(d, sent)
        d.new_sentence()
        st = sent.text
        # (a scan that needs one word runs only where it is: the test here saves a call)
        if "ccording" in st or "Per " in st or "y a tally" in st or "y a count" in st or \
                "per " in st and (
                ", per " in st or "(per " in st or "- per " in st or "— per " in st or
                "– per " in st or "; per " in st or _MID_PER.search(st)):
            according_to(d, sent)
        opening_and_channels(d, sent)
        staff_documents(d, sent)  # "The J1 casualty update raised", "UKMTO's first report gave"
        low = st.lower()
        tolls_and_apposed_bodies(d, sent, low, before)
        passive_and_told(d, sent)
        if "identified" in st or "gave" in st:
            identified_as(d, sent)
        if "econd" in st or "hird" in st or "urther" in st or "ater " in st or \
                "equent" in st or "ollow-up" in st or "pdated" in st or "evised" in st or \
                "irst statement" in st or "nitial statement" in st:
            later_statements(d, sent, low)
        quoted_and_declined(d, sent, low)
        if "count" in low or "tally" in low:
            body_count(d, sent)
        named_people(d, sent, low)
        if " told me" in st or " told us" in st:
            told_the_writer(d, sent)  # '"...," he told me': the writer's own source
        if "said " in st or "says " in st:
            said_office_name(d, sent.start, sent.end)
        press = _press_cue(low) and PRESS_WORD.search(low) is not None
        outlets_reporting(d, sent, low, press)
        if "citing" in st or "quoting" in st:
            citing(d, sent)
        sources_it_comes_from(d, sent, low)
        data_counts(d, sent)
        said = ANY_VERB.search(st) is not None  # the patterns below need a verb
        if said:
            acted_and_said(d, sent, low)
        unnamed_officials(d, sent, low, said)
        statements_put_out(d, sent, low)
        # (a body the press describes, "Syria's state news agency SANA said", decides the
        # press scan after it, as the sentence's press words do otherwise)
        press = bodies_speak(d, sent, said, press)
        press_and_documents(d, sent, low, said, press)
        if "'s " in st or "’s " in st or "manager, " in st or "owner, " in st or \
                "operator, " in st or "charterer, " in st:
            ship_firm(d, sent)
        statements_and_claims(d, sent, low)
        if " reports" in low:
            seen_reports(d, sent)
        if "attribut" in low:  # "attributable to", a readout's "Attributed to X:"
            attributable(d, sent)
    found = d.found
    captions, captioned = name_captions(text)  # a broadcast's on-screen name captions
    if captioned:  # "Roe said" after the caption named Jane Roe: the same speaker
        found = [f for f in found if not captioned_again(text, f[0], f[1], captioned)]
    found += [f for f in captions if not any(s < f[1] and f[0] < e for s, e, _, _ in found)]
    chat = chat_sources(text, people)
    found = chat_overrides(text, found, chat)  # "contact at the airport says": the contact
    found += [f for f in logged_sources(text, people) + self_named_sources(text) +
              joined_sources(text) + source_lines(text) + item_labels(text, items) +
              caps_sources(text) + table_sources(text, people) +
              designated_documents(text) + own_correspondents(text) + chat +
              drawn_from(text) + (log_labels(text, doc) if log else line_labels(doc)) + \
              rests_on(text) + next_of_kin(text) + noted_documents(text) + broadcast_sources(text) +
              dated_subjects(text) + set_off_sources(text) + exhibits(text) + bulletins(text)
              if not any(s < f[1] and f[0] < e for s, e, _, _ in found)]  # a log's shorthand,
    found = chat_overrides(text, found, chat)  # (a log's label on the export's header)
    # "a faction calling itself X said", "two sources in X and a source close to Y told",
    # message traffic in capitals ("QRF REPORTS ROUTE CLEAR")
    # (a note's label before pasted words, a redacted office holder: where no scan above
    # found the source)
    # (a statement its owner heads a note's line with: where no scan above found it)
    found += [f for f in quote_labels(text, people) + redacted_office_holders(text) +
              said_on_channels(text) + statement_heads(text) + terse_sources(text, people) +
              statement_givers(text, people) + unnamed_by_request(text, people) +
              missions_and_firms(text) + craft_firms_said(text) + issued_notices(text) +
              cited_papers(text) +  # "Notice No. 12 reported", "a March 3 memo from X"
              reference_lines(text) +  # a knowledge-base page's "stated in" lines
              claims_answered(text) +  # 'a claim the Pentagon called "false"'
              pronoun_statements(text) + meeting_participants(text) +
              owned_statements(text, people) + court_papers(text) + late_sources(text, people) +
              bodies_word(text)  # "UN agencies estimate", "the embassy advised its citizens"
              if not any(s < f[1] and f[0] < e for s, e, _, _ in found)]
    initials = agency_initials(text)
    # (an outlet that carried a body's statement is a source beside the body, whose sourcing
    # may hold the same words: "In a statement carried by X,", "Y said in a statement carried
    # by X")
    outlets = [(s, e) for s, e, kind, _ in found if kind == "other outlet"]
    found += [f for f in carriers(text, initials, outlets) if not any(
        s < f[1] and f[0] < e and (kind == "other outlet" or not (s <= f[0] and f[1] <= e))
        for s, e, kind, _ in found)]
    found = initials_as_outlets(text, found, initials)
    # ("has NOT claimed (yet)": a note's stress on a negation, read as initials, is no body)
    found = [f for f in found if not _NO_SOURCE.match(text, f[0]) and
             not text.startswith(("NOT ", "not "), f[0]) and
             not _claims_record(text, f[0], f[1]) and not cut_off(
        text, f[1]) and not (
        f[2] in ("other", "named official") and told_a_person(text, f[0], f[1], people)) and
             not _VESSEL_BEFORE.search(text, max(0, f[0] - 14), f[0]) and
             not _WARNING_SYSTEM.match(text, f[0]) and
             not _no_sourcing(text, f[0], f[1])]
    author = own_voice(text)  # "the Panel assesses": the report's own voice, no source
    if author:
        found = [f for f in found if not author.match(text, f[0], f[1])]
    if "Post " in text:  # a cable's "Post assesses": the embassy's own voice
        found = [f for f in found if not mission_voice(text, f[0])]
    found = colleagues_passing_on(text, found)
    found.sort()
    found = nested_governments(text, found)  # "the spokesman said that Baghdad rejected"
    found = told_through_statement(text, found)  # "X condemned ..., according to a statement"
    starts = []  # whose office speaks, and the title before a name ("Defence analyst Dr X")
    named_to = -1  # where the last name set after an office or a kinship ended
    masters = ship_masters(text)
    for s, e, kind, count in found:
        if e == named_to and kind in ("other", "named official"):
            continue  # "Jane Roe" again, where "according to his mother, Jane Roe" named her
        s, kind = titled_start(text, role_owner(text, statement_lead(text, s)), e, kind, people)
        e2, kind = named_after(text, s, e, kind, people)
        kind = master_speaks(text, s, e2, kind, people, masters)  # "Capt. Roe", the master
        e2, kind = office_after(text, s, e2, kind)  # 'said Jane Roe, President'
        named_to = e2 if e2 != e else named_to
        starts.append((s, e2, kind, count))
    found = named_again(starts, people)
    ends = []  # each sourcing's words run on, never into the next sourcing
    for i, (s, e, kind, count) in enumerate(found):
        limit = found[i + 1][0] if i + 1 < len(found) else len(text)
        e, kind, count = on_background(text, e, kind, count)  # "per PAO (on bg)"
        e = _to_record(text, _to_listener(text, e, limit), limit)
        # the channel, listener and time of the verb: "said in a Telegram post late on Saturday"
        e = assessed_origin(text, tail_end(text, s, reaction_end(text, e, limit), limit), limit)
        if kind == "spokesperson":
            e = to_claimed_act(text, _to_own_people(text, e, limit), limit)
        ends.append((s, e, kind, count))
    found = ends
    return [
        Attribution(id=f"at-{i}", text=_LINE_BREAK.sub(" ", text[s:e]),
                    kind=kind, count=count,  # type: ignore[arg-type]
                    provenance=Provenance(source="src-1", start=s, end=e))
        for i, (s, e, kind, count) in enumerate(found, 1)
    ]
