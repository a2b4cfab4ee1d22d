/** The logic of the Signaalpartners section of Beheer: the DDAS partner types and what a partner form must hold. */

/** The DDAS v0.9 partner types (EnumPartnerType) with their labels, in the order of the data model. */
export const PARTNER_TYPES: { value: string; label: string }[] = [
  { value: 'ENERGIE', label: 'Energie' },
  { value: 'HUUR', label: 'Huur' },
  { value: 'HYPOTHEEK', label: 'Hypotheek' },
  { value: 'CAK_ZORGVERZEKERINGEN', label: 'CAK Zorgverzekeringen' },
  { value: 'ZORG', label: 'Zorg' },
  { value: 'WATER', label: 'Water' },
  { value: 'DUO', label: 'DUO' },
  { value: 'BELASTINGDIENST', label: 'Belastingdienst' },
  { value: 'CAK_EIGEN_BIJDRAGE', label: 'CAK Eigen bijdrage' },
  { value: 'OVERIGE', label: 'Overige' },
  { value: 'DIENST_TOESLAGEN', label: 'Dienst Toeslagen' },
];

const ACCOUNT = /^[A-Za-z0-9._@-]{1,100}$/;

export interface PartnerForm {
  account: string;
  organisation: string;
  partnerType: string;
}

/** The messages per field before anything is sent; empty when the form can go to the server. */
export function partnerFormErrors(form: PartnerForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const account = form.account.trim();
  if (account === '') errors.account = 'Vul het account in.';
  else if (!ACCOUNT.test(account)) errors.account = 'Een account bestaat uit letters, cijfers en . _ @ -, zonder spaties.';
  if (form.organisation.trim() === '') errors.organisation = 'Vul de naam van de organisatie in.';
  else if (form.organisation.trim().length > 200) errors.organisation = 'Hooguit 200 tekens.';
  if (!PARTNER_TYPES.some((type) => type.value === form.partnerType)) errors.partnerType = 'Kies het soort signaalpartner.';
  return errors;
}
