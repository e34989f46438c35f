"""Named people speaking: what follows a name that makes it a source ("Jane Roe, commander
of X, said", "Jane Roe did not confirm the figure but said"), what comes before one ("said
Jane Roe", "quoted Jane Roe as saying", "Briefing by Spokesman Col. X"), and a "he said"
that needs the person named shortly before. named_speakers.py reads the report with them."""

from __future__ import annotations

import re

from briefdeck.extract.person_patterns import POST_NOMINALS

_SPEECH = (
    r"said|says|told|wrote|added|claimed|acknowledged|posted|tweeted|confirmed|condemned|announced|"
    r"welcomed|critici[sz]ed|denied|warned|described|stated|called|accused|insisted|urged|"
    r"noted|explained|"
    # a witness's account at a hearing: "Mr. Roe testified that" (not "Roe testified, and")
    r"(?:testified|testifies)(?=\s+that\b)|"
    r"proffer(?:ed|s)|"  # a lawyer's account to a court in a hearing: "AUSA Roe proffered that"
    r"argued|estimated|reported|listed(?!\s+as\b)|"  # "X, head of Y, listed the casualties"
    # thanks or praise in the speaker's own quoted words: 'X thanked the unit for a "smooth" ...'
    r"(?:thanked|praised|commended|hailed)(?=[^.;\"“”]{0,120}[\"“])|"
    r"tells|adds|writes|claims|confirms|denies|warns|notes|insists|explains|argues|posts|"  # live
    # a request made in writing: "asked the ministry in a letter", "urged ... in a letter"
    r"(?:asked|urged|pressed)(?=[^.;\"“”]{0,60}?\bin\s+an?\s+(?:[\w-]+\s+)?letter\b)|"
    # a count a person gives, as a body does: "the spokesman had put the weekly figure at nine"
    r"put\s+(?:the|its|his|her|their)\s+(?:(?:death|final|overall|total|weekly|daily|latest|"
    r"official)\s+)?(?:toll|figure|number|count|tally)\s+at|"
    # words given plainly: "put it to us this way:", "put it bluntly"
    r"put\s+it(?:\s+to\s+(?:us|me|reporters|[A-Z][\w.-]*))?\s+(?:this\s+way|like\s+this|"
    r"(?:more\s+)?(?:bluntly|simply|plainly|succinctly))"
)
NAMED_AFTER = re.compile(
    rf"(?:\s+{POST_NOMINALS})?(?:\s+\([^()\"“”]{{1,25}}\))?"  # "Rep. Jane Roe (D-Calif.)"
    # "Jan Roe of the Institute of X in Krakow said": where the person works, then the verb
    rf"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,;\"“”]{{2,70}}?(?=\s+(?:{_SPEECH})\b))?"
    # an aside of up to three parts: ", commander of 1st Battalion, 5th Group, said"
    rf"(?:,[^,;\"“”]{{2,100}}(?:,[^,;\"“”]{{2,50}}){{0,2}},|,)?\s+(?:has\s+|had\s+|have\s+)?"
    rf"(?:{_SPEECH})\b(?:(?<=told)\s+(?:reporters|journalists|state\s+(?:media|television|TV)|"
    rf"(?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|"
    rf"Satur|Sun)day\b)?)?"  # "told Reuters on Monday"
    # where it was said: "said in a statement", "condemned the attack in a post on X"
    # ("said in the same answer": a parliamentary answer named before)
    rf"(?:(?:\s+the\s+[a-z]+)?\s+in\s+(?:an?|the\s+same)\s+(?:(?:phone|telephone|televised|written|"
    rf"brief)\s+)?(?:interview|statement|post(?:\s+on\s+(?:X|Telegram|Facebook))?|speech|"
    rf"address|briefing|message|readout|answer|reply)\b)?"
    # when or where it was said: "said after the briefing", 'posted the message on X'
    rf"(?:\s+after\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+)?(?:briefing|meeting|hearing|"
    rf"session|call|talks|vote)\b|(?<=posted)\s+(?:the|a|this|that|his|her|their)\s+"
    rf"(?:message|post|video|statement|comments?|photos?)(?:\s+on\s+(?:X|Telegram|Facebook|"
    rf"Instagram|YouTube|social\s+media)\b)?)?"
)
# A position stated, then its words: "gave a different account, saying" (a body too).
POSITION_SAYING = (r"(?:gave|issued|released|published|put\s+out|offered|rejected|disputed|"
                   r"denied|dismissed|accused|blamed|defended|responded|reacted|welcomed|"
                   r"condemned|critici[sz]ed|protested|warned)\b(?:\s+(?!(?:that|who|which)\b)"
                   r"[\w'’.-]+){0,7}?,\s+(?:saying|adding|claiming|insisting|arguing)")
