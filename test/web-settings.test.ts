// What the web page keeps on the device: settings (never note text), and the draft only when the
// writer turns keeping on.
import {describe, expect, it} from 'vitest'
import {categories} from '../src/index.js'
import {
  browserStorage,
  defaultSettings,
  draftKey,
  forgetDraft,
  hasSavedDraft,
  loadDraft,
  loadSettings,
  saveDraft,
  saveSettings,
  settingsKey,
  type KeyValueStore
} from '../web/src/settings.js'

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>()
  readonly writes: string[] = []
  getItem(key: string): string | null {
    return this.data.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.writes.push(key)
    this.data.set(key, value)
  }
  removeItem(key: string): void {
    this.data.delete(key)
  }
}

const brokenStore: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError')
  },
  setItem: () => {
    throw new Error('QuotaExceededError')
  },
  removeItem: () => {
    throw new Error('SecurityError')
  }
}

describe('defaults', () => {
  it('checks everything, leaves quotes alone, and keeps no draft', () => {
    expect(defaultSettings()).toEqual({categories: [...categories], quotes: 'ignore', locale: 'en-US', keepDraft: false})
    expect(loadSettings(new MemoryStore())).toEqual(defaultSettings())
    expect(loadSettings(undefined)).toEqual(defaultSettings())
  })

  it('stores nothing of the draft unless keeping is turned on', () => {
    const store = new MemoryStore()
    const settings = loadSettings(store)
    expect(saveDraft(store, settings, 'John and this writer met in the park.')).toBe(false)
    expect(store.writes).toEqual([])
    expect(store.data.size).toBe(0)
    expect(loadDraft(store, settings)).toBeUndefined()
  })

  it('does not hand back a draft left in storage while keeping is off', () => {
    const store = new MemoryStore()
    store.data.set(draftKey, 'an old draft')
    expect(loadDraft(store, defaultSettings())).toBeUndefined()
    saveDraft(store, defaultSettings(), 'new text')
    expect(hasSavedDraft(store)).toBe(false)
  })
})

describe('settings persistence', () => {
  it('round-trips categories, quote handling and keeping, and never holds note text', () => {
    const store = new MemoryStore()
    const chosen = {categories: [categories[1], categories[6]], quotes: 'info' as const, locale: 'en-GB' as const, keepDraft: true}
    expect(saveSettings(store, chosen)).toBe(true)
    expect(loadSettings(store)).toEqual(chosen)
    expect(Object.keys(JSON.parse(store.data.get(settingsKey)!) as object).sort()).toEqual(['categories', 'keepDraft', 'locale', 'quotes'])
  })

  it('falls back to defaults for anything unreadable or unknown', () => {
    const store = new MemoryStore()
    store.data.set(settingsKey, '{not json')
    expect(loadSettings(store)).toEqual(defaultSettings())
    store.data.set(settingsKey, JSON.stringify({categories: ['clinical-jargon', 'made-up'], quotes: 'shout', locale: 'en-XX', keepDraft: 'yes'}))
    expect(loadSettings(store)).toEqual({categories: ['clinical-jargon'], quotes: 'ignore', locale: 'en-US', keepDraft: false})
    store.data.set(settingsKey, 'null')
    expect(loadSettings(store)).toEqual(defaultSettings())
  })
})

describe('keeping the draft', () => {
  it('keeps it while on, and deletes it when turned off or emptied', () => {
    const store = new MemoryStore()
    const on = {...defaultSettings(), keepDraft: true}
    expect(saveDraft(store, on, 'Draft one')).toBe(true)
    expect(loadDraft(store, on)).toBe('Draft one')
    saveDraft(store, on, '')
    expect(hasSavedDraft(store)).toBe(false)
    saveDraft(store, on, 'Draft two')
    forgetDraft(store)
    expect(loadDraft(store, on)).toBeUndefined()
    saveDraft(store, on, 'Draft three')
    saveDraft(store, {...on, keepDraft: false}, 'Draft three')
    expect(hasSavedDraft(store)).toBe(false)
  })

  it('copes with a browser that refuses storage', () => {
    const on = {...defaultSettings(), keepDraft: true}
    expect(loadSettings(brokenStore)).toEqual(defaultSettings())
    expect(saveSettings(brokenStore, on)).toBe(false)
    expect(saveDraft(brokenStore, on, 'text')).toBe(false)
    expect(loadDraft(brokenStore, on)).toBeUndefined()
    expect(() => forgetDraft(brokenStore)).not.toThrow()
    expect(
      browserStorage(() => {
        throw new Error('SecurityError')
      })
    ).toBeUndefined()
  })
})
