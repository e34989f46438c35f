"""PDF reflow: a short heading line after a paragraph's last sentence starts its own block.
Sentences are ours."""

from __future__ import annotations

from briefdeck.ingest.pdf import reflow

_WIDE = ("Militia fighters fired four rockets at a border outpost late on Tuesday, and two\n"
         "guards were wounded by shrapnel near the gate, officials in the province said.\n")


def test_a_short_heading_after_a_closing_sentence_is_its_own_block():
    page = _WIDE + "Northern Syria\n" + "Patrols resumed along the river road on Wednesday.\n"
    blocks = reflow(page).split("\n\n")
    assert "Northern Syria" in blocks


def test_a_short_last_line_of_prose_stays_in_its_paragraph():
    page = _WIDE.replace("said.\n", "said on\n") + "Friday.\n"
    assert "said on Friday." in reflow(page)
