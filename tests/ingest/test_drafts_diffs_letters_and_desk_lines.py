"""A newsroom draft's bracketed placeholders and its reporters' trailer, a wiki diff read as its
new wording with the removed wording flagged, a wiki heading's "[edit]" link, a summary box's
"In short:" label, a letter's salutation, its sign-off on the last line and its letterhead
over the seat's city, a market table's source line and a report's desk phone line; and a
social post's own account's update under it (post_updates)."""

import lxml.html
from tests.ingest.furniture import is_flagged, read_page

from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.post_updates import keep_author_updates

_NEWS = "Patrol boats intercepted two skiffs off the cape on Monday, the coast guard said."


def _flagged_spans(text: str) -> set[str]:
    return {text[f.start : f.end] for f in classify(text)}


def test_a_draft_placeholder_inside_a_paragraph_is_flagged_and_the_sentence_is_not():
    text = (
        "Convoy hit near the crossing\n\n"
        "Gunmen fired on a supply convoy near the crossing on Monday, police said. "
        "[TK: driver's age — check with police] Two drivers were hurt.\n\n"
        "[EDS: ministry briefing at 1600; may update]\n\n" + _NEWS + "\n"
    )
    spans = _flagged_spans(text)
    assert "[TK: driver's age — check with police]" in spans
    assert "[EDS: ministry briefing at 1600; may update]" in spans
    assert not any("Gunmen fired" in s or "Two drivers" in s for s in spans)


def test_brackets_in_lower_case_or_without_a_desk_label_stay():
    text = _NEWS + " The mayor said [the convoy] had no escort. [Updated at 14:00]\n"
    assert not _flagged_spans(text)


def test_a_reporters_trailer_with_a_dash_and_full_names_is_story_credits():
    text = (
        _NEWS
        + "\n\n— Dana Kerr reported from Basra. Staff writer Omar Lutfi contributed from Amman.\n"
    )
    assert is_flagged(
        text, "Dana Kerr reported from Basra. Staff writer Omar Lutfi contributed from Amman."
    )


def test_a_sentence_saying_what_an_outlet_reported_is_no_trailer():
    text = _NEWS + "\nThe agency reported from the border that two more boats were seen.\n"
    assert not is_flagged(
        text, "The agency reported from the border that two more boats were seen."
    )


_DIFF_PAGE = """<!DOCTYPE html><html><head>
<title>Harbour raid: Difference between revisions</title></head>
<body class="mediawiki diff"><main><h1>Harbour raid: Difference between revisions</h1>
<table class="diff diff-type-table">
<tr class="diff-title"><td colspan="2" class="diff-otitle">
<div>Revision as of 10:02, 3 May 2026 (edit)</div>
<div>Gullwing (talk | contribs)</div></td>
<td colspan="2" class="diff-ntitle">
<div>Latest revision as of 11:40, 4 May 2026 (edit) (undo)</div></td></tr>
<tr><td colspan="2" class="diff-lineno">Line 9:</td>
<td colspan="2" class="diff-lineno">Line 9:</td></tr>
<tr><td class="diff-marker">−</td><td class="diff-deletedline"><div>The raid began
<del>on 2 May</del>; [[Coast guard (Freedonia)|coast guards]] said four sailors were hurt.
&lt;ref name="a"/&gt;</div></td>
<td class="diff-marker">+</td><td class="diff-addedline"><div>The raid began
<ins>early on 3 May</ins>; [[Coast guard (Freedonia)|coast guards]] said six sailors were hurt.
&lt;ref name="a"/&gt;</div></td></tr>
</table>
<h2>Latest revision as of 11:40, 4 May 2026</h2>
<p>The raid on the harbour began early on 3 May 2026, when armed boats approached the quay.
Coast guards said six sailors were hurt and one patrol boat was damaged in the exchange of
fire.</p>
<h2>Aftermath<span class="mw-editsection">[edit]</span></h2>
<p>The port authority closed the outer quay for two days while divers searched the harbour
floor for debris.</p>
</main></body></html>"""


def test_a_wiki_diff_reads_the_new_wording_and_flags_the_removed(tmp_path):
    article = read_page(tmp_path, "diff.html", _DIFF_PAGE)
    text = article.text
    assert "The raid began early on 3 May; coast guards said six sailors were hurt." in text
    removed = "\u2212 The raid began on 2 May; coast guards said four sailors were hurt."
    assert removed in text  # kept in sight ...
    start = text.index(removed)
    assert article.is_boilerplate(start, start + len(removed))  # ... but flagged
    assert "[[" not in text and "<ref" not in text and "Line 9:" not in text
    new = text.index("six sailors were hurt.")
    assert not article.is_boilerplate(new, new + 10)


