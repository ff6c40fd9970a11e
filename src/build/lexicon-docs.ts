// `npm run docs`: writes docs/lexicon.md from the lexicon (a test fails when it is out of date).
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lexicon} from '../generated/lexicon.js'
import {renderLexiconDocs} from '../lexicon/docs.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const target = path.join(root, 'docs/lexicon.md')
const temporary = `${target}.${process.pid}.tmp`
fs.mkdirSync(path.dirname(target), {recursive: true})
fs.writeFileSync(temporary, renderLexiconDocs(lexicon))
fs.renameSync(temporary, target)
console.log(`docs/lexicon.md: ${lexicon.entries.length} entries`)
