// Context checks shared by rules. Compliance and credibility words are drift only when they are about
// the person: "she refused" is, "the school refused" and "insurance claims" are not.
import type {MatchContext} from './match.js'
import type {SequenceSet} from './sequence-set.js'
import {isLinkingVerb} from './degree-words.js'
import {speechVerbs} from './speech-verbs.js'

const possessive = /'s$/
/** A match that opens with one of these hangs off what comes before it ("against medical advice", "on hold until", "if she wants to keep", "to get out of", "or she won't be cleared"). */
const hangingOpeners = new Set(['against', 'despite', 'per', 'according', 'with', 'without', 'under', 'contrary', 'for', 'on', 'until', 'unless', 'if', 'to', 'or'])
/** Words that may stand before such an opener: "purely to get out of", "mainly for the money". */
const focusingWords = new Set(['purely', 'mainly', 'mostly', 'primarily', 'solely', 'largely', 'partly', 'simply', 'just', 'only', 'chiefly', 'entirely', 'clearly', 'likely', 'probably', 'possibly', 'perhaps', 'presumably', 'seemingly', 'apparently'])

/** The match hangs off what comes before it, so the noun there is not who acts. */
function hangsOffWhatComesBefore(tokens: MatchContext['tokens'], from: number): boolean {
  const first = tokens[from]!.key
  return hangingOpeners.has(first) || (focusingWords.has(first) && hangingOpeners.has(tokens[from + 1]?.key ?? ''))
}

const personalPronouns = new Set(['he', 'she', 'they', 'i', 'we', 'you'])
/** Words that start a new clause: what comes before them is not the subject of what follows. */
const clauseJoiners = new Set(['and', 'but', 'so', 'because', 'while', 'although', 'though', 'when', 'then'])
// "de", "du" and "del" join the names of French and Spanish bodies ("Université de Moncton", "Centro de Salud")
// as "of" joins English ones.
const prepositionsBeforeNoun = new Set(['at', 'in', 'from', 'of', 'with', 'for', 'near', 'by', 'outside', 'inside', 'on', 'into', 'about', 'behind', 'opposite', 'de', 'du', 'del'])

/** Where the subject before a match ends: past auxiliaries and adverbs ("has again refused"). */
function subjectEnd(tokens: MatchContext['tokens'], from: number, index: MatchContext['index']): number {
  let at = from
  for (let skipped = 0; skipped < 3 && at > 0 && index.between.has(tokens[at - 1]!.key); skipped++) at--
  return at
}

/** A word written with a capital: inside a sentence, part of a name. */
const capitalised = /^\p{Lu}/u

/**
 * True when the word before the match (skipping auxiliaries and adverbs such as "has", "again",
 * "never") ends an institution or thing from `context.yaml` (or, unless `family` is false, one of the
 * person's family): then the action is not the person's.
 */
export function isAboutInstitution({tokens, from, index}: MatchContext, family = true): boolean {
  const others = family ? index.othersAndFamily : index.institutions
  if (hangsOffWhatComesBefore(tokens, from)) return false
  const at = subjectEnd(tokens, from, index)
  const previous = tokens[at - 1]
  if (!previous?.word) return previous?.key === ',' && (nameAfterSomeoneElse(tokens, at, others, index) || roleAfterName(tokens, at, others, index) || clauseAfterSomeoneElse({tokens, from, index}, at, others))
  // "the label … it claims 97% caffeine-free": "it" doing something is never the person (though "it's
  // attention-seeking" labels what they did).
  if (previous.key === 'it' && actions.test(tokens[from]!.key)) return true
  if (titledName(tokens, at)) return true
  // "the school's refusal" is the school's.
  const ending = others.longestEndingAt(tokens, at, previous.key.replace(possessive, ''))
  if (ending === 0) return subjectBeforePhrase(tokens, at, others) || clauseAfterSomeoneElse({tokens, from, index}, at, others)
  if (family && ending === 1 && isBareRelation(tokens, at - 1, index)) return false
  if (objectOfContact(tokens, at - ending, true)) return false
  // "The man at the shelter claims", "for the night staff": within three words after a preposition,
  // the institution is not the subject, unless what the phrase hangs off is ("the nurse at the clinic").
  // A capitalised name right before the place does not count towards the three ("to the Work Ready
  // course half-cut"); a capital further back ("on Tuesday but the clinic") is another clause's.
  for (let before = at - ending - 1, words = 0, inName = true; before >= 0 && words < 3; before--) {
    const token = tokens[before]!
    if (!token.word) break
    inName &&= before > 0 && capitalised.test(token.exact)
    if (!inName) words++
    // "presented to ED": here "to" heads a phrase too (before a verb it would not end in a noun).
    if (prepositionsBeforeNoun.has(token.key) || token.key === 'to') return others.endsAt(tokens, before)
  }
  return true
}

/** Getting in touch with a place or a person: what follows names it as the object, not the subject. */
const contactVerbs = new Set(['called', 'calls', 'calling', 'rang', 'rings', 'ringing', 'phoned', 'phones', 'phoning', 'emailed', 'texted', 'messaged', 'contacted', 'visited'])
/** Telling or giving someone something: "told the job centre a sob story" names who was told, not who told it. */
const givingVerbs = new Set(['told', 'tells', 'telling', 'tell', 'gave', 'gives', 'giving', 'give', 'spun', 'spins', 'spinning', 'fed', 'feeds', 'feeding', 'sold', 'sells', 'selling', 'handed', 'hands', 'showed', 'shows', 'sent', 'sends', 'promised', 'promises', 'owes', 'owed'])
/** Who was told or given something ("her" is left out: "rang her landlord" is a possessive). */
const objectPronouns = new Set(['me', 'us', 'him', 'them'])
/** Leaving a place: "left withdrawal management AMA" is the person's leaving, not the service's. */
const leavingVerbs = new Set(['left', 'leaves'])

