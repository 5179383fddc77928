/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The reviewer console in a real headless browser (Debian's chromium through playwright-core),
 * served by the real API over HTTP, with the real Temporal server and Postgres behind it:
 * - a reviewer signs in, finds a task in the queue with the keyboard, claims it, reads its evidence
 *   and rejects it with a reason;
 * - a sanctions hit needs four eyes: the first reviewer records the match as a false positive,
 *   approves and cannot confirm it themself; a senior reviewer sees who decided first and confirms;
 * - the governance dashboard renders its charts (the investigators' targets among them) and exports CSV;
 * - a compliance officer sees regulators' inquiries by deadline and reads a package awaiting approval;
 * - a reviewer decides a trusted flagger's notice on its task (the listing removed, manifestly
 *   illegal), and sees it decided on the notices page beside the flagger's accuracy;
 * - the disputes page lists disputes with the rule that chose their path, and the rule report;
 * - a seller's page shows its account group with the links, and opens an investigation on it.
 * Screenshots of each step go to test-artifacts/console/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { consoleDirectory } from '../../api/operations/console';
import { createApiKey } from '../../db/access/api-keys';
import { ukCompany, uniqueIban } from '../../scripts/sample-applications';
import { artifactsDir, launchBrowser, resolveChromium } from '../helpers/browser';
import { waitFor } from '../helpers/http';
import { useSystem } from '../helpers/system';

const chromiumPath = resolveChromium();
const shots = artifactsDir('console');
const root = join(__dirname, '..', '..');

// The console must be built before the API starts serving it (npm test builds it first; this covers a lone run).
beforeAll(() => {
  if (!consoleDirectory()) execFileSync('npx', ['vite', 'build', '--config', 'console/vite.config.mts'], { cwd: root, stdio: 'inherit' });
}, 120_000);
const test = useSystem();
const keys = () => test.system.keys;

let browser: Browser;
beforeAll(async () => {
  if (!chromiumPath && process.env.CI) throw new Error("chromium is not installed: .ci/run installs Debian's chromium package");
  if (chromiumPath) browser = await launchBrowser(chromiumPath);
});
afterAll(async () => {
  await browser?.close();
});

/** An approved seller; with `address`, at an address of its own (the sample companies all share one, which links them). */
async function approved(overrides: Parameters<typeof ukCompany>[0] = {}, address?: string) {
  const body = ukCompany(overrides);
  if (address) body.business.address = { ...body.business.address, line1: address };
  const accepted = await test.post('/v1/applications', keys().onboarding_frontend, body);
  await waitFor(
    () => test.get(`/v1/applications/${accepted.body.id}`, keys().reviewer),
    (r) => r.body?.status === 'approved',
  );
  return accepted.body.sellerId as string;
}

async function inReview(overrides: Parameters<typeof ukCompany>[0]) {
  const accepted = await test.post('/v1/applications', keys().onboarding_frontend, ukCompany(overrides));
  return (
    await waitFor(
      () => test.get(`/v1/applications/${accepted.body.id}`, keys().reviewer),
      (r) => r.body?.status === 'in_review',
    )
  ).body;
}

/** Every request the page made that failed or was answered 400 or more, by the page it was made for. */
const refusedLoads = new WeakMap<Page, string[]>();

async function signIn(key: string, name: string): Promise<Page> {
  const page = await browser.newPage({ baseURL: test.system.baseUrl, viewport: { width: 1400, height: 1000 } });
  const refused: string[] = [];
  refusedLoads.set(page, refused);
  page.on('response', (r) => {
    if (r.status() >= 400) refused.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  page.on('requestfailed', (r) => refused.push(`failed ${r.method()} ${new URL(r.url()).pathname}: ${r.failure()?.errorText}`));
  await page.goto('/console/');
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: name }).waitFor();
  return page;
}

const rowOf = (page: Page, taskId: string) => page.locator(`tr[data-task-id="${taskId}"]`);

/** The label/value cells whose content spills out of its box (over its neighbour), with their text. */
const overflowingFields = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('dl.fields > div, dl.facts > div')]
      .filter((cell) => [...cell.children].some((part) => part.scrollWidth > cell.clientWidth + 1))
      .map((cell) => (cell.textContent ?? '').slice(0, 80)),
  );

