// A worker thread: lints batches of notes and posts back each batch's findings.jsonl text and the
// fields the Aggregator needs (see batch.ts), in the order the batches arrive.
import {parentPort, workerData} from 'node:worker_threads'
import type {AnalyseOptions} from './analyse.js'
import {lintBatch, type BatchInput} from './batch.js'

const options = workerData as AnalyseOptions
const encoder = new TextEncoder()
parentPort?.on('message', (batch: BatchInput) => {
  const output = lintBatch(batch, options)
  // The text goes back as bytes whose buffer is handed over, so the main thread neither copies nor
  // encodes it: it writes them to the file as they are.
  const bytes = encoder.encode(output.lines as string)
  output.lines = bytes
  parentPort?.postMessage(output, [bytes.buffer])
})
