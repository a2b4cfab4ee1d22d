import { describe, expect, it } from 'vitest';
import { csvUpload } from './csvUpload';

describe('csvUpload', () => {
  it('sends the file itself, not a decoded string, as text/csv', () => {
    const latin1 = new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xe9])]);
    const options = csvUpload(latin1);
    expect(options.bodySerializer(options.body)).toBe(latin1);
    expect(options.headers['Content-Type']).toBe('text/csv');
  });
});
