"""A video call's saved chat (reactions, reply previews, the call's small talk; the team's news
kept; dated by the folder Zoom names for the call), a photo gallery's slide captions (the
description paragraphs kept) and a short video's sound credit."""

from tests.ingest.furniture import rules_over

from briefdeck.ingest import read_article

CALL = """09:30:02 From Ines Roca to Everyone:
\tHi all, waiting for the Mosul office to join, their connection is unstable
09:30:40 From Tariq Salem (Mosul) to Everyone:
\tcamera off, bandwidth is terrible today
09:30:51 From Ines Roca to Everyone:
\tReacted to "camera off, bandwidth..." with 👍
09:31:15 From Tariq Salem (Mosul) to Everyone:
\tTwo rockets hit the airport road checkpoint at 05:10, one policeman wounded per the police
09:32:03 From Ines Roca to Everyone:
\tReplying to "Two rockets hit the airport..."
\tAny claim yet? Local TV said three rockets
09:32:30 From Tariq Salem (Mosul) to Everyone:
\tNothing yet. Police say two, one was found unexploded near the market
09:33:10 From Peter Lund to Everyone:
\tis it just me or is someone's dog barking on the line
09:33:21 From Ines Roca to Everyone:
\tthe dog wants an update too
09:34:00 From Ines Roca to Everyone:
\tUntil Friday no staff travel on the airport road
09:34:12 From Peter Lund to Everyone:
\tthanks 👍
09:34:20 From Tariq Salem (Mosul) to Everyone:
\tReacted to "Until Friday no staf..." with ❤️
"""


def test_a_call_chats_reactions_reply_previews_and_small_talk_are_flagged():
    for line in (
        "Hi all, waiting for the Mosul office to join, their connection is unstable",
        "camera off, bandwidth is terrible today",
        'Reacted to "camera off, bandwidth..." with 👍',
        'Replying to "Two rockets hit the airport..."',
        "is it just me or is someone's dog barking on the line",
        "the dog wants an update too",  # banter answering banter
        "thanks 👍",
        'Reacted to "Until Friday no staf..." with ❤️',
    ):
        assert rules_over(CALL, line), line


def test_a_call_chats_messages_of_news_and_its_speaker_heads_stay():
    for line in (
        "Two rockets hit the airport road checkpoint at 05:10, one policeman wounded per the "
        "police",
        "Any claim yet? Local TV said three rockets",  # the reply under its preview
        "Nothing yet. Police say two, one was found unexploded near the market",
        "Until Friday no staff travel on the airport road",
        "09:31:15 From Tariq Salem (Mosul) to Everyone:",
    ):
        assert rules_over(CALL, line) == [], line


def test_the_same_words_outside_a_call_chat_are_reporting():
    story = ("Two rockets hit the checkpoint, police said.\n\nThe camera off the coast showed "
             "the tanker, and it is just me or the crew, the captain joked to reporters.\n\n"
             "thanks 👍\n")
    assert rules_over(story, "thanks 👍") == []


def test_a_saved_call_chat_is_dated_by_the_folder_zoom_names_for_the_call(tmp_path):
    folder = tmp_path / "2027-03-04 09.30.00 Mosul security call"
    folder.mkdir()
    chat = folder / "meeting_saved_chat.txt"
    chat.write_text(CALL, encoding="utf-8")
    article = read_article(chat)
    assert article.published == "2027-03-04"
    assert article.byline == ""
    plain = tmp_path / "notes.txt"
    plain.write_text(CALL, encoding="utf-8")
    assert read_article(plain).published == ""  # no folder stamp: no day guessed


GALLERY = """In pictures: floods in the delta

Floodwater reached the airport's perimeter on Monday, and two people were killed in the
town of Sella, the civil protection agency said.

1 of 3

A boat carries families past the market in Sella.

Photo: Jo Ames / Delta Post

Rescue teams evacuated about 400 people from the lower town overnight, the agency said, and
the army flew in two helicopters from the capital.

2 of 3

Sandbags outside the hospital on Tuesday morning.

Photo: Lin Wei / Agency

3 of 3

The governor visits a shelter in the capital.

Photo: Courtesy of the Governor's Office
"""


def test_a_gallery_slides_caption_is_a_caption_and_its_description_is_the_story():
    for line in (
        "A boat carries families past the market in Sella.",
        "Sandbags outside the hospital on Tuesday morning.",
        "The governor visits a shelter in the capital.",
    ):
        assert rules_over(GALLERY, line) == ["photo caption or credit"], line
    assert rules_over(GALLERY, "the army flew in two helicopters from the capital.") == []


def test_a_short_videos_sound_credit_is_furniture():
    page = ("What we know about the strike\n\n♬ original sound - deltareports\n\n"
            "0:00 The strike hit a market in the town on Saturday night, officials said.\n")
    assert rules_over(page, "♬ original sound - deltareports") == ["video page"]
    assert rules_over(page, "0:00 The strike hit a market in the town on Saturday night, "
                            "officials said.") == []
