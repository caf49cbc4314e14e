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
    ['Sales doubled.', ['doubled']],
    // Multiples that compare, and counts of times after a place's name.
    ['The bill was $267 million, more than double the 2024 bill.', ['$267 million', 'more than double']],
    ['Turnout reached 6,000, roughly double the usual.', ['6,000', 'roughly double']],
    ['She toured Europe 11 times.', ['11']],
    ['The shop sells roughly 40 dozen rolls a day.', ['roughly 40 dozen']],
    ['It measured 0.17%, more than twice the legal limit.', ['0.17%', 'more than twice']],
    ['The bakery sells 300 cannoli and twice that before Easter.', ['300', 'twice']],
    ['The number of cases will nearly triple by 2050.', ['nearly triple']],
    ['Her pension was cut in half.', ['half']],
    ['Bookings fell by a third last summer.', ['a third']],
    ['more than 1,000 rescuers', ['more than 1,000']],
    ['at least 20 were killed', ['at least 20']],
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
    // A noun that names identifiers ("bill", "figure", "district") before a qualifier, not before the figure.
    ['The office scored the bill at $46 million.', ['at $46 million']],
    ['The pouches cost the district about $187,000.', ['about $187,000']],
    // Counts in apposition stay claims: a plural or a place is no person.
    ['The suspects, 12, were charged.', ['12']],
    ['The toll was 3.', ['3']],
    ['Two men were killed, police said.', ['Two']],
    ['The shares closed Thursday at $38.17 before the report.', ['at $38.17']],
    ['There were 4, 5 and 6 deaths in three years.', ['4', '5', '6']],
    ['The number of students per teacher was 14.', ['14']],
    ['Rents in the district run $800-1200 a month.', ['$800-1200']],
    ['The mayor met two residents, who said the road was closed.', ['two']],
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
    'Smith, 42, said so.',
    'a 92-year-old woman',
    'he died aged 82',
    'for the second time',
    'Route 66 and Flight 302 and the Boeing 737',
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
    'The youngest victim was 3.',
    'Smith, who is 42, said so.',
    'He is survived by his wife, Mary, 80.',
    'At 17, she left home.',
    'She was just 17 when she left home.',
    'They plan to double the size of the fleet after a double murder.',
    'He was hit by a third car driven by a third party.',
    'He wants to double down.',
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
  ])('no claim in %j', (input) => {
    expect(claims(input)).toEqual([]);
  });
});
