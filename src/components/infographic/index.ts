export { logoDataUri, renderInfographicPng } from './png'
export {
  DEFAULT_ACCENT,
  DEFAULT_PRIMARY,
  infographicFormats,
  infographicSizes,
  renderInfographicSvg,
  safeColour,
  type InfographicFormat,
  type InfographicInput,
} from './render'
export { escapeXml } from '@/lib/xml'
