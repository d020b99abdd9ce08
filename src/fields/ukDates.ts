/**
 * How the admin shows and reads dates. Payload's date picker defaults to US order (MM/dd/yyyy),
 * so a UK editor reading "02/12/2026" takes 12 February for 2 December: spell the month out.
 * The same strings parse what an editor types ("2 December 2026").
 */
export const ukDayAndTime = { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm' } as const

/**
 * A day-only picker that an editor can also type into. Payload's date field labels the picker's
 * wrapper, not its text box, so a screen reader announced an unnamed text box: the box is named
 * here (react-datepicker passes `title` to it), with the same words as the visible label.
 */
export function ukDayOnly(label: string) {
  return { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy', overrides: { title: label } } as const
}
