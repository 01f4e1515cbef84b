import {defineCollection} from 'astro:content'
import {glob} from 'astro/loaders'
import {z} from 'astro/zod'

// One Markdown file per post; its id (the file name) is its URL: /blog/<id>/.
const blog = defineCollection({
  loader: glob({pattern: '**/*.md', base: './src/content/blog'}),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    published: z.coerce.date()
  })
})

export const collections = {blog}
