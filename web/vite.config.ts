// Builds the peer worker's page into dist/web/ as ONE self-contained index.html: the script and the
// styles are inlined, so the page works when opened straight from a file (file://, where module
// scripts and some fetches are blocked) as well as from `peerlint serve`. The strict
// Content-Security-Policy allows exactly the inlined script and style by their SHA-256 hashes and
// nothing else: no network, no other scripts, no frames, no forms.
import {createHash} from 'node:crypto'
import {fileURLToPath} from 'node:url'
import {defineConfig, type Plugin} from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))
const outDir = fileURLToPath(new URL('../dist/web/', import.meta.url))

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The policy for the built page; `script` and `style` are the hashes of the inlined code. */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${script}`,
    `style-src ${style}`,
    'img-src data:',
    "connect-src 'none'",
    "font-src 'none'",
    "object-src 'none'",
    "media-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')
}

const cspPlaceholder = '__PEERLINT_CSP__'

/** Inlines the one script chunk and the one stylesheet into index.html and writes the CSP. */
function inlineEverything(): Plugin {
  return {
    name: 'peerlint-inline-everything',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html']
      if (!html || html.type !== 'asset') throw new Error('peerlint web build: index.html is missing from the bundle.')
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk')
      const styles = Object.values(bundle).filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'))
      if (chunks.length !== 1) throw new Error(`peerlint web build: expected one script chunk, got ${chunks.length}.`)
      if (styles.length !== 1) throw new Error(`peerlint web build: expected one stylesheet, got ${styles.length}.`)
      const chunk = chunks[0]!
      const style = styles[0]!
      if (chunk.type !== 'chunk' || style.type !== 'asset') throw new Error('peerlint web build: unexpected bundle shape.')
      // Inside an inline <script>, "</script" would end the element early; a JS string or regexp
      // means the same with the slash escaped.
      const script = chunk.code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
      const css = String(style.source).replace(/<\/(style)/gi, '<\\/$1')
      let page = String(html.source)
      const scriptTag = new RegExp(`<script[^>]*src="[^"]*${chunk.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*></script>\\s*`)
      const styleTag = new RegExp(`<link[^>]*href="[^"]*${style.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>\\s*`)
      if (!scriptTag.test(page) || !styleTag.test(page)) throw new Error('peerlint web build: could not find the script or stylesheet tag to inline.')
      if (!page.includes(cspPlaceholder)) throw new Error('peerlint web build: index.html has no CSP placeholder.')
      page = page.replace(scriptTag, '').replace(styleTag, '')
      page = page.replace('</head>', () => `<style>${css}</style>\n</head>`)
      page = page.replace('</body>', () => `<script>${script}</script>\n</body>`)
      page = page.replace(cspPlaceholder, () => contentSecurityPolicy(sha256(script), sha256(css)))
      html.source = page
      delete bundle[chunk.fileName]
      delete bundle[style.fileName]
    }
  }
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [inlineEverything()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: 100_000,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {format: 'iife', codeSplitting: false}
    }
  }
})
