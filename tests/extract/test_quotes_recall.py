"""Quotation recall across outlets: attribution verbs beyond "said", headlines, long
unnamed speakers, speakers named later, split and nested quotes, colon lead-ins,
pronouns, organisations and scare quotes (every sentence written for these tests;
people and outlets are invented)."""

from __future__ import annotations

import pytest
from speakers import check_quotes

from caravanwatch.extract.quotes import extract_quotes

Case = tuple[str, str, list[tuple[str, str]]]

# A named person earlier in the text, for pronoun and description cases.
_ROSA = "Rosa Elena Flores, 27, has walked for ten days with her two sons. "
_MAYOR = "Mayor Alicia Dominguez met the marchers at the edge of town on Tuesday. "

VERBS: list[Case] = [
    ("told-reporters-after", ("“We are not criminals, we are workers,” Jose Martinez told "
     "reporters in Tapachula."), [("Jose Martinez", "We are not criminals we")]),
    ("shouted-inverted", ("“Open the gates, we have children with us,” shouted Maria "
     "Hernandez, 29."), [("Maria Hernandez", "Open the gates we have")]),
    ("explained-inverted", ("“The journey is long but we have no choice,” explained Pedro "
     "Gomez, a bricklayer from Olancho."), [("Pedro Gomez", "The journey is long but")]),
    ("recalled-inverted", ("“They robbed us on the bus near the border,” recalled Ana "
     "Castillo."), [("Ana Castillo", "They robbed us on the")]),
    ("insisted-inverted", ("“We will not turn back under any circumstances,” insisted Luis "
     "Ramirez, one of the organisers."), [("Luis Ramirez", "We will not turn back")]),
    ("posted-on-x", ("“The caravan is a humanitarian emergency that demands a response,” "
     "Senator Mark Jensen posted on X."), [("Mark Jensen", "The caravan is a humanitarian")]),
    ("wrote-on-facebook", ("“Our hearts are with the families walking north tonight,” the "
     "Diocese of San Cristobal wrote on Facebook."),
     [("Diocese of San Cristobal", "Our hearts are with the")]),
    ("according-to-after", ("“The border will stay closed to irregular crossings,” "
     "according to Interior Minister Olga Sanchez."),
     [("Olga Sanchez", "The border will stay closed")]),
    ("said-by-phone", ("“We walk at night because the heat is unbearable,” Carlos Mejia, "
     "34, said by phone."), [("Carlos Mejia", "We walk at night because")]),
    ("said-through-translator", ("“We have been waiting here for three weeks,” said Rosa "
     "Flores, speaking through a translator."), [("Rosa Flores", "We have been waiting here")]),
    ("complained", "“We have been treated like animals,” complained Juan Perez.",
     [("Juan Perez", "We have been treated like")]),
    ("told-cnn", ("“The government has abandoned us completely,” Perez told CNN en "
     "Español."), [("Perez", "The government has abandoned us")]),
    ("organisers-statement", ("“We are asking for a humanitarian corridor,” the organisers "
     "said in a statement."), [("the organisers", "We are asking for a")]),
    ("unhcr-statement", ("“The situation at the shelter is critical,” the UN refugee agency "
     "UNHCR said in a statement."), [("UNHCR", "The situation at the shelter")]),
    ("spokesperson-geneva", ("“We call on all states to respect the right to seek asylum,” "
     "UNHCR spokesperson Shabia Hamid told reporters in Geneva."),
     [("Shabia Hamid", "We call on all states")]),
    ("cbp-press-release", ("“Agents will enforce the law at every port of entry,” CBP said "
     "in a press release."), [("CBP", "Agents will enforce the law")]),
    ("mayor-news-conference", ("“We are overwhelmed and we need federal help,” Tijuana "
     "Mayor Juan Gastelum said at a news conference."),
     [("Juan Gastelum", "We are overwhelmed and we")]),
    ("warned", ("“Anyone who crosses irregularly will be detained,” warned Gen. Luis "
     "Sandoval."), [("Luis Sandoval", "Anyone who crosses irregularly will")]),
    ("pleaded", "“Please let us pass, we only want to work,” pleaded Marvin Lopez, 19.",
     [("Marvin Lopez", "Please let us pass we")]),
    ("whispered", "“I am afraid of the soldiers,” whispered eight-year-old Keyla.",
     [("Keyla", "I am afraid of the")]),
    ("noted-dryly", ("“The wall has not stopped anyone,” noted Professor Ines Ortega of "
     "the Colegio de la Frontera Norte."), [("Ines Ortega", "The wall has not stopped")]),
    ("tweeted-name-first", ("“Mexico will not be a waiting room for the United States,” "
     "Senator Ricardo Monreal tweeted on Monday."),
     [("Ricardo Monreal", "Mexico will not be a")]),
    ("says-present", ("“It is the worst I have seen in twenty years,” says Sister Norma "
     "Pimentel, who runs a respite centre in McAllen."),
     [("Norma Pimentel", "It is the worst I")]),
    ("adds-present", _MAYOR + "“We are a town of twelve thousand people,” adds Dominguez.",
     [("Dominguez", "We are a town of")]),
    ("told-the-outlet", ("“I sold my cows to pay for the trip,” Edwin Paz told The "
     "Borderland Post."), [("Edwin Paz", "I sold my cows to")]),
    ("asked-question", ("“Where are we supposed to go now?” asked Dalia Reyes, holding her "
     "baby."), [("Dalia Reyes", "Where are we supposed to")]),
    ("asked-question-name-first", "“Where are we supposed to go now?” Dalia Reyes asked.",
     [("Dalia Reyes", "Where are we supposed to")]),
    ("confirmed", ("“Three buses left this morning for Mexico City,” confirmed Hector "
     "Vargas, a spokesman for the state government."),
     [("Hector Vargas", "Three buses left this morning")]),
    ("added-later", ("“We will keep the shelter open all night,” Father Tomas Ruiz said. "
     "“Nobody will sleep on the street,” he added later."),
     [("Tomas Ruiz", "We will keep the shelter"), ("Tomas Ruiz", "Nobody will sleep on the")]),
    ("told-the-ap-she", _ROSA + "“I left because the gangs wanted my son,” she told The "
     "Associated Press.", [("Rosa Elena Flores", "I left because the gangs")]),
    ("said-in-interview", ("“We have no intention of stopping the caravan,” Foreign "
     "Minister Marcelo Ebrard said in an interview with a local radio station."),
     [("Marcelo Ebrard", "We have no intention of")]),
    ("wrote-in-op-ed", ("“Asylum is not a loophole,” wrote immigration lawyer Dana Kline "
     "in an op-ed for the Houston Courier."), [("Dana Kline", "Asylum is not a loophole")]),
    ("said-on-radio", ("“This is an invasion and it must be stopped,” Rep. Garrett Voss "
     "said on a radio show Monday."), [("Garrett Voss", "This is an invasion and")]),
    ("said-on-television", ("“We will open a humanitarian corridor,” Guatemalan President "
     "Alejandro Giammattei said on national television."),
     [("Alejandro Giammattei", "We will open a humanitarian")]),
]

