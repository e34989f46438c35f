"""Titles for formats that carry none of their own: an alert log, a voicemail notice, a
news video's captions; and a BLUF past a paster's framing or a note's callout marker."""

from briefdeck.extract.lede_pastes import past_paste_note, unlinked
from briefdeck.ingest.alert_log_titles import alert_log_title
from briefdeck.ingest.subtitles import lead_title, programme_title
from briefdeck.ingest.voicemail_titles import voicemail_title


def _lines(text):
    return [(line.strip(), False) for line in text.split("\n") if line.strip()]


LOG = """ACME - ALERT SYSTEM
Message log export | Country: Narnia
#01 | 02/03/2027 10:00 | SMS | ALERT
ACME ALERT: Shelling reported near the river port. Reply 1 if safe.
#02 | 02/03/2027 11:30 | E-MAIL | UPDATE
Subject: [ACME UPDATE] River port shelling and road closures - situation at 11:25
Colleagues,
"""


def test_an_alert_log_is_titled_by_its_first_mail_subject_without_tag_or_time():
    title, at = alert_log_title(_lines(LOG))
    assert title == "River port shelling and road closures"
    assert at == 5


def test_one_numbered_line_is_no_alert_log():
    assert alert_log_title(_lines("#01 | 02/03/2027 10:00 | SMS | ALERT\nSubject: a b c d")) == (
        "",
        -1,
    )


def test_a_voicemail_notice_is_named_by_its_caller_not_its_number_and_length():
    lines = ["You have a new voicemail.", "Caller: HARBOUR POLICE (+44 20 0000 0000)"]
    subject = "New voicemail from +44 20 0000 0000 (1 min 5 sec)"
    assert voicemail_title(subject, lines) == "Voicemail from HARBOUR POLICE"
    assert voicemail_title(subject, []) == "Voicemail from +44 20 0000 0000"
    assert voicemail_title("Weekly report", lines) == ""


def test_captions_without_a_programme_are_titled_by_the_anchors_opening_clause():
    words = (
        "Floods cut the coast road north of the capital overnight, leaving two villages "
        "cut off, officials say.\n\nMore text."
    )
    assert programme_title(words) == "Floods cut the coast road north of the capital overnight"
    assert lead_title("Good evening. Floods cut the road.") == ""
    assert lead_title("We heard two blasts near the port last night.") == ""


def test_a_pasters_framing_before_the_story_is_left_out_of_the_lede():
    text = (
        "Pasted the key paragraphs for those without a subscription: a ferry ran aground "
        "off the cape on Monday night."
    )
    assert text[past_paste_note(text, 0, len(text)) :].startswith("a ferry ran aground")
    plain = "Officials said: the ferry ran aground off the cape on Monday night."
    assert past_paste_note(plain, 0, len(plain)) == 0


def test_a_callout_marker_and_label_and_wiki_links_are_no_words_of_the_bluf():
    text = (
        "[!summary] BLUF Port traffic stopped after the [[Harbour Authority|authority]] "
        "closed [[Pier 4]]."
    )
    start = past_paste_note(text, 0, len(text))
    assert unlinked(text[start:]) == "Port traffic stopped after the authority closed Pier 4."
    assert unlinked("see ![[map.png]] here") == "see  here"
