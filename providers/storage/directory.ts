/**
 * Documents as files under a directory (the embedded mode's data directory). Written to a temporary
 * name and renamed, so a crash never leaves a half-written document under its real key.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DocumentStorage } from './types';

export class DirectoryStorage implements DocumentStorage {
  readonly name = 'directory';

  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(resolve(this.root) + sep)) throw new Error('storage key leaves the storage directory');
    return path;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = join(dirname(path), `.${randomUUID()}.part`);
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, path);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
