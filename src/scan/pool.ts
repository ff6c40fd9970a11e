// Lints batches of notes on this thread and on worker threads, and hands the results back strictly in
// the order the batches were submitted, so output never depends on timing. Only a few batches are in
// flight at once: reading waits for linting, so memory does not grow with the export.
//
// With `--jobs n` there are n - 1 workers. This thread reads the export and hands each batch to a
// worker that has room in its queue; when every queue is full it lints the batch itself. So n threads
// lint, none of them waits for another while there is work, and the engine (~60 MB of heap per
// thread) is loaded n times, not n + 1.
import {Worker} from 'node:worker_threads'
import type {AnalyseOptions} from './analyse.js'
import {encodeRecords, lintBatch, type BatchInput, type BatchOutput} from './batch.js'
import type {NoteRecord} from './types.js'

export type ResultHandler = (output: BatchOutput) => void

export interface PoolTuning {
  /** Worker threads (0: everything is linted on this thread). */
  workers: number
  /** Batches queued on each worker at most: enough that a worker never waits while this thread lints a batch. */
  perWorker: number
  /**
   * How many batches this thread may lint ahead of the oldest batch still on a worker (its results
   * wait, in order, for that one). Too few and this thread waits for the workers instead of linting.
   */
  ahead: number
  /** V8 young generation of each worker, in MB. */
  youngMb: number
  /** V8 old generation of each worker, in MB: a hard limit (a worker that reaches it stops the scan). */
  oldMb: number
}

/**
 * Measured on a 2-core VM with a 203 MB export (see the README): 3 queued batches per worker keep it
 * busy >98% of the time; letting this thread run 8 batches ahead removed all waiting (2 ahead: this
 * thread waited ~20% of the time); a 16 MB young generation was ~10% faster than 8 MB, and 32 MB more
 * was not worth 16 MB more memory per worker.
 */
export function tuningFor(jobs: number): PoolTuning {
  return {workers: Math.max(0, jobs - 1), perWorker: 3, ahead: 8, youngMb: 16, oldMb: 256}
}

interface WorkerSlot {
  worker: Worker
  /** Batches posted to this worker and not yet answered. */
  pending: number
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve))

export class OrderedLinter {
  private readonly slots: WorkerSlot[] = []
  private readonly done = new Map<number, BatchOutput>()
  private nextSequence = 0
  private nextToDeliver = 0
  private failure: unknown
  private waiters: Array<() => void> = []

  constructor(
    private readonly tuning: PoolTuning,
    private readonly options: AnalyseOptions,
    private readonly wants: {lines: boolean; results: boolean},
    private readonly onResults: ResultHandler
  ) {
    if (tuning.workers <= 0) return
    const url = new URL('./worker.js', import.meta.url)
    for (let index = 0; index < tuning.workers; index++) {
      const worker = new Worker(url, {workerData: options, resourceLimits: {maxYoungGenerationSizeMb: tuning.youngMb, maxOldGenerationSizeMb: tuning.oldMb}})
      const slot: WorkerSlot = {worker, pending: 0}
      worker.on('message', (output: BatchOutput) => this.received(slot, output))
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (code !== 0 && this.failure === undefined) this.fail(new Error(`a worker stopped (exit code ${code})`))
      })
      this.slots.push(slot)
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

  private check(): void {
    if (this.failure !== undefined) throw this.failure
  }

  private received(slot: WorkerSlot, output: BatchOutput): void {
    slot.pending--
    this.store(output)
    this.wake()
  }

  /** Keeps a result and delivers every result that is now next in order. */
  private store(output: BatchOutput): void {
    this.done.set(output.sequence, output)
    try {
      for (let ready = this.done.get(this.nextToDeliver); ready; ready = this.done.get(this.nextToDeliver)) {
        this.done.delete(this.nextToDeliver)
        this.nextToDeliver++
        this.onResults(ready)
      }
    } catch (error) {
      this.fail(error)
    }
  }

  /** The least busy worker with room in its queue. */
  private freeSlot(): WorkerSlot | undefined {
    let best: WorkerSlot | undefined
    for (const slot of this.slots) if (slot.pending < this.tuning.perWorker && (!best || slot.pending < best.pending)) best = slot
    return best
  }

  /** Lints a batch (here or on a worker); waits first while too many batches are in flight. */
  async submit(records: NoteRecord[]): Promise<void> {
    this.check()
    if (records.length === 0) return
    const input: BatchInput = {sequence: 0, fields: encodeRecords(records), wantLines: this.wants.lines, keepResults: this.wants.results}
    if (this.slots.length === 0) {
      input.sequence = this.nextSequence++
      this.store(lintBatch(input, this.options))
      this.check()
      return
    }
    const limit = this.slots.length * this.tuning.perWorker + this.tuning.ahead
    for (;;) {
      const inFlight = this.nextSequence - this.nextToDeliver
      if (inFlight < limit) {
        input.sequence = this.nextSequence++
        const slot = this.freeSlot()
        if (slot) {
          slot.pending++
          slot.worker.postMessage(input)
          return
        }
        this.store(lintBatch(input, this.options))
        this.check()
        // Let the workers' answers in (and hand them more work) before reading on.
        await yieldToEvents()
        this.check()
        return
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve))
      this.check()
    }
  }

  /** Waits for every submitted batch to be delivered. */
  async finish(): Promise<void> {
    while (this.nextToDeliver < this.nextSequence) {
      this.check()
      await new Promise<void>((resolve) => this.waiters.push(resolve))
    }
    this.check()
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }
}
