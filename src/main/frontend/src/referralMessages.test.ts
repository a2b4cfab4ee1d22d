import { describe, expect, it } from 'vitest';
import { canResume, messageKindLabel, outcomeLabel, pageText } from './referralMessages';

describe('referral messages', () => {
  it('names the message kinds and outcomes in Dutch, and passes unknown codes through', () => {
    expect(messageKindLabel('305')).toBe('Start zorg (305)');
    expect(messageKindLabel('999')).toBe('999');
    expect(messageKindLabel(null)).toBe('');
    expect(outcomeLabel('UNMATCHED')).toBe('Niet gekoppeld');
    expect(outcomeLabel('DUPLICATE')).toBe('Al ontvangen');
  });

  it('offers resume only for an import that broke off or never started', () => {
    expect(canResume('FAILED')).toBe(true);
    expect(canResume('RECEIVED')).toBe(true);
    expect(canResume('RUNNING')).toBe(false);
    expect(canResume('DONE')).toBe(false);
  });

  it('counts pages only when there is more than one', () => {
    expect(pageText(0, 50, 0)).toBe('');
    expect(pageText(0, 50, 50)).toBe('');
    expect(pageText(1, 50, 51)).toBe('Pagina 2 van 2');
  });
});
