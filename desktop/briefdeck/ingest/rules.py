"""The boilerplate rule table: one named category, its pattern, the longest line it fits.

A line is tested against the rules in order; the first that matches names its category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

I = re.IGNORECASE  # noqa: E741 - short alias keeps the rule table readable

_AGENCY = (
    r"AFP|AP|Reuters|EPA(?:-EFE)?|Getty Images|Bloomberg|Anadolu(?: Agency)?|Shutterstock"
    r"|Alamy|Sipa(?: USA)?|Xinhua|TASS|ZUMA(?: Press| Wire)?|NurPhoto|Redux|SOPA Images"
    r"|LightRocket|DVIDS|U\.S\. (?:Army|Navy|Air Force|Marine Corps)"
)


@dataclass(frozen=True)
class Rule:
    name: str  # the boilerplate category, in the analyst's words
    pattern: re.Pattern[str]
    max_words: int = 40  # longer lines are reporting, whatever they contain
    in_prose: bool = True  # False: a line that reads as a sentence is not this boilerplate


def _rule(
    name: str, pattern: str, max_words: int = 40, flags: int = I, in_prose: bool = True
) -> Rule:
    return Rule(name, re.compile(pattern, flags), max_words, in_prose)


# fmt: off
RULES: tuple[Rule, ...] = (
    _rule("browser warning", r"\b(?:IE ?\d+|Internet Explorer)\b.*\bnot\b.*\bsupported\b"
          r"|\byour (?:web )?browser\b.*\b(?:not supported|unsupported|out of date|outdated)\b"
          r"|\b(?:enable|turn on|activate)\s+JavaScript\b|\bJavaScript (?:is )?(?:disabled|"
          r"required|turned off)\b|\bupdate your browser\b"
          r"|\bfor an? (?:optimal|better|best) (?:viewing |browsing )?experience\b.*"
          r"\b(?:browser|site|visit|upgrade)\b", 30),
    _rule("app promotion", r"\b(?:download|get|install)\s+(?:the|our)\s+(?:free\s+)?"
          r"(?:[\w&'.-]+\s+){0,4}apps?\b|\bavailable on the App Store\b|\bGoogle Play\b", 25,
          in_prose=False),
    _rule("photo caption or credit", rf"(?:/|\|)\s*(?:{_AGENCY})(?: via Getty Images)?"
          r"(?:\s*/?\s*file)?\s*\)?$|\bvia Getty Images\s*\)?$|\bGetty Images\s*\)?$", 80),
    _rule("photo caption or credit", rf"[.!?)”\"]\s*(?:{_AGENCY}|AP Photo)(?: file)?\s*$", 80,
          0),
    _rule("photo caption or credit", r"\b(?:AP|AFP|REUTERS|Reuters|EPA)(?:\s?Photo)?\s?/\s?"
          r"[A-Z][\w.'-]+", 80, 0),
    _rule("photo caption or credit", r"\((?:photos?|images?|pictures?|photograph)\s+"
          r"(?:by|credit|courtesy)\b[^)]*\)\s*$|^(?:photos?|images?|pictures?|photograph|"
          r"photo credit|credits?|caption|illustration|video)(?:\s+by)?\s*:", 80),
    _rule("photo caption or credit", r"\b(?:Army|Navy|Air Force|Air National Guard|Marine Corps"
          r"|Coast Guard|Space Force|DoD|Department of Defense|Defense Department)\s+"
          r"(?:photo|illustration|graphic|video)\s+(?:by|courtesy)\b|\bcourtesy photo\b", 80),
    _rule("story credits", r"^\(?(?:reporting|additional reporting|editing|writing|compiled|"
          r"produced|research) by\b", 40),
    _rule("other stories", r"^(?:related(?:\s+(?:stories|articles|coverage|content|topics|"
          r"reading|news|links))?|read more|read next|read also|also read|keep reading|more "
          r"(?:stories|coverage|news)|recommended(?:\s+(?:for you|stories|reading|articles|"
          r"videos?))?|trending(?:\s+(?:now|stories|news|topics))?|most (?:popular|read|viewed|"
          r"shared)|popular (?:now|stories)|top stories|latest (?:news|stories|headlines)|"
          r"see also|you (?:may|might) also (?:like|be interested in)|editor'?s picks?|"
          r"don'?t miss|what to read next|watch(?: now| more| next| live)?|up next)\s*(?::.*)?$",
          30),
    _rule("other stories", r"^more (?:from|on|about|in)\s+[\w&' .-]{2,40}(?<![.!?])\s*(?::.*)?$",
          12),
    _rule("tags", r"^(?:tags?|topics?|filed under|categories|category|keywords|subjects?|"
          r"sections?)\s*(?::|$)", 60),
    _rule("correction link", r"\b(?:report|submit|suggest|send)\s+(?:a|an)\s+(?:correction|"
          r"error|typo)\b|\bcorrections? policy\b|^corrections? (?:&|and) clarifications\b|"
          r"^our standards\s*:", 15),
    _rule("copyright", r"^(?:copyright\s*(?:©|\(c\))?\s*\d{4}|\(c\)\s*\d{4})|©|"
          r"\ball rights reserved\b", 30),
    _rule("contact", r"^(?:contact(?: us| the (?:author|writer|reporter|newsroom))?|(?:media|"
          r"press|public affairs) contacts?)(?:\s*:.*)?$|^(?:for (?:more|further) information,? "
          r"(?:please )?(?:contact|follow|visit|call|email)\b|"
          r"for media (?:inquiries|queries|enquiries)\b|got a (?:news )?tip\b|"
          r"send (?:us )?(?:a )?(?:news )?tips?\b|"
          r"email the (?:author|writer|reporter|newsroom)\b)", 25),
    _rule("contact", r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?:tel\.?:?|phone:?)?\s*\+?\d[\d ().-]{7,}"
          r"\d$", 3),
    _rule("newsletter", r"\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b|"
          r"\bnewsletters?\b.{0,40}\b(?:sign up|inbox|subscribe)\b|^newsletters?$|"
          r"\benter your e-?mail(?: address)?\b|\b(?:delivered|straight) to your inbox\b", 30),
    _rule("share buttons", r"^(?:(?:share(?: on| via)?|facebook|twitter|x|e-?mail|print|linkedin|"
          r"whatsapp|reddit|copy link|tweet|pinterest|flipboard|messenger|telegram|threads|"
          r"bluesky|mastodon|comments?|save)(?:[\s,|/•·]+|$)){2,}$", 12),
    _rule("share buttons", r"^follow (?:us|[\w@-]+(?: [\w-]+)?) on (?:x|twitter|facebook|"
          r"instagram|youtube|linkedin|telegram|social media)\b", 25),
    _rule("share buttons", r"^(?:share|share this(?: article| story| page| post| video)?|"
          r"share on \w+|tweet|copy link|link copied|print(?: this (?:article|page|story))?|"
          r"email this (?:article|story|page)|save (?:article|story)|comments?|"
          r"\d+ comments?)\s*:?$", 6),
    _rule("navigation", r"^(?:skip to (?:main )?(?:content|navigation)|skip navigation|main menu|"
          r"menu|search|sign in|log in|sign out|log out|back to top|close|open menu|toggle "
          r"navigation|home(?:page)?|privacy policy|terms of (?:use|service)|terms and conditions"
          r"|about us|careers|site ?map|accessibility|do not sell my (?:personal )?info\w*)$", 6),
    _rule("page id", r"^(?:page|article|story|content|document|doc|post|asset)[\s_-]?id\s*"
          r"[:#=]?\s*[\w-]+$|^[a-z]{1,6}\d{5,}$|^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$|"
          r"^(?:id|ref|reference)\s*[:#]\s*[\w-]+$|^(?:news )?release(?: (?:no|number)\.?)?\s*:?\s*"
          r"[\w-]*\d[\w-]*$", 4),
    _rule("page number", r"^(?:page\s+)?\d{1,4}\s*(?:of|/)\s*\d{1,4}$|^page\s+\d{1,4}$|^-\s*\d{1,4}"
          r"\s*-$", 4),
    _rule("web address", r"^(?:https?://|www\.)\S+(?:\s+\d{1,4}/\d{1,4})?$", 3),
    _rule("advertisement", r"^(?:advertisement|advertising|ads?|sponsored(?: content| links?| "
          r"stories| posts?)?|"
          r"paid (?:content|post)|promoted(?: content)?|partner content|ad feedback|story "
          r"continues below(?: advertisement)?|article continues (?:below|after (?:this )?"
          r"advertisement)|continue reading (?:below|the main story))\s*:?$", 6),
    _rule("cookie banner", r"\b(?:we|this (?:web)?site) uses? cookies\b|\bcookies? (?:policy|"
          r"settings|preferences|notice|consent)\b|\b(?:accept|reject|manage|allow) (?:all |our )?"
          r"cookies\b|\buse of cookies\b", 60),
    _rule("subscribe", r"^(?:subscribe(?: now| today)?|subscribe (?:to|for)\b.*|already a "
          r"subscriber\b.*|become a (?:member|subscriber)\b.*|get (?:unlimited|full) (?:digital "
          r")?access\b.*|support (?:our|independent) journalism\b.*|sign in to (?:continue|read)"
          r"\b.*|(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to) "
          r"subscribers\b.*|subscribers? only\b.*)$", 25),
    _rule("press release furniture", r"^(?:about (?:the )?[A-Z][\w&'.-]*(?: [\w&'.-]+){0,6}|"
          r"for immediate release\b.*|#\s*#\s*#|[-—–]+\s*[\w.-]{1,20}\s*[-—–]+|-?\s*end\s*-?|"
          r"(?:news|press) release)$", 6),
    # "About U.S. Central Command: ..." closes a release with the issuer's standard blurb.
    _rule("press release furniture", r"^about (?:the )?[A-Z][\w&'.-]*(?: [\w&'.-]+){0,6}\s*:\s",
          80),
)
# fmt: on
