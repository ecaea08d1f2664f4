import type { Verdict } from "./probe";

// The matrix's figures: every probe's verdict against what was expected of it.

export type Expectation = "allowed" | "refused";

export class MatrixTally {
  probes = 0;
  refusedAsExpected = 0;
  controls = 0;
  controlsPassed = 0;
  readonly unexpectedSuccesses: string[] = [];
  readonly failedControls: string[] = [];
  readonly leaks: string[] = [];
  readonly serverErrors: string[] = [];
  readonly refusalCodes = new Map<string, number>();

  /** Adds one verdict; returns the problems it shows (empty when it is as expected). */
  add(verdict: Verdict, expected: Expectation): string[] {
    this.probes += 1;
    const where = `${verdict.endpoint} as ${verdict.caller}${verdict.variant === "plain" ? "" : ` (${verdict.variant})`}`;
    const problems: string[] = [];
    if (verdict.leaks.length > 0) {
      this.leaks.push(`${where}: ${verdict.leaks.join(", ")}`);
      problems.push(`${where} showed ${verdict.leaks.join(", ")}`);
    }
    if (verdict.serverError) {
      this.serverErrors.push(`${where}: ${verdict.status} ${verdict.code}`);
      problems.push(`${where} answered ${verdict.status} ${verdict.code}`);
    }
    if (expected === "refused") {
      if (verdict.succeeded) {
        this.unexpectedSuccesses.push(where);
        problems.push(`${where} succeeded (${verdict.status} ${verdict.code}); expected a refusal`);
      } else {
        this.refusedAsExpected += 1;
        this.refusalCodes.set(verdict.code, (this.refusalCodes.get(verdict.code) ?? 0) + 1);
      }
    } else if (expected === "allowed") {
      this.controls += 1;
      if (verdict.succeeded) this.controlsPassed += 1;
      else {
        this.failedControls.push(`${where}: ${verdict.status} ${verdict.code}`);
        problems.push(`${where} was refused (${verdict.status} ${verdict.code}); expected it to succeed`);
      }
    }
    return problems;
  }
}
