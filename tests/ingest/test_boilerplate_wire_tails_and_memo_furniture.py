"""Furniture under a wire story (helpers' credit, version note, the writers' and editors'
addresses, an agency's filing time), at the top of a news agency's page (its name in another
script, a date in two calendars), on a report's later pages (series, number and date) and on a
staff memo (letterhead, received stamp, signature block, enclosures and copy list); the title
and date a memo or a page gives when the usual places are empty."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.html import html_to_text

_STORY = (
    "Border guards detained four smugglers near the river crossing late on Friday, officials said."
)
_MORE = "The governor said patrols along the canal would be doubled until the end of the month."


def _flagged(*lines: str) -> set[str]:
    text = "\n".join(lines) + "\n"
    return {text[f.start : f.end] for f in classify(text)}


def test_a_wire_storys_assistance_credit_and_version_note_are_flagged():
    flagged = _flagged(
        _STORY,
        _MORE,
        "--With assistance from Petra Lindqvist and Omar Haddad.",
        "(Updates with central bank comment in fifth paragraph.)",
    )
    assert "--With assistance from Petra Lindqvist and Omar Haddad." in flagged
    assert "(Updates with central bank comment in fifth paragraph.)" in flagged


def test_a_sentence_about_assistance_or_in_brackets_is_not_a_credit():
    flagged = _flagged(
        _STORY,
        "With assistance from the navy, the port reopened to tankers on Sunday.",
        "(The ministry later said the figure included two police officers.)",
        "(Changes to the curfew take effect at midnight.)",
        _MORE,
    )
    assert "(Changes to the curfew take effect at midnight.)" not in flagged
    assert "With assistance from the navy, the port reopened to tankers on Sunday." not in flagged
    assert "(The ministry later said the figure included two police officers.)" not in flagged


def test_the_names_and_addresses_under_a_to_contact_heading_are_flagged():
    flagged = _flagged(
        _STORY,
        _MORE,
        "To contact the reporter on this story:",
        "Ines Moreau in Nairobi at imoreau4@example.net;",
        "To contact the editors responsible for this story:",
        "Karl Brandt, Nadia Osei",
    )
    assert "To contact the reporter on this story:" in flagged
    assert "Ines Moreau in Nairobi at imoreau4@example.net;" in flagged
    assert "To contact the editors responsible for this story:" in flagged
    assert "Karl Brandt, Nadia Osei" in flagged


def test_a_sentence_after_a_contact_heading_is_not_flagged():
    flagged = _flagged(
        _STORY,
        "To contact the reporters on this story:",
        "Residents said the shelling continued through the night and into the morning.",
    )
    assert "Residents said the shelling continued through the night and into the morning." not in (
        flagged
    )


def test_an_agencys_filing_time_under_its_story_is_flagged():
    flagged = _flagged(_STORY, _MORE, "-- QNA 0942 GMT 2026-03-11", "WAM 1805 UTC")
    assert "-- QNA 0942 GMT 2026-03-11" in flagged
    assert "WAM 1805 UTC" in flagged


def test_an_agencys_name_in_another_script_beside_its_menu_is_a_masthead():
    flagged = _flagged(
        "ONA | Oman News Agency",
        "وكالة الأنباء العمانية",
        "عربي | English",
        "Home | Local | World | Sport",
        "Coast guard seizes fishing boat off Musandam",
        _STORY,
        _MORE,
    )
    assert "وكالة الأنباء العمانية" in flagged
    assert "Coast guard seizes fishing boat off Musandam" not in flagged


def test_a_date_in_two_calendars_is_a_stamp_and_the_section_under_it_a_label():
    flagged = _flagged(
        "Home | Local | World | Sport",
        "Monday, 14 March 2026 | 25 Ramadan 1447",
        "World",
        "Coast guard seizes fishing boat off Musandam",
        _STORY,
        _MORE,
    )
    assert "Monday, 14 March 2026 | 25 Ramadan 1447" in flagged
    assert "World" in flagged


def test_a_reports_running_head_with_series_number_and_date_is_flagged():
    flagged = _flagged(
        _STORY,
        "Policy Institute Africa Report N°312, 4 June 2026 Sudan: Holding the Line at El Fasher",
        _MORE,
    )
    assert (
        "Policy Institute Africa Report N°312, 4 June 2026 Sudan: Holding the Line at El Fasher"
        in flagged
    )


def test_a_sentence_citing_a_numbered_report_is_not_a_running_head():
    line = "Policy Institute Africa Report No. 312, 4 June 2026, found the siege had tightened."
    assert line not in _flagged(_STORY, line, _MORE)


_MEMO = [
    "HEADQUARTERS",
    "1ST SUSTAINMENT BRIGADE - TASK FORCE LANCER",
    "CAMP NORTHGATE, QATAR",
    "APO AE 09898",
    "TF-LNC-S3",
    "2 March 2026",
    "RECElVED 3 MAR 2O26 XO OFFICE",
    "MEMORANDUM FOR Commander, Task Force Lancer SUBJECT: Convoy Security Review, February 2026"
    " 1. PURPOSE. To review attacks on resupply convoys during February and recommend changes.",
    "2. FINDINGS. Two convoys were struck by roadside bombs near the border crossing.",
    "3. The point of contact for this memorandum is the undersigned.",
    "//SIGNED//",
    "JOANNA R. PIKE",
    "MAJ, LG",
    "Brigade Operations Officer",
    "Encl",
    "Convoy Incident Log, Feb 26",
    "CF:",
    "TF LANCER S2",
    "AREA SUPPORT GROUP QATAR",
]


def test_a_memos_letterhead_down_to_its_post_address_and_its_received_stamp_are_flagged():
    flagged = _flagged(*_MEMO)
    for line in _MEMO[:4] + ["RECElVED 3 MAR 2O26 XO OFFICE"]:
        assert line in flagged
    assert not any("FINDINGS" in f for f in flagged)


def test_the_enclosures_and_copy_list_under_a_signed_memo_are_flagged():
    flagged = _flagged(*_MEMO)
    for line in _MEMO[-5:]:
        assert line in flagged
    assert "//SIGNED//" in flagged


def test_capitals_under_headquarters_without_an_address_are_not_a_letterhead():
    flagged = _flagged("HEADQUARTERS", "TROOPS LEAVE BORDER POSTS AFTER TRUCE", _STORY, _MORE)
    assert "TROOPS LEAVE BORDER POSTS AFTER TRUCE" not in flagged


def test_a_memo_without_a_headline_is_titled_by_its_subject():
    article = article_from_text("\n\n".join(_MEMO))
    assert article.headline == "Convoy Security Review, February 2026"


def test_a_pages_published_tag_gives_its_date_when_the_reader_finds_none():
    page = (
        "<html><head><title>Port reopens | The Courier</title>"
        '<meta property="article:published_time" content="2031-05-06T08:00:00Z"></head>'
        "<body><article><h1>Port reopens</h1>"
        + "".join(f"<p>{_STORY} {_MORE}</p>" for _ in range(4))
        + "</article></body></html>"
    )
    assert html_to_text(page, "page.html").hints["published"] == "2031-05-06"


def test_a_writers_job_title_is_not_read_as_a_second_writer():
    page = (
        "<html><head><title>Port reopens</title>"
        '<meta name="author" content="Ines Moreau; Security Correspondent"></head>'
        "<body><article><h1>Port reopens</h1>"
        + "".join(f"<p>{_STORY} {_MORE}</p>" for _ in range(4))
        + "</article></body></html>"
    )
    assert html_to_text(page, "page.html").hints["byline"] == "Ines Moreau"
