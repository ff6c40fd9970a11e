// The progress line on a terminal: rows, MB read, rate and time left. Written to stderr with \r and
// cleared at the end; never shown when stderr is not a terminal or with --no-progress.

export interface ProgressState {
  rows: number
  bytesRead: number
  totalBytes: number
  elapsedMs: number
}

function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  const minutes = Math.floor(whole / 60)
  const hours = Math.floor(minutes / 60)
  const pad = (value: number) => String(value).padStart(2, '0')
  return hours > 0 ? `${hours}:${pad(minutes % 60)}:${pad(whole % 60)}` : `${minutes}:${pad(whole % 60)}`
}

/** "[#####-----] 42% · 12,340 rows · 41.2/98.0 MB · 1,820 rows/s · 0:31 left" */
export function formatProgress(state: ProgressState, width = 20): string {
  const fraction = state.totalBytes > 0 ? Math.min(1, state.bytesRead / state.totalBytes) : 0
  const filled = Math.round(fraction * width)
  const seconds = state.elapsedMs / 1000
  const rowsPerSecond = seconds > 0 ? state.rows / seconds : 0
  const left = fraction > 0 && seconds > 0 ? (seconds / fraction) * (1 - fraction) : undefined
  const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1)
  const rows = state.rows.toLocaleString('en-US')
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(fraction * 100)}% · ${rows} rows · ${mb(state.bytesRead)}/${mb(state.totalBytes)} MB · ${Math.round(rowsPerSecond).toLocaleString('en-US')} rows/s · ${left === undefined ? '--:--' : clock(left)} left`
}

export class Progress {
  private lastDraw = 0
  private drawn = false
  private readonly started = Date.now()

  constructor(
    private readonly write: (text: string) => void,
    private readonly enabled: boolean
  ) {}

  update(state: Omit<ProgressState, 'elapsedMs'>): void {
    if (!this.enabled) return
    const now = Date.now()
    if (now - this.lastDraw < 200) return
    this.lastDraw = now
    this.drawn = true
    this.write(`\r${formatProgress({...state, elapsedMs: now - this.started})}\u001b[K`)
  }

  clear(): void {
    if (this.enabled && this.drawn) this.write('\r\u001b[K')
    this.drawn = false
  }
}
