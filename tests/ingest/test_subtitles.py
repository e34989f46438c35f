"""Subtitles read as the words said: cue numbers, time lines and sound cues gone, sentences
broken over cues joined, on-screen captions on lines of their own. Cues written for these
tests."""

from __future__ import annotations

from briefdeck.ingest import article_from_text, read_article

SRT = """1
00:00:01,000 --> 00:00:03,500
[MUSIC]

2
00:00:03,600 --> 00:00:06,900
The drone came in low over the
northern gate just after dawn,

3
00:00:07,000 --> 00:00:09,800
wounding two sailors, the navy said.

4
00:00:10,000 --> 00:00:12,000
CMDR. JANE ROE
NAVY SPOKESWOMAN

5
00:00:12,100 --> 00:00:15,400
- We expect more attempts
in the coming days.
"""


def test_subtitle_cues_read_as_whole_sentences(tmp_path):
    path = tmp_path / "package.srt"
    path.write_text(SRT, encoding="utf-8")
    text = read_article(path).text
    assert ("The drone came in low over the northern gate just after dawn, wounding two "
            "sailors, the navy said.") in text
    assert "-->" not in text and "[MUSIC]" not in text
    assert "\n\nCMDR. JANE ROE / NAVY SPOKESWOMAN\n\n" in text
    assert "- We expect more attempts in the coming days." in text


def test_webvtt_pasted_as_text_is_read_the_same_way():
    vtt = ("WEBVTT\n\n00:01.000 --> 00:03.000 align:start\n<i>Rockets struck</i> the depot\n\n"
           "00:03.100 --> 00:05.000\non Tuesday, officials said.\n")
    assert article_from_text(vtt).text.strip() == \
        "Rockets struck the depot on Tuesday, officials said."


def test_a_report_quoting_one_time_line_is_left_as_written():
    text = ("The leaked clip's caption read 00:00:12,400 --> 00:00:15,900, the analysts noted.\n\n"
            "The ministry denied it on Friday.")
    assert article_from_text(text).text.startswith("The leaked clip's caption read 00:00:12,400")


def test_batch_outputs_are_named_after_a_mail_or_subtitle_input():
    from briefdeck.batch import output_stem

    assert output_stem("in/alert.eml") == "alert"
    assert output_stem("in/package.srt") == "package"
    assert output_stem("in/package.vtt") == "package"
