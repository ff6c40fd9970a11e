// Warms the English parser up on small notes before the first real text, so that V8 never decides to
// allocate parse trees straight in the old generation.
//
// parse-latin builds every word from one nested object literal, and V8 keeps allocation feedback for
// such a literal (allocation-site pretenuring) only while the code runs unoptimised. If a young-generation
// collection lands while the first large stretch of a long file is being parsed by that unoptimised
// code, nearly every node it has tracked is still in the tree being built; V8 then marks the literal
// "tenure", and from then on every node of every tree goes to the old generation, where it is garbage
// at once. Measured with bench/speed-child.mjs on a 10 MB file: 3 of 12 runs (and 2 of 4, 4 of 6 in
// earlier sessions) peaked at about 560 MB instead of about 257 MB and ran about a third slower. With
// the parser first run on 64 small notes, whose trees are dropped as soon as they are built, it was
// optimised before the long text began: 42 of 42 runs stayed at 255-260 MB. The cost is one-off, about
// 20 ms, and the library cannot set V8 flags for its callers (`peerlint scan`, which owns its process,
// turns pretenuring off as well: see src/scan/heap.ts).

/** An open note of ordinary length: words, quotes, numbers, a semicolon, as notes hold them. */
const sampleNote =
  'Met Dana at the drop-in on Tuesday at 2:30. She said the new room is quiet, and she wants to go back to college in the spring; ' +
  "we looked at bus times together. 'I'm doing fine,' she told me, and laughed about the rain.\n\nShe'd like to meet again next week."

const primingParses = 64

let primed = false

/** Parses `primingParses` small notes with `parse`, once per process (later calls do nothing). */
export function primeParser(parse: (text: string) => unknown): void {
  if (primed) return
  primed = true
  for (let count = 0; count < primingParses; count++) parse(sampleNote)
}
