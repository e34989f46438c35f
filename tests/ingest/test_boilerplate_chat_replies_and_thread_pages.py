"""A chat server's export (the moderators' pinned rules, reply previews, "(edited)" marks, a
bot's feed-card footer) and a social thread page (picture descriptions, the replies under the
thread): the app's furniture is flagged, the messages and posts are kept."""

from tests.ingest.furniture import rules_over

from briefdeck.ingest.boilerplate import classify

SERVER = """📌 Pinned by mod_kestrel: Reminder: link a source for every claim, no gore.

reed_osint 11-Mar-27 09:14 PM

Two blasts at the port of Marrow right now, fire visible from the corniche (edited)

👀 8 🔥 2

hal_v 11-Mar-27 09:40 PM

Replying to @reed_osint: Two blasts at the port of Marrow right now, fire visible from the corniche

Port authority says one fuel tank hit, no casualties. Only one blast, the second was the tank.

👍 6

FeedBot BOT 11-Mar-27 10:02 PM

Marrow Daily

Fuel tank ablaze at Marrow port after drone strike

A drone struck a fuel tank at the port of Marrow on Thursday evening, the port authority said.

marrowdaily.com • via RSS
"""

THREAD = """1/4 A drone hit a warehouse in Kettle Bay overnight, the coast guard says. Two hurt.

ALT: Firefighters spray water on a warehouse roof at night.

2/4 The coast guard says the drone came from the south and was not intercepted.

3/4 A local official told me the warehouse stored fishing gear, not fuel, as some claimed.

4/4 I'll update this thread when the port reopens. Thanks to everyone who sent pictures.

Replies

is that the same warehouse as last year's fire?

No, that one was on the north quay.

stay safe out there
"""


def test_a_chat_servers_own_marks_are_flagged():
    for line in (
        "📌 Pinned by mod_kestrel: Reminder: link a source for every claim, no gore.",
        "Replying to @reed_osint: Two blasts at the port of Marrow right now, fire visible from "
        "the corniche",
        "marrowdaily.com • via RSS",
    ):
        assert rules_over(SERVER, line) != [], line


def test_an_edited_mark_is_flagged_alone_and_the_message_kept():
    assert rules_over(SERVER, "(edited)") == ["chat export note"]
    assert rules_over(SERVER, "Two blasts at the port of Marrow right now") == []


def test_the_answer_to_a_reply_and_a_bots_news_card_are_kept():
    assert rules_over(SERVER, "Port authority says one fuel tank hit, no casualties.") == []
    assert rules_over(SERVER, "A drone struck a fuel tank at the port of Marrow") == []
    assert rules_over(SERVER, "Fuel tank ablaze at Marrow port after drone strike") == []


def test_a_pinned_news_update_is_kept():
    text = "📌 Pinned by ops_desk: Tally since May 2: 14 attacks on the port, 3 killed.\n\nMore."
    assert rules_over(text, "📌 Pinned by ops_desk: Tally since May 2") == []


def test_an_edited_word_in_an_article_is_kept():
    text = "The minister said the report was later changed (edited)\n\nMore follows."
    assert not any(text[f.start : f.end] == "(edited)" for f in classify(text))


def test_a_picture_description_on_a_thread_is_flagged():
    assert rules_over(THREAD, "ALT: Firefighters spray water on a warehouse roof at night.")


def test_the_replies_under_a_thread_are_flagged_and_its_posts_kept():
    for line in (
        "is that the same warehouse as last year's fire?",
        "No, that one was on the north quay.",
        "stay safe out there",
    ):
        assert rules_over(THREAD, line) == ["social media"], line
    assert rules_over(THREAD, "1/4 A drone hit a warehouse in Kettle Bay overnight") == []
    assert rules_over(THREAD, "4/4 I'll update this thread when the port reopens.") == []


def test_a_replies_heading_over_long_paragraphs_is_not_a_thread_tail():
    para = "The ministry replied on Friday with a statement of its own. " * 8
    text = "Officials met.\n\nThe talks went on.\n\nNo deal was made.\n\nReplies\n\n" + para
    assert rules_over(text, para.strip()) == []


PLAIN_EXPORT = """Guild: Harbour Watch
Channel: Tracking / coast
After: 11-Mar-27 06:00 PM | Before: 12-Mar-27 12:00 PM

[11-Mar-27 09:14 PM] reed_osint
Two blasts at the port of Marrow right now
{Reactions}
👀 (8) 🔥 (2)

Exported 1 message(s)
"""


def test_a_plain_text_server_exports_header_labels_and_count_are_flagged():
    for line in (
        "Guild: Harbour Watch",
        "Channel: Tracking / coast",
        "After: 11-Mar-27 06:00 PM | Before: 12-Mar-27 12:00 PM",
        "{Reactions}",
        "👀 (8) 🔥 (2)",
        "Exported 1 message(s)",
    ):
        assert rules_over(PLAIN_EXPORT, line) == ["chat export note"], line
    assert rules_over(PLAIN_EXPORT, "Two blasts at the port of Marrow right now") == []


def test_a_pasted_posts_time_counts_and_handle_are_flagged():
    text = (
        "Kettle Bay Watch\n@kbwatch.bsky.social\n"
        "A drone hit a warehouse in Kettle Bay overnight, the coast guard says.\n"
        "March 5, 2027 at 11:12 AM · 💬 14 · 🔁 212 · ❤ 480\n"
        "@kbwatch@mastodon.social\n12 boosts  48 favourites\n"
    )
    for line in (
        "@kbwatch.bsky.social",
        "March 5, 2027 at 11:12 AM · 💬 14 · 🔁 212 · ❤ 480",
        "@kbwatch@mastodon.social",
        "12 boosts  48 favourites",
    ):
        assert rules_over(text, line), line
    assert rules_over(text, "A drone hit a warehouse in Kettle Bay overnight") == []
