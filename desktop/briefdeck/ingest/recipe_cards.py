"""A recipe blog's post: the writer's story over the recipe plugin's card and buttons.

A food blog (saved as Markdown or HTML) sets the writer's preamble, which may carry news
("the sirens started as I set the pot down"), among what its recipe plugin prints: the
"Jump to Recipe · Print Recipe" links, the affiliate disclosure, the star rating ("★★★★★ 4.9
from 37 votes"), the card's times and servings, the ingredients and steps, the nutrition
line, "Tried this recipe? Tag @... on Instagram." and the comment form. The ingredients'
quantities ("2 cups", "3 garlic cloves") and the steps' minutes are no facts; nor are the
rating and its votes.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine
from briefdeck.ingest.opening_rules import OpeningRule
from briefdeck.ingest.rules import _rule

_BUTTON = r"(?:jump to|print|pin|save|rate(?: this)?|share(?: this)?|e-?mail(?: this)?|go to)"

# fmt: off
# "Jump to Recipe · Print Recipe", "Print Recipe · Pin Recipe · Rate this recipe".
_BUTTONS = _rule("recipe buttons", rf"^{_BUTTON} (?:recipe|video)(?:[ \t]*+[·•|][ \t]*+{_BUTTON} "
                 r"(?:recipe|video)){0,5}$", 12)
# "★★★★★ 4.9 from 37 votes", "4.8 out of 5 stars (212 reviews)": the post's rating.
_RATING = _rule("rating", r"^[★☆✩✭⭐]{0,5}+[ \t]*+\d(?:\.\d{1,2})?[ \t]*+(?:from|out of 5"
                r"(?: stars)?|/ ?5)[ \t]*+(?:from|based on)?[ \t]*+\(?\d[\d,]*+ (?:votes?|ratings?|"
                r"reviews?)\)?$", 10)
# "Tried this recipe? Tag @site on Instagram.", "Made this recipe? Leave a rating."
_TRIED = _rule("recipe buttons", r"^(?:tried|made|cooked|baked|did you (?:try|make)) this "
               r"recipe\?", 30)
# "This post may contain affiliate links. Read my disclosure policy."
_AFFILIATE = _rule("disclaimer", r"^(?:this|the) (?:post|page|article|site|story|recipe|video) "
                   r"(?:may )?contains? affiliate links\b|^as an amazon associate\b", 24)
# "Leave a comment · Your email address will not be published. Required fields ..."
_COMMENT_FORM = _rule("comment form", r"^your e-?mail address will not be published\b|^leave a "
                      r"(?:comment|reply)(?:[ \t]*+[·•|:][^\n]{0,120})?$", 40)
RULES: tuple[OpeningRule, ...] = (
    OpeningRule(_BUTTONS, "JjPpSsRrEeGg", ("ecipe", "ECIPE", "ideo", "IDEO")),
    OpeningRule(_RATING, "★☆✩✭⭐0123456789"),
    OpeningRule(_TRIED, "TtMmCcBbDd", ("recipe?", "RECIPE?")),
    OpeningRule(_AFFILIATE, "TtAa", ("ffiliate", "ssociate")),
    OpeningRule(_COMMENT_FORM, "LlYy", ("published", "omment", "eply", "OMMENT", "EPLY")),
)
# fmt: on

# "Ingredients", "INGREDIENTS", "Instructions", "Method": the recipe card's headings.
_INGREDIENTS = re.compile(
    r"^#{0,4}[ \t]*+(?:ingredients|you will need|what you need)[ \t]*+:?$", re.I
)
_STEPS = re.compile(
    r"^#{0,4}[ \t]*+(?:instructions|directions|method|steps|preparation)"
    r"[ \t]*+:?$",
    re.I,
)
# "1. Soften the onion ...", "Step 2: Add ...", "- 2 cups red lentils": a card's items.
_ITEM = re.compile(r"^(?:[-*•]|\d{1,2}[.)]|step \d{1,2}[:.])[ \t]", re.I)
_INGREDIENT_WORDS = 14  # an ingredient is a short line: a quantity, a thing, a note
_STEP_WORDS = 60
_CARD_LINES = 40


def has_recipe(text: str) -> bool:
    return ("ngredients" in text or "NGREDIENTS" in text) and ("ecipe" in text or "ECIPE" in text)


def flag_recipe_card(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The ingredients heading and its short lines, the steps heading and its items."""
    i = 0
    while i < len(lines):
        text = lines[i].text
        if lines[i].words <= 4 and (_INGREDIENTS.match(text) or _STEPS.match(text)):
            steps = bool(_STEPS.match(text))
            limit = _STEP_WORDS if steps else _INGREDIENT_WORDS
            k = i + 1
            while (
                k < len(lines)
                and k - i <= _CARD_LINES
                and lines[k].words <= limit
                and (not steps or _ITEM.match(lines[k].text))
                and not (lines[k].words <= 4 and _STEPS.match(lines[k].text))
            ):
                k += 1
            if k > i + 1:
                for j in range(i, k):
                    flags.setdefault(j, "recipe card")
            i = k
            continue
        i += 1
