/**
 * A Storage that forgets on reload. The explorer keeps its tabs here instead of localStorage,
 * so every visit opens the guide's current examples (GraphiQL prefers stored tabs over its
 * defaults), and a shared desk computer keeps no one's queries.
 */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}
