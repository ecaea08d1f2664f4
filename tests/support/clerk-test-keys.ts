import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type ClerkTestKeys = { privateKeyPem: string; publicKeyPem: string; webhookSecret: string; publishableKey: string; secretKey: string };

/**
 * A local RS256 key pair and webhook secret for testing the Clerk path offline. Written once
 * per run to a file so Playwright's main process and its workers share the same keys.
 */
export function loadClerkTestKeys(dir: string): ClerkTestKeys {
  const file = path.join(dir, "clerk-test-keys.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as ClerkTestKeys;
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keys: ClerkTestKeys = {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    webhookSecret: `whsec_${randomBytes(24).toString("base64")}`,
    // A publishable key encodes the Frontend API host followed by "$".
    publishableKey: `pk_test_${Buffer.from("clerk.learnforge.test$").toString("base64")}`,
    secretKey: `sk_test_${randomBytes(16).toString("hex")}`,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}
