import type {ComponentDefaults} from './lib/quotes.js'

/**
 * The integration's options as the components see them. Empty here, for components used without
 * the integration; the integration's Vite plugin serves this module with the site's options.
 */
const componentOptions: ComponentDefaults = {}

export default componentOptions
