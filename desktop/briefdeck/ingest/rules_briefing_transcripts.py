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
)
# fmt: on
