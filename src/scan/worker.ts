// A worker thread: lints batches of notes with analyseNote and posts the lines back.
import {parentPort, workerData} from 'node:worker_threads'
import {analyseNote, type AnalyseOptions, type Analysed} from './analyse.js'
import type {NoteRecord} from './types.js'

export interface WorkerBatch {
  sequence: number
  records: NoteRecord[]
}

export interface WorkerResult {
  sequence: number
  results: Analysed[]
}

const options = workerData as AnalyseOptions
parentPort?.on('message', (batch: WorkerBatch) => {
  const results = batch.records.map((record) => analyseNote(record, options))
  parentPort?.postMessage({sequence: batch.sequence, results} satisfies WorkerResult)
})
