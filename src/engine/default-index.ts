import {lexicon, lexiconFingerprint} from '../generated/lexicon.js'
import {parseIndexImage} from '../generated/index-image.js'
import {readIndexImage} from './index-image.js'
import {compilePhraseIndex, type PhraseIndex} from './phrase-index.js'

let index: PhraseIndex | undefined

/**
 * The built-in lexicon's phrase index, read on first use from the image the build compiled (compiled
 * here only if that image is of another lexicon), and then kept for the process.
 */
export function getDefaultIndex(): PhraseIndex {
  index ??= readIndexImage(parseIndexImage(), lexicon, lexiconFingerprint) ?? compilePhraseIndex(lexicon)
  return index
}

export {lexicon}
