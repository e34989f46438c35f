"""How a person's name is written in running text: a capitalised given name ("Ali-Reza"),
accented letters ("Agata Sowińska"), a family name with its particle ("al-Roe", "McRoe",
"Hamad bin Isa Al Khalifa"). The building blocks every name-finding pattern shares.
"""

from __future__ import annotations

# Letters of names, accented ones included: "Agata Sowińska", "Łukasz", "José Müller" (Latin-1
# and Latin Extended-A; the extended block mixes cases, so it sits in both classes).
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
FIRST = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"  # a capitalised given name ("Ali-Reza")
# A family name as a name found in running text is written ("al-Roe", "McRoe", "O'Roe").
SURNAME = r"(?:(?:al-|el-|Mc|Mac|O')?[A-Z][a-zA-Z'’-]+)"
# ("Al " before a Gulf family name: "Hamad bin Isa Al Khalifa", "Jane Al Roe")
# ("al " too, as Gulf transliterations write the article: "Khalfan al Roe")
_NAME_WORD = (rf"(?:(?:al-|el-|bin\s|bint\s|ibn\s|Abu\s|[Aa]l\s(?=[A-Z][a-z])|de\s|van\s|von\s|"
              rf"Mc|Mac|O')?"
              rf"[{_UP}][{_UP}{_LOW}'’-]+)")
_NAME = rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{0,2}}"
