// In CI every property test draws from one fixed seed, so whether a change lands never depends on a
// random draw. Local runs draw a fresh seed each time (fast-check prints it with any failure), and
// `pnpm fuzz` runs many more cases; FUZZ_SEED replays a seed anywhere.
import fc from 'fast-check'

const seed = process.env['FUZZ_SEED'] ?? (process.env['CI'] ? '20261130' : undefined)
if (seed !== undefined) fc.configureGlobal({...fc.readConfigureGlobal(), seed: Number(seed)})
