"""Trigger recall: every event type in the many ways news English states it.

Sentences written for these tests (none copied from an article), in the manners of wire
copy, local papers, NGO and government statements, partisan sites, headlines, photo
captions and live blogs, on caravans of several years and routes (Honduras, Venezuela,
Haiti, Cuba, the Darién).  Each sentence follows a neutral lead that names the caravan
(so "they", "the group" resolve) and must give an event of the expected type and
modality, with that sentence as evidence.  The second half lists sentences that must
not give an event of a type (GUIDELINES.md: migrants blocking a road themselves, police
escorts, general goals, statistics, past caravans, "offered no comment").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracting import events_of

from caravanwatch.records import Event

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 10, 25)  # a Wednesday
LEAD = "Reporters have followed the migrant caravan for weeks. "
A, P = "actual", "planned"


def extract(text: str) -> tuple[Event, ...]:
    return events_of(text, PUBLISHED)


def found_in(text: str, sentence: str) -> list[tuple[str, str]]:
    """Events whose evidence is ``sentence`` (or its part after a live-blog time stamp)."""
    return [(e.type, e.modality) for e in extract(text)
            if e.evidence.strip() and e.evidence.strip() in sentence]


# (id, sentence, type, modality)
DEPART: list[tuple[str, str, str, str]] = [
    ("left-on-foot", "About 2,000 migrants left Tapachula on foot early Monday.", "depart", A),
    ("set-off-from", "The caravan set off from San Pedro Sula before dawn on Saturday.",
     "depart", A),
    ("departed-from-terminal", ("Hundreds of Hondurans departed from the bus terminal in San "
                                "Pedro Sula on Thursday night."), "depart", A),
    ("began-walking-north", "The group began walking north from Huixtla at 4 a.m. Tuesday.",
     "depart", A),
    ("set-out-new-caravan", "Migrants set out from Tapachula on Sunday in a new caravan.",
     "depart", A),
    ("started-journey", "Some 3,000 people started their journey from Ciudad Hidalgo on Tuesday.",
     "depart", A),
    ("marched-out-of", "Thousands of Venezuelans marched out of Tapachula on Monday.",
     "depart", A),
    ("resumed-journey", "The caravan resumed its journey from Juchitan on Monday.",
     "depart", A),
    ("hit-the-road", "Asylum seekers hit the road again from Arriaga on Friday.", "depart", A),
    ("headed-out-of", "The marchers headed out of Escuintla early on Thursday.", "depart", A),
    ("pulled-out-of", "The travellers pulled out of Mapastepec at dawn on Friday.",
     "depart", A),
    ("nominal-departure-from", ("The caravan's departure from Tapachula on Monday was delayed "
                                "by rain."), "depart", A),
    ("nominal-after-departure", ("After their departure from Huixtla on Monday, the migrants "
                                 "walked 40 kilometers."), "depart", A),
    ("they-left", "They left Ciudad Hidalgo on Saturday morning.", "depart", A),
    ("formed-and-left", ("A new caravan formed in San Pedro Sula and left for the Guatemalan "
                         "border on Friday."), "depart", A),
    ("embarked-on-trek", ("Cuban and Haitian migrants embarked on the trek from Tapachula on "
                          "Saturday."), "depart", A),
    ("departed-by-boat", "The group of about 500 people departed Necocli by boat on Monday.",
     "depart", A),
    ("left-necocli-boats", ("Hundreds of migrants left Necocli on boats bound for the Darien "
                            "jungle on Tuesday."), "depart", A),
    ("families-left", "Families with small children left the shelter in Tapachula on Monday.",
     "depart", A),
    ("walked-out-of", "The asylum seekers walked out of Tapachula on Sunday.", "depart", A),
    ("got-moving-from", "The caravan got moving again from Mapastepec on Tuesday.", "depart", A),
    ("on-the-move-leaving", "The caravan was on the move on Monday, leaving Huixtla at dawn.",
     "depart", A),
    ("departing-participle", ("Departing from Tapachula on Monday, the migrants walked toward "
                              "Huixtla."), "depart", A),
    ("took-to-the-road", "Some 1,500 Hondurans took to the road from San Pedro Sula on Friday.",
     "depart", A),
    ("kicked-off", "The caravan kicked off its march from Tapachula on Monday.", "depart", A),
    ("launched-march", "Migrants launched a new march from Tapachula on Monday.", "depart", A),
    ("reported-speech-left", ("The caravan left Tapachula early Monday, organizer Luis Garcia "
                              "said."), "depart", A),
    ("would-leave", "Organizers said the caravan would leave Tapachula on Sunday.", "depart", P),
    ("expected-to-head-north", ("About 1,500 people are expected to head north from Mapastepec "
                                "on Tuesday."), "depart", P),
    ("vowed-to-set-off", "Migrants vowed to set off from Tapachula again on Monday.",
     "depart", P),
    ("plans-to-depart", "The group plans to depart from San Pedro Sula on Friday.", "depart", P),
    ("set-to-leave", "A new caravan is set to leave Tegucigalpa on Saturday.", "depart", P),
    ("preparing-to-leave", ("Hundreds of migrants are preparing to leave Tapachula on foot on "
                            "Saturday."), "depart", P),
    ("will-depart", "The caravan will depart from the central park of Tapachula on Sunday.",
     "depart", P),
    ("intend-to-leave", "The migrants intend to leave Huixtla on Thursday.", "depart", P),
]

ARRIVE: list[tuple[str, str, str, str]] = [
    ("arrived-in", "The caravan arrived in Huixtla on Tuesday afternoon.", "arrive", A),
    ("reached", "About 4,000 migrants reached Mapastepec late on Monday.", "arrive", A),
    ("made-it-to", "The marchers made it to Juchitan on Monday.", "arrive", A),
    ("trudged-into", "Exhausted travellers trudged into Arriaga on Sunday night.", "arrive", A),
    ("are-now-in", "The migrants are now in Juchitan.", "arrive", A),
    ("had-reached-outskirts", "By Friday the caravan had reached the outskirts of Puebla.",
     "arrive", A),
    ("poured-into", "Hundreds of asylum seekers poured into Ciudad Juarez on Thursday.",
     "arrive", A),
    ("nominal-arrival-in", "The caravan's arrival in Tijuana on Tuesday drew protests.",
     "arrive", A),
    ("camped-overnight", "The migrants camped overnight in Escuintla on Monday.", "arrive", A),
    ("spent-the-night", "They spent the night in the town square of Huixtla on Monday.",
     "arrive", A),
    ("rested-before-continuing", ("The caravan rested in Mapastepec on Sunday before continuing "
                                  "north."), "arrive", A),
    ("showed-up", "Some 2,000 Cubans showed up in Piedras Negras on Monday.", "arrive", A),
    ("got-to", "The marchers got to Pijijiapan around noon on Monday.", "arrive", A),
    ("stranded-in", "Hundreds of Venezuelans from the caravan are stranded in Ciudad Juarez.",
     "arrive", A),
    ("halted-for-night", "The caravan halted for the night in Tapanatepec on Monday.",
     "arrive", A),
    ("stopped-to-rest", "The migrants stopped in Huixtla on Monday to rest.", "arrive", A),
    ("emerged-from-jungle", ("The group emerged from the jungle at Bajo Chiquito in Panama on "
                             "Tuesday."), "arrive", A),
    ("landed-in-keys", "A group of Cuban migrants landed in Cancun on Sunday.", "arrive", A),
    ("camped-under-bridge", "Haitians in the caravan camped under the bridge in Del Rio.",
     "arrive", A),
    ("gathered-at-border", ("On Monday, about 900 Hondurans gathered at the border crossing of "
                            "Agua Caliente."), "arrive", A),
    ("slept-in-park", "The marchers slept in the central park of Escuintla on Monday.",
     "arrive", A),
    ("pushed-on-to", "The caravan pushed on to Juchitan on Tuesday.", "arrive", A),
    ("advanced-to", "The migrants advanced to Mapastepec on Monday.", "arrive", A),
    ("rolled-into", "The caravan rolled into Oaxaca on Monday.", "arrive", A),
    ("is-in", "The caravan is in Tapanatepec, some 50 kilometers from Oaxaca state.", "arrive",
     A),
    ("waited-in", "The migrants waited in Ciudad Hidalgo for the border to open on Monday.",
     "arrive", A),
    ("were-in", "By Tuesday the marchers were in Huixtla.", "arrive", A),
    ("live-blog-reached", "8:10 a.m. - The caravan has reached the toll booth outside Huixtla.",
     "arrive", A),
    ("expected-to-arrive", ("The caravan is expected to arrive in Mexico City by the "
                            "weekend."), "arrive", P),
    ("hoped-to-reach", "Organizers said they hoped to reach Oaxaca on Friday.", "arrive", P),
    ("will-reach", "The migrants will reach the city of Reynosa on Thursday.", "arrive", P),
    ("plan-to-arrive", "The caravan plans to arrive in Juchitan on Saturday.", "arrive", P),
]

CROSS: list[tuple[str, str, str, str]] = [
    ("crossed-into", "The migrants crossed into Guatemala on Thursday.", "cross_border", A),
    ("crossed-border-into", ("Thousands of Hondurans crossed the border into Guatemala at Agua "
                             "Caliente."), "cross_border", A),
    ("waded-across-into", ("Hundreds waded across the Suchiate River into Mexico on "
                           "Sunday."), "cross_border", A),
    ("entered-country-through", ("The caravan entered Guatemala through the El Florido crossing "
                                 "on Friday."), "cross_border", A),
    ("entered-national-territory", ("About 3,000 people entered national territory irregularly "
                                    "on Thursday night."), "cross_border", A),
    ("entered-mexican-territory", "The group entered Mexican territory on Saturday.",
     "cross_border", A),
    ("made-it-across-into", ("The caravan made it across the border into Guatemala on "
                             "Friday."), "cross_border", A),
    ("crossed-rio-grande", ("Asylum seekers crossed the Rio Grande into Eagle Pass on "
                            "Monday."), "cross_border", A),
    ("crossed-from-into", "Haitian migrants crossed from Panama into Costa Rica on Wednesday.",
     "cross_border", A),
    ("nominal-crossing-into", ("The caravan's crossing into Guatemala on Friday went "
                               "smoothly."), "cross_border", A),
    ("slipped-into", ("Hundreds of Venezuelans slipped into the United States near El Paso on "
                      "Tuesday."), "cross_border", A),
    ("passed-into", "They passed into Mexico on rafts on Sunday.", "cross_border", A),
    ("crossed-over-to", "The caravan crossed over to Guatemala at dawn on Friday.",
     "cross_border", A),
    ("made-it-into-country", "The migrants made it into Guatemala on Friday.", "cross_border",
     A),
    ("forded-river", "Some 500 members of the caravan forded the river into Mexico.",
     "cross_border", A),
    ("streamed-across-border", "Migrants streamed across the border into Guatemala on Friday.",
     "cross_border", A),
    ("crossed-darien", ("Hundreds of Haitian migrants crossed from Colombia into Panama through "
                        "the Darien jungle."), "cross_border", A),
    ("crossed-bridge", "The caravan crossed the border bridge at Ciudad Hidalgo on Saturday.",
     "cross_border", A),
    ("entered-honduras", "The Cuban migrants entered Honduras from Nicaragua on Monday.",
     "cross_border", A),
    ("broke-into", "Hundreds of migrants pushed into Guatemala past police on Saturday.",
     "cross_border", A),
    ("reached-other-side", ("By noon most of the caravan had crossed to the Mexican side of the "
                            "river."), "cross_border", A),
    ("caption-cross", ("Migrants cross the Suchiate River into Mexico from Guatemala on rafts, "
                       "Saturday, Oct. 21, 2023."), "cross_border", A),
    ("plans-to-cross", "The group plans to cross into the United States on Monday.",
     "cross_border", P),
    ("would-cross", "Migrants said they would cross the border into Guatemala on Thursday.",
     "cross_border", P),
    ("expected-to-enter", "The caravan is expected to enter Mexico this weekend.",
     "cross_border", P),
    ("waiting-to-cross", ("About 900 Hondurans gathered at the border, waiting to cross into "
                          "Guatemala on Monday."), "cross_border", P),
]

JOIN: list[tuple[str, str, str, str]] = [
    ("joined-in", "About 1,000 more migrants joined the caravan in Tapachula on Monday.",
     "join", A),
    ("joined-march-at", "Hundreds of Salvadorans joined the march at the border on Sunday.",
     "join", A),
    ("swelled-to", "The caravan swelled to 7,000 people by Sunday.", "join", A),
    ("grew-to", "The group grew to about 3,000 people in Huixtla on Monday.", "join", A),
    ("caught-up", "Another 500 people caught up with the caravan in Escuintla on Tuesday.",
     "join", A),
    ("merged-with", "Two smaller groups merged with the main caravan in Arriaga on Monday.",
     "join", A),
    ("tagged-along", "Dozens of Cubans tagged along with the caravan in Tapachula on Monday.",
     "join", A),
    ("joined-column", ("Migrants who had been waiting in shelters joined the column in Huixtla "
                       "on Monday."), "join", A),
    ("was-joined-by", "The caravan was joined by hundreds of Nicaraguans in Tapachula.",
     "join", A),
    ("has-grown-to", "The caravan has grown to more than 5,000 people, organizers said.",
     "join", A),
    ("numbers-swelled", "Its numbers swelled in Huixtla on Monday as more migrants arrived.",
     "join", A),
    ("ranks-swelled", "The ranks of the caravan swelled in Escuintla on Tuesday.", "join", A),
    ("more-joined-along", ("More people joined along the way in Mapastepec, bringing the "
                           "caravan to 4,000."), "join", A),
    ("latched-on", "Hundreds more latched onto the march in Mapastepec on Monday.", "join", A),
    ("newcomers-joined", "Newcomers from Honduras joined the group in Tecun Uman on Monday.",
     "join", A),
    ("expected-to-join", ("More migrants are expected to join the caravan in Tapachula this "
                          "week."), "join", P),
    ("would-join", "Salvadorans said they would join the caravan in Guatemala on Friday.",
     "join", P),
    ("plan-to-join", "Hundreds of Haitians plan to join the caravan in Tapachula on Sunday.",
     "join", P),
]

BLOCK: list[tuple[str, str, str, str]] = [
    ("police-blocked", "Police blocked the caravan on the highway outside Tapachula.", "block",
     A),
    ("troops-stopped", "Mexican National Guard troops stopped the caravan near Huixtla on Monday.",
     "block", A),
    ("halted-by-police", "The caravan was halted by police at Vado Hondo.", "block", A),
    ("headed-were-stopped", ("Thousands headed to the border were stopped by police near "
                             "Tapachula."), "block", A),
    ("blocked-road-to-keep", ("Guatemalan police blocked the road to keep the migrants from "
                              "advancing."), "block", A),
    ("checkpoint-to-stop", ("Security forces set up a checkpoint to stop the marchers in "
                            "Chiquimula."), "block", A),
    ("human-wall", "Soldiers formed a human wall to block the migrants at the bridge.", "block",
     A),
    ("prevented-from-crossing", ("Riot police prevented the caravan from crossing the bridge at "
                                 "Ciudad Hidalgo."), "block", A),
    ("deployed-to-contain", ("Authorities deployed 500 officers to contain the caravan in "
                             "Tapachula."), "block", A),
    ("closed-border-to", "Panamanian authorities closed the border to the caravan on Tuesday.",
     "block", A),
    ("turned-back", "The caravan was turned back at the border by Guatemalan police.", "block",
     A),
    ("blocked-from-entering", "The marchers were blocked from entering Mexico City on Monday.",
     "block", A),
    ("intercepted", "Officers intercepted the group on the highway near Escuintla.", "block", A),
    ("barred-from", "Police barred the migrants from entering Mexico City on Monday.", "block",
     A),
    ("encircled", ("National Guard troops encircled the migrants on the road to Huixtla on "
                   "Monday."), "block", A),
    ("stopped-at-checkpoint", "The caravan was stopped at a military checkpoint in Chiapas.",
     "block", A),
    ("dispersed", "Police dispersed the caravan in Tapachula on Monday.", "block", A),
    ("broke-up", "Guatemala's army broke up the caravan at Vado Hondo.", "block", A),
    ("roadblock-stopped", "A police roadblock stopped the caravan outside Arriaga.", "block", A),
    ("surrounded", "Hundreds of police surrounded the migrants in Huixtla on Monday.", "block",
     A),
    ("kept-from", "Troops kept the caravan from advancing beyond Huixtla on Monday.", "block",
     A),
    ("held-back", "Police held back the caravan at the bridge in Ciudad Hidalgo.", "block", A),
    ("could-not-pass", ("The caravan was stuck at the border crossing of Agua Caliente after "
                        "police closed the gate."), "block", A),
    ("stopped-advance", "Police stopped the advance of the caravan near Escuintla on Monday.",
     "block", A),
    ("blockade-nominal", ("A blockade by Guatemalan soldiers stopped the migrants at Vado Hondo "
                          "on Saturday."), "block", A),
    ("live-blog-stopped", ("10:45 a.m. - Police have stopped the front of the march at a "
                           "checkpoint near Escuintla."), "block", A),
    ("caption-block", ("Police block migrants on the highway outside Tapachula, Mexico, Sunday, "
                       "Oct. 22, 2023."), "block", A),
    ("vowed-to-stop", "Guatemala vowed to stop the caravan at the border.", "block", P),
    ("plan-to-halt", "Mexican authorities plan to halt the caravan in Chiapas.", "block", P),
    ("will-block", "Police will block the caravan at the Guatemalan border, the minister said.",
     "block", P),
]

CLASH: list[tuple[str, str, str, str]] = [
    ("clashed-with", "Migrants clashed with police at the border bridge on Friday.", "clash", A),
    ("fired-tear-gas", "Police fired tear gas at the caravan in Tecun Uman.", "clash", A),
    ("beat-with-batons", "Soldiers beat migrants with batons at the bridge in Ciudad Hidalgo.",
     "clash", A),
    ("caravan-clashed", ("The caravan clashed with National Guard troops on the highway near "
                         "Huixtla."), "clash", A),
    ("used-tear-gas", ("Guatemalan forces used tear gas and batons against the caravan at Vado "
                       "Hondo."), "clash", A),
    ("scuffles-broke-out", "Scuffles broke out between migrants and police in Tapachula.",
     "clash", A),
    ("threw-stones", "Migrants threw stones at police on the bridge in Ciudad Hidalgo.",
     "clash", A),
    ("charged", "Police charged the marchers with shields in Huixtla on Monday.", "clash", A),
    ("attacked-pepper-spray", "Troops attacked the caravan with pepper spray near Escuintla.",
     "clash", A),
    ("clashes-between", ("There were clashes between the caravan and security forces in "
                         "Tapachula."), "clash", A),
    ("fought", "Migrants fought with agents on the highway near Huixtla on Monday.", "clash", A),
    ("confronted", "Police confronted the caravan in Arriaga on Monday.", "clash", A),
    ("confrontation-nominal", ("The confrontation between police and migrants in Tecun Uman left "
                               "dozens injured."), "clash", A),
    ("rubber-bullets", "Police fired rubber bullets at the marchers in Ciudad Hidalgo.",
     "clash", A),
    ("ran-into-wall", "The caravan ran into a wall of riot police outside Tapachula.", "clash",
     A),
    ("pushed-through-line", "Migrants pushed through a police line at the bridge in Tecun Uman.",
     "clash", A),
    ("tear-gassed", "Police tear-gassed the migrants at the border in Tecun Uman on Monday.",
     "clash", A),
    ("skirmished", "Marchers skirmished with riot police in Huixtla on Monday.", "clash", A),
    ("violent-clash", "A violent clash with police in Tapachula left 20 migrants injured.",
     "clash", A),
    ("beaten-by", "Dozens of migrants were beaten by police in Tapachula on Monday.", "clash",
     A),
]

DETAIN: list[tuple[str, str, str, str]] = [
    ("detained-members", "Immigration agents detained 300 members of the caravan in Chiapas.",
     "detain", A),
    ("arrested-dozens", ("Police arrested dozens of migrants from the caravan in Tapachula on "
                         "Monday."), "detain", A),
    ("loaded-onto-buses", ("Hundreds were loaded onto buses and taken to the detention center in "
                           "Tapachula."), "detain", A),
    ("rounded-up", ("Mexican authorities rounded up 400 migrants from the caravan near "
                    "Huixtla."), "detain", A),
    ("taken-into-custody", "About 200 caravan members were taken into custody in Huixtla.",
     "detain", A),
    ("detained-and-taken", ("The migrants were detained and taken to an immigration station in "
                            "Tapachula."), "detain", A),
    ("apprehended", "Agents apprehended a group of 150 Cubans near Piedras Negras.", "detain", A),
    ("nominal-detention", ("The detention of 100 marchers in Arriaga on Monday angered "
                           "organizers."), "detain", A),
    ("arrested-organizer", "Police arrested the caravan's organizer in Tapachula on Monday.",
     "detain", A),
    ("held-at-checkpoint", "Dozens of migrants were held at a checkpoint in Chiapas on Monday.",
     "detain", A),
    ("officials-said-detained", ("Mexican officials said they had detained 1,000 migrants from the "
                                 "caravan in Chiapas."), "detain", A),
    ("seized", ("Immigration officers seized dozens of migrants from the caravan in Huixtla on "
                "Monday."), "detain", A),
    ("caught-by-agents", "About 60 migrants from the caravan were caught by agents in Huixtla.",
     "detain", A),
    ("put-on-buses-to-station", ("Agents put 250 caravan members on buses to the immigration "
                                 "station in Tapachula."), "detain", A),
    ("locked-up", "Authorities locked up dozens of caravan members in Tapachula on Monday.",
     "detain", A),
    ("nominal-arrests", "Police made dozens of arrests among the caravan in Tapachula.",
     "detain", A),
    ("forced-onto-buses", ("Agents forced about 300 migrants onto buses bound for the Siglo XXI "
                           "station in Tapachula."), "detain", A),
    ("picked-up", "Immigration agents picked up 90 caravan members in Huixtla on Monday.",
     "detain", A),
    ("caption-detained", ("Migrants board a bus after being detained by immigration agents in "
                          "Huixtla, Mexico, on Oct. 22, 2023."), "detain", A),
    ("detentions-nominal", ("Mass detentions of caravan members were reported in Tapachula on "
                            "Monday."), "detain", A),
]

DEPORT: list[tuple[str, str, str, str]] = [
    ("deported", "Guatemala deported 1,500 Hondurans from the caravan.", "deport", A),
    ("sent-back-to", "Hundreds of caravan members were sent back to Honduras on buses.",
     "deport", A),
    ("returned-to", "Mexico returned 300 migrants from the caravan to Guatemala.", "deport", A),
    ("flown-back", "The migrants from the caravan were flown back to Venezuela on Tuesday.",
     "deport", A),
    ("repatriated", "About 400 caravan members were repatriated to Honduras.", "deport", A),
    ("expelled", "Authorities expelled dozens of migrants from the caravan to Guatemala.",
     "deport", A),
    ("nominal-deportation", "The deportation of 200 caravan members began on Monday.",
     "deport", A),
    ("sent-home", "The Cuban migrants were put on planes and sent home on Monday.", "deport", A),
    ("deported-to-city", "Haitians from the camp were deported to Port-au-Prince on flights.",
     "deport", A),
    ("bused-back", "Guatemala bused 2,000 caravan members back to the Honduran border.",
     "deport", A),
    ("removed-to", "US authorities removed 300 Haitians to Port-au-Prince on Monday.",
     "deport", A),
    ("returned-passive", "Some 400 migrants were returned to Guatemala on Tuesday.", "deport",
     A),
    ("nominal-repatriation", ("The repatriation of 300 Hondurans from the caravan began on "
                              "Monday."), "deport", A),
    ("would-deport", ("Mexico said it would deport the caravan members who had entered "
                      "illegally."), "deport", P),
    ("plans-to-deport", "Guatemala plans to deport the migrants in the caravan to Honduras.",
     "deport", P),
]

OFFER: list[tuple[str, str, str, str]] = [
    ("offered-visas-to", "Mexico offered humanitarian visas to members of the caravan.",
     "offer", A),
    ("offered-permits", "Authorities offered the migrants transit permits valid for 30 days.",
     "offer", A),
    ("offered-bus-rides", "The government offered free bus rides to the marchers.", "offer", A),
    ("handed-out-visas", ("The National Migration Institute handed out humanitarian visas to "
                          "caravan members in Huixtla."), "offer", A),
    ("were-offered", "Caravan members were offered work permits in Tapachula.", "offer", A),
    ("nominal-offer-of", "An offer of humanitarian visas was made to the caravan on Tuesday.",
     "offer", A),
    ("nominal-offer-rejected", ("Mexico's offer of jobs and shelter to the caravan was rejected "
                                "on Monday."), "offer", A),
    ("were-given-visas", "The migrants were given humanitarian visas in Huixtla.", "offer", A),
    ("issued-permits", "Officials issued 3,000 transit permits to members of the caravan.",
     "offer", A),
    ("offered-to-bus", "The state offered to bus the migrants to Mexico City.", "offer", A),
    ("granted-visas", ("The government granted humanitarian visas to more than 3,000 migrants "
                       "from the caravan."), "offer", A),
    ("began-issuing", "Authorities began issuing visas to the caravan members in Tapachula.",
     "offer", A),
    ("provided-buses", ("Officials provided buses to take the migrants from the caravan to "
                        "Mexico City."), "offer", A),
    ("received-visas", "The migrants received humanitarian visas on Monday.", "offer", A),
    ("extended-offer", "Mexico extended an offer of regularization to the caravan.", "offer", A),
    ("offered-ids-jobs", "Mexico offered the migrants temporary IDs and jobs in Chiapas.",
     "offer", A),
    ("offered-relocation", "Officials offered to relocate the migrants to shelters in Oaxaca.",
     "offer", A),
    ("offered-transport-home", ("The State offered free transport home to members of the "
                                "caravan."), "offer", A),
    ("accepted-offer-of", "A further 220 people accepted the State's offer of free transport.",
     "offer", A),
    ("made-available", ("Authorities made buses available to the caravan members in "
                        "Huixtla."), "offer", A),
    ("distributed-permits", "Officials distributed transit permits to the caravan in Huixtla.",
     "offer", A),
    ("proposal-nominal", ("The government's proposal to regularize the caravan members was "
                          "announced on Monday."), "offer", A),
    ("will-offer", "Mexico will offer work visas to the migrants, the president said.", "offer",
     P),
    # an offer announced is an offer made (modality.py): actual
    ("would-give-permits", ("Authorities said they would give the marchers permits to transit "
                            "through Mexico."), "offer", A),
]

DISSOLVE: list[tuple[str, str, str, str]] = [
    ("dissolved", "The caravan dissolved in Huixtla on Monday.", "dissolve", A),
    ("broke-up", ("The march broke up in Arriaga after most members accepted visas."),
     "dissolve", A),
    ("abandoned-caravan", "Many migrants abandoned the caravan in Escuintla.", "dissolve", A),
    ("accepted-and-left", "About 200 people accepted the offer and left the march.", "dissolve",
     A),
    ("accepted-state-offer", "Hundreds accepted the State's offer of free transport home.",
     "dissolve", A),
    ("disbanded", "The group disbanded in Tapachula after police surrounded it.", "dissolve", A),
    ("fizzled-out", "The caravan fizzled out in Oaxaca on Monday.", "dissolve", A),
    ("gave-up", "Most of the marchers gave up in Huixtla and returned home.", "dissolve", A),
    ("turned-themselves-in", ("The migrants turned themselves in to immigration agents in "
                              "Tapachula."), "dissolve", A),
    ("splintered-into", "The caravan splintered into smaller groups near Juchitan.", "dissolve",
     A),
    ("abandoned-group", "Dozens abandoned the group and boarded buses back to Honduras.",
     "dissolve", A),
    ("dispersed-intransitive", "Members of the caravan dispersed in Mexico City on Monday.",
     "dissolve", A),
    ("was-disbanded", "The caravan was disbanded by its organizers in Oaxaca.", "dissolve", A),
    ("dissolved-after-visas", ("The group dissolved in Huixtla after migrants accepted "
                               "humanitarian visas."), "dissolve", A),
    ("quit-the-march", "Many migrants chose to quit the march in Huixtla.", "dissolve", A),
    ("nominal-dissolution", ("The caravan's dissolution in Huixtla ended a two-week "
                             "journey."), "dissolve", A),
    ("accepted-visas", "Most members of the caravan accepted humanitarian visas in Huixtla.",
     "dissolve", A),
    ("took-up-offer", "Hundreds of marchers took up the offer in Escuintla on Monday.",
     "dissolve", A),
    ("fell-apart", "The caravan fell apart in Oaxaca on Monday.", "dissolve", A),
    ("petered-out", "The march petered out in Juchitan on Monday.", "dissolve", A),
    ("surrendered", "The last 300 marchers surrendered to immigration agents in Huixtla.",
     "dissolve", A),
    ("went-separate-ways", "The migrants went their separate ways in Oaxaca on Monday.",
     "dissolve", A),
    ("accepted-offer-to-return", ("Most of the group accepted an offer to return home on "
                                  "Monday."), "dissolve", A),
    ("split-up", "The caravan split up in Mapastepec on Monday.", "dissolve", A),
]

ASYLUM: list[tuple[str, str, str, str]] = [
    ("applied-for", "About 1,000 caravan members applied for asylum in Mexico.", "asylum", A),
    ("requested", ("Hundreds of migrants requested asylum at the port of entry in Tijuana on "
                   "Monday."), "asylum", A),
    ("filed-claims", ("The migrants filed asylum claims with Mexican authorities in "
                      "Tapachula."), "asylum", A),
    ("sought-asylum", "Dozens of caravan members sought asylum in Guatemala.", "asylum", A),
    ("refugee-status", "Some 300 marchers asked for refugee status in Mexico.", "asylum", A),
    ("lodged-requests", ("The group lodged asylum requests at the COMAR office in Tapachula on "
                         "Monday."), "asylum", A),
    ("turned-in-and-asked", ("About 70 members of the caravan walked to the bridge in El Paso "
                             "and asked for asylum."), "asylum", A),
    ("registered-applications", ("More than 500 migrants from the caravan registered asylum "
                                 "applications in Chiapas."), "asylum", A),
    ("received-applications", ("Mexico received 1,500 asylum applications from members of the "
                               "caravan."), "asylum", A),
    ("submitted", "Caravan members submitted asylum requests in Tapachula on Monday.",
     "asylum", A),
    ("asylum-seekers-applied", ("Hundreds from the caravan applied for refugee protection in "
                                "Costa Rica on Monday."), "asylum", A),
    ("claimed-asylum", "The Cubans claimed asylum at the port of entry in Eagle Pass.",
     "asylum", A),
    ("began-process", ("Members of the caravan began the asylum process at the COMAR office in "
                       "Tapachula."), "asylum", A),
    ("will-request", ("They will request asylum at the San Ysidro port of entry on Sunday, "
                      "organizers said."), "asylum", P),
    ("plan-to-apply", "The migrants plan to apply for asylum in Tapachula on Monday.",
     "asylum", P),
]

AID: list[tuple[str, str, str, str]] = [
    ("handed-out-food", "Volunteers handed out food and water to the migrants in Huixtla.",
     "aid", A),
    ("provided-medical-care", ("The Red Cross provided medical care to hundreds of caravan "
                               "members in Tapachula."), "aid", A),
    ("gave-sandwiches", ("Residents of Escuintla gave the marchers sandwiches and bottled "
                         "water."), "aid", A),
    ("served-meals", "Church groups served hot meals to the migrants in Arriaga.", "aid", A),
    ("arrived-with-food", "Humanitarian groups arrived with food and water at Agua Caliente.",
     "aid", A),
    ("nominal-distribution", ("The distribution of food to the caravan in Mapastepec was "
                              "organized by the parish."), "aid", A),
    ("treated-for", ("Doctors treated dozens of migrants for blisters and dehydration in "
                     "Huixtla."), "aid", A),
    ("took-in", "A shelter in Tapachula took in 500 migrants from the caravan.", "aid", A),
    ("opened-stadium", "The town opened its stadium to the caravan on Monday.", "aid", A),
    ("offered-food-and-bed", ("Local families offered the travellers food and a place to "
                              "sleep."), "aid", A),
    ("distributed-kits", "Aid workers distributed hygiene kits to families in the caravan.",
     "aid", A),
    ("delivered-diapers", "UNICEF delivered diapers and water to the group at the border.",
     "aid", A),
    ("received-food", "Migrants received food and medical attention in Juchitan.", "aid", A),
    ("set-up-shelter", ("The municipality set up a temporary shelter for the caravan in "
                        "Oaxaca."), "aid", A),
    ("attended-people", ("Paramedics attended more than 300 people from the caravan for "
                         "dehydration."), "aid", A),
    ("fed", "Soup kitchens fed thousands of caravan members in Tijuana.", "aid", A),
    ("given-food-and-shelter", ("The caravan was given food and shelter at a stadium in Mexico "
                                "City."), "aid", A),
    ("opened-complex-to-house", ("Mexico City opened a sports complex to house the migrants on "
                                 "Monday."), "aid", A),
    ("set-up-tents", "The UN refugee agency set up tents for the migrants in Tapachula.", "aid",
     A),
    ("serving-rice", ("Church volunteers are serving rice and beans to the marchers in the town "
                      "square of Huehuetan."), "aid", A),
    ("food-donations", ("Residents donated clothes and shoes to the caravan in Juchitan on "
                        "Monday."), "aid", A),
    ("provided-shelter", "The diocese provided shelter to 800 migrants in Tapachula.", "aid", A),
    ("medical-attention", ("The Red Cross gave medical attention to 200 caravan members in "
                           "Huixtla."), "aid", A),
    ("hot-meals-nominal", ("Volunteers handed hot meals to the migrants as they arrived in "
                           "Arriaga."), "aid", A),
    ("caption-aid", ("A volunteer hands out water to migrants in the caravan in Escuintla, "
                     "Mexico, Monday, Oct. 23, 2023."), "aid", A),
    ("would-provide", "The city said it would provide shelter to the caravan.", "aid", P),
]

REPORTED: list[tuple[str, str, str, str]] = [
    ("police-said-detained", "Police said they had detained 50 caravan members in Huixtla.",
     "detain", A),
    ("told-reporters-deported", ("Officials told reporters that 300 migrants from the caravan "
                                 "had been deported to Honduras."), "deport", A),
    ("according-to-treated", ("According to the Red Cross, volunteers treated 400 marchers in "
                              "Mapastepec."), "aid", A),
    ("organizers-said-head-north", ("Organizers said about 1,500 people are expected to head north "
                                    "from Mapastepec on Tuesday."), "depart", P),
    ("ministry-statement-crossed", ("The ministry said in a statement that the group had crossed "
                                    "into Guatemala at El Florido."), "cross_border", A),
    ("inm-reported-offer", ("The INM reported that it had offered humanitarian visas to 2,000 "
                            "caravan members."), "offer", A),
]

# Known failures: the small parser's trees, or another module's job.
XFAIL = {
    "arrive-halted-for-night": "parser hangs 'in Tapanatepec' on 'the night'",
    "asylum-registered-applications": "parser reads 'registered' as an adjective of "
                                      "'applications' under 'from the caravan'",
    "depart-leaves": "tagger reads the headline's 'leaves' as the noun 'leaf'",
    "not-history-2021": "the year of the subject's relative clause makes it history: "
                        "context.py's background check reads only the trigger's clause",
}


def cases(rows: list[tuple[str, str, str, str]], prefix: str = "") -> list[Any]:
    out = []
    for i, s, k, m in rows:
        tid = f"{prefix}{k}-{i}"
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[tid])] if tid in XFAIL else []
        out.append(pytest.param(s, k, m, id=tid, marks=marks))
    return out


POSITIVE = DEPART + ARRIVE + CROSS + JOIN + BLOCK + CLASH + DETAIN + DEPORT + OFFER + \
    DISSOLVE + ASYLUM + AID + REPORTED


@pytest.mark.parametrize(("sentence", "kind", "modality"), cases(POSITIVE))
def test_sentence_gives_event(sentence: str, kind: str, modality: str) -> None:
    found = found_in(LEAD + sentence, sentence)
    assert (kind, modality) in found, found


# Headlines in telegraphic style, then a neutral first paragraph.
BODY = "\n\nReporters have followed the migrant caravan for weeks."
HEADLINES: list[tuple[str, str, str, str]] = [
    ("sets-off", "Caravan sets off from Tapachula", "depart", A),
    ("departs", "New caravan departs San Pedro Sula", "depart", A),
    ("heads-north", "Migrant caravan heads north from Tapachula", "depart", A),
    ("leaves", "Caravan of 3,000 leaves Tapachula", "depart", A),
    ("reaches", "Migrant caravan reaches Mexico City", "arrive", A),
    ("arrives", "Caravan arrives in Tijuana after month-long trek", "arrive", A),
    ("crosses-into", "Migrant caravan crosses into Guatemala", "cross_border", A),
    ("enters", "Caravan enters Mexico", "cross_border", A),
    ("join", "Thousands join migrant caravan in Chiapas", "join", A),
    ("swells", "Migrant caravan swells to 7,000 in Tapachula", "join", A),
    ("block", "Police block migrant caravan in Guatemala", "block", A),
    ("halt", "Mexican police halt migrant caravan near Tapachula", "block", A),
    ("stopped-by", "Caravan stopped by police at Guatemala border", "block", A),
    ("clash", "Migrants clash with police at Guatemala border", "clash", A),
    ("tear-gas", "Police fire tear gas at caravan in Tecun Uman", "clash", A),
    ("detains", "Mexico detains hundreds of caravan migrants in Chiapas", "detain", A),
    ("arrested", "Hundreds of caravan migrants arrested in Chiapas", "detain", A),
    ("deports", "Guatemala deports hundreds of caravan migrants", "deport", A),
    ("offers-visas", "Mexico offers visas to caravan members", "offer", A),
    ("offers-permits-in", "Mexico offers caravan migrants permits in Huixtla", "offer", A),
    ("disbands", "Migrant caravan disbands in Oaxaca", "dissolve", A),
    ("dissolves", "Caravan dissolves in southern Mexico after visa offer", "dissolve", A),
    ("breaks-up", "Caravan breaks up in Oaxaca", "dissolve", A),
    ("seek-asylum", "Caravan migrants seek asylum in Mexico", "asylum", A),
    ("feed", "Volunteers feed caravan migrants in Oaxaca", "aid", A),
    ("to-leave", "Caravan to leave Tapachula on Sunday", "depart", P),
]


@pytest.mark.parametrize(("headline", "kind", "modality"), cases(HEADLINES))
def test_headline_gives_event(headline: str, kind: str, modality: str) -> None:
    found = found_in(headline + BODY, headline)
    assert (kind, modality) in found, found


# (id, sentence, type that must not be found from it; "*" for none at all)
NOT_EVENTS: list[tuple[str, str, str]] = [
    ("migrants-blocked-highway", "Migrants blocked the highway in protest in Tapachula.",
     "block"),
    ("caravan-blocked-traffic", "The caravan blocked traffic on the highway for hours.",
     "block"),
    ("caravan-stopped-traffic", "The caravan stopped traffic on the main avenue of Tapachula.",
     "block"),
    ("police-escorted", "Police escorted the caravan to the edge of Huixtla.", "block"),
    ("troops-escorted", "National Guard troops escorted the caravan through Oaxaca.", "*"),
    ("police-accompanied", "Police accompanied the marchers along the highway.", "*"),
    ("general-goal", "Their plan is to reach the United States.", "*"),
    ("hope-to-reach", "The caravan's members hope to reach the US border.", "arrive"),
    ("statistic-detained", ("Border Patrol detained 200,000 people at the southern border in "
                            "March."), "detain"),
    ("statistic-deported", "Mexico deported 100,000 Central Americans last year.", "deport"),
    ("statistic-detained-year", ("US officials detained more than 2 million migrants at the "
                                 "border last year."), "detain"),
    # (past caravans are events of their own, undated: see test_context_places.py)
    ("offered-no-comment", "The ministry offered no comment on the caravan.", "*"),
    ("offered-no-details", "The governor's spokesman offered no details about the caravan.",
     "*"),
    ("offered-condolences", "The government offered its condolences to the migrants' families.",
     "offer"),
    ("left-questions", "The caravan left many questions unanswered.", "*"),
    ("no-plans-asylum", "Officials said the migrants had no plans to apply for asylum.",
     "asylum"),
    ("did-not-reach", "The migrants did not reach Huixtla on Monday.", "arrive"),
    ("every-migrant-deported", ("Every migrant who crosses the border illegally will be "
                                "deported, the minister warned."), "deport"),
    ("can-apply", "Migrants can apply for asylum at any port of entry.", "asylum"),
    ("reached-agreement", "Officials reached an agreement with the caravan organizers.",
     "arrive"),
    ("joined-forces", "Aid groups joined forces to help the caravan.", "join"),
    ("president-joined-critics", "The president joined critics in condemning the caravan.",
     "join"),
    ("threatened-if", "Trump threatened to close the border if the caravan was not stopped.",
     "block"),
    ("must-stop", "Mexico must stop the caravan, the US president said.", "block"),
    ("reporters-arrived", "Reporters arrived in Tapachula on Monday to cover the story.", "*"),
    ("bishop-left", "The bishop left the meeting early on Monday.", "*"),
    ("leaflets", "Officials handed out leaflets about the dangers of the journey.", "offer"),
    ("smugglers-offered", "Smugglers offered the migrants passage across the river for $500.",
     "offer"),
    ("offered-prayers", "The bishop offered prayers for the migrants on Sunday.", "offer"),
    ("offered-support", "The mayor offered his support to the police on Monday.", "*"),
    ("stopped-to-ask", "A reporter stopped a migrant to ask about the journey.", "block"),
    ("held-press-conference", "Police held a press conference about the caravan on Monday.",
     "*"),
    ("crossed-minds", "The idea of turning back crossed the minds of many marchers.",
     "cross_border"),
    ("grew-tired", "The marchers grew tired of waiting in Tapachula.", "join"),
    ("grew-frustrated", "Many migrants grew frustrated with the delays.", "join"),
    ("ended-speech", "The minister ended his speech by praising the police.", "dissolve"),
    ("accepted-reality", "Migrants accepted that the journey would be long.", "dissolve"),
    ("gave-interviews", "Organizers gave interviews to reporters in Tapachula.", "*"),
    ("food-prices", "The price of food has doubled in Honduras this year.", "aid"),
    ("police-detain-often", "Police often detain migrants on that highway.", "detain"),
    ("law-detention", "The law allows the detention of migrants for up to 36 hours.", "detain"),
    ("would-be-deported-if", "They would be deported if they were caught, officials warned.",
     "deport"),
    ("asked-to-leave", "The mayor asked the migrants to leave the plaza.", "depart"),
    ("urged-to-return", "Officials urged the caravan members to return home.", "deport"),
    ("trying-to-cross", "Many are trying to cross into the United States.", "cross_border"),
    ("history-2021", ("Haitians who crossed into Del Rio in 2021 were flown back to "
                      "Port-au-Prince."), "deport"),
]


@pytest.mark.parametrize(("sentence", "kind"), [
    pytest.param(s, k, id=f"not-{i}", marks=[pytest.mark.xfail(
        strict=True, reason=XFAIL[f"not-{i}"])] if f"not-{i}" in XFAIL else [])
    for i, s, k in NOT_EVENTS])
def test_sentence_gives_no_event(sentence: str, kind: str) -> None:
    found = found_in(LEAD + sentence, sentence)
    assert [f for f in found if kind in ("*", f[0])] == []


def test_transfer_after_detention_is_one_event() -> None:
    text = (LEAD + "Immigration agents detained 300 members of the caravan in Huixtla on "
            "Monday. They were taken to the immigration station in Tapachula.")
    assert [e.type for e in extract(text)].count("detain") == 1


def test_transfer_to_detention_alone_is_a_detention() -> None:
    text = LEAD + "Hundreds of migrants were taken to the detention center in Tapachula."
    assert [e.type for e in extract(text)].count("detain") == 1
