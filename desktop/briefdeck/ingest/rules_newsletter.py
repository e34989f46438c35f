"""Boilerplate rules for e-mail newsletters and the notes around a story sent by mail.

A newsletter wraps its items in furniture of its own: a greeting, a table of contents, the
newsletter's description of itself, sponsors' notices ending in a call to action, a sign-off
and the sender's postal address. Each is recognised by the shape of the whole line.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NO_QUOTE = r"(?![^\"“”]*[\"“”])(?!.*\b(?:said|says|told)\b)"  # a quoted greeting is reporting
# A call to action as a sentence of its own, closing a paragraph: "... Learn more."
_CALL_TO_ACTION = (
    r"(?:learn more|read (?:it |more )?now|download (?:it |now|here)|register (?:here|now|today)"
    r"|find out more|(?:sign up|rsvp|get your tickets?) (?:here|now|today)|request a demo)"
)
_STREET = (
    r"(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Way|Drive|Dr|Place|Pl|Lane|Ln|Court|Ct"
    r"|Square|Sq|Parkway|Pkwy|Highway|Hwy|Plaza|Suite)"
)
_POSTCODE = r"(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|\d{4,5})"

# fmt: off
RULES: tuple[Rule, ...] = (
    # "Good morning and happy Tuesday. Here's what we're following." at the top of an issue.
    _rule("newsletter", rf"^{_NO_QUOTE}(?:good (?:morning|afternoon|evening)|happy {_DAY}|"
          r"(?:hello|hi|greetings),? (?:everyone|all|readers|there|and welcome)|welcome back)\b"
          r".{0,140}$", 30, hints=("good ", "happy ", "hello", "hi", "greetings", "welcome back")),
    _rule("newsletter", r"^here(?:'s|’s| is) (?:what|the news) (?:we're|we’re|we are) "
          r"(?:watching|following|tracking|reading)\b.{0,60}$", 15, hints=("here",)),
    # A newsletter's description of itself: "Welcome to The Morning Wire, our daily digest ..."
    _rule("newsletter", r"^welcome to (?:the |this )?[A-Z][\w'’&.-]*(?: [A-Z&][\w'’&.-]*){0,4}"
          r"[,:]? .{0,80}\b(?:newsletter|briefing|digest|bulletin|round-?up|dispatch)\b",
          90, hints=("welcome to",)),
    # "In this issue:" over the contents; a digest's or report's bare "Contents".
    _rule("contents", r"^(?:in (?:this|today's|today’s) (?:issue|edition|newsletter|briefing|"
          r"brief|summary|digest|bulletin|report|update)|inside (?:this|today's|today’s) "
          r"(?:issue|edition)|also in this issue|"
          r"today's (?:top )?(?:items|stories|headlines)|on the agenda today|(?:table of )?"
          r"contents|summary of contents)\s*:?$", 6,
          hints=("issue", "edition", "newsletter", "brief", "today", "contents", "summary",
                 "digest", "bulletin", "report", "update")),
    # "SPONSOR MESSAGE", "A message from our sponsor", "Presented by": a sponsor's notice.
    _rule("advertisement", r"^(?:(?:a )?(?:sponsor(?:ed)?|partner) (?:message|content|"
          r"spotlight)|(?:a )?message from (?:our |this (?:issue's|week's) )?(?:sponsors?|"
          r"partners?)|from our (?:sponsors?|partners?)|today's sponsor|this issue is sponsored "
          r"by\b.{0,60})\s*:?$", 10, hints=("sponsor", "partner")),
    # A promotional paragraph ending in its own call to action: "... See how. Learn more."
    _rule("advertisement", rf"[.!?]\s+{_CALL_TO_ACTION}\s*[.!]?$", 60,
          hints=("learn more", "read", "download", "register", "find out", "sign up", "rsvp",
                 "tickets", "demo")),
    # "That's it for today. See you tomorrow!": the sign-off.
    _rule("newsletter", rf"^{_NO_QUOTE}(?:that(?:'s|’s| is) (?:it|all|a wrap)(?: for (?:today|"
          r"now|this (?:week|issue|edition)))?[.!]|see you (?:tomorrow|next week|on \w+day|" + _DAY
          + r")|until (?:tomorrow|next time|next week)|have a (?:great|good) (?:day|weekend|week))"
          r"(?!\w).{0,80}$", 15, hints=("that", "see you", "until", "have a")),
    # The sender's postal address: "Ledger Media, 12 Harbor St., Portland, ME 04101".
    # (the sender may be a department and its bureau: "Dept. of X - Bureau of Y, 12 ...")
    _rule("postal address", rf"^(?:[A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|the|and|for|[-–—]))"
          rf"{{0,10}}, )?\d{{1,6}} "
          rf"(?:[A-Z0-9][\w.'’-]*\.? ){{1,5}}{_STREET}\.?(?: [NS][EW]\.?)?,?(?: [^,]{{2,40}},)"
          rf"{{0,3}} {_POSTCODE}(?:,? [A-Z][\w. ]{{1,30}})?$", 24, in_prose=False, flags=0,
          hints=tuple(s.lower() for s in ("Ave", "St", "Rd", "Blvd", "Way", "Dr", "Pl", "Ln",
                                          "Ct", "Sq", "Pkwy", "Hwy", "Plaza", "Suite"))),
    # A unit or family-group newsletter's standing disclaimer ("The X is an unofficial
    # publication of ... Contents are not necessarily the official views of ... the Army.")
    # and its advice on casualty notification ("the Army will never notify a family of a death
    # ... by text message or social media."): how the paper and the news come, not the news.
    _rule("disclaimer", r"\bis an? unofficial publication\b|\bnot necessarily (?:the )?official "
          r"views of\b|\b(?:will|would|does) never (?:notify|inform|contact)\b.{0,120}"
          r"\b(?:text messages?|social media|e-?mail)\b", 60,
          hints=("unofficial publication", "official views", "never notify", "never inform",
                 "never contact")),
    # A student or campus paper's standing disclaimer: "The X is a student publication. Its
    # content does not reflect the official views of the Academy ...". The paper says what it
    # is and disowns official views in one line; a story names who disowns what.
    _rule("disclaimer", r"\bis an? (?:student|cadet|campus|student-run|cadet-run|unofficial|"
          r"independent) (?:publication|newspaper|magazine|newsletter)\b.{0,200}?\bnot "
          r"(?:necessarily )?(?:reflect|represent)\b|^(?:its |the )?(?:content|contents|views|"
          r"opinions)(?: (?:expressed|published))?(?: (?:in|of) (?:this|the) (?:[\w-]+ ){0,2}"
          r"(?:publication|newspaper|paper|magazine|newsletter|site))? (?:do|does) not "
          r"(?:necessarily )?(?:reflect|represent) the official (?:views?|positions?|polic(?:y|"
          r"ies)) of\b", 80, hints=("not reflect", "not represent", "not necessarily")),
    # A hotline's dialling instruction under its name: "Dial 988, then press 1".
    _rule("contact", r"^(?:dial|call|text)\s+\d{3,}(?:,? (?:then )?press \d)?\.?$", 6,
          hints=("dial", "call", "text")),
    # An agency's wire code on a line of its own: "4471**2093".
    _rule("page id", r"^\d{2,}\*{1,3}\d{2,}$", 1, hints=("*",)),
)
# fmt: on
