import { ACCOUNT_ACTION_SPECS } from "./actions-accounts";
import { AUTHORING_ACTION_SPECS } from "./actions-authoring";
import { CHANNEL_ACTION_SPECS } from "./actions-channels";
import { LEARNING_ACTION_SPECS } from "./actions-learning";
import { TEACHING_ACTION_SPECS } from "./actions-teaching";
import type { ActionSpec } from "./types";

/**
 * Every server action of the app, each with a valid input aimed at the target tenant T's objects
 * and the callers for whom it succeeds (the positive controls confirm each list on every run).
 */
export const ACTION_SPECS: readonly ActionSpec[] = [
  ...ACCOUNT_ACTION_SPECS,
  ...LEARNING_ACTION_SPECS,
  ...CHANNEL_ACTION_SPECS,
  ...AUTHORING_ACTION_SPECS,
  ...TEACHING_ACTION_SPECS,
];

export function actionSpecKey(spec: ActionSpec): string {
  return `${spec.file}#${spec.name}`;
}
