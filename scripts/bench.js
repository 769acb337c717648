#!/usr/bin/env node
// Benchmarks print figures; none are defined yet.
console.log('none yet');