// Skipped only on a developer's machine without chromium; CI installs it and must run these.
(chromiumPath || process.env.CI ? describe : describe.skip)('reviewer console in chromium', () => {
  it('serves the console with a strict content security policy, and refuses a key that has no console', async () => {
    const res = await fetch(`${test.system.baseUrl}/console/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    // It names its icon, and the icon is there: a browser then asks for no /favicon.ico, which would be a 404.
    const icon = html.match(/<link\s+rel="icon"\s+href="([^"]+)"/)?.[1];
    expect(icon).toBeDefined();
    if (!icon!.startsWith('data:image/')) expect((await fetch(new URL(icon!, `${test.system.baseUrl}/console/`))).status).toBe(200);
    const page = await browser.newPage({ baseURL: test.system.baseUrl });
    await page.goto('/console/');
    await page.getByLabel('API key').fill(keys().onboarding_frontend);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'cannot use the console' }).waitFor();
    await page.getByLabel('API key').fill('sk_wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'invalid_api_key' }).waitFor();
    // The key is never written to storage.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie)).toBe('{}{}');
    await page.close();
  });

  it('a reviewer claims a task from the queue with the keyboard and rejects it with a reason', async () => {
    const first = await inReview({ registrationNumber: '00000000' });
    const app = await inReview({ registrationNumber: '00000000' });
    const taskId = app.reviewTasks[0].id;
    const page = await signIn(keys().reviewer, 'test reviewer');
    await rowOf(page, taskId).waitFor();
    // The tests screen against the synthetic list: every page says so.
    await page.getByTestId('lists-banner').filter({ hasText: 'synthetic test list' }).waitFor();
    await rowOf(page, first.reviewTasks[0].id).locator('text=left').waitFor(); // the SLA countdown
    const index = Number(await rowOf(page, taskId).getAttribute('data-row'));
    for (let i = 0; i < index; i++) await page.keyboard.press('j');
    expect(await rowOf(page, taskId).getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: join(shots, '1-queue.png'), fullPage: true });
    await page.keyboard.press('c');
    await rowOf(page, taskId).locator('td', { hasText: 'test reviewer' }).waitFor();
    await page.keyboard.press('o');
    await page.getByRole('heading', { name: /application review/ }).waitFor();
    expect(page.url()).toContain(`#/tasks/${taskId}`);

    // The evidence: the register's answer, the risk score's contributions, the people.
    await page.locator('[data-check-kind="business_registry"]').filter({ hasText: 'registry_not_found' }).waitFor();
    await page.getByRole('cell', { name: 'check.registry_not_found' }).waitFor();
    await page.getByRole('heading', { name: 'Acme Widgets Ltd', exact: true }).waitFor();
    expect(await page.locator('.history li').count()).toBeGreaterThan(2);
    // Nothing on the page overlaps its neighbour, however long the requirement names.
    expect(await overflowingFields(page)).toEqual([]);

    await page.getByLabel('reject', { exact: true }).check();
    await page.getByLabel('business not found').check();
    await page.getByLabel('Note (kept with the decision)').fill('No such company at Companies House.');
    await page.screenshot({ path: join(shots, '2-reject.png'), fullPage: true });
    await page.getByRole('button', { name: 'Submit: reject' }).click();
    await page.getByRole('status').filter({ hasText: 'the application is now rejected' }).waitFor();
    await page.getByTestId('task-status').filter({ hasText: 'decided' }).waitFor();

    const decided = (await test.get(`/v1/applications/${app.id}`, keys().reviewer)).body;
    expect(decided).toMatchObject({ status: 'rejected', decision: { outcome: 'reject', rejectType: 'retry', reasons: ['business_not_found'], decidedBy: { name: 'test reviewer' } } });
    await page.close();
  });

  it('a sanctions hit needs four eyes: the first reviewer cannot confirm, a senior reviewer does', async () => {
    const app = await inReview({ ownerName: ['Irina', 'Volkova'] });
    const taskId = app.reviewTasks[0].id;
    const first = await signIn(keys().reviewer, 'test reviewer');
    await first.goto(`/console/#/tasks/${taskId}`);
    await first.getByRole('button', { name: 'Claim this task' }).click();
    await first.locator('[data-check-kind="sanctions"] table.matches').first().waitFor();
    // The reviewer records why the match is not this person, in the page.
    const match = first.locator('[data-check-kind="sanctions"] table.matches tbody tr').first();
    await match.getByRole('button', { name: /^False positive/ }).click();
    await match.getByLabel('Why it is not this person or entity').fill('Different date of birth and nationality.');
    await match.getByRole('button', { name: 'Record false positive' }).click();
    await match.getByRole('status').filter({ hasText: 'Recorded: false positive' }).waitFor();
    const adjudications = await test.system.db('screening_adjudications').where({ application_id: app.id });
    expect(adjudications).toMatchObject([{ verdict: 'false_positive', actor_name: 'test reviewer', note: 'Different date of birth and nationality.' }]);
    await first.getByLabel('approve', { exact: true }).check();
    await first.getByLabel('false positive match').check();
    await first.getByRole('button', { name: 'Submit: approve' }).click();
    await first.getByRole('status').filter({ hasText: 'A second reviewer must confirm' }).waitFor();
    await first.getByTestId('four-eyes').filter({ hasText: 'You took the first decision' }).waitFor();
    // The console does not let the same person confirm.
    expect(await first.getByRole('button', { name: 'Claim this task' }).isDisabled()).toBe(true);
    await first.screenshot({ path: join(shots, '3-first-review.png'), fullPage: true });
    // A person's identity still pending: its long requirement name wraps instead of running over the Deadline.
    await first.locator('dd', { hasText: /^persons\.per_/ }).waitFor();
    expect(await overflowingFields(first)).toEqual([]);
    await first.getByRole('button', { name: 'Sign out' }).click();
    await first.getByLabel('API key').waitFor();
    await first.close();

    const second = await signIn(keys().senior_reviewer, 'test senior_reviewer');
    await second.getByLabel('Status').selectOption('awaiting_second_review');
    await rowOf(second, taskId).getByText('first: approve by test reviewer').waitFor();
    await rowOf(second, taskId).getByRole('link').click();
    await second.getByTestId('four-eyes').filter({ hasText: 'by test reviewer' }).waitFor();
    await second.getByRole('button', { name: 'Claim this task' }).click();
    await second.getByLabel('false positive match').check();
    expect(await second.getByLabel('approve', { exact: true }).isChecked()).toBe(true); // starts from the first decision
    await second.screenshot({ path: join(shots, '4-second-review.png'), fullPage: true });
    await second.getByRole('button', { name: 'Submit: approve' }).click();
    await second.getByRole('status').filter({ hasText: 'the application is now approved' }).waitFor();

    const decided = (await test.get(`/v1/applications/${app.id}`, keys().reviewer)).body;
    expect(decided).toMatchObject({ status: 'approved', decision: { decidedBy: { name: 'test reviewer' }, confirmedBy: { name: 'test senior_reviewer' } } });
    await second.close();
  });

  it('the governance dashboard renders its charts and exports CSV', async () => {
    const page = await signIn(keys().compliance_officer, 'test compliance_officer');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const charts = page.locator('canvas[data-chart]');
    await charts.first().waitFor();
    // The investigators' targets load on their own: their trend is the fifth chart, with six two-month periods.
    await page.locator('canvas[data-chart="SLA attainment against target"]').waitFor();
    expect(await charts.count()).toBe(5);
    expect(await page.locator('tr[data-period]').count()).toBe(6);
    // Each chart drew something: its canvas is not blank.
    const drawn = await charts.evaluateAll((canvases) =>
      canvases.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        return pixels.some((v, i) => i % 4 === 3 && v > 0);
      }),
    );
    expect(drawn).toEqual([true, true, true, true, true]);
    await page.getByText('applications submitted').waitFor();
    const submitted = await page.locator('.tile', { hasText: 'applications submitted' }).locator('.tile-value').textContent();
    expect(Number(submitted)).toBe(3);
    await page.getByRole('heading', { name: /Transparency report/ }).waitFor();
    await page.screenshot({ path: join(shots, '5-dashboard.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export series CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toBe('bucket,submitted,approved,rejected,automatedDecisions,enforcementActions,appeals,slaAttainment');
    expect(rows.reduce((t, r) => t + Number(r.split(',')[1]), 0)).toBe(3);
    await page.close();
  });

  it("a compliance officer sees regulators' inquiries by deadline and reads the package awaiting approval", async () => {
    const regulator = (await createApiKey(test.system.db, 'regulator', 'UK trading standards', { authority: 'UK Trading Standards', jurisdiction: 'GB' })).key;
    const accepted = await test.post('/v1/applications', keys().onboarding_frontend, ukCompany());
    await waitFor(
      () => test.get(`/v1/applications/${accepted.body.id}`, keys().reviewer),
      (r) => r.body?.status === 'approved',
    );
    const dueAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const inquiry = (
      await test.post('/v1/inquiries', regulator, { reference: 'TS-CONSOLE-1', legalBasis: 'dsa_art_10', sellers: [{ sellerId: accepted.body.sellerId }], categories: ['trader_traceability'], dueAt })
    ).body;
    await waitFor(
      () => test.get(`/v1/inquiries/${inquiry.id}`, keys().compliance_officer),
      (r) => r.body?.status === 'awaiting_approval',
    );

    const page = await signIn(keys().compliance_officer, 'test compliance_officer');
    await page.getByRole('link', { name: 'Inquiries' }).click();
    const row = page.locator(`tr[data-inquiry-id="${inquiry.id}"]`);
    await row.getByText('TS-CONSOLE-1').waitFor();
    await row.getByText('left').waitFor();
    await row.getByRole('button', { name: 'Package' }).click();
    await page.locator('pre.package').filter({ hasText: 'inquiry_response' }).waitFor();
    await page.screenshot({ path: join(shots, '6-inquiries.png'), fullPage: true });
    await page.close();
    // A reviewer's console offers no inquiries at all.
    const reviewer = await signIn(keys().reviewer, 'test reviewer');
    expect(await reviewer.getByRole('link', { name: 'Inquiries' }).count()).toBe(0);
    await reviewer.close();
  });

  it('a reviewer decides a trusted flagger’s notice on its task and sees it decided on the notices page', async () => {
    const sellerId = await approved();
    const { key: flaggerKey, apiKey } = await createApiKey(test.system.db, 'trusted_flagger', 'Console Brand Network');
    await test.post('/v1/trusted-flaggers', keys().compliance_officer, { name: 'Console Brand Network', memberState: 'FR', expertise: ['counterfeit'], clientId: apiKey.clientId });
    const notice = (
      await test.post('/v1/notices', flaggerKey, {
        target: { type: 'listing', sellerId, listingId: 'lst-console-1' },
        category: 'counterfeit',
        explanation: 'The sneakers in this listing carry our mark and are not ours.',
        locations: ['https://shop.example/listings/lst-console-1'],
        notifier: { name: 'Console Brand Network', email: 'notices@brand.example' },
        goodFaith: true,
      })
    ).body;
    const task = (
      await waitFor(
        () => test.get('/v1/review-tasks?kind=notice&status=open', keys().reviewer),
        (r) => r.body.data.some((t: any) => t.subjectId === notice.id),
      )
    ).body.data.find((t: any) => t.subjectId === notice.id);

    const page = await signIn(keys().reviewer, 'test reviewer');
    await page.goto(`/console/#/tasks/${task.id}`);
    await page.getByText('The sneakers in this listing carry our mark').waitFor();
    await page.getByText('trusted flagger').first().waitFor();
    await page.getByRole('button', { name: 'Claim this task' }).click();
    await page.getByLabel('action', { exact: true }).check();
    await page.getByLabel('counterfeit confirmed').check();
    await page.getByLabel(/Manifestly illegal/).check();
    await page.getByRole('combobox', { name: /^Action/ }).selectOption('listing_removal');
    await page.getByRole('combobox', { name: /^Ground/ }).selectOption('law');
    await page.getByLabel('Reference (clause or law)').fill('Regulation (EU) 2017/1001, Art. 9');
    await page.getByLabel('Explanation').fill('Use of an identical mark for identical goods.');
    await page.getByLabel(/Facts, one per line/).fill('The listing offered sneakers under a mark the seller may not use.');
    await page.locator('#case-note').fill('register entry and photos agree');
    await page.getByRole('button', { name: 'Submit: action' }).click();
    await page.getByRole('status').filter({ hasText: 'Decided' }).waitFor();
    await page.screenshot({ path: join(shots, '7-notice-decided.png'), fullPage: true });

    await page.getByRole('link', { name: 'Notices' }).click();
    const row = page.locator(`tr[data-notice-id="${notice.id}"]`);
    await row.getByText('decided').waitFor();
    await row.getByText('manifestly illegal').waitFor();
    await page.locator('tr[data-flagger-id]').filter({ hasText: 'Console Brand Network' }).getByText('100.0%').waitFor();
    await page.screenshot({ path: join(shots, '8-notices.png'), fullPage: true });
    await page.close();
    const decided = (await test.get(`/v1/notices/${notice.id}`, keys().reviewer)).body;
    expect(decided).toMatchObject({ status: 'decided', outcome: 'action', manifestlyIllegal: true, reasons: ['counterfeit_confirmed'] });
    expect((await test.get(`/v1/enforcements/${decided.enforcementId}`, keys().reviewer)).body).toMatchObject({ type: 'listing_removal', listingId: 'lst-console-1', status: 'active' });
  });

  it('the disputes page lists disputes with the rule that chose their path, and the rule report', async () => {
    const sellerId = await approved();
    const dispute = (body: Record<string, unknown>) =>
      test.post('/v1/disputes', keys().order_system, { sellerId, buyerRef: 'buyer-c1', category: 'home', description: 'Never arrived.', evidence: [], ...body });
    const small = (await dispute({ orderId: 'ord-console-1', scenario: 'not_received', amount: { amount: '8.00', currency: 'GBP' } })).body;
    const large = (await dispute({ orderId: 'ord-console-2', scenario: 'damaged', amount: { amount: '90.00', currency: 'GBP' } })).body;
    await waitFor(
      () => test.get(`/v1/disputes/${small.id}`, keys().reviewer),
      (r) => r.body.status === 'resolved',
    );
    const page = await signIn(keys().reviewer, 'test reviewer');
    await page.getByRole('link', { name: 'Disputes' }).click();
    await page.locator(`tr[data-dispute-id="${small.id}"]`).getByText('buyer favour').waitFor();
    const waiting = page.locator(`tr[data-dispute-id="${large.id}"]`);
    await waiting.getByText('damaged.default').waitFor();
    await waiting.getByText('left').waitFor();
    await page.locator('tr[data-rule="not_received.default"]').waitFor();
    await page.screenshot({ path: join(shots, '9-disputes.png'), fullPage: true });
    await page.close();
  });

  it('a seller’s page shows its account group with the links, and opens an investigation on it', async () => {
    const iban = uniqueIban();
    const a = await approved({ iban }, `${Date.now()} Console Row`);
    const b = await approved({ iban }, `${Date.now()} Console Mews`);
    const page = await signIn(keys().reviewer, 'test reviewer');
    await page.goto(`/console/#/sellers/${a}`);
    const group = page.locator('section.account-group');
    await group.locator(`tr[data-member-id="${b}"]`).waitFor();
    await group.getByRole('list', { name: 'Links' }).getByText('bank account').waitFor();
    expect(await group.locator('tr[data-member-id]').count()).toBe(2);
    await page.screenshot({ path: join(shots, '10-account-group.png'), fullPage: true });
    await group.getByRole('button', { name: 'Investigate the group' }).click();
    await group.getByRole('status').filter({ hasText: 'joined this seller’s investigation' }).waitFor();
    await page.close();
    await waitFor(
      () => test.get('/v1/review-tasks?kind=investigation&status=open', keys().reviewer),
      (r) => r.body.data.some((t: any) => t.sellerId === a),
    );
  });

  it('every form control has an accessible name', async () => {
    const page = await signIn(keys().compliance_officer, 'test compliance_officer');
    for (const route of ['#/queue', '#/sellers', '#/inquiries', '#/notices', '#/disputes', '#/dashboard']) {
      await page.goto(`/console/${route}`);
      await page.locator('main h1').waitFor();
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button')]
          .filter((el) => {
            const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
            return !labelled && !(el.textContent ?? '').trim();
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect({ route, unnamed }).toEqual({ route, unnamed: [] });
    }
    // Loading the console and its pages asked for nothing it does not have (a favicon, a font, a map).
    expect(refusedLoads.get(page)).toEqual([]);
    await page.close();
  });
});
