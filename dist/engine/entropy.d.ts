export declare function shannonEntropy(value: string): number;