/**
 * "Bilal called the PICU insisting he had been promised a visit", "rang her landlord claiming": the
 * institution or person before the match is what was called, so the one insisting is whoever called.
 * With `asObject`, a place that was left ("left the Horizon site clinic AMA") or someone who was told
 * or given something ("spun the adviser a yarn") counts too: not where a skip list looks, where "left
 * the hospital without telling staff" and "told the nurse she refused" are open ways to say it.
 */
export function objectOfContact(tokens: MatchContext['tokens'], start: number, asObject = false): boolean {
  // Back over "the", "her" and a few words naming the place: "left the Horizon site clinic AMA".
  for (let before = start - 1, words = 0; before >= 0 && words < 4; before--, words++) {
    const token = tokens[before]!
    if (!token.word) return false
    if (contactVerbs.has(token.key) || (asObject && (leavingVerbs.has(token.key) || givingVerbs.has(token.key)))) return true
    // "told him the office denies most claims": who was told came first, so what follows is a clause.
    if (objectPronouns.has(token.key)) return false
    if (clauseJoiners.has(token.key) || personalPronouns.has(token.key) || prepositionsBeforeNoun.has(token.key) || token.key === 'to') return false
  }
  return false
}

/**
 * "Mother claims she has been sober", "Parent refused to sign the IEP": a relation named bare, with no
 * "his" or "the" and opening its clause, is how a chart names the person it is written about (in
 * family work, the parent), so the action is theirs. "His mum refused to let us in" names someone else.
 */
export function isBareRelation(tokens: MatchContext['tokens'], at: number, index: MatchContext['index']): boolean {
  const token = tokens[at]
  if (!token?.word || possessive.test(token.key)) return false
  if (!index.othersAndFamily.endsAt(tokens, at + 1) || index.institutions.endsAt(tokens, at + 1)) return false
  const before = tokens[at - 1]
  // "Marites' husband": an apostrophe after a word ending in "s" is a possessive, not a break.
  if (before && (before.key === "'" || before.key === '\u2019') && /s$/.test(tokens[at - 2]?.key ?? '') && tokens[at - 2]!.end === before.start) return false
  return !before || !before.word || clauseJoiners.has(before.key)
}

/** Verbs of holding a view, which open a clause with its own subject ("feel Nasreen is"). */
const viewVerbs = new Set(['feel', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'reckon', 'suspect', 'suspects'])

/**
 * "Her caseworker at OW refused": the word before the match ends a prepositional phrase whose head,
 * before the preposition, is an institution or another person.
 */
function subjectBeforePhrase(tokens: MatchContext['tokens'], at: number, others: SequenceSet): boolean {
  // "… on the programme for years and he's still refusing": a pronoun right before is the subject.
  const previous = tokens[at - 1]!.key
  if (personalPronouns.has(previous) || clauseJoiners.has(previous)) return false
  // "The pharmacist at the CVS on MLK refused": a phrase can hang off another phrase, so a second one
  // back is looked at too.
  for (let before = at - 2, words = 0, phrases = 0; before > 0 && words < 3; before--, words++) {
    const token = tokens[before]!
    // "… team for CBT to address negative cognitions": after "to" the match is what is done, not who does it.
    // "Staff on Maple feel Nasreen is splitting": after a verb of telling or feeling, a new clause has its own subject.
    if (!token.word || clauseJoiners.has(token.key) || token.key === 'to' || speechVerbs.has(token.key) || viewVerbs.has(token.key)) return false
    if (prepositionsBeforeNoun.has(token.key)) {
      // "left withdrawal management in Grand Junction AMA": a place that was called or left is not the subject.
      const length = others.longestEndingAt(tokens, before, tokens[before - 1]!.key.replace(possessive, ''))
      if (length > 0) return !objectOfContact(tokens, before - length, true)
      if (++phrases === 2) return false
      words = -1
    }
  }
  return false
}

/**
 * "The VHT, Mama Harriet, told him to", "her support coordinator, Priya, insisted": a name set off by
 * commas after a noun names that one again, so the noun is the subject. Returns where the noun ends
 * (the index of the comma before the name), or -1. `at` is where the subject before the match ends.
 */
function appositionBefore(tokens: MatchContext['tokens'], at: number): number {
  if (tokens[at - 1]?.key !== ',') return -1
  let before = at - 2
  for (let names = 0; names < 3 && capitalisedName.test(tokens[before]?.exact ?? ''); names++) before--
  return before < at - 2 && tokens[before]?.key === ',' && tokens[before - 1]?.word ? before : -1
}

/** "The VHT, Mama Harriet, told him to": the name renames an institution or someone in the person's life. "Mum, Dee, refused" is a bare relation, the person in a family chart (`isBareRelation`). */
function nameAfterSomeoneElse(tokens: MatchContext['tokens'], at: number, others: SequenceSet, index: MatchContext['index']): boolean {
  const named = appositionBefore(tokens, at)
  return named !== -1 && endsWithSomeoneElse(tokens, named, others, index)
}

/**
 * "Ms Walker, the dean, insisted", "Hemi, her probation officer, told him to": a role set off by commas
 * right after a name says who that is, so the one acting is someone in that role. `at` is where the
 * subject before the match ends (after the comma that closes the role).
 */
