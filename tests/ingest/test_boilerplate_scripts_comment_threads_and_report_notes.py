"""A newsroom script's production furniture, a page post's comment thread and chrome, a
shared draft's and a platform bulletin's own notes: flagged; what is read out, posted or
reported is not. Writers named only in a page's header block or a Markdown page's owner
field are kept as the byline."""

from tests.ingest.furniture import rules_over

from briefdeck.ingest import article_from_text, read_article
from briefdeck.ingest.boilerplate import classify


def _flagged(text: str) -> set[str]:
    return {text[f.start : f.end] for f in classify(text)}


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_SCRIPT = _page(
    "COASTAL RADIO - NEWSDESK SCRIPT",
    "BULLETIN: 1800 GMT  FRIDAY 04 MARCH 2033",
    "DUR: 3'00\"   EDITOR: P. VANCE   READER: TOM ASHE",
    "[JINGLE]",
    "ITEM 1 - HARBOUR FIRE",
    "(READER:) A fire on a fuel barge in the port of Selwyn injured three dockers on Friday, "
    "the harbour authority says. Our reporter Ana Pike is there.",
    "CUE: ...Ana Pike is there.",
    "IN: \"Smoke still hangs...\"",
    "DUR: 0'35\"",
    "OUT: \"...Ana Pike, Coastal Radio, Selwyn.\"",
    "(REPORTER - PIKE:) \"Smoke still hangs over the quay, and crews say the barge was "
    "unloading diesel when it caught fire. Ana Pike, Coastal Radio, Selwyn.\"",
    "ITEM 2 - WEATHER",
    "(READER:) Now the weather. Strong winds are expected along the coast of Tarn tonight.",
    "ITEM 3 - SPORT",
    "(READER:) In football, Selwyn Rovers beat Tarn United two-nil in the cup final.",
    "[JINGLE]",
    "(READER:) That's Coastal Radio News. I'm Tom Ashe. The next bulletin is at seven.",
    "[END OF BULLETIN]",
    "SCRIPT ID: CR-1800-040333",
)


def test_a_newsroom_script_has_its_cues_slugs_and_header_flagged():
    flagged = _flagged(_SCRIPT)
    for furniture in (
        "COASTAL RADIO - NEWSDESK SCRIPT",
        "BULLETIN: 1800 GMT  FRIDAY 04 MARCH 2033",
        "[JINGLE]",
        "ITEM 1 - HARBOUR FIRE",
        "CUE: ...Ana Pike is there.",
        "IN: \"Smoke still hangs...\"",
        "DUR: 0'35\"",
        "[END OF BULLETIN]",
        "SCRIPT ID: CR-1800-040333",
    ):
        assert any(furniture in f for f in flagged), furniture


def test_a_scripts_reports_stay_and_its_weather_sport_and_sign_off_go():
    flagged = " ".join(_flagged(_SCRIPT))
    assert "fuel barge" not in flagged
    assert "Smoke still hangs over the quay" not in flagged
    assert "Strong winds are expected" in flagged
    assert "Selwyn Rovers beat" in flagged
    assert "That's Coastal Radio News" in flagged


def test_capitals_and_a_duration_in_a_story_are_not_taken_for_a_script():
    text = _page(
        "PORT OF SELWYN CLOSED AFTER FIRE",
        "The harbour authority closed the port on Friday after a barge fire injured three.",
        "DUR: 3 days",
        "Officials said the weather in Tarn would decide when ships could return.",
    )
    flagged = _flagged(text)
    assert "DUR: 3 days" not in flagged
    assert not any("weather in Tarn" in f for f in flagged)


_POST = "\n".join(
    (
        "Tarn Coast Guard - Гарда Тарна",
        "4 March at 09:10 · 🌍",
        "Береговая охрана Тарна сообщает",
        "See translation",
        "Translated from Russian · Rate this translation",
        "",
        "A patrol boat rescued eleven fishermen from a sinking trawler off Cape Mire overnight.",
        "",
        "Tarn Coast Guard",
        "Press Office",
        "",
        "👍❤️ 820",
        "Like",
        "Comment",
        "Share",
        "Most relevant",
        "Ilya Marr",
        "Well done to the crew of the patrol boat",
        "2d  Like  Reply  See translation  31",
        "Tarn Coast Guard - Гарда Тарна replied · 2 replies",
        "Oksana Bell",
        "My brother was on that trawler, thank you",
        "2d  Like  Reply  12",
        "View more comments",
        "Write a comment…",
    )
)


