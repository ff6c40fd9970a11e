// Every context rule, tested both ways with realistic sentences: what must be flagged, and the
// ordinary or open use of the same words that must stay quiet.
import {describe, expect, it} from 'vitest'
import {findings, lint, type LintOptions} from '../src/index.js'
import {getDefaultIndex} from '../src/engine/default-index.js'
import {compilePhraseIndex} from '../src/engine/phrase-index.js'

const found = (text: string, options?: LintOptions) => findings(lint(text, options)).map((m) => ({id: m.ruleId, category: m.category, actual: m.actual, severity: m.severity}))
const ids = (text: string, options?: LintOptions) => found(text, options).map((f) => f.id)
const categoriesOf = (text: string) => found(text).map((f) => f.category)

function flags(cases: Array<[string, string]>) {
  it.each(cases)('flags %j as %s', (text, category) => expect(categoriesOf(text)).toContain(category))
}
function quiet(cases: string[]) {
  it.each(cases)('leaves %j alone', (text) => expect(found(text)).toEqual([]))
}

describe('abbreviations are case-sensitive', () => {
  flags([
    ['Pt denies SI/HI.', 'risk-assessment'],
    ['Pt was seen in the lounge.', 'distancing-language'],
    ['Ongoing SI, no plan.', 'risk-assessment'],
    ['Client is BPD and staff are wary of her.', 'diagnostic-label'],
    ['Dx: BPD, per chart.', 'clinical-jargon']
  ])
  quiet(['Si Maria came to the drop-in with her cousin Simone.', 'She wants an apartment near the bus.', 'We practised saying "hi" to new people at group.'])
})

describe('inflections, spellings and joined forms', () => {
  flags([
    ['He decompensated over the weekend.', 'clinical-jargon'],
    ['She is decompensating.', 'clinical-jargon'],
    ['Signs of decompensation noted.', 'clinical-jargon'],
    ['He is non-compliant with meds.', 'compliance-control'],
    ['He is non compliant with meds.', 'compliance-control'],
    ['He is noncompliant with meds.', 'compliance-control'],
    ['Ongoing non-compliance with the plan.', 'compliance-control'],
    ['No behavioural concerns noted in group.', 'clinical-jargon'],
    ['No behavioral concerns noted in group.', 'clinical-jargon'],
    ['She displays attention-seeking behaviour.', 'motive-attribution'],
    ['She displays attention seeking behavior.', 'motive-attribution']
  ])
})

describe('apostrophes and contractions', () => {
  flags([
    ["He's decompensating again.", 'clinical-jargon'],
    ['He’s decompensating again.', 'clinical-jargon'],
    ["She's schizophrenic.", 'diagnostic-label'],
    ['She’s schizophrenic.', 'diagnostic-label'],
    // A name and 's before an article is "is": a possessive is never followed by "a", "an" or "the".
    ["Mia's a borderline, according to the night staff.", 'diagnostic-label'],
    ['Riley’s a cutter.', 'diagnostic-label'],
    // …and so is a name and 's before a word no possessive is followed by ("just", "been", "still").
    ["I said Marlon's just bipolar, nothing to worry about.", 'diagnostic-label'],
    ["Jade's always been a cutter.", 'diagnostic-label'],
    ["Rosa's still noncompliant with the depot.", 'compliance-control'],
    // …and so is a name and 's before a state that ends its clause ("Ben's bipolar and …", "Ben's bipolar.").
    ["Ben's bipolar and was talking a hundred miles an hour on the phone today.", 'diagnostic-label'],
    ["Gemma's borderline, so the locum kept it short.", 'diagnostic-label'],
    ["Dale's crazy.", 'diagnostic-label']
  ])
  quiet([
    "Mia's a-levels start in June, so we planned study breaks.",
    "Nathan's high school called about his records, and he wants to finish his diploma.",
    "Ben's bipolar support group meets on Thursdays, and he asked me to come along.",
    "Riley's borderline collie ran off again.",
    "Marlon's bipolar meds were changed on Friday, and he wanted to talk it through.",
    "Rosa's pretty garden was the first thing she showed me."
  ])
  it('reports the whole contracted word', () => {
    expect(found("She's bipolar.").map((f) => f.actual)).toEqual(["She's bipolar"])
  })
})

describe('phrases across line breaks inside a sentence', () => {
  flags([
    ['Luis is experiencing auditory\nhallucinations.', 'clinical-jargon'],
    ['Team is concerned she lacks\n  insight.', 'clinical-jargon']
  ])
  it('reports the phrase with its real offsets', () => {
    const text = 'Luis is experiencing auditory\nhallucinations.'
    const [first] = findings(lint(text))
    expect(text.slice(first!.place.start.offset, first!.place.end.offset)).toBe('experiencing auditory\nhallucinations')
    expect(first!.place.end.line).toBe(2)
  })
})

describe('diagnostic labels by construction, not open frames', () => {
  flags([
    ['Jeannie is schizophrenic.', 'diagnostic-label'],
    ['Jeannie has schizophrenia.', 'diagnostic-label'],
    ['She is a borderline.', 'diagnostic-label'],
    ['He was an anorexic in his teens.', 'diagnostic-label'],
    ['She is bipolar.', 'diagnostic-label'],
    ['The schizophrenics on the ward get less time outside.', 'diagnostic-label'],
    ['Funding for the mentally ill was cut.', 'diagnostic-label'],
    ['He suffers from depression.', 'diagnostic-label']
  ])
  quiet([
    'Jeannie has been given a diagnosis of schizophrenia.',
    'He was diagnosed with bipolar disorder in 2019.',
    'She was diagnosed as schizophrenic when she was nineteen.',
    'What doctors have called psychosis, Ana calls her awakening.',
    'She has a diagnosis of borderline personality disorder and wants to talk about what it means.'
  ])
})

describe('a word the service uses, named as the service\'s word, is an open frame', () => {
  flags([
    ['Non-adherence again on the ward this week.', 'compliance-control'],
    ['The unit says her non-adherence is the problem.', 'compliance-control']
  ])
  quiet([
    'The unit calls it non-adherence, but Grace says she is holding on to the one thing she still gets to decide.',
    'The ward called it noncompliance; Sam called it needing to sleep.',
    "The plan's report calls it an adherence gap. Lorraine calls it the month her car got repossessed."
  ])
})

describe('"says she is": her own words, unless someone else is saying it', () => {
  flags([
    ['Her sponsor says she is manipulative and uses the kids to get her way.', 'motive-attribution'],
    ['Staff says he is noncompliant with his meds.', 'compliance-control'],
    // The frame may end on the match's own "is" ("is a hoarder"), but only as the person's own words.
    ['Her sponsor says she is a hoarder and the flat is unsafe.', 'diagnostic-label'],
    ['She is a hoarder, and the flat is unsafe.', 'diagnostic-label'],
    // "told me" is a telling too, and staff or family telling it is still their judgement.
    ['Staff told me he was an addict and not to lend him money.', 'substance-use-stigma'],
    ['Her sister told me she is a junkie and always will be.', 'substance-use-stigma']
  ])
  quiet([
    'Maya says she is an addict and proud of every day she has stayed alive.',
    'She told me she was a junkie for ten years before the methadone program.',
    'He said he used to be an alcoholic and now runs the Tuesday meeting.',
    'Tom said he was a mess that week and laughed about it.',
    'Patty says she is a hoarder and wants to start with the spare room.',
    'Patty says she isn\'t a hoarder, she\'s "a collector with a small apartment."'
  ])
})

describe('a label the note marks as the person\'s own word, straight after it, is theirs', () => {
  flags([
    ['He is an addict, and her words at the meeting upset him.', 'substance-use-stigma'],
    ['She is an addict, her words were slurred and she could not stand.', 'substance-use-stigma'],
    ['Known schizophrenic, words per the ward round.', 'diagnostic-label']
  ])
  quiet([
    'Femi told the group he is a recovering addict, his words, and that he is proud of his two years off heroin.',
    'Dev calls himself a bit of a drinker (his phrase) and wants to cut down before the wedding.',
    'Marnie said she was a hoarder, in her words, and wants to start with the back bedroom.',
    'Cal is a recovering alcoholic, in his own words, and runs the Thursday tea urn.'
  ])
})

describe('the person’s own words in quotation marks', () => {
  quiet([
    'She said, "I am not manipulative, I just want a say."',
    'He said, “I’m an addict and proud of my recovery.”',
    '“I’m not crazy,” Imran told me, “I’m just tired of nobody listening.”',
    "He told me, 'I was really paranoid last week.'"
  ])
  it('reports them as info with quotes: info, and as usual with quotes: check', () => {
    const text = 'She said, "I am not manipulative."'
    expect(found(text, {quotes: 'info'})).toEqual([expect.objectContaining({id: 'manipulative', severity: 'info'})])
    expect(found(text, {quotes: 'check'})).toEqual([expect.objectContaining({id: 'manipulative', severity: 'error'})])
  })
  it('does not take apostrophes for quotation marks', () => {
    expect(categoriesOf("After group in the boys' room, John was manipulative with the new worker.")).toContain('motive-attribution')
  })
})

