/** Exit codes of db:backup and db:restore: 1 = failed, 2 = refused on purpose (nothing was changed). */
export const EXIT_FAILED = 1;
export const EXIT_REFUSED = 2;

/** An expected failure with a message written for the operator; the scripts print it without a stack. */
export class BackupError extends Error {
  override name = "BackupError";
  constructor(
    message: string,
    readonly exitCode: typeof EXIT_FAILED | typeof EXIT_REFUSED = EXIT_FAILED,
  ) {
    super(message);
  }
}
