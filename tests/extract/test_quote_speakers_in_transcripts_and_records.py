"""Speakers of briefing turns labelled in sentence case, statements set out under a line that
says whose they are, typeset ``quotes'', posts pasted with their handle, and the speaker found
past a label, an address to the chair, a time aside, a contraction or a sentence adverb."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Briefing notes")


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in DRAFTS.facts(text).quotes]


def test_sentence_case_turns_go_to_the_spokesperson_named_at_the_top():
    quotes = _quotes(
        "Transcript of the daily briefing by Marta Quillon, Spokesperson for the Agency.\n\n"
        "Spokesperson: Hanna, please.\n\n"
        "Question: Has the agency heard from the port authority about the fire?\n\n"
        "Spokesperson: We have been in contact with them since early this morning and expect "
        "a fuller account later today.\n\n"
        "Question: Will staff be moved out?\n\n"
        "Spokesperson: No decision has been taken on moving anyone at this stage.")
    said = {text[:20]: who for who, text in quotes}
    assert said["We have been in cont"] == "Marta Quillon"
    assert said["No decision has been"] == "Marta Quillon"
    assert not any(text.startswith("Hanna") for _, text in quotes)  # handing over
    assert not any(who in ("Question", "") for who, _ in quotes)


def test_role_labels_without_reporters_turns_are_not_a_transcript():
    quotes = _quotes("Spokesperson: the office can be reached at the number below for any "
                     "further details on the schedule.\n\nSecretary: minutes of the last "
                     "meeting are attached for every member to read.")
    assert quotes == []


def test_a_statement_attributable_to_a_spokesperson_speaks_for_the_principal():
    quotes = _quotes("The following statement is attributable to the Spokesperson for the "
                     "High Commissioner:\n\nThe High Commissioner deplores the shelling of the "
                     "camp and calls for an inquiry into the deaths.")
    assert quotes and quotes[0][0] == "High Commissioner"
    assert quotes[0][1].startswith("The High Commissioner deplores")


def test_typeset_double_backtick_quotes_are_read():
    quotes = _quotes("  Mr. NORDQUIST. The general told the committee that ``our crews need "
                     "more rest between rotations,'' and I agree with him.")
    assert quotes and quotes[0][1].startswith("our crews need more rest")


def test_an_address_to_the_chair_is_not_the_speaker():
    quotes = _quotes("  Mr. President, last week a nurse from my state wrote to me: ``Who "
                     "will staff the clinic when the grant runs out?'' I could not tell her.")
    assert quotes and "nurse" in quotes[0][0]
    assert "President" not in quotes[0][0]


def test_a_source_introduced_unnamed_and_named_just_after_is_that_person():
    quotes = _quotes("An aide to the governor said the province had \"warned every district "
                     "in advance\" about the floods. The aide, Karim Haddad, said crews were "
                     "already on the roads.")
    assert quotes and quotes[0][0] == "Karim Haddad"


def test_a_time_set_off_by_commas_is_not_the_speaker():
    quotes = _quotes("The navy's second statement, on Sunday evening, said there was \"no "
                     "damage to the vessel or its cargo\".")
    assert quotes and quotes[0][0].lower().endswith("navy")


def test_a_bodys_own_statement_speaks_for_the_body():
    quotes = _quotes("The brigade's latest statement said its fighters had \"withdrawn to "
                     "prepared positions\" overnight.")
    assert quotes and quotes[0][0].lower().endswith("brigade")


def test_a_contraction_opening_the_clause_names_no_one():
    quotes = _quotes("Spokesperson: We asked both sides to stop. That's why we used the words "
                     "\"all sides\" in the statement this morning.\n\nQuestion: Which sides do "
                     "you mean exactly?\n\nSpokesperson: Every armed party that is active in the "
                     "district today.")
    assert not any(who.startswith("That") for who, _ in quotes)


def test_a_sentence_adverb_does_not_hide_the_subject_of_it():
    quotes = _quotes("The Ministry of Health said two clinics had closed.\n\nSeparately, "
                     "Norway's Ministry of Trade voiced concern over what it described as "
                     "\"an unjustified tariff on fish exports\".")
    assert quotes and quotes[0][0].endswith("Ministry of Trade")


def test_the_ministry_resolves_to_a_ministry_of_x_named_before():
    quotes = _quotes("The Ministry of Energy's press office said the plant was shut.\n\n"
                     "The ministry said engineers would restart it \"once the inspection is "
                     "complete\".")
    assert quotes and quotes[0][0] == "Ministry of Energy"


def test_a_lines_label_before_the_sentence_is_not_the_speaker():
    quotes = _quotes("Army view: In its release of March 3, the brigade said the raid had "
                     "\"met every objective\".")
    assert quotes and quotes[0][0].lower().endswith("brigade")


def test_referred_to_and_published_describing_carry_the_speaker():
    quotes = _quotes("A city hall spokesman referred to \"a regrettable accident\" but gave no "
                     "figures.\n\nThe Hawks Brigade published a notice on its channel for three "
                     "fighters on Friday, describing them as lost \"on the road to the river\".")
    said = {text[:12]: who for who, text in quotes}
    assert "spokesman" in said["a regrettabl"]
    assert said["on the road "] == "Hawks Brigade"


def test_a_pasted_post_card_quotes_the_account_owner():
    quotes = _quotes("Here is how the command put it:\n\nNorthern Fleet Command\n@NorthFleet\n"
                     "At 4 p.m. a patrol boat intercepted a small craft near the harbour "
                     "entrance.\n4:10 PM · May 3, 2026\n\nNo one was hurt.")
    assert quotes and quotes[0][0] == "Northern Fleet Command"
    assert quotes[0][1].startswith("At 4 p.m. a patrol boat")


def test_a_page_that_is_a_thread_of_posts_quotes_no_card():
    quotes = _quotes("Thread\n\nNorthern Fleet Command\n@NorthFleet\nAt 4 p.m. a patrol boat "
                     "intercepted a small craft near the harbour entrance.\n120 Reposts\n\n"
                     "Harbour Police\n@HarbourPolice\nThe harbour road is closed until further "
                     "notice while divers search the water.\n45 Reposts")
    assert quotes == []


def test_an_embedded_post_over_its_signature_line_is_the_signers():
    quotes = _quotes("Lawmakers reacted within the hour.\n\nThree of our sailors were hurt "
                     "tonight in the harbour blast. My thoughts are with their families.\n\n"
                     "— Sen. Mara Ellison (@SenMaraEllison) June 2, 2026\n\nSen. Mara Ellison "
                     "sits on the armed services committee.")
    assert quotes and quotes[0][0] == "Mara Ellison"
    assert quotes[0][1].startswith("Three of our sailors")
