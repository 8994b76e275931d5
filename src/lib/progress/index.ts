export type {
  DecodeFailure,
  DecodeResult,
  EnumerableStorageLike,
  ExportFile,
  ImportMode,
  ImportPreview,
  ImportResult,
  LoadNotice,
  LoadResult,
  Progress,
  Rating,
  ReviewEntry,
  ReviewMode,
  SaveFailure,
  SaveResult,
  Settings,
  Stamped,
  StorageLike,
  StoredV0,
  StoredV1,
  StoredV2,
} from "./models";
export { DEFAULT_SETTINGS, SETTINGS_LIMITS, clampSettings } from "./settings";
export {
  addReview,
  emptyProgress,
  isFlagged,
  isTombstoned,
  newEntryId,
  noteOf,
  reviewTimeFor,
  setFlag,
  setNote,
  setSettings,
  undoLast,
  undoReview,
} from "./log";
export { mergeProgress, normalizeProgress } from "./merge";
export { decodeProgress, encodeProgress } from "./codec";
export { CURRENT_VERSION, migrate, migrations } from "./migrations";
export { PROGRESS_KEY, listBackups, loadProgress, saveProgress, writeProgress } from "./storage";
export {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  applyImport,
  exportProgress,
  orphanReviewCount,
  parseImport,
  previewImport,
} from "./transfer";
export { cardState, cardStates, schedulerOptions } from "./replay";
