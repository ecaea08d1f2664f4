// The part of autocannon 9's programmatic API the load benchmark uses (the package ships no types).
declare module "autocannon" {
  type Headers = Record<string, string>;
  type Request = { method?: string; path?: string; headers?: Headers; body?: string | Buffer };
  type RequestStep<Context> = {
    setupRequest?: (request: Request, context: Context) => Request;
    onResponse?: (status: number, body: string, context: Context, headers: Headers) => void;
  };
  type Client = { on(event: "response", listener: (status: number, bytes: number, responseTimeMs: number) => void): void };
  type Options<Context = Record<string, unknown>> = {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    timeout?: number;
    requests?: RequestStep<Context>[];
    setupClient?: (client: Client) => void;
  };
  type Result = { errors: number; timeouts: number; duration: number; non2xx: number; requests: { total: number } };
  type Instance = Promise<Result> & { stop(): void };
  function autocannon<Context>(options: Options<Context>): Instance;
  export default autocannon;
}
