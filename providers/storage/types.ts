/** Where uploaded documents live: a directory in the embedded mode, S3-compatible storage in production. */
export interface DocumentStorage {
  readonly name: string;
  /** Stores the bytes under the key; storing the same key again with the same bytes is harmless. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Gone for good (retention); deleting what is already gone is not an error. */
  delete(key: string): Promise<void>;
}
