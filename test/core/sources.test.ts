/** Who a claim is attributed to, as the engine names the source: the words as written, and whether they are vague. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';

/** The source and the attribution of a text's first claim. */
const firstAttribution = (text: string) => lint(text).claims[0]?.attribution;
const firstSource = (text: string): string | undefined => firstAttribution(text)?.source;
/** The source of a text's first quote. */
const firstQuoteSource = (text: string): string | undefined => lint(text).claims.find((c) => c.kind === 'quote')?.attribution?.source;
/** The sources of a text's quotes, in order. */
const quotes = (text: string): (string | undefined)[] => lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source);
/** The source of a text's first claim and whether it is vague. */
const of = (text: string) => {
  const a = firstAttribution(text);
  return a && { source: a.source, vague: a.kind === 'vague' };
};
/** The number claims of a text, as written. */
const figures = (text: string) => lint(text).claims.filter((c) => c.kind === 'number').map((c) => c.text);
/** The source of a draft's first figure. */
const source = (text: string) => lint(text).claims.find((c) => c.kind === 'number')?.attribution?.source;

const cases: [string, string, { kind: string; source: string } | null][] = [
  // A reckoning after a dash or a comma names its source; "reckoning" is its noun, not a verb in -ing.
  ['His wife ran the kitchen that fed the volunteers \u2014 by her tally, 2,400 plates over 11 weeks.', '2,400', { kind: 'pronoun', source: 'His wife' }],
  ["The diner sells, by the family's reckoning, roughly 60 pies a week.", 'roughly 60', { kind: 'role', source: "the family's reckoning" }],
  // The sample a document counts is no part of its name.
  ['About 40% of adults walk, according to a study of more than 62,000 people.', 'About 40%', { kind: 'vague', source: 'a study' }],
  // A body's name with "of" and a number; the object of a participle is no subject.
  ['Hate incidents rose 40% last year, according to the Committee of 100, a Chinese American advocacy group.', '40%', { kind: 'organization', source: 'the Committee of 100' }],
  ['A nurse treating the woman who was rescued said she had lost 20 pounds.', '20 pounds', null],
  // A season's poll is a data set like an opinion poll.
  ["The Mariners were picked to finish third in the league's preseason poll.", 'third', { kind: 'document', source: "the league's preseason poll" }],
  // A count a verb takes as its object, when a second verb of its subject follows "and"; a base form after "one".
  ['Senior guard Eliseo Barragan-Holt added 12 points and played all 40 minutes.', '12', null],
  ['He pleaded guilty to one count of conspiracy and faces up to five years in prison.', 'up to five', null],
  // A head noun followed by a prepositional phrase: classified by its head, named in the order written.
  ['According to a report by the RAND Corporation, about 40% of adults own a bicycle.', 'about 40%', { kind: 'document', source: 'a report by the RAND Corporation' }],
  ['About 40% of adults own a bicycle, according to the report by RAND.', 'About 40%', { kind: 'document', source: 'the report by RAND' }],
  ['About 300 officers were deployed, according to the Department of Homeland Security.', 'About 300', { kind: 'organization', source: 'the Department of Homeland Security' }],
  // A plural noun before "from/of/at" and a body is not a person of that body; a singular title before a name is.
  ['Officials from the Ministry of Health said 12 people were hurt.', '12', { kind: 'vague', source: 'Officials from the Ministry of Health' }],
  ['Chairman of the Joint Chiefs of Staff Milley said 12 people were hurt.', '12', { kind: 'named', source: 'Milley' }],
  // Unnamed witnesses are sources no reader can check.
  ['According to eyewitnesses, 12 people were hurt.', '12', { kind: 'vague', source: 'eyewitnesses' }],
  // Donors, fans and allies no reader can check are as vague as critics and supporters.
  ['Donors said the campaign raised $4 million in March.', '$4 million', { kind: 'vague', source: 'Donors' }],
  ["Clinton's allies said 20 states were in play.", '20', { kind: 'vague', source: "Clinton's allies" }],
  // Accounts and counts a figure is "by" name its source: vague unless someone's own.
  ['She gave away roughly $2 million in scholarships, by some accounts.', 'roughly $2 million', { kind: 'vague', source: 'some accounts' }],
  ['By most accounts, the fire destroyed 300 homes.', '300', { kind: 'vague', source: 'most accounts' }],
  // A cue's base form after a singular name is a noun; after "We" or a plural it is the verb.
  ['The yield on the 10-year Treasury note rose to 4.61%.', '4.61%', null],
  ['Public comment on Wednesday lasted nearly three hours.', 'nearly three', null],
  // "reported at" after what it reports is a participle, not a source's verb; after a source or an auxiliary it is.
  ['The archive was acquired for a sum reported at $1.4 million.', '$1.4 million', null],
  ['The ministry reported at 9 a.m. that 40 people had died.', '40', { kind: 'organization', source: 'The ministry' }],
  ['The utility reported at 6 a.m. that 200,000 customers were without power.', '200,000', { kind: 'role', source: 'The utility' }],
  // Plurals without a final s, and past tenses, govern the verb; "by any measure" is a yardstick, "by all accounts" vague.
  ['Police estimate that 5,000 people attended the rally.', '5,000', { kind: 'organization', source: 'Police' }],
  ['Last year the IMF forecast 3.2 percent growth.', '3.2 percent', { kind: 'organization', source: 'IMF' }],
  ['By any measure, the 12 percent drop was steep.', '12 percent', null],
  ['By all accounts, the $2 billion project was a failure.', '$2 billion', { kind: 'vague', source: 'all accounts' }],
  // A relative's name after "for his widow" or a partner that is a company names no speaker.
  ['The company\'s partner, Pfizer, said 40 percent of doses were shipped.', '40 percent', { kind: 'role', source: "The company's partner" }],
  ['His partner, Pfizer, said 40 percent of doses were shipped.', '40 percent', { kind: 'role', source: 'His partner' }],
  ['We estimate this program will cost $225 billion.', '$225 billion', { kind: 'pronoun', source: 'we' }],
  ['A witness said 12 people were hurt.', '12', { kind: 'vague', source: 'A witness' }],
  // A reporting participle after a comma speaks for its clause's subject.
  ['President Obama revised his plans in October, saying that about 5,500 troops would remain.', 'about 5,500', { kind: 'named', source: 'Obama' }],
  ['The agency released its report, noting that 40 percent of bridges are in poor shape.', '40 percent', { kind: 'organization', source: 'The agency' }],
  // Before a question it records, it does not report; nor does it reach back to a quote of the sentence before.
  ['The team has banded tens of thousands of chicks, noting which birds make it back the next year.', 'tens of thousands', null],
  ['Even one percent of users attending "would be more than we can handle". The Air Force issued warnings, saying it would defend the base.', '"would be more than we can handle"', null],
  // A sentence after a question that introduces a quote of its own does not speak the question.
  ['"Why should the bishops be exempt?" Archbishop Charles Scicluna said, "People must know that bishops serve the people."', '"Why should the bishops be exempt?"', null],
  // A name no list knows, set off by an age and a role; a restrictive relative clause between subject and cue (an unnamed
  // nurse is a vague source).
  ['Adaeze Okonkwo, 41, a teacher, said the shelter holds 70 people.', '70', { kind: 'named', source: 'Adaeze Okonkwo' }],
  ['Mayor Walter Okafor, 66, who broke a tie on the zoning change in March, said the city had lost 1,100 rental units.', '1,100', { kind: 'named', source: 'Walter Okafor' }],
  ['A nurse who was on duty that night said about 60 people were inside.', 'about 60', { kind: 'vague', source: 'A nurse' }],
  // A 'who' that is the object of its own clause; a name ending in -ing; a participle in a sense that reports nothing;
  // 'X said:' before a quote carries nothing past it.
  ['The two brothers who police say stole $40,000 from the church were arrested.', '$40,000', { kind: 'organization', source: 'police' }],
  ['Fleming, 52, spent the day at the plant, saying 300 jobs were at risk.', '300', { kind: 'named', source: 'Fleming' }],
  ['Hurricane Ian tore through Fort Myers on Wednesday, claiming 12 lives.', '12', null],
  ['Mayor Ann Cole said: "We will hire more officers." Crime rose 12 percent last year.', '12 percent', null],
  // The verb that introduces a partial quote gives its subject the figures that describe it or its deed, not those it
  // names; a talk with no quote reports nothing.
  ['Vivian Oduya, who has served on the board for 11 years, called it "a slow-motion emergency" on Tuesday.', '11', { kind: 'named', source: 'Vivian Oduya' }],
  ['Majority Leader Curtis Harlan called the $3.4 billion plan "a disaster in slow motion" on Tuesday.', '$3.4 billion', null],
  ['Judge Helen Abara sentenced Gideon Marsh to 14 years in prison, calling his fraud "greed of a kind this court rarely sees."', '14', { kind: 'named', source: 'Helen Abara' }],
  ['Clinton spoke for about 30 minutes in Des Moines.', 'about 30', null],
  ['Papers ran stories in more than three dozen local papers on the standard, which clean water advocates are calling "a huge win for public health."', 'more than three dozen', null],
  // Records list figures; filings disclose them.
  ["The team's website lists 58 players on the roster.", '58', { kind: 'document', source: "The team's website" }],
  ['In a filing Monday, the company disclosed a $55 million loss.', '$55 million', { kind: 'organization', source: 'the company' }],
  // The last item of a list in an appositive is no aside of its own.
  ['Anne Richards, assistant secretary of state for population, refugees, and migration, said 40 people came.', '40', { kind: 'named', source: 'Anne Richards' }],
  ['At the briefing, Anne Richards, head of population, refugees, and migration, said 40 people came.', '40', { kind: 'named', source: 'Anne Richards' }],
  // (Only after a name: the phrase that opens the sentence is no subject.)
  ['However, the director of health, housing, and welfare, said 85,000 people would be housed.', '85,000', { kind: 'role', source: 'the director of health' }],
  ['In a statement, the secretary of labor, health, and education, said 40,000 jobs were added.', '40,000', { kind: 'role', source: 'the secretary of labor' }],
  // "The" in capitals inside a run of capitals opens the name: a heading run into its paragraph is not part of it.
  ['**Price Check** The American Farm Bureau Federation says a 16-pound turkey costs $21.50.', '$21.50', { kind: 'organization', source: 'The American Farm Bureau Federation' }],
  ['Reporters asked about it, according to The New York Times, and 40 people came.', '40', { kind: 'organization', source: 'The New York Times' }],
  ['Mary A Jones said 40 people came.', '40', { kind: 'named', source: 'Mary A Jones' }],
  ['Tom Morello of Rage Against The Machine said 15 concerts would be rescheduled.', '15', { kind: 'named', source: 'Tom Morello' }],
  ['Series A Investors LLC said $40 million was raised.', '$40 million', { kind: 'organization', source: 'Series A Investors LLC' }],
  ['Footnotes in the filing state that 15 percent of funds go to schools.', '15 percent', { kind: 'document', source: 'the filing' }],
  ['At 5 p.m., the advisory had the storm 300 miles west of Bermuda.', '300', { kind: 'document', source: 'the advisory' }],
  ['The advisory, posted at 5 p.m., had the storm 300 miles west of Bermuda.', '300', { kind: 'document', source: 'The advisory' }],
  // A document's title set off after words that describe the document: the document found it.
  ['A report the union commissioned from the University of Wisconsin–Milwaukee, "Running on Empty," found that vacancies rose from 6 percent to 19 percent.', 'from 6 percent to 19 percent', { kind: 'document', source: 'A report the union commissioned from the University of Wisconsin–Milwaukee' }],
  ['The study released Monday, "Kids Count," found 40 percent of children were poor.', '40 percent', { kind: 'document', source: 'The study released Monday' }],
  ['The report said, "Running on Empty," and 40 people died.', '40', { kind: 'document', source: 'The report' }],
  // A position given as a distance and a direction after "had" or "placed" is a reckoning, as "put" is.
  ['The advisory had the depression 120 miles (195 km) southeast of West Palm Beach.', '120', { kind: 'document', source: 'The advisory' }],
  ["The NHC's advisory, released at 8 p.m. on Wednesday (midnight GMT) placed Humberto 75 miles north of Bermuda.", '75', { kind: 'document', source: "The NHC's advisory" }],
  ['He had lived 20 miles north of the city.', '20', null],
  ['He had a cabin 30 miles north of Duluth.', '30', null],
  ['After the report, the general placed the artillery 5 km north of the city.', '5', null],
  ['The report noted that the company had the plant 20 miles south of Dallas.', '20', { kind: 'document', source: 'The report' }],
  ['Police had the suspect 3 miles west of the scene within an hour.', '3', null],
  ['The Navy had the USS Ford 200 miles west of Israel, a Pentagon official said.', '200', { kind: 'role', source: 'Pentagon official' }],
  ["The NHC's Hurricane Humberto Advisory Number 14, released at 11:00 p.m. EDT on Sunday (0300 UTC Monday morning) placed Humberto 785 miles west of Bermuda.", '785', { kind: 'document', source: "The NHC's Hurricane Humberto Advisory" }],
  ['The storm had winds of 120 miles per hour.', '120', null],
  // Where words were said, between the subject and its cue, is not who said them.
  ['Jane Deans, the party chair, in a statement said 40 volunteers helped.', '40', { kind: 'named', source: 'Jane Deans' }],
  ['Jane Deans backs Sanders and in a statement said 40 volunteers helped.', '40', { kind: 'named', source: 'Jane Deans' }],
  ['The governor in a radio interview said 40 people died.', '40', { kind: 'role', source: 'The governor' }],
  ['A study published in a letter found 40 people died.', '40', { kind: 'vague', source: 'A study' }],
  ['Mark Jones also in a statement said 200 jobs would go.', '200', { kind: 'named', source: 'Mark Jones' }],
  ['Mark Jones on Monday during a briefing said 200 jobs would go.', '200', { kind: 'named', source: 'Mark Jones' }],
  ['Language in the filing states that 15 percent of funds go to schools.', '15 percent', { kind: 'document', source: 'the filing' }],
  ['Pelosi in a statement said 40 members backed the bill.', '40', { kind: 'named', source: 'Pelosi' }],
  ['Several people on the call said 40 managers would leave.', '40', { kind: 'role', source: 'Several people' }],
  ['A provision in the filing states that 15 percent of funds go to schools.', '15 percent', { kind: 'document', source: 'the filing' }],
  ['The numbers in the release show 4,000 people were affected.', '4,000', { kind: 'document', source: 'the release' }],
  ['A source who was on the call said 200 jobs would go.', '200', { kind: 'vague', source: 'A source' }],
  // A verb in a sense that reports nothing, with a count as its object, does a deed: the cue of the sentence is
  // another one, or none. Not after a quote, nor before a clause.
  ['Employers added 142,000 jobs in October, the Labor Department said Friday.', '142,000', { kind: 'organization', source: 'the Labor Department' }],
  ['The company added 300 workers last year.', '300', null],
  ['Finch wrote 412 checks to shell companies he controlled.', '412', null],
  ['Organizers claimed nearly 400 delegates and alternates participated.', 'nearly 400', { kind: 'role', source: 'Organizers' }],
  ['The chief added 30 people were arrested overnight.', '30', { kind: 'role', source: 'The chief' }],
  // "she" stands for the woman named in the paragraph before someone of unknown gender named after her.
  ['Halvorsen said sales fell.\n\nAnalyst Priya Ramaswamy said the stock lost a third of its value. Halvorsen raised prices four times, she said, by a cumulative 26%.', '26%', { kind: 'pronoun', source: 'Priya Ramaswamy' }],
  // Who knows, not what they know: an unnamed source "familiar with", "close to" or "with knowledge of" a matter.
  ['People familiar with the matter said 40 jobs would go.', '40', { kind: 'vague', source: 'People familiar with the matter' }],
  ['Two officials with direct knowledge of the talks said the deal was worth $3 billion.', '$3 billion', { kind: 'vague', source: 'Two officials with direct knowledge of the talks' }],
  ['Another source familiar with Cruz’s thinking said, “He will try to win 12 states.”', '“He will try to win 12 states.”', { kind: 'vague', source: 'Another source familiar with Cruz’s thinking' }],
  // A request is no report: "who asked not to be named" gives no source of its own.
  ['The deal is worth $3 billion, according to a person familiar with the talks who asked not to be named because they are private.', '$3 billion', { kind: 'vague', source: 'a person familiar with the talks' }],
  // A vague source said in passing opens no turn for a quote after it.
  ['Officials said the bridge would close. "We have no choice but to close it."', '"We have no choice but to close it."', null],
  // "pointed out" reports; a conjunction that opens the clause is no part of the name.
  ['Smith pointed out that 40 percent of the budget goes to salaries.', '40 percent', { kind: 'named', source: 'Smith' }],
  ['When Jane Smith said 40 people died, nobody listened.', '40', { kind: 'named', source: 'Jane Smith' }],
  // A participle after what the subject issued, or after "by", reports for the subject.
  ['The union released a statement saying 40 percent of members had voted.', '40 percent', { kind: 'organization', source: 'The union' }],
  ['Police released a report saying 40 people died in the fire.', '40', { kind: 'organization', source: 'Police' }],
  ['The inspector general issued a report saying 40 files were lost.', '40', { kind: 'role', source: 'The inspector general' }],
  ['The Justice Department filed a lawsuit alleging that the firm overcharged 300 customers.', '300', { kind: 'organization', source: 'The Justice Department' }],
  ['Smith filed a complaint alleging that the firm overcharged 300 customers.', '300', { kind: 'named', source: 'Smith' }],
  ['The firm sued in May, alleging that the city owed it $3 million.', '$3 million', { kind: 'organization', source: 'The firm' }],
  ['The toll rose, with officials reporting at the time that 150 were killed.', '150', { kind: 'vague', source: 'officials' }],
  // (Not the senator's, who cites it: the unnamed report's, a vague source.)
  ['The senator cited a report saying 40 percent of veterans waited a month.', '40 percent', { kind: 'vague', source: 'a report' }],
  ['Smith was named in a lawsuit alleging that he stole $2 million.', '$2 million', null],
  ['The judge dismissed a complaint alleging that 3,000 ballots were forged.', '3,000', null],
  ['Smith was sued on Monday, alleging that he had defrauded 12 investors.', '12', null],
  ['The task force proved effective, with Laredo reporting 73 deaths in 2023.', '73', { kind: 'named', source: 'Laredo' }],
  ['The office has developed two new trainings that assist partners with identifying and reporting suspicious activity.', 'two', null],
  ['A Chinese official responded by saying Japan should be careful "not to interfere and stir up problems" there.', '"not to interfere and stir up problems"', { kind: 'vague', source: 'A Chinese official' }],
  // A quote inside an aside after the subject: the verb after the quote is the subject's, not inverted.
  ['Mr. Manafort, citing "the unique magic of Trump," said the candidate could win 40 states.', '40', { kind: 'named', source: 'Manafort' }],
  ['The mayor, calling the plan "a disaster for the city," said the council would vote on 12 amendments.', '12', { kind: 'role', source: 'The mayor' }],
  // A participle that describes the subject before the clause's own verb reports nothing.
  ['The awards announced today include $18.5 million for the City of Brannock.', '$18.5 million', null],
  ['The company announced today that it would cut 40 jobs.', '40', { kind: 'organization', source: 'The company' }],
  // "A." answers belong to the introduction's subject, decided once: not a founder named after her, nor someone an
  // answer names.
  ['Marisol Ibáñez has run the food bank since 2014, when she took over from its founder, the Rev. Dennis Hale. Ibáñez says demand is rising.\n\nQ. How does demand compare?\n\nA. It is up about 22%.\n\nQ. Who helps?\n\nA. Our board chair, Gerald Amsel, does. Gerald Amsel raised money. We served 41,000 households.', '41,000', { kind: 'named', source: 'Marisol Ibáñez' }],
  // Whom the introduction says was interviewed answers, before a subject named as often.
  // Whoever "took questions" answers them, though another is named more often.
  ['Governor Tobias Leclerc-Amari held rates. Marek Zielinski, an economist, said Marek Zielinski Partners expected a cut. Zielinski said so twice.\n\nLeclerc-Amari took questions from reporters after the decision.\n\n**Q:** Why not cut?\n\n**A:** Services inflation is still above 4%.', '4%', { kind: 'named', source: 'Tobias Leclerc-Amari' }],
  ['Deputy Mayor Farid Haddad, who championed the scheme, has called its first year "a success by any measure." We asked Nadia Kowalczyk, the scheme\'s general manager, how she sees it.\n\nQ. Was the first year a success?\n\nA. Mostly. We budgeted for 2,200 rides a day.', '2,200', { kind: 'named', source: 'Nadia Kowalczyk' }],
  ['Mayor Carla Brandt opened the clinic in May. This reporter spoke with Dr. Ana Ruiz, its director.\n\nQ. How busy is it?\n\nA. We see about 140 patients a week.', 'about 140', { kind: 'named', source: 'Ana Ruiz' }],
  // A verb that may report nothing gives way to "according to" in the same sentence.
  ['Eastgate has recorded 11 commercial robberies so far this year, according to police department data.', '11', { kind: 'document', source: 'police department data' }],
  // A joint poll: its sponsors joined by a slash.
  ['Clinton led Trump 47% to 41% in the latest NBC News/Wall Street Journal poll.', '47% to 41%', { kind: 'document', source: 'the latest NBC News/Wall Street Journal poll' }],
  ['A Courier/Ridgeview College poll had Nakamura leading 58% to 36%.', '58% to 36%', { kind: 'document', source: 'A Courier/Ridgeview College poll' }],
  ['Vehko scored twice, and midfielder Ade Coker added a third goal in stoppage time.', 'twice', null],
  // A name that ends with an abbreviation and its full stop, before its verb or its appositive.
  ['Acme Inc. said it would lay off about 1,100 employees.', 'about 1,100', { kind: 'organization', source: 'Acme Inc' }],
  ['Quillstone Corp., the maker of the Quill software, said Tuesday it would cut 1,100 jobs.', '1,100', { kind: 'organization', source: 'Quillstone Corp' }],
  // "has said that" is the subject's own verb, no passive ("it has been said that" is).
  ['Clinton has said that she deleted 31,000 additional emails in 2014.', '31,000', { kind: 'named', source: 'Clinton' }],
  // A form, a disclosure, an outcome: documents.
  ["Trump's new financial disclosure form stated that his revenue was $557 million.", '$557 million', { kind: 'document', source: "Trump's new financial disclosure form" }],
  ['The outcome showed Clinton had received 49.84 percent.', '49.84 percent', { kind: 'document', source: 'The outcome' }],
  // The outlet that passes a sentence on is its source, read like "according to".
  ['As reported by Western Journalism, there are 150 delegates at stake.', '150', { kind: 'named', source: 'Western Journalism' }],
  ['The deficit rose to $3 billion, as first noted by Politico.', '$3 billion', { kind: 'named', source: 'Politico' }],
  // A title in quotation marks before a document noun is part of the source's name.
  ['The plan would cost about $1.38 trillion a year, according to the "Medicare for all" document he released.', 'about $1.38 trillion', { kind: 'document', source: 'the Medicare for all document' }],
  // A base form after a name's possessive is a noun: the sentence's own cue speaks; the owner of words still speaks them.
  ["Some analysts said Norvex's forecast for third-quarter revenue of $3.9 billion to $4 billion looked conservative.", '$3.9 billion to $4 billion', { kind: 'vague', source: 'Some analysts' }],
  ["US Wind's project offshore Maryland will power up to 770,000 homes.", 'up to 770,000', null],
  ['It fulfilled President Trump\'s promise to "ban large institutional investors" by 2027.', '"ban large institutional investors"', { kind: 'named', source: 'Trump' }],
  // Not nouns: a past tense after "for his campaign", a plural without -s after a possessive, a name in "'s" after "at".
  ['A spokesman for his campaign said the rally drew 4,000 people.', '4,000', { kind: 'organization', source: 'his campaign' }],
  ['Their children say they were paid $5 an hour.', '$5', { kind: 'role', source: 'Their children' }],
  ["Analysts at Moody's estimate the storm caused $3 billion in damage.", '$3 billion', { kind: 'role', source: "Analysts at Moody's" }],
  // "May" before a verb that is no verb of speech is the month.
  ['Sales slumped in April. May showed a 4 percent rebound, the retailer said.', '4 percent', { kind: 'role', source: 'the retailer' }],
  // A person's name after "a spokesman for the ministry" is the spokesman's, not the ministry's.
  ['A spokesman for the ministry, Zabihullah Mujahid, said 40 people had been killed. He said 12 of them were children.', '12', { kind: 'pronoun', source: 'Zabihullah Mujahid' }],
  // "put … at" and a figure is an estimate's verb; "put pressure on 12 firms" is not.
  ["He will inherit a budget gap that the city's finance department has put at $48 million.", '$48 million', { kind: 'organization', source: "the city's finance department" }],
  ['Officials put the death toll at 40.', '40', { kind: 'vague', source: 'Officials' }],
  // A role the lists hold before "put … at"; "by her own count".
  ['The auditor now puts the likely cost at £550 million.', '£550 million', { kind: 'role', source: 'The auditor' }],
  ['When Deborah Quaye opened the club in 2009, she had, by her own count, 11 members.', '11', { kind: 'pronoun', source: 'Deborah Quaye' }],
  ['Acme, a logistics company, said on Monday that it had cut 300 jobs, by its own count.', '300', { kind: 'pronoun', source: 'Acme' }],
  // A document noun before the words that say whose it is stays the phrase's head; a pronoun is no data set's name.
  ['Emissions fell 3.1% last year, according to preliminary estimates from the Emissions Monitoring Office.', '3.1%', { kind: 'document', source: 'preliminary estimates from the Emissions Monitoring Office' }],
  ['Demand rose 2.3%, the agency said. It estimates that there are now about 1.9 million electric cars.', 'about 1.9 million', { kind: 'pronoun', source: 'agency' }],
  // A year or a document before the -s form is no count and noun: the document reports.
  ['The 2024 report shows that 40 percent of rivers are polluted.', '40 percent', { kind: 'document', source: 'The 2024 report' }],
  ['A 2019 audit says 12 schools were unsafe.', '12', { kind: 'document', source: 'A 2019 audit' }],
  // A body's noun only as the appositive's own head: a person who speaks for a body is no "it".
  ['Nowak, a spokesman for the agency, declined to comment. It said in March that 400 jobs would go.', '400', { kind: 'pronoun', source: 'it' }],
  // A person of a body named after a preposition is the source, classed by the person's noun.
  ['A nurse at the county hospital said 30 beds were full.', '30', { kind: 'vague', source: 'A nurse at the county hospital' }],
  // A document's body set off by commas after it; one cited in the passive is penalised, no source.
  ['The breakdown below, from the statistics office, shows that 9.8 percent of jobs changed.', '9.8 percent', { kind: 'organization', source: 'the statistics office' }],
  ['The plant has been cited twice since 2024 for exceeding state limits, and 40 people fell ill.', '40', null],
  // A verb that may report nothing, inside what a speaker's "said" reports, gives way to the speaker.
  ['Outside court, Detective Inspector Karen Oduya said officers had examined more than 6,000 pages of bank statements.', 'more than 6,000', { kind: 'named', source: 'Karen Oduya' }],
  // The noun a relative clause hangs on, before an aside with the anonymity's reason.
  ['Two people who have seen the full memo, speaking on condition of anonymity because they were not authorized to share it, said it also shows 44 percent viewing her favorably.', '44 percent', { kind: 'role', source: 'Two people' }],
  // Those a figure is set against ("more than economists had expected") are not its source; the sentence's other
  // source is.
  ['Employers added 48,300 jobs in April, far more than economists had expected, the National Statistics Office said on Friday.', '48,300', { kind: 'organization', source: 'the National Statistics Office' }],
  // A time that is a preposition's object stays in the phrase; "familiar with" may stand ten words back.
  ['People familiar with the White House budget request for next year said it would include money for 100 new judges.', '100', { kind: 'vague', source: 'People familiar with the White House budget request for next year' }],
  // Any verb but "according to" inside what a speaker's "said" reports gives way to the speaker, also after
  // ", and that".
  ['Arceneaux said the federation had asked Congress to pay for at least 600 additional judges.', 'at least 600', { kind: 'named', source: 'Arceneaux' }],
  ['Whitcombe said the museum had spent $1 million, and that staff had identified at least 300 more objects.', 'at least 300', { kind: 'named', source: 'Whitcombe' }],
  // A source phrase that starts inside the figure counts those who speak: no source.
  ['Only a quarter said tourism had made their own lives better.', 'Only a quarter', null],
  // A reporting clause that ends the sentence after a comma, whatever the cue model makes of its verb.
  ['At its height last weekend, the encampment drew about 400 people, campus police estimated.', 'about 400', { kind: 'organization', source: 'campus police' }],
  // So is one its determiner opens, whatever its noun, with the verb's own form ("shows"), not a noun's ("project").
  ['The council must find a further £19m of savings in 2027/28, its medium-term financial plan shows.', '£19m', { kind: 'role', source: 'its medium-term financial plan' }],
  ['In Mozambique, DFC committed $179 million to the Namaacha wind project, the country\u2019s first utility-scale wind power project.', '$179 million', null],
  // "One" opening the clause as an article before a relative clause; the clause keeps the name back: anonymous, vague.
  ['One banker who spoke on condition of anonymity said his bank had written down several office loans by 30% to 40%.', '30% to 40%', { kind: 'vague', source: 'One banker' }],
  // A poll whose sponsors a dash joins.
  ['In the Calder Courier\u2013Hartley College poll conducted in October, 48% of county residents said it was a good idea.', '48%', { kind: 'document', source: 'the Calder Courier\u2013Hartley College poll' }],
  // "it" for a one-word name of no known sex named in the paragraph, not a body named before.
  ['The state labor department said 40 jobs went. Nimbra said the Halo would be followed by a version which it said would cost well under $1,000.', 'well under $1,000', { kind: 'pronoun', source: 'Nimbra' }],
  // Guards for the rules above: an opener with its comma keeps its own subject; a name in -ing with an adverb and a
  // verb is a subject; "show" after a preposition's object is the plural subject's verb; a preposition's object with a
  // noun of its own before a cue; a passive "cited by"; a month is no author; "on behalf of" names the source; "other
  // than" compares nothing; a speaker inside a clause of its own, or relaying a named body's figure, gives way.
  ['Asked whether she would seek re-election, Smith declined to answer, saying the campaign had raised $3 million.', '$3 million', { kind: 'named', source: 'Smith' }],
  ['In the interview he gave to the Times, the mayor defended the plan, saying it would cost $40 million.', '$40 million', { kind: 'role', source: 'the mayor' }],
  ['Beijing strongly condemned the sanctions, saying they would hurt 40 companies.', '40', { kind: 'named', source: 'Beijing' }],
  ['Records obtained by the Post show officials ignored 40 warnings.', '40', { kind: 'document', source: 'Records obtained by the Post' }],
  ['Analysts at a major bank estimate growth at 3 percent.', '3 percent', { kind: 'vague', source: 'Analysts at a major bank' }],
  ['Crime fell 40 percent, a figure that was cited by the mayor in her speech.', '40 percent', { kind: 'role', source: 'the mayor' }],
  ['The letter, from March, says 40 clinics could close.', '40', { kind: 'document', source: 'The letter' }],
  ['A statement released on behalf of the family said 40 people attended.', '40', { kind: 'role', source: 'the family' }],
  ['No one other than the governor said 40 homes were lost.', '40', { kind: 'role', source: 'the governor' }],
  ['In March, the U.S. added 228,000 jobs, nearly 100,000 more jobs than economists predicted.', 'nearly 100,000', null],
  ['After the governor said the state was broke, the auditor found $40 million in unspent funds.', '$40 million', { kind: 'role', source: 'the auditor' }],
  ['The mayor, who said nothing, watched as police counted 300 ballots.', '300', { kind: 'organization', source: 'police' }],
  ['The senator said the Congressional Budget Office estimated the bill would cost $4 billion.', '$4 billion', { kind: 'organization', source: 'the Congressional Budget Office' }],
  ['Mbeki said the agency had hired 40 inspectors. It said the hires would cost $2 million.', '$2 million', { kind: 'pronoun', source: 'it' }],
  // Any noun before a verb of speech after a short adverbial aside; not after a longer clause.
  ['Cement makers, for instance, argue that imports grew to 40 percent.', '40 percent', { kind: 'role', source: 'Cement makers' }],
  // A time or a quantifier after a verb is no inverted source.
  ['The cut, agreed last week by ministers of the council, reduces the catch to 41,300 tonnes.', '41,300', null],
  ['- disclose every holding in its $3.2 billion endowment;', '$3.2 billion', null],
  // A document with a participle's phrase after it speaks, unless the phrase names an agent; one published in a paper
  // is the whole phrase, as the annotation guidelines write "a study published in Nature".
  ['A joint statement issued at the end of the summit said tariffs would be cut by a third.', 'a third', { kind: 'document', source: 'A joint statement' }],
  ['A statement issued by the ministry on Monday said 40 people died.', '40', { kind: 'organization', source: 'the ministry' }],
  ['Figures published in the Gazette show 40 people died.', '40', { kind: 'document', source: 'Figures published in the Gazette' }],
  // "show" after "the" and a name is a programme, not a verb.
  ['Last year the ABC show drew 4 million viewers.', '4 million', null],
  // "In a report of" a body opening the sentence names the body, like "by".
  ['In a situational report of NDRRMC, the tremor damaged 143 buildings.', '143', { kind: 'organization', source: 'NDRRMC' }],
  // Documents that open the sentence, with who obtained them, before their verb: the documents as the draft words them.
  ['Records obtained by the Harwick Courier show that the team has lost nine of its 23 inspector posts since 2021.', 'nine', { kind: 'document', source: 'Records obtained by the Harwick Courier' }],
  // A body's name with its place before the verb; a count and a noun before an -s form make a plural noun.
  ['The Calder Gallery in Edinburgh reported 1.3 million visitors.', '1.3 million', { kind: 'organization', source: 'The Calder Gallery in Edinburgh' }],
  ['The team has lost nine of its 23 inspector posts since 2021.', 'nine', null],
  // Goals a side concedes, patients a hospital admits: deeds, not reports.
  ['Millbrook conceded only 19 goals in 38 league games.', 'only 19', null],
  // A first name given in an aside names the source.
  ['One worker, who gave only his first name, Rune, said he had missed two mortgage payments.', 'two', { kind: 'named', source: 'Rune' }],
  // One unnamed person by a role with "a" ("A senior military officer") is whom "He added" in the paragraph stands
  // for, not a man who spoke paragraphs before.
  ['Commander Razan said 200 troops died. He said the group had destroyed nine vehicles.\n\nThe Defence Ministry disputed the figures, saying the army "takes every possible precaution" in the city. A senior military officer, who spoke on condition of anonymity because he was not authorised to brief journalists, told reporters that the army expected to take the city "within days." He added that about 3,000 rebel fighters remained inside the city.', 'about 3,000', { kind: 'pronoun', source: 'senior military officer' }],
  // Two people named before one verb, a role and a word before the second: both speak.
  ['Coach Tom Reilly and assistant coach Dan Park said 4 players were injured.', '4', { kind: 'named', source: 'Tom Reilly and Dan Park' }],
  // A relative clause that keeps a source anonymous, with its reason, stands between the source and its verb.
  ['A senior official who asked not to be identified because he was not authorized to speak publicly said 30 people died.', '30', { kind: 'vague', source: 'A senior official' }],
  // A reporting clause set off by commas after a figure's clause, whatever the cue model makes of its verb.
  ['About 14,000 vehicles a day use the road, data from the regional roads agency show, and journey times have risen.', 'About 14,000', { kind: 'organization', source: 'the regional roads agency' }],
  ['The law put pressure on 12 firms.', '12', null],
  // A body's name in apposition after the noun of a body is the source; a person's name after it stays a person.
  ['Its parent company, Vantor Motors, said 41 homes burned.', '41', { kind: 'organization', source: 'Vantor Motors' }],
  ['The bank, Credit Agricole, said 42 homes burned. It said 43 more were at risk.', '43', { kind: 'pronoun', source: 'Credit Agricole' }],
  ['The agency, Maria Lopez, said 44 homes burned.', '44', { kind: 'named', source: 'Maria Lopez' }],
  // "for" after a body's name and before a word in lower case names whom the body worked for, not more of its name.
  ['A survey by the Meinhardt Institute for the regional broadcaster KRT put the Social Democrats at 27%.', '27%', { kind: 'document', source: 'A survey by the Meinhardt Institute' }],
  ['A poll by the Institute for the Study of War found 40% of the area held.', '40%', { kind: 'document', source: 'A poll by the Institute for the Study of War' }],
  // "It showed", "It found": a report or a body named in the same paragraph; one named paragraphs before is not
  // what "it" reads as.
  ['The campaign spent little on data, according to its FEC reports. It showed $200,000 in payments for list rentals.', '$200,000', { kind: 'pronoun', source: 'its FEC reports' }],
  ['The FEC reports came out Monday.\n\nThe city released its budget on Monday. It showed a $5 million deficit.', '$5 million', { kind: 'pronoun', source: 'it' }],
  // A link right after a quote's closing mark cites it, though the quote's sentence ended inside it.
  ['-   "We do not want any enrichment. We will not allow 1 centrifuge."\n    ([2/13/26](https://example.com/v))', '1', { kind: 'link', source: 'https://example.com/v' }],
  // A link in a closing sentence that ends with a colon is the source of the list below it.
  ['Here are a few examples from the [story](https://example.com/a):\n\n- Jergens is running 24 hours a day.\n- Two customers came back.', 'Two', { kind: 'link', source: 'https://example.com/a' }],
  ['Read the [fact sheet](https://example.com/b) here.\n\n- Jergens is running three shifts a day.', 'three', null],
  // "Her letter said": the owner of the document speaks.
  ['Mayor Ann Cole spoke on Monday. Her letter said 40 people had died.', '40', { kind: 'pronoun', source: 'Ann Cole' }],
  // A role held for someone is the source, not the one it is held for (an adviser not named is a vague one).
  ['An adviser to Trump said 40 people came.', '40', { kind: 'vague', source: 'An adviser to Trump' }],
  ['A spokesman for Google said 40 people came.', '40', { kind: 'role', source: 'A spokesman for Google' }],
  // A figure right after the name that "according to" introduces is what it reports, not part of the name.
  ['It placed the wreck according to the New York Times about 100 miles from Okinawa.', 'about 100', { kind: 'organization', source: 'the New York Times' }],
  ['According to the 2010 Census 40 people live there.', '40', { kind: 'document', source: 'the 2010 Census' }],
  // After a comma, the phrase after "said" that a verb follows is what was said about; "reported by X" names X.
  ['His granddaughter Marisa Benavides, 27, who works the grill on weekends, said the family expects 40 guests.', '40', { kind: 'named', source: 'Marisa Benavides' }],
  ['A Boeing 707 cargo plane, reported by local press as carrying 16 people, crashed.', '16', { kind: 'role', source: 'local press' }],
  // A poll as the subject reaches its verb past an aside of how it was taken.
  ['The survey of 1,011 likely voters, conducted Oct. 8-12, has a margin of error of plus or minus 3.1 percentage points.', '3.1 percentage points', { kind: 'document', source: 'The survey' }],
  // … and past an aside of whom the sample held (not past any other aside: a relative clause is a clause of its own).
  ['The AP-GfK Poll of 1,033 adults, including 389 Democratic registered voters, was conducted online Feb. 11-15.', '389', { kind: 'document', source: 'The AP-GfK Poll' }],
  ['The poll of 800 voters, which the union paid for, was conducted by phone.', '800', null],
  // Whom a document is addressed to is not its subject.
  ['Sanders\u2019 fundraising email to his supporters notes that 40 people came.', '40', { kind: 'document', source: 'Sanders\u2019 fundraising email' }],
  ['A memo to staff says 40 people came.', '40', { kind: 'document', source: 'A memo' }],
  // (Where the sample's people are from is no maker of the poll.)
  ['The Marist poll of 1,000 adults, including 400 from Texas, found 51 percent approve.', '51 percent', { kind: 'document', source: 'The Marist poll' }],
  // A day between a document and its author is no part of the source's words.
  ['Prices rose 40%, according to a report on Tuesday by RAND.', '40%', { kind: 'document', source: 'a report by RAND' }],
  // A pollster opening the sentence with its fieldwork names the sample's source.
  ['Meridian surveyed 2,406 voters online from July 23 to 28.', '2,406', { kind: 'named', source: 'Meridian' }],
  // A source noun with its place or body is the source: a place leaves an unnamed group vague, a body does not.
  ['The mayor of London said 40 people came.', '40', { kind: 'role', source: 'The mayor of London' }],
  ['Officials in Springfield said 40 people came.', '40', { kind: 'vague', source: 'Officials in Springfield' }],
  ['Researchers at MIT said 40 people came.', '40', { kind: 'role', source: 'Researchers at MIT' }],
  ['Police in Ohio said 40 people came.', '40', { kind: 'organization', source: 'Police in Ohio' }],
  ['Secretary of State Marco Rubio said 40 people came.', '40', { kind: 'named', source: 'Marco Rubio' }],
  ['The mayor of London Sadiq Khan said 40 people came.', '40', { kind: 'named', source: 'Sadiq Khan' }],
  // A relative clause set off by a comma hangs on the noun before it.
  // Officials of a district or of a nation are unnamed.
  ['District officials say 40 people will lose their jobs.', '40', { kind: 'vague', source: 'District officials' }],
  ['Ten buildings collapsed, according to Philippine officials.', 'Ten', { kind: 'vague', source: 'Philippine officials' }],
  // Unnamed residents, doctors, forecasters are vague sources, alone or with a plain adjective; not "the parents",
  // nor a share of those polled.
  ['Residents say 40 families left the village.', '40', { kind: 'vague', source: 'Residents' }],
  ['Local doctors said 12 patients died.', '12', { kind: 'vague', source: 'Local doctors' }],
  ['The parents said 12 children were hurt.', '12', { kind: 'role', source: 'The parents' }],
  ['A survey found that 61% of teachers said classes had improved.', '61%', { kind: 'vague', source: 'A survey' }],
  // "with X saying": the participle's own subject after "with" speaks.
  ['The storm hit the coast, with police estimating 200 dead.', '200', { kind: 'organization', source: 'police' }],
  ['The company grew, with Ann Smith saying 40 jobs were added.', '40', { kind: 'named', source: 'Ann Smith' }],
  // Unnamed groups of backers are vague sources.
  ['The law granted citizenship to what advocates estimated were more than 100,000 adoptees.', 'more than 100,000', { kind: 'vague', source: 'advocates' }],
  ['Police arrested the minister, who said 500 people came.', '500', { kind: 'role', source: 'the minister' }],
  ['It gave the money to Acme Corp., which said it hired 500 workers.', '500', { kind: 'organization', source: 'Acme Corp' }],
  ['The filing covered the candidates, which reported spending more than $10 million on ads.', 'more than $10 million', { kind: 'role', source: 'the candidates' }],
  // "claims sovereignty", "claimed responsibility": a claim to a thing reports nothing.
  ['In mainland China, which claims sovereignty over Taiwan, an author was sentenced to ten years in prison.', 'ten', null],
  ['The group claimed responsibility for the attack, which killed 30 people.', '30', null],
  // Not a source: "to" before what the words were addressed to, a time before ", which", "a warning" as a noun.
  ['His comments to reporters came after 300 people were arrested.', '300', null],
  ['Unemployment fell to 4% on Tuesday, which suggests the economy is strong.', '4%', null],
  ['The storm arrived with a warning that 300 homes could flood.', '300', null],
  ['The rebels claimed control of 30 towns in the north.', '30', { kind: 'role', source: 'The rebels' }],
  // "according to one of the following methodologies:": in keeping with a rule, no source for the list below.
  ['Packages will be assessed duties according to one of the following methodologies:\n\n- A duty ranging from $80 per item to $200 per item.', 'from $80', null],
  ['Duties are set according to the following schedule: $80 per item.', '$80', null],
];

describe('source names and kinds', () => {
  for (const [text, claim, expected] of cases) {
    it(`${claim} in "${text}"`, () => {
      const found = lint(text).claims.find((c) => c.text === claim);
      expect(found?.attribution && { kind: found.attribution.kind, source: found.attribution.source }).toEqual(expected);
    });
  }
});

/** Who speaks a quote, where the draft names the person apart from the cue. */
const speakers: [string, string, string][] = [
  // "Miss." after a place and a comma is Mississippi, not a woman's title: "he" may be the man it follows.
  ['Bernie Sanders leads, the poll says.\n\nDewayne Smithy, 33, of Baldwin, Miss., dismisses the idea. "I can\'t find a candidate that I like," he said.', 'I can\'t find', 'Dewayne Smithy'],
  // A role with the person's name in apposition, the name after the verb.
  ['"This day is very hard for me, as I remember," said his father, Abdullah Kurdi, after the ceremony.', 'This day is very hard', 'Abdullah Kurdi'],
  // A role set before a name describes the person: a later "his daughter" or "the stepson" is that person.
  ['His daughter, Dr. Ruth Platt, said he had been ill.\n\n"He would come in at midnight and eat cold beans," his daughter said.', 'He would come in', 'Ruth Platt'],
  ['Her stepson, Paul Achterberg, confirmed the death.\n\n"She was the hardest worker in the family," the stepson said.', 'She was the hardest', 'Paul Achterberg'],
  // A capitalised organisation's words before a lower-case role describe the role; the name after it is the person.
  ['That worries riders like Gloria Estrada.\n\n"If they cut the midday trains, I lose the only way home."\n\nA senior planner said one option would cut service.\n\nBoard chair Miriam Falk said the board would vote in February.\n\n"Nobody is going to shut down the rail line," she said.', 'Nobody is going', 'Miriam Falk'],
  // A body's name takes "the": a pronoun never stands for it.
  ['Rosalind Achterberg, who served 16 years, died Friday.\n\nShe presided over 9,412 cases, according to a tally by the Iowa Judicial Branch.\n\nAsked about it later, she told the Register: "I got about 400 letters, and most were about me."', 'I got about 400', 'Rosalind Achterberg'],
  // A surname shared by relatives stands for the person the story named first.
  ['Rosalind Achterberg, who served 16 years, died Friday.\n\nHer stepson, Paul Achterberg, confirmed the death.\n\nAchterberg received death threats. "I read none of the letters after the first year," Achterberg said.', 'I read none', 'Rosalind Achterberg'],
  // A given name from the longer list makes a person of "Rosalind Kemp", and a woman for "she".
  ['Rosalind Kemp runs the food bank. The mayor, Tom Baker, spoke first.\n\n"We cannot get through March without help," she said.', 'We cannot get', 'Rosalind Kemp'],
  // An unnamed employee of a body who gives her anonymity is whom "she said" after it stands for.
  ['Chief executive Priyanka Rao spoke on Monday.\n\nAn employee on the recruiting team, who spoke on condition of anonymity because she feared losing her severance, said she learned she had been laid off at 6 a.m. "My badge stopped working before anyone told me anything," she said.', 'My badge stopped', 'employee on the recruiting team'],
  // A person the draft says uses "they": "they said" stands for them, not for a body named before.
  ["About a third of its members are on free places, according to the club's accounts.\n\nAmong those who came is Sam Kowalski-Ortiz, 19. Kowalski-Ortiz, who uses they/them pronouns, joined the club in 2021.\n\n\"I was angry at everything,\" they said.", 'I was angry', 'Sam Kowalski-Ortiz'],
  // A nickname in quotation marks after the word that opens the sentence: the person is named in full.
  ['When Deborah "Dee" Quaye opened the club in 2009, she had 11 members. Her brother later joined. "It was just us," she said.', 'It was just us', 'Deborah Quaye'],
  // A body named as a sentence's subject with an appositive is what "It found" in the paragraph stands for.
  ['Carbonwatch, an independent think tank, was blunter in a report published on Tuesday. It found that the country would miss its target, and called the plans "a collection of hopes rather than a strategy."', 'a collection of hopes', 'Carbonwatch'],
  // A surname that is also a place's last word elsewhere ("Plaza") is still a person's.
  ['Council member Rosa Plaza voted against the budget on Tuesday. "We are cutting 40 jobs for nothing," she said.', 'We are cutting', 'Rosa Plaza'],
  // "they/them" marks the person the relative clause is about, and no one after someone else has spoken.
  ['Alex Rivera, who uses they/them pronouns, met residents on Monday. Local campaigners said rents rose 30 percent. "We will strike," they said.', 'We will strike', 'Local campaigners'],
  // A role with "a" and no anonymity goes on speaking in the next paragraph.
  ['Fire chief Tom Hale was at the scene. A council officer said 40 homes had been flooded.\n\n"We have sent 3 crews," he said.', 'We have sent', 'council officer'],
  // Two people who speak together, a role before the second: "they" is both.
  ['Campaigners have called it "an accident waiting to happen."\n\nIn a joint statement, board chair Gloria Hatzidakis and vice-chair Samuel Oyelowo said the outbreak was "a preventable tragedy." "We owe the families answers," they said.', 'We owe the families', 'Gloria Hatzidakis and Samuel Oyelowo'],
  // A given name with accents the lists hold without them ("Siân" is "Sian"): a woman for "she".
  ['Sheep farmer Eluned Parry said she had sold 200 lambs early. Her neighbour, Siân Morgan, has sold a quarter of her herd. "It breaks your heart," she said.', 'It breaks your heart', 'Siân Morgan'],
  // A place named like a person ("Douglas County", "Ferris Valley") is no one "he" stands for.
  ['Sheriff Tom Reyes spoke first. Floods hit Douglas County and Craig Valley on Monday. "We are worried," he said.', 'We are worried', 'Tom Reyes'],
  // An unnamed colleague or classmate with a place is the source, not the place.
  ['A colleague in Phoenix told me, "Put the cold air where the people are."', 'Put the cold air', 'A colleague in Phoenix'],
  // Someone named after the speaker, in the sentence where the speaker spoke as its subject, does not take "he said".
  ['President Joe Biden spoke at the summit on Friday.\n\nHe called on leaders to act. Finally, he thanked health workers, noting that Treasury Secretary Tom Yellen had led the effort. "It comes down to us," he said.', 'It comes down', 'Joe Biden'],
  // A role that opens a sentence inside a quote is no one met again: "he" is the economist, not the governor.
  ['Tobias Leclerc-Amari, the governor, said rates would stay. "We are patient," he said.\n\nAnalysts were divided. Marek Zielinski, chief economist at Harrow & Lyle, said he now expected two more cuts. "The door is open. The governor practically held it for us," he said.', 'The door is open', 'Marek Zielinski'],
  // A verb of speech after a modal inside what "said" reports is no speaker's verb: the one who said it speaks.
  ['Senate Majority Leader Agnieszka Wrobel said her caucus would write "a budget that fits inside the revenue we actually have."', 'a budget that fits', 'Agnieszka Wrobel'],
  // "the mayor" is not the mayor's spokesperson named since.
  ['Mayor Georgina Whitlow-Osei said rents had "gone up 40 percent in five years."\n\nA spokesperson for the mayor, Jordan Ekwueme, said in an email that the figure was right.\n\nThe mayor said wages "went up 12 percent a year."', 'went up 12', 'Georgina Whitlow-Osei'],
  // "X quoted Y as saying": Y speaks.
  ['The state news agency, QNA, quoted Prime Minister Eden Ezrin as calling the dam "a matter of national survival."', 'a matter of national', 'Eden Ezrin'],
  // "Y was quoted as saying", `"…," Y is quoted as saying`: the passive's subject speaks.
  ['Rahel Braynard was quoted as saying the method "succeeds where others fail."', 'succeeds where', 'Rahel Braynard'],
  ['"We are in and out of the field faster," Rahel Braynard is quoted as saying in the filing.', 'We are in and out', 'Rahel Braynard'],
  // "the two", "Both" after two people who spoke: the two of them.
  ['Ana Lopez said the bridge was unsafe. Mark Reyes said it should close.\n\n"You picked a new standard out of thin air," the two wrote.', 'You picked a new', 'Ana Lopez and Mark Reyes'],
  ['Ana Lopez said the bridge was unsafe. Mark Reyes said it should close.\n\nBoth said the repairs were "years overdue and badly planned."', 'years overdue', 'Ana Lopez and Mark Reyes'],
  // A relative with no name as the subject before the quote: "she" in the paragraph stands for her, not for a woman
  // named paragraphs before; a relative named before is met again.
  ['Mayor Celeste Harrington-Obi has said the plan would cost $1.3 million.\n\nDarnell Pruitt showed no reaction as the verdict was read. His sister left the courtroom in tears. "He is not a monster," she told reporters.', 'He is not a monster', 'His sister'],
  ['Ana Ruiz died in May. Her husband, Tom Ruiz, 70, spoke at the service.\n\nMaria Lopez read a poem. Her husband tells it differently. "She never stopped," he said.', 'She never stopped', 'Tom Ruiz'],
  // A relative of the same sex as whose relative they are may be either ("His son drove him there. … he said"); a
  // portfolio after "minister for" is no one served.
  ['Ray Delgado, 61, returned to the site Friday. His son drove him there. "There were 40 homes on this street," he said.', 'There were 40', 'Ray Delgado'],
  ['Stephen Donnelly, the minister for health, said 400 beds would open. The health minister said "120 will be in Dublin."', '120 will be', 'Stephen Donnelly'],
  // An unnamed relative is no one the draft knows as a man before a named man of unknown sex.
  ['Ginger Baker was born Peter Edward Baker in London. His father was killed in combat in 1943. Baker began playing drums in his teens. "I could play!" he recalled.', 'I could play', 'Ginger Baker'],
  // Given names of international news ("Dragana", "Adaeze") tell a woman for "she" over a man named since.
  ['The result was read out by Assembly President Dragana Petrovic.\n\nTheir floor leader, Ruud van Leeuwen, said the road would create "thousands of jobs."\n\nPetrovic ruled two amendments out of order. "The rules are the rules," she said.', 'The rules are', 'Dragana Petrovic'],
  // A time between an appositive name and its verb: "One activist, Nur Khan Liton, on Sunday told".
  ['One activist, Nur Khan Liton, on Sunday told a news agency arson has been used "as a weapon to evict poor slum dwellers" by developers.', 'as a weapon', 'Nur Khan Liton'],
  // A surname led by a lower-case particle is part of the name.
  ['At the opening, AU chairperson President Abdel Fattah el-Sisi of Egypt said, "The success of the agreement will be the real test."', 'The success of', 'Abdel Fattah el-Sisi'],
  // A title after a body's name, then a person's name: the person.
  ['"Families will breathe cleaner air," said Environmental Protection Commission Chair Brenda Mallory.', 'Families will breathe', 'Brenda Mallory'],
  // Whom an opening phrase addresses is no one "he" stands for there; someone spoken with may be "she" next.
  ['Crown Prince Mohammad bin Salman accepted responsibility. Speaking to Martin Smith of PBS, he said, "It happened under my watch."', 'It happened under', 'Mohammad bin Salman'],
  ['Police spoke with Anne Sacoolas as a suspect. She told police she had immunity, but "that she had no plans to leave the country".', 'that she had no plans', 'Anne Sacoolas'],
  ['As RealClearPolitics’ David Byler pointed out in December, “The delegates will have multiple opportunities to change it.”', 'The delegates will', 'David Byler'],
  ['As Amar put it, "Senate Republicans should remember that a compromise candidate is better."', 'Senate Republicans', 'Amar'],
  // A progressive of a verb of speech or naming is the clause's own verb.
  ['Donald Trump is promising to "bomb the hell" out of Islamic State terrorists.', 'bomb the hell', 'Donald Trump'],
  ['Mike Huckabee, for his part, is labeling Obama’s actions “a blatant, belligerent abuse of power.”', 'a blatant', 'Mike Huckabee'],
  // The -ing form of any verb of speech after a comma; a single name after "with".
  ['Maria Lopez interrupted the speech, shouting "she wins, we lose!"', 'she wins', 'Maria Lopez'],
  ['The party was in disarray, with Gorka noting the absurdity of positioning "a couple of hundred SF guys here" in the region.', 'a couple of hundred', 'Gorka'],
  // A given name alone stands for the one person of that given name; a given name set off after a relative is a
  // person "she" can stand for.
  ['The shop is run by Teodora Marchetti and her son, Paul Marchetti.\n\n"She is the boss," Paul said.\n\nPaul\'s wife, Denise, runs the counter. "We sell 300 cannoli on a Saturday," she said.', 'We sell 300', 'Denise'],
  ['The shop is run by Teodora Marchetti and her son, Paul Marchetti.\n\n"She is the boss," Paul said.', 'She is the boss', 'Paul Marchetti'],
  ['Sanders protesters interrupted her speech, shouting "she wins, we lose!"', 'she wins', 'Sanders protesters'],
  // A past participle's phrase before the subject; an aside with a quote after the subject.
  ['Known as a shock jock who made controversial comments, Imus was dropped in 2007 after he referred to the team as "nappy headed hos."', 'nappy headed', 'Imus'],
  ['Alliance president Joanne Kirwan, known on the wards as "Jo the Hammer," said the vote sent "the loudest possible message" to management.', 'the loudest possible', 'Joanne Kirwan'],
  // Phrases before the subject, one after another; a participle after "by" says how the subject spoke.
  ['A month later, during the third primary debate, Beto O\'Rourke defended his proposal, saying that "Hell yes, we are going to take your AR-15."', 'Hell yes', "Beto O'Rourke"],
  ['Opposition lawmakers protested by shouting "shame on you!" during the session.', 'shame on you', 'Opposition lawmakers'],
  // A nationality and a role between a role and the name in apposition after the verb.
  ['"Voters had a genuine choice, and they made it," said the mission\'s head, Dutch diplomat Pieter van Aalst.', 'Voters had a genuine', 'Pieter van Aalst'],
  // A vague source that speaks a quote keeps its turn over the next quote of the paragraph.
  ['"It is the nominee\'s party," one Trump campaign source said. "He gets to set the rules."', 'He gets to set', 'one Trump campaign source'],
  // "on" inside a body's name after the verb, not after a person's ("said Smith in Paris").
  ['"Families will breathe cleaner air," said Council on Environmental Quality Chair Brenda Mallory.', 'Families will breathe', 'Brenda Mallory'],
  ['"We won," said Jane Smith on Tuesday in Paris.', 'We won', 'Jane Smith'],
  // A verb of speech outside the lexicon starts the speaker's turn like "said" does.
  ['"That is a disservice to them," Bolton charged. "They are performing honorably."', 'They are performing', 'Bolton'],
  // An adverb, a reflexive or an age between the quote and its speaker.
  ['Marco Reyes spoke last.\n\n"It is clear the issue is not experience," he often says.', 'It is clear', 'Marco Reyes'],
  ['Cruz himself said Tuesday that "the only way to win the state is to ask."', 'the only way', 'Cruz'],
  ['"Donald is an amazing leader," said the 46-year-old.', 'Donald is an amazing', 'the 46-year-old'],
  // A party in brackets after an appositive name; a short label in quotation marks inside an appositive.
  ['Speaking after the primary, Gov. John Kasich (R-OH), said, "I am getting ready to rent a covered wagon."', 'I am getting ready', 'John Kasich'],
  // … and between the name and an appositive that ends in a body's name.
  ['Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was "committed to an open and transparent process."', 'committed to an open', 'Elijah Cummings'],
  ['Rep. Nita Lowey (D-N.Y.), ranking member of the Appropriations Committee, said the bill was "a good start."', 'a good start', 'Nita Lowey'],
  ['"We have had better conventions than this one," Texas delegate Bill Eastland, wearing a cowboy hat and "Ted Cruz" pins, said matter-of-factly.', 'We have had better', 'Bill Eastland'],
  // The hand-kept list keeps "Bernie" a man where the longer lists give the name to both.
  ['Maria Lopez spoke first. Bernie Sanders spoke next.\n\n"We will win this state," she said.', 'We will win', 'Maria Lopez'],
  // An aside between dashes, and a chain of asides after a name that opens the clause.
  ['A former Republican presidential candidate -- John McCain, who lost the 2008 election -- said the president "offered no changes to his approach."', 'offered no changes', 'John McCain'],
  ['"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview.', 'Both of them', 'Harry Bond'],
  // A name in a sentence with nothing else to read is read whole ("Lopez", not "Lope"), and the role set before it
  // describes her.
  ['The mayor, Ana Lopez, defended the plan on Monday.\n\n"We are going to fix it," the mayor told the crowd.\n\n"We will see," said Lopez.', 'We will see', 'Ana Lopez'],
  ['The mayor, Ana Lopez, defended the plan on Monday.\n\n"We are going to fix it," the mayor told the crowd.', 'We are going', 'Ana Lopez'],
  // A name that tells no sex (Vietnamese, surname first), set off by a role in apposition, is a person a pronoun can
  // stand for; it is read whole.
  ['Senator Halvard Eide sponsored the bill. "It is overdue," Eide said.\n\nNguyen Van Thanh, a fisherman, lost his boat in the storm. "I have nothing left," he said.', 'I have nothing', 'Nguyen Van Thanh'],
  // "both" between a pair and its verb.
  ['Mayor Ana Lopez and Governor Tom Reyes both said "every ballot was checked twice."', 'every ballot', 'Ana Lopez and Tom Reyes'],
  // "they" after two people who each spoke since the last group did.
  ['Nurses say the hospital stopped hiring.\n\nMarisol Trevino, an ICU nurse, said she has worked double shifts. Her colleague Devon Pryce said he left in 2024.\n\n"We do not want to walk out," they said in a joint interview.', 'We do not want', 'Marisol Trevino and Devon Pryce'],
  // A body named before speaks as "it".
  ['The committee said the bill was dead.\n\n"We will not take it up this year," it said.', 'We will not take', 'committee'],
  // Two people named together, the first not met before, are "they".
  ['Jolene Parks and Marcus Tate, who have worked side by side for 19 years, said they had not decided.\n\n"We have got mortgages and kids in high school," they said.', 'We have got', 'Jolene Parks and Marcus Tate'],
  // A time phrase or a participle's clause before the subject is no name ("Eight", "Hours", "Adding").
  ['Eight years ago, Al Sharpton supported Barack Obama over Clinton and said, "Hillary Clinton has never done nothing for us."', 'Hillary Clinton has', 'Al Sharpton'],
  ['Hours later, Donald Trump returned the compliment, telling Reuters, "Sheldon and I have been friends for a long time."', 'Sheldon and I', 'Donald Trump'],
  ['Bill Maher said the report was bad. Adding, "Now, like with all scandals, what they do is never that bad."', 'Now, like with', 'Bill Maher'],
  // A phrase of speaking between the subject and its cue; a clause of its own is not one.
  ['A spokesman speaking on condition of anonymity said "the talks have stalled."', 'the talks have', 'A spokesman'],
  ['Another intelligence source speaking to Fox News said, "The agents are investigating."', 'The agents are', 'Another intelligence source'],
  ['Mayor Tom Reyes was talking about the budget when he told Chris Wallace of Fox News, "We have a big problem with that."', 'We have a big', 'Tom Reyes'],
  // A name in apposition to a role a possessive owns is the subject of the clause's second verb and of an
  // introduction.
  ['Lakeshore\'s chief nursing officer, Dr. Philip Adeyemi-Rhodes, called the demand "a blunt instrument" and said the hospitals meet guidelines. He described the offer as "fair, competitive and, frankly, the most we can afford."', 'fair, competitive', 'Philip Adeyemi-Rhodes'],
  // After a relative, a given name alone set off by commas names the speaker, before the verb or after it.
  ['"He could tell you the name of every kid," his son, Daniel, said. "He could not tell you where he left his keys."', 'He could not tell', 'Daniel'],
  ['"He never missed a game," said his wife, Ann.', 'He never missed', 'Ann'],
  // "who've" is the relative pronoun with its auxiliary: the noun before it is the source.
  ['Sanders must convince the superdelegates who\u2019ve already said they would "support Clinton at the convention" to switch.', 'support Clinton at', 'the superdelegates'],
  // Going on with one's remarks starts a turn the next quote continues (not "continued their strike").
  ['Howard continued his scathing remarks. "Eight years ago she was the presumed Democratic nominee."', 'Eight years ago', 'Howard'],
  // "was quick to add", "was prompted to say": the subject of "was" speaks (not "was not allowed to say").
  ['The debate was so subdued that Mr. Trump was prompted to say, "So far, I cannot believe how civil it has been up here."', 'So far, I cannot', 'Trump'],
  ['Sanders was quick to add that "the system is rigged against working people."', 'the system is rigged', 'Sanders'],
  // A name in apposition after the verb's role keeps its middle initial, and a day set off after it is no part of it.
  ['The FBI did not find "ties of any consequence," said the bureau\'s director, James B. Comey, on Monday.', 'ties of any consequence', 'James B. Comey'],
  ['"We are not done," said the team\'s owner, Lena Ortiz, last week.', 'We are not done', 'Lena Ortiz'],
  ['"I am innocent," said the defendant, Robert M. Jones, in court.', 'I am innocent', 'Robert M. Jones'],
  ['"Our recommendation is not to use them," wrote Jason Dana, Robyn Dawes and Nathanial Peterson.', 'Our recommendation is', 'Jason Dana'],
  ['"We expect growth," said the bank\'s chief economist, Mark J. Zandi, in a statement.', 'We expect growth', 'Mark J. Zandi'],
  // After a role's noun, a name the lists of given names lack is still a name.
  ['"Walter was the most brilliant scientist I have ever known," said University of California, San Diego\'s chancellor, Pradeep Khosla.', 'Walter was the most', 'Pradeep Khosla'],
  ['"He never hurt anyone," said a lawyer for his widow, Ann.', 'He never hurt', 'a lawyer'],
  // The same test before the verb and after it; a name's possessive owns a relative as "his" does.
  ['"She fed the whole block," Paul\'s wife, Denise, said.', 'She fed the', 'Denise'],
  // The speech verb of the same clause, nearest the weak one; not across "…, and".
  ['The mayor said she would cooperate, and on Friday the inspector general found "a pattern of deliberate deception."', 'a pattern of', 'the inspector general'],
  ['Police said the car was stolen, and prosecutors said the lab had found "traces of blood on the seat."', 'traces of blood', 'prosecutors'],
  // A man's title after a man whose given name the lists hold as a woman's is the same man.
  ['Andrea Bocelli said the tour was long. "We added shows," Mr. Bocelli said.', 'We added shows', 'Andrea Bocelli'],
  ['Bruce Arena said the team was tired. "We are not satisfied," he said.', 'We are not', 'Bruce Arena'],
  // An absolute phrase before the subject is passed over; a verb that may report nothing, inside what a speech verb
  // reports, gives way to it.
  ['Gideon Marsh spoke. His voice breaking, he apologized and said he had "made choices I will regret."', 'made choices', 'Gideon Marsh'],
  ['Judge Helen Abara sentenced Gideon Marsh. Abara said Marsh had shown "not one moment of genuine remorse."', 'not one moment', 'Helen Abara'],
  ['The audit found "a pattern of neglect" in the department.', 'a pattern of neglect', 'The audit'],
  // A courtesy title of the other sex than the surname's bearer names someone else: his wife speaks, not he.
  ['Harold Brandt died on Friday. "He asked me to dance," Mrs. Brandt said.', 'He asked me', 'Brandt'],
  ['Harold Brandt died on Friday. Mrs. Brandt said he asked her to dance at the Marigold. "I married him anyway," she said.', 'I married him', 'Brandt'],
  // A name after a body's title ("Police Chief", "Senate Majority Leader") is a person a pronoun can stand for.
  ['The council voted to fire Police Chief Alan Pruitt on Wednesday. In a letter, he wrote: "I have given this city 31 years of my life."', 'I have given', 'Alan Pruitt'],
  ['The vote came after Senate Majority Leader Chuck Schumer spoke. Later, he said: "We will win."', 'We will win', 'Chuck Schumer'],
  // A church, a stadium or an airport named like a person is no one a pronoun stands for.
  ['Her husband said the family would hold a rosary Thursday at San Fernando Cathedral. "She\'d want everyone to eat first," he said.', 'She\'d want', 'Her husband'],
  ['His daughter, Rosa, said: "She fed the whole block."', 'She fed the whole block', 'Rosa'],
  ['Lakeshore\'s chief nursing officer, Dr. Philip Adeyemi-Rhodes, had this to say: "We meet every guideline."', 'We meet every', 'Philip Adeyemi-Rhodes'],
  // A clause's subject opening with a determiner: the role it names, or the name in apposition after it; a verb
  // ends it.
  ['The Florida senator took a heckler in stride, saying the person would "not get beat up" at his rally.', 'not get beat up', 'The Florida senator'],
  ['The Harlan Education Association\'s president, Renée Castillo, called it "the budget that ate the arts" at the meeting.', 'the budget that ate', 'Renée Castillo'],
  // A question closes its sentence before the speaker's clause; not when the next sentence introduces its own quote.
  ['"Would it be negotiable about the 11 million?" Hannity pressed. "Maybe let some people stay?"', 'Would it be negotiable', 'Hannity'],
  // A sentence that opens inside a quote has no subject there ("I'm" is no name).
  ['State Senator Patricia Ann Spearman remarked, "It\'s been a long, hard fight. I\'m starting to see the fruits of my labor," further remarking, "Women in Nevada have said it is time."', 'Women in Nevada', 'Patricia Ann Spearman'],
  // An acronym before a name is no given name: "RAF Croughton" is a place, not the woman "she" stands for.
  ['Police said the car had come from RAF Croughton and spoke with Anne Sacoolas as a suspect. She told police she had immunity, but "that she had no plans to leave the country".', 'that she had no plans', 'Anne Sacoolas'],
  // A person of a body described before its name.
  ['Peter Iseley of worldwide victim group Ending Clergy Abuse said, "The church should establish the law."', 'The church should', 'Peter Iseley'],
  ['Maria Gomez of the advocacy group Clean Water Action said "the river is still dirty."', 'the river is', 'Maria Gomez'],
  // The subject of the first of two verbs, opening with a determiner: the name in apposition, else the role.
  ['An abalone diver I have known for years, Dale Okimura, came to a public meeting in 2015 and told the fisheries board, "The reef is turning purple."', 'The reef is', 'Dale Okimura'],
  ['The senator stood up, paused and told reporters: "I am not running again."', 'I am not', 'The senator'],
  // A closing mark forgotten before the speaker's clause: the words are still the speaker's.
  ['Mayor Phil Ostrander defended the spending. "This is a public-safety budget, and I will not apologise for that, Ostrander said after the vote.', 'This is a public-safety', 'Phil Ostrander'],
  ['"We will look at every line, said Nadia Brooks, the finance director, and then we will decide.', 'We will look', 'Nadia Brooks'],
  // A verb before the quote that names it outranks a cue after it whose source the speaker cites.
  ['The Ohio Council of Employers called the amendment "a blunt, one-size-fits-all mandate" and cited a study that estimated it would cost 45,000 jobs.', 'a blunt', 'The Ohio Council of Employers'],
  // What a named speaker says after the name is no appositive: "her son" does not make Tanya Harris a man.
  ['"We will rebuild," Mayor Rosa Delgado said.\n\nOkafor\'s sister, Tanya Harris, said her son had just started a job.\n\n"He was a good kid," she said.', 'He was a good kid', 'Tanya Harris'],
  ['"We will rebuild," Mayor Rosa Delgado said.\n\nTanya Harris, a teacher, told them her husband had left.\n\n"He was a good kid," she said.', 'He was a good kid', 'Tanya Harris'],
  // "U.S." before a title does not end the name; a lower-case role ("co-founder") or two titles joined by "and"
  // between a company and the person, in a label before a colon.
  ['"We must win the race," said U.S. Secretary of Energy Chris Wright.', 'We must win', 'Chris Wright'],
  ['[Google co-founder Sergey Brin](https://example.com/a): "It is a real inflection point right now."', 'It is a real', 'Sergey Brin'],
  ['[Microsoft Chairman and CEO Satya Nadella](https://example.com/b): "Thank you so much for bringing us together."', 'Thank you so much', 'Satya Nadella'],
  // A relative clause between the subject and its verb may end in a capitalised name that is nobody's.
  ['Representative Joe Wilson, who voted against the Inflation Reduction Act, said the law was passed "to the detriment of American families."', 'to the detriment', 'Joe Wilson'],
  // An adverb between the comma and a reporting participle; a verb after a comma whose next phrase is the subject
  // of what was said.
  ['Representative Jeff Duncan, who represents Clemson, voted against the bill, falsely claiming "only $1 out of every $4 goes to roads."', 'only $1 out', 'Jeff Duncan'],
  ['Representative William Timmons voted against the law, said it would do "nothing of the sort" for rural homes.', 'nothing of the sort', 'William Timmons'],
  ['Representative William Timmons, who represents Greenville, voted against the Bipartisan Infrastructure Law, said it would do "nothing of the sort" for rural homes.', 'nothing of the sort', 'William Timmons'],
  ['Representative Nancy Mace voted against the legislation that made it possible—saying the law was a "down payment on the Green New Deal."', 'down payment on', 'Nancy Mace'],
  // A title alone after "the" is the person it describes, when the draft has named them.
  ['"We will donate more," President Biden said.\n\nToday, the President will announce that the U.S. has now shipped "more doses than any other country."', 'more doses than', 'Biden'],
  // A colon ends the clause after ", and"; an age may open the speaker's name.
  ['The group attacked the NRA in February, and Breitbart News responded: "If there are people who are so prone to attacks, we must act."', 'If there are', 'Breitbart News'],
  ['17-year-old Jared Potts echoed: "He speaks his mind, and that might be what the country needs."', 'He speaks his', 'Jared Potts'],
  // A party and an adjective before a role go on to the name: "Republican presidential nominee Donald Trump".
  ['Republican presidential nominee Donald Trump issued the following statement: "Our prayers are with all those affected."', 'Our prayers are', 'Donald Trump'],
  ['Democratic gubernatorial hopeful Tom Perriello issued a statement: "This is a sad day for Virginia."', 'This is a', 'Tom Perriello'],
  // A title's "of" goes on to the name after it, in a signature and in a label as in a subject.
  ['"We will lower costs for every family in America." — Secretary of Energy Chris Wright', 'We will lower', 'Chris Wright'],
  ['- [**Secretary of State Marco Rubio**](https://x.com/a/1)** (March 2):** "We will lower costs for every family."', 'We will lower', 'Marco Rubio'],
  ['[**Council of Economic Advisers Chair Stephen Miran**](https://x.com/a/1)**:** "That print was the lowest since 2021."', 'That print was', 'Stephen Miran'],
  // An adverb after a verb is no inverted source: the signature before it names the speaker.
  ['*"Thanks to the President, gas is cheap."*— Press Secretary Karoline Leavitt, [reported exclusively in Fox News](https://fox.com/a).', 'Thanks to the', 'Karoline Leavitt'],
  // "his promise to", "her remark that": the owner of the words speaks; "in her remarks" after a verb names no words.
  ['**BUILDING ON A RECORD OF FIGHTING HARMFUL TRADE LOOPHOLES: **President Trump is delivering on his promise to "put an end" to the scam.', 'put an end', 'Trump'],
  ['President Donald Trump is delivering on his promise to "put an end" to the scam.', 'put an end', 'Donald Trump'],
  ['Senator Mary Cole fanned controversy over her remark that "there is a special place in hell for quitters."', 'there is a', 'Mary Cole'],
  ['Mayor Ann Cole spoke downtown. "We will win," said Ben Ruiz in his remarks.', 'We will win', 'Ben Ruiz'],
  // An aside set off by dashes right before the quote speaks for itself; the verb before it introduces the quote.
  ['Speaker John Bercow commented on the matter — which the BBC noted as an unusual move — "It is blindingly obvious."', 'It is blindingly', 'John Bercow'],
  // A subject and its verb in a clause joined after the quote say what follows them.
  ['Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he is "losing the war on terrorism."', 'leading from behind', 'Ted Cruz'],
  // A sentence adverb before the subject is not the subject.
  ['Immediately after the attacks, Donald Trump issued a statement, "Last night, our nation was attacked."', 'Last night, our', 'Donald Trump'],
  ['Likewise, a paper from the Brookings Institution had this to say about his proposal: "Families from the top half will gain."', 'Families from the', 'a paper'],
  // A state after the place an opening phrase ends with, and a day after it, come before the subject.
  ['At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed her, saying she would "make an outstanding president."', 'make an outstanding', 'Bernie Sanders'],
  ['In Ames, Iowa, Sunday, Hillary Clinton said: "We must lead the coalition."', 'We must lead', 'Hillary Clinton'],
  // A name in -ly, a state as the subject, a name "for" an outlet: none is skipped or run on.
  ['Emily Watts, 34, had this to say: "We lost 200 acres of corn."', 'We lost 200', 'Emily Watts'],
  ['In the lawsuit, Texas, the lead plaintiff, had this to say: "The rule will cost us $2 billion a year."', 'The rule will', 'Texas'],
  ['"We will hire 500 workers." — Jane Doe for The New York Times', 'We will hire', 'Jane Doe'],
  // "Statement of X:": the statement's author speaks.
  ['**Statement of UAW President Ray Curry:**  \n"We are at a critical time for the auto industry."', 'We are at', 'Ray Curry'],
  ['**Statement of John Bozzella, President and CEO, Alliance for Automotive Innovation:**  \n"Auto makers are committed to it."', 'Auto makers are', 'John Bozzella'],
  // A paragraph closing "Subject verb:" with a verb no cue list holds: its subject speaks the next paragraph's quotes.
  ['The Times made these allegations in February, and Breitbart News responded:\n\n"If there are people who are so prone to attacks, we must act."', 'If there are', 'Breitbart News'],
  // … or with what the subject issued: "issued the following statement:".
  ['In response, Republican presidential nominee Donald Trump issued the following statement:\n\n“Our prayers are with all those affected. This cannot continue.”', 'Our prayers are', 'Donald Trump'],
  ['In 1998, President Clinton released a brief statement:\n\n"Hillary and I offer our condolences to the family."', 'Hillary and I', 'Clinton'],
  // A multi-paragraph quote that opens a paragraph of quotes, with no source in any of its paragraphs, continues the
  // speaker of the quote that ended the paragraph before, as a one-paragraph quote there does.
  ['"We did what the clerk told us to do," Rosa Delgado-Pike said.\n\n"If the form was wrong, it was wrong when they stamped it.\n\n"He can call us amateurs. Amateurs got 9,870 people to sign."', 'If the form', 'Rosa Delgado-Pike'],
  // A name set off after a relative is a person, even one the given-name lists lack.
  ['Leanne Mifsud, 58, said she had voted in every election. Her son, Jayden, 24, disagreed. "Four years is a long time to be stuck with a bad government," he said.', 'Four years is', 'Jayden'],
  // A phrase of place or circumstance opening the sentence is no subject ("Across the street,", "Amid the protests,").
  ['Across the street, Marcus Levy, 34, who runs a bicycle shop, said he had not decided. "Everybody is promising me something."', 'Everybody is promising', 'Marcus Levy'],
  // A nickname in quotation marks is no part of the name: the bare surname is still the person first named with it.
  ['Walter "Skip" Haskell, a lobsterman, died Friday.\n\nMary Ellen Haskell died in 2011.\n\nDana Whitcomb said the pier was renamed for Haskell. "He would hate it, truly," she said.', 'He would hate it', 'Dana Whitcomb'],
  // A zero-width space after the opening mark (pasted web text) hides neither an utterance nor a fragment.
  ['During the debate, Hillary Clinton cracked, "\u200bI am a progressive who likes to get things done."', 'I am a progressive', 'Hillary Clinton'],
  ['Cruz blamed the anti-fracking law on "\u200bknuckleheaded Democratic politicians."', 'knuckleheaded', 'Cruz'],
  // A phrase in lower case after "dubbed" is someone's words, not a name.
  ['Council member Denise Achebe-Hart blamed the mayor for a rollout she dubbed "the surprise party nobody wanted," noting that owners learned late.', 'the surprise party', 'Denise Achebe-Hart'],
  // A partial quote in the clause of a verb no list holds: the verb's subject speaks it.
  ['Cruz blamed the anti-fracking law on "knuckleheaded Democratic politicians."', 'knuckleheaded', 'Cruz'],
  ['Trump, who has a lead in delegates, mocked Marco Rubio for "having a tough night" because he did not win.', 'having a tough', 'Trump'],
  ['Rubio also bemoaned the current political climate in which people "literally hate each other" because they differ.', 'literally hate', 'Rubio'],
  // A state and a day after a place in an aside belong to the aside, not to the subject.
  ['Clinton, speaking in Columbus, Ohio, on Monday, said she was "going to put coal miners out of business."', 'going to put', 'Clinton'],
  ['Clinton, during a town hall in Manchester, N.H., said she was "going to put coal miners out of business."', 'going to put', 'Clinton'],
  ['Jane Roe, the mayor of Columbus, Ohio, said the city would "hire more police officers."', 'hire more police', 'Jane Roe'],
  // "in her words", "in the words of …": whose words they are.
  ['Hillary Clinton spoke in Iowa. She promised to put him in charge because, in her words, "he knows how to do it."', 'he knows how', 'Hillary Clinton'],
  ['The summit met in Jerusalem because, in Forbes\u2019 words, \u201cthey are the most entrepreneurial places on the planet.\u201d', 'they are the most', 'Forbes'],
  ['In the words of one aide, the campaign is "running on fumes right now."', 'running on fumes', 'one aide'],
  // A bold line with a person's name, titles and body heads the quote below it, as statement round-ups do.
  ['# Reactions\n\n**Ben Jealous, Executive Director, Sierra Club**\n\n"This critical action is a major win for coastal communities."', 'This critical action', 'Ben Jealous'],
  ['# Reactions\n\n**Ying McGuire, President of the Supplier Council**\n\n"I want to thank the Administration for convening these leaders."', 'I want to thank', 'Ying McGuire'],
  // A paragraph that is one link heads the excerpt below it; a bold label before the link names its author.
  ['[**Big Beautiful Bill is a win for Michiganians**](https://example.com/m)\n\n*"This landmark legislation combines reforms with investments."*', 'This landmark', 'Big Beautiful Bill is a win for Michiganians'],
  ['**Rep. Lisa McClain (*The Detroit News*, Detroit, MI):** [**Big Beautiful Bill is a win**](https://example.com/m)\n\n*"This landmark legislation combines reforms with investments."*', 'This landmark', 'Lisa McClain'],
  // A name at the end of a participle's clause after the speaker is not the speaker.
  ['"The Department is committed to transparency," said spokesman John Kirby, referring to Clinton\'s successor, John F. Kerry.', 'The Department is', 'John Kirby'],
  // Any past-tense verb beside a speaker right after a quote that breaks off is its dialogue tag.
  ['"We will win this state easily," Donald Trump mused.', 'We will win', 'Donald Trump'],
  ['"We will win this state easily," fumed the mayor.', 'We will win', 'the mayor'],
  ['Paradis laughed. "They are all here for the free stuff," Ben Bennett shot back with a laugh.', 'They are all', 'Ben Bennett'],
  ['"Silly boys acting like they have never seen a girl before," scoffed Arianna Gil, 22, who helped found the group.', 'Silly boys', 'Arianna Gil'],
  ['Trump said he would "protect our LGBTQ citizens," the crowd applauded loudly.', 'protect our LGBTQ', 'Trump'],
  // An outlet that passes the sentence on never outranks the speaker's own verb, before or after the quote, nor
  // takes the turn of a quote that follows.
  ['Earlier this week President Erdogan said — as reported by Hurriyet Daily News — "Its status will change."', 'Its status will', 'Erdogan'],
  ['Katrougalos stressed the need for approval, saying "It belongs to humanity", as quoted by Greek Reporter.', 'It belongs to', 'Katrougalos'],
  ['"I would make sure," Carson noted in an interview with a podcast, as reported by BuzzFeed News. "And I would take corrective action."', 'And I would take', 'Carson'],
  // A party and state in brackets, then a time, between the name and the verb: the weekday is no speaker.
  ['Democratic presidential candidate Sen. Bernie Sanders (I-Vt.) on Saturday criticized the deal, saying it goes "nowhere near far enough to help."', 'nowhere near', 'Bernie Sanders'],
  // An adverb without commas between the subject and its verb.
  // "called" after a phrase that opens the clause is the phrase's verb, not the name of a thing.
  ['He left early. A spokesman called Jones "a liar and a cheat of the worst kind."', 'a liar', 'A spokesman'],
  // A later description in other words for the role the draft gave: an abbreviated title, a lawyer for an attorney, a
  // prosecutor for a district attorney, a lawmaker for a senator.
  ['Gov. Marcus Teller toured the damage. "We will rebuild," the governor said.', 'We will rebuild', 'Marcus Teller'],
  ['Sen. Mara Okafor voted no. "It costs too much," the lawmaker said.', 'It costs too much', 'Mara Okafor'],
  ['Assistant District Attorney Noor Haddad spoke first. Defense attorney Conrad Ashby asked for four years. "This was not a fight," the prosecutor said.', 'This was not a fight', 'Noor Haddad'],
  ['Assistant District Attorney Noor Haddad spoke first. Defense attorney Conrad Ashby asked for four years. "He is sick," the lawyer said.', 'He is sick', 'Conrad Ashby'],
  // A relative's role, a title, an age or a description with a place in apposition before the verb: the name.
  ['Her daughter, Dr. Ingrid Achebe-Strand, an emergency physician in Port Halvard, said she spent her childhood "asleep in the back seat outside somebody\'s farmhouse."', 'asleep in the back', 'Ingrid Achebe-Strand'],
  ['Rosalind\'s daughter, Danuta Dubois-Reyes, 41, who waits tables on weekends, said her mother "has never taken a sick day in her life."', 'has never taken', 'Danuta Dubois-Reyes'],
  // An appositive whose closing comma stands inside a short quote, before the verb.
  ['Josefina Ibarra-Lindholm, an analyst at Bexley Capital who rates the stock a "hold," said the delay was "the right call, about a year too late."', 'the right call', 'Josefina Ibarra-Lindholm'],
  // A role of unknown sex that spoke last is "he", over a man named before it who did not speak; a relative clause
  // after a noun an article opens.
  ['Gerald Pruitt was sentenced. A road crew supervisor who asked not to be named said workers had gone without new trucks for years. "We patched the same potholes four times," he said.', 'We patched', 'road crew supervisor'],
  // A name no list knows as a given name, with a doer's noun in apposition that ends the sentence, is a person.
  ['She has been married for 48 years to Hallstein Strand, a retired dairy farmer. He calls her "the most stubborn person in three counties."', 'the most stubborn', 'Hallstein Strand'],
  // A title in quotation marks with its comma inside, then another aside, before the verb.
  ['Hemsley, the co-author of "Going Viral," about the rapid spread of information, said the days when the nation had "a somewhat unifying story" are gone.', 'a somewhat unifying', 'Hemsley'],
  // "the governor" is not a deputy governor named since.
  ['Governor Astrid Lindqvist raised the rate. The dissenting member, deputy governor Emeka Obiora, favoured a hold. "We will look at every number," the governor said.', 'We will look', 'Astrid Lindqvist'],
  // A woman named after a role last spoke is "she", over that role.
  ['Tomasz Nowak has pulled climbers out of crevasses, carried skiers down in blizzards and, on one memorable night, talked a lost honeymoon couple off a ledge by mobile phone.\n\nHis successor, Agnieszka Lindahl, 41, is the first woman to lead the service.\n\n"Tomasz taught all of us that nobody is too stupid to save," she said.', 'Tomasz taught', 'Agnieszka Lindahl'],
  // A name written surname first ("Kim Min-jun") says nothing of sex by its first word.
  ['"The size of the effect surprised us," said Prof. Kim Min-jun of Hanseo National University, in the *Annals of Public Health Research*.\n\nKim said the team had adjusted for income.\n\n"People in the early stages may walk less," he said.', 'People in the early', 'Kim Min-jun'],
  // A person of a body in a place; particles one after another; a title and a name with particles after a body.
  ['Tom Smith of ING in London said rates were "far too high for comfort."', 'far too high', 'Tom Smith'],
  ['Sophie de la Rochere of Banque Meridionale wrote in a note that the bank had "done the heavy lifting" on rates.', 'done the heavy', 'Sophie de la Rochere'],
  ['European Commission President Ursula von der Leyen described the pandemic as grave. "We will vaccinate the world," she said.', 'We will vaccinate', 'Ursula von der Leyen'],
  // "one" before a plural is no speaker's phrase.
  ['That match was the one people still asked him about. "Every taxi driver in Spain has told me about that save," he said.', 'Every taxi driver', 'he'],
  // A role that opens a sentence as its subject names whom it describes, for a pronoun after it.
  ['Prime Minister Marguerite Delacroix said the bill would pass. Sigrid Aalto said it would fail.\n\nThe prime minister appeared unmoved. Leaving the chamber, she told reporters the government had "the numbers, the arguments and the time" to pass it.', 'the numbers, the arguments', 'Marguerite Delacroix'],
  // One unnamed person who spoke in the paragraph is "she" there, over a woman who spoke before it; not in a later
  // paragraph.
  ['Superintendent Karima Benhamou said no child would ride a bus for long. She said the district would hold "welcome nights" in May.\n\nA Marsh Creek teacher, who asked that her name not be used because she feared losing her job, said morale had collapsed. "People are already updating their resumes," she said.', 'People are already', 'Marsh Creek teacher'],
  ['Union president Frank DiStefano said the plant was profitable.\n\nOne man, a forklift driver for 22 years who asked not to be named, dubbed it \"the hostage video of the year.\"\n\nA person familiar with the plans said the company had weighed other sites.\n\n"Half the guys on that floor are over 50," he said.', 'Half the guys', 'Frank DiStefano'],
  // Narrowed after review: a lieutenant governor, a former president, a vice chair named after the mayor, a woman
  // called chairman, a role read only after a name, a person's noun before "called".
  ['Gov. Josh Shapiro signed the budget. Lt. Gov. Austin Davis attended the ceremony. "This is a historic day," the governor said.', 'This is a historic', 'Josh Shapiro'],
  ['President Luiz Lula da Silva signed the decree on Tuesday. It drew fire from allies of former president Jair Bolsonaro, who was barred from office. The president said the decree would "protect the Amazon for our grandchildren."', 'protect the Amazon', 'Luiz Lula da Silva'],
  ['Mayor Karen Bass said the vice chair of the council had been briefed. "We are ready," the mayor said.', 'We are ready', 'Karen Bass'],
  ['SEC Chairman Mary Jo White testified before the committee on Tuesday. The chairman said the agency needed "more resources, not fewer."', 'more resources', 'Mary Jo White'],
  ['Laura Chen said a firefighter was hurt. Maria Gomez said the station lacked staff. The firefighter was treated and released. "We are stretched to the limit," she said.', 'We are stretched', 'Maria Gomez'],
  ['Within hours a spokeswoman called Trump "a danger to democracy."', 'a danger to democracy', 'a spokeswoman'],
  ['Many fans were furious. "This is a joke," as one put it.', 'This is a joke', 'one'],
  // A description of a man is never a woman the draft named ("her brother" read after her name).
  ['Rosalind Kowalczyk said the diner stays. Her brother said only: "Spite is a good business plan."', 'Spite is', 'Her brother'],
  // A role before a name says nothing of the person's sex ("voice actor").
  ['US voice actor Alexis Tipton held a panel. "I was overwhelmed," she recalls.', 'I was overwhelmed', 'Alexis Tipton'],
  // A name that opens its paragraph, then a comma, labels the quote after it in a round-up of reactions.
  ['**Social Security Works PAC,** "Social Security Works applauds the nomination of a longtime champion."', 'Social Security Works applauds', 'Social Security Works PAC'],
  ['Carter however said he would welcome a "principled security network" for Asia.', 'principled security', 'Carter'],
  // A given name that is also an auxiliary after the verb names the speaker.
  ['"It is a pretty expensive business model," said Will Doyle, a professor of higher education at Vanderbilt University in Nashville, Tennessee.', 'It is a pretty', 'Will Doyle'],
  ['"It is expensive," said May Chen.', 'It is expensive', 'May Chen'],
  // A capitalised "Will" or "May" before a past or -s form is a surname, not an auxiliary or a cue adverb.
  ['"The eruption of war is a reminder that the nominating process matters," Will wrote.', 'The eruption of war', 'Will'],
  ['"It is over," May said, before leaving the hall.', 'It is over', 'May'],
  // So is "From" (Al From): no preposition stands before a verb.
  ['Al From spoke on Monday. "We won the argument," From said.', 'We won the argument', 'From'],
  // A capitalised word after a quote that breaks off with a comma opens its speaker's clause, not a label ("bill").
  ['"We will not back down from this fight," Bill said.', 'We will not back', 'Bill'],
  // "another" alone after a quote, or opening the clause: one more of the people just quoted, not the one before.
  ['"We came to defend democracy," one protester said. "It is our future and we will fight," said another.', 'It is our future', 'another'],
  ['"We came to defend democracy," one protester said. "It is our future and we will fight," another added.', 'It is our future', 'another'],
  ['One protester left early. Another said: "It is our future and we will fight for it."', 'It is our future', 'Another'],
  // A noun in -s after a quoted word is no verb with an auxiliary for its subject.
  ['Clinton said Trump\'s "divisive" comments do not "fit with what I thought I knew about him."', 'fit with what', 'Clinton'],
  // "said her client" is another's: the attorney stays a man of unknown sex, whom "he" may stand for.
  ['Maria Lopez, 41, was arrested Friday. Jamie Carter, her attorney, said her client would plead not guilty. "We will fight this," he said.', 'We will fight', 'Jamie Carter'],
  ['Mary Jones spoke next. Asked whether he would resign, the mayor shook his head and said, "Not a chance at all."', 'Not a chance', 'the mayor'],
  // A paragraph of quotes continues the speaker whose tag follows a question that ended the paragraph before.
  ['"Look at those hands, are they small hands?" Trump said.\n\n"I guarantee you, there is no problem at all."', 'I guarantee you', 'Trump'],
  // A dialogue tag right before the quote outranks a cue further back in the sentence.
  ['After Brown criticized him during a debate, Hillary shot back, "I suppose I could have stayed home."', 'I suppose', 'Hillary'],
  ['After Brown criticized him during a debate, Hillary retorted, "I suppose I could have stayed home."', 'I suppose', 'Hillary'],
  // "her" right after a speaker's "said" makes a woman of a name whose sex the lists do not know.
  ['Karen Lindgren said another 11 were at risk.\n\nBev Hollister said her husband had two heart attacks.\n\n"Now what?" she said.', 'Now what?', 'Bev Hollister'],
  // A base form after "a" and an adjective, or "show" after "the" and a name, is a noun: the clause's subject speaks.
  ['He sounded a rare note of self-deprecation, saying, "I am not sure I really deserve it."', 'I am not sure', 'he'],
  // A document's author named after "from" speaks for it, not whoever obtained it.
  ['A letter from the American Legion obtained by The Associated Press warns that "any further communication will be through our attorney."', 'any further', 'American Legion'],
  // A month is never what a relative clause hangs on.
  ['The fund criticized two articles published in October that examined "the gap between public position and internal planning."', 'the gap between', 'two articles'],
  // An opening participle with an adverb, and an opening time phrase without its comma, stand before the subject.
  ['Smiling broadly throughout her speech, Mrs. Clinton drew cheers and then boomed, "Today, you proved it."', 'Today, you proved', 'Clinton'],
  ['In 2019 he joined the firm, saying, "I am not sure I deserve it."', 'I am not sure', 'he'],
  ['On Monday the mayor spoke to reporters, saying, "I am not sure I deserve it."', 'I am not sure', 'the mayor'],
  ['Later that day she took the podium and said, "I am not sure I deserve it."', 'I am not sure', 'she'],
];

describe('speakers named apart from the cue', () => {
  for (const [text, quote, speaker] of speakers) {
    it(`${speaker}: "${quote}…"`, () => {
      const found = lint(text).claims.find((c) => c.kind === 'quote' && c.text.includes(quote));
      expect(found?.attribution?.source).toBe(speaker);
    });
  }
});

describe('a cue word after a possessive and a modifier', () => {
  it('is a noun, and the owner of the words speaks', () => {
    const birol = lint('Dr. Fatih Birol briefed leaders on its new report outlining the four "pillars for action" in the 2020s.');
    expect(birol.claims[0]?.attribution?.source).toBe('Fatih Birol');
    const remarks = lint('Mayor Ann Ruiz spoke first. She said in her opening remarks that 40 people died.');
    expect(remarks.claims.find((c) => c.text === '40')?.attribution?.source).toBe('Ann Ruiz');
    const promise = lint('President Mark Lee signed the order, fulfilling his campaign promise to "give the founding the anniversary it deserves."');
    expect(promise.claims[0]?.attribution?.source).toBe('Mark Lee');
    // A plural noun before the verb is its subject.
    expect(lint('Their officials report that 40 people died.').claims[0]?.attribution?.source).toBe('Their officials');
  });
});

describe('"another" as a speaker', () => {
  it('is vague, and a determiner before a noun stays no speaker', () => {
    const r = lint('One resident said the water was brown. Another said it had been brown for 12 days. Another report said 14 wells failed.');
    expect(r.claims.find((c) => c.text === '12')?.attribution).toMatchObject({ source: 'Another', kind: 'vague' });
    expect(r.claims.find((c) => c.text === '14')?.attribution?.source).toBe('Another report');
  });
});

describe('a paragraph that ends with a colon', () => {
  it('gives the next quotes no speaker when the word before the colon is not its subject\'s verb', () => {
    const text = "Trump's memorandum directs agencies to review rules under ten recent decisions:\n\n1.  Agencies must repeal any rule not consonant with the \"single, best meaning\" of the statute authorizing it.";
    const found = lint(text).claims.find((c) => c.kind === 'quote');
    expect(found?.attribution).toBeNull();
  });
});

/** Each text's first quote has no speaker. */
function expectNoSpeaker(texts: string[]): void {
  for (const text of texts) {
    const found = lint(text).claims.find((c) => c.kind === 'quote');
    expect(found?.attribution ?? null, text).toBeNull();
  }
}

describe('a quote introduced by a comma or a colon', () => {
  it('takes no speaker from a word that only opens the sentence', () => {
    expectNoSpeaker(['Sooner or later, "I think we will have a consumption tax."', 'Trump returned the compliment. Reuters, "Sheldon and I have been friends for a long time."', 'But, "We are, in effect, in a war, and loose lips sink ships."', 'The order protects privacy for many state workers "to cover sexual orientation and gender identity."', 'He attacked a super PAC called Future45 funded by two donors. "So they clearly think I am going to do what I say."', 'Holding open a book, "I just want to ask you if you can recognize this person."', 'To that: "A man is a man no matter what they call themselves."']);
  });

  it('nor from a place or body after a preposition ("Tuesday at Baldwin Wallace University in Berea, after winning Ohio, "…"")', () => {
    expectNoSpeaker(['Tuesday at Baldwin Wallace University in Berea, after winning Ohio in the primary, "I am getting ready to rent a covered wagon."']);
    // (A subject and its verb still introduce: "At the rally Sunday, Trump responded, "…"".)
    expect(firstQuoteSource('At the rally Sunday, Trump responded, "We will win this state easily."')).toBe('Trump');
  });
});

describe('rules that stay out of ordinary prose', () => {
  const sourceOf = (text: string, claim: string): string | null => lint(text).claims.find((c) => c.text.includes(claim))?.attribution?.source ?? null;
  it('reads a participle after "said X" as X\'s description, not the start of a clause', () => {
    expect(sourceOf('Prices will rise 5% next year, said economists polled by Reuters.', '5%')).toBe('economists');
    expect(sourceOf('About 40 people were hurt, said officials based in Kyiv.', '40')).toBe('officials');
  });
  it('takes a poll\'s sample, not a candidate\'s share or anyone questioned, as a pollster\'s figure', () => {
    expect(sourceOf('Sanders polled 18 percent in New Hampshire.', '18 percent')).toBeNull();
    expect(sourceOf('Detectives interviewed 40 witnesses over two days.', '40')).toBeNull();
  });
  it('keeps a figure that is part of a name in the name', () => {
    expect(sourceOf('According to a Channel 4 News investigation, 40 patients died.', '40')).toBe('a Channel 4 News investigation');
    expect(sourceOf('According to a March 14, 2019 NATO press release, Hungary spent 1.15% of its GDP.', '1.15%')).toBe('a March 14 2019 NATO press release');
  });
  it('gives the words after a colon to the one who issued them, not to one who obtained them', () => {
    expect(sourceOf('Reporters obtained the memo:\n\n"We will close 40 stores by June, effective at once."', 'We will close')).toBeNull();
  });
  it('takes no subject through a relative clause after the object of a preposition', () => {
    expect(sourceOf('The law gives a cause of action for an individual who has an image of themselves disclosed without consent, with damages up to $150,000.', '$150,000')).toBeNull();
  });
  it('keeps sources "at" a company vague, and a city named like a person a place', () => {
    expect(lint('Sources at Goldman Sachs said 200 jobs would go.').claims[0].attribution?.kind).toBe('vague');
    expect(sourceOf('Officials in Austin said 40 homes flooded.', '40')).toBe('Officials in Austin');
  });
  it('reads a surname in -ing before its verb as a speaker', () => {
    expect(sourceOf('Harding was blunt: "We played badly and we lost the game."', 'We played')).toBe('Harding');
  });
});

describe('a data set named as a source', () => {
  it('speaks no quote, in its sentence or in a turn after it', () => {
    expectNoSpeaker(['Trump, who leads in opinion polls of Republican voters, spoke. "He was very charming to all of us."', 'In the Monmouth poll, "a clear majority of voters" backed the plan.']);
  });
});

describe('a partial quote after a verb no list holds', () => {
  it('gives no speaker where no past tense stands after a subject, or the quote opens a sentence', () => {
    expectNoSpeaker(['The bill includes funds "to protect our children from harm."', 'Key reforms "to protect our children from harm" came first.', 'Smith arrived late. "We will protect our children from harm."']);
  });
});

describe('cue forms', () => {
  it('map every form to the first verb of its own group, line ends included', async () => {
    const { CUE_FORMS } = await import('../../server/src/core/text/lexicon');
    expect([CUE_FORMS.get('spoke'), CUE_FORMS.get('estimated'), CUE_FORMS.get('warned'), CUE_FORMS.get('called')]).toEqual(['speak', 'estimate', 'warn', 'call']);
  });
});

describe('words that are names of built-in properties', () => {
  it('reads "constructor" and "&constructor;" as text, not as properties of an object', () => {
    expect(lint('Constructor said 40 people died.').claims.find((c) => c.text === '40')?.attribution?.source).toBe('Constructor');
    expect(lint('The constructor claims that the bridge will cost $5 million.').claims.find((c) => c.text === '$5 million')?.attribution?.source).toBe('The constructor');
    expect(lint('The firm &constructor; and &toString; said 40 people died.').claims.map((c) => c.text)).toEqual(['40']);
  });
});

describe('the given-name lists', () => {
  it('hold names of international news, and leave out the places and surnames the corpus writes alone', async () => {
    const { isGivenName, nameGender } = await import('../../server/src/core/text/names');
    expect([nameGender('Dragana'), nameGender('Adaeze'), nameGender('Eliud')]).toEqual(['female', 'female', 'male']);
    expect(['Germany', 'London', 'Arabia', 'Myers'].filter(isGivenName)).toEqual([]);
    // Written in lower case, capitalised or in capitals, or with a capital inside.
    expect(['mary', 'Mary', 'MARY', 'McKenzie', 'Élodie'].map(isGivenName)).toEqual([true, true, true, true, true]);
  });
});

describe('a name and an appositive at the end of a paragraph', () => {
  it('is read without error when the paragraph stops inside the appositive', () => {
    for (const text of ['Carbonwatch, an', 'Carbonwatch, an independent think', 'Carbonwatch, the', 'Carbonwatch,']) expect(() => lint(text)).not.toThrow();
  });
});

describe('a span of time between an auxiliary and the cue', () => {
  it('is no source: the subject before the auxiliary speaks', () => {
    expect(firstSource('She has in recent weeks said that "taxes are far too high."')).toBe('she');
    expect(firstSource('Trump met Glenn Beck, who has in the past described him as "a dangerous man."')).toBe('Glenn Beck');
    expect(firstSource('Officials have over the past few days said 40 people died.')).toBe('Officials');
    // A span that opens the clause keeps its own reading.
    expect(firstSource('In recent weeks, officials said 40 people died.')).toBe('officials');
  });
});

describe('a role titled with its object', () => {
  it('is the role, not the object: "secretary of state", "chief of staff"', () => {
    expect(firstSource('The former secretary of state said 40 diplomats were expelled.')).toBe('The former secretary of state');
    expect(firstSource('The chief of staff said 40 aides would leave.')).toBe('The chief of staff');
    expect(firstSource('The director of communications said 40 staff would leave.')).toBe('The director of communications');
    expect(lint('The minister of defence told reporters 40 soldiers died.').claims[0]?.attribution?.kind).toBe('role');
  });
});

describe('an adverb and a participle opening the phrase after "according to"', () => {
  it('describe the document that follows ("newly released data from …")', () => {
    expect(firstSource('According to newly released data from the ministry, 40 people died.')).toBe('newly released data from the ministry');
    expect(firstSource('According to the recently published figures, 40 people died.')).toBe('the recently published figures');
    expect(lint('According to newly released data from the ministry, 40 people died.').claims[0]?.attribution?.kind).toBe('document');
  });
});

describe('a participle that describes a noun', () => {
  it('is no cue between an article and its noun, nor before the clause\'s own verb', () => {
    expect(firstSource('This builds on the newly announced commitment of an additional $2.76 billion.')).toBeUndefined();
    expect(firstSource('The actions announced today build on more than $10 billion in investments.')).toBeUndefined();
    expect(firstSource('The investments announced today represent $40 million.')).toBeUndefined();
    expect(firstSource('The ministry announced today 40 new grants.')).toBe('The ministry');
  });
});

describe('"by" before a gerund', () => {
  it('says how, and names no source', () => {
    expect(lint('The United States set a record by exporting more than 100 million tons of gas.').claims[0]?.attribution).toBeNull();
    expect(lint('The firm grew by selling more than 166,000 cars.').claims[0]?.attribution).toBeNull();
    expect(lint('Figures compiled by the coalition show 40 deaths.').claims[0]?.attribution?.source).toBe('the coalition');
  });
});

describe('an adjective in -ed before a document noun after "according to"', () => {
  it('stays in the phrase ("the latest uninsured data from the CDC"), a cue in -ed does not', () => {
    expect(lint('According to the latest uninsured data from the CDC, coverage was higher among Latino persons (4.2 percent).').claims[0]?.attribution?.source).toBe('the latest uninsured data from the CDC');
    expect(lint('The FDA announced results, noting that "few of the products are sold in the U.S. market today."').claims[0]?.attribution?.source).toBe('The FDA');
  });
});

describe('a cue\'s base form after "the" and an adjective', () => {
  it('is a noun ("the initial report of the working group"), but not after a plural without -s', () => {
    expect(lint('Since release of the initial report of the working group in April, officials have held nearly a dozen meetings.').claims[0]?.attribution).toBeNull();
    expect(lint('The local police report 40 deaths.').claims[0]?.attribution?.source).toBe('The local police');
    expect(lint('The analysts estimate 40% growth.').claims[0]?.attribution?.source).toBe('The analysts');
  });
});

describe('"per" before a bare noun and "by" before a time', () => {
  it('make a rate or a deadline, not a source; a date after a body\'s name is not part of it', () => {
    expect(firstAttribution('Most families would pay $10 per day, saving the average family over $600 per child, per month.')).toBeNull();
    expect(firstAttribution('At least 31 companies were under investigation by year end.')).toBeNull();
    expect(firstAttribution('The firm commits to listing prices in its reports by July 2024, helping thousands of shoppers.')).toBeNull();
    expect(firstAttribution('Per the report, 40 people died.')?.source).toBe('the report');
    expect(firstAttribution('The statement by the UN Security Council on December 1, 2023, condemned attacks on 44 ships.')?.source).toBe('the UN Security Council');
  });
});

describe('reports in a place\'s press at large', () => {
  it('are as vague as reports alone ("reports in the Israeli press", "in Chinese state media"); a paper named is a document', () => {
    expect(firstAttribution('According to reports in the Solvar press, the talks will last 12 days.')).toMatchObject({ kind: 'vague', source: 'reports' });
    expect(firstAttribution('According to reports in Chinese state media, 12 people died.')?.kind).toBe('vague');
    expect(firstAttribution('According to reports in the Guardian, 12 people died.')?.kind).toBe('document');
    expect(firstAttribution('According to a report in the Associated Press, 12 people died.')?.kind).toBe('document');
  });
});

describe('a relative time after a source phrase', () => {
  it('ends the phrase, or stands between a document and its author', () => {
    expect(firstSource('According to a poll published by NBC News last week, over 220 members favored it.')).toBe('a poll published by NBC News');
    expect(firstSource('According to a national Gallup Poll taken last week, 40% approve.')).toBe('a national Gallup Poll');
    expect(firstSource('According to a study last year by the Brookings Institution, 40% of workers quit.')).toBe('a study by the Brookings Institution');
  });
});

describe('words said as nouns, an idiom, a clause after "say", and "I"', () => {
  it('are read as such', () => {
    expect(firstAttribution('He dismissed his recent remarks as "just a joke."')?.source).not.toBe('his recent');
    expect(firstAttribution('Rep. Elijah Cummings said that it was "100 percent committed to an open and transparent process," an implicit caution to the Sanders camp.')?.source).toBe('Elijah Cummings');
    expect(firstAttribution('A third of independents, 33%, say they feel that way.')).toBeNull();
    expect(firstAttribution('Both sides take note of the 40 ships.')).toBeNull();
    expect(firstAttribution('"We will win," I said.')?.source).toBe('I');
  });
});

describe('a label of capitalised words before a colon', () => {
  it('names the person that ends it, or the whole body; a date, a topic or a citation names no one', () => {
    expect(firstSource('**Secretary of Housing and Urban Development Scott Turner:** "For too long Washington has put foreign interests first."')).toBe('Scott Turner');
    expect(firstSource('**Senate Majority Whip John Barrasso:** "We will pass this bill."')).toBe('John Barrasso');
    expect(firstSource('**The New York Times:** "Gas prices fell for a fifth week."')).toBe('The New York Times');
    expect(firstSource('-   **January 19, 2025:** "We will rebuild our once-great cities."')).toBeUndefined();
    expect(firstSource('**On Artificial Intelligence:** "We are leading everybody by a lot."')).not.toBe('On Artificial Intelligence');
  });
});

describe('pronouns with a contraction, "All told", and "we"', () => {
  it('read as the pronoun, an idiom, and the writer\'s side', () => {
    expect(firstAttribution('My dad used to have an expression. He’d say, "A job is about a lot more than a paycheck."')?.kind).toBe('pronoun');
    expect(firstAttribution('All told, the plan would cut the poverty rate by more than 21 percent.')).toBeNull();
    expect(firstAttribution('Omar Khan spoke first. We said 40 people died.')?.source).toBe('we');
  });
});

describe('capitals joined by "of", "for" or "on"', () => {
  it('name a body, not the person "League" or "America"; a person of a place stays a person', () => {
    expect(firstAttribution('The National League of Cities said 40 cities will build.')).toMatchObject({ kind: 'organization', source: 'The National League of Cities' });
    expect(firstAttribution('**Concerned Veterans for America:** "This shutdown could be catastrophic for veterans."')).toMatchObject({ kind: 'organization', source: 'Concerned Veterans for America' });
    expect(firstAttribution('Rand Paul of Kentucky said 40 senators agree.')?.source).toBe('Rand Paul');
    expect(firstAttribution('Americans for Prosperity Energy Policy Fellow Faith Burns said 40 plants closed.')?.source).toBe('Faith Burns');
  });
});

describe('a label with a comma, a suffix or initials', () => {
  it('still names the person after the title, and keeps an initial\'s full stop', () => {
    expect(firstSource('**Secretary of the Interior, Doug Burgum:** "This administration will unleash energy."')).toBe('Doug Burgum');
    expect(firstSource('[U.S. Chamber of Commerce Executive Vice President Neil Bradley](https://example.com/x): "The House sent a clear message today."')).toBe('Neil Bradley');
    expect(firstSource('**Senate Finance Committee Chair Ron Wyden:** "This bill lowers costs."')).toBe('Ron Wyden');
    expect(firstSource('**U.S. Travel Association:** "Travel is back."')).toBe('U.S. Travel Association');
  });
});

describe('a quote in capitals inside its clause', () => {
  it('is the words of the clause\'s subject, as a partial quote is', () => {
    expect(lint('Cruz questioned whether "New York values" had a place in the party.').claims[0]?.attribution?.source).toBe('Cruz');
    // After a possessive the words are the possessor's, or a title: no speaker from the clause.
    expect(lint('The board rejected Smith\'s "Plan for a better city" and voted against it.').claims[0]?.attribution).toBeNull();
    // A whole sentence in quotes is not inside a clause.
    expect(lint('Cruz left early. "New York values matter."').claims[0]?.attribution).toBeNull();
  });
});

describe('an -s form after a first word that describes', () => {
  it('is a plural noun, not a cue ("New projects include …")', () => {
    expect(lint('New projects include 40 bridges.').claims[0]?.attribution).toBeNull();
    expect(lint('Specific projects will receive $40 million.').claims[0]?.attribution).toBeNull();
    expect(lint('Recent reports show 40 deaths.').claims[0]?.attribution?.source).toBe('Recent reports');
  });
});

describe('a label that opens the paragraph with one person among titles and bodies', () => {
  it('is that person\'s ("Senior fellow Ryan Mulholland, Center for American Progress (CAP):")', () => {
    expect(firstSource('**Senior fellow Ryan Mulholland, Center for American Progress (CAP):** "It saves 40 plants."')).toBe('Ryan Mulholland');
    expect(firstSource('[Illinois cattle farmer Alan Adams](https://example.com/a): "We waited 30 years for this."')).toBe('Alan Adams');
    expect(firstSource('**Fox News\u2019s Bill Melugin:** "Crossings fell 40 percent."')).toBe('Bill Melugin');
    expect(firstSource('**St. Louis, MO Mayor Tishaura Jones:** "We hired 40 officers."')).not.toBe('Louis');
  });

  it('but not a clause before a colon, nor a label of two people', () => {
    expect(firstSource('**The mayor thanked Governor Jane Smith:** "We hired 40 officers."')).not.toBe('Jane Smith');
    expect(firstSource('**Joe Biden and Kamala Harris:** "We hired 40 officers."')).not.toBe('Joe Biden');
  });
});

describe('the round\'s rules at their edges', () => {
  it('keep what they should not take', () => {
    // A label with commas: the name first, or the name last; nothing else.
    expect(firstAttribution('**Kris Brown, President, Brady United:** "Tonight, we echo the 300 families."')?.source).toBe('Kris Brown');
    expect(firstAttribution('**Ethan Lane of the National Cattlemen\'s Beef Association:** "We lost 40 ranches."')?.source).toBe('Ethan Lane');
    // "we" in a turn of a transcript is the labelled speaker.
    const turns = lint('An interview.\n\n**Interviewer:** What did you find?\n\n**Natasha Gownaris:** We estimate declines of at least 43% since 1987.\n\n**Interviewer:** And then?\n\n**Natasha Gownaris:** Not much.\n');
    expect(turns.claims.find((c) => c.text === 'at least 43%')?.attribution?.source).toBe('Natasha Gownaris');
    // "per" before a source, "by" before a noun's modifier in -ing or a given name that is a month.
    expect(firstAttribution('At least 12 people died, per police.')?.source).toBe('police');
    expect(firstAttribution('A tally by nursing home operators put the toll at 400.')?.source).toBe('nursing home operators');
    expect(firstAttribution('The toll stood at 400, by April Ryan\'s count.')?.source).toBe('April Ryan\'s count');
    // A body before a base form, "that" after it, a quantifier subject, a capitalised "Mark".
    expect(firstAttribution('The council estimate that 300 homes will be lost.')?.source).toBe('The council');
    expect(firstAttribution('Both independently estimated that 400 people died.')?.kind).toBe('pronoun');
    expect(firstAttribution('The company announced Tuesday Mark Carney would lead 40 projects.')?.source).toBe('The company');
    // A person of a place or of a body named with "of".
    expect(firstAttribution('Rutte of the Netherlands said 40 people died.')?.kind).toBe('named');
    expect(firstAttribution('Zandi of Moody\'s Analytics said 40 people died.')?.kind).toBe('named');
  });
});

describe('a relative time before "from", and a past decade', () => {
  it('stand between a document and its author, and between an auxiliary and its cue', () => {
    expect(lint('According to a report last week from the ministry, 40 people died.').claims[0]?.attribution?.source).toBe('a report from the ministry');
    expect(lint('The company has over the past decade reported losses of $40 million.').claims[0]?.attribution?.source).toBe('The company');
  });
});

describe('a body named with "of the"', () => {
  it('is the whole name, and a person of it is the person', () => {
    expect(firstSource('The Department of the Interior announced a new ten-year lease.')).toBe('The Department of the Interior');
    expect(firstSource('The Office of the Director of National Intelligence said 40 people died.')).toBe('The Office of the Director of National Intelligence');
    expect(firstSource('A spokesman for the Department of the Treasury said 40 people died.')).toBe('A spokesman for the Department of the Treasury');
    expect(firstSource('Jane Doe of the Department of the Interior said 40 people died.')).toBe('Jane Doe');
    expect(firstSource('Prime Minister Mark Rutte of the Netherlands said 40 people died.')).toBe('Mark Rutte');
  });
});

describe('a pronoun with "\'ve"', () => {
  it('is the pronoun, not a name', () => {
    expect(firstAttribution("We've said for years that 40 percent of homes flood.")).toMatchObject({ kind: 'pronoun', source: 'we' });
    expect(firstAttribution('And I\u2019ve said from the time I decided to run, \u201cBecause of this generation.\u201d')?.kind).toBe('pronoun');
    // Told is no report by the one told.
    expect(firstAttribution("I've been told that 40 homes flooded.")).toBeNull();
  });
});

describe('a firm named with an ampersand', () => {
  it('is the whole name, written as it stands', () => {
    expect(firstAttribution('Johnson & Johnson announced a new $55 billion investment.')).toMatchObject({ kind: 'organization', source: 'Johnson & Johnson' });
    expect(firstSource('Sales rose 4%, according to Marks & Spencer.')).toBe('Marks & Spencer');
    expect(firstSource('Over half a million could be affected, according to PG&E.')).toBe('PG&E');
    expect(firstSource('AT&T said 40 stores closed.')).toBe('AT&T');
    // A person of the firm is still the person.
    expect(firstSource('Procter & Gamble CEO Jon Moeller said sales rose 4%.')).toBe('Jon Moeller');
  });
});

describe('a data set as the subject', () => {
  it('goes on to how it was taken, past its sample and place, and names its maker', () => {
    expect(firstSource('The online and telephone survey of 1,530 adults in the seven-county metro area was conducted Feb. 2-16.')).toBe('The online and telephone survey');
    expect(firstSource('Its online survey reached 4,212 teachers.')).toBe('Its online survey');
    // Not past a clause of its own, nor ahead of a body that made it after its sample.
    expect(firstSource('The poll of 800 voters in the district, which was commissioned by the Smith campaign, had a margin of error of 3.5 points.')).toBe('the Smith campaign');
    expect(firstSource('A survey of 1,000 adults across 50 states by Gallup found 40 percent approve.')).toBe('Gallup');
    expect(firstSource('The survey covered 12 counties, according to the health department.')).toBe('the health department');
    expect(firstSource("The survey, conducted by the university's Office of Institutional Research in October, drew responses from 3,947 students.")).toBe('The survey');
    expect(firstAttribution('A public poll by the Keystone Polling Institute released in July had Rivera ahead by 11 points.')).toMatchObject({ kind: 'document', source: 'A public poll by the Keystone Polling Institute' });
    // A maker's modifier is no name; a preposition that opens the sentence names no data set.
    expect(firstSource('A poll by the Republican-aligned firm Canyon Analytics had Tillman ahead by 1.')).toBe('A poll');
    expect(firstSource('Deaths fell. One preliminary analysis from March found 40 deaths.')).toBe('One preliminary analysis');
    expect(firstSource('Jobs are up. With today\u2019s report of 303,000 new jobs in March, we have passed the milestone.')).toBeUndefined();
    expect(firstSource('Funds went out. On average, 50 percent of the total funds have gone directly to students.')).toBeUndefined();
  });
});

describe('a body named with "of" as the subject of a later cue', () => {
  it('is the body, not a role "of" something', () => {
    expect(firstSource('The Bank of Estmark raised its rate to 4.75 percent and said it was prepared to go further.')).toBe('The Bank of Estmark');
    expect(firstSource('The Ministry of the Interior closed 40 roads and said more would follow.')).toBe('The Ministry of the Interior');
    expect(firstSource('The head of the agency closed 40 roads and said more would follow.')).toBeUndefined();
    expect(firstSource('The EO charges the Director of the Office with 40 reviews and said more would follow.')).toBeUndefined();
  });
});

describe('a body whose name ends in its number', () => {
  it('is the body with its number', () => {
    expect(firstAttribution('The agreement passed with 78 percent of the vote, Amalgamated Transit Workers Local 1402 said.')).toMatchObject({ kind: 'organization', source: 'Amalgamated Transit Workers Local 1402' });
    expect(firstSource('Fire crews saved 40 homes, Channel 4 reported.')).toBe('Channel 4');
  });
});

describe('a reckoning someone owns, after "by" anywhere in the sentence', () => {
  it('is its owner\'s: "and by her own estimate had more than 1,500 students"', () => {
    const claims = lint('Maria Lopez taught fiddle for 62 years, and by her own estimate had more than 1,500 students.').claims;
    expect(claims.map((c) => c.attribution?.source)).toEqual(['Maria Lopez', 'Maria Lopez']);
    // Not a reckoning nobody owns in mid-sentence: "Prices rose by one estimate 40 percent" is left as it was read.
    expect(firstSource('Prices rose by one estimate 40 percent.')).toBeUndefined();
    // Nor a cause or an agent: "stunned by his account of the crash", "inflated by their estimate".
    expect(firstSource('The crowd was stunned by his account of the crash, which killed 3 people.')).toBeUndefined();
    expect(firstSource('Smith disputed the figure of 300, calling it inflated by their estimate.')).toBeUndefined();
  });
});

describe('"by" before a measure of how much', () => {
  it('names no source: "led the polls by an average of seven points"', () => {
    const sources = lint('Trump led the last 10 polls by an average of seven points, and lost 27.6 percent to 24.3 percent.').claims.map((c) => c.attribution?.source);
    expect(sources).toEqual([undefined, undefined]);
    // A document's maker after "by" still is one.
    expect(firstSource('The surveys by the Pew Research Center found 40 percent support.')).toBe('The surveys by the Pew Research Center');
  });
});

describe('a relative named after a possessive later in the sentence', () => {
  it('describes someone else: neither the sex nor a role of the person named', () => {
    expect(firstQuoteSource('John Miller defended his mother and praised Pat Robertson. "Family values people are not out to bash gays," he said.\n')).toBe('John Miller');
    // An appositive's possessive is the person's own description.
    expect(firstQuoteSource('Mary Smith, his wife, was there. Tom Smith spoke too. "We are fine," she said.\n')).toBe('Mary Smith');
  });
});

describe('a surname before a role and its holder', () => {
  it('is not the person a later pronoun stands for', () => {
    expect(firstQuoteSource('Danielle Osei is running for mayor.\n\nOsei campaign spokeswoman Gabriela Ruiz did not dispute the figures. "We do not comment on internal polling," she said.\n')).toBe('Gabriela Ruiz');
    expect(firstQuoteSource('Donald Trump spoke on Monday.\n\nTrump adviser Stephen Miller defended the plan. "It will work," he said.\n')).toBe('Stephen Miller');
    // A verb between them keeps the subject.
    expect(firstQuoteSource('Mary Smith spoke on Monday. Smith met senator Jane Doe. "It will work," she said.\n')).toBe('Mary Smith');
  });
});

describe('one unnamed person of a named body', () => {
  it('is as vague as any unnamed official', () => {
    expect(firstAttribution('An FDA official said 40 people died.')).toMatchObject({ kind: 'vague', source: 'An FDA official' });
    expect(firstAttribution('A Senate Republican aide said 40 people died.')?.kind).toBe('vague');
    // A spokesman speaks for the body on the record.
    expect(firstAttribution('A Pentagon spokesman said 40 people died.')?.kind).not.toBe('vague');
  });
});

describe('a bare plural group with a common modifier', () => {
  it('is vague, whether or not its first word is capitalised by the sentence', () => {
    expect(firstAttribution('Housing advocates say the ruling will cost 400 homes.')?.kind).toBe('vague');
    expect(firstAttribution('Former players say more than 3,000 students attended.')?.kind).toBe('vague');
    expect(firstAttribution('The river towns sit near 2%, real estate agents say.')?.kind).toBe('vague');
    // With a determiner, the group is one the story has named.
    expect(firstAttribution('The players said they lost 40 games.')?.kind).toBe('role');
  });
});

describe('the round\'s rules, reviewed at their edges', () => {
  it('keep real counts, people and bodies', () => {
    // An amount after a group is no age bracket.
    expect(figures('The program gives parents over 500 euros a month.')).toEqual(['over 500 euros']);
    expect(figures('The club gave fans over 100 free tickets.')).toEqual(['over 100']);
    // The news, not the sources, after "citing"; an aside that reports on the people counted.
    expect(figures('The agency issued the recall, citing two people killed in crashes.')).toEqual(['two']);
    expect(figures('Two officers, who were suspended without pay, said they followed policy.')).toEqual(['Two']);
    // A count of what a "zero" term qualifies; leaders and programs are counted.
    expect(figures('The county reached zero carbon monoxide deaths this winter.')).toEqual(['zero']);
    expect(figures('Their four leaders were killed in the raid.')).toEqual(['four']);
    expect(figures('A four-year program opened.')).toEqual(['four-year']);
    // People beside an ampersand are people.
    expect(firstSource('Head of Sales & Marketing Jane Smith said 40 stores closed.')).toBe('Jane Smith');
    expect(firstSource("Sales rose 4 percent, Procter & Gamble's Jon Moeller said.")).toBe('Jon Moeller');
    expect(firstSource('Tom & Mary Smith said 40 people came.')).toBe('Mary Smith');
    // A body's person, a title, a day: not the body named with "of".
    expect(firstSource("The Bank of Estmark's governor cut the rate to 4.75 percent and said more cuts were possible.")).toBeUndefined();
    expect(firstSource('The Governor of Texas signed the bill with 40 votes and said it was overdue.')).toBeUndefined();
    expect(firstSource('The Bank of Estmark Tuesday raised its rate to 4.75 percent and said it was ready.')).toBe('The Bank of Estmark');
    expect(firstSource('The Department of Health and Human Services released 40 rules and said more would follow.')).toBe('The Department of Health and Human Services');
  });
});

describe('a thing named after a person', () => {
  it('names no one a pronoun could stand for', () => {
    expect(firstQuoteSource('Conrad Aldane joined the AP in 1966.\n\nHe won the George Polk Award in 1993 for his reporting.\n\n"I went to Sarajevo thinking I knew what a siege was," he wrote in his memoir.\n')).toBe('Conrad Aldane');
    // (A cup named after one: "a former Swedish Davis Cup player".)
    expect(firstQuoteSource('She has worked with coach Tomas Lindqvist, a former Swedish Davis Cup player.\n\nThe first week we worked together, he told me, "You\'re playing not to lose."\n')).toBe('Tomas Lindqvist');
  });
});

describe('a birth name', () => {
  it('is the subject\'s own, not someone new a pronoun stands for', () => {
    expect(firstQuoteSource('Harriet Quill, the author, died Monday.\n\nBorn Harriet Lowell in Springfield, she taught second grade for 11 years.\n\n"He was not sad," she wrote in her memoir.\n')).toBe('Harriet Quill');
  });
});

describe('people of a place or body', () => {
  it('are the source, classed by who they are, not the place', () => {
    expect(of('Relatives of the victims said 40 people died.')).toEqual({ source: 'Relatives of the victims', vague: true });
    expect(of('The mayor of the town said 40 people died.')).toEqual({ source: 'The mayor of the town', vague: false });
    expect(of('The chairman of the Federal Reserve said 40 banks failed.')).toEqual({ source: 'The chairman of the Federal Reserve', vague: false });
    // (Officials are as unnamed at a body as "White House officials" are: vague, classed by who they are.)
    expect(of('Senior health officials at the ministry said 40 people died.')).toEqual({ source: 'Senior health officials at the ministry', vague: true });
    // Vague where the place does not make them checkable: a crowd in a place, an unknown clinic, unnamed sources.
    expect(of('Officials in the province said 40 people died.')).toEqual({ source: 'Officials in the province', vague: true });
    expect(of('Doctors at a clinic on the outskirts of Mbaso said they treated more than 300 patients.')).toEqual({ source: 'Doctors at a clinic on the outskirts of Mbaso', vague: true });
    expect(of('Sources in the interior ministry said the estimate was closer to 60,000.')).toEqual({ source: 'Sources in the interior ministry', vague: true });
    expect(of('"It will pass," a Democratic staffer in the room said of the 40 votes.')).toEqual({ source: 'a Democratic staffer in the room', vague: true });
    // A spokesman for the body speaks (one person, unnamed); a few of a group are unnamed; a number is no person.
    expect(firstSource('A spokesman for the ministry said 40 people came.')).toBe('A spokesman for the ministry');
    expect(of('Some of the protesters said 40 people were hurt.')).toEqual({ source: 'Some of the protesters', vague: true });
    expect(firstSource('It paid $5 million for phase one of a terminal expansion project that will add 27,000 square feet.')).toBeUndefined();
  });

  it('are the same after the cue', () => {
    expect(of('40 people died, said officials at the health ministry.')).toEqual({ source: 'officials at the health ministry', vague: true });
    expect(of('40 people died, according to relatives of the victims.')).toEqual({ source: 'relatives of the victims', vague: true });
    // (Not checkable at a scene or a time, nor when some of them: "according to witnesses at the scene".)
    expect(of('40 people died, according to witnesses at the scene.')?.vague).toBe(true);
    expect(of('40 people died, according to some officials at the ministry.')?.vague).toBe(true);
    expect(of('40 people died, researchers at the treasury said.')?.vague).toBe(false);
    expect(of('40 people died, according to an official at the ministry.')).toEqual({ source: 'an official at the ministry', vague: true });
    expect(of('40 people died, according to doctors at a clinic in the town.')).toEqual({ source: 'doctors at a clinic', vague: true });
    // (Not a title before a name, nor a role owning the source.)
    expect(of('The bill has 40 votes, said former secretary of state Hillary Clinton.')?.source).not.toContain('of state');
  });

  it('counted as they speak are not a claim', () => {
    expect(figures('Two officials at the ministry said 40 people died.')).toEqual(['40']);
    expect(figures('Three members of the board told reporters that 40 people died.')).toEqual(['40']);
    expect(figures('Two officers in the unit were fired.')).toEqual(['Two']);
  });
});

describe('the World Health Organization', () => {
  it('is a source, not the pronoun "who"', () => {
    expect(firstSource('The WHO said 40 people died.')).toBe('The WHO');
    expect(firstSource('An outbreak in 2023 killed 164, according to WHO figures.')).toBe('WHO figures');
    expect(firstSource('The disease killed 40, WHO said.')).toBe('WHO');
  });
});

describe('a name set off after a role', () => {
  it('is the person a later pronoun stands for', () => {
    const quote = (intro: string) => firstQuoteSource(`Ergashev said the deal was good.\n\n${intro} was more guarded. He called the deal “a first step, not a final settlement” and left.\n`);
    expect(quote('His counterpart, Davlat Nazarzoda,')).toBe('Davlat Nazarzoda');
    expect(quote('The Tajik foreign minister, Davlat Nazarzoda,')).toBe('Davlat Nazarzoda');
    // (A nationality after a possessive is no name: "His Tajik counterpart".)
    expect(quote('His Tajik counterpart, Davlat Nazarzoda,')).toBe('Davlat Nazarzoda');
  });

  it('keeps no letters after it, and speaks when quoted "as saying" after a comma', () => {
    expect(firstQuoteSource('Helen Marchbank, the prosecutor, spoke first.\n\nPettifer\'s barrister, Rachel Ashdown KC, told the court her client was ruined.\n\n"He is a broken man," she said.\n')).toBe('Rachel Ashdown');
    expect(firstAttribution('Pettifer\'s barrister, Rachel Ashdown KC, told the court that 40 people came.')?.kind).toBe('named');
    expect(firstQuoteSource('The state agency, UzA, quoted the foreign ministry’s spokesperson, Nilufar Yusupova, as saying the deal “closes a painful chapter in our history” after talks.')).toBe('Nilufar Yusupova');
  });
});

describe('a description before a name', () => {
  it('is not the person named after it in the same paragraph', () => {
    expect(firstQuoteSource('Fiona McAllister said the union would strike.\n\nIn a statement, the airline called the strike "unnecessary and deeply disappointing" and said its offer was fair. Chief executive Graham Noble told BBC Scotland the airline had made a profit.\n')).toBe('the airline');
  });
});

describe('a body named where it is based', () => {
  it('is a body, not a person a later pronoun could stand for', () => {
    expect(firstAttribution('Melbourne-based Tarrant Fibres announced that 40 jobs would go.')?.kind).toBe('organization');
    expect(firstQuoteSource('Noel Brennan walked out of the mill.\n\nIts owner, Melbourne-based Tarrant Fibres, announced in March that it would move production.\n\nBrennan, 61, started at the mill in 1981.\n\n"You could feel it in your chest," he said.\n')).toBe('Noel Brennan');
    // (A person based there stays a person.)
    expect(firstAttribution('Texas-based strategist Matt Mackowiak said 40 people came.')?.kind).toBe('named');
  });

  it('leaves a description before a name in its own sentence to that name', () => {
    expect(firstQuoteSource('The editor I was talking to, Tim Grieve, interrupted me to announce, "And there goes the franchise."')).toBe('Tim Grieve');
  });
});

describe('a relative clause after a name and its appositive', () => {
  it('hangs on the name', () => {
    expect(firstSource('The sharpest exchange came from Sen. Lorna Veit, Democrat of Oregon, who said 40 people had died.')).toBe('Lorna Veit');
    expect(firstSource('The plan came from Acme Corp, a firm in Ohio, which said 40 people had died.')).toBe('Acme Corp');
  });
});

describe('the name a source goes by', () => {
  it('names them: "who gave his name only as Hassan", "identified only as Ahmed"', () => {
    expect(firstQuoteSource('Coast guard spokesman Nikos Theodorakis said survivors were taken aboard.\n\nA Syrian man, who gave his name only as Hassan, said his brother was missing. "The water came in from below," he said.\n')).toBe('Hassan');
    expect(firstQuoteSource('One resident, identified only as Ahmed, said the water "came in from below."')).toBe('Ahmed');
  });
});

describe('people of a place or body, at the edges', () => {
  it('are a group, not the "he" of the next sentence, and leave a name in apposition to its role', () => {
    expect(lint('President Emmanuel Macron arrived in Kyiv. Officials at the ministry said 40 drones were downed. He said "France will stand with Ukraine".').claims.find((c) => c.kind === 'quote')?.attribution?.source).toBe('Emmanuel Macron');
    expect(firstSource('The city spent $3 million, according to the mayor of the city, Karen Bass.')).toBe('Karen Bass');
    expect(firstSource('Last week officials at the ministry said 40 people died.')).toBe('officials at the ministry');
    expect(firstSource('She visited relatives of the victims, who said 40 people died.')).toBe('relatives of the victims');
    expect(firstSource('The minister, Olaf Berg, visited the area. The head of the local council said 30 houses burned.')).toBe('The head of the local council');
  });

  it('leave "which" to the body and a team to be a team', () => {
    expect(firstSource('The data came from Anne Lee, head of research at Moody\'s, which estimated that 40 percent of loans were at risk.')).not.toBe('Anne Lee');
    expect(firstQuoteSource('Coach Ange Postecoglou said his side was ready. Their opponent, Real Madrid, has won 14 titles. He said "it will be hard".')).toBe('Ange Postecoglou');
  });

  it('counted, are no claim; and "a source at the ministry" is still an anonymous source', () => {
    expect(lint('Two doctors at the hospital said 12 children had died.').claims.map((c) => c.text)).toEqual(['12']);
    expect(lint('According to a source at the ministry, 40 people were detained.').findings.map((f) => f.ruleId)).toContain('anonymous-source-reason');
  });
});

describe('a person described in place of a name kept back', () => {
  it('is an anonymous source: "One officer, who spoke on condition of anonymity, said", "speaking privately"', () => {
    expect(of('One officer, who spoke on condition of anonymity, said 40 calls went unanswered.')).toEqual({ source: 'One officer', vague: true });
    expect(of('The chief executive of one large asset manager, speaking privately, said 40 clients had left.')).toEqual({ source: 'The chief executive of one large asset manager', vague: true });
    expect(of('A levee engineer with the water authority, who was not authorized to speak publicly, said 40 homes flooded.')).toEqual({ source: 'A levee engineer with the water authority', vague: true });
    expect(of('"It is a hostage situation," said a man waiting at a tram stop who would not give his name.')?.vague).toBe(true);
  });

  it('but not a role whose clause says something else: "The mayor, who was named to the post in 2019, said"', () => {
    expect(of('The mayor, who was named to the post in 2019, said 40 homes flooded.')).toEqual({ source: 'The mayor', vague: false });
    expect(of('A levee engineer with the water authority said 40 homes flooded.')).toEqual({ source: 'A levee engineer with the water authority', vague: false });
  });
});

describe('cue words that report nothing where they stand', () => {
  it('a commitment after a time, a deed with its object, a noun, a given name', () => {
    expect(firstSource('Northgate agreed on Monday to buy Lakeland for $3.2 billion.')).toBeUndefined();
    expect(firstSource('Trains stayed in the yard as about 2,300 drivers and station workers continued a strike.')).toBeUndefined();
    expect(firstSource('Halverson, a private university, admitted 2,140 of the 31,400 students who applied.')).toBeUndefined();
    expect(firstSource('The yield on the 10-year note rose to 4.71% from 4.52%.')).toBeUndefined();
    expect(firstSource('She is survived by her second husband, Per Aronsson; her son; and two granddaughters.')).toBeUndefined();
  });

  it('but still report: "he continued", "admitted that", "Per the report,", "agreed that"', () => {
    expect(firstQuoteSource('"We will win," he continued. "It is 40 days."')).toBe('he');
    expect(firstSource('He admitted that 40 people died.')).toBe('he');
    expect(firstSource('Per the report, 40 people died.')).toBe('the report');
    expect(firstSource('The ministry agreed on Monday that 40 people died.')).toBe('The ministry');
  });
});

describe('who a pronoun stands for, past what describes a person', () => {
  it('"Ibrahim Camara, 19, from Guinea, who said": the person, not where he is from', () => {
    expect(firstQuoteSource('Among those waiting on the pier was Ibrahim Camara, 19, from Guinea, who said he had paid 1,500 dinars. "In the boat, nobody talked," he said.')).toBe('Ibrahim Camara');
  });

  it('"His lawyer said …" then, a paragraph on, "he said": the lawyer, not the man named before', () => {
    expect(firstQuoteSource('Tom Reyes, 40, was charged with 3 counts of fraud.\n\nHis lawyer said the charges were baseless.\n\n"He is innocent," he said.\n')).toBe('His lawyer');
  });

  it('a role kept anonymous is still the one "he" stands for', () => {
    expect(lint('Tom Reyes, 50, of Houston lost his job in 2019.\n\n"It was chaos," said the officer, who spoke on condition of anonymity because he was not authorized to speak.\n\n"We arrested 12 people," he said.\n').claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['the officer', 'officer']);
  });
});

describe('what an agent made public', () => {
  it('"Under terms announced by both companies," gives the figures to them; "proposed by" a developer does not', () => {
    expect(firstSource('Under terms announced by both companies, shareholders will receive 0.82 shares.')).toBe('both companies');
    expect(firstSource('Under a plan unveiled by the ministry, families will get $400.')).toBe('the ministry');
    expect(firstSource('The tower, proposed by the developer Halvorsen Partners, would have held 212 apartments.')).toBeUndefined();
  });
});

describe('a person of a body read with its article and modifiers', () => {
  it('"A nurse in the emergency department at Ridgeview Memorial" is the nurse, not the department', () => {
    expect(firstSource('A nurse in the emergency department at Ridgeview Memorial said 40 people waited.')).toBe('A nurse in the emergency department at Ridgeview Memorial');
    expect(firstSource('Staff in the press office at City Hall said 40 people waited.')).toBe('Staff in the press office at City Hall');
  });
});

describe('cues at the edges of the round\'s rules', () => {
  it('a time is what is expected, "continued" inverted or with a gerund, "admitted" a clause, "Per" after a dateline', () => {
    expect(firstSource('Forecasters expect Friday to be the hottest day, reaching 40 degrees.')).toBe('Forecasters');
    expect(firstSource('"We will rebuild," continued the mayor, adding that 300 homes were lost.')).toBe('the mayor');
    expect(firstSource('She continued saying that 300 homes had been lost.')).toBe('she');
    expect(firstSource('She admitted 40% of the money was spent on salaries.')).toBe('she');
    expect(firstSource('WASHINGTON — Per CDC guidance, 40% of beds must stay open.')).toBe('CDC guidance');
    expect(firstSource('Acme agreed in May to buy Lakeland for $3.2 billion.')).toBeUndefined();
  });

  it('what was made public gives way to another source, and only terms, plans and sums are made public', () => {
    expect(firstSource('A proposal outlined by the senator would cost $40 billion, according to the Congressional Budget Office.')).toBe('the Congressional Budget Office');
    expect(firstSource('The statue, unveiled by the queen in 1990, stands 40 feet tall.')).toBeUndefined();
  });

  it('a vague group\'s belief is no source of figures, nor whom "they" stands for (the group that says is)', () => {
    expect(firstSource('Many believe the vaccine is safe; 90% of adults have taken it.')).toBeUndefined();
    expect(firstSource('Some believe it, but 40% do not, a Gallup poll found.')).toBe('a Gallup poll');
    expect(lint('Many researchers believe Russia was behind the attack, but Moscow denies it.\n\nRepublicans say Democrats are trying to distract the public. They say the Democrats already tried that with 20,000 emails.\n').claims.find((c) => c.text === '20,000')?.attribution?.source).toBe('Republicans');
  });

  it('an anonymity clause ends where it ends: "who did not want to be named coach of the year" names no anonymity', () => {
    expect(of('The coach, who did not want to be named coach of the year, said 40 people came.')?.vague).toBe(false);
    expect(of('The president, speaking privately to donors on Tuesday, said 40 people came.')?.vague).toBe(false);
  });
});

describe('unnamed people familiar with a matter, after a comma', () => {
  it('are the vague source, not the matter: "…, people familiar with the matter said"', () => {
    expect(of('The deal is worth $40 million, people familiar with the matter said.')).toEqual({ source: 'people familiar with the matter', vague: true });
    expect(of('The deal is worth $40 million, two people familiar with the matter said.')).toEqual({ source: 'two people familiar with the matter', vague: true });
  });
});

describe('requests, phrasal verbs, nouns and bodies in apposition', () => {
  it('a request names its asker as the source of what is asked for, and of the sentence\'s figures', () => {
    expect(firstSource('Prosecutors asked the judge to sentence him to 25 years in prison.')).toBe('Prosecutors');
    expect(firstQuoteSource('The mayor asked residents to "stay home and stay safe" this week.')).toBe('The mayor');
  });

  it('"put off" is no reckoning, nor a base form between a compound modifier and its article a verb', () => {
    expect(firstSource('The planning board put off a decision on a 96-unit complex.')).toBeUndefined();
    expect(firstSource('Officials put the death toll at 40.')).toBe('Officials');
    expect(figures('The three-member recount board reviewed 18,412 ballots.')).toEqual(['three-member', '18,412']);
    expect(firstSource('The three-member recount board reviewed 18,412 ballots.')).toBeUndefined();
    // (A plural subject in a compound is no modifier: its verb still reports.)
    expect(firstSource('The co-authors estimate that 40 percent of wells are contaminated.')).toBe('The co-authors');
  });

  it('a body named in apposition after a kind of body speaks, with its article or after a participle\'s phrase', () => {
    expect(firstSource('The trade group, the Fluoropolymer Producers Alliance, said 40 wells were tested.')).toBe('the Fluoropolymer Producers Alliance');
    expect(firstSource('A trade group representing chemical manufacturers, the Fluoropolymer Producers Alliance, said the limit of 4 ppt is not in force.')).toBe('the Fluoropolymer Producers Alliance');
  });

  it('a study published in a journal named after its kind is no vague source', () => {
    expect(of('One in five wells was tainted, according to a study published Wednesday in the journal Environmental Exposure Letters.')).toEqual({ source: 'a study', vague: false });
    // (A day after the body is no name: "released by the agency Tuesday" is still vague.)
    expect(of('About 40 percent of wells were dirty, according to a study released by the agency Tuesday.')?.vague).toBe(true);
  });
});

describe('people polled or surveyed by a pollster', () => {
  it('give way to any other source of the sentence, and only a named pollster of people polls', () => {
    const sources = (t: string) => lint(t).claims.map((c) => c.attribution?.source);
    expect(sources('Wages rose 4.1% in June, more than the 3.9% expected by economists polled by Reuters, the Labor Department said.')).toEqual(['the Labor Department', 'the Labor Department']);
    expect(sources('The 40-acre parcel, surveyed by the county in 2019, sold for $3 million.')).toEqual([undefined, undefined]);
    expect(sources('Among voters polled by phone, 52% backed the measure.')).toEqual([undefined]);
  });

  it('give the pollster as the source of the sentence\'s figures: "Of 24 economists polled by Reuters, 19 expected"', () => {
    expect(figures('Of 24 economists polled by Reuters before the meeting, 19 had expected the bank to hold.')).toEqual(['24', '19']);
    expect(lint('Of 24 economists polled by Reuters before the meeting, 19 had expected the bank to hold.').claims.map((c) => c.attribution?.source)).toEqual(['Reuters', 'Reuters']);
    expect(firstSource('Of 1,000 adults surveyed by Gallup, 40% approve.')).toBe('Gallup');
  });
});

describe('people who know, and people no role names', () => {
  it('"according to people involved in the talks", officers familiar with a plan, what they know at length', () => {
    expect(of('The deal was worth $40 million, according to people involved in the talks.')).toEqual({ source: 'people involved in the talks', vague: true });
    expect(of('According to the report, military officers familiar with the planning of the strike told the panel that 40 people died.')).toEqual({ source: 'military officers familiar with the planning of the strike', vague: true });
    expect(of("People familiar with an FDA inspection of Veltra's plant last year said investigators had raised 40 concerns.")?.vague).toBe(true);
    expect(figures('Two lawyers involved in the case said 40 people sued.')).toEqual(['40']);
  });

  it('are the people, not the place they are in: "Some voters in Marsh Creek said" (not "Marsh Creek"), "Voters in Ohio"', () => {
    expect(of('Some voters in Marsh Creek said 40 ballots had been counted twice.')).toEqual({ source: 'Some voters in Marsh Creek', vague: true });
    expect(firstAttribution('Voters in Ohio said 40 percent of the ballots were lost.')?.kind).toBe('role');
    expect(of('Tenants of Riverside Towers said rents rose 40 percent.')).toEqual({ source: 'Tenants of Riverside Towers', vague: false });
    expect(of('Rents rose 40 percent, the students said.')).toEqual({ source: 'the students', vague: false });
    // (Alone, with a verb of speech, they are people at large, none named, as "witnesses said".)
    expect(of('Survivors said 40 people were thrown overboard.')).toEqual({ source: 'Survivors', vague: true });
  });
});

describe('names of bodies with "and", and people named in an aside', () => {
  it('read a body\'s name whole: "the Centers for Disease Control and Prevention", not "Prevention", a person', () => {
    expect(of('About one in five people are hospitalized, the Centers for Disease Control and Prevention says.')).toEqual({ source: 'the Centers for Disease Control and Prevention', vague: false });
    expect(firstAttribution('The Department of Health and Human Services said 40 people were hurt.')?.kind).toBe('organization');
    expect(firstSource('Smith and Jones said 40 people were hurt.')).toBe('Jones');
  });

  it('"The first witness, a retired executive from Seattle named Paul Brandt, testified": the name after "named"', () => {
    expect(firstSource('The first witness, a retired software executive from Seattle named Paul Brandt, testified that he paid about $310,000.')).toBe('Paul Brandt');
  });
});

describe('people in a poll and bodies joined by "and"', () => {
  it('people in a poll are its sample: the poll is the source; two people or two bodies are not one name', () => {
    expect(firstSource('Some 52 percent of voters in the Gazette poll said the mayor should go.')).toBe('the Gazette poll');
    expect(firstSource('Critics of the ruling said 40 people would suffer.')).toBe('Critics of the ruling');
    expect(firstSource('Former Secretaries of Defense Leon Panetta and Chuck Hagel warned that 40 ships would idle.')).toBe('Leon Panetta and Chuck Hagel');
    expect(firstSource('TravelCenters of America and Electrify America announced 200 chargers.')).toBe('Electrify America');
  });
});

describe('plural documents from a named body', () => {
  it('"Figures from the Minnesota Department of Health show 212": "show" reports, though a capitalised name stands before it', () => {
    expect(firstAttribution('Figures from the Minnesota Department of Health show 212 vacant nursing positions.')?.cue).toBe('show');
    expect(firstAttribution('In March, records of the Ohio Department of Health show 212 vacant positions.')?.source).toBe('the Ohio Department of Health');
    // (Capitalised as the sentence opens, the documents are no one's name: the body they come from speaks.)
    expect(firstAttribution('Figures from the Department of Health showed 212 vacant positions.')).toMatchObject({ source: 'the Department of Health', kind: 'organization' });
    expect(firstAttribution('Data from the Gun Violence Archive indicates that shootings fell 20 percent.')).toMatchObject({ source: 'Gun Violence Archive', kind: 'organization' });
    // (A programme's name is still no source: "the Tonight Show".)
    expect(firstAttribution('He watched the Tonight Show 212 times.')).toBeNull();
  });
});

describe('a speaker the story returns to', () => {
  const speakers = (text: string): (string | undefined)[] => lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source);

  it('"she said" after a paragraph that opens with a woman quoted before is hers, not the last woman quoted', () => {
    const draft = [
      '"This city is done waiting," Adaeze Okafor said.',
      '',
      'County elections director Mira Castellanos said "every ballot will be counted" by Friday.',
      '',
      'Okafor takes office Jan. 1. She inherits a budget gap of $38 million.',
      '',
      '"I\'ll tell you what I told Walt," she said.',
    ].join('\n');
    expect(speakers(draft)).toEqual(['Adaeze Okafor', 'Mira Castellanos', 'Adaeze Okafor']);
  });

  it('not when the paragraph before opens with someone who would not speak, or of the other sex', () => {
    const draft = [
      '"This city is done waiting," Adaeze Okafor said.',
      '',
      'County elections director Mira Castellanos said "every ballot will be counted" by Friday.',
      '',
      'Diane Brennan, a former chief, declined to comment on Tuesday.',
      '',
      '"We will count them all," she said.',
    ].join('\n');
    expect(speakers(draft)).toEqual(['Adaeze Okafor', 'Mira Castellanos', 'Mira Castellanos']);
    expect(speakers(draft.replace('Diane Brennan', 'Dale Brennan'))).toEqual(['Adaeze Okafor', 'Mira Castellanos', 'Mira Castellanos']);
  });

  it('but someone brought in and then quoted, who has not spoken yet ("Bob Sutton … voiced confidence …")', () => {
    const draft = [
      '"It was a good night for us," Senator Mark Ellison said.',
      '',
      'Bob Sutton, chairman of the county party, voiced confidence that the nominee would win the debate.',
      '',
      '"She is going to lose that debate badly," he said.',
    ].join('\n');
    expect(speakers(draft)).toEqual(['Mark Ellison', 'Bob Sutton']);
    const debt = [
      'Those who take on heavy debt struggle, Vanessa Ortiz said.',
      '',
      'Christyn Gallo, a 2009 graduate, is saddled with about $92,000 in loans. She still lives in her childhood bedroom.',
      '',
      '"Who wants to live at home at 29?" she said.',
    ].join('\n');
    expect(speakers(debt)).toEqual(['Christyn Gallo']);
  });

  it('also when the paragraph names them again after its opening ("But Pruitt, having … Pruitt landed … Pruitt launched …")', () => {
    const draft = [
      '"We will keep the plant open," Governor Lena Marsh said on Tuesday.',
      '',
      'Mayor Dan Pruitt, who said the state "has no plan at all", asked the council for a vote.',
      '',
      'Governor Tom Ewing, contradicting Pruitt, said the plant would close.',
      '',
      'But Pruitt, having finished his tour of the plant, went straight to the union hall. Pruitt landed there after dark and Pruitt launched into a speech.',
      '',
      '"We will fight for every job here!" he said to a cheer.',
    ].join('\n');
    expect(speakers(draft)).toEqual(['Lena Marsh', 'Dan Pruitt', 'Dan Pruitt']);
  });

  it('past a title\'s abbreviation that opens the paragraph ("Sen. Tom Lopez", "Former Texas Gov. Rick Perry")', () => {
    const senator = ['"We are fine," Mark Ellis said.', '', 'Sen. Tom Lopez voted against the bill on Sunday.', '', '"It is a bad bill," he said.'].join('\n');
    expect(speakers(senator)).toEqual(['Mark Ellis', 'Tom Lopez']);
    // The words before the title describe him: "the former governor" is he.
    const former = ['"We are fine," Mark Ellis said.', '', 'Former Texas Gov. Rick Perry endorsed Ted Cruz on Sunday.', '', '"Ted is ready," the former governor said.'].join('\n');
    expect(speakers(former)).toEqual(['Mark Ellis', 'Rick Perry']);
    // (Not a sitting governor.)
    expect(speakers(former.replace('Former Texas Gov.', 'Texas Gov.'))).toEqual(['Mark Ellis', 'the former governor']);
    // (The words describe only the name right after their title: "Sen. Ted Cruz" later in the sentence is no former one.)
    expect(speakers('Former Texas Gov. Rick Perry met Sen. Ted Cruz on Sunday.\n\n"We agreed on the border," the former senator said.')).toEqual(['the former senator']);
  });

  it('"the Virginian" is the one the draft gave Virginia, not another state\'s governor', () => {
    expect(speakers('Former Texas Gov. Ray Colter endorsed Virginia Gov. Amy Wade on Tuesday.\n\n"I am grateful for his support," the Virginian said.')).toEqual(['Amy Wade']);
    expect(speakers('Oklahoma Gov. Jan Pitt hosted Texas Gov. Amy Wade in Tulsa on Tuesday.\n\n"We need it built by 2027," the Texan said.')).toEqual(['Amy Wade']);
  });

  it('a title\'s role that opens a sentence with a clause of "who" meets the person again ("The former governor, who …, noted")', () => {
    const draft = [
      'Former Texas Gov. Rick Perry endorsed Ted Cruz on Sunday.',
      '',
      'Like the page:',
      '',
      'The former governor, who dropped his own bid last September, noted that voters want an outsider. "Those are very experienced governors," the Texan said.',
    ].join('\n');
    expect(speakers(draft)).toEqual(['Rick Perry']);
  });

  it('"he said" after a role the paragraph brought in with "a" and that spoke there is the role, not a man quoted before', () => {
    const draft = ['"Egypt came with open hands," Karim Nassar said in a statement.', '', 'A Western diplomat said the sides remained far apart. The diplomat, who has attended all three rounds, said mediators would propose a new timetable. "There is still a very large gap," he said.'].join('\n');
    expect(speakers(draft)).toEqual(['Karim Nassar', 'diplomat']);
    // (Not an epithet the paragraph did not bring in, which may stand for the man: "the Republican candidate".)
    const epithet = ['"I am a counterpuncher," Donald Trump said in the interview.', '', 'Asked if he was ever bullied, the Republican presidential candidate said no. But he said bullying does not just happen to children. "People are bullied when they are 55," he said.'].join('\n');
    expect(speakers(epithet)).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('not someone the paragraph says is silent or away ("has not commented", "did not attend")', () => {
    const silent = ['"Nobody is above the law in this country," police spokesman Robert Chanda said.', '', 'President Elias Mumba has not commented. Mumba was in China this week, and Mumba returns Sunday.', '', '"We will not comment on a matter that is before the courts," he said.'].join('\n');
    expect(speakers(silent)).toEqual(['Robert Chanda', 'Robert Chanda']);
    expect(speakers(silent.replace('President Elias Mumba has not commented. Mumba', 'Gov. Pete Lang did not attend. Lang').replace('and Mumba', 'and Lang'))).toEqual(['Robert Chanda', 'Robert Chanda']);
  });

  it('not someone the quote speaks of as another does, nor one found, taken or flown somewhere', () => {
    const child = ['"The driver never braked," Gloria Pratt, a crossing guard, said.', '', 'Ava Dunn, 6, was waiting for her school bus when the pickup jumped the curb.', '', '"She didn\'t cry once. I held her hand the whole time," she said.'].join('\n');
    expect(speakers(child)).toEqual(['Gloria Pratt', 'Gloria Pratt']);
    const named = ['"Every bed matters," Sarah Klein, the foundation\'s director, said.', '', 'Emma Ross, 7, spent three weeks in intensive care last spring.', '', '"Children like Emma are the reason we do this," she said.'].join('\n');
    expect(speakers(named)).toEqual(['Sarah Klein', 'Sarah Klein']);
    const found = ['"We have not ruled anything out," Detective Ann Ward said.', '', 'Maria Lopez, 34, was found in her apartment early Tuesday.', '', '"We are treating this as a suspicious death," she said.'].join('\n');
    expect(speakers(found)).toEqual(['Ann Ward', 'Ann Ward']);
    // (Nor one the paragraph tells of on another's word, hurt: "Chanda, who limped off with a hamstring injury, is
    // expected to miss …, according to the federation.")
    const injured = ['Striker Moses Chanda scored the equaliser. Rangers\' coach, Emmanuel Mwansa, said his players had "nothing to be ashamed of" tonight.', '', 'Chanda, who limped off with a hamstring injury, will miss two qualifiers, according to the federation.', '', '"We came here as outsiders and were one kick away," he said.'].join('\n');
    expect(speakers(injured)).toEqual(['Emmanuel Mwansa', 'Emmanuel Mwansa']);
  });

  it('but someone yet to speak, when that paragraph goes on about them as the pronoun ("Walsh … But on Sunday he …")', () => {
    const draft = [
      '"It is good strategy," said Ed Rendell, a former Pennsylvania governor.',
      '',
      "Until recently, Boston's Marty Walsh was a coveted holdout among the mayors.",
      '',
      'Walsh, a former labor leader, had close ties to Joe Biden. But on Sunday he finally gave Clinton his endorsement.',
      '',
      '"We need someone who is battle tested," he said.',
    ].join('\n');
    expect(speakers(draft)).toEqual(['Ed Rendell', 'Marty Walsh']);
    // (Not when the paragraph's pronoun is the other one, or it uses both.)
    expect(speakers(draft.replace('But on Sunday he', 'But on Sunday she'))).toEqual(['Ed Rendell', 'Ed Rendell']);
    expect(speakers(draft.replace('But on Sunday he finally', 'But on Sunday he and she finally'))).toEqual(['Ed Rendell', 'Ed Rendell']);
  });

  it('and past a paragraph that opens with the pronoun and names no one ("But he leaves behind …")', () => {
    const draft = [
      'In a statement, her adviser, Jake Sullivan, said: "Clinton believes that cooperation is essential."',
      '',
      'President Barack Obama departs the UK for Germany today, where protesters will greet him.',
      '',
      'But he leaves behind a furious backlash against the statements made during his trip.',
      '',
      'Conceding that there would likely be a deal, he warned: "It\'s not going to happen any time soon."',
    ].join('\n');
    expect(speakers(draft)).toEqual(['Jake Sullivan', 'Barack Obama']);
    // (Not past one that names someone: "But he met Rishi Sunak …".)
    expect(speakers(draft.replace('But he leaves behind', 'But he met Rishi Sunak and left behind'))).toEqual(['Jake Sullivan', 'Jake Sullivan']);
  });

  it('but not to someone the paragraph says nothing of as speaking: a victim, a defendant, the dead', () => {
    const victim = ['"This was a senseless act of violence," Police Chief Mark Lopez said.', '', 'Jamie Ortiz, 17, was walking home when he was shot. He died at the scene.', '', '"We will find whoever did this," he said.'].join('\n');
    expect(speakers(victim)).toEqual(['Mark Lopez', 'Mark Lopez']);
    const defendant = ['"We are confident in our case," District Attorney Mark Ellis said.', '', 'Taylor Reyes was arrested two days after the shooting.', '', 'He has pleaded not guilty and remains in the county jail.', '', '"The family deserves justice," he said.'].join('\n');
    expect(speakers(defendant)).toEqual(['Mark Ellis', 'Mark Ellis']);
    const dead = ['"It is a sad day for the city," Mayor Tom Harris said.', '', 'Pat Kelly served on the council for 28 years. He died on Saturday at 81.', '', '"The city owes him a great deal," he said.'].join('\n');
    expect(speakers(dead)).toEqual(['Tom Harris', 'Tom Harris']);
  });
});

describe('a role of a body, one person', () => {
  it('"A police spokesman", "The head of the … investigators" are whom "he" or "she" after them stands for', () => {
    expect(quotes('Mayor Ann Lee said the road would reopen.\n\nA police spokesman said two people were hurt. "We are still investigating," he said.\n')).toEqual(['police spokesman']);
    const court = 'Sophie Obadia, a lawyer for the victim, told reporters "Women do not have to justify their private life."\n\nThe head of the police internal investigators told the court "Basic investigations were not done." She also said "I regret we were not called."\n';
    expect(quotes(court)).toEqual(['Sophie Obadia', 'The head of the police internal investigators', 'head of the police internal investigators']);
    // (Police and a body's members stay many.)
    expect(quotes('Mayor Ann Lee said the road would reopen.\n\nState police said two people were hurt. "We are still investigating," they said.\n')).toEqual(['State police']);
    // (Nor an epithet of someone named: "the former secretary of state".)
    expect(quotes('Bernie Sanders said the race was tight. "We are closing fast," Hillary Clinton said.\n\nAt a rally later, the Democratic front-runner and former secretary of state told supporters "We will win this." She also said "Our campaign has never been stronger."\n').slice(2)).toEqual(['Hillary Clinton']);
    // (A role without a body may be how the draft calls the woman quoted before: her.)
    expect(quotes('"We will win," Hillary Clinton said.\n\nAsked about the polls, the candidate said no. "Polls are polls," she said.\n')).toEqual(['Hillary Clinton', 'Hillary Clinton']);
  });
});

describe('a document its sender issued, past whom it went to', () => {
  it('"sent an email to the council saying", "sent me a note that said": the sender', () => {
    expect(quotes('Mayor Jane Ruiz sent an email to the council saying "We will not cut a single job."\n')).toEqual(['Jane Ruiz']);
    expect(quotes('Mayor Jane Ruiz posted a video on Monday saying "We will not cut a single job."\n')).toEqual(['Jane Ruiz']);
    expect(quotes('My editor, Paul Okonkwo, did. He sent me a note that said, "I love all of it."\n')).toEqual(['Paul Okonkwo']);
    // (Not a document someone else issued: "cited a report to the council saying"; "showed me a note" is no sending.)
    expect(quotes('Mayor Jane Ruiz cited a report to the council saying "We will not cut a single job."\n')).toEqual(['a report']);
    expect(quotes('Mayor Jane Ruiz showed me a note that said "Come home."\n')).toEqual(['a note']);
    // Past a longer recipient or a weekday: "sent a letter to the drug company's chief executive saying".
    expect(quotes('Sen. Amy Price sent a letter to the drug company chief executive saying "your pricing is indefensible."\n')).toEqual(['Amy Price']);
    expect(quotes('Principal Joan Meyer sent parents a letter Friday saying "phones will be banned in class."\n')).toEqual(['Joan Meyer']);
  });

  it('"a letter from Omar Haddad saying", "a memo from Deputy Chief Ray Lund saying": whom the document is from', () => {
    expect(quotes('Mayor Ruth Kagan received a letter from Omar Haddad saying "the road is a disgrace."\n')).toEqual(['Omar Haddad']);
    expect(quotes('The Associated Press obtained a memo from Deputy Chief Ray Lund saying "the chief knew about it."\n')).toEqual(['Ray Lund']);
  });
});

describe('a body named in apposition to who owns or runs something', () => {
  it('"its owner, Cordelia Health, said": the body, not "its owner"; "its owner, Tom Reyes," the man', () => {
    expect(quotes('The hospital will stop delivering babies, its owner, Cordelia Health, said Monday, calling the decision "heartbreaking but unavoidable."\n')).toEqual(['Cordelia Health']);
    expect(quotes('The diner will close, its owner, Tom Reyes, said, calling it "the end of an era."\n')).toEqual(['Tom Reyes']);
    // (A body's name that ends with a word titling people: "Acme Health"; a title before a person's name stays a title.)
    expect(quotes('The company, Acme Health, said the plan was "well on track for June."\n')).toEqual(['Acme Health']);
    expect(quotes('The agency, Health Minister Jane Doe, said the plan was "well on track for June."\n')).toEqual(['Jane Doe']);
  });
});

describe('one unnamed person kept anonymous by a role', () => {
  it('"A strategist working with the campaign", "A lawyer representing the family": the person, not whom they work for', () => {
    expect(source('A strategist working with the campaign, who was not authorized to discuss its research, said the race was within five points.')).toBe('A strategist working with the campaign');
    expect(source('A lawyer representing the family, who asked not to be named, said 40 people were hurt.')).toBe('A lawyer representing the family');
    expect(source('Mark Geragos, a lawyer representing the family, said 40 people were hurt.')).toBe('Mark Geragos');
  });

  it('"One of the officers involved said …. "…," he said": one of the group, past a participle after its noun', () => {
    expect(quotes('Two of the people affected said the water "rose faster than anyone expected."\n')).toEqual(['Two of the people affected']);
    expect(quotes('Police Chief Gary Dunn said the department had opened a review.\n\nOne of the officers involved said he fired after the driver reached for the glove box. "I thought he had a gun," he said.\n')).toEqual(['One of the officers involved']);
    // (Only in its paragraph: "One of the victims said …" is not "she" of the next.)
    expect(quotes('Mayor Dana Whitfield said 14 people had been hurt. One of the victims said she had been thrown from her seat.\n\n"The city will pay for every family\'s medical care," she said.\n')).toEqual(['Dana Whitfield']);
  });

  it('goes on speaking as "she" in the paragraph right after, as the latest speaker', () => {
    const draft = 'Hospital CEO Tom Lang said the board followed its bylaws.\n\nA member of the hospital board, who spoke on condition of anonymity because the deliberations were private, said the vote was decided early.\n\n"The chairman had the votes lined up a week in advance," she said.\n';
    expect(quotes(draft)).toEqual(['member of the hospital board']);
    // (Not further on, nor after someone else spoke: "A person familiar with the plans" is no role.)
    expect(quotes(draft.replace('"The chairman', 'The vote passed 5-2.\n\n"The chairman'))).toEqual(['she']);
  });
});

describe('a body a sentence opened with, as "it"', () => {
  it('"NASA interrupted …. It also …, noting on Twitter", "The Red Cross sent 12 trucks. It said"', () => {
    expect(quotes('NASA interrupted its live coverage to mourn him. It also credited Leonov with the spacewalk, noting on Twitter "his venture into space began the history of extravehicular activity".\n')).toEqual(['NASA']);
    expect(source('Acme Corp. said it was cutting jobs.\n\nThe Harbour Authority sent trucks on Monday. It said 400 families had been helped.')).toBe('The Harbour Authority');
    // (Not "The" and capitals that title a person: "The Prime Minister received the report. It said …".)
    expect(source('The Prime Minister received the Audit Office report on Monday. It said 30,000 homes were at risk.')).toBe('it');
    // (Not one word alone, a person, or a body of another paragraph.)
    expect(source('Apple cut prices. It said 400 stores would close.')).toBe('it');
    expect(source('Ana Ruiz cut prices. It said 400 stores would close.')).toBe('it');
    expect(source('NASA cut its budget.\n\nIt said 400 jobs would go.')).toBe('it');
    // "The Pentagon said": one word after "the" is a body, "it" after it; a body of another paragraph is not "it" of one
    // that named someone else ("Foxlane said …. It said").
    expect(lint('The Pentagon said 40 drones had been launched. It said 12 were shot down.\n\nFoxlane said 40 jobs would go. It said 12 stores would close.').claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.source)).toEqual(['The Pentagon', 'The Pentagon', 'Foxlane', 'it']);
    // (A given name after "The" is a man: "The Donald said …. "…," he said.")
    expect(quotes('The Donald said the crowd numbered 50,000 on Saturday. "Biggest crowd ever, believe me," he said.\n')).toEqual(['The Donald']);
    // "The Kremlin denied …" (one capitalised word after "The"); a firm's name by its word ("Harlan Capital").
    expect(quotes('The Kremlin denied the report on Monday. "It is a complete fabrication from start to finish," it said.\n')).toEqual(['The Kremlin']);
    expect(quotes('Harlan Capital, the largest shareholder, said it backed the plan. "Cost discipline is overdue and welcome," it said.\n')).toEqual(['Harlan Capital']);
    // "Its statement also read": a body's statement in its words is the body's ("its own poll" stays the document).
    expect(quotes('The ministry said the issue should be decided by parliament. Its statement also read "imposition by judicial fiat violates fundamental principles."\n')).toEqual(['ministry']);
    // A paragraph of quotes after a paragraph that opened with the body.
    expect(quotes('The International Monetary Fund said growth would slow. "Risks to the outlook remain high," it said.\n\nThe Harbour Authority held a news conference on Wednesday.\n\n"We expect the port to reopen by Friday," it said.\n')).toEqual(['International Monetary Fund', 'The Harbour Authority']);
    // (A people noun after the name is no verb: "FBI agents searched …".)
    expect(source('FBI agents searched the house on Monday. It said 40 boxes were taken.')).toBe('it');
    // "The ministry issued a statement on Monday": a body's noun after "The" (not "The police": its people).
    expect(quotes('The government of Samoa said it would appeal.\n\nThe ministry issued a statement on Monday. "We regret the delay," it said.\n')).toEqual(['The ministry']);
  });
});

describe('a name described as an outlet', () => {
  it('"according to the business newspaper Dagens Næringsliv": a body, never "he"', () => {
    const draft = '"We got far more data than we expected," chief executive Magnus Eide told reporters.\n\nThe company has raised 1.6 billion kroner, according to the business newspaper Dagens Næringsliv.\n\n"Every new rocket company has been through this," he said.\n';
    expect(quotes(draft)).toEqual(['Magnus Eide', 'Magnus Eide']);
    // (A person of an outlet stays a person: "newspaper reporter Jan Berg".)
    expect(quotes('"It was chaos," newspaper reporter Jan Berg said.\n\n"Nobody knew where to go," he said.\n')).toEqual(['Jan Berg', 'Jan Berg']);
  });
});

describe('an outlet that relays a statement', () => {
  it('"“…,” Jamal Ware said in a statement according to The Blaze. “…”": the speaker goes on', () => {
    expect(quotes('“The committee understands that a lawsuit has been filed,” spokesman Jamal Ware said in a statement according to The Blaze. “We disagree strongly with those claims.”\n')).toEqual(['Jamal Ware', 'Jamal Ware']);
    // (An outlet alone in its sentence still takes the next quote: "According to The Blaze, the office was shut.")
    expect(quotes('The office was shut on Monday, according to The Blaze. “We disagree strongly with those claims.”\n')).toEqual(['The Blaze']);
  });
});

describe('the medium of a speaker\'s words', () => {
  it('"she said, according to a translation by the regional daily": the speaker goes on, not the translation', () => {
    expect(quotes('Reading the verdict, Judge Carolina Etchepare said the company had known. "The evidence shows that the warnings existed," she said, according to a translation by the regional daily La Voz. "What was lacking was not information but will."\n')).toEqual(['Carolina Etchepare', 'Carolina Etchepare']);
  });
});

describe('one of a people as an epithet', () => {
  it('"the Spaniard said", "the Texan said": the person named before in the paragraph, its subject', () => {
    expect(quotes('Rafael Nadal beat Dominic Thiem in four sets on Sunday. "It was an emotional day," the Spaniard said.\n')).toEqual(['Rafael Nadal']);
    expect(quotes('Coach Ana Silva praised her team. Former Texas Gov. Rick Perry endorsed Cruz. "Ted is the most consistent conservative," the Texan said.\n')).toEqual(['Rick Perry']);
    // (Else whom the paragraph before opened with; never a lone word made a person.)
    expect(quotes('Andy Murray lost in the first round on Monday.\n\n"I am proud of how I played," the Briton said.\n')).toEqual(['Andy Murray']);
    expect(quotes('"I am proud of how I played," the Briton said.\n')).toEqual(['Briton']);
    // The one person the draft gave the word, over the latest named.
    expect(quotes('Anna Ruiz, the Argentine, won the 10,000 metres. Later, Maria Sosa took silver. "I gave everything out there," the Argentine said.\n')).toEqual(['Anna Ruiz']);
  });
});

describe('a breakdown after a document', () => {
  it('"Results by segment:", "assessment by more than one-third" name no one; "a report by the agency" does', () => {
    expect(firstAttribution('Results by segment, compared with a year earlier: revenue of $1.71 billion, down 9%.')).toBeNull();
    expect(firstSource('A report by the agency found 40 deaths.')).toBe('the agency');
    expect(firstSource('Estimates by police put the crowd at 4,000.')).toBe('police');
    expect(firstSource('An estimate by industry puts losses at $40 million.')).toBe('industry');
    expect(firstAttribution('**THE MARCH REPORT BY THE NUMBERS:**\n\n- **Health care added 61,000 jobs**, led by hospitals.')).toBeNull();
  });
});

describe('"put" with a long object', () => {
  it('"Local media put the number of protesters in Plovdiv at about 5,000": the figure after a later "at"', () => {
    expect(of('Local media put the number of protesters in Plovdiv at about 5,000.')).toEqual({ source: 'Local media', vague: true });
    expect(firstSource('Officials put the cost of the damage in the city at $40 million.')).toBe('Officials');
    expect(firstAttribution('They put 40 people at risk.')).toBeNull();
  });
});

describe('a year in a data set\'s name', () => {
  it('"in Transparency International\'s 2018 Corruption Perceptions Index", "in the 2024 Gallup poll" name their source', () => {
    expect(firstSource("Romania ranked 61st of 180 countries in Transparency International's 2018 Corruption Perceptions Index.")).toBe("Transparency International's 2018 Corruption Perceptions Index");
    expect(firstSource('Biden led with 40 percent in the 2024 Gallup poll.')).toBe('the 2024 Gallup poll');
    expect(firstAttribution('In 2024 40 people voted.')).toBeNull();
  });
});

describe('an interview\'s answers', () => {
  const draft = [
    '# Drug prices',
    '',
    'CMS Administrator Paul Whitaker called the prices "fair to patients and fair to innovation" last week.',
    '',
    'Dr. Ruth Adeyemi, a pharmacist at the University of Maryland, has studied prescription prices for 20 years. We asked her what the changes mean.',
    '',
    '**Q.** What should patients do?',
    '',
    '**A.** Check your plan before you refill. If it doesn\'t, call the plan. I tell my own patients, "Bring your receipt from December and compare."',
  ].join('\n');

  it('"We asked her" names the one who answers: the person the paragraph names first', () => {
    // (Not the official quoted in the paragraph before.)
    const quotes = lint(draft).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source);
    expect(quotes[1]).toBe('Ruth Adeyemi');
    expect(lint(draft.replace('I tell my own patients, "Bring your receipt from December and compare."', 'Prices fell 12 percent.')).claims.find((c) => c.text === '12 percent')?.attribution?.source).toBe('Ruth Adeyemi');
  });

  it('"I tell my own patients, "…"" in an answer is the one who answers, not whoever was named last ("the plan")', () => {
    const answer = lint(draft).claims.find((c) => c.text.includes('Bring your receipt'));
    expect(answer?.attribution?.source).toBe('Ruth Adeyemi');
  });
});

describe('an agency head\'s title before a name', () => {
  it('"EPA Administrator Lee Zeldin", "FEMA Administrator Deanne Criswell" are people, not bodies', () => {
    expect(firstAttribution('EPA Administrator Lee Zeldin said 40 rules would go.')).toMatchObject({ source: 'Lee Zeldin', kind: 'named' });
    expect(firstAttribution('FEMA Administrator Deanne Criswell said 40 homes were lost.')).toMatchObject({ source: 'Deanne Criswell', kind: 'named' });
  });
});

describe('a relative named after how long the tie has lasted', () => {
  const of = (text: string, claim: string) => lint(text).claims.find((c) => c.text.includes(claim))?.attribution?.source;

  it('"Her husband of 52 years, Robert, said" names Robert, as "Her husband, Robert, said" does', () => {
    expect(of('Jane Doe died on Monday. Her husband of 52 years, Robert, said she had 12 grandchildren.', '12')).toBe('Robert');
    expect(of('Jane Doe died on Monday. "She was kind to everyone," said his wife of five decades, Ann.', 'She was kind')).toBe('Ann');
  });

  it('the relative keeps the sex the kin word gives: "he" later is still the man named before', () => {
    const text = 'Ramon Doyle, a union organizer, died Oct. 12.\n\nHis wife of 56 years, Maureen, said he died of kidney failure.\n\n"Everybody thinks a strike is about anger," he told a reporter in 1999.';
    expect(of(text, 'Everybody thinks')).toBe('Ramon Doyle');
  });

  it('not a relative someone else speaks for ("A lawyer for her husband of 52 years, Robert, said")', () => {
    expect(of('A lawyer for her husband of 52 years, Robert, said 12 had quit.', '12')).not.toBe('Robert');
  });
});

describe('a title with its "of" before the name, after the verb', () => {
  it('"said master of ceremonies Asab Al-Tabchi", "said chief of staff John Kelly" name the person', () => {
    expect(firstQuoteSource('"Thanks for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, a Syrian engineer.')).toBe('Asab Al-Tabchi');
    expect(firstQuoteSource('"We are ready," said chief of staff John Kelly.')).toBe('John Kelly');
  });

  it('not a relation to the person named ("a friend of Donald Trump", "the wife of John Smith")', () => {
    expect(firstQuoteSource('"We are ready," said a friend of Donald Trump.')).not.toBe('Donald Trump');
    expect(firstQuoteSource('"We are ready," said the wife of John Smith.')).not.toBe('John Smith');
  });
});

describe('"and said" after ", while" another subject', () => {
  it('the verbs joined by "and" are the subject of the clause ", while" opens', () => {
    expect(firstQuoteSource('Gov. Bobby Jindal signed an order on Monday, while Mike Huckabee, the former governor, proposed we "wake up and smell the falafel" and said the speaker should resign.')).toBe('Mike Huckabee');
  });
});

describe('indefinite pronouns for people', () => {
  it('"Nobody asked" names no one, so "He" later is still the man named before', () => {
    const text = 'A defensive Obama said his critics were wrong.\n\nNobody asked about the rhetoric, so Obama brought it up himself. He called on leaders "not to feed that dark impulse inside of us."';
    expect(lint(text).claims.find((c) => c.text.includes('dark impulse'))?.attribution?.source).toBe('Obama');
  });

  it('"Someone said", "Everyone said" are vague, not people named', () => {
    expect(firstAttribution('Someone said 40 people came.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Everyone said 40 people came.')).toMatchObject({ kind: 'vague' });
  });
});

describe('a headline\'s quote, a colon, then who said it', () => {
  it('"# "…": Kellmoor rescue leader Rosa Lindgren on 31 years" is Rosa Lindgren\'s', () => {
    const text = '# “The mountain doesn’t care”: Kellmoor rescue leader Rosa Lindgren on 31 years of call-outs\n\nShe has led the team since 1990.\n';
    expect(firstQuoteSource(text)).toBe('Rosa Lindgren');
    expect(lint(text).findings.filter((f) => f.ruleId === 'unattributed-quote')).toEqual([]);
  });

  it('not a topic after the colon ("on the road with Jane Doe"), nor a title that is no name', () => {
    expect(firstQuoteSource('# “We must go on and on”: on the road with Jane Doe\n\nText.\n')).toBeUndefined();
    expect(firstQuoteSource('# “Never again, ever”: The Final Report\n\nText.\n')).toBeUndefined();
  });
});

describe('the one who asks a question', () => {
  const text = 'Herman Cain, a former candidate who hosts a radio show, was asked by a caller why young men are coming to the U.S. as refugees. "So they can be planted among us," he said.';

  it('"asked by a caller why …": the asker is "a caller", not the question after it', () => {
    expect(firstSource('The mayor was asked by a caller why 40 young men had come.')).toBe('a caller');
  });

  it('"he said" after the answer is the one asked, not the asker', () => {
    expect(firstQuoteSource(text)).toBe('Herman Cain');
  });
});

describe('"Ed" is a man\'s given name', () => {
  it('"she said" does not go to "Former governor Ed Rendell"', () => {
    expect(firstQuoteSource('Former governor Ed Rendell praised Sanders.\n\n"It cannot be okay," she said.')).not.toBe('Ed Rendell');
  });
});

describe('a title whose office holds a body\'s words, then the name', () => {
  it('"UMWA Director of Government Affairs Phil Smith" is Phil Smith, not a body', () => {
    expect(firstAttribution('The union will sit out 40 races, UMWA Director of Government Affairs Phil Smith told reporters.')).toMatchObject({ source: 'Phil Smith', kind: 'named' });
    expect(firstQuoteSource('"We will sit out," said Heritage Foundation President Dr. Kevin Roberts.')).toBe('Kevin Roberts');
  });

  it('the name from its given name on ("Pope John Paul II"), and a body\'s name stays a body', () => {
    expect(firstAttribution('Dozens of relics were blessed, said Pope John Paul II.')?.source).toBe('John Paul II');
    expect(firstAttribution('"We will sit out," said the Bill Gates Foundation.')?.kind).toBe('organization');
  });
});

describe('a couple named in apposition', () => {
  it('"Henry Clay\'s biographers, David and Jeanne Heidler, wrote that" names the Heidlers', () => {
    expect(firstQuoteSource('Henry Clay\'s biographers, David and Jeanne Heidler, wrote that Taylor "had a tin ear and was wrong" to elect him.')).toContain('Heidler');
  });
});

describe('a dialogue tag after a name and its appositive', () => {
  it('`"…," Howard Dean, the former governor of Vermont, proclaimed` is Howard Dean\'s', () => {
    expect(firstQuoteSource('Guns "stunt children\'s growth," Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd.')).toBe('Howard Dean');
  });
});

describe('"claiming" before a clause', () => {
  it('"…, claiming the move would cost $600,000" reports for the clause\'s subject', () => {
    expect(firstAttribution('His campaign sued the party on Friday, claiming the move would cost the campaign $600,000 a day.')).toMatchObject({ source: 'His campaign', cue: 'claiming' });
  });

  it('not a deed ("claiming 12 lives", "adding 40 points as the team was winning", "by claiming it is …")', () => {
    expect(firstSource('The storm hit the coast, claiming 12 lives.')).toBeUndefined();
    expect(firstSource('He scored again, adding 40 points as the team was winning.')).toBeUndefined();
    expect(firstSource('Owners shield 40 percent of income from tax by claiming it is neither wage nor profit.')).toBeUndefined();
  });
});

describe('a relative clause whose words open with a place or an aside', () => {
  it('"her campaign\'s leadership, who, on a press call Friday, criticized" and "Her aides, who on a press call criticized"', () => {
    expect(firstQuoteSource('Clinton was calmer than her campaign\'s leadership, who, on a press call Friday, criticized Sanders for "misrepresenting what had occurred."')).toBe("her campaign's leadership");
    expect(firstQuoteSource('Her aides, who on a press call criticized Sanders for "misrepresenting what had occurred," were angry.')).toBe('Her aides');
  });

  it('an appositive before "who" still names the person ("Sen. Lorna Veit, Democrat of Oregon, who asked")', () => {
    expect(firstSource('Sen. Lorna Veit, Democrat of Oregon, who asked for $38 million, said the plan failed.')).toBe('Lorna Veit');
  });
});

describe('a participle after a comma inside a quote\'s closing mark', () => {
  it('`did not want to address "that person," telling Fox 35 that …` reports for the clause\'s subject', () => {
    const text = 'The Trayvon Martin Foundation did not want to address "that person," telling Fox 35 that the organization is focused on "ending senseless gun violence."';
    expect(lint(text).claims.find((c) => c.text.includes('ending senseless'))?.attribution?.source).toBe('The Trayvon Martin Foundation');
  });
});

describe('limits of this round\'s patterns', () => {
  it('a relative or friend "of" a named person is not that person ("said the son of former governor George Romney")', () => {
    expect(firstQuoteSource('"He loved this state," said the son of former governor George Romney.')).not.toBe('George Romney');
    expect(firstQuoteSource('"He was brave," said the widow of slain officer Brian Sicknick.')).not.toBe('Brian Sicknick');
  });

  it('", while …," closed before "and said" leaves the sentence\'s subject', () => {
    expect(firstSource('Police arrested 12 people on Sunday, while the crowd chanted outside, and said 40 more were detained.')).toBe('Police');
  });

  it('an asker in a dialogue tag ("…?" the chairwoman asked) is still whom "She said" stands for', () => {
    const text = 'Mayor John Hart opened the meeting. "Why did we spend so much?" the chairwoman asked. She said 12 projects had stalled.';
    expect(lint(text).claims.find((c) => c.text === '12')?.attribution?.source).toBe('chairwoman');
  });

  it('"adding the stores it had bought": a clause inside the object is no report', () => {
    expect(firstSource('The company expanded last year, adding the stores it had bought from Sears to its 40 locations.')).toBeUndefined();
  });

  it('a headline in title case after the colon names no one ("Joe Biden Signs Bill on Guns")', () => {
    expect(firstQuoteSource('# "A good day for our kids": Joe Biden Signs Bill on Guns\n\nText.\n')).toBeUndefined();
    expect(firstQuoteSource('# "It is time to go home": Boris Johnson resigns as prime minister\n\nText.\n')).toBe('Boris Johnson');
  });
});

describe('a document issued, then "which said"', () => {
  it('"The commission released a statement which said" is the commission\'s, as "released a statement saying" is', () => {
    expect(firstQuoteSource('The commission released a statement which said, "Hagia Sophia must remain a museum."')).toBe('The commission');
    expect(firstSource('The ministry issued a statement that said 40 people died.')).toBe('The ministry');
  });

  it('not a document the sentence names as its subject ("The report, which said 40 people died, was released")', () => {
    expect(firstSource('The report, which said 40 people died, was released.')).toBe('The report');
  });
});

describe('reports no one signs, after "amid", "based on" or "by"', () => {
  const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => f.message);

  it('"amid reports of fraud", "based on unconfirmed reports", "by varying reports" are vague sources', () => {
    expect(vague('Neither won, amid reports of violence and fraud.')).toHaveLength(1);
    expect(vague('The son was declared dead in July based on unconfirmed reports.')).toHaveLength(1);
    expect(firstAttribution('The wreck was one of three or four by varying reports.')).toMatchObject({ kind: 'vague' });
  });

  it('not reports that are signed or placed, nor what reports caused ("concerned by reports")', () => {
    expect(vague('Neither won, amid reports by Reuters of violence.')).toHaveLength(0);
    expect(vague('The bill was based on reports from 40 states.')).toHaveLength(0);
    expect(vague('We are gravely concerned by reports today of strikes on the camp.')).toHaveLength(0);
  });
});

describe('a reporting passive after a count, ended by a time or a state', () => {
  const passives = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => f.message);

  it('"40 people were reported dead", "12 people were reported missing on Sunday" name no one', () => {
    expect(passives('40 people were reported dead.')).toHaveLength(1);
    expect(passives('12 people were reported missing on Sunday.')).toHaveLength(1);
  });

  it('not with an agent after the time ("were reported today by the BBC")', () => {
    expect(passives('The 40 recordings were reported today by the BBC.')).toHaveLength(0);
  });
});

describe('a group named by whose side it is on', () => {
  it('"Johnson\'s critics", "Trump\'s supporters" are vague; "Pentagon planners" still a role', () => {
    expect(firstAttribution('According to Johnson\'s critics, this is a ploy to win 40 seats.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Trump\'s supporters said 40 buses came.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Pentagon planners said 40 troops left.')).toMatchObject({ kind: 'role' });
  });
});

describe('a cue coordinated inside a clause a conjunction opens', () => {
  it('"When Trump referred to … and said he would "…"," is Trump\'s', () => {
    expect(firstQuoteSource('When Trump later referred to the massacre and said he would "protect our citizens," the crowd applauded.')).toBe('Trump');
    expect(firstQuoteSource('After the senator left the hall and told reporters that "nothing will change in May," aides scrambled.')).toBe('the senator');
  });

  it('not once a comma has closed the clause, nor with no main clause after ("When Trump arrived the crowd stood up and said "…"")', () => {
    expect(firstQuoteSource('When Trump arrived, the crowd stood up and said "we want more of this."')).toBeUndefined();
    expect(firstQuoteSource('When Trump arrived the crowd stood up and said "we want more of this."')).toBeUndefined();
    expect(firstQuoteSource('After the vote the senator walked out and said "this is a disgrace to the chamber."')).toBeUndefined();
  });
});

describe('a signature on its own line under a quote', () => {
  it('`— Bernie Sanders` as a paragraph, or `- Bernie Sanders.` (a one-item list), signs the quote above', () => {
    expect(firstQuoteSource('"Almost all new income is going to the top 1 percent of earners."\n\n— Bernie Sanders\n\nThe senator says it often.\n')).toBe('Bernie Sanders');
    expect(firstQuoteSource('"Almost all new income is going to the top 1 percent of earners."\n\n- Bernie Sanders.\n\nThe senator says it often.\n')).toBe('Bernie Sanders');
    expect(firstQuoteSource('"The whole idea is something we hear about all the time."\n\n-Michelle Marks, Philadelphia.\n')).toBe('Michelle Marks');
  });

  it('a hyphen set close to the name signs it too (`"…" -Barack Obama`)', () => {
    expect(firstQuoteSource('"Great speech. She is tested and ready." -Barack Obama')).toBe('Barack Obama');
  });

  it('not a list of several items, nor a line that says more than a name', () => {
    expect(firstQuoteSource('"We will win this fight."\n\n- Bernie Sanders\n- Hillary Clinton\n')).toBeUndefined();
    expect(firstQuoteSource('"We will win this fight."\n\n— Sanders wants a higher wage.\n')).toBeUndefined();
    expect(firstQuoteSource('"We will win this fight."\n\n— Jane Doe, a nurse from Ohio, has worked at the hospital for many years and hopes to retire to Florida soon.\n')).toBeUndefined();
    expect(firstQuoteSource('"We will win this fight."\n\n— Jane Doe, who was not at the rally, disagreed.\n')).toBeUndefined();
  });

  it('not a numbered or starred item, nor an item that is no person\'s name ("- Climate Change")', () => {
    expect(firstQuoteSource('"These are the top picks for this year."\n\n1. Jane Doe\n')).toBeUndefined();
    expect(firstQuoteSource('"These are the top picks for this year."\n\n* Jane Doe\n')).toBeUndefined();
    expect(firstQuoteSource('"What we need now is action."\n\n- Climate Change\n')).toBeUndefined();
    expect(firstQuoteSource('"What we need now is action."\n\n- Health Care.\n')).toBeUndefined();
    expect(firstQuoteSource('"What we need now is action."\n\n- National Security\n')).toBeUndefined();
    expect(firstQuoteSource('"What we need now is action."\n\n- Sen. Bernie Sanders\n')).toBe('Bernie Sanders');
  });

  it('a signature outranks a speaker carried from the paragraph before', () => {
    const text = 'Bernie Sanders spoke in Iowa on Monday. "We will win," he said.\n\n"Almost all new income is going to the top 1 percent of earners."\n\n— Elizabeth Warren\n';
    expect(lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['Bernie Sanders', 'Elizabeth Warren']);
  });
});

describe('a credit in brackets that ends a paragraph of quotes', () => {
  it('`"…" [WaPo.]` credits the paragraph\'s quotes and figures', () => {
    const text = 'THE BIG STORY "A slowdown is fostering a cycle of decline across the world," with 40 countries hit. [WaPo.]';
    expect(firstQuoteSource(text)).toBe('WaPo');
    expect(lint(text).claims.find((c) => c.kind === 'number')?.attribution?.source).toBe('WaPo');
  });

  it('a paragraph of figures alone too (`ROLL TIDE Alabama beat Clemson 45-40 … [ESPN.]`)', () => {
    expect(lint('ROLL TIDE Alabama beat undefeated Clemson 45-40 to take the title. [ESPN.]').claims.find((c) => c.kind === 'number')?.attribution?.source).toBe('ESPN');
  });

  it('credits the outlet as written, as no one a later pronoun stands for', () => {
    expect(firstQuoteSource('THE BIG STORY "A slowdown is fostering a cycle of decline across the world." [Mother Jones.]')).toBe('Mother Jones');
    const text = 'THE BIG STORY "A slowdown is fostering a cycle of decline across the world." [Mother Jones.]\n\n"We will win so big," she said.\n';
    expect(lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['Mother Jones', 'she']);
  });

  it('not an editor\'s mark, nor over a paragraph that opens with its source, nor in a heading', () => {
    expect(lint('The bridge cost $40 million. [Updated]').claims[0]?.attribution).toBeNull();
    expect(lint('According to the CDC, 40 percent of adults are obese. It rose 5 points. [Reuters.]').claims.map((c) => c.attribution?.source)).toEqual(['the CDC', 'the CDC']);
    expect(lint('## Stocks rose 40% on Friday [Updated]').claims[0]?.attribution).toBeNull();
  });

  it('not a stage direction (`[Laughter.]`), nor brackets that hold a link', () => {
    expect(firstQuoteSource('It was "a very big and beautiful day for all of us." [Laughter.]')).toBeUndefined();
    expect(firstQuoteSource('It was "a very big and beautiful day for all of us." \\[[Statement](https://example.org/s)\\]')).toBe('https://example.org/s');
  });
});

describe('a coordinated cue after a quote and its tag', () => {
  it('`"Savage," she said, and says what he believes` takes its subject from the tag, not the quoted word', () => {
    const text = 'I met Bernie Sanders in Vermont.\n\n"Savage," she said, and says what he believes "no matter what."\n\n"What is absolutely imperative is that we keep the movement alive," he told me.\n';
    const quotes = lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source);
    expect(quotes).toEqual(['she', 'she', 'Bernie Sanders']);
  });
});

describe('a full name right after the verb, past a participle\'s aside', () => {
  it('"…, forcing her to fend off both rivals, said Brad Bannon, a pollster" is Bannon\'s', () => {
    expect(firstQuoteSource('That would create a "summer of agony" for Clinton leading up to the convention, forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic pollster.')).toBe('Brad Bannon');
  });

  it('not a name that opens what was said ("said John Smith, 45, fired 12 shots", "said Brad Bannon, the treasurer, had approved")', () => {
    expect(firstAttribution('Police, citing witnesses, said John Smith, 45, fired 12 shots.')?.source).toBe('Police');
    expect(firstAttribution('Mayor Jane Doe, speaking at City Hall on Tuesday, said Brad Bannon, the city treasurer, had approved a $40 million loan.')?.source).toBe('Jane Doe');
  });

  it('with an appositive that only describes him ("a retired Democratic pollster", "who has advised Democrats")', () => {
    expect(firstQuoteSource('That would create a "summer of agony" for Clinton, forcing her to fend off both rivals, said Brad Bannon, a retired Democratic pollster.')).toBe('Brad Bannon');
    expect(firstQuoteSource('That would create a "summer of agony" for Clinton, forcing her to fend off both rivals, said Brad Bannon, who has advised Democrats.')).toBe('Brad Bannon');
  });

  it('not the one told ("…, an intelligence source, who was not authorized to speak, told Fox News.")', () => {
    expect(firstQuoteSource('"The agents are under a lot of pressure," an intelligence source, who was not authorized to speak, told Fox News.')).toMatch(/intelligence source/);
  });
});

describe('officials of a named body', () => {
  it('"White House officials say", "Pentagon officials said" name no one (as "U.S. officials" and "County officials")', () => {
    expect(firstAttribution('White House officials say the move cost 40 jobs.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('He left after Pentagon officials said 40 troops had gone.')).toMatchObject({ kind: 'vague' });
  });

  it('not a body named "Officials", nor officials joined to a named person', () => {
    expect(firstAttribution('The National Association of Latino Elected Officials said 40 seats changed.')).toMatchObject({ kind: 'organization' });
    expect(firstAttribution('President Harris and senior administration officials announced 40 grants.')).toMatchObject({ kind: 'role' });
    expect(firstAttribution('Town and county officials said 40 homes burned.')).toMatchObject({ kind: 'vague' });
  });
});

describe('words after a name that describe its person stop at another person\'s title', () => {
  it('"Bernie Sanders met privately with Pope Francis": "the pope" is Francis, not Sanders', () => {
    const text = 'ROME - Bernie Sanders met privately with Pope Francis on Saturday.\n\nThe pontiff met Sanders at the guest house.\n\n"When I came down, I greeted him and shook his hand," the pope told reporters.\n';
    expect(firstQuoteSource(text)).toBe('Francis');
  });

  it('not before a body\'s name ("joined the State Department as a spokesman" still describes Tom Hill)', () => {
    expect(firstQuoteSource('Tom Hill joined the State Department as a spokesman in 2019.\n\n"We will win the next one," the spokesman said.\n')).toBe('Tom Hill');
  });
});

describe('a participle after "with" and an adverb', () => {
  it('"with Cruz recently promising to "…"" is Cruz\'s, not the main clause subject\'s', () => {
    expect(firstQuoteSource('Yet they have offered few details, with Cruz recently promising to "carpet bomb them into oblivion."')).toBe('Cruz');
    expect(firstQuoteSource('The hall was full, with the Bernie Sanders family calling it "the best night of the whole campaign."')).toBeUndefined();
  });
});

describe('a campaign\'s or office\'s staff, unnamed', () => {
  it('"Clinton aides said", "Sanders strategists acknowledged", "Aides said" are vague', () => {
    expect(firstAttribution('Clinton aides said 40 staffers left.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Sanders strategists acknowledged 40 staffers left.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Aides said 40 staffers left.')).toMatchObject({ kind: 'vague' });
  });

  it('whoever they work for ("Senior Clinton aides", "Hillary Clinton aides", "Morgan Stanley advisers"), but not beside a named person', () => {
    expect(firstAttribution('Senior Clinton aides said 40 staffers left.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Hillary Clinton aides said 40 staffers left.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Morgan Stanley advisers said 40 staffers left.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('President Harris and senior administration officials announced 40 grants.')).toMatchObject({ kind: 'role' });
  });
});

describe('a pronoun after a sentence that opens with a clause of its own', () => {
  it('"When Maddow pointed out …, Clinton seized upon …" then "she said" is Clinton', () => {
    const text = 'Rachel Maddow asked about health care. Hillary Clinton answered at length.\n\nWhen Maddow pointed out that Sanders refers to it as "Medicare for all," Clinton seized upon the reference. "Medicare for all is not the same if you are turning it over to the states," she said.\n';
    expect(lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['Rachel Maddow', 'Hillary Clinton']);
  });

  it('not a name after an appositive\'s or a list\'s comma, nor the main clause\'s object; the latest name that opens a clause', () => {
    const she = (text: string) => lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source).pop();
    expect(she('When Sarah Smith, the mayor, spoke to Mary Jones\'s staff, the room fell silent. "We need unity," she said.')).toBe('Sarah Smith');
    expect(she('When Sarah Smith took office in 2019, the city had just fired Mary Jones. "We had to rebuild," she said.')).toBe('Sarah Smith');
    expect(she('When Tom Lee, Sarah Smith and Bob Hill met on Monday, Mary Jones chaired the session. "We made progress," she said.')).toBe('Mary Jones');
  });

  it('not for a cue that goes on with the speaker\'s words ("she added")', () => {
    const text = 'Sarah Smith and Mary Jones spoke on Monday.\n\nWhen Smith told reporters "we will fight this," Jones nodded. "And we will win," she added.\n';
    expect(lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source).pop()).toBe('Sarah Smith');
  });

  it('"Since announcing William Weld as his running mate, Johnson has risen" then "He talks" is Johnson', () => {
    const text = 'Gary Johnson spoke in Maine.\n\nSince announcing former governor William Weld as his running mate, Johnson has risen in the polls. He talks about "spoiling the party for everyone," and voters cheer.\n';
    expect(firstQuoteSource(text)).toBe('Gary Johnson');
  });
});

describe('a person who issues a document speaks through it', () => {
  it('"Robby Mook released a memo titled …" then "He writes …" is Mook, not the analyst quoted before', () => {
    const text = '"Many would consider that an embarrassment," said David Wasserman, an elections analyst.\n\nOn Monday night, Clinton campaign manager Robby Mook released a memo titled "The Facts on Where the Race Stands."\n\nHe writes Clinton has "built a nearly insurmountable lead among both delegates and voters."\n';
    expect(lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['David Wasserman', 'Robby Mook']);
  });

  it('not a name that only receives the document ("Reporters sent Mook a letter")', () => {
    const text = '"Many would consider that an embarrassment," said David Wasserman, an elections analyst.\n\nOn Monday, reporters sent Robby Mook a letter.\n\nHe writes that Clinton has "built a nearly insurmountable lead among both delegates and voters."\n';
    expect(lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['David Wasserman', 'David Wasserman']);
  });
});

describe('a clause joined after the cue with a subject and verb of its own before the quote', () => {
  it('`Cruz said …, and Trump vowed to "bomb the hell" out of ISIS` is Trump\'s', () => {
    const quotes = lint('Cruz said he would make sand "glow in the dark," for instance, and Trump vowed to "bomb the hell" out of the Islamic State.').claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source);
    expect(quotes).toEqual(['Cruz', 'Trump']);
  });

  it('not the cue\'s own clause going on ("Cruz said, and repeated, that it was "a total disaster for all"")', () => {
    expect(firstQuoteSource('Cruz said, and repeated often, that the plan was "a total disaster for all of us."')).toBe('Cruz');
  });
});

describe('"the Florida senator": a place or party before an office the person named holds', () => {

  it('"Sen. Marco Rubio …" then ""…," the Florida senator said" is Rubio', () => {
    expect(quotes('Sen. Marco Rubio responded first.\n\n"I have been warning throughout this campaign," the Florida senator said in a statement.\n')).toEqual(['Marco Rubio']);
  });

  it('with a second role joined: "the Florida senator and Republican presidential candidate said"', () => {
    expect(quotes('Sen. Marco Rubio responded first, ripping into President Barack Obama.\n\n"I have been warning throughout this campaign," the Florida senator and Republican presidential candidate said in a statement.\n')).toEqual(['Marco Rubio']);
  });

  it('past a standing before the state ("the junior Texas senator", "the independent Vermont senator and Democratic presidential candidate")', () => {
    expect(quotes('Sen. Ted Cruz spoke first.\n\n"We will win," the junior Texas senator said.\n')).toEqual(['Ted Cruz']);
    expect(quotes('Sen. Bernie Sanders on Wednesday called upon the U.S. to press China.\n\n"China is equally concerned," the independent Vermont senator and Democratic presidential candidate told ABC.\n')).toEqual(['Bernie Sanders']);
  });

  it('not when two senators were named before it', () => {
    expect(quotes('Sen. Marco Rubio spoke first. Sen. Bernie Sanders spoke next.\n\n"China is concerned," the Vermont senator said.\n')).toEqual(['the Vermont senator']);
  });

  it('not a role that is no office ("the Florida journalist" is not the one journalist named)', () => {
    expect(quotes('The journalist Maria Hinojosa wrote about it.\n\n"We are concerned," the Florida journalist said.\n')).toEqual(['the Florida journalist']);
  });

  it('a state and a party together, and someone described named since ("His spokesman, Alex Conant,")', () => {
    expect(quotes('Sen. Marco Rubio spoke on Monday.\n\n"We are united," the Florida Republican senator said.\n')).toEqual(['Marco Rubio']);
    expect(quotes('Sen. Marco Rubio criticised the plan on Monday. His spokesman, Alex Conant, said the vote would be close.\n\n"We will fight this," the Florida senator said.\n')).toEqual(['Marco Rubio']);
  });

  it('not a nation\'s office ("the French president" after "President Barack Obama met Francois Hollande")', () => {
    expect(quotes('President Barack Obama met Francois Hollande on Monday.\n\n"We are united," the French president said.\n')).toEqual(['the French president']);
  });

  it('not when someone first named since holds no office ("… Bernie Sanders also spoke." then "the Vermont senator")', () => {
    expect(quotes('Sen. Marco Rubio criticised the plan. Bernie Sanders also spoke.\n\n"China is concerned," the Vermont senator said.\n')).toEqual(['the Vermont senator']);
  });
});

describe('a plural noun spelt like a cue before an aside with its own speaker', () => {
  it('"Cost estimates, he added, were "…"" is the man named before, not a "Cost" who estimates', () => {
    expect(firstQuoteSource('Press secretary Josh Earnest spoke on Tuesday. Cost estimates, he added, were "based on a prototype detention facility."')).toBe('Josh Earnest');
  });
});

describe('the short clause after the last comma before a quote has its subject', () => {
  it('`Asked why …, in the same defense bill, that …, Earnest responded, "…"` is Earnest', () => {
    expect(firstQuoteSource('Asked why the administration did not follow the demand, in the same defense bill, that the report include specific sites and costs, Earnest responded, "I think you have highlighted yet another example of dysfunction."')).toBe('Earnest');
  });

  it('lints a quote after a comma that opens the paragraph, as typed (`, "We will not back down."`)', () => {
    expect(lint(', "We will not back down from this fight."').claims.map((c) => c.kind)).toEqual(['quote']);
  });

  it('not a label that ends in a place ("**Joojin Kim, Chief Executive Officer, SFOC, South Korea,** "…"")', () => {
    expect(firstQuoteSource('**Joojin Kim, Chief Executive Officer, Solutions for Our Climate (SFOC), South Korea,** "The latest decision from the United States reflects the need to center our energy system around people."')).toBe('Joojin Kim');
  });
});

describe('a headline in title case names each person on its own', () => {
  it('in prose, a capitalised preposition inside a name stays in it ("Vietnamese leader To Lam")', () => {
    expect(lint('Vietnamese leader To Lam met Xi Jinping in Hanoi.\n\n"Our friendship is strong," Lam said.\n').claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['To Lam']);
  });


  it('"Between Bernie Sanders And Hillary Clinton": a later "Clinton said" and "she said" are Hillary Clinton', () => {
    expect(quotes('# The Difference Between Bernie Sanders And Hillary Clinton\n\nAmanda Renteria is the director. "We went there," Renteria told reporters.\n\nOn Sunday night, Clinton said the crisis had its roots in race and class issues.\n\n"We have had a city drinking lead-contaminated water," she said.\n')).toEqual(['Amanda Renteria', 'Hillary Clinton']);
  });

  it('"Hillary Clinton Slams Donald Trump On Abortion": Trump is named alone', () => {
    expect(quotes('# Hillary Clinton Slams Donald Trump On Abortion After SCOTUS Ruling\n\nIn March, Trump said, "There has to be some form of punishment."\n')).toEqual(['Donald Trump']);
  });
});

describe('"In his statement Saturday, Sanders did go further": the person named speaks', () => {
  it('an active verb after the name is still theirs ("Bernie Sanders has gone further")', () => {
    expect(lint('"We were coordinating days before," spokesman Dave Murray told the paper.\n\nIn his statement Saturday, Bernie Sanders has gone further in trying to hold the governor accountable.\n\n"There are no excuses," he said.\n').claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['Dave Murray', 'Bernie Sanders']);
  });

  it('not one the document is about ("In his letter Monday, Bob Casey was urged to withdraw")', () => {
    expect(lint('"We have full confidence in the process," Governor Tom Wolf told reporters.\n\nIn his letter Monday, Bob Casey was urged to withdraw his support.\n\n"The process is broken," he said.\n').claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['Tom Wolf', 'Tom Wolf']);
  });

  it('lints a paragraph that stops after the name, as typed ("In her letter Warren")', () => {
    expect(lint('In her letter Warren').claims).toEqual([]);
    expect(lint('In his Obama').claims).toEqual([]);
  });

  it('"he said" in the next paragraph is Sanders, not the spokesman quoted before', () => {
    expect(lint('"We were coordinating days before," spokesman Dave Murray told the paper.\n\nIn his statement Saturday, Bernie Sanders did go further in trying to hold the governor accountable.\n\n"There are no excuses," he said.\n').claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['Dave Murray', 'Bernie Sanders']);
  });
});

describe('a person named before "of" a body whose name ends in a document noun', () => {
  it('"Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote" is Lewis, and so is "he noted" after', () => {
    const text = '"We take the risk very seriously," Josh Earnest told reporters.\n\n"Building a staged thermonuclear weapon would seem to be a stretch," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.\n\nBut, he noted, "it is a mistake to rule out the aspiration by Pyongyang."\n';
    expect(lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['Josh Earnest', 'Jeffrey Lewis', 'Jeffrey Lewis']);
  });
});

describe('the one asked answers', () => {

  it('"Hannity then asked Rubio which states he could win." then ""…," he said" is Rubio', () => {
    expect(quotes('Sen. Marco Rubio spoke to Fox News host Sean Hannity.\n\nHannity then asked Rubio which states specifically he could win.\n\n"Well, we feel great in every one of those states," he said.\n')).toEqual(['Marco Rubio']);
  });

  it('not a request ("Donald asked Freddy Trump to be the best man")', () => {
    expect(quotes('Donald Trump spoke of his brother.\n\nIn 1977, Donald asked Freddy Trump to be the best man at his wedding.\n\n"He would have been an amazing peacemaker," he said.\n')).toEqual(['Donald Trump']);
  });

  it('not when someone speaks after the question in its sentence ("Hannity asked Rubio about it, and Trump said …")', () => {
    expect(quotes('Sen. Marco Rubio spoke to Fox News host Sean Hannity and Donald Trump.\n\nHannity asked Rubio about the remarks, and Trump said on Twitter that Rubio was a lightweight.\n\n"He is a lightweight," he wrote.\n')).toEqual(['Donald Trump']);
  });

  it('not a question recounted before the paragraph\'s own quotes ("when a young man asked Clinton why …")', () => {
    expect(quotes('Betsy Ebeling is a friend of Hillary Clinton.\n\nWhat got under her skin, Ebeling said, was a town hall, when a young man asked Clinton why young people did not like her. "I really got pissed off," she said.\n')).toEqual(['Betsy Ebeling']);
  });
});

describe('an outlet that first reported the document quoted takes no turn', () => {
  it('nor one that first published it, or published the speaker\'s own memo', () => {
    expect(lint('"It became apparent to me," Ash wrote in the email, which was first published by BuzzFeed News. "Reopening the nominations would be a change."').claims.map((c) => c.attribution?.source)).toEqual(['Ash', 'Ash']);
    expect(lint('"It became apparent to me," Ash wrote in the memo, which was published by The Intercept on Monday. "Reopening the nominations would be a change."').claims.map((c) => c.attribution?.source)).toEqual(['Ash', 'Ash']);
  });

  it('but the one that published a report speaks for it ("a report that was published by Human Rights Watch. "…"")', () => {
    expect(firstQuoteSource('The findings come from a report that was published by Human Rights Watch on Tuesday. "The abuses are systematic and widespread across the region."')).toBe('Human Rights Watch');
  });

  it('`"…," Ash wrote in the email, which was first reported by The Associated Press. "…"` is Ash\'s both times', () => {
    expect(lint('"It became apparent to me that there might be a result," Ash wrote in the email, which was first reported by The Associated Press. "Reopening the nominations for President would be a change."').claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source)).toEqual(['Ash', 'Ash']);
  });
});

describe('a surname spelt like a word of a body\'s name', () => {

  it('"Mayor Don Guardian" is a person, "Guardian said" is him and a later "he" too; "The Guardian" is still a paper', () => {
    expect(quotes('Atlantic City Mayor Don Guardian spoke. "The Taj is having difficult times," Guardian said.\n\nBut Guardian stopped short of endorsing the criticisms.\n\nHe said the developer was a "good corporate citizen," who gave back.\n')).toEqual(['Don Guardian', 'Don Guardian']);
    expect(lint('Mayor Don Guardian spoke. The Guardian said 50 people came.').claims[0].attribution?.source).toBe('The Guardian');
  });

  it('not a body at a place ("The pantry at Grace Press", "the Lincoln Mirror")', () => {
    expect(quotes('Volunteer Maria Lopez organised the drive.\n\nThe stand at Tom Press served 200 families this winter.\n\n"We ran out twice," she said.\n')).toEqual(['Maria Lopez']);
  });

  it('a transcript\'s speaker label in capitals is the person named in full before ("YELLEN:")', () => {
    expect(quotes('Treasury Secretary Janet Yellen spoke on Sunday.\n\nYELLEN: "That is not a recession, and the figures show it."\n')).toEqual(['Janet Yellen']);
  });
});

describe('a plural noun of speech after a name\'s possessive', () => {
  it('"Clark\'s comments further "…"" and "denounced Trump\'s remarks as "…"" are not the owner\'s words', () => {
    expect(firstQuoteSource('Clark’s comments further “the anti-Muslim mob mentality” fostered by Trump and other hopefuls, the groups say.\n')).toBe('the groups');
    expect(firstQuoteSource('Hollande denounced Trump’s remarks as “hurtful and humiliating” and warned of the implications.\n')).toBe('Hollande');
  });

  it('the owner still speaks what the noun introduces, and a body named with "\'s" still reports ("Moody\'s estimates")', () => {
    expect(firstSource('Smith’s claims that 40 people died were false.\n')).toBe('Smith');
    expect(firstSource('Moody’s estimates that 4 million of the jobs will return.\n')).toBe('Moody');
    expect(firstSource('Moody’s estimates 4 million jobs will return.\n')).toBe('Moody');
  });
});

describe('a committee title with "ranking" before the name', () => {
  it('"said Oversight ranking Democrat Elijah Cummings" and "said House ranking member …" are the person', () => {
    expect(firstQuoteSource('"It is wrong," said Oversight ranking Democrat Elijah Cummings (D-Md.).\n')).toBe('Elijah Cummings');
    expect(firstQuoteSource('"It is wrong," said House ranking member Elijah Cummings.\n')).toBe('Elijah Cummings');
  });
});

describe('the subject of a paragraph that opens with a phrase or clause', () => {
  it('is whom "he said" in the next paragraph stands for ("Since launching his bid, Trump has …", "In his assessment …, Calderon …")', () => {
    const text = [
      'Donald Trump spoke in Iowa. "We will win," Trump said.',
      'Felipe Calderon, a former president of Mexico, disagreed. "He is wrong," Calderon said.',
      'Since launching his White House bid, Trump has taken a firm stance against illegal immigration.',
      '"They are not sending their best," he said.',
      'Trump also said at the time that the country had become a dumping ground.',
      'In his assessment of the real estate magnate, Calderon intimated disappointment with the voters.',
      '"I cannot understand that," he said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['Donald Trump', 'Felipe Calderon', 'Donald Trump', 'Felipe Calderon']);
  });

  it('not someone who would not speak, nor a name inside the opening phrase ("In a letter to Smith, the mayor …")', () => {
    const text = [
      'Jane Doe, the mayor, spoke first. "We are ready," Doe said.',
      'In a letter to John Smith, the council asked for more time.',
      '"It is not enough," she said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['Jane Doe', 'Jane Doe']);
  });
});

describe('review: a body whose name ends in "\'s" still reports, and the owner speaks what "of" introduces', () => {
  it('"Moody\'s says", "Sainsbury\'s says", "Moody\'s estimates $4 billion", "Fauci\'s estimates ranged from …"', () => {
    expect(firstSource('Unemployment will hit 6 percent, Moody’s says.\n')).toBe('Moody');
    expect(firstQuoteSource('"We are confident," Sainsbury\'s says.\n')).toBe('Sainsbury');
    expect(firstSource('Moody’s estimates $4 billion in losses.\n')).toBe('Moody');
    expect(firstSource('Fauci’s estimates ranged from 100,000 to 240,000 deaths.\n')).toBe('Fauci');
  });

  it('"Trump\'s claims of 3 million illegal votes" are Trump\'s', () => {
    expect(firstSource('Officials questioned Trump’s claims of 3 million illegal votes.\n')).toBe('Trump');
  });

  it('"ranking" before no name is no title, and "has long notes" has no cue', () => {
    expect(firstQuoteSource('"It is wrong," said the Oversight ranking Democrat, Elijah Cummings.\n')).not.toBe('Democrat');
    expect(firstSource('A list published by Bloomberg ranking Democrat megadonors shows 12 gave over $1 million.\n')).toBe('Bloomberg');
    expect(firstSource('The report has long notes on the 40 cases.\n')).toBeUndefined();
  });
});

describe('a state\'s party member standing for someone named', () => {
  it('"the Utah Republican" after "Jason Chaffetz (R-Utah)", "the Maryland Democrat" after "(D-Md.)", "the Florida Republican" after "a Florida Republican"', () => {
    expect(firstQuoteSource('Rep. Jason Chaffetz (R-Utah) sent a letter on Tuesday. “We need answers,” the Utah Republican wrote.\n')).toBe('Jason Chaffetz');
    expect(quotes('“We need answers,” said Rep. Elijah Cummings (D-Md.). “It is wrong,” the Maryland Democrat added.\n')).toEqual(['Elijah Cummings', 'Elijah Cummings']);
    expect(firstQuoteSource('Sen. Marco Rubio, a Florida Republican, spoke. “We need answers,” the Florida Republican said.\n')).toBe('Marco Rubio');
    expect(firstQuoteSource('Sen. Bernie Sanders (I-Vt.) spoke on Tuesday. “We need answers,” the Vermont independent said.\n')).toBe('Bernie Sanders');
  });

  it('not when two fit, and never a name of its own ("the Utah Republican" alone is a role)', () => {
    expect(firstQuoteSource('Rep. Jason Chaffetz (R-Utah) and Sen. Mike Lee (R-Utah) spoke. “We need answers,” the Utah Republican said.\n')).toBe('the Utah Republican');
    expect(firstAttribution('“We need answers,” the Utah Republican said.\n')?.kind).toBe('role');
    // (The words after a name may be the next clause's, not a description of the name.)
    expect(firstQuoteSource('In the letter, addressed to the U.S. attorney, Channing D. Phillips - the Utah Republican asks whether "they violated statutes."\n')).toBe('the Utah Republican');
    // ("The Nevada Independent" is a paper.)
    expect(firstAttribution('“We need answers,” The Nevada Independent reported.\n')?.kind).not.toBe('role');
  });
});

describe('review: titles, papers, apposition in an opening phrase, and "claims of"', () => {
  it('"ranking member Rep. Elijah Cummings" is Cummings; "according to The Iowa Republican" is a paper', () => {
    expect(firstQuoteSource('"It is wrong," said House Oversight ranking member Rep. Elijah Cummings.\n')).toBe('Elijah Cummings');
    expect(firstSource('Rep. Steve King (R-Iowa) has denied the remarks. About 300 people attended the event, according to The Iowa Republican.\n')).toBe('The Iowa Republican');
  });

  it('"Smith\'s claims of innocence" are no source of a figure later in the sentence', () => {
    expect(firstSource('Smith’s claims of innocence were undercut by 40 emails.\n')).toBeUndefined();
  });

  it('a name in apposition inside the opening phrase is not the paragraph\'s subject', () => {
    expect(quotes('Actor John Smith said he was innocent. "I did nothing wrong," Smith said.\n\nAfter meeting with his attorney, Mark Geragos, Smith returned to court on Monday.\n\n"I trust the system," he said.\n')).toEqual(['John Smith', 'John Smith']);
  });
});

describe('a source that only gave a figure', () => {
  const speakers = (text: string): (string | undefined)[] => lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source);
  it('takes no turn of speech: the quote after "a crowd that the campaign estimated at 3,000" is the speaker\'s', () => {
    const draft = '"There is a lot of name-calling going on," the former president told a crowd that the campaign estimated at 3,000 people. "The presidency is a serious job."';
    expect(speakers(draft)).toEqual(['the former president', 'the former president']);
    // (One who speaks takes the turn: "…," the mayor said, and the chief said the cost was $3 million. "…")
    expect(speakers('"We are done," the mayor said, and the chief said the cost was $3 million. "We start over."')).toEqual(['the mayor', 'the chief']);
  });

  it('but one who gives the figure in a sentence of their own, or "puts it", keeps the turn', () => {
    expect(speakers('Fire Chief Dan Ortiz estimated the damage at $2 million. "The whole second floor is gone."')).toEqual(['Dan Ortiz']);
    expect(speakers('"The fire spread fast," said neighbor Tom Gray. Fire Chief Dan Ortiz estimated the damage at $2 million. "It is a total loss."')).toEqual(['Tom Gray', 'Dan Ortiz']);
    expect(speakers('Senator Tom Reed put it bluntly: the bill is dead. "We do not have the votes, and everybody knows it."')).toEqual(['Tom Reed']);
  });

  it('and a body, a document or a group that counted never takes it', () => {
    expect(speakers('Sen. Bernie Sanders spoke for an hour. "This campaign is about you," he said. Organizers estimated the crowd at 11,000. "We are going to win Colorado."')).toEqual(['Bernie Sanders', 'Bernie Sanders']);
    expect(speakers('Gov. Kathy Hochul toured the town. "Whole streets are gone," Hochul said. A state audit put the cost of repairs at $300 million. "We will rebuild."')).toEqual(['Kathy Hochul', 'Kathy Hochul']);
    expect(speakers('Protesters filled the square outside City Hall. "We want our jobs back." Police estimated the crowd at 5,000.')).toEqual([undefined]);
  });
});

describe('a pronoun with a contracted verb', () => {
  it('is the pronoun, not a name: "She\'s a Sanders supporter but concedes", "I\'m told" is a passive', () => {
    const text = '"It is about age," said Mattie Thomas, a retired worker. She\'s a Sanders supporter but concedes that 40 percent of her peers love the Clintons.';
    expect(lint(text).claims.find((c) => c.kind === 'number')?.attribution?.source).toBe('Mattie Thomas');
    expect(firstAttribution("Frannie Kearns spoke first. I'm told we would win 40 seats.")).toBeNull();
    expect(firstAttribution("Frannie Kearns spoke first. We’re told 50 people will come.")).toBeNull();
    expect(firstSource("I'm told by Gov. Tim Walz that 300 jobs were cut.")).toBe('Tim Walz');
  });
});

describe('a document with its title set off after it', () => {
  it('is the subject of the verb after the title: "The report, "Running on Empty," found"', () => {
    expect(firstSource('The report, "Running on Empty," found that vacancies rose to 19 percent.')).toBe('The report');
    // (Not a person with a quoted phrase set off: no title of theirs.)
    expect(firstAttribution('The mayor, "A Better City," found 40 votes.')).toBeNull();
    // (Nor a phrase that only opens the sentence, before a cue with its own speaker.)
    expect(firstQuoteSource('Of the ruling, "It is a victory for every family," said Mayor Jane Park.')).toBe('Jane Park');
  });
});

describe('what something means', () => {
  it('is no report: "their smiles said a lot", "the result says it all", "speaks volumes"', () => {
    expect(firstAttribution('They have lived here for three months, and their smiles said a lot.')).toBeNull();
    expect(firstAttribution('The turnout of 40 percent speaks volumes about the race.')).toBeNull();
    // (Words spoken still are: "Officials said a lot of the 30 dead were children".)
    expect(firstSource('Officials said a lot of the 30 dead were children.')).toBe('Officials');
  });
});

describe('a share of those asked', () => {
  it('is no source: "Just over a quarter, 26 percent, say", "Four in 10 … while a third said"', () => {
    expect(firstAttribution('Just over a quarter, 26 percent, say they will vote for someone else.')).toBeNull();
    expect(firstAttribution('Nearly a quarter, 26 percent, say they will vote for someone else.')).toBeNull();
    // (A source that opens the sentence still is: "Officials, citing the report, say 40 died".)
    expect(firstSource('Officials, citing the report, say 40 died.')).toBe('Officials');
  });
});

describe('"placed" and "pegged" a figure', () => {
  it('set it as "put" does: "placed the value at", "in the range of", "pegged the cost at"', () => {
    expect(firstSource('Dominic Hare placed the value of the artwork in the range of five to six million dollars.')).toBe('Dominic Hare');
    expect(firstSource('Analysts pegged the cost at $40 million.')).toBe('Analysts');
    // (Not a thing set down, nor a finish: "placed the vase at the center of 3 tables", "placed third in 2 races".)
    expect(firstAttribution('She placed the vase at the center of 3 tables.')).toBeNull();
    expect(firstAttribution('He placed third in 2 races.')).toBeNull();
  });
});

describe('third review of the round', () => {
  it('"placed" sets only an amount; "said little, other than that" still reports; a title opens its sentence; "I\'m told by next week" names no one', () => {
    expect(firstAttribution('Witnesses placed the suspect at 123 Main Street before the fire that killed 3 people.')).toBeNull();
    expect(firstSource('Bloomberg pegged him at $2.9 billion.')).toBe('Bloomberg');
    expect(firstSource('Police said little, other than that 3 people were hurt.')).toBe('Police');
    expect(firstSource('The report, "Running on Empty," says Texas lost $3 billion.')).toBe('The report');
    expect(firstAttribution("I'm told by next week the plant will cut 300 jobs.")).toBeNull();
  });

  it('one person counting in a sentence of their own keeps the turn, "she" too', () => {
    const text = 'Ortiz toured the flooded streets on Monday. She estimated the damage at $2 million. "We will rebuild every home."';
    expect(lint(text).claims.find((c) => c.kind === 'quote')?.attribution).not.toBeNull();
  });
});

describe('a count alone on a paragraph\'s first line', () => {
  it('numbers an item of a list typed as paragraphs ("1\\nJohn Leguizamo On …")', () => {
    expect(figures('1\nJohn Leguizamo On How History Feels.\nGetty.\n\n2\nSalma Hayek On Her Start.')).toEqual([]);
    expect(figures('1\nThe museum sold 400 tickets.\n\n2\nThe zoo sold 30.')).toEqual(['400', '30']);
  });

  it('but not a figure alone on its line in a list that does not count from 1, nor one that runs on to the next line', () => {
    expect(figures('2\nDead in the shooting, police said.\n\n3\nInjured, police said.')).toEqual(['2', '3']);
    expect(figures('1\n10\npercent rise in revenue, the company said.\n\n2\nA record year.')).toEqual(['10\npercent']);
  });

  it('nor a figure alone on its line with no count next to it ("87\\nThe number of wildfires …")', () => {
    expect(figures('87\nThe number of wildfires burning in the state, officials said.')).toEqual(['87']);
    expect(figures('45\npercent of voters back the plan, the poll found.')).toEqual(['45\npercent']);
  });

  it('but a count inside a paragraph\'s lines, or with words on its line, is a claim', () => {
    expect(figures('The vote was\n12\nto 3.')).toEqual(['12\nto 3']);
    expect(figures('12 people came.')).toEqual(['12']);
  });
});

describe('"it" with a past tense after a quote that breaks off', () => {
  it('a body named before speaks as "it" (`"…," it recommended`)', () => {
    expect(quotes('The business council opposed an increase. "Keep the carbon tax in place at the current level," it recommended. "Policy makers should review the tax."\n')).toEqual(['it', 'it']);
  });

  it('not how things were (`"…," it seemed`)', () => {
    expect(quotes('The committee met on Monday. "This will not stand for long," it seemed.\n')).toEqual([undefined]);
  });
});

describe('a name after a spaced dash labels the quote after its colon', () => {
  it('"… for Republican contests - Philip Bump: "…"" is Bump\'s; "- Pew Research:" the body\'s', () => {
    expect(quotes('The interplay has been important for Republican contests - Philip Bump: "Two weeks ago, the strongest territory had been the South."\n')).toEqual(['Philip Bump']);
    expect(quotes('Samples are particularly problematic - Pew Research: "All the samples evaluated include more engaged individuals."\n')).toEqual(['Pew Research']);
  });

  it('not a dash inside a label that opens the paragraph', () => {
    expect(quotes('**John C. Yang, Executive Director, Asian Americans Advancing Justice – AAJC:** "As you can tell, I care deeply about this."\n')).not.toContain('AAJC');
  });
});

describe('a couple named together, then "the father" and "the mother"', () => {
  it('"David and Louise Turpin" names two people; "The father said" is David, "The mother said" Louise', () => {
    expect(quotes('Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison.\n\nThe father said "I love my children and I believe my children love me."\n\nThe mother said "I really look forward to the day I can see them."\n')).toEqual(['David Turpin', 'Louise Turpin']);
  });

  it('not "her father": someone else\'s', () => {
    expect(quotes('Police arrested David and Louise Turpin.\n\nLouise Turpin wept. Her father said "I am shocked by all of this."\n')).toEqual(['Her father']);
  });

  it('the surname given once stands for the first of the two as well ("brothers Ammon and Ryan Bundy", then "Ammon Bundy")', () => {
    expect(quotes('His co-defendants included brothers Ammon and Ryan Bundy.\n\nHe marched with Ammon Bundy on Sunday. "Let everybody know where to go," Bundy says.\n')).toEqual(['Ammon Bundy']);
  });
});

describe('two names in apposition to a plural role', () => {
  it('"Two military analysts, Patrick Megahan and Chris Harman, called …" is the pair', () => {
    expect(quotes('Two military analysts, Patrick Megahan and Chris Harman, called the army "the best in the world."\n')).toEqual(['Patrick Megahan and Chris Harman']);
  });
});

describe('verbs of speech outside the cue lexicon introduce a partial quote', () => {
  it('"vented", "groused", "mused"', () => {
    expect(quotes('Fiorina vented to her husband that it would be "incredibly ugly," "a huge shock" and "a fight from start to finish."\n')).toEqual(['Fiorina', 'Fiorina']);
    expect(quotes('CNN president Jeff Zucker said the network would not pay. On Monday, Trump groused to a crowd in Georgia that CNN "doesn\'t treat me properly" before floating an idea.\n')).toEqual(['Trump']);
    expect(quotes('Marco Rubio, who mused in the debate that Clinton was "disqualified from being the commander in chief" because of her server, spoke later.\n')).toEqual(['Marco Rubio']);
  });
});

describe('a manner of speaking introduces a quote like a verb of speech', () => {
  it('"his wife whispered to him:" is the speaker, not the reporter whose tag comes first', () => {
    expect(quotes('As the crowd cheered Sanders on Tuesday, The Washington Post\'s Robert Costa reported, his wife whispered to him: "They\'re still with you."\n')).toEqual(['his wife']);
    expect(quotes('As the results came in, a campaign aide reported, the senator muttered: "We lost Ohio."\n')).toEqual(['the senator']);
  });
});

describe('near misses a review of the round found', () => {
  it('"the father" is not the son of a mother named with him, nor one of two people of a surname', () => {
    expect(quotes('Sarah Miller, 34, and her son, Jacob Miller, 8, were killed.\n\n"She was everything to us," the father said.\n')).toEqual(['the father']);
    expect(quotes('Rep. Adam Smith and Sen. Tina Smith both voted no.\n\n"It was a hard vote," the father said.\n')).toEqual(['the father']);
  });

  it('a place or a title after a spaced dash is no label', () => {
    expect(quotes('The senator ended with a nod to his home state - New Hampshire: "Live free or die, as we say up here."\n')).toEqual(['The senator']);
  });

  it('"was reluctant to say" is no saying; "it occurred to him" is no body speaking', () => {
    expect(lint('Johnson was reluctant to say whether 500 jobs would be cut.').claims.map((c) => c.attribution?.source)).toEqual([undefined]);
    expect(quotes('"We lost by 300 votes," it occurred to him.\n')).toEqual([undefined]);
  });

  it('"continued their attacks" is a deed; "Doctor Who\'s" is a name', () => {
    expect(quotes('Russian forces continued their attacks. "We have been in the basement for 40 hours."\n')).toEqual([undefined]);
    expect(quotes('Fans of Doctor Who\'s latest season said it was "the best in 20 years."\n')).toEqual([undefined]);
  });

  it('a poll\'s maker after an aside of its sample; a place after a role is no name', () => {
    expect(lint('A survey of 2,000 voters, including 600 independents, from Gallup found 40 percent approve.').claims.map((c) => c.attribution?.source)).toContain('Gallup');
    expect(quotes('"We have 300 beds," said the hospital\'s director, Gaza City.\n')).not.toEqual(['Gaza City']);
  });
});

describe('a pronoun right after a relative pronoun', () => {
  it('"President Obama, who he noted was "…"" is not Obama\'s, and the paragraph\'s "he" goes on', () => {
    expect(quotes('"I did not come here tonight to pander to you," Trump said carefully.\n\nHe lambasted the Iran nuclear deal negotiated by President Obama, who he noted was "in his final year, yay." He pledged to relocate the U.S. Embassy to the "eternal capital of the Jewish people, Jerusalem."\n')).toEqual(['Trump', 'Trump', 'Trump']);
  });
});

describe('near misses a third review found', () => {
  it('engines and crowds that roar do not speak; a verb of naming nearer the quote decides', () => {
    expect(quotes('The jet engines roared as Air Force One landed for what aides billed as "a historic visit."\n')).not.toContain('The jet engines');
  });

  it('witnesses and women in apposition to two names are the pair', () => {
    expect(quotes('Two witnesses, Dana Ortiz and Kevin Marsh, told police the car was going "at least 80 miles an hour."\n')).toEqual(['Dana Ortiz and Kevin Marsh']);
  });

  it('"it apologized to customers" is a body speaking; "was happy to report" reports', () => {
    expect(quotes('The airline named no cause. "We are sorry for the outage," it apologized to customers.\n')).toEqual(['it']);
    expect(lint('Johnson was happy to report that revenue rose 12 percent in the quarter.').claims.map((c) => c.attribution?.source)).toEqual(['Johnson']);
  });

  it('a title or a name with an inner capital after a spaced dash labels the quote', () => {
    expect(quotes('Democrats were quick to respond - President Biden: "This is a dark day for working families."\n')).toEqual(['Biden']);
    expect(quotes('The race was close - HuffPollster: "The polls were right this time around."\n')).toEqual(['HuffPollster']);
  });
});

describe('a verb after a quote, in a clause of its own', () => {
  it('a clause of condition after a partial quote does not tag it ("the "back of the queue" if it wanted a deal")', () => {
    expect(quotes('Obama warned Britain. Britain would go to the "back of the queue" if it wanted a trade deal with the US.\n')).toEqual(['Obama']);
    expect(quotes('The backlash grew. Britain would go to the "back of the queue" if it wanted a trade deal with the US.\n')).toEqual([undefined]);
  });
  it('the verb before the quote still tags it', () => {
    expect(quotes('"We are done here," Smith said, because the hour was late.\n')).toEqual(['Smith']);
  });
});

describe('a participle of speech after a conjunction of time', () => {
  it('"… while praising Clinton as a "…"" is the clause subject\'s', () => {
    expect(quotes('Rep. Gwen Graham on Friday pummeled Donald Trump as divisive while praising Hillary Clinton as a "work horse, not a show horse."\n')).toEqual(['Gwen Graham']);
  });
  it('"while calling", "after calling"', () => {
    expect(quotes('The senator drew boos while calling the plan "a total disaster for everyone".\n')).toEqual(['The senator']);
    expect(quotes('Smith resigned after calling the mayor "a liar and a thief".\n')).toEqual(['Smith']);
  });
});

describe('who is blamed or praised for saying the words', () => {
  it('"slammed Barack Obama … for suggesting that rural voters "…"" is Obama\'s', () => {
    expect(quotes('In 2008, Hillary Clinton slammed Barack Obama as elitist and out-of-touch for suggesting that rural voters "cling to guns or religion."\n')).toEqual(['Barack Obama']);
    expect(quotes('Trump mocked Jeb Bush for calling immigration "an act of love".\n')).toEqual(['Jeb Bush']);
  });
  it('not a body, nor one blamed for something no one said', () => {
    expect(quotes('Trump blasted Fox News for calling the race "a done deal for Clinton".\n')).not.toEqual(['Fox News']);
  });
});

describe('two quotes joined by "and" before one tag', () => {
  it('both take the tag after the second', () => {
    expect(quotes('Guns are "the ultimate public health crisis" and "stunt children\'s growth," Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd.\n')).toEqual(['Howard Dean', 'Howard Dean']);
  });
  it('not when the second does not break off for a tag', () => {
    expect(quotes('Radical Left policies like "no cash bail" and "defund the police" put depraved career criminals back on the streets.\n')[0]).toBeUndefined();
  });
});

describe('words someone made, with a participle after them', () => {
  it('"comments Trump made in 2006 saying he "sort of hopes"" are Trump\'s', () => {
    expect(quotes('Democrats highlighted comments Trump made in 2006 saying he "sort of hopes" the housing bubble would burst.\n')).toEqual(['Trump']);
    expect(quotes('Critics pointed to a statement Smith issued Monday calling the plan "a total disaster for everyone".\n')).toEqual(['Smith']);
  });
  it('not a body that made them, nor a name after no noun of words', () => {
    expect(quotes('Critics pointed to a statement Fox News issued Monday calling the plan "a total disaster for everyone".\n')).not.toEqual(['Fox News']);
    expect(quotes('The plan Smith made calling for "a total overhaul of the system" failed.\n')).not.toEqual(['Smith']);
  });
});

describe('review: readings the new forms must not take', () => {
  it('a tag after a clause of reason or condition still tags the quote', () => {
    expect(quotes('The plan is "dead on arrival in the Senate" because it lacks votes, McConnell scoffed.\n')).toEqual(['McConnell']);
    expect(quotes('"We are not going to back down from this fight," because, Smith vowed, the stakes are too high.\n')).toEqual(['Smith']);
  });
  it('"while calling" after an audience\'s reaction or a passive is not the subject\'s', () => {
    expect(quotes('Supporters cheered Trump while calling Clinton "the most corrupt candidate in history."\n')).toEqual([undefined]);
    expect(quotes('Clinton was heckled while speaking in Ohio, with protesters shouting "lock her up now."\n')).not.toEqual(['Clinton']);
  });
});

describe('"it reads": the document a paragraph opened with', () => {
  it('"The email, released by …, was sent …" then ""…," it reads." and on', () => {
    expect(quotes('The email, released by Judicial Watch, was sent at 7:19 p.m. by the chief of staff.\n\n"I just tried you on the phone but you were busy," it reads.\n\n"We have identified the forces that could move," it said.\n')).toEqual(['The email', 'The email']);
  });
  it('"the paper notes …, and it says …" is the paper', () => {
    expect(quotes('For instance, the paper notes the government monitors mosques, and it says authorities blocked websites "with the aim of blocking offensive content."\n')).toEqual(['the paper']);
  });
  it('not a document two paragraphs back, nor "it" with a verb that reads nothing', () => {
    expect(quotes('The email was sent at 7 p.m.\n\nThe team met.\n\nThe hall was full.\n\n"We are ready to go," it said.\n')).not.toEqual(['The email']);
  });
});

describe('a recording of someone speaking; words "from" someone', () => {
  it('"footage of Trump saying, "…"" is Trump\'s', () => {
    expect(quotes('The ad then cuts to footage of Trump saying, "you have to give them a path to succeed."\n')).toEqual(['Trump']);
    expect(quotes('The cost of Trump saying "we will win this race" was high.\n')).toEqual([undefined]);
  });
  it('"comments from former Secretary of Defense Leon Panetta that "…"" are Panetta\'s', () => {
    expect(quotes('The email appears to contradict 2013 comments from former Secretary of Defense Leon Panetta that "time, distance and the lack of warning prevented a response."\n')).toEqual(['Leon Panetta']);
  });
});

describe('review: the second round\'s near misses', () => {
  it('"it said" after another body\'s sentence is not the document\'s', () => {
    expect(quotes('The memo, obtained by NPR, ran 12 pages.\n\nApple declined to comment. "We have 40 stores in the region and more," it said.\n')).toEqual(['it']);
    expect(quotes('The report, released Monday, blamed Exxon. Exxon rejected the findings. "We have cut emissions by a fifth," it said.\n')).toEqual(['it']);
  });
  it('"for signing the bill, calling it "…"" is the subject\'s', () => {
    expect(quotes('The union applauded Governor Andrew Cuomo for signing the bill, calling it "a historic day for workers."\n')).toEqual(['The union']);
  });
  it('"reporting from the war zone" reports nothing; a weekday ends a body\'s name', () => {
    expect(source('The government suspended 5 journalists, reporting from the war zone.\n')).toBeUndefined();
    expect(source('The Justice Department Monday issued a report saying 40 files were lost.\n')).toBe('The Justice Department');
  });
});

describe('ads, lawsuits and editorials speak as documents', () => {
  it('"The Rove ad hits Clinton … and claims that "…"" shares the ad as subject', () => {
    expect(quotes('The Rove ad hits Clinton for taking "54 times more money from Wall Street" and claims that "Wall Street made her a multi-millionaire."\n')).toEqual(['The Rove ad', 'The Rove ad']);
  });
  it('a title in quotation marks inside the ad\'s apposition is stepped over', () => {
    expect(quotes('The ad, titled "Unifier?", concludes that Trump is too "dangerous and reckless" to be president.\n')).toEqual(['The ad']);
  });
  it('is a document, not a role', () => {
    const kind = (text: string) => lint(text).claims.find((c) => c.kind === 'quote')?.attribution?.kind;
    expect(kind('The lawsuit says the county\'s plan had a "dramatic and disparate impact" on voters.\n')).toBe('document');
    expect(kind('"There are invertebrates that have shown more spine," a Wednesday editorial reads.\n')).toBe('document');
  });
});

describe('"citing" the sources behind a report', () => {
  const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => text.slice(f.range.start, f.range.end));
  it('vague sources an outlet cites are vague; the figure stays the outlet\'s', () => {
    expect(vague('Reuters reported that 40 people died, citing anonymous sources.\n')).toEqual(['citing anonymous sources']);
    expect(source('Reuters reported that 40 people died, citing anonymous sources.\n')).toBe('Reuters');
    expect(vague('Reuters, citing two sources close to the investigation, said 40 people died.\n')).toEqual(['citing two sources close to the investigation']);
    expect(source('Reuters, citing two sources close to the investigation, said 40 people died.\n')).toBe('Reuters');
  });
  it('what the cited are cited for is no part of them', () => {
    expect(vague('The paper cited anonymous sources for the figure of 40 deaths.\n')).toEqual(['cited anonymous sources']);
  });
  it('a reason "citing" gives is no source', () => {
    expect(source('The mayor cut 40 jobs in March, citing the ongoing investigation.\n')).toBeUndefined();
    expect(vague('She resigned after 12 years, citing health reasons.\n')).toEqual([]);
  });
});

describe('an appositive whose closing comma was left out', () => {
  it('describes the name that opens the clause, which speaks', () => {
    expect(source('John Smith, a spokesman for the company said 40 people died.\n')).toBe('John Smith');
    expect(quotes('Anthony Anton, president and CEO of Washington Restaurant Association stated, "It is a math problem with 40 owners."\n')).toEqual(['Anthony Anton']);
  });
  it('not without a role in it, nor after a place', () => {
    expect(source('John Smith, who runs the company said 40 people died.\n')).not.toBe('John Smith');
    expect(source('In Boston, a spokesman for the company said 40 people died.\n')).not.toBe('In Boston');
  });
});

describe('a ratio of those polled', () => {
  it('"Four in 10 voters said" names no source, for its own figure or the next clause\'s', () => {
    const sources = (text: string) => lint(text).claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.source);
    expect(sources('Four in 10 voters said life would be worse, while nine in 10 said the economy favors the wealthy.\n')).toEqual([undefined, undefined]);
    expect(sources('About four out of 10 voters said life would be worse, while nine in 10 said the economy favors the wealthy.\n')).toEqual([undefined, undefined]);
  });
});

describe('an outlet described after its name', () => {
  it('"the conservative-leaning newspaper wrote" is the paper named before', () => {
    expect(quotes('The Wall Street Journal called on Trump to change course.\n\n"He needs to stop blaming everyone else," the conservative-leaning newspaper wrote.\n')).toEqual(['Wall Street Journal']);
    expect(quotes('CNN reported the figure on Monday.\n\n"We stand by our reporting," the network said.\n')).toEqual(['CNN']);
  });
  it('not "the paper" (often a study), nor an outlet of another kind', () => {
    expect(quotes('The New York Times covered the study.\n\n"Bees dance to share maps," the paper concludes.\n')).not.toEqual(['New York Times']);
    expect(quotes('CNN reported the figure on Monday.\n\n"We stand by it," the newspaper said.\n')).not.toEqual(['CNN']);
  });
});

describe('a pronoun after a paragraph whose subject takes another\'s words', () => {
  const text = 'Vice President Joe Biden spoke in Scranton on Monday.\n\n"This man is unqualified," said the man who built his career on blue collar credentials.\n\nRepeating from his speech at the Democratic National Convention last week, Biden rubbished Trump\'s claim to understand the middle class.\n\n"To repeat myself, it\'s a bunch of malarkey," he said.\n';
  it('"Biden rubbished Trump\'s claim" then ""…," he said" is Biden, the subject past the opening phrase', () => {
    expect(quotes(text)).toEqual(['the man', 'Joe Biden']);
  });
  it('"Trump\'s claim" still attributes its own quote', () => {
    expect(quotes('Biden rubbished Trump\'s claim that he "understands the middle class."\n')).toEqual(['Trump']);
  });
});

describe('review: "citing", open appositives, ratios and claims as things', () => {
  const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => text.slice(f.range.start, f.range.end));
  const rules = (text: string) => lint(text).findings.map((f) => f.ruleId);
  it('the outlet whose clause "citing" closes keeps the figure, not an earlier speaker', () => {
    expect(lint('The mayor said 12 died, but the Post put the toll at 40, citing anonymous sources.\n').claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.source)).toEqual(['The mayor', 'Post']);
    expect(vague('Citing anonymous sources, Reuters reported that 40 died.\n')).toEqual(['Citing anonymous sources']);
    expect(vague('Reuters reported that 40 died, citing two U.S. officials.\n')).toEqual(['citing two U.S. officials']);
  });
  it('"citing" a reason, with no one reporting, names no source', () => {
    expect(source('Police detained 12 people, citing witnesses who saw the attack.\n')).toBeUndefined();
    expect(source('The board rejected the $4 million plan, citing concerns from parents.\n')).toBeUndefined();
    expect(source("The school closed for 3 days, citing doctors' advice.\n")).toBeUndefined();
  });
  it('no one cited when none is: "never cited a source"', () => {
    expect(rules('Trump never cited a source for the figure of 40 deaths.\n')).not.toContain('anonymous-source-reason');
  });
  it('"cited in media reports" is vague', () => {
    expect(vague('The death toll of 40, cited in media reports, could not be confirmed.\n')).toEqual(['cited in media reports']);
  });
  it('a parenthetical tag is no open appositive; nor is a place', () => {
    expect(source('Bernie Sanders, his campaign manager Jeff Weaver said, raised $40 million.\n')).toBe('Jeff Weaver');
    expect(source('Ted Cruz, a Senate aide said, blocked 12 bills last year.\n')).toBe('a Senate aide');
    expect(source('Virginia Beach, a city spokesman said 400 homes were lost.\n')).toBe('a city spokesman');
  });
  it('"Four in 10 officials said" is no source either', () => {
    expect(lint('Four in 10 officials said 40 people died.\n').claims.map((c) => c.attribution?.source)).toEqual([undefined, undefined]);
  });
  it('a comma inside what the verb reports keeps the open appositive; a surname that is a place word is a surname', () => {
    expect(source('John Smith, a spokesman for the company said the plant, which employs 900 people, will close.\n')).toBe('John Smith');
    expect(source('Kim Park, a spokeswoman for the hospital said 12 patients were treated.\n')).toBe('Kim Park');
  });
  it('"The IDF claim", "A Pentagon claim that …" are the body\'s words', () => {
    expect(source('The IDF claim 40 militants were killed.\n')).toBe('The IDF');
    expect(source('A Pentagon claim that 40 fighters were killed could not be verified.\n')).not.toBeUndefined();
  });
  it('"a migrant\'s asylum claim" is a thing, "Trump\'s claim" words', () => {
    expect(source("A migrant's asylum claim can take 5-7 years.\n")).toBeUndefined();
    expect(source('A typical asylum claim can take five years to resolve.\n')).toBeUndefined();
    expect(source("Trump's claim that 40 people died was debunked.\n")).toBe('Trump');
    expect(source("The district's own estimate is $487.\n")).toBe("The district's own");
  });
});

describe('a name\'s words qualified before "that"', () => {
  it('"Trump\'s false claim that …" is Trump\'s, as "Trump\'s claim that …" is', () => {
    expect(source("Trump's false claim that 40 people died was debunked.\n")).toBe('Trump');
    expect(source("Clinton's recent remarks that 40 jobs were lost drew fire.\n")).toBe('Clinton');
  });
  it('not a name\'s other nouns, nor after a preposition', () => {
    expect(source("Smith's latest estimate that 40 people died was wrong.\n")).toBeUndefined();
    expect(source("In Trump's recent remarks that night, 40 people were named.\n")).not.toBe('Trump');
  });
});

describe('words said that another judges: "mocked Bush\'s assertion that "…""', () => {
  it('the owner of the assertion, insistence or boast speaks the quote, not who questions it', () => {
    expect(quotes('Marco Rubio questioned Jeb Bush\'s assertion that "we have 12 plans for the economy."\n')).toEqual(['Jeb Bush']);
    expect(quotes('Ted Cruz spoke in Iowa. Cruz dismissed Donald Trump\'s boast that "I will win 40 states."\n')).toEqual(['Donald Trump']);
    expect(quotes('Marco Rubio mocked Jeb Bush\'s insistence that "we have 12 plans."\n')).toEqual(['Jeb Bush']);
    expect(quotes('President Biden thanked Kishida, noting that the Prime Minister\'s declaration that "any use of a nuclear weapon would be an act of hostility" has resonated.\n')[0]).not.toBe('Biden');
  });
  it('only the quote: the sentence\'s other figures are not the owner\'s', () => {
    expect(source('Fact-checkers rated Trump\'s assertion that "we have the cleanest air" false; the U.S. ranks 24th.\n')).toBeUndefined();
    expect(source('Trump\'s boast that "we have the best economy in history" was false: growth was 2.3 percent.\n')).toBeUndefined();
  });
  it('the owner\'s whole name, but not a word that opens the sentence; not another\'s possessive; not a criminal charge', () => {
    expect(quotes('But Trump\'s assertion that "we will win big" fell flat.\n')).toEqual(['Trump']);
    expect(quotes('On Monday Trump\'s assertion that "we will win big" fell flat.\n')).toEqual(['Trump']);
    expect(quotes('Jane Sanders praised her husband\'s boast that "we gave a lot to charity."\n')).not.toEqual(['Jane Sanders']);
    expect(quotes('Prosecutors said Trump\'s conspiracy charge that "he knowingly conspired to defraud the United States" is serious.\n')).not.toEqual(['Trump']);
  });
  it('not before words that are not quoted, nor a noun no one owns', () => {
    expect(source("Asked whether the President's insistence that the UK would wait was right, 59 percent said it was not.\n")).toBeUndefined();
    expect(quotes('Marco Rubio made the assertion that "we have 12 plans."\n')).toEqual([undefined]);
  });
});

describe('"Despite" and "Unlike" are no part of a source', () => {
  it('"Despite polls showing her 20 points behind" is the polls\' (vague)', () => {
    const claim = lint('Despite polls showing her 20 points behind, Clinton campaigned hard.\n').claims.find((c) => c.kind === 'number');
    expect(claim?.attribution?.source).toBe('polls');
    expect(claim?.attribution?.kind).toBe('vague');
  });
});

describe('a middle initial is part of the name a sentence gives', () => {
  it('"John F. Kennedy blasted Rubio." is the "he" and "the senator" of the next sentence, whole', () => {
    expect(quotes('John F. Kennedy blasted Rubio. "It shows a lack of character," he said.\n')).toEqual(['John F. Kennedy']);
    expect(quotes('Sen. Harry M. Reid blasted Rubio. "It shows a lack of character," the senator said.\n')).toEqual(['Harry M. Reid']);
    expect(quotes('Harry M. Reid blasted Rubio. "It shows a lack of character," Reid said.\n')).toEqual(['Harry M. Reid']);
  });
});

describe("a generation's suffix", () => {
  it('is no part of the surname a later mention uses; a pope\'s number stays', () => {
    // (The initial's stop is shown or not by the path that named him: the person is the same.)
    expect(quotes('Adm. Harry B. Harris Jr., who leads the Pacific Command, spoke on Monday.\n\n"China is militarizing the sea," Admiral Harris said.\n')[0]).toMatch(/^Harry B\.? Harris$/);
    expect(quotes('Joseph R. Murray II spoke on Monday. "We will win," Murray said.\n')).toEqual(['Joseph R. Murray']);
  });
});

describe('a run of capitals after "The" that opens a sentence', () => {
  it('names a thing, not a person a later "he" stands for', () => {
    // (With no given name to prefer, "he" would have stood for a "Debate Debate" read as a titled person.)
    expect(quotes('Sanders spoke on Monday. The Great Debate Debate went badly for everyone. "We are not willing to debate issues," he told reporters.\n')).not.toContain('Debate Debate');
    expect(quotes('Bernie Sanders spoke on Monday. The Great Debate Debate shows the futility.\n\nFriday, he told the New York Daily News that Clinton was "not willing to debate issues."\n')).toEqual(['Bernie Sanders']);
    expect(quotes('Bernie Sanders spoke on Monday. The Great Debate shows the futility.\n\nFriday, he told the New York Daily News that Clinton was "not willing to debate issues."\n')).toEqual(['Bernie Sanders']);
  });
});

describe('a dialogue tag whose subject opens with "a" or "an"', () => {
  it('"an angry Hollande retaliated" is Hollande; "a furious spokesman retorted" the spokesman', () => {
    expect(quotes('"France will always be France," an angry Hollande retaliated. "It never gives up."\n')).toEqual(['Hollande', 'Hollande']);
    expect(quotes('"We will sue," a furious spokesman retorted.\n')).toEqual(['a furious spokesman']);
  });
});

describe("a document's participle", () => {
  it('"a memo claiming that "…"" gives the quote to the memo when no one is said to have made it', () => {
    expect(quotes('The RNC emailed reporters a memo claiming that "Clinton is losing her grip on the race."\n')).toEqual(['a memo']);
    expect(quotes('The group released a statement saying that "the vote was rigged."\n')).toEqual(['The group']);
  });
});

describe('whom a poll counted', () => {
  it('"The poll included 996 likely voters" is the poll\'s figure; "The package included 300 jobs" names no source', () => {
    expect(source('The poll included 996 likely voters; those samples carry margins of error of plus or minus 4.3 percent.')).toBe('The poll');
    expect(source('The Quinnipiac poll contacted 1,000 adults.')).toBe('The Quinnipiac poll');
    expect(source('The package included 300 jobs.')).toBeUndefined();
  });
  it('"The poll carries a margin of error of …" is the poll\'s; "carried out by" goes on to the verb', () => {
    expect(source('The poll carries a margin of error of plus or minus 3.5 percentage points.')).toBe('The poll');
    expect(source('The poll carried a margin of error of 4 points.')).toBe('The poll');
    expect(source('The survey carried out by Ipsos found 40 percent support.')).toBe('Ipsos');
    expect(source('The Gallup poll carried little weight with the 40 senators who voted no.')).toBeUndefined();
  });
  it('"The poll\'s margin of error was …" is the poll\'s; so is a sample\'s aside of how it was reached', () => {
    expect(source("The poll's margin of error was plus or minus 4 percentage points.")).toBe('The poll');
    expect(source("The company's margin was 4 percent.")).toBeUndefined();
    expect(source("The poll's findings were wrong in 40 races.")).toBeUndefined();
    expect(source('The survey of 804 likely voters, reached by phone and text message, has a margin of error of plus or minus 3.5 percentage points.')).toBe('The survey');
    // (Not who sponsored it: a sponsor's title read as a name, "The poll, sponsored by Sen. Amy Klobuchar's campaign,".)
    expect(source("The poll, sponsored by Sen. Amy Klobuchar's campaign, found her leading by 20 points.")).not.toBe('Sen');
  });
});

describe("a name's possessive before a role, and a dateline with its agency", () => {
  it('"Hillary Clinton\'s spokesman rallied supporters, saying" is the spokesman; "WASHINGTON (AP) —" is no one', () => {
    expect(quotes('Hillary Clinton’s spokesman rallied supporters, saying: “We have to be ready to stop him.”\n')).toEqual(['Hillary Clinton’s spokesman']);
    expect(quotes('Trump’s campaign manager rallied supporters, saying: “We have to be ready to stop him.”\n')).toEqual(['Trump’s campaign manager']);
    expect(quotes('Clinton’s speech included a promise: “We have to be ready to stop him.”\n')).toEqual(['Clinton']);
    expect(quotes('WASHINGTON (AP) — The senator rallied supporters, saying: “We have to be ready to stop him.”\n')).toEqual(['The senator']);
  });
});

describe('verbs of judging what they quote', () => {
  it('"Cruz questioned Trump\'s "New York values"" is Cruz\'s phrase', () => {
    expect(quotes('Cruz, leading narrowly in Iowa polls, questioned Trump\'s "New York values" and his readiness to be commander in chief.\n')).toEqual(['Cruz']);
  });
});

describe('review: middle initials in labels and after titles', () => {
  it('"Newark Mayor Ras J. Baraka:" is Ras J. Baraka; "Pastor T. Ray "Mac" McJunkins:" is Ray McJunkins', () => {
    expect(quotes('Newark Mayor Ras J. Baraka: "We repaired 500 homes this year."\n')).toEqual(['Ras J. Baraka']);
    expect(quotes('Pastor T. Ray "Mac" McJunkins: "Thank you to the 300 volunteers."\n')).toEqual(['Ray McJunkins']);
  });
  it('a sign someone holds up is theirs, not the sign\'s', () => {
    expect(quotes('The senator held up a sign saying "$20 trillion in debt is too much."\n')[0]).not.toBe('a sign');
  });
});

describe('review: a document\'s participle, not one its subject authored, received or opens the sentence with', () => {
  it('"Robby Mook authored a memo stating", "Clinton received an email saying", "In a memo claiming …, Mook"', () => {
    expect(quotes('Robby Mook authored a memo stating that "the race is over."\n')).toEqual(['Robby Mook']);
    expect(quotes('Clinton received an email saying "the server is down for good."\n')[0]).not.toBe('an email');
    expect(quotes('In a memo claiming that "the race is over," Mook laid out the math.\n')[0]).not.toBe('a memo');
  });
});

describe("an outlet's report after a quote that a speaker's verb introduces", () => {
  it('"Canova told reporters, "…," The Miami Herald reported" is Canova\'s', () => {
    expect(quotes('Canova told reporters, "We will win," The Miami Herald reported.\n')).toEqual(['Canova']);
    // (Not whom a verb of quoting quotes: "Smith quoted Churchill, "…"".)
    expect(quotes('Smith quoted Churchill, "Never, never, never give up," the Herald reported.\n')).not.toEqual(['Smith']);
    expect(quotes('When asked about it, Canova "bristled" and said, "We are done," The Miami Herald reported.\n')).toEqual(['Canova']);
  });
  it('not a quote no verb introduces right before it', () => {
    expect(quotes('In Iowa on Monday, the crowd waited. "We will win," The Miami Herald reported.\n')).toEqual(['The Miami Herald']);
  });
});

describe('a noun cue inside a role after its article', () => {
  it('"The former talk radio host said", "A talk show host said": the host, not a cue "talk"', () => {
    expect(source('The former talk radio host said 40 people came.\n')).toBe('The former talk radio host');
    expect(source('A talk show host said 40 people came.\n')).toBe('A talk show host');
  });
  it('a cue after its subject still ends the phrase, and a noun cue a preposition governs or a plural\'s verb is no modifier', () => {
    expect(source('Officials report 40 people came.\n')).toBe('Officials');
    expect(source('In the report police said 40 people died.\n')).toBe('police');
    expect(source('The results show police said 40 people were hurt.\n')).toBe('police');
    expect(source('The data show hospitals report 40 new cases a day.\n')).toBe('hospitals');
  });
});

describe('a parent described by the count of their children', () => {
  it('""…," the mother of three said" is the mother\'s, not the last speaker\'s', () => {
    expect(quotes('Donald Trump spoke on Monday. "We will win," the mother of three said.\n')).toEqual(['the mother of three']);
    expect(lint('The mother of three said 40 homes burned.\n').claims.find((c) => c.text === '40')?.attribution?.source).toBe('The mother of three');
  });
  it('a parent before a cue no model reads as one stays no source ("A father of two reports 40 hours")', () => {
    expect(lint('A father of two reports 40 hours of overtime.\n').claims.find((c) => c.text === '40')?.attribution).toBeFalsy();
  });
  it('"Three of the mothers said" is still a share of a group', () => {
    expect(source('Three of the mothers said 40 homes burned.\n')).toBe('Three of the mothers');
  });
});

describe('a generation after a name', () => {
  it('"Henry Ford II said" is a person, and "Martin Luther King III" is King; a pope or a king keeps the number', () => {
    expect(lint('Henry Ford II said the company sold 40 cars.\n').claims[0].attribution?.kind).toBe('named');
    expect(source('Martin Luther King III said 40 people came.\n')).toBe('Martin Luther King');
    expect(source('King Charles III said 40 people came.\n')).toBe('Charles III');
    expect(source('Pope John Paul II said 40 priests were ordained.\n')).toBe('John Paul II');
    expect(quotes('Charles Elliott III spoke on Monday. "We miss him," Elliott said.\n')).toEqual(['Charles Elliott']);
  });
  it('a fund or an article with a number stays what it is', () => {
    expect(lint('Churchill Capital IV said it raised $40 million.\n').claims[0].attribution?.kind).toBe('organization');
    expect(lint('Article II says 40 things.\n').claims[0].attribution?.kind).not.toBe('named');
  });
});

describe('a person by their age', () => {
  it('""…," the 46-year-old said" and "The 46-year-old said" are a source, not a quote or figure with none', () => {
    expect(quotes('"We have nothing," the 46-year-old said.\n')).toEqual(['the 46-year-old']);
    expect(lint('The 46-year-old said 40 homes burned.\n').claims.find((c) => c.text === '40')?.attribution?.source).toBe('The 46-year-old');
  });
  it('not a person named before with that age, who may be another than the one meant', () => {
    // ("The other driver, 46," is the speaker here, not the victim named with her age.)
    expect(quotes('Maria Lopez, 46, was killed in the crash. The other driver, 46, was unhurt. "I never saw her car coming," the 46-year-old said.\n')).toEqual(['the 46-year-old']);
  });
  it('not an age before a noun a cue word shares ("The 20-year-old claims were rejected"), and "a 2019 audit says" stays the document', () => {
    expect(source('The 20-year-old claims were rejected by 3 courts.\n')).toBeUndefined();
    expect(source('A 2019 audit says 40 homes burned.\n')).toBe('A 2019 audit');
  });
});

describe('an epithet for the person the story is about', () => {
  it('no description the draft gave fits: the person named before it in its paragraph', () => {
    expect(quotes('Harry M. Reid (D-Nev.) blasted Rubio in an interview. "It shows a lack of character," the Senate minority leader said.\n')).toEqual(['Harry M. Reid']);
    expect(quotes('Donald Trump, the Republican front-runner, listed a show.\n\n"They got great ratings," the billionaire business mogul told People.\n')).toEqual(['Donald Trump']);
  });
  it('past its paragraph, whom the paragraph before opened with, not the latest name', () => {
    const text = 'US President Barack Obama will paint Donald Trump as unfit, contrasting the Republican nominee with Hillary Clinton.\n\nObama will make the case that Clinton is qualified.\n\n"Nothing truly prepares you for the Oval Office," the two-term president will say.\n';
    expect(quotes(text)).toEqual(['Barack Obama']);
    expect(quotes('Marco Rubio spoke over boos as he congratulated Donald Trump. Rubio offered an evaluation.\n\nThe Florida senator took a heckler in stride, saying the man would "not get beat up" at his rally, a swipe at Trump.\n')).toEqual(['Marco Rubio']);
  });
  it('after "One month after …," the main clause\'s subject is whom it stands for', () => {
    expect(quotes('One month after announcing his support for Donald Trump, Marco Rubio still believes it. "I stand by everything I said," the Florida senator told reporters.\n')).toEqual(['Marco Rubio']);
  });
  it('an age ("the 74-year-old said") after the person it describes, given no one else that age', () => {
    expect(quotes('Marjorie Quint, who has held season tickets since 1989, said she cried. "We had our first date at a game," the 74-year-old said.\n')).toEqual(['Marjorie Quint']);
    expect(quotes('Tom Egger, a retired teacher, said he plans to vote yes.\n\n"We go around and around about it," the 71-year-old said.\n')).toEqual(['Tom Egger']);
    expect(quotes('Tom Egger, a 71-year-old retired teacher, said he plans to vote yes.\n\n"We go around and around about it," the 71-year-old said.\n')).toEqual(['Tom Egger']);
  });
  it('not an age the paragraph gave someone else too, or another brought in at it, or a person of another age', () => {
    expect(quotes('Maria Lopez, 46, was killed in the crash. The other driver, 46, was unhurt. "I never saw her car coming," the 46-year-old said.\n')).toEqual(['the 46-year-old']);
    expect(quotes('Officer Tom Reyes shot a 24-year-old man on Friday. "He never warned me," the 24-year-old said.\n')).toEqual(['the 24-year-old']);
    expect(quotes('Tom Reyes, 52, spoke first. "He never warned me," the 24-year-old said.\n')).toEqual(['the 24-year-old']);
  });
  it('a description the draft gave fits no one this paragraph or the one before brought in by its word ("shot a man")', () => {
    expect(quotes('Tom Reyes shot a man on Friday. "He never warned me," the man said.\n')).toEqual(['the man']);
    // (But a role that describes someone named does: "as a spokesman", ", a retired teacher,".)
    expect(quotes('Tom Hill, a spokesman for the agency, spoke in May. "We will answer," the spokesman said.\n')).toEqual(['Tom Hill']);
  });
  it('not someone of another office or nation, nor an office nobody named held, nor a role introduced before', () => {
    expect(quotes('Gov. Ron Baxter spoke first.\n\n"We will win," the senator said.\n')).toEqual(['the senator']);
    expect(quotes('Donald Trump met reporters in Mexico City.\n\n"We talked about the wall," the Mexican president said.\n')).toEqual(['the Mexican president']);
    expect(quotes('Maria Lopez, who runs the shelter, spoke first.\n\n"We will reopen," the president said.\n')).toEqual(['the president']);
    expect(quotes('Maria Lopez spoke at the rally. A Gawker employee watched.\n\n"It was a trap," the employee wrote.\n')).toEqual(['the employee']);
  });
  it('not the other side, another body\'s or team\'s office, nor someone of another trade, party or standing in office', () => {
    // (Each of these went to the person named before on a first reading.)
    expect(quotes('Stephen Curry scored 40 points, but the Warriors lost to the Nuggets.\n\n"We just made more plays," the Nuggets star said.\n')).toEqual(['the Nuggets star']);
    expect(quotes('Prime Minister Keir Starmer defended the budget on Wednesday.\n\n"It is a betrayal of working people," the opposition leader said.\n')).toEqual(['the opposition leader']);
    expect(quotes('President Donald Trump froze $2 billion in federal grants to Harvard University on Monday, saying the school had failed to curb antisemitism.\n\n"We will not surrender our independence," the university president wrote in a letter to students.\n')).toEqual(['the university president']);
    expect(quotes('Police Chief John Smith said officers arrested people outside the plant.\n\n"We will be back next week," the activist said.\n')).toEqual(['the activist']);
    expect(quotes('"We need to cut taxes," said Republican candidate John Smith.\n\n"My opponent\'s plan would add to the deficit," the Democratic candidate said.\n')).toEqual(['John Smith', 'the Democratic candidate']);
    expect(quotes('President Joe Biden criticized the record in a speech on Tuesday.\n\n"We had the greatest economy in history," the former president said at a rally.\n')).toEqual(['the former president']);
    expect(quotes('Vice President Kamala Harris toured the battery plant on Monday.\n\n"This is what investment looks like," the president said in a statement.\n')).toEqual(['the president']);
  });
  it('not the one a later epithet answers, two of one standing, an object, an official for an age, nor someone "now a" nurse', () => {
    expect(quotes('Mayor Linda Haskins defended her record at the debate.\n\n"We have done more than anyone," Haskins said.\n\n"She has had eight years to fix this," the challenger said.\n')).toEqual(['Linda Haskins', 'the challenger']);
    expect(quotes('Elon Musk and Mark Zuckerberg traded insults online on Tuesday.\n\n"He is a coward," Musk wrote.\n\n"I am ready any time," the billionaire wrote.\n')).toEqual(['Elon Musk', 'the billionaire']);
    expect(quotes('Gov. Josh Shapiro said Tuesday that he would not sign the budget.\n\n"The governor is dreaming," the Republican leader said.\n')).toEqual(['the Republican leader']);
    expect(quotes('A fire destroyed a house on Elm Street early Sunday.\n\nRed Cross spokeswoman Ana Diaz said the agency had put the woman up in a hotel.\n\n"I lost everything," the 61-year-old said.\n')).toEqual(['the 61-year-old']);
    expect(quotes('Derek Cole, 27, was killed when his motorcycle hit a pickup.\n\nThe pickup\'s driver, also 27, was not hurt, police said.\n\n"I never saw him," the 27-year-old said.\n')).toEqual(['the 27-year-old']);
    expect(quotes('Maria Lopez, now a nurse at Mercy Hospital, returned to work on Monday. "I missed my patients," the nurse said.\n')).toEqual(['Maria Lopez']);
  });
  it('not an order or occasion\'s speaker, not a race\'s epithet for a pollster or moderator, not a word the paragraph gave another', () => {
    expect(quotes('Dana Whitt, who organized the forum at the library, opened with a plea for calm.\n\n"We were never consulted, not once," the first speaker said.\n')).toEqual(['the first speaker']);
    expect(quotes('Pollster Ed Gaines said the survey of 600 likely voters showed a tie.\n\n"Polls don\'t vote, people do," the candidate told supporters in Dover.\n')).toEqual(['the candidate']);
    expect(quotes('Moderator Jane Ostrow asked both candidates about abortion.\n\n"I support the right to choose," the Democratic nominee said.\n')).toEqual(['the Democratic nominee']);
    expect(quotes('Priya Nair, who joined Lumen Health as its first engineer in 2017, will lead the company after the departure of its co-founder.\n\n"It was time for new hands on the wheel," the founder said in a statement.\n')).toEqual(['the founder']);
  });
  it('an age: not after "turned 74" given to another, nor "his 8-year-old granddaughter"', () => {
    expect(quotes('Ruth Calder, who turned 74 last week, was hit by a pickup truck.\n\nDave Ortiz, who lives across the street, said he heard the brakes. "It sounded like a gunshot," Ortiz said.\n\n"I could not feel my legs," the 74-year-old said.\n')).toEqual(['Dave Ortiz', 'the 74-year-old']);
    expect(quotes('Mel Grady said his 8-year-old granddaughter was bitten by a dog. "She needed 14 stitches," Grady said.\n\n"I was just petting him," the 8-year-old said.\n')).toEqual(['Mel Grady', 'the 8-year-old']);
  });
  it('a role the draft gave the person is theirs, though the paragraph brings in another of that trade', () => {
    expect(quotes('Maria Lopez, a nurse at Mercy Hospital, said she was trained by a nurse who had served in Iraq. "She taught me not to panic," the nurse said.\n')).toEqual(['Maria Lopez']);
  });
  it('the latest speaker in the paragraph before; not one further back, whom the quote may answer', () => {
    expect(quotes('Dolores Whitcomb, a Republican who was speaker of the House, said he "could filibuster a hearing with a story."\n\n"He would come to my office with coffee," Whitcomb said.\n\nThe former speaker, who is 90, says she voted against it: "I was wrong about that one."\n')).toEqual(['Dolores Whitcomb', 'Dolores Whitcomb', 'Dolores Whitcomb']);
    expect(quotes('"We will not raise taxes," Gov. Josh Shapiro said Tuesday.\n\nThe budget must pass by June 30.\n\n"The governor is dreaming," the Republican leader said.\n')).toEqual(['Josh Shapiro', 'the Republican leader']);
  });
  it('an age: the one person given it, never a judge or an officer, nor when the draft gave it in words to another', () => {
    expect(quotes('A jury on Thursday convicted Derek Cole, 27, of murder.\n\nJudge Mary Wiseman scheduled sentencing for June 12.\n\nDefense attorney Jon Rion said his client would appeal. "The evidence was thin," the defense lawyer said.\n\n"I am innocent," the 27-year-old said as he was led away.\n')).toEqual(['Jon Rion', 'Derek Cole']);
    expect(quotes('Judge Ann Marsh sentenced Derek Cole to 15 years on Thursday for the robbery.\n\n"He took everything I had," the 70-year-old said in a statement.\n')).toEqual(['the 70-year-old']);
    expect(quotes('Maria Lopez was killed in the crash on Sunday. The other driver, who is 52 years old, was treated for minor injuries.\n\n"I never saw her," the 52-year-old said.\n')).toEqual(['the 52-year-old']);
  });
  it('"a witness, Carla Ruiz," and "the son of a coach" bring in no one else by the word', () => {
    expect(quotes('A witness, Carla Ruiz, told police she saw two men run from the bank. "They were moving fast," the witness said.\n')).toEqual(['Carla Ruiz']);
    expect(quotes('UConn coach Dan Hurley, the son of a coach, won his second straight title on Monday. "This one means more," the coach said.\n')).toEqual(['Dan Hurley']);
  });
  it('not a role of something ("the secretary of state\'s office"), nor a headline\'s capitalised words', () => {
    expect(source('Carmen Reyes-Whitfield led 51.6 percent to 46.2 percent, according to the secretary of state\'s office.\n')).not.toBe('Carmen Reyes-Whitfield');
    expect(quotes('# New Polls Show Double-Digit Gaps\n\nThe candidate labeled "a leader who has won" continues to lead.\n')).not.toContain('Double-Digit Gaps');
  });
});

describe('a name in apposition after many role words', () => {
  it('five or six plain words ending in a role\'s noun may lead the name', () => {
    expect(quotes('Another co-author, civil and environmental engineering professor Julian Marshall, said, "We have seen it in our research."\n')).toEqual(['Julian Marshall']);
  });
  it('not words that open a clause or a phrase of their own', () => {
    expect(quotes('Another co-author, who was with the professor Julian Marshall, said, "We have seen it in our research."\n')).not.toEqual(['Julian Marshall']);
    expect(source('The university, under new interim university president Jane Doe, said in a statement that tuition would rise 4 percent.\n')).not.toBe('Jane Doe');
    expect(source('The board, including longtime local school board member Jane Doe, said it would cut 40 positions.\n')).not.toBe('Jane Doe');
  });
});

describe('whom a pronoun stands for: someone who spoke', () => {
  it('not a person a sentence says has shown something ("Trump has shown he is willing")', () => {
    expect(quotes('Phyllis Schlafly also noted that Trump has shown he is willing to negotiate.\n\n"Reagan\'s pledge was his commitment," she wrote.\n')).toEqual(['Phyllis Schlafly']);
  });
});

describe('a share of a group that says something is a poll\'s finding, not the group\'s word', () => {
  it('after "those in", "the members of", and a fraction in one word', () => {
    expect(source("More than two-thirds of those in the nation's rising generation predict they will do better.\n")).toBeUndefined();
    expect(source('Two-thirds of Democratic insiders said she would lose.\n')).toBeUndefined();
  });
  it('not a count the group gives of something else, nor a body\'s members', () => {
    expect(source('Many of those in the industry say 40 homes burned.\n')).toBe('the industry');
    expect(source('Half of the members of the city council said Tuesday that they would vote against the deal.\n')).toBe('the members of the city council');
    // (Unless the sentence names a poll or another source after them.)
    expect(source('Half of the members of the board said they would oppose the plan, board president Sam Ortiz said.\n')).toBe('Sam Ortiz');
  });
});

describe('a share of a group whose members a possessive names', () => {
  it('is the speaker\'s figure, not the group\'s ("9 in 10 of his members had told a union survey")', () => {
    expect(source('Patrick Doyle said 9 in 10 of his members had told a union survey they planned to leave.')).toBe('Patrick Doyle');
    expect(source('The poll found 62 percent of their members have said they would strike.')).toBe('The poll');
  });
});

describe('a full name right before a colon that opens the quote', () => {
  const speakers = (text: string): (string | undefined)[] => lint(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attribution?.source);

  it('introduces that person\'s words ("… doesn\'t surprise Republican pollster Daron Shaw: "…"")', () => {
    expect(speakers('The timing of the surge does not surprise Republican pollster Daron Shaw: "Lesser-known candidates who beat establishment candidates have seen the biggest boost."')).toEqual(['Daron Shaw']);
    expect(speakers('[**Sen. Markwayne Mullin**](https://example.com/post): "I support the effort to deport violent gang members."')).toEqual(['Markwayne Mullin']);
  });

  it('past a title\'s words before the name ("a rebuke from Senate Majority Leader Tom Briggs:")', () => {
    expect(speakers('The plan drew a rebuke from Senate Majority Leader Tom Briggs: "This bill will not pass the Senate."')).toEqual(['Tom Briggs']);
  });

  it('not one the words are aimed at, written on or about', () => {
    expect(speakers('The night ended with a heckler shouting at Sen. Marla Quist: "Go back to Washington and stay there for good!"')).toEqual([undefined]);
    expect(speakers('In the south stand, fans unfurled a banner aimed at club chairman Victor Salas: "Sell the club and leave."')).not.toContain('Victor Salas');
    expect(speakers('- **On Chinese President Xi Jinping:** "We have a very good relationship with him."')).not.toContain('Xi Jinping');
  });

  it('not a run of capitals that names no one', () => {
    expect(speakers('The vote went to Grand Rapids: "a city that works for everyone" was the winning slogan.')).toEqual([undefined]);
  });
});

describe('a clause of "who is" the draft forgot to close', () => {
  it('hangs on the name before it ("Katie Packer, who is chairman of the group said")', () => {
    expect(quotes('"We are finding that he says different things," Katie Packer, who is chairman of Our Principles Pac said in a statement.')).toEqual(['Katie Packer']);
  });

  it('not a clause with a verb of its own ("Deja Stewart, who forced me … when she called him")', () => {
    expect(source('My favorite description came from student Deja Stewart, who forced me to confront my four unhip decades when she called him "somebody\'s savage grandpa."')).toBeUndefined();
  });
});

describe('the news outlet writing the story', () => {
  it('is a body, never the person "she" stands for ("when Wikinews put it to her")', () => {
    expect(quotes('Claire Ashdown laughed at that story when Wikinews put it to her. "That was Teodor," she said.')).toEqual(['Claire Ashdown']);
  });
});

describe('"and" inside a body\'s name', () => {
  it('joins the name after "the" ("the Food and Drug Administration", "the Highland Fire and Rescue Service")', () => {
    expect(source('The Food and Drug Administration said 40 people fell ill.')).toBe('The Food and Drug Administration');
    expect(quotes('"The vehicle came to rest on its side," a spokesperson for the Highland Fire and Rescue Service said.')).toEqual(['a spokesperson for the Highland Fire and Rescue Service']);
  });

  it('not two bodies or two people ("the FBI and Justice Department", "the United States and European Union", "Smith and Jones")', () => {
    // (Two bodies that open the clause speak together, each by its own name.)
    expect(source('The FBI and Justice Department said 40 agents took part.')).toBe('The FBI and Justice Department');
    expect(source('The United States and European Union announced over 100 pledges.')).not.toContain('States and');
    expect(source('Smith and Jones said 40 birds died.')).not.toContain('and');
  });
});

describe('a body that opens a sentence, then "it"', () => {
  it('past an aside after its name ("The Serious Fraud Office, a government agency, welcomed …")', () => {
    expect(quotes('The Serious Fraud Office, a government agency, welcomed the sentence. "This was a calculated betrayal," it said.')).toEqual(['The Serious Fraud Office']);
    expect(quotes('The company expected lower revenue.\n\nThe FNV, the largest Dutch trade union, reacted angrily. It called the announcement "a betrayal of workers who kept the factories running" and said it would demand talks.')).toEqual(['The FNV']);
  });

  it('with "and" in its name, and speaking by posting, forecasting or naming ("it posted", "It forecast", "It called … "…"")', () => {
    expect(quotes('The Lawn Tennis Association welcomed the result. "What a performance from Ellie," it posted.')).toEqual(['The Lawn Tennis Association']);
    expect(quotes('The Department of Hydrology and Meteorology issued a red alert on Thursday. It forecast "very heavy rainfall of more than 200 millimetres".')).toEqual(['The Department of Hydrology and Meteorology']);
  });
});

describe('an epithet for the person the paragraph just named', () => {
  it('a trade by its ending before the name ("volcanologist Sigrún Halldórsdóttir" is "the volcanologist")', () => {
    expect(quotes('"The eruption is powerful," volcanologist Sigrún Halldórsdóttir told reporters.\n\nHalldórsdóttir said scientists had been watching the area. "We knew magma was moving," the volcanologist said.')).toEqual(['Sigrún Halldórsdóttir', 'Sigrún Halldórsdóttir']);
  });

  it('an age no one was given, for one who holds an office or has yet to speak, where no one else unnamed is spoken of', () => {
    expect(quotes('President Joseph Chirwa won the election.\n\nChirwa said he would serve everyone. "Malawi is bigger than any election," the 67-year-old said.')).toEqual(['Joseph Chirwa']);
    expect(quotes('Her neighbour, Dil Bahadur Shahi, lost his wife. He spent the day searching. "I keep thinking I hear them," the 40-year-old said.')).toEqual(['Dil Bahadur Shahi']);
    // (Not past someone the paragraphs speak of unnamed: the spokeswoman speaks of the woman.)
    expect(quotes('Red Cross spokeswoman Ana Diaz said the agency had put the woman up in a motel.\n\n"I lost everything," the 61-year-old said.')).toEqual(['the 61-year-old']);
  });
});

describe('a vague noun made definite after someone named by it', () => {
  it('is that person, and no vague attribution ("Analyst Jeroen Smit said …" then "the analyst said")', () => {
    const text = 'Analyst Jeroen Smit said the cuts were large. "Cutting in Penang is cheap," the analyst said.';
    expect(quotes(text)).toEqual(['Jeroen Smit']);
    expect(lint(text).findings.filter((f) => f.ruleId === 'vague-attribution')).toEqual([]);
  });

  it('but an official kept anonymous stays vague', () => {
    expect(quotes('A senior official, who spoke on condition of anonymity, said the talks failed. "There is no deal," the official said.')).toEqual(['the official']);
  });
});

describe('the subject of a second verb joined by "and"', () => {
  it('is the whole name past a role\'s word in lower case ("Transport minister Sofie Lind visited … and said")', () => {
    expect(source('Transport minister Sofie Lind visited the site and said 40 inspectors would come.')).toBe('Sofie Lind');
    expect(quotes('Transport minister Sofie Lind visited the site and promised an independent inquiry.\n\n"Families deserve the full truth," she said.')).toEqual(['Sofie Lind']);
  });
});

describe('a document of what it is about', () => {
  it('speaks, not what it is about ("An internal review of the theft, seen by Wikinews, concluded that "…"")', () => {
    expect(quotes('An internal review of the theft, seen by Wikinews, concluded that "camera coverage of the galleries was inadequate."')).toEqual(['An internal review of the theft']);
    expect(source('A recent review of research finds that the rate rose 2.5 percent.')).toBe('A recent review of research');
  });
});

describe('a surname alone with an age in apposition', () => {
  it('opens the clause that speaks ("Banda, 58, a former finance minister, told supporters that …")', () => {
    expect(quotes('Grace Banda leads the opposition.\n\nBanda, 58, a former finance minister, told supporters that the count had been "cooked in the back rooms".')).toEqual(['Grace Banda']);
  });
});

describe('a role held for a person named by role', () => {
  it('is that role, not the person ("A spokesperson for the minister replied:")', () => {
    expect(quotes("Aboriginal Affairs Minister Kate Delacroix said the state would \"study the judgment carefully\".\n\nA spokesperson for the minister replied: \"There is no appeal from the High Court.\"")).toEqual(['Kate Delacroix', 'A spokesperson for the minister']);
    expect(source('A spokesman for the ministry said 40 people died.')).toBe('A spokesman for the ministry');
  });
});

describe('a body\'s name with "on", or "the" after "for" or "of"', () => {
  it('is read whole ("the Intergovernmental Authority on Development", "the Office for the Coordination of Humanitarian Affairs")', () => {
    expect(source('The Intergovernmental Authority on Development said 40 people died.')).toBe('The Intergovernmental Authority on Development');
    expect(source('The United Nations Office for the Coordination of Humanitarian Affairs said 40 people died.')).toBe('The United Nations Office for the Coordination of Humanitarian Affairs');
    expect(source('The Ministry for the Ecological Transition said 40 people died.')).toBe('The Ministry for the Ecological Transition');
  });
});

describe('an inverted source\'s name before a clause joined after it', () => {
  it('is the name before the clause ("said the French ambassador, Nicolas Delahaye, while China\'s envoy, Wu Zhiqiang, said")', () => {
    expect(quotes('"The violence must stop now," said the French ambassador, Nicolas Delahaye, while China\'s envoy, Wu Zhiqiang, said the council should "respect the sovereignty of the country."')).toEqual(['Nicolas Delahaye', 'Wu Zhiqiang']);
  });
});

describe('a sport\'s positions as roles', () => {
  it('"Swedish striker Emil Lindqvist" is "the striker" and "the 27-year-old striker"', () => {
    expect(quotes('Swedish striker Emil Lindqvist scored twice on Sunday.\n\n"I had cramp in both calves," the striker said.')).toEqual(['Emil Lindqvist']);
    expect(quotes('Swedish striker Emil Lindqvist scored twice on Sunday.\n\nLindqvist, who joined from Orgryte last summer, said he had not expected to stay on. "I had cramp in both calves," the 27-year-old striker said.')).toEqual(['Emil Lindqvist']);
  });
});

describe('a role right after a comma and before a verb', () => {
  it('is the main clause\'s subject, not an appositive of the name before the comma', () => {
    expect(quotes('Finance Minister Darius Kazlauskas said the result would not disturb the budget. Asked whether he would serve in a coalition led by the Social Democrats, the finance minister replied: "That is a question for the party, not for me."')).toEqual(['Darius Kazlauskas']);
  });
});

describe('a person named with the body they are of', () => {
  it('is the person a later "he" stands for ("Thomas Reinholt of the Berlin-based firm Sentinel Labs Europe said")', () => {
    expect(quotes('Thomas Reinholt of the Berlin-based firm Sentinel Labs Europe said the attackers used an old flaw. "This is not a sophisticated attack at all," he said.')).toEqual(['Thomas Reinholt']);
    expect(quotes('Thomas Reinholt of the firm Sentinel Labs Europe said the attackers used an old flaw. "This is not a sophisticated attack at all," he said.')).toEqual(['Thomas Reinholt']);
  });
});

describe('a hyphenated given name', () => {
  it('names a person ("Jean-Pierre Mbaya", "Anna-Marie Laura")', () => {
    expect(quotes("DR Congo's ambassador to the United Nations, Jean-Pierre Mbaya, accused a neighbour of arming rebels. \"These groups do not make mortars,\" he told the council.")).toEqual(['Jean-Pierre Mbaya']);
  });
});

describe('a paragraph that ends in a colon after a verb of speaking and its object', () => {
  it('introduces the next paragraph\'s quote ("Ramiro Bastidas addressed the crowd from a stage:")', () => {
    expect(quotes('CUT president Ramiro Bastidas addressed the crowd from a stage:\n\n"This is only the beginning. We will call a national strike."')).toEqual(['Ramiro Bastidas']);
    expect(quotes('CUT president Ramiro Bastidas spoke to the crowd:\n\n"This is only the beginning. We will call a national strike."')).toEqual(['Ramiro Bastidas']);
  });
});

describe('"quoted X, a description, as saying"', () => {
  it('is X\'s words, past the appositive', () => {
    expect(quotes('The Xinhua news agency quoted Li Wenjun, a local official, as saying that "rescue work is racing against time" in the area.')).toEqual(['Li Wenjun']);
  });
});

describe('"the" and a body\'s noun after the body was named', () => {
  it('is that body ("the ministry said" after "The Ministry for the Ecological Transition")', () => {
    expect(quotes('The Ministry for the Ecological Transition said the lynx population had passed 2,500.\n\n"The lynx is no longer on the edge of extinction," the ministry said in a press release.')).toEqual(['Ministry for the Ecological Transition']);
  });

  it('not a body named with its own capitals ("The Renewable Fuels Association said" after another association)', () => {
    expect(quotes('The Steel Manufacturers Association welcomed the tariffs.\n\n"This is fair trade at last," The Renewable Fuels Association said.')).toEqual(['The Renewable Fuels Association']);
  });
});

describe('"and" in a body\'s name after "on"', () => {
  it('joins the name ("the Center on Budget and Policy Priorities", "… Institute for Research on Glaciers and Mountain Ecosystems")', () => {
    expect(source('The Center on Budget and Policy Priorities estimates that over 17 million children gained.')).toBe('The Center on Budget and Policy Priorities');
    expect(quotes('Glaciologist Beatriz Fuentes of the National Institute for Research on Glaciers and Mountain Ecosystems warned of more floods. "As glaciers retreat, they leave behind lagoons," she told El Comercio.')).toEqual(['Beatriz Fuentes']);
  });
});

describe('"the group", "the firm" after a body whose name holds the word', () => {
  it('is that body ("The Harlow Group said …" then "the group said")', () => {
    expect(quotes('The Harlow Group said profits fell. "We expected worse," the group said.')).toEqual(['Harlow Group']);
  });
});

describe('"the bank" after a body a sentence opened with', () => {
  it('is that body, and so is the "it" after it ("The Central Bank of Chile cut …. In a statement, the bank said")', () => {
    expect(quotes('The Central Bank of Chile cut its benchmark interest rate by half a percentage point yesterday.\n\nIn a statement, the bank said the board had acted because "the external environment has deteriorated significantly." It added that further cuts were "possible if the outlook weakens further."')).toEqual(['Central Bank of Chile', 'Central Bank of Chile']);
  });
});

describe('a body that opens a sentence with its acronym in brackets', () => {
  it('is the later "it" ("The Security Information Service (BIS) had been monitoring …. It said …")', () => {
    expect(quotes('The Security Information Service (BIS) had been monitoring the diplomats since 2017. It said in its annual report that Russian activity had reached "the highest level since the end of the Cold War."')).toEqual(['The Security Information Service']);
  });
});

describe('a body whose name holds a plural\'s apostrophe', () => {
  it('is the later "it" ("The Packaging and Logistics Workers\' Union … has been less restrained. It said …")', () => {
    expect(quotes('The Packaging and Logistics Workers\' Union, which represents about 140 of the depot\'s staff, has been less restrained. It said in a statement that workers had raised concerns "again and again and again".')).toEqual(["The Packaging and Logistics Workers' Union"]);
  });
});

describe('a name after an adverbial phrase that opens the sentence, with a party tag and an appositive', () => {
  it('speaks, not the object of its verb ("On the other side, Sen. Ted Cruz (R-Tex.), a Republican candidate, tweeted a warning.")', () => {
    expect(quotes('On the other side, Sen. Ted Cruz (R-Tex.), a Republican candidate for president who has made religious liberty a centerpiece of his campaign, tweeted a warning. "Missouri: Remember in November the Democrats who filibustered over 30 hours."')).toEqual(['Ted Cruz']);
  });
});

describe('"called" after the noun of a thing that opens the clause, before a name and the clause\'s verb', () => {
  it('names the thing, not a call ("A newly formed super PAC called Future 45 ran ads …")', () => {
    expect(quotes('Hillary Clinton spoke in Iowa.\n\nA newly formed super PAC called Future 45 ran its first round of ads using her comments before a special House committee that "I was responsible for quite a bit" of the policy.')).toEqual(['Hillary Clinton']);
    expect(quotes('A spokeswoman called Trump "a liar who cannot be trusted".')).toEqual(['A spokeswoman']);
  });
});

describe('"his warning that" in a paragraph that opens with "he" and names no one', () => {
  it('is the opener of the paragraph before, who has an office ("President Obama … Obama departs …" then "But he leaves behind …")', () => {
    expect(quotes('President Obama has endured criticism for his advice.\n\nIn a statement, her adviser, Jake Sullivan, said: "She has always valued a strong United Kingdom in a strong EU."\n\nObama departs the UK for Germany today, where he will be greeted by protesters.\n\nBut he leaves behind a furious backlash, particularly his warning that Britain would have to go to the "back of the queue" for a trade deal.')).toEqual(['Jake Sullivan', 'Obama']);
  });
});

describe('a name set off before "of the" and a body, then a verb of speech', () => {
  it('is the person, not the body ("Sarah Lomax, of the Metropolitan Economic Crime Unit, said")', () => {
    expect(quotes('Detective Chief Inspector Sarah Lomax, of the Metropolitan Economic Crime Unit, said: "These were not sophisticated criminals."')).toEqual(['Sarah Lomax']);
  });
});

describe('"the airline said" after a person said something of the airline', () => {
  it('is no description of that person ("Rupert Achebe said the airline would consider an appeal")', () => {
    expect(quotes('Rupert Achebe said the airline would consider an appeal.\n\nIn a statement, the airline said: "Today\'s decision protects a weaker competitor, not consumers."')).toEqual(['the airline']);
  });
});

describe('a paragraph that opens with a role in lower case after a capital, then a name', () => {
  it('opens with that person, whom "he said" in the next paragraph stands for ("Campaign chairman Wes Gantry spoke to reporters")', () => {
    expect(quotes('"We will win," Dale Pruitt said about inflation.\n\nCampaign chairman Wes Gantry spoke to reporters afterward.\n\n"Not at all," he said.')).toEqual(['Dale Pruitt', 'Wes Gantry']);
  });
});

describe('a sentence that opens with a role of someone\'s and the name in apposition to it', () => {
  it('has the named person as its subject, for "He said" after it ("Tully\'s campaign manager, Brent Haller, blamed …")', () => {
    expect(quotes('Yasmin Okafor defeated Vincent Tully in the primary.\n\nTully\'s campaign manager, Brent Haller, blamed low turnout. He said those voters "simply did not show up in the numbers we needed."')).toEqual(['Brent Haller']);
  });
});

describe('a plural\'s apostrophe inside a body\'s name', () => {
  it('keeps the whole name, as written ("The Independent Workers\' Union of Great Britain said", "the National Farmers’ Union")', () => {
    expect(quotes('The Independent Workers\' Union of Great Britain said the cuts were "a betrayal of every courier in London."')).toEqual(["The Independent Workers' Union of Great Britain"]);
    expect(source('The National Farmers’ Union said 40 farms closed.')).toBe('The National Farmers’ Union');
  });
});

describe('"she said" after "A spokeswoman for the authority said"', () => {
  it('is the spokeswoman, not a woman named before', () => {
    expect(quotes('Joanna Petrakis, who chairs the patient group, said the price was too high.\n\nA spokeswoman for the authority said the regulator would monitor side effects. "Any new medicine comes with uncertainty," she said.')).toEqual(['spokeswoman for the authority']);
  });
});

describe('"he" with no speaker yet, after a paragraph that opened with a man and went on about him', () => {
  it('is that man, not one named later in it ("President Joseph R. Biden, Jr. spoke today with Amir Sheikh Tamim …" then "He expressed his appreciation")', () => {
    expect(figures('President Joseph R. Biden, Jr. spoke today with Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar. The two leaders discussed the need to protect civilians in Gaza. The President welcomed the $100 million commitment from the GCC.\n\nHe expressed his appreciation to Qatar and Sheikh Tamim personally for his efforts to secure the release of hostages, including two American citizens.')).toEqual(['$100 million', 'two']);
    expect(lint('President Joseph R. Biden, Jr. spoke today with Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar. The two leaders discussed the need to protect civilians in Gaza. The President welcomed the $100 million commitment from the GCC.\n\nHe expressed his appreciation to Qatar and Sheikh Tamim personally for his efforts to secure the release of hostages, including two American citizens.').claims[1].attribution?.source).toBe('Joseph R. Biden');
  });
});

describe('given names of men and women common in the news that the long lists miss or mistake', () => {
  it('tell the sex ("Adel Nefzi" is a man, "Lucija Kovač" a woman)', () => {
    expect(quotes('Sara Holm spoke first.\n\nAdel Nefzi, a chemistry professor, said he never saw the gunman. He said he does not believe there is any link.\n\n"It\'s our bad luck," he said.')).toEqual(['Adel Nefzi']);
    expect(quotes('Haruka Sato beat Lucija Kovač in the final. Kovač had led 5–4. She said she had "nothing left in the legs."')).toEqual(['Lucija Kovač']);
  });
});

describe('"he said" after a paragraph that opens with a woman and a man joined by "and"', () => {
  it('is the man ("Niamh Walsh and Conor Kearney spoke to reporters")', () => {
    expect(quotes('Superintendent Declan Moran said officers were examining footage.\n\nNiamh Walsh and Conor Kearney spoke to reporters on Monday.\n\n"We are not looking for revenge," he said.')).toEqual(['Conor Kearney']);
  });
});

describe('a name, a comma and a role with its own verb of speech at the sentence\'s end', () => {
  it('does not describe the name ("12,907 for the Conservative Andrew Pell, the returning officer announced")', () => {
    expect(source('Fiona Carrick took 18,412 votes, against 12,907 for the Conservative Andrew Pell, the returning officer announced.')).toBe('the returning officer');
  });
});

describe('"Aides to Dufresne said" at a sentence\'s opening', () => {
  it('is the unnamed aides, vague, not Dufresne', () => {
    expect(of('Aides to Dufresne said the campaign had shifted about 2 million euros to regional rallies.')).toEqual({ source: 'Aides to Dufresne', vague: true });
  });
});

describe('"though" before a second source\'s clause', () => {
  it('opens the clause: its figure is that source\'s, and "though" is no part of it ("…, though police put the figure at 12,500")', () => {
    const claims = lint('Organisers said about 20,000 people attended the rally, though police put the figure at 12,500.').claims;
    expect(claims.map((c) => c.attribution?.source)).toEqual(['Organisers', 'police']);
  });
});

describe('"His family said"', () => {
  it('is the family, not "His" ("family" ends in -ly but is no adverb)', () => {
    expect(quotes('His family said: "He died surrounded by the people who loved him."')).toEqual(['His family']);
    expect(of('The family said he had given 40 years to the orchestra.')).toEqual({ source: 'The family', vague: false });
  });
});

describe('a body\'s name ending "for the …" and one ending in a word of a body the list lacked', () => {
  it('is named whole ("The Federal Office for the Environment said:", "The European-Andean Space Consortium said:")', () => {
    expect(quotes('The Federal Office for the Environment said: "We need to plan for that now."')).toEqual(['The Federal Office for the Environment']);
    expect(quotes('The European-Andean Space Consortium said: "We are delighted with the result."')).toEqual(['The European-Andean Space Consortium']);
  });
});

describe('"he told" after a paragraph whose first sentence names no one and whose next opens with a person', () => {
  it('is that person, not an earlier speaker or a place ("Rain fell on Monday. Teodoro Condori travelled three hours …")', () => {
    expect(quotes('Minister Julio Cárdenas said the count was wrong.\n\nRain fell on Monday. Teodoro Condori travelled three hours to join the rally.\n\n"Lima decides everything for us," he told La República.')).toEqual(['Teodoro Condori']);
    expect(quotes('Soldiers in Mali said they had detained the president.\n\nGunfire was heard. Aminata Baldé locked herself inside her shop.\n\n"We heard the shooting and everybody ran," she told AFP.')).toEqual(['Aminata Baldé']);
  });
});

describe('a hyphenated surname in a sentence read only for its names', () => {
  it('is whole ("Her colleague Omar Khatib-Haddad was less optimistic." then "he said")', () => {
    expect(quotes('Her colleague Omar Khatib-Haddad was less optimistic. "One attack could undo all of it," he said.')).toEqual(['Omar Khatib-Haddad']);
    expect(quotes('Her colleague Omar Al-Khatib was less optimistic. "One attack could undo all of it," he said.')).toEqual(['Omar Al-Khatib']);
  });
});

describe('a surname two people share', () => {
  it('is the one the paragraph named in full when the first was not named in it ("Habibur Rahman, a farmer, told Reuters …. "…," Rahman said.")', () => {
    expect(quotes('The director, Azizur Rahman, said the surge was high.\n\nHabibur Rahman, a farmer, told Reuters his village flooded. "Nobody came to tell us," Rahman said.')).toEqual(['Habibur Rahman']);
  });
  it('with "Mrs." is the woman of it, when the man\'s sex was never said ("His wife, Rutendo Mukoma, said …" then "Mrs. Mukoma told")', () => {
    expect(quotes('Tendai Mukoma said he was innocent. His wife, Rutendo Mukoma, said she was relieved.\n\n"I did not know where they had taken him," Mrs. Mukoma told Wikinews.')).toEqual(['Rutendo Mukoma']);
  });
  it('after "Even" opening a sentence is no new person "Even Rendell"', () => {
    expect(quotes('"It is good strategy," said Ed Rendell, a former governor.\n\nEven Rendell, a stalwart Clinton supporter, said it would be easier to raise the gas tax. "A gas tax increase would cost the average driver about $120," Rendell said.')).toEqual(['Ed Rendell', 'Ed Rendell']);
  });
});

describe('"quoted the regent of Sigi, Mohamad Lapatta, as saying"', () => {
  it('is the one quoted, named after the role and its "of", not the agency', () => {
    expect(quotes('Antara quoted the regent of Sigi, Mohamad Lapatta, as saying that the village had been "almost completely flattened."')).toEqual(['Mohamad Lapatta']);
  });
});

describe('"the coast guard", "the National Guard"', () => {
  it('is a body, which "it" stands for ("The China Coast Guard said …, which it said had taken "…"")', () => {
    expect(quotes('The China Coast Guard said the Philippine boat had "deliberately and dangerously approached" a Chinese vessel, which it said had taken "necessary control measures."')).toEqual(['China Coast Guard', 'China Coast Guard']);
    expect(firstAttribution('The National Guard said 40 soldiers were deployed.')?.kind).toBe('organization');
  });
});

describe('"The newspaper Kayhan was …, writing"', () => {
  it('is the paper by its name, not "The newspaper"', () => {
    expect(quotes('The newspaper Kayhan was more sceptical, writing that "the Saudis have not changed their policies."')).toEqual(['Kayhan']);
  });
});

describe('a capitalised word of a name that is also an adverb of speech ("First")', () => {
  it('stays in the name ("The dementia charity Memory First said")', () => {
    expect(source('The dementia charity Memory First said almost two-thirds of people it surveyed did not know the risks.')).toBe('Memory First');
  });
});

describe('"the university said", "the club said" after a body named anywhere in a sentence before', () => {
  it('is that body ("Students occupied the University of Santiago", "Ravenna FC said …")', () => {
    expect(quotes('Students occupied the University of Santiago. "The increase is necessary to maintain the quality of teaching," the university said.')).toEqual(['University of Santiago']);
    expect(quotes('Ravenna FC said it had dismissed its coach. "The decision was taken in the interest of the club," the club said.')).toEqual(['Ravenna FC']);
  });
  it('not past a body of that noun named without a name since ("the trade group for the Blue Cross Blue Shield plans")', () => {
    expect(quotes('One of them, UnitedHealth Group, has threatened to leave.\n\nJust this week, the trade group for the Blue Cross Blue Shield plans spelled out its concerns. "The current risk pool is out of balance," the group wrote.')).toEqual(['the group']);
  });
});

describe('"Analysts at Brightwater Capital estimate that …"', () => {
  it('is the analysts\' verb, not a noun after the firm\'s name', () => {
    expect(source('Analysts at Brightwater Capital estimate that the pill could reach annual sales of $8 billion by 2030.')).toBe('Analysts at Brightwater Capital');
    expect(source('A Brightwater Capital estimate puts sales at $8 billion.')).toBe('A Brightwater Capital estimate');
  });
});

describe('"a song written for their mother"', () => {
  it('describes the song, no one speaks by it, and "he said" after it is the speaker', () => {
    expect(quotes('Danny Reeve said the album will include a song written for their mother. "She is coming to every show," he said.')).toEqual(['Danny Reeve']);
  });
});

describe('a surname after a title\'s abbreviation ("Pres. Obama", "Gov. Abbott")', () => {
  it('is a person who holds the title: "the president" later is he', () => {
    expect(quotes('Pres. Obama admits the action failed.\n\nObama defended the process. "We averted large-scale civilian casualties," the president told the magazine.')).toEqual(['Obama']);
    expect(quotes('Gov. Abbott signed the bill on Monday.\n\n"This is a good day for Texas," the governor said.')).toEqual(['Abbott']);
  });
  it('not a lieutenant governor ("Lt. Gov. Patrick")', () => {
    expect(quotes('Lt. Gov. Patrick signed the bill on Monday.\n\n"This is a good day for Texas," the governor said.')).toEqual(['the governor']);
  });
});

describe('"Like Corker, Menendez …", "Unlike Corker, …"', () => {
  it('opens with a phrase: the subject is the name after it', () => {
    expect(quotes('Like Corker, Menendez also rejected the notion, arguing that there is "flexibility for the administration" in the regime.')).toEqual(['Menendez']);
    expect(quotes('Unlike Corker, Menendez rejected the notion, arguing that "the administration has no flexibility at all" in the regime.')).toEqual(['Menendez']);
  });
});

describe('"took to Twitter to say", "used the debate to argue": a cue after a verb of means and its object', () => {
  it('is said by the subject of the verb of means', () => {
    expect(quotes('Sanders took to Twitter to say that "the rich must pay their fair share into the system."')).toEqual(['Sanders']);
    expect(quotes('Sanders used his speech to warn that "the rich must pay their fair share into the system."')).toEqual(['Sanders']);
    expect(quotes('My father used to say: "Never trust a man who will not look you in the eye."')).toEqual(['My father']);
  });
  it('not a relative clause with no object ("a term Rubio has used to describe", "the income corporations use to report")', () => {
    expect(quotes('"Who is the real con man here?" said Murphy, using a term Rubio has used to describe Donald Trump, on a call with reporters.')).toEqual(['Murphy']);
    expect(figures('A 15 percent minimum tax on the income corporations use to report their profits will apply.').length).toBe(1);
    expect(source('A 15 percent minimum tax on the income corporations use to report their profits will apply.')).toBeUndefined();
  });
});

describe('a body whose name opens with a word of titles ("National Grid", "General Electric")', () => {
  it('is named in full, a body', () => {
    expect(source('Around 14,000 homes were without electricity on Sunday night, according to National Grid.')).toBe('National Grid');
    expect(firstAttribution('Around 14,000 homes were without electricity on Sunday night, according to National Grid.')?.kind).toBe('organization');
    expect(source('General Electric says it will invest $3.2 billion in the plant.')).toBe('General Electric');
  });
});

describe('"A council spokeswoman disputed the figures." then ""…," she said"', () => {
  it('is the unnamed spokeswoman, not a woman named in the paragraph before', () => {
    expect(quotes('Council leader Susan Marr said the offer was final.\n\nA council spokeswoman disputed the figures. "We have no more money," she said.')).toEqual(['A council spokeswoman']);
  });
  it('not for a pronoun of the other sex, nor "A man and a woman"', () => {
    expect(quotes('Council leader Tom Marr said the offer was final.\n\nA council spokeswoman disputed the figures. "We have no more money," he said.')).toEqual(['Tom Marr']);
    expect(quotes('Council leader Susan Marr said the offer was final.\n\nA man and a woman were hurt. "We have no more money," she said.')).toEqual(['Susan Marr']);
  });
});

describe('"His wife, Jessica Thackeray, collected the award." opening a paragraph', () => {
  it('opens it with her: "she told" in the next paragraph is she, not the woman quoted before', () => {
    expect(quotes('"We were forty people in a small town," Sigrun Halldorsdottir said.\n\nHis wife, Jessica Thackeray, collected the award.\n\n"Thank you all very much," she told the audience.')).toEqual(['Sigrun Halldorsdottir', 'Jessica Thackeray']);
    expect(quotes('"We were forty people in a small town," Sigrun Halldorsdottir said.\n\nThe actress, Jessica Thackeray, collected the award.\n\n"Thank you all very much," she told the audience.')).toEqual(['Sigrun Halldorsdottir', 'Jessica Thackeray']);
  });
});

describe('"Brazilian driver Lucas Ferreira" then "the driver", "says the Brazilian"', () => {
  it('"the driver" is he', () => {
    expect(quotes('Brazilian driver Lucas Ferreira won the race on Sunday.\n\n"I am a rookie," said the driver.')).toEqual(['Lucas Ferreira']);
  });
  it('"says the Brazilian", inverted, is the man named before, as "the Brazilian said" is', () => {
    expect(quotes('Lucas Ferreira won the race on Sunday. "I am a rookie," says the Brazilian.')).toEqual(['Lucas Ferreira']);
    expect(firstAttribution('Lucas Ferreira won the race on Sunday. "I am a rookie," says the Brazilian.')?.kind).toBe('named');
    expect(quotes('Officials met on Sunday. "I am a rookie," says the Brazilian.')).toEqual(['Brazilian']);
  });
});

describe('British titles without a full stop ("Cllr Mary Hayes", "Det Supt Anne Moran", "PC Liam Draycott")', () => {
  it('are the person\'s role: "the councillor", "the detective", "the officer" later is they', () => {
    expect(quotes('Cllr Mary Hayes chaired the meeting. "We will find the money," the councillor said.')).toEqual(['Mary Hayes']);
    expect(quotes('Det Supt Anne Moran led the inquiry. "We will find who did this," the detective said.')).toEqual(['Anne Moran']);
    expect(quotes('The court heard from PC Liam Draycott. Asked whether the cyclist could have been seen, the officer replied: "Not from the driver\'s seat, no."')).toEqual(['Liam Draycott']);
  });
});

describe('"counsel said" in court, with no article', () => {
  it('is a source, the barrister named before ("Conor Lydon SC", "Rachel Ashdown KC")', () => {
    expect(quotes('For the defence, Conor Lydon SC said his client was ashamed.\n\n"He has lost everything," counsel said.')).toEqual(['Conor Lydon']);
    expect(quotes('Rachel Ashdown KC, for the prosecution, told the jury the evidence was clear. "She knew exactly what she was doing," counsel said.')).toEqual(['Rachel Ashdown']);
    expect(quotes('"He has lost everything," defence counsel said.')).toEqual(['defence counsel']);
  });
});

describe('"they said" after a body that opens a sentence of the paragraph ("Ceredigion County Council opened …")', () => {
  it('is the body when "they" stands for no one else', () => {
    expect(source('Ceredigion County Council opened rest centres in Cardigan. In a post on social media, they said 37 people had used the centres overnight.')).toBe('Ceredigion County Council');
  });
  it('not past people "they" may stand for, nor from another paragraph', () => {
    expect(source('Ceredigion County Council opened rest centres in Cardigan. Local volunteers said they had served 37 meals overnight.')).toBe('Local volunteers');
    expect(source('Ceredigion County Council opened rest centres in Cardigan.\n\nIn a post on social media, they said 37 people had used the centres overnight.')).toBe('they');
  });
});

describe('"A report by the city\'s auditor general later estimated …"', () => {
  it('ends the author before the adverb of the verb', () => {
    expect(source('A report by the city\'s auditor general later estimated the overspend at $40 million.')).toBe('the city\'s auditor general');
  });
});

describe('"After the show Tom Reilly came to the stage and said, "…""', () => {
  it('is said by the name after a short phrase with no comma', () => {
    expect(quotes('After the show Tom Reilly came to the stage and said, "I did not understand a word of it."')).toEqual(['Tom Reilly']);
    expect(quotes('At the hearing Judge Anna Smith stood up and said the charges were "a travesty of justice from the start."')).toEqual(['Anna Smith']);
  });
});

describe('a participle\'s subject with an age before the name, or a trade by its ending', () => {
  it('"76-year-old Morton Blackwell, founder of …, endorsed Cruz, saying" is Blackwell', () => {
    expect(quotes('76-year-old Morton Blackwell, founder of the Leadership Institute, endorsed Cruz last week, saying he "has consistently demonstrated his deep commitment."')).toEqual(['Morton Blackwell']);
  });
  it('"The retired neurosurgeon shook up his campaign, saying" is the neurosurgeon; not "the … extremist cleric Anwar al-Awlaki"', () => {
    expect(quotes('The retired neurosurgeon shook up his campaign, saying he was "refining some operational practices and streamlining staff."')).toEqual(['The retired neurosurgeon']);
    expect(quotes('In the video, the al Qaeda-linked Islamic extremist cleric Anwar al-Awlaki, who was killed in a drone strike, is shown lecturing: "Muslims of the West, take heed and learn from the lessons of history."')).toEqual(['Anwar al-Awlaki']);
  });
});

describe('"A study just published for students explains "…""', () => {
  it('is the study\'s: the audience after the participle of its issue is no source', () => {
    expect(quotes('A study just published for students explains "the advantages of peace for Egypt and the Arab states."')).toEqual(['A study']);
    expect(quotes('A study published for investors explains "the advantages of peace for Egypt and the Arab states."')).toEqual(['A study']);
  });
});

describe('a paragraph\'s subject before a speaker in a clause of its sentence ("… after Halvorsen Steel announced job cuts")', () => {
  it('is whom "she said" in the next paragraph stands for', () => {
    expect(quotes('Sharon Whitley held a town hall after Halvorsen Steel announced job cuts.\n\n"I know why you are here," she said.')).toEqual(['Sharon Whitley']);
    expect(quotes('Democratic front-runner Hillary Clinton caused a stir when an Iowa voter asked if she might consider appointing Obama.\n\n"Wow, what a great idea. Nobody has ever suggested that to me," she replied.')).toEqual(['Hillary Clinton']);
  });
  it('not when the speaker is the subject ("Halvorsen Steel announced job cuts after Sharon Whitley …")', () => {
    expect(quotes('Halvorsen Steel\'s chief, Anna Berg, announced job cuts after Sharon Whitley held a town hall.\n\n"I know why you are here," she said.')).toEqual(['Anna Berg']);
  });
});

describe('"the MP said" after "Conservative MP Alistair Grieve"', () => {
  it('is the MP named before; alone it stays "MP"', () => {
    expect(quotes('Conservative MP Alistair Grieve questioned the former chief executive.\n\n"He is hoping for the best," the MP said.')).toEqual(['Alistair Grieve']);
    expect(quotes('Labour MP Anna Grieve questioned the chief executive. "He is hoping for the best," said the MP.')).toEqual(['Anna Grieve']);
    expect(quotes('"He is hoping for the best," the MP said.')).toEqual(['MP']);
  });
});

describe('people brought in without a quote, then "she said"', () => {
  it('"One of the librarians said …" opening its own paragraph goes on speaking in the next', () => {
    expect(quotes('"It was a good night," said Sergeant Paula Whitfield.\n\nOne of the librarians said the mood was grim.\n\n"We\'ve been told nothing," she said.')).toEqual(['Paula Whitfield', 'One of the librarians']);
  });
  it('"A woman who lives nearby pointed to her door." then "she said" in the paragraph', () => {
    expect(quotes('"We have so many mops," Joy Adeyemi said.\n\nA woman who lives nearby pointed to her door. "That is where it stopped," she said.')).toEqual(['Joy Adeyemi', 'A woman']);
  });
  it('"The student laughed." after "Tomas Lindqvist, a student," is he', () => {
    expect(quotes('Tomas Lindqvist, a student, went missing on the moor. "You imagine everything," his father, Peter Lindqvist, said.\n\nThe student laughed. "Not alone, and not without a map," he said.')).toEqual(['Peter Lindqvist', 'Tomas Lindqvist']);
  });
  it('"the pensioner said" after the one person named is he', () => {
    expect(quotes('Arthur Keele has borrowed books from the library since 1951.\n\n"Close this place and you close the door on people like me," the pensioner said.')).toEqual(['Arthur Keele']);
  });
});

describe('"Keele\'s granddaughter, Isla, stood beside him." opening a paragraph', () => {
  it('opens it with her, a woman by her relation: "she said" in the next paragraph is she', () => {
    expect(quotes('"We want a plan," said Priya Mandeville.\n\nKeele\'s granddaughter, Isla, stood beside him. She said he had taught her to read.\n\n"He would read me the same book every Saturday," she said.')).toEqual(['Priya Mandeville', 'Isla']);
    expect(quotes('"We want a plan," said Priya Mandeville.\n\nHer granddaughter, Isla, stood beside him.\n\n"He would read me the same book every Saturday," she said.')).toEqual(['Priya Mandeville', 'Isla']);
  });
});

describe('"Martin Ashdown was asked by his counsel about the evidence." opening a paragraph', () => {
  it('brings in the one who answers: "he said" in the next paragraph is he', () => {
    expect(quotes('"I would rather be anywhere else," Neil Grant said.\n\nMartin Ashdown was asked by his counsel about the evidence.\n\n"We have not spoken in three years," he said.')).toEqual(['Neil Grant', 'Martin Ashdown']);
  });
  it('not one asked to do something, who need not speak ("was asked to resign")', () => {
    expect(quotes('"I would rather be anywhere else," Neil Grant said.\n\nMartin Ashdown was asked to resign by the board.\n\n"We have not spoken in three years," he said.')).toEqual(['Neil Grant', 'Neil Grant']);
  });
});

describe('people of a place after "near", "outside", and more plural people nouns', () => {
  it('"A man near the front called out", "Volunteers from the town said" name the people, not the place', () => {
    expect(quotes('A man near the front called out "That is what they said in 2009," and the crowd laughed.')).toEqual(['A man near the front']);
    expect(source('Volunteers from the town said they had served 37 meals.')).toBe('Volunteers from the town');
    expect(source('Residents near the plant said 37 homes were flooded.')).toBe('Residents near the plant');
  });
});

describe('"Mr. Marchbank", "Mrs. Fidler" named for the first time', () => {
  it('brings in a man or a woman whom "he" or "she" stands for', () => {
    expect(quotes('"We found out last," Vikram Dhillon said.\n\nMr. Marchbank was already thinking ahead. "It is time to start again," he said.')).toEqual(['Vikram Dhillon', 'Marchbank']);
  });
  it('not an address ("Mr. President", "Mr. Secretary")', () => {
    expect(quotes('"We found out last," Vikram Dhillon said.\n\nThank you, Mr. Secretary. "It is time to start again," he said.')).toEqual(['Vikram Dhillon', 'Vikram Dhillon']);
  });
});

describe('"the elder Petrescu", "the younger Nhaga" of two people who share a surname', () => {
  it('is the one the draft makes so, by their ages or by a child\'s word', () => {
    expect(quotes('Nadia Petrescu, 19, is coached by Elena Petrescu, 51.\n\n"I said, give me one more year," the elder Petrescu said.')).toEqual(['Elena Petrescu']);
    expect(quotes('Soldiers detained President Augusto Nhaga on Wednesday.\n\nHis son, Domingos Nhaga, said his father was safe. "He will not resign at gunpoint," the younger Nhaga wrote.')).toEqual(['Domingos Nhaga']);
  });
});

describe('"Her main challenger, councillor Tomasz Wierzbicki," then "the challenger said"', () => {
  it('is he: the role set off before a role in lower case and the name describes him', () => {
    expect(quotes('Her main challenger, councillor Tomasz Wierzbicki, said most homes were luxury flats.\n\n"Fire the contractor on day one," the challenger said.')).toEqual(['Tomasz Wierzbicki']);
  });
});

describe('"The curator, Dr. Kofi Bright, backed the move." then "the curator said"', () => {
  it('is he: the role set off before a title\'s abbreviation and the name describes him', () => {
    expect(quotes('The curator, Dr. Kofi Bright, backed the move.\n\n"It belongs here," the curator said.')).toEqual(['Kofi Bright']);
  });
});

describe('"A court has jailed the mayor of Kigoma, Rehema Mushi, for fraud." then "the mayor said"', () => {
  it('is she, in a sentence read only for its names', () => {
    expect(quotes('A court has jailed the mayor of Kigoma, Rehema Mushi, for fraud.\n\n"I am innocent," the mayor said.')).toEqual(['Rehema Mushi']);
  });
  it('not a role in a clause of its own before the name ("As the Secretary noted, Senator McConnell …")', () => {
    expect(quotes('Secretary of Commerce Gina Raimondo spoke on Sunday. As the Secretary noted, Senator McConnell is holding the bill.\n\nThe Secretary also noted the risks, saying "He is playing politics with our security."')).toEqual(['Gina Raimondo']);
  });
});

describe('"The customs service said" after "The Public Prosecution Service said"', () => {
  it('is the customs service: a word before the noun must be in the named body\'s name; "the service" then is it', () => {
    expect(lint('The Public Prosecution Service said officers had seized 4,800 kilograms. The customs service said it intercepted 59,000 kilograms last year. The service has said that it scans fewer than 2 percent of containers.').claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.source)).toEqual(['The Public Prosecution Service', 'The customs service', 'customs service']);
  });
  it('still "the university said" after "the University of Santiago", and not "one company" for "The company"', () => {
    expect(quotes('Students occupied the University of Santiago. "The increase is necessary," the university said.')).toEqual(['University of Santiago']);
    expect(source('Wealth-X said one company had grown. The company says it has found more than 2,400 billionaires.')).toBe('The company');
  });
});

describe('a paragraph that ends with a quote introduced by "He said:"', () => {
  it('carries no one into the next paragraph: the introduction is spent on its quote', () => {
    expect(source('Transport Minister Óscar Villanueva spoke in Lima. He said: "Companies that put profit before lives will not operate here."\n\nBuses were involved in roughly one in five fatal crashes.')).toBeUndefined();
  });
  it('while "X said:" that ends its paragraph still carries X', () => {
    expect(source('Transport Minister Óscar Villanueva spoke in Lima. He said:\n\nBuses were involved in roughly one in five fatal crashes.')).toBe('Óscar Villanueva');
  });
});

describe('"its maker, the biotechnology company Neurevia, said", "its maker, Neurevia, said"', () => {
  it('is the body in apposition, not "its maker"', () => {
    expect(source('The drug slowed memory decline by 27 percent, its maker, the biotechnology company Neurevia, said on Wednesday.')).toBe('the biotechnology company Neurevia');
    expect(source('The drug slowed memory decline by 27 percent, its maker, Neurevia, said on Wednesday.')).toBe('Neurevia');
    expect(source('The drug slowed memory decline by 27 percent, its maker, Tom Reyes, said on Wednesday.')).toBe('Tom Reyes');
  });
});

describe('a name in apposition with the body it is of ("Dr. Mele Tupou of the University of Auckland,")', () => {
  it('is the source, not the possessive before it', () => {
    expect(quotes('The study was led by Dr. Felipe Arriagada. Arriagada\'s co-author, Dr. Mele Tupou of the University of Auckland, put it bluntly: "The Tasman Sea spent months in heatwave conditions."')).toEqual(['Mele Tupou']);
    expect(source('Arriagada\'s co-author, Dr. Mele Tupou of the University of Auckland, said 40 reefs had bleached.')).toBe('Mele Tupou');
  });
});

describe('given names of the news from Africa and South Asia ("Abdi", "Mohamed", "Kamrul", "Ngozi")', () => {
  it('make a full name a person\'s, for "he" and for a name after "said police chief"', () => {
    expect(quotes('Lawyer Samuel Kiprono spoke first. "We will appeal," Kiprono said.\n\nAbdi Mohamed Farah welcomed the sentence. "This sentence sends a clear message," he said.')).toEqual(['Samuel Kiprono', 'Abdi Mohamed Farah']);
    expect(source('Police arrested the factory owner, Mizanur Rahman, and two managers on Wednesday, said police chief Kamrul Islam.')).toBe('Kamrul Islam');
  });
});

describe('"her husband said", "his wife said" after a couple named together', () => {
  it('is the man or the woman of the couple', () => {
    expect(quotes('Kevin and Julie Marchbank both work at the pottery.\n\n"My dad did forty years here," her husband said.\n\n"Kevin\'s being modest," his wife said.')).toEqual(['Kevin Marchbank', 'Julie Marchbank']);
  });
});

describe('people of a one-word place or body after "the" ("Officials at the Pentagon", "a spokesman for the Kremlin")', () => {
  it('are the people, or the body, not the place as a person\'s name', () => {
    expect(firstAttribution('Officials at the Pentagon said 12 soldiers died.')).toMatchObject({ kind: 'vague', source: 'Officials at the Pentagon' });
    expect(firstAttribution('Residents of the Bronx said 300 homes flooded.')).toMatchObject({ kind: 'vague', source: 'Residents of the Bronx' });
    expect(firstAttribution('A spokesman for the Kremlin said 12 soldiers died.')).toMatchObject({ kind: 'role', source: 'A spokesman for the Kremlin' });
    // (A person of a paper stays the person.)
    expect(firstAttribution('Jane Smith of the Guardian said 300 homes flooded.')).toMatchObject({ kind: 'named', source: 'Jane Smith' });
  });
});

describe('a long role set before a name ("The Minister for Housing, Planning and Local Government, Ciarán Dolan,")', () => {
  it('is the person\'s, so that "the minister", "the spokeswoman", "the coroner" later is that person', () => {
    expect(quotes('The Minister for Housing, Planning and Local Government, Ciarán Dolan, said the government would study the result. "Housing was one issue," the minister said.')).toEqual(['Ciarán Dolan']);
    expect(quotes('A spokeswoman for the Independent Electoral and Boundaries Commission, Wanjiru Kamau, said the commission stood by its figures. "Our officers followed the law," the spokeswoman said.')).toEqual(['Wanjiru Kamau']);
    expect(quotes('The Minister for Finance and the Public Service, Senator Karen Whitlock, said the result was bad. "The bill will return," the minister said.')).toEqual(['Karen Whitlock']);
    expect(quotes('The senior coroner for South Yorkshire (East), Dr. Helen Rowbotham, recorded a conclusion. "I am concerned," the coroner said.')).toEqual(['Helen Rowbotham']);
    // (Not words of another clause before it: the book is not its author.)
    expect(quotes('The book and film blame Bob for blocking the departure. The author of the book, Mitchell Zuckoff, said in an interview that he stands by it.\n\nThe book accuses Bob of treating the contractors like "Wal-Mart security guards."')).toEqual(['The book']);
  });
});

describe('a national body named by capitals before a country ("Public Health Wales", "Statistics Canada")', () => {
  it('is a body, whole, not a person whose surname is the country', () => {
    expect(firstAttribution('Public Health Wales has confirmed 38 cases of measles.')).toMatchObject({ kind: 'organization', source: 'Public Health Wales' });
    expect(firstAttribution('Maritime New Zealand said 38 boats sank.')).toMatchObject({ kind: 'organization', source: 'Maritime New Zealand' });
    expect(lint('Statistics Canada said 38 plants closed.\n\nHealth Canada said 12 cases were confirmed.').claims.map((c) => c.attribution?.source)).toEqual(['Statistics Canada', 'Health Canada']);
    expect(firstAttribution('Figures from Water Safety New Zealand show 82 people drowned.')).toMatchObject({ kind: 'organization', source: 'Water Safety New Zealand' });
    // (A person's name stays one.)
    expect(firstAttribution('Jimmy Wales said 38 pages were edited.')).toMatchObject({ kind: 'named', source: 'Jimmy Wales' });
  });
});

describe('a person of a body named by the phrase ("Mike Ryan of the World Health Organization told")', () => {
  it('is the person, named, past a title ("Insp. Rachel Dunmore of West Midlands Police")', () => {
    expect(firstAttribution('Mike Ryan of the World Health Organization said 12 cases were confirmed.')).toMatchObject({ kind: 'named', source: 'Mike Ryan' });
    expect(firstAttribution('Professor Michael Siegel of Boston University said 12 states were studied.')).toMatchObject({ kind: 'named', source: 'Michael Siegel' });
    expect(lint('Insp. Rachel Dunmore of West Midlands Police said officers had looked into six complaints. "We have reviewed the complaints," she said.').claims.map((c) => c.attribution?.source)).toEqual(['Rachel Dunmore', 'Rachel Dunmore']);
  });
});

describe('"she said" after "A spokeswoman for Westfield City Council said"', () => {
  it('is the body\'s spokeswoman, not a woman named in the paragraph before', () => {
    expect(quotes('Commissioner Helen Marchetti pressed him on that point. "Then what did you think the money was for?" she asked.\n\nA spokeswoman for Westfield City Council said it had cooperated with 12 inquiries. "We have already changed the way contracts are approved," she said.')).toEqual(['Helen Marchetti', 'spokeswoman for Westfield City Council']);
  });
});

describe('a national body in a sentence read for its names ("Public Health Wales has confirmed")', () => {
  it('is no person a later "he" could stand for', () => {
    expect(quotes('Public Health Wales has confirmed 38 cases of measles.\n\nDr. Gwyn Pritchard, a consultant in health protection at the agency, said most of those affected were children. "Measles is not a mild illness," he said.')).toEqual(['Gwyn Pritchard']);
    expect(quotes('Public Health Wales has confirmed 38 cases of measles.\n\nDr. John Pritchard, a consultant in health protection at the agency, said most of those affected were children. "Measles is not a mild illness," he said.')).toEqual(['John Pritchard']);
  });
});

describe('a participle with its agent set off after the subject ("The report, written by a panel of three scientists, said")', () => {
  it('describes the subject; the verb after the aside is the cue', () => {
    expect(quotes('The report, written by a panel of three external scientists, said the problems were "not the product of deliberate fabrication".')).toEqual(['The report']);
    expect(firstAttribution('The review, commissioned by the university last year, found 12 errors.')).toMatchObject({ kind: 'document', source: 'The review' });
    // (Without a verb after it, the agent still speaks: "A Boeing 707, reported by local press as …".)
    expect(source('A Boeing 707, reported by local press as belonging to the army, crashed with 12 people aboard.')).toBe('local press');
  });
});

describe('a document noun after a relative pronoun ("who studies forced labour")', () => {
  it('is the clause\'s verb, no document the figure or quote is from', () => {
    expect(quotes('Prof. Miriam Salt, who studies forced labour at the University of Nottingham, said the raid showed "what happens when nobody checks."')).toEqual(['Miriam Salt']);
  });
});

describe('a name described with "a" or "an" right before "who said" ("Hamish Kettering, an 81-year-old retired geologist who said")', () => {
  it('is the one who speaks, not the description', () => {
    expect(quotes('Among the marchers was Hamish Kettering, an 81-year-old retired geologist who said he had worked in the industry. "I helped find it," he said.')).toEqual(['Hamish Kettering']);
    expect(firstAttribution('Jane Doe, a retired teacher who said she had lived there for 30 years, opposed the plan.')).toMatchObject({ kind: 'named', source: 'Jane Doe' });
    // (No name before it: the description.)
    expect(source('The man, a retired teacher who said he had lived there for 30 years, opposed the plan.')).toBe('a retired teacher');
  });
});

describe('"the minister" after "Finland\'s environment minister, Juha Kettunen,"; "the researcher" after "the ecologist"', () => {
  it('is the person the role was given to', () => {
    expect(quotes('Finland\'s environment minister, Juha Kettunen, said his government would present new rules. "Our farmers have already done a great deal," the minister said.')).toEqual(['Juha Kettunen']);
    expect(quotes('"You could find a koala in every second tree," said Dr. Fiona Gallagher-Reid, the ecologist who led the survey.\n\nDrought was the main cause, the researcher said, and koalas were "dying of thirst in the canopy".')).toEqual(['Fiona Gallagher-Reid', 'Fiona Gallagher-Reid']);
  });
});

describe('"by the end of the year" after a quote', () => {
  it('is a deadline, no source', () => {
    expect(quotes('The Pest Control Products Board said in a statement that it was "reviewing the registration of the pesticide" and would announce a decision by the end of the year.')).toEqual(['The Pest Control Products Board']);
  });
});

describe('initials in place of a given name, set off after a role ("The deputy commissioner for education, P. Arunachalam,")', () => {
  it('name a person a later "he" stands for', () => {
    expect(source('The deputy commissioner for education, P. Arunachalam, told councillors that recruitment had been held up. He said 240 teachers would be appointed.')).toBe('P. Arunachalam');
  });
});

describe('"and" inside a body\'s name after "according to" or "by" ("the Department of Social Welfare and Development")', () => {
  it('goes on to the name\'s end, not to a person after a title', () => {
    expect(source('More than 86,000 people fled, according to figures from the Department of Social Welfare and Development.')).toBe('figures from the Department of Social Welfare and Development');
    expect(source('It took 23 fire engines to put out the blaze, according to the Fire Service and Civil Defence.')).toBe('the Fire Service and Civil Defence');
    expect(source('It was confirmed by a study by Centers for Disease Prevention and Control in eight states.')).toBe('a study by Centers for Disease Prevention and Control');
    expect(source('The sector will grow 40 percent, said White House Office of Science and Technology Policy Director Michael Kratsios.')).not.toMatch(/Director/);
  });
});

describe('people an -ing participle describes before their verb ("Two elderly sisters sharing a tent near the entrance told")', () => {
  it('are the subject, not the participle\'s object or place', () => {
    expect(quotes('Two elderly sisters sharing a tent near the entrance told a reporter they had lived through the earthquake. "We thought we were ready for this," they said.')).toEqual(['Two elderly sisters']);
    expect(source('Residents living near the plant said 40 people fell ill.')).toBe('Residents');
    // (Not past a clause's own verb: "Her most striking appeal was worded beautifully when she said".)
    expect(quotes('Michelle Obama spoke last. Her most striking appeal was worded beautifully when she said, "Make no mistake about it."')).toEqual(['Michelle Obama']);
  });
});

describe('the first of two surnames ("Esparza" after "Ricardo Esparza Luna")', () => {
  it('stands for the person named in full', () => {
    expect(quotes('Ricardo Esparza Luna, the mayor, spoke on Monday.\n\n"We had asked people to leave," Esparza told the newspaper El Universal.')).toEqual(['Ricardo Esparza Luna']);
    // (A surname of its own wins: "Luna" is whoever holds it.)
    expect(quotes('Ricardo Esparza Luna, the mayor, spoke on Monday. Ana Esparza, a resident, disagreed.\n\n"We had asked people to leave," Esparza told the newspaper.')).toEqual(['Ana Esparza']);
  });
});

describe('capitals joined by "Without", "Against" or "Sans" ("Doctors Without Borders")', () => {
  it('name a body, whole', () => {
    expect(firstAttribution('Doctors Without Borders said 40 patients were treated.')).toMatchObject({ kind: 'organization', source: 'Doctors Without Borders' });
    expect(firstAttribution('Mothers Against Drunk Driving said 40 people died.')).toMatchObject({ kind: 'organization', source: 'Mothers Against Drunk Driving' });
  });
});

describe('a plural before "of the" opening a body\'s name ("Friends of the Earth said")', () => {
  it('is the whole name, not its last word', () => {
    expect(source('Friends of the Earth said 300 trees were cut.')).toBe('Friends of the Earth');
    expect(quotes('"We are worried," Friends of the Earth said in a statement.')).toEqual(['Friends of the Earth']);
    // (People of a place stay people: "Residents of the Bronx".)
    expect(source('Residents of the Bronx said 300 homes flooded.')).toBe('Residents of the Bronx');
  });
});

describe('"and" and commas inside a body\'s name', () => {
  it('keep the name whole before a cue ("Devon and Cornwall Police said")', () => {
    expect(firstAttribution('Devon and Cornwall Police said two men were arrested.')).toMatchObject({ kind: 'organization', source: 'Devon and Cornwall Police' });
    expect(source('Westmorland and Furness Council estimated that 260 properties were flooded.')).toBe('Westmorland and Furness Council');
    expect(source('Scottish and Southern Electricity Networks said 31,000 homes lost power.')).toBe('Scottish and Southern Electricity Networks');
    expect(source('The Department for Culture, Media and Sport said 12 clubs would benefit.')).toBe('The Department for Culture, Media and Sport');
    expect(source('The National Union of Rail, Maritime and Transport Workers said 40 trains were cancelled.')).toBe('The National Union of Rail, Maritime and Transport Workers');
    expect(source('The Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly said 12 officers were hurt.')).toBe('The Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly');
    expect(source('A spokeswoman for Pacific Gas and Electric Company said about 9,000 customers lost power.')).toBe('A spokeswoman for Pacific Gas and Electric Company');
    expect(source('The Construction, Forestry, Maritime, Mining and Energy Union said 400 jobs would go.')).toBe('The Construction, Forestry, Maritime, Mining and Energy Union');
  });
  it('keep the name whole after "according to", "by" and "from"', () => {
    expect(source('According to the Scottish Fire and Rescue Service, 22 firefighters attended.')).toBe('the Scottish Fire and Rescue Service');
    expect(source('Figures from the Department for Environment, Food and Rural Affairs show that 1.1 million hectares were flooded.')).toBe('the Department for Environment, Food and Rural Affairs');
    expect(source('About 1.1 million hectares flooded, according to the Department for Environment, Food and Rural Affairs.')).toBe('the Department for Environment, Food and Rural Affairs');
    expect(source('A 2023 assessment by the National Oceanic and Atmospheric Administration found 25 percent of the coast was at risk.')).toBe('the National Oceanic and Atmospheric Administration');
  });
  it('leave a person of the body the speaker ("Craig Dunmore of Cumbria Fire and Rescue Service told")', () => {
    expect(quotes('Station Manager Craig Dunmore of Cumbria Fire and Rescue Service told reporters of "very difficult conditions".')).toEqual(['Craig Dunmore']);
  });
  it('not between two people, or two bodies', () => {
    expect(source('Smith and Jones said 12 people died.')).toBe('Jones');
    // (Two bodies speak together: both, not one name made of the two.)
    expect(source('The FBI and Justice Department said 12 people were arrested.')).toBe('The FBI and Justice Department');
    expect(source('The Department of Justice and the Department of Labor said 12 people were hired.')).toBe('The Department of Justice and the Department of Labor');
    expect(source('The Department of the Interior, USDA, and DOD announced $1 billion for the parks.')).toBe('DOD');
    expect(quotes('"It has been a joy," said the President and First Lady.')).toEqual(['the President']);
  });
});

describe('a role in apposition between a name and a relative clause ("X, leader of Y, who visited …, said")', () => {
  it('is the name\'s, and "she" after it is the named person', () => {
    const text = 'Cllr Judith Pennock, leader of Furness Council, who visited the centre on Wednesday morning, said 150 people stayed.\n\n"People turned up with blankets," she said.';
    expect(source(text)).toBe('Judith Pennock');
    expect(quotes(text)).toEqual(['Judith Pennock']);
  });
});

describe('a document seen or obtained by a named outlet ("a report seen by The Herald")', () => {
  it('is the source as the draft words it, classed as a document', () => {
    expect(firstAttribution('A report seen by The Herald warned that around 40 percent of homes were at risk.')).toMatchObject({ kind: 'document', source: 'A report seen by The Herald' });
    expect(firstAttribution('The professor fabricated data in 11 papers, according to a report seen by Times Higher Education.')).toMatchObject({ kind: 'document', source: 'a report seen by Times Higher Education' });
    expect(firstAttribution('Documents obtained by Reuters show 40 warnings were ignored.')).toMatchObject({ kind: 'document', source: 'Documents obtained by Reuters' });
    // (A document whose author is named after "from" still speaks for the author.)
    expect(source('A letter from the American Legion obtained by The Associated Press warns that 40 posts could close.')).toBe('American Legion');
  });
});

describe('a role with its participle, a national body by its country\'s initials, a data set with its maker described', () => {
  it('are read whole', () => {
    // A participle before a role's noun is the role's ("returning officer"), and the name in apposition after it speaks.
    expect(source("Turnout was 23 percent, according to the council's returning officer, Janet Pryce.")).toBe('Janet Pryce');
    expect(source('Turnout was 23 percent, according to the presiding officer.')).toBe('the presiding officer');
    expect(firstAttribution('He was banned for four years, UK Anti-Doping announced on Thursday.')).toMatchObject({ kind: 'organization', source: 'UK Anti-Doping' });
    expect(firstAttribution('Crime fell 12 percent, according to data published by the Home Office on Monday.')).toMatchObject({ kind: 'document', source: 'data published by the Home Office' });
    expect(source('A survey of 412 members by the polling firm Ardmore Research found Kearney ahead with 54 percent.')).toBe('the polling firm Ardmore Research');
    // (A day after the maker is no part of its name.)
    expect(source('Support stood at 40 percent, according to a poll published by Gallup Tuesday.')).toBe('a poll published by Gallup');
  });
});

describe('a name after a nationality and a title, with particles, and of a body before a relative clause', () => {
  it('is the speaker, whole', () => {
    expect(quotes('The rapporteur, Dutch MEP Joost van der Berg, said the vote sent "a clear message to the platforms." "For too long, anyone has been a target," he said.')).toEqual(['Joost van der Berg', 'Joost van der Berg']);
    // (Particles go with the word before them though it is no given name the lists know.)
    expect(source('Joost van der Berg said the vote sent 12 messages.')).toBe('Joost van der Berg');
    expect(quotes('Polish MEP Marta Zielinska of the European Conservatives and Reformists group, who voted against, said the rules were "too vague to enforce and too broad to defend."')).toEqual(['Marta Zielinska']);
  });
});

describe('"she" after two who spoke in one sentence, one a woman, the other of unknown sex', () => {
  it('is the woman', () => {
    expect(quotes('Prof. Margaret Hughes, the pro-vice-chancellor, said in a statement that Kingsmere had asked the journals to retract all 11 articles. "The integrity of the record matters," she said.')).toEqual(['Margaret Hughes']);
  });
});

describe('a place placed by a word after a body, and whom a speaker acts for', () => {
  it('are no speakers', () => {
    expect(source('A spokeswoman for Mercy Hospital in nearby Rolla said 34 patients were treated.')).toBe('A spokeswoman for Mercy Hospital in nearby Rolla');
    expect(quotes('Sian Lloyd, for Emyr Pritchard, said the younger brother had "followed where his brother led".')).toEqual(['Sian Lloyd']);
    expect(source('Sian Lloyd, representing Emyr Pritchard, said 12 dogs were seized.')).toBe('Sian Lloyd');
    expect(source('The lawyer, for Emyr Pritchard, said 12 dogs were seized.')).toBe('The lawyer');
  });
});

describe('"it" after a document opened the sentence before, and a document\'s plural opening a sentence', () => {
  it('"it" is the document, not a body of an earlier paragraph', () => {
    const text = '# Fraud\n\nAn internal investigation at Kingsmere University has concluded that a former professor fabricated data in 11 papers, according to a report seen by Times Higher Education.\n\nThe report, dated 14 March, found that images had been duplicated in papers published between 2009 and 2018. It says the professor was "solely responsible for it" and that none of his 17 co-authors had been aware of it.';
    expect(quotes(text)).toEqual(['The report']);
  });
  it('"Forecasts" is no one, and "he" after it is the man named before', () => {
    expect(quotes('Graham Tolley, the fire chief, said crews had worked through the night. Forecasts showed another hot, windy day on Tuesday, and he said more crews were coming. "We are going to need every one of them," he said.')).toEqual(['Graham Tolley']);
  });
});

describe('"estimates" after a name, and a name before a role set off before another aside', () => {
  it('"estimates" is the verb', () => {
    expect(firstAttribution('The World Health Organization estimates that 4 percent of cases are missed.')).toMatchObject({ source: 'The World Health Organization', cue: 'estimates' });
    expect(firstAttribution('The English Housing Survey estimates that 4 percent of homes have damp.')).toMatchObject({ source: 'The English Housing Survey', cue: 'estimates' });
    // (Not "The polls that show", and two nouns of data sets stay one: "Census figures put".)
    expect(source('Census figures put the population at 40,000.')).toBe('Census figures');
  });
  it('the name speaks', () => {
    expect(source('Ayesha Bramwell, director of the Carrow Bridge branch of Shelter, the housing and homelessness charity, said 40 families were waiting.')).toBe('Ayesha Bramwell');
    expect(source('Cllr Tom Abara, leader of Calderdale Council, where the plant employs 900 people, said 600 jobs would go.')).toBe('Tom Abara');
  });
});

describe('a couple named by two given names and one surname, and a titled name after a group\'s role', () => {
  it('speak as the couple, and as the person', () => {
    expect(quotes('Gwen and Dafydd Price said they had expected the news. "We have a mortgage and two kids at school," they said.')).toEqual(['Gwen Price and Dafydd Price']);
    expect(firstAttribution('The leader of the Liberal Democrat group, Cllr Paul Ferris, said 40 jobs would go.')).toMatchObject({ kind: 'named', source: 'Paul Ferris' });
  });
});

describe('a quote introduced by "blamed … on", and Welsh, Scottish and Irish given names', () => {
  it('are read', () => {
    const text = "Transport for Westmoor's director of projects, Alun Pritchard, blamed the delay on \"ground conditions nobody could have predicted\" under the old rail yards.\n\nOpposition transport spokesman Cllr Ravi Kaul said the authority had \"lost control of the scheme\".\n\nPritchard rejected claims that the project was out of control. \"The line will be built safely,\" he said.";
    expect(quotes(text)).toEqual(['Alun Pritchard', 'Ravi Kaul', 'Alun Pritchard']);
  });
});

describe('bodies named by a programme or a panel, and "on" or "to" inside a body\'s name', () => {
  it('keep their whole name', () => {
    expect(firstAttribution('The World Food Programme said 19 trucks had crossed.')).toMatchObject({ kind: 'organization', source: 'The World Food Programme' });
    expect(source('The United Nations Development Programme estimated that 1.4 million people had fled.')).toBe('The United Nations Development Programme');
    expect(source('The Panel of Experts on Darvonia said 41 tankers had made deliveries.')).toBe('The Panel of Experts on Darvonia');
    expect(source('The Irish Society for the Prevention of Cruelty to Children said 41 percent had been contacted.')).toBe('The Irish Society for the Prevention of Cruelty to Children');
    // (Its initials in brackets are no end of the name.)
    expect(source('The Small Business Innovation Research (SBIR) Program will announce nearly $54 million in grants.')).toBe('The Small Business Innovation Research Program');
  });
});

describe('a document seen by someone', () => {
  it('is the source, not who saw it', () => {
    expect(source('The review, seen by the Leeds Citizen, found that 81 of the 96 alerts were false.')).toBe('The review');
    expect(source('The letter, obtained by Reuters, says 12 officials signed it.')).toBe('The letter');
    expect(quotes('An internal email seen by the court described the fault as "a known issue, parked until next year".')).toEqual(['An internal email seen by the court']);
  });
});

describe('a surname with its particle in capitals', () => {
  it('is the person named before with it in lower case', () => {
    const text = 'Dr. Joost van Dijk, who led the study, said the data were clear. A spokesman, Brian Kowalski, said emissions "can be overstated by a wide margin."\n\nVan Dijk rejected that. He said 70 sites had been checked.';
    expect(source(text)).toBe('Joost van Dijk');
    expect(source('Dr. Joost van Dijk, who led the study, said the data were clear.\n\nVan Dijk said 60 sites had been checked.')).toBe('Joost van Dijk');
  });
});

describe('a person of a body whose given name the lists lack', () => {
  it('is the person, not the body', () => {
    expect(firstAttribution('Insp. Radu Moldovan of the Tarsian Border Police said officers had processed 2,600 arrivals.')).toMatchObject({ kind: 'named', source: 'Radu Moldovan' });
    // (And "the inspector" later is he, by his title.)
    expect(quotes('Insp. Radu Moldovan of the Tarsian Border Police said officers had processed 2,600 arrivals.\n\n"My officers are working long shifts," the inspector said.')).toEqual(['Radu Moldovan']);
    // (Not a title's words before "of the".)
    expect(source('Director General of the BBC said 26 staff had left.')).toBe('Director General of the BBC');
  });
});

describe('a word that describes the noun of a body of a place', () => {
  it('stays with it', () => {
    expect(source('The armed forces of Qaremia said they had destroyed 7 depots.')).toBe('The armed forces of Qaremia');
  });
});

describe("a body's name in apposition to the word of who supplies something", () => {
  it('is the source', () => {
    expect(source('The supplier, Northgate Vision Systems, said the error rate was below 5 percent.')).toBe('Northgate Vision Systems');
  });
});

describe('"recalled" with a count as its object', () => {
  it('is a deed, not a report', () => {
    expect(firstAttribution('Ford recalled 40,000 cars last year.')).toBeNull();
    expect(source('VoltRide is recalling about 210,000 scooters, the Consumer Product Safety Commission said on Monday.')).toBe('the Consumer Product Safety Commission');
    expect(source('Smith recalled 40 people died that day.')).toBe('Smith');
  });
});

describe("a body's name that opens with dotted initials", () => {
  it('keeps them, with their full stop', () => {
    expect(source('The U.S. Consumer Product Safety Commission said 23 people were hurt.')).toBe('The U.S. Consumer Product Safety Commission');
    expect(source('The J.P. Morgan Chase Institute found that 12 percent had no savings.')).toBe('The J.P. Morgan Chase Institute');
  });
});

describe('a pronoun after a clause of being asked about someone', () => {
  it('is not whom the question was about', () => {
    const text = '"Northstar knew its systems were failing," said Cathryn Hollis, the director of enforcement.\n\nNorthstar\'s chief executive, Fiona Grant, said the company accepted the findings. "We let our customers down," Grant said.\n\nHollis said Ofgem would monitor the supplier closely. Asked whether Grant should keep her job, she said that was "a matter for the board."';
    expect(quotes(text)).toEqual(['Cathryn Hollis', 'Fiona Grant', 'Cathryn Hollis']);
  });
});

describe('"she" after a spokeswoman for a body named before', () => {
  it('is the spokeswoman, for the body by its name', () => {
    expect(source('Prof. Anja Keller led the study. The Swiss Federal Office for the Environment said it would review its plans. A spokeswoman for the office said it was "taking the findings extremely seriously."\n\nShe added that the office spends about 45 million francs a year on monitoring.')).toBe('spokeswoman for the Swiss Federal Office for the Environment');
  });
});

describe('a document made or seen by a body or people named by their noun', () => {
  it('is the whole phrase', () => {
    expect(source('The mission cost €610 million, according to figures published by the agency.')).toBe('figures published by the agency');
    // (Not one of a group: "data collected by one of the …".)
    expect(source('Winds reached 75 miles per hour, according to data collected by one of the Hurricane Hunters.')).not.toMatch(/^data collected/);
  });
});

describe('a document published in a journal', () => {
  it('is the whole phrase, as the guidelines write "a study published in Nature"', () => {
    expect(source('About 1.27 million people died, according to a 2022 analysis published in The Lancet.')).toBe('a 2022 analysis published in The Lancet');
    expect(source('A study published in Nature found that 40 percent of reefs had bleached.')).toBe('A study published in Nature');
    expect(source('About 40 percent had bleached, a study published in Science found.')).toBe('a study published in Science');
  });
});

describe('people a relative clause with "that" describes', () => {
  it('speak, as with "who"', () => {
    expect(source('The two members that abstained said in a joint statement that 14 posts would go.')).toBe('two members');
    expect(source('The report found that officials said 14 posts would go.')).toBe('officials');
  });
});

describe('a data set yet to come out', () => {
  it('says nothing', () => {
    expect(firstAttribution("The board's final report is expected within 12 to 18 months.")).toBeNull();
    expect(source('The poll of 1,033 adults was conducted last week.')).toBe('The poll');
  });
});

describe('a noun after "own"', () => {
  it('ends the phrase as its head, whatever it may be as a verb', () => {
    expect(source('The airport expects passenger numbers to rise to 4 million, according to its own forecasts.')).toBe('its own forecasts');
  });
});

describe('a day between a document\'s participle and who made it', () => {
  it('is left out of the source, as after the document\'s noun', () => {
    expect(source('The jets came within 190 feet of each other, according to preliminary findings released on Tuesday by the National Transportation Safety Board.')).toBe('preliminary findings released by the National Transportation Safety Board');
  });
});

describe('a body\'s name with "and" inside', () => {
  it('is kept whole after a list of capitals, or before a body\'s word with its own "of the"', () => {
    expect(source('The Media, Entertainment and Arts Alliance, which represents journalists, said 87 percent were worried.')).toBe('The Media, Entertainment and Arts Alliance');
    expect(source('The Food and Agriculture Organization of the United Nations estimates that rainfall was 60 percent below average.')).toBe('The Food and Agriculture Organization of the United Nations');
  });
});

describe('a body\'s name before "at" another\'s', () => {
  it('is the body\'s whole name, or the person of it (not its last capital)', () => {
    expect(source('The Observatory for Media and Democracy at the University of Antwerp found that 46 percent of outlets had closed.')).toBe('The Observatory for Media and Democracy at the University of Antwerp');
    expect(quotes('Prof. Alan Metzger of the Philip Merrill College of Journalism at the University of Maryland said rural stations were "the first domino". He said "many will close."')).toEqual(['Alan Metzger', 'Alan Metzger']);
  });
});

describe('a document that examines a body', () => {
  it('speaks, not the body it examines', () => {
    expect(source('An independent audit of the Federation of Volleyball Clubs of the Southern Region has found that 37 payments were made.')).toBe('An independent audit of the Federation of Volleyball Clubs of the Southern Region');
  });
});

describe('a count after "added"', () => {
  it('is a deed\'s object even when a noun in -ed follows it, so the outer cue speaks', () => {
    expect(source('Helen Marsh said the council had added 60 emergency bed spaces since March.')).toBe('Helen Marsh');
    expect(firstAttribution('The council added 60 emergency bed spaces since March.')).toBeNull();
  });
});

describe('a title of a place or body, no one named', () => {
  it('is the title with its place, not the place as a person\'s name', () => {
    expect(source('A spokeswoman for the Mayor of London said 40 ballots were spoiled.')).toBe('A spokeswoman for the Mayor of London');
    expect(firstAttribution('The Governor of Texas said 40 ballots were spoiled.')).toMatchObject({ source: 'The Governor of Texas', kind: 'role' });
    expect(firstAttribution('The State of Georgia announced 49 grants.')).toMatchObject({ source: 'The State of Georgia', kind: 'organization' });
  });
});

describe('a saint\'s name in the possessive', () => {
  it('is the body named after the saint, not a person', () => {
    expect(firstAttribution("According to St Mungo's, 1,100 people slept rough.")).toMatchObject({ source: "St Mungo's", kind: 'organization' });
  });
});

describe('a body named before a day', () => {
  it('ends its name before "on" and the day, for "the authority" after it', () => {
    expect(quotes('The Independent Communications Authority of South Africa on Wednesday suspended the licence. "The licensee failed, repeatedly, to comply," the authority said.')).toEqual(['Independent Communications Authority of South Africa']);
  });
});

describe('a name the lists lack, set off beside a role', () => {
  it('is a person a later "she" stands for, with the role after a possessive or before where it is held', () => {
    const first = '"Our allies asked," Defence Minister Andrea Kovac told reporters.\n\n';
    expect(source(first + "Latvia's ambassador to Canada, Ilze Berzina, welcomed the plan. She said spending rose 2 percent.")).toBe('Ilze Berzina');
    expect(source(first + "Ilze Berzina, Latvia's ambassador, welcomed the plan. She said spending rose 2 percent.")).toBe('Ilze Berzina');
  });
});

describe('"one of them" after a quote', () => {
  it('is its speaker, unnamed, not a cue earlier in the paragraph', () => {
    expect(quotes('People at the camp told a different story. "They took my tent before I could get my medication out," one of them said.')).toEqual(['one of them']);
  });
});

describe('a document commissioned or funded by someone', () => {
  it('speaks itself, with who ordered it, and is no vague source', () => {
    expect(firstAttribution('A review commissioned by the council found that 40 flats had cladding.')).toMatchObject({ source: 'A review commissioned by the council', kind: 'document' });
    expect(firstAttribution('A report commissioned by the council found that 40 flats had cladding.')).toMatchObject({ source: 'A report commissioned by the council', kind: 'document' });
    expect(source('A study funded by the Wellcome Trust found that 40 flats had cladding.')).toBe('A study funded by the Wellcome Trust');
  });
});

describe('"agreed" with an object', () => {
  it('is a deed, not a report (but "agreed that" reports)', () => {
    expect(firstAttribution('Fleets will land 20 percent less cod after the United Kingdom, Norway and the European Union agreed new catch limits.')).toBeNull();
    expect(firstAttribution('Ministers agreed on a 20 percent cut.')).toBeNull();
    expect(source('Norway agreed that 20 percent less cod would be landed.')).toBe('Norway');
  });
});

describe('a body named with "of" or "for" before a role', () => {
  it('stays whole in the role ("A Ministry of Defence spokesman", not "Defence spokesman")', () => {
    expect(source('A Ministry of Defence spokesman said the order was worth £150 million.')).toBe('A Ministry of Defence spokesman');
    expect(source('A Department for Transport spokesman said the government was spending £150 million on roads.')).toBe('A Department for Transport spokesman');
    expect(firstAttribution('A Bank of England official said rates would rise 2 percent.')).toMatchObject({ source: 'A Bank of England official', kind: 'vague' });
  });
});

describe('an aside after a name that ends in capitals it does not name', () => {
  it('keeps the name before it: whom a role serves, or where the person is', () => {
    expect(source('Ofgem, the energy regulator for Great Britain, announced that bills would rise by 12 percent.')).toBe('Ofgem');
    expect(source('Siobhan Gallagher, of the lay group We Are Lydford, said 4,100 people signed.')).toBe('Siobhan Gallagher');
    expect(source('Jane Doe, a lawyer for John Smith, said he would appeal the £40 fine.')).toBe('Jane Doe');
  });
});

describe('a body whose name places it after its body word', () => {
  it('is named whole, past "in" and the place', () => {
    expect(firstAttribution('The appeal is run by the Alliance of Churches and Mosques for Relief in Southern Africa, which said it hoped to raise £5 million.')).toMatchObject({ source: 'the Alliance of Churches and Mosques for Relief in Southern Africa', kind: 'organization' });
  });
});

describe('a diocese, synod or ferry line', () => {
  it('is a body, not a person named by the last words', () => {
    expect(firstAttribution('The Roman Catholic Diocese of Carver Falls filed for bankruptcy on Monday, saying it faced 160 claims.')).toMatchObject({ source: 'The Roman Catholic Diocese of Carver Falls', kind: 'organization' });
    expect(firstAttribution('Washington State Ferries said it would review 14 crossings.')).toMatchObject({ source: 'Washington State Ferries', kind: 'organization' });
  });
});

describe('a person named after a body that opens with "the"', () => {
  it('is the person, the title before the body read apart', () => {
    expect(firstAttribution('Minister of State at the Department of Transport Jack Corrigan said the number would double to 200.')).toMatchObject({ source: 'Jack Corrigan', kind: 'named' });
  });
});

describe('a body named by two of a body\'s nouns', () => {
  it('is named again by either ("the association" after "the Airline Pilots Association of Canada")', () => {
    expect(quotes('Pilots at Skyreach voted to strike, a move backed by the Airline Pilots Association of Canada. In a statement, the association said it had "serious concerns about the rosters".')).toEqual(['Airline Pilots Association of Canada']);
  });
});

describe('a body\'s noun in a person\'s description', () => {
  it('does not make the person the body ("who has led the diocese" then "A spokesman for the diocese")', () => {
    const text = '"This is the only way," said Bishop Raymond Kowalski, who has led the diocese since 2016.\n\nA spokesman for the diocese said it had paid $23 million in settlements.';
    expect(source(text)).toBe('A spokesman for the diocese');
  });
});

describe('what a court, inquest or jury heard', () => {
  it('is attributed to it, when what it heard is a clause', () => {
    expect(firstAttribution("The driver was travelling at 75 mph, an inquest at Norwich Coroner's Court heard on Monday.")).toMatchObject({ source: "Norwich Coroner's Court", cue: 'heard' });
    expect(source('The court heard that the crossing is used by around 90 people a day.')).toBe('The court');
    expect(source('He had drunk 10 pints, the jury heard.')).toBe('the jury');
  });
  it('not when it heard a thing, nor when others heard something', () => {
    expect(firstAttribution('For three days last week, the court heard arguments from the two sides.')).toBeNull();
    expect(firstAttribution('Residents heard 12 explosions.')).toBeNull();
  });
});

describe('a document filed or obtained by someone', () => {
  it('speaks itself past a count, an owner or a name in apposition to who filed it', () => {
    // (The papers as who filed them calls them, a role: "Court papers filed by its administrators", as "… by its lawyers".)
    expect(source('Court papers filed by its administrators, Harcourt Lyle Restructuring LLP, show the company owed creditors £126 million.')).toBe('Court papers filed by its administrators');
    expect(lint('Court papers filed by 14 passengers in King County Superior Court show the ferry was 40 minutes late.').claims.find((c) => c.text === '40')?.attribution).toMatchObject({ kind: 'document' });
  });
});

describe('"claims" after a word that says what kind of claim', () => {
  it('is the noun, not a cue ("all pending claims")', () => {
    expect(source('Prof. Laura Benavides spoke. She estimated that damages across all pending claims could exceed $100 million.')).toBe('Laura Benavides');
  });
});

describe('a full name in apposition with where the person is from', () => {
  it('is the person ("One passenger, Elspeth Grant from Tobermory, told")', () => {
    expect(source('One passenger, Elspeth Grant from Tobermory, told BBC Alba that the crew had been calm for 40 minutes.')).toBe('Elspeth Grant');
  });
});

describe('a role held for a body after "the"', () => {
  it('is the role, one person a later "she" or "he" stands for', () => {
    expect(quotes('A spokeswoman for the department said it was "working closely with the judiciary". "We expect delays to fall," she said.')).toEqual(['A spokeswoman for the department', 'spokeswoman for the department']);
    expect(source('A lawyer for the company said 600 workers were hired.')).toBe('A lawyer for the company');
    expect(quotes('A spokesman for the Friends of Eastern Shore Public Radio said pledges had topped $410,000. "People here do not have another station," he said.')).toEqual(['spokesman for the Friends of Eastern Shore Public Radio']);
  });
  it('names the body by its name when "the" and its noun name one given before', () => {
    expect(quotes('The National Institute for Health and Care Excellence has started its review. A spokesman for the institute said it had "started its appraisal".')).toEqual(['A spokesman for the National Institute for Health and Care Excellence']);
  });
  it('keeps commas and apostrophes against their words', () => {
    expect(source('A spokeswoman for the Ministry of Housing, Communities and Local Government said 40 councils had money.')).toBe('A spokeswoman for the Ministry of Housing, Communities and Local Government');
    expect(source('A spokeswoman for the Office for Veterans’ Affairs said 40 claims were late.')).toBe('A spokeswoman for the Office for Veterans’ Affairs');
  });
});

describe('four capitals with no given name or title among them', () => {
  it('name a body, not a person by the last two', () => {
    expect(firstAttribution('Tourism Tropical North Queensland estimated the suspension affects about 200 bookings.')).toMatchObject({ source: 'Tourism Tropical North Queensland', kind: 'organization' });
    expect(firstAttribution('The Japanese American Citizens League said 80 members joined.')).toMatchObject({ kind: 'organization' });
  });
  it('but a possessive before two of them names a person', () => {
    expect(quotes("North Carolina's Ada Fisher said Trump would do well. \"I think he will do great things,\" she said.")).toEqual(['Ada Fisher']);
  });
});

describe('a quote opened by "and that" after a second cue', () => {
  it('is the second thing the verb of speech before reports', () => {
    expect(quotes('Jones said the charity had asked the council for help, and that "we were ignored for months."')).toEqual(['Jones']);
    expect(quotes('Prof. Ama Boateng said inspectors had visited 40 schools and that "not one of them was ready."')).toEqual(['Ama Boateng']);
  });
  it('but not when nothing before reports it', () => {
    expect(quotes('The charity asked the council for help, and that "we were ignored" was plain to all.')).toEqual(['The charity']);
  });
});

describe('a field of public business before "and" opening a body\'s name', () => {
  it('keeps the name whole', () => {
    expect(firstAttribution('Environment and Climate Change Canada said 76 centimetres of snow fell.')).toMatchObject({ source: 'Environment and Climate Change Canada', kind: 'organization' });
    expect(source('On Monday, Fire and Emergency New Zealand said it had received 2,100 calls.')).toBe('Fire and Emergency New Zealand');
    expect(source('Newfoundland and Labrador Hydro reported that 21,000 customers had lost power.')).toBe('Newfoundland and Labrador Hydro');
    expect(source('U.S. Customs and Border Protection said 83 miles were built.')).toBe('U.S. Customs and Border Protection');
    expect(source('The Energy and Water Ombudsman of New South Wales reported that complaints rose 28 percent.')).toBe('The Energy and Water Ombudsman of New South Wales');
  });
  it('but not a body or a person of its own before "and"', () => {
    expect(source('Shell and BP said 40 wells closed.')).toBe('BP');
    expect(source('Police and Crime Commissioner Jane Smith said 40 officers left.')).toBe('Jane Smith');
  });
});

describe('"League" in a name', () => {
  it('names a body, with the title-like word before it ("The Premier League" is not "League")', () => {
    expect(firstAttribution('The Premier League said £30 million would be paid.')).toMatchObject({ source: 'The Premier League', kind: 'organization' });
    expect(source('The League of Women Voters said 40 chapters joined.')).toBe('The League of Women Voters');
  });
});

describe('a long body name after "by"', () => {
  it('is read to its end, not cut at ten words ("… at the")', () => {
    expect(source('A report by the Centre for the Study of Football Finance at the University of Salford found 19 clubs were insolvent.')).toBe('the Centre for the Study of Football Finance at the University of Salford');
  });
});

describe('a document released by a body the draft names by its noun', () => {
  it('keeps who released it ("figures released by the trust")', () => {
    expect(source('By Friday, 37 operations had been cancelled, according to figures released by the trust.')).toBe('figures released by the trust');
  });
});

describe('a body\'s initials in brackets before its document', () => {
  it('keep the body\'s name with the document ("… Service (UCAS) data showed")', () => {
    expect(source('Universities and Colleges Admissions Service (UCAS) data showed 412,000 applicants.')).toBe('Universities and Colleges Admissions Service data');
    expect(source('Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) data indicates an over 250% increase.')).toBe('Bureau of Alcohol, Tobacco, Firearms and Explosives data');
  });
});

describe('a source in a clause joined after a figure', () => {
  it('speaks for its clause; the figure is the source\'s before it', () => {
    expect(source('A preliminary estimate from the Association of British Insurers put insured losses at £45 million, though the body cautioned that the figure could rise.')).toBe('the Association of British Insurers');
    expect(source('Smith said sales rose 5 percent last year, but the company said profits fell.')).toBe('Smith');
    expect(source('Phivolcs reported the magnitude was 5.5; the United States Geological Survey reported a higher reading.')).toBe('Phivolcs');
  });
  it('but gives a figure with no source before it to the one after', () => {
    expect(source('Sales rose 5 percent last year, but the company said profits fell.')).toBe('the company');
  });
});

describe('an -s form after a possessive and its noun, before an auxiliary', () => {
  it('is a plural noun, no verb of speech ("His cost estimates have been")', () => {
    expect(source('His cost estimates have been between $8 billion and $12 billion.')).toBeUndefined();
    expect(source('Her campaign reports were filed late with 40 errors.')).toBeUndefined();
  });
  it('but a verb whose clause lost its subject stays one', () => {
    expect(source('Closures are a trend that the foundation predicts will continue for 12 months.')).toBe('the foundation');
  });
});

describe('a document a clause describes by its author, before the verb it is the subject of', () => {
  it('is the source, not the author\'s verb ("A study he led found")', () => {
    expect(firstAttribution('A 2022 study she co-wrote found that the median fine was €1.9 million.')).toMatchObject({ source: 'A 2022 study she co-wrote', kind: 'document' });
    expect(source('The report she wrote found 40 percent of fines were unpaid.')).toBe('The report she wrote');
    expect(source('The report they commissioned showed 40 percent of fines were unpaid.')).toBe('The report they commissioned');
  });
});

describe('"it" with a verb that makes a figure, after a document opened the sentence before', () => {
  it('is the document ("The report found …. It estimated …")', () => {
    expect(lint('A programme is two years late, according to a report by the National Audit Office.\n\nThe report found that 410,000 premises had been connected. It estimated that the final cost could rise by £700 million.\n').claims.find((c) => c.text === '£700 million')?.attribution).toMatchObject({ source: 'The report', kind: 'document' });
  });
});

describe('a body\'s long name', () => {
  it('keeps a field of public business in two words before its "and"', () => {
    expect(source('The council charged a woman more than £14,000, the Local Government and Social Care Ombudsman has found.')).toBe('the Local Government and Social Care Ombudsman');
  });
  it('keeps "in the" and the place after a name whose body\'s word has "of the" or "for the" after it', () => {
    expect(source('The National Campaign for the Arts in the Regions of England said lottery funding fell by 12 percent.')).toBe('The National Campaign for the Arts in the Regions of England');
  });
  it('is read whole as the subject a second cue shares ("… said … and noted")', () => {
    expect(source('The National Campaign for the Arts in the Regions of England said the plan was weak and noted that funding had fallen by 12 percent.')).toBe('The National Campaign for the Arts in the Regions of England');
  });
  it('keeps an "and" whose capitals hang on a body\'s word through more than one "of"', () => {
    expect(firstQuoteSource('The decision follows advice from the Reviewing Committee on the Export of Works of Art and Objects of Cultural Interest, which said the portrait was of "outstanding aesthetic importance to the nation".')).toBe('the Reviewing Committee on the Export of Works of Art and Objects of Cultural Interest');
  });
});

describe('two bodies that give a figure together', () => {
  it('are one source after "by" or "according to"', () => {
    expect(source('Populations fell by 76 percent, according to a report published on Thursday by WWF and the Zoological Society of London.')).toBe('a report published by WWF and the Zoological Society of London');
    expect(source('Hedgehogs declined by 70 per cent, according to the British Hedgehog Preservation Society and the People\'s Trust for Endangered Species.')).toBe('the British Hedgehog Preservation Society and the People\'s Trust for Endangered Species');
  });
  it('are one source as the subject that opens the clause', () => {
    expect(source('The National Education Union and the NASUWT said 40 percent of teachers would strike.')).toBe('The National Education Union and the NASUWT');
    // (Not an object of the clause before: the second alone speaks.)
    expect(source('The ministry criticised the NEU and the NASUWT said 40 percent would strike.')).toBe('NASUWT');
  });
});

describe('a body\'s name after "according to" or "by"', () => {
  it('keeps its own "the" and a "to" inside it', () => {
    expect(source('The figure fell by 70 per cent, according to the Society for the Protection of Birds.')).toBe('the Society for the Protection of Birds');
    expect(source('A report by the Irish Society for the Prevention of Cruelty to Children found that 41 percent of children had been contacted.')).toBe('the Irish Society for the Prevention of Cruelty to Children');
  });
  it('but not whom a body wrote to', () => {
    expect(source('The figure rose by 40 percent, according to the Department of Health to Parliament.')).toBe('the Department of Health');
  });
});

describe('a document paid for or ordered by a body, before its verb', () => {
  it('speaks past a year after "in" and past an aside of who saw it', () => {
    expect(source('A review commissioned by the council in 2021 found 40 faults.')).toBe('A review commissioned by the council');
    expect(source('A review commissioned by the council, seen by the BBC, found 40 faults.')).toBe('A review commissioned by the council');
    expect(source('An analysis conducted in 2017 estimates a shortage of 151,000 workers.')).toBe('An analysis');
    expect(source("An audit report commissioned by the centre's trustees found 27 payments.")).toBe("An audit report commissioned by the centre's trustees");
  });
  it('but a year does not make a clause\'s subject of a plain noun', () => {
    expect(quotes('Ali Zaidi told Reuters automakers and battery firms in 2022 announced "$13 billion into EV manufacturing" this year.')).toEqual(['Ali Zaidi']);
  });
});

describe('a document with its maker, or with whom it was given to, before its verb', () => {
  it('is the document or its maker, not a participle, nor whom it was filed with', () => {
    expect(source('A report by the Association of Independent Festivals published in January estimated that 60 festivals had closed.')).toBe('the Association of Independent Festivals');
    expect(source('An agreed statement of facts filed with the court says about 180,000 litres of oil escaped.')).toBe('statement of facts filed with the court');
    expect(source('Documents submitted to the committee show 40 payments were made.')).toBe('Documents submitted to the committee');
  });
  it('keeps a word in -ing before a document\'s noun after "according to"', () => {
    expect(source('Numbers dropped by about a quarter, according to a long-term monitoring survey released on Wednesday.')).toBe('a long-term monitoring survey');
  });
});

describe('a quote after a passive\'s "as"', () => {
  it('has no speaker: the subject is what is described ("once described as")', () => {
    expect(quotes('The Museum of Childhood, once described as "the nation\'s toy cupboard", holds about 25,000 objects.')).toEqual([undefined]);
    expect(quotes('The plan was billed as "the biggest shake-up in a generation" by its backers.')).toEqual([undefined]);
  });
  it('but the subject of an active verb before "as" speaks', () => {
    expect(quotes('Trump attacked the inquiry as "a witch hunt of the worst kind".')).toEqual(['Trump']);
  });
});

describe('people unnamed who counted, and a document in the same sentence', () => {
  it('give a figure to the document ("Volunteers counted 212 …, the survey found")', () => {
    expect(source('Volunteers counted 212 breeding pairs on the moors last spring, the survey found, down from 318 pairs in 2014.')).toBe('the survey');
  });
  it('but a body that counted keeps it', () => {
    expect(source('FutureEd analyzed data on over 3,000 school districts, and the analysis showed gains.')).toBe('FutureEd');
  });
});

describe('a role held for a body named by its noun', () => {
  it('speaks, past a word that describes the noun and for any body\'s noun ("a spokeswoman for the fire service")', () => {
    expect(quotes('Cumbria Fire and Rescue Service said a fire burned around 40 hectares. "It only takes one careless moment," a spokeswoman for the fire service said.')).toEqual(['a spokeswoman for the fire service']);
    expect(source('Skyreach Airways was fined. A spokesman for the airline said more than 90 percent of claims had been paid.')).toBe('A spokesman for the airline');
  });
});

describe('a body\'s noun after "according to", then the body\'s name set off by a comma', () => {
  it('names the body, a firm\'s name with "&" too', () => {
    expect(source('The paintings were insured for £1.8 million, according to the gallery\'s insurer, Hartwell & Crane.')).toBe('the gallery\'s insurer Hartwell & Crane');
    expect(source('The paintings were insured for £1.8 million, according to the firm, John Smith.')).toBe('the firm');
  });
});

describe('"they" after a body that opens its paragraph, described in lower case before its name', () => {
  it('is that body, over people named in a paragraph before ("The campaign group Friends of … welcomed …. "…," they said")', () => {
    const text = 'According to a report by the authority\'s transport officers, the extension would carry around 4.2 million passengers a year.\n\nThe campaign group Friends of the South Riding Tramway, which has around 900 members, welcomed the mayor\'s candour. "We still think the airport line is the right project," they said in a statement.\n';
    expect(quotes(text)).toEqual(['Friends of the South Riding Tramway']);
  });
});

describe('a person\'s name, a role of a body, then the body\'s name', () => {
  it('is the person, whether the body\'s name is set off by commas or not', () => {
    expect(source('Marta Kline, head of the charity Shelter Now, said 40 families were homeless.')).toBe('Marta Kline');
    expect(source('Marta Kline, head of the charity, Shelter Now, said 40 families were homeless.')).toBe('Marta Kline');
    expect(quotes('Gianni Vitale, editor of the official newspaper, The Morning Courier, said the plan was "bold and overdue."')).toEqual(['Gianni Vitale']);
  });
  it('but a role with no name before it is named by the name after it', () => {
    expect(source('The head of the charity, Tom Reyes, said 40 families were homeless.')).toBe('Tom Reyes');
    expect(source('Its parent company, Vantor Motors, said 40 jobs would go.')).toBe('Vantor Motors');
  });
});

describe('a spokesperson after the verb, with the body they speak for', () => {
  it('is named with the body, as before the verb ("said a spokeswoman for the Environment Agency")', () => {
    expect(quotes('"We are treating this as a serious incident," said a spokeswoman for the Environment Agency.')).toEqual(['a spokeswoman for the Environment Agency']);
    expect(quotes('"We look at every case," said a spokesman at the charity on Tuesday.')).toEqual(['a spokesman at the charity']);
  });
  it('but a name in apposition after the body still names the spokesperson', () => {
    expect(quotes('"We are treating this as a serious incident," said a spokeswoman for the agency, Jane Doe.')).toEqual(['Jane Doe']);
  });
});

describe('a word that may title a person, opening a body\'s name', () => {
  it('stays in the name before a capital that is no title or given name ("National Energy Action", "Police Scotland")', () => {
    expect(source('About 40 homes were cold, according to National Energy Action.')).toBe('National Energy Action');
    expect(source('About 40 roads were shut, National Highways said.')).toBe('National Highways');
    expect(source('Police Scotland said 40 cars were stolen.')).toBe('Police Scotland');
  });
  it('but is a title before a title or a given name, and a department after a title\'s "of"', () => {
    expect(source('National Security Adviser John Bolton said 40 died.')).toBe('John Bolton');
    expect(source('Republican Nikki Haley said 40 died.')).toBe('Nikki Haley');
    expect(source('Secretary of State Condoleezza Rice said 40 died.')).toBe('Condoleezza Rice');
  });
});

describe('an aside that says whom a person acts for, with words in lower case before the name', () => {
  it('leaves the person before it as the source ("representing defendant Kyle Mortimer", "on behalf of")', () => {
    expect(source('Simon Achterberg, representing defendant Kyle Mortimer, told the jury 40 accounts were opened.')).toBe('Simon Achterberg');
    expect(source('Jane Doe, on behalf of the family of Emyr Pritchard, said 40 people came.')).toBe('Jane Doe');
  });
});

describe('"asked" with an adverb before "to"', () => {
  it('is a request, not a report: "he" after it is the speaker before ("his son had asked repeatedly to be moved")', () => {
    expect(quotes('Peter Orme told the inquest his son had asked repeatedly to be moved. "He rang me every night," he said.')).toEqual(['Peter Orme']);
  });
});

describe('"the university" after a body whose name joins "University" to another word by "and"', () => {
  it('is the university named, not the "University and College Union"', () => {
    const text = 'Staff at Wexmoor University have begun a boycott, the University and College Union said on Thursday.\n\nThe university announced in January that it planned to cut 120 posts.\n\nThe university said it was "willing to talk to anyone" but would not withdraw the plans.\n';
    expect(source(text)).toBe('Wexmoor University');
    expect(quotes(text)).toEqual(['Wexmoor University']);
  });
});

describe('a British title written short before a name ("Cllr", "DCI")', () => {
  it('is no part of the name, so a later "Cllr Ramaswamy" is the person named in full', () => {
    expect(quotes('Cllr Priya Ramaswamy, the cabinet member for transport, urged both sides to talk. "People rely on these services," said Cllr Ramaswamy.')).toEqual(['Priya Ramaswamy']);
    expect(quotes('Cllr Idris Vaughan, who represents Llanfair on the council, said there was no bus. "It is the end," he said.')).toEqual(['Idris Vaughan']);
  });
  it('and makes the name a person\'s, not a body\'s', () => {
    expect(firstAttribution('DCI Mark Hollis said 40 people were arrested.')).toMatchObject({ source: 'Mark Hollis', kind: 'named' });
  });
});

describe('"they" after a couple named together who have not spoken', () => {
  it('is the two of them, over a body that spoke a paragraph before', () => {
    const text = 'Ashgrove Building Society said it had withdrawn the deal.\n\nSophie and Daniel Whitcombe, a couple from Reading, had been days away from a deal. They said they now faced paying about £190 a month more. "We did everything right," they said.\n';
    expect(quotes(text)).toEqual(['Sophie Whitcombe and Daniel Whitcombe']);
    expect(source(text)).toBe('Sophie Whitcombe and Daniel Whitcombe');
  });
});

describe('"it" after a body named by its noun that is classed as a role ("The trust said")', () => {
  it('is the body; "he" is not', () => {
    expect(quotes('The trust said in a statement that it accepted the findings. "We are sorry," it said.')).toEqual(['trust']);
    expect(quotes('The regulator said it would act. "We are watching," it said.')).toEqual(['regulator']);
    expect(quotes('The trust said it accepted the findings. "We are sorry," he said.')).toEqual(['he']);
  });
});

describe('a long body\'s name after a document\'s "by" or "from"', () => {
  it('runs whole, as a name that opens the phrase does', () => {
    expect(source('Around 12 million people save too little, according to a report by the Centre for the Study of Retirement and Later Life.')).toBe('a report by the Centre for the Study of Retirement and Later Life');
    expect(source('Growth was 22 percent, according to a recent analysis from the White House Council of Economic Advisers.')).toBe('a recent analysis from the White House Council of Economic Advisers');
  });
});

describe('a document that shows what someone inside it did', () => {
  it('is the source of the figure, not the one whose verb it reports ("Court papers show she had reported …")', () => {
    expect(source('Court papers show she had reported faulty racking on at least 11 occasions.')).toBe('Court papers');
    expect(source('Figures released Tuesday showed that residents could use the program announced last month, with 590,300 eligible.')).toBe('Figures');
  });
  it('but a figure someone inside it gives or makes stays theirs, and a speaker before the document keeps what follows', () => {
    expect(source('Records show the company reported a loss of $40 million.')).toBe('the company');
    expect(quotes('In a statement, the Severnside Museum said its records show the painting was bought in good faith, and that it had found "no conclusive evidence of theft" at all.')).toEqual(['the Severnside Museum']);
  });
});

describe('a document from a body named by its noun, before the verb ("Figures from the trust show")', () => {
  it('gives the body, as "Figures from the council show" does', () => {
    expect(source('Figures from the trust show that 214 patients were sent away.')).toBe('the trust');
    expect(source('Figures from the council show that 214 patients were sent away.')).toBe('the council');
  });
  it('with "that" or without it', () => {
    expect(source('Data from the charity show 40 homes were flooded last year.')).toBe('the charity');
    expect(source('Figures from the trust show 214 patients were sent away.')).toBe('the trust');
  });
  it('and from people a plural names ("figures from the trustees show")', () => {
    expect(source('About £2,900 was paid to each member, figures from the trustees show.')).toBe('the trustees');
    expect(source('Figures from the trustees show £2,900 was paid to each member.')).toBe('the trustees');
  });
});

describe('a body whose name runs past "of", "for" or "and"', () => {
  it('keeps a body\'s word that is a role\'s too at the end of the name ("the Prisons and Probation Ombudsman")', () => {
    expect(source('According to the Prisons and Probation Ombudsman, staff were responsible for 96 prisoners.')).toBe('the Prisons and Probation Ombudsman');
  });
  it('keeps a chamber\'s name and the district after it whole', () => {
    expect(source('The Chamber of Commerce for Kingsmouth and District estimated the cost at £85 million.')).toBe('The Chamber of Commerce for Kingsmouth and District');
    expect(source('According to the Chamber of Commerce, the cost was £85 million.')).toBe('the Chamber of Commerce');
  });
  it('reads "the" and capitals past "of" as a body, not a person "The Port"', () => {
    expect(source('Ferries resumed once gusts dropped below 50 mph, the Port of Dover said.')).toBe('the Port of Dover');
    expect(source('The Office of the Chief Information Officer\'s Greg Barbaccia said 40 systems were replaced.')).toBe('Greg Barbaccia');
  });
  it('reads a title\'s word that opens a run of capitals after "The" as the body\'s ("The National Pensioners Convention")', () => {
    expect(source('The National Pensioners Convention put the crowd at 7,000.')).toBe('The National Pensioners Convention');
  });
});

describe('a person named right after the verb, then someone they are related to', () => {
  it('is the speaker, not the name after the aside ("said Janet Crowther, the daughter of the victim, Harold Crowther")', () => {
    expect(quotes('"We were told on a Friday afternoon," said Janet Crowther, the daughter of the victim, Harold Crowther.')).toEqual(['Janet Crowther']);
    expect(quotes('"We were told on a Friday afternoon," said the bureau\'s director, James Comey.')).toEqual(['James Comey']);
  });
});

describe('a document seen by an outlet, with whom or what it was written for between', () => {
  it('is the source, not the outlet that saw it ("a report to the council\'s cabinet seen by the Shropshire Star shows")', () => {
    expect(source('The council expects to overspend by £14.2m this year, a report to the council\'s cabinet seen by the Shropshire Star shows.')).toBe('a report to the council\'s cabinet seen by the Shropshire Star');
    expect(source('A memo on staffing levels seen by the Guardian shows 40 posts are empty.')).toBe('A memo on staffing levels seen by the Guardian');
  });
});

describe('a body whose name ends in a role\'s noun after its word and "of"', () => {
  it('is a body, not a role a person named before may hold ("The Ministry of Justice")', () => {
    const found = lint("Pell's mother, Denise Pell, is suing the Ministry of Justice for negligence.\n\nThe Ministry of Justice declined to comment on the case but said that 98 percent of curfew releases were completed without incident.\n");
    const n = found.claims.find((c) => c.text === '98 percent');
    expect(n?.attribution?.source).toBe('The Ministry of Justice');
    expect(n?.attribution?.kind).toBe('organization');
  });
});

describe('a role held for people a plural names', () => {
  it('is the source, not those people ("A spokeswoman for the administrators said")', () => {
    expect(source('A spokeswoman for the administrators said that wages for the 3,400 staff would be paid.')).toBe('A spokeswoman for the administrators');
    expect(source('A lawyer for the defendants said 3 of them were freed.')).toBe('A lawyer for the defendants');
  });
});

describe('a legislator\'s title in capitals before the name, and "Enterprise" in a body\'s name', () => {
  it('reads "MSP" as a title, not a body\'s initials ("Scottish Conservative MSP Ewan Gilchrist said")', () => {
    expect(source('Scottish Conservative MSP Ewan Gilchrist said 40 jobs would go.')).toBe('Ewan Gilchrist');
  });
  it('keeps "Highlands and Islands Enterprise" whole', () => {
    expect(source('Highlands and Islands Enterprise estimated that each job supports 1.8 jobs.')).toBe('Highlands and Islands Enterprise');
  });
});

describe('a subject with its title in quotes in an aside', () => {
  it('speaks past the aside, the comma inside or outside the quotation marks', () => {
    expect(source('The report, titled "Closing the Gap," estimates that the difference cost £52 million.')).toBe('The report');
    expect(source('The report, called "Closing the Gap", found that the difference cost £52 million.')).toBe('The report');
  });
});

describe('the words after a name\'s own verb of speech', () => {
  it('do not describe the person ("Judge Anne Corbett said the zoo had …" then "The zoo says" is not her)', () => {
    const found = lint('Judge Anne Corbett said the zoo had "fallen far short" of its duties.\n\nThe zoo says it receives about 210,000 visitors a year.\n');
    expect(found.claims.find((c) => c.text === 'about 210,000')?.attribution?.source).toBe('The zoo');
  });
});

describe('a body\'s name with a list inside it before a role\'s noun', () => {
  it('is read whole ("A Department for Environment, Food and Rural Affairs spokesperson said")', () => {
    expect(source('A Department for Environment, Food and Rural Affairs spokesperson said that 40 dogs were seized.')).toBe('A Department for Environment, Food and Rural Affairs spokesperson');
  });
});

describe('a couple named together whose surname the lists hold as a given name too', () => {
  it('is "they" ("Huw and Carys Bevan"), but "Avon and Somerset Police" is no couple', () => {
    expect(quotes('In Ceredigion, Huw and Carys Bevan have run a business for twelve years. "We love the work but we are exhausted," they said.')).toEqual(['Huw Bevan and Carys Bevan']);
    expect(source('Avon and Somerset Police said 22 people were arrested.')).toBe('Avon and Somerset Police');
  });
});

describe('an unnamed official placed by a body\'s noun', () => {
  it('keeps the noun ("a department official said"), as "a police official" does', () => {
    expect(source('The plan would cost 40 jobs, a department official said.')).toBe('department official');
    expect(source('A council official said 9 people died.')).toBe('A council official');
  });
});

describe('a body named in apposition after the noun it is named by', () => {
  it('speaks, with a plural\'s apostrophe in its name ("The nurses\' union, the Westhaven Nurses\' Federation, said")', () => {
    expect(source('The regulator, the Financial Conduct Authority, said 40 firms were fined.')).toBe('the Financial Conduct Authority');
    expect(source("The nurses' union, the Westhaven Nurses' Federation, said wages should rise by 12%.")).toBe("the Westhaven Nurses' Federation");
  });
});

describe('a relative clause after a name that ends in a list without a comma before its "and"', () => {
  it('is stepped over to the name ("…, which represents about 45,000 pubs, restaurants and cafés, warned")', () => {
    expect(quotes('The British Hospitality Council, which represents about 45,000 pubs, restaurants and cafés, warned that the rules could impose "disproportionate costs on small independent businesses".')).toEqual(['The British Hospitality Council']);
    expect(source('Acme, which makes pots, pans and kettles, said 40 jobs would go.')).toBe('Acme');
  });
});

describe('a legislator\'s title in capitals before "for" and a constituency', () => {
  it('describes the person before it ("Helen Smith, the MP for Surrey Downs, said"), not the place', () => {
    expect(source('Helen Smith, the MP for Surrey Downs, said 40 jobs would go.')).toBe('Helen Smith');
    expect(source('Helen Smith, MP for Surrey Downs, said 40 jobs would go.')).toBe('Helen Smith');
  });
});

describe('two roles joined by "and" after an inverted verb, then the name', () => {
  it('name the person ("said Vantor co-founder and chief executive Nadia Smith")', () => {
    expect(firstQuoteSource('"I did not breathe," said Vantor co-founder and chief executive Nadia Smith.')).toBe('Nadia Smith');
    expect(firstQuoteSource('"I did not breathe," said co-founder and chief executive Nadia Smith.')).toBe('Nadia Smith');
  });
});

describe('a participle after a possessive in the phrase after "according to"', () => {
  it('describes the noun after it ("the company\'s published specifications"), not a verb that ends the phrase', () => {
    expect(source("The rocket can carry up to 300 kilograms, according to the company's published specifications.")).toBe("the company's published specifications");
    expect(source("The rocket can carry up to 300 kilograms, according to the company's revised estimates.")).toBe("the company's revised estimates");
  });
});

describe('a source in a clause a subordinating word opens after the figure', () => {
  it('speaks for that clause, not the figure ("11 masks after an investigation concluded …, the museum announced")', () => {
    expect(source('The museum will return 11 masks to Peru after an investigation concluded they had been smuggled, the museum announced Tuesday.')).toBe('the museum');
    // (With no other source, the sentence's cue still attributes it, wherever it stands.)
    expect(source('The museum will return 11 masks after police said they had been smuggled.')).toBe('police');
    expect(source('Eleven people died after the blast, police said.')).toBe('police');
  });
  it('but a data set still stands for the sentence ("… before slipping back to 39 percent in Monday\'s poll")', () => {
    expect(source("Trump rose from 40 percent to 42 percent before slipping back to 39 percent in Monday's poll.")).toBe("Monday's poll");
  });
});

describe('a name in apposition after a role, with titles before it', () => {
  it('speaks past a role\'s noun in capitals and a retired officer\'s mark in brackets', () => {
    expect(source('The head of the office, Comptroller Sir Ashok Venkataraman-Lowe, said 40 jobs would go.')).toBe('Ashok Venkataraman-Lowe');
    expect(source("The authority's chairman, Lieutenant General (retd) Imran Saeed Chaudhry, said 340 relief camps had been set up.")).toBe('Imran Saeed Chaudhry');
  });
});

describe('a person of a body named before the verb', () => {
  it('speaks when the body\'s phrase ends in a lower-case noun ("… of the University of Castlebridge law school told")', () => {
    expect(source('Professor Imogen Sato-Whitfield of the University of Castlebridge law school told the Guardian that employers had brought 17 applications.')).toBe('Imogen Sato-Whitfield');
  });
  it('speaks in apposition after a full name and "of" any capitals ("Henrik Sørensen of Aldgate Fine Books")', () => {
    expect(source('An independent valuer, Henrik Sørensen of Aldgate Fine Books, told the BBC that the items were worth £2m.')).toBe('Henrik Sørensen');
  });
});

describe('British given names the lists lacked', () => {
  it('are given names with their gender ("Bryony", "Piers"), so that "she" after "Councillor Bryony Smith" is she', () => {
    expect(quotes('Helena Vasquez said the damage was "broadly reassuring but far from certain".\n\nCouncillor Bryony Smith questioned why the collection was stored below ground.\n\n"We raised this with management repeatedly," she told the Courier.\n')).toEqual(['Helena Vasquez', 'Bryony Smith']);
    expect(source('Piers Morgan commented that 40 people watched.')).toBe('Piers Morgan');
  });
});

describe('a paragraph that opens with a plural\'s possessive before a role and a name', () => {
  it('has the name for its subject ("Students\' union president Mary Smith questioned …" then "she told")', () => {
    for (const opening of ["Students' union president Mary Smith", 'The students’ union president Mary Smith']) {
      expect(quotes(`Helena Vasquez said the damage was "broadly reassuring but far from certain".\n\n${opening} questioned why the collection was stored below ground.\n\n"We raised this with management repeatedly," she told the Courier.\n`)).toEqual(['Helena Vasquez', 'Mary Smith']);
    }
  });
});

describe('a clause joined after a quote whose subject is a name in apposition after a role', () => {
  it('says what follows it, not the quote ("… "a betrayal of trust" and its leader, Jane Smith, said …")', () => {
    expect(quotes('The union said the plan was "a betrayal of trust" and its leader, Jane Smith, said members would strike.')).toEqual(['The union']);
    expect(quotes('The Ashland Civil Liberties Project said the cameras captured "images of every driver, guilty or not," and its director, Howard Nakamura, said any footage should be deleted.')).toEqual(['The Ashland Civil Liberties Project']);
  });
});

describe('a request inside what a speaker reports', () => {
  it('is the speaker\'s account: a partial quote or a figure in it is theirs, not the asker\'s', () => {
    expect(quotes('Jane Smith said the federation had asked the ministry to fund courses "for more than five years" without success.')).toEqual(['Jane Smith']);
    expect(source('Jane Smith said the federation had asked the ministry to fund 40 courses.')).toBe('Jane Smith');
  });
  it('while a request on its own names its asker, and a question asked is a report', () => {
    expect(source('Prosecutors asked the judge to sentence him to 25 years in prison.')).toBe('Prosecutors');
    expect(source('She asked the minister whether 40 jobs would go.')).toBe('she');
  });
});

describe('a record kept or maintained by a body', () => {
  it('is a document by its keeper ("according to a tally kept by the party"), no person a later "she" stands for', () => {
    const found = lint('Ms Okonkwo-Brandt has the support of 54 MPs, according to a tally kept by the party. She told the Guardian that she was "humbled and energised" by the endorsement.\n');
    expect(found.claims.find((c) => c.text === '54')?.attribution?.source).toBe('a tally kept by the party');
    expect(found.claims.find((c) => c.kind === 'quote')?.attribution?.source).toBe('Okonkwo-Brandt');
  });
});

describe('"according to" after a name set off by commas', () => {
  it('says nothing of the name ("… the Conservative candidate, Geoffrey Alcott, according to the returning officer")', () => {
    const found = lint('Priya Hughes won the seat with 1,212 votes, a majority of 304 over the Conservative candidate, Geoffrey Alcott, according to the returning officer.\n\nThe returning officer said turnout was 41%.\n');
    expect(found.claims.find((c) => c.text === '304')?.attribution?.source).toBe('the returning officer');
    expect(found.claims.find((c) => c.text === '41%')?.attribution?.source).toBe('The returning officer');
  });
});

describe('a coordinated verb of speech whose clause opens with a role in lower case before the name', () => {
  it('has that person for its subject ("In a statement, campaign manager Theo Lindqvist called … and said")', () => {
    expect(source('In a statement, campaign manager Theo Lindqvist called the poll "proof that our message is landing" and said volunteers had knocked on 400,000 doors.')).toBe('Theo Lindqvist');
  });
});

describe('a document released on a day written without "on", then by its maker', () => {
  it('is read to its maker, the day left out ("data released Monday by the … Office")', () => {
    expect(source("Overdose deaths fell by 23% last year, according to data released Monday by the Calder County Medical Examiner's Office.")).toBe("data released by the Calder County Medical Examiner's Office");
    expect(source('Gambling revenue at the eight casinos increased 3.5 percent, according to data released Friday by state gaming regulators.')).toBe('data released by state gaming regulators');
  });
});

describe('a source inside what a second verb of the speaker reports, after a quote', () => {
  it('speaks for that report, not the quote ("… "asking customers to pay …" and noted that Lakeshore had reported")', () => {
    expect(quotes("Rosalind Okafor-Whitby, the state's public counsel, said the company was \"asking customers to pay for decisions made in the boardroom\" and noted that Lakeshore had reported net income of $412 million last year.")).toEqual(['Rosalind Okafor-Whitby']);
  });
});

describe('a relative clause with "whose" after a name', () => {
  it('describes someone else ("Sheila Brannigan, whose son Connor died …"): her gender stays hers for "she"', () => {
    expect(quotes('Celeste Amari said the figures were "deeply worrying for everyone".\n\nSheila Brannigan, whose son Connor died of an overdose in 2022, stood at the back of the room during the announcement. "He thought he was taking a Percocet," she said afterward.\n')).toEqual(['Celeste Amari', 'Sheila Brannigan']);
  });
});

describe('a share of people a plural in lower case names, before their verb', () => {
  it('counts them, no source ("58 per cent of survivors who had reported abuse"): the sentence\'s document is', () => {
    expect(source('A survey by the charity Safe Harbour Trust found that 58 per cent of survivors who had reported abuse to police felt they had not been taken seriously.')).toBe('A survey by the charity Safe Harbour Trust');
    expect(source('About 40 percent of economists said the plan would fail.')).toBeUndefined();
  });
});

describe('a confederation, consortium or cooperative named again by its noun', () => {
  it('is the body, not the person whose title names it ("secretary-general of the Railway Workers\' Confederation")', () => {
    const found = lint('"This is not a strike we chose," said Inés Carvalho-Mendes, secretary-general of the Railway Workers\' Confederation (CTF), addressing a rally.\n\nThe confederation says 94 percent of its 27,000 members are taking part.\n');
    expect(found.claims.find((c) => c.text === '94 percent')?.attribution?.source).toBe('The confederation');
  });
});

describe('a subject in lower case without an article, whose second verb is the cue', () => {
  it('speaks ("On Monday, police officers arrived and said 40 …"), past a noun before its head', () => {
    expect(source('On Monday, police officers arrived and said 40 people had been hurt.')).toBe('police officers');
    expect(source('Later, county health officials met and said 7 cases were found.')).toBe('county health officials');
  });
});

describe('a verb of speech after a modal, inside what a speaker says', () => {
  it('says what someone will do and gives way to the speaker ("said … it would add a surcharge of $300")', () => {
    expect(source('Nordvik Container Line said in a statement that it would add a surcharge of $300 per container on routes using the canal.')).toBe('Nordvik Container Line');
    expect(source('Its president, Kwame Asante-Boateng, said the union would write to all 650 MPs urging them to vote against the plan.')).toBe('Kwame Asante-Boateng');
  });
});

describe('a document made by a part of a body named by its possessive', () => {
  it('names who made it ("estimates prepared by the council\'s finance department")', () => {
    expect(source("It is expected to raise £1.4m a year, according to estimates prepared by the council's finance department.")).toBe("estimates prepared by the council's finance department");
    expect(source("The increase will add $780 a year, according to figures released by the university's budget office.")).toBe("figures released by the university's budget office");
  });
});

describe('forecasts as a document', () => {
  it('are the source of what they show ("The Treasury\'s own forecasts show … £310bn"), while "forecasts" after a name stays its verb', () => {
    expect(source("The Treasury's own forecasts show the outstanding balance will exceed £310bn by the end of the decade.")).toBe("The Treasury's own forecasts");
    expect(source('The forecasts show the balance will exceed £310bn by 2030.')).toBe('The forecasts');
    expect(source('The Treasury forecasts growth of 2% next year.')).toBe('The Treasury');
  });
});

describe('"Workers" in a union\'s name', () => {
  it('names a body, not a person ("Graduate Workers United said"; "the Communications Workers of America")', () => {
    expect(firstQuoteSource('Graduate Workers United said in a statement that the strike would continue "until the administration bargains in good faith."')).toBe('Graduate Workers United');
    expect(source('About 100 members had returned, according to the Communications Workers of America.')).toBe('the Communications Workers of America');
  });
});

describe('an evaluation as a document', () => {
  it('is the source of what it found ("The evaluation found that the average delay fell from 19 hours")', () => {
    expect(source('The evaluation found that the average delay fell from 19 hours to just under 5.')).toBe('The evaluation');
    expect(source('The scheme freed an estimated 6,400 bed days, according to an evaluation by researchers at the University of Sheringham.')).toBe('an evaluation by researchers at the University of Sheringham');
  });
});

describe('a body placed by a place of two or three words', () => {
  it('speaks with its place ("The Downtown Merchants Association in Lake Carrow estimated")', () => {
    expect(source('The Downtown Merchants Association in Lake Carrow estimated that its members had lost about $4.2 million.')).toBe('The Downtown Merchants Association in Lake Carrow');
  });
});

describe('a woman with a title in "-man"', () => {
  it('is still "she" ("Campaign chairman Mary Smith … she said")', () => {
    expect(quotes('Campaign chairman Mary Smith said the vote was close. "We will win this one in the end," she said.')).toEqual(['Mary Smith']);
    expect(quotes('Campaign chairman John Smith said the vote was close. "We will win this one in the end," she said.')).not.toEqual(['John Smith']);
  });
});

describe('a plural after a noun and its article, before a verb of speech', () => {
  it('speaks ("in a move publishers said could cut prices by 10%"), not a possessive ("an inspector general\'s report")', () => {
    expect(source('The government cut the tax, in a move publishers said could cut prices by 10%.')).toBe('publishers');
  });
});

describe('"by the autumn" after a verb', () => {
  it('is a deadline, not who reports ("would "look at every option" and report by the autumn")', () => {
    expect(firstQuoteSource('A spokesperson for the ministry said the review would "look at every option" and report by the autumn.')).toBe('A spokesperson for the ministry');
  });
});

describe('an aside that gives a document\'s title in capitals, without quotation marks', () => {
  it('is passed over to the document ("The report, titled Running Dry, said"), not a name given to a person', () => {
    expect(source('The report, titled Running Dry, said borrowing had risen to an average of 71% of asset value.')).toBe('The report');
    expect(source('A man, named John Smith, said 40 people were hurt.')).toBe('John Smith');
  });
});

describe('a name after a capital and a role\'s words in lower case, before a colon', () => {
  it('speaks ("Chief financial officer Wen-Hsu Li was blunter …: "…""; "CNN senior legal analyst Elie Honig:")', () => {
    expect(firstQuoteSource('Chief financial officer Wen-Hsu Li was blunter on a call with investors: "Digital is no longer the future of this business."')).toBe('Wen-Hsu Li');
    expect(firstQuoteSource('Roanoke College swimmer Lily Mullens said it plainly: "We are asked to accept what we know is unfair."')).toBe('Lily Mullens');
  });
});

describe('a document\'s noun after a noun that can be no source', () => {
  it('is a noun, not a verb ("described the program\'s cost estimates as "…""), while "The company now estimates" reports', () => {
    expect(firstQuoteSource('Mark Oyelaran, a senior fellow at the center, described the program\'s cost estimates as "a moving target from day one."')).toBe('Mark Oyelaran');
    expect(source('The company now estimates 300 jobs will go.')).toBe('The company');
    // (After "own" the owner still stands for its estimate: the figure keeps a source.)
    expect(source("The district's own estimate is $487.")).toBeTruthy();
  });
});

describe('a document whose maker is set off with what the maker is', () => {
  it('speaks past both asides ("The study, commissioned by the Caledonian Minerals Council, an industry body, found")', () => {
    expect(source('The study, commissioned by the Caledonian Minerals Council, an industry body, found that 42 per cent of the current workforce is over the age of 50.')).toBe('The study');
  });
});

describe('a role held for a firm named before by its noun', () => {
  it('names the firm as written, without an article before its legal ending ("a spokeswoman for Ardmore Airport Ltd")', () => {
    expect(quotes('Ardmore Airport Ltd said it accepted the findings in full. "We got this badly wrong and we are sorry," a spokeswoman for the airport said.')).toEqual(['a spokeswoman for Ardmore Airport Ltd']);
  });
});

describe('"written" right after a noun that can be no source, before "through", "for", "in" …', () => {
  it('describes the noun, no cue ("the number of homeowners\' policies written through the pool rose 41%")', () => {
    expect(source("According to data from the Office of the Insurance Commissioner, the number of homeowners' policies written through the Residential Last Resort Pool rose 41% last year.")).toBe('data from the Office of the Insurance Commissioner');
    expect(source('The union has written to members saying 300 jobs will go.')).toBe('The union');
  });
});

describe('a role\'s plural that opens a sentence before a place', () => {
  it('is a role placed, not a name ("Detectives in Wrexford", "Administrators at Kroll Advisory")', () => {
    const first = (text: string) => lint(text).claims.find((c) => c.kind === 'number')?.attribution;
    expect(first('Detectives in Wrexford have warned savers after at least 46 people lost money.')).toMatchObject({ kind: 'role', source: 'Detectives in Wrexford' });
    expect(first('Administrators at Kroll Advisory, who were appointed last week, said the deficit was about £146m.')).toMatchObject({ kind: 'role', source: 'Administrators at Kroll Advisory' });
    // A capitalised word that is no role's plural stays a name.
    expect(first('Hargreaves in Leeds said 46 people lost money.')?.kind).toBe('named');
  });

  it('and an administrator is a role before a name ("NASA administrator Jim Bridenstine")', () => {
    expect(source('The program has cost about $1.5 billion, according to NASA administrator Jim Bridenstine.')).toBe('Jim Bridenstine');
  });
});

describe('"the judge" after a justice named in full', () => {
  it('is the justice ("Justice Marguerite Beaulieu … said …" then ""…," the judge said")', () => {
    expect(quotes('Justice Marguerite Beaulieu of the Provincial Supreme Court said the host had "abused a position of trust" for years.\n\n"This was not a momentary lapse," the judge said in her ruling on Friday.')).toEqual(['Marguerite Beaulieu', 'Marguerite Beaulieu']);
  });
});

describe('"she" that fits no one after a speaker whose sex only the lists of given names gave', () => {
  const figure = (text: string) => lint(text).claims.find((c) => c.kind === 'number')?.attribution?.source;
  it('is that speaker: the draft\'s pronoun over the lists ("Dr Oluwaseun Adeyemi-Clarke" then "She said")', () => {
    expect(figure('"Nobody wants to strike," said the general secretary, Dr Oluwaseun Adeyemi-Clarke.\n\nShe said employers had refused to pay 40% more.')).toBe('Oluwaseun Adeyemi-Clarke');
  });

  it('but not over a title that says the sex, nor past a woman the draft named', () => {
    expect(figure('"Nobody wants to strike," said Mr Oluwaseun Adeyemi-Clarke.\n\nShe said employers had refused to pay 40% more.')).toBe('she');
    expect(figure('Maria Lopez, a nurse, listened. "Nobody wants to strike," said Oluwaseun Adeyemi-Clarke.\n\nShe said employers had refused to pay 40% more.')).toBe('Maria Lopez');
  });
});

describe('a clause of "who" closed by a comma before another aside', () => {
  it('hangs on the name before it, which speaks ("…, who led the investigation, known internally as Project Tidewater, said:")', () => {
    expect(firstQuoteSource('Staff Sergeant Olena Kovalenko of the Port Calloway Police Service, who led the investigation, known internally as Project Tidewater, said: "Casinos are meant to be heavily monitored places."')).toBe('Olena Kovalenko');
  });
});

describe('one capitalised word after "a" before a clause of "who"', () => {
  it('describes the name before it, which speaks ("Raymond Okonkwo-Bell, a Democrat who has warned …")', () => {
    expect(source('State Treasurer Raymond Okonkwo-Bell, a Democrat who has warned about the fund since taking office, said 40% of it was gone.')).toBe('Raymond Okonkwo-Bell');
    expect(source('Raymond Okonkwo-Bell, an American who said the cuts were bad, put the loss at $40 million.')).toBe('Raymond Okonkwo-Bell');
  });
});

describe('a paragraph that names findings and ends with a colon', () => {
  const sources = (text: string) => lint(text).claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.source ?? null);
  it('gives the findings as the source of the list after it ("The commission\'s findings included:", "Among the study\'s other findings:")', () => {
    expect(sources('The commission\'s findings included:\n\n- 937 promotions priced above their items\n- an estimated £3.4m in overpayments\n\nSales rose 5% last year.')).toEqual(["The commission's findings", "The commission's findings", null]);
    expect(sources('Among the study\'s other findings:\n\n- 44% of users bought groceries with it\n- Only 17% had read the terms')).toEqual(["the study's other findings", "the study's other findings"]);
  });

  it('but not a colon after other words, nor findings named mid-sentence', () => {
    expect(sources('Here is what we know:\n\n- 937 promotions priced above their items')).toEqual([null]);
    expect(sources('The commission\'s findings were published on Monday, and shoppers reacted:\n\n- 937 promotions priced above their items')).toEqual([null]);
  });
});

describe('a court\'s or a judge\'s "ruled"', () => {
  it('is the source of what it holds ("…, the High Court has ruled.", "Judge … of the … Court ruled that", "the Panel ruled on Friday")', () => {
    expect(source('A claim brought on behalf of more than 20 million customers can proceed to a full trial, the High Court has ruled.')).toBe('the High Court');
    expect(source('Judge Miriam Abernathy-Cole of the Columbia County Superior Court ruled that the company had charged a fee of $2.50 on idle cards.')).toBe('Miriam Abernathy-Cole');
    expect(source('The sprinter was banned for four years, the National Anti-Doping Panel ruled on Friday.')).toBe('the National Anti-Doping Panel');
  });

  it('but not who governed, nor what was ruled out, nor a ruling on a thing', () => {
    expect(source('Mugabe ruled for 37 years before he was ousted.')).toBeUndefined();
    expect(source('The court ruled out a fine of $40,000.')).toBeUndefined();
    expect(source('The king ruled over 40 provinces.')).toBeUndefined();
  });
});

describe('"most" or "least" after an owner in a source phrase', () => {
  it('makes a superlative and the phrase goes on ("according to the regulator\'s most recent figures")', () => {
    expect(source("According to the regulator's most recent figures, online casino yield rose 11% last year.")).toBe("the regulator's most recent figures");
    expect(source("According to the bank's most recent annual report, lending rose 11% last year.")).toBe("the bank's most recent annual report");
  });
});

describe('a cue coordinated after a name that opens with "The" and an appositive', () => {
  it('shares the name ("The Reverend Alan Whitcombe, vicar of St Saviour\'s, called … and warned that …")', () => {
    expect(source('The Reverend Alan Whitcombe, vicar of St Saviour\'s on Dock Street, called the vote "a betrayal of the families who live here" and warned that the casino would sit less than 400 metres from a school.')).toBe('Alan Whitcombe');
  });
});

describe('two given names joined by a hyphen', () => {
  it('are of the first one\'s sex ("Pierre-Antoine Delacroix … said" then ""…," he told Reuters")', () => {
    expect(quotes('Pierre-Antoine Delacroix, who adopted a daughter in 2017, said parents were "frightened and confused" by it.\n\n"We followed every rule we were given," he told Reuters.')).toEqual(['Pierre-Antoine Delacroix', 'Pierre-Antoine Delacroix']);
  });
});

describe('a place after "in" and a plural that opens the clause', () => {
  it('is no source on its own: the plural and its place are, a role ("the remaining casinos in Atlantic City reported")', () => {
    expect(lint('Overall, the remaining casinos in Atlantic City reported $2.17 billion in gaming revenue.').claims[0]?.attribution).toMatchObject({ kind: 'role', source: 'the remaining casinos in Atlantic City' });
    expect(source('Figures from the forum show that universities in England reported 142 thefts last year.')).toBe('universities in England');
  });

  it('and a share of the plural counts those who speak, so another source stands for it ("90% of pharmacists in Britain say …, according to a survey")', () => {
    expect(source("Almost 90% of pharmacists in Britain say they could not supply a medicine, according to a survey by the Pharmacists' Defence Union.")).toMatch(/^a survey by the Pharmacists/);
  });

  it('but not a plural in a phrase of another noun ("Advocates for people with disabilities in Seattle asked")', () => {
    expect(source('Advocates for people with disabilities in Seattle asked over a dozen restaurants.')).not.toBe('disabilities in Seattle');
  });
});

describe('people who counted, unnamed, and a body or person who speaks in the same sentence', () => {
  it('the speaker stands for the count ("Volunteers recorded 186,450 items …, the charity said")', () => {
    expect(source('Volunteers recorded 186,450 individual items across 72 beaches, the charity said.')).toBe('the charity');
  });

  it('but a vague document that shows does not give way ("Priebus, in the wake of a new poll showing … 14 percent, told Fox News")', () => {
    expect(source('Priebus, in the wake of a new poll showing his standing down to 14 percent, told Fox News that he would do better.')).not.toBe('Reince Priebus');
  });
});

describe('people at large who reported, after "According to X,"', () => {
  it('are what X counted: X stands for the figure ("According to the bureau, Americans reported losing $96 million")', () => {
    expect(source('According to the Federal Consumer Protection Bureau, Americans reported losing $96 million to charity fraud last year.')).toBe('the Federal Consumer Protection Bureau');
    expect(source('According to the survey, residents said they paid 40% more.')).toBe('the survey');
  });

  it('but a person named keeps what they said ("According to police, Smith said he saw 40 people")', () => {
    expect(source('According to police, Smith said he saw 40 people.')).toBe('Smith');
  });
});

describe('people "from across" or "from around" a place', () => {
  it('are the source, not the place ("Critics from across the political spectrum said")', () => {
    expect(source('Critics from across the political spectrum said the plan would cost 300 jobs.')).toBe('Critics from across the political spectrum');
    expect(source('Mayors from around the country told reporters the plan would cost 300 jobs.')).toBe('Mayors from around the country');
  });
});

describe('money claimed or written off', () => {
  it('is no report: "claimed back", "claimed £2.3 million in tax relief", "had written off £800,000"', () => {
    expect(source('The scheme claimed back £38.4 million in tax over four years, according to the service.')).toBe('the service');
    expect(source('The charity claimed £2.3 million in tax relief over three years.')).toBeUndefined();
    expect(source('A council spokesman said residents should "get in touch early", adding that the authority had written off £800,000 of debt last year.')).toBe('A council spokesman');
  });

  it('but a claim that a sum was lost, or a reply written back, reports', () => {
    expect(source('He claimed £40m had been lost.')).toBe('he');
    expect(source('The mayor wrote back that 40 homes were affected.')).toBe('The mayor');
  });
});

describe('a capitalised word, a word of the field and a role before a name', () => {
  it('make a title: the name speaks when a cue is coordinated after another verb ("Opposition health spokesperson Daniel Fa\'amausili accused … and said")', () => {
    expect(firstQuoteSource('Opposition health spokesperson Daniel Fa\'amausili accused the government of "treating children\'s teeth as an afterthought" and said the plan was late.')).toBe("Daniel Fa'amausili");
    expect(firstQuoteSource('Opposition mental health spokesman Peter Galanis accused the government of "leaving a lifeline hanging by a thread" and said the plan was late.')).toBe('Peter Galanis');
  });
});

describe('"under" after a name that follows a cue', () => {
  it('ends the source: the law it gave figures under is no part of it ("figures released by the Ministry of Health under official information laws")', () => {
    expect(source('More than 74,000 children are overdue for a check-up, according to figures released by the Ministry of Health under official information laws.')).toBe('figures released by the Ministry of Health');
  });
});

describe('"added to" a thing', () => {
  it('is no cue ("the study added to "a growing body of evidence"")', () => {
    expect(firstQuoteSource('The society said in a statement that the study added to "a growing body of evidence" linking oral health with disease.')).toBe('The society');
  });

  it('but "added to reporters" is', () => {
    expect(firstQuoteSource('"We will appeal the ruling," the mayor added to reporters.')).toBe('the mayor');
  });
});

describe('a document published by a maker that words in lower case describe', () => {
  it('is named with its maker ("according to a report published on Monday by the safety charity SiteSafe Trust")', () => {
    expect(source('Workers are 1.8 times as likely to be injured, according to a report published on Monday by the safety charity SiteSafe Trust.')).toBe('a report published by the safety charity SiteSafe Trust');
    expect(source('An estimated 10,500 workers lost their jobs last year, according to figures compiled by independent researcher Farah Lindqvist.')).toBe('figures compiled by independent researcher Farah Lindqvist');
  });
});

describe('an aside of who led or chaired the subject', () => {
  it('names no source: the subject before it speaks ("The audit, led by City Controller Dana Okonkwo-Price, found")', () => {
    expect(source('The audit, led by City Controller Dana Okonkwo-Price, found that the average site went 97 days between inspections.')).toBe('The audit');
    expect(source('The group, chaired by Dana Smith, said that 40 sites had closed.')).toBe('The group');
  });
});

describe('a document something went through or awaits', () => {
  it('is no source of the sentence\'s figures ("The plant passed a safety review by the Atomic Safety Board in 2022 after Seiran spent 520 billion yen")', () => {
    expect(source('The plant passed a safety review by the Atomic Safety Board in 2022 after Seiran spent 520 billion yen on upgrades.')).toBeUndefined();
    expect(source('The design has not yet completed assessment by the Nuclear Installations Regulator, a process that typically takes around five years.')).toBeUndefined();
  });

  it('but a document by a body that opens the sentence is', () => {
    expect(source('A review by the board found 40 faults.')).toBeDefined();
  });
});

describe('a firm named by a word of its trade, or with its legal ending after a comma', () => {
  it('is a body, not a person ("Casa Milagro Cellars said", "Pratt Industries announced")', () => {
    const kind = (text: string) => lint(text).claims.find((c) => c.kind === 'number')?.attribution?.kind;
    expect(kind('Casa Milagro Cellars said it would pay growers for at least 70 percent of their tonnage.')).toBe('organization');
    expect(kind('Pratt Industries announced a $5 billion investment.')).toBe('organization');
  });

  it('keeps its ending ("Charms, LLC, a subsidiary of candymaker Tootsie Roll Industries, announced")', () => {
    expect(source('Charms, LLC, a subsidiary of candymaker Tootsie Roll Industries, announced a $97.7 million investment.')).toBe('Charms, LLC');
  });
});

describe('a relative after a pronoun inside a description', () => {
  it('is someone else: the described keeps the sex the name gives ("Rosa Lund, standing among vines her grandfather planted")', () => {
    const text = '"I walked the rows at dawn," said Rosa Lund, standing among vines her grandfather planted.\n\nLund has to wait. "You cannot argue with the weather," she said.';
    expect(lint(text).claims.filter((c) => c.kind === 'quote')[1]?.attribution?.source).toBe('Rosa Lund');
  });
});

describe('a name in apposition right before a verb that introduces a partial quote', () => {
  it('is its speaker ("Its director, Grace Wanjiru-Holt, accused the authorities of having "…"")', () => {
    expect(firstQuoteSource('Its director, Grace Wanjiru-Holt, accused the authorities of having "looked the other way for far too long" while brewers operated openly.')).toBe('Grace Wanjiru-Holt');
  });
});

describe('a person of a part of a body', () => {
  it('speaks, not the part ("Denise Okafor of the bureau\'s criminal investigation division said")', () => {
    expect(source("Denise Okafor of the Federal Revenue Bureau's criminal investigation division said the case began with 40 refunds.")).toBe('Denise Okafor');
    expect(source("Denise Okafor of the bureau's fraud unit said the case began with 40 refunds.")).toBe('Denise Okafor');
  });

  it('but a document of a body named in lower case keeps its name ("Figures from the council\'s own passenger survey show")', () => {
    expect(source("Figures from the council's own passenger survey show that the routes carried 37 passengers a day.")).toBe("the council's own passenger survey");
  });
});

describe('"It" that opens the paragraph after a document\'s', () => {
  it('is the document, when that paragraph named no one ("The report found …" then "It also found …")', () => {
    expect(lint('The report, released on Monday, found that 38,400 young people were referred.\n\nIt also found that the median wait was 164 days.').claims.filter((c) => c.kind === 'number')[1]?.attribution?.source).toBe('The report');
  });

  it('but not when that paragraph named a body that may be "it"', () => {
    expect(lint('The report found that 40 roads were closed. Harwick Council said repairs would cost £2m.\n\nIt said 12 would reopen.').claims.filter((c) => c.kind === 'number')[2]?.attribution?.source).toBe('Harwick Council');
  });
});

describe('"accused" before a partial quote', () => {
  it('names its subject the speaker, over a speaker of the sentence before ("Its director, Grace Wanjiru-Holt, accused the authorities of having "…"")', () => {
    expect(lint('A local charity, the Safe Cup Trust, said it had recorded 63 deaths. Its director, Grace Wanjiru-Holt, accused the authorities of having "looked the other way for far too long" while brewers operated.').claims.find((c) => c.kind === 'quote')?.attribution?.source).toBe('Grace Wanjiru-Holt');
  });
});

describe('a document\'s noun before "of", after a comma', () => {
  it('is no verb whose source follows it ("According to the trust, reports of vandalism … rose by 31%")', () => {
    expect(source('According to the Historic Burial Grounds Trust, reports of vandalism at cemeteries in England rose by 31% between 2020 and 2023.')).toBe('the Historic Burial Grounds Trust');
  });
});

describe('a cue that can be a noun, after an article and a word that describes it', () => {
  it('is the noun ("estimates that the average claim for a stolen pickup is now $27,300")', () => {
    expect(source('The institute estimates that the average claim for a stolen pickup is now $27,300.')).toBe('The institute');
  });

  it('but a verb that is no noun stays one ("The average puts Smith at 47.2 percent")', () => {
    expect(source('The average puts Smith at 47.2 percent.')).toBe('The average');
  });
});

describe('"according to" after a verb of sharing out or varying', () => {
  it('says how, not who says so ("distributed according to each employee\'s length of service")', () => {
    expect(source("A lawyer for the workers said the fund would be distributed according to each employee's length of service, with a minimum payment of £1,800.")).toBe('A lawyer for the workers');
    expect(source('Prices vary according to demand, and a ticket costs £40.')).toBeUndefined();
  });

  it('but names a source that can be one ("paid according to the ministry\'s figures")', () => {
    expect(source("The grants were paid according to the ministry's figures to 40 charities.")).toBe("the ministry's figures");
  });
});

describe('a plural role that opens the sentence, before "for" and whom it serves', () => {
  it('is the source, not whom it serves ("Lawyers for the workers said")', () => {
    expect(source('Lawyers for the workers said the fund would pay £1,800.')).toBe('Lawyers for the workers');
  });
});

describe('a full name in apposition, of a firm whose name holds an ampersand', () => {
  it('speaks ("Mr Lowther\'s solicitor, Kwame Asante of Brindle & Hart, said")', () => {
    expect(firstQuoteSource('Mr Lowther\'s solicitor, Kwame Asante of Brindle & Hart, said his client was "relieved that this is finally over".')).toBe('Kwame Asante');
  });
});

describe('a one-word description that is only where someone works', () => {
  it('is not that person ("Dr Ifeoma Okonkwo-Reid, who works at both the hospice and …" then "The hospice said")', () => {
    const text = 'Dr Ifeoma Okonkwo-Reid, who works at both the hospice and Ashbridge General Hospital, told the BBC the cut would hurt.\n\nThe hospice said an appeal had raised £212,000.';
    expect(source(text)).toBe('The hospice');
  });

  it('but a role the description gives still is ("a nurse at the hospice" then "the nurse said")', () => {
    const text = 'Maria Lopez, a nurse at the hospice, said the ward was full.\n\nThe nurse said 40 patients were waiting.';
    expect(source(text)).toBe('Maria Lopez');
  });
});

describe('a body\'s name with "and" inside it, in apposition to a body\'s noun', () => {
  it('speaks ("The government\'s conciliation service, the Advisory and Arbitration Board, said")', () => {
    expect(source("The government's conciliation service, the Advisory and Arbitration Board, said it had offered 40 talks.")).toBe('the Advisory and Arbitration Board');
    expect(source("The union representing tax staff, the Civil and Revenue Workers' Union, said its 40 members were angry.")).toBe("the Civil and Revenue Workers' Union");
  });
});

describe('a body\'s noun without its article before a verb of speech, as a headline has it', () => {
  it('is the source ("… $1,100 a year, think tank says", "…, charity says")', () => {
    expect(source('# Plan would cost households $1,100 a year, think tank says\n\nText.')).toBe('think tank');
    expect(source('# Plan would cost households $1,100 a year, charity says\n\nText.')).toBe('charity');
  });
});

describe('a figure before a clause joined with its own source, and a tag that closes the sentence', () => {
  it('is the tag\'s ("… with two carmakers, and early results suggest …, she said")', () => {
    expect(source('Her team is now trialling a shorter letter, in partnership with two carmakers, and early results suggest response rates could rise by 11 percentage points, she said.')).toBe('she');
  });

  it('but stays with a source before it ("Smith said sales rose 5 percent, but the company said profits fell")', () => {
    expect(source('Smith said sales rose 5 percent, but the company said profits fell.')).toBe('Smith');
  });
});

describe('a source right after a relative pronoun that describes another noun after the figure', () => {
  it('speaks inside its clause: the source before the figure speaks for it ("… six fitted with airbags that the manufacturer had warned could fail")', () => {
    const numbers = lint('Prosecutor Alison Fairweather-Gunn told the court that Whitcombe had sold 23 cars, including six fitted with airbags that the manufacturer had warned could fail.').claims.filter((c) => c.kind === 'number');
    expect(numbers.map((c) => c.attribution?.source)).toEqual(['Alison Fairweather-Gunn', 'Alison Fairweather-Gunn']);
  });

  it('but a clause that describes the figure itself is its source\'s ("below the $2.55 a share that analysts had forecast")', () => {
    expect(lint('The chain reported earnings of $2.40 a share, below the $2.55 a share that analysts had forecast.').claims.filter((c) => c.kind === 'number')[1]?.attribution?.source).toBe('analysts');
  });
});

describe('a source named by its web address', () => {
  it('is named whole ("according to Pollwatch.org"), and a name before it ends its clause ("who founded pollwatch.com tweeted")', () => {
    expect(source('Turnout fell by 12 percent, according to Pollwatch.org.')).toBe('Pollwatch.org');
    expect(firstQuoteSource('“Voters need a plan for the suburbs and the small towns,” Ann Ruiz, the pollster who founded pollwatch.com tweeted on Wednesday.')).toBe('Ann Ruiz');
  });
});

describe('a body by the noun it is named by, before a verb of finding or estimating', () => {
  it('is the source ("The charity found that 41% …", "The regulator estimates that 30% …")', () => {
    expect(source('The charity found that 41% had sold a horse.')).toBe('The charity');
    expect(source('The regulator estimates that 30% of firms broke the rules.')).toBe('The regulator');
  });

  it('and shares its verb with a coordinated one ("The trust surveyed 212 owners and found that 41% …")', () => {
    const numbers = lint('The trust surveyed 212 owners and found that 41% had sold a horse.').claims.filter((c) => c.kind === 'number');
    expect(numbers.map((c) => c.attribution?.source)).toEqual(['The trust', 'The trust']);
  });
});

describe('a document "made public" or "made available" after "according to"', () => {
  it('is the source, not the day after it ("according to court filings made public Monday")', () => {
    expect(source('The firm agreed to pay $18.5 million, according to court filings made public Monday.')).toBe('court filings');
    expect(source('The firm agreed to pay $18.5 million, according to court filings made available on Monday.')).toBe('court filings');
  });
});

describe('words said, as a plural noun after a body\'s possessive in lower case', () => {
  it('are the object, not a verb: the subject speaks ("She described the industry\'s filtration claims as "…"")', () => {
    expect(firstQuoteSource('Dr. Ann Lee said the systems could not work. She described the industry\'s filtration claims as "a comforting fiction that puts workers at risk."')).toBe('Ann Lee');
    expect(firstQuoteSource('Dr. Ann Lee said the systems could not work. She called the firm\'s claims "a comforting fiction that puts workers at risk."')).toBe('Ann Lee');
  });

  it('but a role\'s noun between is the verb\'s subject ("The company\'s spokesman claims "…"")', () => {
    expect(firstQuoteSource('The company\'s spokesman claims "the plant is perfectly safe for all."')).toBe('The company\'s spokesman');
  });
});

describe('a name that ends in a number before a relative clause\'s cue', () => {
  it('is the source ("coordinated by Couriers United Local 118, which said about 1,400 …")', () => {
    expect(source('The action was coordinated by Couriers United Local 118, which said about 1,400 riders took part.')).toBe('Couriers United Local 118');
  });
});

describe('people by a plural noun and a participle that picks them out, opening a sentence', () => {
  it('are the source ("Residents interviewed said", "Couriers surveyed reported")', () => {
    expect(source('Residents interviewed said they paid £9.80 an hour.')).toBe('Residents interviewed');
    expect(source('Couriers surveyed reported median earnings of £9.80 an hour.')).toBe('Couriers surveyed');
  });
});

describe('trades a draft names people by (surveyor, valuer, pharmacist, campaigner, …)', () => {
  it('are roles that speak ("which council surveyors estimate needs £3.8m", "A valuer put the house at …")', () => {
    expect(source('The plan would sell the Regent, which council surveyors estimate needs £3.8m in repairs.')).toBe('council surveyors');
    expect(source('A valuer put the house at £300,000.')).toBe('A valuer');
  });
});

describe('bodies by the nouns panel, unit, jury, charity, trust, federation, society, …', () => {
  it('are the source of what they find or estimate ("The unit estimates", "the commission\'s hearing panel found")', () => {
    expect(source('The unit estimates that one in six adults watched a pirated film.')).toBe('The unit');
    expect(firstQuoteSource('In a written ruling, the commission\'s hearing panel found that Tolliver had "failed in his most basic duty" as trainer.')).toBe("the commission's hearing panel");
    expect(source('The jury found that 80 percent of the blame lay with the park.')).toBe('The jury');
  });
});

describe('a body\'s noun and "called" and a name, after a preposition', () => {
  it('names the body; the subject before speaks ("Tom Miller, at a consulting firm called Gavekal Dragonomics, argues")', () => {
    expect(firstQuoteSource('But Tom Miller, at a consulting firm called Gavekal Dragonomics, argues that as ties deepen, "its political influence will inevitably strengthen," too.')).toBe('Tom Miller');
  });
});

describe('a spokesperson for a body by its noun, with or without its name after', () => {
  it('speaks, not the body ("A spokesman for the bookmaker said", "A spokesman for the bookmaker Carrow & Finch said")', () => {
    expect(source('A spokesman for the bookmaker said only 3% had been staked.')).toBe('A spokesman for the bookmaker');
    expect(source('A spokesman for the bookmaker Carrow & Finch said only 3% had been staked.')).toBe('A spokesman for the bookmaker Carrow & Finch');
    expect(source('A spokeswoman for the airline Ryanair said only 3% of flights were late.')).toBe('A spokeswoman for the airline Ryanair');
  });
});

describe('people by a plural of riders, couriers, customers, motorists, travellers, …, placed where they are', () => {
  it('speak, not the place ("Riders at the Holloway depot said")', () => {
    expect(source('Riders at the Holloway depot said 30 bikes were stolen.')).toBe('Riders at the Holloway depot');
  });
});

describe('money claimed ("claim a flat payment of $25", "for each pound claimed")', () => {
  it('is no report: the claimant is no source', () => {
    expect(source('Others could claim a flat payment of $25.')).toBeUndefined();
    expect(source('The relief generated £7.40 in wider activity for each pound claimed.')).toBeUndefined();
  });

  it('but a claim that the money came to something is ("He claimed the payments totalled $5m")', () => {
    expect(source('He claimed the payments totalled $5m.')?.toLowerCase()).toBe('he');
    expect(source('He claimed damages were $5m.')?.toLowerCase()).toBe('he');
  });
});

describe('a name\'s solicitors or barristers, with their firm in apposition', () => {
  it('speak ("Smith\'s solicitors, Penhallow & Greaves, said"), not Smith', () => {
    expect(firstQuoteSource('Delacourt-Hume\'s solicitors, Penhallow & Greaves, said in a statement that their client was "disappointed and considering an appeal", and stressed that the housing was of a high standard.')).toBe("Delacourt-Hume's solicitors");
  });

  it('and are the subject a coordinated cue shares ("… met the judge on Monday and said 30 homes …")', () => {
    expect(source('Smith\'s solicitors, Penhallow & Greaves, met the judge on Monday and said 30 homes were fine.')).toBe("Smith's solicitors");
  });
});

describe('a partial quote in what a verb of speech reports, followed by "and that" and a clause with its own cue', () => {
  it('is the first verb\'s subject\'s (`A spokeswoman said the company was "…" and that staff had reported …`)', () => {
    expect(firstQuoteSource('A spokeswoman said the company was "grateful to the police for acting" and that staff had reported activity at two sites.')).toBe('A spokeswoman');
  });
});

describe('cue words that report nothing in their place', () => {
  it('"admitted no wrongdoing": what is admitted or denied is no claim', () => {
    expect(source('Cascade Gold Apiaries Inc. admitted no wrongdoing but agreed to pull some 48,000 jars from shelves.')).toBeUndefined();
  });

  it('"a call for help put out by the sheriff\'s office": the speaker of the sentence speaks', () => {
    expect(source('Gary Feldhusen, a beekeeper from Emmett who answered a call for help put out by the Sheriff\'s Office, said volunteers had managed to salvage roughly 150 hives by nightfall.')).toBe('Gary Feldhusen');
  });

  it('"how quickly recalls are announced": a plural noun, and the one describing speaks', () => {
    expect(firstQuoteSource('Local MP Fiona Dunleavy-Marsh called for a review of how quickly recalls are announced, describing the delay as "simply not good enough for worried families".')).toBe('Fiona Dunleavy-Marsh');
  });

  it('but "research shows are crucial" after a noun is still a cue', () => {
    expect(source('The programme has four pillars that research shows are crucial for 40 percent of students.')).toBe('research');
  });
});

describe('a document set off with two agents ("commissioned by … and carried out by …")', () => {
  it('is the subject of the verb after the aside', () => {
    expect(source('The study, commissioned by the charity Upland Rescue Trust and carried out by researchers at the University of Penrigg, found that 41% of volunteers had considered leaving.')).toBe('The study');
  });
});

describe('"she" after a speaker of this paragraph whose sex only the lists of given names gave', () => {
  it('is that speaker, over a woman quoted in an earlier paragraph', () => {
    const numbers = lint('The union\'s regional organiser, Fiona MacAulay-Brennan, said 300 jobs would go.\n\nNorth Lanark Council\'s leader, Cllr Amrit Sandhu-Walsh, said the council would set up a taskforce. She said the council had already contacted 14 local employers.\n').claims.filter((c) => c.kind === 'number');
    expect(numbers.map((c) => c.attribution?.source)).toEqual(['Fiona MacAulay-Brennan', 'Amrit Sandhu-Walsh']);
  });
});

describe('people placed in two places joined by "and"', () => {
  it('are the source whole, not the last place ("Police forces in England and Wales reported 1,140 …")', () => {
    expect(source('Police forces in England and Wales reported 1,140 data breaches last year.')).toBe('Police forces in England and Wales');
    expect(source('Officials in Texas and Oklahoma said 40 homes were lost.')).toBe('Officials in Texas and Oklahoma');
  });
});

describe('findings by a possessive pronoun, ending a paragraph with a colon', () => {
  const sources = (text: string) => lint(text).claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.source ?? null);
  it('are those of the source the paragraph named before ("StubHall said … Among its findings:")', () => {
    expect(sources('StubHall said it sold 11.2 million tickets. Among its findings:\n\n- Buyers aged 18 to 34 accounted for 27 percent of single tickets.\n- The average ticket was $58.\n')).toEqual(['StubHall', 'StubHall', 'StubHall']);
  });

  it('but give nothing when the paragraph named no source', () => {
    expect(sources('The report was published on Monday. Among its findings:\n\n- Buyers aged 18 to 34 accounted for 27 percent of single tickets.\n')).toEqual([null]);
  });
});

describe('a source in a clause of "what" after a figure', () => {
  it('speaks of what that clause names, not of the figure ("… £1.94, well below what most producers say they need")', () => {
    expect(source('The price fell to £1.94 per kilogram, well below what most British producers say they need.')).toBeUndefined();
    expect(source('The event raised about $200,000, about double what Bradley said she anticipated.')).toBeUndefined();
  });

  it('and a source before the figure still speaks for it', () => {
    expect(source('Figures from the Scottish Trade Observatory show that the average import price fell to £1.94 per kilogram, well below what most British producers say they need.')).toBe('Figures from the Scottish Trade Observatory');
  });
});

describe('a one-word name with a business noun in apposition ("a delivery platform", "one of the largest platforms …")', () => {
  it('is a body that a later "it" stands for', () => {
    const text = (apposition: string) => `The Bread and Roses Trust said pay was low. Deliverwell, ${apposition}, disputed the findings. In a statement, it said couriers earned £14.50 an hour.`;
    expect(source(text('one of the largest platforms operating in the region'))).toBe('Deliverwell');
    expect(source(text('a delivery platform'))).toBe('Deliverwell');
  });

  it('but not one of a plural of people ("Okafor, one of the largest donors in the region,")', () => {
    expect(source('The Bread and Roses Trust said pay was low. Okafor, one of the largest donors in the region, disputed the findings. In a statement, she said couriers earned £14.50 an hour.')).not.toBe('Bread and Roses Trust');
  });
});

describe('bodies in the plural placed somewhere, opening a sentence', () => {
  it('are the source, not the place ("Hospitals in England said", "Councils in Wales said")', () => {
    expect(source('Hospitals in England said 1,140 beds were empty.')).toBe('Hospitals in England');
    expect(source('Councils in Wales said 40 homes were lost.')).toBe('Councils in Wales');
    expect(source('The hospitals in England said 1,140 beds were empty.')).toBe('The hospitals in England');
  });
});

describe('a count before people or bodies placed somewhere', () => {
  it('is part of the source, not a figure it reports ("Figures show that 27 councils in England reported 40 incidents")', () => {
    const numbers = lint('Figures show that 27 councils in England reported 40 incidents.').claims.filter((c) => c.kind === 'number');
    expect(numbers.map((c) => c.attribution?.source)).toEqual(['Figures', '27 councils in England']);
  });
});

describe('a noun cue after an article, adjectives and a noun that can be no source', () => {
  it('is a noun after a preposition too ("asked staff for an updated cost estimate "…""), the speaker the clause before names', () => {
    expect(firstQuoteSource('Director Gloria Sandoval-Price said she had asked staff for an updated cost estimate "at least five times" over the past year.')).toBe('Gloria Sandoval-Price');
  });

  it('but a verb after a body that can speak ("Analysts at a major bank estimate 40 …")', () => {
    expect(source('Analysts at a major bank estimate 40 jobs will go.')).toBe('Analysts at a major bank');
  });
});

describe('"listed" after a heritage grade', () => {
  it('is a building\'s grade, not a list made ("a Grade II* listed structure", "a category B listed building")', () => {
    expect(source('The Lyddon Aqueduct, a Grade II* listed structure, carries the canal 21 metres above the river.')).toBeUndefined();
    expect(source('The hall, a category B listed building, holds 300 people.')).toBeUndefined();
    expect(source('The council listed 12 sites for sale.')).toBe('The council');
  });
});

describe('a cue in a relative clause of an aside', () => {
  it('gives way to the verb of the subject the aside describes, between it and the figure', () => {
    expect(source('The Road Assets Trust, a charity which analysed the data, estimates the backlog at £1.2 billion.')).toBe('The Road Assets Trust');
    const numbers = lint('The firm, which reported 12 deaths last year, said 30 were injured.').claims.filter((c) => c.kind === 'number');
    expect(numbers.map((c) => c.attribution?.cue)).toEqual(['reported', 'said']);
  });

  it('and so does a cue in a clause a subordinating word opens ("commissioned after a tenant complained that …, found")', () => {
    expect(source('An internal audit by the housing association, commissioned after a tenant complained that a repair had never been started, found that 212 jobs had not been done.')).not.toBe('a tenant');
  });
});

describe('a place after a body that a role speaks for or is of', () => {
  it('is the body\'s, not the source ("A spokeswoman for Greenhollow Zoo in Shropshire said", "The director of …")', () => {
    expect(source('A spokeswoman for Greenhollow Zoo in Shropshire said 15 had recovered.')).toBe('A spokeswoman for Greenhollow Zoo in Shropshire');
    expect(source('A spokeswoman for Greenhollow Zoo in Shropshire, where the marmosets have been rehomed, said 15 had recovered.')).toBe('A spokeswoman for Greenhollow Zoo in Shropshire');
    expect(source('The director of Greenhollow Zoo in Shropshire said 15 had recovered.')).toBe('The director of Greenhollow Zoo in Shropshire');
  });
});

describe('a subject and its verb after "with" right after a quote', () => {
  it('make a clause of their own, no tag; the source before the quote speaks it', () => {
    expect(firstQuoteSource('Smith said the jail had "a pattern of treating sick people as troublemakers," with nurses noting that 40 detainees were lying.')).toBe('Smith');
    expect(firstQuoteSource('Castellanos-Reyes said the records showed the jail had "a pattern of treating sick people as troublemakers," with nurses noting that detainees were lying.')).toBe('Castellanos-Reyes');
  });

  it('and so do they after a word that subordinates ("once", "though", "until")', () => {
    expect(firstQuoteSource('Councillor Margaret Ashworth-Pryce said the authority had been left with "no realistic alternative to closure" once the engineers had reported.')).toBe('Margaret Ashworth-Pryce');
    expect(firstQuoteSource('Critic Marcus Webb wrote last year that the recordings were "technically immaculate but emotionally airless," though he said on Wednesday that the choice was bold.')).toBe('Marcus Webb');
  });

  it('and so does a source further on in a clause a subordinating word opens ("… but agreed that people should wait until the experts said")', () => {
    expect(firstQuoteSource('Local fossil collector Tobias Hennessey-Grant, who has searched the bay for decades, said the fall had exposed "some extraordinary material" but agreed that people should wait until the experts said it was safe.')).toBe('Tobias Hennessey-Grant');
    expect(firstQuoteSource('Union organizer Tomás Echeverría said in an interview that management had "refused to sit down" for bargaining, while a Summit Ridge spokesperson said the company "respects the process and will negotiate in good faith."')).toBe('Tomás Echeverría');
  });
});

describe('a source in a second "that" clause after a figure', () => {
  it('is in the second thing a source before the figure reports; that source is the figure\'s', () => {
    const numbers = lint('The report found that staff turnover in private nurseries had reached 27% a year, and that 34% of managers surveyed said they had turned away children.').claims.filter((c) => c.kind === 'number');
    expect(numbers.map((c) => c.attribution?.source)).toEqual(['The report', 'The report']);
  });
});

describe('a role in the plural before a cue that may report nothing, after an opening phrase', () => {
  it('is a source, as it is capitalised at the sentence\'s start ("At one home, inspectors recorded that …")', () => {
    expect(source('At one home, inspectors recorded that a single assistant had been responsible for 38 residents overnight.')).toBe('inspectors');
    expect(source('Inspectors recorded that a single assistant had been responsible for 38 residents overnight.')).toBe('Inspectors');
  });

  it('and behind its article or modifiers at the sentence\'s start ("The auditors found", "County health inspectors found")', () => {
    expect(source('The auditors found 12 errors in the accounts.')).toBe('The auditors');
    expect(source('County health inspectors found 12 violations in the kitchen.')).toBe('County health inspectors');
    expect(source('State auditors found 12 errors.')).toBe('State auditors');
  });

  it('but not one a relative clause describes ("dirt on journalists who criticized the company")', () => {
    expect(firstQuoteSource('Its senior vice president boasted about a plan to spend "a million dollars" digging up dirt on journalists who criticized the company.')).toBe('Its senior vice president');
  });
});

describe('a body\'s name with a title\'s word inside it, in apposition to a role', () => {
  it('is the source ("The operator, Lakeshore Senior Living Group, said"), as a person\'s name after a title is', () => {
    expect(source('Brookhaven Manor\'s operator, Lakeshore Senior Living Group, said it had hired 22 aides.')).toBe('Lakeshore Senior Living Group');
    expect(source('The operator, Senior Vice President Jane Doe, said it had hired 22 aides.')).toBe('Jane Doe');
  });
});

describe('whom a speaker tells, before a later verb', () => {
  it('is no subject of it, nor a speaker a later pronoun stands for ("The district, he told the Calloway Ledger, would ask …")', () => {
    const text = 'Superintendent Raymond Oyelaran-Brooks said the findings vindicated that investment. The district, he told the Calloway Ledger, would ask voters to approve a levy. "Every seat we add has a waiting list the day it opens," he said.';
    expect(firstQuoteSource(text)).toBe('Raymond Oyelaran-Brooks');
  });

  it('but speaks in a relative clause that goes on about them ("Smith told Jones, who said "…"")', () => {
    expect(firstQuoteSource('Smith told Jones, who said "we have waited far too long for this," before leaving.')).toBe('Jones');
  });
});

describe('people at a body whose name has "of" in it, before a base form that is as often a noun', () => {
  it('are its subject ("Economists at the Bank of England estimate that 40% …")', () => {
    expect(source('Economists at the Bank of England estimate that 40% of firms will cut jobs.')).toBe('Economists at the Bank of England');
    expect(source('Analysts at Goldman Sachs estimate that 40% of firms will cut jobs.')).toBe('Analysts at Goldman Sachs');
  });
});

describe('a body at another body, named with "the"', () => {
  it('is one source phrase ("Data from the Fire Research Unit at the University of Leeds show …")', () => {
    expect(source('Data from the Fire Research Unit at the University of Leeds show that 40% of rivers were polluted.')).toBe('the Fire Research Unit at the University of Leeds');
    expect(source('Figures from the Upland Fire Research Unit at the University of Pennine Vale show that the number of wildfires rose by 62% between 2015 and 2023.')).toBe('the Upland Fire Research Unit at the University of Pennine Vale');
  });
});

describe('"written" right after the noun that opens the sentence, before "through" or "under"', () => {
  it('describes the noun; it is no speaker a later pronoun stands for ("Policies written through the plan have …")', () => {
    const numbers = lint('Commissioner Harold Nakamura-Brooks said the plan had grown. Policies written through the plan have more than doubled since 2020, to about 61,000 statewide, he said.').claims.filter((c) => c.kind === 'number');
    expect(numbers.map((c) => c.attribution?.source)).toEqual(['Harold Nakamura-Brooks', 'Harold Nakamura-Brooks']);
  });
});

describe('findings by a possessive pronoun after a role named as a source', () => {
  it('are the role\'s ("The regulator said its investigation had uncovered … problems. Among its findings:")', () => {
    const text = 'New rules were announced by the Consumer Markets Regulator on Monday.\n\nThe regulator said its investigation had uncovered widespread problems across the sector. Among its findings:\n\n- 38% of members who tried to cancel had trouble doing so\n- members spent an average of 47 minutes trying to cancel\n';
    expect(lint(text).claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.source)).toEqual(['Consumer Markets Regulator', 'Consumer Markets Regulator']);
  });
});

describe('a name in apposition to a role, with the body it is of named after what the body is', () => {
  it('is the source ("Her solicitor, Benedikt Oyelaran of the firm Hale & Mistry, said")', () => {
    expect(source('Her solicitor, Benedikt Oyelaran of the firm Hale & Mistry, said claims had risen from around 40 a year.')).toBe('Benedikt Oyelaran');
  });
});

describe('a participle after a comma, when the clause opens with words of a role and a name', () => {
  it('speaks for the name, with "critic" as a role\'s word ("Opposition health critic Derek Moyes called …, noting that …")', () => {
    expect(source('Opposition health critic Derek Moyes called the plan "an election gimmick with a gym bag", noting that grants were cut by 9% in 2023.')).toBe('Derek Moyes');
  });
});

describe('a partial quote after what a document reveals, inside what a speaker says', () => {
  it('is the speaker\'s ("said the results revealed "a dangerous gap …"")', () => {
    expect(firstQuoteSource('Shorewatch\'s director, Dr Femi Adeyemi-Clarke, said the results revealed "a dangerous gap in public awareness" that the government needed to close.')).toBe('Femi Adeyemi-Clarke');
    expect(firstQuoteSource('Dr. Hannah Oduya said studies from European wind farms suggested that the effects on lobster larvae were "still poorly understood."')).toBe('Hannah Oduya');
  });
});

describe('"the district", a body by the noun it is named by', () => {
  it('puts a cost at a figure and finds, as "the council" does ("The district put the cost of the expansion at $9.2 million")', () => {
    expect(source('The district put the cost of the expansion at $9.2 million.')).toBe('The district');
    expect(source('The district found that 12 schools were overcrowded.')).toBe('The district');
  });
});

describe('a name after "with" at the end of an appositive about a person', () => {
  it('is the body the person works with, not the speaker ("Colin Mabey, a master carpenter with Corvell Builders, said")', () => {
    expect(source('Colin Mabey, a master carpenter with Corvell Builders, said his team would save 70 beams.')).toBe('Colin Mabey');
    expect(firstQuoteSource('Colin Mabey, a master carpenter with Corvell Heritage, told the Echo that his team would try. "Every beam we save is a beam," he said.')).toBe('Colin Mabey');
  });
});

describe('an act of writing or speaking to someone inside what a speaker says', () => {
  it('gives way to the speaker ("She said the union had written to the department three times")', () => {
    expect(source('Maria Lopez said the union had written to the department three times since March.')).toBe('Maria Lopez');
    expect(firstQuoteSource('Maria Lopez said the union had written to the department in March and had received "nothing but holding replies" from officials.')).toBe('Maria Lopez');
  });
  it('leaves a quote before it to its own verb ("called the delays "…" and said she had written to")', () => {
    const quote = lint('Rachel Stone, the MP for Brackenfield North, called the delays "a scandal hiding in plain sight" and said she had written to the justice secretary.').claims.find((c) => c.kind === 'quote');
    expect(quote?.attribution?.cue).toBe('called');
  });
});

describe('"under" after a body\'s noun, before the law or request a document was released under', () => {
  it('ends the body\'s phrase ("Figures released by the agency under a freedom of information request show")', () => {
    expect(source('Figures released by the agency under a freedom of information request show that 38,600 applications were waiting.')).toBe('the agency');
  });
});

describe('a figure before a verb of counting inside what a document shows', () => {
  it('is the document\'s ("The survey shows that 41% of students renting privately in Kingsmere reported damp")', () => {
    expect(source("Figures from the union's annual housing survey show that 41% of students renting privately in Kingsmere reported damp or mould last year.")).toBe("the union's annual housing survey");
  });
});

describe('a figure in a second "that" clause after a source inside the first', () => {
  it('is the source of the verb that opened the first ("found that 31% of students reported …, and that 19% said")', () => {
    const text = 'A survey by the county health department found that 31% of students reported feeling sad, and that 19% said they had no adult to talk to.';
    expect(lint(text).claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.cue)).toEqual(['found', 'found']);
  });
});

describe('a verb of making a document public after "to"', () => {
  it('is no part of the document\'s phrase ("to publish annual figures showing")', () => {
    expect(source('The report called on ministers to ring-fence £40m a year, and to publish figures showing how many pupils swim.')).toBe('figures');
  });
});

describe('a quote before ", and" and a second verb of its speaker in the past', () => {
  it('is the speaker\'s, not a source inside that verb\'s object (`was "justified but only just", and ordered the trust to publish figures showing`)', () => {
    expect(firstQuoteSource('The regulator said in its final decision that the increase was "justified but only just", and ordered the trust to publish annual figures showing how the extra money is spent.')).toBe('The regulator');
  });
  it('keeps the verb before the quote as its cue (`said the company was "…" and noted that`)', () => {
    const quote = lint('Rosalind Whitby, the state\'s public counsel, said the company was "asking customers to pay for decisions made in the boardroom" and noted that Lakeshore had reported net income of $412 million.').claims.find((c) => c.kind === 'quote');
    expect(quote?.attribution?.cue).toBe('said');
  });
});

describe('a name in apposition after the words of a style of address', () => {
  it('is the source ("the Rt Rev Anselm Okonkwo", "Her Honour Judge Priya Raman")', () => {
    expect(source('The Bishop of Wexcombe, the Rt Rev Anselm Okonkwo, said 40 people came.')).toBe('Anselm Okonkwo');
    expect(source('The Chancellor of the Diocese of Hallamford, Her Honour Judge Priya Raman, said 11 windows would go.')).toBe('Priya Raman');
  });
});

describe('a body or place after a preposition of place before a document\'s verb', () => {
  it('gives way to the document further back ("A coalition survey of 1,100 households near the Calloway district found")', () => {
    expect(source('A coalition survey of 1,100 households near the Calloway district found that 71% had reported a noise problem.')).toBe('A coalition survey');
    expect(source('The most recent polling in Florida shows Rubio within 5 points.')).toBe('The most recent polling');
  });
  it('leaves people placed so as the subject ("Officials in the Calloway district found")', () => {
    expect(source('Officials in the Calloway district found that 71% had reported a noise problem.')).toBe('Officials in the Calloway district');
  });
});

describe('a relative clause of "who" after a name, what the person is and where they are from', () => {
  it('hangs on the name ("Margaret Doyle, a retired postmistress from Helmsby, who said")', () => {
    expect(firstQuoteSource('Among the finishers was Margaret Doyle, a retired postmistress from Helmsby, who said she had run "for my late husband Frank", a former marathoner.')).toBe('Margaret Doyle');
  });
});

describe('a survey a figure stands "in" that is the subject\'s own', () => {
  it('right after the subject\'s verb, gives way to the subject ("estimated in a 2021 survey that")', () => {
    expect(source('The student government estimated in a 2021 survey that students spent an average of $410 on fees.')).toBe('The student government');
  });
  it('by "its", gives way to the subject ("found that 27% …, up from 18% in its previous survey")', () => {
    const text = 'The council polled charity runners and found that 27% had failed to reach their target, up from 18% in its previous survey.';
    expect(lint(text).claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.source)).toEqual(['The council', 'The council']);
  });
  it('stays the source of its figure when it is no one\'s ("rose to 39 percent in the Monmouth poll")', () => {
    expect(source('Support for the plan rose to 39 percent in the Monmouth poll.')).toBe('the Monmouth poll');
  });
});

describe('a phrase after "on", "about" or "alongside" before a document\'s verb', () => {
  it('gives way to the document further back ("Police data released alongside the review showed", "A study on the charity found")', () => {
    expect(source('Police data released alongside the review showed that the precinct recorded 623 assaults.')).toBe('Police data');
    expect(source('A study on the charity found that 40 patients died.')).toBe('A study');
  });
});

describe('a plural in -s inside the phrase after "according to"', () => {
  it('is one of its nouns, no verb that names a body for a later "it" ("according to court records. It says …")', () => {
    const text = 'The complaint, filed in federal court on Monday, seeks $12.5 million in damages, according to court records. It says the agency ignored a forecast of gusts of up to 35 miles per hour.';
    expect(lint(text).claims.filter((c) => c.kind === 'number').map((c) => c.attribution?.source)).toEqual(['court records', 'The complaint']);
  });
});

describe('a document\'s noun in -s before who reviewed, saw or obtained it, after "according to"', () => {
  it('heads the phrase, no verb ("according to county records reviewed by the Merrin Ledger")', () => {
    expect(source('Callers waited on 11,800 occasions, according to county records reviewed by the Merrin Ledger.')).toBe('county records reviewed by the Merrin Ledger');
    expect(source('Overtime cost $9.4 million, according to payroll records obtained by the Ledger.')).toBe('payroll records obtained by the Ledger');
  });
});

describe('a verb that names a quote "as" what it is, right before it', () => {
  it('speaks over a cue further back ("City data show …, a trade-off that Fire Chief Douglas Reinholt has defended as "well worth it"")', () => {
    expect(firstQuoteSource('City data show the change has pushed average call time from 64 seconds to 75 seconds, a trade-off that Fire Chief Douglas Reinholt has defended as "well worth it."')).toBe('Douglas Reinholt');
  });
});

describe('a body\'s name with "and" inside it, subject of a verb after "but"', () => {
  it('is read whole ("The Harwick and District Allotment Federation, which …, welcomed the plan but warned")', () => {
    expect(source('The Harwick and District Allotment Federation, which represents 14 associations across the borough, welcomed the plan but warned that new sites would take years.')).toBe('The Harwick and District Allotment Federation');
  });
});

describe('a verb after "and" whose subject\'s role is a word also said of many ("critic")', () => {
  it('has the name after the role, not the role\'s first capital ("Opposition transportation critic Lorne Macready criticised … and said")', () => {
    const text = 'Opposition transportation critic Lorne Macready criticised the spending and said the province should instead fund vans, which he argued could serve the same towns for "a fraction of the price".';
    expect(firstQuoteSource(text)).toBe('Lorne Macready');
  });
});

describe('one of a group set before a name, its age and a clause of "who"', () => {
  it('leads the name, which speaks ("One of those affected, Duncan Okafor, 54, who …, told")', () => {
    expect(source('One of those affected, Duncan Okafor, 54, who has cared for his wife since she had a stroke, told the Pennine Courier he had been asked to repay £6,420.')).toBe('Duncan Okafor');
  });
});

describe('a document made "by the" body the draft named before, by its noun', () => {
  it('is a document, not vague ("A survey of 2,000 pet owners commissioned by the charity found")', () => {
    const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').length;
    expect(vague('A survey of 2,000 pet owners commissioned by the charity found that 31% had cut back on their own food.')).toBe(0);
    expect(vague('A survey by the association found that 38% had been injured.')).toBe(0);
    expect(vague('A survey found that 38% had been injured.')).toBe(1);
  });
});

describe('an age before a name in apposition to a role', () => {
  it('leads the name, which speaks ("The club\'s groundsman, 68-year-old Walter Grimshaw, said")', () => {
    expect(source("The club's groundsman, 68-year-old Walter Grimshaw, said he had spent nine seasons trying to raise money for new covers.")).toBe('Walter Grimshaw');
  });
});

describe('two words in lower case that describe a body\'s noun before the place it is in', () => {
  it('are part of the phrase ("the state transport ministry in Munich said")', () => {
    expect(source('The state of Bavaria will cover 65% of the start-up costs, the state transport ministry in Munich said in a statement.')).toBe('the state transport ministry in Munich');
    expect(source('Most nights just one or two people arrive, a migrant shelter network in El Paso says.')).toBe('a migrant shelter network in El Paso');
  });
});

describe('"put it" or "put them" before where a thing is placed', () => {
  it('is no cue ("had priced the vase at £4 and put it on a shelf")', () => {
    expect(source('Volunteers at the shop had priced the vase at £4 and put it on a shelf beside mismatched teacups.')).toBeUndefined();
    expect(source('The board put the cost at £4 million.')).toBe('The board');
  });
});

describe('the agent of a passive in a clause a subordinating word opens right after a quote', () => {
  it('is no tag of the quote ("said winners had been "…" after their names and hometowns were published by the lottery")', () => {
    expect(firstQuoteSource('Sen. Marcus Delacroix-Boyd, a Republican from Pine Hollow who sponsored the bill, said winners had been "harassed, stalked and in some cases robbed" after their names and hometowns were published by the lottery.')).toBe('Marcus Delacroix-Boyd');
  });
});

describe('a valuation, an appraisal, an inspection or testimony, and a hospice', () => {
  it('are a document and a body that report ("The valuation, carried out by …, found", "The hospice estimates")', () => {
    expect(source("The valuation, carried out by the auction house Pellingham's over the summer, found that just 12 works account for nearly three-quarters of the total.")).toBe('The valuation');
    expect(source('The hospice estimates that its lottery raises around £380,000 a year towards the cost of its nursing care.')).toBe('The hospice');
    expect(source('Testimony at the hearing showed the firm had ignored 4.3 tonnes of waste.')).toBe('Testimony');
  });
  it('leave "report" after a document\'s noun a noun ("A city housing inspection report released Thursday found")', () => {
    expect(source('A city housing inspection report released Thursday found 19 code violations at the property.')).toBe('A city housing inspection report');
    expect(source('A city housing audit report released Thursday found 19 code violations at the property.')).toBe('A city housing audit report');
  });
});

describe('a name set off by commas after the noun that ends a clause of "which" or "who"', () => {
  it('renames what the clause speaks of; the name the clause hangs on speaks ("Unison, which represents … the main operator, Redfern Coaches, said")', () => {
    expect(source('Unison, which represents some drivers employed by the main operator, Redfern Coaches, said as many as 35 jobs were at risk.')).toBe('Unison');
    expect(source('Jones, who met the new chief executive, Sarah Lee, said 35 jobs were at risk.')).toBe('Jones');
    expect(source('The claims were brought with the support of the Racing Staff Association, whose regional organiser, Declan Fairbrother, said staff start at five.')).toBe('Declan Fairbrother');
  });
});

describe('a report whose maker is said, addressed "to" a body', () => {
  it('is the subject, not the body it went to ("the council\'s report to the committee stated")', () => {
    expect(source("A public consultation held last autumn drew 412 responses, of which 71% backed tougher controls, the council's report to the committee stated.")).toBe("the council's report");
    expect(source("A report to the council's finance committee found that collection costs had reached £410,000 last year.")).toBe("the council's finance committee");
  });
});

describe('a gloss in brackets after the maker named in an aside after a document', () => {
  it('is stepped over; the document speaks ("The study, commissioned by the charity Cymuned Ar Symud (Community on the Move), surveyed … and found")', () => {
    expect(source('The study, commissioned by the charity Cymuned Ar Symud (Community on the Move), surveyed 63 schemes and found that 41 had reduced their services.')).toBe('The study');
  });
});

describe('an appositive with "a" or "an" between a body\'s name and a clause of "which"', () => {
  it('describes the body, which the clause hangs on ("the Brightwater Foundation, a philanthropy focused on aging, which said")', () => {
    expect(firstQuoteSource('The study was funded by the Brightwater Foundation, a philanthropy focused on aging, which said in a statement that it hoped the data would "change the conversation in Washington."')).toBe('the Brightwater Foundation');
    expect(source('Food allergies affect many Americans, according to Allergy Action Network, a nonprofit advocacy group, which says about 200,000 people need emergency care each year.')).toBe('Allergy Action Network');
  });
});

describe('a share of those polled, named by a participle of polling, after the poll\'s own source', () => {
  it('reports nothing of its own ("A survey by … Local Voices found that 68% of 2,000 listeners questioned said")', () => {
    expect(source('A survey by the campaign group Local Voices found that 68% of 2,000 listeners questioned said local news was the main reason they tuned in.')).toBe('A survey by the campaign group Local Voices');
  });
});

describe('a preposition that opens the sentence', () => {
  it('is no subject of a cue ("Over the course of two days …, President Biden convened … and affirm", "Through continued efforts")', () => {
    expect(source('Over the course of two days and eight sessions, President Biden convened heads of state and government, as well as leaders from international organizations, businesses, subnational governments, and indigenous communities to rally the world in tackling the climate crisis, demonstrate the economic opportunities of the future, and affirm the need for unprecedented global cooperation.')).toBeUndefined();
    expect(source('Through continued efforts to improve processes, the teams have detected over 2,800 fires.')).toBeUndefined();
    expect(firstQuoteSource('Many voters saw the party as "the party of overwhelming government," From said.')).toBe('From');
  });
});

describe('a company named by the word its trade ends in', () => {
  it('is a body, not a person "she" may stand for ("The operator, Horizon Parking Management, …" then "Jenny Lowther, 67, …" then ""…," she said")', () => {
    expect(lint('Horizon Parking Management said 40 notices were cancelled.').claims[0]?.attribution?.kind).toBe('organization');
    expect(lint('Cambrian Water said 40 pipes burst.').claims[0]?.attribution?.kind).toBe('organization');
    expect(quotes('The operator, Horizon Parking Management, confirmed the error on Friday and said all of the notices had been cancelled.\n\nJenny Lowther, 67, was charged for a stay of nine hours when she had been in the car park for 40 minutes.\n\n"I thought it was a scam at first," she said.\n')).toEqual(['Jenny Lowther']);
    expect(firstQuoteSource('"You look cute," Cheryl Mills writes.')).toBe('Cheryl Mills');
  });
});

describe('"she" after a man whose name says he is one, who only asked someone to do something', () => {
  it('does not make him a woman; she is the woman quoted before ("Mayor Alan Fry has asked the auditors to meet city staff. "…," she said")', () => {
    expect(quotes('Karen Bliss said the method "overstates real losses."\n\nMayor Alan Fry has asked the auditors to meet city staff. "We have never tried to hide the problem," she said.\n')).toEqual(['Karen Bliss', 'Karen Bliss']);
  });
});

describe('a company\'s accounts', () => {
  it('are a document that reports ("The scheme\'s annual accounts show it ended 2025 with €41,000", "…, the accounts show")', () => {
    expect(source("The scheme's annual accounts show it ended 2025 with €41,000 in reserves.")).toBe("The scheme's annual accounts");
    expect(source('Chief executive Sian Pritchard received a bonus of £412,000, the accounts show.')).toBe('the accounts');
  });
});

describe('numbers that describe no quantity a fact-checker would check', () => {
  it('leave out seasons ago, vehicles by their wheels, the window of an average and a year after an owner', () => {
    expect(figures('The state stopped posting lifeguards two summers ago.')).toEqual([]);
    expect(figures('Crews use four-wheel-drive utes, and two-wheel-drive vehicles must carry chains; an 18-wheeler crashed.')).toEqual([]);
    expect(figures('Prices were still about twice their five-year average.')).toEqual(['about twice']);
    expect(figures("The city's 2025 financial statements show its pools lost money.")).toEqual([]);
    expect(figures("The company's 2000 employees were told, and the charity's 1500 volunteers.")).toEqual(['2000', '1500']);
    expect(figures('The trial lasted two summers, and a 35-year sentence followed.')).toEqual(['two', '35-year']);
  });
});

describe('one person of a trade or role, unnamed', () => {
  it('is a vague source whose turn and pronoun go on as a role\'s ("One barista said", "A Cairns cafe owner said")', () => {
    const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').length;
    expect(vague('One barista, who has worked at the shop for years, said staff were told 40 jobs would go.')).toBe(1);
    expect(vague('A Cairns cafe owner said local beans cost her 40% more.')).toBe(1);
    expect(vague('A spokesman for the council said 40 jobs would go.')).toBe(0);
    expect(vague('A lawyer for the family said 40 letters were sent.')).toBe(0);
    expect(quotes('A farmer said the crop failed. "It is the worst year I have seen."')).toEqual(['A farmer']);
    expect(quotes('One barista said the plan was bad.\n\n"It is a disaster," she said.\n')).toEqual(['One barista']);
  });
});

describe('one person of any role or trade whom the draft does not name', () => {
  it('needs a reason for the anonymity, as an official does ("One man said", "One barista, who has worked there for years, said")', () => {
    const reasons = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'anonymous-source-reason').length;
    expect(reasons('One man said 40 people were hurt.')).toBe(1);
    expect(reasons('One barista, who has worked at the shop for years, said staff were told 40 jobs would go.')).toBe(1);
    expect(reasons('One barista, who asked not to be named because she feared losing her job, said 40 jobs would go.')).toBe(0);
    expect(reasons('A spokesman for the council said 40 jobs would go.')).toBe(0);
  });
});

describe('a body called by the first word of its name', () => {
  it('is the body, no person a later "she" may stand for ("Horizon said" after "Horizon Parking Management")', () => {
    const text = 'The operator, Horizon Parking Management, confirmed the error.\n\nHer daughter, Claire Lowther, said she spent a week trying. "I rang 14 times," she said.\n\nHorizon said in a statement that it "sincerely apologises to every motorist affected" and had written to each driver.\n\n"It was three weeks of worry over nothing," she said.\n';
    expect(quotes(text)).toEqual(['Claire Lowther', 'Horizon Parking Management', 'Claire Lowther']);
  });
});

describe('a role of several words in lower case between a capital and a name', () => {
  it('is read past to the name ("Chief operating officer Janet Pyke said", "Council finance convener Andrew Kerr defended …, saying")', () => {
    expect(firstQuoteSource('Chief operating officer Janet Pyke said in a statement that its rates would remain "below those of most hospitals in Halifax."')).toBe('Janet Pyke');
    expect(firstQuoteSource('Council finance convener Andrew Kerr defended the cut, saying the authority had been forced to find savings "in every corner of the council".')).toBe('Andrew Kerr');
  });
});

describe('a party\'s name in brackets after a name that opens the clause before an aside', () => {
  it('is stepped over to the name ("Councillor Niamh Flood (Fianna Fáil), who raised the issue …, said")', () => {
    expect(quotes('Councillor Niamh Flood (Fianna Fáil), who raised the issue after icy conditions in January, said people in the hill villages had been "abandoned" by the system.\n\n"I had a woman ring me," she said.\n')).toEqual(['Niamh Flood']);
  });
});

describe('a qualified share that opens its own clause', () => {
  it('is a claim before any verb of its own ("About a third involved leaks", "Roughly half are retired")', () => {
    expect(figures('About a third involved leaks.')).toEqual(['About a third']);
    expect(figures('Roughly half are retired.')).toEqual(['Roughly half']);
    expect(figures('A third involved leaks.')).toEqual([]);
  });
});

describe('a weight or a volume with its unit in lower case', () => {
  it('is a measurement ("cut its rolls from 90g to 80g", "a 0.5ml dose"), not a code ("the 5G network")', () => {
    expect(figures('The chain cut its rolls from 90g to 80g last month.')).toEqual(['from 90g to 80g']);
    expect(figures('Each vial holds a 0.5ml dose.')).toEqual(['0.5ml']);
    expect(figures('The 5G network reached 40 towns.')).toEqual(['40']);
  });
});

describe('a body\'s initials in brackets before a clause of "which"', () => {
  it('are stepped over to the body ("The Fair Markets Office (FMO), which opened its investigation in 2024, has said")', () => {
    expect(source('The Fair Markets Office (FMO), which opened its investigation in 2024, has said that six large corporate groups now own around 60% of practices.')).toBe('The Fair Markets Office');
  });
});

describe('"agreed" before a noun and its verb', () => {
  it('reports the clause agreed to ("Ms Barker agreed the technology was overdue"), not a thing agreed ("agreed new catch limits")', () => {
    expect(quotes('Anita Wong said bills were high. Louise Barker said arrears had doubled.\n\nMs Wong said the network wanted meters. Ms Barker agreed the technology was overdue.\n\n"It is cheap, and it would save families thousands," she said.\n')).toEqual(['Louise Barker']);
    expect(source('The board agreed the deal was worth $40 million.')).toBe('The board');
    expect(source('The board agreed a deal that was worth $40 million.')).toBeUndefined();
  });
});

describe('a passive of "it" before a source in its own clause', () => {
  it('is still a vague finding: what the source does is what no one named understands ("It is understood a group … wrote")', () => {
    const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').length;
    expect(vague('It is understood that a group representing about 40 franchisees wrote to the company.')).toBe(1);
    expect(vague('The ministry said it is believed 40 people died.')).toBe(0);
  });
});

describe('a person of a trade before a place', () => {
  it('is the source, with the words that describe them ("One franchisee in Mississauga said", "one shop owner in Leeds")', () => {
    expect(source('One franchisee in Mississauga said the rent rose by 40 per cent.')).toBe('One franchisee in Mississauga');
    expect(source('Rents rose, and one shop owner in Leeds said the rent rose by 40 per cent.')).toBe('one shop owner in Leeds');
    expect(source('Bakers in Leeds said the rent rose by 40 per cent.')).toBe('Bakers in Leeds');
    expect(source('Detectives in Leeds said the rent rose by 40 per cent.')).toBe('Detectives in Leeds');
    expect(source('At least a dozen members of Congress told the paper that 40 seats were in reach.')).toBe('members of Congress');
  });
});

describe('a field of public business before a state or a province', () => {
  it('is a department ("according to Agriculture Victoria"), no person a later "he" stands for', () => {
    expect(firstAttribution('About 40 per cent of orchards are netted, according to Agriculture Victoria.')?.kind).toBe('organization');
    expect(firstAttribution('About 40 per cent of orchards are netted, according to Fisheries Queensland.')?.kind).toBe('organization');
    expect(firstAttribution('About 40 per cent of orchards are netted, according to Jane Victoria.')?.kind).toBe('named');
    expect(quotes('Roughly 40 per cent of orchards are netted, according to Agriculture Victoria.\n\nHarpreet Gill, who runs a labour hire company, said he had placed 85 workers.\n\n"Some of them will go," he said.\n')).toEqual(['Harpreet Gill']);
  });
});

describe('"he" or "she" opening what a speaker first named in full says', () => {
  it('gives the speaker\'s sex over the lists of given names ("Harpreet Gill, who runs a labour hire company, said he had placed 85 workers")', () => {
    const draft = 'Con Kyriakou said he had lost 40 per cent of his crop.\n\nHarpreet Gill, who runs a labour hire company, said he had placed 85 workers.\n\n"Some of them will go," he said.\n';
    expect(quotes(draft)).toEqual(['Harpreet Gill']);
    // (Not of another named before the verb, nor where the speaker was named before.)
    expect(quotes('Harpreet Gill said 40 workers left.\n\nDonald Trump spoke first.\n\nHarpreet Gill criticised Donald Trump, saying he had placed 85 workers.\n\n"Some of them will go," she said.\n')).toEqual(['Harpreet Gill']);
  });
});

describe('one unnamed person of a trade and where they are', () => {
  it('is vague, with no reason for anonymity ("A baker in Cork said", "One instructor in the Inverness area said")', () => {
    const at = (text: string) => firstAttribution(text)?.kind;
    expect(at('A baker in Cork said 40 routes were cut.')).toBe('vague');
    expect(at('One instructor in the Inverness area said she had stopped taking 40 pupils.')).toBe('vague');
    expect(at('A grower in Ottawa County who tested an earlier version said 40 routes were cut.')).toBe('vague');
    expect(at('A commercial broker who handles several Queen West properties said 40 routes were cut.')).toBe('vague');
    expect(at('A real estate agent said 40 homes were sold.')).toBe('vague');
    // (Not whose they are: "a postmaster in the county office", "a researcher from Aston University".)
    expect(at('A postmaster in the county office said 40 routes were cut.')).toBe('role');
    expect(at('A researcher from Aston University said 40 routes were cut.')).not.toBe('vague');
    // (And a name before such a person and a place still speaks: "Margaret Doyle, a retired baker from Helmsby, who said".)
    expect(firstQuoteSource('Among the finishers was Margaret Doyle, a retired baker from Helmsby, who said she had run "for my late husband Frank".')).toBe('Margaret Doyle');
  });
});

describe('an age bracket after a group and "are" or "were"', () => {
  it('is no claim ("current members are over 70", "new members were under 40"), unlike "Prices are over 50"', () => {
    expect(figures('A third of current members are over 70.')).toEqual(['A third']);
    expect(figures('Roughly 70% of new members were under 40, she said.')).toEqual(['Roughly 70%']);
    expect(figures('It runs a league for players over 60.')).toEqual([]);
    expect(figures('Prices are over 50.')).toEqual(['over 50']);
  });
});

describe('an unnamed document that is a body\'s own', () => {
  it('is no vague source ("a survey of its members found", "a staff report found", "A consultation survey"), unlike "a survey found"', () => {
    const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').length;
    expect(vague('The association said a survey of its members found that one in four had cut staff.')).toBe(0);
    expect(vague('The cost rose to $4m, a staff report found.')).toBe(0);
    expect(vague('A consultation survey of 2,046 parents and carers found that 81% opposed the change.')).toBe(0);
    expect(vague('A survey found that 81% opposed the change.')).toBe(1);
  });
});

describe('"One" before a person picked out and a verb of speech', () => {
  it('is no count ("One person involved in the project said"), unlike "One man in the car was killed"', () => {
    expect(figures('One person involved in the project said the company had spent 40 million.')).toEqual(['40 million']);
    expect(figures('One official at the ministry told reporters that 40 staff left.')).toEqual(['40']);
    expect(figures('One man in the car was killed.')).toEqual(['One']);
  });
});

describe('"the statement said" after a statement given earlier in the paragraph', () => {
  it('is the words of whoever gave it ("In a statement, Northshore said …. "…," the statement said.")', () => {
    expect(quotes('In a statement, Northshore said it had spent more than $40 million since 2019. "We accept the decision," the statement said.\n')).toEqual(['Northshore']);
    expect(quotes('In a statement, the club\'s board said it had received 40 complaints. "Safety is our first priority," the statement said.\n')).toEqual(["club's board"]);
    // (Not a statement given in a paragraph before.)
    expect(quotes('The task force released a statement saying 40 troops were safe.\n\nA spokesperson spoke. "We will not be deterred," read the statement.\n')).toEqual(['the statement']);
  });
});

describe('a name that ends in a firm\'s plural trade word', () => {
  it('is a body, no "she" ("Luxe Suites Northwest", "Halbrook Investigations", "Moody\'s Analytics")', () => {
    expect(firstAttribution('The operator, Luxe Suites Northwest, said 40 suites were let.')?.kind).toBe('organization');
    expect(firstAttribution('The club hired Halbrook Investigations, which said 40 people were interviewed.')?.kind).toBe('organization');
    expect(quotes('Leah Okafor said 40 clubs had signed up.\n\nThe club hired Halbrook Investigations, which said 40 people were interviewed.\n\n"It tells skaters someone is listening," she said.\n')).toEqual(['Leah Okafor']);
  });
});

describe('"the company" after a firm whose name holds no such noun', () => {
  it('is the firm ("The new owner, Calder Row Capital, said …. "…," the company said")', () => {
    expect(quotes('The new owner, Calder Row Capital, said rents had not been reviewed since 2019.\n\n"Our proposals bring the arcade into line," the company said.\n')).toEqual(['Calder Row Capital']);
    expect(quotes('The Hearth Trust said rents had not been reviewed since 2019.\n\n"Our proposals bring the arcade into line," the company said.\n')).toEqual(['the company']);
  });
});

describe('a figure before a number word and a time', () => {
  it('is a claim of its own ("up from $11.8 million two years earlier", "26 per cent five years earlier")', () => {
    expect(figures('Revenue was $14 million, up from $11.8 million two years earlier.')).toEqual(['$14 million', 'up from $11.8 million']);
    expect(figures('Membership is 31 per cent, up from 26 per cent five years earlier.')).toEqual(['31 per cent', 'up from 26 per cent']);
    expect(figures('The estate was worth one million two hundred thousand pounds.')).toEqual(['one million two hundred thousand pounds']);
    expect(figures('There were twenty five people.')).toEqual(['twenty five']);
  });
});

describe('a change by a qualified fraction', () => {
  it('is a claim ("has risen by more than a third since 2022", "by as much as half", "by up to a third")', () => {
    expect(figures('The figure has risen by more than a third since 2022.')).toEqual(['more than a third']);
    expect(figures('The frost could cut the crop by as much as half.')).toEqual(['half']);
    expect(figures('Rents fell by up to a third.')).toEqual(['up to a third']);
    expect(figures('A third said it was blue.')).toEqual([]);
  });
});

describe('"it" that keeps count after a report named before', () => {
  it('is the report ("The report said …. It also recorded 57 injuries."), not a thing measured', () => {
    const sheet = lint('The report said 14% of trips replaced a car. It also recorded 57 injuries.').claims.map((c) => c.attribution?.source);
    expect(sheet).toEqual(['The report', 'The report']);
    expect(source('The fish was huge. It measured 40 cm.')).toBeUndefined();
  });
});

describe('"several" before a scale word', () => {
  it('is part of the claim\'s text ("several hundred people"), as "a few hundred" is', () => {
    expect(figures('It is believed that several hundred people have left.')).toEqual(['several hundred']);
    expect(figures('A few hundred people left.')).toEqual(['A few hundred']);
    expect(figures('Several people left.')).toEqual([]);
  });
});

describe('"Cllr" and a surname alone', () => {
  it('name the councillor again, whom "she" then stands for ("Cllr Lennie has agreed to meet …. "…," she said")', () => {
    expect(quotes('Councillor Morag Lennie defended the scheme.\n\nProfessor Alison Grieve said the taxi trade had been squeezed. "Those two findings are not in tension," she said.\n\nCllr Lennie has agreed to meet union representatives next month. "We will listen," she said.\n')).toEqual(['Alison Grieve', 'Morag Lennie']);
  });
});

describe('one unnamed person tied to what they know', () => {
  it('owes a reason for anonymity ("A person involved in the negotiations said", "one Democrat familiar with the discussion")', () => {
    const anonymous = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'anonymous-source-reason').length;
    expect(anonymous('A person involved in the negotiations said the company had asked for 40 days.')).toBe(1);
    expect(anonymous('One Democrat familiar with the discussion said 40 members agreed.')).toBe(1);
    expect(anonymous('A person involved in the talks, who asked not to be named because the talks are private, said the company had spent 40 million.')).toBe(0);
    expect(anonymous('People involved in the talks said the company had spent 40 million.')).toBe(0);
  });
});

describe('a document, an aside that opens with a participle, and a verb of showing', () => {
  it('is the document\'s ("The report, published last month, shows that …"), whatever words of time end the aside', () => {
    expect(source('The report, published last month, shows that the total fell to 392 million.')).toBe('The report');
    expect(source('The accounts, published on Tuesday, show that the total paid fell to £392 million.')).toBe('The accounts');
    expect(source('The figures, released last week, show that 40 people died.')).toBe('The figures');
  });
});

describe('people of a trade or a cause at large', () => {
  it('are as vague as "experts" ("Growers say", "Bus owners say", "Public health campaigners argue")', () => {
    expect(of('Growers say the netting costs $40 a row.')).toEqual({ source: 'Growers', vague: true });
    expect(of('Netting costs $40 a row, growers say.')).toEqual({ source: 'growers', vague: true });
    expect(of('Bus owners say a new bus costs $400,000.')).toEqual({ source: 'Bus owners', vague: true });
    expect(of('Public health campaigners argue that a cut of 10% would raise drinking.')).toEqual({ source: 'Public health campaigners', vague: true });
    expect(of('Cycling advocates say 40 riders were hurt.')).toEqual({ source: 'Cycling advocates', vague: true });
    // With a determiner they are people the story has named; the officers of a case are who they are.
    expect(of('The growers say the netting costs $40 a row.')?.vague).toBe(false);
    expect(of('Prosecutors said he wrote 400 prescriptions.')?.vague).toBe(false);
    expect(of('Organizers say 4,000 people came.')?.vague).toBe(false);
  });
  it('leaves a share of them said no source ("more than half of small business owners said …, 7 in 10 felt")', () => {
    const sources = lint('More than half of small business owners said roads matter, 7 in 10 felt broadband mattered.').claims.map((c) => c.attribution?.source);
    expect(sources).toEqual([undefined, undefined]);
  });
});

describe('whom a quote urges', () => {
  it('is spoken to, not speaking (`"…" urged patients to write`)', () => {
    expect(firstQuoteSource('A flyer, "Who is Watching Your Mother Tonight," urged patients to write to the board.')).toBeUndefined();
    expect(firstQuoteSource('"Stop the vote at once," urged the mayor to the crowd.')).toBe('the mayor');
  });
});

describe('a title after "titled"', () => {
  it('is no quote, even when it asks a question', () => {
    expect(lint('A flyer titled "Who\'s Watching Your Mother?" went round on Friday.').claims.filter((c) => c.kind === 'quote')).toEqual([]);
  });
});

describe('Irish given names', () => {
  it('tell whom "she" and "he" stand for ("Bríd McGinley", "Diarmuid Walsh")', () => {
    const draft = 'Minister Niamh Doherty said the scheme would help.\n\nBríd McGinley, who manages the plant, was less sure.\n\n"Tie-up schemes pay the boat owners," she said.\n';
    expect(quotes(draft)).toEqual(['Bríd McGinley']);
    expect(quotes('Minister Seamus Doherty said the scheme would help.\n\nDiarmuid Walsh, who manages the plant, was less sure.\n\n"Tie-up schemes pay the boat owners," he said.\n')).toEqual(['Diarmuid Walsh']);
  });
});

describe('a document a body owns', () => {
  it('is no vague source: "Harbourline\'s most recent annual accounts", "a council report", "an agency maintenance report"', () => {
    expect(of("Harbourline's most recent annual accounts show the firm made a loss of £40,000.")).toEqual({ source: "Harbourline's most recent annual accounts", vague: false });
    expect(of('According to a council report, 61 of the stops will go.')).toEqual({ source: 'a council report', vague: false });
    expect(of('Sales fell 40 per cent, according to an agency maintenance report released last week.')?.vague).toBe(false);
    // Unnamed studies stay vague with "most" before them; a body in the sample owns nothing.
    expect(of('Most recent studies show 40 deaths.')?.vague).toBe(true);
    expect(of('The plan costs $40 million, according to a survey of council tenants.')?.vague).toBe(true);
    expect(of('The plan costs $40 million, according to a new report.')?.vague).toBe(true);
  });
});

describe('a document made for a body', () => {
  it('is the body\'s, no vague source ("A survey of 2,000 adults for the Seafood Marketing Board found")', () => {
    expect(of('A survey of 2,000 adults for the Seafood Marketing Board found that 44% had eaten less fish.')).toEqual({ source: 'A survey', vague: false });
    expect(of('A survey of 1,200 island households carried out for the council last autumn found that 58% had cut back.')?.vague).toBe(false);
    expect(of('A poll for the Times found that 58% would vote.')?.vague).toBe(false);
    // (Not a time it was done for.)
    expect(of('A survey for the first time found that 58% would vote.')?.vague).toBe(true);
  });
});

describe('a paper laid before a body\'s members', () => {
  it('is the body\'s, no vague source ("according to a report presented to councillors")', () => {
    expect(of('The plan costs £40 million, according to a report presented to councillors on Monday.')).toEqual({ source: 'a report', vague: false });
    expect(of('The plan costs £40 million, according to a report to be considered by councillors next week.')?.vague).toBe(false);
    expect(of('The plan costs £40 million, according to a report to the council.')?.vague).toBe(false);
    expect(of('The plan costs £40 million, according to reports to the contrary.')?.vague).toBe(true);
  });
});

describe('"the statement" a paragraph after someone gave it', () => {
  it('is the words of who gave it ("X said in a statement that …" then ""…," the statement said")', () => {
    expect(quotes('Culture Minister Andrea Boudreau said in a statement that funding rose by 6%.\n\n"We recognize the pressure our festivals are under," the statement said.\n')).toEqual(['Andrea Boudreau']);
    // (Not when no statement was given there.)
    expect(quotes('Culture Minister Andrea Boudreau said funding rose by 6%.\n\n"We recognize the pressure our festivals are under," the statement said.\n')).toEqual(['the statement']);
  });
});

describe('ages the round found unread', () => {
  it('are no claims: after a full name at the sentence\'s end, after "who at", after more groups', () => {
    expect(figures('The choir has 40 members, said its secretary, Ruth Ambler, 71.')).toEqual(['40']);
    expect(figures('The choir hired a director, Rhys Vaughan, who at 38 is the youngest person in the post.')).toEqual([]);
    expect(figures('Fares for under-16s and islanders over 60 are unchanged.')).toEqual([]);
    expect(figures('Her most active volunteers were over 70.')).toEqual([]);
    // (A score after a team's name stays a figure.)
    expect(figures('The club scored 40 goals, beating Harrow, 71.')).toEqual(['40', '71']);
  });
});

describe('a figure with its scale joined on, and a relative clause after an age', () => {
  it('keep their sources ("a gap of £559m next year, the association has estimated"; "Shirley Beaulieu, 72, who said")', () => {
    expect(source('Councils face a gap of £559m next year, the Welsh Local Government Association has estimated.')).toBe('the Welsh Local Government Association');
    expect(source('Among those waiting was Shirley Beaulieu, 72, who said she had lost three teeth over the winter.')).toBe('Shirley Beaulieu');
  });
});

describe('"recorded" with a count of works or results', () => {
  it('is a deed, no report ("Cream recorded four albums", "The team recorded 40 wins"), unlike a record kept', () => {
    expect(source('Cream recorded four albums, then in 1968 disbanded.')).toBeUndefined();
    expect(source('The team recorded 40 wins last season.')).toBeUndefined();
    expect(source('Police recorded 40 crimes last year.')).toBe('Police');
    expect(source('The station recorded 40 millimetres of rain.')).toBe('The station');
  });
});

describe('"she" after a name in a sentence that spoke of a woman before it', () => {
  it('is that woman, not the one named ("Her death was confirmed by her nephew, Curtis Sorrell, who said she died")', () => {
    const draft = 'Ida Mae Sorrell, the pianist, died Saturday.\n\nHer death was confirmed by her nephew and manager, Curtis Sorrell, who said she died in her sleep.\n\nSorrell recorded 23 albums under her own name. Sorrell spent 14 years in court.\n\n"People ask me if I am bitter," she said in a 2008 interview.\n';
    expect(quotes(draft)).toEqual(['Ida Mae Sorrell']);
  });
});

describe('"only one"', () => {
  it('counts ("Only one department was spared", "recorded only one studio album"), unlike idioms and "at least one"', () => {
    expect(figures('Only one department was spared.')).toEqual(['Only one']);
    expect(figures('Blind Faith recorded only one studio album.')).toEqual(['only one']);
    expect(figures('There is only one way to find out.')).toEqual([]);
    expect(figures('She is the only one who came.')).toEqual([]);
    expect(figures('Half of the salons could not fill at least one position.')).toEqual(['Half']);
  });
});

describe('"talks" after a place and its article', () => {
  it('is a noun, no cue ("speaking after the Brussels talks, said …")', () => {
    expect(firstQuoteSource('Marine Minister Niamh Doherty, speaking after the Brussels talks, said Ireland had "fought hard on every line" there.')).toBe('Niamh Doherty');
  });
});

describe('a firm named after the role it plays', () => {
  it('speaks ("The festival\'s promoter, Sunburnt Live Pty Ltd, said"), as a person named so does', () => {
    expect(firstAttribution("The festival's promoter, Sunburnt Live Pty Ltd, said 40 staff would go.")).toMatchObject({ kind: 'organization', source: 'Sunburnt Live Pty Ltd' });
    expect(source("The festival's organiser, Riverbend Events Ltd, said 40 staff would go.")).toBe('Riverbend Events Ltd');
    expect(source("The festival's promoter, Jane Smith, said 40 staff would go.")).toBe('Jane Smith');
  });
});

describe('"research" with no one named', () => {
  it('is vague as "studies" is ("Research shows", "Research has shown"), unlike research someone did or named', () => {
    expect(firstAttribution('Research shows that 40 percent of drivers speed.')).toMatchObject({ kind: 'vague', source: 'Research' });
    expect(firstAttribution('Research has shown that 40 percent of drivers speed.')).toMatchObject({ kind: 'vague' });
    expect(source('Research by the AA found that 40 percent of drivers speed.')).toBe('the AA');
    expect(firstAttribution('The research showed that 40 percent of drivers speed.')?.kind).not.toBe('vague');
    expect(firstAttribution('Harvard research shows 40 percent of drivers speed.')?.kind).not.toBe('vague');
  });
});

describe('"past" after a verb of rising', () => {
  it('is beyond, and the figure counts ("climbed past 190 animals"), unlike a stretch of time ("the past 24 hours")', () => {
    expect(figures('The population climbed past 190 animals.')).toEqual(['190']);
    expect(figures('Membership has now pushed past 40,000.')).toEqual(['40,000']);
    expect(figures('In the past 190 days, it rained.')).toEqual([]);
  });
});

describe('a share that a change goes from or to', () => {
  it('counts ("down from almost a third five years ago", "up from about a quarter"), unlike "a third country"', () => {
    expect(figures('The share fell to 20 percent, down from almost a third five years ago.')).toEqual(['20 percent', 'from almost a third']);
    expect(figures('It rose to a third last year.')).toEqual(['a third']);
    expect(figures('They shipped it to a third country.')).toEqual([]);
    expect(figures('It was a quarter to nine.')).toEqual([]);
  });
});

describe('one person of a trade before where they work', () => {
  it('is the source, not the place or the body ("One postman in Firhouse", "A senior underwriter at a regional bank")', () => {
    expect(firstAttribution('One postman in Firhouse said 40 routes were cut.')).toMatchObject({ kind: 'vague', source: 'One postman in Firhouse' });
    expect(firstAttribution('A senior underwriter at a regional bank, who spoke on condition of anonymity, said 40 loans were refused.')).toMatchObject({ kind: 'vague', source: 'A senior underwriter at a regional bank' });
  });
  it('leaves a body whose name ends in such a plural a body ("Caledon Vets, which runs 41 clinics, said")', () => {
    expect(firstAttribution('Caledon Vets, which runs 41 clinics in Scotland, said its prices reflected costs.')?.kind).not.toBe('vague');
    expect(firstAttribution('Dentists say 40 percent of children wait a year.')).toMatchObject({ kind: 'vague', source: 'Dentists' });
  });
});

describe('unnamed sources in the plural', () => {
  it('are anonymous by the word ("Union sources said", "Sources at the hospital said"), not "the sources" met before', () => {
    const anonymous = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'anonymous-source-reason').length;
    expect(anonymous('Union sources said 40 more stoppages were likely.')).toBe(1);
    expect(anonymous('Sources at the hospital said the contract was worth $4 million.')).toBe(1);
    expect(anonymous('Union sources, who asked not to be named because talks were continuing, said 40 more stoppages were likely.')).toBe(0);
    expect(anonymous('Two union officials spoke to the paper because talks were continuing. The sources said 40 more stoppages were likely.')).toBe(0);
  });
});

describe('a survey made by or for a body described before its name, or ordered by a body by its noun', () => {
  it('is that body\'s, no vague one ("by the price comparison site CoverCheck", "commissioned by council last fall")', () => {
    expect(firstAttribution('A survey of 2,000 homeowners by the price comparison site CoverCheck found that 62% did not know.')).toMatchObject({ kind: 'named', source: 'CoverCheck' });
    expect(firstAttribution('A survey of 1,000 adults for the consumer group Shopwise Ireland found that 62% did not know.')?.kind).toBe('document');
    expect(firstAttribution('A survey of 2,000 residents commissioned by council last fall found that 62% did not know.')?.kind).toBe('document');
    expect(firstAttribution('A survey of 2,000 residents found that 62% did not know.')?.kind).toBe('vague');
  });
});

describe('insurers, lifesavers and holders at large', () => {
  it('are vague as growers are ("Insurers say", "Lifesavers say", "Allotment holders say"), not a body\'s staff', () => {
    expect(firstAttribution('Insurers say the rising cost of treatment has pushed premiums up 40 percent.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Lifesavers say there were 40 rescues.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Allotment holders say 40 plots are empty.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Town staff calculate that 40 households will pay more.')?.kind).not.toBe('vague');
  });
});

describe('"past" after what rose', () => {
  it('is beyond too ("pushed the air quality index past 200"), unlike "the past 12 months" or "in past years"', () => {
    expect(figures('Smoke pushed the air quality index past 200 for the third day.')).toEqual(['200']);
    expect(figures('Its past 3 seasons were bad.')).toEqual([]);
    expect(figures('Over past 24 hours, 40 people died.')).toEqual(['40']);
  });
});

describe('the size of a change as a share', () => {
  it('counts after a change\'s noun and "of" ("a fall of roughly a fifth"), and before "between" ("fell by a third between")', () => {
    expect(figures('There are 300 pubs, a fall of roughly a fifth.')).toEqual(['300', 'roughly a fifth']);
    expect(figures('Some face increases of a third or more this year.')).toEqual(['a third']);
    expect(figures('Spending fell by a third between 2018 and 2024.')).toEqual(['a third']);
    expect(figures('The rise of a third party was noted.')).toEqual([]);
  });
});

describe('a change to come by a multiple or a half, with its object', () => {
  it('counts ("will double the size of its scheme", "could halve the number"), unlike an aim ("plan to double") or "double as"', () => {
    expect(figures('Leeds will double the size of its bike scheme.')).toEqual(['double']);
    expect(figures('The tender could halve the number of deliveries.')).toEqual(['halve']);
    expect(figures('It will treble their bills.')).toEqual(['treble']);
    expect(figures('They plan to double the size of the fleet.')).toEqual([]);
    expect(figures('They had to double check the figures.')).toEqual([]);
    expect(figures('The gym will double as a shelter.')).toEqual([]);
  });
});

describe('"he said" after a paragraph that its speaker opens and a newcomer ends', () => {
  it('is the newcomer ("Marcus Bell … said …. Joel Tran of Westmark Securities was less sure."), not one the draft returns to', () => {
    expect(quotes('Marcus Bell, who covers restaurant stocks at Harbor & Lyle, said the closures were overdue. Joel Tran of Westmark Securities was less sure.\n\n"Closing stores is the easy part," he said.\n')).toEqual(['Joel Tran']);
    expect(quotes('Graham Pike chairs the committee.\n\nLong-time member Des Fairbairn said he was angry that the council had not offered a cheaper lease. Pike has defended the committee.\n\n"Nobody asked the members what we wanted," he said.\n')).toEqual(['Des Fairbairn']);
  });
});

describe('parents placed where they live', () => {
  it('are vague ("Parents in Wandabri say"), as researchers at a body are not', () => {
    expect(firstAttribution('Parents in Wandabri say 40 children are affected.')).toMatchObject({ kind: 'vague', source: 'Parents in Wandabri' });
    expect(firstAttribution('Researchers at Harvard say 40 percent of birds died.')?.kind).not.toBe('vague');
  });
});

describe('one person of a role held for an office-holder', () => {
  it('is the office\'s voice, no vague one ("A spokeswoman for the mayor said"), as "a spokesman for the council" is', () => {
    expect(firstAttribution('A spokeswoman for the mayor said 40 contracts were reviewed.')).toMatchObject({ kind: 'role' });
    expect(firstAttribution('A spokesman for the minister said 40 options were studied.')).toMatchObject({ kind: 'role' });
    expect(firstAttribution('One barista said 40 cups were sold.')).toMatchObject({ kind: 'vague' });
  });
});

describe('"reported" before a measure and its figure, after "of" or "with"', () => {
  it('is a source-less report ("an earthquake of reported magnitude 4.9"), as "a reported total" is', () => {
    const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').length;
    expect(vague('The city saw an earthquake of reported magnitude 4.9.')).toBe(1);
    expect(vague('A powerful earthquake with reported magnitude 6.3 struck the south.')).toBe(1);
    expect(vague('The number of reported cases fell.')).toBe(0);
  });
});

describe('a figure joined to its unit before a reporting passive', () => {
  it('is what was recorded ("A 5.3-magnitude quake was recorded at 4:53"), unlike a year ("The 2019 meeting was recorded")', () => {
    const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').length;
    expect(vague('A 5.3-magnitude quake was recorded at 4:53 a.m. Thursday.')).toBe(1);
    expect(vague('The 2019 meeting was recorded on video.')).toBe(0);
    expect(vague('In 2019, 40 deaths were recorded.')).toBe(1);
  });
});

describe('officials at a body', () => {
  it('are as unnamed as "White House officials" ("Officials at the department say"), unlike researchers at a body', () => {
    expect(firstAttribution('Officials at the liquor corporation say the markup is 40 percent.')).toMatchObject({ kind: 'vague' });
    expect(firstAttribution("Officials at Queen's Park say 40 tests were booked.")).toMatchObject({ kind: 'vague' });
    expect(firstAttribution('Researchers at the Calloway Marine Station said 40 seals died.')?.kind).not.toBe('vague');
  });
});

describe('what is left of a set', () => {
  it('is counted in words or without its noun ("The remaining nine routes", "The remaining 14 will follow"), not as a stretch of time', () => {
    expect(figures('The remaining nine routes will close.')).toEqual(['nine']);
    expect(figures('The remaining 14 will follow next year.')).toEqual(['14']);
    expect(figures('The remaining 2,300, mostly homes, are not metered.')).toEqual(['2,300']);
    expect(figures('He served the remaining two years of his term.')).toEqual([]);
  });
});

describe('an industry at large', () => {
  it('is vague when its figures or bodies speak ("Industry figures suggest", "Industry bodies say"), not "the industry body"', () => {
    expect(of('Industry figures suggest 20% of sales come at Easter.')).toMatchObject({ vague: true });
    expect(of('A flat white could cost $7, industry figures warn.')).toMatchObject({ vague: true });
    expect(of('Lifeguard industry representatives say 40 pools shut.')).toMatchObject({ vague: true });
    expect(of('The industry body says 40 shops closed.')).toMatchObject({ vague: false });
  });
});

describe('a report drawn up for or laid before a body', () => {
  it('is that body\'s paper ("according to a report prepared for the committee", "to cabinet"), unlike "according to a report"', () => {
    expect(of('According to a report prepared for the committee, the market lost 40 traders.')).toMatchObject({ vague: false });
    expect(of('According to a report to cabinet, the authority faces a gap of 40 posts.')).toMatchObject({ vague: false });
    expect(of("Fees will rise to 40 pounds, according to a report presented to the council's cabinet.")).toMatchObject({ vague: false });
    expect(of('According to a report, 40 traders left.')).toMatchObject({ vague: true });
  });
});

describe('a document a body ordered or had carried out', () => {
  it('is the body\'s by a joined participle or an aside ("A council-commissioned survey", "…, conducted for Sydney Airport, found")', () => {
    expect(of('A council-commissioned survey of residents found that 62% had given up.')).toMatchObject({ vague: false });
    expect(of('A survey of arrivals, conducted for Sydney Airport, found 40 touts.')).toMatchObject({ vague: false });
    expect(of('A survey of drivers, conducted last year, found 50 touts.')).toMatchObject({ vague: true });
  });
});

describe('a role with no comma before a name and its age', () => {
  it('leaves the name as the speaker past a later aside ("Lead plaintiff Con Stavrou, 71, who bought a licence, said")', () => {
    expect(source('Lead plaintiff Con Stavrou, 71, who bought a licence in 1984, said 40 drivers died.')).toBe('Con Stavrou');
    expect(source('Council leader Aled Price, 58, who owns a cab, said 40 drivers died.')).toBe('Aled Price');
    expect(firstAttribution('The plaintiffs said 40 drivers died.')).toMatchObject({ kind: 'role' });
  });
});

describe('a name before a description that ends in a time, then "who said"', () => {
  it('is the speaker ("Shirin Taheri, a driver for six years, who said"), as after "a driver"', () => {
    expect(source('Among them was Shirin Taheri, a driver for six years, who said she covers 1,100 miles a week.')).toBe('Shirin Taheri');
    expect(source('They included Shirin Taheri, a driver for years, who said she covers 1,100 miles a week.')).toBe('Shirin Taheri');
  });
});

describe('a body named after a saint or a king at the end of a person\'s aside', () => {
  it('is where the person works, not the speaker ("Laura Dempsey, head teacher at St Brendan\'s Primary, said")', () => {
    expect(source("Laura Dempsey, head teacher at St Brendan's Primary, said 40 pupils queued.")).toBe('Laura Dempsey');
    expect(source("Laura Dempsey, head teacher at King Edward's Grammar, said 40 pupils queued.")).toBe('Laura Dempsey');
  });
});

describe('bodies of a kind at large', () => {
  it('are vague, as trades at large are ("Councils say", "smaller firms say", "Providers say"), not "The councils say"', () => {
    expect(of('The move is legal, but councils say it makes 40 checks impossible.')).toMatchObject({ vague: true });
    expect(of('Smaller firms say 40 jobs went.')).toMatchObject({ vague: true });
    expect(of('Providers say 40 visits were missed.')).toMatchObject({ vague: true });
    expect(of('The councils say 40 jobs went.')).toMatchObject({ vague: false });
  });
});

describe('an age bracket with an end in words', () => {
  it('is no claim ("players aged four to 18", "ranging in age from eleven to 75"), as "aged 4 to 18" is not', () => {
    expect(figures('The league runs games for players aged four to 18.')).toEqual([]);
    expect(figures('The injured, ranging in age from eleven to 75, were treated.')).toEqual([]);
    expect(figures('The league runs 40 games for players aged 4 to 18.')).toEqual(['40']);
  });
});

describe('a participle and its "by" with when between them', () => {
  it('still names the agent ("The $3.1 million package, announced on Sunday by Minister Rachel Denholm, will fund 40 posts")', () => {
    expect(source('The $3.1 million package, announced on Sunday by Minister Rachel Denholm, will fund 40 posts.')).toBe('Rachel Denholm');
    expect(source('The $3.1 million package, announced by Minister Rachel Denholm, will fund 40 posts.')).toBe('Rachel Denholm');
    expect(source('The statue, unveiled on Sunday by the queen, stands 40 feet tall.')).toBeUndefined();
  });
});

describe('someone who speaks only inside what the sentence\'s speaker said', () => {
  it('is not whom a later "he said" stands for ("Ward said he had been told by a manager, Steven Kraus, that …")', () => {
    expect(quotes('Darnell Ward said his church had organized rides.\n\nWard said he had been told by a regional manager, Steven Kraus, that the decision was final.\n\n"Nobody asked the people on this side of town," he said.')).toEqual(['Darnell Ward']);
    expect(quotes('President Andrzej Duda said it was a tragedy, while Interior Minister Joachim Brudziński wrote he had ordered checks. He tweeted, "I want to express my sympathy."')).toEqual(['Joachim Brudziński']);
  });
});

describe('an Irish or British county after a town in a person\'s aside', () => {
  it('is where the person is, not the speaker ("Declan Moran, who runs a pharmacy in Tuam, Co Galway, told")', () => {
    expect(source('Declan Moran, who runs a pharmacy in Tuam, Co Galway, told the Courier that 300 medicines were short.')).toBe('Declan Moran');
    expect(source('Declan Moran, who runs a pharmacy in Bishop Auckland, County Durham, said 300 medicines were short.')).toBe('Declan Moran');
  });
});

describe('a role with no comma before a name and its party in brackets', () => {
  it('leaves the name as the speaker past a later aside ("Local councillor Seán Dolan (Fianna Fáil), who …, said")', () => {
    expect(source('Local councillor Seán Dolan (Fianna Fáil), who has raised the issue, said 40 buses ran.')).toBe('Seán Dolan');
    expect(source('Local councillor Seán Dolan (Labour), who has raised the issue, said 40 buses ran.')).toBe('Seán Dolan');
  });
});

describe('one of bodies named before, or a rival, with a body\'s name in apposition', () => {
  it('is the body ("One, Southern Cross Bank, said", "Its rival, Southern Cross Bank, said"), not a vague "One"', () => {
    expect(source('Several lenders have stopped lending. One, Southern Cross Bank, said it assessed 40 applications.')).toBe('Southern Cross Bank');
    expect(source('Harbour Mutual has stopped lending. Its rival, Southern Cross Bank, said it assessed 40 applications.')).toBe('Southern Cross Bank');
  });
});

describe('a cue\'s base form before the noun of a person\'s post', () => {
  it('names the post, no verb ("said Mark Delaney, project manager for the developer" then a second quote is Delaney\'s)', () => {
    expect(quotes('"We followed every rule," said Mark Delaney, project manager for the developer, Bluestem Energy Partners. "You do not change the rules in the fourth quarter."')).toEqual(['Mark Delaney', 'Mark Delaney']);
  });
});

describe('a "that" clause after one noun and its article', () => {
  it('describes the subject, which speaks ("A company that makes buses said", "A Newcastle brewery that wants to trade late has told")', () => {
    expect(source('A company that makes buses said 40 people came.')).toBe('A company');
    expect(firstQuoteSource('A Newcastle brewery that wants to trade until 2am has told the authority that the economy is "dying on its feet".')).toBe('A Newcastle brewery');
    // (Not a clause with a subject of its own: "a trend that the foundation predicts".)
    expect(source('Between 130 and 160 courses close every year, a trend that the foundation predicts will continue.')).toBe('the foundation');
  });
});

describe('a survey ordered by a body named by its noun after words of what it does, a fund\'s, or a college\'s own', () => {
  it('is a document, no vague source ("commissioned by the parks department last year found", "A college survey … found")', () => {
    expect(of('A survey of 2,000 residents commissioned by the parks department last year found that 38% had a dog.')?.vague).toBe(false);
    expect(of('A survey of 2,000 cinema-goers commissioned by the fund found 71 per cent travelled less.')?.vague).toBe(false);
    expect(of('A college survey of 2,000 paramedics across Wales, carried out in April, found that 44% would leave.')?.vague).toBe(false);
    // (The maker's name after what it is stays the maker.)
    expect(source('A survey commissioned by the polling firm Ardmore Research found 44% agreed.')).toBe('the polling firm Ardmore Research');
  });
});

describe('a count from four after "the" that the draft gave before', () => {
  it('is a restatement, whatever it counted then ("nine new agreements" … "The nine manufacturers include")', () => {
    expect(figures('The president announced nine new agreements on Friday, officials said.\n\nThe nine manufacturers include Amgen.')).toEqual(['nine']);
    expect(figures('The cost is shared, officials said.\n\nThe nine manufacturers include Amgen, the firm said.')).toEqual(['nine']);
  });
});

describe('a role\'s plural in "-es" at large', () => {
  it('is vague as "Engineers say" is ("Rival coaches say", "Coaches say"), not a name', () => {
    expect(of('Rival coaches say her backhand won her 40 points.')).toEqual({ source: 'Rival coaches', vague: true });
    expect(of('Coaches say 40 players left.')).toEqual({ source: 'Coaches', vague: true });
    expect(of('The coaches said 40 players left.')?.vague).toBe(false);
  });
});

describe('groups of people at large, named by whose they are', () => {
  it('are vague ("Supporters\' groups say", "Women\'s groups say"); a body\'s groups are not', () => {
    expect(of("Supporters' groups say he has approved spending of 40 million.")).toEqual({ source: "Supporters' groups", vague: true });
    expect(of("Residents\u2019 groups say the rises have outpaced wages by 4%.")?.vague).toBe(true);
    expect(of("Women's groups say 40 shelters have closed.")?.vague).toBe(true);
    expect(of("Acme's groups say 40 shelters have closed.")?.vague).toBe(false);
  });
});

describe('a subject said, understood or believed "to have" said something', () => {
  const vague = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => text.slice(f.range.start, f.range.end));
  it('speaks, and the passive of hearsay stays a vague attribution ("She is said to have told colleagues that …")', () => {
    const text = 'Helen Marsh declined to comment. She is said to have told colleagues on Monday that a notice would be "the last thing I wanted, but it may be the only honest thing left".';
    expect(quotes(text)).toEqual(['Helen Marsh']);
    expect(vague(text)).toEqual(['is said']);
    expect(of('The minister is understood to have warned colleagues that 40 jobs would go.')).toEqual({ source: 'The minister', vague: false });
    expect(vague('The minister is understood to have warned colleagues that 40 jobs would go.')).toEqual(['is understood']);
    // (A source that says what someone else is believed to have done covers the passive.)
    expect(vague('Police said the man is believed to have stolen 40 cars.')).toEqual([]);
  });
});

describe('people no role names, placed by "there" or at a body', () => {
  it('are as vague as they are alone ("Residents there say", "Volunteers at the Fermoy shop said"), not a role at a body', () => {
    expect(of('Residents there say 40 trees were marked.')).toEqual({ source: 'Residents there', vague: true });
    expect(of('Officials there say 12 left.')).toEqual({ source: 'Officials there', vague: true });
    expect(of('Volunteers at the Fermoy shop said 30 people came.')?.vague).toBe(true);
    expect(of('Parents at Drouin South Primary School, one of the affected schools, said 14 children fell ill.')?.vague).toBe(true);
    expect(of('Researchers at MIT say 12 left.')?.vague).toBe(false);
    expect(of('He said there were 13 left.')?.source).toBe('he');
  });

  it('are as vague placed by a place\'s name as alone ("Residents of Harrow Ridge say", "Diplomats in Velgrad say")', () => {
    expect(of('Residents of Harrow Ridge say night-time shelling has doubled to 40 rounds.')).toEqual({ source: 'Residents of Harrow Ridge', vague: true });
    expect(of('Residents in the Pell Canyon area said 40 homes were lost.')).toEqual({ source: 'Residents in the Pell Canyon area', vague: true });
    expect(of('Residents of the Shore Road flats, about 200 metres from the warehouse, said 30 windows broke.')?.vague).toBe(true);
    expect(of('Diplomats in Velgrad say a meeting of the 12 envoys is likely.')).toEqual({ source: 'Diplomats in Velgrad', vague: true });
    // (Not the officers of a case there, nor the tenants of a building, who speak as its.)
    expect(of('Detectives in Wrexford say 46 people lost money.')?.vague).toBe(false);
    expect(of('Tenants of Riverside Towers said rents rose 40 percent.')?.vague).toBe(false);
  });
});

describe('a staff report after "according to"', () => {
  it('is the document, no staff that reports ("according to a city staff report", "a staff report to regional council")', () => {
    expect(of('Only 18 of 37 sites met the standard, according to a city staff report.')).toEqual({ source: 'a city staff report', vague: false });
    expect(of('Some 4,800 patients waited, according to a staff report to regional council.')?.vague).toBe(false);
    expect(lint('Only 18 of 37 sites met the standard, according to a city staff report.').findings.map((f) => f.ruleId)).toEqual([]);
  });
});

describe('people at large placed on, off, near or across a named place', () => {
  it('are vague as a group ("Farmers on the western Darling Downs say", "Islanders off the Mayo coast say"), not the place', () => {
    expect(of('Farmers on the western Darling Downs say a $750 million upgrade failed.')).toEqual({ source: 'Farmers on the western Darling Downs', vague: true });
    expect(of('Islanders off the Mayo coast say they waited 15 years.')).toEqual({ source: 'Islanders off the Mayo coast', vague: true });
    expect(of('Farmers across Queensland say 13 towers failed.')).toEqual({ source: 'Farmers across Queensland', vague: true });
    // (Not a name that opens the sentence: "Hargreaves in Leeds said".)
    expect(of('Hargreaves on the western Darling Downs said 46 people lost money.')?.vague).toBe(false);
  });
});

describe('objectors and petitioners at large', () => {
  it('are vague as campaigners are ("Objectors argue"), not with "the" ("The objectors said")', () => {
    expect(of('Objectors argue 16 homes would suffer.')).toEqual({ source: 'Objectors', vague: true });
    expect(of('The objectors said 17 homes would suffer.')?.vague).toBe(false);
  });
});

describe('a role\'s plural at large in the present of a cue', () => {
  it('is vague ("Engineers say", "funeral directors say", "Pharmacists also report"), not in the past, with "the", or the officers of a case', () => {
    expect(of('Engineers say 40 pilings are rotting.')).toEqual({ source: 'Engineers', vague: true });
    expect(of('The cost is €5,000, funeral directors say.')?.vague).toBe(true);
    expect(of('Pharmacists also report 12 patients a day asking.')?.vague).toBe(true);
    expect(of('Engineers told the inquiry 40 pilings were rotting.')?.vague).toBe(false);
    expect(of('The engineers say 40 pilings are rotting.')?.vague).toBe(false);
    expect(of('Prosecutors say 40 people were defrauded.')?.vague).toBe(false);
  });
});

describe('a survey whose maker or orderer is named after its sample', () => {
  it('is no vague source past an aside of who ordered it or whom it was made for, nor with its maker by a body\'s noun', () => {
    expect(of('A survey of 2,000 concertgoers, commissioned by the Red River Merchants Association, found that 58% left early.')?.vague).toBe(false);
    expect(of('A poll of 900 tenants, carried out for the housing trust, found that 58% had damp.')?.vague).toBe(false);
    expect(of("A survey of 1,150 visitors carried out for the council's tourism team last summer found that 62% rated them poor.")?.vague).toBe(false);
    expect(of('A survey of 1,500 overseas visitors carried out for the tourism body Fáilte Ireland found that 71% came back.')?.vague).toBe(false);
    expect(of("A survey of 600 EV owners by the state's motoring club, published in June, found that 71% charge at home.")).toEqual({ source: "the state's motoring club", vague: false });
    // (Not with no maker, nor one a participle says only released it.)
    expect(of('A survey of 2,000 residents, conducted in June, found that 58% left.')?.vague).toBe(true);
    expect(of('A survey of 900 tenants, released last week, found that 58% had damp.')?.vague).toBe(true);
  });
  it('gives its sample, which stands in its own phrase ("A survey of 2,000 residents, commissioned by the council, found")', () => {
    const sources = lint('A survey of 2,000 residents, commissioned by the council, found that 58% left.').claims.map((c) => c.attribution?.source);
    expect(sources).toEqual(['A survey of 2,000 residents', 'A survey of 2,000 residents']);
  });
});

describe('a body\'s staff at large', () => {
  it('are vague when they speak in the present ("Staff say", "Museum staff say"), not in the past, with "the", or estimating', () => {
    expect(of('Staff say the first weekend drew about 900 people.')).toEqual({ source: 'Staff', vague: true });
    expect(of('Museum staff say 40 people came.')).toEqual({ source: 'Museum staff', vague: true });
    expect(of('City staff said 40 people came.')?.vague).toBe(false);
    expect(of('The staff say 40 people came.')?.vague).toBe(false);
    expect(of('Council staff estimate 40 people came.')?.vague).toBe(false);
  });
});

describe('reports of a body or of a kind that is filed', () => {
  it('are papers to look up ("according to government reports", "the inspection reports", "the same reports"), not "media reports"', () => {
    expect(of('According to government reports, 40 died.')).toEqual({ source: 'government reports', vague: false });
    expect(of('According to the inspection reports, 40 rats were found.')?.vague).toBe(false);
    expect(of('According to the same reports, 40 rats were found.')?.vague).toBe(false);
    expect(of('According to media reports, 40 died.')?.vague).toBe(true);
    expect(of('According to reports, 40 died.')?.vague).toBe(true);
  });
});

describe('a body\'s own survey with its sample', () => {
  it('is the body\'s ("A council survey of 1,100 residents found", "A museum survey of 1,200 visitors"), and gives its sample', () => {
    const claims = lint('A council survey of 1,100 residents found that 64 per cent wanted more trees.').claims;
    expect(claims.map((c) => [c.text, c.attribution?.source, c.attribution?.kind])).toEqual([
      ['1,100', 'A council survey of 1,100 residents', 'document'],
      ['64 per cent', 'A council survey of 1,100 residents', 'document'],
    ]);
    expect(of('A museum survey of 1,200 Thursday visitors found 61 per cent lived nearby.')?.vague).toBe(false);
    // (Not a body the sample is of.)
    expect(of('A survey of council tenants found that 64 per cent wanted more trees.')?.vague).toBe(true);
  });
});

describe('a place a preposition opens the sentence with', () => {
  it('is no name before a role in apposition ("In Stoneridge, editor Wendy Falk, who …, described")', () => {
    expect(firstQuoteSource('In Stoneridge, editor Wendy Falk, who has worked there for 26 years, described the news as "gut-wrenching but not surprising."')).toBe('Wendy Falk');
  });
});

describe('an office that "lord" opens', () => {
  it('says nothing of the holder\'s sex ("Parramatta\'s lord mayor, Nadia Haddad, said" … "she said" is Haddad)', () => {
    expect(quotes('Parramatta\'s lord mayor, Nadia Haddad, said the team was bigger.\n\n"We have some of the best food in Sydney," she said.')).toEqual(['Nadia Haddad']);
  });
});

describe('a figure a body or a document recommends', () => {
  it('is theirs ("The report recommends spending $4.2 million", "The committee recommends buying 12 more plows")', () => {
    expect(source('The report recommends spending $4.2 million a year on planting.')).toBe('The report');
    expect(source('The committee recommends buying 12 more sidewalk plows.')).toBe('The committee');
    // (Not the adjective, a passive whose agent follows, nor one still to come.)
    expect(source('The recommended dose is 5 mg.')).toBeUndefined();
    expect(source('Staff will recommend a pilot of 25 sound monitors.')).toBeUndefined();
  });
  it('after "by" is the agent\'s, not the noun\'s before it ("a decrease from the 18 diseases recommended by the CDC")', () => {
    expect(source('Children get shots for 11 diseases, down from the 18 diseases recommended by the Centers for Disease Control.')).not.toBe('the 18 diseases');
  });
});

describe('a source placed in a place named with "the"', () => {
  it('is the whole phrase ("One senior official at a county council in the Midlands"), not the place', () => {
    expect(of('One senior official at a county council in the Midlands said his authority had cut 40 jobs.')).toEqual({ source: 'One senior official at a county council in the Midlands', vague: true });
    expect(of('Hospitals in the Midlands said 40 beds closed.')?.source).toBe('Hospitals in the Midlands');
  });
});

describe('one capitalised plural of a trade before its verb in the plural', () => {
  it('is people of the trade at large ("Preservationists say", "Publishers say"), not a surname ("Sanders said", "Rogers says")', () => {
    expect(of('Preservationists say dozens of buildings are at risk.')).toEqual({ source: 'Preservationists', vague: true });
    expect(of('Publishers say 40 titles wait.')?.vague).toBe(true);
    expect(of('Sanders said 40 titles wait.')?.vague).toBe(false);
    expect(of('Rogers says 40 titles wait.')?.vague).toBe(false);
  });
});

describe('one capitalised plural of a people or of people at an event before its verb in the plural', () => {
  it('is people at large ("Americans say", "Most Britons say", "Participants say"); a party\'s members are named ("Democrats say")', () => {
    expect(of('Americans say prices fell 8% this year.')).toEqual({ source: 'Americans', vague: true });
    expect(of('Most Britons say 40 titles wait.')?.vague).toBe(true);
    expect(of('Participants say 40 stalls closed.')?.vague).toBe(true);
    expect(of('Democrats say 40 bills wait.')?.source).toBe('Democrats');
  });
});

describe('a document before an aside with its maker\'s long name', () => {
  it('finds what its verb after the aside reports ("The study, published Monday by the Alachua County Housing Research Center, found")', () => {
    expect(source('The study, published Monday by the Alachua County Housing Research Center, found vacancy in student-oriented complexes reached 11.4% this fall, up from 3.2% in 2022.')).toBe('The study');
  });
});

describe('plural documents from a body named by a name and its noun', () => {
  it('are the source ("Figures from the Rent-a-Room scheme show")', () => {
    expect(source('Figures from the Rent-a-Room scheme show the number of homeowners claiming the tax relief fell by roughly a third between 2019 and 2024.')).toBe('Figures');
  });
});

describe('a day after the agent of a participle', () => {
  it('says when, not who ("A study released by the agency Tuesday found" is the agency\'s, not "Tuesday")', () => {
    expect(source('A study released by the agency Tuesday found that 71% left.')).toBe('the agency');
  });
});

describe('a head of a school', () => {
  it('is one person of a trade ("A principal in Co Donegal said"), not the place; "principals say" is vague', () => {
    expect(of('A principal in Co Donegal said 12 schools had dropped lessons.')).toEqual({ source: 'A principal in Co Donegal', vague: true });
    expect(of('The state funds lessons, but principals say 40 schools have dropped them.')).toEqual({ source: 'principals', vague: true });
  });
});

describe('the clause after one unnamed person', () => {
  it('says their sex ("who asked not to be named because her board had not met"): "she" in the paragraph is them', () => {
    const text = 'Mary Byrne, the manager, said 12 were lost.\n\nThe council said 40 pools were open.\n\nA principal in Donegal, who asked not to be named because her board had not met, said her school dropped 12 lessons. "We had a choice," she said.\n';
    expect(quotes(text)).toEqual(['principal in Donegal']);
  });
});
