"""Boilerplate rules for a site's own notes around a story: its language switcher, a wire
service's sign-off, a contributor's credit, the comments policy, a newsletter's pitch, a
report's disclaimer and the line naming the official site.
"""

from __future__ import annotations

from briefdeck.ingest.market_pages import RULES as _MARKET_PAGES
from briefdeck.ingest.rules import Rule, _rule

# Languages as a switcher names them, each in its own tongue (and a few in English).
_LANGUAGE = (
    r"(?:english|français|francais|deutsch|español|espanol|italiano|português|portugues|"
    r"русский|українська|türkçe|turkce|عربي|عربى|العربية|کوردی|كوردی|كوردى|کوردى|kurdî|"
    r"soranî|kurmancî|badînî|فارسی|فارسى|دری|پښتو|اردو|עברית|中文|日本語|한국어|हिन्दी|"
    r"polski|română|ελληνικά|српски|hrvatski|nederlands|svenska|arabic|kurdish|turkish|"
    r"persian|farsi|hebrew|french|spanish|russian|german|chinese|ukrainian|sorani|kurmanji)"
)
_NAME = r"[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|al-\w+|bin|de|van|von)){1,3}"
_INITIALS = r"[A-Z](?:\.?[A-Z]){0,3}\.?"

_PHONE = r"\+?\(?\d[\d ().-]{6,}\d"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# "Base Security: 1785-4700", "Emergency: 999 (on or off base)": one office's number
_LABELLED_NUMBER = (r"[A-Z][\w'’&/-]*(?: [\w'’&/()-]+){0,4}\s*:\s*\+?\d[\d .-]{1,16}\d"
                    r"(?:\s*\([^()]{1,30}\))?")
_ORG = r"[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|the|for|and|&)){0,8}"

