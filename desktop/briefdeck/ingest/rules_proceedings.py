"""Boilerplate rules for the records a body keeps of its own meetings, and for the notes a
monitoring desk sets round a translated statement.

A verbatim record opens and closes with procedure ("The meeting was called to order at
10.05 a.m.", "Adoption of the agenda", "The meeting rose at 12.40 p.m.") and carries its
document symbol and job number on every page: none of it is what was said. A translation
desk heads its item with its name, the item's language and source, when the original was
posted and how it was translated, and closes with its own context note and a disclaimer
that it has not verified the claims: the desk's furniture, not the statement.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # "The meeting was called to order at 10.05 a.m.", "The meeting rose at 12.40 p.m.",
    # "The meeting was suspended at 11 a.m. and resumed at 11.30 a.m.".
    _rule("meeting procedure", r"^the (?:meeting|sitting|session) (?:was (?:called to order|"
          r"opened|suspended|resumed|adjourned|closed)|rose|resumed|opened|closed) at "
          r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.\s?m\.(?:.{0,40}[ap]\.\s?m\.)?\s*$", 16,
          hints=("meeting", "sitting", "session")),
    # "Adoption of the agenda", "The agenda was adopted.", and the President's "There are no
    # more names inscribed on the list of speakers."
    _rule("meeting procedure", r"^(?:adoption of the agenda|the (?:provisional )?agenda was "
          r"adopted\.?|(?:the (?:president|chair(?:person|man|woman)?)\s*:\s*)?there are no "
          r"(?:more|further) (?:names|speakers) (?:inscribed )?on (?:the|my) list of speakers\.?)$",
          16, hints=("agenda", "list of speakers")),
    # "26-41237 (E)", "26-41237": the record's job number under each page.
    _rule("document symbol", r"^\d{2}-\d{5}(?:\s*\([A-Z]\))?$", 3, flags=0),
    # "S/PV.10312     The situation in the Middle East     03/12/2026": the running head of
    # a record, its symbol, item and date.
    _rule("document symbol", r"^(?:S|A|E)/(?:\d{1,3}/)?PV\.\d{1,5}\b.{0,120}\b\d{1,2}/\d{1,2}/"
          r"\d{4}$", 20, flags=0, hints=("/pv.",)),
    # "GULF & LEVANT MONITORING SERVICE -- TRANSLATION DESK": the desk's own name.
    _rule("translation header", r"\b(?:translation|monitoring|media monitoring) desk$", 12,
          in_prose=False, hints=("desk",)),
    # "Item GLMS-FA-2026-1187 | Language: Persian | Source: ...".
    _rule("translation header", r"\blanguage\s*:\s*[A-Z][\w-]+(?: \([^)]{1,30}\))?\s*\|", 40,
          hints=("language",)),
    # "Original posted: 10 Azar 1405 (1 December 2026), 11:20 Tehran time".
    _rule("translation header", r"^original (?:text )?(?:posted|published|issued|released|"
          r"broadcast|dated)(?: on)?\s*:\s*\S", 25, hints=("original",)),
    # "Translation: unofficial, Persian desk. Translator's notes in square brackets."
    _rule("translation header", r"^(?:translation|translated)\s*(?:by)?\s*:\s*(?:an? )?"
          r"(?:unofficial|informal|machine|working|official|own|our)\b", 40,
          hints=("translat",)),
    # "TRANSLATOR'S CONTEXT NOTE (GLMS, not part of the original)".
    _rule("translator's note", r"^translator['’]?s['’]? (?:context |background )?notes?\b"
          r".{0,60}$|\(\s*[^()]{0,40}\bnot part of the original(?: text| statement)?\s*\)$", 15,
          hints=("translator", "not part of the original")),
    # "GLMS has not independently verified any of the claims above.": the desk's disclaimer
    # on what it translated, a line of its own pointing back at the item. A wire's "Reuters
    # has not independently verified the claims in the statement" is the reporter's sourcing,
    # often sharing its line with the claim, and stays.
    _rule("translator's note", r"^(?:[\w&.'’-]+\s+){1,3}ha(?:s|ve) not (?:been able to )?"
          r"independently (?:verified|confirmed) (?:any of )?(?:the |these )?(?:claims?|"
          r"statements?|reports?|figures|details) (?:above|made above|in (?:this|the) (?:item|"
          r"translation))\.?$", 14, hints=("independently",)),
    # A quoted verse closed by its chapter and verse on a line of its own: "\"And fight them
    # ...\" (Holy Quran, Surah al-Baqarah, 193)". Quoted inside a news paragraph, only the
    # citation is furniture (inline_furniture.py): the paragraph's claim and toll are news.
    _rule("religious formula", r"^(?:[\"“][^\"“”]{1,400}[\"”]\s*)?\((?:the )?(?:holy )?"
          r"(?:qur['’]?an|koran)\b[^()]{0,60}\b(?:verse|ayah|ayat|\d{1,3})\)\.?$", 60,
          hints=("qur", "koran")),
    # "Peace be upon the righteous servants of God.", "Mercy to the martyrs and a speedy
    # recovery to the wounded.": a statement's closing formulas.
    _rule("religious formula", r"^(?:and )?peace be upon (?:the righteous servants of "
          r"(?:god|allah)|(?:all )?(?:those|him) who follows? (?:the )?(?:right )?guidance)\.?$|"
          r"^(?:(?:eternal )?(?:mercy|glory|paradise) (?:to|for|upon|on) (?:the|our) "
          r"(?:righteous |heroic )?martyrs)(?:,? and (?:a )?(?:speedy|swift|quick) recovery "
          r"(?:to|for) (?:the|our) wounded)?\.?$", 20, hints=("peace be", "martyrs")),
    # The same closing in Arabic: "الرحمة للشهداء والشفاء العاجل للجرحى".
    _rule("religious formula", r"^(?:الرحمة|المجد والخلود|المجد) (?:لل|ل)شهداء\b[^.!]{0,60}"
          r"[.!]?$", 16, flags=0, hints=("شهداء",)),
    # "المكتب الإعلامي - وزارة شؤون البيشمركة": a media office signing its statement.
    _rule("signature", r"^المكتب الإعلامي\s*(?:[-–—|/]\s*.{2,60})?$", 10, flags=0,
          hints=("المكتب الإعلامي",)),
    # A parliamentary committee's evidence transcript: its running head ("Defence Committee:
    # Oral evidence: <inquiry>, HC 418"), the cover's printing order ("Ordered by the House
    # of Commons to be published on 1 December 2026.") and the questions it spans
    # ("Questions 112 - 121"). None of it is what a witness said.
    _rule("page header", r"^(?:[A-Z][\w,'’&-]*\s+){1,8}(?:Committee|Commission|Sub-?committee)"
          r"\s*:\s*(?:(?:un)?corrected\s+)?(?:oral|written)\s+evidence\s*:\s*.{3,160}?"
          r"(?:,\s*(?:HC|HL)\s*(?:Paper\s*)?\d{1,4})?$", 40, in_prose=False,
          hints=("evidence",)),
    _rule("page header", r"^ordered by the house of (?:commons|lords) to be (?:published|"
          r"printed)\b[^.!?]{0,40}[.]?$", 16, hints=("ordered by",)),
    _rule("page header", r"^(?:questions?|qq?\.?)\s*\d{1,4}\s*(?:[-–—]|to)\s*\d{1,4}$", 5,
          hints=("q",)),
    # A court transcript's own furniture: the reporter's footer on every page ("Jane Roe,
    # RMR, CRR - Official Court Reporter"), the caption's note on how it was taken
    # ("Proceedings reported by machine stenography; transcript produced by computer-aided
    # transcription."), the record's bracketed notes ("(Call to order of the court.)",
    # "(Recess.)") and the reporter's certificate closing it. None of it was said.
    _rule("court transcript furniture", r"^(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+,\s*(?:(?:RMR|"
          r"RPR|RDR|CRR|CSR|CCR|FCRR|RCR|CRC)\b[,\s]*){1,4}(?:[-–—]\s*)?(?:(?:Official|Federal|"
          r"Certified|Registered|Freelance)\s+)?(?:(?:U\.S\.\s+)?Court\s+)?Reporter$", 16,
          flags=0, in_prose=False, hints=("eporter",)),
    _rule("court transcript furniture", r"^(?:the\s+)?proceedings\s+(?:were\s+)?(?:reported|"
          r"recorded|taken)\s+by\s+(?:machine\s+|mechanical\s+|stenotype\s+)?(?:stenography|"
          r"shorthand|stenotype)\b|^(?:the\s+)?transcript\s+produced\s+by\s+computer[- ]aided\s+"
          r"transcription\.?$|^produced\s+by\s+computer[- ]aided\s+transcription\.?$", 24,
          hints=("stenograph", "shorthand", "stenotype", "computer-aided", "computer aided")),
    _rule("court transcript furniture", r"^\((?:call\s+to\s+order|court\s+(?:is\s+)?in\s+"
          r"session|(?:short\s+|brief\s+|luncheon\s+|morning\s+|afternoon\s+)?recess(?:\s+taken)?|"
          r"(?:the\s+)?(?:defendant|jury|witness)\s+(?:is\s+|was\s+)?(?:present|excused|sworn|"
          r"exits|enters)|proceedings\s+(?:adjourned|concluded|recessed|resumed|continued))"
          r"[^()]{0,60}\)\.?$", 14, hints=("(",)),
    _rule("court transcript furniture", r"^(?:(?:court\s+)?reporter['’]s\s+certificate|"
          r"certificate\s+of\s+(?:the\s+)?(?:official\s+|certified\s+)?(?:court\s+)?(?:reporter|transcriber))$|"
          r"^I,\s+[^,\n]{3,60},\s+(?:[\w-]+\s+){0,8}?(?:do\s+)?(?:hereby\s+)?certify\s+that\s+the\s+"
          r"foregoing\s+is\s+a\s+(?:true\s+and\s+)?(?:correct|accurate|true)\s+transcript\b", 60,
          hints=("certif",)),
    # "/s/ Jane Roe     December 4, 2026": a signature typed on a filing.
    _rule("signature", r"^/s/\s*[A-Z][\w.'’ ,-]{2,60}?(?:\s{2,}.{0,30})?$", 12, flags=0,
          hints=("/s/",)),
)
# fmt: on
