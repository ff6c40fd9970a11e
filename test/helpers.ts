import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {compilePhraseIndex, getDefaultIndex, type PhraseIndex} from '../src/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const binary = path.join(root, 'bin/peerlint.js')

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the real, built `peerlint` binary. */
export function peerlint(args: string[], options: {input?: string; cwd?: string; env?: NodeJS.ProcessEnv} = {}): RunResult {
  const result = spawnSync(process.execPath, [binary, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    // `--list --format json` prints over 1 MB, spawnSync's default buffer.
    maxBuffer: 64 * 1024 * 1024,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A lexicon entry with only these match forms and no context lists, for a small test index. */
export function plainEntry(id: string, match: string[]) {
  const base = getDefaultIndex().lexicon
  return {...base.entries[0]!, id, match, skipWhenPrecededBy: [], skipWhenFollowedBy: [], onlyWhenPrecededBy: [], onlyWhenFollowedBy: [], examples: {flagged: [], clean: []}}
}

/** A phrase index of just these entries, with the built-in slots and context. */
export function indexOfEntries(entries: ReturnType<typeof plainEntry>[]): PhraseIndex {
  return compilePhraseIndex({...getDefaultIndex().lexicon, entries})
}
