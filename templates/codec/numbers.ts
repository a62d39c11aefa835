/**
 * Numbers go on the wire so that the server's canonical string equals ours: JSON and String()
 * agree on a number's text except that both use exponent notation for very large and very small
 * values (1e-7), which a server may rebuild differently. Such numbers are sent as plain decimal
 * strings instead; strings are never touched.
 */

/** The plain decimal text of a finite number whose shortest form uses an exponent. */
export function plainDecimal(value: number): string {
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const pointAt = (dot < 0 ? mantissa.length : dot) + exponent; // position of the decimal point in `digits`
  let out: string;
  if (pointAt <= 0) out = '0.' + '0'.repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length);
  else out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
  return (negative ? '-' : '') + out;
}

/**
 * Does this number print with an exponent? ECMAScript's Number::toString uses one exactly when
 * the number's magnitude is 1e21 or more, or below 1e-6 and not zero (both bounds are the
 * doubles nearest the powers of ten, whose shortest forms are those powers): the same answer as
 * `String(value).includes('e')`, without making the string on every request.
 */
export function needsPlainForm(value: number): boolean {
  const magnitude = Math.abs(value);
  return magnitude >= 1e21 ? magnitude !== Infinity : magnitude < 1e-6 && magnitude !== 0;
}
