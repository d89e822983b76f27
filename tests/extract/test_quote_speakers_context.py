"""Quotation speakers in paragraphs with several people: definite descriptions that point
back to a name ("the mother of three"), alternating speakers, "he said" with two men,
speakers named in the next sentence, later mentions by surname, first name, title or
nickname, people told or addressed who are not speakers, outlets and interviewers,
organisations and their spokespeople, quotations inside quotations.

Every paragraph was written for these tests in the styles of wire services, features,
local papers, TV transcripts and NGO releases; people, outlets and places are invented or
generic.  Expected speakers are compared as the scorer compares them
(``speakers.same_speaker``: same words, same last word, or one inside the other), so a
description must not stand where the text names the person, and a name must not stand
where the speaker is unnamed.
"""

from __future__ import annotations

import pytest
from speakers import check_quotes

from caravanwatch.extract.quotes import extract_quotes

Case = tuple[str, str, list[tuple[str, str]]]

# Definite descriptions that refer back to a person the text introduced with that
# description, title, age, nationality or role: the speaker is the name.
DESCRIPTION_TO_NAME: list[Case] = [
    ("mother-of-three",
     ("Maria Lopez, a Honduran mother of three, walked beside the highway. \"We are not "
      "criminals,\" the mother of three said."),
     [("Maria Lopez", "We are not criminals")]),
    ("teenager-by-age",
     ("Kevin Alvarado, 17, left San Pedro Sula alone in October. \"I did not want to "
      "join a gang,\" the teenager said."),
     [("Kevin Alvarado", "I did not want to")]),
    ("age-year-old",
     ("Jorge Mejia, 42, sleeps on a sheet of cardboard in the plaza. “My back hurts "
      "every single morning,” the 42-year-old said."),
     [("Jorge Mejia", "My back hurts every")]),
    ("pastor-title",
     ("Pastor Ramon Ortiz opened his church to 300 migrants on Friday night. “Nobody "
      "here will sleep in the rain,” the pastor said."),
     [("Ramon Ortiz", "Nobody here will sleep")]),
    ("former-deputy",
     ("Former deputy Luis Cardenas joined the march in Tecun Uman on Sunday. “This "
      "government has failed its people,” the former deputy told reporters."),
     [("Luis Cardenas", "This government has failed")]),
    ("the-woman",
     ("Yesenia Paredes carried her daughter on her shoulders through the heat. “She has "
      "had a fever since yesterday,” the woman said."),
     [("Yesenia Paredes", "She has had a")]),
    ("the-honduran",
     ("Wilmer Castro, a Honduran, has tried to reach the United States twice before. "
      "\"This time I will make it, God willing,\" the Honduran said."),
     [("Wilmer Castro", "This time I will")]),
    ("nationality-adjective",
     ("Like many in the group, Dilcia Ramos is Guatemalan and speaks little Spanish. "
      "“We left because there is no rain for the corn,” the Guatemalan said."),
     [("Dilcia Ramos", "We left because there")]),
    ("father-of-two-inverted",
     ("Edwin Solis, a father of two from Choluteca, was sunburnt after five days on the "
      "road. “We walk because we cannot pay a smuggler,” said the father of two."),
     [("Edwin Solis", "We walk because we")]),
    ("nurse-role",
     ("Carmen Aguilar, a nurse with the Red Cross, treated blisters under a tarp. “Most "
      "of the children are dehydrated,” the nurse said."),
     [("Carmen Aguilar", "Most of the children")]),
    ("priest-father-title",
     ("Father Alejandro Solalinde met the caravan at the shelter gate. “These people are "
      "fleeing death,” the priest said."),
     [("Alejandro Solalinde", "These people are fleeing")]),
    ("bishop-of-city",
     ("Bishop Raul Vera of Saltillo celebrated Mass in the migrant camp. “The Church "
      "will not close its doors,” the bishop said."),
     [("Raul Vera", "The Church will not")]),
    ("farmer-from",
     ("Jose Sorto, a farmer from Copan, lost his crop to the drought. \"There was "
      "nothing left to harvest,\" the farmer said."),
     [("Jose Sorto", "There was nothing left")]),
    ("grandmother-age",
     ("Among the walkers was Rosa Elvir, a 68-year-old grandmother with a cane. "
      "“I want to see my grandchildren before I die,” the grandmother said."),
     [("Rosa Elvir", "I want to see")]),
    ("lawyer-with-org",
     ("Ana Beltran, a lawyer with a migrant rights clinic in Tijuana, has filed dozens "
      "of petitions. “The wait times are illegal,” the lawyer said."),
     [("Ana Beltran", "The wait times are")]),
    ("activist-appos-after",
     ("Irineo Mujica, an activist with Pueblo Sin Fronteras, walked at the front. "
      "“We will not be divided,” the activist said."),
     [("Irineo Mujica", "We will not be")]),
    ("shelter-director",
     ("Gabriela Hernandez, the director of a shelter in Tapachula, says beds ran out "
      "last week. “We are at three times our capacity,” the director said."),
     [("Gabriela Hernandez", "We are at three")]),
    ("the-30-year-old-copular",
     ("Marvin Lopez is 30 and has two children in Olancho. “I send them everything I "
      "earn,” the 30-year-old said."),
     [("Marvin Lopez", "I send them everything")]),
    ("single-mother",
     ("Keyla Bonilla, a single mother from La Ceiba, pushed a stroller along the "
      "shoulder. “My son was born on this road,” the single mother said."),
     [("Keyla Bonilla", "My son was born")]),
    ("retired-teacher",
     ("Walter Reyes, a retired teacher, handed out oranges at the crossroads. \"We were "
      "all migrants once,\" the retired teacher said."),
     [("Walter Reyes", "We were all migrants")]),
    ("the-man-after-role",
     ("Oscar Pineda, 51, a bricklayer, sat under a mango tree. “I have walked 300 "
      "kilometres in these shoes,” the man said."),
     [("Oscar Pineda", "I have walked 300")]),
    ("mayor-named-earlier",
     ("Tapachula Mayor Rosa Irene Urbina asked for federal help on Monday. “The city "
      "cannot absorb this many people,” the mayor said."),
     [("Rosa Irene Urbina", "The city cannot absorb")]),
    ("governor-named-paragraph-before",
     ("Governor Samuel Garcia flew to the border on Thursday.\n\n“We are going to "
      "protect our state,” the governor said at a press conference."),
     [("Samuel Garcia", "We are going to")]),
    ("venezuelan-from-country",
     ("Yeferson Rojas, a Venezuelan, crossed the Darien jungle with his wife. "
      "“We saw bodies on the trail,” the Venezuelan said."),
     [("Yeferson Rojas", "We saw bodies on")]),
    ("description-after-second-person",
     ("Nancy Cruz, a mother of four, walked beside Luis Ortega, a mechanic from "
      "Juticalpa. “We share everything we have,” the mother of four said."),
     [("Nancy Cruz", "We share everything we")]),
    ("mechanic-after-second-person",
     ("Nancy Cruz, a mother of four, walked beside Luis Ortega, a mechanic from "
      "Juticalpa. “The road is safer together,” the mechanic said."),
     [("Luis Ortega", "The road is safer")]),
    ("migrant-said-generic",
     ("Elvin Mejia has been deported twice. “They send us back and we come again,” "
      "the migrant said."),
     [("Elvin Mejia", "They send us back")]),
    ("spokeswoman-named",
     ("Interior ministry spokeswoman Laura Quintero declined to give numbers. "
      "“The operation is ongoing,” the spokeswoman said."),
     [("Laura Quintero", "The operation is ongoing")]),
    ("teen-girl",
     ("Angie Flores, 15, travels with her aunt. “I miss my friends at school,” the "
      "girl said."),
     [("Angie Flores", "I miss my friends")]),
    ("former-police-officer",
     ("Denis Ayala, a former police officer in Tegucigalpa, said he fled after refusing "
      "to pay gang extortion. “They burned my house,” the former officer said."),
     [("Denis Ayala", "They burned my house")]),
    ("the-salvadoran-two-people",
     ("Marta Ruiz, a Salvadoran, and Olga Pineda, a Guatemalan, share a tent. "
      "“We met in Tapachula,” the Salvadoran said."),
     [("Marta Ruiz", "We met in Tapachula")]),
    ("the-guatemalan-two-people",
     ("Marta Ruiz, a Salvadoran, and Olga Pineda, a Guatemalan, share a tent. "
      "“She is like a sister to me,” the Guatemalan said."),
     [("Olga Pineda", "She is like a")]),
]