describe('scare quotes: a short phrase quoted without a speech verb', () => {
  flags([
    ['She says she is "fine".', 'credibility-doubt'],
    ['He talked about the “voices” again.', 'credibility-doubt'],
    ['Her "boyfriend" picked her up after group.', 'credibility-doubt'],
    // Picking something earlier in the sentence files nothing under the quoted word.
    ['He picked the seat by the door and says the "voices" are quiet today.', 'credibility-doubt'],
    ['Wrote a long letter to the ward manager and says the "voices" made her do it.', 'credibility-doubt'],
    // Talk about words earlier in the note is not talk about this quote.
    ['We chose the words for her plan together. She says she is "fine".', 'credibility-doubt'],
    // "as usual" is no attribution.
    ['She is "fine", as usual.', 'credibility-doubt'],
    // "her word" in a new clause owns nothing; a verb after the quote names nothing.
    ['She says she is "fine" but her word is not enough for the team.', 'credibility-doubt'],
    ['He says the "voices" are quiet this week.', 'credibility-doubt'],
    // After a speech verb, a phrase that plays things down, or one set against something, is doubted.
    ['Says he was "just walking" on the bridge when police stopped him.', 'credibility-doubt'],
    ['Says she feels "totally fine" now.', 'credibility-doubt'],
    ['He says the last shot "didn\'t do anything," though his sister tells a different story.', 'credibility-doubt'],
    // One word after "asked" is still held at arm's length; a lower-case phrase is no title.
    ['She asked if she could go, since she is "fine" now.', 'credibility-doubt'],
    ['He is "doing his best" with the rota.', 'credibility-doubt'],
    // Family repeating the person's word is not a party citing its own term: still doubt.
    ['Mum says he is "fine" and does not need the visit.', 'credibility-doubt'],
    // A score beside a word is no code: the word is still doubted. The person deciding is no party.
    ['Rated her mood a 3 and says she is "ok" with the move.', 'credibility-doubt'],
    ['Jamie decided he was "fine" to go home without the follow-up.', 'credibility-doubt'],
    // A phrase told in the past and then set against the record is doubted; "Self-described" is the
    // charting fragment, with no one telling.
    ['Dad described the CPS case as "a setup," which does not match the documented history.', 'credibility-doubt'],
    ['Self-described as "very sick" but vitals and labs within normal limits.', 'credibility-doubt'],
    ['When I asked about her son, she told me he "visits" on weekends, which nobody on the team has ever seen.', 'credibility-doubt'],
    // Playing things down, told in the past, is still doubted when the writer sets it against
    // something: a stronger contrast ("although", "though") or "what she always says".
    ['Olivia described her mood as ‘okay’ although she cried for most of the session.', 'credibility-doubt'],
    ['Lily said she was “fine,” which is what she always says.', 'credibility-doubt'],
    ['Don Fidel said his "nervios" are much better, which is what he says every week.', 'credibility-doubt'],
    // Under a bed is no filing.
    ['Keeps the "medicine" under his bed and says nobody needs to see it.', 'credibility-doubt'],
    // The person who says it is no party, even after a party is named earlier in the sentence.
    ['After the nurse left, Dom says he is "fine" again.', 'credibility-doubt'],
    // "her words" in a new clause still owns nothing, "in" or not.
    ['She says she is "fine" but in her words there is nothing to talk about.', 'credibility-doubt'],
    // A form's wording is quoted right after the ticking or the box; a tick earlier in the sentence is not.
    ['She ticked the box and says she is "fine".', 'credibility-doubt'],
    ['He picked up his "friend" from the bus stop.', 'credibility-doubt'],
    // A meeting is no citation frame, comma or not.
    ['In the team meeting, Joe was “not tenancy-ready” again, and he went quiet.', 'credibility-doubt'],
    // A place after the quote is no document, and a word filed away further back is no filing.
    ['She is "fine" in her room.', 'credibility-doubt'],
    ['He was listed for the group. She says she is "fine".', 'credibility-doubt'],
    // Talk about a word needs the word itself: "is a good day" is no talk about words.
    ['She says today is "okay" and is a good day for a walk.', 'credibility-doubt'],
    // One word in the charting present, in a subjectless fragment, after the writer's own question,
    // or set against the record, is held at arm's length.
    ['She says her head is "loud" today.', 'credibility-doubt'],
    ['Said her meds are "poison" and she won\'t take them.', 'credibility-doubt'],
    ['I asked about her son and she "visits" him on weekends.', 'credibility-doubt'],
    ['Tom said he "visits" his son on Sundays, which nobody on the team has ever seen.', 'credibility-doubt'],
    // How the person appeared, set against what they said, is the writer's observation doubting it.
    ['Stacey said the kids were "fine" with the visit but appeared tearful.', 'credibility-doubt'],
    // A place after the quote is no name of a thing, and a door is no document when nothing is on it.
    ['Says she was "just walking" by the door when it happened.', 'credibility-doubt']
  ])
  quiet([
    // Someone telling in the past may play their own words down.
    'Grace said the mediation went "fine-ish" and they agreed on lights out at midnight on weeknights.',
    'Amir stopped mid-sentence a few times and said the thoughts "just get taken" sometimes.',
    // One word told in the past may go on with a "but" too; "just in case" plays nothing down; a
    // "nobody" that is no witness sets nothing against it.
    'Aaron said he still feels "wobbly" but better than Tuesday, and he wants to keep the calls going.',
    'Darren asked whether he could stay on his epilepsy tablets "just in case".',
    'Heledd said her Taid used to have "bad nerves" and nobody ever talked about it.',
    // Someone telling in the past may carry on with their own "but"; "told" tells as "said" does.
    'Nathan said he\'d been "pretty resistant" to AA because of the God stuff, but SMART Recovery sounds more his thing.',
    'Stacey said the kids were "fine" with the visit but wanted more time at the park next week.',
    // "every week" that is no shrug at what he says sets nothing against it.
    'Don Fidel said his "nervios" are much better since he started coming every week.',
    'Leanne told me her anxiety is "through the roof" at night but calmer in the mornings.',
    'Gwen told me her husband\'s cooking tastes "off" to her, and she asked if the hospital could test it.',
    // A number in quotes is a score or a code; a name saved under a word files it; a party's decision
    // quoted is the party's word.
    'Monique asked who decided Jaylen was a "3" on anger, since nobody had asked her.',
    'I gave Rico the number for the walk-in clinic and he saved it in his phone under "doc."',
    'The council decided Jamie was "intentionally homeless" because he lost his tenancy, and he wants to appeal.',
    'She said, "I am fine, I just need sleep."',
    'We talked about what the word "compliance" means to her.',
    'Dev\'s chart says he is “noncompliant”, and he asked me to help him answer it.',
    // A comma after the frame does not end it.
    'In the team\'s language, Joe is “not tenancy-ready”, and in his words he is ready for a door he can lock.',
    'Luis joined the “Hearing Voices” group on Tuesday.',
    'She spelled "freedom" in bubble letters across the top of her plan.',
    'He showed me the new tattoo on his wrist that says “survivor”.',
    // "In her words" marks what follows as hers, even with a comma and a few words between.
    'In her words, she is "going crazy" with the noise upstairs.',
    'In his own words, he felt “like a zombie” on the new tablets.',
    // Attributed after the quote.
    'She is back to "sound", as she calls it, after a long week.',
    'He said his mood was "heavy", as Marco put it to the group.',
    // Owned a few words later, set off by a comma or brackets.
    'Shawna said she was "resistant" to therapy at first, her word, and now she looks forward to Wednesdays.',
    'Sam felt "wired" (his word) all week after the new tablets.',
    // A quoted name for an item, a pass or a rule names it.
    'We went through the form together and Shawna said the "runaway" item does not fit Destiny.',
    'The school agreed to a "safe space" pass, and Mateo picked the library.',
    // Changing or reading a document's wording is talk about words.
    'I read Grace the note before sending it and she asked me to change "refused" to "said no".',
    'She asked me to help her read her profile because the wording "could mean anything."',
    // A phrase of two or three words quoted after a speech verb is the person's wording, reported.
    'Lena said mornings are "a disaster" for her because of how her meds hit, so we are looking at afternoon shifts.',
    'Alek said the tablets "taste like metal", and the pharmacist is looking at a liquid version.',
    'He said his legs "won\'t stop jumping" around 2 a.m. and he walks the hallway until it passes.',
    // Asking, wondering and voicemails report speech too.
    'Nicole asked me to sit in on the meeting because she "goes blank" when there are more than two people.',
    'Mr. Nguyen left a voicemail saying Kai "actually said goodnight" last night.',
    // What a word means or counts as is talk about the word; a title is a name.
    'He asked me what the "major" is supposed to mean.',
    'She asked whether she counts as "family" on the sign-in sheet.',
    'We signed him up for "This is Quitting" on his phone during break.',
    // Owned at the end of the sentence, "in her words".
    'Tasha told me lunch is harder than dinner because there is no "point" to it, in her words.',
    // A quoted name for a page or an exercise names it.
    'We opened the workbook and Rob said the "triggers" page was the hardest one to fill in.',
    // A party (a professional, an office, a document) said the quoted word: it is their word, cited.
    'The ward nurse asked me if Tomas was "compliant," and I said Tomas could tell her himself.',
    "The housing office's letter said her flat was \"suitable\" but the damp is back in the bedroom.",
    'The care home manager asked if Bea is "aggressive", and I said we could ask Bea what happened.',
    'Her GP told her to "just relax", and she left the surgery upset.',
    'Marcus said the team keeps talking about his "insight" and he wants to know what they mean.',
    // An answer ticked, picked or written on a form, or the name of a box or question on it, is quoted as printed.
    'Dana ticked "more than half the days" for feeling low and then told me about her sister.',
    'The EHR makes me pick a "barrier to treatment" from a drop-down, so I picked "other" and wrote what happened.',
    'The referral form has a box for "reason for referral," and Li asked me to fill it in with him.',
    'The outcome form has a question about "hospital avoidance," and Eli told me what to put.',
    'Aaliyah decided to write "medical condition" and attach a letter from the doctor instead.',
    // Adding wording to an agreement is talk about words.
    'At group Sam suggested adding "no phones at the table" to our agreement, and everyone agreed.',
    // One vivid word of the person's, told in the past by the person, keeps their voice.
    'Leon said his CPN is "sound" and he is glad to keep the same one.',
    'Mohammed said his head has been "buzzing" since the new tablets.',
    'Keisha said her hips were still "screaming" after the first dose.',
    // Names of things, words printed on things, and words signed or pressed on a talker are no doubt.
    "Angel was locked out, and the property manager's \"emergency\" line went to voicemail.",
    'Precious said she had never been anywhere with "women only" on the door before.',
    'Wendell signed "home" and "mom" when I asked what he wanted to talk about.',
    'Bilal showed me his Now and Next board and pointed to "garden" after "lunch".',
    'She brought me her picture card for "too loud" when the hoover started.',
    // A record or a label filing something under a word quotes the word as it is filed.
    'Gloria\'s guardian listed her living situation as "group home," but she moved to her own apartment in January.',
    'Amani does not want it written up as a "restraint" when she chose it.',
    'We set up a savings line labeled "laptop" at his request.',

    // The word as a document prints it, and talk about the word after the quote.
    'Tane asked whether having "bipolar" on his NDIS access letter would affect his blue card application.',
    'Sharon asked whether "schizophrenia" is still the right word, because she has never heard voices.'
  ])
  it('is info, with a rewrite', () => {
    const [finding] = findings(lint('He talked about the “voices” again.'))
    expect(finding).toMatchObject({ruleId: 'scare-quotes', severity: 'info', actual: '“voices”'})
    expect(finding!.expected[0]).toBe('drop the quotation marks')
  })
})

