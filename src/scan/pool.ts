// Lints batches of notes on worker threads (or in this thread with jobs = 1) and hands the results
// back strictly in the order the batches were submitted, so output never depends on timing.
// At most a few batches per worker are in flight: reading waits for linting (bounded memory).
import {Worker} from 'node:worker_threads'
import {analyseNote, type AnalyseOptions, type Analysed} from './analyse.js'
import type {NoteRecord} from './types.js'
import type {WorkerBatch, WorkerResult} from './worker.js'

export type ResultHandler = (results: Analysed[]) => void

export class OrderedLinter {
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly queue: WorkerBatch[] = []
  private readonly done = new Map<number, Analysed[]>()
  private nextSequence = 0
  private nextToDeliver = 0
  private inFlight = 0
  private failure: unknown
  private waiters: Array<() => void> = []

  constructor(
    private readonly jobs: number,
    private readonly options: AnalyseOptions,
    private readonly onResults: ResultHandler
  ) {
    if (jobs <= 1) return
    const url = new URL('./worker.js', import.meta.url)
    for (let index = 0; index < jobs; index++) {
      // A small young generation makes each worker collect often instead of growing its heap: a worker
      // holds one batch at a time, so memory stays flat however large the export is.
      const worker = new Worker(url, {workerData: options, resourceLimits: {maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256}})
      worker.on('message', (result: WorkerResult) => this.received(worker, result))
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (code !== 0 && this.failure === undefined) this.fail(new Error(`a worker stopped (exit code ${code})`))
      })
      this.workers.push(worker)
      this.idle.push(worker)
    }
  }

  private fail(error: unknown): void {
    this.failure ??= error
    this.wake()
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const wake of waiters) wake()
  }

  private received(worker: Worker, result: WorkerResult): void {
    this.done.set(result.sequence, result.results)
    this.idle.push(worker)
    this.dispatch()
    try {
      for (let ready = this.done.get(this.nextToDeliver); ready; ready = this.done.get(this.nextToDeliver)) {
        this.done.delete(this.nextToDeliver)
        this.nextToDeliver++
        this.inFlight--
        this.onResults(ready)
      }
    } catch (error) {
      this.fail(error)
    }
    this.wake()
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) this.idle.shift()!.postMessage(this.queue.shift()!)
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure
  }

  /** Lints a batch; waits first while too many batches are in flight. */
  async submit(records: NoteRecord[]): Promise<void> {
    this.check()
    if (records.length === 0) return
    if (this.jobs <= 1) {
      this.onResults(records.map((record) => analyseNote(record, this.options)))
      return
    }
    while (this.inFlight >= this.jobs * 3) {
      await new Promise<void>((resolve) => this.waiters.push(resolve))
      this.check()
    }
    this.inFlight++
    this.queue.push({sequence: this.nextSequence++, records})
    this.dispatch()
  }

  /** Waits for every submitted batch to be delivered. */
  async finish(): Promise<void> {
    while (this.inFlight > 0) {
      this.check()
      await new Promise<void>((resolve) => this.waiters.push(resolve))
    }
    this.check()
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}
