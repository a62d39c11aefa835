// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { canonicalStringWith, signerFor } from "./signing.js";
import { needsPlainForm, plainDecimal } from "./numbers.js";
import { InvalidRequestError } from "../runtime/errors.js";
import { escapePointerToken } from "../runtime/pointer.js";
/**
* Every validator, once the package's main entry has loaded them (validators/all.ts registers its
* tables here). A codec that loads an operation's validators on its first call (the client's)
* takes them from here instead when they are: on Node the main entry has always loaded them, and
* a page that also uses buildRequest or a validate function has them in its entry chunk. Then no
* module of the operation's own is imported, and its first call waits for nothing.
*/
let registered;
export function registerValidators(tables) {
	registered = tables;
}
export function createCodec(spec, tables) {
	// Null-prototype copies: an operationId or destination such as `__proto__` is a plain key, and
	// loaders add to them.
	const requestValidators = Object.assign(Object.create(null), tables.requestValidators);
	const replyValidators = Object.assign(Object.create(null), tables.replyValidators);
	const eventValidators = Object.assign(Object.create(null), tables.eventValidators);
	const loading = new Map();
	const prepare = (operationId) => {
		if (requestValidators[operationId] !== undefined) return undefined;
		const load = tables.load === undefined || !Object.prototype.hasOwnProperty.call(tables.load, operationId) ? undefined : tables.load[operationId];
		if (load === undefined) return undefined;
		if (registered !== undefined && takeRegistered(registered, operationId)) return undefined;
		let promise = loading.get(operationId);
		if (promise === undefined) {
			promise = load().then((loaded) => {
				replyValidators[operationId] = loaded.reply;
				for (const [destination, validator] of Object.entries(loaded.events)) eventValidators[destination] = validator;
				requestValidators[operationId] = loaded.request;
			}, (error) => {
				loading.delete(operationId);
				throw error;
			});
			loading.set(operationId, promise);
		}
		return promise;
	};
	/** An operation's validators from the registered tables, when they have all of them. */
	const takeRegistered = (all, operationId) => {
		const request = all.requestValidators[operationId];
		const reply = all.replyValidators[operationId];
		const events = spec.operations[operationId]?.stream?.eventDestination;
		const event = events === undefined ? undefined : all.eventValidators[events];
		if (request === undefined || reply === undefined || events !== undefined && event === undefined) return false;
		replyValidators[operationId] = reply;
		if (events !== undefined) eventValidators[events] = event;
		requestValidators[operationId] = request;
		return true;
	};
	const byDestination = new Map();
	/** Destinations that an operation would have in a version it does not exist in. */
	const absent = new Map();
	const placeholder = `{${spec.versionParameter}}`;
	for (const operation of Object.values(spec.operations)) {
		for (const [version, destination] of Object.entries(operation.destinations)) byDestination.set(destination, {
			operation,
			version
		});
		if (operation.address.includes(placeholder)) {
			for (const version of spec.versions) {
				if (!(version in operation.destinations)) absent.set(operation.address.replace(placeholder, version), {
					operation,
					version
				});
			}
		}
	}
	const { envelope, signing } = spec;
	const resolve = (destination) => {
		const target = byDestination.get(destination);
		if (target) return target;
		const missing = absent.get(destination);
		if (missing) {
			const versions = Object.keys(missing.operation.destinations).join(", ");
			throw new InvalidRequestError(destination, envelope.destinationField, "version", `${missing.operation.id} does not exist in ${missing.version}; it exists in ${versions}`, "ERR_UNSUPPORTED_VERSION");
		}
		throw new InvalidRequestError(String(destination), envelope.destinationField, "known-destination", "is not a destination of this API", "ERR_UNKNOWN_DESTINATION");
	};
	const destinationOf = (operationId, version) => {
		const operation = spec.operations[operationId];
		if (!operation) throw new InvalidRequestError(String(operationId), "operation", "known-operation", "is not an operation of this API", "ERR_UNKNOWN_OPERATION");
		const destination = operation.destinations[version] ?? operation.destinations[""];
		if (destination === undefined) {
			throw new InvalidRequestError(operation.address, spec.versionParameter, "version", `${operationId} does not exist in ${version}; it exists in ${Object.keys(operation.destinations).join(", ")}`, "ERR_UNSUPPORTED_VERSION");
		}
		return destination;
	};
	const rule = tables.canonical;
	const canonicalString = (payload) => canonicalStringWith(rule, payload);
	const sign = (payload, secret) => signerFor(secret)(canonicalStringWith(rule, payload));
	const routes = new Map();
	const route = (destination) => {
		let r = routes.get(destination);
		if (r === undefined) {
			const { operation } = resolve(destination);
			r = {
				operation,
				canonicalise: own(tables.canonicalisers, operation.id) ?? ((payload) => canonicalStringWith(rule, payload))
			};
			routes.set(destination, r);
		}
		return r;
	};
	const reserved = [
		signing.keyField,
		signing.timestampField,
		signing.recvWindowField,
		signing.signatureField
	];
	const makeEnvelope = tables.envelope ?? ((destination, correlationId, payload) => ({
		[envelope.destinationField]: destination,
		[envelope.correlationIdField]: correlationId,
		[envelope.payloadField]: payload
	}));
	let nextCorrelationId = 1;
	const buildRequest = (destination, params, ctx = {}) => {
		const { operation, canonicalise } = route(destination);
		if (params === undefined || params === null) params = {};
		if (typeof params !== "object" || Array.isArray(params)) throw new InvalidRequestError(destination, envelope.payloadField, "type", "must be an object of parameters");
		const payload = {};
		const given = params;
		for (const k in given) {
			if (!Object.prototype.hasOwnProperty.call(given, k)) continue;
			const v = given[k];
			if (v === undefined) continue;
			payload[k] = typeof v === "string" || typeof v === "boolean" ? v : wireValue(v, k, destination);
		}
		// Alias spellings go out as the canonical value, and are signed as such. The payload and its
		// arrays are fresh copies (wireValue), so the caller's params are not touched.
		const requestSites = tables.requestEnums[operation.id];
		if (requestSites !== undefined) {
			for (const site of requestSites) if (site.aliases) visit(payload, site.path, 0, "", (holder, key) => rewriteAlias(holder, key, site.aliases));
		}
		if (operation.signed) {
			for (let i = 0; i < reserved.length; i++) {
				const field = reserved[i];
				if (field in payload) throw new InvalidRequestError(destination, field, "reserved", "is set from the request context, not from params");
			}
			if (!ctx.apiKey) throw new InvalidRequestError(destination, signing.keyField, "credentials", "is required: this operation is signed; give apiKey and apiSecret", "ERR_MISSING_CREDENTIALS");
			if (!ctx.apiSecret) throw new InvalidRequestError(destination, "apiSecret", "credentials", "is required: this operation is signed; give apiKey and apiSecret", "ERR_MISSING_CREDENTIALS");
			payload[signing.keyField] = ctx.apiKey;
			payload[signing.timestampField] = ctx.timestamp ?? Date.now();
			if (ctx.recvWindow !== undefined) payload[signing.recvWindowField] = ctx.recvWindow;
			payload[signing.signatureField] = signerFor(ctx.apiSecret)(canonicalise(payload));
		}
		const validate = requestValidators[operation.id];
		if (validate === undefined || !validate(payload)) {
			const result = check(validate, payload);
			const first = result.errors[0];
			throw new InvalidRequestError(destination, fieldOf(first.path), first.rule, first.message, "ERR_INVALID_REQUEST", result.errors);
		}
		if (operation.timeWindow !== undefined) {
			const outside = windowIssue(operation, payload);
			if (outside !== undefined) throw new InvalidRequestError(destination, operation.timeWindow.to, outside.rule, outside.message, "ERR_INVALID_REQUEST", [outside]);
		}
		return makeEnvelope(destination, ctx.correlationId ?? nextCorrelationId++, payload);
	};
	const decodeReply = (operationId, payload) => {
		let value = payload;
		const bare = tables.bareArrayFields[operationId];
		if (bare !== undefined && Array.isArray(value)) value = { [bare]: value };
		return decodeWith(replyValidators[operationId], tables.replyEnums[operationId], value);
	};
	/** Parses the event's JSON-text fields, then validates and decodes it (decodeWith). */
	const decodeEventWith = (validator, jsonFields, sites, payload) => {
		if (jsonFields && payload && typeof payload === "object") parseJsonFields(payload, jsonFields);
		return decodeWith(validator, sites, payload);
	};
	/** decodeEvent with the destination's validator, JSON-string fields and enum sites bound once. */
	const eventDecoder = (eventDestination) => {
		const validator = eventValidators[eventDestination];
		if (!validator) return undefined;
		const jsonFields = tables.eventJsonStringFields[eventDestination];
		const sites = tables.eventEnums[eventDestination];
		// An event with no JSON-text field and no enum site is decoded by its validator alone.
		if (jsonFields === undefined && sites === undefined) return (payload) => validator(payload) ? {
			valid: true,
			value: payload
		} : failure(validator);
		return (payload) => decodeEventWith(validator, jsonFields, sites, payload);
	};
	// No closure per call: the same steps as eventDecoder's, with the tables read for this event.
	const decodeEvent = (eventDestination, payload) => {
		const validator = eventValidators[eventDestination];
		if (!validator) return {
			valid: false,
			errors: [{
				path: "/",
				rule: "known-destination",
				message: `${eventDestination} is not an event of this API`
			}]
		};
		return decodeEventWith(validator, tables.eventJsonStringFields[eventDestination], tables.eventEnums[eventDestination], payload);
	};
	return {
		spec,
		prepare,
		canonicalString,
		sign,
		resolve,
		destinationOf,
		buildRequest,
		decodeReply,
		decodeEvent,
		eventDecoder,
		...tables.frameReader === undefined ? {} : { frameReader: tables.frameReader },
		validateRequest(destination, payload) {
			let target;
			try {
				target = resolve(destination);
			} catch (e) {
				return {
					valid: false,
					errors: [{
						path: "/",
						rule: e.rule,
						message: e.message
					}]
				};
			}
			const result = check(requestValidators[target.operation.id], payload);
			const outside = result.valid ? windowIssue(target.operation, payload) : undefined;
			return outside === undefined ? result : {
				valid: false,
				errors: [outside]
			};
		},
		validateReply(requestDestination, payload) {
			let target;
			try {
				target = resolve(requestDestination);
			} catch (e) {
				return {
					valid: false,
					errors: [{
						path: "/",
						rule: e.rule,
						message: e.message
					}]
				};
			}
			return decodeReply(target.operation.id, structuredClone(payload));
		},
		validateEvent(eventDestination, payload) {
			return decodeEvent(eventDestination, structuredClone(payload));
		}
	};
}
/** Fields that carry JSON text are parsed in place; text that does not parse is left for validation to report. */
function parseJsonFields(obj, fields) {
	for (const f of fields) {
		const v = obj[f];
		if (typeof v === "string") {
			try {
				obj[f] = JSON.parse(v);
			} catch {}
		}
	}
}
/** A param value as it goes on the wire: exponent-form numbers become plain decimal strings. */
function wireValue(v, field, destination) {
	if (typeof v === "number") {
		if (!Number.isFinite(v)) throw new InvalidRequestError(destination, field, "finite", "must be a finite number");
		return needsPlainForm(v) ? plainDecimal(v) : v;
	}
	if (typeof v === "bigint") return v.toString();
	if (Array.isArray(v)) return v.map((item, i) => wireValue(item, `${field}/${i}`, destination));
	return v;
}
/**
* The operation's time window (OperationSpec.timeWindow, from the document's x-time-window): an
* issue when both of its parameters are given and lie `maxMs` or more apart.
*/
function windowIssue(operation, payload) {
	const window = operation.timeWindow;
	if (window === undefined || payload === null || typeof payload !== "object") return undefined;
	const from = payload[window.from];
	const to = payload[window.to];
	if (typeof from !== "number" || typeof to !== "number" || to - from < window.maxMs) return undefined;
	return {
		path: `/${escapePointerToken(window.to)}`,
		rule: "max-window",
		message: `must be less than ${window.maxMs} ms after ${window.from} (it is ${to - from} ms after it)`
	};
}
function own(record, key) {
	return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
/**
* Decodes an inbound payload in place: alias spellings become the canonical value, the validator
* checks (and coerces) it, then every value of an open enum that the document does not list is
* collected in `unknownValues` — the payload is still valid and delivered as it came.
*/
function decodeWith(validator, sites, value) {
	if (sites !== undefined) {
		for (const site of sites) if (site.aliases) visit(value, site.path, 0, "", (holder, key) => rewriteAlias(holder, key, site.aliases));
	}
	const result = check(validator, value);
	if (!result.valid || sites === undefined) return result;
	let unknown;
	for (const site of sites) {
		if (!site.open) continue;
		visit(value, site.path, 0, "", (holder, key, pointer) => {
			const v = holder[key];
			if (typeof v === "string" && !site.known.includes(v)) (unknown ??= []).push({
				path: pointer,
				value: v,
				known: site.known
			});
		});
	}
	return unknown === undefined ? result : {
		valid: true,
		value: result.value,
		unknownValues: unknown
	};
}
/** Calls `found` for every holder/key the path reaches (`*` = each array item or map value). */
function visit(node, path, at, pointer, found) {
	if (node === null || typeof node !== "object" || at >= path.length) return;
	const segment = path[at];
	const last = at === path.length - 1;
	const keys = segment === "*" ? Object.keys(node) : Object.prototype.hasOwnProperty.call(node, segment) ? [segment] : [];
	for (const key of keys) {
		const here = `${pointer}/${escapePointerToken(key)}`;
		if (last) found(node, key, here);
		else visit(node[key], path, at + 1, here, found);
	}
}
function rewriteAlias(holder, key, aliases) {
	const v = holder[key];
	if (typeof v === "string" && Object.prototype.hasOwnProperty.call(aliases, v)) holder[key] = aliases[v];
}
function check(validator, value) {
	if (!validator) return {
		valid: false,
		errors: [{
			path: "/",
			rule: "known-operation",
			message: "has no schema"
		}]
	};
	if (validator(value)) return {
		valid: true,
		value
	};
	return failure(validator);
}
/** The result of a validator that has just refused its input. */
function failure(validator) {
	return {
		valid: false,
		errors: (validator.errors ?? []).map(issue)
	};
}
function issue(e) {
	let path = e.instancePath;
	let message = e.message ?? e.keyword;
	switch (e.keyword) {
		case "required":
			path += "/" + String(e.params.missingProperty);
			message = "is required";
			break;
		case "additionalProperties":
			path += "/" + String(e.params.additionalProperty);
			message = "is not a known field here";
			break;
		case "enum":
			message = `must be one of: ${e.params.allowedValues.map((v) => String(v)).join(", ")}`;
			break;
	}
	return {
		path: path || "/",
		rule: e.keyword,
		message
	};
}
function fieldOf(path) {
	return path.replace(/^\//, "");
}
//# sourceMappingURL=codec.js.map