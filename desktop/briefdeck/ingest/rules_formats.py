"""Boilerplate rules for the furniture of particular formats of report: a letters page's
kicker and its "Write to us" box, a media advisory's planning line and its logistics, a
journal's running head and DOI, a bill's printing marks, a remarks transcript's credit, an
alert's tagline and distribution note, a machine translation's notes, a live chat's rules and
its moderator's credit, a content farm's "Source link".

Each names what the page says about itself or its handling, never what happened.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"

# fmt: off
RULES: tuple[Rule, ...] = (
    # "Opinion | Letters to the Editor": the section kicker over a letters page.
    _rule("section heading", r"^(?:opinion|views|comment|commentary)\s*[|›>»/:]\s*(?:letters"
          r"(?: to the editor)?|readers['’]? letters|your letters|editorials?|op-?eds?|columns?)$",
          8, hints=("letters", "editorial", "op", "column")),
    # "Write to us", "Send letters of up to 200 words to ...", "Letters must include your full
    # name ...": how readers write in, and the page's policy for what it prints.
    _rule("letters policy", r"^(?:write to us|write to the editor|send us (?:a|your) letters?|"
          r"letters? policy|how to submit a letter|submit a letter)\s*[.:!]?$", 6,
          hints=("write", "letter")),
    _rule("letters policy", r"^(?:send|submit|e-?mail|mail) (?:your )?letters?\b.{0,200}"
          r"(?:\bwords?\b|@)|^letters (?:must|should|may|will be|are|cannot) (?:include|be "
          r"(?:edited|limited|no longer|signed|under)|edited|limited|subject|published|printed)"
          r"\b.{0,200}$|^we (?:do not|don['’]t|cannot) (?:publish|print|accept) anonymous letters",
          32, hints=("letter",)),
    # "FOR PLANNING PURPOSES": a media advisory's marking over its headline.
    _rule("press release furniture", r"^for planning purposes(?: only)?\.?$", 4,
          hints=("planning",)),
    # "Drones are not permitted on the installation.", "Parking: Use the visitor lot ...": the
    # advisory's instructions to the crews coming to the event.
    _rule("media logistics", r"^(?:[\w-]+ ){1,3}(?:are|is) (?:not permitted|prohibited|not allowed"
          r"|forbidden) (?:on|at|in|inside) (?:the )?(?:installation|base|post|premises|venue|"
          r"grounds|ceremony|event)\.?$", 12, hints=("permitted", "prohibited", "allowed",
                                                     "forbidden")),
    _rule("media logistics", r"^(?:media )?(?:parking|directions|getting there)\s*:\s*\S", 30,
          hints=("parking", "directions", "getting there")),
    # "Joint Force Headquarters - Public Affairs Office, Montgomery, Ala.": the issuing office
    # with its town, on a line of its own.
    _rule("contact", r"^(?:[A-Z][\w.&'’-]*\s+|[-–—|]\s+){1,8}(?:Public Affairs|Public "
          r"Information|Press|Media|Communications) Office,\s*[A-Z][\w.'’ -]{1,30}"
          r"(?:,\s*[A-Z][\w.'’ ]{1,20})?$", 16, flags=0, hints=("office,",)),
    # "Security Dynamics Quarterly, Vol. 14, No. 4 (2026), pp. 311-329", "DOI: 10.1080/...":
    # a journal article's running head and its identifier.
    _rule("running head", r"^[A-Z][\w&:'’ -]{2,80},?\s+vol(?:\.|ume)\s*\d+\s*,?\s*(?:(?:no\.|"
          r"issue|iss\.)\s*\d+)?[^.]{0,20}?(?:,?\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?\.?$", 20,
          hints=("vol",)),
    _rule("page id", r"^(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+$", 4,
          hints=("doi",)),
    # "VerDate Sep 11 2014 21:04 Dec 02, 2026 Jkt 069200 PO 00000 Frm 00001 ...", "•HR 6412 IH":
    # the Government Publishing Office's marks at a bill page's foot.
    _rule("page id", r"^VerDate\b.{0,80}\bJkt\b.{0,40}\bFrm\b", 30, flags=0, hints=("verdate",)),
    _rule("page id", r"^[•·]?\s*(?:H\.?\s?R\.?|S\.?|H\.?\s?RES\.?|S\.?\s?RES\.?|"
          r"H\.?\s?J\.?\s?RES\.?)\s*\d{1,5}\s+(?:IH|IS|RH|RS|EH|ES|ENR|RFS|RFH|PCS|RCS|EAH|EAS|"
          r"ATS|ATH|CPH|CPS|RDS|RTS)$", 4, flags=0),
    # "Transcript prepared by the ... Public Affairs Office. Checked against delivery.".
    _rule("transcript credit", r"^(?:this )?(?:transcript|transcription)(?: was)? (?:prepared|"
          r"produced|provided|compiled|made) by\b|^checked against delivery\.?$", 25,
          hints=("transcript", "delivery")),
    # "Safety. Integrity. Delivery.": a company's three-word motto under its name.
    _rule("tagline", r"^(?:[A-Z][a-z]{2,15}\.\s+){2,3}[A-Z][a-z]{2,15}\.$", 4, flags=0),
    # "This alert is for internal use ... Do not forward outside these groups.": who may read.
    _rule("distribution note", r"^this (?:alert|bulletin|document|report|notice|message|"
          r"briefing|brief|e-?mail|update|advisory|product) is (?:intended )?(?:only |solely |"
          r"strictly )?for (?:internal|official|the internal) use\b|"
          # "... and assessments. Do not forward outside the client distribution list."
          r"(?:^|[.!?]\s+)do not (?:forward|distribute|circulate|share|redistribute)\b.{0,60}"
          r"(?:outside|beyond|further|without)\b", 30,
          hints=("internal use", "official use", "do not")),
    # "[Translated by machine from the Arabic original ...]": the translator's note.
    _rule("translation notice", r"^\[?(?:translated by machine|machine[- ]translated|machine "
          r"translation|translated from the \w+ original)\b", 30,
          hints=("machine", "original")),
    # "Comment rules: be civil ...", "Moderated by Jo Ames. Edited by Li Wei.": a live chat's
    # house rules and the credit for its moderator.
    _rule("page feedback", r"^(?:comment(?:ing)?|community|posting|discussion|chat|house) "
          r"(?:rules|guidelines|policy)\s*:", 30, hints=("rules", "guidelines", "policy")),
    _rule("story credits", rf"^(?i:moderated|hosted|edited|produced) by {_NAME}\.?"
          rf"(?:\s+(?i:moderated|hosted|edited|produced) by {_NAME}\.?)*$", 14, flags=0,
          hints=("by",)),
    # ">> WE'LL BE RIGHT BACK.", "MORE ON THIS STORY AS IT DEVELOPS ON OUR WEBSITE.": an
    # anchor's break and sign-off in a broadcast's captions.
    _rule("broadcast script", r"^(?:>{2,3}\s*)?(?:we['’]ll be right back|stay (?:with us|tuned)|"
          r"(?:(?:we['’]ll have|there['’]s|for) )?more on this story as it develops\b[^.!?]{0,40}"
          r")\s*[.!]?$", 14, hints=("right back", "stay ", "as it develops")),
    # "Source link": a content farm's link back to the story it copied.
    _rule("link note", r"^(?:source link|view source|original source|read the original"
          r"(?: article| story)?)\s*[:.»→]?$", 4, hints=("source", "original")),
)
# fmt: on
