// Writes a file so that a reader never sees it half-written: a temporary file in the same folder,
// then a rename over the target. Errors name the path, never the content.
import fs from 'node:fs'
import path from 'node:path'
import {UsageError} from './errors.js'

export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    fs.writeFileSync(temporary, content)
    fs.renameSync(temporary, target)
  } catch (error) {
    fs.rmSync(temporary, {force: true})
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : code
    throw new UsageError(`Cannot write '${path.relative(process.cwd(), target) || target}' (${reason}).`)
  }
}
