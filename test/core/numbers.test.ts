import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../server/src/core/text/numbers';
import { tokenize } from '../../server/src/core/text/tokens';

const claims = (text: string): string[] => findNumbers(tokenize(text)).map((e) => text.slice(e.start, e.end));

describe('numeric claims', () => {
  it.each([
    ['Between 4,000 to 6,000 people traveled.', ['Between 4,000 to 6,000']],
    ['It costs $1.2 billion.', ['$1.2 billion']],
    ['A cell of 20 or 30 individuals.', ['20 or 30']],
    ['roughly 10% are believed to have returned', ['roughly 10%']],
    ['four thousand troops', ['four thousand']],
    ['a dozen arrests', ['a dozen']],
    ['Hundreds of Europeans returned.', ['Hundreds']],
    ['tens of thousands marched', ['tens of thousands']],
    ['Half of the staff left and a third of them', ['Half', 'a third']],
    ['Two-thirds voted yes.', ['Two-thirds']],
    ['Imports fell by nearly a third from 2016 to 2020.', ['nearly a third']],
    ['Sales doubled.', ['doubled']],
    // Guards: military time and a count; a count of places before a colon; an ordinal "a third" that counts on.
    ['At 0600 300 troops crossed the border.', ['0600', '300']],
    ['Volunteers turned out, in thousands of places: parks and schools.', ['thousands']],
    ['Two witnesses said the car was red. A third said it was blue.', []],
    // One of those present doing something is no count; one who died, was found or voted is.
    ['Members of the public confronted him; one man sprayed Khan with a fire extinguisher.', []],
    ['One woman at the Grandview stop held a sign.', []],
    // An hour beside a part of the day is a time; a value a thing closed at is not.
    ['Ray Delgado still eats at the counter most mornings at 5.', []],
    ['The shop opens at 6 every morning and he wakes up at 4 each day.', []],
    ['The index closed at 9 on Monday morning.', ['9']],
    // What befell one of them is a count, whatever its verb: a case, an injury, a passive.
    ['One student tested positive for the virus on Tuesday.', ['One']],
    ['One man in the car was treated for minor injuries.', ['One']],
    // Not a set counted: a stretch of time, a moment, a rate.
    ['Revenue fell in each of the last three quarters.', []],
    ['The second blast came a split second after the first.', []],
    ['Microsoft grew at 14 while Google grew at 9.', ['14', '9']],
    ['One man died.', ['One']],
    ['One child was found.', ['One']],
    ['One member voted against the resolution.', ['One']],
    ['It fell by just under half.', ['just under half']],
    // A change by more than half; a share of those asked before what they said.
    ['Imports fell by more than half.', ['more than half']],
    ['Only a quarter said tourism had helped.', ['Only a quarter']],
    // A qualified third and a bare half before what those asked said are shares; "A third said" alone is one more.
    ['Nearly a third say they do not know. Less than a third agreed.', ['Nearly a third', 'Less than a third']],
    ['Half said they would vote, and almost half said they would not.', ['Half', 'almost half']],
    // A multiple after a linking verb; a set counted after "of the last/past" (not a stretch of time, not a sequence).
    ['His lead is triple the lead Obama had.', ['triple']],
    ['She has won 13 of the past 19 contests and led each of the last 10 polls.', ['13', '19', '10']],
    ['Prices rose in each of the last five years. The last two polls were close.', []],
    // A finishing place behind an article and words that describe it (not "a second term").
    ['Rubio finished a strong third, with 23.1 percent. Sanders came a distant second to Clinton.', ['third', '23.1 percent', 'second']],
    ['He finished a second term in 2016.', []],
    // A ratio with "out of" is one expression, as one with "in" is.
    ['About four out of 10 voters agreed; 9 out of 10 did not, and seven out of ten were unsure.', ['About four out of 10', '9 out of 10', 'seven out of ten']],
    // A standing in a race: "polling", "running" and "came in" before the article (not "ran a second marathon").
    ['Kasich is polling a distant third. Rubio is running a strong second. Clinton came in a close second.', ['third', 'second', 'close second']],
    // A place without the article: after a verb of standing, or linked to its share ("was third with 12 percent"),
    // and a place as one word before what it finished (not "second in command", "the second-place team").
    ['Rubio was running third in most Iowa polls. Kasich was in second with 16 percent. Cruz was third with 12 percent.', ['third', 'second', '16 percent', 'third', '12 percent']],
    ['He nodded only obliquely to his second-place finish in Iowa.', ['second-place']],
    ['He was second in command. The second-place team won the cup.', []],
    // An identifier's noun that is a verb here, counting what comes after: "to build 5,000 … units".
    ['She pledged to build 5,000 affordable housing units. They will release 300 prisoners.', ['5,000', '300']],
    // (Not a year, a form or a model after the verb, nor a figure joined to a measure without its hyphen.)
    ['They will issue 1099 forms to vendors. Engineers will build 5 story parking garages.', []],
    // A relay's legs are no places.
    ['In the 4x400 relay, Moss ran second and Carter ran third, behind Oakwood.', []],
    // A share of an amount the clause after it names.
    ['Turnout was roughly half what the campaign had counted on.', ['roughly half']],
    // "at 40" after a passive participle that describes a noun is no age in a life story.
    ['Figures released by the ministry put the toll at 40. Data provided to reporters put it at 45.', ['40', '45']],
    ['She ran a second marathon in May, came in a second time and is running a second test.', []],
    // (Only words that describe a place: not "came in a quick second", "ran a lengthy third on Sunday".)
    ['The answer came in a quick second. The Times ran a lengthy third on Sunday.', []],
    // A capitalised number word after a colon opens its clause; a title's does not.
    ['The result: Nine out of 10 patients improved. Coming up: Three Men and a Baby.', ['Nine out of 10']],
    // One unit counted by "a" after a verb of duration, in a sentence with no digit (not "an hour and a half after").
    ['The storm lasted more than a week. The talks lasted about an hour.', ['more than a week', 'about an hour']],
    ['The court ruled about an hour and a half after the hearing.', []],
    // How long, after a verb or preposition of duration, whatever follows; when, after "within", "in", "after" or
    // before "away", "out", "to the day", a direction; "around" a preposition.
    ['She spent nearly a decade on the city council. For more than a year after the crash, families waited.', ['nearly a decade', 'more than a year']],
    ['The election is still almost a year away, the vote less than a week out. The strike ended almost a year to the day after it began.', []],
    ['Police made an arrest within about an hour. The law takes effect in a little over a year. The plant is about an hour west of Durham. The festival revolves around a week of concerts.', []],
    // A label, a title or a chant after a colon is no clause of its own.
    ['Serves: Four.', []],
    ['Read more: Five things to know about the budget.', []],
    ['AUDIENCE: Thirteen.', []],
    ['The key finding: Two-thirds of voters want change.', ['Two-thirds']],
    // A span of time "of" something opening a sentence or after "following", or "following" and a participle: how long.
    ['Three years of supervision after release were ordered.', ['Three']],
    ['In 1998, following ten years working for NationsBank, she ran for office. Following two weeks of talks, it was signed.', ['ten', 'two']],
    ['Two years of age is the minimum. Three days later, the plant closed.', []],
    ['Think about that: Millions of children lost coverage.', ['Millions']],
    // Places described by any words but those of a moment or a new item.
    ['Sanders came in a surprise second. Warren is polling a rather distant third.', ['second', 'third']],
    // A telephone number in groups with a leading zero, and an emergency number's service, are no figures.
    ['Call the helpline on 0800 214 6620, open from 8 a.m.; 40 people called.', ['40']],
    ['The freeze spares police, fire and 911 dispatch.', []],
    // The unit of a table's figures set off after a comma is no figure; a count of places is.
    ['The table shows the change by sector, in thousands of jobs:', []],
    ['Put all together, in thousands of cities and towns, we see it.', ['thousands']],
    // A year after its preposition ends the figure before it; the amount after "to" is a claim of its own.
    ['Revenue grew from $362 million in 2014 to $557 million in 2015.', ['from $362 million', '$557 million']],
    ['The plant ran from 2014 to 2016 and employed 300 people.', ['300']],
    // Multiples that compare, and counts of times after a place's name.
    ['The bill was $267 million, more than double the 2024 bill.', ['$267 million', 'more than double']],
    ['Turnout reached 6,000, roughly double the usual.', ['6,000', 'roughly double']],
    ['She toured Europe 11 times.', ['11']],
    ['The shop sells roughly 40 dozen rolls a day.', ['roughly 40 dozen']],
    ['It measured 0.17%, more than twice the legal limit.', ['0.17%', 'more than twice']],
    ['The bakery sells 300 cannoli and twice that before Easter.', ['300', 'twice']],
    // Counts of times after any verb or its object, and frequencies ("twice a week"); not "once or twice".
    ['His shop had been hit twice since March, and she raised concerns twice.', ['twice', 'twice']],
    ['A dispute that twice brought them close to war.', ['twice']],
    ['They meet twice a week, and I went once or twice.', ['twice']],
    // A list of ages after "aged" is ages, every one of them.
    ['The men, aged 24, 31, 33 and 47, were held; 12 were released.', ['12']],
    ['Among Britons aged 65, 30 percent live alone.', ['30 percent']],
    // "think twice", "once, maybe twice", a comparative after it: no count; a count before "this year" is one.
    ['She thought twice before signing. It happened once, maybe twice. Women were twice more likely to be hurt.', []],
    ['The bank raised rates twice this year.', ['twice']],
    ['The number of cases will nearly triple by 2050.', ['nearly triple']],
    ['Her pension was cut in half.', ['half']],
    ['Bookings fell by a third last summer.', ['a third']],
    ['Harbor City moved into second place.', ['second']],
    ['The strike could last at least a week, and the river rose a foot.', ['at least a week', 'a foot']],
    ['About a fifth of fans left, and at least an estimated 40 stayed.', ['About a fifth', 'at least an estimated 40']],
    ['Nearly two-third of them voted, and she finished twenty-first.', ['Nearly two-third', 'twenty-first']],
    ['He was charged with one count of conspiracy.', ['one']],
    ['The trial is expected to last two weeks.', ['two']],
    // "by" and a number of time units: an amount of change in time, whatever the verb.
    ['It brings the target forward by ten years.', ['ten']],
    ['It shifts the peaking date by approximately seven years.', ['approximately seven']],
    ['more than 1,000 rescuers', ['more than 1,000']],
    ['at least 20 were killed', ['at least 20']],
    // "at" qualifies only as "at least" or "at most"; otherwise it is the preposition before the figure.
    ['Unemployment stood at 4% and the crowd was put at about 2,000.', ['4%', 'about 2,000']],
    ['The state ranked 27th.', ['27th']],
    ['It rose 12 percent.', ['12 percent']],
    ['a ten-storey building', ['ten-storey']],
    ['it killed one person', ['one']],
    ['one in five adults', ['one in five']],
    ['the 1500 people who came', ['1500']],
    ['sentenced to 40 years in prison', ['40']],
    ['trapped for over 30 hours', ['over 30']],
    ['between 400 and 600 fighters', ['between 400 and 600']],
    ['The 12" ruler', ['12']],
    ['US$5 million', ['US$5 million']],
    // The letters of other dollars' countries too, joined to the sign (not an "A" set apart: "a $5 fee").
    ['It cost A$1.2 billion, NZ$9 million and C$85 million.', ['A$1.2 billion', 'NZ$9 million', 'C$85 million']],
    ['A $5 fee', ['$5']],
    // A noun that names identifiers ("bill", "figure", "district") before a qualifier, not before the figure.
    ['The office scored the bill at $46 million.', ['$46 million']],
    ['The pouches cost the district about $187,000.', ['about $187,000']],
    // Counts in apposition stay claims: a plural or a place is no person.
    ['The suspects, 12, were charged.', ['12']],
    ['The toll was 3.', ['3']],
    ['Two men were killed, police said.', ['Two']],
    ['The shares closed Thursday at $38.17 before the report.', ['$38.17']],
    ['There were 4, 5 and 6 deaths in three years.', ['4', '5', '6']],
    ['The number of students per teacher was 14.', ['14']],
    ['Rents in the district run $800-1200 a month.', ['$800-1200']],
    ['The mayor met two residents, who said the road was closed.', ['two']],
    // An age in a life story after a name and its deed; not a value a figure is put at, nor a count "by".
    ['Born in Mexico, Benavides crossed into Texas at 16 and picked cotton.', []],
    // A deed of a life story in a past tense without "-ed", also in the name's relative clause; not a standing.
    ['Ray Cardoza, who went to work gutting sardines at 14 and became an organizer, died Tuesday.', []],
    ['The survey found Trump the winner with 35 percent, followed by Cruz at 25 percent and Rubio at 14.', ['35 percent', '25 percent', '14']],
    ['Haskell started fishing at 14 with 30 wooden traps.', ['30']],
    ['Acme shares closed at 14 on Monday.', ['14']],
    ['Ironworkers Local 58 increased the electricians in its ranks by 50.', ['50']],
    // A count out of a total is one expression; "N weeks away" locates an event.
    ['Only eight of 44 proposals have succeeded since 1901.', ['Only eight of 44']],
    ['With the election two weeks away, the Liberals lead by 6 points.', ['6']],
    // A race time is one figure (after the words of a race, or in a list of them); a time of day is none.
    ['Kosgei won in 2:14:04, ahead of Keitany with times of 2:17:01 and 2:18:05.', ['2:14:04', '2:17:01', '2:18:05']],
    ['Dejene Debela, 2:05:46, and Asefa Mengstu, 2:05:48, followed.', ['2:05:46', '2:05:48']],
    ['The footage, timestamped 21:14:06, shows the car; the alarm sounded between 02:10:00 and 02:15:00.', []],
    // A value put at a figure, or a figure in another clause than the deed, is no age.
    ['When Russia invaded Ukraine, the death toll stood at 40 and climbed.', ['40']],
    ['Acme began trading at 17 with heavy volume.', ['17']],
    // "away" locates an event only in days, weeks, months or years.
    ['She finished 0.3 seconds away from the world record.', ['0.3']],
    ['He ran the mile in 3:43.13.', ['3:43.13']],
    ['The quake struck at 14:05:33 local time, and the alarm at 10:30:00 UTC.', []],
    // A duration in several units, largest first, is one figure; two durations stay two.
    ['He finished 1 minute 12 seconds ahead, and she ran 3 hours, 4 minutes and 5 seconds.', ['1 minute 12 seconds', '3 hours, 4 minutes and 5 seconds']],
    ['It took 3 minutes to fix and 40 seconds to test.', ['3', '40']],
    // So is a length or a weight in several units; units of two kinds are two figures.
    ['The water reached 4 feet 7 inches, and he weighed 8 pounds 6 ounces.', ['4 feet 7 inches', '8 pounds 6 ounces']],
    ['Half of the money was held back, and they kept back half of the rest.', ['Half', 'half']],
    // A ranking after a verb of rank is a claim; "No. 10 Downing Street" and "Order No. 14067" are identifiers.
    ['The team is ranked No. 14, and the song climbed to No. 2; he lives at No. 10 Downing Street under Order No. 14067.', ['14', '2']],
    // So is a player's place in the world's rankings ("world No. 6 Klara Brenner").
    ['Her quarterfinal against world No. 6 Klara Brenner went to a third set.', ['6']],
    // "one" after a reporting verb counts when no quote stands before it.
    ['Health officials noted one death, and the state added one case.', ['one', 'one']],
    ['Kipchoge ran 2 hours, 1 minute, and 9 seconds. Within 24 hours, 45 minutes of footage was posted.', ['2 hours, 1 minute, and 9 seconds', '24']],
  ])('claims in %j', (input, expected) => {
    expect(claims(input)).toEqual(expected);
  });

  it.each([
    'On January 5, 2019, it happened.',
    'in 2019 and in the 1990s',
    'from 2008 to 2016',
    'the 2019-20 season',
    'at 5:30 p.m. and at 10 am',
    'two weeks later',
    'three years ago',
    'With nine days until Election Day, the race tightened.',
    'with two weeks left in the session',
    'in the past 24 hours',
    'estimates for the upcoming three weeks and the coming two months',
    'Smith, 42, said so.',
    'a 92-year-old woman',
    'he died aged 82',
    'for the second time',
    'Route 66 and Flight 302 and the Boeing 737',
    'The fix shipped in build 5120. Refer to table 2. The plan moved to stage 3 of the review.',
    'COVID-19 and G7 and MH17',
    'Article 50 of the treaty',
    'one of them said no one came one day',
    'the first two debates',
    'the 9/11 attacks',
    'version 3.2.1',
    'the Group of Seven',
    'Air Force One',
    'the two blasts',
    'several weeks and a few days',
    'the 737 Max',
    'He turned 80.',
    // Ages of people named by a noun, in apposition or after "was".
    'Another brother, 22, was still chained to a bed.',
    'A woman, 56, and her son, 12, were hurt.',
    'Her husband, now 81, still farms.',
    'Harold and June Okonkwo, both 68, died at the scene.',
    'Born in Tacoma, Oyelaran-Stone learned to swim in Puget Sound at 5.',
    'He learned to fly at 41 so that he could stop being cargo.',
    'The youngest victim was 3.',
    'Smith, who is 42, said so.',
    'He is survived by his wife, Mary, 80.',
    'At 17, she left home.',
    'She was just 17 when she left home.',
    'They plan to double the size of the fleet after a double murder.',
    'He was hit by a third car driven by a third party.',
    'He wants to double down.',
    'He left more than a year ago; a year later he was a foot taller.',
    'They back a national zero-emissions freight strategy and advancement in zero-\nemission trucks.',
    'The Senate passed S. 3998 and H.R. 6843 under 5 U.S.C. 5303(b).',
    'This order expands the national emergency declared in E.O. 13405 of June 16, 2006.',
    'The Department of Justice prepared guidance on 18 U.S.C. § 116 and on § 22 of the act.',
    // Time references after "in", the unit inside the expression or after "over".
    'It was the worst jobs crisis in nearly a century.',
    'Retail sales rose the most in over three years.',
    // A list marker Markdown did not take: a no-break space after "1.".
    '1.\u00a0**Partnerships**: The United States will support its partners.',
    'Sukhee Kang, GSA Regional Administrator, Regions 9 and 10',
    'Done this day, in the year of our Lord two thousand twenty-four, and of the Independence of the United States of America the two hundred and forty-ninth.',
    'In the first place, prices rose in the last two weeks.',
    'Hagan, who was the first woman to hold the seat, was 66.',
    'Ruth Platt, a retired teacher, was 81 when she died.',
    // The second of a pair of days, the rest of a list of identifiers, telephone numbers, the number to call.
    'The board will hold hearings on March 4 and 5.',
    'Hearings are set for Feb. 3 and 10.',
    'Buses on Routes 12, 22 and 40 will run less often.',
    'Class sizes in grades 4 and 5 would rise.',
    'Call the tip line at 555-0143 or 1-800-555-0199.',
    'Several 911 callers reported shots.',
    'The meeting is on Monday at 5.',
    // A few sources counted as they are cited, like "One resident told".
    'Two Kettering aides said privately that the plan was dead.',
    'Three people familiar with the talks said they had stalled.',
    // So with an aside about them before the verb.
    'Two people with knowledge of the search, who requested anonymity because the list is not public, said it had stalled.',
    'Two officials, speaking on condition of anonymity, said it had stalled.',
    // And after the cue.
    'The plan is dead, according to two officials.',
    // Terms made with "zero".
    'The cost of reaching net zero is high, and the city buys zero emission buses with zero tolerance for delay.',
    // The parties to a relation referred back to, and set phrases.
    'We will strengthen ties between our two countries; our three nations agree.',
    'A two-state solution is the path, and a four-year degree costs more.',
    'The hotline is open 24 hours a day, seven days a week.',
    // Age brackets of a poll's groups.
    'Support was highest among 18- to 24-year-olds.',
    'Among renters under 35, most were worried.',
    'Among those 65 and older, most approve.',
    'Preschool for all 3- and 4-year-olds.',
    'Consumers are gloomy, according to two surveys released Thursday.',
    'The plan is dead, the paper reported, citing three people familiar with the talks.',
    // Whose reckoning a figure is: "one" names it, it counts nothing.
    'The crowd was larger, by one count.',
    // "one" before a speaker after a quote, or after the verb with nothing after.
    '"Best Easter I have ever had," one woman said on her way out.',
    '"Best Easter I have ever had," said one woman.',
    // A half that is a stretch of time.
    'The plant will open no earlier than the second half of 2029, after the first half of the season.',
    // A scale after "per" belongs to a unit.
    'Tests can find the chemical at parts per trillion, and eggs went up in price per dozen.',
  ])('no claim in %j', (input) => {
    expect(claims(input)).toEqual([]);
  });
});

