import assert from 'node:assert/strict';
import { RULE_IDS, toSettings } from '../../../common/out/settings';
import { RULES } from '../engine';
import { sentSection } from './settings';

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

  it('are found in what an editor sends: settings.factlint, or factlint at the top', () => {
    assert.deepEqual(sentSection({ settings: { factlint: { enable: false } } }), { enable: false });
    assert.deepEqual(sentSection({ trusted: true, factlint: { facts: ['a.facts.yaml'] } }), { facts: ['a.facts.yaml'] });
    assert.equal(sentSection({ settings: null }), undefined, 'VS Code sends none: it is asked');
    assert.equal(sentSection({ settings: { eslint: {} } }), undefined);
    assert.equal(sentSection(undefined), undefined);
  });
});
