// Output files are written to a temporary file beside the target and renamed at the end, so a failed
// or interrupted scan never leaves a half-written report. Errors name the file, never its content.
import fs from 'node:fs'
import path from 'node:path'
import {UsageError} from '../node/errors.js'

function writeError(error: unknown, label: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code
  const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOSPC' ? 'the disk is full' : code ?? 'unknown error'
  return new UsageError(`Cannot write '${label}' (${reason}).`)
}

/** Characters gathered before a write: small, so no long string lives on into the old generation. */
const flushAt = 64 * 1024

export class AtomicFile {
  readonly temp: string
  private fd: number | undefined
  private buffered: string[] = []
  private bufferedLength = 0

  constructor(
    readonly target: string,
    readonly label: string
  ) {
    this.temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`)
    try {
      if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw Object.assign(new Error('folder'), {code: 'EISDIR'})
      this.fd = fs.openSync(this.temp, 'wx', 0o600)
    } catch (error) {
      throw writeError(error, label)
    }
  }

  /** Writes text; small pieces are gathered into one write, so memory stays at a few kB per file. */
  write(text: string): void {
    this.buffered.push(text)
    this.bufferedLength += text.length
    if (this.bufferedLength >= flushAt) this.flush()
  }

  /** Writes UTF-8 bytes (a batch serialised on a worker) straight to the file, after anything gathered. */
  writeBytes(bytes: Uint8Array): void {
    this.flush()
    this.writeOut(bytes)
  }

  private flush(): void {
    if (this.buffered.length === 0) return
    const text = this.buffered.join('')
    this.buffered = []
    this.bufferedLength = 0
    this.writeOut(text)
  }

  /** Synchronous, so a slow disk holds the scan back instead of letting output pile up in memory. */
  private writeOut(data: string | Uint8Array): void {
    if (this.fd === undefined) return
    try {
      if (typeof data === 'string') fs.writeSync(this.fd, data)
      else for (let at = 0; at < data.length; ) at += fs.writeSync(this.fd, data, at, data.length - at)
    } catch (error) {
      throw writeError(error, this.label)
    }
  }

  /** Flushes, closes and renames over the target. */
  commit(): void {
    this.flush()
    try {
      if (this.fd !== undefined) fs.closeSync(this.fd)
      this.fd = undefined
      fs.renameSync(this.temp, this.target)
    } catch (error) {
      throw writeError(error, this.label)
    }
  }

  /** Removes the temporary file (after an error). */
  discard(): void {
    try {
      if (this.fd !== undefined) fs.closeSync(this.fd)
    } catch {
      // already closed
    }
    this.fd = undefined
    fs.rmSync(this.temp, {force: true})
  }
}

/** Opens every output (so a bad path stops the run before any reading) and commits or discards them together. */
export class Outputs {
  private readonly files: AtomicFile[] = []

  constructor(private readonly cwd: string) {}

  open(name: string, inputs: string[]): AtomicFile {
    const target = path.resolve(this.cwd, name)
    if (inputs.some((input) => path.resolve(this.cwd, input) === target)) throw new UsageError(`'${name}' is one of the inputs; choose another name for the output.`)
    if (this.files.some((file) => file.target === target)) throw new UsageError(`'${name}' is named for two outputs; give each its own file.`)
    const file = new AtomicFile(target, name)
    this.files.push(file)
    return file
  }

  commit(): void {
    for (const file of this.files) file.commit()
  }

  discard(): void {
    for (const file of this.files) file.discard()
  }
}