BEFORE: list[Case] = [
    ("told-reporters-colon", ("Jose Martinez told reporters: “We are not criminals, we are "
     "workers.”"), [("Jose Martinez", "We are not criminals we")]),
    ("as-she-said-comma", ("As she nursed her baby, Maria Hernandez said, “I only want a safe "
     "place for my daughter.”"), [("Maria Hernandez", "I only want a safe")]),
    ("recalled-colon", ("Ana Castillo recalled the night they crossed: “The river was high "
     "and we held hands.”"), [("Ana Castillo", "The river was high and")]),
    ("put-it-bluntly-named", _MAYOR + "The mayor put it bluntly: “We cannot take one more "
     "person.”", [("Alicia Dominguez", "We cannot take one more")]),
    ("in-a-post-on-x", ("In a post on X, Senator Mark Jensen wrote: “The border is not a "
     "suggestion.”"), [("Mark Jensen", "The border is not a")]),
    ("writing-on-facebook", ("Writing on Facebook, the shelter's director, Father Pedro "
     "Pantoja, said: “We have no more space for anyone.”"),
     [("Pedro Pantoja", "We have no more space")]),
    ("statement-read", ("The statement, signed by the Guatemalan Migration Institute, read: "
     "“All foreigners must enter through official ports of entry.”"),
     [("Guatemalan Migration Institute", "All foreigners must enter through")]),
    ("said-that-partial", ("Trump said the migrants were “stone cold criminals” and "
     "promised to stop them."), [("Trump", "stone cold criminals")]),
    ("described-partial-long", ("Amnesty International described the raids as “a shameful "
     "attack on people seeking protection.”"),
     [("Amnesty International", "a shameful attack on people")]),
    ("vowed-partial", ("President Xiomara Castro vowed to “do everything in our power to "
     "protect our citizens abroad.”"), [("Xiomara Castro", "do everything in our power")]),
    ("name-says-colon", ("Padre Alejandro Solalinde says: “Every migrant is a human being "
     "with rights.”"), [("Alejandro Solalinde", "Every migrant is a human")]),
    ("told-outlet-comma-quote", ("Luis Ortega, a spokesman for the Tapachula city council, "
     "told the Chiapas Herald that “the city is doing everything it can.”"),
     [("Luis Ortega", "the city is doing everything")]),
    ("explained-that", ("Sister Alma Quiroz explained that the shelter “was built for 80 "
     "people and now holds 400.”"), [("Alma Quiroz", "was built for 80 people")]),
    ("statement-from-ministry-colon", ("A statement from the Honduran Foreign Ministry "
     "said: “We urge our citizens not to risk their lives.”"),
     [("Honduran Foreign Ministry", "We urge our citizens not")]),
    ("organisation-said-colon", ("The International Organization for Migration said: "
     "“Families need protection, not detention.”"),
     [("International Organization for Migration", "Families need protection not detention")]),
    ("according-to-before", ("According to Father Pedro Pantoja, “the people here have "
     "nothing but the clothes they wear.”"), [("Pedro Pantoja", "the people here have nothing")]),
    ("adding-that", ("Rosa Flores said she would keep walking, adding that “nothing in "
     "Honduras is worth going back for.”"), [("Rosa Flores", "nothing in Honduras is worth")]),
]