# A description for someone the text never names stays a description, even when other
# people are named nearby.
DESCRIPTION_STAYS: list[Case] = [
    ("mayor-never-named",
     ("The caravan reached Arriaga on Tuesday. “We do not have room for everyone,” the "
      "mayor said."),
     [("the mayor", "We do not have room")]),
    ("mayor-unnamed-other-person",
     ("Jose Perez, a migrant from Olancho, asked the mayor for buses. “We do not have "
      "the money for buses,” the mayor said."),
     [("the mayor", "We do not have the")]),
    ("unnamed-mother-of-three",
     ("A Honduran mother of three walked beside the highway. \"We are not criminals,\" "
      "the mother of three said."),
     [("the mother of three", "We are not criminals")]),
    ("unnamed-woman-after-named-man",
     ("Carlos Mejia led the group across the bridge. Behind him, a woman carried a "
      "baby wrapped in a towel. “He has not eaten since morning,” the woman said."),
     [("the woman", "He has not eaten")]),
    ("governor-unnamed-after-named-migrant",
     ("Ana Castillo has waited two weeks for a bus. In the state capital, the governor "
      "said the shelters were full. “We have done everything we can,” the governor "
      "said."),
     [("the governor", "We have done everything")]),
    ("pastor-unnamed-after-named",
     ("Luis Ramirez slept in the church hall. “They gave us blankets and soup,” Ramirez "
      "said. “Everyone who knocks is welcome here,” the pastor said."),
     [("Luis Ramirez", "They gave us blankets"), ("the pastor", "Everyone who knocks is")]),
    ("official-unnamed",
     ("Migrants in the group said they had not been told where the buses would go. "
      "“They will be taken to shelters,” an official said."),
     [("an official", "They will be taken")]),
    ("the-official-unnamed-after-named",
     ("Rosa Flores asked where the buses were going. “To a shelter in Tuxtla,” the "
      "official replied, declining to give his name."),
     [("the official", "To a shelter in")]),
    ("a-young-man-said",
     ("Maria Hernandez sat with her children. “We need water,” she said. A young man "
      "beside her added: “Nobody has come to help us.”"),
     [("Maria Hernandez", "We need water"), ("A young man", "Nobody has come to")]),
    ("one-woman-then-she",
     ("Jose Martinez carried the flag at the front. One woman near the back wore no "
      "shoes. “My sandals broke two days ago,” she said."),
     [("One woman", "My sandals broke two")]),
    ("the-teenager-unnamed",
     ("Marco Diaz, a volunteer, handed out water. A teenager from Colon asked him for a "
      "second bottle. “It is for my little brother,” the teenager said."),
     [("the teenager", "It is for my")]),
    ("agent-unnamed",
     ("Wilson Ortiz tried to explain his asylum claim at the bridge. “Go back to "
      "Mexico,” a Border Patrol agent told him."),
     [("a Border Patrol agent", "Go back to Mexico")]),
    ("the-doctor-unnamed",
     ("Keyla Bonilla brought her son to the clinic tent. “He has a chest infection,” "
      "the doctor said."),
     [("the doctor", "He has a chest")]),
    ("description-with-who-declined",
     ("Nelson Ortega was angry. A soldier, who declined to be named, said: “Our orders "
      "are to contain them here.”"),
     [("A soldier", "Our orders are to")]),
]

