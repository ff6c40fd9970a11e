import {categories, detectors, severities} from './types.js'

const phraseList = {type: 'array', items: {type: 'string', minLength: 1}} as const

/** JSON Schema for one `lexicon/<category>.yaml` file. Also used for an organisation's own lexicon files. */
export const categoryFileSchema = {
  $id: 'https://peerlint.invalid/lexicon-category.schema.json',
  type: 'object',
  additionalProperties: false,
  required: ['category', 'title', 'summary', 'does', 'entries'],
  properties: {
    category: {enum: [...categories]},
    title: {type: 'string', minLength: 1},
    summary: {type: 'string', minLength: 1},
    does: {type: 'string', minLength: 1},
    entries: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'rewrites', 'why', 'sources', 'severity', 'fixable', 'examples'],
        properties: {
          id: {type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$'},
          match: {...phraseList, minItems: 1},
          detector: {enum: [...detectors]},
          rewrites: {...phraseList, minItems: 1},
          does: {type: 'string', minLength: 1},
          why: {type: 'string', minLength: 10},
          sources: {...phraseList, minItems: 1},
          severity: {enum: [...severities]},
          fixable: {type: 'boolean'},
          caseSensitive: {type: 'boolean'},
          skipWhenPrecededBy: phraseList,
          skipWhenFollowedBy: phraseList,
          onlyWhenPrecededBy: phraseList,
          onlyWhenFollowedBy: phraseList,
          onlyWhenEarlierInSentence: phraseList,
          examples: {
            type: 'object',
            additionalProperties: false,
            required: ['flagged'],
            properties: {
              flagged: {...phraseList, minItems: 1},
              clean: phraseList
            }
          }
        }
      }
    }
  }
} as const

/** Schema for `lexicon/context.yaml`. */
export const contextFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['openFrames', 'institutions', 'between', 'quoteIntroducers'],
  properties: {
    why: {type: 'string'},
    openFrames: phraseList,
    institutions: phraseList,
    people: phraseList,
    personNouns: phraseList,
    between: phraseList,
    quoteIntroducers: phraseList
  }
} as const

/** Schema for `lexicon/slots.yaml`: slot names to word lists, plus a plain `why` for readers. */
export const slotsFileSchema = {
  type: 'object',
  properties: {why: {type: 'string'}},
  additionalProperties: phraseList,
  propertyNames: {pattern: '^[a-z]+$'}
} as const
