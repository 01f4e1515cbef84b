declare module 'virtual:@tweetstorm/astro/stylesheet' {
  export const css: string
  export const href: string
  export const prefixes: string[]
}
