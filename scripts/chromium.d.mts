export declare const CHROMIUM_PATH: string;
export declare function extensionArgs(dir: string): string[];
export declare function chromiumLanguage(folder: string): string;
export declare function languageEnv(language: string): NodeJS.ProcessEnv;
