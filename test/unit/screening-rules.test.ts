/**
 * The matching rules an auditor can follow, each on a small index of its own: names by strength,
 * identity numbers, birth-year tolerance, legal forms and scripts.
 */
import { tokens } from '../../domain/screening/normalise';
import { alignTokens, ScreeningIndex, tokenSimilarity, type ListEntry } from '../../domain/screening/screening-index';

const person = (over: Partial<ListEntry>): ListEntry => ({ entryId: 't:1', listId: 't', name: 'NOBODY, Listed', aliases: [], type: 'person', programs: ['T'], birthYears: [], countries: [], ...over });
const indexOf = (...entries: ListEntry[]) => new ScreeningIndex('test', entries);

describe('names by strength', () => {
  const index = indexOf(person({ entryId: 't:1', name: 'MARZOOK, Mousa Mohammed', aliases: ['Mousa MARZOUK'], weakAliases: ['ABU UMAR HASSAN', 'PAT'], birthYears: [1951], countries: ['EG'] }));

  it('matches a strong alias as it matches the primary name', () => {
    expect(index.screen({ name: 'Mousa Marzouk', type: 'person' }, 0.88)[0]).toMatchObject({ entryId: 't:1', strength: 'strong', score: 1 });
    expect(index.screen({ name: 'Mousa Mohammed Marzook', type: 'person' }, 0.88)[0]).toMatchObject({ strength: 'primary', score: 1 });
  });

  it('does not match a weak alias alone', () => {
    expect(index.screen({ name: 'Abu Umar Hassan', type: 'person' }, 0.88)).toEqual([]);
    expect(index.screen({ name: 'Abu Umar Hassan', type: 'person', dateOfBirth: '1980-01-01', country: 'FR' }, 0.88)).toEqual([]);
  });

  it('matches a weak alias corroborated by the birth year or the nationality, and says so', () => {
    const [byYear] = index.screen({ name: 'Abu Umar Hassan', type: 'person', dateOfBirth: '1952-06-01' }, 0.88);
    expect(byYear).toMatchObject({ entryId: 't:1', strength: 'weak', matchedName: 'ABU UMAR HASSAN' });
    expect(byYear.explanation).toContain('a weak alias, corroborated by the birth year');
    expect(index.screen({ name: 'Abu Umar Hassan', type: 'person', country: 'EG' }, 0.88)[0]).toMatchObject({ strength: 'weak' });
  });

  it('never screens a one-word weak alias, corroborated or not', () => {
    expect(index.screen({ name: 'Pat', type: 'person', dateOfBirth: '1951-01-01', country: 'EG' }, 0.5)).toEqual([]);
  });
});

describe('identity and registration numbers', () => {
  const index = indexOf(person({ entryId: 't:2', name: 'KHAN, Omar', identifiers: ['A1234567'] }), {
    ...person({}),
    entryId: 't:3',
    name: 'NORTHWIND EXPORTS LLC',
    type: 'organization',
    identifiers: ['1027700132195'],
  });

  it('is a match whatever the name, when a number equals one the entry lists', () => {
    expect(index.screen({ name: 'Someone Else Entirely', type: 'person', identifiers: ['A1234567'] }, 0.88)).toEqual([
      expect.objectContaining({ entryId: 't:2', strength: 'identifier', score: 1, explanation: ['an identity or registration number of the subject is one the entry lists'] }),
    ]);
    expect(index.screen({ name: 'Acme Widgets Ltd', type: 'organization', identifiers: ['1027700132195'] }, 0.88)[0]).toMatchObject({ entryId: 't:3', strength: 'identifier' });
  });

  it('is no match for a different number', () => {
    expect(index.screen({ name: 'Someone Else Entirely', type: 'person', identifiers: ['A1234568'] }, 0.88)).toEqual([]);
  });
});

describe('birth years', () => {
  const index = indexOf(person({ entryId: 't:4', name: 'VOLKOV, Sergei', birthYears: [1971] }));
  const scoreWith = (dateOfBirth?: string) => index.screen({ name: 'Sergey Volkov', type: 'person', dateOfBirth }, 0.5)[0].score;

  it('agree within one year either side', () => {
    expect(scoreWith('1970-12-31')).toBeGreaterThan(scoreWith());
    expect(scoreWith('1972-01-01')).toBeGreaterThan(scoreWith());
    expect(scoreWith('1973-01-01')).toBeLessThan(scoreWith());
  });
});

