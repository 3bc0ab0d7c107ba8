import { InvalidArgumentError } from 'commander';
import { LeakgateError } from '../errors.js';
import { parseShard } from '../shard/shard.js';
/** `--shard K/N` on the commands that can split their work (scan by path, history by blob). */
export function addShardOption(command, by) {
    return command.option('--shard <k/n>', `scan only shard K of N (by ${by}); join the JSON reports with \`leakgate merge\``, (value) => {
        try {
            return parseShard(value);
        }
        catch (error) {
            if (error instanceof LeakgateError)
                throw new InvalidArgumentError(error.message);
            throw error;
        }
    });
}