def test_a_wiki_heads_revision_line_and_edit_link_are_flagged(tmp_path):
    article = read_page(tmp_path, "diff.html", _DIFF_PAGE)
    text = article.text
    head = text.index("Latest revision as of 11:40, 4 May 2026")
    assert article.is_boilerplate(head, head + len("Latest revision as of 11:40, 4 May 2026"))
    edit = text.index("[edit]")
    assert article.is_boilerplate(edit, edit + 6)
    heading = text.index("Aftermath")
    assert not article.is_boilerplate(heading, heading + len("Aftermath"))


def test_a_table_with_diff_in_its_class_on_another_site_is_left_alone(tmp_path):
    page = _DIFF_PAGE.replace('class="mediawiki diff"', 'class="blog"')
    article = read_page(tmp_path, "blog.html", page)
    assert "[[Coast guard" in article.text  # not rebuilt: read as the table it is


def test_in_short_over_a_summary_box_is_a_label():
    text = "Flight notice\n\nIn short:\n\n- Basra: flights cancelled to 9 May.\n\n" + _NEWS + "\n"
    assert is_flagged(text, "In short:")
    assert not is_flagged(
        _NEWS + "\nIn short, the port stays shut.\n", "In short, the port stays shut."
    )


def test_a_letters_double_salutation_and_last_line_sign_off_are_furniture():
    text = (
        "Dear Madam Chair: (Dear Mr. Chairman:)\n\n"
        "I write to report that forces under my command struck two depots near the border on "
        "3 May and that no civilians were harmed, as the committee was told.\n\n"
        "Sincerely,\n"
    )
    assert is_flagged(text, "Dear Madam Chair: (Dear Mr. Chairman:)")
    assert is_flagged(text, "Sincerely,")


def test_a_greeting_to_readers_or_to_a_named_person_is_not_flagged_as_a_salutation():
    for greeting in ("Dear readers,", "Dear Secretary Ames:"):  # the second gives a title
        text = greeting + "\n\n" + _NEWS + "\n"
        assert "letter furniture" not in {f.rule for f in classify(text)}


def test_an_offices_letterhead_over_its_city_is_furniture():
    text = (
        "THE WHITE HOUSE\n\nWASHINGTON\n\nDear Mr. Speaker:\n\n"
        "I am reporting on strikes carried out against two depots near the border on 3 May, "
        "in which no civilians were harmed.\n"
    )
    assert is_flagged(text, "THE WHITE HOUSE")
    assert is_flagged(text, "WASHINGTON")


def test_a_market_tables_source_line_and_desk_phones_are_furniture():
    text = (
        _NEWS
        + "\n\nSource: our freight desk; exchange assessments where marked. Rates indicative.\n\n"
        "Tanker desk: +44 20 7946 0101 | Dry cargo desk: +44 20 7946 0102\n"
    )
    assert is_flagged(
        text, "Source: our freight desk; exchange assessments where marked. Rates indicative."
    )
    assert is_flagged(text, "Tanker desk: +44 20 7946 0101 | Dry cargo desk: +44 20 7946 0102")


_POST = """<html><body><main><article>
<header><a href="/harbourwire/">harbourwire</a></header>
<div class="caption"><a href="/harbourwire/">harbourwire</a>
<h1>Armed boats raided the outer quay of the harbour early on Sunday, wounding six sailors.
</h1></div>
<section class="comments"><ul>
<li class="comment"><div><a href="/harbourwire/">harbourwire</a> <span>Pinned</span></div>
<span>UPDATE: the port authority now says eight sailors were wounded in the raid on the quay.</span>
<div><span>90 likes</span> <button>Reply</button></div></li>
<li class="comment"><div><a href="/someone_else/">someone_else</a></div>
<span>Heard there were many more boats than that, nobody is saying it</span>
<div><span>3 likes</span></div></li>
</ul></section></article></main></body></html>"""


def test_a_posts_own_account_comment_is_set_after_the_caption():
    tree = lxml.html.fromstring(_POST)
    keep_author_updates(tree)
    article = tree.find(".//article")
    kept = [p.text for p in article.findall("p")]
    assert kept == [
        "UPDATE: the port authority now says eight sailors were wounded in the raid on the quay."
    ]
    assert article.index(article.find("p")) == article.index(article.find("section")) - 1


def test_a_thread_where_every_comment_is_the_writers_keeps_nothing():
    page = _POST.replace("someone_else", "harbourwire")
    tree = lxml.html.fromstring(page)
    keep_author_updates(tree)
    assert tree.find(".//article").findall("p") == []
