"""General extraction rules, each shown on a sentence of our own (no article's wording).

Speakers of press-release quotes, appositions and British ranks; systems, units and companies
recognised by shape rather than from a list; dates tied to a named month; casualties told in
the sentence after the attack; counts, currencies and what is not a count.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.extract.dates import find_dates
from briefdeck.extract.numbers import find_quantities
from briefdeck.ingest.article import Article

PUBLISHED = "2025-02-10"  # a Monday


def _draft(text: str):
    article = Article(text=text, boilerplate=[], headline="Test report", outlet="", byline="",
                      published=PUBLISHED, url="", path="", format="txt", warnings=[])
    return draft_briefing(article, published=PUBLISHED).facts


def _speakers(text: str) -> dict[str, str]:
    return {q.text[:20]: q.speaker for q in _draft(text).quotes}


# ------------------------------------------------------------------ quotes and speakers


def test_quoted_paragraph_after_name_said_colon_is_credited_to_that_name():
    text = (
        "Harbour patrols resume\n\n"
        "Wing Commander Olivia Marsh said:\n\n"
        "\"The crews have flown every night this week and they will keep flying.\"\n"
    )
    assert _speakers(text) == {"The crews have flown": "Olivia Marsh"}


def test_title_name_said_colon_in_the_same_paragraph():
    text = ("Patrols resume\n\nFisheries Minister Tom Haldane said: \"The boats are safe to sail "
            "again from tomorrow morning.\"\n")
    assert _speakers(text) == {"The boats are safe t": "Tom Haldane"}


def test_name_first_apposition_credits_the_person_not_the_firm():
    text = ("Insurers wary\n\nClara Voss, the head of analysis at Tidewater Risk, said premiums "
            "had doubled. \"Owners are simply not sailing,\" she said.\n")
    facts = _draft(text)
    assert [p.name for p in facts.people] == ["Clara Voss"]
    assert _speakers(text) == {"Owners are simply no": "Clara Voss"}


def test_role_first_apposition_with_british_rank_credits_the_officer():
    text = ("Militia claims attack\n\nThe militia's spokesman, Brig Gen Samir Haddad, said two "
            "ships were targeted. \"We will go on,\" he said. \"Nothing has changed for us.\"\n")
    speakers = _speakers(text)
    assert set(speakers.values()) == {"Samir Haddad"}
    assert len(speakers) == 2


@pytest.mark.parametrize("rank", ["Lt Col", "Maj Gen", "Air Vice-Marshal", "Cdr", "Capt",
                                  "Brig Gen", "Group Captain"])
def test_ranks_without_full_stops_name_a_person(rank):
    facts = _draft(f"Exercise ends\n\n{rank} Ruth Ellery said the exercise had gone well.\n")
    assert [(p.name, p.title) for p in facts.people] == [("Ruth Ellery", rank)]


def test_company_followed_by_said_is_not_a_person():
    text = ("Ship hit\n\nHarbourline Shipping, said the crew were safe. Meridian Systems said "
            "its radar worked. Castlegate Group Ltd said nothing.\n")
    assert _draft(text).people == []


def test_outlet_that_was_told_is_neither_speaker_nor_place():
    text = ("Blast heard\n\n\"The windows shook for a full minute,\" a shopkeeper told The "
            "Associated Press by phone.\n")
    facts = _draft(text)
    assert [q.speaker for q in facts.quotes] == ["shopkeeper"]
    assert facts.places == []


def test_scare_quoted_nickname_is_not_a_quote():
    text = ("Base life\n\nSoldiers call the outpost \"the oven\" and its water tower "
            "\"big blue\".\n")
    assert _draft(text).quotes == []


def test_short_quote_that_someone_is_said_to_say_is_kept():
    text = "Talks\n\nThe envoy said the talks had been \"very useful\" and would go on.\n"
    assert [q.text for q in _draft(text).quotes] == ["very useful"]


# ------------------------------------------------------------------ systems


@pytest.mark.parametrize("sentence, name", [
    ("The Harrier Shield air defence system was moved to the airfield.", "Harrier Shield"),
    ("Crews fired CAMM missiles at the drones.", "CAMM"),
    ("Two B-1 bombers flew over the gulf.", "B-1"),
    ("Su-34 jets bombed the town.", "Su-34"),
    ("The Liberian-flagged Northern Pearl was struck near the strait.", "Northern Pearl"),
    ("A missile hit the tanker Amber Coast overnight.", "Amber Coast"),
    ("The destroyer USS Kestrel shot it down.", "USS Kestrel"),
    ("Engineers installed Kestrel radar units.", "Kestrel"),
])
def test_systems_recognised_by_shape(sentence, name):
    names = [s.name for s in _draft(f"Update\n\n{sentence}\n").systems]
    assert name in names


@pytest.mark.parametrize("sentence", [
    "Iranian drones and Russian jets were seen over the border.",
    "Houthi missiles were fired at the coast.",
    "The K-1 air base was hit.",
    "With missiles there is at least a warning.",
    "Four SDF fighters were hurt.",
])
def test_nationalities_and_bases_are_not_system_names(sentence):
    names = [s.name for s in _draft(f"Update\n\n{sentence}\n").systems]
    assert not any(n.split()[0] in ("Iranian", "Russian", "Houthi", "K-1", "With", "SDF")
                   for n in names)


# ------------------------------------------------------------------ organizations


@pytest.mark.parametrize("sentence, name", [
    ("Gunners of the 12th Regiment Royal Artillery arrived.", "12th Regiment Royal Artillery"),
    ("Paratroopers of the 101st Airborne Division landed.", "101st Airborne Division"),
    ("The British Army sent engineers.", "British Army"),
    ("RAF jets flew overhead.", "Royal Air Force"),
    ("The mission is called Operation Granite Bridge.", "Operation Granite Bridge"),
    ("Analysts at Saltmarsh Risk said premiums rose.", "Saltmarsh Risk"),
    ("Tenbury Shipping Ltd said the crew were safe.", "Tenbury Shipping Ltd"),
    ("The Kurdish Observatory for Civil Rights counted the dead.",
     "Kurdish Observatory for Civil Rights"),
    ("The Office for Refugee Relief asked for aid.", "Office for Refugee Relief"),
])
def test_organizations_recognised_by_shape(sentence, name):
    names = [o.name for o in _draft(f"Update\n\n{sentence}\n").organizations]
    assert name in names


def test_two_companies_joined_by_and_are_two_organizations():
    names = [o.name for o in _draft(
        "Update\n\nSaltmarsh Risk and Tenbury Shipping Ltd both said the ship was hit.\n"
    ).organizations]
    assert names == ["Saltmarsh Risk", "Tenbury Shipping Ltd"]


# ------------------------------------------------------------------ places


def test_country_inside_an_organization_name_is_not_a_place():
    text = ("Ship hit\n\nThe United Kingdom Maritime Trade Operations agency said a ship was "
            "hit off the port of Aden.\n")
    assert [p.name for p in _draft(text).places] == ["Aden"]


# ------------------------------------------------------------------ dates

MONDAY = date(2025, 2, 10)


@pytest.mark.parametrize("words, iso, precision", [
    ("struck on a Sunday at the end of January", "2025-01-26", "day"),
    ("on a Friday in early January", "2025-01-03", "day"),
    ("in the last week of December", "2024-12", "month"),
    ("the unit arrives next month", "2025-03", "month"),
    ("more will come later this month", "2025-02", "month"),
])
def test_dates_tied_to_a_named_month(words, iso, precision):
    found = find_dates(words, MONDAY)
    assert [(d.iso, d.precision) for d in found] == [(iso, precision)]


# ------------------------------------------------------------------ casualties


def test_casualties_in_the_sentence_after_the_attack_belong_to_it():
    text = ("Outpost hit\n\nA drone struck the Sandy Ridge outpost on Feb. 2.\n\n"
            "Two soldiers were killed.\n")
    (event,) = _draft(text).events
    assert (event.date, event.killed) == ("2025-02-02", 2)


@pytest.mark.parametrize("sentence, wounded", [
    ("Four sailors suffered burns.", 4),
    ("Three soldiers were diagnosed with traumatic brain injuries.", 3),
    ("Five guards were treated for minor injuries.", 5),
    ("Two medics sustained serious injuries.", 2),
])
def test_more_ways_to_say_wounded(sentence, wounded):
    text = f"Base hit\n\nRockets hit the depot on Feb. 3. {sentence}\n"
    (event,) = _draft(text).events
    assert event.wounded == wounded


# ------------------------------------------------------------------ numbers and figures


@pytest.mark.parametrize("words, value, qualifier", [
    ("two dozen boats", 24, "about"),
    ("a couple of dozen boats", 24, "about"),
    ("one hundred and seventy boats", 170, "exact"),
    ("several hundred boats", 200, "at least"),
])
def test_number_words(words, value, qualifier):
    q = find_quantities(words)[0]
    assert (q.value, q.qualifier) == (value, qualifier)


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in _draft(f"Update\n\n{sentence}\n").figures]


@pytest.mark.parametrize("sentence, expected", [
    ("The camp holds about 7,000 suspected IS fighters.", [(7000, "fighters")]),
    ("Mines hurt eight personnel and damaging storms delayed the work.", [(8, "personnel")]),
    ("Gunmen have fired on the convoy route more than 140 times.", [(140, "attacks")]),
    ("Raids have been reported more than 140 times.", [(140, "times")]),
    ("The £1.4 billion programme was approved.", [(1.4e9, "GBP")]),
    ("A £52 million contract was signed.", [(52e6, "GBP")]),
    ("A €300 million loan was agreed.", [(300e6, "EUR")]),
    ("The depot housed about 350 US Army and Air Force personnel.", [(350, "personnel")]),
    ("Militias have attacked U.S. forces in Iraq and Syria more than 90 times this year.",
     [(90, "attacks")]),
    ("The raid killed six people and wounded 14, medics said.", [(6, "people"), (14, "wounded")]),
    ("\"We moved 375 kilometres in two days,\" the colonel said.", [(375, "km")]),
    ("Romania shares a 650-kilometer border with Ukraine.", [(650, "km")]),
    ("The war has killed more than half a million people.", [(500000, "people")]),
    ("Air defences intercepted 21 of the rockets and five of the drones.",
     [(21, "rockets"), (5, "drones")]),
    ("It would consolidate U.S. forces there and reduce their number from about 2,000 to "
     "fewer than 1,000.", [(2000, "troops"), (1000, "troops")]),
    ("Rockets landed near the base.[4] The group fired 12 drones.[5]", [(12, "drones")]),
    ("Analysts judge it likely (55-75 per cent) that attacks resume.", [(55, "%")]),
])
def test_figures_count_the_noun_right_after_the_number(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The 16th Regiment moved north.",
    "The statement came at 16.05 BST.",
    "The briefing began at 1600 GMT.",
    "It is a 5 min read.",
    "Members pay $4.99 a month.",
    "The council passed the motion 3-2.",
    "Sergeant Eitan Mizrahi, 34, from Haifa, was among the dead.",
    "But three people familiar with the planning said the date could slip.",
    "Drone shot down over the harbour 2h ago",
    "The decision was confirmed by two Gulf diplomats.",
    "Jets struck depots at the two sites.",
    "\"Those two things can both be true,\" she said.",
    "\"You cannot leave a few hundred people out there alone,\" he said.",
])
def test_not_figures(sentence):
    assert _figures(sentence) == []


# ------------------------------------------------------------------ more shapes


def test_flag_state_and_home_base_are_not_places():
    text = ("Ship hit\n\nA missile struck the Malta-flagged tanker Silver Gull near Aden. The "
            "Germany-based monitor said the crew were safe.\n")
    assert sorted(p.name for p in _draft(text).places) == ["Aden"]


def test_hyphenated_base_is_not_part_of_an_organization_name():
    text = "Monitor\n\nThe Britain-based Levant Observatory for Human Rights counted the dead.\n"
    names = [o.name for o in _draft(text).organizations]
    assert "Levant Observatory for Human Rights" in names


def test_broadcaster_that_said_is_not_a_person():
    text = "Base hit\n\nAl Jazeera said the base had been hit twice. Sky News said so too.\n"
    assert _draft(text).people == []


def test_quoted_nickname_after_known_as_is_not_a_quote():
    text = "Base\n\nThe official said the airstrip, known as \"Dusty Strip\", was hit.\n"
    assert _draft(text).quotes == []


def test_company_named_by_what_it_does():
    text = "Risk\n\nMaritime security firm Harbourwatch said the ship turned back.\n"
    assert "Harbourwatch" in [o.name for o in _draft(text).organizations]


def test_role_after_said_name_gives_title_and_organization():
    text = ("Insurance\n\nPremiums have tripled, said Ola Berg, the head of marine at Fenwick "
            "Brokers.\n")
    (person,) = _draft(text).people
    assert (person.name, person.organization) == ("Ola Berg", "Fenwick Brokers")


def test_programme_name_before_jets():
    names = [s.name for s in _draft("Patrols\n\nTyphoon jets patrolled the border.\n").systems]
    assert names == ["Typhoon"]


def test_dateline_without_comma_is_not_an_event_place():
    text = "Ship hit\n\nDUBAI (Wire) - A missile struck a tanker in the Red Sea on Feb. 4.\n"
    (event,) = _draft(text).events
    assert event.place == "Red Sea"


def test_undated_sentence_after_a_dated_attack_adds_to_it():
    text = ("Ship hit\n\nA missile struck a tanker in the Red Sea on Feb. 4.\n\n"
            "The agency said the tanker was hit west of Hodeidah. Three sailors suffered "
            "burns.\n")
    (event,) = _draft(text).events
    assert (event.date, event.wounded) == ("2025-02-04", 3)
    assert "Hodeidah" in event.place


def test_adverb_and_participle_before_the_counted_noun_are_skipped():
    assert _figures("Five heavily armed men stormed the post.") == [(5, "men")]


def test_role_of_an_organization_before_the_name_with_letters_after_it():
    text = ("Jets home\n\nMinister for the Coastal Forces, Paul Whitby MP, said the crews had "
            "done well.\n")
    (person,) = _draft(text).people
    assert (person.name, person.title) == ("Paul Whitby", "Minister for the Coastal Forces")


def test_knighted_officer_is_named_without_sir():
    text = "Jets home\n\nAir Chief Marshal Sir Alan Reeve said the crews had done well.\n"
    (person,) = _draft(text).people
    assert person.name == "Alan Reeve"


def test_a_person_with_a_british_rank_is_a_named_official():
    text = "Jets home\n\nSquadron Leader Ruth Park, who led the sortie, said it went well.\n"
    kinds = {a.kind for a in _draft(text).attributions}
    assert kinds == {"named official"}


@pytest.mark.parametrize("sentence, name", [
    ("\"The missile was intercepted,\" the Israeli military said in a statement.",
     "Israeli military"),
    ("The Houthi-run health ministry said nine people were killed.",
     "Houthi-run health ministry"),
    ("The Syrian defence ministry, citing a field commander, said two soldiers died.",
     "Syrian defence ministry"),
    ("Kataeb Hezbollah denied any role in the attack.", "Kataib Hezbollah"),
])
def test_bodies_that_speak_are_organizations(sentence, name):
    names = [o.name for o in _draft(f"Update\n\n{sentence}\n").organizations]
    assert name in names


def test_a_body_that_only_acts_is_not_drafted_from_lower_case_words():
    names = [o.name for o in _draft("Update\n\nThe Israeli military operation went on for a "
                                    "week.\n").organizations]
    assert names == []


def _systems(sentence: str) -> list[tuple[str, str]]:
    return [(s.name, s.category) for s in _draft(f"Update\n\n{sentence}\n").systems]


@pytest.mark.parametrize("sentence, expected", [
    ("The group said it fired a Burkan-3 long-range ballistic missile at the port.",
     [("Burkan-3", "ballistic missile")]),
    ("The battery sits beside the Aegis Ashore site at Redzikowo.",
     [("Aegis Ashore", "air defence")]),
    ("Two car bombs exploded at a checkpoint.", [("car bombs", "explosive")]),
    ("An explosive-laden drone boat rammed the tanker.", [("uncrewed surface vessel", "vessel")]),
    ("The convoy included a dozen mine-resistant trucks.", [("MRAP", "vehicle")]),
    ("A Gerbera decoy drone crossed the border.", [("Gerbera", "drone")]),
    ("Fighters fired an anti-tank guided missile at the post.",
     [("anti-tank guided missiles", "anti-tank missile")]),
    ("Poland's Patriot/Wisła batteries stood by.",
     [("Patriot", "air defence"), ("Wisła", "air defence")]),
    ("\"Every battery you pull out is one you can send elsewhere,\" she said.", []),
    ("Twenty-five rockets hit the camp.", [("rockets", "rocket")]),
])
def test_named_and_described_systems(sentence, expected):
    assert _systems(sentence) == expected


# ------------------------------------------- figures: British money, ages, tallies, "a mile"


@pytest.mark.parametrize("sentence, expected", [
    ("The ministry signed a €410mn order for radars.", [(410e6, "EUR")]),
    ("A £2.5m upgrade of the runway was approved.", [(2.5e6, "GBP")]),
    ("The two islands, home to 2.2mn people, have no fighter jets.", [(2.2e6, "people")]),
    ("The patrol boat sank about a mile off the harbour.", [(1, "mi")]),
    ("The shell landed within a kilometre of the depot.", [(1, "km")]),
    ("Gunners have fired more than 60 rockets and drones at the airfield.",
     [(60, "rockets and drones")]),
    ("Sappers cleared 12 mines and grenades from the road.", [(12, "mines and grenades")]),
    ("Three soldiers were killed and nine were injured, the army said.",
     [(3, "soldiers"), (9, "soldiers")]),
    ("Two were killed and seven were injured, the governor said.",
     [(2, "killed"), (7, "injured")]),  # the toll in the report's own word
    ("The blast left 23 injured, officials said.", [(23, "injured")]),
])
def test_more_counts(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A shell killed a farmer aged 66 and his neighbour, aged 59, near the river.",
    "The victims, men aged 41 and 73, were buried on Friday.",
    "Dozens of fishermen have been hurt by mines along that coast since the spring.",
    "Militants have launched hundreds of attacks on the pipeline since 2019.",
    "The prison that holds thousands of former fighters lies east of the river.",
    "The drone fell a few hundred metres from the school.",
    "Mortar rounds landed dozens of kilometres behind the line.",
    "The lab sits 300m from the road.",  # metres, not a million
])
def test_ages_background_tallies_and_vague_distances_are_no_figures(sentence):
    assert [f for f in _figures(sentence) if f[1] not in ("m",)] == []


def test_vague_amount_without_since_or_holding_is_still_a_figure():
    assert _figures("The army moved thousands of troops to the border.") == [(2000, "troops")]


def test_quoted_small_count_of_a_named_model_is_a_figure_but_rhetoric_is_not():
    said = '"They fired two Kh-101 missiles at the plant," the governor said.'
    assert [v for v, _ in _figures(said)] == [2]
    assert _figures('"Those two things matter most," the minister said.') == []
