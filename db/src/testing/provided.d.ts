// Values the test global setup hands to every suite (see global-setup.ts).
declare module 'vitest' {
  export interface ProvidedContext {
    dbServerUrl: string;
    dbTemplate: string;
  }
}

export {};
