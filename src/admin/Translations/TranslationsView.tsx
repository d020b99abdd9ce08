import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/admin/AdminViewFrame'
import { selectedTenant } from '@/admin/selectedTenant'
import { bookkeeping, translatableCollections, type TranslatableCollection } from '@/collections/translations/bookkeeping'
import { dashboardTenants, translationDashboard, translationStates, type DashboardRow, type TranslationDashboard } from '@/endpoints/translations/dashboard'
import { findTenant } from '@/endpoints/translations/translations'
import { isLocale, localeNames, type Locale } from '@/i18n/locales'
import type { TranslationState } from '@/lib/xliff'

import { ImportTranslations } from './ImportTranslations.client'
import { SelectionExport } from './SelectionExport.client'
import { languageInEnglish, plural, stateWords } from './words'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const isState = (value: unknown): value is TranslationState => typeof value === 'string' && (translationStates as readonly string[]).includes(value)

function exportHref(api: string, collection: TranslatableCollection, tenant: string, target: Locale, ids: string) {
  const query = new URLSearchParams({ collection, tenant, ids, target })
  return `${api}/translations/export?${query.toString()}`
}

const nouns = (collection: TranslatableCollection) => bookkeeping[collection].noun

/** "3 pages and 1 template", leaving out a kind with none. */
function documentCount(counts: Record<TranslatableCollection, number>): string {
  const parts = translatableCollections.filter((collection) => counts[collection] > 0).map((collection) => plural(counts[collection], nouns(collection).one, nouns(collection).many))
  return parts.length > 0 ? parts.join(' and ') : 'nothing'
}

const kindLabel = (row: DashboardRow) => {
  const kind = row.collection === 'pages' ? 'page' : 'template'
  return row.inherited ? `National ${kind}` : kind === 'page' ? 'Page' : 'Template'
}

