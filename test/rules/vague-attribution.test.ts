import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/lint';

const vague = (text: string): string[] => lint(text).findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => f.message);

describe('vague-attribution', () => {
  it('asks who estimated or reported "an estimated $9 million", "a reported magnitude"', () => {
    expect(vague('The song earned its publisher an estimated $9 million in royalties.')).toEqual(['Source-less passive "an estimated": say who estimated it.']);
    expect(vague('The quake had a reported magnitude of 6.3.')).toEqual(['Source-less passive "a reported": say who reported it.']);
    expect(vague('The accident was reported by police.')).toEqual([]);
  });

  it('reads a group\'s speculation as a belief, and "most analysts" as vague as "many analysts"', () => {
    expect(vague('Many speculated that he might fail.')).toEqual(['Vague attribution "Many speculated": name who says so, or say why they cannot be named.']);
    expect(vague('The plan may cost 40 percent more, as some have speculated.')).toEqual(['Vague attribution "some have speculated": name who says so, or say why they cannot be named.']);
    expect(vague('Many speculated that he might fail, but turnout was higher than most analysts had forecast.')).toHaveLength(2);
    // A sentence with no figure, quote or cue is read for its belief too.
    expect(vague('His defeat will not derail his campaign, as some have speculated.')).toHaveLength(1);
    // A named person's speculation states no fact and is no vague source.
    expect(vague('Smith speculated that the plan would fail.')).toEqual([]);
  });

  it('reads unnamed executives, of a named company or none, as unnamed as officials', () => {
    expect(vague('Company executives said the strike could cost 40 percent of sales.')).toHaveLength(1);
    expect(vague('Verizon executives said the strike could cost 40 percent of sales.')).toHaveLength(1);
    expect(vague('Chief executive Lowell McAdam said the strike could cost 40 percent of sales.')).toEqual([]);
  });

  it('reads people close to someone before a present-tense verb as vague: "Sources close to his campaign say"', () => {
    expect(vague('Sources close to his campaign say 40 percent of staff quit.')).toHaveLength(1);
    expect(vague('Aides close to her say 40 percent of staff quit.')).toHaveLength(1);
    // A possessive's noun before a base form is still a noun: no cue; nor does the thing they are close to speak.
    expect(vague('He gave her estimate of 40 percent.')).toEqual([]);
    expect(lint('Those close to her family say the estate is worth $2 million.').claims[0]?.attribution ?? null).toBeNull();
  });

  it('reads "it\u2019s believed" and "one father" as vague', () => {
    expect(vague('With the credits, it\u2019s estimated we could save 40 lives.')).toEqual(['Source-less passive "it\u2019s estimated": say who estimated it.']);
    expect(vague('One father called the plan a disaster.')).toEqual(['Vague attribution "One father called": name who says so, or say why they cannot be named.']);
  });

  it('reads previous and preliminary studies and polls as unnamed documents', () => {
    expect(vague('Previous studies have shown that 40% of slugs glue.')).toEqual(['Vague attribution "Previous studies have shown": name who says so, or say why they cannot be named.']);
    expect(vague('Pre-election polls had shown them evenly split.')).toEqual(['Vague attribution "Pre-election polls had shown": name who says so, or say why they cannot be named.']);
  });

  it('keeps "the following officials" and an owner\'s "total reported"', () => {
    expect(vague('According to the following officials, 300 people died: the mayor and the governor.')).toEqual(['Vague attribution "According to the following officials": name who says so, or say why they cannot be named.']);
    expect(vague("Acme's total reported revenue was $5 billion last year.")).toEqual([]);
  });

  it('reads unnamed residents as vague, not a share of those polled', () => {
    expect(vague('Residents say the plant closed.')).toEqual(['Vague attribution "Residents say": name who says so, or say why they cannot be named.']);
    expect(vague('The Carver County survey found that 61% of teachers said classes had improved.')).toEqual([]);
  });

  it('asks for a name or a reason when the draft gives neither', () => {
    expect(vague('The deal is worth $3 billion, according to a person familiar with the talks.')).toEqual([
      'Vague attribution "according to a person familiar with the talks": name who says so, or say why they cannot be named.',
    ]);
  });

  it('does not ask for the reason the sentence already gives', () => {
    expect(vague('The deal is worth $3 billion, according to a person familiar with the talks who asked not to be named because the negotiations are private.')).toEqual([
      'Vague attribution "according to a person familiar with the talks": the draft says why the source is not named; name them if that changes.',
    ]);
  });

  it('asks who projected a figure: "is projected to", not "the projected deficit"', () => {
    expect(vague('With most votes counted, the party is projected to hold 58 of the 141 seats.')).toEqual(['Source-less passive "is projected": say who projected it.']);
    expect(vague('The projected deficit was $40 million, and the film was projected to 40 people.')).toEqual([]);
  });

  it('takes a report with its maker named after when it came out as named, not "a report in a New York newspaper"', () => {
    expect(vague('Sea levels rose 40 mm, according to a report released on Monday by a United Nations panel.')).toEqual([]);
    expect(vague('Sea levels rose 40 mm, according to a report in a New York newspaper.')).toHaveLength(1);
  });
});

