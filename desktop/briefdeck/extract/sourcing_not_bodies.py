"""Subjects that read like a body speaking but are not one: a person's title ("the Defence
Secretary has announced"), a pronoun or a day ("February said", a digest's "17 Nov said"), a
name inside a longer phrase ("the commander of the army's 7th Division said" is the
commander). Kept apart from the bodies' own shapes because they are checked on what comes
before a match."""

from __future__ import annotations

import re

# A person's title is no institution: "the Defence Secretary has announced".
PERSON_TITLE_END = re.compile(
    r"\b(?:Secretary|Minister|President|Commander|General|Chief|Governor|Mayor|Ambassador|"
    r"Director|Chairman|Spokesman|Spokeswoman|Spokesperson|Envoy|Leader|Senator|"
    # a ship's officers report to the master, whose statement is first-hand: "The Chief
    # Officer first reported", "The Chief Engineer reports"
    r"(?:Chief|First|Second|Third)\s+(?:Officer|Engineer|Mate))$"
)
# Subjects that are no institution: "If confirmed", "None reported", "February said".
NOT_ORG = re.compile(
    r"^(?:It|He|She|They|This|That|We|I|You|Officials|Analysts|Admiral|General|Official|"
    r"Commanders|Officers|Sources|Diplomats|Soldiers|Troops|Residents|Witnesses|Experts|"
    r"Minister|Commander|Spokesman|Spokeswoman|If|None|Nothing|No|Who|What|Which|Once|Unless|"
    r"Nobody|Somebody|Someone|Anyone|Anybody|Everyone|Everybody|"  # "Nobody has claimed"
    r"Although|Though|Yet|But|And|So|Still|Now|Then|"
    # a page's own parts and a news slug's ship: "Lead now says", "Vessel reports blast"
    r"Lead|Infobox|Caption|Headline|Vessel|Ship|"
    # a log's terse cells: a watchkeeper, an event or debris is the subject, no body
    # ("Lookout reported a light", "Attack reported to UKMTO", "Debris assessed as"), a
    # commit message's "Also adds", a rule's "Operators also reported" (a trade, no body)
    r"Also|Lookouts?|Attacks?|Debris|Wreckage|Operators|"
    # a determiner or adjective before a plural noun read as a verb: "Such claims", "Initial
    # reports put", "Other reports say"
    r"Such|Initial|Early|Earlier|Later|Similar|Other|Further|Many|Some|Most|These|Those|Both|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    # (a month's short name, with or without its stop: a digest's "SDF 17 Nov said")
    r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)$"
)
# ... but "General" opens the name of a body too: "The General Staff of the Armed Forces".
GENERAL_BODY = re.compile(r"^(?:[Tt]he\s+)?General\s+(?:Staff|Command|Directorate|Secretariat|"
                           r"Assembly|Authority|Administration|Intelligence|Security)\b")
# The real subject is earlier: "a group calling itself the Islamic Resistance in Iraq claimed".
NAMED_BY_OTHERS = re.compile(r"\b(?:itself|themselves|known\s+as|called|dubbed)\s+$")
# Words before a name that make it part of a longer phrase: "the commander of the Iraqi
# army's 7th Division said" is the commander speaking, not the division.
# (an owner in the possessive only after a preposition: "the Iraqi government's Joint
# Operations Command said" is the command speaking; "a faction within the X denied" is
# not X speaking)
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|at|of|from|near|to|on|by|for|with|within|inside|"
                                 r"among|off|outside|along|across|over|beyond|towards?)|"
                                 r"\b(?:in|at|of|from|near|to|on|by|for|with)\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?:'s|’s)|"
                                 r"\b\d+(?:st|nd|rd|th))\s+$")
# ... unless the phrase is a part of a body, which speaks for it: "The armed wing of X, the Y
# Brigades, said", "the media office of the X said".
PART_OF = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+)?(?:wing|arm|branch|affiliate|"
                      r"faction|office|bureau)\s+of\s+(?:the\s+)?$")
