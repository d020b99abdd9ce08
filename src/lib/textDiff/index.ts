export { diffText, hasChanges, tokenize, type DiffPart } from './diff'
export { documentPlainText, richTextToPlain } from './plainText'