DESCRIPTIONS: list[Case] = [
    ("mother-of-three-from", ("“We sold everything to make this trip,” said a 42-year-old "
     "mother of three from Choluteca."), [("a 42-year-old mother of three from Choluteca",
                                          "We sold everything to make")]),
    ("gave-only-first-name", ("“I have nothing left in Venezuela,” said one Venezuelan man "
     "who gave only his first name, Luis."), [("Luis", "I have nothing left in")]),
    ("declined-to-give-name", ("A young woman carrying a toddler on her hip, who declined to "
     "give her name for fear of reprisals, said: “We are running from death.”"),
     [("A young woman carrying a toddler", "We are running from death")]),
    ("teenager-who-was", ("“My feet are bleeding but I keep going,” said a teenager from San "
     "Pedro Sula who was walking barefoot."),
     [("a teenager from San Pedro Sula", "My feet are bleeding but")]),
    ("description-name-first", ("“We left at four in the morning,” a Honduran father of "
     "two told the Frontera Times."), [("a Honduran father of two", "We left at four in")]),
    ("one-migrant-said", "“They treat us like criminals here,” one migrant said.",
     [("one migrant", "They treat us like criminals")]),
    ("another-woman", ("“It is better to die walking than to die at home,” said another "
     "woman, who was travelling with her mother."),
     [("another woman", "It is better to die")]),
    ("asked-not-to-be-named", ("“We see the same families every year,” said a Mexican "
     "immigration agent who asked not to be named because he was not authorised to speak."),
     [("a Mexican immigration agent", "We see the same families")]),
    ("identified-herself-as", ("“My husband was killed by the gang,” said a woman who "
     "identified herself only as Marisol."), [("Marisol", "My husband was killed by")]),
    ("gave-her-name-as", ("A grandmother who gave her name as Doña Carmen said: “I came so "
     "my grandchildren have a future.”"), [("Doña Carmen", "I came so my grandchildren")]),
    ("officials-plural", ("“The highway will remain closed for the night,” state officials "
     "said."), [("state officials", "The highway will remain closed")]),
    ("residents-told", ("“We gave them water and tortillas,” residents of Huixtla told "
     "reporters."), [("residents of Huixtla", "We gave them water and")]),
    ("a-spokesman-for", ("“No one will be deported without due process,” said a spokesman "
     "for the National Migration Institute."),
     [("a spokesman for the National Migration Institute", "No one will be deported")]),
    ("official-on-condition", ("“We expect the group to reach the border by Friday,” said "
     "a senior Homeland Security official, speaking on condition of anonymity."),
     [("a senior Homeland Security official", "We expect the group to")]),
    ("police-officer-at", ("“We have orders not to let anyone through,” a police officer at "
     "the checkpoint said."), [("a police officer at the checkpoint", "We have orders not to")]),
]

