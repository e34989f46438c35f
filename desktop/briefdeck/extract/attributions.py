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
    OUTLETS,
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
from briefdeck.extract.institutions import BODY, BODY_MOD, CAP_WORD, INSTITUTION
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.people import ROLE_REFERENCE_RE, PeopleIndex
from briefdeck.extract.person_patterns import _POST_NOMINALS, IDENTIFIED_RE, ROLE_AFTER_RE
from briefdeck.extract.sentences import Document
from briefdeck.model import Attribution, Provenance

# Own data: "Our database records", "ACLED data show", "the tally shows".
DATA_RE = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*)\s+(?:own\s+)?(?:database|data|dataset|tally|"
    r"count|records|tracker|figures)\s+(?:records|recorded|shows?|showed|indicates?|suggests?|"
    r"lists?|counts?|counted)\b"
)
_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|two\s+other|"
    r"(?<![\d:.,])\d+|the|other|another)"  # not the minutes of a "11:15" time stamp
)
_MODIFIER = (  # ("a General Security Service (GSS) official": the body's initials between)
    r"(?:[A-Z][\w.-]*|\([A-Z][\w-]{1,8}\)|(?!(?:and|or|but|that|which|who|the|of|in|on|at|to|for|with|by|from|"
    r"said|says|is|was|were|are|have|has|had|not|also|it|he|she|they)\b)[a-z][\w-]*)"
)