describe('a group before an amount of money', () => {
  it('is no age bracket', () => {
    expect(claims('The program will save borrowers over $500 on average.')).toEqual(['over $500']);
    // A count of zero is a count.
    expect(claims('The agency recorded zero deaths last year.')).toEqual(['zero']);
    expect(claims('Their three children survive him, and the storm lasted 24 hours.')).toEqual(['three', '24']);
  });
});

describe('half of a scale or a unit', () => {
  it('is one expression, a time reference where its unit makes one', () => {
    expect(claims('Half a million people came, and roughly half a dozen stayed.')).toEqual(['Half a million', 'roughly half a dozen']);
    expect(claims('It was the worst banking crisis in half a century.')).toEqual([]);
    expect(claims('Its first signal came about half an hour later.')).toEqual([]);
    expect(claims('The meeting lasted half an hour.')).toEqual(['half an hour']);
  });
});

describe('an age in a life story or after a speaker', () => {
  it('is not a claim', () => {
    expect(claims('Born in 1941 in the port town of Velde, the son of a dockworker, Keller trained as a lawyer and entered parliament at 33. He left.')).toEqual([]);
    expect(claims('"It closed," said Piet Jansen, 81.')).toEqual([]);
    // (A value reached is no age.)
    expect(claims('Acme trained 40 staff and closed at 33.')).toEqual(['40', '33']);
  });
});

