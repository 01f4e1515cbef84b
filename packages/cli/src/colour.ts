/**
 * Tiny ANSI helpers. Colour is a courtesy for people at a terminal: never in pipes or files (it
 * would corrupt copied tweets), never when `NO_COLOR` is set (https://no-color.org), and
 * `FORCE_COLOR` exists so that colour itself can be tested without a TTY.
 */

export interface Palette {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
}

/** Whether to colour what goes to `stream`, given the environment. `NO_COLOR` always wins. */
export function wantsColour(
  stream: {isTTY?: boolean | undefined},
  env: Readonly<Record<string, string | undefined>>
): boolean {
  if (env['NO_COLOR']) return false
  const force = env['FORCE_COLOR']
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  return stream.isTTY === true
}

function paint(open: number, close: number): (text: string) => string {
  return (text) => `\u001B[${open}m${text}\u001B[${close}m`
}

const plain = (text: string): string => text

/** A palette that colours when `enabled`, and otherwise returns text untouched. */
export function palette(enabled: boolean): Palette {
  if (!enabled) {
    return {bold: plain, dim: plain, red: plain, yellow: plain, green: plain}
  }
  return {
    bold: paint(1, 22),
    dim: paint(2, 22),
    red: paint(31, 39),
    yellow: paint(33, 39),
    green: paint(32, 39)
  }
}
