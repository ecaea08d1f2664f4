import { pngWithTranscript } from "../../support/openai-stub";
import type { RouteSpec } from "./types";

// Every route handler of the build, aimed at the target tenant T. Cron routes are refused to
// every caller here (they need the CRON_SECRET bearer, which no browser has); the webhook needs
// Svix's signature (and Clerk is off: 503).

const SIGNED_IN = ["outsider", "otherLearner", "otherTeacher", "classmate", "learner", "teacher", "admin"] as const;
const EVERYONE = ["anonymous", ...SIGNED_IN] as const;
// Admins run the platform: they may read any class's data (as the admin pages do).
const MEMBERS = ["learner", "classmate", "teacher", "admin"] as const;
const OWNER = ["teacher", "admin"] as const;
/** multipart/form-data with the transcription route's fields: kind and file. */
export function multipartUpload(kind: string, filename: string, type: string, bytes: Uint8Array): { contentType: string; body: Uint8Array<ArrayBuffer> } {
  const boundary = `----securityupload${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: new Uint8Array(body) };
}

const json = (value: unknown) => ({ contentType: "application/json", body: JSON.stringify(value) });

export const ROUTE_SPECS: readonly RouteSpec[] = [
  { method: "GET", route: "/api/health", path: () => "/api/health", allowed: EVERYONE },
  { method: "GET", route: "/api/health/live", path: () => "/api/health/live", allowed: EVERYONE },
  { method: "GET", route: "/api/ping", path: () => "/api/ping", allowed: EVERYONE },
  { method: "GET", route: "/icon.svg", path: () => "/icon.svg", allowed: EVERYONE },
  { method: "GET", route: "/api/me", path: () => "/api/me", allowed: SIGNED_IN },
  { method: "GET", route: "/api/me/unread", path: () => "/api/me/unread", allowed: SIGNED_IN },
  {
    method: "POST",
    route: "/api/vitals",
    path: () => "/api/vitals",
    body: () => json({ name: "LCP", value: 1200, rating: "good", id: "v1-security", path: "/dashboard" }),
    allowed: EVERYONE,
    okStatus: 204,
  },
  { method: "GET", route: "/api/channels/[channelId]/updates", path: (t) => `/api/channels/${t.channels.generalId}/updates?since=${encodeURIComponent(new Date(0).toISOString())}`, allowed: MEMBERS },
  { method: "GET", route: "/api/classes/[classId]/gradebook", path: (t) => `/api/classes/${t.klass.id}/gradebook`, allowed: OWNER },
  { method: "GET", route: "/api/courses/[courseId]/questions/export", path: (t) => `/api/courses/${t.course.id}/questions/export?format=json`, allowed: OWNER },
  { method: "GET", route: "/api/teach/classes/[classId]/analytics/[table]", path: (t) => `/api/teach/classes/${t.klass.id}/analytics/heatmap.csv`, allowed: OWNER },
  { method: "GET", route: "/api/tests/[testId]/statistics", path: (t) => `/api/tests/${t.testId}/statistics`, allowed: OWNER },
  { method: "GET", route: "/api/cron/close-overdue", path: () => "/api/cron/close-overdue", allowed: [] },
  { method: "GET", route: "/api/cron/due-reminders", path: () => "/api/cron/due-reminders", allowed: [] },
  { method: "GET", route: "/api/cron/embed-chunks", path: () => "/api/cron/embed-chunks", allowed: [] },
  { method: "POST", route: "/api/webhooks/clerk", path: () => "/api/webhooks/clerk", body: () => json({ type: "user.created", data: { id: "user_forged" } }), allowed: [] },
  {
    method: "POST",
    route: "/api/ai/tutor",
    path: () => "/api/ai/tutor",
    body: (t) => json({ courseSlug: t.course.slug, message: "What does this lesson say about independence?" }),
    allowed: MEMBERS,
  },
  {
    method: "POST",
    route: "/api/ai/questions/generate",
    path: () => "/api/ai/questions/generate",
    body: (t) => json({ courseId: t.course.id, lessonId: t.lesson.id, count: 1, types: ["single_choice"] }),
    allowed: OWNER,
  },
  {
    method: "POST",
    route: "/api/ai/transcribe",
    path: () => "/api/ai/transcribe",
    body: () => multipartUpload("image", "answer.png", "image/png", pngWithTranscript("x = 4")),
    allowed: SIGNED_IN,
  },
  { method: "GET", route: "/notifications/[id]/open", path: (t) => `/notifications/${t.notificationId}/open`, allowed: ["learner"], okStatus: 303 },
];
