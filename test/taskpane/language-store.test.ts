import { browserLanguageStore } from "../../src/taskpane/language-store";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

it("keeps ja or en, and reads nothing else as a choice", () => {
  const storage = memoryStorage();
  const store = browserLanguageStore(() => storage);
  expect(store.read()).toBeNull();
  store.write("en");
  expect(store.read()).toBe("en");
  storage.setItem("tassei.language", "fr");
  expect(store.read()).toBeNull();
});

it("keeps nothing, and never throws, where storage refuses (a sandboxed frame, a private window)", () => {
  const refusing = () => {
    throw new DOMException("denied", "SecurityError");
  };
  const store = browserLanguageStore(refusing);
  expect(() => store.write("en")).not.toThrow();
  expect(store.read()).toBeNull();
});
