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
    # Every match holds one of these (lower case): a cheap test that spares the pattern's
    # search through every line of a long article. Empty: always search.
    hints: tuple[str, ...] = ()


def _rule(
    name: str,
    pattern: str,
    max_words: int = 40,
    flags: int = I,
    in_prose: bool = True,
    hints: tuple[str, ...] = (),
) -> Rule:
    return Rule(name, re.compile(pattern, flags), max_words, in_prose, hints)


# fmt: off
RULES: tuple[Rule, ...] = (
    _rule("browser warning", r"\b(?:IE ?\d+|Internet Explorer)\b.*\bnot\b.*\bsupported\b"
          r"|\byour (?:web )?browser\b.*\b(?:not supported|unsupported|out of date|outdated)\b"
          r"|\b(?:enable|turn on|activate)\s+JavaScript\b|\bJavaScript (?:is )?(?:disabled|"
          r"required|turned off)\b|\bupdate your browser\b"
          r"|\bfor an? (?:optimal|better|best) (?:viewing |browsing )?experience\b.*"
          r"\b(?:browser|site|visit|upgrade)\b", 30,
          hints=("supported", "browser", "javascript", "experience")),
    # "Watch Rudaw TV live", "Listen live", "Live TV": the site's stream, not the story.
    _rule("app promotion", r"^(?:(?:watch|listen(?:\s+to)?|stream)\s+(?:[\w&'.-]+\s+){0,3}?"
          r"(?:live|now)|live\s+(?:tv|radio|stream)|(?:tv|radio)\s+live)\s*[.!]?$", 6),
    _rule("app promotion", r"\b(?:download|get|install)\s+(?:the|our)\s+(?:free\s+)?"
          r"(?:[\w&'.-]+\s+){0,4}apps?\b|\bavailable on the App Store\b|\bGoogle Play\b", 25,
          in_prose=False, hints=("app", "google play")),
    # "Download Ledger News app and ...": the imperative opens the line, the outlet named bare.
    _rule("app promotion", r"^(?i:download|get|install)\s+(?:[A-Z][\w&'’.-]*\s+){1,4}(?:mobile\s+)?"
          r"apps?\b", 25, flags=0, in_prose=False, hints=("app",)),
    # "Type to search", "Search...": the search box's placeholder.
    _rule("navigation", r"^(?:(?:type|enter|start typing)(?: here)?(?: (?:and press enter|and hit "
          r"enter))? to search|enter (?:a )?(?:search term|keywords?)s?|search(?: (?:this site|"
          r"the site|news|articles|stories))?\s*(?:\.{3}|…))\s*[.…]*$", 8,
          hints=("search",)),
    _rule("photo caption or credit", rf"(?:/|\|)\s*(?:{_AGENCY})(?: via Getty Images)?"
          r"(?:\s*/?\s*file)?\s*\)?$|\bvia Getty Images\s*\)?$|\bGetty Images\s*\)?$", 80,
          hints=("/", "|", "getty")),
    _rule("photo caption or credit", rf"[.!?)”\"]\s*(?:{_AGENCY}|AP Photo)(?: file)?\s*$", 80,
          0),
    _rule("photo caption or credit", r"\b(?:AP|AFP|REUTERS|Reuters|EPA)(?:\s?Photo)?\s?/\s?"
          r"[A-Z][\w.'-]+", 80, 0, hints=("/",)),
    # "(Navy photo by Jo Ames)" closing a caption, perhaps with the picture's id after it.
    _rule("photo caption or credit", r"\((?:[\w.'’-]+\s+){0,6}(?:photos?|images?|pictures?|"
          r"photograph|illustration|video)\s+(?:by|credit|courtesy)\b[^)]*\)"
          r"(?:\s*\([^()]{1,60}\))?\s*$|^(?:photos?|images?|pictures?|photograph|"
          r"photo credit|credits?|caption|illustration|video|chart|graphic|infographic)"
          r"(?:\s+by)?\s*:", 80,
          hints=("(", ":")),  # every match holds a bracket or a colon
    _rule("photo caption or credit", r"\b(?:Army|Navy|Air Force|National Guard|Marine Corps"
          r"|Coast Guard|Space Force|DoD|Department of Defense|Defense Department)\s+"
          r"(?:photo|illustration|graphic|video)\s+(?:by|courtesy)\b|\bcourtesy photo\b", 80,
          hints=("photo", "illustration", "graphic", "video")),
    # "(Reporting by Jo Ames; Editing by Li Wei)": not "Produced by the Pentagon, the report
    # says ...", unless it names only people or lists a second credit.
    _rule("story credits", r"^\(?(?:reporting|additional reporting|editing|writing|compiled|"
          r"produced|research) by\b", 40, in_prose=False),
    _rule("story credits", r"^\(?(?:reporting|additional reporting|editing|writing|compiled|"
          r"produced|research) by (?:[^;]{1,80};\s*(?:additional )?(?:reporting|editing|writing|"
          r"compiled|produced|research|graphics|photos?) by\b|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)"
          r"{0,3}(?:,? (?:and )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*(?: (?:in|from) "
          r"[A-Z][\w .,'’-]{1,40})?[.)]*$)", 40, 0),
    # "Maps by Jo Ames. Contributors: Li Wei.": who drew and helped, a credit, not a fact.
    _rule("story credits", r"^(?:maps?|graphics?|charts?|data|design|visuals?)"
          r"(?:\s+and\s+\w+)?\s+by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
          r"(?:(?:,|,? and)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*\.?"
          r"(?:\s+(?:contributors?|additional\s+reporting|research)\s*(?::|by)\s*[^.]{2,80}\.?)?$"
          r"|^contributors?\s*:\s*[A-Z][^.]{2,80}\.?$", 20),
    # "Key Takeaways" over a brief's bullet list: a heading, no fact.
    _rule("section heading", r"^(?:key (?:takeaways|points|judge?ments|findings|developments)"
          r"|main points|at a glance|in brief|in summary|the bottom line)\s*:?$", 4),
    _rule("other stories", r"^(?:related(?:\s+(?:stories|articles|coverage|content|topics|"
          r"reading|news|links|units|videos|images|galleries|pages|posts|releases|announcements|"
          r"updates|publications|products|research|alerts|advisories|notices|"
          r"press releases|transcripts|speeches|briefings|statements|reports|podcasts))?|"
          r"read more|read next|(?:next|previous|prev) (?:story|article|post)|"
          r"read also|also read|keep reading|more "
          r"(?:stories|coverage|news|announcements|press releases)|"
          r"recommended(?:\s+(?:for you|stories|reading|articles|"
          r"videos?))?|trending(?:\s+(?:now|stories|news|topics))?|most (?:popular|read|viewed|"
          r"shared)|popular (?:now|stories)|top stories|latest (?:news|stories|headlines)|"
          r"see also|you (?:may|might) also (?:like|be interested in)|editor'?s picks?|"
          r"don'?t miss|what to read next|watch(?: now| more| next| live)?|up next|now playing|"
          r"popular|"
          r"most (?:popular|read|viewed|shared|watched|commented) (?:in|on|from|this|today|now)"
          r"(?: [\w&'.-]+){0,3}|what'?s (?:hot|popular|trending)|more top stories|in case you "
          r"missed it|around the web|more to explore|explore more|more like this|more on this "
          r"story|you may have missed|want to (?:read|see|know) more\??|"
          r"elsewhere on [\w&' .-]{2,30}|"
          r"(?:the )?latest)\s*(?::.*)?$",
          30),
    _rule("other stories", r"^more (?:from|on|about|in)\s+[\w&' .-]{2,40}(?<![.!?])\s*(?::.*)?$",
          12),
    _rule("tags", r"^(?:tags?|topics?|filed under|categories|category|keywords|subjects?|"
          r"sections?|(?:explore|see|read|find) more (?:on|about) (?:these|this|the) (?:topics?|"
          r"subjects?)|see more on|related topics|more on these topics|explore the topics?|"
          r"suggested topics)\s*(?::|$)", 60),
    _rule("correction link", r"\b(?:report|submit|suggest|send)\s+(?:a|an)\s+(?:correction|"
          r"error|typo)\b|\bcorrections? policy\b|^corrections? (?:&|and) clarifications\b|"
          r"^our standards\s*:", 15, hints=("correction", "error", "typo", "standards")),
    # "If you spot a mistake, highlight it and press Ctrl+Enter": the site's error form.
    _rule("correction link", r"\bctrl\s*\+\s*enter\b|^if you (?:notice|spot|find|see) (?:an? )?"
          r"(?:error|mistake|typo|inaccuracy)\b.{0,80}\b(?:let us know|report|tell|contact|"
          r"editors?|press|select|highlight)\b", 30, hints=("ctrl", "error", "mistake", "typo")),
    _rule("copyright", r"^(?:copyright\s*(?:©|\(c\))?\s*\d{4}|\(c\)\s*\d{4})|©|"
          r"\ball rights reserved\b", 30, hints=("copyright", "(c)", "©", "rights reserved")),
    _rule("contact", r"^(?:contact(?: us| the (?:author|writer|reporter|newsroom))?|(?:media|"
          r"press|public affairs) contacts?)(?:\s*:.*)?$|^(?:for (?:more|further) information,? "
          r"(?:please )?(?:(?:media|journalists|reporters|news media) (?:may|can|should) )?"
          r"(?:contact|follow|visit|call|email)\b|"
          r"for media (?:inquiries|queries|enquiries)\b|got a (?:news )?tip\b|"
          r"send (?:us )?(?:a )?(?:news )?tips?\b|"
          r"email the (?:author|writer|reporter|newsroom)\b)", 25),
    # A bare number is a phone, unless it is a date ("2025-02-03", "03.02.2025").
    _rule("contact", r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?!\d{4}-\d{2}-\d{2}$|\d{1,2}[./-]\d{1,2}"
          r"[./-]\d{2,4}$)(?:tel\.?:?|phone:?)?\s*\+?\d[\d ().-]{7,}\d$", 3),
    _rule("newsletter", r"\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b|"
          r"\bnewsletters?\b.{0,40}\b(?:sign up|inbox|subscribe)\b|^newsletters?$|"
          r"\benter your e-?mail(?: address)?\b|\b(?:delivered|straight) to your inbox\b", 30,
          hints=("newsletter", "email", "e-mail", "inbox")),
    _rule("newsletter", r"^sign up(?: now| today| here| for free)?[.!]?$|^privacy notice$|"
          r"^(?:your )?e-?mail(?: address)?\s*\*?:?$|^(?:thank you|thanks) for (?:signing up|"
          r"subscribing)\b|^(?:you can )?unsubscribe at any time\b|"
          r"^by (?:signing up|subscribing|registering|submitting)\b.{0,120}\b(?:agree|consent|"
          r"acknowledge|terms|privacy)\b|^thanks? (?:you )?for reading(?:[.!]\s*.{0,60})?$|"
          r"^sign up\b.{0,100}\b(?:e-?mails?|inbox|newsletters?|briefings?|updates|alerts|"
          r"digest)\b|^(?:get|receive|join)\b.{0,60}\b(?:newsletters?|(?:daily|morning|evening|"
          r"weekly) (?:briefing|email)|(?:news )?round-?up|digest)\b.{0,40}$|"
          r"^(?:the |our )?[\w'’&-]+(?: [\w'’&-]+){0,3} newsletter$|"
          # "Get a head start on the morning's top stories.": the pitch under its name
          r"^(?:get|start your day with|catch up on|stay on top of)\b.{0,50}\b(?:top|biggest|"
          r"latest|essential|must-read) (?:stories|headlines|news)\b[^.!?]{0,30}[.!]?$", 30),
    _rule("newsletter", r"\bunsubscribe at any time\b|\bprotected by reCAPTCHA\b|"
          r"\bnewsletter promotion\b|\b(?:get|try|read|join) (?:our|the) (?:free )?"
          r"(?:[\w'’-]+ ){0,3}newsletters?\b|\bsign up (?:for|to) (?:\w+ ){0,3}(?:alerts|"
          r"updates|e-?mails?|newsletters?)\b", 30,
          hints=("unsubscribe", "recaptcha", "newsletter", "sign up")),
    _rule("share buttons", r"^(?:(?:share(?: on| via)?|facebook|twitter|x|e-?mail|print|linkedin|"
          r"whatsapp|reddit|copy link|tweet|pinterest|flipboard|messenger|telegram|threads|"
          r"bluesky|mastodon|comments?|save|send to (?:a )?friend|e-?mail (?:to )?(?:a )?friend|"
          r"(?:font|text) size(?:\s*:?(?:\s+a\s?[+−-])+)?)(?:[\s,|/•·]+|$)){2,}$", 12),
    _rule("share buttons", r"^follow (?:us|[\w@.-]+(?: [\w.-]+){0,2}) on (?:x|twitter|facebook|"
          r"instagram|youtube|linkedin|telegram|social media|threads|bluesky|mastodon|tiktok|"
          r"whatsapp|google news|flipboard|apple news)\b|^follow(?: us)?\s*:?$", 25),
    _rule("share buttons", r"^(?:share|share this(?: article| story| page| post| video)?|"
          r"share (?:on|via|to) [\w ]{1,20}|tweet|copy(?: article)? link|link copied|copied|"
          r"print(?: this (?:article|page|story))?|share (?:the )?full article|"
          r"gift (?:this )?(?:article|story)(?: (?:for )?free)?|"
          r"email this (?:article|story|page)|e-?mail|"
          r"save(?:d)?(?: (?:article|story|for later|this article|to my list))?|bookmark|"
          r"add to (?:my )?(?:list|saved(?: articles)?|reading list)|add to my\s?\w{2,12}|"
          r"comments?|"
          r"\d+ comments?|(?:view|show|read|see) (?:all )?(?:\d+ )?comments?|comment now|"
          r"facebook|twitter|linkedin|whatsapp|reddit|flipboard|telegram|mailto|x)\s*[:(\d)]*$", 6),
    _rule("navigation", r"^(?:skip to (?:the )?(?:main |primary )?(?:content|navigation|menu|"
          r"footer|search|article|story|comments|site index|main story|sections navigation)|"
          r"skip navigation|jump to (?:content|navigation)|main menu|"
          r"menu|search|back to top|close|open menu|toggle navigation|home(?:page)?)$", 6),
    _rule("footer links", r"^(?:privacy(?: (?:policy|notice|statement|cent(?:re|er)|"
          r"settings|& cookies|and cookies))?|terms(?: of (?:use|service|sale))?|"
          r"terms (?:&|and) conditions|about(?: us)?|careers|jobs|work (?:for|with) us|"
          r"site ?map|site index|accessibility(?: (?:statement|help))?|help(?: (?:cent(?:re|er)|"
          r"desk|and feedback|& faqs?))?|faqs?|advertise(?: with us)?|rss(?: feeds?)?|"
          r"modern slavery(?: act)?(?: statement)?|code of (?:conduct|practice|ethics)|"
          r"editorial (?:guidelines|standards|policy|values|code)|ethics(?: policy)?|"
          r"complaints|corrections|licensing|syndication|reprints?(?: (?:&|and) permissions)?|"
          r"media kit|press (?:office|cent(?:re|er)|room)|masthead|staff directory|"
          r"our (?:journalists|team|staff|people)|customer (?:service|support|care)|"
          r"gift subscriptions?|imprint|legal(?: notices?)?|feedback|all (?:topics|sections)|"
          r"do not sell (?:or share )?my (?:personal )?info\w*|ad ?choices|e-?paper|"
          r"today'?s paper|newsletters? sign[- ]?up|(?:your )?ad ?choices|closed captioning)"
          r"(?:\s*\([^()]{1,40}\))?$", 8),
    # "Ledger News Sitemap": the site's map, under the outlet's name
    _rule("footer links", r"^(?:[A-Z][\w&.'’-]*\s+){1,3}(?i:site ?map|site index)$", 5, flags=0),
    _rule("page id", r"^(?:page|article|story|content|document|doc|post|asset|news|item)"
          r"[\s_-]?id\s*"
          r"[:#=]?\s*[\w-]+$|^[a-z]{1,6}\d{5,}$|^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$|"
          # "Ref: ABC/PR/019/2027": a file reference, its parts between slashes
          r"^(?:id|ref|reference|our ref)\s*[:#]\s*[\w-]+(?:[/.][\w-]+)*$|"
          r"^(?:news )?release(?: (?:no|number)\.?)?\s*:?\s*[\w-]*\d[\w-]*$", 4),
    _rule("page number", r"^(?:page\s+)?\d{1,4}\s*(?:of|/)\s*\d{1,4}$|^page\s+\d{1,4}$|^-\s*\d{1,4}"
          r"\s*-$", 4),
    # "pic.twitter.com/Ab12Cd": the picture link left where an embedded post stood.
    _rule("web address", r"^(?:https?://|www\.|pic\.(?:twitter|x)\.com/|t\.co/)\S+"
          r"(?:\s+\d{1,4}/\d{1,4})?$", 3),
    _rule("advertisement", r"^(?:advertisement|advertising|ads?|sponsored(?: content| links?| "
          r"stories| posts?)?|"
          r"paid (?:content|post)|promoted(?: content)?|partner content|ad feedback|story "
          r"continues(?: below(?: advertisement)?)?|article continues (?:below|after (?:this )?"
          r"advertisement)|continue reading (?:below|the main story)|skip (?:advertisement|"
          r"ad|this ad)|advertisement\s*[-–—:]?\s*(?:scroll|continue) (?:down )?to continue"
          r"(?: reading| with content)?|scroll to continue(?: reading| with content)?|"
          r"supported by|remove ads|report (?:this )?ad|ad(?:vertisement)? feedback|"
          r"sponsored by [\w&' .-]{2,40}|presented by [\w&' .-]{2,40})\s*:?$", 6),
    _rule("cookie banner", r"\b(?:we|this (?:web)?site) uses? cookies\b|\bcookies? (?:policy|"
          r"settings|preferences|notice|consent)\b|\b(?:accept|reject|manage|allow) (?:all |our )?"
          r"cookies\b|\buse of cookies\b", 60, hints=("cookie",)),
    _rule("subscribe", r"^(?:subscribe(?: now| today)?|subscribe (?:to|for)\b.*|already a "
          r"subscriber\b.*|become a (?:member|subscriber)\b.*|get (?:unlimited|full) (?:digital "
          r")?access\b.*|support (?:our|independent) journalism\b.*|sign in to (?:continue|read)"
          r"\b.*|(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to) "
          r"subscribers\b.*|subscribers? only\b.*)$", 25),
    _rule("subscribe", r"\byou(?:'ve| have)\s+(?:only\s+)?(?:\d+|one|two|three|four|five|no)\s+"
          r"(?:more\s+)?(?:free\s+)?(?:articles?|stories|story|reads?)\s+(?:left|remaining)\b|"
          r"\b(?:this is your )?last free (?:article|story)\b|"
          r"\byou(?:'ve| have) (?:reached|hit|used) (?:your|all (?:of )?your) (?:\w+ ){0,3}"
          r"(?:limit|free (?:articles|stories))\b|\bto continue reading\b", 30,
          hints=("you", "free", "continue reading")),
    _rule("subscribe", r"^(?:continue|keep) reading (?:with|for) (?:a |an )?\w|"
          r"^unlock (?:this|the full|unlimited)\b|^(?:start|begin) (?:your|a) (?:free )?trial\b|"
          r"^cancel any ?time\b|"
          r"^(?:try|get) \d+ (?:days?|weeks?|months?) (?:free|for)\b|"
          r"^already (?:have an account|registered)\b|^(?:create|register for) a free account\b",
          30),
    _rule("press release furniture", r"^(?:about (?:the )?[A-Z][\w&'.-]*(?: [\w&'.-]+){0,6}|"
          r"for immediate release\b.*|#\s*#\s*#|[-—–]+\s*[\w.-]{1,20}\s*[-—–]+|-?\s*end\s*-?|"
          r"(?:news|press|media) (?:release|statement|advisory))$", 6),
    # "About U.S. Central Command: ..." closes a release with the issuer's standard blurb.
    _rule("press release furniture", r"^about (?:the )?[A-Z][\w&'.-]*(?: [\w&'.-]+){0,6}\s*:\s",
          80),
)
# fmt: on

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
# "Data cutoff:" heads a research update's stamp: the hour its information stops.
_STAMP_LABEL = (
    r"(?:(?:first |last )?(?:published|updated|modified|posted|edited|issued)(?: on| at)?|"
    r"(?:data |information |reporting )?cut-?off(?: time| date)?)"
)
# A numeric date as European and ISO pages print it: "22.01.2025", "2025-01-22", "22/01/25".
_NUMERIC_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
# One token of a date-time stamp: "Tue", "3", "Mar", "2020", "10.14", "GMT", "a.m.", "ago".
_STAMP_TOKEN = (
    rf"(?:{_NUMERIC_DATE}|{_MONTH}|{_WEEKDAY}|\d{{1,4}}(?:[:.]\d{{2}})?(?:st|nd|rd|th)?|"
    r"[ap]\.?m\.?|"
    r"\d{1,3}(?:h|hrs?|m|mins?|d|w|wks?|s|secs?)|"  # "2h ago", "45m"
    r"local(?:\s+time)?|gmt|utc|bst|cest?|[ecmp][sd]?t|ast|ist|msk|z|[+-]\d{1,2}(?::?\d{2})?|ago|hours?|hrs?|"
    rf"minutes?|mins?|days?|weeks?|yesterday|today|at|on|{_STAMP_LABEL})(?!\w)"
)
_STAMP_SEP = r"\s*[:,|•·/–—-]?\s*"

