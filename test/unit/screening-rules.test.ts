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

describe('tokens that meet and tokens that do not', () => {
  it.each([
    ['djamal', 'jamal'],
    ['halid', 'khalid'],
    ['farouk', 'farooq'],
    ['yusef', 'iusef'],
  ])('lets %s meet %s: the same name in another romanisation', (a, b) => {
    expect(tokenSimilarity(a, b)).toBeGreaterThanOrEqual(0.95);
  });

  it('lets a swap of neighbouring letters meet, as a typo leaves a word', () => {
    expect(tokenSimilarity('ahamd', 'ahmad')).toBeGreaterThanOrEqual(0.95);
    expect(tokenSimilarity('gutpa', 'gupta')).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['saleh', 'salem'],
    ['khalil', 'khaliq'],
    ['saleh', 'sahal'],
  ])('does not let %s meet %s: names that sound different and are not spelt nearly alike', (a, b) => {
    expect(tokenSimilarity(a, b)).toBe(0);
  });

  it.each([
    ['ahmad', 'ahmadi'],
    ['hossein', 'hosseini'],
    ['mohammed', 'mohammadi'],
  ])('does not let %s meet %s: a nisba makes another name', (a, b) => {
    expect(tokenSimilarity(a, b)).toBe(0);
  });

  it('still lets a vowel before a final i be a spelling', () => {
    expect(tokenSimilarity('dmitri', 'dmitrii')).toBeGreaterThan(0.9);
  });

  it('counts an unrelated pair as nothing, so one shared word does not carry a name', () => {
    // Old scoring averaged "saleh"/"sahal" (0.83) with the exact "omar": 0.9 and a match.
    expect(alignTokens(['omar', 'saleh'], ['omar', 'sahal'])).toBeLessThan(0.7);
    const index = indexOf(person({ entryId: 't:10', name: 'SAHAL, Omar' }), person({ entryId: 't:11', name: 'HASSAN' }));
    expect(index.screen({ name: 'Omar Saleh', type: 'person' }, 0.88)).toEqual([]);
    // A listed one-word name does not take every query that contains it.
    expect(index.screen({ name: 'Hassan Darwish', type: 'person' }, 0.88)).toEqual([]);
  });
});

describe('words broken otherwise', () => {
  it.each([
    ['Abdulrahman Yasin', 'YASIN, Abdul Rahman'],
    ['Abdul Rahman Yasin', 'YASIN, Abdulrahman'],
    ['Hussein Kamel ALM-AJID', 'AL-MAJID, Hussein Kamel'],
  ])('finds %s listed as %s', (query, listed) => {
    const index = indexOf(person({ entryId: 't:12', name: listed }));
    expect(index.screen({ name: query, type: 'person' }, 0.88)[0]?.entryId).toBe('t:12');
  });
});

describe('a listed name with words left out', () => {
  it('is found when the query leaves out a middle name or patronymic', () => {
    const index = indexOf(person({ entryId: 't:13', name: 'TSIVILEV, Sergey Evgenyevich', birthYears: [1961] }));
    expect(index.screen({ name: 'Sergey Tsivilev', type: 'person' }, 0.88)[0]?.entryId).toBe('t:13');
  });

  it('is set aside when the birth year differs, since the name is not near exact', () => {
    const index = indexOf(person({ entryId: 't:13', name: 'TSIVILEV, Sergey Evgenyevich', birthYears: [1961] }));
    expect(index.screen({ name: 'Sergey Tsivilev', type: 'person', dateOfBirth: '1985-02-01' }, 0.88)).toEqual([]);
    expect(index.screen({ name: 'Sergey Evgenyevich Tsivilev', type: 'person', dateOfBirth: '1985-02-01' }, 0.88)[0]?.entryId).toBe('t:13');
  });
});

describe('company names with a legal form written out of order', () => {
  it('lets the stray words of the form weigh little', () => {
    const index = indexOf({ ...person({}), entryId: 't:14', name: 'JOINT STOCK COMPANY UNITED ENGINE CORPORATION', type: 'organization' });
    expect(index.screen({ name: 'Stock Company United Engine Corporation Joint', type: 'organization' }, 0.88)[0]?.entryId).toBe('t:14');
    expect(index.screen({ name: 'United Engine Joint Stock Compani', type: 'organization' }, 0.88)[0]?.entryId).toBe('t:14');
  });
});

describe('the candidate bound', () => {
  it('finds the same matches as aligning with every listed name', () => {
    // A small list in which common given names recur, so the bound and the cap on detailed candidates both act.
    const given = ['Mohammed', 'Ahmed', 'Ali', 'Omar', 'Hassan', 'Ibrahim', 'Khalid', 'Yusuf'];
    const family = ['Haddad', 'Khalil', 'Nasser', 'Saleh', 'Mansour', 'Hamdan', 'Farouk', 'Aziz', 'Qasim', 'Darwish'];
    const entries = given.flatMap((g, i) => family.map((f, j) => person({ entryId: `t:${i}-${j}`, name: `${f.toUpperCase()}, ${g} ${given[(i + j) % given.length]}` })));
    const index = indexOf(...entries);
    for (const query of ['Mohammed Saleh', 'Ali Hassan Nasser', 'Omar Darwish', 'Yusuf Khalil Ahmed', 'Hassan']) {
      const q = tokens(query, 'person');
      const everyName = entries
        .flatMap((e) => [e.name].map((n) => ({ entryId: e.entryId, score: alignTokens(q, tokens(n, 'person'), index.rarity) })))
        .filter((m) => m.score >= 0.88)
        .map((m) => m.entryId)
        .sort();
      expect({
        query,
        ids: index
          .screen({ name: query, type: 'person' }, 0.88)
          .map((m) => m.entryId)
          .sort(),
      }).toEqual({ query, ids: everyName });
    }
  });
});

describe('a part of a list version', () => {
  it('scores a name as the whole version does, its words weighed by the whole', () => {
    const common = Array.from({ length: 30 }, (_, i) => person({ entryId: `t:c${i}`, name: `AHMED, Other${String.fromCharCode(97 + (i % 26))}${i}` }));
    const whole = indexOf(...common, person({ entryId: 't:15', name: 'ZARKAWI, Omar Ahmed Faris' }));
    const part = whole.only(new Set(['t:15']));
    const query = { name: 'Omar Ahmed Zarkawi', type: 'person' as const };
    expect(part.screen(query, 0.5)[0].score).toBe(whole.screen(query, 0.5)[0].score);
  });
});
