// `npm run quality [-- --verbose] [-- --sets dev33,dev34]`: recall, precision and false alarms on the labelled corpus.
// fixtures/sentences/dev.txt to dev353.txt are what we tune on. holdout.txt and aside1-118.txt are kept
// aside: only their totals are ever read (--verbose never lists their sentences), to catch
// over-fitting.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {formatScore, parseCorpus, scoreSentences, type SentenceResult} from './quality/score.js'
import {reviewerStyleAside} from './quality/sets.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const verbose = process.argv.includes('--verbose')
/** `--sets dev33,dev34`: print only these sets (the totals still cover every set). */
const setsArgument = process.argv.indexOf('--sets')
const only = setsArgument === -1 ? undefined : new Set((process.argv[setsArgument + 1] ?? '').split(','))
const show = (r: SentenceResult) => `    ${r.line}: [${r.categories.join(',') || 'open'}] ${r.text}${r.found.length ? `\n        found: ${r.found.map((f) => `${f.ruleId} (${f.category}) “${f.actual}”`).join('; ')}` : ''}`

const tuned = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44', 'dev45', 'dev46', 'dev47', 'dev48', 'dev49', 'dev50', 'dev51', 'dev52', 'dev53', 'dev54', 'dev55', 'dev56', 'dev57', 'dev58', 'dev59', 'dev60', 'dev61', 'dev62', 'dev63', 'dev64', 'dev65', 'dev66', 'dev67', 'dev68', 'dev69', 'dev70', 'dev71', 'dev72', 'dev73', 'dev74', 'dev75', 'dev76', 'dev77', 'dev78', 'dev79', 'dev80', 'dev81', 'dev82', 'dev83', 'dev84', 'dev85', 'dev86', 'dev87', 'dev88', 'dev89', 'dev90', 'dev91', 'dev92', 'dev93', 'dev94', 'dev95', 'dev96', 'dev97', 'dev98', 'dev99', 'dev100', 'dev101', 'dev102', 'dev103', 'dev104', 'dev105', 'dev106', 'dev107', 'dev108', 'dev109', 'dev110', 'dev111', 'dev112', 'dev113', 'dev114', 'dev115', 'dev116', 'dev117', 'dev118', 'dev119', 'dev120', 'dev121', 'dev122', 'dev123', 'dev124', 'dev125', 'dev126', 'dev127', 'dev128', 'dev129', 'dev130', 'dev131', 'dev132', 'dev133', 'dev134', 'dev135', 'dev136', 'dev137', 'dev138', 'dev139', 'dev140', 'dev141', 'dev142', 'dev143', 'dev144', 'dev145', 'dev146', 'dev147', 'dev148', 'dev149', 'dev150', 'dev151', 'dev152', 'dev153', 'dev154', 'dev155', 'dev156', 'dev157', 'dev158', 'dev159', 'dev160', 'dev161', 'dev162', 'dev163', 'dev164', 'dev165', 'dev166', 'dev167', 'dev168', 'dev169', 'dev170', 'dev171', 'dev172', 'dev173', 'dev174', 'dev175', 'dev176', 'dev177', 'dev178', 'dev179', 'dev180', 'dev181', 'dev182', 'dev183', 'dev184', 'dev185', 'dev186', 'dev187', 'dev188', 'dev189', 'dev190', 'dev191', 'dev192', 'dev193', 'dev194', 'dev195', 'dev196', 'dev197', 'dev198', 'dev199', 'dev200', 'dev201', 'dev202', 'dev203', 'dev204', 'dev205', 'dev206', 'dev207', 'dev208', 'dev209', 'dev210', 'dev211', 'dev212', 'dev213', 'dev214', 'dev215', 'dev216', 'dev217', 'dev218', 'dev219', 'dev220', 'dev221', 'dev222', 'dev223', 'dev224', 'dev225', 'dev226', 'dev227', 'dev228', 'dev229', 'dev230', 'dev231', 'dev232', 'dev233', 'dev234', 'dev235', 'dev236', 'dev237', 'dev238', 'dev239', 'dev240', 'dev241', 'dev242', 'dev243', 'dev244', 'dev245', 'dev246', 'dev247', 'dev248', 'dev249', 'dev250', 'dev251', 'dev252', 'dev253', 'dev254', 'dev255', 'dev256', 'dev257', 'dev258', 'dev259', 'dev260', 'dev261', 'dev262', 'dev263', 'dev264', 'dev265', 'dev266', 'dev267', 'dev268', 'dev269', 'dev270', 'dev271', 'dev272', 'dev273', 'dev274', 'dev275', 'dev276', 'dev277', 'dev278', 'dev279', 'dev280', 'dev281', 'dev282', 'dev283', 'dev284', 'dev285', 'dev286', 'dev287', 'dev288', 'dev289', 'dev290', 'dev291', 'dev292', 'dev293', 'dev294', 'dev295', 'dev296', 'dev297', 'dev298', 'dev299', 'dev300', 'dev301', 'dev302', 'dev303', 'dev304', 'dev305', 'dev306', 'dev307', 'dev308', 'dev309', 'dev310', 'dev311', 'dev312', 'dev313', 'dev314', 'dev315', 'dev316', 'dev317', 'dev318', 'dev319', 'dev320', 'dev321', 'dev322', 'dev323', 'dev324', 'dev325', 'dev326', 'dev327', 'dev328', 'dev329', 'dev330', 'dev331', 'dev332', 'dev333', 'dev334', 'dev335', 'dev336', 'dev337', 'dev338', 'dev339', 'dev340', 'dev341', 'dev342', 'dev343', 'dev344', 'dev345', 'dev346', 'dev347', 'dev348', 'dev349', 'dev350', 'dev351', 'dev352', 'dev353']
const aside = ['holdout', 'aside1', 'aside2', 'aside3', 'aside4', 'aside5', 'aside6', 'aside7', 'aside8', 'aside9', 'aside10', 'aside11', 'aside12', 'aside13', 'aside14', 'aside15', 'aside16', 'aside17', 'aside18', 'aside19', 'aside20', 'aside21', 'aside22', 'aside23', 'aside24', 'aside25', 'aside26', 'aside27', 'aside28', 'aside29', 'aside30', 'aside31', 'aside32', 'aside33', 'aside34', 'aside35', 'aside36', 'aside37', 'aside38', 'aside39', 'aside40', 'aside41', 'aside42', 'aside43', 'aside44', 'aside45', 'aside46', 'aside47', 'aside48', 'aside49', 'aside50', 'aside51', 'aside52', 'aside53', 'aside54', 'aside55', 'aside56', 'aside57', 'aside58', 'aside59', 'aside60', 'aside61', 'aside62', 'aside63', 'aside64', 'aside65', 'aside66', 'aside67', 'aside68', 'aside69', 'aside70', 'aside71', 'aside72', 'aside73', 'aside74', 'aside75', 'aside76', 'aside77', 'aside78', 'aside79', 'aside80', 'aside81', 'aside82', 'aside83', 'aside84', 'aside85', 'aside86', 'aside87', 'aside88', 'aside89', 'aside90', 'aside91', 'aside92', 'aside93', 'aside94', 'aside95', 'aside96', 'aside97', 'aside98', 'aside99', 'aside100', 'aside101', 'aside102', 'aside103', 'aside104', 'aside105', 'aside106', 'aside107', 'aside108', 'aside109', 'aside110', 'aside111', 'aside112', 'aside113', 'aside114', 'aside115', 'aside116', 'aside117', 'aside118']
const combined = (names: string[]) => scoreSentences(names.flatMap((name) => parseCorpus(fs.readFileSync(path.join(root, 'fixtures/sentences', `${name}.txt`), 'utf8'), `${name}.txt`)))

for (const name of [...tuned, ...aside]) {
  if (only && !only.has(name)) continue
  const file = path.join(root, 'fixtures/sentences', `${name}.txt`)
  const score = scoreSentences(parseCorpus(fs.readFileSync(file, 'utf8'), `${name}.txt`))
  console.log(formatScore(name, score))
  if (verbose && tuned.includes(name)) {
    if (score.misses.length) console.log(`  missed drift:\n${score.misses.map(show).join('\n')}`)
    if (score.alarms.length) console.log(`  open sentences flagged:\n${score.alarms.map(show).join('\n')}`)
  }
  console.log('')
}

console.log(formatScore(`tuned sets (${tuned.join(', ')})`, combined(tuned)))
console.log('')
console.log(formatScore(`kept aside (${aside.join(', ')})`, combined(aside)))
console.log('')
console.log(formatScore(`kept aside, reviewer-style (${reviewerStyleAside.join(', ')})`, combined(reviewerStyleAside)))
