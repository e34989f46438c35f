"""A mail thread's quoted copy of a message the thread already shows in full is furniture
("quoted copy"); a quoted passage that is the only copy of its words stays the report's text.
Threads written for these tests."""

from __future__ import annotations

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify

FIRST = ("Two rockets landed near the fuel depot at the port shortly after midnight.\n"
         "The harbour police said one guard was wounded by fragments.")
REPLY = ("Thanks. The governor's office now says two guards were wounded, one of them badly.")


def _kinds(text: str, line: str) -> list[str]:
    start = text.index(line)
    return [f.rule for f in classify(text) if f.start <= start and start + len(line) <= f.end]


def _pasted_thread() -> str:
    return ("From: Lena Ortiz <lena@desk.example>\n"
            "To: Night Desk <night@desk.example>\n"
            "Sent: Monday, March 2, 2026 6:10 AM\n\n"
            f"{FIRST}\n\n"
            "From: Omar Reyes <omar@desk.example>\n"
            "To: Night Desk <night@desk.example>\n"
            "Sent: Monday, March 2, 2026 9:40 AM\n\n"
            f"{REPLY}\n\n"
            "On Mon, Mar 2, 2026 at 6:10 AM Lena Ortiz <lena@desk.example> wrote:\n"
            "> Two rockets landed near the fuel depot at the port shortly after\n"
            "> midnight. The harbour police said one guard was wounded by fragments.\n")


def test_a_reply_s_quoted_copy_of_a_message_shown_above_is_furniture():
    text = _pasted_thread()
    assert _kinds(text, "> Two rockets landed near the fuel depot") == ["quoted copy"]
    assert _kinds(text, "> midnight. The harbour police said") == ["quoted copy"]
    assert _kinds(text, "On Mon, Mar 2, 2026 at 6:10 AM Lena Ortiz") == ["quoted copy"]
    # the message itself and the reply's own words stay the report
    assert _kinds(text, FIRST.splitlines()[0]) == []
    assert _kinds(text, REPLY) == []


def test_a_quoted_message_the_thread_does_not_show_stays_content():
    text = ("From: Omar Reyes <omar@desk.example>\n"
            "To: Night Desk <night@desk.example>\n"
            "Sent: Monday, March 2, 2026 9:40 AM\n\n"
            "See the operator's note below.\n\n"
            "On Mon, Mar 2, 2026 at 8:02 AM Port Operator <ops@port.example> wrote:\n"
            "> Berth 4 is closed until further notice after a drone struck a crane.\n"
            "> Two dock workers were taken to hospital.\n")
    assert _kinds(text, "> Berth 4 is closed until further notice") == []
    assert _kinds(text, "> Two dock workers were taken to hospital.") == []


def test_marks_left_mid_line_by_a_joined_print_still_read_as_a_copy():
    # a mail program's print: the reader joins wrapped quoted lines, keeping their marks
    text = ("Gmail - Port attack\n3 messages\n"
            "Lena Ortiz <lena@desk.example>\n"
            "To: Night Desk <night@desk.example>\n\n"
            f"{FIRST}\n\n"
            "Omar Reyes <omar@desk.example>\n"
            "To: Night Desk <night@desk.example>\n\n"
            f"{REPLY}\n\n"
            "> > Two rockets landed near the fuel depot at the port shortly > > after midnight. "
            "The harbour police said one guard was > > wounded by fragments.\n")
    assert _kinds(text, "> > Two rockets landed") == ["quoted copy"]


def test_a_deeper_copy_of_a_quoted_only_message_goes_and_the_first_quote_stays():
    outside = "The airport authority suspended all flights until noon."
    text = ("From: Omar Reyes <omar@desk.example>\n"
            "To: Night Desk <night@desk.example>\n\n"
            "Flights resume at noon, see below.\n\n"
            "> Lena wrote:\n"
            f"> {outside}\n"
            ">\n"
            "> > Airport wrote:\n"
            f"> > {outside}\n")
    assert _kinds(text, f"> {outside}") == []
    assert _kinds(text, f"> > {outside}") == ["quoted copy"]


def test_a_reply_quoting_a_forwarded_message_attached_to_it_drops_the_copy():
    inner = ("From: Port Operator <ops@port.example>\n"
             "Subject: Berth closure\n"
             "Date: Mon, 02 Mar 2026 08:02:00 +0000\n\n"
             "Berth 4 is closed until further notice after a drone struck a crane.\n")
    body = ("Forwarding the operator's note.\n\n"
            "> Berth 4 is closed until further notice after a drone struck a crane.\n")
    raw = ("From: Omar Reyes <omar@desk.example>\n"
           "To: Night Desk <night@desk.example>\n"
           "Subject: Fwd: Berth closure\n"
           "Date: Mon, 02 Mar 2026 09:40:00 +0000\n"
           "MIME-Version: 1.0\n"
           'Content-Type: multipart/mixed; boundary="b1"\n\n'
           f"--b1\nContent-Type: text/plain\n\n{body}--b1\n"
           f"Content-Type: message/rfc822\n\n{inner}--b1--\n")
    article = article_from_text(raw)
    text = article.text
    quoted = text.index("> Berth 4")
    shown = text.index("Berth 4 is closed", quoted + 10)
    assert article.is_boilerplate(quoted, quoted + 20)
    assert not article.is_boilerplate(shown, shown + 20)
