/**
 * Documents a seller uploads: what types there are, which file formats are taken (recognised by
 * their structure, not by what the uploader claims), and how large they may be.
 */
export const documentTypes = ['passport', 'national_id', 'driving_licence', 'proof_of_address', 'business_registration', 'bank_statement', 'tax_document'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Identity documents belong to a person; the others to the business. */
export const personDocumentTypes: readonly DocumentType[] = ['passport', 'national_id', 'driving_licence', 'proof_of_address'];

/** The ones that identify the person: a copy of one is what DSA Art. 30(1)(b) keeps. */
export const identityDocumentTypes: readonly string[] = ['passport', 'national_id', 'driving_licence'];

export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

const ascii = (bytes: Uint8Array, from: number, to?: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
const endsWith = (bytes: Uint8Array, tail: number[]) => bytes.length >= tail.length && tail.every((b, i) => bytes[bytes.length - tail.length + i] === b);

/**
 * Each accepted format by its structure, not only its first bytes (a file that starts "%PDF-" and
 * goes on as an HTML page is no PDF):
 * - PDF (ISO 32000-1, 7.5): "%PDF-" and a version, and a file trailer, "startxref" then "%%EOF", at the end;
 * - JPEG (ITU T.81, B.2): starts with SOI (FF D8) and a marker, ends with EOI (FF D9);
 * - PNG (ISO 15948, 5.2 and 11.2.5): the eight-byte signature, and the IEND chunk last.
 */
const formats: Array<{ contentType: string; is: (bytes: Uint8Array) => boolean }> = [
  {
    contentType: 'application/pdf',
    is: (b) => /^%PDF-\d\.\d/.test(ascii(b, 0, 8)) && /startxref\s+\d+\s+%%EOF\s*$/.test(ascii(b, Math.max(0, b.length - 1024))),
  },
  { contentType: 'image/jpeg', is: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff && endsWith(b, [0xff, 0xd9]) },
  {
    contentType: 'image/png',
    is: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x) && endsWith(b, [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
  },
];

export const acceptedContentTypes = formats.map((f) => f.contentType);

/** The file's real format, or undefined when it is none of the accepted ones (or only looks like one at its start). */
export function sniffContentType(bytes: Uint8Array): string | undefined {
  return formats.find((f) => f.is(bytes))?.contentType;
}
