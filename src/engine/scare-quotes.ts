// Scare quotes: a word or short phrase of the person's put in quotation marks with no speech verb
// to introduce it (she says she is "fine", the "voices"). The marks cast doubt on what they said
// (Beach et al. 2021). A quotation introduced as speech ("She said, “…”") is the person's own words,
// and so is a phrase of two or three words reported after a speech verb ("Lena said mornings are “a
// disaster”") or one word told in the past ("Leon said his CPN is “sound”"), unless it plays things
// down ("just walking") or is set against something ("… but", "which nobody has seen"). Told in the
// past by someone, words may play things down and go on with the teller's own "but": only the record
// or a stronger contrast set against them ("although she cried all session") doubts them then.
import type {Span} from './quotes.js'
import {speechVerbs} from './speech-verbs.js'

/** Detected findings carry the id of the lexicon entry that explains them. */
export interface Detection {
  start: number
  end: number
}

export interface QuoteContext {
  /** The paragraph's text and where it starts in the file. */
  text: string
  offset: number
  spans: Span[]
  /** Lower-cased phrases that introduce quoted speech ("said", "told me", "in her words"). */
  introducers: string[]
  /** Lower-cased open frames ("his chart says he is", "what the team calls"): a quote after one cites a term. */
  frames: string[]
  /**
   * Lower-cased names of parties other than the person and their family (the nurse, the council's
   * letter, the insurer's website): a quote of what one of them said is their word.
   */
  parties: ReadonlySet<string>
  /** Whether a lexicon phrase lies inside the span: quoting the team's word is not doubting the person. */
  hasLexiconMatch: (start: number, end: number) => boolean
}

const longestScareQuote = 3
/** A quote that plays things down or denies ('says he's “only using on weekends”') doubts at any length up to this. */
const longestPlayedDownQuote = 6
const words = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

