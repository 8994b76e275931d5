export type { DrillAction, DrillMode, Selection, Session, SessionResult, SessionSummary } from "./models";
export { drillHref, newSeed, parseSelection, selectedTopicKeys } from "./selection";
export { needsProgress, orderWithoutProgress, seededOrder } from "./order";
export { buildQueue } from "./queue";
export { currentCard, flip, gradeCurrent, isFinished, MAX_SHOWINGS, skip, startSession, summarize, timeOnCard, undoGrade } from "./session";
export { COUNT_PARTS, countsByTopic, sumCounts, topicOfCard } from "./topic-progress";
