/** The mode of a submodule's entry in a tree (a gitlink). */
export const GITLINK_MODE = '160000';
/** The note for a submodule passed over: its contents are another repository's, with their own history. */
export function submoduleNote(path) {
    return `submodule ${path} is not scanned (its history is another repository): run leakgate history -C ${path} after git submodule update --init`;
}
