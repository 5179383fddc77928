/**
 * The statement of reasons each member of an account group gets when an enforcement covers the
 * group (DSA Art. 17(3)(c): the facts relied on): that the account is linked to the account the
 * investigation found against, by what (kinds only, never the shared value), then the facts found.
 */
import type { StatementOfReasons } from '../enforcement/enforcement';
import type { LinkKind } from './link-kinds';

const described: Record<LinkKind, string> = {
  bank_account: 'a bank account',
  tax_id: 'a tax ID',
  person: 'a person',
  address: 'a business address',
  phone: 'a phone number',
  email_domain: 'an email domain',
  device: 'a device',
  ip: 'an IP address',
};

export function groupMemberStatement(base: StatementOfReasons, directLinks: readonly LinkKind[]): StatementOfReasons {
  const link =
    directLinks.length > 0
      ? `This account shares ${directLinks.map((k) => described[k]).join(', ')} with the account this decision was taken against, and is treated as part of the same group of accounts.`
      : 'This account is linked, through other accounts that share identifying details with it, to the account this decision was taken against, and is treated as part of the same group of accounts.';
  return { ...base, facts: [link, ...base.facts.map((f) => `On the linked account: ${f}`)], reasons: [...(base.reasons ?? []), 'account_group_member'] };
}
