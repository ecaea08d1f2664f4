import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: a code read aloud in a classroom or copied from a slide must survive.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A fresh join code such as "K7QM-2XPA" (31^8 ≈ 8.5e11 possibilities). */
export function generateJoinCode(): string {
  let code = "";
  for (let index = 0; index < 8; index++) {
    if (index === 4) code += "-";
    code += ALPHABET[randomInt(ALPHABET.length)];
  }
  return code;
}
