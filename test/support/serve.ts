// Starts the real `peerlint serve` (built binary) and resolves with the URL it prints.
import {spawn, type ChildProcess} from 'node:child_process'
import {binary, root} from '../helpers.js'

export function startServeProcess(args: string[] = ['--port', '0']): Promise<{child: ChildProcess; url: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binary, 'serve', ...args], {cwd: root, env: {...process.env, NO_COLOR: '1'}})
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => reject(new Error(`peerlint serve printed no URL in time. stdout: ${stdout} stderr: ${stderr}`)), 20_000)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)
      if (match) {
        clearTimeout(timer)
        resolve({child, url: match[0]})
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`peerlint serve exited with ${code} before printing a URL: ${stderr}`))
    })
  })
}
