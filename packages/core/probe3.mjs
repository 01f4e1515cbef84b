const {splitThread, tweetables, intentUrl, countTweet} = await import('./dist/index.js')
const cpu = (f) => { const a = process.cpuUsage(); let r; try { r = f() } catch (e) { r = 'THROW ' + e.message } const b = process.cpuUsage(a); return ((b.user + b.system) / 1000).toFixed(0) + 'ms' }
for (const n of [20000, 100000]) {
  const fams = {marks: 'a' + '\u0301'.repeat(n), spaces: 'x' + ' '.repeat(n) + 'y', nbsp: 'x' + '\u00a0'.repeat(n) + 'y', commas: 'a' + ','.repeat(n), cjk: '東'.repeat(n / 2), cjkurl: ('東'.repeat(60) + 'example.com/' + 'a'.repeat(25)).repeat(n / 100) }
  for (const [name, t] of Object.entries(fams)) console.log(n, name.padEnd(8), 'split', cpu(() => splitThread(t)), 'tw', cpu(() => tweetables(t)), 'intent', cpu(() => intentUrl({text: t})), 'count', cpu(() => countTweet(t)))
}
