import { describe, expect, it } from 'vitest';
import { allowedTransitions, statusTransition } from './statusTransition.ts';

describe('status transitions', () => {
  it('goes forward by any number of steps, never back', () => {
    expect(allowedTransitions('idea', null, 'planner')).toEqual([
      'study',
      'approved',
      'execution',
      'operational',
      'suspended',
      'cancelled',
    ]);
    expect(allowedTransitions('execution', null, 'admin')).toEqual(['operational', 'suspended', 'cancelled']);
    expect(() => statusTransition('execution', null, 'study', 'admin')).toThrow(
      /cannot go from execution to study/,
    );
    expect(allowedTransitions('operational', null, 'admin')).toEqual([]);
  });

  it('remembers where a halted project came from', () => {
    expect(statusTransition('approved', null, 'suspended', 'planner')).toEqual({
      status: 'suspended',
      statusBefore: 'approved',
    });
    expect(statusTransition('suspended', 'approved', 'cancelled', 'planner')).toEqual({
      status: 'cancelled',
      statusBefore: 'approved',
    });
    expect(statusTransition('suspended', 'approved', 'approved', 'planner')).toEqual({
      status: 'approved',
      statusBefore: null,
    });
    expect(() => statusTransition('suspended', 'approved', 'execution', 'planner')).toThrow(
      /allowed from suspended: approved, cancelled/,
    );
  });

  it('lets only an admin reopen a cancelled project', () => {
    expect(allowedTransitions('cancelled', 'study', 'planner')).toEqual([]);
    expect(allowedTransitions('cancelled', 'study', 'admin')).toEqual(['study']);
    expect(allowedTransitions('cancelled', null, 'admin')).toEqual([
      'idea',
      'study',
      'approved',
      'execution',
    ]);
    expect(() => statusTransition('cancelled', 'study', 'study', 'planner')).toThrow(
      /only be reopened by an admin/,
    );
  });

  it('accepts the same status as no change', () => {
    expect(statusTransition('operational', null, 'operational', 'viewer')).toEqual({
      status: 'operational',
      statusBefore: null,
    });
  });
});
