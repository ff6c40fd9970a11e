// What the page remembers on this device, and only that: the writer's settings (never note text),
// and the draft itself only while "keep my draft on this device" is on.
import {categories, isLocale, type Category, type Locale, type QuoteHandling} from './logic.js'

export interface Settings {
  /** Categories that are switched on. */
  categories: Category[]
  quotes: QuoteHandling
  /** Spelling of suggestions: US, Canadian, British or Australian English. */
  locale: Locale
  /** Keep the draft in this browser's storage between visits. Off unless the writer turns it on. */
  keepDraft: boolean
}

/** The part of the Web Storage API the page uses (localStorage, or a stand-in in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export const settingsKey = 'peerlint.settings.v1'
export const draftKey = 'peerlint.draft.v1'

export function defaultSettings(): Settings {
  return {categories: [...categories], quotes: 'ignore', locale: 'en-US', keepDraft: false}
}

const quoteModes: readonly QuoteHandling[] = ['ignore', 'info', 'check']

/** Reads the saved settings; anything missing, unknown or unreadable falls back to the defaults. */
export function loadSettings(store: KeyValueStore | undefined): Settings {
  const settings = defaultSettings()
  const raw = read(store, settingsKey)
  if (raw === undefined) return settings
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return settings
  }
  if (typeof data !== 'object' || data === null) return settings
  const record = data as Record<string, unknown>
  if (Array.isArray(record.categories)) {
    settings.categories = categories.filter((category) => (record.categories as unknown[]).includes(category))
  }
  if (typeof record.quotes === 'string' && (quoteModes as readonly string[]).includes(record.quotes)) {
    settings.quotes = record.quotes as QuoteHandling
  }
  if (typeof record.locale === 'string' && isLocale(record.locale)) settings.locale = record.locale
  if (record.keepDraft === true) settings.keepDraft = true
  return settings
}

/** Saves the settings. Returns false when this browser will not store anything (private mode, storage off). */
export function saveSettings(store: KeyValueStore | undefined, settings: Settings): boolean {
  const data = {categories: categories.filter((category) => settings.categories.includes(category)), quotes: settings.quotes, locale: settings.locale, keepDraft: settings.keepDraft}
  return write(store, settingsKey, JSON.stringify(data))
}

/** The kept draft, only when keeping is on. */
export function loadDraft(store: KeyValueStore | undefined, settings: Settings): string | undefined {
  if (!settings.keepDraft) return undefined
  return read(store, draftKey)
}

/** Keeps the draft when keeping is on; when it is off, makes sure no copy is left behind. */
export function saveDraft(store: KeyValueStore | undefined, settings: Settings, text: string): boolean {
  if (!settings.keepDraft) {
    forgetDraft(store)
    return false
  }
  if (text === '') {
    forgetDraft(store)
    return true
  }
  return write(store, draftKey, text)
}

export function forgetDraft(store: KeyValueStore | undefined): void {
  try {
    store?.removeItem(draftKey)
  } catch {
    // Storage that cannot be read cannot hold a draft either.
  }
}

export function hasSavedDraft(store: KeyValueStore | undefined): boolean {
  return read(store, draftKey) !== undefined
}

function read(store: KeyValueStore | undefined, key: string): string | undefined {
  try {
    return store?.getItem(key) ?? undefined
  } catch {
    return undefined
  }
}

function write(store: KeyValueStore | undefined, key: string, value: string): boolean {
  if (!store) return false
  try {
    store.setItem(key, value)
    return true
  } catch {
    return false
  }
}

/** localStorage when the browser allows it; some block even looking at it (it throws). Nothing is written here. */
export function browserStorage(get: () => Storage): KeyValueStore | undefined {
  try {
    return get()
  } catch {
    return undefined
  }
}
