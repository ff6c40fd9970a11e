// Template placeholders: `{{client_name}}`, `{client}`, `[[Participant]]`, `<<name>>` (and `&lt;&lt;name&gt;&gt;`
// as HTML source writes it). A placeholder's identifier is a slot for the form filler, not language
// a worker wrote, so it is never flagged; the words around it are. Browser-safe.
//
// Only the identifier is blanked, with spaces of the same length: offsets stay true, and the brackets
// stay as punctuation, so a phrase never matches across a placeholder ("the {{x}} client" is not "the client").

export interface PlaceholderSpan {
  /** Where the whole placeholder starts (its opening bracket). */
  start: number
  /** Where the whole placeholder ends (after its closing bracket). */
  end: number
  /** The identifier between the brackets. */
  innerStart: number
  innerEnd: number
}

const placeholderPattern = new RegExp(
  [
    String.raw`(\{\{)([^{}\r\n]{1,100}?)\}\}`, // {{client_name}}, {{ client.name }}, {{#if x}}
    String.raw`(\[\[)([^[\]\r\n]{1,100}?)\]\]`, // [[Participant]]
    String.raw`(<<)([^<>\r\n]{1,100}?)>>`, // <<name>>
    String.raw`(&lt;&lt;)([^<>&\r\n]{1,100}?)&gt;&gt;`, // <<name>> written in HTML source
    String.raw`(\{)([ \t]*[A-Za-z_][\w.-]*(?:[ \t]+[\w.-]+){0,4}[ \t]*)\}` // {client}, {first name}
  ].join('|'),
  'g'
)

/** The placeholders in `text`, in order. */
export function placeholderSpans(text: string): PlaceholderSpan[] {
  const spans: PlaceholderSpan[] = []
  placeholderPattern.lastIndex = 0
  for (let found = placeholderPattern.exec(text); found; found = placeholderPattern.exec(text)) {
    // Exactly one alternative matched: its opening bracket is group 2k+1 and its identifier 2k+2.
    for (let group = 1; group < found.length; group += 2) {
      const open = found[group]
      const inner = found[group + 1]
      if (open === undefined || inner === undefined) continue
      const innerStart = found.index + open.length
      spans.push({start: found.index, end: found.index + found[0].length, innerStart, innerEnd: innerStart + inner.length})
      break
    }
  }
  return spans
}

/** `text` with every placeholder's identifier replaced by spaces of the same length. */
export function maskPlaceholders(text: string): string {
  const spans = placeholderSpans(text)
  if (spans.length === 0) return text
  let masked = ''
  let from = 0
  for (const span of spans) {
    masked += text.slice(from, span.innerStart) + ' '.repeat(span.innerEnd - span.innerStart)
    from = span.innerEnd
  }
  return masked + text.slice(from)
}

interface Located {
  place?: unknown
  actual?: unknown
}

/**
 * After matching on a masked copy of `text`: gives each finding the words the file really has
 * (a finding differs from the masked copy only when it spans a masked stretch).
 */
export function restoreActual(messages: readonly object[], text: string): void {
  for (const message of messages as Located[]) {
    const place = message.place as {start?: {offset?: number}; end?: {offset?: number}} | undefined
    const start = place?.start?.offset
    const end = place?.end?.offset
    if (typeof message.actual !== 'string' || start === undefined || end === undefined) continue
    message.actual = text.slice(start, end)
  }
}
