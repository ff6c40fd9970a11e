// The lexicon as a git commit has it, for scripts that compare a change with what came before it.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {readLexiconDirectory} from '../src/node/read-lexicon.js'
import type {Lexicon} from '../src/lexicon/types.js'

/** Reads `lexicon/` at `ref` (unpacked into a temporary directory), or undefined when git or the data cannot give it. */
export function readLexiconAt(root: string, ref: string): Lexicon | undefined {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-lexicon-at-'))
  try {
    execFileSync('sh', ['-c', 'git archive "$1" lexicon | tar -x -C "$2"', 'sh', ref, directory], {cwd: root, stdio: ['ignore', 'ignore', 'pipe']})
    return readLexiconDirectory(path.join(directory, 'lexicon')).lexicon
  } catch {
    return undefined
  } finally {
    fs.rmSync(directory, {recursive: true, force: true})
  }
}
