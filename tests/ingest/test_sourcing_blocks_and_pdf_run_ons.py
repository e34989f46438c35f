"""A wire's sourcing block ("Source: <person>, <office>") kept as reporting while an outlet's
credit is still furniture; PDF paragraphs cut mid-sentence by a short line or a column break
(a name or a quotation split in two) made whole; and furniture found by its neighbours at a
story's end (an agency's editor sign-off, a blog's topic tags) or beside a running head."""

from furniture import rules_over

from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.pdf import continues, reflow

_STORY = (
    "Shelling damaged a water pumping station on the edge of the town overnight, and repair "
    "crews reached it only after dawn, the local council said."
)
_MORE = "Residents were asked to boil tap water until the supply was tested again on Thursday."


def test_a_sourcing_block_naming_a_person_and_office_is_reporting():
    source = "Source: Marta Kovalenko, head of the Zhytomyr regional administration, on Telegram"
    quote = 'Quote: "Two houses were destroyed. Nobody was hurt, thanks to the shelters."'
    text = "\n\n".join([_STORY, source, quote, _MORE])
    assert rules_over(text, source) == []
    assert rules_over(text, quote) == []
    short = "Source: Petro Hnatiuk, Rivne governor"
    assert rules_over("\n\n".join([_STORY, short, _MORE]), short) == []


def test_an_outlet_or_channel_credit_is_still_furniture():
    for credit in (
        "Source: Harbor Ledger, Northern Wire",
        "Source: Press Service of the Regional Council, official website and Telegram channel",
        "Source: State Emergency Service, Telegram",
    ):
        text = "\n\n".join([_STORY, credit, _MORE])
        assert rules_over(text, credit) == ["story credits"], credit


_WIDE = "The convoy left the depot at first light and drove north along the coast"


def test_reflow_joins_a_name_cut_by_a_short_line():
    page = "\n".join([
        _WIDE,
        "road, where the army's press officer Major Ingrid",
        "Solberg said the escort had met no resistance on the way.",
        _WIDE + ".",
    ])
    assert "Major Ingrid Solberg said the escort" in reflow(page)


def test_reflow_joins_a_sentence_that_goes_on_in_lower_case():
    page = "\n".join([
        _WIDE,
        "road until a checkpoint near the bridge, where",
        "soldiers searched every truck before it could cross.",
        _WIDE + ".",
    ])
    assert "near the bridge, where soldiers searched" in reflow(page)


def test_reflow_joins_a_quotation_cut_after_a_full_stop():
    page = "\n".join([
        _WIDE,
        'road past the market. "We heard the engines first.',
        'Then the trucks came round the corner," a shopkeeper said.',
        _WIDE + ".",
    ])
    assert '"We heard the engines first. Then the trucks came round' in reflow(page)


def test_reflow_keeps_headings_mastheads_and_new_quotations_apart():
    page = "\n".join([
        "Ledger | 3 March | page four of the regional news",
        "www.harborledger.example",
        "Convoy reaches",
        "northern coast",
        _WIDE + ".",
    ])
    paragraphs = reflow(page).split("\n\n")
    assert "www.harborledger.example" in paragraphs
    assert "Convoy reaches" in paragraphs
    # Each paragraph of a long quotation opens with its own quotation mark.
    assert not continues('He said: "The road is open again. The escort stays for a week.',
                         '"After that, the police take over the patrols," he added.')


def test_continues_needs_a_cut_sentence_and_a_running_on_part():
    prose = "Officials at the port said the two ships were unloading grain for the aid agency"
    assert continues(prose, "under the supervision of inspectors.")
    assert not continues(prose + ".", "under the supervision of inspectors.")
    assert not continues(prose, "The Ships Arrive")  # a heading, not the rest of a name
    assert not continues(prose + " on Monday", "The inspectors left.")  # a sentence opener
    assert not continues("Port Authority Weekly Shipping Bulletin Issue Nine Of Ten Pages",
                         "lists every ship")  # no prose above: a title run on by chance


def test_an_agency_editor_sign_off_under_the_story_is_furniture():
    text = "\n\n".join([_STORY, _MORE, "K. Haddad / Rami"])
    assert rules_over(text, "K. Haddad / Rami") == ["story credits"]


def test_topic_tags_between_the_closing_furniture_are_flagged():
    tags = "Satellite Imagery Ports Shipping"
    text = "\n".join([
        _STORY,
        _MORE,
        "If you liked this piece, follow me for more open-source investigations.",
        tags,
        "1.2K",
        "Written by Lena Ortiz",
    ])
    assert rules_over(text, tags) == ["tags"]



def _paper(title: str) -> list[str]:
    body = [f"{_STORY[:-1]} in week {k}." for k in range(1, 13)]
    return [
        title, "Coastal Research Unit", "coastalresearch.example", "1",
        "Policy Paper", title, "By Ana Ruiz, Tom Lee", "Summary", *body[:6],
        title, "Coastal Research Unit", "coastalresearch.example", "2", *body[6:],
    ]


def test_the_writers_under_a_title_repeated_as_the_running_head_are_not_the_head():
    text = "\n".join(_paper("Flood defences on the coast: what the storms showed"))
    assert rules_over(text, "By Ana Ruiz, Tom Lee") == []
    assert "running header or footer" in rules_over(text, "Coastal Research Unit")


def test_a_running_head_over_the_licence_and_page_number_is_not_the_title():
    head = "Harbour Monitor | Maritime Watch"
    small_print = [
        "FOR SUBSCRIBER USE ONLY",
        "Copyright 2026 Harbour Monitor. All rights reserved. Not for redistribution.",
    ]
    body = [f"{_STORY[:-1]} in week {k}." for k in range(1, 9)]
    lines = [head, *small_print, "Page 1 of 2", "Tugs collide in the outer harbour", *body[:4],
             head, *small_print, "Page 2 of 2", *body[4:]]
    text = "\n".join(lines)
    start = text.index(head)
    assert any(f.start == start and f.rule == "running header or footer" for f in classify(text))
