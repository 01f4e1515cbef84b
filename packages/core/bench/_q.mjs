import {tweetables, splitThread} from '../dist/index.js'
import {interleaved, fill} from './measure.js'
const t = fill('. ', 20000), a = fill('A! ', 20000)
const r = interleaved({tw: () => tweetables(t), tw25: () => tweetables(t, {limit: 25000}), twA: () => tweetables(a), split: () => splitThread(t), twurl: () => tweetables(t, {url: 'https://example.com/post', via: 'me', hashtags: ['x']})}, {rounds: 7})
for (const [k, v] of Object.entries(r)) console.log(k, v.median.toFixed(1), v.samples.map(x=>x.toFixed(0)).join(' '))