describe('"doubled as a …"', () => {
  it('is a second use, not a change', () => {
    expect(claims('The race doubled as a qualifier for the championships.')).toEqual([]);
    expect(claims('Prices doubled as a result of the war, and sales doubled as demand grew.')).toEqual(['doubled', 'doubled']);
  });
});

describe("a firearm's calibre or gauge", () => {
  it('is no claim; a count of firearms is', () => {
    expect(claims('The weapon, a 9 mm handgun, was never recovered; he also had a 9mm pistol, a .45-caliber revolver and a 12-gauge shotgun.')).toEqual([]);
    expect(claims('Police seized 9 handguns and 300 rifles, and the rain totalled 9 mm.')).toEqual(['9', '300', '9']);
  });

  it('leaves an age in a life story followed by where', () => {
    expect(claims('Lionel Hurst, who cast her at 19 in the film, died. Shares closed at 19 in New York.')).toEqual(['19']);
  });
});

describe('"doubled as a …" and life stories, at the edges', () => {
  it('keeps changes and values', () => {
    expect(claims('Inflation doubled as a global energy crisis hit Europe, and exports doubled as a percentage of GDP.')).toEqual(['doubled', 'doubled']);
    expect(claims('The stadium doubled as a grim reminder of the city\'s fortunes.')).toEqual([]);
    expect(claims('Inflation jumped and stabilized at 9.')).toEqual(['9']);
  });
});

describe('how long something went on, before or after what followed', () => {
  it('is a duration stated as fact: "waited nearly five hours before", "after more than five hours of public comment"', () => {
    expect(claims('She waited nearly five hours before she was seen.')).toEqual(['nearly five']);
    expect(claims('After more than five hours of public comment, the council voted.')).toEqual(['more than five']);
    expect(claims('The deal was adopted after two weeks of negotiations.')).toEqual(['two']);
  });

  it('but not when the next thing happened: "two weeks after the vote", "After two weeks,"', () => {
    expect(claims('He quit two weeks after the vote. After two weeks, he came back. She left three days before the storm.')).toEqual([]);
  });
});

describe('a security named by its term', () => {
  it('is no figure: "the 10-year note", "a 30-year fixed mortgage"; a sentence\'s term still is', () => {
    expect(claims('The yield on the 10-year note rose to 4.71%, and the 30-year fixed mortgage rate averaged 6.5%.')).toEqual(['4.71%', '6.5%']);
    expect(claims('He got a 10-year sentence.')).toEqual(['10-year']);
  });

  it('and a term named by whose it was is a time reference: "after four years of Biden\'s open borders"', () => {
    expect(claims("After four years of Biden's open borders, the council voted.")).toEqual([]);
  });
});

describe('a dateline before the first sentence, and an age before what it led to', () => {
  it('counts a number word that opens the story after the dateline\'s dash: "LUNDEN — Hundreds of tractors"', () => {
    expect(claims('LUNDEN — Hundreds of tractors rolled into the capital.')).toEqual(['Hundreds']);
    expect(claims('BROOKHAVEN, Ohio — Three people died on Monday.')).toEqual(['Three']);
    expect(claims('The Group — Seven Nations met.')).toEqual([]);
  });

  it('leaves an age in a life story before "to" and a verb: "left school at 15 to work", not "at 15 to 20"', () => {
    expect(claims('Born in Rorvik, she left school at 15 to work in a hotel.')).toEqual([]);
    expect(claims('Shares rose at 15 to 20 cents.')).toEqual(['15 to 20']);
  });
});

