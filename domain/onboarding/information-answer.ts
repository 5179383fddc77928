/** What a frontend sends to answer a request for information: only fields that can change. */
import { z } from 'zod';
import { addressSchema, bankAccountSchema, countryCode, isoDate, personSchema } from './application';

const text = (max = 200) => z.string().trim().min(1).max(max);

export const informationAnswerSchema = z
  .strictObject({
    business: z
      .strictObject({
        legalName: text().optional(),
        tradingName: text().optional(),
        registrationNumber: text(50).optional(),
        taxId: text(50).optional(),
        vatNumber: text(50).optional(),
        tradeRegister: text(200).optional(),
        address: addressSchema.optional(),
      })
      .optional(),
    persons: z
      .array(
        z.strictObject({
          id: z.string().regex(/^per_[0-9a-z]{20}$/, 'must be the ID of a person on this application'),
          firstName: text(100).optional(),
          lastName: text(100).optional(),
          dateOfBirth: isoDate.optional(),
          nationality: countryCode.optional(),
          address: addressSchema.optional(),
          idDocument: personSchema.shape.idDocument,
        }),
      )
      .max(20)
      .optional(),
    bankAccount: bankAccountSchema.optional(),
    /** Documents uploaded through POST /v1/applications/{id}/documents; a reviewer looks at them. */
    documents: z
      .array(z.string().regex(/^doc_[0-9a-z]{20}$/, 'must be the ID of a document uploaded to this application'))
      .min(1)
      .max(20)
      .optional(),
    note: z.string().trim().max(4000).optional(),
  })
  .refine((a) => a.business || a.persons?.length || a.bankAccount || a.documents?.length, 'give at least one of business, persons, bankAccount, documents');

export type InformationAnswer = z.infer<typeof informationAnswerSchema>;
