#!/usr/bin/env node
// The CLI is written in TypeScript (src/cli) and built into dist/ by `npm install` (prepare).
import('../dist/src/cli/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('peerlint: it is not built yet. Run `npm install` (or `npm run build`) in the peerlint folder first.\n')
    process.exitCode = 3
  } else {
    process.stderr.write(`peerlint: could not start (${error && error.name}).\n`)
    process.exitCode = 3
  }
})