describe('a name something was saved or titled as is quoted, not doubted', () => {
  flags([['She says she is "fine" and does not need the outreach person.', 'credibility-doubt']])
  quiet([
    'I gave Mai my work number, and she saved it as "Nadia\'s outreach person."',
    'He named it "the good playlist" and sent it to the group.'
  ])
})

describe('whose action it is: the person, not an institution, a thing or someone else', () => {
  flags([
    ['She refused to go to group today.', 'compliance-control'],
    ['He claims he took his meds.', 'credibility-doubt'],
    ['She insists nothing happened.', 'credibility-doubt'],
    ['I advised Mirela to reapply.', 'directive-language'],
    // "to" heads a phrase: ED is where he went, not who did it.
    ['Presented to ED drug-seeking again.', 'motive-attribution'],
    // In the passive the family received the advice; the writer gave it.
    ['Her family was advised to keep the medication locked away.', 'directive-language'],
    // A pronoun right before the word is its subject, whatever institution came earlier in the sentence.
    ["He has been on the methadone programme for years and he's still refusing his dose.", 'compliance-control'],
    // After "and" a new clause starts: the institution before it is not who refused.
    ['She went to the office at the council and refused to sign the form.', 'compliance-control'],
    // After "to" the match is what is to be done, not what the team does.
    ['Referred to the MH team for CBT to address negative cognitions.', 'clinical-jargon'],
    // The service's own staff telling or teaching is the note's own directive voice.
    ['Worker educated Jayden on the risks of mixing alcohol with his meds.', 'directive-language'],
    ['Keyworker reminded Callum of the house rules regarding overnight guests.', 'directive-language'],
    ['Staff prompted Hector to participate in the coping skills group.', 'directive-language']
  ])
  quiet([
    'The school refused the accommodation request.',
    'Her foster carer insisted on driving her to the appointment.',
    'Centrelink refused her claim again, so we wrote the appeal together.',
    'Work and Income insisted she come in person.',
    'Her nan insisted we stay for a cup of tea.',
    'The bailiffs claimed they had sent two letters.',
    'Her landlord has again refused to fix the heating.',
    'We filed the insurance claims together.',
    'The building passed its fire-code compliance check.',
    'Her lung compliance was checked by the respiratory team.',
    "Ana's mother insisted that I stay for tea.",
    'The job centre advised Mirela to reapply for her benefit.',
    'Her GP has advised her to rest for a week.',
    // Someone outside the service telling is reported, even when they are staff somewhere.
    'The nurse on the ward advised Tom to rest his leg for a week.',
    "Moses's post has been redirected to the new house.",
    'She was refused entry to the shelter after nine.',
    'He was denied housing again.'
  ])
})

describe('an evidential adverb doubts the account, whoever its subject is, unless it is an institution or a thing', () => {
  flags([
    ["Patsy's husband supposedly hits her, but there were no marks.", 'credibility-doubt'],
    ['Uncle Roy allegedly has nowhere to stay since the fire.', 'credibility-doubt'],
    ['Her mum apparently told her to leave.', 'credibility-doubt']
  ])
  quiet([
    'The landlord supposedly fixed the heater last week.',
    'The insurer allegedly lost the claim form twice.',
    'The weather was supposedly going to clear by noon.',
    "Her husband insisted on driving her to group."
  ])
})

describe('whose action it is: a noun after "the" at the start of a clause is someone else', () => {
  flags([
    // Nouns for the person are the person.
    ['The young man refused his meds again this morning.', 'compliance-control'],
    ['The young man was resistant to taking his meds this morning.', 'compliance-control'],
    ['The new admit claims she was never told about the rules.', 'credibility-doubt'],
    // "at the shelter" is where, not who.
    ['Man at the shelter claims to be a war veteran.', 'credibility-doubt'],
    // A name is the person, whatever it is spelled like.
    ['Marcus refused his evening meds.', 'compliance-control'],
    ['Dolores insisted on walking back alone after group.', 'credibility-doubt'],
    // Close family with no one's "her" before them: the name is the person the note is about.
    ['Son Marcus refused his evening meds again, Mum says.', 'compliance-control'],
    // Past a phrase hanging off the subject, a noun for the person is still the person, and a pronoun
    // right before the word is its subject.
    ['The young man at the front desk refused to give his name again.', 'compliance-control'],
    ['The young man at the table by the lifts refused to give his name again.', 'compliance-control'],
    ['The young man at the bus stop on 7th refused the leaflet again.', 'compliance-control'],
    // "The … from" is still the person; so is "a man from …" after a verb rather than opening the clause.
    ['The young man from Ward 3 refused his meds again.', 'compliance-control'],
    ['She was a woman from the village, she claims, and nobody there knew her.', 'credibility-doubt'],
    // A match that opens with "on", "until", "if", "to" or "or" hangs off what comes before it; that is not who acts.
    ['Employment plan on hold until Megan demonstrates consistent engagement with the team.', 'compliance-control'],
    ['Maureen will have to start opening her own post if she wants to keep the tenancy.', 'compliance-control'],
    // So does a purpose after "to": the psychiatrist is who the letter is from, not who wants out.
    ['Wants a letter from the psychiatrist to get out of the work requirement.', 'motive-attribution'],
    // …with a focusing word before it ("purely to"), and a consequence after "or".
    ['Has engaged a solicitor purely to get out of having the depot.', 'motive-attribution'],
    ["I told Sofia she needs to eat a full meal before practice or she won't be cleared.", 'compliance-control'],
    ['At the house on Elm Street she refused her meds again.', 'compliance-control'],
    // A possessive before a noun for the person still names the person, and in the passive what is
    // "his" had something done to it.
    ['Her client refused the morning dose again.', 'compliance-control'],
    ['His phone was confiscated and withheld until the end of the week.', 'compliance-control'],
    // A capitalised noun names someone else only right after "the"; "The Client" is still the person.
    ['Then Marcus refused his evening meds.', 'compliance-control'],
    ['The Client refused meds at the 8 a.m. round.', 'compliance-control'],
    // Mr, Mrs and Ms name the person as often as anyone else: no professional's title.
    ['Mr. Dunbar claims he took his tablets.', 'credibility-doubt'],
    // A relative's name after the relation is still a label in the writer's voice.
    ['His sister Amy is an addict, per the file.', 'substance-use-stigma'],
    // Initials that are shorthand for the person are the person; before a telling verb, initials are
    // the service's own role, so the directive stays flagged.
    ['SU refused to provide a statement to police.', 'compliance-control'],
    ['HOH claims the rent was paid on the 3rd.', 'credibility-doubt'],
    ['PSS advised Dwayne to call the nurse line before going to the ED.', 'directive-language'],
    // A relation named bare is the person charted; a name alone is the person.
    ['Gloria insisted she had taken the tablets.', 'credibility-doubt'],
    // "It" labels what the person did; only "it" doing something is a thing's doing.
    ['Rang the office six times today, think it\'s attention-seeking.', 'motive-attribution'],
    // After a speech verb, a noun for the person is still the person.
    ['Night staff said the client refused his meds again.', 'compliance-control'],
    // A relation named bare at the start of a clause is how a chart names the person it is about
    // (in family work, the parent), whether the rule or the entry's own guard looks at it.
    ['Mother claims she has been sober since January.', 'credibility-doubt'],
    ['Parent refused to sign the IEP at the meeting.', 'compliance-control'],
    ['Mum non-compliant with her night-time dose; Father failed to attend the CFT.', 'compliance-control'],
    ['Daughter insists he was fine until the stroke.', 'credibility-doubt']
  ])
  quiet([
    'The operator refused to let us use the office, so we sat at the picnic table out back.',
    'The leasing agent was resistant to the accommodation at first but agreed once Nina showed her the flyer.',
    // A phrase hanging off another phrase: the pharmacist is still who refused.
    'The pharmacist at the CVS on MLK refused to fill it early, so we called the insurer.',
    'The council refused the housing application until the form came in.',
    'The landlord is using the inspection to get out of returning her deposit.',
    'His solicitor claims the hearing was moved without notice.',
    "The coach said Sofia has to eat a full meal before practice or she can't play, and Sofia wants to talk to her about it.",
    "The clinic's front desk claims they never got the referral, so I brought a paper copy.",
    "The probation office's front desk refused to take Liam's letter without an appointment.",
    'Kevin asked to see the incident report, and the facility denied it until the guardian signs off.',
    'The HR rep instructed us to upload the form through the portal.',
    'Kwame said he rang because the casino refused to close his account.',
    // A thing or someone opened by a possessive ("his veins", "her phone") is not the person.
    "The lab tech was patient with him when his veins wouldn't cooperate.",
    'His hearing aid refused to pair with the new phone.',
    // A phrase hanging off the subject ("in Rockhampton") does not hide who the subject is.
    'The real estate in Rockhampton refused to fix the hot water system for three weeks.',
    'The property manager at his new place declined the transfer request twice.',
    // …nor do two of them, one after the other.
    'The pharmacy at the Rite Aid on 7th denied the refill because his card shows an old address.',
    "The pharmacy at the Silverthorne City Market denied Ryan's early refill.",
    // An organisation by its initials or its own name, after "the".
    "The PHA denied Andre's first application over a 2014 eviction, so we filed for an informal review.",
    'The MoJ refused the request for leave to his nan\'s funeral.',
    // An agency by its initials alone, opening a clause.
    'HRA claims the documents were scanned on the 14th, but they are not on the portal.',
    'Robert got his ID replaced after MVD refused his old birth certificate copy.',
    'UM denied the residential stay, and Jerome wants to appeal it.',
    // A relation named with "his", "the" or after a speech verb is someone else.
    'His mum refused to let us in at first, so we talked on the doorstep.',
    'Her dad claims the car was stolen from outside the flat.',
    'Kelly said Mum refused to sign, so we will try again on Friday.',
    // A relation before a name is that relative ("Aunty Gloria"); a reason code something was denied
    // as is filed, not doubted.
    'Aunty Gloria insisted I take some johnny cakes back to the office for the team.',
    'Her friend Dolores insisted on walking her back to her spot, and they went off arm in arm.',
    // Close family before a name, after someone's "her" or "Jo's", are that relative.
    "Her brother Winston insists she's better off at home, and the family want that written down.",
    "Jo's sister Amy refused to sign the tenancy form for her.",
    'The refill was denied at the counter as "refill too soon," and the tech said they could override it.',
    // "It" doing something is a thing; a rank before a name is a professional's title.
    'We read the label together; it claims 97% caffeine-free.',
    "CPT Sorensen admitted she didn't know the difference between a CDE and a self-referral.",
    // A reported clause starts after a speech verb or "that".
    "Luis's wife said the insurance adjuster finally admitted the accident wasn't his fault.",
    'Kim heard that the locksmith refused to come out after six.',
    // A professional's title and name: the action is theirs.
    "Dr Wallace admitted she'd got Jordan's leave dates mixed up and apologised to him.",
    'Officer Pratt was redirected to a crash halfway through, so it was just Priya and me.',
    'Dr. Amy Rhodes insisted on a second scan before the discharge.',
    // Someone brought in with "a" and where they are from, opening the clause, is not the person.
    'A woman from the neighborhood association claims the van leaves needles in the park, so we walked it with her.',
    'An older man from the church insisted on praying with us before we left.'
  ])
})

