"""Boilerplate rules for a question-and-answer site's page (a Stack Exchange site).

Around the question and its answers the site prints its own controls: the answer count over
the answers ("2 Answers", which reads as a figure), the sort control, the "Your Answer" box
with its thanks and its advice, and the closing "Not the answer you're looking for? Browse
other questions tagged ..." line, which repeats the question's tags. None of it is the
question's or the answers' words.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    _rule("page chrome", r"^\d{1,5} Answers?$", 2, hints=("answer",)),
    _rule("page chrome", r"^Sorted by\s*:\s*\S", 10, hints=("sorted by",)),
    _rule("page chrome", r"^(?:Post )?Your Answer$", 3, hints=("your answer",)),
    _rule("page chrome", r"^Thanks for contributing an answer to\b", 40,
          hints=("contributing an answer",)),
    _rule("tags", r"^Not the answer you['’]re looking for\?\s*Browse other questions\b", 60,
          hints=("browse other questions",)),
)
# fmt: on
