import {describe, expect, it} from 'vitest'
import * as components from '../components/index.js'
import * as api from '../src/index.js'

describe('@tweetstorm/astro', () => {
  it('exposes the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'default',
      'guessPathname',
      'pageUrl',
      'remarkPageUrl',
      'resolveOptions',
      'threadPreview'
    ])
    expect(Object.keys(components).sort()).toEqual(['ClickToTweet', 'ThreadPreview', 'Tweetstorm'])
  })

  it('works without options', () => {
    const integration = api.default()
    expect(integration.name).toBe('@tweetstorm/astro')
    expect(Object.keys(integration.hooks)).toEqual(['astro:config:setup'])
    expect(api.resolveOptions(undefined)).toEqual({styles: true, site: undefined, url: undefined, remark: {}})
  })
})
