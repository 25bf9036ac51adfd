export declare const APP_DIRS: string[];
export declare const EDGE_DIRS: string[];
export declare const LIB_CONCEPTS: string[];
export declare const PLATFORM_GROUPS: Record<string, string[]>;
export declare function checkLayout(root: string): {
  files: number;
  problems: { file: string; line: number; message: string }[];
};
