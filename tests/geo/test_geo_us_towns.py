"""US towns written with their state ("Camden, Arkansas", "Andover, Mass."): the state after
the comma picks the town. Every sentence here is written for these tests."""


from briefdeck.geo.towns import km


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


def test_small_town_with_its_state_is_placed_in_that_state(gaz):
    hits = found(gaz, "Final assembly moves to Camden, Arkansas, next spring.")
    camden = hits["Camden"]
    assert camden.country == "United States" and camden.kind == "city"
    assert km(camden.lat, camden.lon, 33.58, -92.83) < 10  # not Camden, New Jersey


def test_ap_state_abbreviation_picks_the_town(gaz):
    hits = found(gaz, "The radar line in Andover, Mass., runs two shifts.")
    assert km(hits["Andover"].lat, hits["Andover"].lon, 42.66, -71.14) < 10


def test_state_overrules_a_bigger_namesake_elsewhere(gaz):
    hits = found(gaz, "Motors are cast in Troy, Ala., and shipped west.")
    assert km(hits["Troy"].lat, hits["Troy"].lon, 31.81, -85.97) < 10  # not Troy, Michigan


def test_two_word_town_is_read_whole(gaz):
    hits = found(gaz, "A second line opens in Grand Prairie, Texas, in June.")
    assert "Grand Prairie" in hits and hits["Grand Prairie"].country == "United States"


def test_a_person_with_their_state_is_not_a_town(gaz):
    hits = found(gaz, "Sen. Tom Benton, Ark., asked about the timeline; Rep. Jo Rogers, "
                      "Alabama Republican, agreed.")
    assert "Benton" not in hits and "Rogers" not in hits


def test_curated_base_keeps_its_entry_when_its_state_follows(gaz):
    hits = found(gaz, "The brigade left Fort Bliss, Texas, last week.")
    assert hits["Fort Bliss"].kind == "installation"


def test_us_town_names_in_the_asset_are_folded_as_text_is():
    # The file stores folded names; after a change to folding it must be rebuilt.
    from briefdeck.geo.textnorm import name_key
    from briefdeck.paths import assets_dir

    path = assets_dir() / "gazetteer" / "us_towns.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln[:1] != "#"]
    assert len(lines) > 20_000
    for line in lines[:: max(1, len(lines) // 400)]:
        state, key, name, *_ = line.split("\t")
        assert key == " ".join(name_key(name)), line
