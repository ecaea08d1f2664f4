// Types for scripts/lighthouse-budget-lib.mjs (plain Node, run by scripts/lighthouse.mjs).
export interface ResourceBudget {
  resourceType: string;
  budget: number;
}

export interface Budget {
  path?: string;
  resourceSizes?: ResourceBudget[];
  resourceCounts?: ResourceBudget[];
  timings?: { metric: string; budget: number }[];
}

export interface BudgetResult {
  label: string;
  actual: number;
  limit: number;
  unit: string;
  ok: boolean;
}

export declare function validateBudgets(budgets: unknown): Budget[];
export declare function pathMatches(pattern: string | undefined, pathname: string): boolean;
export declare function budgetForPath(budgets: Budget[], pathname: string): Budget | null;
export declare function checkBudget(lhr: unknown, budget: Budget): BudgetResult[];