# Several people in one paragraph: alternating speakers and "he said" / "she said" with
# two men or two women (the last named person that fits).
ALTERNATING: list[Case] = [
    ("two-men-he-said-last-named",
     ("“We walked all night,” said Juan Perez. His cousin, Mario Perez, nodded. "
      "Carlos Mejia, another marcher, disagreed. “We should rest in the day,” he said."),
     [("Juan Perez", "We walked all night"), ("Carlos Mejia", "We should rest in")]),
    ("two-women-she-said",
     ("“I left with nothing,” said Ana Ruiz. Next to her, Olga Sanchez fed her baby. "
      "“The baby is sick,” she said."),
     [("Ana Ruiz", "I left with nothing"), ("Olga Sanchez", "The baby is sick")]),
    ("man-and-woman-pronouns",
     ("Jose Martinez and Rosa Flores met on the road. “She saved my life in Chiapas,” "
      "he said. “He carried my bag for three days,” she said."),
     [("Jose Martinez", "She saved my life"), ("Rosa Flores", "He carried my bag")]),
    ("alternating-surnames",
     ("Luis Garcia and Pedro Gomez disagree about what to do next. “We have to wait "
      "for the visas,” Garcia said. “Waiting is for people with money,” Gomez replied. "
      "“Then we walk,” Garcia said, “but we walk together.”"),
     [("Luis Garcia", "We have to wait"), ("Pedro Gomez", "Waiting is for people"),
      ("Luis Garcia", "Then we walk"), ("Luis Garcia", "but we walk together")]),
    ("he-after-second-speaker",
     ("“The buses never came,” said Elvin Cruz. Wilmer Sosa, who walked beside him, "
      "laughed. “They never do,” he said."),
     [("Elvin Cruz", "The buses never came"), ("Wilmer Sosa", "They never do")]),
    ("she-continues-same-speaker",
     ("Dunia Montoya sat next to her friend Reyna Paz. “We will stay in Mexico if we "
      "have to,” Montoya said. “There is work here,” she said."),
     [("Dunia Montoya", "We will stay in"), ("Dunia Montoya", "There is work here")]),
    ("he-said-object-not-speaker",
     ("Jose Perez said he blamed Mexico's president, Andres Manuel Lopez Obrador, for "
      "the raids. “He promised us jobs,” he said."),
     [("Jose Perez", "He promised us jobs")]),
    ("he-said-after-politician-mention",
     ("Marvin Lopez criticised Trump's policies. “He calls us criminals but we are "
      "workers,” he said."),
     [("Marvin Lopez", "He calls us criminals")]),
    ("she-said-woman-object",
     ("Ana Ruiz thanked Sister Alma Quiroz for the blankets. “She has been an angel to "
      "us,” Ruiz said."),
     [("Ana Ruiz", "She has been an")]),
    ("three-speakers-paragraphs",
     ("“It is very hot,” said Marta Diaz.\n\nNearby, Juan Ortiz filled bottles at a "
      "tap. “We drink what we can find,” he said.\n\nHis wife, Lidia Ortiz, was more "
      "worried. “The children cannot take much more,” she said."),
     [("Marta Diaz", "It is very hot"), ("Juan Ortiz", "We drink what we"),
      ("Lidia Ortiz", "The children cannot take")]),
    ("wire-two-officials",
     ("Honduran Foreign Minister Lisandro Rosales said the government would send buses. "
      "Guatemalan President Alejandro Giammattei took a harder line. “We will not allow "
      "illegal entry,” he said."),
     [("Alejandro Giammattei", "We will not allow")]),
    ("she-said-after-he-speaker",
     ("Olga Barrios spoke first. “We are tired,” said her husband, Rafael Barrios. "
      "“But we are not giving up,” she said."),
     [("Rafael Barrios", "We are tired"), ("Olga Barrios", "But we are not")]),
    ("he-said-two-men-paragraph-subject",
     ("Pedro Gomez, 34, helped Jorge Mena, 60, down the embankment. “He is like a "
      "father to me,” he said."),
     [("Pedro Gomez", "He is like a")]),
    ("alternate-said-first-names",
     ("Twins Kevin and Brayan Lopez, 19, argue about the route. “The train is faster,” "
      "Kevin said. “The train is how people die,” Brayan said."),
     [("Kevin", "The train is faster"), ("Brayan", "The train is how")]),
    ("quote-with-named-other-inside",
     ("“Father Pedro told us to stay together,” said Rosa Elvir. “He knows this road "
      "better than anyone,” she added."),
     [("Rosa Elvir", "Father Pedro told us"), ("Rosa Elvir", "He knows this road")]),
    ("local-paper-council",
     ("Council member Linda Parker asked whether the city would be reimbursed. Mayor "
      "Tom Reed said he expected federal funds. “I have been promised that money,” "
      "Reed said. “Promises are not a budget,” Parker replied."),
     [("Tom Reed", "I have been promised"), ("Linda Parker", "Promises are not a")]),
    ("he-said-subject-of-last-sentence",
     ("Carlos Mejia sold his motorbike to pay for the trip. His brother Elias Mejia "
      "stayed in Honduras. “Someone has to look after our mother,” he said."),
     [("Elias Mejia", "Someone has to look")]),
    ("she-after-quote-of-man",
     ("“Everyone is welcome,” said Father Tomas Ruiz. Sister Ana Lucia Gomez, who runs "
      "the kitchen, is less sure. “We have food for 200, not 2,000,” she said."),
     [("Tomas Ruiz", "Everyone is welcome"), ("Ana Lucia Gomez", "We have food for")]),
    ("couple-alternating",
     ("The couple, Wilmer and Dunia Castro, left Choloma in January. “We sold the "
      "fridge to pay for food,” Dunia said. “And the television,” Wilmer added with a "
      "smile."),
     [("Dunia", "We sold the fridge"), ("Wilmer", "And the television")]),
    ("he-said-trump-subject-earlier",
     ("President Donald Trump has called the caravan an invasion. Jose Sorto, a farmer, "
      "disagrees. “We are running from hunger,” he said."),
     [("Jose Sorto", "We are running from")]),
    ("speaker-then-mentions-another",
     ("“My son is in Houston,” said Elvira Campos. She has not seen Kevin in six years. "
      "“He does not know I am coming,” she said."),
     [("Elvira Campos", "My son is in"), ("Elvira Campos", "He does not know")]),
    ("he-said-second-paragraph-after-she",
     ("“We need a doctor here,” Sister Alma Quiroz said.\n\nVolunteer Marco Diaz "
      "agreed. “Two children have fevers,” he said."),
     [("Alma Quiroz", "We need a doctor"), ("Marco Diaz", "Two children have fevers")]),
]

