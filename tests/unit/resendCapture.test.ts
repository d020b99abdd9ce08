import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Resend, type CreateEmailOptions } from 'resend'

import { startResendCapture, type ResendCapture } from '../../scripts/lib/resendCapture'

/** The SDK reads RESEND_BASE_URL in its constructor, so each client is built after the env is set. */
function resendClient(capture: ResendCapture): Resend {
  process.env.RESEND_BASE_URL = capture.url
  return new Resend('re_test_capture')
}

describe('Resend capture server, driven by the real resend SDK', () => {
  let capture: ResendCapture
  let resend: Resend
  const previousBaseUrl = process.env.RESEND_BASE_URL

  beforeAll(async () => {
    capture = await startResendCapture()
    resend = resendClient(capture)
  })

  afterAll(async () => {
    await capture.close()
    if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL
    else process.env.RESEND_BASE_URL = previousBaseUrl
  })

  beforeEach(() => capture.clear())

  it('captures an email with the fields the SDK sent', async () => {
    const { data, error } = await resend.emails.send({
      from: 'Portal <no-reply@portal.example.test>',
      to: 'councillor@example.test',
      cc: ['clerk@example.test'],
      replyTo: 'help@example.test',
      subject: 'Reset your password',
      html: '<p>Follow the link</p>',
      text: 'Follow the link',
      headers: { 'X-Entity-Ref-ID': 'ref-1' },
      tags: [{ name: 'category', value: 'password_reset' }],
    })

    expect(error).toBeNull()
    expect(data?.id).toMatch(/^[0-9a-f-]{36}$/)
    const [email] = capture.emails()
    expect(capture.emails()).toHaveLength(1)
    expect(email).toMatchObject({
      id: data?.id,
      from: 'Portal <no-reply@portal.example.test>',
      to: ['councillor@example.test'],
      cc: ['clerk@example.test'],
      replyTo: ['help@example.test'],
      subject: 'Reset your password',
      html: '<p>Follow the link</p>',
      text: 'Follow the link',
      headers: { 'X-Entity-Ref-ID': 'ref-1' },
      tags: [{ name: 'category', value: 'password_reset' }],
      batch: false,
    })
    expect(email?.userAgent).toMatch(/^resend-node:/)
    expect(Date.parse(email?.receivedAt ?? '')).not.toBeNaN()
  })

  it('answers a missing `to` with a 422 error object, as Resend does', async () => {
    const withoutRecipient = {
      from: 'no-reply@portal.example.test',
      subject: 'No recipient',
      text: 'Nobody will read this',
    } as unknown as CreateEmailOptions

    const { data, error } = await resend.emails.send(withoutRecipient)

    expect(data).toBeNull()
    expect(error).toMatchObject({ statusCode: 422, name: 'missing_required_field', message: 'Missing `to` field.' })
    expect(capture.emails()).toHaveLength(0)
  })

  it('stores one email when the same idempotency key is sent twice', async () => {
    const email: CreateEmailOptions = {
      from: 'no-reply@portal.example.test',
      to: ['councillor@example.test'],
      subject: 'Welcome',
      text: 'Hello',
    }

    const first = await resend.emails.send(email, { idempotencyKey: 'welcome/user-42' })
    const second = await resend.emails.send(email, { idempotencyKey: 'welcome/user-42' })

    expect(first.error).toBeNull()
    expect(second.data?.id).toBe(first.data?.id)
    expect(capture.emails()).toHaveLength(1)
    expect(capture.emails()[0]?.idempotencyKey).toBe('welcome/user-42')
  })

  it('refuses an idempotency key reused with another payload (409)', async () => {
    const email = { from: 'no-reply@portal.example.test', to: 'a@example.test', subject: 'One', text: 'One' }
    await resend.emails.send(email, { idempotencyKey: 'reused-key' })

    const { error } = await resend.emails.send({ ...email, subject: 'Two' }, { idempotencyKey: 'reused-key' })

    expect(error).toMatchObject({ statusCode: 409, name: 'invalid_idempotent_request' })
    expect(capture.emails().map((captured) => captured.subject)).toEqual(['One'])
  })

  it('answers 401 without an Authorization header', async () => {
    const response = await fetch(`${capture.url}/emails`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: 'a@example.test', to: 'b@example.test', subject: 'Hi', text: 'Hi' }),
    })

    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ statusCode: 401, name: 'missing_api_key' })
    expect(capture.emails()).toHaveLength(0)
  })

  it('captures every email of a batch', async () => {
    const { data, error } = await resend.batch.send([
      { from: 'no-reply@portal.example.test', to: 'one@example.test', subject: 'First', text: '1' },
      { from: 'no-reply@portal.example.test', to: 'two@example.test', subject: 'Second', text: '2' },
    ])

    expect(error).toBeNull()
    expect(data?.data).toHaveLength(2)
    expect(capture.emails().map((email) => [email.subject, email.batch])).toEqual([
      ['First', true],
      ['Second', true],
    ])
  })

  it('lets another process read and clear the captured emails over HTTP', async () => {
    const arrival = capture.waitFor((email) => email.to.includes('later@example.test'), 2_000)
    await resend.emails.send({ from: 'no-reply@portal.example.test', to: 'later@example.test', subject: 'Later', text: 'x' })
    await expect(arrival).resolves.toMatchObject({ subject: 'Later' })

    const listed = (await (await fetch(`${capture.url}/__captured`)).json()) as { subject: string }[]
    expect(listed.map((email) => email.subject)).toEqual(['Later'])

    expect((await fetch(`${capture.url}/__captured`, { method: 'DELETE' })).status).toBe(200)
    expect(capture.emails()).toHaveLength(0)
  })

  it('rejects waitFor with the captured subjects when nothing matches in time', async () => {
    await expect(capture.waitFor((email) => email.subject === 'never', 50)).rejects.toThrow(/No matching email/)
  })
})
