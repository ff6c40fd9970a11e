import {lexicon} from '../generated/lexicon.js'
import {compilePhraseIndex, type PhraseIndex} from './phrase-index.js'

let index: PhraseIndex | undefined

/** The built-in lexicon's phrase index, compiled on first use and then kept for the process. */
export function getDefaultIndex(): PhraseIndex {
  index ??= compilePhraseIndex(lexicon)
  return index
}

export {lexicon}
