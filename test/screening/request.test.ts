import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../lib/errors.js';
import { LIMITS, parseSignupRequest } from '../../lib/screening/request.js';

const fieldsOf = (body: unknown) => {
  try {
    parseSignupRequest(body);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).errors.map((e) => e.field);
  }
};

describe('parseSignupRequest', () => {
  it('normalizes a full request: countries to ISO codes, unknown shares to null', () => {
    const request = parseSignupRequest({
      customerId: 'acct-1',
      customer: { type: 'organization', name: ' Acme  ', country: 'Germany', address: { street: '1 Main', city: 'Berlin', country: 'de' }, registrationNumber: 'HRB 1', email: 'a@acme.de', phone: '+49 30 1234567', ipAddress: '2001:db8::1' },
      beneficialOwners: [{ type: 'person', name: 'Jane Roe', dateOfBirth: '1970', nationality: 'GB' }, { type: 'organization', name: 'Parent', ownershipPercent: 40, owners: [{ type: 'person', name: 'X', ownershipPercent: 100 }] }],
    });
    expect(request.customer).toMatchObject({ name: 'Acme', country: 'DE', address: { country: 'DE' } });
    expect(request.beneficialOwners[0]).toMatchObject({ ownershipPercent: null, nationality: 'GB' });
    expect(request.beneficialOwners[1]!.owners![0]).toMatchObject({ name: 'X', ownershipPercent: 100 });
  });

  it.each([
    [null, ['(body)']],
    [{}, ['customerId', 'customer']],
    [{ customerId: 'a', customer: { type: 'organization', name: 'A', dateOfBirth: '1970' } }, ['customer.dateOfBirth']],
    [{ customerId: 'a', customer: { type: 'person', name: '---' } }, ['customer.name']],
    [{ customerId: 'a', customer: { type: 'person', name: 'A', aliases: 'B' } }, ['customer.aliases']],
    [{ customerId: 'a', customer: { type: 'person', name: 'A', aliases: ['B', '...'] } }, ['customer.aliases[1]']],
    [{ customerId: 'a', customer: { type: 'person', name: 'A', identifiers: [{ type: 'Passport' }] } }, ['customer.identifiers[0].number']],
    [{ customerId: 'a', customer: { type: 'person', name: 'A', ipAddress: '999.1.1.1' } }, ['customer.ipAddress']],
    [{ customerId: 'a', customer: { type: 'person', name: 'A', address: { town: 'x' } } }, ['customer.address.town']],
    [{ customerId: 'a', customer: { type: 'person', name: 'A' }, beneficialOwners: [{ type: 'person', name: 'B', ownershipPercent: 60 }, { type: 'person', name: 'C', ownershipPercent: 60 }] }, ['beneficialOwners']],
    [{ customerId: 'a', customer: { type: 'person', name: 'A' }, beneficialOwners: {} }, ['beneficialOwners']],
    [{ customerId: 'a', customer: { type: 'person', name: 'x'.repeat(LIMITS.nameLength + 1) } }, ['customer.name']],
  ])('%j -> %j', (body, fields) => expect(fieldsOf(body)).toEqual(fields));

  it('bounds the depth of ownership chains', () => {
    let owner: Record<string, unknown> = { type: 'person', name: 'Leaf', ownershipPercent: 100 };
    for (let i = 0; i < LIMITS.ownerDepth + 1; i++) owner = { type: 'organization', name: `Level ${i}`, ownershipPercent: 100, owners: [owner] };
    expect(fieldsOf({ customerId: 'a', customer: { type: 'organization', name: 'Top' }, beneficialOwners: [owner] }).some((f) => f.endsWith('.owners'))).toBe(true);
  });

  it('never crashes on random JSON (fuzz)', () => {
    const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
    const values = () => pick<unknown>([null, 1, -5, 'x', '', [], {}, true, 'person', 'organization', 150, [{}], { type: 'person', name: 'N' }]);
    for (let i = 0; i < 2000; i++) {
      const body: Record<string, unknown> = { customerId: pick(['a', values()]), customer: { type: values(), name: values(), aliases: values(), address: values(), identifiers: values() }, beneficialOwners: pick([values(), [{ type: values(), name: values(), ownershipPercent: values(), owners: values() }]]) };
      try {
        parseSignupRequest(body);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
      }
    }
  });
});
