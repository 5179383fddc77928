/** The daily cycle's ranges of sellers (domain/performance/seller-ranges.ts): every seller in exactly one, the ranges even. */
import { ID_ALPHABET as alphabet, newId } from '../../domain/shared/ids';
import { inSellerRange, MAX_SELLER_RANGES, sellerRanges } from '../../domain/performance/seller-ranges';

const everyPrefix = [...alphabet].flatMap((a) => [...alphabet].map((b) => `sel_${a}${b}`));

it.each([1, 2, 3, 7, 36, 100, MAX_SELLER_RANGES])('%i ranges hold every seller exactly once, with as many ID prefixes each within one', (count) => {
  const ranges = sellerRanges(count);
  expect(ranges).toHaveLength(count);
  const ids = [...Array.from({ length: 2000 }, () => newId('seller')), 'sel_00000000000000000000', 'sel_zzzzzzzzzzzzzzzzzzzz', ...everyPrefix.map((p) => `${p}000000000000000000`)];
  for (const id of ids) expect({ id, holders: ranges.filter((r) => inSellerRange(id, r)).length }).toEqual({ id, holders: 1 });
  const sizes = ranges.map((r) => everyPrefix.filter((p) => inSellerRange(`${p}0`, r)).length);
  expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
});

it('refuses a count it cannot split into', () => {
  expect(() => sellerRanges(0)).toThrow('1 to 1024');
  expect(() => sellerRanges(MAX_SELLER_RANGES + 1)).toThrow('1 to 1024');
});
