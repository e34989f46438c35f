"""Sourcing in record headers, the passive, dated statements and stated tolls: who a written
answer or a testimony is by, a body that confirmed or corrected something "by" it, a body's
statements or posts of a day, a figure a body "put at", a day opening the sentence before the
body, a standing assessment in the perfect, a first account revised later, the thing a body
"called" by a quoted name; a place, "nobody" and an office an adviser serves are no sources.
Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-03-02", heading="Regional report")


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in DRAFTS.sources(text)}


def test_a_written_answer_is_sourced_to_the_minister_it_is_answered_by():
    text = ("Personnel at the depot number about 60.\n\n"
            "Answered by: Harriet Mossley\nMinister for Defence Procurement\n")
    assert _kinds(text) == {"Answered by: Harriet Mossley": ("named official", 1)}


def test_a_statement_of_a_named_commander_heads_a_testimony():
    text = ("Statement of\n\nAdmiral Rowan P. Castell, U.S. Navy\n\nCommander, Fleet Forces\n\n"
            "The fleet faces a growing threat from drones.")
    kinds = _kinds(text)
    assert [k for k in kinds if "Rowan P. Castell" in k] and \
        all(kind == "named official" for kind, _ in kinds.values())


def test_a_body_that_corrected_or_confirmed_in_the_passive_is_the_source():
    text = "Early reports of a wounded driver were later corrected by the provincial authorities."
    assert _kinds(text) == {"later corrected by the provincial authorities": ("spokesperson", 1)}
    assert _kinds("The claim was denied by Hamas on Sunday.") == {
        "denied by Hamas": ("spokesperson", 1)}
    assert _kinds("The village was captured by the rebels on Sunday.") == {}


def test_a_bodys_statements_or_posts_of_a_day_are_its_sourcing():
    text = "The toll rose overnight; Army Media Office posts on Sunday did not name the unit."
    assert _kinds(text) == {"Army Media Office posts on Sunday": ("spokesperson", 1)}


def test_a_bodys_dated_statement_counts_the_body_once():
    text = ("Two rockets fell short, and CENTCOM's statement on Tuesday says none hit the base. "
            "The militia said four. CENTCOM says two.")
    kinds = _kinds(text)
    assert kinds["CENTCOM's statement on Tuesday"] == ("spokesperson", 1)
    assert "CENTCOM says" not in kinds


def test_a_figure_a_body_put_at_a_number_is_its_sourcing():
    text = ("The port authority first reported one worker hurt; the Ministry of Health later "
            "put the figure at four.")
    assert _kinds(text)["the Ministry of Health later put the figure at"] == ("spokesperson", 1)


def test_a_day_opening_the_sentence_without_a_comma_is_not_part_of_the_body():
    text = "On Thursday the Foreign Office said it was seeking consular access."
    assert _kinds(text) == {"the Foreign Office said": ("spokesperson", 1)}


def test_a_standing_assessment_in_the_perfect_is_a_document():
    assert _kinds("The ministry has assessed that the rockets came from the south.") == {
        "The ministry has assessed": ("document", 1)}
    assert _kinds("The ministry assessed that the rockets came from the south.") == {
        "The ministry assessed": ("spokesperson", 1)}


def test_a_bodys_first_account_revised_later_is_a_claim_of_its_own():
    text = ("The Northern Command said a convoy was hit near the bridge. Weeks later a depot "
            "burned; the Northern Command initially reported two soldiers hurt.")
    assert list(_kinds(text).values()) == [("spokesperson", 1), ("spokesperson", 1)]


def test_what_a_body_called_by_a_quoted_name_is_part_of_its_sourcing():
    text = 'The Iraqi government called the raid a "crime against the state".'
    assert _kinds(text) == {"The Iraqi government called the raid": ("spokesperson", 1)}


def test_a_claim_of_it_or_of_a_days_attack_on_a_channel_is_the_groups_sourcing():
    text = "A little-known group claimed it on Telegram within the hour."
    assert _kinds(text) == {"claimed it on Telegram": ("spokesperson", 1)}
    text = "A new faction claimed Tuesday's attack on Telegram."
    assert _kinds(text) == {"claimed Tuesday's attack on Telegram": ("spokesperson", 1)}


def test_a_place_a_ship_lay_off_is_not_a_source():
    assert _kinds("A bulk carrier at anchor off Ras Tanura reported a drone overhead.") == {}


def test_nobody_claiming_is_not_a_source():
    assert _kinds("Nobody has claimed the attack on the convoy.") == {}


def test_an_office_an_adviser_serves_does_not_speak():
    assert _kinds("An adviser to the Iraqi prime minister said the talks would resume.") == {}


def test_a_bodys_own_statement_speaking_is_the_bodys_sourcing():
    assert _kinds("A Navy statement said two sailors were treated.") == {
        "A Navy statement said": ("spokesperson", 1)}
    assert _kinds("The militia's first statement, on Sunday night, said nobody was hurt.") == {
        "The militia's first statement, on Sunday night, said": ("spokesperson", 1)}
    assert _kinds("The statement said two sailors were treated.") == {}


def test_a_bodys_statement_after_it_spoke_is_the_same_source_unless_a_later_one():
    said = "The army said in a statement that two were hurt. "
    assert list(_kinds(said + "The army's statement said the base was intact.")) == [
        "The army said in a statement"]
    assert list(_kinds(said + "The army's second statement said three.")) == [
        "The army said in a statement", "The army's second statement said"]
