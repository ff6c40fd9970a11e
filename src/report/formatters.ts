// Every report format the CLI can write, by name. A formatter turns the core JSON results into text;
// it never sees anything the JSON shape does not carry.
import {reportJson, type JsonResult} from './json.js'
import {reportStylish} from './stylish.js'
import {reportSarif} from './sarif.js'
import {reportGithub} from './github.js'
import {reportCheckstyle} from './checkstyle.js'
import {reportJunit} from './junit.js'
import {reportCompact} from './compact.js'

export interface FormatterContext {
  /** Colour for terminal formats. */
  color: boolean
  /** The working directory, for formats that want absolute paths or URIs. */
  cwd: string
  /** peerlint's version, for formats that name the tool (SARIF). */
  version: string
}

export type Formatter = (results: JsonResult[], context: FormatterContext) => string

export const formatters: Record<string, Formatter> = {
  stylish: (results, {color}) => reportStylish(results, {color}),
  json: (results) => reportJson(results),
  sarif: (results, context) => reportSarif(results, context),
  github: (results) => reportGithub(results),
  checkstyle: (results) => reportCheckstyle(results),
  junit: (results) => reportJunit(results),
  compact: (results) => reportCompact(results)
}

export const formatNames = () => Object.keys(formatters)