_PASSIVE = r"\s+to\s+(?:be|have)\b"  # "forces said to be massing": not a source speaking
_ABBR_DOT = (
    r"(?:(?<=\b[A-Z])|(?<=Gen)|(?<=Col)|(?<=Maj)|(?<=Lt)|(?<=Adm)|(?<=Sgt)|(?<=Capt)|"
    r"(?<=Brig)|(?<=Dr)|(?<=Mr)|(?<=Ms)|(?<=Mrs)|(?<=Sen)|(?<=Rep)|(?<=Gov)|(?<=Cmdr))\."
)
ACCORDING_RE = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?P<who>(?:[^,.;:\"“”()]|{_ABBR_DOT}){{2,90}})"
)
SAID_RE = re.compile(
    rf"\b(?P<who>(?:(?i:{_COUNT})\s+)?(?:of\s+the\s+)?(?:[A-Z][\w.]*\s+and\s+)?"
    rf"(?:{_MODIFIER}\s+){{0,4}}(?:{SOURCE_NOUN}|Officials|Sources|Diplomats)"
    rf"(?:\s+(?:for|at|with|of|in|to)\s+(?:the\s+)?(?:U\.S\.|[A-Z][\w.'’-]*)(?:\s+(?:of\s+)?"
    rf"(?:U\.S\.|[A-Z][\w.'’-]*)){{0,4}}(?:(?<=['’]s)(?:\s+[a-z]+){{1,2}}?)?)?)"
    rf"(?:\s+(?:in|at|from|with|on)\s+(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]+)?)?"  # "in occupied X"
    rf"(?:\s+who\s+[^,;\"“”]{{3,90}}?,?)?"
    # "an official interviewed by the authors in Amman on 20 February said"
    rf"(?:\s+(?:interviewed|speaking|briefed|familiar|quoted|cited|contacted|reached|based|"
    rf"stationed|involved|operating|serving|deployed|fighting)\b[^,;\"“”]{{3,70}}?)?"
    rf"(?:,[^,;\"“”]{{3,90}},|,\s+who)?\s+(?:have\s+|had\s+|has\s+)?(?:long\s+|also\s+)?"
    rf"(?P<verb>said(?!{_PASSIVE})|say|says|told|tells|adds|reported|reports?|believe|believes|"
    rf"confirmed|added|stated|noted|caution|"
    rf"cautioned|warn|worried|acknowledged|warned|attributed|blamed|estimated?|assessed|"
    rf"assess|expect|expected|fear|feared|raised\s+concerns?|expressed\s+concern)\b"
    rf"(?:\s+in\s+a\s+statement)?",
)
# '..." said one senior NATO official.': the verb before an unnamed source.
SAID_SOURCE_RE = re.compile(
    rf"\b(?:said|says|added)\s+(?P<who>(?:a|an|one|another|two|three|four)\s+"
    rf"(?:{_MODIFIER}\s+){{0,4}}?(?:officials?|sources?|diplomats?|officers?)"
    rf"(?:\s+(?:in|at|with|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})?)"
    rf"(?=\s*[.,;]|\s+(?:who|speaking|familiar|briefed)\b)"
)
# "according to the officials and a congressional aide": two sources, each counted alone.
_AND_ANOTHER = re.compile(rf"\s+and\s+(?=(?i:{_COUNT})\s)")
# "a Telegram channel close to Kataib Hezbollah posted": a group's own outlet speaks for it.
CHANNEL_RE = re.compile(
    r"(?P<who>\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:Telegram|WhatsApp|Facebook|"
    r"YouTube|X|Twitter|TikTok|social\s+media|online)\s+(?:channel|account|page|feed)s?\s+"
    r"(?:close\s+to|linked\s+to|tied\s+to|affiliated\s+with|associated\s+with|run\s+by|"
    r"belonging\s+to|used\s+by|aligned\s+with|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|in\s+)?"
    r"(?:al-|el-)?[A-Z][\w'’-]*){0,4})(?:,[^,;\"“”]{2,90},)?\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:posted|said|published|wrote|shared|claimed|reported|released|announced|carried)\b"
)
# "In a post on X, the Border Guards' official account shared": the body's own account speaks.
ACCOUNT_RE = re.compile(
    r"(?:\b[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?(?:post|message|statement|video|tweet)\b"
    r"[^,\"“”]{0,40},\s+)?"
    r"(?P<who>\b(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}?[A-Z][\w.-]*?"
    r"(?:'s|’s|'|’)\s+(?:(?:official|own|verified)\s+)?(?:(?:Telegram|X|Twitter|Facebook|"
    r"Instagram|YouTube|WhatsApp|TikTok)\s+)?(?:account|channel|page|feed))\s+(?:has\s+|had\s+)?"
    r"(?:also\s+)?(?:posted|shared|said|wrote|published|announced|reported|claimed|released)\b"
)
# Unnamed commentators and market sources speaking for themselves: "Russian milbloggers
# claimed", "two insurance brokers said", "a pro-Kremlin blogger wrote".
COMMENTATOR_SAID_RE = re.compile(
    rf"\b(?P<who>(?:(?i:{_COUNT})\s+)?(?:[\w-]+\s+){{0,2}}?(?:mil)?(?:bloggers?|brokers?|"
    rf"commentators?|insurers?|underwriters?))(?:\s+(?:at|in|from|with|(?:affiliated|associated|"
    rf"linked|close)\s+(?:with|to))\s+[^,;\"“”]{{2,40}}?)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:said|say|says|told|claimed|claim|claims|"
    rf"wrote|reported|posted|alleged|argued|warned)\b"
)
# "I'm told by two Western diplomats that", "was told by a senior official": the passive.
TOLD_BY_RE = re.compile(
    rf"\b(?:told|informed|briefed|assured)\s+by\s+"
    rf"(?P<who>(?i:{_COUNT})\s+(?:{_MODIFIER}\s+){{0,4}}?(?:{SOURCE_NOUN}))"
)
# "the newspaper Al-Sabah reported", "Syria's state news agency SANA said": a name the report
# says is the press, with that description.
_PRESS_BEFORE = re.compile(
    r"(?:\b[A-Z][\w.-]*(?:'s|’s)\s+)?(?:\b(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"\b(?i:newspaper|daily|broadcaster|outlet|channel|news\s+(?:site|website|agency)|"
    r"television|radio\s+station|weekly|wire\s+service)\s+$")
# Cheap tests before the patterns below: the nouns they need.
_DOC_WORD = re.compile(r"\b(?:report|assessment|memo|document|stud|analys|review|audit|cable|"
                       r"letter|budget|dossier|paper)")
_PRESS_WORD = re.compile(r"\b(?:outlet|newspaper|broadcaster|news|daily|tv|television|radio|"
                         r"tabloid|weekly)\b")
_OFFICE_WORD = re.compile(r"\b(?:governor|mayor|minister|president|ambassador|envoy|prosecutor|"
                          r"police\s+chief|premier|head|chief|chairman|chairwoman|director|"
                          r"press\s+secretary)\b")
# "the regional governor said", "the head of the village council said": an office holder the
# report does not name speaks for the office (a head, chief or director with what they head).
OFFICE_SAID_RE = re.compile(
    r"\b(?P<who>(?:[Tt]he|(?:[Tt]he\s+)?[\w-]+(?:'s|’s))\s+"  # "Iran's", "the army's"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:(?P<role>governor|mayor|prime\s+minister|"
    r"president|minister|ambassador|envoy|prosecutor|police\s+chief|premier|"
    r"press\s+secretary)|"
    r"(?P<head>head|chief|chairman|chairwoman|director)(?=\s+of\b))"
    r"(?:\s+of\s+(?:the\s+)?(?P<office>[^,;.\"“”]{2,50}?))?)\s+"
    r"(?:has\s+|had\s+)?(?:also\s+)?(?:said(?!\s+to\s+(?:be|have)\b)|says|told|tells|"
    r"announced|stated|confirmed|added)\b"
)
# "A Syrian opposition outlet reported", "a pro-government newspaper said": the press, unnamed.
PRESS_SAID_RE = re.compile(
    r"\b(?P<who>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:outlet|newspaper|broadcaster|"
    r"news\s+(?:site|website|agency|channel|portal)|daily|(?:TV|television)\s+(?:channel|station)|"
    r"radio\s+station|tabloid|weekly))\s+(?:has\s+|had\s+)?(?:also\s+)?(?:reported|said|says)\b"
)
# "SANA, citing a military source, said": the source behind the source.
CITING_RE = re.compile(r"\bciting\s+(?P<who>[^,.;:\"“”()]{3,80})")
OUTLET_RE = re.compile(
    rf"\b(?P<who>{OUTLETS})\s+(?:first\s+|also\s+|previously\s+|has\s+|had\s+)?"
    r"(?:reported|reports|said|cited|quoted)\b"
)
# "Iraq's Security Media Cell, which speaks for ..., said in a statement": an institution speaking.
_IN_A_STATEMENT = re.compile(r"\bin\s+a\s+(?:short\s+|brief\s+|separate\s+|written\s+|joint\s+|"
                             r"emailed\s+)?statement\b")
# Who carried the words: "in a statement carried by its Al-Manar television".
# ("released through its media arm", "issued via its news agency")
_CARRIED = (r"(?:\s+(?:carried|published|posted|broadcast|aired|relayed|released|issued)\s+"
            r"(?:by|on|via|through)\s+"
            r"[^,;.\"“”]{2,50}?(?=[,;.]|\s+(?:saying|that)\b))?")
STATEMENT_RE = re.compile(  # (the speaker opens with a name or "the", never "of the")
    r"(?P<who>\b(?=[A-Z]|[Tt]he\s)(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+|of\s+(?:the\s+)?|[a-z]+\s+(?=of\b)){1,7}?)"
    r"(?:,[^,;]{3,70},\s+)?(?:\w+\s+){0,4}?(?:said|says|announced|stated|added|condemned)?"
    r"[^.;\"“”]{0,60}?\bin\s+a\s+(?:short\s+|brief\s+|separate\s+|written\s+|joint\s+|"
    r"emailed\s+)?statement\b"
    rf"{_CARRIED}"
)
# Where the words were issued, after the verb and maybe its object: "said in a statement",
# "claimed the attack in a statement on its Telegram channel", "said in its notice", "said on
# its Telegram channel".
_IN_STATEMENT = (
    r"(?:(?:\s+(?!that\b)[a-z][\w-]*(?:\s+(?!that\b)[\w'’-]+){0,5}?)?"
    r"\s+(?:in|on|via)\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|message|notice|advisory|release|bulletin|video|channel|account|"
    r"website)\b(?:\s+(?:on|via)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:channel|account|page|website|feed)\b)?{_CARRIED})?"
)
# A live blog tells its news in the present: "the IDF says", "the agency reports", "the
# council names him as". (Naming or identifying someone "as" is the body's own word.)
_SPEAKS_NOW = (r"says|reports|tells|claims|confirms|denies|adds|(?:names?|named|identifie[sd])"
               r"(?=\s+(?:him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?)\s+as\b)")
# Bodies that care for the wounded give their own tolls: "the hospital says".
_CARE = r"hospital|clinic|medical\s+cent(?:er|re)|municipality"
_SPEECH = (
    r"said|says|told|wrote|added|claimed|acknowledged|posted|tweeted|confirmed|condemned|announced|"
    r"welcomed|denied|warned|described|stated|called|accused|insisted|urged|noted|explained|"
    r"argued|estimated|reported|"
    r"tells|adds|writes|claims|confirms|denies|warns|notes|insists|explains|argues|posts"  # live
)
NAMED_AFTER = re.compile(
    rf"(?:\s+{_POST_NOMINALS})?(?:\s+\([^()\"“”]{{1,25}}\))?"  # "Rep. Jane Roe (D-Calif.)"
    # "Jan Roe of the Institute of X in Krakow said": where the person works, then the verb
    rf"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,;\"“”]{{2,70}}?(?=\s+(?:{_SPEECH})\b))?"
    # an aside of up to three parts: ", commander of 1st Battalion, 5th Group, said"
    rf"(?:,[^,;\"“”]{{2,100}}(?:,[^,;\"“”]{{2,50}}){{0,2}},|,)?\s+(?:has\s+|had\s+|have\s+)?"
    rf"(?:{_SPEECH})\b(?:(?<=told)\s+(?:reporters|journalists))?"
)
# A position stated, then its words: "gave a different account, saying" (a body too).
_POSITION_SAYING = (r"(?:gave|issued|released|published|put\s+out|offered|rejected|disputed|"
                    r"denied|dismissed|accused|blamed|defended|responded|reacted|welcomed|"
                    r"condemned|critici[sz]ed|protested)\b(?:\s+(?!(?:that|who|which)\b)"
                    r"[\w'’.-]+){0,7}?,\s+(?:saying|adding|claiming|insisting|arguing)")
# The subject of a sentence who speaks at the end of its clause: "Jane Roe did not confirm the
# figure but said ...", "Jane Roe (R-Ala.) opened by saying".
_THEN_SAYS = (r"(?:(?!(?:that|who|which|and|or|is|was|were|are)\b)[a-z][\w-]*"
              r"(?:\s+(?!(?:that|who|which)\b)[\w'’.-]+){0,9}?"
              r"(?:\s+by\s+saying|\s+(?:and|but)\s+(?:also\s+)?(?:said|told|added|says))"
              rf"|{_POSITION_SAYING})")
SUBJECT_SAYS_LATER = re.compile(rf"(?:\s+\([^()\"“”]{{1,25}}\))?\s+{_THEN_SAYS}\b")
# What may stand before such a subject: nothing, an introduction ("On Tuesday,"), a title.
_SUBJECT_HEAD = re.compile(r"\s*(?:[A-Z][^,;\"“”]{0,40},\s*)?(?:[A-Z][\w.'’-]*\s+){0,3}")
# "said Jane Roe"; "the agency quoted Jane Roe as saying": the outlet that quotes her is a
# source of its own, so her sourcing starts at her name (group "relay").
NAMED_BEFORE = re.compile(r"\b(?:said|says|according\s+to|(?P<relay>quoted|quoting|cited|"
                          r"citing))\s+$")
# "was reported on Telegram by the head of the regional administration, Jane Roe": the
# passive names its source after "by" (the title between "by" and the name).
NAMED_BY = re.compile(r"\b(?:reported|announced|posted|stated|written|shared|confirmed|said)"
                      r"(?:\s+(?:on|in|via)\s+[\w-]+(?:\s+[\w-]+)?)?\s+$")
# A body named again but bringing new words: a statement, or an assessment of its own.
_NEW_WORDS = re.compile(r"\b(?:statement|assess(?:ed|es))\b")
# A person who speaks only as "he" or "she": named shortly before, not as an object ("killed
# in a strike on Jane Roe's house", "a funeral for John Doe").
_PRONOUN_SAID = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:said|says|told|"
                           r"added|recalled|explained)\b")
_PRONOUN_REACH = 400  # characters: the sentence before, or two
_OBJECT_BEFORE = re.compile(r"\b(?:for|to|of|with|by|against|from|about|on|at|after|killed|"
                            r"named|as)\s+(?:the\s+late\s+)?$")
# "The army said Kassem was responsible": the name opens the reported clause, nobody speaks.
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|did|"
                                r"may|might|must|should|can)\b")
