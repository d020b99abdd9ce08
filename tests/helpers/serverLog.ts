/** Reading the server's log in tests: what counts as the server saying something went wrong. */

/** Lines of a server log that say something went wrong on the server. */
export function serverErrorLines(log: string): string[] {
  // Payload's logger (pino-pretty) and Next's own log colour their output even into a file.
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '')
  return plain.split('\n').filter((line) => SERVER_ERROR.test(line))
}

// pino-pretty writes "[12:00:00] ERROR: …" (and FATAL); Next writes "⨯ …" for errors it catches,
// and unhandled rejections as "Error: …"/"TypeError: …" at the start of a line.
const SERVER_ERROR = /(\b(ERROR|FATAL)\b:|⨯|^\s*(Uncaught |Unhandled )?([A-Z][A-Za-z]*)?Error( \[[A-Z_]+\])?:|unhandledRejection|uncaughtException)/
