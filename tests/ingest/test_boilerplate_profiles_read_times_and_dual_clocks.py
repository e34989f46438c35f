"""A profile's counts and join date, a read-time line with its date, a dual local/GMT stamp,
gift and paywall prompts and a chart credit are furniture; sentences that mention followers,
local time or charts are not. Every line here is written for these tests."""

from briefdeck.ingest.boilerplate import classify

_STORY = "Rescue teams reached the damaged warehouse on Sunday and found no casualties inside."


def _flagged(*lines: str) -> set[str]:
    text = "\n".join([_STORY, *lines, _STORY]) + "\n"
    return {text[f.start : f.end] for f in classify(text)}


def test_follower_counts_are_flagged():
    lines = ("3,310 Following  12.9K Followers", "2.4K Followers")
    assert set(lines) <= _flagged(*lines)


def test_a_profile_join_line_is_flagged():
    assert "Mosul · Joined June 2019" in _flagged("Mosul · Joined June 2019")


def test_a_profile_blurb_with_rt_is_flagged():
    line = "Tracking incidents across Syria. Own translations. RT ≠ endorsement."
    assert line in _flagged(line)


def test_a_read_time_with_its_date_is_flagged():
    assert "6 min read · Mar 3, 2025" in _flagged("6 min read · Mar 3, 2025")


def test_a_dual_local_and_gmt_stamp_is_flagged():
    assert "07:45 LOCAL TIME 04:45 GMT" in _flagged("07:45 LOCAL TIME 04:45 GMT")


def test_gift_and_paywall_prompts_are_flagged():
    lines = ("Gift this article free", "Want to read more?")
    assert set(lines) <= _flagged(*lines)


def test_a_chart_credit_is_flagged():
    assert "Chart: The Weekly Ledger" in _flagged("Chart: The Weekly Ledger")


def test_sentences_about_followers_time_and_charts_are_not_flagged():
    lines = (
        "The channel said 12,000 followers had shared the video by noon local time.",
        "Officials joined the meeting in June 2019, according to the ministry.",
        "A chart released by the ministry showed 40 drones intercepted since March.",
    )
    assert not set(lines) & _flagged(*lines)
