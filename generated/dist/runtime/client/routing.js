// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Routes the events of one event destination to the matching subscriptions. */
export class StreamRoute {
	stream;
	keyField;
	keyDefault;
	extra;
	extraDefaults;
	byKey = new Map();
	anyKey = [];
	all = [];
	/**
	* The routing key of the last event looked up and its subscriptions: a stream's events come
	* in runs of the same key, and comparing the fresh key string is cheaper than hashing it for
	* the Map. Cleared whenever a subscription is added or removed.
	*/
	lastKey = undefined;
	lastList = undefined;
	/** The codec's decoder for this destination, once its validator is loaded (no lookup by name per event). */
	decode = undefined;
	constructor(stream) {
		this.stream = stream;
		const first = stream.match[0];
		this.keyField = first?.field ?? "";
		this.keyDefault = first === undefined ? undefined : toValues(first.default)?.[0];
		this.extra = stream.match.slice(1);
		this.extraDefaults = this.extra.map((m) => toValues(m.default));
	}
	add(entry) {
		this.lastKey = this.lastList = undefined;
		this.all = [...this.all, entry];
		if (entry.keys === null) this.anyKey = [...this.anyKey, entry];
		else for (const key of entry.keys) this.byKey.set(key, [...this.byKey.get(key) ?? [], entry]);
	}
	remove(entry) {
		this.lastKey = this.lastList = undefined;
		this.all = this.all.filter((e) => e !== entry);
		if (entry.keys === null) this.anyKey = this.anyKey.filter((e) => e !== entry);
		else for (const key of entry.keys) {
			const list = (this.byKey.get(key) ?? []).filter((e) => e !== entry);
			if (list.length === 0) this.byKey.delete(key);
			else this.byKey.set(key, list);
		}
	}
	/**
	* The hot path: one Map lookup, then the matching subscriptions. `unlisted`: top-level fields
	* whose value the document does not list (already reported): they do not filter, so such an
	* event reaches every subscription of its key instead of none.
	*/
	dispatch(payload, unlisted) {
		const event = payload !== null && typeof payload === "object" ? payload : undefined;
		let value = event === undefined || this.keyField === "" ? undefined : event[this.keyField];
		if (value === undefined || value === null) value = this.keyDefault;
		if (value === undefined) {
			const all = this.all;
			for (let i = 0; i < all.length; i++) this.offer(all[i], event, payload, unlisted);
			return;
		}
		let list;
		if (value === this.lastKey) list = this.lastList;
		else {
			const key = typeof value === "string" ? value : String(value);
			list = this.byKey.get(key);
			this.lastKey = key;
			this.lastList = list;
		}
		if (list !== undefined) for (let i = 0; i < list.length; i++) this.offer(list[i], event, payload, unlisted);
		const anyKey = this.anyKey;
		for (let i = 0; i < anyKey.length; i++) this.offer(anyKey[i], event, payload, unlisted);
	}
	offer(entry, event, payload, unlisted) {
		const extra = this.extra;
		for (let i = 0; i < extra.length; i++) {
			const allowed = entry.filters[i];
			if (allowed === null || allowed === undefined) continue;
			if (unlisted !== undefined && unlisted.includes(extra[i].field)) continue;
			const value = event?.[extra[i].field];
			if (value === undefined || value === null) {
				const defaults = this.extraDefaults[i];
				if (defaults !== undefined && !defaults.some((d) => allowed.has(d))) return;
				continue;
			}
			if (!allowed.has(typeof value === "string" ? value : String(value))) return;
		}
		entry.sub.deliver(payload);
	}
}
export function toValues(value) {
	if (value === undefined || value === null) return undefined;
	if (Array.isArray(value)) return value.map((v) => String(v));
	return [String(value)];
}
export function unique(values) {
	return values === undefined ? null : [...new Set(values)];
}
export function own(record, key) {
	return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
//# sourceMappingURL=routing.js.map