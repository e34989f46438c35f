"""A live page's entries are stamped by <time> elements, which the story reader drops: each
stamp comes back as a line of its own before its entry, so the entries keep their day.
A story's lone or paired publication stamps leave its text as it was. Written here."""

from datetime import date

from briefdeck.extract.stamped_entries import find_entries
from briefdeck.ingest import article_from_text

LEAD = (
    "<h1>Live: storms close ports along the northern coast</h1>"
    "<p class='lead'>Heavy storms shut three ports and grounded flights across the northern "
    "coast on Friday. Follow our coverage as it happens.</p>"
)


def _entry(stamp: str, head: str, body: str) -> str:
    return f"<div class='post'>{stamp}<h2>{head}</h2><p>{body}</p></div>"


def _page(entries: str, before: str = LEAD) -> str:
    return (
        "<!doctype html><html><head><title>Live: storms close ports | Coast Daily</title>"
        f"</head><body><main><article>{before}<div class='feed'>{entries}</div>"
        "</article></main></body></html>"
    )


ENTRIES = (
    _entry("<time>16:20</time>", "Ferry service suspended",
           "The ferry operator cancelled all crossings for the rest of the day after waves "
           "reached six metres near the harbour wall, a company spokeswoman said.")
    + _entry("<time>11:05</time>", "Airport halts departures",
             "The regional airport stopped all departures for four hours as gusts swept "
             "across the runway, the airport authority said in a notice to travellers.")
    + _entry("<time>08:40</time>", "Ports closed at dawn",
             "Harbour masters closed the three largest ports before dawn and ordered "
             "fishing boats to stay moored until the storm passes, officials said.")
)


def test_live_entry_stamps_come_back_as_lines_before_their_entries():
    text = article_from_text(_page(ENTRIES)).text
    lines = text.split("\n\n")
    # the stamp, then its entry's headline or (the reader may drop a short one) its text
    for stamp, head, start in (("16:20", "Ferry service suspended", "The ferry operator"),
                               ("11:05", "Airport halts departures", "The regional airport"),
                               ("08:40", "Ports closed at dawn", "Harbour masters closed")):
        after = lines[lines.index(stamp) + 1]
        assert after == head or after.startswith(start)
    assert text.index("16:20") < text.index("11:05") < text.index("08:40")


def test_a_datetime_attribute_gives_the_day_of_a_stamp_that_shows_only_a_clock():
    entries = (
        _entry("<time datetime='2031-03-07T21:15:00+01:00'>21:15</time>", "Night shift",
               "Crews worked through the night to clear fallen trees from the coast road, "
               "the roads agency said in a short statement.")
        + _entry("<time datetime='2031-03-08T07:30'>7:30 am</time>", "Road reopens",
                 "The coast road reopened to traffic in both directions early on Saturday, "
                 "police said, although speed limits remain in place.")
    )
    text = article_from_text(_page(entries)).text
    assert "7 March 2031 - 21:15" in text.split("\n\n")
    assert "8 March 2031 - 7:30 am" in text.split("\n\n")
    days = [e.day.iso for e in find_entries(text, date(2031, 3, 8))]
    assert days == ["2031-03-07", "2031-03-08"]


def test_a_datetime_in_another_zone_than_the_shown_clock_gives_no_day():
    # 00:30 in Paris is 22:30 UTC the day before: the attribute's day is not the stamp's
    entries = (
        _entry("<time datetime='2031-03-07T22:30:00Z'>00:30</time>", "Late update",
               "Power was restored to most homes in the port district shortly after "
               "midnight, the grid operator said.")
        + _entry("<time datetime='2031-03-07T21:00:00Z'>23:00</time>", "Outages spread",
                 "About twelve thousand homes lost power as the storm reached the "
                 "eastern suburbs, the grid operator said.")
    )
    lines = article_from_text(_page(entries)).text.split("\n\n")
    assert "00:30" in lines and "23:00" in lines
    assert not any("2031" in line for line in lines)


def test_a_storys_published_and_updated_stamps_leave_its_text_as_it_was():
    story = (
        "<p class='byline'>By Ana Ruiz</p>"
        "<p class='meta'>Published <time datetime='2031-03-08T09:00'>09:00</time> "
        "Updated <time datetime='2031-03-08T11:30'>11:30</time></p>"
        "<p>Storms shut three ports along the northern coast on Friday and grounded "
        "flights at the regional airport, officials said.</p>"
        "<p>Harbour masters ordered fishing boats to stay moored until the weather "
        "improves, which forecasters expect by Sunday.</p>"
    )
    plain = story.replace("<time datetime='2031-03-08T09:00'>09:00</time>", "09:00").replace(
        "<time datetime='2031-03-08T11:30'>11:30</time>", "11:30")
    with_times = article_from_text(_page("", before=story)).text
    assert with_times == article_from_text(_page("", before=plain)).text
    assert "8 March 2031" not in with_times


def test_a_single_stamped_entry_is_no_live_page():
    page = _page(ENTRIES.split("</div>")[0] + "</div>")
    lines = article_from_text(page).text.split("\n\n")
    assert "16:20" not in lines
