// Word keys: the form of a word that lexicon phrases and note text are compared on. Both sides go
// through the same functions, so a rule only has to hold consistently, not be perfect English.

const curlyApostrophes = /[\u2018\u2019\u02BC\u2032\uFF07]/g

/** ‘ ’ ʼ ′ → ' (one UTF-16 unit each, so offsets are kept). */
export function straightenApostrophes(text: string): string {
  return text.replace(curlyApostrophes, "'")
}

/** British, Canadian and Australian spellings whose US form differs by more than a suffix rule. */
const spellingExceptions: Record<string, string> = {
  judgement: 'judgment',
  judgements: 'judgments',
  judgemental: 'judgmental',
  acknowledgement: 'acknowledgment',
  centre: 'center',
  centres: 'centers',
  programme: 'program',
  programmes: 'programs',
  disorientated: 'disoriented',
  orientated: 'oriented',
  orientate: 'orient',
  licence: 'license',
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  sceptical: 'skeptical',
  paediatric: 'pediatric',
  anaemia: 'anemia',
  anaemic: 'anemic',
  diarrhoea: 'diarrhea',
  oedema: 'edema',
  ageing: 'aging',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  grey: 'gray',
  tyre: 'tire',
  tyres: 'tires',
  dishevelled: 'disheveled',
  manoeuvre: 'maneuver'
}

/** Words ending in -our that are not British spellings of -or. */
const ourWords = new Set(['detour', 'detours', 'devour', 'devours', 'devoured', 'contour', 'contours', 'paramour', 'velour', 'glamour'])
const ourSuffix = /^([a-z]{3,})our(s|ed|ing|able|ably|ite|ites|ful|fully|less|er|ers|al|ally|ism|ist|ists)?$/
const iseSuffix = /^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/
const yseSuffix = /^([a-z]+)ys(e|es|ed|ing)$/
const doubledL = /^(counsel|label|travel|cancel|model|signal|fuel|level|channel|dial|marshal|shovel|tunnel|unravel|total|equal|label)l(ed|ing|er|ers|or|ors)$/

const cache = new Map<string, string>()
const cacheLimit = 50_000

/** Lower case, straight apostrophes, US spelling. */
export function wordKey(word: string): string {
  let key = cache.get(word)
  if (key !== undefined) return key
  key = straightenApostrophes(word).toLowerCase()
  const exception = spellingExceptions[key]
  if (exception) key = exception
  else if (!ourWords.has(key) && ourSuffix.test(key)) key = key.replace(ourSuffix, '$1or$2')
  else if (iseSuffix.test(key)) key = key.replace(iseSuffix, '$1iz$2')
  else if (yseSuffix.test(key)) key = key.replace(yseSuffix, '$1yz$2')
  else if (doubledL.test(key)) key = key.replace(doubledL, '$1$2')
  if (cache.size >= cacheLimit) cache.clear()
  cache.set(word, key)
  return key
}
