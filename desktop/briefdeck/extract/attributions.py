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
What kind each source is: attribution_kinds.py.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.acronyms import defined_acronyms
from briefdeck.extract.attribution_kinds import (
    DOCUMENT,
    MONITOR_RE,
    OUTLET_IN,
    PRESS_REPORTS,
    SEEN_BY,
    SOURCE_NOUN,
    analyst_firm,
    classify,
    count_of,
    firm_names,
    org_kind,
    person_kind,
    singular,
)
from briefdeck.extract.hearing_turns import hearing_sources
from briefdeck.extract.joined_sources import joined_sources
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.people import ROLE_REFERENCE_RE, PeopleIndex
from briefdeck.extract.person_patterns import IDENTIFIED_RE, ROLE_AFTER_RE
from briefdeck.extract.quote_patterns import CHANNEL_WORD, POST_ASIDE, POST_LABEL
from briefdeck.extract.self_named_sources import self_named_sources
from briefdeck.extract.sentences import Document, finditer_near
from briefdeck.extract.shorthand_sourcing import logged_sources
from briefdeck.extract.sourcing_patterns import (
    ACCORDING_RE,
    ACCOUNT_RE,
    AND_ANOTHER,
    ANONYMITY_AFTER,
    ANONYMITY_ASIDE_RE,
    ANY_VERB,
    ATTRIBUTABLE_RE,
    BODY_DOCS_RE,
    BODY_SAID_RE,
    BRIEFING_BY,
    CHANNEL_NAMED_BEFORE,
    CHANNEL_RE,
    CITING_RE,
    CLAIM_BY_RE,
    CLAIMED_ON_RE,
    CLAUSE_VERB_AFTER,
    COLLEAGUES_RE,
    COMMENTATOR_SAID_RE,
    CONJUNCTION,
    DATA_RE,
    DOC_WORD,
    DOCUMENT_SAID_RE,
    GENERAL_BODY,
    HEAD_NOUN,
    IN_A_STATEMENT,
    IN_ITS_DOCUMENT,
    MEDIA_SAID_RE,
    MEDIUM_SHOWED_RE,
    NAMED_AFTER,
    NAMED_BEFORE,
    NAMED_BY,
    NAMED_BY_OTHERS,
    NEW_WORDS,
    NOT_ORG,
    OBJECT_BEFORE,
    OFFICE_SAID_RE,
    OFFICE_WORD,
    ORG_SAID_RE,
    OUTLET_RE,
    OWN_OFFICE_SAID_RE,
    OWN_OUTLET_RE,
    OWN_REPORTERS_RE,
    OWNED_STATEMENT_RE,
    PART_OF,
    PASSIVE_BODY_RE,
    PERSON_TITLE_END,
    POST_HEAD,
    PREPOSITION_BEFORE,
    PRESS_BEFORE,
    PRESS_SAID_RE,
    PRESS_WORD,
    PRONOUN_REACH,
    PRONOUN_SAID,
    PUBLIC_SAID_RE,
    PUBLIC_WORD,
    QUOTE_IN_CLAUSE,
    REACTION_VERBS,
    REPEATED,
    REPORTER_WORD,
    REPORTING_FROM_RE,
    SAID_RE,
    SAID_SOURCE_RE,
    SEEN_REPORTS_RE,
    SHIP_FIRM_RE,
    SHIP_MASTER_RE,
    SHOWED_WORD,
    SOURCE_WORD,
    STATEMENT_FIRST_RE,
    STATEMENT_RE,
    SUBJECT_HEAD,
    SUBJECT_SAYS_LATER,
    TOLD_BY_RE,
    WHAT_CALLED_RE,
)
from briefdeck.model import Attribution, Provenance

_THE = re.compile(r"^[Tt]he\s+")
_AND_THE = re.compile(r"\band\s+the\b")
_LINE_BREAK = re.compile(r"\s*\n\s*")


def _institution_speaks(text: str, sent_start: int, start: int, who: str) -> bool:
    """Whether ORG_SAID_RE's subject is an institution: not a function word or a month
    ("If confirmed", "February said"), a person's title, two bodies joined, the tail of a
    longer phrase ("of the Iraqi army's 7th Division") or a name someone else goes by."""
    before = text[max(sent_start, start - 20):start]
    return not (NOT_ORG.match(_THE.sub("", who).split()[0])
                and not GENERAL_BODY.match(who)
                or PERSON_TITLE_END.search(who) or " the" in who and _AND_THE.search(who)
                or PREPOSITION_BEFORE.search(before) and not PART_OF.search(
                    text, max(sent_start, start - 40), start)
                or NAMED_BY_OTHERS.search(before))


# "An Iran-aligned umbrella group, the X Front, said": a description, then the body's name
# in the aside, which is where its sourcing begins.
_DESCRIPTION = re.compile(r"^(?:[Aa]n?|[Tt]he)?\s*(?:[\w'’-]+\s+){0,4}?[a-z][\w-]+\s*$")
_NAME_IN_ASIDE = re.compile(r",\s+(?P<name>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|in|for|the)\s+)?"
                            r"[A-Z][\w'’-]*){0,6}),\s*$")


# OUTLET_RE's verbs: its matches (an outlet's name of up to four words, an adverb) open at
# most five words before one (a hit inside a longer word only adds openings to try).
_OUTLET_VERB = re.compile(r"reported|reports|said|cited|quoted")

# SAID_RE's source nouns: its matches (a count, "of the", "X and", four modifiers) open at
# most ten words before one, on a word boundary (a digit, a bracket: "(GSS) officials").
_SOURCE_AT = re.compile(rf"{SOURCE_NOUN}|Officials|Sources|Diplomats")
_BOUNDARY = re.compile(r"\b")
# DATA_RE's nouns: its matches (an owner, "own") open at most two words before one.
_DATA_NOUN = re.compile(r"database|data|dataset|tally|count|records|tracker|figures")
# PUBLIC_WORD without re.I, for the lower-cased sentence (see lowered.py: a case-blind scan
# costs several times more).
_PUBLIC_LOWER = re.compile(PUBLIC_WORD.pattern.replace("(?i)", "", 1))
_SOURCE_LOWER = re.compile(SOURCE_WORD.pattern.replace("(?i)", "", 1))
# BODY_SAID_RE's verbs (or words holding them): its subject ("the city's two local health
# directorates", "has also") opens at most nine words before one.
_BODY_VERB = re.compile(r"sa(?:id|y)|tell|told|report|claim|confirm|denie|add|name|identifie|"
                        r"count|tall|list|announced|stated|acknowledged|disclosed|condemned|"
                        r"rejected|denounced|assess")

# Unnamed "reports" that indicate or suggest are hearsay; an assessment that does is a document.
_HEARSAY = re.compile(r"\breports\s+(?:indicat|suggest)")


def _canonical(who: str) -> str:
    name = _THE.sub("", " ".join(who.split()))
    return (known_organization(name) or name).casefold()


_ACRONYM_AFTER = re.compile(r"\(([A-Z][\w-]{1,9})\)\s*$")
_SAYING_TAIL = re.compile(r",\s+\w+$")


def _spoken_end(m: re.Match[str]) -> int:
    """Where a sourcing ends: 'X gave a different account, saying' ends at 'account'."""
    end = m.end()
    tail = _SAYING_TAIL.search(m.string, m.start(), end)
    return tail.start() if tail and m.string[tail.start():end].rstrip().endswith(
        ("saying", "adding", "claiming", "insisting", "arguing")) else end


