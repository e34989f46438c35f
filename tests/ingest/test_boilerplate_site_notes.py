"""A site's own notes around a story: language switchers, wire sign-offs, contributor
credits, comment policies, newsletter pitches, report disclaimers, official-site plates."""

from briefdeck.ingest.boilerplate import classify

_STORY = (
    "Border guards detained four smugglers near the river crossing late on Friday, officials said."
)


def _flagged(*lines: str) -> set[str]:
    text = "\n".join(lines) + "\n"
    return {text[f.start : f.end] for f in classify(text)}


def test_a_row_of_language_editions_is_navigation():
    flagged = _flagged("فارسی | English | Français", _STORY, "Türkçe  العربية  English", _STORY)
    assert "فارسی | English | Français" in flagged
    assert "Türkçe  العربية  English" in flagged


def test_a_wire_end_tag_with_initials_is_a_credit():
    flagged = _flagged(_STORY, "--(KUNA) M.S/H.K", "(QNA) AB/CD")
    assert "--(KUNA) M.S/H.K" in flagged
    assert "(QNA) AB/CD" in flagged


def test_a_contributor_line_is_a_credit_but_a_contribution_to_events_is_not():
    flagged = _flagged(
        _STORY,
        "The Courier's Lena Ortiz contributed from Tripoli.",
        "Omar Haddad in Amman contributed reporting.",
        "Allied Air Squadrons contributed to the patrol.",
    )
    assert "The Courier's Lena Ortiz contributed from Tripoli." in flagged
    assert "Omar Haddad in Amman contributed reporting." in flagged
    assert "Allied Air Squadrons contributed to the patrol." not in flagged


def test_a_comment_moderation_notice_is_page_feedback():
    line = "The Courier moderates all comments posted on this site. Abusive posts are removed."
    assert line in _flagged(_STORY, line)


def test_a_newsletter_pitch_ending_in_its_button_is_flagged():
    line = "MORNING BRIEF: What the capital is talking about, before breakfast. Sign up"
    assert line in _flagged(_STORY, _STORY, line)


def test_the_official_site_plate_and_the_name_above_it_are_flagged():
    flagged = _flagged(
        "Ministry of Water Resources", "Official website of the Ministry of Water Resources", _STORY
    )
    assert "Official website of the Ministry of Water Resources" in flagged
    assert "Ministry of Water Resources" in flagged


def test_a_news_agency_name_plate_above_the_story_is_flagged():
    assert "Kuwait News Agency (KUNA)" in _flagged("Kuwait News Agency (KUNA)", _STORY)


def test_a_report_disclaimer_is_flagged():
    line = (
        "This report was prepared by the Parliamentary Library for members of parliament. "
        "It should not be relied upon for purposes other than the public's understanding."
    )
    assert line in _flagged(_STORY, line)


def test_a_wire_desk_note_to_editors_is_flagged():
    line = "Updated version will move by 1400 GMT. Questions to the regional news desk."
    assert line in _flagged(_STORY, line)


def test_a_numeric_date_with_seconds_alone_is_a_time_stamp():
    assert "14/03/2026 08:15:02" in _flagged(_STORY, "14/03/2026 08:15:02")


def test_media_may_contact_is_a_contact_line():
    line = "For more information, media may contact the brigade public affairs office at 555-0100."
    assert line in _flagged(_STORY, line)
