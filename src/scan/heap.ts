// V8 settings for a `peerlint scan` process. The engine allocates a great deal per note and keeps
// almost none of it, and two of V8's defaults work against that on a long scan:
//
// - Allocation-site pretenuring: V8 sees some of the engine's allocation sites produce long-lived
//   objects (while the lexicon index is built, say) and from then on allocates everything from those
//   sites straight in the old generation, where it is garbage at once. Measured on a 20 MB export:
//   each note then left ~37 KB in the old generation instead of ~7 KB, peak RSS was ~450 MB instead
//   of ~190 MB for the same work, and two worker threads spent about twice the CPU of one thread.
// - Heap growth: the old generation may grow to about four times what is live before a full
//   collection on a machine with plenty of memory; the scan's live heap is ~60 MB per thread, so a
//   fixed 15% headroom keeps a single-threaded scan under ~200 MB and `--jobs 2` under 300 MB on a 200 MB
//   export for a few per cent more GC time (30% let `--jobs 2` reach 313 MB once the lexicon had 600
//   entries; a smaller young generation gained only 5 MB and cost more time).
//
// Both are process-wide and read by the collector as it runs, so they are set once, before the first
// note is linted and before any worker starts. Only the `scan` command sets them (it owns the process).
import v8 from 'node:v8'

export const scanV8Flags = ['--no-allocation-site-pretenuring', '--heap-growing-percent=15'] as const

let tuned = false

export function tuneHeapForScan(): void {
  if (tuned) return
  tuned = true
  for (const flag of scanV8Flags) v8.setFlagsFromString(flag)
}
