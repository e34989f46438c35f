"""Bodies named by patterns a reader knows: a task force in staff capitals, families or doctors
organised for a cause, a broker's or a bank's desk; and a clause's opening word is no part of
a name. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-03-02", heading="Regional report")


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in DRAFTS.facts(text).organizations}


def test_a_task_force_in_staff_capitals_is_named_in_full():
    orgs = _orgs("Four rocket attacks were recorded against TF HARBINGER this week. "
                 "TF S3 assesses more are likely.")
    assert orgs.get("Task Force Harbinger") == ["TF HARBINGER"]
    assert not any("S3" in name for name in orgs)


def test_tf_as_the_subject_of_a_report_in_capitals_names_no_task_force():
    orgs = _orgs("TF IRONGATE SITREP. TF ALSO REPORTED TWO ROCKETS NEAR THE FUEL POINT. "
                 "TF WILL CONTINUE FORCE PROTECTION MEASURES THROUGH THE WEEK.")
    assert "Task Force Irongate" in orgs
    assert "Task Force Also" not in orgs and "Task Force Will" not in orgs


def test_a_group_of_families_for_a_cause_is_an_organization():
    orgs = _orgs("The letter was signed by 40 members of Parents for Safer Bases, who met "
                 "with officials on Monday.")
    assert "Parents for Safer Bases" in orgs


def test_a_groups_letterhead_in_capitals_is_an_organization():
    text = ("VETERANS AGAINST FORGOTTEN OUTPOSTS\n\nMarch 1, 2026\n\n"
            "We write to ask for better air defenses at the outposts in Syria.\n")
    assert "Veterans Against Forgotten Outposts" in _orgs(text)


def test_veterans_of_a_place_are_no_group_name():
    assert not any(n.startswith("Veterans") for n in _orgs(
        "Veterans of Iraq said on Monday the outposts lacked air defenses."))


def test_a_brokers_and_a_banks_desk_name_the_firm():
    orgs = _orgs("Premiums doubled, said Ana Ruiz, a war-risk broker at Keelhaul Marine in "
                 "London. Piet Vos, head of commodities strategy at Ostmark Bank, said the "
                 "rally could fade.")
    assert "Keelhaul Marine" in orgs
    assert "Ostmark Bank" in orgs


def test_a_clauses_opening_word_is_no_part_of_a_bodys_name():
    orgs = _orgs("Mr. Lund: Since the Council last met, three drones have struck the base.")
    assert "Since the Council" not in orgs
