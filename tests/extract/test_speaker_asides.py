"""Speakers and people set off by asides, British titles and bare 'says one'."""

from tests.extract.drafting import article_facts


def _facts(text):
    return article_facts(text, "2025-03-10")


def _quote_speakers(text):
    return [q.speaker for q in _facts(text).quotes]


def _people(text):
    return {p.name for p in _facts(text).people}


def test_anonymity_aside_is_no_speaker():
    text = ('On Friday a Western diplomat, speaking on condition of anonymity, told us that '
            'the talks were "close to collapse" after the shelling.')
    assert _quote_speakers(text) == ["Western diplomat"]


def test_bare_one_speaks_for_the_officials_named_before():
    text = ('Regional officials are uneasy. "Nobody has told us how long the ships stay," '
            'says one.')
    assert _quote_speakers(text) == ["Regional official"]


def test_participle_clause_before_subject_is_not_the_speaker():
    text = ('Senator Mark Olsen spoke first. In the memo, countersigned by Senator Lena Dahl, '
            'Olsen writes: "We expect a full accounting of the losses by spring."')
    assert _quote_speakers(text) == ["Mark Olsen"]


def test_british_titles_and_abbreviated_raf_ranks_name_people():
    text = ('Gp Capt Helen Marsh, who runs the station, said the crews were ready. '
            'Sir Peter Lowe, a member of the defence committee, welcomed the decision. '
            'Congresswoman Ruth Bell (TX-07) wrote to the department.')
    assert {"Helen Marsh", "Peter Lowe", "Ruth Bell"} <= _people(text)


def test_role_before_name_for_a_representative():
    text = 'The Special Representative, Ingrid Solberg, visited the camp on Monday.'
    assert "Ingrid Solberg" in _people(text)


def test_appositive_person_who_agrees_or_notes():
    text = ('Lars Holm, an aviation analyst who has studied the wreckage, agreed with the '
            'finding.')
    assert "Lars Holm" in _people(text)


def test_negatives_stay_quiet():
    # "Sir" needs a full name; a bare participle opening with no name after is left alone;
    # "says one" with no group of officials before finds no invented source.
    assert "Sir" not in " ".join(_people("Sir, the report is on your desk."))
    assert "Several Representative" not in _people("Several Representative offices were closed.")
    speakers = _quote_speakers('The road was closed. "It is quiet now," says one.')
    assert all("official" not in s for s in speakers)
