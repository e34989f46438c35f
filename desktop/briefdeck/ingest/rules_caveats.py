"""Boilerplate rules for the stock caveats and formulas that issuers print on every copy.

A transcript service's accuracy disclaimer, an investment site's disclosure of its holdings,
a prosecutor's reminder that a charge is an allegation, a pool's request to check quotes,
a budget table's rounding note, an e-mail's plea to save paper, a wiki page's banner and
labels, a certificate's engraved formula: the same words whatever the story, never a fact.
Each is recognised by its fixed wording, on a line of its own.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # "This article is a transcript of this conference call produced for X. ... there may be
    # errors, omissions, or inaccuracies in this transcript.": the transcriber's disclaimer.
    _rule("transcript furniture", r"^this (?:article|document|page|text) is a transcript of\b"
          r"|\bthere may be errors,? omissions,? (?:or|and) inaccuracies in (?:this|the) "
          r"transcript\b", 120,
          hints=("transcript of", "inaccuracies")),
    # "X has no position in any of the stocks mentioned. X has a disclosure policy."
    _rule("disclosure", r"\bha(?:s|ve|d) no (?:position|positions|financial interest) in any of "
          r"the (?:stocks|securities|companies|shares) mentioned\b|^[A-Z][\w&'’. ]{1,40} has a "
          r"disclosure policy\.?$", 40, hints=("mentioned", "disclosure policy")),
    # "Prepared Remarks:", "Questions and Answers:", "Call participants:": a call's sections.
    _rule("transcript furniture", r"^(?:prepared remarks|questions? (?:and|&) answers?|"
          r"question-and-answer session|call participants)\s*:?$", 4,
          hints=("remarks", "answer", "participants")),
    # "[Operator signoff]", "[END OF SEGMENT]": a transcriber's marker alone on its line.
    _rule("transcript furniture", r"^\[(?:operator (?:sign-?off|instructions|closing remarks)|"
          r"end of (?:segment|transcript|call|recording|interview|broadcast|program|programme))"
          r"\]$", 5, hints=("[",)),
    # "Duration: 0 minutes", "Segment length: 8:42": how long the recording runs.
    _rule("transcript furniture", r"^(?:(?:call|segment|program|programme|show|episode|audio|"
          r"video|running) )?(?:duration|length|running time|run time)\s*:\s*\d[\d:.]*\s*"
          r"(?:(?:min(?:ute)?s?|sec(?:ond)?s?)\.?\s*)*$", 6,
          hints=("duration", "length", "time")),
    # "More HDSY analysis", "All earnings call transcripts": a site's links to its archives.
    _rule("other stories", r"^more [\w&.'’-]{1,24} (?:analysis|coverage|transcripts)$|^all "
          r"(?:[\w-]+ ){0,3}(?:transcripts|press releases|podcasts|episodes)$", 5,
          hints=("analysis", "coverage", "transcripts", "releases", "podcasts", "episodes")),
    # A prosecutor's standard lines: the judge and the guidelines decide any sentence; a charge
    # is only an allegation and the accused are presumed innocent.
    _rule("legal caveat", r"\b(?:will|shall) determine any sentence after considering\b|"
          # (the release's own line, not a lawyer quoted saying so)
          r"^(?!.*\b(?:said|says|told|argued|argues|insisted|added|according to)\b)"
          r"(?:an?|the) (?:indictment|complaint|criminal complaint|information|charges?|"
          r"charging documents?)(?: [\w-]+){0,4} (?:is|are) merely (?:an? )?(?:allegations?|"
          r"accusations?)\b|^(?:all )?(?:the )?defendants? (?:is|are) presumed innocent until "
          r"(?:and unless )?proven guilty\b", 45,
          hints=("determine any sentence", "merely", "presumed innocent")),
    # "Quotes below are from the pool's notes ...; please check against transcript."
    _rule("pool caveat", r"\bplease check (?:all )?(?:quotes )?against (?:the )?(?:official )?"
          r"(?:transcript|audio|video|recording)\b|^this pool report is provided as a courtesy\b",
          40, hints=("check", "courtesy")),
    # "Pool reports archive: https://...": a label and an address, nothing else.
    _rule("navigation", r"^(?:[\w'’-]+ ){0,3}(?:archives?|homepage|web ?site|feed)\s*:\s*"
          r"(?:https?://|www\.)\S+$", 8, hints=("http", "www.")),
    # "Please consider the environment before printing this email."
    _rule("email notice", r"\bconsider the environment before printing\b", 20,
          hints=("before printing",)),
    # "Note: Totals may not add due to rounding.": a table's note.
    _rule("table note", r"^(?:notes?\s*:\s*)?(?:totals?|figures|numbers|percentages|sums|amounts"
          r"|details)\b[\w ,]{0,30}\bmay not (?:add|sum|total)\b.{0,40}\bdue to rounding\.?$",
          20, hints=("rounding",)),
    # A wiki page's info banner, its labels and its like line.
    _rule("page notes", r"^(?:info|note|warning|tip)\s*:\s*this (?:page|space|document) "
          r"(?:is|contains|must)\b", 40, hints=("this page", "this space", "this document")),
    _rule("tags", r"^labels?\s*:\s*[\w-]+(?:[ ,]+[\w-]+){0,12}$", 14, hints=("label",)),
    _rule("page feedback", r"\bbe the first to like this\b", 10, hints=("first to like",)),
    # A certificate's engraved formula: the greeting, the attestation, the authority it is
    # given under, "HAS AWARDED", the signing formula and the order that records it.
    _rule("certificate formula", r"^to all (?:to )?(?:who|whom) (?:shall see )?these presents"
          r"|^this is to certify that\b|^authori[sz]ed by (?:executive order|act of congress|"
          r"the act of)\b.{0,40}$|^has (?:awarded|conferred|presented)$|^given under my hand\b",
          18, hints=("presents", "certify", "authori", "has ", "given under")),
    _rule("certificate formula", r"^(?:permanent|general|special) orders? (?:no\.? ?|number )?"
          r"\d[\w-]*(?:\s*[|,]\s*[^.!?]{0,120})?$", 20, hints=("order",)),
    # "Closed captioning is available on this video. Captions are generated automatically ..."
    _rule("video player", r"^closed captioning is available\b|^captions are (?:generated|"
          r"provided) automatically\b", 30, hints=("caption",)),
    # "Correction", "Clarification": the heading over a note appended to a story.
    _rule("section label", r"^(?:corrections?|clarifications?)\s*:?$", 1,
          hints=("correction", "clarification")),
    # "Logo of jester cap with thought bubble.": a logo's alternative text.
    _rule("image description", r"^(?:an? )?logo (?:of|for|showing|with)\b[^.!?]{0,80}\.?$", 14,
          hints=("logo",)),
    # An analytic product's stock notices: "This response answers the question as asked and
    # is not a finished intelligence product.", and its confidence legend ("Confidence: HIGH
    # = multiple reliable sources agree; MODERATE = ...; LOW = ...").
    _rule("handling caveat", r"\bis not (?:a |an )?(?:finished|finalized|evaluated|coordinated) "
          r"(?:intelligence|analytic(?:al)?|assessment)(?: products?| assessments?| reports?)?\b",
          40, hints=("finished", "finalized", "evaluated", "coordinated")),
    _rule("handling caveat", r"^(?:analytic )?confidence(?: levels?)?\s*:\s*high\s*[=:-]\s*\S"
          r".{0,200}\blow\s*[=:-]\s*\S", 60, hints=("confidence",)),
    # Release caveats: "Do not release to the public or to foreign partners without JISE
    # approval. REL TO USA, JOR on request."
    _rule("handling caveat", r"^do not (?:release|disseminate|forward|share)\b.{0,120}\bwithout "
          r"(?:the )?(?:prior |written )?(?:[\w()-]+ ){0,3}(?:approval|consent|permission|"
          r"authori[sz]ation)\b|\bREL TO (?:[A-Z]{3,4}|FVEY|NATO)"
          r"(?:,\s*(?:[A-Z]{3,4}|FVEY|NATO))*\b",
          40, hints=("do not", "rel to")),
)
# fmt: on