# A speaker named only in the sentence after the quotation (feature ledes).
NAMED_AFTER: list[Case] = [
    ("lede-name-next-sentence",
     ("“I never thought I would leave my country.” Keyla Bonilla, 24, says it twice, as "
      "if to convince herself."),
     [("Keyla Bonilla", "I never thought I")]),
    ("lede-name-next-paragraph",
     ("“We sleep with our shoes on.”\n\nMarvin Lopez, 19, explains that thieves come at "
      "night."),
     [("Marvin Lopez", "We sleep with our")]),
    ("she-says-then-named",
     ("“I carried him the whole way,” she says. Marta Lopez, 31, is one of hundreds of "
      "mothers in the caravan."),
     [("Marta Lopez", "I carried him the")]),
    ("so-says",
     ("“The border is a wall of paper.” So says Irineo Mujica, who has led caravans "
      "since 2018."),
     [("Irineo Mujica", "The border is a")]),
    ("words-of",
     ("“Mexico treats us worse than the United States.” Those are the words of Oscar "
      "Pineda, a Honduran bricklayer."),
     [("Oscar Pineda", "Mexico treats us worse")]),
    ("named-after-with-prior-person",
     ("Carlos Mejia left first.\n\n“I followed him a week later.” Ana Mejia, his wife, "
      "remembers the day clearly."),
     [("Ana Mejia", "I followed him a")]),
    ("he-says-then-named-with-age",
     ("“There is no going back for me,” he says. Elvin Cruz, 27, was deported in 2019."),
     [("Elvin Cruz", "There is no going")]),
    ("lede-then-quote-again",
     ("“We are not animals.” Rosa Elvir, 68, repeats it to every reporter. “We are "
      "human beings,” she said."),
     [("Rosa Elvir", "We are not animals"), ("Rosa Elvir", "We are human beings")]),
]

