/** The mode of a submodule's entry in a tree (a gitlink). */
export declare const GITLINK_MODE = "160000";
/** The note for a submodule passed over: its contents are another repository's, with their own history. */
export declare function submoduleNote(path: string): string;
