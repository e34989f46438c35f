"""A place, a base's initials, a date or a ship is no source: the body before a digest's date
speaks, a base's initials label where, a named ship is what was hit."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _sources(text: str) -> list[str]:
    art = Article(text=text, path="t.txt", format="txt")
    return [a.text for a in draft_briefing(art, published="2026-11-30").facts.attributions]


def test_a_base_initials_label_on_a_note_line_is_no_source() -> None:
    found = _sources("Ain al-Asad notes\n\n- AAAB: ~900 ppl on base incl contractors last month\n"
                     "- JOC: two rockets landed inside the perimeter overnight\n")
    assert not any(s.startswith("AAAB") for s in found)
    assert any(s.startswith("JOC") for s in found)


def test_a_digest_body_speaks_before_its_date() -> None:
    found = _sources("Rockets hit a base in the east. SDF 12 Oct said coalition air defences "
                     "downed a drone near the base; Huthis 3 Oct claimed a missile launch.")
    assert "SDF 12 Oct said" in found
    assert "Huthis 3 Oct claimed" in found
    assert not any(s.startswith(("Oct said", "Oct claimed")) for s in found)


def test_a_named_ship_reporting_damage_is_no_source() -> None:
    found = _sources("The bulk carrier Sea Lark reported an explosion against her hull while "
                     "at anchor, according to UKMTO.")
    assert not any("Sea Lark" in s for s in found)
    assert any("UKMTO" in s for s in found)
