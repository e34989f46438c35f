"""The sources slide names who speaks, once; key facts are whole statements, once; an article
with no outlet is named by what it is."""

from types import SimpleNamespace

from briefdeck.compose.figure_words import source_clause
from briefdeck.compose.situation_points import told_fuller
from briefdeck.compose.source_names import name_key, same_source, source_name, who_says


def test_an_attribution_is_shown_as_the_body_it_names_not_the_phrase() -> None:
    assert who_says("The coastguard says") == "Coastguard"
    assert who_says("The port authority's first statement, at 7 am, said") == "Port authority"
    assert who_says("the Tigers Brigade, a group backed by a neighbour, claimed it") == (
        "Tigers Brigade")
    assert who_says("the harbour master, Omar Haddad, told") == "Harbour master Omar Haddad"
    assert who_says("according to the data we received from the Interior Ministry") == (
        "Interior Ministry")
    assert who_says("Rescue directorate statement just out (09:10 local)") == (
        "Rescue directorate")
    assert who_says("Coast radio: three crew missing, ") == "Coast radio"
    assert who_says("a navy officer I spoke to") == "Navy officer"


def test_a_phrase_that_names_no_one_is_not_a_source() -> None:
    assert who_says("Its revised statement at noon raises that to four") == ""
    assert who_says("claimed the attack on its channel") == ""


def test_one_source_named_twice_is_one_line_but_a_bare_name_is_not_a_ministry() -> None:
    assert same_source(name_key("defense official"), name_key("U.S. defense officials"))
    assert same_source(name_key("spokesperson"), name_key("spokesperson for the task force"))
    assert not same_source(name_key("Rebels"), name_key("Rebel-run health ministry"))


def test_an_article_without_outlet_is_named_by_its_issuer_or_kind() -> None:
    def src(text: str, headline: str = "", byline: str = "", url: str = "") -> SimpleNamespace:
        return SimpleNamespace(outlet="", text=text, headline=headline, byline=byline, url=url)

    assert source_name(src("UNCLASSIFIED\nNAVAL FORCES SOUTH | FACT SHEET\nPorts\n")) == (
        "Naval Forces South fact sheet")
    assert source_name(src("SUPERIOR COURT\nOF THE STATE OF EXAMPLE\nA v. B\n")) == (
        "Court filing, Superior Court of the State of Example")
    assert source_name(src("Ann Lee <ann@firm.example>\nRe: update\n")) == (
        "E-mail thread (firm.example)")
    assert source_name(src("raw notes, typed up\n...", "PORT -- notes", "J. Doe")) == (
        "Notes by J. Doe")
    assert source_name(SimpleNamespace(outlet="Example Wire", text="")) == "Example Wire"


def test_a_key_fact_has_no_list_mark_or_post_counter() -> None:
    text = "Intro.\n- Two boats approached the pier at dawn.\n4/7 The army sent 200 soldiers.\n"
    at = text.index("Two")
    assert source_clause(text, at, at + 3, "Two boats") == "Two boats approached the pier at dawn."
    at = text.index("200")
    assert source_clause(text, at, at + 3, "200 soldiers") == "The army sent 200 soldiers."


def test_a_bare_tally_count_goes_when_a_fuller_fact_tells_it() -> None:
    lines = ["The ministry said four people were killed", "4 killed", "3 wounded"]
    assert told_fuller("4 killed", lines)
    assert not told_fuller("3 wounded", lines)
    assert not told_fuller("The ministry said four people were killed", lines)


def test_a_site_named_twice_beside_its_town_is_said_once() -> None:
    from briefdeck.charts.event_names import place_once, sites_once

    assert sites_once(["Wadi Sur", "Wadi Sur Air Base"]) == ["Wadi Sur Air Base"]
    assert place_once("Port Halen International Airport, Port Halen airport") == (
        "Port Halen International Airport")
    assert place_once("Wadi Sur, Kafr Lam") == "Wadi Sur, Kafr Lam"


def test_an_actor_alias_that_differs_only_in_case_is_not_repeated() -> None:
    from briefdeck.compose.notes import describe

    same = SimpleNamespace(name="Coalition", aliases=["coalition"])
    other = SimpleNamespace(name="Islamic State", aliases=["ISIS", "islamic state"])
    assert describe("organizations", same) == "Coalition"
    assert describe("organizations", other) == "Islamic State (ISIS)"


def test_a_speaker_label_in_capitals_is_named_as_a_person_and_a_tail_is_no_name() -> None:
    assert who_says("DANA OKONJO-REY") == "Dana Okonjo-Rey"
    assert who_says("JONAH PRUITT") == "Jonah Pruitt"
    assert who_says("US ARMY") == "US ARMY"  # an acronym stays as written
    assert who_says("A coalition spokesperson would only") == "Coalition spokesperson"
    assert who_says("Rudaw had 1 killed") == "Rudaw"


def test_a_country_hurt_as_a_party_is_said_as_its_people() -> None:
    from briefdeck.extract.party_words import party_word

    assert party_word("Iraq") == "Iraqi"
    assert party_word("Syria") == "Syrian"
    assert party_word("U.S.") == "U.S."
    assert party_word("SDF") == "SDF"


def test_what_is_not_the_body_is_no_part_of_a_source_name() -> None:
    # an aside that says who a generic source is names it; a side's 'account' names no body
    assert who_says("Separate source, a harbour pilot, says") == "Harbour pilot"
    assert who_says("the Norwegian account is") == ""
    assert who_says("The port authority separately says") == "Port authority"
    assert who_says("The coastguard gave a different account") == "Coastguard"
    assert who_says("according to two dockers who asked not to be named because") == "Dockers"
    assert who_says("where officials now say") == "Officials"
    assert who_says("a second harbour official said") == "Harbour official"
    # an acronym is no conjunction, and a rank that starts with 'Second' is kept
    assert who_says("AS claimed") == "AS"
    assert who_says("Second Lieutenant Omar Haddad said") == "Second Lieutenant Omar Haddad"


def test_a_speaker_label_in_capitals_is_the_person_the_report_names() -> None:
    from briefdeck.compose.source_names import as_person
    from briefdeck.model.facts import Person

    people = [Person(id="ps-1", name="Omar Haddad", title="Harbour Master")]
    assert as_person("OMAR HADDAD, HARBOUR MASTER", people) == "Omar Haddad, Harbour Master"
    assert as_person("Coastguard", people) == "Coastguard"