# An institution speaking: a proper name ("The Jordan Armed Forces", "the Romanian Ministry of
# National Defence", "The UK Maritime Trade Operations agency (UKMTO)", "Magen David Adom
# emergency service") or a body in lower case ("Iran's foreign ministry", "the Israeli
# military"), an aside allowed, then a verb with an adverb or two ("at first said").
_NAME_WORD = rf"(?:(?:al-|el-)?{CAP_WORD})"
ORG_SAID_RE = re.compile(
    rf"(?P<who>\b(?=[A-Z]|the\s|al-|el-)"
    # the body's owner: "Armenia's Defense Ministry", "the army's Northern Command"
    rf"(?:(?:[Tt]he\s+[a-z][\w-]*|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?:'s|’s)\s+"
    rf"(?=[A-Z]))?(?:[Tt]he\s+)?(?:(?P<inst>{INSTITUTION})|{_NAME_WORD}"
    rf"(?:(?:\s+(?:of|for|in|on|and)\s+|\s+[–-]\s+|\s+)(?:the\s+)?{_NAME_WORD}){{0,7}}"
    rf"(?:\s+\d{{1,3}}\b)?(?:\s+\([A-Z][\w-]{{1,9}}\))?(?:\s+(?:[a-z][\w-]*\s+)?(?:{BODY}))?"
    # ("Syria Civil Defence (the White Helmets) said": a name known by, in brackets)
    rf"(?:\s+\((?:[A-Z][\w-]{{1,9}}|the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\))?"
    rf"|[Tt]he\s+general\s+staff))"
    # an aside, or what the body does: ", which notifies Congress of such sales,"
    rf"(?:,(?!\s+which\b)[^,;\"“”]{{2,120}},|,\s+which\s+(?:is|was|are|were|made|[a-z]+s)\b"
    rf"[^,;\"“”]{{2,70}},)?\s+(?:has\s+|had\s+|have\s+)?"
    rf"(?:(?:also|later|earlier|previously|first|now|again|initially|separately|subsequently|"
    rf"at\s+first|on\s+[A-Z][a-z]+day)\s+)?"
    rf"(?P<verb>said(?!{_PASSIVE})|{_SPEAKS_NOW}|"
    rf"announced(?!\s+(?:a|an|its|their|his|her|plans?)\b)|confirmed|told|quoted|"
    rf"reported|condemned|claimed|stated|denied|added|disclosed|verified|documented|"
    # a body's stated position or its toll: "Hamas praised what it called", "the ministry
    # initially put the death toll at seven"
    rf"praised|hailed|put\s+(?:the|its)\s+(?:death\s+)?toll\s+at|"
    rf"(?P<assess>assess(?:es|ed))|(?P<saying>{_POSITION_SAYING}))\b{_IN_STATEMENT}"
)
# "the ministry said", "The group said", "a war monitor said", "the hospital says": a body
# named by what it is.
BODY_SAID_RE = re.compile(
    rf"\b(?P<who>[Tt]he\s+(?:{BODY_MOD}\s+){{0,2}}(?P<noun>{BODY}|{_CARE})|[Aa]n?\s+"
    rf"(?:[a-z][\w-]*\s+)?(?:monitor|watchdog|monitoring\s+group|rights\s+group))\s+"
    rf"(?:has\s+|had\s+|have\s+)?(?:also\s+|later\s+|now\s+)?(?:said(?!{_PASSIVE})|{_SPEAKS_NOW}|"
    rf"say|tell|report(?=\s+that\b)|"  # plural: "the police say", "emergency services say"
    rf"announced(?!\s+(?:a|an|its|their)\b)|confirmed|reported|stated|acknowledged|added|"
    rf"disclosed|told|(?P<assess>assess(?:ed|es)))\b{_IN_STATEMENT}"
)
# "The report, published by a think tank, said", "An internal assessment reviewed by the Post
# warns", "Budget documents submitted to Congress request": a document speaking.
_DOC_NOUN = (r"report|assessment|memo(?:randum)?|document|study|analysis|review|audit|cable|"
             r"letter|budget\s+request|dossier|(?:reports|assessments|memos|documents|studies|"
             r"cables|letters|papers)")
