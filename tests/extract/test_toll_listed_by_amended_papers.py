"""A court paper's toll: "the amended report we filed Tuesday lists three soldiers and one
contractor wounded" revises the attack's toll; the filing day is no attack of its own."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article

_TEXT = (
    "Hearing record\n\nMS. PARK: On May 3, 2026, a drone hit a fuel depot at Camp Vale "
    "in eastern Syria. The airframe was recovered.\n\nMS. PARK: The original exhibit "
    "listed two soldiers wounded. Exhibit 9-B, the amended report we filed Tuesday, lists "
    "three U.S. soldiers and one Syrian contractor wounded.\n"
)


def test_a_listed_toll_reads_every_group():
    s = "The return lists three U.S. soldiers and one Syrian contractor wounded."
    assert sorted(c.count for c in find_casualties(s, 0, len(s))) == [1, 3]


def test_the_amended_paper_revises_the_attack_toll():
    b = draft_briefing(Article(text=_TEXT, path="h.txt", format="txt"), published="2026-06-12")
    assert [(e.date, e.killed or 0, e.wounded or 0) for e in b.facts.events] == [
        ("2026-05-03", 0, 4)
    ]
