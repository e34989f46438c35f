"""Boilerplate rules for alerts and mailed notices: a mail system's external-sender banner, a
mailing service's footer (why you got it, do not reply, sent on someone's behalf), the heading
of an alert's standing advice, a contact opener, a story's update notes, a footnote key, an
agency's story code, a bracketed date stamp, follow prompts and a few report labels (document
type, authors heading, a library's standard disclaimer, a site's self-description).
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# The headings over an alert's standing advice (the bullets under them: boilerplate.py).
ADVICE_HEADING = (r"^(?:actions to take|recommended actions|(?:safety|security|travel) "
                  r"(?:advice|tips|precautions)|what you should do|precautions to take)\s*:?$")

# fmt: off
RULES: tuple[Rule, ...] = (
    # "[External Email - use caution with links and attachments]": the mail system's banner.
    _rule("e-mail banner", r"^[\[*(]*\s*(?:external (?:e-?mail|sender|message)|caution\s*:?\s*"
          r"(?:external|this e-?mail (?:originated|came) from outside))\b", 20,
          hints=("external", "caution")),
    # A mailing service's footer: why you got it, that nobody reads replies, who sent it.
    _rule("newsletter", r"^you(?:'re| are) receiving this (?:message|e-?mail|alert|notice|"
          r"notification|update)s? because\b|^please do not reply to this (?:e-?mail|message)\b|"
          r"^this (?:e-?mail|message) was sent (?:using|by|via|through|from)\b.{0,120}"
          r"\bon behalf of\b", 45, hints=("receiving", "reply", "on behalf of")),
    _rule("security advice", ADVICE_HEADING, 5,
          hints=("action", "advice", "tips", "precaution", "should do")),
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
    _rule("newsletter", r"^(?:receive|get) (?:[\w'’-]+ ){0,4}(?:news|headlines|stories|updates|"
          r"analysis)\b(?: [\w'’-]+){0,4} (?:every (?:morning|day|evening|week|weekday)|daily|"
          r"weekly|in your inbox)\s*[.!]?$", 14, in_prose=False,
          hints=("every", "daily", "weekly", "inbox")),
    # "Research Briefing", "Policy Brief": a report's type over its number and title.
    _rule("document label", r"^(?:research|policy|issue|debate) (?:briefing|brief|paper|pack)$",
          3, hints=("brief", "paper", "pack")),
    # "Contributing Authors": the heading over the report's authors and their teams.
    _rule("author bio", r"^(?:contributing authors?|about the authors?)\s*:?$", 3,
          hints=("author",)),
    # A research library's standing disclaimer: what its briefings are not, and no liability.
    _rule("disclaimer", r"\bdoes not intend the information\b|\bshould not rely (?:up)?on it "
          r"as (?:legal|professional)\b|\b(?:do|does) not accept any liability\b", 90,
          hints=("not intend", "not rely", "liability")),
    # "Example.com, the online edition of ...": the site describing itself in the footer.
    _rule("publisher blurb", r"^[\w-]+\.(?:com|net|org|co\.[a-z]{2}|[a-z]{2}),? (?:is )?the "
          r"(?:online|digital|internet|web|english(?:-language)?) (?:edition|version|home|site) "
          r"of\b", 30, hints=("edition", "version", "home", "site")),
)
# fmt: on
