"""Sourcing scans that run after all others, where none found the source: each reads the whole
text for one phrasing of its own (attributions.py keeps its list of scans short this way).

- a contact the writer's team speaks to (sourcing_our_contacts.py);
- an outlet a claim came through, or a set a witness had on (sourcing_via_outlets.py);
- a body's statement named with the outlet that carried it (sourcing_carried_statements.py);
- a body a second-hand writer names in plain words (sourcing_hearsay.py);
- the person or officer who briefed a delegation (sourcing_briefed.py);
- a unit speaking by its noun alone, "the wing reported" (sourcing_units_speaking.py);
- an unnamed officer quoted describing something (sourcing_described_as.py);
- a court record that speaks, and the body that first announced a toll (sourcing_case_records.py);
- a body speaking after a long "which" clause about it (sourcing_after_which.py);
- a body's statement cited by its date (sourcing_dated_statements.py);
- the officials and findings a committee's report cites (sourcing_committee_citations.py);
- a government or its officials condemning (sourcing_bare_reactions.py);
- a member of the public after the verb, "said one resident" (sourcing_said_public.py);
- an unnamed official with a who-clause before the verb (sourcing_who_clauses.py);
- a military or a ministry identifying the dead (sourcing_identified_dead.py);
- unnamed officials who have not confirmed a claim (sourcing_not_confirmed.py);
- a ranked official's stamped note in a ticket or a log (sourcing_stamped_notes.py);
- an unnamed office holder speaking in public, "a leader said in a speech"
  (sourcing_public_words.py);
- a party's paper cited by its date or exhibit number, "Its amended report of 3 May 2026
  (EX 7) lists" (sourcing_filed_papers.py);
- the paper a party's position was set out in (sourcing_set_out_in.py).
"""

from __future__ import annotations

from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.sourcing_after_which import after_which
from briefdeck.extract.sourcing_bare_reactions import bare_reactions
from briefdeck.extract.sourcing_briefed import briefers
from briefdeck.extract.sourcing_carried_statements import carried_statements
from briefdeck.extract.sourcing_case_records import case_records
from briefdeck.extract.sourcing_committee_citations import committee_citations
from briefdeck.extract.sourcing_dated_statements import dated_statements
from briefdeck.extract.sourcing_described_as import described_as
from briefdeck.extract.sourcing_filed_papers import filed_papers
from briefdeck.extract.sourcing_hearsay import hearsay_sources
from briefdeck.extract.sourcing_identified_dead import identified_dead
from briefdeck.extract.sourcing_not_confirmed import not_confirmed
from briefdeck.extract.sourcing_our_contacts import our_contacts
from briefdeck.extract.sourcing_public_words import public_words
from briefdeck.extract.sourcing_said_public import said_public
from briefdeck.extract.sourcing_set_out_in import set_out_in
from briefdeck.extract.sourcing_stamped_notes import stamped_notes
from briefdeck.extract.sourcing_units_speaking import units_speaking
from briefdeck.extract.sourcing_via_outlets import via_outlets
from briefdeck.extract.sourcing_who_clauses import who_clauses


def late_sources(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source the late scans find."""
    return our_contacts(text, people) + via_outlets(text) + carried_statements(text) + \
        hearsay_sources(text, people) + briefers(text, people) + units_speaking(text) + \
        described_as(text, people) + case_records(text, people) + after_which(text, people) + \
        dated_statements(text) + committee_citations(text) + bare_reactions(text) + \
        said_public(text) + who_clauses(text) + identified_dead(text) + not_confirmed(text) + \
        stamped_notes(text) + public_words(text) + filed_papers(text) + set_out_in(text)
