// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The connection: opening a socket (ws, or any WebSocket-like), the state machine, losing the
* connection (in-flight requests rejected, never re-sent) and reconnecting with backoff.
*/
import type { ClientCore } from "../client.js";
import type { BytesDecoder } from "../spec.js";
import type { ConnectionState, WebSocketConstructor, WebSocketLike } from "./options.js";
export declare function openSocket(client: ClientCore): Promise<void>;
export declare function attach(client: ClientCore, conn: Connection): void;
export declare function opened(client: ClientCore, conn: Connection): void;
/** The open connection is gone (closed by the peer, errored, or found dead). */
export declare function dropped(client: ClientCore, reason: string): void;
/** Every request waiting for its reply on the lost connection is rejected, never re-sent. */
export declare function failInFlight(client: ClientCore, reason: string): void;
export declare function reconnectLoop(client: ClientCore, reason: string): Promise<void>;
export declare function cancelReconnectWait(client: ClientCore): void;
/** Closed without the owner asking (gave up, or reconnect disabled). */
export declare function shutdown(client: ClientCore, reason: string): void;
export declare function setState(client: ClientCore, state: ConnectionState, reason: string): void;
export declare const OPEN = 1;
/** One socket and what belongs to it. */
export interface Connection {
	readonly socket: WebSocketLike;
	readonly id: number;
	opened: boolean;
	settle: ((error?: Error) => void) | undefined;
	/** Why the connection failed before opening, as the transport reported it (the error's cause). */
	failure?: Error;
	/** The socket is the ws package's, told to leave the UTF-8 check of text frames to the client. */
	readonly checksUtf8: boolean;
	/** The generated frame decoder, on a socket that may deliver frames as bytes (see frames.ts). */
	readonly decodeBytes: BytesDecoder | undefined;
	/** A text frame was not UTF-8: the connection is being failed, nothing more is read from it. */
	invalid: boolean;
}
export declare let defaultWebSocket: Promise<WebSocketConstructor> | undefined;
export declare function loadDefaultWebSocket(): Promise<WebSocketConstructor>;
export declare function safely(fn: () => void): void;
/** A binary frame as text (no Buffer: the client runs outside Node): Node Buffers and other Uint8Arrays, ArrayBuffers, ws's fragment lists. */
export declare function frameText(data: unknown): string;
export declare function listen(socket: WebSocketLike, event: string, listener: () => void): void;
//# sourceMappingURL=connection.d.ts.map