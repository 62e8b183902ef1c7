// Typed errors that the CLI turns into one line and an exit code (never a stack trace).
export class MedkgError extends Error {
  /** process exit code the CLI uses for this error */
  readonly exitCode: number = 1;
}

/** Input that cannot be read at all: names the file (and line when there is one). */
export class InputError extends MedkgError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
  }
}

/** Neo4j cannot be reached or refused the credentials. */
export class DatabaseUnavailableError extends MedkgError {
  override readonly exitCode = 3;
}

/** A query the user asked for was refused (a write in read-only mode, an unknown question...). */
export class QueryRefusedError extends MedkgError {
  override readonly exitCode = 4;
}

/** Flags or settings that do not validate. */
export class UsageError extends MedkgError {
  override readonly exitCode = 2;
}
