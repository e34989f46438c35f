"""Boilerplate rules for audit reports, translation deliverables and mailed bulletins.

An audit office prints its report number on every summary page and footer; a translation
agency's deliverable carries its translator's conventions, certification and a client-only
notice; an HTML e-mail labels its boxes ("FEATURED ANALYSIS", "UPCOMING EVENTS"). The
sender's address may be set on two lines, street and town. A shared draft or a platform's
bulletin carries its own notes: the draft's circulation line, the editor's resolved-comment
marks, the issuer's disclaimer (not binding, not its members' views), how to report to it,
the credit under a map and a chart's title with its unit ("Troops in the region, '000").
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule
from briefdeck.ingest.rules_forms import RULES as _FORMS
from briefdeck.ingest.rules_newsletter import _STREET

# "+44 20 7946 0381", "(020) 7946-0381": a telephone number, its groups set apart
_PHONE = r"\+?\(?\d{1,4}\)?(?:[ .-]\d{2,5}){1,5}"
# "GAO-27-1234", "DODIG-2026-041", "OIG-25-17": an office's report number (two dashed parts
# after the letters, which no weapon's or unit's name has).
_REPORT_NO = r"[A-Z]{2,8}-\d{2,4}-\d{2,6}[A-Z]?\b"

# fmt: off
RULES: tuple[Rule, ...] = (
    # "Highlights of OIG-25-17, a report to the Committee", "OIG-25-17 Border Sensors": the
    # report's number heading a summary page or closing its running footer.
    _rule("running header or footer", rf"^(?:Highlights of |Summary of )?{_REPORT_NO}"
          r"[^.!?]{0,100}$", 14, flags=0, in_prose=False, hints=("-",)),
    # "Source: OIG analysis of agency data. | OIG-25-17": a figure's source, then the number.
    _rule("running header or footer", rf"[|•]\s*{_REPORT_NO}\s*$", 24, flags=0,
          hints=("|", "•")),
    # "View OIG-25-17. For more information, contact ...": the summary page's contact box.
    _rule("contact", rf"^View {_REPORT_NO}\.", 50, flags=0, hints=("view",)),
    # "OIG Highlights", "NAO At a Glance": the office's summary-page label.
    _rule("document label", r"^[A-Z]{2,6} (?:Highlights|At a Glance|In Brief)$", 4, flags=0,
          hints=("highlights", "glance", "brief")),
    # "Translator's conventions: ...", "Translator's certification: I certify ...".
    _rule("translation notice", r"^(?:translator['’]s|translation) (?:conventions?|"
          r"certification|certificate|statement|declaration|notes? on (?:style|conventions))"
          r"\s*:", 90, hints=("translat",)),
    _rule("translation notice", r"\bI (?:hereby )?certify that (?:the )?(?:above|foregoing|"
          r"attached|following) (?:text )?is an? (?:true|accurate|faithful|complete)\b", 90,
          hints=("certify",)),
    # "CONFIDENTIAL: prepared for the client's internal use only. Not for onward
    # distribution ...": a commercial deliverable's handling notice.
    _rule("distribution note", r"^(?:confidential|commercial[- ]in[- ]confidence|proprietary)"
          r"\s*[:.–—-]\s*.{0,200}?\b(?:internal use|not for (?:onward |further |public |wider )?"
          r"(?:distribution|circulation|publication|disclosure)|without (?:the )?(?:prior )?"
          r"(?:express )?(?:written )?(?:consent|permission))", 70,
          hints=("confidential", "proprietary")),
    # "FEATURED ANALYSIS", "Recommended reading": a bulletin's label over one of its boxes.
    _rule("section label", r"^(?:featured|recommended|latest|new|further|more|selected) "
          r"(?:analysis|commentary|research|reading|publications?|reports?|papers?|podcasts?|"
          r"videos?|insights?)\s*:?$", 3,
          hints=("featured", "recommended", "latest", "new", "further", "more", "selected")),
    # "UPCOMING EVENTS", "Save the date": the heading of an event promotion (see boilerplate).
    _rule("event promotion", r"^(?:upcoming|forthcoming|featured|next|our|future) (?:events?|"
          r"webinars?|briefings?|roundtables?|conferences?)\s*:?$|^save the date\s*:?$", 3,
          hints=("event", "webinar", "briefing", "roundtable", "conference", "save the")),
    # "We are following developments throughout the day.", "This story will be updated.":
    # a live page's or a developing story's note to its readers.
    _rule("update note", r"^(?:we (?:are|will be|'re|’re) (?:following|monitoring|tracking|"
          r"covering|updating)(?: (?:the|all|these|latest))? (?:developments|this (?:story|page)|"
          r"events|the situation)(?: (?:throughout|during|over) the (?:day|night|evening|"
          r"weekend)| as they (?:happen|unfold)| live| closely)?|this (?:story|article|page|"
          r"report|post) (?:will be|is being) (?:updated|refreshed)(?: (?:as|when) (?:more "
          r"(?:details|information) (?:becomes?|is) available|events unfold|news comes in))?)"
          r"\s*[.!]?$", 16, hints=("we ", "will be", "is being")),
    # A sender's address on two lines: "1200 Harbor Blvd. N.W." over "Tampa, FL 33602".
    _rule("postal address", rf"^\d{{1,6}} (?:[A-Z0-9][\w.'’-]*\.? ){{1,4}}{_STREET}\.?"
          r"(?: [NS]\.? ?[EW]\.?)?,?$", 8, flags=0, in_prose=False,
          hints=tuple(s.lower() for s in ("Ave", "St", "Rd", "Blvd", "Way", "Dr", "Pl", "Ln",
                                          "Ct", "Sq", "Pkwy", "Hwy", "Plaza", "Suite",
                                          "Place", "Lane", "Court", "Square"))),
    _rule("postal address", r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3},? (?:[A-Z]{2}|D\.C\.) "
          r"\d{5}(?:-\d{4})?$", 5, flags=0),
    # "DRAFT v3 - internal - do not circulate": a shared draft's version and circulation.
    _rule("distribution note", r"^draft(?: v?\d+(?:\.\d+)*)?\s*[-–—:|(]\s*.{0,60}\b(?:internal|"
          r"do not (?:circulate|distribute|forward|share|cite|quote)|not for (?:circulation|"
          r"distribution|publication|citation))\b", 20, in_prose=False, hints=("draft",)),
    # "_Marked as resolved_": an editor's comment closed, as a document export prints it.
    _rule("document comments", r"^[_*]{0,2}marked as (?:resolved|done)[_*]{0,2}$", 4,
          hints=("marked",)),
    # "Its reports are for ... staff only and do not represent the views of any member.",
    # "Its content is not binding.": the issuer on what its bulletin is (a story names who
    # does not represent whom, not "its reports").
    _rule("disclaimer", r"\b(?:its|this|these|our) (?:reports?|content|bulletins?|"
          r"publications?|information|products?|analys[ie]s)\b[^.]{0,80}?\b(?:(?:do|does) not "
          r"(?:necessarily )?(?:represent|reflect) the (?:views?|opinions?|positions?) of|"
          r"(?:is|are) not (?:legally )?binding)\b", 60,
          hints=("not represent", "not reflect", "not binding", "not necessarily", "not legally")),
    # "To report an incident, use the incident form or call the duty phone.": where to report.
    _rule("contact", r"^to report an? (?:incident|security incident|safety incident|concern|"
          r"problem|threat)\b", 40, hints=("to report",)),
    # "(RANE/Map data: Natural Earth)": the credit under a map.
    _rule("photo caption or credit", r"^\(?(?:[\w .&-]{1,40}/\s*)?map (?:data|source|tiles)\s*"
          r"(?::|©|by)\s*[^()]{2,60}\)?$", 10, hints=("map",)),
    # "American troops in the Middle East, '000, latest estimates": a chart's title, its unit
    # (thousands) after a comma; a sentence never writes "'000".
    _rule("chart furniture", r"^[A-Z][^.!?]{2,80},\s*['’]000s?(?:,\s*[^.!?]{1,40})?$", 14,
          in_prose=False, hints=("000",)),
    # "Source: our fixtures desk; exchange assessments where marked. Rates indicative.": the
    # source line under a market table, closed by its caveat that the numbers are estimates.
    _rule("chart furniture", r"^sources?\s*:\s*[^.!?]{2,160}\.\s*(?:all )?(?:rates|prices|"
          r"figures|levels|values|assessments|quotes|numbers)(?: (?:are|shown))? (?:indicative|"
          r"approximate|provisional|estimates?|unaudited)(?: only)?\.?$", 40,
          hints=("indicative", "approximate", "provisional", "estimate", "unaudited")),
    # "4. Photographs (appended, 14 in total)", "Schedule of photographs": a report's list of
    # the pictures it appends, and each picture's caption under it ("Photo 2: Burnt racking,
    # bays 11 to 18."): what is in a picture, not the report's findings.
    _rule("photo schedule", r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:photographs|photos|"
          r"photographic (?:record|schedule|evidence|log)|photo(?:graph)? (?:schedule|log|record|"
          r"index|list)|(?:schedule|list|index) of photographs)(?:\s*\([^()]{0,60}\))?\s*:?$", 12,
          hints=("photo",)),
    _rule("photo schedule", r"^(?:photo(?:graph)?|plate)\s*(?:no\.?\s*)?\d{1,3}[a-z]?\s*[:–—-]\s+"
          r"\S", 40, hints=("photo", "plate")),
    # "Jane Roe ACII, Senior Adjuster, for and on behalf of X Ltd, Office 18, ...": who signs
    # for a firm and its office address, closing a report or letter (not a sentence).
    _rule("signature", r"\bfor and on behalf of\b", 40, in_prose=False, hints=("on behalf",)),
    # "This report is preliminary and is issued without prejudice to Insurers' rights ...",
    # "Without prejudice": a claims document's reservation of rights.
    _rule("disclaimer", r"^(?:this|the|our) (?:[\w-]+ ){0,3}(?:report|letter|document|"
          r"assessment|opinion|advice|notice|communication|e-?mail)\b[^.]{0,120}\bwithout "
          r"prejudice\b|^(?:issued |sent |written )?without prejudice(?: (?:and|&) (?:subject to "
          r"contract|confidential))?\.?$", 40, hints=("without prejudice",)),
    # "This roundtable was held under the Chatham House Rule. Views are not attributed ...":
    # a meeting summary's non-attribution notice (why no speaker is named), not its content.
    _rule("non-attribution notice", r"^(?:this|the) (?:[\w-]+ ){0,3}(?:roundtable|meeting|"
          r"workshop|seminar|discussion|session|event|dialogue|conference|briefing|symposium)s? "
          r"(?:was|were|is|are|will be) (?:held|conducted|run) under the Chatham House Rule\b|"
          r"\bChatham House Rule\b[^.]{0,80}\.\s*[^.]{0,80}\bnot (?:be )?attributed\b", 60,
          hints=("chatham house",)),
    # "Tanker desk: +44 20 7946 0381 | Dry cargo desk: +44 20 7946 0392": a report's desks and
    # their numbers, set apart by bars (one desk alone is rules_releases').
    _rule("contact", rf"^(?:[\w.&'’-]+ ){{0,4}}(?:desk|office|line|team)\s*:\s*{_PHONE}"
          rf"(?:\s*[|/•·;]\s*(?:[\w.&'’-]+ ){{0,4}}(?:desk|office|line|team)\s*:\s*{_PHONE})+$",
          30, hints=("desk", "office", "line", "team")),
    # "2216 Rayburn House Office Building, Washington, DC 20515 | (202) 225-4151": a
    # letterhead's address in a named building, with its phone, on one line (without the
    # phone the address is part of the block the letterhead's own rules take whole).
    _rule("postal address", r"^\d{1,6} (?:[A-Z][\w.'’-]*\.? ){1,6}(?:Building|Bldg\.?|Tower|"
          r"Center|Centre|Hall|House),?(?: (?:Suite|Room|Floor) [\w-]{1,6},)? (?:[A-Z][a-z]+ )"
          rf"{{0,2}}[A-Z][a-z]+,? [A-Z]{{2}} \d{{5}}(?:-\d{{4}})?\s*[|•·;]\s*{_PHONE}$",
          20, flags=0, hints=("building", "bldg", "tower", "center", "centre", "hall", "house")),
    # "Staff contacts: Jo Roe, ext. 5-4151; Al Poe, ext. 5-4158.": who to call, by extension.
    _rule("contact", r"^(?:[\w-]+ ){0,2}contacts?\s*:\s*[^.]{2,60}\bext(?:ension|\.)?\s*"
          r"[\d-]{3,10}\b", 40, hints=("contact",)),
    # "Corrections and questions: data@monitor.org. ...": where readers write, closing a report.
    _rule("contact", r"^(?:corrections|questions|comments|feedback|enquiries|inquiries|queries)"
          r"(?:,? (?:and|or) (?:corrections|questions|comments|feedback|enquiries|inquiries|"
          r"queries))?\s*(?:to)?\s*:\s*[\w.+-]+@[\w-]+\.[\w.-]+", 40, hints=("@",)),
    # "6. Citing this report", "How to cite this paper", "Suggested citation": the heading of
    # a report's citation note; "Please cite the corrected version: ...", the note itself.
    _rule("citation note", r"^(?:\d{1,2}\.?\s+)?(?:citing this (?:report|paper|notice|study|"
          r"publication|document|brief)|how to cite(?: this (?:report|paper|notice|study|"
          r"publication|document|brief))?|(?:suggested|recommended|preferred) citation)\s*:?$", 8,
          hints=("cit",)),
    _rule("citation note", r"^(?:please cite (?:the|this|as)\b|(?:suggested|recommended|"
          r"preferred) citation\s*:|cite (?:this (?:report|paper|notice) )?as\s*:)", 60,
          hints=("cit",)),
    # "Please don't post any of this on Facebook.": the writer's request not to pass it on.
    _rule("sharing request", r"^please (?:don['’]t|do not|dont) (?:post|share|forward|repost|"
          r"circulate|publish|pass on)\b[^.!?]{0,60}[.!]?$", 14, hints=("please",)),
    # "End of Session S4. Session S5, Maritime defence, begins on page 49.": a programme
    # book's (or a report's) line closing one part and pointing to the next one's page.
    _rule("end-of-section line", r"^end of (?:session|part|section|chapter|panel|track|day)"
          r"\b[^.!?\n]{0,30}\.?(?:\s+[^.!?\n]{0,100}\b(?:begins|starts|continues|follows) on "
          r"page \d{1,4}\.?)?$", 24, hints=("end of",)),
    # "[end of part 3, part 4 when I get to it - G.]": the writer's bracketed closing note.
    _rule("closing note", r"^\[\s*(?:end of (?:part|entry|entries|diary|notebook|notes|"
          r"transcript|section|chapter|file|instalment|installment)\b|to be continued\b|"
          r"continued (?:in|next)\b)[^\[\]\n]{0,80}\]$", 20, hints=("[",)),
)
# fmt: on

# released records' forms and letters, printed programmes: rules_forms
RULES += _FORMS
