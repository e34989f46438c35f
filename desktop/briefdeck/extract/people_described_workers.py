"""Workers named at a sentence's start and described by what they do: "Jane Roe, a kitchen
supervisor from Springfield, was hurt ..." (a company's or a union's note on its staff).

The sentence opens with the full name, then "a"/"an" and a job, then where the person is from
or works ("from", "at", "with", "who") or a comma. A union's note names its members "Brother"
or "Sister" first ("Sister Jane Roe, a fuel clerk, was treated ..."). The name is a person
whatever the verb after it: no one but a person is a supervisor or a mechanic. The job is the
person's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_name_words import FIRST, SURNAME
from briefdeck.extract.person_patterns import TITLED_RE

# What a worker does: the last word of the description.
_JOB = (
    r"supervisor|mechanic|attendant|nurse|engineer|driver|teacher|technician|worker|guard|"
    r"cook|chef|electrician|cleaner|clerk|interpreter|translator|operator|labou?rer|foreman|"
    r"manager|medic|paramedic|doctor|pilot|employee|farmer|shepherd|fisherman|shopkeeper|"
    r"volunteer|photographer|accountant|carpenter|plumber|welder|porter|janitor|waiter|"
    r"storekeeper|dispatcher|inspector|specialist|coordinator|assistant|contractor"
)
# The sentence's opening up to the comma: the name, maybe after "Brother" or "Sister" (read
# to the comma itself, \Z: a heading's line over "Ahmed, 34, a farmer" is no name).
_OPENING = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t]))[ \t]*(?P<member>(?:Brother|Sister)[ \t]+)?"
    rf"(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{SURNAME}){{1,2}})\Z",
    re.M,
)
# What follows the comma: the job (after "Brother" or "Sister" any will do: the union has
# said it is a member), then where the person is from or works, or a comma.
_JOB_AFTER = re.compile(
    rf"[ \t]*(?P<role>(?:[a-z][\w-]*[ \t]+){{0,4}}?(?:{_JOB}))"
    r"(?=,|[ \t]+(?:from|at|with|who|for|in|on)\b)"
)
_ANY_JOB_AFTER = re.compile(
    r"[ \t]*(?P<role>(?:[a-z][\w-]*[ \t]+){0,4}?[a-z][\w-]+)"
    r"(?=,|[ \t]+(?:from|at|with|who|for|in|on)\b)"
)
_COMMA_ARTICLE = re.compile(r",[ \t]+an?[ \t]")
_NAME_REACH = 70  # characters before the comma the opening may take


def described_workers(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, job, start, end) of each worker a sentence opens with, described by the job."""
    # (each ", a " is read back to the sentence's opening: cheaper than trying the opening
    # at every capital of the text)
    for comma in _COMMA_ARTICLE.finditer(text):
        opening = _OPENING.search(text, max(0, comma.start() - _NAME_REACH), comma.start())
        if opening is None or TITLED_RE.match(text, opening.start("name"), comma.start()):
            continue  # ("Shri Jane Roe, a ...": a title's, read with the titled names)
        job = (_ANY_JOB_AFTER if opening.group("member") else _JOB_AFTER).match(
            text, comma.end())
        if job:
            yield opening.group("name"), " ".join(job.group("role").split()), \
                opening.start("name"), opening.end("name")
