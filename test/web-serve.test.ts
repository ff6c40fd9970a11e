// `peerlint serve`: a static server for dist/web on 127.0.0.1 only.
import type {ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {contentTypeFor, defaultWebRoot, parsePort, resolveInside, startServer, type StaticServer} from '../src/cli/serve-command.js'
import {UsageError} from '../src/node/errors.js'
import {binary, peerlint, root} from './helpers.js'
import {startServeProcess} from './support/serve.js'

interface Reply {
  status: number
  type: string | undefined
  body: string
}

/** A raw request, so paths like /../ reach the server exactly as written. */
function request(port: number, requestPath: string, options: {method?: string; host?: string} = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({host: '127.0.0.1', port, path: requestPath, method: options.method ?? 'GET', headers: {host: options.host ?? `127.0.0.1:${port}`}}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, type: response.headers['content-type'], body}))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

let base: string
let site: string
let server: StaticServer

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'peerlint-serve-'))
  site = path.join(base, 'web')
  fs.mkdirSync(path.join(site, 'assets'), {recursive: true})
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>page</title>')
  fs.writeFileSync(path.join(site, 'assets', 'app.js'), 'console.log(1)')
  fs.writeFileSync(path.join(site, 'assets', 'app.css'), 'body{}')
  fs.writeFileSync(path.join(site, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside the web folder')
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(site, 'link.txt'))
  server = await startServer({root: site, port: 0})
})

afterAll(async () => {
  await server?.close()
  // The folder holds a symlink and a file standing in for something private: leave nothing behind.
  if (base) fs.rmSync(base, {recursive: true, force: true})
})

describe('startServer', () => {
  it('listens on 127.0.0.1 on the port it was given (0: any free one) and says where', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it('serves the page and its files with the right content types', async () => {
    const page = await request(server.port, '/')
    expect(page).toMatchObject({status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>page</title>'})
    expect((await request(server.port, '/index.html?x=1')).status).toBe(200)
    expect((await request(server.port, '/assets/app.js')).type).toBe('text/javascript; charset=utf-8')
    expect((await request(server.port, '/assets/app.css')).type).toBe('text/css; charset=utf-8')
    expect((await request(server.port, '/icon.svg')).type).toBe('image/svg+xml')
    expect((await request(server.port, '/assets/')).status).toBe(404)
    expect((await request(server.port, '/missing.js')).status).toBe(404)
  })

  it('refuses anything outside dist/web', async () => {
    for (const attempt of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/%E0%A4%A', '/link.txt']) {
      const reply = await request(server.port, attempt)
      expect(reply.status, attempt).toBeGreaterThanOrEqual(400)
      expect(reply.body, attempt).not.toContain('outside the web folder')
    }
  })

  it('answers only GET and HEAD, and only at its own address', async () => {
    expect((await request(server.port, '/', {method: 'POST'})).status).toBe(405)
    expect((await request(server.port, '/', {method: 'HEAD'})).status).toBe(200)
    expect((await request(server.port, '/', {host: 'attacker.example:80'})).status).toBe(403)
    expect((await request(server.port, '/', {host: `localhost:${server.port}`})).status).toBe(200)
  })

  it('says plainly when the page is not built, or the port is taken', async () => {
    await expect(startServer({root: path.join(site, 'nowhere'), port: 0})).rejects.toThrow(UsageError)
    await expect(startServer({root: path.join(site, 'nowhere'), port: 0})).rejects.toThrow(/not built yet.*npm run build/)
    await expect(startServer({root: site, port: server.port})).rejects.toThrow(new RegExp(`Port ${server.port} is already in use`))
  })
})

describe('helpers', () => {
  it('maps request paths inside the root only', () => {
    expect(resolveInside('/srv/web', '/')).toBe(path.resolve('/srv/web'))
    expect(resolveInside('/srv/web', '/a/b.js?x#y')).toBe(path.resolve('/srv/web/a/b.js'))
    expect(resolveInside('/srv/web', '/../x')).toBeUndefined()
    expect(resolveInside('/srv/web', '/a%2f..%2f..%2fx')).toBeUndefined()
  })

  it('knows the content types it serves and parses ports', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('x.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('x.bin')).toBe('application/octet-stream')
    expect(parsePort('0')).toBe(0)
    expect(parsePort('8080')).toBe(8080)
    expect(() => parsePort('80a')).toThrow(UsageError)
    expect(() => parsePort('70000')).toThrow(UsageError)
  })

  it('serves the built page from this install', () => {
    expect(defaultWebRoot()).toBe(path.join(root, 'dist', 'web'))
  })
})


function stopServeProcess(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve(child.exitCode)
      return
    }
    child.once('exit', (code) => resolve(code))
    child.kill('SIGTERM')
  })
}

describe('peerlint serve (the command)', () => {
  it('prints its URL, serves the built page, and stops cleanly', async () => {
    if (!fs.existsSync(path.join(root, 'dist/web/index.html'))) throw new Error('dist/web/index.html is missing: run `npm run build` first.')
    const {child, url} = await startServeProcess()
    try {
      const port = Number(new URL(url).port)
      const page = await request(port, '/')
      expect(page.status).toBe(200)
      expect(page.type).toBe('text/html; charset=utf-8')
      expect(page.body).toContain('Check a draft note')
    } finally {
      expect(await stopServeProcess(child)).toBe(0)
    }
  }, 30_000)

  it('exits 2 with one line when the port is taken', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = (blocker.address() as net.AddressInfo).port
    try {
      const result = peerlint(['serve', '--port', String(port)])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toContain(`Port ${port} is already in use`)
    } finally {
      await new Promise((resolve) => blocker.close(resolve))
    }
  })

  it('exits 2 with one line for a port that is not a number', () => {
    const result = peerlint(['serve', '--port', 'eighty'])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })
})
