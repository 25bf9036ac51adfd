export declare function readStoreFields(file: string): Map<string, string>;
export declare function storeLength(text: string): number;
