// Generated from asyncapi.yaml and templates/runtime/client/inbound.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * Inbound frames: replies matched to the pending table by correlation id, events routed to the
 * subscriptions; frames that cannot be used become 'warning' events (ERR_BAD_FRAME), never throws.
 */
import { ApiError, BadFrameError, InvalidReplyError } from '../errors.js';
import { parseJson } from '../json.js';
import { KIND_REQUEST, KIND_SUBSCRIBE, removePending } from './pending.js';
export function handleText(client, text) {
    let frame;
    try {
        frame = parseJson(text);
    }
    catch {
        badFrame(client, 'not JSON', text);
        return;
    }
    if (frame === null || typeof frame !== 'object' || Array.isArray(frame)) {
        badFrame(client, 'not a JSON object', text);
        return;
    }
    const f = frame;
    const correlationId = f[client.cidField];
    if (correlationId !== undefined && correlationId !== null) {
        handleReply(client, f, typeof correlationId === 'string' ? correlationId : String(correlationId));
        return;
    }
    const destination = f[client.destField];
    if (typeof destination !== 'string') {
        badFrame(client, `no ${client.destField} and no ${client.cidField}`, text);
        return;
    }
    const route = client.streams.get(destination);
    if (route === undefined) {
        if (destination !== client.heartbeatDestination)
            badFrame(client, `unknown ${client.destField} ${JSON.stringify(destination)}`, text, { destination });
        return;
    }
    if (route.all.length === 0)
        return; // no live subscription wants it (streams cannot be stopped server-side)
    let payload = f[client.payloadField];
    if (client.validateInbound) {
        let result;
        try {
            result = client.codec.decodeEvent(destination, payload);
        }
        catch (error) {
            badFrame(client, `decoding the event failed: ${String(error)}`, text, { destination });
            return;
        }
        if (!result.valid) {
            badFrame(client, 'the event does not match its schema', text, { destination }, result.errors);
            return;
        }
        payload = result.value;
    }
    route.dispatch(payload);
}
export function handleReply(client, f, key) {
    const p = client.pending.get(key);
    if (p === undefined) {
        client.log('debug', 'reply to no waiting request (timed out, aborted or not ours)', { correlationId: key });
        return;
    }
    removePending(client, p);
    const ref = { destination: p.destination, operationId: p.op.id, correlationId: key };
    const status = f[client.statusField];
    const payload = f[client.payloadField];
    let error;
    let value = payload;
    if (status !== undefined && status !== client.okStatus) {
        error = apiError(client, ref, status, payload);
    }
    else if (client.validateInbound) {
        try {
            const result = client.codec.decodeReply(p.op.id, payload);
            if (result.valid)
                value = result.value;
            else
                error = new InvalidReplyError({ ...ref, issues: result.errors, payload });
        }
        catch (e) {
            error = new InvalidReplyError({ ...ref, issues: [{ path: '', rule: 'decode', message: String(e) }], payload });
        }
    }
    if (p.kind === KIND_REQUEST) {
        if (p.sentAt !== undefined)
            client.roundTripMs = Math.max(performance.now() - p.sentAt, client.roundTripMs * 0.9);
        if (error === undefined)
            p.resolve(value);
        else
            p.reject(error);
    }
    else if (p.kind === KIND_SUBSCRIBE) {
        const entry = p.entry;
        entry.pendingKey = undefined;
        if (error === undefined)
            entry.sub.acknowledge(value);
        else
            entry.sub.fail(error);
    }
    else if (error !== undefined) {
        client.log('warn', 'the heartbeat request failed', { error: error.message });
    }
}
export function apiError(client, ref, status, payload) {
    const env = client.spec.envelope;
    const body = payload !== null && typeof payload === 'object' ? payload : {};
    const rawCode = body[env.errorCodeField];
    const apiCode = typeof rawCode === 'number' ? rawCode : typeof rawCode === 'string' && rawCode.trim() !== '' && Number.isFinite(Number(rawCode)) ? Number(rawCode) : undefined;
    const text = body[env.errorTextField];
    const name = body[env.errorNameField];
    return new ApiError({
        ...ref,
        apiCode,
        apiMessage: typeof text === 'string' ? text : typeof payload === 'string' ? payload : undefined,
        errorName: typeof name === 'string' ? name : apiCode === undefined ? undefined : client.spec.errorCodes[apiCode],
        status,
        payload,
    });
}
export function badFrame(client, reason, text, ref = {}, issues) {
    const error = new BadFrameError({
        ...ref,
        reason: client.redact(reason),
        excerpt: client.redact(text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text),
        ...(issues === undefined ? {} : { issues }),
    });
    client.log('warn', error.message, ref);
    client.emit('warning', error);
}
export const EXCERPT = 200;
