import type { KeyBinding } from "@/hooks/use-keyboard";
import type { DrillAction } from "@/lib/drill/models";

/** The drill's keys: the key handler and the help dialog both read this table. */
export const DRILL_KEYS: readonly KeyBinding<DrillAction>[] = [
  { keys: ["Space", "Enter"], shown: "Space / Enter", does: "Flip the card", action: "flip" },
  { keys: ["1"], shown: "1", does: "Grade Again (after flipping)", action: "grade1" },
  { keys: ["2"], shown: "2", does: "Grade Hard", action: "grade2" },
  { keys: ["3"], shown: "3", does: "Grade Good", action: "grade3" },
  { keys: ["4"], shown: "4", does: "Grade Easy", action: "grade4" },
  { keys: ["u", "Ctrl+z"], shown: "U / Ctrl+Z", does: "Undo the last grade", action: "undo" },
  { keys: ["f"], shown: "F", does: "Flag or unflag as weak", action: "flag" },
  { keys: ["n"], shown: "N", does: "Write a note on the card", action: "note" },
  { keys: ["s"], shown: "S", does: "Skip the card", action: "skip" },
  { keys: ["?"], shown: "?", does: "Show this help", action: "help" },
  { keys: ["Escape"], shown: "Esc", does: "Leave the deck", action: "leave" },
];
