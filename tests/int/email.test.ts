import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailAdapter } from '@/email/adapter'
import { parseServerEnv } from '@/env'

import { testPayload, uniqueSuffix } from '../helpers/payload'
import { startResendCapture, type ResendCapture } from '../../scripts/lib/resendCapture'

const baseEnv = {
  DATABASE_URL: 'postgres://unused@127.0.0.1:9/unused',
  PAYLOAD_SECRET: 'y'.repeat(40),
  EMAIL_FROM_ADDRESS: 'portal@example.org',
  EMAIL_FROM_NAME: 'Safety Portal',
}

let capture: ResendCapture
let payload: Payload

beforeAll(async () => {
  capture = await startResendCapture()
  payload = await testPayload()
})
afterAll(async () => {
  await capture.close()
})

describe('email through the real Resend SDK', () => {
  it('sends with the configured sender, recipients, subject and body', async () => {
    const env = parseServerEnv({ ...baseEnv, RESEND_API_KEY: 're_test_int', RESEND_BASE_URL: capture.url })
    const adapter = emailAdapter(env)({ payload })
    expect(adapter.name).toBe('resend')
    const sent = await adapter.sendEmail({ to: 'officer@example.org', subject: 'Hello', html: '<p>Hi</p>', text: 'Hi' })
    expect(sent.via).toBe('resend')
    const email = capture.emails().find((candidate) => candidate.id === sent.id)
    expect(email).toMatchObject({
      from: 'Safety Portal <portal@example.org>',
      to: ['officer@example.org'],
      subject: 'Hello',
      html: '<p>Hi</p>',
      text: 'Hi',
    })
  })

  it('passes an Idempotency-Key through, so a repeated send is not delivered twice', async () => {
    const env = parseServerEnv({ ...baseEnv, RESEND_API_KEY: 're_test_int', RESEND_BASE_URL: capture.url })
    const adapter = emailAdapter(env)({ payload })
    const key = `reminder-${uniqueSuffix()}`
    const message = { to: 'editor@example.org', subject: 'Weekly', text: 'x', headers: { 'Idempotency-Key': key } }
    const first = await adapter.sendEmail(message)
    const second = await adapter.sendEmail(message)
    expect(second.id).toBe(first.id)
    expect(capture.emails().filter((email) => email.idempotencyKey === key)).toHaveLength(1)
  })

  it('turns a refusal by Resend into an error that names the recipient', async () => {
    const env = parseServerEnv({ ...baseEnv, RESEND_API_KEY: 're_test_int', RESEND_BASE_URL: capture.url })
    const adapter = emailAdapter(env)({ payload })
    await expect(adapter.sendEmail({ to: 'someone@example.org', subject: '', text: 'no subject' })).rejects.toThrow(
      /Resend refused the email to someone@example.org/,
    )
  })
})

describe('email without RESEND_API_KEY', () => {
  it('is kept in the outbox, readable by platform admins only', async () => {
    const adapter = emailAdapter(parseServerEnv(baseEnv))({ payload })
    expect(adapter.name).toBe('outbox')
    const subject = `Outbox ${uniqueSuffix()}`
    const sent = await adapter.sendEmail({ to: 'a@example.org', subject, text: 'kept' })
    expect(sent.via).toBe('outbox')

    const stored = await payload.findByID({ collection: 'email-outbox', id: sent.id, overrideAccess: true })
    expect(stored).toMatchObject({ to: 'a@example.org', subject, text: 'kept' })

    await expect(payload.find({ collection: 'email-outbox', overrideAccess: false })).rejects.toThrow(/not allowed/)
    await expect(
      payload.create({ collection: 'email-outbox', overrideAccess: false, data: { to: 'x@example.org', from: 'y@example.org', subject: 's' } }),
    ).rejects.toThrow(/not allowed/)
  })
})

describe('forgot password', () => {
  it('emails a reset link built from the configured server URL, and the token sets a new password', async () => {
    const email = `reset-${uniqueSuffix()}@example.org`
    await payload.create({ collection: 'users', data: { email, password: 'old-password-123456' }, overrideAccess: true })

    await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: false })
    const outbox = await payload.find({
      collection: 'email-outbox',
      where: { to: { equals: email } },
      overrideAccess: true,
    })
    const message = outbox.docs[0]
    expect(message?.subject).toBe('Reset your Councillor Safety Portal password')
    const serverUrl = process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000'
    const link = message?.html?.match(/href="([^"]+)"/)?.[1] ?? ''
    expect(link.startsWith(`${serverUrl}/admin/reset/`)).toBe(true)

    const token = decodeURIComponent(link.split('/admin/reset/')[1] ?? '')
    await payload.resetPassword({ collection: 'users', data: { token, password: 'new-password-654321' }, overrideAccess: true })
    const login = await payload.login({ collection: 'users', data: { email, password: 'new-password-654321' } })
    expect(login.user?.email).toBe(email)
    await expect(payload.login({ collection: 'users', data: { email, password: 'old-password-123456' } })).rejects.toThrow()
  })
})