# One person named in full, then by surname, first name, title and surname, or nickname.
NAME_FORMS: list[Case] = [
    ("surname-later",
     ("Alejandro Solalinde has run the shelter since 2007. “The state has abandoned "
      "these people,” Solalinde said."),
     [("Alejandro Solalinde", "The state has abandoned")]),
    ("title-surname-father",
     ("Alejandro Solalinde has run the shelter since 2007. “Nobody is illegal,” Father "
      "Solalinde said. “Everyone deserves dignity,” he added."),
     [("Solalinde", "Nobody is illegal"), ("Solalinde", "Everyone deserves dignity")]),
    ("mr-surname",
     ("Jose Lopez, 45, sold his land to pay for the trip. “I have nothing to go back "
      "to,” Mr. Lopez said."),
     [("Jose Lopez", "I have nothing to")]),
    ("ms-surname-nyt-style",
     ("Ana Castillo, 33, left Honduras with her two daughters. “I could not protect "
      "them there,” Ms. Castillo said."),
     [("Ana Castillo", "I could not protect")]),
    ("first-name-feature",
     ("Wilmer Sosa, 22, has tattoos on both arms. “People think I am a gangster,” "
      "Wilmer said, laughing."),
     [("Wilmer", "People think I am")]),
    ("nickname-after-name",
     ("Jose “Chepe” Alvarado, 50, has walked with three caravans. “Each one is harder,” "
      "Chepe said."),
     [("Chepe", "Each one is harder")]),
    ("nickname-known-as",
     ("Luis Hernandez, known as El Flaco, cooks for the group. “Beans again tonight,” "
      "El Flaco said with a grin."),
     [("El Flaco", "Beans again tonight")]),
    ("surname-after-other-speaker",
     ("Maria Lopez and Carmen Diaz walk together. “We met in Tapachula,” Lopez said. "
      "“Now we are family,” Diaz said."),
     [("Maria Lopez", "We met in Tapachula"), ("Carmen Diaz", "Now we are family")]),
    ("sister-first-name",
     ("Sister Ana Maria Gomez runs the kitchen. “We cooked for 1,500 people today,” "
      "Sister Ana said."),
     [("Ana", "We cooked for 1,500")]),
    ("dr-surname",
     ("Dr. Patricia Ruiz of Doctors Without Borders examined the children. “Most have "
      "respiratory infections,” Dr. Ruiz said."),
     [("Patricia Ruiz", "Most have respiratory infections")]),
    ("general-surname",
     ("Defense Secretary Luis Cresencio Sandoval spoke in Tapachula. “The National "
      "Guard will act with respect,” Sandoval said."),
     [("Sandoval", "The National Guard will")]),
    ("surname-hyphenated",
     ("Erika Guevara-Rosas of Amnesty International toured the camp. “The conditions "
      "are inhumane,” Guevara-Rosas said."),
     [("Guevara-Rosas", "The conditions are inhumane")]),
    ("two-surnames-spanish",
     ("Marcelo Ebrard Casaubon, the foreign minister, met the delegation. "
      "“Mexico will respect human rights,” Ebrard said."),
     [("Ebrard", "Mexico will respect human")]),
    ("surname-in-next-paragraph",
     ("Nelson Ortega, a carpenter, has crossed the Suchiate three times.\n\n“Every time "
      "it gets harder,” Ortega said."),
     [("Nelson Ortega", "Every time it gets")]),
    ("mrs-surname-after-he",
     ("Edgar and Doris Mejia travel with their son. “He is only four,” Mrs. Mejia said. "
      "“We carry him in turns,” Mr. Mejia said."),
     [("Mejia", "He is only four"), ("Mejia", "We carry him in")]),
    ("title-governor-surname",
     ("Texas Governor Greg Abbott deployed the National Guard. “We will not let "
      "Texas be overrun,” Abbott said."),
     [("Greg Abbott", "We will not let")]),
    ("lopez-obrador-amlo",
     ("President Andres Manuel Lopez Obrador spoke at his morning press conference. "
      "“We will give them work visas,” Lopez Obrador said."),
     [("Lopez Obrador", "We will give them")]),
    ("reverend-surname",
     ("The Rev. Robert Vitillo visited the shelter. “These are our brothers and "
      "sisters,” Vitillo said."),
     [("Vitillo", "These are our brothers")]),
    ("first-name-child",
     ("Ten-year-old Angel Reyes clutched a plastic truck. “I want to see snow,” Angel "
      "said."),
     [("Angel", "I want to see")]),
    ("said-surname-inverted",
     ("The march was led by Irineo Mujica and Gerardo Perez. “We are not going to "
      "stop,” said Mujica."),
     [("Mujica", "We are not going")]),
]

# People told, asked or addressed in the attribution are not speakers.
MENTIONED_NOT_SPEAKER: list[Case] = [
    ("told-her-husband",
     ("Rosa Flores grabbed her bag. “We have to go now,” she told her husband, "
      "Wilmer."),
     [("Rosa Flores", "We have to go")]),
    ("told-named-person",
     ("Jose Martinez found his cousin at the shelter. “I thought you were dead,” "
      "Martinez told Carlos Ruiz."),
     [("Jose Martinez", "I thought you were")]),
    ("said-to-police",
     ("Marvin Lopez raised his hands. “We are not carrying anything,” he said to "
      "police at the checkpoint."),
     [("Marvin Lopez", "We are not carrying")]),
    ("told-reuters-name-first",
     ("“We are going to keep walking,” Luis Garcia told Reuters in Huixtla."),
     [("Luis Garcia", "We are going to")]),
    ("told-ap-after-pronoun",
     ("Ana Castillo waited at the bridge for six hours. “They will not even look at "
      "us,” she told The Associated Press."),
     [("Ana Castillo", "They will not even")]),
    ("asked-named-official",
     ("Elvin Cruz approached agent Mark Jensen at the gate. “When can we cross?” Cruz "
      "asked Jensen."),
     [("Elvin Cruz", "When can we cross")]),
    ("told-mother-named",
     ("Kevin Alvarado phoned home from Tapachula. “I am safe,” he told his mother, Doris "
      "Alvarado."),
     [("Kevin Alvarado", "I am safe")]),
    ("said-to-journalists-named-minister",
     ("Foreign Minister Olga Sanchez spoke after meeting Ambassador John Davis. "
      "“We discussed the caravan at length,” she said."),
     [("Olga Sanchez", "We discussed the caravan")]),
    ("shouted-at-soldier",
     ("Wilson Ortiz ran toward the fence. “Let us through,” he shouted at a soldier, "
      "Sergeant Luis Pena."),
     [("Wilson Ortiz", "Let us through")]),
    ("told-by-phone-wife",
     ("Reached by phone, Jorge Mena told his wife, Marisol, he had been robbed. "
      "“They took my shoes and my money,” Mena said."),
     [("Jorge Mena", "They took my shoes")]),
    ("addressed-vocative",
     ("Rosa Elvir turned to the officer. “Sir, please, my daughter is sick,” she "
      "said."),
     [("Rosa Elvir", "Sir please my daughter")]),
    ("told-cnn-he-after-other-man",
     ("Carlos Ruiz said his brother Jose was detained in Chiapas. “They beat him,” "
      "Carlos told CNN."),
     [("Carlos", "They beat him")]),
    ("he-said-after-told-named",
     ("Pedro Gomez told Father Tomas Ruiz about the robbery. “They had machetes,” he "
      "said."),
     [("Pedro Gomez", "They had machetes")]),
    ("she-said-after-wrote-to",
     ("Dilcia Ramos wrote to Senator Karen Hill about her son. “He is only 12,” she "
      "said."),
     [("Dilcia Ramos", "He is only 12")]),
    ("told-reporters-mentioned-in-quote",
     ("“Mrs. Urbina promised us buses,” said Elvin Cruz. “Where are they?” he asked."),
     [("Elvin Cruz", "Mrs Urbina promised us"), ("Elvin Cruz", "Where are they")]),
    ("she-said-woman-mentioned-in-prep",
     ("Karen Diaz stood beside her neighbour, Gladys Ortiz, in the line. “We have been "
      "here since 4 a.m.,” Diaz said."),
     [("Karen Diaz", "We have been here")]),
    ("speaker-asks-named-person",
     ("At the meeting, Luis Garcia asked Mayor Tom Reed directly. “Will the shelter "
      "stay open?” he asked."),
     [("Luis Garcia", "Will the shelter stay")]),
    ("she-told-woman-name",
     ("Olga Barrios hugged her sister, Reyna Barrios, at the gate. “We made it,” she "
      "told her."),
     [("Olga Barrios", "We made it")]),
]

