/**
 * The GOV.UK error summary: a titled list of links, each to the field with the problem.
 * No hooks, so both the server view and the client component render it. `role="alert"`
 * makes screen readers announce it when it appears (after a plain form post, on page load).
 */
export function ErrorSummary({ id, title, items }: { id: string; title: string; items: { href: string; text: string }[] }) {
  if (items.length === 0) return null
  return (
    <div className="error-summary" id={id} role="alert" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 className="error-summary__title" id={`${id}-title`}>
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
