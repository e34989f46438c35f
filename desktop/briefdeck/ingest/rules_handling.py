"""Boilerplate rules for the furniture of working documents: a mail program's print of a
thread (its message count, a signature's job-title and phone lines, the confidentiality
notice), a US court filing (its docketing stamp, the pleading's opening formula, counsel's
bar-numbered signature, the jury demand), and the lines by which a document marks its own
handling or end ("[RAW NOTES -- NOT FOR PUBLICATION ...]", "END OF NOTE.", "These minutes are
for members only ..."), a data page's note that its figures may change and its download link,
and a wire story's trailer ("Haddad reported from Washington."). None of them is the news.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

_PHONE = r"\+?\(?\d[\d ().-]{6,20}\d"
_PHONE_LABEL = r"(?:[TMFPWD]|Tel|Mob|Mobile|Phone|Ph|Fax|Cell|Office|Direct|Desk|Work)\.?:?"
_JOB = (r"(?:analyst|director|head|manager|officer|editor|correspondent|co-?ordinator|advis[eo]r|"
        r"chief|lead|specialist|consultant|researcher|associate|partner|counsel|fellow|"
        r"secretary|assistant|president|founder|reporter|producer)")

# fmt: off
RULES: tuple[Rule, ...] = (
    # "3 messages": a mail program's count over the printed thread.
    _rule("message count", r"^\d{1,3} messages?$", 2, hints=("message",)),
    # "T +44 20 7946 0552 | M +964 750 555 0187", "M +964 751 555 0163": a signature's phones.
    _rule("contact", rf"^{_PHONE_LABEL}\s*{_PHONE}(?:\s*[|/•·,]\s*{_PHONE_LABEL}\s*{_PHONE})*$",
          12, in_prose=False, hints=("+", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    # "Senior Analyst, Iraq Desk | Halden Gate Security": a signature's job title and firm.
    _rule("signature", rf"^(?=[^|]{{0,60}}\b{_JOB}\b)[A-Z][\w.&'’-]*(?: [\w.&'’-]+){{0,6}}"
          r"(?:, [\w.&'’ -]{1,40})? \| [A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,5}$", 16,
          in_prose=False, hints=("|",)),
    # "CONFIDENTIALITY: This email and any attachments are confidential ...": a mail's footer.
    _rule("disclaimer", r"^(?:confidentiality(?: notice)?|disclaimer|privileged(?: and "
          r"confidential)?)\s*:.{0,300}\b(?:confidential|intended (?:solely |only )?for)\b|"
          r"^this (?:e-?mail|message)(?: and any (?:attachments|files)(?: transmitted with it)?)?"
          r" (?:is|are|may be|contains?) (?:strictly )?(?:confidential|privileged)\b", 90,
          hints=("confidential", "privileged", "disclaimer")),
    # "Case 1:26-cv-03418   Document 1   Filed 11/24/26   Page 2 of 3": a filing's stamp.
    _rule("page header", r"^Case\s+\d{1,2}:\d{2}-[a-z]{2,5}-\d{3,6}\b.{0,80}\bPage\s+\d{1,4}"
          r"\s+of\s+\d{1,4}\b.{0,30}$", 20, hints=("case",)),
    # "Plaintiffs, by their undersigned counsel, allege as follows:": the pleading's formula.
    _rule("pleading formula", r"^(?:the )?(?:plaintiffs?|petitioners?|relators?|defendants?|"
          r"respondents?|the united states)\b.{0,80}\b(?:allege|alleges|aver|avers|state|states|"
          r"complain|complains|show|shows)(?: and (?:allege|aver|state)s?)? as follows:?$", 24,
          hints=("as follows",)),
    # "Marcus T. Ellery (D.C. Bar No. 1048823)": counsel's signature with a bar number.
    _rule("signature", r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,4},? \((?:[A-Z][\w.]{0,8} )?"
          r"Bar (?:No\.?|Number|#)\s*[\w-]{3,12}\)$", 12, flags=0, hints=("bar",)),
    # "Counsel for Plaintiffs", "Attorneys for Defendant Acme Corp.": who signed the filing.
    _rule("signature", r"^(?:Counsel|Attorneys?|COUNSEL|ATTORNEYS?) for (?:the |THE )?"
          r"(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|"
          r"Relators?|Movants?|Intervenors?|the United States|PLAINTIFFS?|DEFENDANTS?)"
          r"(?: [A-Z][\w.,'’&-]*){0,5}$", 8, flags=0, hints=("for",)),
    # "JURY TRIAL DEMANDED", "DEMAND FOR JURY TRIAL": the filing's standing demand.
    _rule("pleading formula", r"^(?:jury trial demanded|jury demand(?:ed)?|demand for (?:a )?"
          r"jury trial)\.?$", 5, hints=("jury",)),
    # "[RAW NOTES -- NOT FOR PUBLICATION AS IS -- ...]", "[END OF NOTES -- check all #s ...]":
    # a note's own handling mark or end mark, in brackets.
    _rule("handling note", r"^\[[^\]]{0,30}\b(?:not for (?:publication|distribution|"
          r"attribution|broadcast)|end of (?:notes?|file|document|transcript|memo|report))\b"
          r"[^\]]{0,120}\]$", 30, hints=("not for", "end of")),
    # "END OF NOTE. Comments to J2 Levant cell by 28 November 1200 local.": the end mark.
    _rule("handling note", r"^END OF (?:NOTES?|MEMO|REPORT|MESSAGE|DOCUMENT|TRANSCRIPT|FILE|"
          r"BRIEF|SUMMARY|MINUTES|SITREP|CABLE)\b[.:]?(?: .{0,150})?$", 30, flags=0,
          hints=("end of",)),
    # "These minutes are for Forum members only and are not to be quoted ...": who may read.
    _rule("handling note", r"^(?:these|this) (?:minutes|notes?|record|summary|document|memo|"
          r"report|transcript|briefing|readout)\b.{0,60}\b(?:are|is) (?:for\b.{0,60}\bonly|"
          r"not (?:to be|for) (?:quoted|shared|circulated|published|distributed|forwarded|"
          r"attribution|publication|distribution))\b", 40, hints=("only", "not to be", "not for")),
    # "Figures are compiled from U.S. and Jordanian reporting and may change as ...": the data's
    # standing caveat under a table or a fact sheet.
    _rule("methodology note", r"^(?:all )?(?:figures|data|numbers|totals|counts|tallies|"
          r"casualty figures)\b.{0,30}\b(?:are|is) (?:compiled|drawn|collected|based|taken|"
          r"gathered|sourced|derived)\b.{0,120}\b(?:may|might|could|are subject to|is subject to)"
          r" (?:change|be revised|be updated|revision)\b", 40, hints=("compiled", "drawn",
          "collected", "based", "taken", "gathered", "sourced", "derived")),
    # "Download the data (CSV).": a data page's download link.
    _rule("link", r"^download (?:the |our |all )?(?:full |raw )?(?:data(?:set)?|spreadsheet|"
          r"table|figures|database)\b(?: \((?:csv|xlsx?|json|pdf)\)| as (?:csv|xlsx?|json))?\.?$",
          8, hints=("download",)),
    # "Haddad reported from Washington. Associated reporter Yousef Nasser in Baghdad
    # contributed.": a wire story's trailer, where its reporters worked.
    _rule("story credits", r"^[A-Z][\w'’-]+(?: and [A-Z][\w'’-]+)? reported (?:from|this story "
          r"from) [A-Z][\w .,'’-]{1,50}\.(?: [A-Z][^.!?\"“”]{0,120} contributed(?: reporting)?"
          r"(?: (?:from|in) [A-Z][\w .,'’-]{1,40})?\.)?$", 40, flags=0, hints=("reported",)),
)
# fmt: on
