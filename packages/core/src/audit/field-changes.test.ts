import { describe, expect, it } from 'vitest';
import { fieldChanges } from './field-changes';

type Hours = Record<string, { start: string; end: string }[]>;
interface ResourceUpdate {
  name?: string;
  capacity?: number;
  openingHours?: Hours | null;
}

const current = {
  name: 'Atlas',
  capacity: 8,
  openingHours: { mon: [{ start: '09:00', end: '17:00' }] } as Hours | null,
};
const changesTo = (input: ResourceUpdate) =>
  fieldChanges(['name', 'capacity', 'openingHours'], current, input);

describe('fieldChanges', () => {
  it('keeps only the given fields whose value differs, before and after', () => {
    expect(changesTo({ name: 'Borealis', capacity: 8 })).toEqual({
      before: { name: 'Atlas' },
      after: { name: 'Borealis' },
    });
  });

  it('compares structured values by content, and treats null as a value', () => {
    const sameHours = { mon: [{ start: '09:00', end: '17:00' }] };
    expect(changesTo({ openingHours: sameHours })).toBeNull();
    expect(changesTo({ openingHours: null })).toEqual({
      before: { openingHours: current.openingHours },
      after: { openingHours: null },
    });
  });

  it('is null when nothing is given or nothing differs', () => {
    expect(changesTo({})).toBeNull();
    expect(changesTo({ name: undefined, capacity: 8 })).toBeNull();
  });
});
