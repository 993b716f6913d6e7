import assert from 'node:assert/strict';
import { RULE_IDS, toSettings } from '../../../common/out/settings';
import { RULES } from '../engine';

describe('settings', () => {
  it('name the same rules as the engine', () => {
    assert.deepEqual([...RULE_IDS], RULES.map((r) => r.id));
  });

  it('are turned once into a typed value, dropping what has the wrong shape', () => {
    assert.deepEqual(toSettings({ enable: 'yes', facts: ['a.facts.yaml', 3, ' '], rules: { acronym: 'warning', nope: 'error', term: 'loud' }, articleDate: '2026-3-6' }), {
      enable: true,
      facts: ['a.facts.yaml'],
      useDefaultFacts: true,
      rules: { acronym: 'warning' },
      articleDate: '',
    });
  });
});