# Outlets and interviewers are not speakers; the guest is.
OUTLETS: list[Case] = [
    ("told-radio-program",
     ("Interior Minister Olga Sanchez spoke to Radio Formula on Monday. “The border "
      "is not closed,” she told the program."),
     [("Olga Sanchez", "The border is not")]),
    ("interview-with-host",
     ("In an interview with host Laura Diaz, Luis Garcia described the journey. “We "
      "were robbed three times,” he said."),
     [("Luis Garcia", "We were robbed three")]),
    ("asked-by-reporter",
     ("Asked by a reporter whether he would turn back, Jose Sorto shook his head. "
      "“Never,” he said. “I would rather die walking,” he added."),
     [("Jose Sorto", "I would rather die")]),
    ("tv-transcript-anchor",
     ("ANCHOR: Our correspondent Maria Ruiz is at the border.\nMARIA RUIZ: Thank you. "
      "Behind me, about 2,000 people are waiting.\nJOSE PEREZ (migrant, through "
      "translator): “We only want to work and feed our families.”"),
     [("Jose Perez", "We only want to work")]),
    ("interviewed-by-name",
     ("Interviewed by Ana Torres of Channel 5, Nelson Ortega spoke for 20 minutes. "
      "“I will go wherever there is work,” he said."),
     [("Nelson Ortega", "I will go wherever")]),
    ("newspaper-said-not-speaker",
     ("The newspaper El Heraldo reported that 3,000 people had left San Pedro Sula. "
      "“We have no choice,” said a woman in the crowd."),
     [("a woman in the crowd", "We have no choice")]),
    ("reporter-asks-then-answer",
     ("CNN reporter Mark Jensen asked Sosa if he was afraid. “Of course I am afraid,” "
      "said Wilmer Sosa, 22."),
     [("Wilmer Sosa", "Of course I am")]),
    ("told-the-guardian-then-she",
     ("Keyla Bonilla told the Guardian that she left after her brother was killed. "
      "“They would have come for me next,” she said."),
     [("Keyla Bonilla", "They would have come")]),
    ("speaking-to-outlet",
     ("Speaking to Telemundo, Gabriela Hernandez said the shelter was full. “We are "
      "turning people away every night,” she said."),
     [("Gabriela Hernandez", "We are turning people")]),
    ("host-quote-then-guest",
     ("Host Laura Diaz opened the segment. Her guest, Irineo Mujica, was defiant. "
      "“They cannot stop a people on the move,” he said."),
     [("Irineo Mujica", "They cannot stop a")]),
]

