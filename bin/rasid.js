#!/usr/bin/env -S node --max-old-space-size=192
// The compiled CLI lives in dist/ (built by `npm ci`/`npm install` through the prepare script).
// The heap cap keeps a long streaming run near its live size instead of letting garbage grow the
// process to gigabytes: about 105 MB with the NER model, name lists, clusters and lexicon loaded,
// 170 MB once a large corpus has filled the word caches. Live data near the cap makes the collector
// run all the time (54 s instead of 30 s over ANT before the caches and tables were made smaller).
import '../dist/src/cli/main.js';
