/** A file inside an archive, before decoding; or one that could not be taken out, and why. */
export type RawEntry = {
    name: string;
    data: Uint8Array;
} | {
    name: string;
    skip: string;
    tooLarge?: boolean;
};
/** An archive whose structure cannot be read: the archive is reported unreadable with this message. */
export declare class ArchiveFormatError extends Error {
}
