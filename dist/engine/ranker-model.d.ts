import type { RankerModel } from './ranker.js';
export declare const RANKER_MODEL: RankerModel;
