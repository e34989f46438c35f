"""Happenings without a toll: an accord reached, a truce taking effect, a formal request, a
responsibility handed over, a body's word of a move it will make, a unit ordered somewhere,
a meeting chaired. Each is drafted only when told as done and dated; opinions, plans
and vague promises draft nothing."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-05-20"):
    return [(e.date, e.kind) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def test_governments_agreeing_that_a_mission_ends_is_an_announcement():
    assert _events("In March 2025, Ankara and Damascus agreed that the joint patrols would "
                   "end in two stages.") == [("2025-03", "announcement")]


def test_plan_agreed_with_a_government_in_a_month_is_an_announcement():
    events = _events("Under a plan agreed with the Government of Jordan in April, the mission "
                     "will cut its strength to 150 by June 2027.")
    assert ("2026-04", "announcement") in events


def test_analysts_agreeing_is_no_event():
    assert _events("On Monday, several analysts agreed that the talks would fail.") == []
    assert _events("Officials have long agreed that a truce would help.") == []


def test_truce_taking_effect_is_an_announcement():
    assert _events("April 20, 2026 — A ceasefire brokered by Qatar takes effect after weeks "
                   "of fighting.") == [("2026-04-20", "announcement")]
    assert _events("The truce came into force on Monday at midnight, the foreign ministry "
                   "said.") == [("2026-05-18", "announcement")]


def test_truce_in_force_for_years_is_no_event():
    assert _events("The deal, which took effect years ago, is widely seen as weak.") == []


def test_formal_request_made_on_a_day_is_an_event():
    assert _events("On 4 May, the government formally asked Berlin for three more Patriot "
                   "units, according to a letter seen by the paper.") == [("2026-05-04", "other")]
    assert _events("The move follows a formal request from the Government of Qatar in "
                   "February after several drone sightings.") == [("2026-02", "other")]


def test_request_only_imagined_is_no_event():
    assert _events("The ministry would ask for more air defence, officials said.") == []


def test_responsibility_handed_to_a_ministry_is_a_handover():
    assert _events("KABUL - The alliance on Tuesday formally handed responsibility for officer "
                   "training at the academy to the Afghan army.") == [("2026-05-19", "handover")]


def test_responsibility_handed_to_a_deputy_undated_is_no_event():
    assert _events("He handed responsibility to his deputy while he was away.") == []


def test_body_saying_on_a_day_it_will_act_is_an_announcement():
    assert _events("Norway's defence ministry said on Friday that it would open a drone "
                   "training centre at Bardufoss.") == [("2026-05-15", "announcement")]


def test_vague_or_negated_promise_is_no_event():
    assert _events("The ministry said Friday it would respond at a time of its choosing.") == []
    assert _events("Officials said on Friday it would not send more troops.") == []
    assert _events("He said he would send more troops, he told reporters on Monday.") == []


def test_unit_ordered_to_a_region_is_a_deployment():
    assert _events("Hegseth ordered the carrier strike group to the Eastern Mediterranean on "
                   "May 2.") == [("2026-05-02", "deployment")]


def test_troops_ordered_to_hold_is_no_deployment():
    assert _events("The general ordered his troops to hold their positions.") == []


def test_meeting_chaired_or_convened_on_a_day_is_an_event():
    assert _events("Japan's cabinet office convened a meeting of the security council on "
                   "Thursday morning.") == [("2026-05-14", "other")]
    assert _events("Senators were briefed on the incident Tuesday in a classified session, "
                   "an aide said.") == [("2026-05-19", "other")]


def test_chairing_a_body_or_hosting_a_dinner_is_no_event():
    assert _events("He chaired the committee for ten years.") == []
    assert _events("The minister hosted a dinner for the delegation on Friday.") == []


def test_coalition_leaving_its_bases_by_a_month_is_a_withdrawal():
    events = _events("Under the deal struck with Ankara in May 2024, the coalition left its "
                     "bases outside the enclave by March 2025.")
    assert ("2025-03", "withdrawal") in events


def test_envoy_summoned_on_a_day_is_an_announcement():
    assert _events("Ankara summoned Greece's ambassador on Tuesday over the incident, the "
                   "ministry said.") == [("2026-05-19", "announcement")]


def test_envoy_summons_only_threatened_is_no_event():
    assert _events("The ministry could summon the ambassador if the attacks continue.") == []


def test_dated_letter_or_memo_is_an_announcement():
    assert _events("Twelve senators sent a joint letter to the defense secretary on Tuesday "
                   "demanding answers.") == [("2026-05-19", "announcement")]
    assert _events("The directive, dated March 3 and signed by the deputy secretary, orders "
                   "the cuts.") == [("2026-03-03", "announcement")]


def test_undated_letter_is_no_event():
    assert _events("A letter sent to the ministry was never answered.") == []
