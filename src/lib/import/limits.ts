/** What the importers accept. Named in the messages, so a user knows which limit they hit. */
export const MAX_PACKAGE_BYTES = 200 * 1024 * 1024; // an Anki package, before unzipping
export const MAX_NOTES = 50_000; // notes in one Anki collection
export const MAX_TEXT_BYTES = 20 * 1024 * 1024; // a CSV / TSV / Quizlet text (the user-deck input limit)
export const MAX_IMAGE_BYTES = 1024 * 1024; // one image kept with the deck
export const MAX_ASSET_BYTES = 10 * 1024 * 1024; // all images kept with one deck
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024; // a zip that inflates past this is refused (zip bombs)