PRONOUNS: list[Case] = [
    ("she-after-male-mention", ("Rosa Elena Flores, 27, said her husband, Juan, stayed "
     "behind in Honduras. “I could not wait for him any longer,” she said."),
     [("Rosa Elena Flores", "I could not wait for")]),
    ("he-after-female-mention", ("Carlos Mejia, 34, said his sister Ana was deported last "
     "year. “I am doing this for her children too,” he said."),
     [("Carlos Mejia", "I am doing this for")]),
    ("she-next-paragraph", _ROSA + "\n\n“We had no food for two days,” she said.",
     [("Rosa Elena Flores", "We had no food for")]),
    ("she-after-two-speakers", ("“The bridge is closed,” said Officer Mario Paz. Maria "
     "Lopez, who waited beside him with her daughter, shook her head. “Then we will wait "
     "here,” she said."), [("Mario Paz", "The bridge is closed"),
                          ("Maria Lopez", "Then we will wait here")]),
    ("they-organisation", ("Pueblo Sin Fronteras organised the march. “We are accompanying "
     "the people, not leading them,” they said in a statement."),
     [("Pueblo Sin Fronteras", "We are accompanying the people")]),
    ("the-woman-resolves", _ROSA + "“We cannot go back,” the woman said.",
     [("Rosa Elena Flores", "We cannot go back")]),
    ("the-priest-resolves", ("Father Tomas Ruiz opened the church doors on Sunday. “Nobody "
     "sleeps outside tonight,” the priest said."), [("Tomas Ruiz", "Nobody sleeps outside tonight")]),
    ("he-said-after-organisation", ("Irineo Mujica, director of Pueblo Sin Fronteras, walked "
     "at the front. “We will not be provoked,” he said."),
     [("Irineo Mujica", "We will not be provoked")]),
]

