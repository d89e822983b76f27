"""Quote speakers and figures in situations that showed up in whole articles (the open
set ``heldout_e``), each written again here in other wordings, outlets and names:

* a partial quotation after "X said (in a statement) that it" followed by "and ..." or
  "but ...": the speaker is X, never the words of the next clause;
* a surname that is also a country or a place ("Montenegro", "Honduras") used alone
  after the full name: still the person for "she said";
* caption and fact-check labels ("Photo 3:", "CLAIM:") are not speakers; a parenthesis
  after a claim names who made it;
* figures: a number followed by a comma does not take the next noun as its unit; a
  distance that only locates a place ("10 kilometers inside the country", "every 20
  kilometers") is not a figure; a rate ("a month", "a day") belongs to its own number.

Every text was written for these tests; people, outlets and numbers are invented.
"""

from __future__ import annotations

import pytest
from speakers import check_quotes

from caravanwatch.extract.quotes import extract_quotes

Case = tuple[str, str, list[tuple[str, str]]]

QUOTES: list[Case] = [
    # a partial quotation after "X said ... that it", then another clause
    ("that-it-but",
     ("The Guatemalan Migration Institute said on Monday that it \"will process every "
     "request for refuge quickly,\" but did not say how many officers it would send."),
     [("Guatemalan Migration Institute", "will process every request")]),
    ("that-it-and-officials",
     ("Honduras's Foreign Ministry said late Friday that it \"rejects any use of force "
     "against our citizens,\" and officials said consuls were on their way."),
     [("Foreign Ministry", "rejects any use of")]),
    ("that-he-and-asked",
     ("Governor Ellen Marsh said in a radio interview that she \"will not let the state "
     "pay for this,\" and asked Congress for emergency funds."),
     [("Ellen Marsh", "will not let the")]),
    ("that-but-added",
     ("The bishop of Tapachula, Jaime Olmedo, said in a letter that the church \"cannot "
     "close its doors to anyone,\" but urged the marchers to rest before leaving."),
     [("Jaime Olmedo", "cannot close its doors")]),
    # a surname that is also a country or a place
    ("surname-country-she",
     ("The committee heard from Ana Montenegro, the deputy labor minister, on Tuesday. "
      "The United Nations refugee agency said it had sent staff to the border. "
      "Montenegro said the ministry would hire forty inspectors. \"This is the first "
      "step, not the last one,\" she said."),
     [("Ana Montenegro", "This is the first step")]),
    ("surname-place-he",
     ("The caravan was received by the parish of San Cristobal. Its priest, Father Luis "
      "Salvador, counted the families. The International Organization for Migration "
      "sent two nurses. Later Salvador walked along the line of tents. \"Nobody will "
      "sleep outside tonight,\" he said."),
     [("Luis Salvador", "Nobody will sleep outside")]),
    # caption labels are no speakers
    ("caption-label-given-name",
     ("Photo 4: A woman washes clothes in the river near Escuintla. She gave her name "
      "only as Marisol. \"The children have not bathed in a week,\" she said."),
     [("Marisol", "The children have not")]),
    ("caption-label-pronoun",
     ("Image 2: Teodoro Baca, 60, rests on a bench in the square of Huixtla. \"My knees "
      "are older than I am,\" he said."),
     [("Teodoro Baca", "My knees are older")]),
    # a fact-check claim: the label is no speaker, the parenthesis names the claimant
    ("claim-parenthesis",
     ("CLAIM: \"Two million people crossed the border last month alone.\" (Senator "
      "Mark Ridley, in a television interview on March 3)"),
     [("Mark Ridley", "Two million people crossed")]),
    ("statement-label-parenthesis",
     ("Statement: \"The caravans are being paid for by foreign governments.\" "
      "(Congresswoman Lisa Danvers, on social media, Jan. 9)"),
     [("Lisa Danvers", "The caravans are being")]),
    # "it" in a sentence whose subject is an institution: that institution, not the
    # organisation quoted before
    ("it-same-sentence-institution",
     ("The Mexican Foreign Ministry said in a note that it \"deeply regrets the deaths\" "
      "and promised an inquiry.\n\nThe Red Cross said it had sent two ambulances and "
      "asked both sides to make sure that \"every wounded person gets care.\""),
     [("Mexican Foreign Ministry", "deeply regrets the deaths"),
      ("Red Cross", "every wounded person gets")]),
    # a role the name stands in apposition to: "the role, Name," then "the role said"
    ("role-appos-name",
     ("In Huixtla, the parish kitchen coordinator, Rosa Ixcot, counted 80 children. "
      "\"I need milk more than anything,\" the kitchen coordinator said."),
     [("Rosa Ixcot", "I need milk more")]),
    ("director-of-appos-name",
     ("The group was received by the director of the state shelter network, Pablo "
      "Mena, on Friday. Two buses arrived later. \"We cannot host everyone who comes,\" "
      "the director said."),
     [("Pablo Mena", "We cannot host everyone")]),
    # "the man" after an unnamed person introduced with another noun of his sex
    ("the-man-after-grandfather",
     ("Behind them walked a Salvadoran grandfather of five, who asked not to be named. "
      "\"We have been sleeping under trucks,\" the man said."),
     [("a Salvadoran grandfather of five", "We have been sleeping")]),
    ("the-woman-after-mother",
     ("Rafael Soto, an organizer, counted the buses. Nearby sat a Nicaraguan mother of "
      "two with a sleeping baby. \"Nobody told us the road was closed,\" the woman "
      "said."),
     [("a Nicaraguan mother of two", "Nobody told us the")]),
    ("citing-a-reason-is-no-speaker",
     ('A spokesman, Luis Ortega, said agents would keep escorting people back "to protect '
      'public health," citing the pandemic.'),
     [("Luis Ortega", "to protect public health")]),
    ("spokesman-for-a-person-appos",
     ('A spokesman for Senator Dalton, Kyle Brennan, said the senator was "speaking about '
      'the crisis as a whole."'),
     [("Kyle Brennan", "speaking about the crisis as")]),
    ("caption-label-is-no-person",
     ('Photo 2: A man rests under a bridge outside Huixtla. He gave his name only as '
      'Wilmer. "My feet are finished, but my head still says walk," he said.'),
     [("Wilmer", "My feet are finished, but")]),
    ("outer-speech-verb-speaks",
     ('Mayor Ana Ruiz said the city would declare an emergency "if the numbers keep rising '
      'at this pace."'),
     [("Ana Ruiz", "if the numbers keep rising")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"),
                         [pytest.param(t, e, id=i) for i, t, e in QUOTES])
def test_quote_speaker(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                       expected: list[tuple[str, str]]) -> None:
    check_quotes(extract_quotes(nlp(text), make_article(text=text)), expected)


# Figures: (sentence, expected (value, unit) pairs, in any order).
FIGURES: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("rate-bound-to-its-number",
     ("Figures released by the ministry showed that Honduras deported 7,240 foreigners "
      "between January and June, and that 31,000 Hondurans were returned over the same "
      "period, about 5,100 a month."),
     [(7240, "people"), (31000, "people"), (5100, "per_month")]),
    ("daily-average-of",
     ("Border Patrol reported 8,100 apprehensions a day in the last week of May, up "
      "from a daily average of 5,900 migrants in April."),
     [(8100, "per_day"), (5900, "per_day")]),
    ("monthly-average-of",
     ("Asylum requests in Mexico reached a monthly average of about 11,000 in 2023, the "
      "refugee commission said."),
     [(11000, "per_month")]),
    ("spacing-not-trip",
     ("Aid groups asked the state to set up water stations for migrants every 15 "
      "kilometers along the highway."),
     []),
    ("inside-locates",
     ("Police stopped the migrants at a checkpoint about 12 kilometers inside the "
      "country, where 40 were detained."),
     []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"),
                         [pytest.param(t, e, id=i) for i, t, e in FIGURES])
def test_figures(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                 expected: list[tuple[float, str]]) -> None:
    from caravanwatch.extract.figures import extract_figures

    figures = extract_figures(nlp(text), make_article(text=text))
    got = sorted((f.value, f.unit) for f in figures)
    assert got == sorted(expected), got
