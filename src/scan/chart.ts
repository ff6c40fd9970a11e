// Inline SVG line charts for the drift report: no scripts, no fonts, readable in print.

export interface Series {
  label: string
  color: string
  /** One value per period; null where there were no notes. */
  values: Array<number | null>
  width?: number
  dash?: string
  opacity?: number
  /** Name the line at its last point. */
  endLabel?: boolean
}

export interface ChartOptions {
  periods: string[]
  series: Series[]
  width: number
  height: number
  title: string
  /** Top of the y axis; computed from the data when not given. */
  yMax?: number
  compact?: boolean
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[char]!)
}

/** "2024-03" → "Mar 2024"; "2024-W09" → "W9 2024". */
export function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period)
  if (month) return `${months[Number(month[2]) - 1]} ${month[1]}`
  const week = /^(\d{4})-W(\d{2})$/.exec(period)
  if (week) return `W${Number(week[2])} ${week[1]}`
  return period
}

/** A round axis maximum and tick step above `value`. */
export function niceScale(value: number): {max: number; step: number} {
  if (!(value > 0)) return {max: 5, step: 1}
  const rough = value / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power
  return {max: Math.ceil(value / step) * step, step}
}

const fmt = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1))

export function lineChart(options: ChartOptions): string {
  const {periods, series, width, height, compact} = options
  const margin = compact ? {top: 8, right: 10, bottom: 22, left: 30} : {top: 22, right: 120, bottom: 34, left: 44}
  const plotWidth = width - margin.left - margin.right
  const plotHeight = height - margin.top - margin.bottom
  const highest = Math.max(0, ...series.flatMap((line) => line.values.filter((value): value is number => value !== null)))
  const {max, step} = niceScale(options.yMax ?? highest)
  const x = (index: number) => margin.left + (periods.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (periods.length - 1))
  const y = (value: number) => margin.top + plotHeight - (value / max) * plotHeight
  const parts: string[] = []
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(options.title)}">`)
  parts.push(`<title>${escapeHtml(options.title)}</title>`)
  for (let tick = 0; tick <= max + step / 1000; tick += step) {
    const at = y(tick).toFixed(1)
    parts.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${at}" y2="${at}" stroke="#e3e0da" stroke-width="1"/>`)
    parts.push(`<text x="${margin.left - 6}" y="${at}" dy="0.32em" text-anchor="end" font-size="${compact ? 9 : 11}" fill="#6b665e">${fmt(tick)}</text>`)
  }
  const every = Math.max(1, Math.ceil(periods.length / (compact ? 4 : 12)))
  periods.forEach((period, index) => {
    if (index % every !== 0 && index !== periods.length - 1) return
    if (index === periods.length - 1 && index % every !== 0 && index - Math.floor(index / every) * every < every / 2) return
    const label = compact ? periodLabel(period).replace(/ (\d{2})(\d{2})$/, " '$2") : periodLabel(period)
    const anchor = periods.length > 1 && index === periods.length - 1 ? 'end' : index === 0 && periods.length > 1 ? 'start' : 'middle'
    parts.push(`<text x="${x(index).toFixed(1)}" y="${height - margin.bottom + (compact ? 13 : 18)}" text-anchor="${anchor}" font-size="${compact ? 9 : 11}" fill="#6b665e">${escapeHtml(label)}</text>`)
  })
  for (const line of series) {
    const segments: string[][] = []
    let current: string[] = []
    line.values.forEach((value, index) => {
      if (value === null) {
        if (current.length > 0) segments.push(current)
        current = []
        return
      }
      current.push(`${x(index).toFixed(1)},${y(value).toFixed(1)}`)
    })
    if (current.length > 0) segments.push(current)
    const stroke = `stroke="${line.color}" stroke-width="${line.width ?? 2}"${line.dash ? ` stroke-dasharray="${line.dash}"` : ''}${line.opacity !== undefined ? ` stroke-opacity="${line.opacity}"` : ''}`
    for (const points of segments) {
      if (points.length === 1) {
        const [px, py] = points[0]!.split(',')
        parts.push(`<circle cx="${px}" cy="${py}" r="${(line.width ?? 2) + 0.5}" fill="${line.color}"${line.opacity !== undefined ? ` fill-opacity="${line.opacity}"` : ''}/>`)
      } else {
        parts.push(`<polyline fill="none" stroke-linejoin="round" stroke-linecap="round" ${stroke} points="${points.join(' ')}"/>`)
      }
    }
    if (line.endLabel) {
      let last = line.values.length - 1
      while (last >= 0 && line.values[last] === null) last--
      if (last !== -1) {
        parts.push(`<text x="${(x(last) + 6).toFixed(1)}" y="${y(line.values[last]!).toFixed(1)}" dy="0.32em" font-size="12" font-weight="600" fill="${line.color}">${escapeHtml(line.label)}</text>`)
      }
    }
  }
  if (!compact) parts.push(`<text x="${margin.left}" y="${margin.top - 4}" font-size="11" fill="#6b665e">phrases per 1,000 words</text>`)
  parts.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#9a948a" stroke-width="1"/>`)
  parts.push('</svg>')
  return parts.join('')
}
