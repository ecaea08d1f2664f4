import { defaultSchema } from "rehype-sanitize";

/** GitHub's sanitising schema for lesson Markdown: no raw HTML, no script or event handlers, safe link protocols. */
export const lessonSanitizeSchema = { ...defaultSchema, clobberPrefix: "lesson-" };