# An organisation, then "a spokesperson", "the agency", "it" or "they".
ORGANISATIONS: list[Case] = [
    ("org-then-the-agency",
     ("The U.N. refugee agency UNHCR said it had registered 1,200 asylum requests. "
      "“The numbers are unprecedented,” the agency said."),
     [("UNHCR", "The numbers are unprecedented")]),
    ("org-then-spokesperson-unnamed",
     ("Mexico's National Migration Institute did not respond to questions. A "
      "spokesperson later said: “All migrants are being processed.”"),
     [("A spokesperson", "All migrants are being")]),
    ("org-spokesperson-named",
     ("Amnesty International condemned the raids. “This is a shameful day,” said Erika "
      "Guevara-Rosas, the group's Americas director."),
     [("Guevara-Rosas", "This is a shameful")]),
    ("ngo-release-group-said",
     ("Doctors Without Borders treated 400 people in Tapachula last week, the "
      "organisation said in a statement. “Many of the injuries are from the road,” "
      "the group said."),
     [("Doctors Without Borders", "Many of the injuries")]),
    ("ministry-said-it",
     ("The Guatemalan foreign ministry issued a statement on Sunday. “We call on "
      "citizens not to join the caravan,” it said."),
     [("Guatemalan foreign ministry", "We call on citizens")]),
    ("cbp-then-they",
     ("Customs and Border Protection said agents were ready. “We will process people "
      "at the ports of entry,” they said."),
     [("Customs and Border Protection", "We will process people")]),
    ("org-then-person-then-org",
     ("Pueblo Sin Fronteras organised the march. Its coordinator, Gerardo Perez, spoke "
      "first. “We walk together for safety,” he said. “We ask the government for "
      "transit visas,” the group said in a statement."),
     [("Gerardo Perez", "We walk together for"),
      ("Pueblo Sin Fronteras", "We ask the government for")]),
    ("spokesperson-for-org-named",
     ("A spokeswoman for the Red Cross, Lucia Fernandez, said three clinics were open. "
      "“We are seeing a lot of blisters and dehydration,” she said."),
     [("Lucia Fernandez", "We are seeing a")]),
    ("agency-unnamed-org-before",
     ("Buses left Tapachula on Friday. “The transfers are voluntary,” the agency said."),
     [("agency", "The transfers are voluntary")]),
    ("department-statement-said",
     ("The Department of Homeland Security warned that crossings would be prosecuted. "
      "“Do not make this dangerous journey,” the department said."),
     [("Department of Homeland Security", "Do not make this")]),
    ("she-after-org-and-woman",
     ("Save the Children said 600 minors were in the caravan. Its Mexico director, "
      "Nora Blanco, visited the camp. “Children are arriving exhausted,” she said."),
     [("Nora Blanco", "Children are arriving exhausted")]),
    ("diocese-wrote",
     ("The Diocese of Tapachula opened three parishes as shelters. “No one should sleep "
      "in the street,” the diocese wrote on Facebook."),
     [("Diocese of Tapachula", "No one should sleep")]),
    ("the-ministry-after-person",
     ("Luis Garcia said he had received no papers. “Every applicant receives a "
      "document within 48 hours,” the ministry said."),
     [("ministry", "Every applicant receives a")]),
    ("institute-then-person-spokesman",
     ("The National Migration Institute said it would open offices. Its spokesman, "
      "Carlos Ruiz, added: “We are here to help.”"),
     [("Carlos Ruiz", "We are here to")]),
]

# Quotations inside quotations, and quotations a speaker reports.
NESTED: list[Case] = [
    ("single-inside-double",
     ("“The agent said ‘go back to your country’ and pushed me,” said Luis Ramirez."),
     [("Luis Ramirez", "The agent said go")]),
    ("reported-speech-inside",
     ("Maria Lopez recalled the night at the border. “My son asked me, 'Mama, are we "
      "going to die?' and I had no answer,” she said."),
     [("Maria Lopez", "My son asked me")]),
    ("inner-quote-names-other",
     ("\"Father Solalinde told us, 'Do not get on the train,'\" said Marvin Lopez."),
     [("Marvin Lopez", "Father Solalinde told us")]),
    ("nested-then-next-speaker",
     ("“They told us ‘there is no more room here’,” said Rosa Flores. Her neighbour, "
      "Ana Ruiz, shrugged. “We sleep outside then,” she said."),
     [("Rosa Flores", "They told us there"), ("Ana Ruiz", "We sleep outside then")]),
    ("inner-single-long",
     ("Ana Castillo said a soldier stopped her. “He told me, ‘You people bring "
      "disease,’ and laughed,” she said."),
     [("Ana Castillo", "He told me You")]),
]

# Styles: local paper, NGO release and TV transcript paragraphs with several people.
STYLES: list[Case] = [
    ("local-paper-two-residents",
     ("Residents of Tijuana's Playas neighborhood met Thursday. Resident Karen Hill "
      "said she feared for property values. “Nobody asked us,” Hill said. Her neighbor "
      "Ramon Diaz disagreed. “These are families,” Diaz said."),
     [("Karen Hill", "Nobody asked us"), ("Ramon Diaz", "These are families")]),
    ("ngo-release-director",
     ("TAPACHULA — Migrant rights group Fray Matias Center today denounced the "
      "detention of 300 people. “Detaining families is never justified,” said the "
      "center's director, Salva Lacruz. “We demand their release,” Lacruz added."),
     [("Salva Lacruz", "Detaining families is never"),
      ("Salva Lacruz", "We demand their release")]),
    ("transcript-two-speakers",
     ("ROSA FLORES: “We walked from San Pedro Sula.”\nJOSE PEREZ: “My feet are "
      "bleeding, look.”"),
     [("Rosa Flores", "We walked from San"), ("Jose Perez", "My feet are bleeding")]),
    ("wire-dateline-officials",
     ("CIUDAD HIDALGO, Mexico (Reuters) - Mexican police blocked the bridge on Friday. "
      "“We are following orders,” said federal police commander Javier Torres. A "
      "migrant, Wilmer Castro, 31, said he would wait. “We have nowhere else to go,” "
      "Castro said."),
     [("Javier Torres", "We are following orders"), ("Wilmer Castro", "We have nowhere else")]),
    ("feature-mother-and-daughter",
     ("Gladys Ortiz, 45, and her daughter Yesenia, 19, fled together. “My mother is "
      "the strong one,” Yesenia said. “My daughter gives me strength,” Ortiz said."),
     [("Yesenia", "My mother is the"), ("Gladys Ortiz", "My daughter gives me")]),
    ("church-bulletin",
     ("Deacon Paul Harris and Sister Mary Kelly organised the collection. “The "
      "parish gave 500 blankets,” the deacon said. “And 300 pairs of shoes,” the "
      "sister added."),
     [("Paul Harris", "The parish gave 500"), ("Mary Kelly", "And 300 pairs of")]),
    ("press-conference-two-ministers",
     ("At a joint news conference, Foreign Minister Marcelo Ebrard and Interior "
      "Minister Olga Sanchez Cordero presented the plan. “We will offer jobs,” "
      "Ebrard said. “And we will respect rights,” Sanchez Cordero said."),
     [("Ebrard", "We will offer jobs"), ("Sanchez Cordero", "And we will respect")]),
    ("feature-named-then-role-then-pronoun",
     ("Luis Ortega, a mechanic, fixes bicycles for other marchers. “It keeps my mind "
      "busy,” the mechanic said. His friend Denis Ayala hands him tools. “Luis can fix "
      "anything,” Ayala said."),
     [("Luis Ortega", "It keeps my mind"), ("Denis Ayala", "Luis can fix anything")]),
]

