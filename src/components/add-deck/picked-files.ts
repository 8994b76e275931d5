import type { RawFile } from "@/lib/add-deck/collect";

/*
 * Files as the browser hands them over (a file input, a folder input, a drop), turned into raw
 * files with their paths inside the chosen folder. A dropped folder is walked with the entries API,
 * the only way to read a folder dropped on a page.
 */
export async function fromFileList(list: FileList | File[]): Promise<RawFile[]> {
  return Promise.all(
    Array.from(list).map(async (f) => ({ path: f.webkitRelativePath || f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: RawFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await entryFile(entry as FileSystemFileEntry);
    out.push({ path: entry.fullPath.replace(/^\//, ""), bytes: new Uint8Array(await file.arrayBuffer()) });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most 100 entries per call: read until it returns none.
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
    for (const child of batch) await walk(child, out);
  }
}

/** What was dropped: files and whole folders. `folder` is true when at least one folder was dropped. */
export async function fromDrop(data: DataTransfer): Promise<{ files: RawFile[]; folder: boolean }> {
  const entries = Array.from(data.items)
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return { files: await fromFileList(data.files), folder: false };
  const out: RawFile[] = [];
  for (const e of entries) await walk(e, out);
  return { files: out, folder: entries.some((e) => e.isDirectory) };
}
