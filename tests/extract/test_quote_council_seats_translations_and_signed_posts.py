"""Speakers at council meetings (seats, envoys, participle openers), in machine-translated
prose (a title after the name with no comma, admissions), long asides before the
verb, signed posts, statements put out, and the people these name."""

from tests.extract.drafting import article_facts


def _facts(text):
    return article_facts(text, "2025-03-10")


def _quote_speakers(text):
    return [q.speaker for q in _facts(text).quotes]


def _people(text):
    return {p.name for p in _facts(text).people}


def test_special_envoy_title_names_the_person_who_later_speaks_as_she():
    text = ('Opening the session, Deputy Special Envoy Ingrid Halvorsen-Mbeki said that shelling '
            'had hit two clinics near the river.\n\n'
            'She added that aid convoys were stuck. "We cannot reach the wounded, and every day '
            'counts," she said.')
    assert "Ingrid Halvorsen-Mbeki" in _people(text)
    assert _quote_speakers(text) == ["Ingrid Halvorsen-Mbeki"]


def test_country_seat_that_urged_then_said_is_the_speaker():
    text = ('Brazil\'s delegate urged restraint on all sides, and said members should not '
            'accept "selective outrage" over the shelling of towns.')
    assert _quote_speakers(text) == ["Brazil's delegate"]


def test_participle_opener_before_a_described_subject_is_not_the_speaker():
    text = ('Speaking last in the debate, the representative of Lebanon said his country '
            '"will not accept any violation of its borders, by anyone", and asked for calm.')
    assert _quote_speakers(text) == ["representative of Lebanon"]


def test_pm_before_a_surname_names_a_person_but_a_clock_time_does_not():
    assert "Kareem" in _people("Markets fell. PM Kareem ordered an inquiry the same day.")
    assert not _people("Sirens sounded at 4 PM Basra time and again at dawn.")


def test_he_after_a_name_with_a_title_set_without_a_comma_is_the_named_man():
    text = ('In a call with our reporter, Abu Qasim al-Rawi the spokesman of the coordination '
            'committee said: "Our operations go on until the last soldier leaves the country."'
            '\n\nHe added: "We have carried out twelve operations since the start of summer."')
    assert _quote_speakers(text) == ["Abu Qasim al-Rawi", "Abu Qasim al-Rawi"]


def test_an_admission_attributes_the_quote_to_the_one_admitting():
    text = ('Meanwhile the spokesman of the defence ministry at a news conference has '
            'confessed that "three soldiers were lightly hurt" in the barrage.')
    (speaker,) = _quote_speakers(text)
    assert speaker.startswith("spokesman")


def test_quoted_arabic_place_names_are_no_quotes():
    text = ('The group said in a statement that it had struck the "Ain al-Hamra" camp and the '
            '"al-Waleed" crossing with drones.')
    assert _quote_speakers(text) == []


def test_label_does_not_speak_a_quote_after_a_semicolon_clause():
    text = 'Militia: 9 killed in the raid; ministry admits to "one hurt"\n\nMore to follow.'
    assert _quote_speakers(text) == []


def test_long_aside_between_name_and_verb_keeps_the_named_speaker():
    text = ('“The backlog is shrinking, and this order is how we finish the job,” Col. Petra '
            'Lindqvist, program manager for short-range air defence sensors at the Army’s '
            'office for missile and space programs, told the magazine in an interview. '
            '“Every unit wants the radar now.”')
    assert _quote_speakers(text) == ["Petra Lindqvist", "Petra Lindqvist"]


def test_signature_under_a_post_names_its_author():
    text = ('In a post on X, a navy spokesman wrote:\n\n'
            'Our helicopters intercepted three drones over the gulf this morning and no ship '
            'was damaged.\n\n'
            '— Cdr Tomas Reyes (@navy_reyes)\n\n'
            'The shipping lane reopened later.')
    assert _quote_speakers(text) == ["Tomas Reyes"]


def test_group_that_put_out_a_statement_speaks_its_words():
    text = ('The other factions kept silent, and Saraya al-Mukhtar put out a statement '
            '"rejecting any step that would keep foreign troops here".')
    assert _quote_speakers(text) == ["Saraya al-Mukhtar"]


def test_also_known_as_name_is_not_the_speaker():
    text = ('The NDF, also known as Quwat al-Difa, said in a statement that the '
            '"cowardly shelling" hit a checkpoint near the town.')
    assert _quote_speakers(text) == ["NDF"]
