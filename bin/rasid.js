#!/usr/bin/env -S node --max-old-space-size=192
// The compiled CLI lives in dist/ (built by `npm ci`/`npm install` through the prepare script).
// The heap cap keeps a long streaming run near its live size (about 150 MB with the NER model,
// gazetteer and word clusters loaded) instead of letting garbage grow the process to gigabytes.
import '../dist/src/cli/main.js';