describe('a source that denies it covers no source-less passive', () => {
  it('"It is said that …, though she never confirmed it" is still a source-less passive; "Fire Chief Ann Lee said" covers it', () => {
    expect(vague('It is said that she gave her entire fee to a fund, though she never confirmed it.')).toHaveLength(1);
    expect(vague('The fire is believed to have started in the kitchen, Fire Chief Ann Lee said.')).toEqual([]);
  });
});

describe('a source covers no source-less passive of another clause', () => {
  it('past ", and" or ";" that opens the clause with the source or the passive: both clauses keep their own', () => {
    expect(vague('At least four insurers are believed to have stopped writing policies in Selway, and state filings show premiums rose 38% over two years.')).toHaveLength(1);
    expect(vague('Senator Ann Lee said the seat was on the list, and it is understood the party will spend $4 million there.')).toHaveLength(1);
    expect(vague('Police said the road would close; it is believed 40 homes were flooded.')).toHaveLength(1);
  });

  it('but a source after the passive\'s own clause still covers it: ", Fire Chief Ann Lee said" past ", and spread …", a verb\'s and no clause\'s', () => {
    expect(vague('The fire is believed to have started in the kitchen and spread to 40 rooms, Fire Chief Ann Lee said.')).toEqual([]);
    expect(vague('The fire is believed to have started in the kitchen, and spread to 40 rooms, Fire Chief Ann Lee said.')).toEqual([]);
  });
});

describe('a vague group\'s belief', () => {
  it('is a vague attribution: "Many scientists believe", "Critics fear that", "Some Democrats think"', () => {
    expect(vague('Many scientists believe asteroids hold 40% water.')).toHaveLength(1);
    expect(vague('Some Democrats think 40 seats are in play.')).toHaveLength(1);
    expect(vague('Critics fear that 40 jobs will go.')).toHaveLength(1);
  });

  it('but not a named believer, a feeling or a faith: "Smith believes", "residents fear to return", "believe in"', () => {
    expect(vague('Smith believes 40% will vote. Residents fear to return home. Some teachers fear the option. Many voters believe in him.')).toEqual([]);
    expect(vague('Smith thinks 40% will vote. I think the plan works.')).toEqual([]);
  });
});

describe('a party\'s or a politician\'s unnamed people', () => {
  it('are vague: "GOP analysts say", "Democratic strategists said", "one Trump confidant", "a Clinton ally"', () => {
    expect(vague('GOP analysts say the nominee must win 40 percent of the vote.')).toHaveLength(1);
    expect(vague('Democratic strategists said 12 seats were in play.')).toHaveLength(1);
    expect(vague('"You may lose a handful of them," said one Trump confidant.')).toHaveLength(1);
    expect(vague('"It is over," a Clinton ally said.')).toHaveLength(1);
  });

  it('but not one named beside the role ("a Clinton ally, Sen. Tim Kaine, said")', () => {
    expect(vague('"It is over," a Clinton ally, Sen. Tim Kaine, said.')).toEqual([]);
  });
});

