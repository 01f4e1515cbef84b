export {main, commands} from './main.js'
export {exitCode} from './errors.js'
export type {Io} from './io.js'
