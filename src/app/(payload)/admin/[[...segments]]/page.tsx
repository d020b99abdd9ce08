import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'

import { AdminUnavailable, adminUnavailableTitle } from '@/components/AdminUnavailable'
import { databaseIsUp } from '@/data/payload'

import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<Record<string, string | string[]>>
}

export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> =>
  (await databaseIsUp()) ? generatePageMetadata({ config, params, searchParams }) : { title: await adminUnavailableTitle() }

export default async function AdminPage({ params, searchParams }: Args) {
  // The layout persists across the admin's own navigations, so each page asks again.
  if (!(await databaseIsUp())) return <AdminUnavailable document={false} />
  return RootPage({ config, params, searchParams, importMap })
}