const firstPerson = /(^|[^\p{L}])(I|I'm|I’m|I've|I’ve|I'll|I’ll|me|my|myself|we|us|our)(?![\p{L}])/u

/** "“I'm fine,” she said": a speech verb within the three words after the quote. */
const conjunctions = new Set(['but', 'and', 'so', 'because', 'which', 'though', 'although', 'yet', 'or', 'while', 'when', 'as', 'if', 'whatever', 'where', 'what', 'how', 'why', 'whether', 'who'])

/** "“sound”, as she calls it": the person's own word, attributed after the quote. */
const asTheySayIt = /^as (?:she|he|they|[\p{Lu}][\p{L}'’-]*) (?:calls|call|called|puts|put|says|said|describes|described|likes to put|would say)\b/u

function followedBySpeech(after: string, introducers: string[]): boolean {
  if (asTheySayIt.test(after.replace(/^[\s,.;:!?”"’]+/, '').replace(/^As /, 'as '))) return true
  const words = after.toLowerCase().replace(/^[\s,.;:!?]+/, '').split(/\s+/)
  // "…,” but her arms say otherwise": a new clause, not who said it.
  if (conjunctions.has(words[0] ?? '')) return false
  const lead = words.slice(0, 4).join(' ')
  return introducers.some((phrase) => holdsPhrase(lead, phrase))
}

/** Closes a phrase inside `lead`: a space, a mark ending a clause, or the end. */
const phraseEnd = /[\s.,;:!?]/

/**
 * Whether `phrase` stands in `lead` as whole words: after its start or a space, before a space, a
 * mark or its end ("she said," holds "she said"; "she sai" and "he saidthat" do not). A plain search:
 * a quote is checked against every introducer, and a pattern built per check costs more than the rest.
 */
function holdsPhrase(lead: string, phrase: string): boolean {
  for (let at = lead.indexOf(phrase); at !== -1; at = lead.indexOf(phrase, at + 1)) {
    if (at > 0 && !/\s/.test(lead.charAt(at - 1))) continue
    const after = at + phrase.length
    if (after === lead.length || phraseEnd.test(lead.charAt(after))) return true
  }
  return false
}

/** "she likes that word better than “mood disorder”": a quote near talk about words is about words. */
const aboutWords = /(^|\s)(word|words|term|terms|add|adding|added|label|labels|phrase|phrases|called|calls|call|calling|name|names|means|meant|spelled|spelt|spells|typed|tattoo|tattooed|sign|signs|signed|signing|makaton|aac|button|buttons|symbol|symbols|picture|pictures|pointed|points|title|titled|caption|wording|worded|phrasing|phrased|change|changed|changing|replace|replaced|swap|swapped|reword|reworded|count|counts|counted|written|listed|entered|item|items|list)(\s|$)/

// "“cutting back,” whatever that means" is not asking but shrugging the words off.
const askedWhatItMeans = /^(?![\s,.”"’]*whatever\b)[^.!?]{0,24}\b(means?|meant|stands? for|refers? to)\b/

function nearTalkAboutWords(before: string): boolean {
  // Only this sentence counts ("He liked the word. She says she is “fine”" is a scare quote), and
  // punctuation does not hide the word ("In his own words, he felt “like a zombie”").
  const sentence = before.split(/[.!?]\s+/).at(-1) ?? ''
  const words = sentence.toLowerCase().replace(/[,;:()"“”‘’—–]/g, ' ').split(/\s+/).filter(Boolean).slice(-7)
  // "her account of the call has “evolved”": after "the" or "a", or before "from", a call is a phone or 911 call, not a naming.
  const naming = words.filter((word, at) => !(callNouns.has(word) && (nounMarkers.has(words[at - 1] ?? '') || callLinks.has(words[at + 1] ?? ''))))
  return aboutWords.test(naming.join(' ')) || choosesTheirWords.test(words.slice(-5).join(' '))
}

/** "prefers to talk about “the hard times”", "introduced himself as “a voice hearer”": the person choosing their own words. */
const choosesTheirWords = /(^|\s)(?:(?:prefers?|preferred|likes?|liked|wants?|wanted|chose|chooses) (?:to )?(?:talk about|talking about|call it|calling it|say|saying|be called|being called|describe it as)|introduc(?:ed|es|ing) (?:himself|herself|themselves|themself) as(?: a| an)?)$/

const callNouns = new Set(['call', 'calls'])
/** "Warmline call from Keoni", "calls with his mum": a call from, with or to someone is a phone call. */
const callLinks = new Set(['from', 'with', 'to', 'at', 'about'])
const nounMarkers = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every', 'first', 'last', 'next', 'phone', '911', '999', '000', 'his', 'her', 'their', 'my', 'our'])

/**
 * "his chart says he is “noncompliant”": a citation frame among the last words before the quote. A comma
 * after the frame ("In the team's language, Joe is “not tenancy-ready”") does not end it.
 */
function citesATerm(before: string, frames: string[]): boolean {
  const lead = ` ${possessiveAsIs(before.toLowerCase()).replace(/[,;:()—–]/g, ' ').trim().split(/\s+/).slice(-12).join(' ')} `
  return framesAsRead(frames).some((frame) => lead.includes(` ${frame} `))
}

/** "it's" reads "it is" on both sides of the comparison, so "in the team's language" is found too. */
const possessiveAsIs = (text: string) => text.replace(/[’']s\b/gu, ' is')
const framesRead = new WeakMap<string[], string[]>()

function framesAsRead(frames: string[]): string[] {
  let read = framesRead.get(frames)
  if (!read) framesRead.set(frames, (read = frames.map((frame) => possessiveAsIs(frame.toLowerCase()))))
  return read
}

/**
 * "“resistant” to therapy at first, her word": the person's own word, owned a few words later and set
 * off by a comma, a dash or brackets ("… but her word is not enough" owns nothing).
 */
const ownedLater = /^[^.!?,;()—–]*[,(—–]\s*(?:(?:in )?(?:her|his|their|[\p{Lu}][\p{L}'’-]*['’]s) (?:own )?words?|as (?:she|he|they) (?:put|puts|calls|called|said|says) it)(?![\p{L}])/u

function ownedLaterInSentence(after: string): boolean {
  const sentence = after.split(/[.!?](?:\s|$)/)[0] ?? ''
  return ownedLater.test(sentence.split(/\s+/).slice(0, 8).join(' '))
}

/**
 * "the “runaway” item", "a “safe space” pass": a quoted name for an item, a rule or a thing names it,
 * it does not doubt anyone.
 */
const namedThings = new Set(['item', 'items', 'question', 'questions', 'box', 'section', 'domain', 'category', 'rating', 'score', 'option', 'pass', 'program', 'programme', 'group', 'groups', 'sticker', 'badge', 'card', 'plan', 'policy', 'rule', 'rules', 'list', 'form', 'scale', 'flag', 'code', 'status', 'level', 'tier', 'zone', 'room', 'project', 'class', 'course', 'session', 'sessions', 'app', 'campaign', 'worksheet', 'handout', 'book', 'song', 'poster', 'page', 'pages', 'chapter', 'exercise', 'module', 'step', 'sheet', 'column', 'field', 'button', 'tab', 'workbook', 'video', 'podcast', 'game', 'meeting', 'sign', 'slogan', 'motto', 'line', 'lines', 'night', 'nights', 'buttons', 'jar', 'folder', 'playlist', 'club', 'fund', 'label', 'labels', 'stamp', 'kit', 'corner', 'spot', 'shelf', 'drawer'])

/**
 * "ticked “several days”", "makes me pick a “barrier to treatment”", "a box for “own words”", "a question
 * about “hospital avoidance”", "decided to write “medical condition”": an answer chosen or written on a
 * form, or the name a form gives a box, quoted as it is printed or written.
 */
const formWording = /(?:^|\s)(?:(?:tick|ticks|ticked|ticking|circle|circles|circled|choose|chooses|chose|chosen|choosing|pick|picks|picked|picking|select|selects|selected|selecting|click|clicks|clicked|marked|answered|write|writes|wrote|writing|type|types|typed|typing)(?:\s+(?:a|an|the|one|option|down|in))?|(?:box(?:es)?|section|field|column|line|option|question(?:s)?) (?:for|about|on)|heading)\s*$/

function quotesAFormsWording(before: string): boolean {
  return formWording.test(before.toLowerCase().replace(/[\s,:]+$/, ''))
}

function followedByNamedThing(after: string): boolean {
  const next = /^\s+([\p{L}-]+)/u.exec(after)
  return next !== null && namedThings.has(next[1]!.toLowerCase())
}


/**
 * "listed her living situation as “group home”", "written up as a “restraint”", "labelled “laptop”",
 * "saved the number in his phone under “doc”": a record or a label filing something under a word quotes
 * that word as it is filed.
 */
const filedAs = /(?:^|\s)(?:(?:listed|listing|lists|recorded|records|logged|logs|coded|codes|filed|files|entered|written up|written down|put down|down|marked|classed|classified|categori[sz]ed|registered|denied|rejected|declined|refused|returned|bounced|flagged)(?:\s+[\p{L}'’-]+){0,3}\s+as(?:\s+(?:a|an|the))?|(?:saved|saves|stored|stores|filed|files|listed|lists|put|puts|kept|keeps)(?:\s+[\p{L}'’-]+){0,5}\s+under|labell?ed|labell?ing)\s*$/u

function quotesAFiledWord(before: string): boolean {
  const sentence = before.split(/[.!?](?:\s|$)/).at(-1) ?? ''
  return filedAs.test(sentence.toLowerCase().replace(/[\s,:]+$/, ''))
}

/**
 * "having “bipolar” on his access letter", "“group home” in the file": the word as a document prints it.
 */
const onADocument = /^[\s,”"’]*(?:on|in)\s+(?:his|her|their|the|my|our|its|this|that|a)\s+(?:[\p{L}-]+\s+){0,2}(?:letter|letters|form|forms|file|files|record|records|chart|notes|paperwork|report|certificate|referral|application|statement|invoice|bill|receipt|profile|documents?|system|database|portal|summary|door|wall|board|noticeboard|whiteboard|poster|screen|sticker|label|packet|bottle|box|sign)(?![\p{L}])/u

/** "whether “schizophrenia” is still the right word": what comes after the quote talks about the word. */
const wordTalkAfter = /^[\s,”"’]*(?:is|was|are|were|isn['’]t|wasn['’]t)(?:\s+(?:still|really|even|ever|just|not))?\s+(?:the|a|an)\s+(?:(?:right|wrong|correct|proper|best|better|new|old|official|actual|real|same)\s+)?(?:word|words|term|label|name|diagnosis|phrase)(?![\p{L}])/u

/**
 * "Lena said mornings are “a disaster” for her": a phrase of two or three words quoted after a speech
 * verb in the same sentence is the person's wording, reported, unless only the charting present tells
 * it ('Devon says he “doesn't feel safe”' holds the words at arm's length). A single word is so only
 * when told in the past by someone ("Leon said his CPN is “sound”"); 'she says she is “fine”' is still
 * the classic scare quote, and so is any quote that plays things down or is set against something.
 */
function reportedPhrase(before: string, inner: string, innerWords: string[], after: string): boolean {
  const sentence = before.split(/[.!?](?:\s|$)/).at(-1) ?? ''
  const words = sentence.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean)
  // Asking is not telling how things are: "She asked if she could go, since she is “fine” now".
  if (minimising.test(inner.toLowerCase()) && !toldBySomeone(words.filter((word) => !asking.has(word)))) return false
  if (innerWords.length < 2 ? !toldBySomeone(words) : !words.some((word) => speechVerbs.has(word)) || chartedInThePresent(words)) return false
  // "… “didn't do anything,” though his sister tells a different story": the quote is set against
  // something, so the marks doubt it. What someone told in the past may go on with their own "but"
  // ("Nathan said he'd been “pretty resistant” to AA, but SMART sounds more his thing"): only the
  // record set against it ("which does not match the documented history", "which nobody has seen")
  // or how the person appeared ("but appeared tearful") doubts it then.
  // Someone playing down how they are ("she “only took a few”, but the strip was empty") is doubted by any "but".
  const rest = (after.split(/[.!?](?:\s|$)/)[0] ?? '').toLowerCase()
  if (toldBySomeone(words)) {
    const playingDown = minimising.test(inner.toLowerCase()) && aboutThemselves.test(sentence)
    // 'Logan said he was “fine” and hung up': one word of how they are, in marks, is the classic scare
    // quote whatever the tense; a longer phrase ('he'd been “just tired”') needs something set against it,
    // and so does a word the person coined ('he's been “okay-ish”').
    if (playingDown && innerWords.length < 2 && !/[-‐]/u.test(inner)) return false
    return playingDown ? !setAgainst(rest) : !setAgainstTheRecord.test(rest)
  }
  return !contrasted.test(rest)
}

/**
 * "Leon said his CPN is “sound”": one word, reported as a story is told (in the past, by someone named),
 * keeps the speaker's voice. The charting present ("says", "states", "reports": the evidentials Beach et
 * al. 2021 found casting doubt) holds a word at arm's length and stays a scare quote. On our labelled
 * sets, 57 of the drifted sentences caught only by this check quote after the charting present and 6
 * after "said"; 42 of the 61 open sentences it flagged quoted after "said", none after "says".
 */
const toldInThePast = new Set(['said', 'told', 'explained', 'described', 'mentioned', 'shared', 'wrote', 'texted', 'joked', 'laughed', 'recalled', 'remembered', 'asked', 'wondered'])
const asking = new Set(['asked', 'wondered'])
const chartingPresent = new Set(['says', 'states', 'reports', 'claims', 'insists', 'alleges', 'maintains', 'endorses', 'denies', 'admits'])

/**
 * Whether the sentence so far tells, in the past, what someone said: a verb of `toldInThePast` after its
 * subject (not "Said her meds are “poison”", the charting fragment, and not the writer's "I asked"),
 * with no charting-present verb besides.
 */
function toldBySomeone(words: string[]): boolean {
  if (words.some((word) => chartingPresent.has(word))) return false
  // "Self-described as …" is the charting fragment, with no one telling.
  return words.some((word, at) => at > 0 && toldInThePast.has(word) && words[at - 1] !== 'i' && words[at - 1] !== 'we' && words[at - 1] !== 'self')
}

/**
 * A longer quote that plays things down is a scare quote only when the charting present holds it at
 * arm's length ('Dwayne says he's “only using on weekends”') or the sentence sets something against it
 * ('“hasn't touched a drink” since Christmas, which nobody bought'). Told in the past with nothing set
 * against it ('Terry said he's “just saying the words”'), or with no one telling, it is wording.
 */
function doubtedAtLength(before: string, after: string): boolean {
  const words = (before.split(/[.!?](?:\s|$)/).at(-1) ?? '').toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean)
  const rest = (after.split(/[.!?](?:\s|$)/)[0] ?? '').toLowerCase()
  return chartedInThePresent(words) || setAgainst(rest)
}

/** Only the charting present tells it ("says", "reports"), with no one telling in the past. */
function chartedInThePresent(words: string[]): boolean {
  return words.some((word) => chartingPresent.has(word)) && !words.some((word) => toldInThePast.has(word))
}

/** Words that play a thing down ("just walking", "only a few"): quoted, they read as not believed. */
const minimising = /(^|[^\p{L}])(just(?! in case)|only|barely|hardly|mostly|a few|a couple|a little|a bit|socially|occasionally|once or twice|now and then|here and there|fine|grand|ok|okay|coping|managing|good|great|alright|all right|totally|completely|never|nothing|over it)(?![\p{L}])/u
/** Denials quoted back ("hasn't touched a drink", "didn't sleep a wink"): the same doubt as playing down. */
const denying = /^\s*(hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|never)(?![\p{L}])/u
/** A quote that opens by playing down or denying: “only using on weekends”, “hasn't touched a drink”. */
const playsDown = (inner: string) => minimising.test((inner.match(words) ?? []).slice(0, 2).join(' ').toLowerCase()) || denying.test(inner.toLowerCase())
/** The quote tells how the teller is ('he's “fine”', 'she “only took a few”'), not how others are ("the kids were"). */
const aboutThemselves = /(?:^|[^\p{L}])(?:he|she|they)(?:['’](?:s|re)|\s+(?:is|was|were|are|has|had))?(?:\s+(?:been|feeling|doing))?[\s,]*$/iu
/** What sets a sentence's rest against a quote: the record, or a plain "but" ("“fine”, but he hasn't slept"). */
const setAgainst = (rest: string) => setAgainstTheRecord.test(rest) || /(^|[^\p{L}])(but|yet)(?![\p{L}])/u.test(rest)
const setAgainstTheRecord = /(^|[^\p{L}])(despite|although|though|however|whereas|always says|always said|says every|said every|which does not|which doesn't|not match|no record|no evidence|never seen|(?:nobody|no one)(?: [\p{L}]+){0,5} (?:seen|saw|witnessed|confirmed|noticed|verified|bought|believed|believes)|contradict\w*|documented|labs|vitals|obs|observed|collateral|appeared|appears|presented|presenting)(?![\p{L}])/u
const contrasted = /(^|[^\p{L}])(but|though|although|however|yet|despite|whereas|which does not|which doesn't|not match|otherwise|no record|no evidence|nobody|no one has|never seen|contradict\w*)(?![\p{L}])/u

/** Verbs by which a party puts a word forward, beyond the speech verbs: claiming it, or deciding it ("the council decided he was “intentionally homeless”"). */
const puttingVerbs = new Set(['claims', 'claimed', 'insists', 'insisted', 'alleges', 'alleged', 'suggests', 'suggested', 'talking', 'calling', 'labelled', 'labeled', 'wants', 'wanted', 'decided', 'decides', 'ruled', 'rules', 'deemed', 'deems', 'found', 'finds', 'judged', 'assessed', 'classed', 'rated', 'scored'])
/** Words that may stand between a party and its verb ("the team keeps talking", "her GP also said"). */
const betweenPartyAndVerb = new Set(['keeps', 'kept', 'also', 'then', 'just', 'always', 'again', 'even', 'still', 'has', 'had', 'have', 'apparently', 'actually', 'literally'])

/**
 * "The council's letter said her housing was “stable”", "the nurse asked me if Carlos was “compliant”":
 * the last verb of saying before the quote has a party for its subject (not the person, not family),
 * so the marks cite that party's word rather than doubt the person's.
 */
function quotedFromAParty(before: string, parties: ReadonlySet<string>): boolean {
  const sentence = (before.split(/[.!?;](?:\s|$)/).at(-1) ?? '').toLowerCase()
  const words = sentence.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).map((word) => word.replace(/['’]s$/u, ''))
  for (let at = words.length - 1; at > 0; at--) {
    if (!speechVerbs.has(words[at]!) && !puttingVerbs.has(words[at]!)) continue
    let end = at
    while (end > 0 && betweenPartyAndVerb.has(words[end - 1]!)) end--
    const one = words[end - 1] ?? ''
    const two = `${words[end - 2] ?? ''} ${one}`
    return parties.has(one) || parties.has(two)
  }
  return false
}

/** What may stand between two quotes of one list: a comma, "and", "or", "and then". */
const joinedInAList = /^\s*(?:,|,?\s*(?:and|or|and then))\s*$/u

function introducedAsSpeech(before: string, introducers: string[]): boolean {
  const lead = before.toLowerCase().replace(/[\s,:;\u2014\u2013-]+$/, '')
  return introducers.some((phrase) => lead.endsWith(phrase) && !/\p{L}/u.test(lead.charAt(lead.length - phrase.length - 1)))
}

export function detectScareQuotes({text, offset, spans, introducers, frames, parties, hasLexiconMatch}: QuoteContext): Detection[] {
  const found: Detection[] = []
  let outerEnd = -1
  // Quotes in one list ('her own words for it, “up in the attic” and “down the cellar”') share what
  // comes before the first of them: each is read from where the list begins.
  let listStart = -1
  for (const [start, end] of spans) {
    // Quotes nested in a quotation belong to the quoted speech.
    if (start < outerEnd) continue
    const from = outerEnd >= 0 && joinedInAList.test(text.slice(outerEnd - offset, start - offset)) ? listStart : start
    listStart = from
    outerEnd = end
    const inner = text.slice(start - offset + 1, end - offset - 1)
    const innerWords = inner.match(words) ?? []
    if (innerWords.length === 0 || innerWords.length > (playsDown(inner) ? longestPlayedDownQuote : longestScareQuote)) continue
    // "scored him a “3” on anger": a number quoted is a score or a code, not someone's word.
    if (innerWords.every((word) => /^\p{N}+$/u.test(word))) continue
    // Titles and names ("the “Hearing Voices” group", "“This is Quitting”") are capitalised throughout,
    // short words aside.
    if (innerWords.every((word) => /^\p{Lu}/u.test(word)) && !(innerWords.length === 1 && innerWords[0] === 'I')) continue
    if (innerWords.length > 1 && /^\p{Lu}/u.test(innerWords[0]!) && innerWords.every((word) => word.length <= 3 || /^\p{Lu}/u.test(word))) continue
    // The person's own sentence, in the first person, is reported speech however it is introduced; so is
    // a question asked aloud ("“Ow bist?” got a laugh out of Terry").
    if (firstPerson.test(inner) || /\?\s*$/.test(inner)) continue
    // What comes before the quote (or before the first quote of its list), `length` characters of it.
    const lead = (length: number) => text.slice(Math.max(0, from - offset - length), from - offset)
    const before = lead(40)
    if (introducedAsSpeech(before, introducers) || citesATerm(lead(60), frames) || quotesAFormsWording(before)) continue
    if (quotesAFiledWord(lead(80))) continue
    if (quotedFromAParty(lead(120), parties)) continue
    if (reportedPhrase(lead(160), inner, innerWords, text.slice(end - offset, end - offset + 160))) continue
    const after = text.slice(end - offset, end - offset + 120)
    if (followedBySpeech(after, introducers) || ownedLaterInSentence(after) || followedByNamedThing(after)) continue
    if (onADocument.test(after) || wordTalkAfter.test(after.toLowerCase())) continue
    if (nearTalkAboutWords(lead(60))) continue
    // "what the “major” is supposed to mean": asking what a word means is talk about the word.
    if (askedWhatItMeans.test(text.slice(end - offset, end - offset + 40).toLowerCase())) continue
    // Quoting the team's word ("his chart says “noncompliant”") questions the label, not the person.
    if (hasLexiconMatch(start, end)) continue
    if (innerWords.length > longestScareQuote && !doubtedAtLength(lead(160), text.slice(end - offset, end - offset + 160))) continue
    found.push({start, end})
  }
  return found
}
