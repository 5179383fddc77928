/**
 * A notice of illegal content as anyone may send it (DSA Art. 16(2)), and a reviewer's decision on
 * it. Art. 16(2) asks for (a) "a sufficiently substantiated explanation of the reasons why the
 * individual or entity alleges the information in question to be illegal content"; (b) "a clear
 * indication of the exact electronic location of that information, such as the exact URL or URLs";
 * (c) "the name and email address of the individual or entity submitting the notice, except in the
 * case of information considered to involve one of the offences referred to in Articles 3 to 7 of
 * Directive 2011/93/EU" (child sexual abuse material); (d) "a statement confirming the bona fide
 * belief ... that the information and allegations contained therein are accurate and complete".
 * Each missing element is refused with the letter it fails, so the notifier knows what to add.
 */
import { z } from 'zod';
import { rootCauses } from '../operations/root-causes';
import { enforcementTypes } from '../enforcement/enforcement';
import { allCodes, refineReasons } from '../shared/reason-codes';
import { listingActionTypes, noticeCategories, noticeReasonCodes } from './codes';

const sellerId = z.string().regex(/^sel_[0-9a-z]{20}$/, 'must be the ID of a seller');

export const noticeSchema = z
  .strictObject({
    target: z.strictObject({
      type: z.enum(['listing', 'seller']),
      sellerId,
      /** The marketplace's own ID of the listing; required for a listing. */
      listingId: z.string().max(200).trim().min(1).optional(),
      /** When the listing went online, if the notifier's system knows it (the statement's content date). */
      listedAt: z.iso.datetime({ offset: true }).optional(),
    }),
    category: z.enum(noticeCategories),
    explanation: z.string().max(10_000).trim().optional(),
    locations: z.array(z.url()).max(50).optional(),
    notifier: z
      .strictObject({
        name: z.string().max(300).trim().min(1).optional(),
        email: z.email().optional(),
      })
      .optional(),
    goodFaith: z.boolean().optional(),
    /** The law the notifier says is broken, if they name it. */
    legalReference: z.string().max(500).trim().optional(),
  })
  .superRefine((n, ctx) => {
    const missing = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!n.explanation || n.explanation.length < 20) missing(['explanation'], 'Art. 16(2)(a): explain in at least a sentence why the content is illegal');
    if (!n.locations || n.locations.length === 0) missing(['locations'], 'Art. 16(2)(b): give the exact URL or URLs of the content');
    if (n.category !== 'child_sexual_abuse_material') {
      if (!n.notifier?.name) missing(['notifier', 'name'], 'Art. 16(2)(c): your name is required (except for child sexual abuse material)');
      if (!n.notifier?.email) missing(['notifier', 'email'], 'Art. 16(2)(c): your email address is required (except for child sexual abuse material)');
    }
    if (n.goodFaith !== true) missing(['goodFaith'], 'Art. 16(2)(d): confirm that you believe in good faith that the notice is accurate and complete');
    if (n.target.type === 'listing' && !n.target.listingId) missing(['target', 'listingId'], 'Art. 16(2)(b): name the listing the notice is about');
  });
export type NoticeInput = z.infer<typeof noticeSchema>;

const allReasons = allCodes(noticeReasonCodes);
const ground = z.strictObject({ type: z.enum(['terms', 'law']), reference: z.string().max(300).trim().min(3), explanation: z.string().max(2000).trim().min(3) });

export const noticeDecisionSchema = z
  .strictObject({
    outcome: z.enum(['action', 'no_action']),
    reasons: z.array(z.enum(allReasons)).min(1),
    note: z.string().max(4000).trim().min(1),
    /** Why the case happened at all (domain/operations/root-causes.ts), for the root-cause report. */
    rootCause: z.enum(rootCauses).optional(),
    /** Art. 23(1): the content is manifestly illegal (counts towards the seller's misuse). */
    manifestlyIllegal: z.boolean().default(false),
    /** Art. 23(2): the notice is manifestly unfounded (counts towards the notifier's misuse). */
    manifestlyUnfounded: z.boolean().default(false),
    action: z
      .strictObject({
        /** One listing, or the seller as a whole (an enforcement action of the ladder). */
        type: z.enum([...listingActionTypes, ...(enforcementTypes as readonly string[])] as [string, ...string[]]),
        ground,
        /** The facts for the statement of reasons: what happened, without names or contact details. */
        facts: z.array(z.string().max(1000).trim().min(3)).min(1).max(10),
      })
      .optional(),
  })
  .superRefine((d, ctx) => {
    refineReasons(ctx, noticeReasonCodes, d.outcome, d.reasons);
    if (d.outcome === 'action' && !d.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'is required to act' });
    if (d.outcome === 'no_action' && d.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'is only for action' });
    if (d.outcome === 'no_action' && d.manifestlyIllegal) ctx.addIssue({ code: 'custom', path: ['manifestlyIllegal'], message: 'manifestly illegal content is acted on' });
    if (d.outcome === 'action' && d.manifestlyUnfounded) ctx.addIssue({ code: 'custom', path: ['manifestlyUnfounded'], message: 'a notice acted on is not unfounded' });
  });
export type NoticeDecision = z.infer<typeof noticeDecisionSchema>;

export const trustedFlaggerSchema = z.strictObject({
  name: z.string().max(300).trim().min(2),
  /** The Digital Services Coordinator that awarded the status (Art. 22(2)), by its Member State. */
  memberState: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code'),
  expertise: z.array(z.enum(noticeCategories)).min(1),
  /** The API key client its notices come in with (sellergate api-key create --role trusted_flagger --client ...). */
  clientId: z.string().max(100).trim().min(3),
});
export type TrustedFlaggerInput = z.infer<typeof trustedFlaggerSchema>;
