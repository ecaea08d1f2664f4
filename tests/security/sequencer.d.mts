import { BaseSequencer, type TestSpecification } from "vitest/node";

export function securityRank(file: string): number;

export default class SecuritySequencer extends BaseSequencer {
  sort(files: TestSpecification[]): Promise<TestSpecification[]>;
}
