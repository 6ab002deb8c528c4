import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { takeLock } from './embedded-postgres.js';

/** The embedded data directory's lock file: one process at a time, stale locks taken over. */
describe('the embedded data directory lock', () => {
  let dir: string;
  let lock: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'schakel-lock-'));
    lock = join(dir, '.schakel.lock');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const rest = () => readdirSync(dir).filter((f) => f !== '.schakel.lock');

  it('is taken whole, with the pid already in it, and released by its owner', () => {
    const release = takeLock(lock);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    expect(rest()).toEqual([]);
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('refuses a lock that a live process holds, and leaves it as it was', () => {
    writeFileSync(lock, String(process.ppid));
    expect(() => takeLock(lock)).toThrow(`in use by process ${String(process.ppid)}`);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.ppid));
    expect(rest()).toEqual([]);
  });

  it.each([
    ['a process that is gone', '2147483646'],
    ['garbage', 'geen pid'],
    ['an empty file', ''],
  ])('takes over a stale lock of %s', (_, inhoud) => {
    writeFileSync(lock, inhoud);
    const release = takeLock(lock);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    expect(rest()).toEqual([]);
    release();
  });

  it('never releases a lock another process took after its own was moved', () => {
    const release = takeLock(lock, 2147483645);
    writeFileSync(lock, String(process.ppid));
    release();
    expect(readFileSync(lock, 'utf8')).toBe(String(process.ppid));
  });
});
