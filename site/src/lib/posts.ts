import type {Platform} from '@tweetstorm/core'
import {getCollection, type CollectionEntry} from 'astro:content'

export type Post = CollectionEntry<'blog'>

/** Every post, newest first. */
export async function allPosts(): Promise<Post[]> {
  const posts = await getCollection('blog')
  return posts.sort((a, b) => b.data.published.getTime() - a.data.published.getTime())
}

/** The path of a post's page; share links make it absolute with the configured `site`. */
export function postPath(post: Post): string {
  return `/blog/${post.id}/`
}

/** The path of a post's thread view: X's at `thread/`, another network's at `thread/<network>/`. */
export function threadPath(post: Post, platform: Platform = 'x'): string {
  return platform === 'x' ? `/blog/${post.id}/thread/` : `/blog/${post.id}/thread/${platform}/`
}

const dateFormat = new Intl.DateTimeFormat('en', {dateStyle: 'long', timeZone: 'UTC'})

/** A publication date as readers expect it ("October 2, 2026"), fixed to UTC so builds agree. */
export function formatDate(date: Date): string {
  return dateFormat.format(date)
}

/** Rough reading time at 230 words a minute, never below one minute. */
export function readingMinutes(markdown: string): number {
  const words = markdown.match(/\S+/g)?.length ?? 0
  return Math.max(1, Math.round(words / 230))
}
