"""A company's alert e-mail: its greeting to the group ("Colleagues,"), its "Actions: ..."
line telling staff what to do, and its signature (the desk's name and international number)
are furniture; the update's reporting is not. An "Actions:" label outside a mailed alert, or
one that reports a toll, is left alone. Every line is written here."""

from tests.ingest.furniture import rules_over

from briefdeck.ingest.boilerplate import classify

REPORT = (
    "The army said two rockets landed in open ground east of the river crossing shortly after "
    "midnight, and a shepherd was lightly hurt by debris, a local official told our adviser."
)
SECOND = (
    "Flights at the regional airport continued through the night with short delays, and the "
    "coast road stayed open, according to the transport ministry."
)


def _alert_mail(
    actions: str, footer: str = "Reply STOP to opt out. Msg & data rates may apply."
) -> str:
    return (
        "#03 | 14/02/2027 23:10 | E-MAIL | UPDATE\n"
        "Subject: [HARWELL UPDATE] Rocket fire near the crossing\n"
        "Colleagues,\n"
        f"{REPORT}\n"
        f"{SECOND}\n"
        f"{actions}\n"
        "Harwell Country Security | +30 21 0000 0000 (24/7)\n"
        f"{footer}\n"
    )


ACTIONS = "Actions: no travel east of the crossing; site office shut tomorrow; drivers on call."


def test_an_alert_mails_greeting_actions_and_signature_are_furniture():
    text = _alert_mail(ACTIONS)
    assert rules_over(text, "Colleagues,") == ["greeting"]
    assert rules_over(text, ACTIONS) == ["security advice"]
    assert rules_over(text, "Harwell Country Security | +30 21 0000 0000 (24/7)") == ["signature"]
    assert rules_over(text, REPORT) == []
    assert rules_over(text, SECOND) == []


def test_a_group_greeting_alone_on_its_line_is_furniture_in_any_message():
    for greeting in ("Dear colleagues,", "All,", "Hi team,", "Dear all:"):
        text = f"{greeting}\n\n{REPORT}\n\n{SECOND}\n"
        assert rules_over(text, greeting) == ["greeting"], greeting


def test_a_sentence_opening_with_a_group_word_is_no_greeting():
    line = "All staff were moved to the shelter, the embassy said."
    assert rules_over(f"{line}\n\n{REPORT}\n", line) == []


def test_an_actions_line_that_reports_a_toll_stays_content():
    line = "Actions: two guards wounded at the gate were taken to hospital."
    text = _alert_mail(line)
    assert rules_over(text, line) == []


def test_an_actions_label_outside_a_mailed_alert_stays_content():
    line = "Actions: the battalion cleared the road and reopened the checkpoint by dawn."
    text = f"{REPORT}\n\n{line}\n\n{SECOND}\n"
    assert rules_over(text, line) == []


def test_a_bare_actions_heading_takes_the_instructions_under_it():
    text = _alert_mail("Actions:\n- Avoid the coast road.\n- Stay at home tomorrow morning.")
    assert rules_over(text, "Actions:") == ["security advice"]
    assert rules_over(text, "- Avoid the coast road.") == ["security advice"]


def test_a_name_and_phone_inside_a_sentence_is_no_signature():
    line = "The ministry opened a hotline, +30 21 0000 0000, for families of the wounded."
    assert rules_over(f"{REPORT}\n\n{line}\n", line) == []


def test_hostile_lines_do_not_hang_the_new_rules():
    long = "Actions: " + "no travel, " * 3000 + "\n" + "A" * 50_000 + " | +1 " + "1 " * 5000
    assert isinstance(classify(long + "\nColleagues,\n" + REPORT), list)
