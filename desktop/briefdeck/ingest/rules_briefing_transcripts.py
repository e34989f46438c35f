"""Boilerplate rules for briefing, speech and broadcast transcripts: the label, the editor's
note, time marks, cues without words, the broadcaster's caveat and the close.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # Briefing and speech transcripts: the label, the editor's note, timestamps, the close.
    _rule("transcript furniture", r"^(?:(?:full |press |briefing |official )?transcript|"
          r"end (?:of )?(?:the )?transcript|\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?|"
          r"(?:[\w ]{0,40}\.\s*)?as (?:prepared|written) for delivery|"
          r"(?:please )?note:? (?:this|the following) transcript has been (?:lightly )?"
          r"(?:edited|condensed)\b.*)\s*[.:]?$", 14),
    # A broadcast transcript's cues that carry no words: "(SOUNDBITE OF MUSIC)", "(LAUGHTER)".
    # ("(SOUNDBITE OF PRESS BRIEFING)" introduces what a speaker says: not flagged.)
    _rule("transcript furniture", r"^\((?:soundbite of )?(?:music|laughter|applause|crosstalk|"
          r"inaudible|silence|background noise|ambient noise|bell ringing)(?: [\w ,'’-]{0,30})?\)$",
          6, hints=("(",)),
    # "Heard on Morning Edition", "As heard on All Things Considered": the programme's label.
    _rule("transcript furniture", r"^(?i:(?:as )?heard on) (?:[A-Z][\w'’&.-]*\s?){1,5}$", 7,
          flags=0, hints=("heard on",)),
    # The broadcaster's note on its transcripts: "Transcripts may vary ...", "The
    # authoritative record of our programming is the audio record."
    _rule("disclaimer", r"\btranscripts? (?:text )?may (?:vary|be revised|contain errors)\b|"
          r"\bauthoritative record of (?:[\w'’]+ ){0,3}(?:programming|broadcasts?)\b", 60,
          hints=("transcript", "authoritative record")),
    # "(Transcript excerpt ends.)", "(END OF BRIEFING)": the close of a transcript or excerpt.
    _rule("transcript furniture", r"^\(\s*(?:(?:the )?(?:transcript|excerpt|briefing|remarks)"
          r"(?: excerpt)? (?:ends|ended|concludes|concluded)|end (?:of )?(?:the )?"
          r"(?:transcript|excerpt|briefing|remarks|press conference))\s*\.?\s*\)\.?$", 8,
          hints=("(",)),
    # A meeting's or a town hall's transcript: the note on how it was written up ("Prepared by
    # the S-1 for families who could not attend. Lightly edited for clarity."), the
    # moderator's housekeeping (where the restrooms and childcare are, question cards,
    # phones), handing the floor over ("Sir, the floor is yours."), the next meeting's date and
    # notes in brackets on the link ("[Video link dropped at 1912 ...]"). None of it is news.
    _rule("transcript furniture", r"\b(?:lightly\s+)?(?:edited|condensed)\s+for\s+(?:clarity|"
          r"length|brevity)(?:\s+and\s+(?:clarity|length|brevity))?\b", 40,
          hints=("edited for", "condensed for")),
    _rule("transcript furniture", r"\b(?:restrooms?|bathrooms?|toilets|childcare|child\s+care|"
          r"question\s+cards)\s+(?:is|are)\s+(?:in|down|on|at|outside|available|located|under)\b|"
          r"\bplease\s+(?:silence|mute|switch\s+off|turn\s+off)\s+(?:your\s+)?(?:cell\s+|mobile\s+)?"
          r"phones\b", 50, hints=("restroom", "bathroom", "toilets", "child", "question cards",
                                   "phones")),
    _rule("transcript furniture", r"^(?:(?:sir|ma['’]am|general|colonel|commander|[A-Z][a-z]+),"
          r"\s+)?(?:the\s+floor\s+is\s+(?:all\s+)?yours|over\s+to\s+you(?:,\s+(?:sir|ma['’]am))?)"
          r"\s*[.!]?$", 8, hints=("floor is", "over to you")),
    _rule("transcript furniture", r"^(?:our\s+|the\s+)?next\s+(?:town\s+hall|family\s+meeting|"
          r"meeting|session|forum|briefing|call)\s+(?:is|will\s+be)\s+(?:on\s+|at\s+)?(?:"
          r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
          r"oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+[a-z]{3}|tomorrow|next\s+week)\b", 30,
          hints=("next ",)),
    _rule("transcript furniture", r"^\[(?:(?:the\s+)?(?:video|audio|phone|telephone|satellite|"
          r"zoom|teams)\s+)?(?:link|feed|connection|line|call|stream|transmission|audio|video)\b"
          r"[^\[\]]{0,100}?\b(?:dropped|lost|restored|interrupted|resumed|cut\s+out|froze|"
          r"reconnected|re-established)\b[^\[\]]{0,100}\]$", 30, hints=("[",)),
    # A service's hours read out at the end ("counselors available on Saturday from 0900.
    # No appointment needed."): a notice, not news.
    _rule("transcript furniture", r"\bno\s+appointments?\s+(?:is\s+)?(?:needed|necessary|"
          r"required)\b", 25, hints=("appointment",)),
)
# fmt: on
