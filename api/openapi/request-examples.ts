/**
 * One valid request body per operation that takes one, shown in /openapi.json. An integrator copies
 * them; the API fuzzer sends them to prove the accept paths (test/faults/api-fuzz.test.ts), since
 * random schema-valid data rarely passes what JSON Schema cannot say (IBAN and LEI check digits, ISO
 * 3166 membership, calendar dates, numbers valid for their country). test/unit/api-contract.test.ts
 * holds each example to its route's schema, so none can drift.
 */

const address = { line1: '1 High Street', city: 'London', postalCode: 'EC1A 1BB', country: 'GB' };
const filing = { reference: 'NCA-SAR-2026-000123', filedAt: '2026-11-30T09:00:00Z' };

export const requestExamples: Record<string, unknown> = {
  'post /v1/applications': {
    externalRef: 'shop-8841',
    country: 'GB',
    sellingRegions: ['GB', 'EU'],
    businessType: 'company',
    business: {
      legalName: 'Acme Widgets Ltd',
      registrationNumber: '12345678',
      address,
      email: 'ops@acme.example',
      phone: '+442079460000',
      website: 'https://acme.example',
      categories: ['electronics'],
    },
    persons: [
      {
        firstName: 'Jane',
        lastName: 'Doe',
        dateOfBirth: '1980-04-12',
        nationality: 'GB',
        roles: ['representative', 'owner', 'director'],
        ownershipPercent: 60,
        idDocument: { type: 'passport', number: '123456789', issuingCountry: 'GB', expiresOn: '2031-05-01' },
        address: { line1: '2 Park Lane', city: 'London', postalCode: 'W1K 1AA', country: 'GB' },
      },
      {
        firstName: 'John',
        lastName: 'Smith',
        dateOfBirth: '1975-09-30',
        nationality: 'GB',
        roles: ['owner'],
        ownershipPercent: 40,
        address: { line1: '3 Mill Road', city: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' },
      },
    ],
    bankAccount: { accountHolderName: 'Acme Widgets Ltd', iban: 'GB33BUKB20201555555555' },
    declarations: { tradeCompliance: true, acceptedAt: '2026-11-22T10:00:00Z' },
  },
  'post /v1/applications/{id}/information': {
    business: { address: { line1: '5 New Street', city: 'London', postalCode: 'EC2A 2BB', country: 'GB' } },
    note: 'Our registered office moved in October.',
  },
  'post /v1/applications/{id}/withdraw': { reason: 'We no longer plan to sell on this marketplace.' },
  'post /v1/provider-callbacks/veriff': {
    status: 'success',
    verification: {
      id: '12df6045-3846-3e45-946a-14fa6136d78b',
      attemptId: '00bca969-b53a-4fad-b065-e1d2a51a35e6',
      code: 9001,
      status: 'approved',
      reasonCode: null,
      vendorData: 'identity:app_0123456789abcdefghij:per_0123456789abcdefghij:1',
      decisionTime: '2026-11-22T10:05:00.000Z',
    },
  },
  'post /v1/provider-callbacks/{provider}': {
    eventId: 'evt_7f3c2a',
    reference: 'ver_5d1e9b',
    clientReference: 'identity:app_0123456789abcdefghij:per_0123456789abcdefghij:1',
    result: { status: 'verified', documentChecked: true },
  },
  'post /v1/review-tasks/{id}/decision': { outcome: 'approve', reasons: ['false_positive_match'], note: 'Different date of birth and nationality from the listed person.' },
  'post /v1/review-tasks/{id}/adjudications': { checkId: 'chk_0123456789abcdefghij', entryId: 'ofac-sdn-36', verdict: 'false_positive', note: 'Listed person born 1961; the applicant in 1988.' },
  'post /v1/screenings': { name: 'Jane Doe', type: 'person', dateOfBirth: '1980-04-12', country: 'GB' },
  'post /v1/blocking-reports/{id}/filing': filing,
  'post /v1/discrepancy-reports/{id}/decision': { decision: 'approve', reason: 'The register names a different person with significant control.' },
  'post /v1/discrepancy-reports/{id}/filing': filing,
  'post /v1/sellers/{id}/inform-certification': { certify: true, taxId: 'GB123456789', email: 'ops@acme.example', phone: '+442079460000' },
  'post /v1/sellers/{id}/information': { requestId: 'req_0123456789abcdefghij', idDocument: { type: 'passport', number: '987654321', issuingCountry: 'GB', expiresOn: '2035-01-31' } },
  'post /v1/sellers/{id}/metrics': {
    days: [
      {
        date: '2026-11-30',
        orders: 120,
        preFulfilmentCancellations: 1,
        lateShipments: 3,
        orderDefects: 0,
        shipments: 118,
        shipmentsWithValidTracking: 117,
        sales: { amount: '4830.50', currency: 'GBP' },
      },
    ],
  },
  'post /v1/sellers/{id}/appeals': {
    subject: { type: 'enforcement', id: 'enf_0123456789abcdefghij' },
    statement: 'The late shipments were the carrier’s strike week; tracking shows every parcel handed over on time.',
    evidence: ['https://acme.example/carrier-notice.pdf'],
  },
  'post /v1/reports': {
    sellerId: 'sel_0123456789abcdefghij',
    category: 'counterfeit',
    description: 'The trainers I received carry a fake brand label.',
    evidence: ['https://buyer.example/photo.jpg'],
    reporter: { type: 'buyer', contact: 'buyer@buyer.example' },
  },
  'post /v1/inquiries': {
    reference: 'BNetzA-DSC-2026-0412',
    legalBasis: 'dsa_art_10',
    sellers: [{ sellerId: 'sel_0123456789abcdefghij' }],
    categories: ['trader_traceability', 'enforcement_actions'],
    dueAt: '2026-12-31T17:00:00Z',
  },
  'post /v1/sellers/{id}/legal-holds': { reason: 'Litigation hold: civil claim 2026-CV-1182.' },
  'post /v1/sellers/{id}/erasure-requests': {},
  'post /v1/admin/performance-reviews': { asOf: '2026-11-30' },
  'post /v1/admin/rescreenings': {},
  'post /v1/admin/registry-monitoring-runs': {},
  'post /v1/notices': {
    target: { type: 'listing', sellerId: 'sel_0123456789abcdefghjk', listingId: 'lst-5521', listedAt: '2026-10-01T09:00:00Z' },
    category: 'counterfeit',
    explanation: 'The handbags in this listing carry our registered trade mark and were not made by us.',
    locations: ['https://shop.example/listings/lst-5521'],
    notifier: { name: 'Brand Protection Network', email: 'notices@brand.example' },
    goodFaith: true,
    legalReference: 'Regulation (EU) 2017/1001, Art. 9',
  },
  'post /v1/trusted-flaggers': { name: 'Brand Protection Network', memberState: 'DE', expertise: ['counterfeit', 'intellectual_property'], clientId: 'key_0123456789abcdefghjk' },
  'post /v1/disputes': {
    orderId: 'ord-200117',
    sellerId: 'sel_0123456789abcdefghjk',
    buyerRef: 'buyer-88213',
    scenario: 'not_received',
    category: 'home',
    amount: { amount: '42.00', currency: 'GBP' },
    description: 'Tracking shows the parcel stuck at the depot for two weeks.',
    evidence: ['https://tracking.example/ord-200117'],
  },
  'post /v1/disputes/{id}/response': { answer: 'contest', statement: 'The parcel was delivered and signed for on 2 December.', evidence: ['https://carrier.example/pod/ord-200117'] },
  'post /v1/disputes/{id}/appeal': { by: 'seller', statement: 'The proof of delivery was not considered.', evidence: [] },
  'post /v1/sellers/{id}/identifiers': {
    identifiers: [
      { kind: 'device', value: 'dev-5f2c9a0e-77b1' },
      { kind: 'ip', value: '203.0.113.42' },
    ],
  },
  'post /v1/investigators/{id}': {
    name: 'Ines Duarte',
    categories: ['counterfeit', 'ip_infringement', 'not_as_described'],
    languages: ['en', 'pt'],
    markets: ['GB', 'PT', 'IE'],
    shift: { days: [1, 2, 3, 4, 5], start: '08:00', end: '16:30', timeZone: 'Europe/Lisbon' },
    maxOpenCases: 25,
    senior: true,
    email: 'ines.duarte@marketplace.example',
  },
  'post /v1/root-causes/{code}/mitigations': { period: '2026-12', mitigation: 'Brand-registry check added to onboarding for the handbag category.' },
};
