// Generated from asyncapi.yaml and templates/cli/output.ts by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
/**
 * What the command line prints: replies as JSON (indented on a terminal, one line otherwise),
 * events as JSON Lines, errors as one line on stderr, and never the API secret.
 */
/** JSON text of a decoded value; 64-bit integers kept as bigint print as exact numbers' text. */
export function formatJson(value, pretty) {
    return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v), pretty ? 2 : undefined) ?? 'null';
}
/** The text with every occurrence of each secret replaced (secrets shorter than 4 characters are left: they would mask ordinary text). */
export function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret !== undefined && secret.length >= 4)
            out = out.split(secret).join('[redacted]');
    return out;
}
/** One line: newlines and other control characters of a message are shown escaped. */
export function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
