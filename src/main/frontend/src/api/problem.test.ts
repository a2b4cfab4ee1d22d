import { describe, expect, it } from 'vitest';
import { toFormErrors } from './problem';

describe('toFormErrors', () => {
  it('maps each violation to its field path and uses the detail as summary', () => {
    const errors = toFormErrors({
      type: 'https://wijkregie.nl/problems/validation',
      title: 'Ongeldige invoer',
      status: 400,
      detail: 'Controleer de gemarkeerde velden.',
      violations: [
        { field: 'address.postcode', message: 'Postcode is 4 cijfers en 2 letters, bijvoorbeeld 1502AB' },
        { field: 'members[0].bsn', message: 'Dit is geen geldig BSN' },
      ],
    });
    expect(errors).toEqual({
      message: 'Controleer de gemarkeerde velden.',
      fieldErrors: {
        'address.postcode': 'Postcode is 4 cijfers en 2 letters, bijvoorbeeld 1502AB',
        'members[0].bsn': 'Dit is geen geldig BSN',
      },
    });
  });

  it('keeps the first message when a field has several violations', () => {
    const errors = toFormErrors({
      title: 'Ongeldige invoer', status: 400,
      violations: [{ field: 'address.street', message: 'Vul de straat in' }, { field: 'address.street', message: 'Hooguit 100 tekens' }],
    });
    expect(errors.fieldErrors).toEqual({ 'address.street': 'Vul de straat in' });
    expect(errors.message).toBe('Ongeldige invoer');
  });

  it('treats a problem without violations, or with violations: null, as having no field errors', () => {
    expect(toFormErrors({ title: 'Intussen gewijzigd', status: 409, detail: 'Versie 3 is verouderd' }))
      .toEqual({ message: 'Versie 3 is verouderd', fieldErrors: {} });
    expect(toFormErrors({ title: 'Niet toegestaan', status: 422, violations: null }).fieldErrors).toEqual({});
  });

  it('falls back to a Dutch message by HTTP status when the body is no problem document', () => {
    expect(toFormErrors('<html>Bad gateway</html>', 403).message).toBe('Je rol geeft geen toegang tot deze functie.');
    expect(toFormErrors(undefined, 502).message).toBe('Er ging iets mis. Probeer het later opnieuw.');
    expect(toFormErrors(null).message).toBe('Er ging iets mis. Probeer het later opnieuw.');
  });

  it('gives a violation without message a generic one', () => {
    expect(toFormErrors({ violations: [{ field: 'town', message: '' }] }).fieldErrors)
      .toEqual({ town: 'Deze waarde is ongeldig.' });
  });
});
