export { countGraphemes, graphemes, utf8Bytes } from './graphemes'
export { platforms, platformIds, type Platform, type PlatformId } from './platforms'
export { bioVariables, describeTemplateProblems, parseTemplate, type BioVariable } from './variables'
export { chooseForPlatforms, chooseVariant, fillTemplate, type BioValues, type VariantResult } from './fill'
export {
  isBioSubmission,
  MAX_FIELD_LENGTH,
  MAX_WEBSITE_LENGTH,
  readBioInput,
  validateBioInput,
  type BioFieldError,
  type BioInput,
  type FormInput,
} from './validation'