# The name set after a source's role: "according to the spokesman, Brig. Gen. Jane Roe".
_ROLE_LAST = re.compile(r"\b(?:spokes(?:man|woman|person)|official|officer|commander|chief|"
                        r"minister|head|director|governor|mayor|adviser|advisor|envoy)$")
_NAME_CLOSES = re.compile(r"\s*(?:[,.;)]|$)")
_APPOSED_GAP = re.compile(r",\s+(?:[A-Z][\w.()-]*\s+){0,5}$")


def _apposed_person(text: str, end: int, sent_end: int,
                    people: PeopleIndex) -> tuple[str, int] | None:
    """The person named just after the words ending at end, set off by a comma, with the end
    of the name; or None."""
    if text[end:end + 1] != "," or not _ROLE_LAST.search(text, max(0, end - 30), end):
        return None  # "According to the military, Roe was ...": a new clause, no apposition
    i = bisect.bisect_left(people.mentions, (end, -1, ""))
    if i >= len(people.mentions):
        return None
    start, name_end, name = people.mentions[i]
    if name_end > sent_end or start - end > 45 or not _APPOSED_GAP.fullmatch(text, end, start) \
            or not _NAME_CLOSES.match(text, name_end):
        return None
    return name, name_end


def _assessed(m: re.Match[str], kind: str) -> str:
    """'AFRICOM now assesses that ...', 'the ministry has assessed that ...': a body's standing
    assessment, in the present or the perfect, is a document it holds (a past 'the command
    assessed' is the body speaking)."""
    standing = m.group("assess") == "assesses" or m.group("assess") == "assessed" and \
        _PERFECT.search(m.string, max(0, m.start("assess") - 6), m.start("assess"))
    return "document" if standing and kind == "spokesperson" else kind


def _with_role(text: str, name_end: int, sent_end: int) -> tuple[int, str]:
    """'said Jane Roe, a senior fellow at the X.': the end of the sourcing with the role set
    after the name, and the role ('' when there is none)."""
    m = ROLE_AFTER_RE.match(text, name_end, sent_end)
    if not m:
        return name_end, ""
    return m.end("role"), m.group("role")


def _passive_by(text: str, sent_start: int, name_start: int) -> re.Match[str] | None:
    """The 'reported ... by' before a name (within 100 characters, no sentence break)."""
    by = text.rfind(" by ", max(sent_start, name_start - 100), name_start)
    if by < 0 or any(c in text[by:name_start] for c in '.;"“”'):
        return None
    return NAMED_BY.search(text, max(sent_start, by - 40), by + 1)


# The same unnamed sources counted later in their sentence: "..., two of the officials said".
_SOME_OF_THEM = re.compile(r"\b(?:one|two|three|four|five|some|several|both)\s+of\s+"
                           r"(?:the|those|these)\s+(?:[\w.-]+\s+){0,2}?(?:officials|sources|diplomats|officers)\s+"
                           r"(?:said|say|says|told|added)\b")
_POST_FIRST = re.compile(r"(?:press\s+)?spokes(?:man|woman|person)\b")  # "Army spokesman X"
_SPEAKER_LABEL = re.compile(r"(?m)^(?P<who>(?:[A-Z][A-Z'’.-]*\s+){0,5}[A-Z][A-Z'’-]{2,}):\s+(?=\S)")
# The subject of words relayed by another source: "told the agency that Roe urged".
_RELAYED_THAT = re.compile(r"\b(?:told|said|says|reported|reports|claimed)\b[^,;.\"“”]{0,60}?"
                           r"\s+that\s+$")
# A name as the object of a relative clause: "the bloc that backs Roe", "the group which
# Roe leads" - the clause describes someone else, the subject is further back.
_RELATIVE_OBJECT = re.compile(r",\s+[^,;]{0,40}?\b(?:that|which|who|whom)\s+"
                              r"(?:[a-z][\w-]*\s+){1,3}$")
_AS_REPORTED = re.compile(r"\b[Aa]s\s+$")
# The nouns BODY_DOCS_RE and OWNED_STATEMENT_RE need: their matches open at most seven words
# before one (an article, a name of up to five words, a modifier).
_STATEMENT_WORD = re.compile(r"statement|posts|communiq|bulletin|readout")
_STATEMENT_SAID = re.compile(r"(?:statement|communiqu[eé]|readout)(?=,|\s+(?:initially|later|also|"
                             r"first|earlier|said|says|reported|stated|claimed|put|gave|added|"
                             r"confirmed)\b)")
_LATER_STATEMENT = re.compile(r"second|third|new|updated|later|latest|final|separate")
_AIDE_TO = re.compile(r"\b(?:advis[eo]rs?|aides?|assistants?|deputies|deputy|envoys?)"
                      r"\s+to\s+$", re.I)
# "X initially reported six wounded" after "X said": the body's first count, revised later,
# is a claim of its own.
_FIRST_ACCOUNT = re.compile(r"\binitially\s+(?:reported|said|put|gave|announced)\b")
# "Reuters first reported the talks": who broke the story, a pointer rather than a source.
_FIRST_REPORTED = re.compile(r"\s+first\s+reported\b")
# ... a pointer when a relative or time word leads in: "which X first reported", "a day after
# the army first reported"; "The SDF first reported two dead" is the body's first count.
_POINTER_BEFORE = re.compile(r"\b(?:which|that|as|after|since|when|before|until|what)\s+$", re.I)
# "TOKYO - North Korea said": a dateline run into the speaker's name.
_DATELINE_HEAD = re.compile(r"^[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s+[–—-]\s+(?=[A-Z])")
# "On Friday the State Department said": a day opening the sentence with no comma after it.
_TIME_HEAD = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Yesterday)"
                        r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=the\s)")


# Medical staff of a hospital speak for it, unnamed: "a senior doctor at the hospital told
# AFP", "medics at the district hospital say" (a hospital source, not a member of the public).
_STAFF = re.compile(r"\b(?:doctors?|medics?|nurses?|paramedics?|surgeons?|physicians?)\b", re.I)
_OF_HOSPITAL = re.compile(r"\b(?:senior|chief|head)\b|\b(?:at|of|from|in)\s+(?:the\s+|a\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:hospital|clinic|medical\s+cent(?:er|re)|"
                          r"infirmary|Hospital|Clinic|Medical\s+Cent(?:er|re))\b")
# "Kigali denies supporting the group", "Moscow denies targeting civilians": a government's
# standing denial, named by its capital, repeated as background rather than sourcing a claim.
_STANDING_DENIAL = re.compile(r"\s+(?:[a-z]+ing|any|all)\b")
# ("Tehran has denied arming them": the perfect is the same standing stance)
_PERFECT = re.compile(r"\b(?:has|have)\s+$")
# "Ankara denied responsibility": a capital's denial of a charge, its stance, no sourcing.
_DENIED_CHARGE = re.compile(r"\s+(?:responsibility|involvement|(?:the\s+)?(?:charges?|"
                            r"accusations?|allegations?))\b")


_CALLED_WHAT = re.compile(r"\s+(?P<what>(?:the|this|that|its|their|these|those)\s+"
                          r"[^,;.\"“”]{2,40}?)\s+(?:(?:an?|the)\s+)?[\"“]")
_DENIED_WHAT = re.compile(r"\s+(?:any\s+|all\s+)?(?:role|involvement|responsibility|"
                          r"links?|(?:the\s+)?(?:charges?|accusations?|allegations?|claims?))\b")
