import { useLayoutEffect, useRef } from "react";

export type KeyMap = Record<string, (event: KeyboardEvent) => void>;

/**
 * One row of a key table: the keys (KeyMap names), how the help dialog writes them, what they do
 * and the action they run. The same table feeds the key handler and the help dialog, so the two
 * cannot disagree.
 */
export interface KeyBinding<A extends string> {
  keys: readonly string[]; // KeyMap names: "Space", "1", "u", "Ctrl+z", "?", "Escape"
  shown: string; // as the help dialog shows them: "U / Ctrl+Z"
  does: string; // what they do, in plain words
  action: A; // the action they run
}

/** The KeyMap for a key table, given a function per action. */
export function keyMapOf<A extends string>(table: readonly KeyBinding<A>[], actions: Record<A, () => void>): KeyMap {
  const map: KeyMap = {};
  for (const row of table) for (const key of row.keys) map[key] = () => actions[row.action]();
  return map;
}

/** A key's name in a KeyMap: "Space", "Enter", "1", "u", "Ctrl+z", "?", "Escape". */
export function keyName(event: KeyboardEvent): string {
  const key = event.key === " " ? "Space" : event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return event.ctrlKey || event.metaKey ? `Ctrl+${key}` : key;
}

/** Inputs that take no text: a shortcut pressed on them (a grade after ticking a box) still counts. */
const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "range"]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.isContentEditable || ["TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Global shortcuts while `enabled`. Keys typed into a field or while a modal dialog is open are left
 * alone, and Space/Enter on a focused button or link keep their native meaning (activate it).
 */
export function useKeyboard(map: KeyMap, enabled = true): void {
  const ref = useRef(map);
  // Layout effects, not effects: both run before the browser paints what this render shows, so a
  // key pressed the moment it is visible finds the listener there and this render's actions in it.
  // (Effects run in a later task, and a key already waiting runs before it: it would be lost.)
  useLayoutEffect(() => {
    ref.current = map;
  });
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const name = keyName(event);
      const target = event.target instanceof HTMLElement ? event.target : null;
      if ((name === "Space" || name === "Enter") && target?.closest("button, a, summary, audio, input")) return;
      const action = ref.current[name];
      if (!action) return;
      event.preventDefault();
      action(event);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
