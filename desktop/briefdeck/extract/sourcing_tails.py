"""Where a sourcing's words end: the channel, listener and time that belong to its verb.

An analyst reading a highlighted sourcing wants the whole phrase that says who spoke, how and
when: "al-Sudani's office said on Saturday", "said in a Telegram post late on Saturday", "told
reporters on Tuesday", "told the Post", "said in a statement to Fox News Digital", "the task
force said at the time". These adjuncts sit between the verb and the claim; the claim itself
("that its fighters had been hit") is never part of the sourcing. A scan finds the source and
its verb; this pass carries each sourcing on through the adjuncts that follow its last verb of
saying (never past the next sourcing, a quotation mark or the sentence's punctuation).
"""

from __future__ import annotations

import re

from briefdeck.extract.date_ways import DAY_PART, FULL_MONTH, WEEKDAY

# the verb a tail hangs on: the last of these in the sourcing's closing words
_LAST_VERB = re.compile(r"(?s:.*)\b(said|says|told|tells|announced|announces|stated|states|"
                        r"wrote|writes|posted|posts|reported|reports|claimed|claims|confirmed|"
                        r"confirms|added|adds|warned|warns|denied|denies|tweeted|indicated|"
                        r"indicates|noted|declared|explained|acknowledged|insisted|affirmed|"
                        r"revealed|disclosed|admitted|condemned|condemns|published|assessed)\b")

_S = r"(?:[ \t]+\n?|\n)[ \t]*"  # a space or a line's wrap, never a paragraph break
_END = r"(?![\w'’-])"  # a whole word, and no possessive: "said Friday's strike" is the claim
_DAY = WEEKDAY
_MONTH = rf"(?:{FULL_MONTH}|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_PART = DAY_PART
_DATE = (rf"(?:{_DAY}(?:,\s+{_MONTH}\s+\d{{1,2}})?{_PART}|{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
         rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)")
# a clause boundary after a word that could also open the claim ("said earlier strikes ...")
_CLAUSE = r"(?=\s*[,.;:!?\"“(]|\s+(?:that|on|in|at|to|by)\b|\s*$)"
_PLACE = r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?" + _END + _CLAUSE + ")?"

_TIME = re.compile(
    _S + rf"(?:(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?{_DATE}|at\s+the\s+time|"
    rf"(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening)|"
    rf"earlier\s+(?:this|that)\s+(?:week|month|day)|today|yesterday|tonight|overnight|"
    # "claimed responsibility on Telegram the same night", "said the next day"
    rf"the\s+(?:same|next|following)\s+(?:day|night|morning|afternoon|evening|week)|"
    rf"(?:earlier|later|previously){_CLAUSE}){_END}")
_CHANNEL = re.compile(
    _S + r"in\s+(?:(?:a|an|its|his|her|their|the|one)\s+(?:(?:brief|short|separate|joint|"
    r"written|televised|video|text|new|second|third|later|subsequent|follow-up|official|"
    r"emailed|press|news|Telegram|Facebook|X|online|social\s+media)\s+){0,2}(?:statement|post|"
    r"message|interview|briefing|conference|response|answer|reply|letter|email|e-mail|video|"
    r"address|speech|tweet|communiqu[eé]|update|readout|release|bulletin|notice|"
    r"remarks|comments|appearance|broadcast)|(?:remarks|comments))" + _END)
_PLATFORM = re.compile(
    _S + r"(?:on|via)\s+(?:(?:its|his|her|their|the)\s+(?:official\s+)?)?(?:(?:X|Twitter|"
    r"Telegram|Facebook|Instagram|YouTube|WhatsApp|TikTok|NSosyal)(?:\s+(?:channel|account|"
    r"page))?|Truth\s+Social|social\s+media(?:\s+platform\s+[A-Z]\w*)?|state\s+(?:TV|"
    r"television|media|radio)|television|TV|radio|website|channel|account|page)" + _END)
_BY = re.compile(_S + r"by\s+(?:telephone|phone|text\s+message|e-?mail|video\s+link)" + _END)
_AT = re.compile(_S + r"at\s+(?:a|an|the)\s+(?:(?:news|press|security|defen[cs]e|joint)\s+)?"
                 r"(?:conference|briefing|hearing|forum|summit|meeting|ceremony)" + _END + _PLACE)
_ANONYMITY = re.compile(r",\s+(?:speaking|who\s+spoke)\s+on\s+(?:the\s+)?condition\s+of\s+"
                        r"anonymity" + _END)