function roleAfterName(tokens: MatchContext['tokens'], at: number, others: SequenceSet, index: MatchContext['index']): boolean {
  if (!endsWithSomeoneElse(tokens, at - 1, others, index)) return false
  for (let before = at - 2, words = 0; before > 0 && words < 5; before--, words++) {
    const token = tokens[before]!
    if (!token.word) return token.key === ',' && capitalisedName.test(tokens[before - 1]?.exact ?? '')
  }
  return false
}

/** "The church that hosts us refused": a relative clause on an institution or someone in the person's life ends before the action. */
function clauseAfterSomeoneElse({tokens, from, index}: Pick<MatchContext, 'tokens' | 'from' | 'index'>, at: number, others: SequenceSet): boolean {
  if (!actsOnSomeone(tokens[from]!.key)) return false
  const relative = relativeClauseBefore(tokens, at, index)
  return relative !== -1 && endsWithSomeoneElse(tokens, relative, others, index)
}

/** An action or a telling: only these follow a relative clause as its noun's own verb ("… that seemed exaggerated" does not). */
const actsOnSomeone = (key: string): boolean => actions.test(key) || tellingForms.has(key)
const tellingForms = new Set(['told', 'tells', 'tell', 'telling'])
/** Whom a telling is told to, when it is the person the note is about. */
const thirdPersonObjects = new Set(['him', 'her', 'them'])

/** An institution or someone in the person's life (not a bare relation) ends just before `at`. */
function endsWithSomeoneElse(tokens: MatchContext['tokens'], at: number, others: SequenceSet, index: MatchContext['index']): boolean {
  const last = tokens[at - 1]
  if (!last?.word) return false
  const length = others.longestEndingAt(tokens, at, last.key.replace(possessive, ''))
  return length > 0 && !isBareRelation(tokens, at - length, index)
}

/** Pronouns that are a clause's subject, never its verb. */
const subjectPronouns = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'whoever', 'it'])

/**
 * "The church that hosts us refused", "the hospital, which discharged him on Friday, refused": a clause
 * on the noun before "who", "which" or "that" stands between it and the match, so that noun is the
 * subject. Returns where the noun ends (the index after it), or -1 when there is no such clause. Only a
 * clause whose verb follows the relative word at once counts: in "the GP that Dev refused to see" Dev
 * is the one refusing, and a pronoun, a speech verb or a new clause inside the stretch means the subject
 * may be someone else.
 */
function relativeClauseBefore(tokens: MatchContext['tokens'], at: number, index: MatchContext['index']): number {
  let end = at
  const commaBefore = tokens[end - 1]?.key === ','
  if (commaBefore) end--
  for (let relative = end - 2, words = 0; relative > 0 && words < 5; relative--, words++) {
    const token = tokens[relative + 1]!
    if (!token.word || personalPronouns.has(token.key) || clauseStarts.has(token.key) || speechVerbs.has(token.key) || token.key === 'that') return -1
    if (!relativeOpeners.has(tokens[relative]!.key)) continue
    // "which pt denies", "that staff deny": a noun after the relative word is the clause's own subject,
    // and so is a pronoun ("told the group that anyone who fails to attend": "that" opens what was told).
    if (notAVerb.has(token.key) || subjectPronouns.has(token.key) || !/^\p{Ll}/u.test(token.exact) || index.personNouns.has(token.key) || index.othersAndFamily.startsAt(tokens, relative + 1)) return -1
    if (tokens[relative - 1]?.key === ',') return relative - 1
    return commaBefore ? -1 : relative
  }
  return -1
}

/**
 * Titles a professional goes by before a name: "Dr Wallace admitted", "Officer Pratt was redirected",
 * "Sister Daniels insisted" (a senior nurse in the UK and South Africa), and the titles a community gives
 * its elders or a religious order its members ("Kaumātua Hemi insisted", "Brother Francis refused").
 * Mr, Mrs and Ms are not among them: notes name the person that way too ("Mr. Dunbar refused").
 */
const professionalTitles = new Set(['dr', 'doctor', 'prof', 'professor', 'judge', 'magistrate', 'officer', 'sgt', 'sergeant', 'detective', 'det', 'constable', 'pc', 'trooper', 'deputy', 'sheriff', 'nurse', 'councillor', 'councilor', 'rev', 'reverend', 'pastor', 'fr', 'father', 'rabbi', 'imam', 'coach', 'capt', 'captain', 'lt', 'lieutenant', 'chief', 'agent', 'cpt', 'maj', 'major', 'col', 'colonel', 'gen', 'general', 'cmdr', 'commander', 'ssg', 'sfc', 'msg', 'cdr', 'lcdr', 'inspector', 'supt', 'superintendent', 'sister', 'matron', 'kaumātua', 'kaumatua', 'kuia', 'whaea', 'matua', 'brother'])
const capitalisedName = /^\p{Lu}\p{Ll}/u

/** The subject ending before `at` is a professional's title and name ("Dr Amy Wallace"). */
function titledName(tokens: MatchContext['tokens'], at: number): boolean {
  let before = at - 1
  if (!capitalisedName.test(tokens[before]?.exact ?? '')) return false
  before--
  if (capitalisedName.test(tokens[before]?.exact ?? '') && !professionalTitles.has(tokens[before]!.key)) before--
  const title = tokens[before]
  if (title === undefined || !title.word || !professionalTitles.has(title.key)) return false
  // "his sister Amy", "my father Tom": a relation, not a title.
  const owner = tokens[before - 1]?.key ?? ''
  return !possessives.has(owner) && !possessive.test(owner)
}


