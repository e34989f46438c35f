"""Numbers in report furniture that count nothing: reference codes, numbered headings, notes
glued to a count; and counts of messages in the hundreds."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _figures(text):
    briefing = draft_briefing(Article(text=text), published="2026-01-10")
    return [(f.value, f.unit) for f in briefing.facts.figures]


def test_reference_code_after_a_decimal_is_no_figure():
    got = _figures("Source: Army, reply to a request for data, 31.2 RFI 007, 1/5/2026.\n")
    assert not [v for v, _ in got if v == 31.2]


def test_numbered_section_headings_are_no_figures():
    text = ("2 The budget request\n\nThe ministry asked for 300 vehicles.\n\n"
            "3 Recent clashes near the border\n\nGunmen fired 12 mortar rounds at a post.\n")
    got = _figures(text)
    assert (300.0, "vehicles") in got and (12.0, "mortar rounds") in got
    assert not [u for _, u in got if u in ("clashes", "budget")]


def test_run_on_decimal_heading_is_no_figure():
    text = "The convoy returned safely to the port.4 3.1 Status of the fleet\n\nMore text here.\n"
    assert not [v for v, _ in _figures(text) if v in (3.1, 3.0)]


def test_note_number_glued_to_a_count_is_cut_off():
    text = ("Police held the suspects in the town.6 Officers seized 48 rifles and arrested "
            "312.7 On May 2, patrols resumed.\n")
    got = _figures(text)
    assert (312.0, "arrested") in got and not [v for v, _ in got if v == 312.7]


def test_hundreds_of_messages_are_counted():
    got = _figures("Over the quarter, 2,400 family messages were delivered to prisoners.\n")
    assert (2400.0, "messages") in got


def test_contract_number_tail_is_no_aircraft():
    text = "Acme Corp. was awarded contract N00099-25-C-4410 for radar spares.\n"
    briefing = draft_briefing(Article(text=text), published="2026-01-10")
    names = [s.name for s in briefing.facts.systems]
    assert not [n for n in names if n.startswith("C-")]


def test_spelled_out_interceptor_names_are_their_designators():
    text = ("The Navy ordered Standard Missile-2 rounds, and the Army bought Patriot Advanced "
            "Capability-3 Missile Segment Enhancement interceptors and GEM-T missiles.\n")
    briefing = draft_briefing(Article(text=text), published="2026-01-10")
    names = {s.name for s in briefing.facts.systems}
    assert {"SM-2", "PAC-3 MSE", "GEM-T"} <= names
