import { expect } from '@open-wc/testing';
import { storageDurability } from '../../../src/reader/store/storage-durability.js';

const heap = (performance as Performance & { memory?: { jsHeapSizeLimit: number } }).memory?.jsHeapSizeLimit ?? 0;

/** Runs `fn` with `navigator.storage` replaced. */
async function withStorage<T>(storage: Partial<StorageManager> | undefined, fn: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  try {
    return await fn();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).storage; // back to Navigator.prototype's
  }
}

describe('storageDurability: will the offline copy outlive this window?', () => {
  it('Chromium reports a heap limit here', () => {
    expect(heap).to.be.greaterThan(0);
  });

  it('kept when the browser granted persistent storage', async () => {
    expect(await withStorage({ persisted: async () => true, estimate: async () => ({ quota: 1 }) }, storageDurability)).to.equal('kept');
  });

  it('ephemeral when the quota comes from memory (under twice the heap limit): incognito, guest, ephemeral WebView', async () => {
    expect(await withStorage({ persisted: async () => false, estimate: async () => ({ quota: heap }) }, storageDurability)).to.equal('ephemeral');
  });

  it('kept when the quota comes from the disk', async () => {
    expect(await withStorage({ persisted: async () => false, estimate: async () => ({ quota: heap * 3 }) }, storageDurability)).to.equal('kept');
  });

  it('unknown without the Storage API, or when it fails', async () => {
    expect(await withStorage(undefined, storageDurability)).to.equal('unknown');
    expect(await withStorage({ persisted: async () => false, estimate: () => Promise.reject(new Error('no')) }, storageDurability)).to.equal('unknown');
  });
});
