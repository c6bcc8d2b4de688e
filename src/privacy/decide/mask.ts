/**
 * Masks keep just enough to recognise a value (a***@domain, a phone's last four digits, a birth year) and
 * never the whole of it. A field without a mask of its own is hidden completely.
 */
export type MaskKind = 'email' | 'phone' | 'postal_address' | 'name' | 'date_of_birth' | 'postal_code' | 'id' | 'hidden';

const HIDDEN = '***';

export function maskKindOf(field: string): MaskKind {
  switch (field) {
    case 'identifier.email':
      return 'email';
    case 'identifier.phone':
      return 'phone';
    case 'identifier.postal_address':
      return 'postal_address';
    case 'attribute.givenName':
    case 'attribute.middleName':
    case 'attribute.familyName':
      return 'name';
    case 'attribute.dateOfBirth':
      return 'date_of_birth';
    case 'attribute.postalCode':
      return 'postal_code';
    default:
      return field.startsWith('identifier.') || field.startsWith('device.') || field.startsWith('record') || field.startsWith('customer') || field === 'household'
        ? 'id'
        : 'hidden';
  }
}

export function maskValue(kind: MaskKind, value: string): string {
  switch (kind) {
    case 'email': {
      const at = value.lastIndexOf('@');
      return at > 0 ? `${value[0]}***${value.slice(at)}` : HIDDEN;
    }
    case 'phone': {
      const digits = value.replace(/\D/g, '');
      return digits.length > 4 ? `***-***-${digits.slice(-4)}` : HIDDEN;
    }
    case 'postal_address': {
      // Stored as LINE1|UNIT|CITY|STATE|ZIP5: keep the state and the ZIP's first three digits.
      const parts = value.split('|');
      const state = parts[3] ?? '';
      const zip = parts[4] ?? '';
      return /^[A-Z]{2}$/.test(state) && /^\d{5}$/.test(zip) ? `***|***|***|${state}|${maskZip(zip)}` : HIDDEN;
    }
    case 'name':
      return value.length > 1 ? `${value[0]}.` : HIDDEN;
    case 'date_of_birth':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.slice(0, 4) : HIDDEN;
    case 'postal_code':
      return /^\d{5}$/.test(value) ? maskZip(value) : HIDDEN;
    case 'id':
      return value.length > 8 ? `***${value.slice(-4)}` : HIDDEN;
    case 'hidden':
      return HIDDEN;
  }
}

/** An address's parts, masked like its key: the state and ZIP3 only. */
export function maskAddress<A extends { line1: string; line2: string | null; city: string; state: string; zip5: string }>(address: A): A {
  return { ...address, line1: HIDDEN, line2: address.line2 === null ? null : HIDDEN, city: HIDDEN, zip5: maskZip(address.zip5) };
}

function maskZip(zip: string): string {
  return /^\d{5}$/.test(zip) ? `${zip.slice(0, 3)}**` : HIDDEN;
}
