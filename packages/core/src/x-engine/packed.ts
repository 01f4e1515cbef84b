// Readers for the packed data in data.ts (scripts/generate-x-data.js describes each encoding).

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Packed whole numbers: base-64 digits of 5 bits, least significant first, 32 added to all but a number's last. */
export function unpackNumbers(packed: string): number[] {
  const numbers: number[] = []
  let value = 0
  let shift = 0
  for (const char of packed) {
    const digit = base64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      numbers.push(value)
      value = 0
      shift = 0
    }
  }
  return numbers
}

/** Packed signed numbers (0, -1, 1, -2 … packed as 0, 1, 2, 3 …). */
export const unzigzag = (number: number): number => (number & 1 ? -(number + 1) / 2 : number / 2)

/** Packed ranges (each a start counted from the end of the one before, and a length less one) as `[start, end]`. */
export function unpackRanges(packed: string, origin: number): Array<[number, number]> {
  const numbers = unpackNumbers(packed)
  const ranges: Array<[number, number]> = []
  let previous = origin
  for (let index = 0; index < numbers.length; index += 2) {
    const start = previous + (numbers[index] as number)
    previous = start + (numbers[index + 1] as number)
    ranges.push([start, previous])
  }
  return ranges
}
