"""Speakers and sourcing written in ways a fourteenth round of unseen reporting showed: an
abbreviation with full stops inside an unnamed speaker, an Arab officer's branch written
between the grade and the name, translated speech verbs, a clause of its own after "but",
posts clipped under their author in a media summary, an outlet that quotes someone "as
saying", a source that declines to comment, a list of sources after "citing", a body's own
running count, a numbered headline, "the agency" after a news agency, and a source relayed by
another. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-01-21", heading="Regional report")
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


# ------------------------------------------------------------------ quotes


def test_dots_of_an_abbreviation_stay_in_a_speaker_named_after_said():
    text = ("Two rockets fell near the runway overnight. \"Nobody was on the apron,\" said a "
            "U.K. official briefed on the damage, who asked not to be named.")
    assert _speakers(text)["Nobody was on the ap"].endswith("U.K. official")
    text = "The talks broke down. \"We are still far apart,\" said a U.N. envoy."
    assert _speakers(text)["We are still far apa"] == "U.N. envoy"


def test_an_officers_branch_after_the_grade_is_no_part_of_the_name():
    text = ("The wing commander of the base, Staff Brig. Gen. Pilot Samir Khalid al-Obeidi, "
            "told reporters that the new jets \"will fly patrols from next week\".")
    people = _people(text)
    assert "Samir Khalid al-Obeidi" in people
    assert not any(name.startswith("Pilot") for name in people)
    assert _speakers(text)["will fly patrols fro"] == "Samir Khalid al-Obeidi"


def test_a_translated_speech_verb_names_the_speaker():
    text = ("Brig. Gen. Hadi Salem al-Rubaie inspected the crossing on Monday. Al-Rubaie pointed "
            "out that the border guards \"now hold every watchtower on the line\".")
    assert _speakers(text)["now hold every watch"] == "Hadi Salem al-Rubaie"


def test_a_clause_after_but_has_its_own_subject():
    text = ("It was unclear whether Defense Secretary Lloyd Marsh had approved the move, but "
            "three of the officials said a decision was due \"before the summer.\"")
    assert _speakers(text)["before the summer."] != "Lloyd Marsh"


def test_a_post_clipped_under_its_author_is_theirs_and_sources_them():
    text = ("Social media\n\nFrench Embassy Amman (X, 4 May, 10:15): \"France stands with "
            "Jordan after last night's attack.\"\n\nA Telegram channel close to the Houthis "
            "(4 May): \"More will follow in the coming days.\"")
    speakers = _speakers(text)
    assert speakers["France stands with J"] == "French Embassy Amman"
    assert "Telegram channel" in speakers["More will follow in "]
    kinds = _kinds(text)
    assert kinds["French Embassy Amman (X, 4 May, 10:15)"] == ("spokesperson", 1)
    assert any(w.startswith("A Telegram channel close to the Houthis") and k == ("spokesperson", 1)
               for w, k in kinds.items())


def test_the_one_an_outlet_quotes_as_saying_is_the_speaker():
    text = ("The Gulf Times said the talks had stalled and quoted a senior Qatari diplomat, "
            "speaking on condition of anonymity, as saying: \"Nobody expects a deal before "
            "the spring.\"")
    assert _speakers(text)["Nobody expects a dea"].endswith("Qatari diplomat")
    kinds = _kinds(text)
    assert ("anonymous official", 1) in kinds.values()


def test_a_spokesperson_who_declines_to_comment_is_cited():
    text = ("The drawdown was first disclosed on Tuesday. A State Department spokesperson "
            "declined to comment on \"internal planning\".")
    assert _speakers(text)["internal planning"].endswith("spokesperson")
    assert _kinds(text)["A State Department spokesperson declined to comment"] == (
        "spokesperson", 1)


def test_an_mp_named_with_the_title_first_is_a_named_official():
    text = ("MP Hassan Karim al-Sudani of the State of Law bloc said the vote was \"a test of "
            "the government\".")
    assert "Hassan Karim al-Sudani" in _people(text)
    assert ("named official", 1) in _kinds(text).values()


# ------------------------------------------------------------------ sourcing


def test_each_source_of_a_list_after_citing_is_counted():
    text = ("The paper reported the plan on Monday, citing three European officials, two "
            "Turkish officials and an internal NATO memo.")
    kinds = _kinds(text)
    assert kinds["two Turkish officials"] == ("anonymous official", 2)
    assert kinds["an internal NATO memo"] == ("document", 1)


def test_an_aside_after_a_source_is_no_list():
    text = ("The shelling lasted an hour, according to Karwan Ali, a spokesman for the "
            "border guards.")
    assert not any(w.startswith("a spokesman for") for w in _kinds(text))


def test_a_bodys_running_count_is_its_own_word():
    text = ("The strike wounded three sailors at first. By Friday the Navy's count had risen "
            "to seven.")
    assert _kinds(text)["the Navy's count had risen"] == ("spokesperson", 1)


def test_a_numbered_headline_with_a_bare_subject_is_no_source():
    text = ("3. Government says border \"fully secured\"\n\nThe interior minister, Ahmed Zaki, "
            "told reporters on Sunday that the border was closed to traffic.")
    assert not any(w.startswith("Government says") for w in _kinds(text))


def test_the_agency_after_a_news_agency_is_the_outlet_again():
    text = ("Anatolia News Agency, 20 January 2027\n\nA local official told Anatolia that two "
            "shells hit the village. The agency also reported that a school was closed.")
    assert _kinds(text)["The agency also reported"] == ("other outlet", 1)


def test_a_source_relayed_by_another_is_not_counted_again():
    text = ("Two of the diplomats said commanders had warned against an early pullout from "
            "the valley.")
    assert not any(w.startswith("commanders") for w in _kinds(text))
