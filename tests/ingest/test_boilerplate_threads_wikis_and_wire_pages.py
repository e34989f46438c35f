"""Forum threads, network comments, wiki reference lists and agency/wire page furniture are
flagged; the posts and the story text around them are not."""

from briefdeck.ingest.boilerplate import classify


def _flags(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.rule for f in classify(text)}


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_POST = (
    "A ferry carrying 40 passengers ran aground near Port Anselm on Friday night, and the "
    "coast guard said all of them were brought ashore by morning."
)
_REPLY = "The harbour master told local radio that the channel markers had been moved last week."


def test_forum_votes_buttons_levels_and_sort_menu_are_flagged_but_replies_are_not():
    text = _page(
        "r/MaritimeNews",
        "Posted by u/harbour_watcher 3 hr. ago",
        "Ferry aground near Port Anselm, everyone safe",
        "News",
        _POST,
        "1.2k points  ·  64 comments",
        "Share  Save  Hide  Report",
        "Sort by: top",
        "level 1",
        "u/quay_side · 2 hr. ago",
        _REPLY,
        "233 points",
        "Reply  Share  Report  Save  Follow",
        "level 2",
        "1 point",
        "Continue this thread",
        "More replies",
    )
    flags = _flags(text)
    for line in ("1.2k points  ·  64 comments", "Share  Save  Hide  Report", "Sort by: top",
                 "level 1", "level 2", "233 points", "1 point",
                 "Reply  Share  Report  Save  Follow",
                 "Continue this thread", "More replies", "News"):
        assert line in flags, line
    assert _POST not in flags
    assert _REPLY not in flags


def test_a_communitys_sidebar_and_numbered_rules_are_flagged():
    text = _page(
        _POST,
        "About Community",
        "r/MaritimeNews",
        "News and talk about ports, ferries and the people who run them.",
        "Created Mar 3, 2012",
        "52k Members",
        "140 Online",
        "r/MaritimeNews Rules",
        "1. Stay on topic",
        "2. Link your sources",
        "Moderators",
        "Message the mods",
    )
    flags = _flags(text)
    for line in ("News and talk about ports, ferries and the people who run them.",
                 "Created Mar 3, 2012", "52k Members", "140 Online", "r/MaritimeNews Rules",
                 "1. Stay on topic", "2. Link your sources", "Moderators", "Message the mods"):
        assert line in flags, line
    assert _POST not in flags


def test_a_moderators_standing_reminder_is_flagged():
    reminder = ("Reminder: this is a moderated forum. Posts without a source will be removed "
                "by the team.")
    assert reminder in _flags(_page(_POST, reminder))


def test_network_comments_closed_by_like_and_reply_are_flagged_but_the_post_is_not():
    text = _page(
        "Mira Castellanos • 2nd",
        "Port security adviser",
        "5h",
        _POST,
        "Two more vessels were diverted while the channel was closed.",
        "Divers are checking the hull today.",
        "The operator has suspended the route until Tuesday.",
        "Insurers have been told.",
        "…see more",
        "👏💡 87",
        "Like",
        "Send",
        "Most relevant ▾",
        "Prof. Anton Weiss • 3rd+",
        "Lecturer in maritime law",
        "1h",
        "Groundings like this usually end up in court over who moved the markers.",
        "Like · Reply · 3",
        "Load more comments",
    )
    flags = _flags(text)
    for line in ("…see more", "👏💡 87", "Send", "Most relevant ▾", "Prof. Anton Weiss • 3rd+",
                 "Lecturer in maritime law",
                 "Groundings like this usually end up in court over who moved the markers.",
                 "Load more comments"):
        assert line in flags, line
    assert _POST not in flags
    assert "Divers are checking the hull today." not in flags


def test_wiki_reference_entries_and_folded_navigation_boxes_are_flagged():
    ref = '- ^ "Ferry runs aground, 40 rescued". Harbour Gazette. 4 May 2026.'
    bare = '^ a b "Coast guard statement on Port Anselm". Coast Guard. 5 May 2026.'
    text = _page(_POST, ref, bare, "| show | Shipping accidents in the region |")
    flags = _flags(text)
    assert flags.get(ref) == "reference list"
    assert flags.get(bare) == "reference list"
    assert "| show | Shipping accidents in the region |" in flags
    assert _POST not in flags


def test_a_read_link_inside_a_story_and_a_top_image_note_are_flagged():
    link = "Read: Port authority orders review of channel markers"
    note = "Top image: The ferry at its berth in an earlier photo (Harbour Gazette)"
    after = "The operator said the vessel would be towed to a dry dock for inspection."
    text = _page(_POST, link, after, note)
    flags = _flags(text)
    assert link in flags and note in flags
    assert after not in flags and _POST not in flags


def test_an_agency_item_code_its_tools_end_mark_and_reuse_terms_are_flagged():
    text = _page(
        "Item code: 1405112233",
        _POST,
        "End of message/",
        "Send to friend | Print version",
        "All rights of this site belong to the Harbour Agency. Using the content with mention "
        "of source is permitted.",
    )
    flags = _flags(text)
    for line in ("Item code: 1405112233", "End of message/", "Send to friend | Print version"):
        assert line in flags, line
    assert any(k.startswith("All rights of this site") for k in flags)
    assert _POST not in flags


def test_a_release_blurb_under_about_the_company_and_forward_looking_statements_are_flagged():
    blurb = ("Harrow Marine Systems, based in Portsmouth, builds sonar and hull inspection "
             "drones for navies and port operators. Founded in 2009, it employs 800 people.")
    safe = ("This release contains forward-looking statements within the meaning of securities "
            "law, including statements about deliveries. Actual results could differ materially, "
            "and the company undertakes no obligation to update them.")
    text = _page(
        "Harrow Marine Systems wins port inspection contract",
        _POST,
        "About Harrow Marine Systems",
        blurb,
        "Forward-Looking Statements",
        safe,
    )
    flags = _flags(text)
    assert blurb in flags
    assert "Forward-Looking Statements" in flags
    assert safe in flags
    assert _POST not in flags


def test_a_paragraph_under_about_heading_that_does_not_open_with_the_name_is_kept():
    story = "Officials said the inspection would take two weeks and cost about $3 million."
    flags = _flags(_page(_POST, "About Harrow Marine Systems", story))
    assert story not in flags
