"""A post named as the home of a person's unit, in the aside that says who the person is, is
not the scene of what happens to them.

"Pvt. Ana Vey, a medic with the 12th Signal Battalion clinic at Fort Ardent, Texas, was on the
roof when a rocket hit the base": the battalion's home post describes the medic; "the base"
that was hit is where the story is, not in Texas. (An installation named in the sentence is
otherwise what "the base" means.)
"""

from __future__ import annotations

import re

# ", a medic with the 12th Signal Battalion clinic at ", ", an airman from the 9th Wing, based
# at ": the aside's lower-case role, its unit's designation, at most two lower-case words for the
# unit's part ("kennel", "motor pool"), then the post
_UNIT_HOME_BEFORE = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z][\w'’-]*\s+){1,4}?(?:with|of|from|in|assigned\s+to)\s+the\s+"
    r"(?:[\w'’.,-]+\s+){1,6}?(?:Battalion|Regiment|Brigade|Division|Wing|Squadron|Group|Battery|"
    r"Company|Detachment)(?:\s+[a-z][\w-]*){0,2}?,?\s+(?:(?:based|stationed|headquartered)\s+)?"
    r"(?:at|in)\s+(?:the\s+)?$")
_LOOK = 140


def unit_home(text: str, start: int) -> bool:
    """Is the place at start the post of a person's unit, named in the aside describing them?"""
    return _UNIT_HOME_BEFORE.search(text, max(0, start - _LOOK), start) is not None
