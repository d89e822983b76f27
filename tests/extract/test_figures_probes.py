"""Numbers the figure extractor must leave out, and the like that stay figures: opinion
polls of voters, forces sent at a caravan, people blocked at a scene, a group counted
"with us" (sentences written for these tests, in the styles of many outlets)."""

from __future__ import annotations

import datetime as dt

import pytest

from caravanwatch.extract.figures import extract_figures

CONTEXT = "Migrants of the caravan asked for asylum at the border. "


def figures(nlp, make_article, text: str) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    text = CONTEXT + text
    article = make_article(text=text, published=dt.date(2022, 6, 7))
    return [(f.value, f.unit) for f in extract_figures(nlp(text), article)]


NOT_FIGURES: list[tuple[str, str, float]] = [
    ("poll-voters-disapprove",
     "A new poll found that 57 percent of voters disapprove of the handling of the caravan.",
     0.57),
    ("poll-second-share-approve",
     "In the Gallup survey 57 percent disapprove of the policy on migrants, while 38% approve.",
     0.38),
    ("poll-of-americans",
     "A 2019 poll found 54% of Americans oppose building a wall on the border with Mexico.",
     0.54),
    ("survey-hispanic-adults",
     "According to the survey, 45% of Hispanic adults said migration at the border was a crisis.",
     0.45),
    ("exit-poll-republicans",
     "Exit polls showed immigration was the top issue for 23 percent of Republicans.", 0.23),
    ("poll-registered-voters",
     ("Some 61% of registered voters support deporting migrants who entered illegally, the "
      "poll said."), 0.61),
    ("poll-respondents",
     "Nearly 70 percent of respondents said asylum rules should be stricter.", 0.70),
    ("troops-sent-to-stop-the-caravan",
     "The National Guard sent 400 troops to the highway to stop the caravan.", 400),
    ("soldiers-deployed-to-block-the-march",
     "Guatemala deployed 2,000 soldiers to block the march at the border crossing.", 2000),
    ("troops-to-contain-the-group",
     "The army dispatched 300 troops to contain the group outside Huixtla.", 300),
    ("police-blocked-migrants-highway",
     "Police in riot gear blocked roughly 2,000 migrants on the highway on Saturday.", 2000),
    ("guardsmen-halted-people",
     "Guardsmen halted about 1,500 people at the bridge on Monday morning.", 1500),
    ("children-with-us-quote",
     "\"There are 1,200 children with us,\" an organizer of the caravan said.", 1200),
    ("women-with-them",
     "Organizers said there were 600 women with them and many small children.", 600),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "value"), [(t, v) for _, t, v in NOT_FIGURES],
                         ids=[i for i, _, _ in NOT_FIGURES])
def test_not_a_figure(nlp, make_article, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    got = figures(nlp, make_article, text)
    assert not any(abs(v - value) <= 0.005 * value for v, _ in got), got


STILL_FIGURES: list[tuple[str, str, float, str]] = [
    ("share-of-migrants-survey",
     "A survey by the agency found that 40 percent of migrants had been robbed on the route.",
     0.40, "percent"),
    ("share-of-encounters",
     "Venezuelans made up 30 percent of encounters at the border in April.", 0.30, "percent"),
    ("troops-deployed-border-general",
     "Mexico agreed to deploy 6,000 guardsmen to its southern border to stop migration.",
     6000, "troops"),
    ("troops-stop-caravans-plural",
     "The Pentagon will send 5,200 troops to the border to stop caravans of migrants.",
     5200, "troops"),
    ("stopped-statistic-period",
     "Border agents stopped 200,000 migrants at the southern border in May.", 200000,
     "people"),
    ("shelter-with-statistic",
     "The shelter received 24,000 migrants last year, its director said.", 24000, "people"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "value", "unit"), [(t, v, u) for _, t, v, u in STILL_FIGURES],
                         ids=[i for i, _, _, _ in STILL_FIGURES])
def test_still_a_figure(nlp, make_article, text: str, value: float, unit: str) -> None:  # type: ignore[no-untyped-def]
    got = figures(nlp, make_article, text)
    assert any(abs(v - value) <= 0.005 * value and u == unit for v, u in got), got
