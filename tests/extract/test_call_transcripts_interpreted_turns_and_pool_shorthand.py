"""Call transcripts label each speaker "Name -- Title" on a line of their own (the operator's
lines, headings and the closing roster of participants are no turns); a guest speaking "(through
interpreter)" still speaks in their own turn; a meeting's opening roll call is no statement; a
pool report's "POTUS" is a person."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-14", "Transcript")

_CALL = ("Operator\n\n"
         "Good morning and welcome to the Brightwater Pumps first quarter call. I would now "
         "like to turn the call over to Lena Ortiz.\n\n"
         "Lena Ortiz -- Chief Executive Officer\n\n"
         "Thanks, Operator, and good morning. Orders doubled this quarter. Our new valve "
         "plant in Tulsa opened in April and runs two shifts. We hired 240 people there.\n\n"
         "Paul Green will take you through the numbers.\n\n"
         "Paul Green -- Chief Financial Officer\n\n"
         "Revenue was $310 million, up 12%. Cash flow was $40 million.\n\n"
         "Questions and Answers:\n\n"
         "Operator\n\n"
         "Our first question comes from Mia Reyes with Harbor Bank. Please go ahead.\n\n"
         "Mia Reyes -- Harbor Bank -- Analyst\n\n"
         "Lena, is the Tulsa plant running at full speed yet?\n\n"
         "Lena Ortiz -- Chief Executive Officer\n\n"
         "Good morning, Mia. Not yet. We expect full output by the autumn. The second line "
         "starts in August.\n\n"
         "Call participants:\n\n"
         "Lena Ortiz -- Chief Executive Officer\n\n"
         "Paul Green -- Chief Financial Officer\n\n"
         "Mia Reyes -- Harbor Bank -- Analyst\n\n"
         "More Brightwater analysis\n\n"
         "All earnings call transcripts are produced for readers and may contain errors of "
         "transcription in names and figures.\n")


def test_a_call_transcripts_dashed_labels_are_its_people_with_their_titles():
    people = DRAFTS.people(_CALL)
    assert people["Lena Ortiz"] == "Chief Executive Officer"
    assert people["Paul Green"] == "Chief Financial Officer"
    assert people["Mia Reyes"] == "Analyst, Harbor Bank"


def test_a_call_transcripts_turns_start_at_the_substance_and_skip_the_operator_and_roster():
    quotes = [(q.speaker, q.text) for q in DRAFTS.facts(_CALL).quotes]
    assert ("Lena Ortiz", "Orders doubled this quarter. Our new valve plant in Tulsa opened in "
            "April and runs two shifts. We hired 240 people there.") in quotes
    assert any(who == "Paul Green" and text.startswith("Revenue was") for who, text in quotes)
    assert any(who == "Lena Ortiz" and text.startswith("Not yet.") for who, text in quotes)
    assert not any("take you through" in text or "welcome" in text or "transcripts" in text
                   for _, text in quotes)


def test_a_call_executives_label_is_their_sourcing():
    sources = DRAFTS.sources(_CALL)
    assert any(kind == "named official" and "Lena Ortiz -- Chief" in text
               for kind, _, text in sources)


def test_an_interpreted_guests_labelled_turns_are_their_quotes():
    text = ("Tonight we spoke with provincial spokesman Omar Saleh through an interpreter.\n\n"
            "ANNA BELL, HOST: What happened at the bridge?\n\n"
            "OMAR SALEH (through interpreter): Two trucks fell into the river when the span "
            "gave way. The drivers were rescued.\n\n"
            "ANNA BELL, HOST: When will it reopen?\n\n"
            "SALEH (through interpreter): Not before the spring, because the engineers only "
            "arrive next week.\n")
    quotes = [(q.speaker, q.text[:12]) for q in DRAFTS.facts(text).quotes]
    assert quotes == [("Omar Saleh", "Two trucks f"), ("Omar Saleh", "Not before t")]
    assert any(kind == "named official" and "(through interpreter)" in span
               for kind, _, span in DRAFTS.sources(text))


def test_a_meetings_opening_roll_call_is_no_quote():
    text = ("Hart, Jonas COL USARMY 3BCT (USA)   0:00:04\n\n"
            "OK, I think we've got everybody. This is the logistics sync for Thursday. Keep it "
            "unclassified on this call. Supply, do you want to kick us off?\n\n"
            "Reed, Nora MAJ USARMY 3BCT (USA)   0:00:21\n\n"
            "Fuel stocks at the forward site are down to four days. The next convoy leaves "
            "Saturday morning with two tankers.\n\n"
            "Hart, Jonas COL USARMY 3BCT (USA)   0:01:02\n\n"
            "Then the convoy gets the escort from the second company, and I will sign that "
            "order today.\n")
    quotes = [(q.speaker, q.text) for q in DRAFTS.facts(text).quotes]
    assert [who for who, _ in quotes] == ["Nora Reed", "Jonas Hart"]


def test_a_pool_reports_potus_is_the_person_who_speaks():
    text = ("In-town pool report #2\n\n"
            "POTUS met the visiting prime minister in the Oval Office at 11:05 a.m.\n\n"
            "POTUS said, \"We had a very good talk about the ports.\" He added that trade "
            "\"will grow a lot this year.\"\n")
    assert "POTUS" in DRAFTS.people(text)
    assert {q.speaker for q in DRAFTS.facts(text).quotes} == {"POTUS"}