describe('one who only asks', () => {
  it('attributes nothing: "a young man asked Clinton why …", "a supporter asked people in the audience"', () => {
    expect(vague('At a town hall, a young man asked Clinton why young people did not like her.')).toEqual([]);
    expect(vague('At one point, a supporter asked people in the audience to cross their arms.')).toEqual([]);
  });
});

describe('a party\'s members at large', () => {
  it('are vague: "Democrats insist", "Republicans say"', () => {
    expect(vague('Democrats insist 40 seats are in play.')).toHaveLength(1);
    expect(vague('Republicans say 12 seats are safe.')).toHaveLength(1);
  });

  it('but not the party speaking as a body ("The Republicans said")', () => {
    expect(vague('The Republicans said 12 seats were safe.')).toEqual([]);
  });
});

describe('one unnamed partisan or activist', () => {
  it('is vague: "a New Hampshire Republican said", "one party activist"', () => {
    expect(vague('"Trump will be defeated in this process," a New Hampshire Republican said.')).toHaveLength(1);
    expect(vague('"We do not want to have fisticuffs," said one party activist.')).toHaveLength(1);
  });

  it('but not one named beside it ("A Republican, Sen. Tim Scott, said")', () => {
    expect(vague('A Republican, Sen. Tim Scott, said 40 votes were there.')).toEqual([]);
  });
});

describe('a partisan familiar with or involved in a matter', () => {
  it('is one vague source with what they know: "one Democrat familiar with the discussion", "one Republican involved in the planning"', () => {
    expect(lint('"It wasn\'t a convincing argument," said one Democrat familiar with the discussion.').claims[0].attribution?.source).toBe('one Democrat familiar with the discussion');
    expect(lint('"You are going to see a massive ad spend," said one Republican involved in the planning.').claims[0].attribution?.source).toBe('one Republican involved in the planning');
  });
});

describe('"long" between the auxiliary and the cue', () => {
  it('"Analysts have long warned that …" is as vague as "Analysts have warned that …"', () => {
    expect(vague('Analysts have long warned that deficits would rise.')).toEqual(['Vague attribution "Analysts have long warned": name who says so, or say why they cannot be named.']);
    expect(vague('Critics have long argued that the tax is unfair.')).toHaveLength(1);
  });

  it('a named source with "long" keeps its claim ("Smith has long said that 40 people died")', () => {
    expect(lint('Smith has long said that 40 people died.').claims[0].attribution?.source).toBe('Smith');
    expect(vague('The council has long planned a new road.')).toEqual([]);
  });
});

describe('"long" before "been" and a participle', () => {
  it('"officials have long been talking with …, and "…"" leaves the quote to the sentence\'s own cue', () => {
    expect(lint('Rhodes noted that U.S. officials have long been talking with Japanese officials about the threat, and "we\'re in discussions about missile defense" in the area.').claims.find((c) => c.kind === 'quote')?.attribution?.source).toBe('Rhodes');
  });
});

describe('a passive held "widely" or "generally"', () => {
  it('is source-less: "is widely suspected of", "has widely been criticised", "was generally seen as", "was widely praised"', () => {
    expect(vague('He is widely suspected of asking for the delay.')).toEqual(['Source-less passive "is widely suspected": say who suspected it.']);
    expect(vague('It has widely been criticised as a mistake.')).toEqual(['Source-less passive "It has widely been criticised": say who criticised it.']);
    expect(vague('The plan was generally seen as a failure.')).toEqual(['Source-less passive "was generally seen": say who saw it.']);
    expect(vague('The film was widely praised.')).toHaveLength(1);
  });

  it('not with its agent, without the adverb, or for a use ("was widely praised by critics", "was seen as", "is widely used")', () => {
    expect(vague('The film was widely praised by critics.')).toEqual([]);
    expect(vague('The plan was seen as a failure.')).toEqual([]);
    expect(vague('The tool is widely used in many countries.')).toEqual([]);
    expect(vague('She is widely known as Sandy.')).toEqual([]);
  });
});

