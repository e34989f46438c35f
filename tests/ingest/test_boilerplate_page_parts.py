"""Page parts found on news sites, newsletters and research updates: the reader-comment
section, numeric date stamps, "Author:" lines, a newsletter's name-and-date byline, a research
update's data cutoff and its note on what it is, the tail of an endnote list, and pictures in
Markdown. Reporting that borrows their words stays unflagged. Every line is written here."""

import pytest

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify, find_boilerplate
from briefdeck.ingest.markdown import markdown_to_text

OPENING = (
    "Army engineers cleared the last of the rubble from the depot on Thursday, two weeks "
    "after a drone strike set fire to its fuel store, a regional spokesman said."
)
MIDDLE = (
    "The depot supplied three brigades along the river, and its loss forced convoys onto a "
    "longer road that passes through two contested villages."
)
CLOSING = (
    "Repairs to the fuel store are expected to take until the spring, and a smaller depot "
    "further west will carry the load until then, officials said."
)

FURNITURE = [
    # the reader-comment section under a story
    ("page feedback", "What readers are saying"),
    ("page feedback", "Add comment"),
    ("page feedback", "Leave a reply"),
    ("page feedback", "Reader comments"),
    ("page feedback", "Most recent comments"),
    (
        "page feedback",
        "The comments below come from readers and are moderated according to our community "
        "guidelines.",
    ),
    # stamps as European and ISO pages print them
    ("time stamp", "03.02.2025 09:12"),
    ("time stamp", "2025-02-03"),
    ("time stamp", "Updated: 03.02.2025 11:40"),
    ("time stamp", "Data cutoff: 2:00 pm ET"),
    # who wrote it
    ("byline", "Author: Jana Kowalska"),
    ("byline", "Authors: Jana Kowalska and Piotr Nowicki"),
    ("byline", "Lena Marsh Mar 4, 2025"),
    # what a research update is, and where the rest of its notes are
    (
        "publication note",
        "The Harbor Security Desk publishes this digest every weekday. It tracks attacks on "
        "merchant shipping and the naval response.",
    ),
    ("endnotes", "The remaining citations are available in the full PDF edition of this brief."),
    # a stamp signed by the outlet; a TV network's tag line; a caption closed by its credit
    ("time stamp", "Updated on: May 9, 2025 / 7:14 AM EDT / KTVN News"),
    ("tags", "In: Navy Red Sea Houthis Pentagon"),
    ("photo caption or credit", "Sailors load a launcher aboard a destroyer. (U.S. Navy)"),
    ("photo caption or credit", "A prototype radar on a range. (Courtesy of Northfield Systems)"),
    # a stamp with its update; a live blog's day counter; membership appeals
    ("time stamp", "March 3, 2025 6:02 AM - Updated: March 3, 2025 9:40 AM"),
    ("live blog", "Day 412 of the war"),
    ("navigation", "Join our Community"),
    ("navigation", "Log In | Join our Community"),
    ("subscribe", "Support the Ledger's independent journalism and read without ads."),
    # newsletter furniture, a sponsor's line, social links, a service's photo credit
    ("newsletter", "View this email in your browser"),
    ("newsletter", "You are receiving this because you subscribed at ledger.example.org."),
    ("newsletter", "Update your preferences"),
    ("advertisement", "Sponsored · Harbour Defence Expo, May 2-4, Gdynia. Register now"),
    ("social links", "Follow the Ledger: X @ledger | Facebook /ledgernews | YouTube /ledger"),
    ("photo caption or credit", "Marines unload a radar at a port on May 1, 2025. US Navy photo"),
    ("publication note", "This update is prepared by the regional office with its partners."),
    # a message's routing block, reuse terms, a content label, a read-aloud widget, a wire stamp
    ("distribution note", "TO: See distribution"),
    ("distribution note", "REF: (a) INTSUM 014-25 (b) Ministry statement, 2 May 2025"),
    ("distribution note", "Prepared by: Maj. L. Ferris, Analysis Cell (DSN 555-0100)"),
    ("licence", "No reproduction or republication without written permission."),
    ("page label", "News story"),
    ("audio player", "Getting your audio player ready..."),
    ("time stamp", "LEDGER NEWS - May 2, 2025 - 09:14 | World, All"),
    # a release's number and the desk's initials; a long section bar with names of its own;
    # a handout caption credited through an agency
    ("press release furniture", "(Release ID: 2044120)"),
    ("press release furniture", "RK/TS/Ann"),
    ("navigation", "Home News Sport Business Innovation Culture Arts Travel Earth Video Live"),
    ("photo caption or credit", "A frigate sails east of the islands on May 8. (Handout from the "
                                "Navy via Ledger)"),
    # a research update's standing notes
    ("publishing note", "Note: The desk will not publish an update on Monday, May 12."),
    ("publishing note", "We do not report in detail on strikes inside Russia in this update."),
]