# fmt: off
RULES: tuple[Rule, ...] = (
    # "Latest revision as of 08:52, 26 November 2026 (edit) (undo)", "Kurdwatcher (talk |
    # contribs)", "(2 intermediate revisions by 2 users not shown)": a wiki's revision heads,
    # over a diff or an old revision; the page's history, not the story.
    _rule("wiki revision head", r"^(?:(?:latest|current) )?revision as of \d{1,2}:\d{2}, "
          r"(?:\d{1,2} [a-z]{3,9}|[a-z]{3,9} \d{1,2},) \d{4}(?: \((?:edit|undo|view source|"
          r"thank)\))*$|^\S{1,40}(?: \S{1,40}){0,2} \(talk \| contribs(?: \| block)?\)$"
          r"|^\(\d{1,4} intermediate revisions?(?: by [^()]{1,40})? not shown\)$", 16,
          hints=("revision as of", "contribs", "intermediate revision")),
    # "Tel: +1 555 0100 | WhatsApp (media only): +1 555 0101": numbers side by side, each
    # under its label: a contact line, however many it lists.
    _rule("contact", rf"^(?:tel|telephone|phone|mobile|mob|cell|fax|whatsapp|signal|hotline)\b"
          rf"[^|•·:]{{0,30}}:?\s*{_PHONE}(?:\s*[|•·;]\s*[\w .'’()-]{{0,40}}?:?\s*"
          rf"(?:{_PHONE}|{_EMAIL}))+$", 20,
          hints=("tel", "phone", "mob", "cell", "fax", "whatsapp", "signal", "hotline")),
    # "Media Office, Ministry of X": the office that signs a statement, with its body's name.
    _rule("contact", rf"^(?:[A-Z][\w.&'’-]*\s+){{0,4}}(?:Media Office|Press Office|Public Affairs"
          rf"(?: Office)?|Information Office|Spokes(?:person|man)['’]s Office),\s+(?:the )?{_ORG}$",
          14, flags=0, hints=("office", "affairs")),
    # "In case of any discrepancy, the French text prevails.": which language binds.
    _rule("translation notice", r"^(?!.*\b(?:said|says|told|according to)\b).*\bin (?:the )?"
          r"(?:case|event) of (?:any )?(?:discrepanc(?:y|ies)|inconsistenc(?:y|ies)|divergence)\b"
          r".{0,60}\b(?:text|version|language|original)\b.{0,30}\b(?:prevails?|(?:shall|will) "
          r"prevail|is authoritative|(?:takes|shall take) precedence)\b", 60,
          hints=("discrepanc", "inconsistenc", "divergence")),
    # "Help keep our reporting independent with a one-time or monthly gift.": an appeal.
    # (the reader is asked: "our", "us", "you" in the line; a state's donation is reporting)
    _rule("subscribe", r"^(?=.*\b(?:our|us|you|your)\b)(?:.*\b(?:with|by making) a (?:one-time|"
          r"monthly|recurring|tax-deductible)(?: or (?:a )?(?:monthly|one-time|recurring|annual))? "
          r"(?:gift|donation)\b|.*\bhelp (?:us )?keep (?:our|this) (?:reporting|journalism|work|"
          r"newsroom|site)\b[^.!?]{0,30}\b(?:independent|free|going|alive)\b|"
          # "Help us keep independent journalism alive.": the imperative, opening a sentence
          r"(?:^|.*[.!?] )(?:please )?help us keep (?:independent|free) (?:reporting|journalism|"
          r"media)\b[^.!?]{0,30}\b(?:alive|going|free)\b)", 60,
          hints=("gift", "donation", "keep our", "keep this", "help us keep")),
    # "This site carries only a portion of the stories offered to subscribers of our wire. Please
    # contact us for subscription options.": the agency's sales note under a story.
    _rule("subscribe", r"^(?=.*\b(?:subscri\w+|clients)\b).*\b(?:web ?site|site) (?:contains|"
          r"carries|offers|publishes|shows) only (?:a |some )?(?:portion|part|selection|fraction|"
          r"summary|summaries)\b|\bcontact us (?:for|about|regarding) (?:\w+ ){0,2}"
          r"(?:subscription|subscribing|licensing|pricing|syndication)\b", 60,
          hints=("only", "contact us")),
    # "Appeared in the May 7, 2026, print edition as 'Headline'.": the print run's note.
    _rule("print edition note", r"^(?:a version of this (?:article|story) )?appeared in (?:the )?"
          r"[\w ,.'’-]{0,40}\bprint edition\b", 40, hints=("print edition",)),
    # "عربي | English", "کوردی  عربي  Türkçe  English": the site's other editions.
    _rule("navigation", rf"^{_LANGUAGE}(?:\s*[|/•·]\s*|\s+){_LANGUAGE}"
          rf"(?:(?:\s*[|/•·]\s*|\s+){_LANGUAGE})*$", 12),
    # "--(Petra) R.F/A.A", "(WAM) ZZ/AB": a wire service's end tag with its editors' initials.
    _rule("story credits", rf"^(?:-{{1,3}}\s*)?\([A-Z][\w.&-]{{1,20}}\)\s*{_INITIALS}"
          rf"(?:\s*/\s*{_INITIALS})+$", 6, flags=0, hints=("(",)),
    # "Rudaw's Jo Ames contributed from Makhmur.", "Li Wei in Kyiv contributed reporting.":
    # who helped with the story, not an event.
    _rule("story credits", rf"^(?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,3}}['’]s )?{_NAME}"
          rf"(?: in [A-Z][\w .'’-]{{1,30}})?(?:,? (?:and )?{_NAME}(?: in [A-Z][\w .'’-]{{1,30}})?)*"
          r" contributed(?: (?:additional )?reporting| to this (?:report|story|article))?"
          r"(?: (?:from|in) [A-Z][\w .,'’-]{1,60})?\.$", 30, flags=0, hints=("contributed",)),
    # "The Ledger moderates all comments ...", "We welcome comments which are relevant ...".
    _rule("page feedback", r"^(?:[A-Z][\w&.'’-]*\s+){1,4}(?:moderates|reviews|pre-moderates) "
          r"(?:all )?(?:reader |readers['’] )?comments\b|^we welcome (?:your |reader )?comments\b",
          60, hints=("comments",)),
    # "PLAYBOOK: The insider's guide to the capital, every morning. SIGN UP": a newsletter's
    # pitch ending in its button.
    _rule("newsletter", r"[.!:]\s+(?:sign up|subscribe)(?: (?:now|here|today|for free))?"
          r"\s*[»›→>]?$", 40, in_prose=False, hints=("sign up", "subscribe")),
    # "Get more news like this by signing up for our World newsletter for free.": the pitch.
    _rule("newsletter", r"^(?:get|receive|want) (?:more |the )?(?:news|stories|updates|coverage|"
          r"reporting|analysis|briefings?)(?: like this)?\b.{0,60}\b(?:signing up|sign up|"
          r"subscribing|subscribe)\b.{0,80}$", 30, hints=("sign", "subscrib")),
    # "Go deeper: <a linked headline>": a link to another story under this one.
    _rule("other stories", r"^(?:go|dig) deeper\s*:\s*\S.{0,160}$|^(?:go|dig) deeper\s*:?$", 30,
          hints=("deeper",)),
    # "Learn more about Refinitiv", "VIEW ORIGINAL", "Download full resolution": a link's or
    # a picture's button, alone on its line.
    _rule("navigation", r"^(?i:learn more about) (?:[A-Z][\w&.'’-]*\s?){1,4}$|^(?i:view|download|"
          r"see) (?i:original|full[- ]size|full resolution|high[- ]res(?:olution)?|larger image)"
          r"(?i: image| photo)?$", 6, flags=0, hints=("learn more", "original", "full",
                                                      "high", "larger")),
    # "Download Wanted Poster (PDF, 1.2 MB)", "Full report (PDF, 2 MB)": a link to a file, with
    # its type and size; the file is not the page's text
    _rule("download link", r"^(?:(?:download|view|read|open|get|see)\b[^.!?]{0,80}\((?:pdf|"
          r"docx?|xlsx?|pptx?|zip|csv|epub|mp3|mp4)(?:\s*[,;|-]\s*\d{1,4}(?:[.,]\d{1,2})?\s*"
          r"[kmg]i?b)?\)|[^.!?()]{2,80}\((?:pdf|docx?|xlsx?|pptx?|zip|csv|epub|mp3|mp4)\s*[,;|-]"
          r"\s*\d{1,4}(?:[.,]\d{1,2})?\s*[kmg]i?b\))$", 16, in_prose=False,
          hints=("(pdf", "(doc", "(xls", "(ppt", "(zip", "(csv", "(epub", "(mp")),
    # "If you have information on this individual, contact ... via Signal ... at +1-202-...":
    # a tip line's appeal with its numbers, and its promise ("Your identity will be protected.
    # You may be eligible for a reward."): how to reach the issuer, not what it reports
    _rule("contact", r"^(?!.*\b(?:said|says|told)\b)(?=.*(?:\d{3}|signal|telegram|whatsapp|"
          r"\btips?\b|@))if you have (?:any )?information (?:on|about|regarding|concerning|that "
          r"could)\b[^\"“”]{1,100}?\b(?:contact|call|text|message|e-?mail|write to|submit|send|"
          r"reach)\b[^\"“”]{0,240}$", 60, hints=("if you have",)),
    _rule("contact", r"^(?:submit|send|share|leave) (?:a |your |us a )?(?:tip|tip-off|news tip)s?"
          r"(?: (?:securely|anonymously|online))?$|^(?:confidential |secure )?tip ?lines?$", 5,
          hints=("tip",)),
    _rule("contact", r"^(?:your identity will be (?:protected|kept (?:strictly )?(?:confidential|"
          r"secret))|(?:all )?(?:information|tips|reports) (?:will be|is|are) "
          r"(?:treated as |kept )?(?:strictly )?confidential|you (?:may|might|could) be eligible "
          r"for a reward)\b"
          r"[^\"“”]{0,160}$", 30, hints=("identity", "confidential", "eligible")),
    # "Emergency: 999 (on or off base) | Base Security: 1785-4700 | Quarterdeck: 1785-4112":
    # offices' numbers side by side, each under its label (one a full number; not a
    # tally's "Killed: 3 | Wounded: 12")
    _rule("contact", rf"^(?=.*\d{{3,4}}[ .-]\d{{4}}\b)(?!.*\b(?:19|20)\d\d-(?:19|20)\d\d\b)"
          rf"{_LABELLED_NUMBER}(?:\s*[|•·;]\s*{_LABELLED_NUMBER})+$", 30, flags=0,
          hints=("|", "•", "·", ";")),
    # "Family Support Center counselors are available in Building 462, Monday to Saturday,
    # 0730 to 1630.": a support service's opening hours, as a page's resources box gives them
    _rule("contact", r"^(?:[\w&'’.-]+\s+){0,8}(?:counsel(?:l)?ors?|chaplains?|advis[eo]rs?|"
          r"caseworkers?|case managers?|staff|specialists?|volunteers?|teams?|desk)\s+(?:are|is) "
          r"available\b[^\"“”]{0,120}?(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+"
          r"(?:to|through|until|-|–)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
          r"\b\d{4}\s*(?:to|-|–)\s*\d{4}\b|24/7|\b24 hours\b|around the clock)"
          r"[^\"“”]{0,80}$", 40, hints=("available",)),
    # "Next update 0700 hrs.", "Further updates to follow.": a situation report's close.
    _rule("report period", r"^(?:the )?next (?:update|report|sitrep|summary|bulletin)\b[^.!?\"“”]"
          r"{0,50}(?:\bif required|\bas required|\bhrs|\b\d{4}|\bGMT|\bUTC|local|\bor earlier)"
          r"[^.!?]{0,30}[.]?$|^further (?:updates?|reports?) (?:will |to )?follow\b.{0,30}$", 14,
          hints=("next", "further")),
    # "Official website of the U.S. Department of Defense": the site's own name plate.
    _rule("government site banner", r"^(?:the |an? )?official (?:web ?site|site|web portal|"
          r"portal|home ?page) of (?:the )?[A-Z][^!?]{2,80}(?<![.:;])$", 14, in_prose=False,
          hints=("official",)),
    # "Corrected copy will move by 0900 ET. Questions to the desk duty editor.": a wire
    # desk's word to its editors, not to readers.
    _rule("editors' note", r"^(?:corrected|updated|revised|new|fresh|refiled) (?:copy|version|"
          r"story|lead|writethru|write-thru)s? will (?:move|be (?:sent|moved|issued|filed))\b|"
          r"\bquestions (?:to|for) the (?:[\w-]+ ){0,3}(?:desk|editors?)\b", 30,
          hints=("will ", "questions")),
    # "This document was prepared by the ... It should not be relied upon ...": the
    # publisher's disclaimer under a report.
    _rule("disclaimer", r"^this (?:document|report|product|publication|brief|briefing|paper|"
          r"update) "
          r"(?:was|is|has been) (?:prepared|produced|compiled|written) (?:by|for)\b.{0,400}\b(?:"
          r"should not be relied upon|nonpartisan|non-partisan|not (?:necessarily )?(?:reflect|"
          r"represent)|sole responsibility of|(?:an )?official position of"
          r"|for (?:general )?information(?:al)? purposes|public domain|may be reproduced)\b",
          # a research service's standing paragraph runs to 150 words or more
          200, hints=("prepared", "produced", "compiled", "written")),
    # "Start your subscription", "Begin your free trial": a paywall's button.
    _rule("subscribe", r"^(?:start|begin|activate|choose|renew) (?:your|a|my) (?:free |digital )?"
          r"(?:subscription|trial|free trial|membership)(?: (?:now|today))?\s*[.!]?$", 6,
          hints=("subscription", "trial", "membership")),
    # "Exported from Notion · 3 May 2026 10:02", "Printed from the portal": a tool's export note.
    _rule("export note", r"^(?i:exported|printed|saved|downloaded) (?i:from|with|via) (?:the )?"
          r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}(?:\s*[·•|,–—-]\s*[^.!?]{1,40})?$", 10,
          flags=0, in_prose=False, hints=("exported", "printed", "saved", "downloaded")),
    # "Link previews" over the cards a notes tool draws for pasted links; a card ends in its
    # button and names the site ("Outlet – outlet.com Headline Open link").
    _rule("link previews", r"^link previews?$|^.{0,120}\b[\w-]+\.(?:com|org|net|mil|gov|int|io|"
          r"news|info|[a-z]{2})\b.{0,200}\s(?:open|visit|view) link$", 50,
          hints=("link preview", "open link", "visit link", "view link")),
    # "(END)", "(ATTN: ADDS details in paras 5-8)", "(EDS: updates toll)": a wire's close and
    # its note to editors, each on its own line in capitals.
    _rule("wire note", r"^\((?:END|MORE|ENDS)\)$|^\((?:ATTN|EDS|EDITORS|CORRECTS|UPDATES)\s*:"
          r"[^()]{1,140}\)$", 30, flags=0,
          hints=("(end", "(more)", "(attn", "(eds", "(editors", "(corrects", "(updates")),
    # A vendor or agency page's export-control line: "This page contains no export-controlled
    # technical data. ...". The page's handling, not its news (a story says what a document
    # held: "the files contained export-controlled data", not "this page contains no").
    _rule("export control notice", r"^(?:this|the) (?:[\w-]+ ){0,2}(?:page|site|website|"
          r"document|notes?|publication|material|content|information|article|release)s? "
          r"(?:contains?|includes?|has|have|(?:is|are)) (?:no|not) (?:[\w-]+ )?(?:export[- ]"
          r"controlled|itar[- ]controlled|subject to (?:the )?(?:itar|export (?:controls?|"
          r"regulations)))\b", 60, hints=("export", "itar")),
    # "A recording of the briefing is available on the department's website.": where the
    # material behind the page may be found. Not a sentence naming who posted what.
    _rule("availability note", r"^(?:an? |the )?(?:full |complete )?(?:video|audio|recording|"
          r"webcast|livestream|replay|transcript|text|testimony|statements?|slides|copies|"
          r"documents?)s?\b[^.!?]{0,120}? (?:is|are|will be|can be) (?:(?:also|now) )?"
          r"(?:available|posted|archived|found|viewed|watched)\b[^.!?]{0,80}\b(?:web ?site|site|"
          r"web ?page|page|youtube|online|channel|archive|here)\s*[.]?$", 40,
          hints=("available", "posted", "archived", "found", "viewed", "watched")),
    # "Strikes hit the port city overnight 02:11": a video's title with its running time (last
    # in the table, so a stamp is named a stamp); not a clock time ("sirens at 02:11").
    _rule("video caption", r"^(?!.*[a-z]{2}[.!?][\"”’)]?\s).{12,160}?(?:[^\W\d]|[)\"”’])\s"
          r"(?<!\bat\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bsince\s)"
          r"(?:\d{1,2}:)?[0-5]?\d:[0-5]\d$", 20, in_prose=False, hints=(":",)),
) + _MARKET_PAGES  # a prediction market's comment heads and odds (market_pages.py)
# fmt: on
