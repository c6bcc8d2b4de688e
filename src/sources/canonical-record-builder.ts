import { ErrorCode, FieldIssue, fieldIssue } from '../errors';
import {
  normaliseDate,
  normaliseEmail,
  normaliseName,
  normalisePhone,
  normaliseUsAddress,
  isJunkIdentifier,
  NormaliseResult,
} from '../ingestion/normalise';
import {
  AttributeValue,
  CanonicalRecord,
  DeviceClaim,
  DeviceType,
  IdentifierClaim,
  IdentifierType,
  PersonAttribute,
  SignalClass,
  SourceSystem,
} from '../model';
import { hashPaymentToken, normaliseIssuedId } from './identifier-values';

export interface BuilderOptions {
  /** Key for hashing payment tokens, so that the graph never holds a token a processor would accept. */
  tokenHashKey: string;
  defaultPhoneRegion?: 'US' | 'CA';
}

export type BuildResult = { ok: true; record: CanonicalRecord } | { ok: false; issues: FieldIssue[] };

/**
 * Collects one source record's values into a CanonicalRecord, normalising each and remembering every problem,
 * so that a rejected record reports all its bad fields at once rather than the first.
 */
export class CanonicalRecordBuilder {
  private readonly attributes: AttributeValue[] = [];
  private readonly identifiers: IdentifierClaim[] = [];
  private readonly devices: DeviceClaim[] = [];
  private readonly junkFields: string[] = [];
  private readonly issues: FieldIssue[] = [];

  constructor(
    private readonly source: SourceSystem,
    private readonly sourceId: string,
    private readonly observedAt: string,
    private readonly banner: string | undefined,
    private readonly options: BuilderOptions,
  ) {}

  name(attribute: PersonAttribute, raw: string | undefined, field: string, signal: SignalClass): this {
    return this.attribute(attribute, raw, field, signal, normaliseName);
  }

  birthDate(raw: string | undefined, field: string, signal: SignalClass): this {
    return this.attribute('dateOfBirth', raw, field, signal, (v) => normaliseDate(v));
  }

  gender(raw: string | undefined, field: string, signal: SignalClass): this {
    if (raw === undefined) return this;
    const value = GENDER_WORDS[raw.trim().toLowerCase()];
    if (value === undefined) {
      this.issues.push(fieldIssue(field, ErrorCode.INVALID_ENUM_VALUE, 'must be one of F, M, X (or female, male, nonbinary)'));
    } else {
      this.attributes.push({ name: 'gender', value, signal });
    }
    return this;
  }

  postalCode(raw: string | undefined, field: string, signal: SignalClass): this {
    if (raw === undefined) return this;
    const match = /^(\d{5})(?:-?\d{4})?$/.exec(raw.trim());
    if (!match?.[1]) {
      this.issues.push(fieldIssue(field, ErrorCode.INVALID_POSTAL_CODE, 'must be a US ZIP code: 5 digits, or ZIP+4'));
    } else {
      this.attributes.push({ name: 'postalCode', value: match[1], signal });
    }
    return this;
  }

  email(raw: string | undefined, field: string, signal: SignalClass, verified: boolean): this {
    return this.identifierFrom('email', raw, field, signal, verified, (v) => normaliseEmail(v));
  }

  phone(raw: string | undefined, field: string, signal: SignalClass): this {
    return this.identifierFrom('phone', raw, field, signal, false, (v) =>
      normalisePhone(v, this.options.defaultPhoneRegion ?? 'US'),
    );
  }

  /** An id the retailer issued (loyalty card, CRM id, account id): verified by construction. */
  issuedId(type: IdentifierType, raw: string | undefined, field: string, signal: SignalClass): this {
    if (raw === undefined) return this;
    const value = normaliseIssuedId(raw);
    if (value === null) {
      this.issues.push(fieldIssue(field, ErrorCode.INVALID_IDENTIFIER, 'may hold only letters, digits, dots, colons, spaces and dashes (at most 64)'));
      return this;
    }
    if (isJunkIdentifier(type, value) !== null) {
      this.junkFields.push(field);
      return this;
    }
    this.identifiers.push({ type, value, signal, verified: true, field });
    return this;
  }