describe('numbers at the edges of the round\'s rules', () => {
  it('a name after a dateline, a value or a time before "to", an age in months, a bill of ten years', () => {
    expect(claims('NEW YORK — Five Guys, the burger chain, plans to open 40 stores.')).toEqual(['40']);
    expect(claims('She priced the tickets at 20 to attract families.')).toEqual(['20']);
    expect(claims('Children should be vaccinated after 12 months of age.')).toEqual([]);
    expect(claims('The 10-year bill would cost $1.2 trillion.')).toEqual(['10-year', '$1.2 trillion']);
  });
});

describe('a comma after an amount', () => {
  it('ends it: "$40 million, two people", "a $2.2 billion, two-year plan"; a list of number words goes on', () => {
    expect(claims('The deal is worth $40 million, two people said.')).toEqual(['$40 million']);
    expect(claims('It is a $2.2 billion, two-year plan.')).toEqual(['$2.2 billion', 'two-year']);
    expect(claims('He counted two, three, four boats.')).toEqual(['two, three, four']);
  });
});

describe('sources counted in a clause of their own', () => {
  it('are no claim after a relative pronoun: "a fee that two people with knowledge of the deal said was"', () => {
    expect(claims('He signed for a fee that two people with knowledge of the deal said was 62 million euros.')).toEqual(['62 million euros']);
    expect(claims('He signed for a fee that two clubs paid.')).toEqual(['two']);
    // (Not people a passive speaks of: "two officers said to be in stable condition".)
    expect(claims('The blast injured a firefighter and two officers said to be in stable condition.')).toEqual(['two']);
  });
});

describe('a month before a figure with a qualifier', () => {
  it('makes no date: "slowed to 2.9% in February from 3.4% in January"; "January 5" still is one', () => {
    expect(claims('Inflation slowed to 2.9% in February from 3.4% in January.')).toEqual(['2.9%', 'from 3.4%']);
    expect(claims('The fair runs from January 5.')).toEqual([]);
    expect(claims('The festival runs in June from 12 to 14, organizers said.')).toEqual([]);
  });
});

describe('change verbs in -s and people a role names, counted as cited', () => {
  it('"more than doubles the $8 million" is a change; "tennis doubles trophies" a game; "Two engineers who worked on it said" cites', () => {
    expect(claims('The money more than doubles the $8 million the department offered.')).toEqual(['more than doubles', '$8 million']);
    expect(claims('He enjoyed the many tennis doubles trophies he won.')).toEqual([]);
    expect(claims('Two engineers who worked on the Vela-2 program said the design was changed.')).toEqual([]);
    expect(claims('Two engineers were hurt.')).toEqual(['Two']);
  });
});

describe('durations in a change', () => {
  it('the baseline of a change in weeks or minutes is an amount, not a time reference', () => {
    expect(claims('The wait rose to 39 weeks, from 31 weeks a year earlier.')).toEqual(['39', 'from 31']);
    expect(claims('The wait rose to 39 weeks from 31 weeks.')).toEqual(['39', 'from 31']);
    expect(claims('The vote is two weeks from now.')).toEqual([]);
    expect(claims('The trial starts from two weeks after the hearing.')).toEqual([]);
  });
});

describe('terms paired with a sum, counts of times, multiples and places in a table', () => {
  it('"a four-year, $148 million contract": the term and the sum', () => {
    expect(claims('The team signed Luis Ruiz to a four-year, $148 million contract extension.')).toEqual(['four-year', '$148 million']);
    expect(claims('It is a 10-year, $300 million agreement.')).toEqual(['10-year', '$300 million']);
    // (A term alone before a comma still refers: "over the past four years, 40 died" counts the 40 only.)
    expect(claims('Over the past four years, 40 people died.')).toEqual(['40']);
  });

  it('"a three-time All-Star", "a two-time winner" count times; "a two-way street" counts nothing', () => {
    expect(claims('They traded Bryce Hollins, a three-time All-Star, to Tacoma.')).toEqual(['three-time']);
    expect(claims('She is a two-time winner of the prize.')).toEqual(['two-time']);
    expect(claims('It was a two-way street.')).toEqual([]);
  });

  it('"risen ninefold", "twice as many", "twice as likely" are multiples; "The aim is twofold" is no figure', () => {
    expect(claims('Cases have risen ninefold since 2000.')).toEqual(['ninefold']);
    expect(claims('They were asked to bring back twice as many seeds.')).toEqual(['twice']);
    expect(claims('Renters are twice as likely to move.')).toEqual(['twice']);
    expect(claims('The aim is twofold: to cut costs and to add routes.')).toEqual([]);
    expect(claims('Most residents think twice before voting.')).toEqual([]);
  });

  it('"11th in the Eastern Conference", "sit third in the Western Conference" are places in a table; "the third in the series" is not', () => {
    expect(claims('The Comets are 22-31, 11th in the Eastern Conference.')).toEqual(['22-31', '11th']);
    expect(claims('The Tides sit third in the Western Conference.')).toEqual(['third']);
    expect(claims('She is second in the polls.')).toEqual(['second']);
    expect(claims('It is the third in the series.')).toEqual([]);
    expect(claims('Ohio was the first in the league to do so.')).toEqual([]);
  });

  it('a place by what follows it: the top flight, a share of the vote, a race\'s time, a move in a table', () => {
    expect(claims('Harwood sit 11th in the top flight.')).toEqual(['11th']);
    expect(claims('The Greens were third on 15 per cent.')).toEqual(['third', '15 per cent']);
    expect(claims('Defending champion Luis Arredondo was third in 2:09:30.')).toEqual(['third', '2:09:30']);
    expect(claims('The deduction dropped it from 12th to 19th.')).toEqual(['from 12th to 19th']);
    expect(claims('It would drop Wexley from fourth to seventh.')).toEqual(['from fourth to seventh']);
    expect(claims('The second on 12 May was cancelled.')).toEqual([]);
  });
});

describe('times of day in words, "a year or two later", versions of products', () => {
  it('"ten past four", "a quarter to nine" tell the time; "voted ten to two" counts', () => {
    expect(claims('At ten past four in the morning the harbour is loud.')).toEqual([]);
    expect(claims('It was a quarter to nine when he left.')).toEqual([]);
    expect(claims('The jury voted ten to two.')).toEqual(['ten to two']);
  });

  it('"a year or two later", "within an hour or two after the flooding" say when', () => {
    expect(claims('The rest moved a year or two later.')).toEqual([]);
    expect(claims('Within an hour or two after the flooding, crews arrived.')).toEqual([]);
    expect(claims('He served a year or two years in prison.')).toEqual(['two']);
  });

  it('"the CrispPro 5.5", "VantageScore 4.0" are versions; "In Ohio 2.5 million people voted" counts', () => {
    expect(claims('The recall covers the Hollin CrispPro 5.5 and CrispPro 8 models.')).toEqual([]);
    expect(claims('Lenders may use VantageScore 4.0 for the underwriting.')).toEqual([]);
    expect(claims('In Ohio 2.5 million people voted.')).toEqual(['2.5 million']);
  });
});

describe('frequencies and multiples of what follows', () => {
  it('"at least twice a year", "about once a month" are claims; "She once swam", "once in a while" are not', () => {
    expect(claims('The committee will meet at least twice a year.')).toEqual(['at least twice']);
    expect(claims('He visited once a month.')).toEqual(['once']);
    expect(claims('She once swam the channel.')).toEqual([]);
    expect(claims('It happens once in a while.')).toEqual([]);
    // (The figure carries "once every 7.6 hours".)
    expect(claims('It spins once every 7.6 hours.')).toEqual(['7.6']);
  });

  it('"running at twice its 2021 level" is a multiple', () => {
    expect(claims('Spending is running at twice its 2021 level.')).toEqual(['twice']);
  });

  it('"-fold" in parts, places that are no table, surnames with inner capitals, and a duration before "after"', () => {
    expect(claims('The aim is threefold: to cut costs.')).toEqual([]);
    expect(claims('It has a twofold purpose.')).toEqual([]);
    expect(claims('The hearing is set for March 11th in the conference room.')).toEqual([]);
    expect(claims('He spoke first in the conference call.')).toEqual([]);
    expect(claims('They finished the year third in the league this season.')).toEqual(['third']);
    expect(claims('DeSantis 59.4, Crist 40.0')).toEqual(['59.4', '40.0']);
    expect(claims('Patients need care for a month or two after surgery.')).toEqual(['two']);
  });
});

