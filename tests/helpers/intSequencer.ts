import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The int files share one database. tests/int/seed.test.ts asserts what a first seed of an empty
 * database creates, while other files need the baseline tenant and its national contacts (they
 * seed it themselves when run alone). So the seed test goes first; the rest keep Vitest's order.
 */
export default class IntSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const isSeedTest = (file: TestSpecification) => file.moduleId.replace(/\\/g, '/').endsWith('tests/int/seed.test.ts')
    return [...sorted.filter(isSeedTest), ...sorted.filter((file) => !isSeedTest(file))]
  }
}
