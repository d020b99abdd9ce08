import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/admin/AdminViewFrame'
import { TextDiff } from '@/admin/TextDiff'
import { bookkeeping, type TranslatableCollection } from '@/collections/translations/bookkeeping'
import { reviewData } from '@/endpoints/translations/review'
import { isLocale } from '@/i18n/locales'

import { MarkReviewed } from './MarkReviewed.client'
import { languageInEnglish, plural, stateWords } from './words'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const dateOf = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })

/**
 * /admin/translation-review?page=<id>&language=<cy|gd|ga> (or `template=<id>` for an engagement
 * template): a document's English and one language side
 * by side, unit by unit (the units of the XLIFF files), for a speaker to review. Units whose
 * English changed since the language was reviewed are marked, with what changed.
 */
export async function TranslationReviewView(props: AdminViewServerProps) {
  const { initPageResult, payload, searchParams } = props
  const user = initPageResult.req.user
  const adminRoute = payload.config.routes.admin
  const template = one(searchParams?.template)
  const collection: TranslatableCollection = template !== undefined ? 'engagement-templates' : 'pages'
  const id = Number(template ?? one(searchParams?.page))
  // `language`, not `locale`: Payload reads `?locale=` as the admin's own content language and would switch it.
  const locale = one(searchParams?.language)
  const valid = Number.isInteger(id) && id > 0 && isLocale(locale) && locale !== 'en'
  const data = user && valid ? await reviewData(payload, user, collection, id, locale) : null
  if (!data || 'status' in data) {
    return (
      <AdminViewFrame props={props} viewType="translation-review" title="Side by side">
        <p role="alert">{data ? data.message : 'Open this screen from Translations: it needs a page or template and a language (cy, gd or ga).'}</p>
        <p>
          <a href={`${adminRoute}/translations`}>Back to Translations</a>
        </p>
      </AdminViewFrame>
    )
  }
  const language = languageInEnglish[data.locale]
  const changedCount = data.units.filter((unit) => unit.changed).length
  const edit = `${adminRoute}/collections/${data.document.collection}/${data.document.id}`
  const noun = bookkeeping[data.document.collection].noun.one
  return (
    <AdminViewFrame props={props} viewType="translation-review" title={`${data.document.title}: English and ${language} side by side`}>
      <p>
        <a href={`${adminRoute}/translations?tenant=${data.tenant.slug}`}>Translations of {data.tenant.name}</a>
        {' · '}
        <a href={`${edit}?locale=${data.locale}`}>Edit the {language}</a>
        {' · '}
        <a href={`${edit}?locale=en`}>Edit the English</a>
      </p>
      <p role="status">
        {language}: <strong style={{ color: stateWords[data.state].colour }}>{stateWords[data.state].label}</strong>
        {data.review?.reviewedAt ? `, reviewed ${dateOf(data.review.reviewedAt)}${data.review.reviewedBy ? ` by ${data.review.reviewedBy}` : ''}` : ''}
        {data.state === 'outdated' ? `. The English has changed since: ${plural(changedCount, 'text is', 'texts are')} marked below.` : '.'}
      </p>
      {data.changes ? (
        <details style={{ marginBlock: '1rem' }}>
          <summary>Everything that changed in the English since the review</summary>
          <TextDiff parts={data.changes} label="Changes to the English since the review" />
        </details>
      ) : null}
      {data.state !== 'reviewed' && data.state !== 'missing' ? <MarkReviewed api={payload.config.routes.api} collection={data.document.collection} id={data.document.id} noun={noun} locale={data.locale} languageName={language} /> : null}
      <div className="translations__table" style={{ marginBlockStart: '1.5rem' }}>
        <table className="translations__review">
          <caption className="translations__caption">Each text of the {noun} in English and {language}, in reading order.</caption>
          <thead>
            <tr>
              <th scope="col">Text</th>
              <th scope="col">English</th>
              <th scope="col">{language}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((unit) => (
              <tr key={unit.id} data-changed={unit.changed ? '' : undefined} id={`unit-${unit.id.replace(/[^A-Za-z0-9_-]/g, '_')}`}>
                <th scope="row">
                  {unit.label}
                  {unit.changed ? <strong className="translations__changed">English changed since the review</strong> : null}
                </th>
                <td lang="en">
                  {unit.changed?.parts ? <TextDiff parts={unit.changed.parts} label={`${unit.label}: the English then and now`} /> : <span style={{ whiteSpace: 'pre-wrap' }}>{unit.source}</span>}
                  {unit.changed && !unit.changed.parts ? <em> (new text)</em> : null}
                </td>
                <td lang={data.locale}>{unit.target === null ? <em lang="en">Not translated</em> : <span style={{ whiteSpace: 'pre-wrap' }}>{unit.target}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminViewFrame>
  )
}