describe('a span of years written with a dash', () => {
  it('"the 2016–17 fiscal year", "in 2016–17", "the 1914–18 war" are dates, as "the 2019-20 season" is', () => {
    expect(claims('The council passed the budget for the 2016–17 fiscal year.')).toEqual([]);
    expect(claims('They met in 2016–17.')).toEqual([]);
    expect(claims('The 1914–18 war killed many.')).toEqual([]);
    expect(claims('The 1999–00 season was short.')).toEqual([]);
  });

  it('not a range of counts, nor a pair no span of years reads ("2016–45")', () => {
    expect(claims('Sales rose 12–17 percent.')).toEqual(['12–17 percent']);
    expect(claims('The bill passed 2016–45.')).not.toEqual([]);
  });
});

describe('a figure joined to a capitalised word by a hyphen', () => {
  it('names a thing ("the 5-Star Movement", "7-Eleven", "(855) 411-CFPB")', () => {
    expect(claims('They formed a coalition against the anti-EU 5-Star Movement and others.')).toEqual([]);
    expect(claims('She bought it at 7-Eleven.')).toEqual([]);
  });

  it('not a measure in a title\'s capitals, nor a rating in lower case ("a 100-Day Review", "2-Time Champion", "a 5-star hotel")', () => {
    expect(claims('It ordered a 100-Day Review of supply chains.')).toEqual(['100-Day']);
    expect(claims('She is a 2-Time Champion.')).toEqual(['2-Time']);
    expect(claims('They stayed at a 5-star hotel.')).toEqual(['5-star']);
  });
});

describe('a year that is its sentence\'s subject', () => {
  it('"2016 was the year of the outsider", "2023 marks the 10th anniversary" are dates', () => {
    expect(claims('It was a good year. 2016 was the year of the outsider.')).toEqual([]);
    expect(claims('2023 marks the tenth anniversary of the program.')).toEqual([]);
  });

  it('a four-digit count before its plural still counts ("Another 1987 were turned away", "1500 homes were built")', () => {
    expect(claims('Another 1987 were turned away.')).toEqual(['1987']);
    expect(claims('The city said 1500 homes were built.')).toEqual(['1500']);
    expect(claims('The student scored 1200 marks on the exam.')).toEqual(['1200']);
    expect(claims('Officials said 1500 was the most the shelter could hold.')).toEqual(['1500']);
  });
});

describe('idioms, banknotes and how far off a date is', () => {
  it('"doubled down", "of two minds", "a giant $100 bill", "four weeks away from" count nothing', () => {
    expect(claims('He attacked immigrants and then doubled down with proposals for mass deportation.')).toEqual([]);
    expect(claims('Sanders seemed to be of two minds Tuesday night.')).toEqual([]);
    expect(claims('He spoke from the face of a giant $100 bill.')).toEqual([]);
    expect(claims('With voters four weeks away from the caucuses, the race is tight.')).toEqual([]);
  });

  it('still a change, a sum, a count of notes and a journey ("prices doubled", "costs $100", "40 bills", "30 minutes away")', () => {
    expect(claims('Prices doubled in May.')).toEqual(['doubled']);
    expect(claims('The ticket costs $100 and sold out.')).toEqual(['$100']);
    expect(claims('They paid with 40 bills.')).toEqual(['40']);
    expect(claims('The rally was a mere 30 minutes away by jet.')).toEqual(['30']);
    expect(claims('The probe is 10 days away from Mars.')).toEqual(['10']);
    expect(claims('Tourism spending doubled Down Under last year.')).toEqual(['doubled']);
    expect(claims('Each household will receive a $100 bill for the new water meters.')).toEqual(['$100']);
  });
});

describe('a count the list after its colon gives', () => {
  it('"home to three lions: Rambo, Katryn and Nakita" is no claim: the list counts itself', () => {
    expect(claims('The park billed itself as home to three lions: Rambo, Katryn and Nakita.')).toEqual([]);
    expect(claims('The carriers will be named for two former presidents: Bill Clinton and George W. Bush.')).toEqual([]);
  });

  it('still a claim when the list does not give the count, or names no items', () => {
    expect(claims('The zoo has three lions: Rambo and Katryn.')).toEqual(['three']);
    expect(claims('The fire destroyed three homes: all of them on the ridge.')).toEqual(['three']);
    expect(claims('There were zero cases: none at all.')).toEqual(['zero']);
    expect(claims('Trump has appointed three Supreme Court justices: Gorsuch, Kavanaugh and Barrett.')).toEqual(['three']);
  });

  it('still a claim after a verb of harm or arrest: the list names the victims ("killed three soldiers: …")', () => {
    expect(claims('The blast killed three soldiers: Sgt. Smith, Cpl. Jones and Pvt. Brown.')).toEqual(['three']);
  });
});

describe('"half the story", "half the battle"', () => {
  it('are set phrases, no share counted', () => {
    expect(claims('Appealing to working-class whites is only half the story. Showing up is half the battle.')).toEqual([]);
  });

  it('but "Half the students" and "half the story budget" count a share', () => {
    expect(claims('Half the students failed, and half the story budget was cut.')).toEqual(['Half', 'half']);
  });
});

describe('rates and ratios with "every"', () => {
  it('"one in every 10" and "one out of every five" are one ratio', () => {
    expect(claims('About one in every 10 workers quit.')).toEqual(['About one in every 10']);
    expect(claims('In the end one out of every five voters said no.')).toEqual(['one out of every five']);
  });

  it('the base of a rate after "for every" is no claim of its own, after a figure only', () => {
    expect(claims('There were 5 incidents of violent crime for every 1,000 residents.')).toEqual(['5']);
    expect(claims('He paid $2 for every 100 miles.')).toEqual(['$2']);
    expect(claims('The city plants a tree for every 100 residents.')).toEqual(['100']);
  });
});

describe('"for every" after no figure of its clause', () => {
  it('keeps the figure: "One recent study finds that for every 2.4 to 3 women …"', () => {
    expect(claims('One recent study finds that for every 2.4 to 3 women whose parent receives care, one more works.')).toContain('2.4 to 3');
  });
});

describe('a rank named by its stars', () => {
  it('"a retired four-star general" and "the 3-star admiral" name a rank', () => {
    expect(claims('Clark, a retired four-star general, spoke.')).toEqual([]);
    expect(claims('The 3-star admiral agreed.')).toEqual([]);
    expect(claims('Then there is five-star Gen. Dwight Eisenhower.')).toEqual([]);
  });

  it('but stars given in a review count ("gave it four stars", "a four-star review")', () => {
    expect(claims('The critic gave it four stars in a four-star review.')).toEqual(['four', 'four-star']);
  });
});

describe('an age by its decade', () => {
  it('"her own 40-something nominee", "a thirty-something founder" are ages', () => {
    expect(claims('Clinton could pick her own 40-something nominee.')).toEqual([]);
    expect(claims('A thirty-something founder runs the firm.')).toEqual([]);
  });
});

describe('an adverb in capitals opening the sentence before a figure', () => {
  it('"Fully 250 companies" is a count, not a name and a number ("Boeing 737")', () => {
    expect(claims('Fully 250 foreign high-tech companies have opened offices in Israel.')).toEqual(['250']);
    expect(claims('Boeing 737 jets were grounded.')).toEqual([]);
    expect(claims('Grizzly 700 owners were recalled.')).toEqual([]);
    expect(claims('Apparently 300 ballots were never counted.')).toEqual(['300']);
  });
});

describe('an age after a name and its party tag', () => {
  it('"Sen. Marco Rubio (R-Fla.), 44, told" is his age', () => {
    expect(claims('Sen. Marco Rubio (R-Fla.), 44, told reporters the bill would pass.')).toEqual([]);
    expect(claims('The vote (R-12), 44, was close.')).toEqual(['44']);
    expect(claims('The ranking listed Rep. Jim Jordan (R-Ohio), 12, as the most conservative member.')).toEqual(['12']);
    expect(claims('State Rep. Maya Ortiz (D-Austin), 23, said the bill would pass.')).toEqual([]);
  });
});

