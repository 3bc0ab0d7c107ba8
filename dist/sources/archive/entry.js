/** An archive whose structure cannot be read: the archive is reported unreadable with this message. */
export class ArchiveFormatError extends Error {
}
