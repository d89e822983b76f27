"""Event precision: sentences news writes around a caravan that look like events but are
not (background and explainers, hypotheticals, negations, questions, officials' words
about what they would do, descriptions of places, habits, other people who "arrived" or
"crossed", idioms), the types that get confused (aid and offer, block and clash, detain
and deport, arrive and cross_border), and phrasings of block, offer, dissolve, join and
crossing that must still give their event.

Sentences written for these tests (none copied from an article), in the manners of wire
copy, local papers, NGO and government statements, live blogs and explainers.  Each
follows a neutral lead naming the caravan, so "they" and "the group" resolve.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from extracting import found_after

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 10, 25)  # a Wednesday
LEAD = "Reporters have followed the migrant caravan for weeks. "
A, P = "actual", "planned"


def found_in(sentence: str) -> list[tuple[str, str]]:
    """(type, modality) of the events whose evidence is ``sentence``, after the lead."""
    return found_after(LEAD, sentence, PUBLISHED)


# --- sentences that state no event of a type ("*": of any type) ------------------------
# (id, sentence, type)
BACKGROUND: list[tuple[str, str, str]] = [
    ("formed-since-2018", "Caravans have formed in Honduras regularly since 2018.", "*"),
    ("often-cross-rafts", "Migrants often cross the Suchiate River on rafts made of tyres.",
     "*"),
    ("every-year-cross", "Every year, tens of thousands of migrants cross Mexico on foot.",
     "*"),
    ("usually-travel", "Caravans usually travel along the coastal highway in Chiapas.", "*"),
    ("tend-to-gather", "Migrants tend to gather in the central park before a caravan leaves.",
     "*"),
    ("explainer-what-is", ("A caravan is a large group of migrants who travel together for "
                           "safety."), "*"),
    ("explainer-why-travel", ("Migrants travel in caravans because smugglers charge thousands "
                              "of dollars."), "*"),
    ("have-been-deported-years", ("Hundreds of thousands of Hondurans have been deported from "
                                  "the United States over the past decade."), "deport"),
    ("past-caravans-broken-up", ("Previous caravans were broken up by Mexican authorities "
                                 "before they reached the capital."), "block"),
    ("explainer-route", "The route north runs through Guatemala and the length of Mexico.",
     "*"),
    ("shelter-receives-daily", "The shelter receives about 200 migrants every day.", "aid"),
    ("per-week-arrivals", "About 5,000 migrants arrive in Tapachula each week.", "arrive"),
    ("statistic-asylum", ("Mexico received more than 140,000 asylum applications last year, "
                          "a record."), "asylum"),
    ("statistic-crossings", "Border crossings fell by half in June, officials said.", "*"),
    ("typically-offered", "Mexico has typically offered humanitarian visas to caravan members.",
     "offer"),
    ("since-then-detain", ("Since then, Mexico has detained migrants in record numbers."),
     "detain"),
    ("used-to-cross", "Migrants used to cross the river freely before the crackdown.", "*"),
    ("generic-migrants-who-cross", ("Migrants who cross the Darien jungle face robbery and "
                                    "disease."), "*"),
]

HYPOTHETICAL: list[tuple[str, str, str]] = [
    ("if-reaches", "If the caravan reaches the border, it will be stopped, officials said.",
     "*"),
    ("should-cross", "Should the migrants cross the river, they would face arrest.", "*"),
    ("unless-disperse", "Unless the group disperses, police will detain its leaders.", "*"),
    ("could-be-deported", "Those without papers could be deported, a lawyer warned.",
     "deport"),
    ("might-be-blocked", "Analysts said the caravan might be blocked before Oaxaca.", "block"),
    ("anyone-who-enters", ("Anyone who enters the country illegally will be detained and "
                           "deported, the ministry said."), "*"),
    ("any-migrant-crossing", "Any migrant crossing without papers will be sent back.", "*"),
    ("in-case-of-clash", "Hospitals were on alert in case of clashes with police.", "clash"),
    ("would-not-allow", "\"We would never allow a caravan to enter,\" the minister said.",
     "*"),
    ("risk-deportation", "The migrants risk deportation if they are caught.", "deport"),
    ("fear-being-detained", "Many marchers fear being detained at the checkpoints.",
     "detain"),
    ("afraid-of-arrest", "Some migrants said they were afraid of arrest in Mexico.", "detain"),
    ("warned-could-clash", "Police warned that they could use tear gas on the caravan.",
     "clash"),
    ("the-possibility-dissolve", ("There is a possibility that the caravan will dissolve in "
                                  "Oaxaca."), "*"),
    ("may-apply-asylum", "Members of the caravan may apply for asylum in Mexico.", "asylum"),
    ("eligible-for-asylum", "Few of the marchers are eligible for asylum in the US.", "asylum"),
    ("considering-offer", "Officials are considering whether to offer visas to the migrants.",
     "offer"),
    ("debate-whether-block", "Lawmakers debated whether to block the caravan.", "block"),
    ("ready-to-stop", "Troops stand ready to stop any caravan that reaches the border.",
     "block"),
]

NEGATED: list[tuple[str, str, str]] = [
    ("did-not-cross", "The migrants did not cross the river on Monday.", "cross_border"),
    ("were-not-detained", "The caravan members were not detained, police said.", "detain"),
    ("no-arrests", "No arrests were made, the police chief said.", "*"),
    ("none-deported", "None of the migrants have been deported so far.", "deport"),
    ("never-reached", "The caravan never reached Mexico City.", "arrive"),
    ("no-one-was-hurt", "No one was hurt and nobody was detained.", "*"),
    ("police-did-not-stop", "Police did not stop the caravan at the checkpoint.", "block"),
    ("no-clashes", "There were no clashes with the police.", "clash"),
    ("no-clashes-reported", "No clashes were reported as the caravan moved north.", "clash"),
    ("without-incident", "The march passed without incident, officials said.", "clash"),
    ("no-offer", "Mexico has made no offer of visas to the migrants.", "offer"),
    ("not-yet-left", "The caravan has not yet left Tapachula.", "depart"),
    ("failed-to-reach", "The group failed to reach Huixtla before dark.", "arrive"),
    ("denied-detaining", "Officials denied detaining any members of the caravan.", "detain"),
    ("refused-to-disband", "The marchers refused to disband despite the rain.", "dissolve"),
    ("no-aid-arrived", "No food or water has reached the migrants in two days.", "aid"),
    ("no-sign-of-police", "There was no sign of police at the border.", "block"),
    ("have-not-received", "The families have not received any food since Sunday.", "aid"),
    ("rejected-asylum", "None of the caravan members has asked for asylum.", "asylum"),
    ("did-not-block", "Guatemalan police did not block the migrants' path.", "block"),
]

QUESTIONS: list[tuple[str, str, str]] = [
    ("will-reach", "Will the caravan reach the border before the election?", "*"),
    ("why-leave", "Why do migrants leave Honduras?", "*"),
    ("what-happens-when", "What happens when the caravan arrives at the border?", "*"),
    ("can-stop", "Can Mexico stop the caravan?", "*"),
    ("how-many-crossed", "How many migrants crossed into Mexico?", "*"),
    ("will-be-deported", "Will the migrants be deported?", "*"),
]

OFFICIAL_WORDS: list[tuple[str, str, str]] = [
    ("vows-tough-line", ("The interior minister vowed to stop any caravan that tries to "
                         "cross."), "block"),
    ("ready-to-deport-all", "The president said he was ready to deport every illegal migrant.",
     "deport"),
    ("policy-detain", "Our policy is to detain everyone who enters illegally, he said.",
     "detain"),
    ("urges-to-stop", "Washington urged Mexico to stop the caravan.", "block"),
    ("demanded-that-block", "The senator demanded that troops block the caravan.", "block"),
    ("asked-for-asylum-policy", ("The minister asked the United States to offer visas to "
                                 "migrants."), "offer"),
    ("instructed-to-detain", "The governor instructed police to detain the organizers.",
     "detain"),
    ("not-going-to-let", "\"We are not going to let them in,\" the mayor said.", "*"),
]

PLACES_DESCRIBED: list[tuple[str, str, str]] = [
    ("shelter-which-offers", ("The caravan stopped near the shelter, which offers food and "
                              "beds to migrants."), "aid"),
    ("house-that-feeds", "A parish that feeds migrants every day stands nearby.", "aid"),
    ("known-for-housing", "The town is known for housing migrants in its church.", "aid"),
    ("casa-houses-up-to", "Casa del Migrante houses up to 300 people a night.", "aid"),
    ("station-where-detained", ("The station, where migrants are detained before "
                                "deportation, is on the outskirts of Tapachula."), "*"),
    ("bridge-where-cross", ("The bridge where migrants cross into Mexico is closed at "
                            "night."), "*"),
    ("kitchen-serves", "The kitchen serves 500 meals a day to people passing through.",
     "aid"),
    ("agency-that-grants", "COMAR, the agency that grants refugee status, is overwhelmed.",
     "*"),
    ("office-that-issues", ("The office that issues humanitarian visas opens at 8 a.m."),
     "offer"),
    ("park-where-gather", "The park where the migrants gather is in the centre of Tapachula.",
     "*"),
]

HABITS: list[tuple[str, str, str]] = [
    ("deports-every-month", "Mexico deports thousands of Central Americans every month.",
     "deport"),
    ("detains-routinely", "The US routinely detains migrants who cross between ports.",
     "detain"),
    ("hands-out-every-week", "The church hands out food to migrants every week.", "aid"),
    ("offers-each-year", "Canada offers thousands of work visas each year.", "offer"),
    ("cross-daily", "Hundreds of migrants cross the river daily.", "cross_border"),
    ("arrive-every-day", "Dozens of migrants arrive in Tapachula every day.", "arrive"),
    ("block-routinely", "Police routinely block migrants at the Huixtla checkpoint.",
     "block"),
    ("is-detained-on-average", ("On average, a migrant is detained for 15 days in "
                                "Mexico."), "detain"),
    ("leave-each-day", "Hundreds leave Honduras each day, the UN says.", "depart"),
    ("grants-asylum-annually", ("Mexico grants asylum to tens of thousands of people "
                                "annually."), "*"),
]

OTHER_PEOPLE: list[tuple[str, str, str]] = [
    ("police-arrived", "Police arrived at the scene minutes later.", "*"),
    ("journalists-crossed", "Journalists crossed the bridge to film the migrants.", "*"),
    ("soldiers-arrived-in", "Hundreds of soldiers arrived in Tecun Uman on Monday.", "arrive"),
    ("envoy-arrived", "The U.S. envoy arrived in Mexico City on Tuesday for talks.", "*"),
    ("president-returned", "The Honduran president returned to Tegucigalpa on Sunday.", "*"),
    ("officials-left-meeting", "Officials left the meeting without a deal.", "*"),
    ("aid-workers-left", "Aid workers left Tapachula on Monday for Huixtla.", "depart"),
    ("bishop-crossed", "The bishop crossed into Guatemala to meet the migrants.", "*"),
    ("delegation-reached", "A delegation of lawmakers reached the border on Friday.", "*"),
    ("troops-moved-into", "Troops moved into the border town of Tecun Uman on Friday.", "*"),
    ("volunteers-joined", "Volunteers joined the relief effort in Arriaga.", "join"),
    ("officers-detained-bribe", "Two officers were detained for taking bribes from migrants.",
     "detain"),
    ("smuggler-arrested", "Police arrested a smuggler who was guiding migrants.", "detain"),
    ("mayor-deported-claim", "The mayor was not deported but left the country.", "*"),
    ("reporter-detained", "A Reuters reporter was detained briefly by police.", "detain"),
    ("trucks-crossed", "Trucks loaded with bananas crossed the bridge as usual.", "*"),
    ("residents-blocked-road", "Local residents blocked the road to protest the caravan.",
     "block"),
    ("ministers-gathered", "Foreign ministers gathered in Mexico City to discuss migration.",
     "*"),
]

IDIOMS: list[tuple[str, str, str]] = [
    ("crossed-the-line", "Critics said the police had crossed the line.", "*"),
    ("offered-condolences", "The president offered condolences to the families.", "*"),
    ("reached-agreement", "The two governments reached an agreement on Monday.", "*"),
    ("joined-the-call", "Several bishops joined the call for a humane response.", "*"),
    ("reached-out", "The ministry reached out to the organizers on Monday.", "*"),
    ("broke-down-tears", "One woman broke down in tears at the border.", "*"),
    ("broke-the-law", "The migrants broke the law by entering, the minister said.", "*"),
    ("gave-up-hope", "Some have given up hope of reaching the United States.", "dissolve"),
    ("left-no-doubt", "The minister left no doubt about the government's position.", "*"),
    ("took-a-toll", "The journey took a toll on the children.", "*"),
    ("hit-headlines", "The caravan hit the headlines in October.", "*"),
    ("court-blocked-policy", "A federal judge blocked the policy on Monday.", "block"),
    ("congress-halted-bill", "Congress halted the bill in committee.", "block"),
    ("stopped-short", "The president stopped short of closing the border.", "block"),
    ("held-talks", "Officials held talks with the caravan's organizers.", "detain"),
    ("crossed-paths", "The two caravans crossed paths in Chiapas.", "cross_border"),
    ("offered-a-glimpse", "The march offered a glimpse of the desperation in Honduras.",
     "*"),
    ("offered-explanation", "Officials offered no explanation for the delay.", "*"),
    ("joined-chorus", "The governor joined a chorus of critics.", "join"),
    ("offered-thoughts", "The pope offered his thoughts and prayers to the marchers.", "*"),
    ("break-silence", "The president broke his silence on the caravan.", "*"),
    ("closed-the-gap", "Polls showed the candidates had closed the gap.", "*"),
    ("took-stock", "Organizers took stock of the situation in Huixtla.", "*"),
    ("arrived-at-decision", "The organizers arrived at a decision late on Monday.", "arrive"),
    ("reached-consensus", "The leaders reached a consensus on the route.", "arrive"),
    ("raised-fears", "The caravan raised fears of a crackdown.", "*"),
    ("given-word", "The governor gave his word that nobody would be deported.", "*"),
    ("gave-way-to", "Sunshine gave way to heavy rain in the afternoon.", "*"),
    ("ran-out-of-food", "The migrants ran out of food on the second day.", "*"),
    ("cross-fingers", "Many migrants crossed their fingers and prayed.", "*"),
    ("met-with-silence", "The request was met with silence.", "*"),
    ("broke-record", "The number of asylum requests broke a record in 2023.", "*"),
]

CONFUSED: list[tuple[str, str, str]] = [
    ("food-is-not-offer", "Volunteers offered the migrants food and water in Huixtla.",
     "offer"),
    ("shelter-is-not-offer", "The city offered the caravan shelter in a stadium.", "offer"),
    ("visas-are-not-aid", "Mexico offered the migrants humanitarian visas on Monday.", "aid"),
    ("buses-are-not-aid", "Authorities provided buses to take the migrants to Mexico City.",
     "aid"),
    ("roadblock-is-not-clash", "Police blocked the highway with patrol cars near Huixtla.",
     "clash"),
    ("shields-line-not-clash", ("Riot police formed a line with their shields across the "
                                "bridge."), "clash"),
    ("tear-gas-not-block", "Police fired tear gas at the migrants on the bridge.", "block"),
    ("detained-not-deported", "Agents detained 200 migrants at a checkpoint in Chiapas.",
     "deport"),
    ("entered-not-arrive", "The caravan entered Guatemala on Thursday.", "arrive"),
    ("crossed-into-not-arrive", "The group crossed into Mexico on Saturday.", "arrive"),
    ("deported-not-detain", "Guatemala deported 300 Hondurans from the caravan on Friday.",
     "detain"),
    ("aid-arrived-not-arrive", ("Humanitarian groups arrived with food and water for the "
                                "marchers."), "arrive"),
    ("dispersed-by-police-not-dissolve", "Police dispersed the caravan in Huixtla.",
     "dissolve"),
    ("visas-not-asylum", "Mexico granted humanitarian visas to 1,000 caravan members.",
     "asylum"),
    ("headed-to-not-arrive", "The caravan headed toward the border on Monday.", "arrive"),
]

# Descriptions, counts and goals that name a group and a trigger word.
DESCRIPTIONS: list[tuple[str, str, str]] = [
    ("people-seeking-asylum", ("Observers will document the situation of people seeking "
                               "asylum who are travelling in the caravan."), "asylum"),
    ("people-held-in-detention", ("The delegation will visit the border and document the "
                                  "situation of people held in detention."), "detain"),
    ("migrants-deported-earlier", ("The plight of migrants deported from the United States "
                                   "was the subject of the report."), "deport"),
    ("who-arrive-when-crossing", ("The rule allows the expulsion of Venezuelans who arrive "
                                  "in the United States when crossing the border."),
     "cross_border"),
    ("number-of-asylum-requests", ("The number of asylum requests in Mexico doubled, the "
                                   "agency said."), "asylum"),
    ("rise-in-deportations", "Activists denounced a rise in deportations of Hondurans.",
     "deport"),
    ("reached-7000", "The caravan reached an estimated 7,000 people by the weekend.",
     "arrive"),
    ("reached-peak", "The number of marchers reached its peak on Sunday.", "arrive"),
    ("foreign-aid", "Honduras receives millions in U.S. foreign aid every year.", "aid"),
    ("military-aid", "The president threatened to cut military aid to Honduras.", "aid"),
    ("buses-to-pick-up", ("Buses arrived in Huixtla on Monday to take the migrants to "
                          "Tuxtla Gutierrez."), "arrive"),
    ("hope-asylum-no-day", "Most of them hope to apply for asylum in Mexico.", "asylum"),
    ("plan-to-reach-no-day", "The marchers plan to reach Mexico City eventually.", "arrive"),
    ("want-to-cross-no-day", "They want to cross into the United States legally.",
     "cross_border"),
    ("never-allowed", "The caravan was never allowed to reach the border.", "block"),
    ("residents-closed-road", ("Angry residents closed the road to the shelter where the "
                               "migrants slept."), "block"),
    ("gas-to-disperse-not-block", ("Police used batons and tear gas to disperse the "
                                   "caravan in Tecun Uman."), "block"),
    ("faced-deportation", "The caravan members faced deportation to Honduras.", "block"),
    ("met-with-officials", "Organizers met with officials in Tapachula on Monday.", "*"),
    ("promised-to-send-home", "The minister promised to send the migrants home.", "offer"),
    ("processed-asylum-claims", "Officials processed asylum claims from the migrants.",
     "offer"),
    ("ran-into-wall-clash", "The caravan ran head-first into a wall of armed troops.",
     "block"),
]

NOT_EVENTS = [(f"background-{i}", s, k) for i, s, k in BACKGROUND] + [
    (f"description-{i}", s, k) for i, s, k in DESCRIPTIONS] + [
    (f"hypothetical-{i}", s, k) for i, s, k in HYPOTHETICAL] + [
    (f"negated-{i}", s, k) for i, s, k in NEGATED] + [
    (f"question-{i}", s, k) for i, s, k in QUESTIONS] + [
    (f"official-{i}", s, k) for i, s, k in OFFICIAL_WORDS] + [
    (f"place-{i}", s, k) for i, s, k in PLACES_DESCRIBED] + [
    (f"habit-{i}", s, k) for i, s, k in HABITS] + [
    (f"other-{i}", s, k) for i, s, k in OTHER_PEOPLE] + [
    (f"idiom-{i}", s, k) for i, s, k in IDIOMS] + [
    (f"confused-{i}", s, k) for i, s, k in CONFUSED]

XFAIL: dict[str, str] = {}


def _params(rows: Sequence[tuple[str, ...]]) -> list[object]:
    return [pytest.param(*row[1:], id=row[0], marks=[pytest.mark.xfail(
        strict=True, reason=XFAIL[row[0]])] if row[0] in XFAIL else []) for row in rows]


@pytest.mark.parametrize(("sentence", "kind"), _params(NOT_EVENTS))
def test_sentence_gives_no_event(sentence: str, kind: str) -> None:
    found = found_in(sentence)
    assert [f for f in found if kind in ("*", f[0])] == [], found


# --- sentences that give their event (and, for confusions, the right type) -------------
# (id, sentence, type, modality)
EVENTS: list[tuple[str, str, str, str]] = [
    # crossing without an object, forcing a way, breaking through a gate
    ("forced-way-across-bridge", ("The caravan forced its way across the bridge into "
                                  "Mexico on Saturday."), "cross_border", A),
    ("forced-way-across-border", "Hundreds of migrants forced their way across the border.",
     "cross_border", A),
    ("pushed-way-across", "The migrants pushed their way across the Suchiate bridge.",
     "cross_border", A),
    ("waded-across-no-object", "Hundreds of them waded across on Monday.", "cross_border", A),
    ("swam-across", "Some of the migrants swam across on Sunday afternoon.", "cross_border",
     A),
    ("waded-across-river", "The group waded across the river on Monday morning.",
     "cross_border", A),
    ("broke-through-gate-cross", ("Migrants broke through the border gate at Ciudad Hidalgo "
                                  "on Saturday."), "cross_border", A),
    ("broke-through-gate-clash", ("Migrants broke through the border gate at Ciudad Hidalgo "
                                  "on Saturday."), "clash", A),
    ("stormed-border-fence", "Hundreds of migrants stormed the border fence on Sunday.",
     "cross_border", A),
    ("made-it-across", "Most of the group made it across on Tuesday.", "cross_border", A),
    ("made-it-into-mexico", "About 2,000 migrants made it into Mexico on Saturday.",
     "cross_border", A),
    ("set-foot-in", "The first migrants set foot in Mexico on Friday.", "cross_border", A),
    ("rafted-across", "Hundreds of them crossed the Suchiate on rafts on Monday.",
     "cross_border", A),
    ("got-across", "By nightfall about 1,000 had got across into Guatemala.", "cross_border",
     A),
    # block
    ("prevented-from-advancing", ("National Guard troops prevented the caravan from "
                                  "advancing beyond Huixtla."), "block", A),
    ("denied-entry", "Guatemalan authorities denied entry to the caravan on Thursday.",
     "block", A),
    ("were-denied-entry", "The migrants were denied entry at the border on Monday.", "block",
     A),
    ("refused-entry", "Hundreds of caravan members were refused entry at the bridge.",
     "block", A),
    ("barred-from-entering", "The caravan was barred from entering Guatemala.", "block", A),
    ("were-stopped-at-checkpoint", "The migrants were stopped at a checkpoint near Huixtla.",
     "block", A),
    ("kept-from-crossing", "Police kept the caravan from crossing the bridge.", "block", A),
    ("blocked-their-path", "Riot police blocked their path outside Tapachula.", "block", A),
    ("held-back", "Soldiers held back the marchers at the bridge on Saturday.", "block", A),
    ("contained-in", "The caravan was contained in Tapachula by National Guard troops.",
     "block", A),
    ("stalled-by-police", "The caravan was stalled by a police cordon near Escuintla.",
     "block", A),
    ("cordon-stopped", "A police cordon stopped the caravan outside Huixtla.", "block", A),
    ("not-allowed-to-cross", ("Mexican authorities did not allow the caravan to cross the "
                              "bridge."), "block", A),
    ("turned-away", "The caravan was turned away at the border on Monday.", "block", A),
    ("closed-border-to", "Guatemala closed its border to the caravan on Friday.", "block", A),
    ("stopped-the-advance", "Police stopped the advance of the caravan in Huixtla.",
     "block", A),
    ("hemmed-in", "Troops hemmed in the migrants on the highway near Tapachula.", "block", A),
    ("blockade-held", "A blockade of soldiers held the caravan at the bridge.", "block", A),
    ("will-be-stopped", "The caravan will be stopped at the border, the minister said.",
     "block", P),
    # clash
    ("clashed-with-police", "Migrants clashed with police at the border on Sunday.",
     "clash", A),
    ("beat-migrants", "Officers beat several migrants with batons on the bridge.", "clash",
     A),
    ("tear-gas-at", "Guatemalan police fired tear gas at the caravan on Saturday.", "clash",
     A),
    ("threw-stones-at", "Some migrants threw stones at the police line.", "clash", A),
    ("scuffled-with", "Marchers scuffled with National Guard troops near Huixtla.",
     "clash", A),
    ("charged-with-shields", "Riot police charged the caravan with shields and batons.",
     "clash", A),
    # detain / deport distinguished
    ("detained-and-deported-d", ("Mexican agents detained 400 caravan members and deported "
                                 "them to Honduras."), "detain", A),
    ("detained-and-deported-x", ("Mexican agents detained 400 caravan members and deported "
                                 "them to Honduras."), "deport", A),
    ("flown-back", "About 150 members of the caravan were flown back to Honduras on Monday.",
     "deport", A),
    ("bused-back", "Guatemala bused hundreds of the migrants back to the Honduran border.",
     "deport", A),
    ("rounded-up", "Agents rounded up dozens of migrants in Huixtla on Monday.", "detain",
     A),
    ("taken-into-custody", "Police took about 300 migrants into custody in Arriaga.",
     "detain", A),
    # offer
    ("offered-visas", "Mexico offered the migrants humanitarian visas on Monday.", "offer",
     A),
    ("offered-transit-permits", ("Mexican officials offered transit permits to the caravan "
                                 "members in Huixtla."), "offer", A),
    ("began-issuing-visas", "Authorities began issuing humanitarian visas to the marchers.",
     "offer", A),
    ("handed-out-cards", "Officials handed out visitor cards to the migrants in Tapachula.",
     "offer", A),
    ("were-granted-visas", "About 1,000 caravan members were granted humanitarian visas.",
     "offer", A),
    ("were-issued-permits", "The migrants were issued exit permits on Tuesday.", "offer", A),
    ("received-visas", "Some 2,000 migrants received humanitarian visas in Tapachula.",
     "offer", A),
    ("offered-to-bus", "The governor offered to bus the migrants to Mexico City.", "offer",
     A),
    ("offered-jobs", "The government offered the caravan members jobs in southern Mexico.",
     "offer", A),
    ("provided-buses", "Authorities provided buses to take the migrants to Mexico City.",
     "offer", A),
    ("offer-of-regularisation", ("The migrants rejected an offer of regularisation from the "
                                 "immigration institute."), "offer", A),
    ("will-offer", "Mexico will offer work permits to the caravan members, officials said.",
     "offer", P),
    # aid
    ("offered-food", "Volunteers offered the migrants food and water in Huixtla.", "aid", A),
    ("city-offered-shelter", "The city offered the caravan shelter in a stadium.", "aid", A),
    ("red-cross-care", "The Red Cross provided medical care to hundreds of marchers.",
     "aid", A),
    ("handed-out-food", "Residents handed out tortillas and water to the marchers.", "aid",
     A),
    ("served-meals", "Church volunteers served hot meals to the caravan in Arriaga.", "aid",
     A),
    # dissolve
    ("broke-up-into-groups", "The caravan broke up into smaller groups on Tuesday.",
     "dissolve", A),
    ("dispersed", "The caravan dispersed in Huixtla on Monday.", "dissolve", A),
    ("disbanded-after", "The caravan disbanded after officials offered visas.", "dissolve",
     A),
    ("accepted-offer", "Hundreds of migrants accepted the government's offer on Friday.",
     "dissolve", A),
    ("abandoned-march", "Many migrants abandoned the march in Oaxaca.", "dissolve", A),
    ("dropped-out", "Hundreds dropped out of the caravan in Juchitan.", "dissolve", A),
    ("went-separate-ways", "The marchers went their separate ways in Mexico City.",
     "dissolve", A),
    ("fizzled-out", "The caravan fizzled out in Oaxaca on Thursday.", "dissolve", A),
    ("called-off", "Organizers called off the march on Friday.", "dissolve", A),
    ("gave-up-and-returned", "Dozens gave up and returned home on Monday.", "dissolve", A),
    ("surrendered-to", "The last members of the group surrendered to immigration agents.",
     "dissolve", A),
    ("turned-themselves-in", "Dozens turned themselves in to migration officials.",
     "dissolve", A),
    ("caravan-ended-in", "The caravan ended in Mexico City on Friday.", "dissolve", A),
    # join
    ("were-joined-by", "The marchers were joined by 500 Salvadorans in Tapachula.", "join",
     A),
    ("more-joined", "About 1,000 more migrants joined the caravan in Huixtla.", "join", A),
    ("swelled-to", "The caravan swelled to 5,000 people on Sunday.", "join", A),
    ("joined-along-the-way", "Hundreds of Guatemalans joined along the way.", "join", A),
    # arrive / cross
    ("arrived-at-shelter", "The caravan arrived at a shelter in Arriaga on Monday.",
     "arrive", A),
    ("entered-guatemala", "The caravan entered Guatemala on Thursday.", "cross_border", A),
    ("reached-mexican-soil", "The migrants reached Mexican soil on Saturday.",
     "cross_border", A),
    # not-so-negative words that still state events
    ("no-longer-blocked", "Police arrested dozens of caravan members, nobody was hurt.",
     "detain", A),
    ("no-more-than", "No more than 300 migrants reached Huixtla on Monday.", "arrive", A),
    ("not-only", "The migrants not only crossed the river but also reached Tapachula.",
     "cross_border", A),
    ("said-would-leave", "Organizers said the caravan would leave Tapachula on Sunday.",
     "depart", P),
    # counted or dated participles, headlines, planned with a day, buses as the group
    ("migrants-detained-monday", ("About 300 migrants detained in Huixtla on Monday were "
                                  "taken to Tapachula."), "detain", A),
    ("headline-detained", "Hundreds of caravan migrants detained in Chiapas", "detain", A),
    ("plan-to-reach-on-day", "The marchers plan to reach Juchitan on Thursday.", "arrive", P),
    ("asylum-planned-on-day", ("The group will apply for asylum at the port of entry in "
                               "Tijuana on Monday."), "asylum", P),
    ("buses-left", "The buses carrying the migrants left Tapachula at noon on Monday.",
     "depart", A),
    ("reached-crossing-point", ("About 1,000 migrants reached the border crossing point at "
                                "Agua Caliente on Monday."), "arrive", A),
    ("soup-kitchen-meals", "A soup kitchen served 600 meals to the marchers on Sunday.",
     "aid", A),
    ("relief-aid-delivered", "Relief groups delivered humanitarian aid to the caravan.",
     "aid", A),
    # stopped without a fight, broken up by force, offers promised, the march given up
    ("faced-line-of-police", ("The marchers faced a line of riot police at the bridge on "
                              "Monday."), "block", A),
    ("met-by-troops", "The caravan was met by hundreds of soldiers outside Huixtla.", "block",
     A),
    ("encountered-checkpoint", "The caravan encountered a checkpoint near Escuintla.",
     "block", A),
    ("ran-into-roadblock", "The caravan ran into a police roadblock outside Arriaga.",
     "block", A),
    ("refused-to-let-pass", ("Guatemalan police refused to let the caravan pass on "
                             "Thursday."), "block", A),
    ("broken-up-by-troops", "The caravan was broken up by National Guard troops in Huixtla.",
     "block", A),
    ("broken-up-no-agent", "The caravan was broken up within days in Huixtla.", "dissolve",
     A),
    ("gas-to-disperse-clash", ("Police used batons and tear gas to disperse the caravan in "
                               "Tecun Uman."), "clash", A),
    ("promised-to-regularize", ("The government promised to regularize the caravan "
                                "members in Chiapas."), "offer", A),
    ("invited-to-apply", ("Officials invited the migrants to apply for humanitarian visas in "
                          "Tapachula."), "offer", A),
    ("processed-visas", "Immigration officers processed humanitarian visas for the marchers.",
     "offer", A),
    ("melted-away", "The caravan melted away in Oaxaca over the weekend.", "dissolve", A),
    ("called-it-quits", "Most of the marchers called it quits in Juchitan.", "dissolve", A),
    ("opted-for-return", "Hundreds of the migrants opted for assisted return in Tapachula.",
     "dissolve", A),
]


@pytest.mark.parametrize(("sentence", "kind", "modality"), _params(EVENTS))
def test_sentence_gives_event(sentence: str, kind: str, modality: str) -> None:
    found = found_in(sentence)
    assert (kind, modality) in found, found