describe('a grade of a scale named as a class', () => {
  it('a threshold, a general statement and a plural class are labels, not claims', () => {
    expect(claims('Hurricanes classified as category 3 or above are considered major.')).toEqual([]);
    expect(claims('A Category 5 hurricane is a form of tropical cyclone.')).toEqual([]);
    expect(claims('On that scale, a category 3 hurricane must sustain winds of at least 111 miles per hour.')).toEqual(['at least 111']);
    expect(claims('The cut-off for a category 4 hurricane is 130 mph.')).toEqual(['130']);
    expect(claims('The cut-off for Category 5 hurricanes is 157 miles per hour.')).toEqual(['157']);
  });

  it('but a grade said of a storm is a claim', () => {
    expect(claims('Dorian strengthened into a Category 5 hurricane on Sunday.')).toEqual(['5']);
    expect(claims('Lorenzo reached Category 5 but was downgraded to Category 1 as of this morning.')).toEqual(['5', '1']);
    expect(claims('Humberto is a category 3 hurricane.')).toEqual(['3']);
    expect(claims('A Category 4 hurricane is bearing down on Florida, forecasters said.')).toEqual(['4']);
    expect(claims('A Category 3 hurricane has made landfall near Lake Charles.')).toEqual(['3']);
    expect(claims('The city is bracing for a Category 4 storm.')).toEqual(['4']);
    expect(claims('Irma and Jose were Category 5 storms at their peak.')).toEqual(['5']);
    expect(claims('Laura made landfall with Category 4 winds.')).toEqual(['4']);
    expect(claims('The storm could reach Category 4 or higher by Thursday.')).toEqual(['4']);
  });
});

describe('an age with a space before "year-old"', () => {
  it('"his 25 year-old son" and "a 3 month-old baby" are ages', () => {
    expect(claims('Golvach lost his 25 year-old son.')).toEqual([]);
    expect(claims('They found a 3 month-old baby.')).toEqual([]);
  });
});

describe('review: the base of a rate needs the rate\'s own figure, and young things and hotel ranks count', () => {
  it('keeps the base after "a", "an", "one", a year or a day ("Since 2015 … a tree for every 100 residents")', () => {
    expect(claims('Since 2015 the city has planted a tree for every 100 residents.')).toEqual(['100']);
    expect(claims('On March 3, police assigned an officer for every 200 fans.')).toEqual(['200']);
    expect(claims('Norway has 5 doctors for every 1,000 people and Chad has one for every 25,000.')).toEqual(['5', '25,000']);
  });

  it('"5,000 day-old chicks", "its five-star rank" and "the five-star general manager" are claims', () => {
    expect(claims('The farm received 5,000 day-old chicks.')).toEqual(['5,000']);
    expect(claims('The hotel lost its five-star rank.')).toEqual(['five-star']);
    expect(claims('The five-star general manager resigned.')).toEqual(['five-star']);
  });
});

describe('review: young ages after a determiner, and rates after a capitalised count or a percentage', () => {
  it('"a 3 week-old baby" is an age; "Two nurses for every 10 patients" and "40% for every 10 miles" are one claim each', () => {
    expect(claims('They found a 3 week-old baby.')).toEqual([]);
    expect(claims('Two nurses for every 10 patients is the rule.')).toEqual(['Two']);
    expect(claims('Prices rose 40% for every 10 miles.')).toEqual(['40%']);
  });
});

describe('figures joined to a unit of more words, and votes with "to"', () => {
  it('"a 1.4-square-mile city", "a 10-foot-tall wall", "the court\'s 5-to-4 decision" are claims', () => {
    expect(claims('Clarkston is a 1.4-square-mile city with a 10-foot-tall wall.')).toEqual(['1.4-square-mile', '10-foot-tall']);
    expect(claims("The court's 5-to-4 decision last year legalized it.")).toEqual(['5-to-4']);
  });

  it('but not the hours of a working day ("a 9-to-5 job") or a code', () => {
    expect(claims('He left a 9-to-5 job for the stage.')).toEqual([]);
    expect(claims('The Boeing 737-800 and COVID-19 were in the news.')).toEqual([]);
  });
});

describe('"N-to-M" that is no vote', () => {
  it('an age bracket or opening hours: "ages 5-to-11", "operates 9-to-5"', () => {
    expect(claims('Pfizer sought approval for children ages 5-to-11.')).toEqual([]);
    expect(claims('The clinic operates 9-to-5 on weekdays.')).toEqual([]);
    expect(claims('They won 3-to-1 on Sunday.')).toEqual(['3-to-1']);
  });
});

describe('units of time abbreviated', () => {
  it('"20 mins later" locates an event like "20 minutes later"; "12 yrs in prison" is still a duration', () => {
    expect(claims('He left the building, 20 mins later shooting began.')).toEqual([]);
    expect(claims('Smith served 12 yrs in prison.')).toEqual(['12']);
  });
});

describe('a rank by a superlative', () => {
  it('"the third largest", "the fifth most dangerous" rank as "second-largest" does', () => {
    expect(claims('Qatar has the third largest proven reserves of natural gas.')).toEqual(['third']);
    expect(claims('The FBI named Cleveland as the fifth most dangerous city in America.')).toEqual(['fifth']);
  });
  it('not an ordinal of sequence, nor "the first" or "the last", nor "most" before a preposition', () => {
    expect(claims('It was the second time he won, the first largest rally and the last biggest show.')).toEqual([]);
    expect(claims('He was the third most of the time.')).toEqual([]);
  });
});

describe('a rank by a superlative of judgment', () => {
  it('"the second most important decision", "the third most recent speech" rank nothing a record keeps', () => {
    expect(claims('It was the second most important decision and the third most recent speech.')).toEqual([]);
  });
});

describe('a year before a plural that names events of that year', () => {
  it('"the 2001 attacks", "contradict 2013 comments", "ambitious 2030 targets" are years', () => {
    expect(claims('He cited the 2001 attacks and 2013 comments, and set ambitious 2030 targets.')).toEqual([]);
  });
  it('a round count, a count noun or a unit still counts ("served 2000 students", "burned 2013 acres", "the 2000 arrests")', () => {
    expect(claims('It served 2000 students.')).toEqual(['2000']);
    expect(claims('The fire burned 2013 acres.')).toEqual(['2013']);
    expect(claims('Police made the 2000 arrests.')).toEqual(['2000']);
    expect(claims('The city approved 1500 new homes.')).toEqual(['1500']);
  });
});

describe('an age bracket named after a verb', () => {
  it('"voters were 45 or older", "the electorate was 18 and younger" define a group', () => {
    expect(claims('In March, 74 percent of voters were 45 or older.')).toEqual(['74 percent']);
    expect(claims('Turnout rose 45 or more points.')).toEqual(['45']);
  });
});

describe('review: a count after a counting verb is no year', () => {
  it('"counted 1999 households", "holds 1960 paintings" still count', () => {
    expect(claims('The survey counted 1999 households.')).toEqual(['1999']);
    expect(claims('The museum holds 1960 paintings.')).toEqual(['1960']);
  });
});

describe('a count after "the" before a name that describes what it counts', () => {
  it('"the 19 Turkish Americans", "the 168 Republican National Committee members" count; "the 737 Max" names', () => {
    expect(claims('Some of the 19 Turkish Americans donated that day.')).toEqual(['19']);
    expect(claims('Only a few of the 168 Republican National Committee members back him.')).toEqual(['168']);
    expect(claims('He is poised to take most of the 95 Republican delegates at stake.')).toEqual(['95']);
    expect(claims('The 737 Max was grounded.')).toEqual([]);
    expect(claims('The 747 Jumbo always flew well.')).toEqual([]);
    expect(claims('He was named one of the 100 Most Influential Lawyers in America.')).toEqual([]);
    expect(claims('Kasich Just Revealed The 1 Thing He Thinks The GOP Will Do')).toEqual([]);
    expect(claims('The 2016 Republican candidates debated.')).toEqual([]);
  });
});

describe('one side of a tally after a name\'s possessive', () => {
  it('"81 delegates to Rubio\'s 17" counts both; "Boeing\'s 737" stays a name', () => {
    expect(claims("Trump walked away with 81 delegates to Rubio's 17.")).toEqual(['81', '17']);
    expect(claims("Clinton's 1,200 to Sanders' 800 was the count.")).toEqual(['1,200', '800']);
    expect(claims("He flew on Boeing's 737 to Denver.")).toEqual([]);
  });
  it('a calibre before "firearm" is no figure', () => {
    expect(claims('The listing for the Kel-Tec PF-9 9mm firearm was posted on Monday.')).toEqual([]);
  });
});

