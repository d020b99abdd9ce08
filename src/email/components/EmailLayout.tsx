import { Body, Container, Html, Head, Link, Section, Text } from '@react-email/components'
import type { ReactNode } from 'react'

import { isHexColour, TEXT_ON_PRIMARY } from '@/lib/colour'

/** The portal's own blue, for email that is about no tenant (and a tenant with no colour set). */
export const PORTAL_COLOUR = '#1d4f91'

/** Who an email is from, as its header shows it: a tenant's name and primary colour, or the portal's. */
export type EmailBrand = { name: string; colour?: string | null }

/** Only a #rrggbb colour reaches the email; tenants' primary colours are checked for contrast with white text. */
export function brandColour(brand: EmailBrand): string {
  return brand.colour && isHexColour(brand.colour) ? brand.colour : PORTAL_COLOUR
}

const body = { backgroundColor: '#ffffff', color: '#0b0c0c', fontFamily: 'Arial, Helvetica, sans-serif', fontSize: '16px', lineHeight: '1.5' }

/**
 * Every email's frame: the sender's name in white on its colour, then the content. Text only, no
 * images (many mail clients block them, and a logo would say nothing a name does not).
 */
export function EmailLayout({ lang, brand, children }: { lang: string; brand: EmailBrand; children: ReactNode }) {
  return (
    <Html lang={lang}>
      <Head />
      <Body style={body}>
        <Container style={{ maxWidth: '600px' }}>
          <Section style={{ backgroundColor: brandColour(brand), padding: '12px 24px' }}>
            <Text style={{ color: TEXT_ON_PRIMARY, fontSize: '20px', fontWeight: 'bold', margin: 0 }}>{brand.name}</Text>
          </Section>
          <Section style={{ padding: '0 24px' }}>{children}</Section>
        </Container>
      </Body>
    </Html>
  )
}

/** A paragraph at the body's size (React Email's Text defaults to 14 px, small for reading on a phone). */
export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: '16px', lineHeight: '24px' }}>{children}</Text>
}

/** A link that looks like one: underlined, in the sender's colour (contrast-checked against white). */
export function EmailLink({ href, colour, children }: { href: string; colour?: string | null; children: ReactNode }) {
  return (
    <Link href={href} style={{ color: brandColour({ name: '', colour }), textDecoration: 'underline' }}>
      {children}
    </Link>
  )
}
