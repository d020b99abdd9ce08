import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type { ReactNode } from 'react'

import { AdminUnavailable } from '@/components/AdminUnavailable'
import { databaseIsUp } from '@/data/payload'

import { importMap } from './admin/importMap.js'
import './custom.css'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({ ...args, config, importMap })
}

export default async function PayloadLayout({ children }: { children: ReactNode }) {
  // Payload's layout reads the session (and so the database) first: with PostgreSQL down it
  // would fail into an error screen. Say plainly what is wrong instead.
  if (!(await databaseIsUp())) return <AdminUnavailable document />
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
