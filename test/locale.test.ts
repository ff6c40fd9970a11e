import {describe, expect, it} from 'vitest'
import {localizeSpelling} from '../src/engine/locale.js'

describe('localizeSpelling', () => {
  it('leaves US English alone', () => {
    expect(localizeSpelling('describe the behavior you saw at the center', 'en-US')).toBe('describe the behavior you saw at the center')
  })
  it('spells suggestions the British and Australian way', () => {
    for (const locale of ['en-GB', 'en-AU'] as const) {
      expect(localizeSpelling('Describe the behavior; she organized the counseling program.', locale)).toBe('Describe the behaviour; she organised the counselling programme.')
      expect(localizeSpelling('Behaviors at the center', locale)).toBe('Behaviours at the centre')
    }
  })
  it('spells suggestions the Canadian way: -our and -re, but -ize', () => {
    expect(localizeSpelling('Describe the behavior; she organized it at the center.', 'en-CA')).toBe('Describe the behaviour; she organized it at the centre.')
  })
})
