import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

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
