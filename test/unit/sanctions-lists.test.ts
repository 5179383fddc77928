/**
 * The list loaders on the authorities' own publications in ../shared/data (see its README): OFAC's
 * four-file SDN set and Consolidated set, and the UN Security Council Consolidated List XML. CI has
 * the files; there a missing one fails, it is never skipped.
 */
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ScreeningIndex } from '../../domain/screening/screening-index';
import { loadSanctionsLists, sanctionsIndex } from '../../providers/sanctions/lists';
import { parseUnConsolidated } from '../../providers/sanctions/un-consolidated';

const data = resolve(__dirname, '../../../shared/data');
const sdnSet = ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map((f) => join(data, 'ofac/static-set', f));
const consolidatedSet = ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'].map((f) => join(data, 'ofac/consolidated', f));
const unList = join(data, 'un/consolidated-2026-02-27.xml');
const present = [...sdnSet, ...consolidatedSet, unList].every((f) => existsSync(f));

(process.env.CI ? it : it.skip)('has the real list publications where CI runs', () => {
  expect(present).toBe(true);
});

(present ? describe : describe.skip)('the official publications', () => {
  let index: ScreeningIndex;
  beforeAll(async () => {
    index = await loadSanctionsLists([...sdnSet, ...consolidatedSet, unList]);
  });
  const entry = (entryId: string) => index.entries.find((e) => e.entryId === entryId);

  it("joins OFAC's four files on the entry number: strong aliases from ALT.CSV, addresses from ADD.CSV", () => {
    // 7,379 primary records in SDN.CSV and 442 in CONS_PRIM.CSV (`grep -c '^[0-9]'`).
    expect(index.entries.filter((e) => e.listId === 'ofac-sdn')).toHaveLength(7379);
    expect(index.entries.filter((e) => e.listId === 'ofac-consolidated')).toHaveLength(442);
    expect(entry('ofac-sdn:306')).toMatchObject({ name: 'BANCO NACIONAL DE CUBA', aliases: ['NATIONAL BANK OF CUBA'], weakAliases: ['BNC'], reference: '306' });
    expect(entry('ofac-sdn:306')!.addresses).toEqual(expect.arrayContaining(['Zweierstrasse 35, Zurich CH-8022, Switzerland']));
    expect(entry('ofac-consolidated:9639')!.aliases).toEqual(expect.arrayContaining(['Ismail HANIYA', 'Ismaeel HANIYYA']));
  });

  it('finds a listed name by its strong alias, which SDN.CSV alone does not carry', () => {
    const [match] = index.screen({ name: 'National Bank of Cuba', type: 'organization' }, 0.88);
    expect(match).toMatchObject({ entryId: 'ofac-sdn:306', strength: 'strong', matchedName: 'NATIONAL BANK OF CUBA', score: 1 });
  });

  it('reads the UN list: names in order, aliases by quality, birth dates exact and between, documents, nationality', () => {
    expect(index.entries.filter((e) => e.listId === 'un-consolidated' && e.type === 'person')).toHaveLength(730);
    expect(index.entries.filter((e) => e.listId === 'un-consolidated' && e.type === 'organization')).toHaveLength(273);
    expect(entry('un-consolidated:CDi.001')).toMatchObject({ name: 'ERIC BADEGE', birthYears: [1971], countries: ['CD'], programs: ['DRC'], listedOn: '2012-12-31', reference: 'CDi.001' });
    const cdi003 = entry('un-consolidated:CDi.003')!;
    expect(cdi003.aliases).toEqual(expect.arrayContaining(['Byiringiro Victor Rumuli', 'Victor Rumuri']));
    expect(cdi003.weakAliases).toEqual(['Rumuli']);
    expect(entry('un-consolidated:QDi.001')!.aliases).toContain('محمد صلاح الدين عبدالحليم زيدان');
    const between = index.entries.filter((e) => e.listId === 'un-consolidated' && e.birthYears.length >= 2);
    expect(between.length).toBeGreaterThan(20);
    expect(index.entries.filter((e) => e.listId === 'un-consolidated' && (e.identifiers?.length ?? 0) > 0).length).toBeGreaterThan(100);
  });

  it('says when the UN list was generated', () => {
    expect(parseUnConsolidated(readFileSync(unList, 'utf8')).publishedAt).toBe('2026-02-27T00:00:09.554Z');
  });
});

describe('files that are not a list, or not a whole one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lists-'));
  it("continues a record's remarks from the comments file, where SDN.CSV cut them", async () => {
    // As in the real set: SDN.CSV cuts entry 12300's remarks at "PROMO RAI", SDN_COMMENTS.CSV goes on "Z S.A.S.".
    writeFileSync(join(dir, 'sdn.csv'), '900,"EXAMPLE TRADING LLC",-0- ,"SYNTH",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration Number 77012"\r\n');
    writeFileSync(join(dir, 'sdn_comments.csv'), '900,"34 (Russia); Tax ID No. 99881122 (Russia)."\r\n');
    const index = await loadSanctionsLists([join(dir, 'sdn.csv'), join(dir, 'sdn_comments.csv')]);
    expect(index.entries[0].identifiers).toEqual(['7701234', '99881122']);
  });
  it('refuses alternates without their primary records, naming the list', async () => {
    const alt = join(dir, 'alt.csv');
    writeFileSync(alt, '36,12,"aka","AERO-CARIBBEAN",-0- \r\n');
    await expect(loadSanctionsLists([alt])).rejects.toThrow('sanctions list ofac-sdn: alternates, addresses or comments were given without the primary records file');
  });
  it('refuses an XML file that is not the UN list, naming it', async () => {
    const xml = join(dir, 'other.xml');
    writeFileSync(xml, '<?xml version="1.0"?><export><entity/></export>');
    await expect(loadSanctionsLists([xml])).rejects.toThrow('sanctions list other.xml: not a format Sellergate reads');
  });
});

describe('a replaced list file that does not load', () => {
  it('keeps the last good version in use, and says why it was not replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lists-reload-'));
    const file = join(dir, 'SDN.CSV');
    writeFileSync(file, '900,"EXAMPLE TRADING LLC",-0- ,"SYNTH",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n');
    const good = await sanctionsIndex([file]);
    // The operator's download was cut short: what arrived is not a list.
    writeFileSync(file, '<html>502 Bad Gateway</html>');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const after = await sanctionsIndex([file]);
    expect(after.version).toBe(good.version);
    expect(after.entries).toHaveLength(1);
    expect(after.reloadFailure).toEqual({ at: expect.any(String), error: expect.stringContaining('sanctions list SDN.CSV: not a format Sellergate reads') });
  });

  it('is an error when no good version was ever loaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lists-first-'));
    const file = join(dir, 'SDN.CSV');
    writeFileSync(file, 'garbage');
    await expect(sanctionsIndex([file])).rejects.toThrow('sanctions list SDN.CSV: not a format Sellergate reads');
  });
});
