// A page id this editor cannot preview (unknown, another tenant's): the tenant's ordinary 404.
export { default } from '../../../[tenant]/[locale]/not-found'
