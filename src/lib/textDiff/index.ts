export { diffText, hasChanges, tokenize, type DiffPart } from './diff'
export { documentPlainText, richTextToPlain, type InlineText, type PlainTextOptions } from './plainText'
