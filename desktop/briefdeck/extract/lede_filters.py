"""Lines a reader never takes for the news or for what comes next.

- Colour: a sentence that only places people or things in the room ("The President was seated
  by the fireplace with the Secretary standing behind the couch", "A map was on an easel near
  the desk") sets the scene; the news is what was said or done there.
- A title line: a line in title case with no closing mark ("Parts Recovered from Drones Used in
  Attack on Erbil Air Base", "Department of the Army FY 2027 Budget Amendment") names the
  document or is its sub-headline; the news is in the first sentence that follows.
- The writer's own plan: a subjectless "will send ..." or "I will update ..." is the
  mailing's housekeeping, not what the report expects to happen.
"""

from __future__ import annotations

import re

# Who sits, stands or is shown where: the verbs of staging, and the furniture of a room.
# (not "standing by", "stood by its decision", "leaning on Baghdad": those are stances)
_STAGING = re.compile(r"(?<![\w-])(?:(?:seated|sitting|sat|perched)\s+(?:by|beside|behind|"
                      r"next\s+to|at|near|on|in\s+front\s+of|to\s+his|to\s+her)|"
                      r"(?:standing|stood)\s+(?:beside|behind|next\s+to|in\s+front\s+of|"
                      r"to\s+his|to\s+her)|flanked\s+by)\b")
_FURNITURE = re.compile(r"\b(?:fireplace|couch|sofa|easel|podium|lectern|dais|rostrum|mantel|"
                        r"armchairs?|Resolute\s+Desk|bookshelf)\b")
# What makes a sentence news whatever its setting: a count, speech, harm, an action of force.
_NEWS = re.compile(r"\b(?:said|says|told|announced|confirmed|claimed|denied|warned|ordered|"
                   r"signed|struck|strikes?|hit|attack\w*|fired|launched|shot|intercept\w*|"
                   r"kill\w*|wound\w*|injur\w*|dead|died|destroyed|arrested|charged)\b|\d",
                   re.I)


def tells_news(words: str) -> bool:
    """Someone said or did something of force (a count alone is no news: "carried by INA at
    15:02")."""
    return any(not m.group().isdigit() for m in _NEWS.finditer(words))


def room_colour(words: str) -> bool:
    """A sentence that only tells who sat or stood where, or what stood in the room."""
    return (_FURNITURE.search(words) is not None or _STAGING.search(words) is not None) \
        and _NEWS.search(words) is None


# The small words a title leaves in lower case.
_TITLE_SMALL = frozenset("a an and as at but by for from in into of on or over per than the "
                         "to up upon via vs with".split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_line(words: str) -> bool:
    """A line in title case with no closing mark: a title or sub-headline, not a sentence."""
    words = words.strip()
    if not words or words[-1] in ".!?\"”’':;":
        return False
    found = _WORD.findall(words)
    capital = sum(1 for w in found if w[0].isupper())
    return capital >= 4 and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in found)


# "will send in a separate report", "we'll update", "Pool will follow up": the writer's plan
# for the mailing (a clause with no subject of its own, or the writer as subject).
_PLAN_VERB = (r"(?:send|update|follow|circulate|forward|share|pass|file|report\s+back|advise|"
              r"keep\s+you)\b")
# ("we will send" is left: a government's "We will send additional batteries" is its plan)
_WRITERS_PLAN = re.compile(r"(?:^|[;:]\s*)will\s+" + _PLAN_VERB + r"|\b(?:I|pool|"
                           r"your\s+pooler|the\s+pool)(?:\s+will|'ll|’ll)\s+" + _PLAN_VERB,
                           re.I)


def writers_plan(clause: str) -> str:
    """The clause without the writer's own plan for the mailing (from it to the sentence's
    end); the clause unchanged when it has none."""
    m = _WRITERS_PLAN.search(clause)
    return clause[: m.start()] if m else clause


# - A label before the words: a portion mark ("(C) ", "(U//FOUO) ") and a section's or a
#   form's label ("SUMMARY: ", "Summary of the event: ", "Answer: ", "COMMENT: ") head the
#   sentence without being part of it.
PORTION_MARK = re.compile(r"\((?:U|C|S|TS|SBU|CUI|FOUO|NF)(?://?[A-Z ,]{1,20})?\)\s+(?=\S)")
LABEL = re.compile(r"(?:Summary(?:\s+of\s+(?:the\s+)?(?:event|events|incident|situation))?|"
                   r"SUMMARY|Answer|ANSWER|Response|Comment|COMMENT|Bottom\s+line|"
                   r"BOTTOM\s+LINE|BLUF|Update|UPDATE|Assessment|ASSESSMENT|Background|"
                   r"Key\s+(?:points|judgments?)|The\s+latest|Latest)\s*:\s+(?=\S)")


def unlabelled(text: str) -> str:
    """The words without a portion mark or a label at their head (each once, in that order)."""
    m = PORTION_MARK.match(text)
    if m:
        text = text[m.end():]
    m = LABEL.match(text)
    return text[m.end():] if m else text