/** Words that make the next noun a thing or someone in particular: "the operator", "a clerk", "its". */
const determiners = new Set(['the', 'a', 'an', 'its', 'this', 'that'])
/** "his veins wouldn't cooperate", "her phone failed": a possessive opens a noun phrase too. */
const possessives = new Set(['his', 'her', 'their', 'my', 'our', 'your'])
/** Relative pronouns that can open a clause about the noun before them. */
const relativeOpeners = new Set(['who', 'which', 'that'])
/** Words that cannot be a relative clause's own verb: then the clause has a subject of its own. */
const notAVerb = new Set([...determiners, ...possessives, 'some', 'every', 'no', 'not', 'to'])

/** The actions another party can take: refusing, claiming, denying, instructing … */
const actions = /^(refus|resist|claim|insist|den[iy]|admit|instruct|advis|fail|alleg|redirect|remind|warn|order|requir|demand|threaten|reject|declin|ban|barr|bann|exclud|discharg|withh[eo]ld|revok|terminat|sanction|stopp?|cooperat|co-operat|comply|complied|complian|allow|permit)/

/** Words after which a clause starts: "…, and the facility denied it", "because the casino refused". */
const clauseStarts = new Set([...clauseJoiners, 'yet', 'or', 'after', 'before', 'since', 'until', 'if', 'once', 'where', 'whereas'])

/**
 * "The operator refused", "the clinic's front desk claims", "…, and the facility denied it": the
 * subject of an action is a noun introduced by "the", "a" or someone's "'s" at the start of a clause,
 * and not a noun for the person (`personNouns`: "the young man refused" is about him). A name ("Marcus
 * refused") never is: a capitalised noun counts only right after "the", where names do not stand
 * ("The PHA denied", "the MoJ refused"); "at the shelter" is a place, not a subject.
 */
export function isAboutSomeoneNamedByNoun(context: MatchContext): boolean {
  const {tokens, from, index} = context
  const action = actions.test(tokens[from]!.key)
  if (!action && !tellingForms.has(tokens[from]!.key)) return false
  const end = subjectEnd(tokens, from, index)
  if (relativeByName(tokens, end)) return true
  if (sharesSomeoneElsesSubject(tokens, end, index, !action) || relativeOfSomeoneElse(tokens, end, index)) return true
  // "Errol's GP declined and told him to": a telling is someone else's through a subject named as
  // theirs above; "The young man told me to" has no one else in it. Told to "him" or "her", the person
  // is the one told, so a noun opening the clause ("The vet told him to") is someone else.
  if (!action && !thirdPersonObjects.has(tokens[from + 1]?.key ?? '')) return false
  const passive = isPassive(context)
  // "The pharmacy at the Rite Aid on 7th denied": phrases can hang one after another off the subject.
  for (let head = end, phrases = 0; phrases < 3; phrases++) {
    const next = headBeforePhrase(tokens, head)
    if (nounOpensTheClause(context, next, passive)) return true
    if (next === head) break
    head = next
  }
  const named = appositionBefore(tokens, end)
  const relative = named === -1 ? relativeClauseBefore(tokens, end, index) : named
  return relative !== -1 && nounOpensTheClause(context, relative, passive)
}

/** The noun ending before `at` is a thing or someone in particular, opening its clause (see `isAboutSomeoneNamedByNoun`). */
function nounOpensTheClause(context: MatchContext, at: number, passive: boolean): boolean {
  const {tokens, from, index} = context
  const noun = tokens[at - 1]
  if (!noun?.word) return false
  if (index.personNouns.has(noun.key.replace(possessive, ''))) return someoneFromSomewhere(tokens, at)
  if (!/^\p{Ll}/u.test(noun.exact) && tokens[at - 2]?.key !== 'the') return isAgencyAcronym(context, noun, at)
  if (determiners.has(noun.key) || personalPronouns.has(noun.key) || clauseStarts.has(noun.key) || prepositionsBeforeNoun.has(noun.key) || hangingOpeners.has(noun.key) || index.between.has(noun.key)) return false
  // Walk back to the start of the noun phrase: "the", or a thing's "'s" ("the clinic's front desk").
  let opening = -1
  for (let before = at - 2, words = 0; before >= 0 && words < 4; before--, words++) {
    const token = tokens[before]!
    if (!token.word) break
    if (determiners.has(token.key)) {
      opening = before
      break
    }
    // "his hearing aid refused" is the thing's doing; "his allowance will be withheld" is done to what
    // is his, so in the passive a possessive opens no one else.
    if (possessives.has(token.key)) {
      if (passive) return false
      opening = before
      break
    }
    if (possessive.test(token.key)) {
      if (!/^\p{Ll}/u.test(token.exact) || index.personNouns.has(token.key.replace(possessive, ''))) return false
      opening = before
      continue
    }
    if (clauseStarts.has(token.key) || prepositionsBeforeNoun.has(token.key) || token.key === 'to' || index.between.has(token.key)) break
    // "told the group anyone who refuses": "anyone" opens a clause of its own, about the person too.
    if (subjectPronouns.has(token.key)) return false
    // A modifier ("front", "probation"): the phrase may still open further back.
  }
  if (opening === -1) return false
  const previous = tokens[opening - 1]
  // "Bilal called the landlord insisting …": the noun was called, so it is not who insists.
  if (previous && contactVerbs.has(previous.key)) return false
  // "his wife said the adjuster admitted …": a reported clause starts after a speech verb or "that".
  return !previous || !previous.word || clauseStarts.has(previous.key) || previous.key === 'that' || speechVerbs.has(previous.key)
}

/** Nouns for anyone at all, which a note uses for the person only with "the" ("the young man refused"). */
const anyone = new Set(['man', 'woman', 'guy', 'lady', 'gentleman', 'gent', 'bloke', 'chap', 'fellow', 'person', 'lad', 'lass'])

