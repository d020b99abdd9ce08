import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
  LinkFeature,
  type LexicalEditorProps,
} from '@payloadcms/richtext-lexical'
import { APIError, type RichTextField, type TextField, type TextFieldSingleValidation } from 'payload'

import { TenantValueBlock } from '@/blocks/TenantValue/config'
import { linkProblem } from '@/lib/safeUrl'

import { lexicalLinkProblems } from './lexicalLinks'

const editorFeatures: LexicalEditorProps['features'] = ({ defaultFeatures }) => [
  // Uploads and relationships inside text would let one tenant's text point at another's files.
  ...defaultFeatures.filter((feature) => !['upload', 'relationship', 'heading', 'link'].includes(feature.key)),
  HeadingFeature({ enabledHeadingSizes: ['h3', 'h4'] }),
  LinkFeature({
    enabledCollections: [],
    fields: ({ defaultFields }) =>
      defaultFields.map((field) => {
        if (field.type !== 'text' || field.name !== 'url') return field
        const validate: TextFieldSingleValidation = (value) => linkProblem(value) ?? true
        return { ...field, hasMany: false, validate } as TextField
      }),
  }),
  BlocksFeature({ inlineBlocks: [TenantValueBlock] }),
  FixedToolbarFeature(),
]

/** The rich-text editor used in every block: headings, lists, safe links and tenant values. */
export const blockEditor = lexicalEditor({ features: editorFeatures })

/**
 * A localized rich-text field whose links are checked on save, whatever path the document
 * arrived by (admin, REST, GraphQL, seed): Lexical itself stores `javascript:` links. `validate`
 * shows the problem beside the field; Payload skips it for drafts, so the same check also runs
 * in a beforeChange hook, which every save passes through.
 */
export function richTextField(name: string, options: { required?: boolean; label?: string } = {}): RichTextField {
  return {
    name,
    type: 'richText',
    localized: true,
    required: options.required,
    label: options.label,
    editor: blockEditor,
    validate: (value) => {
      const problems = lexicalLinkProblems(value)
      if (problems.length > 0) return `Remove or fix these links: ${problems.join('; ')}`
      if (options.required && !value) return 'This field is required.'
      return true
    },
    hooks: {
      beforeChange: [
        ({ value }) => {
          const problems = lexicalLinkProblems(value)
          if (problems.length > 0) throw new APIError(`${name}: remove or fix these links: ${problems.join('; ')}`, 400, undefined, true)
          return value
        },
      ],
    },
  }
}