describe('labels on the family are labels, unless they are someone\'s own account', () => {
  flags([
    ['Both parents are addicts and the grandmother is the main visitor.', 'substance-use-stigma'],
    ['Father is an alcoholic who drinks at the pub daily.', 'substance-use-stigma'],
    ['Mom tested dirty at delivery and CPS was called.', 'substance-use-stigma'],
    ['Son has been manipulating his mother for money for months.', 'motive-attribution'],
    // Clinical words on the family in the writer's voice chart them as they would chart the person.
    ["Mom's affect was flat and she appeared depressed throughout the visit.", 'clinical-jargon'],
    ['The mother has poor insight into how her drinking has affected the children.', 'clinical-jargon'],
    // The charting present ("reports", "says") is the note's voice, not someone telling their story.
    ['Daughter reports mother plays helpless at home to keep the family around.', 'motive-attribution'],
    ['Mrs Okafor says her daughter has been paranoid and withdrawn since the spring.', 'clinical-jargon'],
    // What a talk with the family was "about" is named in the writer's words.
    ["Spoke to Lee's mum about his heroin habit and the family's worries.", 'substance-use-stigma']
  ])
  quiet([
    'Frank mentioned his mum was an alcoholic and that he worries about turning out the same.',
    'He told me his dad was an addict and he never wants to be like that.',
    "Spoke to Lee's mum, who told me her brother was an addict for years before he got well.",
    "Her mother insisted that I stay for tea.",
    'His daughter admitted she had lost the spare key.',
    // Compliance and credibility words about the family stay their own business.
    'Her mother refused to lend her the car.',
    // After a speech verb, the clinical word is someone's own account of their family.
    'He told me his mum was paranoid about burglars after the break-in.'
  ])
})

describe('"her" owns a label only before a noun: before a verb it is someone\'s object', () => {
  flags([
    ['Her paranoia was worse today and she kept the blinds shut.', 'clinical-jargon'],
    ['I sat with her for an hour and she was agitated and pacing.', 'clinical-jargon']
  ])
  quiet([
    'The file on her was so disorganised that nobody could find the referral.',
    'The referral about her was so disorganised it gave two different birthdays.'
  ])
})

describe('ordinary senses stay quiet', () => {
  quiet([
    'He came in clean-shaven and wearing a new jacket.',
    'We picked up clean clothes from the laundry.',
    'She was proud of her clean kitchen.',
    'We picked up clean needles from the van.',
    'She agitated the paint before we started.',
    'We set up her login on the patient portal.',
    'Please be patient with me, she said, I am slow with forms.',
    'She uses a resistance band for her knee.',
    'He called his case manager just in case.',
    'She was admitted to Ward 4 on Friday.',
    'It has been a difficult week for all of us.'
  ])
  flags([
    ['He has been clean for two years.', 'substance-use-stigma'],
    ['UA came back dirty.', 'substance-use-stigma'],
    ['He was agitated in the waiting room.', 'clinical-jargon'],
    ['The patient was seen at 10.', 'distancing-language'],
    ['She has treatment-resistant depression.', 'clinical-jargon']
  ])
})

describe('negation keeps the clinical frame', () => {
  flags([
    ['She is not manipulative.', 'motive-attribution'],
    ['No SI/HI.', 'risk-assessment'],
    ['Denies being suicidal.', 'risk-assessment']
  ])
})

describe('evidentials', () => {
  it('reports "reports that" about the person as credibility-doubt at info', () => {
    expect(found('She reports that she has not slept.')).toEqual([expect.objectContaining({category: 'credibility-doubt', severity: 'info'})])
  })
})

describe('overlaps', () => {
  it('resolve to the longest match, one finding per span', () => {
    const result = found('She refused meds again.')
    expect(result).toHaveLength(1)
    expect(result[0]!.actual).toBe('refused meds')
  })
  it('resolve among enabled categories only', () => {
    const text = 'I educated the client on her meds.'
    expect(found(text).map((f) => f.category)).toEqual(['directive-language'])
    expect(found(text, {ignoreCategories: ['directive-language']}).map((f) => f.category)).toEqual(['distancing-language'])
  })
})

describe('compliance words inside what someone told are their own account', () => {
  flags([
    // No one telling, a professional telling, or the service telling: the note's own framing.
    ['Was told he could not go back inside until he calmed down, and he complied.', 'compliance-control'],
    ['Father Michael said Bernadette can help with the flowers again as long as she stays compliant.', 'compliance-control'],
    ['Staff said she refused her meds again this morning.', 'compliance-control'],
    // The writer takes the note back: "so noted as", "documented as".
    ["Called Harjit about his depot; he said he's not having it this week, so noted as refusing meds.", 'compliance-control']
  ])
  quiet([
    "Vince said the behavior contract makes him feel like he's on probation again.",
    "Ahmad said yes to the counsellor on the condition that it's not someone from his province.",
    "Shawna told me she doesn't trust the ER since they called security on her last time.",
    'He said he is refusing meds this week because they make his hands shake.'
  ])
})

describe('credibility words inside what someone told are their own account; clinical words are not', () => {
  flags([
    // Someone else's telling with no telling of the person's around it is the note's report.
    ['The nurse said he kept complaining about the food all shift.', 'credibility-doubt'],
    // What "shared" or "told me" takes straight after it is the writer's name for what was told.
    ['Nevaeh shared a sob story about her rent in group.', 'credibility-doubt'],
    ['He told me some story about losing his wallet on the bus.', 'credibility-doubt'],
    // …and so is what "told the nurse a …" or "told the job centre some …" takes after who heard it.
    ['Dennis told the nurse a sob story about his back.', 'credibility-doubt'],
    ['Dennis told the job centre a sob story about his back.', 'credibility-doubt'],
    // Clinical words in someone's reported account are the writer translating it (the WHO example).
    ['He said he keeps experiencing auditory hallucinations at night.', 'clinical-jargon']
  ])
  quiet([
    'Jamal said the observed urine screen brings back stuff from his time in the brig.',
    'Devon said the schedule was never posted, so we called the manager and she admitted it went up late.',
    // What someone else said, inside the person's own telling, is still their account.
    "Jordan told me a nurse said they'd keep him longer if he kept complaining, and he wants that on record.",
    // No "a" or "some" before the match: what follows who heard it is the person's own clause.
    'Dennis told the council he refused the flat because of the stairs.'
  ])
})