/**
 * "A woman from the neighbourhood association claims …", "a guy from the council insisted": someone
 * brought in with "a" and where they are from opens the clause, so they are not the person the note is
 * about (who is known, not introduced). "The young man from Ward 3 refused" still is. `at` is the "from".
 */
function someoneFromSomewhere(tokens: MatchContext['tokens'], at: number): boolean {
  if (tokens[at]?.key !== 'from' || !anyone.has(tokens[at - 1]!.key)) return false
  let article = at - 2
  // One word may describe them: "a young woman from …", "an older man from …".
  if (tokens[article]?.word && !determiners.has(tokens[article]!.key)) article--
  const opening = tokens[article]
  if (opening?.key !== 'a' && opening?.key !== 'an') return false
  const previous = tokens[article - 1]
  return !previous || !previous.word || clauseStarts.has(previous.key)
}

/** Words that join a second verb to the first one's subject: "answered and insisted", "rang but denied". */
const verbJoiners = new Set(['and', 'but', 'then'])
/** Marks that end a clause: what comes before them is not this clause's subject. */
const clauseMarks = new Set([',', ';', ':', '.', '(', ')', '!', '?'])

/**
 * "Andre's mum answered and insisted on passing the phone", "the pharmacy rang back but denied it": a
 * verb joined by "and" with no subject of its own shares the subject that opens its clause. When that
 * subject is an institution or someone in the person's life ("Andre's mum", "the pharmacy", "her
 * landlord"), the action is theirs. A relation named bare ("Mum called and insisted …") is how a family
 * chart names the person it is about, so it stays theirs (see `isBareRelation`).
 */
function sharesSomeoneElsesSubject(tokens: MatchContext['tokens'], at: number, index: MatchContext['index'], wholeClause = false): boolean {
  if (!verbJoiners.has(tokens[at - 1]?.key ?? '')) return false
  // The clause before the joiner: back to a mark or a word that starts a clause, at most eight words.
  let start = at - 2
  if (tokens[start]?.key === ',') start--
  let bounded = false
  for (let words = 0; start > 0 && words < 8; start--, words++) {
    const before = tokens[start - 1]!
    if (clauseMarks.has(before.key) || quotationMarks.has(before.key) || clauseStarts.has(before.key)) {
      bounded = true
      break
    }
  }
  if (start < 0 || start >= at - 2) return false
  // "Instructed the shelter staff to wake Manik for his night dose and told him to": eight words back
  // may land inside the clause, on its object; a telling needs the clause's real opening.
  if (wholeClause && !bounded && start > 0) return false
  const opening = tokens[start]!
  // "Andre's mum", "the pharmacy", "her landlord": a possessive or determiner before the noun phrase.
  const subject = determiners.has(opening.key) || possessives.has(opening.key) || (possessive.test(opening.key) && opening.word) ? start + 1 : start
  if (!index.othersAndFamily.startsAt(tokens, subject)) return false
  if (subject === start && isBareRelation(tokens, subject, index)) return false
  // The phrase must end before a verb, not run on into the match ("the mum and" is no subject).
  for (let end = subject + 1; end <= subject + 4 && end < at - 1; end++) {
    if (index.othersAndFamily.endsAt(tokens, end, tokens[end - 1]!.key.replace(possessive, '')) && tokens[end]?.word && !verbJoiners.has(tokens[end]!.key)) return !personalPronouns.has(tokens[subject]!.key)
  }
  return false
}

/** Relative pronouns that take the noun before them as the subject of what follows. */
const relativePronouns = new Set(['who', 'which'])

/**
 * "I chased it with the duty worker, who denied anyone had ignored her": after "who" or "which" the
 * subject is the noun before it, here someone else. "Pt, who refused …" is still the person.
 */
function relativeOfSomeoneElse(tokens: MatchContext['tokens'], at: number, index: MatchContext['index']): boolean {
  if (!relativePronouns.has(tokens[at - 1]?.key ?? '')) return false
  let noun = at - 1
  if (tokens[noun - 1]?.key === ',') noun--
  const last = tokens[noun - 1]
  if (!last?.word) return false
  const length = index.othersAndFamily.longestEndingAt(tokens, noun, last.key.replace(possessive, ''))
  return length > 0 && !isBareRelation(tokens, noun - length, index)
}

/** An acronym or initialism of two to seven letters, two of them capitals: "HRA", "MoJ", "DWP", "NDIA". */
const acronym = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,6}$/
/** Telling and teaching: the acronyms before these are the service's own roles ("PSS advised", "FPP reminded"). */
const directiveActions = /^(instruct|advis|remind|warn|redirect|order)/

/**
 * "HRA claims the documents were scanned", "after MVD refused his birth certificate": an acronym that
 * opens a clause is an agency, unless it is shorthand for the person (`personNouns`: "SU refused", "YP
 * denies"). Telling verbs are left out: before those an acronym is the service's own role.
 */
function isAgencyAcronym({tokens, from, index}: MatchContext, noun: MatchContext['tokens'][number], at: number): boolean {
  // "LaToya", "DeShawn": two capitals, but each opening a run of small letters, is a name's shape.
  if (!acronym.test(noun.exact) || noun.name || index.personNouns.has(noun.key) || directiveActions.test(tokens[from]!.key)) return false
  const previous = tokens[at - 2]
  return !previous || !previous.word || clauseStarts.has(previous.key)
}

