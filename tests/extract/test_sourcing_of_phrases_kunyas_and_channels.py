"""Sourcing rules found on a fifth round of unseen reporting: bodies named with an "of" phrase,
statements and posts on a body's own channel or account, acronyms the text defines, kunyas,
titles written as noun phrases before a name, roles set after a name, and commentators who
"claim". Sentences are our own."""

from __future__ import annotations

from briefdeck.extract.acronyms import defined_acronyms

from .drafting import Drafts

PUBLISHED = "2025-06-02"


DRAFTS = Drafts(PUBLISHED)
_draft = DRAFTS.facts
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources


# ------------------------------------------------------------------ people


def test_a_body_after_a_rank_word_is_no_person():
    people = _people(
        "The General Command of the National Guard said two soldiers were hurt. They were "
        "taken to Al-Nour General Hospital in the city, the command said.\n")
    assert "Command" not in people and "Hospital" not in people


def test_a_kunya_with_a_family_name_is_a_person_and_a_town_is_not():
    people = _people(
        "The source said the dead man was a senior commander known as Abu Harith al-Janabi. "
        "A year earlier a strike near Abu Kamal killed one of the group's leaders, "
        "Abu Ali al-Rubaie.\n")
    assert people.get("Abu Harith al-Janabi") == "a senior commander"
    assert "one of the group's leaders" in people.get("Abu Ali al-Rubaie", "")
    assert not any(name.startswith("Abu Kamal") for name in people)


def test_an_office_named_before_a_head_title_makes_a_named_official():
    text = ("Kherson Regional Military Administration Head Petro Sydorenko said three "
            "houses burned overnight.\n")
    assert "Administration Head" in _people(text).get("Petro Sydorenko", "")
    assert any(kind == "named official" and "Administration Head Petro Sydorenko" in words
               for kind, _, words in _sources(text))


def test_a_head_or_chief_title_needs_the_office_before_it():
    people = _people("Police Chief Marta Kolar said the road was closed. Officers said Head "
                     "Office staff had left.\n")
    assert people.get("Marta Kolar") == "Police Chief"
    assert not any("Office" in name for name in people)


def test_a_retired_officer_described_in_lower_case_speaks_as_an_analyst():
    text = ("Defence analyst and retired brigadier general Omar Haddadin told the paper the "
            "raids would go on.\n")
    assert "Omar Haddadin" in _people(text)
    assert any(kind == "other" and "retired brigadier general Omar Haddadin" in words
               for kind, _, words in _sources(text))


def test_a_role_after_a_titled_name_is_part_of_the_title_and_the_sourcing():
    text = ("The depot will close in May, said Maj. Lena Fisk, a Marine Corps "
            "spokesperson.\n")
    assert "spokesperson" in _people(text)["Lena Fisk"]
    assert ("named official", 1, "said Maj. Lena Fisk, a Marine Corps spokesperson") in \
        _sources(text)


def test_a_role_after_a_named_analyst_is_part_of_the_sourcing():
    text = ("The backlog will take years to clear, said Ruth Amsel, a senior fellow in the "
            "logistics programme at the Baltic Policy Institute.\n")
    assert any(kind == "other" and words.endswith("at the Baltic Policy Institute")
               for kind, _, words in _sources(text))


def test_a_role_with_its_article_before_a_name_is_part_of_the_sourcing():
    sources = _sources("The Iraqi interior ministry spokesman, Ahmed Salih, said the border "
                       "crossing would reopen.\n")
    assert any(kind == "named official" and
               words.startswith("The Iraqi interior ministry spokesman, Ahmed Salih")
               for kind, _, words in sources)


# ------------------------------------------------------------------ quotes


def test_a_body_named_with_an_of_phrase_speaks_under_its_full_name_later_too():
    speakers = _speakers(
        "The General Command of the National Guard said its units had repelled \"a large "
        "group of infiltrators\" at dawn.\n\n"
        "The General Command said the force \"will answer any attack with force\".\n")
    assert set(speakers.values()) == {"General Command of the National Guard"}


