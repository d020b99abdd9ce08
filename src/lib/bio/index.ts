export { countGraphemes, graphemes, utf8Bytes } from './graphemes'
export { platforms, platformIds, type Platform, type PlatformId } from './platforms'
export { bioVariables, describeTemplateProblems, parseTemplate, type BioVariable } from './variables'
export { chooseForPlatforms, chooseVariant, fillTemplate, type BioValues, type VariantResult } from './fill'
export {
  MAX_FIELD_LENGTH,
  MAX_WEBSITE_LENGTH,
  PLATFORM_FIELD,
  readBioInput,
  readPlatforms,
  validateBioInput,
  type BioField,
  type BioFieldError,
  type BioInput,
  type FormInput,
} from './validation'
