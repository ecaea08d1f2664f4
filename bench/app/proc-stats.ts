import { readdirSync, readFileSync } from "node:fs";

// CPU seconds of process trees from /proc (Linux): which process was busy during a phase —
// the Next.js server, PostgreSQL or the Redis front — says where the time goes.
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

type Stat = { pid: number; ppid: number; cpuTicks: number };

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may contain spaces: fields start after the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // Fields from 3 (state): ppid is 4, utime 14, stime 15, cutime 16, cstime 17 (1-based).
    const at = (n: number) => Number(fields[n - 3]);
    return { pid, ppid: at(4), cpuTicks: at(14) + at(15) + at(16) + at(17) };
  } catch {
    return null; // the process ended between listing and reading
  }
}

/** CPU seconds used so far by each root's process tree (descendants included). */
export function treeCpuSeconds(roots: readonly number[]): number[] {
  const stats = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map((name) => readStat(Number(name))).filter((stat): stat is Stat => stat !== null);
  const children = new Map<number, Stat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const byPid = new Map(stats.map((stat) => [stat.pid, stat]));
  return roots.map((root) => {
    let ticks = 0;
    const stack = [root];
    while (stack.length > 0) {
      const pid = stack.pop()!;
      ticks += byPid.get(pid)?.cpuTicks ?? 0;
      for (const child of children.get(pid) ?? []) stack.push(child.pid);
    }
    return ticks / TICKS_PER_SECOND;
  });
}

export function parentPid(pid: number): number | null {
  return readStat(pid)?.ppid ?? null;
}
