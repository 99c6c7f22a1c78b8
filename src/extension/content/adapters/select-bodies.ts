// Shared by the selector-based adapters: bodies matching a selector at, above or below a root,
// outermost only (a quoted message nested in a body is part of that body).

export function selectBodies(root: Element, selector: string): Element[] {
  const above = root.closest(selector);
  if (above) return [above];
  const found = Array.from(root.querySelectorAll(selector));
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}
