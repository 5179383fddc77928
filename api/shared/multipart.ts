/**
 * Multipart bodies (a document upload): one file, held in memory under a size cap so the digest is
 * taken before anything is stored. A body the parser cannot read is the client's to fix (400 naming
 * what), an oversized file a 413.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { invalidField, Problem } from './problem';

export const notMultipart = () => invalidField('(body)', 'not_multipart', 'must be multipart/form-data');

export function multipartBody(file: string, maxBytes: number): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 8 } }).single(file);
  return (req: Request, res: Response, next: NextFunction) =>
    upload(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE')
          return next(new Problem('document_too_large', `The file is larger than ${maxBytes} bytes`, { errors: [{ path: file, code: 'too_large', message: `must be at most ${maxBytes} bytes` }] }));
        return next(invalidField(err.field ?? '(body)', err.code.toLowerCase(), err.message));
      }
      if (/Multipart: Boundary not found|Unsupported content type/i.test((err as Error)?.message ?? '')) return next(notMultipart());
      // Anything else the parser trips on (a malformed part header, a form cut short) is a body
      // that is not well-formed multipart.
      next(invalidField('(body)', 'malformed_multipart', `is not well-formed multipart/form-data (${(err as Error)?.message ?? 'unreadable'})`));
    });
}
