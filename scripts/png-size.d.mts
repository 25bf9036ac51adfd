export declare function pngSize(file: string): { width: number; height: number };
