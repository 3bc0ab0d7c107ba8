/**
 * An error the user can act on: bad input, a broken config, a missing path. The CLI prints its
 * message as one line and exits 2; any other error is a bug and gets a stack trace only with
 * LEAKGATE_DEBUG=1.
 */
export class LeakgateError extends Error {
    exitCode;
    constructor(message, exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'LeakgateError';
    }
}
const FS_PROBLEMS = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EMFILE: 'too many open files',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
};
/**
 * A file-system error in words for a user (`no such file or folder`, not `ENOENT`). Writing a
 * file into a missing folder fails with ENOENT too, so a write says which is missing.
 */
export function describeFsError(error, action = 'read') {
    const code = error?.code;
    if (code === 'ENOENT' && action === 'write')
        return 'its folder does not exist';
    if (typeof code === 'string' && FS_PROBLEMS[code])
        return FS_PROBLEMS[code];
    // Node's messages read `CODE: description, syscall 'path'`: keep the description.
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}
