"""Titles, bylines and addresses that read as an analyst would: a link pasted in a message is not
the document's address (nor its date), a call chat gets a title, a byline box's date and outlet
are no writers, a report's issuer is not its title, a time stamp, a menu row or a list of
writers is no headline."""

from briefdeck.ingest import read_article
from briefdeck.ingest.author_fields import author_names, without_outlet
from briefdeck.ingest.metadata import metadata_from_text

STORY = ("Two rockets hit the airport road checkpoint before dawn, wounding a policeman, the "
         "provincial police said in a statement on Tuesday.")


def _meta(text: str):
    return metadata_from_text(text, [])


def test_a_link_pasted_in_a_chat_message_is_not_the_documents_address_nor_its_date(tmp_path):
    chat = ("09:30:02 From Ines Roca to Everyone:\n\tMorning, starting now\n"
            "09:31:15 From Tariq Salem to Everyone:\n\t" + STORY + "\n"
            "09:32:03 From Ines Roca to Everyone:\n\t"
            "https://news.example.com/2026/11/24/older-story\n"
            "09:33:40 From Tariq Salem to Everyone:\n\tNothing more on the claim yet, will check\n")
    path = tmp_path / "call.txt"
    path.write_text(chat, encoding="utf-8")
    article = read_article(path)
    assert article.url == ""
    assert article.published == ""


def test_an_endnote_or_related_link_is_not_the_address_but_a_print_footer_is():
    notes = f"Title of the analysis piece\n\n{STORY}\n\n{STORY}\n\nNotes\n1. A release.\n" \
            "https://www.example.mil/Releases/\n2. Another.\n3. A third.\n4. A fourth.\n"
    assert _meta(notes).url == ""
    printed = (f"https://site.example/2026/11/17/story 1/2\nTitle of the printed story\n\n{STORY}\n"
               f"\n{STORY}\n\n{STORY}\n\nhttps://site.example/2026/11/17/story 2/2\n")
    assert _meta(printed).url == "https://site.example/2026/11/17/story"
    field = f"Title of the saved story\nSource URL: https://site.example/a/b\n\n{STORY}\n"
    assert _meta(field).url == "https://site.example/a/b"


def test_a_saved_call_chat_is_titled_by_its_meeting_and_day_or_its_clock_span(tmp_path):
    chat = ("09:30:02 From Ines Roca to Everyone:\n\tMorning, starting now\n"
            "09:31:15 From Tariq Salem to Everyone:\n\t" + STORY + "\n"
            "09:52:40 From Ines Roca to Everyone:\n\tNext call Friday, thanks all\n")
    folder = tmp_path / "2027-03-04 09.30.00 Mosul security call"
    folder.mkdir()
    (folder / "meeting_saved_chat.txt").write_text(chat, encoding="utf-8")
    dated = read_article(folder / "meeting_saved_chat.txt")
    assert dated.headline == "Mosul security call (Zoom chat, 4 March 2027)"
    assert dated.published == "2027-03-04"
    (tmp_path / "chat.txt").write_text(chat, encoding="utf-8")
    assert read_article(tmp_path / "chat.txt").headline == "Zoom chat, 09:30 to 09:52"


def test_a_byline_box_date_credit_label_and_outlet_are_not_writers():
    assert author_names("Photo editing by Jo Ames; November") == "Jo Ames"
    assert author_names("Lena Voss; Published Jan") == "Lena Voss"
    assert author_names("Lena Voss · Gulf Courier") == "Lena Voss"
    assert author_names("I") == ""
    assert author_names("May Lee") == "May Lee"  # a name, though a month's
    assert without_outlet("Lena Voss Stars and Stripes", "Stars and Stripes") == "Lena Voss"
    assert without_outlet("Gulf Courier", "Gulf Courier") == "Gulf Courier"
    text = f"Rockets hit the airport road checkpoint\n\nBy Lena Voss on March 12, 2025\n\n{STORY}\n"
    assert _meta(text).byline == "Lena Voss"


def test_a_reports_issuer_over_its_quoted_title_is_its_publisher_not_its_title():
    text = ("Delta Rights Monitor\n\n\"Nobody Warned Us\"\n\nCivilian Deaths in Strikes on Sella, "
            f"March 2027 Published 2 April 2027\n\n{STORY}\n")
    found = _meta(text)
    assert found.headline == "“Nobody Warned Us”: Civilian Deaths in Strikes on Sella, March 2027"
    assert found.outlet == "Delta Rights Monitor"


def test_a_time_stamp_a_menu_row_or_a_list_of_writers_is_no_headline():
    assert _meta(f"28 November at 21:14 · 🌍\n\nStatement of the Delta Ministry\n\n{STORY}\n"
                 ).headline == "Statement of the Delta Ministry"
    assert _meta(f"Wednesday, 4 Shahrivar 1405 - 14:37\n\nRockets hit the airport road\n\n{STORY}"
                 ).headline == "Rockets hit the airport road"
    menu = "Air Land Naval Space Pentagon Congress Global Industry Video Newsletters"
    assert _meta(f"{menu}\n\nRockets hit the airport road\n\n{STORY}\n").headline == \
        "Rockets hit the airport road"
    writers = "Nora Lind, Amir Tabari, Caleb Mont and Lydia Ferro"
    found = _meta(f"Rockets hit the airport road\n\n{writers}\n\n{STORY}\n")
    assert found.headline == "Rockets hit the airport road"
    assert found.byline == writers
