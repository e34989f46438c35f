"""Any text in any field still gives a valid deck and a one-page PDF (hypothesis).

tests/model/test_round_trip_properties.py covers the file round trip and
tests/export/test_pdf_onepager.py covers title, BLUF and place names on the PDF alone; this
puts hostile text into every other field at once, and checks the deck as well."""

from __future__ import annotations

import io

from hostile_kit import full_briefing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pypdf import PdfReader

from briefdeck.export.pdf.writer import render_pdf
from briefdeck.export.pptx import render_pptx
from briefdeck.model import Briefing, Event, Organization, Person, Place, Quote, System

ANY_CHAR = st.characters(exclude_categories=("Cs",))  # lone surrogates cannot be saved
SAMPLES = st.sampled_from(
    [
        '<img src="http://192.0.2.1/x.png">',
        "<script>alert(1)</script>",
        "<b>bold</b> &amp; &nbsp; &#x0; ]]> <![CDATA[x]]>",
        "AT&T <para> </para> <font name='x'>",
        "قاعدة التاجي الجوية",  # Arabic, right to left
        "\u202eevil\u202c \u200f\u200e mixed",  # bidi overrides
        "שלום עולם",
        "\x00\x01\x07\x0b\x0c\x1b[31m\x7f\x85\ufffe\uffff",
        "e\u0301\u0301\u0301 \U0001f680\U0001f1ee\U0001f1f6 \u00ad\u200b",
        "%s %d {0} {title} $(rm -rf) `x`",
        "\t\n\r\n\r",
    ]
)
LONG_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzАБВاب"), min_size=300, max_size=1500)
PIECE = st.one_of(st.text(ANY_CHAR, max_size=120), SAMPLES, LONG_WORD)
TEXT = st.lists(PIECE, max_size=4).map(" ".join)
NAME = TEXT.filter(lambda s: len(s) >= 1)

FIELDS = st.fixed_dictionaries(
    {
        "title": TEXT,
        "prepared_by": TEXT,
        "bluf": TEXT,
        "outlook": TEXT,
        "key_points": st.lists(TEXT, max_size=4),
        "outlet": TEXT,
        "headline": TEXT,
        "place": NAME,
        "country": TEXT,
        "quote": NAME,
        "speaker": TEXT,
        "note": TEXT,
        "summary": TEXT,
        "weapon": TEXT,
        "person": NAME,
        "organization": NAME,
        "system": NAME,
        "source_text": TEXT,
    }
)


def _hostile_briefing(f: dict, include: str) -> Briefing:
    b = full_briefing(status=include)
    b.set_meta("title", f["title"])
    b.set_meta("prepared_by", f["prepared_by"])
    b.set_narrative("bluf", f["bluf"])
    b.set_narrative("outlook", f["outlook"])
    b.set_narrative("key_points", f["key_points"])
    b.set_source_field("src-1", "outlet", f["outlet"])
    b.set_source_field("src-1", "headline", f["headline"])
    b.insert_fact(
        "places",
        Place(
            id="pl-h",
            status=include,
            name=f["place"],
            country=f["country"],
            lat=33.3,
            lon=44.4,
            role="attack target",
            note=f["note"],
        ),
    )
    b.insert_fact(
        "events",
        Event(
            id="ev-h",
            status=include,
            date="2021-03-13",
            kind="strike",
            summary=f["summary"],
            place=f["place"],
            weapons=[f["weapon"]],
            killed=1,
            note=f["note"],
        ),
    )
    b.insert_fact(
        "quotes",
        Quote(id="qu-h", status=include, text=f["quote"], speaker=f["speaker"], note=f["note"]),
    )
    b.insert_fact(
        "people",
        Person(
            id="pe-h",
            status=include,
            name=f["person"],
            title=f["summary"],
            organization=f["organization"],
        ),
    )
    b.insert_fact("organizations", Organization(id="or-h", status=include, name=f["organization"]))
    b.insert_fact(
        "systems",
        System(id="sy-h", status=include, name=f["system"], category=f["weapon"], place=f["place"]),
    )
    return b


def _deck_is_valid(data: bytes) -> int:
    prs = Presentation(io.BytesIO(data))
    for slide in prs.slides:  # parse every slide and its notes, not just the package
        for shape in slide.shapes:
            if shape.has_text_frame:
                assert isinstance(shape.text_frame.text, str)
        if slide.has_notes_slide:
            assert isinstance(slide.notes_slide.notes_text_frame.text, str)
    return len(prs.slides)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(fields=FIELDS, include=st.sampled_from(["accepted", "draft"]))
def test_hostile_text_in_every_field_gives_a_valid_deck(fields, include):
    b = _hostile_briefing(fields, include)
    data, outline = render_pptx(b, include_drafts=include == "draft")
    assert _deck_is_valid(data) == len(outline.slides) >= 2


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(fields=FIELDS, paper=st.sampled_from(["letter", "a4"]))
def test_hostile_text_in_every_field_gives_a_one_page_pdf(fields, paper):
    b = _hostile_briefing(fields, "accepted")
    data, report = render_pdf(b, paper=paper)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1 and report.pages == 1
    assert isinstance(reader.pages[0].extract_text(), str)


def test_markup_in_text_is_printed_literally_on_the_deck():
    b = full_briefing()
    b.set_narrative("bluf", '<img src="http://192.0.2.1/x.png"> & <b>not bold</b>')
    data, _ = render_pptx(b)
    text = "\n".join(
        shape.text_frame.text
        for slide in Presentation(io.BytesIO(data)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    )
    assert '<img src="http://192.0.2.1/x.png"> & <b>not bold</b>' in " ".join(text.split())
