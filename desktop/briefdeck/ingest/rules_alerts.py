"""Boilerplate rules for alerts and mailed notices: a mail system's external-sender banner, a
mailing service's footer (why you got it, do not reply, sent on someone's behalf), the heading
of an alert's standing advice, a contact opener, a story's update notes, a footnote key, an
agency's story code, a bracketed date stamp, follow prompts and a few report labels (document
type, authors heading, a library's standard disclaimer, a site's self-description).
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import BULLETED
from briefdeck.ingest.rules import Rule, _rule

_SENTENCE_END = re.compile(r"[.!?;][\"'”’)]*$")
# The headings over an alert's standing advice (the bullets under them: boilerplate.py).
ADVICE_HEADING = (
    r"^(?:actions to take|recommended actions|(?:safety|security|travel) "
    r"(?:advice|tips|precautions)|what you should do|precautions to take|"
    r"if you (?:still )?(?:decide|choose|plan|intend|must|need) to travel"
    r"(?: to [^:.!?]{2,50})?|"
    # a service notice asking its customers' help: "How to help us", "How you can help"
    r"how (?:to|you can) help(?: us)?|what you can do to help)\s*:?$"
)

# Whom an alert e-mail greets: "Colleagues," "All," "Team,".
_GROUP = (
    r"(?:all|colleagues|team|everyone|everybody|friends|folks|staff|travell?ers|partners|"
    r"clients|members)"
)
_GROUP_HINTS = (
    "all",
    "colleague",
    "team",
    "every",
    "friend",
    "folk",
    "staff",
    "travel",
    "partner",
    "client",
    "member",
)
# "+961 1 000 000", "+44 (0)20 7946 0552": an international number.
_PHONE = r"\+\d{1,3}[ -]?(?:\(\d{1,4}\) ?)?\d{1,4}(?:[ .-]\d{2,4}){1,5}"

# fmt: off
RULES: tuple[Rule, ...] = (
    # "[External Email - use caution with links and attachments]": the mail system's banner.
    _rule("e-mail banner", r"^[\[*(]*\s*(?:external (?:e-?mail|sender|message)|caution\s*:?\s*"
          r"(?:external|this e-?mail (?:originated|came) from outside))\b", 20,
          hints=("external", "caution")),
    # A mailing service's footer: why you got it, that nobody reads replies, who sent it.
    _rule("newsletter", r"^you(?:['’]re| are|['’]ve| have)? (?:receiving|received|been sent) this "
          r"(?:message|e-?mail|alert|notice|notification|update|newsletter|digest)s? because\b|"
          r"^please do not reply to this (?:e-?mail|message)\b|"
          r"^this (?:e-?mail|message) was sent (?:using|by|via|through|from)\b.{0,120}"
          r"\bon behalf of\b", 45,
          hints=("received this", "receiving this", "sent this", "reply", "on behalf of")),
    # "Flag as irrelevant", "See more results | Edit this alert", "RSS Receive this alert as
    # RSS feed": the buttons of a mailed search alert (any alert service), not its results.
    _rule("alert controls", r"^(?:(?:flag|mark) as (?:irrelevant|not relevant|spam)|"
          r"see (?:all|more) results|(?:edit|delete|manage) (?:this|your) alerts?|"
          r"(?:view|see) all (?:your |my )?alerts|create (?:an? |another )?(?:new )?alert)"
          r"(?:\s*[|•·]\s*(?:[\w ]{1,30}))*$|"
          r"^(?:rss\s*)?(?:receive|get|follow|subscribe to) (?:this|these|the) (?:alerts?|results|"
          r"search|digest|feed) (?:as|via|by|in|with) (?:an? )?rss(?: feeds?)?$", 10,
          hints=("relevant", "as spam", "see all", "see more", "alert", "rss")),
    _rule("security advice", ADVICE_HEADING, 14,
          hints=("action", "advice", "tips", "precaution", "should do", "to travel", "help")),
    # "Read the Safety and Security section on the country information page.": an advisory
    # sending its reader to another page of the site.
    _rule("security advice", r"^(?:please )?(?:read|see|visit|review|consult|check) (?:the|our) "
          r"(?:[\w'’&-]+ ){0,6}(?:section|page|web ?page|website)(?: (?:on|of|at|for) "
          r"(?:the |our |this )?(?:[\w'’&-]+ ){0,5}(?:page|web ?page|website|site))?\s*\.?$", 20,
          hints=("section", "page", "website")),
    # "Enroll in the Smart Traveler Enrollment Program (STEP) to receive security updates ...":
    # a travel registration scheme's standing prompt, wherever the alert puts it.
    _rule("security advice", r"^(?:enrol+|register|sign up) (?:in|with|for) (?:the |an? )?"
          r"(?:[\w'’-]+ ){1,6}(?:program|programme|service|scheme|system)(?: \([A-Z]{2,8}\))? "
          r"to (?:receive|get)\b", 50, hints=("enrol", "register", "sign up")),
    # "For further information, please contact: ...": the contact box, run into one line.
    _rule("contact", r"^for (?:further|more|additional) information,? (?:please )?(?:contact|"
          r"call|e-?mail|write to)\b", 60, hints=("information",)),
    # "For questions about this report, contact your account manager.": whom a client asks.
    _rule("contact", r"^for (?:any )?(?:questions|queries|inquiries|enquiries|comments|feedback) "
          r"(?:about|on|regarding|concerning) this (?:report|document|brief|briefing|bulletin|"
          r"product|update|alert|advisory|publication|newsletter),? (?:please )?(?:contact|call|"
          r"e-?mail|write to|reach out to)\b", 40, hints=("this",)),
    # "Update 12/4/26, 11:05 a.m. ET: This article was updated with ...": a note on a revision.
    _rule("update note", r"^(?:update[ds]?|correction|editor['’]s note)\b.{0,40}?: this "
          r"(?:article|story|report|post|piece) (?:was|has been|had been) (?:updated|"
          r"corrected|amended|changed)\b", 45,
          hints=(": this",)),
    # "*Small business": the key to an asterisk in a list of contracts or awards.
    _rule("footnote key", r"^\*{1,2}[A-Z][a-z-]+(?: [a-z-]+){0,4}$", 5, flags=0, hints=("*",)),
    # "MNA/6491032": an agency's code for the story, under it.
    _rule("page id", r"^[A-Z]{2,5}/\d{4,}$", 1, flags=0, hints=("/",)),
    # "[03/December/2026]": a date stamp in brackets, on its own line.
    _rule("time stamp", r"^\[\s*\d{1,2}[/. -](?:\d{1,2}|[A-Za-z]{3,9})[/. -]\d{4}\s*\]$", 3,
          hints=("[",)),
    # "If this message does not display correctly, view it in your browser.": a mailer's link.
    _rule("newsletter", r"^if (?:this|the|you(?:r)?) (?:message|e-?mail|newsletter|alert|issue|"
          r"digest|(?:e-?mail )?(?:is|does)|can(?:no|')t (?:see|read|view))\b.{0,60}\b(?:browser|"
          r"online|web version)\b.{0,20}$", 25, hints=("browser", "online", "web version")),
    # "Manage alert preferences | Unsubscribe": the foot of a mailed alert.
    _rule("newsletter", r"^(?:(?:manage|update|change|edit) (?:your )?(?:[\w-]+ )?(?:preferences|"
          r"subscriptions?|settings)(?:\s*[|•·]\s*(?:unsubscribe|[\w ]{1,30}))*|unsubscribe"
          r"(?:\s*[|•·]\s*[\w ]{1,30})*)\s*$", 10, hints=("preferences", "subscri", "settings")),
    # "Daily Alert Digest | Middle East & North Africa": a mailed product's title and edition.
    _rule("masthead", r"^(?:daily|weekly|monthly|morning|evening|nightly) (?:[\w-]+ ){0,2}"
          r"(?:digest|"
          r"brief|briefing|bulletin|update|summary|round-?up|newsletter|report)\s*[|–—]\s*"
          r"[^.!?]{2,60}$", 12, in_prose=False, hints=("daily", "weekly", "monthly", "morning",
          "evening", "nightly")),
    # "Acme clients can contact the 24/7 Operations Centre on +44 ... or ops@...": whom a
    # subscriber calls, with the number or address.
    _rule("contact", r"^(?:[A-Z][\w&'’.-]* ){0,4}(?:clients|customers|subscribers|members|users)"
          r" (?:can|may|should) (?:contact|call|reach|e-?mail|phone)\b.{0,80}(?:\+?\d[\d ()-]{6,}"
          r"|[\w.+-]+@[\w-]+\.)", 40, hints=("clients", "customers", "subscribers", "members",
          "users")),
    # "Click the alert icon to follow topics:": the page's follow button.
    _rule("subscribe", r"^(?:click|tap) (?:on )?the (?:[\w-]+ ){0,2}(?:icon|button|bell)s? to "
          r"(?:follow|get|receive|subscribe)\b", 16, hints=("icon", "button", "bell")),
    # "Receive essential international news every morning": a newsletter's promise.
    # (An imperative that opens the line: never a reporting sentence, even with its full stop.)
    _rule("newsletter", r"^(?:receive|get) (?:[\w'’-]+ ){0,4}(?:news|headlines|stories|updates|"
          r"analysis)\b(?: [\w'’-]+){0,4} (?:every (?:morning|day|evening|week|weekday)|daily|"
          r"weekly|in your inbox)\s*[.!]?$", 14,
          hints=("every", "daily", "weekly", "inbox")),
    # "Get the Early Bird Brief", "Sign up for our Morning Dispatch": a newsletter box's title.
    _rule("newsletter", r"^(?:get|receive|sign up for|subscribe to) (?:the|our) (?:[\w'’&-]+ ){0,4}"
          r"(?:brief|briefing|newsletter|digest|bulletin|round-?up|dispatch)$", 9,
          hints=("brief", "newsletter", "digest", "bulletin", "round", "dispatch")),
    # "DAILY INTELLIGENCE SUMMARY (INTSUM)", "Weekly Security Report": a report's type,
    # alone on its line at the head of the report.
    _rule("document label", r"^(?:daily|weekly|monthly|fortnightly|morning|evening|nightly) "
          r"(?:[\w-]+ ){0,2}(?:intelligence|security|threat|situation|incident|operations|media) "
          r"(?:summary|report|brief|briefing|update|assessment|digest|round-?up)"
          r"(?:\s*\([A-Z]{2,8}\))?$", 7, in_prose=False,
          hints=("daily", "weekly", "monthly", "fortnightly", "morning", "evening", "nightly")),
    # "Page 1/1   Story Code: ABC X12 | Source: ABC First Word": a terminal's story header.
    _rule("page id", r"^(?:page \d{1,3}\s*/\s*\d{1,3}\s+)?story (?:code|id|no\.?|number)\s*:\s*"
          r"[\w .-]{2,30}(?:\|\s*source\s*:\s*[\w .&-]{1,40})?$", 14,
          hints=("story code", "story id", "story no", "story number")),
    # "Research Briefing", "Policy Brief": a report's type over its number and title.
    _rule("document label", r"^(?:research|policy|issue|debate) (?:briefing|brief|paper|pack)$",
          3, hints=("brief", "paper", "pack")),
    # "Contributing Authors": the heading over the report's authors and their teams.
    _rule("author bio", r"^(?:contributing authors?|about the authors?)\s*:?$", 3,
          hints=("author",)),
    # A research library's standing disclaimer: what its briefings are not, and no liability.
    # A circular's or report's own: "Neither the LMA nor the Committee accepts any
    # responsibility or liability for any loss arising from reliance on it." (A party that
    # "accepts no responsibility for the attack" is news: the loss or reliance makes it a
    # publisher's disclaimer.)
    _rule("disclaimer", r"\bdoes not intend the information\b|\bshould not rely (?:up)?on it "
          r"as (?:legal|professional)\b|\b(?:do|does) not accept any liability\b|"
          r"\b(?:accepts?|assumes?) (?:any|no) (?:legal )?(?:responsibility|liability)(?: or "
          r"(?:responsibility|liability))? for any (?:loss|damage|errors?)\b[^.]{0,60}"
          r"\b(?:reliance|arising|resulting|use)\b", 90,
          hints=("not intend", "not rely", "liability", "responsibility")),
    # "Example.com, the online edition of ...": the site describing itself in the footer.
    _rule("publisher blurb", r"^[\w-]+\.(?:com|net|org|co\.[a-z]{2}|[a-z]{2}),? (?:is )?the "
          r"(?:online|digital|internet|web|english(?:-language)?) (?:edition|version|home|site) "
          r"of\b", 30, hints=("edition", "version", "home", "site")),
    # An SMS alert service's lines round each text: "Reply STOP to opt out. Msg & data rates may
    # apply.", its delivery counter "Delivered 46/46 | Replies 31", the list it went to
    # ("Recipients: 46 staff on the traveller list"): how the alert was sent, not what it says.
    _rule("alert controls", r"^(?:text |reply )?stop to (?:opt[- ]out|unsubscribe|end|cancel)\b"
          r"[^\n]{0,80}$|^msg (?:&|and) data rates may apply\.?$|(?:^|[.!]\s+)msg (?:&|and) "
          r"data rates may apply\.?$", 20, hints=("stop to", "data rates")),
    _rule("alert controls", r"^delivered\s*:?\s*\d{1,6}\s*/\s*\d{1,6}(?:\s*[|·,]\s*(?:replies|"
          r"responses|read|failed|opened)\s*:?\s*\d{1,6})*$|^recipients\s*:\s*\d{1,6} "
          r"[^\n]{0,80}$", 16, hints=("delivered", "recipients")),
    # "Colleagues,", "Dear all,", "Hi team,": a message's greeting to a group, alone on its
    # line, as an alert e-mail or a circular opens (a letter to a person is letter.py's).
    _rule("greeting", rf"^(?:(?:dear|hi|hello),? )?{_GROUP}\s*,$|^dear {_GROUP}\s*[:!]?$", 3,
          hints=_GROUP_HINTS),
    # "Lebanon Security Desk | +961 1 000 000 (24/7)": a sender's name and its international
    # number, nothing more; the signature closing an alert e-mail (a name over its phone, or
    # labelled phones, are rules_handling's and rules_sites').
    _rule("signature", rf"^[A-Z][\w.&'’-]*(?: [\w.&'’-]+){{0,6}} [|•·–—-] {_PHONE}"
          r"(?: \((?:24/7|24 ?h(?:ours|rs)?|[\w ]{1,20})\))?"
          r"(?: [|•·] [\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$", 14, flags=0, hints=("+",)),
)
# fmt: on


# The verbs that open a line of standing advice (a Word list loses its bullets in the text).
_ADVICE_OPENERS = frozenset(
    "do don't avoid monitor review keep notify enroll enrol register have be stay seek follow "
    "carry report contact remain consider exercise shelter take check make maintain limit "
    "reconsider ensure leave depart call use heed comply if".split()
)
# "Baghdad International Airport", "Tahrir Square": a site named in an advice line makes it
# this alert's own news (where the danger is), not the standing advice every alert repeats.
_NAMED_SITE = re.compile(
    r"\b[A-Z][\w'’-]+ (?:[A-Z][\w'’-]+ ){0,3}(?:Airport|Air ?[Bb]ase|Base|"
    r"Zone|Street|Road|Bridge|Square|Crossing|Checkpoint|Camp)\b"
)


def advice_lines(lines: list, start: int, flags: dict[int, str]) -> list[int]:
    """The lines of the advice list that opens at lines[start] (under 'Actions to Take:'):
    bulleted, or plain lines that open with an imperative, each a short paragraph; a line
    that names a particular site stays out of the list's flag."""
    out: list[int] = []
    for j in range(start, len(lines)):
        line = lines[j]
        if j in flags:  # a line some rule already took
            continue
        if line.words > 50:
            break
        if not BULLETED.match(line.text):
            first = line.text.split(None, 1)[0].lower().rstrip(",:")
            if first not in _ADVICE_OPENERS:
                break
        if not _NAMED_SITE.search(line.text):
            out.append(j)
    return out


