/**
 * Documents a seller uploads: what types there are, which file formats are taken (recognised by
 * their first bytes, not by what the uploader claims), and how large they may be.
 */
export const documentTypes = ['passport', 'national_id', 'driving_licence', 'proof_of_address', 'business_registration', 'bank_statement', 'tax_document'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Identity documents belong to a person; the others to the business. */
export const personDocumentTypes: readonly DocumentType[] = ['passport', 'national_id', 'driving_licence', 'proof_of_address'];

/** The ones that identify the person: a copy of one is what DSA Art. 30(1)(b) keeps. */
export const identityDocumentTypes: readonly string[] = ['passport', 'national_id', 'driving_licence'];

export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

const signatures: Array<{ contentType: string; magic: number[] }> = [
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export const acceptedContentTypes = signatures.map((s) => s.contentType);

/** The file's real format, or undefined when it is none of the accepted ones. */
export function sniffContentType(bytes: Uint8Array): string | undefined {
  return signatures.find((s) => s.magic.every((b, i) => bytes[i] === b))?.contentType;
}
