export declare const VERSION: string;
export declare const TOOL_NAME = "leakgate";
/** Where reports point people for more about the tool (SARIF informationUri, GitLab analyzer url). */
export declare const TOOL_URL = "https://www.npmjs.com/package/leakgate";
