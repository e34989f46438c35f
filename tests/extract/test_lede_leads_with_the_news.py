"""The BLUF leads with the news, not a label, a verbless headline, a résumé answer or the
writer's scene; a plan told by unnamed officials keeps their word; the outlook carries open
asks and pending decisions, not a recovery a later update has overtaken."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_filters import has_verb, unlabelled
from briefdeck.ingest.article import Article


def _narrative(text: str, headline: str = "", published: str = "2026-11-20"):
    return draft_briefing(Article(text=text, headline=headline), published=published).narrative


def test_labels_and_portion_marks_are_not_part_of_the_lede():
    assert unlabelled("(C) SUMMARY: Rockets hit the depot.") == "Rockets hit the depot."
    assert unlabelled("Summary of the event: two were hurt.") == "two were hurt."
    assert unlabelled("Answer: The threat is growing.") == "The threat is growing."
    assert unlabelled("Colonel Hart: we held.") == "Colonel Hart: we held."
    text = ("Summary of the event: since the blast late on Sunday night, two guards have died "
            "and medics have treated 14 people hurt by the debris at the Harlow depot.\n\n"
            "More details will follow.\n")
    bluf = _narrative(text).bluf
    assert bluf.startswith("Since the blast late on Sunday night, two guards have died")


def test_a_headline_without_a_verb_gives_way_to_a_lede_of_news():
    assert not has_verb("72 hours on the Euphrates")
    assert not has_verb("Fewer boots, bigger bills")
    assert has_verb("Militia rockets hit Harlow depot")
    assert has_verb("U.S. quietly pulls air defenses from the north")
    text = ("Late on Friday, four rockets struck the Harlow logistics depot in the northern "
            "desert, wounding three contractors, according to the garrison command.\n\n"
            "Two more fell short in open ground.\n")
    bluf = _narrative(text, headline="Three nights in the northern desert").bluf
    assert "four rockets struck the Harlow logistics depot" in bluf
    assert not bluf.startswith("Three nights")


def test_a_how_dek_tells_its_news_without_how():
    text = ("How a rocket that slipped past the radar at a desert depot led to strikes on "
            "four militia sites\n\nDec. 1, 2026\n\n"
            "Late on Friday, four rockets struck the Harlow logistics depot in the northern "
            "desert, wounding three contractors.\n")
    bluf = _narrative(text, headline="Three nights in the northern desert").bluf
    assert bluf.startswith("A rocket that slipped past the radar at a desert depot led to "
                           "strikes on four militia sites")


def test_a_nominees_job_description_is_not_the_news():
    text = ("Advance Policy Questions for Jane Roe\n\n"
            "Duties\n\n1.\n\n"
            "What is your understanding of the duties of the Assistant Secretary?\n\n"
            "Answer: The Assistant Secretary is the principal adviser to the Secretary on "
            "security policy for the northern region and its partners.\n\n"
            "Threats\n\n2.\n\n"
            "Allied forces in the northern region have come under repeated rocket attack "
            "since the start of the autumn.\n\n"
            "What is your assessment of the threat?\n\n"
            "Answer: The threat is serious.\n")
    bluf = _narrative(text, headline="Advance Policy Questions for Jane Roe").bluf
    assert "principal adviser" not in bluf
    assert bluf.startswith("Allied forces in the northern region have come under repeated")


def test_the_writers_own_scene_gives_way_to_the_news():
    text = ("The smoke over the Harlow depot was still rising when the first pictures reached "
            "us on Thursday morning.\n\n"
            "The depot was hit late on Wednesday by four rockets fired from the hills to the "
            "east, the garrison command said.\n\n"
            "Three contractors were wounded.\n")
    bluf = _narrative(text).bluf
    assert "reached us" not in bluf
    assert bluf.startswith("The depot was hit late on Wednesday by four rockets")


def test_a_plan_from_unnamed_officials_keeps_their_word():
    text = ("Northland to pull troops out of the Harlow depot\n\n"
            "Northland will remove its troops from the Harlow depot and the Marsh airfield "
            "near the eastern border by the spring.\n\n"
            "The Northland army is planning to move hundreds of troops out of the region, "
            "according to three Northland defense officials.\n\n"
            "The airfield will be handed to the local guard.\n")
    bluf = _narrative(text, headline="Northland to pull troops out of the Harlow depot").bluf
    assert "according to three Northland defense officials" in bluf.split(".")[0]


def test_a_named_sayer_tail_is_still_cut_from_a_lede():
    text = ("Northland moved a radar battery to the Harlow depot on Tuesday after a week of "
            "rocket fire on the site, Colonel Ana Varga said.\n\n"
            "The battery arrived by road from the south.\n")
    bluf = _narrative(text).bluf
    assert "Varga" not in bluf


def test_an_open_ask_and_a_pending_decision_lead_the_outlook():
    text = ("Rockets struck the Harlow depot late on Monday, wounding three contractors, the "
            "garrison command said.\n\n"
            "The depot's radar could not see the rockets because of the hills to the east, "
            "officers told reporters at the site.\n\n"
            "The Northland government has asked its allies for a second radar battery and "
            "for faster delivery of interceptors.\n\n"
            "Two officials said the ministry is weighing strikes on launch sites in the "
            "hills, but no decision has been taken.\n")
    out = _narrative(text).outlook
    assert "has asked its allies for a second radar battery" in out
    assert "weighing strikes" in out


def test_a_recovery_overtaken_by_a_late_update_is_no_outlook():
    text = ("Rockets struck the Harlow depot late on Monday and wounded three contractors, "
            "the garrison command said.\n\n"
            "Officials here say the contractors are expected to return to duty within days.\n\n"
            "A late update: the command now says four contractors were hurt, not three, and "
            "one has been flown abroad for treatment.\n")
    out = _narrative(text).outlook
    assert "return to duty" not in out