describe('a diagnosis inside what someone told is their own account', () => {
  flags([['Control said she\'s a psych job and sent the car away.', 'diagnostic-label']])
  quiet(["Jarrah said he doesn't agree he has schizophrenia; he wants to talk to an Elder about what he hears."])
})

describe('a motive inside what someone told is their own account of why', () => {
  flags([
    // The writer's hedge, a teller who is no one named, or the writer's voice after "then" is the
    // writer reading a motive in.
    ['Became tearful when told no, likely an attempt to get staff to relent.', 'motive-attribution'],
    ['Darren shared at length about his childhood, seemingly to avoid discussing his recent losses.', 'motive-attribution'],
    ['Roberta told the group home intake she no longer hears voices, most likely to get accepted.', 'motive-attribution'],
    ['After the doc said no to more Ativan she got really manipulative and threatened to leave.', 'motive-attribution'],
    ['Marisol told me about her sister, and then she started crying for attention when the nurse walked up.', 'motive-attribution'],
    // A service's telling is no account of one's own, capitalised or not.
    ['Staff said she was being manipulative again.', 'motive-attribution'],
    ['Security said he was attention seeking in the lobby.', 'motive-attribution'],
    // The writer's own "I think" after the telling starts the writer's view.
    ['Abdi mentioned his PIP assessment four times in a ten-minute call, I think the secondary gain is fairly obvious.', 'motive-attribution']
  ])
  quiet([
    'Alan said he comes to the dementia café mostly for the lemon drizzle and stays for the company.',
    // What the person thinks, told by them, is still their account.
    'Abdi told me he thinks staff only keep him on for the money.',
    'She said she wants the T-visa mostly so she can see her mom in Oaxaca again someday.',
    'Mr Ramesh told me his brother drinks a lot and only calls when he needs money, and it makes him sad.'
  ])
})

describe('a need or a rule inside what someone told is their own account', () => {
  flags([
    // The writer's telling, the service's telling (a peer mentor is the service) and the passive stay directive.
    ['Told him he needs to call the housing office before Friday.', 'directive-language'],
    ['Mentor explained to Jake that he must accept his licence conditions or face removal.', 'directive-language'],
    ['Was told to stop coming to the drop-in until further notice.', 'directive-language'],
    ['Zanele must call the office before 10am if she is going to be late.', 'directive-language']
  ])
  quiet([
    "Bobby said he'd sleep at his camp tonight because it's getting swept in the morning and he needs to move his things.",
    "Rhys said he doesn't agree that he has to be in hospital, and he's written a list of his reasons.",
    // A match opening with its own subject is not a passive, whatever came just before it.
    'Ray said when the committee gets loud he needs to step out, so we agreed he can go to the kitchen.'
  ])
})

describe('{name}: a directive on someone named, not on a word that happens to be capitalised', () => {
  flags([
    // The WHO QualityRights example, and a name after a title the person goes by.
    ['George needs to be taking his medications.', 'directive-language'],
    ['Ms. Greene must attend group before she can have her leave.', 'directive-language'],
    ["O'Brien should call his probation officer every Monday.", 'directive-language'],
    ['After the review, Aroha is expected to attend every session.', 'directive-language'],
    // First names that are also words the lexicon knows ("crystal meth", "a grant") are names when capitalised.
    ['Amber is a little crazy right now, up at 3 a.m. banging on doors.', 'diagnostic-label'],
    ['Crystal must give clean UAs weekly as part of drug court.', 'directive-language'],
    ['Instructed Mark that overnight guests are not permitted under the housing agreement.', 'directive-language'],
    // A name that a tuning form once spelled out ("Tina" for meth) is still a name.
    ['Gave Tina a good talking-to about her boyfriend bringing stuff in.', 'directive-language'],
    ['Made it clear to Grace she has to be out of the camp before Friday.', 'directive-language'],
    // "taking the mick" and "Mr Stella" put these in the vocabulary too.
    ['Gave Mick a good talking-to about his drinking.', 'directive-language'],
    ['Made it clear to Tracy she has to be out of the flat before Friday.', 'directive-language'],
    ['Made it clear to Stella she has to be out of the flat before Friday.', 'directive-language']
  ])
  quiet([
    // Words the lexicon knows are words, capitalised or not; a professional's title makes it someone else.
    'Medication must be stored in the fridge at the pharmacy.',
    'Everyone needs to sign in at the front desk.',
    // "Will" and "May" open a sentence as the verbs they are; a month is a month.
    'Will need to sort the bus pass before Friday, so I rang ahead.',
    'May need to move the appointment if the court date changes.',
    'Officer Reyes needs to talk to him before he can go home.',
    // Someone's own account, a question, and a possessive are not the note telling the person.
    'Zofia said Marek needs to hear it from her, not from the team.',
    'I asked the office what Alex needs to bring to the DMV.',
    "Marcus's mum needs to sign the consent form, so we rang her together.",
    // "must have", "should hear": a guess or news, not an order.
    'George must have been exhausted after the double shift.',
    'Priya should hear back from the housing office by Friday.'
  ])
})

