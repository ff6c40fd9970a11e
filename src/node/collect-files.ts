// Turns the paths on the command line into files to lint: files as named, directories walked for
// notes and templates (*.txt, *.md, *.markdown, *.html, *.htm, *.docx), and globs. Node-only.
import fs from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {UsageError} from './errors.js'

export const noteExtensions = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx']
const skippedDirectories = new Set(['node_modules', '.git'])

function walk(directory: string, found: string[]): void {
  const entries = fs.readdirSync(directory, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) walk(full, found)
    } else if (entry.isFile() && noteExtensions.includes(path.extname(entry.name).toLowerCase())) {
      found.push(full)
    }
  }
}

/** Files to lint, in a stable order, without duplicates. Throws UsageError for paths that match nothing. */
export async function collectFiles(patterns: string[], cwd = process.cwd()): Promise<string[]> {
  const found: string[] = []
  for (const pattern of patterns) {
    const resolved = path.resolve(cwd, pattern)
    const stat = fs.statSync(resolved, {throwIfNoEntry: false})
    if (stat?.isDirectory()) walk(path.relative(cwd, resolved) || '.', found)
    else if (stat) found.push(path.relative(cwd, resolved))
    else if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, {cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true})
      if (matches.length === 0) throw new UsageError(`No files match '${pattern}'. Check the pattern, or quote it so your shell does not expand it.`)
      found.push(...matches.sort())
    } else {
      throw new UsageError(`No such file or directory: '${pattern}'. Check the path and try again.`)
    }
  }
  return [...new Set(found)]
}
