"""Boilerplate rules for the notes a page, mailer or file carries about itself: a scrolling
graphic's step counter ("Step 3 of 9") and its data-source and method notes, a mailer's
browser link with its address and its tagline ("Security news from the Gulf, every weekday
at 6 a.m."), a release's offer of interviews, a subtitle file's name and its captioner's
credit, a caption closed by its "(c)" credit, a breadcrumb from the news section and the
rank and branch under a signature.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # "Step 3 of 9": where the reader is in a scrolling story.
    _rule("page counter", r"^step \d{1,2} (?:of|/) \d{1,2}$", 4, hints=("step",)),
    # "Data source: ...", "Methodology: ...": a graphic's notes on where its numbers come from.
    _rule("methodology note", r"^(?:data sources?|sources? of (?:the )?data|methodology|"
          r"notes? on (?:the )?(?:data|methodology))\s*:\s*\S", 90,
          hints=("source", "methodology", "note")),
    # "View in browser: https://...": the mailer's link, with the address it opens.
    _rule("newsletter", r"^(?:view|read|open)(?: (?:this|the) (?:e-?mail|newsletter|issue|"
          r"edition))? (?:(?:in|on) (?:your |a |the )?(?:web )?browser|online)\s*:?\s*"
          r"https?://\S+$", 12, hints=("browser", "online")),
    # "Security news from the Gulf and Iraq, every weekday at 6 a.m.": the mailer's tagline.
    _rule("newsletter", r"^[A-Z][\w'’&, -]{0,60}\b(?:news|analysis|intelligence|briefing|"
          r"coverage|reporting|insights?|updates?|digest)\b[^.!?]{0,60},\s+(?:every|each)\s+"
          r"(?:weekday|day|morning|evening|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)"
          r"day)\b[^!?]{0,24}$", 20, hints=("every", "each")),
    # "Spokespeople are available for interview in English and Arabic.": a release's offer.
    _rule("press release furniture", r"^(?:[-*•·–]\s+)?(?:our )?(?:spokes(?:people|persons?|"
          r"m[ae]n|wom[ae]n)|experts?|staff|surgeons|doctors|representatives|team members)"
          r"(?: [\w'’ -]{1,40})? (?:is|are) available for (?:interviews?|comment)\b"
          r"[^\"“”]{0,120}$", 30, hints=("available",)),
    # "- Acme Relief is an independent, international medical humanitarian organisation.": the
    # issuer's one-line description in its notes to editors (the sentence ends there).
    _rule("press release furniture", r"^(?:[-*•·–]\s+)?(?:The )?[A-Z][\w&.'’-]*(?: (?:[A-Z&]"
          r"[\w&.'’-]*|of|for|and|on|in)){0,6} is an? (?:independent|impartial|neutral|"
          r"non-?profit|not-for-profit|non-?governmental)\b[^\"“”.]{0,80}\b(?:organi[sz]ation|"
          r"charity|NGO|agency|movement|network)\.?$", 20, flags=0, hints=("is a",)),
    # "COL, IN", "LTC, AD": an officer's rank and branch under a signed finding's name.
    _rule("signature", r"^(?:GEN|LTG|MG|BG|COL|LTC|MAJ|CPT|1LT|2LT|CW[2-5]|WO1|CSM|SGM|MSG|1SG|"
          r"SFC|SSG|SGT)\s*,\s*(?:IN|AR|FA|AD|ADA|EN|SC|MI|MP|AV|CM|TC|OD|QM|AG|FI|JA|MC|MS|AN|"
          r"SF|CY|LG|USA|USAF|USMC|USN|USAR|ARNG)$", 2, flags=0, hints=(",",)),
    # "Newsroom / Live Updates": a breadcrumb from the site's news section.
    _rule("navigation", r"^(?:newsroom|news|press room|press cent(?:re|er)|media cent(?:re|er))"
          r"(?:\s*[/›»>]\s*[^.!?/›»>]{2,40}){1,3}$", 10, hints=("/", "›", "»", ">")),
    # "NEWS_RED_SEA_PKG_271126_v3_EN.srt": a media or subtitle file's name alone on a line.
    _rule("file name", r"^[\w.-]{1,120}\.(?:srt|vtt|sbv|ssa|ass|mp4|mov|mxf|wav|mp3|m4a)$", 1,
          hints=(".",)),
    # "Subtitles by Acme Access Services (c) Acme Broadcasting Ltd 2026": the captioner.
    _rule("story credits", r"^(?:subtitles?|subtitling|closed captions?|captions?|captioning)"
          r"(?: (?:produced|provided|paid for|sponsored|made possible))? by [A-Z][^.!?]{1,80}\.?$",
          20,
          hints=("subtitl", "caption")),
    # "(c) Acme Broadcasting Ltd 2026": a copyright line with the holder before the year.
    _rule("copyright", r"^\(c\)\s*[A-Z][\w&.,'’ -]{1,60}\b(?:19|20)\d{2}\.?$", 12,
          hints=("(c)",)),
    # "Planet, 28 Nov: gate area, vehicles gone (c) Planet Labs PBC": a caption, its credit.
    _rule("photo caption or credit", r"\S\s+(?:\(c\)|©)\s*[A-Z][\w&.'’ -]{1,40}$", 30,
          hints=("(c)", "©")),
    # "cc: Chairman and Ranking Member, ...": who else a letter went to.
    _rule("letter furniture", r"^(?i:c\.?c\.?)\s*:\s*\S", 60, flags=0, hints=("cc",)),
    # "(U) POC: TF SENTINEL S2 battle captain, DSN 318-555-2290.": the point of contact.
    _rule("contact", r"^\((?:U|C|S|CUI|FOUO|U//FOUO)\)\s*POCs?\s*(?:is|:)", 40, flags=0,
          hints=("poc",)),
    # "⁂", "❧": a section ornament alone on its line.
    _rule("ornament", r"^[⁂❧☙❦✻✽∗§]{1,3}$", 1),
    # A print advert's lines: "HOLIDAY MATTRESS EVENT - UP TO 40% OFF", "Open 'til 9 p.m.
    # daily", "Call 812-555-0142 or visit ...", "Print + digital delivery. Call 812-555-0100".
    _rule("advertisement", r"up to \d{1,2}% off\b|\bopen (?:'til|till|til|until) "
          r"\d{1,2}(?::\d{2})? ?[ap]\.?m\.?(?: daily| nightly| every day)?\.?$|"
          r"(?:^|\. )call (?:\(?\d{3}\)?[-. ])?\d{3}[-. ]\d{4}(?:\.?$| (?:or|to) (?:visit|order|"
          r"subscribe)\b)", 14, in_prose=False, hints=("% off", "open", "call")),
    # A spreadsheet published to the web: the publisher's bar ("Published by Google Sheets –
    # Report Abuse – Updated automatically every 5 minutes") and the strip of tab names
    # under the grid, opening with the default first tab ("Sheet1 Notes Archive Oct 2026").
    _rule("page chrome", r"^published by google (?:sheets|docs|slides|forms|drive)\b|"
          r"\bupdated automatically every \d{1,3} (?:seconds?|minutes?|hours?)\b", 20,
          in_prose=False, hints=("google", "automatically")),
    _rule("page chrome", r"^(?-i:Sheet)\s?\d{1,2}(?:\s+[\w&'’()-]+){0,14}$", 15,
          in_prose=False, hints=("sheet",)),
    # "Corrections to: tracker@example.org", alone or as a sheet's row ("| 7 | Corrections
    # to: ... |"): where readers write, not what the page reports.
    _rule("contact", r"^(?:\|\s*\d{1,4}\s*\|\s*)?(?:corrections?|errors?|feedback|tips|"
          r"updates|comments)(?: and (?:corrections?|tips|comments|feedback))?\s*(?:to|:|to:)\s*"
          r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?\s*\|?$", 10, hints=("@",)),
    # A data page's note under its table: "11 of 11 flights shown · MLAT = position by
    # multilateration · Export CSV (Gold)": how many rows show and what the codes mean.
    _rule("page chrome", r"^(?:showing )?\d{1,5}(?:\s?[-–]\s?\d{1,5})? of \d{1,7} [a-z ]{3,30}?"
          r"(?: shown| listed| displayed| found)?\s*(?:[·•|]\s*[^·•|]{1,80}?\s*){1,4}$", 30,
          in_prose=False, hints=(" of ",)),
    # A link to what only paying members see: "View all port calls (Pro)", "Export CSV (Gold)".
    _rule("page chrome", r"^(?:view|see|show|export|download|unlock|get)\b[^()]{1,50}"
          r"\((?:pro|premium|gold|plus|platinum|business|subscribers?(?: only)?|members?"
          r"(?: only)?)\)$", 10, hints=("(",)),
    # A live map's placeholder and its delay note: "Map loading... Position data may be
    # delayed by up to 15 minutes for free accounts."
    _rule("page chrome", r"^(?:map|chart|data|tracker|positions?) (?:is )?loading\s*(?:\.{3}|…)|"
          r"^(?:position|positional|tracking|flight|ais|live) data (?:may be|is|are) delayed\b",
          30, hints=("loading", "delayed")),
    # A quiz page's instructions to the reader ("Pick an answer for each, then check the key
    # at the bottom. No peeking.") and its note on where the questions come from: how to play
    # and the quiz's source, never the week's news (the questions and the key carry that).
    _rule("quiz instructions", r"\b(?:pick|choose|select|circle|tick) (?:an|one|the|your) "
          r"(?:answers?|options?)\b.{0,120}?\b(?:key|answers?|score)\b|\bno peeking\b|"
          r"\bcheck (?:the|your) (?:answers?|answer key|key)\b", 60,
          hints=("answer", "option", "peeking", "the key", "your key")),
    _rule("source note", r"^(?:the |all |these |this (?:week|month)['’]s |today['’]s )?(?:quiz )?"
          r"questions (?:are|were) (?:drawn|taken|based|adapted|compiled|written) (?:from|on)\b",
          40, hints=("questions",)),
    # A tracking site's note on the reports it relays: "Incident reports are compiled from
    # public sources and AIS data and may change ... does not verify third-party claims."
    _rule("disclaimer", r"\b(?:are|is) compiled from (?:public|open|publicly available) "
          r"sources?\b.{0,120}\bmay change\b|\bdoes not (?:independently )?verify "
          r"third[- ]party (?:claims|reports|information)\b", 40,
          hints=("compiled", "verify")),
    # "Chapter news items are submitted by chapter secretaries and edited by the magazine's
    # staff.": a member publication's note on where its items come from (the same under
    # every item; its offices are no one in the news).
    _rule("editorial note", r"^(?:[\w'’-]+ ){0,3}(?:news )?(?:items|notes|reports|news|"
          r"submissions|columns|announcements) (?:are|is) (?:submitted|contributed|provided|"
          r"written) by [^.]{2,80}?\b(?:and|then) (?:are )?(?:edited|compiled|reviewed|"
          r"condensed) by [^.]{2,80}\.?$", 30, hints=("submitted", "contributed", "provided",
                                                    "written by")),
    # "A note for parents: This story mentions an attack ...": a children's site's word to
    # the grown-ups beside the reader (its guide's title is no one's quote).
    _rule("page note", r"^(?:an? )?(?:note|message|word|tip) (?:for|to) (?:parents|teachers|"
          r"educators|caregivers|carers|grown-ups|families|adults)(?: and (?:teachers|"
          r"caregivers|carers|educators|parents|families))?\s*:|^for (?:parents|teachers|"
          r"grown-ups|educators)(?: and (?:teachers|caregivers|educators|parents))?\s*:", 90,
          hints=("parents", "teachers", "educators", "caregivers", "carers", "grown-ups",
                 "families", "adults")),
    # "This update will be revised as patient conditions change. Next update: Monday, Dec. 7":
    # when the page will be replaced, not what it reports.
    _rule("update note", r"^this (?:update|page|list|notice|bulletin|report|statement|release|"
          r"information|summary) will be (?:revised|updated|refreshed|reissued)\b[^\"“”]{0,160}$"
          r"|^next update\s*(?::|due|expected|will be)", 30,
          hints=("will be", "next update")),
)
# fmt: on
