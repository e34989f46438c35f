"""Quote speakers from a line's label ('ADF: "..."', after a live entry's time), one more
statement or alert ("A second statement said"), a person referred back to by what they are
("the lawmaker said"), a body's part named with its initials, unnamed sources placed by where
they serve; words that are no speech (a translator's term, a slogan, a statement's numbered
points); and people in a list named together, with hyphenated given names or capitalised
grades. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-04-02", heading="Regional security report")
_speakers = DRAFTS.speakers


def test_a_live_entry_label_before_the_quote_names_its_speaker():
    speakers = _speakers('07:10 | ADF: "About 20 rockets were detected crossing the border. '
                         'Most were shot down."')
    assert speakers["About 20 rockets wer"] == "ADF"


def test_a_label_with_a_paraphrase_before_the_quote_still_speaks():
    speakers = _speakers('08:00 | ADF: jets struck launchers and "militant infrastructure" '
                         'near the border.')
    assert speakers["militant infrastruct"] == "ADF"


def test_a_named_person_labelled_with_an_aside_speaks():
    speakers = _speakers('07:30 | Rescue medic Omar Haddad, at the scene: "We treated two '
                         'people for shock in the lobby."')
    assert speakers["We treated two peopl"] == "Omar Haddad"


def test_a_heading_word_before_a_colon_names_no_one():
    speakers = _speakers('Update: "All roads to the port are open again," police said.')
    assert speakers.get("All roads to the por") == "police"


def test_a_second_statement_speaks_for_the_group_that_issued_the_first():
    speakers = _speakers(
        "The Western Front said in a statement on Monday that it had struck two bases.\n\n"
        'A second statement said the front had also shelled "the depot at Camp Rowan" '
        "overnight.\n\n"
        '"We will fight until the occupiers leave," the statement read.')
    assert speakers["the depot at Camp Ro"] == "Western Front"
    assert speakers["We will fight until "] == "Western Front"


def test_an_unnamed_further_alert_is_no_speaker():
    speakers = _speakers('A second alert was sent at about 7am saying the danger had "passed '
                         'for now" and people could go out.')
    assert speakers.get("passed for now") in ("", None)


def test_the_lawmaker_is_the_person_who_opened_the_sentence_before():
    speakers = _speakers(
        "Defence analyst Jamal Farouqi, a member of the assembly defence committee, rejected "
        'the claims. "These are old lies. Nobody believes them," the lawmaker said.')
    assert speakers["These are old lies. "] == "Jamal Farouqi"


def test_the_lawmaker_is_not_someone_named_in_another_paragraph():
    speakers = _speakers(
        "Defence analyst Jamal Farouqi rejected the claims.\n\n"
        '"These are old lies," the lawmaker said.')
    assert speakers["These are old lies"] != "Jamal Farouqi"


def test_a_bodys_part_after_its_initials_is_written_with_them():
    speakers = _speakers('The Northern Defence Units (NDU) Press Office condemned the raid, '
                         'calling it "a grave breach of the truce".')
    assert speakers["a grave breach of th"] == "NDU Press Office"


def test_sources_placed_by_where_they_serve_keep_the_place():
    speakers = _speakers('Officials at one depot told auditors that they ran "a patchwork of '
                         'tools, not one tool," and kept logs by hand.')
    assert speakers["a patchwork of tools"] == "officials at one depot"


def test_a_term_a_translators_note_gives_in_quotes_is_no_quote():
    speakers = _speakers('[Note: the source uses "qadhaif hawun", a local word for mortar '
                         'rounds.]')
    assert not speakers


def test_a_slogan_in_quotes_is_no_quote():
    speakers = _speakers('Crowds marched in the capital under the slogan "With the coast ... '
                         'we stand firm" on Friday.')
    assert not speakers


def test_numbered_points_after_a_body_affirms_the_following_are_no_quotes():
    speakers = _speakers("The Committee affirms the following:\n\n"
                         "First: The shelling of the airport is an attack on the state and "
                         "its institutions.\n\n"
                         "Second: The government must find and punish those responsible.")
    assert not speakers


def test_every_name_in_a_list_named_as_is_a_person():
    people = DRAFTS.people("The agency named the dead as Dilovan Ehmed Xelîl and Rênas Hesen "
                           "Şêxo.")
    assert {"Dilovan Ehmed Xelîl", "Rênas Hesen Şêxo"} <= set(people)


def test_a_hyphenated_given_name_is_kept_whole():
    people = DRAFTS.people('"The deadline is slipping," said Mohammad-Javad Tehrani, a lecturer '
                           "in politics.")
    assert "Mohammad-Javad Tehrani" in people
    assert "Javad Tehrani" not in people


def test_a_grade_in_capitals_before_a_full_name_is_a_rank():
    people = DRAFTS.people("Force Protection Review\n\nPresenter: MAJ Dana Whitcombe, Cell "
                           "Chief\n\nBriefing date: 3 May 2026")
    assert "Dana Whitcombe" in people


def test_words_set_out_after_with_the_words_are_still_speech():
    speakers = _speakers('A channel close to the Front posted a clip with the words: "The '
                         'convoys will burn."')
    assert "The convoys will bur" in speakers