STRUCTURE: list[Case] = [
    ("nested-single-in-double", ("“They told us, ‘Go back to your country,’ and then they hit "
     "us,” said Jose Martinez."), [("Jose Martinez", "They told us Go back")]),
    ("nested-straight", ("\"The officer said 'you cannot pass here' and pushed my son,\" "
     "said Ana Castillo."), [("Ana Castillo", "The officer said you cannot")]),
    ("split-paragraphs-straight", ("Father Tomas Ruiz said the shelter had run out of beds.\n\n"
     "\"We have received more than 500 people this week. Most are women and children.\n\n"
     "\"We need donations of food and medicine,\" he said."),
     [("Tomas Ruiz", "We have received more than"), ("Tomas Ruiz", "We need donations of food")]),
    ("split-paragraphs-curly-after", ("“We left because of the gangs,” said Carla Ramos, 24. "
     "“My brother was killed in March.\n\n“Now they want my son,” she said."),
     [("Carla Ramos", "We left because of the"), ("Carla Ramos", "My brother was killed in"),
      ("Carla Ramos", "Now they want my son")]),
    ("interrupted", ("“We are tired,” said Jose Martinez, “but we will not stop until we "
     "reach the border.”"), [("Jose Martinez", "We are tired"),
                            ("Jose Martinez", "but we will not stop")]),
    ("interrupted-name-first", ("“The shelter is full,” Sister Alma Quiroz said, “and we "
     "cannot take in anyone else tonight.”"), [("Alma Quiroz", "The shelter is full"),
                                             ("Alma Quiroz", "and we cannot take in")]),
    ("follow-on-sentence", ("“We have walked for nine days,” said Olga Barrios. “My children "
     "are sick and we have no money.”"), [("Olga Barrios", "We have walked for nine"),
                                        ("Olga Barrios", "My children are sick and")]),
    ("two-speakers", ("“We will wait for the buses,” said organiser Irineo Mujica. But "
     "Marvin Lopez disagreed. “We should keep walking today,” he said."),
     [("Irineo Mujica", "We will wait for the"), ("Marvin Lopez", "We should keep walking today")]),
    ("british-single", ("'We have been walking since dawn,' said Elena Ruiz, a nurse from "
     "Tegucigalpa."), [("Elena Ruiz", "We have been walking since")]),
    ("british-single-nested-double", ("'They told us \"go home\" at the border,' said Elena "
     "Ruiz."), [("Elena Ruiz", "They told us go home")]),
    ("straight-double", "\"We will stay until they let us in,\" said Maria Lopez.",
     [("Maria Lopez", "We will stay until they")]),
    ("question-exclaim", ("“Why won't they let us pass? We are human beings!” cried Keyla "
     "Bonilla."), [("Keyla Bonilla", "Why won't they let us")]),
    ("ellipsis-in-quote", ("“We walked and walked... and then the police came,” said Jorge "
     "Pineda."), [("Jorge Pineda", "We walked and walked and")]),
    ("dash-inside", ("“The river — it was higher than a man — took my cousin,” said Jorge "
     "Pineda."), [("Jorge Pineda", "The river it was higher")]),
    ("colon-paragraph-lead-in", ("Sister Alma Quiroz described the night the buses arrived:\n\n"
     "“There were children everywhere, crying and hungry.”"),
     [("Alma Quiroz", "There were children everywhere crying")]),
    ("standalone-after-narrative", ("Marta Lopez sat on the curb with her daughter. “We have "
     "nothing to go back to.”"), [("Marta Lopez", "We have nothing to go")]),
    ("quote-then-words-of", ("Most of the marchers slept in the square. “We are not afraid "
     "anymore.” Those were the words of Marta Lopez, 31, from Choloma."),
     [("Marta Lopez", "We are not afraid anymore")]),
    ("transcript-marks", ("DOMINGUEZ: “We will not close the shelter while there are "
     "children inside.”"), [("Dominguez", "We will not close the")]),
    ("two-quotes-two-sentences", ("“We don't want to stay in Mexico,” said Nelson Ortega. "
     "“We want to reach the United States,” said his cousin, Wilmer Ortega."),
     [("Nelson Ortega", "We don't want to stay"), ("Wilmer Ortega", "We want to reach the")]),
    ("said-before-and-after-clause", ("Speaking at a shelter in Oaxaca, Bishop Raul Vera "
     "said: “The Church will never close its doors to migrants.”"),
     [("Raul Vera", "The Church will never close")]),
]

HEADLINES: list[Case] = [
    ("headline-quote-colon-speaker", ("‘We have nothing to lose’: Honduran migrants press "
     "on toward US\n\nThe caravan left Tapachula on Monday."),
     [("Honduran migrants", "We have nothing to lose")]),
    ("headline-speaker-colon-quote", ("Tijuana mayor: ‘We cannot take any more migrants’\n\n"
     "The city opened a second shelter on Friday."),
     [("Tijuana mayor", "We cannot take any more")]),
    ("headline-quote-say", ("'We are not criminals,' say migrants in caravan\n\nHundreds "
     "slept in the square of Huixtla on Sunday."),
     [("migrants in caravan", "We are not criminals")]),
    ("headline-name-colon", ("Pantoja: “The shelters are full and nobody is helping”\n\n"
     "Father Pedro Pantoja spoke on Tuesday."),
     [("Pantoja", "The shelters are full and")]),
]