_HANDLED = (r"seen|reviewed|obtained|viewed|submitted|sent|released|published|prepared|filed|"
            r"presented|shared|provided|leaked|compiled|issued|circulated|drafted")
_DOC_VERB = (r"said|says|say|found|finds|find|concluded|concludes|conclude|estimated|estimates|"
             r"estimate|shows?|showed|warned|warns|warn|requests?|requested|lists?|listed|"
             r"predicts?|predicted|recommends?|recommended|proposes?|proposed|calls?\s+for|"
             r"called\s+for|describes?|described|states?|stated|notes|noted|puts?|outlines?|"
             r"outlined|(?:is|was)\s+that")  # "the command's initial assessment is that"
DOCUMENT_SAID_RE = re.compile(
    rf"\b(?P<who>(?:[Tt]he|[Aa]n?|[A-Z][\w-]*)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{_DOC_NOUN}))"
    rf"(?:\s+(?:{_HANDLED})\b[^,;\"“”]{{2,60}}?)?(?:,[^,;\"“”]{{3,90}},)?\s+"
    rf"(?:{_DOC_VERB})\b"
)
# People speaking for themselves, unnamed: "Residents said", "two witnesses told AFP",
# "A doctor at the hospital, who declined to be named, said": no officials, no bodies.
_PUBLIC = (
    r"residents?|witness(?:es)?|eyewitness(?:es)?|villagers?|locals|doctors?|medics?|nurses?|"
    r"paramedics?|activists?|survivors?|relatives?|neighbou?rs?|farmers?|shopkeepers?|"
    r"analysts?|experts?|journalists?|fishermen|fisherman|passengers?|drivers?|students?|"
    r"teachers?|(?:aid|humanitarian|relief)\s+workers?|rescuers?"
)
PUBLIC_SAID_RE = re.compile(
    rf"\b(?P<who>(?:(?i:{_COUNT})\s+)?(?:of\s+the\s+)?(?:(?!\d)[\w-]+\s+){{0,2}}?(?i:{_PUBLIC}))"
    rf"(?:\s+(?:at|in|of|from|near)\s+(?:the\s+)?[^,;\"“”]{{2,40}}?)?(?:,[^,;\"“”]{{3,90}},)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?(?:said|say|says|told|described|reported|recalled)\b"
)
# Every verb SAID_RE, ORG_SAID_RE, BODY_SAID_RE, PRESS_SAID_RE and OFFICE_SAID_RE end on: a
# cheap test before them.
_ANY_VERB = re.compile(
    r"\b(?:sa(?:id|ys?)|told|believes?|confirmed|added|stated|noted|caution(?:ed)?|warn(?:ed)?|"
    r"worried|acknowledged|attributed|blamed|estimated?|assess(?:ed)?|expect(?:ed)?|"
    r"fear(?:ed)?|raised|expressed|announced|reported|condemned|claimed|denied|described|"
    r"recalled|found|finds|concluded?s?|shows?|showed|warns|disclosed|assesses|tells|reports?|"
    r"saying|claims|confirms|denies|adds|announces|names?|named|identifie[sd]|verified|documented|"
    r"quoted|praised|hailed|put)\b"
)
# The nouns SAID_RE and PUBLIC_SAID_RE need, to skip sentences without them at once.
_SOURCE_WORD = re.compile(r"(?i)\b(?:officials?|sources?|spokes|diplomats?|officers?|captain|"
                          r"aides?|advis|sergeant|lieutenant|colonel|commanders?|people|person|"
                          r"staffers?)")
