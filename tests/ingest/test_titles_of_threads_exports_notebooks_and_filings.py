"""Headline, byline, outlet and date of a social thread's page, a chat channel's export, a
reporter's notebook, a court filing and a draft note. Our own short texts."""

from __future__ import annotations

from briefdeck.ingest import article_from_text

_POST = ('<div class="post"><div class="author">Jo Ames <span class="handle">@joames.bsky.social'
         '</span></div><div class="text">{}</div><div class="meta">March 4, 2026 at 9:{:02d} AM'
         '</div></div>\n')


def _thread() -> str:
    posts = [
        "1/3 Thread on the drone strikes near Tyre overnight and the toll the army gave.",
        "2/3 Two drones struck a warehouse on the coast road at about 2 am, the army said.",
        "3/3 Three people were wounded. I'll update the thread as the count changes.",
    ]
    return (
        "<!DOCTYPE html><html><head><title>Jo Ames (@joames.bsky.social) on Bluesky</title>"
        '<meta property="og:description" content="1/3 Thread on the drone strikes near Tyre '
        'overnight and the toll the army gave.">'
        '<meta property="og:site_name" content="Bluesky Social"></head><body><main>'
        + "".join(_POST.format(p, i) for i, p in enumerate(posts))
        + '<h2 class="replies-heading">Replies</h2>'
        + '<div class="post reply"><div class="author">Ali <span class="handle">@ali.bsky.social'
        + '</span></div><div class="text">which warehouse?</div></div></main></body></html>'
    )


def test_a_thread_page_is_titled_by_its_first_post_and_written_by_the_named_poster():
    article = article_from_text(_thread(), "thread.html")
    assert article.headline == ("Thread on the drone strikes near Tyre overnight and the toll "
                                "the army gave")
    assert article.byline == "Jo Ames"


def _channel() -> str:
    messages = "".join(
        f'<div class="chatlog__message-group"><span class="chatlog__author">{who}</span> '
        f'<span class="chatlog__timestamp">{when}</span>'
        f'<div class="chatlog__content">{what}</div></div>\n'
        for who, when, what in (
            ("river_watch", "11-Mar-26 11:40 PM", "Sirens over the airport, two blasts heard"),
            ("desk_k", "12-Mar-26 12:15 AM", "Ministry says two drones downed, nobody hurt"),
            ("river_watch", "12-Mar-26 07:02 AM", "Morning pictures show a burnt car by the gate"),
        )
    )
    return (
        "<!DOCTYPE html><html><head><title>Gulf Watchers - strikes [99120]</title>"
        '<meta name="generator" content="DiscordChatExporter 2.40"></head><body>'
        '<div class="preamble"><div class="preamble__guild-name">Gulf Watchers</div>'
        '<div class="preamble__channel-name">Tracking / strikes</div></div>'
        f'<main class="chatlog">{messages}</main></body></html>'
    )


def test_a_chat_export_has_no_single_writer_and_dates_from_its_last_message():
    article = article_from_text(_channel(), "channel.html")
    assert article.byline == ""
    assert article.published == "2026-03-12"


NOTEBOOK = (
    "=== KIRKUK -- rkt attk on airbase ===\n\n"
    "Mon 9 Mar 2026\n"
    "~0200L impacts near runway, per police (on bg)\n"
    "JOC (IQ) -- spox by phone: \"two rockets, no casualties,\" he said.\n"
    "callback: airport director tomorrow\n"
)


def test_a_notebooks_title_loses_its_rule_marks_and_a_country_code_names_no_outlet():
    article = article_from_text(NOTEBOOK, "notes.txt")
    assert article.headline == "KIRKUK -- rkt attk on airbase"
    assert article.outlet == ""


COMPLAINT = (
    "UNITED STATES DISTRICT COURT\n\n"
    "FOR THE DISTRICT OF COLUMBIA\n\n"
    "JANE ROE, individually and as personal representative of the Estate of John Roe,\n\n"
    "Plaintiffs,\n\nv.\n\nTHE REPUBLIC OF EXAMPLE,\n\nDefendant.\n\n"
    "Civil Action No. 1:26-cv-01234\n\n"
    "COMPLAINT FOR WRONGFUL\n\nDEATH AND DAMAGES\n\n"
    "COMPLAINT\n\n"
    "1. On 3 March 2026 a drone struck the base where John Roe worked as a contractor, "
    "killing him and wounding two others.\n"
)


def test_a_court_filing_is_titled_by_the_filing_not_the_court():
    assert article_from_text(COMPLAINT, "complaint.txt").headline == (
        "COMPLAINT FOR WRONGFUL DEATH AND DAMAGES")


NOTE = (
    "INCIDENT NOTE 12 (DRAFT): drone attack on the northern depot\n\n"
    "Prepared by: duty analyst J. Park. Reviewer: L. Osei. Date of draft: 6 March 2026.\n\n"
    "1. Summary\n\n"
    "Late on 4 March two drones struck the northern depot; one guard was wounded.\n"
)


def test_a_notes_date_of_draft_field_dates_it():
    assert article_from_text(NOTE, "note.txt").published == "2026-03-06"


def _page_by(author: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><title>Drones downed near the port - The Ledger</title>'
        f'<meta name="author" content="{author}"></head><body><article><h1>Drones downed near '
        f'the port</h1><p>Two drones were shot down near the port of Aqaba early on Tuesday, '
        f'the army said. Nobody was hurt and shipping was not disrupted, officials added.</p>'
        f'<p>Air defences engaged the drones at about 3 am, the army said in a statement.</p>'
        f'</article></body></html>'
    )


def test_a_page_author_field_keeps_its_people_not_their_places_roles_or_outlets():
    field = "Jo Ames; Amman; Li Wei; Security correspondent; Associated Press"
    assert article_from_text(_page_by(field), "page.html").byline == "Jo Ames and Li Wei"


def test_a_role_around_a_name_in_the_author_field_is_cut_from_it():
    field = "Defence Correspondent Sam Hale; Rima Nasser Middle East correspondent Monday"
    assert article_from_text(_page_by(field), "page.html").byline == "Sam Hale and Rima Nasser"