# Reporting that borrows those words: none of it may be flagged.
SENTENCES = [
    "The comments, made on state television, drew criticism from opposition lawmakers.",
    "Officials declined to add comment beyond the statement issued on Monday.",
    "Readers of the ministry's bulletin were told the road would reopen on Friday.",
    "On 03.02.2025 the battalion left the base before dawn, the army said.",
    "Lena Marsh, a local councillor, said the shelling stopped on Mar 4, 2025.",
    "The author of the report, a retired colonel, said the figures were conservative.",
    "The ministry publishes this report every year, and this year it found fewer attacks.",
    "Other sources are available to the inquiry, a lawyer for the families said.",
    "The data cutoff for the census was moved to the spring, the statistics office said.",
    "The ministry said the strike wounded four people. (It later raised the toll to six.)",
    "In: the end, the convoy turned back before the bridge, a driver said.",
    "The army said it would not publish the names of the dead until families were told.",
    "We do not report on rumours, the governor told reporters, and neither should you.",
    "The frigate was struck by a drone, the Navy said. The Navy photo showed a scorched deck.",
    "Officials on X and Facebook said the account @border_unit was fake, the ministry said.",
    "On day 412 of the war, the army said it had pushed the line back two kilometres.",
    "Local councillors said they would join our appeal to the ministry, the mayor wrote.",
    "To: the surprise of many, the convoy turned back at dawn, officials said.",
    "Prepared by the ministry, the report found that attacks doubled, it said.",
    "Pakistan India Afghanistan Iran China Russia Turkey Egypt",
]


def test_section_list_above_the_headline_is_tags_but_a_headline_with_commas_is_not():
    text = "Ledger\nAir Power, Europe, Land, Missiles\n\nIraq, Syria and Jordan brace for " \
           "more attacks\n\n" + _article()
    flagged = {text[f.start : f.end]: f.rule for f in classify(text)}
    assert flagged.get("Air Power, Europe, Land, Missiles") == "tags"
    assert "Iraq, Syria and Jordan brace for more attacks" not in flagged


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, MIDDLE, CLOSING))


def _rules_over(text: str, line: str) -> list[str]:
    start = text.index(line)
    return [f.rule for f in classify(text) if f.start <= start and start + len(line) <= f.end]


@pytest.mark.parametrize(("category", "line"), FURNITURE)
def test_page_part_is_flagged_with_its_category(category, line):
    assert _rules_over(_article(line), line) == [category]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_that_borrows_page_part_words_is_not_boilerplate(sentence):
    assert find_boilerplate(_article(sentence)) == []
    assert find_boilerplate("\n\n".join((OPENING, MIDDLE, sentence))) == []


def test_writer_bio_above_a_closed_comment_section_is_still_found():
    text = "\n\n".join(
        (
            OPENING,
            MIDDLE,
            CLOSING,
            "Lena Marsh covers the army and the border regions.",
            "What readers are saying\nThe comments below are a summary of reader discussion and "
            "do not reflect the views of the Ledger.",
            "Comments are closed.",
        )
    )
    flagged = {text[f.start : f.end]: f.rule for f in classify(text)}
    assert flagged["Lena Marsh covers the army and the border regions."] == "author bio"
    assert OPENING not in flagged and CLOSING not in flagged


def test_newsletter_byline_still_gives_the_published_date():
    article = article_from_text(
        "# Notes from the front line\n\nLena Marsh Mar 4, 2025\n\n" + OPENING + "\n\n" + MIDDLE
    )
    assert article.published == "2025-03-04"
    assert "Lena Marsh Mar 4, 2025" in [article.text[s:e] for s, e in article.boilerplate]


def test_markdown_picture_on_its_own_line_leaves_no_text():
    md = markdown_to_text(
        "A convoy reached the depot on Friday.\n\n"
        "![Trucks queue at a checkpoint](trucks.jpg)\n\n"
        "[![Map of the river crossings](map.png)](https://example.org/map)\n\n"
        "The road was reopened, the [army said](https://example.org/statement)."
    )
    assert "Trucks queue" not in md.text and "Map of the river" not in md.text
    assert "A convoy reached the depot on Friday." in md.text
    assert "The road was reopened, the army said." in md.text