_PUBLIC_WORD = re.compile(rf"(?i)\b(?:{_PUBLIC})\b")
# A person's title is no institution: "the Defence Secretary has announced".
_PERSON_TITLE_END = re.compile(
    r"\b(?:Secretary|Minister|President|Commander|General|Chief|Governor|Mayor|Ambassador|"
    r"Director|Chairman|Spokesman|Spokeswoman|Spokesperson|Envoy|Leader|Senator)$"
)
# Subjects that are no institution: "If confirmed", "None reported", "February said".
_NOT_ORG = re.compile(
    r"^(?:It|He|She|They|This|That|We|I|You|Officials|Analysts|Admiral|General|Official|"
    r"Commanders|Officers|Sources|Diplomats|Soldiers|Troops|Residents|Witnesses|Experts|"
    r"Minister|Commander|Spokesman|Spokeswoman|If|None|Nothing|No|Who|What|Which|Once|Unless|"
    r"Although|Though|Yet|But|And|So|Still|Now|Then|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$"
)
# ... but "General" opens the name of a body too: "The General Staff of the Armed Forces".
_GENERAL_BODY = re.compile(r"^(?:[Tt]he\s+)?General\s+(?:Staff|Command|Directorate|Secretariat|"
                           r"Assembly|Authority|Administration|Intelligence|Security)\b")
# The real subject is earlier: "a group calling itself the Islamic Resistance in Iraq claimed".
_NAMED_BY_OTHERS = re.compile(r"\b(?:itself|themselves|known\s+as|called|dubbed)\s+$")
# Words before a name that make it part of a longer phrase: "the commander of the Iraqi
# army's 7th Division said" is the commander speaking, not the division.
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|at|of|from|near|to|on|by|for|with)|"
                                 r"\b[a-z][\w-]*(?:'s|’s)|\b\d+(?:st|nd|rd|th))\s+$")
# ... unless the phrase is a part of a body, which speaks for it: "The armed wing of X, the Y
# Brigades, said", "the media office of the X said".
_PART_OF = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+)?(?:wing|arm|branch|affiliate|"
                      r"faction|office|bureau)\s+of\s+(?:the\s+)?$")


# A document named again: "the review" after "a Navy review obtained by ...".
_DOC_HEAD = r"report|assessment|memo|document|study|analysis|review|audit|cable|letter|dossier"
_CONJUNCTION = re.compile(r"(?:But|And|Or|So|Yet|Then|Now|Still)\s+")
# Nouns that name a source, to tell a later "the official said" it repeats one already counted.
_HEAD_NOUN = re.compile(rf"\b(?:official|source|diplomat|officer|spokes(?:man|woman|person)|"
                        rf"{_DOC_HEAD}|aide|adviser|advisor|staffer|"
                        rf"{BODY}|{_PUBLIC})s?\b", re.I)
_REPEATED = re.compile(rf"^[Tt]he\s+(?:(?:two|three|four|five|same|other)\s+)?"
                       rf"(?P<noun>(?:official|source|diplomat|officer|{_DOC_HEAD}|aide|staffer|"
                       rf"adviser|advisor)s?|{BODY}|{_PUBLIC})$")