/** Relations a note puts before a relative's or a friend's name ("Aunty Gloria", "Baby Aisha", "her friend Dolores"). */
const relationsBeforeNames = new Set(['baby', 'uncle', 'auntie', 'aunty', 'aunt', 'grandma', 'grandpa', 'nan', 'nana', 'nanna', 'granny', 'gran', 'grandad', 'granddad', 'cousin', 'stepdad', 'stepmum', 'stepmom', 'friend', 'neighbour', 'neighbor', 'flatmate', 'roommate', 'housemate', 'boyfriend', 'girlfriend'])

/** Close family, who stand before a name only after someone's "her", "his" or "Jo's" ("Sister Mary" is a nun). */
const familyBeforeNames = new Set(['brother', 'sister', 'mother', 'father', 'mum', 'mom', 'dad', 'son', 'daughter', 'husband', 'wife', 'partner', 'stepson', 'stepdaughter', 'niece', 'nephew', 'grandson', 'granddaughter'])

/**
 * "Aunty Gloria insisted I take some cakes", "her friend Dolores insisted", "Her brother Winston insists":
 * the relative or friend acts, not the person. Close family count only with a possessor before them,
 * since the note is about whoever they belong to.
 */
function relativeByName(tokens: MatchContext['tokens'], at: number): boolean {
  const name = tokens[at - 1]
  const relation = tokens[at - 2]
  if (name === undefined || relation === undefined || !relation.word || !capitalisedName.test(name.exact)) return false
  if (relationsBeforeNames.has(relation.key)) return true
  const owner = tokens[at - 3]
  return familyBeforeNames.has(relation.key) && owner !== undefined && owner.word && (possessives.has(owner.key) || possessive.test(owner.key))
}

/**
 * "The real estate in Rockhampton refused": when the words before the match end a phrase hanging off
 * the subject ("in Rockhampton", "at the front desk"), where the subject itself ends; else `at`.
 */
function headBeforePhrase(tokens: MatchContext['tokens'], at: number): number {
  const last = tokens[at - 1]
  if (!last?.word || personalPronouns.has(last.key)) return at
  for (let before = at - 2, words = 0; before > 0 && words < 4; before--, words++) {
    const token = tokens[before]!
    if (!token.word || clauseStarts.has(token.key) || personalPronouns.has(token.key)) return at
    if (prepositionsBeforeNoun.has(token.key)) return before
  }
  return at
}

/** The filter for actions (refusing, claiming, instructing): about the person, not an institution or a named thing. */
export const actionAboutThePerson = (context: MatchContext): boolean => !isAboutInstitution(context) && !isAboutSomeoneNamedByNoun(context)

/**
 * The filter compliance and credibility rules use: an action of the person's (see `actionAboutThePerson`)
 * that the note frames, not one inside their own account of it (see `insideTheirOwnAccount`).
 */
export const actionFramedByTheNote = (context: MatchContext): boolean => actionAboutThePerson(context) && !insideTheirOwnAccount(context)

/** The service's own people: when they tell or teach, the note is telling in its own voice. */
const ownStaff = new Set(['staff', 'worker', 'psw', 'keyworker', 'pw', 'writer', 'mentor', 'peer', 'facilitator', 'navigator'])

/**
 * "Staff advised Kirra to return to her room", "Worker educated Jayden on …": the one telling is the
 * service's own staff (the word right before the match, past auxiliaries and adverbs), so the directive
 * stance is the note's, not an outside party's.
 */
export function toldByOwnStaff({tokens, from, index}: MatchContext): boolean {
  const subject = tokens[subjectEnd(tokens, from, index) - 1]
  return subject !== undefined && subject.word && ownStaff.has(subject.key)
}

const articles = new Set(['a', 'an', 'the'])
const thirdPersonPossessives = new Set(['his', 'her', 'their'])
/** The charting present ("Daughter reports mother plays helpless"): the note's voice, not someone's story. */
const chartingPresent = new Set(['reports', 'reported', 'states', 'stated', 'says'])

/**
 * The filter labelling rules use (substance use, motives): an institution's doing is not the person's,
 * but a label on the family in the writer's voice ("both parents are addicts", "mum is manipulating
 * him") labels them as the note would label the person. After a speech verb ("he said his mum was an
 * alcoholic") it is someone's own account of their family, and stays quiet; the charting present
 * ("Daughter reports mother plays helpless") is the note's own voice and tells no one's account.
 */
export function labelAboutThePerson(context: MatchContext): boolean {
  if (describesTheWriter(context) || markedAsTheirWords(context)) return false
  // "his dad was an addict": the article belongs to the label, the subject is before it.
  let from = context.from
  while (from > 0 && articles.has(context.tokens[from - 1]!.key)) from--
  if (from !== context.from) context = {...context, from}
  // "the judge wants a report on his drug habit": a label owned by "his", "her" or "their" is on the
  // person, whatever the sentence's subject, unless someone in their life is telling it.
  // Before a verb ("the file on her was disorganised") "her" is an object, not an owner.
  const owned = thirdPersonPossessives.has(context.tokens[from - 1]?.key ?? '') && !isLinkingVerb(context.tokens[from]!.key)
  if (!owned && isAboutInstitution(context, false)) return false
  if (namedInTheirAccount(context)) return false
  if (!isAboutInstitution(context, true)) return true
  if (namesTheTopic(context)) return true
  return !toldBySomeone(context)
}

/** Words that may stand between "I am" and a label the writer gives themselves: "I'm a recovering …". */
const selfDescriptionFillers = new Set(['a', 'an', 'also', 'still', 'once', 'myself', 'recovering', 'recovered', 'former'])
const selfDescriptionVerbs = new Set(['am', 'was'])
/** "I've been", "I'd been", "I have been": the perfect, before a label the writer gives themselves. */
const writerPerfects = new Set(["i've", "i'd"])
const haveForms = new Set(['have', 'had'])

