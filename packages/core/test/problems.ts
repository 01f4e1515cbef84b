import {OptionsError} from '../src/index.js'

/** The messages of the OptionsError that `run` throws; any other outcome fails the test. */
export function problemsOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof OptionsError) return error.problems.map((problem) => problem.message)
    throw error
  }
  throw new Error('Expected an OptionsError')
}
