import { infographicResponse, type InfographicParams } from '../infographicResponse'

/** The rules-of-engagement infographic as PNG (see infographicResponse for the contract). */
export function GET(request: Request, { params }: { params: InfographicParams }): Promise<Response> {
  return infographicResponse(request, params, 'png')
}
