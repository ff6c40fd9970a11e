// Verbs that report what someone said, asked or felt. After one, a quoted phrase is their wording
// (scare-quotes.ts) and a label on their family is their own account of it (context.ts).
export const speechVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling',
  'mentioned', 'mentions', 'explained', 'explains', 'described', 'describes',
  'shared', 'shares', 'talked', 'talks', 'spoke', 'speaks', 'recalled', 'recalls',
  'remembered', 'remembers', 'wrote', 'writes', 'texted', 'disclosed', 'discloses',
  'reported', 'reports', 'stated', 'states', 'opened', 'calls', 'called',
  'joked', 'jokes', 'laughed', 'admitted', 'reckons', 'reckoned', 'feels', 'felt',
  'asked', 'asks', 'asking', 'wondered', 'wonders', 'worried', 'worries'
])