# "Washington and Baghdad announced that ...": two governments named by their capitals.
_INSTITUTION_HEAD = re.compile(r"\b(?:[Gg]overnment|[Mm]inistry|[Cc]ouncil|[Cc]ommand|[Oo]ffice|"
                              r"[Pp]residency|[Ss]ecretariat|[Aa]rmy|[Mm]ission)$")
# "one of the people said" points back to unnamed people cited as sources before ("people
# familiar with the matter"), never to a crowd ("people said they heard blasts").
_ONE_OF_THE_PEOPLE = re.compile(r"\b((?:[Oo]ne|[Tt]wo|[Bb]oth|[Aa]nother))\s+of\s+(?:the|those)\s+"
                                r"people\s+(?:said|says|say|added)\b")
_PEOPLE_AS_SOURCES = re.compile(r"\bpeople\s+(?:familiar|with\s+(?:direct\s+)?knowledge|briefed|"
                                r"close\s+to|who\s+(?:asked|spoke|requested|declined))\b")
_AND_SAID = re.compile(r"[^,;.\"“”]{0,80}?(?:\s+and\s+(?:also\s+)?|,\s+)(?:said|says|announced|"
                       r"added|saying|announcing)\b")
_TWO_CAPITALS = re.compile(r"([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)")
# "UKMTO says the master of a vessel reported": the body relays the master's report.
_RELAYED = re.compile(r"\b(?:says|said|reports|reported)\s+(?:that\s+)?$")


def _own_outlets(text: str) -> set[str]:
    """The outlets that say they could not verify something: the story's own publisher, whose
    earlier reporting ("Rudaw initially reported") is no other outlet's."""
    if "verify" not in text and "confirm" not in text:
        return set()
    return {_canonical(m.group("name")) for m in OWN_OUTLET_RE.finditer(text)
            if org_kind(m.group("name")) == "other outlet"}


# A note that opens with its source, in the passive: "Denied by local officials; ...".
_PASSIVE_LEAD = re.compile(r"(?:Denied|Confirmed|Disputed|Reported|Acknowledged)\s+by\s+"
                           r"(?P<who>(?:the\s+)?[^,.;:\"“”()]{3,60}?)(?=\s*[,.;:]|$)")
# The owner of what is cited: "CENTCOM's initial statement", "the army's figures".
_OWNER = re.compile(r"(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)\s")
_TOLD_NAME = re.compile(r"\b(?:officials?|officers?|sources?|commanders?|diplomats?)\s+told\s+"
                        r"(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_TOLD = re.compile("told")


def _told_bodies(text: str) -> set[str]:
    """Names the text's unnamed sources speak to ("an officer told Kestrel"): the publisher, whose
    own assessments are its voice, not a document it cites."""
    # (each match opens one word before its "told": only those openings are tried)
    return {_canonical(m.group("name")) for m in finditer_near(
        _TOLD_NAME, _TOLD, text, text, 0, len(text), 1)} if "told" in text else set()


def _in_quote(quoted: list[tuple[int, int]], pos: int) -> bool:
    q = bisect.bisect_right(quoted, (pos, 1 << 62)) - 1
    return q >= 0 and quoted[q][0] < pos < quoted[q][1]


def _hospital_staff(said: str) -> bool:
    return _STAFF.search(said) is not None and _OF_HOSPITAL.search(said) is not None


def _place_name(word: str) -> bool:
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    return Gazetteer.default().lookup(word, fuzzy=False) is not None


# A singular body with no article, in the present: "Medical group says 24 killed ..." is a
# headline's or a standfirst's grammar, never a story sentence's.
_BARE_SUBJECT = re.compile(r"(?!(?:The|This|That|Its|Their|His|Her|A|An|One|Another|Each)\b)"
                           r"(?:[A-Z][a-z]+\s+)?(?i:group|ministry|agency|official|monitor|army|"
                           r"military|hospital|watchdog|charity|militia|government)\s+"
                           r"(?:says|warns|claims)\b")
_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")  # a numbered item's heading: "2. Army says ..."


# A list of sources after "according to" / "citing": "four officials, two aides and a memo"
# (each item opens with a count or an article; the first is read by ACCORDING_RE/CITING_RE).
_LISTED_MORE = re.compile(
    r",\s+(?:and\s+)?(?P<who>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]everal|\d{1,2})\s+(?:[^,.;:\"“”()]|(?<=\b[A-Z])\.){2,90})")
_LISTED_NOUN = re.compile(rf"\b(?:{SOURCE_NOUN}|{DOCUMENT})\b", re.I)


def _listed_after(text: str, end: int, sent_end: int) -> list[tuple[int, str]]:
    """The further sources listed after one ending at end: (start, words) each, the parts
    joined by "and" split ("two aides and a memo")."""
    parts: list[tuple[int, str]] = []
    joined = False  # a list closes with "and"; without it the words are an aside
    while (m := _LISTED_MORE.match(text, end, sent_end)) and _LISTED_NOUN.search(m.group("who")):
        who, start = m.group("who").rstrip(), m.start("who")
        split = AND_ANOTHER.search(who)
        if split and _LISTED_NOUN.search(who[split.end():]):
            parts.append((start, who[:split.start()]))
            parts.append((start + split.end(), who[split.end():]))
            joined = True
        else:
            parts.append((start, who))
            joined = joined or m.group(0).lstrip(", ").startswith("and ")
        end = start + len(who)
    return parts if joined else []


# "a senior official, speaking anonymously, as saying": whom an outlet quotes is a source.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^\"“”;]{2,100}?)\s+as\s+"
                        r"(?:saying|telling|stating)\b")
# "A spokesperson declined to comment": the source asked is cited all the same.
_DECLINED = re.compile(r"\b(?P<who>(?:[Aa]n?|[Tt]he)\s+(?:[\w.'’-]+\s+){0,3}?"
                       r"(?:spokes(?:man|woman|person)|official|ministry|command|embassy|office|"
                       r"department))\s+(?:has\s+|had\s+)?declined\s+to\s+(?:comment|discuss)")
# "the Pentagon's count had risen to five": a body's own running tally, given out.
_BODY_COUNT = re.compile(r"\b(?P<who>(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)"
                         r"\s+(?:own\s+|official\s+|latest\s+|updated\s+)?(?:count|tally)\s+"
                         r"(?:had\s+|has\s+)?(?:risen|rose|stood|reached|climbed|grew|increased|"
                         r"fell|was|is)\b")
# "the agency" after an outlet named as one ("X News Agency"): the outlet reporting again.
_AGENCY_BACK = re.compile(r"^[Tt]he\s+(?:news\s+)?agency$")
_AGENCY_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+Agency\b")


def _agency_outlet(text: str, pos: int) -> bool:
    names = _AGENCY_NAME.findall(text, max(0, pos - 800), pos)
    return bool(names) and org_kind(names[-1]) == "other outlet"


# "In a statement on Telegram, X, ..., said": where the body spoke is part of its sourcing.
_STATEMENT_LEAD = re.compile(r"\b[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|post|message|"
                             r"video|communiqu[eé])(?:\s+(?:on|posted\s+on|published\s+on|to)"
                             r"\s+[\w-]+(?:\s+[\w-]+)?)?,\s+$")


def _statement_lead(text: str, start: int) -> int:
    """Where the sourcing starts: at a lead "In a statement on X," just before it."""
    if text[start - 2:start] != ", ":
        return start
    lead = _STATEMENT_LEAD.search(text, max(0, start - 70), start)
    return lead.start() if lead else start


