"""The demo briefing is what a new user sees first: complete, reviewed and valid."""

from briefdeck.model import FACT_KINDS, io
from briefdeck.paths import assets_dir


def test_demo_briefing_is_complete_and_reviewed():
    demo = io.load(assets_dir() / "demo.briefing.json")
    assert demo.narrative.bluf and len(demo.narrative.key_points) >= 3 and demo.narrative.outlook
    for kind in FACT_KINDS:
        assert demo.facts_of(kind), f"demo has no {kind}"
    assert all(fact.status == "accepted" for _, fact in demo.all_facts())
    assert all(p.lat is not None and p.lon is not None for p in demo.facts.places)


def test_demo_spans_point_at_the_seed_words(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    demo = io.load(assets_dir() / "demo.briefing.json")
    for kind, fact in demo.all_facts():
        prov = fact.provenance
        assert prov is not None, f"{kind} {fact.id} has no provenance"
        words = text[prov.start : prov.end]
        name = getattr(fact, "name", None)
        if kind == "places" and name in ("Mosul", "Kirkuk", "Camp Taji", "al-Qaim"):
            assert words == name
        if kind == "quotes":
            assert words == fact.text
