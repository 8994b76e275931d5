export type {
  BackupInfo,
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
  InterviewDateSetting,
  MemoryModelSetting,
  Settings,
  Stamped,
  StorageLike,
  StorageUsage,
  StoredV0,
  StoredV1,
  StoredV2,
} from "./models";
export { DEFAULT_SETTINGS, SETTINGS_LIMITS, clampSettings } from "./settings";
export { INTERVIEW_LIMITS, extrasKey, isCalendarDate, readInterview, readMemory } from "./settings-extras";
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
export { forgetCards } from "./forget";
export { isEmptyProgress, mergeAddedNothing, mergeChangesNothing, mergeProgress, normalizeProgress } from "./merge";
export { localChanges } from "./local-changes";
export { decodeProgress, decodeStoredDocument, encodeProgress, progressForTransfer } from "./codec";
export { CURRENT_VERSION, migrate, migrations } from "./migrations";
export { BACKUPS_KEPT, backupPrefix, deleteBackup, listBackups, writeBackup } from "./backups";
export { PROGRESS_KEY, STORAGE_QUOTA_CHARS, createDecodeCache, loadProgress, saveProgress, storageUsage, writeProgress } from "./storage";
export type { DecodeCache, WriteOptions } from "./storage";
export { readStoredProgress } from "./stored-pair";
export { recentKey } from "./recent";
// parseImport (zod) is not here: import it from "./transfer" when a file is picked.
export { EXPORT_FORMAT, MAX_IMPORT_BYTES, applyImport, exportProgress, orphanReviewCount, previewImport } from "./import-export";
export { cardState, cardStates, schedulerOptions } from "./replay";