def _headline_says(sent_text: str) -> bool:
    """'Pentagon says second carrier on its way': a headline repeats the story's sourcing."""
    line = sent_text.strip()
    if line[:1].isdigit():
        line = _ITEM_NUMBER.sub("", line)
    if ("says" in line or "warns" in line or "claims" in line) and _BARE_SUBJECT.match(line):
        return True  # (the cheap tests first: this runs on every sentence)
    ends = (".", "!", "?", '"', "”", ":", ")", "]")  # "]": a footnote mark ends a sentence
    return not line.endswith(ends) and len(line.split()) <= 30 \
        and _HEADLINE_VERB.search(line) is not None


_HEADLINE_VERB = re.compile(r"\b(?:says?|warns?|claims|reports?|tells|confirms|denies|adds)\b")


# Posts pasted from a messaging channel: the channel's name on a line of its own above the
# post's stamp ("Sabiqoun News" / "Fri 22 Jan, 23:52"), and the channel a post was forwarded
# from (Telegram's own "Forwarded from X" line).
_POST_STAMP = re.compile(r"(?m)^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}\s+"
                         r"[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?,?\s+\d{1,2}:\d{2}\b")
_CHANNEL_HEAD = re.compile(r"(?:^|\n)(?:\d{1,3}[.)]\s+)?(?P<who>[A-Z][^\n:\"“”]{1,70}?)[ \t]*\n$")
_FORWARDED = re.compile(r"(?m)^Forwarded\s+from\s+(?P<who>[A-Z][^\n\"“”]{1,60}?)[ \t]*$")