def test_the_statement_read_is_the_body_that_issued_it():
    text = ("The Northern Alliance Council, a coalition of tribal militias, confirmed the "
            "deaths in a statement on its Telegram channel. “Our fighters will not be "
            "forgotten,” the statement read.\n")
    assert _speakers(text) == {"Our fighters will no": "Northern Alliance Council"}
    assert any(kind == "spokesperson" and words.endswith("on its Telegram channel")
               for kind, _, words in _sources(text))


def test_the_post_said_is_whoever_posted_it():
    speakers = _speakers(
        "U.S. European Command said in a post on X on Friday that two aircraft had landed "
        "safely. \"We remain ready to defend our allies,\" the post said.\n")
    assert speakers == {"We remain ready to d": "U.S. European Command"}


def test_an_official_account_speaks_for_the_body_that_runs_it():
    text = ("In a post on X on Monday, the Coast Guard Command's official account shared a "
            "photograph of the crew with the words: \"Our sailors stand the watch.\"\n")
    assert _speakers(text) == {"Our sailors stand th": "Coast Guard Command"}
    assert any(kind == "spokesperson" and "official account" in words
               for kind, _, words in _sources(text))


def test_an_acronym_the_text_defines_is_written_out_for_its_speaker():
    speakers = _speakers(
        "The Border Security Directorate (BSD) said the drone fell in a field. \"No one was "
        "hurt in the incident,\" the BSD said.\n")
    assert speakers == {"No one was hurt in t": "Border Security Directorate (BSD)"}


def test_defined_acronyms_need_matching_initials():
    found = defined_acronyms("the Western Air Command (WAC) said; a photo (AFP) of the "
                             "Ministry of Defence (MoD).")
    assert found == {"WAC": "Western Air Command", "MoD": "Ministry of Defence"}


def test_counted_unnamed_sources_keep_their_noun():
    speakers = _speakers("Three European diplomats said the talks had \"stalled badly\" "
                         "by Thursday.\n")
    assert speakers == {"stalled badly": "Three European diplomats"}


def test_a_body_that_reported_a_one_word_fragment_is_its_speaker():
    speakers = _speakers("The Moldovan Air Force reported that 12 drones were "
                         "\"neutralised\" overnight.\n")
    assert speakers == {"neutralised": "Moldovan Air Force"}


def test_a_footnote_mark_after_a_quote_ends_its_sentence():
    speakers = _speakers(
        "Regional Governor Ivan Kovalenko said the bridge was hit twice.[3] Kovalenko wrote "
        "on Telegram: \"The bridge is gone. Use the ferry.\"[4] Local authorities reported "
        "power cuts in two districts.[5]\n")
    assert speakers == {"The bridge is gone. ": "Ivan Kovalenko"}


def test_a_relative_clause_after_the_subject_does_not_speak():
    speakers = _speakers(
        "The Gulf Shipping Watch Centre (GSWC) agency, which is run by the navy, said in an "
        "advisory that the ship had been \"hit by a small boat\" at night.\n")
    assert speakers == {"hit by a small boat": "Gulf Shipping Watch Centre (GSWC)"}


def test_a_quoted_term_the_text_explains_is_no_quote():
    assert _speakers("Most of the drones were \"technically suppressed,\" a term the army "
                     "uses for jamming.\n") == {}


# ------------------------------------------------------------------ attributions


def test_a_body_that_does_something_in_a_which_clause_speaks_in_its_notice():
    sources = _sources("The Export Licensing Agency, which reviews such sales, said in its "
                       "notice that the radars would be delivered in 2027.\n")
    assert any(kind == "spokesperson" and words.endswith("said in its notice")
               for kind, _, words in sources)


def test_figures_an_institution_gives_out_are_a_document():
    assert ("document", 1, "according to Army figures") in _sources(
        "Some 40 launchers were lost, according to Army figures.\n")
    assert ("document", 1, "according to figures released by the ministry") in _sources(
        "Nine ports were shut, according to figures released by the ministry.\n")
    assert ("document", None, "according to shipping data") in _sources(
        "Traffic fell by half, according to shipping data.\n")


def test_bloggers_and_brokers_are_other_sources_with_their_count():
    sources = _sources(
        "Russian war bloggers claimed that the village had fallen. A pro-government blogger "
        "claimed on Monday that the bridge was cut. Two marine insurers said premiums had "
        "tripled.\n")
    assert ("other", None, "Russian war bloggers claimed") in sources
    assert ("other", 1, "A pro-government blogger claimed on Monday") in sources
    assert ("other", 2, "Two marine insurers said") in sources