describe('review: a count after "the" before a name, only a people\'s or a party\'s word or a body\'s initials', () => {
  it('"the 5 Star Movement lawmakers", "the 7 Eleven franchises", "the 477 Program requires", a headline\'s "Republican Delegates" are names', () => {
    expect(claims('The 5 Star Movement lawmakers walked out.')).toEqual([]);
    expect(claims('Investors snapped up the 7 Eleven franchises.')).toEqual([]);
    expect(claims('The 477 Program requires an agreement.')).toEqual([]);
    expect(claims('Trump Wins the 95 Republican Delegates in Florida Primary')).toEqual([]);
    expect(claims('The 135 Nicaraguan citizens released today arrived.')).toEqual(['135']);
  });
});

describe('a count of what the text goes on to list', () => {
  it('is no claim after "Here are" or "There are", before the points listed', () => {
    expect(claims('Here are three reasons the movement failed.')).toEqual([]);
    expect(claims('There are two primary reasons Israel refuses.')).toEqual([]);
    expect(claims('**Here are 20 reasons why Congress must act:**')).toEqual([]);
  });

  it('but things in the world counted so are claims', () => {
    expect(claims('There are 80 men buried here.')).toEqual(['80']);
    expect(claims('There are 30 reasons to worry, the report said.')).toEqual(['30']);
    expect(claims('Here are three candidates who filed.')).toEqual(['three']);
  });
});

describe('"makes up between 5 and 20 percent", "make up about three quarters"', () => {
  it('the phrasal verb\'s "up" is no part of the figure, and the range stays one', () => {
    expect(claims('Water vapour makes up between 5 and 20 percent of the atmosphere.')).toEqual(['between 5 and 20 percent']);
    expect(claims('Red dwarfs make up about three quarters of the stars.')).toEqual(['about three quarters']);
  });
});

describe('"close" before a figure', () => {
  it('qualifies it only as "close to", not as the verb', () => {
    expect(claims('The diocese announced it would close 14 churches.')).toEqual(['14']);
    expect(claims('The diocese said close to 14 churches shut.')).toEqual(['close to 14']);
  });
});

describe('a count in figures after "remaining" or "other"', () => {
  it('is a claim before a plural noun, not before a stretch of time', () => {
    expect(claims('Money would go to a fund for the remaining 112 churches.')).toEqual(['112']);
    expect(claims('Of the other 8 million vehicles assembled in America, most were sold here.')).toEqual(['8 million']);
    expect(claims('In the remaining 12 months, prices rose.')).toEqual([]);
    expect(claims('The other two candidates withdrew.')).toEqual([]);
  });
});

describe('a temperature written with its scale\'s capital', () => {
  it('is a measurement after words that read it as one, a code otherwise', () => {
    expect(claims('Temperatures reached 46.2C in Seville on Monday.')).toEqual(['46.2C']);
    expect(claims('Phoenix saw highs of 104F this week.')).toEqual(['104F']);
    expect(claims('The plan extends the 48C tax credit.')).toEqual([]);
    expect(claims('It was covered by Section 48C of the code.')).toEqual([]);
    expect(claims('Officials cited the 3C visa restriction policy.')).toEqual([]);
    expect(claims('The department released data from recipients of 48C Advanced Energy Projects credits.')).toEqual([]);
    expect(claims('She led the State and Local Government Practice at 18F, the digital office.')).toEqual([]);
  });
});

describe('a number to ring', () => {
  it('is no claim after a verb of ringing or "contact … on", but a count after "call" stays one', () => {
    expect(claims('Anyone with information should contact police on 101 or call Crimestoppers.')).toEqual([]);
    expect(claims('Call 111 if you feel unwell, or dial 988 for the crisis line.')).toEqual([]);
    expect(claims('The defence will call 40 witnesses.')).toEqual(['40']);
  });
});

describe('"up" of a phrasal verb before a figure', () => {
  it('is no rise ("takes up 61 percent"), but "up to" stays a qualifier', () => {
    expect(claims('Social care takes up 61 percent of the budget.')).toEqual(['61 percent']);
    expect(claims('Applications can take up to 12 weeks.')).toEqual(['up to 12']);
  });
});

describe('"no" before a comparative qualifier', () => {
  it('goes with the figure ("no more than 852,000" is a ceiling, not a floor)', () => {
    expect(claims('It recommended a catch of no more than 852,000 tonnes.')).toEqual(['no more than 852,000']);
    expect(claims('No fewer than 85 boats sailed.')).toEqual(['No fewer than 85']);
  });
});

describe('a temperature before what it sets', () => {
  it('is a figure ("the 44C limit", "a 1.5C warming"), not a code ("the 48C tax credit")', () => {
    expect(claims('The water was well above the 44C limit.')).toEqual(['44C']);
    expect(claims('They claimed the 48C tax credit.')).toEqual([]);
  });
});

describe('a count in millions before "day"', () => {
  it('is a count ("1.8 million day visitors"), while "a 30 day period" says how long', () => {
    expect(claims('The town received 1.8 million day visitors.')).toEqual(['1.8 million']);
    expect(claims('It would last a 30 day period.')).toEqual([]);
  });
});

describe('a sum in pence', () => {
  it('is a claim ("55p", "4.5p", "125p"), not a video\'s lines, a numbering or a time ("720p", "section 12p", "6:00p.m.")', () => {
    expect(claims('A tin cost 55p, or 4.5p less, and shares fell to 125p.')).toEqual(['55p', '4.5p', '125p']);
    expect(claims('Stream it in 720p under section 12p of the act at 6:00p.m.')).toEqual([]);
  });
});

describe('a sum "to" a count of what it went to', () => {
  it('is two claims ("a record £2.3m to 148 local charities"), while "£2 to £3" and "$5 to 10 million" are ranges', () => {
    expect(claims('The lottery awarded a record £2.3m to 148 local charities.')).toEqual(['£2.3m', '148']);
    expect(claims('Fees rose from £2 to £3, or $5 to 10 million in all.')).toEqual(['from £2 to £3', '$5 to 10 million']);
  });
});

describe('a sum after a word of sequence', () => {
  it('is a claim ("the first $250 of deposits", "the previous $550 billion commitment"), while "the first two games" is an order', () => {
    expect(claims('The union will match the first $250 of deposits and the previous $550 billion commitment stands.')).toEqual(['$250', '$550 billion']);
    expect(claims('The first two games were lost.')).toEqual([]);
  });
});

describe('a qualified share that ends its phrase', () => {
  it('is a claim before a verb in the past, a change\'s preposition or a comma ("Nearly a third cited delays"), not "about" after a verb', () => {
    expect(claims('Only about a third backed the site. Compliance is at roughly a third, the audit said. Visits were up almost a fifth on 2025.')).toEqual(['Only about a third', 'roughly a third', 'up almost a fifth']);
    expect(claims('France has talked about a third, and asked about a third runway. It was nearly a third — no.')).toEqual([]);
  });
});

describe('a count from four after "the" and before its noun', () => {
  it('is a claim ("the four main mobile operators"), not with no noun after it ("one of the four who voted") nor from "the three"', () => {
    expect(claims('It was funded by the four main mobile operators and paid the eight full-time staff.')).toEqual(['four', 'eight']);
    expect(claims('She was one of the four who voted against; none of the four has spoken. The three men left.')).toEqual([]);
  });
});

describe('"half" after "than" before a verb', () => {
  it('is a share ("fewer than half knew", "more than half belong"), not a time ("more than half past nine")', () => {
    expect(claims('The poll found that fewer than half knew entry was free, and more than half belong to charities.')).toEqual(['fewer than half', 'more than half']);
    expect(claims('It was later than half past nine.')).toEqual([]);
  });
});

describe('a first batch of ten or more in figures', () => {
  it('is a claim ("The first 30 vans are due", "its first 25 electric vans"), not a stretch of time or a small count', () => {
    expect(claims('The first 30 vans are due in May and its first 25 electric vans arrived.')).toEqual(['30', '25']);
    expect(claims('The first 100 days were hard. The first two games were lost. The first 12 months are free.')).toEqual([]);
  });
});

describe('an age after a volunteer\'s or a supervisor\'s noun, or after "the youngest of whom"', () => {
  it('is no claim ("a depot supervisor, 58,", "Its youngest volunteer was 58.", "the youngest of whom is 58,")', () => {
    expect(claims('A depot supervisor, 58, raised concerns. Its youngest volunteer was 58.')).toEqual([]);
    expect(claims('The volunteers, the youngest of whom is 58, raised money. The volunteer sold 40 tickets.')).toEqual(['40']);
    expect(claims('Three men were hurt. The youngest was 19.')).toEqual(['Three']);
    expect(claims('The largest was 19.')).toEqual(['19']);
  });
});

