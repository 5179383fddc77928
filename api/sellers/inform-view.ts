/** A seller's INFORM Act record as the API shows it, with what buyers must be shown (15 U.S.C. § 45f(b)). */
import { buyerDisclosure, type BuyerDisclosure } from '../../domain/inform/inform';
import { iso } from '../onboarding/application-view';

export interface InformRow {
  status: string;
  crossed_on: string;
  missing: string[];
  due_at: Date | null;
  certified_at: Date | null;
  verified_at: Date | null;
  verification: Record<string, { status: 'verified' | 'failed' | 'not_verifiable'; provider: string; result?: string }> | null;
  disclosure_required: boolean;
  peak_revenue_usd: string | null;
  disclosure: BuyerDisclosure | null;
  seller_kind: 'individual' | 'business' | null;
}

export function informView(r: InformRow) {
  // Until the seller certifies its exceptions, the full disclosure applies.
  const show = r.disclosure_required ? (r.disclosure ?? buyerDisclosure()) : null;
  return {
    status: r.status,
    sellerKind: r.seller_kind,
    highVolumeSince: r.crossed_on,
    missing: r.missing,
    dueAt: iso(r.due_at),
    certifiedAt: iso(r.certified_at),
    verifiedAt: iso(r.verified_at),
    verification: r.verification,
    buyerDisclosure: {
      required: r.disclosure_required,
      peakRevenueUsd: r.peak_revenue_usd === null ? null : Number(r.peak_revenue_usd),
      show: show && { name: show.name, address: show.address, phone: show.phone, email: show.email },
    },
  };
}
