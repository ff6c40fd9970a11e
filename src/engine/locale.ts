// Spelling of suggestions for the writer's locale. The lexicon is written in US spelling; a writer in
// Canada, the UK or Australia gets rewrites and messages spelled as they would write them.

export const locales = ['en-US', 'en-CA', 'en-GB', 'en-AU'] as const
export type Locale = (typeof locales)[number]

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value)
}

/** US stems whose British/Commonwealth form adds a u (behavior → behaviour). */
const orStems = ['behavior', 'color', 'favor', 'honor', 'humor', 'labor', 'neighbor', 'rumor', 'endeavor', 'harbor', 'savior', 'flavor', 'odor', 'vigor', 'candor', 'glamor', 'tumor', 'armor']
const orPattern = new RegExp(`\\b(${orStems.join('|')})(s|al|ally|ed|ing|ist|ists|ism|ful|able)?\\b`, 'gi')
/** -ize/-yze words we actually use in suggestions; GB and AU write -ise/-yse, Canada keeps -ize. */
const izeStems = ['organiz', 'recogniz', 'realiz', 'apologiz', 'prioritiz', 'normaliz', 'emphasiz', 'criticiz', 'stabiliz', 'hospitaliz', 'minimiz', 'summariz', 'sympathiz', 'utiliz', 'categoriz', 'personaliz', 'stigmatiz', 'destigmatiz', 'familiariz', 'specializ', 'characteriz', 'mobiliz', 'socializ', 'energiz', 'analyz', 'paralyz']
const izePattern = new RegExp(`\\b(${izeStems.join('|')})(e|es|ed|ing|ation|ations|er|ers)\\b`, 'gi')
const wordSwaps: Record<string, {ca?: string; gbau: string}> = {
  center: {ca: 'centre', gbau: 'centre'},
  centers: {ca: 'centres', gbau: 'centres'},
  counseling: {gbau: 'counselling'},
  counselor: {gbau: 'counsellor'},
  counselors: {gbau: 'counsellors'},
  counseled: {gbau: 'counselled'},
  judgment: {gbau: 'judgement'},
  traveled: {gbau: 'travelled'},
  traveling: {gbau: 'travelling'},
  canceled: {gbau: 'cancelled'},
  labeled: {gbau: 'labelled'},
  labeling: {gbau: 'labelling'},
  modeling: {gbau: 'modelling'},
  program: {gbau: 'programme'},
  programs: {gbau: 'programmes'},
  mom: {ca: 'mom', gbau: 'mum'},
  apartment: {gbau: 'flat'}
}
const swapPattern = new RegExp(`\\b(${Object.keys(wordSwaps).join('|')})\\b`, 'gi')

/** Keeps the case of the word it replaces: "Behavior" → "Behaviour". */
function sameCase(original: string, replacement: string): string {
  if (original === original.toUpperCase()) return replacement.toUpperCase()
  if (original[0] === original[0]?.toUpperCase()) return replacement[0]!.toUpperCase() + replacement.slice(1)
  return replacement
}

export function localizeSpelling(text: string, locale: Locale = 'en-US'): string {
  if (locale === 'en-US') return text
  const commonwealth = locale === 'en-GB' || locale === 'en-AU'
  // behavior → behaviour: the u goes before the final r, in the case of the letters around it.
  let out = text.replace(orPattern, (_, stem: string, suffix = '') => `${stem.slice(0, -1)}${stem.endsWith('R') ? 'U' : 'u'}${stem.slice(-1)}${suffix}`)
  // organiz(e) → organis(e): every stem in the list ends in z.
  if (commonwealth) out = out.replace(izePattern, (_, stem: string, suffix: string) => `${stem.slice(0, -1)}${stem.endsWith('Z') ? 'S' : 's'}${suffix}`)
  out = out.replace(swapPattern, (word) => {
    const swap = wordSwaps[word.toLowerCase()]!
    const replacement = commonwealth ? swap.gbau : swap.ca
    return replacement ? sameCase(word, replacement) : word
  })
  return out
}