  paymentToken(raw: string | undefined, field: string, signal: SignalClass): this {
    if (raw === undefined) return this;
    const token = raw.trim();
    if (isJunkIdentifier('payment_token', token) !== null) {
      this.junkFields.push(field);
      return this;
    }
    const value = hashPaymentToken(token, this.options.tokenHashKey);
    this.identifiers.push({ type: 'payment_token', value, signal, verified: false, field });
    return this;
  }

  address(
    raw: { addressLine1?: string; addressLine2?: string; city?: string; state?: string; zip?: string },
    field: string,
    signal: SignalClass,
  ): this {
    const given = [raw.addressLine1, raw.addressLine2, raw.city, raw.state, raw.zip].some((v) => v !== undefined);
    if (!given) return this;
    const result = normaliseUsAddress({
      line1: raw.addressLine1,
      line2: raw.addressLine2,
      city: raw.city,
      state: raw.state,
      zip: raw.zip,
    });
    return this.accept(result, field, ({ key, ...parts }) => {
      this.identifiers.push({ type: 'postal_address', value: key, signal, verified: false, field, address: parts });
      this.attributes.push({ name: 'postalCode', value: parts.zip5, signal });
    });
  }

  deviceIds(type: DeviceType, ids: string[], field: string): this {
    for (const id of ids) {
      if (!/^[A-Za-z0-9._:-]{4,128}$/.test(id)) {
        this.issues.push(fieldIssue(field, ErrorCode.INVALID_IDENTIFIER, 'device ids are 4 to 128 letters, digits, dots, colons, dashes or underscores'));
        continue;
      }
      this.devices.push({ type, id, signal: 'OBSERVED', field });
    }
    return this;
  }

  /** Adds a problem found by the adapter itself (e.g. a rule across two fields). */
  problem(issue: FieldIssue): this {
    this.issues.push(issue);
    return this;
  }

  build(): BuildResult {
    if (this.issues.length > 0) return { ok: false, issues: this.issues };
    return {
      ok: true,
      record: {
        source: this.source,
        sourceId: this.sourceId,
        ...(this.banner === undefined ? {} : { banner: this.banner }),
        observedAt: this.observedAt,
        attributes: dedupeAttributes(this.attributes),
        identifiers: dedupeBy(this.identifiers, (i) => `${i.type}:${i.value}`),
        devices: dedupeBy(this.devices, (d) => `${d.type}:${d.id}`),
        junkFields: this.junkFields,
      },
    };
  }

  private attribute(
    name: PersonAttribute,
    raw: string | undefined,
    field: string,
    signal: SignalClass,
    normalise: (raw: string) => NormaliseResult<string>,
  ): this {
    if (raw === undefined) return this;
    return this.accept(normalise(raw), field, (value) => this.attributes.push({ name, value, signal }));
  }

  private identifierFrom(
    type: IdentifierType,
    raw: string | undefined,
    field: string,
    signal: SignalClass,
    verified: boolean,
    normalise: (raw: string) => NormaliseResult<string>,
  ): this {
    if (raw === undefined) return this;
    return this.accept(normalise(raw), field, (value) => this.identifiers.push({ type, value, signal, verified, field }));
  }

  /** Keeps an ok value, sets a placeholder aside as junk, records an invalid value as the field's problem. */
  private accept<T>(result: NormaliseResult<T>, field: string, keep: (value: T) => void): this {
    switch (result.kind) {
      case 'ok':
        keep(result.value);
        return this;
      case 'junk':
        this.junkFields.push(field);
        return this;
      case 'invalid':
        this.issues.push(fieldIssue(field, result.code, result.message));
        return this;
    }
  }
}

const GENDER_WORDS: Record<string, string> = {
  f: 'F', female: 'F', w: 'F', woman: 'F',
  m: 'M', male: 'M', man: 'M',
  x: 'X', nonbinary: 'X', 'non-binary': 'X',
};

function dedupeBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** One value per attribute: the first one given wins (adapters add the most explicit field first). */
function dedupeAttributes(attributes: AttributeValue[]): AttributeValue[] {
  return dedupeBy(attributes, (a) => a.name);
}