def _channel_posts(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """Each channel whose posts the text pastes, once: the named channel of a group speaks
    for it, a news channel is another outlet."""
    out: list[tuple[int, int, str, int | None]] = []
    seen: set[str] = set()
    heads = [(m.start("who"), m.end("who"), m.group("who"), False) for stamp in
             _POST_STAMP.finditer(text) for m in [_CHANNEL_HEAD.search(
                 text, max(0, stamp.start() - 80), stamp.start())] if m]
    if "Forwarded" in text:
        heads += [(m.start(), m.end("who"), m.group("who"), True)
                  for m in _FORWARDED.finditer(text)]
    for start, end, who, forwarded in sorted(heads):
        name = re.sub(r"\s*[(|].*$", "", who).strip()  # "X (official channel)", "X | Y"
        if not name or name.casefold() in seen or people.mention_at(start, end):
            continue
        seen.add(name.casefold())
        kind = classify(name, people)[0]
        out.append((start, end, "other outlet" if forwarded or kind == "other outlet" or
                    _NEWS_NAME.search(name) else "spokesperson", 1))
    return out


# A record headed by who answers or testifies speaks in their name: "Answered by: Jane Roe"
# under a written answer, "Statement of" / "Testimony of" over a name opening a hearing text.
_ANSWERED_BY = re.compile(r"(?m)^[ \t]*(?:Answered\s+by:?|(?:Prepared\s+)?(?:Statement|Testimony|"
                          r"Remarks)\s+(?:of|by):?)[ \t]*(?:\n[ \t]*){0,2}(?=\S)")


def _answered_by(text: str, people: PeopleIndex) -> list[tuple[int, int, str]]:
    """(start, end, name) of each person a record's header label names, the name opening the
    text just after the label (on its line or the next)."""
    if not any(label in text for label in ("nswered by", "Statement of", "Statement by",
                                           "Testimony of", "Testimony by", "Remarks by",
                                           "Remarks of")):
        return []
    out = []
    for m in _ANSWERED_BY.finditer(text):
        i = bisect.bisect_left(people.mentions, (m.end(), -1, ""))
        if i < len(people.mentions) and people.mentions[i][0] <= m.end() + 40 and \
                not text[m.end():people.mentions[i][0]].strip(" \t.-").count("\n") and \
                len(text[m.end():people.mentions[i][0]].split()) <= 3:  # "General", "Hon."
            out.append((m.start() if m.group(0).rstrip().endswith(":") else
                        people.mentions[i][0], *people.mentions[i][1:]))
    return out


# The role in the aside after a name: "Jane Roe (R-Tenn.), a member of the X Committee, said".
_ROLE_ASIDE = re.compile(r"(?:\s+\([^()]{1,25}\))?,\s+(?P<role>(?:a|an|the)\s+[^,;\"“”]{2,100}),")
_NEWS_NAME = re.compile(r"\b(?:News|Media|Events|Agency|TV|Channel|Network|Press|Today|Now|Live|"
                        r"Monitor|Updates?)$")


def extract_attributions(doc: Document, people: PeopleIndex) -> list[Attribution]:
    text = doc.text
    found: list[tuple[int, int, str, int | None]] = []
    named_once: set[str] = set()
    seen_nouns: set[str] = set()  # "official", "ministry": sources already introduced
    said_words: set[str] = set()  # the words of each sourcing counted
    quoted = doc.quoted
    bodies: set[str] = set()  # institutions counted, by their full name
    firms = firm_names(text)
    own_outlets = _own_outlets(text)
    told_bodies = _told_bodies(text)  # the publisher: "an officer told Kestrel"
    acronyms: dict[str, str] | None = None

    def spelled(who: str) -> str:
        """'the SOHR' -> its name as the text defines it, to tell a monitor from a party."""
        nonlocal acronyms
        last = who.split()[-1]
        if sum(c.isupper() for c in last) < 2 or not last.isalpha():
            return who
        if acronyms is None:
            acronyms = defined_acronyms(text)
        return acronyms.get(last, who)
    # A transcript names its speakers in capitals before their answers ("GEN. JANE ROE:"):
    # each person's first label is their sourcing. (Two labelled lines make a transcript.)
    labelled = len(_SPEAKER_LABEL.findall(text, 0, 200_000)) >= 2 if ":" in text else False
    found.extend(_channel_posts(text, people))
    for start, end, name in _answered_by(text, people):
        if name not in named_once:
            named_once.add(name)
            found.append((start, end, person_kind(name, people), 1))
    for start, end, name, role in hearing_sources(doc, people):  # "Chairman ROE. We meet"
        if role == "document" or name not in named_once:
            named_once.add(name)
            found.append((start, end, "document" if role == "document" else
                          person_kind(name, people, role), 1))
    for sent in doc.sentences:
        if _headline_says(sent.text):
            continue
        label = _SPEAKER_LABEL.match(text, sent.start, sent.end) if labelled else None
        if label:
            words = label.group("who").split()
            name = people.resolve(" ".join(words[-2:])) or people.resolve(words[-1])
            if name and name not in named_once:
                named_once.add(name)
                found.append((label.start("who"), label.end("who"), person_kind(name, people), 1))
        taken: list[tuple[int, int]] = []
        nested: list[tuple[int, int]] = []  # "citing a military source" inside another span

        def add(start: int, end: int, kind: str, count: int | None,
                taken: list[tuple[int, int]] = taken,
                aside: tuple[int, int] | None = None) -> bool:
            # `taken` is sorted and its spans never overlap, so only the neighbours can
            # (a scan of all of them was quadratic in a sentence of thousands of "said").
            if aside:  # "The M23, backed by Rwanda according to UN experts, said": the
                inner = [t for t in taken if aside[0] <= t[0] and t[1] <= aside[1]]
                for t in inner:  # source inside the aside is counted, and the body too
                    taken.remove(t)
                if add(start, end, kind, count):
                    return True
                for t in inner:
                    bisect.insort(taken, t)
                return False
            if "\t" in text[start:end]:
                return False  # "Hasakah<tab>Rockets<tab>None reported": table cells, no source
            if text[end - 4:end] in (" the", "\nthe") or text[end - 2:end] == " a":
                return False  # "according to the" cut at a paragraph break: no source named
            if text[end:end + 9] == " at first" and text[end - 1:end].isalpha():
                end += 9  # "the ministry said at first": the account later revised
            i = bisect.bisect_left(taken, (start, end))
            if any(s < end and start < e for s, e in taken[max(0, i - 1) : i + 1]):
                return False
            q = bisect.bisect_right(quoted, (start, 1 << 62)) - 1
            if q >= 0 and quoted[q][0] < start < quoted[q][1]:
                return False  # '"The Americans told us ..."': a speaker's words, not the report's
            taken.insert(i, (start, end))
            words = " ".join(text[start:end].lower().split())
            if words in said_words:
                return False  # "according to local authorities" again: the same source
            said_words.add(words)
            found.append((start, end, kind, count))
            seen_nouns.update(singular(n.lower()) for n in HEAD_NOUN.findall(text[start:end]))
            return True

        def repeated(who: str, end: int = -1) -> bool:
            """'the official said' after 'a U.S. official said': the same source again (but
            'the task force said in a statement' brings a new document, 'the command
            assessed' a new assessment)."""
            words = " ".join(who.split())
            m = REPEATED.match(words)
            if m and " same " in f" {words.lower()} ":
                return True  # "the same group": said outright
            if not m or singular(m.group("noun").lower()) not in seen_nouns:
                return False
            return end < 0 or not NEW_WORDS.search(text, max(0, end - 30), end)

        for m in ACCORDING_RE.finditer(text, sent.start, sent.end) if "ccording" in \
                sent.text or ", per " in sent.text or ", Per " in sent.text else ():
            who = m.group("who").rstrip()
            if who.lower() in ("him", "her", "them", "it"):
                continue  # "According to him": the speaker named before, counted there
            if m.group("per") and (classify(spelled(who), people, m.start("who"))[0] == "other"
                                   or _canonical(spelled(who)) in bodies):
                continue  # ", per the agreement", ", per day": no source; "per SOHR": again
            for begin, part in _listed_after(text, m.start("who") + len(who), sent.end) \
                    if text.startswith(",", m.start("who") + len(who)) else ():
                if not repeated(part):  # "according to four officials, two aides and a memo"
                    add(begin, begin + len(part), *classify(part, people, begin))
            split = AND_ANOTHER.search(who)
            if split and re.search(rf"\b(?:{SOURCE_NOUN}|{DOCUMENT})\b", who[split.end():]):
                first, second = who[:split.start()], who[split.end():]
                begin = m.start("who") + split.end()
                if not repeated(first):  # both parts are sources of their own
                    add(m.start(), m.start("who") + len(first), *classify(first, people,
                                                                      m.start("who")))
                if not repeated(second):
                    add(begin, begin + len(second), *classify(second, people, begin))
                continue
            kind, count = classify(who, people, m.start("who"))
            role = ROLE_REFERENCE_RE.match(" ".join(who.split()))
            named = role and people.by_role(role.group("role"), m.start())
            end = m.start("who") + len(who)
            apposed = _apposed_person(text, end, sent.end, people)
            inside = people.mention_at(m.start("who"), end)
            if apposed:  # "according to the spokesman, Col. Jane Roe": the named official
                named, end = apposed
            elif inside:  # "according to Capt. Jane Roe": she is counted here, once
                named_once.add(inside[2])
            if named:  # "according to the governor" after "Governor Jane Roe": her again
                kind, count = person_kind(named, people), 1
                named_once.add(named)
            elif kind == "spokesperson" and analyst_firm(who, firms):
                kind = "other"
            if not repeated(who):
                add(m.start(), end, kind, count)
        opening = STATEMENT_FIRST_RE.match(text, sent.start, sent.end) if \
            text.startswith("In a", sent.start) and "statement" in sent.text else None
        if opening and people.mention_at(opening.start("who"), opening.end("who")) is None:
            add(opening.start(), opening.end(), "spokesperson", 1)  # the statement: new words
        accounts = "channel" in sent.text or "account" in sent.text
        for m in CHANNEL_RE.finditer(text, sent.start, sent.end) if accounts else ():
            named = CHANNEL_NAMED_BEFORE.search(text, max(sent.start, m.start() - 60), m.start())
            add(named.start() if named else m.start(), m.end(),
                "other outlet" if m.group("generic") else "spokesperson", 1)
        for m in ACCOUNT_RE.finditer(text, sent.start, sent.end) if accounts else ():
            if people.mention_at(m.start("who"), m.end("who")) is None:  # a person's account
                add(m.start(), m.end(), "spokesperson", 1)  # is theirs, counted with them
        passive = _PASSIVE_LEAD.match(text, sent.start, sent.end) if \
            sent.text[:1] in "DCRA" else None
        if passive:  # "Denied by Iraqi security officials." opening a note: its source
            kind, count = classify(passive.group("who"), people, passive.start("who"))
            if kind != "other" and not repeated(passive.group("who")):
                add(passive.start(), passive.end(), kind, count)
        for m in TOLD_BY_RE.finditer(text, sent.start, sent.end) if " by " in sent.text else ():
            kind, count = classify(m.group("who"), people)
            if kind == "anonymous official" and not repeated(m.group("who")):
                add(m.start("who"), m.end(), kind, count)
        for m in IDENTIFIED_RE.finditer(text, sent.start, sent.end) if "identified" in \
                sent.text or "gave" in sent.text else ():
            name = people.resolve(m.group("name"))  # "identified only as Abu Ahmad"
            if name and name not in named_once:
                named_once.add(name)
                add(m.start(), m.end("name"), person_kind(name, people), 1)
        low = sent.text.lower()
        for m in _QUOTED_AS.finditer(text, sent.start, sent.end) if "quot" in low and \
                " as " in low else ():
            who = m.group("who")  # "X quoted a senior official, speaking anonymously, as saying"
            person = people.mention_at(m.start("who"), m.end("who"))
            if person and person[2] in named_once or not person and repeated(who):
                continue
            kind, count = classify(who, people, m.start("who"))
            if person:
                named_once.add(person[2])
            add(m.start("who"), m.end("who"), kind, count)
        for m in _DECLINED.finditer(text, sent.start, sent.end) if "declined to" in low else ():
            if not repeated(m.group("who")):
                add(m.start(), m.end(), *classify(m.group("who"), people, m.start()))
        for m in _BODY_COUNT.finditer(text, sent.start, sent.end) if ("count" in low or "tally"
                                                                      in low) else ():
            who = m.group("who")
            if people.mention_at(m.start(), m.end("who")) is None and not (
                    " " not in who.strip() and _place_name(who.strip())):
                kind = classify(who, people)[0]  # "an AFP tally" is the outlet's own work
                add(m.start(), m.end(), "other outlet" if kind == "other outlet" else
                    "spokesperson", 1)
        post = POST_LABEL.match(text, sent.start, sent.end) if "):" in sent.text else None
        if post and POST_ASIDE.search(post.group("aside")):
            # 'Jane Roe (X, 3 May): "..."': a clipped post, sourced to its author
            person = people.mention_at(post.start("who"), post.end("who"))
            if not person:
                who = post.group("who")
                kind = "spokesperson" if CHANNEL_WORD.search(who) else classify(who, people)[0]
                add(post.start("who"), post.end("aside") + 1, kind, 1)
            elif person[2] not in named_once:
                named_once.add(person[2])
                add(post.start("who"), post.end("aside") + 1, person_kind(person[2], people), 1)
        lo = bisect.bisect_left(people.mentions, (sent.start, -1, ""))
        hi = bisect.bisect_left(people.mentions, (sent.end, -1, ""))
        for start, end, name in people.mentions[lo:hi]:
            if end > sent.end or name in named_once:
                continue
            span = people.titled_span(start, end) or (start, end)
            after = NAMED_AFTER.match(text, span[1], sent.end)
            heading = " by " in sent.text and BRIEFING_BY.search(
                text, max(sent.start, span[0] - 120), span[0])
            if heading and not after:
                named_once.add(name)
                add(heading.start(), span[1], person_kind(name, people), 1)
            elif after and _RELAYED_THAT.search(text, max(sent.start, span[0] - 120), span[0]):
                continue  # "a source told X that Roe urged ...": Roe's words come second-hand
            elif after and _RELATIVE_OBJECT.search(text, max(sent.start, span[0] - 40), span[0]):
                continue  # "lawmakers from the alliance that backs Roe, said": not Roe
            elif after:
                named_once.add(name)  # one named attribution per person: the first
                aside = _ROLE_ASIDE.match(text, span[1], after.end())
                add(span[0], after.end(), person_kind(name, people, aside.group("role")
                                                      if aside else ""), 1)
            elif (head := SUBJECT_HEAD.fullmatch(text, sent.start, span[0])) and (
                    later := SUBJECT_SAYS_LATER.match(text, span[1], sent.end)):
                named_once.add(name)
                post = head.group("post") or _POST_FIRST.match(text, span[0])
                add(head.start("owner") if post else span[0],
                    _spoken_end(later), person_kind(name, people), 1)
            elif (by := _passive_by(text, sent.start, span[0])) and \
                    people.mention_at(by.start(), span[0]) is None:
                named_once.add(name)
                end, role_after = _with_role(text, span[1], sent.end)
                add(by.start(), end, person_kind(name, people, role_after), 1)
            elif NAMED_BEFORE.search(text, max(sent.start, span[0] - 20), span[0]) and \
                    not CLAUSE_VERB_AFTER.match(text, span[1]):
                verb = NAMED_BEFORE.search(text, max(sent.start, span[0] - 20), span[0])
                named_once.add(name)
                end, role_after = _with_role(text, span[1], sent.end)
                kind = person_kind(name, people, role_after)
                add(span[0] if verb.group("relay") else verb.start(),  # type: ignore[union-attr]
                    end, kind, 1)
        plain = len(low) == len(sent.text) and "ı" not in low and "ſ" not in low
        press = PRESS_WORD.search(low) is not None
        pronoun = " he " in low or " she " in low or low.startswith(("he ", "she "))
        for m in PRONOUN_SAID.finditer(text, sent.start, sent.end) if pronoun else ():
            i = bisect.bisect_left(people.mentions, (m.start(), -1, ""))
            while i and _in_quote(quoted, people.mentions[i - 1][0]):
                i -= 1  # '"Roe can say he won," she said': Roe is spoken of, not speaking
            start, end, name = people.mentions[i - 1] if i else (0, 0, "")
            if name and name not in named_once and m.start() - start < PRONOUN_REACH and not \
                    OBJECT_BEFORE.search(text, max(0, start - 25), start):
                # "Jane Roe, 46, stood by the gate. ... , she said.": her only sourcing
                named_once.add(name)
                span = people.titled_span(start, end) or (start, end)
                found.append((span[0], span[1], person_kind(name, people), 1))
        for m in OWN_REPORTERS_RE.finditer(text, sent.start, sent.end) if \
                REPORTER_WORD.search(low) else ():
            add(m.start(), m.end(), "other outlet", 1 if m.group("one") else None)
        for m in MEDIUM_SHOWED_RE.finditer(text, sent.start, sent.end) if \
                press and SHOWED_WORD.search(low) else ():
            add(m.start(), m.end(), "other outlet", 1)
        for m in finditer_near(OUTLET_RE, _OUTLET_VERB, text, text, sent.start, sent.end, 6):
            if SEEN_BY.search(text, max(sent.start, m.start() - 16), m.start()):
                continue  # "a memo seen by Reuters said": the memo speaks (below)
            if m.group(0).endswith("first reported") or \
                    own_outlets and _canonical(m.group("who")) in own_outlets:
                continue  # "which Reuters first reported": who broke the story, no source
            add(m.start(), m.end(), "other outlet", None)
        for m in CITING_RE.finditer(text, sent.start, sent.end) if "citing" in sent.text else ():
            who = m.group("who").rstrip()
            owner = _OWNER.match(who)
            if owner and _canonical(spelled(owner.group(1))) in bodies:
                continue  # "citing the army's statement" after "the army said": cited again
            kind, count = classify(who, people, m.start("who"))
            if kind != "other" or MONITOR_RE.search(who):
                nested.append((m.start(), m.start("who") + len(who)))
                found.append((m.start(), m.start("who") + len(who), kind, count))
            for begin, part in _listed_after(text, m.start("who") + len(who), sent.end) \
                    if text.startswith(",", m.start("who") + len(who)) else ():
                kind, count = classify(part, people, begin)  # "citing four officials, two ..."
                if kind != "other" and not repeated(part):
                    nested.append((begin, begin + len(part)))
                    found.append((begin, begin + len(part), kind, count))
        for m in finditer_near(DATA_RE, _DATA_NOUN, text, text, sent.start, sent.end, 3):
            owner = OUTLET_IN.match(m.group(0))  # "an AFP count shows": the outlet's own
            add(m.start(), m.end(), "other outlet" if owner else "document", 1)
        said = ANY_VERB.search(sent.text) is not None  # the patterns below need a verb
        sourced = said and (_SOURCE_LOWER.search(low) if plain else SOURCE_WORD.search(
            sent.text)) is not None
        for m in finditer_near(SAID_RE, _SOURCE_AT, text, text, sent.start, sent.end, 12,
                               _BOUNDARY) if sourced else ():
            lead = CONJUNCTION.match(m.group("who"))
            if lead:  # "But three people familiar with ... said": the count is the source's
                m = SAID_RE.match(text, m.start() + lead.end(), sent.end) or m
            if m.group("verb") in REACTION_VERBS and not QUOTE_IN_CLAUSE.match(
                    text, m.end("verb"), sent.end):
                continue  # "officials condemned the attack": a stance without its words
            kind, count = classify(m.group("who"), people)
            if kind == "other" or repeated(m.group("who")) or any(
                    s < m.end() and m.start() < e for s, e in nested):
                continue
            if _RELAYED.search(text, max(sent.start, m.start() - 12), m.start()):
                continue  # "two officials said commanders had warned": relayed, not cited
            if count is None and _SOME_OF_THEM.search(  # (a window: run-ons stay linear)
                    text, m.end(), min(sent.end, m.end() + 400)):
                continue  # "Officials expect X, one of the officials said": counted there
            role = ROLE_REFERENCE_RE.match(" ".join(m.group("who").split()))
            if role and people.by_role(role.group("role"), m.start()):
                continue  # "the colonel said" after "Col. Jane Doe": she is counted already
            unnamed = ANONYMITY_AFTER.match(text, m.end(), sent.end) if \
                text.startswith(", speaking", m.end()) else None
            add(m.start(), unnamed.end() if unnamed else m.end(), kind, count)
        for m in _ONE_OF_THE_PEOPLE.finditer(text, sent.start, sent.end) \
                if " people sa" in low and (" of the people" in low or " of those" in low) \
                else ():
            if _PEOPLE_AS_SOURCES.search(text, 0, sent.start):
                add(m.start(), m.end(), "anonymous official", count_of(m.group(1)))
        for m in REPORTING_FROM_RE.finditer(text, sent.start, sent.end) if "sources" in low \
                and "from" in low else ():
            add(m.start(), m.end(), "anonymous official", None)
        for m in SAID_SOURCE_RE.finditer(text, sent.start, sent.end) if sourced else ():
            kind, count = classify(m.group("who"), people)
            if kind == "anonymous official":
                add(m.start(), m.end("who"), kind, count)
        for m in ANONYMITY_ASIDE_RE.finditer(text, sent.start, sent.end) if ", who " in \
                sent.text and ("anonym" in low or "named" in low or "identified" in low) else ():
            kind, count = classify(m.group("who"), people)
            if kind == "anonymous official" and not repeated(m.group("who")):
                add(m.start(), m.end(), kind, count)  # his asking not to be named sources him
        commentators = "blogger" in low or "broker" in low or "commentator" in low or \
            "insurer" in low or "underwriter" in low
        for m in COMMENTATOR_SAID_RE.finditer(text, sent.start, sent.end) if said and \
                commentators else ():
            add(m.start(), m.end(), "other", count_of(m.group("who")))
        public = said and (_PUBLIC_LOWER.search(low) if plain else PUBLIC_WORD.search(
            sent.text)) is not None
        for m in PUBLIC_SAID_RE.finditer(text, sent.start, sent.end) if public else ():
            # unnamed members of the public speak for themselves: another source, counted
            # as the text counts them ("Residents said", "two witnesses told AFP")
            kind = "anonymous official" if _hospital_staff(m.group(0)) else "other"
            add(m.start(), m.end(), kind, count_of(m.group("who")))
        # before the bodies: "the chief of the general staff said" is the chief speaking
        for m in OFFICE_SAID_RE.finditer(text, sent.start, sent.end) if said and \
                OFFICE_WORD.search(low) else ():
            if _AIDE_TO.search(text, max(sent.start, m.start() - 24), m.start()):
                continue  # "an adviser to the prime minister said": the adviser speaks
            office_role = (m.group("role") or m.group("head")).split()[-1]
            named = people.by_role(office_role, m.start())  # "the minister" named before
            office = m.group("office")
            if named and office:  # ... holding that office: "the head of the council"
                title = people.by_key[named.casefold()].title.lower()
                named = named if office.split()[-1].lower() in title else None
            if people.mention_at(m.start(), m.end()) is None and (not named or m.group("staff")):
                add(m.start(), m.end(), "spokesperson", 1)
        for m in OWN_OFFICE_SAID_RE.finditer(text, sent.start, sent.end) if said and \
                "office" in low else ():
            add(m.start(), m.end(), "spokesperson", 1)
        for m in SHIP_MASTER_RE.finditer(text, sent.start, sent.end) if said and (
                "aster" in sent.text or "aptain" in sent.text or "fficer" in sent.text) else ():
            if not _RELAYED.search(text, max(sent.start, m.start() - 20), m.start()):
                add(m.start(), m.end(), "anonymous official", 1)
        for m in finditer_near(BODY_DOCS_RE, _STATEMENT_WORD, text, text, sent.start, sent.end,
                               7) if " on " in sent.text and ("statement" in low or "posts" in
                                                              low or "communiq" in low or
                                                              "bulletin" in low) else ():
            who = re.sub(r"(?:'s|’s)$", "", m.group("who"))
            person = people.mention_at(m.start("who"), m.end("who"))
            if person and person[2] in named_once or NOT_ORG.match(who.split()[0]):
                continue
            if person:
                named_once.add(person[2])
            kind = person_kind(person[2], people) if person else org_kind(spelled(who))
            if add(m.start(), m.end(), kind, 1) and not person:
                bodies.add(_canonical(spelled(who)))  # "CENTCOM says" after: the same body
        for m in finditer_near(OWNED_STATEMENT_RE, _STATEMENT_SAID, text, text, sent.start,
                               sent.end, 7) if "statement" in low or "communiq" in low or \
                "readout" in low else ():
            owner = m.group("owner") or m.group("lower")
            body = _canonical(spelled(owner))
            if people.mention_at(m.start(), m.end()) or NOT_ORG.match(owner.split()[0]) or \
                    (body in bodies or m.group("lower") and repeated(f"the {owner}")) and \
                    not _LATER_STATEMENT.match(m.group("new") or ""):
                continue  # a person's statement is counted with them; the same one again
                # (a body's "first statement", once it has spoken, is the one counted)
            if add(m.start(), m.end(), org_kind(spelled(owner)), 1):
                bodies.add(body)
        for m in PASSIVE_BODY_RE.finditer(text, sent.start, sent.end) if " by " in sent.text \
                and "ed by" in sent.text else ():
            kind, count = classify(m.group("who"), people, m.start("who"))
            if kind != "other" and not repeated(m.group("who")):
                add(m.start("said"), m.end(), kind, count)
        for m in ORG_SAID_RE.finditer(text, sent.start, sent.end) if said else ():
            who = m.group("who")
            if m.group("verb") == "reported" and (
                    _AS_REPORTED.search(text, max(sent.start, m.start() - 4), m.start()) or
                    _FIRST_REPORTED.match(text, m.end("who")) and (_POINTER_BEFORE.search(
                        text, max(sent.start, m.start() - 8), m.start()) or
                        OUTLET_RE.match(text, m.start()))):
                continue  # "As X reported, ...": a pointer to earlier coverage, no source
            if m.group("verb") in ("denies", "denied") and " " not in who.strip() and (
                    (m.group("verb") == "denies"
                     or _PERFECT.search(text, m.start(), m.start("verb")))
                    and _STANDING_DENIAL.match(text, m.end("verb"))
                    or _DENIED_CHARGE.match(text, m.end("verb"))) and _place_name(who.strip()):
                continue
            if len(who.strip()) < 2:
                continue  # "041°55'E reported": a letter of a position, no body
            pair = _TWO_CAPITALS.fullmatch(who.strip())
            if pair and _place_name(pair.group(1)) and _place_name(pair.group(2)):
                continue  # "Baghdad and Washington announced": a joint policy, no source
            if m.group("verb") in REACTION_VERBS and not QUOTE_IN_CLAUSE.match(
                    text, m.end("verb"), sent.end) and not (
                    # 'the group rejected accusations that linked it to the attack': a body
                    # answering a charge speaks, a capital's stance does not
                    m.group("verb") == "rejected" and _DENIED_CHARGE.match(text, m.end("verb"))
                    and not _place_name(who.strip())) and not (
                    # "the ministry condemned the attack and said police had found ...": an
                    # institution's statement, words and all (a capital's is a stance)
                    m.group("verb") == "condemned" and _INSTITUTION_HEAD.search(who) and
                    _AND_SAID.match(text, m.end("verb"), sent.end)):
                continue  # a stance without its words
            dateline = _DATELINE_HEAD.match(who) or (_TIME_HEAD.match(who) if who[:1] in
                                                     "MTWFSY" else None)
            if dateline:  # the speaker starts after the dateline (or "On Friday")
                m = ORG_SAID_RE.match(text, m.start() + dateline.end(), sent.end) or m
                who = m.group("who")
            body = _canonical(spelled(who))  # "CENTCOM" after "U.S. Central Command said"
            issued_in = IN_ITS_DOCUMENT.search(text, max(sent.start, m.start() - 100), m.start())
            again = body in bodies and not NEW_WORDS.search(text, max(0, m.end() - 30), m.end()) \
                and not issued_in and not _FIRST_ACCOUNT.search(m.group(0))
            if people.mention_at(m.start(), m.end()) is None and not repeated(who, m.end()) \
                    and not again and _institution_speaks(text, sent.start, m.start(), who):
                # "Syria's state news agency SANA said": the press, described before its name
                press = PRESS_BEFORE.search(text, max(sent.start, m.start() - 60), m.start())
                kind = "other outlet" if press else org_kind(spelled(who))
                if kind == "other outlet" and body in own_outlets:
                    continue  # the publisher's own earlier reporting
                if m.group("assess") and body in told_bodies:
                    continue  # "Kestrel assesses ..." where sources told Kestrel: its own voice
                if POST_HEAD.match(who.strip()):
                    kind = "anonymous official"
                if kind == "spokesperson" and analyst_firm(who, firms):
                    kind = "other"
                # "In its release of May 2, X said" after "X said": the new document with it
                start = issued_in.start() if issued_in and body in bodies else m.start()
                renamed = _NAME_IN_ASIDE.match(text, m.end("who"), m.start("verb")) \
                    if _DESCRIPTION.search(who) else None
                if renamed:  # "A militant umbrella group, the X Front, claimed": X speaks
                    start = renamed.start("name")
                end = _spoken_end(m)
                if m.group("verb") == "called":  # 'called the raid "a crime"': what it named
                    named = _CALLED_WHAT.match(text, end, sent.end)
                    end = named.end("what") if named else end
                denied = _DENIED_WHAT.match(text, end) if m.group("verb") in (
                    "denied", "denies", "rejected") else None
                if denied:  # "the ministry denied any role": what was denied is its sourcing
                    end = denied.end()
                if add(press.start() if press else start, end,
                       _assessed(m, kind), 1, aside=(m.end("who"), m.start("verb"))):
                    bodies.add(body)
                    short = _ACRONYM_AFTER.search(who)
                    if short:  # "The X Corps (XC) says", then "The XC said": the same body
                        bodies.add(_canonical(short.group(1)))
                        bodies.add(_canonical(who[:short.start()]))
        for m in finditer_near(BODY_SAID_RE, _BODY_VERB, text, text, sent.start, sent.end,
                               10) if said else ():
            if m.group("verb") and not QUOTE_IN_CLAUSE.match(text, m.end("verb"), sent.end):
                continue  # a stance without its words
            if _FIRST_REPORTED.search(m.group(0)) and _POINTER_BEFORE.search(
                    text, max(sent.start, m.start() - 8), m.start()):
                continue  # "a day after the army first reported ...": earlier news, no source
            if not repeated(m.group("who"), m.end()):
                kind = org_kind(m.group("who"))
                if _AGENCY_BACK.match(m.group("who")) and _agency_outlet(text, m.start()):
                    kind = "other outlet"  # "The agency also reported" after "X News Agency"
                add(m.start(), m.end(), _assessed(m, kind), 1)
        for m in MEDIA_SAID_RE.finditer(text, sent.start, sent.end) if "media" in low else ():
            add(m.start(), m.end(), "other outlet", None)
        for m in PRESS_SAID_RE.finditer(text, sent.start, sent.end) if said and press else ():
            add(m.start(), m.end(), "other outlet", 1)
        for m in DOCUMENT_SAID_RE.finditer(text, sent.start, sent.end) if DOC_WORD.search(
                low) else ():
            if _HEARSAY.search(m.group(0)):
                continue  # "Initial reports indicated": hearsay, no document
            if not repeated(m.group("who")):
                # "A Reuters report said": the outlet's own reporting; "a memo seen by
                # Reuters said": a document the outlet read
                outlet = (OUTLET_IN.search(m.group("who")) or PRESS_REPORTS.search(
                    m.group("who"))) and not SEEN_BY.search(m.group(0))
                add(m.start(), m.end(), "other outlet" if outlet else "document", 1)
        for m in SHIP_FIRM_RE.finditer(text, sent.start, sent.end) if "'s " in sent.text \
                or "’s " in sent.text else ():
            add(m.start("name") if m.group("name") else m.start(), m.end(), "spokesperson", 1)
        in_statement = IN_A_STATEMENT.search(text, sent.start, sent.end) if "statement" in \
            sent.text else None
        # the subject stands within a few words of "in a statement": read from there only
        reach = max(sent.start, in_statement.start() - 300) if in_statement else sent.end
        for m in STATEMENT_RE.finditer(text, reach, sent.end) if in_statement else ():
            if not repeated(m.group("who").strip()) and people.mention_at(
                    m.start("who"), m.end("who")) is None:  # a named person: counted above
                add(m.start("who"), m.end(), "spokesperson", 1)
        # last: a subject found above holds the span first
        for m in WHAT_CALLED_RE.finditer(text, sent.start, sent.end) if "what " in low else ():
            who = m.group("who")
            person = people.mention_at(m.start("who"), m.end("who"))
            if person and person[2] not in named_once:
                named_once.add(person[2])
                add(m.start(), m.end(), person_kind(person[2], people), 1)
            elif not person and not repeated(who) and _canonical(spelled(who)) not in bodies \
                    and who.split()[0] not in ("It", "He", "She", "They", "We", "I"):
                if add(m.start(), m.end(), org_kind(spelled(who)), 1):
                    bodies.add(_canonical(spelled(who)))
        for m in CLAIMED_ON_RE.finditer(text, sent.start, sent.end) if "claimed" in low else ():
            add(m.start(), m.end(), "spokesperson", 1)
        for m in CLAIM_BY_RE.finditer(text, sent.start, sent.end) if "responsibility" in low \
                else ():
            add(m.start(), m.end(), "spokesperson", 1)
        for m in COLLEAGUES_RE.finditer(text, sent.start, sent.end) if "colleagues" in low \
                else ():
            add(m.start(), m.end(), "spokesperson", 1)
        for m in SEEN_REPORTS_RE.finditer(text, sent.start, sent.end) if " reports" in low \
                else ():
            add(m.start(), m.end(), "other outlet", None)
        for m in ATTRIBUTABLE_RE.finditer(text, sent.start, sent.end) if "attributable" in low \
                else ():
            person = people.mention_at(m.start("who"), m.end("who"))
            if person and person[2] in named_once:
                continue  # (counted already, by name)
            if person:
                named_once.add(person[2])
            add(m.start(), m.end(), person_kind(person[2], people) if person else "spokesperson", 1)
    found += [f for f in logged_sources(text, people) + self_named_sources(text) +
              joined_sources(text)
              if not any(s < f[1] and f[0] < e for s, e, _, _ in found)]  # a log's shorthand,
    # "a faction calling itself X said", "two sources in X and a source close to Y told"
    found.sort()
    found = [(_statement_lead(text, s), e, kind, count) for s, e, kind, count in found]
    return [
        Attribution(id=f"at-{i}", text=_LINE_BREAK.sub(" ", text[s:e]),
                    kind=kind, count=count,  # type: ignore[arg-type]
                    provenance=Provenance(source="src-1", start=s, end=e))
        for i, (s, e, kind, count) in enumerate(found, 1)
    ]
