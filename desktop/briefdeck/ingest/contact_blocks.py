"""Contact and advice blocks: how to reach a desk, what an alert tells its readers to do.

An alert's standing advice under "Actions to Take:", a company alert's "Actions: ..." line to
its staff, the names and numbers under "Assistance:", a line giving a desk's phone and e-mail:
service to the reader, never what happened, so furniture; found late, after the blocks that
may hold such lines.
"""

from __future__ import annotations

import re

from briefdeck.ingest import event_flyers, job_postings
from briefdeck.ingest.line_kinds import BULLETED, ArticleLine, is_prose
from briefdeck.ingest.rules import I
from briefdeck.ingest.rules_alerts import ADVICE_HEADING, advice_lines

# "Safety desk, north: +44 000 000 000 (Signal) - desk@example.org": a phone and an address.
_PHONE_AND_MAIL = re.compile(
    r"\+\d{1,3}[\d ()-]{6,}\d\b.{0,60}\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,60}\+\d{1,3}[\d ()-]{6,}\d\b"
)


def flag_phone_and_mail_lines(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A line giving a desk's phone number and e-mail address (and perhaps how to reach it),
    that no block took: a contact line. Late, so that a block keeps the lines it holds."""
    for i, line in enumerate(lines):
        if i not in flags and line.words <= 50 and "@" in line.text:
            if _PHONE_AND_MAIL.search(line.text):
                flags[i] = "contact"


_ADVICE_HEADING = re.compile(ADVICE_HEADING, I)
_ASSISTANCE = re.compile(
    r"^(?:(?:for |emergency |consular )?assistance|contact (?:information|details))\s*:$", I
)


def flag_alert_blocks(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """An alert's standing advice: the list under 'Actions to Take:'; and its contact block:
    the short lines (names, addresses, numbers) under 'Assistance:' down to a paragraph."""
    for i, line in enumerate(lines):
        if flags.get(i) == "security advice" and _ADVICE_HEADING.match(line.text):
            for j in advice_lines(lines, i + 1, flags):
                flags[j] = "security advice"
        elif i not in flags and line.words <= 3 and _ASSISTANCE.match(line.text):
            run = []
            for j in range(i + 1, min(i + 25, len(lines))):
                if j in flags:
                    continue
                if lines[j].words > 16 or is_prose(lines[j].text, lines[j].words):
                    break
                run.append(j)
            if run:
                flags.update(dict.fromkeys([i, *run], "contact"))


# "Actions: no movement south of the river; office closed tomorrow.", "Staff actions:": what
# a company's alert tells its own staff to do, closing each update (the list under a bare
# "Actions:" heading too).
_STAFF_ACTIONS = re.compile(
    r"^(?:(?:staff|required|immediate|recommended|our) )?actions?(?: (?:for|required of) "
    r"(?:all )?(?:staff|employees|personnel|travell?ers))?\s*:\s*(?P<items>\S.*)?$",
    I,
)
# A line that reports (a toll, what someone said) is news, whatever its label.
_REPORTING = re.compile(
    r"\b(?:killed|dead|died|wounded|injured|casualties|said|says|told|reported|according)\b", I
)
# A mailed alert: its SMS controls or standing advice flagged, or a mailer's footer naming it.
_ALERT_KINDS = frozenset(("alert controls", "security advice"))
_ALERT_WORDS = re.compile(r"\b(?:alerts?|advisory|advisories|notifications?)\b", I)


def _is_mailed_alert(lines: list[ArticleLine], flags: dict[int, str]) -> bool:
    return any(
        rule in _ALERT_KINDS or (rule == "newsletter" and _ALERT_WORDS.search(lines[i].text))
        for i, rule in flags.items()
    )


def flag_staff_actions(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A mailed alert's "Actions: ..." lines, its instructions to staff (call when the text
    holds 'ctions:'); in any other text such a label may head a report's findings."""
    if not _is_mailed_alert(lines, flags):
        return
    for i, line in enumerate(lines):
        if i in flags or line.words > 40 or "ction" not in line.text[:30].lower():
            continue
        m = _STAFF_ACTIONS.match(line.text)
        if m is None or _REPORTING.search(line.text):
            continue
        flags[i] = "security advice"
        if m.group("items") is None:
            for j in advice_lines(lines, i + 1, flags):
                flags[j] = "security advice"


# "Tickets & refunds", "Refunds", "Ticket information:": the heading of an event page's
# customer-service list (who pays, how refunds go, where to ask).
_TICKET_HEADING = re.compile(
    r"^(?:tickets?|ticketing|refunds?|bookings?|reservations|exchanges)(?:\s*(?:&|and|,|/)\s*"
    r"(?:tickets?|refunds?|exchanges?|returns?|bookings?|questions|faqs?|cancellations?))*"
    r"(?: (?:information|info|policy|questions))?\s*:?$",
    I,
)
# An item that speaks to the reader ("you", "your") or says where to ask.
_TO_THE_READER = re.compile(r"\b(?:you|your)\b|^(?:questions|queries|enquiries|inquiries)\s*:|@", I)
_TICKET_ITEMS = 8


def flag_ticket_notes(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """An event notice's "Tickets & refunds" list: the heading and its bulleted items, when
    one of them speaks to the reader or says where to ask. Service to ticket holders (a
    pass's price, a refund's days, another event's tickets), never what happened."""
    for i, line in enumerate(lines):
        if i in flags or line.words > 5 or not _TICKET_HEADING.match(line.text):
            continue
        items = []
        for j in range(i + 1, min(i + 1 + _TICKET_ITEMS, len(lines))):
            if not BULLETED.match(lines[j].text) or lines[j].words > 60:
                break
            if j not in flags:  # an item the rule table took (a contact line) keeps its kind
                items.append(j)
        if items and any(_TO_THE_READER.search(lines[j].text) for j in items):
            flags.update(dict.fromkeys([i, *items], "ticket notice"))


# "For families", "Information for relatives", "Family support:": the heading of the list a
# hospital's, a unit's or an agency's update gives the families of those it names.
_FAMILY_HEADING = re.compile(  # (numbered as a notice's section: "5. Family assistance")
    r"^(?:\d{1,2}[.)]\s+)?(?:(?:information|advice|help|support|a note|resources) )?for (?:the )?"
    r"(?:families|family members|relatives|next of kin|loved ones)(?: of (?:the )?[\w -]{2,30})?"
    r"\s*:?$|^(?:\d{1,2}[.)]\s+)?famil(?:y|ies)(?: and friends)? (?:information|support|"
    r"resources|assistance|contacts)"
    r"\s*:?$",
    I,
)
# An item that speaks to the reader or says how to reach a service: a family's way through.
_SERVICE = re.compile(
    r"\b(?:you|your|please|contact(?:ed)?|call|dsn|hotline|phone|open \d{1,2} hours)\b|"
    r"\d{3}[-. ]\d{3,4}[-. ]\d{4}\b|@",
    I,
)
_FAMILY_ITEMS = 8


def flag_family_notes(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A "For families" heading and the bulleted items under it, when one of them speaks to
    the reader or gives a number to call: how families reach the services (their figures,
    "up to three family members", are no part of the news)."""
    for i, line in enumerate(lines):
        if (
            line.words > 8
            or "amil" not in line.text
            and "elati" not in line.text
            and "kin" not in line.text
            and "oved" not in line.text
        ):
            continue
        if not _FAMILY_HEADING.match(line.text):
            continue
        items = []
        for j in range(i + 1, min(i + 1 + _FAMILY_ITEMS, len(lines))):
            if not BULLETED.match(lines[j].text) or lines[j].words > 60:
                break
            items.append(j)
        if items and any(_SERVICE.search(lines[j].text) for j in items):
            for j in [i, *items]:
                flags.setdefault(j, "contact")


def flag_service_blocks(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The blocks of service a notice prints for its readers, each gated by a cheap test:
    the list for families, an event flyer's box and sign-up list, a job posting's terms."""
    if "amil" in text or "elatives" in text or "next of kin" in text:
        flag_family_notes(lines, flags)
    if event_flyers.has_times(text):
        event_flyers.flag_event_box(lines, flags)
    if "egist" in text or "EGIST" in text or "ign up" in text or "ickets" in text:
        event_flyers.flag_sign_up_list(lines, flags)
    if "mployer" in text or "alary" in text or "ALARY" in text:
        job_postings.flag_job_terms(text, lines, flags)
