"""Words around a speaker that are not the speaker, cut off before the speaker is read.

Attributions carry more than who spoke: a sentence adverb ("Meanwhile the spokesman"), a time
("the army now says", ", on Saturday morning,"), why a source is unnamed (", speaking on
condition of anonymity,"), a participle's clause before the subject ("Speaking to reporters,"),
a speech's address to the chair ("Mr. President,"), or a whole reported clause before the body
that closes the sentence (", the U.S. Navy said"). Read as the speaker, these name a day, a
place or a thing said; these shapes find them so the resolver can set them aside.
"""

from __future__ import annotations

import re

from briefdeck.extract.quote_patterns import DATE_RUN

# A clause with its own finite verb ("An airman was hurt"): no subject of what follows.
FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|did)\b")
# ... or five words and more with two in lower case ("Four rockets struck near the depot"),
# no name with its description ("The Syrian Democratic Forces, the Kurdish-led ...").
CLAUSE_NOT_NAME = re.compile(r"^\s*(?=(?:\S+\s+){4})(?=(?:.*?\b(?!(?:of|the|for|and|in)\b)"
                             r"[a-z][\w-]*){2})")


# "The first statement, released early Monday,": the statement, its aside set apart.
ISSUED_ASIDE = re.compile(r",\s+(?:released|issued|posted|published|sent|dated|put\s+out)\b"
                          r"[^,]*,?\s*$")


# What was sent out, then its sending: "A second alert was sent at 6am saying": the alert.
SENT_OUT = re.compile(r"\s+(?:was|were)\s+(?:sent|issued|posted|published|released|broadcast)"
                      r"\b.*$")


# A reported clause, then the body that said it, after its last comma: ", the U.S. Navy".
CLOSING_ATTRIBUTION = re.compile(r",\s+(?P<who>[Tt]he\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)"
                                 r"\s*$")


# A sentence adverb before the subject with no comma, as translations write it.
# (a conjunction opening the sentence too: "And the UN force, UNIFIL, said": the force)
LEADING_ADVERB = re.compile(r"(?:Meanwhile|Separately|Similarly|Also|Additionally|And|But)\s+"
                            r"(?=\S)")


# A participle's clause opening the subject, to its last comma: "co-signed by X, ", "asked about
# the attack, " (or before a described subject: "Taking the floor, the delegate of X").
PARTICIPLE_LEAD = re.compile(r"\s*(?:(?:In|On|At)\s+[^,\"“”]{1,40},\s+)?"
                             r"[A-Za-z][\w-]*(?:ed\s+(?:by|about|with)|ing)\b[^,\"“”]{0,90},\s+"
                             r"(?=[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*$|"
                             r"(?:the|a|an)\s+[^,\"“”]{2,60}$)")


# Why an unnamed source is not named, set off by commas after them: "a US official, speaking on
# condition of anonymity, said" (the official speaks, not the aside).
ANON_ASIDE = re.compile(r",\s+(?:speaking|who\s+(?:spoke|asked|requested|declined)|declining)\b"
                        r"[^,]{0,80},?\s*$")


TRAILING_ADVERB = re.compile(r"(?<=\w)\s+(?:now|also|later|then|again|initially|previously|"
                             r"subsequently|separately|further|too|repeatedly)\s*$")


# A relative clause with a subject of its own: ", which Washington" (says ...).
RELATIVE_SUBJECT = re.compile(r",\s+(?:which|whom|where)\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z]"
                              r"[\w'’.-]*){0,3})\s*$")


# Owners named in a relative clause just before the verb: "the camp now sits beside a base
# whose new masters have promised": the owners speak, not the camp the sentence opens with.
WHOSE_SUBJECT = re.compile(r"\bwhose\s+(?P<who>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)"
                           r"(?:\s+(?:have|has|had|also|now|then))*\s*$")


# A digest's date between subject and verb: "The envoy's office 24 Nov warned".
TRAILING_DATE = re.compile(rf"(?<=\w)\s+(?:on\s+)?(?:\d{{1,2}}\s+{DATE_RUN.pattern}|"
                           rf"{DATE_RUN.pattern}\s+\d{{1,2}}|{DATE_RUN.pattern})\s*$")


# A time set off by commas before the verb: ", on Saturday morning,", ", late on 9 October,".
WHEN_ASIDE = re.compile(r",\s+(?:on|late|early|last|this|in\s+the)\s+(?:on\s+)?"
                        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|"
                        r"(?:morning|evening|night|afternoon|week|month))\b[\w\s]{0,12},?\s*$")


# A speech's address to the chair, and a time after it: "Mr. President, last month ...".
VOCATIVE = re.compile(r"(?:M(?:r|adam|adame|s)\.?\s+(?:President|Speaker|Chair(?:man|woman)?)"
                      r"\s*,\s*)(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|"
                      r"yesterday\s+|today\s+)?")


# A time opening the subject: "On Friday it said", "Late on 9 May the army said". A time is
# never who speaks; the words after it are the subject.
LEADING_TIME = re.compile(rf"(?:(?:Late|Early|Later)\s+)?(?:[Oo]n|[Bb]y)\s+(?:\d{{1,2}}\s+)?"
                          rf"(?:{DATE_RUN.pattern})(?:\s+\d{{1,2}})?(?:\s+(?:morning|afternoon|"
                          rf"evening|night))?,?\s+(?=\S)")


# A group counted, in lower case, maybe with a who-clause on where they live or work: "Two
# guards who live in the town told us", "Several drivers said". The group speaks, not a capital
# in its clause (the town) nor its count ("Two").
# ("A group of X-aligned militias claimed": the militias, their side's capital and all)
_COUNTED_GROUP = re.compile(r"(?:[Aa]\s+(?:group|number|handful|coalition)\s+of\s+"
                            r"(?P<of>(?:[A-Z][\w-]*-[a-z]+\s+|[a-z][\w-]*\s+){0,3}[a-z][\w-]*s)"
                            r"|(?P<group>(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|"
                            r"[Ss]ome|[Mm]any|\d{1,2})\s+(?!of\b)(?:[a-z][\w-]*\s+){0,3}"
                            r"[a-z][\w-]*))(?:\s+who\s+[^,\"“”]*)?\s*")


def counted_group(who: str) -> str:
    """The counted group that is the whole of who ("Two guards who live in X"), or ''."""
    m = _COUNTED_GROUP.fullmatch(who)
    return (m.group("group") or m.group("of")) if m else ""
