import { spawn } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

type Log = (line: string) => void

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

async function playwrightChromium(): Promise<string | undefined> {
  const { chromium } = await import('@playwright/test')
  const file = chromium.executablePath()
  return file && isExecutable(file) ? file : undefined
}

function run(command: string, args: string[], log: Log): Promise<void> {
  log(`$ ${command} ${args.join(' ')}`)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`\`${command} ${args.join(' ')}\` exited with code ${code}`)),
    )
  })
}

function canUseApt(): boolean {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0
}

async function installChromium(log: Log): Promise<string> {
  if (canUseApt()) {
    log(`no Chromium found: installing Debian's chromium with apt-get (about 100 MB)`)
    await run('apt-get', ['update'], log)
    await run('apt-get', ['install', '-y', 'chromium'], log)
    if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
    throw new Error(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is not there`)
  }
  log(`no Chromium found: downloading Playwright's Chromium with \`npx playwright install chromium\``)
  await run('npx', ['playwright', 'install', 'chromium'], log)
  const installed = await playwrightChromium()
  if (installed) return installed
  throw new Error('`npx playwright install chromium` finished but its Chromium is still missing')
}

/**
 * The Chromium the e2e tests drive: CHROMIUM_PATH, then Debian's, then Playwright's own
 * download, else one installed now (which is logged, as it changes the machine).
 */
export async function ensureChromium(log: Log = (line) => console.log(`[chromium] ${line}`)): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv
    log(`CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere`)
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  return (await playwrightChromium()) ?? installChromium(log)
}