# who heard it: "told reporters", "told the Post", "told Asharq Al-Awsat by telephone"; a name
# counts only where the claim or another adjunct follows it ("told Iraqi state TV" is no name)
_WORD = r"[A-Z](?:[\w&-]|\.(?=\w))*"  # "C4ISRNET", "U.S." (a full stop inside, never last)
_NAMED = r"(?:the\s+)?" + _WORD + r"(?:\s+" + _WORD + r"){0,3}" + _END + _CLAUSE
_HEARERS = (r"(?:reporters|journalists|the\s+press|the\s+media|(?:a|the)\s+(?:news|press)\s+"
            r"(?:conference|briefing)|state\s+(?:TV|television|media)" + _END + "|" + _NAMED + ")")
_LISTENER = re.compile(_S + _HEARERS + _PLACE)
_TO_LISTENER = re.compile(_S + r"to\s+" + _HEARERS)
# whom a letter went to: "wrote to families last week", "wrote to staff on Monday"
_WROTE_TO = re.compile(_S + r"to\s+(?:(?:the|all|its|his|her|their)\s+)?(?:families|parents|"
                       r"troops|soldiers|staff|employees|members|residents|supporters|donors|"
                       r"volunteers|lawmakers|senators|colleagues|the\s+(?:committee|council|"
                       r"board|editor))" + _END)

# a sourcing that ends on its channel's noun: "... in a Telegram post", "... on X"
_CHANNEL_END = re.compile(r"\b(?:statement|post|message|interview|briefing|conference|video|"
                          r"release|bulletin|Telegram|X|Twitter|Facebook|channel|account)$")

_ADJUNCTS = (_TIME, _CHANNEL, _PLATFORM, _BY, _AT, _ANONYMITY)
# the event a body reported or confirmed, named as no more than that: "UKMTO reported the
# incident at 14:20" (its report of the event, not a claim about it)
_THE_EVENT = re.compile(_S + r"(?:the|an)\s+(?:incident|attack|explosion|event)" + _END)


def tail_end(text: str, start: int, end: int, limit: int) -> int:
    """The end of the sourcing text[start:end] with the adjuncts of its last verb (not past
    `limit`, where the next sourcing begins)."""
    head = text[max(start, end - 80):end]
    verb = _LAST_VERB.match(head)
    if verb is None:
        return end
    pos = end - len(head) + verb.end(1)
    told = verb.group(1) in ("told", "tells")
    if verb.group(1) in ("wrote", "writes") and pos == end:
        wrote_to = _WROTE_TO.match(text, pos, limit)
        pos = wrote_to.end() if wrote_to else pos
    if verb.group(1) in ("reported", "confirmed") and pos == end:
        event = _THE_EVENT.match(text, pos, limit)
        pos = event.end() if event else pos
    channel = False
    if pos < end and _CHANNEL_END.search(text, max(pos, end - 40), end):
        # a scan that already ran through the verb's channel ("claimed the strike in a
        # Telegram post"): the adjuncts after it still belong ("... early Tuesday", "... to
        # the Courier")
        pos, told, channel = end, False, True
    for _ in range(5):
        step = None
        if told:
            step = _LISTENER.match(text, pos, limit)
            told = False
        if step is None and channel:
            step = _TO_LISTENER.match(text, pos, limit)
        channel = False
        if step is None:
            for adjunct in _ADJUNCTS:
                step = adjunct.match(text, pos, limit)
                if step is not None:
                    channel = adjunct is _CHANNEL
                    break
        if step is None:
            break
        pos = step.end()
    return pos if pos > end else end


# A body's assessment of where an attack came from: "the directorate assessed that the UAS were
# launched from the X area". Like a group's claim of its own act, the origin it assessed is
# what the assessment is, and the sourcing runs on to it (the place after "from" stays out).
_ASSESSED_ORIGIN = re.compile(
    r"\s+that\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:launched|fired|flown|sent)\s+from\b"
)


def assessed_origin(text: str, end: int, limit: int) -> int:
    """The end of a sourcing ending on "assessed", run on to the origin it assessed; so too
    an origin told or said ("told reporters after the meeting that the drones were launched
    from"): where the attack came from is the source's own finding."""
    if not text.endswith(("assessed", "assesses"), max(0, end - 8), end) and \
            not text.startswith(" that ", end):
        return end
    m = _ASSESSED_ORIGIN.match(text, end, min(limit, end + 90))
    return m.end() if m else end
