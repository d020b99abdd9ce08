import { createServer } from 'node:net'

const LOOPBACK = '127.0.0.1'

/** Resolves to the bound port, or null when the port cannot be bound. */
function tryBind(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer()
    server.unref()
    server.once('error', () => resolve(null))
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => {
      const address = server.address()
      const bound = typeof address === 'object' && address !== null ? address.port : null
      server.close(() => resolve(bound))
    })
  })
}

function isUsablePort(port: number | undefined): port is number {
  return port !== undefined && Number.isInteger(port) && port > 0 && port < 65536
}

/**
 * Finds a TCP port that can be bound on 127.0.0.1 right now: `preferred` when it is
 * free and not in `avoid`, otherwise one chosen by the kernel. Callers must still
 * handle losing the race to another process between this check and their own bind.
 */
export async function findFreePort(preferred?: number, avoid: number[] = []): Promise<number> {
  const avoided = new Set(avoid)
  if (isUsablePort(preferred) && !avoided.has(preferred)) {
    const bound = await tryBind(preferred)
    if (bound !== null) return bound
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    const bound = await tryBind(0)
    if (bound !== null && !avoided.has(bound)) return bound
  }
  throw new Error(`Could not find a free TCP port on ${LOOPBACK} after 20 attempts.`)
}
