/** A learner's response that cannot be graded as given; its message is safe to show to the learner. */
export class ResponseError extends Error {
  override name = "ResponseError";
}