describe('a city\'s service number before its line', () => {
  it('is no claim ("the city\'s 311 line logged 2,600 complaints")', () => {
    expect(claims("The city's 311 line logged 2,600 complaints.")).toEqual(['2,600']);
  });
});

describe('an age bracket before "free" or "since", or in words after "aged"', () => {
  it('is no claim ("children under 15 free", "customers over 85 since 2023", "aged under seven"), while "Prices under 15" counts', () => {
    expect(claims('Concessions apply, children under 15 free. Premiums are capped for customers over 85 since May.')).toEqual([]);
    expect(claims('Two-thirds of them were aged under seven. Prices under 15 free.')).toEqual(['Two-thirds', 'under 15']);
  });
});

describe('a station\'s frequency', () => {
  it('is no claim ("on 106.3 FM", "1010 AM", "88.1 MHz"), while what the station reaches counts', () => {
    expect(claims('Afon FM, which broadcasts on 106.3 FM to an area of about 23,000 people, closed. It is on 1010 AM and 88.1 MHz.')).toEqual(['about 23,000']);
  });
});

describe('one source cited by "one"', () => {
  it('is no count after "according to" ("according to one person familiar with the project") or before whose member and an aside', () => {
    expect(claims('Delays were blamed on the council, according to one person familiar with the project.')).toEqual([]);
    expect(claims('One member of the group, who spoke on condition of anonymity, said they were shocked.')).toEqual([]);
    // (A victim counted still counts.)
    expect(claims('The crash killed one person, according to one official.')).toEqual(['one']);
    expect(claims('One member of the crew died.')).toEqual(['One']);
  });
});

describe('the age of a thing', () => {
  it('counts ("street trees are more than 50 years old", "14 of the vans were more than ten years old"), a person\'s does not', () => {
    expect(claims('About a third of its street trees are more than 50 years old.')).toEqual(['About a third', 'more than 50']);
    expect(claims('The report found that 14 of the vans were more than ten years old.')).toEqual(['14', 'more than ten']);
    expect(claims('The existing tower is 63 years old.')).toEqual(['63']);
    // (And in one word before the building or the thing built: "its 71-year-old home"; not "the 40-year-old plant
    // manager", a person.)
    expect(claims('The club wants to sell its 71-year-old home, Brennan Field.')).toEqual(['71-year-old']);
    expect(claims('The 40-year-old plant manager and a 92-year-old woman were hurt.')).toEqual([]);
    expect(claims('Officials said the man was 45 years old. He began his career at 13 years old. Until they turn 26 years old, they may stay.')).toEqual([]);
  });
});

describe('a span of time before a comparative and "than"', () => {
  it('is an amount ("open four weeks later than usual", "about three weeks longer than the average"), "two weeks later" is when', () => {
    expect(claims('The pool will open four weeks later than usual.')).toEqual(['four']);
    expect(claims('The season ran about three weeks longer than the average.')).toEqual(['about three']);
    expect(claims('It ended two weeks later.')).toEqual([]);
  });
});

describe('a span of time before "on" and what it was served on', () => {
  it('is a duration ("up to 20 years on the most serious count", "nearly 20 years on the city council"), "Two years on," is when', () => {
    expect(claims('He faces up to 20 years on the most serious count.')).toEqual(['up to 20']);
    expect(claims('He must serve 30 years for murder and two years on the gun charge.')).toEqual(['30', 'two']);
    expect(claims('She spent nearly 20 years on the city council.')).toEqual(['nearly 20']);
    expect(claims('Two years on, the town has rebuilt.')).toEqual([]);
  });

  it('is an amount after "by" before the day it was done ("extended by four days on Wednesday")', () => {
    expect(claims('The talks were extended by four days on Wednesday.')).toEqual(['four']);
    expect(claims('It will be two years on Monday since the flood.')).toEqual([]);
  });
});

describe('a span of time after a verb of ending and "after"', () => {
  it('is how long it lasted ("collapsed after 16 weeks", "who retired after 34 years"), "After two days, rescuers" is when', () => {
    expect(claims('The 2024 ceasefire collapsed after 16 weeks.')).toEqual(['16']);
    expect(claims('Donnie Mace, who retired from the plant in February after 34 years, took the offer.')).toEqual(['34']);
    expect(claims('After two days, rescuers found him.')).toEqual([]);
    expect(claims('The match was abandoned after 20 minutes.')).toEqual([]);
  });
});

describe('a span of time after "after" and where or as what it was spent', () => {
  it('is a tenure ("after 14 years in parliament", "after eight years as vice president"), not "after 20 minutes in the first half"', () => {
    expect(claims('Mallory quit in May after 14 years in parliament.')).toEqual(['14']);
    expect(claims('He lost in 1960 after eight years as vice president.')).toEqual(['eight']);
    expect(claims('She joined us after two seasons at Halsey University, following nearly 20 years with the agency.')).toEqual(['two', 'nearly 20']);
    expect(claims('He scored after 20 minutes in the first half.')).toEqual([]);
    expect(claims('The rules were restored following four years in which they were ignored.')).toEqual([]);
  });
});

describe('one unit of time before a comparative and "than"', () => {
  it('is an amount ("an hour later than now", "half an hour earlier than we did"), "An hour later" is when', () => {
    expect(claims('Bars may play music until midnight, an hour later than now.')).toEqual(['an hour']);
    expect(claims('We finish half an hour earlier than we did.')).toEqual(['half an hour']);
    expect(claims('An hour later, police arrived. About half an hour later, they left.')).toEqual([]);
  });
});

describe('a small baseline in parentheses', () => {
  it('is a figure ("£5 (up from £4.20)", "5 (up from 4)"), a list marker "(1)" is not', () => {
    expect(claims('A day ticket will cost £5 (up from £4.20).')).toEqual(['£5', 'up from £4.20']);
    expect(claims('The fee is 5 (up from 4).')).toEqual(['5', 'up from 4']);
    expect(claims('The plan has three parts: (1) more buses and (2) lower fares.')).toEqual(['three']);
  });
});

describe('the span of a change in a share', () => {
  it('is part of that claim ("rose 38% over two years", "fell by roughly a third over two decades"), money over years still counts', () => {
    expect(claims('Average premiums rose 38% over two years.')).toEqual(['38%']);
    expect(claims('Membership has dropped by roughly a third over two decades.')).toEqual(['roughly a third']);
    expect(claims('The state will spend $6 million over three years.')).toHaveLength(2);
  });
});

describe('a share listed after a figure of its sentence', () => {
  it('counts ("…62% wanted it, and that a third had never heard of it"), one more speaker does not', () => {
    expect(claims('The survey found that 62% wanted it, and that a third had never heard of the scheme.')).toEqual(['62%', 'a third']);
    expect(claims('Some 40 clubs have fewer than five paid staff, and a quarter have none at all.')).toEqual(['Some 40', 'fewer than five', 'a quarter']);
    expect(claims('One said no, another said maybe, and a third said yes.')).toEqual([]);
  });
});

describe('a span of months written as one word', () => {
  it('is a duration ("a six-month grace period", "a nine-month renovation"), "the forty-ninth" is an ordinal', () => {
    expect(claims('The board had asked for a six-month grace period.')).toEqual(['six-month']);
    expect(claims('The park reopened after a nine-month renovation.')).toEqual(['nine-month']);
    expect(claims('It marked the forty-ninth year of the festival.')).toEqual([]);
  });
});

describe('half a unit written as one word', () => {
  it('measures ("a half-mile stretch", "the half-hour bulletin"), "half-mast", "a half-hour after polls closed" do not', () => {
    expect(claims('Nine shops trade on a half-mile stretch of the road.')).toEqual(['Nine', 'half-mile']);
    expect(claims('The half-hour bulletin will be replaced.')).toEqual(['half-hour']);
    expect(claims('Flags flew at half-mast. They called it less than a half-hour after polls closed.')).toEqual([]);
  });
});

describe('a temperature below zero', () => {
  it('keeps its sign ("lows of minus 6C", "as low as minus 8C"); "Ten minus six" is no temperature', () => {
    expect(claims('Forecasters predicted overnight lows of minus 6C later this week.')).toEqual(['minus 6C']);
    expect(claims('Temperatures could fall as low as minus 8C across the county.')).toEqual(['minus 8C']);
    // (A fire's or a furnace's four figures: "more than 1,000C"; not a code, "the 1000C form".)
    expect(claims('The seat of the fire had reached more than 1,000C.')).toEqual(['more than 1,000C']);
    expect(claims('File the 1000C form by May.')).toEqual([]);
    expect(claims('It fell to minus 12 degrees.')).toEqual(['minus 12']);
  });
});
