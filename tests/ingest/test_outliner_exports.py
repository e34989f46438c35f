"""An outliner's page (Logseq, Roam) is read one block a line, its own markup left out."""

from briefdeck.ingest import read_article
from briefdeck.ingest.markdown import markdown_to_text
from briefdeck.ingest.outlines import looks_like_outline

_PAGE = """title:: Border watch, week 7
author:: [[R. Danso]]
updated:: [[Mar 4th, 2026]]
tags:: #border #weekly

- ## Drone incident #incident
  id:: 64aa01b2-1111-4c2e-9d02-8a51e0c7b311
\t- date:: [[Feb 27th, 2026]]
\t  source:: [[Provincial Police]]
\t- DONE two drones downed near [[Qaraqosh]] by [[Army]] air defence, no injuries
\t- the police chief said the launch site was "somewhere across the river"
\t- TODO confirm with [[Kurdistan24]] ((64aa01b2-1111-4c2e-9d02-8a51e0c7b311))
\t  collapsed:: true
- Linked references
\t- [[weekly]] — 4 pages
- Exported from Logseq 0.10.9 · 2026-03-04 10:02
"""


def test_outline_page_properties_are_hints_not_text():
    md = markdown_to_text(_PAGE)
    assert md.hints["headline"] == "Border watch, week 7"
    assert md.hints["byline"] == "R. Danso"
    assert md.hints["published"] == "Mar 4, 2026"
    assert "title::" not in md.text and "tags" not in md.text


def test_outline_blocks_read_as_lines_of_words():
    lines = markdown_to_text(_PAGE).text.split("\n")
    assert "Drone incident" in lines
    assert "Date: Feb 27, 2026" in lines  # a block's date reads as a form's field
    assert "Source: Provincial Police" in lines
    assert "two drones downed near Qaraqosh by Army air defence, no injuries." in lines
    assert 'the police chief said the launch site was "somewhere across the river"' in lines


def test_outline_markers_ids_and_reference_tail_are_left_out():
    text = markdown_to_text(_PAGE).text
    for gone in ("DONE", "TODO", "id::", "collapsed", "((", "#", "[[", "Linked references",
                 "4 pages", "Exported from"):
        assert gone not in text


def test_outline_updated_date_is_the_publication_date(tmp_path):
    path = tmp_path / "week7.md"
    path.write_text(_PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.published == "2026-03-04"
    assert article.byline == "R. Danso"


def test_roam_bold_attributes_are_read_too():
    page = (
        "- **Date**:: [[March 2nd, 2026]]\n"
        "- **Place**:: [[Sinjar]]\n"
        "- rockets hit the checkpoint at dawn, two guards were hurt\n"
        "    - {{[[TODO]]}} ask the mayor's office #followup\n"
    )
    assert looks_like_outline(page)
    lines = markdown_to_text(page).text.split("\n")
    assert lines[:2] == ["Date: Mar 2, 2026", "Location: Sinjar"]
    assert "ask the mayor's office" in lines[-1] and "TODO" not in lines[-1]


def test_ordinary_markdown_lists_are_not_outlines():
    note = "# Notes\n\nSome text here.\n\n- one item\n- two: items\n- three items\n"
    assert not looks_like_outline(note)
    wiki = "---\ntitle: A\n---\n\nSee [[Erbil]] and [[Harir]].\n\n- a\n- b\n"
    assert not looks_like_outline(wiki)
