// tsc cannot read `.astro` files (Astro's language tools can); for type-checking this package's own
// sources and tests, a component is an opaque factory. Users' editors see the real props.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown
  export default Component
}
