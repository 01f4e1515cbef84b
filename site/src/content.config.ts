import {defineCollection} from 'astro:content'
import {glob} from 'astro/loaders'
import {z} from 'astro/zod'

// Posts live next to the site as plain Markdown; the slug is the file name.
const blog = defineCollection({
  loader: glob({pattern: '*.md', base: './src/content/blog'}),
  schema: z.strictObject({
    title: z.string().min(1).max(90),
    // Doubles as the meta description, so keep it in the range search engines show.
    description: z.string().min(50).max(170),
    published: z.coerce.date()
  })
})

// The package READMEs, straight from the repository, so the docs on the site never drift from them.
const docs = defineCollection({
  loader: glob({pattern: '*/README.md', base: '../packages'})
})

// Guides written for the site (getting started); rendered under /docs/ next to the READMEs.
const guides = defineCollection({
  loader: glob({pattern: '*.md', base: './src/content/docs'}),
  schema: z.strictObject({
    title: z.string().min(1).max(90),
    description: z.string().min(50).max(170)
  })
})

export const collections = {blog, docs, guides}
