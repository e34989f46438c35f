"""Furniture of a desktop chat export, a mailed search alert, a printed committee hearing, a
browser's print of a news page, a risk firm's report head and a news terminal's story header;
with reporting that borrows their words left alone. Every sentence here is made up."""

from __future__ import annotations

import pytest
from furniture import rules_over

from briefdeck.ingest.boilerplate import find_boilerplate

CHAT_EXPORT = """Harbour Watch Channel

4 March 2031

06:10

Two drones were downed over the port overnight, the coast guard said.

👁 9.1K

06:45

Forwarded from Coastline Monitor

Video file

Not included, change data exporting settings to download.

Coast guard (translated): "Our crews recovered debris from both aircraft off the pier."

👁 7.3K

08:02

In reply to

this message

UPDATE: Port authority says cargo loading resumed at 07:30 after a halt.

Follow @HarbourWatchChannel for updates.
"""


@pytest.mark.parametrize("line", [
    "Harbour Watch Channel",
    "Forwarded from Coastline Monitor",
    "Not included, change data exporting settings to download.",
    "In reply to",
    "this message",
    "Follow @HarbourWatchChannel for updates.",
])
def test_a_desktop_chat_exports_own_lines_are_furniture(line):
    assert rules_over(CHAT_EXPORT, line)


def test_a_chat_exports_posts_are_left_alone():
    for line in ("Two drones were downed over the port overnight, the coast guard said.",
                 "UPDATE: Port authority says cargo loading resumed at 07:30 after a halt."):
        assert not rules_over(CHAT_EXPORT, line)


def test_a_sentence_that_opens_on_forwarded_from_is_reporting():
    text = ("Forwarded from the governor's office, the letter warned of more attacks on the "
            "port.\n\n"
            "Officials said patrols would double along the coast road this week.\n")
    assert not rules_over(text, "Forwarded from the governor's office, the letter warned of "
                                "more attacks on the port.")


ALERT_MAIL = """Bing Alerts

harbour drone strike

Weekly digest ⋅ 9 March 2031

Drones hit fuel depot at northern harbour

Coastal Herald

Two drones struck a fuel depot at the northern harbour on Sunday, the port authority said.

Mark as not relevant

Navy says patrol boat fired on near strait

Gulf Courier

A navy patrol boat came under fire near the strait late Saturday, a navy spokesman said.

Mark as not relevant

See all results | Delete this alert

You have received this email because you subscribed to Bing Alerts.

RSS Get these results as RSS feed
"""


@pytest.mark.parametrize("line", [
    "Bing Alerts",
    "harbour drone strike",
    "Mark as not relevant",
    "See all results | Delete this alert",
    "You have received this email because you subscribed to Bing Alerts.",
    "RSS Get these results as RSS feed",
])
def test_a_search_alerts_head_buttons_and_footer_are_furniture(line):
    assert rules_over(ALERT_MAIL, line)


def test_a_search_alerts_results_are_left_alone():
    for line in ("Two drones struck a fuel depot at the northern harbour on Sunday, the port "
                 "authority said.", "Drones hit fuel depot at northern harbour"):
        assert not rules_over(ALERT_MAIL, line)


HEARING = """[S.A.S.C. No. 120-14]

SHIPPING LANES UNDER FIRE: NAVAL ESCORT CAPACITY

HEARING

BEFORE THE

COMMITTEE ON ARMED SERVICES

UNITED STATES SENATE

ONE HUNDRED TWENTIETH CONGRESS

FIRST SESSION

HEARING HELD

MARCH 3, 2031

U.S. GOVERNMENT PUBLISHING OFFICE

WASHINGTON : 2031

SHIPPING LANES UNDER FIRE: NAVAL ESCORT CAPACITY 2

Mr. ABBOTT. The committee will come to order. Escort ships have sailed 41 convoys since January.

Admiral REYES. Thank you, Chairman. Our destroyers have downed 19 drones on those convoys.

Mr. ABBOTT. How many escorts can the fleet keep at sea at once?

Admiral REYES. Six at most, sir, with crews on their second extension.

Mr. ABBOTT. And the cost of each interception?

Admiral REYES. About two million dollars for each missile fired.

Mr. ABBOTT. We will recess and go into closed session.

SHIPPING LANES UNDER FIRE: NAVAL ESCORT CAPACITY 3

[Whereupon, at 12:05 p.m., the committee proceeded in closed session.]
"""


