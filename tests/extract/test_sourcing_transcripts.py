"""Briefing transcripts, casualty notices, explainers and shipping stories: how they name
speakers, titles and sources (speaker labels, reservist ranks, British "Dr", governors, asides
of several parts, analyst firms, a ship's own company). Sentences of our own."""

from __future__ import annotations

from tests.extract.test_sourcing import _draft, _people, _sources, _speakers

# ------------------------------------------------------------------ people


def test_reservist_rank_marker_stays_with_the_title():
    people = _people("Two soldiers died: Master Sergeant (res.) Noam Peretz, 41, and Captain "
                     "(res.) Dana Levi, 29, both from the north.\n")
    assert people.get("Noam Peretz", "").startswith("Master Sergeant (res.)")
    assert people.get("Dana Levi", "").startswith("Captain (res.)")
    assert not any("Class" in name or "res" in name for name in people)


def test_british_doctor_without_a_full_stop_is_a_title():
    people = _people('"The port is quiet," said Dr Selim Haddad, a shipping analyst at the '
                     "Harbour Studies Centre in Leeds.\n")
    assert "Selim Haddad" in people


def test_governor_before_a_name_is_a_title():
    people = _people("Shelling wounded six people overnight, Regional Governor Petro Hnatyuk "
                     "said on Friday.\n")
    assert "Petro Hnatyuk" in people and "Governor" in people["Petro Hnatyuk"]


def test_role_in_an_organization_after_the_name():
    people = _people("The strike killed Samir Haddad, a commander in the Quds Force's western "
                     "branch, the army said.\n")
    assert "Samir Haddad" in people and people["Samir Haddad"].startswith("commander in")


def test_lance_is_a_given_name_after_a_rank():
    people = _people("Army Brig. Gen. Lance Fowler told reporters the base would stay open.\n")
    assert "Lance Fowler" in people


# ------------------------------------------------------------------ quotes


TRANSCRIPT = (
    "Press briefing by Navy spokesperson Capt. Rhea Tolland\n\n"
    "CAPT. RHEA TOLLAND: Good morning. Two drones were shot down over the gulf last night.\n\n"
    "Q: Dana Kim, Tribune. Were any ships damaged?\n\n"
    "CAPT. TOLLAND: No ship was damaged. I will not discuss the escort schedule.\n\n"
    "Q: Was the launch site struck?\n\n"
    "CAPT. TOLLAND: I am not going to speculate on that.\n"
)


def test_transcript_answers_are_quotes_of_the_labelled_speaker():
    speakers = _speakers(TRANSCRIPT)
    assert speakers.get("No ship was damaged.") == "Rhea Tolland"
    assert speakers.get("I am not going to sp") == "Rhea Tolland"
    assert not any(text.startswith(("Dana Kim", "Was the")) for text in speakers)


def test_one_colon_line_is_no_transcript():
    speakers = _speakers("NOTE: figures are provisional. The ministry said two bridges were "
                         "hit.\n")
    assert speakers == {}


def test_transcript_heading_names_the_briefer_as_a_source():
    sources = _sources(TRANSCRIPT)
    assert ("named official", 1) in [(k, c) for k, c, _ in sources]
    assert any("Capt. Rhea Tolland" in text for _, _, text in sources)


def test_he_after_a_chief_of_staff_is_that_chief():
    speakers = _speakers("A militia leader, Omar Said, was killed in the raid. Later the Chief "
                         "of the Defence Staff visited the base. As he told troops there, \"We "
                         "will finish this job.\"\n")
    assert speakers.get("We will finish this ", "").endswith("Staff")


# ------------------------------------------------------------------ attributions


def test_according_to_the_governor_after_naming_him_is_the_named_official():
    sources = _sources("Governor Ivan Moroz said a school was hit. Nine people were hurt, "
                       "according to the governor.\n")
    assert [(k, c) for k, c, _ in sources] == [("named official", 1), ("named official", 1)]


def test_named_official_reported_is_a_source():
    sources = _sources("Drones hit a depot overnight, Kharkiv Governor Oleh Demchenko "
                       "reported.\n")
    assert [(k, c) for k, c, _ in sources] == [("named official", 1)]


def test_aside_of_several_parts_between_name_and_verb():
    sources = _sources("Maj. Ellen Price, commander of 2nd Squadron, 7th Cavalry Regiment, "
                       "said in a statement that the patrol returned.\n")
    assert [(k, c) for k, c, _ in sources] == [("named official", 1)]
    assert "Ellen Price" in sources[0][2]


def test_told_reporters_belongs_to_the_source():
    sources = _sources("Rear Adm. Colin Marsh told reporters the carrier would sail.\n")
    assert sources and sources[0][2].endswith("told reporters")


def test_analyst_firm_speaks_as_other_each_time():
    sources = _sources("The freighter was hit twice, according to risk consultancy firm "
                       "Northway. The crew left the ship, Northway said.\n")
    assert [k for k, _, _ in sources] == ["other", "other"]


def test_ship_company_speaking_is_a_spokesperson():
    sources = _sources("The vessel's Oslo-based operator, Fjordline Carriers, said on Monday "
                       "that the crew was safe. The tanker's owner said it was assessing "
                       "damage.\n")
    assert [k for k, _, _ in sources] == ["spokesperson", "spokesperson"]
    assert sources[0][2].startswith("Fjordline Carriers")


def test_short_label_in_a_noun_slot_is_no_quote():
    speakers = _speakers('The rebels are armed by Tehran, according to two diplomats, and call '
                         'themselves part of a regional "front of defiance" against the West.\n')
    assert not any(text.startswith("front of") for text in speakers)


def test_short_quote_after_a_verb_of_naming_or_in_a_reported_clause_is_kept():
    speakers = _speakers('The minister condemned what she called a "cowardly attack". The '
                         'command added that U.S. jets flew a "defensive sortie" overnight.\n')
    assert any(text.startswith("cowardly attack") for text in speakers)
    assert any(text.startswith("defensive sortie") for text in speakers)


# ------------------------------------------------------------------ organizations


def _orgs(text: str) -> set[str]:
    return {o.name for o in _draft(text).organizations}


def test_single_a_spelling_of_al_shabaab_is_the_group():
    assert "al-Shabaab" in _orgs("Al-Shabab fighters overran a checkpoint near the river.\n")


def test_syrian_national_army_is_a_known_armed_group():
    assert "Syrian National Army" in _orgs("Factions of the Syrian National Army shelled a "
                                           "village near the dam.\n")


def test_live_blog_update_labels_are_no_speakers():
    speakers = _speakers("UPDATE: Sirens sounded again over the port city at noon.\n\n"
                         "BREAKING: Two drones were downed near the airport, the army said.\n\n"
                         "UPDATE: Power has returned to most districts.\n")
    assert not any(who.lower() in ("update", "breaking") for who in speakers.values())
