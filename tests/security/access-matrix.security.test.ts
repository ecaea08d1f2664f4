import path from "node:path";
import { defineAccessMatrix } from "./matrix/define";
import { loadSecurityContext } from "./support/context";

// The access-control matrix against the production build as it ships (see matrix/define.ts).
defineAccessMatrix(loadSecurityContext("main"), {
  id: "10-access-matrix",
  order: 10,
  title: "1. Access-control matrix (production build, proxy on)",
  buildDir: path.resolve("."),
  proxy: true,
});
