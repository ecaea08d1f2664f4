import { describe, expect, it } from "vitest";
import { clientSchema } from "./schemas";
import { publicEnv } from "./public";

describe("publicEnv", () => {
  it("exposes exactly the variables of the client schema", () => {
    expect(Object.keys(publicEnv).sort()).toEqual(Object.keys(clientSchema).sort());
  });
});
