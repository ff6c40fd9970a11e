// The official SARIF 2.1.0 schema (vendored in test/fixtures), compiled once for the tests that
// validate SARIF output, with the URI formats checked the way GitHub's upload checks them.
import fs from 'node:fs'
import path from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import {root} from '../helpers.js'

const schema = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>
const uriCharacters = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/
// ajv-draft-04 is CommonJS: under NodeNext its default import is the module, whose `default` is the class.
const Ajv = AjvDraft04.default
// The schema's `language` pattern is not valid as a Unicode regular expression, so patterns compile without the u flag.
const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
ajv.addFormat('uri', (value: string) => uriCharacters.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value))
ajv.addFormat('uri-reference', (value: string) => uriCharacters.test(value))
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
export const validateSarif = ajv.compile(schema)