def test_a_page_posts_comment_thread_is_flagged_from_first_comment_to_comment_box():
    flagged = _flagged(_POST)
    for furniture in (
        "Ilya Marr",
        "Well done to the crew of the patrol boat",
        "2d  Like  Reply  See translation  31",
        "Tarn Coast Guard - Гарда Тарна replied · 2 replies",
        "Oksana Bell",
        "Write a comment…",
    ):
        assert any(furniture in f for f in flagged), furniture
    assert not any("rescued eleven fishermen" in f for f in flagged)


def test_a_page_posts_name_original_text_translation_notes_and_signature_are_flagged():
    flagged = _flagged(_POST)
    for furniture in (
        "Tarn Coast Guard - Гарда Тарна",
        "Береговая охрана Тарна сообщает",
        "See translation",
        "Translated from Russian · Rate this translation",
        "Press Office",
    ):
        assert any(furniture in f for f in flagged), furniture


def test_a_single_like_reply_line_is_not_a_thread():
    text = _page(
        "The ministry said the buttons read Like Reply on its new forum.",
        "Like  Reply",
        "Officials said eleven fishermen were rescued off Cape Mire.",
    )
    assert not any("eleven fishermen" in f for f in _flagged(text))


def test_a_drafts_circulation_line_and_resolved_comment_mark_are_flagged():
    text = _page(
        "Tarn coast: barge fire and port closure",
        "DRAFT v2 - internal - do not circulate beyond the desk",
        "A barge fire closed the port of Selwyn on Friday, injuring three dockers.",
        "[a]Ana Pike: check the toll with the harbour authority.",
        "_Marked as resolved_",
    )
    assert rules_over(text, "DRAFT v2 - internal - do not circulate beyond the desk")
    assert rules_over(text, "_Marked as resolved_")
    assert not rules_over(text, "A barge fire closed the port of Selwyn on Friday, injuring")


def test_a_bulletins_disclaimers_reporting_line_and_contact_line_are_flagged():
    text = _page(
        "A barge fire closed the port of Selwyn on Friday, injuring three dockers, the "
        "harbour authority said.",
        "Contacts",
        "Safety desk, Tarn coast: +44 000 000 000 (Signal) - desk@platform-example.org",
        "To report an incident, call the duty phone at any hour.",
        "The Platform is an independent network for aid groups. Its bulletins are for staff "
        "only and do not represent the views of any member.",
        "Note: This bulletin is for information. Its content is not binding.",
    )
    for line in (
        "Safety desk, Tarn coast: +44 000 000 000 (Signal) - desk@platform-example.org",
        "To report an incident, call the duty phone at any hour.",
        "Its bulletins are for staff only and do not represent the views of any member.",
        "Its content is not binding.",
    ):
        assert rules_over(text, line), line
    assert not rules_over(text, "A barge fire closed the port of Selwyn on Friday")


def test_a_story_saying_someone_does_not_represent_views_is_not_a_disclaimer():
    text = _page(
        "The harbour authority said the dockers' union does not represent the views of "
        "the port's workers, a spokesman said on Friday.",
    )
    assert not _flagged(text)


def test_a_map_credit_a_support_box_heading_and_a_section_label_over_a_dated_headline():
    text = _page(
        "Port Security",
        "Barge fire closes the port of Selwyn for three days",
        "4 Mar 2033",
        "A barge fire closed the port of Selwyn on Friday, injuring three dockers, the "
        "harbour authority said in a statement.",
        "(Tarn Ledger/Map data: OpenStreetMap)",
        "Officials said ships would be diverted to Cape Mire while the quay is repaired.",
        "Support the Tarn Ledger",
        "Subscribe to the Tarn Ledger for full access to our reporting.",
    )
    assert rules_over(text, "Port Security")
    assert rules_over(text, "(Tarn Ledger/Map data: OpenStreetMap)")
    assert rules_over(text, "Support the Tarn Ledger")
    assert not rules_over(text, "Barge fire closes the port of Selwyn for three days")


def test_an_html_writer_named_over_their_role_in_the_header_is_the_byline(tmp_path):
    page = tmp_path / "ledger.html"
    page.write_text(
        "<html><head><title>Barge fire closes Selwyn port</title></head><body><article>"
        "<h1>Barge fire closes Selwyn port</h1>"
        '<p class="meta">Ana Pike <span>Ports correspondent</span> | 4 Mar 2033</p>'
        + "<p>A fire on a fuel barge closed the port of Selwyn on Friday and injured three "
        "dockers, the harbour authority said in a statement issued in the evening.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert read_article(page).byline == "Ana Pike"


def test_a_markdown_pages_owner_is_its_byline():
    article = article_from_text(
        "---\ntitle: Tarn port tracker\nowner: A. Pike\n---\n\n# Tarn port tracker\n\n"
        "A fire on a fuel barge closed the port of Selwyn on Friday, officials said.\n"
    )
    assert article.byline == "A. Pike"