function Summary({ data, api }: { data: TranslationDashboard; api: string }) {
  return (
    <section aria-labelledby="translations-summary" style={{ marginBlock: '1.5rem' }}>
      <h2 id="translations-summary">Per language</h2>
      <div className="translations__table">
        <table>
          <thead>
            <tr>
              <th scope="col">Language</th>
              {translationStates.map((state) => (
                <th scope="col" key={state}>
                  {stateWords[state].label}
                </th>
              ))}
              <th scope="col">Words to translate</th>
              <th scope="col">Send to your translators</th>
            </tr>
          </thead>
          <tbody>
            {data.languages.map((language) => {
              const name = languageInEnglish[language.locale]
              return (
                <tr key={language.locale}>
                  <th scope="row">
                    {name} <span lang={language.locale}>({localeNames[language.locale]})</span>
                  </th>
                  {translationStates.map((state) => (
                    <td key={state}>{language.counts[state]}</td>
                  ))}
                  <td>
                    <strong>{plural(language.wordsToTranslate, 'word', 'words')}</strong> in {documentCount(language.toTranslate)}
                  </td>
                  <td>
                    {translatableCollections.some((collection) => language.toTranslate[collection] > 0) ? (
                      translatableCollections
                        .filter((collection) => language.toTranslate[collection] > 0)
                        .map((collection) => {
                          const href = exportHref(api, collection, data.tenant.slug, language.locale, 'missing')
                          const many = nouns(collection).many
                          return (
                            <p key={collection} style={{ margin: '0 0 0.5rem' }}>
                              <a className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} href={href} download>
                                Export {many} missing or out of date in {name}
                              </a>{' '}
                              <a href={`${href}&format=zip`} download aria-label={`Export ${many} missing or out of date in ${name} as a ZIP, one file per ${nouns(collection).one}`}>
                                or as a ZIP, one file per {nouns(collection).one}
                              </a>
                            </p>
                          )
                        })
                    ) : (
                      <span>Nothing to send: every page and template is reviewed in {name}.</span>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <p className="translations__hint">
        Words are counted in the English text of each of the council&apos;s own pages and templates that is missing, drafted or out of date (the whole document, as
        the export sends it): the figure to ask a translation unit to quote for. National pages and templates shown as they are translated by the national team.
      </p>
    </section>
  )
}

/** One document's row: its own states open it in each language; a national one's are read-only, with what that means. */
function DocumentRow({ row, locales, adminRoute }: { row: DashboardRow; locales: Locale[]; adminRoute: string }) {
  const open = `${adminRoute}/collections/${row.collection}/${row.id}`
  const title = row.title || `${nouns(row.collection).one} ${row.id}`
  const review = `${adminRoute}/translation-review?${row.collection === 'pages' ? 'page' : 'template'}=${row.id}`
  return (
    <tr data-inherited={row.inherited ? '' : undefined}>
      <td>
        {row.inherited ? null : (
          <input
            type="checkbox"
            name={row.collection === 'pages' ? 'page' : 'template'}
            value={row.id}
            form="translations-selection"
            id={`select-${row.collection}-${row.id}`}
            aria-label={`Select “${title}”`}
          />
        )}
      </td>
      <th scope="row">
        <a href={open}>{title}</a>
      </th>
      <td>{row.inherited ? <a href="#translations-inherited" aria-label={`${kindLabel(row)}: “${title}” is the national text, translated by the national team`}>{kindLabel(row)}</a> : kindLabel(row)}</td>
      <td>{row.words.toLocaleString('en-GB')}</td>
      {locales.map((code) => {
        const state = row.states[code] ?? 'missing'
        const words = stateWords[state]
        if (row.inherited) {
          return (
            <td key={code} data-state={state}>
              <span style={{ color: words.colour, fontWeight: 600 }}>{words.label}</span> <span className="translations__visually-hidden">(national status, read-only)</span>
            </td>
          )
        }
        return (
          <td key={code} data-state={state}>
            <a href={`${open}?locale=${code}`} style={{ color: words.colour, fontWeight: 600 }} aria-label={`${title}: ${languageInEnglish[code]} ${words.label.toLowerCase()}, open it in ${languageInEnglish[code]}`}>
              {words.label}
            </a>
            {state !== 'missing' ? (
              <>
                {' · '}
                <a href={`${review}&language=${code}`} aria-label={`Side by side: “${title}” in English and ${languageInEnglish[code]}`}>
                  Side by side
                </a>
              </>
            ) : null}
          </td>
        )
      })}
    </tr>
  )
}

/**
 * /admin/translations: a council's translations at a glance (issue #15). Every page × every
 * language the council offers, with its state, counts and the words to translate per language;
 * the export of everything missing or out of date (or a selection) and the import of the
 * translated file. Filters are a plain GET form, so they work without JavaScript and the address
 * can be shared. The data is src/endpoints/translations/dashboard.ts, read as the user.
 */
export async function TranslationsView(props: AdminViewServerProps) {
  const { initPageResult, payload, searchParams } = props
  const { req, cookies } = initPageResult
  const user = req.user
  const adminRoute = payload.config.routes.admin
  const api = payload.config.routes.api
  const tenants = await dashboardTenants(payload, user)
  const asked = one(searchParams?.tenant)
  const cookieTenant = selectedTenant(cookies.get('payload-tenant'), user)
  const chosen = tenants.find((tenant) => tenant.slug === asked) ?? tenants.find((tenant) => tenant.id === cookieTenant) ?? (tenants.length === 1 ? tenants[0] : undefined)
  const record = chosen ? await findTenant(payload, chosen.slug) : null
  const data = user && record ? await translationDashboard(payload, user, record) : null
  const dashboard = data && !('status' in data) ? data : null

  const language = one(searchParams?.language)
  const status = one(searchParams?.status)
  const languageFilter = dashboard && isLocale(language) && dashboard.locales.includes(language) ? language : null
  const statusFilter = isState(status) ? status : null
  const shownLocales = dashboard ? (languageFilter ? [languageFilter] : dashboard.locales) : []
  const rows = (dashboard?.rows ?? []).filter((row) => !statusFilter || shownLocales.some((code) => row.states[code] === statusFilter))

  return (
    <AdminViewFrame props={props} viewType="translations" title="Translations">
      {tenants.length === 0 ? (
        <p>You do not edit a council, so there are no translations for you here.</p>
      ) : (
        <>
          <p style={{ maxWidth: '48rem' }}>
            Every page and rules-of-engagement template in every language {dashboard ? dashboard.tenant.name : 'the council'} offers: what is missing, drafted, out of date (reviewed, then the English
            changed) or reviewed. Export what needs translating as an XLIFF file for your translators or their CAT tool, and import the file they send back.
          </p>
          {tenants.length > 1 ? (
            <nav aria-label="Council or party" className="translations__tenants">
              <span>Translations of: </span>
              {tenants.map((tenant) => (
                <a key={tenant.id} href={`${adminRoute}/translations?tenant=${tenant.slug}`} aria-current={tenant.id === dashboard?.tenant.id ? 'page' : undefined}>
                  {tenant.kind === 'baseline' ? 'National toolkit' : tenant.name}
                </a>
              ))}
            </nav>
          ) : null}
          {!dashboard ? (
            <p role="status">{data && 'status' in data ? data.message : 'Choose a council or party above to see its translations.'}</p>
          ) : dashboard.locales.length === 0 ? (
            <p>{dashboard.tenant.name} offers English only: there is nothing to translate.</p>
          ) : (
            <>
              <Summary data={dashboard} api={api} />
              <section aria-labelledby="translations-pages" style={{ marginBlock: '1.5rem' }}>
                <h2 id="translations-pages">Pages and templates</h2>
                <form method="get" action={`${adminRoute}/translations`} className="translations__filters">
                  <input type="hidden" name="tenant" value={dashboard.tenant.slug} />
                  <div className="translations__field">
                    <label htmlFor="filter-language">Language</label>
                    <select id="filter-language" name="language" defaultValue={languageFilter ?? ''}>
                      <option value="">Every language</option>
                      {dashboard.locales.map((code) => (
                        <option key={code} value={code}>
                          {languageInEnglish[code]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="translations__field">
                    <label htmlFor="filter-status">Status</label>
                    <select id="filter-status" name="status" defaultValue={statusFilter ?? ''}>
                      <option value="">Any status</option>
                      {translationStates.map((state) => (
                        <option key={state} value={state}>
                          {stateWords[state].label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }}>
                    Filter
                  </button>
                </form>
                <p role="status">
                  {rows.length === dashboard.rows.length ? `${plural(rows.length, 'document', 'documents')}.` : `${plural(rows.length, 'document', 'documents')} of ${dashboard.rows.length} match.`}
                </p>
                <div className="translations__table">
                  <table>
                    <caption className="translations__caption">
                      Each page&apos;s and template&apos;s state per language. A state opens it in that language; “Side by side” compares it with the English.
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">
                          <span className="translations__visually-hidden">Select</span>
                        </th>
                        <th scope="col">Page or template</th>
                        <th scope="col">Kind</th>
                        <th scope="col">English words</th>
                        {shownLocales.map((code) => (
                          <th scope="col" key={code}>
                            {languageInEnglish[code]}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => (
                        <DocumentRow key={`${row.collection}-${row.id}`} row={row} locales={shownLocales} adminRoute={adminRoute} />
                      ))}
                    </tbody>
                  </table>
                </div>
                {rows.some((row) => row.inherited) ? (
                  <p id="translations-inherited" className="translations__hint">
                    <strong>National text.</strong> A national page or template that {dashboard.tenant.name} shows as it is carries the national status: its
                    translations are made and reviewed by the national team, and reach your site when they publish them. To translate one yourself, open it and
                    tailor it for {dashboard.tenant.name}: the copy is then yours, in this list and in the exports.
                  </p>
                ) : null}
                <SelectionExport api={api} tenant={dashboard.tenant.slug} languages={dashboard.locales.map((code) => ({ code, name: languageInEnglish[code] }))} />
              </section>
              <ImportTranslations
                api={api}
                adminRoute={adminRoute}
                titles={Object.fromEntries(dashboard.rows.map((row) => [`${row.collection}/${row.id}`, row.title]))}
                languageNames={languageInEnglish}
              />
            </>
          )}
        </>
      )}
    </AdminViewFrame>
  )
}
