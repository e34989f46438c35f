"""Any text in any field survives a save and a load unchanged (hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefdeck.model import Briefing, Event, Place, Quote, Source, io

# Any Unicode except lone surrogates, which cannot be written as UTF-8 by anyone.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=TEXT,
    source_text=TEXT,
    name=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=80),
    quote=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=120),
    note=TEXT,
    lat=st.floats(-90, 90),
    lon=st.floats(-180, 180),
    killed=st.none() | st.integers(0, 10**6),
)
def test_any_text_round_trips_through_the_file(
    tmp_path_factory, title, source_text, name, quote, note, lat, lon, killed
):
    b = Briefing()
    b.set_meta("title", title)
    b.sources.append(Source(text=source_text))
    b.insert_fact("places", Place(id="pl-1", name=name, lat=lat, lon=lon, note=note))
    b.insert_fact("events", Event(id="ev-1", killed=killed, summary=note))
    b.insert_fact("quotes", Quote(id="qu-1", text=quote, speaker=name))
    path = tmp_path_factory.mktemp("rt") / "x.briefing.json"
    io.save(b, path)
    assert io.load(path) == b
