"""A slide deck's notes pages exported as text: each slide's "Title:", its "Slide text:" bullets,
then "Speaker notes:" with what the presenter says over it.

The bullets are the slide's shorthand of what the notes tell with their sourcing ("IDF: 2
lightly wounded" over "The IDF first said two soldiers were lightly wounded"): like a headline,
a bullet repeats the notes' source and is no source of its own. The "Speaker notes:" label
heads the presenter's own words: it is no lead-in to anyone's speech ("Speaker" is no speaker).
"""

from __future__ import annotations

# The notes pages are read in one place, the ingest's reader of the format.
from briefdeck.ingest.speaker_notes import in_slide_text_block as in_slide_bullets
from briefdeck.ingest.speaker_notes import is_notes_label as notes_label
from briefdeck.ingest.speaker_notes import slide_text_blocks as slide_bullets

__all__ = ["in_slide_bullets", "notes_label", "slide_bullets"]
