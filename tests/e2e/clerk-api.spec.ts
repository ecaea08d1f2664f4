import { createHmac, generateKeyPairSync, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { SignJWT, importPKCS8 } from "jose";
import { loadClerkTestKeys } from "../support/clerk-test-keys";

// The Clerk path, offline: sessions are RS256 tokens signed with a local key whose public half
// is CLERK_JWT_KEY (networkless verification); webhooks are signed the way Svix signs them.
const keys = loadClerkTestKeys(process.env.E2E_RUN_DIR ?? "");
const clerkUserId = `user_e2e_${Date.now()}`;

async function sessionToken(options: { sub?: string; expiresInSeconds?: number; privateKeyPem?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const key = await importPKCS8(options.privateKeyPem ?? keys.privateKeyPem, "RS256");
  return new SignJWT({ sid: `sess_${randomUUID()}`, v: 2 })
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: "ins_local_test" })
    .setSubject(options.sub ?? clerkUserId)
    .setIssuer("https://clerk.learnforge.test")
    .setIssuedAt(now - 5)
    .setNotBefore(now - 5)
    .setExpirationTime(now + (options.expiresInSeconds ?? 60))
    .sign(key);
}

function svixHeaders(body: string, secret = keys.webhookSecret) {
  const id = `msg_${randomUUID()}`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac("sha256", Buffer.from(secret.slice("whsec_".length), "base64"))
    .update(`${id}.${timestamp}.${body}`)
    .digest("base64");
  return { "svix-id": id, "svix-timestamp": timestamp, "svix-signature": `v1,${signature}`, "content-type": "application/json" };
}

function userEvent(type: "user.created" | "user.updated" | "user.deleted", firstName = "Clara") {
  const data =
    type === "user.deleted"
      ? { id: clerkUserId, deleted: true, object: "user" }
      : {
          id: clerkUserId,
          object: "user",
          first_name: firstName,
          last_name: "Clerkson",
          image_url: "https://img.clerk.com/x.png",
          primary_email_address_id: "idn_1",
          email_addresses: [{ id: "idn_1", email_address: "Clara@Example.test" }],
        };
  return JSON.stringify({ type, object: "event", data });
}

test.describe.configure({ mode: "serial" });

test("a webhook with a bad signature is refused and changes nothing", async ({ request }) => {
  const body = userEvent("user.created");
  const response = await request.post("/api/webhooks/clerk", {
    data: body,
    headers: svixHeaders(body, `whsec_${Buffer.from("another-secret-entirely").toString("base64")}`),
  });
  expect(response.status()).toBe(400);
  const me = await request.get("/api/me", { headers: { authorization: `Bearer ${await sessionToken()}` } });
  expect(me.status()).toBe(401);
});

test("a signed user.created webhook creates the user, and their session token signs them in", async ({ request }) => {
  const body = userEvent("user.created");
  const created = await request.post("/api/webhooks/clerk", { data: body, headers: svixHeaders(body) });
  expect(created.status()).toBe(200);
  expect(await created.json()).toMatchObject({ action: "upserted" });

  const me = await request.get("/api/me", { headers: { authorization: `Bearer ${await sessionToken()}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ name: "Clara Clerkson", email: "clara@example.test", role: "learner", authProvider: "clerk" });
});

test("user.updated refreshes the profile", async ({ request }) => {
  const body = userEvent("user.updated", "Clarissa");
  expect((await request.post("/api/webhooks/clerk", { data: body, headers: svixHeaders(body) })).status()).toBe(200);
  const me = await request.get("/api/me", { headers: { authorization: `Bearer ${await sessionToken()}` } });
  expect((await me.json()).name).toBe("Clarissa Clerkson");
});

test("tokens signed by another key, or expired, are refused", async ({ request }) => {
  const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const forged = await request.get("/api/me", { headers: { authorization: `Bearer ${await sessionToken({ privateKeyPem: stranger })}` } });
  expect(forged.status()).toBe(401);
  const expired = await request.get("/api/me", { headers: { authorization: `Bearer ${await sessionToken({ expiresInSeconds: -120 })}` } });
  expect(expired.status()).toBe(401);
});

test("user.deleted soft-deletes the user: their next request is signed out", async ({ request }) => {
  const body = userEvent("user.deleted");
  const deleted = await request.post("/api/webhooks/clerk", { data: body, headers: svixHeaders(body) });
  expect(await deleted.json()).toMatchObject({ action: "soft-deleted" });
  const me = await request.get("/api/me", { headers: { authorization: `Bearer ${await sessionToken()}` } });
  expect(me.status()).toBe(401);
});

test("the API guard turns away an obvious bot but not health probes; the unguarded polls still need a session", async ({ request }) => {
  const bot = await request.get("/api/me", { headers: { "user-agent": "curl/8.5.0" } });
  expect(bot.status()).toBe(403);
  const probe = await request.get("/api/health/live", { headers: { "user-agent": "curl/8.5.0" } });
  expect(probe.status()).toBe(200);
  const poll = await request.get("/api/me/unread", { headers: { "user-agent": "curl/8.5.0" } });
  expect(poll.status()).toBe(401);
});

test("readiness reports Clerk as the auth provider", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect((await health.json()).config.auth).toBe("clerk");
});
