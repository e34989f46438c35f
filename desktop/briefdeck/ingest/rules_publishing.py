"""Boilerplate rules for particular kinds of publication, after the general table in rules.py.

Live blogs, wire copy, government and command press releases, reports and digests read from
PDF or Word, newsletters, research notes with endnotes, and regional sites: each family has
furniture of its own, recognised here by the shape of the whole line.
"""

from __future__ import annotations

import re

from briefdeck.ingest.rules import (
    _AGENCY,
    _MONTH,
    _NUMERIC_DATE,
    _STAMP_SEP,
    _STAMP_TOKEN,
    I,
    Rule,
    _rule,
)
from briefdeck.ingest.rules_official import STAGE_DIRECTION

# Wire services that sign a story (by name alone) rather than a reporter.
_WIRES = (
    r"AFP|AP|Reuters|(?:The )?Associated Press|Agence France-Presse|dpa|UPI|Bloomberg|Xinhua"
    r"|Anadolu(?: Agency)?|PAP|ANSA|EFE|Kyodo|Yonhap|TASS|Interfax|Ukrinform|WAM|SPA|KUNA|IRNA"
)
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
_URL = r"(?:https?://|www\.)\S+"
# "Source: Jana Petrova, head of the regional administration, on Telegram": a wire's sourcing
# block names a person and their office, and the "Quote:" lines under it are theirs. A photo
# or page credit names an outlet, agency or channel: "Source: PAP", "Source: Media Office of X".
_NOT_SOURCING_PERSON = (
    r"(?!\s*(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),\s+(?:the |a |an )?(?:[\w'’.-]+ ){0,3}?"
    r"(?:head|chief|spokes(?:man|woman|person)|minister|governor|mayor|commander|director|"
    r"chair(?:man|woman|person)?|president|secretary|adviser|advisor|representative|officer|"
    r"ombudsman|deputy|leader|prosecutor|ambassador|envoy|member|speaker|official)s?\b)"
)
_PHONE = r"\+?\(?\d[\d ().-]{6,}\d"
_ORG = r"[A-Z][\w.&'’-]*(?:[ -](?:[A-Z][\w.&'’-]*|of|for|and|&|the))*"  # "Office of the Army"
_SUBJECT = (
    r"(?:the |all |any )?(?:views?|opinions?|contents?|findings|conclusions|information|"
    r"material|analysis|assessments?|statements?)(?:,? (?:and|or) (?:views?|opinions?|"
    r"conclusions|findings|analysis))?"
)
_DOC = (
    r"(?:brief|briefing|paper|report|article|publication|document|site|website|commentary|"
    r"analysis|piece|newsletter|digest|summary|bulletin|column|blog|post|podcast|note|update|"
    r"series)s?"
)
# A clock time with its zone or am/pm, or an age ("2h ago"): what makes a bare stamp a stamp.
_CLOCK_OR_AGE = (
    r"(?=.*(?:\d[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|bst|cet|cest|[ecmp][sd]t|ast|ist|msk|z)"
    r"(?!\w)|\d\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|s|secs?|seconds?)\s+ago\b))"
)

