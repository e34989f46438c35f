"""Boilerplate rules for official and institutional documents' standing text: a sanctions or
arms-sale release's legal notices and release number, a UN document's cover furniture (barcode,
distribution and language lines, excerpt note, the transmittal letter's closing formula), an
intelligence brief's handling, distribution, yardstick and grading lines, a meeting
transcript's export title, duration and started/stopped lines, an alert app's export header,
instructions and trailer, and a funeral home's guestbook and tribute buttons; a report
form's instructions to whoever fills it in; a master's protest formula (ship_protests).
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule
from briefdeck.ingest.ship_protests import RULES as _SHIP_PROTESTS

# A transcript's stage directions: what the room did, never a caption's credit.
STAGE_DIRECTION = r"(?:Laughter|Laughs|Applause|Crosstalk|Inaudible|Cheers|Chuckles|Pause)\.?\)"

# "Dear Mr. Speaker:", "Dear Madam President,": a letter's greeting of an office by its title
# alone (a greeting that names the person, "Dear Secretary Ames:", is left in the text: it
# gives the addressee's title)
_SALUTE = (
    r"Dear (?:Mr|Mrs|Ms|Madam|Madame)\.? (?:Vice |Deputy )?(?:Speaker|President|Chair(?:man|"
    r"woman)?|Secretary(?: General)?|Leader|Ambassador|(?:Prime )?Minister|Governor|Mayor)\s?[:,]"
)

# fmt: off
RULES: tuple[Rule, ...] = (
    # An arms-sale notice's closing lines: "This notice of a potential sale is required by law
    # and does not mean the sale has been concluded.", "All questions regarding this proposed
    # Foreign Military Sale should be directed to ...".
    _rule("legal notice", r"^this notice of an? (?:potential|proposed|possible) sale is "
          r"required by law\b", 30, hints=("required by law",)),
    _rule("contact", r"^all (?:questions|inquiries|enquiries) (?:regarding|about|concerning|on) "
          r"this (?:proposed |potential |possible )?.{0,60}\bshould be directed to\b", 40,
          hints=("directed to",)),
    # A UN document's cover: "*2618432*" (the barcode's text), "Distr.: General",
    # "Original: English", "* The present excerpt reproduces ...".
    _rule("document furniture", r"^\*\d{6,8}\*$", 1, hints=("*",)),
    _rule("document furniture", r"^distr\.?\s*:\s*(?:general|limited|restricted)$", 3,
          hints=("distr",)),
    _rule("document furniture", r"^original\s*:\s*(?:arabic|chinese|english|french|russian|"
          r"spanish)(?:\s*(?:/|and)\s*[a-z]+)?$", 4, hints=("original",)),
    _rule("document furniture", r"^\*\s*(?:the|this) (?:present )?excerpt (?:reproduces|"
          r"contains|includes)\b", 50, hints=("excerpt",)),
    # The transmittal letter's closing formula: "... would appreciate it if the present letter
    # and the report were brought to the attention of ... and issued as a document of the
    # Council."
    _rule("document furniture", r"\bwould appreciate it if the present letter\b.{0,250}\b"
          r"issued as (?:a|an official) document of the\b", 70, hints=("present letter",)),
    # A note verbale's complimentary close: "The Ministry ... avails itself of this
    # opportunity to renew to the Embassy the assurances of its highest consideration." The
    # same formula closes every note; the opening "presents its compliments" carries the facts.
    _rule("document furniture", r"\bavails? (?:itself|themselves|himself|herself) of (?:this|the"
          r"(?: present)?) opportunity to (?:renew|express|convey|extend|reiterate)\b.{0,200}\b"
          r"(?:assurances?|expressions?) of (?:its|their|his|her) (?:highest|high|most "
          r"distinguished|distinguished) consideration\b", 70, hints=("avail",)),
    # "[Translator's note: The original is on the Ministry's letterhead.]", "Translator's notes:
    # (1) 'Martyrs' renders ...": what a translator says of the wording, never what happened
    # (a note that glosses a date by the strike on that day tells of the strike: kept).
    _rule("translation notice", r"^\[\s*translator['’]?s['’]? notes?\s*:(?![^\]]{0,900}\b"
          r"(?:strikes?|attack(?:s|ed)?|killed|wounded|died|struck|fired|shot down)\b)"
          r"[^\[\]]{1,900}\]$|"
          r"^translator['’]?s['’]? notes?\s*:\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|\[\d{1,2}\])", 120,
          hints=("translator",)),
    # An intelligence brief's handling block: "Handling: ...", "Distribution: ...",
    # "Probability yardstick: ...", "Source grading: ...", and its reference number.
    _rule("handling instructions", r"^(?:handling(?: instructions| caveats?)?|distribution"
          r"(?: list)?|(?:probability|likelihood) (?:yardstick|scale)|source grading|"
          r"grading)\s*:\s*\S", 70, hints=("handling", "distribution", "yardstick", "scale",
                                           "grading")),
    _rule("handling instructions", r"^reference\s*:\s*[A-Z0-9]{2,10}(?:[/-][A-Z0-9]{1,10}){2,5}$",
          4, hints=("reference",)),
    # A meeting transcript's export: "FP Sync-20261124_090114-Meeting Transcript", its length
    # "4m 58s", "Surname, Given RANK UNIT started transcription".
    _rule("transcript furniture", r"-\d{8}_\d{6}-Meeting (?:Transcript|Recording)$", 20,
          hints=("meeting",)),
    _rule("transcript furniture", r"^(?:\d{1,2}h\s?)?\d{1,2}m\s?\d{1,2}s$", 3,
          hints=("m",)),
    _rule("transcript furniture", r"\b(?:started|stopped) (?:transcription|recording)$", 16,
          hints=("transcription", "recording")),
    # An alert app's saved history: "Home Front Command | Alerts history", "Exported from the
    # ... app, version 6.4.2", "Filter: ...", "Tap for instructions", the standing shelter
    # instruction under each alert, and "End of history. Alerts older than ... are not stored".
    _rule("alert app furniture", r"^[A-Z][\w .'’&-]{1,60}\s*\|\s*alerts? (?:history|log|"
          r"archive)$", 10, hints=("alert",)),
    _rule("alert app furniture", r"^exported (?:from|by|with) (?:the )?.{1,60}?\b(?:app|"
          r"application)\b(?:,? (?:version|v\.?) ?[\d.]+)?\.?$", 14, hints=("exported",)),
    _rule("alert app furniture", r"^filters?\s*:\s*(?:all|none|\w+ (?:alert|type|area)s?)\b",
          14, in_prose=False, hints=("filter",)),
    _rule("alert app furniture", r"^(?:tap|click|press) (?:here )?(?:for|to (?:see|view|read)) "
          r"(?:the |more )?(?:instructions|guidelines|details)\.?$", 6,
          hints=("instructions", "guidelines", "details")),
    _rule("alert app furniture", r"^(?:enter|go to|get to) (?:the |a |your )?(?:nearest )?"
          r"(?:protected space|shelter|safe room|secure room|stairwell)\b.{0,40}\bstay "
          r"(?:there|inside)\b.{0,30}$", 18, hints=("stay",)),
    _rule("alert app furniture", r"^end of (?:history|log|the list|list)\b|\balerts older than "
          r".{1,30}\bare not (?:stored|kept|shown|saved)\b", 25, hints=("end of", "older than")),
    # A funeral home's page: "In lieu of flowers, ..." and the guestbook's buttons and tributes.
    _rule("guestbook", r"^in lieu of flowers\b", 60, hints=("in lieu",)),
    _rule("guestbook", r"^(?:guest ?book|sign (?:the )?guest ?book|share an? (?:memory|"
          r"condolence|photo|story)|send (?:flowers|sympathy gifts?|a card)|plant (?:a )?trees?|"
          r"light a candle|leave a condolence|view (?:all )?condolences|post a condolence)$", 4),
    _rule("guestbook", r"^(?:an? |\d+ |one )?(?:memorial )?trees? (?:was|were|has been|have "
          r"been) planted in (?:loving )?memory of\b", 30, hints=("planted",)),
    # A public affairs guidance's header fields, in capitals with a colon, perhaps numbered:
    # "ORIGINATOR: USCENTCOM Public Affairs (CCPA), MacDill AFB, Fla.", "APPROVAL: OSD(PA)
    # approved ...", "PA POSTURE: ACTIVE from ...", "5. COORDINATION: OSD(PA); Joint Staff
    # PA". Who wrote and cleared the paper: the base in its address is not a place in the news.
    _rule("distribution note", r"^(?:\d{1,2}[.)]\s*)?(?:ORIGINATOR|APPROVAL|APPROVED BY|"
          r"(?:PA |PUBLIC AFFAIRS )?POSTURE|COORDINATION|COORDINATED WITH|RELEASE AUTHORITY)"
          r"\s*:\s*\S", 40, flags=0, hints=(":",)),
    # A military staff's masthead: its unit in capitals, closed by its abbreviation, alone on
    # a line: "TASK FORCE SENTINEL - JOINT INTELLIGENCE SUPPORT ELEMENT (JISE)". Who issued
    # the paper, over its title.
    _rule("masthead", r"^(?=[^a-z]{8,140}$)(?:[A-Z0-9.&'/-]+ ){0,8}?(?:TASK FORCE|COMMAND|"
          r"ELEMENT|CENT(?:ER|RE)|CELL|DIRECTORATE|HEADQUARTERS|DIVISION|BRIGADE|BATTALION|"
          r"REGIMENT|SQUADRON|WING|FLEET|STAFF)\b[^()]{0,80}\([A-Z0-9-]{2,12}\)$", 16,
          flags=0, in_prose=False, hints=("(",)),
    # The guidance's points of contact: "CDR Ellen Marchetti, CCPA Media Operations, (813)
    # 555-0143": a rank, a name, an office and a telephone number closing the line.
    _rule("contact", r"^(?:[A-Z][A-Za-z]{1,5}\.? ){1,2}(?:[A-Z][\w.'’-]+ ){1,3}?[A-Z][\w'’-]+, "
          r"[^,]{3,60}, (?:DSN |COMM |Tel\.? )?(?:\+\d{1,3}[ -]?)?(?:\(\d{3}\) ?)?"
          r"\d[\d -]{6,16}\d$",
          20, flags=0, hints=(",",)),
    # "This PAG expires 31 DEC 26 unless superseded. Do not release this document outside
    # public affairs channels.": when the guidance lapses and how it is handled.
    _rule("distribution note", r"^this (?:pag|guidance|document|message|product|plan)\b.{0,40}"
          r"\bexpires?\b.{0,40}\b(?:unless|until) (?:superseded|rescinded|cancell?ed|extended)\b",
          50, hints=("expire",)),
    # "Dear Mr. Speaker: (Dear Mr. President:)": an official letter's salutation, with the
    # second addressee's in brackets when the same letter goes to both houses. A greeting,
    # never news (the title in it would read as a person).
    _rule("letter furniture", rf"^{_SALUTE}(?:\s*\({_SALUTE}\))?$", 12, flags=0,
          hints=("dear ",)),
    # A report form's instructions to whoever fills it in: "Complete within 2 hours of the
    # incident ...", "Fields marked * are mandatory." (its deadlines are no facts of the
    # incident), and its privacy line "Do not include names of injured staff in this form."
    _rule("form instructions", r"\bfields marked (?:with )?(?:an? )?(?:\*|\(\*\)|asterisks?)"
          r"(?: \(\*\))? are (?:mandatory|required|compulsory|obligatory)\b|^(?:please )?"
          r"(?:complete|fill (?:in|out)|submit|send) (?:this (?:form|report) )?within \d{1,3} "
          r"(?:hours?|hrs?|days?)\b", 60, hints=("fields marked", "within")),
    _rule("form instructions", r"^do not (?:include|enter|write|record|give|put|add) (?:the )?"
          r"(?:full )?(?:names?|personal (?:data|details|information)|identities) of\b.{0,100}"
          r"\b(?:in|on) this (?:form|report|document|template)\b", 40, hints=("do not",)),
    # A committee staff memo's closing lines: who to ask about it ("Questions about this
    # memorandum may be directed to ... (5-4151)"), its "STAFF CONTACTS" heading, and the
    # disclaimer that Members have not reviewed it: the memo's handling, not the hearing's news.
    _rule("memo contacts", r"^(?:questions|inquiries|enquiries) (?:about|regarding|on|concerning)"
          r" this (?:memo(?:randum)?|briefing|document|paper) (?:may|should|can) be (?:directed|"
          r"addressed|referred|sent) to\b|^(?:committee |subcommittee )?staff contacts?:?$", 60,
          hints=("this memo", "this briefing", "this document", "this paper", "staff contact")),
    _rule("memo contacts", r"^this (?:memo(?:randum)?|briefing (?:memo|paper)|document) (?:was|has"
          r" been) prepared by (?:the )?(?:\w+ ){0,3}staff\b.{0,80}\bnot (?:been )?(?:reviewed|"
          r"approved|endorsed|adopted)\b", 50, hints=("prepared by",)),
    # A results-of-trial listing's standing note: "A finding of not guilty is an acquittal.
    # Sentences are listed as adjudged and are subject to review ...": how to read every
    # listing, the same each month (a story gives a sentence as adjudged in its own words).
    _rule("disclaimer", r"\ba finding of not guilty is an acquittal\b|\bsentences (?:are|were) "
          r"(?:listed|reported|shown|published|given) as adjudged\b", 80,
          hints=("acquittal", "adjudged")),
    # "Witness<TAB>Position": a hearing's witness table's head row as a Word reader returns it
    # (the rows under it name the witnesses: they stay).
    _rule("table head", r"^(?:witness(?:es)?|name|panel)\t(?:position|title|affiliation|"
          r"organi[sz]ation|agency|representing)$", 4, hints=("\t",)),
    # "EXECUTIVE DEPARTMENT": the heading a governor's proclamation or order sets under the
    # state's name; it names no one and nothing that happened.
    _rule("proclamation furniture", r"^EXECUTIVE (?:DEPARTMENT|CHAMBER|OFFICE)S?$", 3, flags=0,
          hints=("executive",)),
    # "By the Governor: /s/ Jo Ames, SECRETARY OF STATE": the countersignature under an
    # executive act (the secretary attests the signing; the act is the signer's).
    _rule("signature", r"^by (?:the |order of the )?[\w .'’-]{2,40}:\s*/s/\s*[A-Z][^/]{2,80}$",
          16, hints=("/s/",)),
) + _SHIP_PROTESTS  # a master's note of protest: its legal formula
# fmt: on
