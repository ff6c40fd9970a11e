/** A problem with what the user asked for: reported as one line on stderr with exit code 2, no stack. */
export class UsageError extends Error {
  override name = 'UsageError'
}