# fmt: off
RULES: tuple[Rule, ...] = (
    # Live blogs: the badge, the key-events box and its controls, stamps on every update.
    _rule("live blog", r"^(?:live|live updates?|live blog|live feed|live coverage|live reporting|"
          r"as it happened|key (?:events|updates)|show key events only|"
          r"(?:show|view|see) (?:all |only )?key (?:events|updates)|"
          r"(?:load|show|see|view) (?:more|newer|older|latest|previous|new|all) "
          r"(?:updates|posts|events|entries)|newest first|oldest first|latest first|"
          r"auto[- ]?(?:update|refresh)(?:\s*(?:on|off))?|pinned(?: post)?|"
          r"jump to (?:the )?(?:latest|newest)(?: updates?| posts?)?|\d+ new (?:updates?|posts?)|"
          r"breaking(?: news)?|developing(?: story)?|just in)\s*[.:!]?$", 6),
    # "2h ago Drone shot down near ...": an entry of the key-events box, not the update itself.
    _rule("live blog", r"^\d{1,3}\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago\s+\S", 30,
          in_prose=False, hints=("ago",)),
    # "15:41 GMT", "Tue 25 Mar 2025 17.48 GMT", "2h ago": a stamp with no label.
    # (16 words: "October 15, 2025 5:47 PM - Updated: October 15, 2025 8:12 PM")
    _rule("time stamp", rf"^{_CLOCK_OR_AGE}(?:{_STAMP_SEP}{_STAMP_TOKEN})+{_STAMP_SEP}[.]?$", 16,
          hints=("ago", ":", ".")),
    # "22.01.2025 14:37", "2025-01-22": a numeric date (and hour) alone on its line.
    _rule("time stamp", rf"^{_NUMERIC_DATE}(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?"
          r"(?:\s*[ap]\.?m\.?)?)?$", 4, hints=(".", "-", "/")),
    # "Jo Ames Jun 17, 2024" (a newsletter's byline), "Author: Jo Ames": who wrote it, when.
    _rule("byline", rf"^{_NAME}(?:,? (?:and )?{_NAME})?\s*[·•|,]?\s*(?i:{_MONTH})\s+\d{{1,2}},?"
          r"\s+\d{4}$", 10, 0),
    _rule("byline", rf"^(?i:authors?|autor|auteur|written by|words|text|reporter|writer)\s*:\s*"
          rf"{_NAME}(?:(?:,| and| &) {_NAME})*$", 14, 0),
    # "Jo Ames (now) and Li Wei (earlier)": who writes the live blog at which hour.
    _rule("byline", rf"^(?:by )?{_NAME} \((?:now|earlier|later)\)(?:,? (?:and )?{_NAME} "
          r"\((?:now|earlier|later)\))*$", 14),

    # Wire copy: the agency as byline or sign-off, the desk's initials, "and agencies".
    _rule("agency credit", rf"^(?:by|from|source:?)\s+(?:{_WIRES})(?:\s*(?:,|and|&|with)\s*"
          rf"(?:{_WIRES}|news agencies|agencies))*(?: staff| news)?$", 10),
    _rule("agency credit", rf"^[-—–]{{0,3}}\s*\(?(?:{_WIRES})\)?\s*[-—–]{{0,3}}$", 4),
    _rule("agency credit", r"^(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} )?(?:staff )?"
          r"(?:and|with|&) (?:news |wire )?agencies$|^(?:news )?agencies$", 8),
    # "lk/ser/jsa", "bur-sst/dw": the initials of the desk that handled a wire story.
    _rule("agency credit", r"^(?:[a-z]{2,4}-)?[a-z]{2,4}(?:/[a-z]{2,4}){1,6}$", 1, 0),
    # "Follow AP's coverage of the war at https://...": not "Follow the coverage closely."
    _rule("other stories", rf"^(?:follow|read|see|find) (?:more of |all of )?(?:[\w'’.]+ ){{0,3}}"
          rf"coverage (?:of|on|at|about)\b.*{_URL}", 25, hints=("http", "www.")),
    _rule("other stories", r"^(?:follow|read|see|find) (?:more of |all of )?(?:[\w'’.]+ ){0,3}"
          r"coverage (?:of|on|at|about)\b", 25, in_prose=False),
    _rule("licence", r"\bis solely responsible for all content\b|^this material may not be "
          r"(?:published|broadcast|rewritten|redistributed)\b", 40, hints=("solely", "material")),

    # Picture credits: "FILE - ...", "(Handout / Reuters)", "Fot. Name", "Source: PAP".
    _rule("photo caption or credit", r"^FILE(?: PHOTO)?\s*[-–—:]\s", 80, 0),
    _rule("photo caption or credit", r"(?:/|\|)\s*(?:Handout|HO|Pool|dpa|PAP|ANSA|EFE|Belga|ANP"
          r"|Keystone|picture alliance|IMAGO|Abaca|MAXPPP|SANA|IRNA|WANA|Ukrinform)"
          r"(?:\s*(?:/|via)\s*(?:" + _AGENCY + r"))?\s*\)?$", 80, 0, hints=("/", "|")),
    _rule("photo caption or credit", r"(?:^|[(\s])(?:[Ff]ot|FOT|[Zz]dj)\.\s*:?\s*(?:[A-ZŁŚŻŹĆ]"
          r"|[\w-]+/)|^(?i:foto|zdjęcie|źródło zdjęcia|bildquelle|crédit photo)\s*:", 80, 0,
          hints=("fot", "zdj", "foto", "źródło", "bildquelle", "crédit")),
    _rule("story credits", r"^(?:sources?|źródło|źródła|quelle|fuente|fonte)\s*:\s*"
          + _NOT_SOURCING_PERSON + r"[\w&.,/'’ -]{1,60}$", 8, in_prose=False),

    # Command and government releases.
    _rule("press release furniture", r"^from:\s+\S.{0,120}$|^from\s+(?:the\s+)?[A-Z][\w.&'’-]*"
          r"(?:\s+(?:[A-Z][\w.&'’()-]*|of|and|the|for|&)){0,10}\s+(?:public affairs|press office"
          r"|press service|press desk|media relations|communications(?: office)?|news ?room"
          r"|news service|press operations|information office)$", 16),
    # "Joint Task Force Public Affairs" on its own line: the office signing the release.
    _rule("contact", r"^(?:[A-Z][\w.&'’-]*\s+){1,8}(?:Public Affairs(?: Office)?|"
          r"Press Office|Press Desk|Media Relations|Media Office|Spokes(?:person|man)['’]s "
          r"(?:Unit|Office))$", 12, flags=0, hints=("public affairs", "press", "media", "spokes")),
    # "Media Desk: (555) 010-0199", "Duty Officer: +44 20 7946 0000": a desk's number.
    _rule("contact", rf"^(?:[\w.&'’-]+\s+){{0,4}}(?:desk|office|officer|line|hotline|room|centre|"
          rf"center)\s*:\s*{_PHONE}$", 10, hints=(":",)),
    _rule("press release furniture", r"^(?:for )?immediate release\b.{0,40}$|"
          r"^\(?as (?:delivered|prepared(?: for delivery)?)\)?$|"
          r"^(?:embargoed|embargo)(?: until| till)?\b.{0,60}$", 12, in_prose=False),
    _rule("page id", r"^(?:press |news )?release\s*(?:\(\d{4}\)\s*)?(?:no\.?|number|nr\.?)?\s*:?"
          r"\s*[\w-]*\d[\w-]*$|^virin\s*:?\s*[\w-]+$", 5),
    _rule("contact", r"^(?:media|press|public|news ?desk) (?:inquiries|queries|enquiries)\b"
          r"(?:\s*:.*)?$|^(?:[-*•]\s+)?(?:for|with) (?:media|press) (?:questions|inquiries|"
          r"queries|enquiries)\b", 25),
    # "Questions: desk@example.org | DSN 312-555-0100": where readers send their questions.
    _rule("contact", r"^(?:questions|queries|inquiries|enquiries|comments|feedback|corrections)"
          r"\s*[?:]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,80}$", 20, hints=("@",)),
    # "Tel: +49 (0) 711 680 4459", "Duty editor: ext. 4417", a line ending in an address.
    _rule("contact", rf"^(?:[\w.,:'’&()-]+ ){{0,6}}(?:tel|telephone|phone|fax|mobile|mob|cell|dsn|"
          rf"ext|extension)\.?\s*:?\s*(?:{_PHONE}|\d{{3,6}})$|^\+\d[\d ().-]{{6,}}\d$", 12,
          hints=("tel", "phone", "fax", "mob", "cell", "dsn", "ext", "+", "(")),
    _rule("contact", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$", 14, in_prose=False, hints=("@",)),
    # "Duty Room Kabul (24/7): +93 20 555 0100": a label and an international number, nothing
    # more; "Radio: Channel 4 - call sign ...": the net to call on.
    _rule("contact", r"^[A-Z][\w.&'’/-]*(?: [\w.&'’/()-]+){0,6}\s*:\s*"
          r"(?:\(?24/7\)?\s*)?\+\d[\d ().-]{6,}\d$", 12, flags=0, hints=("+",)),
    _rule("contact", r"^(?:radio|vhf|uhf|radio net|radio channel)\s*:\s*[^.!?]{0,40}\b(?:channel|"
          r"call ?sign|frequency|net)\b[^.!?]{0,40}$|^call ?sign\s*:\s*[A-Z0-9][^.!?]{0,30}$", 14,
          hints=("radio", "vhf", "uhf", "call")),
    # "Operations Room: +44 20 7946 0000 | desk@example.org | Reply to update your details":
    # an address set off by bars is a contact line, whatever sentence follows it.
    _rule("contact", r"(?:^|[|•·]\s*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:[|•·]|$)", 40,
          hints=("@",)),
    # "#StrongerTogether #WeAreNATO": a row of hashtags (or handles) under a release.
    _rule("hashtags", r"^(?:[#@][A-Za-z_]\w*[\s,;|·•]*)+$", 15, hints=("#", "@")),
    # The banner on every U.S. government site, and DoD's hosting and link notices.
    _rule("government site banner", r"\ban official website of the (?:united states|u\.s\.)"
          r"(?: federal)? government\b|^here['’]s how you know\b|\bofficial websites use \.(?:gov|"
          r"mil)\b|\bsecure \.(?:gov|mil) websites use https\b|\bshare sensitive information only "
          r"on official,? secure websites\b|\ba \.(?:gov|mil) website belongs to an official\b|"
          r"\bhosted by defense media activity\b", 40,
          hints=("official website", "official secure", "official, secure", "how you know",
                 ".gov", ".mil", "defense media")),
    # GOV.UK's consent banner opens with its own heading.
    _rule("cookie banner", r"^cookies on (?:the |this |our )?(?:[\w.'’-]+ ){0,3}(?:site|website|"
          r"service|page)s?$", 8, hints=("cookies on",)),
    # "Inclusion does not imply endorsement", perhaps after a sentence saying what is listed.
    _rule("disclaimer", r"(?:^|[.!?]\s+)(?:the )?(?:appearance|inclusion|listing|mention|use)"
          r"(?: of (?:\w+ ){0,4}| )(?:does|do|shall) not (?:necessarily )?(?:imply|constitute|"
          r"mean|signify|indicate|represent)\b.{0,200}\b(?:endorse(?:ment|d)?|approv(?:al|ed)|"
          r"verified)\b", 60,
          hints=("endorse", "approv", "verified")),
    _rule("photo caption or credit", r"^(?:download(?: (?:hi-?res|high[- ]resolution|full[- ]"
          r"(?:size|resolution)|original))?(?: photo| image)?|photo details|hi-?res|"
          r"(?:photo|image) gallery)$", 4),

    # Reports, briefs and digests (often PDF or Word): markings, editions, disclaimers.
    _rule("protective marking", r"^(?:(?:NATO|EU|UK|US|U\.S\.) )?(?:UNCLASSIFIED|CONFIDENTIAL|"
          r"(?:TOP )?SECRET|RESTRICTED|OFFICIAL(?:[- ]SENSITIVE)?|NOT PROTECTIVELY MARKED|CUI|"
          r"CONTROLLED UNCLASSIFIED INFORMATION|FOR OFFICIAL USE ONLY|FOUO|LIMITED DISTRIBUTION)"
          r"(?:\s*(?://|-|–|—|:)\s*[A-Z][A-Z0-9 ,./-]{1,80})?$|^TLP\s*:\s*(?:CLEAR|WHITE|GREEN|"
          r"AMBER|RED)\b.{0,30}$", 14, 0),
    _rule("protective marking", r"^(?:security )?classification\s*:\s*\w[\w /-]{0,40}$", 8),
    _rule("distribution note", r"^(?:distribution(?: statement [a-f])?|handling(?: "
          r"instructions)?|releasability|dissemination)\s*[:.]\s*\S|"
          r"^(?:approved for public release|releasable to)\b", 40),
    # A message's routing block: "TO: See distribution", "REF: (a) SITREP 029-25",
    # "Prepared by: CPT R. Ames, J2 Cell", "DTG: 141530ZMAR25" (capitals and a colon: never prose).
    _rule("distribution note", r"^(?:(?:TO|FROM|REF|REFS|CC|INFO|POC|DTG|MSGID|SUBJ)\s*:\s*\S|"
          r"(?:Prepared|Compiled|Drafted|Approved|Released|Translated) by\s*:\s*\S|"
          r"(?:Classified|Derived) (?:[Bb]y|[Ff]rom)\s*:\s*\S|Declassify [Oo]n\s*:\s*\S)", 40,
          flags=0, hints=(":",)),
    # Official statements, often in a monitor's translation: the translation notice, the
    # statement's number, the opening and closing religious formulas, the translator's note.
    _rule("translation notice", r"^(?:(?:unofficial|informal|courtesy|machine|working|"
          r"provisional) )?translation\b(?!\s*:).{0,60}$|"
          r"\b(?:original|text|version) (?:prevails|is authoritative)\b", 60, in_prose=False,
          hints=("translat", "prevail", "authoritative")),
    _rule("translation notice", r"^(?:translator['’]s|translation) note\s*:", 80,
          hints=("translat",)),
    # "Translated from the German by J. Doe", "Quotes from German originally; translated by
    # DER SPIEGEL.": who put the story (or its quotes) into English, on a line of its own.
    _rule("translation notice", r"^(?:(?:the )?(?:quotes?|interviews?|this (?:article|story|"
          r"report|piece|interview)) (?:(?:was|were|is|are) )?(?:originally )?(?:in|from) "
          r"(?:the )?[a-z]+(?: originally)?\s*[;,.]\s*(?:and )?)?translated (?:from (?:the )?"
          r"[a-z]+ )?(?:(?:in)?to [a-z]+ )?by [^.!?]{2,60}[.]?$", 18,
          hints=("translated",)),
    # "Powered by automated translation", "Machine-translated": a site's translation widget.
    _rule("translation notice", r"^(?:(?:powered|provided|translated) by |via )?(?:automated|"
          r"automatic|machine|ai)[- ](?:translation|translated)\b[^.!?]{0,40}$", 10,
          in_prose=False, hints=("translat",)),
    _rule("page id", r"^(?:statement|communiqu[eé]|bulletin|announcement|circular|decree|"
          r"declaration)\s+(?:no\.?|number|nr\.?|#)\s*[(\[]?\s*[\w-]*\d[\w/-]*\s*[)\]]?$", 5),
    _rule("religious formula", r"^(?:in the name of (?:god|allah)\b.{0,50}|"
          r"(?:and )?(?:god|allah) is (?:the )?(?:grantor|giver|guarantor|granter|source) of "
          r"(?:success|strength)|(?:and )?success (?:is )?(?:from|comes from) (?:god|allah)|"
          r"(?:and )?from (?:god|allah) (?:comes|is) (?:all )?success)\s*[.!]?$", 14,
          hints=("god", "allah")),
    # "Source: Media Office of X, official website and Telegram channel, 28/09/2025 14:10":
    # where a monitor took the text from, not a source the story quotes.
    _rule("story credits", r"^source\s*:\s*" + _NOT_SOURCING_PERSON + r".{0,150}\b(?:official "
          r"(?:website|site|account|channel)|website|telegram|facebook|x account|twitter|"
          r"youtube)\b.{0,80}$", 30, in_prose=False, hints=("source",)),
    _rule("licence", r"\bfor (?:subscriber|client|customer|internal|member)s?['’]? use only\b|"
          r"\bredistribution (?:is )?(?:strictly )?(?:prohibited|forbidden|not permitted)\b", 30,
          hints=("use only", "redistribution")),
    # The issuing body's letterhead, alone on its line: "Council of Ministers".
    _rule("letterhead", r"^(?:the )?(?:Council of Ministers|Cabinet Office|Presidency of the "
          r"(?:Republic|Council of Ministers)|Office of the (?:Prime Minister|President)|"
          r"General Secretariat of the Council of Ministers)$", 6, flags=0),
    # A company's letterhead in capitals: "ACME RISK LTD | OPERATIONS CENTRE (OC) ERBIL".
    _rule("letterhead", r"^[A-Z][A-Z&.'’ -]+ (?:LTD|LIMITED|LLC|INC|PLC|GMBH|LLP)\.?"
          r"(?:\s*[|–—-]\s*[A-Z0-9][A-Z0-9 ()&,.'’/-]*)?$", 16, flags=0),
    # A report's glossary line and its pointer to the next issue.
    _rule("distribution note", r"^(?:abbreviations|acronyms|glossary|key to abbreviations)\s*:"
          r"\s*\S", 80, hints=("abbreviations", "acronyms", "glossary")),
    _rule("distribution note", r"^(?:\d{1,2}[.)]\s*)?next (?:report|sitrep|update|summary|"
          r"brief(?:ing)?|issue|edition|digest|bulletin|newsletter)\s*(?::|due|will be)\s*"
          r".{0,40}$", 12, in_prose=False, hints=("next",)),
    # "Next bulletin: Friday, 3 May 2024.": with its colon a label, though it ends like a sentence.
    _rule("distribution note", r"^next (?:report|sitrep|update|summary|brief(?:ing)?|issue|"
          r"edition|digest|bulletin|newsletter)\s*:\s*[^.!?]{3,40}[.]?$", 8, hints=("next",)),
    _rule("press release furniture", r"^notes? (?:to|for) editors?\s*:?$", 4),
    # A caption ending in its credit: "... during a drill in 2025. U.S. ARMY / SGT. JO AMES",
    # "... after the strikes.Jo Ames for The Daily Ledger".
    _rule("photo caption or credit", r"[.!?]\s*(?:[A-Z][A-Z.'’-]*\s){1,4}/\s*"
          r"(?:[A-Z][A-Z.'’-]*\s?){1,4}$|[.!?”\"]\s*(?:[A-Z][\w.'’-]+ ){1,3}for (?:The )?"
          r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}$", 80, flags=0, hints=("/", " for ")),
    # "Jo Ames covers the Pentagon for The Ledger. More about Jo Ames": the writer's bio link.
    _rule("author bio", r"\.\s*More about [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$", 80, flags=0,
          hints=("more about",)),
    # "A correction was made on May 2: An earlier version of this article misstated ...".
    _rule("correction note", r"^(?:a )?correction (?:was made|has been made|was appended|"
          r"appended)\b|^(?:correction|clarification)\s*(?:\([^)]{0,30}\))?\s*:\s*(?:an? |this )"
          r"(?:earlier|previous) version\b|^an? (?:earlier|previous) version of this (?:article|"
          r"story|report|post)\b", 80, hints=("correction", "clarification", "version")),
    # "Video released by the ministry purports to show the launch.": a clip's caption (a
    # story tells it in the past: "footage posted online showed ...").
    _rule("photo caption or credit", r"^(?:footage|video|images?|photos?|pictures?|clip)\s+"
          r"(?:released|posted|shared|obtained|published|provided|distributed)\s+(?:online\s+)?"
          r"by\b.{0,100}\b(?:purports?|appears?|claims?|is said|are said) to show\b", 40,
          hints=("to show",)),
    # "RESTRICTED: For internal use by partner agencies only. Not for publication.": who may
    # read the document (a line opening so is never reporting).
    _rule("distribution note", r"^(?:[A-Z][A-Z /-]{2,30}:\s*)?for (?:internal|official|"
          r"restricted|limited) use\b[^.]{0,80}\bonly\b", 30, hints=("use",)),
    # "Not for publication": not "Do not publish the names, the commander told reporters."
    _rule("distribution note", r"^(?:not for (?:public )?(?:release|publication|distribution|"
          r"attribution|broadcast)|(?:for )?internal use only|do not (?:forward|distribute|"
          r"circulate|publish))\b", 12, in_prose=False),
    # "The views expressed in this brief are those of the authors": not "the views expressed
    # by the minister", nor "the findings are those of an Army review".
    _rule("disclaimer", rf"^{_SUBJECT} (?:(?:expressed|contained|presented|published)(?: (?:in|on|"
          rf"within) (?:this|these|the) {_DOC})?|(?:in|on|within) (?:this|these) {_DOC}) "
          r"(?:are|is|do|does|remain) (?:solely |entirely |exclusively )?(?:those of (?:the |its "
          r"|their )?(?:individual )?(?:authors?|writers?|contributors?|speakers?|presenters?)|"
          r"(?:the )?(?:sole )?responsibility of (?:the )?(?:authors?|writers?)|not (?:necessarily "
          r")?(?:reflect|represent))\b", 60, hints=("those", "responsib", "reflect", "represent")),
    # "Prepared by the Press Desk, Regional Security Office.": the office that compiled it.
    _rule("story credits", rf"^(?:[Pp]repared|[Cc]ompiled|[Pp]roduced|[Ii]ssued) (?:by|for) "
          rf"(?:the )?{_ORG}(?:, {_ORG})?"
          # ", 0600 local": the hour the product went out
          r"(?:,? (?:at )?\d{1,2}:?\d{2}(?: ?(?:local|hrs|[A-Z]{1,4}))?)?\s*(?:[.;]|$)", 40, 0),
    # "Gulf Security Monitor No. 12 | Page 1 of 3": a running footer with the page's number.
    _rule("page number", r"^[^|]{3,100}\|\s*page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|"
          r"^page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*\|[^|]{3,100}$", 20, hints=("page",)),
    # "Edition 152 | Wednesday, 7 August 2024", "Vol. 3, No. 12", "Issue #45 · Spring 2024".
    # (the month may come first: "December 2026 | Vol. 4, Issue 12")
    _rule("edition line", r"^(?:[A-Z][a-z]+\.?(?: \d{1,2},?)? \d{4}\s*[|•·]\s*)?"
          r"(?:edition|issue|vol(?:ume)?\.?|no\.|number)\s*#?\s*\d+\b"
          r"(?:\s*,\s*(?:no\.|issue|number)\s*#?\s*\d+)?\s*(?:[|•·]\s*[^.!?]{0,160})?$", 30),
    # "Security Brief No. 14/2024", "Working Paper No. 45": a series number on its own line.
    _rule("edition line", r"^(?:[A-Z][\w&'’-]*\s+){1,6}(?:No\.|Nr\.|Number|#)\s*\d{1,4}"
          r"(?:[/-]\d{2,4})?$", 8, 0),

    # Research notes and newsletters: endnotes, subscription pitches, reaction buttons.
    _rule("endnotes", rf"^\[\d{{1,3}}\]\s*(?:{_URL}|\S.{{0,400}}?{_URL}|ibid\b|id\.|op\. cit\b)|"
          rf"^\d{{1,3}}[.)]?\s+{_URL}(?:\s*[;,]\s*{_URL})*$", 80, hints=("[", "http", "www.")),
    _rule("endnotes", r"^(?:end ?notes|footnotes|references|notes and references|sources and "
          r"notes|works cited|bibliography|citations)\s*:?$", 4),
    # "Sources" as a heading (capitalised: a lower-case "sources" is a table cell's last word)
    _rule("endnotes", r"^(?:Sources|SOURCES)\s*:?$", 1, flags=0, hints=("sources",)),
    # "The rest of the sources are available in the full PDF version.": the list's tail.
    _rule("endnotes", r"^(?:the )?(?:rest of the|remaining|other|full(?: list of(?: the)?)?|"
          r"complete(?: list of(?: the)?)?|all(?: of)?(?: the)?) (?:sources|citations|endnotes|"
          r"footnotes|references|notes)(?: (?:for|of|to|in) (?:this|the) \w+)? (?:are|is|can be)"
          r" (?:available|found|listed|included|given)\b.{0,60}\b(?:pdf|online|website|web "
          r"(?:version|page)|full (?:version|report|text|update|brief|edition)|original|appendix|"
          r"annex)\b", 30,
          hints=("sources", "citations", "notes", "references")),
    # "The Levant Project publishes this update on weekdays. It covers ...": what the
    # publication is, printed over or under every issue.
    _rule("publication note", r"^(?:the )?[A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|for|on|"
          r"and|the)){0,8} (?:publishes|produces|issues|compiles|sends out|releases) this "
          r"(?:daily |weekly |monthly |regular )?(?:update|newsletter|brief|briefing|digest|"
          r"bulletin|tracker|round-?up|sitrep|summary)\b", 70, 0,
          hints=("this update", "this newsletter", "this brief", "this digest", "this bulletin",
                 "this tracker", "this round", "this sitrep", "this summary", "this daily",
                 "this weekly", "this monthly", "this regular")),
    _rule("web address", rf"^(?:{_URL}[\s;,]*){{2,}}$", 12, hints=("http", "www.")),
    _rule("subscribe", r"\b(?:to )?receive new posts\b|\bconsider becoming a (?:free or )?paid "
          r"subscriber\b|\breader-supported publication\b|\bupgrade to paid\b|\bgive a gift "
          r"subscription\b|\bthis post is for paid subscribers\b|\bdiscover more from\b|"
          r"\btype your e-?mail\b|\bsubscribe for free\b|\bstart (?:your |a )?(?:free )?trial\b",
          40, hints=("receive new posts", "subscri", "reader-supported", "upgrade to paid",
                     "discover more", "type your", "trial")),
    _rule("newsletter", r"^sign up (?:to|for) [\w'’&. -]{2,60}$", 8, in_prose=False),
    _rule("newsletter", r"\buse your e-?mail(?: address)? (?:only )?to send you\b|"
          r"\bsee our privacy (?:policy|notice) for (?:details|more information)\b", 30,
          hints=("send you", "privacy")),
    _rule("share buttons", r"^(?:likes?|restacks?|reposts?|repl(?:y|ies)|\d+ (?:likes?|"
          r"restacks?|reposts?|shares?|repl(?:y|ies)))$", 3),
    _rule("newsletter", r"\b(?:the |our )?(?:day|week|morning|evening)['’]s (?:top |biggest |"
          r"best |most important )?(?:stories|news|headlines)\b.{0,40}\bdelivered\b|\bdelivered "
          r"(?:straight )?(?:to you )?(?:every|each) (?:morning|afternoon|evening|day|weekday|"
          r"week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", 25, in_prose=False,
          hints=("delivered",)),

    # Briefing and speech transcripts: the label, the editor's note, timestamps, the close.
    _rule("transcript furniture", r"^(?:(?:full |press |briefing |official )?transcript|"
          r"end (?:of )?(?:the )?transcript|\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?|"
          r"(?:[\w ]{0,40}\.\s*)?as (?:prepared|written) for delivery|"
          r"(?:please )?note:? (?:this|the following) transcript has been (?:lightly )?"
          r"(?:edited|condensed)\b.*)\s*[.:]?$", 14),
    # A broadcast transcript's cues that carry no words: "(SOUNDBITE OF MUSIC)", "(LAUGHTER)".
    # ("(SOUNDBITE OF PRESS BRIEFING)" introduces what a speaker says: not flagged.)
    _rule("transcript furniture", r"^\((?:soundbite of )?(?:music|laughter|applause|crosstalk|"
          r"inaudible|silence|background noise|ambient noise|bell ringing)(?: [\w ,'’-]{0,30})?\)$",
          6, hints=("(",)),
    # "Heard on Morning Edition", "As heard on All Things Considered": the programme's label.
    _rule("transcript furniture", r"^(?i:(?:as )?heard on) (?:[A-Z][\w'’&.-]*\s?){1,5}$", 7,
          flags=0, hints=("heard on",)),
    # The broadcaster's note on its transcripts: "Transcripts may vary ...", "The
    # authoritative record of our programming is the audio record."
    _rule("disclaimer", r"\btranscripts? (?:text )?may (?:vary|be revised|contain errors)\b|"
          r"\bauthoritative record of (?:[\w'’]+ ){0,3}(?:programming|broadcasts?)\b", 60,
          hints=("transcript", "authoritative record")),
    # "(Transcript excerpt ends.)", "(END OF BRIEFING)": the close of a transcript or excerpt.
    _rule("transcript furniture", r"^\(\s*(?:(?:the )?(?:transcript|excerpt|briefing|remarks)"
          r"(?: excerpt)? (?:ends|ended|concludes|concluded)|end (?:of )?(?:the )?"
          r"(?:transcript|excerpt|briefing|remarks|press conference))\s*\.?\s*\)\.?$", 8,
          hints=("(",)),
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
    _rule("photo caption or credit", rf"[.!?]\s*\((?!(?:{_WIRES})\)|{STAGE_DIRECTION})"
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

# A link's note in pasted copy ("..., opens new tab"): flagged inside the sentence.
LINK_NOTE = re.compile(r",? opens (?:in )?(?:a )?new (?:tab|window)\b", re.I)
