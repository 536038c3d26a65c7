// jsdom has no ResizeObserver; Fluent's TabList measures overflow with it. Layout is not under test here.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}

// jsdom's window lacks the encoders Node has; the adapters measure payloads and read files with them,
// and pane tests drive the real adapters.
if (typeof window !== "undefined" && typeof globalThis.TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TextEncoder, TextDecoder } = require("node:util") as typeof import("node:util");
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
