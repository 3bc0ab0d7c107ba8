import type { Skip } from '../../types.js';
import { decodeBytes } from '../decode.js';
import { archiveItems, archiveKind, DEFAULT_ARCHIVE_DEPTH, DEFAULT_ARCHIVE_ENTRIES, DEFAULT_ARCHIVE_TOTAL_BYTES, type ArchiveLimits } from './archive.js';

/**
 * The text an archive holds, named for reports and path rules: what every source that meets an
 * archive scans (files on disk in `scan`, blobs in `staged` and `history`), so all of them open
 * the same formats within the same limits and name findings the same way.
 */

/** Archive limits without the size of one entry, which is the scan's --max-file-size. */
export type ArchiveOptions = Omit<ArchiveLimits, 'maxEntryBytes'>;

/** The default limits, with the depth of --max-archive-depth (0: archives are not opened). */
export function archiveOptions(maxDepth = DEFAULT_ARCHIVE_DEPTH): ArchiveOptions {
  return { maxDepth, maxTotalBytes: DEFAULT_ARCHIVE_TOTAL_BYTES, maxEntries: DEFAULT_ARCHIVE_ENTRIES };
}

/** Whether a file of this name is opened as an archive under these options. */
export function opensAsArchive(name: string, options: ArchiveOptions | undefined): options is ArchiveOptions {
  return options !== undefined && options.maxDepth > 0 && archiveKind(name) !== undefined;
}

/** One text entry to scan, or a skip (the archive's own problems and the limits it hit). */
export type ArchiveText = { file: string; rulePath: string; text: string; bytes: number } | { skip: Skip };

/**
 * The text entries of an archive's bytes: `file` is `archive!inner/path` (nested archives add a
 * `!` each) for reports, `rulePath` sees the archive as a folder (`app.jar/locales/en.json`) for
 * path rules. Binary entries (class files, images) are passed over without a skip line each.
 */
export function* archiveTexts(bytes: Uint8Array, displayPath: string, rulePath: string, options: ArchiveOptions, maxFileSize: number): Generator<ArchiveText> {
  for (const item of archiveItems(bytes, displayPath, { ...options, maxEntryBytes: maxFileSize })) {
    const file = item.path ? `${displayPath}!${item.path}` : displayPath;
    if ('skip' in item) {
      yield { skip: { file, ...item.skip } };
      continue;
    }
    const decoded = decodeBytes(item.data);
    if (!decoded) continue;
    yield { file, rulePath: `${rulePath}/${item.path.replaceAll('!', '/')}`, text: decoded.text, bytes: item.data.length };
  }
}

/**
 * What an archive entry's name adds to the archive's `path` (`!inner/path`), or '' for a finding
 * outside an archive: history keeps it when a blob's findings move to the path a commit gave it.
 */
export function archiveEntryOf(file: string, path: string): string {
  return file.startsWith(`${path}!`) ? file.slice(path.length) : '';
}
