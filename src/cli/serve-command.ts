// `peerlint serve`: a tiny static server for the peer worker's page (dist/web), on 127.0.0.1 only.
// It serves the built files and nothing else: no directory listings, nothing outside dist/web, no
// uploads, no logging of what is requested.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Option, type Command} from 'commander'
import {UsageError} from '../node/errors.js'
import type {RegisterSubcommand} from './commands.js'

export const defaultPort = 4179
export const host = '127.0.0.1'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json'
}

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** dist/web of this peerlint install (next to dist/src, where this file is built to). */
export function defaultWebRoot(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path.join(directory, 'package.json')
    if (fs.existsSync(candidate)) {
      try {
        const data = JSON.parse(fs.readFileSync(candidate, 'utf8')) as {name?: string}
        if (data.name === 'peerlint') return path.join(directory, 'dist', 'web')
      } catch {
        // Not ours; keep looking up.
      }
    }
    directory = path.dirname(directory)
  }
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web')
}

export interface StaticServer {
  url: string
  port: number
  close: () => Promise<void>
}

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY'
}

function send(response: http.ServerResponse, status: number, body: string): void {
  response.writeHead(status, {...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body)})
  response.end(body)
}

/**
 * Where a request path points inside `root`, or undefined when it would leave it (../, encoded
 * slashes or backslashes, NUL bytes, malformed escapes).
 */
export function resolveInside(root: string, requestUrl: string): string | undefined {
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '/'
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined
  const segments = decoded.split('/')
  if (segments.some((segment) => segment === '..')) return undefined
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`)
  const base = path.resolve(root)
  if (resolved !== base && !resolved.startsWith(base + path.sep)) return undefined
  return resolved
}

function allowedHost(header: string | undefined, port: number): boolean {
  // Refuses other host names pointed at this machine (DNS rebinding): only the address we print.
  if (header === undefined) return true
  return header === `${host}:${port}` || header === `localhost:${port}`
}

function handle(root: string, realRoot: string, port: () => number, request: http.IncomingMessage, response: http.ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD')
    send(response, 405, 'Only GET and HEAD are served here.\n')
    return
  }
  if (!allowedHost(request.headers.host, port())) {
    send(response, 403, 'This server only answers at its own address.\n')
    return
  }
  let file = resolveInside(root, request.url ?? '/')
  if (file === undefined) {
    send(response, 403, 'Not here.\n')
    return
  }
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
    const real = fs.realpathSync(file)
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      send(response, 403, 'Not here.\n')
      return
    }
    const stat = fs.statSync(real)
    if (!stat.isFile()) throw Object.assign(new Error('not a file'), {code: 'ENOENT'})
    response.writeHead(200, {...securityHeaders, 'Content-Type': contentTypeFor(real), 'Content-Length': stat.size})
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    fs.createReadStream(real)
      .on('error', () => response.destroy())
      .pipe(response)
  } catch {
    send(response, 404, 'Not found.\n')
  }
}

/** Starts serving `root` on 127.0.0.1. Port 0 picks any free port. Rejects with a UsageError. */
export async function startServer(options: {root: string; port: number}): Promise<StaticServer> {
  const root = path.resolve(options.root)
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new UsageError(`The web page is not built yet (no ${path.join(root, 'index.html')}). Run 'npm run build' in the peerlint folder first.`)
  }
  const realRoot = fs.realpathSync(root)
  let port = options.port
  const server = http.createServer((request, response) => handle(root, realRoot, () => port, request, response))
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new UsageError(`Port ${options.port} is already in use. Choose another with --port (for example --port ${options.port + 1}), or --port 0 for any free port.`))
      } else if (error.code === 'EACCES') {
        reject(new UsageError(`Not allowed to use port ${options.port}. Choose a port above 1023 with --port, or --port 0 for any free port.`))
      } else {
        reject(new UsageError(`Could not start the server on port ${options.port} (${error.code ?? error.name}).`))
      }
    })
    server.listen(options.port, host, () => resolve())
  })
  const address = server.address()
  if (address && typeof address === 'object') port = address.port
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

export function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`--port takes a number from 0 to 65535, not '${value}'.`)
  }
  return Number(value)
}

/** Waits for Ctrl+C (or a polite kill), then stops the server. */
function untilStopped(server: StaticServer): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      void server.close().then(resolve)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

export const registerServe: RegisterSubcommand = (program: Command, context) => {
  program
    .command('serve')
    .description('serve the page for checking a draft note as you type, on this computer only (127.0.0.1)')
    .addOption(new Option('-p, --port <port>', 'port to listen on (0 picks any free port)').default(String(defaultPort)))
    .action(async (options: {port: string}) => {
      const port = parsePort(options.port)
      const server = await startServer({root: defaultWebRoot(), port})
      context.io.stdout(`peerlint is serving the draft-checking page at ${server.url}\nOpen it in your browser. It only answers on this computer. Press Ctrl+C to stop.\n`)
      await untilStopped(server)
      context.setExitCode(0)
    })
}
