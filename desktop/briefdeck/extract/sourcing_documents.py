"""Documents and data speaking: "a memo seen by Reuters says", "the report, published by a
think tank, found", "ACLED data show". A document is a source a reader weighs apart from
the people who leaked or described it."""

from __future__ import annotations

import re

# Own data: "Our database records", "ACLED data show", "the tally shows".
DATA_RE = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*)\s+(?:own\s+)?(?:database|data|dataset|tally|"
    # ("the Displacement Tracking Matrix (DTM) recorded": a data system that counts)
    r"count|records|[Tt]racker|figures|(?:[Tt]racking\s+)?[Mm]atrix(?:\s+\([A-Z]{2,6}\))?)\s+"
    r"(?:records|recorded|shows?|showed|indicates?|suggests?|"
    r"lists?|counts?|counted)\b"
)

# Cheap tests before the patterns below: the nouns they need.
DOC_WORD = re.compile(r"\b(?:report|assessment|memo|document|stud|analys|review|audit|cable|"
                       r"letter|budget|dossier|paper|estimates|written|survey|[Pp]oll)")

# "The report, published by a think tank, said", "An internal assessment reviewed by the Post
# warns", "Budget documents submitted to Congress request": a document speaking.
_DOC_NOUN = (r"report|assessment|memo(?:randum)?|document|study|analysis|review|audit|cable|"
             r"letter|budget\s+request|dossier|(?:reports|assessments|memos|documents|studies|"
             r"cables|letters|papers)|"
             # a survey's or a poll's results: "the pulse survey shows", "a new poll found"
             r"survey|[Pp]oll|"
             # a body's own estimates, by its name: "IISS estimates suggest"
             r"(?<=[A-Z]\s)estimates|"
             # a paper by what it is ("a ministry paper"; "the paper" alone is a newspaper)
             r"(?:ministry|policy|white|position|briefing|discussion|strategy|working|"
             r"internal|planning|concept|options)\s+paper|"
             # what a body sent a parliament's committee: "the Department's written evidence"
             r"written\s+(?:evidence|submission|answer)")
_HANDLED = (r"seen|reviewed|obtained|viewed|submitted|sent|released|published|prepared|filed|"
            r"presented|shared|provided|leaked|compiled|issued|circulated|drafted")
_DOC_VERB = (r"said|says|say|found|finds|find|concluded|concludes|conclude|estimated|estimates|"
             r"estimate|shows?|showed|warned|warns|warn|requests?|requested|lists?|listed|"
             r"predicts?|predicted|recommends?|recommended|proposes?|proposed|calls?\s+for|"
             r"called\s+for|describes?|described|states?|stated|notes|noted|puts?|outlines?|"
             r"outlined|asks?\s+for|asked\s+for|seeks|sought|"
             r"indicates?|indicated|suggests?|suggested|"  # "initial damage assessments indicate"
             r"(?:is|was)\s+that")  # "the command's initial assessment is that"
DOCUMENT_SAID_RE = re.compile(
    # ("Results of the staff survey show": its results, the survey speaking)
    rf"\b(?P<who>(?:(?:[Tt]he\s+)?(?:[Rr]esults|[Ff]indings)\s+of\s+)?"
    # (a year among its words: "the trust's 2025 coastal needs assessment")
    rf"(?:[Tt]he|[Aa]n?|[Oo]ur|[A-Z][\w-]*(?:'s|’s)?)\s+(?:[\w.'’-]+\s+){{0,3}}?"
    rf"(?:(?<=['’]s\s)(?:19|20)\d\d\s+(?:[\w-]+\s+){{0,2}}?)?(?:{_DOC_NOUN}))"
    # (who handled it may come first: "the budget request the Pentagon sent to lawmakers sought")
    rf"(?:\s+(?:(?:that\s+)?(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+)?(?:{_HANDLED})\b"
    rf"[^,;\"“”]{{2,60}}?)?"
    # (its date: "a ministry paper from October, which X has reviewed, lists")
    rf"(?:\s+(?:from|dated|of)\s+(?:last\s+)?[A-Z\d][\w]*(?:\s+\d{{4}})?(?=,))?"
    rf"(?:,[^,;\"“”]{{3,90}},)?\s+"
    rf"(?:{_DOC_VERB})\b"
)
