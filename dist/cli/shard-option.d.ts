import { type Command } from 'commander';
/** `--shard K/N` on the commands that can split their work (scan by path, history by blob). */
export declare function addShardOption(command: Command, by: string): Command;
