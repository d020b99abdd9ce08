import type { CollectionConfig } from 'payload'

import { ownOrHelpedIncidents } from '@/access/incidents'
import { nobody } from '@/access/nobody'
import { evidenceTypes } from '@/lib/evidenceFiles'

import { downloadEvidence } from './endpoints/download'
import { previewEvidence } from './endpoints/preview'
import { uploadEvidence } from './endpoints/upload'
import { openFileName } from './hooks/fileName'
import { rememberStorageKey, removeStoredFile } from './hooks/removeFiles'

/**
 * Evidence (slug `evidence`, a contract): screenshots and PDFs attached to an incident. The file
 * itself is never in the database and never at a public URL: it is encrypted as it streams in
 * (src/storage) and stored under a random name; this row says which incident it belongs to and
 * what was received (SHA-256, size, type sniffed from the content, server time), with the
 * original file name encrypted under the file's own data key. An image also gets a preview (no
 * metadata, encrypted the same way) and a yes/no for whether the original carries GPS location.
 *
 * Access is the incident log's own (src/access/incidents.ts): the owner reads their evidence, in
 * a tenant where they keep a log that is switched on, and the helpers they have named read it and
 * may add to it (src/access/incidentHelpers.ts); nobody else, platform admins included.
 * Rows are written only by the upload endpoint (POST /api/evidence, which checks the incident is
 * the caller's own and writes the row as the server), never changed (an original stays as it
 * was received), and deleted only with their incident, by the server.
 */
export const Evidence: CollectionConfig = {
  slug: 'evidence',
  labels: { singular: 'Evidence', plural: 'Evidence' },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: {
    read: ownOrHelpedIncidents,
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: nobody,
    unlock: nobody,
  },
  endpoints: [uploadEvidence, downloadEvidence, previewEvidence],
  hooks: {
    beforeRead: [openFileName],
    beforeDelete: [rememberStorageKey],
    afterDelete: [removeStoredFile],
  },
  defaultSort: 'uploadedAt',
  fields: [
    { name: 'incident', type: 'relationship', relationTo: 'incidents', required: true, index: true },
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'tenant', type: 'relationship', relationTo: 'tenants', required: true, index: true },
    // As received: the SHA-256 of the original bytes, their count, and the type read from them.
    { name: 'sha256', type: 'text', required: true },
    { name: 'size', type: 'number', required: true },
    { name: 'mimeType', type: 'select', required: true, options: Object.keys(evidenceTypes) },
    // The server's clock when the upload finished.
    { name: 'uploadedAt', type: 'date', required: true },
    // Ciphertext in the column (hooks/fileName.ts); the owner reads the name as uploaded.
    { name: 'fileName', type: 'text' },
    // Where the encrypted file is (a random key in src/storage) and its data key, wrapped by the
    // master key. Hidden: never in an API answer.
    { name: 'storageKey', type: 'text', required: true, hidden: true },
    { name: 'encryptionKey', type: 'text', required: true, hidden: true },
    // Images only: whether the original carries GPS coordinates (EXIF or XMP), read at upload so
    // the bundle page can say which photos show where they were taken. A yes or no, never the
    // place. Empty (null) when not checked: PDFs, and files attached before the check existed.
    { name: 'hasLocation', type: 'checkbox' },
    // The preview (src/collections/Evidence/preview.ts): a WebP at most 1024 px wide with no
    // metadata, stored encrypted like the original under its own random key and data key, shown
    // on the incident page through GET /api/evidence/:id/preview. Empty for PDFs and images that
    // do not decode here (a phone's HEIC).
    { name: 'previewStorageKey', type: 'text', hidden: true },
    { name: 'previewEncryptionKey', type: 'text', hidden: true },
    { name: 'previewWidth', type: 'number' },
    { name: 'previewHeight', type: 'number' },
  ],
}
