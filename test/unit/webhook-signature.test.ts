/**
 * Webhook and callback signatures against fixed vectors computed outside this code base
 * (`printf '%s' '<t>.<body>' | openssl dgst -sha256 -hmac '<secret>'`, and Python's hmac for the
 * UTF-8 case), so a change in how we sign, encode or join the parts fails here.
 */
import { sign, verify } from '../../domain/shared/webhook-signature';

const vectors = [
  { secret: 'whsec_test_0123456789abcdef', t: 1764547200, body: '{"id":"evt_1","object":"event"}', v1: '7ff2109c46a47abe5844d8bcc20f2756303d051288118c5380c57020ea4375aa' },
  { secret: 'sellergate-development-callback-secret', t: 1700000000, body: '', v1: '6df0e54aae244b078acab4e8d864571f269cb2c8d6562d32e6aa50de81f4c4c8' },
  { secret: 'clé-secrète-ünïcode-16+', t: 1764547200, body: '{"name":"Zoë Ω"}', v1: 'b945bb48991bb08ffe124bc32a521c02caf8a2c279a8cddbf6cd23e08f4fa43d' },
];

it.each(vectors)('signs $t with the expected HMAC-SHA256', ({ secret, t, body, v1 }) => {
  expect(sign(secret, body, t)).toBe(`t=${t},v1=${v1}`);
  expect(verify(secret, body, `t=${t},v1=${v1}`, t + 10)).toEqual({ valid: true });
});

it('refuses each way a signature can be wrong, by its reason', () => {
  const { secret, t, body, v1 } = vectors[0];
  expect(verify(secret, `${body} `, `t=${t},v1=${v1}`, t)).toEqual({ valid: false, reason: 'signature_mismatch' });
  expect(verify('another-secret-0123456789', body, `t=${t},v1=${v1}`, t)).toEqual({ valid: false, reason: 'signature_mismatch' });
  // The timestamp is signed: moving it breaks the signature even inside the tolerance.
  expect(verify(secret, body, `t=${t + 1},v1=${v1}`, t)).toEqual({ valid: false, reason: 'signature_mismatch' });
  expect(verify(secret, body, `t=${t},v1=${v1}`, t + 301)).toEqual({ valid: false, reason: 'timestamp_outside_tolerance' });
  expect(verify(secret, body, `t=${t},v1=${v1}`, t - 301)).toEqual({ valid: false, reason: 'timestamp_outside_tolerance' });
  for (const header of [undefined, '', `t=${t}`, `v1=${v1}`, `t=abc,v1=${v1}`, `t=${t},v1=${v1.slice(1)}`, `t=${t},v1=${v1.toUpperCase()}`]) {
    expect(verify(secret, body, header, t)).toEqual({ valid: false, reason: 'malformed' });
  }
});