@pytest.mark.parametrize("line", [
    "[S.A.S.C. No. 120-14]",
    "SHIPPING LANES UNDER FIRE: NAVAL ESCORT CAPACITY",
    "UNITED STATES SENATE",
    "HEARING HELD",
    "WASHINGTON : 2031",
    "SHIPPING LANES UNDER FIRE: NAVAL ESCORT CAPACITY 2",
    "SHIPPING LANES UNDER FIRE: NAVAL ESCORT CAPACITY 3",
    "[Whereupon, at 12:05 p.m., the committee proceeded in closed session.]",
])
def test_a_printed_hearings_cover_running_title_and_stage_directions_are_furniture(line):
    assert rules_over(HEARING, line)


def test_a_hearings_testimony_is_left_alone():
    assert not rules_over(HEARING, "Admiral REYES. Six at most, sir, with crews on their second "
                                   "extension.")


def test_a_table_row_ending_on_a_number_is_no_running_head():
    text = "\n\n".join(["Strikes on shipping by month, as counted by the navy:"]
                       + [f"Filler paragraph number {k} about escort duty in the strait." for k in
                          range(3)]
                       + ["Tankers hit in the southern lanes 4"]
                       + [f"Another paragraph {k} on the convoys that sailed." for k in range(9)]
                       + ["Tankers hit in the southern lanes 7"]) + "\n"
    assert not rules_over(text, "Tankers hit in the southern lanes 4")


BROWSER_PRINT = """3/9/31, 8:02 AM

Navy buys more interceptors as drone raids go on

Harbour Ledger

Navy buys more interceptors as drone raids go on

The navy has ordered 300 more interceptors for its destroyers, officials said on Monday.

Get the Harbour Morning Brief

Get the region’s sharpest defence news and analysis every morning.

Enter your email Sign up

The order follows six weeks of drone raids on shipping lanes.

https://www.harbourledger.example/navy-buys-more-interceptors

1/2

3/9/31, 8:02 AM

Navy buys more interceptors as drone raids go on

Deliveries will begin next spring, a navy spokesperson said.

https://www.harbourledger.example/navy-buys-more-interceptors

2/2
"""


def test_a_browser_prints_page_title_is_furniture_on_the_first_page_too():
    title = "Navy buys more interceptors as drone raids go on"
    spans = find_boilerplate(BROWSER_PRINT)
    first = BROWSER_PRINT.index(title)
    assert any(s <= first and first + len(title) <= e for s, e in spans)


@pytest.mark.parametrize("line", [
    "Get the Harbour Morning Brief",
    "Get the region’s sharpest defence news and analysis every morning.",
])
def test_a_newsletter_boxs_title_and_promise_are_furniture(line):
    assert rules_over(BROWSER_PRINT, line)


REPORT_HEAD = """NORTHGATE SECURITY PARTNERS LTD

Regional Analysis Desk - Basra / Muscat

WEEKLY THREAT REPORT (WTR)

Report No: WTR 12/31

1. Summary

Attacks on oil convoys rose this week, with three roadside bombs reported near the port.
"""


@pytest.mark.parametrize("line", ["Regional Analysis Desk - Basra / Muscat",
                                  "WEEKLY THREAT REPORT (WTR)"])
def test_a_risk_firms_report_head_is_furniture(line):
    assert rules_over(REPORT_HEAD, line)


def test_a_terminals_story_header_is_furniture():
    text = ("Page 1/2   Story Code: HLD QX77  |  Source: HLD Wire\n\n"
            "Two drones struck a fuel depot at the northern harbour on Sunday, officials said.\n")
    assert rules_over(text, "Page 1/2   Story Code: HLD QX77  |  Source: HLD Wire")


def test_a_live_pages_headline_over_its_date_and_first_time_is_left_alone():
    text = ("Drones strike northern harbour\n\n4 March 2031\n\n06:10\n\n"
            "Two drones struck the northern harbour before dawn, the port authority said.\n\n"
            "07:25\n\nFire crews put out the blaze at the fuel depot, officials said.\n")
    assert not rules_over(text, "Drones strike northern harbour")
