import * as z from 'zod/mini'

/**
 * An absolute `http:` or `https:` URL, returned in the WHATWG-serialised form so that spaces and
 * other characters that would end a URL inside a post are percent-encoded. `javascript:`,
 * `data:` and relative URLs are refused: the value ends up in a link users click. The one http(s)
 * check of tweetstorm: remark, astro, the CLI and the site compose it.
 */
export const httpUrlSchema = z.pipe(
  z.string({error: 'Unexpected value, expected an absolute http(s) URL (a string)'}),
  z.transform((value: string, context) => {
    let parsed: URL | undefined
    try {
      parsed = new URL(value)
    } catch {
      // Fall through to the issue below: relative or malformed.
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
      context.issues.push({
        code: 'custom',
        input: value,
        message: 'Unexpected value, expected an absolute URL starting with http:// or https://'
      })
      return z.NEVER
    }
    return parsed.href
  })
)
