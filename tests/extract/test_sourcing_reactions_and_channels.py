"""Sourcing in shapes an eighteenth round of reporting showed: a ministry that "expressed its"
quoted words, a body that "described" something in quoted words, a group rejecting accusations,
a lawmaker who "criticized", figures a command released, a company named "... Energies", a
channel close to unnamed factions, a tribal figure and a committee member named after their
role, a capital's standing denial in the perfect, a faction "within" a body, and two capitals
announcing together; what a body denied stays in its sourcing. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-01-21", heading="Regional report")
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


def test_a_ministry_expressing_quoted_words_is_a_spokesperson_source():
    text = "Qatar's foreign ministry expressed its \"deep concern\" over the raids."
    assert _kinds(text) == {"Qatar's foreign ministry expressed": ("spokesperson", 1)}
    assert _kinds("Qatar's foreign ministry expressed its concern over the raids.") == {}


def test_a_body_describing_in_quoted_words_is_a_spokesperson_source():
    text = ("In Basra, the Port Security Directorate described the blasts as the work of "
            '"criminal gangs".')
    assert _kinds(text) == {"the Port Security Directorate described": ("spokesperson", 1)}
    assert _kinds("In Basra, the Port Security Directorate described the blasts in detail.") == {}


def test_a_group_rejecting_accusations_speaks_but_a_capital_does_not():
    text = ("Harakat al-Nujaba, one of the factions that has attacked US forces before, rejected "
            "accusations circulated online that tied it to the blast.")
    assert [kind for kind, _ in _kinds(text).values()] == ["spokesperson"]
    assert _kinds("Ankara rejected accusations that it shelled the village.") == {}


def test_a_capitals_standing_denial_in_the_perfect_is_background():
    assert _kinds("Tehran has denied arming the militias.") == {}


def test_a_lawmaker_who_criticized_is_sourced_at_that_first_mention():
    text = ('Ranking Member Sen. Jane Roe (R-Ala.) criticized the plan as too slow. '
            '"It is not enough," Roe said.')
    assert _kinds(text) == {"Sen. Jane Roe (R-Ala.) criticized": ("named official", 1)}


def test_figures_a_command_released_are_the_command_speaking_a_groups_compiled_a_document():
    text = ("The navy has seized 14 boats since January, according to figures the Coast Guard "
            "Command released in March.")
    assert list(_kinds(text).values()) == [("spokesperson", 1)]
    text = "Most were hit at night, according to figures the research group compiled in May."
    assert list(_kinds(text).values()) == [("document", None)]


def test_a_company_named_energies_is_no_person():
    text = ('Northfield Energies said in a statement that the plant had not been hit and that '
            'work was going on "as normal".')
    assert _people(text) == {}
    assert _kinds(text) == {"Northfield Energies said in a statement": ("spokesperson", 1)}


def test_a_channel_close_to_unnamed_factions_is_an_outlet_not_the_group():
    text = ("No group has claimed the attack. A Telegram channel close to Iran-aligned factions "
            "posted a photograph of the wreckage.")
    assert list(_kinds(text).values()) == [("other outlet", 1)]
    text = ("No group has claimed the attack. A Telegram channel close to Kataib Hezbollah "
            "posted a photograph of the wreckage.")
    assert list(_kinds(text).values()) == [("spokesperson", 1)]


def test_a_tribal_figure_named_before_the_role_is_a_person_and_another_source():
    text = ('"The sky lit up," Khalid Munir al-Dulaimi, a local tribal figure, told the '
            'Baghdad Post.')
    assert _people(text) == {"Khalid Munir al-Dulaimi": "a local tribal figure"}
    assert _speakers(text)["The sky lit up"] == "Khalid Munir al-Dulaimi"
    assert [kind for kind, _ in _kinds(text).values()] == ["other"]


def test_a_committee_member_named_after_the_role_speaks_as_himself():
    text = ('A member of the parliamentary Finance Committee, Jassim Kadhim al-Hilali, warned '
            'on Monday that any delay would "cost the budget".')
    assert "Jassim Kadhim al-Hilali" in _people(text)
    assert _speakers(text)["cost the budget"] == "Jassim Kadhim al-Hilali"
    assert [kind for kind, _ in _kinds(text).values()] == ["named official"]


def test_a_faction_within_a_body_is_not_the_body_speaking():
    text = ("Two rockets hit the base, while an armed faction within the Popular Mobilization "
            "Forces (PMF) denied any role in the attack.")
    assert _kinds(text) == {}
    text = "The Popular Mobilization Forces (PMF) denied any role in the attack."
    assert list(_kinds(text).values()) == [("spokesperson", 1)]


def test_two_capitals_announcing_a_joint_policy_is_no_source():
    assert _kinds("In March, Ankara and Baghdad announced that the border crossing would "
                  "reopen.") == {}
    assert list(_kinds("In March, Ankara announced that the border crossing would "
                       "reopen.").values()) == [("spokesperson", 1)]


def test_what_a_body_denied_is_part_of_its_sourcing():
    text = 'Oman’s foreign ministry denied any role, calling the report "false".'
    assert list(_kinds(text)) == ["Oman’s foreign ministry denied any role"]
