"""Boilerplate rules: the standing formulas of notices, advisories, client alerts and agents'
reports. An issuer writes them the same way on every copy: which language prevails, whom to
ask, that receipt is to be acknowledged, that the report is given in good faith, how a rating
is computed, where the notice is also available, how to sign up for it; the handling mark
over a letter to families; a members' newsletter's dues and obituary notes. None is news."""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

_DOCUMENT = (r"(?:alert|notice|advisory|update|memo(?:randum)?|bulletin|publication|report|"
             r"letter|readout|statement|circular|briefing|newsletter|message)")

# fmt: off
RULES: tuple[Rule, ...] = (
    # "This statement was issued in Lorish and Pallic. In case of any difference, the Lorish
    # text prevails.": which language copy is the authentic one (closing its line: "...,
    # the agreement says" after it is a story quoting a treaty).
    _rule("translation notice", r"\b(?:in (?:the )?(?:case|event) of (?:any )?(?:difference|"
          r"discrepancy|discrepancies|conflict|inconsistency)|should (?:there be )?any "
          r"(?:difference|discrepancy) (?:arise)?)\b.{0,80}\b(?:text|version)s? "
          r"(?:shall )?(?:prevails?|govern|is authoritative|takes? precedence)\.?$", 40,
          hints=("prevail", "govern", "authoritative", "precedence")),
    # "This notice is also available in Lorish and Pallic on our website."
    _rule("translation notice", rf"^(?i:this|the) {_DOCUMENT} is (?:also )?(?:available|"
          r"published) in [A-Z][\w ,]{2,80}\b(?:on|from|at) (?:our|the) (?:website|site|web "
          r"site|app)\b.{0,40}$", 30, flags=0, hints=("available", "published")),
    # "If you have questions about this alert, please contact the authors or ..."
    _rule("contact", rf"^if you have (?:any )?(?:questions|queries) (?:about|regarding|on|"
          rf"concerning) this {_DOCUMENT}\b.{{0,30}}\bcontact\b", 40, hints=("questions",
                                                                              "queries")),
    # "Rating = Likelihood x Impact (1-5 each). 1-6 LOW, ...": how a register scores a risk.
    _rule("rating legend", r"^(?:risk )?(?:rating|score)\s*=\s*(?:likelihood|probability)\s*"
          r"[x×*]\s*(?:impact|severity|consequence)\b", 40, hints=("=",)),
    # "Unchanged entries (E-1, E-2) are carried over from version 2 and are not reproduced
    # here.": the register's note on what it leaves out.
    _rule("document furniture", r"\b(?:are|is) carried (?:over|forward) from (?:version|"
          r"issue|revision|the (?:previous|last|earlier))\b.{0,60}\bnot (?:reproduced|repeated|"
          r"shown) here\b", 40, hints=("carried",)),
    # "Agents are requested to acknowledge receipt of this notice ...": the distribution ask.
    _rule("distribution note", r"^(?:[\w ]{2,40} (?:are|is) (?:kindly )?requested to|"
          r"(?:kindly )?please) acknowledge receipt\b", 40, hints=("acknowledge receipt",)),
    # "Issued by: Capt. Jo Ames, Harbour Master, Port Elm": the signing officer's field.
    _rule("signature", r"^(?i:issued by)\s*:\s*[A-Z].{2,120}$", 20, flags=0,
          hints=("issued by",)),
    # "- End of Notice -", "*** END OF BULLETIN ***"
    _rule("separator", rf"^[-–—*=#\s]*(?i:end of (?:the )?{_DOCUMENT})[-–—*=#\s.]*$", 6,
          flags=0, hints=("end of",)),
    # "Please find below our final report for the above call.": an agent's covering line.
    _rule("letter furniture", r"^please find (?:below|attached|enclosed|herewith|hereunder)\b"
          r"[^\"“”]{0,160}$", 30, hints=("please find",)),
    # "We remain at your disposal for any further information."
    _rule("letter closing", r"^(?:we|i) remain at your (?:disposal|service|entire disposal)\b"
          r"[^\"“”]{0,80}$", 20, hints=("at your",)),
    # "With our deepest sympathy,": a letter of condolence's valediction.
    _rule("letter closing", r"^with (?:our|my) (?:deepest|heartfelt|sincere|deep) "
          r"(?:sympathy|sympathies|condolences)\s*[,.]?$", 6, hints=("sympath", "condolence")),
    # "This report is given in good faith ... E&OE.": an agent's liability disclaimer.
    _rule("disclaimer", r"\bE&O\.?E\b|^(?:this|the) [\w ]{2,30} (?:is|was) (?:given|"
          r"provided|issued) in good faith\b", 80, hints=("e&o", "good faith")),
    # "This advisory contains personal information protected under the Data Privacy Act ...
    # If you received it by mistake, please delete it": a privacy notice.
    _rule("disclaimer", rf"^(?:this|the) {_DOCUMENT} contains (?:personal|confidential|"
          r"privileged)\b.{0,200}\b(?:received|delete)\b", 60, hints=("contains",)),
    # "PRIVATE AND CONFIDENTIAL - FOR THE FAMILIES OF ...": a letter's handling mark.
    _rule("protective marking", r"^(?:STRICTLY )?(?:PRIVATE|PERSONAL) (?:AND|&) CONFIDENTIAL\b"
          r"[^a-z]{0,120}$", 20, flags=0, hints=("confidential",)),
    # "Agency Licence No. AB-12-345 | 7th Floor, ...": a licensed agency's letterhead line.
    _rule("letterhead", r"^(?:[A-Z]{2,6} )?licen[cs]e (?:no\.?|number|#)\s*:?\s*"
          r"[A-Z0-9][\w./-]{3,}(?:\s*[|,]\s*.{0,140})?$", 30, hints=("licen",)),
    # "To receive service notices by SMS, send the word X to 055-...": the sign-up line.
    _rule("newsletter", r"^to (?:receive|get|sign up for) (?:our )?[\w ]{0,30}(?:notices|"
          r"alerts|updates|messages)\b.{0,30}\bby (?:sms|text(?: message)?|whatsapp|e-?mail)\b"
          r".{0,80}$", 30, hints=("sms", "text", "whatsapp", "mail")),
    # "The Monitor is independent and funded by readers. Support our work"
    _rule("subscribe", r"^(?:[\w&'’.-]+ ){1,6}(?:is|are) (?:an? )?(?:independent|non-?profit)\b"
          r"[\w ,]{0,30}\bfunded by (?:its |our )?(?:readers|members|donors|supporters)\b"
          r".{0,40}$", 20, hints=("funded by",)),
    # "Annual dues of $15 are due January 1. Make checks payable to ...": members' dues.
    _rule("newsletter", r"\b(?:dues|subscriptions?|membership fees?)\b.{0,80}\bmake "
          r"(?:checks|cheques) payable to\b", 50, hints=("payable",)),
    # "We note with sorrow the passing of these members since our last issue: ..."
    _rule("newsletter", r"^we (?:note|record|report|announce) with (?:sorrow|sadness|regret|"
          r"deep regret)\b.{0,30}\b(?:passing|deaths?)\b", 120,
          hints=("sorrow", "sadness", "regret")),
    # "Serving Elm, Ash and the Vale villages": a utility's or a paper's masthead line.
    _rule("masthead", r"^Serving (?:(?:[A-Z][\w'’.-]*|and|the|&|villages|towns|communities|"
          r"areas?|region|district|count(?:y|ies)|valley|suburbs)(?:,? |,?$)){2,14}$", 16,
          flags=0, hints=("serving ",)),
    # "Elm Valley Water Company Ltd. | Customer Service Division": the issuer's footer line,
    # its legal name beside the division that sends the notice.
    _rule("signature", r"^[A-Z][\w&'’.,-]*(?: [\w&'’.,-]+){0,10} (?:Ltd|Limited|Inc|LLC|"
          r"L\.L\.C|Corp|Corporation|PLC|GmbH|LLP|Co)\.?\s*[|·•]\s*(?:[A-Z][\w&'’-]* ){0,4}"
          r"(?:Division|Department|Dept\.?|Unit|Office|Desk|Team|Centre|Center)$", 20, flags=0,
          hints=("|", "·", "•")),
    # A knowledge base's empty field "No description defined" and its sitelinks group
    # "Wikipedia (2 entries)". (Its "0 references" lines are left alone: flagged, they join
    # the statements round them into one run of furniture, and a statement's figure is lost.)
    _rule("page chrome", r"^no (?:description|label|aliases|statements) defined$|"
          r"^[A-Z][\w ]{1,30} \(\d{1,3} entr(?:y|ies)\)$", 4,
          hints=("defined", "entr")),
)
# fmt: on