/**
 * "I shared at group that I'm a recovering addict myself", "I was a junkie for years", "I'd have called
 * myself a junkie", "my own clean date": the writer describing themselves in their own words, which is
 * theirs to choose, as it is for the person in quotes. A match that is itself "I'm an …" counts too.
 */
export function describesTheWriter({tokens, from, to}: MatchContext): boolean {
  if (tokens[to]?.key === 'myself') return true
  // "I'm an alcoholic": the match opens with the "I" or the "am" ("I/J fair" is no "I").
  let at = from - 1
  if (tokens[from]!.key === 'i') at = from + 1
  else if (selfDescriptionVerbs.has(tokens[from]!.key)) at = from
  // "I have been clean": the match opens with the "have".
  else if (haveForms.has(tokens[from]!.key) && tokens[from + 1]?.key === 'been') return tokens[from - 1]?.key === 'i'
  // "My own clean date is in October": the writer's own, said as theirs.
  if (tokens[from - 1]?.key === 'own' && tokens[from - 2]?.key === 'my') return true
  while (at >= 0 && selfDescriptionFillers.has(tokens[at]!.key)) at--
  if (selfDescriptionVerbs.has(tokens[at]?.key ?? '')) return tokens[at - 1]?.key === 'i'
  // "back then I'd have called myself a junkie": the writer naming themselves.
  if (namingVerbs.has(tokens[at]?.key ?? '') && tokens[at + 1]?.key === 'myself') return true
  // "I've been clean and sober since 2016 myself", "I have been a user": the perfect tells it too.
  if (tokens[at]?.key !== 'been') return false
  const have = tokens[at - 1]?.key ?? ''
  return writerPerfects.has(have) || (haveForms.has(have) && tokens[at - 2]?.key === 'i')
}

const ownersOfWords = new Set(['her', 'his', 'their'])
const wordsNouns = new Set(['words', 'word', 'phrase', 'term', 'description'])

/**
 * "Ayesha told the group she is a recovering addict, her words, and …", "a 'bit of a drinker' (his
 * phrase)": the note says straight after the label that it is the person's own word for themselves, as
 * in a quote.
 */
export function markedAsTheirWords({tokens, to}: MatchContext): boolean {
  let at = to
  while (at < tokens.length && !tokens[at]!.word && at - to < 2) at++
  if (tokens[at]?.key === 'in') at++
  if (!ownersOfWords.has(tokens[at]?.key ?? '')) return false
  // "in his own words"
  if (tokens[at + 1]?.key === 'own') at++
  // "an addict, her words were slurred" goes on to describe the words, not to own the label.
  return wordsNouns.has(tokens[at + 1]?.key ?? '') && !passiveAuxiliaries.has(tokens[at + 2]?.key ?? '')
}

/** A speech verb before the match (not the charting present): what follows is someone's telling. */
function toldBySomeone({tokens, from}: MatchContext): boolean {
  for (let at = from - 1; at >= 0; at--) if (speechVerbs.has(tokens[at]!.key) && !chartingPresent.has(tokens[at]!.key)) return true
  return false
}

const namingVerbs = new Set(['called', 'calls', 'call', 'calling'])
const namedObjects = new Set(['him', 'her', 'them', 'me', 'us'])

/**
 * "Dwayne said the shelter staff called him a crackhead", "Ash shared that someone had called her an
 * addict": the name someone else put on the person, inside the person's own telling of it (see
 * `insideTheirOwnAccount`), is what happened to them, not the note's label. Without a telling ("Staff
 * called him a junkie in front of the other guests"), or told by staff ("Staff said they called him a
 * junkie"), the note repeats the name in its own voice, and it is reported.
 */
function namedInTheirAccount(context: MatchContext): boolean {
  const {tokens, from} = context
  const object = tokens[from - 1]
  const verb = tokens[from - 2]
  return object !== undefined && verb !== undefined && namedObjects.has(object.key) && namingVerbs.has(verb.key) && insideTheirOwnAccount({...context, from: from - 2, to: from - 1})
}

/** Words after which the note names what a talk was about. */
const topicWords = new Set(['about', 'regarding', 're'])

/**
 * "Spoke to Lee's mum about his heroin habit": a label straight after "about" names the topic in the
 * writer's words; the family member spoken to is not telling it.
 */
function namesTheTopic({tokens, from}: MatchContext): boolean {
  let at = from - 1
  while (at >= 0 && possessives.has(tokens[at]!.key)) at--
  return at >= 0 && topicWords.has(tokens[at]!.key)
}

const passiveAuxiliaries = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'get', 'gets'])

/**
 * "Family was advised to …": the words before the match are a form of "be" (or "get"), so whoever is
 * named before it received the telling rather than did it, and the one telling is the writer.
 */
export function isPassive({tokens, from}: MatchContext): boolean {
  if (passiveAuxiliaries.has(tokens[from]!.key)) return true
  // "when the room gets loud he needs to step out": a match opening with its own subject is active.
  if (personalPronouns.has(tokens[from]!.key)) return false
  for (let at = from - 1, words = 0; at >= 0 && words < 2; at--, words++) {
    const token = tokens[at]!
    if (!token.word) return false
    if (passiveAuxiliaries.has(token.key)) return true
  }
  return false
}