ARTICLES: list[Case] = [
    ("wire-husband-he", ("TAPACHULA, Mexico (Wire) — Hundreds set out on Monday.\n\nAmong "
     "them was Yesenia Paredes, a 33-year-old seamstress.\n\n\"We waited four months for "
     "an appointment,\" Paredes said.\n\nHer husband, Wilmer, nodded. \"Here there is no "
     "work for us,\" he said."), [("Yesenia Paredes", "We waited four months for"),
                                 ("Wilmer", "Here there is no work")]),
    ("kin-appos-org-tagged", ("Fuentes was detained on Tuesday. His wife, Dunia Montoya, "
     "said: \"They took him without explaining why.\""),
     [("Dunia Montoya", "They took him without explaining")]),
    ("secretary-appos-then-she", ("Mexico's Interior Secretary, Olga Sanchez Cordero, went "
     "further. \"No one will be deported who asks for protection,\" she told reporters."),
     [("Olga Sanchez Cordero", "No one will be deported")]),
    ("another-who-gave-name", ("\"We will not stop, God is with us,\" said a man carrying a "
     "Honduran flag. Another, who gave his name as Mario, said: \"If they send us back, "
     "we will come again.\""), [("a man carrying a Honduran flag", "We will not stop God"),
                                ("Mario", "If they send us back")]),
    ("reads-a-statement-by", ("\"We ask the authorities to respect human rights,\" reads a "
     "statement by the Catholic bishops of Chiapas."),
     [("Catholic bishops of Chiapas", "We ask the authorities to")]),
    ("president-of-appos-he", ("The president of Guatemala, Alejandro Giammattei, said his "
     "government would not let the caravan pass. “Guatemala will defend its borders,” he "
     "said in a televised address."), [("Alejandro Giammattei", "Guatemala will defend its")]),
    ("qa-answers-interviewee", ("Q&A: A shelter director on the new caravan\n\nFather "
     "Pedro Pantoja has run a shelter in Saltillo for 20 years. He spoke to the Ledger by "
     "phone.\n\nQ: How many people are arriving?\nA: \"More than we can handle this "
     "week.\"\n\nQ: What do they need most?\nA: \"Medicine, shoes and legal advice.\""),
     [("Pedro Pantoja", "More than we can handle"),
      ("Pedro Pantoja", "Medicine shoes and legal advice")]),
    ("lede-quote-then-name", ("“I never thought I would leave Honduras.”\n\nKeyla Bonilla, "
     "24, repeats the sentence twice. She left San Pedro Sula on Tuesday."),
     [("Keyla Bonilla", "I never thought I would")]),
    ("byline-not-speaker", ("Border town braces for new caravan\n\nBy Dale Whitcomb\n\n"
     "“We are ready to help, but we need resources,” he said.\n\nMayor Tomas Ortiz spoke "
     "after a meeting with state officials."), [("Tomas Ortiz", "We are ready to help")]),
    ("she-says-then-name", ("“We walked for eleven days without rest,” she says. Marta Lopez, "
     "31, is one of the few women travelling alone."),
     [("Marta Lopez", "We walked for eleven days")]),
    ("paragraph-quote-new-person", ("The shelter was full. “There is no more room,” said "
     "director Ana Ruiz.\n\n“We had to sleep outside, on the cardboard.” Jose Perez, 40, a "
     "bricklayer from Olancho, arrived with his two sons on Sunday."),
     [("Ana Ruiz", "There is no more room"), ("Jose Perez", "We had to sleep outside")]),
    ("transcript-organizer-appos", ("RIOS: The institute says it will offer visas. But the "
     "organizer, Luis Garcia Villagran, told me, \"We do not trust their promises anymore.\""),
     [("Luis Garcia Villagran", "We do not trust their")]),
    ("headline-repeats-body", ("Caravan leaves Tapachula; 'We have nothing to lose,' migrants "
     "say\n\nAbout 3,000 migrants set out on Monday.\n\n\"We have nothing to lose,\" said "
     "Yolanda Cruz, 45."), [("Yolanda Cruz", "We have nothing to lose")]),
    ("newsletter-first-person", ("I asked one of them, a young father named Kevin, what he "
     "needed most. \"Shoes for my children,\" he said, \"and a place to rest.\""),
     [("Kevin", "Shoes for my children"), ("Kevin", "and a place to rest")]),
    ("bulletin-secretary-stated", ("The Secretary, Lic. Ramon Tejada, stated: \"The Republic "
     "will guarantee the human rights of all persons.\""),
     [("Ramon Tejada", "The Republic will guarantee the")]),
    ("it-said-after-person", ("“The bridge is closed,” said Officer Mario Paz. The National "
     "Migration Institute later issued a statement. “All migrants will be attended to,” it "
     "said."), [("Mario Paz", "The bridge is closed"),
               ("National Migration Institute", "All migrants will be attended")]),
]