_SUBSCRIBED_TO = re.compile(r"\bsubscribed to (?:the )?(?P<name>[^.!?]{2,40}?)\s*[.!]?$", re.I)
_EDITION = re.compile(
    r"^(?:daily|weekly|monthly|hourly|as-it-happens|real-time) (?:update|digest|"
    r"alert)s?\b",
    re.I,
)


def flag_alert_head(lines: list, flags: dict[int, str], first_prose: int) -> None:
    """A mailed search alert's head (call when its buttons were found): the service's name at
    the top, named again in the footer's 'subscribed to X' line, and the alert's search words,
    the line over its edition ('Daily update ⋅ 3 May 2026')."""
    names = {
        m.group("name").casefold()
        for i, rule in flags.items()
        if rule == "newsletter"
        for m in [_SUBSCRIBED_TO.search(lines[i].text)]
        if m
    }
    for i in range(min(first_prose, len(lines))):
        line = lines[i]
        if i in flags or line.words > 12:
            continue
        if line.text.casefold() in names:
            flags[i] = "masthead"
        elif (
            i + 1 < len(lines)
            and _EDITION.match(lines[i + 1].text)
            and (i == 0 or flags.get(i - 1) == "masthead")
            and not _SENTENCE_END.search(line.text)
        ):
            flags[i] = "alert query"
