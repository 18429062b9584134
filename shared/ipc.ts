// The one typed IPC contract between the sandboxed renderer and Electron main. Preload exposes exactly
// these calls as `window.earshot`; main validates every argument against the schema below at runtime
// (the renderer reads hostile archives, so it is treated as untrusted) and checks the sender frame.

import { z } from 'zod';
import type { ipcMethods, IpcChannelName } from './ipc-channels';

export { APP_HOST, APP_ORIGIN, APP_SCHEME, ipcMethods } from './ipc-channels';

const fileFilter = z.object({ name: z.string().max(100), extensions: z.array(z.string().max(16)).max(20) });

export const ipcSchemas = {
  'dialog:open-files': {
    request: z.object({ folders: z.boolean() }).strict(),
    response: z.object({
      files: z.array(
        z.object({
          /** Opaque token; the file's bytes are served at `app://local-file/<token>` (never a path). */
          token: z.string(),
          /** Relative display path (folder name + sub-path when a folder was chosen). */
          path: z.string(),
          size: z.number(),
          lastModified: z.number(),
        }),
      ),
      /** Subfolders or files of a folder pick that could not be read (named, the rest is imported). */
      skipped: z.array(z.string()).optional(),
    }),
  },
  'dialog:save-file': {
    request: z
      .object({
        defaultName: z.string().min(1).max(200),
        filters: z.array(fileFilter).max(10),
        data: z.union([z.string().max(200_000_000), z.instanceof(Uint8Array)]),
      })
      .strict(),
    response: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  'report:print-to-pdf': {
    request: z.object({ defaultName: z.string().min(1).max(200), landscape: z.boolean() }).strict(),
    response: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  'dialog:release-files': {
    request: z.object({ tokens: z.array(z.string().max(64)).max(300_000) }).strict(),
    response: z.object({ released: z.number() }),
  },
  'storage:wipe': {
    request: z.object({}).strict(),
    response: z.object({ wiped: z.boolean() }),
  },
  'shell:open-mail': {
    request: z.object({ url: z.string().max(100_000) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  'app:version': {
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), electron: z.string() }),
  },
} as const;

export type IpcChannel = keyof typeof ipcSchemas;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcSchemas)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcSchemas)[C]['response']>;

/** What preload puts on `window.earshot`. */
export interface EarshotApi {
  openFiles(request: IpcRequest<'dialog:open-files'>): Promise<IpcResponse<'dialog:open-files'>>;
  saveFile(request: IpcRequest<'dialog:save-file'>): Promise<IpcResponse<'dialog:save-file'>>;
  printToPdf(request: IpcRequest<'report:print-to-pdf'>): Promise<IpcResponse<'report:print-to-pdf'>>;
  /** Revokes file tokens once their bytes were read (a token is useless afterwards). */
  releaseFiles(request: IpcRequest<'dialog:release-files'>): Promise<IpcResponse<'dialog:release-files'>>;
  /** Deletes the app's IndexedDB files on disk (after "Delete the whole library"); the renderer recreates it. */
  wipeStorage(): Promise<IpcResponse<'storage:wipe'>>;
  /** Hands a mailto: link to the e-mail program; called only from a click on "Open in e-mail program". */
  openMail(request: IpcRequest<'shell:open-mail'>): Promise<IpcResponse<'shell:open-mail'>>;
  version(): Promise<IpcResponse<'app:version'>>;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time checks: every method has a channel with a schema, and every schema a method. */
export type IpcChannelsAgree = Assert<Same<IpcChannelName, IpcChannel>>;
export type IpcMethodsAgree = Assert<Same<keyof typeof ipcMethods, keyof EarshotApi>>;
