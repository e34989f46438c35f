"""Boilerplate rules for particular kinds of publication, after the general table in rules.py.

Live blogs, wire copy, government and command press releases, reports and digests read from
PDF or Word, newsletters, research notes with endnotes, and regional sites: each family has
furniture of its own, recognised here by the shape of the whole line. Each family's rules are in
a module of its own (rules_live_blogs.py, rules_wire_copy.py, rules_releases.py,
rules_briefs.py, rules_research_notes.py, rules_briefing_transcripts.py, rules_filings.py,
rules_qa_pages.py, rules_paper_pages.py); the rules below, for
regional sites and furniture found across families, come after them, in that order.
"""

from __future__ import annotations

import re

from briefdeck.ingest.publishing_words import _DOC, _NAME, _ORG, _WIRES
from briefdeck.ingest.rules import _AGENCY, _MONTH, I, Rule, _rule
from briefdeck.ingest.rules_briefing_transcripts import RULES as _TRANSCRIPTS
from briefdeck.ingest.rules_briefs import RULES as _BRIEFS
from briefdeck.ingest.rules_filings import RULES as _FILINGS
from briefdeck.ingest.rules_live_blogs import RULES as _LIVE_BLOGS
from briefdeck.ingest.rules_official import STAGE_DIRECTION
from briefdeck.ingest.rules_paper_pages import RULES as _PAPER_PAGES
from briefdeck.ingest.rules_qa_pages import RULES as _QA_PAGES
from briefdeck.ingest.rules_releases import RULES as _RELEASES
from briefdeck.ingest.rules_research_notes import RULES as _RESEARCH_NOTES
from briefdeck.ingest.rules_wire_copy import RULES as _WIRE_COPY

