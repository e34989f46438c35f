"""The outlet: a masthead in capitals at the top of the page names it, over a parent company
in the copyright line at its foot; a holder that shares the masthead's name is the outlet's
own company, and a handling line in capitals is no masthead.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.ingest.metadata import metadata_from_text

STORY = ("Two batteries moved north this month, officials said on Tuesday, leaving the bases "
         "on the coast with fewer interceptors while the Army waits for new missiles.")


def _outlet(top: str, foot: str) -> str:
    text = f"{top}\n\nBatteries move north\n\nBy Lina Farouk\n\n{STORY}\n\n{foot}\n"
    foot_at = text.index(foot)
    return metadata_from_text(text, [(foot_at, foot_at + len(foot))]).outlet


def test_the_masthead_wins_over_a_parent_company_in_the_copyright_line() -> None:
    assert _outlet("HARBOUR WATCH", "© 2026 Coastal Publishing Group LLC. All rights "
                   "reserved.") == "Harbour Watch"


def test_a_holder_sharing_the_mastheads_name_is_the_outlet() -> None:
    assert _outlet("GNX EVENING REPORT", "© 2026 GNX Broadcasting Ltd") == "GNX Broadcasting"


def test_a_handling_line_in_capitals_is_no_masthead() -> None:
    assert _outlet("FOR SUBSCRIBER USE ONLY", "© 2026 Coastal Monitor Group") != \
        "For Subscriber Use Only"