def test_an_unnamed_commander_serving_somewhere_is_an_anonymous_official():
    sources = _sources("A battalion commander serving near the river told the radio station "
                       "that the crossing was under fire.\n")
    assert ("anonymous official", 1,
            "A battalion commander serving near the river told") in sources


def test_an_unnamed_official_with_a_who_clause_then_a_comma():
    sources = _sources("A port official who asked not to be named because he had no clearance "
                       "to brief reporters, confirmed the figure.\n")
    assert ("anonymous official", 1, "A port official who asked not to be named because he "
            "had no clearance to brief reporters, confirmed") in sources


def test_the_wing_of_a_movement_speaks_on_its_telegram_channel():
    sources = _sources("The military wing of the Free Valley Movement, the Valley Brigades, "
                       "said on its Telegram channel that it had fired the mortars.\n")
    assert any(kind == "spokesperson" and words.endswith("said on its Telegram channel")
               for kind, _, words in sources)


def test_a_claim_with_its_object_before_in_a_statement():
    sources = _sources("The Sahel Front, an armed group active in the border region, claimed "
                       "responsibility for the ambush in a statement.\n")
    assert any(kind == "spokesperson" and
               words.endswith("claimed responsibility for the ambush in a statement")
               for kind, _, words in sources)


def test_a_person_who_speaks_only_as_she_is_a_source():
    sources = _sources("In Ashkelon, Miriam Tal, 61, swept glass from her kitchen floor. The "
                       "blast had shattered every window in the street, she said.\n")
    assert ("other", 1, "Miriam Tal") in sources


def test_a_disclosure_and_a_new_assessment_are_sourcings():
    sources = _sources(
        "The Pentagon disclosed the number of troops on Tuesday. Two strikes hit the camp, "
        "according to U.S. Africa Command. The command assessed that no civilians were "
        "hurt.\n")
    words = [w for _, _, w in sources]
    assert "The Pentagon disclosed" in words
    assert "The command assessed" in words


def test_a_general_staff_speaks_and_is_named_in_full_by_its_short_form():
    text = ("The General Staff of the Armed Forces of Moldova said 12 drones crossed the "
            "border.\n\nLater, \"all of them were shot down,\" the General Staff said.\n")
    assert ("spokesperson", 1, "The General Staff of the Armed Forces of Moldova said") in \
        _sources(text)
    assert _speakers(text) == {"all of them were sho": "General Staff of the Armed Forces of "
                                                        "Moldova"}


def test_a_capitalised_former_official_speaks_as_an_analyst():
    text = "Former Pentagon official Jane Marlow said the plan was risky.\n"
    assert _people(text)["Jane Marlow"] == "Former Pentagon official"
    assert ("other", 1, "Former Pentagon official Jane Marlow said") in _sources(text)


def test_the_head_of_a_mission_is_an_official():
    sources = _sources("The head of the UN mission, Rosa Vandel, told the council that the "
                       "truce held.\n")
    assert any(kind == "named official" and "Rosa Vandel" in words for kind, _, words in sources)


def test_a_monitor_named_by_its_acronym_stays_a_monitor():
    sources = _sources("At least nine were killed, according to the Kivu Conflict Observatory "
                       "(KCO). The KCO said the toll would rise.\n")
    assert ("other", 1, "The KCO said") in sources


def test_a_named_blogger_or_observer_is_another_source():
    text = ("Prominent Russian milblogger Ilya Varkov claimed that the bridgehead had fallen. "
            "Ukrainian military observer Oksana Lind stated that the front held.\n")
    assert _people(text)["Ilya Varkov"] == "Prominent Russian milblogger"
    sources = _sources(text)
    assert ("other", 1, "Prominent Russian milblogger Ilya Varkov claimed") in sources
    assert ("other", 1, "Ukrainian military observer Oksana Lind stated") in sources


def test_a_blogger_affiliated_with_a_ministry_is_still_a_blogger():
    assert ("other", 1, "A Russian milblogger affiliated with the defence ministry claimed") in \
        _sources("A Russian milblogger affiliated with the defence ministry claimed that the "
                 "town was taken.\n")
