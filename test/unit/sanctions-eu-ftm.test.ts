/**
 * The EU Financial Sanctions File (XML, FSD export 1.1) and FollowTheMoney entities (OpenSanctions),
 * on samples written from their published schemata: no real copy is in ../shared/data. Each is read
 * through the same loader as the other lists, and screened.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEuFsf } from '../../providers/sanctions/eu-fsf';
import { parseFollowTheMoney } from '../../providers/sanctions/follow-the-money';
import { loadSanctionsLists } from '../../providers/sanctions/lists';

const euFile = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-11-30T18:02:11.281+01:00" globalFileId="160123">
  <sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.7371.20" logicalId="139587">
    <remark>Member of the State Duma.</remark>
    <regulation regulationType="regulation" organisationType="council" publicationDate="2022-02-23" entryIntoForceDate="2022-02-23" numberTitle="2022/261 (OJ L42I)" programme="UKR" logicalId="139583"/>
    <subjectType code="person" classificationCode="P"/>
    <nameAlias firstName="Ivan" middleName="Petrovich" lastName="Kuznetsov" wholeName="Ivan Petrovich Kuznetsov" function="Member of the State Duma" gender="M" title="" nameLanguage="" strong="true" regulationLanguage="en" logicalId="139588"/>
    <nameAlias firstName="Иван" middleName="Петрович" lastName="Кузнецов" wholeName="Иван Петрович Кузнецов" function="" gender="M" title="" nameLanguage="RU" strong="true" regulationLanguage="en" logicalId="139589"/>
    <nameAlias firstName="" middleName="" lastName="" wholeName="Vanya" function="" gender="M" title="" nameLanguage="" strong="false" regulationLanguage="en" logicalId="139590"/>
    <citizenship region="" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" regulationLanguage="en" logicalId="139591"/>
    <birthdate circa="false" calendarType="GREGORIAN" city="Tver" zipCode="" birthdate="1971-05-04" dayOfMonth="4" monthOfYear="5" year="1971" region="" place="" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" regulationLanguage="en" logicalId="139592"/>
    <identification diplomatic="false" knownExpired="false" knownFalse="false" reportedLost="false" revokedByIssuer="false" issuedBy="" latinNumber="" nameOnDocument="" number="72 1234567" region="" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" identificationTypeCode="passport" identificationTypeDescription="National passport" regulationLanguage="en" logicalId="139593"/>
  </sanctionEntity>
  <sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.8812.77" logicalId="150001">
    <regulation regulationType="regulation" organisationType="council" publicationDate="2023-06-23" numberTitle="2023/1214" programme="UKR" logicalId="150002"/>
    <subjectType code="enterprise" classificationCode="E"/>
    <nameAlias firstName="" middleName="" lastName="" wholeName="Obshchestvo s ogranichennoi otvetstvennostyu Volga Components" function="" gender="" title="" nameLanguage="" strong="true" regulationLanguage="en" logicalId="150003"/>
    <nameAlias firstName="" middleName="" lastName="" wholeName="Volga Components LLC" function="" gender="" title="" nameLanguage="" strong="true" regulationLanguage="en" logicalId="150004"/>
    <birthdate circa="true" calendarType="GREGORIAN" yearRangeFrom="1960" yearRangeTo="1962" regulationLanguage="en" logicalId="150005"/>
    <address city="Samara" street="ul. Lenina 1" poBox="" zipCode="443001" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" regulationLanguage="en" logicalId="150006"/>
  </sanctionEntity>
</export>`;

const ftmFile = [
  {
    id: 'NK-2bVxT3',
    schema: 'Person',
    target: true,
    datasets: ['us_ofac_sdn'],
    properties: {
      name: ['Amal Haddad'],
      alias: ['Amal al-Haddad'],
      weakAlias: ['Umm Sami'],
      birthDate: ['1969-02-10', '1970'],
      nationality: ['sy'],
      passportNumber: ['N0123456'],
      programId: ['SDGT'],
    },
  },
  { id: 'NK-9aQ', schema: 'Company', target: true, datasets: ['eu_fsf'], properties: { name: ['Crescent Shipping FZE'], jurisdiction: ['ae'], registrationNumber: ['FZE-1234'] } },
  { id: 'NK-rel', schema: 'Person', target: false, datasets: ['us_ofac_sdn'], properties: { name: ['Sami Haddad'] } },
  { id: 'sanction-1', schema: 'Sanction', datasets: ['us_ofac_sdn'], properties: { entity: ['NK-2bVxT3'], program: ['SDGT'] } },
]
  .map((e) => JSON.stringify(e))
  .join('\n');

describe('the EU Financial Sanctions File', () => {
  it('reads persons and enterprises: names by language and strength, birth dates exact and ranged, citizenship, documents, programme', () => {
    const { entries, publishedAt } = parseEuFsf(euFile);
    expect(publishedAt).toBe('2026-11-30T18:02:11.281+01:00');
    expect(entries).toEqual([
      {
        entryId: 'eu-fsf:EU.7371.20',
        listId: 'eu-fsf',
        name: 'Ivan Petrovich Kuznetsov',
        aliases: ['Иван Петрович Кузнецов'],
        weakAliases: ['Vanya'],
        type: 'person',
        programs: ['UKR'],
        birthYears: [1971],
        countries: ['RU'],
        identifiers: ['721234567'],
        addresses: [],
        listedOn: '2022-02-23',
        reference: 'EU.7371.20',
      },
      expect.objectContaining({
        entryId: 'eu-fsf:EU.8812.77',
        type: 'organization',
        aliases: ['Volga Components LLC'],
        birthYears: [],
        addresses: ['ul. Lenina 1, Samara, 443001, RUSSIAN FEDERATION'],
      }),
    ]);
  });
});

describe('FollowTheMoney entities', () => {
  it('reads the listed parties, skipping related persons and the sanction records themselves', () => {
    const entries = parseFollowTheMoney(ftmFile);
    expect(entries.map((e) => e.entryId)).toEqual(['ftm:NK-2bVxT3', 'ftm:NK-9aQ']);
    expect(entries[0]).toEqual({
      entryId: 'ftm:NK-2bVxT3',
      listId: 'ftm:us_ofac_sdn',
      name: 'Amal Haddad',
      aliases: ['Amal al-Haddad'],
      weakAliases: ['Umm Sami'],
      type: 'person',
      programs: ['SDGT'],
      birthYears: [1969, 1970],
      countries: ['SY'],
      identifiers: ['N0123456'],
      addresses: [],
      listedOn: undefined,
      reference: 'NK-2bVxT3',
    });
    expect(entries[1]).toMatchObject({ type: 'organization', countries: ['AE'], identifiers: ['FZE1234'] });
    expect(() => parseFollowTheMoney('{"schema":"Person","properties":{}}\nnot json')).toThrow('line 2 is not JSON');
  });
});

it('loads both beside the other lists, by their content, and screens against them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lists-'));
  writeFileSync(join(dir, 'eu.xml'), euFile);
  writeFileSync(join(dir, 'entities.ftm.json'), ftmFile);
  const index = await loadSanctionsLists([join(dir, 'eu.xml'), join(dir, 'entities.ftm.json')]);
  expect(index.sources.map((s) => [s.file, s.entries, s.publishedAt ?? null])).toEqual([
    ['eu.xml', 2, '2026-11-30T18:02:11.281+01:00'],
    ['entities.ftm.json', 2, null],
  ]);
  expect(index.screen({ name: 'Иван Кузнецов', type: 'person', dateOfBirth: '1971-05-04' }, 0.88).map((m) => m.entryId)).toContain('eu-fsf:EU.7371.20');
  expect(index.screen({ name: 'Amal al Haddad', type: 'person' }, 0.88).map((m) => m.entryId)).toContain('ftm:NK-2bVxT3');
  // A weak alias alone matches nothing.
  expect(index.screen({ name: 'Umm Sami', type: 'person' }, 0.88)).toEqual([]);
});
