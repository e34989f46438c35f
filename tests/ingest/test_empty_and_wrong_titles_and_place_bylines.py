"""Titles an analyst would give the documents that had none or a wrong one (a forum thread's
title, a day's contracts page, a magazine headline in sentences, a report's running head, a
phone chat's group, a programme's name, a bulletin's slot, a newsletter's issue, a post's first
sentence, a highlights page's title block), and bylines that name people, not places, desks,
roles or the paper's initials."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.bylines import _by_line
from briefdeck.ingest.credits import is_outlet_initials
from briefdeck.ingest.metadata import metadata_from_text

STORY = ("Two rockets hit the airport road checkpoint before dawn, wounding a policeman, the "
         "provincial police said in a statement on Tuesday.")


def _meta(text: str, boilerplate=()):
    return metadata_from_text(text, list(boilerplate))


def _span(text: str, line: str) -> tuple[int, int]:
    start = text.index(line)
    return start, start + len(line)


def test_a_spreadsheet_row_pasted_as_text_is_no_headline():
    row = "2026-11-02\t2140\tCamp Delta\tBasra\tAttack\tRocket\t0\t0\tHigh\tNo damage"
    assert _meta(row + "\n" + STORY + "\n").headline == ""


def test_a_writers_post_at_an_institute_is_cut_from_the_byline():
    assert _by_line("By Dr. Jo Ames, Senior Fellow, Security Programme")[0] == "Dr. Jo Ames"
    assert _by_line("By Jo Ames, Kay Roe")[0] == "Jo Ames, Kay Roe"


def test_the_papers_initials_are_a_desk_credit_not_a_writer():
    assert is_outlet_initials("HT", "The Harbour Times")
    assert is_outlet_initials("Ht", "The Harbour Times")
    assert not is_outlet_initials("Hana", "The Harbour Times")
    page = ('<html><head><title>Army downs two drones</title>'
            '<meta property="og:site_name" content="Harbour Times"></head><body>'
            '<h1>Army downs two drones over the northern border</h1>'
            '<div class="byline">By HT</div><p>' + STORY + '</p><p>' + STORY + '</p></body></html>')
    assert article_from_text(page).byline == ""


def _page(box: str) -> str:
    return ("<html><head><title>Drone hits base near the airport</title></head><body>"
            "<h1>Drone hits base near the airport</h1>" + box +
            "<p>" + STORY + " " * 3 + STORY.replace("Two", "Three") + "</p>"
            "<p>" + STORY.replace("rockets", "drones") + "</p></body></html>")


def test_a_byline_box_naming_outlet_place_and_writer_gives_the_writer():
    page = _page('<div class="byline">Harbour Radio / Washington - Lina Farouk</div>')
    assert article_from_text(page).byline == "Lina Farouk"


def test_a_desk_set_apart_in_the_byline_box_is_not_part_of_the_name():
    page = _page('<div class="authors">By Lina Farouk <span class="desk">Pentagon</span></div>')
    assert article_from_text(page).byline == "Lina Farouk"


def test_an_update_label_with_its_time_in_brackets_names_no_outlet():
    text = ("Statement of the Border Ministry\n\n" + STORY + "\n\n"
            "UPDATE (Saturday morning): a third guard died of his wounds in hospital.\n")
    assert _meta(text).outlet == ""


def test_a_captioning_firms_address_is_not_the_broadcasts():
    text = ("CAPTIONING PROVIDED BY ACME CAPTIONING SERVICES, INC.\nWWW.ACMECAPTIONS.COM\n"
            ">>> GOOD EVENING. " + STORY.upper() + "\n")
    assert _meta(text).url == ""


def test_a_forum_threads_title_under_its_poster_is_the_headline_however_long():
    title = ("Red Sea: missile hits tanker west of the port, one crew member killed; destroyer "
             "downs four drones over the strait. Summary and sources inside.")
    text = "Posted by u/some_analyst 7 hr. ago\n" + title + "\n" + STORY + "\n"
    assert _meta(text).headline == title


def test_a_days_contracts_page_is_titled_by_its_day():
    text = "Home > News > Contracts\nContracts For Dec. 3, 2026\nARMY\n" + STORY + "\n"
    spans = [_span(text, "Home > News > Contracts"), _span(text, "Contracts For Dec. 3, 2026")]
    assert _meta(text, spans).headline == "Contracts For Dec. 3, 2026"


def test_a_magazine_headline_in_sentences_over_its_byline_is_the_headline():
    head = "The Army is moving its air defences north. The arithmetic is getting harder."
    text = head + "\nTwo batteries have moved since January.\nBy Jo Ames\n" + STORY + "\n"
    assert _meta(text).headline == head


def test_a_running_head_repeated_over_the_story_is_the_title_not_the_report_number():
    title = "British forces in Iraq: the end of the mission and recent attacks"
    text = (title + "\nResearch Briefing\nNumber CBP 20001\n4 December 2026\n" + title +
            "\nBy Jo Ames, Kay Roe\n" + STORY + "\n")
    first = _span(text, title)
    second = (text.index(title, first[1]), text.index(title, first[1]) + len(title))
    assert _meta(text, [first, _span(text, "Research Briefing"), second]).headline == title


def test_a_record_code_keeps_its_date_in_the_page_title():
    page = ("<html><head><title>CASE0041 - January 22, 2027</title></head><body>"
            "<h1>CASE0041 - January 22, 2027</h1><p>" + STORY + "</p><p>" + STORY + "</p>"
            "</body></html>")
    assert article_from_text(page).headline == "CASE0041 - January 22, 2027"


def test_a_phone_chat_is_titled_by_its_group_or_its_stamps():
    lines = "".join(f"[12/11/26, 0{h}:15] Sam Aziz: {STORY}\n" for h in (5, 6, 7))
    named = article_from_text('Pasted from WhatsApp group export "Desk Alerts" for the call\n'
                              + lines)
    assert named.headline == "WhatsApp group \u201cDesk Alerts\u201d"
    assert article_from_text(lines).headline == "WhatsApp chat, 12/11/26, 05:15 to 07:15"


def test_a_subtitle_file_is_titled_by_the_programme_it_shows_first():
    cues = ["[MUSIC]", "HARBOUR NEWS TONIGHT", "The ship was still burning at dawn.",
            "Two crew were hurt.", "The navy says it downed three drones."]
    srt = "".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\n{cue}\n\n"
                  for n, cue in enumerate(cues, 1))
    assert article_from_text(srt).headline == "Harbour News Tonight"


def test_a_radio_bulletin_is_titled_by_its_slot():
    text = ("CITY RADIO - NEWSROOM SCRIPT\nBULLETIN: 0600 GMT  WEDNESDAY 02 DECEMBER 2026\n"
            "(READER:) " + STORY + "\n")
    spans = [_span(text, "CITY RADIO - NEWSROOM SCRIPT"),
             _span(text, "BULLETIN: 0600 GMT  WEDNESDAY 02 DECEMBER 2026")]
    assert _meta(text, spans).headline == "Bulletin 0600 GMT, Wednesday 02 December 2026"


def test_a_newsletters_name_over_its_day_and_writers_titles_the_issue():
    text = "HARBOUR DAILY\nThe Morning Brief\nOctober 21, 2026\nBy Jo Ames\n" + STORY + "\n"
    assert _meta(text).headline == "The Morning Brief, October 21, 2026"


def test_a_post_under_its_handle_is_titled_by_its_first_sentence():
    text = ("Harbour Command\n@HarbourCmd\nOn Nov. 20 at about 7:40 p.m. two drones were "
            "launched at U.S. forces at the port. One was destroyed. More to follow.\n")
    spans = [_span(text, "Harbour Command"), _span(text, "@HarbourCmd")]
    assert _meta(text, spans).headline == (
        "On Nov. 20 at about 7:40 p.m. two drones were launched at U.S. forces at the port")


def test_a_highlights_pages_section_headings_are_not_its_title():
    text = ("Why We Did This Study\n" + STORY + "\nWhat We Recommend\n" + STORY + "\n"
            "COUNTER-DRONE DEFENSE\nThe Department Should Assess Systems Protecting Overseas\n"
            "Bases and Share Lessons Learned\nWhat We Found\n" + STORY + "\n")
    assert _meta(text).headline == ("The Department Should Assess Systems Protecting Overseas "
                                    "Bases and Share Lessons Learned")