# - A headline with no verb ("72 hours on the Euphrates", "Fewer boots, bigger bills",
#   "Force protection and the threat from drones") names the story; it does not tell it.
#   A verb: a word in -s, -ed or -ing, or a common verb, not right after a number, an article,
#   a preposition or a comparative ("72 hours", "the threat", "from drones", "bigger bills").
_HEAD_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_VERBS = frozenset("hit hits is are was were be been will would can could may might must "
                   "kill kills shoot shot down face faces say says warn warns put set cut quit "
                   "leave leaves keep keeps take takes make makes win wins lose lost".split())
_NOT_BEFORE_VERB = frozenset("a an the this that these those its their his her our your "
                             "of in on at to for from with by into over after under about "
                             "fewer more less most many few some all no every each".split())

# After a plural noun: a preposition ("Attacks on", "Strikes in") or a comma or the end.
# ("Beirut suburbs strikes and rocket fire": a plural noun joined to another noun by "and")
_PLURAL_NOUN = re.compile(r"\s+(?:on|in|at|against|near|across|of)\b|\s*,|\s*$|"
                          r"(?:\s+[a-z]{3,}s)?\s+and\s+(?:[a-z]+\s+)?(?:fire|attacks?|strikes?|raids?|clashes)\b")


def has_verb(headline: str) -> bool:
    words = _HEAD_WORD.findall(headline)
    for i, w in enumerate(words):
        low = w.lower()
        if i and (words[i - 1].lower() in _NOT_BEFORE_VERB or words[i - 1].endswith("er")):
            continue
        if re.search(rf"\d\s+{re.escape(w)}\b", headline):
            continue  # "72 hours": a count's noun
        if low in _VERBS:
            return True
        if (w[:1].islower() or i == 0) and len(low) > 3 and \
                low.endswith(("s", "ed", "ing")) and not low.endswith(("ss", "us", "is")):
            if low.endswith("s") and _PLURAL_NOUN.match(headline, headline.find(w) + len(w)):
                continue  # "Attacks on US ... positions, Iraq": a plural noun, not a verb
            return True
    return False


# - A résumé: the answer to "What is your understanding of the duties ..." or "What
#   qualifications ..." tells what the post is, not what is happening.
RESUME_QUESTION = re.compile(r"\b(?:duties|functions|qualifications|qualify|background|"
                             r"experience|biography)\b", re.I)

# - Sourcing the writer would never drop: a claim resting on unnamed officials says so
#   ("according to three U.S. defense officials", "two Iraqi officials said").
ANONYMOUS = re.compile(r"\b(?:officials?|sources?|diplomats?|people\s+familiar|"
                       r"spokes(?:man|woman|person)\s+who)\b")
NAMED_PERSON = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")


# - The writer's own scene: a lede in the outlet's voice ("when the first pictures reached us")
#   that tells no act of force and no speech sets the scene; the news follows it.
# ("Video sent to us from ...", "We could not independently confirm where ...": a channel's
# clip and its caveat)
_WRITER_VOICE = re.compile(r"\b(?:reached|reaching|joined|joins|told|showed|sent)\s+(?:to\s+)?"
                           r"us\b|(?:^|\s)(?:we|We)\s+(?:arrived|saw|watched|reached|met|drove|"
                           r"flew|found|(?:could|can)(?:\s+not|not|n['’]t)\s+(?:yet\s+)?"
                           r"(?:independently\s+)?(?:confirm|verify))\b")


def writers_scene(words: str) -> bool:
    return _WRITER_VOICE.search(words) is not None and not tells_news(words)


# - A superseded expectation: a recovery told ("expected to return to duty") before a later
#   update on the casualties ("A late update: the Pentagon now says four were hurt ... one
#   has been flown to Germany") is no longer what the report expects.
RECOVERY = re.compile(r"\b(?:return(?:ed)?\s+to\s+duty|released\s+from\s+(?:the\s+)?"
                      r"hospital|expected\s+to\s+(?:make\s+a\s+full\s+)?recover)", re.I)
LATE_UPDATE = re.compile(r"\b(?:[Aa]\s+late\s+update|UPDATE|[Uu]pdated?:|now\s+says?|"
                         r"[Cc]orrection)\b")


# A newscast's hand-offs: "We begin tonight in western Iraq, where ...", "Our top story ...",
# "Turning now to ...", "Back now with more on ...": the anchor frames the story; the news is
# in the sentence that follows.
_ANCHOR_LEAD_IN = re.compile(
    r"(?:>+\s*)?(?:We(?:'re|’re| are)?\s+(?:begin|start|beginning|starting|open|lead\s+off)\w*"
    r"(?:\s+(?:tonight|today|this\s+(?:morning|evening|afternoon|hour|half\s+hour)))?"
    r"\s+(?:in|with|on|at)\b|Our\s+top\s+story\b|(?:Tonight|Today)['’]s\s+top\s+story\b|"
    r"Turning\s+(?:now\s+)?to\b|Back\s+now\s+(?:with|to)\b|First\s+tonight\b)")


def anchor_lead_in(words: str) -> bool:
    """An anchor's lead-in to a story, not the story's news."""
    return _ANCHOR_LEAD_IN.match(words.lstrip()) is not None
