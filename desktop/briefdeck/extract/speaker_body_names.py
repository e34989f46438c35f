"""How a text names the body that speaks when the name sits among other words: owned by
another body ("the Iraqi government's Joint Operations Command"), described then named ("A
Tehran-backed coalition, the Popular Front,"), named then described ("UNIFIL, the UN force in
southern Lebanon,"), renamed as a wing of another ("the armed wing of X, the Y Brigades"), or
named after its kind ("Syria's state news agency SANA").

The speaker is the body named, not its owner, a place in its description or the common noun;
a press office or a government's media speaks as itself ("the SDF media centre",
"Pyongyang's state media").
"""

from __future__ import annotations

import re

# A body named after the body that owns it: "the Iraqi government's Joint Operations Command".
OWNED_NAME = re.compile(r"(?:'s|’s)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?"
                        r"[A-Z][\w'’.-]*){1,5})\s*$")


# A body named again by the last word of its name: "The Cell", "the Directorate".
THE_SHORT_NAME = re.compile(r"^[Tt]he\s+([A-Z][a-z]{2,})$")


# A government's press by its owner: "Pyongyang's state media", "Iran's state-run television".
OWNERS_MEDIA = re.compile(r"(?:(?:Later|Earlier|Then|Meanwhile|Separately|Also|But|And|Now|"
                          r"Yet),?\s+)?"  # (a sentence's opening adverb is no owner)
                          r"(?P<media>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'s|’s)\s+"
                          r"(?:official\s+)?(?:state(?:-run|-owned)?\s+)?(?:media|television|"
                          r"TV|radio))(?:\s+(?:had|has|have|also|later|then|again))*$")


# A body's press office: "the SDF media centre", "the army's media office".
PRESS_OFFICE = re.compile(r"(?P<body>(?!The\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)?\s+"
                          r"(?P<office>media\s+(?:cent(?:re|er)|office)|press\s+office)\b")


# A body followed by its name: "Syria's state news agency SANA", "the ministry's outlet X".
NAMED_AFTER_BODY = re.compile(r"\b(?:agency|ministry|military|army|broadcaster|channel|"
                              r"service)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")


# A body described by its relation to another, then named: "the armed wing of X, the Y".
# ("Al Qaeda's Sahel affiliate, Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a name with
# its particles and initials)
RENAMED = re.compile(r"^(?:[Tt]he|[Ii]ts|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:'s|’s))\s+"
                     r"(?:[\w-]+\s+)?"
                     r"(?:wing|arm|branch|affiliate|faction|unit)\b[^,]{0,40},\s+(?:the\s+)?"
                     r"(?P<name>(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|wal|wa|bin|ibn)-?)?"
                     r"[A-Z][\w'’-]*){0,4})(?:\s+\((?P<short>[A-Z][\w-]{1,8})\))?[\s,]*$")


# A body described, then named: "A Tehran-backed coalition, the Popular Front," - the name
# set after the description speaks.
DESCRIBED_THEN_NAMED = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w-]+,\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|in|for|the|al|el)\s+)?[A-Z][\w'’-]*){0,6})[\s,]*$")


# A body named, then described: "UNIFIL, the UN force in southern Lebanon," - the name speaks,
# not a place or body in its description.
NAME_THEN_DESCRIBED = re.compile(
    r"^(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.&-]*){0,5}),"
    r"\s+(?:the|a|an)\s+(?P<what>[^,]{3,120})$")


# ... described in common words ("the UN force in ..."), not renamed ("Petra, the General
# Command of the JAF": the second name is the speaker)
COMMON_WORD = re.compile(r"\b(?!(?:of|the|and|in|for|on|at|to)\b)[a-z][a-z-]{2,}\b")


NOT_NAMED = re.compile(r"(?i)^(?:on|in|at|after|before|last|this|monday|tuesday|wednesday|"
                       r"thursday|friday|saturday|sunday|meanwhile|however|later|earlier)\b")
