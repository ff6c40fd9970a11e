import fs from 'node:fs'
import os from 'node:os'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {UsageError} from '../src/node/errors.js'
import {decodeText, readTextFile} from '../src/node/read-text.js'

afterEach(() => vi.restoreAllMocks())

describe('readTextFile', () => {
  it('names the file and the reason when it cannot be read, never its content', () => {
    vi.spyOn(fs, 'readFileSync').mockImplementation(() => {
      throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'})
    })
    expect(() => readTextFile('notes/locked.txt')).toThrow(new UsageError("Cannot read 'notes/locked.txt' (permission denied)."))
  })

  it('says when a path is a directory', () => {
    expect(() => readTextFile(os.tmpdir())).toThrow(/it is a directory/)
  })
})

describe('decodeText', () => {
  it('drops a byte-order mark and decodes UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFFcafé', 'utf8'), 'a.txt')).toBe('café')
  })
  it('refuses binary and non-UTF-8 bytes', () => {
    expect(() => decodeText(Buffer.from([1, 0, 2]), 'a.bin')).toThrow(/looks like a binary file/)
    expect(() => decodeText(Buffer.from([0x63, 0xe9]), 'a.txt')).toThrow(/is not UTF-8 text/)
  })
})
