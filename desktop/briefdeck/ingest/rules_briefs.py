"""Boilerplate rules for reports, briefs and digests (often read from PDF or Word): their
markings, routing blocks, translation notices, editions, page footers and disclaimers.
"""

from __future__ import annotations

from briefdeck.ingest.publishing_words import _DOC, _NOT_SOURCING_PERSON, _ORG
from briefdeck.ingest.rules import Rule, _rule

_SUBJECT = (
    r"(?:the |all |any )?(?:views?|opinions?|contents?|findings|conclusions|information|"
    r"material|analysis|assessments?|statements?)(?:,? (?:and|or) (?:views?|opinions?|"
    r"conclusions|findings|analysis))?"
)

# What a report calls its next number: "Next report:", "Next INTSUM:", "Next SITREP:".
_ISSUE = (r"(?:report|sitrep|update|summary|brief(?:ing)?|issue|edition|digest|bulletin|"
          r"newsletter|intsum|intrep|perintrep|infosum|opsum|insum|wrap)")

# fmt: off
RULES: tuple[Rule, ...] = (
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
    # (the legal form spelt with stops or after a comma: "... AGENCY L.L.C. - PORT ELM")
    _rule("letterhead", r"^[A-Z][A-Z&.'’ -]+,? (?:LTD|LIMITED|LLC|L\.L\.C|INC|PLC|GMBH|LLP|"
          r"W\.L\.L)\.?"
          r"(?:\s*[|–—-]\s*[A-Z0-9][A-Z0-9 ()&,.'’/-]*)?$", 16, flags=0),
    # A report's glossary line and its pointer to the next issue.
    _rule("distribution note", r"^(?:abbreviations|acronyms|glossary|key to abbreviations)\s*:"
          r"\s*\S", 80, hints=("abbreviations", "acronyms", "glossary")),
    _rule("distribution note", rf"^(?:\d{{1,2}}[.)]\s*)?next {_ISSUE}\s*(?::|due|will be)\s*"
          r".{0,40}$", 12, in_prose=False, hints=("next",)),
    # "Next bulletin: Friday, 3 May 2024.", "Next INTSUM: 337-26, 091200C DEC 26.": with its
    # colon a label, though it ends like a sentence.
    _rule("distribution note", rf"^next {_ISSUE}\s*:\s*[^.!?]{{3,40}}[.]?$", 8, hints=("next",)),
    # "Source grading uses the Admiralty system: reliability A-F, credibility 1-6.": the key to
    # an intelligence report's grades, not a source of it.
    _rule("grading key", r"\badmiralty (?:system|code|grading|scale|ratings?)\b|"
          r"\b(?:source|information) (?:grading|evaluation|grades)\b.{0,60}\bnato\b|"
          r"\breliability\s*\(?[A-F]\s*(?:[-–—]|to)\s*[A-F]\)?\W{1,4}(?:information |source )?"
          r"credibility\s*\(?[1-6]\s*(?:[-–—]|to)\s*[1-6]\b", 30,
          hints=("admiralty", "nato", "credibility")),
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
    # (the issue's month may come first: "December 2026 | Vol. 4, Issue 12")
    _rule("edition line", r"^(?:[A-Z][a-z]+\.?(?: \d{1,2},?)? \d{4}\s*[|•·]\s*)?"
          r"(?:edition|issue|vol(?:ume)?\.?|no\.|number)\s*#?\s*\d+\b"
          r"(?:\s*,\s*(?:no\.|issue|number)\s*#?\s*\d+)?\s*(?:[|•·]\s*[^.!?]{0,160})?$", 30),
    # "Security Brief No. 14/2024", "Working Paper No. 45": a series number on its own line.
    _rule("edition line", r"^(?:[A-Z][\w&'’-]*\s+){1,6}(?:No\.|Nr\.|Number|#)\s*\d{1,4}"
          r"(?:[/-]\d{2,4})?$", 8, 0),
)
# fmt: on