HEADLINES += [
    ("headline-present-vows", ("'We will not stop,' vows caravan organiser\n\nThe caravan "
     "left Tapachula on Monday."), [("caravan organiser", "We will not stop")]),
    ("headline-colon-any-verb", ("\"Nobody is illegal\": bishop defends migrants\n\nThe "
     "caravan left Tapachula on Monday."), [("bishop", "Nobody is illegal")]),
    ("headline-speaker-vows-colon", ("Caravan organiser vows: 'We will not stop until Mexico "
     "City'\n\nThe caravan left Tapachula on Monday."),
     [("Caravan organiser", "We will not stop until")]),
    ("live-blog-timestamp", ("3:10 p.m. — \"We will stay together until Mexico City,\" "
     "organizer Rogelio Anaya told reporters."), [("Rogelio Anaya", "We will stay together")]),
]

ARTICLES += [
    ("transcript-paren-name", ("ANCHOR (LAURA DIAZ): \"Good evening, the caravan is on the "
     "move.\""), [("Laura Diaz", "Good evening the caravan is")]),
    ("transcript-paren-role", ("Rios (on camera): \"The line of people stretches for a "
     "kilometre.\""), [("Rios", "The line of people stretches")]),
    ("transcript-caps-title", ("MAYOR RUTH OKONJO: \"We are doing what we can with what we "
     "have.\""), [("Ruth Okonjo", "We are doing what we")]),
]

NOT_QUOTES: list[tuple[str, str]] = [
    ("scare-invasion", "Trump called the caravan an “invasion” in a post on Tuesday."),
    ("scare-two-words", "Officials described the march as “mostly peaceful.”"),
    ("so-called", "The so-called “migrant caravan” reached Tapachula on Sunday."),
    ("program-name", "Mexico's “Remain in Mexico” programme was restarted in December."),
    ("operation-name", "The operation, dubbed “Operation Secure Line,” began on Friday."),
    ("slogan-chanted", "The migrants chanted “Sí, se puede” as they crossed the bridge."),
    ("banner-reading", ("They carried a banner reading “We are not criminals, we are "
     "workers” through the town.")),
    ("documentary-title", "The documentary “The Long Walk North” premiered in Mexico City."),
    ("shirts-emblazoned", "Volunteers wore shirts emblazoned with “Love has no borders.”"),
    ("signs-said", "Signs held by residents said “Go home, you are not welcome here.”"),
    ("one-word", "The migrants called the bridge the “door.”"),
    ("title-case-headline-word", "ANOTHER \"Caravan\" Is On The Move Toward the Border"),
    ("hashtag", "The hashtag “#StopTheCaravan” trended on Sunday."),
    ("label-called-it", "Critics called it “a manufactured crisis” on social media."),
    ("nickname", "The shelter, known as “La Casa del Migrante,” has 120 beds."),
    ("scare-plural", "He said the “asylum seekers” were economic migrants."),
    ("news-name-in-quotes", "The newspaper “La Prensa” reported the departure on Monday."),
    ("no-marks-transcript", "RIOS: We will keep walking whatever they say."),
    ("apostrophes-only", ("The migrants' shoes were worn out and the children's feet "
     "were bleeding after days on the road.")),
    ("plural-possessive-and-quote-word", ("The marchers' leaders rejected the 'offer' from "
     "the government's envoys.")),
]

CASES: list[Case] = VERBS + BEFORE + DESCRIPTIONS + PRONOUNS + STRUCTURE + HEADLINES + ARTICLES


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_quote_recall(nlp, make_article, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    check_quotes(extract_quotes(nlp(text), make_article(text=text)), expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_QUOTES])
def test_not_quotes_recall(nlp, make_article, text: str) -> None:  # type: ignore[no-untyped-def]
    quotes = extract_quotes(nlp(text), make_article(text=text))
    assert quotes == [], [(q.speaker, q.text) for q in quotes]
