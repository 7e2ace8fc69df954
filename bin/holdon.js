#!/usr/bin/env node
'use strict';
// Thin launcher for the built CLI (out/main/cli.js).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`holdon: needs Node.js 22.12 or newer (this is ${process.versions.node})\n`);
  process.exit(2);
}
const entry = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write('holdon: not built yet. Run "npm run build" first.\n');
  process.exit(2);
}
require(entry);
