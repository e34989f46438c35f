"""Words a writer shortens with a full stop that ends no sentence: a rank or a title before a
name ("Maj. Gen.", "Spc.", "Fr.", "Cllr."), and a month before its day ("Mar. 11").

Read by the sentence splitter of extract and by compose's cut of a key point, each adding the
shortened words only its own job meets.
"""

from __future__ import annotations

# As written, capitals and all ("SSgt"): compose matches them so, extract in any case.
TITLES = (
    # ranks, enlisted ranks too, and their plurals ("Gens.")
    "Gen", "Gens", "Lt", "Maj", "Brig", "Col", "Cols", "Capt", "Cpt", "Cmdr", "Cmdt",
    "Adm", "Ens", "Sgt", "Cpl", "Pvt", "Spc", "Pfc", "Sfc", "SSgt", "TSgt", "MSgt", "SrA", "Amn",
    # titles, offices and clergy
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Rev", "Fr", "Msgr", "Hon", "Sen", "Rep", "Gov",
    "Del", "Amb", "Pres", "Vice", "Supt", "Insp", "Cllr",
    # a rank retired or in reserve: "Col. Jane Roe (Ret.)"
    "Ret", "Res",
)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