# The ship's own company speaking: "The vessel's London-based operator said".
SHIP_FIRM_RE = re.compile(
    r"\b[Tt]he\s+(?:ship|vessel|tanker|carrier|freighter)(?:'s|’s)\s+(?:[\w-]+\s+)?"
    r"(?:manager|owner|operator|charterer)s?(?:,\s+(?P<name>[A-Z][^,;\"“”]{2,60}),)?\s+"
    rf"(?:said|says|confirmed|stated|reported)\b(?:\s+on\s+[A-Z][a-z]+day)?{_IN_STATEMENT}"
)
# The spokesperson of a transcript's heading: "Press briefing by Defence Spokesman Col. X".
_BRIEFING_BY = re.compile(r"\b(?:[Bb]riefing|[Rr]emarks|[Tt]ranscript|[Ii]nterview|"
                          r"[Cc]onference)\b[^.\n\"“”]{0,60}?\bby\s+(?:[A-Z][\w.'’-]*\s+){0,5}$")


def _institution_speaks(text: str, sent_start: int, start: int, who: str) -> bool:
    """Whether ORG_SAID_RE's subject is an institution: not a function word or a month
    ("If confirmed", "February said"), a person's title, two bodies joined, the tail of a
    longer phrase ("of the Iraqi army's 7th Division") or a name someone else goes by."""
    before = text[max(sent_start, start - 20):start]
    return not (_NOT_ORG.match(re.sub(r"^[Tt]he\s+", "", who).split()[0])
                and not _GENERAL_BODY.match(who)
                or _PERSON_TITLE_END.search(who) or re.search(r"\band\s+the\b", who)
                or _PREPOSITION_BEFORE.search(before) and not _PART_OF.search(
                    text, max(sent_start, start - 40), start)
                or _NAMED_BY_OTHERS.search(before))


def _canonical(who: str) -> str:
    name = re.sub(r"^[Tt]he\s+", "", " ".join(who.split()))
    return (known_organization(name) or name).casefold()


_SAYING_TAIL = re.compile(r",\s+\w+$")


def _spoken_end(m: re.Match[str]) -> int:
    """Where a sourcing ends: 'X gave a different account, saying' ends at 'account'."""
    end = m.end()
    tail = _SAYING_TAIL.search(m.string, m.start(), end)
    return tail.start() if tail and m.string[tail.start():end].rstrip().endswith(
        ("saying", "adding", "claiming", "insisting", "arguing")) else end


def _assessed(m: re.Match[str], kind: str) -> str:
    """'AFRICOM now assesses that ...': a body's standing assessment, in the present, is a
    document it holds (a past 'the command assessed' is the body speaking)."""
    return "document" if m.group("assess") == "assesses" and kind == "spokesperson" else kind


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


_AS_REPORTED = re.compile(r"\b[Aa]s\s+$")
# "Reuters first reported the talks": who broke the story, a pointer rather than a source.
_FIRST_REPORTED = re.compile(r"\s+first\s+reported\b")
# "TOKYO - North Korea said": a dateline run into the speaker's name.
_DATELINE_HEAD = re.compile(r"^[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s+[–—-]\s+(?=[A-Z])")


def _headline_says(sent_text: str) -> bool:
    """'Pentagon says second carrier on its way': a headline repeats the story's sourcing."""
    line = sent_text.strip()
    ends = (".", "!", "?", '"', "”", ":", ")", "]")  # "]": a footnote mark ends a sentence
    return len(line.split()) <= 30 and not line.endswith(ends) \
        and re.search(r"\b(?:says?|warns?|claims|reports?|tells|confirms|denies)\b",
                      line) is not None