# The subject of a sentence who speaks at the end of its clause: "Jane Roe did not confirm the
# figure but said ...", "Jane Roe (R-Ala.) opened by saying".
_THEN_SAYS = (r"(?:(?!(?:that|who|which|and|or|is|was|were|are)\b)[a-z][\w-]*"
              # (an aside may sit between: "declined to give numbers, citing security, but said")
              r"(?:,?\s+(?!(?:that|who|which)\b)[\w'’.-]+){0,11}?,?"
              r"(?:\s+by\s+saying|\s+(?:and|but)\s+(?:also\s+)?(?:said|told|added|says))"
              rf"|{POSITION_SAYING})")
SUBJECT_SAYS_LATER = re.compile(rf"(?:\s+\([^()\"“”]{{1,25}}\))?\s+{_THEN_SAYS}\b")
# What may stand before such a subject: nothing, an introduction ("On Tuesday,"), a title.
SUBJECT_HEAD = re.compile(r"\s*(?:[A-Z][^,;\"“”]{0,40},\s*)?(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3})"
                          # "Army spokesman Col. X": the post is part of the sourcing
                          r"(?P<post>(?:press\s+)?spokes(?:man|woman|person)\s+)?")
# "said Jane Roe", '"...," wrote Jane Roe'; "the agency quoted Jane Roe as saying": the outlet
# that quotes her is a source of its own, so her sourcing starts at her name (group "relay").
NAMED_BEFORE = re.compile(r"\b(?:said|says|wrote|writes|added|adds|according\s+to|"
                          r"(?P<relay>quoted|quoting|cited|citing))\s+$")
# "was reported on Telegram by the head of the regional administration, Jane Roe": the
# passive names its source after "by" (the title between "by" and the name).
NAMED_BY = re.compile(r"\b(?:reported|announced|posted|stated|written|shared|confirmed|said)"
                      r"(?:\s+(?:on|in|via)\s+[\w-]+(?:\s+[\w-]+)?)?\s+$")

# A person who speaks only as "he" or "she": named shortly before, not as an object ("killed
# in a strike on Jane Roe's house", "a funeral for John Doe").
PRONOUN_SAID = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:said|says|told|"
                           r"added|recalled|explained)\b")
PRONOUN_REACH = 400  # characters: the sentence before, or two
OBJECT_BEFORE = re.compile(r"\b(?:for|to|of|with|by|against|from|about|on|at|after|killed|"
                            r"named|as)\s+(?:the\s+late\s+)?$")
# "The army said Kassem was responsible": the name opens the reported clause, nobody speaks.
CLAUSE_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|did|"
                                r"may|might|must|should|can)\b")

# The spokesperson of a transcript's heading: "Press briefing by Defence Spokesman Col. X".
# ("a statement read by the spokesman, Brig. Gen. X": X's words; "held ... by Press and Public
# Relations Advisor X": an office of several words before the rank)
BRIEFING_BY = re.compile(r"\b(?:(?:[Bb]riefing|[Rr]emarks|[Tt]ranscript|[Ii]nterview|"
                         r"[Cc]onference)\b[^.\n\"“”]{0,80}?|[Ss]tatement\s+(?:read(?:\s+out)?|"
                         r"delivered|signed|given)\s+)\bby\s+(?:(?:[A-Z][\w.'’-]*|and)\s+){0,6}$")