# fmt: off
_ACROSS_FAMILIES: tuple[Rule, ...] = (
    # A research or newsletter series' standing blurb: "The X Project provides these updates
    # ... on weekdays. Click here to subscribe."
    _rule("subscribe", r"\bclick here to (?:subscribe|sign up|register|receive (?:them|these|"
          r"it|the \w+))\b[^.!]{0,40}[.!]?$", 60, hints=("click here",)),
    # A humanitarian bulletin's title line, repeated as its running head: "Sudan: Hostilities in
    # X - Flash Update No. 7", "Gaza Situation Report #12".
    _rule("running head", r"(?:^|\s[-–—|:]\s)(?:flash update|situation report|sitrep|"
          r"humanitarian (?:update|snapshot|bulletin))\s+(?:no\.?\s*|#\s*)?\d{1,4}$", 16,
          in_prose=False, hints=("update", "report", "sitrep", "snapshot", "bulletin")),
    # The tagline under Reuters' masthead on every page of its site.
    _rule("masthead", r"^(?:exclusive )?news,? data (?:and|&) analytics for (?:financial )?"
          r"(?:market )?professionals\.?$", 12, hints=("analytics",)),
    # "For updates, follow the IDF on X and Telegram."
    _rule("share buttons", r"^for (?:the latest |more |further |live )?(?:updates|news),? "
          r"follow\b", 20),
    # "Keep up with all the latest news ... by following <outlet>": a follow box's pitch.
    _rule("share buttons", r"^(?:keep up|stay up to date|stay informed|keep up to date) with "
          r"(?:all )?(?:the |our )?latest\b.{0,80}\bby (?:following|joining|subscribing|"
          r"signing up|downloading)\b", 30, hints=("latest",)),
    # Membership appeals: "Hi, this is <writer>. I wrote this article for you.", "We're an
    # independent newsroom that relies on our readers", "Note from the author:".
    _rule("subscribe", r"\bI wrote this (?:article|story|piece) for you\b|\b(?:relies|rely|"
          r"depends?) on (?:our |its )?readers\b|\bplease consider (?:becoming a (?:member|"
          r"supporter|subscriber)|supporting us|a donation|donating)\b|\btry it (?:for )?free\b|"
          r"\bcancel any ?time\b|^join (?:hundreds|thousands|millions|\d[\d,]*) of\b.{0,80}$",
          60, hints=("wrote this", "readers", "please consider", "try it", "cancel", "join")),
    _rule("subscribe", r"^(?:a )?(?:note|message|letter) from (?:the|our) (?:author|editors?|"
          r"writer|newsroom)s?\s*:?$", 6),
    # A genre label over a headline: "Analysis", "Opinion", "Explainer".
    # ("Analysis | Commentary": a genre with its sub-genre, set off by a bar)
    # A report's product line in capitals, its logo's glyph read as a letter: "INSIGHTi".
    _rule("navigation", r"^(?:(?:analysis|news analysis|opinion|commentary|explainer|"
          r"exclusive|feature|interview|perspective|editorial|insight|fact check|q&a|in focus|"
          r"legal sidebar)(?:\s*[|/·]\s*|$)){1,3}(?<![|/·\s])$|^(?:INSIGHT|IN FOCUS|LEGAL "
          r"SIDEBAR)[a-z]$", 5),
    # Agency photo furniture in pasted copy: "Navy/Handout via REUTERS Purchase Licensing Rights"
    _rule("photo caption or credit", r"\bPurchase Licensing Rights\b|/Handout via "
          r"(?:REUTERS|Reuters|AFP|AP|EPA)\b", 80, hints=("licensing", "handout")),
    # "In Other News", heading a list of other stories.
    _rule("other stories", r"^in other news\s*:?$", 3),

    # Regional and European sites: "Read also:" in the local language, "Click here".
    _rule("other stories", r"^(?:check also|also see|read more about|czytaj (?:też|także|"
          r"również)|zobacz (?:też|także|również)|lesen sie auch|mehr zum thema|(?:à )?lire aussi"
          r"|leggi anche|lee también|читайте (?:також|также))\s*(?::.*)?$", 30),
    # "Tap here", alone: the button of a promo box ("Click here to ..." is its longer kind).
    _rule("link", r"^(?:click|tap) here(?: (?:to|for)\b|\s*[.!]?$)", 20),
    # The outlet's reuse terms: "When citing our materials online, a hyperlink to x.com is
    # required", "Reproduction requires written permission".
    _rule("licence", r"^(?:when|if) (?:quoting|citing|reusing|reprinting|republishing|using|"
          r"copying)\b.{0,80}\b(?:materials?|content|articles?|texts?|news)\b.{0,120}\b"
          r"(?:hyper)?link\b.{0,120}\b(?:is |are )?(?:required|mandatory|obligatory)\b", 60,
          hints=("link",)),
    # A photo caption closed by its credit, "(Rank First Last/Service)" or "(Name/Agency)".
    _rule("photo caption or credit", r"[.!?]\s*\((?:[A-Z0-9][\w.'’-]*\s+){1,8}[A-Z][\w.'’-]*\s?/"
          r"\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}\)\s*$", 80, flags=0, hints=("/",)),
    # A caption closed by an organisation's credit after its full stop: "An interceptor is
    # launched during a flight test. (Missile Defense Agency)". Reporting never puts a
    # parenthesis after its last full stop.
    # A wire's bare credit, "(AFP)", closes a live entry or a brief as often as a caption: a
    # caption is short and reports no one's words.
    _rule("photo caption or credit", r"^(?!.*\b(?:said|says|told|according to)\b).*[.!?]\s*\("
          rf"(?:{_WIRES})\)\s*$", 30, flags=0, hints=(")",)),
    # An intelligence report's Admiralty grade, "(B2)", closes an item, not a caption.
    _rule("photo caption or credit", rf"[.!?]\s*\((?!(?:{_WIRES})\)|{STAGE_DIRECTION}|[A-F][1-6]\))"
          r"(?:[Cc]ourtesy(?: of)?\s+)?"
          r"[A-Z][\w.&'’-]*"
          r"(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|for|from|via|by))*\)\s*$", 60, flags=0,
          hints=(")",)),
    # A release's number and the desk's initials under it: "(Release ID: 2193874)", "VM/SK/Ann".
    _rule("press release furniture", r"^\(?release (?:id|no\.?|number)\s*:?\s*[\w-]+\)?$|"
          r"^(?-i:[A-Z]{1,4}(?:/[A-Z][A-Za-z]{0,6}){1,4})$", 6, hints=("release", "/")),
    # A TV network's tag line: "In: Pentagon Syria Middle East".
    _rule("tags", r"^In:\s+[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*)*\s*$", 16, flags=0,
          hints=("in:",)),
    # An outlet's reuse terms in one line: "No reproduction or republication without written
    # permission."
    _rule("licence", r"^no (?:reproduction|republication|redistribution|reuse)\b.{0,60}\bwithout\b"
          r".{0,40}\bpermission\b", 20, hints=("permission",)),
    # A site's content label over the headline: "News story" (GOV.UK), "Speech", "Guidance".
    _rule("page label", r"^(?:news story|speech|guidance|policy paper|corporate report|"
          r"statement to parliament|correspondence|official statistics|transparency data|"
          r"written statement)$", 4),
    # "Getting your Trinity Audio player ready...": a read-aloud widget's placeholder.
    _rule("audio player", r"\baudio player ready\b|^listen to this (?:article|story)\b", 12,
          hints=("audio", "listen")),
    # "KYODO NEWS - Jan 16, 2026 - 12:47 | World, All": the wire's stamp and its sections.
    _rule("time stamp", rf"^(?:{_WIRES}|[A-Z][A-Z ]{{2,30}})\s*[-–—|]\s*(?i:{_MONTH})\s+\d{{1,2}},?"
          r"\s+\d{4}(?:\s*[-–—|,]\s*\d{1,2}[:.]\d{2})?(?:\s*[|–—-]\s*[\w ,&]{1,40})?$", 16,
          flags=0),
    # A live blog's day counter: "Day 285 of the war", "Day 1,000 of the invasion".
    _rule("live blog", r"^day [\d,]{1,5} of (?:the |russia's |israel's )?(?:war|conflict|invasion|"
          r"fighting|siege|crisis|offensive|ceasefire|truce)\s*$", 8, hints=("day ",)),
    # Membership appeals: "Join our Community", "Already a member? Sign in to stop seeing this".
    _rule("subscribe", r"^join our (?:community|membership|club|members?)\b|\balready a (?:member|"
          r"subscriber)\s*\?|^support (?:the |our )?[\w'’ .-]{0,60}\bindependent journalism\b",
          30, hints=("join our", "already a", "journalism")),
    # Newsletter furniture: the browser link, the reason you got it, the ways out.
    _rule("newsletter", r"^view (?:this|the|it|our) (?:e-?mail |newsletter |issue |message )?"
          r"(?:in|on) (?:your|a|the) (?:web )?browser\b|"
          r"^you(?:'re| are) receiving this\b.{0,80}\b(?:signed up|subscribed|registered|"
          r"opted in)\b|^(?:unsubscribe|update (?:your )?preferences|"
          r"manage (?:your )?(?:subscription|preferences|e-?mail settings)|forward (?:this|it) to "
          r"a friend|register now|register here)\s*[.!]?$", 40,
          hints=("browser", "receiving", "unsubscribe", "preferences", "manage", "forward",
                 "register")),
    # A sponsor's notice run into one line: "Sponsored · Symposium, Aug. 5-7 ... Register now".
    _rule("advertisement", r"^(?:sponsored|advertisement|paid (?:content|post|partner)|partner "
          r"content|promoted)\s*[·•|:–—]\s*\S", 60, hints=("sponsored", "advertisement", "paid",
                                                          "partner", "promoted")),
    # Social links: "Follow U.S. Africa Command: X @USAfricaCommand | Facebook /USAfricaCommand".
    _rule("social links", r"^(?=(?:.*?\b(?:X|Twitter|Facebook|Instagram|YouTube|LinkedIn|Telegram|"
          r"TikTok|Threads|Bluesky|Flickr|DVIDS)\b){2}).*(?:@\w|/\w)", 40, flags=0,
          in_prose=False, hints=("@", "/")),
    # A photo caption closed by a service's credit: "... on Sept. 30, 2025. US Navy Photo".
    _rule("photo caption or credit", r"[.!?]\s+(?:U\.?S\.? |British |Israeli |Ukrainian )?(?:Army|"
          r"Navy|Air Force|Marine Corps|Coast Guard|Space Force|Defense Department|Ministry of "
          r"Defen[cs]e|MoD|IDF|Armed Forces) (?:photo(?:graph)?|image|handout)\b.{0,60}$", 60,
          flags=I, hints=("photo", "image", "handout")),
    # What an issue is and covers: "This update is produced by OCHA Sudan in collaboration ...".
    _rule("publication note", r"^this (?:flash |situation |daily |weekly )?(?:update|report|"
          r"brief|briefing|bulletin|digest|sitrep|newsletter|snapshot) (?:is|was|has been) "
          r"(?:produced|prepared|compiled|issued|published) by\b", 70,
          hints=("this ",)),
    # Research updates' standing notes: what they leave out, the days they do not publish.
    _rule("publishing note", r"^(?:note:\s*)?(?:[\w&-]+\s+){0,3}will not publish\b|"
          r"\bcoverage will resume\b|^we do not (?:report|comment) in detail on\b", 60,
          hints=("publish", "resume", "we do not")),
    # The writer's note at the foot: "Jo Ames is a senior reporter for Navy Times who covers
    # the fleet. She previously ..."; a sentence about a journalist in the news carries no
    # "who covers" or "previously covered".
    _rule("author bio", rf"^{_NAME} is (?:a|an|the) (?:[\w-]+ ){{0,4}}(?:reporter|correspondent|"
          r"writer|editor|journalist|columnist|producer|contributor)\b(?: (?:for|at|with) "
          r"(?:the )?[A-Z].{0,60}?)?(?:,? (?:who|and) (?:covers|reports on|writes about|"
          r"has covered)\b"
          r"|\. (?:He|She|They) (?:previously|has previously|joined|covered|worked)\b)", 80,
          flags=0, hints=(" is ",)),
    _rule("separator", r"^[_=*~•·-]{3,}$", 1),
    # A handling mark with its sharing terms: "TLP:GREEN: Recipients may share within ...".
    _rule("protective marking", r"^TLP\s*:\s*(?:CLEAR|WHITE|GREEN|AMBER|RED)(?:\+STRICT)?\s*"
          r"[:–—-]\s.{0,300}\b(?:share|shared|sharing|disclos\w*|distribut\w*|forward\w*|"
          r"post\w*|recipients?)\b", 60, flags=0, hints=("tlp",)),
    # The close of a brief or a message: "END OF BRIEF", "End of report".
    _rule("press release furniture", r"^[-—–*\s]*end of (?:the )?(?:brief|briefing|report|"
          r"document|message|bulletin|update|sitrep|digest|newsletter|release|statement|"
          r"summary|transcript)[-—–*./\s]*$", 5, hints=("end of",)),
    # A bare "Disclaimer" heading, or a line that opens with it or disowns the contents:
    # "... does not constitute legal or investment advice", "accepts no liability for ...".
    _rule("disclaimer", r"^(?:disclaimer|legal disclaimer|important notice|legal notice)s?"
          r"(?:\s*[:.–—-]\s*\S.*)?$", 120, hints=("disclaimer", "notice")),
    _rule("disclaimer", r"\b(?:does|do|shall) not constitute (?:an? )?(?:[\w-]+,? (?:or |and )?)"
          r"{0,4}advice\b|\baccepts? no (?:liability|responsibility) for (?:any )?(?:decisions|"
          r"loss|losses|errors|damages?|actions|omissions|inaccuracies)\b|"
          r"\bshould not be (?:taken|construed|read) as (?:the )?(?:official )?(?:views?|"
          r"positions?|opinions?|policy) of\b|\bmay be reproduced without "
          r"permission\b", 120, hints=("constitute", "accept", "should not be", "reproduced")),
    # A release's number on its own line: "No PR-31/2026-ISPR", "Nr. MOD-114/25".
    _rule("page id", r"^(?:No|NO|Nr|Number)\.?\s*:?\s*(?=[\w/-]*\d)(?=[\w/-]*[A-Za-z])"
          r"[A-Za-z0-9]+(?:[/-][A-Za-z0-9]+)+$", 3, flags=0),
    # A document symbol on its own line: "SG/SM/22841", "SC/15012-GA/12345".
    _rule("page id", r"^(?:[A-Z]{1,6}/){1,3}\d{3,6}(?:\s*[-–]\s*(?:[A-Z]{1,6}/){1,3}\d{3,6})*$",
          3, flags=0, hints=("/",)),
    # A clipping's own note on where the text came from: "[pasted from The Daily Ledger,
    # May 3, 2025]", and a print footer: "Published in The Ledger, May 3rd, 2025".
    _rule("source note", r"^\[(?:pasted|copied|clipped|saved|excerpted|taken|reproduced) "
          r"(?:from|via)\b[^\]]{1,160}\]$", 30, hints=("[",)),
    _rule("print edition note", r"^(?i:published|printed|appeared|first appeared) in (?:the )?"
          r"[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,4}(?:,| on) (?:(?:mon|tues|wednes|thurs|fri|"
          r"satur|sun)day,? )?(?:[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}"
          r"(?:st|nd|rd|th)? [A-Z][a-z]+\.? \d{4})\.?$", 14, flags=0, hints=("published",
                                                                       "printed", "appeared")),
    # Newsletter boxes: "Get our Weekly Edition by email and never miss ...", its button.
    _rule("newsletter", r"^(?:get|receive)\b.{0,80}\bby e-?mail\b|\bnever miss (?:a |an |our |"
          r"the )?(?:[\w'’-]+ ){0,2}(?:stories|story|news|headlines|updates|issue|update)\b",
          30, in_prose=False, hints=("mail", "never miss")),
    _rule("newsletter", r"^(?:get it(?: now)?|sign me up|count me in|submit)\s*[.!]?$", 3),
    # A picture library's furniture: the record id closing a caption, "(VIRIN: 260101-A-...)";
    # the reuse terms; view and download counters; the subject's hometown.
    _rule("photo caption or credit", r"\(VIRIN\s*:?\s*[\w-]+\)\s*$", 80, hints=("virin",)),
    _rule("licence", r"^public domain(?: mark)?$|^this (?:work|image|photo|video|story|article|"
          r"file),? .{0,200}\bmust comply with the restrictions\b", 60,
          hints=("public domain", "must comply")),
    _rule("page counter", r"^(?:web |page )?(?:views|downloads|hits|plays|reads|shares)\s*:\s*"
          r"[\d,.]+\s*[km]?$", 4, hints=(":",)),
    _rule("media details", r"^hometowns?\s*:\s*[^.!?]{1,60}$", 10, hints=("hometown",)),
    # A caption closed by its agency without a full stop: "Rescuers at the site on Monday
    # (Reuters)". Reporting ends with a full stop; a dateline's "(Reuters)" opens a line.
    _rule("photo caption or credit", r"[^.!?\"”’\s]\s*\((?:" + _AGENCY + "|" + _WIRES + r")"
          r"(?:\s*/\s*[\w .&'’-]{1,40})?\)$", 40, flags=0, in_prose=False, hints=("(",)),
    # A monitoring digest's own furniture. The desk that issues it: "Consulate General Basra
    # | Media Monitoring Unit", "Regional Media Hub | Press Desk".
    _rule("masthead", rf"^(?:{_ORG}\s+[-|–—]\s+)?(?:[A-Z][\w&'’.-]*\s+(?:(?:and|of|for|&)\s+)?)"
          r"{0,5}(?:Team|Desk|Unit|Cell|Section|Office|Bureau|Branch|Hub|Directorate)"
          rf"(?:\s+[-|–—]\s+{_ORG})?$", 16, flags=0, in_prose=False,
          hints=("|", "–", "—", " - ")),
    # "Ministry of Defence - Directorate of Media Affairs": a body and its office, a dash between.
    _rule("masthead", rf"^{_ORG}\s+[-|–—]\s+(?:Bureau|Office|Directorate|Department|Division) "
          r"(?:of|for) (?:the )?[A-Z][\w&'’.-]*(?: (?:[A-Z&][\w&'’.-]*|of|for|and|the)){0,6}$",
          16, flags=0, in_prose=False, hints=("|", "–", "—", " - ")),
    # The hours a summary covers: "Covers media from 0600 Monday to 0600 Tuesday",
    # "Reporting period: 1-7 March", "Period covered: 06:00 14 May - 06:00 15 May".
    _rule("report period", r"\b(?:covers|covering|coverage)\s+(?:(?:media|press|news|reporting|"
          r"social media|coverage|events|items)\s+)?(?:published\s+)?(?:from|between)\s+\S.{0,60}"
          r"\b(?:to|until|and)\s+\S|^(?:reporting|coverage|monitoring) period\s*:|"
          r"^period(?: covered)?\s*:|"
          # "Tuesday, 3 May 2024 | Coverage: 0600 2 MAY - 0600 3 MAY": the label after the date
          r"(?:^|[|•·]\s*)(?:coverage|period covered|reporting period)\s*:\s*\S.{0,40}\d"
          r"[^.!?]{0,30}$", 30, in_prose=False,
          hints=("cover", "period")),
    # "This digest relays press reports and does not represent the ministry's views.": a digest
    # disowning what it relays (a story's sentence would name who does not represent what).
    _rule("disclaimer", rf"^this {_DOC} (?:[\w,-]+ ){{0,8}}?(?:does|do) not (?:necessarily )?"
          r"(?:represent|reflect|constitute|imply|indicate|amount to) (?:[\w'’-]+ ){0,4}?"
          r"(?:policy|policies|views?|positions?|endorsement|opinions?|assessments?)\b", 60,
          hints=("does not", "do not")),
    # "Posts below are reproduced as posted (Kurdish posts in desk translation).",
    # "Unofficial translation": how the digest renders what it quotes.
    _rule("translation note", r"^\(?(?:all )?(?:[\w-]+ ){0,2}(?:posts|quotes|quotations|items|"
          r"excerpts|extracts|texts?|messages|statements|headlines|comments|translations)\b"
          r"(?: \w+){0,3} (?:are|is) (?:quoted|reproduced|given|cited|shown|presented)"
          r" (?:as (?:published|posted|written|received|broadcast)|verbatim|in (?:the original|"
          r"(?:[\w-]+ )?translation))\b|"
          r"^\(?unofficial (?:translation|transcript)\)?\.?$|\b(?:[\w-]+ )?desk translation\b",
          30, hints=("quoted", "reproduced", "given", "cited", "shown", "presented",
                     "translat", "unofficial")),
    # Text size controls: "A+ a-", "A- A A+".
    # "Font size: A+ A-": the label and its buttons on one line.
    _rule("page controls", r"^(?:(?:font|text) size\s*:?\s*)?(?:a\s?[+−-]|a)(?:\s+(?:a\s?[+−-]|a))"
          r"{1,2}$|^(?:font|text) size\s*:?$", 5, hints=("a",)),
    # Standing advice in a maritime warning: "Masters are encouraged to register with ...",
    # "Vessels should follow ... guidance". Not when a source is named for it ("..., the
    # agency said"), which is reporting of the advice.
    _rule("standing advice", r"^(?!.*\b(?:said|says|told|according to)\b)(?:all )?(?:masters|"
          r"mariners|vessels|ships|seafarers|ship ?(?:owners|operators)|shipping companies|"
          r"crews|company security officers|csos)\b(?: [\w-]+){0,6}? (?:(?:are|is) (?:strongly |"
          r"also )?(?:encouraged|advised|urged|requested|reminded|recommended|asked)|(?:should|"
          r"must) (?:follow|consult|register|report|maintain|continue|exercise|remain|contact|"
          r"review|keep|adhere|ensure))\b", 40,
          hints=("encouraged", "advised", "urged", "requested", "reminded", "recommended",
                 "asked", "should", "must")),
    # "Please log in or register to comment."
    _rule("page feedback", r"^(?:please )?(?:log ?in|sign ?in|register|subscribe)(?: or "
          r"(?:log ?in|sign ?in|register|sign up|subscribe|create an account))? to (?:comment|"
          r"post (?:a )?comments?|reply|join the (?:discussion|conversation))\b", 14,
          hints=("comment", "reply", "join the")),
)
# fmt: on

RULES: tuple[Rule, ...] = (
    _LIVE_BLOGS + _WIRE_COPY + _RELEASES + _BRIEFS + _RESEARCH_NOTES + _TRANSCRIPTS
    + _FILINGS + _QA_PAGES + _PAPER_PAGES + _ACROSS_FAMILIES
)


# A link's note in pasted copy ("..., opens new tab"): flagged inside the sentence.
LINK_NOTE = re.compile(r",? opens (?:in )?(?:a )?new (?:tab|window)\b", re.I)
