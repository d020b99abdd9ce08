import type { Endpoint } from 'payload'

/**
 * Logs one server error and answers 500, so that an end-to-end test can prove its check of the
 * server log fails a journey (tests/e2e/journeyCheck.spec.ts). Registered only when the test
 * runner sets E2E_PLANT_SERVER_ERROR=1 for the server it starts; absent everywhere else.
 */
export const plantedErrorEndpoint: Endpoint = {
  path: '/e2e/planted-error',
  method: 'post',
  handler: (req) => {
    req.payload.logger.error('planted server error (E2E_PLANT_SERVER_ERROR): the journey that caused it must fail')
    return Response.json({ planted: true }, { status: 500 })
  },
}

export const plantedErrorEndpoints: Endpoint[] = process.env.E2E_PLANT_SERVER_ERROR === '1' ? [plantedErrorEndpoint] : []
