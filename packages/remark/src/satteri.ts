export {satteriTweetstorm, type SatteriMdastContext, type SatteriOptions, type SatteriTweetstormPlugin} from './lib/satteri.js'
