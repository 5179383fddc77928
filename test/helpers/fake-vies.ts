/**
 * A local fake of the VIES REST API's number check, `GET /ms/{memberState}/vat/{number}`, answering
 * in its documented shape: `isValid`, `userError` (VALID, INVALID, MS_UNAVAILABLE, ...), `name`,
 * `address`, `requestDate`, `requestIdentifier`. Registered numbers are set per test; the next
 * answers for a member state can be scripted (its service unavailable, a 500, a body that is not JSON).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ViesTrouble = { userError: string } | { status: number } | { garbage: true };

export interface FakeVies {
  url: string;
  /** `${memberState}${number}` -> the registered name ("---" when the state does not disclose it). */
  registered: Map<string, string>;
  calls: string[];
  trouble(memberState: string, ...next: ViesTrouble[]): void;
  stop(): Promise<void>;
}

export async function startFakeVies(): Promise<FakeVies> {
  const registered = new Map<string, string>();
  const calls: string[] = [];
  const scripts = new Map<string, ViesTrouble[]>();
  let consultations = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    calls.push(url.pathname);
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
    const m = /^\/ms\/([A-Z]{2})\/vat\/([0-9A-Z+*]+)$/.exec(url.pathname);
    if (!m) return send(404, { errorWrappers: [{ error: 'NOT_FOUND' }] });
    const [, state, number] = m as unknown as [string, string, string];
    const requestDate = new Date().toISOString();
    const trouble = scripts.get(state)?.shift();
    if (trouble && 'garbage' in trouble) return send(200, '<html>VIES maintenance</html>');
    if (trouble && 'status' in trouble) return send(trouble.status, { actionSucceed: false, errorWrappers: [{ error: 'SERVICE_UNAVAILABLE' }] });
    if (trouble) return send(200, { isValid: false, requestDate, userError: trouble.userError, name: null, address: null, requestIdentifier: '', vatNumber: number, viesApproximate: {} });
    const name = registered.get(`${state}${number}`);
    consultations += 1;
    return send(200, {
      isValid: name !== undefined,
      requestDate,
      userError: name !== undefined ? 'VALID' : 'INVALID',
      name: name ?? '---',
      address: name !== undefined ? '1 MAIN STREET, DUBLIN' : '---',
      requestIdentifier: `WAPIAAAAW${String(consultations).padStart(7, '0')}`,
      vatNumber: number,
      viesApproximate: { name: '---', street: '---', postalCode: '---', city: '---', companyType: '---', matchName: 3, matchStreet: 3, matchPostalCode: 3, matchCity: 3, matchCompanyType: 3 },
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    registered,
    calls,
    trouble: (state, ...next) => scripts.set(state, [...(scripts.get(state) ?? []), ...next]),
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
