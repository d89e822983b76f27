"""Figure recall and precision across outlets: percentages, rates, ranges, money, letter
scales ("1.2m"), distances, troops, and numbers that are not migration figures (every
sentence written for these tests; organisations and numbers are invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from figuring import figures_found, values

from caravanwatch.extract.figures import extract_figures

Case = tuple[str, str, list[tuple[float, str]]]

# A sentence about migrants before each case, as an article gives one.
_LEAD = "Thousands of migrants are heading north. "

POSITIVE: list[Case] = [
    ("percent-cbp-data", ("Apprehensions at the southwest border rose 23 percent in March, "
     "according to CBP data."), [(0.23, "percent")]),
    ("half-a-million", ("Nearly half a million people crossed the Darién Gap in 2023, "
     "Panamanian authorities said."), [(500000, "people")]),
    ("wage-range-per-day", ("Farmworkers in Honduras earn $4-$5 per day, according to the "
     "World Food Programme."), [(4, "usd_per_day")]),
    ("two-million-estimates", ("Some 2 million Venezuelans now live in Colombia, the UN "
     "refugee agency estimates."), [(2000000, "people")]),
    ("asylum-requests-record", ("Mexico's refugee commission, COMAR, received 140,000 asylum "
     "requests last year, a record."), [(140000, "people")]),
    ("range-per-day", ("Between 8,000 and 10,000 migrants a day were crossing the border in "
     "December, officials said."), [(8000, "per_day")]),
    ("daily-after-verb", ("About 1,200 people cross the Suchiate River daily, according to "
     "local officials."), [(1200, "per_day")]),
    ("troops-sending", "The Pentagon is sending 1,500 more troops to the southern border.",
     [(1500, "troops")]),
    ("percent-sign-data-from", ("Data from the Migration Policy Institute show that 61% of "
     "the migrants were women and children."), [(0.61, "percent")]),
    ("smuggler-range-usd", ("Smugglers charge between $7,000 and $10,000 per person for the "
     "trip to the United States."), [(7000, "usd")]),
    ("route-length-km", _LEAD + "The walk from Tapachula to Mexico City is more than 1,100 "
     "kilometres.", [(1100, "km")]),
    ("walked-km-by-thursday", "By Thursday, the marchers had walked about 40 km, to Huixtla.",
     [(40, "km")]),
    ("walked-miles-week", "The group has walked some 150 miles in a week.", [(150, "miles")]),
    ("fiscal-year-millions", ("Border Patrol agents apprehended more than 2.2 million "
     "migrants in fiscal year 2022."), [(2200000, "people")]),
    ("decimal-millions-since", ("UNHCR says 7.7 million Venezuelans have left their country "
     "since 2015."), [(7700000, "people")]),
    ("remittances-billion", "Remittances to Honduras reached $9 billion last year.",
     [(9000000000, "usd")]),
    ("asylum-january-alone", ("More than 11,000 people applied for asylum in Tapachula in "
     "January alone, COMAR said."), [(11000, "people")]),
    ("percent-deported-by-bus", ("Some 70% of those deported are returned by bus, according "
     "to the institute."), [(0.70, "percent")]),
    ("average-per-day", ("An average of 300 migrants per day arrive at the shelter, the "
     "director said."), [(300, "per_day")]),
    ("refugee-status-so-far", ("Mexico has received more than 30,000 requests for refugee "
     "status so far this year."), [(30000, "people")]),
    ("inm-deported-between-months", ("The INM said it had deported 68,000 Central Americans "
     "between January and May."), [(68000, "people")]),
    ("sent-back-a-month", ("Roughly 3,500 people a month were being sent back from Mexico to "
     "Honduras."), [(3500, "per_month")]),
    ("bus-ticket-usd", ("A bus ticket to the border costs about $150, but few migrants can "
     "afford it."), [(150, "usd")]),
    ("minors-doubled", ("The number of unaccompanied minors caught at the border doubled to "
     "9,000 in May."), [(9000, "people")]),
    ("per-cent-british", ("Migrant arrests fell 40 per cent in January, the Home Office "
     "said."), [(0.40, "percent")]),
    ("from-year-to-year", ("Apprehensions went from 2,000 in 2019 to 9,000 in 2021, "
     "according to CBP."), [(2000, "people"), (9000, "people")]),
    ("letter-scale-m", ("Panama recorded 1.2m crossings of the Darién border in the past "
     "three years."), [(1200000, "people")]),
    ("letter-scale-k", ("Some 12k migrants were waiting at the border in Ciudad Juárez, "
     "local officials said."), [(12000, "people")]),
    ("spelled-thousand", ("Twelve thousand people applied for asylum in Mexico in the first "
     "quarter."), [(12000, "people")]),
    ("nearly-percent-returned", ("Guatemala returned nearly 40% of the Hondurans it detained "
     "last year."), [(0.40, "percent")]),
    ("usd-prefix-range", ("Migrants pay smugglers US$3,000 to US$5,000 for the trip, "
     "according to the report."), [(3000, "usd")]),
    ("lempiras-or-usd-a-day", ("Farm workers earn between 150 and 200 lempiras, or about $6 "
     "to $8, a day."), [(6, "usd_per_day")]),
    ("year-earlier-not-rate", ("The number of migrants detained in Mexico rose to 180,000 in "
     "2019, up from 131,000 a year earlier."), [(180000, "people"), (131000, "people")]),
    ("a-day-arriving", ("About 400 migrants a day are arriving in Tijuana, according to city "
     "officials."), [(400, "per_day")]),
    ("advanced-another-km", ("The caravan advanced another 38 kilometers on Wednesday, to "
     "Mapastepec."), [(38, "km")]),
    ("two-units-first", "The marchers covered 25 miles (40 km) on Tuesday.", [(25, "miles")]),
    ("humanitarian-visas", ("Mexico has issued 13,000 humanitarian visas since January, the "
     "INM said."), [(13000, "people")]),
    ("refugees-admitted-fiscal", ("The United States admitted 2,500 refugees from Central "
     "America in fiscal 2019."), [(2500, "people")]),
    ("exceeds-according-to", ("The number of asylum seekers waiting in Mexican border towns "
     "exceeds 60,000, according to Human Rights First."), [(60000, "people")]),
    ("each-year-reach-us", ("Each year some 300,000 Hondurans try to reach the United States, "
     "the church estimates."), [(300000, "per_year")]),
    ("deported-and-percent", ("Mexico deported 24,000 Hondurans in the first four months of "
     "the year, a 70 percent increase."), [(24000, "people"), (0.70, "percent")]),
    ("hit-according-to-ministry", ("Deportations from the U.S. and Mexico hit 75,000 in "
     "2018, according to the Honduran foreign ministry."), [(75000, "people")]),
    ("a-month-leave-country", ("Officials estimate that 1,000 people a month leave El "
     "Salvador for the north."), [(1000, "per_month")]),
    ("returned-between-months", ("Between January and June, 22,500 people were returned to "
     "Guatemala by air and land."), [(22500, "people")]),
    ("since-october-caught", ("Since October, Border Patrol agents have caught more than "
     "400,000 people."), [(400000, "people")]),
    ("detention-centres-holding", ("The INM has 60 detention centres holding about 4,000 "
     "people."), [(4000, "people")]),
    ("walked-and-covered-km", ("The migrants had walked for 12 hours in 30-degree heat, "
     "covering 35 kilometres."), [(35, "km")]),
    ("walking-km-after-group", ("In 2018, a caravan of some 7,000 people reached Tijuana "
     "after walking 4,000 km."), [(4000, "km")]),
    ("miles-away-goal", "The migrants want to reach the United States, 2,000 miles away.",
     [(2000, "miles")]),
    ("fare-one-dollar", ("The migrants, who paid $1 each for the bus, reached the border in "
     "2 hours."), [(1, "usd")]),
    ("wall-funding", "The border wall cost $15 billion, the administration said.",
     [(15000000000, "usd")]),
    ("people-treated", ("The Red Cross said it had given first aid to 230 migrants along the "
     "route."), [(230, "people")]),
    ("percent-of-patients", ("Doctors said 80 percent of the migrants they treated had "
     "blisters."), [(0.80, "percent")]),
    ("shelter-grant", ("The caravan reached the shelter. The 300-bed shelter opened in 2019 "
     "with a $2 million grant."), [(2000000, "usd")]),
    ("deployed-national-guard", ("Mexico deployed 6,000 National Guard troops to its "
     "southern border in June."), [(6000, "troops")]),
    ("per-month-deportations", ("The observatory estimates that Mexico carried out more than "
     "4,000 deportations a month in 2024."), [(4000, "per_month")]),
    ("registering-a-day", ("Officials said an average of 1,200 people a day were registering "
     "at the migration office in Tapachula."), [(1200, "per_day")]),
    ("percent-up-from", ("Shelters in El Paso were holding about 1,100 migrants on Monday, "
     "up 30 percent from the previous week, city officials said."),
     [(1100, "people"), (0.30, "percent")]),
    ("record-encounters", ("Agents caught 187,000 people at the border in May, the highest "
     "monthly total in 21 years."), [(187000, "people")]),
]

NEGATIVE: list[tuple[str, str]] = [
    ("caravan-strong", ("The caravan was about 4,000 strong when it left San Pedro Sula on "
     "Saturday.")),
    ("police-sent", "Police sent 300 officers to stop the caravan at the bridge."),
    ("riot-police-blocked", "Some 500 federal police in riot gear blocked the road."),
    ("age-and-year", "Maria Lopez, 34, left Honduras in 2018 with her three children."),
    ("date", "The caravan set out on October 12 from the bus terminal."),
    ("travelling-in-caravan", ("About 7,000 migrants were travelling in the caravan, "
     "according to the UN.")),
    ("group-detained", "The group of 200 migrants was detained at a checkpoint near Huixtla."),
    ("year-agreement", "The 2019 agreement required Mexico to deploy its National Guard."),
    ("buses", "Five buses carried the migrants to Mexico City."),
    ("meals", "The shelter serves 3 meals a day to the migrants."),
    ("group-resting", ("4:15 p.m. — The group, now around 5,000 people, is resting in "
     "Escuintla.")),
    ("quoted-size", ("\"We are more than 5,000 and more are coming,\" said organiser Luis "
     "Garcia.")),
    ("meals-and-kits", "This week the shelter welcomed migrants and served 2,100 meals."),
    ("hours-walked", "The migrants, most of whom had walked 12 hours, slept in the square."),
    ("temperature-and-population", ("The migrants rested in Huixtla. Temperatures there "
     "reached 35 degrees, and the town of 30,000 inhabitants ran short of water.")),
    ("election-percent", ("Migrants crossed the river at dawn. The president won the 2021 "
     "election with 52 percent of the vote.")),
    ("mayor-vote-share", ("The caravan passed through Escuintla. The town's mayor, elected "
     "with 60% of the vote, offered water.")),
    ("economy-percent", ("The caravan left on Monday. Honduras' economy grew 3.5 percent "
     "last year, while unemployment stood at 9 percent.")),
    ("journey-days-countries", ("Migrants boarded the trucks. The 40-day journey took them "
     "through 5 countries.")),
    ("road-length", "Migrants walked along Highway 200. The road is 1,200 kilometres long."),
    ("march-stretched", ("The march of migrants stretched for nearly 2 kilometres along the "
     "highway.")),
    ("escort-guard", "More than 40 National Guard members escorted the migrant caravan."),
    ("injured-detained-clashes", ("Police said 12 migrants were injured and 45 were "
     "detained in the clashes.")),
    ("bed-capacity", "The migrants reached a 300-bed shelter run by the church."),
    ("journalists", "Some 150 journalists covered the caravan's arrival in Tijuana."),
    ("caravan-shrunk", ("The caravan, which numbered 7,000 at its peak, has shrunk to fewer "
     "than 2,000 people.")),
    ("remained-in-camp", ("Around 3,000 remained in the camp on Friday, officials said, "
     "after about 1,000 accepted buses to Mexico City.")),
    ("turned-back", ("Of the 1,500 migrants who left San Pedro Sula, about 200 have already "
     "turned back, organizers said.")),
    ("children-in-caravan", "The caravan has about 500 children, according to UNICEF."),
    ("agents-workforce", ("The U.S. Border Patrol, which has 20,000 agents, said it was "
     "ready for the caravan.")),
    ("city-population", ("Tapachula, a city of 350,000 people, has been overwhelmed by "
     "migrants.")),
    ("left-and-joined", ("About 1,500 people left Tapachula on Monday, and another 500 "
     "joined them in Huixtla.")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"),
                         [pytest.param(t, e, id=i) for i, t, e in POSITIVE])
def test_figure_recall(nlp, make_article, text: str, expected: list[tuple[float, str]]) -> None:  # type: ignore[no-untyped-def]
    assert figures_found(nlp, make_article, text, dt.date(2023, 6, 5)) == values(expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NEGATIVE])
def test_not_figures_recall(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    article = make_article(text=text, published=dt.date(2023, 6, 5))
    got = [(f.value, f.unit) for f in extract_figures(nlp(text), article)]
    assert got == []