# fmt: off
RULES += (
    # "Sign in | Subscribe": after the subscribe rule, which names a bare "Subscribe" line.
    _rule("navigation", r"^(?:(?:sign in|sign-in|log ?in|sign out|log ?out|register|"
          r"create (?:an |a free )?account|my account|account|manage (?:my )?(?:account|"
          r"subscription)|sign up|join(?: (?:us|now|our community|the community))?|"
          r"donate(?: now| today| here)?|support us|subscribe(?: now| today)?)"
          r"(?:\s*(?:[|/•·,]|or|and)\s*|\s*$)){1,3}$", 8),
    _rule("cookie banner", r"^(?:accept|reject|decline|refuse|allow|deny)(?: all| necessary| "
          r"essential| optional)?(?: cookies)?(?: and (?:continue|close|proceed))?$|"
          r"^(?:ok(?:ay)?|got it|i agree|i accept|agree(?: and (?:continue|close|proceed))?|"
          r"continue without (?:accepting|agreeing))[.!]?$|^manage (?:(?:cookie|privacy|consent|"
          r"my) )?(?:preferences|settings|options|choices|cookies|consent)$|"
          r"^(?:your|we value your) privacy(?: (?:choices|options|settings|matters))?$|"
          r"^(?:privacy|cookie|consent) (?:settings|preferences|options|choices|centre|center)$|"
          r"^cookies?$", 8),
    _rule("cookie banner", r"\bwe and our (?:\d+ )?(?:partners|vendors)\b|\bby clicking\b.{0,40}"
          r"\b(?:accept|agree|allow|consent)|\bstore and/or access information on a device\b|"
          r"\bpersonali[sz]ed (?:ads|advertising) and content\b|\bcookies? and similar "
          r"technolog|\bcookies? to (?:improve|enhance|personali[sz]e|give you|provide|analy[sz]e|"
          r"measure|understand)\b", 70, hints=("we and our", "clicking", "device", "personali",
                                                 "cookie")),
    # "Updated on: April 1, 2025 / 6:58 PM EDT / CBS News": a stamp, perhaps signed by the outlet.
    _rule("time stamp", rf"^(?:{_STAMP_LABEL}|date(?: published| taken| posted| captured| created| "
          rf"uploaded| filed)?(?=.*\d))\s*:?(?:{_STAMP_SEP}"
          rf"{_STAMP_TOKEN})*(?:\s*[/|•·]\s*(?-i:[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){{0,3}}))?"
          r"[.]?\s*$|^\d{1,2} (?:hours?|hrs?|minutes?|mins?|days?|weeks?) ago$",
          20),
    _rule("audio player", r"^listen(?: to (?:this |the )?(?:article|story|episode|podcast))?"
          r"(?:\s*[·•|:(-]?\s*\d{1,3}(?::\d{2})?\s*(?:min|mins|minutes?)?\)?)?"
          r"(?:\s*[·•|]?\s*learn more)?$|"
          r"^(?:play|pause) (?:audio|video|article)$|^audio for this (?:article|story) is\b|"
          r"^\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$|^(?:reading time|read time)\s*:?.{0,20}$|"
          r"^\d{1,3}[- ]?(?:min|mins|minute|minutes)(?: read| listen| reading time)?"
          r"(?:\s*[·•|]\s*[\w ,.]{3,30})?$", 10),
    _rule("page feedback", r"^(?:(?:was|is) this (?:article|story|page|content|information|answer) "
          r"(?:helpful|useful)|did you find this (?:article |story |page )?(?:helpful|useful)|"
          r"(?:how (?:would|do) you )?rate this (?:article|story|page)|tell us what you think|"
          r"(?:give|send|share) (?:us )?(?:your )?feedback|thanks? (?:you )?for your feedback|"
          r"what did you think of this (?:article|story)|have your say|join the (?:discussion|"
          r"conversation|debate)|comments? (?:are|is) (?:now )?(?:closed|disabled)|"
          r"(?:leave|post|add|write|submit)(?: a| your)? (?:comment|reply)|"
          r"what (?:our )?readers (?:are saying|say|think)|readers?['’]? comments|"
          r"(?:top|latest|most recent|newest|oldest) comments|yes\s*/?\s*no)\s*[?.!:]*$", 12),
    # "The comments below are a summary of reader discussion ...": the comment section's note.
    # "Defence · Add to myFT", "World | Save": a section label beside a save or follow button.
    _rule("share buttons", r"^(?:[\w&'’-]+ ){0,3}[\w&'’-]+\s*[·•|]\s*(?:add to my\s?\w{2,12}|"
          r"save(?: (?:article|story|for later))?|follow(?: (?:topic|section))?)$", 8),
    _rule("page feedback", r"^(?:the )?(?:reader )?comments? (?:below|above|section|on this "
          r"(?:page|article|story))\b.{0,200}\b(?:readers?|views?|moderat\w*|discussion|"
          r"community|guidelines|opinions?)\b", 40, hints=("comment",)),
    _rule("licence", r"^this (?:article|story|work|piece|content|page) (?:is|was|has been) "
          r"(?:licensed|published|republished|distributed|made available|shared|reproduced) "
          r"(?:under|with permission)\b|^(?:this (?:article|story) is )?republished from\b|"
          r"^republish(?: this (?:article|story))?$|"
          r"^read the original article\.?$|^cc[ -]by(?:[ -](?:sa|nd|nc))*(?: \d\.\d)?$", 50),
    _rule("licence", r"\bunder a creative commons\b|\b(?:published|available|licensed) under "
          r"the open government licen[cs]e\b", 50, hints=("creative commons", "government licen")),
    _rule("print edition note", r"^a version of this (?:article|story|report) (?:appears|"
          r"appeared|was published)\b|^this (?:article|story) (?:appears|appeared|was published|"
          r"first appeared|was first published) in (?:the )?(?:print|[\w&'’ -]{0,40}(?:edition|"
          r"issue))\b|^this (?:article|story) (?:was|has been) (?:amended|updated|corrected|"
          r"originally published|first published)\b|^order reprints\b|"
          # "This commentary originally appeared on <outlet> on <date>.": a think tank's reprint
          r"^this (?:article|story|commentary|op-?ed|essay|column|piece|analysis|post) "
          r"(?:(?:was|has been) )?(?:originally|first) (?:appeared|published|ran|posted) "
          r"(?:on|in|by)\b|^originally (?:published|appeared|ran|posted) (?:in|on|by|at) "
          r"(?:the )?[A-Z]", 60),
    _rule("story credits", r"\b(?:contributed|contributing) (?:reporting |to reporting )?"
          r"(?:to|for) (?:this|the) (?:report|story|article)\b[.)]?$|\bcontributed (?:additional "
          r")?reporting(?: (?:from|in) [A-Z][\w .,'’-]{0,60})?[.)]?$", 40, hints=("contribut",)),
    _rule("story credits", r"^(?:with )?(?:additional "
          r")?(?:reporting|writing|editing) by\b|^contribut(?:ing|ors?)\s*:|"
          r"^(?:edited|written|compiled) by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$", 40),
    _rule("story credits", r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:(?:,| and) [A-Z][\w.'’-]+"
          r"(?: [A-Z][\w.'’-]+){1,3})* reported (?:from|in) [A-Z][\w ,.'’-]{1,60}\.$", 20, 0),
    _rule("photo caption or credit", r"[.!?)”\"’]\s+(?:photograph|photographs|photo|photos|"
          r"illustration|image|imagery|satellite imagery|picture|composite|graphic|video|"
          r"footage)(?: by| illustration)?\s*:\s*\S.{0,100}$", 80,
          hints=("photo", "illustration", "image", "picture", "composite", "graphic", "video",
                 "footage")),
    _rule("photo caption or credit", r"^(?:photo(?:graph)?s?|illustrations?|images?|graphics?|"
          r"video|animation|maps?|photo illustration|artwork|design)\s+(?:by|courtesy of)\s+"
          r"[A-Z]|^\(?courtesy(?: of)? [A-Z][^.!?]{0,60}\)?$", 14, in_prose=False),
    _rule("photo caption or credit", r"^(?:image|media|video|photo) (?:source|caption|credit)s?"
          r"\s*[,:]|^(?:enlarge this image|toggle caption|hide caption|show caption|expand "
          r"image|view image in full ?screen|open image in gallery|image \d+ of \d+|"
          r"play video|watch video|video duration\b.*|\d+ (?:photos|images|pictures))$", 60),
    # "A launcher at the base.Credit...Jo Ames for The Ledger"
    _rule("photo caption or credit", r"\bcredits?\s*(?:\.{2,}|…)\s*\S", 80, hints=("credit",)),
    _rule("story credits", r"^[Rr]eporting from [A-Z][\w.'’-]*(?:,? (?:and )?[A-Z][\w.'’-]*){0,5}$",
          8, 0, hints=("reporting from",)),
    _rule("subscribe", r"\b(?:checking|confirm(?:ed|ing)?|verify(?:ing)?) (?:your )?access\b|"
          r"\byou have a preview view of this article\b", 60, hints=("access", "preview")),
    _rule("article age", r"^this (?:article|story|content) is (?:more than|over) (?:\d+|a|an|one|"
          r"two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) old$",
          12),
    _rule("navigation", r"\bback to (?:home|the homepage|homepage|top)(?![\w-])", 8,
          hints=("back to",)),
    # "Home / News / <the headline>": a breadcrumb, however long the last item.
    _rule("navigation", r"^(?:home|homepage)\s*[/›»>|]\s*\S", 40, hints=("home",)),
    _rule("licence", r"^(?:reuse|republish|license|licence) this (?:content|article|story)$|"
          r"^(?:purchase|buy) licensing rights$", 6),
    _rule("story credits", r"\breporting by\b.{0,120}\b(?:editing|writing) by\b", 40,
          hints=("reporting by",)),
    _rule("other stories", r"\bour approach to external linking\b", 12,
          hints=("external linking",)),
)
# fmt: on

# Section and footer names a site's menus are made of ("_" joins a name of several words): a
# run of short lines mostly drawn from these is a menu wherever it sits, while a list of places
# or units inside a story is not.
MENU_WORDS = frozenset(
    name.replace("_", " ")
    for name in """
    news world uk us u.s. politics business opinion opinions sport sports culture lifestyle
    life style arts science tech technology health travel entertainment video videos podcasts
    podcast audio weather money markets economy food books music film films movies tv
    television climate environment education media society law crime obituaries obits games
    puzzles crossword crosswords newsletters newsletter live home latest magazine investigations
    analysis features local national international elections defence defense military security
    fashion beauty wellness wellbeing horoscopes comment letters editorials columnists photos
    pictures graphics interactive events shop store jobs careers more menu search sections
    topics regions europe asia africa americas australia reviews explainers explained property
    autos cars motoring gaming football soccer cricket rugby tennis golf f1 nfl nba mlb nhl
    olympics traffic lottery classifieds deals shopping recipes parenting relationships family
    gadgets guides space energy transport immigration courts archive archives apps e-paper
    epaper about help contact accessibility privacy terms cookies advertise sitemap rss faq faqs
    subscribe register account profile donate corrections investing retirement
    middle_east global_development fact_check real_estate breaking_news top_stories world_news
    us_news uk_news local_news latest_news about_us contact_us privacy_policy terms_of_use
    terms_of_service cookie_policy work_for_us sign_in log_in sign_up home_page my_account
    today's_paper personal_finance small_business white_house supreme_court capitol_hill
    national_security foreign_policy newsroom press_releases news_releases releases
    transcripts speeches press_room media_centre media_center
    transfers national_team fixtures standings league_table
    """.split()
)