def extract_attributions(doc: Document, people: PeopleIndex) -> list[Attribution]:
    text = doc.text
    found: list[tuple[int, int, str, int | None]] = []
    named_once: set[str] = set()
    seen_nouns: set[str] = set()  # "official", "ministry": sources already introduced
    said_words: set[str] = set()  # the words of each sourcing counted
    quoted = doc.quoted
    bodies: set[str] = set()  # institutions counted, by their full name
    firms = firm_names(text)
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
    for sent in doc.sentences:
        if _headline_says(sent.text):
            continue
        taken: list[tuple[int, int]] = []
        nested: list[tuple[int, int]] = []  # "citing a military source" inside another span

        def add(start: int, end: int, kind: str, count: int | None,
                taken: list[tuple[int, int]] = taken) -> bool:
            # `taken` is sorted and its spans never overlap, so only the neighbours can
            # (a scan of all of them was quadratic in a sentence of thousands of "said").
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
            seen_nouns.update(singular(n.lower()) for n in _HEAD_NOUN.findall(text[start:end]))
            return True

        def repeated(who: str, end: int = -1) -> bool:
            """'the official said' after 'a U.S. official said': the same source again (but
            'the task force said in a statement' brings a new document, 'the command
            assessed' a new assessment)."""
            words = " ".join(who.split())
            m = _REPEATED.match(words)
            if m and " same " in f" {words.lower()} ":
                return True  # "the same group": said outright
            if not m or singular(m.group("noun").lower()) not in seen_nouns:
                return False
            return end < 0 or not _NEW_WORDS.search(text, max(0, end - 30), end)

        for m in ACCORDING_RE.finditer(text, sent.start, sent.end):
            who = m.group("who").rstrip()
            if who.lower() in ("him", "her", "them", "it"):
                continue  # "According to him": the speaker named before, counted there
            split = _AND_ANOTHER.search(who)
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
            if named:  # "according to the governor" after "Governor Jane Roe": her again
                kind, count = person_kind(named, people), 1
            elif kind == "spokesperson" and analyst_firm(who, firms):
                kind = "other"
            if not repeated(who):
                add(m.start(), m.start("who") + len(who), kind, count)
        accounts = "channel" in sent.text or "account" in sent.text
        for m in CHANNEL_RE.finditer(text, sent.start, sent.end) if accounts else ():
            add(m.start(), m.end(), "spokesperson", 1)
        for m in ACCOUNT_RE.finditer(text, sent.start, sent.end) if accounts else ():
            if people.mention_at(m.start("who"), m.end("who")) is None:  # a person's account
                add(m.start(), m.end(), "spokesperson", 1)  # is theirs, counted with them
        for m in TOLD_BY_RE.finditer(text, sent.start, sent.end) if " by " in sent.text else ():
            kind, count = classify(m.group("who"), people)
            if kind == "anonymous official" and not repeated(m.group("who")):
                add(m.start("who"), m.end(), kind, count)
        for m in IDENTIFIED_RE.finditer(text, sent.start, sent.end):
            name = people.resolve(m.group("name"))  # "identified only as Abu Ahmad"
            if name and name not in named_once:
                named_once.add(name)
                add(m.start(), m.end("name"), person_kind(name, people), 1)
        lo = bisect.bisect_left(people.mentions, (sent.start, -1, ""))
        hi = bisect.bisect_left(people.mentions, (sent.end, -1, ""))
        for start, end, name in people.mentions[lo:hi]:
            if end > sent.end or name in named_once:
                continue
            span = people.titled_span(start, end) or (start, end)
            after = NAMED_AFTER.match(text, span[1], sent.end)
            heading = " by " in sent.text and _BRIEFING_BY.search(
                text, max(sent.start, span[0] - 120), span[0])
            if heading and not after:
                named_once.add(name)
                add(heading.start(), span[1], person_kind(name, people), 1)
            elif after:
                named_once.add(name)  # one named attribution per person: the first
                add(span[0], after.end(), person_kind(name, people), 1)
            elif _SUBJECT_HEAD.fullmatch(text, sent.start, span[0]) and (
                    later := SUBJECT_SAYS_LATER.match(text, span[1], sent.end)):
                named_once.add(name)
                add(span[0], _spoken_end(later), person_kind(name, people), 1)
            elif (by := _passive_by(text, sent.start, span[0])) and \
                    people.mention_at(by.start(), span[0]) is None:
                named_once.add(name)
                end, role_after = _with_role(text, span[1], sent.end)
                add(by.start(), end, person_kind(name, people, role_after), 1)
            elif NAMED_BEFORE.search(text, max(sent.start, span[0] - 20), span[0]) and \
                    not _CLAUSE_VERB_AFTER.match(text, span[1]):
                verb = NAMED_BEFORE.search(text, max(sent.start, span[0] - 20), span[0])
                named_once.add(name)
                end, role_after = _with_role(text, span[1], sent.end)
                kind = person_kind(name, people, role_after)
                add(span[0] if verb.group("relay") else verb.start(),  # type: ignore[union-attr]
                    end, kind, 1)
        low = sent.text.lower()
        pronoun = " he " in low or " she " in low or low.startswith(("he ", "she "))
        for m in _PRONOUN_SAID.finditer(text, sent.start, sent.end) if pronoun else ():
            i = bisect.bisect_left(people.mentions, (m.start(), -1, ""))
            start, end, name = people.mentions[i - 1] if i else (0, 0, "")
            if name and name not in named_once and m.start() - start < _PRONOUN_REACH and not \
                    _OBJECT_BEFORE.search(text, max(0, start - 25), start):
                # "Jane Roe, 46, stood by the gate. ... , she said.": her only sourcing
                named_once.add(name)
                span = people.titled_span(start, end) or (start, end)
                found.append((span[0], span[1], person_kind(name, people), 1))
        for m in OUTLET_RE.finditer(text, sent.start, sent.end):
            if SEEN_BY.search(text, max(sent.start, m.start() - 16), m.start()):
                continue  # "a memo seen by Reuters said": the memo speaks (below)
            if m.group(0).endswith("first reported"):
                continue  # "which Reuters first reported": who broke the story, no source
            add(m.start(), m.end(), "other outlet", None)
        for m in CITING_RE.finditer(text, sent.start, sent.end) if "citing" in sent.text else ():
            who = m.group("who").rstrip()
            kind, count = classify(who, people, m.start("who"))
            if kind != "other" or MONITOR_RE.search(who):
                nested.append((m.start(), m.start("who") + len(who)))
                found.append((m.start(), m.start("who") + len(who), kind, count))
        for m in DATA_RE.finditer(text, sent.start, sent.end):
            owner = OUTLET_IN.match(m.group(0))  # "an AFP count shows": the outlet's own
            add(m.start(), m.end(), "other outlet" if owner else "document", 1)
        said = _ANY_VERB.search(sent.text) is not None  # the patterns below need a verb
        sourced = said and _SOURCE_WORD.search(sent.text) is not None
        for m in SAID_RE.finditer(text, sent.start, sent.end) if sourced else ():
            lead = _CONJUNCTION.match(m.group("who"))
            if lead:  # "But three people familiar with ... said": the count is the source's
                m = SAID_RE.match(text, m.start() + lead.end(), m.end()) or m
            kind, count = classify(m.group("who"), people)
            if kind == "other" or repeated(m.group("who")) or any(
                    s < m.end() and m.start() < e for s, e in nested):
                continue
            role = ROLE_REFERENCE_RE.match(" ".join(m.group("who").split()))
            if role and people.by_role(role.group("role"), m.start()):
                continue  # "the colonel said" after "Col. Jane Doe": she is counted already
            add(m.start(), m.end(), kind, count)
        for m in SAID_SOURCE_RE.finditer(text, sent.start, sent.end) if sourced else ():
            kind, count = classify(m.group("who"), people)
            if kind == "anonymous official":
                add(m.start(), m.end("who"), kind, count)
        commentators = "blogger" in low or "broker" in low or "commentator" in low or \
            "insurer" in low or "underwriter" in low
        for m in COMMENTATOR_SAID_RE.finditer(text, sent.start, sent.end) if said and \
                commentators else ():
            add(m.start(), m.end(), "other", count_of(m.group("who")))
        public = said and _PUBLIC_WORD.search(sent.text) is not None
        for m in PUBLIC_SAID_RE.finditer(text, sent.start, sent.end) if public else ():
            # unnamed members of the public speak for themselves: another source, counted
            # as the text counts them ("Residents said", "two witnesses told AFP")
            add(m.start(), m.end(), "other", count_of(m.group("who")))
        # before the bodies: "the chief of the general staff said" is the chief speaking
        for m in OFFICE_SAID_RE.finditer(text, sent.start, sent.end) if said and \
                _OFFICE_WORD.search(low) else ():
            office_role = (m.group("role") or m.group("head")).split()[-1]
            named = people.by_role(office_role, m.start())  # "the minister" named before
            office = m.group("office")
            if named and office:  # ... holding that office: "the head of the council"
                title = people.by_key[named.casefold()].title.lower()
                named = named if office.split()[-1].lower() in title else None
            if people.mention_at(m.start(), m.end()) is None and not named:
                add(m.start(), m.end(), "spokesperson", 1)
        for m in ORG_SAID_RE.finditer(text, sent.start, sent.end) if said else ():
            who = m.group("who")
            if m.group("verb") == "reported" and (
                    _AS_REPORTED.search(text, max(sent.start, m.start() - 4), m.start()) or
                    _FIRST_REPORTED.match(text, m.end("who"))):
                continue  # "As X reported, ...": a pointer to earlier coverage, no source
            dateline = _DATELINE_HEAD.match(who)
            if dateline:  # the speaker starts after the dateline
                m = ORG_SAID_RE.match(text, m.start() + dateline.end(), sent.end) or m
                who = m.group("who")
            body = _canonical(spelled(who))  # "CENTCOM" after "U.S. Central Command said"
            again = body in bodies and not _NEW_WORDS.search(text, max(0, m.end() - 30), m.end())
            if people.mention_at(m.start(), m.end()) is None and not repeated(who, m.end()) \
                    and not again and _institution_speaks(text, sent.start, m.start(), who):
                # "Syria's state news agency SANA said": the press, described before its name
                press = _PRESS_BEFORE.search(text, max(sent.start, m.start() - 60), m.start())
                kind = "other outlet" if press else org_kind(spelled(who))
                if kind == "spokesperson" and analyst_firm(who, firms):
                    kind = "other"
                if add(press.start() if press else m.start(), _spoken_end(m),
                       _assessed(m, kind), 1):
                    bodies.add(body)
        for m in BODY_SAID_RE.finditer(text, sent.start, sent.end) if said else ():
            if not repeated(m.group("who"), m.end()):
                add(m.start(), m.end(), _assessed(m, org_kind(m.group("who"))), 1)
        for m in PRESS_SAID_RE.finditer(text, sent.start, sent.end) if said and \
                _PRESS_WORD.search(low) else ():
            add(m.start(), m.end(), "other outlet", 1)
        for m in DOCUMENT_SAID_RE.finditer(text, sent.start, sent.end) if _DOC_WORD.search(
                low) else ():
            if not repeated(m.group("who")):
                # "A Reuters report said": the outlet's own reporting; "a memo seen by
                # Reuters said": a document the outlet read
                outlet = (OUTLET_IN.search(m.group("who")) or PRESS_REPORTS.search(
                    m.group("who"))) and not SEEN_BY.search(m.group(0))
                add(m.start(), m.end(), "other outlet" if outlet else "document", 1)
        for m in SHIP_FIRM_RE.finditer(text, sent.start, sent.end) if "'s " in sent.text \
                or "’s " in sent.text else ():
            add(m.start("name") if m.group("name") else m.start(), m.end(), "spokesperson", 1)
        in_statement = _IN_A_STATEMENT.search(text, sent.start, sent.end) if "statement" in \
            sent.text else None
        # the subject stands within a few words of "in a statement": read from there only
        reach = max(sent.start, in_statement.start() - 300) if in_statement else sent.end
        for m in STATEMENT_RE.finditer(text, reach, sent.end) if in_statement else ():
            if not repeated(m.group("who").strip()) and people.mention_at(
                    m.start("who"), m.end("who")) is None:  # a named person: counted above
                add(m.start("who"), m.end(), "spokesperson", 1)
    found.sort()
    return [
        Attribution(id=f"at-{i}", text=re.sub(r"\s*\n\s*", " ", text[s:e]),
                    kind=kind, count=count,  # type: ignore[arg-type]
                    provenance=Provenance(source="src-1", start=s, end=e))
        for i, (s, e, kind, count) in enumerate(found, 1)
    ]
