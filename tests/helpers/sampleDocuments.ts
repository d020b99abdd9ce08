import type { SampleDocument } from './accessExpectations'

/**
 * A valid document of each collection whose access rows the matrix derives from its
 * `tenantScoped()` declaration (tests/helpers/accessExpectations.ts, `matrixOf`): the field an
 * update case marks, and the rest of the document the fixtures and create cases write (the matrix
 * adds `tenant`, and a PNG for an upload collection). A derived collection without one fails the
 * matrix, naming this file.
 */
export const sampleDocuments: Readonly<Record<string, SampleDocument>> = {
  media: { markerField: 'alt', data: (marker) => ({ alt: marker }) },
}
