export declare function readZipEntries(zip: string | Buffer): Promise<Map<string, Buffer>>;
export declare function normalizeZip(file: string): Promise<void>;