# Found while writing the cases above: names of unknown gender, a person named after an
# unnamed description, ages written with hyphens, generic kin nouns with a count.
MORE: list[Case] = [
    ("she-over-bare-surname-of-unknown-gender",
     ("Maria Elena Lopez left Honduras in January.\n\nTrump has threatened to close the "
      "border.\n\n“We are not afraid of him,” she said."),
     [("Maria Elena Lopez", "We are not afraid of")]),
    ("he-full-name-unknown-gender-nearest",
     ("Miguel Hidalgo, a volunteer, handed out leaflets.\n\nMarlon Ayestas, 24, was "
      "among those who refused. “They offer a paper that is useless,” he said."),
     [("Marlon Ayestas", "They offer a paper")]),
    ("her-name-is-after-description",
     ("“We are tired,” a 26-year-old Honduran woman said. Her name is Yesenia Paredes "
      "and she has walked for ten days. “But we will not stop,” she said."),
     [("Yesenia Paredes", "We are tired"), ("Yesenia Paredes", "But we will not")]),
    ("hyphenated-age-description-unnamed",
     ("The line stretched for a kilometre. “We have been here since dawn,” a "
      "32-year-old Salvadoran man said."),
     [("a 32-year-old Salvadoran man", "We have been here")]),
    ("mother-of-three-from-children",
     ("Among those waiting was Dunia Montoya Reyes, 29, who travels with her three "
      "children. “We sleep on the floor,” the mother of three said."),
     [("Dunia Montoya Reyes", "We sleep on the")]),
    ("title-inside-entity-gender",
     ("Honduran Foreign Minister Lisandro Rosales said buses would be sent. Guatemalan "
      "President Alejandro Giammattei went further. “Nobody enters without papers,” he "
      "said."),
     [("Alejandro Giammattei", "Nobody enters without papers")]),
    ("he-added-after-ministry",
     ("“Mexico will protect the migrants,” said the Foreign Ministry.\n\n“The "
      "ministry awaits a formal response from Washington,” it added."),
     [("Foreign Ministry", "Mexico will protect the"),
      ("Foreign Ministry", "The ministry awaits a")]),
    ("reported-mention-not-speaker",
     ("Mexican President Andrés Manuel López Obrador spoke at his morning news "
      "conference. “We are not going to confront the migrants,” he said. Trump, he "
      "added, had been informed. “We have a good relationship,” he said."),
     [("López Obrador", "We are not going to"), ("López Obrador", "We have a good")]),
    ("mother-of-three-husband-between",
     ("Maria Lopez walks with her three children. Her husband, Jose, stayed behind in "
      "Honduras.\n\n“I do not know if I will see him again,” the mother of three "
      "said."),
     [("Maria Lopez", "I do not know if")]),
    ("demonym-generic-noun",
     ("Dunia Montoya, a 27-year-old from Choloma, travels with her son. \"We did not "
      "have money for the coyote,\" the Honduran mother said."),
     [("Dunia Montoya", "We did not have")]),
    ("president-last-mentioned-of-two",
     ("Mexican President Andrés Manuel López Obrador met U.S. envoys on Monday. U.S. "
      "President Joe Biden has asked Mexico to do more. On Tuesday, López Obrador "
      "defended his record. “We have done more than anyone,” the president said."),
     [("López Obrador", "We have done more")]),
    ("unnamed-demonym-mother-stays",
     ("Luis Ortega handed out water. A Honduran mother sat in the shade with a baby. "
      "“He has not eaten today,” the Honduran mother said."),
     [("the Honduran mother", "He has not eaten")]),
    ("human-rights-advocate-is-a-name",
     ("The Human Rights Advocate for El Salvador tweeted \"Before traveling, migrants "
      "ought to inform themselves\" on Sunday."),
     [("Human Rights Advocate for El Salvador", "Before traveling migrants ought")]),
]

ALL: list[Case] = (DESCRIPTION_TO_NAME + DESCRIPTION_STAYS + ALTERNATING + NAMED_AFTER
                   + NAME_FORMS + MENTIONED_NOT_SPEAKER + OUTLETS + ORGANISATIONS + NESTED
                   + STYLES + MORE)


def test_ids_are_unique() -> None:
    ids = [i for i, _, _ in ALL]
    assert len(ids) == len(set(ids))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"),
                         [pytest.param(t, e, id=i) for i, t, e in ALL])
def test_speaker_in_context(nlp, make_article, text: str,  # type: ignore[no-untyped-def]
                            expected: list[tuple[str, str]]) -> None:
    check_quotes(extract_quotes(nlp(text), make_article(text=text)), expected)
