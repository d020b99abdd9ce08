import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import '../site.css'

export const metadata: Metadata = {
  title: 'Online safety for councillors and candidates',
  description: 'Find your council or party\'s online-safety toolkit.',
}

export default function DirectoryLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