describe('company legal forms, from a table', () => {
  const index = indexOf({ ...person({}), entryId: 't:5', name: 'ALFA TRADE LIMITED LIABILITY COMPANY', type: 'organization' });

  it.each(['Alfa Trade LLC', 'Alfa Trade L.L.C.', 'OOO Alfa Trade', 'Alfa Trade Limited Liability Company'])('reads %s as the same company', (name) => {
    expect(index.screen({ name, type: 'organization' }, 0.88)[0]).toMatchObject({ entryId: 't:5', score: 1 });
  });

  it.each([
    ['LIMITED LIABILITY COMPANY ALFA TRADE', ['alfa', 'trade']],
    ['Grupo Mundo S.A. de C.V.', ['grupo', 'mundo']],
    ['MI FEL, S. DE R.L. DE C.V.', ['mi', 'fel']],
    ['Polbud Sp. z o.o.', ['polbud']],
    ['Tata Consulting Pvt Ltd', ['tata', 'consulting']],
    ['M/V Ocean Star', ['ocean', 'star']],
    ['Co', ['co']],
  ])('keeps only the name of %s', (name, expected) => {
    expect(tokens(name, 'organization')).toEqual(expected);
  });
});

describe('scripts, transliterated on both sides', () => {
  it.each([
    ['Greek', 'Γιώργος Παπαδόπουλος', 'PAPADOPOULOS, Giorgos'],
    ['Georgian', 'მიხეილ სააკაშვილი', 'SAAKASHVILI, Mikheil'],
    ['Armenian', 'Սերժ Սարգսյան', 'SARGSYAN, Serzh'],
    ['Cyrillic', 'Дмитрий Коваленко', 'KOVALENKO, Dmitri'],
    ['Chinese', '习近平', 'XI, Jinping'],
  ])('finds a %s name listed in Latin', (_script, query, listed) => {
    const index = indexOf(person({ entryId: 't:6', name: listed, aliases: [listed.split(', ').reverse().join(' ')] }));
    expect(index.screen({ name: query, type: 'person' }, 0.88)[0]?.entryId).toBe('t:6');
  });

  it.each([
    ['Arabic', 'محمد صلاح الدين عبدالحليم زيدان'],
    ['Hebrew', 'משה כהן'],
  ])('finds a %s name by its original-script alias (abjads lose their vowels in Latin, so only the same script meets)', (_script, original) => {
    const index = indexOf(person({ entryId: 't:7', name: 'LISTED, Name', aliases: [original] }));
    expect(index.screen({ name: original, type: 'person' }, 0.88)[0]).toMatchObject({ entryId: 't:7', score: 1 });
  });
});

describe('token similarity and rarity', () => {
  it('does not take a patronymic for the surname it starts with', () => {
    expect(tokenSimilarity('petrov', 'petrovich')).toBeLessThan(0.88);
    const index = indexOf(person({ entryId: 't:8', name: 'GIMBATOV, Andrey Petrovich' }));
    expect(index.screen({ name: 'Andrei Petrov', type: 'person' }, 0.88)).toEqual([]);
  });

  it('still lets transliterations that sound alike meet, whatever their lengths', () => {
    expect(tokenSimilarity('yusuf', 'youssef')).toBe(0.9);
  });

  it('lets a rare listed word left unmatched cost more than a common one', () => {
    // "ahmed" is on many listed names, "zarkawi" on one: missing the rare one leaves less of the match.
    const common = Array.from({ length: 30 }, (_, i) => person({ entryId: `t:c${i}`, name: `AHMED, Listed${String.fromCharCode(97 + (i % 26))}${i}` }));
    const index = indexOf(...common, person({ entryId: 't:9', name: 'ZARKAWI, Omar Ahmed' }));
    const withoutRare = alignTokens(['omar', 'ahmed'], ['omar', 'ahmed', 'zarkawi'], index.rarity);
    const withoutCommon = alignTokens(['omar', 'zarkawi'], ['omar', 'ahmed', 'zarkawi'], index.rarity);
    expect(withoutRare).toBeLessThan(withoutCommon);
  });
});
