import { NotFoundMain } from '@/components/site/NotFound.client'

/**
 * An unknown page of a tenant's site, and every 404 the tenant layout answers: the document around
 * it (the tenant's chrome, or the portal's 404 document) supplies the words and the way out.
 */
export default function TenantNotFound() {
  return <NotFoundMain />
}
