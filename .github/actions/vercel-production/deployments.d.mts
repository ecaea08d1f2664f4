// Types for deployments.mjs (plain Node: the action runs it without a build).
export interface Deployment {
  id: string;
  url: string;
  createdAt: number;
  state: string;
  target: string | null;
  projectId: string | null;
  commit: string;
}

export declare function deploymentRef(input: string): string;
export declare function normalizeDeployment(raw: Record<string, unknown>): Deployment;
export declare function previousProductionDeployment(current: Deployment, deployments: Deployment[]): Deployment | null;
export declare function rollbackTargetProblem(deployment: Deployment, projectId: string): string | null;
