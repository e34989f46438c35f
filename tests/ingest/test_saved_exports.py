"""Files a tool saved in its own shape: Kindle clippings, a mailing list's digest, a map's KML
export; and a note's paste line, tag line and assistant prompt."""

from __future__ import annotations

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify

_CLIPS = """Harbour Nights: A History (Marsh, Olive)
- Your Highlight on page 2 | Location 20-22 | Added on Monday, March 2, 2026 9:01:00 PM

The port authority closed the north quay after a fire on March 1.
==========
Harbour Nights: A History (Marsh, Olive)
- Your Note on page 2 | Location 22 | Added on Tuesday, March 3, 2026 7:10:00 AM

OM: the quay reopened later, check.
==========
Garden Songs (Reed, Tom)
- Your Highlight on page 9 | Location 90-91 | Added on Sunday, March 1, 2026 8:00:00 PM

The roses bloomed late that year.
==========
Harbour Nights: A History (Marsh, Olive)
- Your Bookmark on page 5 | Location 60 | Added on Tuesday, March 3, 2026 7:20:00 AM


==========
Harbour Nights: A History (Marsh, Olive)
- Your Highlight on page 7 | Location 70-75 | Added on Tuesday, March 3, 2026 7:30:00 AM

<You have reached the clipping limit for this item>
==========
"""


def test_clippings_keep_one_books_passages_and_notes():
    a = article_from_text(_CLIPS)
    assert a.format == "clippings"
    assert "north quay" in a.text and "OM: the quay reopened" in a.text
    assert "roses" not in a.text  # another book's clipping
    assert "Your Highlight" not in a.text and "==========" not in a.text
    assert "clipping limit" not in a.text and "(Marsh, Olive)" not in a.text
    assert a.headline == "Harbour Nights: A History"
    assert a.byline == "Olive Marsh"
    assert a.published == "2026-03-03"  # the latest clipping of the book


_DIGEST = """Send Harbour-Watch mailing list submissions to
\tharbour-watch@lists.example.org

To subscribe or unsubscribe via the World Wide Web, visit
\thttps://lists.example.org/mailman/listinfo/harbour-watch

Today's Topics:

   1. Quay fire (Ann Lee)
   2. Re: Quay fire (Bo Kim)


----------------------------------------------------------------------

Message: 1
Date: Mon, 2 Mar 2026 08:00:00 +0200
From: Ann Lee <ann@example.org>
To: harbour-watch@lists.example.org
Subject: [Harbour-Watch] Quay fire
Message-ID: <abc@example.org>
Content-Type: text/plain; charset="us-ascii"

The port authority says the north quay burned late Sunday.

Ann

--
Ann Lee | Analyst | Quayside Monitor


------------------------------

Message: 2
Date: Tue, 3 Mar 2026 09:00:00 +0000
From: Bo Kim <bo@example.org>
To: harbour-watch@lists.example.org
Subject: Re: [Harbour-Watch] Quay fire
Message-ID: <def@example.org>
Content-Type: text/plain; charset="us-ascii"

Sorry for the digest reply.

> Today's Topics:
>    1. Pier lights (Cy Dee)

> The port authority says the north quay burned late Sunday.

The quay reopened this morning.


------------------------------

Subject: Digest Footer

_______________________________________________
Harbour-Watch mailing list

------------------------------

End of Harbour-Watch Digest, Vol 2, Issue 9
*******************************************
"""


def test_digest_keeps_the_posts_and_drops_the_lists_furniture():
    a = article_from_text(_DIGEST)
    assert a.format == "digest"
    assert a.published == "2026-03-03"  # the latest post
    assert a.headline == "Quay fire"
    for gone in (
        "Send Harbour-Watch",
        "Today's Topics",
        "Message-ID",
        "Content-Type",
        "Message: 1",
        "Quayside Monitor",
        "Digest Footer",
        "End of Harbour-Watch",
        "Pier lights",
        "digest reply",
        "To: harbour-watch",
    ):
        assert gone not in a.text, gone
    assert "Date: Mon, 2 Mar 2026" in a.text and "From: Bo Kim" in a.text
    assert "burned late Sunday" in a.text and "reopened this morning" in a.text


_KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <name>Harbour incidents &amp; lights</name>
    <description><![CDATA[Desk map. Last edited 4 Mar 2026 by O. M. Internal only.]]></description>
    <Style id="s1"><IconStyle><color>ff0000ff</color></IconStyle></Style>
    <Folder>
      <name>Incidents</name>
      <Placemark>
        <name>01 Mar - north quay - fire</name>
        <description><![CDATA[Fire on the quay; two hurt.<br>source: port]]></description>
        <styleUrl>#s1</styleUrl>
        <ExtendedData><Data name="date"><value>2026-03-01</value></Data></ExtendedData>
        <Point><coordinates>10.1,50.2,0</coordinates></Point>
      </Placemark>
      <Placemark>
        <name>Pier lights out</name>
        <description><![CDATA[Added 3 Mar. Pier lights out late Monday. Keep pin.]]></description>
        <Point><coordinates>10.2,50.3,0</coordinates></Point>
      </Placemark>
    </Folder>
    <Folder>
      <name>Reference (do not edit)</name>
      <Placemark><name>Harbour office</name></Placemark>
    </Folder>
  </Document>
</kml>
"""


def test_kml_reads_as_its_placemarks():
    a = article_from_text(_KML)
    assert a.format == "map"
    assert a.headline == "Harbour incidents & lights"
    assert a.published == "2026-03-04"  # the map's "Last edited" day
    assert "01 Mar - north quay - fire (2026-03-01)" in a.text  # its date field ends its name
    assert "two hurt.\nsource: port" in a.text
    assert "Pier lights out late Monday." in a.text
    for gone in (
        "<?xml",
        "<Style",
        "ff0000ff",
        "#s1",
        "10.1,50.2",
        "Keep pin",
        "Added 3 Mar",
        "Reference (do not edit)",
        "Internal only",
        "CDATA",
    ):
        assert gone not in a.text, gone
    assert "Harbour office" in a.text  # a locked folder's placemarks are still the map's


def test_hostile_kml_does_not_hang():
    text = "<kml><Placemark><description><![CDATA[" + "x<" * 50_000 + "\n<Placemark>" * 2000
    a = article_from_text(text)
    assert a.text


def _flagged(text: str, line: str) -> bool:
    at = text.index(line)
    return any(f.start <= at and at + len(line) <= f.end for f in classify(text))


def test_paste_line_dates_a_note_over_its_sources_dates():
    text = (
        "# Quay fire: assistant summary\n\n"
        '*Pasted from the assistant, Tue 3 Mar 2026, 09:00. Prompt: "What burned?"*\n\n'
        "The north quay burned on Sunday, the port authority said [1].\n\n"
        "**Sources**\n\n1. Harbour Post, 12 Oct 2024\n\n#harbour #to-verify #ai-summary\n"
    )
    a = article_from_text(text)
    assert a.published == "2026-03-03"
    assert _flagged(a.text, "#harbour #to-verify #ai-summary")
    assert _flagged(a.text, 'Prompt: "What burned?"')
    assert not _flagged(a.text, "The north quay burned on Sunday")