/** Past telling verbs: what follows is the teller's own account. */
const toldVerbs = new Set(['saying', 'said', 'told', 'explained', 'mentioned', 'shared', 'wrote', 'texted', 'admitted', 'joked', 'laughed', 'decided'])
/** "kept saying", "keeps saying", "was saying": the teller comes before these. */
const keptSaying = new Set(['kept', 'keeps', 'keep', 'was', 'were', 'is', 'are', 'been'])
/** Words after which the writer speaks again: "…, likely to avoid group", "; seems to", "…, so noted as refusing meds". */
const writerBreaks = new Set(['but', 'noted', 'documented', 'charted', 'logged', 'though', 'although', 'however', 'whereas', 'which', 'likely', 'probably', 'possibly', 'presumably', 'seems', 'seemed', 'seemingly', 'apparently', 'allegedly', 'supposedly', 'reportedly', 'purportedly', 'ostensibly', 'appears', 'appeared', 'suspect', 'suspected', 'felt', 'despite', 'yet', 'then', 'whenever'])
/** "…, I think the secondary gain is obvious": the writer's "I think" after the telling starts the writer's own view. */
const writerOpinions = new Set(['think', 'thought', 'reckon', 'reckoned', 'believe', 'doubt', 'suspect', 'guess', 'feel', 'felt', 'wonder'])
const tellerPronouns = new Set(['he', 'she', 'they'])
/** Verbs of telling proper (not "admitted", "decided"): a match that opens with one tells, it is not told. */
const telling = new Set(['said', 'told', 'explained', 'mentioned', 'shared', 'wrote', 'texted'])
/** Whom something is told to: "told me some story" names what was told, "told me she was" tells it. */
const toldTo = new Set(['me', 'us', 'him', 'her', 'them', 'staff', 'everyone'])
const objectDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'some', 'this', 'that', 'another'])
/** Capitalised at the start of a sentence, but no one ("Was told he could not go back inside"), or a service ("Control said"). */
const notTellers = new Set(['control', 'dispatch', 'triage', 'reception', 'switchboard', 'handover', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'when', 'after', 'then', 'also', 'just', 'and', 'but', 'so', 'because', 'once', 'if', 'later', 'again', 'never', 'not'])
const quotationMarks = new Set(['"', '“', '”', "'", '‘', '’', '«', '»'])

const indefinites = new Set(['a', 'an', 'some', 'another'])
/**
 * "told the nurse a sob story", "told the job centre some tale": "told", a few words naming who heard
 * it, then "a" or "some" right before the match make the match what was told, in the writer's words.
 */
function namesWhatWasTold(tokens: MatchContext['tokens'], from: number): boolean {
  if (!indefinites.has(tokens[from - 1]?.key ?? '')) return false
  for (let at = from - 2, words = 0; at >= 0 && words < 4; at--, words++) {
    const token = tokens[at]!
    if (!token.word) return false
    if (givingVerbs.has(token.key)) return words > 0
  }
  return false
}

/**
 * "Alan said he comes to the café mostly for the lemon drizzle", "Vince said the contract makes him feel
 * on probation": words inside what someone told, in the past, are their own account, not a motive or an
 * obedience frame the note puts on them. The teller is someone named (no professional's title) or "he",
 * "she", "they": "Staff said", "Was told", "Father Michael said" and the writer's own "I explained" tell
 * no account of one's own. A break back into the writer's voice ("…, likely to avoid group"), a
 * semicolon or a quotation ends the account.
 */
export function insideTheirOwnAccount({tokens, from, to, index}: MatchContext): boolean {
  // "…, seemingly to avoid", "…, most likely to get accepted": a match holding the writer's hedge is the writer's.
  for (let at = from; at < to; at++) if (writerBreaks.has(tokens[at]!.key)) return false
  // "… and told him to leave": a match that is itself a telling is the writer's account of it.
  if (telling.has(tokens[from]!.key)) return false
  // "Nevaeh shared a sob story", "told me some story": what "shared", "explained" or "told me" takes
  // straight after it is the writer's name for what was told, not words inside it ("said the contract
  // …" starts a clause).
  if (namesWhatWasTold(tokens, from)) return false
  let clause = false
  for (let at = from - 1; at > 0; at--) {
    const token = tokens[at]!
    if (token.word && !toldVerbs.has(token.key) && !objectDeterminers.has(token.key) && !(toldTo.has(token.key) && tokens[at - 1]?.key === 'told')) clause = true
    if (!token.word) {
      // A quotation is the person's words already, and `quotes` decides how they are reported.
      if (token.key === ';' || token.key === ':' || quotationMarks.has(token.key)) return false
      continue
    }
    if (writerBreaks.has(token.key)) return false
    if (writerOpinions.has(token.key) && tokens[at - 1]?.key === 'i') return false
    if (toldVerbs.has(token.key)) {
      if (!clause && token.key !== 'said' && token.key !== 'saying') return false
      // The teller is someone named or "he", "she", "they": not "when told no", "the doc said no".
      // "Staff said", "Security said" is a service's telling, not an account of one's own.
      // "He … and kept saying he needs to get home": saying, again and again, is telling too.
      let verb = at
      if (token.key === 'saying') {
        if (at < 2 || !keptSaying.has(tokens[at - 1]!.key)) continue
        verb = at - 1
        if (tokens[verb - 1]!.key === 'and') return true
      }
      const teller = tokens[verb - 1]!
      // "Jordan told me a nurse said they'd keep him longer if he kept complaining": what someone else
      // said inside the person's own telling is still their account, so look for an outer teller.
      if (!teller.word || index.othersAndFamily.endsAt(tokens, verb) || ownStaff.has(teller.key) || notTellers.has(teller.key) || titledName(tokens, verb)) continue
      return tellerPronouns.has(teller.key) || /^\p{Lu}\p{Ll}/u.test(teller.exact)
    }
  }
  return false
}
