#!/usr/bin/env node
// Writes schemas/facts.schema.json from the one definition in server/src/engine/facts/schema.ts.
// Run after `npx tsc -b`: node scripts/write-schema.js
const fs = require('fs');
const path = require('path');
const { factsSchema } = require('../server/out/engine/facts/schema.js');

const target = path.join(__dirname, '..', 'schemas', 'facts.schema.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(factsSchema, null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), target)}`);
