"""Quoted titles of cited works and uploads, posts as speakers, an office named by its holder,
an unnamed source described in an aside, a paraphrase followed by its speaker's quote, a
statement after a sentence's closing attribution, single-marked quotes in running notes, and
the sourcing such notes and feeds give in shorthand ("X says", "X quotes Y:", "X statement:",
"per X tally", a body's name as a line's label); a data set built from statements, a group
named by what it calls itself, two unnamed sources joined before one verb, and an office named
by its holder's post ("the prime minister's office condemned"). Sentences are
our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-03-02", heading="Regional report")
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in DRAFTS.facts(text).quotes]


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


def test_a_cited_title_followed_by_what_kind_of_work_it_is_is_no_quote():
    text = ("Drone launches rose in the spring.[1]\n\n"
            'Harbour Studies Unit, "Drone Launches Against Coastal Depots, 2026," dataset, '
            'updated March 1, 2027. Ministry of Ports, "Notice on Temporary Closure of the '
            'Northern Quay," press release, January 2027.')
    assert not any("Coastal Depots" in t or "Northern Quay" in t for _, t in _quotes(text))


def test_words_set_out_as_a_title_or_headline_are_no_quote():
    text = ('The clip first appeared in 2019 on a video site under the title "Night raid on '
            'the river depot at Kalmar", a search showed. A weekly ran it headlined "Depot '
            'burns as rockets fall on the river port".')
    assert _quotes(text) == []


def test_a_caption_of_a_video_posted_on_a_platform_speaks_as_that_platforms_post():
    text = ('"URGENT: the depot is on fire and the garrison has fled," reads the caption of '
            "a short clip posted on TikTok on Monday. The fire was an old one.")
    assert _speakers(text) == {"URGENT: the depot is": "TikTok post"}


def test_social_media_posts_that_claim_something_speak_as_posts():
    text = ('Social media posts viewed thousands of times say the strike left "dozens of '
            'soldiers dead" at the depot. Some posts, in Farsi and Arabic, added a photo with '
            'the words "the garrison lost its radar".')
    speakers = _speakers(text)
    assert speakers["dozens of soldiers d"] == "social media posts"
    assert speakers["the garrison lost it"].endswith("posts")


def test_posts_on_channels_of_a_named_group_are_the_groups_words():
    text = ("The Coastal Resistance Front, an alliance of armed factions, has not claimed the "
            "strike. Several posts on Telegram channels affiliated with the Coastal Resistance "
            'Front praised it and warned of more "until the foreign ships leave the bay."')
    assert not _speakers(text)["until the foreign sh"].endswith("posts")


def test_an_office_named_by_its_holder_keeps_its_whole_name():
    text = ("The Moldavian president's office condemned the raid and told the police to "
            '"find those responsible".')
    assert _speakers(text) == {"find those responsib": "Moldavian president's office"}


def test_an_unnamed_source_described_in_an_aside_speaks_as_that_description():
    text = ("A third source, a member of the Harbour Brigades, said the boats were "
            '"faster than anything we had before".')
    assert _speakers(text)["faster than anything"] == "member of the Harbour Brigades"


def test_a_quote_after_a_paraphrase_goes_on_the_paraphrased_speaker():
    text = ('"The navy can wait them out," said Petra Lindqvist, an analyst at a Baltic '
            "institute.\n\nShe said the coastal batteries were also exposed. \"If the "
            'boats come back at night, the batteries are the first thing they will hit."')
    assert _speakers(text)["If the boats come ba"] == "Petra Lindqvist"


def test_a_statement_after_a_sentence_closing_on_its_source_is_that_sources():
    text = ("A drone fell in a field west of the depot, the Harbour Security Directorate says. "
            '"No one was hurt," the statement says.')
    assert _speakers(text)["No one was hurt"] == "Harbour Security Directorate"


_NOTES = ("Desk notes\n\n"
          "Pinned: log everything with a clock stamp.\n\n"
          "18:05 UTC Town radio says 'two blasts near the depot', nothing else yet.\n\n"
          "18:40 UTC Harbour Brigades Telegram: claims 'four drones' at 'the foreign depot'.\n\n"
          "19:12 UTC Agency quotes navy spokesman: 'the depot was not hit at all', no damage.\n\n"
          "19:30 UTC Coast guard statement: confirms attack, 'one sailor slightly hurt'.\n\n"
          "20:02 UTC Drop the 'two blasts' line, it was one.\n\n"
          "20:15 UTC Revised total: 1 hurt. About 400 sailors at the depot per last month's "
          "navy tally.\n")


def test_single_marked_quotes_in_running_notes_take_the_lines_source():
    speakers = {t[:20]: s for s, t in _quotes(_NOTES)}
    assert speakers["two blasts near the "] == "Town radio"
    assert speakers["the foreign depot"] == "Harbour Brigades"
    assert speakers["the depot was not hi"] == "navy spokesman"
    assert "one sailor slightly " in speakers
    assert not any(t.startswith("two blasts") and t != "two blasts near the depot"
                   for _, t in _quotes(_NOTES))  # a note's own aside quotes nobody


def test_apostrophes_are_no_quotes_and_double_marks_keep_the_usual_reading():
    text = ("The navy's spokesman said the sailors' barracks were hit. He said the "
            '"damage was light" and the crews\' boats were safe.')
    assert [t for _, t in _quotes(text)] == ["damage was light"]


def test_running_notes_shorthand_names_its_sources():
    kinds = _kinds(_NOTES)
    assert ("other outlet", 1) in [v for k, v in kinds.items() if k.startswith("Town radio says")]
    assert any(k.startswith("Agency quotes navy spokesman") and v == ("spokesperson", 1)
               for k, v in kinds.items())
    assert any(k.startswith("Coast guard statement:") and v[0] == "spokesperson"
               for k, v in kinds.items())
    assert kinds.get("per last month's navy tally") == ("document", 1)
    assert not any(k.startswith("Revised total") or k.startswith("Pinned") for k in kinds)


def test_a_body_named_as_a_feed_lines_label_is_its_source():
    text = ("3 hours ago\nPort district\nCENTCOM: forces seized a weapons cache near the port "
            "on Monday.\n\n4 hours ago\nAbout U.S. Central Command: it directs operations in "
            "the region.\n")
    kinds = _kinds(text)
    assert any(k.startswith("CENTCOM: forces seized") and v == ("spokesperson", 1)
               for k, v in kinds.items())
    assert not any(k.startswith("About") for k in kinds)


def test_a_dataset_built_from_statements_is_a_document():
    text = ("Since May the factions have fired at least 40 drones, according to a dataset "
            "compiled by the authors from ministry statements and local reports.")
    assert [(k, c) for k, c, w in _sources(text)] == [("document", 1)]


def test_a_group_named_by_what_it_calls_itself_is_a_spokesperson_source():
    text = ("A faction calling itself Kata'ib al-Bahr said on its Telegram channel that it had "
            "fired the drones.")
    assert any("said on its Telegram channel" in w and k == "spokesperson"
               for k, _, w in _sources(text))


def test_two_unnamed_sources_joined_before_one_verb_are_each_counted():
    text = ("The boats were delivered last month, three sources inside Moldova and a source "
            "close to the navy told the Harbour Times.")
    kinds = _kinds(text)
    assert kinds.get("three sources inside Moldova") == ("anonymous official", 3)
    assert any(k.startswith("a source close to the navy") and v == ("anonymous official", 1)
               for k, v in kinds.items())


def test_an_office_named_by_its_holders_post_is_a_spokesperson_source():
    for text in ("The Moldovan prime minister's office condemned the raid and ordered an "
                 "inquiry.", "The governor's office said the roads would reopen on Friday."):
        assert [(k, c) for k, c, _ in _sources(text)] == [("spokesperson", 1)]
