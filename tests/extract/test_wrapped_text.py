"""Text pasted from a PDF or an e-mail, broken at a fixed width mid-sentence: paragraphs run
over several lines. Every line here is written for these tests."""

from briefdeck.extract.sentences import build_document, paragraphs

WRAPPED = """Flash note No. 3

Shelling of the eastern districts of the city continued overnight, and local
authorities said at least nine civilians were killed and 31 injured when two
shells struck a market near the bus station on Tuesday morning. The Border
Guard Service said its teams had evacuated about 1,200 people from villages
along the river since Sunday.

"We are moving families out as fast as the roads allow," said Mira Kovac, the
head of the regional civil protection office, adding that shelters were full.

• About 4,000 people have left the district since the start of the month.
• Two water stations are out of service.
"""


def test_lines_broken_mid_sentence_are_one_paragraph():
    blocks, wrapped = paragraphs(WRAPPED)
    assert wrapped
    texts = [WRAPPED[s:e] for s, e in blocks]
    assert texts[0] == "Flash note No. 3"
    assert texts[1].startswith("Shelling") and texts[1].endswith("since Sunday.")
    assert texts[-2].startswith("• About") and texts[-1].startswith("• Two")


def test_a_sentence_across_a_line_break_keeps_its_words_and_offsets():
    doc = build_document(WRAPPED)
    sent = next(s for s in doc.sentences if "Border" in s.text)
    assert sent.text.startswith("The Border\nGuard Service said")
    assert WRAPPED[sent.start : sent.end] == sent.text


def test_a_quotation_across_a_line_break_is_one_quote():
    doc = build_document(WRAPPED)
    quoted = [WRAPPED[s:e] for s, e in doc.quoted]
    assert any(q.startswith('"We are moving') and q.endswith('allow,"') for q in quoted)


def test_one_paragraph_per_line_is_left_as_it_is():
    text = "\n".join(
        f"Paragraph {i} tells of the convoy that left the depot on a Tuesday morning before "
        f"dawn and reached the river crossing without incident, officials said." for i in range(10)
    )
    blocks, wrapped = paragraphs(text)
    assert not wrapped and len(blocks) == 10