describe('review: "widely" and "generally" with a use, a routine or a later agent', () => {
  it('is no view held: "are widely accepted in the city", "was widely seen on television", "are generally announced"', () => {
    for (const text of ['Credit cards are widely accepted in the city.', 'The final was widely seen on television.', 'Ramadan is widely observed in the region.', 'Results are generally announced in June.', 'The study has been widely cited in the press.', 'The dollar is widely accepted as payment in many countries.']) expect(vague(text)).toEqual([]);
  });

  it('an agent later in the clause names who ("was widely called for Biden by the networks")', () => {
    expect(vague('The race was widely called for Biden by the networks.')).toEqual([]);
  });

  it('but "is commonly seen as" and "would generally be regarded as" are views no one named holds', () => {
    expect(vague('The plan is commonly seen as a failure.')).toHaveLength(1);
    expect(vague('It would generally be regarded as a failure.')).toHaveLength(1);
  });
});

describe('review: routines and names with "generally" and "commonly"', () => {
  it('"is generally held in late June" and "is commonly called black lung" hold no view', () => {
    expect(vague('The festival is generally held in late June.')).toEqual([]);
    expect(vague('The disease is commonly called black lung.')).toEqual([]);
  });
});

describe('a role held for a party\'s members', () => {
  it('is the source, not the members: "a spokesman for committee Democrats said", "an aide to the Republicans said"', () => {
    expect(vague('"It is over," a spokesman for committee Democrats said.')).toEqual([]);
    expect(vague('A spokesman for the Democrats said it is over.')).toEqual([]);
    expect(vague('An aide to the Republicans said it is over.')).toEqual(['Vague attribution "An aide to the Republicans said": name who says so, or say why they cannot be named.']);
  });

  it('the members alone are still vague: "Democrats said"', () => {
    expect(vague('Democrats said it is over.')).toEqual(['Vague attribution "Democrats said": name who says so, or say why they cannot be named.']);
  });
});

describe('"it" with a passive in a clause of time', () => {
  it('"A year after it was announced, no one had come" names an event, not a report', () => {
    expect(vague('A year after it was announced, no one had come to the U.S. under the program.')).toEqual([]);
  });

  it('but "after it was reported that 40 people died" still reports', () => {
    expect(vague('After it was reported that 40 people died, the mayor resigned.')).toEqual(['Source-less passive "it was reported": say who reported it.']);
  });
});

describe('an interviewer\'s question', () => {
  it('earns no finding: it asks, it reports nothing', () => {
    const draft = 'Wikinews interviewed Keiko Marsh.\n\n((WN)) Critics have said the agency was warned. Was it?\n\n((Keiko Marsh)) They did, and experts say 40 sites are gone.\n';
    expect(vague(draft)).toHaveLength(1);
  });
});

describe('people at large whose verb does more than say', () => {
  it('earn no finding when nothing they said follows and no claim is theirs ("residents discussed the options")', () => {
    expect(vague('At the meeting, residents discussed the options.')).toEqual([]);
    expect(vague("Riders who spoke at Monday's meeting were mostly older residents.")).toEqual([]);
    expect(vague('Drivers have long complained about Apex.')).toEqual([]);
    expect(vague('Residents complained that the fees were too high.')).toHaveLength(1);
    expect(vague('Residents complained the fees rose by 40 percent.')).toHaveLength(1);
  });
});

describe('"it is understood" set off after a source', () => {
  it('is a hedge of its own after a comma or "though" ("…, though it is understood that most were minor"), not after "said"', () => {
    expect(vague('Figures published by the regulator show 212 suspensions, though it is understood that most were minor.')).toHaveLength(1);
    expect(vague('The association has asked for 40 spaces, a request that, it is understood, will go before committee.')).toHaveLength(1);
    expect(vague('The regulator said it is understood that 40 staff will go.')).toEqual([]);
    // (Not a measure with its agent later: "it was recorded as magnitude 6.4 by the US Geological Survey".)
    expect(vague('It was 6.3 according to Phivolcs, it was recorded as 6.4 by the USGS.')).toEqual([]);
  });
});
