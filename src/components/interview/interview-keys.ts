import type { KeyBinding } from "@/hooks/use-keyboard";

export type InterviewAction = "space" | "type" | "play" | "grade1" | "grade2" | "grade3" | "grade4" | "help" | "leave";

/** Interview mode's keys: the key handler and the help dialog both read this table. */
export const INTERVIEW_KEYS: readonly KeyBinding<InterviewAction>[] = [
  { keys: ["Space"], shown: "Space", does: "Start answering; stop when you are done", action: "space" },
  { keys: ["t"], shown: "T", does: "Type the answer instead of saying it (Ctrl+Enter in the box stops)", action: "type" },
  { keys: ["p"], shown: "P", does: "Play or pause your recording", action: "play" },
  { keys: ["1"], shown: "1", does: "Grade Again (on the review)", action: "grade1" },
  { keys: ["2"], shown: "2", does: "Grade Hard", action: "grade2" },
  { keys: ["3"], shown: "3", does: "Grade Good", action: "grade3" },
  { keys: ["4"], shown: "4", does: "Grade Easy", action: "grade4" },
  { keys: ["?"], shown: "?", does: "Show this help", action: "help" },
  { keys: ["Escape"], shown: "Esc", does: "Leave the interview", action: "leave" },
];