describe('open language is never flagged', () => {
  quiet([
    'Jeannie has been given a diagnosis of schizophrenia.',
    "George doesn't want to take his prescribed medication.",
    'Luis is hearing voices.',
    "John and I met together in the park today. John didn't want to sit on the park bench or play chess the way we often do. Instead, he wanted to walk really fast. He said he felt scared he was being followed. I told him I was good with walking fast if that helped him feel safer. After a half hour of fast walking, he said he felt like going home. He thanked me for hanging out and said he didn't feel so alone. If he wants to talk when we meet next week, I'll ask if fast walking with another person is Personal Medicine that helps him feel safer."
  ])
  it('flags the drifted park note: this writer, agitated, delusional', () => {
    const text = 'John and this writer met in the park today. He was agitated, needed to walk the whole time and was very delusional. He thought he was being watched.'
    const result = found(text)
    expect(result.map((f) => f.category)).toEqual(['distancing-language', 'clinical-jargon', 'clinical-jargon'])
    expect(result[0]!.actual).toBe('this writer')
    expect(result[1]!.actual).toBe('agitated')
    expect(result[2]!.actual).toMatch(/delusional$/)
  })
  it('gives the WHO open forms as the rewrites of the WHO closed forms', () => {
    const [noncompliant] = findings(lint('George is noncompliant with his prescribed medications.'))
    expect(noncompliant!.expected[0]).toMatch(/^doesn't want to take/)
    const [hallucinations] = findings(lint('Luis is experiencing auditory hallucinations.'))
    expect(hallucinations!.expected).toContain('hearing voices')
  })
})

describe('slots in context lists', () => {
  it('skip a match after any of their words, including words of several words ("{others}")', () => {
    // "financial aid" is a two-word member of the {others} slot in lexicon/slots.yaml.
    expect(ids('Financial aid insists she resubmit the form.')).not.toContain('insists')
    expect(ids('Her sister insists she is fine.')).not.toContain('insists')
    expect(ids('Mele insists she is fine.')).toContain('insists')
  })
})

describe('a group of choices in brackets', () => {
  const base = getDefaultIndex().lexicon
  const entry = {...base.entries[0]!, id: 'only-for-access', match: ['(mainly|primarily|solely) for access to (the till|cash)'], skipWhenPrecededBy: ['(not|never)'], examples: {flagged: [], clean: []}}
  const index = compilePhraseIndex({...base, entries: [entry]})
  const actual = (text: string) => findings(lint(text, {index})).map((m) => m.actual)
  it('matches any one of the choices, including choices of several words', () => {
    expect(actual('He comes in mainly for access to the till.')).toEqual(['mainly for access to the till'])
    expect(actual('She visits solely for access to cash.')).toEqual(['solely for access to cash'])
  })
  it('matches nothing outside the choices, and works in context lists too', () => {
    expect(actual('He comes in mainly for access to the van.')).toEqual([])
    expect(actual('He is never mainly for access to cash.')).toEqual([])
  })
})

describe('a guessed reason: a purpose flagged only after a hedge earlier in the sentence', () => {
  const base = getDefaultIndex().lexicon
  const entry = {
    ...base.entries[0]!,
    id: 'hedged-purpose',
    match: ['to (avoid|get out of)', 'so {person} (will|would)'],
    onlyWhenEarlierInSentence: ['(likely|seemingly|probably)', '(seems|appears) to'],
    examples: {flagged: [], clean: []}
  }
  const index = compilePhraseIndex({...base, entries: [entry]})
  const actual = (text: string) => findings(lint(text, {index})).map((m) => m.actual)
  it('flags the purpose when the writer hedged earlier in the sentence, however far back', () => {
    expect(actual('Left group early, likely to avoid the washing up.')).toEqual(['to avoid'])
    expect(actual('Seems to pick arguments with the kitchen staff on Tuesdays to get out of cooking.')).toEqual(['to get out of'])
    expect(actual('Probably rings every hour so they will come back.')).toEqual(['so they will'])
  })
  it('stays quiet on a plain purpose, a hedge after it, or a hedge in another sentence', () => {
    expect(actual('She left early to avoid the traffic.')).toEqual([])
    expect(actual('He took the back road to avoid the roadworks, likely a good call.')).toEqual([])
    expect(actual('It will likely rain. She left early to avoid the storm.')).toEqual([])
  })
})

describe('a second verb joined by "and" shares the subject that opens its clause', () => {
  flags([
    ['Kayla called the office and insisted she had never been told about the appointment.', 'credibility-doubt'],
    ['Pt came to the window and refused the 0900 meds.', 'compliance-control'],
    ["Mum rang and claims he hasn't slept since Friday.", 'credibility-doubt'],
    ["Marcus's mum visited and he refused to come out of his room.", 'compliance-control'],
    // A telling shares a subject only from the clause's real opening, not from its object eight words in.
    ['Instructed the shelter staff to wake Manik for his night dose and told him to keep his OPD card in his bag.', 'directive-language']
  ])
  quiet([
    "Andre's mum answered and insisted on passing the phone to him, even though he was in the shower.",
    "Errol's GP declined to restart diazepam and told him to go back to CGL for a proper review, which he did.",
    'Her landlord has kept the whole deposit and is claiming the carpet was stained, so we wrote to the tenancy board.',
    'The pharmacy rang back and denied ever getting the script, so we walked over with the paper copy.'
  ])
})

describe('told him or her to: the noun that opens the clause is someone else telling the person', () => {
  flags([
    ['Told him to wait at the door until the nurse came.', 'directive-language'],
    ['I told her to stop ringing the ward at night.', 'directive-language'],
    // Told to "me", the young man is the person, telling the writer.
    ['The young man told me to leave and then I told him to calm down.', 'directive-language']
  ])
  quiet([
    'The CO told him to wait at the door, and Jacob shook my hand through the slot.',
    'The kaumātua told him to stand tall in the front row, and Hemi did.'
  ])
})

describe('after "who" or "which", the subject is the noun before it', () => {
  flags([
    ['Spoke with Dana, who refused to open the door.', 'compliance-control'],
    ['Met with Jerome, who claims the voices started after his brother died.', 'credibility-doubt'],
    ["Saw Mr. Ortiz's son Luis, who denied using since March.", 'credibility-doubt']
  ])
  quiet([
    'I chased it with the duty worker, who denied anyone had been ignoring her, but got the callback booked.',
    'We met with her landlord, who insisted the rent was late, and showed him the bank receipt.',
    'Nia wrote to the housing association, which refused the repair twice before the inspector came.'
  ])
})

describe('a relative clause or a name in commas between someone else and the action leaves the action theirs', () => {
  flags([
    ['The GP that Dev refused to see rang again this morning.', 'compliance-control'],
    ['Spoke to her mum, who says Kezia refused her meds all weekend.', 'compliance-control'],
    ['Mum, Dee, refused to sign the consent form for the school.', 'compliance-control'],
    ['My client, Luis, refused his meds again at lunch.', 'compliance-control'],
    ['The nurse who did the round says he refused the second dose.', 'compliance-control'],
    ['Pt, who was seen by the team this morning, refused breakfast.', 'compliance-control'],
    ['Tyrone, who moved in last week, refused his meds.', 'compliance-control']
  ])
  quiet([
    'The church that hosts us refused to let us use the kitchen this month because of repairs.',
    'The hospital, which discharged him on Friday, refused the readmission on Sunday.',
    'The manager who runs the hostel refused to let the outreach van park out front.',
    'The pharmacy that fills her scripts denied ever getting the fax from the clinic.',
    'The VHT, Mama Harriet, told him to come to the health centre on Monday for the check.',
    'Her support coordinator, Priya, insisted on a review before the plan is renewed.'
  ])
})

describe('a role in commas after a name says who acts', () => {
  flags([
    // The role is the person's own standing, or a role in commas is not there at all.
    ['Aroha, the youngest, refused to go to school on Monday.', 'compliance-control'],
    ['After talking to the tutor, insisted she was fine to sit the exam.', 'credibility-doubt'],
    ['Lily insisted she was fine to sit the exam.', 'credibility-doubt']
  ])
  quiet([
    'Ms Walker, the dean, insisted that Lily sit the exam in a separate room.',
    'Mr Hughes, her tutor, insisted she take an extension rather than resit.',
    'Hemi, his probation officer, told him to stay home on the night of the match.'
  ])
})

describe('people in other roles act for themselves', () => {
  flags([
    ["Lily's tutor at Coleg Menai says she refused to hand in the essay.", 'compliance-control'],
    ['Dean refused his meds again at tea time.', 'compliance-control'],
    ['The club manager said Dom refused to leave at closing and shouted at the door staff.', 'compliance-control']
  ])
  quiet([
    "Lily's tutor at Coleg Menai insisted she resit the module in August.",
    'The dentist refused to see him without a referral from the GP.',
    'Her ex-husband claims she is not fit to have the kids overnight.',
    'The head of year insisted on a meeting with Tane and his nan.',
    'The Workers Club refused to give us the back room for free this time.',
    'The ferry from Coll was cancelled and CalMac refused boarding to foot passengers.'
  ])
})

describe('a quoted item on a list is its wording, not a doubt', () => {
  flags([['She says her week was "fine" but she has not slept since Friday.', 'credibility-doubt']])
  quiet([
    'WRAP class week 3: everyone worked on their daily maintenance list. Vanessa\'s first item was "walk Pepper."',
    'The top item on his list is "call Nana on Sundays," so we set a reminder on his phone.'
  ])
})

describe('a quote after the person chooses their words is theirs, not a doubt', () => {
  flags([
    ['He prefers the evening group and says he\'s "fine" with the new worker.', 'credibility-doubt'],
    ['Senthil says the voices are "quieter" this week.', 'credibility-doubt']
  ])
  quiet([
    'Senthil has been given a diagnosis of schizophrenia and prefers to talk about "the hard times" instead.',
    'In the Hearing Voices group, Senthil introduced himself as "a voice hearer" and asked us to use those words.',
    // A colon after the naming still leaves the naming among the words before the quote.
    'She\'d rather I call it what it is for her: "the big feelings".'
  ])
})

describe('an office named by its own name is someone else', () => {
  flags([['Marisol denied the charges and refused to sign the form.', 'credibility-doubt']])
  quiet([
    'Housing Solutions denied the priority banding, so we drafted the appeal together.',
    'Housing NT denied the priority application, and Cyril wants to appeal it.',
    "Student Finance England refused the Disabled Students' Allowance at first, then approved it.",
    'Catholic Charities Services refused the voucher because the lease was not signed yet.',
    'Riverside Partners Inc insisted on a second reference before the viewing.',
    "Patrice's daycare insisted on a two-week deposit she won't have until her first check.",
    'The shower is leaking again and maintenance refused to come out until Monday.',
    "Steve's classmate claims the professor grades on a curve, so we'll check the syllabus."
  ])
})

describe('the writer describing themselves chooses their own words', () => {
  flags([
    ['He is a recovering addict and has been coming to group for a year.', 'substance-use-stigma'],
    ['She told me Ray was an alcoholic for twenty years.', 'substance-use-stigma'],
    ['Ivan is a schizophrenic who lives on the second floor.', 'diagnostic-label'],
    // The perfect about someone else is no self-description.
    ['Marcus has been clean since 2016 and wants to be a sponsor.', 'substance-use-stigma'],
    ["She's been clean for eight months, she said.", 'substance-use-stigma'],
    ['Dane has been suicidal on and off since the funeral.', 'risk-assessment'],
    // Naming someone else, or their date, is the note's label.
    ['I called him a junkie once and I regret it.', 'substance-use-stigma'],
    ['His clean date is in October and he wants a cake.', 'substance-use-stigma']
  ])
  quiet([
    // Naming themselves, or their own date, is the writer's to choose.
    "I told Ricky that back when I was using I'd have called myself a junkie.",
    'My own clean date is in October. I told Jake that when he asked if anyone here had been through it.',
    // Risk words too: the writer's own past is theirs to tell.
    "I've been suicidal myself, a long time ago, and I told Dane that when he asked.",
    'I was suicidal at nineteen, and I said so in group when Petra asked if anyone gets it.',
    "I shared at group that I'm a recovering addict myself, and Amber said that gave her some hope.",
    // "I've been", "I have been": the perfect tells it too.
    "I've been clean and sober since 2016, and I told Marcel that when he asked how I know the rules.",
    'I have been clean since 2016, which I shared with the group.',
    'I was a heavy drinker myself before 2012, and the men asked how I stopped.',
    "I told him I'm an alcoholic too and that the first month was the hardest."
  ])
})

describe('a frame that opens the sentence frames the clause after its comma', () => {
  flags([
    ['Sunita is on level 1 observations after last night.', 'risk-assessment'],
    ['He was noncompliant, in the language of the team.', 'compliance-control']
  ])
  quiet([
    'In the language of the team, Sunita is on level 1 observations; for her it means a nurse checks in every hour.',
    "In the team's words, he was noncompliant with the depot, and he says the needle frightens him."
  ])
})

describe('after a verb of telling or feeling, the next name is the subject, not a noun before it', () => {
  flags([['Staff on Maple feel Nasreen is splitting the team, telling nights one thing and days another.', 'motive-attribution']])
  quiet(['Her caseworker at the housing office refused the form twice.'])
})

describe('calls are the person\'s own doing, and what a letter calls something is its word', () => {
  flags([['Sierra rings most days, and the team thinks the back pain calls are drug-seeking.', 'motive-attribution']])
  quiet([
    'What the ward calls non-engagement, Ryan describes as not wanting to tell his story to a fourth new doctor.',
    'What the clinic letter calls non-attendance, he calls not being able to face two buses.'
  ])
})

describe('"kept saying" tells the person\'s own account, as "said" does', () => {
  flags([
    ['Staff kept saying he needs to calm down before he can have his phone.', 'directive-language'],
    ['Kept saying he needs to go home; redirected to his room.', 'compliance-control']
  ])
  quiet([
    'He walked the hallway the whole time and kept saying he needs to get home to feed his dog.',
    'Maria was saying she needs to call her sister about the kids.'
  ])
})

describe('a place or person that was called or visited is not who acts', () => {
  flags([
    ['Bilal called the PICU insisting he had been promised a follow-up visit.', 'credibility-doubt'],
    ['She rang her landlord claiming the boiler was fixed.', 'credibility-doubt'],
    ['Visited the shelter and refused to go in.', 'compliance-control'],
    // A place that was left is not who left: words naming it may come between ("the Horizon site clinic").
    ['Jake left withdrawal management AMA on day two and hitched back to town.', 'compliance-control'],
    ['Left the Horizon site clinic AMA before the doctor saw him.', 'compliance-control'],
    // …and so may where the place is.
    ['Jake left withdrawal management in Grand Junction AMA on day two.', 'compliance-control'],
    // Whoever was told or given something is not who acts either.
    ['Dennis told the job centre a sob story about his back.', 'credibility-doubt'],
    ['Gave the nurse a guilt trip about her leave being cancelled.', 'motive-attribution']
  ])
  quiet([
    // "told him the office …": who was told came first, so the office opens a clause of its own.
    "The benefits counselor told him the disability office denies most first applications, so he shouldn't take it personally.",
    'We called the council and the council refused the repair.',
    'Called the pharmacy; the pharmacist refused the early refill.',
    'The landlord refused to fix the boiler.',
    // A clause of its own after the place keeps its own subject.
    'We rang about the site clinic and the site clinic refused to see him before Monday.'
  ])
})

describe('a possessive written with a bare apostrophe ("Marites\' husband") names someone else', () => {
  flags([['Husband refused to come to the family meeting.', 'compliance-control']])
  quiet([
    "Marites' husband refused to join the call, so she and I talked about what she wants to tell her kids.",
    "Thomas' mum insisted we stay for tea."
  ])
})

describe('scare quotes: an open frame with a possessive ("in the team\'s language") cites the term', () => {
  flags([
    ['Marisol says she is "fine" with the new plan.', 'credibility-doubt'],
    ['Rodney says he is "in compliance" with probation now.', 'credibility-doubt']
  ])
  quiet([
    'In the team\'s language Marisol is "non-compliant"; in group she is the one who makes the coffee.',
    'In the team\'s words, Rob is "treatment resistant", but he has tried nine things.',
    // The frame opens the sentence, several words before the quote.
    'In the team\'s language it\'s a "psychoeducation group"; the members voted to call it Tuesday Talk.',
    'In the court\'s language Rodney is "in compliance" with probation; in his words he is showing up for himself.',
    'In the language of the ADU team this is a "lapse," but Nandawula calls it a bad week.',
    // What the person prefers to call it is their word.
    'Dale asked that we stop calling his experiences symptoms. He prefers "rough patches," and I changed my notes.'
  ])
})

describe('a child or teenager is family for labels, a toddler or baby a thing', () => {
  flags([
    ["Marie's teenager is acting out at school because of the chaos at home.", 'motive-attribution'],
    ['Foster mother believes the child is manipulating the caseworker to get moved.', 'motive-attribution']
  ])
  quiet([
    "Keira's toddler was being difficult at the park and wouldn't leave the swings, and we both laughed.",
    'Her kids refused to leave the park, so we walked back the long way.'
  ])
})

describe('a friend or someone the person lives with is family for labels', () => {
  flags([
    ["Bo's roommate is also a junkie and keeps using in the apartment.", 'substance-use-stigma'],
    ['Her flatmate is a drunk and the flat is never quiet.', 'substance-use-stigma']
  ])
  quiet(['Her roommate insisted on paying for the pizza.', 'His neighbor refused to turn the music down, so we called the housing officer together.'])
})

describe('scare quotes: a word someone wants written on a form is naming, not doubt', () => {
  flags([['He says his occupation is "farming" these days.', 'credibility-doubt']])
  quiet(['He wanted his occupation written as "farmer" on the card, so that is what we put.', 'She asked for her name to be listed as "Jo" on the rota.'])
})

describe('scare quotes: a call is a phone call after "the", and a quote that plays down is doubted', () => {
  flags([
    ['Paul\'s account of the call has "evolved" since the first interview.', 'credibility-doubt'],
    ['Walt says he only drinks "a little" on weekends.', 'credibility-doubt']
  ])
  quiet(['She calls it her "cave" and likes that we meet there.', 'Walt said the pub quiz was "a laugh" and he wants to go again.'])
})

describe('a nursing title before a name, and an evidential adverb inside someone\'s telling', () => {
  flags([
    ['Nomvula told the group she has been sober for a year, allegedly.', 'credibility-doubt'],
    ['Sipho said he was at his aunt\'s all weekend, supposedly.', 'credibility-doubt']
  ])
  quiet([
    'Sister Daniels insisted on weighing everyone before they saw the doctor, which added another hour.',
    'Matron Okafor refused the visit because of the norovirus, so Thandi rang her daughter instead.'
  ])
})

describe('a name someone else called the person, inside their own telling of it', () => {
  flags([
    ['Staff called him a junkie in front of the other guests.', 'substance-use-stigma'],
    ['Staff said they called him a junkie.', 'substance-use-stigma'],
    ['The other lads call him a crackhead and he is one, to be fair.', 'substance-use-stigma']
  ])
  quiet([
    'Dwayne said the shelter staff called him a crackhead in front of everyone, so we got the complaint form.',
    'Ash shared that someone at the chemist had called her an addict, and the group talked about how that sticks.',
    'Brad said the other guys on Gottingen call him a meth head, and he would rather be called Brad.'
  ])
})

describe('an evidential tagged on at the end of a clause ("…, according to her.")', () => {
  flags([
    ['Jo has been sober since March, according to her.', 'credibility-doubt'],
    ['Colleen has 90 days, per her, and got her chip on Tuesday.', 'credibility-doubt'],
    ["Dan says his dad threw him out, but that's his version.", 'credibility-doubt']
  ])
  quiet(['According to her GP, the new dose starts on Monday.', 'We filled in the form per her wishes and posted it together.'])
})

describe('what a parent or partner "calls it" is their frame, and a text sent back is their words', () => {
  flags([
    ['Staff called it a suicidal gesture.', 'risk-assessment'],
    ['She says she is "fine" and just tired.', 'credibility-doubt']
  ])
  quiet([
    'Femi has been given a diagnosis of schizophrenia. His mother calls it a spiritual attack.',
    "Chloe's mom calls it being lazy; Chloe says she's been too tired to get out of bed.",
    'I asked if Friday still worked and she texted back "deffo x".',
    'The bank app kept showing "invalid user" when Ebere tried to log in, so we rang them together.'
  ])
})

describe('a `*` in a form never stands for a reflexive ("myself", "herself")', () => {
  flags([
    ['I reminded Jo that the office shuts at four.', 'directive-language'],
    ['Advised Chidi to take his meds on time.', 'directive-language']
  ])
  quiet(['I reminded myself that two weeks can feel like forever in here, and asked him about Sunday.', 'She told herself to keep going and finished the walk.'])
})

describe('"St." and "Mt." keep their period, so a place name does not end the phrase before it', () => {
  flags([['She denied it when we met at St. Mary\'s.', 'credibility-doubt']])
  quiet(["The pharmacy at St. Mary's denied the refill, so we called Medicaid together."])
})

describe('a deputy or duty counsel who "said" something tells the service\'s account, not the person\'s own', () => {
  flags([
    ['Deputy said Travis refused his evening meds twice this week.', 'compliance-control'],
    ['Deputies said he lost his commissary privileges after the fight.', 'compliance-control']
  ])
  quiet([
    "Legal Aid's duty counsel insisted Harvey plead not guilty and come back with his own lawyer.",
    'The casualty CMO refused admission because there were no beds, so we went on to the next hospital.'
  ])
})

describe('a Māori elder named with their title is someone else, and so is a tradesperson named by trade', () => {
  flags([
    ['Hemi insisted he was fine and walked off.', 'credibility-doubt'],
    ['The young guy insisted he had taken his meds.', 'credibility-doubt']
  ])
  quiet([
    "Kaumātua Hemi insisted we start with a mihi for Awhina's nan.",
    'The pest control guy insisted the whole floor be bagged up by Thursday, so I helped Gord sort his things.'
  ])
})

describe('a phrase quoted after the charting present ("says", "reports") holds the words at arm\'s length', () => {
  flags([
    ['Devon says he "doesn\'t feel safe" in the building.', 'credibility-doubt'],
    ['Reports she is "between places" right now.', 'credibility-doubt']
  ])
  quiet(['Lena said mornings are "a disaster" for her.', 'Marcus told me the new flat is "a proper home" now.'])
})

describe('a longer quote that opens by playing down or denying is doubted when held at arm\'s length or set against', () => {
  flags([
    ['Dwayne says he\'s "only using on weekends" now.', 'credibility-doubt'],
    ['Marcus says he was "just going for a walk" on the bridge.', 'credibility-doubt'],
    ['Trina said in group she "hasn\'t touched a drink" since Christmas, which nobody in the room bought.', 'credibility-doubt'],
    // A single word played down and told in the past is doubted by a plain "but" after it.
    ['Javi said he\'s "fine" and wants to go home, but he hasn\'t slept since Saturday.', 'credibility-doubt']
  ])
  quiet([
    'He said he is "just taking it one day at a time" and we laughed about the old days.',
    'Terry said he knows staff think he\'s "just saying the words", and asked what would show them otherwise.',
    'Imran says the ward "isn\'t home and never will be".',
    'Maria said she\'s "not going anywhere," but she needs him to start sleeping in the bedroom again.'
  ])
})

describe('a name shaped like "LaToya" or "DeShawn" is a person, not an agency\'s acronym', () => {
  flags([
    ['LaToya failed to attend the last two home visits.', 'compliance-control'],
    ['DeShawn refused his meds again tonight.', 'compliance-control']
  ])
  quiet(['HRA claims the documents were scanned last week.', 'DoH refused the grant, so the group is looking for other money.'])
})

describe('scare quotes: a question asked aloud is speech, and a clause opening after the quote is no speaker', () => {
  flags([['Lease signing today. Brooke "can\'t remember" where she put the bond paperwork.', 'credibility-doubt']])
  quiet([
    '"Ow bist?" got a laugh out of Terry, and we had a cuppa in the garden.',
    'The team\'s word for what Crystal does on bad weekends is "splitting"; what I saw today was her calling two people she trusts.'
  ])
})

describe('a religious brother named by title is someone else', () => {
  flags([['Francis refused the bed and walked out.', 'compliance-control']])
  quiet(["Brother Francis refused the bed because Therese's ID had expired, so we went to the DMV together."])
})

describe('scare quotes: a speech verb just after the quote must be a whole word', () => {
  flags([['He is "fine", with plenty left unsaid.', 'credibility-doubt']])
  quiet(['"Knackered," she said, and put the kettle on.', 'He is "fine", he says.'])
})

describe('"whatever that means" after a quote shrugs the words off; it does not ask what they mean', () => {
  flags([['Ricky says he is "cutting back," whatever that means this week.', 'credibility-doubt']])
  quiet(['She asked what "decompensating" means, so we looked it up together.'])
})

describe('"the team\'s word for what happened is" names the team\'s term, an open frame', () => {
  flags([['Kealii is decompensating since his dog died.', 'clinical-jargon']])
  quiet(["The team's word for what happened is decompensation; Kealii says he stopped sleeping after his dog died."])
})

describe('a government department or a charity named in full is someone else', () => {
  flags([['Tina refused the damage deposit form and left.', 'compliance-control']])
  quiet([
    'Social Services refused the damage deposit at first, but Tina and I appealed and it came through.',
    'The Procurator Fiscal insisted the case go ahead, so I went with Callum to meet his solicitor.',
    'Kāinga Ora insisted the forms be signed in person, so Moana and I drove in together.'
  ])
})

describe('a state housing office, a crisis café or a village health team named in full is someone else', () => {
  flags([
    ['Gemma refused the priority application form and left.', 'compliance-control'],
    ['Kigozi was told to sit near the door; he refused.', 'compliance-control']
  ])
  quiet([
    "Housing Connect refused Gemma's priority application; we've asked for the reasons in writing.",
    'Liverpool Light refused any more walk-ins because they were full, so we walked round to the Life Rooms.',
    'Maryland Health Connection insisted the income on file was from 2022, so we uploaded her new pay stubs.',
    'The ssenga told him to sit near her during the meeting, and Kigozi did, holding her hand.',
    'The boda man waited two hours without charging extra and refused the tip I offered him.'
  ])
})

describe('one word of how they are, quoted, doubts them whatever the tense; a coined word does not', () => {
  flags([
    ['Logan said he was "fine" and hung up after two minutes.', 'credibility-doubt'],
    ['She says she is "fine".', 'credibility-doubt']
  ])
  quiet(['Sam said he\'s been "okay-ish" and that the weekend at his mum\'s was hard.', 'Mia said the new job was "fine" for now, and she likes the early finish.'])
})

describe('a played-down account inside the marks is doubted by them, not hidden as the team\'s word', () => {
  flags([['Stacy says she "only had a couple beers," but her blood alcohol was .21 at the ED.', 'credibility-doubt']])
  quiet(['Stacy said, "I only had a couple of beers," and we talked about the walk home.', 'His chart says he is "noncompliant"; Andre says he stopped because of the shakes.'])
})

describe('an energy company, a benefits gateway or the manager at a block of flats is someone else', () => {
  flags([
    ['Kayleigh insisted on a meter reading before she would talk about the debt.', 'credibility-doubt'],
    ['Told him to take down the extension cords before the inspection.', 'directive-language']
  ])
  quiet([
    'British Gas insisted on a meter reading before they would look at the debt, so Kayleigh and I did it together on speaker.',
    "Georgia Gateway denied the renewal because the form went to her old address, so we're appealing.",
    'The manager at the Mulberry St apartments told him to take down the extension cords for fire code, so Dwayne and I bought a power strip.'
  ])
})

describe('a French or Spanish body named with "de" is someone else; a surname with "de" is still the person', () => {
  flags([['Maria de Souza refused her meds again.', 'compliance-control']])
  quiet(["The Université de Moncton refused Pierre's late withdrawal at first, but the accessibility office wrote a letter."])
})

describe('using a crisis line to get through the night is coping, not working the service', () => {
  flags([['He uses the crisis line to get a free taxi to the pub.', 'motive-attribution']])
  quiet(['She uses the crisis line to get through the night when the voices are loud.', 'He uses the warmline to get some sleep after his shift.'])
})

describe('someone named by their job at a place, or a housing body named in full, is someone else', () => {
  flags([
    ['Told him to ask about union wages up front before the interview.', 'directive-language'],
    ['Leanne refused the downstairs bathroom again.', 'compliance-control']
  ])
  quiet([
    'The job coach at DEED told him to ask about union wages up front, and Ray wrote it on his hand.',
    'Berneslai Homes refused the request for a downstairs bathroom again, so Leanne and I wrote the appeal together.'
  ])
})

describe('"anyone who" after "told the group that" is a rule that includes the person, not someone else acting', () => {
  flags([
    ['Told the group that anyone who fails to attend three sessions in a row will lose their place.', 'compliance-control'],
    ['Told the group anyone who refuses a search will be asked to leave.', 'compliance-control']
  ])
  quiet([
    'The church that hosts us refused the booking for the Christmas lunch, so we moved it to the library.',
    'Told the group that the clinic, which refused the referral, has a new intake worker now.'
  ])
})

describe('a label owned by "his" or "her" is on the person, whoever the sentence is about', () => {
  flags([
    ['Sentencing adjourned for Jordan. The judge wants a report on his drug habit first.', 'substance-use-stigma'],
    ['The landlord knows about her drug habit.', 'substance-use-stigma']
  ])
  quiet([
    'Her sister told me the judge asked for a report on her drug habit, and Kim wants me at the hearing.',
    'Jordan said the judge wants a report on his drug habit before sentencing, and he felt ashamed hearing it.'
  ])
})

describe('"coping", "managing" and "doing good" in marks play down how someone is, as "fine" does', () => {
  flags([
    ['Hinemoa told her mum she\'s "coping", but the kids\' lunches weren\'t made again.', 'credibility-doubt'],
    ['Hattie said she is "doing good" but her voice was low and she hung up quick.', 'credibility-doubt']
  ])
  quiet([
    'Hattie said she is "doing good" and showed me the garden she planted.',
    'Hinemoa said the new roster is "good" for her and she wants to keep it.'
  ])
})

describe('a programme\'s capitalised name does not hide the preposition before a place', () => {
  flags([
    ['Jim turned up to the Work Ready course still half-cut.', 'substance-use-stigma'],
    ['Aroha went along to the Work Ready Youth group and refused to take part.', 'compliance-control']
  ])
  quiet([
    'The man at the Salvation Army Family Store claims the receipt was lost.',
    'The tutor at the Work Ready course refused the late enrolment.',
    'The GP says the letter went on Monday but the practice has no record of it.'
  ])
})

describe('drunk slang with a time after it ("off his chops by 11am") is still slang', () => {
  flags([
    ['Craig was off his chops by 11am, so we rescheduled.', 'substance-use-stigma'],
    ['Rang Reece, off his face by the sound of it.', 'substance-use-stigma']
  ])
  quiet([
    'That wiped the smile off his face by the end of the game.',
    'She took the mask off her face by the window and breathed.'
  ])
})

describe('"grand" in marks plays down how someone is, as "fine" does', () => {
  flags([['Breda says she\'s "grand" but the curtains were shut at noon again.', 'credibility-doubt']])
  quiet(['Breda said, "I\'m grand, honestly," and put the kettle on.', 'Breda is off to the grand final on Saturday with her nephew.'])
})

describe('a kokum or mushum named bare is the person; with "his" or "her" they are family', () => {
  flags([['Kokum alleges the boarding home did not feed him for two days.', 'credibility-doubt']])
  quiet(["Gordie's kokum told him to come home for the wild rice harvest, and he's going on Saturday."])
})

describe('a horse, a skipper or a phone company is someone else', () => {
  flags([['Deb was agitated by the wind and kicking at the door.', 'clinical-jargon']])
  quiet([
    "Deb's mare was agitated by the wind, so we talked by the corral until she settled.",
    "Sione's skipper insists everyone wears a life jacket on deck.",
    "Telstra denied Ange's hardship request, so we're ringing the ombudsman together."
  ])
})

describe('scare quotes: quotes in one list share what introduces the first', () => {
  flags([['She says she is "fine" and "coping", though she has not slept since Friday.', 'credibility-doubt']])
  quiet([
    'Pauline has her own words for her mood, "up in the attic" and "down the cellar", and I use them back to her.',
    'In her words it was "a wobble" or "a bad patch", nothing more.'
  ])
})
